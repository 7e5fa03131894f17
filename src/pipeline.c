/* pipeline.c - one build: read, extract (threads), resolve, store, write. */
#include "config.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include "newsgraph/pipeline.h"
#include "newsgraph/article.h"
#include "newsgraph/facts.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/read_rdf.h"
#include "newsgraph/recover.h"
#include "newsgraph/resolve.h"
#include "newsgraph/store.h"
#include "newsgraph/writer.h"

/* One unit of work: a file (or "-"), or one JSON line. */
typedef struct {
  char *path;            /* file path, "-" */
  char *json;            /* a JSON Lines record, or NULL */
  guint line;            /* its line number */
  NgDoc *doc;            /* result */
  char *message;         /* error or warning to print */
  gboolean skipped;
  gsize bytes;
} Job;

typedef struct {
  const NgLexicon *lex;
  GMutex lock;
  GPtrArray *extractors;    /* NgExtractor: those no job is using */
  gint done;                /* jobs finished (atomic) */
  gint kbytes;              /* kilobytes read (atomic) */
  const volatile sig_atomic_t *interrupted;  /* or NULL */
} Shared;

/* Frees a job. */
static void
job_free (Job *j)
{
  g_free (j->path);
  g_free (j->json);
  g_free (j->message);
  if (j->doc)
    ng_doc_free (j->doc);
  g_free (j);
}

/* Prints a message prefixed with the program name. */
static void
say (const char *msg)
{
  fprintf (stderr, "newsgraph: %s\n", msg);
}

/* Reads standard input whole. */
static char *
read_stdin (gsize *len)
{
  GString *s = g_string_new (NULL);
  char buf[65536];
  size_t n;
  while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
    g_string_append_len (s, buf, (gssize) n);
  *len = s->len;
  return g_string_free (s, FALSE);
}

/* Extracts one job (runs on a worker thread). */
static void run_job_body (Job *j, Shared *sh);

/* Extracts one job and counts it as done. */
static void
run_job (Job *j, Shared *sh)
{
  run_job_body (j, sh);
  g_atomic_int_inc (&sh->done);
}

/* Reads and extracts one job (runs on a worker thread). */
static void
run_job_body (Job *j, Shared *sh)
{
  if (sh->interrupted && *sh->interrupted)
    return;
  GError *error = NULL;
  NgArticle *a = NULL;
  if (j->json)
    a = ng_article_from_json (j->path, j->line, j->json, strlen (j->json), &error);
  else
    {
      char *data = NULL;
      gsize len = 0;
      if (strcmp (j->path, "-") == 0)
        data = read_stdin (&len);
      else if (!g_file_get_contents (j->path, &data, &len, &error))
        {
          j->message = g_strdup (error->message);
          j->skipped = TRUE;
          g_error_free (error);
          return;
        }
      j->bytes = len;
      a = ng_article_from_bytes (j->path, data, len, &error);
      g_free (data);
    }
  if (!a)
    {
      j->message = g_strdup (error->message);
      j->skipped = TRUE;
      g_error_free (error);
      return;
    }
  if (a->warning)
    j->message = g_strdup (a->warning);
  if (j->json)
    j->bytes = strlen (j->json);
  /* An extractor keeps caches from article to article: each job takes
   * one no other job is using and gives it back; they are freed with the
   * pool, not with its threads, which glib keeps for later pools. */
  g_mutex_lock (&sh->lock);
  NgExtractor *ex = sh->extractors->len
    ? g_ptr_array_steal_index_fast (sh->extractors, sh->extractors->len - 1) : NULL;
  g_mutex_unlock (&sh->lock);
  if (!ex)
    ex = ng_extractor_new (sh->lex);
  j->doc = ng_extractor_run (ex, a);
  g_mutex_lock (&sh->lock);
  g_ptr_array_add (sh->extractors, ex);
  g_mutex_unlock (&sh->lock);
  g_atomic_int_add (&sh->kbytes, (gint) (j->bytes / 1024));
  ng_article_free (a);
}

