/* write_dot.c - relationship diagrams: DOT through cgraph, SVG/PNG through gvc.
 *
 * The store is read once into a small model (DotModel): one node per
 * person, organization, place or meeting, one edge per drawn relation.
 * A selection (whole graph, most connected part, or the neighbourhood of a
 * focus) marks the nodes to keep; one drawing function turns the kept part
 * into a cgraph graph, which is written as DOT or laid out and rendered.
 *
 * cgraph takes `char *` where it means `const char *`, and reports errors
 * through process-wide state (agseterrf, agseterr).  Both stay in this
 * file: every call into graphviz runs inside dot_lib_begin/dot_lib_end,
 * which serialises the calls and collects graphviz's messages.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "newsgraph/write_dot.h"
#include "newsgraph/vocab.h"

/* Default caps: a focused drawing, and any SVG/PNG rendering. */
#define DOT_FOCUS_MAX_NODES  60
#define DOT_RENDER_MAX_NODES 150
/* Above this many nodes, a force-directed layout is tried first. */
#define DOT_LARGE_LAYOUT     400
#define DOT_DEFAULT_DEPTH    2
/* How many candidates an ambiguous focus error lists. */
#define DOT_MAX_CANDIDATES   10

/* Errors of this module that the writer domain has no code for. */
enum {
  DOT_ERROR_KIND,        /* unknown kind name */
  DOT_ERROR_NOT_FOUND,   /* no entity has the focus name */
  DOT_ERROR_AMBIGUOUS    /* several entities match the focus name equally */
};

/* Returns the error domain of focus and kind errors. */
static GQuark
dot_error_quark (void)
{
  return g_quark_from_static_string ("ng-dot-error-quark");
}

/* ------------------------------------------------------------------ model */

/* Subtypes, for shapes and colours. */
enum {
  SUB_COUNTRY = 1 << 0,
  SUB_CITY    = 1 << 1,
  SUB_GOVORG  = 1 << 2,
  SUB_MEDIA   = 1 << 3
};

/* Edge styles. */
enum {
  STYLE_SOLID = 0,
  STYLE_DASHED,
  STYLE_DOTTED,
  STYLE_GREY
};

/* Flags of one person-meeting relation. */
enum {
  PAIR_ATTENDEE = 1 << 0,
  PAIR_CHAIR    = 1 << 1,
  PAIR_PLANNED  = 1 << 2,
  PAIR_VIDEO    = 1 << 3,
  PAIR_ABSENT   = 1 << 4
};

typedef struct {
  NgTermId id;
  guint kind;          /* one NgDotKind */
  guint sub;           /* SUB_* flags */
  NgTermId name;       /* schema:name literal, or 0 */
  NgTermId country;    /* person: nationality or country of a post */
  NgTermId date;       /* meeting: schema:startDate */
  NgTermId location;   /* meeting: schema:location */
} DotNode;

typedef struct {
  guint tail, head;    /* node indexes */
  const char *label;   /* static, or owned by the store */
  guint style;
} DotEdge;

/* One person-meeting relation, merged from every triple that states it. */
typedef struct {
  guint meeting, person;
  guint flags;
} DotPair;

/* One ng:Participation being read. */
typedef struct {
  guint meeting, person;   /* node index + 1, 0 = unknown */
  guint flags;
} DotPart;

/* One person holding one post. */
typedef struct {
  guint person;
  NgTermId post;
} DotHold;

typedef struct {
  NgStore *store;
  GArray *nodes;            /* DotNode, in store order */
  GHashTable *by_term;      /* term id -> node index + 1 */
  GPtrArray *edges;         /* DotEdge*, in a fixed order */
  GHashTable *edge_set;     /* DotEdge* set, for repeats */
  /* class ids */
  NgTermId c_person, c_org, c_gov, c_media, c_place, c_country, c_city, c_event;
  NgTermId c_meetings[6];
  /* individuals */
  NgTermId i_video, i_planned, i_absent;
  /* scratch for the scans */
  GPtrArray *pairs;         /* DotPair* */
  GHashTable *pair_set;
  guint pair_flag;
  GArray *parts;            /* DotPart */
  GHashTable *part_index;   /* term id -> parts index + 1 */
  GArray *holds;            /* DotHold */
  GHashTable *post_in;      /* post term -> place/org term */
  GHashTable *post_label;   /* post term -> label term */
  const char *edge_label;
  guint edge_style;
  /* graph over the allowed kinds, as compressed adjacency */
  guint kinds;
  gint focus;               /* node index drawn whatever its kind, or -1 */
  guint *degree;
  guint *adj_start;
  guint *adj;
} DotModel;

/* Hashes a DotEdge by its ends and label. */
static guint
dot_edge_hash (gconstpointer p)
{
  const DotEdge *e = p;
  return (e->tail * 2654435761u) ^ (e->head * 40503u) ^ g_str_hash (e->label);
}

/* Compares two DotEdges by ends and label. */
static gboolean
dot_edge_equal (gconstpointer a, gconstpointer b)
{
  const DotEdge *x = a, *y = b;
  return x->tail == y->tail && x->head == y->head && strcmp (x->label, y->label) == 0;
}

/* Hashes a DotPair by its meeting and person. */
static guint
dot_pair_hash (gconstpointer p)
{
  const DotPair *e = p;
  return (e->meeting * 2654435761u) ^ e->person;
}

/* Compares two DotPairs by meeting and person. */
static gboolean
dot_pair_equal (gconstpointer a, gconstpointer b)
{
  const DotPair *x = a, *y = b;
  return x->meeting == y->meeting && x->person == y->person;
}

/* Returns the node index of a term, or -1. */
static gint
model_node (const DotModel *m, NgTermId id)
{
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (m->by_term, GUINT_TO_POINTER (id))) - 1;
}

/* Returns the node at index i. */
static DotNode *
model_at (const DotModel *m, guint i)
{
  return &g_array_index (m->nodes, DotNode, i);
}

/* Adds an edge unless the same one (ends and label) is there already. */
static void
model_add_edge (DotModel *m, guint tail, guint head, const char *label, guint style)
{
  DotEdge probe = { tail, head, label, style };
  if (tail == head || g_hash_table_contains (m->edge_set, &probe))
    return;
  DotEdge *e = g_memdup2 (&probe, sizeof probe);
  g_ptr_array_add (m->edges, e);
  g_hash_table_add (m->edge_set, e);
}

