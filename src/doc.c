/* doc.c - NgDoc, what one article says. */
#include "config.h"
#include <string.h>
#include "newsgraph/hash.h"
#include "newsgraph/doc.h"
#include "newsgraph/fold.h"

static const char *const kind_names[NG_KIND_N] = { "person", "org", "country", "city", "place" };
static const char *const meeting_names[NG_MEETING_N] = {
  "Meeting", "Summit", "CouncilSession", "Talks", "Visit", "Reception"
};

const char *
ng_kind_name (NgKind kind)
{
  return kind < NG_KIND_N ? kind_names[kind] : "thing";
}

const char *
ng_meeting_kind_name (NgMeetingKind kind)
{
  return kind < NG_MEETING_N ? meeting_names[kind] : "Meeting";
}

/* Frees the strings of an entity. */
static void
clear_entity (gpointer p)
{
  NgEntity *e = p;
  g_free (e->name);
  g_free (e->lex_key);
  for (guint f = 0; f < e->n_forms; f++)
    g_free (e->forms[f]);
  g_free (e->forms);
}

/* Frees the strings of a meeting. */
void
ng_doc_meeting_clear (gpointer p)
{
  NgMeeting *m = p;
  g_free (m->date);
  g_free (m->label);
}

/* Frees the title of a post. */
static void
clear_post (gpointer p)
{
  g_free (((NgPost *) p)->title);
}

/* Frees the text of a sentence. */
static void
clear_sentence (gpointer p)
{
  g_free (((NgSentence *) p)->text);
}

/* Frees the index of forms, if the doc has one. */
static void
drop_form_index (NgDoc *d)
{
  for (guint k = 0; k < NG_KIND_N; k++)
    g_clear_pointer (&d->by_form[k], g_hash_table_destroy);
}

NgDoc *
ng_doc_new (const char *key, const char *source)
{
  NgDoc *d = g_new0 (NgDoc, 1);
  d->key = g_strdup (key);
  d->source = g_strdup (source);
  d->publisher = d->dateline = -1;
  d->entities = g_array_new (FALSE, TRUE, sizeof (NgEntity));
  g_array_set_clear_func (d->entities, clear_entity);
  d->meetings = g_array_new (FALSE, TRUE, sizeof (NgMeeting));
  g_array_set_clear_func (d->meetings, ng_doc_meeting_clear);
  d->attendance = g_array_new (FALSE, TRUE, sizeof (NgAttendance));
  d->posts = g_array_new (FALSE, TRUE, sizeof (NgPost));
  g_array_set_clear_func (d->posts, clear_post);
  d->members = g_array_new (FALSE, TRUE, sizeof (NgLink));
  d->contained = g_array_new (FALSE, TRUE, sizeof (NgLink));
  d->sentences = g_array_new (FALSE, TRUE, sizeof (NgSentence));
  g_array_set_clear_func (d->sentences, clear_sentence);
  return d;
}

void
ng_doc_free (NgDoc *d)
{
  if (!d)
    return;
  if (d->pack)
    g_free (d->pack);
  else
    {
      g_free (d->key);
      g_free (d->source);
      g_free (d->headline);
      g_free (d->date);
    }
  g_array_unref (d->entities);
  g_array_unref (d->meetings);
  g_array_unref (d->attendance);
  g_array_unref (d->posts);
  g_array_unref (d->members);
  g_array_unref (d->contained);
  g_array_unref (d->sentences);
  drop_form_index (d);
  g_free (d);
}

/* Entities an unpacked doc must have before it indexes their forms:
 * below that, a scan is cheaper than a table. */
#define FORM_INDEX_MIN 64

/* Records that entity i has form (its own string), if the doc keeps its
 * index: the entity of a kind with the lowest index among those with a
 * form is the one found by it (a form can come to an earlier entity
 * after a later one has it). */
static void
index_form (NgDoc *doc, NgKind kind, const char *form, gint i)
{
  if (!doc->by_form[0])
    return;
  gint old = GPOINTER_TO_INT (g_hash_table_lookup (doc->by_form[kind], form)) - 1;
  if (old < 0 || i < old)
    g_hash_table_insert (doc->by_form[kind], (gpointer) form, GINT_TO_POINTER (i + 1));
}

