/* show.c - the entity card: find an entity by name and describe it. */
#include "config.h"
#include <string.h>
#include "newsgraph/show.h"
#include "newsgraph/vocab.h"

G_DEFINE_QUARK (ng-show-error-quark, ng_show_error)

/* How well a name fits; higher wins. */
enum {
  FIT_NONE = 0,
  FIT_TRANSLIT,   /* same name once transliteration variants are folded */
  FIT_SURNAME,    /* the last word of a person's name */
  FIT_OTHER,      /* a whole schema:alternateName */
  FIT_NAME        /* the whole schema:name (or the IRI) */
};

/* The store and the ids of every term the card reads (0 if absent). */
typedef struct {
  NgStore *store;
  NgTermId type, name, alt, label, nationality, holds, post_in, held_by,
           derived, evidence, text, is_part_of, date_pub, headline,
           attendee, absentee, organizer, location, start, participation,
           participant, mode, status, chair, member_of, contained_in,
           c_person, c_org, c_govorg, c_media, c_place, c_country, c_city,
           c_event, inperson, videolink, planned, absent, job_title;
} NgShow;

/* Looks up every term the card needs. */
static void
show_init (NgShow *s, NgStore *store)
{
#define L(iri) ng_store_lookup_iri (store, iri)
  s->store = store;
  s->type = L (NG_RDF_TYPE);
  s->name = L (NG_SCHEMA_NAME);
  s->alt = L (NG_SCHEMA_ALTNAME);
  s->label = L (NG_RDFS_LABEL);
  s->nationality = L (NG_SCHEMA_NATIONALITY);
  s->job_title = L (NG_SCHEMA_JOBTITLE);
  s->holds = L (NG_ORG_HOLDS);
  s->post_in = L (NG_ORG_POSTIN);
  s->held_by = L (NG_ORG_HELDBY);
  s->derived = L (NG_PROV_DERIVEDFROM);
  s->evidence = L (NG_NG_EVIDENCE);
  s->text = L (NG_SCHEMA_TEXT);
  s->is_part_of = L (NG_SCHEMA_ISPARTOF);
  s->date_pub = L (NG_SCHEMA_DATEPUB);
  s->headline = L (NG_SCHEMA_HEADLINE);
  s->attendee = L (NG_SCHEMA_ATTENDEE);
  s->absentee = L (NG_NG_ABSENTEE);
  s->organizer = L (NG_SCHEMA_ORGANIZER);
  s->location = L (NG_SCHEMA_LOCATION);
  s->start = L (NG_SCHEMA_STARTDATE);
  s->participation = L (NG_NG_PARTICIPATION_P);
  s->participant = L (NG_NG_PARTICIPANT);
  s->mode = L (NG_NG_MODE);
  s->status = L (NG_NG_STATUS);
  s->chair = L (NG_NG_CHAIR);
  s->member_of = L (NG_SCHEMA_MEMBEROF);
  s->contained_in = L (NG_SCHEMA_CONTAINEDIN);
  s->c_person = L (NG_SCHEMA_PERSON);
  s->c_org = L (NG_SCHEMA_ORGANIZATION);
  s->c_govorg = L (NG_SCHEMA_GOVORG);
  s->c_media = L (NG_SCHEMA_NEWSMEDIAORG);
  s->c_place = L (NG_SCHEMA_PLACE);
  s->c_country = L (NG_SCHEMA_COUNTRY);
  s->c_city = L (NG_SCHEMA_CITY);
  s->c_event = L (NG_SCHEMA_EVENT);
  s->inperson = L (NG_NG_INPERSON);
  s->videolink = L (NG_NG_VIDEOLINK);
  s->planned = L (NG_NG_PLANNED);
  s->absent = L (NG_NG_ABSENT);
#undef L
}

/* Distinct objects of (subject, p); empty if either is unknown. */
static GArray *
objects (NgShow *s, NgTermId subject, NgTermId p)
{
  if (!subject || !p)
    return g_array_new (FALSE, FALSE, sizeof (NgTermId));
  return ng_store_objects (s->store, subject, p);
}