/* Calls func on every quad with predicate pred_iri, if the store knows it. */
static void
model_scan (DotModel *m, const char *pred_iri, NgQuadFunc func)
{
  NgTermId p = ng_store_lookup_iri (m->store, pred_iri);
  if (p != 0)
    ng_store_match (m->store, 0, p, 0, func, m);
}

/* Records the kind given by one rdf:type quad. */
static gboolean
scan_type (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  guint kind = 0, sub = 0;
  NgTermId o = q->o;

  if (o == 0)
    return TRUE;
  if (o == m->c_person)
    kind = NG_DOT_PERSON;
  else if (o == m->c_org)
    kind = NG_DOT_ORGANIZATION;
  else if (o == m->c_gov)
    kind = NG_DOT_ORGANIZATION, sub = SUB_GOVORG;
  else if (o == m->c_media)
    kind = NG_DOT_ORGANIZATION, sub = SUB_MEDIA;
  else if (o == m->c_place)
    kind = NG_DOT_PLACE;
  else if (o == m->c_country)
    kind = NG_DOT_PLACE, sub = SUB_COUNTRY;
  else if (o == m->c_city)
    kind = NG_DOT_PLACE, sub = SUB_CITY;
  else if (o == m->c_event)
    kind = NG_DOT_MEETING;
  else
    for (guint i = 0; i < G_N_ELEMENTS (m->c_meetings); i++)
      if (o == m->c_meetings[i])
        kind = NG_DOT_MEETING;
  if (kind == 0 || ng_store_term_kind (m->store, q->s) == NG_TERM_LITERAL)
    return TRUE;

  gint at = model_node (m, q->s);
  if (at < 0)
    {
      DotNode n = { .id = q->s, .kind = kind, .sub = sub };
      g_array_append_val (m->nodes, n);
      g_hash_table_insert (m->by_term, GUINT_TO_POINTER (q->s),
                           GUINT_TO_POINTER (m->nodes->len));
    }
  else if (model_at (m, at)->kind == kind)
    model_at (m, at)->sub |= sub;
  return TRUE;
}

/* Records the first schema:name of a node. */
static gboolean
scan_name (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint at = model_node (m, q->s);
  if (at >= 0 && model_at (m, at)->name == 0
      && ng_store_term_kind (m->store, q->o) == NG_TERM_LITERAL)
    model_at (m, at)->name = q->o;
  return TRUE;
}

/* Records the first schema:startDate of a meeting. */
static gboolean
scan_date (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint at = model_node (m, q->s);
  if (at >= 0 && model_at (m, at)->kind == NG_DOT_MEETING && model_at (m, at)->date == 0)
    model_at (m, at)->date = q->o;
  return TRUE;
}

/* Records a person's first schema:nationality. */
static gboolean
scan_nationality (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint at = model_node (m, q->s);
  if (at >= 0 && model_at (m, at)->kind == NG_DOT_PERSON && model_at (m, at)->country == 0
      && ng_store_term_kind (m->store, q->o) == NG_TERM_IRI)
    model_at (m, at)->country = q->o;
  return TRUE;
}

/* Returns the pair of (meeting, person), creating it in order of first sight. */
static DotPair *
model_pair (DotModel *m, guint meeting, guint person)
{
  DotPair probe = { meeting, person, 0 };
  DotPair *p = g_hash_table_lookup (m->pair_set, &probe);
  if (p == NULL)
    {
      p = g_memdup2 (&probe, sizeof probe);
      g_ptr_array_add (m->pairs, p);
      g_hash_table_add (m->pair_set, p);
    }
  return p;
}

/* Records one meeting-person triple (attendee, absentee, chair) with m->pair_flag. */
static gboolean
scan_pair (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint meeting = model_node (m, q->s), person = model_node (m, q->o);
  if (meeting < 0 || person < 0 || model_at (m, meeting)->kind != NG_DOT_MEETING
      || model_at (m, person)->kind == NG_DOT_MEETING)
    return TRUE;
  model_pair (m, meeting, person)->flags |= m->pair_flag;
  return TRUE;
}

/* Returns the participation record of a term, creating it if create. */
static DotPart *
model_part (DotModel *m, NgTermId part, gboolean create)
{
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (m->part_index, GUINT_TO_POINTER (part)));
  if (at == 0)
    {
      if (!create)
        return NULL;
      DotPart p = { 0, 0, 0 };
      g_array_append_val (m->parts, p);
      at = m->parts->len;
      g_hash_table_insert (m->part_index, GUINT_TO_POINTER (part), GUINT_TO_POINTER (at));
    }
  return &g_array_index (m->parts, DotPart, at - 1);
}

/* Records the meeting of one ng:participation quad. */
static gboolean
scan_participation (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint meeting = model_node (m, q->s);
  if (meeting >= 0 && model_at (m, meeting)->kind == NG_DOT_MEETING)
    {
      DotPart *p = model_part (m, q->o, TRUE);
      if (p->meeting == 0)
        p->meeting = meeting + 1;
    }
  return TRUE;
}

/* Records the person of one ng:participant quad. */
static gboolean
scan_participant (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  DotPart *p = model_part (m, q->s, FALSE);
  gint person = model_node (m, q->o);
  if (p != NULL && p->person == 0 && person >= 0)
    p->person = person + 1;
  return TRUE;
}

/* Records the mode or status of one participation. */
static gboolean
scan_part_flags (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  DotPart *p = model_part (m, q->s, FALSE);
  if (p == NULL)
    return TRUE;
  if (q->o == m->i_video)
    p->flags |= PAIR_VIDEO;
  else if (q->o == m->i_planned)
    p->flags |= PAIR_PLANNED;
  else if (q->o == m->i_absent)
    p->flags |= PAIR_ABSENT;
  return TRUE;
}

/* Records one org:holds quad. */
static gboolean
scan_holds (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint person = model_node (m, q->s);
  if (person < 0)
    return TRUE;
  DotHold h = { person, q->o };
  g_array_append_val (m->holds, h);
  g_hash_table_insert (m->post_in, GUINT_TO_POINTER (q->o), GUINT_TO_POINTER (0));
  return TRUE;
}

/* Records where a held post is (org:postIn), first one wins. */
static gboolean
scan_post_in (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gpointer old;
  if (g_hash_table_lookup_extended (m->post_in, GUINT_TO_POINTER (q->s), NULL, &old)
      && old == NULL)
    g_hash_table_insert (m->post_in, GUINT_TO_POINTER (q->s), GUINT_TO_POINTER (q->o));
  return TRUE;
}

