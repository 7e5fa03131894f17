/* words.h - which fixed word lists a word is in, with one hash lookup.
 *
 * A module with many small word lists ("summit", "meeting", ... ;
 * "will", "would", ...) builds one NgWordLists over all of them, then asks
 * for a word's bits once (a bit per list) and tests them, instead of
 * comparing the word with every entry of every list.  The lists and their
 * words are borrowed (static data) and must outlive the table.
 */
#ifndef NEWSGRAPH_WORDS_H
#define NEWSGRAPH_WORDS_H

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

/* strcmp that settles on the first byte when it differs.  The rules
 * compare words with hundreds of literals ("the", "of", "summit"); most
 * differ at once, and the call to the library's strcmp costs more than
 * the test.  Same result as strcmp (the sign of the first difference). */
static inline int
ng_strcmp (const char *a, const char *b)
{
  if (a[0] != b[0])
    return (int) (unsigned char) a[0] - (int) (unsigned char) b[0];
  return strcmp (a, b);
}

typedef struct NgWordLists NgWordLists;

/* Builds the table of n (at most 64) NULL-terminated lists of words. */
NgWordLists *ng_word_lists_new (const char *const *const *lists, guint n);
/* The bits of the lists that hold word (0: none). */
guint64 ng_word_lists_bits (const NgWordLists *wl, const char *word);
/* The table of a module's lists, built on first use into *table (a static
 * of the module, NULL at first) and shared by every thread. */
const NgWordLists *ng_word_lists_shared (const NgWordLists **table,
                                         const char *const *const *lists, guint n);

/* The bit of list number i of a table: 1 << i. */
#define NG_WORD_LIST_BIT(i) (G_GUINT64_CONSTANT (1) << (i))

G_END_DECLS

#endif
