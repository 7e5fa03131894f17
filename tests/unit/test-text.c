/* test-text.c - tokens, flags, byte offsets and sentence ends. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/text.h"

/* Returns the token texts joined by '|'. */
static char *
join_tokens (const NgText *t)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < t->tokens->len; i++)
    {
      const NgToken *tok = &g_array_index (t->tokens, NgToken, i);
      if (i)
        g_string_append_c (out, '|');
      g_string_append_len (out, t->text + tok->start, ng_token_len (tok));
    }
  return g_string_free (out, FALSE);
}

/* Returns the sentence texts joined by " // ". */
static char *
join_sentences (const NgText *t)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < t->sentences->len; i++)
    {
      const NgSentenceSpan *sp = &g_array_index (t->sentences, NgSentenceSpan, i);
      if (i)
        g_string_append (out, " // ");
      g_string_append_len (out, t->text + sp->start, sp->end - sp->start);
    }
  return g_string_free (out, FALSE);
}

/* Returns the index of the first token whose text is word, or -1. */
static gint
find_token (const NgText *t, const char *word)
{
  for (guint i = 0; i < t->tokens->len; i++)
    if (ng_token_is (t, i, word))
      return (gint) i;
  return -1;
}

/* Returns token i. */
static const NgToken *
tok_at (const NgText *t, gint i)
{
  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (i, <, (gint) t->tokens->len);
  return &g_array_index (t->tokens, NgToken, i);
}

/* Checks every invariant of a tokenization: tokens in order, inside the
 * text, on character boundaries, never empty; sentences cover their tokens. */
static void
check_invariants (const NgText *t)
{
  guint32 prev_end = 0;
  for (guint i = 0; i < t->tokens->len; i++)
    {
      const NgToken *tok = &g_array_index (t->tokens, NgToken, i);
      g_assert_cmpuint (tok->start, <, tok->end);
      g_assert_cmpuint (tok->start, >=, prev_end);
      g_assert_cmpuint (tok->end, <=, t->len);
      g_assert_true (g_utf8_validate_len (t->text + tok->start, ng_token_len (tok), NULL));
      prev_end = tok->end;
    }
  guint next_first = 0;
  for (guint i = 0; i < t->sentences->len; i++)
    {
      const NgSentenceSpan *sp = &g_array_index (t->sentences, NgSentenceSpan, i);
      g_assert_cmpuint (sp->first, ==, next_first);
      g_assert_cmpuint (sp->n, >, 0);
      const NgToken *f = &g_array_index (t->tokens, NgToken, sp->first);
      const NgToken *l = &g_array_index (t->tokens, NgToken, sp->first + sp->n - 1);
      g_assert_cmpuint (sp->start, ==, f->start);
      g_assert_cmpuint (sp->end, ==, l->end);
      next_first = sp->first + sp->n;
    }
  g_assert_cmpuint (next_first, ==, t->tokens->len);
}

/* Tokenizes s into t and checks the invariants. */
static void
tokenize (NgText *t, const char *s)
{
  ng_text_tokenize (t, s, strlen (s));
  check_invariants (t);
}

/* Words, numbers and punctuation, with the text at [start,end) the word. */
static void
test_tokens_offsets (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  const char *s = "The minister met 12 envoys, then left.";
  tokenize (t, s);
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "The|minister|met|12|envoys|,|then|left|.");
  const NgToken *tok = tok_at (t, 1);
  g_assert_cmpuint (tok->start, ==, 4);
  g_assert_cmpuint (tok->end, ==, 12);
  g_assert_cmpint (tok->kind, ==, NG_TOK_WORD);
  g_assert_cmpint (tok_at (t, 3)->kind, ==, NG_TOK_NUMBER);
  g_assert_cmpint (tok_at (t, 5)->kind, ==, NG_TOK_PUNCT);
  g_assert_true (tok_at (t, 0)->flags & NG_TF_LINESTART);
  g_assert_false (tok_at (t, 1)->flags & NG_TF_LINESTART);
  g_assert_cmpuint (t->sentences->len, ==, 1);
}

/* ng_token_is compares whole tokens ignoring ASCII case. */
static void
test_token_is (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "Summit held");
  g_assert_true (ng_token_is (t, 0, "summit"));
  g_assert_true (ng_token_is (t, 0, "SUMMIT"));
  g_assert_false (ng_token_is (t, 0, "sum"));
  g_assert_false (ng_token_is (t, 0, "summits"));
  g_assert_false (ng_token_is (t, 7, "held"));
}