/* Records the rdfs:label of a held post, first one wins. */
static gboolean
scan_post_label (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  if (g_hash_table_contains (m->post_in, GUINT_TO_POINTER (q->s))
      && !g_hash_table_contains (m->post_label, GUINT_TO_POINTER (q->s))
      && ng_store_term_kind (m->store, q->o) == NG_TERM_LITERAL)
    g_hash_table_insert (m->post_label, GUINT_TO_POINTER (q->s), GUINT_TO_POINTER (q->o));
  return TRUE;
}

/* Adds an edge subject -> object labelled m->edge_label when both are nodes. */
static gboolean
scan_edge (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint tail = model_node (m, q->s), head = model_node (m, q->o);
  if (tail >= 0 && head >= 0)
    model_add_edge (m, tail, head, m->edge_label, m->edge_style);
  return TRUE;
}

/* Adds a meeting -> place edge and remembers the meeting's first place. */
static gboolean
scan_location (const NgQuad *q, gpointer data)
{
  DotModel *m = data;
  gint tail = model_node (m, q->s), head = model_node (m, q->o);
  if (tail < 0 || head < 0 || model_at (m, tail)->kind != NG_DOT_MEETING)
    return TRUE;
  if (model_at (m, tail)->location == 0)
    model_at (m, tail)->location = q->o;
  model_add_edge (m, tail, head, "in", STYLE_SOLID);
  return TRUE;
}

/* Returns the label and style of a person-meeting relation. */
static const char *
pair_label (guint flags, guint *style)
{
  static const char *const labels[8] = {
    "attended", "chaired", "planned", "chaired, planned",
    "by video", "chaired, by video", "planned, by video", "chaired, planned, by video"
  };
  if ((flags & PAIR_ABSENT) && !(flags & (PAIR_CHAIR | PAIR_ATTENDEE)))
    {
      *style = STYLE_GREY;
      return "absent";
    }
  *style = (flags & PAIR_PLANNED) ? STYLE_DASHED
         : (flags & PAIR_VIDEO) ? STYLE_DOTTED : STYLE_SOLID;
  return labels[((flags & PAIR_CHAIR) ? 1 : 0) | ((flags & PAIR_PLANNED) ? 2 : 0)
                | ((flags & PAIR_VIDEO) ? 4 : 0)];
}

/* Turns participations into person-meeting pairs and those into edges. */
static void
model_pair_edges (DotModel *m)
{
  for (guint i = 0; i < m->parts->len; i++)
    {
      DotPart *p = &g_array_index (m->parts, DotPart, i);
      if (p->meeting == 0 || p->person == 0
          || model_at (m, p->person - 1)->kind == NG_DOT_MEETING)
        continue;
      model_pair (m, p->meeting - 1, p->person - 1)->flags |= p->flags;
    }
  for (guint i = 0; i < m->pairs->len; i++)
    {
      DotPair *p = m->pairs->pdata[i];
      guint style;
      const char *label = pair_label (p->flags, &style);
      model_add_edge (m, p->person, p->meeting, label, style);
    }
}

/* Turns held posts into person -> country/organization edges. */
static void
model_post_edges (DotModel *m)
{
  for (guint i = 0; i < m->holds->len; i++)
    {
      DotHold *h = &g_array_index (m->holds, DotHold, i);
      NgTermId where = GPOINTER_TO_UINT (g_hash_table_lookup (m->post_in, GUINT_TO_POINTER (h->post)));
      NgTermId label = GPOINTER_TO_UINT (g_hash_table_lookup (m->post_label, GUINT_TO_POINTER (h->post)));
      gint head = where ? model_node (m, where) : -1;
      if (head < 0)
        continue;
      DotNode *person = model_at (m, h->person), *target = model_at (m, head);
      if (person->kind == NG_DOT_PERSON && person->country == 0
          && target->kind == NG_DOT_PLACE && (target->sub & SUB_COUNTRY))
        person->country = where;
      model_add_edge (m, h->person, head,
                      label ? ng_store_term_value (m->store, label) : "holds post in",
                      STYLE_SOLID);
    }
}

/* Frees a model; NULL is a no-op. */
static void
model_free (DotModel *m)
{
  if (m == NULL)
    return;
  g_array_unref (m->nodes);
  g_hash_table_unref (m->by_term);
  g_hash_table_unref (m->edge_set);
  g_ptr_array_unref (m->edges);
  g_free (m->degree);
  g_free (m->adj_start);
  g_free (m->adj);
  g_free (m);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DotModel, model_free)

/* TRUE if node i is drawn under the allowed kinds (the focus always is). */
static gboolean
model_allowed (const DotModel *m, guint i)
{
  return (model_at (m, i)->kind & m->kinds) || (gint) i == m->focus;
}

/* Builds the adjacency of the nodes of allowed kinds and of the focus. */
static void
model_index (DotModel *m, guint kinds, gint focus)
{
  guint n = m->nodes->len;
  m->kinds = kinds;
  m->focus = focus;
  m->degree = g_new0 (guint, n);
  m->adj_start = g_new0 (guint, n + 1);
  for (guint i = 0; i < m->edges->len; i++)
    {
      DotEdge *e = m->edges->pdata[i];
      if (model_allowed (m, e->tail) && model_allowed (m, e->head))
        m->degree[e->tail]++, m->degree[e->head]++;
    }
  for (guint i = 0; i < n; i++)
    m->adj_start[i + 1] = m->adj_start[i] + m->degree[i];
  m->adj = g_new (guint, m->adj_start[n] + 1);
  g_autofree guint *fill = g_memdup2 (m->adj_start, sizeof (guint) * (n + 1));
  for (guint i = 0; i < m->edges->len; i++)
    {
      DotEdge *e = m->edges->pdata[i];
      if (model_allowed (m, e->tail) && model_allowed (m, e->head))
        {
          m->adj[fill[e->tail]++] = e->head;
          m->adj[fill[e->head]++] = e->tail;
        }
    }
}

