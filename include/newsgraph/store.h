/* store.h - NgStore, the one place the graph lives.
 *
 * Terms (IRIs, literals with a datatype or a language, blank nodes) are
 * interned once and named by small integer ids (NgTermId, 0 = no term).
 * Triples are three ids.  Every triple may carry where it came from: the
 * article (the term id of the article's IRI, 0 for corpus-level triples),
 * the sentence index and the byte span in the article text.  A triple is
 * kept once per article (a quad); the first source seen for that article
 * wins.
 *
 * Ownership: the store copies every string it is given.  Strings it
 * returns live as long as the store.  Ids are assigned in insertion
 * order, so the same insertions always give the same ids.
 *
 * Iteration order is deterministic: by subject id, predicate id, object
 * id, then article id.  The same input therefore gives byte-identical
 * output files.
 */
#ifndef NEWSGRAPH_STORE_H
#define NEWSGRAPH_STORE_H

#include <glib.h>

G_BEGIN_DECLS

typedef guint32 NgTermId;

typedef enum {
  NG_TERM_NONE = 0,
  NG_TERM_IRI,
  NG_TERM_LITERAL,
  NG_TERM_BLANK
} NgTermKind;

/* Where a triple came from.  article is the term id of the article IRI
 * (0 = corpus-level, the default graph); sentence is the index of the
 * sentence in the article; start/end are byte offsets in its text. */
typedef struct {
  NgTermId article;
  guint32 sentence;
  guint32 start;
  guint32 end;
} NgSource;

/* One stored quad as iteration hands it out (borrowed). */
typedef struct {
  NgTermId s, p, o;
  NgSource src;
} NgQuad;

typedef struct NgStore NgStore;

/* Creates an empty store. */
NgStore *ng_store_new (void);
/* Frees the store; NULL is a no-op. */
void ng_store_free (NgStore *store);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgStore, ng_store_free)

/* Interns an IRI and returns its id. */
NgTermId ng_store_iri (NgStore *store, const char *iri);
/* Interns an IRI made of prefix + local (no separator added). */
NgTermId ng_store_iri2 (NgStore *store, const char *prefix, const char *local);
/* Interns a literal; datatype (an IRI) and lang may be NULL, not both set. */
NgTermId ng_store_literal (NgStore *store, const char *value,
                           const char *datatype, const char *lang);
/* Interns a blank node by its label. */
NgTermId ng_store_blank (NgStore *store, const char *label);
/* Returns the id of an IRI already interned, or 0. */
NgTermId ng_store_lookup_iri (const NgStore *store, const char *iri);
/* Returns the id of a plain (xsd:string) literal already interned, or 0. */
NgTermId ng_store_lookup_literal (const NgStore *store, const char *value,
                                  const char *datatype, const char *lang);

NgTermKind ng_store_term_kind (const NgStore *store, NgTermId id);
/* The IRI, the literal's lexical form, or the blank node label. */
const char *ng_store_term_value (const NgStore *store, NgTermId id);
/* The literal's datatype IRI, or NULL. */
const char *ng_store_term_datatype (const NgStore *store, NgTermId id);
/* The literal's language tag in lower case (tags compare without case), or NULL. */
const char *ng_store_term_lang (const NgStore *store, NgTermId id);
/* Number of interned terms. */
guint ng_store_n_terms (const NgStore *store);

/* Adds a triple, with its source (NULL = corpus-level, article 0).  A
 * quad (s, p, o, article) added twice is kept once, with the first source
 * given; the repeat is dropped when the store is next read.  Returns FALSE
 * only for invalid ids. */
gboolean ng_store_add (NgStore *store, NgTermId s, NgTermId p, NgTermId o,
                       const NgSource *src);
/* Convenience: adds (s, p, o) where p and o are given as strings. */
gboolean ng_store_add_iri (NgStore *store, NgTermId s, const char *p,
                           const char *o_iri, const NgSource *src);
gboolean ng_store_add_literal (NgStore *store, NgTermId s, const char *p,
                               const char *value, const char *datatype,
                               const char *lang, const NgSource *src);

/* TRUE if (s, p, o) is stored under any article. */
gboolean ng_store_contains (NgStore *store, NgTermId s, NgTermId p, NgTermId o);
/* Number of distinct (s, p, o) triples. */
gsize ng_store_n_triples (NgStore *store);
/* Number of distinct stored quads (triple + article). */
gsize ng_store_n_quads (NgStore *store);
/* Drops every quad (and source), keeping the terms and their ids: for a
 * store whose last reader, having gathered what it needs, reads only term
 * values from then on.  The memory goes back to the system. */
void ng_store_clear_quads (NgStore *store);
/* Bytes the store holds (terms, quads, indexes), for the benchmark. */
gsize ng_store_memory (const NgStore *store);

/* Callback for iteration; the quad is borrowed.  Return FALSE to stop. */
typedef gboolean (*NgQuadFunc) (const NgQuad *quad, gpointer user_data);

/* Calls func on every quad matching the pattern (0 = any), in the
 * deterministic order described above.  Adding to the store from inside
 * func is not allowed. */
void ng_store_match (NgStore *store, NgTermId s, NgTermId p, NgTermId o,
                     NgQuadFunc func, gpointer user_data);
/* Calls func once per distinct triple (the quad with the lowest article id
 * stands for all of them), in order. */
void ng_store_foreach_triple (NgStore *store, NgQuadFunc func, gpointer user_data);
/* Calls func on every quad, in order. */
void ng_store_foreach_quad (NgStore *store, NgQuadFunc func, gpointer user_data);

/* First object of (s, p, ?o), or 0. */
NgTermId ng_store_object (NgStore *store, NgTermId s, NgTermId p);
/* All distinct objects of (s, p, ?o), in order; free with g_array_unref. */
GArray *ng_store_objects (NgStore *store, NgTermId s, NgTermId p);
/* All distinct subjects of (?s, p, o), in order; free with g_array_unref. */
GArray *ng_store_subjects (NgStore *store, NgTermId p, NgTermId o);

G_END_DECLS

#endif
