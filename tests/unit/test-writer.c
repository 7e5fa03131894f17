/* test-writer.c - formats, atomic files, and the Turtle/N-Triples/N-Quads
 * writers: escaping, validity (checked by raptor, rapper and rdflib) and
 * round trips through the reader. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "newsgraph/read_rdf.h"
#include "newsgraph/store.h"
#include "newsgraph/vocab.h"
#include "newsgraph/writer.h"

#define RDF_FORMATS (NG_FORMAT_TTL | NG_FORMAT_NT | NG_FORMAT_NQ)

/* ------------------------------------------------------------ formats */

static const struct {
  const char *list;
  gboolean ok;
  guint formats;
} parse_cases[] = {
  { "ttl", TRUE, NG_FORMAT_TTL },
  { "ttl,nq,dot", TRUE, NG_FORMAT_TTL | NG_FORMAT_NQ | NG_FORMAT_DOT },
  { " TTL , Nq ", TRUE, NG_FORMAT_TTL | NG_FORMAT_NQ },
  { "nt,svg,png", TRUE, NG_FORMAT_NT | NG_FORMAT_SVG | NG_FORMAT_PNG },
  { "ttl,nt,nq,dot,svg,png", TRUE, NG_FORMAT_ALL },
  { "ttl,ttl", TRUE, NG_FORMAT_TTL },
  { "ttl,,nq", TRUE, NG_FORMAT_TTL | NG_FORMAT_NQ },
  { "", FALSE, 0 },
  { " , ", FALSE, 0 },
  { "rdf", FALSE, 0 },
  { "ttl,jpeg", FALSE, 0 },
  { "ttlnq", FALSE, 0 },
};

/* Good and bad format lists. */
static void
test_format_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint formats = 0;
      gboolean ok = ng_format_parse (parse_cases[i].list, &formats, &error);

      g_test_message ("format list '%s'", parse_cases[i].list);
      g_assert_cmpint (ok, ==, parse_cases[i].ok);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (formats, ==, parse_cases[i].formats);
        }
      else
        {
          g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_FORMAT);
          g_assert_nonnull (strstr (error->message, "ttl, nt, nq, dot, svg, png"));
        }
    }
  /* The error names the unknown format. */
  g_autoptr (GError) error = NULL;
  guint formats = 0;
  g_assert_false (ng_format_parse ("ttl,jpeg", &formats, &error));
  g_assert_nonnull (strstr (error->message, "'jpeg'"));
}

/* Each format has its extension. */
static void
test_format_extension (void)
{
  g_assert_cmpstr (ng_format_extension (NG_FORMAT_TTL), ==, "ttl");
  g_assert_cmpstr (ng_format_extension (NG_FORMAT_NT), ==, "nt");
  g_assert_cmpstr (ng_format_extension (NG_FORMAT_NQ), ==, "nq");
  g_assert_cmpstr (ng_format_extension (NG_FORMAT_DOT), ==, "dot");
  g_assert_cmpstr (ng_format_extension (NG_FORMAT_SVG), ==, "svg");
  g_assert_cmpstr (ng_format_extension (NG_FORMAT_PNG), ==, "png");
}

/* ------------------------------------------------------------ helpers */

/* Counts the entries of a folder. */
static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;
  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* Removes a folder and the files in it. */
