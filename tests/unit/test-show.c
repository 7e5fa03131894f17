/* test-show.c - unit tests of the entity card (show.c). */
#include <string.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "newsgraph/show.h"
#include "newsgraph/store.h"
#include "newsgraph/vocab.h"
#include "newsgraph/writer.h"

#define ID(path) NG_DEFAULT_BASE path

/* Adds an entity with a type and a name (corpus-level); returns its id. */
static NgTermId
add_entity (NgStore *s, const char *iri, const char *type, const char *name)
{
  NgTermId id = ng_store_iri (s, iri);
  ng_store_add_iri (s, id, NG_RDF_TYPE, type, NULL);
  ng_store_add_literal (s, id, NG_SCHEMA_NAME, name, NULL, NULL, NULL);
  return id;
}

/* Adds an article with its date and headline; returns its source. */
static NgSource
add_article (NgStore *s, const char *iri, const char *date, const char *headline)
{
  NgSource src = { ng_store_iri (s, iri), 0, 0, 0 };
  ng_store_add_iri (s, src.article, NG_RDF_TYPE, NG_SCHEMA_NEWSARTICLE, &src);
  ng_store_add_literal (s, src.article, NG_SCHEMA_DATEPUB, date, NG_XSD_DATE, NULL, &src);
  ng_store_add_literal (s, src.article, NG_SCHEMA_HEADLINE, headline, NULL, NULL, &src);
  return src;
}

/* Adds a sentence of an article; returns its id. */
static NgTermId
add_sentence (NgStore *s, const char *iri, const NgSource *src, const char *text)
{
  NgTermId id = ng_store_iri (s, iri);
  ng_store_add_iri (s, id, NG_RDF_TYPE, NG_NG_SENTENCE, src);
  ng_store_add_iri (s, id, NG_SCHEMA_ISPARTOF, ng_store_term_value (s, src->article), src);
  ng_store_add_literal (s, id, NG_SCHEMA_TEXT, text, NULL, NULL, src);
  return id;
}

/* Adds (a, p, b) between two known ids. */
static void
add_link (NgStore *s, NgTermId a, const char *p, NgTermId b, const NgSource *src)
{
  ng_store_add (s, a, ng_store_iri (s, p), b, src);
}

/* The sample: Lavrov holds a post (stated by two articles), attends a
 * summit by video with Putin, is absent from a meeting; "Costa" and
 * "Ana Costa", "Wang Li" and "Zhang Li" test the name matching. */
