/* resolve.c - entities and meetings across the whole corpus, and their triples. */
#include "config.h"
#include <string.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include "newsgraph/hash.h"
#include "newsgraph/resolve.h"
#include "newsgraph/fold.h"
#include "newsgraph/bodies.h"
#include "newsgraph/vocab.h"

/* A corpus entity: the union of document entities. */
typedef struct {
  NgKind kind;
  char *name;          /* canonical name */
  char *iri;
  gint parent;         /* union-find */
  gboolean lex;        /* known to a lexicon */
  char *lex_key;       /* its lexicon concept, or NULL */
  GHashTable *forms;   /* form -> number of documents */
} Global;

/* A corpus meeting. */
typedef struct {
  char *iri;
  NgMeetingKind kind;
  gint organizer;      /* global */
  gint place;          /* global */
  char *date;
  char *label;
} GMeeting;

struct NgCorpus {
  char *base;
  GPtrArray *docs;        /* NgDoc* */
  GHashTable *keys;       /* doc keys */
  /* Resolution results. */
  GArray *globals;        /* Global */
  GPtrArray *ent_map;     /* per doc: GArray of gint (doc entity -> global) */
  GArray *gmeetings;      /* GMeeting */
  GPtrArray *meet_map;    /* per doc: GArray of gint (doc meeting -> global meeting) */
  gboolean released;      /* the documents were freed by ng_corpus_emit_release */
};

NgCorpus *
ng_corpus_new (const char *base)
{
  NgCorpus *c = g_new0 (NgCorpus, 1);
  c->base = g_strdup (base ? base : NG_DEFAULT_BASE);
  c->docs = g_ptr_array_new_with_free_func ((GDestroyNotify) ng_doc_free);
  c->keys = g_hash_table_new (ng_str_hash, g_str_equal);
  return c;
}

/* Frees resolution results. */
static void
clear_results (NgCorpus *c)
{
  if (c->globals)
    {
      for (guint i = 0; i < c->globals->len; i++)
        {
          Global *g = &g_array_index (c->globals, Global, i);
          g_free (g->name);
          g_free (g->iri);
          g_free (g->lex_key);
          if (g->forms)
            g_hash_table_destroy (g->forms);
        }
      g_array_unref (c->globals);
      c->globals = NULL;
    }
  if (c->gmeetings)
    {
      for (guint i = 0; i < c->gmeetings->len; i++)
        {
          GMeeting *m = &g_array_index (c->gmeetings, GMeeting, i);
          g_free (m->iri);
          g_free (m->date);
          g_free (m->label);
        }
      g_array_unref (c->gmeetings);
      c->gmeetings = NULL;
    }
  if (c->ent_map)
    g_ptr_array_unref (c->ent_map), c->ent_map = NULL;
  if (c->meet_map)
    g_ptr_array_unref (c->meet_map), c->meet_map = NULL;
}

void
ng_corpus_free (NgCorpus *c)
{
  if (!c)
    return;
  clear_results (c);
  g_hash_table_destroy (c->keys);
  g_ptr_array_unref (c->docs);
  g_free (c->base);
  g_free (c);
}

gboolean
ng_corpus_add (NgCorpus *c, NgDoc *doc)
{
  g_return_val_if_fail (c != NULL && doc != NULL && !c->released, FALSE);
  if (g_hash_table_contains (c->keys, doc->key))
    {
      ng_doc_free (doc);
      return FALSE;
    }
  g_ptr_array_add (c->docs, doc);
  g_hash_table_add (c->keys, doc->key);
  return TRUE;
}

guint
ng_corpus_n_docs (const NgCorpus *c)
{
  return c->docs->len;
}

/* Union-find root. */
static gint
find (GArray *g, gint i)
{
  while (g_array_index (g, Global, i).parent != i)
    {
      Global *x = &g_array_index (g, Global, i);
      x->parent = g_array_index (g, Global, x->parent).parent;
      i = x->parent;
    }
  return i;
}

/* Joins two clusters (the smaller index stays root, for determinism). */
static void
unite (GArray *g, gint a, gint b)
{
  a = find (g, a);
  b = find (g, b);
  if (a == b)
    return;
  if (a < b)
    g_array_index (g, Global, b).parent = a;
  else
    g_array_index (g, Global, a).parent = b;
}

/* Namespace of a kind in IRIs. */
static const char *
ns_of (NgKind k)
{
  switch (k)
    {
    case NG_KIND_PERSON: return "person/";
    case NG_KIND_ORG: return "org/";
    default: return "place/";
    }
}

/* Number of words in s. */
static guint
n_words (const char *s)
{
  guint n = 1;
  for (; *s; s++)
    if (*s == ' ')
      n++;
  return n;
}

/* Compares strings for sorting. */
static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The value fold gives a string, from a cache of that fold's values
 * (owned by the cache). */
static const char *
cached_key (GHashTable *cache, const char *name, char *(*fold) (const char *))
{
  const char *k = g_hash_table_lookup (cache, name);
  if (!k)
    {
      char *nk = fold (name);
      g_hash_table_insert (cache, g_strdup (name), nk);
      k = nk;
    }
  return k;
}

/* Unites global gi with the first global that had key in table, or makes
 * it that key's first. */
static void
join_key (GArray *globals, GHashTable *table, const char *key, gint gi)
{
  gpointer v = g_hash_table_lookup (table, key);
  if (v)
    unite (globals, GPOINTER_TO_INT (v) - 1, gi);
  else
    g_hash_table_insert (table, (gpointer) key, GINT_TO_POINTER (gi + 1));
}

/* TRUE if a name is an acronym: one word of capitals and digits ("JMC",
 * "G20", "ECOWAS"). */
static gboolean
is_acronym (const char *s)
{
  gsize n = 0, caps = 0;
  for (; *s; s++, n++)
    {
      if (g_ascii_isupper (*s))
        caps++;
      else if (!g_ascii_isdigit (*s) && *s != '-')
        return FALSE;
    }
  return n >= 2 && n <= 8 && caps >= 2;
}

/* TRUE if every word of one name is a word of the other. */
static gboolean
names_within (const char *a, const char *b)
{
  g_autofree char *ka = ng_fold_plain (a), *kb = ng_fold_plain (b);
  if (strlen (ka) > strlen (kb))
    {
      char *t = ka;
      ka = kb;
      kb = t;
    }
  g_auto (GStrv) wa = g_strsplit (ka, " ", -1), wb = g_strsplit (kb, " ", -1);
  for (gchar **w = wa; *w; w++)
    if (**w && !g_strv_contains ((const gchar *const *) wb, *w))
      return FALSE;
  return TRUE;
}

/* An organization's acronym, joined on after its full names. */
typedef struct {
  const char *key;   /* owned by the key cache */
  gint gi;
  gboolean named;    /* the entity has a full name (or a lexicon entry) */
} AcronymAt;

/* Joins the organizations that bear each acronym, unless two that bear it
 * have full names of their own that did not join them: "JMC" is the
 * Kenya-Ethiopia Joint Ministerial Commission in one article and the
 * Indonesia-Timor-Leste one in another.  Then an article's bare acronym
 * goes to the one of them the lexicon knows, if one does ("IOC": the
 * International Olympic Committee, not an article's Indian Ocean
 * Conference), else stays apart. */
