/* test-lexicon.c - loading Turtle lexicons and looking labels up. */
#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "newsgraph/lexicon.h"
#include "newsgraph/fold.h"

/* Loads the tiny test lexicon folder. */
static NgLexicon *
load_tiny (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "lexicon", NULL);
  g_autoptr (GError) error = NULL;
  NgLexicon *lex = ng_lexicon_new ();
  g_assert_true (ng_lexicon_load_dir (lex, dir, &error));
  g_assert_no_error (error);
  return lex;
}

/* The entry of one class a label names, or NULL. */
static const NgLexEntry *
find (const NgLexicon *lex, const char *label, NgLexClass cls)
{
  g_autofree char *k = ng_fold_plain (label);
  const NgLexHit *h = ng_lexicon_find (lex, k, cls);
  return h ? h->entry : NULL;
}

/* Labels are found by their folded key, whatever their case and accents. */
static void
test_lookup (void)
{
  g_autoptr (NgLexicon) lex = load_tiny ();
  g_assert_cmpuint (ng_lexicon_n_entries (lex), ==, 13);

  const NgLexEntry *f = find (lex, "Freedonia", NG_LEX_COUNTRY);
  g_assert_nonnull (f);
  g_assert_cmpstr (f->key, ==, "country-freedonia");
  g_assert_cmpstr (f->pref, ==, "Freedonia");
  g_assert_cmpint (f->cls, ==, NG_LEX_COUNTRY);
  g_assert_true (find (lex, "REPUBLIC OF FREEDONIA", NG_LEX_COUNTRY) == f);

  const NgLexEntry *ci = find (lex, "Cote d'Ivoire", NG_LEX_COUNTRY);
  g_assert_nonnull (ci);
  g_assert_cmpstr (ci->pref, ==, "Côte d’Ivoire");
  g_assert_true (find (lex, "ivory coast", NG_LEX_COUNTRY) == ci);

  const NgLexEntry *tass = find (lex, "itar tass", NG_LEX_AGENCY);
  g_assert_nonnull (tass);
  g_assert_cmpstr (tass->key, ==, "agency-tass");
  const NgLexEntry *mr = find (lex, "Mr", NG_LEX_HONORIFIC);
  g_assert_nonnull (mr);
  g_assert_true (find (lex, "Sergei", NG_LEX_GIVEN) == find (lex, "Sergey", NG_LEX_GIVEN));
  g_assert_nonnull (find (lex, "the", NG_LEX_STOP));
  const NgLexEntry *fm = find (lex, "minister of foreign affairs", NG_LEX_TITLE);
  g_assert_nonnull (fm);
  g_assert_cmpstr (fm->kind, ==, "minister");

  /* A wrong class or an unknown key finds nothing. */
  g_assert_null (find (lex, "Freedonia", NG_LEX_CITY));
  g_assert_null (find (lex, "Sylvania", NG_LEX_COUNTRY));
  g_assert_null (ng_lexicon_lookup (lex, "sylvania"));
  /* Keys are folded: the raw label is not a key. */
  g_assert_null (ng_lexicon_lookup (lex, "Freedonia"));
}

/* One label may name entries of several classes. */
static void
test_ambiguous (void)
{
  g_autoptr (NgLexicon) lex = load_tiny ();
  const GArray *hits = ng_lexicon_lookup (lex, "georgia");
  g_assert_nonnull (hits);
  g_assert_cmpuint (hits->len, ==, 2);
  const NgLexEntry *c = find (lex, "Georgia", NG_LEX_COUNTRY);
  const NgLexEntry *p = find (lex, "Georgia", NG_LEX_PLACE);
  g_assert_nonnull (c);
  g_assert_nonnull (p);
  g_assert_true (c != p);
  g_assert_cmpstr (p->kind, ==, "region");
}

/* Demonyms find their country, marked as demonym hits. */
static void
test_demonym (void)
{
  g_autoptr (NgLexicon) lex = load_tiny ();
  const NgLexHit *h = ng_lexicon_find (lex, "freedonian", NG_LEX_COUNTRY);
  g_assert_nonnull (h);
  g_assert_cmpint (h->how, ==, NG_LEXHIT_DEMONYM);
  g_assert_cmpstr (h->entry->key, ==, "country-freedonia");
  const NgLexHit *l = ng_lexicon_find (lex, "freedonia", NG_LEX_COUNTRY);
  g_assert_cmpint (l->how, ==, NG_LEXHIT_LABEL);
  g_assert_cmpint (ng_lexicon_find (lex, "ivorian", NG_LEX_COUNTRY)->how, ==, NG_LEXHIT_DEMONYM);
}

