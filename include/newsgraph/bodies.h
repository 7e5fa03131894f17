/* bodies.h - names that the bodies of many countries or organizations bear.
 *
 * "the Ministry of Foreign Affairs", "the Presidency", "the Council of
 * Ministers" name a body of every country or of many organizations.  The
 * extractor names such a body for its country or organization ("Ministry
 * of Foreign Affairs of Kuwait", "COMESA Council of Ministers") and keeps
 * the bare name as a form; the resolver does not join entities on a bare
 * name when they have a name of their own, so that two countries' bodies
 * stay two.  Names are compared in lower case, with straight apostrophes.
 */
#ifndef NEWSGRAPH_BODIES_H
#define NEWSGRAPH_BODIES_H

#include <glib.h>

G_BEGIN_DECLS

/* The key the tests compare: name in lower case, with straight apostrophes
 * (free with g_free). */
char *ng_body_key (const char *name);
/* TRUE if name is the common name of a national body: "Ministry of Foreign
 * Affairs", "Defence Ministry", "Prime Minister's Office", "Presidency". */
gboolean ng_body_common_national (const char *name);
/* TRUE if name is one that bodies of many organizations bear: every word
 * generic ("Council of Ministers", "Committee of Senior Officials",
 * "Ministerial Council") and a body's head word among them. */
gboolean ng_body_common_org (const char *name);
/* Either of the two. */
gboolean ng_body_common (const char *name);

G_END_DECLS

#endif /* NEWSGRAPH_BODIES_H */
