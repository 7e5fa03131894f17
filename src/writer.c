/* writer.c - output formats, the writer interface and atomic files. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "newsgraph/writer.h"

G_DEFINE_QUARK (ng-writer-error-quark, ng_writer_error)

/* Every format, in the order files are written. */
static const struct {
  NgFormat format;
  const char *name;
} formats_table[] = {
  { NG_FORMAT_TTL, "ttl" },
  { NG_FORMAT_NT,  "nt" },
  { NG_FORMAT_NQ,  "nq" },
  { NG_FORMAT_DOT, "dot" },
  { NG_FORMAT_SVG, "svg" },
  { NG_FORMAT_PNG, "png" },
};

#define VALID_FORMATS "ttl, nt, nq, dot, svg, png"

gboolean
ng_format_parse (const char *list, guint *formats, GError **error)
{
  g_auto (GStrv) items = NULL;
  guint flags = 0;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (formats != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  items = g_strsplit (list, ",", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *name = g_ascii_strdown (g_strstrip (items[i]), -1);
      gboolean found = FALSE;

      if (*name == '\0')
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (formats_table); k++)
        if (strcmp (name, formats_table[k].name) == 0)
          {
            flags |= formats_table[k].format;
            found = TRUE;
            break;
          }
      if (!found)
        {
          g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_FORMAT,
                       "unknown output format '%s' (valid formats: %s)",
                       items[i], VALID_FORMATS);
          return FALSE;
        }
    }
  if (flags == 0)
    {
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_FORMAT,
                   "no output format given (valid formats: %s)", VALID_FORMATS);
      return FALSE;
    }
  *formats = flags;
  return TRUE;
}

const char *
ng_format_extension (NgFormat format)
{
  for (guint k = 0; k < G_N_ELEMENTS (formats_table); k++)
    if (formats_table[k].format == format)
      return formats_table[k].name;
  g_return_val_if_reached (NULL);
}

NgWriter *
ng_writer_new (NgFormat format, NgStore *store, const NgWriteOptions *options,
               GError **error)
{
  NgWriter *w = NULL;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case NG_FORMAT_TTL:
    case NG_FORMAT_NT:
    case NG_FORMAT_NQ:
      w = ng_write_rdf_new (format, store, options);
      break;
    case NG_FORMAT_DOT:
    case NG_FORMAT_SVG:
    case NG_FORMAT_PNG:
      w = ng_write_dot_new (format, store, options);
      break;
    default:
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_FORMAT,
                   "unknown output format %#x (valid formats: %s)",
                   (unsigned) format, VALID_FORMATS);
      return NULL;
    }
  if (w == NULL)
    g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_LIBRARY,
                 "could not create the %s writer", ng_format_extension (format));
  return w;
}

void
ng_writer_free (NgWriter *w)
{
  if (w == NULL)
    return;
  w->klass->free (w);
}

typedef struct {
  NgWriter *w;
  GError *error;
} RunContext;

/* TRUE if the options say the run was interrupted. */
static gboolean
options_interrupted (const NgWriteOptions *options)
{
  return options && options->interrupted && *options->interrupted;
}

/* Hands one quad to the writer; stops at the first error or at an
 * interruption. */
static gboolean
run_quad_cb (const NgQuad *quad, gpointer user_data)
{
  RunContext *ctx = user_data;
  if (G_UNLIKELY (options_interrupted (ctx->w->options)))
    {
      g_set_error (&ctx->error, NG_WRITER_ERROR, NG_WRITER_ERROR_INTERRUPTED, "interrupted");
      return FALSE;
    }
  return ctx->w->klass->quad (ctx->w, quad, &ctx->error);
}

gboolean
ng_writer_run (NgWriter *w, FILE *out, GError **error)
{
  RunContext ctx = { w, NULL };

  g_return_val_if_fail (w != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!w->klass->start (w, out, error))
    return FALSE;
  ng_store_foreach_quad (w->store, run_quad_cb, &ctx);
  if (ctx.error != NULL)
    {
      g_propagate_error (error, ctx.error);
      return FALSE;
    }
  return w->klass->end (w, error);
}

