/* test-read-rdf.c - reading Turtle, N-Triples and N-Quads into a store. */
#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "newsgraph/read_rdf.h"
#include "newsgraph/store.h"
#include "newsgraph/vocab.h"

#define EX "http://example.org/"

typedef struct {
  char *dir;
} Fixture;

/* Makes a temporary folder. */
static void
fixture_setup (Fixture *fx, gconstpointer data)
{
  GError *error = NULL;
  fx->dir = g_dir_make_tmp ("ng-read-rdf-XXXXXX", &error);
  g_assert_no_error (error);
}

/* Removes the temporary folder and its files. */
static void
fixture_teardown (Fixture *fx, gconstpointer data)
{
  g_autoptr (GDir) d = g_dir_open (fx->dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (fx->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fx->dir);
  g_free (fx->dir);
}

/* Writes text to DIR/name and returns the path. */
static char *
put_file (Fixture *fx, const char *name, const char *text)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (fx->dir, name, NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

/* Turtle with prefixes, datatypes and languages. */
static void
test_read_turtle (Fixture *fx, gconstpointer data)
{
  g_autofree char *path = put_file (fx, "a.ttl",
    "@prefix schema: <" NG_NS_SCHEMA "> .\n"
    "@prefix xsd: <" NG_NS_XSD "> .\n"
    "<" EX "p> a schema:Person ;\n"
    "  schema:name \"Ada \\\"L\\\"\" , \"Ada\"@en ;\n"
    "  schema:startDate \"2021-09-15\"^^xsd:date ;\n"
    "  schema:memberOf [ schema:name \"anon\" ] .\n");
  g_autoptr (NgStore) st = ng_store_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (ng_read_rdf_file (st, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_store_n_triples (st), ==, 6);
  NgTermId p = ng_store_lookup_iri (st, EX "p");
  NgTermId name = ng_store_lookup_iri (st, NG_SCHEMA_NAME);
  g_assert_cmpuint (p, !=, 0);
  g_assert_true (ng_store_contains (st, p, name,
                                    ng_store_lookup_literal (st, "Ada \"L\"", NULL, NULL)));
  g_assert_true (ng_store_contains (st, p, name,
                                    ng_store_lookup_literal (st, "Ada", NULL, "en")));
  g_assert_true (ng_store_contains (st, p, ng_store_lookup_iri (st, NG_SCHEMA_STARTDATE),
                                    ng_store_lookup_literal (st, "2021-09-15", NG_XSD_DATE, NULL)));
  NgTermId anon = ng_store_object (st, p, ng_store_lookup_iri (st, NG_SCHEMA_MEMBEROF));
  g_assert_cmpint (ng_store_term_kind (st, anon), ==, NG_TERM_BLANK);
}

/* Records every quad seen. */
static gboolean
collect_cb (const NgQuad *q, gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, *q);
  return TRUE;
}

/* Named graphs of N-Quads become the source article of their quads. */
static void
test_read_nquads_graphs (Fixture *fx, gconstpointer data)
{
  g_autofree char *path = put_file (fx, "g.nq",
    "<" EX "s> <" EX "p> <" EX "o> <" EX "article/1> .\n"
    "<" EX "s> <" EX "p> <" EX "o> <" EX "article/2> .\n"
    "<" EX "s> <" EX "p> \"lit\" .\n"
    "# a comment\n"
    "\n");
  g_autoptr (NgStore) st = ng_store_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (NgQuad));

  g_assert_true (ng_read_rdf_file (st, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_store_n_quads (st), ==, 3);
  g_assert_cmpuint (ng_store_n_triples (st), ==, 2);
  NgTermId s = ng_store_lookup_iri (st, EX "s");
  NgTermId o = ng_store_lookup_iri (st, EX "o");
  ng_store_match (st, s, 0, o, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 2);
  g_assert_cmpstr (ng_store_term_value (st, g_array_index (got, NgQuad, 0).src.article),
                   ==, EX "article/1");
  g_assert_cmpstr (ng_store_term_value (st, g_array_index (got, NgQuad, 1).src.article),
                   ==, EX "article/2");
  g_array_set_size (got, 0);
  ng_store_match (st, s, 0, ng_store_lookup_literal (st, "lit", NULL, NULL), collect_cb, got);
  g_assert_cmpuint (got->len, ==, 1);
  g_assert_cmpuint (g_array_index (got, NgQuad, 0).src.article, ==, 0);
}

static const struct {
  const char *name;
  const char *text;
  guint line;
} bad_cases[] = {
  { "bad1.ttl", "@prefix ex: <" EX "> .\nex:a ex:b ex:c .\nex:a ex:b \"unterminated .\n", 3 },
  { "bad2.ttl", "@prefix ex: <" EX "> .\n\n\nex:a ex:b undeclared:c .\n", 4 },
  { "bad3.nt", "<" EX "a> <" EX "b> <" EX "c> .\n<" EX "a> <" EX "b> .\n", 2 },
  { "bad4.nq", "<" EX "a> <" EX "b> <" EX "c> <" EX "g> .\n\n<" EX "a> <" EX "b> \"x\" <" EX "g> junk .\n", 3 },
};

/* Syntax errors name the file and the line. */
static void
test_read_parse_errors (Fixture *fx, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = put_file (fx, bad_cases[i].name, bad_cases[i].text);
      g_autofree char *want = g_strdup_printf ("%s:%u: ", path, bad_cases[i].line);
      g_autoptr (NgStore) st = ng_store_new ();
      g_autoptr (GError) error = NULL;

      g_assert_false (ng_read_rdf_file (st, path, &error));
      g_assert_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_PARSE);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, want));
    }
}