static void
join_acronyms (GArray *globals, GArray *acr)
{
  /* key -> named root + 1, or -1 once two named roots bear it */
  GHashTable *root_of = g_hash_table_new (ng_str_hash, g_str_equal);
  /* key -> the root of a lexicon entry bearing it + 1, or -1 once two do */
  GHashTable *lex_of = g_hash_table_new (ng_str_hash, g_str_equal);
  for (guint i = 0; i < acr->len; i++)
    {
      const AcronymAt *a = &g_array_index (acr, AcronymAt, i);
      if (!a->named)
        continue;
      gint r = find (globals, a->gi);
      gpointer v;
      if (!g_hash_table_lookup_extended (root_of, a->key, NULL, &v))
        g_hash_table_insert (root_of, (gpointer) a->key, GINT_TO_POINTER (r + 1));
      else if (GPOINTER_TO_INT (v) > 0 && find (globals, GPOINTER_TO_INT (v) - 1) != r)
        {
          /* (one name within the other is one organization: "Tokyo
           * Electric Power Company" and "Tokyo Electric Power Company
           * Holdings Inc.") */
          gint o = find (globals, GPOINTER_TO_INT (v) - 1);
          if (names_within (g_array_index (globals, Global, o).name, g_array_index (globals, Global, r).name))
            unite (globals, o, r);
          else
            g_hash_table_insert (root_of, (gpointer) a->key, GINT_TO_POINTER (-1));
        }
      if (!g_array_index (globals, Global, a->gi).lex)
        continue;
      if (!g_hash_table_lookup_extended (lex_of, a->key, NULL, &v))
        g_hash_table_insert (lex_of, (gpointer) a->key, GINT_TO_POINTER (r + 1));
      else if (GPOINTER_TO_INT (v) != r + 1)
        g_hash_table_insert (lex_of, (gpointer) a->key, GINT_TO_POINTER (-1));
    }
  GHashTable *first = g_hash_table_new (ng_str_hash, g_str_equal);   /* key -> first bearer + 1 */
  for (guint i = 0; i < acr->len; i++)
    {
      const AcronymAt *a = &g_array_index (acr, AcronymAt, i);
      if (GPOINTER_TO_INT (g_hash_table_lookup (root_of, a->key)) >= 0)
        join_key (globals, first, a->key, a->gi);
      else if (!a->named)
        {
          gint l = GPOINTER_TO_INT (g_hash_table_lookup (lex_of, a->key));
          if (l > 0)
            unite (globals, l - 1, a->gi);
        }
    }
  g_hash_table_destroy (first);
  g_hash_table_destroy (lex_of);
  g_hash_table_destroy (root_of);
}

/* TRUE if the words of short (a name key) are words of longer, in order,
 * with the same last word, and every other word of longer is more than a
 * letter ("Tayyip Erdogan" in "Recep Tayyip Erdogan"; not "Thomas Young"
 * in "Thomas K Young": an initial tells people apart). */
static gboolean
words_within (const char *shorter, const char *longer)
{
  const char *sl = strrchr (shorter, ' '), *ll = strrchr (longer, ' ');
  if (!sl || !ll || strcmp (sl, ll) != 0)
    return FALSE;
  const char *s = shorter, *l = longer;
  const char *prev = NULL;   /* the word of longer skipped last, before any match */
  gsize prevw = 0;
  while (*s)
    {
      gsize sw = strcspn (s, " "), lw = strcspn (l, " ");
      if (!*l)
        return FALSE;
      if (sw == lw && strncmp (s, l, sw) == 0)
        {
          /* (not a father's name: "Salman bin Abdulaziz Al Saud" in
           * "Mohammed bin Salman bin Abdulaziz Al Saud" is another man) */
          if (s == shorter && prev && ng_fold_is_father_particle (prev, prevw))
            return FALSE;
          s += sw + (s[sw] == ' ');
          l += lw + (l[lw] == ' ');
          continue;
        }
      if (lw < 2)
        return FALSE;
      if (s == shorter)
        prev = l, prevw = lw;
      l += lw + (l[lw] == ' ');
    }
  return *l == '\0';
}

typedef struct {
  const char *key;   /* owned by the key cache */
  gint gi;
} NameAt;

/* Notes that key names cluster root in h (key -> root + 1), or 0 once two
 * clusters bear it; the key is copied. */
static void
note_root (GHashTable *h, const char *key, gint root)
{
  gpointer old;
  if (!g_hash_table_lookup_extended (h, key, NULL, &old))
    g_hash_table_insert (h, g_strdup (key), GINT_TO_POINTER (root + 1));
  else if (GPOINTER_TO_INT (old) != root + 1)
    g_hash_table_insert (h, g_strdup (key), GINT_TO_POINTER (0));
}

/* Unites a person known by a shorter full name with the one person known
 * by a longer name that holds its words: "Tayyip Erdogan" and "Recep
 * Tayyip Erdogan", "Lula da Silva" and "Luiz Inacio Lula da Silva".
 * Nothing is united when two people have such longer names.  Each
 * distinct name key is looked at once (entities with one key are already
 * one cluster), so the work grows with the names, not the mentions. */
