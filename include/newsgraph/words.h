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

#include <glib.h>

G_BEGIN_DECLS

typedef struct NgWordLists NgWordLists;

/* Builds the table of n (at most 64) NULL-terminated lists of words. */
NgWordLists *ng_word_lists_new (const char *const *const *lists, guint n);
/* The bits of the lists that hold word (0: none). */
guint64 ng_word_lists_bits (const NgWordLists *wl, const char *word);
/* The bit of one of the lists the table was built from. */
guint64 ng_word_lists_bit (const NgWordLists *wl, const char *const *list);

G_END_DECLS

#endif
