/* article.c - one news article: bytes in, clean text and header fields out. */
#include "config.h"
#include <stdio.h>
#include <string.h>
#include <json-glib/json-glib.h>
#include "newsgraph/article.h"
#include "newsgraph/date.h"
#include "newsgraph/fold.h"

G_DEFINE_QUARK (ng-article-error-quark, ng_article_error)

/* Compiled patterns, shared read-only by all threads. */
typedef struct {
  GRegex *header;     /* " date 2021-09-15 UrduPoint.com" */
  GRegex *tass;       /* "DUSHANBE, September 15. /TASS/." */
  GRegex *paren;      /* "ASTANA, 28 November (BelTA) —", "BRUSSELS, June 14 (Reuters) -" */
  GRegex *paren_plain; /* "New Delhi, May 20 (PTI) Prime Minister ...", "MOSCOW, May 14 (Prensa Latina) Cuban ..." */
  GRegex *paren_dot;  /* "MOSCOW. April 18 (Interfax) -" */
  GRegex *paren_line; /* "ATHENS, 19/09/2025 (ANA-MPA)" alone on its line */
  GRegex *bare;       /* "MOSCOW (UrduPoint News / Sputnik - 15th September, 2021)" */
  GRegex *caps;       /* "ISLAMABAD: Prime Minister ...", "SINGAPORE - The ..." */
  GRegex *caps_date;  /* "BAKU, Azerbaijan, March 4. ", "YEREVAN, FEBRUARY 21, ARMENPRESS. " */
  GRegex *agency_dash; /* "Accra, June 23, GNA - ", "Baku, September 10, AZERTAC" on a line of its own */
  GRegex *datetime;   /* "28 November 2024, 11:38" */
  GRegex *date_city;  /* "November 21, 2024 (NAIROBI) -" */
  GRegex *iso;        /* an ISO date anywhere in a line */
  GRegex *ymd_dots;   /* "Levente Szabó 2025.06.24." (a writer, then the date) */
  GRegex *caps_dot_dash; /* "CARACAS.—The ..." (Granma, Prensa Latina) */
  GRegex *city_day;      /* "KATHMANDU, DECEMBER 1" alone on a line (The Himalayan Times) */
  GRegex *city_day_tc;   /* "Kathmandu, February 18" alone on a line */
  GRegex *date_city_source; /* "November 16, 2021 - Ottawa, Ontario - Global Affairs Canada" alone on a line */
  GRegex *caps_region;   /* "ASUNCIÓN, PARAGUAY — Foreign ministers ..." (VOA), "ERBIL, Kurdistan Region -" */
  GRegex *stamped;       /* "Updated 12:41 PM GMT+2, June 24, 2025": a publishing line, a date somewhere in it */
  GRegex *lead_date;     /* "January 9, 2025 6:14 PM 3 min read", "05/27/2025 May 27, 2025": a date first */
  GRegex *site;          /* "TEMPO.CO, Jakarta - ", "JAKARTA, KOMPAS.com - ": a web outlet and a city */
  GRegex *title_dash;    /* "Nairobi — ", "Honiara, Solomon Islands – ": a city in Title Case and a dash */
  GRegex *title_date_dash; /* "Asmara, 16 February 2025 – ": a city in Title Case, a date and a dash */
  GRegex *full_date;     /* a date with its year anywhere in a line, for a page date of no year */
  GRegex *agency_first;  /* "(AGI) - Rome, November 4 - ": the agency, then the city and the date */
} Patterns;

/* Compiles the patterns once. */
static gpointer
compile_patterns (gpointer unused)
{
  Patterns *p = g_new0 (Patterns, 1);
  GRegexCompileFlags f = G_REGEX_OPTIMIZE;
  p->header = g_regex_new ("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(\\S.*?)\\s*$", f | G_REGEX_CASELESS, 0, NULL);
  /* (or a date of digits: "DUSHANBE, 14.03.2025 /NIAT \"Khovar\"/.") */
  p->tass = g_regex_new ("^\\s*(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s+([\\p{L}]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{L}]+|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:,?\\s+(\\d{4}))?\\.?\\s*/([^/]{2,30})/\\.?\\s*(?:[—–-]+\\s*)?", f, 0, NULL);
  /* (the country in brackets after the city is ANI's: "New Delhi [India],
   * Sep 19 (ANI):") */
  p->paren = g_regex_new ("^\\s*(\\p{Lu}[\\p{L}\\p{M} .'’/-]{1,40}?)(?:\\s*\\[\\p{Lu}[^\\]\\n]{1,40}\\])?,\\s+([^()\\n]{1,40}?)\\s*\\(([^()\\n]{2,60})\\)\\s*\\.?\\s*(?:[—–-]+|--|:)\\s*", f, 0, NULL);
  /* (and a closing dot: "Ashgabat, 27 August (TDH). Today, ...") */
  p->paren_plain = g_regex_new ("^\\s*(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s+([^()\\n]{1,40}?)\\s*\\((\\p{Lu}{2,10}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})\\)\\.?\\s+(?=\\p{Lu})", f, 0, NULL);
  p->paren_line = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?),\\s+([^()\\n]{1,40}?)\\s*\\(([^()\\n]{2,60})\\)\\s*\\.?\\s*$",
                               f, 0, NULL);
  p->paren_dot = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} '’-]{1,40}?)\\.\\s+([^()\\n]{1,40}?)\\s*\\(([^()\\n]{2,60})\\)\\s*(?:[—–-]+|--|:)\\s*", f, 0, NULL);
  /* (and "ASTANA. Tengrinews.kz -": an outlet's name in mixed case, one
   * word, after the city's stop) */
  p->caps = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{2,40}?(?:\\.\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}]{1,20}\\.\\p{Ll}{2,4})?)"
                         "\\s*(?::|[—–-]+|--)\\s+(?=\\p{Lu})", f, 0, NULL);
  p->caps_date = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} '’-]{1,40}?),\\s+(?:(\\p{Lu}[\\p{L} ]{1,30}?),\\s+)?"
                              "(\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9})(?:,?\\s+(\\d{4}))?"
                              "(?:,\\s+(\\p{Lu}[\\p{Lu}-]{2,20}|\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+))?(?:\\.|:|\\s*(?:[—–-]+|--))\\s+(?=\\p{Lu})", f, 0, NULL);
  p->agency_dash = g_regex_new ("^\\s*(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s+"
                                "(\\p{L}{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,9})(?:,?\\s+(\\d{4}))?"
                                ",\\s+(\\p{Lu}{2,10})(?:\\s*(?:[—–-]+|--)\\s+(?=\\p{Lu})|\\s*$)", f, 0, NULL);
  p->agency_first = g_regex_new ("^\\s*\\((\\p{Lu}[\\p{L}\\p{M}&.'’ -]{1,30}?)\\)\\s*[—–-]+\\s*"
                                 "(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?),\\s+([^()\\n,]{3,30}?)\\s*[—–-]+\\s*(?=\\p{Lu})", f, 0, NULL);
  p->bare = g_regex_new ("^\\s*(\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?)\\s*\\(([^()\\n]{2,100})\\)\\s*(\\.?\\s*(?:[—–-]+|--|:))?\\s*", f, 0, NULL);
  p->datetime = g_regex_new ("^\\s*(?:[^|\\n]{1,40}\\|\\s*|\\p{Lu}[\\p{Lu} ]{1,30}\\s+[-–—]\\s+|(?<dcity>\\p{Lu}\\p{Ll}[\\p{L} ]{0,30}?)\\s+[-–—]\\s+)?(?:(?<city>\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?),\\s+|\\p{Lu}[\\p{L} ]{1,30}?\\s*,\\s+|(?<bcity>\\p{Lu}[\\p{L} ]{1,30}?)\\s+[●•·]\\s+|(?<scity>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)\\s+/\\s+(?=\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3}\\s+/\\s+))?"
                             "(?:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3}\\s+/\\s+)?(?:\\p{Lu}{2,10}\\s+/\\s+)?(?:By\\s+\\p{Lu}[\\p{L} .'’-]{1,40}?,?\\s+|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,3}\\s+(?=Published\\s|\\p{Lu}\\p{Ll}{2}\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*$))?"
                             "(?i:(?:(?:this\\s+content\\s+was\\s+)?(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|added|publish|update|written|publication\\s+date)|date|posted\\s+by\\s+[^\\n]{1,40}?\\s+(?=on\\s))(?:\\s+(?:on|at)|on)?\\s*[:/-]?\\s+)?"
                             "(?:(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?=\\d{1,2}[:.]\\d{2},?\\s))?"
                             "(?:\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:,|\\s+/)?\\s+)?"   /* ("19:26 / 09.07.2025") */
                             "(?:\\p{L}+,?\\s+){0,2}"
                             "(?<date>\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?,?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+)\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{2}/\\d{2}"
                             "|\\p{L}{3,9}\\s+-\\s+\\d{1,2}\\s+-\\s+\\d{4}|\\d{1,2}-\\p{L}{3,9}-\\d{4}"
                             "|\\d{1,2}([./-])\\d{1,2}\\g{-1}\\d{4}|\\p{L}{3,9}\\.\\d{1,2}\\.\\d{4})"
                             "(?<=\\d)\\.?"   /* ("09.10.2025.": a closing dot, as in Latvian or Croatian) */
                             "(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?"   /* (ISO 8601's time) */
                             "(?:,\\s*\\p{L}{6,9}(?:\\s*//\\s*\\d{1,2}:\\d{2})?)?"
                             "(?:(?:\\s*,?\\s+(?:at\\s+)?|\\s+[-–—|•·●/@]\\s+)\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?|h|\\s+Uhr)?"
                             "(?:,?\\s*(?:\\+\\d{2}:?\\d{2}|\\(?[A-Z]{2,5}(?:\\s?[+-]\\d{1,2}(?::\\d{2})?)?\\)?))?)?"
                             "(?:\\s*[-–•·|]?\\s*(?i:updated?|update|güncelleme)\\s*:?\\s*[\\d./]{8,10}(?:\\s+(?:[-–]\\s+)?\\d{1,2}:\\d{2})?)?"
                             "(?:\\s+By:?\\s+\\p{Lu}[^\\n]{1,100}|\\s+\\|\\s+[^|\\n]{1,60}|[,.]?\\s+(?:[-–—|•·]\\s+|\\(|\\[\\s*)?(?i:(?:last\\s+)?updated?)[^\\n]{0,60}"
                             "|\\s+(?i:page)\\s*\\d{1,3}|(?:\\s+-\\s+\\d{1,7}){1,3}"
                             "|\\s+[-–—]\\s+(?<tcity>\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40})"
                             /* ("24.04.2025 - Press release": the kind of page after the date) */
                             "|\\s+[-–—|]\\s+(?i:press\\s+releases?|news(?:\\s+releases?)?|statements?|communiqu[eé]s?|announcements?))?\\s*$", f, 0, NULL);
  p->iso = g_regex_new ("\\b(\\d{4}-\\d{2}-\\d{2})\\b", f, 0, NULL);
  p->date_city = g_regex_new ("^\\s*(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,9}\\s+\\d{4})\\s*"
                              "\\((\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40})\\)\\s*(?:[—–-]+|--)\\s+(?=\\p{Lu})", f, 0, NULL);
  p->caps_dot_dash = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} '’-]{2,40}?)\\.[—–]\\s*(?=\\p{Lu})", f, 0, NULL);
  p->caps_region = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{2,40}?),\\s+(\\p{Lu}(?:[\\p{Lu}\\p{M} .'’-]{2,30}?|\\p{Ll}[\\p{L}\\p{M}'’-]{1,20}(?: \\p{Lu}[\\p{L}\\p{M}'’-]{1,20})?))"
                                "\\s*(?:[—–-]+|--)\\s+(?=\\p{Lu})", f, 0, NULL);
  p->city_day = g_regex_new ("^\\s*(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{2,40}?),\\s+(\\p{L}{3,9}\\.?\\s+\\d{1,2})\\s*$", f, 0, NULL);
  p->city_day_tc = g_regex_new ("^\\s*(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}),\\s+(\\p{L}{3,9}\\.?\\s+\\d{1,2})\\s*$",
                                f, 0, NULL);
  p->date_city_source = g_regex_new ("^\\s*(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,9}\\s+\\d{4})\\s+[—–-]\\s+"
                                     "(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})(?:,\\s+\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40}?)?"
                                     "\\s+[—–-]\\s+\\p{Lu}[^\\n]{1,80}$", f, 0, NULL);
  p->stamped = g_regex_new ("(?:^|[|·•]\\s*)\\s*(?i:(?:first\\s+|last\\s+)?(?:published|updated|posted|modified|created|written)|date)\\b"
                            "[^\\n]{0,40}?"
                            "(?<date>\\d{1,2}\\s+\\p{L}{3,9}\\.?\\s*,?\\s*\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                            "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4}"
                            "|\\d{4}\\.\\d{2}\\.\\d{2})", f, 0, NULL);   /* ("Published 2025.12.09 17:42", Newsis) */
  p->lead_date = g_regex_new ("^\\s*(?<date>\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}"
                              "|\\d{1,2}/\\d{1,2}/\\d{4})(?:[\\s,|·•]+[^\\n]{0,48})?$", f, 0, NULL);
  p->ymd_dots = g_regex_new ("^\\s*(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,4}(\\d{4}\\.\\d{2}\\.\\d{2})\\.?(?:\\s+\\d{1,2}:\\d{2})?\\s*$", f, 0, NULL);
  /* (a site's name: a word and a domain, "TEMPO.CO", "Rappler.com") */
#define SITE "\\p{Lu}[\\p{L}]{1,20}\\.(?i:com|co|net|org|id|in|ph|my|pk|ng|ke|co\\.id|com\\.\\p{Ll}{2})"
  p->site = g_regex_new ("^\\s*(?:(?<site>" SITE ")\\s*,\\s+(?<city>\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){0,2})"
                         "|(?<ccity>\\p{Lu}[\\p{Lu}\\p{M} .'’-]{2,40}?),\\s+(?<csite>" SITE "))"
                         "\\s*(?:[—–-]+|--)\\s+(?=\\p{Lu}|[\"“])", f, 0, NULL);
#undef SITE
  p->full_date = g_regex_new ("(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}"
                              "|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                              "|\\d{4}([-/.])\\d{2}\\g{-1}\\d{2}|\\d{1,2}([./])\\d{1,2}\\g{-1}\\d{4})(?![\\p{L}\\d])", f, 0, NULL);
  p->title_dash = g_regex_new ("^\\s*(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]+){0,2})"
                               "(?:,\\s+(\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){0,2}))?"
                               "\\s+(?:[—–]|-{1,2})\\s+(?:\\([^()\\n]{4,40}\\)\\s*)?(?=\\p{Lu}|[\"“])", f, 0, NULL);
  p->title_date_dash = g_regex_new ("^\\s*(\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]+){0,2})"
                                    ",\\s+(\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:,?\\s+\\d{4})?|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?)"
                                    "\\s+(?:[—–]|-{1,2})\\s+(?=\\p{Lu}|[\"“])", f, 0, NULL);
  return p;
}

/* Returns the shared patterns. */
static const Patterns *
patterns (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, compile_patterns, NULL);
}