/* Possessive 's and ’s are left out of the span and flagged. */
static void
test_possessive (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "Russia's envoy met Kazakhstan\u2019s leader and the Nations\u2019 chief.");
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "Russia|envoy|met|Kazakhstan|leader|and|the|Nations|chief|.");
  g_assert_true (tok_at (t, 0)->flags & NG_TF_POSS);
  g_assert_true (tok_at (t, 3)->flags & NG_TF_POSS);
  g_assert_true (tok_at (t, 7)->flags & NG_TF_POSS);
  g_assert_false (tok_at (t, 1)->flags & NG_TF_POSS);
  g_assert_cmpuint (tok_at (t, 0)->end, ==, 6);
  /* Not possessive: O'Brien and "it's" stay whole. */
  tokenize (t, "O'Brien spoke.");
  g_autofree char *got2 = join_tokens (t);
  g_assert_cmpstr (got2, ==, "O'Brien|spoke|.");
  g_assert_false (tok_at (t, 0)->flags & NG_TF_POSS);
}

/* Abbreviations, titles and initials do not end a sentence. */
/* "C5+1", "ASEAN+3", "the 2+2 talks", "5+5 Dialogue": one word; a time
 * zone's plus and a longer sum are not. */
static void
test_plus_names (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "The C5+1 and ASEAN+3 ministers met at 10:00 GMT+1, as OPEC+ said 2+2 talks end; 12+30 is a sum.");
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "The|C5+1|and|ASEAN+3|ministers|met|at|10:00|GMT|+|1|,|as|OPEC|+|said|2+2|talks|end|;|12|+|30|is|a|sum|.");
  g_assert_true (g_array_index (t->tokens, NgToken, 16).flags & NG_TF_CAP);
}

static void
test_abbrev_no_end (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "Gen. Ivanov and Mr. Brown met U.S. officials with X. Y. Smith on Monday.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "Gen.|Ivanov|and|Mr.|Brown|met|U.S.|officials|with|X.|Y.|Smith|on|Monday|.");
  g_assert_true (tok_at (t, 0)->flags & NG_TF_ABBREV);
  g_assert_true (tok_at (t, 6)->flags & NG_TF_ABBREV);
  g_assert_true (tok_at (t, 9)->flags & NG_TF_INITIAL);
  g_assert_true (tok_at (t, 10)->flags & NG_TF_INITIAL);
  g_assert_false (tok_at (t, 11)->flags & NG_TF_INITIAL);

  /* Letters and dots after a hyphen: "Mekong-U.S." is one word. */
  tokenize (t, "Ministers of the Mekong-U.S. Partnership met in Kuala Lumpur.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  g_autofree char *mk = join_tokens (t);
  g_assert_cmpstr (mk, ==, "Ministers|of|the|Mekong-U.S.|Partnership|met|in|Kuala|Lumpur|.");

  /* A title before a capitalized name stays in the sentence. */
  tokenize (t, "The talks were led by Dr. Chen. They ended late.");
  g_autofree char *s1 = join_sentences (t);
  g_assert_cmpstr (s1, ==, "The talks were led by Dr. Chen. // They ended late.");
}

/* A quote after a full stop closes the sentence when it follows the stop
 * ('said "yes."'), and opens the next one after a blank ('on Wednesday.
 * "Poland is ...'). */
static void
test_quote_after_stop (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "They met in Tallinn on Wednesday. \"Poland is an ally,\" he said.");
  g_autofree char *s1 = join_sentences (t);
  g_assert_cmpstr (s1, ==, "They met in Tallinn on Wednesday. // \"Poland is an ally,\" he said.");
  tokenize (t, "He said: \"We agree.\" Then they left.");
  g_autofree char *s2 = join_sentences (t);
  g_assert_cmpstr (s2, ==, "He said: \"We agree.\" // Then they left.");
  tokenize (t, "They met on Monday. \u201cWe agree,\u201d he said.");
  g_autofree char *s3 = join_sentences (t);
  g_assert_cmpstr (s3, ==, "They met on Monday. // \u201cWe agree,\u201d he said.");
}

