/* test-vocab.c - every project term of vocab.h is declared in the ontology. */
#include "config.h"

#include <string.h>
#include <raptor2.h>
#include <glib.h>

#include "newsgraph/vocab.h"

/* Every NG_NS_NG term of vocab.h. */
static const char *const ng_terms[] = {
  NG_NG_MEETING, NG_NG_SUMMIT, NG_NG_COUNCILSESSION, NG_NG_TALKS, NG_NG_VISIT,
  NG_NG_RECEPTION, NG_NG_PARTICIPATION, NG_NG_SENTENCE,
  NG_NG_INPERSON, NG_NG_VIDEOLINK, NG_NG_ATTENDED, NG_NG_PLANNED, NG_NG_ABSENT,
  NG_NG_MEETINGKIND, NG_NG_PARTICIPATION_P, NG_NG_PARTICIPANT, NG_NG_MODE,
  NG_NG_STATUS, NG_NG_ABSENTEE, NG_NG_EVIDENCE, NG_NG_CHAIR, NG_NG_HOST,
  NG_NG_STARTOFFSET, NG_NG_ENDOFFSET, NG_NG_SENTENCEINDEX, NG_NG_KIND,
  NG_NG_CAPITAL, NG_NG_DEMONYM, NG_NG_LEXCOUNTRY, NG_NG_LEXCITY, NG_NG_LEXPLACE,
  NG_NG_LEXORG, NG_NG_LEXTITLE, NG_NG_LEXHONORIFIC, NG_NG_LEXGIVENNAME,
  NG_NG_LEXPERSON, NG_NG_LEXAGENCY, NG_NG_LEXSTOPWORD, NG_NG_INCOUNTRY,
};

typedef struct {
  GHashTable *typed;     /* subject IRI -> set of type IRIs (as "a b c") */
  GHashTable *labelled;  /* subject IRIs with rdfs:label */
  GHashTable *commented; /* subject IRIs with rdfs:comment */
  guint n_errors;
  guint n_statements;
} Parsed;

/* Records rdf:type, rdfs:label and rdfs:comment statements. */
static void
statement_cb (void *user_data, raptor_statement *st)
{
  Parsed *p = user_data;
  const char *s, *pred;

  p->n_statements++;
  if (st->subject->type != RAPTOR_TERM_TYPE_URI)
    return;
  s = (const char *) raptor_uri_as_string (st->subject->value.uri);
  pred = (const char *) raptor_uri_as_string (st->predicate->value.uri);
  if (strcmp (pred, NG_RDF_TYPE) == 0 && st->object->type == RAPTOR_TERM_TYPE_URI)
    {
      const char *o = (const char *) raptor_uri_as_string (st->object->value.uri);
      const char *old = g_hash_table_lookup (p->typed, s);
      g_hash_table_insert (p->typed, g_strdup (s),
                           g_strconcat (old ? old : "", " ", o, " ", NULL));
    }
  else if (strcmp (pred, NG_RDFS_LABEL) == 0)
    g_hash_table_add (p->labelled, g_strdup (s));
  else if (strcmp (pred, NG_NS_RDFS "comment") == 0)
    g_hash_table_add (p->commented, g_strdup (s));
}

/* Counts raptor errors. */
static void
log_cb (void *user_data, raptor_log_message *message)
{
  Parsed *p = user_data;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR)
    {
      p->n_errors++;
      g_test_message ("raptor: %s", message->text);
    }
}

/* Parses ontology/newsgraph.ttl. */
static void
parse_ontology (Parsed *p)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "ontology",
                                                 "newsgraph.ttl", NULL);
  raptor_world *world = raptor_new_world ();
  raptor_world_set_log_handler (world, p, log_cb);
  raptor_world_open (world);
  raptor_parser *parser = raptor_new_parser (world, "turtle");
  unsigned char *uri_string = raptor_uri_filename_to_uri_string (path);
  raptor_uri *base = raptor_new_uri (world, uri_string);
  FILE *in = fopen (path, "rb");

  g_assert_nonnull (in);
  raptor_parser_set_statement_handler (parser, p, statement_cb);
  g_assert_cmpint (raptor_parser_parse_file_stream (parser, in, path, base), ==, 0);
  fclose (in);
  raptor_free_uri (base);
  raptor_free_memory (uri_string);
  raptor_free_parser (parser);
  raptor_free_world (world);
}

/* Every project term is declared, labelled and commented. */
static void
test_ontology_declares_terms (void)
{
  Parsed p = { 0 };
  p.typed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  p.labelled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.commented = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  parse_ontology (&p);
  g_assert_cmpuint (p.n_errors, ==, 0);
  g_assert_cmpuint (p.n_statements, >, 100);
  g_assert_nonnull (g_hash_table_lookup (p.typed, NG_NS_NG));
  g_assert_nonnull (strstr (g_hash_table_lookup (p.typed, NG_NS_NG), NG_NS_OWL "Ontology"));

  for (guint i = 0; i < G_N_ELEMENTS (ng_terms); i++)
    {
      const char *types = g_hash_table_lookup (p.typed, ng_terms[i]);
      if (types == NULL)
        g_test_message ("not declared: %s", ng_terms[i]);
      g_assert_nonnull (types);
      g_assert_true (g_hash_table_contains (p.labelled, ng_terms[i]));
      g_assert_true (g_hash_table_contains (p.commented, ng_terms[i]));
    }
  /* Modes and statuses are individuals of the right class. */
  g_assert_nonnull (strstr (g_hash_table_lookup (p.typed, NG_NG_VIDEOLINK),
                            NG_NS_NG "ParticipationMode"));
  g_assert_nonnull (strstr (g_hash_table_lookup (p.typed, NG_NG_PLANNED),
                            NG_NS_NG "ParticipationStatus"));
  g_assert_nonnull (strstr (g_hash_table_lookup (p.typed, NG_NG_SUMMIT),
                            NG_NS_OWL "Class"));
  g_assert_nonnull (strstr (g_hash_table_lookup (p.typed, NG_NG_CHAIR),
                            NG_NS_OWL "ObjectProperty"));

  g_hash_table_unref (p.typed);
  g_hash_table_unref (p.labelled);
  g_hash_table_unref (p.commented);
}

/* The prefix table is terminated, unique, and holds the project's prefix. */
static void
test_prefixes (void)
{
  const NgPrefix *px = ng_vocab_prefixes ();
  gboolean have_ng = FALSE, have_schema = FALSE;
  guint n = 0;

  for (; px->prefix != NULL; px++, n++)
    {
      g_assert_nonnull (px->ns);
      for (const NgPrefix *q = px + 1; q->prefix != NULL; q++)
        {
          g_assert_cmpstr (px->prefix, !=, q->prefix);
          g_assert_cmpstr (px->ns, !=, q->ns);
        }
      if (strcmp (px->prefix, "ng") == 0)
        have_ng = strcmp (px->ns, NG_NS_NG) == 0;
      if (strcmp (px->prefix, "schema") == 0)
        have_schema = strcmp (px->ns, NG_NS_SCHEMA) == 0;
    }
  g_assert_true (have_ng);
  g_assert_true (have_schema);
  g_assert_cmpuint (n, >=, 9);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vocab/ontology/declares-every-term", test_ontology_declares_terms);
  g_test_add_func ("/vocab/prefixes/table", test_prefixes);
  return g_test_run ();
}
