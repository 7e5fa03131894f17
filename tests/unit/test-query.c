/* test-query.c - unit tests of SPARQL over the store (query.c). */
#include <string.h>
#include <glib.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "newsgraph/query.h"
#include "newsgraph/store.h"
#include "newsgraph/vocab.h"
#include "newsgraph/writer.h"

#define PFX "PREFIX schema: <" NG_NS_SCHEMA "> "
#define ID(path) NG_DEFAULT_BASE path

/* Builds the sample: two people, one stated by an article (its own named
 * graph), one corpus-level; an article with a date; a sentence whose text
 * needs escaping. */
static NgStore *
sample_store (void)
{
  NgStore *s = ng_store_new ();
  NgSource art = { ng_store_iri (s, ID ("article/a1")), 0, 0, 0 };
  NgTermId anna = ng_store_iri (s, ID ("person/anna-berg"));
  NgTermId jose = ng_store_iri (s, ID ("person/jose-nunez"));
  NgTermId a1 = art.article;
  NgTermId sent = ng_store_iri (s, ID ("sentence/a1/0"));
  ng_store_add_iri (s, anna, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL);
  ng_store_add_literal (s, anna, NG_SCHEMA_NAME, "Anna Berg", NULL, NULL, NULL);
  ng_store_add_iri (s, jose, NG_RDF_TYPE, NG_SCHEMA_PERSON, &art);
  ng_store_add_literal (s, jose, NG_SCHEMA_NAME, "José Núñez", NULL, NULL, &art);
  ng_store_add_literal (s, jose, NG_SCHEMA_ALTNAME, "Núñez", NULL, "es", &art);
  ng_store_add_iri (s, a1, NG_RDF_TYPE, NG_SCHEMA_NEWSARTICLE, &art);
  ng_store_add_literal (s, a1, NG_SCHEMA_DATEPUB, "2024-10-22", NG_XSD_DATE, NULL, &art);
  ng_store_add_literal (s, sent, NG_SCHEMA_TEXT, "Said \"hi\",\tthen left", NULL, NULL, &art);
  return s;
}

/* Runs a query that must succeed and returns its output. */
static char *
run_ok (NgStore *s, const char *q, NgQueryFormat f)
{
  g_autoptr (GError) error = NULL;
  GString *out = g_string_new (NULL);
  gboolean ok = ng_query_run (s, q, f, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return g_string_free (out, FALSE);
}

static const char *people_q =
  PFX "SELECT ?p ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n";

/* TSV: header with '?', IRIs in <>, literals quoted. */
static void
test_tsv (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, people_q, NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (out, ==,
                   "?p\t?n\n"
                   "<" ID ("person/anna-berg") ">\t\"Anna Berg\"\n"
                   "<" ID ("person/jose-nunez") ">\t\"José Núñez\"\n");
}

/* TSV escapes tabs and quotes inside literals; shows language tags. */
static void
test_tsv_escape (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, PFX "SELECT ?t WHERE { ?x schema:text ?t }", NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (out, ==, "?t\n\"Said \\\"hi\\\",\\tthen left\"\n");
  g_autofree char *alt = run_ok (s, PFX "SELECT ?a WHERE { ?x schema:alternateName ?a }", NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (alt, ==, "?a\n\"Núñez\"@es\n");
}

/* CSV: plain values, RFC 4180 quoting, CRLF line ends. */
static void
test_csv (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, people_q, NG_QUERY_FORMAT_CSV);
  g_assert_cmpstr (out, ==,
                   "p,n\r\n"
                   ID ("person/anna-berg") ",Anna Berg\r\n"
                   ID ("person/jose-nunez") ",José Núñez\r\n");
  g_autofree char *q = run_ok (s, PFX "SELECT ?t WHERE { ?x schema:text ?t }", NG_QUERY_FORMAT_CSV);
  g_assert_cmpstr (q, ==, "t\r\n\"Said \"\"hi\"\",\tthen left\"\r\n");
}

/* JSON: SPARQL 1.1 results with types, datatypes and languages. */
static void
test_json (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s,
    PFX "SELECT ?a ?d ?l WHERE { ?a schema:datePublished ?d . OPTIONAL { ?a schema:nothing ?z } "
    "?p schema:alternateName ?l }", NG_QUERY_FORMAT_JSON);
  g_assert_cmpstr (out, ==,
    "{\"head\":{\"vars\":[\"a\",\"d\",\"l\"]},\"results\":{\"bindings\":[{"
    "\"a\":{\"type\":\"uri\",\"value\":\"" ID ("article/a1") "\"},"
    "\"d\":{\"type\":\"literal\",\"value\":\"2024-10-22\",\"datatype\":\"" NG_XSD_DATE "\"},"
    "\"l\":{\"type\":\"literal\",\"value\":\"Núñez\",\"xml:lang\":\"es\"}}]}}\n");
}

