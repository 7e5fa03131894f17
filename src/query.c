/* query.c - SPARQL over an NgStore: a rasqal triples source and the
 * result formats. */
#include "config.h"
#include <string.h>
#include <rasqal.h>
#include <json-glib/json-glib.h>
#include "newsgraph/query.h"
#include "newsgraph/vocab.h"

G_DEFINE_QUARK (ng-query-error-quark, ng_query_error)

/* Everything one query run needs; the rasqal world points back here. */
typedef struct {
  NgStore *store;             /* borrowed */
  rasqal_world *world;
  raptor_world *raptor;       /* owned by world */
  rasqal_literal **terms;     /* term id -> literal, made on first use */
  guint n_terms;
  GHashTable *blanks;         /* blank label -> term id, made on first use */
  GError *error;              /* first error rasqal reported */
  int error_line, error_column;
  gboolean probing;           /* parsing a prefix to place an error */
  char *probe_text;
  int probe_line;
} NgQueryCtx;

/* Per triples source data, allocated by rasqal (user_data_size). */
typedef struct {
  NgQueryCtx *ctx;
} NgSourceData;

/* One triple pattern being matched: the quads found, and where we are. */
typedef struct {
  NgQueryCtx *ctx;
  GArray *quads;              /* NgQuad */
  guint pos;
  gboolean graph;             /* the pattern is inside GRAPH */
} NgMatch;

/* A bound value copied out of rasqal, for formatting. */
typedef struct {
  NgTermKind kind;            /* NG_TERM_NONE = unbound */
  char *value;
  char *datatype;
  char *lang;
} NgCell;

/* ---------------------------------------------------------------- terms */

/* Copies s into memory rasqal may free. */
static unsigned char *
rasqal_strdup (const char *s)
{
  size_t n = strlen (s) + 1;
  unsigned char *d = rasqal_alloc_memory (n);
  if (d)
    memcpy (d, s, n);
  return d;
}

/* Returns a new reference to the rasqal literal for a store term. */
static rasqal_literal *
ctx_literal (NgQueryCtx *ctx, NgTermId id)
{
  if (id == 0 || id > ctx->n_terms)
    return NULL;
  if (!ctx->terms[id])
    {
      const char *v = ng_store_term_value (ctx->store, id);
      rasqal_literal *l = NULL;
      switch (ng_store_term_kind (ctx->store, id))
        {
        case NG_TERM_IRI:
          l = rasqal_new_uri_literal (ctx->world,
                                      raptor_new_uri (ctx->raptor, (const unsigned char *) v));
          break;
        case NG_TERM_BLANK:
          l = rasqal_new_simple_literal (ctx->world, RASQAL_LITERAL_BLANK, rasqal_strdup (v));
          break;
        case NG_TERM_LITERAL:
          {
            const char *dt = ng_store_term_datatype (ctx->store, id);
            const char *lang = ng_store_term_lang (ctx->store, id);
            l = rasqal_new_string_literal (ctx->world, rasqal_strdup (v),
                                           lang ? (char *) rasqal_strdup (lang) : NULL,
                                           dt ? raptor_new_uri (ctx->raptor, (const unsigned char *) dt) : NULL,
                                           NULL);
            break;
          }
        case NG_TERM_NONE:
        default:
          break;
        }
      ctx->terms[id] = l;
    }
  return ctx->terms[id] ? rasqal_new_literal_from_literal (ctx->terms[id]) : NULL;
}

/* Finds the store id of a blank node label, or 0. */
static NgTermId
ctx_lookup_blank (NgQueryCtx *ctx, const char *label)
{
  if (!ctx->blanks)
    {
      ctx->blanks = g_hash_table_new (g_str_hash, g_str_equal);
      for (NgTermId id = 1; id <= ctx->n_terms; id++)
        if (ng_store_term_kind (ctx->store, id) == NG_TERM_BLANK)
          g_hash_table_insert (ctx->blanks, (gpointer) ng_store_term_value (ctx->store, id),
                               GUINT_TO_POINTER (id));
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (ctx->blanks, label));
}

/* Returns the store id of a rasqal constant, or 0 if the store lacks it. */
static NgTermId
ctx_term_id (NgQueryCtx *ctx, rasqal_literal *l)
{
  switch (rasqal_literal_get_rdf_term_type (l))
    {
    case RASQAL_LITERAL_URI:
      return ng_store_lookup_iri (ctx->store, (const char *) raptor_uri_as_string (l->value.uri));
    case RASQAL_LITERAL_BLANK:
      return ctx_lookup_blank (ctx, (const char *) l->string);
    case RASQAL_LITERAL_STRING:
      {
        raptor_uri *dt = rasqal_literal_datatype (l);
        const char *lex = (const char *) rasqal_literal_as_string (l);
        if (!lex)
          return 0;
        return ng_store_lookup_literal (ctx->store, lex,
                                        dt ? (const char *) raptor_uri_as_string (dt) : NULL,
                                        l->language);
      }
    default:
      return 0;
    }
}