static NgStore *
sample_store (void)
{
  NgStore *s = ng_store_new ();
  NgSource a1 = add_article (s, ID ("article/a1"), "2024-10-22", "Lavrov flies to Kazan");
  NgSource a2 = add_article (s, ID ("article/a2"), "2024-10-24", "Summit ends");
  NgTermId s1 = add_sentence (s, ID ("sentence/a1/0"), &a1, "Foreign Minister Sergei Lavrov arrived.");
  NgTermId s2 = add_sentence (s, ID ("sentence/a2/3"), &a2, "Lavrov joined by video link.");
  NgTermId s3 = add_sentence (s, ID ("sentence/a2/5"), &a2, "Lavrov skipped the Minsk talks.");

  NgTermId lavrov = add_entity (s, ID ("person/sergei-lavrov"), NG_SCHEMA_PERSON, "Sergei Lavrov");
  ng_store_add_literal (s, lavrov, NG_SCHEMA_ALTNAME, "Lavrov", NULL, NULL, &a1);
  NgTermId putin = add_entity (s, ID ("person/vladimir-putin"), NG_SCHEMA_PERSON, "Vladimir Putin");
  NgTermId russia = add_entity (s, ID ("place/russia"), NG_SCHEMA_PLACE, "Russia");
  ng_store_add_iri (s, russia, NG_RDF_TYPE, NG_SCHEMA_COUNTRY, NULL);
  NgTermId kazan = add_entity (s, ID ("place/kazan"), NG_SCHEMA_PLACE, "Kazan");
  ng_store_add_iri (s, kazan, NG_RDF_TYPE, NG_SCHEMA_CITY, NULL);
  add_link (s, kazan, NG_SCHEMA_CONTAINEDIN, russia, NULL);
  NgTermId brics = add_entity (s, ID ("org/brics"), NG_SCHEMA_ORGANIZATION, "BRICS");
  add_link (s, russia, NG_SCHEMA_MEMBEROF, brics, NULL);
  add_link (s, lavrov, NG_SCHEMA_NATIONALITY, russia, &a1);

  NgTermId post = ng_store_iri (s, ID ("post/sergei-lavrov/foreign-minister-russia"));
  ng_store_add_iri (s, post, NG_RDF_TYPE, NG_ORG_POST, &a1);
  ng_store_add_literal (s, post, NG_RDFS_LABEL, "Foreign Minister", NULL, NULL, &a1);
  add_link (s, post, NG_ORG_POSTIN, russia, &a1);
  add_link (s, post, NG_ORG_HELDBY, lavrov, &a1);
  add_link (s, lavrov, NG_ORG_HOLDS, post, &a1);
  add_link (s, post, NG_PROV_DERIVEDFROM, a1.article, &a1);
  add_link (s, post, NG_NG_EVIDENCE, s1, &a1);
  ng_store_add_literal (s, lavrov, NG_SCHEMA_JOBTITLE, "Senior diplomat", NULL, NULL, &a2);
  ng_store_add_literal (s, lavrov, NG_SCHEMA_JOBTITLE, "Chief negotiator", NULL, NULL, &a1);

  NgTermId summit = add_entity (s, ID ("event/brics-kazan"), NG_SCHEMA_EVENT, "BRICS summit, Kazan");
  ng_store_add_iri (s, summit, NG_RDF_TYPE, NG_NG_SUMMIT, &a2);
  ng_store_add_literal (s, summit, NG_SCHEMA_STARTDATE, "2024-10-23", NG_XSD_DATE, NULL, &a2);
  add_link (s, summit, NG_SCHEMA_LOCATION, kazan, &a2);
  add_link (s, summit, NG_SCHEMA_ORGANIZER, brics, &a2);
  add_link (s, summit, NG_SCHEMA_ATTENDEE, lavrov, &a2);
  add_link (s, summit, NG_SCHEMA_ATTENDEE, putin, &a2);
  add_link (s, summit, NG_NG_CHAIR, putin, &a2);
  add_link (s, summit, NG_PROV_DERIVEDFROM, a2.article, &a2);
  add_link (s, summit, NG_NG_EVIDENCE, s2, &a2);
  NgTermId part = ng_store_iri (s, ID ("participation/brics-kazan/sergei-lavrov"));
  ng_store_add_iri (s, part, NG_RDF_TYPE, NG_NG_PARTICIPATION, &a2);
  add_link (s, summit, NG_NG_PARTICIPATION_P, part, &a2);
  add_link (s, part, NG_NG_PARTICIPANT, lavrov, &a2);
  ng_store_add_iri (s, part, NG_NG_MODE, NG_NG_VIDEOLINK, &a2);
  ng_store_add_iri (s, part, NG_NG_STATUS, NG_NG_ATTENDED, &a2);
  add_link (s, part, NG_PROV_DERIVEDFROM, a2.article, &a2);
  add_link (s, part, NG_NG_EVIDENCE, s2, &a2);
  NgTermId ppart = ng_store_iri (s, ID ("participation/brics-kazan/vladimir-putin"));
  add_link (s, summit, NG_NG_PARTICIPATION_P, ppart, &a2);
  add_link (s, ppart, NG_NG_PARTICIPANT, putin, &a2);
  ng_store_add_iri (s, ppart, NG_NG_MODE, NG_NG_INPERSON, &a2);

  NgTermId talks = add_entity (s, ID ("event/minsk-talks"), NG_SCHEMA_EVENT, "talks, Minsk");
  add_link (s, talks, NG_NG_ABSENTEE, lavrov, &a2);
  add_link (s, talks, NG_PROV_DERIVEDFROM, a2.article, &a2);
  add_link (s, talks, NG_NG_EVIDENCE, s3, &a2);

  add_entity (s, ID ("person/costa"), NG_SCHEMA_PERSON, "Costa");
  add_entity (s, ID ("person/ana-costa"), NG_SCHEMA_PERSON, "Ana Costa");
  add_entity (s, ID ("person/wang-li"), NG_SCHEMA_PERSON, "Wang Li");
  add_entity (s, ID ("person/zhang-li"), NG_SCHEMA_PERSON, "Zhang Li");
  add_entity (s, ID ("person/jose-nunez"), NG_SCHEMA_PERSON, "José Núñez");
  return s;
}

