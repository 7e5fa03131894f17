/* store.c - NgStore: interned terms and quads of 32-bit ids.
 *
 * Layout (a quad costs 16 bytes, 8 more once indexed; a term 16 bytes,
 * its string and about 6 bytes of table):
 *   - terms: an array of NgTerm (string pointer into a GStringChunk, hash,
 *     datatype term id or language index, kind), found through an
 *     open-addressing table of term ids;
 *   - sources: the (article, sentence, start, end) of NgSource, interned
 *     the same way, so a quad only carries a 32-bit source id, its article
 *     included (a sentence belongs to one article: the sources are hardly
 *     more than the spans);
 *   - quads: packed {s, p, o, source} records in insertion order;
 *     an addition is only appended (nearly every quad a build adds is
 *     new, and a hash table to prove it cost a cache miss or two per quad
 *     and 8 bytes a quad);
 *   - indexes: two permutations of quad numbers, sorted by (s, p, o, a) and
 *     by (p, o, s, a).  They cover the first n_indexed quad records; the
 *     next query sorts the records added since, drops those that repeat a
 *     quad (the first added stays: its source wins), and merges the rest
 *     in.  A dropped record keeps its place with s = 0.  The records are
 *     reached through the indexes at random: the loops that do so fetch
 *     the records some places ahead into the cache (QUAD_AHEAD).
 */
#include "config.h"
#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include <stdlib.h>
#include <string.h>

#include "newsgraph/hash.h"
#include "newsgraph/store.h"
#include "newsgraph/vocab.h"

/* Slot value of an empty open-addressing slot. */
#define EMPTY_SLOT 0u
/* Term ids must fit the 29 bits of NgTerm.extra. */
#define MAX_TERMS (1u << 29)

typedef struct {
  const char *value;       /* in the string chunk */
  guint32 hash;
  guint32 extra : 29;      /* literal: datatype term id, or language index + 1 */
  guint32 kind : 2;        /* NgTermKind */
  guint32 has_lang : 1;
} NgTerm;

/* A source: the article and, within it, the sentence and byte span. */
typedef struct {
  NgTermId article;
  guint32 sentence, start, end;
} NgSpan;

typedef struct {
  NgTermId s, p, o;
  guint32 span;       /* index into spans: the quad's article and source */
} NgQuadRec;

/* An open-addressing set of 1-based ids; hashing and equality are done by
 * the caller, so the set itself stores nothing but ids. */
typedef struct {
  guint32 *slots;
  guint32 size;
  guint32 count;
} NgIdSet;

struct NgStore {
  GStringChunk *chunk;
  gsize chunk_bytes;
  NgTerm *terms;          /* terms[0] is the null term */
  guint32 n_terms, cap_terms;
  NgIdSet term_set;
  GPtrArray *langs;       /* interned language tags */

  NgSpan *spans;          /* spans[0] is {0, 0, 0, 0}: no source */
  guint32 n_spans, cap_spans;
  guint32 last_span;       /* the span interned last: the next quads share it */
  NgIdSet span_set;

  NgQuadRec *quads;
  guint32 n_quads, cap_quads;

  guint32 *spo;           /* quad numbers sorted by (s, p, o, a) */
  guint32 *pos;           /* quad numbers sorted by (p, o, s, a) */
  guint32 n_indexed;       /* quad records the indexes cover */
  guint32 n_live;          /* distinct quads among them: the indexes' length */
  gsize n_triples;        /* cached; valid when triples_known */
  gboolean triples_known;
};

/* ------------------------------------------------------------ hashing */

/* Combines a hash with one more value. */
static inline guint32
combine (guint32 h, guint32 v)
{
  return ng_hash_mix32 (h * 31u + v + 0x9e3779b9u);
}

/* Hashes a string (terms are hashed for every interning, and IRIs and
 * sentences are long). */
static inline guint32
hash_string (const char *s)
{
  return ng_hash_bytes (s, strlen (s));
}

/* Maps a hash to a slot in [0, size) by multiply-shift. */
static inline guint32
slot_of (guint32 hash, guint32 size)
{
  return (guint32) (((guint64) hash * size) >> 32);
}

/* Frees the slots of a set. */
static void
idset_clear (NgIdSet *set)
{
  g_free (set->slots);
  set->slots = NULL;
  set->size = set->count = 0;
}

/* Rebuilds a set with a new size, re-inserting ids with their hashes. */
static void
idset_resize (NgIdSet *set, guint32 new_size,
              guint32 (*hash_of) (const NgStore *, guint32), const NgStore *store)
{
  guint32 *old = set->slots;
  guint32 old_size = set->size;

  set->slots = g_new0 (guint32, new_size);
  set->size = new_size;
  for (guint32 i = 0; i < old_size; i++)
    {
      guint32 id = old[i];
      if (id == EMPTY_SLOT)
        continue;
      guint32 j = slot_of (hash_of (store, id), new_size);
      while (set->slots[j] != EMPTY_SLOT)
        j = (j + 1 == new_size) ? 0 : j + 1;
      set->slots[j] = id;
    }
  g_free (old);
}

