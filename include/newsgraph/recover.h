/* recover.h - documents recovered from a graph newsgraph wrote.
 *
 * Every article's named graph in graph.nq holds what that article said:
 * the entities it named (types, the names it used, their lexicon concepts),
 * its meetings, attendance, posts, memberships, places and evidence
 * sentences.  ng_recover_docs() turns those graphs back into NgDocs, so
 * that shards can be merged (`newsgraph merge`) and new articles added to
 * a built graph (`newsgraph build --into`) with the same resolution as a
 * single build over all the articles.
 */
#ifndef NEWSGRAPH_RECOVER_H
#define NEWSGRAPH_RECOVER_H

#include <glib.h>
#include "newsgraph/doc.h"
#include "newsgraph/store.h"

G_BEGIN_DECLS

#define NG_RECOVER_ERROR (ng_recover_error_quark ())
GQuark ng_recover_error_quark (void);
typedef enum {
  NG_RECOVER_ERROR_NO_ARTICLES   /* the graph holds no article graphs (not N-Quads?) */
} NgRecoverError;

/* Returns the documents of every article graph in store (NgDoc*, owned by
 * the array), sorted by key; NULL with an error if there is none. */
GPtrArray *ng_recover_docs (NgStore *store, GError **error);

G_END_DECLS

#endif