/* An unbound variable is left out of its JSON row and empty in TSV. */
static void
test_unbound (void)
{
  g_autoptr (NgStore) s = sample_store ();
  const char *q = PFX "SELECT ?n ?a WHERE { ?p schema:name ?n OPTIONAL { ?p schema:alternateName ?a } } ORDER BY ?n";
  g_autofree char *tsv = run_ok (s, q, NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (tsv, ==, "?n\t?a\n\"Anna Berg\"\t\n\"José Núñez\"\t\"Núñez\"@es\n");
  g_autofree char *json = run_ok (s, q, NG_QUERY_FORMAT_JSON);
  g_assert_nonnull (strstr (json, "[{\"n\":{\"type\":\"literal\",\"value\":\"Anna Berg\"}},"));
}

/* Numbers computed by the query come out bare in TSV. */
static void
test_count (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, PFX "SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:Person }",
                                 NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (out, ==, "?n\n2\n");
}

/* The table aligns columns and abbreviates IRIs with the usual prefixes. */
static void
test_table (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, PFX "SELECT ?n ?t WHERE { ?p schema:name ?n ; a ?t } ORDER BY ?n",
                                 NG_QUERY_FORMAT_TABLE);
  g_assert_cmpstr (out, ==,
                   "?n          ?t\n"
                   "----------  -------------\n"
                   "Anna Berg   schema:Person\n"
                   "José Núñez  schema:Person\n");
}

/* ASK answers true or false, in every format. */
static void
test_ask (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *yes = run_ok (s, PFX "ASK { ?p schema:name \"Anna Berg\" }", NG_QUERY_FORMAT_TSV);
  g_autofree char *no = run_ok (s, PFX "ASK { ?p schema:name \"Nobody\" }", NG_QUERY_FORMAT_TABLE);
  g_autofree char *json = run_ok (s, PFX "ASK { ?p a schema:Person }", NG_QUERY_FORMAT_JSON);
  g_autofree char *exact = run_ok (s, PFX "ASK { <" ID ("person/anna-berg") "> a schema:Person }",
                                   NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (yes, ==, "true\n");
  g_assert_cmpstr (no, ==, "false\n");
  g_assert_cmpstr (json, ==, "{\"head\":{},\"boolean\":true}\n");
  g_assert_cmpstr (exact, ==, "true\n");
}

/* GRAPH ?g sees only what an article states; the default graph sees all. */
static void
test_named_graphs (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, PFX "SELECT ?g ?p WHERE { GRAPH ?g { ?p a schema:Person } }",
                                 NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (out, ==, "?g\t?p\n<" ID ("article/a1") ">\t<" ID ("person/jose-nunez") ">\n");
  g_autofree char *fixed = run_ok (s, PFX "SELECT ?n WHERE { GRAPH <" ID ("article/a1") "> { ?p schema:name ?n } }",
                                   NG_QUERY_FORMAT_CSV);
  g_assert_cmpstr (fixed, ==, "n\r\nJosé Núñez\r\n");
}

/* CONSTRUCT gives N-Triples. */
static void
test_construct (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s,
    PFX "CONSTRUCT { ?p schema:name ?n } WHERE { ?p schema:name ?n FILTER(?n = \"Anna Berg\") }",
    NG_QUERY_FORMAT_TABLE);
  g_assert_cmpstr (out, ==, "<" ID ("person/anna-berg") "> <" NG_SCHEMA_NAME "> \"Anna Berg\" .\n");
}

