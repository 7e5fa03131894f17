/* date.c - calendar dates as news text writes them. */
#include "config.h"
#include <string.h>
#include <stdlib.h>
#include "newsgraph/date.h"

static const char *const months[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december"
};
static const char *const weekdays[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
};

/* Copies a word lowercased into buf without a final dot; FALSE if too long. */
static gboolean
lower_word (const char *w, gsize len, char *buf, gsize size)
{
  if (len && w[len - 1] == '.')
    len--;
  if (len == 0 || len >= size)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    buf[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char) (w[i] - 'A' + 'a') : w[i];
  buf[len] = '\0';
  return TRUE;
}

/* The first three letters of a word of len bytes (a final dot allowed)
 * that may be a month or a weekday (3 to 9 bytes), lowercased and packed
 * as c0 << 16 | c1 << 8 | c2; 0 for any other word. */
static inline guint32
calendar_prefix (const char *w, gsize len)
{
  if (len && w[len - 1] == '.')
    len--;
  if (len < 3 || len > 9)
    return 0;
  guint32 k = 0;
  for (gsize i = 0; i < 3; i++)
    {
      guchar ch = (guchar) w[i];
      k = k << 8 | (ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    }
  return k;
}

#define PREFIX3(a, b, c) ((guint32) (a) << 16 | (guint32) (b) << 8 | (guint32) (c))

/* Index + 1 of the month whose name starts with the packed prefix k, or 0. */
static inline gint
month_of_prefix (guint32 k)
{
  switch (k)
    {
    case PREFIX3 ('j', 'a', 'n'): return 1;
    case PREFIX3 ('f', 'e', 'b'): return 2;
    case PREFIX3 ('m', 'a', 'r'): return 3;
    case PREFIX3 ('a', 'p', 'r'): return 4;
    case PREFIX3 ('m', 'a', 'y'): return 5;
    case PREFIX3 ('j', 'u', 'n'): return 6;
    case PREFIX3 ('j', 'u', 'l'): return 7;
    case PREFIX3 ('a', 'u', 'g'): return 8;
    case PREFIX3 ('s', 'e', 'p'): return 9;
    case PREFIX3 ('o', 'c', 't'): return 10;
    case PREFIX3 ('n', 'o', 'v'): return 11;
    case PREFIX3 ('d', 'e', 'c'): return 12;
    default: return 0;
    }
}

/* Index + 1 of the weekday whose name starts with the packed prefix k, or 0. */
static inline gint
weekday_of_prefix (guint32 k)
{
  switch (k)
    {
    case PREFIX3 ('m', 'o', 'n'): return 1;
    case PREFIX3 ('t', 'u', 'e'): return 2;
    case PREFIX3 ('w', 'e', 'd'): return 3;
    case PREFIX3 ('t', 'h', 'u'): return 4;
    case PREFIX3 ('f', 'r', 'i'): return 5;
    case PREFIX3 ('s', 'a', 't'): return 6;
    case PREFIX3 ('s', 'u', 'n'): return 7;
    default: return 0;
    }
}

gint
ng_date_month (const char *word, gsize len)
{
  char buf[16];
  /* Every form of a month starts with its first three letters, and no two
   * months share them. */
  gint m = month_of_prefix (calendar_prefix (word, len));
  if (!m)
    return 0;
  if (!lower_word (word, len, buf, sizeof buf))
    return 0;
  gsize l = strlen (buf);
  gint i = m - 1;
  if (strcmp (buf, months[i]) == 0)
    return i + 1;
  /* Abbreviations: three letters (Jan, Dec) or "Sept"; not "may" twice. */
  if ((l == 3 || (l == 4 && i == 8)) && strncmp (buf, months[i], l) == 0 && i != 4)
    return i + 1;
  return 0;
}

gint
ng_date_weekday_of_word (const char *word, gsize len)
{
  char buf[16];
  gint d = weekday_of_prefix (calendar_prefix (word, len));
  if (!d)
    return 0;
  if (!lower_word (word, len, buf, sizeof buf))
    return 0;
  return strcmp (buf, weekdays[d - 1]) == 0 ? d : 0;
}

/* Days in a month; year 0 means unknown (February 29 allowed). */
static gint
days_in_month (gint year, gint month)
{
  static const gint d[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (month < 1 || month > 12)
    return 0;
  if (month == 2 && year > 0)
    return g_date_is_leap_year ((GDateYear) year) ? 29 : 28;
  return d[month - 1];
}

gboolean
ng_date_valid (const NgDate *d)
{
  if (d->month < 1 || d->month > 12 || d->day < 1)
    return FALSE;
  if (d->year && (d->year < 1000 || d->year > 9999))
    return FALSE;
  return d->day <= days_in_month (d->year, d->month);
}

/* Parses a day number like "15", "15th", "1st"; 0 if not. */
static gint
parse_day (const char *w, gsize len)
{
  gsize i = 0;
  gint v = 0;
  while (i < len && g_ascii_isdigit (w[i]) && i < 2)
    v = v * 10 + (w[i++] - '0');
  if (i == 0 || v < 1 || v > 31)
    return 0;
  if (i == len)
    return v;
  if (len - i == 2)
    {
      char a = g_ascii_tolower (w[i]), b = g_ascii_tolower (w[i + 1]);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
        return v;
    }
  return 0;
}

/* TRUE if s is "YYYY-MM-DD", alone or before a time. */
static gboolean
is_iso (const char *s)
{
  for (gsize i = 0; i < 10; i++)
    {
      gboolean dash = i == 4 || i == 7;
      if (dash ? s[i] != '-' : !g_ascii_isdigit (s[i]))
        return FALSE;
    }
  return s[10] == '\0' || s[10] == 'T' || s[10] == ' ';
}

gboolean
ng_date_parse (const char *s, NgDate *out)
{
  NgDate d = { 0, 0, 0 };
  /* ISO form, maybe followed by a time ("2021-09-15T10:00"). */
  if (is_iso (s))
    {
      d.year = atoi (s);
      d.month = atoi (s + 5);
      d.day = atoi (s + 8);
      if (!ng_date_valid (&d))
        return FALSE;
      *out = d;
      return TRUE;
    }
  /* Word forms: collect tokens. */
  char **toks = g_strsplit_set (s, " ,\t", -1);
  gint day = 0, month = 0, year = 0, n = 0;
  gboolean bad = FALSE;
  for (char **t = toks; *t && !bad; t++)
    {
      gsize l = strlen (*t);
      if (!l)
        continue;
      n++;
      gint m = ng_date_month (*t, l);
      if (m && !month)
        month = m;
      else if (!day && parse_day (*t, l))
        day = parse_day (*t, l);
      else if (!year && l == 4 && g_ascii_isdigit ((*t)[0]) && atoi (*t) >= 1000)
        year = atoi (*t);
      else if (l == 2 && (*t)[1] == '.')
        continue;
      else
        bad = TRUE;
    }
  g_strfreev (toks);
  if (bad || !month || !day || n > 3)
    return FALSE;
  d.year = year;
  d.month = month;
  d.day = day;
  if (!ng_date_valid (&d))
    return FALSE;
  *out = d;
  return TRUE;
}

char *
ng_date_format (const NgDate *d)
{
  if (!d->month || !d->day)
    return NULL;
  if (d->year)
    return g_strdup_printf ("%04d-%02d-%02d", d->year, d->month, d->day);
  return g_strdup_printf ("--%02d-%02d", d->month, d->day);
}

gint
ng_date_weekday (const NgDate *d)
{
  if (!d->year || !ng_date_valid (d))
    return 0;
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) d->day, (GDateMonth) d->month, (GDateYear) d->year);
  return (gint) g_date_get_weekday (&g);
}

