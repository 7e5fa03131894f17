/* recover.c - documents recovered from a graph newsgraph wrote. */
#include "config.h"
#include <string.h>
#include <stdlib.h>
#include "newsgraph/recover.h"
#include "newsgraph/vocab.h"

G_DEFINE_QUARK (ng-recover-error-quark, ng_recover_error)

/* Term ids of the vocabulary, looked up once. */
typedef struct {
  NgTermId type, name, alt, exact, nationality, publisher, dateline, headline, datepub, ident;
  NgTermId person, org, place, country, city, event, article, post, sentence, participation;
  NgTermId organizer, location, startdate, participation_p, participant, mode, status, chair,
    evidence, video, planned, absent, heldby, label, postin, memberof, containedin, text, sindex,
    sstart, send, jobtitle;
  NgTermId kinds[NG_MEETING_N];
} Voc;

/* Collects one article's quads. */
typedef struct {
  GHashTable *by_article;   /* article id -> GArray of NgQuad */
} Collect;

/* Appends a quad to its article's list. */
static gboolean
collect_quad (const NgQuad *q, gpointer user)
{
  Collect *c = user;
  if (!q->src.article)
    return TRUE;
  GArray *a = g_hash_table_lookup (c->by_article, GUINT_TO_POINTER (q->src.article));
  if (!a)
    {
      a = g_array_new (FALSE, FALSE, sizeof (NgQuad));
      g_hash_table_insert (c->by_article, GUINT_TO_POINTER (q->src.article), a);
    }
  g_array_append_val (a, *q);
  return TRUE;
}

/* One article's graph, indexed for lookups. */
typedef struct {
  NgStore *st;
  const Voc *v;
  GArray *quads;            /* NgQuad of this article, in store order (by subject) */
  GHashTable *runs;         /* subject id -> first quad index + 1; a subject's quads are contiguous */
  GHashTable *ent;          /* subject id -> entity index + 1 */
  GHashTable *meeting;      /* event id -> meeting index + 1 */
  GHashTable *sentence;     /* sentence id -> sentence index + 1 (its number) */
  NgDoc *doc;
} Graph;

/* The quads of subject s: [*lo, *hi). */
static void
run_of (Graph *g, NgTermId s, guint *lo, guint *hi)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (g->runs, GUINT_TO_POINTER (s)));
  *lo = *hi = 0;
  if (!i--)
    return;
  *lo = i;
  while (i < g->quads->len && g_array_index (g->quads, NgQuad, i).s == s)
    i++;
  *hi = i;
}

/* First object of (s, p) in this graph, or 0. */
static NgTermId
obj (Graph *g, NgTermId s, NgTermId p)
{
  guint lo, hi;
  run_of (g, s, &lo, &hi);
  for (guint i = lo; i < hi; i++)
    {
      NgQuad *q = &g_array_index (g->quads, NgQuad, i);
      if (q->p == p)
        return q->o;
    }
  return 0;
}

/* TRUE if (s, p, o) is in this graph. */
static gboolean
has (Graph *g, NgTermId s, NgTermId p, NgTermId o)
{
  guint lo, hi;
  run_of (g, s, &lo, &hi);
  for (guint i = lo; i < hi; i++)
    {
      NgQuad *q = &g_array_index (g->quads, NgQuad, i);
      if (q->p == p && q->o == o)
        return TRUE;
    }
  return FALSE;
}

/* Entity index of a term, or -1. */
static gint
ent_of (Graph *g, NgTermId t)
{
  return t ? GPOINTER_TO_INT (g_hash_table_lookup (g->ent, GUINT_TO_POINTER (t))) - 1 : -1;
}

/* The lowest sentence number among the evidence of s, or 0. */
static guint32
evidence_of (Graph *g, NgTermId s)
{
  guint32 best = G_MAXUINT32;
  guint lo, hi;
  run_of (g, s, &lo, &hi);
  for (guint i = lo; i < hi; i++)
    {
      NgQuad *q = &g_array_index (g->quads, NgQuad, i);
      if (q->p == g->v->evidence)
        {
          gint n = GPOINTER_TO_INT (g_hash_table_lookup (g->sentence, GUINT_TO_POINTER (q->o))) - 1;
          if (n >= 0 && (guint32) n < best)
            best = (guint32) n;
        }
    }
  return best == G_MAXUINT32 ? 0 : best;
}

