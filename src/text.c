/* text.c - tokens and sentences, with byte offsets. */
#include "config.h"
#include <string.h>
#include "newsgraph/text.h"

NgText *
ng_text_new (void)
{
  NgText *t = g_new0 (NgText, 1);
  t->tokens = g_array_sized_new (FALSE, FALSE, sizeof (NgToken), 256);
  t->sentences = g_array_sized_new (FALSE, FALSE, sizeof (NgSentenceSpan), 32);
  return t;
}

void
ng_text_free (NgText *t)
{
  if (!t)
    return;
  g_array_unref (t->tokens);
  g_array_unref (t->sentences);
  g_free (t);
}

/* Abbreviations that never end a sentence (lowercased, without the dot). */
static const char *const abbrevs[] = {
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
  "adm", "rev", "st", "sen", "rep", "gov", "pres", "amb", "hon", "messrs", "jr", "sr",
  "no", "nos", "vol", "inc", "ltd", "co", "corp", "dept", "est", "fig", "approx",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "h.e", "mt", "ft",
  "ma",   /* "Ma. Cristina Roque": Maria, in Filipino names */
  "md",   /* "Md. Touhid Hossain": Mohammad, in Bangladeshi names */
  NULL
};

/* Abbreviations that stand before a name or a number ("Gen. Ivanov", "Sept.
 * 15", "No. 5") and so never end a sentence before a capitalized word. */
static const char *const prefix_abbrevs[] = {
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
  "adm", "rev", "st", "sen", "rep", "gov", "pres", "amb", "hon", "messrs", "h.e", "mt", "ft",
  "no", "nos", "vol", "fig", "approx", "dept", "vs", "e.g", "i.e", "ma", "md",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  NULL
};

/* Abbreviations that are also common lowercase words ("he sat.", "said no."):
 * they only count when capitalized. */
static const char *const word_abbrevs[] = {
  "no", "nos", "sat", "sun", "wed", "mar", "fig", "est", "vol", "co", "rev", "gen", "col", "ma",
  NULL
};

/* Words that start a sentence rather than continue a name after "U.S." or "Inc.". */
static const char *const starters[] = {
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "this",
  "that", "these", "those", "there", "his", "her", "their", "its", "our", "but", "and", "or",
  "however", "meanwhile", "also", "after", "before", "as", "when", "while", "according",
  "earlier", "later", "both", "some", "many", "most", "all", "if", "since", "during", "for",
  "from", "with", "what", "who", "why", "how", "then", "so", "yet", "still", "last", "each",
  NULL
};

/* TRUE if the lowercased w (len bytes) is in the list. */
static gboolean
in_list (const char *const *list, const char *w, gsize len)
{
  if (len == 0 || len > 10)
    return FALSE;
  char buf[12];
  for (gsize i = 0; i < len; i++)
    buf[i] = w[i] >= 'A' && w[i] <= 'Z' ? (char) (w[i] - 'A' + 'a') : w[i];
  buf[len] = '\0';
  for (const char *const *a = list; *a; a++)
    if ((*a)[0] == buf[0] && strcmp (*a, buf) == 0)
      return TRUE;
  return FALSE;
}

/* TRUE if the word w (len bytes, no final dot) is a known abbreviation. */
static gboolean
is_abbrev (const char *w, gsize len)
{
  if (!in_list (abbrevs, w, len))
    return FALSE;
  /* "sat", "no": only "Sat.", "No." are abbreviations. */
  return !in_list (word_abbrevs, w, len) || g_ascii_isupper (w[0]);
}

/* Decodes the character at p (validated text). */
static inline gunichar
char_at (const char *p)
{
  if ((guchar) *p < 0x80)
    return (guchar) *p;
  return g_utf8_get_char (p);
}

/* TRUE for characters that may continue a word. */
static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* TRUE if an abbreviation (w, len bytes without its dot) ends the sentence,
 * given the text from k on (the first character after the dot and blanks):
 * "the U.S. The next", "trade, etc. Talks" end; "Gen. Ivanov", "U.S. Senate" do not. */
static gboolean
abbrev_ends_sentence (const char *w, gsize len, const char *s, gsize slen, gsize k)
{
  if (k >= slen || !g_unichar_isupper (char_at (s + k)))
    return FALSE;
  if (in_list (prefix_abbrevs, w, len))
    return FALSE;
  if (len == 3 && g_ascii_strncasecmp (w, "etc", 3) == 0)
    return TRUE;
  /* ("... President Ferdinand Marcos Jr. Lao Foreign Minister X also took
   * part": a name's last word, then a new sentence) */
  if (len == 2 && (g_ascii_strncasecmp (w, "jr", 2) == 0 || g_ascii_strncasecmp (w, "sr", 2) == 0))
    return TRUE;
  gsize e = k;
  while (e < slen && g_ascii_isalpha (s[e]))
    e++;
  return e < slen && !is_word_char (char_at (s + e)) && s[e] != '.'
         && in_list (starters, s + k, e - k);
}

