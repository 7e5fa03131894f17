/* test-article.c - decoding, wire datelines, headlines, boilerplate, JSON Lines. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/article.h"

/* Reads tests/data/articles/name into an article. */
static NgArticle *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  g_assert_no_error (error);
  NgArticle *a = ng_article_from_bytes (path, data, len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

/* Reads an article from a string. */
static NgArticle *
from_string (const char *source, const char *s)
{
  g_autoptr (GError) error = NULL;
  NgArticle *a = ng_article_from_bytes (source, s, strlen (s), &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);
  return a;
}

/* Checks the invariants of every article: valid UTF-8 text of len bytes,
 * no CR, headline first when there is one. */
static void
check_article (const NgArticle *a)
{
  g_assert_nonnull (a->text);
  g_assert_cmpuint (strlen (a->text), ==, a->len);
  g_assert_true (g_utf8_validate (a->text, -1, NULL));
  g_assert_null (strchr (a->text, '\r'));
  g_assert_nonnull (a->key);
  g_assert_cmpuint (strlen (a->key), >, 0);
  if (a->headline)
    {
      g_autofree char *head = g_strconcat (a->headline, "\n\n", NULL);
      g_assert_true (g_str_has_prefix (a->text, head));
      /* The headline is not repeated in the body. */
      g_assert_null (strstr (a->text + strlen (head), a->headline));
    }
}

static const struct {
  const char *file;
  const char *headline;
  const char *date;
  const char *publisher;
  const char *agency;
  const char *dateline;
  const char *body_start;   /* the body right after the headline, dateline gone */
  const char *absent[4];    /* text that must not survive */
} wires[] = {
  { "tass.txt", NULL, "--09-15", "TASS", NULL, "Dushanbe",
    "The leaders of five Central Asian states gathered",
    { "DUSHANBE", "/TASS/", NULL } },
  { "belta.txt", "Lukashenko holds talks with Kazakh counterpart in Astana", "2024-11-28",
    "BelTA", NULL, "Astana",
    "Belarusian President Aleksandr Lukashenko met",
    { "All news", "Follow us", "11:38", "Telegram" } },
  { "reprint.txt", "Lavrov Meets Chinese Counterpart On Sidelines Of Forum", "2021-09-15",
    "ExampleWire.com", "Sputnik", "Moscow",
    "Russian Foreign Minister Sergey Lavrov held talks",
    { "ExampleWire", "Sputnik", "date 2021", "MOSCOW" } },
  { "reuters.txt", "NATO ministers agree on new air defence plan", "--06-14",
    "Reuters", NULL, "Brussels",
    "Defence ministers of the alliance agreed",
    { "Reuters", "Reporting by", "BRUSSELS", NULL } },
  { "ap.txt", "Indonesian volcano erupts again, villages evacuated", NULL,
    "AP", NULL, "Jakarta",
    "A volcano on the island of Java erupted",
    { "(AP)", "JAKARTA", NULL } },
  { "xinhua.txt", "China, Pakistan pledge closer cooperation on trade", "--07-03",
    "Xinhua", NULL, "Beijing",
    "Chinese and Pakistani officials met here",
    { "Xinhua", "--", "BEIJING", NULL } },
  { "plain.txt", "Council of ministers meets to review the budget", NULL,
    NULL, NULL, NULL,
    "The council of ministers met on Tuesday",
    { NULL } },
  { "navigation.txt", "Council of ministers meets to review the budget", "2024-11-28",
    NULL, NULL, NULL,
    "The council of ministers met on Tuesday",
    { "All news", "President\n", "Follow us", "Telegram" } },
  { "masthead.txt", "Finance minister presents the spring budget to parliament", "2025-03-03",
    NULL, NULL, NULL,
    "On 3 March, the finance minister presented",
    { "Portal", "Press Office", NULL } },
  { "no-headline.txt", NULL, NULL, NULL, NULL, NULL,
    "The council of ministers met on Tuesday",
    { NULL } },
};

/* Header fields and clean text of each wire style. */
static void
test_wire (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr (NgArticle) a = load (wires[i].file);
  g_test_message ("%s:\n%s", wires[i].file, a->text);
  check_article (a);
  g_assert_cmpstr (a->headline, ==, wires[i].headline);
  g_assert_cmpstr (a->date, ==, wires[i].date);
  g_assert_cmpstr (a->publisher, ==, wires[i].publisher);
  g_assert_cmpstr (a->agency, ==, wires[i].agency);
  g_assert_cmpstr (a->dateline, ==, wires[i].dateline);
  const char *body = a->text;
  if (a->headline)
    body += strlen (a->headline) + 2;
  g_assert_true (g_str_has_prefix (body, wires[i].body_start));
  for (guint k = 0; k < G_N_ELEMENTS (wires[i].absent) && wires[i].absent[k]; k++)
    g_assert_null (strstr (body, wires[i].absent[k]));
  g_assert_true (g_str_has_suffix (a->text, ".\n"));
  /* The identifier is the file name stem. */
  g_autofree char *stem = g_strndup (wires[i].file, strlen (wires[i].file) - 4);
  g_assert_cmpstr (a->identifier, ==, stem);
}

/* A capitalized acronym before a parenthesis is not a dateline. */
static void
test_not_dateline (void)
{
  g_autoptr (NgArticle) a = from_string ("x.txt",
    "NATO (North Atlantic Treaty Organization) envoys met in Brussels on Monday.\n"
    "They agreed on a plan.\n");
  check_article (a);
  g_assert_null (a->dateline);
  g_assert_null (a->publisher);
  g_assert_true (g_str_has_prefix (a->text, "NATO (North Atlantic"));
}

/* "New Delhi, March 4 (PTI) External ...": a dateline without a dash,
 * as Indian agencies write it; only with a date before the agency. */
static void
test_plain_dateline (void)
{
  g_autoptr (NgArticle) a = from_string ("pti.txt",
    "Minister meets envoys\n\n"
    "New Delhi, March 4 (PTI) External Affairs Minister S Jaishankar met envoys on Monday.\n");
  check_article (a);
  g_assert_cmpstr (a->dateline, ==, "New Delhi");
  g_assert_cmpstr (a->date, ==, "--03-04");
  g_assert_cmpstr (a->publisher, ==, "PTI");
  g_assert_cmpstr (a->text, ==, "Minister meets envoys\n\nExternal Affairs Minister S Jaishankar met envoys on Monday.\n");
  g_autoptr (NgArticle) b = from_string ("not.txt",
    "Minister meets envoys\n\n"
    "Jaishankar, the minister (EAM) Met envoys on Monday.\n");
  check_article (b);
  g_assert_null (b->dateline);
  g_assert_true (g_str_has_suffix (b->text, "Jaishankar, the minister (EAM) Met envoys on Monday.\n"));
}

/* "ARUSHA, Tanzania, Nov 30 (Reuters) -", "MOSCOW. April 18 (Interfax) -",
 * "ISLAMABAD: ...", "SINGAPORE - ...", "BAKU, Azerbaijan, March 4. ...",
 * "NAIROBI, Kenya, February 9, 2025 - ...", "TEMPO.CO, Jakarta - ...";
 * not "BREAKING: ..." nor "ST. GEORGE'S" taken apart at its dot, nor a
 * line of capitals and a dot without a date. */
static void
test_more_datelines (void)
{
  static const struct { const char *body, *dateline, *region, *date, *rest; } cases[] = {
    { "ARUSHA, Tanzania, Nov 30 (Reuters) - Leaders of the bloc met on Thursday.\n", "Arusha", "Tanzania",
      "--11-30", "\n\nLeaders of the bloc met on Thursday.\n" },
    { "MOSCOW. April 18 (Interfax) - Ministers met on Friday.\n", "Moscow", NULL, "--04-18", "\n\nMinisters met on Friday.\n" },
    { "ISLAMABAD: Prime Minister Shehbaz Sharif left for Astana.\n", "Islamabad", NULL, NULL,
      "\n\nPrime Minister Shehbaz Sharif left for Astana.\n" },
    { "SINGAPORE - Prime Minister Lawrence Wong met envoys.\n", "Singapore", NULL, NULL,
      "\n\nPrime Minister Lawrence Wong met envoys.\n" },
    { "ST. GEORGE'S (AFP) - Leaders met.\n", "St. George's", NULL, NULL, "\n\nLeaders met.\n" },
    { "ASTANA. KAZINFORM \u2013 President Kassym-Jomart Tokayev opened the summit.\n", "Astana", NULL, NULL,
      "\n\nPresident Kassym-Jomart Tokayev opened the summit.\n" },
    { "ST. PETERSBURG - Leaders met.\n", "St. Petersburg", NULL, NULL, "\n\nLeaders met.\n" },
    /* (an outlet's web name in mixed case after the city's stop) */
    { "ASTANA. Tengrinews.kz - President Kassym-Jomart Tokayev opened the forum.\n", "Astana", NULL, NULL,
      "\n\nPresident Kassym-Jomart Tokayev opened the forum.\n" },
    { "BISHKEK. 24.kg - The speakers met on Monday.\n", "Bishkek", NULL, NULL, "\n\nThe speakers met on Monday.\n" },
    { "KYIV, March 15, 2025. Ukrinform.\n\nPresident Volodymyr Zelensky held a call.\n", "Kyiv", NULL, "2025-03-15",
      "\n\nPresident Volodymyr Zelensky held a call.\n" },
    { "Buenos Aires, Jul 3 (EFE).- The presidents met on Thursday.\n", "Buenos Aires", NULL, "--07-03",
      "\n\nThe presidents met on Thursday.\n" },
    /* (a region, then the date with its year) */
    { "Craiova, Romania, Sep 12, 2025 (EFE).- The ministers met on Friday.\n", "Craiova", "Romania", "2025-09-12",
      "\n\nThe ministers met on Friday.\n" },
    /* (a region, a dash, then the date: Tirana Echo) */
    { "Shkodra, Albania \u2013 July 3rd (Tirana Echo) \u2013 The governments met.\n", "Shkodra", "Albania", "--07-03",
      "\n\nThe governments met.\n" },
    /* (an agency's name in Title Case after the year: Asia-Plus) */
    { "DUSHANBE, June 10, 2024, Asia-Plus -- The conference opened on Monday.\n", "Dushanbe", NULL, "2024-06-10",
      "\n\nThe conference opened on Monday.\n" },
    /* (AGI: the agency first, then the city and the date) */
    { "(AGI) - Rome, November 4 - A day of meetings ended.\n", "Rome", NULL, "--11-04",
      "\n\nA day of meetings ended.\n" },
    { "LONDON/MOSCOW, July 5 (Reuters) - OPEC+ agreed on Saturday.\n", "London", NULL, "--07-05",
      "\n\nOPEC+ agreed on Saturday.\n" },
    /* ANI: the country in brackets after the city */
    { "Kathmandu [Nepal], Oct 2 (ANI): The ministers met on Wednesday.\n", "Kathmandu", NULL, "--10-02",
      "\n\nThe ministers met on Wednesday.\n" },
    { "BREAKING: Leaders met in Minsk.\n", NULL, NULL, NULL, "\n\nBREAKING: Leaders met in Minsk.\n" },
    /* (an interviewer's question: no dateline) */
    { "SEMANA: How did the meeting with the minister go?\n", NULL, NULL, NULL,
      "\n\nSEMANA: How did the meeting with the minister go?\n" },
    /* Trend, Armenpress: a date and a dot, maybe a region and an agency */
    { "BAKU, Azerbaijan, March 4. Azerbaijani President Ilham Aliyev met envoys.\n", "Baku", "Azerbaijan",
      "--03-04", "\n\nAzerbaijani President Ilham Aliyev met envoys.\n" },
    { "YEREVAN, FEBRUARY 21, ARMENPRESS. Prime Minister Nikol Pashinyan met envoys.\n", "Yerevan", NULL,
      "--02-21", "\n\nPrime Minister Nikol Pashinyan met envoys.\n" },
    { "NATO, Russia. Leaders met.\n", NULL, NULL, NULL, "\n\nNATO, Russia. Leaders met.\n" },
    /* The Himalayan Times: a city and a day alone on a line */
    { "KATHMANDU, DECEMBER 1\n\nPrime Minister Pushpa Kamal Dahal today urged leaders to act.\n", "Kathmandu",
      NULL, "--12-01", "\n\nPrime Minister Pushpa Kamal Dahal today urged leaders to act.\n" },
    /* (or in Title Case, under a headline) */
    { "Ministers hold talks\nPokhara, February 18\nThe minister today held talks with his counterpart.\n",
      "Pokhara", NULL, "--02-18", "Ministers hold talks\n\nThe minister today held talks with his counterpart.\n" },
    /* Rudaw: a city in capitals and a region in Title Case, then a dash */
    { "ERBIL, Kurdistan Region - The minister left for Glasgow.\n", "Erbil", "Kurdistan Region", NULL,
      "\n\nThe minister left for Glasgow.\n" },
    /* Prensa Latina: the agency's name in parentheses, no dash */
    { "MOSCOW, May 14 (Prensa Latina) Cuban Foreign Minister Bruno Rodriguez held talks.\n", "Moscow", NULL,
      "--05-14", "\n\nCuban Foreign Minister Bruno Rodriguez held talks.\n" },
    /* GNA: a city, a date, the agency in capitals and a dash */
    { "Accra, June 23, GNA - President John Mahama has returned to Accra.\n", "Accra", NULL, "--06-23",
      "\n\nPresident John Mahama has returned to Accra.\n" },
    { "Accra, June 23, 2025, GNA - The President returned.\n", "Accra", NULL, "2025-06-23",
      "\n\nThe President returned.\n" },
    /* the Nation: a date and a dash, no agency */
    { "NAIROBI, Kenya, February 9, 2025 - Leaders met in Dar es Salaam.\n", "Nairobi", "Kenya", "2025-02-09",
      "\n\nLeaders met in Dar es Salaam.\n" },
    /* Republica: a city in capitals, a date and a colon */
    { "KATHMANDU, May 17: Prime Minister KP Sharma Oli opened the forum on Friday.\n", "Kathmandu", NULL, "--05-17",
      "\n\nPrime Minister KP Sharma Oli opened the forum on Friday.\n" },
    /* Bernama in The Edge: the day in parentheses, then a colon */
    { "MELBOURNE (March 6): Prime Minister Anwar Ibrahim said on Wednesday that trade must grow.\n", "Melbourne",
      NULL, "--03-06", "\n\nPrime Minister Anwar Ibrahim said on Wednesday that trade must grow.\n" },
    /* web outlets: the site's name and the city, or the city and the site */
    { "TEMPO.CO, Jakarta - Foreign Minister Sugiono hosted the talks.\n", "Jakarta", NULL, NULL,
      "\n\nForeign Minister Sugiono hosted the talks.\n" },
    { "JAKARTA, KOMPAS.com - The ministers met on Tuesday.\n", "Jakarta", NULL, NULL,
      "\n\nThe ministers met on Tuesday.\n" },
    { "Rappler.com, Quezon City - Leaders met.\n", "Quezon City", NULL, NULL, "\n\nLeaders met.\n" },
    /* Canada's releases: the date, the city and its province, the source
     * (the line stays in the text for the names it gives) */
    { "November 16, 2021 - Ottawa, Ontario - Global Affairs Canada\n\nThe minister met her counterpart today.\n",
      "Ottawa", NULL, "2021-11-16", "Global Affairs Canada\nThe minister met her counterpart today.\n" },
    /* ANA-MPA: a date of digits, day first, and the sources; on a line
     * of its own or before a dash */
    { "ATHENS, 19/09/2025 (ANA-MPA)\n\nThe ministers met on Thursday.\n", "Athens", NULL, "2025-09-19",
      "\n\nThe ministers met on Thursday.\n" },
    { "ATHENS, 19.09.2025 (ANA-MPA) - The ministers met on Thursday.\n", "Athens", NULL, "2025-09-19",
      "\n\nThe ministers met on Thursday.\n" },
    /* AZERTAC: the same on a line of its own */
    { "Baku, September 10, AZERTAC\n\nPresident Ilham Aliyev has received Hakan Fidan.\n", "Baku", NULL, "--09-10",
      "\n\nPresident Ilham Aliyev has received Hakan Fidan.\n" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat ("Leaders meet\n\n", cases[i].body, NULL);
      g_autoptr (NgArticle) a = from_string ("d.txt", text);
      check_article (a);
      g_assert_cmpstr (a->dateline, ==, cases[i].dateline);
      g_assert_cmpstr (a->dateline_region, ==, cases[i].region);
      g_assert_cmpstr (a->date, ==, cases[i].date);
      g_assert_true (g_str_has_suffix (a->text, cases[i].rest));
    }
}

/* A dateline after a headline, a byline with its dates and a photo
 * caption (Dawn): the fourth long line. */
static void
test_dateline_after_caption (void)
{
  g_autoptr (NgArticle) a = from_string ("d.txt",
    "Pakistan, Iran agree to expand border markets as Araghchi visits Islamabad\n\n"
    "Sana Qureshi Published November 12, 2025 Updated 4 hours ago\n\n"
    "Deputy Prime Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi shake hands before talks "
    "in Islamabad on Tuesday. \u2014 Photo courtesy Foreign Office\n\n"
    "ISLAMABAD: Pakistan and Iran on Tuesday agreed to open two more border markets.\n");
  check_article (a);
  g_assert_cmpstr (a->dateline, ==, "Islamabad");
}

/* A Kremlin readout: a headline of two words, the date line, then "The
 * Kremlin, Moscow", the place and no headline. */
static void
test_venue_city_line (void)
{
  g_autoptr (NgArticle) a = from_string ("k.txt",
    "Russian-Uzbekistani talks\n\nNovember 13, 2025 15:20\n\nThe Kremlin, Moscow\n\n"
    "Vladimir Putin held talks with President of Uzbekistan Shavkat Mirziyoyev.\n");
  check_article (a);
  g_assert_cmpstr (a->headline, ==, "Russian-Uzbekistani talks");
  g_assert_cmpstr (a->place_line, ==, "The Kremlin, Moscow");
  g_assert_cmpstr (a->date, ==, "2025-11-13");
}

/* A writer's name and role between the headline and a dated dateline
 * (The Straits Times) are no lead; a standfirst is. */
static void
test_name_line (void)
{
  g_autoptr (NgArticle) a = from_string ("n.txt",
    "Singapore, Malaysia ink zone deal as leaders hold retreat\n\n"
    "Both sides also agreed to keep the rail link on track\n\n"
    "Derek Koh Jia Hao\n\nPolitical Correspondent\n\n"
    "PUTRAJAYA, Jan 7 (ST) - The two prime ministers held talks.\n");
  check_article (a);
  g_assert_null (strstr (a->text, "Derek"));
  g_assert_nonnull (strstr (a->text, "Both sides also agreed"));
}

/* Photo captions ("... at Parliament on Friday. Photo: RNZ / Tom
 * Hartley", "PHOTO: MCI", "Photo courtesy of ...", "...
 * [EPA-EFE/MARTA KOWALCZYK]") and an editor's line are neither headline
 * nor body; a photo in a sentence stays. The captions, without their
 * credits, follow the body for the names they give. */
static void
test_captions (void)
{
  g_autoptr (NgArticle) a = from_string ("c.txt",
    "Peters and Wong talk Pacific security at Wellington meeting\n\n"
    "Hannah Ritchie, Political Reporter\n\n"
    "5:12 pm on 1 August 2025\n\n"
    "Foreign Minister Winston Peters and Australian Foreign Minister Penny Wong at Parliament on Friday. "
    "Photo: RNZ / Tom Hartley\n\n"
    "Foreign Minister Winston Peters has hosted Penny Wong in Wellington today.\n\n"
    "The leaders posed for a photo at the end. PHOTO: MCI\n\n"
    "Photo courtesy of the press service\n\n"
    "Photo: President.az\n\n"
    "Keystone / Nicole Br\u00e4ndli\n\n"
    "The ministers at Garden Island on Wednesday. Credit: Sam Halloran\n\n"
    "Leaders pose at the summit in Kuala Lumpur on May 26. (Photo by Hiroshi Kondo)\n\n"
    "Eurogroup President Paschal Donohoe speaks to the press in Brussels. [EPA-EFE/MARTA KOWALCZYK]\n\n"
    "They posed for a photo after the talks (in Wellington/Te Whanganui-a-Tara).\n\n"
    "[Edited by Anna Brunetti]\n");
  check_article (a);
  g_assert_cmpstr (a->headline, ==, "Peters and Wong talk Pacific security at Wellington meeting");
  g_assert_null (strstr (a->text, "Tom Hartley"));
  g_assert_null (strstr (a->text, "MCI"));
  g_assert_null (strstr (a->text, "press service"));
  g_assert_null (strstr (a->text, "KOWALCZYK"));
  g_assert_null (strstr (a->text, "Br\u00e4ndli"));
  g_assert_null (strstr (a->text, "Halloran"));
  g_assert_null (strstr (a->text, "Kondo"));
  g_assert_null (strstr (a->text, "Brunetti"));
  /* the captions' names come after the body, without their credits */
  g_assert_cmpuint (a->aside, >, 0);
  g_assert_cmpstr (a->text + a->aside - 1, ==,
                   "Foreign Minister Winston Peters and Australian Foreign Minister Penny Wong at Parliament on Friday.\n\n"
                   "The leaders posed for a photo at the end.\n\n"
                   "The ministers at Garden Island on Wednesday.\n\n"
                   "Leaders pose at the summit in Kuala Lumpur on May 26.\n\n"
                   "Eurogroup President Paschal Donohoe speaks to the press in Brussels.\n");
  g_assert_nonnull (strstr (a->text, "talks (in Wellington/Te Whanganui-a-Tara).\n\nForeign Minister Winston"));
  g_assert_nonnull (strstr (a->text, "They posed for a photo after the talks (in Wellington"));
}

/* "RELATED STORIES" and the other stories' headlines under it, at the
 * foot, are no text. */
static void
test_related_stories (void)
{
  g_autoptr (NgArticle) a = from_string ("r.txt",
    "Museveni takes over NAM chairmanship\n\n"
    "KAMPALA - President Yoweri Museveni took over the chairmanship on Friday.\n\n"
    "Security was tight around Munyonyo.\n\n"
    "Brian Ssekandi is a senior reporter covering diplomacy.\n\n"
    "Photo caption: President Yoweri Museveni and envoys at Munyonyo on Friday. Courtesy: PPU\n\n"
    "Related News\n"
    "Nepal, India to hold Joint Commission meeting in Kathmandu\n\n"
    "RELATED STORIES\n"
    "NAM summit: Kampala roads to be closed\n"
    "Uganda ready for NAM, G77 summits - Odongo\n");
  check_article (a);
  g_assert_true (g_str_has_suffix (a->text, "Security was tight around Munyonyo.\n\n"
                                  "President Yoweri Museveni and envoys at Munyonyo on Friday.\n"));
  g_assert_null (strstr (a->text, "Joint Commission"));
}

/* Date lines in the head or at the foot: numeric dates (day first unless
 * the second number cannot be a month), a weekday without a comma, a time
 * with "at"; a foot line counts only when the head gave no full date, and
 * leaves the text. */
static void
test_date_lines (void)
{
  static const struct { const char *body, *date, *tail; } cases[] = {
    { "Minister to attend meeting in Brussels\n\nANKARA\n\nThe minister will attend the meeting.\n\n"
      "Published on 01.04.2025\n", "2025-04-01", "will attend the meeting.\n" },
    { "Leaders hold summit\n\nHarare, Zimbabwe\n\nLeaders met in Harare on Saturday.\n\n"
      "Last updated: 01/02/2025\n", "2025-02-01", "on Saturday.\n" },
    { "Leaders hold summit\n\nLeaders met in Harare on Saturday.\n\nUpdated 03/25/2025\n",
      "2025-03-25", "on Saturday.\n" },
    { "Leaders hold summit\n\nLeaders met in Bishkek on Thursday.\n\nISTANBUL / DAILY SABAH\n"
      "Published November 06, 2024\n", "2024-11-06", "on Thursday.\n" },
    { "Albanese meets Prabowo in Jakarta\n\nPosted Thu 15 May 2025 at 6:12pm\n\n"
      "The two leaders held talks on Thursday.\n", "2025-05-15", "on Thursday.\n" },
    { "Jaishankar attends Quad meeting\n\nAnirudh Bhattacharyya\nNEW DELHI, July 02, 2025 09:14 IST\n\n"
      "External Affairs Minister S. Jaishankar on Tuesday attended the meeting.\n", "2025-07-02", "the meeting.\n" },
    { "El-Sisi arrives in Riyadh for summit\n\nAhram Online , Sunday 10 Nov 2024\n\n"
      "President Abdel-Fattah El-Sisi arrived in Riyadh on Sunday.\n", "2024-11-10", "on Sunday.\n" },
    { "Summit closes\n\nTegucigalpa (EFE).- The ninth summit of the bloc ended on Wednesday.\n\n09 Apr. 2025\n",
      "2025-04-09", "\nThe ninth summit of the bloc ended on Wednesday.\n" },
    { "Modi holds talks\n\nTNN | Jun 17, 2025, 23.45 IST\n\nKANANASKIS: Prime Minister Narendra Modi held talks.\n",
      "2025-06-17", "held talks.\n" },
    { "Ministers meet\n\nEU foreign ministers gathered in Luxembourg on Monday.\n\nUpdated: 23/06/2025 - 17:02\n",
      "2025-06-23", "on Monday.\n" },
    { "Xi and Putin hold talks\n\nPublished: 9:30pm, 8 May 2025\n\nThe two leaders held talks on Thursday.\n",
      "2025-05-08", "on Thursday.\n" },
    { "Leaders meet\n\nThe leaders met in Dublin on Wednesday.\n\nWed Mar 12 2025 - 18:45\n",
      "2025-03-12", "on Wednesday.\n" },
    { "Leaders meet\n\nPublished : Oct. 30, 2025 - 17:21\n\nThe leaders held a summit on Thursday.\n",
      "2025-10-30", "on Thursday.\n" },
    { "Leaders meet\n\nThe leaders met on Friday.\n\nLast modified: 4 April 2025, 19:40\n", "2025-04-04",
      "on Friday.\n" },
    { "Leaders meet\n\nThe leaders met on May 10.\n\nBy Vu Anh   May 10, 2025 | 08:12 pm GMT+7\n", "2025-05-10",
      "on May 10.\n" },
    { "Leaders meet\n\nThe leaders met on Saturday.\n\nPublished Sat, Nov 30th 2024 at 18:02\n", "2024-11-30",
      "on Saturday.\n" },
    /* a full date in the head wins over the foot */
    { "Leaders hold summit\n\nPublished 2 March 2025\n\nLeaders met in Harare on Saturday.\n\n"
      "Updated 05.03.2025\n", "2025-03-02", NULL },
    /* a body line ending in a date is no date line */
    { "Leaders hold summit\n\nLeaders met in Harare on Saturday.\n\n"
      "The talks resume on 05.03.2025\n", NULL, "on 05.03.2025\n" },
    /* a bullet between the date and the time (Kathimerini), after a
     * writer's name */
    { "Mitsotakis and Erdogan set to meet\n\nNikos Stathopoulos\n\n23.06.2025 \u2022 15:40\n\n"
      "The two leaders will meet on Wednesday.\n", "2025-06-23", "on Wednesday.\n" },
    /* an agency, the date, the time and the sections after a bar (Kyodo),
     * and a caption in brackets */
    { "Ministers agree to work toward early summit\n\nKYODO NEWS - Mar 22, 2025 - 20:47 | World, All\n\n"
      "TOKYO (Kyodo) -- The ministers met Saturday.\n\n[Photo caption] The ministers pose in Tokyo.\n",
      "2025-03-22", "met Saturday.\n" },
    /* the date, the time, a bullet and the update (Yle), and a caption
     * with an "Image:" credit */
    { "Ministers meet in the north\n\nYle News\n12.5.2025 18:24 \u2022 Updated 12.5.2025 19:02\n\n"
      "Ministers at the meeting in Troms\u00f8 on Monday. Image: Kari Solheim / NTB\n\n"
      "The ministers met on Monday.\n", "2025-05-12", "on Monday.\n" },
    /* a time zone after a comma (Sky News), and a caption labelled
     * "Image:" with its credit after "Pic:" */
    { "Starmer joins European leaders in Albania\n\nTom Gardner\nPolitical reporter\n\n"
      "Friday 16 May 2025 18:41, UK\n\nSir Keir Starmer has joined leaders in Tirana.\n\n"
      "Image: Sir Keir Starmer is welcomed by Edi Rama in Tirana. Pic: Jamie Harlow/PA\n\n"
      "The leaders met on Friday.\n", "2025-05-16", "on Friday.\n" },
    /* an outlet's initials, the writer and the date (L'Orient Today) */
    { "Quintet ambassadors press Aoun\n\nOLJ / By Rayane KHOURY, 28 January 2025 18:05\n\n"
      "BEIRUT \u2014 The ambassadors were received Tuesday morning.\n", "2025-01-28", "Tuesday morning.\n" },
    /* the date, a time, a full stop and the update (Matangi Tonga) */
    { "Forum opens\n\nTuesday, August 27, 2024 - 16:40. Updated on Tuesday, August 27, 2024 - 18:05.\n\n"
      "Leaders met on Monday.\n", "2024-08-27", "on Monday.\n" },
    /* "This content was published on" (Swissinfo) */
    { "Assembly adopts agreement\n\nThis content was published on May 20, 2025 - 15:20\n4 minutes\n\n"
      "Delegates applauded on Tuesday.\n", "2025-05-20", "on Tuesday.\n" },
    /* "Published at :" (The Kathmandu Post) */
    { "Deuba meets Saarc chief\n\nBibek Raj Timalsina\n\nPublished at : June 18, 2025\n"
      "Updated at : June 18, 2025 07:45\n\nThe minister met the secretary general on Tuesday.\n", "2025-06-18",
      "on Tuesday.\n" },
    /* "Added", and an ordinal day (New Vision) */
    { "Museveni takes over\n\nBy Brian Ssekandi\n\nAdded 20th January 2024 04:12 PM\n\n"
      "KAMPALA - President Yoweri Museveni met envoys on Friday.\n", "2024-01-20", "on Friday.\n" },
    /* a writer, then the date with the year first (Hungary Today) */
    { "Szijjarto holds talks in Belgrade\n\nLevente Szab\u00f3 2025.06.24.\n\n"
      "The minister held talks on Monday.\n", "2025-06-24", "on Monday.\n" },
    /* the day, the month and the year with dots, and a closing dot
     * (a Latvian or a Croatian site), maybe a time after it */
    { "Presidents meet in Riga\n\nHome / News / Press releases\n\n09.10.2025.\n\n"
      "The presidents met on Thursday.\n", "2025-10-09", "on Thursday.\n" },
    { "Ministers meet in Zagreb\n\n9.10.2025. 14:20\n\n"
      "The ministers met on Thursday.\n", "2025-10-09", "on Thursday.\n" },
    /* the year first with slashes (East Asian sites), ISO 8601 with its
     * time (a site's machine-readable stamp copied with the text) */
    { "Ministers meet in Seoul\n\n2025/10/09 14:20\n\n"
      "The ministers met on Thursday.\n", "2025-10-09", "on Thursday.\n" },
    { "Ministers meet in Seoul\n\n2025-10-09T14:20:00+03:00\n\n"
      "The ministers met on Thursday.\n", "2025-10-09", "on Thursday.\n" },
    /* the city, a bullet and the date (The Jakarta Post) */
    { "Prabowo, Albanese pledge closer ties\n\nJakarta \u25cf Fri, May 16, 2025\n\n"
      "President Prabowo Subianto received Albanese on Thursday.\n", "2025-05-16", "on Thursday.\n" },
    /* ... and a bullet and a time after the date; a date, "@" and a time
     * (New Straits Times) */
    { "ADMM-Plus meets in Jakarta\n\nJakarta \u25cf Thu, November 16, 2023 \u25cf 19:12 WIB\n\n"
      "The ministers met on Thursday.\n", "2023-11-16", "on Thursday.\n" },
    { "Leaders seal zone deal\n\nBy Farah Nokman\nJanuary 7, 2025 @ 6:41pm\n\n"
      "The leaders met on Tuesday.\n", "2025-01-07", "on Tuesday.\n" },
    /* publishing lines of other shapes: the time first (AP), a weekday
     * first (The Africa Report, after a section's label and a headline
     * with a colon), a US numeric date (Tuoi Tre News), a comma before the
     * year (Al Arabiya) */
    { "Arctic Council passes to Denmark\n\nBy INGRID SOLBERG\nUpdated 4:18 PM GMT+2, May 12, 2025\n\n"
      "The ministers met on Monday.\n", "2025-05-12", "on Monday.\n" },
    { "Economy | Trade\n\nSACU: Customs union ministers brace for revenue slump\n\nBy Kagiso Mokgosi, in Gaborone\n"
      "Posted on Monday, 30 June 2025 11:03\n\nThe ministers met on Friday.\n", "2025-06-30", "on Friday.\n" },
    { "Vietnam at the Petersberg dialogue\n\nUpdated : 04/22/2026 08:15 GMT + 7\n\n"
      "The ministers met on Tuesday.\n", "2026-04-22", "on Tuesday.\n" },
    { "G77 ministers meet\n\nPublished: 26 September ,2025: 04:15 AM GST\n\n"
      "The ministers met on Thursday.\n", "2025-09-26", "on Thursday.\n" },
    /* a dateline of no year, then the publishing line (Europa Press) */
    { "Europa Press\n\nNacional | International\n\nLeaders agree in Huelva to connect Madrid and Lisbon\n\n"
      "HUELVA, 20 Nov. (EUROPA PRESS) -\n\nPublished: 20/11/2025 14:37 | Updated: 20/11/2025 16:05\n\n"
      "The two leaders met on Thursday.\n\nThe summit was the first held in the city.\n\n"
      "The ministers also met on Wednesday evening.\n\nThe next summit will be held in Portugal.\n\n"
      "The leaders of the opposition criticised the summit, which they called a waste of public money.\n\n"
      "The two governments signed a dozen agreements on health, fires and energy.\n\n"
      "The mayor of the city said the summit had made history for the port and its people.\n\n"
      "Both leaders will travel to Luanda next week for the summit of the European Union and the African Union.\n\n"
      "The next summit will be held in Portugal in a city yet to be chosen.\n", "2025-11-20", "yet to be chosen.\n" },
    /* an Arabic comma before the year (SANA) */
    { "President receives delegation\n\n14 October\u060c 2025\n\n"
      "The ministers met on Monday.\n", "2025-10-14", "on Monday.\n" },
    /* a comma after the month (Tasnim) */
    { "Platform meets in Baku\n\nSeptember, 10, 2025 - 11:24\n\n"
      "The ministers met on Tuesday.\n", "2025-09-10", "on Tuesday.\n" },
    /* a publishing word after a writer's and an outlet's names (CBC); a
     * date first, then a time and a reading time (The Kyiv Independent),
     * or the date twice (DW), or a writer (ThisDay); "Created :" (Loop) */
    { "OAS meets in Antigua\n\nJane Tran \u00b7 CBC News \u00b7 Posted: Jun 25, 2025 4:00 PM EDT | Last Updated: June 25\n\n"
      "The ministers met on Wednesday.\n", "2025-06-25", "on Wednesday.\n" },
    { "Allies pledge air defense\n\nJanuary 9, 2025 6:14 PM 3 min read\n\n"
      "The ministers met on Thursday.\n", "2025-01-09", "on Thursday.\n" },
    { "Baltic ministers meet in Gdansk\n\n05/27/2025 May 27, 2025\n\n"
      "The ministers met on Tuesday.\n", "2025-05-27", "on Tuesday.\n" },
    { "Coalition meets in Abuja\n\nJune 12, 2025   Chinedu Okafor in Abuja\n\n"
      "The ministers met on Thursday.\n", "2025-06-12", "on Thursday.\n" },
    { "Caribbean ministers meet\n\nCreated : 14 November 2025\n\n"
      "The ministers met on Friday.\n", "2025-11-14", "on Friday.\n" },
    /* a time in German ("19.12 Uhr", Der Spiegel) */
    { "Merz and Macron meet\n\n04.02.2026, 19.12 Uhr\n\n"
      "The leaders met on Wednesday.\n", "2026-02-04", "on Wednesday.\n" },
    /* the last update in square brackets (Press TV) */
    { "Diplomats meet in Tehran\n\nTuesday, 09 December 2025 5:26 PM  [ Last Update: Tuesday, 09 December 2025 7:02 PM ]\n\n"
      "The ministers met on Tuesday.\n", "2025-12-09", "on Tuesday.\n" },
    /* a "Published" line that goes on with a byline (Agência Brasil) */
    { "Lula and Boric sign agreements\n\nPublished on 16/09/2025 - 18:12 By Carolina Pimentel - "
      "Ag\u00eancia Brasil reporter - Bras\u00edlia\n\nLula received Boric on Tuesday.\n", "2025-09-16",
      "on Tuesday.\n" },
    /* "Posted on:", the date and "By:" an outlet (The North Africa Post) */
    { "Bourita in Valletta\n\nPosted on: October 21, 2025   By: North Africa Post\n\n"
      "The ministers met in Valletta on Monday.\n", "2025-10-21", "on Monday.\n" },
    /* a day, a month's name and a year between dashes (Seychelles Nation) */
    { "Ministers meet in Victoria\n\n21-March-2025\nby Rita Dogley\n\n"
      "The ministers met in Victoria on Thursday.\n", "2025-03-21", "on Thursday.\n" },
    /* a date and a time, then counts of comments and views (Daily Mirror) */
    { "Ministers meet in Kandy\n\n13 June 2025 08:05 am - 0 - 487\n\nBy Thilini Perera\n\n"
      "The ministers met in Kandy on Thursday.\n", "2025-06-13", "on Thursday.\n" },
    /* a date, a slash and a time (TRT World) */
    { "Fidan calls for ownership\n\n12 June 2026 / 17:45\n\n"
      "The ministers met in Sofia on Friday.\n", "2026-06-12", "on Friday.\n" },
    /* a date, "at" and a time with an "h" (Prensa Libre) */
    { "Ministers meet in Cairo\n\nEFE\n\nDecember 20, 2025 at 13:40h\n\n"
      "The ministers met in Cairo on Friday.\n", "2025-12-20", "on Friday.\n" },
    /* day first, then ", updated on" (Le Figaro) */
    { "Sahel juntas meet in Bamako\n\nBy Le Figaro with AFP\n"
      "Published on 02/12/2023 at 14:18, updated on 02/12/2023 at 16:05\n\n"
      "The ministers met in Bamako on Friday.\n", "2023-12-02", "on Friday.\n" },
    /* a writer, the agency, then the date (The Times of India) */
    { "Ministers meet in Delhi\n\nRitika Sharma / TNN / Updated: Nov 19, 2025, 02:14 IST\n\n"
      "NEW DELHI: The ministers met on Tuesday.\n", "2025-11-19", "on Tuesday.\n" },
    /* a section, a time, a slash and a dotted date (Kun.uz): no
     * photographer's credit */
    { "Kun.uz\n\nPolitics  |  19:26 / 09.07.2025\n\nPresidents agree on trade\n\n"
      "The presidents met in Tashkent on Tuesday.\n", "2025-07-09", "on Tuesday.\n" },
    /* "Published", the year first with dots, a time, "| Modified" (Newsis) */
    { "Korea-Canada talks held\n\nPublished 2025.12.09 17:42 | Modified 2025.12.09 18:10\n\n"
      "The ministers met on Tuesday.\n", "2025-12-09", "on Tuesday.\n" },
    /* "Written:", the year first, a time, "Updated:" run on (KBS World) */
    { "Ministers agree on supply chains\n\nWritten: 2024-03-07 10:12:59Updated: 2024-03-07 10:14:45\n\n"
      "The ministers met on Wednesday.\n", "2024-03-07", "on Wednesday.\n" },
    /* a date, a dash and the kind of page (a foreign ministry's release) */
    { "Consultations held in Prague\n\n24.04.2025 - Press release\n\n"
      "The deputy ministers met on Wednesday.\n", "2025-04-24", "on Wednesday.\n" },
    /* a dateline of no year takes the year of the nearest full date of
     * the page: a wire's stamp at the foot (BNA), a date in the text (and
     * across a new year) */
    { "Ministers meet\n\nManama, Jan. 21 (BNA): The ministers met today in Manama.\n\n"
      "Trade exceeded one billion dollars in 2024.\n\nMR\nBNA 1823 GMT 2025/01/21\n", "2025-01-21", NULL },
    { "Talks set\n\nMuscat, 9 May (ONA) --- Oman said the talks will be held in Muscat on Sunday, 11 May 2025.\n",
      "2025-05-09", NULL },
    { "Talks set\n\nMuscat, 30 December (ONA) --- Oman said the talks will be held on 4 January 2026.\n",
      "2025-12-30", NULL },
    /* (not a year of a date far from the page's) */
    { "Talks set\n\nMuscat, 9 May (ONA) --- The first round was held on 26 April 2019 in Muscat.\n",
      "--05-09", NULL },
    /* (a masthead and its section first: no dateline; the date line of
     * the head is still found, far from the foot) */
    { "LE FIGARO - International\n\nSahel juntas meet in Bamako\n\nBy Le Figaro with AFP\n"
      "Published on 02/12/2023 at 14:18, updated on 02/12/2023 at 16:05\n\n"
      "The ministers met in Bamako on Friday.\n\nThey spoke of trade.\n\nThey spoke of roads.\n\n"
      "They spoke of schools.\n\nThey spoke of water.\n\nThey spoke of power.\n\nThey spoke of rain.\n\n"
      "They spoke of money.\n", "2023-12-02", "of money.\n" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (NgArticle) a = from_string ("d.txt", cases[i].body);
      check_article (a);
      g_assert_cmpstr (a->date, ==, cases[i].date);
      /* (the body: photo captions come after it and a blank line) */
      g_autofree char *body = g_strndup (a->text, a->aside ? a->aside - 2 : a->len);
      if (cases[i].tail && !g_str_has_suffix (body, cases[i].tail))
        g_error ("case %u: text ends %s", i, body);
      g_assert_null (strstr (a->text, "Harlow"));
      if (strstr (cases[i].body, "Harlow"))
        g_assert_nonnull (strstr (a->text, "\nSir Keir Starmer is welcomed by Edi Rama in Tirana.\n"));
      if (i == 5)
        g_assert_cmpstr (a->dateline, ==, "New Delhi");
      if (i == 6)
        g_assert_null (a->dateline);
      if (i == 7)
        g_assert_cmpstr (a->dateline, ==, "Tegucigalpa");
      if (strstr (cases[i].body, "Jakarta \u25cf"))
        g_assert_cmpstr (a->dateline, ==, "Jakarta");
    }
}

/* A place's name alone after the headline is kept apart (the extractor
 * asks its lexicons whether it is the dateline); a breadcrumb trail is no
 * headline. */
static void
test_place_line_breadcrumb (void)
{
  g_autoptr (NgArticle) a = from_string ("p.txt",
    "HH the Amir meets Syrian President\n\nDoha\n\nThe Amir met the president at the Amiri Diwan.\n");
  check_article (a);
  g_assert_cmpstr (a->headline, ==, "HH the Amir meets Syrian President");
  g_assert_cmpstr (a->place_line, ==, "Doha");
  g_assert_null (strstr (a->text, "Doha"));
  g_autoptr (NgArticle) b = from_string ("b.txt",
    "Home > News > Politics\nSociety\n\nMinister to attend ASEAN meeting\n\n"
    "VIENTIANE (Kazinform) - The minister took part in the meeting.\n");
  check_article (b);
  g_assert_cmpstr (b->headline, ==, "Minister to attend ASEAN meeting");
  /* Anadolu: headline, standfirst, writer and date, then the city alone */
  g_autoptr (NgArticle) d = from_string ("aa.txt",
    "Erdogan to attend BRICS summit in Russia's Kazan as guest\n\n"
    "Communications director says Turkish president will hold bilateral meetings\n\n"
    "Burak Demirtas   |21.10.2024 - Update : 21.10.2024\n\nANKARA\n\n"
    "Turkish President Recep Tayyip Erdogan will attend the summit as a guest.\n");
  check_article (d);
  g_assert_cmpstr (d->headline, ==, "Erdogan to attend BRICS summit in Russia's Kazan as guest");
  g_assert_cmpstr (d->date, ==, "2024-10-21");
  g_assert_cmpstr (d->place_line, ==, "ANKARA");
  g_assert_nonnull (strstr (d->text, "Communications director says"));
  g_assert_null (strstr (d->text, "Demirtas"));
  /* a sentence is no place line */
  g_autoptr (NgArticle) c = from_string ("c.txt", "Leaders meet\n\nLeaders met in Doha on Friday.\n");
  g_assert_null (c->place_line);
}

/* A byline is neither the headline nor text: its writer is no one the
 * story is about. */
static void
test_byline (void)
{
  static const char *const texts[] = {
    "Albanese meets Prabowo in Jakarta\n\nBy political reporter Jane Norman\n\n"
    "Posted Thu 15 May 2025 at 6:12pm\n\nThe two leaders held talks on Thursday.\n",
    "Albanese meets Prabowo in Jakarta\n\nBy Kim Soo-yeon\n\n"
    "JAKARTA, May 15 (Yonhap) -- The two leaders held talks on Thursday.\n",
    "Albanese meets Prabowo in Jakarta\n\nBY JANE NORMAN, ABC NEWS\n"
    "The two leaders held talks on Thursday.\n",
    /* a name, a bar and the outlet */
    "Home > News > World\n\nAlbanese meets Prabowo in Jakarta\n\nSep. 24, 2025 | 12:05 AM\n\n"
    "Jane Norman| The Daily Star\n\nJAKARTA: The two leaders held talks on Thursday.\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (NgArticle) a = from_string ("b.txt", texts[i]);
      check_article (a);
      g_assert_cmpstr (a->headline, ==, "Albanese meets Prabowo in Jakarta");
      g_assert_null (strstr (a->text, "Norman"));
      g_assert_null (strstr (a->text, "NORMAN"));
      g_assert_null (strstr (a->text, "Soo-yeon"));
      g_assert_nonnull (strstr (a->text, "The two leaders held talks on Thursday."));
    }
  /* a sentence that starts with "By" stays */
  g_autoptr (NgArticle) b = from_string ("b2.txt", "Leaders meet\n\nBy Thursday the leaders had agreed.\n");
  g_assert_nonnull (strstr (b->text, "By Thursday the leaders had agreed."));
}

/* Writers' lines of many outlets' heads and feet are no text: "By A and
 * B" under highlights and a date line with a time zone of half hours,
 * "Name, Special to Outlet", a name alone under a date line "Mon.DD.YYYY",
 * "Name | date - time UPDATE : date - time", a caption closing with
 * "Name (AGENCY)", and the foot's "author: ..., editor: ..." credits. */
static void
test_writer_lines (void)
{
  static const struct {
    const char *text, *headline, *date, *gone;
  } pages[] = {
    { "Markets\n\nMinisters Split Over Grain Corridor as Talks Drag On\n\n"
      "- Kenya's Mutua joins the Nairobi meeting by video link\n\n- Uganda sends a deputy minister\n\n"
      "By Priya Menon and Oskar Lindqvist\nMarch 3, 2025 at 7:05 PM GMT+5:30\n"
      "Updated on March 3, 2025 at 9:40 PM GMT+5:30\n\n"
      "Trade ministers of the bloc argued on Monday over the wording of a joint statement on grain.\n",
      "Ministers Split Over Grain Corridor as Talks Drag On", "2025-03-03", "Lindqvist" },
    { "Ministers discuss ceasefire efforts in Brussels\n\nBy JT - May 19,2025 - Last updated at May 19,2025\n\n"
      "BRUSSELS \u2014 The foreign minister on Monday took part in a ministerial meeting in the Belgian capital.\n",
      "Ministers discuss ceasefire efforts in Brussels", "2025-05-19", "JT" },
    { "EU leaders press Xi on trade at Beijing summit\n\nUpdated / Thursday, 24 Jul 2025 13:52\n\n"
      "By Grainne Rooney\nEurope Correspondent\n\n"
      "The European Union urged China to address its trade surplus as a summit got under way in Beijing.\n",
      "EU leaders press Xi on trade at Beijing summit", "2025-07-24", "Rooney" },
    { "Fico in Prague: leaders agree to disagree\n\nCompiled by Spectator staff\n27. Feb 2024 at 19:05\n\n"
      "Prime Minister Robert Fico met his counterparts in Prague on Tuesday, the office said in a statement.\n",
      "Fico in Prague: leaders agree to disagree", "2024-02-27", "Compiled" },
    { "Minister seeks help at police assembly in Glasgow\n\nRudaw\n05-11-2024 \u2022 1:42 PM\n\n"
      "By Karwan Faidhi\n\nThe minister told delegates on Monday that thousands of notices were pending.\n",
      "Minister seeks help at police assembly in Glasgow", "2024-11-05", "Faidhi" },
    { "Oman backs regional plan at council session in Muscat\n\n"
      "Minister of State heads the delegation to the 40th session\n\n"
      "Published: May 12, 2025 10:15\n\nFarah Qureshi, Special to Coastal Times\n\nHIGHLIGHTS\n"
      "- Ministers meet at the council headquarters in the old town\n\n"
      "The ministers on Sunday endorsed a plan for shared ports and customs posts across the region.\n",
      "Oman backs regional plan at council session in Muscat", "2025-05-12", "Qureshi" },
    { "PORTO NEWS\n\nWORLD\n\nLisbon hosts ocean ministers as fishing quarrel deepens\n\n"
      "Two-day meeting prepares the June conference\n\nLisbon\nMay.14.2025 at 9:10AM\nHelena Duarte Costa\n\n"
      "Portugal's sea minister opened on Wednesday in Lisbon the meeting of ocean ministers of the region.\n",
      "Lisbon hosts ocean ministers as fishing quarrel deepens", "2025-05-14", "Duarte" },
    { "Leaders gather in Izmir for the bloc's annual summit\n\nThe host takes over the chair for a year\n\n"
      "Elif Demir Aydın  |14.05.2025 - 10:20 GÜNCELLEME : 14.05.2025 - 12:05\n\nIZMIR\n\n"
      "The leaders of the bloc opened their annual summit in the Aegean city on Wednesday with calls for trade.\n"
      "The presidents at the opening of the summit at the congress hall in Izmir on Wednesday. Mehmet Kaya (AA)\n\n"
      "The summit ends on Thursday with a declaration on transport and energy links across the region.\n\n"
      "NEWSWIRE (TR - author: Ayse Kara, editor: Can Oz; EN - author: Elif Demir, editor: Tom Hale)\n",
      "Leaders gather in Izmir for the bloc's annual summit", "2025-05-14", "Kaya" },
    { "Moldova: ministers try to restart transit plans\n\nNadia Popescu Oct 23, 2024\n\n"
      "The foreign ministers of the group met on Wednesday in the capital.\n",
      "Moldova: ministers try to restart transit plans", "2024-10-23", "Popescu" },
    { "Europe\n\nLeaders urge pressure as they gather in Tirana\n\nBy Clara Morel\n"
      "Published on 16/05/2025 - 13:52 GMT+2 \u2022 Updated 17:20\n\nShare this article\n\n"
      "The prime minister welcomes the president to the summit in Tirana, 16 May 2025 - Copyright AP Photo\n\n"
      "Leaders from across the continent met in the Albanian capital on Friday for the summit.\n",
      "Leaders urge pressure as they gather in Tirana", "2025-05-16", "Published" },
    { "Ministers meet in Trakai\n\n2025.05.27 18:05\n\nThe foreign ministers met on Tuesday in the castle.\n",
      "Ministers meet in Trakai", "2025-05-27", "18:05" },
    { "President attends summit in Malabo\n\nPosted by Chief Editor on March 9, 2025\n\n"
      "The president on Saturday attended the extraordinary summit of the bloc.\n",
      "President attends summit in Malabo", "2025-03-09", "Posted" },
    { "Party leader goes to St. Petersburg forum\n\nPolitics | June 19, 2025, Thursday // 13:05\n\n"
      "The party leader will attend the economic forum this week, his office said.\n",
      "Party leader goes to St. Petersburg forum", "2025-06-19", "Thursday //" },
    { "Minister meets allies' leaders at forum\n\nSat, Aug 31, 2024 page3\n\n"
      "The foreign minister met the leaders of three allies at the forum on Friday.\n",
      "Minister meets allies' leaders at forum", "2024-08-31", "page3" },
    { "Bloc calls for a truce\n\nNovember 21, 2024 (NAIROBI) \u2013 Leaders of the bloc met in the Kenyan capital "
      "on Thursday.\n",
      "Bloc calls for a truce", "2024-11-21", "(NAIROBI)" },
    { "NEWS AGENCY\n\nPolitics 16:47, 28 November 2024\n\nMinister stays away from the bloc's summit\n\n"
      "YEREVAN, NOVEMBER 28, NEWSWIRE. The country did not take part in the session of the council.\n",
      "Minister stays away from the bloc's summit", "2024-11-28", "16:47" },
    { "(LEAD) Minister urges united front at forum\n\nAll News 18:07 July 27, 2024\n\n"
      "(ATTN: ADDS comments in last paras)\n\nBy Kim Min-ji\n\n"
      "VIENTIANE, July 27 (Newswire) -- The foreign minister on Saturday urged the members of the forum to act.\n",
      "(LEAD) Minister urges united front at forum", "2024-07-27", "All News" },
    { "Asia\n\nLeader urges restraint at summit\n\nJane Tan\n\n"
      "11 Oct 2024 07:48PM (Updated: 11 Oct 2024 09:15PM)\n\n"
      "VIENTIANE: The prime minister on Friday called on the major powers to show restraint.\n",
      "Leader urges restraint at summit", "2024-10-11", "(Updated" },
    { "Politics Materials 6 November 2024 16:42 (UTC +04:00)\n\n"
      "President attends summit of the organization\n\n"
      "BAKU, Azerbaijan, November 6. The president took part in the summit of the organization held in "
      "Bishkek.\n",
      "President attends summit of the organization", "2024-11-06", "Materials" },
    { "Regional leaders demand the release of detained officials as crisis deepens\n\n"
      "Regional heads of state meeting in the lakeside town call for an immediate ceasefire and a return to talks\n\n"
      "What you need to know:\n"
      "- The President joined regional leaders at the extraordinary summit on the crisis.\n"
      "- One member boycotted the meeting, while another's president took part by video link.\n\n"
      "By Jane Otieno\nForeign Affairs Writer\nNews Media Group\n\nThursday, March 20, 2025\n\n"
      "The President (right) with the host at State House on March 19, 2025. Photo credit: PCS\n\n"
      "Leaders of the regional bloc have demanded the release of the first vice-president and warned that the "
      "country risks sliding back into war.\n\n"
      "The call came at an extraordinary summit of the regional bloc in the lakeside town on Wednesday, chaired "
      "by the current chairperson of the bloc.\n\n"
      "The President, who flew into the town on Tuesday evening, was accompanied by the foreign minister. The "
      "prime minister attended in person, while another president joined the talks by video link.\n\n"
      "The president of the country did not travel to the town. He was represented by a minister, who told the "
      "summit that the house arrest was an internal legal matter.\n\n"
      "One member state boycotted the meeting. In a statement on Tuesday, its foreign ministry said the "
      "government would not attend any meeting of the bloc until the bloc respects its sovereignty. The "
      "administration froze its engagement with the bloc early last year.\n\n"
      "The executive secretary told the leaders that the country cannot afford another war. In a communique, "
      "the summit called for an immediate ceasefire and the release of detained opposition officials.\n",
      "Regional leaders demand the release of detained officials as crisis deepens", "2025-03-20", "Thursday" },
    { "BLOC: President hands over to his successor, urges unity as three states stay away\n\n"
      "June 23, 2025\nBy Emeka Obi\n\n"
      "The President yesterday handed over the chairmanship of the regional bloc to his successor.\n",
      "BLOC: President hands over to his successor, urges unity as three states stay away", "2025-06-23", "By" },
    { "Members agree on a maritime cell\n\nAnita Rao\n\nPublished - November 16, 2025 12:42 am IST - NEW DELHI\n\n"
      "India and the other member states have agreed to set up a joint maritime information cell.\n",
      "Members agree on a maritime cell", "2025-11-16", "Published" },
    { "Graphic Online\n\nPolitics\n\nMinister leads delegation to summit in France\n\nBY: Kofi Mensah\n"
      "Oct - 05 - 2024 , 08:41\n\nThe minister yesterday led the delegation to the opening of the summit.\n",
      "Minister leads delegation to summit in France", "2024-10-05", "08:41" },
    { "The Chronicle\n\nTop Stories\n\nPresident to attend bloc summit in Burundi\n\n"
      "Tendai Moyo in BUJUMBURA, Burundi\n\n30 Oct, 2024\n\n"
      "THE President is expected in Bujumbura tomorrow for the summit of the bloc.\n",
      "President to attend bloc summit in Burundi", "2024-10-30", "30 Oct" },
    { "Bangladesh / Foreign Affairs\n\nAdviser urges bloc to press for refugee return\n\nTribune Desk\n\n"
      "Publish : 04 Nov 2025, 12:15 AM\nUpdate : 04 Nov 2025, 12:40 AM\n\n"
      "The foreign adviser on Monday urged the ministers to press for the return of refugees.\n",
      "Adviser urges bloc to press for refugee return", "2025-11-04", "Publish" },
    { "National\n\nMinisters co-chair Mekong meeting, eye water projects\n\nSok Dara\n\n"
      "Publication date 27 July 2024 | 08:20 ICT\n\n"
      "The two ministers co-chair the meeting of foreign ministers yesterday. MFAIC\n\n"
      "The deputy prime minister yesterday co-chaired the meeting of foreign ministers in Vientiane.\n",
      "Ministers co-chair Mekong meeting, eye water projects", "2024-07-27", "Publication" },
    { "Minister calls for joint response as ministers meet in Tianjin\n\nDeputy PM holds talks on the sidelines\n\n"
      "Ayesha Khan Published July 16, 2025 Updated July 16, 2025 09:48pm\n\n"
      "The deputy prime minister on Tuesday held talks with his counterpart in Tianjin.\n\n"
      "Published in The Morning, July 17th, 2025\n",
      "Minister calls for joint response as ministers meet in Tianjin", "2025-07-16", "09:48pm" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr (NgArticle) a = from_string ("w.txt", pages[i].text);
      check_article (a);
      g_assert_cmpstr (a->headline, ==, pages[i].headline);
      g_assert_cmpstr (a->date, ==, pages[i].date);
      g_assert_null (strstr (a->text, pages[i].gone));
      g_assert_null (strstr (a->text, "author:"));
    }
  /* (the caption keeps its words, without the credit) */
  g_autoptr (NgArticle) b = from_string ("w.txt", pages[7].text);
  g_assert_nonnull (strstr (b->text, "at the congress hall in Izmir on Wednesday."));
  /* a name and a role that is no writer's stays */
  g_autoptr (NgArticle) c = from_string ("c.txt", "Leaders meet\n\nJohn Smith, Prime Minister\n\n"
                                          "The leaders met on Thursday in the capital and agreed on a plan.\n");
  g_assert_nonnull (strstr (c->text, "John Smith, Prime Minister"));
  /* credits in small letters, in brackets, after a caption and at the
   * foot: "by Rita Dogley", "(Photo source: Agency/Name)", "(Name/AFP via
   * Getty Images)", "(By Name)", "Translation: ...", "-With assistance
   * from ..." */
  g_autoptr (NgArticle) d = from_string ("d.txt",
    "Ministers meet in Lima\n\n21-March-2025\nby Rita Dogley\n\n"
    "LIMA, March 21 (Reuters) - The foreign ministers of the bloc met in Lima on Friday and agreed a plan.\n\n"
    "The ministers at the palace in Lima on Friday. (Photo source: Inquam Photos/Sabina Preda)\n\n"
    "The ministers pose for a photo in Lima, on March 21, 2025. (Daniel Roland/AFP via Getty Images)\n\n"
    "The next meeting will be held in Santiago in the autumn, the ministers said.\n\n"
    "(By Joseph Yeh)\n\nTranslation: Fabiano Lins - Edition: Denise Griesinger\n\n"
    "\u2014With assistance from Piotr Nowak.\n");
  static const char *const gone[] = { "Dogley", "Preda", "Roland", "Yeh", "Griesinger", "Nowak" };
  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    g_assert_null (strstr (d->text, gone[i]));
  g_assert_nonnull (strstr (d->text, "The ministers at the palace in Lima on Friday."));
  g_assert_nonnull (strstr (d->text, "will be held in Santiago"));
}

/* A newspaper page: section label, headline, standfirst, byline, date
 * line, a photo caption with a credit of names between slashes, a reading
 * time and share buttons, then the dateline: the headline is the
 * headline (not the caption, nor "4 min"), the caption no text; a writer
 * and outlet line "Name · Outlet ·" is no lead. */
static void
test_page_furniture (void)
{
  g_autoptr (NgArticle) a = from_string ("p.txt",
    "World\n\nAt U.N., a grim tally as Security Council debates protection\n\n"
    "The foreign minister chaired an open debate that drew 70 speakers.\n\n"
    "By Karen Whitfield\nOctober 22, 2024 at 6:48 p.m. EDT\n\n"
    "Foreign Minister Ignazio Cassis chairs a council debate in New York on Tuesday. (Michael Reinholt/AFP/Getty Images)\n\n"
    "Listen\n4 min\nShare\nComment\n\n"
    "UNITED NATIONS — The Security Council heard on Tuesday that aid workers were killed.\n");
  check_article (a);
  g_assert_cmpstr (a->headline, ==, "At U.N., a grim tally as Security Council debates protection");
  g_assert_nonnull (a->credits);
  g_assert_nonnull (strstr (a->credits, "Michael Reinholt/AFP/Getty Images"));
  g_assert_nonnull (a->edges);
  g_assert_nonnull (strstr (a->edges, "World"));
  g_assert_cmpstr (a->dateline, ==, "United Nations");
  g_assert_null (strstr (a->text, "Getty"));
  g_assert_null (strstr (a->text, "4 min"));
  g_autoptr (NgArticle) b = from_string ("q.txt",
    "Trudeau joins Francophonie leaders in France\n\nPrime minister to hold talks with Macron on Saturday\n\n"
    "Louise Tremblay · CBC News ·\nPosted: Oct 04, 2024 4:12 PM EDT\n\n"
    "Prime Minister Justin Trudeau joined leaders from across the French-speaking world on Friday.\n");
  check_article (b);
  g_assert_cmpstr (b->headline, ==, "Trudeau joins Francophonie leaders in France");
  g_assert_null (strstr (b->text, "Tremblay"));
}

/* CRLF and lone CR line ends become LF; a UTF-8 byte-order mark goes. */
static void
test_line_ends_bom (void)
{
  const char *crlf = "\xEF\xBB\xBFHeadline about the summit\r\n\r\n"
                     "BRUSSELS, June 14 (Reuters) - Ministers met.\r\nThey agreed.\rThey left.\r\n";
  g_autoptr (NgArticle) a = from_string ("crlf.txt", crlf);
  check_article (a);
  g_assert_cmpstr (a->headline, ==, "Headline about the summit");
  g_assert_cmpstr (a->text, ==,
                   "Headline about the summit\n\nMinisters met.\nThey agreed.\nThey left.\n");
  g_assert_cmpstr (a->dateline, ==, "Brussels");
  g_assert_null (a->warning);
}

/* Converts UTF-8 to a UTF-16 encoding and puts a byte-order mark first. */
static GBytes *
utf16 (const char *s, gboolean le)
{
  gsize written = 0;
  g_autoptr (GError) error = NULL;
  g_autofree char *body = g_convert (s, -1, le ? "UTF-16LE" : "UTF-16BE", "UTF-8",
                                     NULL, &written, &error);
  g_assert_no_error (error);
  GByteArray *b = g_byte_array_new ();
  const guint8 bom_le[] = { 0xFF, 0xFE }, bom_be[] = { 0xFE, 0xFF };
  g_byte_array_append (b, le ? bom_le : bom_be, 2);
  g_byte_array_append (b, (const guint8 *) body, (guint) written);
  return g_byte_array_free_to_bytes (b);
}

/* UTF-16 with a byte-order mark is converted, little- and big-endian. */
static void
test_utf16 (void)
{
  const char *s = "Talks in Astana end with a deal\r\n"
                  "ASTANA, 28 November (BelTA) \u2014 Leaders from Kazakhstan and Belarus met. Zoë came.\r\n";
  for (int le = 0; le < 2; le++)
    {
      g_autoptr (GBytes) b = utf16 (s, le);
      gsize len = 0;
      const char *data = g_bytes_get_data (b, &len);
      g_autoptr (GError) error = NULL;
      g_autoptr (NgArticle) a = ng_article_from_bytes ("u16.txt", data, len, &error);
      g_assert_no_error (error);
      check_article (a);
      g_assert_cmpstr (a->headline, ==, "Talks in Astana end with a deal");
      g_assert_cmpstr (a->publisher, ==, "BelTA");
      g_assert_cmpstr (a->dateline, ==, "Astana");
      g_assert_cmpstr (a->date, ==, "--11-28");
      g_assert_nonnull (strstr (a->text, "\n\nLeaders from Kazakhstan and Belarus met. Zoë came.\n"));
    }
}

/* NUL bytes mean a binary file; nothing but blanks or boilerplate is empty. */
static void
test_binary_empty (void)
{
  g_autoptr (GError) e1 = NULL;
  const char bin[] = "Some text\0more text";
  g_assert_null (ng_article_from_bytes ("bin.dat", bin, sizeof bin - 1, &e1));
  g_assert_error (e1, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_BINARY);
  g_assert_nonnull (strstr (e1->message, "bin.dat"));

  const char *empties[] = { "", "   \n\n\t\r\n", "\xEF\xBB\xBF", "All news\nFollow us on:\nTelegram\n",
                            /* (a page's buttons: "SHARE AA FOLLOW US") */
                            "SHARE   AA   FOLLOW US\nPrint Share\n" };
  for (gsize i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr (GError) e = NULL;
      g_assert_null (ng_article_from_bytes ("empty.txt", empties[i], strlen (empties[i]), &e));
      g_assert_error (e, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_EMPTY);
      g_assert_nonnull (strstr (e->message, "empty.txt"));
    }
  g_autoptr (GError) e2 = NULL;
  g_assert_null (ng_article_from_bytes ("null", NULL, 0, &e2));
  g_assert_error (e2, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_EMPTY);
}

/* Invalid UTF-8 is repaired, with a warning that names the source. */
static void
test_invalid_utf8 (void)
{
  const char *s = "The envoy from Caf\xe9 Town arrived.\nHe met \xff\xfe the mayor.\n";
  g_autoptr (NgArticle) a = from_string ("bad-bytes.txt", s);
  check_article (a);
  g_assert_nonnull (a->warning);
  g_assert_true (g_str_has_prefix (a->warning, "bad-bytes.txt"));
  g_assert_nonnull (strstr (a->text, "\uFFFD"));
  g_assert_nonnull (strstr (a->text, "the mayor."));
}

/* Controls and bad bytes are found past runs of eight plain bytes: the
 * offset in the warning is that of the first bad byte. */
static void
test_decode_runs (void)
{
  const char *s = "Ministers met on Tuesday\r\nin the capital.\x01\x0b Talks went\rwell, "
                  "said \xe2\x80\x9cthe host\xe2\x80\x9d; caf\xc3\xa9 \xff and more.\n";
  g_autoptr (NgArticle) a = from_string ("runs.txt", s);
  check_article (a);
  g_assert_cmpstr (a->text, ==, "Ministers met on Tuesday\n\nin the capital.   Talks went\n"
                   "well, said \u201cthe host\u201d; caf\u00e9 \uFFFD and more.\n");
  g_assert_cmpstr (a->warning, ==, "runs.txt: invalid UTF-8 at byte 88 (and maybe later) replaced");
  /* A sequence cut short by an ASCII byte fails where it starts. */
  g_autoptr (NgArticle) b = from_string ("cut.txt", "Ministers met in the capital \xe2\x80 today.\n");
  g_assert_cmpstr (b->warning, ==, "cut.txt: invalid UTF-8 at byte 29 (and maybe later) replaced");
}

/* Boilerplate is judged by the first 20 bytes of a line's key, made
 * without folding for ASCII: whole lines and prefixes, long or short, and
 * lines that start with other characters. */
static void
test_boilerplate (void)
{
  const char *s = "Some Headline Words Here\n"
                  "All rights reserved by the agency and its partners worldwide\n"
                  "The ministers met on Tuesday in the capital city.\n"
                  "Flag\n"
                  "flag of Kazakhstan at the summit in the capital.\n"
                  "Government bodies\n"
                  "Government bodies and agencies met today in the capital.\n"
                  "\u00a1Share!\n"
                  "Follow-us\n"
                  "Copyright-free pictures were shown to the ministers.\n"
                  "\u00a9 2025 Monitor Publications Limited. All rights reserved.\n"
                  "(c) The Harbour Press Company. All rights reserved.\n"
                  "(Cabinet ministers stayed away.)\n"
                  "The end of the story is here.\n";
  g_autoptr (NgArticle) a = from_string ("boilerplate.txt", s);
  check_article (a);
  g_assert_cmpstr (a->text, ==, "Some Headline Words Here\n\n"
                   "The ministers met on Tuesday in the capital city.\n"
                   "Flag\n"
                   "Government bodies and agencies met today in the capital.\n"
                   "(Cabinet ministers stayed away.)\n"
                   "The end of the story is here.\n");
}

/* The key depends on the text only: same text, same key. */
static void
test_key (void)
{
  const char *s1 = "Ministers met on Tuesday in the capital.\n";
  const char *s2 = "Ministers met on Wednesday in the capital.\n";
  g_autoptr (NgArticle) a = from_string ("dir/one.txt", s1);
  g_autoptr (NgArticle) b = from_string ("other/two.txt", s1);
  g_autoptr (NgArticle) c = from_string ("dir/one.txt", s2);
  g_autoptr (NgArticle) d = from_string ("-", s1);
  g_assert_cmpstr (a->key, ==, b->key);
  g_assert_cmpstr (a->key, ==, d->key);
  g_assert_cmpstr (a->key, !=, c->key);
  g_assert_cmpuint (strlen (a->key), ==, 16);
  for (const char *p = a->key; *p; p++)
    g_assert_true (g_ascii_isxdigit (*p));
  g_assert_cmpstr (a->identifier, ==, "one");
  g_assert_cmpstr (b->identifier, ==, "two");
  g_assert_null (d->identifier);
  g_assert_cmpstr (a->source, ==, "dir/one.txt");
  g_assert_null (a->url);
}

/* A JSON Lines record gives id, url, date, source and title. */
static void
test_json_record (void)
{
  const char *json =
    "{\"id\": \"Wire 42/A\", \"url\": \"https://example.org/news/42\", "
    "\"date\": \"2021-09-15T08:30:00Z\", \"source\": \"Example Wire\", "
    "\"title\": \"Leaders meet in the Tajik capital\", "
    "\"text\": \"DUSHANBE, September 14. /TASS/. Leaders met today.\\nThey agreed.\"}";
  g_autoptr (GError) error = NULL;
  g_autoptr (NgArticle) a = ng_article_from_json ("feed.jsonl", 3, json, strlen (json), &error);
  g_assert_no_error (error);
  check_article (a);
  g_assert_cmpstr (a->headline, ==, "Leaders meet in the Tajik capital");
  g_assert_cmpstr (a->text, ==, "Leaders meet in the Tajik capital\n\nLeaders met today.\nThey agreed.\n");
  g_assert_cmpstr (a->date, ==, "2021-09-15");
  g_assert_cmpstr (a->publisher, ==, "Example Wire");
  g_assert_cmpstr (a->url, ==, "https://example.org/news/42");
  g_assert_cmpstr (a->identifier, ==, "Wire 42/A");
  g_assert_cmpstr (a->key, ==, "wire-42-a");
  g_assert_cmpstr (a->dateline, ==, "Dushanbe");
  /* (the lead moves with the title put before the text) */
  g_assert_cmpuint (a->lead, >, 0);
  g_assert_true (g_str_has_prefix (a->text + a->lead - 1, "Leaders met today."));

  /* Without an id the url names the record; a text that repeats the title
   * keeps it once. */
  const char *json2 =
    "{\"url\": \"https://example.org/n/7\", \"title\": \"Budget talks end\", "
    "\"text\": \"Budget talks end\\nThe council approved the budget.\"}";
  g_autoptr (NgArticle) b = ng_article_from_json ("feed.jsonl", 4, json2, strlen (json2), &error);
  g_assert_no_error (error);
  check_article (b);
  g_assert_cmpstr (b->text, ==, "Budget talks end\n\nThe council approved the budget.\n");
  g_assert_cmpstr (b->identifier, ==, "https://example.org/n/7");
  g_assert_cmpstr (b->key, ==, "https-example-org-n-7");
  g_assert_null (b->date);

  /* Nothing but text: the key is a hash of it. */
  const char *json3 = "{\"text\": \"The council approved the budget.\"}";
  g_autoptr (NgArticle) c = ng_article_from_json ("feed.jsonl", 5, json3, strlen (json3), &error);
  g_assert_no_error (error);
  check_article (c);
  g_assert_cmpuint (strlen (c->key), ==, 16);
  g_assert_null (c->headline);
}

static const struct {
  const char *json;
  gint code;
} bad_json[] = {
  { "{\"id\": \"1\", \"text\": ", NG_ARTICLE_ERROR_JSON },
  { "[\"text\"]", NG_ARTICLE_ERROR_JSON },
  { "{\"id\": \"1\", \"title\": \"No text here\"}", NG_ARTICLE_ERROR_JSON },
  { "{\"text\": 42}", NG_ARTICLE_ERROR_JSON },
  { "{\"text\": \"  \\n \"}", NG_ARTICLE_ERROR_EMPTY },
};

/* Bad records fail with an error naming source:line. */
static void
test_json_errors (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_json); i++)
    {
      g_autoptr (GError) error = NULL;
      g_assert_null (ng_article_from_json ("feed.jsonl", 17, bad_json[i].json,
                                           strlen (bad_json[i].json), &error));
      g_assert_error (error, NG_ARTICLE_ERROR, bad_json[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "feed.jsonl:17:"));
    }
}

/* An agency's masthead in capitals and its name ("TAP - Agence Tunis
 * Afrique Presse") is no dateline: the body's "Tunis, March 24 (TAP) -"
 * is. */
static void
test_masthead_agency (void)
{
  g_autoptr (NgArticle) a = from_string ("d.txt",
    "TAP - Agence Tunis Afrique Presse\n\nPolitics\n\nNafti reaffirms support for talks on Libya in Berlin\n\n"
    "Tuesday, 24 March 2026 18:52\n\n"
    "Tunis, March 24 (TAP) - The minister took part on Tuesday in the ministerial meeting in Berlin.\n\n"
    "He met his counterparts there.\n");
  check_article (a);
  g_assert_cmpstr (a->dateline, ==, "Tunis");
}

/* "Doha / Information Office / 14 October 2025" (a foreign ministry's
 * release): the date, and the city as a dateline the lexicon must know;
 * a section's name before slashes is no city. */
static void
test_slash_office (void)
{
  g_autoptr (NgArticle) a = from_string ("d.txt",
    "Ministers co-chair the committee\n\nDoha / Information Office / 14 October 2025\n\n"
    "The ministers co-chaired the committee today.\n");
  check_article (a);
  g_assert_cmpstr (a->date, ==, "2025-10-14");
  g_assert_cmpstr (a->dateline, ==, "Doha");
  g_assert_true (a->dateline_known_only);
  g_autoptr (NgArticle) b = from_string ("d.txt",
    "Ministers co-chair the committee\n\nNews / Press Releases / 14 October 2025\n\n"
    "The ministers co-chaired the committee today.\n");
  check_article (b);
  g_assert_cmpstr (b->date, ==, "2025-10-14");
  g_assert_true (b->dateline == NULL || b->dateline_known_only);
}

/* "Asmara, 16 February 2025 – The Foreign Ministers ...": a city in Title
 * Case, a date and a dash, a dateline the lexicon must know; its words
 * stay. */
static void
test_title_city_date_dash (void)
{
  static const char *const lines[] = {
    "Asmara, 16 February 2025 \u2013 The foreign ministers met in the capital today.\n",
    "Asmara, February 16, 2025 - The foreign ministers met in the capital today.\n",
  };
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strconcat ("Ministers meet\n\n", lines[i], NULL);
      g_autoptr (NgArticle) a = from_string ("t.txt", text);
      check_article (a);
      g_assert_cmpstr (a->date, ==, "2025-02-16");
      g_assert_cmpstr (a->dateline, ==, "Asmara");
      g_assert_true (a->dateline_known_only);
    }
}

/* The writer's line at the foot ("X is a correspondent") is dropped; a
 * last paragraph of a quote that says "reporters" is text. */
static void
test_foot_writer_line (void)
{
  g_autoptr (NgArticle) a = from_string ("w.txt",
    "Ministers agree on a corridor\n\nOSLO (AP) - The ministers met on Monday in Oslo.\n\n"
    "\"This is a historic step,\" Sandvik told reporters after the talks. They meet again in May.\n");
  check_article (a);
  g_assert_nonnull (strstr (a->text, "told reporters after the talks"));
  g_autoptr (NgArticle) b = from_string ("w.txt",
    "Ministers agree on a corridor\n\nOSLO (AP) - The ministers met on Monday in Oslo.\n\n"
    "Karin Olsen is a reporter based in Oslo.\n");
  check_article (b);
  g_assert_null (strstr (b->text, "Karin Olsen"));
}

/* "TASHKENT, 21.05.2025 /UzA/." : a slash agency's dateline with a date
 * of digits, day first. */
static void
test_slash_agency_numeric_date (void)
{
  g_autoptr (NgArticle) a = from_string ("u.txt",
    "Water ministers meet\n\nTASHKENT, 21.05.2025 /UzA/. A meeting of water ministers was held today.\n");
  check_article (a);
  g_assert_cmpstr (a->date, ==, "2025-05-21");
  g_assert_cmpstr (a->dateline, ==, "Tashkent");
  g_assert_null (strstr (a->text, "/UzA/"));
}

/* "Ashgabat, 27 August (TDH). Today, ...": an agency in brackets, a
 * closing dot, the lead on the same line. */
static void
test_paren_agency_dot (void)
{
  g_autoptr (NgArticle) a = from_string ("t.txt",
    "Committee meets\n\nAshgabat, 27 August (TDH). Today, the committee met in the capital.\n");
  check_article (a);
  g_assert_cmpstr (a->dateline, ==, "Ashgabat");
  g_assert_cmpstr (a->publisher, ==, "TDH");
  g_assert_null (strstr (a->text, "(TDH)"));
  g_assert_nonnull (strstr (a->text, "Today, the committee met"));
}

/* "Read more:" and the headlines of other stories under it, then "Tags:
 * ...": page furniture at the foot, no sentences of the story. */
static void
test_read_more_and_tags (void)
{
  g_autoptr (NgArticle) a = from_string ("r.txt",
    "Ministers meet in Tromso\n\nTROMSO - The ministers met in Tromso on Wednesday.\n\n"
    "\"The council still matters,\" the mayor said.\n\n"
    "Read more:\nKirkenes businesses count losses as border traffic dries up\n"
    "Sami parliaments demand seat at Arctic security talks\n\n"
    "Tags: Barents Euro-Arctic Council, Espen Barth Eide, Tromso, Kirkenes\n");
  check_article (a);
  g_assert_nonnull (strstr (a->text, "the mayor said"));
  g_assert_null (strstr (a->text, "Kirkenes businesses"));
  g_assert_null (strstr (a->text, "Arctic security talks"));
  g_assert_null (strstr (a->text, "Tags:"));
}

/* Text wrapped at a fixed width, with or without blank lines between
 * its lines: a sentence cut by the wrap is one line again; the dateline
 * "CITY, Sep 15 (AGENCY):" on a cut line is a dateline, not a kicker. */
static void
test_hard_wrapped (void)
{
  g_autoptr (NgArticle) a = from_string ("w.txt",
    "Published: 2017-09-15\n\nISLAMABAD, Sep 15 (APP): Prime Minister Shahid Khaqan Abbasi\n\n"
    "Friday emphasized the importance of engagement between Pakistan and\n\n"
    "the United States of America, to pursue common objectives and issues\n\n"
    "of mutual interest.\n\nHe was talking to the Ambassador of the United States\n\n"
    "David Hale who called on him here at the Prime Minister's Office.\n\n"
    "The Afghan Ambassador congratulated the Prime Minister on his\n\n"
    "assumption of office and conveyed the commitment of his government\n\n"
    "to work for furthering bilateral relations between the two countries.\n");
  check_article (a);
  g_assert_cmpstr (a->dateline, ==, "Islamabad");
  g_assert_nonnull (strstr (a->text, "Abbasi Friday emphasized the importance of engagement between Pakistan and "
                                     "the United States"));
  g_assert_nonnull (strstr (a->text, "on his assumption of office"));
  g_assert_nonnull (strstr (a->text, "of mutual interest.\n"));
  /* (paragraphs of text are left as they are) */
  g_autoptr (NgArticle) b = from_string ("p.txt",
    "Ministers meet in Oslo\n\nOSLO (AP) - The ministers met on Monday in Oslo to talk about the radar\n\n"
    "Radar plans were agreed.\n");
  check_article (b);
  g_assert_null (strstr (b->text, "radar Radar"));
}

/* A caption's credit in parentheses, then the first paragraph on the
 * same line: the caption goes apart, the paragraph stays. */
static void
test_caption_then_lead (void)
{
  g_autoptr (NgArticle) a = from_string ("c.txt",
    "Ministers to meet before the forum\n\n"
    "Minister of Foreign Affairs Retno Marsudi (Photo: AFP), Jakarta: Prior to the forum on March 22 in Nusa "
    "Dua, the minister is to meet her Australian counterpart, Julie Bishop.\n\n"
    "The two ministers will co-chair the forum.\n");
  check_article (a);
  g_assert_nonnull (strstr (a->text, "Prior to the forum on March 22"));
  g_assert_null (strstr (a->text, "(Photo: AFP)"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (wires); i++)
    {
      g_autofree char *name = g_strndup (wires[i].file, strlen (wires[i].file) - 4);
      g_autofree char *path = g_strconcat ("/article/wire/", name, NULL);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_wire);
    }
  g_test_add_func ("/article/wire/not-a-dateline", test_not_dateline);
  g_test_add_func ("/article/wire/plain-dateline", test_plain_dateline);
  g_test_add_func ("/article/wire/more-datelines", test_more_datelines);
  g_test_add_func ("/article/wire/dateline-after-caption", test_dateline_after_caption);
  g_test_add_func ("/article/foot/related-stories", test_related_stories);
  g_test_add_func ("/article/wire/captions", test_captions);
  g_test_add_func ("/article/wire/name-line", test_name_line);
  g_test_add_func ("/article/wire/venue-city-line", test_venue_city_line);
  g_test_add_func ("/article/wire/date-lines", test_date_lines);
  g_test_add_func ("/article/wire/byline", test_byline);
  g_test_add_func ("/article/wire/writer-lines", test_writer_lines);
  g_test_add_func ("/article/wire/title-city-date-dash", test_title_city_date_dash);
  g_test_add_func ("/article/wire/page-furniture", test_page_furniture);
  g_test_add_func ("/article/wire/place-line-breadcrumb", test_place_line_breadcrumb);
  g_test_add_func ("/article/decode/line-ends-bom", test_line_ends_bom);
  g_test_add_func ("/article/decode/utf16", test_utf16);
  g_test_add_func ("/article/decode/binary-empty", test_binary_empty);
  g_test_add_func ("/article/decode/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/article/decode/runs", test_decode_runs);
  g_test_add_func ("/article/boilerplate", test_boilerplate);
  g_test_add_func ("/article/key/stable", test_key);
  g_test_add_func ("/article/json/record", test_json_record);
  g_test_add_func ("/article/json/errors", test_json_errors);
  g_test_add_func ("/article/dateline/masthead-agency", test_masthead_agency);
  g_test_add_func ("/article/dateline/slash-office", test_slash_office);
  g_test_add_func ("/article/foot/writer-line", test_foot_writer_line);
  g_test_add_func ("/article/body/hard-wrapped", test_hard_wrapped);
  g_test_add_func ("/article/caption/then-lead", test_caption_then_lead);
  g_test_add_func ("/article/dateline/slash-agency-numeric-date", test_slash_agency_numeric_date);
  g_test_add_func ("/article/dateline/paren-agency-dot", test_paren_agency_dot);
  g_test_add_func ("/article/foot/read-more-and-tags", test_read_more_and_tags);
  return g_test_run ();
}