static void
unite_shorter_names (NgCorpus *c, GHashTable *name_keys)
{
  GHashTable *seen = g_hash_table_new (ng_str_hash, g_str_equal);   /* key -> gi + 1 */
  /* "word last" -> longer names that have the word before their last */
  GHashTable *longer = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  GArray *shorter = g_array_new (FALSE, FALSE, sizeof (NameAt));
  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      GArray *map = g_ptr_array_index (c->ent_map, d);
      for (guint i = 0; i < doc->entities->len; i++)
        {
          NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
          if (e->kind != NG_KIND_PERSON)
            continue;
          gint gi = g_array_index (map, gint, i);
          for (guint f = 0; f < e->n_forms; f++)
            {
              const char *k = cached_key (name_keys, e->forms[f], ng_fold_name);
              guint nw = n_words (k);
              if (nw < 2 || !g_hash_table_insert (seen, (gpointer) k, GINT_TO_POINTER (gi + 1)))
                continue;
              NameAt at = { k, gi };
              g_array_append_val (shorter, at);
              if (nw < 3)
                continue;
              const char *last = strrchr (k, ' ') + 1;
              for (const char *w = k; w < last; w += strcspn (w, " ") + 1)
                {
                  char *wl = g_strdup_printf ("%.*s %s", (int) strcspn (w, " "), w, last);
                  GArray *l = g_hash_table_lookup (longer, wl);
                  if (!l)
                    {
                      l = g_array_new (FALSE, FALSE, sizeof (NameAt));
                      g_hash_table_insert (longer, wl, l);
                    }
                  else
                    g_free (wl);
                  if (!l->len || g_array_index (l, NameAt, l->len - 1).key != k)
                    g_array_append_val (l, at);
                }
            }
        }
    }
  /* "S Jaishankar" and "Subrahmanyam Jaishankar": a name whose first
   * word is an initial is the one name of the same other words whose
   * first word starts with it */
  GHashTable *rests = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);   /* initial and other words -> root + 1, or 0 */
  for (guint s = 0; s < shorter->len; s++)
    {
      const NameAt *at = &g_array_index (shorter, NameAt, s);
      const char *sp = strchr (at->key, ' ');
      if (sp - at->key < 2)
        continue;
      /* (keyed by the initial and the other words: "s jaishankar") */
      g_autofree char *ik = g_strdup_printf ("%c%s", at->key[0], sp);
      note_root (rests, ik, find (c->globals, at->gi));
    }
  for (guint s = 0; s < shorter->len; s++)
    {
      const NameAt *at = &g_array_index (shorter, NameAt, s);
      if (at->key[1] != ' ')
        continue;
      gint r = GPOINTER_TO_INT (g_hash_table_lookup (rests, at->key)) - 1;
      if (r >= 0 && find (c->globals, r) != find (c->globals, at->gi))
        unite (c->globals, r, at->gi);
    }
  g_hash_table_destroy (rests);
  for (guint s = 0; s < shorter->len; s++)
    {
      NameAt *at = &g_array_index (shorter, NameAt, s);
      /* the longer names with the shorter's first word and its last */
      char *fl = g_strdup_printf ("%.*s%s", (int) strcspn (at->key, " "), at->key, strrchr (at->key, ' '));
      GArray *l = g_hash_table_lookup (longer, fl);
      g_free (fl);
      if (!l)
        continue;
      guint nw = n_words (at->key);
      gint root = -1;
      gboolean two = FALSE;
      for (guint j = 0; j < l->len && !two; j++)
        {
          NameAt *lg = &g_array_index (l, NameAt, j);
          if (n_words (lg->key) <= nw || !words_within (at->key, lg->key))
            continue;
          gint r = find (c->globals, lg->gi);
          if (root >= 0 && r != root)
            two = TRUE;
          root = r;
        }
      if (root >= 0 && !two && root != find (c->globals, at->gi))
        unite (c->globals, root, at->gi);
    }
  /* "Faisal bin Farhan" and "Faisal bin Farhan Al Saud", "Mohammed bin
   * Salman" and "Mohammed bin Salman bin Abdulaziz Al Saud": a name that
   * ends in a father's name is the start of the one longer name that goes
   * on after it */
  GHashTable *starts = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);   /* start -> root + 1, or 0 */
  for (guint s = 0; s < shorter->len; s++)
    {
      const NameAt *at = &g_array_index (shorter, NameAt, s);
      gint r = find (c->globals, at->gi);
      for (const char *sp = strchr (at->key, ' '); sp; sp = strchr (sp + 1, ' '))
        {
          g_autofree char *start = g_strndup (at->key, (gsize) (sp - at->key));
          if (n_words (start) < 3 || !ng_fold_key_ends_in_father (start))
            continue;
          note_root (starts, start, r);
        }
    }
  for (guint s = 0; s < shorter->len; s++)
    {
      const NameAt *at = &g_array_index (shorter, NameAt, s);
      if (n_words (at->key) < 3 || !ng_fold_key_ends_in_father (at->key))
        continue;
      gint r = GPOINTER_TO_INT (g_hash_table_lookup (starts, at->key)) - 1;
      if (r >= 0 && find (c->globals, r) != find (c->globals, at->gi))
        unite (c->globals, find (c->globals, r), at->gi);
    }
  g_hash_table_destroy (starts);
  g_array_unref (shorter);
  g_hash_table_destroy (longer);
  g_hash_table_destroy (seen);
}