/* DESCRIBE of an IRI gives the triples about it, once each. */
static void
test_describe (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *out = run_ok (s, "DESCRIBE <" ID ("person/anna-berg") ">", NG_QUERY_FORMAT_JSON);
  g_assert_cmpstr (out, ==,
                   "<" ID ("person/anna-berg") "> <" NG_RDF_TYPE "> <" NG_SCHEMA_PERSON "> .\n"
                   "<" ID ("person/anna-berg") "> <" NG_SCHEMA_NAME "> \"Anna Berg\" .\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) buf = g_string_new (NULL);
  g_assert_false (ng_query_run (s, "DESCRIBE ?x WHERE { ?x ?p ?o }", NG_QUERY_FORMAT_TSV, buf, &error));
  g_assert_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE);
}

/* A syntax error names the line and the column of the bad token. */
static void
test_syntax_error (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  gboolean ok = ng_query_run (s, "SELECT ?x\nWHERE { ?x ?y }\n", NG_QUERY_FORMAT_TSV, out, &error);
  g_assert_false (ok);
  g_assert_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "query:2:15: "));
  g_assert_cmpuint (out->len, ==, 0);
  g_clear_error (&error);
  ok = ng_query_run (s, "SELECT ?x WHERE { ?x foo:bar ?y }", NG_QUERY_FORMAT_TSV, out, &error);
  g_assert_false (ok);
  g_assert_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "query:1:22: "));
}

/* An empty graph answers with the header only. */
static void
test_empty (void)
{
  g_autoptr (NgStore) s = ng_store_new ();
  const char *q = "SELECT ?s ?o WHERE { ?s ?p ?o }";
  g_autofree char *tsv = run_ok (s, q, NG_QUERY_FORMAT_TSV);
  g_autofree char *csv = run_ok (s, q, NG_QUERY_FORMAT_CSV);
  g_autofree char *json = run_ok (s, q, NG_QUERY_FORMAT_JSON);
  g_autofree char *table = run_ok (s, q, NG_QUERY_FORMAT_TABLE);
  g_autofree char *ask = run_ok (s, "ASK { ?s ?p ?o }", NG_QUERY_FORMAT_TSV);
  g_assert_cmpstr (tsv, ==, "?s\t?o\n");
  g_assert_cmpstr (csv, ==, "s,o\r\n");
  g_assert_cmpstr (json, ==, "{\"head\":{\"vars\":[\"s\",\"o\"]},\"results\":{\"bindings\":[]}}\n");
  g_assert_cmpstr (table, ==, "?s  ?o\n--  --\n");
  g_assert_cmpstr (ask, ==, "false\n");
}

/* Format names parse; unknown ones are refused. */
static void
test_format_parse (void)
{
  NgQueryFormat f = NG_QUERY_FORMAT_TABLE;
  g_autoptr (GError) error = NULL;
  g_assert_true (ng_query_format_parse ("json", &f, NULL));
  g_assert_cmpint (f, ==, NG_QUERY_FORMAT_JSON);
  g_assert_true (ng_query_format_parse ("CSV", &f, NULL));
  g_assert_cmpint (f, ==, NG_QUERY_FORMAT_CSV);
  g_assert_false (ng_query_format_parse ("xml", &f, &error));
  g_assert_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_FORMAT);
}

