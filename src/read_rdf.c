/* read_rdf.c - Turtle, N-Triples and N-Quads into an NgStore, with raptor2. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <raptor2.h>
#include <glib/gstdio.h>

#include "newsgraph/read_rdf.h"

G_DEFINE_QUARK (ng-read-rdf-error-quark, ng_read_rdf_error)

#if defined(__SANITIZE_ADDRESS__)
const char *__lsan_default_suppressions (void);

/* Tells LeakSanitizer about raptor 2.0.15's own leaks: its N-Triples and
 * N-Quads parser keeps a reference to the datatype of every typed
 * literal, and the terms of a line it fails to parse.  Raptor is built
 * without frame pointers, so only its allocating function can be named. */
const char *
__lsan_default_suppressions (void)
{
  return "leak:raptor_ntriples_parse_term\n"
         "leak:raptor_new_uri_from_counted_string\n"
         "leak:raptor_new_uri_from_uri_local_name\n"
         "leak:raptor_new_term_from_uri\n"
         "leak:raptor_new_term_from_counted_literal\n";
}
#endif

/* The state of one parse, handed to raptor's callbacks. */
typedef struct {
  NgStore *store;
  const char *display;   /* file name for messages */
  char *pending;         /* an error raptor reported without a line */
  GError *error;         /* first error */
} ReadContext;

/* Records raptor's first error as "FILE:LINE: message".  Some errors
 * come without a position and are followed by one that has it: the first
 * message is kept and given the line of the next. */
static void
read_log_cb (void *user_data, raptor_log_message *message)
{
  ReadContext *ctx = user_data;
  const char *text = message->text ? message->text : "syntax error";
  int line;

  if (message->level < RAPTOR_LOG_LEVEL_ERROR || ctx->error != NULL)
    return;
  line = message->locator ? raptor_locator_line (message->locator) : -1;
  if (line <= 0)
    {
      if (ctx->pending == NULL)
        ctx->pending = g_strdup (text);
      return;
    }
  g_set_error (&ctx->error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_PARSE,
               "%s:%d: %s", ctx->display, line,
               ctx->pending ? ctx->pending : text);
}