/* ---------------------------------------------------------------- matching */

/* What one pattern position asks for: a fixed id, any, or nothing. */
typedef struct {
  NgTermId id;         /* 0 = any */
  gboolean missing;    /* a constant the store does not hold: no match */
  rasqal_variable *var;
} NgSlot;

/* Resolves one part of a triple pattern into a slot. */
static NgSlot
slot_for (NgQueryCtx *ctx, rasqal_literal *part, gboolean we_bind)
{
  NgSlot s = { 0, FALSE, NULL };
  rasqal_literal *value = part;
  if ((s.var = rasqal_literal_as_variable (part)))
    {
      if (we_bind)
        {
          rasqal_variable_set_value (s.var, NULL);
          return s;
        }
      value = s.var->value;
      if (!value)
        return s;
    }
  s.id = ctx_term_id (ctx, value);
  s.missing = s.id == 0;
  return s;
}

/* Collection state for ng_store_match. */
typedef struct {
  GArray *quads;
  NgSlot slot[4];
  gboolean graph;
} NgCollect;

/* Keeps a quad if it fits the graph rule and repeated variables agree. */
static gboolean
collect_quad (const NgQuad *q, gpointer user_data)
{
  NgCollect *c = user_data;
  NgTermId v[4] = { q->s, q->p, q->o, q->src.article };
  if (c->graph)
    {
      if (q->src.article == 0 || (c->slot[3].id && c->slot[3].id != q->src.article))
        return TRUE;
    }
  else if (c->quads->len > 0)
    {
      const NgQuad *last = &g_array_index (c->quads, NgQuad, c->quads->len - 1);
      if (last->s == q->s && last->p == q->p && last->o == q->o)
        return TRUE;
    }
  for (int i = 0; i < 4; i++)
    for (int j = i + 1; j < 4; j++)
      if (c->slot[i].var && c->slot[i].var == c->slot[j].var && v[i] != v[j])
        return TRUE;
  g_array_append_val (c->quads, *q);
  return TRUE;
}

/* Binds the variables of the pattern to the current quad. */
static rasqal_triple_parts
match_bind (rasqal_triples_match *rtm, void *user_data, rasqal_variable *bindings[4],
            rasqal_triple_parts parts)
{
  (void) user_data;
  NgMatch *m = rtm->user_data;
  const NgQuad *q = &g_array_index (m->quads, NgQuad, m->pos);
  NgTermId v[4] = { q->s, q->p, q->o, q->src.article };
  static const rasqal_triple_parts flag[4] = {
    RASQAL_TRIPLE_SUBJECT, RASQAL_TRIPLE_PREDICATE, RASQAL_TRIPLE_OBJECT, RASQAL_TRIPLE_ORIGIN
  };
  unsigned int result = 0;
  for (int i = 0; i < 4; i++)
    {
      if (!bindings[i] || !(parts & flag[i]) || (i == 3 && !m->graph))
        continue;
      gboolean again = FALSE;
      for (int j = 0; j < i; j++)
        if (bindings[j] == bindings[i] && (parts & flag[j]))
          again = TRUE;
      if (again)
        continue;
      rasqal_variable_set_value (bindings[i], ctx_literal (m->ctx, v[i]));
      result |= flag[i];
    }
  return (rasqal_triple_parts) result;
}

/* Moves to the next matching quad. */
static void
match_next (rasqal_triples_match *rtm, void *user_data)
{
  (void) user_data;
  NgMatch *m = rtm->user_data;
  m->pos++;
}

/* Returns non-zero when no quad is left. */
static int
match_is_end (rasqal_triples_match *rtm, void *user_data)
{
  (void) user_data;
  NgMatch *m = rtm->user_data;
  return !m || m->pos >= m->quads->len;
}

/* Frees the match state. */
static void
match_finish (rasqal_triples_match *rtm, void *user_data)
{
  (void) user_data;
  NgMatch *m = rtm->user_data;
  if (!m)
    return;
  g_array_unref (m->quads);
  g_free (m);
  rtm->user_data = NULL;
}