/* The text of a literal. */
static const char *
val (Graph *g, NgTermId t)
{
  return t ? ng_store_term_value (g->st, t) : NULL;
}

/* Builds the entities of the graph. */
static void
recover_entities (Graph *g)
{
  const Voc *v = g->v;
  /* Subjects with an entity type, in store order. */
  for (guint i = 0; i < g->quads->len; i++)
    {
      NgQuad *q = &g_array_index (g->quads, NgQuad, i);
      if (q->p != v->type || g_hash_table_contains (g->ent, GUINT_TO_POINTER (q->s)))
        continue;
      NgKind kind;
      if (q->o == v->person)
        kind = NG_KIND_PERSON;
      else if (q->o == v->org)
        kind = NG_KIND_ORG;
      else if (q->o == v->country)
        kind = NG_KIND_COUNTRY;
      else if (q->o == v->city)
        kind = NG_KIND_CITY;
      else if (q->o == v->place)
        kind = has (g, q->s, v->type, v->country) ? NG_KIND_COUNTRY : has (g, q->s, v->type, v->city) ? NG_KIND_CITY : NG_KIND_PLACE;
      else
        continue;
      /* Names this article used: schema:name first, then the others in order. */
      NgTermId name = obj (g, q->s, v->name);
      const char *first = val (g, name);
      GPtrArray *alts = g_ptr_array_new ();
      guint lo, hi;
      run_of (g, q->s, &lo, &hi);
      for (guint j = lo; j < hi; j++)
        {
          NgQuad *r = &g_array_index (g->quads, NgQuad, j);
          if (r->p == v->alt)
            g_ptr_array_add (alts, (gpointer) val (g, r->o));
        }
      if (!first && alts->len)
        first = g_ptr_array_index (alts, 0);
      if (!first)
        {
          g_ptr_array_unref (alts);
          continue;
        }
      gint idx = ng_doc_add_entity (g->doc, kind, first, NULL);
      NgEntity *e = &g_array_index (g->doc->entities, NgEntity, idx);
      NgTermId lex = obj (g, q->s, v->exact);
      if (!e->lex_key && lex && g_str_has_prefix (val (g, lex), NG_NS_LEX))
        e->lex_key = g_strdup (val (g, lex) + strlen (NG_NS_LEX));
      for (guint a = 0; a < alts->len; a++)
        ng_doc_add_form (g->doc, idx, g_ptr_array_index (alts, a));
      g_ptr_array_unref (alts);
      g_hash_table_insert (g->ent, GUINT_TO_POINTER (q->s), GINT_TO_POINTER (idx + 1));
    }
  /* Nationalities, once every entity exists. */
  GHashTableIter it;
  gpointer k, val_;
  g_hash_table_iter_init (&it, g->ent);
  while (g_hash_table_iter_next (&it, &k, &val_))
    {
      NgTermId c = obj (g, GPOINTER_TO_UINT (k), v->nationality);
      if (c)
        g_array_index (g->doc->entities, NgEntity, GPOINTER_TO_INT (val_) - 1).country = ent_of (g, c);
    }
}

