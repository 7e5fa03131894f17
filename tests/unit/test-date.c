/* test-date.c - month and weekday names, parsing, formatting, arithmetic. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/date.h"

/* Month number of a NUL-terminated word. */
static gint
month_of (const char *w)
{
  return ng_date_month (w, strlen (w));
}

/* Weekday number of a NUL-terminated word. */
static gint
weekday_of (const char *w)
{
  return ng_date_weekday_of_word (w, strlen (w));
}

/* Month names and their abbreviations. */
static void
test_month_names (void)
{
  g_assert_cmpint (month_of ("January"), ==, 1);
  g_assert_cmpint (month_of ("february"), ==, 2);
  g_assert_cmpint (month_of ("MAY"), ==, 5);
  g_assert_cmpint (month_of ("September"), ==, 9);
  g_assert_cmpint (month_of ("Sept"), ==, 9);
  g_assert_cmpint (month_of ("Sept."), ==, 9);
  g_assert_cmpint (month_of ("sep."), ==, 9);
  g_assert_cmpint (month_of ("Dec"), ==, 12);
  g_assert_cmpint (month_of ("Jun"), ==, 6);
  g_assert_cmpint (month_of ("June"), ==, 6);
  g_assert_cmpint (month_of ("Jul."), ==, 7);
  /* Not months. */
  g_assert_cmpint (month_of ("Ma"), ==, 0);
  g_assert_cmpint (month_of ("Marc"), ==, 0);
  g_assert_cmpint (month_of ("Mayor"), ==, 0);
  g_assert_cmpint (month_of ("Junior"), ==, 0);
  g_assert_cmpint (month_of ("Septembers"), ==, 0);
  g_assert_cmpint (month_of (""), ==, 0);
  g_assert_cmpint (month_of ("."), ==, 0);
  g_assert_cmpint (ng_date_month ("Mayday", 3), ==, 5);
}

/* Weekday names give ISO numbers. */
static void
test_weekday_names (void)
{
  g_assert_cmpint (weekday_of ("Monday"), ==, 1);
  g_assert_cmpint (weekday_of ("wednesday"), ==, 3);
  g_assert_cmpint (weekday_of ("SUNDAY"), ==, 7);
  g_assert_cmpint (weekday_of ("Friday."), ==, 5);
  /* Common words are not weekdays. */
  g_assert_cmpint (weekday_of ("sun"), ==, 0);
  g_assert_cmpint (weekday_of ("wed"), ==, 0);
  g_assert_cmpint (weekday_of ("Mondays"), ==, 0);
  g_assert_cmpint (weekday_of (""), ==, 0);
}

static const struct {
  const char *in;
  const char *want;   /* NULL: rejected */
} parse_cases[] = {
  { "September 15", "--09-15" },
  { "15 September", "--09-15" },
  { "15th September, 2021", "2021-09-15" },
  { "September 15, 2021", "2021-09-15" },
  { "Sept. 15", "--09-15" },
  { "2021-09-15", "2021-09-15" },
  { "2021-09-15T10:30:00Z", "2021-09-15" },
  { "28 November 2024", "2024-11-28" },
  { "1st May", "--05-01" },
  { "2nd June", "--06-02" },
  { "3rd July 2022", "2022-07-03" },
  { "February 29", "--02-29" },
  { "29 February 2024", "2024-02-29" },
  { "Feb 30", NULL },
  { "30 February", NULL },
  { "29 February 2023", NULL },
  { "2021-02-30", NULL },
  { "2021-13-01", NULL },
  { "2021-09-1x", NULL },
  { "2021-9-15", NULL },
  { "32 May", NULL },
  { "0 May", NULL },
  { "September", NULL },
  { "15", NULL },
  { "2021", NULL },
  { "15 15", NULL },
  { "May May 3", NULL },
  { "15 September 2021 and more", NULL },
  { "", NULL },
};

/* Whole-string dates parse; impossible ones are rejected. */
static void
test_parse (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      NgDate d = { 7, 7, 7 };
      gboolean ok = ng_date_parse (parse_cases[i].in, &d);
      g_test_message ("%s", parse_cases[i].in);
      if (!parse_cases[i].want)
        {
          g_assert_false (ok);
          /* The output is left alone on failure. */
          g_assert_cmpint (d.year, ==, 7);
          continue;
        }
      g_assert_true (ok);
      g_autofree char *f = ng_date_format (&d);
      g_assert_cmpstr (f, ==, parse_cases[i].want);
    }
}

/* Validity with and without a year. */
static void
test_valid (void)
{
  NgDate ok1 = { 2024, 2, 29 }, ok2 = { 0, 2, 29 }, ok3 = { 2021, 12, 31 };
  NgDate bad1 = { 2023, 2, 29 }, bad2 = { 0, 4, 31 }, bad3 = { 0, 0, 5 }, bad4 = { 0, 5, 0 };
  NgDate bad5 = { 12, 5, 5 }, bad6 = { 2021, 13, 1 };
  g_assert_true (ng_date_valid (&ok1));
  g_assert_true (ng_date_valid (&ok2));
  g_assert_true (ng_date_valid (&ok3));
  g_assert_false (ng_date_valid (&bad1));
  g_assert_false (ng_date_valid (&bad2));
  g_assert_false (ng_date_valid (&bad3));
  g_assert_false (ng_date_valid (&bad4));
  g_assert_false (ng_date_valid (&bad5));
  g_assert_false (ng_date_valid (&bad6));
}