/* An abbreviation that ends a sentence: "the U.S. The next" is two sentences. */
static void
test_abbrev_at_end (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "He flew to the U.S. The next day he returned.");
  g_autofree char *s1 = join_sentences (t);
  g_assert_cmpstr (s1, ==, "He flew to the U.S. // The next day he returned.");
  tokenize (t, "Talks were held in the U.K. In London they met again.");
  g_autofree char *s2 = join_sentences (t);
  g_assert_cmpstr (s2, ==, "Talks were held in the U.K. // In London they met again.");
  /* A capitalized noun after U.K. may be part of a name: kept together. */
  tokenize (t, "The U.K. Ministers met.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* Words that are also abbreviations end sentences when lowercase. */
  tokenize (t, "The envoy said no. Talks went on where he sat. The end.");
  g_autofree char *s4 = join_sentences (t);
  g_assert_cmpstr (s4, ==, "The envoy said no. // Talks went on where he sat. // The end.");
  tokenize (t, "See No. 5 on Sat. March.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* Before a name the dot is part of U.S. and the sentence goes on. */
  tokenize (t, "The U.S. Senate met.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* A lowercase word after the abbreviation never starts a sentence. */
  tokenize (t, "It came from the U.S. and stayed.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* "Jr." ends a name, and before a capital its sentence; not before a
   * lowercase word */
  tokenize (t, "It was attended by Ferdinand Marcos Jr. Lao Foreign Minister X also took part.");
  g_autofree char *jr = join_sentences (t);
  g_assert_cmpstr (jr, ==, "It was attended by Ferdinand Marcos Jr. // Lao Foreign Minister X also took part.");
  tokenize (t, "Robert F. Kennedy Jr. said so.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* "Md." (Mohammad) before a name, as "Ma." */
  tokenize (t, "It was attended by Adviser for Foreign Affairs Md. Touhid Hossain and others.");
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* "etc." at the end of a sentence. */
  tokenize (t, "They discussed trade, energy, etc. The talks ended.");
  g_autofree char *s3 = join_sentences (t);
  g_assert_cmpstr (s3, ==, "They discussed trade, energy, etc. // The talks ended.");
  /* An initial glued to a name ("A.Rudenko") is no abbreviation: the dot
   * after it ends the sentence and is not part of the name. */
  tokenize (t, "Minister B.Battsetseg received A.Rudenko. The sides talked.");
  g_autofree char *s5 = join_sentences (t);
  g_assert_cmpstr (s5, ==, "Minister B.Battsetseg received A.Rudenko. // The sides talked.");
  g_autofree char *g5 = join_tokens (t);
  g_assert_true (strstr (g5, "|A.Rudenko|.|") != NULL);
  /* ("Ma." is Maria before a Filipino name, not a sentence's end) */
  tokenize (t, "He left Acting Trade Secretary Ma. Cristina Roque in charge. The talks ended.");
  g_assert_cmpuint (t->sentences->len, ==, 2);
  /* (and a Mongolian initial of two letters: "Ch.Altangerel") */
  tokenize (t, "Ambassador Ch.Altangerel met Ts.Davaasuren. The sides talked.");
  g_autofree char *g6 = join_tokens (t);
  g_assert_true (strstr (g6, "|Ch.Altangerel|met|Ts.Davaasuren|.|") != NULL);
  g_assert_cmpuint (t->sentences->len, ==, 2);
  /* A dot before a comma ends no sentence: "Kananaskis, Alta., in June". */
  tokenize (t, "They will meet in Kananaskis, Alta., in June. Talks follow.");
  g_assert_cmpuint (t->sentences->len, ==, 2);
}

/* A line break always ends a sentence; ?, ! and . do too. */
static void
test_line_break (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "Headline without a stop\nBody starts here. Is it? Yes!\n\nGen.\nNext");
  g_autofree char *got = join_sentences (t);
  g_assert_cmpstr (got, ==,
                   "Headline without a stop // Body starts here. // Is it? // Yes! // Gen. // Next");
  gint body = find_token (t, "Body");
  g_assert_true (tok_at (t, body)->flags & NG_TF_LINESTART);
  g_assert_true (tok_at (t, find_token (t, "Next"))->flags & NG_TF_LINESTART);
  g_assert_false (tok_at (t, find_token (t, "starts"))->flags & NG_TF_LINESTART);
}

/* Quotes and dashes are tokens of their own; closing quotes stay with
 * the sentence they close. */
static void
test_quotes_dashes (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "\u201CWe agreed,\u201D he said \u2014 and \"left\" -- quickly \u2013 after.");
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==,
                   "\u201C|We|agreed|,|\u201D|he|said|\u2014|and|\"|left|\"|--|quickly|\u2013|after|.");
  g_assert_true (tok_at (t, 0)->flags & NG_TF_QUOTE);
  g_assert_true (tok_at (t, 4)->flags & NG_TF_QUOTE);
  g_assert_true (tok_at (t, 7)->flags & NG_TF_DASH);
  g_assert_true (tok_at (t, 12)->flags & NG_TF_DASH);
  g_assert_true (tok_at (t, 14)->flags & NG_TF_DASH);
  g_assert_cmpint (tok_at (t, 7)->kind, ==, NG_TOK_PUNCT);

  /* An apostrophe glued to a word's end, no single quotation open, is
   * no quotation mark ("Dato\u2019 Lim"); single quotation marks that
   * open and close are. */
  tokenize (t, "Dato\u2019 Lim met Dato' Seri Anwar on \u2018the plan\u2019 and 'the deal'.");
  g_autofree char *sq = join_tokens (t);
  g_assert_cmpstr (sq, ==, "Dato|\u2019|Lim|met|Dato|'|Seri|Anwar|on|\u2018|the|plan|\u2019|and|'|the|deal|'|.");
  g_assert_false (tok_at (t, 1)->flags & NG_TF_QUOTE);
  g_assert_false (tok_at (t, 5)->flags & NG_TF_QUOTE);
  g_assert_true (tok_at (t, 9)->flags & NG_TF_QUOTE);
  g_assert_true (tok_at (t, 12)->flags & NG_TF_QUOTE);
  g_assert_true (tok_at (t, 14)->flags & NG_TF_QUOTE);
  g_assert_true (tok_at (t, 17)->flags & NG_TF_QUOTE);

  tokenize (t, "He said: \u201CIt is over.\u201D Then he left.");
  g_autofree char *s = join_sentences (t);
  g_assert_cmpstr (s, ==, "He said: \u201CIt is over.\u201D // Then he left.");
}

/* Decimals, day ranges, times and ordinals stay whole. */
static void
test_numbers (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "Growth was 3.5 percent on 15-17 September at 11:38, and 1,200 came on the 15th.");
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==,
                   "Growth|was|3.5|percent|on|15-17|September|at|11:38|,|and|1,200|came|on|the|15th|.");
  g_assert_cmpint (tok_at (t, 2)->kind, ==, NG_TOK_NUMBER);
  g_assert_cmpint (tok_at (t, 5)->kind, ==, NG_TOK_NUMBER);
  g_assert_cmpint (tok_at (t, 15)->kind, ==, NG_TOK_NUMBER);
  g_assert_cmpuint (t->sentences->len, ==, 1);
  /* A number at a sentence end keeps its full stop apart. */
  tokenize (t, "They met in 2021. Then again.");
  g_autofree char *s = join_sentences (t);
  g_assert_cmpstr (s, ==, "They met in 2021. // Then again.");
}