/* ------------------------------------------------------------ folders */

gboolean
ng_output_dir_check (const char *dir, GError **error)
{
  g_autofree char *probe = NULL;
  int fd, saved;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot create output folder %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "output folder %s is not a folder", dir);
      return FALSE;
    }
  probe = g_build_filename (dir, ".newsgraph-probe-XXXXXX", NULL);
  fd = g_mkstemp (probe);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot write in output folder %s: %s", dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  if (g_unlink (probe) != 0)
    {
      saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot remove files in output folder %s: %s", dir,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ atomic files */

struct NgAtomicFile {
  char *path;
  char *tmp;
  FILE *stream;
  int fd;
  /* Bytes written, and where the current and the previous windows start
   * (see sink_write). */
  off_t written, window, prev;
};

#if defined(HAVE_FOPENCOOKIE) && defined(HAVE_SYNC_FILE_RANGE) && defined(HAVE_POSIX_FADVISE)
#define NG_SINK 1
/* Bytes of output handed to the disk at a time. */
#define SINK_WINDOW ((off_t) 32 << 20)

/* The stream's write function: writes to the file and, every window of
 * 32 MB, starts that window's writeback, waits for the window before it
 * and drops its pages from the page cache.  A build writes gigabytes: left
 * in the cache, they crowded out other files, and at 160 MB of input the
 * kernel spent half again as much system time per byte (9.2 s against 6.2
 * s) filling fresh pages.  The data is on disk at the same point as before
 * (the fsync before the rename); this only starts earlier. */
static ssize_t
sink_write (void *cookie, const char *buf, size_t n)
{
  NgAtomicFile *f = cookie;
  size_t done = 0;
  while (done < n)
    {
      ssize_t w = write (f->fd, buf + done, n - done);
      if (w < 0)
        {
          if (errno == EINTR)
            continue;
          return done > 0 ? (ssize_t) done : -1;
        }
      done += (size_t) w;
    }
  f->written += (off_t) n;
  if (f->written - f->window >= SINK_WINDOW)
    {
      off_t start = f->window, len = f->written - f->window;
      /* Hints: a file system that cannot do them loses nothing. */
      (void) sync_file_range (f->fd, start, len, SYNC_FILE_RANGE_WRITE);
      off_t prev_len = f->window - f->prev;
      if (prev_len > 0)
        {
          if (sync_file_range (f->fd, f->prev, prev_len,
                               SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE
                               | SYNC_FILE_RANGE_WAIT_AFTER) != 0
              && errno != EINVAL && errno != ENOSYS && errno != ESPIPE)
            /* A write the disk refused: the stream reports it (errno). */
            return -1;
          (void) posix_fadvise (f->fd, f->prev, prev_len, POSIX_FADV_DONTNEED);
        }
      f->prev = start;
      f->window = f->written;
    }
  return (ssize_t) n;
}

/* The stream's close function. */
static int
sink_close (void *cookie)
{
  NgAtomicFile *f = cookie;
  return close (f->fd);
}
#endif

/* Frees an atomic file's memory. */
static void
atomic_file_free (NgAtomicFile *f)
{
  g_free (f->path);
  g_free (f->tmp);
  g_free (f);
}

NgAtomicFile *
ng_atomic_file_open (const char *path, GError **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmpname = NULL;
  NgAtomicFile *f;
  int fd, saved;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmpname = g_strdup_printf (".%s.XXXXXX", base);
  f = g_new0 (NgAtomicFile, 1);
  f->path = g_strdup (path);
  f->tmp = g_build_filename (dir, tmpname, NULL);
  fd = g_mkstemp_full (f->tmp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot create a temporary file for %s: %s", path,
                   g_strerror (saved));
      atomic_file_free (f);
      return NULL;
    }
  f->fd = fd;
#ifdef NG_SINK
  f->stream = fopencookie (f, "w", (cookie_io_functions_t) { NULL, sink_write, NULL, sink_close });
#else
  f->stream = fdopen (fd, "w");
#endif
  if (f->stream == NULL)
    {
      saved = errno;
      close (fd);
      g_unlink (f->tmp);
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot open %s: %s", f->tmp, g_strerror (saved));
      atomic_file_free (f);
      return NULL;
    }
  return f;
}