/* Grows a set by half when it would pass three quarters full. */
static void
idset_reserve (NgIdSet *set, guint32 (*hash_of) (const NgStore *, guint32),
               const NgStore *store)
{
  if ((guint64) (set->count + 1) * 4 <= (guint64) set->size * 3)
    return;
  guint32 size = set->size < 16 ? 32 : set->size + set->size / 2;
  idset_resize (set, size, hash_of, store);
}

/* Returns the slot holding an id equal to the key, or the empty slot
 * where it would go. */
#define IDSET_PROBE(set, hash, id_var, equal_expr, slot_var)            \
  do {                                                                   \
    slot_var = slot_of ((hash), (set)->size);                            \
    for (;;)                                                             \
      {                                                                  \
        guint32 id_var = (set)->slots[slot_var];                         \
        if (id_var == EMPTY_SLOT || (equal_expr))                        \
          break;                                                         \
        slot_var = (slot_var + 1 == (set)->size) ? 0 : slot_var + 1;     \
      }                                                                  \
  } while (0)

/* ------------------------------------------------------------ terms */

/* Hashes the key of a term. */
static guint32
term_key_hash (guint8 kind, const char *value, guint32 extra, guint8 has_lang)
{
  guint32 h = hash_string (value);
  h = combine (h, kind);
  h = combine (h, extra);
  return combine (h, has_lang);
}

/* Returns the stored hash of term id (the set holds term ids). */
static guint32
term_hash_of (const NgStore *store, guint32 id)
{
  return store->terms[id].hash;
}

/* Finds the index + 1 of a language tag, or 0. */
static guint32
lang_find (const NgStore *store, const char *lang)
{
  for (guint i = 0; i < store->langs->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (store->langs, i), lang) == 0)
      return i + 1;
  return 0;
}

/* Copies a string into the chunk, counting the bytes held. */
static const char *
chunk_insert (NgStore *store, const char *s)
{
  gsize len = strlen (s);
  store->chunk_bytes += len + 1;
  return g_string_chunk_insert_len (store->chunk, s, (gssize) len);
}

/* Looks a term up; returns its id or 0; *slot_out gets the probe slot. */
static NgTermId
term_find (const NgStore *store, guint8 kind, const char *value, guint32 extra,
           guint8 has_lang, guint32 hash, guint32 *slot_out)
{
  guint32 slot;
  if (store->term_set.size == 0)
    return 0;
  IDSET_PROBE (&store->term_set, hash, id,
               store->terms[id].hash == hash && store->terms[id].kind == kind
               && store->terms[id].extra == extra
               && store->terms[id].has_lang == has_lang
               && strcmp (store->terms[id].value, value) == 0,
               slot);
  if (slot_out)
    *slot_out = slot;
  return store->term_set.slots[slot];
}

/* Interns a term by its key. */
static NgTermId
term_intern (NgStore *store, guint8 kind, const char *value, guint32 extra,
             guint8 has_lang)
{
  guint32 hash = term_key_hash (kind, value, extra, has_lang);
  guint32 slot;
  NgTermId id;

  idset_reserve (&store->term_set, term_hash_of, store);
  id = term_find (store, kind, value, extra, has_lang, hash, &slot);
  if (id != 0)
    return id;
  g_return_val_if_fail (store->n_terms < MAX_TERMS, 0);
  if (store->n_terms == store->cap_terms)
    {
      store->cap_terms += store->cap_terms / 2;
      store->terms = g_renew (NgTerm, store->terms, store->cap_terms);
    }
  id = store->n_terms++;
  store->terms[id] = (NgTerm) {
    .value = chunk_insert (store, value),
    .hash = hash, .extra = extra, .kind = kind, .has_lang = has_lang,
  };
  store->term_set.slots[slot] = id;
  store->term_set.count++;
  return id;
}

/* Resolves a literal's datatype and language to the key's extra field;
 * returns FALSE if the datatype is unknown and create is FALSE. */