NgDate
ng_date_add_days (const NgDate *d, gint days)
{
  NgDate r = *d;
  if (d->year && ng_date_valid (d))
    {
      GDate g;
      g_date_clear (&g, 1);
      g_date_set_dmy (&g, (GDateDay) d->day, (GDateMonth) d->month, (GDateYear) d->year);
      if (days >= 0)
        g_date_add_days (&g, (guint) days);
      else
        g_date_subtract_days (&g, (guint) -days);
      r.year = g_date_get_year (&g);
      r.month = g_date_get_month (&g);
      r.day = g_date_get_day (&g);
      return r;
    }
  /* No year: walk the calendar with a 28-day February. */
  while (days > 0)
    {
      gint dim = r.month == 2 ? 28 : days_in_month (0, r.month);
      if (++r.day > dim)
        {
          r.day = 1;
          if (++r.month > 12)
            r.month = 1;
        }
      days--;
    }
  while (days < 0)
    {
      if (--r.day < 1)
        {
          if (--r.month < 1)
            r.month = 12;
          r.day = r.month == 2 ? 28 : days_in_month (0, r.month);
        }
      days++;
    }
  return r;
}

gboolean
ng_date_resolve_weekday (const NgDate *article, gint weekday, NgTense tense, NgDate *out)
{
  gint aw = ng_date_weekday (article);
  if (!aw || weekday < 1 || weekday > 7)
    return FALSE;
  gint fwd = (weekday - aw + 7) % 7;   /* 0..6 days ahead */
  gint back = fwd ? fwd - 7 : 0;      /* -6..0 */
  gint delta;
  switch (tense)
    {
    case NG_TENSE_PAST: delta = back; break;
    case NG_TENSE_FUTURE: delta = fwd; break;
    default: delta = fwd <= 3 ? fwd : back; break;
    }
  *out = ng_date_add_days (article, delta);
  return TRUE;
}