/* Recovers one article graph into a document. */
static NgDoc *
recover_article (NgStore *st, const Voc *v, NgTermId art, GArray *quads)
{
  const char *iri = ng_store_term_value (st, art);
  const char *slash = strrchr (iri, '/');
  Graph g = { st, v, quads, NULL, NULL, NULL, NULL, NULL };
  g.ent = g_hash_table_new (g_direct_hash, g_direct_equal);
  g.meeting = g_hash_table_new (g_direct_hash, g_direct_equal);
  g.sentence = g_hash_table_new (g_direct_hash, g_direct_equal);
  g.runs = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < quads->len; i++)
    if (i == 0 || g_array_index (quads, NgQuad, i - 1).s != g_array_index (quads, NgQuad, i).s)
      g_hash_table_insert (g.runs, GUINT_TO_POINTER (g_array_index (quads, NgQuad, i).s), GUINT_TO_POINTER (i + 1));
  const char *ident = val (&g, obj (&g, art, v->ident));
  g.doc = ng_doc_new (slash ? slash + 1 : iri, ident ? ident : "-");
  NgDoc *d = g.doc;
  d->headline = g_strdup (val (&g, obj (&g, art, v->headline)));
  d->date = g_strdup (val (&g, obj (&g, art, v->datepub)));

  /* Sentences. */
  for (guint i = 0; i < quads->len; i++)
    {
      NgQuad *q = &g_array_index (quads, NgQuad, i);
      if (q->p != v->type || q->o != v->sentence)
        continue;
      const char *n = val (&g, obj (&g, q->s, v->sindex));
      const char *a = val (&g, obj (&g, q->s, v->sstart));
      const char *b = val (&g, obj (&g, q->s, v->send));
      const char *t = val (&g, obj (&g, q->s, v->text));
      if (!n || !t)
        continue;
      guint32 idx = (guint32) strtoul (n, NULL, 10);
      ng_doc_add_sentence (d, idx, a ? (guint32) strtoul (a, NULL, 10) : 0, b ? (guint32) strtoul (b, NULL, 10) : 0, t);
      g_hash_table_insert (g.sentence, GUINT_TO_POINTER (q->s), GINT_TO_POINTER (idx + 1));
    }
  recover_entities (&g);
  d->publisher = ent_of (&g, obj (&g, art, v->publisher));
  d->dateline = ent_of (&g, obj (&g, art, v->dateline));

  /* Meetings. */
  for (guint i = 0; i < quads->len; i++)
    {
      NgQuad *q = &g_array_index (quads, NgQuad, i);
      if (q->p != v->type || q->o != v->event || g_hash_table_contains (g.meeting, GUINT_TO_POINTER (q->s)))
        continue;
      NgMeeting m = { 0 };
      m.kind = NG_MEETING_MEETING;
      for (guint k = 0; k < NG_MEETING_N; k++)
        if (has (&g, q->s, v->type, v->kinds[k]))
          m.kind = (NgMeetingKind) k;
      m.organizer = ent_of (&g, obj (&g, q->s, v->organizer));
      m.place = ent_of (&g, obj (&g, q->s, v->location));
      m.date = g_strdup (val (&g, obj (&g, q->s, v->startdate)));
      m.where.sentence = evidence_of (&g, q->s);
      /* (an event in the graph passed the build's test of a meeting of
       * its own: one person at an event with a name is one too) */
      m.named = TRUE;
      g_array_append_val (d->meetings, m);
      g_hash_table_insert (g.meeting, GUINT_TO_POINTER (q->s), GINT_TO_POINTER ((gint) d->meetings->len));
      /* The article reported this event in several places: one report each. */
      guint lo, hi;
      run_of (&g, q->s, &lo, &hi);
      for (guint j = lo; j < hi; j++)
        {
          NgQuad *r = &g_array_index (quads, NgQuad, j);
          if (r->p != v->evidence)
            continue;
          gint n = GPOINTER_TO_INT (g_hash_table_lookup (g.sentence, GUINT_TO_POINTER (r->o))) - 1;
          if (n < 0 || (guint32) n == m.where.sentence)
            continue;
          NgMeeting again = m;
          again.date = g_strdup (m.date);
          again.where.sentence = (guint32) n;
          g_array_append_val (d->meetings, again);
        }
    }
  /* Attendance, through the participation nodes. */
  for (guint i = 0; i < quads->len; i++)
    {
      NgQuad *q = &g_array_index (quads, NgQuad, i);
      if (q->p != v->participation_p)
        continue;
      gint mi = GPOINTER_TO_INT (g_hash_table_lookup (g.meeting, GUINT_TO_POINTER (q->s))) - 1;
      NgTermId who = obj (&g, q->o, v->participant);
      gint person = ent_of (&g, who);
      if (mi < 0 || person < 0)
        continue;
      /* The article may have reported this person at this event more than
       * once (planned in one sentence, attended in another): one record per
       * status, mode and evidence sentence, so that none is lost. */
      GArray *st = g_array_new (FALSE, FALSE, sizeof (gint));
      GArray *md = g_array_new (FALSE, FALSE, sizeof (gint));
      GArray *ev = g_array_new (FALSE, FALSE, sizeof (gint));
      guint lo, hi;
      run_of (&g, q->o, &lo, &hi);
      for (guint j = lo; j < hi; j++)
        {
          NgQuad *r = &g_array_index (quads, NgQuad, j);
          gint x = -1;
          if (r->p == v->status)
            {
              x = r->o == v->absent ? NG_STATUS_ABSENT : r->o == v->planned ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED;
              g_array_append_val (st, x);
            }
          else if (r->p == v->mode)
            {
              x = r->o == v->video ? NG_MODE_VIDEO : NG_MODE_IN_PERSON;
              g_array_append_val (md, x);
            }
          else if (r->p == v->evidence)
            {
              x = GPOINTER_TO_INT (g_hash_table_lookup (g.sentence, GUINT_TO_POINTER (r->o))) - 1;
              if (x >= 0)
                g_array_append_val (ev, x);
            }
        }
      guint n = MAX (1, MAX (st->len, MAX (md->len, ev->len)));
      for (guint k = 0; k < n; k++)
        {
          NgAttendance a = { 0 };
          a.meeting = mi;
          a.person = person;
          a.status = st->len ? (NgStatus) g_array_index (st, gint, MIN (k, st->len - 1)) : NG_STATUS_ATTENDED;
          a.mode = md->len ? (NgMode) g_array_index (md, gint, MIN (k, md->len - 1)) : NG_MODE_IN_PERSON;
          a.where.sentence = ev->len ? (guint32) g_array_index (ev, gint, MIN (k, ev->len - 1)) : 0;
          a.chair = k == 0 && has (&g, q->s, v->chair, who);
          g_array_append_val (d->attendance, a);
        }
      g_array_unref (st);
      g_array_unref (md);
      g_array_unref (ev);
    }
  /* Posts, and titles of no known country or organization. */
  for (guint i = 0; i < quads->len; i++)
    {
      NgQuad *q = &g_array_index (quads, NgQuad, i);
      gboolean post = q->p == v->type && q->o == v->post;
      if (!post && q->p != v->jobtitle)
        continue;
      gint person = ent_of (&g, post ? obj (&g, q->s, v->heldby) : q->s);
      const char *label = val (&g, post ? obj (&g, q->s, v->label) : q->o);
      if (person < 0 || !label)
        continue;
      NgPost p = { 0 };
      p.person = person;
      p.title = g_strdup (label);
      if (post)
        {
          p.of = ent_of (&g, obj (&g, q->s, v->postin));
          p.where.sentence = evidence_of (&g, q->s);
        }
      else
        {
          p.of = -1;
          p.where.sentence = q->src.sentence;
          p.where.start = q->src.start;
          p.where.end = q->src.end;
        }
      g_array_append_val (d->posts, p);
    }
  /* Memberships and places in countries. */
  for (guint i = 0; i < quads->len; i++)
    {
      NgQuad *q = &g_array_index (quads, NgQuad, i);
      if (q->p != v->memberof && q->p != v->containedin)
        continue;
      NgLink l = { ent_of (&g, q->s), ent_of (&g, q->o), { 0, 0, 0 } };
      if (l.a >= 0 && l.b >= 0)
        g_array_append_val (q->p == v->memberof ? d->members : d->contained, l);
    }
  g_hash_table_destroy (g.ent);
  g_hash_table_destroy (g.meeting);
  g_hash_table_destroy (g.sentence);
  g_hash_table_destroy (g.runs);
  return d;
}