/* TRUE if the word w (len bytes, before a dot) that reads as a day's (or
 * a senator's) abbreviation is the last of a name of two words or more before the
 * sentence's end: "... attended by envoy Kyaw Min Thu.", "Nguyen Thi
 * Thu." (k: the first character after the dot and blanks). */
static gboolean
name_end_day (const NgText *t, const char *w, gsize len, guint flags, const char *s, gsize slen, gsize k)
{
  /* (days', and "Sen.", the senator's, which ends names too: "Samdech
   * Techo Hun Sen.") */
  static const char *const name_ends[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", "sen", NULL };
  if (!(flags & NG_TF_CAP) || !in_list (name_ends, w, len) || t->tokens->len < 2)
    return FALSE;
  if (k < slen && s[k] != '\n' && !g_unichar_isupper (char_at (s + k)))
    return FALSE;
  const NgToken *p1 = &g_array_index (t->tokens, NgToken, t->tokens->len - 1);
  const NgToken *p2 = &g_array_index (t->tokens, NgToken, t->tokens->len - 2);
  return p1->kind == NG_TOK_WORD && p2->kind == NG_TOK_WORD && (p1->flags & NG_TF_CAP) && (p2->flags & NG_TF_CAP)
         && !(p1->flags & NG_TF_ABBREV) && s + p1->end + 1 == w && s + p2->end + 1 == s + p1->start;
}

/* TRUE for apostrophes. */
static inline gboolean
is_apos (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/* TRUE for quotation marks. */
static inline gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB
    || c == 0x00BB || c == 0x2018 || c == 0x2019 || c == '\'' || c == 0x201A;
}

/* TRUE for dashes. */
static inline gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015 || c == 0x2212;
}

/* Appends a token. */
static inline void
push (NgText *t, gsize start, gsize end, NgTokKind kind, guint flags)
{
  NgToken tok = { (guint32) start, (guint32) end, (guint16) kind, (guint16) flags };
  g_array_append_val (t->tokens, tok);
}

/* Scans a word starting at i; returns its end and sets flags. */
static gsize
scan_word (const char *s, gsize len, gsize i, guint *flags, gboolean *poss)
{
  gsize start = i, part = i;   /* (part: after the last hyphen) */
  gboolean first = TRUE, all_upper = TRUE;
  guint letters = 0;
  *poss = FALSE;
  *flags = 0;
  while (i < len)
    {
      gunichar c = char_at (s + i);
      if (is_word_char (c))
        {
          if (c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c))
            {
              gboolean upper = c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
              letters++;
              if (first && upper)
                *flags |= NG_TF_CAP;
              if (!upper)
                all_upper = FALSE;
              first = FALSE;
            }
          i = g_utf8_next_char (s + i) - s;
          continue;
        }
      /* Inner hyphen, apostrophe or dot followed by a letter joins the word:
       * Kassym-Jomart, O'Brien, U.S. (the dot case), d'Ivoire. */
      if ((c == '-' || is_apos (c) || c == '.' || c == '&') && i > start)
        {
          gsize j = g_utf8_next_char (s + i) - s;
          if (j < len && is_word_char (char_at (s + j)))
            {
              /* Possessive 's at the end of the word. */
              if (is_apos (c) && (s[j] == 's' || s[j] == 'S')
                  && (j + 1 >= len || !is_word_char (char_at (s + j + 1))))
                {
                  *poss = TRUE;
                  return i;
                }
              if (c == '.')
                {
                  /* Only single letters chain with dots: U.S., e.g.; and a
                   * Mongolian initial of two letters glued to a name
                   * ("Ch.Altangerel", "Ts.Davaasuren"); also after a
                   * hyphen: "Mekong-U.S." */
                  gboolean digraph = i - start == 2 && g_ascii_isupper (s[start]) && g_ascii_islower (s[start + 1])
                                     && g_ascii_isupper (s[j]) && !(*flags & NG_TF_ABBREV);
                  gboolean letter_part = part > start && i - part == 1 && g_ascii_isupper (s[part])
                                         && j + 1 < len && s[j + 1] == '.';
                  if (i - start > 1 && !(*flags & NG_TF_ABBREV) && !digraph && !letter_part)
                    break;
                  *flags |= NG_TF_ABBREV;
                }
              if (c == '-')
                part = j;
              i = j;
              continue;
            }
          /* "Nations’ " plural possessive: apostrophe after s. */
          if (is_apos (c) && i > start && (s[i - 1] == 's'))
            {
              *poss = TRUE;
              return i;
            }
        }
      break;
    }
  if (letters >= 2 && all_upper)
    *flags |= NG_TF_ALLCAPS;
  /* "the Pune-based Centre for ...": a place's modifier, no part of a name */
  if (i - start > 6 && g_ascii_strncasecmp (s + i - 6, "-based", 6) == 0)
    *flags &= ~(guint) (NG_TF_CAP | NG_TF_ALLCAPS);
  return i;
}

