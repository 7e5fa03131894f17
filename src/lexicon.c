/* lexicon.c - word lists kept as data, read with raptor2. */
#include "config.h"
#include <errno.h>
#include <string.h>
#include <raptor2.h>
#include "newsgraph/hash.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/fold.h"
#include "newsgraph/vocab.h"

G_DEFINE_QUARK (ng-lexicon-error-quark, ng_lexicon_error)

#define LEX_NS NG_NS_LEX

struct NgLexicon {
  GStringChunk *strings;
  GHashTable *by_iri;        /* const char *iri -> NgLexEntry* (owned) */
  GHashTable *index;         /* folded label -> GArray of NgLexHit */
  GHashTable *heads;         /* the words of a multi-word label before one of its spaces (a set) */
  guint max_words;
  /* Pending references, resolved after each load. */
  GPtrArray *pending;        /* PendingRef* */
};

typedef struct {
  NgLexEntry *entry;
  gboolean capital;          /* else inCountry or inCity */
  gboolean city;
  gboolean post_in;
  char *target;
} PendingRef;

typedef struct {
  NgLexicon *lex;
  const char *path;
  GError *error;
} LoadCtx;

NgLexicon *
ng_lexicon_new (void)
{
  NgLexicon *lex = g_new0 (NgLexicon, 1);
  lex->strings = g_string_chunk_new (64 * 1024);
  lex->by_iri = g_hash_table_new_full (ng_str_hash, g_str_equal, NULL, g_free);
  lex->index = g_hash_table_new_full (ng_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  lex->heads = g_hash_table_new (ng_str_hash, g_str_equal);
  lex->pending = g_ptr_array_new ();
  return lex;
}

void
ng_lexicon_free (NgLexicon *lex)
{
  if (!lex)
    return;
  g_hash_table_destroy (lex->index);
  g_hash_table_destroy (lex->by_iri);
  g_hash_table_destroy (lex->heads);
  for (guint i = 0; i < lex->pending->len; i++)
    {
      PendingRef *r = g_ptr_array_index (lex->pending, i);
      g_free (r->target);
      g_free (r);
    }
  g_ptr_array_unref (lex->pending);
  g_string_chunk_free (lex->strings);
  g_free (lex);
}

/* Returns the entry for a subject IRI, creating it. */
static NgLexEntry *
entry_for (NgLexicon *lex, const char *iri)
{
  NgLexEntry *e = g_hash_table_lookup (lex->by_iri, iri);
  if (e)
    return e;
  e = g_new0 (NgLexEntry, 1);
  e->cls = NG_LEX_N;
  const char *key = g_str_has_prefix (iri, LEX_NS) ? iri + strlen (LEX_NS) : iri;
  e->key = g_string_chunk_insert_const (lex->strings, key);
  g_hash_table_insert (lex->by_iri, g_string_chunk_insert_const (lex->strings, iri), e);
  return e;
}

static void index_one_label (NgLexicon *lex, NgLexEntry *e, const char *label, NgLexHitKind how);

/* Indexes one label of an entry; one with a possessive inside ("Lao
 * People's Democratic Republic") also without it, as text keys a
 * possessive word without its "'s". */
static void
index_label (NgLexicon *lex, NgLexEntry *e, const char *label, NgLexHitKind how)
{
  index_one_label (lex, e, label, how);
  const char *p = strstr (label, "'s ");
  gsize ql = 1;
  if (!p)
    p = strstr (label, "\u2019s "), ql = 3;
  if (p)
    {
      char *bare = g_strdup_printf ("%.*s%s", (int) (p - label), label, p + ql + 1);
      index_one_label (lex, e, bare, how);
      g_free (bare);
    }
  /* ("St. John's": the scanner strips a last word's "'s" as a possessive) */
  gsize n = strlen (label);
  gsize sl = g_str_has_suffix (label, "'s") ? 2 : g_str_has_suffix (label, "\u2019s") ? 4 : 0;
  if (sl && n > sl && strchr (label, ' '))
    {
      char *bare = g_strndup (label, n - sl);
      index_one_label (lex, e, bare, how);
      g_free (bare);
    }
}

/* Indexes one label of an entry, as written. */
static void
index_one_label (NgLexicon *lex, NgLexEntry *e, const char *label, NgLexHitKind how)
{
  char *key = ng_fold_plain (label);
  if (!*key)
    {
      g_free (key);
      return;
    }
  const char *k = g_string_chunk_insert_const (lex->strings, key);
  GArray *hits = g_hash_table_lookup (lex->index, k);
  if (!hits)
    {
      hits = g_array_new (FALSE, FALSE, sizeof (NgLexHit));
      g_hash_table_insert (lex->index, (gpointer) k, hits);
    }
  for (guint i = 0; i < hits->len; i++)
    {
      NgLexHit *h = &g_array_index (hits, NgLexHit, i);
      if (h->entry == e)
        {
          if (how == NG_LEXHIT_LABEL)
            h->how = how;
          g_free (key);
          return;
        }
    }
  NgLexHit hit = { e, how };
  g_array_append_val (hits, hit);
  /* (a person's names start no phrase the scanner looks for: it finds
   * people by their words, and people.ttl only tells whose posts they
   * hold; its entries give their class before their labels) */
  if (e->cls == NG_LEX_PERSON)
    {
      g_free (key);
      return;
    }
  guint words = 1;
  for (const char *p = k; *p; p++)
    if (*p == ' ')
      words++;
  if (words > lex->max_words)
    lex->max_words = words;
  if (words > 1)
    {
      /* Every head before a space: the first word is one of them. */
      for (const char *p = strchr (k, ' '); p; p = strchr (p + 1, ' '))
        {
          char *head = g_strndup (k, p - k);
          g_hash_table_add (lex->heads, (gpointer) g_string_chunk_insert_const (lex->strings, head));
          g_free (head);
        }
    }
  g_free (key);
}

/* Maps an ng: class IRI to a lexicon class. */
static NgLexClass
class_of (const char *iri)
{
  static const struct { const char *iri; NgLexClass cls; } map[] = {
    { NG_NG_LEXCOUNTRY, NG_LEX_COUNTRY }, { NG_NG_LEXCITY, NG_LEX_CITY },
    { NG_NG_LEXPLACE, NG_LEX_PLACE }, { NG_NG_LEXORG, NG_LEX_ORG },
    { NG_NG_LEXAGENCY, NG_LEX_AGENCY }, { NG_NG_LEXTITLE, NG_LEX_TITLE },
    { NG_NG_LEXHONORIFIC, NG_LEX_HONORIFIC }, { NG_NG_LEXGIVENNAME, NG_LEX_GIVEN },
    { NG_NG_LEXPERSON, NG_LEX_PERSON }, { NG_NG_LEXSTOPWORD, NG_LEX_STOP },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (strcmp (map[i].iri, iri) == 0)
      return map[i].cls;
  return NG_LEX_N;
}

/* Handles one parsed statement. */
static void
on_statement (void *user_data, raptor_statement *st)
{
  LoadCtx *ctx = user_data;
  NgLexicon *lex = ctx->lex;
  if (st->subject->type != RAPTOR_TERM_TYPE_URI || st->predicate->type != RAPTOR_TERM_TYPE_URI)
    return;
  const char *s = (const char *) raptor_uri_as_string (st->subject->value.uri);
  const char *p = (const char *) raptor_uri_as_string (st->predicate->value.uri);
  NgLexEntry *e = entry_for (lex, s);
  if (st->object->type == RAPTOR_TERM_TYPE_URI)
    {
      const char *o = (const char *) raptor_uri_as_string (st->object->value.uri);
      if (strcmp (p, NG_RDF_TYPE) == 0)
        {
          NgLexClass c = class_of (o);
          if (c != NG_LEX_N)
            e->cls = c;
        }
      else if (strcmp (p, NG_NG_INCOUNTRY) == 0 || strcmp (p, NG_NG_CAPITAL) == 0 || strcmp (p, NG_NG_INCITY) == 0
               || strcmp (p, NG_ORG_POSTIN) == 0)
        {
          PendingRef *r = g_new0 (PendingRef, 1);
          r->entry = e;
          r->capital = strcmp (p, NG_NG_CAPITAL) == 0;
          r->city = strcmp (p, NG_NG_INCITY) == 0;
          r->post_in = strcmp (p, NG_ORG_POSTIN) == 0;
          r->target = g_strdup (o);
          g_ptr_array_add (lex->pending, r);
        }
      return;
    }
  if (st->object->type != RAPTOR_TERM_TYPE_LITERAL)
    return;
  const char *v = (const char *) st->object->value.literal.string;
  if (strcmp (p, NG_SKOS_PREFLABEL) == 0)
    {
      if (!e->pref)
        e->pref = g_string_chunk_insert_const (lex->strings, v);
      index_label (lex, e, v, NG_LEXHIT_LABEL);
    }
  else if (strcmp (p, NG_SKOS_ALTLABEL) == 0)
    index_label (lex, e, v, NG_LEXHIT_LABEL);
  else if (strcmp (p, NG_SKOS_NOTATION) == 0)
    {
      e->notation = g_string_chunk_insert_const (lex->strings, v);
      index_label (lex, e, v, NG_LEXHIT_LABEL);
    }
  else if (strcmp (p, NG_NG_DEMONYM) == 0)
    {
      if (!e->demonym)
        e->demonym = g_string_chunk_insert_const (lex->strings, v);
      index_label (lex, e, v, NG_LEXHIT_DEMONYM);
    }
  else if (strcmp (p, NG_NG_KIND) == 0)
    e->kind = g_string_chunk_insert_const (lex->strings, v);
}

/* Records the first error raptor reports. */
static void
on_log (void *user_data, raptor_log_message *msg)
{
  LoadCtx *ctx = user_data;
  if (msg->level < RAPTOR_LOG_LEVEL_ERROR || ctx->error)
    return;
  int line = msg->locator ? msg->locator->line : -1;
  g_set_error (&ctx->error, NG_LEXICON_ERROR, NG_LEXICON_ERROR_PARSE,
               "%s:%d: %s", ctx->path, line, msg->text ? msg->text : "parse error");
}

/* Removes index hits of entries that have no known class. */
static void
drop_classless (NgLexicon *lex)
{
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, lex->index);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      GArray *hits = value;
      for (guint i = hits->len; i-- > 0;)
        if (g_array_index (hits, NgLexHit, i).entry->cls == NG_LEX_N)
          g_array_remove_index (hits, i);
      if (!hits->len)
        g_hash_table_iter_remove (&it);
    }
}

