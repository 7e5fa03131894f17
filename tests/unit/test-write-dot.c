/* test-write-dot.c - unit tests of the diagram writer (write_dot.c). */
#include <stdio.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "newsgraph/store.h"
#include "newsgraph/vocab.h"
#include "newsgraph/write_dot.h"
#include "newsgraph/writer.h"

/* Nodes and edges of the sample legend (see draw_legend in write_dot.c). */
#define LEGEND_NODES 5
#define LEGEND_EDGES 10

/* Returns the IRI of an entity of the sample store. */
static char *
iri (const char *path)
{
  return g_strconcat (NG_DEFAULT_BASE, path, NULL);
}

/* Adds an entity with its types and name; returns its id. */
static NgTermId
add_entity (NgStore *s, const char *path, const char *type1, const char *type2,
            const char *name)
{
  g_autofree char *i = iri (path);
  NgTermId id = ng_store_iri (s, i);
  ng_store_add_iri (s, id, NG_RDF_TYPE, type1, NULL);
  if (type2 != NULL)
    ng_store_add_iri (s, id, NG_RDF_TYPE, type2, NULL);
  ng_store_add_literal (s, id, NG_SCHEMA_NAME, name, NULL, NULL, NULL);
  return id;
}

/* Adds (s, p, o) where o is an entity path. */
static void
add_link (NgStore *s, NgTermId subject, const char *p, const char *path)
{
  g_autofree char *o = iri (path);
  ng_store_add_iri (s, subject, p, o, NULL);
}

/* Adds a participation of a person in a meeting with a mode and a status. */
static void
add_participation (NgStore *s, NgTermId meeting, const char *key, const char *person,
                   const char *mode, const char *status)
{
  g_autofree char *path = g_strconcat ("participation/", key, NULL);
  g_autofree char *pi = iri (path);
  NgTermId part = ng_store_iri (s, pi);
  ng_store_add_iri (s, part, NG_RDF_TYPE, NG_NG_PARTICIPATION, NULL);
  add_link (s, part, NG_NG_PARTICIPANT, person);
  ng_store_add_iri (s, part, NG_NG_MODE, mode, NULL);
  ng_store_add_iri (s, part, NG_NG_STATUS, status, NULL);
  ng_store_add (s, meeting, ng_store_iri (s, NG_NG_PARTICIPATION_P), part, NULL);
}

/* Adds a post held by a person in a country or organization. */
static void
add_post (NgStore *s, NgTermId person, const char *key, const char *label, const char *where)
{
  g_autofree char *path = g_strconcat ("post/", key, NULL);
  g_autofree char *pi = iri (path);
  NgTermId post = ng_store_iri (s, pi);
  ng_store_add_iri (s, post, NG_RDF_TYPE, NG_ORG_POST, NULL);
  ng_store_add_literal (s, post, NG_RDFS_LABEL, label, NULL, NULL, NULL);
  add_link (s, post, NG_ORG_POSTIN, where);
  ng_store_add (s, person, ng_store_iri (s, NG_ORG_HOLDS), post, NULL);
  ng_store_add (s, post, ng_store_iri (s, NG_ORG_HELDBY), person, NULL);
}