/* Hyphenated names are one word; case flags. */
static void
test_words_flags (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "Kassym-Jomart Tokayev met CSTO and NATO envoys in Nur-Sultan, not A or x.");
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "Kassym-Jomart|Tokayev|met|CSTO|and|NATO|envoys|in|Nur-Sultan|,|not|A|or|x|.");
  g_assert_true (tok_at (t, 0)->flags & NG_TF_CAP);
  g_assert_false (tok_at (t, 0)->flags & NG_TF_ALLCAPS);
  g_assert_true (tok_at (t, 3)->flags & NG_TF_CAP);
  g_assert_true (tok_at (t, 3)->flags & NG_TF_ALLCAPS);
  g_assert_false (tok_at (t, 2)->flags & NG_TF_CAP);
  g_assert_false (tok_at (t, 2)->flags & NG_TF_ALLCAPS);
  /* One capital letter is not ALLCAPS. */
  g_assert_true (tok_at (t, 11)->flags & NG_TF_CAP);
  g_assert_false (tok_at (t, 11)->flags & NG_TF_ALLCAPS);
  g_assert_false (tok_at (t, 13)->flags & NG_TF_CAP);
  /* "the Pune-based Centre": a modifier, no capitalized name word */
  g_autoptr (NgText) u = ng_text_new ();
  tokenize (u, "a fellow at the Pune-based Centre");
  g_assert_false (tok_at (u, 4)->flags & NG_TF_CAP);
  g_assert_true (tok_at (u, 5)->flags & NG_TF_CAP);
}

