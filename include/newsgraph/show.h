/* show.h - an entity card: what a graph says about one named entity.
 *
 * The entity is found by name among schema:name and schema:alternateName,
 * ignoring case and accents (Unicode case folding, NFKD with the marks
 * removed).  A match of the whole name (or of an other name) beats a
 * match of the last word of a name (a surname).  When several entities
 * match equally well, none is chosen: the error lists them.
 *
 * The card is plain text in a stable order: name, kind, IRI, other names,
 * then by kind --
 *   person:        nationality; posts held, each with the articles (date,
 *                  headline) and the sentence that state it; meetings taken
 *                  part in (date, place, organizer, mode, the other people
 *                  there, the article and sentence); absences;
 *   organization:  meetings organized, members, posts in it;
 *   place:         what it is in, meetings held there;
 *   meeting:       date, place, organizer, attendees with their mode,
 *                  absentees, the articles that report it.
 */
#ifndef NEWSGRAPH_SHOW_H
#define NEWSGRAPH_SHOW_H

#include <glib.h>
#include "newsgraph/store.h"

G_BEGIN_DECLS

#define NG_SHOW_ERROR (ng_show_error_quark ())
GQuark ng_show_error_quark (void);
typedef enum {
  NG_SHOW_ERROR_NOT_FOUND,  /* no entity has that name */
  NG_SHOW_ERROR_AMBIGUOUS   /* several fit equally well; the message
                             * lists each as "name (kind) <IRI>" */
} NgShowError;

/* Writes the card of the entity that best fits name (a name, or an
 * entity IRI) from store (borrowed, not changed) to out. */
gboolean ng_show_card (NgStore *store, const char *name, GString *out,
                       GError **error);

/* Returns the name folded for comparison: case folded, decomposed
 * (NFKD), combining marks removed, runs of spaces made one.  Free with
 * g_free. */
char *ng_show_fold_name (const char *name);

G_END_DECLS

#endif