void
ng_article_free (NgArticle *a)
{
  if (!a)
    return;
  g_free (a->key);
  g_free (a->source);
  g_free (a->text);
  g_free (a->headline);
  g_free (a->date);
  g_free (a->publisher);
  g_free (a->agency);
  g_free (a->dateline);
  g_free (a->dateline_region);
  g_free (a->place_line);
  g_free (a->credits);
  g_free (a->edges);
  g_free (a->identifier);
  g_free (a->url);
  g_free (a->warning);
  g_free (a);
}

/* Lines that are navigation or sharing boilerplate, compared folded. */
static const char *const boilerplate[] = {
  "all news", "follow us on", "follow us", "share", "share this", "print", "projects",
  "government bodies", "recent news", "read more", "related news", "related", "advertisement",
  "subscribe", "tweet", "email", "comments", "most read", "top stories", "latest news",
  "news feed", "back to top", "home", "menu", "search", "photo", "video", "x", "facebook",
  "telegram", "vk", "whatsapp", "linkedin", "instagram", "youtube", "copy link", "share this article",
  "share this story", "share on facebook", "share on x", "listen to this article",
  NULL
};

/* Prefixes of the folded keys of boilerplate lines. */
static const char *const boilerplate_prefixes[] = {
  "recent news from", "follow us", "reporting by", "editing by", "writing by", "copyright",
  "all rights reserved", "flag ", "edited by", "additional reporting", "translated by",
  "attn ",   /* an agency's note to editors: "(ATTN: ADDS comments in last paras)" */
  "with assistance from", "translation ",   /* "-With assistance from X.", "Translation: X - Edition: Y" */
  "tags ", "keywords ",   /* "Tags: Barents Euro-Arctic Council, Tromsø" */
  NULL
};

/* Bytes of a key that decide is_boilerplate: more than the longest
 * boilerplate line ("government bodies"), and at least the longest prefix
 * ("all rights reserved"). */
#define BOILERPLATE_KEY 20

/* Bytes of a long line whose folded key decides is_boilerplate. */
#define BOILERPLATE_HEAD 48

/* TRUE if the key k, or a longer key that starts with it when k has
 * BOILERPLATE_KEY bytes or more, is that of a boilerplate line. */
static gboolean
boilerplate_key (const char *k)
{
  if (strlen (k) < BOILERPLATE_KEY)
    for (const char *const *b = boilerplate; *b; b++)
      if (k[0] == (*b)[0] && strcmp (k, *b) == 0)
        return TRUE;
  for (const char *const *b = boilerplate_prefixes; *b; b++)
    if (k[0] == (*b)[0] && g_str_has_prefix (k, *b))
      return TRUE;
  /* words of a page's buttons only: "SHARE AA FOLLOW US", "Share Save
   * Print" (not a sentence of the story: it is longer) */
  if (strlen (k) < BOILERPLATE_KEY && strchr (k, ' '))
    {
      static const char *const buttons[] = {
        "share", "follow", "us", "aa", "a", "print", "email", "comment", "comments", "save", "listen",
        "font", "size", "text", "whatsapp", "facebook", "twitter", "x", "linkedin", "telegram", "copy",
        "link", "bookmark", "gift", NULL
      };
      /* (the key's words, one space between them, without a copy) */
      gboolean all = TRUE;
      for (const char *w = k; *w && all;)
        {
          gsize n = strcspn (w, " ");
          gboolean known = FALSE;
          for (const char *const *b = buttons; *b && !known; b++)
            known = strlen (*b) == n && !strncmp (w, *b, n);
          all = known;
          w += n;
          if (*w == ' ')
            w++;
        }
      if (all)
        return TRUE;
    }
  /* a reading time: "4 min", "5 min read", "3 minute read" */
  const char *w = k;
  while (g_ascii_isdigit (*w))
    w++;
  if (w > k && (!strcmp (w, " min") || !strcmp (w, " min read") || !strcmp (w, " mins read")
                || !strcmp (w, " minute read") || !strcmp (w, " minutes read") || !strcmp (w, " mins")))
    return TRUE;
  return FALSE;
}

/* Writes to k the start of the folded key of a line, as ng_fold_plain
 * makes it for ASCII (the words of letters and digits, lowercased, one
 * space between them): the whole key, or its first BOILERPLATE_KEY
 * characters or one or two more.  FALSE if a non-ASCII byte comes
 * first: that line needs ng_fold_plain. */
static gboolean
ascii_key_head (const char *line, char k[BOILERPLATE_KEY + 2])
{
  gsize n = 0;
  gboolean gap = FALSE;
  for (const char *c = line; *c && n < BOILERPLATE_KEY; c++)
    {
      if ((guchar) *c >= 0x80)
        return FALSE;
      if (g_ascii_isalnum (*c))
        {
          if (gap && n)
            k[n++] = ' ';
          k[n++] = (char) (*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
          gap = FALSE;
        }
      else
        gap = TRUE;
    }
  k[n] = '\0';
  return TRUE;
}

/* TRUE if the line is a copyright line: "© 2025 Monitor Publications
 * Limited.", "(c) Agencia EFE" ("Copyright ..." has a boilerplate key). */
static gboolean
is_copyright (const char *line)
{
  return g_str_has_prefix (line, "\u00a9")
         || (g_ascii_strncasecmp (line, "(c)", 3) == 0 && (line[3] == ' ' || g_ascii_isdigit (line[3])));
}

/* TRUE if the line is boilerplate. */
static gboolean
is_boilerplate (const char *line)
{
  if (is_copyright (line))
    return TRUE;
  /* Most lines are ASCII at the start, and their key's head is made here
   * without allocating. */
  char head[BOILERPLATE_KEY + 2];
  if (ascii_key_head (line, head))
    return boilerplate_key (head);
  /* A long line is judged by the key of its head (cut at a character's
   * start), which begins its whole key: once that has BOILERPLATE_KEY
   * bytes, the rest cannot change the answer. */
  char *k = NULL;
  if (strnlen (line, BOILERPLATE_HEAD + 1) > BOILERPLATE_HEAD)
    {
      gsize cut = BOILERPLATE_HEAD;
      while (cut > 0 && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      k = ng_fold_plain_len (line, (gssize) cut);
      if (strlen (k) < BOILERPLATE_KEY)
        g_clear_pointer (&k, g_free);
    }
  if (!k)
    k = ng_fold_plain (line);
  gboolean hit = boilerplate_key (k);
  g_free (k);
  return hit;
}

/* Number of words in a line, counted up to cap: the callers compare it
 * with a small number, and a paragraph need not be read to its end. */
static guint
count_words (const char *s, guint cap)
{
  guint n = 0;
  gboolean in = FALSE;
  for (; *s && n < cap; s++)
    {
      gboolean sp = g_ascii_isspace (*s);
      if (!sp && !in)
        n++;
      in = !sp;
    }
  return n;
}

/* TRUE for a byline: "By Jane Porter, BBC News", "By political reporter
 * Jane Norman", "BY KIM SOO-YEON" (the writer is no one the story is
 * about). */
static gboolean
is_byline (const char *l)
{
  gsize n = strlen (l);
  if (!n || l[n - 1] == '.' || strchr (l, '"') || count_words (l, 11) > 10)
    return FALSE;
  if (l[0] == 'B' && (l[1] == 'y' || l[1] == 'Y') && l[2] == ' ')
    return TRUE;
  /* ("by Rita Dogley", "(By Joseph Yeh)": a name after it) */
  if ((l[0] == 'b' && l[1] == 'y' && l[2] == ' ' && g_ascii_isupper (l[3]))
      || (l[0] == '(' && (l[1] == 'B' || l[1] == 'b') && l[2] == 'y' && l[3] == ' ' && l[n - 1] == ')'))
    return TRUE;
  /* "Nadia Rahman, Special to Gulf News", "Jane Doe, Staff Reporter",
   * "Jane Doe | Correspondent": a name of two to four capitalized words,
   * then the writer's role */
  guint words = 0;
  const char *p = l;
  while (*p && words < 5)
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isupper (c))
        return FALSE;
      words++;
      while (*p && *p != ' ' && *p != ',' && *p != '|')
        p++;
      if (*p != ' ' || p[1] == '|' || p[1] == '-')
        break;
      p++;
    }
  if (words < 2 || words > 4)
    return FALSE;
  while (*p == ' ')
    p++;
  /* "Rana Haddad| The Daily Star", "Jane Doe | CBC News": the name, a bar
   * and the outlet's capitalized words */
  if (*p == '|')
    {
      const char *q = p + 1;
      guint outlet = 0;
      for (;;)
        {
          while (*q == ' ')
            q++;
          if (!*q)
            break;
          if (!g_unichar_isupper (g_utf8_get_char (q)) || ++outlet > 5)
            {
              outlet = 0;
              break;
            }
          while (*q && *q != ' ')
            q++;
        }
      if (outlet > 0)
        return TRUE;
    }
  while (*p == ' ' || *p == ',' || *p == '|' || *p == '-')
    p++;
  static const char *const roles[] = {
    "special to ", "staff ", "correspondent", "reporter", "senior reporter", "senior correspondent",
    "contributor", "contributing ", "writer", "bureau chief", "political ", "diplomatic ", "for ",
    NULL
  };
  for (const char *const *r = roles; *r; r++)
    if (g_ascii_strncasecmp (p, *r, strlen (*r)) == 0)
      return TRUE;
  return FALSE;
}

/* TRUE for a line of credits of writers and editors: "AGERPRES (RO -
 * author: Ana Pop, editor: Dan Ionescu; EN - author: ...)" */
static gboolean
is_credit_line (const char *l)
{
  if (count_words (l, 31) > 30)
    return FALSE;
  const char *a = strstr (l, "author: "), *e = strstr (l, "editor: ");
  if (a && e)
    return TRUE;
  /* "(By Joseph Yeh)" closing a story */
  gsize n = strlen (l);
  return n > 6 && n < 60 && l[0] == '(' && (l[1] == 'B' || l[1] == 'b') && l[2] == 'y' && l[3] == ' '
         && g_ascii_isupper (l[4]) && l[n - 1] == ')' && !memchr (l + 1, '(', n - 2);
}

/* TRUE if the line is a short run of capitalized words and nothing else,
 * as a writer's name under the headline ("Derek Koh Jia Hao"): no lead. */