/* Distinct subjects of (p, object); empty if either is unknown. */
static GArray *
subjects (NgShow *s, NgTermId p, NgTermId object)
{
  if (!object || !p)
    return g_array_new (FALSE, FALSE, sizeof (NgTermId));
  return ng_store_subjects (s->store, p, object);
}

/* First object of (subject, p), or 0. */
static NgTermId
object (NgShow *s, NgTermId subject, NgTermId p)
{
  return subject && p ? ng_store_object (s->store, subject, p) : 0;
}

/* TRUE if (a, p, b) is stored; FALSE if any id is unknown. */
static gboolean
has (NgShow *s, NgTermId a, NgTermId p, NgTermId b)
{
  return a && p && b && ng_store_contains (s->store, a, p, b);
}

/* The lexical value of a term, or "" for 0. */
static const char *
value (NgShow *s, NgTermId id)
{
  return id ? ng_store_term_value (s->store, id) : "";
}

/* The kind of an entity for the card, or NULL if it is none of them. */
static const char *
kind_of (NgShow *s, NgTermId e)
{
  if (has (s, e, s->type, s->c_person))
    return "person";
  if (has (s, e, s->type, s->c_event))
    return "meeting";
  if (has (s, e, s->type, s->c_org) || has (s, e, s->type, s->c_govorg)
      || has (s, e, s->type, s->c_media))
    return "organization";
  if (has (s, e, s->type, s->c_country))
    return "country";
  if (has (s, e, s->type, s->c_city))
    return "city";
  if (has (s, e, s->type, s->c_place))
    return "place";
  return NULL;
}

/* The display name of an entity: schema:name, else the end of its IRI. */
static const char *
name_of (NgShow *s, NgTermId e)
{
  if (ng_store_term_kind (s->store, e) != NG_TERM_IRI)
    return value (s, e);
  NgTermId n = object (s, e, s->name);
  if (n)
    return value (s, n);
  const char *iri = value (s, e);
  const char *slash = strrchr (iri, '/');
  return slash && slash[1] ? slash + 1 : iri;
}