/* Starts matching one triple pattern: finds every quad it fits. */
static int
source_init_match (rasqal_triples_match *rtm, rasqal_triples_source *rts, void *user_data,
                   rasqal_triple_meta *meta, rasqal_triple *t)
{
  (void) rts;
  NgSourceData *sd = user_data;
  NgMatch *m = g_new0 (NgMatch, 1);
  m->ctx = sd->ctx;
  m->quads = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  m->graph = t->origin != NULL;
  rtm->user_data = m;
  rtm->bind_match = match_bind;
  rtm->next_match = match_next;
  rtm->is_end = match_is_end;
  rtm->finish = match_finish;

  NgCollect c = { m->quads, { { 0, FALSE, NULL } }, m->graph };
  c.slot[0] = slot_for (m->ctx, t->subject, (meta->parts & RASQAL_TRIPLE_SUBJECT) != 0);
  c.slot[1] = slot_for (m->ctx, t->predicate, (meta->parts & RASQAL_TRIPLE_PREDICATE) != 0);
  c.slot[2] = slot_for (m->ctx, t->object, (meta->parts & RASQAL_TRIPLE_OBJECT) != 0);
  if (m->graph)
    c.slot[3] = slot_for (m->ctx, t->origin, (meta->parts & RASQAL_TRIPLE_ORIGIN) != 0);
  for (int i = 0; i < 4; i++)
    meta->bindings[i] = c.slot[i].var;
  for (int i = 0; i < 4; i++)
    if (c.slot[i].missing)
      return 0;
  ng_store_match (m->ctx->store, c.slot[0].id, c.slot[1].id, c.slot[2].id, collect_quad, &c);
  return 0;
}

/* Stops at the first quad of a graph. */
static gboolean
find_in_graph (const NgQuad *q, gpointer user_data)
{
  NgTermId *g = user_data;
  if (q->src.article == g[0])
    {
      g[1] = 1;
      return FALSE;
    }
  return TRUE;
}

/* Returns non-zero if a pattern without variables is in the data. */
static int
source_triple_present (rasqal_triples_source *rts, void *user_data, rasqal_triple *t)
{
  (void) rts;
  NgSourceData *sd = user_data;
  NgTermId s = ctx_term_id (sd->ctx, t->subject);
  NgTermId p = ctx_term_id (sd->ctx, t->predicate);
  NgTermId o = ctx_term_id (sd->ctx, t->object);
  if (!s || !p || !o)
    return 0;
  if (!t->origin)
    return ng_store_contains (sd->ctx->store, s, p, o);
  NgTermId g[2] = { ctx_term_id (sd->ctx, t->origin), 0 };
  if (!g[0])
    return 0;
  ng_store_match (sd->ctx->store, s, p, o, find_in_graph, g);
  return (int) g[1];
}

/* Nothing to free: the cache belongs to the run. */
static void
source_free (void *user_data)
{
  (void) user_data;
}

/* Fills in a triples source over the store. */
static int
source_init (rasqal_query *query, void *factory_user_data, void *user_data,
             rasqal_triples_source *rts, rasqal_triples_error_handler handler)
{
  (void) query;
  (void) handler;
  NgSourceData *sd = user_data;
  sd->ctx = factory_user_data;
  rts->version = 1;
  rts->init_triples_match = source_init_match;
  rts->triple_present = source_triple_present;
  rts->free_triples_source = source_free;
  return 0;
}

/* Registers the store-backed factory with rasqal. */
static int
register_factory (rasqal_triples_source_factory *factory)
{
  factory->version = 2;
  factory->user_data_size = sizeof (NgSourceData);
  factory->init_triples_source = source_init;
  return 0;
}

/* Notes the article (named graph) of each quad. */
static gboolean
note_graph (const NgQuad *q, gpointer user_data)
{
  if (q->src.article)
    g_hash_table_add (user_data, GUINT_TO_POINTER (q->src.article));
  return TRUE;
}

/* Orders term ids. */
static gint
id_cmp (gconstpointer a, gconstpointer b)
{
  NgTermId x = *(const NgTermId *) a, y = *(const NgTermId *) b;
  return x < y ? -1 : x > y;
}

/* Declares one named graph per article, so that GRAPH ?g has names to
 * range over; the triples source serves their quads, nothing is loaded. */
static gboolean
add_named_graphs (NgQueryCtx *ctx, rasqal_query *query)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  ng_store_foreach_quad (ctx->store, note_graph, seen);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, seen);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      NgTermId id = GPOINTER_TO_UINT (k);
      if (ng_store_term_kind (ctx->store, id) == NG_TERM_IRI)
        g_array_append_val (ids, id);
    }
  g_array_sort (ids, id_cmp);
  for (guint i = 0; i < ids->len; i++)
    {
      const unsigned char *iri = (const unsigned char *) ng_store_term_value (ctx->store, g_array_index (ids, NgTermId, i));
      raptor_uri *uri = raptor_new_uri (ctx->raptor, iri);
      rasqal_data_graph *dg = uri ? rasqal_new_data_graph_from_uri (ctx->world, uri, uri, RASQAL_DATA_GRAPH_NAMED,
                                                                    NULL, NULL, NULL) : NULL;
      if (uri)
        raptor_free_uri (uri);
      if (!dg || rasqal_query_add_data_graph (query, dg))
        {
          if (!ctx->error)
            g_set_error (&ctx->error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE,
                         "query: cannot declare the graph <%s>", iri);
          return FALSE;
        }
    }
  return TRUE;
}