static gboolean
is_name_line (const char *l)
{
  guint words = 0;
  gboolean start = TRUE;
  for (const char *p = l; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      /* ("Louise Tremblay · CBC News ·": a writer and the outlet) */
      if (c == ' ' || c == 0x00B7 || c == '|')
        {
          start = TRUE;
          continue;
        }
      if (!g_unichar_isalpha (c) && c != '-' && c != '\'' && c != '.')
        return FALSE;
      if (start)
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          words++;
          start = FALSE;
        }
    }
  return words >= 2 && words <= 5;
}

/* TRUE if the line opens with a name of two to five capitalised words
 * and " is ": "Tom Lambert is a correspondent" (a writer's line), not
 * "\"This is a historic step,\" X told reporters". */
static gboolean
name_before_is (const char *l)
{
  const char *is = strstr (l, " is ");
  if (!is || is - l > 60)
    return FALSE;
  g_autofree char *name = g_strndup (l, (gsize) (is - l));
  return is_name_line (name);
}

static gboolean headline_like (const char *l);

/* TRUE if a line of three words or more that looks like a headline comes
 * before line end. */
static gboolean
headline_above (char **lines, guint end)
{
  for (guint i = 0; i < end; i++)
    if (*lines[i] && count_words (lines[i], 3) >= 3 && !is_boilerplate (lines[i]) && headline_like (lines[i]))
      return TRUE;
  return FALSE;
}

/* TRUE if the line starts with a word of two capitals or more. */
static gboolean
has_upper_word (const char *l)
{
  return g_unichar_isupper (g_utf8_get_char (l)) && g_unichar_isupper (g_utf8_get_char (g_utf8_next_char (l)));
}

/* Title-cases an all-caps dateline city ("NUR-SULTAN" -> "Nur-Sultan"). */
static char *
title_case (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalpha (c))
        {
          g_string_append_unichar (out, start ? g_unichar_toupper (c) : g_unichar_tolower (c));
          start = FALSE;
        }
      else
        {
          g_string_append_unichar (out, c);
          start = (c == ' ' || c == '-');
        }
    }
  return g_string_free (out, FALSE);
}

/* Sets a->date from a date string, keeping a year already known. */
static void
take_date (NgArticle *a, const char *s, gint year_hint)
{
  NgDate d;
  if (!ng_date_parse (s, &d))
    return;

  if (!d.year && year_hint)
    d.year = year_hint;
  /* A full date already known beats a month-day. */
  if (a->date && a->date[0] != '-' && !d.year)
    return;
  if (!ng_date_valid (&d))
    return;
  g_free (a->date);
  a->date = ng_date_format (&d);
}

/* Returns a site name trimmed of blanks, for the publisher. */
static char *
site_name (const char *s)
{
  char *t = g_strstrip (g_strdup (s));
  return t;
}

/* TRUE if two source names name one source: "ExampleWire.com" and
 * "ExampleWire News" share their first word. */
static gboolean
same_source (const char *a, const char *b)
{
  char *ka = ng_fold_plain (a), *kb = ng_fold_plain (b);
  char *sa = strchr (ka, ' '), *sb = strchr (kb, ' ');
  if (sa)
    *sa = '\0';
  if (sb)
    *sb = '\0';
  gboolean same = strcmp (ka, kb) == 0;
  g_free (ka);
  g_free (kb);
  return same;
}

/* Parses the source part of a "(BelTA)" or "(UrduPoint News / Sputnik - 15th
 * September, 2021)" parenthesis. */
static void
parse_paren_sources (NgArticle *a, const char *inner)
{
  char *copy = g_strdup (inner);
  /* A date after " - ". */
  char *dash = strstr (copy, " - ");
  if (dash)
    {
      *dash = '\0';
      take_date (a, dash + 3, 0);
    }
  /* "Site / Agency": the site publishes, the agency is the second source.
   * A single name is the publisher, or the agency if a "date ... Site"
   * header already named another publisher. */
  char **parts = g_strsplit (copy, "/", 3);
  GPtrArray *names = g_ptr_array_new ();
  for (guint i = 0; parts[i]; i++)
    {
      char *p = g_strstrip (parts[i]);
      if (*p)
        g_ptr_array_add (names, p);
    }
  if (names->len)
    {
      const char *first = g_ptr_array_index (names, 0);
      if (!a->publisher)
        a->publisher = site_name (first);
      if (!a->agency && names->len >= 2)
        a->agency = g_strdup (g_ptr_array_index (names, 1));
      else if (!a->agency && !same_source (a->publisher, first))
        a->agency = g_strdup (first);
    }
  g_ptr_array_unref (names);
  g_strfreev (parts);
  g_free (copy);
}

/* "(AGI) - Rome, November 4 - ": the agency in parentheses first, then the
 * city and a date (which must read as one); TRUE if taken. */
static gboolean
agency_first_dateline (NgArticle *a, GMatchInfo *m, gsize *cut)
{
  g_autofree char *agency = g_match_info_fetch (m, 1), *city = g_match_info_fetch (m, 2);
  g_autofree char *date = g_match_info_fetch (m, 3);
  NgDate d;
  if (!ng_date_parse (g_strstrip (date), &d))
    return FALSE;
  a->dateline = title_case (g_strstrip (city));
  take_date (a, date, 0);
  parse_paren_sources (a, agency);
  gint end;
  g_match_info_fetch_pos (m, 0, NULL, &end);
  *cut = (gsize) end;
  return TRUE;
}


/* Takes a dateline matched by paren_plain, without a dash: "New Delhi,
 * May 20 (PTI) Prime Minister ...", as Indian agencies write it; or by
 * paren_dot: "MOSCOW. April 18 (Interfax) -".  Only with a date before the
 * parenthesis, so that "Smith, the minister (PM) Said" and "ST. GEORGE'S
 * (AFP)" are not taken so.  Sets *cut past it; FALSE if it is none. */
/* "August 29/2025" (ENA) as "August 29, 2025"; takes s. */
static char *
slash_year (char *s)
{
  gsize n = strlen (s);
  if (n < 6 || s[n - 5] != '/' || !g_ascii_isdigit (s[n - 4]) || !g_ascii_isdigit (s[n - 1])
      || !g_ascii_isalpha (s[0]))
    return s;
  char *r = g_strdup_printf ("%.*s, %s", (int) (n - 5), s, s + n - 4);
  g_free (s);
  return r;
}

static gboolean
plain_dateline (NgArticle *a, GMatchInfo *m, gsize *cut)
{
  char *city = g_match_info_fetch (m, 1), *mid = slash_year (g_match_info_fetch (m, 2));
  char *inner = g_match_info_fetch (m, 3);
  NgDate d;
  gboolean ok = ng_date_parse (mid, &d);
  if (ok)
    {
      a->dateline = title_case (g_strstrip (city));
      take_date (a, mid, 0);
      parse_paren_sources (a, inner);
      gint end;
      g_match_info_fetch_pos (m, 0, NULL, &end);
      *cut = (gsize) end;
    }
  g_free (city); g_free (mid); g_free (inner);
  return ok;
}

/* Takes a dateline of a city in capitals and a colon or dash, matched by
 * caps: "ISLAMABAD: Prime Minister ...", "SINGAPORE - Prime Minister ..."
 * (Dawn, The Straits Times).  Not a word that heads news in capitals
 * ("BREAKING:", "UPDATE -").  Sets *cut past it. */
static void
caps_dateline (NgArticle *a, GMatchInfo *m, gsize *cut)
{
  static const char *const not_places[] = {
    "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS", "OPINION", "EDITORIAL", "LIVE",
    "PHOTOS", "VIDEO", "FACTBOX", "EXPLAINER", "CORRECTION", "URGENT", "FLASH", "NOTE", "NEWS", NULL
  };
  char *city = g_match_info_fetch (m, 1);
  g_strstrip (city);
  /* "ASTANA. KAZINFORM –": the city, then the agency */
  char *dot = strstr (city, ". ");
  if (dot && dot - city >= 3 && !strchr (dot + 2, ' '))
    {
      if (!a->publisher && dot[2])
        a->publisher = title_case (g_strstrip (dot + 2));
      *dot = '\0';
    }
  gboolean ok = g_utf8_strlen (city, -1) >= 3;
  for (const char *const *w = not_places; *w && ok; w++)
    ok = g_ascii_strcasecmp (city, *w) != 0;
  gint end;
  g_match_info_fetch_pos (m, 0, NULL, &end);
  /* (a masthead and its section are no dateline: "LE FIGARO -
   * International", "TAP - Agence Tunis Afrique Presse" have no sentence
   * after the dash) */
  const char *rest = g_match_info_get_string (m) + end;
  gsize rl = strlen (rest);
  while (rl && g_ascii_isspace (rest[rl - 1]))
    rl--;
  if (ok && count_words (rest, 7) < 7 && (rl == 0 || !strchr (".!?\"", rest[rl - 1])))
    ok = FALSE;
  /* (nor an interviewer's name and question: "SEMANA: How did the meeting
   * go?") */
  if (ok && rl && rest[rl - 1] == '?' && memchr (g_match_info_get_string (m), ':', (gsize) end))
    ok = FALSE;
  if (ok)
    {
      a->dateline = title_case (city);
      *cut = (gsize) end;
    }
  g_free (city);
}
/* The first dash between blanks in s (" - ", " – ", " — "), or NULL;
 * *after is set to what follows it. */
static char *
dash_in (char *s, const char **after)
{
  for (char *p = s; *p; p++)
    if (*p == ' ' && (p[1] == '-' || !strncmp (p + 1, "\u2013", 3) || !strncmp (p + 1, "\u2014", 3)))
      {
        const char *q = p + 1 + (p[1] == '-' ? 1 : 3);
        if (*q == ' ')
          {
            *after = q + 1;
            return p;
          }
      }
  return NULL;
}

static char *numeric_date_iso (const char *s);
static char *numeric_date_iso_of (const char *d);

/* Tries the dateline patterns on the first body line; returns the byte
 * length of the dateline prefix (0 if none). */