/* Reads the store into a model of nodes and edges (not yet indexed). */
static DotModel *
model_new (NgStore *store)
{
  DotModel *m = g_new0 (DotModel, 1);
  static const char *const meeting_classes[] = {
    NG_NG_MEETING, NG_NG_SUMMIT, NG_NG_COUNCILSESSION, NG_NG_TALKS, NG_NG_VISIT, NG_NG_RECEPTION
  };

  m->store = store;
  m->nodes = g_array_new (FALSE, FALSE, sizeof (DotNode));
  m->by_term = g_hash_table_new (NULL, NULL);
  m->edges = g_ptr_array_new_with_free_func (g_free);
  m->edge_set = g_hash_table_new (dot_edge_hash, dot_edge_equal);
  m->c_person = ng_store_lookup_iri (store, NG_SCHEMA_PERSON);
  m->c_org = ng_store_lookup_iri (store, NG_SCHEMA_ORGANIZATION);
  m->c_gov = ng_store_lookup_iri (store, NG_SCHEMA_GOVORG);
  m->c_media = ng_store_lookup_iri (store, NG_SCHEMA_NEWSMEDIAORG);
  m->c_place = ng_store_lookup_iri (store, NG_SCHEMA_PLACE);
  m->c_country = ng_store_lookup_iri (store, NG_SCHEMA_COUNTRY);
  m->c_city = ng_store_lookup_iri (store, NG_SCHEMA_CITY);
  m->c_event = ng_store_lookup_iri (store, NG_SCHEMA_EVENT);
  for (guint i = 0; i < G_N_ELEMENTS (meeting_classes); i++)
    m->c_meetings[i] = ng_store_lookup_iri (store, meeting_classes[i]);
  m->i_video = ng_store_lookup_iri (store, NG_NG_VIDEOLINK);
  m->i_planned = ng_store_lookup_iri (store, NG_NG_PLANNED);
  m->i_absent = ng_store_lookup_iri (store, NG_NG_ABSENT);

  model_scan (m, NG_RDF_TYPE, scan_type);
  model_scan (m, NG_SCHEMA_NAME, scan_name);
  model_scan (m, NG_SCHEMA_STARTDATE, scan_date);
  model_scan (m, NG_SCHEMA_NATIONALITY, scan_nationality);

  /* person - meeting */
  m->pairs = g_ptr_array_new_with_free_func (g_free);
  m->pair_set = g_hash_table_new (dot_pair_hash, dot_pair_equal);
  m->parts = g_array_new (FALSE, FALSE, sizeof (DotPart));
  m->part_index = g_hash_table_new (NULL, NULL);
  m->pair_flag = PAIR_ATTENDEE;
  model_scan (m, NG_SCHEMA_ATTENDEE, scan_pair);
  m->pair_flag = PAIR_CHAIR;
  model_scan (m, NG_NG_CHAIR, scan_pair);
  m->pair_flag = PAIR_ABSENT;
  model_scan (m, NG_NG_ABSENTEE, scan_pair);
  model_scan (m, NG_NG_PARTICIPATION_P, scan_participation);
  model_scan (m, NG_NG_PARTICIPANT, scan_participant);
  model_scan (m, NG_NG_MODE, scan_part_flags);
  model_scan (m, NG_NG_STATUS, scan_part_flags);
  model_pair_edges (m);
  g_clear_pointer (&m->pair_set, g_hash_table_unref);
  g_clear_pointer (&m->pairs, g_ptr_array_unref);
  g_clear_pointer (&m->part_index, g_hash_table_unref);
  g_clear_pointer (&m->parts, g_array_unref);

  /* meeting - organization, meeting - place */
  m->edge_label = "organizer";
  m->edge_style = STYLE_SOLID;
  model_scan (m, NG_SCHEMA_ORGANIZER, scan_edge);
  model_scan (m, NG_SCHEMA_LOCATION, scan_location);

  /* person - post - country or organization */
  m->holds = g_array_new (FALSE, FALSE, sizeof (DotHold));
  m->post_in = g_hash_table_new (NULL, NULL);
  m->post_label = g_hash_table_new (NULL, NULL);
  model_scan (m, NG_ORG_HOLDS, scan_holds);
  model_scan (m, NG_ORG_POSTIN, scan_post_in);
  model_scan (m, NG_RDFS_LABEL, scan_post_label);
  model_post_edges (m);
  g_clear_pointer (&m->holds, g_array_unref);
  g_clear_pointer (&m->post_in, g_hash_table_unref);
  g_clear_pointer (&m->post_label, g_hash_table_unref);

  /* country - organization, place - country */
  m->edge_label = "member of";
  model_scan (m, NG_SCHEMA_MEMBEROF, scan_edge);
  m->edge_label = "in";
  model_scan (m, NG_SCHEMA_CONTAINEDIN, scan_edge);
  return m;
}

/* -------------------------------------------------------------- selection */

/* What to draw: a flag per node, and a note for the graph label. */
typedef struct {
  guint8 *keep;
  guint shown;
  guint total;
  gint focus;      /* node index, or -1 */
} DotSelection;

/* Compares node indexes by degree (highest first), then by index. */
static gint
cmp_by_degree (gconstpointer a, gconstpointer b, gpointer data)
{
  const guint *degree = data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  if (degree[x] != degree[y])
    return degree[x] > degree[y] ? -1 : 1;
  return x < y ? -1 : (x > y);
}

/* TRUE if node x comes before node y in a most-connected-first order. */
static gboolean
heap_before (const guint *degree, guint x, guint y)
{
  return degree[x] > degree[y] || (degree[x] == degree[y] && x < y);
}

/* Pushes a node index onto the binary heap h. */
static void
heap_push (GArray *h, const guint *degree, guint v)
{
  g_array_append_val (h, v);
  guint *a = (guint *) h->data, i = h->len - 1;
  while (i > 0 && heap_before (degree, a[i], a[(i - 1) / 2]))
    {
      guint t = a[i]; a[i] = a[(i - 1) / 2]; a[(i - 1) / 2] = t;
      i = (i - 1) / 2;
    }
}

/* Pops the most connected node index off the non-empty heap h. */
static guint
heap_pop (GArray *h, const guint *degree)
{
  guint *a = (guint *) h->data, top = a[0], n = h->len - 1, i = 0;
  a[0] = a[n];
  g_array_set_size (h, n);
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, best = i;
      if (l < n && heap_before (degree, a[l], a[best]))
        best = l;
      if (r < n && heap_before (degree, a[r], a[best]))
        best = r;
      if (best == i)
        break;
      guint t = a[i]; a[i] = a[best]; a[best] = t;
      i = best;
    }
  return top;
}

/* Selects every node of the allowed kinds, or, past cap, the most
 * connected part: grown from the highest-degree node, always taking the
 * best-connected neighbour next, restarting at the next hub when a
 * component is used up. */
