/* test-mention.c - names, titles, demonyms and acronyms found in one sentence. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/lexicon.h"
#include "newsgraph/mention.h"
#include "newsgraph/text.h"

/* The mentions of one scanned text (every sentence, in order). */
typedef struct {
  NgText *text;
  NgMentionScanner *scanner;
  GArray *spans;    /* NgMentionSpan */
} Scan;

/* Loads the bundled lexicons from the source tree. */
static NgLexicon *
load_lexicon (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "ontology", "lexicon", NULL);
  g_autoptr (GError) error = NULL;
  NgLexicon *lex = ng_lexicon_new ();
  gboolean ok = ng_lexicon_load_dir (lex, dir, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return lex;
}

/* Tokenizes str and scans its first sentence. */
static Scan *
scan (const NgLexicon *lex, const char *str)
{
  Scan *s = g_new0 (Scan, 1);
  s->text = ng_text_new ();
  s->scanner = ng_mention_scanner_new (lex);
  s->spans = g_array_new (FALSE, TRUE, sizeof (NgMentionSpan));
  ng_text_tokenize (s->text, str, strlen (str));
  g_assert_cmpuint (s->text->sentences->len, >=, 1);
  ng_mention_scan (s->scanner, s->text, 0, s->spans);
  return s;
}

/* Frees a scan. */
static void
scan_free (Scan *s)
{
  ng_mention_clear (s->spans);
  g_array_unref (s->spans);
  ng_mention_scanner_free (s->scanner);
  ng_text_free (s->text);
  g_free (s);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Scan, scan_free)

/* The span at index i. */
static const NgMentionSpan *
at (const Scan *s, gint i)
{
  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (i, <, (gint) s->spans->len);
  return &g_array_index (s->spans, NgMentionSpan, i);
}

/* Index of the first span with that role (and kind, for entities) and name, or -1. */
static gint
find (const Scan *s, NgMentionRole role, NgKind kind, const char *name)
{
  for (guint i = 0; i < s->spans->len; i++)
    {
      const NgMentionSpan *m = &g_array_index (s->spans, NgMentionSpan, i);
      if (m->role != role || (role == NG_MS_ENTITY && m->kind != kind))
        continue;
      if (m->name && strcmp (m->name, name) == 0)
        return (gint) i;
    }
  return -1;
}

/* Index of the person named name; fails the test if there is none. */
static gint
person (const Scan *s, const char *name)
{
  gint i = find (s, NG_MS_ENTITY, NG_KIND_PERSON, name);
  if (i < 0)
    g_test_message ("no person '%s'", name);
  g_assert_cmpint (i, >=, 0);
  return i;
}

/* Number of spans with that role. */
static guint
count_role (const Scan *s, NgMentionRole role)
{
  guint n = 0;
  for (guint i = 0; i < s->spans->len; i++)
    if (g_array_index (s->spans, NgMentionSpan, i).role == role)
      n++;
  return n;
}

/* Number of person entities. */
static guint
count_people (const Scan *s)
{
  guint n = 0;
  for (guint i = 0; i < s->spans->len; i++)
    {
      const NgMentionSpan *m = &g_array_index (s->spans, NgMentionSpan, i);
      if (m->role == NG_MS_ENTITY && m->kind == NG_KIND_PERSON)
        n++;
    }
  return n;
}

/* TRUE if no person's name holds word. */
static gboolean
no_person_holds (const Scan *s, const char *word)
{
  for (guint i = 0; i < s->spans->len; i++)
    {
      const NgMentionSpan *m = &g_array_index (s->spans, NgMentionSpan, i);
      if (m->role == NG_MS_ENTITY && m->kind == NG_KIND_PERSON && m->name && strstr (m->name, word))
        return FALSE;
    }
  return TRUE;
}

/* "Kyrgyz Foreign Minister Jeenbek Kulubaev": demonym, title of it, person with the title. */
static void
test_title_name_split (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Minsk on Monday.");
  gint dem = find (s, NG_MS_DEMONYM, NG_KIND_COUNTRY, "Kyrgyz");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Foreign Minister");
  gint p = person (s, "Jeenbek Kulubaev");
  g_assert_cmpint (dem, >=, 0);
  g_assert_cmpint (ti, >=, 0);
  g_assert_nonnull (at (s, dem)->lex);
  g_assert_cmpstr (at (s, dem)->lex->key, ==, "country-kyrgyzstan");
  g_assert_cmpint (at (s, ti)->of, ==, dem);
  g_assert_nonnull (at (s, ti)->lex);
  g_assert_cmpstr (at (s, ti)->lex->key, ==, "title-foreign-minister");
  g_assert_cmpint (at (s, p)->title, ==, ti);
  g_assert_true (at (s, p)->strong);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Minsk"), >=, 0);
  /* The byte span of the person covers the name only. */
  const char *txt = s->text->text;
  g_assert_cmpint (strncmp (txt + at (s, p)->start, "Jeenbek Kulubaev", at (s, p)->end - at (s, p)->start), ==, 0);
  g_assert_cmpuint (at (s, p)->end - at (s, p)->start, ==, strlen ("Jeenbek Kulubaev"));
}

/* Morocco's long portfolio ("Minister of Foreign Affairs, African
 * Cooperation, and Moroccan Expatriates Nasser Bourita") is one title;
 * "UfM" as its notation is written is the organization; "the Palau de
 * Pedralbes" is a place, not Palau; "Bourita Calls for" ends the name
 * before the headline's verb (as "Travels to", "Invited to"). */
static void
test_long_portfolio_and_venues (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates "
                                   "Nasser Bourita addressed the UfM forum at the Palau de Pedralbes.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates");
  gint p = person (s, "Nasser Bourita");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, p)->title, ==, ti);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "UfM"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Palau de Pedralbes"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Palau"), <, 0);
  g_autoptr (Scan) h = scan (data, "Bourita Calls for Concrete Agenda at Forum in Barcelona");
  g_assert_cmpint (find (h, NG_MS_ENTITY, NG_KIND_PERSON, "Bourita Calls"), <, 0);
  g_assert_cmpint (find (h, NG_MS_ENTITY, NG_KIND_PERSON, "Bourita"), >=, 0);
  /* (and "Castillo Travels to", "Holness Invited to") */
  g_autoptr (Scan) h2 = scan (data, "President Castillo Travels to Chile for Binational Cabinet");
  g_assert_cmpint (find (h2, NG_MS_ENTITY, NG_KIND_PERSON, "Castillo Travels"), <, 0);
  g_assert_cmpint (find (h2, NG_MS_ENTITY, NG_KIND_PERSON, "Castillo"), >=, 0);
  g_autoptr (Scan) h3 = scan (data, "Prime Minister Holness Invited to Meeting with Vice President Pence");
  g_assert_cmpint (find (h3, NG_MS_ENTITY, NG_KIND_PERSON, "Holness"), >=, 0);
}

/* A building's name takes in the capitalized words, towns, peoples and
 * "and" before its head: "the Chiang Mai International Exhibition and
 * Convention Centre", "the Ethiopian Skylight Hotel", "the Earl's Regency
 * Hotel" (its acronym still its own); not a possessive town's
 * ("Moscow's Crocus City Hall"). */
static void
test_building_names (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The meeting opened at the Chiang Mai International Exhibition and Convention Centre "
                                   "(CMECC) and moved to the Ethiopian Skylight Hotel.");
  gint v = find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Chiang Mai International Exhibition and Convention Centre");
  g_assert_cmpint (v, >=, 0);
  gint acr = find (s, NG_MS_ACRONYM, NG_KIND_PLACE, "CMECC");
  g_assert_cmpint (acr, >=, 0);
  g_assert_cmpint (at (s, acr)->partner, ==, v);
  g_assert_cmpint (at (s, v)->partner, ==, acr);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Ethiopian Skylight Hotel"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Chiang Mai"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "The retreat was held at the Earl's Regency Hotel.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "Earl's Regency Hotel"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "Survivors gathered near Moscow's Crocus City Hall.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_CITY, "Moscow"), >=, 0);
  /* (a people's or a place's name joined to an institute's keeps the
   * acronym after it: "the Finnish Institute of International Affairs
   * (FIIA)", not a mention merged away or the city before) */
  g_autoptr (Scan) s4 = scan (data, "Talks opened in Kyiv, and Hanna Kettunen of the Finnish Institute of International "
                                    "Affairs (FIIA) spoke.");
  gint fiia = find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Finnish Institute of International Affairs");
  gint fa = find (s4, NG_MS_ACRONYM, NG_KIND_ORG, "FIIA");
  g_assert_cmpint (fiia, >=, 0);
  g_assert_cmpint (fa, >=, 0);
  g_assert_cmpint (at (s4, fa)->partner, ==, fiia);
}

/* A portfolio's last word after "and" is the title's ("Minister of Health
 * and Wellness Jerome Walcott"); "Economist" before a name is a title, not
 * the magazine; an envoy "to" a country before a name is one title
 * ("Ambassador to Tuvalu Lin Yen-hung"). */
static void
test_titles_before_names (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The meeting was chaired by Barbados' Minister of Health and Wellness Jerome Walcott.");
  gint w = person (s, "Jerome Walcott");
  g_assert_cmpint (at (s, w)->title, >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Wellness Jerome Walcott"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "Economist Thokozani Mwale Phiri of the University of Malawi said so.");
  g_assert_cmpint (at (s2, person (s2, "Thokozani Mwale Phiri"))->title, >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Economist"), <, 0);
  g_autoptr (Scan) s3 = scan (data, "He was accompanied by Ambassador to Tuvalu Lin Yen-hung.");
  g_assert_cmpint (at (s3, person (s3, "Lin Yen-hung"))->title, >=, 0);
  /* (a portfolio word a lexicon lists among its stopwords: "Deputy
   * Minister of Planning and Investment Dr. X") */
  g_autoptr (Scan) s4 = scan (data, "Deputy Minister of Planning and Investment Dr. Soukphaphone Keomany took part.");
  gint t4 = find (s4, NG_MS_TITLE, 0, "Deputy Minister of Planning and Investment");
  g_assert_cmpint (t4, >=, 0);
  g_assert_cmpint (at (s4, person (s4, "Soukphaphone Keomany"))->title, ==, t4);
  /* (honorifics of Malaysia, Brunei and Cambodia stack before the name) */
  g_autoptr (Scan) s5 = scan (data, "It was attended by Cambodian Prime Minister Samdech Moha Borvor Thipadei Hun Manet, "
                                    "Minister Tengku Datuk Seri Utama Zafrul Abdul Aziz and Sarawak Premier Datuk "
                                    "Patinggi Tan Sri Abang Johari Openg.");
  g_assert_cmpint (at (s5, person (s5, "Hun Manet"))->title, >=, 0);
  g_assert_cmpint (at (s5, person (s5, "Zafrul Abdul Aziz"))->title, >=, 0);
  g_assert_cmpint (at (s5, person (s5, "Abang Johari Openg"))->title, >=, 0);
  /* (an agency's one-word name that is also a given name, before a
   * surname: "Petra" of Jordan, "Hina" of Croatia) */
  g_autoptr (Scan) s6 = scan (data, "Slovenia was represented by State Secretary Petra Zorman Vidic, and Pakistan by "
                                    "Minister of State Hina Rabbani Khar.");
  g_assert_cmpint (at (s6, person (s6, "Petra Zorman Vidic"))->title, >=, 0);
  g_assert_cmpint (at (s6, person (s6, "Hina Rabbani Khar"))->title, >=, 0);
  g_autoptr (Scan) s7 = scan (data, "Petra reported the visit.");
  g_assert_cmpint (find (s7, NG_MS_ENTITY, NG_KIND_ORG, "Petra"), >=, 0);
  /* (a name no given name backs, listed "of <country>" after people's) */
  g_autoptr (Scan) s8 = scan (data, "Prime ministers Ulf Kristersson of Sweden, Petteri Orpo of Finland and Kristr\u00fan "
                                    "Frostad\u00f3ttir of Iceland attended in person.");
  g_assert_true (at (s8, person (s8, "Kristr\u00fan Frostad\u00f3ttir"))->strong);
}

/* Portfolios: a plural's possessive and "and" inside a ministry's name, a
 * list of portfolios closed by a comma before the name, and portfolio
 * words before an office ("Labour Secretary" is no party, "Migrant Workers
 * Secretary", "Expatriates' Welfare and Overseas Employment Adviser"). */
static void
test_portfolios (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The meeting was chaired by Rina Haque Akter, senior secretary of the Ministry of "
                                   "Expatriates' Welfare and Overseas Employment, officials said.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Ministry of Expatriates' Welfare and Overseas Employment"), >=, 0);
  g_assert_cmpint (at (s, person (s, "Rina Haque Akter"))->title, >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Ghana's Minister of Foreign Affairs, Regional Integration and Tourism, Kofi Mensah Boateng, "
                                    "met him.");
  gint t2 = find (s2, NG_MS_TITLE, 0, "Minister of Foreign Affairs, Regional Integration and Tourism");
  g_assert_cmpint (t2, >=, 0);
  g_assert_cmpint (at (s2, person (s2, "Kofi Mensah Boateng"))->title, ==, t2);
  /* ("Human Resource", in the singular) */
  g_autoptr (Scan) hr = scan (data, "She met Abdullah Abuthnain, Vice Minister of Human Resource and Social Development, in Riyadh.");
  g_assert_true (no_person_holds (hr, "Resource"));
  g_assert_cmpint (at (hr, person (hr, "Abdullah Abuthnain"))->title, >=, 0);
  g_autoptr (Scan) s3 = scan (data, "Thai Migrant Workers Secretary Somchai Wong joined, and Nepal was represented by "
                                    "Labour Secretary Ram Bahadur Thapa.");
  g_assert_cmpint (find (s3, NG_MS_TITLE, 0, "Migrant Workers Secretary"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_TITLE, 0, "Labour Secretary"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Labour"), <, 0);
  g_autoptr (Scan) s4 = scan (data, "Expatriates' Welfare and Overseas Employment Adviser Karim Uddin presided.");
  g_assert_cmpint (find (s4, NG_MS_TITLE, 0, "Expatriates' Welfare and Overseas Employment Adviser"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PERSON, "Welfare"), <, 0);
  /* a company's name inside a bloc's is no parent of it */
  g_autoptr (Scan) s6 = scan (data, "Guyana will host ministers of the Amazon Cooperation Treaty Organization (ACTO) in November.");
  gint acto = find (s6, NG_MS_ENTITY, NG_KIND_ORG, "Amazon Cooperation Treaty Organization");
  g_assert_cmpint (acto, >=, 0);
  g_assert_cmpint (at (s6, acto)->parent, <, 0);
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_ORG, "Amazon"), <, 0);
  /* a name with "and" that its acronym spells */
  g_autoptr (Scan) s7 = scan (data, "It follows the meeting of the Committee of Representatives of Governments and "
                                    "Administrations (CRGA) on Monday.");
  g_assert_cmpint (find (s7, NG_MS_ENTITY, NG_KIND_ORG, "Committee of Representatives of Governments and Administrations"), >=, 0);
  /* a place's name that the acronym spells with the body's; a task force */
  g_autoptr (Scan) s8 = scan (data, "Leaders of the Lake Chad Basin Commission (LCBC) funded the Multinational Joint "
                                    "Task Force.");
  g_assert_cmpint (find (s8, NG_MS_ENTITY, NG_KIND_ORG, "Lake Chad Basin Commission"), >=, 0);
  g_assert_cmpint (find (s8, NG_MS_ENTITY, NG_KIND_ORG, "Multinational Joint Task Force"), >=, 0);
  /* a demonym inside a body's name after "of" */
  g_autoptr (Scan) s9 = scan (data, "A study by the Institute of Peruvian Studies and the International Institute of "
                                    "the Portuguese Language came out.");
  g_assert_cmpint (find (s9, NG_MS_ENTITY, NG_KIND_ORG, "Institute of Peruvian Studies"), >=, 0);
  g_assert_cmpint (find (s9, NG_MS_ENTITY, NG_KIND_ORG, "International Institute of the Portuguese Language"), >=, 0);
  /* (the party stays a party before another title) */
  g_autoptr (Scan) s5 = scan (data, "Labour leader Keir Starmer spoke.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_ORG, "Labour"), >=, 0);
}

/* A pronoun after an opening phrase and its comma that names no person
 * is the sentence's subject ("He", resolved by facts.c); not after a
 * phrase that names one. */
static void
test_pronoun_after_opening (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "On the sidelines of the CFM on Wednesday, he also met Russian Foreign Minister "
                                   "Sergey Lavrov.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "He"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "On the sidelines of his meeting with Sergey Lavrov, he also met reporters.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "He"), <, 0);
  /* (a day named in the opening, without a comma) */
  g_autoptr (Scan) s3 = scan (data, "On Thursday she met with George Vella, the President of Malta.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PERSON, "She"), >=, 0);
  g_autoptr (Scan) s4 = scan (data, "On 10 February he met with George Vella.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PERSON, "He"), >=, 0);
  g_autoptr (Scan) s5 = scan (data, "In Valletta she met with George Vella.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_PERSON, "She"), <, 0);
}

/* The offices of heads of state and government: "the Presidency", "the
 * Office of the President of Guyana", "the Prime Minister's Office". */
static void
test_org_head_offices (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The talks went well, the Presidency said, and the Office of the President of "
                                   "Guyana agreed.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Presidency"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Presidency"), <, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Office of the President of Guyana"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "A statement from the Prime Minister's Office said the Office of the Prime "
                                    "Minister would reply.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Prime Minister's Office"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Office of the Prime Minister"), >=, 0);
  /* heads that open a name in other languages; a shoal */
  g_autoptr (Scan) s4 = scan (data, "Ana Torres, a lecturer at the Universidad del Pacifico, said the talks near "
                                    "the Second Thomas Shoal went well.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Universidad del Pacifico"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PLACE, "Second Thomas Shoal"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PERSON, "Second Thomas Shoal"), <, 0);
  /* (not the office of anyone else: a title of no head of state) */
  g_autoptr (Scan) s3 = scan (data, "The Foreign Minister's office said so.");
  g_assert_cmpint (count_role (s3, NG_MS_ENTITY), ==, 0);
}

/* Names of bodies: no connector at the end ("Atlantic Initiative for" before
 * the place "Sahel"); a person named after a ministry's portfolio is not
 * part of it; "People's" goes on inside a name; the words before a title
 * after a possessive country are the title's ("Myanmar's Union Minister"). */
static void
test_org_name_ends (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Bourita said Morocco's Atlantic Initiative for Sahel countries was ready.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Morocco's Atlantic Initiative"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Spokesman of the Ministry of Foreign Affairs Aykhan Hajizada told reporters.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Ministry of Foreign Affairs"), >=, 0);
  g_assert_cmpint (person (s2, "Aykhan Hajizada"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "He met the chairman of the Standing Committee of the Supreme People's Assembly.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Standing Committee of the Supreme People's Assembly"), >=, 0);
  g_autoptr (Scan) s4 = scan (data, "Myanmar's Union Minister for Foreign Affairs U Than Swe attended.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Myanmar's Union"), <, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_COUNTRY, "Myanmar"), >=, 0);
  /* a centre for something, a school, an academy: bodies, not places */
  g_autoptr (Scan) s5 = scan (data, "Dragan Ilic, a researcher at the Belgrade Centre for Security Policy, and "
                                    "John Smith of the Center for Strategic and International Studies agreed.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_ORG, "Belgrade Centre for Security Policy"), >=, 0);
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_ORG, "Center for Strategic and International Studies"), >=, 0);
  g_autoptr (Scan) s6 = scan (data, "Chen Fengying, a researcher at the China Institutes of Contemporary "
                                    "International Relations, said Western Balkan leaders agreed.");
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_PERSON, "Contemporary International Relations"), <, 0);
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_PERSON, "Western Balkan"), <, 0);
  /* a headline's "Has" closes no name */
  g_autoptr (Scan) s7 = scan (data, "Respected Comrade Kim Jong Un Has Talks with Premier of State Council of China");
  g_assert_cmpint (find (s7, NG_MS_ENTITY, NG_KIND_PERSON, "Kim Jong Un"), >=, 0);
  /* a body whose acronym follows keeps its whole name */
  g_autoptr (Scan) s8 = scan (data, "Ministers met at the Asean Regional Forum (ARF) in Vientiane.");
  g_assert_cmpint (find (s8, NG_MS_ENTITY, NG_KIND_ORG, "Asean Regional Forum"), >=, 0);
  g_autoptr (Scan) s10 = scan (data, "Tinubu chaired the session of the Authority of Heads of State and Government.");
  g_assert_cmpint (find (s10, NG_MS_ENTITY, NG_KIND_ORG, "Authority of Heads of State and Government"), >=, 0);
  /* "a lecturer at the University of Nairobi": a body's head word, "of", a city */
  g_autoptr (Scan) s11 = scan (data, "Jane Wanjiku, a lecturer at the University of Nairobi, said it was good.");
  g_assert_cmpint (find (s11, NG_MS_ENTITY, NG_KIND_ORG, "University of Nairobi"), >=, 0);
  /* "the Andean Council of Foreign Ministers": a body of its own */
  g_autoptr (Scan) s12 = scan (data, "The session of the Andean Council of Foreign Ministers was held in Lima.");
  g_assert_cmpint (find (s12, NG_MS_ENTITY, NG_KIND_ORG, "Andean Council of Foreign Ministers"), >=, 0);
  /* a consensus is no one */
  g_autoptr (Scan) s9 = scan (data, "Leaders urged the regime to implement ASEAN's Five-Point Consensus.");
  g_assert_cmpint (find (s9, NG_MS_ENTITY, NG_KIND_PERSON, "Five-Point Consensus"), <, 0);
}