/* Records the first error rasqal reports, with its position. */
static void
log_handler (void *user_data, raptor_log_message *msg)
{
  NgQueryCtx *ctx = user_data;
  if (msg->level < RAPTOR_LOG_LEVEL_ERROR)
    return;
  const char *text = msg->text ? msg->text : "error";
  int line = msg->locator ? msg->locator->line : -1;
  if (ctx->probing)
    {
      if (!ctx->probe_text)
        {
          ctx->probe_text = g_strdup (text);
          ctx->probe_line = line;
        }
      return;
    }
  if (ctx->error)
    return;
  ctx->error_line = line;
  ctx->error_column = msg->locator ? msg->locator->column : -1;
  g_set_error_literal (&ctx->error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE, text);
}

/* Parses a prefix of the query and tells whether it fails with text at line. */
static gboolean
probe_fails_same (NgQueryCtx *ctx, const char *sparql, gsize len, int line, const char *text)
{
  g_autofree char *prefix = g_strndup (sparql, len);
  rasqal_query *q = rasqal_new_query (ctx->world, "sparql11-query", NULL);
  if (!q)
    return FALSE;
  ctx->probing = TRUE;
  g_clear_pointer (&ctx->probe_text, g_free);
  rasqal_query_prepare (q, (const unsigned char *) prefix, NULL);
  rasqal_free_query (q);
  ctx->probing = FALSE;
  return ctx->probe_text && ctx->probe_line == line && !strcmp (ctx->probe_text, text);
}

/* Finds the column of a syntax error that rasqal reports by line only:
 * the shortest prefix of the line that already fails the same way ends
 * at the offending token. */
static int
find_column (NgQueryCtx *ctx, const char *sparql, int line, const char *text)
{
  const char *start = sparql;
  for (int l = 1; l < line && start; l++)
    {
      start = strchr (start, '\n');
      if (start)
        start++;
    }
  if (!start)
    return 1;
  const char *end = strchr (start, '\n');
  if (!end)
    end = start + strlen (start);
  int col = 1;
  for (const char *p = start; p < end; p = g_utf8_next_char (p), col++)
    {
      const char *next = g_utf8_next_char (p);
      if (probe_fails_same (ctx, sparql, (gsize) (next - sparql), line, text))
        return col;
    }
  return 1;
}

/* Finds the line and column of the first "quoted" name of a message in
 * the query text; FALSE if there is none. */
static gboolean
find_quoted (const char *sparql, const char *text, int *line, int *column)
{
  const char *a = strchr (text, '"');
  const char *b = a ? strchr (a + 1, '"') : NULL;
  if (!a || !b || b == a + 1)
    return FALSE;
  g_autofree char *name = g_strndup (a + 1, (gsize) (b - a - 1));
  const char *at = strstr (sparql, name);
  if (!at)
    return FALSE;
  *line = 1;
  const char *bol = sparql;
  for (const char *p = sparql; p < at; p++)
    if (*p == '\n')
      {
        (*line)++;
        bol = p + 1;
      }
  *column = (int) g_utf8_strlen (bol, at - bol) + 1;
  return TRUE;
}

/* Turns the recorded parse error into "query:LINE:COLUMN: message". */
static void
locate_syntax_error (NgQueryCtx *ctx, const char *sparql)
{
  int line = ctx->error_line, column = ctx->error_column;
  g_autofree char *text = g_strdup (ctx->error->message);
  if (line <= 0)
    {
      if (!find_quoted (sparql, text, &line, &column))
        line = column = 1;
    }
  else if (column <= 0)
    column = find_column (ctx, sparql, line, text);
  g_clear_error (&ctx->error);
  g_set_error (&ctx->error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX, "query:%d:%d: %s",
               line, column, text);
}

/* ---------------------------------------------------------------- output */

/* Copies a rasqal value out for formatting; NULL gives an unbound cell. */
static void
cell_set (NgCell *c, rasqal_literal *l)
{
  memset (c, 0, sizeof *c);
  if (!l)
    return;
  switch (rasqal_literal_get_rdf_term_type (l))
    {
    case RASQAL_LITERAL_URI:
      c->kind = NG_TERM_IRI;
      c->value = g_strdup ((const char *) raptor_uri_as_string (l->value.uri));
      break;
    case RASQAL_LITERAL_BLANK:
      c->kind = NG_TERM_BLANK;
      c->value = g_strdup ((const char *) l->string);
      break;
    default:
      {
        const char *lex = (const char *) rasqal_literal_as_string (l);
        raptor_uri *dt = rasqal_literal_datatype (l);
        c->kind = NG_TERM_LITERAL;
        c->value = g_strdup (lex ? lex : "");
        if (dt && strcmp ((const char *) raptor_uri_as_string (dt), NG_XSD_STRING) != 0)
          c->datatype = g_strdup ((const char *) raptor_uri_as_string (dt));
        if (l->language && *l->language)
          c->lang = g_strdup (l->language);
      }
    }
}