/* Starts the index of forms, once the doc has FORM_INDEX_MIN entities:
 * long articles name thousands, and a scan of all of them for each
 * mention made the extraction quadratic. */
static void
index_forms (NgDoc *doc)
{
  if (doc->by_form[0] || doc->pack || doc->entities->len < FORM_INDEX_MIN)
    return;
  for (guint k = 0; k < NG_KIND_N; k++)
    doc->by_form[k] = g_hash_table_new (ng_str_hash, g_str_equal);
  for (guint i = 0; i < doc->entities->len; i++)
    {
      const NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
      for (guint f = 0; f < e->n_forms; f++)
        index_form (doc, e->kind, e->forms[f], (gint) i);
    }
}

gint
ng_doc_find_entity (const NgDoc *doc, NgKind kind, const char *form)
{
  g_return_val_if_fail ((guint) kind < NG_KIND_N, -1);
  if (doc->by_form[0])
    return GPOINTER_TO_INT (g_hash_table_lookup (doc->by_form[kind], form)) - 1;
  for (guint i = 0; i < doc->entities->len; i++)
    {
      const NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
      if (e->kind != kind)
        continue;
      for (guint f = 0; f < e->n_forms; f++)
        if (strcmp (e->forms[f], form) == 0)
          return (gint) i;
    }
  return -1;
}

gint
ng_doc_add_entity (NgDoc *doc, NgKind kind, const char *name, const NgWhere *where)
{
  g_return_val_if_fail (doc->pack == NULL, -1);
  gint found = ng_doc_find_entity (doc, kind, name);
  if (found >= 0)
    return found;
  NgEntity e = { 0 };
  e.kind = kind;
  e.name = g_strdup (name);
  e.forms = g_new (char *, 1);
  e.forms[0] = g_strdup (name);
  e.n_forms = 1;
  e.country = -1;
  if (where)
    e.where = *where;
  g_array_append_val (doc->entities, e);
  gint i = (gint) doc->entities->len - 1;
  index_form (doc, kind, e.forms[0], i);
  index_forms (doc);
  return i;
}

void
ng_doc_add_form (NgDoc *doc, gint entity, const char *form)
{
  g_return_if_fail (doc->pack == NULL);
  g_return_if_fail (entity >= 0 && (guint) entity < doc->entities->len);
  NgEntity *e = &g_array_index (doc->entities, NgEntity, entity);
  for (guint f = 0; f < e->n_forms; f++)
    if (strcmp (e->forms[f], form) == 0)
      return;
  e->forms = g_renew (char *, e->forms, e->n_forms + 1);
  e->forms[e->n_forms++] = g_strdup (form);
  index_form (doc, e->kind, e->forms[e->n_forms - 1], entity);
  if (!e->lex_key && g_utf8_strlen (form, -1) > g_utf8_strlen (e->name, -1))
    {
      g_free (e->name);
      e->name = g_strdup (form);
    }
}

void
ng_doc_remove_form (NgDoc *doc, gint entity, const char *form)
{
  g_return_if_fail (doc->pack == NULL);
  g_return_if_fail (entity >= 0 && (guint) entity < doc->entities->len);
  NgEntity *e = &g_array_index (doc->entities, NgEntity, entity);
  guint f = 0;
  while (f < e->n_forms && strcmp (e->forms[f], form) != 0)
    f++;
  if (f == e->n_forms || e->n_forms == 1)
    return;
  g_free (e->forms[f]);
  memmove (e->forms + f, e->forms + f + 1, (e->n_forms - f - 1) * sizeof (char *));
  e->n_forms--;
  if (!e->lex_key)
    {
      const char *best = e->forms[0];
      for (guint k = 1; k < e->n_forms; k++)
        if (g_utf8_strlen (e->forms[k], -1) > g_utf8_strlen (best, -1))
          best = e->forms[k];
      g_free (e->name);
      e->name = g_strdup (best);
    }
  /* (the index may point at the freed form: built again) */
  if (doc->by_form[0])
    {
      drop_form_index (doc);
      index_forms (doc);
    }
}