/* The world's larger cities are cities; a surname that is also a town's
 * name stays a name. */
static void
test_world_cities (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "The ministers met in Burgas on Friday and will meet in Chiba next month.");
  const NgMentionSpan *b = at (s1, find (s1, NG_MS_ENTITY, NG_KIND_CITY, "Burgas"));
  g_assert_nonnull (b->lex);
  g_assert_cmpstr (b->lex->country->key, ==, "country-bulgaria");
  const NgMentionSpan *c = at (s1, find (s1, NG_MS_ENTITY, NG_KIND_CITY, "Chiba"));
  g_assert_nonnull (c->lex);
  g_assert_cmpstr (c->lex->country->key, ==, "country-japan");
  /* (an unknown town after a venue's "in") */
  g_autoptr (Scan) s3 = scan (data, "Marles met Austin at the US Naval Academy in Annapolis on Tuesday.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_CITY, "Annapolis"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Petroleum Minister Hardeep Singh Puri met Peter Van Praagh in Halifax.");
  g_assert_cmpint (person (s2, "Hardeep Singh Puri"), >=, 0);
  g_assert_cmpint (person (s2, "Peter Van Praagh"), >=, 0);
}

/* A province's name and its head word are one place; a place named for a
 * province is another; a short form of a state only with its dot; an
 * unknown town before a comma and a province is a town there. */
static void
test_province_names (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "He met the akim of the Mangystau region Nurdaulet Kilybay and Zamfara State Governor Dauda Lawal.");
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_PLACE, "Mangystau region"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_PLACE, "Zamfara State"), >=, 0);
  g_assert_cmpint (person (s1, "Nurdaulet Kilybay"), >=, 0);
  g_assert_cmpint (person (s1, "Dauda Lawal"), >=, 0);
  /* (not a university's name, nor a state's capital) */
  g_autoptr (Scan) s2 = scan (data, "The Michigan State coach flew to the Pará state capital.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "Michigan"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "Pará"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "Boats sailed up the Ruvuma River to the Mtwara Development Corridor.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PLACE, "Ruvuma"), <, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PLACE, "Mtwara Development Corridor"), >=, 0);
  g_autoptr (Scan) s4 = scan (data, "The envoy Md Rezaul Karim met Mo Farah and officials from Sacramento, Calif., on Monday.");
  g_assert_cmpint (person (s4, "Md Rezaul Karim"), >=, 0);
  g_assert_cmpint (person (s4, "Mo Farah"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_CITY, "Sacramento"), >=, 0);
  gint ca = find (s4, NG_MS_ENTITY, NG_KIND_PLACE, "Calif");
  g_assert_cmpint (ca, >=, 0);
  g_assert_cmpstr (at (s4, ca)->lex->pref, ==, "California");
}

/* A place's name that is also a given name starts a person's name before
 * a surname, not before a title, a place's head or another name. */
static void
test_given_name_places (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Georgia Hartley met Jordan Peterson and Chad Hughes in the Jordan Valley.");
  g_assert_cmpint (person (s1, "Georgia Hartley"), >=, 0);
  g_assert_cmpint (person (s1, "Jordan Peterson"), >=, 0);
  g_assert_cmpint (person (s1, "Chad Hughes"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_COUNTRY, "Georgia"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "Chad Foreign Minister Abderaman Koulamallah met the Minister of Finance of Georgia Lasha Khutsishvili.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_COUNTRY, "Chad"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_COUNTRY, "Georgia"), >=, 0);
  g_assert_cmpint (person (s2, "Lasha Khutsishvili"), >=, 0);
}

/* A name of no known head after "at the", before "in" and a town, is a
 * venue, and the town its town. */
static void
test_venue_of_names (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "The assembly met on Thursday at the Predio Lionel Andrés Messi in Ezeiza, officials said.");
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_PLACE, "Predio Lionel Andrés Messi"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_CITY, "Ezeiza"), >=, 0);
}

/* A title after a name ends at its comma before "and" and the next
 * person's name: "X, Commerce Secretary, and Y, Ambassador". */
static void
test_title_before_and_name (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "The delegation included Sunil Barthwal, Commerce Secretary, and Amit Narang, Ambassador of India.");
  gint t = find (s1, NG_MS_TITLE, 0, "Commerce Secretary");
  g_assert_cmpint (t, >=, 0);
  g_assert_cmpint (at (s1, person (s1, "Sunil Barthwal"))->title, ==, t);
  g_assert_cmpint (at (s1, person (s1, "Amit Narang"))->title, !=, t);
}

/* "Head of Mission", "Speaker of Parliament": a title whose last word
 * heads bodies but names none is one title; "Humanitarian Action" is a
 * portfolio. */
static void
test_titles_of_head_words (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "India's Deputy Head of Mission, Arvind Sethuraman, met Speaker of Parliament Igor Grosu.");
  gint t = find (s1, NG_MS_TITLE, 0, "Deputy Head of Mission");
  g_assert_cmpint (t, >=, 0);
  g_assert_cmpint (at (s1, person (s1, "Arvind Sethuraman"))->title, ==, t);
  g_assert_cmpint (find (s1, NG_MS_TITLE, 0, "Speaker of Parliament"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Chad was represented by its Minister of Humanitarian Action, Mahamat Saleh Abakar.");
  g_assert_cmpint (find (s2, NG_MS_TITLE, 0, "Minister of Humanitarian Action"), >=, 0);
  g_assert_cmpint (person (s2, "Mahamat Saleh Abakar"), >=, 0);
}

/* A field's name after a school's head word goes on to the field's head
 * word ("the Institute of Commonwealth Studies"); a region's name goes on
 * before a centre's; after "a" title's "at", a name of no given name is
 * the body the person works at. */
static void
test_workplace_bodies (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Dr Rhiannon Pryce, a historian at the Institute of Commonwealth Studies, agreed with Zhou Yuanming, a research fellow at the Institute of West Asian and African Studies.");
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Institute of Commonwealth Studies"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Institute of West Asian and African Studies"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Jens Oltmanns, an automotive analyst at NordLB, agreed with Nadim Khoury, a senior researcher at the Carnegie Middle East Center, and Jure Zavrl, an analyst at the Faculty of Social Sciences.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "NordLB"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Carnegie Middle East Center"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Faculty of Social Sciences"), >=, 0);
}

/* "Cllr Jane Hunter", "Coun Lewis", "Commodore Jay Tarriela", "MLA
 * Declan Mulholland": titles before names, the British short forms
 * without their dots. */
static void
test_dotless_titles (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Cllr Jane Hunter met Coun Ann Lewis, MLA Declan Mulholland and Commodore Jay Tarriela on Monday.");
  g_assert_cmpint (at (s1, person (s1, "Jane Hunter"))->title, ==, find (s1, NG_MS_TITLE, 0, "Cllr"));
  g_assert_cmpint (at (s1, person (s1, "Ann Lewis"))->title, ==, find (s1, NG_MS_TITLE, 0, "Coun"));
  g_assert_cmpint (at (s1, person (s1, "Declan Mulholland"))->title, ==, find (s1, NG_MS_TITLE, 0, "MLA"));
  g_assert_cmpint (at (s1, person (s1, "Jay Tarriela"))->title, ==, find (s1, NG_MS_TITLE, 0, "Commodore"));
}

/* A name just after a title is a person's, even before "and" and a
 * body's name: "Chairman Yim Jong-ryong and NongHyup Financial Group
 * Chairman Lee Chan-woo" (not one body). */
static void
test_name_after_title_before_and (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "He met Woori Financial Group Chairman Yim Jong-ryong and NongHyup Financial Group Chairman Lee Chan-woo in Seoul.");
  g_assert_cmpint (person (s1, "Yim Jong-ryong"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "NongHyup Financial Group"), >=, 0);
}

/* "Sri Lanka Cricket's Annual General Meeting", "Hockey India president
 * X": a country's body of a sport, named by the country and the sport. */
static void
test_sport_bodies (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Sri Lanka Cricket's Annual General Meeting was attended by Hockey India president Dilip Tirkey.");
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Sri Lanka Cricket"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Hockey India"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "The Sri Lanka cricket team won in Colombo.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_COUNTRY, "Sri Lanka"), >=, 0);
}

/* "the Minister of Labour", "the Ministry of Labour and Social
 * Security": a portfolio that names a party too is no party there; "Maria
 * do Rosário Palma Ramalho": a place's name after a name's particle, a
 * name after it, is of the name. */
static void
test_labour_portfolio_and_particles (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "The Minister of Labour, Maria do Rosário Palma Ramalho, met officials of the Ministry of Labour and Social Security.");
  g_assert_cmpint (find (s1, NG_MS_TITLE, 0, "Minister of Labour"), >=, 0);
  g_assert_cmpint (person (s1, "Maria do Rosário Palma Ramalho"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Ministry of Labour and Social Security"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Labour"), <, 0);
}

/* "Justice Vikram Nath": a judge's style before a name is a title, also
 * after another ("Chairperson Justice X"); "the Community Court of
 * Justice" stays one name. */