/* Copies a raptor term (from a graph result) out for formatting. */
static void
cell_set_term (NgCell *c, raptor_term *t)
{
  memset (c, 0, sizeof *c);
  if (!t)
    return;
  switch (t->type)
    {
    case RAPTOR_TERM_TYPE_URI:
      c->kind = NG_TERM_IRI;
      c->value = g_strdup ((const char *) raptor_uri_as_string (t->value.uri));
      break;
    case RAPTOR_TERM_TYPE_BLANK:
      c->kind = NG_TERM_BLANK;
      c->value = g_strndup ((const char *) t->value.blank.string, t->value.blank.string_len);
      break;
    case RAPTOR_TERM_TYPE_LITERAL:
      c->kind = NG_TERM_LITERAL;
      c->value = g_strndup ((const char *) t->value.literal.string, t->value.literal.string_len);
      if (t->value.literal.datatype
          && strcmp ((const char *) raptor_uri_as_string (t->value.literal.datatype), NG_XSD_STRING) != 0)
        c->datatype = g_strdup ((const char *) raptor_uri_as_string (t->value.literal.datatype));
      if (t->value.literal.language && t->value.literal.language_len)
        c->lang = g_strndup ((const char *) t->value.literal.language, t->value.literal.language_len);
      break;
    case RAPTOR_TERM_TYPE_UNKNOWN:
    default:
      break;
    }
}

/* Frees what a cell holds. */
static void
cell_clear (gpointer p)
{
  NgCell *c = p;
  g_free (c->value);
  g_free (c->datatype);
  g_free (c->lang);
}

/* Appends s escaped as the inside of an N-Triples string. */
static void
append_escaped (GString *out, const char *s)
{
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case '"': g_string_append (out, "\\\""); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      default:
        if (*p < 0x20 || *p == 0x7f)
          g_string_append_printf (out, "\\u%04X", *p);
        else
          g_string_append_c (out, (char) *p);
      }
}

/* TRUE if a literal can be written as a bare Turtle number or boolean. */
static gboolean
is_bare (const NgCell *c)
{
  if (!c->datatype)
    return FALSE;
  if (!strcmp (c->datatype, NG_XSD_INTEGER))
    {
      const char *p = c->value + (*c->value == '-' || *c->value == '+');
      if (!*p)
        return FALSE;
      for (; *p; p++)
        if (!g_ascii_isdigit (*p))
          return FALSE;
      return TRUE;
    }
  return !strcmp (c->datatype, NG_NS_XSD "boolean")
         && (!strcmp (c->value, "true") || !strcmp (c->value, "false"));
}

/* Appends a term in N-Triples syntax (numbers bare if bare_numbers). */
static void
append_nt (GString *out, const NgCell *c, gboolean bare_numbers)
{
  switch (c->kind)
    {
    case NG_TERM_IRI:
      g_string_append_printf (out, "<%s>", c->value);
      break;
    case NG_TERM_BLANK:
      g_string_append_printf (out, "_:%s", c->value);
      break;
    case NG_TERM_LITERAL:
      if (bare_numbers && is_bare (c))
        {
          g_string_append (out, c->value);
          break;
        }
      g_string_append_c (out, '"');
      append_escaped (out, c->value);
      g_string_append_c (out, '"');
      if (c->lang)
        g_string_append_printf (out, "@%s", c->lang);
      else if (c->datatype)
        g_string_append_printf (out, "^^<%s>", c->datatype);
      break;
    case NG_TERM_NONE:
    default:
      break;
    }
}

