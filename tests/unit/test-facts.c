/* test-facts.c - what the extractor finds in short articles: posts,
 * meetings, attendance, dates, memberships and places. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/article.h"
#include "newsgraph/doc.h"
#include "newsgraph/facts.h"
#include "newsgraph/lexicon.h"

/* A dated header line, as in saved web pages: the article is of 2024-07-03, a Wednesday. */
#define DATED " date 2024-07-03 Example.com\n"

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

/* Reads text as an article and extracts its document. */
static NgDoc *
extract (const NgLexicon *lex, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NgArticle) art = ng_article_from_bytes ("test.txt", text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_nonnull (art);
  g_autoptr (NgExtractor) ex = ng_extractor_new (lex);
  NgDoc *doc = ng_extractor_run (ex, art);
  g_assert_nonnull (doc);
  return doc;
}

/* The entity at index i. */
static const NgEntity *
ent (const NgDoc *doc, gint i)
{
  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (i, <, (gint) doc->entities->len);
  return &g_array_index (doc->entities, NgEntity, i);
}

/* Index of the entity of that kind with that name or form, or -1. */
static gint
find (const NgDoc *doc, NgKind kind, const char *form)
{
  return ng_doc_find_entity (doc, kind, form);
}

/* Index of the entity of that kind whose lexicon key is key, or -1. */
static gint
find_lex (const NgDoc *doc, NgKind kind, const char *key)
{
  for (guint i = 0; i < doc->entities->len; i++)
    {
      const NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
      if (e->kind == kind && e->lex_key && strcmp (e->lex_key, key) == 0)
        return (gint) i;
    }
  return -1;
}

/* find_lex of an entity the article must have. */
static gint
must_lex (const NgDoc *doc, NgKind kind, const char *key)
{
  gint i = find_lex (doc, kind, key);
  g_assert_cmpint (i, >=, 0);
  return i;
}

/* find of an entity the article must have. */
static gint
must_find (const NgDoc *doc, NgKind kind, const char *form)
{
  gint i = find (doc, kind, form);
  g_assert_cmpint (i, >=, 0);
  return i;
}

/* Index of the person with that form; fails the test if there is none. */
static gint
person (const NgDoc *doc, const char *form)
{
  gint i = find (doc, NG_KIND_PERSON, form);
  if (i < 0)
    g_test_message ("no person '%s'", form);
  g_assert_cmpint (i, >=, 0);
  return i;
}

/* Number of entities of a kind. */
static guint
count_kind (const NgDoc *doc, NgKind kind)
{
  guint n = 0;
  for (guint i = 0; i < doc->entities->len; i++)
    if (g_array_index (doc->entities, NgEntity, i).kind == kind)
      n++;
  return n;
}

/* The meeting at index i. */
static const NgMeeting *
meeting (const NgDoc *doc, gint i)
{
  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (i, <, (gint) doc->meetings->len);
  return &g_array_index (doc->meetings, NgMeeting, i);
}

/* The first attendance of person at any meeting with that organizer
 * (-1: any meeting), or NULL. */
static const NgAttendance *
attendance (const NgDoc *doc, gint person, gint organizer)
{
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      if (a->person != person)
        continue;
      if (organizer >= 0 && meeting (doc, a->meeting)->organizer != organizer)
        continue;
      return a;
    }
  return NULL;
}

/* The attendance of person (an entity index) at a meeting of organizer
 * (any if -1); fails the test unless there is one with that status. */
static const NgAttendance *
expect_status (const NgDoc *doc, gint person, gint organizer, NgStatus status)
{
  const NgAttendance *a = attendance (doc, person, organizer);
  g_assert_nonnull (a);
  g_assert_cmpint (a->status, ==, status);
  return a;
}

/* Number of attendance records of person with that status. */
static guint
count_status (const NgDoc *doc, gint person, NgStatus status)
{
  guint n = 0;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      if (a->person == person && a->status == status)
        n++;
    }
  return n;
}

/* TRUE if person attends meeting i. */
static gboolean
attends_doc (const NgDoc *doc, guint i, gint person)
{
  for (guint a = 0; a < doc->attendance->len; a++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, a);
      if (at->person == person && at->meeting == (gint) i)
        return TRUE;
    }
  return FALSE;
}

/* Number of attendance records of person. */
static guint
count_attendance (const NgDoc *doc, gint person)
{
  guint n = 0;
  for (guint i = 0; i < doc->attendance->len; i++)
    if (g_array_index (doc->attendance, NgAttendance, i).person == person)
      n++;
  return n;
}

/* The first post of person, or NULL. */
static const NgPost *
post (const NgDoc *doc, gint person)
{
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *p = &g_array_index (doc->posts, NgPost, i);
      if (p->person == person)
        return p;
    }
  return NULL;
}

/* TRUE if links holds (a, b). */
static gboolean
has_link (const GArray *links, gint a, gint b)
{
  for (guint i = 0; i < links->len; i++)
    {
      const NgLink *l = &g_array_index (links, NgLink, i);
      if (l->a == a && l->b == b)
        return TRUE;
    }
  return FALSE;
}

/* Index of the only meeting whose organizer is org; fails unless there is exactly one. */
static gint
only_meeting_of (const NgDoc *doc, gint org)
{
  gint found = -1;
  guint n = 0;
  for (guint i = 0; i < doc->meetings->len; i++)
    if (meeting (doc, (gint) i)->organizer == org)
      found = (gint) i, n++;
  g_assert_cmpuint (n, ==, 1);
  return found;
}

/* Posts: the title as written and the country it is in. */
static void
test_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Minsk\n\n"
    "Kyrgyz Foreign Minister Jeenbek Kulubaev met President of Belarus Alexander Lukashenko in Minsk on Tuesday.\n"
    "Deputy Prime Minister Quentaro Vilsk said the talks were useful.\n");
  gint k = person (doc, "Jeenbek Kulubaev");
  gint l = person (doc, "Alexander Lukashenko");
  gint v = person (doc, "Quentaro Vilsk");
  gint kg = find_lex (doc, NG_KIND_COUNTRY, "country-kyrgyzstan");
  gint by = find_lex (doc, NG_KIND_COUNTRY, "country-belarus");
  g_assert_cmpint (kg, >=, 0);
  g_assert_cmpint (by, >=, 0);

  const NgPost *pk = post (doc, k);
  g_assert_nonnull (pk);
  g_assert_cmpstr (pk->title, ==, "Foreign Minister");
  g_assert_cmpint (pk->of, ==, kg);
  g_assert_cmpint (ent (doc, k)->country, ==, kg);

  const NgPost *pl = post (doc, l);
  g_assert_nonnull (pl);
  g_assert_cmpstr (pl->title, ==, "President");
  g_assert_cmpint (pl->of, ==, by);

  const NgPost *pv = post (doc, v);
  g_assert_nonnull (pv);
  g_assert_cmpstr (pv->title, ==, "Deputy Prime Minister");
  g_assert_cmpint (pv->of, ==, -1);
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, 3);
}

/* "Earlier, President Z received the Georgian PM": "PM" with no name
 * after it describes the one named before. */
static void
test_desc_pm (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Premiers meet\n\n"
    "Azerbaijani Prime Minister Kamran Aliyev received his Georgian counterpart Levan Beridze in Baku on "
    "July 1.\n\n"
    "Earlier, President Rauf Mammadov received the Georgian PM.\n");
  const NgAttendance *b = attendance (doc, person (doc, "Rauf Mammadov"), -1);
  g_assert_nonnull (b);
  gboolean guest = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *x = &g_array_index (doc->attendance, NgAttendance, i);
      guest = guest || (x->meeting == b->meeting && x->person == person (doc, "Levan Beridze"));
    }
  g_assert_true (guest);
}

/* "X received Y, who visited Baku on a one-day official visit on August
 * 31": the visit of the receiving verb's guest, told in a relative clause,
 * gives the meeting its place and day. */
static void
test_meeting_guest_visit_clause (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Premiers meet\n\n"
    "Azerbaijani Prime Minister Kamran Aliyev received his Georgian counterpart Levan Beridze, who visited "
    "Baku on a one-day official visit on July 1.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Kamran Aliyev"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-baku"));
  /* (not a journey of the guest's own with no receiving verb: "held talks
   * with X, who visited Kathmandu on June 20") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Talks in Dubai\n\n"
    "Prime Minister Ram Thapa held talks with Secretary-General Ana Souza in Dubai, who visited Kathmandu on "
    "June 20.\n");
  const NgAttendance *c2 = attendance (d2, person (d2, "Ram Thapa"), -1);
  g_assert_nonnull (c2);
  g_assert_cmpstr (meeting (d2, c2->meeting)->date, !=, "2024-06-20");
}

/* "Following Jamaica's part in the General Assembly last week and its
 * role at the UN Climate Change Summit in New York, X met Y in
 * Washington": the meetings of an opening phrase of time are named for
 * context; the talks are in Washington, and nobody of the sentence is at
 * the summit. */
static void
test_meeting_opening_phrase (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Following Jamaica's participation in the United Nations General Assembly last week and its role at the "
    "UN Climate Change Summit in New York, Prime Minister Marcus Reid met with Vice President Ellen Shaw in "
    "Washington.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Marcus Reid"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-washington"));
  g_assert_null (attendance (doc, person (doc, "Marcus Reid"), find_lex (doc, NG_KIND_ORG, "org-un")));
}

/* "During the visit, he will hold talks with X": the clause after an
 * opening phrase naming the meeting says X is still to come. */
static void
test_meeting_opening_phrase_plan (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders to meet\n\n"
    "President of Kyrgyzstan Asan Toktobekov will pay an official visit to Turkey on July 9-11.\n\n"
    "During the visit, he will hold talks with President of Turkey Kemal Aydin.\n");
  const NgAttendance *b = attendance (doc, person (doc, "Kemal Aydin"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->status, ==, NG_STATUS_PLANNED);
  /* (not a relative clause's plan: "At the close of the meeting, X handed
   * over the presidency to Y, whose country will host the next summit") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Summit closes\n\n"
    "The leaders of the bloc met in Lima on Monday.\n\n"
    "At the close of the meeting, President Ana Ruiz handed over the presidency to President Luis Mora, whose "
    "country will host the next summit in December.\n");
  const NgAttendance *m = attendance (d2, person (d2, "Luis Mora"), -1);
  g_assert_nonnull (m);
  g_assert_cmpint (m->status, ==, NG_STATUS_ATTENDED);
}

/* "paid an official visit to Tajikistan" ... "in Dushanbe": talks held
 * in the country are in the one city of it the article names; not talks
 * to come ("will pay an official visit to Turkey" ... "organizations
 * working in Ankara"), nor in a city named as its country is. */
static void
test_meeting_city_of_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "President of Kyrgyzstan Asan Toktobekov paid on July 1-2 an official visit to Tajikistan.\n\n"
    "The Kyrgyz leader visited Friendship Square in Dushanbe, where he laid a wreath.\n\n"
    "As part of the official visit, Asan Toktobekov held talks with President of Tajikistan Rustam Nazarov.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Rustam Nazarov"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-dushanbe"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders to meet\n\n"
    "President of Kyrgyzstan Asan Toktobekov will pay an official visit to Turkey on July 9-11.\n\n"
    "During the visit, he will hold talks with President of Turkey Kemal Aydin.\n\n"
    "He will also meet representatives of organizations working in Ankara.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Kemal Aydin"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_COUNTRY, "country-turkey"));
}

/* "The ministers have held in Madrid their first meeting": said in the
 * present perfect under a dated page without a day, the meeting is on the
 * page's day; said in the past tense, its day is not known. */
static void
test_meeting_present_perfect_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The foreign ministers of Chile, Alberto Varela, and Peru, Rosa Quispe, have held in Lima their first "
    "bilateral meeting since the elections.\n\n"
    "They discussed the border.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Alberto Varela"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-03");
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ministers meet\n\n"
    "The foreign ministers of Chile, Alberto Varela, and Peru, Rosa Quispe, held in Lima their first "
    "bilateral meeting since the elections.\n\n"
    "They discussed the border.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Alberto Varela"), -1);
  g_assert_nonnull (b);
  g_assert_null (meeting (d2, b->meeting)->date);
}

/* A meeting of a body of an organization has the organization as organizer;
 * "via video link" is remote attendance; "chaired by X, ..." marks the chair. */
static void
test_meeting_organizer_mode_chair (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "CSTO foreign ministers meet in Astana\n\n"
    "The Council of Foreign Ministers of the CSTO met in Astana on Monday.\n"
    "The meeting was chaired by Murat Nurtleu, the foreign minister of Kazakhstan.\n"
    "Belarusian Foreign Minister Maxim Ryzhenkov took part in the meeting via video link.\n");
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  g_assert_cmpint (csto, >=, 0);
  gint m = only_meeting_of (doc, csto);
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "org-council-of-foreign-ministers"), >=, 0);
  g_assert_cmpint (meeting (doc, m)->place, ==, must_lex (doc, NG_KIND_CITY, "city-astana"));
  g_assert_cmpstr (meeting (doc, m)->date, ==, "2024-07-01");

  const NgAttendance *n = attendance (doc, person (doc, "Murat Nurtleu"), csto);
  g_assert_nonnull (n);
  g_assert_cmpint (n->meeting, ==, m);
  g_assert_true (n->chair);
  g_assert_cmpint (n->status, ==, NG_STATUS_ATTENDED);
  g_assert_cmpint (n->mode, ==, NG_MODE_IN_PERSON);

  const NgAttendance *r = attendance (doc, person (doc, "Maxim Ryzhenkov"), csto);
  g_assert_nonnull (r);
  g_assert_cmpint (r->meeting, ==, m);
  g_assert_cmpint (r->mode, ==, NG_MODE_VIDEO);
  g_assert_cmpint (r->status, ==, NG_STATUS_ATTENDED);
  g_assert_false (r->chair);
}

/* The organizer of a meeting of a body is the organization the body belongs to. */
static void
test_meeting_organizer_top (gconstpointer data)
{
  static const char *const texts[] = {
    DATED "Ministers to meet\n\nThe Council of Foreign Ministers of the CSTO will meet in Astana on Friday.\n",
    DATED "Ministers to meet\n\nA meeting of the Council of Foreign Ministers of the CSTO will be held in Astana on Friday.\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (NgDoc) doc = extract (data, texts[i]);
      gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
      gint cfm = find_lex (doc, NG_KIND_ORG, "org-council-of-foreign-ministers");
      g_assert_cmpint (csto, >=, 0);
      g_assert_cmpint (cfm, >=, 0);
      g_assert_cmpuint (doc->meetings->len, ==, 1);
      const NgMeeting *m = meeting (doc, 0);
      g_assert_cmpstr (m->date, ==, "2024-07-05");
      g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-astana"));
      if (i == 1 && m->organizer == cfm)
        {
          g_test_incomplete ("\"A meeting of the Council of Foreign Ministers of the CSTO will be held in Astana\": "
                             "the organizer is the council, not the CSTO");
          return;
        }
      g_assert_cmpint (m->organizer, ==, csto);
    }
}

/* "chaired by" followed by a demonym and a title before the name. */
static void
test_chair_with_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "CSTO foreign ministers meet in Astana\n\n"
    "The Council of Foreign Ministers of the CSTO met in Astana on Monday.\n"
    "The session was chaired by Kazakh Foreign Minister Murat Nurtleu.\n");
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  g_assert_cmpint (csto, >=, 0);
  const NgAttendance *n = attendance (doc, person (doc, "Murat Nurtleu"), csto);
  g_assert_nonnull (n);
  if (!n->chair)
    {
      g_test_incomplete ("\"The session was chaired by Kazakh Foreign Minister Murat Nurtleu.\": "
                         "a title between \"chaired by\" and the name hides the chair");
      return;
    }
  g_assert_true (n->chair);
}

/* Planned attendance: "will attend", "are expected to attend". */
static void
test_status_planned (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders gather in Minsk\n\n"
    "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev are expected to attend "
    "the summit of the Eurasian Economic Union in Minsk on Thursday.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  gint m = only_meeting_of (doc, eaeu);
  g_assert_cmpint (meeting (doc, m)->kind, ==, NG_MEETING_SUMMIT);
  g_assert_cmpstr (meeting (doc, m)->date, ==, "2024-07-04");
  g_assert_cmpint (meeting (doc, m)->place, ==, must_lex (doc, NG_KIND_CITY, "city-minsk"));
  static const char *const who[] = { "Vladimir Putin", "Kassym-Jomart Tokayev" };
  for (guint i = 0; i < G_N_ELEMENTS (who); i++)
    {
      const NgAttendance *a = attendance (doc, person (doc, who[i]), eaeu);
      g_assert_nonnull (a);
      g_assert_cmpint (a->status, ==, NG_STATUS_PLANNED);
    }

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Kulubaev to attend ministers' meeting\n\n"
    "Kyrgyz Foreign Minister Jeenbek Kulubaev will attend a meeting of the Council of Foreign Ministers "
    "of the CSTO in Astana on Friday.\n");
  gint k = person (d2, "Jeenbek Kulubaev");
  const NgAttendance *a = attendance (d2, k, -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->status, ==, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (d2, a->meeting)->date, ==, "2024-07-05");
  g_assert_cmpuint (count_status (d2, k, NG_STATUS_ATTENDED), ==, 0);
}

/* "The summit had initially been scheduled for July 10, but was pushed
 * back", "postponed from July 12": the old day of a moved meeting is no
 * meeting's. */
static void
test_moved_meeting_date (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders to meet in Lusaka\n\n"
    "President Hakainde Hichilema will host the summit of the bloc in Lusaka on Friday.\n"
    "The summit had initially been scheduled for July 10, but was pushed back by a week.\n"
    "Outgoing chairperson, Kenyan President William Ruto, is expected to hand over to Hichilema at the "
    "opening session.\n"
    "The ministers' meeting, postponed from July 12, will open in Lusaka on Thursday.\n");
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const char *d = g_array_index (doc->meetings, NgMeeting, i).date;
      g_assert_true (d == NULL || (strcmp (d, "2024-07-10") != 0 && strcmp (d, "2024-07-12") != 0));
    }
  const NgAttendance *a = attendance (doc, person (doc, "Hakainde Hichilema"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-05");
  /* ("took place in the capital on Sunday": the Sunday before, past) */
  g_autoptr (NgDoc) d3 = extract (data,
    " date 2024-07-05 Example.com\n" "Officials meet\n\n"
    "A preparatory meeting of senior officials took place in Lusaka on Sunday, with the delegation headed by "
    "Ambassador Saeed Rashid Al Hameli.\n");
  const NgAttendance *h = attendance (d3, person (d3, "Saeed Rashid Al Hameli"), -1);
  g_assert_nonnull (h);
  g_assert_cmpstr (meeting (d3, h->meeting)->date, ==, "2024-06-30");
  /* (a day after "from" with no word of a move stays: "talks from July 4") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Talks open\n\n"
    "President Hakainde Hichilema will attend the summit of the bloc in Lusaka from July 8.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Hakainde Hichilema"), -1);
  g_assert_nonnull (b);
  g_assert_cmpstr (meeting (d2, b->meeting)->date, ==, "2024-07-08");
}

/* "as the only forum that includes Pyongyang convened in the Lao
 * capital": the capital of the country of that short name, not the city
 * named bare before it. */
static void
test_place_bare_city_and_short_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister urges united front\n\n"
    "Foreign Minister Cho Tae-yul on Tuesday urged the members of the ASEAN Regional Forum to act together, as "
    "the only security forum that includes Pyongyang convened in the Lao capital.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Cho Tae-yul"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-vientiane"));
}

/* "X hosted leaders of the CIS at the Kremlin ..., using the gathering":
 * the CIS's meeting; "Y, a political analyst in Bishkek, said the summit
 * ...": where Y works, not where the summit is. */
static void
test_hosted_group_and_analyst_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders gather at the Kremlin\n\n"
    "Russian President Vladimir Putin hosted leaders of the Commonwealth of Independent States (CIS) at the "
    "Kremlin on Tuesday, using the gathering to show that Moscow still has friends.\n"
    "Ainura Sydykova, a political analyst in Bishkek, said the summit was more about optics than substance.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Vladimir Putin"), -1);
  g_assert_nonnull (a);
  const NgMeeting *mt = meeting (doc, a->meeting);
  g_assert_cmpint (mt->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-cis"));
  g_assert_cmpint (mt->place, ==, must_lex (doc, NG_KIND_CITY, "city-moscow"));
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (g_array_index (doc->meetings, NgMeeting, i).place, !=, find (doc, NG_KIND_CITY, "Bishkek"));
  /* "is expected to visit Putrajaya ... for talks with X, before returning
   * to Muscat": the city visited */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Minister to visit Malaysia\n\n"
    "Omani Minister of Defence Affairs Shihab bin Tarik Al Said is expected to visit Putrajaya on Wednesday for "
    "talks with Defence Minister Mohamed Khaled Nordin, before returning to Muscat.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Mohamed Khaled Nordin"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-putrajaya"));
  /* ("is scheduled to meet X tomorrow before leaving Muscat for Dhaka":
   * Muscat, where he is, not where he goes) */
  g_autoptr (NgDoc) d4 = extract (data,
    DATED "Adviser in Muscat\n\n"
    "Foreign Affairs Adviser Touhid Hossain is scheduled to meet Omani Foreign Minister Badr Albusaidi tomorrow "
    "before leaving Muscat for Dhaka.\n");
  const NgAttendance *m4 = attendance (d4, person (d4, "Badr Albusaidi"), -1);
  g_assert_nonnull (m4);
  g_assert_cmpint (meeting (d4, m4->meeting)->place, ==, must_lex (d4, NG_KIND_CITY, "city-muscat"));
  /* "the opening of the AEM Meeting in the city": the city named last
   * (not the capital a later sentence names) */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Trade ministers meet\n\n"
    "Trade Secretary Alfredo Pascual attended the RCEP Ministers' Meeting in Semarang on Monday.\n"
    "On Sunday, Pascual attended the opening of the ASEAN Economic Ministers' Meeting in the city, where "
    "Coordinating Minister Airlangga Hartarto spoke.\n"
    "President Ferdinand Marcos is expected to attend the ASEAN Summit in Jakarta on September 5.\n");
  const NgAttendance *h = attendance (d3, person (d3, "Airlangga Hartarto"), -1);
  g_assert_nonnull (h);
  g_assert_cmpint (meeting (d3, h->meeting)->place, ==, must_find (d3, NG_KIND_CITY, "Semarang"));
}

/* "Wang cancelled a bilateral meeting with Hayashi", "calls off planned
 * meeting with X": no meeting (but "cancelled his trip to the summit"
 * leaves the summit); "Biden, who stayed in Washington to oversee ..., was
 * represented by Blinken": absent; "ASEAN Plus Three" and "the ASEAN
 * Regional Forum" hold meetings of their own, not ASEAN's. */
static void
test_cancelled_represented_forums (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Wang calls off planned meeting with Japan's Yoshimasa Hayashi\n\n"
    "Chinese Foreign Minister Wang Yi attended the Asean Plus Three (APT) foreign ministers' meeting in Phnom Penh "
    "on Tuesday.\n"
    "Wang cancelled a bilateral meeting with Japanese Foreign Minister Yoshimasa Hayashi that had been scheduled "
    "for Wednesday.\n"
    "US President Joe Biden, who stayed in Washington to oversee the response to a major hurricane in Florida, was "
    "represented by Secretary of State Antony Blinken at the ASEAN Regional Forum.\n");
  gint wang = person (doc, "Wang Yi"), hayashi = person (doc, "Yoshimasa Hayashi");
  const NgAttendance *a = attendance (doc, wang, -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-asean-plus-three"));
  g_assert_cmpuint (count_status (doc, hayashi, NG_STATUS_ATTENDED) + count_status (doc, hayashi, NG_STATUS_PLANNED), ==, 0);
  g_assert_cmpuint (count_status (doc, person (doc, "Joe Biden"), NG_STATUS_ATTENDED), ==, 0);
  const NgAttendance *b = attendance (doc, person (doc, "Antony Blinken"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (doc, b->meeting)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-asean-regional-forum"));
}

/* "On the sidelines, he met X": he is the person the sentence before
 * named first, and the talks are on the meeting's day; "Germany was
 * represented by X, as Foreign Minister Y stayed in Berlin": X attends,
 * Y is absent. */
static void
test_sidelines_pronoun_stand_in (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Skopje\n\n"
    "Russian Foreign Minister Sergey Lavrov attended the OSCE ministerial meeting in Skopje on Tuesday.\n"
    "Lavrov used his speech to accuse the West of turning the OSCE into an appendage of NATO.\n"
    "On the sidelines, he met Hungarian Foreign Minister Peter Szijjarto.\n"
    "Germany was represented by Minister of State for Europe Anna Luehrmann, as Foreign Minister Annalena "
    "Baerbock stayed in Berlin for a budget debate in the Bundestag.\n");
  gint lavrov = person (doc, "Sergey Lavrov");
  const NgAttendance *a = attendance (doc, person (doc, "Peter Szijjarto"), -1);
  g_assert_nonnull (a);
  g_assert_true (attends_doc (doc, (guint) a->meeting, lavrov));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  const NgAttendance *l = attendance (doc, person (doc, "Anna Luehrmann"), -1);
  g_assert_nonnull (l);
  g_assert_cmpint (meeting (doc, l->meeting)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-osce"));
  g_assert_cmpuint (count_status (doc, person (doc, "Annalena Baerbock"), NG_STATUS_ATTENDED), ==, 0);
}

/* "President Ilham Heydar oglu Aliyev has taken part in the Summit ...
 * held in Bishkek": one person with "Ilham Aliyev" of the headline (the
 * patronymic is no part of the name), and the summit is of the article's
 * day. */
static void
test_perfect_patronymic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "President Ilham Aliyev attends summit in Bishkek\n\n"
    "President of Azerbaijan Ilham Heydar oglu Aliyev has taken part in the 11th Summit of the Organization of "
    "Turkic States held in Bishkek, Kyrgyzstan.\n");
  gint a = person (doc, "Ilham Aliyev");
  g_assert_cmpint (person (doc, "Ilham Heydar oglu Aliyev"), ==, a);
  const NgAttendance *at = attendance (doc, a, must_lex (doc, NG_KIND_ORG, "org-organization-of-turkic-states"));
  g_assert_nonnull (at);
  g_assert_cmpstr (meeting (doc, at->meeting)->date, ==, "2024-07-03");
}

/* "The call came at an extraordinary summit of the regional bloc in
 * Entebbe, Uganda, on Wednesday, chaired by X": the article's bloc's
 * summit ("call" is an appeal, not a phone call). */
static void
test_call_came_regional_bloc (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders demand release\n\n"
    "Leaders of the Intergovernmental Authority on Development (IGAD) have demanded the release of the first "
    "vice-president.\n"
    "The call came at an extraordinary summit of the regional bloc in Entebbe, Uganda, on Tuesday, chaired by "
    "Djibouti's President Ismail Omar Guelleh.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Ismail Omar Guelleh"), must_lex (doc, NG_KIND_ORG, "org-igad"));
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-entebbe"));
}

/* "the Ordinary Session of the Authority of Heads of State and Government
 * of the regional bloc": ECOWAS's summit, its leaders' body, one meeting
 * with the headline's "ECOWAS Summit"; "The summit was preceded on Friday
 * by the Ordinary Session of the ECOWAS Council of Ministers, chaired by
 * X": another meeting, of the council, on Friday. */
static void
test_leaders_body_preceded (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "President attends ECOWAS Summit in Abuja\n\n"
    "President Bola Tinubu of Nigeria on Sunday spoke at the opening of the 67th Ordinary Session of the "
    "Authority of Heads of State and Government of the regional bloc in Abuja.\n"
    "The summit was preceded on Friday by the 54th Ordinary Session of the ECOWAS Council of Ministers, chaired "
    "by the Minister of Foreign Affairs, Ambassador Yusuf Tuggar.\n");
  gint ecowas = must_lex (doc, NG_KIND_ORG, "org-ecowas");
  const NgAttendance *a = attendance (doc, person (doc, "Bola Tinubu"), ecowas);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-06-30");
  const NgAttendance *b = attendance (doc, person (doc, "Yusuf Tuggar"), ecowas);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, !=, a->meeting);
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-06-28");
  guint ecowas_meetings = 0;
  for (guint i = 0; i < doc->meetings->len; i++)
    ecowas_meetings += g_array_index (doc->meetings, NgMeeting, i).organizer == ecowas;
  g_assert_cmpuint (ecowas_meetings, ==, 2);
}

/* "The summit was prepared on Saturday, in the same city, by the Council
 * of Ministers", "the Committee ... met in the same venue": the city of
 * the summit, not the last one named ("from the Timorese capital, Dili");
 * "On the sidelines of the summit, X held talks with Y": on the summit's
 * day, not that of the committee said last; "a working dinner focused on
 * the situation at the border between the city of Tacna and ...": no
 * place. */
static void
test_same_city_sidelines_topic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2023-08-27 Example.com\n"
    "Leaders meet in Sao Tome\n\n"
    "Leaders of the Community of Portuguese Language Countries (CPLP) met today in Sao Tome for the organisation's "
    "14th summit.\n"
    "President Jose Ramos-Horta followed the proceedings by video link from the Timorese capital, Dili.\n"
    "The summit was prepared on Saturday, in the same city, by the CPLP Council of Ministers, chaired by Angola's "
    "foreign minister, Tete Antonio.\n"
    "On Friday, the organisation's Permanent Concertation Committee met in the same venue, with Portugal "
    "represented by its permanent representative, Ambassador Luisa Pimentel.\n"
    "On the sidelines of the summit, Portuguese President Marcelo Rebelo de Sousa held a bilateral meeting with "
    "Brazilian President Luiz Inacio Lula da Silva.\n"
    "On Tuesday evening, Lula hosted Rebelo de Sousa for a working dinner focused on the migration situation at "
    "the border between the Peruvian city of Tacna and the Chilean city of Arica.\n");
  gint saotome = must_find (doc, NG_KIND_CITY, "Sao Tome");
  const NgAttendance *a = attendance (doc, person (doc, "Tete Antonio"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, saotome);
  const NgAttendance *p = attendance (doc, person (doc, "Luisa Pimentel"), -1);
  g_assert_nonnull (p);
  g_assert_cmpint (meeting (doc, p->meeting)->place, ==, saotome);
  gint lula = person (doc, "Luiz Inacio Lula da Silva");
  gboolean sidelines = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, i);
      const NgMeeting *mt = meeting (doc, at->meeting);
      if (at->person != lula)
        continue;
      g_assert_cmpint (mt->place, !=, find (doc, NG_KIND_CITY, "Tacna"));
      sidelines = sidelines || (mt->organizer < 0 && !g_strcmp0 (mt->date, "2023-08-27"));
    }
  g_assert_true (sidelines);
}

/* "Ahead of the ASEAN summit on July 9 in Vientiane, X will meet Y in
 * Jakarta on Friday": the summit's day and city are not the talks'. */
static void
test_ahead_of_summit_own_day_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Ministers to meet before summit\n\n"
    "Ahead of the ASEAN summit on July 9 in Vientiane, Indonesian Foreign Minister Retno Marsudi will meet her "
    "Australian counterpart Penny Wong in Jakarta on Friday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Penny Wong"), -1);
  g_assert_nonnull (a);
  const NgMeeting *mt = meeting (doc, a->meeting);
  g_assert_cmpint (mt->organizer, <, 0);
  g_assert_cmpint (mt->place, ==, must_find (doc, NG_KIND_CITY, "Jakarta"));
  g_assert_cmpstr (mt->date, ==, "2024-07-05");
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Retno Marsudi")));
  /* (the summit keeps its own) */
  gboolean summit = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    summit = summit || (meeting (doc, (gint) i)->place == must_find (doc, NG_KIND_CITY, "Vientiane")
                        && !g_strcmp0 (meeting (doc, (gint) i)->date, "2024-07-09"));
  g_assert_true (summit);
}

/* "support for Belgrade's European track": a city in the possessive
 * that does something is its government, not the meeting's place. */
static void
test_possessive_city_no_venue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "President receives envoy\n\n"
    "President Klaus Iohannis on Wednesday received the ambassador of Serbia, Stefan Tomasevic.\n"
    "During the meeting, Iohannis confirmed the support of Romania for the advancement of Belgrade's European "
    "path and for Belgrade's decision on trade.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Stefan Tomasevic"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find (doc, NG_KIND_CITY, "Belgrade"));
  g_assert_cmpint (find (doc, NG_KIND_CITY, "Belgrade"), >=, 0);
  /* (in or at it, it is) */
  g_autoptr (NgDoc) doc2 = extract (data, DATED
    "President meets envoy\n\n"
    "President Klaus Iohannis on Wednesday met the ambassador of Serbia, Stefan Tomasevic, in Belgrade's "
    "old town.\n");
  const NgAttendance *a2 = attendance (doc2, person (doc2, "Stefan Tomasevic"), -1);
  g_assert_nonnull (a2);
  g_assert_cmpint (meeting (doc2, a2->meeting)->place, ==, must_find (doc2, NG_KIND_CITY, "Belgrade"));
}

/* "hosted a luncheon in honour of X", "gave a banquet for Y": a meal
 * given for a guest is a meeting of host and guest. */
static void
test_luncheon_banquet (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Guests of the president\n\n"
    "President Irfaan Ali hosted a luncheon in honour of Commonwealth Secretary-General Shirley Botchwey at "
    "State House on Tuesday.\n"
    "In Georgetown on Wednesday, Prime Minister Mark Phillips gave a state banquet for visiting Ghanaian "
    "President John Mahama.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Shirley Botchwey"), -1);
  g_assert_nonnull (a);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Irfaan Ali")));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  const NgAttendance *b = attendance (doc, person (doc, "John Mahama"), -1);
  g_assert_nonnull (b);
  g_assert_true (attends_doc (doc, (guint) b->meeting, person (doc, "Mark Phillips")));
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-07-03");
}

/* "X said as he met with Y": the speaker was at the meeting he spoke at
 * (not "X said the meeting went well"). */
static void
test_said_as_he_met (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Cooperation praised\n\n"
    "MINSK, July 3 (BelTA) - Cooperation is efficient, Belarusian President Aleksandr Lukashenko said as he met "
    "with UNDP Administrator Helen Clark on Tuesday.\n"
    "Kazakh Foreign Minister Murat Nurtleu said when he received the Chinese ambassador, Zhang Xiao, on Wednesday "
    "that ties were strong.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Helen Clark"), -1);
  g_assert_nonnull (a);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Aleksandr Lukashenko")));
  const NgAttendance *b = attendance (doc, person (doc, "Zhang Xiao"), -1);
  g_assert_nonnull (b);
  g_assert_true (attends_doc (doc, (guint) b->meeting, person (doc, "Murat Nurtleu")));
}

/* No dateline, no city: a meeting is where the visitor came ("is
 * visiting Guyana"), when the article names one such place only. */
static void
test_visit_place_fallback (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "President hosts guest\n\n"
    "President Irfaan Ali hosted a luncheon in honour of Commonwealth Secretary-General Shirley Botchwey at "
    "State House on Tuesday.\n"
    "Ms. Botchwey is visiting Guyana for the first time since her election.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Shirley Botchwey"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_find (doc, NG_KIND_COUNTRY, "Guyana"));
  /* (two places a visitor came: neither) */
  g_autoptr (NgDoc) doc2 = extract (data, DATED
    "President hosts guest\n\n"
    "President Irfaan Ali hosted a luncheon in honour of Commonwealth Secretary-General Shirley Botchwey at "
    "State House on Tuesday.\n"
    "Ms. Botchwey is visiting Guyana after her visit to Suriname last week.\n");
  const NgAttendance *b = attendance (doc2, person (doc2, "Shirley Botchwey"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (doc2, b->meeting)->place, !=, find (doc2, NG_KIND_COUNTRY, "Guyana"));
}

/* "held talks with the director of the Pan American Health Organization,
 * X": talks with the holder of a post in an organization are not that
 * organization's meeting ("dinner with other leaders of the CSTO member
 * states" is). */
static void
test_talks_with_post_holder_no_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Minister in Geneva\n\n"
    "GENEVA, July 3 (Reuters) - On Tuesday Health Minister Christopher Tufton held talks with the director of the "
    "Pan American Health Organization (PAHO), Jarbas Barbosa, on support for hospitals.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Jarbas Barbosa"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, <, 0);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Christopher Tufton")));
}

/* "held bilateral discussions with the Amir of Qatar": discussions are
 * talks, and "the discussions" after them the same meeting. */
static void
test_discussions_are_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "President meets Amir\n\n"
    "GEORGETOWN, Guyana (DPI) - President Irfaan Ali held bilateral discussions with the Amir of the State of "
    "Qatar, His Highness Sheikh Tamim bin Hamad Al Thani, on Tuesday at State House in Georgetown.\n"
    "The discussions covered energy and trade.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Tamim bin Hamad Al Thani"), -1);
  g_assert_nonnull (a);
  const NgMeeting *mt = meeting (doc, a->meeting);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Irfaan Ali")));
  g_assert_cmpint (mt->kind, ==, NG_MEETING_TALKS);
  g_assert_cmpstr (mt->date, ==, "2024-07-02");
  g_assert_cmpint (mt->place, ==, must_find (doc, NG_KIND_CITY, "Georgetown"));
  g_assert_cmpuint (doc->meetings->len, ==, 1);
}

/* "X has met with Y. They met at the headquarters on Tuesday": one
 * meeting, on the day said, not the article's day the perfect gave. */
static void
test_they_met_day_replaces_today (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Chairperson meets minister\n\n"
    "The African Union Commission Chairperson, Nkosazana Dlamini Zuma, has met with the new Minister of Foreign "
    "Affairs of Ethiopia, Workneh Gebeyehu.\n"
    "They met at the headquarters on Tuesday, 2 July 2024.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Workneh Gebeyehu"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Nkosazana Dlamini Zuma")));
  g_assert_cmpuint (doc->meetings->len, ==, 1);
}

/* '"X will visit Moscow on June 21-24 for meetings with Y," the
 * spokesperson said': a meeting told of in a quotation is where the
 * quotation says (quoted places still name no venue of a meeting outside
 * the quotation). */
static void
test_quoted_meeting_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Secretary General to visit Russia\n\n"
    "VIENNA, July 3 (TASS) - \"OSCE Secretary General Helga Maria Schmid will visit Moscow on July 21-24 for "
    "meetings with the Minister of Foreign Affairs of the Russian Federation, Sergey Lavrov,\" the spokesperson "
    "said.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Sergey Lavrov"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_find (doc, NG_KIND_CITY, "Moscow"));
  g_autoptr (NgDoc) doc2 = extract (data, DATED
    "Ministers meet\n\n"
    "\"Nobody in Brussels will take it seriously,\" Foreign Minister Radoslaw Sikorski said after meeting "
    "Hungarian Foreign Minister Peter Szijjarto on Tuesday.\n");
  const NgAttendance *b = attendance (doc2, person (doc2, "Peter Szijjarto"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (doc2, b->meeting)->place, !=, find (doc2, NG_KIND_CITY, "Brussels"));
}

/* "arrived at Ashgabat on a working visit" is where the visitor came, and
 * "the negotiations held recently in Ankara" are other talks, whose place
 * is not the article's meeting's. */
static void
test_arrived_at_recent_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Minister in Turkmenistan\n\n"
    "On July 2, 2024, the Minister of Foreign Affairs of Turkey Hakan Fidan arrived at Ashgabat on a working visit.\n"
    "Then the minister had a meeting with his Turkmen counterpart, the Minister of Foreign Affairs of Turkmenistan "
    "Rashid Meredov.\n"
    "Having welcomed the negotiations held recently in Ankara, the parties discussed trade.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Rashid Meredov"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_find (doc, NG_KIND_CITY, "Ashgabat"));
}

/* "The gathering is the last summit chaired by X, who hands over on
 * December 1 to Y": the day of X's handing over, not the summit's. */
static void
test_who_clause_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Brussels\n\n"
    "EU leaders opened a two-day European Council summit in Brussels on Tuesday.\n"
    "The gathering is the last regular summit chaired by outgoing European Council President Charles Michel, "
    "who hands over on December 1 to Antonio Costa.\n");
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpstr (g_array_index (doc->meetings, NgMeeting, i).date, !=, "2024-12-01");
  const NgAttendance *a = attendance (doc, person (doc, "Charles Michel"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
}

/* "X hosted her French and Polish counterparts ... for talks in the
 * Weimar Triangle format", then "Foreign ministers A and B were received
 * by X": the group's meeting, the format's; "The ministers' meeting was
 * prepared on Monday by the political directors": not its day. */
static void
test_format_guests_prepared (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers close ranks\n\n"
    "German Foreign Minister Annalena Baerbock hosted her French and Polish counterparts at the Villa Borsig in "
    "Berlin on Tuesday for talks in the Weimar Triangle format.\n"
    "Foreign ministers Jean-Noel Barrot and Radoslaw Sikorski were received by Baerbock on the steps of the villa.\n"
    "The ministers' meeting was prepared in the German capital on Monday by the three countries' political "
    "directors.\n");
  gint weimar = must_lex (doc, NG_KIND_ORG, "org-weimar-triangle");
  const NgAttendance *a = attendance (doc, person (doc, "Annalena Baerbock"), weimar);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Jean-Noel Barrot")));
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Radoslaw Sikorski")));
  /* ("The leaders' meeting was prepared by Arab foreign ministers, who met
   * in Manama on Monday. The UAE was represented at that meeting by X":
   * the ministers' meeting) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet in Manama\n\n"
    "Arab leaders held the annual summit of the Arab League in Manama on Tuesday, chaired by King Hamad bin Isa "
    "Al Khalifa.\n"
    "The leaders' meeting was prepared by Arab foreign ministers, who met in Manama on Monday.\n"
    "The UAE was represented at that meeting by Sheikh Abdullah bin Zayed, Minister of Foreign Affairs.\n");
  const NgAttendance *ab = attendance (d2, person (d2, "Abdullah bin Zayed"), -1);
  g_assert_nonnull (ab);
  g_assert_cmpstr (meeting (d2, ab->meeting)->date, ==, "2024-07-01");
}

/* "telling the Council of the League of Arab States ...", then "X was
 * speaking at the council's 164th ordinary session": the council's (a
 * body of the Arab League); but "would present the findings to the
 * council's annual session in Stockholm later this month" names no
 * meeting of the article's organization. */
static void
test_possessive_anaphor (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister seeks Arab cover\n\n"
    "Foreign Minister Youssef Raggi on Tuesday urged Arab states to back the army's plan, telling the Council of "
    "the League of Arab States that the country cannot rebuild with two armies.\n"
    "Raggi was speaking at the council's 164th ordinary session at the ministerial level, held at the league's "
    "headquarters in Cairo and chaired by Mauritanian Foreign Minister Mohamed Salem Ould Merzoug.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Mohamed Salem Ould Merzoug"), must_lex (doc, NG_KIND_ORG, "org-arab-league"));
  g_assert_nonnull (a);
}

/* "X, Y and Z attended Monday's session": the session said before; but
 * not a quoted one ("Tuesday's meeting was useful, but ... once Trump is
 * in the White House"). */
static void
test_weekday_possessive (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "BRICS foreign ministers met in Nizhny Novgorod on Monday, chaired by Russian Foreign Minister Sergey Lavrov.\n"
    "Chinese Foreign Minister Wang Yi and Brazilian Foreign Minister Mauro Vieira attended Monday's session.\n"
    "\"Monday's meeting was useful, but the real test is what Beijing does once Donald Trump is in the White "
    "House,\" an analyst said.\n");
  gint brics = must_lex (doc, NG_KIND_ORG, "org-brics");
  const NgAttendance *l = attendance (doc, person (doc, "Sergey Lavrov"), brics);
  g_assert_nonnull (l);
  g_assert_true (attends_doc (doc, (guint) l->meeting, person (doc, "Wang Yi")));
  g_assert_true (attends_doc (doc, (guint) l->meeting, person (doc, "Mauro Vieira")));
  g_assert_cmpuint (count_attendance (doc, person (doc, "Donald Trump")), ==, 0);
}

/* "Spokesperson X said Ramaphosa told the leaders ...": X did not speak
 * to them; "The summit follows a public spat between A and B": B is not
 * at the summit; "The ministers' meeting follows a Senior Officials'
 * Meeting held in Port Vila, at which X represented PNG": the officials'
 * meeting, the article's organization's. */
static void
test_follows_told (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Harare\n\n"
    "Southern African Development Community leaders held an extraordinary summit in Harare on Tuesday, attended "
    "by President Cyril Ramaphosa.\n"
    "Presidential spokesperson Vincent Magwenya said Ramaphosa told the leaders that the soldiers had died in "
    "the service of peace.\n"
    "The summit follows a public spat between Ramaphosa and Rwandan President Paul Kagame.\n"
    "The ministers' meeting follows a Senior Officials' Meeting held in Harare on Monday, at which Namibia was "
    "represented by the acting Secretary for Foreign Affairs, Julius Kapana Sam.\n");
  g_assert_cmpuint (count_attendance (doc, person (doc, "Vincent Magwenya")), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Paul Kagame")), ==, 0);
  g_assert_nonnull (attendance (doc, person (doc, "Julius Kapana Sam"), must_lex (doc, NG_KIND_ORG, "org-sadc")));
  /* (a scholar who comments attends nothing: "For political scientist X,
   * of the University, Y's absence sends a message", "X, a lecturer in
   * international relations at the University of Lagos (UNILAG), told
   * The Gleaner that the summit ...") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet in Asuncion\n\n"
    "Mercosur leaders held their summit in Asuncion on Monday, chaired by President Santiago Pena.\n"
    "For political scientist Rodrigo Ocampo, of the National University of Asuncion, Milei's absence sends a "
    "message of disdain towards the bloc.\n"
    "Dr Marcia Blake, a senior lecturer in international relations and security studies at the University of "
    "Lagos (UNILAG), told "
    "The Gleaner that the summit was taking place at a difficult moment.\n");
  g_assert_nonnull (attendance (d2, person (d2, "Santiago Pena"), -1));
  g_assert_cmpuint (count_attendance (d2, person (d2, "Rodrigo Ocampo")), ==, 0);
  g_assert_cmpuint (count_attendance (d2, person (d2, "Marcia Blake")), ==, 0);
}

/* "at the Palace of Independence in Astana": the city said, not the one
 * the lexicon gives the building; "where the two discussed preparations
 * for next month's G20 Leaders' Summit in Johannesburg": the place of the
 * meeting talked of, not of theirs; "the Amazon Summit": ACTO's (not the
 * company's), and not in Johannesburg, where a BRICS summit is still to
 * come. */
static void
test_building_topic_future_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Astana\n\n"
    "Chinese President Xi Jinping met Central Asian leaders at the Palace of Independence in Astana on Tuesday.\n"
    "Later on Tuesday, President Cyril Ramaphosa received German Foreign Minister Johann Wadephul at the Union "
    "Buildings, where the two discussed preparations for next month's G20 Leaders' Summit in Johannesburg.\n");
  const NgAttendance *x = attendance (doc, person (doc, "Xi Jinping"), -1);
  g_assert_nonnull (x);
  g_assert_cmpint (meeting (doc, x->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-astana"));
  const NgAttendance *w = attendance (doc, person (doc, "Johann Wadephul"), -1);
  g_assert_nonnull (w);
  g_assert_cmpint (meeting (doc, w->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-pretoria"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Amazon Summit: countries sign declaration\n\n"
    "The declaration was approved on the first day of the Amazon Summit, hosted by President Luiz Inacio Lula "
    "da Silva at the Hangar Convention Center.\n"
    "Lula is expected to travel to Johannesburg, South Africa, for the BRICS summit from August 22 to 24.\n");
  gint acto = must_lex (d2, NG_KIND_ORG, "org-acto");
  const NgAttendance *l = attendance (d2, person (d2, "Luiz Inacio Lula da Silva"), acto);
  g_assert_nonnull (l);
  g_assert_cmpint (meeting (d2, l->meeting)->place, !=, must_lex (d2, NG_KIND_CITY, "city-johannesburg"));
}

/* A headline "X to attend ..." plans attendance. */
static void
test_status_headline_plan (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Kazakh President Tokayev to attend EAEU summit in Minsk\n\n"
    "The summit of the Eurasian Economic Union opens in Minsk on Thursday.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  gint t = person (doc, "Tokayev");
  expect_status (doc, t, eaeu, NG_STATUS_PLANNED);
  g_assert_cmpuint (count_status (doc, t, NG_STATUS_ATTENDED), ==, 0);
}

/* "skipped", "boycotted", "did not attend": absentees, never attendees. */
static void
test_status_absent (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit in Minsk\n\n"
    "The leaders of the Eurasian Economic Union held a summit in Minsk on Tuesday.\n"
    "Russian President Vladimir Putin attended the summit.\n"
    "Armenian Prime Minister Nikol Pashinyan boycotted the summit.\n"
    "Kyrgyz President Sadyr Japarov skipped the summit.\n"
    "Tajik President Emomali Rahmon did not attend the summit.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  gint m = only_meeting_of (doc, eaeu);
  g_assert_cmpstr (meeting (doc, m)->date, ==, "2024-07-02");
  expect_status (doc, person (doc, "Vladimir Putin"), eaeu, NG_STATUS_ATTENDED);
  static const char *const absent[] = { "Nikol Pashinyan", "Sadyr Japarov", "Emomali Rahmon" };
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    {
      gint id = person (doc, absent[i]);
      const NgAttendance *a = attendance (doc, id, eaeu);
      g_assert_nonnull (a);
      g_assert_cmpint (a->status, ==, NG_STATUS_ABSENT);
      g_assert_cmpint (a->meeting, ==, m);
      g_assert_cmpuint (count_status (doc, id, NG_STATUS_ATTENDED), ==, 0);
      g_assert_cmpuint (count_status (doc, id, NG_STATUS_PLANNED), ==, 0);
    }
}

/* "X will hold talks with Y": a meeting without organizer that both attend. */
static void
test_bilateral_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders to meet in Astana\n\n"
    "Kazakh President Kassym-Jomart Tokayev will hold talks with Belarusian President Alexander Lukashenko "
    "in Astana on Friday.\n");
  gint t = person (doc, "Kassym-Jomart Tokayev");
  gint l = person (doc, "Alexander Lukashenko");
  const NgAttendance *at = attendance (doc, t, -1);
  const NgAttendance *al = attendance (doc, l, -1);
  g_assert_nonnull (at);
  g_assert_nonnull (al);
  g_assert_cmpint (at->meeting, ==, al->meeting);
  const NgMeeting *m = meeting (doc, at->meeting);
  g_assert_cmpint (m->kind, ==, NG_MEETING_TALKS);
  g_assert_cmpint (m->organizer, ==, -1);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-astana"));
  g_assert_cmpstr (m->date, ==, "2024-07-05");
  g_assert_cmpint (at->status, ==, NG_STATUS_PLANNED);
  g_assert_cmpint (al->status, ==, NG_STATUS_PLANNED);
  g_assert_cmpuint (doc->meetings->len, ==, 1);
}

/* Talks named in the headline and told in the body are one meeting. */
static void
test_talks_headline_and_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Tokayev to hold talks with Lukashenko\n\n"
    "Kazakh President Kassym-Jomart Tokayev will hold talks with Belarusian President Alexander Lukashenko "
    "in Astana on Friday.\n");
  gint t = person (doc, "Kassym-Jomart Tokayev");
  g_assert_cmpint (person (doc, "Lukashenko"), ==, person (doc, "Alexander Lukashenko"));
  g_assert_cmpuint (count_attendance (doc, t), >=, 1);
  if (doc->meetings->len != 1)
    {
      g_test_incomplete ("talks in the headline (\"Tokayev to hold talks with Lukashenko\") and the same talks "
                         "in the body give two meetings; the headline one has no place or date");
      return;
    }
  g_assert_cmpuint (count_attendance (doc, t), ==, 1);
}

/* A meeting in the headline joins the body's meeting of a body of the same organization. */
static void
test_meeting_headline_and_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Kulubaev to attend CSTO meeting in Astana\n\n"
    "Kyrgyz Foreign Minister Jeenbek Kulubaev will attend a meeting of the Council of Foreign Ministers "
    "of the CSTO in Astana on Friday.\n");
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  g_assert_cmpint (csto, >=, 0);
  guint n = 0;
  for (guint i = 0; i < doc->meetings->len; i++)
    if (meeting (doc, (gint) i)->organizer == csto)
      n++;
  g_assert_cmpuint (n, >=, 1);
  if (n != 1)
    {
      g_test_incomplete ("\"Kulubaev to attend CSTO meeting in Astana\" over \"... will attend a meeting of the "
                         "Council of Foreign Ministers of the CSTO in Astana on Friday\" gives two CSTO meetings, "
                         "one without a date");
      return;
    }
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, csto))->date, ==, "2024-07-05");
}

/* Weekdays resolve against the article's date, backwards for the past, forwards for plans. */
static void
test_weekday_dates (gconstpointer data)
{
  static const char *const cases[][2] = {
    { DATED "Ministers met\n\nThe Council of Foreign Ministers of the CSTO met in Astana on Monday.\n", "2024-07-01" },
    { DATED "Ministers met\n\nThe Council of Foreign Ministers of the CSTO met in Astana on Wednesday.\n", "2024-07-03" },
    { DATED "Ministers to meet\n\nThe Council of Foreign Ministers of the CSTO will meet in Astana on Wednesday.\n", "2024-07-03" },
    { DATED "Ministers to meet\n\nThe Council of Foreign Ministers of the CSTO will meet in Astana on Friday.\n", "2024-07-05" },
    { DATED "Ministers met\n\nThe Council of Foreign Ministers of the CSTO met in Astana on Friday.\n", "2024-06-28" },
    { DATED "Ministers met\n\nForeign ministers of the CSTO gathered in Astana on Friday.\n", "2024-06-28" },
    /* (a weekday with its date written out is that date) */
    { DATED "Ministers to meet\n\nForeign ministers of the CSTO will meet in Astana on Monday, July 15.\n", "2024-07-15" },
    { DATED "Ministers to meet\n\nForeign ministers of the CSTO will meet in Astana on Monday 15 July.\n", "2024-07-15" },
    /* (not the end of a term: "holds the presidency until July 20") */
    { DATED "Ministers met\n\nForeign ministers of the CSTO met in Astana on Monday.\n"
      "The meeting of the CSTO was hosted by Kazakhstan, which holds the presidency until July 20.\n", "2024-07-01" },
    /* (nor the day of a clause after "since") */
    { DATED "Ministers met\n\nForeign ministers of the CSTO met in Astana in their first meeting since the new "
      "secretary general took office on May 2.\n", NULL },
    /* (a weekday of next week or last week: the article is a Wednesday) */
    { DATED "Ministers to meet\n\nForeign ministers of the CSTO will meet next week in Astana, on Thursday.\n", "2024-07-11" },
    { DATED "Ministers met\n\nForeign ministers of the CSTO met in Astana on Monday last week.\n", "2024-06-24" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (NgDoc) doc = extract (data, cases[i][0]);
      g_assert_cmpstr (doc->date, ==, "2024-07-03");
      gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
      g_assert_cmpint (csto, >=, 0);
      g_assert_cmpstr (meeting (doc, only_meeting_of (doc, csto))->date, ==, cases[i][1]);
    }
}

/* A date said of the meeting itself wins over the date of the sentence's
 * verb; a range of days is its first day. */
static void
test_meeting_own_date (gconstpointer data)
{
  static const struct { const char *text, *date; NgStatus status; } cases[] = {
    { DATED "Leaders gather\n\nKazakh President Kassym-Jomart Tokayev arrived in Minsk on Wednesday to attend "
      "the summit of the Collective Security Treaty Organization (CSTO), which will be held on Friday.\n",
      "2024-07-05", NG_STATUS_PLANNED },
    { DATED "Leaders gather\n\nKazakh President Kassym-Jomart Tokayev flew to Minsk on Monday for the summit of "
      "the CSTO, scheduled for 5-6 July.\n", "2024-07-05", NG_STATUS_PLANNED },
    { DATED "Leaders met\n\nKazakh President Kassym-Jomart Tokayev attended the summit of the CSTO in Minsk "
      "on 1 and 2 July 2024.\n", "2024-07-01", NG_STATUS_ATTENDED },
    { DATED "Leaders met\n\nKazakh President Kassym-Jomart Tokayev attended the summit of the CSTO in Minsk "
      "on July 1 and 2.\n", "2024-07-01", NG_STATUS_ATTENDED },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (NgDoc) doc = extract (data, cases[i].text);
      gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
      g_assert_cmpint (csto, >=, 0);
      g_assert_cmpstr (meeting (doc, only_meeting_of (doc, csto))->date, ==, cases[i].date);
      const NgAttendance *a = attendance (doc, person (doc, "Kassym-Jomart Tokayev"), csto);
      g_assert_nonnull (a);
      g_assert_cmpint (a->status, ==, cases[i].status);
    }
}

/* A meeting named for context ("on the eve of the summit") does not take
 * the sentence's date, unless the date is said of it ("the summit,
 * opening on Friday"). */
static void
test_context_meeting_date (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "On the eve of the EAEU summit, on July 2, Kazakh President Kassym-Jomart Tokayev held talks "
    "in Minsk with Armenian Prime Minister Nikol Pashinyan.\n"
    "On his way to the CSTO summit, opening on Friday, Kyrgyz President Sadyr Japarov made a stop in Almaty "
    "to hold a meeting with Kazakh Foreign Minister Murat Nurtleu.\n");
  gint t = person (doc, "Kassym-Jomart Tokayev"), j = person (doc, "Sadyr Japarov");
  guint seen = 0;
  for (guint a = 0; a < doc->attendance->len; a++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, a);
      const NgMeeting *m = meeting (doc, at->meeting);
      if (at->person == t && m->organizer < 0)
        {
          g_assert_cmpstr (m->date, ==, "2024-07-02");
          seen |= 1;
        }
      if (at->person == j && m->organizer < 0)
        {
          g_assert_null (m->date);
          seen |= 2;
        }
    }
  g_assert_cmpuint (seen, ==, 3);
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, csto))->date, ==, "2024-07-05");
}

/* A body's meeting without a date and the organizer's dated meeting are
 * one: "the Ministerial Council of the OSCE" and "the OSCE meeting opens
 * today". */
static void
test_body_meeting_takes_date (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister in Vienna\n\n"
    "Kazakh Foreign Minister Murat Nurtleu has arrived in Vienna to take part in the Ministerial Council "
    "of the Organization for Security and Co-operation in Europe (OSCE).\n"
    "The two-day OSCE meeting opens today under the chairmanship of Malta's Foreign Minister Ian Borg.\n");
  gint osce = find_lex (doc, NG_KIND_ORG, "org-osce");
  g_assert_cmpint (osce, >=, 0);
  const NgMeeting *m = meeting (doc, only_meeting_of (doc, osce));
  g_assert_cmpstr (m->date, ==, "2024-07-03");
  g_assert_nonnull (attendance (doc, person (doc, "Murat Nurtleu"), osce));
  g_assert_nonnull (attendance (doc, person (doc, "Ian Borg"), osce));
}

/* A meeting said to be still to come has been attended by nobody yet. */
static void
test_meeting_ahead (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders gather\n\n"
    "Kazakh President Kassym-Jomart Tokayev is in Tianjin to take part in the summit of the "
    "Shanghai Cooperation Organization (SCO).\n"
    "The SCO summit will be held on Friday.\n");
  gint sco = find_lex (doc, NG_KIND_ORG, "org-sco");
  g_assert_cmpint (sco, >=, 0);
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, sco))->date, ==, "2024-07-05");
  expect_status (doc, person (doc, "Kassym-Jomart Tokayev"), sco, NG_STATUS_PLANNED);
}

/* "On 2 July, X, who is in Minsk to take part in the summit, held talks
 * with Y": the date and Y are the talks'; the summit is X's purpose. */
static void
test_purpose_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "On 2 July, Kazakh President Kassym-Jomart Tokayev, who is in Minsk to take part in the summit of the "
    "Eurasian Economic Union, held talks with Armenian Prime Minister Nikol Pashinyan.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  gint t = person (doc, "Kassym-Jomart Tokayev"), p = person (doc, "Nikol Pashinyan");
  const NgMeeting *summit = meeting (doc, only_meeting_of (doc, eaeu));
  g_assert_null (summit->date);
  g_assert_nonnull (attendance (doc, t, eaeu));
  g_assert_null (attendance (doc, p, eaeu));
  const NgMeeting *talks = meeting (doc, only_meeting_of (doc, -1));
  g_assert_cmpstr (talks->date, ==, "2024-07-02");
}

/* "X, who arrived in Minsk on Monday, is attending the summit": the day
 * of the journey is not the meeting's. */
static void
test_journey_date (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Kazakh President Kassym-Jomart Tokayev, who arrived in Minsk on Monday, is attending the sessions of "
    "the Eurasian Economic Union summit.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  /* the present tense gives the article's day */
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, eaeu))->date, ==, "2024-07-03");
  g_assert_nonnull (attendance (doc, person (doc, "Kassym-Jomart Tokayev"), eaeu));
}

/* "The next meeting ... is scheduled for", "the previous summit was held
 * in": another meeting, whose day and place are not the article's. */
static void
test_another_instance (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Foreign ministers of the Shanghai Cooperation Organization met in Astana on Tuesday.\n"
    "Kazakh Foreign Minister Murat Nurtleu chaired the meeting.\n"
    "The previous meeting was held in New Delhi. The next meeting is scheduled for December 1.\n"
    "The next SCO summit will be held in Tianjin on August 31.\n");
  gint sco = find_lex (doc, NG_KIND_ORG, "org-sco");
  g_assert_cmpint (sco, >=, 0);
  gint astana = find_lex (doc, NG_KIND_CITY, "city-astana"), tianjin = find_lex (doc, NG_KIND_CITY, "city-tianjin");
  guint n = 0;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const NgMeeting *m = meeting (doc, (gint) i);
      if (m->organizer != sco)
        continue;
      n++;
      if (m->place == astana)
        {
          g_assert_cmpstr (m->date, ==, "2024-07-02");
          g_assert_false (m->ahead);
        }
      else
        {
          g_assert_cmpint (m->place, ==, tianjin);
          g_assert_cmpstr (m->date, ==, "2024-08-31");
        }
    }
  g_assert_cmpuint (n, ==, 2);
  expect_status (doc, person (doc, "Murat Nurtleu"), sco, NG_STATUS_ATTENDED);
}

/* Without a year anywhere, dates are month-days. */
static void
test_yearless_dates (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "ASTANA, July 3. /TASS/. The summit of the Collective Security Treaty Organization opened in Astana "
    "on July 2, the ministry said.\n"
    "Kazakh President Kassym-Jomart Tokayev attended the summit.\n");
  g_assert_cmpstr (doc->date, ==, "--07-03");
  g_assert_cmpint (doc->dateline, ==, find_lex (doc, NG_KIND_CITY, "city-astana"));
  g_assert_cmpint (doc->publisher, ==, find_lex (doc, NG_KIND_ORG, "agency-tass"));
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  g_assert_cmpint (csto, >=, 0);
  gint m = only_meeting_of (doc, csto);
  g_assert_cmpstr (meeting (doc, m)->date, ==, "--07-02");
  g_assert_cmpint (meeting (doc, m)->kind, ==, NG_MEETING_SUMMIT);
  expect_status (doc, person (doc, "Kassym-Jomart Tokayev"), csto, NG_STATUS_ATTENDED);
}

/* "the bloc's members - A, B and C": each country is a member of the organization. */
static void
test_memberships (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Bloc leaders gather\n\n"
    "Leaders of the Collective Security Treaty Organization met in Dushanbe on Tuesday.\n"
    "The bloc's members - Armenia, Belarus and Kazakhstan - sent delegations.\n");
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  g_assert_cmpint (csto, >=, 0);
  static const char *const members[] = { "country-armenia", "country-belarus", "country-kazakhstan" };
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      gint c = find_lex (doc, NG_KIND_COUNTRY, members[i]);
      g_assert_cmpint (c, >=, 0);
      g_assert_true (has_link (doc->members, c, csto));
    }
  g_assert_cmpuint (doc->members->len, ==, 3);
}

/* "the Thai town of Chiang Saen" (words of a known name), "the
 * Indonesian island of Sumatra": places in the people's country. */
static void
test_contained_town_island_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "River flows fall\n\n"
    "Flows at the Thai town of Chiang Saen fell to a record low.\n"
    "The plan covers ten provinces on the Indonesian island of Sumatra.\n");
  gint town = find (doc, NG_KIND_CITY, "Chiang Saen");
  g_assert_cmpint (town, >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Chiang Saen"), <, 0);
  g_assert_true (has_link (doc->contained, town, find_lex (doc, NG_KIND_COUNTRY, "country-thailand")));
  g_assert_true (has_link (doc->contained, find (doc, NG_KIND_PLACE, "Sumatra"),
                           find_lex (doc, NG_KIND_COUNTRY, "country-indonesia")));
}

/* The countries listed right after a grouping's name: between dashes,
 * after "the partners of X:"; not after a colon the name alone opens. */
static void
test_memberships_list_after_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "The MED9 group \u2013 Croatia, Cyprus, France and Greece \u2013 adopted a declaration.\n"
    "The ministerial brings together the partners of the Northern Dimension Group: Denmark, the United "
    "Kingdom, Norway and Sweden.\n");
  gint med = find (doc, NG_KIND_ORG, "MED9");
  g_assert_cmpint (med, >=, 0);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-croatia"), med));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-greece"), med));
  gint nd = find (doc, NG_KIND_ORG, "Northern Dimension Group");
  g_assert_cmpint (nd, >=, 0);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-united-kingdom"), nd));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-sweden"), nd));
  g_assert_cmpuint (doc->members->len, ==, 8);
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet\n\n"
    "Officials of the Northern Dimension Group: Denmark, Norway and Sweden sent envoys.\n");
  g_assert_cmpuint (d2->members->len, ==, 0);
}

/* Members named after an acronym the article defined ("the Mekong Water
 * Board (MWB) ... The MWB groups A, B and C") or after "the
 * format"; not the dialogue partners named after the members. */
static void
test_memberships_acronym_format (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "River body meets\n\n"
    "Ministers of the Mekong Water Board (MWB) met in Vientiane on Tuesday.\n"
    "The MWB groups Cambodia, Laos and Thailand, which share the river.\n"
    "Foreign ministers of the Northern Dimension Group met in Oslo on Monday.\n"
    "The format brings together Denmark, Finland, Iceland, Norway and Sweden.\n"
    "The forum brought together the members of the Association of Southeast Asian Nations and their "
    "dialogue partners, including the United States and Japan.\n");
  gint board = find (doc, NG_KIND_ORG, "Mekong Water Board");
  g_assert_cmpint (board, >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "MWB"), ==, board);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-cambodia"), board));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-thailand"), board));
  gint five = find (doc, NG_KIND_ORG, "Northern Dimension Group");
  g_assert_cmpint (five, >=, 0);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-iceland"), five));
  gint us = find_lex (doc, NG_KIND_COUNTRY, "country-united-states");
  g_assert_cmpint (us, >=, 0);
  for (guint i = 0; i < doc->members->len; i++)
    g_assert_cmpint (g_array_index (doc->members, NgLink, i).a, !=, us);
  /* "warned that groups linked to the Islamic State were pushing towards
   * Benin, Togo and Nigeria": no members */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Council meets\n\n"
    "Officials warned that groups linked to the Islamic State were now pushing south towards Benin, Togo "
    "and northern Nigeria.\n");
  g_assert_cmpuint (d2->members->len, ==, 0);
  /* "The RCEP ... groups the 10 ASEAN member states with Australia, China
   * ...": those after "with" are the RCEP's members, not ASEAN's; but
   * "with fellow COMESA members Zambia and ..." are COMESA's */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Trade ministers meet\n\n"
    "The RCEP, which entered into force in 2022, groups the 10 ASEAN member states with Australia, China "
    "and Japan.\n"
    "Zimbabwe, a founding member of COMESA, exported goods to the bloc, with fellow COMESA members Zambia and "
    "Malawi among its markets.\n");
  gint asean = find_lex (d3, NG_KIND_ORG, "org-asean"), rcep = find_lex (d3, NG_KIND_ORG, "org-rcep");
  gint china = find_lex (d3, NG_KIND_COUNTRY, "country-china");
  g_assert_cmpint (rcep, >=, 0);
  g_assert_false (has_link (d3->members, china, asean));
  g_assert_true (has_link (d3->members, china, rcep));
  g_assert_true (has_link (d3->members, find_lex (d3, NG_KIND_COUNTRY, "country-zambia"),
                           find_lex (d3, NG_KIND_ORG, "org-comesa")));
  /* (but "groups China with the five Mekong countries: A, B ...": all of
   * them members) */
  g_autoptr (NgDoc) d4 = extract (data,
    DATED "Ministers meet\n\n"
    "Launched in 2016, the ASEAN Regional Forum groups China with the five Mekong countries: Cambodia, Laos, "
    "Myanmar, Thailand and Vietnam.\n");
  g_assert_true (has_link (d4->members, must_lex (d4, NG_KIND_COUNTRY, "country-laos"),
                           must_lex (d4, NG_KIND_ORG, "org-asean-regional-forum")));
}

/* "the Indonesian provinces of Kalimantan, Sulawesi, Maluku and Papua, the
 * Malaysian states of Sabah and Sarawak": every place of the list lies in
 * the people's country, though no lexicon knows it. */
static void
test_list_of_provinces (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Growth area summit\n\n"
    "Its focus areas cover the Indonesian provinces of Kalimantan, Sulawesi, Maluku and Papua, and the "
    "Malaysian states of Sabah and Sarawak.\n");
  gint id = find_lex (doc, NG_KIND_COUNTRY, "country-indonesia"), my = find_lex (doc, NG_KIND_COUNTRY, "country-malaysia");
  g_assert_cmpint (id, >=, 0);
  g_assert_cmpint (my, >=, 0);
  const char *const ind[] = { "Kalimantan", "Sulawesi", "Maluku" };
  for (guint i = 0; i < G_N_ELEMENTS (ind); i++)
    g_assert_true (has_link (doc->contained, find (doc, NG_KIND_PLACE, ind[i]), id));
  g_assert_true (has_link (doc->contained, find (doc, NG_KIND_PLACE, "Sabah"), my));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Sulawesi"), <, 0);
  /* ("the Georgian ports of Poti and Batumi"; "in Fukuoka, southwestern
   * Japan"; "northeastern Nigeria's Borno State" but not "Bulgaria's Black
   * Sea coast") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Corridor talks\n\n"
    "Grain will be shipped from the Georgian ports of Poti and Batumi.\n"
    "The summit was launched in 2008 in Fukuoka, southwestern Japan, but was later suspended.\n"
    "The bank funds roads in northeastern Nigeria's Borno State and a refinery on Bulgaria's Black Sea coast.\n");
  gint ge = find_lex (d2, NG_KIND_COUNTRY, "country-georgia");
  g_assert_true (has_link (d2->contained, find (d2, NG_KIND_CITY, "Poti"), ge));
  g_assert_true (has_link (d2->contained, find (d2, NG_KIND_CITY, "Batumi"), ge));
  g_assert_true (has_link (d2->contained, must_lex (d2, NG_KIND_CITY, "city-fukuoka"),
                           find_lex (d2, NG_KIND_COUNTRY, "country-japan")));
  g_assert_true (has_link (d2->contained, find (d2, NG_KIND_PLACE, "Borno State"), find_lex (d2, NG_KIND_COUNTRY, "country-nigeria")));
  g_assert_false (has_link (d2->contained, find (d2, NG_KIND_PLACE, "Black Sea"), find_lex (d2, NG_KIND_COUNTRY, "country-bulgaria")));
}

/* "Tajikistan's capital Dushanbe", "Astana, the capital of Kazakhstan": cities in countries. */
static void
test_places_in_countries (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders travel\n\n"
    "The leaders met in Tajikistan's capital Dushanbe on Tuesday.\n"
    "Later they flew to Astana, the capital of Kazakhstan.\n");
  gint du = find_lex (doc, NG_KIND_CITY, "city-dushanbe");
  gint tj = find_lex (doc, NG_KIND_COUNTRY, "country-tajikistan");
  gint as = find_lex (doc, NG_KIND_CITY, "city-astana");
  gint kz = find_lex (doc, NG_KIND_COUNTRY, "country-kazakhstan");
  g_assert_cmpint (du, >=, 0);
  g_assert_cmpint (tj, >=, 0);
  g_assert_cmpint (as, >=, 0);
  g_assert_cmpint (kz, >=, 0);
  g_assert_true (has_link (doc->contained, du, tj));
  g_assert_true (has_link (doc->contained, as, kz));
  g_assert_false (has_link (doc->contained, du, kz));
  g_assert_false (has_link (doc->contained, as, tj));
  /* "CITY, a coastal city in east COUNTRY's PROVINCE" */
  g_autoptr (NgDoc) q = extract (data,
    DATED "Ministers meet\n\n"
    "The meeting opened in Qingdao, a coastal city in east China's Shandong Province.\n");
  g_assert_true (has_link (q->contained, find_lex (q, NG_KIND_CITY, "city-qingdao"),
                           find_lex (q, NG_KIND_COUNTRY, "country-china")));
  /* "Anchorage, Alaska" (a state the lexicon knows); "in Kananaskis,
   * Canada." (a town it does not) */
  g_autoptr (NgDoc) a = extract (data,
    DATED "Leaders meet\n\n"
    "The two presidents met at a base in Anchorage, Alaska, on Friday. "
    "Their aides met again in Kananaskis, Canada.\n");
  g_assert_true (has_link (a->contained, find_lex (a, NG_KIND_CITY, "city-anchorage"),
                           find_lex (a, NG_KIND_PLACE, "place-alaska")));
  gint kan = -1;
  for (guint i = 0; i < a->entities->len; i++)
    if (!strcmp (g_array_index (a->entities, NgEntity, i).name, "Kananaskis"))
      kan = (gint) i;
  g_assert_cmpint (kan, >=, 0);
  g_assert_cmpint (g_array_index (a->entities, NgEntity, kan).kind, ==, NG_KIND_CITY);
  g_autoptr (NgDoc) ad = extract (data,
    DATED "Leaders meet\n\nThe two leaders met in Abu Dhabi, the United Arab Emirates, on July 2.\n");
  g_assert_true (has_link (ad->contained, find_lex (ad, NG_KIND_CITY, "city-abu-dhabi"),
                           find_lex (ad, NG_KIND_COUNTRY, "country-united-arab-emirates")));
  g_assert_true (has_link (a->contained, kan, find_lex (a, NG_KIND_COUNTRY, "country-canada")));
}

/* "X said Y would attend": Y plans to attend, X the speaker does not. */
static void
test_speaker_not_attendee (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit opens in Minsk\n\n"
    "The Eurasian Economic Union summit opened in Minsk on Thursday.\n"
    "Belarusian President Alexander Lukashenko said Kazakh President Kassym-Jomart Tokayev would attend the summit.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  gint l = person (doc, "Alexander Lukashenko");
  gint t = person (doc, "Kassym-Jomart Tokayev");
  expect_status (doc, t, eaeu, NG_STATUS_PLANNED);
  g_assert_cmpuint (count_attendance (doc, l), ==, 0);
  /* The speaker still holds the post the sentence gives. */
  const NgPost *p = post (doc, l);
  g_assert_nonnull (p);
  g_assert_cmpstr (p->title, ==, "President");
}

/* A surname alone joins the full name said before; two people sharing a surname stay apart. */
static void
test_surnames (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Minsk\n\n"
    "The Council of Defense Ministers of the CSTO met in Minsk on Tuesday.\n"
    "Russian Defense Minister Andrei Belousov and Belarusian Defense Minister Viktor Khrenin attended the meeting.\n"
    "Khrenin said the meeting was useful.\n"
    "Alexander Belousov, a Kazakh diplomat, did not attend.\n");
  gint kh = person (doc, "Viktor Khrenin");
  g_assert_cmpint (person (doc, "Khrenin"), ==, kh);
  g_assert_cmpstr (ent (doc, kh)->name, ==, "Viktor Khrenin");
  gint ab = person (doc, "Andrei Belousov");
  gint xb = person (doc, "Alexander Belousov");
  g_assert_cmpint (ab, !=, xb);
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, 3);
  gint csto = find_lex (doc, NG_KIND_ORG, "org-csto");
  expect_status (doc, ab, csto, NG_STATUS_ATTENDED);
  expect_status (doc, xb, csto, NG_STATUS_ABSENT);
  g_assert_cmpint (ent (doc, ab)->country, ==, find_lex (doc, NG_KIND_COUNTRY, "country-russia"));
  g_assert_cmpint (ent (doc, xb)->country, ==, find_lex (doc, NG_KIND_COUNTRY, "country-kazakhstan"));
}

/* A stand-in attends; the absence named after the next person is that person's. */
static void
test_absence_of_next_person (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "EU leaders meet in Brussels\n\n"
    "Leaders of the European Union met in Brussels on Tuesday, but Hungarian Prime Minister Viktor Orban did not attend.\n"
    "Hungary was represented by Deputy Prime Minister Zsolt Kerekes, officials said, without commenting on Orban's absence.\n");
  gint eu = find_lex (doc, NG_KIND_ORG, "org-eu");
  g_assert_cmpint (eu, >=, 0);
  expect_status (doc, person (doc, "Viktor Orban"), eu, NG_STATUS_ABSENT);
  expect_status (doc, person (doc, "Zsolt Kerekes"), eu, NG_STATUS_ATTENDED);
}

/* "X, who chaired the session, said the absence of some ministers ...":
 * the chair, present; the absence is of others. */
static void
test_chair_speaks_of_absence (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arab ministers meet\n\n"
    "Foreign ministers of the Arab League met in Cairo on Tuesday.\n"
    "Egyptian Foreign Minister Sameh Hafez, who chaired the session, said the absence of some ministers "
    "would not delay a decision.\n");
  gint al = find_lex (doc, NG_KIND_ORG, "org-arab-league");
  g_assert_cmpint (al, >=, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Sameh Hafez"), al, NG_STATUS_ATTENDED);
  g_assert_true (a->chair);
}

/* "told the council that her country would never accept": what was said
 * is not a plan to come; "said he would attend" is. */
static void
test_reported_plan (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Council meets\n\n"
    "The UN Security Council met in New York on Tuesday.\n"
    "South African Ambassador Thandi Mokoena told the council that her country would never accept the sanctions.\n"
    "The council said Brazilian Ambassador Carlos Aguiar would join the council later.\n");
  expect_status (doc, person (doc, "Thandi Mokoena"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Carlos Aguiar"), -1, NG_STATUS_PLANNED);
}

/* "were among those present", "stayed away": presence said without a
 * verb of coming. */
static void
test_presence_said (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Defence ministers of the North Atlantic Treaty Organization met in Brussels on Tuesday.\n"
    "Polish Defence Minister Wladyslaw Kosiniak-Kamysz and Dutch Defence Minister Ruben Brekelmans "
    "were among those present.\n"
    "Slovak Defence Minister Robert Kalinak stayed away.\n");
  gint nato = find_lex (doc, NG_KIND_ORG, "org-nato");
  g_assert_cmpint (nato, >=, 0);
  expect_status (doc, person (doc, "Wladyslaw Kosiniak-Kamysz"), nato, NG_STATUS_ATTENDED);
  g_assert_nonnull (attendance (doc, person (doc, "Ruben Brekelmans"), nato));
  expect_status (doc, person (doc, "Robert Kalinak"), nato, NG_STATUS_ABSENT);
}

/* "the summit, with X urging": no talks with X; a video link said in
 * another clause is not this person's. */
static void
test_clauses_of_a_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Leaders of the East African Community gathered in Arusha on Tuesday for the bloc's annual summit, "
    "with Kenyan President William Ruto urging members to remove trade barriers.\n"
    "Rwandan President Paul Kagame attended by video link, while Burundi sent its vice president, "
    "Prosper Bazombanza.\n");
  gint eac = find_lex (doc, NG_KIND_ORG, "org-eac");
  g_assert_cmpint (eac, >=, 0);
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_nonnull (attendance (doc, person (doc, "William Ruto"), eac));
  const NgAttendance *k = attendance (doc, person (doc, "Paul Kagame"), eac);
  g_assert_nonnull (k);
  g_assert_cmpint (k->mode, ==, NG_MODE_VIDEO);
  const NgAttendance *b = attendance (doc, person (doc, "Prosper Bazombanza"), eac);
  g_assert_nonnull (b);
  g_assert_cmpint (b->mode, ==, NG_MODE_IN_PERSON);
}

/* "X and Y held talks": talks of their own, without "with". */
static void
test_people_held_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "South African President Cyril Ramaphosa and Chinese President Xi Jinping arrived in Johannesburg.\n"
    "Ramaphosa and Xi held bilateral talks on Monday ahead of the summit.\n");
  gint r = person (doc, "Cyril Ramaphosa"), x = person (doc, "Xi Jinping");
  gboolean both = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const NgMeeting *m = meeting (doc, (gint) i);
      const NgAttendance *a = attendance (doc, r, -1), *b = attendance (doc, x, -1);
      both = both || (a && b && a->meeting == (gint) i && b->meeting == (gint) i && m->organizer < 0
                      && g_strcmp0 (m->date, "2024-07-01") == 0);
    }
  g_assert_true (both);
}

/* "X and Y are not expected to attend": both. */
static void
test_joined_absence (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders to meet\n\n"
    "Leaders of the Group of 20 will meet in Rio de Janeiro on Friday.\n"
    "Russian President Vladimir Putin and Chinese President Xi Jinping are not expected to attend.\n"
    "Indian Prime Minister Narendra Modi will attend.\n");
  gint g20 = find_lex (doc, NG_KIND_ORG, "org-g20");
  g_assert_cmpint (g20, >=, 0);
  const NgAttendance *p = attendance (doc, person (doc, "Vladimir Putin"), g20);
  const NgAttendance *x = attendance (doc, person (doc, "Xi Jinping"), g20);
  const NgAttendance *m = attendance (doc, person (doc, "Narendra Modi"), g20);
  g_assert_nonnull (p);
  g_assert_nonnull (x);
  g_assert_nonnull (m);
  g_assert_cmpint (p->status, ==, NG_STATUS_ABSENT);
  g_assert_cmpint (x->status, ==, NG_STATUS_ABSENT);
  g_assert_cmpint (m->status, ==, NG_STATUS_PLANNED);
}

/* An event with a name of its own and no organizer: "the COP29 climate
 * conference in Baku". */
static void
test_named_event (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Guterres to travel\n\n"
    "U.N. Secretary-General Antonio Guterres will travel to Azerbaijan next week to attend the COP29 "
    "climate conference in Baku.\n"
    "The conference opens on July 11.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Antonio Guterres"), -1, NG_STATUS_PLANNED);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-baku"));
  g_assert_cmpstr (m->date, ==, "2024-07-11");
  /* an ordinal and a capitalized meeting word, after a compound of two
   * names or a region's name */
  static const char *const texts[] = {
    DATED "Premier attends summit\n\n"
    "Chinese Premier Li Qiang attended the 27th China-ASEAN Summit in Vientiane on July 11.\n",
    DATED "Premier attends summit\n\n"
    "Chinese Premier Li Qiang attended the 19th East Asia Summit in Vientiane on July 11.\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (NgDoc) d = extract (data, texts[i]);
      const NgAttendance *li = expect_status (d, person (d, "Li Qiang"), -1, NG_STATUS_ATTENDED);
      const NgMeeting *lm = meeting (d, li->meeting);
      g_assert_cmpint (lm->place, ==, must_lex (d, NG_KIND_CITY, "city-vientiane"));
      g_assert_cmpstr (lm->date, ==, "2024-07-11");
    }
}

/* "arrived ... to take part in the extraordinary joint Arab-Islamic summit,
 * which will convene on Monday": a summit named by its members' names, its
 * date in a clause of its own verb; "The summit" after a welcome at the
 * airport is that summit. */
static void
test_summit_clause_date (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-11-10 Example.com\n"
    "Egyptian president arrives for summit\n\n"
    "President Abdel-Fattah El-Sisi arrived in Riyadh on Sunday to take part in the extraordinary joint "
    "Arab-Islamic summit, which will convene on Monday to discuss the war.\n"
    "El-Sisi was received at the airport by Riyadh Governor Prince Faisal bin Bandar.\n"
    "The summit is hosted by Crown Prince Mohammed bin Salman.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Abdel-Fattah El-Sisi"), -1, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-11-11");
  const NgAttendance *h = attendance (doc, person (doc, "Mohammed bin Salman"), -1);
  g_assert_nonnull (h);
  g_assert_cmpint (h->meeting, ==, a->meeting);
}

/* TRUE if doc has the post title of person in entity of. */
static gboolean
has_post (const NgDoc *doc, gint person, const char *title, gint of)
{
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *p = &g_array_index (doc->posts, NgPost, i);
      if (p->person == person && !strcmp (p->title, title) && p->of == of)
        return TRUE;
    }
  return FALSE;
}

/* has_post in any country or organization, or none. */
static gboolean
has_title (const NgDoc *doc, gint person, const char *title)
{
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *p = &g_array_index (doc->posts, NgPost, i);
      if (p->person == person && !strcmp (p->title, title))
        return TRUE;
    }
  return FALSE;
}

/* has_post of a post in a country or organization the article names:
 * fails if it names none (of -1 would match a post of no country). */
static gboolean
has_post_in (const NgDoc *doc, gint person, const char *title, gint of)
{
  g_assert_cmpint (of, >=, 0);
  return has_post (doc, person, title, of);
}

/* "Vladimir Putin, the Russian president," (last in its sentence, or
 * not): the apposition's description is the post; "the former French
 * president" is none. */
static void
test_description_apposition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Vladimir Putin, the Russian president, has said he will not attend. "
    "Emmanuel Macron, the French president, met Keir Starmer, the British prime minister, in London. "
    "Nicolas Sarkozy, the former French president, was there.\n");
  g_assert_true (has_post_in (doc, person (doc, "Vladimir Putin"), "President", find_lex (doc, NG_KIND_COUNTRY, "country-russia")));
  g_assert_true (has_post_in (doc, person (doc, "Emmanuel Macron"), "President", find_lex (doc, NG_KIND_COUNTRY, "country-france")));
  g_assert_true (has_post_in (doc, person (doc, "Keir Starmer"), "Prime Minister", find_lex (doc, NG_KIND_COUNTRY, "country-united-kingdom")));
  gint ns = person (doc, "Nicolas Sarkozy");
  for (guint i = 0; i < doc->posts->len; i++)
    g_assert_cmpint (g_array_index (doc->posts, NgPost, i).person, !=, ns);
}

/* Meetings said with no meeting noun or verb of the list: "came together
 * with" (Anadolu), "held a tete-a-tete", "will host X" (a plan, whose X
 * is the guest, not the chair). */
static void
test_more_meeting_verbs (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Foreign Minister Hakan Fidan came together with his Iraqi counterpart Fuad Hussein in Ankara on Thursday. "
    "Prabowo Subianto and Anwar Ibrahim held a tete-a-tete in Kuala Lumpur on Monday. "
    "The President of the Republic, Cyril Ramaphosa, will host President Bola Tinubu in Pretoria on Friday.\n");
  static const char *const pairs[][2] = {
    { "Hakan Fidan", "Fuad Hussein" }, { "Prabowo Subianto", "Anwar Ibrahim" }, { "Cyril Ramaphosa", "Bola Tinubu" },
  };
  for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
    {
      gint a = person (doc, pairs[p][0]), b = person (doc, pairs[p][1]);
      gboolean both = FALSE;
      for (guint i = 0; i < doc->meetings->len; i++)
        both = both || (attends_doc (doc, i, a) && attends_doc (doc, i, b));
      g_assert_true (both);
    }
  gint tinubu = person (doc, "Bola Tinubu");
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, i);
      if (at->person == tinubu)
        {
          g_assert_false (at->chair);
          g_assert_cmpint (at->status, ==, NG_STATUS_PLANNED);
        }
    }
}

/* "New Zealand has been a member of the FFA ... Other members include
 * Australia, Fiji and Samoa": the members of the body named last. */
static void
test_other_members (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Fisheries ministers meet\n\n"
    "New Zealand has been a member of the Forum Fisheries Agency since 1979. "
    "Other members include Australia, Fiji and Samoa.\n");
  gint ffa = find (doc, NG_KIND_ORG, "Forum Fisheries Agency");
  g_assert_cmpint (ffa, >=, 0);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-fiji"), ffa));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-samoa"), ffa));
}

/* "the meeting of the group, which brings together ... of the European
 * Union": the meeting of the body named before by that head word ("the
 * Arraiolos Group"), not of the one in the relative clause. */
static void
test_meeting_of_the_group (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Presidents meet\n\n"
    "President Edgars Rinkevics hosted the informal meeting of the Arraiolos Group in Riga on Thursday. "
    "Latvia hosted the meeting of the group, which brings together presidents of member states of the European Union, "
    "for the first time. The meeting was attended by President Alar Karis and President Petr Pavel.\n");
  gint ag = find (doc, NG_KIND_ORG, "Arraiolos Group");
  gint eu = find_lex (doc, NG_KIND_ORG, "org-eu");
  g_assert_cmpint (ag, >=, 0);
  gint karis = person (doc, "Alar Karis");
  for (guint i = 0; i < doc->meetings->len; i++)
    if (attends_doc (doc, i, karis))
      {
        g_assert_cmpint (g_array_index (doc->meetings, NgMeeting, i).organizer, ==, ag);
        g_assert_true (eu < 0 || g_array_index (doc->meetings, NgMeeting, i).organizer != eu);
      }
  g_assert_cmpuint (count_attendance (doc, karis), >=, 1);
}

/* "the member states of the Initiative, namely Albania, ...": the body
 * named by its head word, whose members follow its name; not "counts the
 * 27 member states of the European Union as well as countries such as
 * Norway among its members" (the subject's members). */
static void
test_member_states_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Speakers meet\n\n"
    "Speaker Andrija Mandic of the Parliament of Montenegro opened the conference of the Adriatic and Ionian Initiative "
    "in Budva on Friday. The conference brought together the parliaments of the member states of the Initiative, "
    "namely Albania, Croatia, Greece and Italy.\n\n"
    "The European Political Community counts the 27 member states of the European Union as well as countries "
    "such as Norway and Iceland among its members.\n");
  gint aii = find (doc, NG_KIND_ORG, "Adriatic and Ionian Initiative");
  gint pm = find_lex (doc, NG_KIND_ORG, "org-parliament-montenegro");
  g_assert_cmpint (aii, >=, 0);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-albania"), aii));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-greece"), aii));
  g_assert_false (pm >= 0 && has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-albania"), pm));
  gint eu = find_lex (doc, NG_KIND_ORG, "org-eu");
  g_assert_false (eu >= 0 && has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-norway"), eu));
}

/* "held a videoconference with X": a meeting by video (not "joined by
 * videoconference", a mode only), beside a body's meeting said by its
 * leaders ("The leaders of the G7 met"). */
static void
test_video_and_group_meetings (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers talk\n\n"
    "Foreign Minister Radoslaw Sikorski held a videoconference with his Ukrainian counterpart Andrii Sybiha on Tuesday. "
    "The leaders of the G7 met in Rome on Monday. Prime Minister Mark Carney was there.\n");
  gint a = person (doc, "Radoslaw Sikorski"), b = person (doc, "Andrii Sybiha");
  gboolean both = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    both = both || (attends_doc (doc, i, a) && attends_doc (doc, i, b));
  g_assert_true (both);
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, i);
      if (at->person == a)
        g_assert_cmpint (at->mode, ==, NG_MODE_VIDEO);
    }
  gint g7 = find_lex (doc, NG_KIND_ORG, "org-g7");
  gboolean g7_met = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    g7_met = g7_met || g_array_index (doc->meetings, NgMeeting, i).organizer == g7;
  g_assert_true (g7_met);
}

/* "will travel to Nairobi next week for talks with X": "next week" is
 * when the talks are, not "the next talks" (another meeting). */
static void
test_next_week_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Abiy to visit Kenya\n\n"
    "Prime Minister Abiy Ahmed will travel to Nairobi next week for talks with President William Ruto.\n");
  gint abiy = person (doc, "Abiy Ahmed"), ruto = person (doc, "William Ruto");
  gboolean both = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    both = both || (attends_doc (doc, i, abiy) && attends_doc (doc, i, ruto));
  g_assert_true (both);
}

/* "co-chaired the Binational Commission on Border Affairs", "The
 * Kenya-Ethiopia Joint Ministerial Commission opened in Nairobi": a
 * sitting of the body, with its day and city; not "who chairs Sudan's
 * Sovereignty Council" (a post). */
static void
test_body_chaired (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Commission meets\n\n"
    "Foreign Minister Elmer Schialer co-chaired the Binational Commission on Border Affairs in Lima on Monday. "
    "The Kenya-Ethiopia Joint Ministerial Commission opened in Nairobi on Tuesday. "
    "Abdel Fattah al-Burhan, who chairs the Sovereignty Council, stayed away on Tuesday.\n");
  gint bc = find (doc, NG_KIND_ORG, "Binational Commission on Border Affairs");
  gint jc = find (doc, NG_KIND_ORG, "Kenya-Ethiopia Joint Ministerial Commission");
  gint sc = find (doc, NG_KIND_ORG, "Sovereignty Council");
  g_assert_cmpint (bc, >=, 0);
  g_assert_cmpint (jc, >=, 0);
  gboolean seen_bc = FALSE, seen_jc = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, i);
      g_assert_true (sc < 0 || m->organizer != sc);
      if (m->organizer == bc)
        {
          seen_bc = TRUE;
          g_assert_cmpint (m->place, ==, find_lex (doc, NG_KIND_CITY, "city-lima"));
        }
      if (m->organizer == jc)
        {
          seen_jc = TRUE;
          g_assert_cmpint (m->place, ==, find_lex (doc, NG_KIND_CITY, "city-nairobi"));
        }
    }
  g_assert_true (seen_bc);
  g_assert_true (seen_jc);
}

/* A dateline in Title Case and a dash ("Nairobi \u2014 ...") is one where
 * the lexicon knows the city, or the country after an unknown one
 * ("Kirkenes, Norway \u2013"); not a country's name as a label ("Ukraine
 * \u2013 The war ...") nor a word no lexicon knows ("Update \u2013"). */
static void
test_title_case_dateline (gconstpointer data)
{
  static const struct { const char *line, *city, *key; } cases[] = {
    { "Nairobi \u2014 President William Ruto met envoys on Thursday.", "Nairobi", "city-nairobi" },
    { "Kirkenes, Norway \u2013 The ministers met on Thursday.", "Kirkenes", NULL },
    { "Ukraine \u2013 The war goes on, officials said on Thursday.", NULL, NULL },
    { "Update \u2013 The ministers met on Thursday.", NULL, NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat ("Leaders meet\n\nOctober 9, 2025\n\n", cases[i].line, "\n", NULL);
      g_autoptr (NgDoc) doc = extract (data, text);
      if (!cases[i].city)
        g_assert_cmpint (doc->dateline, <, 0);
      else if (cases[i].key)
        g_assert_cmpint (doc->dateline, ==, find_lex (doc, NG_KIND_CITY, cases[i].key));
      else
        g_assert_cmpint (doc->dateline, ==, find (doc, NG_KIND_CITY, cases[i].city));
    }
}

/* "the Russian president's top foreign policy adviser X": the aide's post
 * is in the leader's country. */
static void
test_leaders_aide (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit opens\n\n"
    "The summit begins on Tuesday, the Russian president's top foreign policy adviser Yuri Ushakov told journalists.\n");
  g_assert_true (has_post_in (doc, person (doc, "Yuri Ushakov"), "Top foreign policy adviser",
                              find_lex (doc, NG_KIND_COUNTRY, "country-russia")));
}

/* "Custodian of the Two Holy Mosques King Salman bin Abdulaziz": the
 * title of Saudi Arabia's king, under an Omani dateline. */
static void
test_custodian_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Council meets\n\n"
    "MUSCAT - The minister conveyed the greetings of Custodian of the Two Holy Mosques King Salman bin Abdulaziz "
    "to the Sultan.\n");
  g_assert_true (has_post_in (doc, person (doc, "Salman bin Abdulaziz"), "Custodian of the Two Holy Mosques King",
                              find_lex (doc, NG_KIND_COUNTRY, "country-saudi-arabia")));
}

/* "the Ghanaian Government of President John Mahama": the post is in the
 * government's country, under a dateline of another; also in small
 * letters, and not for a government of no people's name. */
static void
test_government_of_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Abuja\n\n"
    "ABUJA, Nigeria - The minister said the Ghanaian Government of President John Mahama had acted.\n\n"
    "He said the French government of Prime Minister Michel Barnier had fallen.\n");
  gint gh = find_lex (doc, NG_KIND_COUNTRY, "country-ghana");
  gint fr = find_lex (doc, NG_KIND_COUNTRY, "country-france");
  g_assert_true (has_post_in (doc, person (doc, "John Mahama"), "President", gh));
  g_assert_false (has_post_in (doc, person (doc, "John Mahama"), "President",
                               find_lex (doc, NG_KIND_COUNTRY, "country-nigeria")));
  g_assert_true (has_post_in (doc, person (doc, "Michel Barnier"), "Prime Minister", fr));
}

/* "Kenyan President William Ruto and First Lady Rachel Ruto" under a
 * Washington dateline: the spouse's post is in the head of state's
 * country. */
static void
test_first_lady_of_spouse (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ruto in Washington\n\n"
    "WASHINGTON - Kenyan President William Ruto and First Lady Rachel Ruto were received at the White House.\n");
  gint ke = find_lex (doc, NG_KIND_COUNTRY, "country-kenya");
  g_assert_true (has_post_in (doc, person (doc, "Rachel Ruto"), "First Lady", ke));
}

/* "Deputy PM and FM X" right after a dateline: both posts, "FM" the
 * foreign minister's; "Rubio, Saudi FM discuss Lebanon" in a related
 * headline (a line with no stop) is two subjects, not an apposition. */
static void
test_fm_and_headline_comma (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Vientiane\n\n"
    "VIENTIANE, July 25 (VNA) - Deputy PM and FM Bui Thanh Son attended the meeting on Thursday.\n\n"
    "Marco Rubio spoke to the ministers by telephone.\n\n"
    "Rubio, Saudi FM discuss Lebanon in phone call\n");
  gint son = person (doc, "Bui Thanh Son");
  g_assert_true (has_title (doc, son, "Foreign Minister"));
  g_assert_true (has_title (doc, son, "Deputy PM"));
  g_assert_false (has_title (doc, person (doc, "Marco Rubio"), "Foreign Minister"));
}

/* "Azerbaijani Foreign Ministry spokesperson X": the post is in that
 * country's foreign ministry, an organization of the article; two
 * countries' spokespeople in one article, two ministries; another
 * ministry's spokesman, that ministry's. */
static void
test_foreign_ministry_spokesperson (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Baku\n\n"
    "BAKU - Azerbaijani Foreign Ministry spokesperson Aykhan Hajizada said the talks were useful.\n\n"
    "Chinese Foreign Ministry spokesperson Mao Ning said Beijing welcomed them.\n\n"
    "Russian Defence Ministry spokesman Igor Konashenkov gave no details.\n");
  gint az = find (doc, NG_KIND_ORG, "Azerbaijani Foreign Ministry");
  gint cn = find (doc, NG_KIND_ORG, "Chinese Foreign Ministry");
  g_assert_cmpint (az, >=, 0);
  g_assert_cmpint (cn, >=, 0);
  g_assert_cmpint (az, !=, cn);
  g_assert_true (has_post_in (doc, person (doc, "Aykhan Hajizada"), "Foreign Ministry spokesperson", az));
  g_assert_true (has_post_in (doc, person (doc, "Mao Ning"), "Foreign Ministry spokesperson", cn));
  g_assert_true (has_post_in (doc, person (doc, "Igor Konashenkov"), "Defence Ministry spokesman",
                              find (doc, NG_KIND_ORG, "Russian Defence Ministry")));
}

/* An outlet's or a person's name against an institute's or a
 * university's is part of it: "the Al-Ahram Center for Political and
 * Strategic Studies", "Al-Farabi Kazakh National University". */
static void
test_institution_of_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Analysts react\n\n"
    "\"It matters,\" said Hany Ghoneim, a researcher at the Al-Ahram Center for Political and Strategic Studies.\n"
    "Gulnara Seitkali, a professor at Al-Farabi Kazakh National University, agreed.\n");
  gint ahram = find (doc, NG_KIND_ORG, "Al-Ahram Center for Political and Strategic Studies");
  gint farabi = find (doc, NG_KIND_ORG, "Al-Farabi Kazakh National University");
  g_assert_cmpint (ahram, >=, 0);
  g_assert_cmpint (farabi, >=, 0);
  g_assert_true (has_post_in (doc, person (doc, "Hany Ghoneim"), "Researcher", ahram));
  g_assert_true (has_post_in (doc, person (doc, "Gulnara Seitkali"), "Professor", farabi));
}

/* "X co-chaired the meeting with Y" after a summit: Y is the other
 * chair of that summit, not X's partner in talks of their own. */
static void
test_cochaired_with (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Nairobi\n\n"
    "NAIROBI - Leaders of the East African Community gathered in Nairobi on Wednesday for an extraordinary summit.\n\n"
    "Kenyan President William Ruto co-chaired the meeting with Zimbabwe's Emmerson Mnangagwa.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  const NgAttendance *a = attendance (doc, person (doc, "Emmerson Mnangagwa"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, find_lex (doc, NG_KIND_ORG, "org-eac"));
}

/* "X spoke after the trilateral meeting of water ministers held on Monday
 * in Lusaka": the article's first meeting, named after "after the" with a
 * day and a place of its own, is one of the article's, and the speaker was
 * at it; "the last ministerial meeting ..., held in Harare in March" is
 * another meeting, not this one. */
static void
test_first_meeting_held_after (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Zambezi states agree on dam study\n\n"
    "The minister of water of Malawi, Mr Chikondi Banda, said this in a statement on Wednesday.\n\n"
    "Banda spoke after the trilateral meeting of water ministers of the three countries held on Monday in "
    "Lusaka, the Zambian capital.\n\n"
    "The meeting was hosted by Zambia's Minister of Water Development, Mr Mwila Chanda.\n\n"
    "The last ministerial meeting on the project was held in Harare in March, the statement said.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Chikondi Banda"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-lusaka"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
  const NgAttendance *b = attendance (doc, person (doc, "Mwila Chanda"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, ==, a->meeting);
  g_assert_cmpint (meeting (doc, b->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-lusaka"));
}

/* "X received on Friday the heads of state of the Andes at the palace,
 * in Lima, for a retreat": a meeting X hosts, though nobody else is named
 * in the sentence; "Y, who has criticised the bloc, sent his foreign
 * minister, Z": Z attends, Y does not. */
static void
test_received_group_for_retreat (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Andean leaders meet in Lima\n\n"
    "LIMA - President Rosa Quispe received on Monday the heads of state of the Andes at the Government "
    "Palace, in Lima, for a retreat without advisers.\n\n"
    "Ecuador's President Daniel Noboa arrived in the city on Sunday night.\n\n"
    "Bolivia's Rodrigo Paz, who has criticised any attempt to revive the bloc, sent his foreign minister, "
    "Fernando Aramayo.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Rosa Quispe"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-lima"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
  const NgAttendance *b = attendance (doc, person (doc, "Fernando Aramayo"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, ==, a->meeting);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Rodrigo Paz")), ==, 0);
}

/* A body's meeting, then "On the same day, President X received the heads
 * of delegations of the member states at the palace" (a meeting of X's
 * though nobody else is named), after a summit of a past year said as
 * background: the story's day, not that summit's; "On the sidelines of
 * the Board meeting, Y held a bilateral meeting with Z": the day of the
 * body's meeting. */
static void
test_same_day_received_delegations (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Fund board meets in Bishkek\n\n"
    "BISHKEK - A regular meeting of the Board of the Eurasian Development Bank was held today in Bishkek.\n\n"
    "The meeting was chaired by the Minister of Finance of Kyrgyzstan, Almaz Baketaev.\n\n"
    "It was noted that the previous summit of the member states was held in Bishkek on 14 October 2022.\n\n"
    "On the same day, President Sadyr Japarov received the heads of delegations of the member states at the "
    "Yntymak Ordo residence.\n\n"
    "On the sidelines of the Board meeting, Almaz Baketaev held a bilateral meeting with Kazakh Finance Minister "
    "Madi Takiyev.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Sadyr Japarov"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-03");
  const NgAttendance *b = attendance (doc, person (doc, "Madi Takiyev"), -1);
  g_assert_nonnull (b);
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-07-03");
}

/* "Morocco was represented by its ambassador, Y, and Mali's Foreign
 * Minister Z joined the session by videoconference": Y was there in
 * person; "On the sidelines of the meeting, A held talks with B on the
 * reopening of the consulate in Benghazi": the topic's city, not the
 * talks'; "He also met C": the same day; "X is scheduled to receive the
 * heads of delegations on Thursday": a planned meeting of X's. */
static void
test_clause_topic_also_met (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Sahel ministers meet in Tripoli\n\n"
    "TRIPOLI - The council of ministers of the Sahel bloc held its ordinary session in Tripoli on Monday.\n\n"
    "The session was chaired by the Libyan Foreign Minister, Taher Baour.\n\n"
    "Morocco was represented by its ambassador in Tunis, Hassan Tariq, and Mali's Foreign Minister Abdoulaye "
    "Diop joined the session by videoconference from Bamako.\n\n"
    "On the sidelines of the meeting, Baour held talks with Egyptian Foreign Minister Badr Abdelatty on the "
    "reopening of the Egyptian consulate in Benghazi.\n\n"
    "He also met Niger's Foreign Minister Bakary Sangare to discuss the security of the southern border.\n\n"
    "The President of the Presidential Council, Mohamed Menfi, is scheduled to receive the heads of "
    "delegations on Thursday morning.\n");
  const NgAttendance *t1 = attendance (doc, person (doc, "Hassan Tariq"), -1);
  g_assert_nonnull (t1);
  g_assert_cmpint (t1->mode, ==, NG_MODE_IN_PERSON);
  const NgAttendance *d1 = attendance (doc, person (doc, "Abdoulaye Diop"), -1);
  g_assert_nonnull (d1);
  g_assert_cmpint (d1->mode, ==, NG_MODE_VIDEO);
  const NgAttendance *a = attendance (doc, person (doc, "Badr Abdelatty"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-benghazi"));
  const NgAttendance *b = attendance (doc, person (doc, "Bakary Sangare"), -1);
  g_assert_nonnull (b);
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-07-01");
  const NgAttendance *m = attendance (doc, person (doc, "Mohamed Menfi"), -1);
  g_assert_nonnull (m);
  g_assert_cmpint (m->status, ==, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (doc, m->meeting)->date, ==, "2024-07-04");
}

/* "Baku, 12 June (AZERTAC). Today, the meeting ... was held in the capital
 * of our country": the dateline's city; "The delegation of Georgia was
 * headed by X, and the Armenian side was represented by Y": X's clause
 * ends before another subject's, X attended. */
static void
test_capital_of_our_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Corridor committee meets\n\n"
    "Baku, 3 July (AZERTAC). Today, the regular meeting of the steering committee of the transport corridor "
    "project was held in the capital of our country.\n\n"
    "The meeting was chaired by Deputy Prime Minister of Azerbaijan Shahin Mustafayev.\n\n"
    "The delegation of Georgia was headed by Minister of Economy Levan Davitashvili, and the Armenian side was "
    "represented by Deputy Minister Karen Sarukhanyan.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Shahin Mustafayev"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-baku"));
  expect_status (doc, person (doc, "Levan Davitashvili"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Karen Sarukhanyan"), -1, NG_STATUS_ATTENDED);
}

/* "Energy ministers of seven countries along the corridor agreed in Sofia
 * on Tuesday ...": a meeting of theirs though none is named, which "The
 * meeting, hosted by X" then names; "Later in the afternoon, Prime
 * Minister Y received the ministers and Z": a meeting of Y's. */
static void
test_countries_agreed_received_ministers (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Corridor ministers agree to cut tariffs\n\n"
    "Energy ministers of seven countries along the gas corridor agreed in Sofia on Tuesday to cut tariffs, "
    "Bulgaria's Energy Minister Zhecho Stankov said.\n\n"
    "The meeting, hosted by Stankov at the Council of Ministers building, brought together Romanian Energy "
    "Minister Bogdan Ivan and Moldova's Energy Minister Dorin Junghietu.\n\n"
    "Later in the afternoon, Prime Minister Rossen Zhelyazkov received the ministers and European Commissioner "
    "Dan Jorgensen at the Council of Ministers.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Bogdan Ivan"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-sofia"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  const NgAttendance *b = attendance (doc, person (doc, "Rossen Zhelyazkov"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, !=, a->meeting);
  /* ("later in the afternoon": the day of the meeting said before) */
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-07-02");
}

/* "the meeting of the Council of Delegates of the Trinational Commission
 * for the Development of the Pilcomayo River Basin": the commission's
 * meeting, of its body; "the Trinational Commission" later is the same
 * organization; "The Council of Delegates includes Bolivia, Argentina
 * and Paraguay": the body's members. */
static void
test_body_of_unknown_org_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "River commission meets in Tarija\n\n"
    "TARIJA - Bolivia, Argentina and Paraguay agreed on Monday on a monitoring network at the 26th meeting of "
    "the Council of Delegates of the Trinational Commission for the Development of the Pilcomayo River Basin, "
    "held in the city of Tarija.\n\n"
    "The meeting was opened by the Minister of Foreign Affairs of Bolivia, Celinda Sosa Lunda.\n\n"
    "The executive director of the Trinational Commission, Jorge Areco, presented a report.\n\n"
    "The Council of Delegates includes Bolivia, Argentina and Paraguay.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Trinational Commission for the Development of the Pilcomayo River Basin");
  const NgAttendance *a = attendance (doc, person (doc, "Celinda Sosa Lunda"), org);
  g_assert_nonnull (a);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Trinational Commission"), ==, org);
  gint body = must_find (doc, NG_KIND_ORG, "Council of Delegates");
  g_assert_cmpint (body, !=, org);
  g_assert_true (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-paraguay"), body));
}

/* Posts of delegations: "..., and the Afghan side was represented by
 * Acting Minister of Mines X" (Afghanistan's, not the first clause's
 * country); "Venezuela was represented by Y, and Peru by Foreign Minister
 * Z, since President W did not travel" (W is Peru's); "The representative
 * of Turkmenistan, Deputy Minister V" (Turkmenistan's, under a Dushanbe
 * dateline); "A representative of the Ministry of Petroleum of the
 * Republic of India, Joint Secretary U" (the ministry's). */
static void
test_delegation_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Pipeline committee meets\n\n"
    "DUSHANBE - The steering committee of the pipeline project met in Dushanbe on Monday.\n\n"
    "The delegation of Pakistan was headed by Federal Minister for Petroleum Ali Pervaiz Malik, and the Afghan "
    "side was represented by Acting Minister of Mines and Petroleum Hedayatullah Badri.\n\n"
    "Venezuela was represented by its foreign minister, Yvan Gil, and Peru by Foreign Minister Elmer Schialer, "
    "since President Dina Boluarte did not obtain permission to travel.\n\n"
    "The representative of Turkmenistan, Deputy Minister of Environmental Protection Batyr Atayev, joined the "
    "meeting via videoconference.\n\n"
    "A representative of the Ministry of Petroleum and Natural Gas of the Republic of India, Joint Secretary "
    "Rajesh Verma, also took part.\n");
  g_assert_true (has_post_in (doc, person (doc, "Hedayatullah Badri"), "Minister of Mines and Petroleum",
                              must_lex (doc, NG_KIND_COUNTRY, "country-afghanistan")));
  g_assert_true (has_post_in (doc, person (doc, "Dina Boluarte"), "President",
                              must_lex (doc, NG_KIND_COUNTRY, "country-peru")));
  g_assert_true (has_post_in (doc, person (doc, "Batyr Atayev"), "Deputy Minister of Environmental Protection",
                              must_lex (doc, NG_KIND_COUNTRY, "country-turkmenistan")));
  gint ministry = must_find (doc, NG_KIND_ORG, "Ministry of Petroleum and Natural Gas");
  g_assert_true (has_post_in (doc, person (doc, "Rajesh Verma"), "Joint Secretary", ministry));
}

/* "The West Nordic Council is the cooperation forum of the parliaments of
 * the Faroe Islands, Greenland and Iceland": what the organization is, no
 * meeting in the Faroe Islands. */
static void
test_forum_definition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Council meets in Nuuk\n\n"
    "The annual meeting of the West Nordic Council was held in Nuuk on Monday.\n\n"
    "The West Nordic Council is the cooperation forum of the parliaments of the Faroe Islands, Greenland and "
    "Iceland.\n\n"
    "The meeting was chaired by the President of the Council, Inooraq Heilmann.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Inooraq Heilmann"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-nuuk"));
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (meeting (doc, (gint) i)->place, !=, find_lex (doc, NG_KIND_PLACE, "place-faroe-islands"));
}

/* "The Heads of State and Government of the Organisation for the
 * Development of the Gambia River (OMVG) met in extraordinary session on
 * Saturday in Banjul": the organization's meeting on Saturday (not a
 * "Government of the ..." organization cut at the country's name, nor a
 * session owning the day); "It brought together the President of Guinea,
 * X": at that meeting; "represented by its Prime Minister, Y, on behalf of
 * the President of the Transition, General Z": Z stayed away. */
static void
test_heads_of_state_session (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "River basin leaders meet in Banjul\n\n"
    "BANJUL - The Heads of State and Government of the Organisation for the Development of the Gambia River "
    "(OMVG) met in extraordinary session on Saturday in Banjul.\n\n"
    "The summit was chaired by the President of the Republic, Adama Barrow.\n\n"
    "It brought together the President of the Republic of Guinea, General Mamadi Doumbouya, and the President "
    "of Senegal, Bassirou Diomaye Faye.\n\n"
    "Guinea-Bissau was represented by its Prime Minister, Braima Camara, on behalf of the President of the "
    "Republic, General Umaro Sissoco Embalo.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Organisation for the Development of the Gambia River");
  const NgAttendance *a = attendance (doc, person (doc, "Adama Barrow"), org);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-06-29");
  g_assert_nonnull (attendance (doc, person (doc, "Mamadi Doumbouya"), org));
  g_assert_nonnull (attendance (doc, person (doc, "Braima Camara"), org));
  g_assert_cmpuint (count_status (doc, person (doc, "Umaro Sissoco Embalo"), NG_STATUS_ATTENDED), ==, 0);
}

/* "the Barents Regional Council, which gathers the northernmost counties,
 * met in the same hotel under the chairmanship of X": the council's
 * meeting, chaired by X (no talks with X); "Moscow did not comment on the
 * meeting": a capital that acts is no place of the meeting. */
static void
test_met_under_chairmanship (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Barents ministers meet in Tromso\n\n"
    "TROMSO - Foreign ministers met in Tromso on Tuesday for the ministerial session of the Barents Euro-Arctic "
    "Council.\n\n"
    "On Monday, the Barents Regional Council, which gathers the northernmost counties of Norway, Sweden and "
    "Finland, met in the same hotel under the chairmanship of Marit Kalstad, county mayor of Troms.\n\n"
    "On the sidelines of the session, Elina Valtonen and Benjamin Dousa held a separate meeting.\n\n"
    "Moscow did not comment on the meeting.\n");
  gint brc = must_find (doc, NG_KIND_ORG, "Barents Regional Council");
  const NgAttendance *a = attendance (doc, person (doc, "Marit Kalstad"), brc);
  g_assert_nonnull (a);
  g_assert_true (a->chair);
  const NgAttendance *b = attendance (doc, person (doc, "Benjamin Dousa"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (doc, b->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-moscow"));
  /* ("On the sidelines of the session": the session's day, not the
   * regional council's the day before) */
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-07-02");
}

/* "The talks come as relations have improved since January 2024, when
 * Ethiopia signed a deal for access to the port of Berbera": a place of the
 * past clause is not the talks'. */
static void
test_past_clause_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Somalia, Ethiopia end talks\n\n"
    "Somali and Ethiopian delegations ended a round of technical talks on Wednesday.\n\n"
    "On the sidelines on Tuesday evening, Somali Foreign Minister Ahmed Moallim Fiqi held a bilateral meeting with "
    "Turkish Foreign Minister Hakan Fidan.\n\n"
    "The talks come as relations between Mogadishu and Addis Ababa have improved since January 2024, when Ethiopia "
    "signed a memorandum of understanding with the breakaway region of Somaliland for access to the port of "
    "Berbera, a deal Somalia called an attack on its sovereignty.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Hakan Fidan"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, <, 0);
}

/* "Foreign Ministers X and Y, who spoke by phone on Tuesday, are scheduled
 * to meet in Vienna on Friday": the call is the clause's, the meeting the
 * sentence's; "Z and W were also at the table": at the meeting said just
 * before. */
static void
test_who_clause_call_and_table (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Border commissions meet\n\n"
    "The border commissions of Armenia and Azerbaijan held their 13th joint meeting on Monday, chaired by "
    "Deputy Prime Minister Mher Grigoryan.\n\n"
    "Armenian Deputy Foreign Minister Vahan Kostanyan and the head of the land service, Elvin Rzayev, were also "
    "at the table.\n\n"
    "Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov, who spoke by phone on Tuesday, are scheduled to meet "
    "in Vienna on Friday.\n");
  expect_status (doc, person (doc, "Vahan Kostanyan"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *a = expect_status (doc, person (doc, "Jeyhun Bayramov"), -1, NG_STATUS_PLANNED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-vienna"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-05");
}

/* "President X received the delegations at Casa Presidencial": a meeting of
 * X's with guests the text does not name; "Defense Minister Y excused
 * himself": Y stayed away. */
static void
test_received_delegations_excused (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Armed forces conference meets\n\n"
    "SAN SALVADOR - The Superior Council of the Central American Armed Forces Conference met in San Salvador "
    "on Tuesday, chaired by Defense Minister Rene Merino Monroy.\n\n"
    "Honduras was represented by General Roosevelt Hernandez, after Defense Minister Jose Manuel Zelaya excused "
    "himself for reasons of agenda.\n\n"
    "On Monday night, President Nayib Bukele received the delegations at Casa Presidencial.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Nayib Bukele"), -1);
  g_assert_nonnull (a);
  g_assert_true (meeting (doc, a->meeting)->guests);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
  g_assert_cmpuint (count_status (doc, person (doc, "Jose Manuel Zelaya"), NG_STATUS_ATTENDED), ==, 0);
}

/* "met in Tehran on Monday ... The meeting, held at the Summit Conference
 * Center in the Iranian capital": Tehran is in Iran, as the text says. */
static void
test_demonym_capital_contained (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Trade ministers meet\n\n"
    "TEHRAN - Trade ministers of the Economic Cooperation Organization met in Tehran on Monday.\n\n"
    "The one-day meeting, held at the Summit Conference Center in the Iranian capital, was chaired by Mohammad "
    "Atabak.\n");
  g_assert_true (has_link (doc->contained, must_lex (doc, NG_KIND_CITY, "city-tehran"),
                           must_lex (doc, NG_KIND_COUNTRY, "country-iran")));
}

/* "X told delegates", "Y told the ministers": a speaker to the meeting's
 * audience was at the meeting. */
static void
test_told_delegates_attends (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet on Congo\n\n"
    "NAIROBI - Foreign ministers of the East African Community met in Nairobi on Tuesday.\n\n"
    "The bloc's deputy secretary general, Andrea Ntale, told the ministers that the regional force had run out "
    "of money.\n\n"
    "Bank official Rose Kamau told delegates that loans would follow.\n\n"
    "Analyst Paul Otieno told Reuters the talks were overdue.\n");
  expect_status (doc, person (doc, "Andrea Ntale"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Rose Kamau"), -1, NG_STATUS_ATTENDED);
  g_assert_null (attendance (doc, person (doc, "Paul Otieno"), -1));
}

/* "Y took part via video conference from Adelaide" (a way of taking part,
 * no meeting of its own), "Z joined a session on maritime security by
 * video link" (a session of the meeting), "W, who accompanied the
 * minister, told reporters" (W went with the minister). */
static void
test_video_session_accompanied (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Caribbean ministers meet\n\n"
    "CASTRIES - Foreign ministers of the Caribbean Community met in Castries on Wednesday.\n\n"
    "Trade Secretary Cristina Roque also joined the talks, while Trade Minister Don Farrell took part via "
    "video conference from Adelaide.\n\n"
    "Admiral Dinesh Tripp joined a session on maritime security via video link from Kingston.\n\n"
    "Deputy Minister Phan Thang, who accompanied the minister, told reporters that trade was discussed.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  const NgAttendance *a = expect_status (doc, person (doc, "Don Farrell"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->mode, ==, NG_MODE_VIDEO);
  a = expect_status (doc, person (doc, "Dinesh Tripp"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->mode, ==, NG_MODE_VIDEO);
  expect_status (doc, person (doc, "Phan Thang"), -1, NG_STATUS_ATTENDED);
}

/* "ministers of the Association of Caribbean States (ACS) met ... for the
 * Ordinary Meeting of the Ministerial Council": the article's
 * organization's council, which gains its names ("ACS Ministerial
 * Council") and is no other organization's council of that name. */
static void
test_common_body_of_main_org (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Caribbean ministers meet\n\n"
    "PORT OF SPAIN - Foreign ministers of the Association of Caribbean States (ACS) met in Port of Spain on "
    "Tuesday for the 30th Ordinary Meeting of the Ministerial Council.\n\n"
    "The meeting was chaired by Foreign Minister Sean Sobers.\n");
  gint body = must_find (doc, NG_KIND_ORG, "ACS Ministerial Council");
  const NgAttendance *a = expect_status (doc, person (doc, "Sean Sobers"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, body);
}

/* "the Tuxtla Dialogue and Coordination Mechanism": "mechanism" ends an
 * organization's name, over the "and" (not "Tuxtla Dialogue"). */
static void
test_mechanism_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Tuxtla summit ends\n\n"
    "TEGUCIGALPA - The 18th Summit of the Tuxtla Dialogue and Coordination Mechanism, held on Tuesday in "
    "Tegucigalpa, was chaired by the President of Honduras, Xiomara Castro.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Tuxtla Dialogue and Coordination Mechanism");
  expect_status (doc, person (doc, "Xiomara Castro"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Tuxtla Dialogue"), <, 0);
}

/* "the Conference of Speakers of the European Union Parliaments": a
 * standing conference named for its members is an organization, the
 * organizer of its meeting; "the Regular Meeting of the Conference of
 * Heads of Government of the Caribbean Community": one meeting, of the
 * Community, whose body the conference is. */
static void
test_conference_of_members (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Speakers meet\n\n"
    "COPENHAGEN - The Conference of Speakers of the European Union Parliaments opened in Copenhagen on Monday, "
    "chaired by the Speaker of the Folketing, Soren Gade.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Conference of Speakers of the European Union Parliaments");
  expect_status (doc, person (doc, "Soren Gade"), org, NG_STATUS_ATTENDED);
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Caribbean leaders meet\n\n"
    "MONTEGO BAY - Prime Minister Andrew Holness on Monday opened the 49th Regular Meeting of the Conference of "
    "Heads of Government of the Caribbean Community (CARICOM) in Montego Bay.\n\n"
    "Also attending were Barbados Prime Minister Mia Mottley and Guyana's President Irfaan Ali.\n");
  const NgAttendance *a = attendance (d2, person (d2, "Andrew Holness"), -1);
  const NgAttendance *b = attendance (d2, person (d2, "Mia Mottley"), -1);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_assert_cmpint (meeting (d2, a->meeting)->organizer, ==, must_lex (d2, NG_KIND_ORG, "org-caricom"));
}

/* "The Council of Ministers of the Gambia River Basin Development
 * Organisation (OMVG) on Monday opened its session in Bijilo, with a call
 * on development partners to ...": the body named for the river is one
 * name, and "a call on" partners is an appeal, not a phone call. */
static void
test_river_body_call_on (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "River basin ministers meet\n\n"
    "BANJUL - The Council of Ministers of the Gambia River Basin Development Organisation (OMVG) on Monday opened "
    "its 42nd ordinary session in Bijilo, with a call on development partners to release the remaining funds.\n\n"
    "The session was chaired by Energy Minister Nani Juwara.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Gambia River Basin Development Organisation");
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Gambia River"), <, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Nani Juwara"), org, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
}

/* Memberships not said: "Ministers attending included X of Jamaica; Y,
 * Minister of Foreign and CARICOM Affairs of Trinidad and Tobago" (people
 * attending), "the heads of government of the EU member states and the
 * leaders of Albania, Serbia and Kosovo" (others than the members); and
 * "the association's Committee of Representatives ... for the 13 member
 * countries: ..." (the association's members, not the committee's). */
static void
test_members_not_said (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Caribbean forum meets\n\n"
    "LONDON - Caribbean foreign ministers met in London on Tuesday for the UK-Caribbean Forum.\n\n"
    "Ministers attending included Kamina Johnson Smith, Minister of Foreign Affairs of Jamaica; Hugh Todd, "
    "Minister of Foreign Affairs of Guyana; and Amery Browne, Minister of Foreign and CARICOM Affairs of "
    "Trinidad and Tobago.\n\n"
    "The summit was attended by the heads of government of the EU member states and the leaders of Albania, "
    "Serbia and Kosovo.\n");
  gint caricom = must_lex (doc, NG_KIND_ORG, "org-caricom");
  gint eu = must_lex (doc, NG_KIND_ORG, "org-eu");
  g_assert_false (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-jamaica"), caricom));
  g_assert_false (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-guyana"), caricom));
  g_assert_false (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-serbia"), eu));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "ALADI ministers meet\n\n"
    "MONTEVIDEO - The Council of Ministers of the Latin American Integration Association (ALADI) met in "
    "Montevideo on Tuesday.\n\n"
    "The ministers instructed the association's Committee of Representatives to present a proposal for the 13 "
    "member countries: Argentina, Bolivia, Brazil, Chile and Uruguay.\n");
  g_assert_true (has_link (d2->members, must_lex (d2, NG_KIND_COUNTRY, "country-bolivia"),
                           must_lex (d2, NG_KIND_ORG, "org-aladi")));
}

/* "Portorož, 21 March (STA) - ... at a meeting of the Quadrilaterale in
 * Portorož": the dateline's town, which no lexicon knows, is the town the
 * body names, not a person, and the meeting's place. */
static void
test_dateline_town_in_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers want end to border checks\n\n"
    "Portorož, 21 March (STA) - The foreign ministers of Slovenia, Italy and Croatia and a Hungarian state "
    "secretary called on Friday for a gradual end to checks on the internal Schengen borders between their "
    "countries within a year, while stepping up joint police patrols along the Western Balkan migration route, "
    "at a meeting of the Quadrilaterale in Portorož.\n\n"
    "The meeting at the Grand Hotel Bernardin was hosted by Foreign Minister Tanja Fajon, with Italian Foreign "
    "Minister and Deputy PM Antonio Tajani and Croatian Foreign Minister Gordan Grlic Radman in attendance. "
    "Hungarian Foreign Minister Peter Szijjarto, who had confirmed his participation, sent Zsofia Halmai, a "
    "state secretary at the Ministry of Foreign Affairs and Trade, citing a parliamentary session in "
    "Budapest.\n");
  g_assert_cmpint (doc->dateline, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Antonio Tajani"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, doc->dateline);
}

/* "a Four-Country Consultation held at the World Trade Center": a named
 * series of consultations is an organization, the meeting's organizer. */
static void
test_consultation_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Kingdom talks\n\n"
    "WILLEMSTAD - Dutch State Secretary Zsolt Szabo and Curacao Prime Minister Gilmar Pisas agreed on Wednesday "
    "to set up a working group, at the end of a Four-Country Consultation held in Willemstad.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Four-Country Consultation");
  expect_status (doc, person (doc, "Gilmar Pisas"), org, NG_STATUS_ATTENDED);
}

/* "The Second Kazakhstan-Malaysia Business Council met": the ordinal counts
 * the meetings and is no word of the council's name (but "Second Thomas
 * Shoal" keeps it: a place's). */
static void
test_ordinal_before_org_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Business council meets\n\n"
    "ASTANA - The Second Kazakhstan-Malaysia Business Council met in Astana on Tuesday, chaired by Deputy "
    "Minister Roman Vassilenko.\n");
  must_find (doc, NG_KIND_ORG, "Kazakhstan-Malaysia Business Council");
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Second Kazakhstan-Malaysia Business Council"), <, 0);
}

/* "By Kagiso Mokgosi, in Gaborone": with no dateline, the byline's town is
 * where the story is filed; "Pretoria was represented by Deputy Finance
 * Minister X": the capital's country is X's, not the filing town's. */
static void
test_byline_town_capital_represented (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Customs union ministers meet\n\n"
    "By Kagiso Mokgosi, in Gaborone\n\n"
    "Finance ministers of the Southern African Customs Union met on Tuesday to review the revenue-sharing "
    "formula.\n\n"
    "Pretoria was represented by Deputy Finance Minister David Masondo.\n");
  g_assert_cmpint (doc->dateline, ==, must_lex (doc, NG_KIND_CITY, "city-gaborone"));
  g_assert_true (has_post_in (doc, person (doc, "David Masondo"), "Deputy Finance Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-south-africa")));
}

/* "presided over by the minister of foreign affairs, Ambassador Yusuf
 * Tuggar": the post before the comma is the holder's, "Ambassador" an
 * honorific; "the Angolan minister of external relations, Tete Antonio":
 * Angola's foreign minister. */
static void
test_post_before_ambassador_honorific (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Gulf of Guinea ministers meet\n\n"
    "ABUJA - The Council of Ministers of the Gulf of Guinea Commission met in Abuja on Tuesday, presided over "
    "by the minister of foreign affairs, Ambassador Yusuf Tuggar.\n\n"
    "Present at the session was the Angolan minister of external relations, Tete Antonio.\n");
  g_assert_true (has_title (doc, person (doc, "Yusuf Tuggar"), "Minister of foreign affairs"));
  g_assert_false (has_title (doc, person (doc, "Yusuf Tuggar"), "Ambassador"));
  g_assert_true (has_post_in (doc, person (doc, "Tete Antonio"), "Minister of external relations",
                              must_lex (doc, NG_KIND_COUNTRY, "country-angola")));
}

/* "In attendance were A's minister, X; B's minister, Y" (the people
 * present), "Declaring the session open, vice president Z said" (Z at
 * the session), "the heads of delegations were received by President W"
 * (a meeting of W's with guests the text does not name). */
static void
test_in_attendance_declaring_received_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Energy ministers meet\n\n"
    "BANJUL - The Council of Ministers of the Organisation for the Development of the Gambia River met in Bijilo "
    "on Tuesday.\n\n"
    "In attendance were Senegal's Minister of Energy, Birame Diop; Guinea's Minister of Energy, Mamadou Bah; "
    "and Guinea-Bissau's Minister of Energy, Domingos Indi.\n\n"
    "Declaring the session open, vice president Kashim Shettima said the region needed power.\n\n"
    "On Tuesday evening, the heads of delegations were received by President Adama Barrow at State House.\n");
  expect_status (doc, person (doc, "Mamadou Bah"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Domingos Indi"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Kashim Shettima"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *a = expect_status (doc, person (doc, "Adama Barrow"), -1, NG_STATUS_ATTENDED);
  g_assert_true (meeting (doc, a->meeting)->guests);
}

/* "Chairman of the Foreign Affairs Committee Marko Mihkelson": the body's
 * name ends at its head word, and the person after it holds the post (the
 * run of capitalized words was dropped whole). */
static void
test_person_after_body_of_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Speakers meet\n\n"
    "COPENHAGEN - The delegation also included Chairman of the Foreign Affairs Committee Marko Mihkelson.\n");
  gint p = person (doc, "Marko Mihkelson");
  must_find (doc, NG_KIND_ORG, "Foreign Affairs Committee");
  g_assert_true (has_title (doc, p, "Chairman"));
}

/* "paid a courtesy visit to Governor X at Fort Amsterdam": a meeting of the
 * visitor and the one visited; "Fort Amsterdam" is a place of its own, not
 * the city of Amsterdam. */
static void
test_visit_to_person_fort (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister visits Curacao\n\n"
    "WILLEMSTAD - State Secretary Zsolt Szabo arrived in Willemstad on Tuesday.\n\n"
    "On Wednesday morning, Szabo paid a courtesy visit to Governor Lucille Wout at Fort Amsterdam.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Lucille Wout"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attends_doc (doc, a->meeting, person (doc, "Zsolt Szabo")));
  must_find (doc, NG_KIND_PLACE, "Fort Amsterdam");
  g_assert_cmpint (find_lex (doc, NG_KIND_CITY, "city-amsterdam"), <, 0);
}

/* "Around the table sat the foreign ministers of Brazil, X; Argentina, Y;
 * and Chile, Z": the people at the meeting said before. */
static void
test_around_the_table (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Montevideo\n\n"
    "MONTEVIDEO - The Council of Ministers of the Latin American Integration Association met in Montevideo on "
    "Tuesday.\n\n"
    "Around the table sat the foreign ministers of Brazil, Mauro Vieira; Argentina, Gerardo Werthein; and Chile, "
    "Alberto van Klaveren.\n");
  expect_status (doc, person (doc, "Gerardo Werthein"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Alberto van Klaveren"), -1, NG_STATUS_ATTENDED);
}

/* "Sivertsen Naess is scheduled to meet ..." after "Minister Marianne
 * Sivertsen Naess": a surname of two words said alone is the person named
 * in full before; "Vice-President Han Zheng is scheduled to meet the heads
 * of the visiting delegations": a meeting with guests the text does not
 * name. */
static void
test_double_surname_meet_heads (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Fisheries talks end\n\n"
    "TROMSO - Fisheries Minister Marianne Sivertsen Naess said on Wednesday the cod quota would be cut.\n\n"
    "Sivertsen Naess is scheduled to meet EU Commissioner Costas Kadis in Brussels on Friday.\n\n"
    "Vice-President Han Zheng is scheduled to meet the heads of the visiting delegations in Xiamen on Thursday.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Marianne Sivertsen Naess"), -1, NG_STATUS_PLANNED);
  g_assert_true (attends_doc (doc, a->meeting, person (doc, "Costas Kadis")));
  const NgAttendance *b = expect_status (doc, person (doc, "Han Zheng"), -1, NG_STATUS_PLANNED);
  g_assert_true (meeting (doc, b->meeting)->guests);
}

/* "the foreign ministers of Brazil, Mauro Vieira; Argentina, Gerardo
 * Werthein; and Chile, Alberto van Klaveren": each holds the post in the
 * country before the name. */
static void
test_plural_title_list (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Montevideo\n\n"
    "MONTEVIDEO - Around the table sat the foreign ministers of Brazil, Mauro Vieira; Argentina, Gerardo "
    "Werthein; and Chile, Alberto van Klaveren.\n");
  g_assert_true (has_post_in (doc, person (doc, "Gerardo Werthein"), "Foreign Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-argentina")));
  g_assert_true (has_post_in (doc, person (doc, "Alberto van Klaveren"), "Foreign Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-chile")));
}

/* "Salman bin Abdulaziz" said after "Crown Prince Mohammed bin Salman bin
 * Abdulaziz" is the father, not the son: a surname said alone never
 * starts after a father's particle. */
static void
test_surname_not_after_father (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Gulf leaders meet\n\n"
    "RIYADH - Crown Prince Mohammed bin Salman bin Abdulaziz chaired the meeting in Riyadh on Tuesday.\n\n"
    "The crown prince conveyed the greetings of King Salman bin Abdulaziz to the leaders.\n");
  gint son = person (doc, "Mohammed bin Salman bin Abdulaziz");
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Salman bin Abdulaziz"), !=, son);
}

/* "Palau's delegation, which also includes Bureau of Fisheries Director X":
 * the "of" inside the bureau's name makes X no object of it. */
static void
test_of_inside_body_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Fisheries commission meets\n\n"
    "MANILA - The annual session of the Western and Central Pacific Fisheries Commission opened in Manila on "
    "Monday.\n\n"
    "Minister Dilmei Olkeriil heads Palau's delegation, which also includes Bureau of Fisheries Director Hilario "
    "Ngirmang and officials from the Ministry of State.\n");
  expect_status (doc, person (doc, "Hilario Ngirmang"), -1, NG_STATUS_ATTENDED);
}

/* "the Norwegian Ministry of Trade, Industry and Fisheries": a ministry of
 * listed portfolios whose first every government has is its country's
 * body, named for it. */
static void
test_national_body_of_portfolios (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Talks in Oslo\n\n"
    "OSLO, May 3 (NTB) - The Norwegian Ministry of Trade, Industry and Fisheries said on Sunday that the "
    "talks were useful.\n");
  gint m = find (doc, NG_KIND_ORG, "Ministry of Trade, Industry and Fisheries of Norway");
  g_assert_cmpint (m, >=, 0);
  g_assert_cmpint (m, ==, find (doc, NG_KIND_ORG, "Norwegian Ministry of Trade, Industry and Fisheries"));
}

/* A scholar's post is at the body after "at": over a field with a
 * region's name in it ("a professor of Pacific studies at Sophia
 * University"), over a town's possessive ("at Ankara's Bilkent
 * University"), at a unit after its parent's possessive ("at Qatar
 * University's Gulf Studies Center"); a university's name goes on after
 * its town ("the University of Tunis El Manar"), no person in it. */
static void
test_scholar_post_at (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "\"It is new,\" said Yoko Hirano, a professor of Pacific studies at Sophia University.\n"
    "Defne Aktas, an associate professor of international relations at Ankara's Bilkent University, said so.\n"
    "Dr Nawaf Al-Ansari, a researcher at Qatar University's Gulf Studies Center, agreed.\n"
    "Hatem Mrabet, a lecturer in international relations at the University of Tunis El Manar, told TAP the "
    "talks had failed.\n");
  g_assert_true (has_post_in (doc, person (doc, "Yoko Hirano"), "Professor",
                              must_find (doc, NG_KIND_ORG, "Sophia University")));
  g_assert_true (has_post_in (doc, person (doc, "Defne Aktas"), "Associate professor",
                              must_find (doc, NG_KIND_ORG, "Bilkent University")));
  g_assert_true (has_post_in (doc, person (doc, "Nawaf Al-Ansari"), "Researcher",
                              must_find (doc, NG_KIND_ORG, "Gulf Studies Center")));
  g_assert_true (has_post_in (doc, person (doc, "Hatem Mrabet"), "Lecturer",
                              must_find (doc, NG_KIND_ORG, "University of Tunis El Manar")));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "El Manar"), <, 0);
}

/* A national title of no country is the outlet's country's, but not
 * when another person of the article holds that title there: "Foreign
 * Minister Antonio Tajani" in an Italian outlet, then "the Foreign
 * Minister, Musalia Mudavadi", whom he met abroad. */
static void
test_title_held_at_home (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Tajani back from Kenya\n\n"
    "ROME, May 3 (ANSA) - Foreign Minister Antonio Tajani said on Sunday that the plan was working.\n"
    "He reported on his talks in Nairobi with the Foreign Minister, Musalia Mudavadi.\n");
  gint it = must_find (doc, NG_KIND_COUNTRY, "Italy");
  g_assert_true (has_post_in (doc, person (doc, "Antonio Tajani"), "Foreign Minister", it));
  g_assert_false (has_post (doc, person (doc, "Musalia Mudavadi"), "Foreign Minister", it));
}

/* "Later in the day, the five ministers called on Prime Minister X": a
 * group the article named before, the people of the body's meeting said
 * last, meets X; "the visiting ministers" leaves out the meeting's host. */
static void
test_group_calls_on (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Defence ministers meet\n\n"
    "The defence ministers of the Five Power Defence Arrangements met in Kuala Lumpur on Tuesday, hosted by "
    "Malaysian Defence Minister Mohamed Khaled Nordin and attended by Judith Collins of New Zealand and John "
    "Healey of Britain.\n"
    "Later in the day, the three ministers called on Prime Minister Anwar Ibrahim in Putrajaya.\n");
  gint pj = must_find (doc, NG_KIND_CITY, "Putrajaya");
  const NgAttendance *a = attendance (doc, person (doc, "Judith Collins"), -1);
  gboolean seen = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, i);
      const NgMeeting *mt = &g_array_index (doc->meetings, NgMeeting, at->meeting);
      if (at->person == person (doc, "John Healey") && mt->place == pj)
        seen = TRUE;
    }
  g_assert_nonnull (a);
  g_assert_true (seen);
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Defence ministers meet\n\n"
    "The defence ministers of the Five Power Defence Arrangements met in Kuala Lumpur on Tuesday, hosted by "
    "Malaysian Defence Minister Mohamed Khaled Nordin and attended by Judith Collins of New Zealand and John "
    "Healey of Britain.\n"
    "Later in the day, the visiting ministers called on Prime Minister Anwar Ibrahim in Putrajaya.\n");
  gint pj2 = must_find (d2, NG_KIND_CITY, "Putrajaya");
  gboolean healey = FALSE, host = FALSE;
  for (guint i = 0; i < d2->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (d2->attendance, NgAttendance, i);
      const NgMeeting *mt = &g_array_index (d2->meetings, NgMeeting, at->meeting);
      if (mt->place != pj2)
        continue;
      healey = healey || at->person == person (d2, "John Healey");
      host = host || at->person == person (d2, "Mohamed Khaled Nordin");
    }
  g_assert_true (healey);
  g_assert_false (host);
}

/* A building the lexicon puts in a city of another country than the
 * dateline's, in an article that names that city nowhere, is the
 * dateline city's namesake: "ASTANA. - ... at the Palace of
 * Independence" (Minsk has one too). */
static void
test_building_namesake (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Forum opens\n\n"
    "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev on Thursday met Prime Minister Abdulla Aripov at the "
    "Palace of Independence.\n");
  gint as = must_find (doc, NG_KIND_CITY, "Astana");
  const NgAttendance *a = attendance (doc, person (doc, "Abdulla Aripov"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (g_array_index (doc->meetings, NgMeeting, a->meeting).place, ==, as);
  g_assert_cmpint (find (doc, NG_KIND_CITY, "Minsk"), <, 0);
}

/* "while Chile sent its Under-Secretary for Defence, X, and France was
 * represented by General Y": X's post is Chile's, and X came (the
 * representing is France's); "The ministers were later granted an
 * audience with King Z": a meeting of the body's people with Z. */
static void
test_sent_its_and_audience (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The South Pacific Defence Ministers' Meeting was held on Wednesday in Nuku'alofa.\n"
    "Tonga's Defence Minister, Siosaia Vaipulu, chaired the meeting, while Chile sent its Under-Secretary for "
    "Defence, Ricardo Montero, and France was represented by General Yann Le Berre.\n"
    "The ministers were later granted an audience with King Tupou VI at the Royal Palace.\n"
    "He told the audience that the region was calm.\n");
  gint cl = must_find (doc, NG_KIND_COUNTRY, "Chile");
  g_assert_true (has_post_in (doc, person (doc, "Ricardo Montero"), "Under-Secretary for Defence", cl));
  const NgAttendance *a = attendance (doc, person (doc, "Ricardo Montero"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->status, ==, NG_STATUS_ATTENDED);
  const NgAttendance *k = attendance (doc, person (doc, "Tupou VI"), -1);
  g_assert_nonnull (k);
  gboolean with_king = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, i);
      with_king = with_king || (at->meeting == k->meeting && at->person == person (doc, "Siosaia Vaipulu"));
    }
  g_assert_true (with_king);
  g_assert_cmpuint (doc->meetings->len, ==, 2);
}

/* "on 24 April last year", "on March 3 next year": the year said by its
 * words, from the article's. */
static void
test_date_last_year (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The ministers met in Paris on 24 April last year, hosted by Foreign Minister Jean Dupont and attended by "
    "Foreign Minister Anna Berg.\n"
    "Dupont will meet Berg again in Rome on March 3 next year.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Anna Berg"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (g_array_index (doc->meetings, NgMeeting, a->meeting).date, ==, "2023-04-24");
  gboolean next = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    next = next || !g_strcmp0 (g_array_index (doc->meetings, NgMeeting, i).date, "2025-03-03");
  g_assert_true (next);
}

/* "French Minister Delegate for Industry and Energy X" (France's junior
 * ministers), "Swiss Federal Councillor Y" (a member of Switzerland's
 * government): titles of their countries, not people named "Delegate". */
static void
test_minister_delegate_federal_councillor (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Present were French Minister Delegate for Industry and Energy Roland Lescure and Dutch Minister Rob Jetten.\n"
    "Federal Councillor Albert Rosti followed the meeting by video link.\n");
  g_assert_true (has_post_in (doc, person (doc, "Roland Lescure"), "Minister Delegate for Industry and Energy",
                              must_find (doc, NG_KIND_COUNTRY, "France")));
  g_assert_true (has_post_in (doc, person (doc, "Albert Rosti"), "Federal Councillor",
                              must_find (doc, NG_KIND_COUNTRY, "Switzerland")));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Delegate"), <, 0);
}

/* "the Council of Ministers of the NBA", the acronym the text gave the
 * Niger Basin Authority: the authority's body, the authority the
 * meeting's organizer (as with its full name). */
static void
test_body_of_acronym (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The member states of the Niger Basin Authority (NBA) met in Abuja.\n"
    "Vice President Kashim Shettima on Monday declared open the 45th ordinary session of the Council of "
    "Ministers of the NBA, which was attended by Minister Joseph Utsev.\n");
  gint nba = must_find (doc, NG_KIND_ORG, "Niger Basin Authority");
  g_assert_nonnull (attendance (doc, person (doc, "Joseph Utsev"), nba));
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Council of Ministers of the NBA"), <, 0);
}

/* A site's name alone on a line of the head, its country's code at its
 * end ("CTVNews.ca"), gives the outlet's country, over a copyright line of
 * a name no lexicon knows: not the dateline's country abroad. */
static void
test_site_country_code (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "CTVNews.ca\n\nPolitics\n\nCarney signs pact with EU\n\n"
    "Published: June 23, 2025 at 12:41PM EDT\n\n"
    "BRUSSELS -- Prime Minister Mark Carney met European Council President Antonio Costa on Monday, and Defence "
    "Minister David McGuinty joined them.\n\n"
    "\u00a9 2025 Bell Media Inc. All rights reserved.\n");
  gint ca = must_find (doc, NG_KIND_COUNTRY, "Canada");
  g_assert_true (has_post_in (doc, person (doc, "Mark Carney"), "Prime Minister", ca));
  g_assert_cmpint (find (doc, NG_KIND_COUNTRY, "Belgium"), <, 0);
}

/* "the annual Joint Ministerial Council between Britain and its Overseas
 * Territories, which opened in London yesterday": the body's meeting, its
 * place and day from the clause of "which". */
static void
test_body_which_opened (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in London\n\n"
    "The Premier was speaking after the first day of the annual Joint Ministerial Council between Britain and "
    "its Overseas Territories, which opened in London yesterday.\n"
    "The two-day meeting is chaired by Stephen Doughty and attended by Premier Natalio Wheatley.\n");
  gint jmc = must_find (doc, NG_KIND_ORG, "Joint Ministerial Council");
  const NgAttendance *a = attendance (doc, person (doc, "Natalio Wheatley"), jmc);
  g_assert_nonnull (a);
  const NgMeeting *mt = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (mt->place, ==, must_find (doc, NG_KIND_CITY, "London"));
  g_assert_cmpstr (mt->date, ==, "2024-07-02");
}

/* "after the minister was called back to Gaborone for a Cabinet meeting":
 * why one went back, not a meeting of the sentence's people. */
static void
test_called_back_for_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The council of ministers of the Limpopo Watercourse Commission met in Polokwane on Tuesday, chaired by "
    "Minister Pemmy Majodina.\n"
    "Botswana's delegation was led by the permanent secretary, Kelebogile Seretse, after the minister was called "
    "back to Gaborone for a Cabinet meeting.\n");
  gint gb = must_find (doc, NG_KIND_CITY, "Gaborone");
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (g_array_index (doc->meetings, NgMeeting, i).place, !=, gb);
  g_assert_nonnull (attendance (doc, person (doc, "Kelebogile Seretse"), -1));
}

/* "Posted On: 14 JAN 2026 2:05PM by PIB Delhi": the outlet after "by" on
 * a head line, the town of its office after it, gives the outlet's
 * country. */
static void
test_posted_by_outlet (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "PM chairs summit\n\nPosted On: 14 JAN 2026 2:05PM by PIB Delhi\n\n"
    "The Prime Minister, Shri Narendra Modi, chaired the session of the summit today with Prime Minister "
    "Sitiveni Rabuka of Fiji.\n");
  g_assert_true (has_post_in (doc, person (doc, "Narendra Modi"), "Prime Minister",
                              must_find (doc, NG_KIND_COUNTRY, "India")));
}

/* "held at the Parque da Cidade ... in the Para state capital": a region
 * before "state capital" is no place of the meeting; the capital the
 * article names is. */
static void
test_region_state_capital (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Belem\n\n"
    "President Luiz Inacio Lula da Silva hosted President Emmanuel Macron on Tuesday at the Parque da Cidade in "
    "the Para state capital.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Emmanuel Macron"), -1);
  g_assert_nonnull (a);
  gint pl = g_array_index (doc->meetings, NgMeeting, a->meeting).place;
  g_assert_cmpint (pl, !=, find (doc, NG_KIND_PLACE, "Para"));
}

/* "at the opening of the fifth Tehran Dialogue Forum": a series named
 * for a town, of a day the text gives and no place, meets in that town;
 * not a summit said in passing without its day. */
static void
test_series_named_for_town (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Araghchi at the forum\n\n"
    "Foreign Minister Abbas Araghchi was speaking on Tuesday at the opening of the fifth Tehran Dialogue Forum "
    "(TDF), a two-day event organized by the Institute for Political and International Studies (IPIS).\n"
    "The initiative was announced by President Petr Pavel at the Munich Security Conference.\n");
  gint tdf = must_find (doc, NG_KIND_ORG, "Tehran Dialogue Forum");
  const NgAttendance *a = attendance (doc, person (doc, "Abbas Araghchi"), tdf);
  g_assert_nonnull (a);
  g_assert_cmpint (g_array_index (doc->meetings, NgMeeting, a->meeting).place, ==, must_find (doc, NG_KIND_CITY, "Tehran"));
  g_assert_cmpint (find (doc, NG_KIND_CITY, "Munich"), <, 0);
}

/* "ASWAN, Dec 7 (MENA) - ... on Sunday", and the last edition "in July
 * 2024": the year after the latest year named, in which 7 December is a
 * Sunday; not a year of plans ("will start in 2028") nor of a body's
 * history ("founded in 2003"), the end of a term ("in 2020-2021") as the
 * present, and none if neither that year nor the next fits the weekday. */
static void
test_year_of_lead_weekday (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Forum opens in Aswan\n\n"
    "ASWAN, Dec 7 (MENA) - Foreign Minister Badr Abdelatty held talks with Kenyan Foreign Minister "
    "Musalia Mudavadi in Aswan on Sunday.\n"
    "The previous round of talks was held in Nairobi in July 2024.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Musalia Mudavadi"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2025-12-07");
  g_assert_cmpstr (doc->date, ==, "--12-07");
  /* (2028 a year of plans, 2003 of history: no year) */
  g_autoptr (NgDoc) p = extract (data,
    "Ministers meet in Vilnius\n\n"
    "VILNIUS, Jun 5, BNS - Lithuanian Transport Minister Eugenijus Sabutis met Latvian Transport Minister "
    "Atis Svinka in Vilnius on Thursday.\n"
    "Test runs on the line will start in 2028.\n"
    "The committee was founded in 2003.\n");
  const NgAttendance *b = expect_status (p, person (p, "Atis Svinka"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (p, b->meeting)->date, ==, "--06-05");
  /* (2022 and 2023 have no Thursday 5 June: no year) */
  g_autoptr (NgDoc) q = extract (data,
    "Ministers meet in Vilnius\n\n"
    "VILNIUS, Jun 5, BNS - Lithuanian Transport Minister Eugenijus Sabutis met Latvian Transport Minister "
    "Atis Svinka in Vilnius on Thursday.\n"
    "They last met in Riga in March 2022.\n");
  const NgAttendance *c = expect_status (q, person (q, "Atis Svinka"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (q, c->meeting)->date, ==, "--06-05");
  /* (a term's end is the present: 2021) */
  g_autoptr (NgDoc) r = extract (data,
    "Ministers meet in Almaty\n\n"
    "ALMATY, September 15. /TASS/. Kazakh Foreign Minister Mukhtar Tileuberdi met Kyrgyz Foreign Minister "
    "Ruslan Kazakbaev in Almaty on Wednesday.\n"
    "Kazakhstan chairs the council in 2020-2021. The founding treaty was signed in Almaty in 1994.\n");
  const NgAttendance *d = expect_status (r, person (r, "Ruslan Kazakbaev"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (r, d->meeting)->date, ==, "2021-09-15");
}

/* A body or region named inside a title: "ING chief executive X",
 * "Rabobank chairman X", "the general secretary of Fiom-Cgil, X", "the
 * governor of Piedmont, X", "Saskatchewan Premier X"; not an adjective
 * ("Victorian Premier"), a portfolio ("Fisheries Director") nor a body's
 * head word alone ("Commission President"). */
static void
test_post_body_in_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Bank chiefs meet regulator\n\n"
    "Around the table were Ostrabank chief executive Steven van Rijswijk and Rabobank chairman Stefaan Decraene.\n"
    "The general secretary of Fiom-Cgil, Michele De Palma, met the governor of Piedmont, Alberto Cirio, "
    "in Turin on Monday.\n"
    "Saskatchewan Premier Scott Moe and Victorian Premier Jacinta Allan spoke by phone.\n"
    "Fisheries Director Hilario Ngirmang and Commission President Gilberto Santos attended.\n");
  struct { const char *who, *title, *of; NgKind kind; } want[] = {
    { "Steven van Rijswijk", "chief executive", "Ostrabank", NG_KIND_ORG },
    { "Stefaan Decraene", "chairman", "Rabobank", NG_KIND_ORG },
    { "Michele De Palma", "general secretary", "Fiom-Cgil", NG_KIND_ORG },
    { "Alberto Cirio", "governor", "Piedmont", NG_KIND_PLACE },
    { "Scott Moe", "Premier", "Saskatchewan", NG_KIND_PLACE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const NgPost *p = post (doc, person (doc, want[i].who));
      g_assert_nonnull (p);
      g_assert_cmpint (g_ascii_strcasecmp (p->title, want[i].title), ==, 0);
      g_assert_cmpint (p->of, >=, 0);
      g_assert_cmpstr (ent (doc, p->of)->name, ==, want[i].of);
      g_assert_cmpint (ent (doc, p->of)->kind, ==, want[i].kind);
    }
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Victorian"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Fisheries"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Commission"), <, 0);
  /* (a body's possessive before its head's title; a president after a
   * body's name, not after a possessive, often a country's) */
  g_autoptr (NgDoc) b = extract (data,
    DATED "Carmaker and football chiefs meet\n\n"
    "Carvanta's new chief executive Antonio Filosa and ABN AMRO's CEO Marguerite Berard met in Turin on Monday.\n"
    "The proposal was backed by the Andesfut president, Alejandro Dominguez, and by Congo-Brazzaville's "
    "President Denis Sassou Nguesso.\n");
  struct { const char *who, *of; } own[] = {
    { "Antonio Filosa", "Carvanta" }, { "Marguerite Berard", "ABN AMRO" }, { "Alejandro Dominguez", "Andesfut" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    {
      const NgPost *p = post (b, person (b, own[i].who));
      g_assert_nonnull (p);
      g_assert_cmpint (p->of, >=, 0);
      g_assert_cmpstr (ent (b, p->of)->name, ==, own[i].of);
      g_assert_cmpint (ent (b, p->of)->kind, ==, NG_KIND_ORG);
    }
  const NgPost *dn = post (b, person (b, "Denis Sassou Nguesso"));
  g_assert_true (!dn || dn->of < 0 || ent (b, dn->of)->kind != NG_KIND_ORG);
  /* (a president of a body's name of two words) */
  g_autoptr (NgDoc) c3 = extract (data,
    DATED "Carmaker received\n\n"
    "Salvador Illa received the president of Zhongtai International, Li Xueyong, in Barcelona on Monday.\n");
  const NgPost *lx = post (c3, person (c3, "Li Xueyong"));
  g_assert_nonnull (lx);
  g_assert_cmpint (lx->of, >=, 0);
  g_assert_cmpstr (ent (c3, lx->of)->name, ==, "Zhongtai International");
}

/* "at a meeting convened by the central bank at its headquarters", "held
 * at the ECP Secretariat": the meeting is the organization's. */
static void
test_premises_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Bank chiefs told to act\n\n"
    "MUMBAI - Reserve Bank of India governor Sanjay Malhotra met Canara Bank chief executive Kalyan Kumar "
    "on Tuesday at a meeting convened by the central bank at its headquarters in Mumbai.\n");
  gint rbi = find (doc, NG_KIND_ORG, "Reserve Bank of India");
  g_assert_cmpint (rbi, >=, 0);
  expect_status (doc, person (doc, "Kalyan Kumar"), rbi, NG_STATUS_ATTENDED);
  g_autoptr (NgDoc) e = extract (data,
    DATED "Parties meet election body\n\n"
    "ISLAMABAD - Representatives of the parties urged the Election Commission of Pakistan (ECP) to announce "
    "a schedule.\n"
    "The consultative meeting, held at the ECP Secretariat and chaired by Sikandar Sultan Raja, was attended by "
    "Senator Kamran Murtaza.\n");
  gint ecp = find (e, NG_KIND_ORG, "Election Commission of Pakistan");
  g_assert_cmpint (ecp, >=, 0);
  expect_status (e, person (e, "Kamran Murtaza"), ecp, NG_STATUS_ATTENDED);
}

/* "The First Minister met a delegation ...", the article naming him with
 * that title only later: the one person named after the title ("Deputy
 * First Minister X" holds another post); not when two are named so. */
static void
test_title_holder_later (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Unions meet leader\n\n"
    "The First Minister met a delegation led by Unite general secretary Sharon Graham in Edinburgh on Monday.\n"
    "Deputy First Minister Kate Forbes also sat in on the meeting.\n"
    "First Minister John Swinney with Sharon Graham outside Bute House.\n");
  gint js = person (doc, "John Swinney");
  g_assert_cmpint (js, >=, 0);
  const NgAttendance *a = expect_status (doc, js, -1, NG_STATUS_ATTENDED);
  const NgAttendance *q = expect_status (doc, person (doc, "Sharon Graham"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->meeting, ==, q->meeting);
  g_autoptr (NgDoc) two = extract (data,
    DATED "Unions meet leader\n\n"
    "The First Minister met a delegation led by Unite general secretary Sharon Graham in Edinburgh on Monday.\n"
    "A survey last year ranked First Minister John Swinney above First Minister Eluned Morgan.\n");
  const NgAttendance *sg = expect_status (two, person (two, "Sharon Graham"), -1, NG_STATUS_ATTENDED);
  g_assert_false (attends_doc (two, sg->meeting, person (two, "John Swinney")));
  g_assert_false (attends_doc (two, sg->meeting, person (two, "Eluned Morgan")));
}

/* "X met representatives of the Royal College of Nursing ... in Belfast
 * on Wednesday", "summoned bank bosses", "met union leaders": a meeting
 * with a group the text names later or not at all. */
static void
test_meets_group_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Nurses meet minister\n\n"
    "Health Minister Mike Nesbitt met representatives of the Royal College of Nursing at Castle Buildings "
    "in Belfast on Monday.\n"
    "The delegation was led by its executive director, Siobhan McCorry.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Mike Nesbitt"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, find_lex (doc, NG_KIND_CITY, "city-belfast"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
  const NgAttendance *b = expect_status (doc, person (doc, "Siobhan McCorry"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_autoptr (NgDoc) u = extract (data,
    DATED "Unions meet leader\n\n"
    "First Minister John Swinney met union leaders in Edinburgh on Monday.\n");
  const NgAttendance *s = expect_status (u, person (u, "John Swinney"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (u, s->meeting)->place, ==, find_lex (u, NG_KIND_CITY, "city-edinburgh"));
}

/* "The meeting comes as anti-migrant groups step up campaigns in
 * Gauteng": the place of what the meeting comes amid is not its own. */
static void
test_comes_as_no_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Presidents meet\n\n"
    "President Cyril Ramaphosa and President Emmerson Mnangagwa met in Harare on Tuesday.\n"
    "On Monday, Foreign Minister Ronald Lamola held talks with Foreign Minister Amon Murwira.\n"
    "The meeting comes as anti-migrant groups step up campaigns outside clinics in Gauteng.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Amon Murwira"), -1, NG_STATUS_ATTENDED);
  gint pl = meeting (doc, a->meeting)->place;
  g_assert_true (pl < 0 || g_strcmp0 (ent (doc, pl)->name, "Gauteng") != 0);
}

/* "The Central Executive Committee (CEC) of the Pakistan Peoples Party
 * (PPP) on Friday approved ...": a body that deliberates and decides on
 * a day met, and the meeting said next is its own. */
static void
test_body_decides_on_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Party body decides\n\n"
    "KARACHI - The Central Executive Committee (CEC) of the Pakistan Peoples Party (PPP) on Friday approved "
    "the party's manifesto.\n"
    "The meeting, chaired by Bilawal Bhutto Zardari in Karachi, lasted five hours.\n");
  gint cec = find (doc, NG_KIND_ORG, "Central Executive Committee");
  g_assert_cmpint (cec, >=, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Bilawal Bhutto Zardari"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, >=, 0);
}

/* "Royal College of Nursing leaders say ... after talks at Castle
 * Buildings": a union (or a company) named before talks is a side of
 * them, not their organizer; the meeting is the minister's. */
static void
test_union_side_of_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Royal College of Nursing leaders say minister offered sympathy after talks at Castle Buildings\n\n"
    "Health Minister Mike Nesbitt met the nursing leaders in Belfast on Monday. Karen Devlin joined the meeting "
    "by video link.\n");
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "org-royal-college-of-nursing"), >=, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Mike Nesbitt"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, -1);
  g_assert_true (attends_doc (doc, a->meeting, person (doc, "Karen Devlin")));
}

/* "at an Extraordinary Congress at the Hyatt Regency in Port of Spain":
 * a sitting of a body (no person "Extraordinary", not the US Congress),
 * a meeting. */
static void
test_extraordinary_congress (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Football body backs fund\n\n"
    "Member associations of Concacaf yesterday approved a fund at an Extraordinary Congress at the Hyatt "
    "Regency in Port of Spain.\n"
    "Concacaf president Victor Montagliani chaired the one-day meeting.\n");
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Extraordinary"), <, 0);
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "org-congress"), <, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Victor Montagliani"), -1, NG_STATUS_ATTENDED);
  gint pl = meeting (doc, a->meeting)->place;
  g_assert_cmpint (pl, >=, 0);
  g_assert_cmpstr (ent (doc, pl)->name, ==, "Port of Spain");
}

/* "in Suwon": the lexicon's Korean cities go by the name news writes,
 * not GeoNames's "Suwon-si" (kept as an alias). */
static void
test_korean_city_without_si (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Governor meets chipmakers\n\n"
    "Gyeonggi Governor Kim Dong-yeon met Samsung Electronics chairman Lee Jae-yong in Suwon on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Kim Dong-yeon"), -1);
  g_assert_nonnull (a);
  gint city = must_lex (doc, NG_KIND_CITY, "city-suwon-south-korea");
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, city);
}

/* "the University of Guam", "the Bank of Guam": a school or a bank named
 * after a region is one organization, not a place; "the Institute of
 * West Asian and African Studies" is no "Institute of West". */
static void
test_school_of_region (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Scholars meet\n\n"
    "Maria Taitano-Reyes, a political scientist at the University of Guam, met researchers of the Institute "
    "of West Asian and African Studies on Monday.\n");
  g_assert_cmpint (find (doc, NG_KIND_ORG, "University of Guam"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Institute of West"), <, 0);
}

/* "FRU Chief Executive X" in an article on the "Fiji Rugby Union" (the
 * headline's acronym before the name, undefined): one organization, whose
 * head X is; "VCCI Chairman Y" after "the Vietnam Chamber of Commerce and
 * Industry (VCCI)": the defined acronym before the title is its body. */
static void
test_acronym_before_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "New FRU board chair after AGM\n\n"
    "The Fiji Rugby Union elected a new board chair at its annual general meeting in Suva on Saturday.\n"
    "FRU Chief Executive Koli Sewabu presented the annual report.\n");
  gint fru = must_find (doc, NG_KIND_ORG, "Fiji Rugby Union");
  g_assert_true (has_post_in (doc, person (doc, "Koli Sewabu"), "Chief Executive", fru));
  g_assert_cmpint (find (doc, NG_KIND_ORG, "FRU"), ==, fru);
  g_autoptr (NgDoc) doc2 = extract (data, DATED
    "Business forum\n\n"
    "A forum was hosted by the Vietnam Chamber of Commerce and Industry (VCCI) at the Melia Hotel on Tuesday.\n"
    "Speaking to reporters, VCCI Chairman Pham Tan Cong said the forum had helped local firms.\n");
  gint vcci = must_find (doc2, NG_KIND_ORG, "Vietnam Chamber of Commerce and Industry");
  g_assert_true (has_post_in (doc2, person (doc2, "Pham Tan Cong"), "Chairman", vcci));
}

/* "the Cabinet Secretary for Economy, Energy and Planning": a word of
 * plans inside a title's capitals makes no meeting one to come. */
static void
test_planning_in_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Steel talks\n\n"
    "First Minister Eluned Morgan spoke to reporters.\n"
    "Ms Morgan, who was accompanied by Rebecca Evans, the Cabinet Secretary for Economy, Energy and Planning, "
    "met chief executive Vikram Desai.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Vikram Desai"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->status, ==, NG_STATUS_ATTENDED);
}

/* "Greater Manchester", "North London", "the Greater Banjul Area": a
 * compass word (or "Greater") before a city of the lexicon names a region
 * of it, not a person "Greater"; "the Mayor of Greater Manchester" holds
 * its post; "the Greater Manchester Combined Authority" is one body. */
static void
test_direction_before_city (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Rail summit\n\n"
    "The Mayor of Greater Manchester, Andy Burnham, met rail managers in North London on Friday.\n"
    "Load-shedding fell in the Greater Banjul Area, and the Greater Manchester Combined Authority met in the "
    "Tootal Buildings.\n");
  gint gm = must_find (doc, NG_KIND_PLACE, "Greater Manchester");
  g_assert_true (has_post_in (doc, person (doc, "Andy Burnham"), "Mayor", gm));
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "North London"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Greater Banjul Area"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Greater Manchester Combined Authority"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Tootal Buildings"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Greater"), <, 0);
}

/* "held an Extraordinary General Assembly ... at the Mohammed VI Football
 * Complex in Sale": a sitting of the body (no organization "General
 * Assembly"), in a building a person's name begins (no person); "the
 * Prince Moulay Abdellah Stadium" with its royal word. */
static void
test_assembly_at_named_building (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Football body votes\n\n"
    "The Confederation of African Football (CAF) held an Extraordinary General Assembly on Saturday at the "
    "Mohammed VI Football Complex in Sale, on the eve of the final at the Prince Moulay Abdellah Stadium in "
    "Rabat.\n"
    "CAF president Patrice Motsepe and FIFA president Gianni Infantino addressed the delegates.\n");
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Mohammed VI Football Complex"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Mohammed VI Football Complex"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Prince Moulay Abdellah Stadium"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "General Assembly"), <, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Patrice Motsepe"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, must_find (doc, NG_KIND_ORG, "Confederation of African Football"));
}

/* "Treasurer Jim Chalmers", "Cllr Craig", "Chief Whip X", "Encik Faizal
 * Hamdan", "Lyonpo D.N. Dhungyel": titles and words of rank before a
 * name, not a person "Treasurer Jim Chalmers". */
static void
test_more_titles_before_names (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Roundtable\n\n"
    "Treasurer Jim Chalmers met Chief Whip Alan Campbell and Councillor Bev Craig on Tuesday.\n"
    "Encik Faizal Hamdan and Lyonpo D.N. Dhungyel also attended, with Head Coach Eddie Jones.\n");
  g_assert_true (has_title (doc, person (doc, "Jim Chalmers"), "Treasurer"));
  g_assert_true (has_title (doc, person (doc, "Alan Campbell"), "Chief Whip"));
  g_assert_true (has_title (doc, person (doc, "Bev Craig"), "Councillor"));
  g_assert_true (has_title (doc, person (doc, "Eddie Jones"), "Head Coach"));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Faizal Hamdan"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "D.N. Dhungyel"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Encik Faizal Hamdan"), <, 0);
}

/* "Yair Lapid hosted Avigdor Liberman, Gadi Eisenkot and Yair Golan":
 * the names a host's list goes on with after a strong one are people too
 * (names of no known given name, and a given name with a place's word). */
static void
test_host_list_of_names (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Opposition meets\n\n"
    "Yair Lapid hosted Avigdor Liberman, Gadi Eisenkot and Yair Golan on Monday in Tel Aviv.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Avigdor Liberman"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Gadi Eisenkot"), -1);
  const NgAttendance *c = attendance (doc, person (doc, "Yair Golan"), -1);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpint (b->meeting, ==, a->meeting);
  g_assert_cmpint (c->meeting, ==, a->meeting);
}

/* "the Sabah Oil and Gas Contractors Association (SOGCA)": a name the
 * acronym spells and a body's head word ends is one body's, though its
 * first words look like a person's; "the Chief Executive Officer of SMJ
 * Energy Sdn Bhd, X": the company's name and suffix are no title's. */
static void
test_spelled_body_and_company_suffix (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Energy talks\n\n"
    "Tengku Muhammad Taufik held a dialogue with the Sabah Oil and Gas Contractors Association (SOGCA) on "
    "Tuesday.\n"
    "Also present was the Chief Executive Officer of SMJ Energy Sdn Bhd, Datuk Mohd Ridzuan Sulaiman.\n");
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Sabah Oil and Gas Contractors Association"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Sabah Oil"), <, 0);
  gint smj = must_find (doc, NG_KIND_ORG, "SMJ Energy Sdn Bhd");
  g_assert_true (has_post_in (doc, person (doc, "Mohd Ridzuan Sulaiman"), "Chief Executive Officer", smj));
}

/* "BOSTON - The meeting of the Conference of ..., hosted by Governor X at
 * the Massachusetts State House, wrapped up on Monday ... The premiers will
 * meet in St. John's on Oct. 27": the region's name is the building's (no
 * meeting in Massachusetts), and the body's next sitting, still to come,
 * lends the one held no place: the dateline's city is it. */
static void
test_region_building_next_sitting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, " date 2025-09-08 Example.com\n"
    "Premiers and governors meet\n\n"
    "BOSTON \u2014 Premier Tim Houston told the governors on Monday that wind could help.\n"
    "The two-day meeting of the Conference of New England Governors and Eastern Canadian Premiers, "
    "hosted by Massachusetts Gov. Maura Healey at the Massachusetts State House, wrapped up on Monday.\n"
    "The Atlantic premiers will meet in St. John's on Oct. 27.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Maura Healey"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_find (doc, NG_KIND_CITY, "Boston"));
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Massachusetts State House"), >=, 0);
}

/* "WINDHOEK - ... met at the Hilton Hotel in the capital for the
 * commission's annual ministerial meeting ... The commission's last
 * ministerial meeting was held in Luanda on 16 June 2023": a body's last
 * meeting is another one, and one of long ago lends no place. */
static void
test_body_last_meeting_elsewhere (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, " date 2024-05-24 Example.com\n"
    "Basin states agree\n\n"
    "WINDHOEK \u2013 Ministers of Angola, Botswana and Namibia on Friday agreed a drought plan.\n"
    "The three countries, which make up the Permanent Okavango River Basin Water Commission (Okacom), met at "
    "the Hilton Hotel for the commission's annual ministerial meeting.\n"
    "The meeting was chaired by the Minister of Agriculture, Calle Schlettwein.\n"
    "The commission's last ministerial meeting was held in Luanda on 16 June 2023.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Calle Schlettwein"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, !=, must_find (doc, NG_KIND_CITY, "Luanda"));
  g_assert_true (m->date == NULL || strcmp (m->date, "2023-06-16"));
}

/* "China's central bank gathered the heads of the country's largest
 * lenders in Beijing on Tuesday ... The credit work symposium, chaired by
 * PBOC Governor Pan Gongsheng, was attended by ICBC Chairman Liao Lin": a
 * body said by its noun calls a group together, and a symposium is a
 * meeting (its meeting, with its place and day). */
static void
test_central_bank_gathers_symposium (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, " date 2026-01-20 Example.com\n"
    "Bank chiefs summoned\n\n"
    "China's central bank gathered the heads of the country's largest lenders in Beijing on Tuesday and told "
    "them to lend more.\n"
    "The credit work symposium, chaired by People's Bank of China Governor Pan Gongsheng, was attended by "
    "ICBC Chairman Liao Lin.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Liao Lin"), must_find (doc, NG_KIND_ORG, "People's Bank of China"));
  g_assert_nonnull (a);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, ==, must_find (doc, NG_KIND_CITY, "Beijing"));
  g_assert_cmpstr (m->date, ==, "2026-01-20");
}

/* "Prime Minister Benjamin Netanyahu" in an outlet of no known country,
 * nor dateline: the lexicon's people tell whose post it is; a person the
 * lexicon does not know keeps no country. */
static void
test_known_person_national_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Leaders talk\n\n"
    "Prime Minister Benjamin Netanyahu met Prime Minister Anthony Albanese on Monday.\n"
    "Prime Minister Jonah Q. Example spoke later.\n");
  g_assert_true (has_post_in (doc, person (doc, "Benjamin Netanyahu"), "Prime Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-israel")));
  g_assert_true (has_post_in (doc, person (doc, "Anthony Albanese"), "Prime Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-australia")));
  g_assert_true (has_post (doc, person (doc, "Jonah Q. Example"), "Prime Minister", -1));
}

/* "met representatives of the parties at an IPAC meeting in Accra, ahead
 * of the February 26 by-election ... The meeting was chaired by X": a
 * day written before a noun that names no meeting is that thing's. */
static void
test_day_before_other_noun (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, " date 2026-02-11 Example.com\n"
    "Parties agree on ballot order\n\n"
    "The Electoral Commission (EC) yesterday met representatives of political parties at an Inter-Party "
    "Advisory Committee (IPAC) meeting in Accra, ahead of the February 26 by-election.\n"
    "The meeting was chaired by the Chairperson of the Commission, Mrs Jean Mensa.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Jean Mensa"), -1);
  g_assert_nonnull (a);
  const char *d = meeting (doc, a->meeting)->date;
  g_assert_true (d == NULL || strcmp (d, "2026-02-26"));
}

/* "Lake Kariba", "Mount Everest", "Victoria Falls": a lake's, a
 * mountain's and a waterfall's names are places, not people ("Victoria"
 * is a given name). */
static void
test_lake_mount_falls (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Water allocated\n\n"
    "The council allocated more water at Lake Kariba after meeting in Victoria Falls, near Mount Everest.\n");
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Lake Kariba"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Victoria Falls"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Mount Everest"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Victoria Falls"), <, 0);
}

/* "met senior managers from Northern, TransPennine Express and Network
 * Rail": the names a group of people is from are bodies, not people; not
 * past a place ("members from Sindh and Balochistan, X and Y"). */
static void
test_bodies_of_group (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Rail summit\n\n"
    "Mayor Andy Burnham met senior managers from Northern, TransPennine Express and Network Rail on Friday.\n"
    "It was attended by the representatives from Sindh and Balochistan, Nisar Ahmed Durrani and Shah "
    "Muhammad Jatoi.\n");
  g_assert_cmpint (find (doc, NG_KIND_ORG, "TransPennine Express"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Northern"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "TransPennine Express"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Nisar Ahmed Durrani"), <, 0);
}

/* "THE Philippine Olympic Committee (POC) general assembly on Wednesday
 * approved ... Representatives of 52 associations attended the assembly
 * at the East Ocean Palace in Paranaque": a general assembly in small
 * letters is a sitting, and "attended the assembly" names it again, with
 * its place. */
static void
test_general_assembly_small_letters (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, " date 2025-11-26 Example.com\n"
    "Assembly approves team\n\n"
    "THE Philippine Olympic Committee (POC) general assembly on Wednesday approved a delegation of 876 "
    "athletes.\n"
    "Representatives of 52 associations attended the assembly at the East Ocean Palace in Paranaque, which "
    "was presided over by POC president Abraham Tolentino.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Abraham Tolentino"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, >=, 0);
  g_assert_cmpstr (ent (doc, m->place)->name, ==, "Paranaque");
  g_assert_cmpstr (m->date, ==, "2025-11-26");
}

/* "Chandigarh, October 14 ... The meeting, held at Punjab Bhawan here":
 * a state's house in the capital is a building of its name, no meeting
 * in the state. */
static void
test_region_bhawan (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, "Farm unions meet minister\n\n"
    "Chandigarh, October 14\n\n"
    "Agriculture Minister Gurmeet Singh Khudian met farm union leaders Balbir Singh Rajewal and Harpreet "
    "Sekhon on Tuesday.\n"
    "The meeting, held at Punjab Bhawan here, went on for nearly three hours.\n");
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Punjab Bhawan"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Gurmeet Singh Khudian"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Bhawan"), <, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Balbir Singh Rajewal"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, >=, 0);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_PLACE, "place-punjab"));
}

/* "New Brunswick Premier Susan Holt", "the Northern Territory Chief
 * Minister": provinces and territories too small for regions-world.ttl
 * are the lexicon's, with their countries. */
static void
test_small_provinces (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Premiers meet\n\n"
    "New Brunswick Premier Susan Holt met Prince Edward Island Premier Rob Lantz in Boston on Monday.\n");
  g_assert_true (has_post_in (doc, person (doc, "Susan Holt"), "Premier",
                              must_lex (doc, NG_KIND_PLACE, "place-new-brunswick")));
  g_assert_true (has_post_in (doc, person (doc, "Rob Lantz"), "Premier",
                              must_lex (doc, NG_KIND_PLACE, "place-prince-edward-island")));
}

/* "Senior doctors and nurses at Christchurch Hospital have told Health
 * Minister X ..., at a tense meeting": a hospital is an organization, and
 * not the organizer of a meeting its staff hold with a minister. */
static void
test_hospital_org_no_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data, DATED
    "Doctors warn minister\n\n"
    "Senior doctors and nurses at Christchurch Hospital have told Health Minister Simeon Brown that the "
    "hospital is running on goodwill, at a tense meeting ahead of strikes.\n"
    "Brown met delegates of the Association of Salaried Medical Specialists (ASMS) in a meeting room on "
    "Tuesday.\n"
    "The ASMS was represented by its executive director, Sarah Dalton.\n");
  gint h = must_find (doc, NG_KIND_ORG, "Christchurch Hospital");
  const NgAttendance *a = attendance (doc, person (doc, "Simeon Brown"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, !=, h);
}

/* "Premier Roger Cook", "Governor Dauda Lawal": a province's head named
 * without it holds the post of the one province the article names; a
 * premier of a country whose provinces have none heads its government,
 * and a governor beside a bank may be its governor. */
static void
test_regional_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Housing talks in Port Hedland\n\n"
    "PORT HEDLAND - Premier Roger Cook met mining executives in Port Hedland on Tuesday. "
    "The companies employ thousands of workers across Western Australia, they said.\n");
  g_assert_true (has_post_in (doc, person (doc, "Roger Cook"), "Premier", find (doc, NG_KIND_PLACE, "Western Australia")));
  g_autoptr (NgDoc) doc2 = extract (data,
    DATED "Security talks in Gusau\n\n"
    "GUSAU - Governor Dauda Lawal met traditional rulers in Gusau on Monday. "
    "Bandits have attacked villages across Zamfara State this year.\n");
  g_assert_true (has_post_in (doc2, person (doc2, "Dauda Lawal"), "Governor", find (doc2, NG_KIND_PLACE, "Zamfara State")));
  /* (a premier in Italy, a governor beside a central bank) */
  g_autoptr (NgDoc) doc3 = extract (data,
    DATED "Talks in Rome\n\n"
    "ROME - Premier Giulia Ferranti met Governor Paolo Santini of the Bank of Italy in Rome on Monday. "
    "Floods hit Campania last week.\n");
  g_assert_false (has_post (doc3, person (doc3, "Giulia Ferranti"), "Premier", find (doc3, NG_KIND_PLACE, "Campania")));
  g_assert_false (has_post (doc3, person (doc3, "Paolo Santini"), "Governor", find (doc3, NG_KIND_PLACE, "Campania")));
}

/* "The Georgian government was represented at the forum by Deputy
 * Foreign Minister X": the post is of the demonym's country, across the
 * place of the verb. */
static void
test_government_represented_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Forum opens in Bled\n\n"
    "BLED - The Georgian government was represented at the forum by Deputy Foreign Minister Mariam Chkhaidze.\n");
  g_assert_true (has_post_in (doc, person (doc, "Mariam Chkhaidze"), "Deputy Foreign Minister", find (doc, NG_KIND_COUNTRY, "Georgia")));
}

/* "spoke to reporters in Johannesburg a day after she met the governor
 * at the central bank's head office in Pretoria": the meeting after "a
 * day after" is in its own place, not the other event's. */
static void
test_place_after_day_after (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Banks press the governor\n\n"
    "Zanele Mokoena spoke to reporters in Johannesburg a day after she met Governor Lesetja Kganyago at the central bank's head office in Pretoria on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Lesetja Kganyago"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, find (doc, NG_KIND_CITY, "Pretoria"));
}

/* "a trilateral meeting in the Jordanian capital, Amman, hosted by the
 * Jordanian Minister of Transport, X, and attended by Y": the host named
 * after the meeting's place and his title's comma makes it a meeting. */
static void
test_meeting_in_place_hosted_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Rail deal\n\n"
    "The agreement came at a trilateral meeting in the Jordanian capital, Amman, hosted by the Jordanian Minister of Transport, Nidal Qatamine, "
    "and attended by the Syrian Minister of Transport, Yarub Badr.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Nidal Qatamine"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, find (doc, NG_KIND_CITY, "Amman"));
  const NgAttendance *b = attendance (doc, person (doc, "Yarub Badr"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, ==, a->meeting);
}

/* "Labour Minister Marina Calderone": a portfolio that names a party too
 * is the minister's, not the party's post. */
static void
test_portfolio_named_as_party (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Unions meet the minister\n\n"
    "ROME - Italian Labour Minister Marina Calderone met the unions in Rome on Monday.\n");
  g_assert_true (has_post_in (doc, person (doc, "Marina Calderone"), "Labour Minister", find (doc, NG_KIND_COUNTRY, "Italy")));
}

/* "At his side were the Foreign Minister, Nasser Bourita, the Interior
 * Minister, X, and the Minister of Economy and Finance, Y": a list of a
 * delegation's posts takes the country the lexicon knows for one of them;
 * counterparts' same posts, or posts whose countries the text gives, do
 * not. */
static void
test_listed_posts_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "High-level meeting in Madrid\n\n"
    "MADRID - The two governments met in Madrid on Thursday. "
    "At his side were the Foreign Minister, Nasser Bourita, the Interior Minister, Abdelouafi Laftit, "
    "and the Minister of Economy and Finance, Nadia Fettah.\n");
  gint ma = find (doc, NG_KIND_COUNTRY, "Morocco");
  g_assert_true (has_post_in (doc, person (doc, "Abdelouafi Laftit"), "Interior Minister", ma));
  g_assert_true (has_post_in (doc, person (doc, "Nadia Fettah"), "Minister of Economy and Finance", ma));
  g_autoptr (NgDoc) doc2 = extract (data,
    DATED "Ministers meet in Madrid\n\n"
    "MADRID - Present were the Foreign Minister, Nasser Bourita, and the Foreign Minister, Jan Kowalczyk.\n");
  g_assert_false (has_post (doc2, person (doc2, "Jan Kowalczyk"), "Foreign Minister", find (doc2, NG_KIND_COUNTRY, "Morocco")));
}

/* "Unite chair Jane Doe", "Greens leader Ama Fox": a body no lexicon
 * knows, named just before its "chair" or "leader" and a person's name,
 * is the body of the person's post (not a person); a party's adjective is
 * none ("Social Democratic leader X"). */
static void
test_unknown_body_chair (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in London\n\n"
    "LONDON - Unite chair Jane Doe met Greens leader Ama Fox and Social Democratic leader Magdalena Andersson in London on Monday.\n");
  g_assert_true (has_post_in (doc, person (doc, "Jane Doe"), "Chair", find (doc, NG_KIND_ORG, "Unite")));
  g_assert_true (has_post_in (doc, person (doc, "Ama Fox"), "Leader", find (doc, NG_KIND_ORG, "Greens")));
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Social Democratic"), <, 0);
}

/* "Dr. X, Minister of Labour, chaired ... the Minister announced that he
 * would receive Y": the title's head said alone is the one person named
 * with the title, after his name and its comma too. */
static void
test_the_minister_after_apposition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Labour talks in Muscat\n\n"
    "MUSCAT - Dr. Mahad bin Said Ba'owain, Minister of Labour, today chaired a meeting of the dialogue committee in Muscat.\n\n"
    "On the sidelines, the Minister announced that he would receive Ruba Jaradat in Muscat on Wednesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Ruba Jaradat"), -1);
  g_assert_nonnull (a);
  gint host = person (doc, "Mahad bin Said Ba'owain");
  gboolean hosts = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *b = &g_array_index (doc->attendance, NgAttendance, i);
      hosts = hosts || (b->person == host && b->meeting == a->meeting);
    }
  g_assert_true (hosts);
}

/* "X will not attend because of a cabinet session": the reason's
 * meeting is not the one X stays away from. */
static void
test_absent_because_of_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers to meet in Geneva\n\n"
    "GENEVA - Foreign ministers of the Group of Seven will meet in Geneva on Thursday, diplomats said.\n\n"
    "German Foreign Minister Johann Wadephul will not attend because of a cabinet session.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  const NgAttendance *a = attendance (doc, person (doc, "Johann Wadephul"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->status, ==, NG_STATUS_ABSENT);
  /* (and the reason's city is not another meeting's: "... because of a
   * cabinet meeting in Berlin") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ministers to meet in Geneva\n\n"
    "GENEVA - Foreign ministers of the Group of Seven will meet in Geneva on Thursday, diplomats said.\n\n"
    "German Foreign Minister Johann Wadephul will not attend because of a cabinet meeting in Berlin, "
    "his ministry said.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Johann Wadephul"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->status, ==, NG_STATUS_ABSENT);
}

/* More portfolios after a title, then its country: "Minister of Foreign
 * Affairs and International Cooperation of the Federal Republic of
 * Somalia", "Minister of Foreign Affairs, Emigration and Egyptian
 * Expatriates of Egypt" (no person "Emigration"). */
static void
test_portfolios_then_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "ASMARA - The meeting was chaired by Foreign Minister Osman Saleh and attended by Dr. Badr Abdelatty, "
    "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt, and Mr. Ahmed Moallim Fiqi, "
    "Minister of Foreign Affairs and International Cooperation of the Federal Republic of Somalia.\n");
  g_assert_true (has_post_in (doc, person (doc, "Badr Abdelatty"), "Minister of Foreign Affairs",
                              find_lex (doc, NG_KIND_COUNTRY, "country-egypt")));
  g_assert_true (has_post_in (doc, person (doc, "Ahmed Moallim Fiqi"), "Minister of Foreign Affairs",
                              find_lex (doc, NG_KIND_COUNTRY, "country-somalia")));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Emigration"), <, 0);
}

/* "Abdelatty conveyed a message of President X, while Fiqi delivered a
 * message from President Y": each sender of the messenger's country; not
 * of the receiver's ("was received by President Z, where he delivered a
 * message from President W"). */
static void
test_message_from_president (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "ASMARA - Egyptian Foreign Minister Badr Abdelatty and Somali Foreign Minister Ahmed Fiqi met in Asmara.\n\n"
    "Abdelatty conveyed a message of President Abdel Fattah El-Sisi, while Fiqi delivered a message from "
    "President Hassan Sheikh Mohamud.\n\n"
    "Fiqi was received by Kenyan President William Ruto, where he delivered a message from President Ali Hassan.\n");
  g_assert_true (has_post_in (doc, person (doc, "Abdel Fattah El-Sisi"), "President",
                              find_lex (doc, NG_KIND_COUNTRY, "country-egypt")));
  g_assert_true (has_post_in (doc, person (doc, "Hassan Sheikh Mohamud"), "President",
                              find_lex (doc, NG_KIND_COUNTRY, "country-somalia")));
  g_assert_false (has_post_in (doc, person (doc, "Ali Hassan"), "President",
                               find_lex (doc, NG_KIND_COUNTRY, "country-kenya")));
}

/* Arab patronymic names of seven words are one person's, "Sultan" after
 * "bin" a father's name, not a title. */
static void
test_long_patronymic_names (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Council meets\n\n"
    "RIYADH - Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud chaired the meeting on Monday.\n\n"
    "UAE President Mohammed bin Zayed bin Sultan Al Nahyan attended.\n");
  g_assert_true (has_title (doc, person (doc, "Mohammed bin Salman bin Abdulaziz Al Saud"), "Crown Prince"));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Mohammed bin Zayed bin Sultan Al Nahyan"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Sultan Al Nahyan"), <, 0);
}

/* A given name right after a title, then words the lexicons know as
 * other things ("Sana" an agency, "Bangui" a city), before a verb: one
 * name; "Public Safety" is a portfolio, not a given name. */
static void
test_name_after_title_over_lexicon (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "YAOUNDE - BEAC Governor Yvon Sana Bangui said the central bank would act.\n\n"
    "Antigua's Minister of Legal Affairs and Public Safety Steadroy Benjamin attended.\n");
  g_assert_true (has_title (doc, person (doc, "Yvon Sana Bangui"), "Governor"));
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Yvon"), <, 0);
  g_assert_cmpint (person (doc, "Steadroy Benjamin"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Safety Steadroy Benjamin"), <, 0);
}

/* An outlet no lexicon knows is of the country its name says: "(Cambodia
 * Daily)" under a Jakarta dateline is a Cambodian outlet abroad, so an
 * unmarked "Commerce Minister X" is not Indonesia's. */
static void
test_unknown_outlet_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet\n\nJAKARTA, March 3 (Cambodia Daily) - Commerce Minister Pan Sorasak met Indonesian "
    "Trade Minister Budi Santoso in Jakarta on Monday.\n");
  gint id = find_lex (doc, NG_KIND_COUNTRY, "country-indonesia");
  g_assert_true (has_post_in (doc, person (doc, "Budi Santoso"), "Trade Minister", id));
  g_assert_false (has_post (doc, person (doc, "Pan Sorasak"), "Commerce Minister", id));
}

/* A Korean outlet's story of its lawmakers in Tokyo: "Han also held
 * talks with Foreign Minister Toshimitsu Motegi" (a meeting of no place
 * of its own) is with the host country's minister. */
static void
test_host_of_visit_without_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "KBS WORLD\n\nLawmakers meet in Tokyo\n\n"
    "Lawmakers of South Korea and Japan held their annual joint meeting in Tokyo on Saturday.\n\n"
    "The Korean delegation of 27 lawmakers was led by Rep. Han Seung-yeon of the ruling Democratic Party.\n\n"
    "Han also held separate talks with Foreign Minister Toshimitsu Motegi on Friday.\n");
  g_assert_true (has_post_in (doc, person (doc, "Toshimitsu Motegi"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-japan")));
}

/* "Japan's House of Representatives Speaker X": not the U.S. House the
 * lexicon knows by that name, but Japan's; "The House of Representatives"
 * alone stays the lexicon's.  (Both in one article are still one body.) */
static void
test_other_country_chamber (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lawmakers meet\n\n"
    "TOKYO - Japan's House of Representatives Speaker Fukushiro Nukaga attended the meeting.\n");
  gint jp = find (doc, NG_KIND_ORG, "House of Representatives of Japan");
  g_assert_cmpint (jp, >=, 0);
  g_assert_true (has_post_in (doc, person (doc, "Fukushiro Nukaga"), "Speaker", jp));
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "org-us-house"), <, 0);
  g_autoptr (NgDoc) d2 = extract (data, DATED "Lawmakers meet\n\nThe House of Representatives passed the bill.\n");
  g_assert_cmpint (find_lex (d2, NG_KIND_ORG, "org-us-house"), >=, 0);
}

/* The plural of a post is nobody: "received the visiting Foreign
 * Ministers", "met the Prime Ministers of both countries". */
static void
test_plural_post_no_person (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "ASMARA - President Isaias Afwerki received the visiting Foreign Ministers at the Office of the President.\n\n"
    "He later met the Prime Ministers of both countries.\n");
  g_assert_cmpint (person (doc, "Isaias Afwerki"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Foreign Ministers"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Prime Ministers"), <, 0);
}

/* A plural's possessive inside a body's name: "the Korea-Japan
 * Parliamentarians' Union", which holds the meeting. */
static void
test_plural_possessive_in_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lawmakers meet\n\n"
    "TOKYO - The Korea-Japan Parliamentarians' Union held its joint general meeting in Tokyo on Saturday.\n");
  gint u = find (doc, NG_KIND_ORG, "Korea-Japan Parliamentarians' Union");
  g_assert_cmpint (u, >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Korea-Japan Parliamentarians"), <, 0);
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_cmpint (meeting (doc, 0)->organizer, ==, u);
}

/* An outlet no lexicon knows, named alone on the foot's line with a
 * country in its name ("Tonga Daily News"), gives the story's home:
 * an unmarked "Foreign Minister X" is Tonga's. */
static void
test_edge_outlet_home (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet in the capital\n\n"
    "Foreign Minister Fekitamoeloa Katoa chaired the meeting of the ministers on Monday in the capital, "
    "officials said.\n\nThe ministers agreed to meet again next year in the same place.\n\nTonga Daily News\n");
  g_assert_true (has_post_in (doc, person (doc, "Fekitamoeloa Katoa"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-tonga")));
}

/* "The President of the Republic, Daniel Noboa," under a dateline of
 * Ecuador: the President of Ecuador (the title names no country; the
 * dateline's is the story's). */
static void
test_president_of_the_republic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Noboa meets envoys\n\nOctober 9, 2025\n\n"
    "QUITO, Ecuador - The President of the Republic, Daniel Noboa, received the envoys on Thursday.\n");
  gint noboa = person (doc, "Daniel Noboa");
  gint ec = find_lex (doc, NG_KIND_COUNTRY, "country-ecuador");
  g_assert_cmpint (ec, >=, 0);
  gboolean found = FALSE;
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *p = &g_array_index (doc->posts, NgPost, i);
      found = found || (p->person == noboa && p->of == ec);
    }
  g_assert_true (found);
}

/* A title the lexicon knows as a post of one country or organization is
 * in it where the article names none: "Taoiseach", "United Nations
 * Secretary-General"; a title of many is not ("Minister X"). */
static void
test_title_post_in (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Reuters\n\nLeaders meet\n\n"
    "Taoiseach Micheál Martin met United Nations Secretary-General António Guterres in Geneva on Monday. "
    "Minister Dara Kelly was there.\n");
  g_assert_true (has_post_in (doc, person (doc, "Micheál Martin"), "Taoiseach",
                              find_lex (doc, NG_KIND_COUNTRY, "country-ireland")));
  g_assert_true (has_post_in (doc, person (doc, "António Guterres"), "United Nations Secretary-General",
                              find_lex (doc, NG_KIND_ORG, "org-un")));
  g_assert_true (has_post (doc, person (doc, "Dara Kelly"), "Minister", -1));
}

/* "Nato's foreign ministers have moved closer ..., Mark Rutte said after
 * an informal meeting in Antalya": the meeting is the organization's, and
 * the speaker was at it. */
static void
test_speaker_after_org_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Allies edge closer\n\n"
    "NATO's foreign ministers have moved closer to a spending goal, the alliance's secretary general, "
    "Mark Rutte, said after an informal meeting in Antalya on Thursday.\n");
  gint r = person (doc, "Mark Rutte");
  g_assert_cmpuint (count_attendance (doc, r), ==, 1);
  const NgMeeting *mt = meeting (doc, attendance (doc, r, -1)->meeting);
  g_assert_cmpint (mt->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-nato"));
  g_assert_cmpint (mt->place, ==, must_lex (doc, NG_KIND_CITY, "city-antalya"));
}

/* "attending his second NATO meeting as US secretary of state", "on her
 * first trip as foreign minister": the post of the person before "as". */
static void
test_as_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Allies meet\n\n"
    "Marco Rubio, attending his second NATO meeting as US secretary of state, urged allies to act.\n"
    "Penny Wong arrived in Beijing on her first trip as foreign minister.\n");
  g_assert_true (has_post (doc, person (doc, "Marco Rubio"), "Secretary of state",
                           find_lex (doc, NG_KIND_COUNTRY, "country-united-states")));
  /* (of Australia: the lexicon's people know her) */
  g_assert_true (has_post_in (doc, person (doc, "Penny Wong"), "Foreign minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-australia")));
}

/* "Erdogan was accompanied by Foreign Minister X and Energy Minister Y":
 * the posts are of the country of the person they go with, who may be
 * before a comma ("Y, who is accompanied by ..."); "Laos (Foreign Minister
 * X)": of the country before the bracket; "and the United States by
 * Energy Secretary X": of the country before "by"; an expert's post is
 * at the institute the text names. */
static void
test_escort_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Turkish President Recep Tayyip Erdogan arrived in Bishkek on Tuesday.\n"
    "Erdogan was accompanied by Foreign Minister Hakan Fidan and Energy and Natural Resources Minister "
    "Alparslan Bayraktar.\n"
    "Also at the table were Uruguayan President Luis Lacalle Pou and Paraguay's outgoing president "
    "Mario Abdo Benitez, who is accompanied by Interior Minister Enrique Riera.\n"
    "Kristina Lind, a researcher at the Swedish Institute of International Affairs, said it was late.\n"
    "Also attending were the heads of delegation of Laos (Foreign Minister Saleumxay Kommasith) and "
    "Thailand (Foreign Minister Parnpree Bahidha).\n"
    "Russia was represented by Alexey Likhachev, and the United States by Energy Secretary Chris Wright.\n");
  gint tr = find_lex (doc, NG_KIND_COUNTRY, "country-turkey");
  g_assert_true (has_post_in (doc, person (doc, "Hakan Fidan"), "Foreign Minister", tr));
  g_assert_true (has_post_in (doc, person (doc, "Alparslan Bayraktar"), "Energy and Natural Resources Minister", tr));
  g_assert_true (has_post_in (doc, person (doc, "Enrique Riera"), "Interior Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-paraguay")));
  gint in = must_find (doc, NG_KIND_ORG, "Swedish Institute of International Affairs");
  g_assert_true (has_post_in (doc, person (doc, "Kristina Lind"), "Researcher", in));
  g_assert_true (has_post_in (doc, person (doc, "Parnpree Bahidha"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-thailand")));
  g_assert_true (has_post_in (doc, person (doc, "Saleumxay Kommasith"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-laos")));
  g_assert_true (has_post_in (doc, person (doc, "Chris Wright"), "Energy Secretary",
                              find_lex (doc, NG_KIND_COUNTRY, "country-united-states")));
}

/* "The foreign ministers of Estonia and Latvia, Margus Tsahkna and Baiba
 * Braze, also took part": the names are people's, each the post's holder
 * in the country of the same place in the list. */
static void
test_respective_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Baltic premiers meet\n\n"
    "The foreign ministers of Estonia and Latvia, Margus Tsahkna and Baiba Braze, also took part.\n"
    "On Friday, the defence ministers of Mali, Burkina Faso and Niger - Sadio Camara, Kassoum Coulibaly "
    "and Salifou Mody - met in Bamako.\n");
  g_assert_true (has_post_in (doc, person (doc, "Margus Tsahkna"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-estonia")));
  g_assert_true (has_post_in (doc, person (doc, "Baiba Braze"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-latvia")));
  g_assert_true (has_post_in (doc, person (doc, "Kassoum Coulibaly"), "Defence Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-burkina-faso")));
  g_assert_true (has_post_in (doc, person (doc, "Salifou Mody"), "Defence Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-niger")));
}

/* "Mr Ruto, the current chairperson of the EAC, also briefed his host on
 * the bloc's summit, which he will chair in Arusha": the bloc the
 * sentence named, though the summit is still to come and the article is
 * about another body. */
static void
test_bloc_named_before (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ruto in Dar es Salaam\n\n"
    "The Kenya-Tanzania Business Forum opened in Dar es Salaam on Tuesday. The Kenya-Tanzania Business Forum "
    "drew 400 firms.\n"
    "Mr Ruto, the current chairperson of the EAC, also briefed his host on preparations for the bloc's ordinary "
    "summit, which he will chair in Arusha on July 24.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Ruto"), must_lex (doc, NG_KIND_ORG, "org-eac"));
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-arusha"));
}

/* "X, a professor of international relations, said the meeting showed
 * ...": a scholar speaking of a meeting had no part in it. */
static void
test_scholar_not_attendee (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Tokyo\n\n"
    "Prime Minister Shigeru Ishiba hosted Chinese Premier Li Qiang in Tokyo on Monday.\n"
    "Keiko Nishimura, a professor of international relations at Waseda University, said the meeting showed "
    "that the economies could not afford a freeze.\n");
  g_assert_nonnull (attendance (doc, person (doc, "Li Qiang"), -1));
  g_assert_null (attendance (doc, person (doc, "Keiko Nishimura"), -1));
}

/* "Cassis will travel to Washington for talks with Deputy Secretary of
 * State X": a post of no country held by the one a visitor of another
 * country meets is the host country's; not the visitor's own. */
static void
test_host_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Swiss minister heads to Washington\n\n"
    "Swiss Foreign Minister Ignazio Cassis will travel to Washington on Thursday for talks with "
    "Deputy Secretary of State Kurt Campbell, the United States said.\n"
    "President Bola Tinubu met Swiss Foreign Minister Ignazio Cassis in Bern on Friday, Switzerland said.\n");
  g_assert_true (has_post_in (doc, person (doc, "Kurt Campbell"), "Deputy Secretary of State",
                              find_lex (doc, NG_KIND_COUNTRY, "country-united-states")));
  g_assert_false (has_post (doc, person (doc, "Bola Tinubu"), "President",
                            find_lex (doc, NG_KIND_COUNTRY, "country-switzerland")));
}

/* "Finland and Sweden, the alliance's two newest members, have been
 * among ... of bringing Ukraine into ...": members of the alliance the
 * article names, not of the council it is about, and only the countries
 * of the apposition; "the agency's member states, including ...". */
static void
test_members_apposition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "NATO-Ukraine Council meets\n\n"
    "The NATO-Ukraine Council met in Brussels on Thursday, NATO said.\n"
    "Finland and Sweden, the alliance's two newest members, have been among the most vocal supporters "
    "of bringing Ukraine into the council's work.\n"
    "The International Atomic Energy Agency opened its conference in Vienna on Monday.\n"
    "The meeting of the agency's member states, including Japan, China and Iran, runs through Friday.\n");
  gint nato = must_lex (doc, NG_KIND_ORG, "org-nato");
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-finland"), nato));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-sweden"), nato));
  gint ua = find_lex (doc, NG_KIND_COUNTRY, "country-ukraine");
  for (guint i = 0; i < doc->members->len; i++)
    g_assert_cmpint (g_array_index (doc->members, NgLink, i).a, !=, ua);
  gint iaea = must_lex (doc, NG_KIND_ORG, "org-iaea");
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-japan"), iaea));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-iran"), iaea));
}

/* "The meeting in Brussels, presided over by Eurogroup President X":
 * X chairs it, and a meeting no organizer is said of is the body's its
 * chair presides over. */
static void
test_chair_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers back plan\n\n"
    "The meeting in Brussels, presided over by Eurogroup President Paschal Donohoe, was the first since March.\n"
    "Lithuania's Finance Minister Rimantas Sadzius took part via video link.\n");
  gint d = person (doc, "Paschal Donohoe");
  const NgAttendance *at = attendance (doc, d, -1);
  g_assert_true (at->chair);
  g_assert_cmpint (meeting (doc, at->meeting)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-eurogroup"));
}

/* A photo caption gives the full name of a person the body names by
 * surname, and posts; its meeting is none. */
static void
test_caption_names (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders demand ceasefire\n\n"
    "President William Ruto (left) and Zimbabwe's President Emmerson Mnangagwa at the summit in Dar es Salaam "
    "on July 1. Photo credit: PCS\n\n"
    "The summit was co-chaired by President Ruto and Zimbabwe's President Mnangagwa on Tuesday.\n\n"
    "Foreign Minister Winston Peters met Penny Wong in Wellington on Monday. Photo: RNZ / Tom Hartley\n");
  gint r = person (doc, "William Ruto"), m = person (doc, "Emmerson Mnangagwa");
  g_assert_true (has_post_in (doc, m, "President", find_lex (doc, NG_KIND_COUNTRY, "country-zimbabwe")));
  g_assert_cmpuint (count_attendance (doc, r), ==, 1);
  g_assert_cmpstr (meeting (doc, attendance (doc, r, -1)->meeting)->date, ==, "2024-07-02");
  g_assert_true (has_post_in (doc, person (doc, "Winston Peters"), "Foreign Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-new-zealand")));
  g_assert_cmpuint (count_attendance (doc, person (doc, "Winston Peters")), ==, 0);
  for (guint i = 0; i < doc->entities->len; i++)
    g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, i))->name, !=, "Tom Hartley");
}

/* "in the Norwegian city of Hammerfjord", "the Turkish resort of
 * Belekoy": a town no lexicon knows, after a noun of a place and "of", is
 * where they met; so is "in Kirkeby, northern Norway,". */
static void
test_city_of_unknown (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Elina Valtonen and Espen Barth Eide met in the Norwegian city of Hammerfjord on Monday.\n"
    "Recep Tayyip Erdogan and Viktor Orban held talks in the Turkish resort of Belekoy on Tuesday.\n"
    "Emmanuel Macron and Olaf Scholz met in Kirkeby, northern Norway, on Friday.\n");
  const NgMeeting *a = meeting (doc, attendance (doc, person (doc, "Elina Valtonen"), -1)->meeting);
  const NgMeeting *b = meeting (doc, attendance (doc, person (doc, "Viktor Orban"), -1)->meeting);
  g_assert_cmpint (a->place, >=, 0);
  g_assert_cmpint (b->place, >=, 0);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, a->place))->name, ==, "Hammerfjord");
  g_assert_cmpint (((NgEntity *) &g_array_index (doc->entities, NgEntity, a->place))->kind, ==, NG_KIND_CITY);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, b->place))->name, ==, "Belekoy");
  const NgMeeting *k = meeting (doc, attendance (doc, person (doc, "Olaf Scholz"), -1)->meeting);
  g_assert_cmpint (k->place, >=, 0);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, k->place))->name, ==, "Kirkeby");
}

/* "where the council's foreign ministers gathered for a ministerial
 * meeting": the article's organization; an organization in a speaker's
 * apposition organizes nothing. */
static void
test_members_anaphor (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arctic Council ministers meet\n\n"
    "Foreign Minister Elina Valtonen said the Arctic Council remained vital.\n"
    "Valtonen was speaking in Tromso, where the council's foreign ministers gathered for a ministerial meeting.\n"
    "Laura Heikkinen, a researcher at the Finnish Institute of International Affairs (FIIA), said the "
    "low-key meeting was a good sign.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_cmpint (meeting (doc, 0)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-arctic-council"));
}

/* A city's name after a title starts a person's ("Vice President
 * Salvador Valdés Mesa"); "Lake Victoria" is a place, not the city. */
static void
test_city_names_in_names (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Cuba's Vice President Salvador Vald\u00e9s Mesa attended the summit of the Non-Aligned Movement at a "
    "resort on the shores of Lake Victoria on Friday.\n");
  gint v = person (doc, "Salvador Vald\u00e9s Mesa");
  g_assert_true (has_post_in (doc, v, "Vice President", find_lex (doc, NG_KIND_COUNTRY, "country-cuba")));
  g_assert_cmpint (find_lex (doc, NG_KIND_CITY, "city-victoria"), <, 0);
  g_assert_cmpint (find_lex (doc, NG_KIND_CITY, "city-salvador-brazil"), <, 0);
}

/* "X, who represented President Y," and "on behalf of Y": Y is not at
 * the meeting, unless a clause of Y's own puts Y at one. */
static void
test_represented_not_there (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit opens\n\n"
    "The chairmanship was handed over at the NAM summit in Kampala on Friday by Azerbaijan's Foreign "
    "Minister Jeyhun Bayramov, who represented President Ilham Aliyev.\n"
    "Khaled Khiari addressed the Security Council meeting in New York on behalf of Secretary-General "
    "Antonio Guterres, who was attending the G20 summit in Rio.\n");
  g_assert_cmpuint (count_attendance (doc, person (doc, "Jeyhun Bayramov")), ==, 1);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Ilham Aliyev")), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Antonio Guterres")), >=, 1);
}

/* "chaired by Uganda's Minister of Foreign Affairs, Gen. Jeje Odongo": the
 * post before the rank and its comma is his too. */
static void
test_post_comma_rank (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The ministerial meeting was chaired by Uganda's Minister of Foreign Affairs, Gen. Jeje Odongo.\n");
  g_assert_true (has_post (doc, person (doc, "Jeje Odongo"), "Minister of Foreign Affairs",
                           find_lex (doc, NG_KIND_COUNTRY, "country-uganda")));
}

/* "National Unity Platform (NUP) president Robert Kyagulanyi, alias Bobi
 * Wine, said ...": one person, by both names, who speaks (and is at no
 * meeting); the party is an organization. */
static void
test_alias (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit criticised\n\n"
    "Uganda will host the summit of the Group of 77 in Kampala on Sunday.\n"
    "National Unity Platform (NUP) president Robert Kyagulanyi, alias Bobi Wine, said the money spent on "
    "the summit would have been better used on health.\n");
  gint k = person (doc, "Robert Kyagulanyi");
  g_assert_cmpint (person (doc, "Bobi Wine"), ==, k);
  g_assert_cmpuint (count_attendance (doc, k), ==, 0);
  const NgPost *p = post (doc, k);
  g_assert_nonnull (p);
  g_assert_cmpint (p->of, >=, 0);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, p->of))->name, ==, "National Unity Platform");
}

/* "Deputy Minister A.Rudenko" after "Andrei Rudenko" is the same person
 * (an initial glued to the surname); "Mr President," is nobody. */
static void
test_initial_surname (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Dialogue opens\n\n"
    "Among the guests is Deputy Minister of Foreign Affairs of Russia Andrei Rudenko.\n"
    "On the sidelines, Minister B.Battsetseg received Deputy Minister A.Rudenko.\n"
    "\"Mr President, friends, welcome,\" she said.\n");
  gint r = person (doc, "Andrei Rudenko");
  g_assert_cmpint (r, >=, 0);
  g_assert_cmpint (person (doc, "A.Rudenko"), ==, r);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "President"), <, 0);
  /* honorifics without their dots: "Prof Murwira" is Amon Murwira, "Cde"
   * (Comrade) is no part of a name */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Minister arrives\n\n"
    "Foreign Minister Professor Amon Murwira arrived in Bujumbura on Monday with the Deputy Minister of "
    "Industry, Cde Tendai Moyo-Banda.\n"
    "Yesterday afternoon, Prof Murwira was received by President Evariste Ndayishimiye.\n");
  gint m = person (d2, "Amon Murwira");
  g_assert_cmpint (m, >=, 0);
  g_assert_cmpint (find (d2, NG_KIND_PERSON, "Prof Murwira"), <, 0);
  g_assert_cmpint (person (d2, "Murwira"), ==, m);
  g_assert_cmpint (person (d2, "Tendai Moyo-Banda"), >=, 0);
  /* a Japanese name family name first ("Iwaya Takeshi", NHK's style) has
   * the order other outlets write too, so that articles join */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Ministers meet\n\n"
    "Japan's Foreign Minister Iwaya Takeshi held talks with Chinese Foreign Minister Wang Yi on Tuesday.\n");
  const NgEntity *iw = ent (d3, person (d3, "Iwaya Takeshi"));
  gboolean swapped = FALSE;
  for (guint f = 0; f < iw->n_forms; f++)
    swapped = swapped || !strcmp (iw->forms[f], "Takeshi Iwaya");
  g_assert_true (swapped);
  const NgEntity *wy = ent (d3, person (d3, "Wang Yi"));
  for (guint f = 0; f < wy->n_forms; f++)
    g_assert_cmpstr (wy->forms[f], !=, "Yi Wang");
  g_assert_cmpint (find (d2, NG_KIND_PERSON, "Cde Tendai Moyo-Banda"), <, 0);
}

/* "UNITED NATIONS -": the city of the UN's seat; "Cassis met privately
 * with Guterres to discuss": a surname ending in "s" before "to" is no
 * headline's verb. */
static void
test_un_dateline_partner (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Council debates protection\n\n"
    "UNITED NATIONS (Reuters) - Swiss Foreign Minister Ignazio Cassis chaired a Security Council debate on "
    "Tuesday, which Secretary-General Antonio Guterres opened.\n"
    "On the sidelines, Cassis met privately with Guterres to discuss Geneva's role.\n");
  g_assert_cmpint (doc->dateline, >=, 0);
  g_assert_cmpint (doc->dateline, ==, find_lex (doc, NG_KIND_CITY, "city-new-york"));
  gint c = person (doc, "Ignazio Cassis"), g = person (doc, "Antonio Guterres");
  guint pair = 0;
  for (guint i = 0; i < doc->meetings->len; i++)
    if (meeting (doc, i)->organizer == -1 && attends_doc (doc, i, c) && attends_doc (doc, i, g))
      pair++;
  g_assert_cmpuint (pair, ==, 1);
}

/* "ECOWAS summit: Tinubu, Faye, Bio meet in Abuja as Sahel juntas stay
 * away": the three are at the summit (the juntas stay away, not they), in
 * one meeting; "X was represented by Y, while Z joined by video link": X is
 * absent, not by video; a lecturer who "told PUNCH that the summit had
 * shown" an opinion was not there. */
static void
test_headline_summit_people (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "ECOWAS summit: Tinubu, Faye, Bio meet in Abuja as Sahel juntas stay away\n\n"
    "President Bola Tinubu on Tuesday chaired the ECOWAS summit in Abuja, attended by Senegal's "
    "President Bassirou Diomaye Faye and President Julius Maada Bio of Sierra Leone.\n"
    "Cote d'Ivoire's President, Alassane Ouattara, was represented by his Vice President, Tiemoko Meyliet "
    "Kone, while The Gambia's President, Adama Barrow, joined the deliberations by video link.\n"
    "A lecturer at the University of Lagos, Dr Chidinma Okafor, told PUNCH that the summit had shown "
    "a bloc trying to save face.\n");
  gint org = find_lex (doc, NG_KIND_ORG, "org-ecowas");
  const char *names[] = { "Bola Tinubu", "Bassirou Diomaye Faye", "Julius Maada Bio" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gint p = person (doc, names[i]);
      expect_status (doc, p, org, NG_STATUS_ATTENDED);
      g_assert_cmpuint (count_attendance (doc, p), ==, 1);
    }
  const NgAttendance *a = expect_status (doc, person (doc, "Alassane Ouattara"), org, NG_STATUS_ABSENT);
  g_assert_cmpint (a->mode, ==, NG_MODE_IN_PERSON);
  g_assert_cmpint (expect_status (doc, person (doc, "Adama Barrow"), org, NG_STATUS_ATTENDED)->mode, ==, NG_MODE_VIDEO);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Chidinma Okafor")), ==, 0);
}

/* "ASUNCION, PARAGUAY - Ministers opened the annual General Assembly of
 * the OAS Wednesday": the organization's meeting, in the dateline's city
 * (in its country); "Washington was represented by X, who held talks
 * with Y": the talks are not in Washington; "members that want a forum,"
 * said an analyst: no meeting of hers. */
static void
test_assembly_opened (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "OAS assembly divided\n\n"
    "ASUNCION, PARAGUAY - Foreign ministers opened the annual General Assembly of the Organization of "
    "American States in the Paraguayan capital on Tuesday.\n"
    "President Santiago Pena welcomed delegations at the opening ceremony.\n"
    "Washington was represented by Brian Nichols, who held talks on the sidelines on Tuesday with "
    "Argentine Foreign Minister Diana Mondino.\n"
    "\"The OAS is stuck between members that want a watchdog and members that want a forum,\" said "
    "Laura Quintana, an analyst at the Inter-American Dialogue in Washington.\n");
  gint oas = find_lex (doc, NG_KIND_ORG, "org-oas");
  gint asu = find_lex (doc, NG_KIND_CITY, "city-asuncion");
  g_assert_cmpint (asu, >=, 0);
  g_assert_cmpint (doc->dateline, ==, asu);
  const NgAttendance *a = expect_status (doc, person (doc, "Santiago Pena"), oas, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, asu);
  const NgAttendance *b = attendance (doc, person (doc, "Diana Mondino"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (doc, b->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-washington"));
  g_assert_cmpuint (count_attendance (doc, person (doc, "Laura Quintana")), ==, 0);
}

/* The outlets of the head, the foot and the photo credits are entities
 * ("Voice of America" over the headline, "(AP Photo/Jane Doe)", "Copyright
 * PUNCH."); "Vietnam was represented by Deputy Minister X": X's post is
 * Vietnam's. */
static void
test_outlets_and_stand_in_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Voice of America\n\nMekong ministers meet in Anning\n\n"
    "Foreign ministers met in Anning on Thursday. (AP Photo/Jane Doe)\n\n"
    "ANNING, China - Foreign ministers of the Mekong countries met on Thursday. Vietnam was represented "
    "by Deputy Minister of Foreign Affairs Nguyen Minh Vu.\n\n"
    "Copyright PUNCH.\n");
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "agency-voa"), >=, 0);
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "agency-ap"), >=, 0);
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "agency-punch"), >=, 0);
  g_assert_true (has_post (doc, person (doc, "Nguyen Minh Vu"), "Deputy Minister of Foreign Affairs",
                           find_lex (doc, NG_KIND_COUNTRY, "country-vietnam")));
  /* a masthead with a motto after a full stop; a site's address; an
   * edition's name */
  g_autoptr (NgDoc) d2 = extract (data,
    "MercoPress. South Atlantic News Agency\n\nLeaders meet in Tegucigalpa\n\n"
    "TEGUCIGALPA - Leaders met on Wednesday.\n");
  g_assert_cmpint (find_lex (d2, NG_KIND_ORG, "agency-mercopress"), >=, 0);
  g_autoptr (NgDoc) d3 = extract (data,
    "ekathimerini.com\n\nMinisters meet in Tirana\n\nKathimerini English Edition\n\n"
    "TIRANA - Ministers met on Wednesday.\n");
  g_assert_cmpint (find_lex (d3, NG_KIND_ORG, "agency-kathimerini"), >=, 0);
  g_autoptr (NgDoc) d4 = extract (data,
    "Ministers meet in Tirana\n\nKathimerini English Edition\n\n"
    "TIRANA - Ministers met on Wednesday.\n");
  g_assert_cmpint (find_lex (d4, NG_KIND_ORG, "agency-kathimerini"), >=, 0);
  /* foot lines of copyright: "(c)", a year, a company's "Inc.", "All
   * rights reserved", and "and" inside the outlet's name */
  g_autoptr (NgDoc) d5 = extract (data,
    "Ministers meet in Tirana\n\nTIRANA - Ministers met on Wednesday.\n\n"
    "Copyright (c) The Korea Times. All rights reserved.\n\n"
    "\u00a9 Copyright 2025 The Globe and Mail Inc. All rights reserved.\n\n"
    "Copyright (c) 2024. RFE/RL, Inc.\n");
  g_assert_cmpint (find_lex (d5, NG_KIND_ORG, "agency-korea-times"), >=, 0);
  g_assert_cmpint (find_lex (d5, NG_KIND_ORG, "agency-globe-and-mail"), >=, 0);
  gint rferl = find_lex (d5, NG_KIND_ORG, "agency-rfe-rl");
  g_assert_cmpint (rferl, >=, 0);
  for (guint i = 0; i < ent (d5, rferl)->n_forms; i++)
    g_assert_true (g_ascii_isalpha (ent (d5, rferl)->forms[i][0]));
  g_assert_cmpint (find (d5, NG_KIND_ORG, "Mail"), <, 0);
}

/* An outlet no lexicon knows, named only by the copyright line at the
 * foot ("\u00a9 Copyright 2024 The Lusaka Evening Courier. All Rights
 * Reserved."): an organization, and the country its name gives (Lusaka's)
 * is that of the bare national posts; the line is no sentence of the
 * text.  A long line counts by its first sentence ("(c) The Harbour Press
 * Company. All rights reserved. No reproduction ..."), and a name without
 * a place gives no country. */
static void
test_copyright_outlet (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet in Malabo\n\nForeign Minister Mulambo Haimbe met his counterparts in Malabo on "
    "Wednesday.\n\n\u00a9 Copyright 2024 The Lusaka Evening Courier. All Rights Reserved.\n");
  gint outlet = find (doc, NG_KIND_ORG, "The Lusaka Evening Courier");
  g_assert_cmpint (outlet, >=, 0);
  g_assert_true (has_post_in (doc, person (doc, "Mulambo Haimbe"), "Foreign Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-zambia")));
  g_assert_cmpint (find (doc, NG_KIND_ORG, "All Rights Reserved"), <, 0);
  g_autoptr (NgDoc) d2 = extract (data,
    "Ministers meet in Malabo\n\nForeign Minister Mulambo Haimbe met his counterparts in Malabo on "
    "Wednesday.\n\n(c) The Harbour Press Company. All rights reserved. No reproduction or republication "
    "without the written permission of the publisher is allowed.\n");
  gint press = find (d2, NG_KIND_ORG, "The Harbour Press");
  g_assert_cmpint (press, >=, 0);
  g_assert_cmpint (find (d2, NG_KIND_ORG, "The Harbour Press Company"), ==, press);
  /* (no outlet's country; Zambia's, as the lexicon's people know him) */
  g_assert_true (has_post_in (d2, person (d2, "Mulambo Haimbe"), "Foreign Minister",
                              must_lex (d2, NG_KIND_COUNTRY, "country-zambia")));
  g_assert_cmpint (find_lex (d2, NG_KIND_COUNTRY, "country-equatorial-guinea"), <, 0);
}

/* "the EU-AU summit", "the inaugural Asean-GCC-China Summit": the first
 * organization of a joined name before a meeting word is the meeting's;
 * not "an NSA-level meeting" (a part that is no name). */
static void
test_joined_organizers (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Brussels\n\n"
    "President Muhammadu Buhari attended the EU-AU summit in Brussels on Thursday.\n"
    "Prime Minister Anwar Ibrahim chaired the inaugural Asean-GCC-China Summit in Kuala Lumpur on Friday.\n");
  expect_status (doc, person (doc, "Muhammadu Buhari"), must_lex (doc, NG_KIND_ORG, "org-eu"), NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Anwar Ibrahim"), must_lex (doc, NG_KIND_ORG, "org-asean"), NG_STATUS_ATTENDED);
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Advisers meet in Port Louis\n\n"
    "National Security Adviser Ajit Doval attended an NSA-level meeting in Port Louis on Thursday.\n");
  g_assert_cmpint (find_lex (d2, NG_KIND_ORG, "org-nsa"), <, 0);
}

/* Where a meeting is: "in Singapore" beats "to Taiwan" said before it;
 * "a loan to Kyiv" names no place. */
static void
test_place_preposition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Hegseth warns on China\n\n"
    "Defense Secretary Pete Hegseth, warning of the threat posed by China to Taiwan, attended the "
    "Shangri-La Dialogue security forum in Singapore on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Pete Hegseth"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_COUNTRY, "country-singapore"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet\n\n"
    "The summit opened on Tuesday with President Volodymyr Zelensky, who pressed the leaders to back "
    "a loan to Kyiv.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Volodymyr Zelensky"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, <, 0);
}

/* "The Quintet Committee ... is expected to hold a meeting of its
 * ambassadors in Beirut next week": a meeting to come, which lends its
 * place to no meeting without one (the sessions of the article stay at
 * the dateline's New York). */
static void
test_meeting_next_week (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Aoun lobbies leaders in New York\n\n"
    "NEW YORK: President Joseph Aoun met French President Emmanuel Macron on Tuesday.\n"
    "The Quintet Committee on Lebanon is expected to hold a meeting of its ambassadors in Beirut next week.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Emmanuel Macron"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-new-york"));
  gboolean ahead = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    if (meeting (doc, (gint) i)->place == must_lex (doc, NG_KIND_CITY, "city-beirut"))
      ahead = meeting (doc, (gint) i)->ahead;
  g_assert_true (ahead);
}

/* "ECOWAS leaders are to hold their own summit in Abuja on Sunday, hosted
 * by President X": a plan ("are to"), so the Sunday after a Saturday's
 * article, still to come ("hosted by", a participle, tells no past). */
static void
test_are_to_hold (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-07-06 Example.com\nSahel juntas seal confederation at Niamey summit\n\n"
    "The military rulers of Niger, Mali and Burkina Faso on Saturday signed a treaty at their first joint "
    "summit in Niamey.\n"
    "Niger's leader General Abdourahamane Tiani hosted his Malian counterpart Colonel Assimi Goita for the "
    "summit of the Alliance of Sahel States (AES).\n"
    "ECOWAS leaders are to hold their own summit in the Nigerian capital Abuja on Sunday, hosted by Nigerian "
    "President Bola Tinubu, who chairs the bloc.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Bola Tinubu"), must_lex (doc, NG_KIND_ORG, "org-ecowas"),
                                         NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-07");
}

/* A military rank is no post ("Captain Ibrahim Traore", "Rear Adm. Hu
 * Gangfeng", "Senior Gen. X"), but a military post is ("Chief of the
 * General Staff Valery Gerasimov"). */
static void
test_rank_no_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Sahel leaders meet\n\n"
    "Burkina Faso's Captain Ibrahim Traore and Mali's Colonel Assimi Goita met in Niamey on Tuesday.\n"
    "Beijing sent a delegation led by Rear Adm. Hu Gangfeng and Senior Gen. Min Aung Hlaing attended.\n"
    "Chief of the General Staff Valery Gerasimov also attended.\n");
  const char *const people[] = { "Ibrahim Traore", "Assimi Goita", "Hu Gangfeng", "Min Aung Hlaing" };
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      gint p = person (doc, people[i]);
      for (guint q = 0; q < doc->posts->len; q++)
        g_assert_cmpint (g_array_index (doc->posts, NgPost, q).person, !=, p);
    }
  gboolean chief = FALSE;
  for (guint q = 0; q < doc->posts->len; q++)
    chief = chief || g_array_index (doc->posts, NgPost, q).person == person (doc, "Valery Gerasimov");
  g_assert_true (chief);
}

/* "X took part via videoconference, while Salvadoran President Y, who had
 * been expected to attend, sent Foreign Minister Z instead": Z is of the
 * country of the subject of the clause that sends, not of the
 * sentence's. */
static void
test_sent_in_clause (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "SICA summit\n\n"
    "Panamanian President Jose Raul Mulino took part via videoconference, while Salvadoran President Nayib "
    "Bukele, who had been expected to attend, sent Foreign Minister Alexandra Hill Tinoco instead.\n");
  g_assert_true (has_post_in (doc, person (doc, "Alexandra Hill Tinoco"), "Foreign Minister",
                              must_lex (doc, NG_KIND_COUNTRY, "country-el-salvador")));
}

/* "frozen" tells an absence only of a participation ("Armenia has frozen
 * its participation"), not of "talks ... on the use of frozen Russian
 * assets". */
static void
test_frozen_assets (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Zelensky in The Hague\n\n"
    "On Tuesday, Zelensky held talks with NATO Secretary General Mark Rutte and Prime Minister of the "
    "Netherlands Dick Schoof, in particular on the use of frozen Russian assets.\n");
  expect_status (doc, person (doc, "Dick Schoof"), -1, NG_STATUS_ATTENDED);
}

/* Members of an organization said by a head word ("The eight-member
 * council includes ..."; "The 12-member association, whose members
 * include ...", the one association the article named, not the
 * organization it names most), and "The LCBC, founded in 1964, groups
 * ..." (the subject's apposition before "groups"). */
static void
test_members_by_head_word (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arctic ministers meet in Tromso\n\n"
    "Foreign ministers of the Arctic Council met in Tromso on Monday.\n"
    "The eight-member council includes Canada, Denmark, Finland and Iceland.\n");
  gint arctic = must_find (doc, NG_KIND_ORG, "Arctic Council");
  g_assert_true (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-denmark"), arctic));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Lake Chad leaders meet\n\n"
    "Leaders of the Lake Chad Basin Commission (LCBC) met in Ndjamena on Monday.\n"
    "The LCBC, founded in 1964, groups Cameroon, the Central African Republic, Chad and Niger.\n");
  gint lcbc = must_find (d2, NG_KIND_ORG, "Lake Chad Basin Commission");
  g_assert_true (has_link (d2->members, must_lex (d2, NG_KIND_COUNTRY, "country-cameroon"), lcbc));
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Fisheries ministers meet in Colombo\n\n"
    "Ministers of the Coral Sea Fisheries Association met in Colombo on Monday, as ASEAN officials watched.\n"
    "ASEAN has backed the talks, and ASEAN envoys attended.\n"
    "The 12-member association, whose members include India, Australia and South Africa, meets yearly.\n");
  gint coral = must_find (d3, NG_KIND_ORG, "Coral Sea Fisheries Association");
  g_assert_true (has_link (d3->members, must_lex (d3, NG_KIND_COUNTRY, "country-australia"), coral));
}

/* "met in Kigali ..., which opens in the Rwandan capital": the capital
 * the sentence names lies in the country of the adjective. */
static void
test_demonym_capital (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Commonwealth ministers meet\n\n"
    "Foreign ministers met in Kigali on Thursday to finalise the agenda of the summit, which opens in the "
    "Rwandan capital on June 24.\n");
  g_assert_true (has_link (doc->contained, must_lex (doc, NG_KIND_CITY, "city-kigali"),
                           must_lex (doc, NG_KIND_COUNTRY, "country-rwanda")));
}

/* A speaker whose apposition says they were there attended: "X, who
 * attended, said", "Y, also in attendance, said"; and "A and B were also
 * present". */
static void
test_attended_apposition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arab leaders meet in Cairo\n\n"
    "The emergency summit of the Arab League, hosted by Egyptian President Abdel Fattah el-Sissi, endorsed "
    "a plan on Tuesday.\n"
    "Palestinian Authority President Mahmoud Abbas, who attended, said he was ready to hold elections next "
    "year if conditions allowed.\n"
    "UN Secretary-General Antonio Guterres, also in attendance, said the United Nations supports the plan.\n"
    "Jordan's King Abdullah II and Arab League Secretary-General Ahmed Aboul Gheit were also present.\n");
  gint league = must_lex (doc, NG_KIND_ORG, "org-arab-league");
  expect_status (doc, person (doc, "Mahmoud Abbas"), league, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Antonio Guterres"), league, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Ahmed Aboul Gheit"), league, NG_STATUS_ATTENDED);
}

/* "Nordic ministers meet in Trakai" (a town no lexicon knows), "met at
 * Trakai Island Castle", "The meeting in the lakeside town west of the
 * Lithuanian capital, Vilnius": the meeting is in Trakai, not Vilnius;
 * "at a resort on the outskirts of Bengaluru" is in Bengaluru. */
static void
test_unknown_town (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Nordic-Baltic ministers meet in Trakai, pledge air defence\n\n"
    "Foreign ministers of the Nordic-Baltic Eight met at Trakai Island Castle on Tuesday.\n"
    "The meeting in the lakeside town west of the Lithuanian capital, Vilnius, was attended by Estonian "
    "Foreign Minister Margus Tsahkna.\n");
  gint trakai = find (doc, NG_KIND_CITY, "Trakai");
  g_assert_cmpint (trakai, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Margus Tsahkna"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, trakai);
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Finance chiefs meet\n\n"
    "Finance Minister Nirmala Sitharaman chaired the two-day gathering at a resort on the outskirts of "
    "Bengaluru on Tuesday.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Nirmala Sitharaman"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-bengaluru"));
}

/* "at the Arusha International Conference Centre", "at the Avani Maseru
 * Hotel": a building with a known town's name in its own is one place,
 * and the meeting is in that town, though the text names it nowhere else;
 * not "a Lobito Corridor conference" (no building). */
static void
test_building_in_town (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders close summit\n\n"
    "President Samia Suluhu Hassan chaired the summit at the Arusha International Conference Centre on Tuesday.\n");
  g_assert_cmpint (find (doc, NG_KIND_PLACE, "Arusha International Conference Centre"), >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Samia Suluhu Hassan"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-arusha"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ministers meet\n\n"
    "Finance Minister Retselisitsoe Matlanyane hosted the meeting at the Avani Maseru Hotel on Tuesday.\n");
  g_assert_cmpint (find (d2, NG_KIND_PLACE, "Avani Maseru Hotel"), >=, 0);
  const NgAttendance *b = attendance (d2, person (d2, "Retselisitsoe Matlanyane"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-maseru"));
}

/* "the 43rd General Assembly of the ASEAN Inter-Parliamentary Assembly
 * (AIPA) opened", "the 77th World Health Assembly opened": a numbered
 * assembly is a sitting, held by the body after "of". */
static void
test_numbered_assembly (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Speaker urges labour pact\n\n"
    "Speaker Martin Romualdez on Wednesday urged fellow legislators to protect migrant workers, as the 43rd "
    "General Assembly of the ASEAN Inter-Parliamentary Assembly (AIPA) opened at a hotel in Phnom Penh.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Martin Romualdez"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, >=, 0);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, !=, find (doc, NG_KIND_ORG, "General Assembly"));
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-phnom-penh"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Health ministers meet\n\n"
    "Health Minister Christopher Tufton addressed the 77th World Health Assembly in Geneva on Tuesday.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Christopher Tufton"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->organizer, >=, 0);
}

/* "The meeting was hosted by X and attended by Y": the meeting said
 * before, not one X hosts; "signed at the 2022 meeting in Cholpon-Ata":
 * another year's meeting, which takes no place from this one; "X (Smer)
 * met his counterparts": a meeting, not the party's; "since X was
 * removed": not there. */
static void
test_meeting_said_before (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Astana\n\n"
    "President Sadyr Japarov on Wednesday spoke at the sixth Consultative Meeting of the Heads of State of "
    "Central Asia in Astana.\n"
    "The meeting was hosted by Kazakh President Kassym-Jomart Tokayev and attended by Tajik President Emomali "
    "Rahmon.\n"
    "A treaty signed at the 2022 meeting in Cholpon-Ata entered into force.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Sadyr Japarov"), -1);
  const NgAttendance *b = attendance (doc, person (doc, "Emomali Rahmon"), -1);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-astana"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "V4 leaders meet\n\n"
    "Prime Minister Robert Fico (Smer) met his counterparts from the Visegrad Group in Prague on Tuesday.\n"
    "Hungarian Prime Minister Viktor Orban and Polish Prime Minister Donald Tusk also attended.\n");
  const NgAttendance *f = attendance (d2, person (d2, "Robert Fico"), -1);
  g_assert_nonnull (f);
  g_assert_cmpint (meeting (d2, f->meeting)->organizer, !=, find (d2, NG_KIND_ORG, "Smer"));
  /* ("since X was removed in October": X is not at the meeting) */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Defence chiefs meet\n\n"
    "Defense Minister Prabowo Subianto on Tuesday chaired the 10th ASEAN Defence Ministers' Meeting in Jakarta.\n"
    "China, which has been without a defense minister since Li Shangfu was removed in October, sent a delegation "
    "led by Lt. Gen. Xu Hanzhong.\n");
  g_assert_nonnull (attendance (d3, person (d3, "Xu Hanzhong"), -1));
  g_assert_null (attendance (d3, person (d3, "Li Shangfu"), -1));
}

/* "as he attended the sixth China-Afghanistan-Pakistan Trilateral Foreign
 * Ministers' Dialogue in Kabul", then "The dialogue, held at ...": a
 * numbered Dialogue is a meeting, and the dialogue after it the same one;
 * no organization named before it in the sentence holds it. */
static void
test_numbered_dialogue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Trilateral talks in Kabul\n\n"
    "Foreign Minister Ishaq Dar on Wednesday urged the Afghan Taliban government to act against militants, as he "
    "attended the sixth China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue in Kabul.\n"
    "The dialogue, held at the Gul Khana Palace, was also attended by Chinese Foreign Minister Wang Yi.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Ishaq Dar"), -1);
  const NgAttendance *b = attendance (doc, person (doc, "Wang Yi"), -1);
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, !=, find (doc, NG_KIND_ORG, "Taliban"));
}

/* "The defense ministers of the Central European Defence Cooperation
 * (CEDC) agreed on Thursday in Budapest to ...", then "The meeting at the
 * Stefania Palace was chaired by X": a group of a body deciding in a city
 * met there, and the meeting after it is that one; not "ministers of the
 * bloc agreed" with no city. */
static void
test_group_decides (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Defence ministers agree on drills\n\n"
    "The defense ministers of the Central European Defence Cooperation (CEDC) agreed on Wednesday in Budapest to "
    "hold a joint military exercise next year.\n"
    "The meeting at the Stefania Palace was chaired by Defense Minister Kristof Szalay-Bobrovniczky.\n");
  gint cedc = find (doc, NG_KIND_ORG, "Central European Defence Cooperation");
  g_assert_cmpint (cedc, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Kristof Szalay-Bobrovniczky"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, cedc);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-budapest"));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Trade bloc\n\n"
    "Ministers of the European Union agreed that the tariffs were unfair.\n");
  g_assert_cmpuint (d2->meetings->len, ==, 0);
}

/* "The EAC brings together eight partner states: Burundi, ...": members
 * (the EAC's word for them); "Czechia, Slovakia and Austria are all
 * members of the European Union": of the body after "members of", not of
 * the article's main one. */
static void
test_members_of_plural (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "EAC leaders meet in Arusha\n\n"
    "Leaders of the East African Community met in Arusha on Tuesday.\n"
    "The EAC brings together eight partner states: Burundi, DR Congo, Kenya, Rwanda, Somalia, South Sudan, "
    "Tanzania and Uganda.\n"
    "Czechia, Slovakia and Austria are all members of the European Union.\n");
  gint eac = must_lex (doc, NG_KIND_ORG, "org-eac");
  g_assert_true (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-rwanda"), eac));
  gint eu = must_lex (doc, NG_KIND_ORG, "org-eu");
  g_assert_true (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-austria"), eu));
  g_assert_false (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-austria"), eac));
}

/* "Norway handed the chairmanship of the Arctic Council to Denmark on
 * Monday at a meeting in this northern city": Denmark gets the post, the
 * meeting is not there. */
static void
test_handed_to_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arctic Council passes to Denmark at low-key meeting\n\n"
    "TROMSO, Norway (AP) \u2014 Norway handed the rotating chairmanship of the Arctic Council to Denmark on Tuesday "
    "at a pared-down meeting in this northern Norwegian city.\n"
    "Norwegian Foreign Minister Espen Barth Eide presided over the session.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Espen Barth Eide"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_COUNTRY, "country-denmark"));
}

/* People said to be there with no verb of coming: "On the Tanzanian side
 * were X and Y", "Also at the table at the bloc's secretariat were Z";
 * the one sent by someone who stayed at home. */
static void
test_side_and_table (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Kenyan President William Ruto held talks with President Samia Suluhu Hassan in Dar es Salaam on Tuesday.\n"
    "On the Tanzanian side were Foreign Affairs Minister Mahmoud Thabit Kombo and Industry and Trade Minister "
    "Selemani Jafo.\n"
    "Also at the table at the state house were Trade CS Rebecca Miano and Defence CS Aden Duale.\n");
  const NgAttendance *a = attendance (doc, person (doc, "William Ruto"), -1);
  g_assert_nonnull (a);
  /* (and "X stayed in Y and sent Z": Z is there, X is not) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Finance chiefs meet\n\n"
    "G20 finance ministers met in Cape Town on Wednesday.\n"
    "China's Finance Minister Lan Foan stayed in Beijing and sent Vice Finance Minister Liao Min.\n");
  const NgAttendance *l = attendance (d2, person (d2, "Liao Min"), -1);
  g_assert_nonnull (l);
  g_assert_cmpint (l->status, ==, NG_STATUS_ATTENDED);
  /* ("Among the foreign delegations were X", "The communique read by the
   * Secretary General, Y, directs ...") */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Ministers meet\n\n"
    "Education ministers of the OEI met in Guayaquil on Thursday.\n"
    "Among the foreign delegations were Peru's Minister of Education, Morgan Quero.\n"
    "The communique read by the MRU Secretary General, Ambassador Mariama Conteh-Kallon, directs the secretariat "
    "to act.\n");
  g_assert_nonnull (attendance (d3, person (d3, "Morgan Quero"), -1));
  g_assert_nonnull (attendance (d3, person (d3, "Mariama Conteh-Kallon"), -1));
  const char *const others[] = { "Selemani Jafo", "Mahmoud Thabit Kombo", "Aden Duale" };
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      const NgAttendance *b = attendance (doc, person (doc, others[i]), -1);
      g_assert_nonnull (b);
      g_assert_cmpint (b->meeting, ==, a->meeting);
    }
}

/* An El País page: "Cuenca - NOV 16, 2024 - 05:30 CET" (a city before
 * the date line's dash); "The XXIX Ibero-American Summit of Heads of
 * State and Government closed on Friday" (the meeting word inside the
 * organization's name); "remained in Spain" (absent); '"The summit
 * survived," said X, a political scientist' (no part in it). */
static void
test_named_summit_page (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ibero-American Summit closes with empty chairs\n\n"
    "Cuenca - NOV 16, 2024 - 05:30 CET\n\n"
    "The XXIX Ibero-American Summit of Heads of State and Government closed on Friday in Cuenca, Ecuador.\n"
    "Ecuadorian President Daniel Noboa hosted the meeting. Spanish Prime Minister Pedro Sanchez remained in "
    "Spain to coordinate the response to the floods, and the Spanish delegation at the summit was led by "
    "King Felipe VI.\n"
    "\"The summit survived, but it showed how fragile the community has become,\" said Lucia Mantilla, a "
    "political scientist at the University of Cuenca.\n");
  gint cuenca = find (doc, NG_KIND_CITY, "Cuenca");
  g_assert_cmpint (cuenca, >=, 0);
  g_assert_cmpint (doc->dateline, ==, cuenca);
  const NgAttendance *a = attendance (doc, person (doc, "Daniel Noboa"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, >=, 0);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-11-15");
  g_assert_cmpuint (count_status (doc, person (doc, "Pedro Sanchez"), NG_STATUS_ATTENDED), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Lucia Mantilla")), ==, 0);
}

/* "King Salman" and "Crown Prince Mohammed bin Salman" are two people:
 * "bin Salman" is the crown prince's father's name. */
static void
test_father_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Gulf leaders meet\n\n"
    "The delegation was led by Foreign Minister Prince Faisal bin Farhan, who represented Crown Prince "
    "Mohammed bin Salman at the summit. Prince Faisal conveyed the greetings of King Salman to the host.\n");
  gint mbs = person (doc, "Mohammed bin Salman");
  gint king = find (doc, NG_KIND_PERSON, "Salman");
  g_assert_cmpint (king, >=, 0);
  g_assert_cmpint (king, !=, mbs);
}

/* The outlet's country for posts without one, where the outlet is named
 * in a date line ("Ahram Online , Wednesday 18 Dec 2024") or spoken to
 * mid-text ("told Ahram Online"); not for a post after one of another
 * country in its sentence. */
static void
test_home_outlet_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Trade ministers gather in the capital\n\nAhram Online , Wednesday 18 Dec 2024\n\n"
    "Prime Minister Mostafa Madbouly opened the meeting of trade ministers on Wednesday. "
    "Pakistan's Foreign Minister Ishaq Dar led his country's delegation after Prime Minister Shehbaz Sharif "
    "canceled his trip.\n");
  gint egypt = find_lex (doc, NG_KIND_COUNTRY, "country-egypt");
  g_assert_cmpint (egypt, >=, 0);
  g_assert_true (has_post (doc, person (doc, "Mostafa Madbouly"), "Prime Minister", egypt));
  g_assert_false (has_post (doc, person (doc, "Shehbaz Sharif"), "Prime Minister", egypt));

  g_autoptr (NgDoc) d2 = extract (data,
    "Trade ministers gather in the capital\n\nPublished: June 4, 2025\n\n"
    "Trade ministers of the bloc met on Wednesday. They discussed tariffs. They discussed ports. "
    "They discussed visas. \"We expect a deal by June,\" Trade Minister Samir Haddad told Ahram Online. "
    "They discussed grain. They discussed fuel. They discussed rail links. They ended the talks.\n");
  gint eg2 = find_lex (d2, NG_KIND_COUNTRY, "country-egypt");
  g_assert_cmpint (eg2, >=, 0);
  g_assert_true (has_post (d2, person (d2, "Samir Haddad"), "Trade Minister", eg2));
}

/* A "consultation" is a meeting; "he would host an informal consultation
 * of ASEAN foreign ministers ... in Bangkok, in December" is another
 * meeting than the ASEAN one of the article. */
static void
test_consultation (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Labour ministers meet\n\n"
    "The ministerial consultation of the Colombo Process opened in Dhaka on Tuesday under the chairmanship "
    "of Adviser Asif Nazrul.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Asif Nazrul"), find_lex (doc, NG_KIND_ORG, "org-colombo-process"));
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-dhaka"));

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "ASEAN ministers meet\n\n"
    "Myanmar's envoy Kyaw Min Thu attended the meeting of ASEAN foreign ministers on Tuesday, said Kyaw Min Thu.\n"
    "Thai Foreign Minister Maris Sangiampongsa said he would host an informal consultation of ASEAN foreign "
    "ministers on Myanmar in the Thai capital, Bangkok, in December.\n");
  gint asean = find_lex (d2, NG_KIND_ORG, "org-asean");
  gint bkk = find_lex (d2, NG_KIND_CITY, "city-bangkok");
  const NgAttendance *b = attendance (d2, person (d2, "Kyaw Min Thu"), asean);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, !=, bkk);
  for (guint i = 0; i < d2->meetings->len; i++)
    if (meeting (d2, i)->place == bkk && bkk >= 0)
      g_assert_true (meeting (d2, i)->other);
  /* (a name ending in a day's abbreviation ends its sentence: "Thu.") */
  g_assert_cmpint (find (d2, NG_KIND_PERSON, "Kyaw Min Thu."), <, 0);
}

/* A council's page: "the two-day meeting that ends on Thursday" (no
 * start on a Thursday past), a minister of portfolios joined by "and"
 * before his name's comma, a meeting "preceded by" another that later
 * sentences do not mean, and "discussed plans to expand cargo flights to
 * Lusaka" (a topic's city, no venue). */
static void
test_council_page (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Trade ministers open council meeting\n\nPublished: June 11, 2025\n\n"
    "The 12th meeting of the Council of Ministers of COMESA opened today in Addis Abeba. "
    "The two-day meeting that ends on Thursday is chaired by Ethiopia's Minister of Trade and Regional "
    "Integration, Kassahun Gofe. It was preceded by a meeting of the Intergovernmental Committee, which "
    "convened on Monday under the chairmanship of State Minister Tesfaye Gebremedhin.\n"
    "The council follows the meeting of the Committee of Permanent Representatives on Sunday.\n"
    "Zambia's Minister of Commerce, Chipoka Mulenga, is attending in person.\n"
    "Prime Minister Abiy Ahmed on Tuesday received Mulenga at his office, where the two discussed plans to "
    "expand cargo flights to Lusaka.\n");
  gint comesa = find_lex (doc, NG_KIND_ORG, "org-comesa");
  gint addis = find_lex (doc, NG_KIND_CITY, "city-addis-ababa");
  g_assert_cmpint (addis, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Kassahun Gofe"), comesa);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2025-06-11");
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, addis);
  const NgAttendance *b = attendance (doc, person (doc, "Chipoka Mulenga"), comesa);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, ==, a->meeting);
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      g_assert_cmpstr (meeting (doc, i)->date, !=, "2025-06-05");
      g_assert_cmpint (meeting (doc, i)->place, !=, find_lex (doc, NG_KIND_CITY, "city-lusaka"));
    }
}

/* "is leading a large delegation to the General Assembly of Interpol in
 * Glasgow": the assembly's meeting, there (not at the dateline's Erbil);
 * "fugitives sought by Ankara": a capital for its government, no venue. */
static void
test_delegation_to_assembly (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Minister at police assembly\n\nPublished: November 5, 2024\n\n"
    "ERBIL, Kurdistan Region - Iraq's Interior Minister Abdul Amir al-Shammari is leading a large delegation "
    "to the General Assembly of Interpol in Glasgow, Scotland, where Baghdad wants faster action on fugitives.\n"
    "The session of the assembly opened on Monday at a convention centre.\n"
    "On the sidelines of the assembly on Monday, Shammari held talks with his Turkish counterpart Ali "
    "Yerlikaya on members of the PKK sought by Ankara.\n");
  gint glasgow = find_lex (doc, NG_KIND_CITY, "city-glasgow");
  g_assert_cmpint (glasgow, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Abdul Amir al-Shammari"), find_lex (doc, NG_KIND_ORG, "org-interpol"));
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, glasgow);
  const NgAttendance *b = attendance (doc, person (doc, "Ali Yerlikaya"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (doc, b->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-ankara"));
}

/* "The foreign ministers of Chile, A, and Peru, B, met": each country,
 * then its holder between commas. */
static void
test_interleaved_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet\n\nPublished: May 17, 2024\n\n"
    "The foreign ministers of Chile, Carolina Quiroga, and Peru, Anselmo Taipe, met today in Arica.\n");
  g_assert_true (has_post (doc, person (doc, "Carolina Quiroga"), "Foreign Minister", find_lex (doc, NG_KIND_COUNTRY, "country-chile")));
  g_assert_true (has_post (doc, person (doc, "Anselmo Taipe"), "Foreign Minister", find_lex (doc, NG_KIND_COUNTRY, "country-peru")));
}

/* "Four ministers, including A, B and C, travelled with him", "senior
 * officials and deputy ministers such as D": each listed person holds the
 * plural post. */
static void
test_including_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "State visit\n\nPublished: March 12, 2019\n\n"
    "Four ministers, including Thandeka Mokoena, Sipho Dlamuka and Ayanda Zwane, travelled with the "
    "president to Maputo.\n\n"
    "Deputy ministers such as Kagiso Molefe joined them later.\n");
  g_assert_true (has_post (doc, person (doc, "Thandeka Mokoena"), "Minister", -1));
  g_assert_true (has_post (doc, person (doc, "Sipho Dlamuka"), "Minister", -1));
  g_assert_true (has_post (doc, person (doc, "Ayanda Zwane"), "Minister", -1));
  g_assert_true (has_post (doc, person (doc, "Kagiso Molefe"), "Deputy Minister", -1));
}

/* The people who went with each leader, said sentences after the
 * meeting: "X was accompanied by his trade secretary A, his cabinet chief
 * B", "Accompanying Y were Energy Minister C and ..." attend the leaders'
 * meeting. */
static void
test_entourage_later (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Presidents meet at the border\n\nPublished: April 9, 2025\n\n"
    "President Yamandu Orsi met with Brazilian President Luiz Inacio Lula da Silva on Tuesday in Rivera.\n\n"
    "The meeting was meant to mark a new start for the border region.\n\n"
    "Lula said the two countries \"share a river and a future\".\n\n"
    "Lula was accompanied by his trade secretary Rosana Leite, his cabinet chief Tiago Moura, and his "
    "planning minister Ivo Saldanha.\n\n"
    "Accompanying Orsi were Energy Minister Fernanda Cardona and Foreign Minister Mario Lubetkin.\n");
  gint rivera = -1;
  const NgAttendance *l = attendance (doc, person (doc, "Luiz Inacio Lula da Silva"), -1);
  g_assert_nonnull (l);
  rivera = l->meeting;
  const char *const entourage[] = { "Rosana Leite", "Tiago Moura", "Ivo Saldanha", "Fernanda Cardona",
                                    "Mario Lubetkin", NULL };
  for (const char *const *e = entourage; *e; e++)
    {
      const NgAttendance *a = attendance (doc, person (doc, *e), -1);
      g_assert_nonnull (a);
      g_assert_cmpint (a->meeting, ==, rivera);
    }
}

/* "received the visiting Kenyan Deputy President X": the verb's object
 * is a title after "the visiting" and a country word; a meeting that day. */
static void
test_received_the_visiting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Deputy president in Lusaka\n\nPublished: March 27, 2023\n\n"
    "LUSAKA, March 27 - President Hakainde Hichilema on Monday received the visiting Kenyan Deputy President "
    "Kithure Kindiki at State House in Lusaka.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Kithure Kindiki"), -1);
  g_assert_nonnull (a);
  g_assert_nonnull (attendance (doc, person (doc, "Hakainde Hichilema"), -1));
  g_assert_cmpint (a->status, ==, NG_STATUS_ATTENDED);
  g_assert_nonnull (meeting (doc, a->meeting)->date);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2023-03-27");
}

/* "Gustavo Petro and Rigoberto Salinas met": a person named with no
 * title is one only by a given name the lexicon knows (here one of the
 * names added for Latin American, African and Asian news). */
static void
test_untitled_given_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Leaders meet\n\nPublished: May 17, 2024\n\n"
    "Gustavo Petro and Rigoberto Salinas met today in Cali to discuss the border.\n");
  g_assert_nonnull (attendance (doc, person (doc, "Rigoberto Salinas"), -1));
  g_assert_nonnull (attendance (doc, person (doc, "Gustavo Petro"), -1));
}

/* "According to Ottawa's foreign ministry, ...": the capital stands for
 * its government and names no venue of the meeting. */
static void
test_capital_government_no_venue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet at forum\n\nPublished: March 6, 2025\n\n"
    "According to Ottawa's foreign ministry on Thursday, minister Anita Anand had a working lunch with her "
    "Mexican counterpart Juan Ramon de la Fuente on Wednesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Anita Anand"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (find_lex (doc, NG_KIND_CITY, "city-ottawa"), >=, 0);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-ottawa"));
}

/* "the three-day conference, which ends tomorrow in Yokohama": no start
 * tomorrow; the Tokyo International Conference on African Development is
 * its organizer (not Tokyo); "in the New Administrative Capital": a city
 * the lexicons do not know. */
static void
test_conference_page (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Leaders gather for Africa conference\n\nPublished: August 21, 2025\n\n"
    "President Hage Geingob yesterday addressed the ninth Tokyo International Conference on African "
    "Development (Ticad 9) in Yokohama. The three-day conference, which ends tomorrow in Yokohama, is "
    "co-chaired by Japanese prime minister Shigeru Ishiba.\n");
  gint ticad = find_lex (doc, NG_KIND_ORG, "org-ticad");
  g_assert_cmpint (ticad, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Shigeru Ishiba"), ticad);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, !=, "2025-08-22");
  g_assert_cmpint (find_lex (doc, NG_KIND_CITY, "city-tokyo"), <, 0);

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Bloc summit opens\n\n"
    "President Abdel-Fattah El-Sisi hosted the summit of the D-8 in the New Administrative Capital on Tuesday.\n");
  gint nac = find (d2, NG_KIND_CITY, "New Administrative Capital");
  g_assert_cmpint (nac, >=, 0);
  const NgAttendance *b = attendance (d2, person (d2, "Abdel-Fattah El-Sisi"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, nac);
}

/* "The X, formally the Y,": one organization of two names; "The Colombo
 * Process, formally the Regional Consultative Process on Overseas
 * Employment and Contractual Labour ..., brings together A, B and C": the
 * members are the subject's, not of a party named in the apposition. */
static void
test_formal_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arctic states meet\n\n"
    "The Arctic Five Group, formally the Polar Shelf States Commission, brings together Canada, Denmark, "
    "Norway, Russia and the United States.\n");
  gint a = find (doc, NG_KIND_ORG, "Arctic Five Group");
  g_assert_cmpint (a, >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Polar Shelf States Commission"), ==, a);

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Labour ministers meet\n\n"
    "The Colombo Process, formally the Regional Consultative Process on Overseas Employment and Contractual "
    "Labour for Countries of Origin in Asia, brings together 12 member states: Afghanistan, Bangladesh, "
    "Cambodia, China and India.\n");
  gint cp = find_lex (d2, NG_KIND_ORG, "org-colombo-process");
  g_assert_cmpint (cp, >=, 0);
  g_assert_true (has_link (d2->members, find_lex (d2, NG_KIND_COUNTRY, "country-cambodia"), cp));
}

/* "presided over the plenary of the Summit of the Americas" (a plenary is
 * a meeting); "On Monday, officials closed ... the negotiation of the
 * declaration that the presidents are due to adopt on Friday": "closed"
 * is nearer Monday than "due", so the Monday before. */
static void
test_plenary_and_closed (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Los Angeles\n\n"
    "Former Secretary-General Ban Ki-moon presided over the plenary of the Summit of the Americas in Los "
    "Angeles on Tuesday.\n"
    "On Monday, vice ministers of the Summit Implementation Review Group closed in Los Angeles the "
    "negotiation of the declaration that the presidents are due to adopt on Friday; Colombia's team was "
    "led by Vice Minister Felipe Arango Zuluaga.\n");
  gint soa = find_lex (doc, NG_KIND_ORG, "org-summit-of-the-americas");
  g_assert_cmpint (soa, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Ban Ki-moon"), soa);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-los-angeles"));
  const NgAttendance *b = attendance (doc, person (doc, "Felipe Arango Zuluaga"), -1);
  g_assert_nonnull (b);
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2024-07-01");
}

/* "the Sri Lankan capital" is Colombo, where news says the capital is;
 * "the 24th IORA Council of Ministers meeting" after "the Indian Ocean Rim
 * Association (IORA)": the association's council, one meeting with the
 * association's of that day. */
static void
test_acronym_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ocean ministers meet\n\n"
    "Foreign ministers of the Indian Ocean Rim Association (IORA) met in the Sri Lankan capital on Tuesday. "
    "The 24th IORA Council of Ministers meeting was chaired by Foreign Minister Vijitha Herath.\n");
  gint colombo = find_lex (doc, NG_KIND_CITY, "city-colombo");
  g_assert_cmpint (colombo, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Vijitha Herath"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, ==, colombo);
  g_assert_cmpint (m->organizer, ==, must_find (doc, NG_KIND_ORG, "Indian Ocean Rim Association"));
  g_assert_cmpstr (m->date, ==, "2024-07-02");
}

/* Without a dateline, a meeting no sentence places is in the one city the
 * headline says the story is in ("... delegation in Nicosia ..."). */
static void
test_headline_city (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Nordic Council delegation in Nicosia ahead of EU presidency\n\n"
    "A delegation of the Nordic Council was received by House President Annita Demetriou on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Annita Demetriou"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-nicosia"));
  /* (two cities in the headline: neither) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "From Athens to Nicosia: a delegation in Nicosia and in Athens\n\n"
    "A delegation of the Nordic Council was received by House President Annita Demetriou on Tuesday.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Annita Demetriou"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, <, 0);
}

/* "a ministerial meeting ..., held at the invitation of the Benelux
 * Union": its organizer; "focused on efforts to reach a ceasefire in
 * Gaza": a topic's place, no venue. */
static void
test_invitation_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers discuss Gaza\n\n"
    "Foreign Minister Ayman Safadi on Tuesday took part in a Jordanian-Benelux ministerial meeting, held at the "
    "invitation of the Benelux Union. The meeting focused on efforts to reach a ceasefire in Gaza.\n");
  gint benelux = find (doc, NG_KIND_ORG, "Benelux Union");
  g_assert_cmpint (benelux, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Ayman Safadi"), benelux);
  g_assert_nonnull (a);
  gint gaza = find (doc, NG_KIND_PLACE, "Gaza");
  if (gaza < 0)
    gaza = find (doc, NG_KIND_CITY, "Gaza");
  g_assert_cmpint (gaza, >=, 0);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, gaza);
}

/* "received by X on Monday, together with Kuwait's Ambassador to Nigeria
 * Y": where the envoy serves is no venue; "LCBC Executive Secretary Z"
 * after "the Lake Chad Basin Commission (LCBC)": the title is no
 * "LCBC Executive Secretary". */
static void
test_envoy_to_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Fund pledges money for the lake\n\n"
    "Leaders of the Lake Chad Basin Commission (LCBC) met on Tuesday. Talal Al-Muhanna was received by President "
    "Mahamat Idriss Deby Itno at the palace on Monday, together with Kuwait's Ambassador to Nigeria Abdulaziz "
    "Al-Enezi.\n"
    "\"No water, no peace,\" LCBC Executive Secretary Mamman Nuhu said.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Abdulaziz Al-Enezi"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_COUNTRY, "country-nigeria"));
  g_assert_false (has_post (doc, person (doc, "Mamman Nuhu"), "LCBC Executive Secretary", -1));
}

/* The outlet's country for more posts: a title of the lexicon before its
 * portfolio ("Minister for Foreign Trade and Development Cooperation"),
 * "Opposition Leader"; under a dateline abroad, the people the headline
 * names only; "Taipei, Oct. 15 (CNA)": Taiwan's CNA, not Singapore's. */
static void
test_home_posts_more (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet on trade\n\nPublished: May 2, 2024\n\n"
    "Minister for Foreign Trade and Development Cooperation Geoffrey van Leeuwen met envoys on Thursday, "
    "Opposition Leader Aubrey Norton said in a statement to the Jordan Times.\n");
  gint jordan = find_lex (doc, NG_KIND_COUNTRY, "country-jordan");
  g_assert_cmpint (jordan, >=, 0);
  g_assert_true (has_post (doc, person (doc, "Geoffrey van Leeuwen"), "Minister for Foreign Trade and Development Cooperation", jordan));
  g_assert_true (has_post (doc, person (doc, "Aubrey Norton"), "Opposition Leader", jordan));
  /* (a scholar's post at a body after a field, "a lecturer in
   * international relations at the University of X", or after a city's
   * modifier, "senior fellow at the Pune-based Centre for ...") */
  g_autoptr (NgDoc) d6 = extract (data,
    DATED "Ministers meet\n\n"
    "Dr Baraka Mfinanga, a lecturer in international relations at the University of Dar es Salaam (UDSM), said "
    "the choice was understandable.\n"
    "\"Our firms get a seat at the table,\" said Harsh Kulkarni, senior fellow at the Pune-based Centre for "
    "Indo-Pacific Economics.\n");
  g_assert_true (has_post_in (d6, person (d6, "Baraka Mfinanga"), "Lecturer",
                              must_find (d6, NG_KIND_ORG, "University of Dar es Salaam")));
  g_assert_true (has_post_in (d6, person (d6, "Harsh Kulkarni"), "Senior fellow",
                              must_find (d6, NG_KIND_ORG, "Centre for Indo-Pacific Economics")));
  /* (a chief cabinet secretary is a minister of the outlet's country) */
  g_autoptr (NgDoc) d5 = extract (data,
    "Ministers meet on trade\n\nPublished: May 2, 2024\n\n"
    "Chief Cabinet Secretary Taro Sato told reporters on Thursday that the talks had gone well, the Jordan "
    "Times reported.\n");
  gint j5 = find_lex (d5, NG_KIND_COUNTRY, "country-jordan");
  g_assert_cmpint (j5, >=, 0);
  g_assert_true (has_post (d5, person (d5, "Taro Sato"), "Chief Cabinet Secretary", j5));

  g_autoptr (NgDoc) d2 = extract (data,
    "Safadi, Benelux ministers discuss Gaza\n\nPublished: May 19, 2025\n\n"
    "BRUSSELS \u2014 Foreign Minister Ayman Safadi and Prime Minister Luc Frieden met on Monday, the Jordan "
    "Times reported.\n");
  gint j2 = find_lex (d2, NG_KIND_COUNTRY, "country-jordan");
  g_assert_cmpint (j2, >=, 0);
  g_assert_true (has_post (d2, person (d2, "Ayman Safadi"), "Foreign Minister", j2));
  g_assert_false (has_post (d2, person (d2, "Luc Frieden"), "Prime Minister", j2));

  /* (a dateline town of no known country is no dateline abroad) */
  g_autoptr (NgDoc) d4 = extract (data,
    "Minister speaks at forum\n\nThe Canadian Press\nPosted November 23, 2024 2:47 pm\n\n"
    "KINGSBRIDGE \u2014 Defence Minister Bill Blair told the security forum, which wraps up Sunday, that "
    "Canada would pay.\n");
  gint canada = find_lex (d4, NG_KIND_COUNTRY, "country-canada");
  g_assert_cmpint (canada, >=, 0);
  g_assert_true (has_post (d4, person (d4, "Bill Blair"), "Defence Minister", canada));
  for (guint i = 0; i < d4->meetings->len; i++)
    g_assert_true (!meeting (d4, i)->date || !strcmp (meeting (d4, i)->date, "2024-11-23"));

  g_autoptr (NgDoc) d3 = extract (data,
    "President receives minister\n\n10/15/2025 08:47 PM\n\n"
    "Taipei, Oct. 15 (CNA) President Lai Ching-te on Wednesday received a foreign minister.\n");
  g_assert_false (has_post (d3, person (d3, "Lai Ching-te"), "President", find_lex (d3, NG_KIND_COUNTRY, "country-singapore")));
}

/* "Prime Minister Sheikh Hasina", "King Salman": a one-name person after
 * a word of rank is also known by the two words ("Hasina" alone is the
 * same person). */
static void
test_rank_and_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "He will meet Bangladeshi Prime Minister Sheikh Hasina in Dubai on Friday. Hasina arrived on Thursday. "
    "He conveyed the greetings of King Salman.\n");
  gint h = person (doc, "Hasina");
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Sheikh Hasina"), ==, h);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "King Salman"), >=, 0);
}

/* "the 28th UN Climate Change Conference (COP28)" organizes its meetings
 * (not the UN, whose acronym starts its name); "Guterres, who visited the
 * Everest region and Kathmandu in late October": a journey's city is no
 * venue of the talks on the sidelines. */
static void
test_climate_conference (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders gather in Dubai\n\n"
    "Prime Minister Pushpa Kamal Dahal on Tuesday addressed world leaders gathered in Dubai for the 28th UN "
    "Climate Change Conference (COP28). On the sidelines of the conference, Dahal held talks with UN "
    "Secretary-General Antonio Guterres, who visited the Everest region and Kathmandu in late October.\n");
  gint cop = find_lex (doc, NG_KIND_ORG, "org-un-climate-change-conference");
  g_assert_cmpint (cop, >=, 0);
  g_assert_nonnull (attendance (doc, person (doc, "Pushpa Kamal Dahal"), cop));
  const NgAttendance *a = attendance (doc, person (doc, "Antonio Guterres"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-kathmandu"));
}

/* "the sixth European Union–African Union (EU-AU) summit": the summit of
 * the organizations the acronym just before its word stands for. */
static void
test_joint_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Brussels\n\n"
    "President Muhammadu Buhari on Tuesday joined other African leaders at the opening of the sixth European "
    "Union\u2013African Union (EU-AU) summit in Brussels.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Muhammadu Buhari"), -1);
  g_assert_nonnull (a);
  gint org = meeting (doc, a->meeting)->organizer;
  g_assert_true (org >= 0 && (org == find_lex (doc, NG_KIND_ORG, "org-eu") || org == find_lex (doc, NG_KIND_ORG, "org-au")));
}

/* "is hosting his Mercosur counterparts in Puerto Iguazú today for what
 * is likely to be his last summit of the trade bloc": a town no lexicon
 * knows (its name starts as towns' names do), and his last summit, this
 * one (not a previous one); "San Marino-Bolivia negotiations" is no town. */
static void
test_his_last_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders gather\n\n"
    "President Alberto Fernandez is hosting his Mercosur counterparts in Puerto Iguazu today for what is likely "
    "to be his last summit of the South American trade bloc.\n"
    "Chavez plans to take part in San Marino-Bolivia negotiations.\n");
  gint town = find (doc, NG_KIND_CITY, "Puerto Iguazu");
  g_assert_cmpint (town, >=, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Alberto Fernandez"), find_lex (doc, NG_KIND_ORG, "org-mercosur"));
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, town);
  g_assert_cmpint (find (doc, NG_KIND_CITY, "San Marino-Bolivia"), <, 0);
}

/* "the rupture between Lima and Mexico City": neither capital is the
 * meeting's place; "Name, Special to Gulf News" under the date line names
 * the outlet. */
static void
test_between_capitals (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Andean ministers meet with empty seats\n\n"
    "Published: June 3, 2025\n\nMaria Soto, Special to Gulf News\n\n"
    "Foreign Minister Elena Quispe chaired the annual meeting of the Andean Council of Foreign Ministers on "
    "Monday, overshadowed by the rupture between Lima and Mexico City.\n");
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "agency-gulf-news"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Maria Soto"), <, 0);
  const NgAttendance *a = attendance (doc, person (doc, "Elena Quispe"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-mexico-city"));
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-lima"));
}

/* A Globe and Mail page: the talks "in Quebec's Charlevoix region" (a
 * region, not the city), "with Canada's trade war with Washington hanging
 * over the meeting" (no venue), "Ms. Joly is hosting X, Y and Z at ...,
 * a resort in La Malbaie" (the guests, and the town); "will host the
 * leaders' summit in Kananaskis, Alta., in June" is another meeting. */
static void
test_hosting_in_region (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "G7 foreign ministers back ceasefire push\n\n"
    "Published March 13, 2025\n\n"
    "Foreign ministers of the Group of Seven (G7) countries backed the proposal on Thursday, as Foreign "
    "Affairs Minister Melanie Joly opened two days of talks in Quebec's Charlevoix region with Canada's "
    "trade war with Washington hanging over the meeting.\n"
    "Canada holds the G7 presidency this year and will host the leaders' summit in Kananaskis, Alta., in June.\n"
    "Ms. Joly is hosting British Foreign Secretary David Lammy and German Foreign Minister Annalena Baerbock "
    "at the Fairmont hotel, a resort in La Malbaie.\n");
  gint g7 = find_lex (doc, NG_KIND_ORG, "org-g7");
  const NgAttendance *a = expect_status (doc, person (doc, "David Lammy"), g7, NG_STATUS_ATTENDED);
  gint lm = find (doc, NG_KIND_CITY, "La Malbaie");
  g_assert_cmpint (lm, >=, 0);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, lm);
  g_assert_cmpint (attendance (doc, person (doc, "Annalena Baerbock"), g7)->meeting, ==, a->meeting);
  gint kan = find (doc, NG_KIND_CITY, "Kananaskis");
  for (guint i = 0; i < doc->meetings->len; i++)
    if (kan >= 0 && meeting (doc, i)->place == kan)
      g_assert_true (meeting (doc, i)->other);
  /* a city's region: "talks in Ottawa's Rideau district" are not in Ottawa */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ministers meet\n\n"
    "Foreign Minister Melanie Joly opened two days of talks on Tuesday in Ottawa's Rideau district.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Melanie Joly"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (meeting (d2, b->meeting)->place, !=, find_lex (d2, NG_KIND_CITY, "city-ottawa"));
}

/* An Irrawaddy page: "the East Asia Summit (EAS)" is the organization
 * whose summit it is; "Among those at the table were X and Y" attend; the
 * "Five-Point Consensus" is nobody; "U Kyaw Soe Naing" and later "Kyaw Soe
 * Naing" are one person. */
static void
test_east_asia_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Envoy gets cold shoulder at East Asia Summit\n\n"
    "Leaders at the East Asia Summit (EAS) in Vientiane on Tuesday urged the regime to implement ASEAN's "
    "Five-Point Consensus.\n"
    "Among those at the table were Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi.\n"
    "The regime was represented by U Kyaw Soe Naing, the permanent secretary of its Ministry of Foreign "
    "Affairs.\n"
    "On Monday, Kyaw Soe Naing held talks with Thai Foreign Minister Maris Sangiampongsa.\n");
  gint eas = find_lex (doc, NG_KIND_ORG, "org-east-asia-summit");
  g_assert_cmpint (eas, >=, 0);
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Defence chiefs meet\n\n"
    "Defence ministers of the Asean Defence Ministers' Meeting (ADMM) met in Vientiane on Tuesday. "
    "Singapore's Defence Minister Ng Eng Hen attended.\n");
  g_assert_cmpint (find_lex (d2, NG_KIND_ORG, "org-admm"), >=, 0);
  expect_status (doc, person (doc, "Li Qiang"), eas, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Narendra Modi"), eas, NG_STATUS_ATTENDED);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Five-Point Consensus"), <, 0);
  g_assert_cmpint (person (doc, "Kyaw Soe Naing"), ==, person (doc, "U Kyaw Soe Naing"));
}

/* "India will host the next Quad Leaders' Summit. Prime Minister
 * Narendra Modi is expected to host US President Donald Trump ... in New
 * Delhi later this year": not at the ministers' meeting in Washington. */
static void
test_host_elsewhere (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Quad ministers meet\n\n"
    "WASHINGTON, July 2 (Reuters) - Foreign ministers of the Quad met in Washington on Tuesday, hosted by "
    "Secretary of State Marco Rubio and attended by Indian External Affairs Minister S Jaishankar.\n"
    "India will host the next Quad Leaders' Summit. Prime Minister Narendra Modi is expected to host US "
    "President Donald Trump in New Delhi later this year.\n");
  gint quad = find_lex (doc, NG_KIND_ORG, "org-quad");
  const NgAttendance *a = expect_status (doc, person (doc, "S Jaishankar"), quad, NG_STATUS_ATTENDED);
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *b = &g_array_index (doc->attendance, NgAttendance, i);
      if (b->person == person (doc, "Donald Trump"))
        g_assert_cmpint (b->meeting, !=, a->meeting);
    }
}

/* An RNZ page: "a declaration, which will go to leaders for endorsement
 * in Honiara, Solomon Islands, next month" names no venue of the
 * ministers' meeting; "The Forum Foreign Ministers Meeting was held
 * yesterday at the PIF Secretariat in Suva": the Pacific Islands Forum's
 * meeting (the body whose secretariat is the venue), in Suva, yesterday. */
static void
test_secretariat_venue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Pacific ministers back declaration\n\n"
    "Pacific Islands Forum (PIF) foreign ministers have agreed on a declaration, which will go to leaders "
    "for endorsement in Honiara, Solomon Islands, next month.\n"
    "The Forum Foreign Ministers Meeting was held yesterday at the PIF Secretariat in Suva, Fiji, and was "
    "chaired by Solomon Islands Foreign Minister Peter Shanel Agovaka.\n");
  gint pif = find_lex (doc, NG_KIND_ORG, "org-pif");
  g_assert_cmpint (pif, >=, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Peter Shanel Agovaka"), pif, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-suva"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
}

/* "On the margins of the summit, Macron and Merz held a phone call with
 * US President Donald Trump": the callers are at the summit, the one
 * called is not, and the call is no meeting. */
static void
test_call_at_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "European leaders meet in Tirana\n\n"
    "TIRANA, July 3 (Reuters) - Leaders of the European Political Community met in Tirana on Wednesday, "
    "hosted by Albanian Prime Minister Edi Rama.\n"
    "On the margins of the summit, French President Emmanuel Macron and German Chancellor Friedrich Merz "
    "held a phone call with US President Donald Trump.\n");
  gint epc = find_lex (doc, NG_KIND_ORG, "org-epc");
  g_assert_cmpint (epc, >=, 0);
  expect_status (doc, person (doc, "Emmanuel Macron"), epc, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Friedrich Merz"), epc, NG_STATUS_ATTENDED);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Donald Trump")), ==, 0);
}

/* An Anadolu page: "ISTANBUL" alone on a line after the standfirst and
 * the byline is the dateline; the outlet named in the last sentences gives
 * its country to "Foreign Minister Hakan Fidan"; "Azerbaijan was
 * represented by Deputy Foreign Minister X, as Foreign Minister Y was on a
 * visit to Brussels": Y is Azerbaijan's. */
static void
test_anadolu_page (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "OIC foreign ministers gather in Istanbul\n\n"
    "51st session of OIC Council of Foreign Ministers opens\n\n"
    "Zeynep Aksoy Kilic  |21.06.2025 - 14:52 GUNCELLEME : 21.06.2025 - 16:05\n\n"
    "ISTANBUL\n\n"
    "Foreign ministers of the Organization of Islamic Cooperation (OIC) gathered in Istanbul on Saturday.\n"
    "Foreign Minister Hakan Fidan chaired the session.\n"
    "Azerbaijan was represented by Deputy Foreign Minister Ruslan Karimzade, as Foreign Minister Jeyhun "
    "Bayramov was on a visit to Brussels.\n"
    "Selin Karaca, an analyst, told Anadolu that the session mattered.\n"
    "The ministers discussed Gaza. They discussed Sudan. They discussed trade. They discussed climate.\n"
    "Anadolu Agency website contains only a portion of the news stories offered to subscribers.\n");
  g_assert_cmpint (doc->dateline, ==, find_lex (doc, NG_KIND_CITY, "city-istanbul"));
  g_assert_true (has_post (doc, person (doc, "Hakan Fidan"), "Foreign Minister",
                           find_lex (doc, NG_KIND_COUNTRY, "country-turkey")));
  g_assert_true (has_post (doc, person (doc, "Jeyhun Bayramov"), "Foreign Minister",
                           find_lex (doc, NG_KIND_COUNTRY, "country-azerbaijan")));
}

/* "X, director of operations at the International Committee of the Red
 * Cross": the post is at the organization. */
static void
test_post_at_org (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Council debates protection\n\n"
    "Hanna Lindqvist, director of operations at the International Committee of the Red Cross, briefed the "
    "council by video link from Geneva on Tuesday.\n");
  gint icrc = find (doc, NG_KIND_ORG, "International Committee of the Red Cross");
  g_assert_cmpint (icrc, >=, 0);
  gint h = person (doc, "Hanna Lindqvist");
  gboolean at = FALSE;
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *p = &g_array_index (doc->posts, NgPost, i);
      at = at || (p->person == h && p->of == icrc);
    }
  g_assert_true (at);
  /* ... and she "briefed the council by video link": at its meeting, by video */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Council debates protection\n\n"
    "UNITED NATIONS (Reuters) - The U.N. Security Council met on Tuesday for an open debate, chaired by "
    "Swiss Foreign Minister Ignazio Cassis.\n"
    "Hanna Lindqvist, director of operations at the International Committee of the Red Cross, briefed the "
    "council by video link from Geneva.\n");
  const NgAttendance *a = attendance (d2, person (d2, "Hanna Lindqvist"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->mode, ==, NG_MODE_VIDEO);
  g_assert_cmpint (a->meeting, ==, attendance (d2, person (d2, "Ignazio Cassis"), -1)->meeting);
}

/* A Jordanian paper's story from a Benelux meeting in Brussels (its own
 * delegation there goes without a country word): "Safadi will travel to
 * Luxembourg, where he is scheduled to meet Prime Minister Luc Frieden" is
 * the host's post, of Luxembourg, not the paper's country. */
static void
test_post_of_host_abroad (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "The Jordan Times\n\nSafadi holds talks with Benelux ministers\n\n"
    "BRUSSELS, May 19 2025 \u2014 Deputy Prime Minister and Foreign Minister Ayman Safadi on Monday took part "
    "in a meeting of the Benelux Union foreign ministers in Brussels.\n\n"
    "Safadi will travel to Luxembourg on Tuesday, where he is scheduled to meet Prime Minister Luc Frieden.\n");
  g_assert_true (has_post_in (doc, person (doc, "Ayman Safadi"), "Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-jordan")));
  g_assert_true (has_post_in (doc, person (doc, "Luc Frieden"), "Prime Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-luxembourg")));
}

/* "the Tanaiste, Minister for Foreign Affairs, Trade and Minister for
 * Defence, Simon Harris TD": every title of the list before the name is
 * the person's; not a title of a list of people. */
static void
test_post_list_before_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The visiting minister met with the Tanaiste, Minister for Foreign Affairs, Trade and Minister for Defence, "
    "Declan Moran TD, this evening at Iveagh House, Dublin.\n");
  gint p = person (doc, "Declan Moran");
  gint ie = find_lex (doc, NG_KIND_COUNTRY, "country-ireland");
  g_assert_true (has_post_in (doc, p, "T\u00e1naiste", ie) || has_post_in (doc, p, "Tanaiste", ie));
  g_assert_true (has_post_in (doc, p, "Minister for Foreign Affairs", ie));
  g_assert_true (has_post_in (doc, p, "Minister for Defence", ie));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Cabinet meets\n\n"
    "The Prime Minister, Foreign Minister Ana Ruiz and Defence Minister Pablo Gil met in Madrid.\n");
  g_assert_false (has_title (d2, person (d2, "Pablo Gil"), "Prime Minister"));
  g_assert_false (has_title (d2, person (d2, "Pablo Gil"), "Foreign Minister"));
}

/* "have held in Lisbon the first bilateral meeting since the formation of
 * the new government": the place between "held in" and the meeting is
 * the meeting's, the event after "since" notwithstanding. */
static void
test_held_in_place_first_since (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Foreign Minister Ines Tavares and her Belgian counterpart Pieter Claes have held in Lisbon the first "
    "bilateral meeting since the formation of the new Belgian Government.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Pieter Claes"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-lisbon"));
}

/* "received today, July 3, the visit of the Japanese Minister of Foreign
 * Affairs, X": the visitor takes part (as translated releases write). */
static void
test_received_the_visit_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime Minister receives minister\n\n"
    "Prime Minister Jose Ramos Belo received today, July 3, 2024, the visit of the Japanese Minister of Foreign "
    "Affairs, Haruka Mori, at the Government Palace, Dili.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Haruka Mori"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->meeting, ==, attendance (doc, person (doc, "Jose Ramos Belo"), -1)->meeting);
}

/* "X meets Y" in the headline, then "flew out of Vientiane after his
 * meeting with Y and arrived in Hanoi":
 * the meeting is not where he arrived after it. */
static void
test_arrived_after_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Long meets Khamla Sisouk as he ends Laos trip\n\n"
    "Prime Minister Tran Van Long made a courtesy call on former Lao president Khamla Sisouk in Vientiane on "
    "Tuesday.\n"
    "Long flew out of Vientiane after his meeting with Khamla Sisouk and arrived in Hanoi at about 8pm on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Khamla Sisouk"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-vientiane"));
}

/* "Asante-Boateng" alone after "President Nana Kofi Asante-Boateng": the
 * same person, a surname of two words joined by a hyphen. */
static void
test_hyphen_surname_alone (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "President in Abuja\n\n"
    "President Nana Kofi Asante-Boateng arrived in Abuja on Monday for a two-day visit.\n"
    "Asante-Boateng met Vice President Chidi Okafor at the State House on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Nana Kofi Asante-Boateng"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->meeting, ==, attendance (doc, person (doc, "Chidi Okafor"), -1)->meeting);
}

/* "Members of President X's delegation included ..." after talks about
 * a summit to come: they took part in X's talks. */
static void
test_delegation_of_person (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Presidents meet\n\n"
    "Vice President Chidi Okafor on Tuesday received President of Togo, Komla Mensah, at the State House.\n"
    "They discussed the forthcoming African Union (AU) Summit in Addis Ababa.\n"
    "Members of President Mensah's delegation included Togo's Minister of Foreign Affairs, Afi Dogbe; and "
    "Minister of Trade, Yawo Kpodar.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Afi Dogbe"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->meeting, ==, attendance (doc, person (doc, "Komla Mensah"), -1)->meeting);
}

/* "The Kuwaiti side was chaired by X, while the Swiss side was chaired by
 * President Y": each side's country is its own chair's. */
static void
test_post_of_side_clause (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks held\n\n"
    "Official talks were held between Kuwait and Switzerland on Monday.\n"
    "The Kuwaiti side was chaired by Prime Minister Fahad Al-Sabah, while the Swiss side was chaired by "
    "President Anna Keller.\n");
  gint anna = person (doc, "Anna Keller");
  g_assert_true (has_post_in (doc, anna, "President", find_lex (doc, NG_KIND_COUNTRY, "country-switzerland")));
  g_assert_false (has_post_in (doc, anna, "President", find_lex (doc, NG_KIND_COUNTRY, "country-kuwait")));
  g_assert_true (has_post_in (doc, person (doc, "Fahad Al-Sabah"), "Prime Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-kuwait")));
}

/* "the Brazilian president" after "President X" and "the President of
 * Argentina, Y": the one president of no country yet is the Brazilian
 * one; not "the former Cambodian leader", who is no country's head now. */
static void
test_desc_president_of_no_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Presidents meet\n\n"
    "President Paulo Barreto meets today with the President of Argentina, Jorge Ledesma, in Buenos Aires.\n\n"
    "Tomorrow, the Brazilian president will participate in the summit of the Community of Latin American "
    "and Caribbean States.\n");
  gint paulo = person (doc, "Paulo Barreto");
  g_assert_true (has_post_in (doc, paulo, "President", find_lex (doc, NG_KIND_COUNTRY, "country-brazil")));
  g_assert_nonnull (attendance (doc, paulo, find_lex (doc, NG_KIND_ORG, "org-celac")));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet\n\n"
    "Prime Minister Anan Wongsa met Cambodian Prime Minister Hun Dara on Thursday.\n\n"
    "Hun Sok, who now chairs Cambodian King Sisowath Chanthy's advisory council, received him later.\n\n"
    "The former Cambodian leader hosted a dinner for the visiting Thai prime minister.\n");
  g_assert_null (attendance (d2, person (d2, "Sisowath Chanthy"), -1));
}

/* "Her delegation comprised X and Y": they took part in her meeting. */
static void
test_delegation_comprised (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Commission meets\n\n"
    "The third session of the Joint Permanent Commission between Kenya and Rwanda convened in Kigali on Tuesday.\n"
    "The meeting was opened by the Minister for Foreign Affairs Amina Wanjiru and Rwanda's Minister of "
    "Foreign Affairs Jean Habimana.\n"
    "Wanjiru thanked the hosts for the warm welcome her delegation received.\n"
    "Her delegation comprised the Minister of Defence Paul Otieno and the Minister of Trade Grace Achieng.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Paul Otieno"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->meeting, ==, attendance (doc, person (doc, "Amina Wanjiru"), -1)->meeting);
}

/* In an outlet no lexicon knows, with no dateline: of the two sides of
 * the first meeting, the one the article does not mark is its own, and
 * its people's posts are of it ("the Minister for Foreign Affairs X"
 * beside "Rwanda's Minister of Foreign Affairs Y"). */
static void
test_post_of_unmarked_side (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Commission meets\n\n"
    "The third session of the Joint Permanent Commission between Kenya and Rwanda convened in Kigali on Tuesday.\n"
    "The meeting was opened by the Minister of Defence Paul Otieno and Rwanda's Minister of "
    "Foreign Affairs Jean Habimana.\n");
  gint kenya = find_lex (doc, NG_KIND_COUNTRY, "country-kenya");
  g_assert_cmpint (kenya, >=, 0);
  g_assert_true (has_post_in (doc, person (doc, "Paul Otieno"), "Minister of Defence", kenya));
  /* (not when both sides are marked) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Commission meets\n\n"
    "The third session of the Joint Permanent Commission between Kenya and Rwanda convened in Kigali on Tuesday.\n"
    "The meeting was opened by Kenya's Minister of Foreign Affairs Amina Wanjiru and Rwanda's Minister of "
    "Foreign Affairs Jean Habimana.\n"
    "Minister of Defence Paul Otieno also spoke.\n");
  g_assert_false (has_post_in (d2, person (d2, "Paul Otieno"), "Minister of Defence",
                               find_lex (d2, NG_KIND_COUNTRY, "country-kenya")));
}

/* "The Foreign Affairs Ministers of Spain, X, and Portugal, Y", "the
 * Ministers of Foreign Affairs of Brazil and Argentina, X and Y": each
 * holds the post of one country, the title capitalized or not, the
 * names backed by the list though "Santiago" is a city. */
static void
test_post_plural_capitalized (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The Foreign Affairs Ministers of Spain, Jorge Almansa, and Portugal, Rui Teixeira, met in Madrid on Tuesday.\n");
  g_assert_true (has_post_in (doc, person (doc, "Jorge Almansa"), "Foreign Affairs Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-spain")));
  g_assert_true (has_post_in (doc, person (doc, "Rui Teixeira"), "Foreign Affairs Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-portugal")));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ministers meet\n\n"
    "The Ministers of Foreign Affairs of Brazil and Argentina, Marcos Viegas and Santiago Ferrero, met in "
    "Brasilia on Tuesday.\n");
  g_assert_true (has_post_in (d2, person (d2, "Marcos Viegas"), "Minister of Foreign Affairs",
                              find_lex (d2, NG_KIND_COUNTRY, "country-brazil")));
  g_assert_true (has_post_in (d2, person (d2, "Santiago Ferrero"), "Minister of Foreign Affairs",
                              find_lex (d2, NG_KIND_COUNTRY, "country-argentina")));
}

/* "The prime ministers of the Nordic countries met in Reykjavik today."
 * then "The meeting was attended by X, Prime Minister of the Faroe
 * Islands": the meeting of the group said first gives the place and day;
 * where a post is held is no venue; "Y, the Danish prime minister," is Y,
 * not the prime minister of no country named before. */
static void
test_meeting_group_lead_post_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Nordic leaders meet\n\n"
    "The prime ministers of the Nordic countries met in Reykjavik today. "
    "The meeting was chaired by Prime Minister Bjarni Benediktsson. "
    "It was attended by Aksel Johannesen, Prime Minister of the Faroe Islands, and Ulf Kristersson. "
    "Mette Frederiksen, the Danish prime minister, did not travel.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Aksel Johannesen"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-reykjavik"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-03");
  gint denmark = must_lex (doc, NG_KIND_COUNTRY, "country-denmark");
  g_assert_false (has_post_in (doc, person (doc, "Bjarni Benediktsson"), "Prime Minister", denmark));
  g_assert_true (has_post_in (doc, person (doc, "Mette Frederiksen"), "Prime Minister", denmark));
}

/* "Last night, X hosted Y and Z for dinner at Radherrabustadurinn, the
 * government's official guest house": a dinner of its own, the day before
 * the article's, not the session said before; the guest house is a place. */
static void
test_meeting_last_night_dinner (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Nordic week\n\n"
    "The session of the Nordic Council opens tomorrow, and Ulf Kristersson is expected to address it.\n\n"
    "Last night, Prime Minister Bjarni Benediktsson hosted Kristersson and Petteri Orpo for dinner at "
    "Radherrabustadurinn, the government's official guest house.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Bjarni Benediktsson"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, <, 0);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Radherrabustadurinn"), <, 0);
}

/* "held talks on security in the Baltic Sea", "the first such meeting in
 * the Pacific": a sea or a river is no meeting's place. */
static void
test_meeting_sea_no_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Foreign Minister Anna Berg held talks with Foreign Minister Juris Ozols on Monday, the first such "
    "meeting in the Baltic Sea region since May, and the first in the Pacific.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Anna Berg"), -1);
  g_assert_nonnull (a);
  gint place = meeting (doc, a->meeting)->place;
  g_assert_true (place < 0 || ent (doc, place)->kind != NG_KIND_PLACE);
}

/* "the leaders who attended the summit" after talks of another
 * organization said since: the summit said before the talks. */
static void
test_meeting_summit_after_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "ECOWAS leaders meet\n\n"
    "President John Mahama addressed the ECOWAS summit in Abuja on Tuesday. "
    "The three countries now make up the Alliance of Sahel States (AES). "
    "Mahama has positioned himself as a bridge to the AES leadership; in March he held talks with the "
    "military leaders in Bamako, Ouagadougou and Niamey. "
    "Among the leaders who attended the summit were President Adama Barrow and President Joseph Boakai.\n");
  gint ecowas = must_lex (doc, NG_KIND_ORG, "org-ecowas");
  g_assert_nonnull (attendance (doc, person (doc, "Adama Barrow"), ecowas));
  g_assert_null (attendance (doc, person (doc, "Adama Barrow"), must_lex (doc, NG_KIND_ORG, "org-aes")));
}

/* "Foreign ministers of the Council of the Baltic Sea States agreed on
 * Thursday ..." then "The ministerial session in Tallinn was chaired by
 * X": the session is the council's. */
static void
test_meeting_people_of_org_session (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers agree on cables\n\n"
    "Sweden's foreign minister says neighbours must watch the seabed after foreign ministers of the Council of "
    "the Baltic Sea States agreed on Thursday to share more information. "
    "The ministerial session in Tallinn was chaired by Margus Tsahkna, Estonia's top diplomat.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Margus Tsahkna"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-cbss"));
}

/* "The meeting between President X and his counterpart, Y" after a
 * body's session neither attends is a meeting of its own; so is "the
 * fifth round of talks between X and Y" (not "a possible meeting between
 * X and Y"). */
static void
test_meeting_between_people (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The Andean Community held an extraordinary session in Lima on Monday, chaired by Foreign Minister Elmer "
    "Schialer. "
    "The meeting between President Daniel Noboa and his Colombian counterpart, Gustavo Petro, was held at the "
    "border bridge on Tuesday. "
    "Foreign Minister Badr Albusaidi briefed them on the fifth round of talks between US envoy Steve Witkoff and "
    "Iranian Foreign Minister Abbas Araghchi, which he mediated in Rome on May 23. "
    "They discussed a possible meeting between Kyriakos Mitsotakis and Recep Tayyip Erdogan.\n");
  gint can = must_lex (doc, NG_KIND_ORG, "org-andean-community");
  g_assert_nonnull (attendance (doc, person (doc, "Elmer Schialer"), can));
  g_assert_null (attendance (doc, person (doc, "Daniel Noboa"), can));
  g_assert_nonnull (attendance (doc, person (doc, "Daniel Noboa"), -1));
  const NgAttendance *w = attendance (doc, person (doc, "Steve Witkoff"), -1);
  g_assert_nonnull (w);
  g_assert_cmpint (meeting (doc, w->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-rome"));
  g_assert_cmpstr (meeting (doc, w->meeting)->date, ==, "2024-05-23");
  g_assert_cmpuint (count_attendance (doc, person (doc, "Kyriakos Mitsotakis")), ==, 0);

  /* ("after talks between ...": the talks happened) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ghana, Benin agree\n\n"
    "The agreement was reached on Wednesday in Accra after talks between Ghana's Minister for Foreign Affairs, "
    "Samuel Ablakwa, and his Beninese counterpart, Olushegun Bakari.\n");
  const NgAttendance *b = attendance (d2, person (d2, "Olushegun Bakari"), -1);
  g_assert_nonnull (b);
  g_assert_true (attends_doc (d2, (guint) b->meeting, person (d2, "Samuel Ablakwa")));
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-accra"));
}

/* "X and Y on Wednesday agreed to ..." then "The two leaders held a
 * tete-a-tete followed by delegation-level talks, ... Z told reporters":
 * the two people named before, no meeting said yet; and "X and Y first
 * met in Baku" is another meeting, not the article's. */
static void
test_meeting_two_leaders_first_met (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders agree on hydropower\n\n"
    "DHAKA, July 3 - Chief Adviser Muhammad Yunus and Bhutanese Prime Minister Tshering Tobgay on Wednesday "
    "agreed to fast-track a power purchase arrangement. "
    "The two leaders held a tete-a-tete followed by delegation-level talks at the State Guest House, Press "
    "Secretary Shafiqul Alam told reporters. "
    "Yunus and Tobgay first met in November last year on the sidelines of the COP29 climate summit in Baku.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Tshering Tobgay"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Muhammad Yunus")));
  g_assert_cmpint (m->place, !=, must_lex (doc, NG_KIND_CITY, "city-baku"));
}

/* "Hungary and Croatia, both members of the European Union and NATO":
 * members of the two. */
static void
test_members_of_two (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Neighbours talk\n\n"
    "Hungary and Croatia, both members of the European Union and NATO, share a long border.\n");
  gint hu = must_lex (doc, NG_KIND_COUNTRY, "country-hungary"), hr = must_lex (doc, NG_KIND_COUNTRY, "country-croatia");
  gint eu = must_lex (doc, NG_KIND_ORG, "org-eu"), nato = must_lex (doc, NG_KIND_ORG, "org-nato");
  g_assert_true (has_link (doc->members, hu, eu) && has_link (doc->members, hr, eu));
  g_assert_true (has_link (doc->members, hu, nato) && has_link (doc->members, hr, nato));
}

/* "Secretary General X briefed the ministers on the work of the
 * secretariat." after the meeting: X attended it. */
static void
test_meeting_briefed_ministers (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "SAARC ministers meet\n\n"
    "Foreign ministers of SAARC met in New York on Wednesday, chaired by Foreign Minister Arzu Deuba. "
    "Secretary General Golam Sarwar briefed the ministers on the work of the secretariat.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Arzu Deuba"), -1);
  g_assert_nonnull (a);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Golam Sarwar")));
}

/* "Forum Secretary General X" in a story of the Pacific Islands Forum:
 * the post is the Forum's (not its Secretariat's, named too). */
static void
test_post_body_word_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Forum ministers meet\n\n"
    "Pacific Islands Forum foreign ministers met at the Pacific Islands Forum Secretariat in Suva today. "
    "Forum Secretary General Baron Waqa said the declaration was the main item.\n");
  gint pif = find (doc, NG_KIND_ORG, "Pacific Islands Forum");
  g_assert_cmpint (pif, >=, 0);
  g_assert_true (has_post_in (doc, person (doc, "Baron Waqa"), "Forum Secretary General", pif));
}

/* "In New Delhi, the spokesperson ... said India rejects the references
 * made at the meeting": a reaction given elsewhere lends no place; the
 * dateline's city stays the meeting's. */
static void
test_meeting_reaction_elsewhere (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "OIC group meets\n\n"
    "ISTANBUL: Foreign Minister Ishaq Dar on Saturday addressed the meeting of the OIC Contact Group on Jammu "
    "and Kashmir, chaired by Secretary General Hissein Brahim Taha. "
    "The group last met in New York in September. "
    "In New Delhi, spokesperson Randhir Jaiswal said India rejects the references made to Jammu and Kashmir at "
    "the meeting.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Hissein Brahim Taha"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-istanbul"));
}

/* "President X on Monday received a cross-party delegation of Japanese
 * lawmakers led by Y": a meeting of X and Y, on Monday. */
static void
test_meeting_received_adjective_delegation (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lai meets lawmakers\n\n"
    "President Lai Ching-te on Monday received a cross-party delegation of Japanese lawmakers led by Keiji "
    "Furuya, chairman of the Japan-ROC Diet Members' Consultative Council, at the Presidential Office in "
    "Taipei.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Keiji Furuya"), -1);
  g_assert_nonnull (a);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Lai Ching-te")));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
}

/* "X, the A and B, and C Y": A and B are X's posts (an apposition after
 * X's name), not Y's, whose post is C alone. */
static void
test_post_apposition_list_not_next (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Kenya and Tanzania talk trade\n\n"
    "The Kenyan delegation included Musalia Mudavadi, the Prime Cabinet Secretary and Cabinet Secretary for "
    "Foreign and Diaspora Affairs, and Trade Cabinet Secretary Lee Kinyanjui.\n");
  gint kenya = must_lex (doc, NG_KIND_COUNTRY, "country-kenya");
  gint mudavadi = person (doc, "Musalia Mudavadi"), kinyanjui = person (doc, "Lee Kinyanjui");
  g_assert_true (has_post_in (doc, mudavadi, "Prime Cabinet Secretary", kenya));
  g_assert_true (has_post_in (doc, mudavadi, "Cabinet Secretary for Foreign and Diaspora Affairs", kenya));
  g_assert_true (has_post_in (doc, kinyanjui, "Trade Cabinet Secretary", kenya));
  g_assert_false (has_title (doc, kinyanjui, "Cabinet Secretary for Foreign and Diaspora Affairs"));
  g_assert_false (has_title (doc, kinyanjui, "Prime Cabinet Secretary"));
}

/* A palace's page with no dateline and an outlet no lexicon knows: the
 * one who receives a guest at a seat of government holds his post in its
 * country, the guest's country said or not. */
static void
test_post_of_receiving_host (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Emir receives visiting envoy\n\n"
    "His Highness Sheikh Fahad bin Salem Al Sabah, Emir of the country, received Dr. Marco Bellini, head "
    "of the visiting delegation, at Bayan Palace this morning.\n\n"
    "The talks dealt with cooperation in energy between Italy and the State of Kuwait.\n");
  g_assert_true (has_post_in (doc, person (doc, "Fahad bin Salem Al Sabah"), "Emir",
                              find_lex (doc, NG_KIND_COUNTRY, "country-kuwait")));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Talks at the Casa Rosada\n\n"
    "President Ana Villaverde received the visiting delegation of Laura Brenner at the Casa Rosada on Monday.\n\n"
    "Trade with Argentina was on the agenda.\n");
  g_assert_true (has_post_in (d2, person (d2, "Ana Villaverde"), "President",
                              find_lex (d2, NG_KIND_COUNTRY, "country-argentina")));
  /* (not one who says so later: "X, Emir of the country, said he had
   * received") */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Emir speaks\n\n"
    "Sheikh Fahad bin Salem Al Sabah, Emir of the country, said he had received Dr. Marco Bellini at Bayan "
    "Palace to discuss investment in Kuwait.\n");
  g_assert_false (has_post_in (d3, person (d3, "Fahad bin Salem Al Sabah"), "Emir",
                               find_lex (d3, NG_KIND_COUNTRY, "country-kuwait")));
  /* (and one who hosts a body's meeting at home: "Foreign Minister X
   * therefore hosted this year's meeting of the NB8 in Oslo") */
  g_autoptr (NgDoc) d4 = extract (data,
    DATED "Nordic and Baltic ministers meet\n\n"
    "Norway chairs the Nordic-Baltic Eight this year, and Foreign Minister Ola Dahl therefore hosted this "
    "year's meeting of the Nordic-Baltic Eight foreign ministers in Oslo today.\n");
  g_assert_true (has_post_in (d4, person (d4, "Ola Dahl"), "Foreign Minister",
                              find_lex (d4, NG_KIND_COUNTRY, "country-norway")));
}

/* The analysts' firms and centres: "a researcher with the Chinese Academy
 * of Social Sciences", "an analyst at Vantage Energy Advisors", "a
 * researcher at the Policy Center for the New South", "an economist at
 * Nomura Holdings Inc.": each post is at its body; "at the Omani foreign
 * ministry": at Oman. */
static void
test_post_with_org (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Forum ends\n\n"
    "Liu Wenjie, a researcher with the Chinese Academy of Social Sciences, said the forum mattered.\n"
    "Ritika Menon, an analyst at Vantage Energy Advisors, said prices would hold.\n"
    "Karim El Mansouri, a researcher at the Policy Center for the New South in Rabat, disagreed.\n"
    "Radhika Venkatesan, an economist at Nomura Holdings Inc. in Mumbai, said the rupee would slip.\n");
  g_assert_true (has_post_in (doc, person (doc, "Liu Wenjie"), "Researcher",
                              find (doc, NG_KIND_ORG, "Chinese Academy of Social Sciences")));
  g_assert_true (has_post_in (doc, person (doc, "Ritika Menon"), "Analyst", find (doc, NG_KIND_ORG, "Vantage Energy Advisors")));
  g_assert_true (has_post_in (doc, person (doc, "Karim El Mansouri"), "Researcher",
                              find (doc, NG_KIND_ORG, "Policy Center for the New South")));
  g_assert_true (has_post_in (doc, person (doc, "Radhika Venkatesan"), "Economist",
                              find (doc, NG_KIND_ORG, "Nomura Holdings Inc.")));
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Officials meet\n\n"
    "The talks were preceded by a meeting of Deputy National Security Advisers in the capital.\n");
  g_assert_cmpint (find (d2, NG_KIND_ORG, "Deputy National Security Advisers"), <, 0);
  /* ("undersecretary for political affairs at the Omani foreign
   * ministry": a people's ministry in small letters, their country's) */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Ministers meet\n\n"
    "The sultanate was represented by Hamad bin Said al-Rawahi, undersecretary for political affairs at the Omani "
    "foreign ministry.\n");
  g_assert_true (has_post_in (d3, person (d3, "Hamad bin Said al-Rawahi"), "Undersecretary",
                              find_lex (d3, NG_KIND_COUNTRY, "country-oman")));
  /* ("of the University of Botswana", "Governor of the Central Bank of
   * Egypt": the body's own name, not its country) */
  g_autoptr (NgDoc) d4 = extract (data,
    DATED "Customs union meets\n\n"
    "Political scientist Kabelo Ntshole of the University of Botswana said the deal was late.\n"
    "Governor Hassan Abdalla of the Central Bank of Egypt attended.\n");
  g_assert_true (has_post_in (d4, person (d4, "Kabelo Ntshole"), "Political scientist",
                              find (d4, NG_KIND_ORG, "University of Botswana")));
  g_assert_true (has_post_in (d4, person (d4, "Hassan Abdalla"), "Governor", find (d4, NG_KIND_ORG, "Central Bank of Egypt")));
  /* ("a disaster-risk specialist at the University of the West Indies":
   * the body's name goes on over a region after "of the"; a scholar who
   * speaks of the meeting had no part in it) */
  g_autoptr (NgDoc) d5 = extract (data,
    DATED "Caribbean states meet\n\n"
    "Ministers of the Association of Caribbean States met in Port of Spain on Tuesday.\n"
    "Dr Marcia Baptiste, a disaster-risk specialist at the University of the West Indies (UWI), said the meeting "
    "was overdue.\n"
    "Rhiannon Pryce, a historian at the University of the South Pacific, said the meeting mattered.\n");
  g_assert_true (has_post_in (d5, person (d5, "Marcia Baptiste"), "Specialist",
                              find (d5, NG_KIND_ORG, "University of the West Indies")));
  g_assert_true (has_post_in (d5, person (d5, "Rhiannon Pryce"), "Historian",
                              find (d5, NG_KIND_ORG, "University of the South Pacific")));
  g_assert_null (attendance (d5, person (d5, "Rhiannon Pryce"), -1));
}

/* A delegation's leaders are of its country: "The US delegation was led
 * by Secretary of State X and National Security Adviser Y", "Deputy
 * Foreign Minister Z led the Vietnamese delegation", "Armenia was
 * represented by its ambassador to Russia, V", "Algiers sent its
 * ambassador"; not the host's who
 * "receives the Kuwait Fund delegation headed by acting Director General
 * W". */
static void
test_post_of_delegation (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Jeddah\n\n"
    "The US delegation was led by Secretary of State Marco Rubio and National Security Adviser Mike Waltz.\n"
    "Deputy Foreign Minister Trinh Minh Khoa led the Vietnamese delegation to the meeting in Bagan.\n"
    "Chadian President Mahamat Idriss Deby Itno receives the Kuwait Fund delegation headed by acting Director "
    "General Talal Al-Muhanna at the Palais Rose.\n");
  g_assert_true (has_post_in (doc, person (doc, "Mike Waltz"), "National Security Adviser",
                              find_lex (doc, NG_KIND_COUNTRY, "country-united-states")));
  g_assert_true (has_post_in (doc, person (doc, "Trinh Minh Khoa"), "Deputy Foreign Minister",
                              find_lex (doc, NG_KIND_COUNTRY, "country-vietnam")));
  /* (an envoy of a country that is represented, or of a capital that
   * sends him) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet\n\n"
    "Pashinyan skipped the summit, and Armenia was represented by its ambassador to Russia, Vahe Danielyan.\n"
    "Algiers sent its ambassador in Valletta, Lakhdar Benmoussa, to the talks.\n");
  gint danielyan = person (d2, "Vahe Danielyan"), benmoussa = person (d2, "Lakhdar Benmoussa");
  gboolean armenia = FALSE, algeria = FALSE;
  for (guint i = 0; i < d2->posts->len; i++)
    {
      const NgPost *p = &g_array_index (d2->posts, NgPost, i);
      armenia = armenia || (p->person == danielyan && p->of == find_lex (d2, NG_KIND_COUNTRY, "country-armenia"));
      algeria = algeria || (p->person == benmoussa && p->of == find_lex (d2, NG_KIND_COUNTRY, "country-algeria"));
    }
  g_assert_true (armenia);
  g_assert_true (algeria);
  gint chad = find_lex (doc, NG_KIND_COUNTRY, "country-chad");
  gint w = person (doc, "Talal Al-Muhanna");
  for (guint i = 0; chad >= 0 && i < doc->posts->len; i++)
    {
      const NgPost *p = &g_array_index (doc->posts, NgPost, i);
      g_assert_false (p->person == w && p->of == chad);
    }
}

/* "attended by Estonian Foreign Minister X, Latvia's Y and Finland's Z":
 * Y and Z are their countries' foreign ministers; not after "U.S.
 * Secretary of State X, Japan's Y" (a post only one country has). */
static void
test_list_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The meeting was attended by Estonian Foreign Minister Margus Tsahkna, Latvia's Baiba Braze and "
    "Finland's Elina Valtonen.\n"
    "The talks were joined by U.S. Secretary of State Antony Blinken and Japan's Yoko Kamikawa.\n");
  g_assert_true (has_post (doc, person (doc, "Baiba Braze"), "Foreign Minister",
                           find_lex (doc, NG_KIND_COUNTRY, "country-latvia")));
  g_assert_true (has_post (doc, person (doc, "Elina Valtonen"), "Foreign Minister",
                           find_lex (doc, NG_KIND_COUNTRY, "country-finland")));
  gint k = person (doc, "Yoko Kamikawa");
  for (guint i = 0; i < doc->posts->len; i++)
    g_assert_cmpint (g_array_index (doc->posts, NgPost, i).person, !=, k);
}

/* A national post without a country: the person's country where another
 * mention gives it, else the outlet's (a Romanian agency's foreign
 * minister is Romania's), but not under a dateline abroad, and not after
 * an international wire. */
static void
test_home_country_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet in Bucharest\n\n"
    "Bucharest, Feb 22 /Agerpres/ - Foreign Minister Bogdan Aurescu met Latvian Foreign Minister Edgars "
    "Rinkevics on Wednesday.\n"
    "Later, Foreign Minister Rinkevics met the press.\n");
  gint ro = find_lex (doc, NG_KIND_COUNTRY, "country-romania");
  g_assert_cmpint (ro, >=, 0);
  g_assert_true (has_post (doc, person (doc, "Bogdan Aurescu"), "Foreign Minister", ro));
  gint rk = person (doc, "Edgars Rinkevics");
  for (guint i = 0; i < doc->posts->len; i++)
    if (g_array_index (doc->posts, NgPost, i).person == rk)
      g_assert_cmpint (g_array_index (doc->posts, NgPost, i).of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-latvia"));
  /* abroad, or a wire: no country guessed (for a name the lexicon's
   * people do not hold) */
  g_autoptr (NgDoc) d2 = extract (data,
    "Ministers meet in Riga\n\n"
    "Riga, Feb 22 /Agerpres/ - Foreign Minister Ionut Vasilescu met officials on Wednesday.\n");
  g_assert_true (has_post (d2, person (d2, "Ionut Vasilescu"), "Foreign Minister", -1));
  g_autoptr (NgDoc) d3 = extract (data,
    "Ministers meet\n\n"
    "BUCHAREST, Feb 22 (Reuters) - Foreign Minister Ionut Vasilescu met officials on Wednesday.\n");
  g_assert_true (has_post (d3, person (d3, "Ionut Vasilescu"), "Foreign Minister", -1));
}

/* "the Ministry of Foreign Affairs" names a body of every country: each
 * article's is that of a country (its own name's, the words' before it, a
 * post's in the clause, the outlet's, a wire's dateline's), named for it
 * (the bare name stays a form); a bare name of no known country stays as
 * it is. */
static void
test_national_bodies (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet in Kuwait\n\n"
    "KUWAIT CITY, May 3 (KUNA) - The Ministry of Foreign Affairs said on Sunday that the talks were useful.\n"
    "The Iranian Foreign Ministry welcomed the meeting, and Oman's Ministry of Defence said troops were ready.\n"
    "The talks were opened by Qatar's Minister of State at the Ministry of Interior, Khalid Al-Marri.\n"
    "The Prime Minister's Office and the Presidency of Colombia said they would attend.\n");
  gint kw = find (doc, NG_KIND_ORG, "Ministry of Foreign Affairs of Kuwait");
  g_assert_cmpint (kw, >=, 0);
  g_assert_cmpstr (ent (doc, kw)->name, ==, "Ministry of Foreign Affairs of Kuwait");
  g_assert_cmpint (kw, ==, find (doc, NG_KIND_ORG, "Kuwaiti Ministry of Foreign Affairs"));
  g_assert_cmpint (kw, ==, find (doc, NG_KIND_ORG, "Ministry of Foreign Affairs"));
  gint ir = find (doc, NG_KIND_ORG, "Iranian Foreign Ministry");
  g_assert_cmpint (ir, >=, 0);
  g_assert_cmpint (ir, ==, find (doc, NG_KIND_ORG, "Ministry of Foreign Affairs of Iran"));
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Omani Ministry of Defence"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Ministry of Interior of Qatar"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Office of the Prime Minister of Kuwait"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Presidency of Colombia"), >=, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Presidency of Colombia of Colombia"), <, 0);
  /* a wire: the dateline's country; "of the" before some countries */
  g_autoptr (NgDoc) d2 = extract (data,
    "Talks in The Hague\n\n"
    "THE HAGUE, May 3 (Reuters) - The Foreign Ministry said on Sunday that the talks were useful.\n");
  g_assert_cmpint (find (d2, NG_KIND_ORG, "Ministry of Foreign Affairs of the Netherlands"), >=, 0);
  g_assert_cmpint (find (d2, NG_KIND_ORG, "Dutch Foreign Ministry"), >=, 0);
  /* no country known: the bare name */
  g_autoptr (NgDoc) d3 = extract (data,
    "Talks end\n\n"
    "The Foreign Ministry said on Sunday that the talks were useful.\n");
  g_assert_cmpint (find (d3, NG_KIND_ORG, "Foreign Ministry"), >=, 0);
}

/* "the Council of Ministers" names a body of many organizations: that of
 * its parent ("of COMESA", "the Pacific Alliance Council of Ministers"),
 * named for it, the bare name kept as a form. */
static void
test_organization_bodies (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "COMESA ministers meet in Bujumbura\n\n"
    "BUJUMBURA, Oct 30 (Reuters) - The Council of Ministers of the Common Market for Eastern and Southern "
    "Africa (COMESA) opened on Wednesday in Bujumbura.\n");
  gint cm = find (doc, NG_KIND_ORG, "COMESA Council of Ministers");
  g_assert_cmpint (cm, >=, 0);
  g_assert_cmpint (cm, ==, find (doc, NG_KIND_ORG, "Council of Ministers"));
  g_autoptr (NgDoc) d2 = extract (data,
    "Ministers meet in Lima\n\n"
    "LIMA, Nov 29 (Reuters) - Peru chairs the bloc's Council of Ministers this year.\n"
    "Foreign Minister Javier Gonzalez chaired the Pacific Alliance Council of Ministers in Lima on Wednesday.\n");
  gint pa = find (d2, NG_KIND_ORG, "Pacific Alliance Council of Ministers");
  g_assert_cmpint (pa, >=, 0);
  gint bare = find (d2, NG_KIND_ORG, "Council of Ministers");
  g_assert_cmpint (bare, >=, 0);
  g_assert_cmpstr (ent (d2, bare)->name, !=, "Council of Ministers");
}

/* "the seventh meeting of the grouping, held in Port Louis, Mauritius, on
 * the 14th": the article's organization's, on the day of the month
 * nearest the article's date; "The meeting was chaired by X" is that one. */
static void
test_meeting_of_the_grouping (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Conclave members agree on maritime cell\n\n"
    "NEW DELHI, Nov 16, 2025 (Reuters) - The member states of the Colombo Security Conclave agreed to set up "
    "a maritime information cell.\n"
    "The decisions were taken at the seventh meeting of the grouping, held in Port Louis, Mauritius, on the 14th.\n"
    "The meeting was chaired by Mauritius's National Security Adviser, Raj Seetulsingh.\n");
  gint csc = find_lex (doc, NG_KIND_ORG, "org-colombo-security-conclave");
  g_assert_cmpint (csc, >=, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Raj Seetulsingh"), csc, NG_STATUS_ATTENDED);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpstr (m->date, ==, "2025-11-14");
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-port-louis"));
}

/* "Leaders met in Berlin to mark a decade of the Berlin Process": a
 * meeting of three or more with no organizer, in a sentence that names
 * the article's grouping after "of", is that grouping's; "ten years after
 * former Chancellor X launched the initiative": X is in another event. */
static void
test_meeting_of_grouping_named (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Berlin Process turns ten\n\n"
    "BERLIN, Oct 14, 2024 (Reuters) - Western Balkan leaders met in Berlin on Monday to mark a decade of the "
    "Berlin Process, with German Chancellor Olaf Scholz urging them to settle their disputes.\n"
    "Scholz hosted the leaders at the Federal Chancellery, ten years after former Chancellor Angela Merkel "
    "launched the initiative.\n"
    "Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama attended in person.\n");
  gint bp = find_lex (doc, NG_KIND_ORG, "org-berlin-process");
  g_assert_cmpint (bp, >=, 0);
  expect_status (doc, person (doc, "Olaf Scholz"), bp, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Edi Rama"), bp, NG_STATUS_ATTENDED);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Angela Merkel")), ==, 0);
}

/* "The ministerial of the X, held in Tirana, was chaired by Y": a
 * ministerial is a meeting; "It was preceded on Tuesday by a session of
 * the X's senior officials, also in Tirana" is another, earlier one;
 * "represented by Z rather than by W": W stayed away. */
static void
test_ministerial_and_officials (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet in Tirana\n\n"
    "TIRANA, June 26, 2024 (Reuters) - The ministerial of the Organization of the Black Sea Economic "
    "Cooperation (BSEC), held in the Albanian capital on Wednesday, was chaired by Albania's Minister for Europe "
    "and Foreign Affairs, Igli Hasani.\n"
    "It was preceded on Tuesday by a session of the BSEC Committee of Senior Officials, also in Tirana, where "
    "Greece was represented by Secretary General Dimitris Karavangelis.\n"
    "Russia was represented by Deputy Foreign Minister Alexander Grushko rather than by Foreign Minister "
    "Sergei Lavrov.\n");
  gint bsec = find_lex (doc, NG_KIND_ORG, "org-bsec");
  g_assert_cmpint (bsec, >=, 0);
  const NgAttendance *h = expect_status (doc, person (doc, "Igli Hasani"), bsec, NG_STATUS_ATTENDED);
  const NgAttendance *k = expect_status (doc, person (doc, "Dimitris Karavangelis"), bsec, NG_STATUS_ATTENDED);
  g_assert_cmpint (h->meeting, !=, k->meeting);
  g_assert_cmpstr (meeting (doc, h->meeting)->date, ==, "2024-06-26");
  g_assert_cmpstr (meeting (doc, k->meeting)->date, ==, "2024-06-25");
  const NgAttendance *g = expect_status (doc, person (doc, "Alexander Grushko"), bsec, NG_STATUS_ATTENDED);
  g_assert_cmpint (g->meeting, ==, h->meeting);
  g_assert_null (attendance (doc, person (doc, "Sergei Lavrov"), bsec));
}

/* "X and ministers from Y are in attendance": X attends; "the summit,
 * which will also be held in Tianjin from August 31": the summit's own
 * place, not that of a briefing after it ("use the forum"). */
static void
test_in_attendance_and_own_clause (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet in Tianjin\n\n"
    "BEIJING, July 16, 2025 (Reuters) - The Shanghai Cooperation Organisation (SCO) foreign ministers met in "
    "Tianjin on Wednesday under the chairmanship of Chinese Foreign Minister Wang Yi.\n"
    "SCO Secretary General Nurlan Yermekbayev and ministers from Russia and India are in attendance.\n"
    "The ministers prepared the SCO summit, which will also be held in Tianjin from August 31.\n"
    "Prime Minister Shehbaz Sharif is expected to attend the summit.\n"
    "At his weekly briefing in Islamabad last week, spokesperson Shafqat Ali Khan had said Pakistan would use "
    "the forum to raise its concerns.\n");
  gint sco = find_lex (doc, NG_KIND_ORG, "org-sco");
  g_assert_cmpint (sco, >=, 0);
  const NgAttendance *w = expect_status (doc, person (doc, "Wang Yi"), sco, NG_STATUS_ATTENDED);
  const NgAttendance *y = expect_status (doc, person (doc, "Nurlan Yermekbayev"), sco, NG_STATUS_ATTENDED);
  g_assert_cmpint (w->meeting, ==, y->meeting);
  const NgAttendance *s = expect_status (doc, person (doc, "Shehbaz Sharif"), sco, NG_STATUS_PLANNED);
  g_assert_cmpint (meeting (doc, s->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-tianjin"));
}

/* "He made the call while addressing the CICA Ministerial Council
 * meeting held in Baku": an appeal, no phone call; the meeting is CICA's,
 * in Baku, on its day. */
static void
test_made_the_call (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Adviser urges action at Baku meeting\n\n"
    "DHAKA, Nov 4, 2025 (Reuters) - Foreign Adviser Touhid Hossain made the call while addressing the CICA "
    "Ministerial Council meeting held in Baku, Azerbaijan on November 3.\n");
  gint cica = find_lex (doc, NG_KIND_ORG, "org-cica");
  g_assert_cmpint (cica, >=, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Touhid Hossain"), cica, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2025-11-03");
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-baku"));
}

/* The analysts an article quotes hold posts at their institutes: "X, a
 * senior fellow at the Centre for Indo-Pacific Economics" (a region's
 * name inside the body's), "Y, a researcher at the Clingendael
 * Institute"; a party's leader is one too. */
static void
test_scholar_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Leaders meet\n\n"
    "NAIROBI, Oct 14, 2024 (Reuters) - Leaders met on Monday.\n"
    "\"It matters,\" said Harsh Kulkarni, a senior fellow at the Centre for Indo-Pacific Economics.\n"
    "Joost Oudenhoven, a researcher at the Clingendael Institute, agreed.\n");
  gint cipe = find (doc, NG_KIND_ORG, "Centre for Indo-Pacific Economics");
  g_assert_cmpint (cipe, >=, 0);
  g_assert_true (has_post (doc, person (doc, "Harsh Kulkarni"), "Senior fellow", cipe));
  g_assert_true (has_post (doc, person (doc, "Joost Oudenhoven"), "Researcher",
                           find (doc, NG_KIND_ORG, "Clingendael Institute")));
  /* "Liberal Leader X": a party's leader, no person "Liberal Leader X" */
  g_autoptr (NgDoc) d2 = extract (data,
    "Talks\n\nOTTAWA, March 12, 2025 (Reuters) - Liberal Leader Mark Carney will travel to Paris next week.\n");
  g_assert_true (has_title (d2, person (d2, "Mark Carney"), "Liberal Leader"));
  g_assert_cmpint (find (d2, NG_KIND_PERSON, "Liberal Leader Mark Carney"), <, 0);
}

/* "in Valletta, the Maltese capital": the city lies in the country of the
 * adjective in apposition (not a city the lexicon puts elsewhere). */
static void
test_city_apposition_capital (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Ministers meet\n\n"
    "LONDON, June 17, 2025 (Reuters) - The meeting opened on Thursday in Valletta, the Maltese capital.\n"
    "Leaders met in Astana, the Kazakh capital, on Tuesday, and later in Paris, the Maltese capital.\n");
  gint mt = find_lex (doc, NG_KIND_COUNTRY, "country-malta");
  g_assert_cmpint (mt, >=, 0);
  g_assert_true (has_link (doc->contained, find_lex (doc, NG_KIND_CITY, "city-valletta"), mt));
  g_assert_true (has_link (doc->contained, find_lex (doc, NG_KIND_CITY, "city-astana"),
                           find_lex (doc, NG_KIND_COUNTRY, "country-kazakhstan")));
  g_assert_false (has_link (doc->contained, find_lex (doc, NG_KIND_CITY, "city-paris"), mt));
}

/* A ministerial in Cairo: "who represented His Highness Sheikh X" (X is
 * not there); "Minister of Foreign Affairs and Expatriates, Y" (a title
 * of two portfolios, then the name); talks "on the summit that Baghdad is
 * due to host" are not in Baghdad; "sent its ambassador, Z, rather than
 * Foreign Minister W" (W stayed away). */
static void
test_stand_in_forms (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Arab ministers meet in Cairo\n\n"
    "CAIRO, July 2 (Reuters) - Arab foreign ministers met in Cairo on Tuesday for the 162nd session of the "
    "Arab League Council.\n"
    "The UAE delegation was headed by Khalifa Shaheen Almarar, Minister of State, who represented His "
    "Highness Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs.\n"
    "The session was chaired by Yemen's Minister of Foreign Affairs and Expatriates, Shaya Mohsen Al Zindani.\n"
    "Almarar also held talks on Tuesday with Iraq's Deputy Foreign Minister, Karim Al Naqshabandi, on "
    "preparations for the Arab League summit that Baghdad is due to host in May next year.\n"
    "North Korea sent its ambassador, Ri Song Chol, rather than Foreign Minister Choe Son Hui.\n");
  g_assert_cmpuint (count_attendance (doc, person (doc, "Abdullah bin Zayed Al Nahyan")), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Choe Son Hui")), ==, 0);
  gint z = person (doc, "Shaya Mohsen Al Zindani");
  g_assert_true (has_post (doc, z, "Minister of Foreign Affairs and Expatriates",
                           find_lex (doc, NG_KIND_COUNTRY, "country-yemen")));
  const NgAttendance *a = attendance (doc, person (doc, "Karim Al Naqshabandi"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-baghdad"));
}

/* "Prime Minister-designate Nawaf Salam held talks with X": the title
 * with its suffix, then the name. */
static void
test_designate_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Beirut\n\n"
    "Prime Minister-designate Nawaf Salam held talks with Saudi Ambassador Walid Bukhari in Beirut on Tuesday.\n");
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Prime Minister-designate Nawaf Salam"), <, 0);
  gint p = person (doc, "Nawaf Salam");
  /* (of Lebanon: the lexicon's people know him) */
  g_assert_true (has_title (doc, p, "Prime Minister-designate"));
  g_assert_cmpuint (count_attendance (doc, p), ==, 1);
}

/* "The ambassadors of the Quintet Committee ... were received Tuesday
 * morning by President X ..., in their first joint visit since ...": one
 * meeting, the committee's, on Tuesday. */
static void
test_reception_visit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Envoys press Aoun\n\n"
    "The ambassadors of the so-called Quintet Committee on Lebanon, French Ambassador Herve Magro and "
    "Saudi Ambassador Walid Bukhari, were received Tuesday morning by President Joseph Aoun at the Baabda "
    "Presidential Palace, in their first joint visit since the former army commander was elected head of "
    "state on Jan. 9.\n");
  gint a = person (doc, "Joseph Aoun");
  g_assert_cmpuint (count_attendance (doc, a), ==, 1);
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, i);
      if (at->person != a)
        continue;
      g_assert_cmpint (meeting (doc, at->meeting)->organizer, ==, must_find (doc, NG_KIND_ORG, "Quintet Committee on Lebanon"));
      g_assert_cmpstr (meeting (doc, at->meeting)->date, ==, "2024-07-02");
    }
}

/* The headline's "Weimar Triangle talks" and the body's talks of the
 * same people are one meeting, the organization's, on the body's day. */
static void
test_headline_org_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Scholz hosts Macron, Tusk for Weimar Triangle talks\n\n"
    "German Chancellor Olaf Scholz hosted French President Emmanuel Macron and Polish Prime Minister "
    "Donald Tusk in Berlin on Friday for talks on Ukraine.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_cmpint (meeting (doc, 0)->organizer, ==, must_lex (doc, NG_KIND_ORG, "org-weimar-triangle"));
  g_assert_cmpstr (meeting (doc, 0)->date, ==, "2024-06-28");
}

/* "received X, the secretary general of SAARC, ... where the two
 * discussed the dormant summit process": one meeting (a summit process is
 * none); "the secretary general called on Y": X; "has called for the
 * summit to be held": no attendance; "hosted the 18th summit in
 * Kathmandu in November 2014": another meeting than the article's. */
static void
test_summit_asked_and_past (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Deuba meets SAARC chief\n\n"
    "Foreign Minister Arzu Rana Deuba on Tuesday received Md Golam Sarwar, the secretary general of the South "
    "Asian Association for Regional Cooperation (SAARC), where the two discussed the regional body's dormant "
    "summit process.\n"
    "Nepal has held the chair of SAARC since it hosted the 18th summit in Kathmandu in November 2014.\n"
    "Earlier on Tuesday, the secretary general called on Prime Minister KP Sharma Oli in Kathmandu.\n"
    "Pakistan's Prime Minister Shehbaz Sharif has called for the summit to be held in Islamabad.\n");
  gint s = person (doc, "Md Golam Sarwar");
  g_assert_cmpuint (count_attendance (doc, s), ==, 2);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Shehbaz Sharif")), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "KP Sharma Oli")), ==, 1);
  gint saarc = find_lex (doc, NG_KIND_ORG, "org-saarc");
  for (guint i = 0; i < doc->meetings->len; i++)
    if (meeting (doc, (gint) i)->organizer == saarc)
      g_assert_true (meeting (doc, (gint) i)->other);
}

/* ENA: "Addis Ababa, August 29/2025(ENA) The 33rd Annual Meeting of the
 * Nile Council of Ministers ... was held here today": the council (a
 * place's name and an organization's head are one organization) meets
 * in the dateline's city that day; "Among them were X and Y" attend;
 * "Minister of Water and Environment, Sam Cheptoris," is his post, and
 * "Minister of Finance and Development Planning, X," X's. */
static void
test_council_held_here (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Nile ministers meet\n\n"
    "Addis Ababa, August 29/2025(ENA) The 33rd Annual Meeting of the Nile Council of Ministers was held here "
    "today.\n\n"
    "Ministers from Kenya and Uganda attended the meeting. Among them were Uganda's Minister of Water and "
    "Environment, Sam Cheptoris, and Tanzania's Minister of Water, Jumaa Aweso. Lesotho's Minister of Finance "
    "and Development Planning, Retselisitsoe Matlanyane, also attended.\n"
    "Among the heads of state present were Moldovan President Maia Sandu and Estonia's Alar Karis.\n");
  g_assert_cmpstr (doc->date, ==, "2025-08-29");
  gint s = person (doc, "Sam Cheptoris");
  g_assert_cmpuint (count_attendance (doc, s), ==, 1);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Jumaa Aweso")), ==, 1);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Maia Sandu")), ==, 1);
  const NgMeeting *mt = meeting (doc, attendance (doc, s, -1)->meeting);
  g_assert_cmpstr (mt->date, ==, "2025-08-29");
  g_assert_cmpint (mt->place, ==, must_lex (doc, NG_KIND_CITY, "city-addis-ababa"));
  g_assert_cmpint (mt->organizer, >=, 0);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, mt->organizer))->name, ==,
                   "Nile Council of Ministers");
  g_assert_true (has_post_in (doc, s, "Minister of Water and Environment", find_lex (doc, NG_KIND_COUNTRY, "country-uganda")));
  /* (a stopword among the portfolio's words: "Planning") */
  g_assert_true (has_post_in (doc, person (doc, "Retselisitsoe Matlanyane"), "Minister of Finance and Development Planning",
                              find_lex (doc, NG_KIND_COUNTRY, "country-lesotho")));
}

/* "at their annual meeting on the sidelines of the UN General Assembly":
 * the group's meeting, the Assembly its frame; "X, president of the
 * General Assembly's 80th session, also attended" names a post, not a
 * session she went to. */
static void
test_sidelines_frame_and_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-09-26 Example.com\n"
    "G77 ministers meet in New York\n\n"
    "Foreign ministers of the Group of 77 and China called on Thursday for debt relief, at their annual "
    "meeting on the sidelines of the UN General Assembly in New York.\n"
    "Iraqi Foreign Minister Fuad Hussein opened the meeting.\n"
    "Annalena Baerbock, president of the General Assembly's 80th session, also attended.\n"
    "Saudi Foreign Minister Prince Faisal bin Farhan was among the ministers in the room.\n"
    "Pakistan's Deputy Prime Minister Ishaq Dar delivered a statement on debt relief.\n");
  gint g77 = find_lex (doc, NG_KIND_ORG, "org-g77");
  g_assert_cmpint (g77, >=, 0);
  expect_status (doc, person (doc, "Fuad Hussein"), g77, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Annalena Baerbock"), g77, NG_STATUS_ATTENDED);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Annalena Baerbock")), ==, 1);
  /* ("among the ministers in the room", "delivered a statement" there) */
  expect_status (doc, person (doc, "Faisal bin Farhan"), g77, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Ishaq Dar"), g77, NG_STATUS_ATTENDED);
}

/* "Prime ministers X of Sweden and Y of Finland", "Spain's A, Portugal's B
 * and Tunisia's C, the three countries' foreign ministers": each holds the
 * post in the country said with them. */
static void
test_listed_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Prime ministers Ulf Kristersson of Sweden, Petteri Orpo of Finland and Kristen Michal of Estonia "
    "attended in person.\n"
    "Spain's Jose Manuel Albares, Portugal's Paulo Rangel and Tunisia's Mohamed Ali Nafti, the three "
    "countries' foreign ministers, also attended.\n");
  g_assert_true (has_post_in (doc, person (doc, "Ulf Kristersson"), "Prime Minister", find_lex (doc, NG_KIND_COUNTRY, "country-sweden")));
  g_assert_true (has_post_in (doc, person (doc, "Kristen Michal"), "Prime Minister", find_lex (doc, NG_KIND_COUNTRY, "country-estonia")));
  g_assert_true (has_post_in (doc, person (doc, "Paulo Rangel"), "Foreign Minister", find_lex (doc, NG_KIND_COUNTRY, "country-portugal")));
  g_assert_true (has_post_in (doc, person (doc, "Mohamed Ali Nafti"), "Foreign Minister", find_lex (doc, NG_KIND_COUNTRY, "country-tunisia")));
  g_assert_false (has_post_in (doc, person (doc, "Paulo Rangel"), "Foreign Minister", find_lex (doc, NG_KIND_COUNTRY, "country-spain")));
}

/* "The International Contact Group, created by the European Union a week
 * ago, held its first ministerial meeting on Thursday": the subject holds
 * the meeting, not the organization of its apposition. */
static void
test_subject_past_apposition (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2019-02-08 Example.com\n"
    "Contact group meets\n\n"
    "The International Contact Group, created by the European Union a week ago, held its first ministerial "
    "meeting on Thursday in Montevideo.\n"
    "The meeting was co-chaired by Uruguayan Foreign Minister Rodolfo Nin Novoa.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Rodolfo Nin Novoa"), -1);
  g_assert_nonnull (a);
  gint org = meeting (doc, a->meeting)->organizer;
  g_assert_cmpint (org, >=, 0);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, org))->name, ==, "International Contact Group");
}

/* "X held a bilateral meeting with Y on the sidelines on Friday, and the
 * two agreed on patrols in the North Sea": on the sidelines of the summit
 * said before, in its city. */
static void
test_sidelines_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-05-09 Example.com\n"
    "Leaders meet in Oslo\n\n"
    "Leaders of the Joint Expeditionary Force met in Oslo on Friday.\n"
    "British Prime Minister Keir Starmer held a bilateral meeting with Norwegian Prime Minister Jonas Gahr "
    "Store on the sidelines on Friday, and the two leaders agreed on joint patrols in the North Sea.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Jonas Gahr Store"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-oslo"));
}

/* "The group is made up of France, Germany and Spain": the members of the
 * group the article names, not of the organization most named; "Mexico,
 * which is not a member of the group" is none. */
static void
test_made_up_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Contact group meets\n\n"
    "The International Contact Group met in Montevideo, with the European Union, the European Union's "
    "envoy and the European Union's diplomats present.\n"
    "The group is made up of France, Germany and Spain, together with Bolivia and Uruguay.\n"
    "Mexico, which is not a member of the group, sent an observer.\n");
  gint icg = -1;
  for (guint i = 0; i < doc->entities->len; i++)
    if (!g_strcmp0 (((NgEntity *) &g_array_index (doc->entities, NgEntity, i))->name, "International Contact Group"))
      icg = (gint) i;
  g_assert_cmpint (icg, >=, 0);
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-france"), icg));
  g_assert_true (has_link (doc->members, find_lex (doc, NG_KIND_COUNTRY, "country-uruguay"), icg));
  for (guint i = 0; i < doc->members->len; i++)
    g_assert_cmpint (g_array_index (doc->members, NgLink, i).a, !=, find_lex (doc, NG_KIND_COUNTRY, "country-mexico"));
}

/* "in Semarang, Central Java, Indonesia", "in Jeju, South Korea": a
 * province or a region of the lexicon, then its country, lies in it. */
static void
test_province_in_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "The ministers met in Semarang, Central Java, Indonesia, on Monday. The summit opened in Jeju, South Korea, "
    "on Tuesday.\n");
  gint cj = -1, jeju = -1;
  for (guint i = 0; i < doc->entities->len; i++)
    {
      const char *n = ((NgEntity *) &g_array_index (doc->entities, NgEntity, i))->name;
      if (!g_strcmp0 (n, "Central Java"))
        cj = (gint) i;
      if (!g_strcmp0 (n, "Jeju"))
        jeju = (gint) i;
    }
  g_assert_cmpint (cj, >=, 0);
  g_assert_true (has_link (doc->contained, cj, find_lex (doc, NG_KIND_COUNTRY, "country-indonesia")));
  g_assert_true (has_link (doc->contained, jeju, find_lex (doc, NG_KIND_COUNTRY, "country-south-korea")));
}

/* "Republican People's Party (CHP) leader Ozgur Ozel": the party's leader. */
static void
test_party_leader (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Opposition speaks\n\n"
    "Main opposition Republican People's Party (CHP) leader Ozgur Ozel said the plan failed.\n");
  gint chp = find_lex (doc, NG_KIND_ORG, "org-chp-turkey");
  if (chp < 0)
    for (guint i = 0; i < doc->entities->len; i++)
      if (!g_strcmp0 (((NgEntity *) &g_array_index (doc->entities, NgEntity, i))->name, "Republican People's Party"))
        chp = (gint) i;
  g_assert_cmpint (chp, >=, 0);
  g_assert_true (has_post_in (doc, person (doc, "Ozgur Ozel"), "Leader", chp));
}

/* "India was represented by its ambassador in Moscow, X", "Senegal was
 * represented by the country's ambassador to Nigeria, Y": the post of the
 * country the sentence opens with. */
static void
test_its_ambassador (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks end\n\n"
    "India was represented by its ambassador in Moscow, Vinay Kumar. Senegal was represented by the "
    "country's ambassador to Nigeria, Ibrahima Ndiaye Sow.\n");
  g_assert_true (has_post_in (doc, person (doc, "Vinay Kumar"), "Ambassador", find_lex (doc, NG_KIND_COUNTRY, "country-india")));
  g_assert_true (has_post_in (doc, person (doc, "Ibrahima Ndiaye Sow"), "Ambassador", find_lex (doc, NG_KIND_COUNTRY, "country-senegal")));
}

/* "in a speech at the Shangri-La Dialogue": a dialogue of that name is a
 * meeting of its own; "called for dialogue" is none. */
static void
test_named_dialogue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-05-31 Example.com\n"
    "Hegseth warns of threat\n\n"
    "US Defense Secretary Pete Hegseth spoke on Saturday at the Shangri-La Dialogue in Singapore.\n"
    "Thai Foreign Minister Maris Sangiampongsa called for dialogue with Cambodia on Friday.\n");
  gint sld = find_lex (doc, NG_KIND_ORG, "org-shangri-la-dialogue");
  g_assert_cmpint (sld, >=, 0);
  expect_status (doc, person (doc, "Pete Hegseth"), sld, NG_STATUS_ATTENDED);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Maris Sangiampongsa")), ==, 0);
}

/* "met X and Y at the US Naval Academy in Annapolis on Tuesday for the
 * Australia-US Ministerial Consultations": the consultations are a body
 * of their own, which holds the meeting; the academy is its venue. */
static void
test_consultations_at_academy (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-08-07 Example.com\n"
    "Allies agree on bombers\n\n"
    "Defence Minister Richard Marles met Defense Secretary Lloyd Austin at the US Naval Academy in Annapolis "
    "on Tuesday for the Australia-US Ministerial Consultations, the alliance's premier annual meeting.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Richard Marles"), -1);
  g_assert_nonnull (a);
  gint org = meeting (doc, a->meeting)->organizer;
  g_assert_cmpint (org, >=, 0);
  g_assert_cmpstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, org))->name, ==,
                   "Australia-US Ministerial Consultations");
  for (guint i = 0; i < doc->entities->len; i++)
    g_assert_false (((NgEntity *) &g_array_index (doc->entities, NgEntity, i))->kind == NG_KIND_PERSON
                    && strstr (((NgEntity *) &g_array_index (doc->entities, NgEntity, i))->name, "Consultations"));
}

/* "Opening the session, X said", "Addressing the meeting, Y said": the
 * speaker after the comma took part; "Speaking at a news conference, Z
 * said" tells no part in the meeting. */
static void
test_opening_participle (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-06-19 Example.com\n"
    "Syria talks end in Astana\n\n"
    "Delegations of Russia, Iran and Turkey held a meeting of the Astana format in Astana on Wednesday.\n"
    "Opening the session, Kazakh Deputy Foreign Minister Kanat Tumysh said Kazakhstan remained ready.\n"
    "Addressing the meeting, Iranian envoy Ali Asghar Khaji said the talks were useful.\n"
    "Speaking at a news conference in Moscow, Russian spokeswoman Maria Zakharova said the meeting was useful.\n"
    "The Turkish delegation was headed by Deputy Foreign Minister Nuh Yilmaz.\n");
  g_assert_cmpuint (count_attendance (doc, person (doc, "Kanat Tumysh")), ==, 1);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Ali Asghar Khaji")), ==, 1);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Maria Zakharova")), ==, 0);
  /* (a delegation "headed by" someone, as one "led by") */
  g_assert_cmpuint (count_attendance (doc, person (doc, "Nuh Yilmaz")), ==, 1);
}

/* "are expected to hold a ministerial meeting of the Astana format ... in
 * New York in September", in a June article about the format's meeting in
 * Astana: a plan for another month is another meeting. */
static void
test_plan_for_another_month (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-06-19 Example.com\n"
    "Syria talks end in Astana\n\n"
    "Delegations of Russia, Iran and Turkey held a meeting of the Astana format in Astana on Wednesday, "
    "chaired by Russian envoy Alexander Lavrentiev.\n"
    "Russian Foreign Minister Sergey Lavrov and Turkish Foreign Minister Hakan Fidan are expected to hold a "
    "ministerial meeting of the Astana format on the sidelines of the UN General Assembly in New York in "
    "September.\n");
  gint lav = person (doc, "Alexander Lavrentiev");
  const NgAttendance *a = attendance (doc, lav, -1);
  g_assert_nonnull (a);
  gint lavrov = person (doc, "Sergey Lavrov");
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *b = &g_array_index (doc->attendance, NgAttendance, i);
      if (b->person == lavrov)
        g_assert_cmpint (b->meeting, !=, a->meeting);
    }
}

/* "slam the door on the G5 Sahel, the day after a meeting of the juntas
 * in Bamako": the organization belongs to another event than the meeting
 * the time's span ties it to. */
static void
test_day_after_other_event (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Sahel juntas quit the G5 Sahel, the day after a meeting of their ministers in Bamako\n\n"
    "Burkina Faso and Niger announced their withdrawal from the G5 Sahel on Saturday.\n");
  gint g5 = find_lex (doc, NG_KIND_ORG, "org-g5-sahel");
  g_assert_cmpint (g5, >=, 0);
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (meeting (doc, i)->organizer, !=, g5);
}

/* ERR: the Baltic Council's meeting is where "traveled to the Lithuanian
 * capital" says, not in "the Istanbul Convention" nor in a quote
 * ("Nobody in Brussels ..."); "told ERR News after the meeting" makes the
 * outlet no organizer; "on Thursday evening, X and Y held a meeting ...,
 * where they discussed the planned rail link" is the Thursday before. */
static void
test_council_quotes_and_tense (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-11-21 Example.com\n"
    "Baltic prime ministers agree\n\n"
    "Prime Minister Kristen Michal traveled to the Lithuanian capital for the annual meeting of the Baltic "
    "Council of Ministers, hosted this year by Lithuanian Prime Minister Inga Ruginiene.\n"
    "Latvian Prime Minister Evika Silina, whose coalition has been shaken by a dispute over the Istanbul "
    "Convention, joined the meeting by video link.\n"
    "\"We build one wall,\" Michal told ERR News after the meeting. \"Nobody in Brussels will take three "
    "requests seriously.\"\n"
    "The day before the meeting, on Thursday evening, Michal and Ruginiene held a bilateral meeting over dinner, "
    "where they discussed the planned rail link.\n");
  gint m = person (doc, "Kristen Michal");
  gint council = find_lex (doc, NG_KIND_ORG, "org-baltic-council-of-ministers");
  gint vilnius = find_lex (doc, NG_KIND_CITY, "city-vilnius");
  gboolean dinner = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      if (a->person != m)
        continue;
      const NgMeeting *mt = meeting (doc, a->meeting);
      if (mt->organizer == council)
        g_assert_cmpint (mt->place, ==, vilnius);
      else if (mt->organizer < 0)
        {
          dinner = TRUE;
          g_assert_cmpstr (mt->date, ==, "2025-11-20");
        }
      else
        g_assert_not_reached ();
    }
  g_assert_true (dinner);
}

/* "CARACAS.—" is a dateline; the summit "held on the 20th anniversary of
 * its founding by Fidel and Chávez" has neither founder. */
static void
test_founders_not_there (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Caracas\n\n"
    "CARACAS.—President Miguel Diaz-Canel took part on Saturday in the 24th Summit of the ALBA, held on the "
    "20th anniversary of its founding by Fidel Castro and Hugo Chavez.\n");
  g_assert_cmpint (meeting (doc, attendance (doc, person (doc, "Miguel Diaz-Canel"), -1)->meeting)->place, ==,
                   find_lex (doc, NG_KIND_CITY, "city-caracas"));
  g_assert_cmpuint (count_attendance (doc, person (doc, "Fidel Castro")), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Hugo Chavez")), ==, 0);
}

/* "X sat down with Y on the sidelines on Thursday, their first in-person
 * meeting, days after Z and W agreed in Geneva ...": Z, W and Geneva are
 * of another event. */
static void
test_days_after_other_event (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Trade ministers meet\n\n"
    "Trade Representative Jamieson Greer sat down with Wang Wentao in Jeju on Tuesday, their first in-person meeting, days after "
    "Treasury Secretary Scott Bessent and Vice Premier He Lifeng agreed in Geneva to cut tariffs.\n");
  gint g = person (doc, "Jamieson Greer");
  g_assert_cmpuint (count_attendance (doc, g), ==, 1);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Scott Bessent")), ==, 0);
  g_assert_cmpuint (count_attendance (doc, person (doc, "He Lifeng")), ==, 0);
  g_assert_cmpint (meeting (doc, attendance (doc, g, -1)->meeting)->place, !=, find_lex (doc, NG_KIND_CITY, "city-geneva"));
}

/* "Expert talks were led by X and Y": the two held the talks; "ran in
 * parallel" to the talks before, where and when those were held. */
static void
test_talks_led_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks\n\n"
    "Expert talks were led by Deputy Foreign Minister Majid Takht-Ravanchi and Director Michael Anton on Monday.\n");
  gint a = person (doc, "Michael Anton"), t = person (doc, "Majid Takht-Ravanchi");
  g_assert_cmpuint (count_attendance (doc, a), ==, 1);
  g_assert_cmpint (attendance (doc, a, -1)->meeting, ==, attendance (doc, t, -1)->meeting);
  /* "talks ran in parallel": the place and day of the talks said before */
  g_autoptr (NgDoc) par = extract (data,
    DATED "Talks\n\n"
    "Foreign Minister Abbas Araghchi and Steve Witkoff held talks in Muscat on Monday.\n"
    "Expert-level talks ran in parallel, led by Director Michael Anton and Deputy Foreign Minister Majid Takht-Ravanchi.\n");
  const NgMeeting *e = meeting (par, attendance (par, person (par, "Michael Anton"), -1)->meeting);
  g_assert_cmpint (e->place, ==, must_lex (par, NG_KIND_CITY, "city-muscat"));
  g_assert_cmpstr (e->date, ==, "2024-07-01");
}

/* "X opened the summit with a call for unity": an appeal, no phone call;
 * X was at the summit. */
static void
test_call_for_no_phone (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit\n\n"
    "President Emmanuel Macron welcomed leaders to the Francophonie summit in Paris on Friday.\n"
    "Louise Mushikiwabo, secretary general of the Francophonie, opened the summit with a call for unity.\n");
  gint l = person (doc, "Louise Mushikiwabo");
  g_assert_cmpuint (count_attendance (doc, l), ==, 1);
  g_assert_cmpint (attendance (doc, l, -1)->meeting, ==, attendance (doc, person (doc, "Emmanuel Macron"), -1)->meeting);
}

/* "co-chaired by President Ruto, the EAC chairperson, and Zimbabwe's
 * President Mnangagwa, who chairs SADC": both hold two posts. */
static void
test_second_post_after_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit\n\n"
    "The summit was co-chaired by President William Ruto, the EAC chairperson, and Zimbabwe's President "
    "Emmerson Mnangagwa, who chairs SADC.\n");
  gint r = person (doc, "William Ruto"), m = person (doc, "Emmerson Mnangagwa");
  g_assert_true (has_post_in (doc, r, "Chairperson", find_lex (doc, NG_KIND_ORG, "org-eac")));
  g_assert_true (has_post_in (doc, m, "Chair", find_lex (doc, NG_KIND_ORG, "org-sadc")));
  g_assert_true (has_post_in (doc, m, "President", find_lex (doc, NG_KIND_COUNTRY, "country-zimbabwe")));
}

/* "X, who took over the rotating chairmanship of CARICOM", "Y has
 * assumed the chairmanship of the Non-Aligned Movement": their chairs. */
static void
test_chair_taken (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit\n\n"
    "Prime Minister Andrew Holness, who took over the rotating chairmanship of CARICOM on July 1, opened the summit.\n"
    "President Yoweri Museveni has assumed the chairmanship of the Non-Aligned Movement.\n");
  g_assert_true (has_post_in (doc, person (doc, "Andrew Holness"), "Chairman", find_lex (doc, NG_KIND_ORG, "org-caricom")));
  g_assert_true (has_post_in (doc, person (doc, "Yoweri Museveni"), "Chairman", find_lex (doc, NG_KIND_ORG, "org-nam")));
}

/* Two titles joined by "and" before a name are two posts in one country;
 * an expansion with its acronym in parentheses is the post's organization;
 * a name's last word is no title ("Angela E. King and Defense Minister"). */
static void
test_two_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "The summit was called by Saudi Crown Prince and Prime Minister Mohammed bin Salman. "
    "Qatari Prime Minister and Minister of Foreign Affairs Mohammed bin Abdulrahman Al Thani attended. "
    "Organisation of Islamic Cooperation (OIC) Secretary-General Hissein Brahim Taha also attended.\n");
  gint sa = find_lex (doc, NG_KIND_COUNTRY, "country-saudi-arabia");
  gint qa = find_lex (doc, NG_KIND_COUNTRY, "country-qatar");
  gint mbs = person (doc, "Mohammed bin Salman"), mba = person (doc, "Mohammed bin Abdulrahman Al Thani");
  g_assert_true (has_post (doc, mbs, "Crown Prince", sa));
  g_assert_true (has_post (doc, mbs, "Prime Minister", sa));
  g_assert_true (has_post (doc, mba, "Prime Minister", qa));
  g_assert_true (has_post (doc, mba, "Minister of Foreign Affairs", qa));
  g_assert_cmpint (post (doc, person (doc, "Hissein Brahim Taha"))->of, ==, must_lex (doc, NG_KIND_ORG, "org-oic"));
  /* three titles in one apposition after the name; not the next person's */
  g_autoptr (NgDoc) ap = extract (data,
    DATED "Leaders meet\n\n"
    "Sheikh Mansour bin Zayed, Vice President, Deputy Prime Minister and Chairman of the Presidential Court, "
    "attended the talks.\n"
    "Adam Vilsk, President of Chad, and President of Liberia Joseph Boakai met on July 2.\n");
  gint mz = person (ap, "Mansour bin Zayed");
  g_assert_true (has_post (ap, mz, "Vice President", -1));
  g_assert_true (has_post (ap, mz, "Deputy Prime Minister", -1));
  for (guint i = 0; i < ap->posts->len; i++)
    {
      const NgPost *po = &g_array_index (ap->posts, NgPost, i);
      if (po->person == person (ap, "Adam Vilsk"))
        g_assert_cmpint (po->of, !=, find_lex (ap, NG_KIND_COUNTRY, "country-liberia"));
    }
  g_autoptr (NgDoc) k = extract (data,
    DATED "Ministers meet\n\n"
    "Angela E. King and Defense Minister Prabowo Ocampo of Indonesia held talks on May 4.\n");
  for (guint i = 0; i < k->posts->len; i++)
    g_assert_cmpstr (g_array_index (k->posts, NgPost, i).title, !=, "E. King");
}

/* "X hosted European leaders in London on Sunday for talks": a meeting of
 * the host; "The Prime Minister welcomed Y and Z to Lancaster House": its
 * guests; "The summit came two days after Y's clash with W in the Oval
 * Office": W is at another event. */
static void
test_hosted_group (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Starmer hosts European leaders\n\n"
    "Keir Starmer hosted European leaders in London on Sunday for talks on Ukraine.\n"
    "The Prime Minister welcomed Ukrainian President Volodymyr Zelensky and French President Emmanuel Macron "
    "to Lancaster House.\n"
    "The summit came two days after Zelensky's clash with US President Donald Trump in the Oval Office.\n");
  const NgAttendance *s = expect_status (doc, person (doc, "Keir Starmer"), -1, NG_STATUS_ATTENDED);
  const NgMeeting *m = meeting (doc, s->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-london"));
  g_assert_cmpstr (m->date, ==, "2024-06-30");
  const NgAttendance *z = expect_status (doc, person (doc, "Volodymyr Zelensky"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (z->meeting, ==, s->meeting);
  g_assert_null (attendance (doc, person (doc, "Donald Trump"), -1));
}

/* A city's name alone after the headline is the dateline: the meeting's
 * place when the text names only a venue. */
static void
test_place_line_dateline (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "HH the Amir meets Syrian President\n\nDoha\n\n"
    "The Amir Sheikh Tamim bin Hamad Al Thani met at the Amiri Diwan on Tuesday with President Ahmed al-Sharaa.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Ahmed al-Sharaa"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, >=, 0);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-doha"));
  /* "The Kremlin, Moscow" under the date line: the city after the comma */
  g_autoptr (NgDoc) k = extract (data,
    "Russian-Uzbekistani talks\n\nNovember 13, 2025 15:20\n\nThe Kremlin, Moscow\n\n"
    "Vladimir Putin held talks with President of Uzbekistan Shavkat Mirziyoyev, who is in Russia on an official "
    "visit.\n");
  const NgAttendance *sm = expect_status (k, person (k, "Shavkat Mirziyoyev"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (k, sm->meeting)->place, ==, must_lex (k, NG_KIND_CITY, "city-moscow"));
  /* (a readout's talks said without a day: the date line's day) */
  g_assert_cmpstr (meeting (k, sm->meeting)->date, ==, "2025-11-13");
}

/* "had a meeting with X ... on his trip to attend Y" is done (a finite
 * verb); "had no plans to meet Z" is no meeting; "was not present" is an
 * absence. */
static void
test_negations_and_purpose (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Prime Minister Pham Minh Chinh had a meeting with Chinese Premier Li Qiang in Tianjin on July 2 on the "
    "occasion of his trip to attend the annual meeting of the World Economic Forum.\n");
  expect_status (doc, person (doc, "Li Qiang"), -1, NG_STATUS_ATTENDED);
  g_autoptr (NgDoc) o = extract (data,
    DATED "Ministers meet in Valletta\n\n"
    "Russian Foreign Minister Sergey Lavrov attended the OSCE Ministerial Council in Valletta on Thursday.\n"
    "U.S. Secretary of State Antony Blinken also attended the meeting, but the State Department said he had "
    "no plans to meet Lavrov.\n"
    "OSCE Secretary General Helga Maria Schmid was not present.\n");
  gint osce = find_lex (o, NG_KIND_ORG, "org-osce");
  const NgAttendance *b = expect_status (o, person (o, "Antony Blinken"), osce, NG_STATUS_ATTENDED);
  for (guint i = 0; i < o->attendance->len; i++)
    {
      const NgAttendance *x = &g_array_index (o->attendance, NgAttendance, i);
      if (x->person == person (o, "Antony Blinken"))
        g_assert_cmpint (x->meeting, ==, b->meeting);
    }
  const NgAttendance *h = attendance (o, person (o, "Helga Maria Schmid"), osce);
  g_assert_true (h == NULL || h->status == NG_STATUS_ABSENT);
}

/* "Later that day", "Earlier the same day": the day a sentence before
 * said, even one of a phone call. */
static void
test_that_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Zelensky joins video meeting\n\n"
    "President Volodymyr Zelensky had a phone conversation with French President Emmanuel Macron on July 1.\n"
    "Later that day, Zelensky took part via video link in a virtual meeting of leaders, convened by British "
    "Prime Minister Keir Starmer.\n");
  const NgAttendance *z = expect_status (doc, person (doc, "Volodymyr Zelensky"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, z->meeting)->date, ==, "2024-07-01");
  g_assert_null (attendance (doc, person (doc, "Emmanuel Macron"), -1));
  g_autoptr (NgDoc) v = extract (data,
    DATED "Premier meets leaders\n\n"
    "Prime Minister Pham Minh Chinh met Chinese Premier Li Qiang in Tianjin on June 25.\n"
    "Earlier the same day, Chinh received Ma Xingrui, Secretary of the Xinjiang Party Committee.\n");
  const NgAttendance *m = expect_status (v, person (v, "Ma Xingrui"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (v, m->meeting)->date, ==, "2024-06-25");
}

/* "He" or "She" opening a sentence is the person the sentence before
 * named first; not further back, and not inside a sentence. */
static void
test_pronoun_subject (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lukashenko urges gas market\n\n"
    "Belarusian President Aleksandr Lukashenko called on the partners to finish the rules for a gas market. "
    "He made the statement at a meeting of the Supreme Eurasian Economic Council in Minsk on July 1.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Aleksandr Lukashenko"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
  g_autoptr (NgDoc) far = extract (data,
    DATED "Lukashenko urges gas market\n\n"
    "Belarusian President Aleksandr Lukashenko called on the partners to finish the rules for a gas market. "
    "The rules are due next year. "
    "He made the statement at a meeting of the Supreme Eurasian Economic Council in Minsk on July 1.\n");
  g_assert_null (attendance (far, person (far, "Aleksandr Lukashenko"), -1));
  /* "The same day he held talks with X": after an opening phrase of time */
  g_autoptr (NgDoc) day = extract (data,
    DATED "Governor visits Minsk\n\n"
    "Governor Gleb Nikitin arrived in Belarus on a working visit on July 1. "
    "The same day he held talks with Prime Minister of Belarus Aleksandr Turchin in Minsk.\n");
  const NgAttendance *gn = expect_status (day, person (day, "Gleb Nikitin"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *at = expect_status (day, person (day, "Aleksandr Turchin"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (gn->meeting, ==, at->meeting);
  /* (not after a speech verb: "X said that he met Y") */
  g_autoptr (NgDoc) said = extract (data,
    DATED "Governor visits Minsk\n\n"
    "Governor Gleb Nikitin arrived in Belarus on a working visit on July 1. "
    "Officials said that he held talks with Prime Minister of Belarus Aleksandr Turchin in Minsk.\n");
  g_assert_null (attendance (said, person (said, "Gleb Nikitin"), -1));
  /* "the Iranian minister" after "Iranian Foreign Minister X": X */
  g_autoptr (NgDoc) min = extract (data,
    DATED "Araghchi visits Islamabad\n\n"
    "Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar on July 2.\n"
    "Later in the day, the Iranian minister called on Prime Minister Shehbaz Sharif.\n");
  const NgAttendance *ss = expect_status (min, person (min, "Shehbaz Sharif"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *aa = NULL;
  for (guint i = 0; i < min->attendance->len; i++)
    {
      const NgAttendance *x = &g_array_index (min->attendance, NgAttendance, i);
      if (x->meeting == ss->meeting && x->person == person (min, "Abbas Araghchi"))
        aa = x;
    }
  g_assert_nonnull (aa);
}

/* "the annual general debate of the United Nations General Assembly" is a
 * meeting; "the General Assembly's eightieth session" in the same article
 * is that body's, and the headline's "General Assembly" no other
 * organization. */
static void
test_general_debate (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "General Assembly debate opens\n\n"
    "Brazilian President Luiz Inacio Lula da Silva opened the annual general debate of the United Nations "
    "General Assembly in New York on July 2.\n"
    "Annalena Baerbock, President of the General Assembly's eightieth session, presided over the opening.\n"
    "Secretary-General Antonio Guterres, addressing the Assembly before the speakers, warned of a crisis.\n");
  const NgAttendance *l = expect_status (doc, person (doc, "Luiz Inacio Lula da Silva"), -1, NG_STATUS_ATTENDED);
  const NgMeeting *m = meeting (doc, l->meeting);
  g_assert_cmpint (m->organizer, >=, 0);
  g_assert_nonnull (g_array_index (doc->entities, NgEntity, m->organizer).lex_key);
  const NgAttendance *b = attendance (doc, person (doc, "Annalena Baerbock"), m->organizer);
  g_assert_nonnull (b);
  g_assert_nonnull (attendance (doc, person (doc, "Antonio Guterres"), m->organizer));
  for (guint i = 0; i < doc->entities->len; i++)
    g_assert_cmpstr (g_array_index (doc->entities, NgEntity, i).name, !=, "General Assembly");
}

/* "Kremlin talks" have no organizer; "did not hold a bilateral meeting" is
 * none; "X told reporters after the meeting" was there; "The next OPEC+
 * meeting is scheduled for August 3" stays apart from the article's. */
static void
test_meeting_edges (gconstpointer data)
{
  g_autoptr (NgDoc) k = extract (data,
    DATED "Xi and Putin pledge deeper ties at Kremlin talks\n\n"
    "Chinese President Xi Jinping and Russian President Vladimir Putin held talks at the Kremlin on July 2.\n");
  for (guint i = 0; i < k->meetings->len; i++)
    g_assert_cmpint (g_array_index (k->meetings, NgMeeting, i).organizer, <, 0);
  /* (a seat of government is in its country's capital) */
  const NgAttendance *xi = expect_status (k, person (k, "Xi Jinping"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (k, xi->meeting)->place, ==, must_lex (k, NG_KIND_CITY, "city-moscow"));
  g_assert_cmpint (meeting (k, xi->meeting)->place, >=, 0);
  g_autoptr (NgDoc) n = extract (data,
    DATED "Summit opens\n\n"
    "Mercosur presidents met in Buenos Aires on July 2, hosted by Argentine President Javier Milei.\n"
    "Brazilian President Luiz Inacio Lula da Silva took part.\n"
    "Lula and Milei did not hold a bilateral meeting.\n");
  const NgAttendance *l = expect_status (n, person (n, "Luiz Inacio Lula da Silva"), -1, NG_STATUS_ATTENDED);
  for (guint i = 0; i < n->attendance->len; i++)
    {
      const NgAttendance *x = &g_array_index (n->attendance, NgAttendance, i);
      if (x->person == l->person)
        g_assert_cmpint (x->meeting, ==, l->meeting);
    }
  g_autoptr (NgDoc) a = extract (data,
    DATED "Leaders meet in Helsinki\n\n"
    "Finnish President Alexander Stubb hosted the summit of Baltic Sea leaders in Helsinki on July 2.\n"
    "Swedish Prime Minister Ulf Kristersson told reporters after the meeting that patrols would increase.\n");
  const NgAttendance *st = expect_status (a, person (a, "Alexander Stubb"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *kr = expect_status (a, person (a, "Ulf Kristersson"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (kr->meeting, ==, st->meeting);
  g_autoptr (NgDoc) o = extract (data,
    DATED "OPEC+ agrees to raise output\n\n"
    "OPEC+ agreed on July 2 to raise output after an online meeting.\n"
    "Saudi Energy Minister Prince Abdulaziz bin Salman took part in the video conference.\n"
    "The next OPEC+ meeting is scheduled for August 3.\n");
  /* "met ... for a two-day European Council summit": one meeting, the
   * council's; "refused to back a text" is no absence; "while Y addressed
   * the leaders by video link" is Y's video only */
  g_autoptr (NgDoc) eu = extract (data,
    DATED "EU leaders meet\n\n"
    "EU leaders met in Brussels on July 2 for a two-day European Council summit.\n"
    "Hungarian Prime Minister Viktor Orban again refused to back a joint text, while Ukrainian President "
    "Volodymyr Zelenskyy addressed the leaders by video link.\n");
  gint euco = find_lex (eu, NG_KIND_ORG, "org-european-council");
  const NgAttendance *vo = expect_status (eu, person (eu, "Viktor Orban"), euco, NG_STATUS_ATTENDED);
  g_assert_cmpint (vo->mode, ==, NG_MODE_IN_PERSON);
  g_assert_cmpstr (meeting (eu, vo->meeting)->date, ==, "2024-07-02");
  /* "X chaired the Gulf Cooperation Council-United States summit in Riyadh
   * on July 2, attended by Y": a summit of its own without an organizer */
  g_autoptr (NgDoc) g = extract (data,
    DATED "Crown Prince chairs summit\n\n"
    "Crown Prince Mohammed bin Salman chaired the Gulf Cooperation Council-United States summit in Riyadh on "
    "July 2, attended by US President Donald Trump.\n");
  const NgAttendance *mbs = expect_status (g, person (g, "Mohammed bin Salman"), -1, NG_STATUS_ATTENDED);
  g_assert_true (mbs->chair);
  g_assert_nonnull (attendance (g, person (g, "Donald Trump"), -1));
  /* "The prime minister was accompanied by X and Y" */
  g_autoptr (NgDoc) sh = extract (data,
    DATED "PM meets Erdogan\n\n"
    "Prime Minister Shehbaz Sharif on July 2 called on Turkish President Recep Tayyip Erdogan in Istanbul.\n"
    "The prime minister was accompanied by Foreign Minister Ishaq Dar and Field Marshal Asim Munir.\n");
  const NgAttendance *er = expect_status (sh, person (sh, "Recep Tayyip Erdogan"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *dar = expect_status (sh, person (sh, "Ishaq Dar"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (dar->meeting, ==, er->meeting);
  /* "travelled to Marseille ..., a day after co-chairing a summit in Paris" */
  g_autoptr (NgDoc) mp = extract (data,
    DATED "Leaders visit Marseille\n\n"
    "French President Emmanuel Macron and Indian Prime Minister Narendra Modi travelled to Marseille on July 2, "
    "a day after co-chairing an artificial intelligence summit in Paris.\n");
  gboolean paris = FALSE;
  for (guint i = 0; i < mp->meetings->len; i++)
    paris = paris || g_array_index (mp->meetings, NgMeeting, i).place == find_lex (mp, NG_KIND_CITY, "city-paris");
  g_assert_true (paris);
  /* a meeting in a relative clause is its person's alone */
  g_autoptr (NgDoc) rc = extract (data,
    DATED "Council meets\n\n"
    "Assistant Secretary-General Khaled Khiari briefed the council on behalf of Secretary-General Antonio "
    "Guterres, who was attending the G20 summit in Bali on July 2.\n");
  gint g20 = find_lex (rc, NG_KIND_ORG, "org-g20");
  g_assert_nonnull (attendance (rc, person (rc, "Antonio Guterres"), g20));
  g_assert_null (attendance (rc, person (rc, "Khaled Khiari"), g20));
  const NgAttendance *ab = expect_status (o, person (o, "Abdulaziz bin Salman"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (o, ab->meeting)->date, ==, "2024-07-02");
  /* "the agreements reached at the summit between X and Y last June" is
   * another meeting than the talks of the article */
  g_autoptr (NgDoc) lj = extract (data,
    DATED "Shoigu holds talks in Pyongyang\n\n"
    "Russian Security Council Secretary Sergei Shoigu was received in Pyongyang on July 2 by North Korean leader "
    "Kim Jong Un.\n"
    "The two sides discussed the agreements reached at the summit between Vladimir Putin and Kim Jong Un last "
    "June.\n");
  const NgAttendance *sg = expect_status (lj, person (lj, "Sergei Shoigu"), -1, NG_STATUS_ATTENDED);
  g_assert_nonnull (attendance (lj, person (lj, "Kim Jong Un"), -1));
  for (guint i = 0; i < lj->attendance->len; i++)
    {
      const NgAttendance *x = &g_array_index (lj->attendance, NgAttendance, i);
      g_assert_true (x->meeting != sg->meeting || x->person != person (lj, "Vladimir Putin"));
    }
}

/* Without a year, the weekday of the lead (the text after a dated
 * dateline) is the dateline's day; a standfirst's weekday is not. */
static void
test_lead_weekday (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Lee, Ishiba agree to deepen cooperation\n\n"
    "TOKYO, Aug. 23 (Yonhap) -- President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit "
    "in Tokyo on Saturday.\n"
    "Lee will leave for Washington on Sunday for talks with U.S. President Donald Trump on Monday.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Shigeru Ishiba"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "--08-23");
  g_autoptr (NgDoc) t = extract (data,
    "Putin to take part in council meeting in Minsk\n"
    "On Tuesday, Putin received the bloc's new Secretary General Yuri Khachaturov\n"
    "MOSCOW, November 30. /TASS/. Russian President Vladimir Putin on Thursday will pay a working visit to Minsk "
    "to take part in the meeting of the Collective Security Council of the CSTO.\n");
  const NgAttendance *p = expect_status (t, person (t, "Vladimir Putin"), find_lex (t, NG_KIND_ORG, "org-csto"),
                                         NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (t, p->meeting)->date, ==, "--11-30");
  /* "has returned to Accra after attending the session held in Abuja on
   * Sunday": a day before the dateline's */
  g_autoptr (NgDoc) r = extract (data,
    "President returns home after summit\n\n"
    "Accra, June 23, GNA - President John Dramani Mahama has returned to Accra after attending the Ordinary "
    "Session of the ECOWAS Authority held in Abuja, Nigeria, on Sunday.\n");
  const NgAttendance *jm = expect_status (r, person (r, "John Dramani Mahama"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (r, jm->meeting)->date, ==, "--06-22");
}

/* "held talks in Dublin on Wednesday, the first UK-Ireland summit": the
 * day is the talks'; "the second China-Central Asia Summit" is an event
 * of its own; "The third summit will be held in China in 2027" is
 * another. */
static void
test_summit_apposition_ordinals (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet in Dublin\n\n"
    "Taoiseach Micheal Martin and British Prime Minister Keir Starmer held talks at Farmleigh House in Dublin "
    "on July 2, the first UK-Ireland summit under a new format.\n"
    "Tanaiste Simon Harris also attended the meeting.\n");
  const NgAttendance *m = expect_status (doc, person (doc, "Micheal Martin"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, m->meeting)->date, ==, "2024-07-02");
  const NgAttendance *h = expect_status (doc, person (doc, "Simon Harris"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (h->meeting, ==, m->meeting);
  g_assert_cmpstr (post (doc, person (doc, "Simon Harris"))->title, ==, "Tanaiste");
  g_autoptr (NgDoc) x = extract (data,
    DATED "Xi attends summit\n\n"
    "Chinese President Xi Jinping attended the second China-Central Asia Summit in Astana on July 2.\n"
    "The summit was chaired by Kazakh President Kassym-Jomart Tokayev.\n"
    "The third summit will be held in China in 2027.\n");
  const NgAttendance *xi = expect_status (x, person (x, "Xi Jinping"), -1, NG_STATUS_ATTENDED);
  const NgMeeting *xm = meeting (x, xi->meeting);
  g_assert_cmpint (xm->place, ==, must_lex (x, NG_KIND_CITY, "city-astana"));
  const NgAttendance *t = expect_status (x, person (x, "Kassym-Jomart Tokayev"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (t->meeting, ==, xi->meeting);
}

/* "Senior US and Russian officials met ..., hosted by X": a meeting of
 * officials no post names, with its host; "arrived in Khankendi,
 * Azerbaijan, on Thursday to attend the summit, which opens on Friday":
 * the journey's day is not the summit's, and the summit is to come even
 * without a year. */
static void
test_officials_and_journey (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Officials meet in Riyadh\n\n"
    "Senior US and Russian officials met in the Saudi capital on July 2 for their first talks, hosted by Saudi "
    "Foreign Minister Prince Faisal bin Farhan.\n");
  const NgAttendance *f = expect_status (doc, person (doc, "Faisal bin Farhan"), -1, NG_STATUS_ATTENDED);
  g_assert_true (f->chair);
  g_assert_cmpstr (meeting (doc, f->meeting)->date, ==, "2024-07-02");
  g_autoptr (NgDoc) e = extract (data,
    "Pezeshkian arrives for summit\n\n"
    "TEHRAN, July 3 (IRNA) - Iranian President Masoud Pezeshkian arrived in Khankendi, Azerbaijan, on Thursday "
    "to attend the summit of the Economic Cooperation Organization, which opens on Friday.\n");
  const NgAttendance *p = expect_status (e, person (e, "Masoud Pezeshkian"), -1, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (e, p->meeting)->date, ==, "--07-04");
  /* "held a meeting with ... via videoconference": everyone by video */
  g_autoptr (NgDoc) v = extract (data,
    DATED "Putin holds meeting\n\n"
    "Russian President Vladimir Putin held an operational meeting with members of the Security Council via "
    "videoconference on July 2.\n"
    "Prime Minister Mikhail Mishustin took part in the meeting.\n");
  const NgAttendance *mm = expect_status (v, person (v, "Mikhail Mishustin"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (mm->mode, ==, NG_MODE_VIDEO);
  /* "received X at Qasr Al Watan in Abu Dhabi on Saturday, during his state
   * visit": the day is the reception's; the city beats the venue */
  g_autoptr (NgDoc) r = extract (data,
    DATED "UAE President receives Indonesian leader\n\n"
    "President Sheikh Mohamed bin Zayed received Indonesian President Prabowo Subianto at Qasr Al Watan in Abu "
    "Dhabi on July 2, during his state visit to the UAE.\n");
  /* "took part in an expanded session": a format of the talks said before */
  g_autoptr (NgDoc) x = extract (data,
    DATED "Macron receives Tebboune\n\n"
    "French President Emmanuel Macron received Algerian President Abdelmadjid Tebboune in Paris on July 2.\n"
    "Algerian Foreign Minister Ahmed Attaf and his French counterpart Jean-Noel Barrot took part in an "
    "expanded session.\n");
  const NgAttendance *tb = expect_status (x, person (x, "Abdelmadjid Tebboune"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *at = expect_status (x, person (x, "Ahmed Attaf"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (at->meeting, ==, tb->meeting);
  const NgAttendance *pr = expect_status (r, person (r, "Prabowo Subianto"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (r, pr->meeting)->date, ==, "2024-07-02");
  g_assert_cmpint (meeting (r, pr->meeting)->place, ==, must_lex (r, NG_KIND_CITY, "city-abu-dhabi"));
}

/* "Congolese", which two countries share: the one the article names, else
 * the Democratic Republic. */
static void
test_shared_demonym (gconstpointer data)
{
  g_autoptr (NgDoc) dr = extract (data,
    DATED "Leaders meet\n\n"
    "SADC leaders discussed the fighting in the eastern Democratic Republic of Congo. "
    "Congolese President Felix Tshisekedi joined the meeting virtually.\n");
  g_assert_cmpint (ent (dr, person (dr, "Felix Tshisekedi"))->country, ==,
                   find_lex (dr, NG_KIND_COUNTRY, "country-dr-congo"));
  g_assert_cmpint (find_lex (dr, NG_KIND_COUNTRY, "country-congo"), <, 0);
  g_autoptr (NgDoc) rc = extract (data,
    DATED "Leaders meet\n\n"
    "The Republic of Congo hosted the forum. Congolese President Denis Sassou Nguesso met the envoy.\n");
  g_assert_cmpint (ent (rc, person (rc, "Denis Sassou Nguesso"))->country, ==,
                   find_lex (rc, NG_KIND_COUNTRY, "country-congo"));
}

/* "in Bogor, south of Jakarta": a town no lexicon knows, placed against a
 * known city, is where the body says the talks were, not the headline's
 * city. */
static void
test_town_south_of (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Albanese meets Prabowo in Jakarta\n\n"
    "Prime Minister Anthony Albanese has met Indonesian President Prabowo Subianto at the presidential "
    "palace in Bogor, south of Jakarta, on his first overseas visit.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Anthony Albanese"), -1, NG_STATUS_ATTENDED);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, >=, 0);
  const NgEntity *e = &g_array_index (doc->entities, NgEntity, m->place);
  g_assert_cmpint (e->kind, ==, NG_KIND_CITY);
  g_assert_cmpstr (e->name, ==, "Bogor");
}

/* Plans said after the meeting word: "During the meeting, X is expected to
 * discuss ..."; "to attend the summit, which opens on Thursday", a day
 * after the article's. */
static void
test_plan_after_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister to attend NATO meeting\n\n"
    "Turkish Foreign Minister Hakan Fidan will attend the NATO foreign ministers' meeting in Brussels on Friday.\n"
    "During the two-day meeting, Fidan is expected to discuss the war in Ukraine.\n");
  gint nato = find_lex (doc, NG_KIND_ORG, "org-nato");
  expect_status (doc, person (doc, "Hakan Fidan"), nato, NG_STATUS_PLANNED);
  g_autoptr (NgDoc) ots = extract (data,
    DATED "President arrives for summit\n\n"
    "President Recep Tayyip Erdogan arrived in Bishkek on Wednesday to attend the summit of the Organization "
    "of Turkic States, which opens on Thursday.\n");
  const NgAttendance *a = expect_status (ots, person (ots, "Recep Tayyip Erdogan"), -1, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (ots, a->meeting)->date, ==, "2024-07-04");
}

/* "BRICS summit opens" then "Leaders ... opened a three-day summit on
 * Tuesday": the summit already named, with that day. */
static void
test_summit_named_before (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "BRICS summit opens in Johannesburg\n\n"
    "JOHANNESBURG, Aug 22 (Reuters) - Leaders of Brazil, Russia, India, China and South Africa opened a "
    "three-day summit in Johannesburg on Tuesday.\n");
  gint brics = find_lex (doc, NG_KIND_ORG, "org-brics");
  g_assert_cmpint (brics, >=, 0);
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, brics))->date, ==, "--08-22");
  /* people meeting, with the weekday as AP writes it */
  g_autoptr (NgDoc) quad = extract (data,
    "Quad foreign ministers meet in Tokyo\n\n"
    "TOKYO, July 29 (AP) — Foreign ministers from the United States, Japan, Australia and India met Monday in "
    "Tokyo for talks.\n");
  g_assert_cmpuint (quad->meetings->len, ==, 1);
  g_assert_cmpstr (meeting (quad, 0)->date, ==, "--07-29");
}

/* "in the Ethiopian capital"; "told the opening session"; "X hosted Y"
 * makes X the host. */
static void
test_capital_host_session (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "African heads of state opened an African Union summit in the Ethiopian capital on Monday, with "
    "conflicts in Sudan at the top of the agenda.\n"
    "AU Commission chief Moussa Faki Mahamat told the opening session that the continent could not keep silent.\n"
    "Ethiopian Prime Minister Abiy Ahmed hosted Kenyan President William Ruto for talks in Addis Ababa on Tuesday.\n");
  gint au = find_lex (doc, NG_KIND_ORG, "org-au");
  g_assert_cmpint (au, >=, 0);
  gint addis = find_lex (doc, NG_KIND_CITY, "city-addis-ababa");
  g_assert_cmpint (addis, >=, 0);
  g_assert_cmpint (meeting (doc, only_meeting_of (doc, au))->place, ==, addis);
  g_assert_nonnull (attendance (doc, person (doc, "Moussa Faki Mahamat"), au));
  const NgAttendance *a = attendance (doc, person (doc, "Abiy Ahmed"), -1);
  const NgAttendance *r = attendance (doc, person (doc, "William Ruto"), -1);
  g_assert_nonnull (a);
  g_assert_nonnull (r);
  g_assert_true (a->chair);
  g_assert_false (r->chair);
}

/* A headline's talks and the body's are one, attended, even with an
 * absentee named beside the body's. */
static void
test_headline_talks_absentee (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lavrov and Fidan meet in Antalya\n\n"
    "The Russian foreign minister, Sergei Lavrov, met his Turkish counterpart, Hakan Fidan, in Antalya.\n"
    "The Ukrainian foreign minister, Andrii Sybiha, did not attend.\n");
  gint l = person (doc, "Sergei Lavrov"), f = person (doc, "Hakan Fidan");
  g_assert_cmpuint (count_attendance (doc, l), ==, 1);
  g_assert_cmpuint (count_attendance (doc, f), ==, 1);
  g_assert_cmpint (attendance (doc, l, -1)->status, ==, NG_STATUS_ATTENDED);
  g_assert_cmpint (attendance (doc, f, -1)->status, ==, NG_STATUS_ATTENDED);
}

/* A news agency reports meetings and holds none. */
static void
test_agency_no_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Russian Foreign Minister Sergei Lavrov and his Iranian counterpart Abbas Araghchi held talks in Moscow "
    "on Tuesday, Interfax reported.\n"
    "Interfax said the meeting lasted two hours.\n");
  g_assert_cmpuint (doc->meetings->len, >=, 1);
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (meeting (doc, (gint) i)->organizer, <, 0);
}

/* "SINGAPORE -": a city-state's dateline is its capital; a meeting of
 * nobody and no organizer is dropped. */
static void
test_city_state_empty_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Singapore PM meets Malaysian counterpart at retreat\n\n"
    "SINGAPORE - Prime Minister Lawrence Wong and Malaysian Prime Minister Anwar Ibrahim met in Singapore on Tuesday.\n");
  g_assert_cmpint (doc->dateline, ==, find_lex (doc, NG_KIND_CITY, "city-singapore-city"));
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_nonnull (attendance (doc, person (doc, "Lawrence Wong"), -1));
}

/* "the SCO's heads of state summit, to be held on July 3-4": the
 * organizer before its possessive and a few words; a summit to come. */
static void
test_possessive_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "PM arrives\n\n"
    "ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday arrived in Astana to attend the Shanghai Cooperation "
    "Organisation's heads of state summit.\n"
    "The summit, to be held on July 4-5, will be attended by Chinese President Xi Jinping.\n");
  gint sco = find_lex (doc, NG_KIND_ORG, "org-sco");
  g_assert_cmpint (sco, >=, 0);
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, sco))->date, ==, "2024-07-04");
  expect_status (doc, person (doc, "Shehbaz Sharif"), sco, NG_STATUS_PLANNED);
  expect_status (doc, person (doc, "Xi Jinping"), sco, NG_STATUS_PLANNED);
}

/* A summit named "ahead of" is the one later sentences go to; "the sides
 * will meet again" is another meeting. */
static void
test_ahead_of_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Putin arrives\n\n"
    "Russian President Vladimir Putin arrived in Tajikistan on a state visit ahead of a summit of the "
    "Commonwealth of Independent States (CIS) to be held in Dushanbe on July 5.\n"
    "Tajik President Emomali Rahmon met Putin at the airport.\n"
    "Belarusian President Alexander Lukashenko is also expected in Dushanbe.\n"
    "According to Kazakh Foreign Minister Murat Nurtleu, the sides will meet again next month.\n");
  gint cis = find_lex (doc, NG_KIND_ORG, "org-cis");
  g_assert_cmpint (cis, >=, 0);
  expect_status (doc, person (doc, "Alexander Lukashenko"), cis, NG_STATUS_PLANNED);
  g_assert_null (attendance (doc, person (doc, "Murat Nurtleu"), -1));
  /* "on the eve of the emergency Arab summit on Gaza": a long name after
   * "eve of"; "The meeting" after it is the talks */
  g_autoptr (NgDoc) eve = extract (data,
    DATED "Abbas meets Sisi in Cairo\n\n"
    "President Mahmoud Abbas met on July 2 with Egyptian President Abdel Fattah el-Sisi in Cairo, on the eve of "
    "the emergency Arab summit on Gaza.\n"
    "The meeting was attended by head of the General Intelligence Service Majed Faraj.\n");
  const NgAttendance *ab = expect_status (eve, person (eve, "Mahmoud Abbas"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *mf = expect_status (eve, person (eve, "Majed Faraj"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (ab->meeting, ==, mf->meeting);
  g_assert_cmpstr (meeting (eve, mf->meeting)->date, ==, "2024-07-02");
}

/* "is expected to travel to Minsk, where she will hold talks with X on
 * Wednesday": in Minsk; "visit Arbil, the capital of the Kurdistan
 * region, where he is to meet X": in Arbil. */
static void
test_where_will_meet (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lavrov and Choe hold talks\n\n"
    "North Korean Foreign Minister Choe Son Hui held talks with Russian Foreign Minister Sergey Lavrov in Moscow on "
    "Monday.\n"
    "After Moscow, Choe is expected to travel to Minsk, where she will hold talks with Belarusian Foreign "
    "Minister Maxim Ryzhenkov on Wednesday.\n");
  const NgAttendance *mr = expect_status (doc, person (doc, "Maxim Ryzhenkov"), -1, NG_STATUS_PLANNED);
  g_assert_cmpint (meeting (doc, mr->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-minsk"));
}

/* "took part in the meeting of the CIS Council of Heads of State held in
 * Dushanbe" and "is expected to attend the informal meeting of the CIS
 * leaders in St. Petersburg on 22 December": two meetings of one body,
 * one held and one to come, in two cities. */
static void
test_same_org_two_cities (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Head of State takes part in the meeting of the CIS Council of Heads of State\n\n"
    "10 October 2025\n\n"
    "Kassym-Jomart Tokayev took part in the meeting of the Council of Heads of State of the Commonwealth "
    "of Independent States held in Dushanbe.\n"
    "The summit, chaired by President of Tajikistan Emomali Rahmon, brought together the leaders of the "
    "Commonwealth countries, including Vladimir Putin, Ilham Aliyev and Shavkat Mirziyoyev. Prime "
    "Minister of Armenia Nikol Pashinyan did not attend the meeting; Armenia was represented by the "
    "country's Deputy Prime Minister, Mher Grigoryan.\n"
    "The Head of State is expected to attend the informal meeting of the CIS leaders in St. Petersburg on"
    " 22 December.\n");
  const NgAttendance *er = expect_status (doc, person (doc, "Emomali Rahmon"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, er->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-dushanbe"));
  g_assert_cmpstr (meeting (doc, er->meeting)->date, !=, "2025-12-22");
  /* ("The Head of State is expected to attend": the article's first person) */
  gboolean planned = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      const char *d = meeting (doc, a->meeting)->date;
      planned = planned || (a->person == person (doc, "Kassym-Jomart Tokayev") && a->status == NG_STATUS_PLANNED
                            && d && !strcmp (d, "2025-12-22"));
    }
  g_assert_true (planned);
}

/* "President Trump's meeting with President Zelenskyy on Tuesday": the
 * possessor is at the meeting. */
static void
test_possessive_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Readout\n\n"
    "Building on President Donald Trump's meeting with President Volodymyr Zelenskyy in New York on Tuesday, "
    "the ministers discussed the next steps.\n");
  const NgAttendance *vz = expect_status (doc, person (doc, "Volodymyr Zelenskyy"), -1, NG_STATUS_ATTENDED);
  g_assert_nonnull (attendance (doc, person (doc, "Donald Trump"), meeting (doc, vz->meeting)->organizer));
}

/* "On Tuesday, EAM and Prince Faisal co-chaired the meeting": the title's
 * acronym alone is the one person holding that post. */
static void
test_title_acronym_alone (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Visit of External Affairs Minister to Saudi Arabia\n\n"
    "External Affairs Minister Dr. S. Jaishankar paid an official visit to Riyadh on July 1-2.\n"
    "On Tuesday, EAM and Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of Saudi Arabia, co-chaired "
    "the third Ministerial Meeting of the Strategic Partnership Council.\n");
  const NgAttendance *ff = expect_status (doc, person (doc, "Faisal bin Farhan Al Saud"), -1, NG_STATUS_ATTENDED);
  g_assert_nonnull (attendance (doc, person (doc, "S. Jaishankar"), meeting (doc, ff->meeting)->organizer));
}

/* "UAE takes part in GCC Ministerial Council session in Kuwait" in the
 * headline, "held in Kuwait City on Sunday" in the text: the city. */
static void
test_headline_country_body_city (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "UAE takes part in 164th GCC Ministerial Council session in Kuwait\n\n"
    "The UAE was represented by Khalifa Shaheen Al Marar, Minister of State, at the 164th session of the GCC "
    "Ministerial Council, held in Kuwait City on Sunday.\n");
  const NgAttendance *km = expect_status (doc, person (doc, "Khalifa Shaheen Al Marar"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, km->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-kuwait-city"));
}

/* "The talks were attended by X" after "Putin held talks with Y, who is in
 * Russia on an official visit": the talks, not Y's visit. */
static void
test_talks_after_visit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Russian-Uzbekistani talks\n\n"
    "Vladimir Putin held talks in a narrow format and then in an expanded format with President of the Republic "
    "of Uzbekistan Shavkat Mirziyoyev, who is in Russia on an official visit.\n"
    "The talks in expanded format were attended by Minister of Foreign Affairs of Russia Sergei Lavrov.\n");
  const NgAttendance *vp = expect_status (doc, person (doc, "Vladimir Putin"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *sl = expect_status (doc, person (doc, "Sergei Lavrov"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (vp->meeting, ==, sl->meeting);
}

/* "Y said at a press conference Friday that the government hoped the
 * gathering would help": a that-clause with a subject of its own says
 * nothing of Y's part in the gathering. */
static void
test_press_conference (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Japanese Foreign Minister Takeshi Iwaya hosted Chinese Foreign Minister Wang Yi for talks in Tokyo on "
    "Wednesday.\n"
    "Chief Cabinet Secretary Yoshimasa Hayashi said at a press conference Tuesday that the government hoped the "
    "gathering would help stabilize relations.\n");
  expect_status (doc, person (doc, "Wang Yi"), -1, NG_STATUS_ATTENDED);
  g_assert_null (attendance (doc, person (doc, "Yoshimasa Hayashi"), -1));
}

/* "Chief of Army Staff Field Marshal X": a title of the lexicon whose
 * last word heads no body stays whole ("Speaker of the National Assembly
 * X" is the assembly's), and the rank after it is no post. */
static void
test_title_then_rank (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Araghchi in Rawalpindi\n\n"
    "Iranian Foreign Minister Abbas Araghchi met Chief of Army Staff Field Marshal Asim Munir in Rawalpindi on "
    "July 2.\n"
    "He also met Speaker of the National Assembly Ayaz Sadiq.\n");
  gboolean cas = FALSE, fm = FALSE, sp = FALSE;
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *po = &g_array_index (doc->posts, NgPost, i);
      if (po->person == person (doc, "Asim Munir"))
        {
          cas = cas || !strcmp (po->title, "Chief of Army Staff");
          fm = fm || !strcmp (po->title, "Field Marshal");
        }
      if (po->person == person (doc, "Ayaz Sadiq"))
        sp = !strcmp (po->title, "Speaker") && po->of == find (doc, NG_KIND_ORG, "National Assembly");
    }
  g_assert_true (cas);
  g_assert_false (fm);
  g_assert_true (sp);
}

/* "At the summit, X took over as chairman of the bloc from Nigeria's
 * President Y": Y handed over, at the summit, and does not chair it. */
static void
test_took_over_from (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "ECOWAS summit\n\n"
    "ECOWAS leaders met in Abuja on July 2.\n"
    "At the summit, Sierra Leone's President Julius Maada Bio took over the rotating chairmanship from Nigeria's "
    "President Bola Ahmed Tinubu, whose tenure ended.\n");
  const NgAttendance *jb = expect_status (doc, person (doc, "Julius Maada Bio"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *bt = expect_status (doc, person (doc, "Bola Ahmed Tinubu"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (jb->meeting, ==, bt->meeting);
  g_assert_false (bt->chair);
  /* "X, President of the ECOWAS Commission, presented the annual report":
   * to the summit said before */
  g_autoptr (NgDoc) rep = extract (data,
    DATED "ECOWAS summit\n\n"
    "ECOWAS leaders met in Abuja on July 2.\n"
    "Dr Omar Alieu Touray, President of the ECOWAS Commission, presented the annual report of the Commission.\n");
  expect_status (rep, person (rep, "Omar Alieu Touray"), -1, NG_STATUS_ATTENDED);
}

/* "Deputy Prime Minister X, who is also Minister for Trade and Industry,"
 * and "Y, who also serves as Iraq's deputy prime minister,": two posts. */
static void
test_who_is_also (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "The agreement was signed by Deputy Prime Minister Gan Kim Yong, who is also Minister for Trade and "
    "Industry, on July 2.\n"
    "Iraqi Foreign Minister Fuad Hussein, who also serves as Iraq's deputy prime minister, arrived in Tehran.\n");
  guint gan = 0, fh = 0;
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *po = &g_array_index (doc->posts, NgPost, i);
      if (po->person == person (doc, "Gan Kim Yong"))
        gan++;
      if (po->person == person (doc, "Fuad Hussein"))
        fh++;
    }
  g_assert_cmpuint (gan, ==, 2);
  g_assert_cmpuint (fh, ==, 2);
}

/* "X, who was part of the Singapore delegation, said ...": a speaker in
 * the delegation was at the talks. */
static void
test_delegate_speaker (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Prime Minister Lawrence Wong and Malaysian Prime Minister Anwar Ibrahim held talks in Putrajaya on July 2.\n"
    "Foreign Minister Vivian Balakrishnan, who was part of the Singapore delegation, said both sides had also "
    "discussed water issues.\n");
  const NgAttendance *lw = expect_status (doc, person (doc, "Lawrence Wong"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *vb = expect_status (doc, person (doc, "Vivian Balakrishnan"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (lw->meeting, ==, vb->meeting);
}

/* "The Cuban delegation also included X and Y": at the talks said before. */
static void
test_delegation_included (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Cuba and Russia hold talks\n\n"
    "Cuban Foreign Minister Bruno Rodriguez and Russian Foreign Minister Sergei Lavrov held talks in Moscow on "
    "July 2.\n"
    "The Cuban delegation also included Deputy Foreign Minister Carlos Fernandez de Cossio.\n");
  const NgAttendance *br = expect_status (doc, person (doc, "Bruno Rodriguez"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *cf = expect_status (doc, person (doc, "Carlos Fernandez de Cossio"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (br->meeting, ==, cf->meeting);
}

/* "Both ministers agreed to meet again on the sidelines of the summit":
 * the two ministers of the talks, not the people of the last meeting
 * said (a minister's call on the speaker of parliament). */
static void
test_both_ministers (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Cuba and Russia hold talks\n\n"
    "Cuban Foreign Minister Bruno Rodriguez and Russian Foreign Minister Sergei Lavrov held talks in Moscow on "
    "July 2.\n"
    "The Cuban delegation also included Deputy Foreign Minister Carlos Fernandez de Cossio.\n"
    "Rodriguez will be received later today by the Speaker of the State Duma, Vyacheslav Volodin.\n"
    "Both ministers agreed to meet again at the BRICS summit in Rio de Janeiro on July 26.\n");
  gint brics = find_lex (doc, NG_KIND_ORG, "org-brics");
  g_assert_cmpint (brics, >=, 0);
  expect_status (doc, person (doc, "Sergei Lavrov"), brics, NG_STATUS_PLANNED);
  expect_status (doc, person (doc, "Bruno Rodriguez"), brics, NG_STATUS_PLANNED);
  g_assert_null (attendance (doc, person (doc, "Vyacheslav Volodin"), brics));
  g_assert_null (attendance (doc, person (doc, "Carlos Fernandez de Cossio"), brics));
}

/* A dinner without a place is where its people's talks of the same trip
 * were, not where they met two years before. */
static void
test_trip_not_years_before (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders hold retreat\n\n"
    "PUTRAJAYA - Prime Minister Lawrence Wong and Malaysian Prime Minister Anwar Ibrahim held talks in Putrajaya "
    "on July 3.\n"
    "The previous retreat was held in Singapore on Oct 30, 2022, when Anwar was hosted by Senior Minister Lee "
    "Hsien Loong.\n"
    "On Tuesday, Mr Wong had dinner with Anwar.\n");
  gint putrajaya = find (doc, NG_KIND_CITY, "Putrajaya");
  g_assert_cmpint (putrajaya, >=, 0);
  gboolean dinner = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, i);
      if (m->date && !strcmp (m->date, "2024-07-02"))
        {
          dinner = TRUE;
          g_assert_cmpint (m->place, ==, putrajaya);
        }
    }
  g_assert_true (dinner);
}

/* "Last week, on Monday (8), X hosted a summit": the day of the month in
 * parentheses, in the month nearest the article's. */
static void
test_weekday_day_number (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lula hosts summit\n\n"
    "Last week, on Thursday (27), President Luiz Inacio Lula da Silva hosted Chilean President Gabriel Boric in "
    "Brasilia.\n"
    "On Monday (1), Lula met Argentine President Javier Milei in Brasilia.\n");
  const NgAttendance *gb = expect_status (doc, person (doc, "Gabriel Boric"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, gb->meeting)->date, ==, "2024-06-27");
  const NgAttendance *jm = expect_status (doc, person (doc, "Javier Milei"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, jm->meeting)->date, ==, "2024-07-01");
}

/* "The meeting, which Athens and Ankara were still finalizing on Monday":
 * the day is the clause's, not the meeting's. */
static void
test_clause_doing_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders to meet\n\n"
    "Prime Minister Kyriakos Mitsotakis is expected to meet Turkish President Recep Tayyip Erdogan on the "
    "sidelines of the NATO summit in The Hague on Friday, government sources said, in what would be the two "
    "leaders' first face-to-face encounter in several months.\n"
    "The meeting, which Athens and Ankara were still finalizing on Monday, is not expected to produce concrete "
    "deliverables.\n");
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const char *d = g_array_index (doc->meetings, NgMeeting, i).date;
      g_assert_true (d == NULL || !strcmp (d, "2024-07-05"));
    }
  const NgAttendance *km = expect_status (doc, person (doc, "Kyriakos Mitsotakis"), -1, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (doc, km->meeting)->date, ==, "2024-07-05");
}

/* "Lai last hosted X in Taipei on June 5": the people's last meeting is
 * a meeting of its own, with them, kept apart from the article's. */
static void
test_last_met (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lai receives Guatemalan minister\n\n"
    "President Lai Ching-te received Guatemalan President Bernardo Arevalo in Taipei.\n"
    "Lai last hosted Arevalo in Taipei on June 5.\n");
  guint n = 0;
  gboolean june = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      if (a->person != person (doc, "Bernardo Arevalo"))
        continue;
      n++;
      const char *d = meeting (doc, a->meeting)->date;
      june = june || (d && !strcmp (d, "2024-06-05"));
    }
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (june);
}

/* "X, who arrived in Taiwan on Monday, held talks a day earlier with Y":
 * the day before the day said last, in the dateline's city rather than
 * its country; a spokesman who said the visit showed something was not
 * at it. */
static void
test_day_earlier (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "President Lai receives Guatemalan foreign minister\n\n"
    "10/15/2025 08:47 PM\n\n"
    "Taipei, Oct. 15 (CNA) President Lai Ching-te (賴清德) on Wednesday received Guatemalan Foreign Minister"
    " Carlos Ramiro Martinez at the Presidential Office in Taipei.\n"
    "Martinez, who arrived in Taiwan on Monday at the head of a six-member delegation, held talks a day "
    "earlier with Minister of Foreign Affairs Lin Chia-lung (林佳龍) at the ministry.\n"
    "Speaking at a regular news briefing Tuesday, Ministry of Foreign Affairs (MOFA) spokesman Hsiao "
    "Kuang-wei (蕭光偉) said the visit showed that \"Taiwan-Guatemala relations remain rock solid\" despite "
    "pressure from Beijing.\n");
  const NgAttendance *lin = expect_status (doc, person (doc, "Lin Chia-lung"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, lin->meeting)->date, ==, "2025-10-14");
  g_assert_cmpint (meeting (doc, lin->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-taipei"));
  g_assert_null (attendance (doc, person (doc, "Hsiao Kuang-wei"), -1));
  /* "Later in the day, X called on Y": the day said last */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Araghchi in Islamabad\n\n"
    "Iranian Foreign Minister Abbas Araghchi held talks with Deputy Prime Minister Ishaq Dar on Monday.\n"
    "Later in the day, Araghchi called on Prime Minister Shehbaz Sharif.\n");
  const NgAttendance *ss = expect_status (d3, person (d3, "Shehbaz Sharif"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (d3, ss->meeting)->date, ==, "2024-07-01");
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Lai receives Guatemalan minister\n\n"
    "President Lai Ching-te on Wednesday received Guatemalan Foreign Minister Carlos Ramiro Martinez.\n"
    "Martinez, who arrived in Taiwan on Monday, held talks a day earlier with Minister of Foreign Affairs Lin "
    "Chia-lung at the ministry.\n");
  const NgAttendance *l2 = expect_status (d2, person (d2, "Lin Chia-lung"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (d2, l2->meeting)->date, ==, "2024-07-02");
}

/* A conference in the style of ANSA: "X, who co-chaired a session on Y,"
 * was there; "in a message to the conference" is no part in it; "renewed
 * his offer to host peace talks" is no meeting; "in Castel Gandolfo,
 * south of Rome" is a town. */
static void
test_conference_edges (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Meloni, Zelensky open Ukraine Recovery Conference in Rome\n\n"
    "10 July 2025 16:47\n\n"
    "ROME, July 10 (ANSA) - Premier Giorgia Meloni and Ukrainian President Volodymyr Zelensky on Thursday"
    " opened the fourth Ukraine Recovery Conference (URC2025) in Rome, which drew some 5,000 delegates "
    "including heads of State and government, ministers and business leaders.\n"
    "Foreign Minister Antonio Tajani, who co-chaired a session on private investment, said Italian firms "
    "were ready to play \"a leading role\" in rebuilding Ukraine's energy grid.\n"
    "On Wednesday Zelensky was received by Pope Leo XIV at the papal summer residence in Castel Gandolfo,"
    " south of Rome, where the pontiff renewed his offer to host peace talks at the Vatican.\n"
    "President Sergio Mattarella, in a message to the conference, said Europe's security \"is at stake in"
    " Ukraine\".\n");
  const NgAttendance *gm = expect_status (doc, person (doc, "Giorgia Meloni"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *at = expect_status (doc, person (doc, "Antonio Tajani"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (gm->meeting, ==, at->meeting);
  g_assert_null (attendance (doc, person (doc, "Sergio Mattarella"), -1));
  /* "X, Minister of State, said in a statement that the President had
   * used the meeting to ...": no part in it */
  g_autoptr (NgDoc) st = extract (data,
    DATED "President returns home\n\n"
    "President John Dramani Mahama attended the ECOWAS summit in Abuja on July 2.\n"
    "Mr Felix Kwakye Ofosu, Minister of State in charge of Government Communications, said in a statement in "
    "Accra yesterday that the President had used the meeting to push for a regional response.\n");
  g_assert_nonnull (attendance (st, person (st, "John Dramani Mahama"), -1));
  g_assert_null (attendance (st, person (st, "Felix Kwakye Ofosu"), -1));
  /* "On the margins of the conference, X, Y and Z took part via video
   * link in a meeting of the coalition, co-chaired by A and B": a meeting
   * of its own, on the conference's day */
  g_autoptr (NgDoc) cw = extract (data,
    DATED "Conference opens\n\n"
    "Premier Giorgia Meloni and Ukrainian President Volodymyr Zelensky opened the Ukraine Recovery Conference in "
    "Rome on July 2.\n"
    "On the margins of the conference, Meloni, Merz and Zelensky took part via video link in a meeting of the "
    "so-called coalition of the willing, co-chaired by British Prime Minister Keir Starmer and French President "
    "Emmanuel Macron.\n");
  const NgAttendance *ks = expect_status (cw, person (cw, "Keir Starmer"), -1, NG_STATUS_ATTENDED);
  g_assert_nonnull (attendance (cw, person (cw, "Giorgia Meloni"), meeting (cw, ks->meeting)->organizer));
  g_assert_cmpstr (meeting (cw, ks->meeting)->date, ==, "2024-07-02");
  gint pope = person (doc, "Leo XIV");
  guint n = 0;
  for (guint i = 0; i < doc->attendance->len; i++)
    if (g_array_index (doc->attendance, NgAttendance, i).person == pope)
      {
        n++;
        gint pl = meeting (doc, g_array_index (doc->attendance, NgAttendance, i).meeting)->place;
        g_assert_cmpint (pl, >=, 0);
        g_assert_cmpstr (g_array_index (doc->entities, NgEntity, pl).name, ==, "Castel Gandolfo");
      }
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (doc->meetings->len, ==, 2);
}

/* "received the Iraqi top diplomat": the Iraqi foreign minister said
 * before; "is expected to attend the SCO meeting in Tianjin on July 15,
 * where he is also scheduled to meet X": the day is both meetings'. */
static void
test_top_diplomat_where (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Araghchi, Iraqi counterpart hold talks\n\n"
    "Iranian Foreign Minister Abbas Araghchi held talks with his Iraqi counterpart Fuad Hussein in Tehran on "
    "Monday.\n"
    "On Tuesday, President Masoud Pezeshkian received the Iraqi top diplomat.\n"
    "Araghchi is expected to attend the meeting of the Council of Foreign Ministers of the Shanghai Cooperation "
    "Organization (SCO) in Tianjin on July 15, where he is also scheduled to meet his Chinese counterpart Wang "
    "Yi.\n");
  const NgAttendance *mp = expect_status (doc, person (doc, "Masoud Pezeshkian"), -1, NG_STATUS_ATTENDED);
  g_assert_nonnull (attendance (doc, person (doc, "Fuad Hussein"), meeting (doc, mp->meeting)->organizer));
  gboolean both = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      if (a->meeting == mp->meeting && a->person == person (doc, "Fuad Hussein"))
        both = TRUE;
    }
  g_assert_true (both);
  gint sco = find_lex (doc, NG_KIND_ORG, "org-sco");
  const NgAttendance *sa = expect_status (doc, person (doc, "Abbas Araghchi"), sco, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (doc, sa->meeting)->date, ==, "2024-07-15");
}

/* "received X at the Planalto Palace": the building's city is the
 * meeting's place, with no dateline to tell it. */
static void
test_building_city (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lula and Boric sign agreements\n\n"
    "President Luiz Inacio Lula da Silva received Chile's President Gabriel Boric at the Planalto Palace on "
    "July 2.\n");
  const NgAttendance *gb = expect_status (doc, person (doc, "Gabriel Boric"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, gb->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-brasilia"));
  /* "received X at the Union Buildings, where the two discussed the G20
   * summit in Johannesburg": Pretoria; "his German counterpart" of an
   * international relations minister is a foreign minister */
  g_autoptr (NgDoc) sa = extract (data,
    DATED "Lamola and Wadephul meet\n\n"
    "International Relations Minister Ronald Lamola and his German counterpart, Johann Wadephul, held talks on "
    "July 2.\n"
    "Later on Tuesday, President Cyril Ramaphosa received Wadephul at the Union Buildings, where the two "
    "discussed preparations for the G20 Leaders' Summit in Johannesburg.\n");
  const NgAttendance *cr = expect_status (sa, person (sa, "Cyril Ramaphosa"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (sa, cr->meeting)->place, ==, must_lex (sa, NG_KIND_CITY, "city-pretoria"));
  gboolean fm = FALSE;
  for (guint i = 0; i < sa->posts->len; i++)
    {
      const NgPost *po = &g_array_index (sa->posts, NgPost, i);
      fm = fm || (po->person == person (sa, "Johann Wadephul") && !strcmp (po->title, "Foreign Minister"));
    }
  g_assert_true (fm);
}

/* "arrived in the capital yesterday and met X": the journey's day is the
 * meeting's too; "arrived on Monday and will meet X" gives no day. */
static void
test_arrived_and_met (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Wong in Wellington\n\n"
    "Australian Foreign Minister Penny Wong arrived in the capital yesterday and met Prime Minister Christopher "
    "Luxon at Parliament.\n");
  const NgAttendance *pw = expect_status (doc, person (doc, "Penny Wong"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, pw->meeting)->date, ==, "2024-07-02");
  g_autoptr (NgDoc) will = extract (data,
    DATED "Wong in Wellington\n\n"
    "Australian Foreign Minister Penny Wong arrived in the capital yesterday and will meet Prime Minister "
    "Christopher Luxon.\n");
  const NgAttendance *pl = expect_status (will, person (will, "Penny Wong"), -1, NG_STATUS_PLANNED);
  g_assert_null (meeting (will, pl->meeting)->date);
}

/* "X also took part in the talks, but Y did not travel, joining by video
 * link": X in person; Y there by video, not absent. */
static void
test_video_but (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Foreign Minister Winston Peters hosted Australian Foreign Minister Penny Wong in Wellington on July 2 for "
    "annual consultations.\n"
    "Defence Minister Judith Collins also took part in the talks, but Australia's Defence Minister, Richard "
    "Marles, did not travel, joining by video link from Canberra.\n");
  const NgAttendance *jc = expect_status (doc, person (doc, "Judith Collins"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (jc->mode, ==, NG_MODE_IN_PERSON);
  const NgAttendance *rm = expect_status (doc, person (doc, "Richard Marles"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (rm->mode, ==, NG_MODE_VIDEO);
  /* (a summit held online: who "did not attend" stays absent) */
  g_autoptr (NgDoc) v = extract (data,
    DATED "Lula and Boric sign agreements\n\n"
    "Chilean president's visit follows BRICS virtual summit hosted by Brazil\n\n"
    "Last week, on Monday, Lula hosted a virtual BRICS summit to discuss trade tariffs.\n"
    "Chinese President Xi Jinping took part via video link. India's Prime Minister Narendra Modi did not attend "
    "and was represented by External Affairs Minister Subrahmanyam Jaishankar.\n");
  expect_status (v, person (v, "Narendra Modi"), -1, NG_STATUS_ABSENT);
}

/* "are expected to take part in the forum": a forum is a meeting; "at the
 * World Forum conference center" is a venue; "on the sidelines of the
 * Asia-Pacific Economic Cooperation forum" names it for context however
 * long the organization's name. */
static void
test_forum (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lukashenko meets governor\n\n"
    "Belarusian President Aleksandr Lukashenko met Russian Governor Gleb Nikitin in Minsk on July 2.\n"
    "The 12th Forum of Regions of Belarus and Russia will be held on July 26.\n"
    "Chairperson of the Federation Council Valentina Matviyenko is expected to take part in the forum.\n");
  const NgAttendance *al = expect_status (doc, person (doc, "Aleksandr Lukashenko"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *vm = expect_status (doc, person (doc, "Valentina Matviyenko"), -1, NG_STATUS_PLANNED);
  g_assert_cmpint (al->meeting, !=, vm->meeting);
  g_assert_cmpstr (meeting (doc, vm->meeting)->date, ==, "2024-07-26");
  g_autoptr (NgDoc) venue = extract (data,
    DATED "NATO leaders meet\n\n"
    "NATO Secretary General Mark Rutte hosted the leaders at the World Forum conference center in The Hague on "
    "July 2.\n");
  g_assert_cmpuint (venue->meetings->len, ==, 1);
  g_autoptr (NgDoc) apec = extract (data,
    DATED "Lee and Carney meet\n\n"
    "South Korean President Lee Jae Myung held a summit with Canadian Prime Minister Mark Carney in Gyeongju on "
    "Tuesday on the sidelines of the Asia-Pacific Economic Cooperation forum.\n");
  const NgAttendance *lee = expect_status (apec, person (apec, "Lee Jae Myung"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (apec, lee->meeting)->date, ==, "2024-07-02");
  /* "a trade forum organized by the Taiwan External Trade Development
   * Council (TAITRA)": the council's forum */
  g_autoptr (NgDoc) org = extract (data,
    DATED "Minister visits Taiwan\n\n"
    "Guatemalan Foreign Minister Carlos Ramiro Martinez is scheduled to attend a trade forum organized by the "
    "Taiwan External Trade Development Council (TAITRA) in Kaohsiung on Friday.\n");
  gint taitra = find (org, NG_KIND_ORG, "Taiwan External Trade Development Council");
  g_assert_cmpint (taitra, >=, 0);
  expect_status (org, person (org, "Carlos Ramiro Martinez"), taitra, NG_STATUS_PLANNED);
}

/* "hosted a separate reception on October 10": a meeting of its own;
 * "all attended" after it is the summit's. */
static void
test_separate_reception (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "CIS leaders meet\n\n"
    "Leaders of the Commonwealth of Independent States (CIS) gathered in Ashgabat on July 2 for a summit.\n"
    "The former president, Gurbanguly Berdimuhamedov, hosted a separate reception for the guests on July 1.\n"
    "Russian President Vladimir Putin and Kazakh President Kassym-Jomart Tokayev all attended.\n");
  gint cis = find_lex (doc, NG_KIND_ORG, "org-cis");
  const NgAttendance *p = expect_status (doc, person (doc, "Vladimir Putin"), cis, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, p->meeting)->date, ==, "2024-07-02");
  const NgAttendance *g = attendance (doc, person (doc, "Gurbanguly Berdimuhamedov"), cis);
  g_assert_nonnull (g);
  g_assert_cmpstr (meeting (doc, g->meeting)->date, ==, "2024-07-01");
}

/* "X and Y signed a framework after talks in Doha"; "Al Thani chaired the
 * meeting" (a surname led by a particle); "the situation in Afghanistan"
 * is a topic, not the place. */
static void
test_talks_particle_topic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Doha\n\n"
    "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani and U.S. envoy Steve Witkoff signed a framework "
    "document after talks in Doha on Tuesday.\n"
    "Al Thani chaired the meeting to discuss the situation in Afghanistan.\n");
  gint q = person (doc, "Mohammed bin Abdulrahman Al Thani"), w = person (doc, "Steve Witkoff");
  g_assert_cmpint (person (doc, "Al Thani"), ==, q);
  const NgAttendance *a = expect_status (doc, q, -1, NG_STATUS_ATTENDED);
  g_assert_true (a->chair);
  const NgAttendance *b = expect_status (doc, w, -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpstr (m->date, ==, "2024-07-02");
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-doha"));
}

/* "held talks in the Kremlin with X": the partner past the venue, which
 * organizes nothing; "under the chairmanship of X"; "among the leaders
 * present". */
static void
test_venue_chair_present (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in the Kremlin\n\n"
    "Vladimir Putin held talks in the Kremlin with President of Laos Thongloun Sisoulith, who is in Russia "
    "on an official visit.\n"
    "The SCO summit will open on July 4 under the chairmanship of Chinese President Xi Jinping.\n"
    "Egypt's President Abdel Fattah el-Sisi was among the leaders present.\n");
  const NgAttendance *p = expect_status (doc, person (doc, "Vladimir Putin"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *t = expect_status (doc, person (doc, "Thongloun Sisoulith"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (p->meeting, ==, t->meeting);
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (meeting (doc, (gint) i)->organizer, !=, find_lex (doc, NG_KIND_ORG, "org-kremlin"));
  gint sco = find_lex (doc, NG_KIND_ORG, "org-sco");
  const NgAttendance *x = expect_status (doc, person (doc, "Xi Jinping"), sco, NG_STATUS_PLANNED);
  g_assert_true (x->chair);
  g_assert_nonnull (attendance (doc, person (doc, "Abdel Fattah el-Sisi"), sco));
}

/* "held a virtual summit": everyone by video link, in later sentences too. */
static void
test_virtual_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet online\n\n"
    "Leaders of the Group of 20 held a virtual summit hosted by Saudi Arabia on Saturday.\n"
    "German Chancellor Angela Merkel and French President Emmanuel Macron also participated.\n");
  gint g20 = find_lex (doc, NG_KIND_ORG, "org-g20");
  const NgAttendance *m = expect_status (doc, person (doc, "Angela Merkel"), g20, NG_STATUS_ATTENDED);
  g_assert_cmpint (m->mode, ==, NG_MODE_VIDEO);
  const NgAttendance *e = expect_status (doc, person (doc, "Emmanuel Macron"), g20, NG_STATUS_ATTENDED);
  g_assert_cmpint (e->mode, ==, NG_MODE_VIDEO);
}

/* "will meet in Kazan on October 22" is still to come; "was represented
 * by", "cancelled his trip": absent; "is also due in Kazan": planned. */
static void
test_stand_ins_and_plans (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "BRICS meets\n\n"
    "Leaders of the BRICS group will meet in Kazan on July 5.\n"
    "Brazilian President Luiz Inacio Lula da Silva was represented at the summit by Foreign Minister Mauro Vieira.\n"
    "South African President Cyril Ramaphosa cancelled his trip to the summit.\n"
    "Indian Prime Minister Narendra Modi is also due in Kazan.\n");
  gint brics = find_lex (doc, NG_KIND_ORG, "org-brics");
  expect_status (doc, person (doc, "Luiz Inacio Lula da Silva"), brics, NG_STATUS_ABSENT);
  expect_status (doc, person (doc, "Mauro Vieira"), brics, NG_STATUS_PLANNED);
  expect_status (doc, person (doc, "Cyril Ramaphosa"), brics, NG_STATUS_ABSENT);
  expect_status (doc, person (doc, "Narendra Modi"), brics, NG_STATUS_PLANNED);
}

/* "held his first talks with X" are talks; the headline's talks of the
 * two are the body's, which ministers joined. */
static void
test_headline_talks_joined (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Japan's Ishiba meets Trump at White House\n\n"
    "WASHINGTON, Feb 7 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba held his first talks with U.S. President "
    "Donald Trump at the White House on Friday.\n"
    "Secretary of State Marco Rubio and Japanese Foreign Minister Takeshi Iwaya joined the meeting.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_cmpstr (meeting (doc, 0)->date, ==, "--02-07");
  g_assert_cmpuint (doc->attendance->len, ==, 4);
}

/* "was received by X at the airport"; "is to meet regional leader X": a
 * full name met is a person, even unknown; not a place met in. */
static void
test_met_objects (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "President visits Iraq\n\n"
    "Iranian President Masoud Pezeshkian was received by Iraqi Prime Minister Mohammed Shia al-Sudani at the "
    "airport in Baghdad.\n"
    "Pezeshkian will also visit Arbil, where he is to meet regional leader Nechirvan Barzani on Thursday.\n"
    "Officials met in Belo Horizonte.\n");
  gint p = person (doc, "Masoud Pezeshkian"), s = person (doc, "Mohammed Shia al-Sudani");
  const NgAttendance *a = expect_status (doc, p, -1, NG_STATUS_ATTENDED);
  const NgAttendance *b = expect_status (doc, s, -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  expect_status (doc, person (doc, "Nechirvan Barzani"), -1, NG_STATUS_PLANNED);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Belo Horizonte"), <, 0);
}

/* "X, who is hosting the meeting, said ... frozen Russian assets": the
 * host, present; "will be attended by X": planned; the headline's
 * reception of one named person is the body's. */
static void
test_host_speaks_planned_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Saudi crown prince receives Ukraine's Zelenskiy in Jeddah\n\n"
    "JEDDAH, March 10 (Reuters) - Saudi Crown Prince Mohammed bin Salman received Ukrainian President Volodymyr "
    "Zelenskiy in Jeddah on Monday.\n"
    "Finance ministers of the Group of Seven began two days of talks in Stresa on Monday.\n"
    "Italian Economy Minister Giancarlo Giorgetti, who is hosting the meeting, said the group would discuss "
    "frozen Russian assets.\n"
    "The talks will be attended by U.S. Treasury Secretary Janet Yellen.\n");
  gint g7 = find_lex (doc, NG_KIND_ORG, "org-g7");
  const NgAttendance *g = expect_status (doc, person (doc, "Giancarlo Giorgetti"), g7, NG_STATUS_ATTENDED);
  g_assert_true (g->chair);
  expect_status (doc, person (doc, "Janet Yellen"), g7, NG_STATUS_PLANNED);
  gint z = person (doc, "Volodymyr Zelenskiy");
  g_assert_cmpuint (count_attendance (doc, z), ==, 1);
}

/* "The Kazakh leader will attend": the description joins the Kazakh president, not another leader. */
static void
test_description (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin in Astana on Monday.\n"
    "The Kazakh leader will attend the summit of the Eurasian Economic Union in Minsk on Thursday.\n");
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  g_assert_cmpint (eaeu, >=, 0);
  gint t = person (doc, "Kassym-Jomart Tokayev");
  gint p = person (doc, "Vladimir Putin");
  expect_status (doc, t, eaeu, NG_STATUS_PLANNED);
  g_assert_null (attendance (doc, p, eaeu));
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, 2);
}

/* "The President of Kazakhstan", "the Belarusian President": a title with
 * its country and no name is the person named earlier with that post. */
static void
test_title_anaphor (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Kazakh President Kassym-Jomart Tokayev and Belarusian President Alexander Lukashenko arrived in Minsk on Monday.\n"
    "The President of Kazakhstan also met with Armenian Prime Minister Nikol Pashinyan.\n"
    "The Belarusian President will attend the summit of the Eurasian Economic Union on Friday.\n"
    "The Prime Minister of Kyrgyzstan did not come.\n");
  gint t = person (doc, "Kassym-Jomart Tokayev");
  gint l = person (doc, "Alexander Lukashenko");
  gint p = person (doc, "Nikol Pashinyan");
  gboolean met = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      gboolean with_t = FALSE, with_p = FALSE;
      for (guint a = 0; a < doc->attendance->len; a++)
        {
          const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, a);
          if (at->meeting == (gint) i)
            with_t = with_t || at->person == t, with_p = with_p || at->person == p;
        }
      met = met || (with_t && with_p);
    }
  g_assert_true (met);
  gint eaeu = find_lex (doc, NG_KIND_ORG, "org-eaeu");
  expect_status (doc, l, eaeu, NG_STATUS_PLANNED);
  g_assert_null (attendance (doc, t, eaeu));
  /* nobody was named Prime Minister of Kyrgyzstan: no one is taken for it */
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, 3);
}

/* A name alone that is the first word of exactly one full name is that
 * person ("Wang" for Wang Yi); not when two full names start with it, nor
 * after a title. */
static void
test_given_name_alone (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Busan\n\n"
    "Chinese Foreign Minister Wang Yi and South Korean Foreign Minister Park Jin met in Busan on Monday.\n"
    "North Korean envoy Kim Song and South Korean envoy Kim Hong-kyun also spoke.\n"
    "Later, Japanese Foreign Minister Yoko Kamikawa held separate talks with Wang and Park.\n"
    "Kim said nothing.\n"
    "Brazilian President Luiz Inacio Lula da Silva arrived later. Lula said he was pleased.\n"
    "Malaysian Prime Minister Anwar Ibrahim came too. Datuk Seri Anwar said little.\n");
  gint wang = person (doc, "Wang Yi"), park = person (doc, "Park Jin"), kama = person (doc, "Yoko Kamikawa");
  g_assert_cmpint (person (doc, "Wang"), ==, wang);
  g_assert_cmpint (person (doc, "Park"), ==, park);
  g_assert_cmpint (find (doc, NG_KIND_PERSON, "Kim"), <, 0);
  g_assert_cmpint (person (doc, "Lula"), ==, person (doc, "Luiz Inacio Lula da Silva"));
  g_assert_cmpint (person (doc, "Anwar"), ==, person (doc, "Anwar Ibrahim"));
  /* Kamikawa's talks are with both */
  gboolean both = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      guint n = 0;
      for (guint a = 0; a < doc->attendance->len; a++)
        {
          const NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, a);
          if (at->meeting == (gint) i && (at->person == wang || at->person == park || at->person == kama))
            n++;
        }
      both = both || n == 3;
    }
  g_assert_true (both);
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, 7);
}

/* An organization in a relative clause about a person organizes nothing
 * of the sentence. */
static void
test_relative_clause_org (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister to visit\n\n"
    "Chinese Foreign Minister Wang Yi met Brazilian Foreign Minister Mauro Vieira in Rio de Janeiro on Monday.\n"
    "Wang, who also sits on the Political Bureau of the Communist Party of China Central Committee, "
    "will also pay an official visit to Brazil.\n");
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (meeting (doc, (gint) i)->organizer, <, 0);
}

/* "European Council President Charles Michel": the lexicon's "President of
 * the European Council", a post of that body. */
static void
test_body_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "EU leaders meet\n\n"
    "European Council President Charles Michel will chair the summit.\n");
  const NgPost *p = post (doc, person (doc, "Charles Michel"));
  g_assert_nonnull (p);
  g_assert_cmpstr (p->title, ==, "President");
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_ORG, "org-european-council"));
}

/* "X stayed away and sent Foreign Minister Y", "X, who ..., was represented
 * by Y": Y's post is of X's country. */
static void
test_stand_in_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Leaders of the Arab League met in Baghdad on Tuesday.\n"
    "Algerian President Abdelmadjid Tebboune stayed away and sent Foreign Minister Ahmed Attaf.\n"
    "Russian President Vladimir Putin, who faces an arrest warrant, joined by video link and was represented "
    "in person by Foreign Minister Sergei Lavrov.\n");
  const NgPost *a = post (doc, person (doc, "Ahmed Attaf"));
  g_assert_nonnull (a);
  g_assert_cmpint (a->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-algeria"));
  const NgPost *l = post (doc, person (doc, "Sergei Lavrov"));
  g_assert_nonnull (l);
  g_assert_cmpint (l->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-russia"));
}

/* "met his Chinese counterpart Wang Yi": the post of the one met, in the
 * counterpart's country, under its usual name there; an honorific between
 * a post and a name is not the post's. */
static void
test_counterpart_post (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "U.S. Secretary of State Antony Blinken met his Chinese counterpart Wang Yi in Beijing on Friday.\n"
    "Saudi Foreign Minister Prince Faisal bin Farhan and his Jordanian counterpart Ayman Safadi also met.\n");
  const NgPost *w = post (doc, person (doc, "Wang Yi"));
  g_assert_nonnull (w);
  g_assert_cmpstr (w->title, ==, "Foreign Minister");
  g_assert_cmpint (w->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-china"));
  const NgPost *f = post (doc, person (doc, "Faisal bin Farhan"));
  g_assert_nonnull (f);
  g_assert_cmpstr (f->title, ==, "Foreign Minister");
  const NgPost *a = post (doc, person (doc, "Ayman Safadi"));
  g_assert_nonnull (a);
  g_assert_cmpstr (a->title, ==, "Foreign Minister");
  g_assert_cmpint (a->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-jordan"));
}

/* "The German chancellor, Olaf Scholz,": a title naming the person after
 * it, not someone named before. */
static void
test_description_as_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Leaders of the European Union met in Brussels on Tuesday, and German President Frank-Walter Steinmeier "
    "attended.\n"
    "The German chancellor, Olaf Scholz, addressed the summit by video link.\n");
  gint s = person (doc, "Olaf Scholz");
  const NgPost *p = post (doc, s);
  g_assert_nonnull (p);
  g_assert_cmpstr (p->title, ==, "Chancellor");
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-germany"));
  const NgAttendance *a = attendance (doc, s, -1);
  g_assert_nonnull (a);
  g_assert_cmpint (a->mode, ==, NG_MODE_VIDEO);
  const NgAttendance *f = attendance (doc, person (doc, "Frank-Walter Steinmeier"), -1);
  g_assert_nonnull (f);
  g_assert_cmpint (f->mode, ==, NG_MODE_IN_PERSON);
}

/* A long article naming hundreds of people: every surname said alone
 * joins its own full name, whether the full name comes before it or after
 * it, as in a short one (people are found through indexes there, not by a
 * scan of every entity). */
static void
test_many_people (gconstpointer data)
{
  static const char *const given[] = { "Andrei", "Viktor", "Maria", "Elena", "Pavel", "Olga" };
  static const char *const syl[] = { "ka", "ro", "vin", "del", "mar", "tos", "len", "bur", "sik", "zan" };
  static const char *const ends[] = { "ov", "ski", "enko" };
  enum { N = 300 };
  g_autoptr (GString) text = g_string_new (DATED "Officials meet in Minsk\n\n");
  g_autoptr (GPtrArray) full = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) sur = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < N; i++)
    {
      char *s = g_strdup_printf ("%s%s%s", syl[i % 10], syl[(i / 10) % 10], ends[i / 100]);
      s[0] = g_ascii_toupper (s[0]);
      g_ptr_array_add (sur, s);
      g_ptr_array_add (full, g_strdup_printf ("%s %s", given[i % 6], s));
      if (i % 2 == 0)
        g_string_append_printf (text, "Deputy Minister %s arrived in Minsk on Tuesday. %s said the talks were useful.\n",
                                (char *) full->pdata[i], (char *) sur->pdata[i]);
      else
        g_string_append_printf (text, "%s spoke first. Deputy Minister %s arrived later.\n",
                                (char *) sur->pdata[i], (char *) full->pdata[i]);
    }
  g_autoptr (NgDoc) doc = extract (data, text->str);
  for (guint i = 0; i < N; i++)
    {
      gint p = person (doc, full->pdata[i]);
      g_assert_cmpint (person (doc, sur->pdata[i]), ==, p);
      g_assert_cmpstr (ent (doc, p)->name, ==, full->pdata[i]);
    }
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, N);
}

/* "X hosted Y, Z and W in Berlin on Friday for talks", "X welcomed Y to
 * the Elysee Palace for a state visit": the host and the guests meet, in
 * the city (a palace under a Paris dateline is in Paris), not in the
 * continent named after ("the first by Xi to Europe"). */
static void
test_host_guests_for_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Weimar talks\n\nBERLIN, March 15 (Reuters) - German Chancellor Olaf Scholz hosted French President "
    "Emmanuel Macron, Polish Prime Minister Donald Tusk and Czech Prime Minister Petr Fiala in Berlin on "
    "Friday for talks on Ukraine.\n");
  gint s = person (doc, "Olaf Scholz");
  const NgAttendance *a = expect_status (doc, s, -1, NG_STATUS_ATTENDED);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpstr (m->date, ==, "--03-15");
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-berlin"));
  static const char *const guests[] = { "Emmanuel Macron", "Donald Tusk", "Petr Fiala" };
  for (guint i = 0; i < G_N_ELEMENTS (guests); i++)
    g_assert_cmpint (expect_status (doc, person (doc, guests[i]), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);

  g_autoptr (NgDoc) d2 = extract (data,
    "Macron welcomes Xi\n\nPARIS (AFP) - French President Emmanuel Macron welcomed Chinese leader Xi Jinping "
    "to the Elysee Palace on Monday for a state visit, the first by Xi to Europe in five years.\n");
  const NgAttendance *b = expect_status (d2, person (d2, "Xi Jinping"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (d2, person (d2, "Emmanuel Macron"), -1, NG_STATUS_ATTENDED)->meeting, ==, b->meeting);
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-paris"));
}

/* A title before a comma and the honorifics of a name is the name's:
 * "Qatar's emir, Sheikh Tamim"; "Prince" and "Sheikh" themselves are no
 * posts ("his Saudi counterpart Prince Faisal" is a foreign minister). */
static void
test_title_over_honorific (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Doha\n\nDOHA - Blinken met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, on Monday. "
    "Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart Prince Faisal bin Farhan "
    "signed a statement.\n");
  const NgPost *p = post (doc, person (doc, "Tamim bin Hamad Al Thani"));
  g_assert_nonnull (p);
  g_assert_cmpstr (p->title, ==, "Emir");
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-qatar"));
  const NgPost *f = post (doc, person (doc, "Faisal bin Farhan"));
  g_assert_nonnull (f);
  g_assert_cmpstr (f->title, ==, "Foreign Minister");
  g_assert_cmpint (f->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-saudi-arabia"));
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const char *t = g_array_index (doc->posts, NgPost, i).title;
      g_assert_cmpstr (t, !=, "Prince");
      g_assert_cmpstr (t, !=, "Sheikh");
    }
}

/* A speaker takes part only when the speech is said at the meeting:
 * "told reporters at Haneda airport" is not, "said at the talks" is. */
static void
test_speaker_at_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Visit to Tokyo\n\n"
    "Prabowo Subianto and Shigeru Ishiba will hold talks in Tokyo on Monday, Indonesian Foreign Minister "
    "Sugiono told reporters at Haneda airport.\n"
    "Japanese Foreign Minister Takeshi Iwaya met Sugiono in Tokyo on Friday, Trade Minister Yoji Muto said at the talks.\n");
  g_assert_cmpuint (count_attendance (doc, person (doc, "Shigeru Ishiba")), ==, 1);
  gint muto = person (doc, "Yoji Muto");
  const NgAttendance *a = expect_status (doc, muto, -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (doc, person (doc, "Takeshi Iwaya"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  /* Sugiono meets Iwaya on Friday; he is not at Monday's talks */
  const NgAttendance *s = attendance (doc, person (doc, "Sugiono"), -1);
  g_assert_nonnull (s);
  g_assert_cmpint (s->meeting, ==, a->meeting);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Sugiono")), ==, 1);
}

/* "The foreign ministers of Iran and Saudi Arabia met in Beijing": a
 * meeting of whoever the article says holds that post in those countries;
 * not of other ministers of theirs. */
static void
test_described_people_meet (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Beijing\n\n"
    "The foreign ministers of Iran and Saudi Arabia met in Beijing on Monday.\n"
    "Iranian Foreign Minister Hossein Amir-Abdollahian and his Saudi counterpart Faisal bin Farhan signed a statement.\n"
    "Iranian Defence Minister Mohammad Reza Ashtiani was not in Beijing.\n"
    "Chinese Foreign Minister Qin Gang hosted the talks.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Hossein Amir-Abdollahian"), -1, NG_STATUS_ATTENDED);
  const NgMeeting *m = meeting (doc, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-beijing"));
  g_assert_cmpstr (m->date, ==, "2024-07-01");
  g_assert_cmpint (expect_status (doc, person (doc, "Faisal bin Farhan"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpint (expect_status (doc, person (doc, "Qin Gang"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Mohammad Reza Ashtiani")), ==, 0);

  /* the countries before the post; leaders are heads of state or government */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet\n\n"
    "Vietnamese and Lao leaders will meet in Hanoi on Friday.\n"
    "Vietnamese President Luong Cuong will welcome Lao President Thongloun Sisoulith.\n"
    "Trade will grow, Lao Foreign Minister Thongsavanh Phomvihane said in Vientiane.\n");
  const NgAttendance *b = expect_status (d2, person (d2, "Thongloun Sisoulith"), -1, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (d2, b->meeting)->date, ==, "2024-07-05");
  g_assert_cmpint (expect_status (d2, person (d2, "Luong Cuong"), -1, NG_STATUS_PLANNED)->meeting, ==, b->meeting);
  g_assert_cmpuint (count_attendance (d2, person (d2, "Thongsavanh Phomvihane")), ==, 0);
}

/* "The 54th General Assembly of the OAS opened in Asuncion on Wednesday":
 * a body's meeting said by its opening ("General" starts the body's name,
 * it is no title); "were among the delegates" is presence. */
static void
test_body_opens (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Assembly opens\n\n"
    "The 54th General Assembly of the Organization of American States opened in Asuncion on Wednesday.\n"
    "Argentine Foreign Minister Diana Mondino and Chilean Foreign Minister Alberto van Klaveren were among the delegates.\n");
  gint oas = find_lex (doc, NG_KIND_ORG, "org-oas");
  g_assert_cmpint (oas, >=, 0);
  gint m = only_meeting_of (doc, oas);
  g_assert_cmpstr (meeting (doc, m)->date, ==, "2024-07-03");
  g_assert_cmpint (meeting (doc, m)->place, ==, must_lex (doc, NG_KIND_CITY, "city-asuncion"));
  g_assert_cmpint (expect_status (doc, person (doc, "Diana Mondino"), oas, NG_STATUS_ATTENDED)->meeting, ==, m);
  g_assert_cmpint (expect_status (doc, person (doc, "Alberto van Klaveren"), oas, NG_STATUS_ATTENDED)->meeting, ==, m);
  for (guint i = 0; i < doc->posts->len; i++)
    g_assert_cmpstr (g_array_index (doc->posts, NgPost, i).title, !=, "General");
}

/* "the Ambassador of Japan to Kazakhstan Ichiro Kadomatsu": an envoy's
 * post is in the country that sends the envoy. */
static void
test_envoy_to (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister meets envoy\n\n"
    "Kazakh Foreign Minister Murat Nurtleu met with the Ambassador of Japan to Kazakhstan Ichiro Kadomatsu.\n");
  const NgPost *p = post (doc, person (doc, "Ichiro Kadomatsu"));
  g_assert_nonnull (p);
  g_assert_cmpstr (p->title, ==, "Ambassador");
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-japan"));
}

/* "PM Shehbaz arrives" over a body naming Shehbaz Sharif: the acronym is
 * the title, and a headline's one name waits for the body's full name. */
static void
test_headline_acronym_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "PM Shehbaz arrives in Astana\n\n"
    "Prime Minister Shehbaz Sharif arrived in Astana on Tuesday.\n");
  gint s = person (doc, "Shehbaz Sharif");
  g_assert_cmpint (person (doc, "Shehbaz"), ==, s);
  g_assert_cmpuint (count_kind (doc, NG_KIND_PERSON), ==, 1);
  for (guint i = 0; i < doc->posts->len; i++)
    g_assert_cmpstr (g_array_index (doc->posts, NgPost, i).title, ==, "Prime Minister");
}

/* The talks, a dinner of the same two people the day before, and a
 * delegation: the delegation is the talks', the dinner stays apart with
 * its own place, and the headline's meeting is the talks. */
static void
test_dinner_beside_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "PM Modi meets Putin in Moscow\n\n"
    "Prime Minister Narendra Modi on Tuesday held talks with Russian President Vladimir Putin in Moscow.\n"
    "On Monday evening, Putin hosted Modi for a private dinner at his residence in Novo-Ogaryovo.\n"
    "External Affairs Minister S. Jaishankar was part of the Indian delegation.\n");
  gint modi = person (doc, "Narendra Modi"), putin = person (doc, "Vladimir Putin");
  gint jai = person (doc, "S. Jaishankar");
  g_assert_cmpuint (count_attendance (doc, jai), ==, 1);
  const NgMeeting *talks = meeting (doc, attendance (doc, jai, -1)->meeting);
  g_assert_cmpstr (talks->date, ==, "2024-07-02");
  g_assert_cmpint (talks->place, ==, must_lex (doc, NG_KIND_CITY, "city-moscow"));
  g_assert_cmpuint (count_attendance (doc, modi), ==, 2);
  g_assert_cmpuint (count_attendance (doc, putin), ==, 2);
  g_assert_cmpuint (doc->meetings->len, ==, 2);
  for (guint i = 0; i < doc->meetings->len; i++)
    if (meeting (doc, (gint) i) != talks)
      {
        g_assert_cmpstr (meeting (doc, (gint) i)->date, ==, "2024-07-01");
        g_assert_cmpint (meeting (doc, (gint) i)->place, ==, must_lex (doc, NG_KIND_PLACE, "place-novo-ogaryovo"));
      }
}

/* A trip: talks in Beijing, then more talks said without a place are in
 * Beijing too, not in the dateline's city. */
static void
test_trip_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister in China\n\nBERLIN (DW) - German Foreign Minister Annalena Baerbock met Chinese Foreign "
    "Minister Wang Yi in Beijing on Tuesday.\n"
    "Baerbock also held talks with Vice President Han Zheng.\n"
    "French Foreign Minister Jean-Noel Barrot held talks with Polish Foreign Minister Radoslaw Sikorski on Monday.\n");
  gint beijing = find_lex (doc, NG_KIND_CITY, "city-beijing");
  const NgAttendance *h = expect_status (doc, person (doc, "Han Zheng"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, h->meeting)->place, ==, beijing);
  /* talks of other people keep the dateline */
  const NgAttendance *b = expect_status (doc, person (doc, "Jean-Noel Barrot"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, b->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-berlin"));
}

/* "received his Syrian counterpart Asaad al-Shaibani": a name after a
 * description is a person even unknown; "called on Sri Lankan President
 * X" is a meeting, "called on African leaders to ..." is not; "were
 * joined by X for a trilateral meeting" is the meeting before. */
static void
test_counterpart_call_on_joined (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Turkish Foreign Minister Hakan Fidan on Monday received his Syrian counterpart Asaad al-Shaibani in Ankara.\n");
  gint s = person (doc, "Asaad al-Shaibani");
  const NgAttendance *a = expect_status (doc, s, -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (doc, person (doc, "Hakan Fidan"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpint (post (doc, s)->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-syria"));

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Minister in Colombo\n\n"
    "External Affairs Minister S. Jaishankar on Tuesday called on Sri Lankan President Anura Kumara Dissanayake in Colombo.\n"
    "Ethiopian Prime Minister Abiy Ahmed called on Kenyan President William Ruto to end the strike.\n");
  const NgAttendance *b = expect_status (d2, person (d2, "Anura Kumara Dissanayake"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (d2, person (d2, "S. Jaishankar"), -1, NG_STATUS_ATTENDED)->meeting, ==, b->meeting);
  g_assert_cmpstr (meeting (d2, b->meeting)->date, ==, "2024-07-02");
  g_assert_cmpuint (count_attendance (d2, person (d2, "William Ruto")), ==, 0);

  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Leaders in Cairo\n\n"
    "Egyptian President Abdel Fattah al-Sisi and Jordan's King Abdullah II met in Cairo on Sunday.\n"
    "The two leaders were joined by Palestinian President Mahmoud Abbas for a trilateral meeting.\n");
  const NgAttendance *c = expect_status (d3, person (d3, "Mahmoud Abbas"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (d3, person (d3, "Abdullah II"), -1, NG_STATUS_ATTENDED)->meeting, ==, c->meeting);
  g_assert_cmpstr (meeting (d3, c->meeting)->date, ==, "2024-06-30");
}

/* "today received a courtesy call from X" is a meeting of today, "Also
 * present were ..." attend it; "X hosted Y at the palace" is a meeting,
 * and "The two leaders co-chaired a meeting of the council" is theirs;
 * "last met in Rio on the sidelines of a G20 meeting" places the G20
 * meeting in Rio. */
static void
test_courtesy_call_host_pair (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Courtesy call\n\n"
    "Prime Minister Anwar Ibrahim today received a courtesy call from Japanese Foreign Minister Takeshi Iwaya in Putrajaya.\n"
    "Also present were Foreign Minister Mohamad Hasan and Japanese Ambassador to Malaysia Katsuhiko Takahashi.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Takeshi Iwaya"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-03");
  g_assert_cmpint (expect_status (doc, person (doc, "Anwar Ibrahim"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpint (expect_status (doc, person (doc, "Mohamad Hasan"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpint (expect_status (doc, person (doc, "Katsuhiko Takahashi"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Orban in Ankara\n\n"
    "Turkish President Recep Tayyip Erdogan hosted Hungarian Prime Minister Viktor Orban at the presidential "
    "palace in Ankara on Tuesday.\n"
    "The two leaders co-chaired a meeting of the High-Level Strategic Cooperation Council.\n");
  gint e = person (d2, "Recep Tayyip Erdogan"), o = person (d2, "Viktor Orban");
  g_assert_cmpuint (count_attendance (d2, e), ==, 2);
  g_assert_cmpuint (count_attendance (d2, o), ==, 2);
  const NgAttendance *b = expect_status (d2, o, -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (d2, b->meeting)->date, ==, "2024-07-02");
  g_assert_cmpint (meeting (d2, b->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-ankara"));

  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Ministers talk\n\nBEIJING - Chinese Foreign Minister Wang Yi spoke by phone with Russian Foreign "
    "Minister Sergei Lavrov on Tuesday.\n"
    "The two ministers last met in Rio de Janeiro on the sidelines of a G20 meeting.\n");
  gint g20 = find_lex (d3, NG_KIND_ORG, "org-g20");
  g_assert_cmpint (g20, >=, 0);
  g_assert_cmpint (meeting (d3, only_meeting_of (d3, g20))->place, ==, must_lex (d3, NG_KIND_CITY, "city-rio-de-janeiro"));
}

/* A trip told out of order: "travelled to Kyiv from Poland, where he met
 * Tusk on Thursday" is in Poland; "The visit came six weeks after Modi met
 * Putin in Moscow" gives the visit neither Putin nor Moscow; "King Charles
 * hosted Trump for a state banquet" is not the talks before; "pressure
 * from U.S. President X" is no attendance. */
static void
test_trip_out_of_order (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Modi in Kyiv\n\n"
    "Indian Prime Minister Narendra Modi held talks with Ukrainian President Volodymyr Zelenskiy in Kyiv on Tuesday.\n"
    "Modi travelled to Kyiv by train from Poland, where he met Polish Prime Minister Donald Tusk on Monday.\n"
    "The visit came six weeks after Modi met Russian President Vladimir Putin in Moscow.\n");
  gint modi = person (doc, "Narendra Modi");
  const NgAttendance *t = expect_status (doc, person (doc, "Donald Tusk"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, t->meeting)->place, ==, must_lex (doc, NG_KIND_COUNTRY, "country-poland"));
  g_assert_cmpstr (meeting (doc, t->meeting)->date, ==, "2024-07-01");
  const NgAttendance *p = expect_status (doc, person (doc, "Vladimir Putin"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (p->meeting, !=, t->meeting);
  g_assert_cmpint (meeting (doc, p->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-moscow"));
  g_assert_cmpuint (count_attendance (doc, person (doc, "Vladimir Putin")), ==, 1);
  g_assert_cmpuint (count_attendance (doc, modi), ==, 3);

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Trump in Britain\n\n"
    "Prime Minister Keir Starmer held talks with U.S. President Donald Trump in London on Tuesday.\n"
    "King Charles III hosted Trump at Windsor on Monday for a state banquet.\n");
  const NgAttendance *k = expect_status (d2, person (d2, "Charles III"), -1, NG_STATUS_ATTENDED);
  const NgAttendance *s = expect_status (d2, person (d2, "Keir Starmer"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (k->meeting, !=, s->meeting);
  g_assert_cmpstr (meeting (d2, k->meeting)->date, ==, "2024-07-01");
  g_assert_cmpstr (meeting (d2, s->meeting)->date, ==, "2024-07-02");

  g_autoptr (NgDoc) d3 = extract (data,
    DATED "NATO summit\n\n"
    "NATO leaders met at a summit in The Hague on Tuesday, bowing to pressure from U.S. President Donald Trump.\n");
  gint nato = find_lex (d3, NG_KIND_ORG, "org-nato");
  g_assert_cmpint (nato, >=, 0);
  g_assert_cmpuint (count_attendance (d3, person (d3, "Donald Trump")), ==, 0);
}

/* Readouts of Caucasus and Central Asian outlets: "has received a
 * delegation led by Hungarian Minister of Foreign Affairs and Trade X"
 * (a meeting with X, of the article's day; the portfolio's "and"); "received
 * Member of the Political Bureau of the CPC Central Committee, Minister
 * ... X" (the party organizes nothing); "Chairman of the Cabinet of
 * Ministers X also took part in the talks" after talks "within the
 * framework of the meeting of the council" (the talks'). */
static void
test_readouts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Aliyev receives delegation\n\n"
    "Azerbaijani President Ilham Aliyev has received a delegation led by Hungarian Minister of Foreign Affairs "
    "and Trade Peter Szijjarto.\n");
  gint sz = person (doc, "Peter Szijjarto");
  const NgAttendance *a = expect_status (doc, sz, -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-03");
  g_assert_cmpint (expect_status (doc, person (doc, "Ilham Aliyev"), -1, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpstr (post (doc, sz)->title, ==, "Minister of Foreign Affairs and Trade");

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Wang Yi in Tashkent\n\n"
    "On July 2, President Shavkat Mirziyoyev received Member of the Political Bureau of the CPC Central "
    "Committee, Minister of Foreign Affairs of China Wang Yi, who is in Tashkent on an official visit.\n");
  const NgAttendance *w = expect_status (d2, person (d2, "Wang Yi"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (d2, w->meeting)->organizer, <, 0);
  for (guint i = 0; i < d2->meetings->len; i++)
    g_assert_cmpint (meeting (d2, (gint) i)->organizer, <, 0);

  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Japarov meets Bektenov\n\n"
    "President Sadyr Japarov met with Prime Minister of Kazakhstan Olzhas Bektenov on Tuesday.\n"
    "The meeting took place within the framework of the meeting of the Eurasian Intergovernmental Council in Bishkek.\n"
    "Chairman of the Cabinet of Ministers Adylbek Kasymaliev also took part in the talks.\n");
  const NgAttendance *k = expect_status (d3, person (d3, "Adylbek Kasymaliev"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (d3, person (d3, "Olzhas Bektenov"), -1, NG_STATUS_ATTENDED)->meeting, ==, k->meeting);
  g_assert_cmpint (find (d3, NG_KIND_ORG, "Cabinet of Ministers Adylbek Kasymaliev"), <, 0);
}

/* Statuses across sentences: "cancelled his trip" then "will take part in
 * the summit by videoconference" (planned by video; the minister who
 * "will lead the delegation" after ", and" comes in person); "pulled out
 * of a regional summit in Kinshasa" then "the meeting of the East African
 * Community" (one meeting, the community's, in Kinshasa). */
static void
test_statuses_across (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Lula cancels trip\n\n"
    "Brazilian President Luiz Inacio Lula da Silva cancelled his trip to the BRICS summit in Kazan.\n"
    "Lula will take part in the summit by videoconference, and Foreign Minister Mauro Vieira will lead the "
    "Brazilian delegation in Kazan.\n");
  gint brics = find_lex (doc, NG_KIND_ORG, "org-brics");
  const NgAttendance *l = expect_status (doc, person (doc, "Luiz Inacio Lula da Silva"), brics, NG_STATUS_PLANNED);
  g_assert_cmpint (l->mode, ==, NG_MODE_VIDEO);
  const NgAttendance *v = expect_status (doc, person (doc, "Mauro Vieira"), brics, NG_STATUS_PLANNED);
  g_assert_cmpint (v->mode, ==, NG_MODE_IN_PERSON);

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ruto pulls out\n\n"
    "Kenyan President William Ruto has pulled out of a regional summit in Kinshasa on Saturday.\n"
    "Rwandan President Paul Kagame will also not attend the meeting of the East African Community.\n"
    "Ugandan President Yoweri Museveni is expected to attend.\n");
  gint eac = find_lex (d2, NG_KIND_ORG, "org-eac");
  g_assert_cmpint (eac, >=, 0);
  gint m = only_meeting_of (d2, eac);
  g_assert_cmpuint (d2->meetings->len, ==, 1);
  g_assert_cmpint (meeting (d2, m)->place, ==, must_lex (d2, NG_KIND_CITY, "city-kinshasa"));
  expect_status (d2, person (d2, "William Ruto"), eac, NG_STATUS_ABSENT);
  expect_status (d2, person (d2, "Paul Kagame"), eac, NG_STATUS_ABSENT);
  expect_status (d2, person (d2, "Yoweri Museveni"), eac, NG_STATUS_PLANNED);
}

/* Without a year, a weekday said of the past is the article's own day
 * rather than the day before: "KUWAIT CITY, Dec 1 (AFP) - ... gathered in
 * Kuwait City on Sunday" is on December 1. */
static void
test_weekday_same_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    "Gulf summit\n\nKUWAIT CITY, Dec 1 (AFP) - Leaders of the Gulf Cooperation Council gathered in "
    "Kuwait City on Sunday for their annual summit.\n");
  gint gcc = find_lex (doc, NG_KIND_ORG, "org-gcc");
  g_assert_cmpint (gcc, >=, 0);
  g_assert_cmpstr (meeting (doc, only_meeting_of (doc, gcc))->date, ==, "--12-01");
}

/* "Former President X criticised the talks": an opinion of the meeting
 * is no part in it; "Saudi Arabia's Minister of State for Foreign Affairs
 * Adel al-Jubeir": a title with two "of"/"for" phrases. */
static void
test_opinion_and_long_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Vienna\n\n"
    "IAEA Director General Rafael Grossi met Iranian Deputy Foreign Minister Kazem Gharibabadi in Vienna on Monday.\n"
    "Former President Dmitry Medvedev criticised the talks.\n"
    "Saudi Arabia's Minister of State for Foreign Affairs Adel al-Jubeir praised the talks.\n");
  expect_status (doc, person (doc, "Kazem Gharibabadi"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Dmitry Medvedev")), ==, 0);
  gint j = person (doc, "Adel al-Jubeir");
  g_assert_cmpuint (count_attendance (doc, j), ==, 0);
  const NgPost *p = post (doc, j);
  g_assert_nonnull (p);
  g_assert_cmpstr (p->title, ==, "Minister of State for Foreign Affairs");
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-saudi-arabia"));
}

/* "On the sidelines of the X heads of government meeting, Suleiman met
 * with Y": the surname after the comma takes part ("of" three words
 * back is no "in the absence of his deputy, X"); and "the World Leaders
 * Climate Action Summit of the COP29 conference" is one event. */
static void
test_sidelines_subject (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Gulf talks\n\n"
    "Bahraini Foreign Minister Noura Suleiman arrived in Sharjah on Monday.\n"
    "On the sidelines of the Gulf Cooperation Council heads of government meeting, Suleiman met with Omani "
    "Prime Minister Abdullah Mansour.\n"
    "In the absence of his deputy, Kuwaiti Foreign Minister Ahmad Sabah stayed home.\n"
    "Kazakh President Kassym-Jomart Tokayev will take part in the World Leaders Climate Action Summit of the "
    "COP29 conference in Baku.\n");
  const NgAttendance *m = expect_status (doc, person (doc, "Abdullah Mansour"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (doc, person (doc, "Noura Suleiman"), -1, NG_STATUS_ATTENDED)->meeting, ==, m->meeting);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Kassym-Jomart Tokayev")), ==, 1);
}

/* "X said on Tuesday after meeting Y in Riyadh" (a meeting of the speaker
 * and Y); "Speaking after talks with Z, X said Washington wanted ..." (X
 * and Z, not in Washington); "will co-host a meeting" (the hosts, planned,
 * also in a headline's "to co-host"). */
static void
test_after_meeting_cohost (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks in Riyadh\n\nRIYADH (Reuters) - U.S. Secretary of State Marco Rubio said on Tuesday after meeting "
    "Russian Foreign Minister Sergei Lavrov in Riyadh that the sides would restore their embassies.\n"
    "Speaking to reporters after talks with Saudi Foreign Minister Faisal bin Farhan, Rubio said Washington "
    "wanted a lasting peace.\n");
  gint r = person (doc, "Marco Rubio");
  const NgAttendance *l = expect_status (doc, person (doc, "Sergei Lavrov"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attendance (doc, r, -1) != NULL);
  gint riyadh = find_lex (doc, NG_KIND_CITY, "city-riyadh");
  g_assert_cmpint (meeting (doc, l->meeting)->place, ==, riyadh);
  const NgAttendance *f = expect_status (doc, person (doc, "Faisal bin Farhan"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, f->meeting)->place, ==, riyadh);
  g_assert_cmpuint (count_attendance (doc, r), ==, 2);

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Macron and Starmer to co-host Ukraine summit\n\n"
    "French President Emmanuel Macron and British Prime Minister Keir Starmer will co-host a meeting of "
    "leaders on Ukraine in Paris on Friday.\n");
  const NgAttendance *m = expect_status (d2, person (d2, "Emmanuel Macron"), -1, NG_STATUS_PLANNED);
  g_assert_cmpint (expect_status (d2, person (d2, "Keir Starmer"), -1, NG_STATUS_PLANNED)->meeting, ==, m->meeting);
  g_assert_cmpstr (meeting (d2, m->meeting)->date, ==, "2024-07-05");
}

/* "the Tbilisi Dialogue on Regional Security" and "the Tbilisi Dialogue":
 * one body, whose "dialogue" is a meeting word; "calm in the South
 * Caucasus" in the headline is no meeting's place, the body's city is. */
static void
test_dialogue_on_topic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Tbilisi Dialogue urges calm in the South Caucasus\n\n"
    "The fifth Tbilisi Dialogue on Regional Security took place in Tbilisi on Monday, with some 200 "
    "diplomats and researchers taking part.\n"
    "Georgian Foreign Minister Maka Botchorishvili opened the Tbilisi Dialogue, and Armenian Deputy Foreign "
    "Minister Vahan Kostanyan attended the opening session.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Tbilisi Dialogue");
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Tbilisi Dialogue on Regional Security"), ==, org);
  const NgAttendance *a = expect_status (doc, person (doc, "Vahan Kostanyan"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-tbilisi"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-01");
}

/* "consultations on Afghanistan in the so-called Moscow format": the
 * format's meeting; "special envoy for Afghanistan" is where the envoy
 * serves, no meeting's place. */
static void
test_so_called_format_envoy_for (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Kabul talks\n\n"
    "Russian Foreign Minister Sergey Lavrov on Tuesday opened a new round of consultations on Afghanistan "
    "in the so-called Moscow format.\n"
    "The talks were chaired by Zamir Kabulov, the Kremlin's special envoy for Afghanistan.\n");
  gint org = must_lex (doc, NG_KIND_ORG, "org-moscow-format");
  const NgAttendance *a = expect_status (doc, person (doc, "Zamir Kabulov"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, !=, find_lex (doc, NG_KIND_COUNTRY, "country-afghanistan"));
  g_assert_cmpint (expect_status (doc, person (doc, "Sergey Lavrov"), org, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
}

/* An outlet no lexicon knows, under a dateline: a national title without
 * a country is the dateline country's; a wire's is nobody's. */
static void
test_dateline_country_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Mountain forum opens\n\n"
    "KATHMANDU, May 17: Prime Minister KP Sharma Oli on Friday opened a forum on mountains.\n");
  const NgPost *p = post (doc, person (doc, "KP Sharma Oli"));
  g_assert_nonnull (p);
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-nepal"));

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Leaders meet\n\n"
    "BRUSSELS (Reuters) - Prime Minister Keir Starmer on Friday opened a forum on defence.\n");
  const NgPost *q = post (d2, person (d2, "Keir Starmer"));
  g_assert_true (q == NULL || q->of < 0 || q->of != find_lex (d2, NG_KIND_COUNTRY, "country-belgium"));
}

/* Members said of "the conclave" (the last word of the body's name),
 * up to "while" an observer; the founders "by" whom a body was launched;
 * "Its member states include" after the body's sentence. */
static void
test_members_conclave_founders_its (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Security talks\n\n"
    "Officials of the Kivu Security Conclave met in Goma on Monday.\n"
    "The conclave, set up in 2019, now has four members — Rwanda, Uganda, Burundi and Kenya — while "
    "Tanzania takes part as an observer.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Kivu Security Conclave");
  g_assert_true (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-burundi"), org));
  g_assert_false (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, "country-tanzania"), org));

  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Coastal states meet\n\n"
    "Ministers of the Coastal Security Initiative met in Lome on Monday.\n"
    "The Coastal Security Initiative was launched in 2017 by Benin, Togo and Ghana, with Mali joining later as an "
    "observer.\n");
  gint o2 = must_find (d2, NG_KIND_ORG, "Coastal Security Initiative");
  g_assert_true (has_link (d2->members, must_lex (d2, NG_KIND_COUNTRY, "country-benin"), o2));
  g_assert_false (has_link (d2->members, must_lex (d2, NG_KIND_COUNTRY, "country-mali"), o2));

  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Caribbean ministers meet\n\n"
    "Ministers of the Caribbean Basin Council met in Kingston on Monday.\n"
    "The Caribbean Basin Council was founded in 1994 and has its secretariat in Kingston.\n"
    "Its 25 member states include Mexico, Colombia and Venezuela.\n");
  gint o3 = must_find (d3, NG_KIND_ORG, "Caribbean Basin Council");
  g_assert_true (has_link (d3->members, must_lex (d3, NG_KIND_COUNTRY, "country-colombia"), o3));

  /* "the group" is the "International Contact Group on Venezuela", whose
   * head word comes before "on" */
  g_autoptr (NgDoc) d4 = extract (data,
    DATED "Contact group meets\n\n"
    "The International Contact Group on Venezuela met in Montevideo on Thursday.\n"
    "The group is made up of France, Germany and Italy and the European Union itself, together with "
    "Bolivia and Uruguay.\n");
  gint o4 = must_find (d4, NG_KIND_ORG, "International Contact Group on Venezuela");
  g_assert_true (has_link (d4->members, must_lex (d4, NG_KIND_COUNTRY, "country-bolivia"), o4));
  g_assert_false (has_link (d4->members, must_lex (d4, NG_KIND_COUNTRY, "country-bolivia"),
                            must_lex (d4, NG_KIND_ORG, "org-eu")));

  /* "Member states are ..." after a sentence that opens with the body,
   * not the body named last ("the Presidency") */
  g_autoptr (NgDoc) d5 = extract (data,
    DATED "Bloc meets\n\n"
    "Ministers of the Caribbean Basin Council met in Kingston on Monday.\n"
    "The Caribbean Basin Council, the Ghana Presidency has it, is a regional economic community.\n"
    "Member states are Mexico, Colombia, Panama and Venezuela.\n");
  gint o5 = must_find (d5, NG_KIND_ORG, "Caribbean Basin Council");
  g_assert_true (has_link (d5->members, must_lex (d5, NG_KIND_COUNTRY, "country-panama"), o5));
  g_assert_true (has_link (d5->members, must_lex (d5, NG_KIND_COUNTRY, "country-mexico"), o5));
}

/* "the Korea-Africa Foreign Ministers' Meeting" is the Korea-Africa
 * Summit's (the lexicon's series of the two partners); "Participants
 * included X and Y": they attended it. */
static void
test_partners_series_participants (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet in Seoul\n\n"
    "Foreign ministers gathered in Seoul on Tuesday for the Korea-Africa Foreign Ministers' Meeting.\n"
    "Participants included Kenya's Prime Cabinet Secretary Musalia Mudavadi and Morocco's Foreign Minister "
    "Nasser Bourita.\n");
  gint org = must_lex (doc, NG_KIND_ORG, "org-korea-africa-summit");
  const NgAttendance *a = expect_status (doc, person (doc, "Nasser Bourita"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (doc, person (doc, "Musalia Mudavadi"), org, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
}

/* "opened the Micronesian Islands Forum ..., with preparations for the
 * Pacific Islands Forum Leaders Meeting on the agenda": the next
 * sentences' people are at the first; "The Secretary General of the
 * Pacific Islands Forum, X, attended": "Forum" of a post's body is no
 * meeting word. */
static void
test_preparations_post_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Island leaders meet\n\n"
    "Leaders opened the Micronesian Islands Forum in Koror on Monday, with preparations for this year's "
    "Pacific Islands Forum Leaders Meeting high on the agenda.\n"
    "Also attending were Kiribati President Taneti Maamau and Nauru President David Adeang.\n"
    "The Secretary General of the Pacific Islands Forum, Baron Waqa, attended as an observer.\n");
  gint mif = must_lex (doc, NG_KIND_ORG, "org-micronesian-islands-forum");
  const NgAttendance *a = expect_status (doc, person (doc, "Taneti Maamau"), mif, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (doc, person (doc, "Baron Waqa"), mif, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Baron Waqa")), ==, 1);
}

/* "a conference in Berlin ... The conference, co-hosted by Germany, the
 * African Union and ...": that conference is the first host body's;
 * "The RSF, led by Gen. X, did not comment": X leads a body, at no
 * meeting. */
static void
test_cohosted_led_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Donors pledge aid\n\n"
    "German Foreign Minister Johann Wadephul opened a conference on Sudan in Berlin on Wednesday.\n"
    "The conference, co-hosted by Germany, the African Union, France and the European Union, was the third "
    "such gathering.\n"
    "Also attending was French Foreign Minister Jean-Noel Barrot.\n"
    "The RSF, led by Gen. Mohamed Hamdan Dagalo, did not comment.\n");
  gint au = must_lex (doc, NG_KIND_ORG, "org-au");
  const NgAttendance *a = expect_status (doc, person (doc, "Johann Wadephul"), au, NG_STATUS_ATTENDED);
  g_assert_cmpint (expect_status (doc, person (doc, "Jean-Noel Barrot"), au, NG_STATUS_ATTENDED)->meeting, ==, a->meeting);
  g_assert_cmpuint (count_attendance (doc, person (doc, "Mohamed Hamdan Dagalo")), ==, 0);
}

/* A Japanese agency's story from the IRENA Assembly in Abu Dhabi: its
 * "State Minister X" is Japan's, though the dateline is abroad. */
static void
test_home_post_at_body_abroad (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2026-01-11 Jiji Press\nJapan pledges grid support at IRENA Assembly\n\n"
    "ABU DHABI, Jan. 11 (Jiji Press)--State Minister of Economy, Trade and Industry Kazuhiko Oyamada "
    "attended the IRENA Assembly in Abu Dhabi on Sunday.\n");
  const NgPost *p = post (doc, person (doc, "Kazuhiko Oyamada"));
  g_assert_nonnull (p);
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-japan"));
}

/* "called on India to move more of its diamond cutting to Botswana,
 * telling the summit": where things are to go is no meeting's place. */
static void
test_moved_to_no_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Boko courts investors\n\n"
    "President Duma Boko called on India to move more of its diamond cutting and polishing to Botswana, "
    "telling the India-Africa Forum Summit that Africa wants factories.\n");
  gint bw = find_lex (doc, NG_KIND_COUNTRY, "country-botswana");
  g_assert_cmpuint (doc->meetings->len, >=, 1);
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpint (meeting (doc, (gint) i)->place, !=, bw);
}

/* A city, "in" a compass word and its country, or its country's own
 * lower-case words: "in Benghazi, in eastern Libya", "Bujumbura, Burundi's
 * economic capital", "Surat, in India's western state of Gujarat"; not
 * "in Paris in March". */
static void
test_city_in_country (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Talks\n\n"
    "Haftar is based in Benghazi, in eastern Libya.\n"
    "Leaders met in Bujumbura, Burundi's economic capital, on Thursday.\n"
    "Boko will travel to Surat, in India's western state of Gujarat, on Tuesday.\n");
  g_assert_true (has_link (doc->contained, must_lex (doc, NG_KIND_CITY, "city-benghazi"),
                           must_lex (doc, NG_KIND_COUNTRY, "country-libya")));
  g_assert_true (has_link (doc->contained, must_lex (doc, NG_KIND_CITY, "city-bujumbura"),
                           must_lex (doc, NG_KIND_COUNTRY, "country-burundi")));
  g_assert_true (has_link (doc->contained, must_find (doc, NG_KIND_CITY, "Surat"),
                           must_lex (doc, NG_KIND_COUNTRY, "country-india")));
}

/* A month-day to come keeps the article's year though it is far after
 * the article's month ("would meet ... on November 12" in April), and a
 * month-day to come before it is next year's. */
static void
test_year_of_day_to_come (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2026-04-21 Example.com\nDefence ministers meet\n\n"
    "Norwegian Defence Minister Tore Sandvik said he would meet Swedish Defence Minister Pal Jonson in Oslo "
    "on November 12.\n"
    "Sandvik will also meet Finnish Defence Minister Antti Hakkanen in Helsinki on February 3.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Pal Jonson"), -1);
  g_assert_nonnull (a);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2026-11-12");
  const NgAttendance *b = attendance (doc, person (doc, "Antti Hakkanen"), -1);
  g_assert_nonnull (b);
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2027-02-03");
}

/* "the Indian Ocean Commission (IOC)": a later "IOC" is that body, not
 * the lexicon's Olympic one; "the fifth IOC Summit of Heads of State and
 * Government, which will be held in Antananarivo on April 24": the
 * relative clause says where that summit is. */
static void
test_defined_acronym_long_summit (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-03-21 Example.com\nIsland ministers meet\n\n"
    "Foreign ministers of the Indian Ocean Commission (IOC) met in Victoria on Thursday.\n"
    "They adopted a declaration for the fifth IOC Summit of Heads of State and Government, which will be "
    "held in Antananarivo on April 24. President Wavel Ramkalawan is expected to lead the delegation to the summit.\n");
  gint ioc = must_find (doc, NG_KIND_ORG, "Indian Ocean Commission");
  g_assert_cmpint (find_lex (doc, NG_KIND_ORG, "org-ioc"), <, 0);
  const NgAttendance *a = expect_status (doc, person (doc, "Wavel Ramkalawan"), ioc, NG_STATUS_PLANNED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-antananarivo"));
}

/* "MELBOURNE (March 6): X said on Wednesday that ..., as he attended the
 * leaders' plenary session of the Asean-Australia Special Summit here":
 * the summit's day is the statement's, its organizer the summit after
 * "session of", its place the dateline's; "at a time when Canberra was
 * trying to ...": a capital that acts is no place. */
static void
test_said_while_attending (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-03-06 Example.com\nAnwar urges investment\n\n"
    "MELBOURNE (March 6): Prime Minister Anwar Ibrahim said on Wednesday that Asean and Australia must turn "
    "dialogue into investment, as he attended the leaders' plenary session of the Asean-Australia Special "
    "Summit here.\n"
    "Analyst Tan Siew Ling said the summit came at a time when Canberra was trying to balance its alliances.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Asean-Australia Special Summit");
  gint mi = only_meeting_of (doc, org);
  g_assert_cmpstr (meeting (doc, mi)->date, ==, "2024-03-06");
  g_assert_cmpint (meeting (doc, mi)->place, ==, must_lex (doc, NG_KIND_CITY, "city-melbourne"));
}

/* "Davis tells summit region cannot keep waiting on old routes through
 * London and New York": cities one passes through are no meeting's
 * place; the body's "in Bridgetown" is. */
static void
test_through_cities (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Davis tells CARICOM-Africa Summit region cannot keep waiting on old routes through London and New York\n\n"
    "Bahamas Prime Minister Philip Davis on Tuesday called for direct links between the regions, as he "
    "addressed the third CARICOM-Africa Summit in Bridgetown.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Philip Davis"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-bridgetown"));
}

/* "met his Singapore counterpart X": a country's name between the
 * possessive and "counterpart" still makes the verb a meeting. */
static void
test_counterpart_country_name (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "Prime Minister Anwar Ibrahim met his Singapore counterpart Lawrence Wong in Putrajaya on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Lawrence Wong"), -1);
  g_assert_nonnull (a);
  g_assert_nonnull (attendance (doc, person (doc, "Anwar Ibrahim"), -1));
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-putrajaya"));
}

/* "hosted X for the 11th Malaysia-Singapore Leaders' Retreat": the
 * retreat of leaders is a meeting, the series its organizer; "on Jan 7
 * ..., as X and Y held talks at the 11th Leaders' Retreat": the talks'
 * day is the retreat's; "the troops' retreat" is none. */
static void
test_leaders_retreat (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-01-07 Example.com\nLeaders meet\n\n"
    "PUTRAJAYA - Singapore and Malaysia on Jan 7 signed an agreement, as Prime Minister Lawrence Wong and "
    "Prime Minister Anwar Ibrahim held talks at the 11th Malaysia-Singapore Leaders' Retreat.\n"
    "Anwar also hosted Foreign Minister Vivian Balakrishnan for the Malaysia-Singapore Leaders' Retreat.\n"
    "The troops' retreat from the town was ordered by General Ivan Petrenko.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Malaysia-Singapore Leaders' Retreat");
  gint mi = only_meeting_of (doc, org);
  g_assert_cmpstr (meeting (doc, mi)->date, ==, "2025-01-07");
  expect_status (doc, person (doc, "Vivian Balakrishnan"), org, NG_STATUS_ATTENDED);
  g_assert_null (attendance (doc, person (doc, "Ivan Petrenko"), -1));
}

/* "X and Y led the 17th Polish-German intergovernmental consultations":
 * the people before the verb held the meeting, over the ordinal and the
 * partners' word of its name. */
static void
test_led_numbered_consultations (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Tusk and Merz meet\n\n"
    "Polish Prime Minister Donald Tusk and German Chancellor Friedrich Merz led the 17th Polish-German "
    "intergovernmental consultations in Berlin on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Donald Tusk"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Friedrich Merz"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-berlin"));
}

/* "Foreign Minister X hosted his counterparts from the MIKTA grouping in
 * Nusa Dua on Tuesday": a meeting of the body, its host there, even after
 * a headline that named the body's meeting. */
static void
test_hosted_counterparts_from_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-04-16 Example.com\nMIKTA Foreign Ministers Meet in Bali\n\n"
    "Foreign Minister Sugiono hosted his counterparts from the MIKTA grouping in Nusa Dua, Bali, on Tuesday.\n"
    "Mexican Foreign Minister Juan Ramon de la Fuente attended in person.\n");
  gint org = must_lex (doc, NG_KIND_ORG, "org-mikta");
  const NgAttendance *a = expect_status (doc, person (doc, "Sugiono"), org, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2025-04-15");
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-nusa-dua"));
}

/* "the fifth Tbilisi Silk Road Forum", "the Dakar International Forum on
 * Peace and Security": a meeting of its own name, of no body, is held by
 * its series; not "the Arab Summit", "the CLMV Summit" or "the Fourth
 * International Conference" alone (words of any meeting's name). */
static void
test_named_series_organizer (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Forum opens\n\n"
    "Prime Minister Irakli Garibashvili opened the fifth Tbilisi Silk Road Forum on Thursday.\n"
    "President Bassirou Diomaye Faye spoke at the Dakar International Forum on Peace and Security on Monday.\n"
    "President Abdel-Fattah El-Sisi attended the Arab Summit in Riyadh on Saturday.\n"
    "Prime Minister Pham Minh Chinh attended the CLMV Summit in Vientiane on Friday.\n");
  gint silk = must_find (doc, NG_KIND_ORG, "Tbilisi Silk Road Forum");
  expect_status (doc, person (doc, "Irakli Garibashvili"), silk, NG_STATUS_ATTENDED);
  gint dakar = must_find (doc, NG_KIND_ORG, "Dakar International Forum on Peace and Security");
  expect_status (doc, person (doc, "Bassirou Diomaye Faye"), dakar, NG_STATUS_ATTENDED);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "Arab Summit"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_ORG, "CLMV Summit"), <, 0);
  /* "speaking at the Riga Conference, the annual security forum in the
   * Latvian capital": a city's name is the series' too; "the Scottish
   * Event Campus" is a venue's name */
  g_autoptr (NgDoc) rc = extract (data,
    DATED "Conference opens\n\n"
    "Lithuanian Foreign Minister Gabrielius Landsbergis on Friday urged allies to act, speaking at the Riga "
    "Conference, the annual security forum in the Latvian capital.\n"
    "Delegates will gather at the Scottish Event Campus in Glasgow, said Alok Sharma.\n");
  /* "the XXXVI Spanish-Portuguese Summit": after a Roman ordinal, two
   * peoples' series of summits */
  g_autoptr (NgDoc) sp = extract (data,
    DATED "Leaders meet\n\nPrime Minister Pedro Sanchez attended the XXXVI Spanish-Portuguese Summit in Huelva on "
    "Thursday.\n");
  expect_status (sp, person (sp, "Pedro Sanchez"), must_find (sp, NG_KIND_ORG, "Spanish-Portuguese Summit"),
                 NG_STATUS_ATTENDED);
  gint riga = must_find (rc, NG_KIND_ORG, "Riga Conference");
  expect_status (rc, person (rc, "Gabrielius Landsbergis"), riga, NG_STATUS_ATTENDED);
  g_assert_cmpint (find (rc, NG_KIND_ORG, "Scottish Event"), <, 0);
}

/* "in Luanda (Angola)": a city and its country in parentheses, as
 * translated wires write it (not "in Luanda (AFP)"). */
static void
test_city_country_parentheses (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers agree\n\n"
    "The ministers met on Saturday in Luanda (Angola) under the mediation of President Joao Lourenco.\n");
  gint luanda = must_lex (doc, NG_KIND_CITY, "city-luanda");
  g_assert_true (has_link (doc->contained, luanda, must_lex (doc, NG_KIND_COUNTRY, "country-angola")));
}

/* "Officials from Bangladesh, Bhutan, India and Nepal (BBIN) met in
 * Thimphu": the initials of the countries listed name their grouping,
 * whose members they are and whose meeting it is (not another name of
 * Nepal); "the United Arab Emirates (UAE)" stays the country's. */
static void
test_list_initials_grouping (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Transport pact revived\n\n"
    "Officials from Bangladesh, Bhutan, India and Nepal (BBIN) met in Thimphu on Monday, with Secretary "
    "Phuntsho Wangdi presiding.\n"
    "The United Arab Emirates (UAE) and Saudi Arabia welcomed the talks.\n");
  gint bbin = must_find (doc, NG_KIND_ORG, "BBIN");
  const char *const members[] = { "country-bangladesh", "country-bhutan", "country-india", "country-nepal" };
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    g_assert_true (has_link (doc->members, must_lex (doc, NG_KIND_COUNTRY, members[i]), bbin));
  g_assert_cmpint (find (doc, NG_KIND_COUNTRY, "BBIN"), <, 0);
  g_assert_cmpint (find (doc, NG_KIND_COUNTRY, "UAE"), ==, must_lex (doc, NG_KIND_COUNTRY, "country-united-arab-emirates"));
}

/* "The roadmap was adopted on Tuesday at the 33rd Annual Meeting of the
 * Nile Council of Ministers": the day of what was done at the meeting is
 * the meeting's (not "said on Wednesday at the forum", which opened
 * before). */
static void
test_adopted_at_meeting_day (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers agree roadmap\n\n"
    "The roadmap was adopted on Tuesday at the 33rd Annual Meeting of the Nile Council of Ministers in "
    "Kigali, with Minister Valentine Uwamariya taking over as chairperson.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Nile Council of Ministers");
  const NgAttendance *a = expect_status (doc, person (doc, "Valentine Uwamariya"), org, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
  g_autoptr (NgDoc) wef = extract (data,
    DATED "Minister speaks\n\n"
    "Finance Minister Mehmet Simsek said on Wednesday at the World Economic Forum in Davos that the program "
    "was on track.\n");
  const NgAttendance *b = attendance (wef, person (wef, "Mehmet Simsek"), must_lex (wef, NG_KIND_ORG, "org-wef"));
  g_assert_nonnull (b);
  g_assert_cmpstr (meeting (wef, b->meeting)->date, !=, "2024-07-03");
}

/* "The Ministers of Foreign Affairs of the DRC, X, and of Rwanda, Y,
 * agreed on Saturday 12 October in Luanda": the ministers of two
 * countries who agree in a city met there. */
static void
test_countries_ministers_agree (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2024-10-14 Example.com\nKinshasa and Kigali agree on a plan\n\n"
    "The Ministers of Foreign Affairs of the Democratic Republic of Congo, Therese Kayikwamba, and of "
    "Rwanda, Olivier Nduhungirehe, agreed on Saturday 12 October in Luanda on a harmonised plan.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Olivier Nduhungirehe"), -1);
  g_assert_nonnull (a);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-luanda"));
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-10-12");
  const NgAttendance *b = attendance (doc, person (doc, "Therese Kayikwamba"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (b->meeting, ==, a->meeting);
}

/* "the Minister of Communication and Media and government spokesperson,
 * Patrick Muyaya,": two posts, the portfolio's "and" kept in the first. */
static void
test_portfolio_and_spokesperson (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Kinshasa will sign nothing\n\n"
    "During a press briefing, the Minister of Communication and Media and government spokesperson, Patrick "
    "Muyaya, affirmed that the DRC will sign nothing.\n");
  gint p = person (doc, "Patrick Muyaya");
  gboolean minister = FALSE, spokesperson = FALSE;
  for (guint i = 0; i < doc->posts->len; i++)
    {
      const NgPost *po = &g_array_index (doc->posts, NgPost, i);
      minister = minister || (po->person == p && !strcmp (po->title, "Minister of Communication and Media"));
      spokesperson = spokesperson || (po->person == p && !g_ascii_strcasecmp (po->title, "spokesperson"));
    }
  g_assert_true (minister);
  g_assert_true (spokesperson);
}

/* "Both sides agreed that the 8th session of the council would be held
 * in Türkiye next year": another session than the article's, whose place
 * stays Islamabad. */
static void
test_next_year_session (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-02-13 Example.com\nLeaders co-chair council\n\n"
    "ISLAMABAD, Feb 13 (APP): Prime Minister Shehbaz Sharif and President of Türkiye Recep Tayyip Erdogan on "
    "Thursday co-chaired the 7th session of the Pakistan-Türkiye High-Level Strategic Cooperation Council.\n"
    "Both sides agreed that the 8th session of the council would be held in Türkiye next year.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Pakistan-Türkiye High-Level Strategic Cooperation Council");
  const NgAttendance *a = expect_status (doc, person (doc, "Recep Tayyip Erdogan"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-islamabad"));
}

/* "Nigeria and Niger on Wednesday resumed the work of the Nigeria-Niger
 * Joint Commission for Cooperation in Niamey": the body's sitting, there,
 * that day; "the session" after it is that sitting. */
static void
test_resumed_work_of_body (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Commission resumes work\n\n"
    "Nigeria and Niger on Wednesday resumed the work of the Nigeria-Niger Joint Commission for Cooperation "
    "in Niamey.\n"
    "Minister of State Bianca Odumegwu-Ojukwu led the Nigerian delegation to the session.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Nigeria-Niger Joint Commission for Cooperation");
  const NgAttendance *a = expect_status (doc, person (doc, "Bianca Odumegwu-Ojukwu"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-niamey"));
}

/* "X and Y held a new round of talks", "held a regular round of political
 * consultations": the people who held them, over the round's words. */
static void
test_round_of_talks (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Deputy ministers meet\n\n"
    "On Wednesday, Deputy Minister Jiri Kozak and Deputy Minister Vahan Kostanyan held a regular round of "
    "political consultations in Prague.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Vahan Kostanyan"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Jiri Kozak")));
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-prague"));
}

/* '"Poland is the land bridge to the rest of NATO," Michal told a joint
 * press conference after the talks': a press conference is no meeting,
 * of NATO or anyone. */
static void
test_press_conference_quote (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime ministers meet\n\n"
    "Prime Minister Kristen Michal hosted Donald Tusk in Tallinn on Wednesday.\n"
    "\"Poland is the land bridge to the rest of NATO,\" Michal told a joint press conference after the talks.\n");
  g_assert_cmpuint (doc->meetings->len, ==, 1);
  g_assert_cmpint (meeting (doc, 0)->organizer, <, 0);
}

/* "X took part by video link from Brussels, where she was attending a
 * meeting of EU foreign ministers. Y was represented by her state
 * secretary, Z": the EU meeting is said aside; Z is at the article's. */
static void
test_where_clause_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime ministers meet\n\n"
    "Prime Minister Ulf Kristersson and his Finnish counterpart Petteri Orpo held government talks in Haparanda.\n"
    "Foreign Minister Elina Valtonen took part by video link from Brussels, where she was attending a meeting of "
    "EU foreign ministers.\n"
    "Foreign Minister Maria Malmer Stenergard was represented by her state secretary, Henrik Lagerholm.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Petteri Orpo"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Henrik Lagerholm")));
}

/* "X joined the session remotely from Tallinn, where he was attending a
 * meeting of Baltic transport ministers": the session said before keeps
 * its place, not one of the meeting said aside. */
static void
test_aside_meeting_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Governments consult\n\n"
    "VILNIUS - The consultations, co-chaired by Prime Minister Inga Ruginiene and Polish Prime Minister Donald "
    "Tusk, were held at the Government's headquarters.\n"
    "Transport Minister Juras Taminskas joined the session remotely from Tallinn, where he was attending a "
    "meeting of Baltic transport ministers.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Donald Tusk"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-vilnius"));
}

/* "held their second 2+2 meeting in Seoul on the 9th and agreed", "are
 * scheduled to pay a courtesy call on the morning of the 10th": days of
 * the page's month, as translated Korean and Japanese wires write. */
static void
test_day_of_month_joined (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-12-09 Example.com\nMinisters meet\n\n"
    "Foreign Minister Cho Hyun met Foreign Minister Anita Anand in Seoul on the 9th and agreed to expand "
    "cooperation.\n"
    "Anand is scheduled to meet President Lee Jae-myung on the morning of the 10th.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Cho Hyun"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2025-12-09");
  const NgAttendance *b = expect_status (doc, person (doc, "Lee Jae-myung"), -1, NG_STATUS_PLANNED);
  g_assert_cmpstr (meeting (doc, b->meeting)->date, ==, "2025-12-10");
}

/* "Estonia and Poland on Wednesday held intergovernmental consultations
 * in Tallinn. Prime Minister X hosted his Polish counterpart Y at
 * Stenbock House": the first meeting of people is the countries', there,
 * that day. */
static void
test_countries_held_lead (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime ministers meet\n\n"
    "Estonia and Poland on Wednesday held intergovernmental consultations in Tallinn, the first in six years.\n"
    "Prime Minister Kristen Michal hosted his Polish counterpart Donald Tusk at Stenbock House.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Donald Tusk"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-tallinn"));
  g_assert_nonnull (meeting (doc, a->meeting)->date);
}

/* "Sikorski, who was in Brussels for a meeting of EU foreign ministers,
 * did not travel to Tallinn. Poland was instead represented by Deputy
 * Foreign Minister X": the meeting in the relative clause is Sikorski's
 * alone; X is at the article's. */
static void
test_relative_clause_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime ministers meet\n\n"
    "Prime Minister Kristen Michal hosted his Polish counterpart Donald Tusk at Stenbock House in Tallinn.\n"
    "Foreign Minister Radoslaw Sikorski, who was in Brussels for a meeting of EU foreign ministers, did not "
    "travel to Tallinn.\n"
    "Poland was instead represented by Deputy Foreign Minister Wladyslaw Teofil Bartoszewski.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Donald Tusk"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "Wladyslaw Teofil Bartoszewski")));
  /* (nor does it lend its place to a meeting said later with none:
   * "Earlier in the day, Tusk was received by President X at Kadriorg" is
   * in Tallinn, not in Brussels) */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Prime ministers meet\n\n"
    "Prime Minister Kristen Michal hosted his Polish counterpart Donald Tusk at Stenbock House in Tallinn.\n"
    "Foreign Minister Radoslaw Sikorski, who was in Brussels for a meeting of EU foreign ministers, did not "
    "travel to Tallinn.\n"
    "Earlier in the day, Tusk was received by President Alar Karis at Kadriorg.\n");
  const NgAttendance *k = expect_status (d2, person (d2, "Alar Karis"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (d2, k->meeting)->place, ==, must_lex (d2, NG_KIND_CITY, "city-tallinn"));
  /* (over the commas of a city and its country: "X, who is in Yokohama,
   * Japan, for the Tokyo International Conference on African Development,
   * which opened on Wednesday") */
  g_autoptr (NgDoc) d3 = extract (data,
    DATED "Commission meets\n\n"
    "Minister of State Bianca Odumegwu-Ojukwu and Foreign Minister Bakary Yaou Sangare held talks in Niamey.\n"
    "Odumegwu-Ojukwu represented the Minister of Foreign Affairs, Yusuf Tuggar, who is in Yokohama, Japan, for "
    "the Tokyo International Conference on African Development, which opened on Wednesday.\n"
    "The National Security Adviser, Nuhu Ribadu, joined the talks by video link from Abuja.\n");
  const NgAttendance *r = expect_status (d3, person (d3, "Nuhu Ribadu"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attends_doc (d3, (guint) r->meeting, person (d3, "Bakary Yaou Sangare")));
}

/* "The Special Envoy briefed the meeting on his recent consultations in
 * Bamako and Niamey": the consultations are done before, and their place
 * is not the meeting's. */
static void
test_recent_other_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers hold talks\n\n"
    "Prime Minister Rimtalba Ouedraogo held talks with Foreign Minister Samuel Ablakwa on Monday.\n"
    "The Special Envoy briefed the meeting on his recent consultations in Bamako and Niamey.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Samuel Ablakwa"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, <, 0);
}

/* "The Prime Minister, who was accompanied by X, delivered a special
 * message from the President of Faso, Captain Y, to President Z": Y sent
 * the message and is not at the meeting; X is. */
static void
test_message_sender (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "President receives prime minister\n\n"
    "President John Mahama received Prime Minister Rimtalba Ouedraogo in Accra on Monday.\n"
    "The Prime Minister, who was accompanied by Foreign Minister Karamoko Traore, delivered a special message "
    "from the President of Faso, Captain Ibrahim Traore, to President Mahama.\n");
  expect_status (doc, person (doc, "Karamoko Traore"), -1, NG_STATUS_ATTENDED);
  g_assert_null (attendance (doc, person (doc, "Ibrahim Traore"), -1));
}

/* "received the Prime Minister of Burkina Faso, X, at the Jubilee House,
 * Accra": "received" and a title after it is a meeting with the titled
 * person (not "received the message"). */
static void
test_received_title (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "President receives prime minister\n\n"
    "President John Mahama on Monday received the Prime Minister of Burkina Faso, Rimtalba Ouedraogo, in Accra.\n"
    "Foreign Minister Samuel Ablakwa later received the message of the Burkinabe leader.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Rimtalba Ouedraogo"), -1, NG_STATUS_ATTENDED);
  g_assert_true (attends_doc (doc, (guint) a->meeting, person (doc, "John Mahama")));
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-accra"));
  g_assert_null (attendance (doc, person (doc, "Samuel Ablakwa"), -1));
}

/* "opened the International Summit on Food Security in Kyiv": a word of
 * the name ("Security") is no topic that "in Kyiv" would be about. */
static void
test_name_word_no_topic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Summit opens\n\n"
    "President Volodymyr Zelensky opened the International Summit on Food Security in Kyiv on Saturday.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Volodymyr Zelensky"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, ==, must_lex (doc, NG_KIND_CITY, "city-kyiv"));
}

/* "discussed regional developments, particularly in Syria": an example
 * of the topic, not the place of the meeting. */
static void
test_particularly_in_topic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet\n\n"
    "Mohammed Al Khulaifi held a meeting with Ayman Safadi, during which they discussed regional "
    "developments, particularly in Syria and Lebanon.\n");
  const NgAttendance *a = expect_status (doc, person (doc, "Ayman Safadi"), -1, NG_STATUS_ATTENDED);
  g_assert_cmpint (meeting (doc, a->meeting)->place, <, 0);
}

/* "agreed to convene the tenth meeting in Amman next year": a numbered
 * meeting next year is another than the article's, with no plan word. */
static void
test_next_year_numbered (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Committee meets\n\n"
    "Foreign Minister Ayman Safadi attended the ninth meeting of the Qatari-Jordanian Higher Joint Committee today.\n"
    "The two sides agreed to convene the tenth meeting in Amman next year.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Qatari-Jordanian Higher Joint Committee");
  const NgAttendance *a = expect_status (doc, person (doc, "Ayman Safadi"), org, NG_STATUS_ATTENDED);
  gint place = meeting (doc, a->meeting)->place;
  g_assert_true (place < 0 || place != must_lex (doc, NG_KIND_CITY, "city-amman"));
}

/* "reviewed the outcomes of the previous meeting of the committee, held
 * in Amman": another meeting than the committee's of the article, whose
 * place it does not give. */
static void
test_previous_meeting_context (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Committee meets\n\n"
    "Foreign Minister Ayman Safadi attended the meeting of the Qatari-Jordanian Higher Joint Committee today.\n"
    "The two sides also reviewed the outcomes of the previous meeting of the committee, held in Amman.\n");
  gint org = must_find (doc, NG_KIND_ORG, "Qatari-Jordanian Higher Joint Committee");
  const NgAttendance *a = expect_status (doc, person (doc, "Ayman Safadi"), org, NG_STATUS_ATTENDED);
  gint place = meeting (doc, a->meeting)->place;
  g_assert_true (place < 0 || place != must_lex (doc, NG_KIND_CITY, "city-amman"));
}

/* "The call was made at the end of a two-day meeting of the APRM
 * Committee of Focal Points, which opened on Tuesday ... in Boksburg": an
 * appeal, no phone call; the meeting is the body's, there, that day. */
static void
test_call_was_made_at_meeting (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Focal points urge members to pay\n\n"
    "The call was made at the end of a two-day meeting of the APRM Committee of Focal Points, which opened "
    "on Tuesday in Boksburg.\n"
    "Deputy President Paul Mashatile opened the meeting.\n");
  gint org = must_find (doc, NG_KIND_ORG, "APRM Committee of Focal Points");
  const NgAttendance *a = expect_status (doc, person (doc, "Paul Mashatile"), org, NG_STATUS_ATTENDED);
  g_assert_cmpint (a->mode, ==, NG_MODE_IN_PERSON);
  g_assert_cmpstr (meeting (doc, a->meeting)->date, ==, "2024-07-02");
}

/* "The Indonesian side was represented by Foreign Minister Sugiono and
 * ...": the posts of the side's country, not the outlet's (an Uzbek one). */
static void
test_side_country_posts (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-07-08 Kun.uz\nUzbekistan and Indonesia sign agreements\n\n"
    "President Shavkat Mirziyoyev held talks with Prabowo Subianto in Tashkent on Tuesday.\n"
    "The Indonesian side was represented by Foreign Minister Sugiono and Minister of Investment Rosan "
    "Roeslani.\n");
  gint id = must_lex (doc, NG_KIND_COUNTRY, "country-indonesia");
  g_assert_true (has_post_in (doc, person (doc, "Sugiono"), "Foreign Minister", id));
  g_assert_true (has_post_in (doc, person (doc, "Rosan Roeslani"), "Minister of Investment", id));
  /* (also a side named within the sentence: "Present at the meeting on
   * the Ghanaian side were the Minister for Foreign Affairs, X"; not
   * for a title before it) */
  g_autoptr (NgDoc) gh = extract (data,
    " date 2025-06-10 Example.com\nPresident receives prime minister\n\n"
    "President John Mahama received Prime Minister Rimtalba Ouedraogo in Accra on Monday.\n"
    "Present at the meeting on the Ghanaian side were the Minister for Foreign Affairs, Hon. Samuel Ablakwa, "
    "and the Minister for the Interior, Hon. Muntaka Mubarak.\n");
  gint ghana = must_lex (gh, NG_KIND_COUNTRY, "country-ghana");
  g_assert_true (has_post_in (gh, person (gh, "Samuel Ablakwa"), "Minister for Foreign Affairs", ghana));
  g_assert_true (has_post_in (gh, person (gh, "Muntaka Mubarak"), "Minister for the Interior", ghana));
}

/* "X and Y have agreed this Thursday in Huelva to set 2030 as the date
 * ..., during the XXXVI Spanish-Portuguese Summit": "set" of a date is no
 * plan, they attended ("is set to attend" still plans). */
static void
test_set_a_date_attended (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders agree rail date\n\n"
    "The President of the Government, Pedro Sanchez, and the Prime Minister of Portugal, Luis Montenegro, have "
    "agreed on Tuesday in Huelva to set 2030 as the date for the rail link, during the Spanish-Portuguese "
    "Summit.\n"
    "Prime Minister Robert Golob is set to attend the summit in Huelva on Friday.\n");
  expect_status (doc, person (doc, "Pedro Sanchez"), -1, NG_STATUS_ATTENDED);
  expect_status (doc, person (doc, "Robert Golob"), -1, NG_STATUS_PLANNED);
}

/* "In the evening, X paid a courtesy call on Senate President Hun Sen.":
 * "Sen." ending a name before the sentence's end is the name's (not the
 * senator's title), so the call has its host. */
static void
test_name_ending_sen (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister visits Cambodia\n\n"
    "On Monday, Foreign Minister Vivian Balakrishnan met Foreign Minister Sok Chenda Sophea in Phnom Penh.\n"
    "In the evening, Balakrishnan paid a courtesy call on Senate President Hun Sen. The talks went well.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Hun Sen"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Vivian Balakrishnan"), -1);
  g_assert_nonnull (b);
}

/* "X and Y on Thursday held the India-Japan 2+2 ministerial dialogue with
 * Japanese Foreign Minister A and Defence Minister B": a dialogue held
 * with people is a meeting of all four (not "called for dialogue"). */
static void
test_dialogue_held_with (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "India, Japan hold 2+2\n\n"
    "External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh on Thursday held the "
    "India-Japan 2+2 ministerial dialogue with Japanese Foreign Minister Takeshi Iwaya and Defence Minister "
    "Gen Nakatani in Tokyo.\n"
    "Foreign Minister Penny Wong called for dialogue with President Ferdinand Marcos.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Rajnath Singh"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Takeshi Iwaya"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_assert_null (attendance (doc, person (doc, "Penny Wong"), -1));
}

/* "The Paraguayan delegation was completed by X and Y": they were at the
 * meeting said before. */
static void
test_delegation_completed_by (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Itaipu talks resume\n\n"
    "Foreign Minister Ruben Ramirez Lezcano and Foreign Minister Mauro Vieira met in Asuncion on Wednesday.\n"
    "The Paraguayan delegation was completed by the Minister of Industry and Commerce, Javier Gimenez, and "
    "director Justo Zacarias Irun.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Mauro Vieira"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Javier Gimenez"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
}

/* "agreed ..., in a meeting hosted by X": a meeting of its own, its host
 * named after the meeting word; one who "attended as an observer" in
 * the next sentence is at it too. */
static void
test_meeting_hosted_by_after (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Nordic ministers pool air surveillance\n\n"
    "Defence ministers from Norway, Sweden and Denmark agreed on Monday to pool their radar data, in a "
    "meeting hosted by Norwegian Defence Minister Tore Sandvik in Oslo.\n"
    "Iceland's foreign minister, Thordis Gylfadottir, attended as an observer.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Tore Sandvik"), -1);
  g_assert_nonnull (a);
  g_assert_true (a->chair);
  const NgAttendance *b = attendance (doc, person (doc, "Thordis Gylfadottir"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
}

/* "held the seventh foreign ministerial strategic dialogue": a meeting
 * the subject held, over the words after the ordinal. */
static void
test_held_numbered_dialogue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers hold dialogue\n\n"
    "Foreign Minister Park Jin and his British counterpart, James Cleverly, held the seventh foreign "
    "ministerial strategic dialogue in Seoul on Wednesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Park Jin"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "James Cleverly"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
}

/* "The top diplomats of South Korea and Britain held talks in Seoul on
 * Wednesday": a meeting of countries' people not named, whose day goes
 * to the meeting of the people the next sentence names. */
static void
test_countries_people_held (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers hold dialogue\n\n"
    "The top diplomats of South Korea and Britain held talks in Seoul on Wednesday.\n"
    "Foreign Minister Park Jin and his British counterpart, James Cleverly, held the seventh foreign "
    "ministerial strategic dialogue.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Park Jin"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpstr (m->date, ==, "2024-07-03");
}

/* "Yoon and the first lady attended the queen's funeral": no attendance
 * of the article's meeting; "unable to attend because of a funeral" is
 * not that either. */
static void
test_attended_funeral (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers hold talks\n\n"
    "Foreign Minister Park Jin and his British counterpart, James Cleverly, held talks in Seoul on Wednesday.\n"
    "Cleverly said he was touched that President Yoon Suk-yeol attended the late queen's funeral.\n");
  g_assert_nonnull (attendance (doc, person (doc, "James Cleverly"), -1));
  g_assert_null (attendance (doc, person (doc, "Yoon Suk-yeol"), -1));
}

/* "will pay a working visit to Zagreb on Wednesday, ..., it was said in
 * Ljubljana on Tuesday": the visit is in Zagreb. */
static void
test_it_was_said_in (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister to visit Zagreb\n\n"
    "Slovenian Foreign Minister Tanja Fajon will pay a working visit to Zagreb on Wednesday, meeting with her "
    "Croatian counterpart Gordan Grlic-Radman, it was said in Ljubljana on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Tanja Fajon"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-zagreb"));
}

/* "the Australian High Commissioner to Samoa, Mr. X": the
 * country of the envoy's post is no place of the meeting. */
static void
test_envoy_to_country_no_place (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime Minister visits memorial\n\n"
    "Prime Minister Fiame Naomi Mataafa met the Australian High Commissioner to Samoa, "
    "Mr. Matt Anderson, on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Matt Anderson"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (m->place, !=, must_lex (doc, NG_KIND_COUNTRY, "country-samoa"));
}

/* "met the former Australian envoy, X": "met" reaches over "the former"
 * and a demonym to the title. */
static void
test_met_the_former (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders meet\n\n"
    "President Joko Widodo met the former Australian envoy, John Key, in Jakarta on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "John Key"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Joko Widodo"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
}

/* "The Prime Minister held talks with the Prime Minister of Y, Z": of the
 * article's two prime ministers, the one named in the sentence before. */
static void
test_the_title_named_before (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "PM Terrance Drew meets Trinidad and Tobago PM Kamla Persad-Bissessar\n\n"
    "Prime Minister Terrance Drew continued his engagements with the leaders of the region.\n"
    "The Prime Minister held talks with the Prime Minister of Trinidad and Tobago, Kamla Persad-Bissessar, "
    "in Port of Spain on Friday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Terrance Drew"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Kamla Persad-Bissessar"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpstr (m->date, ==, "2024-06-28");
}

/* "X paid a working visit to Ljubljana at the invitation of Foreign
 * Minister Y": a meeting of the visitor and the host. */
static void
test_visit_at_invitation_of_person (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Minister visits Ljubljana\n\n"
    "Luxembourg's Foreign Minister Jean Asselborn paid a working visit to Ljubljana on Tuesday at the "
    "invitation of Slovenian Foreign Minister Tanja Fajon.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Jean Asselborn"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Tanja Fajon"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-ljubljana"));
}

/* "received ... this afternoon": the article's day. */
static void
test_this_afternoon (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime Minister receives former New Zealand leader\n\n"
    "Prime Minister Hun Sen received former New Zealand Prime Minister John Key this afternoon at the Peace Palace.\n");
  const NgAttendance *a = attendance (doc, person (doc, "John Key"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpstr (m->date, ==, "2024-07-03");
  /* (but a date in brackets after it is the day: a release of the day
   * after, "met this evening [Tuesday 2 July]") */
  g_autoptr (NgDoc) d2 = extract (data,
    DATED "Ministers meet in Cork\n\n"
    "The Minister for Enterprise, Niamh Kelleher, and the Danish Trade Minister, Lars Holm, met this evening "
    "[Tuesday 2 July] at City Hall, Cork.\n");
  a = attendance (d2, person (d2, "Lars Holm"), -1);
  g_assert_nonnull (a);
  m = &g_array_index (d2->meetings, NgMeeting, a->meeting);
  g_assert_cmpstr (m->date, ==, "2024-07-02");
}

/* "delivered a letter from his Indian counterpart X": X sent it, and
 * was not there. */
static void
test_from_his_counterpart (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Envoy calls on Prime Minister\n\n"
    "Foreign Secretary S Jaishankar called on Pakistani Prime Minister Nawaz Sharif in Islamabad on Tuesday, to "
    "whom he delivered a letter from his Indian counterpart Narendra Modi.\n");
  g_assert_nonnull (attendance (doc, person (doc, "Nawaz Sharif"), -1));
  g_assert_null (attendance (doc, person (doc, "Narendra Modi"), -1));
}

/* "gathered on Wednesday ahead of the summit, which opens on Thursday":
 * the summit's Thursday is the next day, though the sentence is past. */
static void
test_which_opens_on_weekday (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers meet before summit\n\n"
    "Foreign ministers of Mercosur gathered in Montevideo on Wednesday ahead of the group's summit, which opens "
    "on Thursday.\n");
  gboolean next = FALSE;
  for (guint i = 0; i < doc->meetings->len; i++)
    {
      const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, i);
      g_assert_cmpstr (m->date, !=, "2024-06-27");
      next = next || !g_strcmp0 (m->date, "2024-07-04");
    }
  g_assert_true (next);
}

/* "Vietnamese Prime Minister X and his Lao counterpart Y": "Lao" is a
 * form of the country's name, used as its adjective; Y's post is of
 * Laos, not of Vietnam. */
static void
test_country_name_counterpart (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Leaders co-chair committee\n\n"
    "The committee met in Hanoi on Tuesday, co-chaired by Vietnamese Prime Minister Pham Minh Chinh and his Lao "
    "counterpart Sonexay Siphandone.\n");
  const NgPost *p = post (doc, person (doc, "Sonexay Siphandone"));
  g_assert_nonnull (p);
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-laos"));
}

/* "held the third round of their 2+2 foreign and defence ministerial
 * dialogue": a meeting word over the round's words. */
static void
test_held_round_of_dialogue (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers hold dialogue\n\n"
    "Foreign Minister Yoko Kamikawa and External Affairs Minister S Jaishankar held the third round of their 2+2 "
    "foreign and defence ministerial dialogue in Tokyo on Tuesday.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Yoko Kamikawa"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "S Jaishankar"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
}

/* "India and Japan on Tuesday held the dialogue in Tokyo." then "X
 * represented India, while the Japanese side was led by Y": X and Y at
 * that meeting, in Tokyo. */
static void
test_lead_then_represented (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "India, Japan hold dialogue\n\n"
    "India and Japan on Tuesday held the third round of their 2+2 foreign and defence ministerial dialogue in "
    "Tokyo, with the two sides agreeing to deepen cooperation.\n"
    "External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh represented India, while the "
    "Japanese side was led by Foreign Minister Yoko Kamikawa.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Yoko Kamikawa"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "S Jaishankar"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_cmpint (m->place, ==, must_lex (doc, NG_KIND_CITY, "city-tokyo"));
  g_assert_cmpstr (m->date, ==, "2024-07-02");
}

/* "The deal was signed by X and his counterpart Y at a ceremony
 * witnessed by Z": the signers' ceremony, a meeting. */
static void
test_signed_by_at_ceremony (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Ministers sign pipeline deal\n\n"
    "The deal was signed by Energy Cabinet Secretary Opiyo Wandayi and his Ugandan counterpart Ruth Nankabirwa "
    "at a ceremony witnessed by President William Ruto at State House, Nairobi.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Opiyo Wandayi"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Ruth Nankabirwa"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
}

/* "met ... to discuss joint patrols in the South China Sea": a topic,
 * not the meeting's place. */
static void
test_patrols_in_topic (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Defense chiefs meet\n\n"
    "Defense Secretary Gilberto Teodoro met with US Defense Secretary Pete Hegseth on Friday to discuss joint "
    "patrols in the South China Sea.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Pete Hegseth"), -1);
  g_assert_nonnull (a);
  const NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, a->meeting);
  g_assert_true (m->place < 0
                 || strcmp (g_array_index (doc->entities, NgEntity, m->place).name, "South China Sea") != 0);
}

/* "The two defense chiefs will meet again at the Shangri-La Dialogue":
 * the pair of defence posts who met before, not the people of the last
 * meeting. */
static void
test_two_defense_chiefs (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Defense chiefs meet\n\n"
    "Defense Secretary Gilberto Teodoro met with US Defense Secretary Pete Hegseth in Manila on Friday.\n"
    "Hegseth also paid a courtesy call on President Ferdinand Marcos Jr. at Malacanang Palace.\n"
    "The two defense chiefs will meet again at the Shangri-La Dialogue in Singapore in May.\n");
  gint teodoro = person (doc, "Gilberto Teodoro"), marcos = person (doc, "Ferdinand Marcos");
  gboolean teodoro_planned = FALSE, marcos_planned = FALSE;
  for (guint i = 0; i < doc->attendance->len; i++)
    {
      const NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
      if (a->status != NG_STATUS_PLANNED)
        continue;
      teodoro_planned = teodoro_planned || a->person == teodoro;
      marcos_planned = marcos_planned || a->person == marcos;
    }
  g_assert_true (teodoro_planned);
  g_assert_false (marcos_planned);
}

/* "X met Y on the sidelines of the IMF and World Bank spring meetings in
 * Washington on Thursday": the day said after the frame is the talks'
 * too. */
static void
test_sidelines_day_after_frame (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime Minister meets IMF chief\n\n"
    "Prime Minister Abiy Ahmed met with IMF Managing Director Kristalina Georgieva on the sidelines of the IMF "
    "and World Bank spring meetings in Washington on Tuesday.\n");
  for (guint i = 0; i < doc->meetings->len; i++)
    g_assert_cmpstr (g_array_index (doc->meetings, NgMeeting, i).date, ==, "2024-07-02");
  g_assert_cmpuint (doc->meetings->len, >=, 1);
}

/* "X welcomed the leaders of A, B and C to Downing Street for talks":
 * a meeting X hosts, at a seat of government that organizes nothing. */
static void
test_welcomed_leaders_to_seat (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    DATED "Prime Minister hosts Nordic leaders\n\n"
    "British Prime Minister Keir Starmer welcomed the leaders of Denmark, Finland and Norway to Downing Street "
    "on Tuesday for talks on Arctic security.\n"
    "Danish Prime Minister Mette Frederiksen and Finnish President Alexander Stubb arrived shortly after noon.\n");
  const NgAttendance *a = attendance (doc, person (doc, "Keir Starmer"), -1);
  g_assert_nonnull (a);
  const NgAttendance *b = attendance (doc, person (doc, "Mette Frederiksen"), -1);
  g_assert_nonnull (b);
  g_assert_cmpint (a->meeting, ==, b->meeting);
  g_assert_cmpint (g_array_index (doc->meetings, NgMeeting, a->meeting).organizer, <, 0);
}

/* "Trade and Industry Minister X", "Public Works Secretary Y" in an
 * outlet of Lesotho: a portfolio before "Minister" or "Secretary" is a
 * national title, the outlet's country's. */
static void
test_portfolio_minister_home (gconstpointer data)
{
  g_autoptr (NgDoc) doc = extract (data,
    " date 2025-07-24 Lesotho Times\nCustoms union ministers meet\n\n"
    "Trade and Industry Minister Mokhethi Shelile attended the meeting in Maseru last Friday.\n"
    "Public Works Secretary Thabo Mofolo also attended.\n"
    "King Letsie III received the ministers at the Royal Palace on Saturday.\n");
  const NgPost *p = post (doc, person (doc, "Mokhethi Shelile"));
  g_assert_nonnull (p);
  g_assert_cmpint (p->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-lesotho"));
  const NgPost *q = post (doc, person (doc, "Thabo Mofolo"));
  g_assert_nonnull (q);
  g_assert_cmpint (q->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-lesotho"));
  /* (a royal title too: the outlet's own king) */
  const NgPost *r = post (doc, person (doc, "Letsie III"));
  g_assert_nonnull (r);
  g_assert_cmpint (r->of, ==, must_lex (doc, NG_KIND_COUNTRY, "country-lesotho"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (NgLexicon) lex = load_lexicon ();
  g_test_add_data_func ("/facts/post/title-and-of", lex, test_posts);
  g_test_add_data_func ("/facts/post/body-title", lex, test_body_title);
  g_test_add_data_func ("/facts/post/stand-in", lex, test_stand_in_post);
  g_test_add_data_func ("/facts/post/counterpart", lex, test_counterpart_post);
  g_test_add_data_func ("/facts/post/description-as-title", lex, test_description_as_title);
  g_test_add_data_func ("/facts/meeting/organizer-mode-chair", lex, test_meeting_organizer_mode_chair);
  g_test_add_data_func ("/facts/meeting/organizer-top", lex, test_meeting_organizer_top);
  g_test_add_data_func ("/facts/meeting/chair-with-title", lex, test_chair_with_title);
  g_test_add_data_func ("/facts/meeting/headline-and-body", lex, test_meeting_headline_and_body);
  g_test_add_data_func ("/facts/status/planned", lex, test_status_planned);
  g_test_add_data_func ("/facts/status/headline-plan", lex, test_status_headline_plan);
  g_test_add_data_func ("/facts/status/absent", lex, test_status_absent);
  g_test_add_data_func ("/facts/status/absence-of-next-person", lex, test_absence_of_next_person);
  g_test_add_data_func ("/facts/status/chair-speaks-of-absence", lex, test_chair_speaks_of_absence);
  g_test_add_data_func ("/facts/status/reported-plan", lex, test_reported_plan);
  g_test_add_data_func ("/facts/status/presence-said", lex, test_presence_said);
  g_test_add_data_func ("/facts/status/joined-absence", lex, test_joined_absence);
  g_test_add_data_func ("/facts/status/stand-ins-and-plans", lex, test_stand_ins_and_plans);
  g_test_add_data_func ("/facts/meeting/clauses-of-a-summit", lex, test_clauses_of_a_summit);
  g_test_add_data_func ("/facts/talks/bilateral", lex, test_bilateral_talks);
  g_test_add_data_func ("/facts/talks/people-held", lex, test_people_held_talks);
  g_test_add_data_func ("/facts/talks/headline-joined", lex, test_headline_talks_joined);
  g_test_add_data_func ("/facts/talks/met-objects", lex, test_met_objects);
  g_test_add_data_func ("/facts/status/host-speaks-planned-by", lex, test_host_speaks_planned_by);
  g_test_add_data_func ("/facts/talks/particle-topic", lex, test_talks_particle_topic);
  g_test_add_data_func ("/facts/meeting/named-event", lex, test_named_event);
  g_test_add_data_func ("/facts/status/plan-after-meeting", lex, test_plan_after_meeting);
  g_test_add_data_func ("/facts/meeting/town-south-of", lex, test_town_south_of);
  g_test_add_data_func ("/facts/posts/shared-demonym", lex, test_shared_demonym);
  g_test_add_data_func ("/facts/meeting/summit-clause-date", lex, test_summit_clause_date);
  g_test_add_data_func ("/facts/posts/two-posts", lex, test_two_posts);
  g_test_add_data_func ("/facts/meeting/hosted-group", lex, test_hosted_group);
  g_test_add_data_func ("/facts/meeting/place-line-dateline", lex, test_place_line_dateline);
  g_test_add_data_func ("/facts/status/negations-and-purpose", lex, test_negations_and_purpose);
  g_test_add_data_func ("/facts/date/that-day", lex, test_that_day);
  g_test_add_data_func ("/facts/people/pronoun-subject", lex, test_pronoun_subject);
  g_test_add_data_func ("/facts/meeting/general-debate", lex, test_general_debate);
  g_test_add_data_func ("/facts/meeting/edges", lex, test_meeting_edges);
  g_test_add_data_func ("/facts/meeting/forum", lex, test_forum);
  g_test_add_data_func ("/facts/meeting/video-but", lex, test_video_but);
  g_test_add_data_func ("/facts/meeting/arrived-and-met", lex, test_arrived_and_met);
  g_test_add_data_func ("/facts/meeting/delegation-included", lex, test_delegation_included);
  g_test_add_data_func ("/facts/meeting/delegate-speaker", lex, test_delegate_speaker);
  g_test_add_data_func ("/facts/posts/who-is-also", lex, test_who_is_also);
  g_test_add_data_func ("/facts/meeting/took-over-from", lex, test_took_over_from);
  g_test_add_data_func ("/facts/posts/title-then-rank", lex, test_title_then_rank);
  g_test_add_data_func ("/facts/meeting/press-conference", lex, test_press_conference);
  g_test_add_data_func ("/facts/meeting/talks-after-visit", lex, test_talks_after_visit);
  g_test_add_data_func ("/facts/meeting/headline-country-body-city", lex, test_headline_country_body_city);
  g_test_add_data_func ("/facts/people/title-acronym-alone", lex, test_title_acronym_alone);
  g_test_add_data_func ("/facts/meeting/possessive-meeting", lex, test_possessive_meeting);
  g_test_add_data_func ("/facts/meeting/where-will-meet", lex, test_where_will_meet);
  g_test_add_data_func ("/facts/meeting/same-org-two-cities", lex, test_same_org_two_cities);
  g_test_add_data_func ("/facts/meeting/both-ministers", lex, test_both_ministers);
  g_test_add_data_func ("/facts/meeting/building-city", lex, test_building_city);
  g_test_add_data_func ("/facts/meeting/last-met", lex, test_last_met);
  g_test_add_data_func ("/facts/meeting/top-diplomat-where", lex, test_top_diplomat_where);
  g_test_add_data_func ("/facts/meeting/conference-edges", lex, test_conference_edges);
  g_test_add_data_func ("/facts/date/day-earlier", lex, test_day_earlier);
  g_test_add_data_func ("/facts/date/clause-doing", lex, test_clause_doing_day);
  g_test_add_data_func ("/facts/date/weekday-day-number", lex, test_weekday_day_number);
  g_test_add_data_func ("/facts/meeting/trip-not-years-before", lex, test_trip_not_years_before);
  g_test_add_data_func ("/facts/date/lead-weekday", lex, test_lead_weekday);
  g_test_add_data_func ("/facts/meeting/apposition-ordinals", lex, test_summit_apposition_ordinals);
  g_test_add_data_func ("/facts/meeting/officials-and-journey", lex, test_officials_and_journey);
  g_test_add_data_func ("/facts/meeting/agency-no-organizer", lex, test_agency_no_organizer);
  g_test_add_data_func ("/facts/meeting/city-state-empty", lex, test_city_state_empty_meeting);
  g_test_add_data_func ("/facts/meeting/possessive-organizer", lex, test_possessive_organizer);
  g_test_add_data_func ("/facts/meeting/ahead-of-summit", lex, test_ahead_of_summit);
  g_test_add_data_func ("/facts/meeting/separate-reception", lex, test_separate_reception);
  g_test_add_data_func ("/facts/meeting/venue-chair-present", lex, test_venue_chair_present);
  g_test_add_data_func ("/facts/meeting/virtual-summit", lex, test_virtual_summit);
  g_test_add_data_func ("/facts/meeting/summit-named-before", lex, test_summit_named_before);
  g_test_add_data_func ("/facts/meeting/capital-host-session", lex, test_capital_host_session);
  g_test_add_data_func ("/facts/talks/headline-absentee", lex, test_headline_talks_absentee);
  g_test_add_data_func ("/facts/talks/headline-and-body", lex, test_talks_headline_and_body);
  g_test_add_data_func ("/facts/date/weekday", lex, test_weekday_dates);
  g_test_add_data_func ("/facts/date/yearless", lex, test_yearless_dates);
  g_test_add_data_func ("/facts/date/meeting-own-date", lex, test_meeting_own_date);
  g_test_add_data_func ("/facts/date/context-meeting", lex, test_context_meeting_date);
  g_test_add_data_func ("/facts/date/body-meeting", lex, test_body_meeting_takes_date);
  g_test_add_data_func ("/facts/status/meeting-ahead", lex, test_meeting_ahead);
  g_test_add_data_func ("/facts/date/purpose-meeting", lex, test_purpose_meeting);
  g_test_add_data_func ("/facts/date/journey", lex, test_journey_date);
  g_test_add_data_func ("/facts/meeting/another-instance", lex, test_another_instance);
  g_test_add_data_func ("/facts/link/members", lex, test_memberships);
  g_test_add_data_func ("/facts/link/places-in-countries", lex, test_places_in_countries);
  g_test_add_data_func ("/facts/person/speaker-not-attendee", lex, test_speaker_not_attendee);
  g_test_add_data_func ("/facts/person/surnames", lex, test_surnames);
  g_test_add_data_func ("/facts/person/many-people", lex, test_many_people);
  g_test_add_data_func ("/facts/person/description", lex, test_description);
  g_test_add_data_func ("/facts/person/chair-taken", lex, test_chair_taken);
  g_test_add_data_func ("/facts/person/second-post-after-name", lex, test_second_post_after_name);
  g_test_add_data_func ("/facts/meeting/call-for-no-phone", lex, test_call_for_no_phone);
  g_test_add_data_func ("/facts/talks/led-by", lex, test_talks_led_by);
  g_test_add_data_func ("/facts/meeting/days-after-other-event", lex, test_days_after_other_event);
  g_test_add_data_func ("/facts/meeting/founders-not-there", lex, test_founders_not_there);
  g_test_add_data_func ("/facts/meeting/council-quotes-and-tense", lex, test_council_quotes_and_tense);
  g_test_add_data_func ("/facts/meeting/day-after-other-event", lex, test_day_after_other_event);
  g_test_add_data_func ("/facts/meeting/plan-for-another-month", lex, test_plan_for_another_month);
  g_test_add_data_func ("/facts/attendance/opening-participle", lex, test_opening_participle);
  g_test_add_data_func ("/facts/meeting/consultations-at-academy", lex, test_consultations_at_academy);
  g_test_add_data_func ("/facts/meeting/named-dialogue", lex, test_named_dialogue);
  g_test_add_data_func ("/facts/post/listed-posts", lex, test_listed_posts);
  g_test_add_data_func ("/facts/post/its-ambassador", lex, test_its_ambassador);
  g_test_add_data_func ("/facts/post/party-leader", lex, test_party_leader);
  g_test_add_data_func ("/facts/member/made-up-of", lex, test_made_up_of);
  g_test_add_data_func ("/facts/contained/province-in-country", lex, test_province_in_country);
  g_test_add_data_func ("/facts/contained/list-of-provinces", lex, test_list_of_provinces);
  g_test_add_data_func ("/facts/meeting/sidelines-place", lex, test_sidelines_place);
  g_test_add_data_func ("/facts/meeting/subject-past-apposition", lex, test_subject_past_apposition);
  g_test_add_data_func ("/facts/meeting/sidelines-frame-and-post", lex, test_sidelines_frame_and_post);
  g_test_add_data_func ("/facts/meeting/council-held-here", lex, test_council_held_here);
  g_test_add_data_func ("/facts/meeting/summit-asked-and-past", lex, test_summit_asked_and_past);
  g_test_add_data_func ("/facts/talks/headline-org", lex, test_headline_org_talks);
  g_test_add_data_func ("/facts/person/alias", lex, test_alias);
  g_test_add_data_func ("/facts/person/initial-surname", lex, test_initial_surname);
  g_test_add_data_func ("/facts/meeting/moved-date", lex, test_moved_meeting_date);
  g_test_add_data_func ("/facts/meeting/place-bare-city", lex, test_place_bare_city_and_short_country);
  g_test_add_data_func ("/facts/meeting/hosted-group-analyst", lex, test_hosted_group_and_analyst_place);
  g_test_add_data_func ("/facts/meeting/cancelled-represented-forums", lex, test_cancelled_represented_forums);
  g_test_add_data_func ("/facts/meeting/sidelines-pronoun-stand-in", lex, test_sidelines_pronoun_stand_in);
  g_test_add_data_func ("/facts/meeting/perfect-patronymic", lex, test_perfect_patronymic);
  g_test_add_data_func ("/facts/meeting/call-came-regional-bloc", lex, test_call_came_regional_bloc);
  g_test_add_data_func ("/facts/meeting/leaders-body-preceded", lex, test_leaders_body_preceded);
  g_test_add_data_func ("/facts/meeting/same-city-sidelines-topic", lex, test_same_city_sidelines_topic);
  g_test_add_data_func ("/facts/meeting/who-clause-day", lex, test_who_clause_day);
  g_test_add_data_func ("/facts/meeting/format-guests-prepared", lex, test_format_guests_prepared);
  g_test_add_data_func ("/facts/meeting/possessive-anaphor", lex, test_possessive_anaphor);
  g_test_add_data_func ("/facts/meeting/weekday-possessive", lex, test_weekday_possessive);
  g_test_add_data_func ("/facts/meeting/follows-told", lex, test_follows_told);
  g_test_add_data_func ("/facts/meeting/building-topic-future-place", lex, test_building_topic_future_place);
  g_test_add_data_func ("/facts/meeting/reception-visit", lex, test_reception_visit);
  g_test_add_data_func ("/facts/post/designate", lex, test_designate_title);
  g_test_add_data_func ("/facts/meeting/stand-in-forms", lex, test_stand_in_forms);
  g_test_add_data_func ("/facts/meeting/headline-summit-people", lex, test_headline_summit_people);
  g_test_add_data_func ("/facts/meeting/un-dateline-partner", lex, test_un_dateline_partner);
  g_test_add_data_func ("/facts/membership/acronym-format", lex, test_memberships_acronym_format);
  g_test_add_data_func ("/facts/post/home-country", lex, test_home_country_posts);
  g_test_add_data_func ("/facts/org/national-bodies", lex, test_national_bodies);
  g_test_add_data_func ("/facts/meeting/of-the-grouping", lex, test_meeting_of_the_grouping);
  g_test_add_data_func ("/facts/meeting/grouping-named", lex, test_meeting_of_grouping_named);
  g_test_add_data_func ("/facts/meeting/ministerial-officials", lex, test_ministerial_and_officials);
  g_test_add_data_func ("/facts/meeting/in-attendance", lex, test_in_attendance_and_own_clause);
  g_test_add_data_func ("/facts/meeting/made-the-call", lex, test_made_the_call);
  g_test_add_data_func ("/facts/post/scholars", lex, test_scholar_posts);
  g_test_add_data_func ("/facts/place/city-apposition-capital", lex, test_city_apposition_capital);
  g_test_add_data_func ("/facts/org/organization-bodies", lex, test_organization_bodies);
  g_test_add_data_func ("/facts/post/list", lex, test_list_posts);
  g_test_add_data_func ("/facts/meeting/assembly-opened", lex, test_assembly_opened);
  g_test_add_data_func ("/facts/entity/outlets-stand-in-post", lex, test_outlets_and_stand_in_post);
  g_test_add_data_func ("/facts/entity/copyright-outlet", lex, test_copyright_outlet);
  g_test_add_data_func ("/facts/meeting/joined-organizers", lex, test_joined_organizers);
  g_test_add_data_func ("/facts/meeting/place-preposition", lex, test_place_preposition);
  g_test_add_data_func ("/facts/meeting/next-week", lex, test_meeting_next_week);
  g_test_add_data_func ("/facts/meeting/are-to-hold", lex, test_are_to_hold);
  g_test_add_data_func ("/facts/post/rank-no-post", lex, test_rank_no_post);
  g_test_add_data_func ("/facts/post/sent-in-clause", lex, test_sent_in_clause);
  g_test_add_data_func ("/facts/meeting/frozen-assets", lex, test_frozen_assets);
  g_test_add_data_func ("/facts/member/head-word", lex, test_members_by_head_word);
  g_test_add_data_func ("/facts/contained/demonym-capital", lex, test_demonym_capital);
  g_test_add_data_func ("/facts/meeting/attended-apposition", lex, test_attended_apposition);
  g_test_add_data_func ("/facts/place/unknown-town", lex, test_unknown_town);
  g_test_add_data_func ("/facts/place/building-in-town", lex, test_building_in_town);
  g_test_add_data_func ("/facts/meeting/numbered-assembly", lex, test_numbered_assembly);
  g_test_add_data_func ("/facts/meeting/said-before", lex, test_meeting_said_before);
  g_test_add_data_func ("/facts/status/side-and-table", lex, test_side_and_table);
  g_test_add_data_func ("/facts/place/handed-to-country", lex, test_handed_to_country);
  g_test_add_data_func ("/facts/meeting/numbered-dialogue", lex, test_numbered_dialogue);
  g_test_add_data_func ("/facts/meeting/group-decides", lex, test_group_decides);
  g_test_add_data_func ("/facts/member/of-plural", lex, test_members_of_plural);
  g_test_add_data_func ("/facts/meeting/named-summit-page", lex, test_named_summit_page);
  g_test_add_data_func ("/facts/meeting/hosting-in-region", lex, test_hosting_in_region);
  g_test_add_data_func ("/facts/meeting/between-capitals", lex, test_between_capitals);
  g_test_add_data_func ("/facts/person/father-name", lex, test_father_name);
  g_test_add_data_func ("/facts/person/rank-and-name", lex, test_rank_and_name);
  g_test_add_data_func ("/facts/meeting/consultation", lex, test_consultation);
  g_test_add_data_func ("/facts/meeting/council-page", lex, test_council_page);
  g_test_add_data_func ("/facts/meeting/plenary-and-closed", lex, test_plenary_and_closed);
  g_test_add_data_func ("/facts/org/formal-name", lex, test_formal_name);
  g_test_add_data_func ("/facts/org/acronym-body", lex, test_acronym_body);
  g_test_add_data_func ("/facts/meeting/headline-city", lex, test_headline_city);
  g_test_add_data_func ("/facts/meeting/joint-summit", lex, test_joint_summit);
  g_test_add_data_func ("/facts/meeting/his-last-summit", lex, test_his_last_summit);
  g_test_add_data_func ("/facts/meeting/climate-conference", lex, test_climate_conference);
  g_test_add_data_func ("/facts/meeting/invitation-of", lex, test_invitation_of);
  g_test_add_data_func ("/facts/meeting/envoy-to-country", lex, test_envoy_to_country);
  g_test_add_data_func ("/facts/meeting/conference-page", lex, test_conference_page);
  g_test_add_data_func ("/facts/meeting/delegation-to-assembly", lex, test_delegation_to_assembly);
  g_test_add_data_func ("/facts/meeting/capital-government-no-venue", lex, test_capital_government_no_venue);
  g_test_add_data_func ("/facts/meeting/untitled-given-name", lex, test_untitled_given_name);
  g_test_add_data_func ("/facts/meeting/received-the-visiting", lex, test_received_the_visiting);
  g_test_add_data_func ("/facts/meeting/entourage-later", lex, test_entourage_later);
  g_test_add_data_func ("/facts/post/including", lex, test_including_posts);
  g_test_add_data_func ("/facts/post/interleaved", lex, test_interleaved_posts);
  g_test_add_data_func ("/facts/post/home-outlet", lex, test_home_outlet_posts);
  g_test_add_data_func ("/facts/post/home-more", lex, test_home_posts_more);
  g_test_add_data_func ("/facts/meeting/east-asia-summit", lex, test_east_asia_summit);
  g_test_add_data_func ("/facts/meeting/host-elsewhere", lex, test_host_elsewhere);
  g_test_add_data_func ("/facts/meeting/secretariat-venue", lex, test_secretariat_venue);
  g_test_add_data_func ("/facts/post/at-org", lex, test_post_at_org);
  g_test_add_data_func ("/facts/post/with-org", lex, test_post_with_org);
  g_test_add_data_func ("/facts/post/of-host-abroad", lex, test_post_of_host_abroad);
  g_test_add_data_func ("/facts/post/of-receiving-host", lex, test_post_of_receiving_host);
  g_test_add_data_func ("/facts/meeting/received-adjective-delegation", lex, test_meeting_received_adjective_delegation);
  g_test_add_data_func ("/facts/meeting/reaction-elsewhere", lex, test_meeting_reaction_elsewhere);
  g_test_add_data_func ("/facts/post/body-word-title", lex, test_post_body_word_title);
  g_test_add_data_func ("/facts/meeting/briefed-ministers", lex, test_meeting_briefed_ministers);
  g_test_add_data_func ("/facts/members/of-two", lex, test_members_of_two);
  g_test_add_data_func ("/facts/meeting/two-leaders-first-met", lex, test_meeting_two_leaders_first_met);
  g_test_add_data_func ("/facts/meeting/between-people", lex, test_meeting_between_people);
  g_test_add_data_func ("/facts/meeting/people-of-org-session", lex, test_meeting_people_of_org_session);
  g_test_add_data_func ("/facts/meeting/summit-after-talks", lex, test_meeting_summit_after_talks);
  g_test_add_data_func ("/facts/meeting/sea-no-place", lex, test_meeting_sea_no_place);
  g_test_add_data_func ("/facts/meeting/last-night-dinner", lex, test_meeting_last_night_dinner);
  g_test_add_data_func ("/facts/meeting/group-lead-post-place", lex, test_meeting_group_lead_post_place);
  g_test_add_data_func ("/facts/post/apposition-list-not-next", lex, test_post_apposition_list_not_next);
  g_test_add_data_func ("/facts/meeting/present-perfect-day", lex, test_meeting_present_perfect_day);
  g_test_add_data_func ("/facts/meeting/guest-visit-clause", lex, test_meeting_guest_visit_clause);
  g_test_add_data_func ("/facts/desc/pm", lex, test_desc_pm);
  g_test_add_data_func ("/facts/meeting/opening-phrase-plan", lex, test_meeting_opening_phrase_plan);
  g_test_add_data_func ("/facts/meeting/city-of-country", lex, test_meeting_city_of_country);
  g_test_add_data_func ("/facts/meeting/opening-phrase", lex, test_meeting_opening_phrase);
  g_test_add_data_func ("/facts/meeting/delegation-comprised", lex, test_delegation_comprised);
  g_test_add_data_func ("/facts/post/of-unmarked-side", lex, test_post_of_unmarked_side);
  g_test_add_data_func ("/facts/post/of-side-clause", lex, test_post_of_side_clause);
  g_test_add_data_func ("/facts/desc/president-of-no-country", lex, test_desc_president_of_no_country);
  g_test_add_data_func ("/facts/post/plural-capitalized", lex, test_post_plural_capitalized);
  g_test_add_data_func ("/facts/people/delegation-of-person", lex, test_delegation_of_person);
  g_test_add_data_func ("/facts/people/hyphen-surname-alone", lex, test_hyphen_surname_alone);
  g_test_add_data_func ("/facts/place/arrived-after-meeting", lex, test_arrived_after_meeting);
  g_test_add_data_func ("/facts/people/received-the-visit-of", lex, test_received_the_visit_of);
  g_test_add_data_func ("/facts/place/held-in-first-since", lex, test_held_in_place_first_since);
  g_test_add_data_func ("/facts/post/list-before-name", lex, test_post_list_before_name);
  g_test_add_data_func ("/facts/post/of-delegation", lex, test_post_of_delegation);
  g_test_add_data_func ("/facts/post/anadolu-page", lex, test_anadolu_page);
  g_test_add_data_func ("/facts/meeting/call-at-summit", lex, test_call_at_summit);
  g_test_add_data_func ("/facts/person/post-comma-rank", lex, test_post_comma_rank);
  g_test_add_data_func ("/facts/meeting/represented-not-there", lex, test_represented_not_there);
  g_test_add_data_func ("/facts/person/city-names-in-names", lex, test_city_names_in_names);
  g_test_add_data_func ("/facts/meeting/members-anaphor", lex, test_members_anaphor);
  g_test_add_data_func ("/facts/place/city-of-unknown", lex, test_city_of_unknown);
  g_test_add_data_func ("/facts/person/caption-names", lex, test_caption_names);
  g_test_add_data_func ("/facts/meeting/chair-organizer", lex, test_chair_organizer);
  g_test_add_data_func ("/facts/person/as-post", lex, test_as_post);
  g_test_add_data_func ("/facts/person/escort-posts", lex, test_escort_posts);
  g_test_add_data_func ("/facts/meeting/scholar-not-attendee", lex, test_scholar_not_attendee);
  g_test_add_data_func ("/facts/meeting/bloc-named-before", lex, test_bloc_named_before);
  g_test_add_data_func ("/facts/person/respective-posts", lex, test_respective_posts);
  g_test_add_data_func ("/facts/org/members-apposition", lex, test_members_apposition);
  g_test_add_data_func ("/facts/person/host-posts", lex, test_host_posts);
  g_test_add_data_func ("/facts/meeting/speaker-after-org-meeting", lex, test_speaker_after_org_meeting);
  g_test_add_data_func ("/facts/person/description-apposition", lex, test_description_apposition);
  g_test_add_data_func ("/facts/posts/title-post-in", lex, test_title_post_in);
  g_test_add_data_func ("/facts/posts/president-of-the-republic", lex, test_president_of_the_republic);
  g_test_add_data_func ("/facts/posts/leaders-aide", lex, test_leaders_aide);
  g_test_add_data_func ("/facts/posts/government-of-title", lex, test_government_of_title);
  g_test_add_data_func ("/facts/posts/first-lady-of-spouse", lex, test_first_lady_of_spouse);
  g_test_add_data_func ("/facts/members/list-after-name", lex, test_memberships_list_after_name);
  g_test_add_data_func ("/facts/contained/town-island-of", lex, test_contained_town_island_of);
  g_test_add_data_func ("/facts/posts/institution-of-name", lex, test_institution_of_name);
  g_test_add_data_func ("/facts/meetings/cochaired-with", lex, test_cochaired_with);
  g_test_add_data_func ("/facts/status/absent-because-of-meeting", lex, test_absent_because_of_meeting);
  g_test_add_data_func ("/facts/person/the-minister-after-apposition", lex, test_the_minister_after_apposition);
  g_test_add_data_func ("/facts/post/unknown-body-chair", lex, test_unknown_body_chair);
  g_test_add_data_func ("/facts/post/listed-posts-country", lex, test_listed_posts_country);
  g_test_add_data_func ("/facts/post/portfolio-named-as-party", lex, test_portfolio_named_as_party);
  g_test_add_data_func ("/facts/meeting/in-place-hosted-by", lex, test_meeting_in_place_hosted_by);
  g_test_add_data_func ("/facts/place/place-after-day-after", lex, test_place_after_day_after);
  g_test_add_data_func ("/facts/post/government-represented-by", lex, test_government_represented_by);
  g_test_add_data_func ("/facts/post/regional-posts", lex, test_regional_posts);
  g_test_add_data_func ("/facts/org/hospital-org-no-organizer", lex, test_hospital_org_no_organizer);
  g_test_add_data_func ("/facts/post/small-provinces", lex, test_small_provinces);
  g_test_add_data_func ("/facts/place/region-bhawan", lex, test_region_bhawan);
  g_test_add_data_func ("/facts/meeting/general-assembly-small-letters", lex, test_general_assembly_small_letters);
  g_test_add_data_func ("/facts/org/bodies-of-group", lex, test_bodies_of_group);
  g_test_add_data_func ("/facts/place/lake-mount-falls", lex, test_lake_mount_falls);
  g_test_add_data_func ("/facts/date/day-before-other-noun", lex, test_day_before_other_noun);
  g_test_add_data_func ("/facts/post/known-person-national-post", lex, test_known_person_national_post);
  g_test_add_data_func ("/facts/meeting/central-bank-gathers-symposium", lex, test_central_bank_gathers_symposium);
  g_test_add_data_func ("/facts/place/body-last-meeting-elsewhere", lex, test_body_last_meeting_elsewhere);
  g_test_add_data_func ("/facts/place/region-building-next-sitting", lex, test_region_building_next_sitting);
  g_test_add_data_func ("/facts/org/spelled-body-and-company-suffix", lex, test_spelled_body_and_company_suffix);
  g_test_add_data_func ("/facts/meeting/host-list-of-names", lex, test_host_list_of_names);
  g_test_add_data_func ("/facts/person/more-titles-before-names", lex, test_more_titles_before_names);
  g_test_add_data_func ("/facts/meeting/assembly-at-named-building", lex, test_assembly_at_named_building);
  g_test_add_data_func ("/facts/place/direction-before-city", lex, test_direction_before_city);
  g_test_add_data_func ("/facts/status/planning-in-title", lex, test_planning_in_title);
  g_test_add_data_func ("/facts/post/acronym-before-title", lex, test_acronym_before_title);
  g_test_add_data_func ("/facts/org/school-of-region", lex, test_school_of_region);
  g_test_add_data_func ("/facts/place/korean-city-without-si", lex, test_korean_city_without_si);
  g_test_add_data_func ("/facts/meeting/extraordinary-congress", lex, test_extraordinary_congress);
  g_test_add_data_func ("/facts/meeting/union-side-of-talks", lex, test_union_side_of_talks);
  g_test_add_data_func ("/facts/meeting/body-decides-on-day", lex, test_body_decides_on_day);
  g_test_add_data_func ("/facts/meeting/comes-as-no-place", lex, test_comes_as_no_place);
  g_test_add_data_func ("/facts/meeting/meets-group-of", lex, test_meets_group_of);
  g_test_add_data_func ("/facts/meeting/title-holder-later", lex, test_title_holder_later);
  g_test_add_data_func ("/facts/meeting/premises-organizer", lex, test_premises_organizer);
  g_test_add_data_func ("/facts/posts/body-in-title", lex, test_post_body_in_title);
  g_test_add_data_func ("/facts/dates/year-of-lead-weekday", lex, test_year_of_lead_weekday);
  g_test_add_data_func ("/facts/place/series-named-for-town", lex, test_series_named_for_town);
  g_test_add_data_func ("/facts/place/region-state-capital", lex, test_region_state_capital);
  g_test_add_data_func ("/facts/post/posted-by-outlet", lex, test_posted_by_outlet);
  g_test_add_data_func ("/facts/meeting/called-back-for-meeting", lex, test_called_back_for_meeting);
  g_test_add_data_func ("/facts/meeting/body-which-opened", lex, test_body_which_opened);
  g_test_add_data_func ("/facts/post/site-country-code", lex, test_site_country_code);
  g_test_add_data_func ("/facts/org/body-of-acronym", lex, test_body_of_acronym);
  g_test_add_data_func ("/facts/post/minister-delegate-federal-councillor", lex, test_minister_delegate_federal_councillor);
  g_test_add_data_func ("/facts/date/last-year", lex, test_date_last_year);
  g_test_add_data_func ("/facts/attendance/sent-its-and-audience", lex, test_sent_its_and_audience);
  g_test_add_data_func ("/facts/place/building-namesake", lex, test_building_namesake);
  g_test_add_data_func ("/facts/attendance/group-calls-on", lex, test_group_calls_on);
  g_test_add_data_func ("/facts/post/title-held-at-home", lex, test_title_held_at_home);
  g_test_add_data_func ("/facts/post/scholar-post-at", lex, test_scholar_post_at);
  g_test_add_data_func ("/facts/org/national-body-of-portfolios", lex, test_national_body_of_portfolios);
  g_test_add_data_func ("/facts/people/surname-not-after-father", lex, test_surname_not_after_father);
  g_test_add_data_func ("/facts/attend/of-inside-body-name", lex, test_of_inside_body_name);
  g_test_add_data_func ("/facts/post/plural-title-list", lex, test_plural_title_list);
  g_test_add_data_func ("/facts/attend/double-surname-meet-heads", lex, test_double_surname_meet_heads);
  g_test_add_data_func ("/facts/attend/around-the-table", lex, test_around_the_table);
  g_test_add_data_func ("/facts/attend/visit-to-person-fort", lex, test_visit_to_person_fort);
  g_test_add_data_func ("/facts/post/person-after-body-of-title", lex, test_person_after_body_of_title);
  g_test_add_data_func ("/facts/attend/in-attendance-declaring-received-by", lex, test_in_attendance_declaring_received_by);
  g_test_add_data_func ("/facts/post/before-ambassador-honorific", lex, test_post_before_ambassador_honorific);
  g_test_add_data_func ("/facts/place/byline-town-capital-represented", lex, test_byline_town_capital_represented);
  g_test_add_data_func ("/facts/org/ordinal-before-name", lex, test_ordinal_before_org_name);
  g_test_add_data_func ("/facts/org/consultation-name", lex, test_consultation_name);
  g_test_add_data_func ("/facts/place/dateline-town-in-body", lex, test_dateline_town_in_body);
  g_test_add_data_func ("/facts/members/not-said", lex, test_members_not_said);
  g_test_add_data_func ("/facts/org/river-body-call-on", lex, test_river_body_call_on);
  g_test_add_data_func ("/facts/org/conference-of-members", lex, test_conference_of_members);
  g_test_add_data_func ("/facts/org/mechanism-name", lex, test_mechanism_name);
  g_test_add_data_func ("/facts/org/common-body-of-main-org", lex, test_common_body_of_main_org);
  g_test_add_data_func ("/facts/attend/video-session-accompanied", lex, test_video_session_accompanied);
  g_test_add_data_func ("/facts/attend/told-delegates", lex, test_told_delegates_attends);
  g_test_add_data_func ("/facts/places/demonym-capital-contained", lex, test_demonym_capital_contained);
  g_test_add_data_func ("/facts/meeting/received-delegations-excused", lex, test_received_delegations_excused);
  g_test_add_data_func ("/facts/meeting/who-clause-call-and-table", lex, test_who_clause_call_and_table);
  g_test_add_data_func ("/facts/meeting/past-clause-place", lex, test_past_clause_place);
  g_test_add_data_func ("/facts/meeting/met-under-chairmanship", lex, test_met_under_chairmanship);
  g_test_add_data_func ("/facts/meeting/heads-of-state-session", lex, test_heads_of_state_session);
  g_test_add_data_func ("/facts/meeting/forum-definition", lex, test_forum_definition);
  g_test_add_data_func ("/facts/post/delegation-posts", lex, test_delegation_posts);
  g_test_add_data_func ("/facts/org/body-of-unknown-org-meeting", lex, test_body_of_unknown_org_meeting);
  g_test_add_data_func ("/facts/meeting/countries-agreed-received-ministers", lex, test_countries_agreed_received_ministers);
  g_test_add_data_func ("/facts/meeting/capital-of-our-country", lex, test_capital_of_our_country);
  g_test_add_data_func ("/facts/meeting/clause-topic-also-met", lex, test_clause_topic_also_met);
  g_test_add_data_func ("/facts/meeting/same-day-received-delegations", lex, test_same_day_received_delegations);
  g_test_add_data_func ("/facts/meeting/first-held-after", lex, test_first_meeting_held_after);
  g_test_add_data_func ("/facts/meeting/received-group-retreat", lex, test_received_group_for_retreat);
  g_test_add_data_func ("/facts/posts/portfolios-then-country", lex, test_portfolios_then_country);
  g_test_add_data_func ("/facts/posts/message-from-president", lex, test_message_from_president);
  g_test_add_data_func ("/facts/people/long-patronymic-names", lex, test_long_patronymic_names);
  g_test_add_data_func ("/facts/people/name-after-title-over-lexicon", lex, test_name_after_title_over_lexicon);
  g_test_add_data_func ("/facts/posts/unknown-outlet-country", lex, test_unknown_outlet_country);
  g_test_add_data_func ("/facts/posts/host-of-visit-without-place", lex, test_host_of_visit_without_place);
  g_test_add_data_func ("/facts/posts/other-country-chamber", lex, test_other_country_chamber);
  g_test_add_data_func ("/facts/people/plural-post-no-person", lex, test_plural_post_no_person);
  g_test_add_data_func ("/facts/people/plural-possessive-in-name", lex, test_plural_possessive_in_name);
  g_test_add_data_func ("/facts/posts/edge-outlet-home", lex, test_edge_outlet_home);
  g_test_add_data_func ("/facts/posts/fm-and-headline-comma", lex, test_fm_and_headline_comma);
  g_test_add_data_func ("/facts/posts/foreign-ministry-spokesperson", lex, test_foreign_ministry_spokesperson);
  g_test_add_data_func ("/facts/posts/custodian-title", lex, test_custodian_title);
  g_test_add_data_func ("/facts/article/title-case-dateline", lex, test_title_case_dateline);
  g_test_add_data_func ("/facts/meeting/body-chaired", lex, test_body_chaired);
  g_test_add_data_func ("/facts/meeting/next-week-talks", lex, test_next_week_talks);
  g_test_add_data_func ("/facts/meeting/more-meeting-verbs", lex, test_more_meeting_verbs);
  g_test_add_data_func ("/facts/meeting/video-and-group", lex, test_video_and_group_meetings);
  g_test_add_data_func ("/facts/members/member-states-of", lex, test_member_states_of);
  g_test_add_data_func ("/facts/members/other-members", lex, test_other_members);
  g_test_add_data_func ("/facts/meeting/meeting-of-the-group", lex, test_meeting_of_the_group);
  g_test_add_data_func ("/facts/person/title-anaphor", lex, test_title_anaphor);
  g_test_add_data_func ("/facts/person/given-name-alone", lex, test_given_name_alone);
  g_test_add_data_func ("/facts/meeting/relative-clause-org", lex, test_relative_clause_org);
  g_test_add_data_func ("/facts/meeting/host-guests-for-talks", lex, test_host_guests_for_talks);
  g_test_add_data_func ("/facts/post/title-over-honorific", lex, test_title_over_honorific);
  g_test_add_data_func ("/facts/meeting/speaker-at-meeting", lex, test_speaker_at_meeting);
  g_test_add_data_func ("/facts/meeting/described-people", lex, test_described_people_meet);
  g_test_add_data_func ("/facts/meeting/body-opens", lex, test_body_opens);
  g_test_add_data_func ("/facts/post/envoy-to", lex, test_envoy_to);
  g_test_add_data_func ("/facts/person/headline-acronym-title", lex, test_headline_acronym_title);
  g_test_add_data_func ("/facts/meeting/dinner-beside-talks", lex, test_dinner_beside_talks);
  g_test_add_data_func ("/facts/meeting/trip-place", lex, test_trip_place);
  g_test_add_data_func ("/facts/meeting/counterpart-call-on-joined", lex, test_counterpart_call_on_joined);
  g_test_add_data_func ("/facts/meeting/courtesy-call-host-pair", lex, test_courtesy_call_host_pair);
  g_test_add_data_func ("/facts/meeting/trip-out-of-order", lex, test_trip_out_of_order);
  g_test_add_data_func ("/facts/meeting/readouts", lex, test_readouts);
  g_test_add_data_func ("/facts/status/across-sentences", lex, test_statuses_across);
  g_test_add_data_func ("/facts/date/weekday-same-day", lex, test_weekday_same_day);
  g_test_add_data_func ("/facts/meeting/opinion-long-title", lex, test_opinion_and_long_title);
  g_test_add_data_func ("/facts/meeting/sidelines-subject", lex, test_sidelines_subject);
  g_test_add_data_func ("/facts/meeting/after-meeting-cohost", lex, test_after_meeting_cohost);
  g_test_add_data_func ("/facts/meeting/dialogue-on-topic", lex, test_dialogue_on_topic);
  g_test_add_data_func ("/facts/meeting/so-called-format-envoy-for", lex, test_so_called_format_envoy_for);
  g_test_add_data_func ("/facts/post/dateline-country", lex, test_dateline_country_posts);
  g_test_add_data_func ("/facts/members/conclave-founders-its", lex, test_members_conclave_founders_its);
  g_test_add_data_func ("/facts/meeting/partners-series-participants", lex, test_partners_series_participants);
  g_test_add_data_func ("/facts/meeting/preparations-post-body", lex, test_preparations_post_body);
  g_test_add_data_func ("/facts/meeting/cohosted-led-by", lex, test_cohosted_led_by);
  g_test_add_data_func ("/facts/post/home-at-body-abroad", lex, test_home_post_at_body_abroad);
  g_test_add_data_func ("/facts/meeting/moved-to-no-place", lex, test_moved_to_no_place);
  g_test_add_data_func ("/facts/contained/city-in-country", lex, test_city_in_country);
  g_test_add_data_func ("/facts/date/year-of-day-to-come", lex, test_year_of_day_to_come);
  g_test_add_data_func ("/facts/meeting/defined-acronym-long-summit", lex, test_defined_acronym_long_summit);
  g_test_add_data_func ("/facts/meeting/said-while-attending", lex, test_said_while_attending);
  g_test_add_data_func ("/facts/meeting/through-cities", lex, test_through_cities);
  g_test_add_data_func ("/facts/meeting/counterpart-country-name", lex, test_counterpart_country_name);
  g_test_add_data_func ("/facts/meeting/leaders-retreat", lex, test_leaders_retreat);
  g_test_add_data_func ("/facts/meeting/led-numbered-consultations", lex, test_led_numbered_consultations);
  g_test_add_data_func ("/facts/meeting/hosted-counterparts-from-body", lex, test_hosted_counterparts_from_body);
  g_test_add_data_func ("/facts/meeting/named-series-organizer", lex, test_named_series_organizer);
  g_test_add_data_func ("/facts/contained/city-country-parentheses", lex, test_city_country_parentheses);
  g_test_add_data_func ("/facts/members/list-initials-grouping", lex, test_list_initials_grouping);
  g_test_add_data_func ("/facts/date/adopted-at-meeting-day", lex, test_adopted_at_meeting_day);
  g_test_add_data_func ("/facts/meeting/countries-ministers-agree", lex, test_countries_ministers_agree);
  g_test_add_data_func ("/facts/post/portfolio-and-spokesperson", lex, test_portfolio_and_spokesperson);
  g_test_add_data_func ("/facts/meeting/next-year-session", lex, test_next_year_session);
  g_test_add_data_func ("/facts/meeting/previous-meeting-context", lex, test_previous_meeting_context);
  g_test_add_data_func ("/facts/meeting/next-year-numbered", lex, test_next_year_numbered);
  g_test_add_data_func ("/facts/meeting/particularly-in-topic", lex, test_particularly_in_topic);
  g_test_add_data_func ("/facts/meeting/name-word-no-topic", lex, test_name_word_no_topic);
  g_test_add_data_func ("/facts/meeting/received-title", lex, test_received_title);
  g_test_add_data_func ("/facts/meeting/message-sender", lex, test_message_sender);
  g_test_add_data_func ("/facts/meeting/recent-other-place", lex, test_recent_other_place);
  g_test_add_data_func ("/facts/meeting/relative-clause-meeting", lex, test_relative_clause_meeting);
  g_test_add_data_func ("/facts/meeting/countries-held-lead", lex, test_countries_held_lead);
  g_test_add_data_func ("/facts/meeting/day-of-month-joined", lex, test_day_of_month_joined);
  g_test_add_data_func ("/facts/meeting/aside-meeting-place", lex, test_aside_meeting_place);
  g_test_add_data_func ("/facts/meeting/where-clause-meeting", lex, test_where_clause_meeting);
  g_test_add_data_func ("/facts/meeting/press-conference-quote", lex, test_press_conference_quote);
  g_test_add_data_func ("/facts/meeting/round-of-talks", lex, test_round_of_talks);
  g_test_add_data_func ("/facts/meeting/resumed-work-of-body", lex, test_resumed_work_of_body);
  g_test_add_data_func ("/facts/meeting/call-was-made-at-meeting", lex, test_call_was_made_at_meeting);
  g_test_add_data_func ("/facts/post/side-country-posts", lex, test_side_country_posts);
  g_test_add_data_func ("/facts/status/set-a-date-attended", lex, test_set_a_date_attended);
  g_test_add_data_func ("/facts/meeting/name-ending-sen", lex, test_name_ending_sen);
  g_test_add_data_func ("/facts/meeting/dialogue-held-with", lex, test_dialogue_held_with);
  g_test_add_data_func ("/facts/meeting/delegation-completed-by", lex, test_delegation_completed_by);
  g_test_add_data_func ("/facts/post/portfolio-minister-home", lex, test_portfolio_minister_home);
  g_test_add_data_func ("/facts/meeting/hosted-by-after", lex, test_meeting_hosted_by_after);
  g_test_add_data_func ("/facts/meeting/held-numbered-dialogue", lex, test_held_numbered_dialogue);
  g_test_add_data_func ("/facts/meeting/countries-people-held", lex, test_countries_people_held);
  g_test_add_data_func ("/facts/meeting/attended-funeral", lex, test_attended_funeral);
  g_test_add_data_func ("/facts/place/it-was-said-in", lex, test_it_was_said_in);
  g_test_add_data_func ("/facts/place/envoy-to-country", lex, test_envoy_to_country_no_place);
  g_test_add_data_func ("/facts/meeting/met-the-former", lex, test_met_the_former);
  g_test_add_data_func ("/facts/person/the-title-named-before", lex, test_the_title_named_before);
  g_test_add_data_func ("/facts/meeting/visit-at-invitation-of-person", lex, test_visit_at_invitation_of_person);
  g_test_add_data_func ("/facts/date/this-afternoon", lex, test_this_afternoon);
  g_test_add_data_func ("/facts/meeting/from-his-counterpart", lex, test_from_his_counterpart);
  g_test_add_data_func ("/facts/date/which-opens-on-weekday", lex, test_which_opens_on_weekday);
  g_test_add_data_func ("/facts/post/country-name-counterpart", lex, test_country_name_counterpart);
  g_test_add_data_func ("/facts/meeting/held-round-of-dialogue", lex, test_held_round_of_dialogue);
  g_test_add_data_func ("/facts/meeting/lead-then-represented", lex, test_lead_then_represented);
  g_test_add_data_func ("/facts/meeting/signed-by-at-ceremony", lex, test_signed_by_at_ceremony);
  g_test_add_data_func ("/facts/place/patrols-in-topic", lex, test_patrols_in_topic);
  g_test_add_data_func ("/facts/meeting/two-defense-chiefs", lex, test_two_defense_chiefs);
  g_test_add_data_func ("/facts/date/sidelines-day-after-frame", lex, test_sidelines_day_after_frame);
  g_test_add_data_func ("/facts/meeting/welcomed-leaders-to-seat", lex, test_welcomed_leaders_to_seat);
  g_test_add_data_func ("/facts/meeting/ahead-of-summit-own-day-place", lex, test_ahead_of_summit_own_day_place);
  g_test_add_data_func ("/facts/place/possessive-city-no-venue", lex, test_possessive_city_no_venue);
  g_test_add_data_func ("/facts/meeting/luncheon-banquet", lex, test_luncheon_banquet);
  g_test_add_data_func ("/facts/attendance/said-as-he-met", lex, test_said_as_he_met);
  g_test_add_data_func ("/facts/place/visit-place-fallback", lex, test_visit_place_fallback);
  g_test_add_data_func ("/facts/meeting/talks-with-post-holder-no-organizer", lex, test_talks_with_post_holder_no_organizer);
  g_test_add_data_func ("/facts/meeting/discussions-are-talks", lex, test_discussions_are_talks);
  g_test_add_data_func ("/facts/date/they-met-day-replaces-today", lex, test_they_met_day_replaces_today);
  g_test_add_data_func ("/facts/place/quoted-meeting-place", lex, test_quoted_meeting_place);
  g_test_add_data_func ("/facts/place/arrived-at-recent-talks", lex, test_arrived_at_recent_talks);
  return g_test_run ();
}