/* Returns the card of name, which must be found. */
static char *
card (NgStore *s, const char *name)
{
  g_autoptr (GError) error = NULL;
  GString *out = g_string_new (NULL);
  gboolean ok = ng_show_card (s, name, out, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return g_string_free (out, FALSE);
}

/* Asserts that needle is in haystack (shows both when not). */
static void
assert_has (const char *haystack, const char *needle)
{
  if (!strstr (haystack, needle))
    g_error ("missing \"%s\" in:\n%s", needle, haystack);
}

/* Folding ignores case, accents and extra spaces. */
static void
test_fold (void)
{
  g_autofree char *a = ng_show_fold_name ("  José   NÚÑEZ ");
  g_autofree char *b = ng_show_fold_name ("Ærø İstanbul");
  g_assert_cmpstr (a, ==, "jose nunez");
  g_assert_cmpstr (b, ==, "ærø istanbul");
}

/* A name found without case or accents. */
static void
test_find_accents (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *c = card (s, "jose nunez");
  g_assert_true (g_str_has_prefix (c, "José Núñez\nkind:        person\nIRI:         " ID ("person/jose-nunez") "\n"));
}

/* An exact full name beats the surname of someone else. */
static void
test_exact_beats_surname (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *c = card (s, "COSTA");
  g_assert_true (g_str_has_prefix (c, "Costa\n"));
  g_autofree char *l = card (s, "lavrov");
  g_assert_true (g_str_has_prefix (l, "Sergei Lavrov\n"));
}

/* Two surname matches: no choice, both listed. */
static void
test_ambiguous (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_assert_false (ng_show_card (s, "Li", out, &error));
  g_assert_error (error, NG_SHOW_ERROR, NG_SHOW_ERROR_AMBIGUOUS);
  assert_has (error->message, "\n  Wang Li (person) <" ID ("person/wang-li") ">");
  assert_has (error->message, "\n  Zhang Li (person) <" ID ("person/zhang-li") ">");
  g_assert_cmpuint (out->len, ==, 0);
}

/* Nobody by that name. */
static void
test_not_found (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_assert_false (ng_show_card (s, "Nobody", out, &error));
  g_assert_error (error, NG_SHOW_ERROR, NG_SHOW_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "no entity named 'Nobody'");
}

/* A person's card: posts with their articles and sentences, titles of no
 * known country or organization, meetings with mode and the people met,
 * absences. */
static void
test_person_card (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *c = card (s, "Sergei Lavrov");
  g_assert_cmpstr (c, ==,
    "Sergei Lavrov\n"
    "kind:        person\n"
    "IRI:         " ID ("person/sergei-lavrov") "\n"
    "other names: Lavrov\n"
    "nationality: Russia\n"
    "\n"
    "posts:\n"
    "  Foreign Minister of Russia\n"
    "    source:      2024-10-22 \"Lavrov flies to Kazan\"\n"
    "      > Foreign Minister Sergei Lavrov arrived.\n"
    "\n"
    "titles (of no known country or organization):\n"
    "  Chief negotiator\n"
    "  Senior diplomat\n"
    "\n"
    "meetings:\n"
    "  BRICS summit, Kazan\n"
    "    date:        2024-10-23\n"
    "    place:       Kazan\n"
    "    organizer:   BRICS\n"
    "    mode:        by video\n"
    "    met:         Vladimir Putin\n"
    "    source:      2024-10-24 \"Summit ends\"\n"
    "      > Lavrov joined by video link.\n"
    "\n"
    "absences:\n"
    "  talks, Minsk\n"
    "    source:      2024-10-24 \"Summit ends\"\n"
    "      > Lavrov skipped the Minsk talks.\n");
}

/* A meeting's card lists attendees with their mode; chairs are marked. */
static void
test_meeting_card (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *c = card (s, "brics summit, kazan");
  assert_has (c, "kind:        meeting\n");
  assert_has (c, "date:        2024-10-23\nplace:       Kazan\norganizer:   BRICS\n");
  assert_has (c, "\nattendees:\n  Sergei Lavrov (by video)\n  Vladimir Putin (in person, chaired)\n");
  assert_has (c, "\nreported by:\n  source:      2024-10-24 \"Summit ends\"\n");
}

/* Places and organizations: what they hold, contain and organize. */
static void
test_place_org_cards (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *k = card (s, "Kazan");
  assert_has (k, "kind:        city\n");
  assert_has (k, "in:          Russia\n");
  assert_has (k, "meetings held there:\n  2024-10-23  BRICS summit, Kazan\n");
  g_autofree char *r = card (s, "russia");
  assert_has (r, "kind:        country\n");
  assert_has (r, "member of:   BRICS\n");
  assert_has (r, "posts:\n  Foreign Minister: Sergei Lavrov\n");
  g_autofree char *b = card (s, "BRICS");
  assert_has (b, "kind:        organization\nIRI:         " ID ("org/brics") "\nmembers:     Russia\n");
  assert_has (b, "meetings organized:\n  2024-10-23  BRICS summit, Kazan\n");
}

/* An entity IRI is accepted instead of a name. */
static void
test_by_iri (void)
{
  g_autoptr (NgStore) s = sample_store ();
  g_autofree char *c = card (s, ID ("person/wang-li"));
  g_assert_true (g_str_has_prefix (c, "Wang Li\nkind:        person\n"));
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

/* The show command over an N-Quads graph: card, ambiguity, unknown name. */
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
  g_autofree char *dir = g_dir_make_tmp ("ng-show-XXXXXX", &error);
  g_assert_no_error (error);
  g_autoptr (NgStore) s = sample_store ();
  g_assert_true (ng_writer_write_all (s, dir, NG_FORMAT_NQ, NULL, &error));
  g_assert_no_error (error);
  g_autofree char *expected = card (s, "Sergei Lavrov");

  g_autofree char *out = NULL, *err = NULL;
  const char *argv1[] = { prog, "show", dir, "Sergei Lavrov", NULL };
  g_assert_cmpint (run_cli (argv1, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, expected);

  g_autofree char *out2 = NULL, *err2 = NULL;
  const char *argv2[] = { prog, "show", dir, "li", NULL };
  g_assert_cmpint (run_cli (argv2, &out2, &err2), ==, 1);
  assert_has (err2, "Zhang Li (person)");

  g_autofree char *out3 = NULL, *err3 = NULL;
  const char *argv3[] = { prog, "show", dir, "X", NULL };
  g_assert_cmpint (run_cli (argv3, &out3, &err3), ==, 2);
  g_assert_cmpstr (err3, ==, "newsgraph: no entity named 'X'\n");

  g_autofree char *nq = g_build_filename (dir, "graph.nq", NULL);
  g_remove (nq);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/show/fold/case-accents-spaces", test_fold);
  g_test_add_func ("/show/find/accents", test_find_accents);
  g_test_add_func ("/show/find/exact-beats-surname", test_exact_beats_surname);
  g_test_add_func ("/show/find/ambiguous", test_ambiguous);
  g_test_add_func ("/show/find/not-found", test_not_found);
  g_test_add_func ("/show/find/by-iri", test_by_iri);
  g_test_add_func ("/show/card/person", test_person_card);
  g_test_add_func ("/show/card/meeting", test_meeting_card);
  g_test_add_func ("/show/card/place-organization", test_place_org_cards);
  g_test_add_func ("/show/cli/end-to-end", test_cli);
  return g_test_run ();
}
