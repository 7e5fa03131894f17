/* write_rdf.c - Turtle, N-Triples and N-Quads writers.
 *
 * All three are written here, streaming, as the store hands the triples
 * out in order.  raptor2's Turtle serializer keeps the whole graph in
 * memory until the end (about 270 bytes per triple), which a large corpus
 * cannot afford; its N-Triples and N-Quads serializers build four terms
 * and look every IRI up per statement, which took 43% of a whole build.
 * The Turtle written is plain: subject blocks, prefixed names only where
 * the local part is made of letters, digits, '_' and '-', full IRIs
 * otherwise, every literal escaped as a short string.  Every output is
 * checked by tests/unit/test-writer.c with raptor2 and rdflib.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "newsgraph/vocab.h"
#include "newsgraph/writer.h"

/* Entity folders under the base that get a prefix of their own. */
static const NgPrefix entity_prefixes[] = {
  { "person", "person/" },
  { "organization", "org/" },
  { "place", "place/" },
  { "event", "event/" },
  { "article", "article/" },
  { NULL, NULL }
};

typedef struct {
  char *prefix;
  char *ns;
  gsize len;
} RdfPrefix;

typedef struct {
  NgWriter base;
  FILE *out;
  /* Turtle */
  GArray *prefixes;          /* RdfPrefix */
  GString *buf;              /* the current subject's block */
  NgTermId rdf_type;         /* written as "a" */
  /* repeats */
  gboolean have_last;
  NgTermId last_s, last_p, last_o, last_a;
} NgRdfWriter;

/* Writes the buffer to the output and empties it. */
static gboolean
flush_buf (NgRdfWriter *w, GError **error)
{
  if (w->buf->len > 0
      && fwrite (w->buf->str, 1, w->buf->len, w->out) != w->buf->len)
    {
      int saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot write: %s", g_strerror (saved ? saved : EIO));
      return FALSE;
    }
  g_string_truncate (w->buf, 0);
  return TRUE;
}

/* TRUE if the quad repeats the last triple (and, for N-Quads, article). */
static gboolean
is_repeat (NgRdfWriter *w, const NgQuad *q, gboolean with_graph)
{
  gboolean same = w->have_last && q->s == w->last_s && q->p == w->last_p
    && q->o == w->last_o && (!with_graph || q->src.article == w->last_a);
  return same;
}

/* ------------------------------------------------------------ Turtle */

/* Appends a UCHAR escape of code point c. */
static void
append_uchar (GString *out, gunichar c)
{
  if (c <= 0xFFFF)
    g_string_append_printf (out, "\\u%04X", c);
  else
    g_string_append_printf (out, "\\U%08X", c);
}

/* Appends an IRI as <...>, escaping what IRIREF forbids. */
static void
append_iriref (GString *out, const char *iri)
{
  g_string_append_c (out, '<');
  const unsigned char *p = (const unsigned char *) iri, *run = p;
  for (; *p; p++)
    {
      unsigned char c = *p;
      if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
          || c == '|' || c == '^' || c == '`' || c == '\\')
        {
          /* Copy the plain run before it in one go. */
          g_string_append_len (out, (const char *) run, p - run);
          append_uchar (out, c);
          run = p + 1;
        }
    }
  g_string_append_len (out, (const char *) run, p - run);
  g_string_append_c (out, '>');
}

/* TRUE if local can be written after a prefix as it is. */
static gboolean
local_is_plain (const char *local)
{
  if (*local == '\0' || *local == '-')
    return FALSE;
  for (const char *p = local; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* Appends an IRI as a prefixed name if one fits, else as <...>. */
static void
append_iri (NgRdfWriter *w, GString *out, const char *iri)
{
  const RdfPrefix *best = NULL;
  for (guint i = 0; i < w->prefixes->len; i++)
    {
      const RdfPrefix *px = &g_array_index (w->prefixes, RdfPrefix, i);
      if ((best == NULL || px->len > best->len)
          && strncmp (iri, px->ns, px->len) == 0
          && local_is_plain (iri + px->len))
        best = px;
    }
  if (best == NULL)
    {
      append_iriref (out, iri);
      return;
    }
  g_string_append (out, best->prefix);
  g_string_append_c (out, ':');
  g_string_append (out, iri + best->len);
}

/* Appends a literal's lexical form as a short string, escaped. */
static void
append_string (GString *out, const char *value)
{
  g_autofree char *valid = NULL;
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);
  g_string_append_c (out, '"');
  const unsigned char *p = (const unsigned char *) value, *run = p;
  for (; *p; p++)
    {
      unsigned char c = *p;
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
        continue;
      g_string_append_len (out, (const char *) run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default: append_uchar (out, c); break;
        }
    }
  g_string_append_len (out, (const char *) run, p - run);
  g_string_append_c (out, '"');
}

/* TRUE if value is a canonical xsd:integer that Turtle can write bare. */
static gboolean
is_bare_integer (const char *value)
{
  const char *p = value;
  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p) || (*p == '0' && p[1] != '\0'))
    return FALSE;
  for (; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return p - value < 19;
}

