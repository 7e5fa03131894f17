/* common.h - shared parts of the libFuzzer targets: lexicon loading,
 * article invariants, and the corpus -> store -> writers tail.
 */
#ifndef NEWSGRAPH_FUZZ_COMMON_H
#define NEWSGRAPH_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include <raptor2.h>
#include <graphviz/cgraph.h>
#include "newsgraph/article.h"
#include "newsgraph/facts.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/resolve.h"
#include "newsgraph/store.h"
#include "newsgraph/writer.h"

/* Loads the lexicons: $NG_DATADIR/lexicon, else the source tree's
 * ontology/lexicon found from this_file (tests/fuzz/<name>.c). */
static inline NgLexicon *
fuzz_load_lexicon (const char *this_file)
{
  NgLexicon *lex = ng_lexicon_new ();
  char *dir;
  const char *env = g_getenv ("NG_DATADIR");
  if (env && *env)
    dir = g_build_filename (env, "lexicon", NULL);
  else
    {
      char *here = g_path_get_dirname (this_file);
      dir = g_build_filename (here, "..", "..", "ontology", "lexicon", NULL);
      g_free (here);
    }
  GError *error = NULL;
  if (!ng_lexicon_load_dir (lex, dir, &error))
    {
      fprintf (stderr, "fuzz: cannot load the lexicons in %s: %s\n", dir, error->message);
      abort ();
    }
  g_free (dir);
  return lex;
}

/* Checks what every article must satisfy. */
static inline void
fuzz_check_article (const NgArticle *a)
{
  g_assert_nonnull (a->key);
  g_assert_nonnull (a->text);
  g_assert_true (strlen (a->text) == a->len);
  g_assert_true (g_utf8_validate (a->text, (gssize) a->len, NULL));
  if (a->headline)
    g_assert_true (g_utf8_validate (a->headline, -1, NULL));
  if (a->dateline)
    g_assert_true (g_utf8_validate (a->dateline, -1, NULL));
  if (a->date)
    g_assert_true (strlen (a->date) == 10 || strlen (a->date) == 7);
}

/* Counts the errors raptor reports. */
static void
fuzz_raptor_log (void *user_data, raptor_log_message *message)
{
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR)
    {
      (*(int *) user_data)++;
      fprintf (stderr, "fuzz: raptor: %s\n", message->text);
    }
}

/* Parses an RDF document with raptor2 (syntax "turtle" or "nquads") and
 * aborts if it does not parse. */
static inline void
fuzz_check_rdf (const char *syntax, const char *buf, size_t len)
{
  static raptor_world *world;
  static int errors;
  if (!world)
    {
      world = raptor_new_world ();
      raptor_world_open (world);
      raptor_world_set_log_handler (world, &errors, fuzz_raptor_log);
    }
  errors = 0;
  raptor_parser *p = raptor_new_parser (world, syntax);
  g_assert_nonnull (p);
  raptor_uri *base = raptor_new_uri (world, (const unsigned char *) "http://example.org/base/");
  raptor_parser_parse_start (p, base);
  raptor_parser_parse_chunk (p, (const unsigned char *) buf, len, 1);
  raptor_free_parser (p);
  raptor_free_uri (base);
  if (errors)
    {
      fprintf (stderr, "fuzz: the %s output does not parse:\n%.*s\n", syntax, (int) len, buf);
      abort ();
    }
}

/* Parses a DOT document with cgraph and aborts if it does not parse. */
static inline void
fuzz_check_dot (const char *buf)
{
  Agraph_t *g = agmemread (buf);
  if (!g)
    {
      fprintf (stderr, "fuzz: the DOT output does not parse:\n%s\n", buf);
      abort ();
    }
  agclose (g);
}

/* Runs one writer into a memory stream and checks it wrote something. */
static inline void
fuzz_write (NgStore *store, NgFormat format)
{
  NgWriteOptions wo = { NULL, "graph" };
  GError *error = NULL;
  NgWriter *w = ng_writer_new (format, store, &wo, &error);
  g_assert_no_error (error);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&buf, &len);
  g_assert_nonnull (out);
  gboolean ok = ng_writer_run (w, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (fclose (out) == 0);
  g_assert_true (len > 0);
  g_assert_true (g_utf8_validate (buf, (gssize) len, NULL));
  if (format == NG_FORMAT_TTL)
    fuzz_check_rdf ("turtle", buf, len);
  else if (format == NG_FORMAT_NQ)
    fuzz_check_rdf ("nquads", buf, len);
  else if (format == NG_FORMAT_DOT)
    fuzz_check_dot (buf);
  free (buf);
  ng_writer_free (w);
}

/* Resolves one document alone and writes it as Turtle, N-Quads and DOT. */
static inline void
fuzz_emit_and_write (NgDoc *doc)
{
  g_assert_nonnull (doc);
  NgCorpus *corpus = ng_corpus_new (NULL);
  g_assert_true (ng_corpus_add (corpus, doc));
  NgStore *store = ng_store_new ();
  guint n_ent = 0, n_facts = 0;
  ng_corpus_emit (corpus, store, &n_ent, &n_facts);
  fuzz_write (store, NG_FORMAT_TTL);
  fuzz_write (store, NG_FORMAT_NQ);
  fuzz_write (store, NG_FORMAT_DOT);
  ng_store_free (store);
  ng_corpus_free (corpus);
}

#endif