/* Shows how far extraction is: articles, speed, time left (on a terminal). */
static void
progress (Shared *sh, guint total, gint64 t0)
{
  guint done = (guint) g_atomic_int_get (&sh->done);
  double secs = (double) (g_get_monotonic_time () - t0) / 1e6;
  double mb = g_atomic_int_get (&sh->kbytes) / 1024.0;
  double left = done ? secs * (total - done) / done : 0;
  fprintf (stderr, "\rnewsgraph: %u/%u articles, %.1f MB/s, about %.0f s left\033[K",
           done, total, secs > 0 ? mb / secs : 0.0, left);
  fflush (stderr);
}

/* Orders paths. */
static gint
cmp_path (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Collects *.txt and *.jsonl files below dir, recursively. */
static gboolean
collect_dir (const char *dir, GPtrArray *files, GError **error)
{
  GDir *d = g_dir_open (dir, 0, error);
  if (!d)
    return FALSE;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *n;
  while ((n = g_dir_read_name (d)))
    g_ptr_array_add (names, g_build_filename (dir, n, NULL));
  g_dir_close (d);
  g_ptr_array_sort (names, cmp_path);
  for (guint i = 0; i < names->len; i++)
    {
      const char *p = g_ptr_array_index (names, i);
      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        {
          GError *e = NULL;
          if (!collect_dir (p, files, &e))
            {
              char *m = g_strdup_printf ("%s: %s", p, e->message);
              say (m);
              g_free (m);
              g_error_free (e);
            }
        }
      else if (g_str_has_suffix (p, ".txt") || g_str_has_suffix (p, ".jsonl"))
        g_ptr_array_add (files, g_strdup (p));
    }
  g_ptr_array_unref (names);
  return TRUE;
}

/* Splits a JSON Lines file into jobs. */
static void
add_jsonl (const char *path, GPtrArray *jobs, gboolean *skipped)
{
  FILE *f = strcmp (path, "-") == 0 ? stdin : fopen (path, "rb");
  if (!f)
    {
      char *m = g_strdup_printf ("%s: %s", path, g_strerror (errno));
      say (m);
      g_free (m);
      *skipped = TRUE;
      return;
    }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  guint ln = 0;
  while ((n = getline (&line, &cap, f)) >= 0)
    {
      ln++;
      gboolean blank = TRUE;
      for (ssize_t i = 0; i < n && blank; i++)
        if (!g_ascii_isspace (line[i]))
          blank = FALSE;
      if (blank)
        continue;
      Job *j = g_new0 (Job, 1);
      j->path = g_strdup (path);
      j->json = g_strndup (line, (gsize) n);
      j->line = ln;
      g_ptr_array_add (jobs, j);
    }
  free (line);
  if (f != stdin)
    fclose (f);
}

/* Reads a built graph (a folder's graph.nq, or an .nq file) and adds its
 * articles to the corpus; counts them into *n. */
static gboolean
add_graph (NgCorpus *corpus, const char *path, guint *n)
{
  GError *error = NULL;
  g_autoptr (NgStore) store = ng_store_new ();
  char *file = g_file_test (path, G_FILE_TEST_IS_DIR) ? g_build_filename (path, "graph.nq", NULL) : g_strdup (path);
  gboolean ok = ng_read_rdf_file (store, file, &error);
  GPtrArray *docs = ok ? ng_recover_docs (store, &error) : NULL;
  if (!docs)
    {
      char *m = g_strdup_printf ("%s: %s", file, error->message);
      say (m);
      g_free (m);
      g_error_free (error);
      g_free (file);
      return FALSE;
    }
  g_free (file);
  /* The corpus takes every document over. */
  g_ptr_array_set_free_func (docs, NULL);
  for (guint i = 0; i < docs->len; i++)
    if (ng_corpus_add (corpus, g_ptr_array_index (docs, i)))
      (*n)++;
  g_ptr_array_unref (docs);
  return TRUE;
}

/* Resolves the corpus, writes every format and prints the summary.
 * Takes the corpus: each document is freed once its triples are in the
 * store, so that the peak memory does not hold both. */
static gboolean
write_corpus (NgCorpus *corpus, const NgBuildOptions *o, gsize bytes, gint64 t0)
{
  GError *error = NULL;
  g_autoptr (NgStore) store = ng_store_new ();
  guint n_ent = 0, n_facts = 0;
  ng_corpus_emit_release (corpus, store, &n_ent, &n_facts);
  guint n_docs = ng_corpus_n_docs (corpus);
  ng_corpus_free (corpus);
#ifdef HAVE_MALLOC_TRIM
  /* The articles were many small blocks among the store's: give their
   * pages back, or the indexes and writers come on top of them. */
  malloc_trim (0);
#endif
  if (o->interrupted && *o->interrupted)
    {
      say ("interrupted; nothing written");
      return FALSE;
    }
  guint threads = o->jobs ? o->jobs : g_get_num_processors ();
  /* Only the count is needed of the store once written. */
  gsize n_triples = ng_store_n_triples (store);
  NgWriteOptions wo = { o->base, "graph", threads > 1, o->interrupted, TRUE };
  if (!ng_writer_write_all (store, o->out_dir, o->formats, &wo, &error))
    {
      if (g_error_matches (error, NG_WRITER_ERROR, NG_WRITER_ERROR_INTERRUPTED))
        say ("interrupted; nothing written");
      else
        say (error->message);
      g_error_free (error);
      return FALSE;
    }
  double secs = (double) (g_get_monotonic_time () - t0) / 1e6;
  if (!o->quiet)
    fprintf (stderr, "newsgraph: %u articles, %u entities, %u facts, %" G_GSIZE_FORMAT
             " triples, %.2f MB in %.2f s\n", n_docs, n_ent, n_facts,
             n_triples, (double) bytes / 1e6, secs);
  return TRUE;
}

NgExit
ng_pipeline_build (const NgBuildOptions *o, char **inputs)
{
  gint64 t0 = g_get_monotonic_time ();
  GError *error = NULL;
  gboolean skipped = FALSE;
  if (!ng_output_dir_check (o->out_dir, &error))
    {
      say (error->message);
      g_error_free (error);
      return NG_EXIT_FAILURE;
    }
  g_autoptr (NgLexicon) lex = ng_lexicon_new ();
  char *dir = ng_lexicon_default_dir ();
  if (!ng_lexicon_load_dir (lex, dir, &error))
    {
      char *m = g_strdup_printf ("cannot load the lexicons in %s: %s", dir, error->message);
      say (m);
      g_free (m);
      g_free (dir);
      g_error_free (error);
      return NG_EXIT_FAILURE;
    }
  g_free (dir);
  for (char **l = o->lexicons; l && *l; l++)
    if (!ng_lexicon_load_file (lex, *l, &error))
      {
        say (error->message);
        g_error_free (error);
        return NG_EXIT_FAILURE;
      }

  /* Inputs to jobs, in sorted order within folders. */
  GPtrArray *jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) job_free);
  for (char **in = inputs; *in; in++)
    {
      GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
      if (strcmp (*in, "-") == 0)
        {
          /* Standard input: JSON Lines if it starts with "{", else one article. */
          int c = getc (stdin);
          if (c != EOF)
            ungetc (c, stdin);
          if (c == '{')
            add_jsonl ("-", jobs, &skipped);
          else
            g_ptr_array_add (files, g_strdup ("-"));
        }
      else if (g_file_test (*in, G_FILE_TEST_IS_DIR))
        {
          if (!collect_dir (*in, files, &error))
            {
              say (error->message);
              g_clear_error (&error);
              skipped = TRUE;
            }
        }
      else if (g_file_test (*in, G_FILE_TEST_EXISTS))
        g_ptr_array_add (files, g_strdup (*in));
      else
        {
          char *m = g_strdup_printf ("%s: no such file or folder", *in);
          say (m);
          g_free (m);
          skipped = TRUE;
        }
      for (guint i = 0; i < files->len; i++)
        {
          const char *p = g_ptr_array_index (files, i);
          if (g_str_has_suffix (p, ".jsonl"))
            add_jsonl (p, jobs, &skipped);
          else
            {
              Job *j = g_new0 (Job, 1);
              j->path = g_strdup (p);
              g_ptr_array_add (jobs, j);
            }
        }
      g_ptr_array_unref (files);
    }

  /* Extraction, on a pool of threads. */
  Shared sh = { lex, { 0 }, g_ptr_array_new_with_free_func ((GDestroyNotify) ng_extractor_free),
                0, 0, o->interrupted };
  g_mutex_init (&sh.lock);
  guint jobs_n = o->jobs ? o->jobs : g_get_num_processors ();
  gboolean show = !o->quiet && isatty (STDERR_FILENO);
  gint64 t_extract = g_get_monotonic_time ();
  /* One job too runs on a thread of the pool: glibc gives a thread's
   * allocations heaps of their own, so the articles do not lie among the
   * store's blocks and their pages can be given back once resolved. */
  if (jobs->len > 1)
    {
      GThreadPool *pool = g_thread_pool_new ((GFunc) run_job, &sh, (gint) jobs_n, TRUE, NULL);
      for (guint i = 0; i < jobs->len; i++)
        g_thread_pool_push (pool, g_ptr_array_index (jobs, i), NULL);
      while (show && (guint) g_atomic_int_get (&sh.done) < jobs->len)
        {
          g_usleep (250 * 1000);
          progress (&sh, jobs->len, t_extract);
        }
      g_thread_pool_free (pool, FALSE, TRUE);
    }
  else
    for (guint i = 0; i < jobs->len; i++)
      {
        run_job (g_ptr_array_index (jobs, i), &sh);
        if (show && (i % 64 == 63))
          progress (&sh, jobs->len, t_extract);
      }
  if (show)
    fputs ("\r\033[K", stderr);
  /* The extractors' caches are not needed past extraction. */
  g_ptr_array_unref (sh.extractors);
  g_mutex_clear (&sh.lock);

  if (o->interrupted && *o->interrupted)
    {
      say ("interrupted; nothing written");
      g_ptr_array_unref (jobs);
      return NG_EXIT_FAILURE;
    }

  /* Resolution in key order (the corpus sorts), messages in input order. */
  g_autoptr (NgCorpus) corpus = ng_corpus_new (o->base);
  guint recovered = 0;
  if (o->into && !add_graph (corpus, o->into, &recovered))
    {
      g_ptr_array_unref (jobs);
      return NG_EXIT_FAILURE;
    }
  gsize bytes = 0;
  guint articles = 0;
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *j = g_ptr_array_index (jobs, i);
      if (j->message)
        say (j->message);
      if (j->skipped)
        skipped = TRUE;
      bytes += j->bytes;
      if (j->doc)
        {
          articles++;
          ng_corpus_add (corpus, j->doc);
          j->doc = NULL;
        }
    }
  g_ptr_array_unref (jobs);
  if (articles == 0 && !recovered)
    {
      say ("no article could be read; nothing written");
      return NG_EXIT_FAILURE;
    }
  if (!write_corpus (g_steal_pointer (&corpus), o, bytes, t0))
    return NG_EXIT_FAILURE;
  return skipped ? NG_EXIT_SKIPPED : NG_EXIT_OK;
}

NgExit
ng_pipeline_merge (const NgBuildOptions *o, char **graphs)
{
  gint64 t0 = g_get_monotonic_time ();
  GError *error = NULL;
  if (!ng_output_dir_check (o->out_dir, &error))
    {
      say (error->message);
      g_error_free (error);
      return NG_EXIT_FAILURE;
    }
  g_autoptr (NgCorpus) corpus = ng_corpus_new (o->base);
  guint recovered = 0;
  for (char **g = graphs; *g; g++)
    if (!add_graph (corpus, *g, &recovered))
      return NG_EXIT_FAILURE;
  return write_corpus (g_steal_pointer (&corpus), o, 0, t0) ? NG_EXIT_OK : NG_EXIT_FAILURE;
}