/* Builds the sample store: 13 entities, 15 relations, and an article. */
static NgStore *
sample_store (void)
{
  NgStore *s = ng_store_new ();
  NgSource src = { 0, 1, 0, 10 };
  g_autofree char *article_iri = iri ("article/a1");
  src.article = ng_store_iri (s, article_iri);
  ng_store_add_iri (s, src.article, NG_RDF_TYPE, NG_SCHEMA_NEWSARTICLE, NULL);
  ng_store_add_literal (s, src.article, NG_SCHEMA_HEADLINE, "Leaders meet", NULL, NULL, NULL);

  NgTermId russia = add_entity (s, "place/russia", NG_SCHEMA_PLACE, NG_SCHEMA_COUNTRY, "Russia");
  NgTermId belarus = add_entity (s, "place/belarus", NG_SCHEMA_PLACE, NG_SCHEMA_COUNTRY, "Belarus");
  NgTermId minsk = add_entity (s, "place/minsk", NG_SCHEMA_PLACE, NG_SCHEMA_CITY, "Minsk");
  NgTermId moscow = add_entity (s, "place/moscow", NG_SCHEMA_PLACE, NG_SCHEMA_CITY, "Moscow");
  NgTermId csto = add_entity (s, "org/csto", NG_SCHEMA_ORGANIZATION, NG_SCHEMA_GOVORG,
                              "Collective Security Treaty Organization");
  ng_store_add_literal (s, csto, NG_SCHEMA_ALTNAME, "CSTO", NULL, NULL, NULL);
  add_entity (s, "org/tass", NG_SCHEMA_ORGANIZATION, NG_SCHEMA_NEWSMEDIAORG, "TASS");

  NgTermId putin = add_entity (s, "person/vladimir-putin", NG_SCHEMA_PERSON, NULL, "Vladimir Putin");
  ng_store_add_literal (s, putin, NG_SCHEMA_ALTNAME, "Putin", NULL, NULL, NULL);
  add_link (s, putin, NG_SCHEMA_NATIONALITY, "place/russia");
  NgTermId luka = add_entity (s, "person/alexander-lukashenko", NG_SCHEMA_PERSON, NULL,
                              "Alexander Lukashenko");
  ng_store_add_literal (s, luka, NG_SCHEMA_ALTNAME, "Alyaksandr Lukašenka", NULL, NULL, NULL);
  add_link (s, luka, NG_SCHEMA_NATIONALITY, "place/belarus");
  NgTermId shoigu = add_entity (s, "person/sergei-shoigu", NG_SCHEMA_PERSON, NULL, "Sergei Shoigu");
  NgTermId lavrov = add_entity (s, "person/sergei-lavrov", NG_SCHEMA_PERSON, NULL, "Sergei Lavrov");
  add_entity (s, "person/nikol-pashinyan", NG_SCHEMA_PERSON, NULL, "Nikol Pashinyan");

  NgTermId m1 = add_entity (s, "event/csto-summit", NG_SCHEMA_EVENT, NG_NG_SUMMIT, "CSTO summit");
  ng_store_add_literal (s, m1, NG_SCHEMA_STARTDATE, "2021-09-15", NG_XSD_DATE, NULL, &src);
  add_link (s, m1, NG_SCHEMA_LOCATION, "place/minsk");
  add_link (s, m1, NG_SCHEMA_ORGANIZER, "org/csto");
  add_link (s, m1, NG_SCHEMA_ATTENDEE, "person/vladimir-putin");
  add_link (s, m1, NG_SCHEMA_ATTENDEE, "person/alexander-lukashenko");
  add_link (s, m1, NG_NG_CHAIR, "person/alexander-lukashenko");
  add_link (s, m1, NG_NG_ABSENTEE, "person/nikol-pashinyan");
  add_participation (s, m1, "csto-summit/vladimir-putin", "person/vladimir-putin",
                     NG_NG_VIDEOLINK, NG_NG_ATTENDED);
  add_participation (s, m1, "csto-summit/nikol-pashinyan", "person/nikol-pashinyan",
                     NG_NG_INPERSON, NG_NG_ABSENT);

  NgTermId m2 = add_entity (s, "event/moscow-talks", NG_SCHEMA_EVENT, NG_NG_TALKS, "Moscow talks");
  ng_store_add_literal (s, m2, NG_SCHEMA_STARTDATE, "--09-09", NG_XSD_GMONTHDAY, NULL, NULL);
  add_link (s, m2, NG_SCHEMA_LOCATION, "place/moscow");
  add_link (s, m2, NG_SCHEMA_ATTENDEE, "person/vladimir-putin");
  add_link (s, m2, NG_SCHEMA_ATTENDEE, "person/sergei-shoigu");
  /* the same fact from an article: drawn once */
  ng_store_add (s, m2, ng_store_iri (s, NG_SCHEMA_ATTENDEE), shoigu, &src);
  add_link (s, m2, NG_SCHEMA_ATTENDEE, "person/sergei-lavrov");
  add_participation (s, m2, "moscow-talks/sergei-lavrov", "person/sergei-lavrov",
                     NG_NG_INPERSON, NG_NG_PLANNED);

  add_post (s, shoigu, "sergei-shoigu/defense-minister", "Defense Minister", "place/russia");
  add_post (s, lavrov, "sergei-lavrov/foreign-minister", "Foreign Minister", "place/russia");
  add_link (s, russia, NG_SCHEMA_MEMBEROF, "org/csto");
  add_link (s, belarus, NG_SCHEMA_MEMBEROF, "org/csto");
  add_link (s, minsk, NG_SCHEMA_CONTAINEDIN, "place/belarus");
  add_link (s, moscow, NG_SCHEMA_CONTAINEDIN, "place/russia");
  ng_store_add (s, m1, ng_store_iri (s, NG_PROV_DERIVEDFROM), src.article, &src);
  return s;
}