/* Clusters document entities into corpus entities. */
static void
resolve_entities (NgCorpus *c)
{
  c->globals = g_array_new (FALSE, TRUE, sizeof (Global));
  c->ent_map = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  /* Per class (people, organizations, places): lexicon key -> provisional
   * global + 1, and name key -> the same.  The keys belong to the docs and
   * to the key caches below, which are freed only after the tables' last
   * use. */
  GHashTable *by_lex[3], *by_name[3];
  for (guint k = 0; k < 3; k++)
    {
      by_lex[k] = g_hash_table_new (ng_str_hash, g_str_equal);
      by_name[k] = g_hash_table_new (ng_str_hash, g_str_equal);
    }
  GHashTable *by_surname = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);
  GArray *single = g_array_new (FALSE, FALSE, sizeof (gint));
  GArray *single_at = g_array_new (FALSE, FALSE, sizeof (gint));   /* doc, entity of each */
  /* Names recur across articles: each is folded once. */
  GHashTable *name_keys = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, g_free);
  GHashTable *plain_keys = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *keys = g_ptr_array_new ();   /* name keys of the entity at hand */
  GArray *acronyms = g_array_new (FALSE, FALSE, sizeof (AcronymAt));
  /* One provisional global per doc entity. */
  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      GArray *map = g_array_sized_new (FALSE, FALSE, sizeof (gint), doc->entities->len);
      for (guint i = 0; i < doc->entities->len; i++)
        {
          NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
          Global g = { 0 };
          g.kind = e->kind;
          g.parent = (gint) c->globals->len;
          g.lex = e->lex_key != NULL;
          g.name = g_strdup (e->name);
          g_array_append_val (c->globals, g);
          gint gi = (gint) c->globals->len - 1;
          g_array_append_val (map, gi);
          /* Keys this entity answers to: its names' (and its lexicon key, below). */
          guint cls = e->kind == NG_KIND_PERSON ? 0 : e->kind == NG_KIND_ORG ? 1 : 2;
          g_ptr_array_set_size (keys, 0);
          gboolean only_single = TRUE;
          /* ("Ministry of Foreign Affairs" is every country's: not a key of
           * an organization that has a name of its own, "Ministry of
           * Foreign Affairs of Kuwait") */
          gboolean own_name = FALSE;
          for (guint f = 0; f < e->n_forms && e->kind == NG_KIND_ORG && !e->lex_key && !own_name; f++)
            own_name = !ng_body_common (e->forms[f]);
          /* (an organization's acronym joins it to others after the full
           * names have: join_acronyms) */
          gboolean full_name = e->lex_key != NULL;
          for (guint f = 0; f < e->n_forms && e->kind == NG_KIND_ORG && !full_name; f++)
            full_name = !is_acronym (e->forms[f]);
          for (guint f = 0; f < e->n_forms; f++)
            {
              const char *form = e->forms[f];
              if (own_name && ng_body_common (form))
                continue;
              const char *k = e->kind == NG_KIND_PERSON ? cached_key (name_keys, form, ng_fold_name)
                                                        : cached_key (plain_keys, form, ng_fold_plain);
              if (e->kind == NG_KIND_ORG && is_acronym (form))
                {
                  AcronymAt at = { k, gi, full_name };
                  g_array_append_val (acronyms, at);
                  only_single = FALSE;
                  continue;
                }
              if (e->kind == NG_KIND_PERSON && n_words (k) < 2)
                continue;
              only_single = FALSE;
              g_ptr_array_add (keys, (gpointer) k);
              /* ("U Than Swe" is "Than Swe" of another article: a short
               * honorific the scanner kept before a name of two words) */
              if (e->kind == NG_KIND_PERSON && n_words (k) >= 3
                  && (!strncmp (k, "u ", 2) || !strncmp (k, "daw ", 4) || !strncmp (k, "sir ", 4)))
                g_ptr_array_add (keys, (gpointer) (strchr (k, ' ') + 1));
              if (e->kind == NG_KIND_PERSON)
                {
                  const char *sk = strrchr (k, ' ') + 1;
                  gpointer old;
                  if (g_hash_table_lookup_extended (by_surname, sk, NULL, &old))
                    {
                      gint o = GPOINTER_TO_INT (old) - 1;
                      if (o >= 0 && find (c->globals, o) != find (c->globals, gi))
                        /* Two full names with this surname: remember the conflict after uniting. */
                        g_hash_table_insert (by_surname, g_strdup (sk), GINT_TO_POINTER (-(gi + 1)));
                    }
                  else
                    g_hash_table_insert (by_surname, g_strdup (sk), GINT_TO_POINTER (gi + 1));
                }
            }
          if (e->kind == NG_KIND_PERSON && only_single)
            {
              g_array_append_val (single, gi);
              gint at[2] = { (gint) d, (gint) i };
              g_array_append_vals (single_at, at, 2);
            }
          /* (Only now: the surname check above looks at gi not yet united.) */
          if (e->lex_key)
            join_key (c->globals, by_lex[cls], e->lex_key, gi);
          for (guint k = 0; k < keys->len; k++)
            join_key (c->globals, by_name[cls], g_ptr_array_index (keys, k), gi);
        }
      g_ptr_array_add (c->ent_map, map);
    }
  join_acronyms (c->globals, acronyms);
  g_array_unref (acronyms);
  /* (shorter names and initials first: "S Jaishankar" is then no other
   * Jaishankar) */
  unite_shorter_names (c, name_keys);
  /* Surname-conflict check after all full names are united: a surname is
   * unambiguous if every full name ending in it is one cluster. */
  GHashTable *surname_root = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);
  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      GArray *map = g_ptr_array_index (c->ent_map, d);
      for (guint i = 0; i < doc->entities->len; i++)
        {
          NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
          if (e->kind != NG_KIND_PERSON)
            continue;
          gint root = find (c->globals, g_array_index (map, gint, i));
          for (guint f = 0; f < e->n_forms; f++)
            {
              const char *k = cached_key (name_keys, e->forms[f], ng_fold_name);
              const char *sp = strrchr (k, ' ');
              /* ("Mohammed bin Salman" is no "Salman") */
              if (sp && !ng_fold_key_ends_in_father (k))
                note_root (surname_root, sp + 1, root);
            }
        }
    }
  /* ("Sugiono", Indonesia's foreign minister, in two articles that give
   * no other name: one person by the same name and the same post) */
  GHashTable *by_post = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint s = 0; s < single->len; s++)
    {
      gint gi = g_array_index (single, gint, s);
      const char *k = cached_key (name_keys, g_array_index (c->globals, Global, gi).name, ng_fold_name);
      gpointer v = g_hash_table_lookup (surname_root, k);
      if (v && GPOINTER_TO_INT (v) > 0)
        unite (c->globals, GPOINTER_TO_INT (v) - 1, gi);
      if (v)
        continue;
      NgDoc *doc = g_ptr_array_index (c->docs, g_array_index (single_at, gint, 2 * s));
      gint ei = g_array_index (single_at, gint, 2 * s + 1);
      for (guint p = 0; p < doc->posts->len; p++)
        {
          const NgPost *po = &g_array_index (doc->posts, NgPost, p);
          if (po->person != ei || po->of < 0)
            continue;
          const NgEntity *o = &g_array_index (doc->entities, NgEntity, po->of);
          g_autofree char *t = g_utf8_casefold (po->title, -1);
          char *sig = g_strdup_printf ("%s\x1f%s\x1f%s", k, t, o->lex_key ? o->lex_key : o->name);
          gpointer w = g_hash_table_lookup (by_post, sig);
          if (w)
            {
              unite (c->globals, GPOINTER_TO_INT (w) - 1, gi);
              g_free (sig);
            }
          else
            g_hash_table_insert (by_post, sig, GINT_TO_POINTER (gi + 1));
        }
    }
  g_hash_table_destroy (by_post);
  g_array_unref (single_at);
  g_ptr_array_unref (keys);
  g_hash_table_destroy (name_keys);
  g_hash_table_destroy (plain_keys);
  g_hash_table_destroy (surname_root);
  for (guint k = 0; k < 3; k++)
    {
      g_hash_table_destroy (by_lex[k]);
      g_hash_table_destroy (by_name[k]);
    }
  g_hash_table_destroy (by_surname);
  g_array_unref (single);

  /* Forms and canonical names per root. */
  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      GArray *map = g_ptr_array_index (c->ent_map, d);
      for (guint i = 0; i < doc->entities->len; i++)
        {
          NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
          gint root = find (c->globals, g_array_index (map, gint, i));
          g_array_index (map, gint, i) = root;
          Global *g = &g_array_index (c->globals, Global, root);
          if (!g->forms)
            g->forms = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);
          for (guint f = 0; f < e->n_forms; f++)
            {
              const char *form = e->forms[f];
              gint n = GPOINTER_TO_INT (g_hash_table_lookup (g->forms, form));
              g_hash_table_insert (g->forms, g_strdup (form), GINT_TO_POINTER (n + 1));
            }
          if (e->lex_key && (!g->lex_key || strcmp (e->lex_key, g->lex_key) < 0))
            {
              g->lex = TRUE;
              g_free (g->lex_key);
              g->lex_key = g_strdup (e->lex_key);
              g_free (g->name);
              g->name = g_strdup (e->name);
            }
          /* A city beats a country or place for the same cluster's kind. */
          if (e->kind == NG_KIND_CITY || (e->kind == NG_KIND_COUNTRY && g->kind == NG_KIND_PLACE))
            g->kind = e->kind;
        }
    }
  GHashTable *taken = g_hash_table_new (ng_str_hash, g_str_equal);
  for (guint i = 0; i < c->globals->len; i++)
    {
      Global *g = &g_array_index (c->globals, Global, i);
      if (g->parent != (gint) i || !g->forms)
        continue;
      if (!g->lex)
        {
          /* Fullest form: most words, then most documents, then alphabetical. */
          GList *keys = g_hash_table_get_keys (g->forms);
          GPtrArray *sorted = g_ptr_array_new ();
          for (GList *l = keys; l; l = l->next)
            g_ptr_array_add (sorted, l->data);
          g_list_free (keys);
          g_ptr_array_sort (sorted, cmp_str);
          const char *best = NULL;
          guint bw = 0;
          gint bn = 0;
          for (guint k = 0; k < sorted->len; k++)
            {
              const char *f = g_ptr_array_index (sorted, k);
              guint w = n_words (f);
              gint n = GPOINTER_TO_INT (g_hash_table_lookup (g->forms, f));
              /* All-caps acronyms lose to expansions. */
              gboolean caps = TRUE;
              for (const char *p = f; *p; p++)
                if (g_ascii_islower (*p))
                  caps = FALSE;
              if (caps && w == 1)
                w = 0;
              /* (an initial is half a word: "Subrahmanyam Jaishankar"
               * beats "S Jaishankar") */
              w *= 2;
              for (const char *p = f; *p; p += strcspn (p, " "), p += *p == ' ')
                if (g_ascii_isalpha (p[0]) && (p[1] == ' ' || p[1] == '.' || !p[1]) && w > 0)
                  w--;
              if (!best || w > bw || (w == bw && n > bn))
                best = f, bw = w, bn = n;
            }
          g_free (g->name);
          g->name = g_strdup (best);
          g_ptr_array_unref (sorted);
        }
      char *slug = ng_fold_slug (g->name);
      char *iri = g_strconcat (c->base, ns_of (g->kind), slug, NULL);
      guint n = 2;
      while (g_hash_table_contains (taken, iri))
        {
          g_free (iri);
          iri = g_strdup_printf ("%s%s%s-%u", c->base, ns_of (g->kind), slug, n++);
        }
      g_free (slug);
      g->iri = iri;
      g_hash_table_add (taken, iri);
    }
  g_hash_table_destroy (taken);
}

/* Global entity of doc d's entity i, or -1. */
static gint
gent (NgCorpus *c, guint d, gint i)
{
  if (i < 0)
    return -1;
  return g_array_index ((GArray *) g_ptr_array_index (c->ent_map, d), gint, i);
}

/* Month-day part of a date ("2021-09-15" -> "09-15"). */
static const char *
month_day (const char *date)
{
  gsize l = strlen (date);
  return l >= 5 ? date + l - 5 : date;
}

