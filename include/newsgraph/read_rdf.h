/* read_rdf.h - graphs that newsgraph wrote, read back into an NgStore.
 *
 * Turtle (.ttl), N-Triples (.nt) and N-Quads (.nq) are parsed with
 * raptor2.  Quads of a named graph get that graph's IRI as their source
 * article (NgSource.article), so per-article provenance survives the
 * round trip; triples in the default graph get article 0.
 */
#ifndef NEWSGRAPH_READ_RDF_H
#define NEWSGRAPH_READ_RDF_H

#include <glib.h>
#include "newsgraph/store.h"

G_BEGIN_DECLS

#define NG_READ_RDF_ERROR (ng_read_rdf_error_quark ())
GQuark ng_read_rdf_error_quark (void);
typedef enum {
  NG_READ_RDF_ERROR_OPEN,    /* file missing or unreadable */
  NG_READ_RDF_ERROR_FORMAT,  /* unknown file extension */
  NG_READ_RDF_ERROR_PARSE    /* syntax error (message has file:line) */
} NgReadRdfError;

/* Parses path (format from its extension: .ttl, .nt, .nq; "-" reads
 * N-Quads from standard input) into store. */
gboolean ng_read_rdf_file (NgStore *store, const char *path, GError **error);

/* Parses a folder written by `newsgraph build`: graph.nq if present,
 * else graph.ttl, else graph.nt; or a single file.  */
gboolean ng_read_rdf_graph (NgStore *store, const char *path, GError **error);

G_END_DECLS

#endif