static void
select_connected (const DotModel *m, guint cap, DotSelection *sel)
{
  guint n = m->nodes->len;
  g_autoptr(GArray) seeds = g_array_new (FALSE, FALSE, sizeof (guint));

  sel->keep = g_new0 (guint8, n);
  sel->focus = -1;
  for (guint i = 0; i < n; i++)
    if (model_allowed (m, i))
      g_array_append_val (seeds, i);
  sel->total = seeds->len;
  if (cap == 0 || cap >= seeds->len)
    {
      for (guint i = 0; i < seeds->len; i++)
        sel->keep[g_array_index (seeds, guint, i)] = 1;
      sel->shown = seeds->len;
      return;
    }
  g_array_sort_with_data (seeds, cmp_by_degree, m->degree);
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (guint));
  guint next_seed = 0;
  while (sel->shown < cap)
    {
      guint v;
      if (heap->len > 0)
        v = heap_pop (heap, m->degree);
      else
        v = g_array_index (seeds, guint, next_seed++);
      if (sel->keep[v])
        continue;
      sel->keep[v] = 1;
      sel->shown++;
      for (guint k = m->adj_start[v]; k < m->adj_start[v + 1]; k++)
        if (!sel->keep[m->adj[k]])
          heap_push (heap, m->degree, m->adj[k]);
    }
}

/* Selects the focus and its neighbours out to depth hops, nearest first,
 * at most cap nodes; within one distance, best connected first. */
static void
select_focus (const DotModel *m, guint focus, guint depth, guint cap, DotSelection *sel)
{
  guint n = m->nodes->len;
  g_autofree guint8 *seen = g_new0 (guint8, n);
  g_autoptr(GArray) level = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (guint));

  sel->keep = g_new0 (guint8, n);
  sel->focus = focus;
  sel->keep[focus] = seen[focus] = 1;
  sel->shown = sel->total = 1;
  g_array_append_val (level, focus);
  for (guint d = 0; d < depth && level->len > 0; d++)
    {
      g_array_set_size (next, 0);
      for (guint i = 0; i < level->len; i++)
        {
          guint v = g_array_index (level, guint, i);
          for (guint k = m->adj_start[v]; k < m->adj_start[v + 1]; k++)
            if (!seen[m->adj[k]])
              {
                seen[m->adj[k]] = 1;
                g_array_append_val (next, m->adj[k]);
              }
        }
      g_array_sort_with_data (next, cmp_by_degree, m->degree);
      g_array_set_size (level, 0);
      sel->total += next->len;
      for (guint i = 0; i < next->len && sel->shown < cap; i++)
        {
          guint v = g_array_index (next, guint, i);
          sel->keep[v] = 1;
          sel->shown++;
          g_array_append_val (level, v);
        }
    }
}

/* ------------------------------------------------------------------ names */

/* Folds a name for matching: accents removed, case folded, every run of
 * other characters than letters and digits turned into one space. */
static char *
fold_name (const char *s)
{
  g_autofree char *valid = g_utf8_make_valid (s, -1);
  g_autofree char *nfkd = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean sep = FALSE;

  for (const char *p = nfkd ? nfkd : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_ismark (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          sep = TRUE;
          continue;
        }
      if (sep && out->len > 0)
        g_string_append_c (out, ' ');
      sep = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_utf8_casefold (out->str, -1);
}

/* Returns 2 if the folded name equals the folded focus, 1 if the focus is
 * a run of whole words inside it, 0 otherwise. */
static guint
name_match (const char *folded_focus, const char *name)
{
  g_autofree char *folded = fold_name (name);
  gsize len = strlen (folded_focus);

  if (strcmp (folded, folded_focus) == 0)
    return 2;
  for (const char *p = strstr (folded, folded_focus); p != NULL; p = strstr (p + 1, folded_focus))
    if ((p == folded || p[-1] == ' ') && (p[len] == '\0' || p[len] == ' '))
      return 1;
  return 0;
}

/* State of a focus search. */
typedef struct {
  DotModel *model;
  const char *folded;
  guint8 *score;
} DotFind;

/* Scores one schema:name or schema:alternateName quad against the focus. */
static gboolean
scan_find (const NgQuad *q, gpointer data)
{
  DotFind *f = data;
  gint at = model_node (f->model, q->s);
  if (at < 0 || ng_store_term_kind (f->model->store, q->o) != NG_TERM_LITERAL)
    return TRUE;
  guint s = name_match (f->folded, ng_store_term_value (f->model->store, q->o));
  if (s > f->score[at])
    f->score[at] = s;
  return TRUE;
}

/* Returns a node's display name: its schema:name, else its IRI. */
static const char *
node_name (const DotModel *m, const DotNode *n)
{
  return ng_store_term_value (m->store, n->name ? n->name : n->id);
}

/* Finds the node the focus names (an IRI, a full name, or some of its words). */
static gint
model_find (DotModel *m, const char *focus, GError **error)
{
  NgTermId iri = ng_store_lookup_iri (m->store, focus);
  if (iri != 0 && model_node (m, iri) >= 0)
    return model_node (m, iri);

  g_autofree char *folded = fold_name (focus);
  if (*folded == '\0')
    {
      g_set_error (error, dot_error_quark (), DOT_ERROR_NOT_FOUND,
                   "no entity named '%s'", focus);
      return -1;
    }
  g_autofree guint8 *score = g_new0 (guint8, m->nodes->len);
  DotFind find = { m, folded, score };
  NgTermId p_name = ng_store_lookup_iri (m->store, NG_SCHEMA_NAME);
  NgTermId p_alt = ng_store_lookup_iri (m->store, NG_SCHEMA_ALTNAME);
  if (p_name)
    ng_store_match (m->store, 0, p_name, 0, scan_find, &find);
  if (p_alt)
    ng_store_match (m->store, 0, p_alt, 0, scan_find, &find);

  guint best = 0, count = 0;
  gint found = -1;
  for (guint i = 0; i < m->nodes->len; i++)
    if (score[i] > best)
      best = score[i], count = 1, found = i;
    else if (score[i] == best && best > 0)
      count++;
  if (best == 0)
    {
      g_set_error (error, dot_error_quark (), DOT_ERROR_NOT_FOUND,
                   "no entity named '%s'", focus);
      return -1;
    }
  if (count == 1)
    return found;

  g_autoptr(GString) list = g_string_new (NULL);
  guint listed = 0;
  for (guint i = 0; i < m->nodes->len && listed < DOT_MAX_CANDIDATES; i++)
    if (score[i] == best)
      {
        DotNode *n = model_at (m, i);
        g_string_append_printf (list, "\n  %s <%s>", node_name (m, n),
                                ng_store_term_value (m->store, n->id));
        listed++;
      }
  if (count > listed)
    g_string_append_printf (list, "\n  and %u more", count - listed);
  g_set_error (error, dot_error_quark (), DOT_ERROR_AMBIGUOUS,
               "'%s' names %u entities; give a fuller name or an IRI:%s",
               focus, count, list->str);
  return -1;
}

/* ---------------------------------------------------------------- drawing */

/* Graphviz calls are serialised, and their messages collected here. */
static GMutex dot_lib_lock;
static GString *dot_lib_messages;
/* The one layout and rendering context, made on first use and kept: the
 * pango text layout plugin of graphviz 2.4x caches the last font name it
 * saw without copying it, so freeing a context and making another would
 * make the next layout read freed memory. */
static GVC_t *dot_lib_gvc;

/* Collects one graphviz message. */
static int
dot_lib_message (char *msg)
{
  if (dot_lib_messages != NULL && dot_lib_messages->len < 4096)
    g_string_append (dot_lib_messages, msg);
  return 0;
}

/* Saved graphviz error settings, restored by dot_lib_end. */
typedef struct {
  agusererrf old_func;
  agerrlevel_t old_level;
  GString *messages;
} DotLibScope;

/* Enters graphviz: takes the lock and routes its messages to scope. */
static void
dot_lib_begin (DotLibScope *scope)
{
  g_mutex_lock (&dot_lib_lock);
  scope->messages = g_string_new (NULL);
  dot_lib_messages = scope->messages;
  scope->old_func = agseterrf (dot_lib_message);
  scope->old_level = agseterr (AGWARN);
  agreseterrors ();
}

/* Leaves graphviz: restores its error settings and releases the lock. */
static void
dot_lib_end (DotLibScope *scope)
{
  agseterrf (scope->old_func);
  agseterr (scope->old_level);
  dot_lib_messages = NULL;
  g_mutex_unlock (&dot_lib_lock);
  g_string_free (scope->messages, TRUE);
}

/* Sets an error naming what graphviz refused, with its own words. */
static void
dot_lib_error (DotLibScope *scope, GError **error, const char *what)
{
  g_strchomp (scope->messages->str);
  g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_LIBRARY, "graphviz could not %s%s%s",
               what, scope->messages->len ? ": " : "", scope->messages->str);
}