static gsize
parse_dateline (NgArticle *a, const char *line)
{
  const Patterns *p = patterns ();
  GMatchInfo *m = NULL;
  gsize cut = 0;
  /* A pattern is tried only on a line with its "/TASS/" slash or its
   * parenthesis. */
  gboolean slash = strchr (line, '/') != NULL, paren = strchr (line, '(') != NULL;
  if (slash && g_regex_match (p->tass, line, 0, &m))
    {
      char *city = g_match_info_fetch (m, 1), *date = g_match_info_fetch (m, 2);
      char *year = g_match_info_fetch (m, 3), *agency = g_match_info_fetch (m, 4);
      a->dateline = title_case (g_strstrip (city));
      char *iso = g_ascii_isdigit (date[0]) && strchr (date, '.') ? numeric_date_iso (date) : NULL;
      take_date (a, iso ? iso : date, year && *year ? atoi (year) : 0);
      g_free (iso);
      if (!a->publisher)
        a->publisher = g_strdup (g_strstrip (agency));
      gint end;
      g_match_info_fetch_pos (m, 0, NULL, &end);
      cut = (gsize) end;
      g_free (city); g_free (date); g_free (year); g_free (agency);
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->agency_first, line, 0, &m))
           && agency_first_dateline (a, m, &cut))
    {
      /* taken: "(AGI) - Rome, November 4 - A day of meetings ..." */
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->paren, line, 0, &m)))
    {
      char *city = g_match_info_fetch (m, 1), *mid = g_match_info_fetch (m, 2);
      char *inner = g_match_info_fetch (m, 3);
      /* "LONDON/MOSCOW, July 5 (Reuters) -": the first city */
      char *slash_c = strchr (city, '/');
      if (slash_c)
        *slash_c = '\0';
      a->dateline = title_case (g_strstrip (city));
      NgDate d;
      char *comma = strrchr (mid, ',');
      char *first_comma = strchr (mid, ',');
      char *dash;
      const char *after_dash = NULL;
      g_autofree char *iso = numeric_date_iso_of (g_strstrip (mid));
      if (iso)
        take_date (a, iso, 0);   /* ("ATHENS, 19/09/2025 (ANA-MPA) -") */
      else if (ng_date_parse (mid, &d))
        take_date (a, mid, 0);
      /* "Craiova, Romania, Sep 12, 2025 (EFE).-": the date with its year
       * after the region */
      else if (first_comma && first_comma != comma && ng_date_parse (first_comma + 1, &d))
        {
          take_date (a, first_comma + 1, 0);
          *first_comma = '\0';
          if (*g_strstrip (mid) && !a->dateline_region)
            a->dateline_region = g_strdup (mid);
        }
      else if (comma && ng_date_parse (comma + 1, &d))
        {
          /* "ARUSHA, Tanzania, Nov 30 (Reuters)" */
          take_date (a, comma + 1, 0);
          *comma = '\0';
          if (*g_strstrip (mid) && !a->dateline_region)
            a->dateline_region = g_strdup (mid);
        }
      else if ((dash = dash_in (mid, &after_dash)) && ng_date_parse (after_dash, &d))
        {
          /* "Shkodra, Albania – July 3rd (Tirana Echo) –" */
          take_date (a, after_dash, 0);
          *dash = '\0';
          if (*g_strstrip (mid) && !a->dateline_region)
            a->dateline_region = g_strdup (mid);
        }
      else if (*g_strstrip (mid) && !a->dateline_region)
        a->dateline_region = g_strdup (mid);   /* "JAKARTA, Indonesia (AP)" */
      parse_paren_sources (a, inner);
      gint end;
      g_match_info_fetch_pos (m, 0, NULL, &end);
      cut = (gsize) end;
      g_free (city); g_free (mid); g_free (inner);
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->paren_line, line, 0, &m)))
    {
      /* "ATHENS, 19/09/2025 (ANA-MPA)" alone on its line, the story in
       * the next paragraph: a city in capitals, a date, the sources */
      char *city = g_match_info_fetch (m, 1), *mid = g_match_info_fetch (m, 2);
      char *inner = g_match_info_fetch (m, 3);
      g_autofree char *iso = numeric_date_iso_of (g_strstrip (mid));
      NgDate d;
      if (iso || ng_date_parse (mid, &d))
        {
          a->dateline = title_case (g_strstrip (city));
          take_date (a, iso ? iso : mid, 0);
          parse_paren_sources (a, inner);
          gint end;
          g_match_info_fetch_pos (m, 0, NULL, &end);
          cut = (gsize) end;
        }
      g_free (city); g_free (mid); g_free (inner);
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->date_city, line, 0, &m)))
    {
      /* "November 21, 2024 (NAIROBI) - Leaders ...": the date, then the
       * city in parentheses */
      char *date = g_match_info_fetch (m, 1), *city = g_match_info_fetch (m, 2);
      NgDate d;
      if (ng_date_parse (date, &d) && d.year)
        {
          take_date (a, date, 0);
          a->dateline = title_case (g_strstrip (city));
          gint end;
          g_match_info_fetch_pos (m, 0, NULL, &end);
          cut = (gsize) end;
        }
      g_free (date);
      g_free (city);
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->paren_plain, line, 0, &m))
           && plain_dateline (a, m, &cut))
    {
      /* taken */
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->paren_dot, line, 0, &m))
           && plain_dateline (a, m, &cut))
    {
      /* taken: "MOSCOW. April 18 (Interfax) -", with a date only */
    }
  else if ((g_match_info_free (m), m = NULL, paren && g_regex_match (p->bare, line, 0, &m)))
    {
      char *city = g_match_info_fetch (m, 1), *inner = g_match_info_fetch (m, 2);
      char *dash = g_match_info_fetch (m, 3);
      /* Only an all-caps city counts: "MOSCOW (Sputnik)"; and only a
       * parenthesis naming sources, not "NATO (North Atlantic Treaty
       * Organization) said".  A city in title case needs one agency's
       * name and a dash: "Tegucigalpa (EFE).-", "Moscow (Reuters) -". */
      gboolean caps = TRUE;
      for (const char *c = city; *c; c = g_utf8_next_char (c))
        if (g_unichar_islower (g_utf8_get_char (c)))
          caps = FALSE;
      if (!caps && dash && *dash && count_words (city, 4) <= 3 && !strchr (inner, ' ')
          && g_unichar_isupper (g_utf8_get_char (inner)))
        caps = TRUE;
      g_free (dash);
      gboolean sources = strchr (inner, '/') || strstr (inner, " - ") || count_words (inner, 3) <= 2;
      /* ("MELBOURNE (March 6): ...": a day in the parentheses) */
      NgDate pd;
      gboolean day = ng_date_parse (inner, &pd) && pd.month && pd.day;
      if (caps && (sources || day) && g_utf8_strlen (g_strstrip (city), -1) >= 3)
        {
          a->dateline = title_case (city);
          if (day)
            take_date (a, inner, 0);
          else
            parse_paren_sources (a, inner);
          gint end;
          g_match_info_fetch_pos (m, 0, NULL, &end);
          cut = (gsize) end;
        }
      g_free (city); g_free (inner);
    }
  if (!cut && !a->dateline && g_unichar_isupper (g_utf8_get_char (line)) && strchr (line, ',')
      && (strchr (line, '.') || strchr (line, '-') || strchr (line, ':') || strstr (line, "—") || strstr (line, "–")))
    {
      /* "BAKU, Azerbaijan, March 4. Azerbaijani President ...": a city in
       * capitals, maybe a region, a date and maybe an agency, then a dot,
       * a dash or a colon ("NAIROBI, Kenya, February 9, 2025 - ",
       * "KATHMANDU, May 17: ") */
      g_match_info_free (m);
      m = NULL;
      if (g_regex_match (p->caps_date, line, 0, &m))
        {
          char *city = g_match_info_fetch (m, 1), *region = g_match_info_fetch (m, 2);
          char *date = g_match_info_fetch (m, 3), *year = g_match_info_fetch (m, 4);
          char *agency = g_match_info_fetch (m, 5);
          NgDate d;
          if (ng_date_parse (date, &d))
            {
              a->dateline = title_case (g_strstrip (city));
              take_date (a, date, year && *year ? atoi (year) : 0);
              if (region && *region && !a->dateline_region)
                a->dateline_region = g_strdup (g_strstrip (region));
              if (agency && *agency && !a->publisher)
                a->publisher = g_strdup (agency);
              gint end;
              g_match_info_fetch_pos (m, 0, NULL, &end);
              cut = (gsize) end;
              /* "KYIV, March 15, 2025. Ukrinform.": the agency after the
               * date ends the line */
              const char *rest = line + cut;
              gsize rl = strlen (rest);
              while (rl && (rest[rl - 1] == '.' || g_ascii_isspace (rest[rl - 1])))
                rl--;
              if (rl >= 2 && rl <= 20 && !memchr (rest, ' ', rl) && g_ascii_isupper (rest[0]))
                {
                  if (!a->publisher)
                    a->publisher = g_strndup (rest, rl);
                  cut = strlen (line);
                }
            }
          g_free (city); g_free (region); g_free (date); g_free (year); g_free (agency);
        }
    }
  if (!cut && !a->dateline && strchr (line, ','))
    {
      /* "Accra, June 23, GNA - President ...": a city, a date and an
       * agency in capitals, then a dash */
      g_match_info_free (m);
      m = NULL;
      if (g_regex_match (p->agency_dash, line, 0, &m))
        {
          char *city = g_match_info_fetch (m, 1), *date = g_match_info_fetch (m, 2);
          char *year = g_match_info_fetch (m, 3), *agency = g_match_info_fetch (m, 4);
          NgDate d;
          if (ng_date_parse (date, &d))
            {
              a->dateline = title_case (g_strstrip (city));
              take_date (a, date, year && *year ? atoi (year) : 0);
              if (!a->publisher)
                a->publisher = g_strdup (agency);
              gint end;
              g_match_info_fetch_pos (m, 0, NULL, &end);
              cut = (gsize) end;
            }
          g_free (city); g_free (date); g_free (year); g_free (agency);
        }
    }
  if (!cut && !a->dateline && strchr (line, '.') && strchr (line, ','))
    {
      /* "TEMPO.CO, Jakarta - ", "JAKARTA, KOMPAS.com - ": a web outlet's
       * name and its city */
      g_match_info_free (m);
      m = NULL;
      if (g_regex_match (p->site, line, 0, &m))
        {
          char *city = g_match_info_fetch_named (m, "city"), *site = g_match_info_fetch_named (m, "site");
          if (!city || !*city)
            {
              g_free (city);
              g_free (site);
              city = g_match_info_fetch_named (m, "ccity");
              site = g_match_info_fetch_named (m, "csite");
            }
          a->dateline = title_case (g_strstrip (city));
          if (!a->publisher)
            a->publisher = g_strdup (site);
          gint end;
          g_match_info_fetch_pos (m, 0, NULL, &end);
          cut = (gsize) end;
          g_free (city);
          g_free (site);
        }
    }
  if (!cut && !a->dateline)
    {
      g_match_info_free (m);
      m = NULL;
      if (g_regex_match (p->caps, line, 0, &m))
        caps_dateline (a, m, &cut);
      else
        {
          g_match_info_free (m);
          m = NULL;
          if (g_regex_match (p->caps_dot_dash, line, 0, &m))
            caps_dateline (a, m, &cut);
          else
            {
              g_match_info_free (m);
              m = NULL;
              if (g_regex_match (p->caps_region, line, 0, &m))
                {
                  caps_dateline (a, m, &cut);
                  if (cut && !a->dateline_region)
                    {
                      char *region = g_match_info_fetch (m, 2);
                      a->dateline_region = title_case (g_strstrip (region));
                      g_free (region);
                    }
                }
            }
        }
    }
  if (!cut && !a->dateline)
    {
      /* "Nairobi — President ...", "Honiara, Solomon Islands – ...": a
       * city in Title Case and a dash, a dateline only where a lexicon
       * knows the city (or the country after it); the words stay */
      g_match_info_free (m);
      m = NULL;
      /* ("Asmara, 16 February 2025 – The Foreign Ministers ...": and a
       * date between them) */
      if (strchr (line, ',') && g_regex_match (p->title_date_dash, line, 0, &m))
        {
          char *city = g_match_info_fetch (m, 1), *date = g_match_info_fetch (m, 2);
          NgDate d;
          if (ng_date_parse (date, &d) && d.month && d.day)
            {
              a->dateline = g_strdup (g_strstrip (city));
              a->dateline_known_only = TRUE;
              take_date (a, date, 0);
            }
          g_free (city);
          g_free (date);
        }
      else if ((g_match_info_free (m), m = NULL, g_regex_match (p->title_dash, line, 0, &m)))
        {
          char *city = g_match_info_fetch (m, 1), *region = g_match_info_fetch (m, 2);
          a->dateline = g_strdup (g_strstrip (city));
          a->dateline_known_only = TRUE;
          if (region && *region && !a->dateline_region)
            a->dateline_region = g_strdup (g_strstrip (region));
          g_free (city);
          g_free (region);
        }
    }
  g_match_info_free (m);
  return cut;
}

/* FALSE if a line (stripped, not empty) cannot be a date-time line: the
 * datetime pattern ends with a digit, "GMT", "UTC", "AM" or "PM", and
 * then only blanks, which are not ASCII here; or a "Published" line goes
 * on with a byline. */
static gboolean
may_be_datetime (const char *l)
{
  char c = l[strlen (l) - 1];
  return (guchar) c >= 0x80 || g_ascii_isdigit (c) || g_ascii_isupper (c) || c == 'm' || c == '.' || c == ')'
         /* ("... 5:26 PM  [ Last Update: ... 7:02 PM ]") */
         || c == ']'
         /* ("December 20, 2025 at 13:40h") */
         || (c == 'h' && strlen (l) >= 2 && g_ascii_isdigit (l[strlen (l) - 2]))
         /* ("04.02.2026, 19.12 Uhr", as German sites write the time) */
         || g_str_has_suffix (l, " Uhr")
         /* "Published on 16/09/2025 - 18:12 By Carolina Pimentel - Agência
          * Brasil reporter - Brasília" */
         || ((l[0] == 'P' || l[0] == 'U') && (strstr (l, " By ") || strstr (l, " By: ")))
         /* "KYODO NEWS - Mar 22, 2025 - 20:47 | World, All" */
         || strstr (l, " | ") != NULL
         /* "24.04.2025 - Press release" */
         || (g_ascii_isdigit (l[0]) && strstr (l, " - ") != NULL);
}

/* A numeric date "01.04.2025" or "01/04/2025" as ISO: day first (the
 * dotted form is never month first, and outlets that put the month first
 * spell it), unless the second number cannot be a month. */