/* Resolves inCountry/capital/inCity/postIn references collected so far. */
static void
resolve_pending (NgLexicon *lex)
{
  guint kept = 0;
  for (guint i = 0; i < lex->pending->len; i++)
    {
      PendingRef *r = g_ptr_array_index (lex->pending, i);
      NgLexEntry *t = g_hash_table_lookup (lex->by_iri, r->target);
      if (t)
        {
          if (r->capital)
            r->entry->capital = t;
          else if (r->city)
            r->entry->city = t;
          else if (r->post_in)
            r->entry->post_in = t;
          else
            r->entry->country = t;
          g_free (r->target);
          g_free (r);
        }
      else
        g_ptr_array_index (lex->pending, kept++) = r;
    }
  g_ptr_array_set_size (lex->pending, kept);
}

gboolean
ng_lexicon_load_file (NgLexicon *lex, const char *path, GError **error)
{
  g_return_val_if_fail (lex && path, FALSE);
  FILE *f = fopen (path, "rb");
  if (!f)
    {
      g_set_error (error, NG_LEXICON_ERROR, NG_LEXICON_ERROR_OPEN,
                   "%s: cannot open lexicon: %s", path, g_strerror (errno));
      return FALSE;
    }
  LoadCtx ctx = { lex, path, NULL };
  raptor_world *world = raptor_new_world ();
  raptor_world_set_log_handler (world, &ctx, on_log);
  raptor_world_open (world);
  raptor_parser *parser = raptor_new_parser (world, "turtle");
  raptor_parser_set_statement_handler (parser, &ctx, on_statement);
  char *abs = g_canonicalize_filename (path, NULL);
  char *uri_str = g_filename_to_uri (abs, NULL, NULL);
  raptor_uri *base = raptor_new_uri (world, (const unsigned char *) (uri_str ? uri_str : "file:///lexicon"));
  raptor_parser_parse_file_stream (parser, f, path, base);
  raptor_free_uri (base);
  g_free (uri_str);
  g_free (abs);
  raptor_free_parser (parser);
  raptor_free_world (world);
  fclose (f);
  /* Entries without a known class are not words of any list. */
  drop_classless (lex);
  resolve_pending (lex);
  if (ctx.error)
    {
      g_propagate_error (error, ctx.error);
      return FALSE;
    }
  return TRUE;
}