/* Appends one CSV field, quoted when RFC 4180 requires it. */
static void
append_csv_field (GString *out, const char *s)
{
  if (!strpbrk (s, ",\"\r\n"))
    {
      g_string_append (out, s);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* Returns the short form of a term for the table: prefixed names, bare text. */
static char *
cell_short (const NgCell *c)
{
  switch (c->kind)
    {
    case NG_TERM_IRI:
      for (const NgPrefix *p = ng_vocab_prefixes (); p->prefix; p++)
        if (g_str_has_prefix (c->value, p->ns) && c->value[strlen (p->ns)])
          return g_strdup_printf ("%s:%s", p->prefix, c->value + strlen (p->ns));
      return g_strdup_printf ("<%s>", c->value);
    case NG_TERM_BLANK:
      return g_strdup_printf ("_:%s", c->value);
    case NG_TERM_LITERAL:
      {
        GString *s = g_string_new (NULL);
        for (const char *p = c->value; *p; p++)
          g_string_append_c (s, (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
        if (c->lang)
          g_string_append_printf (s, "@%s", c->lang);
        return g_string_free (s, FALSE);
      }
    case NG_TERM_NONE:
    default:
      return g_strdup ("");
    }
}

/* Appends s padded with spaces to width display columns. */
static void
append_padded (GString *out, const char *s, glong width)
{
  g_string_append (out, s);
  for (glong n = g_utf8_strlen (s, -1); n < width; n++)
    g_string_append_c (out, ' ');
}

/* Writes SELECT results as an aligned table. */
static void
format_table (GString *out, GPtrArray *names, GArray *cells)
{
  guint nc = names->len;
  guint nr = nc ? cells->len / nc : 0;
  g_autoptr (GPtrArray) text = g_ptr_array_new_with_free_func (g_free);
  g_autofree glong *width = g_new0 (glong, MAX (nc, 1));
  for (guint j = 0; j < nc; j++)
    width[j] = g_utf8_strlen (names->pdata[j], -1) + 1;
  for (guint i = 0; i < cells->len; i++)
    {
      char *s = cell_short (&g_array_index (cells, NgCell, i));
      width[i % nc] = MAX (width[i % nc], g_utf8_strlen (s, -1));
      g_ptr_array_add (text, s);
    }
  for (guint j = 0; j < nc; j++)
    {
      g_autofree char *h = g_strconcat ("?", names->pdata[j], NULL);
      if (j + 1 < nc)
        {
          append_padded (out, h, width[j]);
          g_string_append (out, "  ");
        }
      else
        g_string_append (out, h);
    }
  g_string_append_c (out, '\n');
  for (guint j = 0; j < nc; j++)
    {
      for (glong k = 0; k < width[j]; k++)
        g_string_append_c (out, '-');
      g_string_append (out, j + 1 < nc ? "  " : "\n");
    }
  for (guint r = 0; r < nr; r++)
    {
      for (guint j = 0; j < nc; j++)
        {
          const char *s = text->pdata[r * nc + j];
          if (j + 1 < nc)
            {
              append_padded (out, s, width[j]);
              g_string_append (out, "  ");
            }
          else
            g_string_append (out, s);
        }
      g_string_append_c (out, '\n');
    }
}

/* Writes SELECT results as SPARQL 1.1 TSV. */
static void
format_tsv (GString *out, GPtrArray *names, GArray *cells)
{
  guint nc = names->len;
  for (guint j = 0; j < nc; j++)
    g_string_append_printf (out, "%s?%s", j ? "\t" : "", (char *) names->pdata[j]);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < cells->len; i++)
    {
      if (i % nc)
        g_string_append_c (out, '\t');
      append_nt (out, &g_array_index (cells, NgCell, i), TRUE);
      if (i % nc == nc - 1)
        g_string_append_c (out, '\n');
    }
}

/* Writes SELECT results as SPARQL 1.1 CSV. */
static void
format_csv (GString *out, GPtrArray *names, GArray *cells)
{
  guint nc = names->len;
  for (guint j = 0; j < nc; j++)
    {
      if (j)
        g_string_append_c (out, ',');
      append_csv_field (out, names->pdata[j]);
    }
  g_string_append (out, "\r\n");
  for (guint i = 0; i < cells->len; i++)
    {
      const NgCell *c = &g_array_index (cells, NgCell, i);
      if (i % nc)
        g_string_append_c (out, ',');
      if (c->kind == NG_TERM_BLANK)
        {
          g_autofree char *b = g_strconcat ("_:", c->value, NULL);
          append_csv_field (out, b);
        }
      else if (c->kind != NG_TERM_NONE)
        append_csv_field (out, c->value);
      if (i % nc == nc - 1)
        g_string_append (out, "\r\n");
    }
}

/* Appends a finished JSON document and a newline. */
static void
append_json (GString *out, JsonBuilder *b)
{
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autoptr (JsonGenerator) gen = json_generator_new ();
  json_generator_set_root (gen, root);
  g_autofree char *s = json_generator_to_data (gen, NULL);
  g_string_append (out, s);
  g_string_append_c (out, '\n');
}

/* Writes SELECT results as SPARQL 1.1 JSON. */
static void
format_json (GString *out, GPtrArray *names, GArray *cells)
{
  static const char *type[] = { "", "uri", "literal", "bnode" };
  guint nc = names->len;
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "head");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "vars");
  json_builder_begin_array (b);
  for (guint j = 0; j < nc; j++)
    json_builder_add_string_value (b, names->pdata[j]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "results");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "bindings");
  json_builder_begin_array (b);
  for (guint i = 0; i < cells->len; i++)
    {
      const NgCell *c = &g_array_index (cells, NgCell, i);
      if (i % nc == 0)
        json_builder_begin_object (b);
      if (c->kind != NG_TERM_NONE)
        {
          json_builder_set_member_name (b, names->pdata[i % nc]);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "type");
          json_builder_add_string_value (b, type[c->kind]);
          json_builder_set_member_name (b, "value");
          json_builder_add_string_value (b, c->value);
          if (c->lang)
            {
              json_builder_set_member_name (b, "xml:lang");
              json_builder_add_string_value (b, c->lang);
            }
          else if (c->datatype)
            {
              json_builder_set_member_name (b, "datatype");
              json_builder_add_string_value (b, c->datatype);
            }
          json_builder_end_object (b);
        }
      if (i % nc == nc - 1)
        json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
  append_json (out, b);
}

