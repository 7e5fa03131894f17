/* main.c - the newsgraph command line: options and messages only. */
#include "config.h"
#include <stdio.h>
#include <string.h>
#include <glib.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "newsgraph/pipeline.h"
#include "newsgraph/query.h"
#include "newsgraph/show.h"
#include "newsgraph/read_rdf.h"
#include "newsgraph/store.h"
#include "newsgraph/write_dot.h"
#include "newsgraph/writer.h"
#include "newsgraph/vocab.h"

#define HINT "Try 'newsgraph --help' for more information."

#if defined(__ELF__) && !GLIB_CHECK_VERSION (2, 76, 0)
/* GLib before 2.76 keeps freed slices (the headers of every GArray,
 * GPtrArray and GHashTable) in per-thread caches that it trims only after
 * seconds: the headers of the articles, made on the extraction threads and
 * freed on the main one, held about 80 MB of pages at 40 MB of input.
 * Slices are handed to malloc instead.  GLib fixes this at its first
 * allocation, in its own constructor, so it is set from the
 * pre-initialisation array, which runs before any library's constructor.
 * (GLib 2.76 and later always use malloc.)  G_SLICE still overrides it. */
static void
slices_to_malloc (int argc, char **argv, char **envp)
{
  (void) argc, (void) argv, (void) envp;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_slice_set_config (G_SLICE_CONFIG_ALWAYS_MALLOC, TRUE);
  G_GNUC_END_IGNORE_DEPRECATIONS
}
__attribute__ ((section (".preinit_array"), used))
static void (*const preinit_slices) (int, char **, char **) = slices_to_malloc;
#endif

/* Set by the SIGINT/SIGTERM handler; the build stops at its next check.
 * (A signal handler can only reach static storage.) */
static volatile sig_atomic_t interrupted;

/* Records an interruption; a second one kills (SA_RESETHAND). */
static void
on_interrupt (int sig)
{
  (void) sig;
  interrupted = 1;
  static const char msg[] = "newsgraph: interrupted, stopping\n";
  ssize_t r = write (STDERR_FILENO, msg, sizeof msg - 1);
  (void) r;
}

/* Installs on_interrupt for SIGINT and SIGTERM. */
static void
catch_interrupts (void)
{
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_interrupt;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  sigaction (SIGINT, &sa, NULL);
  sigaction (SIGTERM, &sa, NULL);
}

/* Prints a usage error and returns the usage exit status. */
static int
usage_error (const char *msg)
{
  fprintf (stderr, "newsgraph: %s\n%s\n", msg, HINT);
  return NG_EXIT_FAILURE;
}

/* Parses a command's options; on misuse prints the error and the hint. */
static gboolean
parse_options (GOptionContext *ctx, int *argc, char ***argv)
{
  GError *error = NULL;
  if (g_option_context_parse (ctx, argc, argv, &error))
    return TRUE;
  usage_error (error->message);
  g_error_free (error);
  return FALSE;
}

/* Writes a command's output to standard output; an error says what failed. */
static int
print_output (const GString *out, const char *what)
{
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    {
      fprintf (stderr, "newsgraph: %s: %s\n", what, g_strerror (errno));
      return NG_EXIT_FAILURE;
    }
  return NG_EXIT_OK;
}

/* Parses a --format list into flags; on misuse prints the error and the hint. */
static gboolean
parse_formats (const char *list, guint *formats)
{
  GError *error = NULL;
  if (!list || ng_format_parse (list, formats, &error))
    return TRUE;
  usage_error (error->message);
  g_error_free (error);
  return FALSE;
}