static void
test_justice_titles (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Justice Vikram Nath met Chairperson Justice Mwangala Zaloumis at the Community Court of Justice.");
  g_assert_cmpint (at (s1, person (s1, "Vikram Nath"))->title, >=, 0);
  g_assert_cmpint (find (s1, NG_MS_TITLE, 0, "Chairperson"), >=, 0);
  g_assert_cmpint (person (s1, "Mwangala Zaloumis"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Community Court of Justice"), >=, 0);
}

/* A full name that "who" describes is backed as a person's; one word is
 * not, nor a name with no "who". */
static void
test_who_clause (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Odile Renaud-Basso, who heads the lender, and Tavita Leuelu, whose "
                                    "ministry paid, spoke after Ruvimbo Tsvangi and Forde, who left.");
  g_assert_true (at (s1, person (s1, "Odile Renaud-Basso"))->strong);
  /* (and one a post names across its field and a comma) */
  g_autoptr (Scan) s3 = scan (data, "The delegation included the presidential adviser for national security, "
                                    "Ionut Mihailescu, and others.");
  const NgMentionSpan *im = at (s3, person (s3, "Ionut Mihailescu"));
  g_assert_true (im->strong);
  g_assert_cmpint (im->title, >=, 0);
  /* (and one that attends, takes part or accompanies) */
  g_autoptr (Scan) s2 = scan (data, "Secretary (East Asia) Farhana Nasrin Chowdhury attended both meetings.");
  g_assert_true (at (s2, person (s2, "Farhana Nasrin Chowdhury"))->strong);
  g_assert_true (at (s1, person (s1, "Tavita Leuelu"))->strong);
  g_assert_false (at (s1, person (s1, "Ruvimbo Tsvangi"))->strong);
  gint f = find (s1, NG_MS_ENTITY, NG_KIND_PERSON, "Forde");
  g_assert_true (f < 0 || !at (s1, f)->strong);
}

/* The world's first-level divisions and dependent territories are places
 * in their countries, not people. */
static void
test_world_regions (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Officials from Gauteng and Western Cape met in Pretoria.");
  const NgMentionSpan *g = at (s1, find (s1, NG_MS_ENTITY, NG_KIND_PLACE, "Gauteng"));
  g_assert_nonnull (g->lex);
  g_assert_cmpstr (g->lex->country->key, ==, "country-south-africa");
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_PERSON, "Gauteng"), <, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_PLACE, "Western Cape"), >=, 0);
  /* (a fortress is a place, not a person) */
  g_autoptr (Scan) s4 = scan (data, "Jonas Gahr Store hosted the talks at Akershus Fortress on Friday.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PLACE, "Akershus Fortress"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PERSON, "Akershus Fortress"), <, 0);
  /* (a division another country's much smaller one shares a name with) */
  g_autoptr (Scan) s3 = scan (data, "The talks were held in Annapolis, Maryland, on Tuesday.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PLACE, "Maryland"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Leaders of Niue, Tokelau and French Polynesia met in Avarua.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "Niue"), >=, 0);
  const NgMentionSpan *t = at (s2, find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "Tokelau"));
  g_assert_cmpstr (t->lex->country->key, ==, "country-new-zealand");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "French Polynesia"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_CITY, "Avarua"), >=, 0);
}

/* The world supplement's bodies and formats are organizations, by any
 * of their names. */
static void
test_world_organizations (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Leaders of the G5 Sahel and the MED9 met as the Astana format talks ended.");
  const NgMentionSpan *g = at (s1, find (s1, NG_MS_ENTITY, NG_KIND_ORG, "G5 Sahel"));
  g_assert_nonnull (g->lex);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "MED9"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Astana format"), >=, 0);
  /* (and national bodies: a parliament, a party, a central bank) */
  g_autoptr (Scan) s3 = scan (data, "Speaker Saulius Skvernelis told the Seimas that Smer and the Bank of Japan agreed.");
  const NgMentionSpan *se = at (s3, find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Seimas"));
  g_assert_nonnull (se->lex);
  g_assert_cmpstr (se->lex->country->key, ==, "country-lithuania");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Smer"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Bank of Japan"), >=, 0);
  /* (and outlets, each with its country) */
  g_autoptr (Scan) s4 = scan (data, "He told Gulf Times and Radio Canada International that THISDAYLIVE erred.");
  const NgMentionSpan *gt = at (s4, find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Gulf Times"));
  g_assert_nonnull (gt->lex);
  g_assert_cmpstr (gt->lex->country->key, ==, "country-qatar");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Radio Canada International"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_ORG, "THISDAYLIVE"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "The Asia Cooperation Dialogue and the AU Peace and Security Council met.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Asia Cooperation Dialogue"), >=, 0);
  const NgMentionSpan *p = at (s2, find (s2, NG_MS_ENTITY, NG_KIND_ORG, "AU Peace and Security Council"));
  g_assert_nonnull (p->lex);
  g_assert_cmpstr (p->lex->pref, ==, "Peace and Security Council");
}

/* A city or a people before an institute's or a university's name is
 * part of the name; a ministry keeps its own rule. */
static void
test_institution_names (gconstpointer data)
{
  g_autoptr (Scan) s1 = scan (data, "Ruta Vaitkute, a researcher at the Vilnius Institute for Policy Analysis, said so.");
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_ORG, "Vilnius Institute for Policy Analysis"), >=, 0);
  g_assert_cmpint (find (s1, NG_MS_ENTITY, NG_KIND_CITY, "Vilnius"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "Liu Wei, a researcher with the Chinese Academy of Social Sciences, told reporters.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Chinese Academy of Social Sciences"), >=, 0);
  g_assert_cmpuint (count_role (s2, NG_MS_DEMONYM), ==, 0);
  g_autoptr (Scan) s3 = scan (data, "Maria Pappa of the Hellenic Foundation for European and Foreign Policy agreed.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Hellenic Foundation for European and Foreign Policy"), >=, 0);
  g_autoptr (Scan) s4 = scan (data, "Defne Aksoy, a professor at Ankara's Bilkent University, said it was late.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Bilkent University"), >=, 0);
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_CITY, "Ankara"), >=, 0);
  g_autoptr (Scan) s5 = scan (data, "Lena Holm, a senior fellow at the European Policy Centre, disagreed.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_ORG, "European Policy Centre"), >=, 0);
  /* (a national body and a venue stay what they were) */
  g_autoptr (Scan) s6 = scan (data, "The Russian Foreign Ministry said the talks at the National Convention Centre ended.");
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_ORG, "Russian Foreign Ministry"), >=, 0);
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_PLACE, "National Convention Centre"), >=, 0);
  /* a royal title just before a body's name is part of it */
  g_autoptr (Scan) s11 = scan (data, "Abdulaziz Al-Mutairi, a professor at King Abdulaziz University in Jeddah, agreed.");
  g_assert_cmpint (find (s11, NG_MS_ENTITY, NG_KIND_ORG, "King Abdulaziz University"), >=, 0);
  /* a head word of another language opens the name */
  g_autoptr (Scan) s10 = scan (data, "Paolo Greco of the Istituto Affari Internazionali and a fellow of the "
                                     "Fondazione Studi Mediterranei agreed.");
  g_assert_cmpint (find (s10, NG_MS_ENTITY, NG_KIND_ORG, "Istituto Affari Internazionali"), >=, 0);
  g_assert_cmpint (find (s10, NG_MS_ENTITY, NG_KIND_ORG, "Fondazione Studi Mediterranei"), >=, 0);
  g_assert_cmpint (find (s10, NG_MS_ENTITY, NG_KIND_PERSON, "Istituto Affari Internazionali"), <, 0);
  /* a region's summit is a body of its own; a city's is not */
  g_autoptr (Scan) s7 = scan (data, "The seventh Caspian Summit was held in Tehran, months after the Vilnius Summit.");
  g_assert_cmpint (find (s7, NG_MS_ENTITY, NG_KIND_ORG, "Caspian Summit"), >=, 0);
  g_assert_cmpint (find (s7, NG_MS_ENTITY, NG_KIND_ORG, "Vilnius Summit"), <, 0);
  /* a country's name before a body the lexicons do not know is part of its name */
  g_autoptr (Scan) s8 = scan (data, "Chey Tae-won, chairman of the Korea Chamber of Commerce and Industry, and the "
                                    "Kenya National Bureau of Statistics agreed.");
  g_assert_cmpint (find (s8, NG_MS_ENTITY, NG_KIND_ORG, "Korea Chamber of Commerce and Industry"), >=, 0);
  g_assert_cmpint (find (s8, NG_MS_ENTITY, NG_KIND_ORG, "Kenya National Bureau of Statistics"), >=, 0);
  /* a region's people are no person, and may name a minister's portfolio */
  g_autoptr (Scan) s9 = scan (data, "Keiko Nishimura, a professor of East Asian international relations, met "
                                    "Senegal's Minister of African Integration and Foreign Affairs Yassine Fall.");
  g_assert_cmpint (find (s9, NG_MS_ENTITY, NG_KIND_PERSON, "Asian"), <, 0);
  g_assert_cmpint (find (s9, NG_MS_TITLE, NG_KIND_PERSON, "Minister of African Integration and Foreign Affairs"), >=, 0);
  g_assert_cmpint (at (s9, person (s9, "Yassine Fall"))->title, >=, 0);
}

/* "The Foreign Minister of Kyrgyzstan, Jeenbek Kulubaev, ...": apposition after a comma. */
static void
test_title_apposition (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The Foreign Minister of Kyrgyzstan, Jeenbek Kulubaev, arrived on Monday.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Foreign Minister");
  gint c = find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Kyrgyzstan");
  gint p = person (s, "Jeenbek Kulubaev");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpint (at (s, ti)->of, ==, c);
  g_assert_cmpint (at (s, p)->title, ==, ti);
}

/* "Jane Okafor, the ministry's official spokeswoman, told ...": a title after the name. */
static void
test_title_after_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Maria Oliveira, the ministry's official spokeswoman, told reporters the visit went well.");
  gint p = person (s, "Maria Oliveira");
  gint t = at (s, p)->title;
  g_assert_cmpint (t, >=, 0);
  g_assert_cmpint (at (s, t)->role, ==, NG_MS_TITLE);
  g_assert_true (strstr (at (s, t)->name, "spokeswoman") != NULL);
  g_assert_true (no_person_holds (s, "spokeswoman"));
}

/* "President of Belarus Alexander Lukashenko": the title's "of" is the country. */
static void
test_title_of_country (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "President of Belarus Alexander Lukashenko received the delegation.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "President");
  gint c = find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Belarus");
  gint p = person (s, "Alexander Lukashenko");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpint (at (s, ti)->of, ==, c);
  g_assert_cmpint (at (s, p)->title, ==, ti);
  g_assert_cmpuint (count_people (s), ==, 1);
  /* "UN Special Envoy for Syria Geir Pedersen": the country the post is for sits between */
  g_autoptr (Scan) s2 = scan (data, "UN Special Envoy for Syria Geir Pedersen addressed the plenary by video link.");
  gint t2 = find (s2, NG_MS_TITLE, NG_KIND_PERSON, "Special Envoy");
  g_assert_cmpint (t2, >=, 0);
  g_assert_cmpint (at (s2, person (s2, "Geir Pedersen"))->title, ==, t2);
  g_assert_cmpint (at (s2, t2)->of, ==, find (s2, NG_MS_ENTITY, NG_KIND_ORG, "UN"));
}

/* "Secretary General of the PLO Executive Committee Hussein al-Sheikh": a
 * body of the organization between the title and the name; "head of the
 * General Intelligence Service Majed Faraj": "General" starts the body. */
static void
test_title_of_body (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The meeting was attended by Secretary General of the PLO Executive Committee "
                                   "Hussein al-Sheikh and head of the General Intelligence Service Majed Faraj.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Secretary General");
  gint p = person (s, "Hussein al-Sheikh");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, p)->title, ==, ti);
  g_assert_cmpint (at (s, ti)->of, ==, find (s, NG_MS_ENTITY, NG_KIND_ORG, "PLO"));
  gint gis = find (s, NG_MS_ENTITY, NG_KIND_ORG, "General Intelligence Service");
  g_assert_cmpint (gis, >=, 0);
  gint mf = person (s, "Majed Faraj");
  g_assert_cmpint (at (s, mf)->title, >=, 0);
  g_assert_cmpint (at (s, at (s, mf)->title)->of, ==, gis);
}

/* "The Director-General of the Food and Agriculture Organization (FAO),
 * Qu Dongyu,": the title's person after its body's acronym. */
static void
test_title_over_acronym (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The Director-General of the Food and Agriculture Organization (FAO), Qu Dongyu, "
                                   "addressed the participants.");
  gint p = person (s, "Qu Dongyu");
  g_assert_cmpint (at (s, p)->title, >=, 0);
  g_assert_cmpstr (at (s, at (s, p)->title)->name, ==, "Director-General");
}

/* "X, Minister of Commerce, Industry and Investment Promotion, took part":
 * "Promotion" is a portfolio's word, not a person. */
static void
test_portfolio_promotion (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Qais Al Yousef, Minister of Commerce, Industry and Investment Promotion, took "
                                   "part in the meeting.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Promotion"), <, 0);
  g_assert_cmpint (at (s, person (s, "Qais Al Yousef"))->title, >=, 0);  /* (and the name after the title: the title takes the last word) */
  g_autoptr (Scan) n = scan (data, "Oman's Minister of Commerce, Industry and Investment Promotion Qais Al Yousef "
                                   "attended.");
  gint q = person (n, "Qais Al Yousef");
  g_assert_cmpint (at (n, q)->title, >=, 0);
  g_assert_cmpstr (at (n, at (n, q)->title)->name, ==, "Minister of Commerce, Industry and Investment Promotion");
}

/* "the Governor of the Bank of Central African States (BEAC), Yvon Sana
 * Bangui,": a name in apposition after a title, over words the lexicon
 * knows as an agency and a city; not a list of places after a title. */
static void
test_name_over_lexicon (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Present were the Governor of the Bank of Central African States (BEAC), "
                                   "Yvon Sana Bangui, and others.");
  g_assert_cmpint (person (s, "Yvon Sana Bangui"), >=, 0);
  g_autoptr (Scan) c = scan (data, "The Governor visited Bangui, Douala and Yaounde.");
  g_assert_cmpint (find (c, NG_MS_ENTITY, NG_KIND_CITY, "Bangui"), >=, 0);
}

/* "the Nigeria-Niger Joint Commission for Cooperation": a body's head,
 * "for" and what it is for, up to the name's end; not "the International
 * Coalition for the Return" cut before "of Ukrainian Children". */
static void
test_body_for_field (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "They attended the Nigeria-Niger Joint Commission for Cooperation in Niamey.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Nigeria-Niger Joint Commission for Cooperation"), >=, 0);
  g_autoptr (Scan) c = scan (data, "They met the International Coalition for the Return of Ukrainian Children.");
  g_assert_cmpint (find (c, NG_MS_ENTITY, NG_KIND_ORG, "International Coalition for the Return"), <, 0);
}

/* "Minister for the Overseas Territories Stephen Doughty": a portfolio
 * after "the"; not "Chief of the General Staff X" nor "Minister of the
 * Foreign Ministry". */
static void
test_title_portfolio_the (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Minister for the Overseas Territories Stephen Doughty also joined the meeting.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Minister for the Overseas Territories");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, person (s, "Stephen Doughty"))->title, ==, ti);
  g_autoptr (Scan) g = scan (data, "Chief of the General Staff Omar Haddad met the delegation.");
  g_assert_cmpint (find (g, NG_MS_TITLE, NG_KIND_PERSON, "Chief of the General"), <, 0);
  /* (or before a comma and the name in apposition, after "the": "the
   * Minister for the Interior, Hon. Muntaka Mubarak") */
  g_autoptr (Scan) h = scan (data, "Present were the Minister for the Interior, Hon. Muntaka Mubarak, and others.");
  gint hi = find (h, NG_MS_TITLE, NG_KIND_PERSON, "Minister for the Interior");
  g_assert_cmpint (hi, >=, 0);
  g_assert_cmpint (at (h, person (h, "Muntaka Mubarak"))->title, ==, hi);
}