static char *
numeric_date_iso (const char *s)
{
  int x, y, year;
  char sep1, sep2;
  if (sscanf (s, "%d%c%d%c%d", &x, &sep1, &y, &sep2, &year) != 5)
    return NULL;
  /* ("2025/10/09": the year first, as East Asian sites write it) */
  if (x >= 1000)
    return g_strdup_printf ("%04d-%02d-%02d", x, y, year);
  int day = x, month = y;
  if (y > 12 && x <= 12)
    day = y, month = x;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* numeric_date_iso of a date of digits with slashes or dots ("09/07/2025",
 * "2025.12.09"); NULL for a date of words ("14 Sept. 2025"). */
static char *
numeric_date_iso_of (const char *d)
{
  gsize n = strlen (d);
  if (!n || !g_ascii_isdigit (d[0]) || !g_ascii_isdigit (d[n - 1]) || !strpbrk (d, "/."))
    return NULL;
  return numeric_date_iso (d);
}

/* If line l matches re, takes the date of its first group; TRUE if it did. */
static gboolean
take_date_line (NgArticle *a, const GRegex *re, const char *l)
{
  GMatchInfo *m = NULL;
  gboolean hit = g_regex_match (re, l, 0, &m);
  if (hit)
    {
      char *d = g_match_info_fetch_named (m, "date");
      if (!d)
        d = g_match_info_fetch (m, 1);   /* (the iso pattern) */
      /* ("21-March-2025": dashes between a day, a month's name and a year) */
      if (g_ascii_isdigit (d[0]) && strchr (d, '-') && !strchr (d, ' '))
        {
          gboolean alpha = FALSE;
          for (const char *q = d; *q && !alpha; q++)
            alpha = g_ascii_isalpha (*q);
          if (alpha)
            g_strdelimit (d, "-", ' ');
        }
      char *iso = strpbrk (d, "/")
                      || ((strchr (d, '.') || (strchr (d, '-') && strlen (d) >= 4 && d[4] != '-'))
                          && g_ascii_isdigit (d[strlen (d) - 1]) && g_ascii_isdigit (d[0]) && strchr (d, ' ') == NULL)
                    ? numeric_date_iso (d) : NULL;
      /* ("Oct - 05 - 2024": dashes between the parts) */
      if (g_ascii_isalpha (d[0]) && strstr (d, " - "))
        {
          GString *g = g_string_new (NULL);
          for (const char *q = d; *q; q++)
            if (!(*q == '-' && q > d && q[-1] == ' ' && q[1] == ' '))
              g_string_append_c (g, *q);
          g_free (d);
          d = g_string_free (g, FALSE);
        }
      /* ("Apr.28.2025": a month's name and dots; "27. Feb 2024": a day's) */
      if ((g_ascii_isalpha (d[0]) && !strchr (d, ' ')) || (g_ascii_isdigit (d[0]) && strchr (d, ' ')))
        g_strdelimit (d, ".", ' ');
      /* ("2025.06.24": the year first) */
      if (strlen (d) == 10 && d[4] == '.' && d[7] == '.')
        {
          g_free (iso);
          iso = g_strdup (d);
          iso[4] = iso[7] = '-';
        }
      take_date (a, iso ? iso : d, 0);
      /* "NEW DELHI, July 02, 2025 09:14 IST": the dateline's city; else the
       * city before a bullet ("Jakarta ● Fri, May 16, 2025"), after the
       * time ("Published - November 16, 2025 12:42 am IST - NEW DELHI"),
       * or before a dash ("Cuenca - NOV 16, 2024 - 05:30 CET"; not
       * "Published - ...") */
      /* ("Doha / Information Office / 14 October 2025": a city, an office
       * and the date, between slashes; the city kept only if known) */
      static const char *const groups[] = { "city", "bcity", "tcity", "dcity", "scity" };
      static const char *const not_cities[] = {
        "Published", "Updated", "Posted", "Modified", "Added", "Written", "Date", "Last", "First", "By", NULL
      };
      char *city = NULL;
      for (guint gi = 0; gi < G_N_ELEMENTS (groups) && (!city || !*city); gi++)
        {
          g_free (city);
          city = g_match_info_fetch_named (m, groups[gi]);
          for (const char *const *w = not_cities; city && gi == 3 && *w; w++)
            if (g_str_has_prefix (city, *w))
              city[0] = '\0';
        }
      if (city && *city && !a->dateline && !ng_date_weekday_of_word (city, strlen (city))
          && !ng_date_month (city, strlen (city)))
        {
          a->dateline = title_case (g_strstrip (city));
          g_free (city);
          city = g_match_info_fetch_named (m, "scity");
          if (city && *city)
            a->dateline_known_only = TRUE;
        }
      g_free (city);
      g_free (iso);
      g_free (d);
    }
  g_match_info_free (m);
  return hit;
}

/* "Updated 12:41 PM GMT+2, June 24, 2025", "Posted on Monday, 30 June
 * 2025 11:03", "Updated : 04/22/2026 08:15 GMT + 7", "Published: 26
 * September ,2025: 04:15 AM GST": a line that says when the page was
 * published, in a form the date-time pattern does not know, and a full
 * date somewhere in it; TRUE if it set the date (a date already known
 * stays). */
static gboolean
stamped_line (NgArticle *a, const GRegex *re, const char *l)
{
  if (a->date && a->date[0] != '-')
    return FALSE;
  GMatchInfo *m = NULL;
  gboolean taken = FALSE;
  if (g_regex_match (re, l, 0, &m))
    {
      g_autofree char *d = g_match_info_fetch_named (m, "date");
      g_autofree char *iso = numeric_date_iso_of (d);
      take_date (a, iso ? iso : d, 0);
      taken = a->date && a->date[0] != '-';
    }
  g_match_info_free (m);
  return taken;
}

/* Days from month-day (m, d) of year y to date x (x valid; G_MAXINT if
 * the month-day is not a date of y). */
static gint
days_to (gint y, gint m, gint d, const NgDate *x)
{
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return G_MAXINT;
  GDate a, b;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  g_date_set_dmy (&b, (GDateDay) x->day, (GDateMonth) x->month, (GDateYear) x->year);
  return g_date_days_between (&a, &b);
}

/* A page date of no year ("Manama, Jan. 21 (BNA):") takes the year of the
 * nearest full date of the page within 45 days of it that is a stamp (on
 * a line of a few words: "BNA 1823 GMT 2025/01/21" at the foot) or comes
 * after it ("will be held in Muscat on Sunday, 11 May 2025"): an event
 * that close ahead is of the page's year.  (Not an earlier date in the
 * text: "the first round, on 26 April 2019" may be of any year.) */
static void
year_nearby (NgArticle *a, const Patterns *p, char **lines, guint n)
{
  NgDate page = { 0, 0, 0 };
  if (sscanf (a->date, "--%2d-%2d", &page.month, &page.day) != 2 || !ng_date_valid (&page))
    return;
  gint best = 46, year = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!strpbrk (lines[i], "0123456789"))
        continue;
      gboolean stamp = count_words (lines[i], 9) <= 8;
      GMatchInfo *m = NULL;
      g_regex_match (p->full_date, lines[i], 0, &m);
      for (; g_match_info_matches (m); g_match_info_next (m, NULL))
        {
          g_autofree char *s = g_match_info_fetch (m, 0);
          g_autofree char *iso = numeric_date_iso_of (s);
          NgDate x;
          if (!ng_date_parse (iso ? iso : s, &x) || !x.year || !ng_date_valid (&x))
            continue;
          /* (the page's month-day in the year before, of and after it) */
          for (gint y = x.year - 1; y <= x.year + 1; y++)
            {
              gint days = days_to (y, page.month, page.day, &x);
              if (days != G_MAXINT && (stamp || days >= 0) && ABS (days) < best)
                best = ABS (days), year = y;
            }
        }
      g_match_info_free (m);
    }
  if (!year)
    return;
  page.year = year;
  g_free (a->date);
  a->date = ng_date_format (&page);
}

/* Takes the page's date from the first date line among the first three
 * lines with words of the body [start, n) (head set: also a publishing
 * line, stamped_line) or among its last six (head unset), and blanks
 * that line. */
static void
body_date_line (NgArticle *a, const Patterns *p, char **lines, guint start, guint n, gboolean head)
{
  guint seen = 0;
  for (guint j = 0; start + j < n && seen < (head ? 3u : 6u); j++)
    {
      char *l = lines[head ? start + j : n - 1 - j];
      if (!*l)
        continue;
      seen++;
      if ((may_be_datetime (l) && take_date_line (a, p->datetime, l)) || (head && stamped_line (a, p->stamped, l)))
        {
          l[0] = '\0';
          return;
        }
    }
}

/* Eight bytes at once, for the scans of decode. */
#define BYTES_01 G_GUINT64_CONSTANT (0x0101010101010101)
#define BYTES_80 G_GUINT64_CONSTANT (0x8080808080808080)

/* The eight bytes at p as one word. */
static inline guint64
load8 (const char *p)
{
  guint64 w;
  memcpy (&w, p, sizeof w);
  return w;
}

/* g_utf8_validate_len for text without NUL bytes, skipping ASCII eight
 * bytes at a time: only the runs of other bytes go to glib.  An ASCII
 * byte ends any character before it and starts one, so each run is valid,
 * or fails at the same byte (*bad), as it would within the whole text. */
static gboolean
utf8_validate (const char *s, gsize len, const char **bad)
{
  const char *p = s, *end = s + len;
  while (p < end)
    {
      if (end - p >= 8 && !(load8 (p) & BYTES_80))
        p += 8;
      else if (!((guchar) *p & 0x80))
        p++;
      else
        {
          const char *q = p + 1;
          while (q < end && ((guchar) *q & 0x80))
            q++;
          if (!g_utf8_validate_len (p, (gsize) (q - p), bad))
            return FALSE;
          p = q;
        }
    }
  return TRUE;
}

/* TRUE if one of the eight bytes at p is a control character (below
 * 0x20, line ends included): subtracting 0x20 from each sets the top bit
 * of such a byte, and of no byte above it unless one below borrowed, and
 * the bytes from 0x80 up are masked out. */
static inline gboolean
has_control (const char *p)
{
  guint64 w = load8 (p);
  return ((w - 0x20 * BYTES_01) & ~w & BYTES_80) != 0;
}

/* TRUE if decode rewrites byte c: a CR or a control character but LF and
 * tab. */
static inline gboolean
needs_rewrite (char c)
{
  return (guchar) c < 0x20 && c != '\n' && c != '\t';
}

/* Decodes bytes into valid UTF-8 with LF line ends; sets a warning on repairs. */
static char *
decode (const char *source, const char *data, gsize len, char **warning, GError **error)
{
  char *utf8 = NULL;
  gsize n = len;
  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE)
                   || ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      const char *cs = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;
      GError *e = NULL;
      utf8 = g_convert (data + 2, (gssize) (len - 2), "UTF-8", cs, NULL, &written, &e);
      if (!utf8)
        {
          g_set_error (error, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_BINARY,
                       "%s: cannot convert from %s: %s", source, cs, e->message);
          g_error_free (e);
          return NULL;
        }
      n = written;
    }
  else
    {
      if (memchr (data, '\0', len))
        {
          g_set_error (error, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_BINARY,
                       "%s: binary file (NUL bytes), not an article", source);
          return NULL;
        }
      if (len >= 3 && (guchar) data[0] == 0xEF && (guchar) data[1] == 0xBB && (guchar) data[2] == 0xBF)
        data += 3, len -= 3;
      const char *bad = NULL;
      if (!utf8_validate (data, len, &bad))
        {
          *warning = g_strdup_printf ("%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT " (and maybe later) replaced",
                                      source, (gsize) (bad - data));
          utf8 = g_utf8_make_valid (data, (gssize) len);
        }
      else
        utf8 = g_strndup (data, len);
      n = strlen (utf8);
    }
  /* CRLF and CR to LF; drop other control characters but tab.  The bytes
   * before the first such one stay: words of eight printable bytes are
   * passed over whole. */
  gsize i = 0;
  while (i < n)
    {
      if (i + 8 <= n && !has_control (utf8 + i))
        i += 8;
      else if (needs_rewrite (utf8[i]))
        break;
      else
        i++;
    }
  gsize o = i;
  for (; i < n; i++)
    {
      char c = utf8[i];
      if (c == '\r')
        {
          if (i + 1 < n && utf8[i + 1] == '\n')
            continue;
          c = '\n';
        }
      else if (needs_rewrite (c))
        c = ' ';
      utf8[o++] = c;
    }
  utf8[o] = '\0';
  return utf8;
}

/* TRUE if a line can be a headline: two to 25 words, no final full stop. */
static gboolean
headline_like (const char *l)
{
  guint w = count_words (l, 26);
  gsize ll = strlen (l);
  /* (not a sentence and a credit after it: "... co-chair the meeting
   * yesterday. MFAIC", a photo caption) */
  /* (nor a caption with its credit: "... in Tirana, 16 May 2025 -
   * Copyright AP Photo") */
  if (strstr (l, "Copyright ") || g_str_has_suffix (l, " Photo"))
    return FALSE;
  /* (a sentence's end: a word of four letters or more, not "St.") */
  const char *d = g_strrstr (l, ". ");
  gsize wl = 0;
  while (d && d - wl > l && g_ascii_isalpha (d[-1 - (gssize) wl]))
    wl++;
  if (d && wl >= 4 && g_ascii_islower (d[-1]) && g_ascii_isupper (d[2]) && strlen (d + 2) < 60
      && count_words (d + 2, 4) <= 3)
    return FALSE;
  return w >= 2 && w <= 25 && ll && l[ll - 1] != '.' && !is_byline (l)
         && !(l[0] == '-' && l[1] == ' ');   /* (a point of a list of highlights) */
}