/* newsgraph build [-o DIR] [--format LIST] [--base IRI] INPUT... */
static int
cmd_build (int argc, char **argv)
{
  g_autofree char *out = NULL, *formats = NULL, *base = NULL, *into = NULL;
  g_auto (GStrv) lexicons = NULL;
  gint jobs = 0;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Output folder (default: out)", "DIR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &formats,
      "Comma-separated formats: ttl, nt, nq, dot, svg, png (default: ttl,nq,dot,svg)", "LIST" },
    { "base", 'b', 0, G_OPTION_ARG_STRING, &base, "Base IRI of the entities (default: https://w3id.org/newsgraph/id/)", "IRI" },
    { "lexicon", 'l', 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "An extra lexicon file (Turtle); may be repeated", "FILE" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Extraction threads (default: number of cores)", "N" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No summary on standard error", NULL },
    { "into", 'i', 0, G_OPTION_ARG_FILENAME, &into,
      "Add the articles to the graph already built in DIR (rewritten in place)", "DIR" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("INPUT... - build the knowledge graph of news articles");
  g_option_context_set_summary (ctx,
    "INPUT is an article file, a folder (its *.txt and *.jsonl files, recursively,\n"
    "in sorted order), a JSON Lines file (*.jsonl), or - for standard input.\n"
    "Writes DIR/graph.ttl, graph.nq, graph.dot and graph.svg by default.");
  g_option_context_set_description (ctx,
    "Exit status: 0 all input read; 1 some input skipped; 2 nothing could be done or usage error.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!parse_options (ctx, &argc, &argv))
    return NG_EXIT_FAILURE;
  if (argc < 2)
    return usage_error ("build: no input given");
  if (jobs < 0 || jobs > 256)
    return usage_error ("build: --jobs must be between 0 and 256");
  if (into && out)
    return usage_error ("build: --into DIR writes into DIR; -o cannot be given with it");
  NgBuildOptions o = { 0 };
  o.out_dir = into ? into : out ? out : "out";
  o.into = into;
  o.formats = NG_FORMAT_DEFAULT;
  if (!parse_formats (formats, &o.formats))
    return NG_EXIT_FAILURE;
  if (base && !g_uri_is_valid (base, G_URI_FLAGS_NONE, NULL))
    return usage_error ("build: --base is not a valid absolute IRI");
  o.base = base;
  o.lexicons = lexicons;
  o.jobs = (guint) jobs;
  o.quiet = quiet;
  o.interrupted = &interrupted;
  catch_interrupts ();
  int r = ng_pipeline_build (&o, argv + 1);
  if (interrupted)
    r = 128 + SIGINT;
  return r;
}

/* newsgraph merge GRAPH... -o DIR */
static int
cmd_merge (int argc, char **argv)
{
  g_autofree char *out = NULL, *formats = NULL, *base = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Output folder (default: out)", "DIR" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &formats,
      "Comma-separated formats: ttl, nt, nq, dot, svg, png (default: ttl,nq,dot,svg)", "LIST" },
    { "base", 'b', 0, G_OPTION_ARG_STRING, &base, "Base IRI of the entities (default: https://w3id.org/newsgraph/id/)", "IRI" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No summary on standard error", NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("GRAPH... - merge graphs built from different articles");
  g_option_context_set_summary (ctx,
    "GRAPH is a folder written by 'newsgraph build' (its graph.nq is read) or an .nq file.\n"
    "The articles of all graphs are resolved together, as one build over all of them would.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!parse_options (ctx, &argc, &argv))
    return NG_EXIT_FAILURE;
  if (argc < 2)
    return usage_error ("merge: no graph given");
  NgBuildOptions o = { 0 };
  o.out_dir = out ? out : "out";
  o.formats = NG_FORMAT_DEFAULT;
  if (!parse_formats (formats, &o.formats))
    return NG_EXIT_FAILURE;
  o.base = base;
  o.quiet = quiet;
  return ng_pipeline_merge (&o, argv + 1);
}

/* newsgraph dot GRAPH [--focus NAME] [--depth N] [--max-nodes N] [--kinds LIST] -o FILE */
static int
cmd_dot (int argc, char **argv)
{
  g_autofree char *focus = NULL, *kinds = NULL, *out = NULL;
  gint depth = 2, max_nodes = 0;
  GOptionEntry entries[] = {
    { "focus", 'F', 0, G_OPTION_ARG_STRING, &focus, "Centre on the entity with this name (or IRI)", "NAME" },
    { "depth", 'd', 0, G_OPTION_ARG_INT, &depth, "Hops from the focus (default: 2)", "N" },
    { "max-nodes", 'm', 0, G_OPTION_ARG_INT, &max_nodes, "Draw at most N nodes (default: 60)", "N" },
    { "kinds", 'k', 0, G_OPTION_ARG_STRING, &kinds, "Kinds to draw: person,organization,place,meeting", "LIST" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Output file: .dot, .svg or .png", "FILE" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("GRAPH - draw a part of a graph that build wrote");
  g_option_context_set_summary (ctx, "GRAPH is a folder written by 'newsgraph build' or one .ttl/.nt/.nq file.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!parse_options (ctx, &argc, &argv))
    return NG_EXIT_FAILURE;
  if (argc != 2)
    return usage_error ("dot: give exactly one GRAPH");
  if (!out)
    return usage_error ("dot: -o FILE is required");
  NgFormat fmt = g_str_has_suffix (out, ".svg") ? NG_FORMAT_SVG : g_str_has_suffix (out, ".png") ? NG_FORMAT_PNG
    : g_str_has_suffix (out, ".dot") || g_str_has_suffix (out, ".gv") ? NG_FORMAT_DOT : 0;
  if (!fmt)
    return usage_error ("dot: the output file must end in .dot, .svg or .png");
  NgDotOptions o = { focus, (guint) MAX (depth, 0), (guint) MAX (max_nodes, 0), 0 };
  if (kinds && !ng_dot_kinds_parse (kinds, &o.kinds, &error))
    {
      int r = usage_error (error->message);
      g_error_free (error);
      return r;
    }
  g_autoptr (NgStore) store = ng_store_new ();
  if (!ng_read_rdf_graph (store, argv[1], &error) || !ng_dot_write_file (store, &o, out, fmt, &error))
    {
      fprintf (stderr, "newsgraph: %s\n", error->message);
      g_error_free (error);
      return NG_EXIT_FAILURE;
    }
  return NG_EXIT_OK;
}

/* newsgraph query GRAPH QUERY [--format table|tsv|csv|json] */
static int
cmd_query (int argc, char **argv)
{
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Result format: table, tsv, csv or json (default: table on a terminal, else tsv)", "FORMAT" },
    { NULL }
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("GRAPH QUERY - run a SPARQL query over a built graph");
  g_option_context_set_summary (ctx,
    "GRAPH is a folder written by 'newsgraph build' or one .ttl/.nt/.nq file.\n"
    "QUERY is SPARQL text, or @FILE to read it from FILE.  The default graph holds\n"
    "every triple; GRAPH ?g { ... } ranges over the articles (one named graph each).\n"
    "ASK prints true or false; CONSTRUCT and DESCRIBE print N-Triples.");
  g_option_context_set_description (ctx,
    "Exit status: 0 success (also for no results); 2 error in the query, the graph or the usage.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!parse_options (ctx, &argc, &argv))
    return NG_EXIT_FAILURE;
  if (argc != 3)
    return usage_error ("query: give a GRAPH and a QUERY");
  NgQueryFormat fmt = isatty (STDOUT_FILENO) ? NG_QUERY_FORMAT_TABLE : NG_QUERY_FORMAT_TSV;
  if (format && !ng_query_format_parse (format, &fmt, &error))
    {
      int r = usage_error (error->message);
      g_error_free (error);
      return r;
    }
  g_autofree char *text = NULL;
  if (argv[2][0] == '@' && !g_file_get_contents (argv[2] + 1, &text, NULL, &error))
    {
      fprintf (stderr, "newsgraph: %s\n", error->message);
      g_error_free (error);
      return NG_EXIT_FAILURE;
    }
  g_autoptr (NgStore) store = ng_store_new ();
  g_autoptr (GString) out = g_string_new (NULL);
  if (!ng_read_rdf_graph (store, argv[1], &error)
      || !ng_query_run (store, text ? text : argv[2], fmt, out, &error))
    {
      fprintf (stderr, "newsgraph: %s\n", error->message);
      g_error_free (error);
      return NG_EXIT_FAILURE;
    }
  return print_output (out, "query: cannot write the result");
}

/* newsgraph show GRAPH NAME */
static int
cmd_show (int argc, char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("GRAPH NAME - print what a built graph says about an entity");
  g_option_context_set_summary (ctx,
    "GRAPH is a folder written by 'newsgraph build' or one .ttl/.nt/.nq file.\n"
    "NAME is matched against names and other names, ignoring case and accents;\n"
    "a full name beats a surname.  The card lists posts, titles of no known\n"
    "country or organization, meetings, the people met there and the articles\n"
    "and sentences that say so.");
  g_option_context_set_description (ctx,
    "Exit status: 0 success; 1 the name fits several entities (they are listed);\n"
    "2 no entity has that name, or an error.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!parse_options (ctx, &argc, &argv))
    return NG_EXIT_FAILURE;
  if (argc != 3)
    return usage_error ("show: give a GRAPH and a NAME");
  g_autoptr (NgStore) store = ng_store_new ();
  g_autoptr (GString) out = g_string_new (NULL);
  if (!ng_read_rdf_graph (store, argv[1], &error) || !ng_show_card (store, argv[2], out, &error))
    {
      fprintf (stderr, "newsgraph: %s\n", error->message);
      int r = g_error_matches (error, NG_SHOW_ERROR, NG_SHOW_ERROR_AMBIGUOUS) ? NG_EXIT_SKIPPED : NG_EXIT_FAILURE;
      g_error_free (error);
      return r;
    }
  return print_output (out, "show: cannot write the card");
}

/* Prints the top-level help. */
static void
print_help (FILE *f)
{
  fprintf (f,
           "Usage: newsgraph COMMAND [OPTION...] ARGS\n\n"
           "Builds a knowledge graph (people, organizations, places, meetings, posts,\n"
           "attendance, sources) from news articles, as RDF and GraphViz diagrams.\n\n"
           "Commands:\n"
           "  build INPUT...   extract the graph of articles; write Turtle, N-Quads, DOT, SVG\n"
           "  dot GRAPH        draw the neighbourhood of an entity from a built graph\n"
           "  merge GRAPH...   merge graphs built from different articles into one\n"
           "  query GRAPH Q    run a SPARQL query (text or @FILE) over a built graph\n"
           "  show GRAPH NAME  print what a built graph says about a person, place, meeting\n\n"
           "Options:\n"
           "  -h, --help       show this help and exit\n"
           "  -V, --version    show the version and exit\n\n"
           "'newsgraph COMMAND --help' describes a command's options.\n"
           "Exit status: 0 success; 1 some input skipped; 2 failure or usage error.\n");
}

int
main (int argc, char **argv)
{
  if (argc < 2)
    {
      print_help (stderr);
      return NG_EXIT_FAILURE;
    }
  const char *cmd = argv[1];
  if (!strcmp (cmd, "--help") || !strcmp (cmd, "-h") || !strcmp (cmd, "help"))
    {
      print_help (stdout);
      return NG_EXIT_OK;
    }
  if (!strcmp (cmd, "--version") || !strcmp (cmd, "-V"))
    {
      printf ("%s\n", PACKAGE_STRING);
      return NG_EXIT_OK;
    }
  if (!strcmp (cmd, "build"))
    return cmd_build (argc - 1, argv + 1);
  if (!strcmp (cmd, "dot"))
    return cmd_dot (argc - 1, argv + 1);
  if (!strcmp (cmd, "merge"))
    return cmd_merge (argc - 1, argv + 1);
  if (!strcmp (cmd, "query"))
    return cmd_query (argc - 1, argv + 1);
  if (!strcmp (cmd, "show"))
    return cmd_show (argc - 1, argv + 1);
  char *m = g_strdup_printf ("unknown command '%s'", cmd);
  int r = usage_error (m);
  g_free (m);
  return r;
}