/* Reads every SELECT row out of results and formats them. */
static gboolean
write_bindings (NgQueryCtx *ctx, rasqal_query *query, rasqal_query_results *results,
                NgQueryFormat format, GString *out)
{
  gboolean empty = rasqal_query_results_finished (results) != 0;
  int nc = rasqal_query_results_get_bindings_count (results);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  for (int j = 0; j < nc; j++)
    g_ptr_array_add (names, g_strdup ((const char *) rasqal_query_results_get_binding_name (results, j)));
  if (nc <= 0 && empty)
    {
      /* No row: rasqal gives no names, the query still has them. */
      raptor_sequence *vars = rasqal_query_get_bound_variable_sequence (query);
      nc = vars ? raptor_sequence_size (vars) : 0;
      for (int j = 0; j < nc; j++)
        {
          rasqal_variable *v = raptor_sequence_get_at (vars, j);
          g_ptr_array_add (names, g_strdup ((const char *) v->name));
        }
    }
  g_autoptr (GArray) cells = g_array_new (FALSE, TRUE, sizeof (NgCell));
  g_array_set_clear_func (cells, cell_clear);
  while (nc > 0 && !empty && !rasqal_query_results_finished (results))
    {
      for (int j = 0; j < nc; j++)
        {
          NgCell c;
          cell_set (&c, rasqal_query_results_get_binding_value (results, j));
          g_array_append_val (cells, c);
        }
      if (rasqal_query_results_next (results))
        break;
    }
  if (ctx->error)
    return FALSE;
  if (nc == 0)
    {
      if (format == NG_QUERY_FORMAT_JSON)
        format_json (out, names, cells);
      else if (format != NG_QUERY_FORMAT_CSV)
        g_string_append_c (out, '\n');
      else
        g_string_append (out, "\r\n");
      return TRUE;
    }
  switch (format)
    {
    case NG_QUERY_FORMAT_TABLE: format_table (out, names, cells); break;
    case NG_QUERY_FORMAT_TSV: format_tsv (out, names, cells); break;
    case NG_QUERY_FORMAT_CSV: format_csv (out, names, cells); break;
    case NG_QUERY_FORMAT_JSON: format_json (out, names, cells); break;
    default: break;
    }
  return TRUE;
}

/* Writes an ASK answer. */
static void
write_boolean (gboolean value, NgQueryFormat format, GString *out)
{
  if (format != NG_QUERY_FORMAT_JSON)
    {
      g_string_append (out, value ? "true\n" : "false\n");
      return;
    }
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "head");
  json_builder_begin_object (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "boolean");
  json_builder_add_boolean_value (b, value);
  json_builder_end_object (b);
  append_json (out, b);
}

/* Writes the triples of a CONSTRUCT or DESCRIBE result as N-Triples. */
static void
write_graph (rasqal_query_results *results, GString *out)
{
  raptor_statement *st;
  while ((st = rasqal_query_results_get_triple (results)))
    {
      raptor_term *t[3] = { st->subject, st->predicate, st->object };
      for (int i = 0; i < 3; i++)
        {
          NgCell c;
          cell_set_term (&c, t[i]);
          append_nt (out, &c, FALSE);
          g_string_append_c (out, ' ');
          cell_clear (&c);
        }
      g_string_append (out, ".\n");
      if (rasqal_query_results_next_triple (results))
        break;
    }
}

/* State of a DESCRIBE: where to write, the last triple written. */
typedef struct {
  NgQueryCtx *ctx;
  GString *out;
  NgTermId last[3];
} NgDescribe;

/* Appends a triple as N-Triples, once however many articles state it. */
static gboolean
describe_triple (const NgQuad *q, gpointer user_data)
{
  NgDescribe *d = user_data;
  NgTermId t[3] = { q->s, q->p, q->o };
  if (!memcmp (t, d->last, sizeof t))
    return TRUE;
  memcpy (d->last, t, sizeof t);
  for (int i = 0; i < 3; i++)
    {
      NgCell c = { ng_store_term_kind (d->ctx->store, t[i]),
                   (char *) ng_store_term_value (d->ctx->store, t[i]),
                   (char *) ng_store_term_datatype (d->ctx->store, t[i]),
                   (char *) ng_store_term_lang (d->ctx->store, t[i]) };
      if (c.datatype && !strcmp (c.datatype, NG_XSD_STRING))
        c.datatype = NULL;
      append_nt (d->out, &c, FALSE);
      g_string_append_c (d->out, ' ');
    }
  g_string_append (d->out, ".\n");
  return TRUE;
}

/* Answers DESCRIBE <iri>... (which rasqal does not run) with the triples
 * whose subject is each IRI. */