/* Merges meetings across documents.  Meetings of one organizer (or, without
 * one, of the same participants) in one place on one day are one event; its
 * date is the fullest any report gives, and its IRI and label come from the
 * merged values, so they do not depend on which report came first. */
static void
resolve_meetings (NgCorpus *c)
{
  c->gmeetings = g_array_new (FALSE, TRUE, sizeof (GMeeting));
  c->meet_map = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GHashTable *by_key = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *gwho = g_ptr_array_new_with_free_func (g_free);   /* participants slug per global meeting */
  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      GArray *map = g_array_new (FALSE, FALSE, sizeof (gint));
      /* Attendance by meeting, in one pass. */
      GPtrArray *by_meeting = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      for (guint i = 0; i < doc->meetings->len; i++)
        g_ptr_array_add (by_meeting, g_array_new (FALSE, FALSE, sizeof (guint)));
      for (guint a = 0; a < doc->attendance->len; a++)
        {
          gint mi = g_array_index (doc->attendance, NgAttendance, a).meeting;
          if (mi >= 0 && (guint) mi < doc->meetings->len)
            g_array_append_val ((GArray *) g_ptr_array_index (by_meeting, mi), a);
        }
      for (guint i = 0; i < doc->meetings->len; i++)
        {
          NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, i);
          gint org = gent (c, d, m->organizer), place = gent (c, d, m->place);
          GPtrArray *who = g_ptr_array_new ();
          GArray *mine = g_ptr_array_index (by_meeting, i);
          guint present = 0;
          for (guint x = 0; x < mine->len; x++)
            {
              NgAttendance *at = &g_array_index (doc->attendance, NgAttendance, g_array_index (mine, guint, x));
              present += at->status != NG_STATUS_ABSENT;
              const char *iri = g_array_index (c->globals, Global, gent (c, d, at->person)).iri;
              gboolean dup = FALSE;
              for (guint w = 0; w < who->len; w++)
                if (!strcmp (g_ptr_array_index (who, w), iri))
                  dup = TRUE;
              if (!dup)
                g_ptr_array_add (who, (gpointer) iri);
            }
          gint gm = -1;
          /* (one person, not absent, is a meeting of its own only at a
           * summit or an event with a name: "took part in the COP29
           * conference") */
          /* (or a host receiving people the text does not name: "X
           * received the delegations at the palace") */
          if (org < 0 && who->len < 2
              && !(who->len == 1 && present && (m->kind == NG_MEETING_SUMMIT || m->named || m->guests)))
            {
              g_ptr_array_unref (who);
              g_array_append_val (map, gm);
              continue;
            }
          g_ptr_array_sort (who, cmp_str);
          GString *slug = g_string_new (NULL);
          if (org >= 0)
            {
              char *s = ng_fold_slug (g_array_index (c->globals, Global, org).name);
              g_string_append (slug, s);
              g_free (s);
            }
          else
            for (guint w = 0; w < who->len; w++)
              {
                const char *iri = g_ptr_array_index (who, w);
                const char *sl = strrchr (iri, '/');
                g_string_append_printf (slug, "%s%s", w ? "-" : "", sl ? sl + 1 : iri);
              }
          GString *key = g_string_new (slug->str);
          g_string_append_printf (key, "@%s", place >= 0 ? g_array_index (c->globals, Global, place).iri : "");
          if (m->date)
            g_string_append_printf (key, "#%s", month_day (m->date));
          else
            g_string_append_printf (key, "#%s/s%u", doc->key, m->where.sentence);
          gpointer v = g_hash_table_lookup (by_key, key->str);
          if (v)
            {
              gm = GPOINTER_TO_INT (v) - 1;
              GMeeting *g = &g_array_index (c->gmeetings, GMeeting, gm);
              if (m->date && (!g->date || (m->date[0] != '-' && g->date[0] == '-')
                              || (m->date[0] != '-' && g->date[0] != '-' && strcmp (m->date, g->date) < 0)))
                {
                  g_free (g->date);
                  g->date = g_strdup (m->date);
                }
              if (m->kind == NG_MEETING_SUMMIT || (g->kind == NG_MEETING_MEETING && m->kind != NG_MEETING_MEETING
                                                   && m->kind < g->kind))
                g->kind = m->kind;
            }
          else
            {
              GMeeting g = { 0 };
              g.kind = m->kind;
              g.organizer = org;
              g.place = place;
              g.date = g_strdup (m->date);
              if (!m->date)
                g_string_append_printf (slug, "-%s-s%u", doc->key, m->where.sentence);
              g_array_append_val (c->gmeetings, g);
              g_ptr_array_add (gwho, g_string_free (slug, FALSE));
              slug = NULL;
              gm = (gint) c->gmeetings->len - 1;
              g_hash_table_insert (by_key, g_strdup (key->str), GINT_TO_POINTER (gm + 1));
            }
          if (slug)
            g_string_free (slug, TRUE);
          g_string_free (key, TRUE);
          g_ptr_array_unref (who);
          g_array_append_val (map, gm);
        }
      g_ptr_array_unref (by_meeting);
      g_ptr_array_add (c->meet_map, map);
    }
  /* IRIs and labels from the merged values. */
  GHashTable *taken = g_hash_table_new (ng_str_hash, g_str_equal);
  for (guint i = 0; i < c->gmeetings->len; i++)
    {
      GMeeting *g = &g_array_index (c->gmeetings, GMeeting, i);
      GString *slug = g_string_new (g_ptr_array_index (gwho, i));
      if (g->place >= 0)
        {
          char *s = ng_fold_slug (g_array_index (c->globals, Global, g->place).name);
          /* Undated slugs already end with the report's key: keep the place before it. */
          if (!g->date)
            {
              const char *dash = strrchr (slug->str, '-');
              gsize cut = slug->len;
              /* "<who>-<doc key>-s<n>": insert before the doc key part. */
              const char *prev = dash ? g_strrstr_len (slug->str, dash - slug->str, "-") : NULL;
              cut = prev ? (gsize) (prev - slug->str) : slug->len;
              g_string_insert (slug, (gssize) cut, "-");
              g_string_insert (slug, (gssize) cut + 1, s);
            }
          else
            g_string_append_printf (slug, "-%s", s);
          g_free (s);
        }
      if (g->date)
        g_string_append_printf (slug, "-%s", g->date[0] == '-' ? g->date + 2 : g->date);
      char *iri = g_strconcat (c->base, "event/", slug->str, NULL);
      guint n = 2;
      while (g_hash_table_contains (taken, iri))
        {
          g_free (iri);
          iri = g_strdup_printf ("%sevent/%s-%u", c->base, slug->str, n++);
        }
      g->iri = iri;
      g_hash_table_add (taken, iri);
      g_string_free (slug, TRUE);
      GString *label = g_string_new (NULL);
      const char *oname = g->organizer >= 0 ? g_array_index (c->globals, Global, g->organizer).name : NULL;
      const char *kn = g->kind == NG_MEETING_SUMMIT ? "summit" : g->kind == NG_MEETING_TALKS ? "talks"
        : g->kind == NG_MEETING_SESSION ? "session" : g->kind == NG_MEETING_VISIT ? "visit"
        : g->kind == NG_MEETING_RECEPTION ? "reception" : "meeting";
      gsize on = oname ? strlen (oname) : 0, kl = strlen (kn);
      /* ("China-Central Asia Summit", not "... Summit summit") */
      if (oname && on > kl && oname[on - kl - 1] == ' ' && !g_ascii_strcasecmp (oname + on - kl, kn))
        g_string_append (label, oname);
      else
        {
          if (oname)
            g_string_append_printf (label, "%s ", oname);
          g_string_append (label, kn);
        }
      if (g->place >= 0)
        g_string_append_printf (label, ", %s", g_array_index (c->globals, Global, g->place).name);
      if (g->date)
        g_string_append_printf (label, ", %s", g->date);
      g->label = g_string_free (label, FALSE);
    }
  g_hash_table_destroy (taken);
  g_ptr_array_unref (gwho);
  g_hash_table_destroy (by_key);
}