/* "Governor of Russia's Nizhny Novgorod Oblast Gleb Nikitin": the region
 * ends before the given name and is where the post is; "Foreign Minister
 * Park Jin" stays a name. */
static void
test_title_of_region (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Belarusian President Aleksandr Lukashenko met with Governor of Russia's "
                                   "Nizhny Novgorod Oblast Gleb Nikitin in Minsk.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Governor");
  gint p = person (s, "Gleb Nikitin");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, p)->title, ==, ti);
  g_assert_cmpint (at (s, ti)->of, >=, 0);
  g_assert_cmpstr (at (s, at (s, ti)->of)->name, ==, "Nizhny Novgorod Oblast");
  g_autoptr (Scan) k = scan (data, "South Korean Foreign Minister Park Jin met Wang Yi.");
  g_assert_cmpint (person (k, "Park Jin"), >=, 0);
}

/* "at PM House": a building after a title is no person; "President Hall"
 * would be. */
static void
test_title_building (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The minister called on Prime Minister Shehbaz Sharif at PM House on Tuesday.");
  g_assert_cmpuint (count_people (s), ==, 1);
  g_assert_true (no_person_holds (s, "House"));
}

/* "Minister of Investment, Industry and Trade Laziz Kudratov": portfolios
 * listed with a comma and "and" are one title. */
static void
test_title_portfolio_list (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The delegation included Minister of Investment, Industry and Trade Laziz Kudratov.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Minister of Investment, Industry and Trade");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, person (s, "Laziz Kudratov"))->title, ==, ti);
  g_assert_true (no_person_holds (s, "Industry"));
}

/* "at Seri Perdana, the Malaysian leader's official residence": a name
 * described as a residence is a place, even with an honorific's word. */
static void
test_residence_place (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Mr Wong had dinner with Datuk Seri Anwar at Seri Perdana, the Malaysian leader's "
                                   "official residence.");
  g_assert_true (no_person_holds (s, "Perdana"));
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Seri Perdana"), >=, 0);
}

/* "the Russian diplomatic spokeswoman, Maria Zakharova", "Pakistani
 * caretaker Prime Minister X": a demonym two lowercase words before the
 * title is its country. */
static void
test_demonym_words_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The Russian diplomatic spokeswoman, Maria Zakharova, said so.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "spokeswoman");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, ti)->of, ==, find (s, NG_MS_DEMONYM, NG_KIND_COUNTRY, "Russian"));
  g_autoptr (Scan) k = scan (data, "Pakistani caretaker Prime Minister Anwaar-ul-Haq Kakar arrived.");
  gint tk2 = find (k, NG_MS_TITLE, NG_KIND_PERSON, "Prime Minister");
  g_assert_cmpint (tk2, >=, 0);
  g_assert_cmpint (at (k, tk2)->of, >=, 0);
}

/* "her Indonesian counterpart, Foreign Minister Sugiono": the post is of
 * the description's country. */
static void
test_counterpart_comma_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Penny Wong joined the talks alongside her Indonesian counterpart, Foreign "
                                   "Minister Sugiono.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Foreign Minister");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, ti)->of, >=, 0);
  g_assert_cmpint (at (s, at (s, ti)->of)->role, ==, NG_MS_DESCRIPTION);
  g_assert_cmpstr (at (s, at (s, ti)->of)->lex->key, ==, "country-indonesia");
}

/* "President Kassym-Jomart Tokayev of Kazakhstan": the country follows the name. */
static void
test_title_name_of_country (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "President Kassym-Jomart Tokayev of Kazakhstan opened the forum.");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "President");
  gint c = find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Kazakhstan");
  gint p = person (s, "Kassym-Jomart Tokayev");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpint (at (s, ti)->of, ==, c);
  g_assert_cmpint (at (s, p)->title, ==, ti);
}

/* "(ASEAN)" after its expansion is an acronym partnered with it. */
static void
test_acronym_known (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Leaders of the Association of Southeast Asian Nations (ASEAN) gathered in Jakarta.");
  gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Association of Southeast Asian Nations");
  gint a = find (s, NG_MS_ACRONYM, NG_KIND_ORG, "ASEAN");
  g_assert_cmpint (o, >=, 0);
  g_assert_cmpint (a, >=, 0);
  g_assert_cmpint (at (s, a)->partner, ==, o);
  g_assert_cmpint (at (s, o)->partner, ==, a);
  g_assert_nonnull (at (s, o)->lex);
  g_assert_cmpstr (at (s, o)->lex->key, ==, "org-asean");
  g_assert_cmpuint (count_people (s), ==, 0);
}

/* An acronym after an organization no lexicon knows. */
static void
test_acronym_unknown (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Delegates of the Northern Seas Fisheries Organization (NSFO) met in Oslo.");
  gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Northern Seas Fisheries Organization");
  gint a = find (s, NG_MS_ACRONYM, NG_KIND_ORG, "NSFO");
  g_assert_cmpint (o, >=, 0);
  g_assert_cmpint (a, >=, 0);
  g_assert_null (at (s, o)->lex);
  g_assert_cmpint (at (s, a)->partner, ==, o);
  g_assert_cmpuint (count_people (s), ==, 0);
}


/* A lexicon name that starts with a dotted abbreviation ("U.S." folds to
 * two words) is found whole, with its entry. */
static void
test_org_dotted_abbreviation (gconstpointer data)
{
  static const char *const cases[][2] = {
    { "The U.N. Security Council met on Monday.", "U.N. Security Council" },
    { "The U.S. State Department said on Monday it would reply.", "U.S. State Department" },
    { "Officials of the U.S. Treasury arrived.", "U.S. Treasury" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (Scan) s = scan (data, cases[i][0]);
      gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, cases[i][1]);
      if (o < 0)
        g_test_message ("no organization '%s'", cases[i][1]);
      g_assert_cmpint (o, >=, 0);
      g_assert_nonnull (at (s, o)->lex);
    }
}

/* A place's head word alone ("Park", "Hall") names no place: it may be a
 * surname. */
static void
test_place_head_alone (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Kamikawa held talks with Wang and Park, and Bourita met Hall.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Park"), <, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Hall"), <, 0);
  g_autoptr (Scan) t = scan (data, "They met in Lumbini Park and at Carnegie Hall.");
  g_assert_cmpint (find (t, NG_MS_ENTITY, NG_KIND_PLACE, "Lumbini Park"), >=, 0);
  g_assert_cmpint (find (t, NG_MS_ENTITY, NG_KIND_PLACE, "Carnegie Hall"), >=, 0);
}

/* A given name and a city's name are a person ("Jorge Lima"); the city
 * alone stays a city. */
static void
test_given_name_and_city (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Education Minister Jorge Lima of Chile met envoys in Lima on Monday.");
  g_assert_cmpint (person (s, "Jorge Lima"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Lima"), >=, 0);
  /* (a country's name too: "Luis Montenegro", but Montenegro is still a country) */
  g_autoptr (Scan) s2 = scan (data, "Portugal's Prime Minister Luis Montenegro met leaders of Montenegro.");
  g_assert_cmpint (person (s2, "Luis Montenegro"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_COUNTRY, "Montenegro"), >=, 0);
}

/* Long names with particles are whole; a name ends before "of". */
static void
test_long_names (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva.");
  g_assert_cmpint (person (s, "Luiz Inacio Lula da Silva"), >=, 0);
  g_autoptr (Scan) t = scan (data, "President John Hall of Malta met envoys.");
  g_assert_cmpint (person (t, "John Hall"), >=, 0);
  g_assert_cmpint (find (t, NG_MS_ENTITY, NG_KIND_COUNTRY, "Malta"), >=, 0);
  /* honorifics stack; the name goes on over particles */
  g_autoptr (Scan) u = scan (data, "His Highness Sheikh Mohamed bin Zayed Al Nahyan, President of the UAE, received envoys.");
  g_assert_cmpint (person (u, "Mohamed bin Zayed Al Nahyan"), >=, 0);
  g_assert_cmpuint (count_people (u), ==, 1);
  /* a city that is also a given name, after a country's possessive */
  g_autoptr (Scan) v = scan (data, "Brazil's Lula attended, as did Paraguay's Santiago Peña.");
  gint sp = person (v, "Santiago Peña");
  g_assert_true (at (v, sp)->strong);
  g_assert_cmpint (find (v, NG_MS_ENTITY, NG_KIND_CITY, "Santiago"), <, 0);
  /* (Salvador and Milan too, given names as often as cities) */
  g_autoptr (Scan) w2 = scan (data, "Salvador Illa received Milan Zver in Barcelona.");
  g_assert_cmpint (find (w2, NG_MS_ENTITY, NG_KIND_PERSON, "Salvador Illa"), >=, 0);
  g_assert_cmpint (find (w2, NG_MS_ENTITY, NG_KIND_PERSON, "Milan Zver"), >=, 0);
  g_assert_cmpint (find (w2, NG_MS_ENTITY, NG_KIND_CITY, "Salvador"), <, 0);
  /* a label with a possessive inside */
  g_autoptr (Scan) w = scan (data, "He met President of the Lao People's Democratic Republic Thongloun Sisoulith.");
  g_assert_cmpint (find (w, NG_MS_ENTITY, NG_KIND_COUNTRY, "Lao People's Democratic Republic"), >=, 0);
  g_assert_cmpint (person (w, "Thongloun Sisoulith"), >=, 0);
}
/* Unknown organizations by their head word: "... Council", "Council of ...", "... Agency". */
static void
test_org_head_words (gconstpointer data)
{
  {
    g_autoptr (Scan) s = scan (data, "Members of the Supreme Coastal Fisheries Council discussed the quotas.");
    gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Supreme Coastal Fisheries Council");
    g_assert_cmpint (o, >=, 0);
    g_assert_null (at (s, o)->lex);
    g_assert_cmpuint (count_people (s), ==, 0);
  }
  {
    /* an organization's name stops before a day */
    g_autoptr (Scan) s = scan (data, "The Board of Governors on Thursday declared the state in breach of the rules.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Board of Governors"), >=, 0);
  }
  {
    /* an envoy's title, where the envoy serves, then the name after a comma */
    g_autoptr (Scan) s = scan (data, "Iran's ambassador to the IAEA, Quentaro Vilsk, was present at the meeting.");
    gint p = person (s, "Quentaro Vilsk");
    g_assert_cmpint (at (s, p)->title, >=, 0);
    g_assert_cmpstr (at (s, at (s, p)->title)->name, ==, "ambassador");
  }
  {
    /* a body of its own whose name ends with a lexicon organization's */
    g_autoptr (Scan) s = scan (data, "Leaders took part in a meeting of the Supreme State Council in Minsk.");
    gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Supreme State Council");
    g_assert_cmpint (o, >=, 0);
    g_assert_null (at (s, o)->lex);
    g_assert_cmpuint (count_people (s), ==, 0);
  }
  {
    g_autoptr (Scan) s = scan (data, "The Council of Coastal Mayors approved the plan.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Council of Coastal Mayors"), >=, 0);
    g_assert_cmpuint (count_people (s), ==, 0);
  }
  {
    g_autoptr (Scan) s = scan (data, "The Nordic Energy Agency said prices would fall.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Nordic Energy Agency"), >=, 0);
    g_assert_cmpuint (count_people (s), ==, 0);
  }
  {
    /* a country's body of business or work, its members after the country */
    g_autoptr (Scan) s = scan (data, "The Confederation of Zimbabwe Industries and the Federation of Kenya Employers "
                                     "hosted the forum.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Confederation of Zimbabwe Industries"), >=, 0);
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Federation of Kenya Employers"), >=, 0);
  }
  {
    /* a title that is also a given name, inside a name */
    g_autoptr (Scan) s = scan (data, "The meeting was chaired by Sikandar Sultan Raja in Islamabad.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Sikandar Sultan Raja"), >=, 0);
    g_assert_cmpint (find (s, NG_MS_TITLE, 0, "Sikandar Sultan"), <, 0);
  }
  {
    /* a confederation of sport or of unions, with a people's name in it */
    g_autoptr (Scan) s = scan (data, "The Andean Football Confederation and the Confederation of Turkish Trade Unions "
                                     "welcomed the plan.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Andean Football Confederation"), >=, 0);
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Confederation of Turkish Trade Unions"), >=, 0);
    g_assert_cmpuint (count_people (s), ==, 0);
  }
  /* Known bodies keep their lexicon entry. */
  {
    g_autoptr (Scan) s = scan (data, "The Council of Foreign Ministers approved the plan.");
    gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Council of Foreign Ministers");
    g_assert_cmpint (o, >=, 0);
    g_assert_nonnull (at (s, o)->lex);
  }
}

/* An unknown organization whose name holds a place word is still one organization. */
static void
test_org_with_place_word (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The Baltic Fisheries Council met in Riga on Monday.");
  if (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Baltic Fisheries Council") < 0)
    {
      g_test_incomplete ("a lexicon place word inside an unknown organization's name splits it "
                         "(\"The Baltic Fisheries Council met in Riga\" gives place Baltic + org Fisheries Council)");
      return;
    }
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Baltic"), <, 0);
}

/* Places by their head word: "Palace of ...". */
static void
test_place_head_words (gconstpointer data)
{
  {
    /* a given name ending in -s is no headline verb; a title in the
     * possessive is another's, not the apposition's */
    g_autoptr (Scan) k = scan (data, "Trump was hosted by King Charles for a state banquet.");
    g_assert_cmpint (person (k, "Charles"), >=, 0);
    g_autoptr (Scan) c = scan (data, "They held talks at Chequers, the prime minister's country residence, on Thursday.");
    for (guint i = 0; i < c->spans->len; i++)
      {
        const NgMentionSpan *m = &g_array_index (c->spans, NgMentionSpan, i);
        g_assert_false (m->role == NG_MS_ENTITY && m->kind == NG_KIND_PERSON && m->strong);
      }
  }
  {
    /* a city's name and a place's head */
    g_autoptr (Scan) r = scan (data, "Ministers were due to meet at Ramstein Air Base in Germany.");
    g_assert_cmpint (find (r, NG_MS_ENTITY, NG_KIND_PLACE, "Ramstein Air Base"), >=, 0);
    /* (but a city's with 's: the city, then its park) */
    g_autoptr (Scan) d = scan (data, "Ministers gathered at Farmleigh House in Dublin's Phoenix Park on Thursday.");
    g_assert_cmpint (find (d, NG_MS_ENTITY, NG_KIND_PLACE, "Dublin's Phoenix Park"), <, 0);
    g_assert_cmpint (find (d, NG_MS_ENTITY, NG_KIND_PLACE, "Phoenix Park"), >=, 0);
    /* (and a venue named for a company: "the Microsoft Theater") */
    g_autoptr (Scan) v = scan (data, "He will attend the inaugural ceremony at the Microsoft Theater on Wednesday.");
    g_assert_cmpint (find (v, NG_MS_ENTITY, NG_KIND_PLACE, "Microsoft Theater"), >=, 0);
    g_assert_cmpint (find (v, NG_MS_ENTITY, NG_KIND_ORG, "Microsoft"), <, 0);
  }
  {
    /* a ministry's portfolio is no person, before a name or alone */
    g_autoptr (Scan) p = scan (data, "Permanent Secretary in the Ministry of Foreign and CARICOM Affairs Deborah "
                                     "Sealy-Mahabir spoke to Minister of Foreign Affairs, African Cooperation and "
                                     "Moroccan Expatriates, Nasser Bourita.");
    g_assert_cmpint (find (p, NG_MS_ENTITY, NG_KIND_PERSON, "Deborah Sealy-Mahabir"), >=, 0);
    g_assert_cmpint (find (p, NG_MS_ENTITY, NG_KIND_PERSON, "African Cooperation"), <, 0);
    g_assert_cmpint (find (p, NG_MS_ENTITY, NG_KIND_PERSON, "Cooperation"), <, 0);
  }
  {
    /* a lexicon's name that ends in 's keeps it: "St. John's" */
    g_autoptr (Scan) j = scan (data, "Ministers met in St. John's, Antigua and Barbuda, on Wednesday.");
    gint sj = find (j, NG_MS_ENTITY, NG_KIND_CITY, "St. John's");
    g_assert_cmpint (sj, >=, 0);
    g_assert_false (g_array_index (j->spans, NgMentionSpan, sj).possessive);
  }
  {
    /* a royal's title before the name of an airport is part of it */
    g_autoptr (Scan) k = scan (data, "The president was received at King Khalid International Airport by the governor.");
    g_assert_cmpint (find (k, NG_MS_ENTITY, NG_KIND_PLACE, "King Khalid International Airport"), >=, 0);
    g_assert_cmpuint (count_people (k), ==, 0);
  }
  {
    /* a Title Case verb after a title, before a demonym, is no name */
    g_autoptr (Scan) v = scan (data, "Crown Prince Receives Qatari Emir");
    g_assert_cmpuint (count_people (v), ==, 0);
  }
  g_autoptr (Scan) s = scan (data, "The ceremony took place at the Palace of Friendship in Ashgabat.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Palace of Friendship");
  g_assert_cmpint (p, >=, 0);
  g_assert_null (at (s, p)->lex);
  gint c = find (s, NG_MS_ENTITY, NG_KIND_CITY, "Ashgabat");
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpstr (at (s, c)->lex->key, ==, "city-ashgabat");
  g_assert_cmpuint (count_people (s), ==, 0);

  g_autoptr (Scan) k = scan (data, "The ceremony took place at the Palace of Independence in Minsk.");
  gint pi = find (k, NG_MS_ENTITY, NG_KIND_PLACE, "Palace of Independence");
  g_assert_cmpint (pi, >=, 0);
  g_assert_nonnull (at (k, pi)->lex);
}

/* "The Belarusian Foreign Ministry": a demonym and an organization word make one organization. */
static void
test_demonym_org (gconstpointer data)
{
  static const char *const cases[][2] = {
    { "The Russian Foreign Ministry issued a statement on Monday.", "Russian Foreign Ministry" },
    { "The Belarusian Foreign Ministry issued a statement on Monday.", "Belarusian Foreign Ministry" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (Scan) s = scan (data, cases[i][0]);
      g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, cases[i][1]), ==, 0);
      g_assert_cmpuint (s->spans->len, ==, 1);
    }
}

