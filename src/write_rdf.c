/* write_rdf.c - Turtle, N-Triples and N-Quads writers.
 *
 * Turtle is written through raptor2's Turtle term writer: the store's
 * triples come out sorted by subject and predicate, so this file lays
 * out the blocks (subject, "pred obj, obj ;" lines, "a" for rdf:type)
 * as it streams, and raptor2 writes every term that is not plain, with
 * the prefixed names of its namespace stack (the vocabularies and the
 * entity folders), its escapes and its bare numbers; a plain term (an IRI
 * no prefix covers, or a simple string, of characters raptor2 leaves as
 * they are) is copied between <> or "".  A term's Turtle form is made
 * once and kept by term id.  raptor2's whole-graph Turtle serializer kept every
 * triple until it ended (about 270 bytes each) and wrote about 300,000
 * triples a second, a third of a whole build; this streams at several
 * million.  N-Triples and N-Quads are written here, a line per
 * statement, streaming: raptor's serializers for them built four terms and
 * looked every IRI up per statement (43% of a whole build when measured).
 * Every output is checked by tests/unit/test-writer.c with raptor2 and
 * rdflib.
 */
#include "config.h"
#include <raptor2.h>

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
  /* Turtle: raptor2 writes each term, with prefixed names */
  raptor_world *world;
  raptor_namespace_stack *nstack;
  raptor_iostream *iostr;    /* into term */
  GString *term;             /* the term raptor2 has just written */
  GString *cache;            /* Turtle forms of short terms, NUL-separated */
  gsize *cached;             /* per term id: offset + 1 in cache, or 0 */
  guint32 n_cached;
  NgTermId rdf_type;
  GError *error;             /* first error raptor reported */
  /* Turtle */
  GArray *prefixes;          /* RdfPrefix */
  GString *buf;              /* the current subject's block */
  /* N-Triples, N-Quads: per term id, NT_UNKNOWN (0), NT_ESCAPED, or the
   * length of a value written whole between <> or "" with NT_WHOLE_IRI
   * or NT_WHOLE_STRING set */
  guint32 *forms;
  guint32 n_forms;
  /* repeats */
  gboolean have_last;
  NgTermId last_s, last_p, last_o, last_a;
} NgRdfWriter;

/* Appends n bytes to a buffer: a plain copy when they fit, GLib's append
 * (which grows it) when not.  The writers append a few million short
 * strings: g_string_append's general insertion was a tenth of their time. */
static inline void
buf_append (GString *s, const char *p, gsize n)
{
  if (G_LIKELY (s->len + n < s->allocated_len))
    {
      memcpy (s->str + s->len, p, n);
      s->len += n;
      s->str[s->len] = '\0';
    }
  else
    g_string_append_len (s, p, (gssize) n);
}

/* Appends a string to a buffer. */
static inline void
buf_append_str (GString *s, const char *p)
{
  buf_append (s, p, strlen (p));
}

/* Appends the n bytes of a term that needs no escape, between <> (an
 * IRI) or "" (a string): its N-Triples and its Turtle form alike; in one
 * copy when the buffer has room. */
static inline void
append_plain_len (GString *out, NgTermKind kind, const char *value, gsize n)
{
  char open = kind == NG_TERM_IRI ? '<' : '"', close = kind == NG_TERM_IRI ? '>' : '"';
  if (G_LIKELY (out->len + n + 2 < out->allocated_len))
    {
      char *d = out->str + out->len;
      d[0] = open;
      memcpy (d + 1, value, n);
      d[n + 1] = close;
      out->len += n + 2;
      out->str[out->len] = '\0';
    }
  else
    {
      g_string_append_c (out, open);
      g_string_append_len (out, value, (gssize) n);
      g_string_append_c (out, close);
    }
}

/* append_plain_len of a whole string. */
static inline void
append_plain (GString *out, NgTermKind kind, const char *value)
{
  append_plain_len (out, kind, value, strlen (value));
}

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

/* TRUE if IRIREF forbids byte c as it is. */
static inline gboolean
iri_byte_escaped (unsigned char c)
{
  return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}'
    || c == '|' || c == '^' || c == '`' || c == '\\';
}

