/* facts.h - from one article to an NgDoc: entities, posts, meetings,
 * attendance and its mode, memberships, places in countries, dates.
 *
 * An NgExtractor holds per-thread scratch state over a shared read-only
 * lexicon; ng_extractor_run() has no other side effects, so articles can
 * be extracted on several threads at once.
 */
#ifndef NEWSGRAPH_FACTS_H
#define NEWSGRAPH_FACTS_H

#include <glib.h>
#include "newsgraph/article.h"
#include "newsgraph/doc.h"
#include "newsgraph/lexicon.h"

G_BEGIN_DECLS

typedef struct NgExtractor NgExtractor;

/* Creates an extractor over lex (borrowed; must outlive it). */
NgExtractor *ng_extractor_new (const NgLexicon *lex);
void ng_extractor_free (NgExtractor *ex);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgExtractor, ng_extractor_free)

/* Extracts what the article says; the result belongs to the caller. */
NgDoc *ng_extractor_run (NgExtractor *ex, const NgArticle *article);

G_END_DECLS

#endif