/* "Mr. Vilsk": the honorific backs a one-word person and is not part of the name. */
static void
test_honorific (gconstpointer data)
{
  static const char *const texts[] = {
    "Mr. Vilsk arrived late for the meeting.",
    "Dr. Vilsk arrived late for the meeting.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (Scan) s = scan (data, texts[i]);
      gint p = person (s, "Vilsk");
      g_assert_true (at (s, p)->strong);
      g_assert_cmpuint (count_people (s), ==, 1);
    }
}

/* Particles inside names: von der, bin, al-. */
static void
test_name_particles (gconstpointer data)
{
  static const char *const cases[][2] = {
    { "Ursula von der Leyen spoke first at the meeting.", "Ursula von der Leyen" },
    { "Mohammed bin Salman hosted the dinner.", "Mohammed bin Salman" },
    { "Ahmed al-Sharaa visited Riyadh on Sunday.", "Ahmed al-Sharaa" },
    /* after an honorific, a lowercase particle joined by a hyphen */
    { "Sheikh Tamim bin Hamad al-Thani met the envoy.", "Tamim bin Hamad al-Thani" },
    /* Oman's honorific */
    { "Omani Foreign Minister Sayyid Badr Albusaidi met the envoy.", "Badr Albusaidi" },
    /* a short acronym matches only in capitals: "Un" is no UN */
    { "North Korean leader Kim Jong Un received the envoy in Pyongyang.", "Kim Jong Un" },
    /* an honorific inside a name, after a given name */
    { "Somalia's President Hassan Sheikh Mohamud met the envoy.", "Hassan Sheikh Mohamud" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (Scan) s = scan (data, cases[i][0]);
      gint p = person (s, cases[i][1]);
      g_assert_true (at (s, p)->strong);
      g_assert_cmpuint (count_people (s), ==, 1);
    }
}

/* A person no lexicon knows is found by a title before the name or a speech verb after it. */
static void
test_unknown_person (gconstpointer data)
{
  {
    g_autoptr (Scan) s = scan (data, "Deputy Prime Minister Quentaro Vilsk signed the agreement.");
    gint p = person (s, "Quentaro Vilsk");
    gint t = at (s, p)->title;
    g_assert_cmpint (t, >=, 0);
    g_assert_cmpstr (at (s, t)->name, ==, "Deputy Prime Minister");
    g_assert_true (at (s, p)->strong);
    g_assert_false (at (s, p)->speaker);
  }
  {
    g_autoptr (Scan) s = scan (data, "Quentaro Vilsk said the agreement was fair.");
    gint p = person (s, "Quentaro Vilsk");
    g_assert_true (at (s, p)->speaker);
    g_assert_true (at (s, p)->strong);
    g_assert_cmpint (at (s, p)->title, ==, -1);
  }
  {
    /* One word before "said": a speaker, but not strong on its own. */
    g_autoptr (Scan) s = scan (data, "Vilsk said the agreement was fair.");
    gint p = person (s, "Vilsk");
    g_assert_true (at (s, p)->speaker);
    g_assert_false (at (s, p)->strong);
  }
  {
    /* One word after a counterpart: a person of one name. */
    g_autoptr (Scan) s = scan (data, "Penny Wong also met her Indonesian counterpart Vilsk.");
    g_assert_true (at (s, person (s, "Vilsk"))->strong);
    g_autoptr (Scan) s2 = scan (data, "Penny Wong also met her Indonesian counterpart, Vilsk, on Friday.");
    g_assert_true (at (s2, person (s2, "Vilsk"))->strong);
  }
  {
    /* A portfolio ends where a name no lexicon knows starts. */
    g_autoptr (Scan) s = scan (data, "He sent Minister of State for External Affairs Quentaro Vilsk instead.");
    gint p = person (s, "Quentaro Vilsk");
    g_assert_cmpstr (at (s, at (s, p)->title)->name, ==, "Minister of State for External Affairs");
    g_autoptr (Scan) s2 = scan (data, "Minister of Regional Development and Infrastructure Quentaro Vilsk spoke.");
    g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Quentaro Vilsk"), >=, 0);
    /* ("Climate Change": a portfolio of two words after "and") */
    g_autoptr (Scan) s3 = scan (data, "Minister of Environment and Climate Change Quentaro Vilsk spoke.");
    gint p3 = person (s3, "Quentaro Vilsk");
    g_assert_cmpstr (at (s3, at (s3, p3)->title)->name, ==, "Minister of Environment and Climate Change");
  }
}

/* Capitalized stopwords at the start of a sentence are not names. */
static void
test_sentence_start_stopwords (gconstpointer data)
{
  {
    g_autoptr (Scan) s = scan (data, "According to Lars Vennergren, the plan failed.");
    gint p = person (s, "Lars Vennergren");
    g_assert_true (at (s, p)->speaker);
    g_assert_cmpuint (count_people (s), ==, 1);
    g_assert_true (no_person_holds (s, "According"));
  }
  {
    g_autoptr (Scan) s = scan (data, "On Tuesday the ministers met in Minsk.");
    g_assert_cmpuint (s->spans->len, ==, 1);
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Minsk"), ==, 0);
  }
  {
    g_autoptr (Scan) s = scan (data, "According to the ministry, the plan failed.");
    g_assert_cmpuint (s->spans->len, ==, 0);
  }
  {
    /* A plain noun opening a sentence is at most a weak candidate. */
    g_autoptr (Scan) s = scan (data, "Envoys of the Northern Seas Fisheries Organization met in Oslo.");
    gint e = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Envoys");
    g_assert_true (e < 0 || !at (s, e)->strong);
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Northern Seas Fisheries Organization"), >=, 0);
  }
  {
    /* An outlet's name has its words capitalized: "The statesman said"
     * is no newspaper, "told The Statesman" is; "TASS news agency" is
     * TASS. */
    g_autoptr (Scan) s = scan (data, "The statesman said the sun rose.");
    g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "The statesman"), <, 0);
    g_autoptr (Scan) s2 = scan (data, "He told The Statesman that TASS news agency reported it.");
    g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "The Statesman"), >=, 0);
    g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "TASS"), >=, 0);
    g_autoptr (Scan) s3 = scan (data, "He told Notes from Poland that talks went well.");
    g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Notes from Poland"), >=, 0);
  }
}

/* Titles are never part of a person's name, wherever they stand. */
static void
test_title_not_in_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "President Vladimir Putin spoke with Chinese President Xi Jinping by phone.");
  gint p1 = person (s, "Vladimir Putin");
  gint p2 = person (s, "Xi Jinping");
  g_assert_cmpuint (count_people (s), ==, 2);
  g_assert_true (no_person_holds (s, "President"));
  g_assert_true (no_person_holds (s, "Chinese"));
  gint t1 = at (s, p1)->title, t2 = at (s, p2)->title;
  g_assert_cmpint (t1, >=, 0);
  g_assert_cmpint (t2, >=, 0);
  g_assert_cmpint (t1, !=, t2);
  g_assert_cmpint (at (s, t1)->of, ==, -1);
  gint dem = find (s, NG_MS_DEMONYM, NG_KIND_COUNTRY, "Chinese");
  g_assert_cmpint (dem, >=, 0);
  g_assert_cmpint (at (s, t2)->of, ==, dem);
}

/* A lowercase "major economies" is not a title. */
static void
test_lowercase_not_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Leaders of major economies met in Rome on Friday.");
  g_assert_cmpuint (count_role (s, NG_MS_TITLE), ==, 0);
  g_assert_cmpuint (count_people (s), ==, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Rome"), >=, 0);
}

/* "Prime Minister X Friday emphasized": the day after a name is not of
 * it; "the Good Friday Agreement" keeps its day. */
static void
test_weekday_after_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Prime Minister Shahid Khaqan Abbasi Friday emphasized the engagement.");
  g_assert_cmpint (person (s, "Shahid Khaqan Abbasi"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "The Good Friday Agreement was signed in Belfast.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Good"), <, 0);
}

/* "His Excellency President William Ruto": the honorific, then the
 * title and the name as without it. */
static void
test_excellency_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Museveni held talks with his counterpart, His Excellency President William Ruto, at State House.");
  gint p = person (s, "William Ruto");
  gint ti = at (s, p)->title;
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpstr (at (s, ti)->name, ==, "President");
  g_autoptr (Scan) s2 = scan (data, "His Excellency President Yoweri Museveni arrived in Nairobi on Monday.");
  gint p2 = person (s2, "Yoweri Museveni");
  g_assert_cmpint (at (s2, p2)->title, >=, 0);
  g_assert_cmpstr (at (s2, at (s2, p2)->title)->name, ==, "President");
}

/* "Prime Ministers Edi Rama & Dusko Markovic": each listed holds the
 * plural title, after "and", a comma or an ampersand. */
static void
test_plural_title_ampersand (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Prime Ministers Edi Rama & Dusko Markovic addressed the joint session.");
  gint a = person (s, "Edi Rama"), b = person (s, "Dusko Markovic");
  g_assert_cmpint (at (s, a)->title, >=, 0);
  g_assert_cmpint (at (s, b)->title, ==, at (s, a)->title);
}

/* "Amir" is a form of "Emir", no abbreviation to be written with a dot;
 * as a given name too, it is the title only after "the" or a possessive,
 * or before "of" or an honorific. */
static void
test_amir_title_or_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Ali held talks with the Amir of the State of Qatar, His Highness Sheikh Tamim bin Hamad Al Thani, on Tuesday.");
  gint p = person (s, "Tamim bin Hamad Al Thani");
  g_assert_cmpint (at (s, p)->title, >=, 0);
  g_assert_cmpstr (at (s, at (s, p)->title)->name, ==, "Amir");
  g_assert_true (no_person_holds (s, "Amir"));
  g_autoptr (Scan) s2 = scan (data, "Kuwait's Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received the minister.");
  gint p2 = person (s2, "Meshal Al-Ahmad Al-Jaber Al-Sabah");
  g_assert_cmpint (at (s2, p2)->title, >=, 0);
  g_autoptr (Scan) s3 = scan (data, "Knesset Speaker Amir Ohana met the visiting delegation.");
  person (s3, "Amir Ohana");
}

/* "UNDP Administrator Helen Clark", "Auditor-General X": posts of heads
 * and officers that are titles. */
static void
test_administrator_titles (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Lukashenko met with UNDP Administrator Helen Clark on Monday.");
  gint p = person (s, "Helen Clark");
  g_assert_cmpint (at (s, p)->title, >=, 0);
  g_assert_cmpstr (at (s, at (s, p)->title)->name, ==, "Administrator");
  g_autoptr (Scan) s2 = scan (data, "The report was signed by Auditor-General Kalinda Marsh and the Special Rapporteur, Ana Ruiz.");
  gint p2 = person (s2, "Kalinda Marsh");
  g_assert_cmpint (at (s2, p2)->title, >=, 0);
  gint p3 = person (s2, "Ana Ruiz");
  g_assert_cmpint (at (s2, p3)->title, >=, 0);
}

/* "Secretary General Dato' Lim Jock Hoi": the Malay honorific, with a
 * straight or a curly apostrophe, is no name, and the title is the
 * holder's over it. */
static void
test_dato_honorific (gconstpointer data)
{
  const char *texts[] = {
    "President Joko Widodo received ASEAN Secretary General Dato' Lim Jock Hoi at the palace.",
    "President Joko Widodo received ASEAN Secretary General Dato\u2019 Lim Jock Hoi at the palace.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (Scan) s = scan (data, texts[i]);
      gint p = person (s, "Lim Jock Hoi");
      g_assert_true (no_person_holds (s, "Dato"));
      gint ti = at (s, p)->title;
      g_assert_cmpint (ti, >=, 0);
      g_assert_cmpstr (at (s, ti)->name, ==, "Secretary General");
    }
}

/* "the President of the Republic of Uganda, Gen. Yoweri Museveni": the
 * post before the comma is the holder's, over the rank before the name. */
static void
test_post_over_rank (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The President of the Republic of Uganda, Gen. Yoweri Museveni, arrived in Nairobi.");
  gint p = person (s, "Yoweri Museveni");
  gint ti = at (s, p)->title;
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpstr (at (s, ti)->name, ==, "President");
  g_assert_cmpint (at (s, ti)->of, >=, 0);
  /* (a rank alone is still the title) */
  g_autoptr (Scan) s2 = scan (data, "The army chief, Gen. Muhoozi Kainerugaba, arrived in Nairobi.");
  gint p2 = person (s2, "Muhoozi Kainerugaba");
  g_assert_cmpint (at (s2, p2)->title, >=, 0);
}

/* "Mr. Matt Anderson PSM", "Jane Smith AO QC": an honour's letters are
 * no part of the name. */