/* A temporary folder, removed with its files at the end of a test. */
typedef struct {
  char *dir;
} Fixture;

/* Creates the temporary folder. */
static void
fixture_setup (Fixture *f, gconstpointer data)
{
  GError *error = NULL;
  f->dir = g_dir_make_tmp ("ng-dot-XXXXXX", &error);
  g_assert_no_error (error);
}

/* Removes the temporary folder and its files. */
static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  GDir *d = g_dir_open (f->dir, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Returns the contents of a file (asserting it exists). */
static char *
slurp (const char *path, gsize *len)
{
  char *text = NULL;
  GError *error = NULL;
  gboolean ok = g_file_get_contents (path, &text, len, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return text;
}

/* Writes a drawing with options; returns the file path (asserting success). */
static char *
write_ok (Fixture *f, NgStore *s, const NgDotOptions *o, const char *name, NgFormat format)
{
  GError *error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  gboolean ok = ng_dot_write_file (s, o, path, format, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return path;
}

/* Counts the entity nodes (not the legend) of a DOT text. */
static guint
count_nodes (const char *dot)
{
  g_auto(GStrv) lines = g_strsplit (dot, "\n", -1);
  guint n = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strchug (lines[i]), "\"" NG_DEFAULT_BASE)
        && strstr (lines[i], "->") == NULL)
      n++;
  return n;
}

/* Counts the entity edges (not the legend) of a DOT text. */
static guint
count_edges (const char *dot)
{
  g_auto(GStrv) lines = g_strsplit (dot, "\n", -1);
  guint n = 0;
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strchug (lines[i]), "\"" NG_DEFAULT_BASE)
        && strstr (lines[i], "->") != NULL)
      n++;
  return n;
}

