/* doc.c - NgDoc, what one article says. */
#include "config.h"
#include <string.h>
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
  if (e->forms)
    g_ptr_array_unref (e->forms);
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
  g_free (d->key);
  g_free (d->source);
  g_free (d->headline);
  g_free (d->date);
  g_array_unref (d->entities);
  g_array_unref (d->meetings);
  g_array_unref (d->attendance);
  g_array_unref (d->posts);
  g_array_unref (d->members);
  g_array_unref (d->contained);
  g_array_unref (d->sentences);
  g_free (d);
}

gint
ng_doc_find_entity (const NgDoc *doc, NgKind kind, const char *form)
{
  for (guint i = 0; i < doc->entities->len; i++)
    {
      const NgEntity *e = &g_array_index (doc->entities, NgEntity, i);
      if (e->kind != kind)
        continue;
      for (guint f = 0; f < e->forms->len; f++)
        if (strcmp (g_ptr_array_index (e->forms, f), form) == 0)
          return (gint) i;
    }
  return -1;
}

gint
ng_doc_add_entity (NgDoc *doc, NgKind kind, const char *name, const NgWhere *where)
{
  gint found = ng_doc_find_entity (doc, kind, name);
  if (found >= 0)
    return found;
  NgEntity e = { 0 };
  e.kind = kind;
  e.name = g_strdup (name);
  e.forms = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (e.forms, g_strdup (name));
  e.country = -1;
  if (where)
    e.where = *where;
  g_array_append_val (doc->entities, e);
  return (gint) doc->entities->len - 1;
}

void
ng_doc_add_form (NgDoc *doc, gint entity, const char *form)
{
  g_return_if_fail (entity >= 0 && (guint) entity < doc->entities->len);
  NgEntity *e = &g_array_index (doc->entities, NgEntity, entity);
  for (guint f = 0; f < e->forms->len; f++)
    if (strcmp (g_ptr_array_index (e->forms, f), form) == 0)
      return;
  g_ptr_array_add (e->forms, g_strdup (form));
  if (!e->lex_key && g_utf8_strlen (form, -1) > g_utf8_strlen (e->name, -1))
    {
      g_free (e->name);
      e->name = g_strdup (form);
    }
}

void
ng_doc_add_sentence (NgDoc *doc, guint32 index, guint32 start, guint32 end, const char *text)
{
  /* Sentences come in order: a repeat is the last one. */
  if (doc->sentences->len
      && g_array_index (doc->sentences, NgSentence, doc->sentences->len - 1).index == index)
    return;
  NgSentence s = { index, start, end, g_strdup (text) };
  g_array_append_val (doc->sentences, s);
}

gint
ng_doc_compare (gconstpointer a, gconstpointer b)
{
  const NgDoc *x = *(NgDoc *const *) a, *y = *(NgDoc *const *) b;
  return strcmp (x->key, y->key);
}