/* Formats with and without a year; nothing without a month and day. */
static void
test_format (void)
{
  NgDate a = { 2021, 9, 5 }, b = { 0, 9, 5 }, c = { 2021, 0, 0 }, d = { 0, 3, 0 };
  g_autofree char *fa = ng_date_format (&a);
  g_autofree char *fb = ng_date_format (&b);
  g_assert_cmpstr (fa, ==, "2021-09-05");
  g_assert_cmpstr (fb, ==, "--09-05");
  g_assert_null (ng_date_format (&c));
  g_assert_null (ng_date_format (&d));
}

/* Weekdays of dates; none without a year. */
static void
test_weekday_of_date (void)
{
  NgDate wed = { 2021, 9, 15 }, thu = { 2024, 11, 28 }, sun = { 2000, 1, 2 }, leap = { 2024, 2, 29 };
  NgDate noyear = { 0, 9, 15 }, bad = { 2021, 2, 30 };
  g_assert_cmpint (ng_date_weekday (&wed), ==, 3);
  g_assert_cmpint (ng_date_weekday (&thu), ==, 4);
  g_assert_cmpint (ng_date_weekday (&sun), ==, 7);
  g_assert_cmpint (ng_date_weekday (&leap), ==, 4);
  g_assert_cmpint (ng_date_weekday (&noyear), ==, 0);
  g_assert_cmpint (ng_date_weekday (&bad), ==, 0);
}

/* Checks that d + days formats as want. */
static void
check_add (NgDate d, gint days, const char *want)
{
  NgDate r = ng_date_add_days (&d, days);
  g_autofree char *f = ng_date_format (&r);
  g_assert_cmpstr (f, ==, want);
}

/* Adding days crosses month and year ends, with and without a year. */
static void
test_add_days (void)
{
  check_add ((NgDate) { 2021, 9, 15 }, 0, "2021-09-15");
  check_add ((NgDate) { 2021, 9, 30 }, 1, "2021-10-01");
  check_add ((NgDate) { 2021, 12, 31 }, 1, "2022-01-01");
  check_add ((NgDate) { 2022, 1, 1 }, -1, "2021-12-31");
  check_add ((NgDate) { 2024, 2, 28 }, 1, "2024-02-29");
  check_add ((NgDate) { 2023, 2, 28 }, 1, "2023-03-01");
  check_add ((NgDate) { 2024, 3, 1 }, -1, "2024-02-29");
  check_add ((NgDate) { 2021, 9, 15 }, 400, "2022-10-20");
  check_add ((NgDate) { 2021, 9, 15 }, -6, "2021-09-09");
  /* Without a year, February has 28 days and the year wraps. */
  check_add ((NgDate) { 0, 12, 31 }, 1, "--01-01");
  check_add ((NgDate) { 0, 1, 1 }, -1, "--12-31");
  check_add ((NgDate) { 0, 2, 28 }, 1, "--03-01");
  check_add ((NgDate) { 0, 3, 1 }, -1, "--02-28");
  check_add ((NgDate) { 0, 4, 30 }, 1, "--05-01");
  check_add ((NgDate) { 0, 9, 15 }, 365, "--09-15");
}

/* Checks a weekday resolved against an article date. */
static void
check_resolve (NgDate art, gint weekday, NgTense tense, const char *want)
{
  NgDate out = { 0, 0, 0 };
  g_assert_true (ng_date_resolve_weekday (&art, weekday, tense, &out));
  g_autofree char *f = ng_date_format (&out);
  g_assert_cmpstr (f, ==, want);
  g_assert_cmpint (ng_date_weekday (&out), ==, weekday);
}

/* Weekday mentions resolve into the past, the future or the nearest day. */
static void
test_resolve_weekday (void)
{
  NgDate wed = { 2021, 9, 15 };   /* a Wednesday */
  check_resolve (wed, 3, NG_TENSE_PAST, "2021-09-15");
  check_resolve (wed, 3, NG_TENSE_FUTURE, "2021-09-15");
  check_resolve (wed, 3, NG_TENSE_ANY, "2021-09-15");
  check_resolve (wed, 1, NG_TENSE_PAST, "2021-09-13");
  check_resolve (wed, 1, NG_TENSE_FUTURE, "2021-09-20");
  check_resolve (wed, 1, NG_TENSE_ANY, "2021-09-13");
  check_resolve (wed, 4, NG_TENSE_PAST, "2021-09-09");
  check_resolve (wed, 4, NG_TENSE_FUTURE, "2021-09-16");
  check_resolve (wed, 4, NG_TENSE_ANY, "2021-09-16");
  check_resolve (wed, 6, NG_TENSE_ANY, "2021-09-18");
  check_resolve (wed, 7, NG_TENSE_ANY, "2021-09-12");
  /* Across a year end. */
  NgDate fri = { 2021, 12, 31 };
  check_resolve (fri, 1, NG_TENSE_FUTURE, "2022-01-03");
  check_resolve (fri, 7, NG_TENSE_PAST, "2021-12-26");

  NgDate out = { 0, 0, 0 }, noyear = { 0, 9, 15 };
  g_assert_false (ng_date_resolve_weekday (&noyear, 1, NG_TENSE_ANY, &out));
  g_assert_false (ng_date_resolve_weekday (&wed, 0, NG_TENSE_ANY, &out));
  g_assert_false (ng_date_resolve_weekday (&wed, 8, NG_TENSE_ANY, &out));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/names/months", test_month_names);
  g_test_add_func ("/date/names/weekdays", test_weekday_names);
  g_test_add_func ("/date/parse/forms", test_parse);
  g_test_add_func ("/date/valid", test_valid);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/weekday-of-date", test_weekday_of_date);
  g_test_add_func ("/date/add-days", test_add_days);
  g_test_add_func ("/date/resolve-weekday", test_resolve_weekday);
  return g_test_run ();
}