FILE *
ng_atomic_file_stream (NgAtomicFile *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->stream;
}

int
ng_atomic_file_fd (NgAtomicFile *f)
{
  g_return_val_if_fail (f != NULL, -1);
  return f->stream ? f->fd : -1;
}

gboolean
ng_atomic_file_close (NgAtomicFile *f, GError **error)
{
  int saved = 0;
  const char *what = NULL;

  g_return_val_if_fail (f != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (f->stream == NULL)
    return TRUE;
  if (fflush (f->stream) != 0)
    saved = errno, what = "cannot write";
  else if (ferror (f->stream))
    saved = EIO, what = "cannot write";
  else if (fsync (f->fd) != 0 && errno != EINVAL && errno != EROFS)
    saved = errno, what = "cannot write";
  if (fclose (f->stream) != 0 && what == NULL)
    saved = errno, what = "cannot write";
  f->stream = NULL;
  if (what != NULL)
    {
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO, "%s %s: %s",
                   what, f->path, g_strerror (saved));
      g_unlink (f->tmp);
      g_clear_pointer (&f->tmp, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
ng_atomic_file_commit (NgAtomicFile *f, GError **error)
{
  g_return_val_if_fail (f != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  gboolean ok = f->tmp != NULL && ng_atomic_file_close (f, error);
  if (ok && g_rename (f->tmp, f->path) != 0)
    {
      int saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO, "cannot rename into place %s: %s",
                   f->path, g_strerror (saved));
      g_unlink (f->tmp);
      ok = FALSE;
    }
  else if (!ok && error && *error == NULL)
    g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO, "cannot write %s", f->path);
  atomic_file_free (f);
  return ok;
}

void
ng_atomic_file_abort (NgAtomicFile *f)
{
  if (f == NULL)
    return;
  if (f->stream != NULL)
    fclose (f->stream);
  if (f->tmp != NULL)
    g_unlink (f->tmp);
  atomic_file_free (f);
}

/* ------------------------------------------------------------ all files */

/* Writes one format to a temporary file beside path, complete and closed;
 * *done gets it, to be renamed into place (or removed) with the others. */
static gboolean
write_one (NgStore *store, NgFormat format, const char *path,
           const NgWriteOptions *options, gboolean last, NgAtomicFile **done,
           GError **error)
{
  g_autoptr (NgWriter) w = NULL;
  NgAtomicFile *f;

  *done = NULL;
  w = ng_writer_new (format, store, options, error);
  if (w == NULL)
    return FALSE;
  w->consume = last && options->consume;
  f = ng_atomic_file_open (path, error);
  if (f == NULL)
    return FALSE;
  if (!ng_writer_run (w, ng_atomic_file_stream (f), error))
    {
      ng_atomic_file_abort (f);
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  if (!ng_atomic_file_close (f, error))
    {
      ng_atomic_file_abort (f);
      return FALSE;
    }
  *done = f;
  return TRUE;
}

/* One output file written on a thread of its own. */
typedef struct {
  NgStore *store;
  NgFormat format;
  char *path;
  const NgWriteOptions *options;
  NgAtomicFile *done;
  GError *error;
  gboolean ok;
} ParallelJob;

/* Writes a ParallelJob's file (the thread's body). */
static gpointer
write_job (gpointer data)
{
  ParallelJob *j = data;
  j->ok = write_one (j->store, j->format, j->path, j->options, FALSE, &j->done, &j->error);
  return NULL;
}

/* DIR/BASENAME.EXT. */
static char *
output_path (const char *dir, const char *basename, const char *ext)
{
  g_autofree char *file = g_strdup_printf ("%s.%s", basename, ext);
  return g_build_filename (dir, file, NULL);
}

/* Stops an iteration at its first quad. */
static gboolean
stop_at_once (const NgQuad *quad, gpointer unused)
{
  return FALSE;
}

gboolean
ng_writer_write_all (NgStore *store, const char *dir, guint formats,
                     const NgWriteOptions *options, GError **error)
{
  NgWriteOptions defaults = { NULL, NULL, FALSE, NULL, FALSE };
  const char *basename;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    options = &defaults;
  if ((formats & ~(guint) NG_FORMAT_ALL) != 0)
    {
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_FORMAT,
                   "unknown output format %#x (valid formats: %s)",
                   formats & ~(guint) NG_FORMAT_ALL, VALID_FORMATS);
      return FALSE;
    }
  if (!ng_output_dir_check (dir, error))
    return FALSE;
  basename = options->basename && *options->basename ? options->basename : "graph";

  /* Every index the writers read is built now: from here on the store is
   * only read, so the RDF files (each writer with a raptor2 world or no
   * library at all) can be written on threads of their own while the
   * graphviz files, which share graphviz's global state, are drawn one
   * after the other on this thread. */
  ng_store_foreach_quad (store, stop_at_once, NULL);  /* a full scan: also trims the quads */
  ng_store_n_triples (store);
  ParallelJob side[3];
  GThread *threads[3];
  guint n_side = 0;
  const guint rdf = NG_FORMAT_TTL | NG_FORMAT_NT | NG_FORMAT_NQ;
  if (options->parallel)
    for (guint k = 0; k < G_N_ELEMENTS (formats_table); k++)
      {
        NgFormat f = formats_table[k].format;
        /* The last remaining format, if alone, is written here. */
        if (!(formats & f & rdf) || (formats & ~(guint) f) == 0)
          continue;
        side[n_side] = (ParallelJob) { store, f, output_path (dir, basename, formats_table[k].name),
                                       options, NULL, NULL, TRUE };
        threads[n_side] = g_thread_new ("newsgraph-write", write_job, &side[n_side]);
        n_side++;
        formats &= ~(guint) f;
      }
  /* Every file is written complete under a temporary name first; they
   * replace the previous ones only once all are, so that a failure or an
   * interruption leaves the previous graph whole. */
  NgAtomicFile *done[G_N_ELEMENTS (formats_table)] = { NULL };
  guint n_done = 0;
  gboolean ok = TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (formats_table) && ok; k++)
    {
      if (!(formats & formats_table[k].format))
        continue;
      g_autofree char *path = output_path (dir, basename, formats_table[k].name);
      /* The last reader, when no thread reads beside it. */
      gboolean last = n_side == 0 && (formats & ~(guint) formats_table[k].format) == 0;
      ok = write_one (store, formats_table[k].format, path, options, last, &done[n_done], error);
      formats &= ~(guint) formats_table[k].format;
      if (ok)
        n_done++;
    }
  for (guint i = 0; i < n_side; i++)
    {
      g_thread_join (threads[i]);
      if (side[i].ok)
        done[n_done++] = side[i].done;
      else if (ok)
        g_propagate_error (error, side[i].error), side[i].error = NULL;
      ok = ok && side[i].ok;
      g_clear_error (&side[i].error);
      g_free (side[i].path);
    }
  if (ok && options_interrupted (options))
    {
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_INTERRUPTED, "interrupted");
      ok = FALSE;
    }
  for (guint i = 0; i < n_done; i++)
    {
      if (ok)
        ok = ng_atomic_file_commit (done[i], error);
      else
        ng_atomic_file_abort (done[i]);
    }
  return ok;
}