/* The notation is kept and indexed. */
static void
test_notation (void)
{
  g_autoptr (NgLexicon) lex = load_tiny ();
  const NgLexEntry *o = find (lex, "CSTO", NG_LEX_ORG);
  g_assert_nonnull (o);
  g_assert_cmpstr (o->notation, ==, "CSTO");
  g_assert_cmpstr (o->pref, ==, "Collective Security Treaty Organization");
  g_assert_cmpstr (o->kind, ==, "alliance");
  g_assert_true (find (lex, "collective security treaty organization", NG_LEX_ORG) == o);
  g_assert_null (find (lex, "Freedonia", NG_LEX_COUNTRY)->notation);
}

/* inCountry and capital point across files, whichever is read first. */
static void
test_references (void)
{
  g_autoptr (NgLexicon) lex = load_tiny ();
  const NgLexEntry *city = find (lex, "Fredville", NG_LEX_CITY);
  const NgLexEntry *country = find (lex, "Freedonia", NG_LEX_COUNTRY);
  g_assert_nonnull (city);
  g_assert_true (city->country == country);
  g_assert_true (country->capital == city);
  g_assert_null (country->country);
  g_assert_null (city->capital);
  const NgLexEntry *y = find (lex, "yamoussoukro", NG_LEX_CITY);
  g_assert_true (y->country == find (lex, "Ivory Coast", NG_LEX_COUNTRY));
  g_assert_true (find (lex, "Ivory Coast", NG_LEX_COUNTRY)->capital == y);
  g_assert_true (find (lex, "fred ville", NG_LEX_CITY) == city);
  /* No capital given: none. */
  g_assert_null (find (lex, "Georgia", NG_LEX_COUNTRY)->capital);
}

/* Phrase lengths and first words of phrases. */
static void
test_phrases (void)
{
  g_autoptr (NgLexicon) lex = load_tiny ();
  /* "grand duchy of freedonia and the outer isles" */
  g_assert_cmpuint (ng_lexicon_max_words (lex), ==, 8);
  g_assert_true (ng_lexicon_starts_phrase (lex, "republic"));
  g_assert_true (ng_lexicon_starts_phrase (lex, "collective"));
  g_assert_true (ng_lexicon_starts_phrase (lex, "itar"));
  g_assert_true (ng_lexicon_starts_phrase (lex, "cote"));
  g_assert_false (ng_lexicon_starts_phrase (lex, "freedonia"));
  g_assert_false (ng_lexicon_starts_phrase (lex, "security"));
  g_assert_false (ng_lexicon_starts_phrase (lex, "Republic"));

  g_autoptr (NgLexicon) empty = ng_lexicon_new ();
  g_assert_cmpuint (ng_lexicon_max_words (empty), ==, 0);
  g_assert_cmpuint (ng_lexicon_n_entries (empty), ==, 0);
  g_assert_null (ng_lexicon_lookup (empty, "freedonia"));
  ng_lexicon_free (NULL);
}