static void
remove_tree (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* Makes a fresh temporary folder. */
static char *
make_tmpdir (void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp ("ng-writer-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

/* Names with every character that needs care in Turtle and N-Triples. */
static const char *const nasty[] = {
  "plain",
  "with \"double quotes\" and 'single'",
  "back\\slash \\n not a newline \\u0041",
  "line one\nline two\r\nand\ttab",
  "a carriage\rreturn and no newline",
  "emoji \xF0\x9F\x98\x80 and \xF0\x9F\x87\xB7\xF0\x9F\x87\xBA flags",
  "zero\xE2\x80\x8Bwidth \xE2\x80\x8F rtl mark \xE2\x80\xAE override",
  "<angle> {braces} & ampersand | pipe ^ caret ` backtick",
  "\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA \xD8\xAF\xD9\x88\xD8\xB4\xD9\x86\xD8\xA8\xD9\x87",
  "control \x01\x1F\x7F chars",
  "ends with backslash \\",
  "\"\"\"triple quotes\"\"\"",
  "# not a comment ; not a separator , nor this .",
  "",
};

/* Builds a store with awkward names, IRIs, datatypes and languages. */
static NgStore *
nasty_store (void)
{
  NgStore *st = ng_store_new ();
  NgTermId art1 = ng_store_iri (st, NG_DEFAULT_BASE "article/a-1");
  NgTermId art2 = ng_store_iri (st, NG_DEFAULT_BASE "article/2021-09-15-tass");
  NgSource s1 = { art1, 1, 0, 10 }, s2 = { art2, 2, 5, 15 };

  for (guint i = 0; i < G_N_ELEMENTS (nasty); i++)
    {
      char local[32];
      g_snprintf (local, sizeof local, "p%u", i);
      NgTermId p = ng_store_iri2 (st, NG_DEFAULT_BASE "person/", local);
      ng_store_add_iri (st, p, NG_RDF_TYPE, NG_SCHEMA_PERSON, &s1);
      ng_store_add_literal (st, p, NG_SCHEMA_NAME, nasty[i], NULL, NULL, &s1);
      ng_store_add_literal (st, p, NG_SCHEMA_ALTNAME, nasty[i], NULL, "en", &s2);
      ng_store_add_literal (st, p, NG_SCHEMA_ALTNAME, nasty[i], NULL, NULL, NULL);
      ng_store_add_iri (st, p, NG_PROV_DERIVEDFROM, NG_DEFAULT_BASE "article/a-1", &s2);
    }
  /* Local names a prefix cannot carry; IRIs with odd characters. */
  NgTermId post = ng_store_iri (st, NG_DEFAULT_BASE "post/vladimir-putin/president");
  NgTermId digit = ng_store_iri (st, NG_DEFAULT_BASE "event/2021-csto-summit");
  NgTermId odd = ng_store_iri (st, "http://example.org/a%20b?q=1&r=\xC3\xA9#frag");
  NgTermId dot = ng_store_iri (st, NG_DEFAULT_BASE "org/csto.");
  NgTermId blank = ng_store_blank (st, "node with spaces");
  ng_store_add_iri (st, post, NG_RDF_TYPE, NG_ORG_POST, &s1);
  ng_store_add_literal (st, post, NG_RDFS_LABEL, "Defense Minister", NULL, "en-GB", &s1);
  ng_store_add (st, digit, ng_store_iri (st, NG_NG_CHAIR), post, &s2);
  ng_store_add_literal (st, digit, NG_SCHEMA_STARTDATE, "2021-09-15", NG_XSD_DATE, NULL, &s2);
  ng_store_add_literal (st, digit, NG_SCHEMA_STARTDATE, "--09-15", NG_XSD_GMONTHDAY, NULL, &s1);
  ng_store_add_literal (st, digit, NG_NG_SENTENCEINDEX, "3", NG_XSD_INTEGER, NULL, &s1);
  ng_store_add_literal (st, digit, NG_NG_STARTOFFSET, "-12", NG_XSD_INTEGER, NULL, &s1);
  ng_store_add_literal (st, digit, NG_NG_ENDOFFSET, "007", NG_XSD_INTEGER, NULL, &s1);
  ng_store_add (st, odd, ng_store_iri (st, NG_SCHEMA_URL), odd, NULL);
  ng_store_add (st, dot, ng_store_iri (st, NG_SCHEMA_MEMBEROF), blank, NULL);
  ng_store_add_literal (st, blank, NG_SCHEMA_NAME, "blank", NULL, NULL, &s2);
  return st;
}

/* Writes one format of a store to path through the atomic file. */
static void
write_file (NgStore *st, NgFormat format, const char *path)
{
  NgWriteOptions opts = { NULL, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (NgWriter) w = ng_writer_new (format, st, &opts, &error);
  g_assert_no_error (error);
  NgAtomicFile *f = ng_atomic_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ng_writer_run (w, ng_atomic_file_stream (f), &error));
  g_assert_no_error (error);
  g_assert_true (ng_atomic_file_commit (f, &error));
  g_assert_no_error (error);
}

/* A term as a comparable string (blank nodes all compare equal). */
static char *
term_key (NgStore *st, NgTermId id)
{
  switch (ng_store_term_kind (st, id))
    {
    case NG_TERM_IRI:
      return g_strdup_printf ("<%s>", ng_store_term_value (st, id));
    case NG_TERM_BLANK:
      return g_strdup ("_:");
    case NG_TERM_LITERAL:
      return g_strdup_printf ("\"%s\"^^%s@%s", ng_store_term_value (st, id),
                              ng_store_term_datatype (st, id) ? ng_store_term_datatype (st, id) : "",
                              ng_store_term_lang (st, id) ? ng_store_term_lang (st, id) : "");
    case NG_TERM_NONE:
    default:
      return g_strdup ("?");
    }
}

typedef struct {
  NgStore *st;
  GPtrArray *keys;
  gboolean with_article;
} KeyContext;

/* Appends the key of one quad or triple. */
static gboolean
key_cb (const NgQuad *q, gpointer user_data)
{
  KeyContext *ctx = user_data;
  g_autofree char *s = term_key (ctx->st, q->s);
  g_autofree char *p = term_key (ctx->st, q->p);
  g_autofree char *o = term_key (ctx->st, q->o);
  g_autofree char *a = q->src.article && ctx->with_article
    ? term_key (ctx->st, q->src.article) : g_strdup ("");
  g_ptr_array_add (ctx->keys, g_strdup_printf ("%s %s %s %s", s, p, o, a));
  return TRUE;
}

/* Sorts strings for g_ptr_array_sort. */
static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The sorted keys of every triple (or quad) of a store. */
static GPtrArray *
store_keys (NgStore *st, gboolean quads)
{
  KeyContext ctx = { st, g_ptr_array_new_with_free_func (g_free), quads };
  if (quads)
    ng_store_foreach_quad (st, key_cb, &ctx);
  else
    ng_store_foreach_triple (st, key_cb, &ctx);
  g_ptr_array_sort (ctx.keys, cmp_str);
  return ctx.keys;
}

/* Asserts two key lists are equal. */
static void
assert_same_keys (GPtrArray *a, GPtrArray *b)
{
  for (guint i = 0; i < MIN (a->len, b->len); i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
  g_assert_cmpuint (a->len, ==, b->len);
}

/* Runs a command; returns FALSE (and skips) if the tool is missing. */
static gboolean
run_tool (const char *const *argv, char **out, int *status)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *found = g_find_program_in_path (argv[0]);
  if (found == NULL)
    return FALSE;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                out, &err, status, &error);
  g_assert_no_error (error);
  if (err && *err)
    g_test_message ("%s: %s", argv[0], err);
  return TRUE;
}

/* ------------------------------------------------------------ RDF writers */

/* Awkward strings come out valid and read back unchanged, per format. */
static void
check_round_trip (NgFormat format, const char *syntax)
{
  g_autoptr (NgStore) st = nasty_store ();
  g_autoptr (NgStore) back = ng_store_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *name = g_strdup_printf ("graph.%s", ng_format_extension (format));
  g_autofree char *path = g_build_filename (dir, name, NULL);
  gboolean quads = format == NG_FORMAT_NQ;

  write_file (st, format, path);
  g_assert_true (ng_read_rdf_file (back, path, &error));
  g_assert_no_error (error);
  g_autoptr (GPtrArray) want = store_keys (st, quads);
  g_autoptr (GPtrArray) got = store_keys (back, quads);
  assert_same_keys (want, got);
  g_assert_cmpuint (ng_store_n_triples (back), ==, ng_store_n_triples (st));

  /* rapper agrees on the count. */
  {
    const char *argv[] = { "rapper", "-q", "-i", syntax, "-c", path, NULL };
    g_autofree char *out = NULL;
    int status = 0;
    if (run_tool (argv, &out, &status))
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    else
      g_test_message ("rapper not found: not run");
  }
  /* rdflib, a stricter parser, agrees too. */
  {
    g_autofree char *script = g_strdup_printf (
      "import sys, rdflib\n"
      "g = rdflib.ConjunctiveGraph() if sys.argv[2] == 'nquads' else rdflib.Graph()\n"
      "g.parse(sys.argv[1], format=sys.argv[2])\n"
      "print(len(g))\n");
    const char *argv[] = { "/usr/bin/python3", "-c", script, path,
                           quads ? "nquads" : (format == NG_FORMAT_NT ? "nt" : "turtle"),
                           NULL };
    g_autofree char *out = NULL;
    int status = 0;
    if (g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE) && run_tool (argv, &out, &status))
      {
        if (g_spawn_check_wait_status (status, NULL))
          g_assert_cmpuint (g_ascii_strtoull (out, NULL, 10), ==,
                            quads ? ng_store_n_quads (st) : ng_store_n_triples (st));
        else
          g_test_message ("python3 rdflib not usable: not run");
      }
  }
  remove_tree (dir);
}

/* Turtle of awkward strings. */
static void
test_rdf_turtle_round_trip (void)
{
  check_round_trip (NG_FORMAT_TTL, "turtle");
}

/* N-Triples of awkward strings. */
static void
test_rdf_ntriples_round_trip (void)
{
  check_round_trip (NG_FORMAT_NT, "ntriples");
}

/* N-Quads of awkward strings, with one graph per article. */
static void
test_rdf_nquads_round_trip (void)
{
  check_round_trip (NG_FORMAT_NQ, "nquads");
}

/* Reads a whole file. */
static char *
slurp (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* Turtle uses the prefixes, "a", and writes each triple once; the
 * N-Quads file has graphs; the same store gives the same bytes. */
static void
test_rdf_shape (void)
{
  g_autoptr (NgStore) st = nasty_store ();
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *ttl = g_build_filename (dir, "a.ttl", NULL);
  g_autofree char *ttl2 = g_build_filename (dir, "b.ttl", NULL);
  g_autofree char *nt = g_build_filename (dir, "a.nt", NULL);
  g_autofree char *nq = g_build_filename (dir, "a.nq", NULL);

  write_file (st, NG_FORMAT_TTL, ttl);
  write_file (st, NG_FORMAT_TTL, ttl2);
  write_file (st, NG_FORMAT_NT, nt);
  write_file (st, NG_FORMAT_NQ, nq);
  g_autofree char *t = slurp (ttl);
  g_autofree char *t2 = slurp (ttl2);
  g_autofree char *n = slurp (nt);
  g_autofree char *q = slurp (nq);

  g_assert_cmpstr (t, ==, t2);
  g_assert_nonnull (strstr (t, "@prefix schema: <" NG_NS_SCHEMA "> ."));
  g_assert_nonnull (strstr (t, "@prefix ng: <" NG_NS_NG "> ."));
  g_assert_nonnull (strstr (t, "@prefix person: <" NG_DEFAULT_BASE "person/> ."));
  g_assert_nonnull (strstr (t, "\nperson:p0\n"));
  g_assert_nonnull (strstr (t, " a schema:Person"));
  g_assert_nonnull (strstr (t, "\"2021-09-15\"^^xsd:date"));
  g_assert_nonnull (strstr (t, " 3"));
  g_assert_nonnull (strstr (t, " 007"));
  g_assert_nonnull (strstr (t, "<" NG_DEFAULT_BASE "post/vladimir-putin/president>"));

  /* N-Triples: one line per distinct triple. */
  guint lines = 0;
  for (const char *c = n; *c; c++)
    lines += *c == '\n';
  g_assert_cmpuint (lines, ==, ng_store_n_triples (st));
  /* N-Quads: one line per quad; quads of an article in its graph. */
  lines = 0;
  for (const char *c = q; *c; c++)
    lines += *c == '\n';
  g_assert_cmpuint (lines, ==, ng_store_n_quads (st));
  g_assert_nonnull (strstr (q, " <" NG_DEFAULT_BASE "article/a-1> .\n"));
  remove_tree (dir);
}

/* A larger graph, for the throughput figures. */
static void
test_rdf_throughput (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  g_autofree char *dir = make_tmpdir ();
  const guint n_subjects = g_test_slow () ? 100000 : 20000;
  NgTermId preds[10], arts[20];

  for (guint k = 0; k < G_N_ELEMENTS (preds); k++)
    {
      char local[16];
      g_snprintf (local, sizeof local, "p%u", k);
      preds[k] = ng_store_iri2 (st, NG_NS_SCHEMA, local);
    }
  for (guint k = 0; k < G_N_ELEMENTS (arts); k++)
    {
      char local[16];
      g_snprintf (local, sizeof local, "a%u", k);
      arts[k] = ng_store_iri2 (st, NG_DEFAULT_BASE "article/", local);
    }
  for (guint s = 0; s < n_subjects; s++)
    {
      char local[32], value[64];
      g_snprintf (local, sizeof local, "p%u", s);
      NgTermId sid = ng_store_iri2 (st, NG_DEFAULT_BASE "person/", local);
      for (guint k = 0; k < G_N_ELEMENTS (preds); k++)
        {
          NgSource src = { arts[(s + k) % G_N_ELEMENTS (arts)], k, 0, 0 };
          NgTermId o;
          if (k % 3 == 0)
            {
              g_snprintf (local, sizeof local, "p%u", (s * 7 + k) % n_subjects);
              o = ng_store_iri2 (st, NG_DEFAULT_BASE "person/", local);
            }
          else
            {
              g_snprintf (value, sizeof value, "value \"%u\" of subject %u", k, s);
              o = ng_store_literal (st, value, NULL, NULL);
            }
          ng_store_add (st, sid, preds[k], o, &src);
        }
    }
  ng_store_n_triples (st);

  for (guint f = 0; f < 3; f++)
    {
      NgFormat format = (NgFormat[]) { NG_FORMAT_TTL, NG_FORMAT_NT, NG_FORMAT_NQ }[f];
      g_autofree char *name = g_strdup_printf ("big.%s", ng_format_extension (format));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf sb;
      gint64 t0 = g_get_monotonic_time ();
      write_file (st, format, path);
      double secs = (double) (g_get_monotonic_time () - t0) / 1e6;
      g_assert_cmpint (g_stat (path, &sb), ==, 0);
      g_test_message ("%s: %zu quads, %.1f MB in %.2f s: %.1f MB/s, %.0f triples/s",
                      name, ng_store_n_quads (st), (double) sb.st_size / 1e6, secs,
                      (double) sb.st_size / 1e6 / secs,
                      (double) ng_store_n_triples (st) / secs);
      g_assert_cmpint (sb.st_size, >, 0);
      if (format == NG_FORMAT_TTL)
        {
          /* Written in several chunks: one prefix block, every triple back. */
          g_autofree char *text = slurp (path);
          guint prefixes = 0;
          for (const char *c = text; (c = strstr (c, "@prefix schema:")); c++)
            prefixes++;
          g_assert_cmpuint (prefixes, ==, 1);
          g_autoptr (NgStore) back = ng_store_new ();
          g_autoptr (GError) error = NULL;
          g_assert_true (ng_read_rdf_file (back, path, &error));
          g_assert_no_error (error);
          g_assert_cmpuint (ng_store_n_triples (back), ==, ng_store_n_triples (st));
        }
    }
  remove_tree (dir);
}


/* An interruption flagged before or while writing replaces nothing and
 * leaves no temporary file, in one thread or several. */
static void
test_write_all_interrupted (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autoptr (NgStore) st = nasty_store ();
  g_autoptr (GError) error = NULL;
  volatile sig_atomic_t flag = 0;

  g_assert_true (ng_writer_write_all (st, out, RDF_FORMATS, NULL, &error));
  g_assert_no_error (error);
  g_autofree char *ttl = g_build_filename (out, "graph.ttl", NULL);
  g_autofree char *before = slurp (ttl);
  /* A bigger graph, so that the new files would differ. */
  NgTermId s = ng_store_iri (st, NG_DEFAULT_BASE "person/more");
  ng_store_add_literal (st, s, NG_SCHEMA_NAME, "More", NULL, NULL, NULL);
  for (guint parallel = 0; parallel < 2; parallel++)
    {
      NgWriteOptions opts = { NULL, NULL, parallel, &flag };
      flag = 1;
      g_assert_false (ng_writer_write_all (st, out, RDF_FORMATS, &opts, &error));
      g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_INTERRUPTED);
      g_clear_error (&error);
      g_assert_cmpuint (count_entries (out), ==, 3);
      g_autofree char *after = slurp (ttl);
      g_assert_cmpstr (after, ==, before);
    }
  /* Unflagged, the same options write the new graph. */
  NgWriteOptions opts = { NULL, NULL, TRUE, &flag };
  flag = 0;
  g_assert_true (ng_writer_write_all (st, out, RDF_FORMATS, &opts, &error));
  g_assert_no_error (error);
  g_autofree char *now = slurp (ttl);
  g_assert_nonnull (strstr (now, "More"));
  g_assert_cmpuint (count_entries (out), ==, 3);
  remove_tree (dir);
}

/* ------------------------------------------------------------ failures */

/* Writing to /dev/full fails with an error, in every RDF format. */
static void
test_dev_full (void)
{
  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      return;
    }
  g_autoptr (NgStore) st = nasty_store ();
  /* Enough data to pass any stdio buffer. */
  NgTermId s = ng_store_iri (st, NG_DEFAULT_BASE "person/many");
  for (guint i = 0; i < 3000; i++)
    {
      char value[64];
      g_snprintf (value, sizeof value, "name number %u", i);
      ng_store_add_literal (st, s, NG_SCHEMA_ALTNAME, value, NULL, NULL, NULL);
    }
  for (guint f = 0; f < 3; f++)
    {
      NgFormat format = (NgFormat[]) { NG_FORMAT_TTL, NG_FORMAT_NT, NG_FORMAT_NQ }[f];
      NgWriteOptions opts = { NULL, NULL };
      g_autoptr (GError) error = NULL;
      g_autoptr (NgWriter) w = ng_writer_new (format, st, &opts, &error);
      FILE *out = fopen ("/dev/full", "w");
      g_assert_nonnull (out);
      g_assert_false (ng_writer_run (w, out, &error));
      g_assert_nonnull (error);
      g_test_message ("%s to /dev/full: %s", ng_format_extension (format), error->message);
      fclose (out);
    }
}