/* TRUE if a quoted string cannot hold byte c as it is. */
static inline gboolean
string_byte_escaped (unsigned char c)
{
  return c < 0x20 || c == '"' || c == '\\' || c == 0x7F;
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
      if (iri_byte_escaped (c))
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
      if (!string_byte_escaped (c))
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

/* Flushes the output stream and reports a write that failed. */
static gboolean
flush_out (NgRdfWriter *w, GError **error)
{
  if (fflush (w->out) != 0 || ferror (w->out))
    {
      int saved = errno;
      g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                   "cannot write: %s", g_strerror (saved ? saved : EIO));
      return FALSE;
    }
  return TRUE;
}

/* Flushes an N-Triples or N-Quads file. */
static gboolean
lines_end (NgWriter *base, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  return flush_buf (w, error) && flush_out (w, error);
}

/* ------------------------------------------------------------ Turtle through raptor2 */

/* Terms whose value is at most this long keep their Turtle form once
 * raptor2 has written it; longer ones are written each time. */
#define TTL_CACHE_MAX 256
/* The cache mark of a plain term: written as <value> or "value". */
#define TTL_PLAIN G_MAXSIZE

/* raptor iostream: one byte, into the term buffer. */
static int
term_write_byte (void *context, const int byte)
{
  NgRdfWriter *w = context;
  g_string_append_c (w->term, (char) byte);
  return 0;
}

/* raptor iostream: several bytes, into the term buffer. */
static int
term_write_bytes (void *context, const void *ptr, size_t size, size_t nmemb)
{
  NgRdfWriter *w = context;
  g_string_append_len (w->term, ptr, (gssize) (size * nmemb));
  return (int) nmemb;
}

static const raptor_iostream_handler term_handler = {
  2, NULL, NULL, term_write_byte, term_write_bytes, NULL, NULL, NULL
};

/* Records the first error raptor reports. */
static void
ttl_log (void *user_data, raptor_log_message *message)
{
  NgRdfWriter *w = user_data;
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR && !w->error)
    g_set_error (&w->error, NG_WRITER_ERROR, NG_WRITER_ERROR_LIBRARY,
                 "raptor2 Turtle writer: %s", message->text ? message->text : "error");
}

/* Makes a raptor term for a store term. */
static raptor_term *
raptor_term_for (NgRdfWriter *w, NgTermId id)
{
  NgStore *store = w->base.store;
  const char *value = ng_store_term_value (store, id);
  switch (ng_store_term_kind (store, id))
    {
    case NG_TERM_IRI:
      return raptor_new_term_from_uri_string (w->world, (const unsigned char *) value);
    case NG_TERM_BLANK:
      {
        char label[32];
        g_snprintf (label, sizeof label, "b%u", id);
        return raptor_new_term_from_blank (w->world, (const unsigned char *) label);
      }
    case NG_TERM_LITERAL:
      {
        const char *dt = ng_store_term_datatype (store, id);
        const char *lang = ng_store_term_lang (store, id);
        g_autofree char *valid = NULL;
        raptor_uri *dt_uri = NULL;
        if (!g_utf8_validate (value, -1, NULL))
          value = valid = g_utf8_make_valid (value, -1);
        if (dt != NULL && strcmp (dt, NG_XSD_STRING) != 0)
          dt_uri = raptor_new_uri (w->world, (const unsigned char *) dt);
        raptor_term *t = raptor_new_term_from_literal (w->world, (const unsigned char *) value,
                                                       dt_uri, (const unsigned char *) lang);
        if (dt_uri)
          raptor_free_uri (dt_uri);
        return t;
      }
    default:
      return NULL;
    }
}

