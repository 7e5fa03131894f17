/* date.h - calendar dates as news text writes them.
 *
 * Absolute dates ("September 15", "15 September 2024", "15th September,
 * 2021", "2021-09-15", "Sept. 15") and relative ones ("on Wednesday",
 * "tomorrow", "yesterday", "this week") resolved against an article's
 * date, never against the date of the run.  A year is only ever taken
 * from the text or the article's date.
 */
#ifndef NEWSGRAPH_DATE_H
#define NEWSGRAPH_DATE_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gint year;    /* 0 = unknown */
  gint month;   /* 1..12, 0 = unknown */
  gint day;     /* 1..31, 0 = unknown */
} NgDate;

/* Month number of a month name or abbreviation ("Sept", "sep.", "September"); 0 if none. */
gint ng_date_month (const char *word, gsize len);
/* ISO weekday (1 = Monday .. 7 = Sunday) of a weekday name; 0 if none. */
gint ng_date_weekday_of_word (const char *word, gsize len);
/* Parses a whole string holding one date; FALSE if it is not one. */
gboolean ng_date_parse (const char *s, NgDate *out);
/* Checks month/day (and year if set) make a real date. */
gboolean ng_date_valid (const NgDate *d);
/* "YYYY-MM-DD", or "--MM-DD" when the year is unknown; NULL if no month/day. */
char *ng_date_format (const NgDate *d);
/* ISO weekday of a date with a year, 0 without one. */
gint ng_date_weekday (const NgDate *d);
/* Adds days to a date (with or without a year; without one, February has 28 days). */
NgDate ng_date_add_days (const NgDate *d, gint days);

/* How a weekday mention points in time. */
typedef enum {
  NG_TENSE_ANY,      /* nearest occurrence (-3..+3 days) */
  NG_TENSE_PAST,     /* this day or before (-6..0) */
  NG_TENSE_FUTURE    /* this day or after (0..+6) */
} NgTense;

/* Resolves a weekday (1..7) against the article date, which must have a
 * year; returns FALSE if it cannot. */
gboolean ng_date_resolve_weekday (const NgDate *article, gint weekday, NgTense tense,
                                  NgDate *out);

G_END_DECLS

#endif