/* Runs a command; returns FALSE (and skips the test) if its program is missing. */
static gboolean
run_tool (const char *const *argv, char **out, int *status)
{
  g_autofree char *prog = g_find_program_in_path (argv[0]);
  GError *error = NULL;
  if (prog == NULL)
    {
      g_test_skip ("graphviz tools are not installed");
      return FALSE;
    }
  gboolean ok = g_spawn_sync (NULL, (char **) argv, NULL,
                              G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                              NULL, NULL, out, NULL, status, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return TRUE;
}

/* Asserts that dot renders a DOT file to SVG without complaint. */
static void
assert_dot_renders (const char *path)
{
  const char *argv[] = { "dot", "-Tsvg", "-o", "/dev/null", path, NULL };
  int status = -1;
  if (!run_tool (argv, NULL, &status))
    return;
  g_assert_cmpint (status, ==, 0);
}

static void
test_whole_graph (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  g_autofree char *path = write_ok (f, s, NULL, "all.dot", NG_FORMAT_DOT);
  g_autofree char *dot = slurp (path, NULL);

  g_assert_cmpuint (count_nodes (dot), ==, 13);
  g_assert_cmpuint (count_edges (dot), ==, 15);
  g_assert_null (strstr (dot, "article/a1"));
  g_assert_null (strstr (dot, "post/sergei-shoigu"));
  g_assert_null (strstr (dot, "participation/"));
  g_assert_nonnull (strstr (dot, "cluster_legend"));
  g_assert_null (strstr (dot, "showing"));
  assert_dot_renders (path);

  /* gc agrees: entities plus the legend */
  const char *argv[] = { "gc", "-n", "-e", path, NULL };
  g_autofree char *out = NULL;
  int status = -1;
  if (!run_tool (argv, &out, &status))
    return;
  g_assert_cmpint (status, ==, 0);
  guint nodes = 0, edges = 0;
  g_assert_cmpint (sscanf (out, " %u %u", &nodes, &edges), ==, 2);
  g_assert_cmpuint (nodes, ==, 13 + LEGEND_NODES);
  g_assert_cmpuint (edges, ==, 15 + LEGEND_EDGES);
}

/* Asserts that the DOT text has an edge from tail to head with label. */
static void
assert_edge (const char *dot, const char *tail, const char *head, const char *label)
{
  g_autofree char *t = iri (tail);
  g_autofree char *h = iri (head);
  g_autofree char *needle = g_strdup_printf ("\"%s\" -> \"%s\"", t, h);
  const char *at = strstr (dot, needle);
  g_assert_nonnull (at);
  const char *eol = strchr (at, ';');
  g_assert_nonnull (eol);
  g_autofree char *line = g_strndup (at, eol - at);
  g_autofree char *want = g_strdup_printf ("label=%s", label);
  if (strstr (line, want) == NULL)
    g_error ("edge %s has no %s", line, want);
}

static void
test_edge_labels (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  g_autofree char *path = write_ok (f, s, NULL, "all.dot", NG_FORMAT_DOT);
  g_autofree char *dot = slurp (path, NULL);

  assert_edge (dot, "person/vladimir-putin", "event/csto-summit", "\"by video\"");
  assert_edge (dot, "person/vladimir-putin", "event/moscow-talks", "attended");
  assert_edge (dot, "person/alexander-lukashenko", "event/csto-summit", "chaired");
  assert_edge (dot, "person/nikol-pashinyan", "event/csto-summit", "absent");
  assert_edge (dot, "person/sergei-lavrov", "event/moscow-talks", "planned");
  assert_edge (dot, "event/csto-summit", "org/csto", "organizer");
  assert_edge (dot, "event/csto-summit", "place/minsk", "in");
  assert_edge (dot, "person/sergei-shoigu", "place/russia", "\"Defense Minister\"");
  assert_edge (dot, "place/russia", "org/csto", "\"member of\"");
  assert_edge (dot, "place/minsk", "place/belarus", "in");
  /* styles */
  g_assert_nonnull (strstr (dot, "style=dotted"));
  g_assert_nonnull (strstr (dot, "style=dashed"));
  g_assert_nonnull (strstr (dot, "color=grey60"));
  /* meeting hub: name, date and place */
  g_assert_nonnull (strstr (dot, "\"CSTO\\ summit|2021-09-15\\ ·\\ Minsk\""));
  g_assert_nonnull (strstr (dot, "Mrecord"));
  g_assert_nonnull (strstr (dot, "folder"));
  g_assert_nonnull (strstr (dot, "house"));
}

/* Writes a focused DOT drawing and returns its text. */
static char *
focus_dot (Fixture *f, NgStore *s, const char *focus, guint depth, guint max, guint kinds)
{
  NgDotOptions o = { focus, depth, max, kinds };
  g_autofree char *path = write_ok (f, s, &o, "focus.dot", NG_FORMAT_DOT);
  assert_dot_renders (path);
  return slurp (path, NULL);
}

static void
test_focus_depth (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  g_autofree char *d1 = focus_dot (f, s, "Shoigu", 1, 0, 0);
  g_assert_cmpuint (count_nodes (d1), ==, 3);
  g_assert_nonnull (strstr (d1, "event/moscow-talks"));
  g_assert_nonnull (strstr (d1, "place/russia\""));
  g_assert_nonnull (strstr (d1, "Neighbourhood of Sergei Shoigu"));

  g_autofree char *d2 = focus_dot (f, s, "Shoigu", 2, 0, 0);
  g_assert_cmpuint (count_nodes (d2), ==, 7);
  g_assert_nonnull (strstr (d2, "org/csto"));
  g_assert_null (strstr (d2, "person/nikol-pashinyan"));

  /* depth 0 means the default, 2 */
  g_autofree char *d0 = focus_dot (f, s, "Shoigu", 0, 0, 0);
  g_assert_cmpstr (d0, ==, d2);
}

static void
test_focus_names (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  /* case and accents do not matter; an alternate name counts */
  g_autofree char *a = focus_dot (f, s, "LUKASENKA", 1, 0, 0);
  g_assert_nonnull (strstr (a, "Neighbourhood of Alexander Lukashenko"));
  /* a full name beats a word: "Putin" is Putin's alternate name */
  g_autofree char *b = focus_dot (f, s, "putin", 1, 0, 0);
  g_assert_nonnull (strstr (b, "Neighbourhood of Vladimir Putin"));
  /* an IRI */
  g_autofree char *tass = iri ("org/tass");
  g_autofree char *c = focus_dot (f, s, tass, 1, 0, 0);
  g_assert_cmpuint (count_nodes (c), ==, 1);
  g_assert_nonnull (strstr (c, "Neighbourhood of TASS"));
  /* an organization by its short name */
  g_autofree char *d = focus_dot (f, s, "csto", 1, 0, 0);
  g_assert_nonnull (strstr (d, "Neighbourhood of Collective Security Treaty Organization"));
}

static void
test_focus_unknown (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  NgDotOptions o = { "Nobody Atall", 2, 0, 0 };
  GError *error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "x.dot", NULL);
  g_assert_false (ng_dot_write_file (s, &o, path, NG_FORMAT_DOT, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, "no entity named 'Nobody Atall'");
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_focus_ambiguous (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  NgDotOptions o = { "sergei", 2, 0, 0 };
  GError *error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "x.dot", NULL);
  g_assert_false (ng_dot_write_file (s, &o, path, NG_FORMAT_DOT, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Sergei Shoigu <" NG_DEFAULT_BASE "person/sergei-shoigu>"));
  g_assert_nonnull (strstr (error->message, "Sergei Lavrov <" NG_DEFAULT_BASE "person/sergei-lavrov>"));
  g_assert_null (strstr (error->message, "Putin"));
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_max_nodes (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  /* focused: the nearest first */
  g_autofree char *a = focus_dot (f, s, "Vladimir Putin", 2, 3, 0);
  g_assert_cmpuint (count_nodes (a), ==, 3);
  g_assert_nonnull (strstr (a, "person/vladimir-putin\""));
  g_assert_nonnull (strstr (a, "showing 3 of"));
  /* whole graph: the most connected part */
  g_autofree char *b = focus_dot (f, s, NULL, 0, 4, 0);
  g_assert_cmpuint (count_nodes (b), ==, 4);
  g_assert_nonnull (strstr (b, "showing 4 of 13 nodes"));
  g_assert_nonnull (strstr (b, "event/csto-summit\""));
  g_assert_null (strstr (b, "org/tass"));
  g_assert_cmpuint (count_edges (b), >=, 3);
}

static void
test_kinds (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  GError *error = NULL;
  guint kinds = 0;

  g_assert_true (ng_dot_kinds_parse ("person, Meeting", &kinds, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kinds, ==, NG_DOT_PERSON | NG_DOT_MEETING);
  g_assert_false (ng_dot_kinds_parse ("person,robot", &kinds, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "'robot'"));
  g_clear_error (&error);
  g_assert_false (ng_dot_kinds_parse (",", &kinds, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_autofree char *a = focus_dot (f, s, NULL, 0, 0, NG_DOT_PERSON | NG_DOT_MEETING);
  g_assert_cmpuint (count_nodes (a), ==, 7);
  g_assert_null (strstr (a, "id/place/"));
  g_assert_null (strstr (a, "id/org/"));
  g_assert_null (strstr (a, "legend:organization"));
  g_assert_cmpuint (count_edges (a), ==, 6);

  /* the focus is drawn even when its kind is filtered out */
  g_autofree char *b = focus_dot (f, s, "Shoigu", 2, 0, NG_DOT_PLACE | NG_DOT_ORGANIZATION);
  g_assert_cmpuint (count_nodes (b), ==, 4);
  g_assert_null (strstr (b, "event/"));
}

static void
test_weird_names (Fixture *f, gconstpointer data)
{
  static const char *const names[] = {
    "Say \"hi\" \\ {x} <y> |z|",
    "Line one\nline two\r\n\ttab",
    "Ends in a backslash \\",
    "Emoji \xF0\x9F\x98\x80 and RTL \xE2\x80\x8F\xD7\xA2\xD7\x91\xD7\xA8\xD7\x99\xD7\xAA\xE2\x80\x8E",
    "<b>not html</b>",
    "\\N \\G \\L",
    "Bad UTF-8 \xff\xfe end"
  };
  g_autoptr(NgStore) s = ng_store_new ();
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char key[32];
      g_snprintf (key, sizeof key, "person/p%u", i);
      NgTermId p = add_entity (s, key, NG_SCHEMA_PERSON, NULL, names[i]);
      g_snprintf (key, sizeof key, "event/m%u", i);
      NgTermId m = add_entity (s, key, NG_SCHEMA_EVENT, NULL, names[i]);
      ng_store_add_literal (s, m, NG_SCHEMA_STARTDATE, names[i], NULL, NULL, NULL);
      ng_store_add (s, m, ng_store_iri (s, NG_SCHEMA_ATTENDEE), p, NULL);
      g_snprintf (key, sizeof key, "post/p%u", i);
      g_autofree char *post_iri = iri (key);
      NgTermId post = ng_store_iri (s, post_iri);
      ng_store_add_literal (s, post, NG_RDFS_LABEL, names[i], NULL, NULL, NULL);
      add_link (s, post, NG_ORG_POSTIN, "org/o");
      ng_store_add (s, p, ng_store_iri (s, NG_ORG_HOLDS), post, NULL);
    }
  add_entity (s, "org/o", NG_SCHEMA_ORGANIZATION, NULL, "Org \"quoted\\\"");

  g_autofree char *dot_path = write_ok (f, s, NULL, "weird.dot", NG_FORMAT_DOT);
  g_autofree char *dot = slurp (dot_path, NULL);
  g_assert_cmpuint (count_nodes (dot), ==, 2 * G_N_ELEMENTS (names) + 1);
  g_assert_true (g_utf8_validate (dot, -1, NULL));
  assert_dot_renders (dot_path);

  /* what is drawn is the name, not DOT syntax */
  const char *argv[] = { "dot", "-Tsvg", dot_path, NULL };
  g_autofree char *svg = NULL;
  int status = -1;
  if (!run_tool (argv, &svg, &status))
    return;
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (svg, "Say &quot;hi&quot; \\ {x} &lt;y&gt; |z|"));
  g_assert_nonnull (strstr (svg, "Ends in a backslash \\<"));
  g_assert_nonnull (strstr (svg, ">Line one<"));
  g_assert_nonnull (strstr (svg, "\xF0\x9F\x98\x80"));
  g_assert_nonnull (strstr (svg, "\\N \\G \\L"));

  g_autofree char *svg_path = write_ok (f, s, NULL, "weird.svg", NG_FORMAT_SVG);
  gsize len = 0;
  g_autofree char *rendered = slurp (svg_path, &len);
  g_assert_nonnull (strstr (rendered, "<svg"));
}

static void
test_svg_png (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  gsize len = 0;
  g_autofree char *svg_path = write_ok (f, s, NULL, "g.svg", NG_FORMAT_SVG);
  g_autofree char *svg = slurp (svg_path, &len);
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "Vladimir Putin"));

  g_autofree char *png_path = write_ok (f, s, NULL, "g.png", NG_FORMAT_PNG);
  g_autofree char *png = slurp (png_path, &len);
  g_assert_cmpuint (len, >, 8);
  g_assert_cmpmem (png, 4, "\x89PNG", 4);

  NgDotOptions o = { "Putin", 1, 0, 0 };
  g_autofree char *focus_path = write_ok (f, s, &o, "putin.svg", NG_FORMAT_SVG);
  g_autofree char *focus_svg = slurp (focus_path, &len);
  g_assert_nonnull (strstr (focus_svg, "<svg"));
  g_assert_null (strstr (focus_svg, "Pashinyan"));
}

static void
test_deterministic (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s1 = sample_store ();
  g_autoptr(NgStore) s2 = sample_store ();
  gsize len1 = 0, len2 = 0;
  g_autofree char *p1 = write_ok (f, s1, NULL, "one.dot", NG_FORMAT_DOT);
  g_autofree char *p2 = write_ok (f, s2, NULL, "two.dot", NG_FORMAT_DOT);
  g_autofree char *a = slurp (p1, &len1);
  g_autofree char *b = slurp (p2, &len2);
  g_assert_cmpmem (a, len1, b, len2);

  NgDotOptions o = { "Putin", 2, 5, 0 };
  g_autofree char *p3 = write_ok (f, s1, &o, "three.dot", NG_FORMAT_DOT);
  g_autofree char *p4 = write_ok (f, s1, &o, "four.dot", NG_FORMAT_DOT);
  g_autofree char *c = slurp (p3, &len1);
  g_autofree char *d = slurp (p4, &len2);
  g_assert_cmpmem (c, len1, d, len2);
}

/* Runs a writer over a stream: start, end, free. */
static gboolean
run_writer (NgFormat format, NgStore *s, FILE *out, GError **error)
{
  NgWriteOptions wo = { NULL, NULL };
  NgWriter *w = ng_write_dot_new (format, s, &wo);
  g_assert_nonnull (w);
  g_assert_true (w->format == format);
  gboolean ok = w->klass->start (w, out, error) && w->klass->end (w, error);
  w->klass->free (w);
  return ok;
}

static void
test_writer (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  GError *error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "writer.dot", NULL);
  FILE *out = fopen (path, "w");
  g_assert_nonnull (out);
  gboolean ok = run_writer (NG_FORMAT_DOT, s, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (fclose (out), ==, 0);
  g_autofree char *dot = slurp (path, NULL);
  g_assert_cmpuint (count_nodes (dot), ==, 13);

  /* the same drawing as the dot command without focus */
  g_autofree char *other = write_ok (f, s, NULL, "same.dot", NG_FORMAT_DOT);
  g_autofree char *same = slurp (other, NULL);
  g_assert_cmpstr (dot, ==, same);

  g_autofree char *png_path = g_build_filename (f->dir, "writer.png", NULL);
  out = fopen (png_path, "wb");
  g_assert_nonnull (out);
  ok = run_writer (NG_FORMAT_PNG, s, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (fclose (out), ==, 0);
  gsize len = 0;
  g_autofree char *png = slurp (png_path, &len);
  g_assert_cmpmem (png, 4, "\x89PNG", 4);
}

static void
test_write_error (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = sample_store ();
  GError *error = NULL;
  FILE *out = fopen ("/dev/full", "w");
  if (out == NULL)
    {
      g_test_skip ("no /dev/full");
      return;
    }
  gboolean ok = run_writer (NG_FORMAT_DOT, s, out, &error);
  fclose (out);
  g_assert_false (ok);
  g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO);
  g_clear_error (&error);

  /* a folder that does not exist: nothing is written, an error comes back */
  g_autofree char *path = g_build_filename (f->dir, "missing", "x.dot", NULL);
  g_assert_false (ng_dot_write_file (s, NULL, path, NG_FORMAT_DOT, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
}

/* A graph of n meetings with three people each, half shared, for timing. */
static NgStore *
big_store (guint n)
{
  NgStore *s = ng_store_new ();
  NgTermId type = ng_store_iri (s, NG_RDF_TYPE), attendee = ng_store_iri (s, NG_SCHEMA_ATTENDEE);
  NgTermId person = ng_store_iri (s, NG_SCHEMA_PERSON), event = ng_store_iri (s, NG_SCHEMA_EVENT);
  for (guint i = 0; i < n; i++)
    {
      char key[64];
      g_snprintf (key, sizeof key, NG_DEFAULT_BASE "event/m%u", i);
      NgTermId m = ng_store_iri (s, key);
      ng_store_add (s, m, type, event, NULL);
      g_snprintf (key, sizeof key, "Meeting %u", i);
      ng_store_add_literal (s, m, NG_SCHEMA_NAME, key, NULL, NULL, NULL);
      for (guint k = 0; k < 3; k++)
        {
          g_snprintf (key, sizeof key, NG_DEFAULT_BASE "person/p%u", (i * 7 + k * 13) % (n + 1));
          NgTermId p = ng_store_iri (s, key);
          ng_store_add (s, p, type, person, NULL);
          ng_store_add (s, m, attendee, p, NULL);
        }
    }
  return s;
}

static void
test_big (Fixture *f, gconstpointer data)
{
  g_autoptr(NgStore) s = big_store (5000);
  gint64 t0 = g_get_monotonic_time ();
  g_autofree char *dot_path = write_ok (f, s, NULL, "big.dot", NG_FORMAT_DOT);
  gint64 t1 = g_get_monotonic_time ();
  g_autofree char *dot = slurp (dot_path, NULL);
  g_assert_cmpuint (count_nodes (dot), >, 5000);
  g_test_message ("DOT of %u nodes in %.3f s", count_nodes (dot), (t1 - t0) / 1e6);

  /* rendering is capped */
  g_autofree char *svg_path = write_ok (f, s, NULL, "big.svg", NG_FORMAT_SVG);
  g_autofree char *svg = slurp (svg_path, NULL);
  g_assert_nonnull (strstr (svg, "showing 150 of "));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/write-dot/whole/counts", test_whole_graph);
  ADD ("/write-dot/whole/edge-labels", test_edge_labels);
  ADD ("/write-dot/focus/depth", test_focus_depth);
  ADD ("/write-dot/focus/names", test_focus_names);
  ADD ("/write-dot/focus/unknown-is-error", test_focus_unknown);
  ADD ("/write-dot/focus/ambiguous-lists-candidates", test_focus_ambiguous);
  ADD ("/write-dot/select/max-nodes", test_max_nodes);
  ADD ("/write-dot/select/kinds", test_kinds);
  ADD ("/write-dot/escape/weird-names-render", test_weird_names);
  ADD ("/write-dot/render/svg-and-png", test_svg_png);
  ADD ("/write-dot/output/deterministic", test_deterministic);
  ADD ("/write-dot/writer/dot-and-png", test_writer);
  ADD ("/write-dot/writer/write-error", test_write_error);
  ADD ("/write-dot/big/capped-render", test_big);
#undef ADD
  return g_test_run ();
}
