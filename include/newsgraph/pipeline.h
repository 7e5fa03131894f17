/* pipeline.h - one build: read articles, extract on a thread pool,
 * resolve in key order, fill the store, call the writers.
 */
#ifndef NEWSGRAPH_PIPELINE_H
#define NEWSGRAPH_PIPELINE_H

#include <signal.h>
#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses (documented in newsgraph(1)). */
typedef enum {
  NG_EXIT_OK = 0,        /* every input was read */
  NG_EXIT_SKIPPED = 1,   /* some input was skipped (messages say which) */
  NG_EXIT_FAILURE = 2    /* nothing could be done, or a usage error */
} NgExit;

typedef struct {
  const char *out_dir;       /* output folder (created if needed) */
  guint formats;             /* NgFormat flags */
  const char *base;          /* base IRI, NULL = default */
  char **lexicons;           /* extra lexicon files (NULL-terminated), or NULL */
  guint jobs;                /* extraction threads, 0 = number of cores */
  gboolean quiet;            /* no progress, no summary */
  const char *into;          /* a folder with a built graph to add to (its graph.nq), or NULL */
  /* Set (by a signal handler) to stop: no further article is read and
   * nothing is written.  NULL = never. */
  const volatile sig_atomic_t *interrupted;
} NgBuildOptions;

/* Builds the graph of inputs (files, folders, "-" for standard input) and
 * writes it.  Messages go to standard error, prefixed "newsgraph: ".
 * Returns an NgExit status. */
NgExit ng_pipeline_build (const NgBuildOptions *options, char **inputs);

/* Merges graphs that build wrote (their graph.nq files, or folders holding
 * one): the articles of every input are resolved together, as one build
 * over all of them would, and written to options->out_dir. */
NgExit ng_pipeline_merge (const NgBuildOptions *options, char **graphs);

G_END_DECLS

#endif