/* Passes a string to cgraph, which takes char * but only reads or copies it. */
static char *
cg_str (const char *s)
{
  return (char *) s;
}

/* The attribute symbols of one drawing. */
typedef struct {
  Agraph_t *g;
  Agsym_t *n_label, *n_shape, *n_style, *n_fill;
  Agsym_t *e_label, *e_style, *e_color, *e_fontcolor;
} DotDraw;

/* Escapes text for a DOT label: backslashes doubled, line breaks as \n,
 * other control characters as spaces, invalid UTF-8 repaired; in a record
 * label also the record syntax ({}|<> and space).  Double quotes are left
 * to agwrite, which escapes them (a backslash of ours before one would
 * break its quoting). */
static void
append_label (GString *out, const char *text, gboolean record)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  for (const char *p = valid; *p; p++)
    {
      char c = *p;
      if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if ((unsigned char) c < 0x20 || c == 0x7f)
        {
          if (c != '\r')
            g_string_append (out, record ? "\\ " : " ");
        }
      else if (record && strchr ("{}|<> ", c) != NULL)
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
        }
      else
        g_string_append_c (out, c);
    }
}

/* Returns the fill colour of a person: one pale colour per country. */
static const char *
person_colour (const DotModel *m, const DotNode *n)
{
  static const char *const palette[] = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3",
    "#fdbf6f", "#cab2d6", "#b2df8a", "#fb9a99"
  };
  if (n->country == 0)
    return "#eeeeee";
  return palette[g_str_hash (ng_store_term_value (m->store, n->country)) % G_N_ELEMENTS (palette)];
}

/* Sets the shape, colour and label of a node of a kind. */
static void
draw_style_node (DotDraw *d, Agnode_t *an, guint kind, guint sub, const char *fill,
                 const char *label)
{
  const char *shape = "ellipse";
  switch (kind)
    {
    case NG_DOT_PERSON:
      break;
    case NG_DOT_ORGANIZATION:
      shape = "box";
      fill = (sub & SUB_MEDIA) ? "#e6e6e6" : (sub & SUB_GOVORG) ? "#c6dbef" : "#deebf7";
      break;
    case NG_DOT_PLACE:
      shape = (sub & SUB_COUNTRY) ? "folder" : "house";
      fill = (sub & SUB_COUNTRY) ? "#e5f5e0" : "#fff7bc";
      break;
    case NG_DOT_MEETING:
      shape = "Mrecord";
      fill = "#fdd0a2";
      break;
    default:
      break;
    }
  agxset (an, d->n_shape, cg_str (shape));
  agxset (an, d->n_fill, cg_str (fill));
  agxset (an, d->n_label, cg_str (label));
}

/* Sets the label and style of an edge. */
static void
draw_style_edge (DotDraw *d, Agedge_t *ae, const char *label, guint style)
{
  g_autoptr(GString) text = g_string_new (NULL);
  append_label (text, label, FALSE);
  agxset (ae, d->e_label, text->str);
  if (style == STYLE_DASHED)
    agxset (ae, d->e_style, cg_str ("dashed"));
  else if (style == STYLE_DOTTED)
    agxset (ae, d->e_style, cg_str ("dotted"));
  else if (style == STYLE_GREY)
    {
      agxset (ae, d->e_color, cg_str ("grey60"));
      agxset (ae, d->e_fontcolor, cg_str ("grey50"));
    }
}

