/* test-fold.c - plain keys, name folding and slugs. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/fold.h"

/* Checks that ng_fold_plain (in) is want. */
static void
check_plain (const char *in, const char *want)
{
  g_autofree char *got = ng_fold_plain (in);
  g_assert_cmpstr (got, ==, want);
}

/* Accents, case, punctuation and spacing. */
static void
test_plain (void)
{
  check_plain ("Côte d\u2019Ivoire", "cote d ivoire");
  check_plain ("COTE D'IVOIRE", "cote d ivoire");
  check_plain ("  Nur-Sultan,  (Astana)!  ", "nur sultan astana");
  check_plain ("São Tomé and Príncipe", "sao tome and principe");
  check_plain ("Jürgen Straße Łódź Øresund Æther", "jurgen strasse lodz oresund aether");
  check_plain ("U.S.", "u s");
  check_plain ("G20", "g20");
  check_plain ("Владимир Путин", "владимир путин");
  check_plain ("", "");
  check_plain ("!!! \u2014 ...", "");
  /* Invalid bytes are dropped. */
  check_plain ("ab\xff" "c d\xc3", "abc d");
}

/* The length-limited and appending forms. */
static void
test_plain_len_append (void)
{
  g_autofree char *a = ng_fold_plain_len ("Hello World", 5);
  g_assert_cmpstr (a, ==, "hello");
  g_autofree char *b = ng_fold_plain_len ("Éric Zemmour", -1);
  g_assert_cmpstr (b, ==, "eric zemmour");
  /* A cut inside a multibyte character drops the partial character. */
  g_autofree char *c = ng_fold_plain_len ("abé", 3);
  g_assert_cmpstr (c, ==, "ab");

  g_autoptr (GString) out = g_string_new ("key:");
  ng_fold_plain_append (out, "  The  Kremlin ", -1);
  g_assert_cmpstr (out->str, ==, "key:the kremlin");
  ng_fold_plain_append (out, "XYZ", 2);
  g_assert_cmpstr (out->str, ==, "key:the kremlinxy");
}

/* Spellings of one name meet under ng_fold_name. */
static const char *const same[][4] = {
  { "Sergei", "Sergey", "SERGEI", NULL },
  { "Alexander", "Aleksandr", "Alexandr", NULL },
  { "Rahmon", "Rakhmon", NULL },
  { "Yuri", "Yury", "Yuriy", NULL },
  { "Dmitry", "Dmitri", "Dmitriy", "Dmitrii" },
  { "Nikolai", "Nikolay", NULL },
  { "Maksim", "Maxim", NULL },
  { "Aliyev", "Aliev", NULL },
  { "Tokayev", "Tokaev", NULL },
  { "Zelensky", "Zelenskyy", "Zelenskiy", NULL },
  { "Andrei", "Andrey", NULL },
  { "Alexei", "Alexey", "Aleksei", NULL },
  { "Mikhail", "Mihail", NULL },
  { "Mirziyoyev", "Mirziyoev", NULL },
  { "Japarov", "Zhaparov", "Dzhaparov", NULL },
  { "Yevgeny", "Evgeny", "Evgeniy", NULL },
  { "Jackson", "Jakson", NULL },
  { "Ilham Aliyev", "ILHAM  ALIEV", "Ilham-Aliyev", NULL },
  { "Alyaksandr Lukashenka", "Aleksandr Lukashenko", "Alexander Lukashenko", NULL },
  /* (a patronymic is no part of the name) */
  { "Ilham Aliyev", "Ilham Heydar oglu Aliyev", "Ilham Heydar ogly Aliyev", NULL },
  { "Sadyr Japarov", "Sadyr Nurgojo uulu Japarov", NULL },
};

/* Different names stay apart. */
static const char *const apart[][2] = {
  { "Ivan", "Ilya" },
  { "Lavrov", "Lvov" },
  { "Kim Jong Un", "Kim Yo Jong" },
  { "Aliyev", "Alimov" },
  { "Sergei", "Sergio" },
  { "Maria", "Mario" },
  { "Putin", "Patin" },
  { "Tokayev", "Tokarev" },
  { "Alexander", "Alexandra" },
  { "Yuri", "Yuriko" },
  { "Lenka", "Lenka Novak" },
  { "Ilya", "Ile" },
  { "Ilham Aliyev", "Heydar Aliyev" },
  { "Oglu", "Ilham" },
};