char *
ng_show_fold_name (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_autofree char *valid = g_utf8_make_valid (name, -1);
  g_autofree char *folded = g_utf8_casefold (valid, -1);
  g_autofree char *nfkd = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  for (const char *p = nfkd ? nfkd : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (c);
      if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK
          || t == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Folds away transliteration variants as well (Sergei / Sergey). */
static char *
fold_translit (const char *folded)
{
  GString *out = g_string_new (NULL);
  for (const char *p = folded; *p; p++)
    {
      char c = *p;
      if (c == 'y' || c == 'j')
        c = 'i';
      if (c == 'k' && p[1] == 'h')
        {
          p++;
          c = 'h';
        }
      if (out->len && out->str[out->len - 1] == c && g_ascii_isalpha (c))
        continue;
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The candidates so far: entity id -> best fit. */
typedef struct {
  NgShow *s;
  const char *want;         /* folded query */
  const char *want_tr;      /* folded query, transliteration folded */
  gboolean alt;             /* the names visited are other names */
  GHashTable *fit;
} NgFind;

/* Scores one name of one entity against the query. */
static gboolean
find_name (const NgQuad *q, gpointer user_data)
{
  NgFind *f = user_data;
  if (ng_store_term_kind (f->s->store, q->o) != NG_TERM_LITERAL)
    return TRUE;
  const char *kind = kind_of (f->s, q->s);
  if (!kind)
    return TRUE;
  g_autofree char *have = ng_show_fold_name (value (f->s, q->o));
  int fit = FIT_NONE;
  if (!strcmp (have, f->want))
    fit = f->alt ? FIT_OTHER : FIT_NAME;
  else
    {
      const char *last = strrchr (have, ' ');
      if (!f->alt && last && !strcmp (kind, "person") && !strcmp (last + 1, f->want))
        fit = FIT_SURNAME;
      else
        {
          g_autofree char *tr = fold_translit (have);
          if (!strcmp (tr, f->want_tr))
            fit = FIT_TRANSLIT;
        }
    }
  if (fit > GPOINTER_TO_INT (g_hash_table_lookup (f->fit, GUINT_TO_POINTER (q->s))))
    g_hash_table_insert (f->fit, GUINT_TO_POINTER (q->s), GINT_TO_POINTER (fit));
  return TRUE;
}

/* One line of a list to sort: a date, a text, and the entity. */
typedef struct {
  const char *date;   /* borrowed, may be "" */
  const char *text;   /* borrowed */
  NgTermId id;
} NgItem;

/* Orders items by date, then text, then id. */
static gint
item_cmp (gconstpointer a, gconstpointer b)
{
  const NgItem *x = a, *y = b;
  int r = strcmp (x->date, y->date);
  if (!r)
    r = g_utf8_collate (x->text, y->text);
  if (!r)
    r = x->id < y->id ? -1 : x->id > y->id;
  return r;
}

/* Sorts ids by date (the object of date_p, may be 0) and name. */
static GArray *
sorted_items (NgShow *s, GArray *ids, NgTermId date_p, NgTermId text_p)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (NgItem));
  for (guint i = 0; i < ids->len; i++)
    {
      NgTermId id = g_array_index (ids, NgTermId, i);
      NgTermId t = object (s, id, text_p);
      NgItem it = { value (s, object (s, id, date_p)), t ? value (s, t) : name_of (s, id), id };
      g_array_append_val (items, it);
    }
  g_array_sort (items, item_cmp);
  return items;
}

/* Appends the names of ids, sorted, separated by ", ". */
static void
append_names (NgShow *s, GString *out, GArray *ids, NgTermId skip)
{
  g_autoptr (GArray) items = sorted_items (s, ids, 0, s->name);
  gboolean first = TRUE;
  for (guint i = 0; i < items->len; i++)
    {
      NgItem *it = &g_array_index (items, NgItem, i);
      if (it->id == skip)
        continue;
      g_string_append_printf (out, "%s%s", first ? "" : ", ", name_of (s, it->id));
      first = FALSE;
    }
  if (first)
    g_string_append (out, "-");
}

/* Appends one labelled line when the value is known. */
static void
append_field (GString *out, const char *indent, const char *label, const char *text)
{
  if (text && *text)
    g_string_append_printf (out, "%s%-12s %s\n", indent, label, text);
}

/* Appends the articles a node is derived from and its evidence sentences. */
static void
append_sources (NgShow *s, GString *out, NgTermId node, const char *indent)
{
  g_autoptr (GArray) arts = objects (s, node, s->derived);
  g_autoptr (GArray) sents = objects (s, node, s->evidence);
  g_autoptr (GArray) items = sorted_items (s, arts, s->date_pub, s->headline);
  g_autofree gboolean *used = g_new0 (gboolean, sents->len + 1);
  for (guint i = 0; i < items->len; i++)
    {
      NgItem *it = &g_array_index (items, NgItem, i);
      g_string_append_printf (out, "%ssource:      %s \"%s\"\n", indent,
                              *it->date ? it->date : "undated", it->text);
      for (guint j = 0; j < sents->len; j++)
        {
          NgTermId sent = g_array_index (sents, NgTermId, j);
          if (!has (s, sent, s->is_part_of, it->id))
            continue;
          used[j] = TRUE;
          g_string_append_printf (out, "%s  > %s\n", indent, value (s, object (s, sent, s->text)));
        }
    }
  for (guint j = 0; j < sents->len; j++)
    if (!used[j])
      g_string_append_printf (out, "%s  > %s\n", indent,
                              value (s, object (s, g_array_index (sents, NgTermId, j), s->text)));
}

/* The participation node of person in meeting, or 0. */
static NgTermId
participation_of (NgShow *s, NgTermId meeting, NgTermId person)
{
  g_autoptr (GArray) parts = objects (s, meeting, s->participation);
  for (guint i = 0; i < parts->len; i++)
    if (has (s, g_array_index (parts, NgTermId, i), s->participant, person))
      return g_array_index (parts, NgTermId, i);
  return 0;
}

/* Describes how person took part in meeting ("in person, chaired"). */
static char *
mode_of (NgShow *s, NgTermId meeting, NgTermId person)
{
  NgTermId part = participation_of (s, meeting, person);
  GString *m = g_string_new (NULL);
  if (has (s, part, s->status, s->planned))
    g_string_append (m, "planned");
  else if (has (s, part, s->status, s->absent) || has (s, meeting, s->absentee, person))
    g_string_append (m, "absent");
  if (has (s, part, s->mode, s->videolink))
    g_string_append_printf (m, "%sby video", m->len ? ", " : "");
  else if (has (s, part, s->mode, s->inperson))
    g_string_append_printf (m, "%sin person", m->len ? ", " : "");
  if (has (s, meeting, s->chair, person))
    g_string_append_printf (m, "%schaired", m->len ? ", " : "");
  if (!m->len)
    g_string_append (m, "attended");
  return g_string_free (m, FALSE);
}

/* Appends the date, place and organizer lines of a meeting. */
static void
append_meeting_facts (NgShow *s, GString *out, NgTermId m, const char *indent)
{
  NgTermId place = object (s, m, s->location);
  NgTermId org = object (s, m, s->organizer);
  append_field (out, indent, "date:", value (s, object (s, m, s->start)));
  if (place)
    append_field (out, indent, "place:", name_of (s, place));
  if (org)
    append_field (out, indent, "organizer:", name_of (s, org));
}

/* Appends the meetings a person took part in (or was absent from). */
static void
append_person_meetings (NgShow *s, GString *out, NgTermId person, NgTermId p, const char *title)
{
  g_autoptr (GArray) ms = subjects (s, p, person);
  if (!ms->len)
    return;
  g_autoptr (GArray) items = sorted_items (s, ms, s->start, s->name);
  g_string_append_printf (out, "\n%s:\n", title);
  for (guint i = 0; i < items->len; i++)
    {
      NgTermId m = g_array_index (items, NgItem, i).id;
      g_string_append_printf (out, "  %s\n", name_of (s, m));
      append_meeting_facts (s, out, m, "    ");
      if (p == s->attendee)
        {
          g_autofree char *mode = mode_of (s, m, person);
          append_field (out, "    ", "mode:", mode);
          g_autoptr (GArray) att = objects (s, m, s->attendee);
          g_string_append (out, "    met:         ");
          append_names (s, out, att, person);
          g_string_append_c (out, '\n');
        }
      NgTermId part = participation_of (s, m, person);
      append_sources (s, out, part ? part : m, "    ");
    }
}

/* Orders pointers to strings by their text. */
static gint
text_ptr_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Appends the card body of a person. */
static void
card_person (NgShow *s, GString *out, NgTermId e)
{
  g_autoptr (GArray) nat = objects (s, e, s->nationality);
  if (nat->len)
    {
      g_string_append (out, "nationality: ");
      append_names (s, out, nat, 0);
      g_string_append_c (out, '\n');
    }
  g_autoptr (GArray) posts = objects (s, e, s->holds);
  if (posts->len)
    {
      g_autoptr (GArray) items = sorted_items (s, posts, 0, s->label);
      g_string_append (out, "\nposts:\n");
      for (guint i = 0; i < items->len; i++)
        {
          NgItem *it = &g_array_index (items, NgItem, i);
          NgTermId of = object (s, it->id, s->post_in);
          if (of)
            g_string_append_printf (out, "  %s of %s\n", it->text, name_of (s, of));
          else
            g_string_append_printf (out, "  %s\n", it->text);
          append_sources (s, out, it->id, "    ");
        }
    }
  g_autoptr (GArray) titles = objects (s, e, s->job_title);
  if (titles->len)
    {
      g_autoptr (GPtrArray) texts = g_ptr_array_new ();
      for (guint i = 0; i < titles->len; i++)
        g_ptr_array_add (texts, (gpointer) value (s, g_array_index (titles, NgTermId, i)));
      g_ptr_array_sort (texts, text_ptr_cmp);
      g_string_append (out, "\ntitles (of no known country or organization):\n");
      for (guint i = 0; i < texts->len; i++)
        g_string_append_printf (out, "  %s\n", (const char *) g_ptr_array_index (texts, i));
    }
  append_person_meetings (s, out, e, s->attendee, "meetings");
  append_person_meetings (s, out, e, s->absentee, "absences");
}

/* Appends a list of meetings (one line each: date, name, place). */
static void
append_meeting_list (NgShow *s, GString *out, GArray *ms, const char *title)
{
  if (!ms->len)
    return;
  g_autoptr (GArray) items = sorted_items (s, ms, s->start, s->name);
  g_string_append_printf (out, "\n%s:\n", title);
  for (guint i = 0; i < items->len; i++)
    {
      NgItem *it = &g_array_index (items, NgItem, i);
      g_string_append_printf (out, "  %-10s  %s\n", *it->date ? it->date : "undated", it->text);
    }
}

/* Appends the posts whose org:postIn is e, with their holders. */
static void
append_posts_in (NgShow *s, GString *out, NgTermId e)
{
  g_autoptr (GArray) posts = subjects (s, s->post_in, e);
  if (!posts->len)
    return;
  g_autoptr (GArray) items = sorted_items (s, posts, 0, s->label);
  g_string_append (out, "\nposts:\n");
  for (guint i = 0; i < items->len; i++)
    {
      NgItem *it = &g_array_index (items, NgItem, i);
      g_autoptr (GArray) holders = objects (s, it->id, s->held_by);
      g_string_append_printf (out, "  %s: ", it->text);
      append_names (s, out, holders, 0);
      g_string_append_c (out, '\n');
    }
}

/* Appends one "label: names" line when there are any. */
static void
append_name_line (NgShow *s, GString *out, const char *label, GArray *ids)
{
  if (!ids->len)
    return;
  g_string_append_printf (out, "%-12s ", label);
  append_names (s, out, ids, 0);
  g_string_append_c (out, '\n');
}

/* Appends the card body of an organization. */
static void
card_org (NgShow *s, GString *out, NgTermId e)
{
  g_autoptr (GArray) members = subjects (s, s->member_of, e);
  append_name_line (s, out, "members:", members);
  g_autoptr (GArray) ms = subjects (s, s->organizer, e);
  append_meeting_list (s, out, ms, "meetings organized");
  append_posts_in (s, out, e);
}

/* Appends the card body of a country, city or other place. */
static void
card_place (NgShow *s, GString *out, NgTermId e)
{
  g_autoptr (GArray) in = objects (s, e, s->contained_in);
  append_name_line (s, out, "in:", in);
  g_autoptr (GArray) orgs = objects (s, e, s->member_of);
  append_name_line (s, out, "member of:", orgs);
  g_autoptr (GArray) ms = subjects (s, s->location, e);
  append_meeting_list (s, out, ms, "meetings held there");
  append_posts_in (s, out, e);
}

/* Appends the card body of a meeting. */
static void
card_meeting (NgShow *s, GString *out, NgTermId e)
{
  append_meeting_facts (s, out, e, "");
  g_autoptr (GArray) att = objects (s, e, s->attendee);
  if (att->len)
    {
      g_autoptr (GArray) items = sorted_items (s, att, 0, s->name);
      g_string_append (out, "\nattendees:\n");
      for (guint i = 0; i < items->len; i++)
        {
          NgItem *it = &g_array_index (items, NgItem, i);
          g_autofree char *mode = mode_of (s, e, it->id);
          g_string_append_printf (out, "  %s (%s)\n", it->text, mode);
        }
    }
  g_autoptr (GArray) abs = objects (s, e, s->absentee);
  if (abs->len)
    {
      g_string_append (out, "\n");
      append_name_line (s, out, "absent:", abs);
    }
  g_string_append (out, "\nreported by:\n");
  append_sources (s, out, e, "  ");
}

/* Finds the entities that fit name best; returns their ids in order. */
static GArray *
find_best (NgShow *s, const char *name)
{
  GArray *best = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  NgTermId by_iri = ng_store_lookup_iri (s->store, name);
  if (by_iri && kind_of (s, by_iri))
    {
      g_array_append_val (best, by_iri);
      return best;
    }
  g_autofree char *want = ng_show_fold_name (name);
  g_autofree char *want_tr = fold_translit (want);
  NgFind f = { s, want, want_tr, FALSE, g_hash_table_new (NULL, NULL) };
  if (*want && s->name)
    ng_store_match (s->store, 0, s->name, 0, find_name, &f);
  f.alt = TRUE;
  if (*want && s->alt)
    ng_store_match (s->store, 0, s->alt, 0, find_name, &f);
  int top = FIT_NONE;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, f.fit);
  while (g_hash_table_iter_next (&it, &k, &v))
    top = MAX (top, GPOINTER_TO_INT (v));
  g_hash_table_iter_init (&it, f.fit);
  while (top > FIT_NONE && g_hash_table_iter_next (&it, &k, &v))
    if (GPOINTER_TO_INT (v) == top)
      {
        NgTermId id = GPOINTER_TO_UINT (k);
        g_array_append_val (best, id);
      }
  g_hash_table_destroy (f.fit);
  g_autoptr (GArray) items = sorted_items (s, best, 0, s->name);
  for (guint i = 0; i < items->len; i++)
    g_array_index (best, NgTermId, i) = g_array_index (items, NgItem, i).id;
  return best;
}

gboolean
ng_show_card (NgStore *store, const char *name, GString *out, GError **error)
{
  g_return_val_if_fail (store != NULL && name != NULL && out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  NgShow s;
  show_init (&s, store);
  g_autoptr (GArray) best = find_best (&s, name);
  if (best->len == 0)
    {
      g_set_error (error, NG_SHOW_ERROR, NG_SHOW_ERROR_NOT_FOUND, "no entity named '%s'", name);
      return FALSE;
    }
  if (best->len > 1)
    {
      g_autoptr (GString) msg = g_string_new (NULL);
      g_string_append_printf (msg, "'%s' fits %u entities; give one of their names or IRIs:",
                              name, best->len);
      for (guint i = 0; i < best->len; i++)
        {
          NgTermId e = g_array_index (best, NgTermId, i);
          g_string_append_printf (msg, "\n  %s (%s) <%s>", name_of (&s, e), kind_of (&s, e),
                                  value (&s, e));
        }
      g_set_error_literal (error, NG_SHOW_ERROR, NG_SHOW_ERROR_AMBIGUOUS, msg->str);
      return FALSE;
    }
  NgTermId e = g_array_index (best, NgTermId, 0);
  const char *kind = kind_of (&s, e);
  g_string_append_printf (out, "%s\n", name_of (&s, e));
  append_field (out, "", "kind:", kind);
  append_field (out, "", "IRI:", value (&s, e));
  g_autoptr (GArray) alts = objects (&s, e, s.alt);
  if (alts->len)
    {
      g_autoptr (GArray) items = sorted_items (&s, alts, 0, 0);
      g_string_append (out, "other names: ");
      for (guint i = 0; i < items->len; i++)
        g_string_append_printf (out, "%s%s", i ? ", " : "", value (&s, g_array_index (items, NgItem, i).id));
      g_string_append_c (out, '\n');
    }
  if (!strcmp (kind, "person"))
    card_person (&s, out, e);
  else if (!strcmp (kind, "organization"))
    card_org (&s, out, e);
  else if (!strcmp (kind, "meeting"))
    card_meeting (&s, out, e);
  else
    card_place (&s, out, e);
  return TRUE;
}