/* Runs the program; returns its exit status, stdout and stderr. */
static int
run_cli (const char *const *argv, char **out, char **err)
{
  int status = -1;
  g_autoptr (GError) error = NULL;
  gboolean ok = g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                              out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* The query command over a graph folder written by the writers. */
static void
test_cli (void)
{
  const char *prog = g_getenv ("NEWSGRAPH");
  if (!prog)
    {
      g_test_skip ("NEWSGRAPH is not set");
      return;
    }
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ng-query-XXXXXX", &error);
  g_assert_no_error (error);
  g_autoptr (NgStore) s = sample_store ();
  g_assert_true (ng_writer_write_all (s, dir, NG_FORMAT_NQ, NULL, &error));
  g_assert_no_error (error);

  g_autofree char *out = NULL, *err = NULL;
  const char *argv1[] = { prog, "query", dir, PFX "SELECT ?g ?n WHERE { GRAPH ?g { ?p schema:name ?n } }", NULL };
  g_assert_cmpint (run_cli (argv1, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "?g\t?n\n<" ID ("article/a1") ">\t\"José Núñez\"\n");

  g_autofree char *qfile = g_build_filename (dir, "q.rq", NULL);
  g_assert_true (g_file_set_contents (qfile, "SELECT ?x\nWHERE { ?x }\n", -1, &error));
  g_autofree char *at = g_strconcat ("@", qfile, NULL);
  g_autofree char *out2 = NULL, *err2 = NULL;
  const char *argv2[] = { prog, "query", dir, at, NULL };
  g_assert_cmpint (run_cli (argv2, &out2, &err2), ==, 2);
  g_assert_true (g_str_has_prefix (err2, "newsgraph: query:2:"));
  g_assert_cmpstr (out2, ==, "");

  g_autofree char *out3 = NULL, *err3 = NULL;
  const char *argv3[] = { prog, "query", dir, "ASK { ?s ?p ?o }", "--format", "json", NULL };
  g_assert_cmpint (run_cli (argv3, &out3, &err3), ==, 0);
  g_assert_cmpstr (out3, ==, "{\"head\":{},\"boolean\":true}\n");

  g_autofree char *nq = g_build_filename (dir, "graph.nq", NULL);
  g_remove (nq);
  g_remove (qfile);
  g_rmdir (dir);
}

/* roqet (rasqal over a parsed Turtle file) gives the same CSV rows. */
static void
test_roqet_oracle (void)
{
  g_autofree char *roqet = g_find_program_in_path ("roqet");
  if (!roqet)
    {
      g_test_skip ("roqet is not installed");
      return;
    }
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ng-query-XXXXXX", &error);
  g_assert_no_error (error);
  g_autoptr (NgStore) s = sample_store ();
  g_assert_true (ng_writer_write_all (s, dir, NG_FORMAT_TTL, NULL, &error));
  g_assert_no_error (error);
  const char *q = PFX "SELECT ?p ?n ?t WHERE { ?p schema:name ?n OPTIONAL { ?p a ?t } } ORDER BY ?n";
  g_autofree char *qfile = g_build_filename (dir, "q.rq", NULL);
  g_autofree char *ttl = g_build_filename (dir, "graph.ttl", NULL);
  g_assert_true (g_file_set_contents (qfile, q, -1, &error));
  const char *argv[] = { roqet, "-q", "-i", "sparql", "-r", "csv", "-D", ttl, qfile, NULL };
  g_autofree char *want = NULL, *err = NULL;
  g_assert_cmpint (run_cli (argv, &want, &err), ==, 0);
  g_autofree char *got = run_ok (s, q, NG_QUERY_FORMAT_CSV);
  g_assert_cmpstr (got, ==, want);
  g_remove (qfile);
  g_remove (ttl);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/query/select/tsv", test_tsv);
  g_test_add_func ("/query/select/tsv-escapes", test_tsv_escape);
  g_test_add_func ("/query/select/csv", test_csv);
  g_test_add_func ("/query/select/json", test_json);
  g_test_add_func ("/query/select/unbound", test_unbound);
  g_test_add_func ("/query/select/count-bare", test_count);
  g_test_add_func ("/query/select/table", test_table);
  g_test_add_func ("/query/ask/true-false", test_ask);
  g_test_add_func ("/query/graph/named", test_named_graphs);
  g_test_add_func ("/query/construct/ntriples", test_construct);
  g_test_add_func ("/query/describe/iri", test_describe);
  g_test_add_func ("/query/error/syntax-line-column", test_syntax_error);
  g_test_add_func ("/query/empty/header-only", test_empty);
  g_test_add_func ("/query/format/parse", test_format_parse);
  g_test_add_func ("/query/oracle/roqet-csv", test_roqet_oracle);
  g_test_add_func ("/query/cli/end-to-end", test_cli);
  return g_test_run ();
}
