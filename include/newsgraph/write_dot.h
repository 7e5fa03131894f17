/* write_dot.h - relationship diagrams: DOT through cgraph, SVG/PNG through gvc.
 *
 * One drawing code serves `newsgraph build` (whole graph, as a writer
 * registered in writer.h) and `newsgraph dot` (the neighbourhood of one
 * entity).  Nodes are people, organizations, places and meetings, shaped
 * and coloured by kind; meetings are hubs labelled with date and place;
 * edges are labelled (attended, by video, planned, organizer, location,
 * holds post in, member of, in).  A legend is drawn as a cluster.
 * cgraph's and gvc's API stays inside write_dot.c.
 */
#ifndef NEWSGRAPH_WRITE_DOT_H
#define NEWSGRAPH_WRITE_DOT_H

#include <glib.h>
#include "newsgraph/store.h"
#include "newsgraph/writer.h"

G_BEGIN_DECLS

/* Kinds of node, as flags for NgDotOptions.kinds. */
typedef enum {
  NG_DOT_PERSON       = 1 << 0,
  NG_DOT_ORGANIZATION = 1 << 1,
  NG_DOT_PLACE        = 1 << 2,
  NG_DOT_MEETING      = 1 << 3
} NgDotKind;
#define NG_DOT_ALL_KINDS (NG_DOT_PERSON | NG_DOT_ORGANIZATION | NG_DOT_PLACE | NG_DOT_MEETING)

typedef struct {
  const char *focus;   /* a name or IRI to centre on; NULL = most connected part */
  guint depth;         /* hops from the focus (default 2) */
  guint max_nodes;     /* cap on nodes drawn (0 = no cap) */
  guint kinds;         /* NgDotKind flags (0 = all) */
} NgDotOptions;

/* Parses "person,organization,place,meeting" into NgDotKind flags. */
gboolean ng_dot_kinds_parse (const char *list, guint *kinds, GError **error);

/* Draws the store (or the focused part of it) and writes path atomically
 * in format (NG_FORMAT_DOT, NG_FORMAT_SVG or NG_FORMAT_PNG).  An unknown
 * focus is an error listing no node; an ambiguous one lists candidates. */
gboolean ng_dot_write_file (NgStore *store, const NgDotOptions *options,
                            const char *path, NgFormat format, GError **error);

G_END_DECLS

#endif
