/* words.c - which fixed word lists a word is in, with one hash lookup. */
#include "config.h"
#include "newsgraph/hash.h"
#include "newsgraph/words.h"

struct NgWordLists {
  const char *const *const *lists;
  guint n;
  GHashTable *bits;    /* word -> guint64* */
};

NgWordLists *
ng_word_lists_new (const char *const *const *lists, guint n)
{
  g_return_val_if_fail (n <= 64, NULL);
  NgWordLists *wl = g_new0 (NgWordLists, 1);
  wl->lists = lists;
  wl->n = n;
  wl->bits = g_hash_table_new_full (ng_str_hash, g_str_equal, NULL, g_free);
  for (guint l = 0; l < n; l++)
    for (const char *const *w = lists[l]; *w; w++)
      {
        guint64 *bits = g_hash_table_lookup (wl->bits, *w);
        if (!bits)
          {
            bits = g_new0 (guint64, 1);
            g_hash_table_insert (wl->bits, (gpointer) *w, bits);
          }
        *bits |= NG_WORD_LIST_BIT (l);
      }
  return wl;
}

guint64
ng_word_lists_bits (const NgWordLists *wl, const char *word)
{
  const guint64 *bits = g_hash_table_lookup (wl->bits, word);
  return bits ? *bits : 0;
}

const NgWordLists *
ng_word_lists_shared (const NgWordLists **table, const char *const *const *lists, guint n)
{
  if (g_once_init_enter (table))
    g_once_init_leave (table, ng_word_lists_new (lists, n));
  return *table;
}