/* Interns a raptor term in the store; returns 0 for an unknown kind. */
static NgTermId
term_from_raptor (NgStore *store, const raptor_term *t)
{
  if (t == NULL)
    return 0;
  switch (t->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      return ng_store_iri (store, (const char *) raptor_uri_as_string (t->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return ng_store_blank (store, (const char *) t->value.blank.string);
    case RAPTOR_TERM_TYPE_LITERAL:
      {
        const char *dt = t->value.literal.datatype
          ? (const char *) raptor_uri_as_string (t->value.literal.datatype) : NULL;
        const char *lang = t->value.literal.language_len > 0
          ? (const char *) t->value.literal.language : NULL;
        if (lang != NULL)
          dt = NULL;
        return ng_store_literal (store, (const char *) t->value.literal.string, dt, lang);
      }
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      return 0;
    }
}

/* Adds one parsed statement to the store. */
static void
read_statement_cb (void *user_data, raptor_statement *st)
{
  ReadContext *ctx = user_data;
  NgSource src = { 0, 0, 0, 0 };
  NgTermId s, p, o;

  if (ctx->error != NULL)
    return;
  s = term_from_raptor (ctx->store, st->subject);
  p = term_from_raptor (ctx->store, st->predicate);
  o = term_from_raptor (ctx->store, st->object);
  if (st->graph != NULL)
    src.article = term_from_raptor (ctx->store, st->graph);
  if (s != 0 && p != 0 && o != 0)
    ng_store_add (ctx->store, s, p, o, &src);
}

/* Returns raptor's parser name for path's extension, or NULL. */
static const char *
syntax_for (const char *path)
{
  if (strcmp (path, "-") == 0 || g_str_has_suffix (path, ".nq"))
    return "nquads";
  if (g_str_has_suffix (path, ".ttl"))
    return "turtle";
  if (g_str_has_suffix (path, ".nt"))
    return "ntriples";
  return NULL;
}

gboolean
ng_read_rdf_file (NgStore *store, const char *path, GError **error)
{
  ReadContext ctx = { store, path, NULL, NULL };
  const char *syntax;
  gboolean from_stdin;
  raptor_world *world = NULL;
  raptor_parser *parser = NULL;
  raptor_uri *base_uri = NULL;
  unsigned char *uri_string = NULL;
  FILE *in = NULL;
  int rc, saved;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  syntax = syntax_for (path);
  if (syntax == NULL)
    {
      g_set_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_FORMAT,
                   "%s: unknown RDF file type (expected .ttl, .nt or .nq)", path);
      return FALSE;
    }
  from_stdin = strcmp (path, "-") == 0;
  if (from_stdin)
    {
      ctx.display = "(standard input)";
      in = stdin;
    }
  else
    {
      in = g_fopen (path, "rb");
      if (in == NULL)
        {
          saved = errno;
          g_set_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_OPEN,
                       "cannot open %s: %s", path, g_strerror (saved));
          return FALSE;
        }
    }

  world = raptor_new_world ();
  if (world == NULL)
    goto library_error;
  raptor_world_set_log_handler (world, &ctx, read_log_cb);
  if (raptor_world_open (world) != 0)
    goto library_error;
  parser = raptor_new_parser (world, syntax);
  if (parser == NULL)
    goto library_error;
  raptor_parser_set_option (parser, RAPTOR_OPTION_NO_NET, NULL, 1);
  raptor_parser_set_statement_handler (parser, &ctx, read_statement_cb);
  if (from_stdin)
    uri_string = (unsigned char *) g_strdup ("file:///dev/stdin");
  else
    {
      g_autofree char *abs = g_canonicalize_filename (path, NULL);
      uri_string = raptor_uri_filename_to_uri_string (abs);
    }
  if (uri_string == NULL)
    goto library_error;
  base_uri = raptor_new_uri (world, uri_string);
  if (base_uri == NULL)
    goto library_error;

  rc = raptor_parser_parse_file_stream (parser, in, ctx.display, base_uri);
  if (ctx.error == NULL && ferror (in))
    {
      saved = errno;
      g_set_error (&ctx.error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_OPEN,
                   "cannot read %s: %s", ctx.display, g_strerror (saved ? saved : EIO));
    }
  if (ctx.error == NULL && ctx.pending != NULL)
    g_set_error (&ctx.error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_PARSE,
                 "%s: %s", ctx.display, ctx.pending);
  if (ctx.error == NULL && rc != 0)
    g_set_error (&ctx.error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_PARSE,
                 "%s: could not be parsed as %s", ctx.display, syntax);
  goto done;

library_error:
  if (ctx.error == NULL)
    g_set_error (&ctx.error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_PARSE,
                 "%s: the RDF library could not start a %s parser", ctx.display, syntax);
done:
  if (base_uri)
    raptor_free_uri (base_uri);
  if (uri_string)
    {
      if (from_stdin)
        g_free (uri_string);
      else
        raptor_free_memory (uri_string);
    }
  if (parser)
    raptor_free_parser (parser);
  if (world)
    raptor_free_world (world);
  if (!from_stdin)
    fclose (in);
  g_free (ctx.pending);
  if (ctx.error != NULL)
    {
      g_propagate_error (error, ctx.error);
      return FALSE;
    }
  return TRUE;
}

gboolean
ng_read_rdf_graph (NgStore *store, const char *path, GError **error)
{
  static const char *const names[] = { "graph.nq", "graph.ttl", "graph.nt" };

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (strcmp (path, "-") != 0 && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *file = g_build_filename (path, names[i], NULL);
          if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
            return ng_read_rdf_file (store, file, error);
        }
      g_set_error (error, NG_READ_RDF_ERROR, NG_READ_RDF_ERROR_OPEN,
                   "%s: no graph.nq, graph.ttl or graph.nt in this folder", path);
      return FALSE;
    }
  return ng_read_rdf_file (store, path, error);
}