/* Splits text at its line ends in place into lines stripped of blanks, as
 * g_strsplit and g_strstrip would but without copies: the lines point into
 * text.  Sets *n to their number: none for an empty text, as g_strsplit. */
static char **
split_lines (char *text, gsize len, guint *n)
{
  char *end = text + len;
  guint count = len ? 1 : 0;
  for (const char *c = text; (c = memchr (c, '\n', (gsize) (end - c))); c++)
    count++;
  char **lines = g_new (char *, count + 1);
  char *p = text;
  for (guint i = 0; i < count; i++)
    {
      char *nl = memchr (p, '\n', (gsize) (end - p));
      char *e = nl ? nl : end;
      while (p < e && g_ascii_isspace (*p))
        p++;
      while (e > p && g_ascii_isspace (e[-1]))
        e--;
      *e = '\0';
      lines[i] = p;
      p = nl ? nl + 1 : end;
    }
  lines[count] = NULL;
  *n = count;
  return lines;
}

/* TRUE if s has a lowercase letter (a credit line "ISTANBUL / DAILY SABAH"
 * has none). */
static gboolean
has_lower (const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* TRUE for a site's breadcrumb trail: "Home > News > Politics". */
static gboolean
is_breadcrumb (const char *l)
{
  return strstr (l, " > ") || strstr (l, " \u00bb ") || strstr (l, " \u203a ")
         /* ("NEWS | EAST AFRICA", "Economy | Trade": a section's label) */
         || (strstr (l, " | ") && (!has_lower (l) || (count_words (l, 5) <= 4 && !strpbrk (l, ":.,0123456789"))));
}

/* TRUE for a line that may be a place's name alone: one to three
 * capitalized words of letters ("Doha", "Abu Dhabi"). */
static gboolean
place_like (const char *l)
{
  guint words = count_words (l, 4);
  if (words < 1 || words > 3 || strlen (l) > 40)
    return FALSE;
  gboolean start = TRUE;
  for (const char *p = l; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      if (ch == ' ' || ch == '-')
        {
          start = TRUE;
          continue;
        }
      if (!g_unichar_isalpha (ch) && ch != '\'')
        return FALSE;
      if (start && !g_unichar_isupper (ch))
        return FALSE;
      start = FALSE;
    }
  return TRUE;
}

/* TRUE if the line is a place's name, or a venue or a city and where it
 * is: "The Kremlin, Moscow", "Harare, Zimbabwe". */
static gboolean
place_line_like (const char *l)
{
  const char *comma = strchr (l, ',');
  if (!comma)
    return place_like (l);
  if (strchr (comma + 1, ',') || comma[1] != ' ' || strlen (l) > 60)
    return FALSE;
  g_autofree char *head = g_strndup (l, (gsize) (comma - l));
  return place_like (head) && place_like (comma + 2);
}

/* TRUE if the line starts with a caption's label: "Photo caption:",
 * "Caption:". */
static gboolean
caption_label (const char *l)
{
  return g_ascii_strncasecmp (l, "photo caption:", 14) == 0 || g_ascii_strncasecmp (l, "caption:", 8) == 0;
}

/* TRUE if the text from s to e is a photo credit of names between
 * slashes, each of one to four capitalized words: "Michael Reinholt/AFP/
 * Getty Images", "AP Photo/Evan Vucci". */
static gboolean
slash_credit (const char *s, const char *e)
{
  guint parts = 0;
  while (s < e)
    {
      const char *end = memchr (s, '/', (gsize) (e - s));
      if (!end)
        end = e;
      guint words = 0;
      for (const char *w = s; w < end;)
        {
          while (w < end && *w == ' ')
            w++;
          if (w >= end)
            break;
          /* (and "via": "(Daniel Roland/AFP via Getty Images)") */
          if (!g_ascii_isupper (*w) && !(*w & 0x80) && !(end - w >= 4 && !strncmp (w, "via ", 4) && words))
            return FALSE;
          words++;
          while (w < end && *w != ' ')
            w++;
        }
      if (words == 0 || words > 4)
        return FALSE;
      parts++;
      s = end + 1;
    }
  return parts >= 2;
}

/* The offset of a credit "Name Name (AGENCY)" closing line l, of length
 * len, after a sentence's full stop; else -1. */
static gssize
name_agency_credit (const char *l, gsize len)
{
  if (len < 12 || l[len - 1] != ')')
    return -1;
  const char *close = l + len - 1, *open = close;
  while (open > l && *open != '(')
    open--;
  if (*open != '(' || close - open < 3 || close - open > 32 || open - l < 4 || open[-1] != ' ')
    return -1;
  /* (the agency: capitalized words, "EFE", "Getty Images") */
  for (const char *p = open + 1; p < close; p++)
    if (g_ascii_isdigit (*p) || ((p == open + 1 || p[-1] == ' ') && g_ascii_islower (*p)))
      return -1;
  /* (the name: one to four capitalized words, after ". ") */
  const char *s = open - 1;
  guint words = 0;
  while (s > l)
    {
      const char *w = s;
      while (w > l && w[-1] != ' ')
        w--;
      if (!g_unichar_isupper (g_utf8_get_char (w)) || w[0] == '(' || memchr (w, '.', (gsize) (s - w)))
        return -1;
      words++;
      if (w - l < 3)
        return -1;
      if (w[-2] == '.')
        {
          guint before = 0;   /* (words of the caption before it) */
          for (const char *p = l; p < w; p++)
            before += *p == ' ';
          return before >= 4 ? w - l : -1;
        }
      if (words >= 4)
        return -1;
      s = w - 1;
    }
  return -1;
}

/* If the line is a photo caption, a short line with a credit ("... at
 * Parliament on Friday. Photo: RNZ / Tom Hartley", "PHOTO: MCI", "—
 * Photo courtesy Foreign Office", "Photo courtesy of the press service"),
 * the byte offset where its credit starts (its length if none); else -1. */
static gssize
caption_credit (const char *l)
{
  gsize len = strnlen (l, 401);
  if (len > 400)
    return -1;
  /* "[Photo caption] South Korean Foreign Minister ...", "Photo caption:
   * ..." */
  if ((l[0] == '[' && g_ascii_strncasecmp (l + 1, "photo", 5) == 0) || caption_label (l))
    return (gssize) len;
  /* "... on Monday (10 March). [EPA-EFE/MARTA KOWALCZYK]", "(Xinhua/Liu
   * Yang)": an agency's credit, a slash and the photographer, closing the
   * line */
  if (len > 2 && (l[len - 1] == ']' || l[len - 1] == ')'))
    {
      const char *open = NULL;
      for (gsize i = len - 1; i-- > 0 && !open;)
        if (l[i] == (l[len - 1] == ']' ? '[' : '('))
          open = l + i;
      const char *slash = open ? memchr (open, '/', (gsize) (l + len - open)) : NULL;
      if (slash && slash - open >= 3 && g_ascii_isupper (open[1]) && g_ascii_isupper (open[2])
          && slash[1] != ' ' && !memchr (open, ' ', (gsize) (slash - open)))
        return open - l;
      /* "(Michael Reinholt/AFP/Getty Images)", "(AP Photo/Evan Vucci)":
       * names of a few capitalized words each, between slashes */
      if (slash && open > l && slash_credit (open + 1, l + len - 1))
        return open - l;
      /* "(Photo source: Inquam Photos/Sabina Preda)", "(Photo: MFA)" */
      if (open && l[len - 1] == ')' && g_ascii_strncasecmp (open + 1, "photo", 5) == 0
          && (open[6] == ':' || g_ascii_strncasecmp (open + 6, " source:", 8) == 0
              || g_ascii_strncasecmp (open + 6, " credit:", 8) == 0))
        return open - l;
    }
  /* "... in Cuenca on Friday. José Jácome (EFE)": after the caption's
   * last sentence, a photographer and the agency */
  gssize named = name_agency_credit (l, len);
  if (named > 0)
    return named;
  /* "Keystone / Nicole Brändli": an agency and a photographer alone
   * (not a date and a time: "12 June 2026 / 17:45", "Politics | 19:26 /
   * 09.07.2025") */
  if (len < 60 && strstr (l, " / ") && l[len - 1] != '.' && count_words (l, 7) <= 6 && !g_ascii_isdigit (l[0])
      && !g_ascii_isdigit (l[len - 1]))
    return 0;
  /* "... at Garden Island on Wednesday. Credit: Sam Halloran" */
  const char *cr = strstr (l, ". Credit: ");
  if (cr)
    return cr - l + 1;
  gssize label = -1;   /* "Image: Sir Keir Starmer is welcomed ... Pic: PA": a label first */
  for (gsize i = 0; i + 4 <= len; i++)
    {
      if ((i > 0 && g_ascii_isalpha (l[i - 1])))
        continue;
      const char *r = NULL;
      if ((l[i] == 'p' || l[i] == 'P') && i + 5 <= len && g_ascii_strncasecmp (l + i, "photo", 5) == 0)
        r = l + i + 5;
      else if ((l[i] == 'p' || l[i] == 'P') && g_ascii_strncasecmp (l + i, "pic:", 4) == 0)
        r = l + i + 3;
      /* ("... on Monday. Image: Kari Solheim / NTB", "Picture: PA") */
      else if ((l[i] == 'i' || l[i] == 'I') && g_ascii_strncasecmp (l + i, "image", 5) == 0)
        r = l + i + 5;
      else if ((l[i] == 'p' || l[i] == 'P') && i + 7 <= len && g_ascii_strncasecmp (l + i, "picture", 7) == 0)
        r = l + i + 7;
      if (!r)
        continue;
      if (*r == ':' || g_ascii_strncasecmp (r, " courtesy", 9) == 0 || g_ascii_strncasecmp (r, " credit", 7) == 0
          || g_ascii_strncasecmp (r, "graph:", 6) == 0 || g_ascii_strncasecmp (r, " by ", 4) == 0)
        {
          if (i > 0 || *r != ':' || len < 40)
            return (gssize) i;
          label = (gssize) len;
        }
    }
  return label;
}

/* Appends a credit or a line of the head or foot to credits, a line each. */
static void
add_credit (GString *credits, const char *l)
{
  /* (not the parenthesis of a copyright's "(c)") */
  while (*l == ' ' || (*l == '(' && !is_copyright (l)) || *l == '[' || *l == '|' || *l == '-')
    l++;
  if (!*l || strlen (l) > 120)
    return;
  g_string_append (credits, l);
  g_string_append_c (credits, '\n');
}

/* Appends to asides the words of caption l without its credit, a
 * "[Photo caption]" tag or a closing "(Kyodo)": the names it gives
 * ("President William Ruto (left) and ..."), if it has some words. */
static void
add_caption (GString *asides, const char *l, gssize credit)
{
  const char *s = l, *e = l + credit;
  if (*s == '[')
    {
      const char *close = strchr (s, ']');
      s = close && close < e ? close + 1 : s;
    }
  else if (caption_label (s) || g_ascii_strncasecmp (s, "image:", 6) == 0 || g_ascii_strncasecmp (s, "photo:", 6) == 0)
    s = strchr (s, ':') + 1;
  if (s >= e)
    return;   /* (a credit alone: "Photo: President.az") */
  /* (a credit after the caption: "... on Tuesday. Courtesy: MoFA") */
  const char *cr = g_strstr_len (s, e - s, " Courtesy:");
  if (cr)
    e = cr;
  while (e > s && (g_ascii_isspace (e[-1]) || strchr ("([|-", e[-1]) || (guchar) e[-1] >= 0x80))
    {
      /* (an em dash before "Photo courtesy") */
      if ((guchar) e[-1] >= 0x80)
        {
          const char *prev = g_utf8_find_prev_char (s, e);
          gunichar ch = prev ? g_utf8_get_char (prev) : 0;
          if (ch != 0x2014 && ch != 0x2013)
            break;
          e = prev;
          continue;
        }
      e--;
    }
  /* a closing credit in parentheses: "(Kyodo)", "(Presidential Secretariat/Handout)" */
  if (e > s && e[-1] == ')')
    {
      const char *open = e - 1;
      while (open > s && *open != '(')
        open--;
      if (*open == '(' && e - open < 48 && open > s && (open[-1] == ' ' || open[-1] == '.')
          && (open[-1] == '.' || open[-2] == '.'))
        {
          e = open;
          while (e > s && g_ascii_isspace (e[-1]))
            e--;
        }
    }
  while (s < e && g_ascii_isspace (*s))
    s++;
  g_autofree char *words = g_strndup (s, (gsize) (e - s));
  if (count_words (words, 4) < 4)
    return;
  g_string_append_len (asides, s, e - s);
  if (e[-1] != '.')
    g_string_append_c (asides, '.');
  g_string_append (asides, "\n\n");
}

/* TRUE if line l stops where no sentence or heading would: its last
 * character is a letter, a digit, a comma or a hyphen ("He was talking
 * to", "the decades long relations between"). */
static gboolean
open_line (const char *l)
{
  gsize ll = strlen (l);
  if (!ll)
    return FALSE;
  const char *e = g_utf8_find_prev_char (l, l + ll);
  gunichar c = e ? g_utf8_get_char (e) : 0;
  return g_unichar_isalnum (c) || c == ',' || c == '-';
}

/* TRUE if the body lines start..last are text wrapped at a fixed width
 * (a wire's copy, a page's columns): lines of five words or more, none
 * longer than a column, most of them cut mid-sentence.  Paragraphs of
 * text end a sentence and run longer. */
static gboolean
hard_wrapped (char **lines, guint start, gint last)
{
  guint n = 0, open = 0;
  for (gint i = (gint) start; i <= last; i++)
    {
      if (!*lines[i])
        continue;
      /* (101 characters fit in 404 bytes: no need to count further) */
      if (g_utf8_strlen (lines[i], 404) > 100)
        return FALSE;
      if (count_words (lines[i], 5) < 5)
        continue;
      n++;
      if (open_line (lines[i]))
        open++;
    }
  return n >= 6 && open * 2 >= n;
}

/* Builds the article from decoded text: header fields, boilerplate, body. */
static void
analyse (NgArticle *a, char *text)
{
  const Patterns *p = patterns ();
  gsize len = strlen (text);
  guint n;
  char **lines = split_lines (text, len, &n);
  /* Photo captions say again what the text says, and are no headline;
   * they are kept apart, after the text, for the full names they give */
  GString *asides = g_string_new (NULL);
  GString *credits = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      gssize credit = caption_credit (lines[i]);
      if (credit < 0)
        continue;
      /* "Minister X (Photo: AFP), Jakarta: Prior to the forum, ...": a
       * caption's credit in parentheses, then the text's first
       * paragraph on the same line; the text stays */
      if (credit > 0 && lines[i][credit - 1] == '(')
        {
          char *close = strchr (lines[i] + credit, ')');
          char *rest = close ? close + 1 : NULL;
          while (rest && (*rest == ',' || *rest == ' ' || *rest == '-'))
            rest++;
          if (rest && count_words (rest, 10) >= 10)
            {
              g_autofree char *cr = g_strndup (lines[i] + credit, (gsize) (close - lines[i] - credit));
              add_caption (asides, lines[i], credit - 1);
              add_credit (credits, cr);
              lines[i] = rest;
              continue;
            }
        }
      add_caption (asides, lines[i], credit);
      add_credit (credits, lines[i] + credit);
      lines[i][0] = '\0';
    }
  GPtrArray *keep = g_ptr_array_new ();   /* borrowed line pointers */
  gsize prefix_cut = 0;
  gint body = -1;
  guint n_long = 0;
  const char *prev = NULL;
  gint hdr_end = -1;
  GString *dated = g_string_new (NULL);   /* (the date lines of the head) */
  /* "14 October، 2025": an Arabic comma in a line of few words (a
   * date line of an Arab agency's page) is a comma, in as many bytes */
  for (guint i = 0; i < n; i++)
    if (lines[i] && count_words (lines[i], 9) <= 8)
      for (char *q = strstr (lines[i], "\u060c"); q; q = strstr (q + 2, "\u060c"))
        q[0] = ',', q[1] = ' ';
  /* The last line of five words or more: a date line after it is at the
   * foot, not in the head. */
  guint last_long = n;
  while (last_long > 0 && count_words (lines[last_long - 1], 5) < 5)
    last_long--;
  last_long = last_long > 0 ? last_long - 1 : n;

  /* Header and body start: a line with a dateline among the first lines
   * (at most the fourth long one: a headline, maybe repeated, a byline
   * with its dates, a photo caption or a lead may come before it). */
  gboolean seen = FALSE;   /* a line with words before */
  for (guint i = 0; i < n && n_long < 4; i++)
    {
      char *l = lines[i];
      if (!*l)
        continue;
      /* The header pattern starts with "date", after blanks that a
       * stripped line has only if they are not ASCII. */
      GMatchInfo *m = NULL;
      if (((guchar) l[0] >= 0x80 || g_ascii_tolower (l[0]) == 'd')
          && g_regex_match (p->header, l, 0, &m))
        {
          char *d = g_match_info_fetch (m, 1), *site = g_match_info_fetch (m, 2);
          take_date (a, d, 0);
          if (!a->publisher)
            a->publisher = site_name (site);
          g_free (d);
          g_free (site);
          g_match_info_free (m);
          l[0] = '\0';
          hdr_end = (gint) i;
          continue;
        }
      g_match_info_free (m);
      /* "November 16, 2021 - Ottawa, Ontario - Global Affairs Canada"
       * alone on a line: the date and the dateline (a city the lexicons
       * know); the line stays for the places and the source it names */
      GMatchInfo *dm = NULL;
      if (!a->dateline && g_ascii_isalnum (l[strspn (l, " \t")]) && g_regex_match (p->date_city_source, l, 0, &dm))
        {
          char *day = g_match_info_fetch (dm, 1), *city = g_match_info_fetch (dm, 2);
          NgDate d;
          if (ng_date_parse (day, &d) && d.year)
            {
              take_date (a, day, 0);
              a->dateline = g_strdup (city);
              a->dateline_known_only = TRUE;
            }
          g_free (day);
          g_free (city);
        }
      g_match_info_free (dm);
      /* "KATHMANDU, DECEMBER 1" alone on a line: the dateline, without
       * the text after it */
      GMatchInfo *cm = NULL;
      gboolean caps = has_upper_word (l);
      if (!a->dateline && g_regex_match (caps ? p->city_day : p->city_day_tc, l, 0, &cm))
        {
          char *city = g_match_info_fetch (cm, 1), *day = g_match_info_fetch (cm, 2);
          NgDate d;
          if (ng_date_parse (day, &d))
            {
              take_date (a, day, 0);
              a->dateline = title_case (g_strstrip (city));
              /* (in Title Case, only a city the lexicons know: not
               * "Breaking News, March 5") */
              a->dateline_known_only = !caps;
              l[0] = '\0';
              hdr_end = (gint) i;
            }
          g_free (city);
          g_free (day);
        }
      g_match_info_free (cm);
      if (!*l)
        continue;
      /* A date-time line, or a metadata line: "Source: Xinhua | 2024-10-21
       * 16:05:12 | Editor: ...". */
      if (i < last_long
          && ((may_be_datetime (l) && take_date_line (a, p->datetime, l))
              || (strchr (l, '|') && take_date_line (a, p->iso, l))
              || (strchr (l, '.') && take_date_line (a, p->ymd_dots, l))
              || stamped_line (a, p->stamped, l)
              || (count_words (l, 11) <= 10 && stamped_line (a, p->lead_date, l))))
        {
          /* (its words stay for the outlets it names: "Ahram Online ,
           * Thursday 19 Dec 2024") */
          add_credit (dated, l);
          l[0] = '\0';
          hdr_end = (gint) i;
          continue;
        }
      /* (not a headline's kicker: "ECOWAS: Tinubu hands over to Bio,
       * urges unity" on the first line, a title without a full stop) */
      const char *colon = strchr (l, ':');
      /* (but "ISLAMABAD, Sep 15 (APP): Prime Minister X" cut by a hard
       * wrap is a dateline: its agency before the colon) */
      gboolean kicker = !seen && colon && colon > l && colon[-1] != ')' && count_words (l, 21) <= 20
                        && l[strlen (l) - 1] != '.' && i + 1 < n;
      /* (a section's label before it leaves it the first line: "Economy |
       * Trade", then "SACU: Customs union ministers brace for ...") */
      seen = seen || !is_breadcrumb (l);
      /* (nor a byline: "By Kagiso Mokgosi, in Gaborone") */
      gsize cut = kicker || (l[0] == 'B' && is_byline (l)) ? 0 : parse_dateline (a, l);
      if (cut)
        {
          body = (gint) i;
          prefix_cut = cut;
          break;
        }
      /* (not a point of a list of highlights: "What you need to know: /
       * - President X joined ...") */
      if (count_words (l, 8) >= 8 && !(prev && strcmp (prev, l) == 0)
          && !((l[0] == '-' || g_str_has_prefix (l, "\u2022")) && l[l[0] == '-' ? 1 : 3] == ' '))
        n_long++;
      prev = l;
    }

  /* A "date ..." or date-time line among the header lines ends the
   * masthead ("Site", "Press Service of ..."): the headline is looked for
   * after it first, then before it. */
  guint from = hdr_end >= 0 ? (guint) hdr_end + 1 : 0;
  guint start;
  if (body >= 0)
    {
      /* Lines before the dateline: boilerplate, section labels, the
       * headline (the first line of three or more words, else of two) and
       * maybe a lead after it, which is kept. */
      start = (guint) body;
      gint head = -1;
      /* (a line of three words or more before any of two: "Listen / 4
       * min / Share" between a date line and the dateline is no headline) */
      for (guint pass = 0; pass < 4 && head < 0; pass++)
        {
          guint lo = pass % 2 == 0 ? from : 0, hi = pass % 2 == 0 ? start : MIN (from, start);
          for (guint i = lo; i < hi && head < 0; i++)
            if (*lines[i] && !is_boilerplate (lines[i]) && !is_breadcrumb (lines[i])
                && count_words (lines[i], 3) >= (pass < 2 ? 3u : 2u) && !is_byline (lines[i])
                /* (a point of a list of highlights: "- Council meets ...") */
                && !(lines[i][0] == '-' && lines[i][1] == ' ')
                /* (after the date line, only what looks like one: not a
                 * photo caption of a sentence and its credit, "... today.
                 * --fotoBERNAMA (2025) COPYRIGHTS RESERVED") */
                && (pass % 2 == 1 || lo == 0 || headline_like (lines[i])))
              head = (gint) i;
        }
      if (head >= 0)
        a->headline = g_strdup (lines[head]);
      for (guint i = head >= 0 ? (guint) head + 1 : from; i < start; i++)
        {
          char *l = lines[i];
          if (!*l || is_boilerplate (l) || count_words (l, 3) < 3 || is_byline (l) || is_name_line (l)
              || (a->headline && g_ascii_strcasecmp (l, a->headline) == 0))
            continue;
          g_ptr_array_add (keep, l);
        }
    }
  else
    {
      /* No dateline: one-word lines and boilerplate at the top are
       * navigation; the first other line is the headline if it looks like
       * one, else the start of the body (and then a headline-like line
       * just before the date line is the headline). */
      start = n;
      gboolean writer = FALSE;   /* (a writer's line after the date line) */
      for (guint i = from; i < n; i++)
        {
          char *l = lines[i];
          if (!*l || is_boilerplate (l) || count_words (l, 2) < 2 || is_breadcrumb (l))
            continue;
          /* a writer's name under the date line, after a headline above it
           * ("Rio de Janeiro", "Apr.28.2025 at 8:40PM", "Ricardo Lima") */
          if (hdr_end >= 0 && (is_byline (l) || is_name_line (l)) && headline_above (lines, (guint) hdr_end))
            {
              writer = TRUE;
              continue;
            }
          /* "The Kremlin, Moscow" after the date line: the place, and the
           * headline is before */
          if (hdr_end >= 0 && strchr (l, ',') && place_line_like (l) && !a->place_line)
            {
              a->place_line = g_strdup (l);
              l[0] = '\0';
              continue;
            }
          if (headline_like (l) && !writer)
            {
              a->headline = g_strdup (l);
              start = i + 1;
            }
          else
            start = i;
          break;
        }
      /* Before the date line: the first line of three words or more that
       * looks like a headline; a standfirst after it stays as a lead
       * ("Erdogan to attend BRICS summit in Russia's Kazan as guest",
       * then "Communications director says ...", then the date line). */
      guint top = MIN (from, start);
      for (guint i = 0; i < top && !a->headline; i++)
        if (*lines[i] && !is_boilerplate (lines[i]) && !is_breadcrumb (lines[i]) && headline_like (lines[i])
            && count_words (lines[i], 3) >= 3)
          {
            a->headline = g_strdup (lines[i]);
            for (guint j = i + 1; j < top; j++)
              if (*lines[j] && !is_boilerplate (lines[j]) && !is_byline (lines[j]) && count_words (lines[j], 5) >= 5
                  && !is_name_line (lines[j]) && g_ascii_strcasecmp (lines[j], lines[i]) != 0)
                g_ptr_array_add (keep, lines[j]);
          }
      for (guint i = top; !a->headline && i-- > 0;)
        if (*lines[i] && !is_boilerplate (lines[i]) && !is_breadcrumb (lines[i]) && headline_like (lines[i]))
          a->headline = g_strdup (lines[i]);
      /* A place's name alone on the first line after the headline
       * ("Doha"): maybe the dateline (the extractor asks its lexicons) */
      guint pfrom = MIN (from, start);
      if (a->headline)
        for (guint i = pfrom; i < start; i++)
          if (lines[i] == NULL || g_strcmp0 (lines[i], a->headline) == 0)
            pfrom = i + 1;
      for (guint i = pfrom; i < n && i < start + 3; i++)
        {
          char *l = lines[i];
          if (!*l || is_boilerplate (l))
            continue;
          if (place_like (l))
            {
              a->place_line = g_strdup (l);
              l[0] = '\0';
            }
          break;
        }
      /* "By Ahmed Lawal, Abuja", "By Kagiso Mokgosi, in Gaborone": the
       * place the writer files from, when nothing else says it (the
       * extractor asks its lexicons) */
      for (guint i = 0; !a->place_line && i < n && i < start + 4; i++)
        {
          const char *l = lines[i];
          const char *comma = l && *l && is_byline (l) ? strrchr (l, ',') : NULL;
          if (!comma)
            continue;
          const char *pl = comma + 1;
          while (*pl == ' ')
            pl++;
          if (!strncmp (pl, "in ", 3))
            pl += 3;
          if (place_like (pl))
            a->place_line = g_strdup (pl);
        }
      /* "ISTANBUL" alone on a line after a standfirst and a byline: a
       * place in capitals before the text */
      for (guint i = pfrom; !a->place_line && i < n && i < pfrom + 8; i++)
        {
          char *l = lines[i];
          if (!*l || !place_like (l) || has_lower (l) || g_utf8_strlen (l, -1) < 4)
            continue;
          a->place_line = g_strdup (l);
          l[0] = '\0';
        }
    }

  /* A date line just after a dateline of no year ("HUELVA, 20 Nov.
   * (EUROPA PRESS) -" and then "Published: 20/11/2025 14:37"): the year
   * the dateline left out; else one at the foot of the article
   * ("Published on 01.04.2025", "Last updated: 01/02/2025"). */
  if (!a->date || a->date[0] == '-')
    body_date_line (a, p, lines, start, n, TRUE);
  if (!a->date || a->date[0] == '-')
    body_date_line (a, p, lines, start, n, FALSE);

  if (a->date && a->date[0] == '-')
    year_nearby (a, p, lines, n);

  /* Body lines, trailing boilerplate dropped. */
  gint last = (gint) n - 1;
  while (last >= (gint) start && (!*lines[last] || is_boilerplate (lines[last])
                                  || ((count_words (lines[last], 4) < 4 || !has_lower (lines[last]))
                                      && !strchr (lines[last], '.'))))
    last--;
  /* "RELATED STORIES" and the headlines of other stories under it, at the
   * foot: no sentence of this one ends there */
  for (gint h = last; h >= (gint) start && h + 12 > last; h--)
    {
      g_autofree char *k = ng_fold_plain (lines[h]);
      if (strcmp (k, "related stories") && strcmp (k, "related articles") && strcmp (k, "more stories")
          && strcmp (k, "also read") && strcmp (k, "read also") && strcmp (k, "see also")
          && strcmp (k, "you may also like") && strcmp (k, "more on this story") && strcmp (k, "related")
          && strcmp (k, "related news") && strcmp (k, "read more") && strcmp (k, "more news"))
        continue;
      gboolean headlines = TRUE;
      for (gint i = h + 1; i <= last && headlines; i++)
        {
          gsize ll = strlen (lines[i]);
          headlines = !ll || (lines[i][ll - 1] != '.' && lines[i][ll - 1] != '"');
        }
      if (!headlines)
        break;
      /* (and a block of the same above it) */
      last = h - 1;
      while (last >= (gint) start && !*lines[last])
        last--;
      h = last + 1;
    }
  /* "Tom Lambert is a defence and national security correspondent based
   * in Canberra.": the writer's line at the foot */
  if (last >= (gint) start && count_words (lines[last], 26) <= 25)
    {
      g_autofree char *k = ng_fold_plain (lines[last]);
      const char *is = strstr (k, " is a ");
      if (!is)
        is = strstr (k, " is an ");
      if (!is)
        is = strstr (k, " is the ");
      gboolean writer = is && is - k < 40 && name_before_is (lines[last])
                        && (strstr (is, "correspondent") || strstr (is, "reporter") || strstr (is, "editor")
                            || strstr (is, "writer") || strstr (is, "journalist") || strstr (is, "columnist"));
      if (writer)
        {
          last--;
          while (last >= (gint) start && !*lines[last])
            last--;
        }
    }
  /* Short lines of the head that are no text (a masthead "Voice of
   * America", an agency "KYODO") and the lines of the foot ("BNS,
   * LRT.lt", "Copyright PUNCH."): where the article's outlets are named */
  GString *edges = dated;
  for (guint i = 0; i < start && i < n; i++)
    if (*lines[i] && count_words (lines[i], 9) <= 8 && !(a->headline && !strcmp (lines[i], a->headline)))
      add_credit (edges, lines[i]);
  for (guint i = last >= 0 ? (guint) last + 1 : 0; i < n; i++)
    if (*lines[i] && count_words (lines[i], 13) <= 12)
      add_credit (edges, lines[i]);
    else if (is_copyright (lines[i]) || g_str_has_prefix (lines[i], "Copyright "))
      {
        /* (its first sentence: "Copyright (c) The Asahi Shimbun Company.
         * All rights reserved. No reproduction or ...") */
        const char *stop = strstr (lines[i], ". ");
        g_autofree char *first = g_strndup (lines[i], stop ? (gsize) (stop - lines[i]) : strlen (lines[i]));
        if (count_words (first, 13) <= 12)
          add_credit (edges, first);
      }
  if (credits->len)
    a->credits = g_string_free (credits, FALSE);
  else
    g_string_free (credits, TRUE);
  if (edges->len)
    a->edges = g_string_free (edges, FALSE);
  else
    g_string_free (edges, TRUE);
  GString *out = g_string_sized_new (len + 16);
  if (a->headline)
    {
      g_string_append (out, a->headline);
      g_string_append (out, "\n\n");
    }
  for (guint i = 0; i < keep->len; i++)
    {
      g_string_append (out, g_ptr_array_index (keep, i));
      g_string_append (out, "\n\n");
    }
  gboolean text_begun = FALSE;
  gboolean wrapped = hard_wrapped (lines, start, last);
  for (gint i = (gint) start; i <= last; i++)
    {
      char *l = lines[i];
      if (i == body)
        l += prefix_cut;
      if (!*l || is_boilerplate (l))
        continue;
      if (a->headline && g_ascii_strcasecmp (l, a->headline) == 0)
        continue;
      /* (a byline among the first lines, before the first paragraph; a
       * line of the writers' and editors' credits) */
      if ((i < (gint) start + 4 || !text_begun) && is_byline (l))
        continue;
      if (is_credit_line (l))
        continue;
      if (count_words (l, 12) >= 12)
        text_begun = TRUE;
      /* the lead: the text after a dateline that gave a date */
      if (i == body && a->date && prefix_cut)
        a->lead = out->len + 1;
      g_string_append (out, l);
      /* (a line of text cut by a hard wrap goes on in the next: the
       * blank between them, not a line end) */
      g_string_append_c (out, wrapped && open_line (l) ? ' ' : '\n');
    }
  if (out->len && out->str[out->len - 1] == ' ')
    out->str[out->len - 1] = '\n';
  if (asides->len)
    {
      g_string_append_c (out, '\n');
      a->aside = out->len + 1;
      g_string_append_len (out, asides->str, (gssize) asides->len - 1);
    }
  g_string_free (asides, TRUE);
  a->len = out->len;
  a->text = g_string_free (out, FALSE);
  g_ptr_array_unref (keep);
  g_free (lines);
}