static void
test_postnominal_letters (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "She met the director, Mr. Matt Anderson PSM, at the memorial.");
  person (s, "Matt Anderson");
  g_autoptr (Scan) s2 = scan (data, "The report was written by Jane Smith AO QC last year.");
  person (s2, "Jane Smith");
  /* (and an Irish member's: "Simon Harris TD") */
  g_autoptr (Scan) s3 = scan (data, "The Minister for Defence, Declan Moran TD, met the delegation.");
  person (s3, "Declan Moran");
}

/* "Australia's Prime Minister the Hon Anthony Albanese MP": the title
 * over "the Hon", without a comma. */
static void
test_title_the_hon (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "On invitation by Australia's Prime Minister the Hon Anthony Albanese MP, she visited Canberra.");
  gint p = person (s, "Anthony Albanese");
  gint ti = at (s, p)->title;
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpstr (at (s, ti)->name, ==, "Prime Minister");
}

/* "Julie Bishop": a given name and a title's word, no name after it, is
 * a person. */
static void
test_given_name_title_surname (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Retno Marsudi is to meet her Australian counterpart, Julie Bishop.");
  person (s, "Julie Bishop");
}

/* '"...," mentioned the Foreign Ministry Spokesman, X': the verb before
 * the speaker, over "the". */
static void
test_inverted_speech_the (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "\"There will be a bilateral meeting on March 21,\" mentioned the Foreign Ministry "
                                   "Spokesman, Arrmanatha Nasir, at the ministry.");
  gint p = person (s, "Arrmanatha Nasir");
  g_assert_true (at (s, p)->speaker);
}

/* A country name followed by 's is possessive and owns the title after it. */
static void
test_possessive_country (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Kyrgyzstan's Foreign Minister Jeenbek Kulubaev said the talks went well.");
  gint c = find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Kyrgyzstan");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Foreign Minister");
  gint p = person (s, "Jeenbek Kulubaev");
  g_assert_cmpint (c, >=, 0);
  g_assert_true (at (s, c)->possessive);
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, ti)->of, ==, c);
  g_assert_cmpint (at (s, p)->title, ==, ti);
  g_assert_true (at (s, p)->speaker);
}

/* "the India-Africa Forum Summit": two partners' series of summits is a
 * body ("the Gulf-China Summit" is the Gulf states', no body of its own);
 * "President Duma Boko": an organization's one-word name after a title
 * opens a person's. */
static void
test_partner_summits_title_org (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "President Duma Boko spoke at the fourth India-Africa Forum Summit in New Delhi.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Duma Boko"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "India-Africa Forum Summit"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Duma"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "The crown prince chaired the Gulf-China Summit in Riyadh.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Gulf-China Summit"), <, 0);
}

/* "International Follow-up Committee on Libya": a head word, "on" and a
 * country inside a body's name; not "the Security Council on Monday". */
static void
test_head_on_country (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Envoys of the International Follow-up Committee on Libya met in Berlin.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "International Follow-up Committee on Libya"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Libya"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "The Security Council on Monday met in New York.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Security Council"), >=, 0);
}

/* "South Africa's Trade, Industry and Competition Minister Parks Tau":
 * portfolios listed with a comma before the title's word. */
static void
test_portfolio_list_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "South Africa's Trade, Industry and Competition Minister Parks Tau attended.");
  gint ti = find (s, NG_MS_TITLE, 0, "Trade, Industry and Competition Minister");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, person (s, "Parks Tau"))->title, ==, ti);
}

/* "the Malaysia-Singapore Leaders' Retreat", "the Korea-Africa Foreign
 * Ministers' Meeting": two partners' series of meetings goes on over its
 * owners' possessive (not a series the lexicon knows: the Korea-Africa
 * Foreign Ministers' Meeting is the Korea-Africa Summit's). */
static void
test_partner_owned_meeting (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Anwar Ibrahim hosted Lawrence Wong for the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Malaysia-Singapore Leaders' Retreat"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Malaysia-Singapore Leaders"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "Ministers met at the fifth China-Afghanistan-Pakistan Foreign Ministers' Dialogue in Kabul.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "China-Afghanistan-Pakistan Foreign Ministers' Dialogue"), >=, 0);
}

/* "the Central Asia + Japan Dialogue": a region, a plus and a format's
 * name are one format's name. */
static void
test_plus_format (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Leaders attended the first Central Asia + Japan Dialogue summit in Tokyo.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Central Asia + Japan Dialogue"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Japan Dialogue"), <, 0);
}

/* "the Adriatic and Ionian Initiative": a sea's name, "and" and a body's
 * name are one body's name (not "the Adriatic and Ionian seas", nor two
 * countries). */
static void
test_and_regions (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Speakers met under the Adriatic and Ionian Initiative in Budva.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Adriatic and Ionian Initiative"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Ionian Initiative"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "They spoke of the Adriatic and Ionian seas.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Adriatic and Ionian seas"), <, 0);
  g_autoptr (Scan) s3 = scan (data, "Talks between Kenya and Uganda Revenue Authority officials.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_COUNTRY, "Kenya"), >=, 0);
}

/* "the Hotel Splendid in Becici", "flew to Pemba": a building's word
 * before a name is a building; an unknown word after a venue's "in", or
 * after going's "to" or "in", is a town (not "flew to Paris with
 * Macron": a person stays one). */
static void
test_going_to_towns (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The talks were held at the Hotel Splendid in Becici.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Hotel Splendid"), >=, 0);
  /* ("received ... at Villa Vodno": a villa's name, no town) */
  g_autoptr (Scan) v = scan (data, "The president received the premier at Villa Vodno.");
  g_assert_cmpint (find (v, NG_MS_ENTITY, NG_KIND_PLACE, "Villa Vodno"), >=, 0);
  /* (but "in Villa Gesell" is a town) */
  g_autoptr (Scan) vg = scan (data, "The ministers met in Villa Gesell on Monday.");
  g_assert_cmpint (find (vg, NG_MS_ENTITY, NG_KIND_CITY, "Villa Gesell"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Becici"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Ministers later travelled to Pemba for talks.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_CITY, "Pemba"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "She arrived in Mocuba on Monday with Filipe Nyusi.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_CITY, "Mocuba"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PERSON, "Filipe Nyusi"), >=, 0);
  g_autoptr (Scan) s4 = scan (data, "They met at Palacio Bolivar on Monday.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PLACE, "Palacio Bolivar"), >=, 0);
  /* (memorials, monuments, basilicas, plazas) */
  g_autoptr (Scan) s5 = scan (data, "He laid a wreath at the Jose Marti Memorial and the Monument of Unknown Soldiers.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_PLACE, "Jose Marti Memorial"), >=, 0);
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_PLACE, "Monument of Unknown Soldiers"), >=, 0);
  g_autoptr (Scan) s6 = scan (data, "The rally was held at Plaza Independencia on Monday.");
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_PLACE, "Plaza Independencia"), >=, 0);
}

/* "chaired by Tokayev", "presided over by Tokayev": a surname alone after
 * a chair's or a host's "by" is a person's, as after "counterpart". */
static void
test_chaired_by_surname (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Ministers met in Astana on Friday for a meeting chaired by Tokayev.");
  gint m = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Tokayev");
  g_assert_cmpint (m, >=, 0);
  g_assert_true (at (s, m)->strong);
  g_autoptr (Scan) s2 = scan (data, "The session was presided over by Tokayev.");
  gint m2 = find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Tokayev");
  g_assert_cmpint (m2, >=, 0);
  g_assert_true (at (s2, m2)->strong);
}

/* Names with what follows them: "the Hon Tony Burke MP" (no "MP" in the
 * name), "in Songkhla province" (a place, with its word), "near Nieuw
 * Nickerie, Suriname" (a town of a country); not "According to Rutte,
 * Ukraine's path"; "Minister for Fisheries and Marine Resources Jelta
 * Wong" (a given name before another portfolio word is a portfolio's). */
static void
test_name_suffixes (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The delegation included the Hon Tony Burke MP and officials.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Tony Burke"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Ministers will meet in Hat Yai, in Songkhla province, on Friday.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PLACE, "Songkhla province"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "The bridge will end near Nieuw Nickerie, Suriname, by 2028.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_CITY, "Nieuw Nickerie"), >=, 0);
  g_autoptr (Scan) s4 = scan (data, "According to Rutte, Ukraine's path is irreversible.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_CITY, "Rutte"), <, 0);
  g_autoptr (Scan) s5 = scan (data, "Minister for Fisheries and Marine Resources Jelta Wong spoke.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_PERSON, "Jelta Wong"), >=, 0);
  g_autoptr (Scan) s6 = scan (data, "Prime Minister Gabriel Attal and Marine Le Pen spoke.");
  g_assert_cmpint (find (s6, NG_MS_ENTITY, NG_KIND_PERSON, "Marine Le Pen"), >=, 0);
}

/* "Presidents Félix Tshisekedi and Paul Kagame", "Foreign Ministers
 * Sergei Lavrov and Wang Yi": a plural title is the title of each person
 * listed after it, in the singular, not a word of the first name. */
static void
test_plural_titles (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Angola hoped to bring together Presidents Felix Tshisekedi and Paul Kagame in Luanda.");
  gint a = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Felix Tshisekedi"), b = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Paul Kagame");
  g_assert_cmpint (a, >=, 0);
  g_assert_cmpint (b, >=, 0);
  g_assert_cmpint (at (s, a)->title, >=, 0);
  g_assert_cmpint (at (s, b)->title, ==, at (s, a)->title);
  g_assert_cmpstr (at (s, at (s, a)->title)->name, ==, "President");
  g_autoptr (Scan) s2 = scan (data, "Foreign Ministers Sergei Lavrov and Wang Yi met in Beijing.");
  gint c = find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Sergei Lavrov");
  g_assert_cmpint (c, >=, 0);
  g_assert_cmpstr (at (s2, at (s2, c)->title)->name, ==, "Foreign Minister");
  /* (a plural in "-ies", after a word the scan took for a title alone:
   * "General", a rank) */
  g_autoptr (Scan) s3 = scan (data, "General Secretaries Gagan Kumar Thapa and Bishwa Prakash Sharma were present.");
  gint d = find (s3, NG_MS_ENTITY, NG_KIND_PERSON, "Gagan Kumar Thapa");
  g_assert_cmpint (d, >=, 0);
  g_assert_cmpint (at (s3, d)->title, >=, 0);
  g_assert_cmpstr (at (s3, at (s3, d)->title)->name, ==, "General Secretary");
  g_assert_cmpint (find (s3, NG_MS_TITLE, 0, "General"), <, 0);
  /* (a modifier, then the plural in small letters) */
  g_autoptr (Scan) s4 = scan (data, "Deputy governors Rabi Sankar and Poonam Gupta also attended.");
  gint e = find (s4, NG_MS_ENTITY, NG_KIND_PERSON, "Poonam Gupta");
  g_assert_cmpint (e, >=, 0);
  g_assert_cmpint (at (s4, e)->title, >=, 0);
  g_assert_cmpstr (at (s4, at (s4, e)->title)->name, ==, "Deputy governor");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_PERSON, "Deputy"), <, 0);
}

/* "the Prime Minister of Papua New Guinea, the Hon James Marape MP,": the
 * title's person after "the" and an honorific. */
static void
test_the_hon_apposition (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "They called on the Prime Minister of Papua New Guinea, the Hon James Marape MP, at Parliament House.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "James Marape");
  g_assert_cmpint (p, >=, 0);
  g_assert_cmpint (at (s, p)->title, >=, 0);
}

/* "the foreign ministers Santiago Cafiero and Alberto van Klaveren": a
 * name joined to a strong person's after a plural of people is a
 * person's (not "Abu Musa, Greater Tunb and Lesser Tunb"). */
static void
test_listed_after_plural (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The foreign ministers Santiago Cafiero and Alberto van Klaveren met in Mendoza.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Santiago Cafiero");
  g_assert_cmpint (p, >=, 0);
  g_assert_true (at (s, p)->strong);
  g_autoptr (Scan) s2 = scan (data, "Iran holds the islands of Abu Musa, Greater Tunb and Lesser Tunb.");
  gint q = find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Greater Tunb");
  g_assert_true (q < 0 || !at (s2, q)->strong);
}

/* "in Tumbes on Monday", "in Tumbes yesterday", "today in Budva", "on
 * Monday in Tumbes": an unknown word after "in", next to a day, is a town
 * (not "in Tumbes" alone: no guess). */
static void
test_town_before_day (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The two ministers signed the accord in Tumbes on Monday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Tumbes"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "The accord was signed in Tumbes yesterday.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_CITY, "Tumbes"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "The accord was praised in Tumbes, officials said.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_CITY, "Tumbes"), <, 0);
  g_autoptr (Scan) s4 = scan (data, "The speaker opened today in Budva the conference of speakers.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_CITY, "Budva"), >=, 0);
  g_autoptr (Scan) s5 = scan (data, "The ministers met on Monday in Tumbes with the envoys.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_CITY, "Tumbes"), >=, 0);
}

/* "the Pacific Islands Forum Fisheries Agency (FFA)": an acronym that
 * spells the end of a known body's name and the words after it makes
 * one organization (not "the ECOWAS Commission", a known body alone). */
static void
test_acronym_bodies (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Ministers of the Pacific Islands Forum Fisheries Agency (FFA) met in Honiara.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Pacific Islands Forum Fisheries Agency"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Fisheries Agency"), <, 0);
}

/* "the Parties to the Nauru Agreement (PNA)": words the acronym spells,
 * which the mentions cut, are one organization (the acronym its own, not
 * a lexicon's other PNA); not "the Ministerial Council Meeting (MCM)" nor
 * "the Ministers Responsible for Trade (MRT)" (meetings), nor "the
 * Mekong River Commission (MRC)" (whole already). "the
 * Indonesia-Malaysia-Thailand Growth Triangle": a grouping, no person. */
static void
test_spelled_names_cut (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Ministers of the Parties to the Nauru Agreement (PNA) met in Majuro.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Parties to the Nauru Agreement");
  g_assert_cmpint (p, >=, 0);
  g_assert_null (at (s, p + 1)->lex);
  g_autoptr (Scan) s2 = scan (data, "Ministers attended the annual Ministerial Council Meeting (MCM) in Paris.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Ministerial Council Meeting"), <, 0);
  g_autoptr (Scan) s3 = scan (data, "He chaired the Ministers Responsible for Trade (MRT) meeting.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Ministers Responsible for Trade"), <, 0);
  g_autoptr (Scan) s4 = scan (data, "Leaders of the Indonesia-Malaysia-Thailand Growth Triangle met in Kuala Lumpur.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_ORG, "Indonesia-Malaysia-Thailand Growth Triangle"), >=, 0);
}

/* "the Heads of State of the Arraiolos Group": the body is the one after
 * "of", not "State of the Arraiolos Group". */
static void
test_heads_of_state_of (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The president hosted the informal meeting of the Heads of State of the Arraiolos Group in Riga.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Arraiolos Group"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "State of the Arraiolos Group"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "The Conference of Heads of State of the Council of the Entente will be held in Lome.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Council of the Entente"), >=, 0);
}

/* "Frankfurt an der Oder", "Slavkov u Brna", "Brdo pri Kranju": the small
 * words of towns' names join a town's words (not "in Berlin on Monday"). */
static void
test_town_particles (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Ministers will meet in Frankfurt an der Oder on Tuesday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Frankfurt an der Oder"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "The presidents met at Brdo pri Kranju on Friday.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_CITY, "Brdo pri Kranju"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "Leaders met in Slavkov u Brna on Monday.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_CITY, "Slavkov u Brna"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PERSON, "Brna"), <, 0);
  g_autoptr (Scan) s4 = scan (data, "Leaders met in Berlin on Monday.");
  g_assert_cmpint (find (s4, NG_MS_ENTITY, NG_KIND_CITY, "Berlin"), >=, 0);
  /* (not a known person's name after the particle) */
  g_autoptr (Scan) s5 = scan (data, "He arrived in Washington upon President Joe Biden's invitation.");
  g_assert_cmpint (find (s5, NG_MS_ENTITY, NG_KIND_PERSON, "Joe Biden"), >=, 0);
}

