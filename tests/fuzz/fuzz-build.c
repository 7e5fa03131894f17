/* fuzz-build.c - libFuzzer target: bytes -> article -> facts -> corpus ->
 * store -> Turtle, N-Quads and DOT writers.
 *
 * The lexicons are read once, from $NG_DATADIR/lexicon if set, else from
 * the source tree this file lives in.
 */
#include "config.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib.h>
#include "newsgraph/article.h"
#include "newsgraph/facts.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/resolve.h"
#include "newsgraph/store.h"
#include "newsgraph/writer.h"
#include "common.h"

static NgLexicon *fuzz_lex;
static NgExtractor *fuzz_ex;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  fuzz_lex = fuzz_load_lexicon (__FILE__);
  fuzz_ex = ng_extractor_new (fuzz_lex);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  GError *error = NULL;
  NgArticle *a = ng_article_from_bytes ("fuzz.txt", (const char *) data, size, &error);
  if (!a)
    {
      g_assert_nonnull (error);
      g_error_free (error);
      return 0;
    }
  fuzz_check_article (a);
  NgDoc *doc = ng_extractor_run (fuzz_ex, a);
  ng_article_free (a);
  fuzz_emit_and_write (doc);
  return 0;
}