/* Returns the stem of a path ("dir/x.txt" -> "x"). */
static char *
stem (const char *path)
{
  char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  if (dot && dot != base)
    *dot = '\0';
  return base;
}

/* Finishes an article: key from the text, identifier. */
static void
finish (NgArticle *a, const char *id)
{
  if (id && *id)
    {
      char *slug = ng_fold_slug (id);
      a->key = g_strdup_printf ("%s", slug);
      g_free (slug);
      a->identifier = g_strdup (id);
    }
  else
    {
      char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, a->text, (gssize) a->len);
      a->key = g_strndup (sum, 16);
      g_free (sum);
      if (strcmp (a->source, "-") != 0)
        a->identifier = stem (a->source);
    }
}

/* ng_article_from_bytes but for finish: no key, no identifier yet. */
static NgArticle *
read_bytes (const char *source, const char *data, gsize len, GError **error)
{
  char *warning = NULL;
  char *text = decode (source, data ? data : "", len, &warning, error);
  if (!text)
    return NULL;
  NgArticle *a = g_new0 (NgArticle, 1);
  a->source = g_strdup (source);
  a->warning = warning;
  analyse (a, text);
  g_free (text);
  gboolean empty = TRUE;
  for (const char *c = a->text; *c && empty; c++)
    if (!g_ascii_isspace (*c))
      empty = FALSE;
  if (empty)
    {
      g_set_error (error, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_EMPTY, "%s: empty article", source);
      ng_article_free (a);
      return NULL;
    }
  return a;
}