/* Draws the legend: one sample node per kind, one sample edge per label. */
static void
draw_legend (DotDraw *d, guint kinds)
{
  static const struct { const char *id, *label; guint kind, sub; } nodes[] = {
    { "legend:person", "person", NG_DOT_PERSON, 0 },
    { "legend:meeting", "meeting|date · place", NG_DOT_MEETING, 0 },
    { "legend:organization", "organization", NG_DOT_ORGANIZATION, 0 },
    { "legend:country", "country", NG_DOT_PLACE, SUB_COUNTRY },
    { "legend:place", "place", NG_DOT_PLACE, SUB_CITY }
  };
  static const struct { guint tail, head; const char *label; guint style; } edges[] = {
    { 0, 1, "attended", STYLE_SOLID }, { 0, 1, "chaired", STYLE_SOLID },
    { 0, 1, "by video", STYLE_DOTTED }, { 0, 1, "planned", STYLE_DASHED },
    { 0, 1, "absent", STYLE_GREY }, { 1, 2, "organizer", STYLE_SOLID },
    { 1, 4, "in", STYLE_SOLID }, { 0, 3, "post", STYLE_SOLID },
    { 3, 2, "member of", STYLE_SOLID }, { 4, 3, "in", STYLE_SOLID }
  };
  Agnode_t *an[G_N_ELEMENTS (nodes)] = { NULL };
  Agraph_t *sub = agsubg (d->g, cg_str ("cluster_legend"), 1);

  agsafeset (sub, cg_str ("label"), cg_str ("Legend"), cg_str (""));
  agsafeset (sub, cg_str ("style"), cg_str ("rounded"), cg_str (""));
  for (guint i = 0; i < G_N_ELEMENTS (nodes); i++)
    {
      if (!(nodes[i].kind & kinds))
        continue;
      an[i] = agnode (sub, cg_str (nodes[i].id), 1);
      draw_style_node (d, an[i], nodes[i].kind, nodes[i].sub, "#ffffff", nodes[i].label);
    }
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    if (an[edges[i].tail] != NULL && an[edges[i].head] != NULL)
      draw_style_edge (d, agedge (sub, an[edges[i].tail], an[edges[i].head], NULL, 1),
                       edges[i].label, edges[i].style);
}

/* Builds the node label of a model node. */
static void
node_label (const DotModel *m, const DotNode *n, GString *out)
{
  const char *name = node_name (m, n);
  g_string_truncate (out, 0);
  if (n->kind != NG_DOT_MEETING)
    {
      append_label (out, name, FALSE);
      return;
    }
  /* a record: name above date and place (fields stack under rankdir=LR) */
  append_label (out, name, TRUE);
  if (n->date != 0 || n->location != 0)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      if (n->date != 0)
        g_string_append (line, ng_store_term_value (m->store, n->date));
      if (n->location != 0)
        {
          gint at = model_node (m, n->location);
          g_string_append_printf (line, "%s%s", n->date ? " · " : "",
                                  at >= 0 ? node_name (m, model_at (m, at))
                                  : ng_store_term_value (m->store, n->location));
        }
      g_string_append_c (out, '|');
      append_label (out, line->str, TRUE);
    }
}

/* Returns a node's id in the drawing: its IRI, or its term number when the
 * IRI holds characters DOT cannot quote. */
static const char *
node_id (const DotModel *m, const DotNode *n, char *buf, gsize size)
{
  const char *iri = ng_store_term_value (m->store, n->id);
  if (ng_store_term_kind (m->store, n->id) == NG_TERM_IRI && strpbrk (iri, "\\\"\n") == NULL)
    return iri;
  g_snprintf (buf, size, "term:%u", n->id);
  return buf;
}

/* Builds the cgraph graph of the selected part of the model. */
static Agraph_t *
draw_graph (const DotModel *m, const DotSelection *sel)
{
  DotDraw d = { NULL };
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree Agnode_t **an = g_new0 (Agnode_t *, m->nodes->len);
  char buf[32];

  d.g = agopen (cg_str ("newsgraph"), Agdirected, NULL);
  agattr (d.g, AGRAPH, cg_str ("rankdir"), cg_str ("LR"));
  agattr (d.g, AGRAPH, cg_str ("fontname"), cg_str ("Helvetica,Arial,sans-serif"));
  agattr (d.g, AGNODE, cg_str ("fontname"), cg_str ("Helvetica,Arial,sans-serif"));
  agattr (d.g, AGEDGE, cg_str ("fontname"), cg_str ("Helvetica,Arial,sans-serif"));
  agattr (d.g, AGEDGE, cg_str ("fontsize"), cg_str ("10"));
  d.n_style = agattr (d.g, AGNODE, cg_str ("style"), cg_str ("filled"));
  d.n_shape = agattr (d.g, AGNODE, cg_str ("shape"), cg_str ("ellipse"));
  d.n_fill = agattr (d.g, AGNODE, cg_str ("fillcolor"), cg_str ("#eeeeee"));
  d.n_label = agattr (d.g, AGNODE, cg_str ("label"), cg_str ("\\N"));
  d.e_label = agattr (d.g, AGEDGE, cg_str ("label"), cg_str (""));
  d.e_style = agattr (d.g, AGEDGE, cg_str ("style"), cg_str (""));
  d.e_color = agattr (d.g, AGEDGE, cg_str ("color"), cg_str (""));
  d.e_fontcolor = agattr (d.g, AGEDGE, cg_str ("fontcolor"), cg_str (""));

  if (sel->focus >= 0)
    {
      g_string_append (label, "Neighbourhood of ");
      append_label (label, node_name (m, model_at (m, sel->focus)), FALSE);
    }
  if (sel->shown < sel->total)
    g_string_append_printf (label, "%sshowing %u of %u nodes",
                            label->len ? "\\n" : "", sel->shown, sel->total);
  if (label->len > 0)
    {
      agattr (d.g, AGRAPH, cg_str ("label"), label->str);
      agattr (d.g, AGRAPH, cg_str ("labelloc"), cg_str ("t"));
    }

  draw_legend (&d, m->kinds);
  for (guint i = 0; i < m->nodes->len; i++)
    {
      if (!sel->keep[i])
        continue;
      const DotNode *n = model_at (m, i);
      an[i] = agnode (d.g, cg_str (node_id (m, n, buf, sizeof buf)), 1);
      node_label (m, n, label);
      draw_style_node (&d, an[i], n->kind, n->sub,
                       n->kind == NG_DOT_PERSON ? person_colour (m, n) : "#eeeeee", label->str);
      if ((gint) i == sel->focus)
        agsafeset (an[i], cg_str ("penwidth"), cg_str ("3"), cg_str ("1"));
    }
  for (guint i = 0; i < m->edges->len; i++)
    {
      const DotEdge *e = m->edges->pdata[i];
      if (an[e->tail] != NULL && an[e->head] != NULL)
        draw_style_edge (&d, agedge (d.g, an[e->tail], an[e->head], NULL, 1), e->label, e->style);
    }
  return d.g;
}

/* Draws the selected part of the model and writes it to out as DOT, or
 * lays it out and renders it as SVG or PNG. */