/* Orders article term ids by their IRI. */
static gint
cmp_iri (gconstpointer a, gconstpointer b, gpointer st)
{
  return strcmp (ng_store_term_value (st, *(const NgTermId *) a), ng_store_term_value (st, *(const NgTermId *) b));
}

GPtrArray *
ng_recover_docs (NgStore *st, GError **error)
{
  Voc v = { 0 };
  v.type = ng_store_iri (st, NG_RDF_TYPE);
  v.name = ng_store_iri (st, NG_SCHEMA_NAME);
  v.alt = ng_store_iri (st, NG_SCHEMA_ALTNAME);
  v.exact = ng_store_iri (st, NG_SKOS_EXACTMATCH);
  v.nationality = ng_store_iri (st, NG_SCHEMA_NATIONALITY);
  v.publisher = ng_store_iri (st, NG_SCHEMA_PUBLISHER);
  v.dateline = ng_store_iri (st, NG_SCHEMA_DATELINE);
  v.headline = ng_store_iri (st, NG_SCHEMA_HEADLINE);
  v.datepub = ng_store_iri (st, NG_SCHEMA_DATEPUB);
  v.ident = ng_store_iri (st, NG_SCHEMA_IDENTIFIER);
  v.person = ng_store_iri (st, NG_SCHEMA_PERSON);
  v.org = ng_store_iri (st, NG_SCHEMA_ORGANIZATION);
  v.place = ng_store_iri (st, NG_SCHEMA_PLACE);
  v.country = ng_store_iri (st, NG_SCHEMA_COUNTRY);
  v.city = ng_store_iri (st, NG_SCHEMA_CITY);
  v.event = ng_store_iri (st, NG_SCHEMA_EVENT);
  v.article = ng_store_iri (st, NG_SCHEMA_NEWSARTICLE);
  v.post = ng_store_iri (st, NG_ORG_POST);
  v.sentence = ng_store_iri (st, NG_NG_SENTENCE);
  v.organizer = ng_store_iri (st, NG_SCHEMA_ORGANIZER);
  v.location = ng_store_iri (st, NG_SCHEMA_LOCATION);
  v.startdate = ng_store_iri (st, NG_SCHEMA_STARTDATE);
  v.participation_p = ng_store_iri (st, NG_NG_PARTICIPATION_P);
  v.participant = ng_store_iri (st, NG_NG_PARTICIPANT);
  v.mode = ng_store_iri (st, NG_NG_MODE);
  v.status = ng_store_iri (st, NG_NG_STATUS);
  v.chair = ng_store_iri (st, NG_NG_CHAIR);
  v.evidence = ng_store_iri (st, NG_NG_EVIDENCE);
  v.video = ng_store_iri (st, NG_NG_VIDEOLINK);
  v.planned = ng_store_iri (st, NG_NG_PLANNED);
  v.absent = ng_store_iri (st, NG_NG_ABSENT);
  v.heldby = ng_store_iri (st, NG_ORG_HELDBY);
  v.label = ng_store_iri (st, NG_RDFS_LABEL);
  v.postin = ng_store_iri (st, NG_ORG_POSTIN);
  v.memberof = ng_store_iri (st, NG_SCHEMA_MEMBEROF);
  v.containedin = ng_store_iri (st, NG_SCHEMA_CONTAINEDIN);
  v.text = ng_store_iri (st, NG_SCHEMA_TEXT);
  v.sindex = ng_store_iri (st, NG_NG_SENTENCEINDEX);
  v.sstart = ng_store_iri (st, NG_NG_STARTOFFSET);
  v.send = ng_store_iri (st, NG_NG_ENDOFFSET);
  v.jobtitle = ng_store_iri (st, NG_SCHEMA_JOBTITLE);
  static const char *const kinds[NG_MEETING_N] = {
    NG_NG_MEETING, NG_NG_SUMMIT, NG_NG_COUNCILSESSION, NG_NG_TALKS, NG_NG_VISIT, NG_NG_RECEPTION
  };
  for (guint k = 0; k < NG_MEETING_N; k++)
    v.kinds[k] = ng_store_iri (st, kinds[k]);

  Collect c = { g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref) };
  ng_store_foreach_quad (st, collect_quad, &c);
  /* Articles: graphs that say they are one. */
  GArray *arts = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  GHashTableIter it;
  gpointer k, val_;
  g_hash_table_iter_init (&it, c.by_article);
  while (g_hash_table_iter_next (&it, &k, &val_))
    {
      NgTermId a = GPOINTER_TO_UINT (k);
      GArray *q = val_;
      for (guint i = 0; i < q->len; i++)
        {
          NgQuad *x = &g_array_index (q, NgQuad, i);
          if (x->s == a && x->p == v.type && x->o == v.article)
            {
              g_array_append_val (arts, a);
              break;
            }
        }
    }
  g_array_sort_with_data (arts, cmp_iri, st);
  GPtrArray *docs = g_ptr_array_new_with_free_func ((GDestroyNotify) ng_doc_free);
  for (guint i = 0; i < arts->len; i++)
    {
      NgTermId a = g_array_index (arts, NgTermId, i);
      g_ptr_array_add (docs, recover_article (st, &v, a, g_hash_table_lookup (c.by_article, GUINT_TO_POINTER (a))));
    }
  g_array_unref (arts);
  g_hash_table_destroy (c.by_article);
  if (!docs->len)
    {
      g_set_error (error, NG_RECOVER_ERROR, NG_RECOVER_ERROR_NO_ARTICLES,
                   "no article graphs found (merge and --into read the N-Quads file graph.nq)");
      g_ptr_array_unref (docs);
      return NULL;
    }
  return docs;
}
