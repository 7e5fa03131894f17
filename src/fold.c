/* fold.c - normalized keys for names. */
#include "config.h"
#include <string.h>
#include "newsgraph/fold.h"

/* Appends the ASCII base of one Unicode character to out, lowercased;
 * returns TRUE if it was a letter or digit. */
static gboolean
append_base (GString *out, gunichar c)
{
  if (c < 0x80)
    {
      if (g_ascii_isalnum (c))
        {
          g_string_append_c (out, g_ascii_tolower ((char) c));
          return TRUE;
        }
      return FALSE;
    }
  /* Special letters without a decomposition. */
  switch (c)
    {
    case 0x00DF: g_string_append (out, "ss"); return TRUE;   /* ß */
    case 0x00E6: case 0x00C6: g_string_append (out, "ae"); return TRUE;
    case 0x0153: case 0x0152: g_string_append (out, "oe"); return TRUE;
    case 0x00F8: case 0x00D8: g_string_append_c (out, 'o'); return TRUE;
    case 0x0131: g_string_append_c (out, 'i'); return TRUE;  /* dotless i */
    case 0x0142: case 0x0141: g_string_append_c (out, 'l'); return TRUE;
    case 0x0111: case 0x0110: g_string_append_c (out, 'd'); return TRUE;
    case 0x00F0: case 0x00D0: g_string_append_c (out, 'd'); return TRUE;
    case 0x00FE: case 0x00DE: g_string_append (out, "th"); return TRUE;
    default: break;
    }
  gunichar buf[8];
  gsize n = g_unichar_fully_decompose (c, FALSE, buf, G_N_ELEMENTS (buf));
  gboolean any = FALSE;
  for (gsize i = 0; i < n; i++)
    if (buf[i] < 0x80 && g_ascii_isalnum (buf[i]))
      {
        g_string_append_c (out, g_ascii_tolower ((char) buf[i]));
        any = TRUE;
      }
  if (!any && g_unichar_isalnum (c))
    {
      /* A letter of another script: keep it, lowercased, as UTF-8. */
      g_string_append_unichar (out, g_unichar_tolower (c));
      any = TRUE;
    }
  return any;
}