void
ng_doc_add_sentence (NgDoc *doc, guint32 index, guint32 start, guint32 end, const char *text)
{
  g_return_if_fail (doc->pack == NULL);
  /* Sentences come in order: a repeat is the last one. */
  if (doc->sentences->len
      && g_array_index (doc->sentences, NgSentence, doc->sentences->len - 1).index == index)
    return;
  NgSentence s = { index, start, end, g_strdup (text) };
  g_array_append_val (doc->sentences, s);
}

/* The strings of a document being packed, and the form lists of its
 * entities: their total sizes, then the block they are copied into (the
 * lists first, for their alignment). */
typedef struct {
  gsize size, lists;
  char *block, *at, *list_at;
} Packer;

/* First pass: counts a string; second pass: moves it into the block and
 * frees the original.  Equal to the string moved just before (an entity's
 * name and its first form), it shares that copy. */
static void
pack_str (Packer *p, char **s, const char **last)
{
  if (*s == NULL)
    return;
  if (*last && strcmp (*s, *last) == 0)
    {
      if (p->block)
        {
          g_free (*s);
          *s = (char *) *last;
        }
      return;
    }
  gsize n = strlen (*s) + 1;
  if (p->block)
    {
      memcpy (p->at, *s, n);
      g_free (*s);
      *s = p->at;
      p->at += n;
    }
  else
    p->size += n;
  *last = *s;
}

/* One pass over every string of the document. */
static void
pack_pass (NgDoc *d, Packer *p)
{
  const char *last = NULL;
  pack_str (p, &d->key, &last);
  pack_str (p, &d->source, &last);
  pack_str (p, &d->headline, &last);
  pack_str (p, &d->date, &last);
  for (guint i = 0; i < d->entities->len; i++)
    {
      NgEntity *e = &g_array_index (d->entities, NgEntity, i);
      pack_str (p, &e->name, &last);
      for (guint f = 0; f < e->n_forms; f++)
        pack_str (p, &e->forms[f], &last);
      pack_str (p, &e->lex_key, &last);
      gsize bytes = e->n_forms * sizeof (char *);
      if (p->block)
        {
          char **list = (char **) (void *) p->list_at;
          memcpy (list, e->forms, bytes);
          g_free (e->forms);
          e->forms = list;
          p->list_at += bytes;
        }
      else
        p->lists += bytes;
    }
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      pack_str (p, &m->date, &last);
      pack_str (p, &m->label, &last);
    }
  for (guint i = 0; i < d->posts->len; i++)
    pack_str (p, &g_array_index (d->posts, NgPost, i).title, &last);
  for (guint i = 0; i < d->sentences->len; i++)
    pack_str (p, &g_array_index (d->sentences, NgSentence, i).text, &last);
}

void
ng_doc_pack (NgDoc *d)
{
  g_return_if_fail (d != NULL);
  if (d->pack)
    return;
  Packer p = { 0 };
  pack_pass (d, &p);
  p.block = p.list_at = g_malloc (MAX (p.lists + p.size, 1));
  p.at = p.block + p.lists;
  /* The strings change hands: no clear function frees them any more. */
  g_array_set_clear_func (d->entities, NULL);
  g_array_set_clear_func (d->meetings, NULL);
  g_array_set_clear_func (d->posts, NULL);
  g_array_set_clear_func (d->sentences, NULL);
  /* The index points at the strings that move: a packed doc is scanned. */
  drop_form_index (d);
  pack_pass (d, &p);
  g_assert ((gsize) (p.at - p.block) == p.lists + p.size);
  g_assert (p.list_at == p.block + p.lists);
  d->pack = p.block;
}

gint
ng_doc_compare (gconstpointer a, gconstpointer b)
{
  const NgDoc *x = *(NgDoc *const *) a, *y = *(NgDoc *const *) b;
  return strcmp (x->key, y->key);
}