/* Appends one term in Turtle syntax. */
static void
append_term (NgRdfWriter *w, GString *out, NgTermId id)
{
  NgStore *store = w->base.store;
  const char *value = ng_store_term_value (store, id);

  switch (ng_store_term_kind (store, id))
    {
    case NG_TERM_IRI:
      append_iri (w, out, value);
      break;
    case NG_TERM_BLANK:
      g_string_append_printf (out, "_:b%u", id);
      break;
    case NG_TERM_LITERAL:
      {
        const char *dt = ng_store_term_datatype (store, id);
        const char *lang = ng_store_term_lang (store, id);
        if (dt != NULL && strcmp (dt, NG_XSD_INTEGER) == 0 && is_bare_integer (value))
          {
            g_string_append (out, value);
            break;
          }
        append_string (out, value);
        if (lang != NULL)
          g_string_append_printf (out, "@%s", lang);
        else if (dt != NULL)
          {
            g_string_append (out, "^^");
            append_iri (w, out, dt);
          }
      }
      break;
    case NG_TERM_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Adds one prefix to the writer's table. */
static void
add_prefix (NgRdfWriter *w, const char *prefix, const char *ns)
{
  for (guint i = 0; i < w->prefixes->len; i++)
    {
      const RdfPrefix *px = &g_array_index (w->prefixes, RdfPrefix, i);
      if (strcmp (px->prefix, prefix) == 0 || strcmp (px->ns, ns) == 0)
        return;
    }
  RdfPrefix px = { g_strdup (prefix), g_strdup (ns), strlen (ns) };
  g_array_append_val (w->prefixes, px);
}

/* Frees the strings of a prefix. */
static void
rdf_prefix_clear (gpointer data)
{
  RdfPrefix *px = data;
  g_free (px->prefix);
  g_free (px->ns);
}

/* Writes the @prefix lines. */
static gboolean
ttl_start (NgWriter *base, FILE *out, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  const char *ebase = base->options->base ? base->options->base : NG_DEFAULT_BASE;

  w->out = out;
  w->have_last = FALSE;
  w->rdf_type = ng_store_lookup_iri (base->store, NG_RDF_TYPE);
  for (const NgPrefix *px = ng_vocab_prefixes (); px->prefix; px++)
    add_prefix (w, px->prefix, px->ns);
  for (const NgPrefix *px = entity_prefixes; px->prefix; px++)
    {
      g_autofree char *ns = g_strconcat (ebase, px->ns, NULL);
      add_prefix (w, px->prefix, ns);
    }
  for (guint i = 0; i < w->prefixes->len; i++)
    {
      const RdfPrefix *px = &g_array_index (w->prefixes, RdfPrefix, i);
      g_string_append_printf (w->buf, "@prefix %s: ", px->prefix);
      append_iriref (w->buf, px->ns);
      g_string_append (w->buf, " .\n");
    }
  return flush_buf (w, error);
}

/* Writes one triple, continuing the subject's block where it can. */
static gboolean
ttl_quad (NgWriter *base, const NgQuad *q, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;

  if (is_repeat (w, q, FALSE))
    return TRUE;
  if (w->have_last && q->s == w->last_s && q->p == w->last_p)
    g_string_append (w->buf, ", ");
  else if (w->have_last && q->s == w->last_s)
    {
      g_string_append (w->buf, " ;\n    ");
      if (q->p != 0 && q->p == w->rdf_type)
        g_string_append (w->buf, "a");
      else
        append_term (w, w->buf, q->p);
      g_string_append_c (w->buf, ' ');
    }
  else
    {
      if (w->have_last)
        {
          g_string_append (w->buf, " .\n");
          if (w->buf->len >= 64 * 1024 && !flush_buf (w, error))
            return FALSE;
        }
      g_string_append_c (w->buf, '\n');
      append_term (w, w->buf, q->s);
      g_string_append (w->buf, "\n    ");
      if (q->p != 0 && q->p == w->rdf_type)
        g_string_append (w->buf, "a");
      else
        append_term (w, w->buf, q->p);
      g_string_append_c (w->buf, ' ');
    }
  append_term (w, w->buf, q->o);
  w->have_last = TRUE;
  w->last_s = q->s;
  w->last_p = q->p;
  w->last_o = q->o;
  return TRUE;
}

/* Ends the last Turtle block and flushes (every format). */
static gboolean
ttl_end (NgWriter *base, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  if (w->have_last && base->format == NG_FORMAT_TTL)
    g_string_append (w->buf, " .\n");
  if (!flush_buf (w, error))
    return FALSE;
  if (fflush (w->out) != 0 || ferror (w->out))
    {
      int saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot write: %s", g_strerror (saved ? saved : EIO));
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ N-Triples, N-Quads */

/* Appends one term in N-Triples syntax (full IRIs, typed literals). */
static void
append_term_nt (NgRdfWriter *w, GString *out, NgTermId id)
{
  NgStore *store = w->base.store;
  const char *value = ng_store_term_value (store, id);
  switch (ng_store_term_kind (store, id))
    {
    case NG_TERM_IRI:
      append_iriref (out, value);
      break;
    case NG_TERM_BLANK:
      g_string_append_printf (out, "_:b%u", id);
      break;
    case NG_TERM_LITERAL:
      {
        const char *dt = ng_store_term_datatype (store, id);
        const char *lang = ng_store_term_lang (store, id);
        append_string (out, value);
        if (lang != NULL)
          g_string_append_printf (out, "@%s", lang);
        else if (dt != NULL && strcmp (dt, NG_XSD_STRING) != 0)
          {
            g_string_append (out, "^^");
            append_iriref (out, dt);
          }
      }
      break;
    case NG_TERM_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Starts an N-Triples or N-Quads file: nothing to declare. */
static gboolean
lines_start (NgWriter *base, FILE *out, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  w->out = out;
  w->have_last = FALSE;
  return TRUE;
}

/* Writes one statement a line, streaming; N-Quads name the article's graph. */
static gboolean
lines_quad (NgWriter *base, const NgQuad *q, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  gboolean quads = base->format == NG_FORMAT_NQ;
  if (is_repeat (w, q, quads))
    return TRUE;
  append_term_nt (w, w->buf, q->s);
  g_string_append_c (w->buf, ' ');
  append_term_nt (w, w->buf, q->p);
  g_string_append_c (w->buf, ' ');
  append_term_nt (w, w->buf, q->o);
  if (quads && q->src.article != 0)
    {
      g_string_append_c (w->buf, ' ');
      append_term_nt (w, w->buf, q->src.article);
    }
  g_string_append (w->buf, " .\n");
  w->have_last = TRUE;
  w->last_s = q->s;
  w->last_p = q->p;
  w->last_o = q->o;
  w->last_a = q->src.article;
  if (w->buf->len >= 64 * 1024)
    return flush_buf (w, error);
  return TRUE;
}

/* Frees an RDF writer. */
static void
rdf_free (NgWriter *base)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  if (w->prefixes)
    g_array_unref (w->prefixes);
  if (w->buf)
    g_string_free (w->buf, TRUE);
  g_free (w);
}

static const NgWriterClass ttl_class = {
  "turtle", ttl_start, ttl_quad, ttl_end, rdf_free
};
static const NgWriterClass nt_class = {
  "ntriples", lines_start, lines_quad, ttl_end, rdf_free
};
static const NgWriterClass nq_class = {
  "nquads", lines_start, lines_quad, ttl_end, rdf_free
};

NgWriter *
ng_write_rdf_new (NgFormat format, NgStore *store, const NgWriteOptions *options)
{
  NgRdfWriter *w;

  g_return_val_if_fail (store != NULL && options != NULL, NULL);
  g_return_val_if_fail (format == NG_FORMAT_TTL || format == NG_FORMAT_NT
                        || format == NG_FORMAT_NQ, NULL);

  w = g_new0 (NgRdfWriter, 1);
  w->base.store = store;
  w->base.options = options;
  w->base.format = format;
  if (format == NG_FORMAT_TTL)
    {
      w->base.klass = &ttl_class;
      w->prefixes = g_array_new (FALSE, FALSE, sizeof (RdfPrefix));
      g_array_set_clear_func (w->prefixes, rdf_prefix_clear);
      w->buf = g_string_sized_new (128 * 1024);
      return &w->base;
    }
  /* N-Triples and N-Quads: one line each, escaped as above, streamed. */
  w->base.klass = format == NG_FORMAT_NT ? &nt_class : &nq_class;
  w->buf = g_string_sized_new (128 * 1024);
  return &w->base;
}
