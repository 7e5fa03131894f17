/* resolve.h - entities and meetings across the whole corpus.
 *
 * An NgCorpus collects the documents of a build (in any order), then
 * resolves them in the order of their keys, so the result does not depend
 * on the order articles were read or on how many threads read them:
 *  - organizations and places are one entity per lexicon concept, else per
 *    folded name; an acronym and its expansion seen together are one;
 *  - people are one entity per transliteration-folded full name; a
 *    surname alone joins the one full name in the corpus that ends with
 *    it (none or several: it stays apart);
 *  - meetings of one organizer in one place on one day are one event,
 *    whichever articles report them.
 * ng_corpus_emit() writes the result into an NgStore (the shape is in
 * README.md, "The graph").
 */
#ifndef NEWSGRAPH_RESOLVE_H
#define NEWSGRAPH_RESOLVE_H

#include <glib.h>
#include "newsgraph/doc.h"
#include "newsgraph/store.h"

G_BEGIN_DECLS

typedef struct NgCorpus NgCorpus;

/* Creates an empty corpus whose IRIs are minted under base (NULL = default). */
NgCorpus *ng_corpus_new (const char *base);
void ng_corpus_free (NgCorpus *corpus);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgCorpus, ng_corpus_free)

/* Adds a document; the corpus takes ownership.  Returns FALSE (and frees
 * doc) if a document with the same key is already there. */
gboolean ng_corpus_add (NgCorpus *corpus, NgDoc *doc);
/* Number of documents. */
guint ng_corpus_n_docs (const NgCorpus *corpus);

/* Resolves and writes every triple into store.  Returns the number of
 * entities (people, organizations, places) and of facts (posts,
 * attendances, memberships, places in countries) through the out
 * parameters (may be NULL). */
void ng_corpus_emit (NgCorpus *corpus, NgStore *store, guint *n_entities, guint *n_facts);
/* The same, freeing each document once its triples are in the store, so
 * that a large corpus does not hold both at their largest.  Afterwards the
 * corpus can only be counted (ng_corpus_n_docs) and freed. */
void ng_corpus_emit_release (NgCorpus *corpus, NgStore *store, guint *n_entities, guint *n_facts);

G_END_DECLS

#endif