/* An atomic file commits into place and leaves nothing else. */
static void
test_atomic_commit (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr (GError) error = NULL;

  NgAtomicFile *f = ng_atomic_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (fputs ("hello\n", ng_atomic_file_stream (f)), >=, 0);
  g_assert_cmpuint (count_entries (dir), ==, 1);   /* the temporary file */
  g_assert_true (ng_atomic_file_commit (f, &error));
  g_assert_no_error (error);
  g_autofree char *text = slurp (path);
  g_assert_cmpstr (text, ==, "hello\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* Aborting leaves the previous file and no temporary file. */
static void
test_atomic_abort (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old\n", -1, &error));
  NgAtomicFile *f = ng_atomic_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fputs ("new\n", ng_atomic_file_stream (f)), >=, 0);
  ng_atomic_file_abort (f);
  ng_atomic_file_abort (NULL);
  g_autofree char *text = slurp (path);
  g_assert_cmpstr (text, ==, "old\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* A write that fails (the disk fills up) leaves the previous file intact,
 * names the file in the error, and removes the temporary file. */
static void
test_atomic_failure_keeps_previous (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "graph.ttl", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (NgStore) st = nasty_store ();
  NgWriteOptions opts = { NULL, NULL };
  int full;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full");
      remove_tree (dir);
      return;
    }
  g_assert_true (g_file_set_contents (path, "previous graph\n", -1, &error));
  NgAtomicFile *f = ng_atomic_file_open (path, &error);
  g_assert_no_error (error);
  /* The temporary file's descriptor now points at a full disk. */
  full = open ("/dev/full", O_WRONLY);
  g_assert_cmpint (full, >=, 0);
  g_assert_cmpint (dup2 (full, ng_atomic_file_fd (f)), >=, 0);
  close (full);
  g_autoptr (NgWriter) w = ng_writer_new (NG_FORMAT_TTL, st, &opts, &error);
  if (ng_writer_run (w, ng_atomic_file_stream (f), &error))
    {
      g_assert_false (ng_atomic_file_commit (f, &error));
      g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO);
      g_assert_nonnull (strstr (error->message, path));
    }
  else
    {
      g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO);
      ng_atomic_file_abort (f);
    }
  g_test_message ("%s", error->message);
  g_autofree char *text = slurp (path);
  g_assert_cmpstr (text, ==, "previous graph\n");
  g_assert_cmpuint (count_entries (dir), ==, 1);
  remove_tree (dir);
}

