/* query.h - SPARQL over a graph held in an NgStore.
 *
 * The query is run by rasqal directly over the store: no file is written
 * and nothing is parsed twice.  The default graph is the union of every
 * triple in the store (whatever article states it); GRAPH ?g ranges over
 * the named graphs, one per article (NgSource.article), so
 *   SELECT ?g WHERE { GRAPH ?g { ?p a schema:Person } }
 * lists the articles that mention a person.  Corpus-level triples
 * (article 0) are in the default graph only.
 *
 * Results are formatted into a GString the caller owns:
 *   SELECT           table (aligned, for a terminal), SPARQL 1.1 TSV,
 *                    SPARQL 1.1 CSV (RFC 4180 quoting, CRLF line ends) or
 *                    SPARQL 1.1 JSON results;
 *   ASK              "true" or "false" (JSON: {"head":{},"boolean":...});
 *   CONSTRUCT        N-Triples, whatever the format;
 *   DESCRIBE <iri>   N-Triples: every triple whose subject is the IRI
 *                    (rasqal does not run DESCRIBE; variables are refused).
 * An empty SELECT result gives the header line only.
 */
#ifndef NEWSGRAPH_QUERY_H
#define NEWSGRAPH_QUERY_H

#include <glib.h>
#include "newsgraph/store.h"

G_BEGIN_DECLS

#define NG_QUERY_ERROR (ng_query_error_quark ())
GQuark ng_query_error_quark (void);
typedef enum {
  NG_QUERY_ERROR_SYNTAX,   /* the query does not parse; message is
                            * "query:LINE:COLUMN: what is wrong" */
  NG_QUERY_ERROR_EXECUTE,  /* the query parsed but could not be run */
  NG_QUERY_ERROR_FORMAT    /* unknown output format name */
} NgQueryError;

/* How SELECT results are written. */
typedef enum {
  NG_QUERY_FORMAT_TABLE,   /* aligned columns, prefixed names, for people */
  NG_QUERY_FORMAT_TSV,     /* SPARQL 1.1 Query Results TSV */
  NG_QUERY_FORMAT_CSV,     /* SPARQL 1.1 Query Results CSV */
  NG_QUERY_FORMAT_JSON     /* SPARQL 1.1 Query Results JSON */
} NgQueryFormat;

/* Parses "table", "tsv", "csv" or "json" into *format. */
gboolean ng_query_format_parse (const char *name, NgQueryFormat *format,
                                GError **error);

/* Runs the SPARQL text over store (borrowed, not changed) and appends the
 * formatted result to out.  On error nothing is appended. */
gboolean ng_query_run (NgStore *store, const char *sparql,
                       NgQueryFormat format, GString *out, GError **error);

G_END_DECLS

#endif