/* A syntax error names the file and the line; a missing file fails to open. */
static void
test_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ng-lexicon-XXXXXX", &error);
  g_assert_no_error (error);
  g_autofree char *bad = g_build_filename (dir, "bad.ttl", NULL);
  g_assert_true (g_file_set_contents (bad,
    "@prefix ng: <https://w3id.org/newsgraph/ns#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "<https://w3id.org/newsgraph/lexicon/x> a ng:LexCity ;\n"
    "    skos:prefLabel \"Unclosed ;\n"
    "    skos:altLabel \"X\" .\n", -1, &error));
  g_assert_no_error (error);

  g_autoptr (NgLexicon) lex = ng_lexicon_new ();
  g_assert_false (ng_lexicon_load_file (lex, bad, &error));
  g_assert_error (error, NG_LEXICON_ERROR, NG_LEXICON_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_autofree char *want = g_strdup_printf ("%s:", bad);
  g_assert_true (g_str_has_prefix (error->message, want));
  /* The line is a number from the file (the unclosed string starts on 4). */
  long line = strtol (error->message + strlen (want), NULL, 10);
  g_assert_cmpint (line, >=, 4);
  g_assert_cmpint (line, <=, 6);
  g_clear_error (&error);

  /* A folder holding the bad file fails the same way. */
  g_autoptr (NgLexicon) lex2 = ng_lexicon_new ();
  g_assert_false (ng_lexicon_load_dir (lex2, dir, &error));
  g_assert_error (error, NG_LEXICON_ERROR, NG_LEXICON_ERROR_PARSE);
  g_clear_error (&error);

  g_autofree char *missing = g_build_filename (dir, "missing.ttl", NULL);
  g_assert_false (ng_lexicon_load_file (lex, missing, &error));
  g_assert_error (error, NG_LEXICON_ERROR, NG_LEXICON_ERROR_OPEN);
  g_assert_true (g_str_has_prefix (error->message, missing));
  g_clear_error (&error);

  g_autofree char *nodir = g_build_filename (dir, "nodir", NULL);
  g_assert_false (ng_lexicon_load_dir (lex, nodir, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A subject without a known class is no word of any list. */
  g_autofree char *odd = g_build_filename (dir, "odd.ttl", NULL);
  g_assert_true (g_file_set_contents (odd,
    "@prefix ng: <https://w3id.org/newsgraph/ns#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "<https://w3id.org/newsgraph/lexicon/a> skos:prefLabel \"Nowhere\" ;\n"
    "    a ng:NoSuchClass .\n"
    "<https://w3id.org/newsgraph/lexicon/b> skos:prefLabel \"Somewhere\" ;\n"
    "    a ng:LexCity .\n", -1, &error));
  g_assert_no_error (error);
  g_autoptr (NgLexicon) lex3 = ng_lexicon_new ();
  g_assert_true (ng_lexicon_load_file (lex3, odd, &error));
  g_assert_no_error (error);
  g_assert_null (ng_lexicon_lookup (lex3, "nowhere"));
  g_assert_nonnull (ng_lexicon_find (lex3, "somewhere", NG_LEX_CITY));

  g_unlink (odd);
  g_unlink (bad);
  g_rmdir (dir);
}

/* The bundled lexicons load and know the common names. */
static void
test_bundled (void)
{
  g_autofree char *dir = ng_lexicon_default_dir ();
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("bundled lexicons not found");
      return;
    }
  g_autoptr (NgLexicon) lex = ng_lexicon_new ();
  g_autoptr (GError) error = NULL;
  g_assert_true (ng_lexicon_load_dir (lex, dir, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ng_lexicon_n_entries (lex), >, 100);
  g_assert_nonnull (find (lex, "Belarus", NG_LEX_COUNTRY));
  g_assert_nonnull (find (lex, "TASS", NG_LEX_AGENCY));
  /* a seat of government knows its city */
  const NgLexEntry *pl = find (lex, "Planalto Palace", NG_LEX_PLACE);
  g_assert_nonnull (pl);
  g_assert_nonnull (pl->city);
  g_assert_cmpstr (pl->city->key, ==, "city-brasilia");
  g_assert_nonnull (find (lex, "Elysee Palace", NG_LEX_PLACE)->city);
  /* "the Foreign Office" is Pakistan's in Dawn and the UK's in the BBC:
   * only "British Foreign Office" names the UK's */
  g_assert_null (find (lex, "Foreign Office", NG_LEX_ORG));
  g_assert_nonnull (find (lex, "British Foreign Office", NG_LEX_ORG));
  /* "St. John's": text keys the last word without its "'s" ("st john") */
  const NgLexEntry *sj = find (lex, "St. John's", NG_LEX_CITY);
  g_assert_nonnull (sj);
  const NgLexHit *sh = ng_lexicon_find (lex, "st john", NG_LEX_CITY);
  g_assert_nonnull (sh);
  g_assert_true (sh->entry == sj);
  /* Bali is a province, whose city is Denpasar: "in Nusa Dua, Bali" is in
   * the town, not in a city of Bali */
  g_assert_null (find (lex, "Bali", NG_LEX_CITY));
  g_assert_nonnull (find (lex, "Bali", NG_LEX_PLACE));
  g_assert_nonnull (find (lex, "Denpasar", NG_LEX_CITY));
  /* smaller provinces, with the short forms the AP gives states; none for
   * a word or a name ("Md.", "Miss.") */
  static const char *const provinces[] = { "Maine", "West Virginia", "W.Va.", "Calif.", "Zamfara", "Extremadura",
                                           "Himachal Pradesh", "Upper Nile", "North Kalimantan", "Perlis", NULL };
  for (const char *const *p = provinces; *p; p++)
    {
      const NgLexEntry *e = find (lex, *p, NG_LEX_PLACE);
      g_assert_nonnull (e);
      g_assert_cmpstr (e->kind, ==, "province");
      g_assert_nonnull (e->country);
    }
  /* each UN climate conference is a body of its own */
  g_assert_nonnull (find (lex, "COP28", NG_LEX_ORG));
  g_assert_true (find (lex, "COP28", NG_LEX_ORG) != find (lex, "COP30", NG_LEX_ORG));
  g_assert_null (find (lex, "Md.", NG_LEX_PLACE));
  /* "the Canton of Basel-Stadt" names no Chinese city */
  g_assert_null (find (lex, "Canton", NG_LEX_CITY));
  g_assert_nonnull (find (lex, "President of the Government", NG_LEX_TITLE));
  g_assert_null (find (lex, "Miss.", NG_LEX_PLACE));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lexicon/lookup/folded-labels", test_lookup);
  g_test_add_func ("/lexicon/lookup/ambiguous", test_ambiguous);
  g_test_add_func ("/lexicon/lookup/demonym", test_demonym);
  g_test_add_func ("/lexicon/lookup/notation", test_notation);
  g_test_add_func ("/lexicon/load/references", test_references);
  g_test_add_func ("/lexicon/load/phrases", test_phrases);
  g_test_add_func ("/lexicon/load/errors", test_errors);
  g_test_add_func ("/lexicon/load/bundled", test_bundled);
  return g_test_run ();
}