/* TRUE for an ASCII letter or digit. */
static inline gboolean
ascii_alnum (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void
ng_fold_plain_append (GString *out, const char *s, gssize len)
{
  if (len < 0)
    len = (gssize) strlen (s);
  gsize base = out->len;
  /* Room for an ASCII key (never longer than its text) before appending. */
  if (out->allocated_len <= base + (gsize) len)
    {
      g_string_set_size (out, base + (gsize) len);
      g_string_truncate (out, base);
    }
  const char *p = s, *end = s + len;
  gboolean pending_space = FALSE;
  while (p < end)
    {
      gunichar c;
      if ((guchar) *p < 0x80)
        {
          if (ascii_alnum (*p))
            {
              /* A run of ASCII letters and digits: lowercased in one go. */
              if (pending_space && out->len > base)
                g_string_append_c (out, ' ');
              pending_space = FALSE;
              const char *q = p;
              while (q < end && ascii_alnum (*q))
                q++;
              gsize at = out->len;
              g_string_set_size (out, at + (gsize) (q - p));
              char *o = out->str + at;
              for (; p < q; p++)
                *o++ = (char) (*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
              continue;
            }
          c = (guchar) *p++;
        }
      else
        {
          c = g_utf8_get_char_validated (p, end - p);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              p++;
              continue;
            }
          p = g_utf8_next_char (p);
        }
      /* Apostrophes inside words vanish ("d'Ivoire" keeps "d ivoire" via
       * space below only for non-apostrophe punctuation). */
      if (c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018)
        {
          pending_space = out->len > base;
          continue;
        }
      gsize before = out->len;
      if (pending_space && out->len > base)
        g_string_append_c (out, ' ');
      if (append_base (out, c))
        pending_space = FALSE;
      else
        {
          g_string_truncate (out, before);
          pending_space = out->len > base;
        }
    }
}

char *
ng_fold_plain_len (const char *s, gssize len)
{
  g_return_val_if_fail (s != NULL, NULL);
  GString *out = g_string_sized_new (len < 0 ? 16 : (gsize) len + 1);
  ng_fold_plain_append (out, s, len);
  return g_string_free (out, FALSE);
}

char *
ng_fold_plain (const char *s)
{
  return ng_fold_plain_len (s, -1);
}

/* Replaces every occurrence of from (fl bytes) by to (tl bytes, tl <= fl)
 * in w; returns the new length. */
static inline gsize
replace_all (char *w, gsize len, const char *from, gsize fl, const char *to, gsize tl)
{
  /* Nothing before the first occurrence of from's first letter moves. */
  const char *hit = len ? memchr (w, from[0], len) : NULL;
  gsize i = hit ? (gsize) (hit - w) : len, o = i;
  while (i < len)
    {
      if (w[i] == from[0] && i + fl <= len && memcmp (w + i + 1, from + 1, fl - 1) == 0)
        {
          memcpy (w + o, to, tl);
          o += tl;
          i += fl;
        }
      else
        w[o++] = w[i++];
    }
  w[o] = '\0';
  return o;
}

/* replace_all with string literals. */
#define REPLACE_ALL(w, len, from, to) replace_all ((w), (len), (from), sizeof (from) - 1, (to), sizeof (to) - 1)

/* TRUE for a, e, i, o, u. */
static gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

gsize
ng_fold_word_translit (char *w, gsize len)
{
  /* Digraphs first ("ck" before "ks": Jackson/Jakson). */
  len = REPLACE_ALL (w, len, "ck", "k");
  len = REPLACE_ALL (w, len, "kh", "h");
  len = REPLACE_ALL (w, len, "ks", "x");
  len = REPLACE_ALL (w, len, "ph", "f");
  len = REPLACE_ALL (w, len, "dzh", "j");
  len = REPLACE_ALL (w, len, "zh", "j");
  len = REPLACE_ALL (w, len, "ou", "u");
  len = REPLACE_ALL (w, len, "w", "v");
  len = REPLACE_ALL (w, len, "q", "k");
  /* "ye"/"yo" after a vowel is a Cyrillic iotated vowel: Tokayev, Aliyev. */
  {
    gsize o = 0;
    for (gsize i = 0; i < len; i++)
      {
        if (w[i] == 'y' && i > 0 && is_vowel (w[i - 1]) && i + 1 < len && (w[i + 1] == 'e' || w[i + 1] == 'o'))
          continue;
        w[o++] = w[i];
      }
    len = o;
    w[len] = '\0';
  }
  /* Word-initial "ye" is a Cyrillic iotated e: Yevgeny/Evgeny, Yelena/Elena. */
  if (len >= 3 && w[0] == 'y' && w[1] == 'e')
    {
      memmove (w, w + 1, len);
      len--;
    }
  /* Belarusian spellings of names Russian writes otherwise: "lya" before a
   * consonant is "le" (Alyaksandr/Aleksandr), a final "enka" is "enko"
   * (Lukashenka/Lukashenko). */
  {
    gsize o = 0;
    for (gsize i = 0; i < len; i++)
      {
        w[o++] = w[i];
        if (w[i] == 'l' && i + 3 < len && w[i + 1] == 'y' && w[i + 2] == 'a' && !is_vowel (w[i + 3]))
          {
            w[o++] = 'e';
            i += 2;
          }
      }
    len = o;
    w[len] = '\0';
  }
  if (len >= 5 && memcmp (w + len - 4, "enka", 4) == 0)
    w[len - 1] = 'o';
  /* y and j as vowels or glides: i. */
  for (gsize i = 0; i < len; i++)
    if (w[i] == 'y')
      w[i] = 'i';
  /* Word-final "ei", "ii", "ai" after a vowel stay; "ei" -> "i" (Sergei). */
  if (len >= 3 && w[len - 2] == 'e' && w[len - 1] == 'i')
    {
      w[len - 2] = 'i';
      len--;
      w[len] = '\0';
    }
  /* Final "er" after a consonant: Alexander/Aleksandr, Peter/Petr. */
  if (len >= 4 && w[len - 2] == 'e' && w[len - 1] == 'r' && !is_vowel (w[len - 3]))
    {
      w[len - 2] = 'r';
      len--;
      w[len] = '\0';
    }
  /* Collapse doubled letters: Aliiev -> Aliev, Dmitrii -> Dmitri. */
  {
    gsize o = 0;
    for (gsize i = 0; i < len; i++)
      if (o == 0 || w[o - 1] != w[i])
        w[o++] = w[i];
    len = o;
    w[len] = '\0';
  }
  return len;
}

/* Writes over the plain word w (len bytes) the short form of the given
 * name it is, if it has one ("joseph" -> "joe"); returns the length. */
static gsize
short_given_name (char *w, gsize len)
{
  static const char *const pairs[][2] = {
    { "joseph", "joe" }, { "michael", "mike" }, { "robert", "bob" }, { "william", "bill" },
    { "thomas", "tom" }, { "anthony", "tony" }, { "james", "jim" }, { "nicholas", "nick" },
    { "benjamin", "ben" }, { "samuel", "sam" }, { "stephen", "steve" }, { "steven", "steve" },
    { "christopher", "chris" }, { "matthew", "matt" }, { "timothy", "tim" }, { "andrew", "andy" },
    { "gregory", "greg" }, { "kenneth", "ken" }, { "ronald", "ron" }, { "jonathan", "jon" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (strlen (pairs[i][0]) == len && !memcmp (w, pairs[i][0], len))
      {
        gsize sl = strlen (pairs[i][1]);
        memcpy (w, pairs[i][1], sl);
        return sl;
      }
  return len;
}

char *
ng_fold_name (const char *s)
{
  g_return_val_if_fail (s != NULL, NULL);
  /* Each word of the plain key is folded in place and moved down over the
   * spaces dropped before it (a folded word is never longer). */
  char *plain = ng_fold_plain (s);
  gsize o = 0, last = 0;
  guint words = 0;
  char *p = plain;
  gboolean first = strchr (plain, ' ') != NULL;   /* (a given name before a surname) */
  while (*p)
    {
      char *sp = strchr (p, ' ');
      gsize wl = sp ? (gsize) (sp - p) : strlen (p);
      if (sp)
        *sp = '\0';
      /* a patronymic is no part of the key: "Ilham Heydar oglu Aliyev" is
       * "Ilham Aliyev" (the father's name and "oglu", "kyzy", "uulu") */
      if (words >= 2 && sp && (!strcmp (p, "oglu") || !strcmp (p, "ogly") || !strcmp (p, "oghlu") || !strcmp (p, "qizi")
                               || !strcmp (p, "kyzy") || !strcmp (p, "uulu")))
        {
          o = last ? last - 1 : 0;
          words--;
          wl = 0;
        }
      if (wl)
        {
          last = o ? o + 1 : 0;
          words++;
          /* the Arabic article written "el" or "al": el-Sissi, al-Sisi */
          if (wl == 2 && p[0] == 'e' && p[1] == 'l')
            p[0] = 'a';
          /* a given name and its short form are one: "Joseph Biden" and
           * "Joe Biden" (the short form is never longer) */
          if (first)
            wl = short_given_name (p, wl);
          first = FALSE;
          gsize len = ng_fold_word_translit (p, wl);
          if (o)
            plain[o++] = ' ';
          memmove (plain + o, p, len);
          o += len;
        }
      if (!sp)
        break;
      p = sp + 1;
    }
  plain[o] = '\0';
  return plain;
}

char *
ng_fold_slug (const char *s)
{
  g_return_val_if_fail (s != NULL, NULL);
  char *plain = ng_fold_plain (s);
  GString *out = g_string_sized_new (strlen (plain) + 1);
  for (const char *p = plain; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, *p);
      else if (*p == ' ' && out->len && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
      else if ((guchar) *p >= 0x80)
        {
          /* Non-Latin letters: percent-free hex keeps the IRI ASCII. */
          g_string_append_printf (out, "%02x", (guchar) *p);
        }
    }
  while (out->len && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len > 80)
    g_string_truncate (out, 80);
  while (out->len && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (!out->len)
    g_string_append_c (out, 'x');
  g_free (plain);
  return g_string_free (out, FALSE);
}

gboolean
ng_fold_is_father_particle (const char *w, gsize n)
{
  return (n == 3 && (!strncmp (w, "bin", 3) || !strncmp (w, "ibn", 3) || !strncmp (w, "ben", 3)))
         || (n == 4 && (!strncmp (w, "bint", 4) || !strncmp (w, "ould", 4)));
}

gboolean
ng_fold_key_ends_in_father (const char *key)
{
  const char *sp = strrchr (key, ' ');
  if (!sp)
    return FALSE;
  const char *b = sp;
  while (b > key && b[-1] != ' ')
    b--;
  gsize l = (gsize) (sp - b);
  return (l == 3 && (!strncmp (b, "bin", 3) || !strncmp (b, "ibn", 3))) || (l == 4 && !strncmp (b, "bint", 4));
}
