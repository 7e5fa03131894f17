/* writer.h - one interface for every output format, and atomic files.
 *
 * A writer is fed the store's quads between start and end.  Each
 * implementation (write_rdf.c: Turtle, N-Triples, N-Quads; write_dot.c:
 * DOT, SVG, PNG) fills an NgWriterClass.  ng_writer_write_all() writes each
 * requested format to a temporary file in the output folder and renames it
 * over FILE when complete, so a killed run never leaves a torn file and
 * never destroys the previous graph.
 */
#ifndef NEWSGRAPH_WRITER_H
#define NEWSGRAPH_WRITER_H

#include <signal.h>
#include <stdio.h>
#include <glib.h>
#include "newsgraph/store.h"

G_BEGIN_DECLS

#define NG_WRITER_ERROR (ng_writer_error_quark ())
GQuark ng_writer_error_quark (void);
typedef enum {
  NG_WRITER_ERROR_FORMAT,   /* unknown format name */
  NG_WRITER_ERROR_IO,       /* could not create, write, or rename a file */
  NG_WRITER_ERROR_LIBRARY,  /* raptor2 or graphviz refused */
  NG_WRITER_ERROR_INTERRUPTED /* the interruption flag of the options was set */
} NgWriterError;

/* Output formats, as bit flags. */
typedef enum {
  NG_FORMAT_TTL = 1 << 0,
  NG_FORMAT_NT  = 1 << 1,
  NG_FORMAT_NQ  = 1 << 2,
  NG_FORMAT_DOT = 1 << 3,
  NG_FORMAT_SVG = 1 << 4,
  NG_FORMAT_PNG = 1 << 5
} NgFormat;
#define NG_FORMAT_DEFAULT (NG_FORMAT_TTL | NG_FORMAT_NQ | NG_FORMAT_DOT | NG_FORMAT_SVG)
#define NG_FORMAT_ALL     (NG_FORMAT_TTL | NG_FORMAT_NT | NG_FORMAT_NQ | NG_FORMAT_DOT | NG_FORMAT_SVG | NG_FORMAT_PNG)

/* Parses "ttl,nq,dot" into flags. */
gboolean ng_format_parse (const char *list, guint *formats, GError **error);
/* The file extension (without dot) of a single format. */
const char *ng_format_extension (NgFormat format);

/* Options shared by the writers (borrowed). */
typedef struct {
  const char *base;      /* base IRI of entities (for prefixes); NULL = default */
  const char *basename;  /* output file stem, "graph" by default */
  gboolean parallel;     /* write each RDF format on a thread of its own */
  const volatile sig_atomic_t *interrupted;  /* stop, writing nothing, once set; or NULL */
  gboolean consume;      /* the caller needs only the store's terms afterwards:
                          * the last writer may drop the quads once it has
                          * read them (see ng_store_clear_quads) */
} NgWriteOptions;

typedef struct NgWriter NgWriter;

/* The methods of one writer implementation. */
typedef struct {
  const char *name;
  /* Begins writing to out (borrowed, already open). */
  gboolean (*start) (NgWriter *w, FILE *out, GError **error);
  /* Writes one quad (borrowed).  For formats without graphs, the quads of
   * one triple are given once each; writers skip repeats themselves. */
  gboolean (*quad) (NgWriter *w, const NgQuad *quad, GError **error);
  /* Finishes; everything must be flushed to out. */
  gboolean (*end) (NgWriter *w, GError **error);
  void (*free) (NgWriter *w);
} NgWriterClass;

/* Common part of every writer; implementations embed it first. */
struct NgWriter {
  const NgWriterClass *klass;
  NgStore *store;                  /* borrowed */
  const NgWriteOptions *options;   /* borrowed */
  NgFormat format;
  gboolean consume;                /* the store's last reader: may drop its quads */
};

/* Creates the writer for one format (implemented by write_rdf.c and
 * write_dot.c); returns NULL with an error for an unknown format. */
NgWriter *ng_writer_new (NgFormat format, NgStore *store,
                         const NgWriteOptions *options, GError **error);
void ng_writer_free (NgWriter *w);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgWriter, ng_writer_free)

/* Writes the whole store with one writer to out. */
gboolean ng_writer_run (NgWriter *w, FILE *out, GError **error);

/* Checks that dir exists (creating it if needed) and is writable, before
 * any work is done. */
gboolean ng_output_dir_check (const char *dir, GError **error);

/* Writes every format in formats as DIR/BASENAME.EXT (the drawings last).
 * With options->consume and no writer on a thread of its own, the last
 * drawing drops the store's quads before it lays out its graph, so the
 * two do not take memory at the same time.  Each is written
 * complete under a temporary name; only when all are, and no interruption
 * was flagged, are they renamed into place.  On error or interruption no
 * existing file is replaced and no temporary file is left. */
gboolean ng_writer_write_all (NgStore *store, const char *dir, guint formats,
                              const NgWriteOptions *options, GError **error);

/* An output file written under a temporary name and renamed on commit. */
typedef struct NgAtomicFile NgAtomicFile;
/* Opens a temporary file beside path. */
NgAtomicFile *ng_atomic_file_open (const char *path, GError **error);
/* The stream to write to (borrowed).  It hands what it writes to the disk
 * as it goes, so it has no file number of its own: */
FILE *ng_atomic_file_stream (NgAtomicFile *f);
/* the temporary file's descriptor (borrowed), or -1 once closed. */
int ng_atomic_file_fd (NgAtomicFile *f);
/* Flushes, checks for write errors (removing the temporary file then) and
 * closes, without renaming; f stays to be committed or aborted. */
gboolean ng_atomic_file_close (NgAtomicFile *f, GError **error);
/* Closes as above if not yet closed, and renames into place; frees f. */
gboolean ng_atomic_file_commit (NgAtomicFile *f, GError **error);
/* Closes and removes the temporary file; frees f.  NULL is a no-op. */
void ng_atomic_file_abort (NgAtomicFile *f);

/* Implementation constructors (used by ng_writer_new). */
NgWriter *ng_write_rdf_new (NgFormat format, NgStore *store, const NgWriteOptions *options);
NgWriter *ng_write_dot_new (NgFormat format, NgStore *store, const NgWriteOptions *options);

G_END_DECLS

#endif