/* "A.Rudenko": an initial glued to a name (Mongolian style); its last
 * part is a word, so a dot after it ends the sentence (unlike "U.S."). */
static gboolean
long_last_part (const char *w, gsize wl)
{
  gsize k = wl;
  while (k > 0 && w[k - 1] != '.')
    k--;
  return k > 0 && wl - k > 2;
}

void
ng_text_tokenize (NgText *t, const char *s, gsize len)
{
  g_array_set_size (t->tokens, 0);
  g_array_set_size (t->sentences, 0);
  t->text = s;
  t->len = len;
  gsize i = 0;
  gboolean line_start = TRUE;
  gboolean single_open = FALSE;   /* a single quotation mark opened in the paragraph */
  guint sent_first = 0;
  gboolean end_sentence = FALSE;

#define CLOSE_SENTENCE()                                                    \
  do {                                                                      \
    if (t->tokens->len > sent_first)                                        \
      {                                                                     \
        NgToken *f = &g_array_index (t->tokens, NgToken, sent_first);        \
        NgToken *l = &g_array_index (t->tokens, NgToken, t->tokens->len - 1); \
        NgSentenceSpan sp = { sent_first, t->tokens->len - sent_first, f->start, l->end }; \
        g_array_append_val (t->sentences, sp);                              \
        sent_first = t->tokens->len;                                        \
      }                                                                     \
    end_sentence = FALSE;                                                   \
  } while (0)

  while (i < len)
    {
      guchar b = (guchar) s[i];
      if (b == '\n')
        {
          CLOSE_SENTENCE ();
          line_start = TRUE;
          single_open = FALSE;
          i++;
          continue;
        }
      if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v')
        {
          i++;
          continue;
        }
      gunichar c = char_at (s + i);
      gsize next = g_utf8_next_char (s + i) - s;
      /* (The ASCII blanks are skipped above: no other ASCII character is a space.) */
      if (c >= 0x80 && (c == 0x00A0 || c == 0x2009 || c == 0x200B || c == 0x200E || c == 0x200F
                        || c == 0xFEFF || c == 0x202F || g_unichar_isspace (c)))
        {
          i = next;
          continue;
        }
      if (end_sentence)
        {
          /* A sentence ended before: a new one starts unless this is a
           * closing quote or bracket that belongs to the old one. */
          /* (an opening quote after a blank starts the new one: 'on
           * Wednesday. "Poland is ...' ) */
          gboolean opening = (c == '"' || c == 0x201C || c == 0x201E || c == 0x00AB)
                             && i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n')
                             && next < len && s[next] != ' ' && s[next] != '\n' && s[next] != '\t';
          if (opening || !(is_quote (c) || c == ')' || c == ']'))
            CLOSE_SENTENCE ();
        }
      guint lf = line_start ? NG_TF_LINESTART : 0;
      line_start = FALSE;
      if (is_word_char (c))
        {
          guint flags;
          gboolean poss;
          gsize end;
          /* "5+5 Dialogue", "the 3+3 format", "2+2 talks": a format's name,
           * one digit, a plus and one digit, is a word of a name */
          if (g_ascii_isdigit (c) && i + 3 <= len && s[i + 1] == '+' && g_ascii_isdigit (s[i + 2])
              && (i + 3 == len || !g_ascii_isalnum (s[i + 3])) && (i == 0 || !g_ascii_isalnum (s[i - 1])))
            {
              push (t, i, i + 3, NG_TOK_WORD, lf | NG_TF_CAP);
              i += 3;
              continue;
            }
          if (c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c))
            {
              end = i;
              while (end < len)
                {
                  gunichar d = char_at (s + end);
                  if (is_word_char (d))
                    end = g_utf8_next_char (s + end) - s;
                  else if ((d == ',' || d == '.' || d == ':' || d == '-') && end + 1 < len
                           && g_ascii_isdigit (s[end + 1]))
                    end++;
                  else
                    break;
                }
              push (t, i, end, NG_TOK_NUMBER, lf);
              i = end;
              continue;
            }
          end = scan_word (s, len, i, &flags, &poss);
          /* "C5+1", "ASEAN+3": a format's name goes on over a plus and a
           * number (not a time zone's: "GMT+0") */
          if (!poss && end + 1 < len && s[end] == '+' && g_ascii_isdigit (s[end + 1])
              && !(end - i == 3 && (!g_ascii_strncasecmp (s + i, "gmt", 3) || !g_ascii_strncasecmp (s + i, "utc", 3))))
            {
              end++;
              while (end < len && g_ascii_isalnum (s[end]))
                end++;
            }
          /* A trailing dot: abbreviation, initial, or sentence end. */
          if (end < len && s[end] == '.')
            {
              gsize wl = end - i;
              gboolean single_cap = (wl == 1 || (wl <= 4 && g_utf8_strlen (s + i, wl) == 1))
                                    && (flags & NG_TF_CAP);
              gboolean next_lower = FALSE;
              gsize k = end + 1;
              while (k < len && (s[k] == ' ' || s[k] == '\t'))
                k++;
              if (k < len && g_unichar_islower (char_at (s + k)))
                next_lower = TRUE;
              if (single_cap)
                {
                  flags |= NG_TF_INITIAL | NG_TF_ABBREV;
                  end++;
                }
              else if (name_end_day (t, s + i, wl, flags, s, len, k))
                ;   /* (the dot is the sentence's) */
              else if (((flags & NG_TF_ABBREV) && !long_last_part (s + i, wl)) || is_abbrev (s + i, wl))
                {
                  /* U.S. at a sentence end: keep the dot, and end the sentence
                   * if what follows starts one. */
                  flags |= NG_TF_ABBREV;
                  end++;
                  if (!next_lower && abbrev_ends_sentence (s + i, wl, s, len, k))
                    end_sentence = TRUE;
                }
            }
          push (t, i, end, NG_TOK_WORD, flags | lf | (poss ? NG_TF_POSS : 0));
          i = end;
          if (poss)
            {
              /* Skip the possessive ’s or ’ */
              i = g_utf8_next_char (s + i) - s;
              if (i < len && (s[i] == 's' || s[i] == 'S'))
                i++;
            }
          continue;
        }
      /* Punctuation. */
      guint pf = lf;
      if (is_quote (c))
        {
          /* "Dato’ Lim Jock Hoi": an apostrophe glued to the end of a
           * word, with no single quotation open, is no quotation mark */
          gboolean single = c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x201A;
          gboolean glued = i > 0 && is_word_char (char_at (g_utf8_prev_char (s + i)));
          if (!single)
            pf |= NG_TF_QUOTE;
          else if (single_open)
            {
              pf |= NG_TF_QUOTE;
              single_open = FALSE;
            }
          else if (!(glued && is_apos (c)))
            {
              pf |= NG_TF_QUOTE;
              single_open = TRUE;
            }
        }
      if (is_dash (c))
        {
          pf |= NG_TF_DASH;
          if (c == '-' && next < len && s[next] == '-')
            next++;
        }
      push (t, i, next, NG_TOK_PUNCT, pf);
      if (c == '.' || c == '!' || c == '?' || c == 0x2026)
        {
          /* Ellipsis "..." or "…" in the middle does not end a sentence if a
           * lowercase word follows. */
          gsize k = next;
          while (k < len && s[k] == '.')
            k++;
          if (k > next)
            {
              g_array_index (t->tokens, NgToken, t->tokens->len - 1).end = (guint32) k;
              next = k;
            }
          gsize m = k;
          while (m < len && (s[m] == ' ' || s[m] == '\t'))
            m++;
          /* ("Kananaskis, Alta., in June": a dot before a comma is an
           * abbreviation's) */
          if (!(m < len && g_unichar_islower (char_at (s + m)))
              && !(c == '.' && k < len && (s[k] == ',' || s[k] == ';')))
            end_sentence = TRUE;
        }
      i = next;
    }
  CLOSE_SENTENCE ();
#undef CLOSE_SENTENCE
}

gboolean
ng_token_is (const NgText *t, guint i, const char *word)
{
  if (i >= t->tokens->len)
    return FALSE;
  const NgToken *tok = &g_array_index (t->tokens, NgToken, i);
  gsize wl = strlen (word);
  return ng_token_len (tok) == wl && g_ascii_strncasecmp (t->text + tok->start, word, wl) == 0;
}