/* Emission helpers. */
typedef struct {
  NgCorpus *c;
  NgStore *st;
  NgTermId p[64];
  NgTermId art;
  NgSource src;
  /* Term ids already interned: per global entity, per global meeting,
   * per sentence index of the current article (0 = not yet).  Interning
   * an IRI hashes and compares the whole string in a table that outgrows
   * the caches as the corpus grows. */
  NgTermId *gterms, *mterms;
  GArray *sterms;
  /* xsd:integer literals of small numbers (sentence indexes, offsets). */
  NgTermId ints[4096];
  /* Slugs of global entities' names (NULL = not yet), and plain keys and
   * slugs of post titles: titles and holders recur across the corpus. */
  char **gslugs;
  GHashTable *title_keys, *title_slugs;
  GString *buf;        /* scratch for IRIs and keys */
} Emit;

enum {
  P_TYPE, P_NAME, P_ALT, P_DERIVED, P_MENTIONS, P_HEADLINE, P_DATEPUB, P_PUBLISHER, P_IDENT,
  P_URL, P_DATELINE, P_ATTENDEE, P_ORGANIZER, P_LOCATION, P_STARTDATE, P_MEMBEROF, P_CONTAINED,
  P_HOLDS, P_HELDBY, P_POSTIN, P_LABEL, P_NATIONALITY, P_ABSENTEE, P_PARTICIPATION,
  P_PARTICIPANT, P_MODE, P_STATUS, P_EVIDENCE, P_CHAIR, P_TEXT, P_ISPARTOF, P_SINDEX,
  P_SSTART, P_SEND, P_EXACT, P_JOBTITLE,
  C_PERSON, C_ORG, C_GOVORG, C_NEWSORG, C_PLACE, C_COUNTRY, C_CITY, C_EVENT, C_ARTICLE, C_POST,
  C_PARTICIPATION, C_SENTENCE, C_INPERSON, C_VIDEO, C_ATTENDED, C_PLANNED, C_ABSENT,
  C_MEETING_BASE, /* + NgMeetingKind */
  P_N = C_MEETING_BASE + NG_MEETING_N
};

/* Adds (s, p, o) with the current source. */
static inline void
add (Emit *e, NgTermId s, NgTermId p, NgTermId o)
{
  ng_store_add (e->st, s, e->p[p], o, e->src.article ? &e->src : NULL);
}

/* Interns a plain literal. */
static inline NgTermId
lit (Emit *e, const char *v)
{
  return ng_store_literal (e->st, v, NULL, NULL);
}

/* Interns a date literal (xsd:date or xsd:gMonthDay). */
static NgTermId
date_lit (Emit *e, const char *d)
{
  return ng_store_literal (e->st, d, d[0] == '-' ? NG_XSD_GMONTHDAY : NG_XSD_DATE, NULL);
}

/* Sets the source to a span of the current article. */
static inline void
at (Emit *e, const NgWhere *w)
{
  e->src.sentence = w->sentence;
  e->src.start = w->start;
  e->src.end = w->end;
}

/* IRI term of a global entity. */
static inline NgTermId
gterm (Emit *e, gint g)
{
  if (e->gterms[g] == 0)
    e->gterms[g] = ng_store_iri (e->st, g_array_index (e->c->globals, Global, g).iri);
  return e->gterms[g];
}

/* IRI term of a global meeting. */
static inline NgTermId
mterm (Emit *e, gint gm)
{
  if (e->mterms[gm] == 0)
    e->mterms[gm] = ng_store_iri (e->st, g_array_index (e->c->gmeetings, GMeeting, gm).iri);
  return e->mterms[gm];
}

/* Writes n in decimal at the end of buf (what "%u" prints); returns its length. */
static gsize
format_uint (char buf[16], guint32 n)
{
  char tmp[16];
  gsize l = 0;
  do
    tmp[l++] = (char) ('0' + n % 10), n /= 10;
  while (n);
  for (gsize i = 0; i < l; i++)
    buf[i] = tmp[l - 1 - i];
  buf[l] = '\0';
  return l;
}

/* Appends n in decimal to out. */
static void
append_uint (GString *out, guint32 n)
{
  char num[16];
  gsize l = format_uint (num, n);
  g_string_append_len (out, num, (gssize) l);
}

/* Interns an xsd:integer literal of n. */
static NgTermId
int_lit (Emit *e, guint32 n)
{
  if (n < G_N_ELEMENTS (e->ints) && e->ints[n] != 0)
    return e->ints[n];
  char num[16];
  format_uint (num, n);
  NgTermId id = ng_store_literal (e->st, num, NG_XSD_INTEGER, NULL);
  if (n < G_N_ELEMENTS (e->ints))
    e->ints[n] = id;
  return id;
}

/* The slug of global entity g's name, computed once (owned by e). */
static const char *
gslug (Emit *e, gint g)
{
  if (!e->gslugs[g])
    e->gslugs[g] = ng_fold_slug (g_array_index (e->c->globals, Global, g).name);
  return e->gslugs[g];
}

/* Sets buf to the key of a post: holder (global entity) and plain title,
 * as "%d|%s" prints them. */
static void
post_key (GString *buf, gint person, const char *tkey)
{
  g_string_truncate (buf, 0);
  if (person < 0)
    g_string_append_c (buf, '-');
  append_uint (buf, (guint32) ABS (person));
  g_string_append_c (buf, '|');
  g_string_append (buf, tkey);
}

/* IRI of a sentence of the current doc. */
static NgTermId
sentence_term (Emit *e, NgDoc *doc, guint32 index)
{
  if (index < e->sterms->len && g_array_index (e->sterms, NgTermId, index) != 0)
    return g_array_index (e->sterms, NgTermId, index);
  GString *b = e->buf;
  g_string_assign (b, e->c->base);
  g_string_append (b, "sentence/");
  g_string_append (b, doc->key);
  g_string_append_c (b, '/');
  append_uint (b, index);
  NgTermId t = ng_store_iri (e->st, b->str);
  if (index < (1u << 20))
    {
      if (index >= e->sterms->len)
        g_array_set_size (e->sterms, index + 1);
      g_array_index (e->sterms, NgTermId, index) = t;
    }
  return t;
}

/* Types of an entity kind. */
static void
add_types (Emit *e, NgTermId s, NgKind kind, gboolean agency)
{
  switch (kind)
    {
    case NG_KIND_PERSON: add (e, s, P_TYPE, e->p[C_PERSON]); break;
    case NG_KIND_ORG:
      add (e, s, P_TYPE, e->p[C_ORG]);
      if (agency)
        add (e, s, P_TYPE, e->p[C_NEWSORG]);
      break;
    case NG_KIND_COUNTRY: add (e, s, P_TYPE, e->p[C_PLACE]); add (e, s, P_TYPE, e->p[C_COUNTRY]); break;
    case NG_KIND_CITY: add (e, s, P_TYPE, e->p[C_PLACE]); add (e, s, P_TYPE, e->p[C_CITY]); break;
    default: add (e, s, P_TYPE, e->p[C_PLACE]); break;
    }
}