/* Orders file names. */
static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

gboolean
ng_lexicon_load_dir (NgLexicon *lex, const char *dir, GError **error)
{
  GDir *d = g_dir_open (dir, 0, error);
  if (!d)
    return FALSE;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *n;
  while ((n = g_dir_read_name (d)))
    if (g_str_has_suffix (n, ".ttl"))
      g_ptr_array_add (names, g_build_filename (dir, n, NULL));
  g_dir_close (d);
  g_ptr_array_sort (names, cmp_str);
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < names->len; i++)
    ok = ng_lexicon_load_file (lex, g_ptr_array_index (names, i), error);
  g_ptr_array_unref (names);
  return ok;
}

char *
ng_lexicon_default_dir (void)
{
  const char *env = g_getenv ("NG_DATADIR");
  if (env && *env)
    return g_build_filename (env, "lexicon", NULL);
  char *installed = g_build_filename (NG_DATADIR, "lexicon", NULL);
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return installed;
  g_free (installed);
  /* Running from the build tree: the binary is src/newsgraph. */
  char *exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe)
    {
      char *srcdir = g_path_get_dirname (exe);
      char *cand = g_build_filename (srcdir, "..", "ontology", "lexicon", NULL);
      g_free (srcdir);
      g_free (exe);
      if (g_file_test (cand, G_FILE_TEST_IS_DIR))
        return cand;
      g_free (cand);
    }
  return g_build_filename ("ontology", "lexicon", NULL);
}

