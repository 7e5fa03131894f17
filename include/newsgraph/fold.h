/* fold.h - normalized keys for names.
 *
 * Three keys, each a newly allocated ASCII string:
 *  - ng_fold_plain: accents stripped, case folded, punctuation dropped,
 *    words separated by one space ("Côte d’Ivoire" -> "cote d ivoire");
 *    the key lexicons and name matching use.
 *  - ng_fold_name: ng_fold_plain plus a transliteration folding, so that
 *    variants of one name meet ("Sergei"/"Sergey", "Aleksandr"/"Alexander",
 *    "Rahmon"/"Rakhmon", "Aliyev"/"Aliev"): rules, not a list of pairs.
 *  - ng_fold_slug: ng_fold_plain with '-' between words, for IRIs.
 */
#ifndef NEWSGRAPH_FOLD_H
#define NEWSGRAPH_FOLD_H

#include <glib.h>

G_BEGIN_DECLS

/* Returns the plain key of s (UTF-8, may be invalid: bad bytes dropped). */
char *ng_fold_plain (const char *s);
/* Same, for the first len bytes of s. */
char *ng_fold_plain_len (const char *s, gssize len);
/* Appends the plain key of the first len bytes of s (len < 0: all) to out. */
void ng_fold_plain_append (GString *out, const char *s, gssize len);
/* Returns the transliteration-folded key of a name. */
char *ng_fold_name (const char *s);
/* Folds one already-plain word in place into its transliteration key;
 * returns the new length. */
gsize ng_fold_word_translit (char *word, gsize len);
/* TRUE if the n bytes at w are a word that introduces a father's name in
 * a key: "bin", "ibn", "ben", "bint", "ould". */
gboolean ng_fold_is_father_particle (const char *w, gsize n);
/* TRUE if a plain or name key ends in a father's name, not a surname:
 * "mohammed bin salman" (whose last word alone names King Salman). */
gboolean ng_fold_key_ends_in_father (const char *key);
/* Returns an IRI-safe slug ("vladimir-putin"); never empty ("x" if it would be). */
char *ng_fold_slug (const char *s);

G_END_DECLS

#endif