/* Resolves and emits; with release, each article is freed once its
 * triples are in the store. */
static void
emit (NgCorpus *c, NgStore *st, guint *n_entities, guint *n_facts, gboolean release)
{
  clear_results (c);
  g_ptr_array_sort (c->docs, ng_doc_compare);
  resolve_entities (c);
  resolve_meetings (c);
  Emit e = { 0 };
  e.c = c;
  e.st = st;
  e.gterms = g_new0 (NgTermId, c->globals->len + 1);
  e.mterms = g_new0 (NgTermId, c->gmeetings->len + 1);
  e.sterms = g_array_new (FALSE, TRUE, sizeof (NgTermId));
  e.gslugs = g_new0 (char *, c->globals->len + 1);
  e.title_keys = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, g_free);
  e.title_slugs = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, g_free);
  e.buf = g_string_sized_new (256);
  static const char *const piri[] = {
    NG_RDF_TYPE, NG_SCHEMA_NAME, NG_SCHEMA_ALTNAME, NG_PROV_DERIVEDFROM, NG_SCHEMA_MENTIONS,
    NG_SCHEMA_HEADLINE, NG_SCHEMA_DATEPUB, NG_SCHEMA_PUBLISHER, NG_SCHEMA_IDENTIFIER, NG_SCHEMA_URL,
    NG_SCHEMA_DATELINE, NG_SCHEMA_ATTENDEE, NG_SCHEMA_ORGANIZER, NG_SCHEMA_LOCATION,
    NG_SCHEMA_STARTDATE, NG_SCHEMA_MEMBEROF, NG_SCHEMA_CONTAINEDIN, NG_ORG_HOLDS, NG_ORG_HELDBY,
    NG_ORG_POSTIN, NG_RDFS_LABEL, NG_SCHEMA_NATIONALITY, NG_NG_ABSENTEE, NG_NG_PARTICIPATION_P,
    NG_NG_PARTICIPANT, NG_NG_MODE, NG_NG_STATUS, NG_NG_EVIDENCE, NG_NG_CHAIR, NG_SCHEMA_TEXT,
    NG_SCHEMA_ISPARTOF, NG_NG_SENTENCEINDEX, NG_NG_STARTOFFSET, NG_NG_ENDOFFSET, NG_SKOS_EXACTMATCH,
    NG_SCHEMA_JOBTITLE,
    NG_SCHEMA_PERSON, NG_SCHEMA_ORGANIZATION, NG_SCHEMA_GOVORG, NG_SCHEMA_NEWSMEDIAORG,
    NG_SCHEMA_PLACE, NG_SCHEMA_COUNTRY, NG_SCHEMA_CITY, NG_SCHEMA_EVENT, NG_SCHEMA_NEWSARTICLE,
    NG_ORG_POST, NG_NG_PARTICIPATION, NG_NG_SENTENCE, NG_NG_INPERSON, NG_NG_VIDEOLINK,
    NG_NG_ATTENDED, NG_NG_PLANNED, NG_NG_ABSENT,
    NG_NG_MEETING, NG_NG_SUMMIT, NG_NG_COUNCILSESSION, NG_NG_TALKS, NG_NG_VISIT, NG_NG_RECEPTION,
  };
  G_STATIC_ASSERT (G_N_ELEMENTS (piri) == P_N);
  for (guint i = 0; i < P_N; i++)
    e.p[i] = ng_store_iri (st, piri[i]);

  guint facts = 0;
  /* Posts without an "of" that the same person also holds with one. */
  GHashTable *post_with_of = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);
  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      for (guint i = 0; i < doc->posts->len; i++)
        {
          NgPost *p = &g_array_index (doc->posts, NgPost, i);
          if (p->of < 0)
            continue;
          post_key (e.buf, gent (c, d, p->person), cached_key (e.title_keys, p->title, ng_fold_plain));
          if (!g_hash_table_contains (post_with_of, e.buf->str))
            g_hash_table_add (post_with_of, g_strndup (e.buf->str, e.buf->len));
        }
    }

  for (guint d = 0; d < c->docs->len; d++)
    {
      NgDoc *doc = g_ptr_array_index (c->docs, d);
      char *airi = g_strconcat (c->base, "article/", doc->key, NULL);
      NgTermId art = ng_store_iri (st, airi);
      g_free (airi);
      g_array_set_size (e.sterms, 0);
      e.src.article = art;
      e.src.sentence = e.src.start = e.src.end = 0;
      add (&e, art, P_TYPE, e.p[C_ARTICLE]);
      if (doc->headline)
        add (&e, art, P_HEADLINE, lit (&e, doc->headline));
      if (doc->date)
        add (&e, art, P_DATEPUB, date_lit (&e, doc->date));
      /* Sentences that carry facts. */
      for (guint s = 0; s < doc->sentences->len; s++)
        {
          NgSentence *se = &g_array_index (doc->sentences, NgSentence, s);
          NgTermId t = sentence_term (&e, doc, se->index);
          add (&e, t, P_TYPE, e.p[C_SENTENCE]);
          add (&e, t, P_ISPARTOF, art);
          add (&e, t, P_TEXT, lit (&e, se->text));
          add (&e, t, P_SINDEX, int_lit (&e, se->index));
          add (&e, t, P_SSTART, int_lit (&e, se->start));
          add (&e, t, P_SEND, int_lit (&e, se->end));
        }
      /* Entities. */
      for (guint i = 0; i < doc->entities->len; i++)
        {
          NgEntity *en = &g_array_index (doc->entities, NgEntity, i);
          gint g = gent (c, d, (gint) i);
          Global *gl = &g_array_index (c->globals, Global, g);
          NgTermId s = gterm (&e, g);
          at (&e, &en->where);
          add_types (&e, s, gl->kind, (gint) i == doc->publisher);
          for (guint f = 0; f < en->n_forms; f++)
            {
              const char *form = en->forms[f];
              add (&e, s, strcmp (form, gl->name) ? P_ALT : P_NAME, lit (&e, form));
            }
          if (en->lex_key)
            {
              char *lex = g_strconcat (NG_NS_LEX, en->lex_key, NULL);
              add (&e, s, P_EXACT, ng_store_iri (st, lex));
              g_free (lex);
            }
          add (&e, s, P_DERIVED, art);
          add (&e, art, P_MENTIONS, s);
          if (en->country >= 0 && gl->kind == NG_KIND_PERSON)
            add (&e, s, P_NATIONALITY, gterm (&e, gent (c, d, en->country)));
        }
      e.src.sentence = e.src.start = e.src.end = 0;
      if (doc->publisher >= 0)
        add (&e, art, P_PUBLISHER, gterm (&e, gent (c, d, doc->publisher)));
      if (doc->dateline >= 0)
        add (&e, art, P_DATELINE, gterm (&e, gent (c, d, doc->dateline)));
      if (doc->source && strcmp (doc->source, "-") != 0)
        {
          char *base = g_path_get_basename (doc->source);
          add (&e, art, P_IDENT, lit (&e, base));
          g_free (base);
        }
      /* Posts. */
      for (guint i = 0; i < doc->posts->len; i++)
        {
          NgPost *p = &g_array_index (doc->posts, NgPost, i);
          gint person = gent (c, d, p->person), of = gent (c, d, p->of);
          /* A title of no known country or organization is no org:Post
           * (a post exists in an organization): the person's
           * schema:jobTitle, unless the person holds it with one. */
          if (of < 0)
            {
              post_key (e.buf, person, cached_key (e.title_keys, p->title, ng_fold_plain));
              if (g_hash_table_contains (post_with_of, e.buf->str))
                continue;
              at (&e, &p->where);
              add (&e, gterm (&e, person), P_JOBTITLE, lit (&e, p->title));
              continue;
            }
          GString *b = e.buf;
          g_string_assign (b, c->base);
          g_string_append (b, "post/");
          g_string_append (b, gslug (&e, person));
          g_string_append_c (b, '/');
          g_string_append (b, cached_key (e.title_slugs, p->title, ng_fold_slug));
          g_string_append_c (b, '-');
          g_string_append (b, gslug (&e, of));
          NgTermId post = ng_store_iri (st, b->str);
          NgTermId ps_t = gterm (&e, person);
          at (&e, &p->where);
          add (&e, ps_t, P_HOLDS, post);
          add (&e, post, P_TYPE, e.p[C_POST]);
          add (&e, post, P_LABEL, lit (&e, p->title));
          add (&e, post, P_HELDBY, ps_t);
          add (&e, post, P_POSTIN, gterm (&e, of));
          add (&e, post, P_DERIVED, art);
          add (&e, post, P_EVIDENCE, sentence_term (&e, doc, p->where.sentence));
          facts++;
        }
      /* Meetings and attendance. */
      GArray *mmap = g_ptr_array_index (c->meet_map, d);
      for (guint i = 0; i < doc->meetings->len; i++)
        {
          gint gm = g_array_index (mmap, gint, i);
          if (gm < 0)
            continue;
          NgMeeting *m = &g_array_index (doc->meetings, NgMeeting, i);
          GMeeting *g = &g_array_index (c->gmeetings, GMeeting, gm);
          NgTermId ev = mterm (&e, gm);
          at (&e, &m->where);
          add (&e, ev, P_TYPE, e.p[C_EVENT]);
          add (&e, ev, P_TYPE, e.p[C_MEETING_BASE + g->kind]);
          add (&e, ev, P_NAME, lit (&e, g->label));
          if (g->organizer >= 0)
            add (&e, ev, P_ORGANIZER, gterm (&e, g->organizer));
          if (g->place >= 0)
            add (&e, ev, P_LOCATION, gterm (&e, g->place));
          if (g->date)
            add (&e, ev, P_STARTDATE, date_lit (&e, g->date));
          add (&e, ev, P_DERIVED, art);
          add (&e, ev, P_EVIDENCE, sentence_term (&e, doc, m->where.sentence));
          add (&e, art, P_MENTIONS, ev);
        }
      for (guint i = 0; i < doc->attendance->len; i++)
        {
          NgAttendance *a = &g_array_index (doc->attendance, NgAttendance, i);
          gint gm = g_array_index (mmap, gint, a->meeting);
          if (gm < 0)
            continue;
          GMeeting *g = &g_array_index (c->gmeetings, GMeeting, gm);
          NgTermId ev = mterm (&e, gm);
          gint person = gent (c, d, a->person);
          NgTermId pt = gterm (&e, person);
          at (&e, &a->where);
          add (&e, ev, a->status == NG_STATUS_ABSENT ? P_ABSENTEE : P_ATTENDEE, pt);
          if (a->chair && a->status != NG_STATUS_ABSENT)
            add (&e, ev, P_CHAIR, pt);
          const char *evs = strrchr (g->iri, '/');
          const char *pes = strrchr (g_array_index (c->globals, Global, person).iri, '/');
          GString *b = e.buf;
          g_string_assign (b, c->base);
          g_string_append (b, "participation/");
          g_string_append (b, evs + 1);
          g_string_append_c (b, '/');
          g_string_append (b, pes + 1);
          NgTermId part = ng_store_iri (st, b->str);
          add (&e, ev, P_PARTICIPATION, part);
          add (&e, part, P_TYPE, e.p[C_PARTICIPATION]);
          add (&e, part, P_PARTICIPANT, pt);
          add (&e, part, P_MODE, e.p[a->mode == NG_MODE_VIDEO ? C_VIDEO : C_INPERSON]);
          add (&e, part, P_STATUS, e.p[a->status == NG_STATUS_ABSENT ? C_ABSENT
                                       : a->status == NG_STATUS_PLANNED ? C_PLANNED : C_ATTENDED]);
          add (&e, part, P_DERIVED, art);
          add (&e, part, P_EVIDENCE, sentence_term (&e, doc, a->where.sentence));
          facts++;
        }
      for (guint i = 0; i < doc->members->len; i++)
        {
          NgLink *l = &g_array_index (doc->members, NgLink, i);
          at (&e, &l->where);
          add (&e, gterm (&e, gent (c, d, l->a)), P_MEMBEROF, gterm (&e, gent (c, d, l->b)));
          facts++;
        }
      for (guint i = 0; i < doc->contained->len; i++)
        {
          NgLink *l = &g_array_index (doc->contained, NgLink, i);
          at (&e, &l->where);
          add (&e, gterm (&e, gent (c, d, l->a)), P_CONTAINED, gterm (&e, gent (c, d, l->b)));
          facts++;
        }
      if (release)
        {
          /* Its key in c->keys goes with it: nothing looks keys up now. */
          ng_doc_free (doc);
          g_ptr_array_index (c->docs, d) = NULL;
#ifdef HAVE_MALLOC_TRIM
          /* The articles were read on other threads, into heaps of their
           * own: give their pages back as they go, after each sixteenth of
           * the corpus (a trim walks every free block of the process, so
           * a fixed step would make the whole quadratic, and a number of
           * trims that grows with the corpus, superlinear; since documents
           * are packed, a trim is cheap enough for sixteen). */
          if ((d + 1) % MAX (64u, c->docs->len / 16) == 0)
            malloc_trim (0);
#endif
        }
    }
  /* Corpus-level: canonical names. */
  e.src.article = 0;
  guint nent = 0;
  for (guint i = 0; i < c->globals->len; i++)
    {
      Global *g = &g_array_index (c->globals, Global, i);
      if (g->parent != (gint) i || !g->iri)
        continue;
      /* Names an article used are stated in its graph; a lexicon's name that
       * no article used is stated for the corpus. */
      if (!g->forms || !g_hash_table_contains (g->forms, g->name))
        add (&e, ng_store_iri (st, g->iri), P_NAME, lit (&e, g->name));
      nent++;
    }
  g_hash_table_destroy (post_with_of);
  g_free (e.gterms);
  g_free (e.mterms);
  g_array_unref (e.sterms);
  for (guint i = 0; i < c->globals->len; i++)
    g_free (e.gslugs[i]);
  g_free (e.gslugs);
  g_hash_table_destroy (e.title_keys);
  g_hash_table_destroy (e.title_slugs);
  g_string_free (e.buf, TRUE);
  if (n_entities)
    *n_entities = nent;
  if (n_facts)
    *n_facts = facts;
  if (release)
    c->released = TRUE;
}

void
ng_corpus_emit (NgCorpus *c, NgStore *st, guint *n_entities, guint *n_facts)
{
  g_return_if_fail (c != NULL && st != NULL && !c->released);
  emit (c, st, n_entities, n_facts, FALSE);
}

void
ng_corpus_emit_release (NgCorpus *c, NgStore *st, guint *n_entities, guint *n_facts)
{
  g_return_if_fail (c != NULL && st != NULL && !c->released);
  emit (c, st, n_entities, n_facts, TRUE);
}