/* Missing files and unknown extensions are errors of their own. */
static void
test_read_open_errors (Fixture *fx, gconstpointer data)
{
  g_autofree char *missing = g_build_filename (fx->dir, "missing.ttl", NULL);
  g_autofree char *odd = put_file (fx, "graph.xml", "<rdf/>");
  g_autoptr (NgStore) st = ng_store_new ();
  g_autoptr (GError) error = NULL;

  g_assert_false (ng_read_rdf_file (st, missing, &error));
  g_assert_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_false (ng_read_rdf_file (st, odd, &error));
  g_assert_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (ng_read_rdf_graph (st, fx->dir, &error));
  g_assert_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, fx->dir));
}

/* A folder is read through graph.nq first, then graph.ttl, then graph.nt. */
static void
test_read_graph_folder (Fixture *fx, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *nt = put_file (fx, "graph.nt", "<" EX "nt> <" EX "p> <" EX "o> .\n");

  {
    g_autoptr (NgStore) st = ng_store_new ();
    g_assert_true (ng_read_rdf_graph (st, fx->dir, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ng_store_lookup_iri (st, EX "nt"), !=, 0);
  }
  g_autofree char *ttl = put_file (fx, "graph.ttl", "<" EX "ttl> <" EX "p> <" EX "o> .\n");
  {
    g_autoptr (NgStore) st = ng_store_new ();
    g_assert_true (ng_read_rdf_graph (st, fx->dir, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ng_store_lookup_iri (st, EX "ttl"), !=, 0);
    g_assert_cmpuint (ng_store_lookup_iri (st, EX "nt"), ==, 0);
  }
  g_autofree char *nq = put_file (fx, "graph.nq", "<" EX "nq> <" EX "p> <" EX "o> <" EX "g> .\n");
  {
    g_autoptr (NgStore) st = ng_store_new ();
    g_assert_true (ng_read_rdf_graph (st, fx->dir, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ng_store_lookup_iri (st, EX "nq"), !=, 0);
    g_assert_cmpuint (ng_store_lookup_iri (st, EX "ttl"), ==, 0);
  }
  {
    /* A file is read as itself. */
    g_autoptr (NgStore) st = ng_store_new ();
    g_assert_true (ng_read_rdf_graph (st, nt, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (ng_store_lookup_iri (st, EX "nt"), !=, 0);
  }
}

/* Reading twice into one store adds nothing new. */
static void
test_read_twice (Fixture *fx, gconstpointer data)
{
  g_autofree char *path = put_file (fx, "x.nq",
    "<" EX "s> <" EX "p> \"v\"@en <" EX "g> .\n");
  g_autoptr (NgStore) st = ng_store_new ();
  g_autoptr (GError) error = NULL;
  g_assert_true (ng_read_rdf_file (st, path, &error));
  g_assert_true (ng_read_rdf_file (st, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_store_n_quads (st), ==, 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/read-rdf/turtle", test_read_turtle);
  ADD ("/read-rdf/nquads/graphs-are-articles", test_read_nquads_graphs);
  ADD ("/read-rdf/errors/file-line", test_read_parse_errors);
  ADD ("/read-rdf/errors/open", test_read_open_errors);
  ADD ("/read-rdf/graph/folder", test_read_graph_folder);
  ADD ("/read-rdf/twice", test_read_twice);
#undef ADD
  return g_test_run ();
}