static gboolean
literal_extra (NgStore *store, const char *datatype, const char *lang,
               gboolean create, guint32 *extra, guint8 *has_lang)
{
  *extra = 0;
  *has_lang = 0;
  if (lang && *lang)
    {
      guint32 li = lang_find (store, lang);
      if (li == 0)
        {
          if (!create)
            return FALSE;
          g_autofree char *lower = g_ascii_strdown (lang, -1);
          g_ptr_array_add (store->langs,
                           (gpointer) g_string_chunk_insert_const (store->chunk, lower));
          store->chunk_bytes += strlen (lower) + 1;
          li = store->langs->len;
        }
      *extra = li;
      *has_lang = 1;
    }
  else if (datatype && strcmp (datatype, NG_XSD_STRING) != 0)
    {
      *extra = create ? ng_store_iri (store, datatype)
                      : ng_store_lookup_iri (store, datatype);
      if (*extra == 0)
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ spans */

/* Returns the hash of span id. */
static guint32
span_hash (const NgSpan *sp)
{
  return combine (combine (combine (ng_hash_mix32 (sp->article), sp->sentence), sp->start), sp->end);
}

/* Returns the hash of span id (the set holds span ids). */
static guint32
span_hash_of (const NgStore *store, guint32 id)
{
  return span_hash (&store->spans[id]);
}

/* Interns (article, sentence, start, end); {0, 0, 0, 0} is span 0. */
static guint32
span_intern (NgStore *store, NgTermId article, guint32 sentence, guint32 start, guint32 end)
{
  NgSpan key = { article, sentence, start, end };
  guint32 hash, slot, id;

  if (article == 0 && sentence == 0 && start == 0 && end == 0)
    return 0;
  const NgSpan *last = &store->spans[store->last_span];
  if (last->article == article && last->sentence == sentence && last->start == start
      && last->end == end)
    return store->last_span;
  idset_reserve (&store->span_set, span_hash_of, store);
  hash = span_hash (&key);
  IDSET_PROBE (&store->span_set, hash, sid,
               store->spans[sid].article == article
               && store->spans[sid].sentence == sentence
               && store->spans[sid].start == start
               && store->spans[sid].end == end, slot);
  id = store->span_set.slots[slot];
  if (id != 0)
    return store->last_span = id;
  if (store->n_spans == store->cap_spans)
    {
      store->cap_spans += store->cap_spans / 2;
      store->spans = g_renew (NgSpan, store->spans, store->cap_spans);
    }
  id = store->n_spans++;
  store->spans[id] = key;
  store->span_set.slots[slot] = id;
  store->span_set.count++;
  return store->last_span = id;
}

/* ------------------------------------------------------------ quads */

/* The article (graph) of a quad record. */
static inline NgTermId
quad_article (const NgStore *store, const NgQuadRec *q)
{
  return store->spans[q->span].article;
}

/* Orders two quads by (s, p, o, a). */
static inline int
cmp_spo (const NgStore *store, const NgQuadRec *x, const NgQuadRec *y)
{
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  if (x->p != y->p) return x->p < y->p ? -1 : 1;
  if (x->o != y->o) return x->o < y->o ? -1 : 1;
  NgTermId xa = quad_article (store, x), ya = quad_article (store, y);
  if (xa != ya) return xa < ya ? -1 : 1;
  return 0;
}

/* Orders two quads by (p, o, s, a). */
static inline int
cmp_pos (const NgStore *store, const NgQuadRec *x, const NgQuadRec *y)
{
  if (x->p != y->p) return x->p < y->p ? -1 : 1;
  if (x->o != y->o) return x->o < y->o ? -1 : 1;
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  NgTermId xa = quad_article (store, x), ya = quad_article (store, y);
  if (xa != ya) return xa < ya ? -1 : 1;
  return 0;
}

/* qsort_r comparator of quad numbers by (s, p, o, a). */
static int
qsort_spo (const void *a, const void *b, void *data)
{
  const NgStore *store = data;
  return cmp_spo (store, &store->quads[*(const guint32 *) a], &store->quads[*(const guint32 *) b]);
}

/* qsort_r comparator of quad numbers by (p, o, s, a). */
static int
qsort_pos (const void *a, const void *b, void *data)
{
  const NgStore *store = data;
  return cmp_pos (store, &store->quads[*(const guint32 *) a], &store->quads[*(const guint32 *) b]);
}

/* How many places ahead a loop over quad numbers asks for the record it
 * will need: records are 16 bytes at random among tens of megabytes, and
 * a loop that waits for each in turn spends most of its time waiting. */
#define QUAD_AHEAD 16

/* Asks the cache for the record of quad number perm[i + QUAD_AHEAD]. */
static inline void
quad_prefetch (const NgStore *store, const guint32 *perm, guint32 i, guint32 n)
{
  if (i + QUAD_AHEAD < n)
    __builtin_prefetch (&store->quads[perm[i + QUAD_AHEAD]]);
}

/* Field k (0 = least significant) of a quad in (s, p, o, a) or, with
 * by_pos, (p, o, s, a) order. */
static inline guint32
sort_field (const NgStore *store, const NgQuadRec *q, gboolean by_pos, int k)
{
  switch (k)
    {
    case 0: return quad_article (store, q);
    case 1: return by_pos ? q->s : q->o;
    case 2: return by_pos ? q->o : q->p;
    default: return by_pos ? q->p : q->s;
    }
}

/* Sets keys[i] to field k of the quad numbered src[i], for i < n; returns
 * the OR of the keys (the digits that are 0 in every key need no pass). */
static guint32
sort_keys (const NgStore *store, const guint32 *src, guint32 n, gboolean by_pos, int k,
           guint32 *keys)
{
  guint32 all_or = 0;
  for (guint32 i = 0; i < n; i++)
    {
      quad_prefetch (store, src, i, n);
      all_or |= keys[i] = sort_field (store, &store->quads[src[i]], by_pos, k);
    }
  return all_or;
}

/* Sorts quad numbers in (s, p, o, a) or (p, o, s, a) order: a stable
 * counting sort on 16-bit digits, least significant field first, skipping
 * the digits every key shares.  Comparison sorts of quad numbers fetched
 * a quad at random for every comparison (6% of a whole build).  The sort
 * is stable, so numbers already in order on the lesser fields need only
 * be sorted on the greater ones, from field first (0 = a, 3 = s or p):
 * numbers in (s, p, o, a) order reach (p, o, s, a) from field 2 (o, then
 * p), and those of one predicate in (o, s, a) order reach (s, p, o, a)
 * from field 3 (s).  The keys of each pass are fetched again rather than
 * carried along, which would take a second array as large as the
 * permutation at the build's peak of memory. */
static void
radix_sort_quads (guint32 *perm, guint32 n, const NgStore *store, gboolean by_pos,
                  int first)
{
  /* Below some thousands of numbers, the 65,536 counters of each pass
   * cost more than comparisons. */
  if (n < 8192)
    {
      qsort_r (perm, n, sizeof (guint32), by_pos ? qsort_pos : qsort_spo, (void *) store);
      return;
    }
  guint32 *buf = g_new (guint32, n);
  guint32 *keys = g_new (guint32, n);
  guint32 *count = g_new (guint32, 1u << 16);
  guint32 *src = perm, *dst = buf;

  for (int k = first; k < 4; k++)
    {
      guint32 all_or = sort_keys (store, src, n, by_pos, k, keys);
      for (int shift = 0; shift < 32; shift += 16)
        {
          if ((all_or >> shift) == 0)
            break;
          if (shift > 0)
            sort_keys (store, src, n, by_pos, k, keys);
          memset (count, 0, sizeof (guint32) << 16);
          for (guint32 i = 0; i < n; i++)
            count[(keys[i] >> shift) & 0xFFFF]++;
          if (count[(keys[0] >> shift) & 0xFFFF] == n)
            continue;
          guint32 sum = 0;
          for (guint32 d = 0; d < (1u << 16); d++)
            {
              guint32 c = count[d];
              count[d] = sum;
              sum += c;
            }
          for (guint32 i = 0; i < n; i++)
            dst[count[(keys[i] >> shift) & 0xFFFF]++] = src[i];
          guint32 *t = src; src = dst; dst = t;
        }
    }
  if (src != perm)
    memcpy (perm, src, n * sizeof (guint32));
  g_free (buf);
  g_free (keys);
  g_free (count);
}

/* TRUE if two quad records hold the same triple. */
static inline gboolean
same_triple (const NgQuadRec *x, const NgQuadRec *y)
{
  return x->s == y->s && x->p == y->p && x->o == y->o;
}

/* TRUE if two quad records are the same quad. */
static inline gboolean
same_quad (const NgStore *store, const NgQuadRec *x, const NgQuadRec *y)
{
  return same_triple (x, y) && quad_article (store, x) == quad_article (store, y);
}

/* TRUE if the indexes already hold the quad of record q. */
static gboolean
indexed_has (const NgStore *store, const NgQuadRec *q)
{
  guint32 lo = 0, hi = store->n_live;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      int c = cmp_spo (store, &store->quads[store->spo[mid]], q);
      if (c == 0)
        return TRUE;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

/* Merges k sorted quad numbers into an index of n_live, in place from the
 * end. */
static void
merge_into (NgStore *store, guint32 **perm_p, const guint32 *tail, guint32 k,
            int (*cmpq) (const NgStore *, const NgQuadRec *, const NgQuadRec *))
{
  guint32 n_old = store->n_live;
  guint32 *perm = g_renew (guint32, *perm_p, (gsize) n_old + k);
  gint64 i = (gint64) n_old - 1, j = (gint64) k - 1, out = (gint64) n_old + k - 1;
  while (j >= 0)
    {
      if (i >= 0 && cmpq (store, &store->quads[perm[i]], &store->quads[tail[j]]) > 0)
        perm[out--] = perm[i--];
      else
        perm[out--] = tail[j--];
    }
  *perm_p = perm;
}

/* Brings both indexes up to date with every quad record: the records added
 * since the last time are sorted, the repeats among them and of quads
 * already indexed are dropped, and the rest merged in.  compact also trims
 * the quad array, before a full scan. */
static void
index_all (NgStore *store, gboolean compact)
{
  guint32 n = store->n_quads;
  if (compact && store->cap_quads > n + n / 16 + 64)
    {
      store->cap_quads = n + 64;
      store->quads = g_renew (NgQuadRec, store->quads, store->cap_quads);
    }
  if (store->n_indexed == n)
    return;
  guint32 k = n - store->n_indexed;
  guint32 *tail = g_new (guint32, k);
  for (guint32 t = 0; t < k; t++)
    tail[t] = store->n_indexed + t;
  /* Stable: of equal quads, the first added comes first and stays. */
  radix_sort_quads (tail, k, store, FALSE, 0);
  guint32 kept = 0;
  for (guint32 t = 0; t < k; t++)
    {
      quad_prefetch (store, tail, t, k);
      NgQuadRec *q = &store->quads[tail[t]];
      if ((kept > 0 && same_quad (store, &store->quads[tail[kept - 1]], q))
          || (store->n_live > 0 && indexed_has (store, q)))
        {
          q->s = 0;
          continue;
        }
      tail[kept++] = tail[t];
    }
  if (store->n_live == 0)
    {
      g_free (store->spo);
      store->spo = g_renew (guint32, tail, MAX (kept, 1));
      tail = NULL;
    }
  else
    merge_into (store, &store->spo, tail, kept, cmp_spo);
  /* The same records in (p, o, s, a) order. */
  guint32 *ptail = tail ? tail : g_memdup2 (store->spo, (gsize) kept * sizeof (guint32));
  radix_sort_quads (ptail, kept, store, TRUE, 2);
  if (store->n_live == 0)
    {
      g_free (store->pos);
      store->pos = ptail;
    }
  else
    {
      merge_into (store, &store->pos, ptail, kept, cmp_pos);
      g_free (ptail);
    }
  store->n_live += kept;
  store->n_indexed = n;
}

/* ------------------------------------------------------------ public */

/* Gives the store no quads, sources or indexes (their old arrays freed
 * or never made): the state of a new store. */
static void
quads_reset (NgStore *store)
{
  store->cap_spans = 64;
  store->spans = g_new0 (NgSpan, store->cap_spans);
  store->n_spans = 1;
  store->last_span = 0;
  store->cap_quads = 64;
  store->quads = g_new (NgQuadRec, store->cap_quads);
  store->n_quads = store->n_indexed = store->n_live = 0;
  store->spo = store->pos = NULL;
  store->n_triples = 0;
  store->triples_known = TRUE;
}

NgStore *
ng_store_new (void)
{
  NgStore *store = g_new0 (NgStore, 1);
  store->chunk = g_string_chunk_new (64 * 1024);
  store->cap_terms = 64;
  store->terms = g_new0 (NgTerm, store->cap_terms);
  store->terms[0].value = "";
  store->n_terms = 1;
  store->langs = g_ptr_array_new ();
  quads_reset (store);
  return store;
}

void
ng_store_free (NgStore *store)
{
  if (store == NULL)
    return;
  g_string_chunk_free (store->chunk);
  g_free (store->terms);
  idset_clear (&store->term_set);
  g_ptr_array_unref (store->langs);
  g_free (store->spans);
  idset_clear (&store->span_set);
  g_free (store->quads);
  g_free (store->spo);
  g_free (store->pos);
  g_free (store);
}

NgTermId
ng_store_iri (NgStore *store, const char *iri)
{
  g_return_val_if_fail (store != NULL && iri != NULL, 0);
  return term_intern (store, NG_TERM_IRI, iri, 0, 0);
}

NgTermId
ng_store_iri2 (NgStore *store, const char *prefix, const char *local)
{
  g_return_val_if_fail (store != NULL && prefix != NULL && local != NULL, 0);
  gsize lp = strlen (prefix), ll = strlen (local);
  char stackbuf[512];
  char *buf = lp + ll + 1 <= sizeof stackbuf ? stackbuf : g_malloc (lp + ll + 1);
  memcpy (buf, prefix, lp);
  memcpy (buf + lp, local, ll + 1);
  NgTermId id = term_intern (store, NG_TERM_IRI, buf, 0, 0);
  if (buf != stackbuf)
    g_free (buf);
  return id;
}

NgTermId
ng_store_literal (NgStore *store, const char *value, const char *datatype,
                  const char *lang)
{
  guint32 extra;
  guint8 has_lang;

  g_return_val_if_fail (store != NULL && value != NULL, 0);
  g_return_val_if_fail (!(datatype && lang && *lang), 0);
  literal_extra (store, datatype, lang, TRUE, &extra, &has_lang);
  return term_intern (store, NG_TERM_LITERAL, value, extra, has_lang);
}

NgTermId
ng_store_blank (NgStore *store, const char *label)
{
  g_return_val_if_fail (store != NULL && label != NULL, 0);
  return term_intern (store, NG_TERM_BLANK, label, 0, 0);
}

NgTermId
ng_store_lookup_iri (const NgStore *store, const char *iri)
{
  g_return_val_if_fail (store != NULL && iri != NULL, 0);
  return term_find (store, NG_TERM_IRI, iri, 0, 0,
                    term_key_hash (NG_TERM_IRI, iri, 0, 0), NULL);
}

NgTermId
ng_store_lookup_literal (const NgStore *store, const char *value,
                         const char *datatype, const char *lang)
{
  guint32 extra;
  guint8 has_lang;

  g_return_val_if_fail (store != NULL && value != NULL, 0);
  /* Lookups never create: the cast is safe because create is FALSE. */
  if (!literal_extra ((NgStore *) store, datatype, lang, FALSE, &extra, &has_lang))
    return 0;
  return term_find (store, NG_TERM_LITERAL, value, extra, has_lang,
                    term_key_hash (NG_TERM_LITERAL, value, extra, has_lang), NULL);
}

NgTermKind
ng_store_term_kind (const NgStore *store, NgTermId id)
{
  g_return_val_if_fail (store != NULL, NG_TERM_NONE);
  if (id == 0 || id >= store->n_terms)
    return NG_TERM_NONE;
  return store->terms[id].kind;
}

const char *
ng_store_term_value (const NgStore *store, NgTermId id)
{
  g_return_val_if_fail (store != NULL, NULL);
  if (id == 0 || id >= store->n_terms)
    return NULL;
  return store->terms[id].value;
}

const char *
ng_store_term_datatype (const NgStore *store, NgTermId id)
{
  g_return_val_if_fail (store != NULL, NULL);
  if (id == 0 || id >= store->n_terms)
    return NULL;
  const NgTerm *t = &store->terms[id];
  if (t->kind != NG_TERM_LITERAL || t->has_lang || t->extra == 0)
    return NULL;
  return store->terms[t->extra].value;
}

const char *
ng_store_term_lang (const NgStore *store, NgTermId id)
{
  g_return_val_if_fail (store != NULL, NULL);
  if (id == 0 || id >= store->n_terms)
    return NULL;
  const NgTerm *t = &store->terms[id];
  if (t->kind != NG_TERM_LITERAL || !t->has_lang)
    return NULL;
  return g_ptr_array_index (store->langs, t->extra - 1);
}

guint
ng_store_n_terms (const NgStore *store)
{
  g_return_val_if_fail (store != NULL, 0);
  return store->n_terms - 1;
}

gboolean
ng_store_add (NgStore *store, NgTermId s, NgTermId p, NgTermId o,
              const NgSource *src)
{
  NgTermId a = src ? src->article : 0;
  guint32 span;

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (s != 0 && s < store->n_terms, FALSE);
  g_return_val_if_fail (p != 0 && p < store->n_terms, FALSE);
  g_return_val_if_fail (o != 0 && o < store->n_terms, FALSE);
  g_return_val_if_fail (a < store->n_terms, FALSE);
  g_return_val_if_fail (store->n_quads < G_MAXUINT32 - 1, FALSE);

  /* A repeat of the quad just added (a common case) is dropped now; any
   * other repeat when the indexes are next brought up to date. */
  if (store->n_quads > store->n_indexed)
    {
      const NgQuadRec *last = &store->quads[store->n_quads - 1];
      if (same_triple (last, &(NgQuadRec) { s, p, o, 0 }) && quad_article (store, last) == a)
        return TRUE;
    }
  span = src ? span_intern (store, a, src->sentence, src->start, src->end) : 0;
  if (store->n_quads == store->cap_quads)
    {
      /* Past a million quads the array grows by an eighth: at that size
       * realloc moves pages instead of bytes, and the unused tail is what
       * the peak memory of a large build pays for. */
      guint32 grow = store->cap_quads < (1u << 20) ? store->cap_quads / 2 + 16 : store->cap_quads / 8;
      store->cap_quads = MIN ((guint64) store->cap_quads + grow, (guint64) G_MAXUINT32 - 1);
      store->quads = g_renew (NgQuadRec, store->quads, store->cap_quads);
    }
  store->quads[store->n_quads] = (NgQuadRec) { s, p, o, span };
  store->n_quads++;
  store->triples_known = FALSE;
  return TRUE;
}

gboolean
ng_store_add_iri (NgStore *store, NgTermId s, const char *p,
                  const char *o_iri, const NgSource *src)
{
  g_return_val_if_fail (store != NULL && p != NULL && o_iri != NULL, FALSE);
  NgTermId pid = ng_store_iri (store, p);
  NgTermId oid = ng_store_iri (store, o_iri);
  return ng_store_add (store, s, pid, oid, src);
}

gboolean
ng_store_add_literal (NgStore *store, NgTermId s, const char *p,
                      const char *value, const char *datatype,
                      const char *lang, const NgSource *src)
{
  g_return_val_if_fail (store != NULL && p != NULL && value != NULL, FALSE);
  NgTermId pid = ng_store_iri (store, p);
  NgTermId oid = ng_store_literal (store, value, datatype, lang);
  return ng_store_add (store, s, pid, oid, src);
}

gsize
ng_store_n_quads (NgStore *store)
{
  g_return_val_if_fail (store != NULL, 0);
  index_all (store, FALSE);
  return store->n_live;
}

void
ng_store_clear_quads (NgStore *store)
{
  g_return_if_fail (store != NULL);
  g_free (store->quads);
  g_free (store->spo);
  g_free (store->pos);
  g_free (store->spans);
  idset_clear (&store->span_set);
  quads_reset (store);
#ifdef HAVE_MALLOC_TRIM
  malloc_trim (0);
#endif
}

gsize
ng_store_memory (const NgStore *store)
{
  g_return_val_if_fail (store != NULL, 0);
  return sizeof *store
    + store->chunk_bytes
    + (gsize) store->cap_terms * sizeof (NgTerm)
    + (gsize) store->term_set.size * sizeof (guint32)
    + store->langs->len * sizeof (gpointer)
    + (gsize) store->cap_spans * sizeof (NgSpan)
    + (gsize) store->span_set.size * sizeof (guint32)
    + (gsize) store->cap_quads * sizeof (NgQuadRec)
    + (gsize) store->n_live * sizeof (guint32) * 2;
}

/* ------------------------------------------------------------ queries */

/* Fills an NgQuad from quad number i. */
static inline void
quad_fill (const NgStore *store, guint32 i, NgQuad *out)
{
  const NgQuadRec *q = &store->quads[i];
  const NgSpan *sp = &store->spans[q->span];
  out->s = q->s;
  out->p = q->p;
  out->o = q->o;
  out->src.article = sp->article;
  out->src.sentence = sp->sentence;
  out->src.start = sp->start;
  out->src.end = sp->end;
}

/* TRUE if quad number i matches the pattern (0 = any). */
static inline gboolean
quad_matches (const NgStore *store, guint32 i, NgTermId s, NgTermId p, NgTermId o)
{
  const NgQuadRec *q = &store->quads[i];
  return (s == 0 || q->s == s) && (p == 0 || q->p == p) && (o == 0 || q->o == o);
}

/* Compares quad i with the key (k0, k1, k2) on the first n fields of an
 * index order; returns <0, 0, >0. */
static inline int
cmp_prefix (const NgStore *store, guint32 i, gboolean by_pos,
            NgTermId k0, NgTermId k1, NgTermId k2, int n)
{
  const NgQuadRec *q = &store->quads[i];
  NgTermId f[3];
  NgTermId k[3] = { k0, k1, k2 };
  if (by_pos)
    { f[0] = q->p; f[1] = q->o; f[2] = q->s; }
  else
    { f[0] = q->s; f[1] = q->p; f[2] = q->o; }
  for (int j = 0; j < n; j++)
    if (f[j] != k[j])
      return f[j] < k[j] ? -1 : 1;
  return 0;
}

/* Finds the range [*lo, *hi) of an index whose first n fields equal key. */
static void
index_range (const NgStore *store, const guint32 *perm, gboolean by_pos,
             NgTermId k0, NgTermId k1, NgTermId k2, int n,
             guint32 *lo_out, guint32 *hi_out)
{
  guint32 lo = 0, hi = store->n_live;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      if (cmp_prefix (store, perm[mid], by_pos, k0, k1, k2, n) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *lo_out = lo;
  hi = store->n_live;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      if (cmp_prefix (store, perm[mid], by_pos, k0, k1, k2, n) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *hi_out = lo;
}

void
ng_store_match (NgStore *store, NgTermId s, NgTermId p, NgTermId o,
                NgQuadFunc func, gpointer user_data)
{
  g_autofree guint32 *picked = NULL;
  const guint32 *seq = NULL;
  guint32 n_seq = 0, lo, hi;

  g_return_if_fail (store != NULL && func != NULL);

  index_all (store, s == 0 && p == 0 && o == 0);

  if (store->n_live == 0)
    ;
  else if (s != 0)
    {
      int n = p == 0 ? 1 : (o == 0 ? 2 : 3);
      index_range (store, store->spo, FALSE, s, p, o, n, &lo, &hi);
      if (p == 0 && o != 0)
        {
          picked = g_new (guint32, hi - lo);
          for (guint32 i = lo; i < hi; i++)
            if (store->quads[store->spo[i]].o == o)
              picked[n_seq++] = store->spo[i];
          seq = picked;
        }
      else
        {
          seq = store->spo + lo;
          n_seq = hi - lo;
        }
    }
  else if (p != 0 && o != 0)
    {
      index_range (store, store->pos, TRUE, p, o, 0, 2, &lo, &hi);
      seq = store->pos + lo;
      n_seq = hi - lo;
    }
  else if (p != 0)
    {
      index_range (store, store->pos, TRUE, p, 0, 0, 1, &lo, &hi);
      n_seq = hi - lo;
      picked = g_new (guint32, n_seq);
      if (n_seq > 0)
        {
          memcpy (picked, store->pos + lo, n_seq * sizeof (guint32));
          /* In (o, s, a) order from the pos index: sorted on s alone. */
          radix_sort_quads (picked, n_seq, store, FALSE, 3);
        }
      seq = picked;
    }
  else if (o != 0)
    {
      picked = g_new (guint32, store->n_live);
      for (guint32 i = 0; i < store->n_live; i++)
        if (store->quads[store->spo[i]].o == o)
          picked[n_seq++] = store->spo[i];
      seq = picked;
    }
  else
    {
      seq = store->spo;
      n_seq = store->n_live;
    }

  NgQuad q;
  for (guint32 i = 0; i < n_seq; i++)
    {
      quad_prefetch (store, seq, i, n_seq);
      /* and, once its quad is near, its source */
      if (i + QUAD_AHEAD / 2 < n_seq)
        __builtin_prefetch (&store->spans[store->quads[seq[i + QUAD_AHEAD / 2]].span]);
      quad_fill (store, seq[i], &q);
      if (!func (&q, user_data))
        return;
    }
}

void
ng_store_foreach_quad (NgStore *store, NgQuadFunc func, gpointer user_data)
{
  g_return_if_fail (store != NULL && func != NULL);
  ng_store_match (store, 0, 0, 0, func, user_data);
}

void
ng_store_foreach_triple (NgStore *store, NgQuadFunc func, gpointer user_data)
{
  NgQuad q;
  g_return_if_fail (store != NULL && func != NULL);
  index_all (store, TRUE);
  for (guint32 i = 0; i < store->n_live; i++)
    {
      guint32 k = store->spo[i];
      if (i > 0 && same_triple (&store->quads[store->spo[i - 1]], &store->quads[k]))
        continue;
      quad_fill (store, k, &q);
      if (!func (&q, user_data))
        return;
    }
}

gsize
ng_store_n_triples (NgStore *store)
{
  g_return_val_if_fail (store != NULL, 0);
  if (!store->triples_known)
    {
      gsize n = 0;
      index_all (store, FALSE);
      for (guint32 i = 0; i < store->n_live; i++)
        if (i == 0 || !same_triple (&store->quads[store->spo[i - 1]], &store->quads[store->spo[i]]))
          n++;
      store->n_triples = n;
      store->triples_known = TRUE;
    }
  return store->n_triples;
}

/* Stores the first quad's object and stops. */
static gboolean
first_object_cb (const NgQuad *quad, gpointer user_data)
{
  *(NgTermId *) user_data = quad->o;
  return FALSE;
}

/* Stops at the first quad, recording that one was seen. */
static gboolean
any_cb (const NgQuad *quad, gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return FALSE;
}

gboolean
ng_store_contains (NgStore *store, NgTermId s, NgTermId p, NgTermId o)
{
  gboolean found = FALSE;
  g_return_val_if_fail (store != NULL, FALSE);
  if (s == 0 || p == 0 || o == 0)
    return FALSE;
  ng_store_match (store, s, p, o, any_cb, &found);
  return found;
}

NgTermId
ng_store_object (NgStore *store, NgTermId s, NgTermId p)
{
  NgTermId o = 0;
  g_return_val_if_fail (store != NULL, 0);
  if (s == 0 || p == 0)
    return 0;
  ng_store_match (store, s, p, 0, first_object_cb, &o);
  return o;
}

/* Appends the quad's object unless it repeats the last one. */
static gboolean
collect_objects_cb (const NgQuad *quad, gpointer user_data)
{
  GArray *arr = user_data;
  if (arr->len == 0 || g_array_index (arr, NgTermId, arr->len - 1) != quad->o)
    g_array_append_val (arr, quad->o);
  return TRUE;
}

/* Appends the quad's subject unless it repeats the last one. */
static gboolean
collect_subjects_cb (const NgQuad *quad, gpointer user_data)
{
  GArray *arr = user_data;
  if (arr->len == 0 || g_array_index (arr, NgTermId, arr->len - 1) != quad->s)
    g_array_append_val (arr, quad->s);
  return TRUE;
}

GArray *
ng_store_objects (NgStore *store, NgTermId s, NgTermId p)
{
  GArray *arr = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  g_return_val_if_fail (store != NULL, arr);
  if (s != 0 && p != 0)
    ng_store_match (store, s, p, 0, collect_objects_cb, arr);
  return arr;
}

GArray *
ng_store_subjects (NgStore *store, NgTermId p, NgTermId o)
{
  GArray *arr = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  g_return_val_if_fail (store != NULL, arr);
  if (p != 0 && o != 0)
    ng_store_match (store, 0, p, o, collect_subjects_cb, arr);
  return arr;
}