/* The output folder is created, and a file in its place is refused. */
static void
test_output_dir (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *sub = g_build_filename (dir, "a", "b", NULL);
  g_autofree char *file = g_build_filename (dir, "file", NULL);
  g_autofree char *under = g_build_filename (file, "x", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (ng_output_dir_check (sub, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_entries (sub), ==, 0);

  g_assert_true (g_file_set_contents (file, "x", -1, &error));
  g_assert_false (ng_output_dir_check (file, &error));
  g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, file));
  g_clear_error (&error);
  g_assert_false (ng_output_dir_check (under, &error));
  g_assert_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO);
  g_assert_nonnull (strstr (error->message, under));
  remove_tree (dir);
}

/* write_all writes DIR/BASENAME.EXT for each format and nothing else. */
static void
test_write_all (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autoptr (NgStore) st = nasty_store ();
  g_autoptr (GError) error = NULL;
  NgWriteOptions opts = { NULL, "news" };

  g_assert_true (ng_writer_write_all (st, out, RDF_FORMATS, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (out), ==, 3);
  for (guint f = 0; f < 3; f++)
    {
      const char *ext = (const char *[]) { "ttl", "nt", "nq" }[f];
      g_autofree char *name = g_strdup_printf ("graph.%s", ext);
      g_autofree char *path = g_build_filename (out, name, NULL);
      g_autoptr (NgStore) back = ng_store_new ();
      g_assert_true (ng_read_rdf_file (back, path, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (ng_store_n_triples (back), ==, ng_store_n_triples (st));
    }
  g_assert_true (ng_writer_write_all (st, out, NG_FORMAT_NQ, &opts, &error));
  g_assert_no_error (error);
  g_autofree char *news = g_build_filename (out, "news.nq", NULL);
  g_assert_true (g_file_test (news, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_entries (out), ==, 4);

  /* Each RDF format on a thread of its own: the same bytes. */
  g_autofree char *par = g_build_filename (dir, "par", NULL);
  NgWriteOptions popts = { NULL, NULL, TRUE };
  g_assert_true (ng_writer_write_all (st, par, RDF_FORMATS, &popts, &error));
  g_assert_no_error (error);
  for (guint f = 0; f < 3; f++)
    {
      const char *ext = (const char *[]) { "ttl", "nt", "nq" }[f];
      g_autofree char *name = g_strdup_printf ("graph.%s", ext);
      g_autofree char *a = g_build_filename (out, name, NULL);
      g_autofree char *b = g_build_filename (par, name, NULL);
      g_autofree char *ta = slurp (a);
      g_autofree char *tb = slurp (b);
      g_assert_cmpstr (ta, ==, tb);
    }
  remove_tree (dir);
}

/* A store written with consume: the same files; the last drawing, when no
 * thread reads beside it, drops the quads and keeps the terms. */
static void
test_write_all_consume (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *keep = g_build_filename (dir, "keep", NULL);
  g_autofree char *used = g_build_filename (dir, "used", NULL);
  g_autofree char *par = g_build_filename (dir, "par", NULL);
  g_autoptr (NgStore) st = nasty_store ();
  g_autoptr (GError) error = NULL;
  const guint formats = NG_FORMAT_TTL | NG_FORMAT_NQ | NG_FORMAT_DOT;
  NgWriteOptions plain = { NULL, NULL, FALSE, NULL, FALSE };
  NgWriteOptions consume = { NULL, NULL, FALSE, NULL, TRUE };
  NgWriteOptions parallel = { NULL, NULL, TRUE, NULL, TRUE };
  gsize n_quads = ng_store_n_quads (st);
  guint n_terms = ng_store_n_terms (st);

  g_assert_true (ng_writer_write_all (st, keep, formats, &plain, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_store_n_quads (st), ==, n_quads);
  /* Threads read the store beside the drawing: nothing is dropped. */
  g_assert_true (ng_writer_write_all (st, par, formats, &parallel, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_store_n_quads (st), ==, n_quads);
  g_assert_true (ng_writer_write_all (st, used, formats, &consume, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_store_n_quads (st), ==, 0);
  g_assert_cmpuint (ng_store_n_terms (st), ==, n_terms);
  for (guint f = 0; f < 3; f++)
    {
      const char *name = (const char *[]) { "graph.ttl", "graph.nq", "graph.dot" }[f];
      g_autofree char *a = g_build_filename (keep, name, NULL);
      g_autofree char *b = g_build_filename (used, name, NULL);
      g_autofree char *c = g_build_filename (par, name, NULL);
      g_autofree char *ta = slurp (a);
      g_autofree char *tb = slurp (b);
      g_autofree char *tc = slurp (c);
      g_assert_cmpstr (ta, ==, tb);
      g_assert_cmpstr (ta, ==, tc);
    }
  remove_tree (dir);
}

/* A base other than the default gets the entity prefixes. */
static void
test_rdf_custom_base (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "graph.ttl", NULL);
  g_autoptr (GError) error = NULL;
  NgWriteOptions opts = { "http://example.org/kg/", NULL };

  NgTermId p = ng_store_iri (st, "http://example.org/kg/person/ada");
  ng_store_add_iri (st, p, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL);
  g_assert_true (ng_writer_write_all (st, dir, NG_FORMAT_TTL, &opts, &error));
  g_assert_no_error (error);
  g_autofree char *text = slurp (path);
  g_assert_nonnull (strstr (text, "@prefix person: <http://example.org/kg/person/> ."));
  g_assert_nonnull (strstr (text, "\nperson:ada\n    a schema:Person .\n"));
  remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/writer/format/parse", test_format_parse);
  g_test_add_func ("/writer/format/extension", test_format_extension);
  g_test_add_func ("/writer/atomic/commit", test_atomic_commit);
  g_test_add_func ("/writer/atomic/abort", test_atomic_abort);
  g_test_add_func ("/writer/atomic/failure-keeps-previous", test_atomic_failure_keeps_previous);
  g_test_add_func ("/writer/output-dir/check", test_output_dir);
  g_test_add_func ("/writer/write-all/rdf", test_write_all);
  g_test_add_func ("/writer/write-all/interrupted", test_write_all_interrupted);
  g_test_add_func ("/writer/write-all/consume", test_write_all_consume);
  g_test_add_func ("/writer/dev-full", test_dev_full);
  g_test_add_func ("/writer/rdf/turtle-round-trip", test_rdf_turtle_round_trip);
  g_test_add_func ("/writer/rdf/ntriples-round-trip", test_rdf_ntriples_round_trip);
  g_test_add_func ("/writer/rdf/nquads-round-trip", test_rdf_nquads_round_trip);
  g_test_add_func ("/writer/rdf/shape", test_rdf_shape);
  g_test_add_func ("/writer/rdf/custom-base", test_rdf_custom_base);
  g_test_add_func ("/writer/rdf/throughput", test_rdf_throughput);
  return g_test_run ();
}