static gboolean
describe (NgQueryCtx *ctx, rasqal_query *query, GString *out)
{
  raptor_sequence *seq = rasqal_query_get_describe_sequence (query);
  int n = seq ? raptor_sequence_size (seq) : 0;
  for (int i = 0; i < n; i++)
    {
      rasqal_literal *l = raptor_sequence_get_at (seq, i);
      if (rasqal_literal_as_variable (l) || rasqal_literal_get_rdf_term_type (l) != RASQAL_LITERAL_URI)
        {
          g_set_error (&ctx->error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE,
                       "query: DESCRIBE takes IRIs only; use CONSTRUCT for patterns");
          return FALSE;
        }
      NgTermId id = ctx_term_id (ctx, l);
      NgDescribe d = { ctx, out, { 0, 0, 0 } };
      if (id)
        ng_store_match (ctx->store, id, 0, 0, describe_triple, &d);
    }
  return TRUE;
}

gboolean
ng_query_format_parse (const char *name, NgQueryFormat *format, GError **error)
{
  static const char *names[] = { "table", "tsv", "csv", "json" };
  g_return_val_if_fail (name != NULL && format != NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (!g_ascii_strcasecmp (name, names[i]))
      {
        *format = (NgQueryFormat) i;
        return TRUE;
      }
  g_set_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_FORMAT,
               "unknown format '%s' (expected table, tsv, csv or json)", name);
  return FALSE;
}

gboolean
ng_query_run (NgStore *store, const char *sparql, NgQueryFormat format, GString *out,
              GError **error)
{
  g_return_val_if_fail (store != NULL && sparql != NULL && out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  NgQueryCtx ctx = { 0 };
  ctx.store = store;
  ctx.n_terms = ng_store_n_terms (store);
  ctx.terms = g_new0 (rasqal_literal *, ctx.n_terms + 1);
  ctx.world = rasqal_new_world ();
  rasqal_query *query = NULL;
  rasqal_query_results *results = NULL;
  GString *buf = g_string_new (NULL);
  gboolean ok = FALSE;

  if (!ctx.world || rasqal_world_open (ctx.world))
    {
      g_set_error (&ctx.error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE, "query: rasqal failed to start");
      goto done;
    }
  ctx.raptor = rasqal_world_get_raptor (ctx.world);
  rasqal_world_set_log_handler (ctx.world, &ctx, log_handler);
  if (rasqal_set_triples_source_factory (ctx.world, register_factory, &ctx))
    {
      if (!ctx.error)
        g_set_error (&ctx.error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE, "query: rasqal refused the store");
      goto done;
    }
  query = rasqal_new_query (ctx.world, "sparql11-query", NULL);
  if (!query)
    query = rasqal_new_query (ctx.world, "sparql", NULL);
  if (!query)
    {
      g_set_error (&ctx.error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE, "query: no SPARQL parser");
      goto done;
    }
  if (rasqal_query_prepare (query, (const unsigned char *) sparql, NULL) || ctx.error)
    {
      if (!ctx.error)
        g_set_error (&ctx.error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX, "query:1:1: syntax error");
      else
        locate_syntax_error (&ctx, sparql);
      goto done;
    }
  if (rasqal_query_get_verb (query) == RASQAL_QUERY_VERB_DESCRIBE)
    {
      ok = describe (&ctx, query, buf);
      goto done;
    }
  if (!add_named_graphs (&ctx, query))
    goto done;
  results = rasqal_query_execute (query);
  if (!results || ctx.error)
    {
      if (!ctx.error)
        g_set_error (&ctx.error, NG_QUERY_ERROR, NG_QUERY_ERROR_EXECUTE, "query: could not be run");
      else
        g_prefix_error (&ctx.error, "query: ");
      goto done;
    }
  if (rasqal_query_results_is_boolean (results))
    write_boolean (rasqal_query_results_get_boolean (results) > 0, format, buf);
  else if (rasqal_query_results_is_graph (results))
    write_graph (results, buf);
  else
    write_bindings (&ctx, query, results, format, buf);
  if (ctx.error)
    {
      g_prefix_error (&ctx.error, "query: ");
      goto done;
    }
  ok = TRUE;

done:
  if (results)
    rasqal_free_query_results (results);
  if (query)
    rasqal_free_query (query);
  for (guint i = 0; i <= ctx.n_terms; i++)
    if (ctx.terms[i])
      rasqal_free_literal (ctx.terms[i]);
  g_free (ctx.terms);
  g_free (ctx.probe_text);
  if (ctx.blanks)
    g_hash_table_destroy (ctx.blanks);
  if (ctx.world)
    rasqal_free_world (ctx.world);
  if (ok)
    g_string_append_len (out, buf->str, (gssize) buf->len);
  else
    g_propagate_error (error, ctx.error);
  g_string_free (buf, TRUE);
  return ok;
}