/* Variants meet, different names do not. */
static void
test_name_variants (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *k0 = ng_fold_name (same[i][0]);
      g_assert_cmpstr (k0, !=, "");
      for (gsize j = 1; j < 4 && same[i][j]; j++)
        {
          g_autofree char *k = ng_fold_name (same[i][j]);
          g_test_message ("%s -> %s, %s -> %s", same[i][0], k0, same[i][j], k);
          g_assert_cmpstr (k, ==, k0);
        }
    }
  for (gsize i = 0; i < G_N_ELEMENTS (apart); i++)
    {
      g_autofree char *a = ng_fold_name (apart[i][0]);
      g_autofree char *b = ng_fold_name (apart[i][1]);
      g_test_message ("%s -> %s, %s -> %s", apart[i][0], a, apart[i][1], b);
      g_assert_cmpstr (a, !=, b);
    }
}

/* The word form folds in place and returns the new length; words of
 * a name stay separate. */
static void
test_name_words (void)
{
  char w[] = "zelenskyy";
  gsize n = ng_fold_word_translit (w, strlen (w));
  g_assert_cmpuint (n, ==, strlen (w));
  g_assert_cmpstr (w, ==, "zelenski");

  g_autofree char *k = ng_fold_name ("Kassym-Jomart Tokayev");
  g_assert_cmpuint (strlen (k), >, 0);
  g_assert_nonnull (strchr (k, ' '));
  g_autofree char *k2 = ng_fold_name ("Kassym Jomart Tokaev");
  g_assert_cmpstr (k, ==, k2);
  g_autofree char *e = ng_fold_name ("");
  g_assert_cmpstr (e, ==, "");
}

/* Checks that s is a valid slug: [a-z0-9-], no leading, trailing or double '-'. */
static void
check_slug (const char *s)
{
  g_assert_cmpuint (strlen (s), >, 0);
  g_assert_cmpuint (strlen (s), <=, 80);
  g_assert_cmpint (s[0], !=, '-');
  g_assert_cmpint (s[strlen (s) - 1], !=, '-');
  g_assert_null (strstr (s, "--"));
  for (const char *p = s; *p; p++)
    g_assert_true (g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-');
}

/* Slugs are ASCII, never empty, bounded. */
static void
test_slug (void)
{
  static const char *const cases[][2] = {
    { "Vladimir Putin", "vladimir-putin" },
    { "  Côte d\u2019Ivoire  ", "cote-d-ivoire" },
    { "CSTO -- Summit!", "csto-summit" },
    { "2021-09-15", "2021-09-15" },
    { "", "x" },
    { "\u2014 ? \u2014", "x" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = ng_fold_slug (cases[i][0]);
      g_assert_cmpstr (s, ==, cases[i][1]);
      check_slug (s);
    }
  /* Other scripts become hex; different names keep different slugs. */
  g_autofree char *a = ng_fold_slug ("Владимир Путин");
  g_autofree char *b = ng_fold_slug ("Владимир Зеленский");
  check_slug (a);
  check_slug (b);
  g_assert_cmpstr (a, !=, b);
  g_autofree char *c = ng_fold_slug ("習近平 \U0001F600");
  check_slug (c);
  /* Long input is cut, and the cut never leaves a trailing '-'. */
  GString *lng = g_string_new (NULL);
  for (guint i = 0; i < 60; i++)
    g_string_append (lng, "ab ");
  for (guint k = 0; k < 3; k++)
    {
      g_autofree char *l = ng_fold_slug (lng->str + k);
      check_slug (l);
    }
  g_string_free (lng, TRUE);
}

/* A given name and its short form fold alike before a surname: "Joseph
 * Biden" and "Joe Biden"; a name alone, or after another word, does not. */
static void
test_short_given_names (void)
{
  g_autofree char *a = ng_fold_name ("Joseph Biden");
  g_autofree char *b = ng_fold_name ("Joe Biden");
  g_assert_cmpstr (a, ==, b);
  g_autofree char *c = ng_fold_name ("William Ruto");
  g_autofree char *d = ng_fold_name ("Bill Ruto");
  g_assert_cmpstr (c, ==, d);
  g_autofree char *e = ng_fold_name ("Joseph");
  g_autofree char *f = ng_fold_name ("Joe");
  g_assert_cmpstr (e, !=, f);
  g_autofree char *g = ng_fold_name ("Mary Joseph");
  g_autofree char *h = ng_fold_name ("Mary Joe");
  g_assert_cmpstr (g, !=, h);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fold/plain/keys", test_plain);
  g_test_add_func ("/fold/plain/len-append", test_plain_len_append);
  g_test_add_func ("/fold/name/variants", test_name_variants);
  g_test_add_func ("/fold/name/words", test_name_words);
  g_test_add_func ("/fold/slug/ascii-bounded", test_slug);
  g_test_add_func ("/fold/name/short-given-names", test_short_given_names);
  return g_test_run ();
}