/* TRUE if an IRI starts with the namespace of one of the prefixes. */
static gboolean
under_prefix (const NgRdfWriter *w, const char *iri)
{
  for (guint i = 0; i < w->prefixes->len; i++)
    {
      const RdfPrefix *px = &g_array_index (w->prefixes, RdfPrefix, i);
      if (strncmp (iri, px->ns, px->len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* TRUE if raptor2 writes an IRI that no prefix covers as <iri>, unchanged:
 * ASCII letters, digits and the common IRI punctuation only. */
static gboolean
ttl_iri_is_plain (const char *iri)
{
  for (const unsigned char *p = (const unsigned char *) iri; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr ("-._~:/?#@!$&()*+,;=%", *p) == NULL)
      return FALSE;
  return TRUE;
}

/* TRUE if raptor2 writes a string as "value", unchanged: printable ASCII
 * without quote or backslash (no escape, no long quotes). */
static gboolean
ttl_string_is_plain (const char *value)
{
  for (const unsigned char *p = (const unsigned char *) value; *p; p++)
    if (*p < 0x20 || *p > 0x7E || *p == '"' || *p == '\\')
      return FALSE;
  return TRUE;
}

/* TRUE if a term's Turtle form is its value between <> or "" as it is:
 * an IRI no prefix covers, or a simple string, of plain characters.  Most
 * terms are (sentences and their IRIs among them): these skip raptor2. */
static gboolean
ttl_term_is_plain (NgRdfWriter *w, NgTermId id)
{
  NgStore *store = w->base.store;
  const char *value = ng_store_term_value (store, id);
  switch (ng_store_term_kind (store, id))
    {
    case NG_TERM_IRI:
      return ttl_iri_is_plain (value) && !under_prefix (w, value);
    case NG_TERM_LITERAL:
      {
        const char *dt = ng_store_term_datatype (store, id);
        return ng_store_term_lang (store, id) == NULL
          && (dt == NULL || strcmp (dt, NG_XSD_STRING) == 0)
          && ttl_string_is_plain (value);
      }
    default:
      return FALSE;
    }
}

/* Appends a plain term (see ttl_term_is_plain). */
static void
append_plain_ttl (NgRdfWriter *w, NgTermId id)
{
  NgStore *store = w->base.store;
  append_plain (w->buf, ng_store_term_kind (store, id), ng_store_term_value (store, id));
}

static void append_term_nt (NgRdfWriter *w, GString *out, NgTermId id);

/* Appends the Turtle form of a term to the output buffer.  A plain term
 * is copied between <> or ""; raptor2 writes any other (prefixed name,
 * escaped IRI or literal, bare number, language tag) the first time, and
 * short forms are kept by term id for the next times. */
static gboolean
append_term_ttl (NgRdfWriter *w, NgTermId id, GError **error)
{
  gsize c = id < w->n_cached ? w->cached[id] : 0;
  if (c == TTL_PLAIN)
    {
      append_plain_ttl (w, id);
      return TRUE;
    }
  if (c != 0)
    {
      buf_append_str (w->buf, w->cache->str + c - 1);
      return TRUE;
    }
  if (ttl_term_is_plain (w, id))
    {
      if (id < w->n_cached)
        w->cached[id] = TTL_PLAIN;
      append_plain_ttl (w, id);
      return TRUE;
    }
  /* (raptor2 writes a carriage return in a short string as it is, which
   * Turtle forbids: a value with one and no newline, an id of a JSON
   * Lines article, goes in its N-Triples form, which is Turtle too) */
  const char *value = ng_store_term_value (w->base.store, id);
  if (ng_store_term_kind (w->base.store, id) == NG_TERM_LITERAL && strchr (value, '\r') && !strchr (value, '\n'))
    {
      append_term_nt (w, w->buf, id);
      return TRUE;
    }
  raptor_term *t = raptor_term_for (w, id);
  g_string_truncate (w->term, 0);
  int rc;
  if (t && t->type == RAPTOR_TERM_TYPE_URI && !under_prefix (w, ng_store_term_value (w->base.store, id)))
    /* What raptor's term writer does when no prefix fits, without its
     * search of every bucket of the namespace stack for one. */
    rc = raptor_uri_escaped_write (t->value.uri, NULL, RAPTOR_ESCAPED_WRITE_TURTLE_URI, w->iostr);
  else
    rc = t ? raptor_term_turtle_write (w->iostr, t, w->nstack, NULL) : 1;
  if (t)
    raptor_free_term (t);
  if (rc != 0 || w->error)
    {
      if (w->error)
        g_propagate_error (error, w->error), w->error = NULL;
      else
        g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_LIBRARY,
                     "raptor2 cannot write the term %s as Turtle",
                     ng_store_term_value (w->base.store, id));
      return FALSE;
    }
  g_string_append_len (w->buf, w->term->str, (gssize) w->term->len);
  if (id < w->n_cached && strlen (ng_store_term_value (w->base.store, id)) <= TTL_CACHE_MAX)
    {
      w->cached[id] = w->cache->len + 1;
      g_string_append_len (w->cache, w->term->str, (gssize) w->term->len + 1);
    }
  return TRUE;
}

/* Starts the Turtle file: the prefix table, declared both in the file
 * and in raptor2's namespace stack, which makes the prefixed names. */
static gboolean
rttl_start (NgWriter *base, FILE *out, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  const char *ebase = base->options->base ? base->options->base : NG_DEFAULT_BASE;
  w->out = out;
  w->have_last = FALSE;
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
      if (raptor_namespaces_start_namespace_full (w->nstack, (const unsigned char *) px->prefix,
                                                  (const unsigned char *) px->ns, 0) != 0)
        {
          g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_LIBRARY,
                       "raptor2 refused the prefix %s: <%s>", px->prefix, px->ns);
          return FALSE;
        }
      g_string_append_printf (w->buf, "@prefix %s: ", px->prefix);
      append_iriref (w->buf, px->ns);
      g_string_append (w->buf, " .\n");
    }
  w->n_cached = ng_store_n_terms (base->store) + 1;
  w->cached = g_new0 (gsize, w->n_cached);
  w->rdf_type = ng_store_lookup_iri (base->store, NG_RDF_TYPE);
  return TRUE;
}

/* Writes one triple: a new subject opens a block, a new predicate a new
 * line of it, a further object follows a comma. */
static gboolean
rttl_quad (NgWriter *base, const NgQuad *q, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  if (is_repeat (w, q, FALSE))
    return TRUE;
  gboolean new_subject = !w->have_last || q->s != w->last_s;
  gboolean new_predicate = new_subject || q->p != w->last_p;
  if (new_subject)
    {
      if (w->have_last)
        buf_append (w->buf, " .\n", 3);
      if (w->buf->len >= 64 * 1024 && !flush_buf (w, error))
        return FALSE;
      g_string_append_c (w->buf, '\n');
      if (!append_term_ttl (w, q->s, error))
        return FALSE;
      buf_append (w->buf, "\n    ", 5);
    }
  else if (new_predicate)
    buf_append (w->buf, " ;\n    ", 7);
  else
    buf_append (w->buf, ", ", 2);
  if (new_predicate)
    {
      if (q->p == w->rdf_type)
        g_string_append_c (w->buf, 'a');
      else if (!append_term_ttl (w, q->p, error))
        return FALSE;
      g_string_append_c (w->buf, ' ');
    }
  if (!append_term_ttl (w, q->o, error))
    return FALSE;
  w->have_last = TRUE;
  w->last_s = q->s;
  w->last_p = q->p;
  w->last_o = q->o;
  return TRUE;
}

/* Ends the last block and flushes. */
static gboolean
rttl_end (NgWriter *base, GError **error)
{
  NgRdfWriter *w = (NgRdfWriter *) base;
  if (w->have_last)
    g_string_append (w->buf, " .\n");
  return flush_buf (w, error) && flush_out (w, error);
}

/* ------------------------------------------------------------ N-Triples, N-Quads */

/* What a term's N-Triples form needs, kept per term id: unknown yet, an
 * escape, a value written as it is with a tag or datatype after it, or
 * nothing but the value between <> or "" (its length below the flag
 * bits).  The lines writers put most terms of every statement this way,
 * with neither a scan nor a strlen. */
enum {
  NT_UNKNOWN = 0,
  NT_ESCAPED = 1,
  NT_PLAIN_TAGGED = 2,
  NT_WHOLE_IRI = 1u << 31,
  NT_WHOLE_STRING = 1u << 30,
  NT_WHOLE_LEN = NT_WHOLE_STRING - 1
};

/* TRUE if an IRI goes between <> as it is. */
static gboolean
iri_is_plain (const char *iri)
{
  for (const unsigned char *p = (const unsigned char *) iri; *p; p++)
    if (iri_byte_escaped (*p))
      return FALSE;
  return TRUE;
}

/* TRUE if a lexical form goes between quotes as it is. */
static gboolean
string_is_plain (const char *value)
{
  for (const unsigned char *p = (const unsigned char *) value; *p; p++)
    if (string_byte_escaped (*p))
      return FALSE;
  return g_utf8_validate (value, -1, NULL);
}

/* Appends one term in N-Triples syntax (full IRIs, typed literals).  Most
 * terms need no escape: once a term is known to be plain, it is copied
 * whole. */
static void
append_term_nt (NgRdfWriter *w, GString *out, NgTermId id)
{
  NgStore *store = w->base.store;
  const char *value = ng_store_term_value (store, id);
  guint32 form = id < w->n_forms ? w->forms[id] : NT_ESCAPED;
  if (form & (NT_WHOLE_IRI | NT_WHOLE_STRING))
    {
      /* A plain term: its value between <> or "", copied in one go. */
      append_plain_len (out, (form & NT_WHOLE_IRI) ? NG_TERM_IRI : NG_TERM_LITERAL, value, form & NT_WHOLE_LEN);
      return;
    }
  NgTermKind kind = ng_store_term_kind (store, id);
  if (form == NT_UNKNOWN)
    {
      gboolean plain = kind == NG_TERM_IRI ? iri_is_plain (value)
        : kind == NG_TERM_LITERAL ? string_is_plain (value) : FALSE;
      gboolean bare = kind == NG_TERM_IRI;
      if (kind == NG_TERM_LITERAL)
        {
          const char *dt = ng_store_term_datatype (store, id);
          bare = ng_store_term_lang (store, id) == NULL
            && (dt == NULL || strcmp (dt, NG_XSD_STRING) == 0);
        }
      gsize n = strlen (value);
      form = plain ? NT_PLAIN_TAGGED : NT_ESCAPED;
      if (plain && bare && n <= NT_WHOLE_LEN)
        form = (guint32) n | (kind == NG_TERM_IRI ? NT_WHOLE_IRI : NT_WHOLE_STRING);
      w->forms[id] = form;
      if (form & (NT_WHOLE_IRI | NT_WHOLE_STRING))
        {
          append_term_nt (w, out, id);
          return;
        }
    }
  switch (kind)
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
        if (form == NT_PLAIN_TAGGED)
          append_plain (out, kind, value);
        else
          append_string (out, value);
        if (lang != NULL)
          {
            g_string_append_c (out, '@');
            g_string_append (out, lang);
          }
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
  g_free (w->forms);
  w->n_forms = ng_store_n_terms (base->store) + 1;
  w->forms = g_new0 (guint32, w->n_forms);
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
  buf_append (w->buf, " .\n", 3);
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
  if (w->iostr)
    raptor_free_iostream (w->iostr);
  if (w->nstack)
    raptor_free_namespaces (w->nstack);
  if (w->world)
    raptor_free_world (w->world);
  if (w->term)
    g_string_free (w->term, TRUE);
  if (w->cache)
    g_string_free (w->cache, TRUE);
  g_free (w->cached);
  g_free (w->forms);
  g_clear_error (&w->error);
  if (w->prefixes)
    g_array_unref (w->prefixes);
  if (w->buf)
    g_string_free (w->buf, TRUE);
  g_free (w);
}

static const NgWriterClass ttl_class = {
  "turtle", rttl_start, rttl_quad, rttl_end, rdf_free
};
static const NgWriterClass nt_class = {
  "ntriples", lines_start, lines_quad, lines_end, rdf_free
};
static const NgWriterClass nq_class = {
  "nquads", lines_start, lines_quad, lines_end, rdf_free
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
      w->term = g_string_sized_new (256);
      w->cache = g_string_sized_new (64 * 1024);
      w->world = raptor_new_world ();
      if (w->world)
        raptor_world_set_log_handler (w->world, w, ttl_log);
      if (!w->world || raptor_world_open (w->world) != 0
          || !(w->nstack = raptor_new_namespaces (w->world, 0))
          || !(w->iostr = raptor_new_iostream_from_handler (w->world, w, &term_handler)))
        {
          rdf_free (&w->base);
          return NULL;
        }
      return &w->base;
    }
  /* N-Triples and N-Quads: one line each, escaped as above, streamed. */
  w->base.klass = format == NG_FORMAT_NT ? &nt_class : &nq_class;
  w->buf = g_string_sized_new (128 * 1024);
  return &w->base;
}