const GArray *
ng_lexicon_lookup (const NgLexicon *lex, const char *folded)
{
  return g_hash_table_lookup (lex->index, folded);
}

const NgLexHit *
ng_lexicon_find (const NgLexicon *lex, const char *folded, NgLexClass cls)
{
  const GArray *hits = g_hash_table_lookup (lex->index, folded);
  if (!hits)
    return NULL;
  for (guint i = 0; i < hits->len; i++)
    {
      const NgLexHit *h = &g_array_index (hits, NgLexHit, i);
      if (h->entry->cls == cls)
        return h;
    }
  return NULL;
}

guint
ng_lexicon_max_words (const NgLexicon *lex)
{
  return lex->max_words;
}

gboolean
ng_lexicon_starts_phrase (const NgLexicon *lex, const char *folded_word)
{
  /* A head is the start of a label; one token may fold to several words
   * ("U.S." is "u s", the head of "u s senate"). */
  return g_hash_table_contains (lex->heads, folded_word);
}

gboolean
ng_lexicon_continues_phrase (const NgLexicon *lex, const char *folded_words)
{
  return g_hash_table_contains (lex->heads, folded_words);
}

guint
ng_lexicon_n_entries (const NgLexicon *lex)
{
  return g_hash_table_size (lex->by_iri);
}