/* Cyrillic, accented letters and emoji keep offsets on character boundaries. */
static void
test_multibyte (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  const char *s = "Президент Токаев met Zoë Ñúñez \U0001F600 in Côte d\u2019Ivoire.\u00A0Done.";
  tokenize (t, s);
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "Президент|Токаев|met|Zoë|Ñúñez|\U0001F600|in|Côte|d\u2019Ivoire|.|Done|.");
  g_assert_true (tok_at (t, 0)->flags & NG_TF_CAP);
  g_assert_cmpuint (tok_at (t, 1)->start, ==, strlen ("Президент "));
  g_assert_cmpuint (tok_at (t, 5)->kind, ==, NG_TOK_PUNCT);
  g_assert_cmpuint (ng_token_len (tok_at (t, 5)), ==, 4);
  g_assert_cmpuint (t->sentences->len, ==, 2);
  /* Text ending in the middle of nothing: no tokens, no sentences. */
  tokenize (t, "");
  g_assert_cmpuint (t->tokens->len, ==, 0);
  g_assert_cmpuint (t->sentences->len, ==, 0);
  tokenize (t, " \n\t\n ");
  g_assert_cmpuint (t->tokens->len, ==, 0);
  g_assert_cmpuint (t->sentences->len, ==, 0);
}

/* The state is reused: a second call forgets the first. */
static void
test_reuse (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  tokenize (t, "One two three. Four five.");
  g_assert_cmpuint (t->tokens->len, ==, 7);
  tokenize (t, "Six");
  g_assert_cmpuint (t->tokens->len, ==, 1);
  g_assert_cmpuint (t->sentences->len, ==, 1);
  g_autofree char *got = join_tokens (t);
  g_assert_cmpstr (got, ==, "Six");
}

/* Huge words and lines are tokenized in one pass. */
static void
test_huge (void)
{
  g_autoptr (NgText) t = ng_text_new ();
  gsize n = 3 * 1024 * 1024;
  char *word = g_malloc (n + 1);
  memset (word, 'a', n);
  word[n] = '\0';
  ng_text_tokenize (t, word, n);
  g_assert_cmpuint (t->tokens->len, ==, 1);
  g_assert_cmpuint (tok_at (t, 0)->end, ==, n);
  /* A long dotted chain is one token too. */
  for (gsize i = 1; i < n; i += 2)
    word[i] = '.';
  ng_text_tokenize (t, word, n);
  check_invariants (t);
  g_assert_cmpuint (t->sentences->len, >=, 1);
  g_free (word);

  /* A 20 MB line of short words and stops, without a line break. */
  const char *unit = "Gen. Ab U.S. x 3.5 said. ";
  gsize ul = strlen (unit), m = 20 * 1024 * 1024 / ul;
  GString *line = g_string_sized_new (m * ul + 1);
  for (gsize i = 0; i < m; i++)
    g_string_append_len (line, unit, (gssize) ul);
  ng_text_tokenize (t, line->str, line->len);
  g_assert_cmpuint (t->tokens->len, ==, m * 7);
  g_assert_cmpuint (t->sentences->len, ==, m);
  g_string_free (line, TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/tokens/offsets", test_tokens_offsets);
  g_test_add_func ("/text/tokens/token-is", test_token_is);
  g_test_add_func ("/text/tokens/possessive", test_possessive);
  g_test_add_func ("/text/tokens/plus-names", test_plus_names);
  g_test_add_func ("/text/tokens/quotes-dashes", test_quotes_dashes);
  g_test_add_func ("/text/tokens/numbers", test_numbers);
  g_test_add_func ("/text/tokens/words-flags", test_words_flags);
  g_test_add_func ("/text/tokens/multibyte", test_multibyte);
  g_test_add_func ("/text/tokens/reuse", test_reuse);
  g_test_add_func ("/text/sentences/abbrev-no-end", test_abbrev_no_end);
  g_test_add_func ("/text/sentences/abbrev-at-end", test_abbrev_at_end);
  g_test_add_func ("/text/sentences/line-break", test_line_break);
  g_test_add_func ("/text/sentences/quote-after-stop", test_quote_after_stop);
  g_test_add_func ("/text/huge/word-and-line", test_huge);
  return g_test_run ();
}