static gboolean
draw_write (const DotModel *m, const DotSelection *sel, NgFormat format, FILE *out,
            GError **error)
{
  DotLibScope scope;
  gboolean ok = TRUE;

  dot_lib_begin (&scope);
  Agraph_t *g = draw_graph (m, sel);
  if (format == NG_FORMAT_DOT)
    {
      if (agwrite (g, out) != 0 || ferror (out))
        {
          g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                       "could not write the DOT file: %s", g_strerror (errno));
          ok = FALSE;
        }
    }
  else
    {
      if (dot_lib_gvc == NULL)
        dot_lib_gvc = gvContext ();
      GVC_t *gvc = dot_lib_gvc;
      gboolean laid = FALSE;
      if (sel->shown > DOT_LARGE_LAYOUT)
        {
          agattr (g, AGRAPH, cg_str ("overlap"), cg_str ("prism"));
          laid = gvLayout (gvc, g, "sfdp") == 0;
          if (!laid)
            g_string_truncate (scope.messages, 0);
        }
      if (!laid && gvLayout (gvc, g, "dot") != 0)
        {
          dot_lib_error (&scope, error, "lay out the drawing");
          ok = FALSE;
        }
      else
        {
          if (gvRender (gvc, g, format == NG_FORMAT_SVG ? "svg" : "png", out) != 0)
            {
              dot_lib_error (&scope, error, "render the drawing");
              ok = FALSE;
            }
          else if (ferror (out))
            {
              g_set_error (error, NG_WRITER_ERROR, NG_WRITER_ERROR_IO,
                           "could not write the drawing: %s", g_strerror (errno));
              ok = FALSE;
            }
          gvFreeLayout (gvc, g);
        }
    }
  agclose (g);
  dot_lib_end (&scope);
  return ok;
}

/* --------------------------------------------------------------- writer */

typedef struct {
  struct NgWriter parent;
  FILE *out;
} NgWriteDot;

/* Remembers the stream to write to. */
static gboolean
dot_writer_start (NgWriter *w, FILE *out, GError **error)
{
  ((NgWriteDot *) w)->out = out;
  return TRUE;
}

/* Ignores a quad: the drawing reads the store as a whole at the end. */
static gboolean
dot_writer_quad (NgWriter *w, const NgQuad *quad, GError **error)
{
  return TRUE;
}

/* Draws the whole graph (capped for SVG and PNG) and writes it. */
static gboolean
dot_writer_end (NgWriter *w, GError **error)
{
  NgWriteDot *self = (NgWriteDot *) w;
  DotSelection sel = { NULL };

  g_return_val_if_fail (self->out != NULL, FALSE);
  g_autoptr(DotModel) m = model_new (w->store);
  model_index (m, NG_DOT_ALL_KINDS, -1);
  select_connected (m, w->format == NG_FORMAT_DOT ? 0 : DOT_RENDER_MAX_NODES, &sel);
  /* The drawing reads only term values from here on. */
  if (w->consume)
    ng_store_clear_quads (w->store);
  gboolean ok = draw_write (m, &sel, w->format, self->out, error);
  g_free (sel.keep);
  return ok;
}

/* Frees the writer. */
static void
dot_writer_free (NgWriter *w)
{
  g_free (w);
}

static const NgWriterClass dot_writer_class = {
  "graphviz", dot_writer_start, dot_writer_quad, dot_writer_end, dot_writer_free
};

NgWriter *
ng_write_dot_new (NgFormat format, NgStore *store, const NgWriteOptions *options)
{
  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (format == NG_FORMAT_DOT || format == NG_FORMAT_SVG
                        || format == NG_FORMAT_PNG, NULL);
  NgWriteDot *self = g_new0 (NgWriteDot, 1);
  self->parent.klass = &dot_writer_class;
  self->parent.store = store;
  self->parent.options = options;
  self->parent.format = format;
  return &self->parent;
}

/* ------------------------------------------------------------ dot command */

gboolean
ng_dot_kinds_parse (const char *list, guint *kinds, GError **error)
{
  static const struct { const char *name; guint kind; } names[] = {
    { "person", NG_DOT_PERSON }, { "people", NG_DOT_PERSON },
    { "organization", NG_DOT_ORGANIZATION }, { "organisation", NG_DOT_ORGANIZATION },
    { "org", NG_DOT_ORGANIZATION },
    { "place", NG_DOT_PLACE }, { "meeting", NG_DOT_MEETING }, { "event", NG_DOT_MEETING },
    { "all", NG_DOT_ALL_KINDS }
  };
  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (kinds != NULL, FALSE);

  g_auto(GStrv) parts = g_strsplit (list, ",", -1);
  guint result = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *word = g_strstrip (parts[i]);
      guint kind = 0;
      if (*word == '\0')
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (names) && kind == 0; k++)
        if (g_ascii_strcasecmp (word, names[k].name) == 0)
          kind = names[k].kind;
      if (kind == 0)
        {
          g_set_error (error, dot_error_quark (), DOT_ERROR_KIND,
                       "unknown kind '%s' (expected person, organization, place or meeting)",
                       word);
          return FALSE;
        }
      result |= kind;
    }
  if (result == 0)
    {
      g_set_error (error, dot_error_quark (), DOT_ERROR_KIND,
                   "no kind given (expected person, organization, place or meeting)");
      return FALSE;
    }
  *kinds = result;
  return TRUE;
}

gboolean
ng_dot_write_file (NgStore *store, const NgDotOptions *options, const char *path,
                   NgFormat format, GError **error)
{
  NgDotOptions opts = { NULL, 0, 0, 0 };
  DotSelection sel = { NULL };

  g_return_val_if_fail (store != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format == NG_FORMAT_DOT || format == NG_FORMAT_SVG
                        || format == NG_FORMAT_PNG, FALSE);
  if (options != NULL)
    opts = *options;
  if (opts.kinds == 0)
    opts.kinds = NG_DOT_ALL_KINDS;
  if (opts.depth == 0)
    opts.depth = DOT_DEFAULT_DEPTH;

  g_autoptr(DotModel) m = model_new (store);
  gint focus = -1;
  if (opts.focus != NULL)
    {
      focus = model_find (m, opts.focus, error);
      if (focus < 0)
        return FALSE;
    }
  model_index (m, opts.kinds, focus);
  if (focus >= 0)
    select_focus (m, focus, opts.depth,
                  opts.max_nodes ? opts.max_nodes : DOT_FOCUS_MAX_NODES, &sel);
  else
    select_connected (m, opts.max_nodes ? opts.max_nodes
                      : format == NG_FORMAT_DOT ? 0 : DOT_RENDER_MAX_NODES, &sel);

  NgAtomicFile *file = ng_atomic_file_open (path, error);
  gboolean ok = file != NULL
                && draw_write (m, &sel, format, ng_atomic_file_stream (file), error);
  g_free (sel.keep);
  if (!ok)
    {
      ng_atomic_file_abort (file);
      return FALSE;
    }
  return ng_atomic_file_commit (file, error);
}