/* "in Pasay City": a known city's name and "City" are that city (not a
 * place in it, as "Ramstein Air Base" is). */
static void
test_city_word (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The ministers met at a hotel in Pasay City on Monday.");
  gint m = find (s, NG_MS_ENTITY, NG_KIND_CITY, "Pasay City");
  g_assert_cmpint (m, >=, 0);
  g_assert_nonnull (at (s, m)->lex);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Pasay City"), <, 0);
}

/* "the Kigali Convention Centre": a city's name, "Convention" and a
 * place's head are a venue (not "the Geneva Convention", a treaty). */
static void
test_convention_centre (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Ministers met at the Kigali Convention Centre on Monday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Kigali Convention Centre"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Centre"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "They signed the Geneva Convention in 1949.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_CITY, "Geneva"), <, 0);
}

/* "Therese Kayikwamba Wagner": a one-word organization's name ending a
 * name after a given name is a surname (not "Fighters of Wagner left
 * Mali", nor "the Lithuanian Christian Democrats"). */
static void
test_org_word_surname (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The Minister of Foreign Affairs, Therese Kayikwamba Wagner, spoke on Monday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Therese Kayikwamba Wagner"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Wagner"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "Fighters of Wagner left Mali in June.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Wagner"), >=, 0);
}

/* "the Australia-New Zealand Leaders' Meeting": a partner's name of two
 * words goes on after the hyphenated word. */
static void
test_partner_two_words (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The deal came at the annual Australia-New Zealand Leaders' Meeting in Queenstown.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Australia-New Zealand Leaders' Meeting"), >=, 0);
}

/* "the Organisation of African, Caribbean and Pacific States (OACPS)": the
 * acronym spells the name over its list, one organization; "Bangladesh,
 * Bhutan, India and Nepal (BBIN)" stays the countries'. */
static void
test_spelled_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Leaders of the Organisation of African, Caribbean and Pacific States (OACPS) met in Malabo.");
  gint m = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Organisation of African, Caribbean and Pacific States");
  g_assert_cmpint (m, >=, 0);
  g_assert_cmpint (at (s, m)->partner, >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Caribbean"), <, 0);
  g_autoptr (Scan) s2 = scan (data, "Officials from Bangladesh, Bhutan, India and Nepal (BBIN) met in Thimphu.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_COUNTRY, "Nepal"), >=, 0);
}

/* "Nurlanbek Turgunbek uulu": a Turkic patronymic's word ends the name. */
static void
test_patronymic_word (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The meeting was attended by Speaker Nurlanbek Turgunbek uulu and others.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Nurlanbek Turgunbek uulu"), >=, 0);
}

/* "her Botswana counterpart Duma Boko": a one-word name of a body (the
 * Duma) opens the counterpart's name. */
static void
test_counterpart_org_word (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "President Netumbo Nandi-Ndaitwah and her Botswana counterpart Duma Boko signed seven agreements.");
  gint m = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Duma Boko");
  g_assert_cmpint (m, >=, 0);
  g_assert_true (at (s, m)->strong);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Duma"), <, 0);
}

/* "the Costa Rica\u2013Panama Binational Commission": two countries joined
 * by a dash before a body's words are the body's name. */
static void
test_dash_partners (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "They met at the Costa Rica\u2013Panama Binational Commission in San Jose.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Costa Rica\u2013Panama Binational Commission"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Panama Binational Commission"), <, 0);
}

/* "the Kenya/Uganda Joint Permanent Commission": a slash joins the two
 * countries as a dash does. */
static void
test_slash_partners (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The Kenya/Uganda Joint Permanent Commission opened in Kampala.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Kenya/Uganda Joint Permanent Commission"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Uganda Joint Permanent Commission"), <, 0);
}

/* "the Joint Commission on Energy and Mining": what the body is about,
 * over "and"; not "the Commission on Trade and Ghana's minister". */
static void
test_body_on_and (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Delegates attended the Joint Commission on Energy and Mining in Lusaka.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Joint Commission on Energy and Mining"), >=, 0);
  g_autoptr (Scan) t = scan (data, "The Committee on Trade and Ghana's minister met in Accra.");
  g_assert_cmpint (find (t, NG_MS_ENTITY, NG_KIND_ORG, "Committee on Trade"), >=, 0);
}

/* "Ana Lucia Holguin of Colombia": given names, then a word the lexicon
 * knows as a city, are one person's name; not the city. */
static void
test_given_names_then_city (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The minister met her counterpart Ana Lucia Holguin of Colombia on Tuesday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Ana Lucia Holguin"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Holguin"), <, 0);
  /* (not after a whole name, nor where a word comes between) */
  g_autoptr (Scan) t = scan (data, "Ana Lucia Perez arrived in Holguin on Tuesday.");
  g_assert_cmpint (find (t, NG_MS_ENTITY, NG_KIND_CITY, "Holguin"), >=, 0);
}

/* "Gen Sultan bin Mohammed al Nuamani": a title word before "bin" is a
 * given name, and "bin" inside a name makes it a person's; in a list of
 * names each followed by its title after a comma, the title is the name's
 * before it ("X, Minister of the Royal Office, Y, Minister Responsible for
 * Foreign Affairs and Z, ..."). */
static void
test_bin_names_and_title_list (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The meeting was attended by Gen Sultan bin Hamad al Harthy, Minister of the "
                                   "Royal Office, Yousef bin Ali al Kindi, Minister Responsible for Foreign Affairs "
                                   "and Darwish bin Salim al Hinai, Minister Responsible for Financial Affairs.");
  gint sultan = person (s, "Sultan bin Hamad al Harthy");
  g_assert_true (at (s, sultan)->strong);
  gint yousef = person (s, "Yousef bin Ali al Kindi");
  gint ti = find (s, NG_MS_TITLE, NG_KIND_PERSON, "Minister Responsible for Foreign Affairs");
  g_assert_cmpint (ti, >=, 0);
  g_assert_cmpint (at (s, yousef)->title, ==, ti);
  gint darwish = person (s, "Darwish bin Salim al Hinai");
  g_assert_cmpint (at (s, darwish)->title, ==,
                   find (s, NG_MS_TITLE, NG_KIND_PERSON, "Minister Responsible for Financial Affairs"));
}

/* A portfolio before a title of two words ("Defence Cabinet Secretary")
 * is the post's, not an organization's; so is a body's word that names a
 * portfolio ("Minister of the Armed Forces"); a rank after a post; and a
 * title after "accompanied by the" is not the subject's apposition. */
static void
test_portfolio_cabinet_secretary (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Defence Cabinet Secretary Soipan Tuya met Senegal's Minister of the Armed Forces "
                                   "Aminata Ndiaye Sow on Monday.");
  gint tuya = person (s, "Soipan Tuya");
  g_assert_cmpint (at (s, tuya)->title, ==, find (s, NG_MS_TITLE, NG_KIND_PERSON, "Defence Cabinet Secretary"));
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Defence Cabinet"), <, 0);
  gint sow = person (s, "Aminata Ndiaye Sow");
  g_assert_cmpint (at (s, sow)->title, ==, find (s, NG_MS_TITLE, NG_KIND_PERSON, "Minister of the Armed Forces"));
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Armed Forces"), <, 0);

  g_autoptr (Scan) s2 = scan (data, "Soipan Tuya, who was accompanied by the Chief of the Defence Forces General "
                                    "Charles Kahariri, spoke first.");
  g_assert_cmpint (at (s2, person (s2, "Soipan Tuya"))->title, <, 0);
  g_assert_cmpint (find (s2, NG_MS_TITLE, NG_KIND_PERSON, "Chief of the Defence Forces"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG, "Defence Forces"), <, 0);
}

/* "talks under the Slavkov format": a grouping named for a place, its
 * "format" in lower case, is an organization. */
static void
test_format_grouping (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Jan Novak met his counterpart in Vienna on Monday for talks under the Slavkov "
                                   "format, the grouping of Czechia, Austria and Slovakia.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Slavkov format"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Slavkov"), <, 0);
}

/* "HE Qatar's Ambassador to Jordan Sheikh X": after an honorific, a
 * country's title is the title of the name after it, not a name. */
static void
test_honorific_country_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The session was attended by HE Qatar's Ambassador to Jordan Sheikh Faisal bin "
                                   "Hamad Al Thani and HE Jordan's Ambassador to the State of Qatar Ghaith Al Majali.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Qatar's Ambassador"), <, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Jordan's Ambassador"), <, 0);
  person (s, "Ghaith Al Majali");

  /* ("Amir, Jordan's King review ties": the Amir, no person "Amir" holding
   * the King's title) */
  g_autoptr (Scan) s2 = scan (data, "Amir, Jordan's King review ties, regional developments in Doha talks");
  gint amir = find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Amir");
  g_assert_true (amir < 0 || at (s2, amir)->title < 0);
}

/* "at his Chan Song La residence", "at the Yntymak Ordo presidential
 * residence" is a lower-case building word after a name: a place. */
static void
test_building_word_after_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Sonexay also called on Thaksin Shinawatra at his Chan Song La residence in "
                                   "Bangkok.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Chan Song La"), <, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Chan Song La"), >=, 0);
}

/* "the Council of Delegates of the Trinational Commission for the ...
 * Basin": an unknown organization named with one of its bodies is two
 * mentions, the body then the organization; not "the General Council of
 * the Republic of San Marino" (a country's body). */
static void
test_body_of_unknown_org (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "They met at the 26th meeting of the Council of Delegates of the Trinational Commission for the "
    "Development of the Pilcomayo River Basin in Tarija.");
  gint b = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Council of Delegates");
  gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Trinational Commission for the Development of the Pilcomayo River Basin");
  g_assert_cmpint (b, >=, 0);
  g_assert_cmpint (o, ==, b + 1);
  g_autoptr (Scan) r = scan (data, "He addressed the General Council of the Republic of San Marino on Monday.");
  g_assert_cmpint (find (r, NG_MS_ENTITY, NG_KIND_ORG, "General Council"), <, 0);
}

/* "Guam Gov. Lou Leon Guerrero": "Gov." is the governor's title and
 * Guam the island, not the GUAM organization written in capitals; "Hawaii
 * Gov. Josh Green": a given name then a word of portfolios is a person;
 * "at Washington Place": a city's name and a place's head are a place. */
static void
test_gov_guam_green_place (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "They were welcomed by Guam Gov. Lou Leon Guerrero and Hawaii Gov. Josh Green at Washington Place.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Guam"), <, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Guam"), >=, 0);
  gint t = find (s, NG_MS_TITLE, 0, "Gov.");
  g_assert_cmpint (t, >=, 0);
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Lou Leon Guerrero");
  g_assert_cmpint (p, >=, 0);
  g_assert_cmpint (at (s, p)->title, ==, t);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Josh Green"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Washington Place"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Place"), <, 0);
}

/* "and the Faroese delegation by the Vice-President of the Council, Rógvi
 * Dahl": a name no lexicon knows, in apposition after a title and its
 * body, is the title's person. */
static void
test_title_of_body_apposition (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The Icelandic delegation was led by its chair, and the Faroese delegation by the Vice-President of the "
    "Council, Rógvi Dahl.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Rógvi Dahl");
  g_assert_cmpint (p, >=, 0);
  g_assert_true (at (s, p)->strong);
  g_assert_cmpint (at (s, p)->title, ==, find (s, NG_MS_TITLE, 0, "Vice-President"));
}

/* "Deputy Secretaries-General X and Y": a plural inside a hyphenated
 * title is the title of each person listed. */
static void
test_plural_inside_compound_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Deputy Secretaries-General Vivian Leong and Mario Silveira also took part.");
  gint a = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Vivian Leong");
  gint b = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Mario Silveira");
  g_assert_cmpint (a, >=, 0);
  g_assert_cmpint (b, >=, 0);
  g_assert_cmpint (at (s, a)->title, >=, 0);
  g_assert_cmpint (at (s, a)->title, ==, at (s, b)->title);
  g_assert_cmpstr (at (s, at (s, a)->title)->lex->pref, ==, "Deputy Secretary General");
}

/* "the Kazakhstan-Malaysia Intergovernmental Commission on Trade,
 * Economic, Scientific and Technical Cooperation": one name over the
 * fields listed with commas, no person "Scientific". */
static void
test_listed_fields_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The Kazakhstan-Malaysia Intergovernmental Commission on Trade, Economic, Scientific and Technical "
    "Cooperation met in Astana on Monday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Kazakhstan-Malaysia Intergovernmental Commission on Trade, "
                         "Economic, Scientific and Technical Cooperation"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Scientific"), <, 0);
}

/* "the Ministry of Trade, Industry and Fisheries": a ministry's name of
 * portfolios listed with commas and one "and" is one name; not over a
 * list of countries or a minister after it, nor over "and the". */
static void
test_listed_portfolios_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The Ministry of Trade, Industry and Fisheries said on Monday that the Department of Agriculture, "
    "Fisheries and Forestry would help.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Ministry of Trade, Industry and Fisheries"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Department of Agriculture, Fisheries and Forestry"), >=, 0);
  g_autoptr (Scan) s2 = scan (data,
    "Analysts at the Bahrain Center for Strategic, International and Energy Studies agreed.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_ORG,
                         "Bahrain Center for Strategic, International and Energy Studies"), >=, 0);
  g_autoptr (Scan) s3 = scan (data,
    "The Ministry of Energy, Trade Minister Jane Okafor and the Ministry of Health, Kenya and Uganda agreed.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Ministry of Energy"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_ORG, "Ministry of Health"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_COUNTRY, "Kenya"), >=, 0);
}

/* "in St Aubin", "to Ste Foy": a name led by an abbreviated saint's
 * word after a preposition of place is a town's, not a person's. */
static void
test_saint_town (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The leaders met in St Aubin on Friday and flew to Ste Foy.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "St Aubin"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_CITY, "Ste Foy"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "St Aubin"), <, 0);
}

/* "the British-Irish Intergovernmental Conference": a standing
 * conference is a body; "the Bled Strategic Conference" stays a meeting's
 * name. */
static void
test_standing_conference (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "Ministers will attend the British-Irish Intergovernmental Conference and the Bled Strategic Conference.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "British-Irish Intergovernmental Conference"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Bled Strategic Conference"), <, 0);
}

/* "the MED5 group", "The A5 countries": a grouping named by letters and
 * its number of members; not a model's name of more digits. */
static void
test_numbered_group (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The ministers of the MED5 group met, as did the A5 countries and an A320 crew.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "MED5"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "A5"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "A320"), <, 0);
}

/* "the Directorate of Information and Media", "the Office of Trade and
 * Investment": a directorate's or an office's fields joined by "and" are
 * its name, as a ministry's are. */
static void
test_office_fields_name (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The Directorate of Information and Media said the Office of Trade and Investment agreed.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Directorate of Information and Media"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Office of Trade and Investment"), >=, 0);
}

/* "Prime Minister Montenegro will co-chair", "Mr Montenegro said": a
 * country's one-word name right after a person's title or an honorific
 * is a surname; "the Ambassador to Montenegro" and "will judge Canada"
 * keep their countries. "Deputy Hugo Motta": a deputy's title. */