NgArticle *
ng_article_from_bytes (const char *source, const char *data, gsize len, GError **error)
{
  g_return_val_if_fail (source != NULL, NULL);
  NgArticle *a = read_bytes (source, data, len, error);
  if (a)
    finish (a, NULL);
  return a;
}

/* Returns a string member or NULL. */
static const char *
member_string (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  if (!n || JSON_NODE_TYPE (n) != JSON_NODE_VALUE || json_node_get_value_type (n) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (n);
}

/* Returns a string member as valid UTF-8 (invalid bytes replaced), or NULL. */
static char *
member_utf8 (JsonObject *o, const char *name)
{
  const char *s = member_string (o, name);
  return s ? g_utf8_make_valid (s, -1) : NULL;
}

NgArticle *
ng_article_from_json (const char *source, guint line, const char *json, gsize len, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  GError *e = NULL;
  if (!json_parser_load_from_data (parser, json, (gssize) len, &e))
    {
      g_set_error (error, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_JSON, "%s:%u: bad JSON: %s",
                   source, line, e->message);
      g_error_free (e);
      return NULL;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (!root || JSON_NODE_TYPE (root) != JSON_NODE_OBJECT)
    {
      g_set_error (error, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_JSON,
                   "%s:%u: a JSON object is expected", source, line);
      return NULL;
    }
  JsonObject *o = json_node_get_object (root);
  const char *text = member_string (o, "text");
  if (!text)
    {
      g_set_error (error, NG_ARTICLE_ERROR, NG_ARTICLE_ERROR_JSON,
                   "%s:%u: no \"text\" string", source, line);
      return NULL;
    }
  /* The key is made once, below, from the record's id, url or final
   * text. */
  char *where = g_strdup_printf ("%s:%u", source, line);
  NgArticle *a = read_bytes (where, text, strlen (text), error);
  g_free (where);
  if (!a)
    return NULL;
  /* The JSON reader passes some escapes ("\\202") through as raw bytes:
   * every field is made valid UTF-8 before use. */
  g_autofree char *title = member_utf8 (o, "title"), *date = member_utf8 (o, "date");
  g_autofree char *src = member_utf8 (o, "source"), *url = member_utf8 (o, "url");
  g_autofree char *id = member_utf8 (o, "id");
  if (title && *title)
    {
      /* The title heads the text, once: a text that starts with it
       * already has it there. */
      gboolean has = a->headline && g_ascii_strcasecmp (a->headline, title) == 0;
      g_free (a->headline);
      a->headline = g_strdup (title);
      if (!has)
        {
          char *t = g_strconcat (title, "\n\n", a->text, NULL);
          g_free (a->text);
          a->text = t;
          a->len = strlen (t);
          /* (the offsets into the text move with it) */
          if (a->lead)
            a->lead += strlen (title) + 2;
          if (a->aside)
            a->aside += strlen (title) + 2;
        }
    }
  if (date && *date)
    {
      char *d10 = g_strndup (date, 10);
      NgDate d;
      if (ng_date_parse (d10, &d) || ng_date_parse (date, &d))
        {
          g_free (a->date);
          a->date = ng_date_format (&d);
        }
      g_free (d10);
    }
  if (src && *src)
    {
      g_free (a->publisher);
      a->publisher = g_strdup (src);
    }
  if (url && *url)
    a->url = g_strdup (url);
  finish (a, id ? id : url);
  return a;
}