static void
test_surname_of_country (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Prime Minister Montenegro will co-chair the summit with the Ambassador to Montenegro.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Montenegro"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_COUNTRY, "Montenegro"), >=, 0);
  g_autoptr (Scan) s2 = scan (data, "Voters will judge Canada on its record, Mr Montenegro said.");
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_COUNTRY, "Canada"), >=, 0);
  g_assert_cmpint (find (s2, NG_MS_ENTITY, NG_KIND_PERSON, "Montenegro"), >=, 0);
  g_autoptr (Scan) s3 = scan (data, "He met the President of the Chamber of Deputies, Deputy Hugo Motta.");
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PERSON, "Hugo Motta"), >=, 0);
  g_assert_cmpint (find (s3, NG_MS_ENTITY, NG_KIND_PERSON, "Deputy Hugo Motta"), <, 0);
}

/* "the coordinator of the Transitional Presidential Council, Fritz
 * Alphonse Jean,": a name in apposition to a role in small letters of a
 * body is a person's, though no lexicon knows its words. */
static void
test_role_of_body_apposition (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The meeting was chaired by the coordinator of the Transitional Presidential Council, Fritz Alphonse Jean, "
    "in the presence of the ministers.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Fritz Alphonse Jean");
  g_assert_cmpint (p, >=, 0);
  g_assert_true (at (s, p)->strong);
}

/* "the Joint Supervisory Body (JSB) meeting": "Body" ends an
 * organization's name, which was a person's. */
static void
test_body_head (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "The decision was made at the Joint Supervisory Body meeting held yesterday.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Joint Supervisory Body"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Joint Supervisory Body"), <, 0);
}

/* "the Foreign, Commonwealth and Development Office": an organization's
 * name the lexicon spells with a comma is one name; "Minister of State,
 * Minister of Energy" stays two titles. */
static void
test_lexicon_name_with_comma (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The meeting at the Foreign, Commonwealth and Development Office was chaired by Minister of State, Minister "
    "of Energy Mohamed Arkab.");
  gint o = find (s, NG_MS_ENTITY, NG_KIND_ORG, "Foreign, Commonwealth and Development Office");
  g_assert_cmpint (o, >=, 0);
  g_assert_nonnull (at (s, o)->lex);
  g_assert_cmpint (find (s, NG_MS_TITLE, 0, "Minister of State"), >=, 0);
}

/* "Minister of the Economy, SMEs, Energy and Tourism Lex Delles": the
 * portfolios after "of the", listed with commas and "and", then a name of
 * words no lexicon knows; not "Director of the Civil Society Forum of
 * Tonga" (a body's name). */
static void
test_of_the_portfolios_title (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "Present were Luxembourg's Minister of the Economy, SMEs, Energy and Tourism Lex Delles and the Director of "
    "the Civil Society Forum of Tonga, Mele Kaufana.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Lex Delles");
  g_assert_cmpint (p, >=, 0);
  g_assert_cmpint (at (s, p)->title, >=, 0);
  g_assert_cmpint (at (s, p)->title, ==, find (s, NG_MS_TITLE, 0, "Minister of the Economy, SMEs, Energy and Tourism"));
  g_assert_cmpint (find (s, NG_MS_TITLE, 0, "Director of the Civil"), <, 0);
}

/* "the Massingir Dam": a dam is a place, not a person. */
static void
test_dam_place (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data, "Manhique said the Massingir Dam had been forced to release water.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Massingir Dam"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Massingir Dam"), <, 0);
}

/* "whose presidents, Javier Milei and Santiago Pena, were also present":
 * a name listed after a plural title and its comma with a known one is a
 * person's too. */
static void
test_listed_after_plural_comma (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "The delegation sat next to those of Argentina and Paraguay, whose presidents, Javier Milei and Santiago "
    "Pena, were also present.");
  gint p = find (s, NG_MS_ENTITY, NG_KIND_PERSON, "Santiago Pena");
  g_assert_cmpint (p, >=, 0);
  g_assert_true (at (s, p)->strong);
}

/* "the Northern Corridor Integration Projects (NCIP)": "Projects" ends
 * an organization's name, not a corridor's place. */
static void
test_projects_head (gconstpointer data)
{
  g_autoptr (Scan) s = scan (data,
    "Museveni hosted the summit of the Northern Corridor Integration Projects in Kampala.");
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_ORG, "Northern Corridor Integration Projects"), >=, 0);
  g_assert_cmpint (find (s, NG_MS_ENTITY, NG_KIND_PLACE, "Northern Corridor"), <, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (NgLexicon) lex = load_lexicon ();
  g_test_add_data_func ("/mention/title/name-split", lex, test_title_name_split);
  g_test_add_data_func ("/mention/place/building-word-after-name", lex, test_building_word_after_name);
  g_test_add_data_func ("/mention/title/honorific-country-title", lex, test_honorific_country_title);
  g_test_add_data_func ("/mention/org/format-grouping", lex, test_format_grouping);
  g_test_add_data_func ("/mention/title/portfolio-cabinet-secretary", lex, test_portfolio_cabinet_secretary);
  g_test_add_data_func ("/mention/title/apposition", lex, test_title_apposition);
  g_test_add_data_func ("/mention/title/long-portfolio-and-venues", lex, test_long_portfolio_and_venues);
  g_test_add_data_func ("/mention/place/building-names", lex, test_building_names);
  g_test_add_data_func ("/mention/title/before-names", lex, test_titles_before_names);
  g_test_add_data_func ("/mention/title/after-name", lex, test_title_after_name);
  g_test_add_data_func ("/mention/title/of-body", lex, test_title_of_body);
  g_test_add_data_func ("/mention/title/portfolio-the", lex, test_title_portfolio_the);
  g_test_add_data_func ("/mention/org/body-for-field", lex, test_body_for_field);
  g_test_add_data_func ("/mention/person/name-over-lexicon", lex, test_name_over_lexicon);
  g_test_add_data_func ("/mention/title/portfolio-promotion", lex, test_portfolio_promotion);
  g_test_add_data_func ("/mention/title/over-acronym", lex, test_title_over_acronym);
  g_test_add_data_func ("/mention/title/of-region", lex, test_title_of_region);
  g_test_add_data_func ("/mention/title/building", lex, test_title_building);
  g_test_add_data_func ("/mention/title/portfolio-list", lex, test_title_portfolio_list);
  g_test_add_data_func ("/mention/place/residence", lex, test_residence_place);
  g_test_add_data_func ("/mention/title/demonym-words", lex, test_demonym_words_title);
  g_test_add_data_func ("/mention/title/counterpart-comma", lex, test_counterpart_comma_title);
  g_test_add_data_func ("/mention/title/of-country", lex, test_title_of_country);
  g_test_add_data_func ("/mention/title/name-of-country", lex, test_title_name_of_country);
  g_test_add_data_func ("/mention/title/not-in-name", lex, test_title_not_in_name);
  g_test_add_data_func ("/mention/title/lowercase-not-title", lex, test_lowercase_not_title);
  g_test_add_data_func ("/mention/title/possessive-country", lex, test_possessive_country);
  g_test_add_data_func ("/mention/acronym/known", lex, test_acronym_known);
  g_test_add_data_func ("/mention/acronym/unknown", lex, test_acronym_unknown);
  g_test_add_data_func ("/mention/org/head-words", lex, test_org_head_words);
  g_test_add_data_func ("/mention/org/dotted-abbreviation", lex, test_org_dotted_abbreviation);
  g_test_add_data_func ("/mention/org/place-word-inside", lex, test_org_with_place_word);
  g_test_add_data_func ("/mention/org/demonym-ministry", lex, test_demonym_org);
  g_test_add_data_func ("/mention/org/name-ends", lex, test_org_name_ends);
  g_test_add_data_func ("/mention/org/head-offices", lex, test_org_head_offices);
  g_test_add_data_func ("/mention/person/pronoun-after-opening", lex, test_pronoun_after_opening);
  g_test_add_data_func ("/mention/title/portfolios", lex, test_portfolios);
  g_test_add_data_func ("/mention/place/head-words", lex, test_place_head_words);
  g_test_add_data_func ("/mention/place/head-alone", lex, test_place_head_alone);
  g_test_add_data_func ("/mention/person/honorific", lex, test_honorific);
  g_test_add_data_func ("/mention/person/particles", lex, test_name_particles);
  g_test_add_data_func ("/mention/person/unknown", lex, test_unknown_person);
  g_test_add_data_func ("/mention/person/given-name-and-city", lex, test_given_name_and_city);
  g_test_add_data_func ("/mention/org/institution-names", lex, test_institution_names);
  g_test_add_data_func ("/mention/place/world-cities", lex, test_world_cities);
  g_test_add_data_func ("/mention/org/world-organizations", lex, test_world_organizations);
  g_test_add_data_func ("/mention/place/world-regions", lex, test_world_regions);
  g_test_add_data_func ("/mention/person/who-clause", lex, test_who_clause);
  g_test_add_data_func ("/mention/person/long-names", lex, test_long_names);
  g_test_add_data_func ("/mention/person/sentence-start", lex, test_sentence_start_stopwords);
  g_test_add_data_func ("/mention/org/partner-summits-title-org", lex, test_partner_summits_title_org);
  g_test_add_data_func ("/mention/org/partner-owned-meeting", lex, test_partner_owned_meeting);
  g_test_add_data_func ("/mention/org/plus-format", lex, test_plus_format);
  g_test_add_data_func ("/mention/org/and-regions", lex, test_and_regions);
  g_test_add_data_func ("/mention/org/heads-of-state-of", lex, test_heads_of_state_of);
  g_test_add_data_func ("/mention/org/acronym-bodies", lex, test_acronym_bodies);
  g_test_add_data_func ("/mention/org/spelled-names-cut", lex, test_spelled_names_cut);
  g_test_add_data_func ("/mention/place/going-to-towns", lex, test_going_to_towns);
  g_test_add_data_func ("/mention/place/town-before-day", lex, test_town_before_day);
  g_test_add_data_func ("/mention/person/name-suffixes", lex, test_name_suffixes);
  g_test_add_data_func ("/mention/person/the-hon-apposition", lex, test_the_hon_apposition);
  g_test_add_data_func ("/mention/person/listed-after-plural", lex, test_listed_after_plural);
  g_test_add_data_func ("/mention/person/plural-titles", lex, test_plural_titles);
  g_test_add_data_func ("/mention/person/chaired-by-surname", lex, test_chaired_by_surname);
  g_test_add_data_func ("/mention/place/town-particles", lex, test_town_particles);
  g_test_add_data_func ("/mention/place/city-word", lex, test_city_word);
  g_test_add_data_func ("/mention/place/convention-centre", lex, test_convention_centre);
  g_test_add_data_func ("/mention/person/org-word-surname", lex, test_org_word_surname);
  g_test_add_data_func ("/mention/org/partner-two-words", lex, test_partner_two_words);
  g_test_add_data_func ("/mention/org/spelled-name", lex, test_spelled_name);
  g_test_add_data_func ("/mention/person/patronymic-word", lex, test_patronymic_word);
  g_test_add_data_func ("/mention/person/counterpart-org-word", lex, test_counterpart_org_word);
  g_test_add_data_func ("/mention/org/dash-partners", lex, test_dash_partners);
  g_test_add_data_func ("/mention/org/slash-partners", lex, test_slash_partners);
  g_test_add_data_func ("/mention/org/body-on-and", lex, test_body_on_and);
  g_test_add_data_func ("/mention/person/given-names-then-city", lex, test_given_names_then_city);
  g_test_add_data_func ("/mention/org/head-on-country", lex, test_head_on_country);
  g_test_add_data_func ("/mention/title/portfolio-comma-list", lex, test_portfolio_list_title);
  g_test_add_data_func ("/mention/person/weekday-after-name", lex, test_weekday_after_name);
  g_test_add_data_func ("/mention/person/excellency-title", lex, test_excellency_title);
  g_test_add_data_func ("/mention/person/post-over-rank", lex, test_post_over_rank);
  g_test_add_data_func ("/mention/person/dato-honorific", lex, test_dato_honorific);
  g_test_add_data_func ("/mention/person/administrator-titles", lex, test_administrator_titles);
  g_test_add_data_func ("/mention/person/amir-title-or-name", lex, test_amir_title_or_name);
  g_test_add_data_func ("/mention/person/plural-title-ampersand", lex, test_plural_title_ampersand);
  g_test_add_data_func ("/mention/person/postnominal-letters", lex, test_postnominal_letters);
  g_test_add_data_func ("/mention/title/the-hon", lex, test_title_the_hon);
  g_test_add_data_func ("/mention/person/given-name-title-surname", lex, test_given_name_title_surname);
  g_test_add_data_func ("/mention/person/inverted-speech-the", lex, test_inverted_speech_the);
  g_test_add_data_func ("/mention/person/bin-names-and-title-list", lex, test_bin_names_and_title_list);
  g_test_add_data_func ("/mention/org/body-of-unknown-org", lex, test_body_of_unknown_org);
  g_test_add_data_func ("/mention/title/gov-guam-green-place", lex, test_gov_guam_green_place);
  g_test_add_data_func ("/mention/title/of-body-apposition", lex, test_title_of_body_apposition);
  g_test_add_data_func ("/mention/title/plural-inside-compound", lex, test_plural_inside_compound_title);
  g_test_add_data_func ("/mention/org/listed-fields-name", lex, test_listed_fields_name);
  g_test_add_data_func ("/mention/org/projects-head", lex, test_projects_head);
  g_test_add_data_func ("/mention/person/listed-after-plural-comma", lex, test_listed_after_plural_comma);
  g_test_add_data_func ("/mention/place/dam", lex, test_dam_place);
  g_test_add_data_func ("/mention/title/of-the-portfolios", lex, test_of_the_portfolios_title);
  g_test_add_data_func ("/mention/org/lexicon-name-with-comma", lex, test_lexicon_name_with_comma);
  g_test_add_data_func ("/mention/org/body-head", lex, test_body_head);
  g_test_add_data_func ("/mention/person/role-of-body-apposition", lex, test_role_of_body_apposition);
  g_test_add_data_func ("/mention/person/surname-of-country", lex, test_surname_of_country);
  g_test_add_data_func ("/mention/org/office-fields-name", lex, test_office_fields_name);
  g_test_add_data_func ("/mention/org/numbered-group", lex, test_numbered_group);
  g_test_add_data_func ("/mention/org/standing-conference", lex, test_standing_conference);
  g_test_add_data_func ("/mention/place/saint-town", lex, test_saint_town);
  g_test_add_data_func ("/mention/org/listed-portfolios-name", lex, test_listed_portfolios_name);
  g_test_add_data_func ("/mention/place/province-names", lex, test_province_names);
  g_test_add_data_func ("/mention/person/given-name-places", lex, test_given_name_places);
  g_test_add_data_func ("/mention/place/venue-of-names", lex, test_venue_of_names);
  g_test_add_data_func ("/mention/title/before-and-name", lex, test_title_before_and_name);
  g_test_add_data_func ("/mention/title/titles-of-head-words", lex, test_titles_of_head_words);
  g_test_add_data_func ("/mention/org/workplace-bodies", lex, test_workplace_bodies);
  g_test_add_data_func ("/mention/title/dotless-titles", lex, test_dotless_titles);
  g_test_add_data_func ("/mention/person/name-after-title-before-and", lex, test_name_after_title_before_and);
  g_test_add_data_func ("/mention/org/sport-bodies", lex, test_sport_bodies);
  g_test_add_data_func ("/mention/title/labour-portfolio-and-particles", lex, test_labour_portfolio_and_particles);
  g_test_add_data_func ("/mention/title/justice-titles", lex, test_justice_titles);
  return g_test_run ();
}
