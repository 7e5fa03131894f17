/* facts.c - from one article to an NgDoc. */
#include "config.h"
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include "newsgraph/hash.h"
#include "newsgraph/facts.h"
#include "newsgraph/date.h"
#include "newsgraph/fold.h"
#include "newsgraph/mention.h"
#include "newsgraph/text.h"
#include "newsgraph/words.h"
#include "newsgraph/bodies.h"

struct NgExtractor {
  const NgLexicon *lex;
  NgText *text;
  NgMentionScanner *scanner;
  GArray *ms;           /* NgMentionSpan of the current sentence */
  GArray *ment_ent;     /* gint per mention: doc entity, or -1 */
  GString *keys;        /* folded keys of the article's tokens, NUL-separated ("" first) */
  GArray *key_at;       /* guint32 offset into keys per token of the article */
  GArray *bits;         /* guint64 word-list bits per token of the article */
  GArray *scanned;      /* NgMentionSpan of every sentence, as the first pass scanned them */
  GArray *scanned_at;   /* guint per sentence, and one past the last: start in scanned */
  /* Scratch arrays of extract_meetings, emptied for each sentence. */
  GPtrArray *dates;     /* char *: date expressions of the sentence */
  GArray *date_pos;     /* guint: token of each date */
  GArray *trig_pos;     /* guint: meeting words */
  GArray *people;       /* gint: people that can take part */
  GArray *people_m;     /* guint: their mentions */
  GHashTable *name_keys;  /* name -> its transliteration key, across articles */
  guint base;           /* first token of the current sentence */
  guint n;              /* tokens in the current sentence */
  gboolean debug;       /* NG_DEBUG: trace sentences on standard error */
};

/* Names whose keys an extractor keeps before it starts over. */
#define MAX_NAME_KEYS (1u << 16)

/* State for one article. */
typedef struct {
  NgExtractor *ex;
  const NgArticle *art;
  NgDoc *doc;
  NgDate adate;           /* article date (year may be 0) */
  gboolean have_date;
  gint anchor_wd;         /* weekday of the article date when the year is unknown (0 = none) */
  gint last_meeting;      /* most recent meeting */
  gint decided_body;      /* a body said to decide on a day (deciding_body), or -1 */
  guint decided_sent;     /* the sentence that said it */
  guint last_meeting_sent; /* the sentence that said it */
  gboolean named_dialogue; /* a numbered Dialogue was said: "the dialogue" is it */
  gint group_meeting;     /* a meeting someone hosted a group for, or -1 */
  char *last_date;        /* the last date a sentence said, or NULL */
  GPtrArray *lex_org_names;  /* names the article gives lexicon organizations */
  GPtrArray *org_names;      /* names of two words or more of organizations no lexicon knows */
  GPtrArray *lex_orgs;       /* their entries */
  gint prev_person;       /* the person a sentence named first, or -1 */
  gboolean headline_context;  /* the headline says "sidelines", "ahead of", ... */
  GHashTable *photo_agencies; /* lexicon agencies named only in photo credits (set) */
  GArray *escorts;        /* gint pairs: a person of a post of no place, the person they went with */
  GHashTable *edge_agencies; /* lexicon agencies named in the first or last three sentences (set) */
  gint copyright_outlet;  /* an outlet the lexicons do not know, named by a copyright line, or -1 */
  guint prev_person_sent; /* that sentence */
  guint sent_first;       /* the current sentence's first token */
  guint group_sent;       /* its sentence */
  gint last_org_meeting;  /* most recent meeting with an organizer */
  gint last_org;          /* most recent organization */
  gint subject_org;       /* an organization a sentence opens with, or -1 */
  guint subject_org_sent; /* that sentence */
  gint last_place;        /* most recent country or place */
  gint last_city;         /* most recent city */
  gint separate_meeting;  /* a meeting said to precede or follow another, or -1 */
  guint separate_sent;    /* its sentence */
  gint lead_place;        /* the place of a meeting of countries said before any ("Estonia and */
  char *lead_date;        /* Poland held consultations in Tallinn on Wednesday"), its date, */
  gint lead_sent;         /* and its sentence (-1: none) */
  gint people_org;        /* the organization of "foreign ministers of the Council of the Baltic */
  gint people_org_sent;   /* Sea States agreed ...", and its sentence (-1: none) */
  const NgLexEntry *sides[2];  /* "between Uganda and Tanzania": the first two countries joined by
                                * "and" in a sentence with a meeting word */
  gboolean lead_done;     /* (one such lead an article) */
  gint city_before;       /* most recent city before the sentence */
  gint visit_place;       /* the one place a visitor came to, -1 if none, -2 if several */
  gint today_meeting;     /* a meeting given the article's day for a present or perfect tense, or -1 */
  guint today_sent;       /* its sentence */
  gint main_org;          /* the organization the article names most (lexicon ones), or -1 */
  GHashTable *org_count;  /* org entity -> mentions + 1 */
  GHashTable *person_sent;  /* person entity -> the last sentence naming them + 1 */
  GHashTable *title_holders; /* folded title -> the one person named after it + 1, or -1 if several */
  GHashTable *keys;       /* name -> its transliteration key (the extractor's name_keys) */
  GHashTable *person_by_key;  /* transliteration key (owned by keys) -> first person entity with a form of it + 1 */
  GArray *forms_seen;     /* guint per entity: forms of it already in person_by_key */
  GArray *name_keys;      /* const char * per entity: the key of its name (owned by keys), or NULL */
  /* People by the key of their name, for find_person, once the doc has
   * PEOPLE_LISTS_MIN entities (NULL before): the last word of a full
   * name's key, and a one-word key, -> GArray of entity indexes.  A list
   * may hold an entity whose name has changed since: lookups check. */
  GHashTable *by_surname, *by_single, *by_first;
  guint people_indexed;   /* entities [0, people_indexed) were indexed once */
  GArray *people_changed; /* gint: entities that gained a form since (maybe a name) */
  GHashTable *att_index;  /* (meeting << 32 | person) -> attendance index */
  /* What the doc's posts and links already say, so that a repeat is
   * found without a scan of all of them (once they are FACT_SET_MIN or
   * more; NULL before): "person|of|title in ASCII lowercase" of the first
   * posts_seen posts, and (a << 32 | b) of the first links_seen[k] links
   * of members (k = 0) and contained (k = 1). */
  GHashTable *post_set;
  guint posts_seen;
  GHashTable *link_set[2];
  guint links_seen[2];
  GHashTable *kept;       /* sentence numbers already kept as evidence */
  GHashTable *by_lex;     /* lexicon entry -> doc entity index + 1 */
  GHashTable *named_countries;  /* lexicon countries the article names by name */
  GArray *bodies;         /* gint per meeting: body entity (sub-organization), or -1 */
  GArray *series;         /* gint per meeting: the organization its own name stands for (event_series), or -1 */
  GHashTable *parents;    /* org entity -> parent org entity + 1 */
  guint sent;             /* current sentence */
  gboolean first_pass;    /* collecting entities only */
  const NgLexEntry *dateline_country;  /* the dateline city's country in the lexicon, or NULL */
  GArray *described;      /* Described: meetings whose people are said by post and country */
  GArray *sent_dated;     /* gboolean per sentence: it said a day */
  GArray *sent_perfect;   /* gboolean per sentence: "have held", "has met" */
  GArray *att_count;      /* guint per meeting: attendance records made for it; G_MAXUINT:
                           * none yet, and named only as a frame ("within the
                           * framework of the council's meeting") */
} Ctx;

/* "The foreign ministers of Iran and Saudi Arabia met in Beijing": a
 * meeting of the holders of a post in some countries, named later. */
#define DESCRIBED_MAX 6
typedef struct {
  gint meeting;
  char *post;             /* folded post, "foreign minister"; "" for leaders */
  gint countries[DESCRIBED_MAX];
  guint n;
  NgStatus status;
  NgWhere where;
} Described;

static const char *const triggers[] = {
  "summit", "summits", "meeting", "meetings", "session", "sessions", "talks", "visit",
  "reception", "discussions", "dinner", "lunch", "luncheon", "banquet", "conference", "ceremony", "gathering", "consultations", "consultation", "plenary",
  "negotiations", "event", "events", "forum", "ministerial", "dialogue", "tete a tete", "audience",
  "symposium", "roundtable", NULL
};
static const char *const context_words[] = {
  "sidelines", "ahead", "run-up", "run", "eve", "before", "after", "following", "agenda",
  "results", "outcome", "outcomes", "preparation", "preparations", "alongside", "since",
  "declaration", "documents", "until", "prior", "wake", "way", "margins", "fringes", "framework", NULL
};
static const char *const verb_triggers[] = {
  "met", "meet", "meets", "convened", "convene", "convenes", "gathered", "gather", "gathers",
  "received", "receives", "receive", NULL
};
static const char *const attend_verbs[] = {
  "joined", "join", "joins", "attended", "attend", "attends", "attending", "represented",
  "participated", "participate", "participates", "participating", "welcomed", "welcomes",
  "greeted", "greets", "hosted", "hosts", "host", "hosting", "welcoming", "chaired", "chairs", "chairing",
  "opened", "opens", "opening", "sent", "sends", "dispatched", "led", "leads", "leading", "headed",
  "addressed", "addresses", "addressing", NULL
};
static const char *const sub_events[] = {
  "lunch", "dinner", "breakfast", "ceremony", "reception", "banquet", NULL
};
static const char *const host_verbs[] = {
  "held", "hold", "holds", "holding", "hosted", "host", "hosts", "hosting", "convened", "opened",
  "open", "opens", "chaired", "chair", "chairs", "co host", "co hosts", "co hosted", "co hosting",
  "co chair", "co chairs", "co chaired", "co chairing", NULL
};
static const char *const date_verbs[] = {
  "launched", "signed", "established", "founded", "since", "born", "elected", "appointed",
  "killed", "died", "adopted", "created", "began", "started", NULL
};

static const char *const said_words[] = { "said", "says", "told", "reported", NULL };
/* Verbs of receiving a guest, said of the host. */
static const char *const receiving_verbs[] = { "received", "receives", "welcomed", "welcomes", "hosted", "hosts", NULL };
static const char *const phone_words[] = { "phone", "telephone", "call", NULL };
static const char *const speech_words[] = { "said", "says", "told", "added", "noted", "stressed", NULL };
static const char *const during_words[] = { "during", "at", NULL };
static const char *const present_words[] = { "is", "are", "has", "have", "opened", "began", "today", NULL };
static const char *const perfect_words[] = { "has", "have", NULL };
static const char *const part_arrive_words[] = { "part", "arrived", "arrives", NULL };
static const char *const part_words[] = { "part", NULL };
static const char *const past_words[] = {
  "was", "were", "had", "received", "met", "held", "raised", "discussed", "visited", "attended",
  "gathered", "convened", "hosted", "chaired", "co chaired", "welcomed", "opened", "addressed", "closed",
  "ended", "concluded", "signed", "adopted", "took",   /* ("took place on Sunday", "took part") */
  NULL
};
static const char *const planned_words[] = {
  "will", "would", "shall", "expected", "scheduled", "plans", "planned", "planning", "set",
  "due", "upcoming", "intends", "going", "may", "might", "to be", NULL
};
static const char *const absent_words[] = {
  "skip", "skips", "skipped", "skipping", "boycott", "boycotts", "boycotted", "boycotting",
  "absent", "absence", "declined", "missed", "miss", "misses", "snubbed", "shunned",
  "frozen", "froze", "refused", "question", "excused", NULL
};
static const char *const video_words[] = {
  "video", "videoconference", "video-conference", "videolink", "linkup", "online",
  "remotely", "virtually", "virtual", "video-link", "teleconference", NULL
};
static const char *const member_words[] = {
  "member", "members", "includes", "include", "included", "comprising", "comprises",
  "comprise", "consists", "unites", "brings", "membership", NULL
};
static const char *const delegation_words[] = { "delegation", "delegations", NULL };
/* What a body that meets is said to do ("The General Assembly opened"). */
static const char *const open_verbs[] = {
  "opened", "opens", "began", "begins", "convened", "convenes", "closed", "closes", "ended",
  "ends", "met", "meets", NULL
};
static const char *const move_words[] = {
  "arrived", "arrives", "arrive", "arriving", "landed", "reached", "expected", "travel", "travels",
  "travelled", "traveled", "flew", "flies", "spoke", "speaks", NULL
};
/* Points of the compass: "west of the Lithuanian capital, Vilnius". */
static const char *const compass_words[] = {
  "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast", NULL
};
/* Words of a clause that looks ahead from a relative pronoun: "which will
 * go to leaders ... in Honiara". */
static const char *const clause_words[] = { "which", "who", "will", "would", NULL };
/* Head words of buildings: "hotel", "centre", "hall". */
static const char *const building_heads[] = {
  "hotel", "centre", "center", "hall", "palace", "building", "resort", "mansion", "residence", "arena",
  "stadium", "auditorium", "pavilion", "theatre", "theater", "museum", "lodge", "castle", NULL
};
/* Verbs of a group's decision: "the ministers agreed", "leaders pledged". */
static const char *const decide_verbs[] = {
  "agreed", "pledged", "adopted", "endorsed", "approved", "vowed", "decided", "resolved", "authorised", "authorized",
  NULL
};

/* The word at k that each of the tests of a meeting at word k (other than
 * the lists triggers, verb_triggers, sub_events and decide_verbs) needs:
 * hosts_person, came_together, calls_on, courtesy_call, meeting_gerund,
 * assembly_debate, numbered_sitting, retreat_meeting, video_meeting and
 * body_chaired.  A word in none of these lists starts no meeting, and
 * extract_meetings skips it without running the tests. */
static const char *const meeting_anchors[] = {
  "hosted", "hosts", "welcomed", "welcomes", "host", "hosting", "together", "call", "calls", "called",
  "calling", "meeting", "debate", "assembly", "congress", "retreat", "videoconference", "video conference",
  "commission", "committee", "council", "board", NULL
};

/* Every word list of this module, so membership is one hash lookup.  A
 * list's bit is 1 << its index here. */
enum {
  LIST_triggers,
  LIST_context_words,
  LIST_verb_triggers,
  LIST_attend_verbs,
  LIST_sub_events,
  LIST_host_verbs,
  LIST_date_verbs,
  LIST_said_words,
  LIST_phone_words,
  LIST_speech_words,
  LIST_during_words,
  LIST_present_words,
  LIST_perfect_words,
  LIST_part_arrive_words,
  LIST_part_words,
  LIST_planned_words,
  LIST_absent_words,
  LIST_video_words,
  LIST_member_words,
  LIST_move_words,
  LIST_open_verbs,
  LIST_delegation_words,
  LIST_past_words,
  LIST_compass_words,
  LIST_clause_words,
  LIST_building_heads,
  LIST_decide_verbs,
  LIST_meeting_anchors,
  N_LISTS
};
static const char *const *const word_lists[N_LISTS] = {
  [LIST_triggers] = triggers,
  [LIST_context_words] = context_words,
  [LIST_verb_triggers] = verb_triggers,
  [LIST_attend_verbs] = attend_verbs,
  [LIST_sub_events] = sub_events,
  [LIST_host_verbs] = host_verbs,
  [LIST_date_verbs] = date_verbs,
  [LIST_said_words] = said_words,
  [LIST_phone_words] = phone_words,
  [LIST_speech_words] = speech_words,
  [LIST_during_words] = during_words,
  [LIST_present_words] = present_words,
  [LIST_perfect_words] = perfect_words,
  [LIST_part_arrive_words] = part_arrive_words,
  [LIST_part_words] = part_words,
  [LIST_planned_words] = planned_words,
  [LIST_absent_words] = absent_words,
  [LIST_video_words] = video_words,
  [LIST_member_words] = member_words,
  [LIST_move_words] = move_words,
  [LIST_open_verbs] = open_verbs,
  [LIST_delegation_words] = delegation_words,
  [LIST_past_words] = past_words,
  [LIST_compass_words] = compass_words,
  [LIST_clause_words] = clause_words,
  [LIST_building_heads] = building_heads,
  [LIST_decide_verbs] = decide_verbs,
  [LIST_meeting_anchors] = meeting_anchors,
};

/* The table of word_lists, built once and shared by every thread. */
static const NgWordLists *
lists_table (void)
{
  static const NgWordLists *table;
  return ng_word_lists_shared (&table, word_lists, G_N_ELEMENTS (word_lists));
}

/* The bit of a list of word_lists, by its name: LIST_BIT (triggers). */
#define LIST_BIT(list) NG_WORD_LIST_BIT (LIST_##list)
/* Every list a word that may start a meeting is in (see meeting_anchors). */
#define MEETING_WORD_BITS (LIST_BIT (triggers) | LIST_BIT (verb_triggers) | LIST_BIT (sub_events) \
                           | LIST_BIT (decide_verbs) | LIST_BIT (meeting_anchors))

NgExtractor *
ng_extractor_new (const NgLexicon *lex)
{
  NgExtractor *ex = g_new0 (NgExtractor, 1);
  ex->lex = lex;
  ex->text = ng_text_new ();
  ex->scanner = ng_mention_scanner_new (lex);
  ng_mention_scanner_set_lists (ex->scanner, lists_table ());
  ex->ms = g_array_new (FALSE, TRUE, sizeof (NgMentionSpan));
  ex->ment_ent = g_array_new (FALSE, TRUE, sizeof (gint));
  ex->keys = g_string_sized_new (4096);
  ex->key_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  ex->bits = g_array_new (FALSE, FALSE, sizeof (guint64));
  ex->scanned = g_array_new (FALSE, FALSE, sizeof (NgMentionSpan));
  ex->scanned_at = g_array_new (FALSE, FALSE, sizeof (guint));
  ex->name_keys = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, g_free);
  ex->dates = g_ptr_array_new_with_free_func (g_free);
  ex->date_pos = g_array_new (FALSE, FALSE, sizeof (guint));
  ex->trig_pos = g_array_new (FALSE, FALSE, sizeof (guint));
  ex->people = g_array_new (FALSE, FALSE, sizeof (gint));
  ex->people_m = g_array_new (FALSE, FALSE, sizeof (guint));
  ex->debug = g_getenv ("NG_DEBUG") != NULL;
  return ex;
}

void
ng_extractor_free (NgExtractor *ex)
{
  if (!ex)
    return;
  ng_mention_clear (ex->ms);
  g_array_unref (ex->ms);
  g_array_unref (ex->ment_ent);
  g_string_free (ex->keys, TRUE);
  g_array_unref (ex->key_at);
  g_array_unref (ex->bits);
  ng_mention_clear (ex->scanned);
  g_array_unref (ex->scanned);
  g_array_unref (ex->scanned_at);
  g_hash_table_destroy (ex->name_keys);
  g_ptr_array_unref (ex->dates);
  g_array_unref (ex->date_pos);
  g_array_unref (ex->trig_pos);
  g_array_unref (ex->people);
  g_array_unref (ex->people_m);
  ng_mention_scanner_free (ex->scanner);
  ng_text_free (ex->text);
  g_free (ex);
}

/* Token i of the article. */
static inline const NgToken *
tk (Ctx *c, guint i)
{
  return &g_array_index (c->ex->text->tokens, NgToken, i);
}

/* TRUE if token i of the current sentence is in one of the lists of bits. */
static inline gboolean
tok_in_bits (Ctx *c, guint i, guint64 bits)
{
  if (i < c->ex->base || i - c->ex->base >= c->ex->n)
    return FALSE;
  return (g_array_index (c->ex->bits, guint64, i) & bits) != 0;
}

/* TRUE if token i of the current sentence is in list (a name of word_lists). */
#define tok_in(c, i, list) tok_in_bits ((c), (i), LIST_BIT (list))

/* Folded key of token i of the current sentence ("" outside it). */
static inline const char *
kw (Ctx *c, guint i)
{
  if (i < c->ex->base || i - c->ex->base >= c->ex->n)
    return "";
  return c->ex->keys->str + g_array_index (c->ex->key_at, guint32, i);
}

/* Mention m of the current sentence. */
static inline NgMentionSpan *
mn (Ctx *c, guint m)
{
  return &g_array_index (c->ex->ms, NgMentionSpan, m);
}

/* TRUE if a demonym mention of the current sentence covers token i. */
static gboolean
mn_is_demonym_at (Ctx *c, guint i)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = &g_array_index (c->ex->ms, NgMentionSpan, m);
      if (x->role == NG_MS_DEMONYM && x->first <= i && i < x->last)
        return TRUE;
    }
  return FALSE;
}

/* Entity e of the doc. */
static inline NgEntity *
ent (Ctx *c, gint e)
{
  return &g_array_index (c->doc->entities, NgEntity, e);
}

/* Where a token range is. */
static NgWhere
where_of (Ctx *c, guint32 start, guint32 end)
{
  NgWhere w = { c->sent, start, end };
  return w;
}

/* Records the current sentence as evidence. */
static void
keep_sentence (Ctx *c)
{
  if (!g_hash_table_add (c->kept, GUINT_TO_POINTER (c->sent + 1)))
    return;
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  char *s = g_strndup (c->art->text + sp->start, sp->end - sp->start);
  ng_doc_add_sentence (c->doc, c->sent, sp->start, sp->end, s);
  g_free (s);
}

/* Hashes a 64-bit key with all its bits (g_int64_hash keeps only the low 32). */
static guint
hash_u64 (gconstpointer v)
{
  guint64 x = *(const guint64 *) v;
  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  x ^= x >> 33;
  return (guint) x;
}

/* The 64-bit key of a pair of indexes (in the tables hashed by hash_u64). */
static inline guint64
pair_key (gint a, gint b)
{
  return (guint64) (guint32) a << 32 | (guint32) b;
}

static void add_form (Ctx *c, gint id, const char *form);

/* Returns the doc entity for a lexicon entry, creating it. */
static gint
entity_for_lex (Ctx *c, const NgLexEntry *e, NgKind kind, const char *surface, NgWhere w)
{
  gint id = GPOINTER_TO_INT (g_hash_table_lookup (c->by_lex, e)) - 1;
  if (id < 0)
    {
      id = ng_doc_add_entity (c->doc, kind, e->pref ? e->pref : surface, &w);
      NgEntity *x = ent (c, id);
      if (!x->lex_key)
        x->lex_key = g_strdup (e->key);
      g_hash_table_insert (c->by_lex, (gpointer) e, GINT_TO_POINTER (id + 1));
    }
  if (surface)
    add_form (c, id, surface);
  return id;
}

/* Last word of a folded name. */
static const char *
last_word (const char *folded)
{
  const char *sp = strrchr (folded, ' ');
  return sp ? sp + 1 : folded;
}

/* The transliteration key of a name, cached for the article (owned by the cache). */
static const char *
name_key (Ctx *c, const char *name)
{
  const char *k = g_hash_table_lookup (c->keys, name);
  if (!k)
    {
      char *nk = ng_fold_name (name);
      g_hash_table_insert (c->keys, g_strdup (name), nk);
      k = nk;
    }
  return k;
}

/* The key of entity i's name, looked up once until the name changes. */
static const char *
entity_name_key (Ctx *c, guint i)
{
  if (c->name_keys->len < c->doc->entities->len)
    g_array_set_size (c->name_keys, c->doc->entities->len);
  const char **k = &g_array_index (c->name_keys, const char *, i);
  if (!*k)
    *k = name_key (c, ent (c, (gint) i)->name);
  return *k;
}

/* Adds a form to entity id, which may become its name: its name's key is
 * looked up again next time, and a person is indexed again. */
static void
add_form (Ctx *c, gint id, const char *form)
{
  ng_doc_add_form (c->doc, id, form);
  if ((guint) id < c->name_keys->len)
    g_array_index (c->name_keys, const char *, id) = NULL;
  if (ent (c, id)->kind == NG_KIND_PERSON)
    g_array_append_val (c->people_changed, id);
}

/* Adds person i to the list of key in index (unless it ends the list). */
static void
list_person (GHashTable *index, const char *key, gint i)
{
  GArray *l = g_hash_table_lookup (index, key);
  if (!l)
    {
      l = g_array_new (FALSE, FALSE, sizeof (gint));
      g_hash_table_insert (index, (gpointer) key, l);
    }
  if (l->len == 0 || g_array_index (l, gint, l->len - 1) != i)
    g_array_append_val (l, i);
}

/* Entities a doc must have before find_person lists people by name:
 * below that, a scan is cheaper than the tables. */
#define PEOPLE_LISTS_MIN 64

/* Lists person i under its name's current key. */
static void
list_name (Ctx *c, guint i)
{
  const char *ek = entity_name_key (c, i);
  const char *sp = strchr (ek, ' ');
  if (sp)
    {
      list_person (c->by_surname, last_word (ek), (gint) i);
      /* every word but the last; the table owns its keys: a new one is
       * kept, a known one freed */
      for (const char *w = ek; sp; w = sp + 1, sp = strchr (w, ' '))
        {
          char *word = g_strndup (w, (gsize) (sp - w));
          gboolean known = g_hash_table_contains (c->by_first, word);
          list_person (c->by_first, word, (gint) i);
          if (known)
            g_free (word);
        }
    }
  else
    list_person (c->by_single, ek, (gint) i);
}

/* Indexes the forms person i gained since it was last indexed, and its
 * name's key (a name changes only with a new form). */
static void
index_person (Ctx *c, guint i)
{
  NgEntity *e = ent (c, (gint) i);
  guint *seen = &g_array_index (c->forms_seen, guint, i);
  if (e->kind != NG_KIND_PERSON || *seen == e->n_forms)
    return;
  for (guint f = *seen; f < e->n_forms; f++)
    {
      const char *k = name_key (c, e->forms[f]);
      gint old = GPOINTER_TO_INT (g_hash_table_lookup (c->person_by_key, k)) - 1;
      if (old < 0 || old > (gint) i)
        g_hash_table_insert (c->person_by_key, (gpointer) k, GINT_TO_POINTER (i + 1));
    }
  *seen = e->n_forms;
  if (c->by_surname)
    list_name (c, i);
}

/* Indexes the people the doc gained, and those that gained forms, since
 * the last call: each person once per change, not the whole doc per
 * name (long articles name thousands).  The lists by name start once
 * the doc has PEOPLE_LISTS_MIN entities. */
static void
index_people (Ctx *c)
{
  GArray *ents = c->doc->entities;
  if (c->forms_seen->len < ents->len)
    g_array_set_size (c->forms_seen, ents->len);
  if (!c->by_surname && ents->len >= PEOPLE_LISTS_MIN)
    {
      c->by_surname = g_hash_table_new_full (ng_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
      c->by_single = g_hash_table_new_full (ng_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
      c->by_first = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      for (guint i = 0; i < c->people_indexed; i++)
        if (ent (c, (gint) i)->kind == NG_KIND_PERSON)
          list_name (c, i);
    }
  for (guint i = c->people_indexed; i < ents->len; i++)
    index_person (c, i);
  c->people_indexed = ents->len;
  for (guint j = 0; j < c->people_changed->len; j++)
    index_person (c, (guint) g_array_index (c->people_changed, gint, j));
  g_array_set_size (c->people_changed, 0);
}

/* TRUE if person i is one the name of key k can refer to when no form
 * of a person has that key: a surname alone (single) and a full name
 * ending in it, or a full name and a person known by its surname alone. */
static gboolean
surname_match (Ctx *c, guint i, const char *k, gboolean single)
{
  const char *ek = entity_name_key (c, i);
  gboolean eshort = strchr (ek, ' ') == NULL;
  if (single)
    return !eshort && ng_strcmp (last_word (ek), k) == 0 && !ng_fold_key_ends_in_father (ek);
  return eshort && ng_strcmp (last_word (k), ek) == 0 && !ng_fold_key_ends_in_father (k);
}

/* TRUE if the name key k starts with a particle of surnames: "al thani",
 * "von der leyen", "de silva". */
static gboolean
name_particle (const char *k)
{
  static const char *const particles[] = {
    "al ", "el ", "bin ", "ibn ", "abu ", "von ", "van ", "de ", "da ", "di ", "du ", "del ", "della ",
    "dos ", "das ", "le ", "la ", "ben ", "ould ", NULL
  };
  for (const char *const *p = particles; *p; p++)
    if (g_str_has_prefix (k, *p))
      return TRUE;
  return FALSE;
}

/* TRUE if the word k is one of the words of the name key ek but its last. */
static gboolean
inner_name (const char *ek, const char *k)
{
  gsize kl = strlen (k);
  for (const char *w = ek, *sp = strchr (ek, ' '); sp; w = sp + 1, sp = strchr (w, ' '))
    if ((gsize) (sp - w) == kl && strncmp (w, k, kl) == 0)
      return TRUE;
  return FALSE;
}

/* Finds a person of the doc that the name refers to, or -1; a name alone
 * may be a given name ("PM Shehbaz", "Lula"). */
static gint
find_person (Ctx *c, const char *name)
{
  const char *k = name_key (c, name);
  gboolean single = strchr (k, ' ') == NULL;
  /* The first person with a form of the same key. */
  index_people (c);
  gint best = GPOINTER_TO_INT (g_hash_table_lookup (c->person_by_key, k)) - 1;
  if (best < 0)
    {
      /* A surname alone joins the most recent person with that surname
       * (the last one listed, of those first named at the same place); a
       * full name joins a person seen only by that surname. */
      guint32 latest = 0;
      /* The candidates: those listed under the key, or every entity. */
      GArray *l = NULL;
      if (c->by_surname)
        l = single ? g_hash_table_lookup (c->by_surname, k)
                   : g_hash_table_lookup (c->by_single, last_word (k));
      guint n = c->by_surname ? (l ? l->len : 0) : c->doc->entities->len;
      for (guint j = 0; j < n; j++)
        {
          gint i = l ? g_array_index (l, gint, j) : (gint) j;
          NgEntity *e = ent (c, i);
          if (e->kind != NG_KIND_PERSON || !surname_match (c, (guint) i, k, single))
            continue;
          if (best < 0 || e->where.start > latest || (e->where.start == latest && i > best))
            {
              best = i;
              latest = e->where.start;
            }
        }
    }
  if (best < 0 && !single)
    {
      /* A surname of more than a word said alone: "Al Thani" for
       * Mohammed bin Abdulrahman Al Thani, "von der Leyen" for Ursula von
       * der Leyen, "Sivertsen Næss" for Marianne Sivertsen Næss; the
       * person first named last before, as a surname. (Or a surname of a
       * hyphen: "Akufo-Addo" for Nana Akufo-Addo.) */
      /* (or of two or three words with no father's name in them: not
       * "Salman bin Abdulaziz", the father's name inside "Mohammed bin
       * Salman bin Abdulaziz"; "Perez-Oliva Fraga" is one) */
      const char *w1 = strchr (k, ' ') + 1, *w2 = strchr (w1, ' ');
      gboolean two = !w2 || (!strchr (w2 + 1, ' ') && !ng_fold_is_father_particle (w1, (gsize) (w2 - w1)));
      gsize kl = strlen (k);
      guint32 latest = 0;
      GArray *l = c->by_surname ? g_hash_table_lookup (c->by_surname, last_word (k)) : NULL;
      guint n = c->by_surname ? (l ? l->len : 0) : c->doc->entities->len;
      for (guint j = 0; (two || name_particle (k) || !strchr (name, ' ')) && j < n; j++)
        {
          gint i = l ? g_array_index (l, gint, j) : (gint) j;
          NgEntity *e = ent (c, i);
          if (e->kind != NG_KIND_PERSON)
            continue;
          const char *ek = entity_name_key (c, (guint) i);
          gsize el = strlen (ek);
          if (el <= kl + 1 || ng_strcmp (ek + el - kl, k) != 0 || ek[el - kl - 1] != ' ')
            continue;
          /* (nor after a father's particle: "bin Salman" is no "Salman
           * ...", the son is another man) */
          if (!name_particle (k) && el >= kl + 5)
            {
              const char *b = ek + el - kl - 1, *w = b;
              while (w > ek && w[-1] != ' ')
                w--;
              if (ng_fold_is_father_particle (w, (gsize) (b - w)))
                continue;
            }
          if (best < 0 || e->where.start > latest || (e->where.start == latest && i > best))
            {
              best = i;
              latest = e->where.start;
            }
        }
    }
  if (best < 0 && !single)
    {
      /* "Kyaw Soe Naing" after "U Kyaw Soe Naing": the name without a
       * short honorific that the scanner kept ("U", "Daw", "Ko") */
      gsize kl = strlen (k);
      GArray *l = c->by_surname ? g_hash_table_lookup (c->by_surname, last_word (k)) : NULL;
      guint n = c->by_surname ? (l ? l->len : 0) : c->doc->entities->len;
      for (guint j = 0; j < n; j++)
        {
          gint i = l ? g_array_index (l, gint, j) : (gint) j;
          if (ent (c, i)->kind != NG_KIND_PERSON)
            continue;
          const char *ek = entity_name_key (c, (guint) i);
          gsize el = strlen (ek);
          if (el > kl + 1 && el <= kl + 4 && ek[el - kl - 1] == ' ' && !ng_strcmp (ek + el - kl, k)
              && !memchr (ek, ' ', el - kl - 1)
              && (!strncmp (ek, "u ", 2) || !strncmp (ek, "daw ", 4) || !strncmp (ek, "ko ", 3)
                  || !strncmp (ek, "dr ", 3) || !strncmp (ek, "sir ", 4)))
            {
              if (best >= 0 && best != i)
                {
                  best = -1;
                  break;
                }
              best = i;
            }
        }
    }
  if (best < 0 && !single && k[1] == ' ' && !strchr (k + 2, ' '))
    {
      /* An initial and a surname, "A.Rudenko" or "A. Rudenko": the one
       * person with a full name of that surname and initial. */
      const char *sn = k + 2;
      GArray *l = c->by_surname ? g_hash_table_lookup (c->by_surname, sn) : NULL;
      guint n = c->by_surname ? (l ? l->len : 0) : c->doc->entities->len;
      for (guint j = 0; j < n; j++)
        {
          gint i = l ? g_array_index (l, gint, j) : (gint) j;
          if (ent (c, i)->kind != NG_KIND_PERSON || i == best)
            continue;
          const char *ek = entity_name_key (c, (guint) i);
          if (ek[0] != k[0] || ek[1] == ' ' || ng_strcmp (last_word (ek), sn) != 0 || !strchr (ek, ' '))
            continue;
          if (best >= 0)
            return -1;
          best = i;
        }
    }
  if (best < 0 && single)
    {
      /* A name alone that is a word other than the last of exactly one
       * full name: "Wang" for Wang Yi, "Park" for Park Jin (family names
       * first), "Anwar" for Anwar Ibrahim, "Lula" for Luiz Inacio Lula da
       * Silva; not "Kim" beside Kim Song and Kim Hong-kyun. */
      GArray *l = c->by_first ? g_hash_table_lookup (c->by_first, k) : NULL;
      guint n = c->by_first ? (l ? l->len : 0) : c->doc->entities->len;
      for (guint j = 0; j < n; j++)
        {
          gint i = l ? g_array_index (l, gint, j) : (gint) j;
          if (ent (c, i)->kind != NG_KIND_PERSON || i == best || !inner_name (entity_name_key (c, (guint) i), k))
            continue;
          if (best >= 0)
            return -1;
          best = i;
        }
    }
  return best;
}

static char *post_title (const char *t);

/* "The President of Kazakhstan also met ...", "the Kazakh President said":
 * a title with its country and no name, after "the", is the person the
 * article has named with that post (the latest, if several). */
static void
title_anaphors (Ctx *c)
{
  GArray *ms = c->ex->ms;
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_TITLE || g_array_index (c->ex->ment_ent, gint, m) >= 0)
        continue;
      gboolean named = FALSE;
      for (guint q = 0; q < ms->len && !named; q++)
        named = mn (c, q)->title == (gint) m;
      if (named)
        continue;
      /* "The Head of State is expected to attend": the article's first
       * person (press releases of a head of state's office, BelTA, AZERTAC
       * call their own president so) */
      if (x->of < 0 && x->lex && !ng_strcmp (x->lex->key, "title-head-of-state") && x->first > 0
          && !ng_strcmp (kw (c, x->first - 1), "the"))
        {
          gint first = -1;
          for (guint e = 0; e < c->doc->entities->len && first < 0; e++)
            if (ent (c, (gint) e)->kind == NG_KIND_PERSON)
              first = (gint) e;
          g_array_index (c->ex->ment_ent, gint, m) = first;
          continue;
        }
      /* "EAM called on X": a title's acronym alone is the one person who
       * holds that post in the article; so is "the secretary general
       * called on X" (not before a name) */
      const NgSentenceSpan *tsp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      gboolean the_title = x->first > tsp->first && !ng_strcmp (kw (c, x->first - 1), "the")
                           && (x->last >= tsp->first + tsp->n || !(tk (c, x->last)->flags & (NG_TF_CAP | NG_TF_ALLCAPS))
                               || tk (c, x->last)->kind != NG_TOK_WORD)
                           /* (nor a speaker: "The president noted that ...",
                            * nor "the head of the Ministry of Agriculture, X") */
                           && !(x->last < tsp->first + tsp->n
                                && (tok_in (c, x->last, speech_words) || !ng_strcmp (kw (c, x->last), "of")
                                    || tk (c, x->last)->kind == NG_TOK_PUNCT));
      if (x->of < 0 && x->lex
          && ((x->last == x->first + 1 && (tk (c, x->first)->flags & NG_TF_ALLCAPS)) || the_title))
        {
          gint who = -1, near = -1;
          gboolean one = TRUE, near_one = FALSE;
          guint near_sent = 0;
          for (guint p = 0; p < c->doc->posts->len; p++)
            {
              NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
              g_autofree char *k = ng_fold_plain (po->title);
              const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
              if (!h || h->entry != x->lex || po->person == who || po->person == near)
                continue;
              one = one && who < 0;
              who = po->person;
              /* (of several holders, "The Prime Minister held talks with
               * the Prime Minister of Y" is the one named in the sentence
               * just before, and no other holder there) */
              guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (c->person_sent, GINT_TO_POINTER (po->person)));
              if (seen > near_sent)
                near_sent = seen, near = po->person, near_one = TRUE;
              else if (seen && seen == near_sent)
                near_one = FALSE;
            }
          if (one && who >= 0)
            g_array_index (c->ex->ment_ent, gint, m) = who;
          else if (!one && the_title && near_one && near_sent == c->sent)
            g_array_index (c->ex->ment_ent, gint, m) = near;
          /* ("The First Minister met a delegation", the article naming
           * him with his title only later, in a caption: the one person
           * the article names after that title) */
          else if (who < 0 && the_title && !c->first_pass)
            {
              g_autofree char *t = post_title (x->name);
              g_autofree char *k = ng_fold_plain (t);
              gint h = GPOINTER_TO_INT (g_hash_table_lookup (c->title_holders, k));
              if (h > 0)
                g_array_index (c->ex->ment_ent, gint, m) = h - 1;
            }
          continue;
        }
      if (x->of < 0)
        continue;
      /* "the" before the title, or before the demonym that precedes it */
      NgMentionSpan *o = mn (c, (guint) x->of);
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      guint f = o->last <= x->first ? MIN (o->first, x->first) : x->first;
      guint after = MAX (x->last, o->last);
      if (f <= sp->first || ng_strcmp (kw (c, f - 1), "the") != 0)
        continue;
      if (after < sp->first + sp->n && tk (c, after)->kind == NG_TOK_WORD && (tk (c, after)->flags & NG_TF_CAP))
        continue;
      /* the country: a demonym's lexicon entry, or the entity named */
      const NgLexEntry *dem = o->role == NG_MS_DEMONYM ? o->lex : NULL;
      gint of = dem ? -1 : g_array_index (c->ex->ment_ent, gint, x->of);
      if (!dem && of < 0)
        continue;
      char *title = post_title (x->name);
      gint who = -1;
      for (guint p = 0; p < c->doc->posts->len; p++)
        {
          NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
          if (po->of < 0 || g_ascii_strcasecmp (po->title, title) != 0)
            continue;
          const char *lk = ent (c, po->of)->lex_key;
          if (dem ? (lk && !ng_strcmp (lk, dem->key)) : po->of == of)
            who = po->person;
        }
      /* "the Iranian minister" after "Iranian Foreign Minister X": the one
       * person whose post of that country ends in the word */
      for (guint p = 0; p < c->doc->posts->len && who < 0 && !strchr (title, ' '); p++)
        {
          NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
          const char *sp2 = strrchr (po->title, ' ');
          if (po->of < 0 || !sp2 || g_ascii_strcasecmp (sp2 + 1, title) != 0)
            continue;
          const char *lk = ent (c, po->of)->lex_key;
          if (!(dem ? (lk && !ng_strcmp (lk, dem->key)) : po->of == of))
            continue;
          gboolean alone = TRUE;
          for (guint q = 0; q < c->doc->posts->len && alone; q++)
            {
              NgPost *pq = &g_array_index (c->doc->posts, NgPost, q);
              const char *sq = strrchr (pq->title, ' ');
              alone = pq->person == po->person || pq->of != po->of || !sq || g_ascii_strcasecmp (sq + 1, title) != 0;
            }
          if (alone)
            who = po->person;
        }
      g_free (title);
      g_array_index (c->ex->ment_ent, gint, m) = who;
    }
}

/* TRUE if mention x is whom someone meets: "is to meet regional leader
 * Nechirvan Barzani", "was received by X", "talks with X" (a full name
 * there is a person's even unknown to the lexicons). */
static gboolean
met_object (Ctx *c, const NgMentionSpan *x)
{
  static const char *const verbs[] = {
    "met", "meet", "meets", "meeting", "received", "receive", "receives", "hosted", "hosts", "welcomed", NULL
  };
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  guint b = x->first;
  /* over a lowercase role before the name ("regional leader") and "by" */
  for (guint n = 0; n < 3 && b > sp->first && tk (c, b - 1)->kind == NG_TOK_WORD
                  && !(tk (c, b - 1)->flags & NG_TF_CAP); n++)
    {
      const char *w = kw (c, b - 1);
      for (const char *const *v = verbs; *v; v++)
        if (!ng_strcmp (w, *v))
          return TRUE;
      /* "met in Belo Horizonte": a place after a preposition */
      if (!ng_strcmp (w, "in") || !ng_strcmp (w, "at") || !ng_strcmp (w, "on") || !ng_strcmp (w, "to") || !ng_strcmp (w, "from")
          || !ng_strcmp (w, "near") || !ng_strcmp (w, "for") || !ng_strcmp (w, "of"))
        return FALSE;
      if (!ng_strcmp (w, "with") && b - 1 > sp->first)
        {
          const char *p = kw (c, b - 2);
          return !ng_strcmp (p, "talks") || !ng_strcmp (p, "meeting") || !ng_strcmp (p, "met") || !ng_strcmp (p, "meet");
        }
      b--;
    }
  return FALSE;
}

/* TRUE if description m names the person right after it ("The German
 * chancellor, Olaf Scholz,"): a title, not someone named before. */
static gboolean
desc_names_next (Ctx *c, guint m)
{
  GArray *ms = c->ex->ms;
  if (m + 1 >= ms->len)
    return FALSE;
  NgMentionSpan *d = mn (c, m), *y = mn (c, m + 1);
  if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON)
    return FALSE;
  return y->first == d->last
         || (y->first == d->last + 1 && tk (c, d->last)->kind == NG_TOK_PUNCT
             && c->art->text[tk (c, d->last)->start] == ',');
}

/* Turns the sentence's mentions into doc entities (ment_ent). */
/* The country of a demonym two countries share ("Congolese"): the one
 * the article names by name, else the lexicon's first. */
static const NgLexEntry *
shared_demonym (Ctx *c, const NgMentionSpan *x)
{
  const GArray *hits = ng_lexicon_lookup (c->ex->lex, kw (c, x->first));
  if (!hits || hits->len < 2)
    return x->lex;
  for (guint i = 0; i < hits->len; i++)
    {
      const NgLexHit *h = &g_array_index (hits, NgLexHit, i);
      if (h->how == NG_LEXHIT_DEMONYM && h->entry->cls == NG_LEX_COUNTRY && c->named_countries
          && g_hash_table_contains (c->named_countries, h->entry))
        return h->entry;
    }
  return x->lex;
}

/* The lexicon organization the article calls by a name ending with name
 * (two words or more): "General Assembly" of "United Nations General
 * Assembly"; NULL if none, or more than one. */
static const NgLexEntry *
whole_org_of (Ctx *c, const char *name)
{
  if (!strchr (name, ' '))
    return NULL;
  gsize n = strlen (name);
  const NgLexEntry *found = NULL;
  for (guint i = 0; i < c->lex_org_names->len; i++)
    {
      const char *full = g_ptr_array_index (c->lex_org_names, i);
      gsize f = strlen (full);
      const NgLexEntry *e = g_ptr_array_index (c->lex_orgs, i);
      if (f > n + 1 && full[f - n - 1] == ' ' && !g_ascii_strcasecmp (full + f - n, name))
        {
          if (found && found != e)
            return NULL;
          found = e;
        }
    }
  return found;
}

/* TRUE if a name is one word of capitals (and digits): "IOC", "G20". */
static gboolean
is_acronym_name (const char *name)
{
  gboolean upper = FALSE;
  for (const char *p = name; *p; p++)
    {
      if (!g_ascii_isupper (*p) && !g_ascii_isdigit (*p))
        return FALSE;
      upper = upper || g_ascii_isupper (*p);
    }
  return upper && name[0] && name[1];
}

/* TRUE if the capitalized words of name begin with the letters of acr,
 * in order and no others: "Fiji Rugby Union" and "FRU", "Vietnam Chamber
 * of Commerce and Industry" and "VCCI". */
static gboolean
initials_spell (const char *name, const char *acr)
{
  gsize n = 0, al = strlen (acr);
  for (const char *p = name; *p; p++)
    if ((p == name || *p == ' ' || *p == '-') && (p == name ? *p : p[1]))
      {
        const char *w = p == name ? p : p + 1;
        if (!g_ascii_isupper (*w))
          continue;
        if (n >= al || *w != acr[n])
          return FALSE;
        n++;
      }
  return n == al;
}

/* The name of the one organization no lexicon knows whose initials an
 * acronym of three letters or more spells ("FRU Chief Executive X" in an
 * article on the "Fiji Rugby Union"); NULL if none or several. */
static const char *
spelled_org (Ctx *c, const char *acr)
{
  if (strlen (acr) < 3)
    return NULL;
  const char *found = NULL;
  for (guint i = 0; i < c->org_names->len; i++)
    {
      const char *name = g_ptr_array_index (c->org_names, i);
      if (initials_spell (name, acr))
        {
          if (found && strcmp (found, name))
            return NULL;
          found = name;
        }
    }
  return found;
}

/* The organization the article names with or without what it is about
 * or for: "Ulaanbaatar Dialogue" and "Ulaanbaatar Dialogue on Northeast
 * Asian Security" are one; -1 if none.  (The shorter name has two words at
 * least: not "Group" of "Group on Venezuela".) */
static gint
topic_org (Ctx *c, const char *name)
{
  /* (or what it is for: "Trinational Commission" and "Trinational
   * Commission for the Development of the Pilcomayo River Basin") */
  const char *on = strstr (name, " on ");
  if (!on)
    on = strstr (name, " for ");
  if (on)
    {
      g_autofree char *head = g_strndup (name, (gsize) (on - name));
      return strchr (head, ' ') ? ng_doc_find_entity (c->doc, NG_KIND_ORG, head) : -1;
    }
  if (!strchr (name, ' '))
    return -1;
  gsize n = strlen (name);
  for (guint i = 0; i < c->doc->entities->len; i++)
    {
      const NgEntity *e = ent (c, (gint) i);
      if (e->kind == NG_KIND_ORG && !strncmp (e->name, name, n)
          && (!strncmp (e->name + n, " on ", 4) || !strncmp (e->name + n, " for ", 5)))
        return (gint) i;
    }
  return -1;
}

/* "Sheikh Hasina", "King Salman", "Baron Waqa": a person known by one
 * name after a word of rank is known by the two together too. */
static void
honorific_form (Ctx *c, gint id, const NgMentionSpan *x, gboolean single)
{
  static const char *const ranks[] = {
    "sheikh", "sheikha", "sultan", "baron", "king", "queen", "prince", "princess", "emir", "sayyid", NULL
  };
  if (!single || x->first == 0 || tk (c, x->first - 1)->kind != NG_TOK_WORD
      || !(tk (c, x->first - 1)->flags & NG_TF_CAP))
    return;
  const char *w = kw (c, x->first - 1);
  gboolean ok = FALSE;
  for (const char *const *a = ranks; *a && !ok; a++)
    ok = !ng_strcmp (w, *a);
  if (!ok)
    return;
  const NgToken *t = tk (c, x->first - 1);
  g_autofree char *form = g_strdup_printf ("%.*s %s", (int) (t->end - t->start), c->art->text + t->start, x->name);
  add_form (c, id, form);
}


static gboolean word_in (const char *w, const char *const *words);

/* TRUE if mention m, one word the lexicon knows as a town or a place, is
 * the surname of a person the article names in full: "Mr Chikondi Banda"
 * then "Banda spoke after the meeting" (not "in Banda", "Lusaka and
 * Banda"). */
static gboolean
town_is_surname (Ctx *c, guint m)
{
  const NgMentionSpan *x = mn (c, m);
  if (x->last != x->first + 1 || tk (c, x->first)->kind != NG_TOK_WORD)
    return FALSE;
  static const char *const placing[] = {
    "in", "at", "to", "from", "near", "of", "outside", "into", "via", "towards", "toward", "across", "around",
    "between", "through", "inside", "for", "the", "and", "or", "capital", "city", "town", NULL
  };
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  if (x->first > sp->first)
    {
      const NgToken *pv = tk (c, x->first - 1);
      if ((pv->kind == NG_TOK_WORD && word_in (kw (c, x->first - 1), placing))
          || (pv->kind == NG_TOK_PUNCT && c->art->text[pv->start] == ',' && m > 0 && mn (c, m - 1)->last + 1 == x->first
              && mn (c, m - 1)->role == NG_MS_ENTITY && mn (c, m - 1)->kind != NG_KIND_PERSON))
        return FALSE;
    }
  const char *k = name_key (c, x->name);
  if (strchr (k, ' '))
    return FALSE;
  gint p = find_person (c, x->name);
  if (p < 0)
    return FALSE;
  const char *ek = entity_name_key (c, (guint) p);
  return strchr (ek, ' ') && !ng_strcmp (last_word (ek), k);
}

/* The person of mention m-1 if mention m is their other name: "X, alias
 * Y", "X, also known as Y", "X (aka Y)"; else -1. */
static gint
alias_of (Ctx *c, guint m)
{
  if (m == 0)
    return -1;
  NgMentionSpan *x = mn (c, m), *y = mn (c, m - 1);
  gint id = g_array_index (c->ex->ment_ent, gint, m - 1);
  if (id < 0 || y->role != NG_MS_ENTITY || y->kind != x->kind
      || (y->kind != NG_KIND_PERSON && y->kind != NG_KIND_ORG) || x->first < y->last + 2
      || x->first > y->last + 5 || tk (c, y->last)->kind != NG_TOK_PUNCT)
    return -1;
  const char *a = kw (c, y->last + 1);
  guint n = x->first - y->last - 1;
  /* (an organization's: "The Colombo Process, formally the Regional
   * Consultative Process on ...", "officially", "formerly") */
  if (y->kind == NG_KIND_ORG)
    {
      if (n > 1 && !ng_strcmp (kw (c, x->first - 1), "the"))
        n--;
      return (n == 1 && (!ng_strcmp (a, "formally") || !ng_strcmp (a, "officially") || !ng_strcmp (a, "formerly")))
             || (n == 3 && !ng_strcmp (a, "also") && !ng_strcmp (kw (c, y->last + 2), "known")
                 && !ng_strcmp (kw (c, y->last + 3), "as"))
             ? id : -1;
    }
  if ((n == 1 && (!ng_strcmp (a, "alias") || !ng_strcmp (a, "aka")))
      || (n == 3 && (!ng_strcmp (a, "also") || !ng_strcmp (a, "better") || !ng_strcmp (a, "popularly"))
          && !ng_strcmp (kw (c, y->last + 2), "known") && !ng_strcmp (kw (c, y->last + 3), "as")))
    return id;
  return -1;
}
/* TRUE if two names fold to one plain key ("Portorož" and "PORTOROŽ"). */
static gboolean
same_plain (const char *a, const char *b)
{
  g_autofree char *ka = ng_fold_plain (a), *kb = ng_fold_plain (b);
  return !strcmp (ka, kb);
}


static gint person_country (Ctx *c, gint person);
static gboolean described_post (const char *want, const char *title);

static void
resolve_mentions (Ctx *c)
{
  GArray *ms = c->ex->ms;
  g_array_set_size (c->ex->ment_ent, ms->len);
  if (!c->first_pass)
    c->city_before = c->last_city;
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = -1;
      if ((x->role == NG_MS_DEMONYM || x->role == NG_MS_DESCRIPTION) && x->lex && x->lex->cls == NG_LEX_COUNTRY)
        x->lex = shared_demonym (c, x);
      NgWhere w = where_of (c, x->start, x->end);
      if (x->role == NG_MS_ENTITY && (x->kind == NG_KIND_CITY || x->kind == NG_KIND_PLACE) && x->lex
          && town_is_surname (c, m))
        {
          x->kind = NG_KIND_PERSON;
          x->lex = NULL;
        }
      if (x->role == NG_MS_ENTITY && x->kind != NG_KIND_PERSON)
        {
          const NgLexEntry *whole = NULL;
          const char *spelled;
          /* (an acronym the article gave another body: "the Indian Ocean
           * Commission (IOC)", then "The IOC", not the Olympic one) */
          gint defined = -1;
          if (x->lex && x->kind == NG_KIND_ORG && is_acronym_name (x->name))
            {
              defined = ng_doc_find_entity (c->doc, NG_KIND_ORG, x->name);
              if (defined >= 0 && ent (c, defined)->lex_key && !ng_strcmp (ent (c, defined)->lex_key, x->lex->key))
                defined = -1;
            }
          /* (a national body the lexicon knows as one country's, said of
           * another: "Japan's House of Representatives" is not the U.S.
           * House; a body of its name, the country's) */
          if (x->lex && x->kind == NG_KIND_ORG && x->lex->country && m > 0 && ng_body_common_national (x->name))
            {
              const NgMentionSpan *y = mn (c, m - 1);
              if (y->last == x->first && y->lex && y->lex->cls == NG_LEX_COUNTRY && y->lex != x->lex->country
                  && (y->role == NG_MS_DEMONYM || (y->role == NG_MS_ENTITY && y->possessive)))
                x->lex = NULL;
            }
          if (defined >= 0)
            id = defined;
          else if (x->lex)
            {
              id = entity_for_lex (c, x->lex, x->kind, x->name, w);
              /* (an outlet named in the first or last sentences: "Anadolu
               * Agency website contains only a portion of the news") */
              if (x->lex->cls == NG_LEX_AGENCY
                  && (c->sent < 3 || c->sent + 3 >= c->ex->text->sentences->len
                      /* (or one a source speaks to: "X told Ahram Online",
                       * "told The Namibian") */
                      || (x->first > 0 && tk (c, x->first - 1)->kind == NG_TOK_WORD
                          && !ng_strcmp (kw (c, x->first - 1), "told"))
                      || (x->first > 1 && !ng_strcmp (kw (c, x->first - 1), "the")
                          && !ng_strcmp (kw (c, x->first - 2), "told"))))
                g_hash_table_add (c->edge_agencies, (gpointer) x->lex);
              /* (the names by which the article calls lexicon
               * organizations, for their short forms below) */
              if (c->first_pass && x->kind == NG_KIND_ORG && strchr (x->name, ' '))
                {
                  g_ptr_array_add (c->lex_org_names, g_strdup (x->name));
                  g_ptr_array_add (c->lex_orgs, (gpointer) x->lex);
                }
            }
          /* (organizations no lexicon knows are made in the second pass,
           * once every lexicon organization's name is known) */
          else if (x->kind == NG_KIND_ORG && c->first_pass)
            {
              id = -1;
              if (strchr (x->name, ' '))
                g_ptr_array_add (c->org_names, g_strdup (x->name));
            }
          /* "FRU" in an article on the "Fiji Rugby Union", before or
           * after it: one organization */
          else if (x->kind == NG_KIND_ORG && is_acronym_name (x->name) && (spelled = spelled_org (c, x->name)))
            {
              id = ng_doc_add_entity (c->doc, NG_KIND_ORG, spelled, &w);
              add_form (c, id, x->name);
            }
          /* "The Colombo Process, formally the Regional Consultative
           * Process on ...": one organization */
          else if (x->kind == NG_KIND_ORG && (id = alias_of (c, m)) >= 0)
            add_form (c, id, x->name);
          /* "General Assembly" in an article that names the "United
           * Nations General Assembly": the same body */
          else if (x->kind == NG_KIND_ORG && (whole = whole_org_of (c, x->name)))
            id = entity_for_lex (c, whole, NG_KIND_ORG, NULL, w);
          else if (x->kind == NG_KIND_ORG && (id = topic_org (c, x->name)) >= 0)
            add_form (c, id, x->name);
          else
            /* The entity of that kind with this form, if any: a known
             * acronym used alone ("CSTO" after "... (CSTO)") is one. */
            id = ng_doc_add_entity (c->doc, x->kind, x->name, &w);
        }
      else if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON
               && (!ng_strcmp (x->name, "He") || !ng_strcmp (x->name, "She")))
        {
          /* "Zelensky was not invited. He is due to meet Trump on Monday":
           * a pronoun opening a sentence is the person the sentence before
           * named first */
          /* (or "The same day he held talks": the scanner keeps a
           * lowercase one only after an opening phrase) */
          gboolean subject = x->first == c->sent_first || g_ascii_islower (c->art->text[x->start]);
          if (!c->first_pass && subject && c->prev_person >= 0 && c->prev_person_sent + 1 == c->sent)
            id = c->prev_person;
        }
      else if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON && c->doc->dateline >= 0
               && !ent (c, c->doc->dateline)->lex_key && !strchr (x->name, ' ')
               && same_plain (x->name, ent (c, c->doc->dateline)->name))
        {
          /* "Portorož, 21 March (STA) - ... at a meeting in Portorož": the
           * dateline's town no lexicon knows, not a person */
          id = c->doc->dateline;
          x->kind = NG_KIND_CITY;
        }
      else if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON && (id = alias_of (c, m)) >= 0)
        {
          /* "Robert Kyagulanyi, alias Bobi Wine, said": one person, who
           * speaks */
          add_form (c, id, x->name);
          mn (c, m - 1)->speaker = mn (c, m - 1)->speaker || x->speaker;
        }
      else if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON)
        {
          id = find_person (c, x->name);
          gboolean single = strchr (x->name, ' ') == NULL;
          if (id >= 0)
            add_form (c, id, x->name);
          /* (a headline's one name waits for the body's full names: "PM
           * Shehbaz arrives" is Shehbaz Sharif) */
          else if (c->first_pass && single && c->sent == 0)
            ;
          else if (x->strong || x->title >= 0 || (x->speaker && !single) || (!single && met_object (c, x))
                   /* "his Syrian counterpart Asaad al-Shaibani" */
                   || (!single && m > 0 && mn (c, m - 1)->role == NG_MS_DESCRIPTION && desc_names_next (c, m - 1)))
            id = ng_doc_add_entity (c->doc, NG_KIND_PERSON, x->name, &w);
          if (id >= 0)
            honorific_form (c, id, x, single);
          /* A surname-only person that now has a full name. */
        }
      else if (x->role == NG_MS_ACRONYM && x->partner >= 0)
        {
          gint p = g_array_index (c->ex->ment_ent, gint, x->partner);
          if (p >= 0)
            {
              add_form (c, p, x->name);
              id = p;
            }
        }
      else if (x->role == NG_MS_DESCRIPTION && x->lex && !desc_names_next (c, m))
        {
          /* "the Russian leader": a person of that country holding a top post
           * (not "the former Cambodian leader") */
          gboolean former = x->first > 0 && (!ng_strcmp (kw (c, x->first - 1), "former")
                                             || !ng_strcmp (kw (c, x->first - 1), "late"));
          /* (nor one in apposition to a name, which it describes: "Mette
           * Frederiksen, the Danish prime minister,") */
          former = former
                   || (m > 0 && x->first >= 2 && !ng_strcmp (kw (c, x->first - 1), "the")
                       && tk (c, x->first - 2)->kind == NG_TOK_PUNCT && c->art->text[tk (c, x->first - 2)->start] == ','
                       && mn (c, m - 1)->role == NG_MS_ENTITY && mn (c, m - 1)->kind == NG_KIND_PERSON
                       && mn (c, m - 1)->last == x->first - 2);
          for (gint i = (gint) c->doc->entities->len - 1; i >= 0 && id < 0 && !former; i--)
            {
              NgEntity *e = ent (c, i);
              if (e->kind != NG_KIND_PERSON || e->country < 0)
                continue;
              NgEntity *ce = ent (c, e->country);
              if (ce->lex_key && ng_strcmp (ce->lex_key, x->lex->key) == 0)
                {
                  /* ("the Iraqi top diplomat": its foreign minister) */
                  gboolean diplomat = g_str_has_suffix (x->name, "diplomat");
                  for (guint p = 0; p < c->doc->posts->len; p++)
                    {
                      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
                      if (po->person == i
                          && (diplomat ? (strstr (po->title, "Foreign") || strstr (po->title, "External")
                                          || strstr (po->title, "Secretary of State"))
                                       : (g_ascii_strcasecmp (po->title, "President") == 0
                                          || strstr (po->title, "Prime Minister")
                                          || strstr (po->title, "Chancellor")
                                          || strstr (po->title, "King"))))
                        id = i;
                    }
                }
            }
          /* ("the Brazilian president" after "President Luiz Inacio Lula
           * da Silva", the one president of no country yet: he is the
           * country's) */
          if (id < 0 && !c->first_pass && !former)
            {
              const char *sp = strchr (x->name, ' ');
              g_autofree char *head = sp ? g_ascii_strdown (sp + 1, -1) : NULL;
              gboolean head_post = head && (!ng_strcmp (head, "president") || !ng_strcmp (head, "prime minister"));
              gint only = -1, n = 0;
              for (guint p = 0; head_post && p < c->doc->posts->len && n < 2; p++)
                {
                  const NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
                  if (po->of < 0 && ent (c, po->person)->country < 0 && person_country (c, po->person) < 0
                      && described_post (head, po->title) && po->person != only)
                    only = po->person, n++;
                }
              if (n == 1)
                {
                  id = only;
                  ent (c, id)->country = entity_for_lex (c, x->lex, NG_KIND_COUNTRY, NULL, where_of (c, x->start, x->end));
                }
            }
        }
      g_array_index (c->ex->ment_ent, gint, m) = id;
      if (c->first_pass)
        continue;
      if (id >= 0 && x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON && c->prev_person_sent != c->sent)
        {
          c->prev_person = id;
          c->prev_person_sent = c->sent;
        }
      if (id >= 0 && x->role != NG_MS_DESCRIPTION)
        {
          NgEntity *e = ent (c, id);
          if (e->kind == NG_KIND_ORG)
            {
              c->last_org = id;
              if (x->first == c->sent_first || (x->first == c->sent_first + 1 && !ng_strcmp (kw (c, c->sent_first), "the")))
                c->subject_org = id, c->subject_org_sent = c->sent;
              if (e->lex_key && id != c->doc->publisher)
                {
                  gint n = GPOINTER_TO_INT (g_hash_table_lookup (c->org_count, GINT_TO_POINTER (id))) + 1;
                  g_hash_table_insert (c->org_count, GINT_TO_POINTER (id), GINT_TO_POINTER (n));
                  gint best = c->main_org >= 0 ? GPOINTER_TO_INT (g_hash_table_lookup (c->org_count, GINT_TO_POINTER (c->main_org))) : 0;
                  if (n > best)
                    c->main_org = id;
                }
            }
          else if (e->kind == NG_KIND_COUNTRY || e->kind == NG_KIND_PLACE)
            c->last_place = id;
          else if (e->kind == NG_KIND_CITY && x->role == NG_MS_ENTITY)
            c->last_city = id;
        }
    }
  if (!c->first_pass)
    {
      title_anaphors (c);
      for (guint m = 0; m < ms->len; m++)
        {
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (id >= 0 && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON)
            g_hash_table_insert (c->person_sent, GINT_TO_POINTER (id), GUINT_TO_POINTER (c->sent + 1));
        }
    }
  /* Parents of bodies: "CSTO Collective Security Council", "Council of ... of the SCO". */
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG)
        continue;
      gint p = -1;
      if (x->parent >= 0)
        p = g_array_index (c->ex->ment_ent, gint, x->parent);
      else if (x->lex && strchr (x->name, ' ') && !g_str_has_suffix (x->name, " Conference")
               && !g_str_has_suffix (x->name, " Summit") && !(x->lex->kind && !ng_strcmp (x->lex->kind, "forum")))
        {
          /* A label that starts with another organization's acronym (not
           * a conference's: "UN Climate Change Conference" is its own; nor
           * a forum's: "ASEAN Regional Forum"). */
          const char *sp = strchr (x->name, ' ');
          char *k = ng_fold_plain_len (x->name, sp - x->name);
          const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_ORG);
          if (h && h->entry != x->lex && h->entry->notation)
            p = entity_for_lex (c, h->entry, NG_KIND_ORG, NULL, where_of (c, x->start, x->end));
          g_free (k);
        }
      else if (!x->lex && strchr (x->name, ' '))
        {
          /* "the 24th IORA Council of Ministers" after "the Indian Ocean
           * Rim Association (IORA)": a body of the organization whose
           * acronym starts its name */
          const char *sp = strchr (x->name, ' ');
          gboolean caps = sp - x->name >= 2 && sp - x->name <= 8;
          for (const char *q = x->name; q < sp && caps; q++)
            caps = g_ascii_isupper (*q);
          if (caps)
            {
              g_autofree char *acr = g_strndup (x->name, (gsize) (sp - x->name));
              p = ng_doc_find_entity (c->doc, NG_KIND_ORG, acr);
            }
        }
      /* "the Pacific Alliance Council of Ministers": an organization's
       * name just before a name that bodies of many bear */
      if (p < 0 && x->parent < 0 && m > 0 && mn (c, m - 1)->role == NG_MS_ENTITY && mn (c, m - 1)->kind == NG_KIND_ORG
          && mn (c, m - 1)->last == x->first && !mn (c, m - 1)->possessive && ng_body_common_org (x->name))
        p = g_array_index (c->ex->ment_ent, gint, m - 1);
      if (p < 0 && x->parent < 0 && m + 1 < ms->len && x->last + 2 < c->ex->text->tokens->len && !ng_strcmp (kw (c, x->last), "of"))
        {
          NgMentionSpan *y = mn (c, m + 1);
          guint gap = y->first - x->last;
          if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_ORG && (gap == 1 || (gap == 2 && !ng_strcmp (kw (c, x->last + 1), "the"))))
            p = g_array_index (c->ex->ment_ent, gint, m + 1);
        }
      if (p >= 0 && p != id && !g_hash_table_contains (c->parents, GINT_TO_POINTER (p)))
        g_hash_table_insert (c->parents, GINT_TO_POINTER (id), GINT_TO_POINTER (p + 1));
    }
}

/* The lexicon entry of entity e, or NULL. */
static const NgLexEntry *
lex_entry_of (Ctx *c, gint e)
{
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, c->by_lex);
  while (g_hash_table_iter_next (&it, &k, &v))
    if (GPOINTER_TO_INT (v) - 1 == e)
      return k;
  return NULL;
}

/* Entity of the mention a title's post is in (demonyms become countries). */
static gint person_country (Ctx *c, gint person);

/* TRUE if entity e is a lexicon organization of that kind ("alliance"). */
static gboolean
lex_kind_is (Ctx *c, gint e, const char *kind)
{
  const NgLexEntry *x = ent (c, e)->lex_key ? lex_entry_of (c, e) : NULL;
  return x && x->kind && !ng_strcmp (x->kind, kind);
}

/* The index of the mention that holds token i, or -1. */
static gint
mention_at (Ctx *c, guint i)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    if (mn (c, m)->first <= i && i < mn (c, m)->last)
      return (gint) m;
  return -1;
}

/* Notes, in the first pass, the person named right after each title of
 * the lexicon ("First Minister John Swinney"): a title said alone later
 * or earlier ("The First Minister met ...") is that person, if the
 * article names no other after it. */
static void
note_title_holders (Ctx *c)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->title < 0 || id < 0)
        continue;
      const NgMentionSpan *ti = mn (c, (guint) x->title);
      /* (or after the name and its comma: "Dr. X, Minister of Labour,") */
      gboolean after = ti->first == x->last + 1 && tk (c, x->last)->kind == NG_TOK_PUNCT
                       && c->art->text[tk (c, x->last)->start] == ',';
      if (!ti->lex || (ti->last != x->first && !after))
        continue;
      /* (by the title as written: "Deputy First Minister X" holds
       * another post than "First Minister Y"; and by its head before its
       * portfolio: "the Minister" is the Minister of Labour) */
      g_autofree char *t = post_title (ti->name);
      char *whole = ng_fold_plain (t);
      const char *of = strstr (whole, " of ");
      char *keys[2] = { whole, of ? g_strndup (whole, (gsize) (of - whole)) : NULL };
      for (guint n = 0; n < 2 && keys[n]; n++)
        {
          char *k = keys[n];
          gint h = GPOINTER_TO_INT (g_hash_table_lookup (c->title_holders, k));
          if (h == 0)
            g_hash_table_insert (c->title_holders, k, GINT_TO_POINTER (id + 1));
          else
            {
              if (h > 0 && h - 1 != id)
                g_hash_table_insert (c->title_holders, g_strdup (k), GINT_TO_POINTER (-1));
              g_free (k);
            }
        }
    }
}

/* Whom a title's holder goes with: "Erdogan was accompanied by Foreign
 * Minister X and Energy Minister Y", "the Romanian delegation included the
 * national security adviser and Foreign Minister Z", "Ruto, accompanied
 * by Trade CS X": the verb before the title (over a list of other people
 * and titles), the subject of its clause a country, a people's delegation
 * (their country) or a person (*person set).  -1 if none. */
static gint
escort_of (Ctx *c, const NgMentionSpan *title, gboolean *person)
{
  *person = FALSE;
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  guint b = title->first;
  while (b > sp->first)
    {
      gint m = mention_at (c, b - 1);
      if (m >= 0)
        {
          b = mn (c, (guint) m)->first;
          continue;
        }
      const char *w = kw (c, b - 1);
      /* (over a word of the title the lexicon does not hold: "his cabinet
       * chief X", "his planning minister Y") */
      gint tm = mention_at (c, b);
      if (tk (c, b - 1)->kind == NG_TOK_WORD && !(tk (c, b - 1)->flags & NG_TF_CAP) && b >= sp->first + 2
          && tm >= 0 && mn (c, (guint) tm)->role == NG_MS_TITLE
          && (!ng_strcmp (kw (c, b - 2), "his") || !ng_strcmp (kw (c, b - 2), "her") || !ng_strcmp (kw (c, b - 2), "their")))
        {
          b--;
          continue;
        }
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT ? c->art->text[tk (c, b - 1)->start] != ','
          : ng_strcmp (w, "and") && ng_strcmp (w, "the") && ng_strcmp (w, "his") && ng_strcmp (w, "her")
              && ng_strcmp (w, "its") && ng_strcmp (w, "by") && ng_strcmp (w, "well") && ng_strcmp (w, "as"))
        break;
      b--;
    }
  if (b <= sp->first)
    return -1;
  const char *v = kw (c, b - 1);
  gboolean by = !ng_strcmp (kw (c, b), "by");
  /* ("The US delegation was led by Secretary of State X and National
   * Security Adviser Y", "China's delegation was headed by X, a deputy
   * director-general ...": a delegation's leaders are its country's) */
  gboolean led = FALSE;
  /* (the delegation the clause's subject: not "received the Kuwait Fund
   * delegation headed by ...") */
  if (by && (!ng_strcmp (v, "led") || !ng_strcmp (v, "headed")) && b >= sp->first + 2
      && (!ng_strcmp (kw (c, b - 2), "was") || !ng_strcmp (kw (c, b - 2), "is") || !ng_strcmp (kw (c, b - 2), "be")
          || !ng_strcmp (kw (c, b - 2), "were") || !ng_strcmp (kw (c, b - 2), "been")))
    for (guint i = sp->first; i + 1 < b && !led; i++)
      led = !ng_strcmp (kw (c, i), "delegation");
  /* "Accompanying Bachelet were Public Works Minister X, ...", "Also
   * accompanying the President was ...": the person after the gerund */
  if ((!ng_strcmp (v, "were") || !ng_strcmp (v, "was")) && b >= sp->first + 3)
    {
      guint a = sp->first + (!ng_strcmp (kw (c, sp->first), "also") ? 1 : 0);
      if (!ng_strcmp (kw (c, a), "accompanying"))
        for (guint m = 0; m < c->ex->ms->len; m++)
          {
            const NgMentionSpan *y = mn (c, m);
            gint id = g_array_index (c->ex->ment_ent, gint, m);
            if (y->first <= a || y->last > b - 1)
              continue;
            if (id >= 0 && (y->role == NG_MS_ENTITY || y->role == NG_MS_TITLE) && ent (c, id)->kind == NG_KIND_PERSON)
              {
                *person = TRUE;
                return id;
              }
            return -1;
          }
      return -1;
    }
  if (!((by && (!ng_strcmp (v, "accompanied") || !ng_strcmp (v, "joined"))) || led
        || !ng_strcmp (v, "included") || !ng_strcmp (v, "includes") || !ng_strcmp (v, "comprised")))
    return -1;
  /* "X, who is accompanied by ...", "X, accompanied by ...": the person
   * before the comma */
  guint w = b - 1;
  while (w > sp->first && (!ng_strcmp (kw (c, w - 1), "is") || !ng_strcmp (kw (c, w - 1), "was")
                           || !ng_strcmp (kw (c, w - 1), "been") || !ng_strcmp (kw (c, w - 1), "has")
                           || !ng_strcmp (kw (c, w - 1), "had") || !ng_strcmp (kw (c, w - 1), "who")))
    w--;
  if (w < b - 1 && ng_strcmp (kw (c, w), "who"))
    w = b - 1;
  if (w > sp->first && tk (c, w - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, w - 1)->start] == ',')
    {
      gint m = w >= sp->first + 2 ? mention_at (c, w - 2) : -1;
      gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
      if (id >= 0 && ent (c, id)->kind == NG_KIND_PERSON)
        {
          *person = TRUE;
          return id;
        }
      return -1;
    }
  /* (the subject of the verb's own clause) */
  guint clause = sp->first;
  for (guint i = sp->first; i + 1 < b; i++)
    if (!ng_strcmp (kw (c, i), "while") || !ng_strcmp (kw (c, i), "whereas")
        || (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ';'))
      clause = i + 1;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *y = mn (c, m);
      if (y->first < clause)
        continue;
      if (y->first >= b - 1)
        break;
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      /* ("the Romanian delegation") */
      if (y->role == NG_MS_DEMONYM && y->lex && y->last < b && !ng_strcmp (kw (c, y->last), "delegation"))
        return entity_for_lex (c, y->lex, NG_KIND_COUNTRY, NULL, where_of (c, y->start, y->end));
      if (id < 0)
        continue;
      if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_COUNTRY)
        return id;
      /* (a person, or a title that stands for one: "The President was
       * accompanied by ...") */
      if ((y->role == NG_MS_ENTITY || y->role == NG_MS_TITLE) && ent (c, id)->kind == NG_KIND_PERSON)
        {
          *person = TRUE;
          return id;
        }
      return -1;
    }
  return -1;
}

/* TRUE if the folded name's last word (of two or more) is the folded
 * word w: "Pacific Islands Forum" and "forum". */
static gboolean
last_word_is (const char *name, const char *w)
{
  g_autofree char *fn = ng_fold_plain (name);
  const char *lw = strrchr (fn, ' ');
  return lw && !ng_strcmp (lw + 1, w);
}

/* The body or region a title names inside itself, which no mention
 * took: "ING chief executive X", "Rabobank chairman X" (a name the lexicon
 * does not know before the title of a body's head), "Saskatchewan Premier
 * X" (a region before a leader's title), "the general
 * secretary of Fiom-Cgil, X", "the governor of Piedmont, X" (after the
 * title's "of": a body for a body's head, a region for a governor or
 * premier, a town for a mayor, known to the lexicon or not).  Returns the entity, -1 if none; *title gets the title alone. */
static gint
title_named_body (Ctx *c, const NgMentionSpan *ti, char **title)
{
  static const char *const mods[] = { "deputy", "vice", "acting", "interim", "former", "new", "outgoing",
                                       "incoming", "first", "second", "executive", "senior", "chief", "joint",
                                       "assistant", "associate", "general", "managing", "co", "group", "global",
                                       "regional", "national", "federal", "state", "provincial", "party", NULL };
  static const char *const local[] = { "title-governor", "title-premier", "title-mayor", "title-chief-minister", NULL };
  *title = NULL;
  if (!ti->lex || !ti->lex->kind)
    return -1;
  const char *text = c->art->text;
  /* (a chief executive in small letters is a company's, "ING chief
   * executive X", as is one after an acronym, "FRU Chief Executive X") */
  gboolean head = !ng_strcmp (ti->lex->kind, "organization-head") || !ng_strcmp (ti->lex->kind, "party")
                  || (!ng_strcmp (ti->lex->key, "title-chief-executive")
                      && (!(tk (c, ti->last - 1)->flags & NG_TF_CAP) || (tk (c, ti->first)->flags & NG_TF_ALLCAPS)));
  gboolean leader = word_in (ti->lex->key, local);
  /* (a president after a body's name is the body's: "the Conmebol
   * president, X", "Uefa President X") */
  gboolean president = !ng_strcmp (ti->lex->key, "title-president") || !ng_strcmp (ti->lex->key, "title-vice-president");
  if (!head && !leader && !president)
    return -1;
  guint first = ti->first, last = ti->last;
  /* Where the title of the lexicon starts (a name before it), or ends
   * (its "of" and a name after it). */
  guint split = 0, name_first = 0, name_last = 0;
  for (guint j = first + 1; j < last && !split; j++)
    {
      g_autofree char *k = ng_fold_plain_len (text + tk (c, j)->start, tk (c, last - 1)->end - tk (c, j)->start);
      const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
      if (h && h->entry == ti->lex && (tk (c, first)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) && !word_in (kw (c, first), mods))
        split = j, name_first = first, name_last = j;
    }
  /* (a president's "of" and a name of one word is often a region's,
   * "the President of Molise"; of two or more, a body's: "the president of
   * Chery International, X") */
  for (guint q = first + 1; q + 1 < last && !split && (!president || q + 3 <= last); q++)
    if (!ng_strcmp (kw (c, q), "of"))
      {
        g_autofree char *k = ng_fold_plain_len (text + tk (c, first)->start, tk (c, q - 1)->end - tk (c, first)->start);
        const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
        if (h && h->entry == ti->lex)
          split = q, name_first = q + 1, name_last = last;
        break;
      }
  /* (or a name's possessive right before a body's head: "Stellantis's new
   * chief executive X", "ABN AMRO's CEO X"; a president's is often a
   * country's, "Congo-Brazzaville's President X") */
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  if (!split && head && first > sp->first && tk (c, first - 1)->kind == NG_TOK_WORD
      && (tk (c, first - 1)->flags & NG_TF_POSS) && (tk (c, first - 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)))
    {
      split = name_last = first;
      name_first = first - 1;
      while (name_first > sp->first && name_last - name_first < 4 && tk (c, name_first - 1)->kind == NG_TOK_WORD
             && (tk (c, name_first - 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) && !(tk (c, name_first - 1)->flags & NG_TF_POSS)
             && !(tk (c, name_first - 1)->flags & NG_TF_LINESTART))
        name_first--;
      /* (not the sentence's first word alone: "The", "Its") */
      if (name_first == sp->first && name_last - name_first > 1)
        name_first++;
    }
  if (!split)
    return -1;
  if (name_first < name_last && !ng_strcmp (kw (c, name_first), "the"))
    name_first++;
  if (name_first >= name_last || name_last - name_first > 4)
    return -1;
  /* (a name: capitalized words that are no title's modifiers, demonyms,
   * given names nor titles) */
  const NgLexEntry *known = NULL;
  for (guint i = name_first; i < name_last; i++)
    {
      const NgToken *t = tk (c, i);
      if (t->kind != NG_TOK_WORD || !(t->flags & (NG_TF_CAP | NG_TF_ALLCAPS))
          || ((t->flags & NG_TF_POSS) && !(split == first && i + 1 == name_last)) || word_in (kw (c, i), mods))
        return -1;
    }
  g_autofree char *nk = ng_fold_plain_len (text + tk (c, name_first)->start,
                                           tk (c, name_last - 1)->end - tk (c, name_first)->start);
  /* (not a word alone that heads bodies or names a portfolio, "Commission
   * President", "Fisheries Director"; nor an adjective, "Victorian
   * Premier", "Liberal leader"; nor a person's name, "Mitsotakis") */
  if (name_last == name_first + 1 && !(tk (c, name_first)->flags & NG_TF_ALLCAPS))
    {
      static const char *const generic[] = { "commission", "council", "committee", "authority", "party",
                                             "ministry", "government", "board", "bank", "union", "assembly",
                                             "parliament", "senate", "agency", "department", "office", "group",
                                             "community", "federation", "association", "company", "club",
                                             "fisheries", "finance", "trade", "health", "education", "labour",
                                             "labor", "energy", "defence", "defense", "transport", "agriculture",
                                             "police", "army", "navy", "treasury", "opposition", NULL };
      static const char *const adjective[] = { "ian", "ean", "ese", "ish", "ic", "al", "ist", "ive", NULL };
      if (word_in (nk, generic))
        return -1;
      for (const char *const *e = adjective; *e; e++)
        if (g_str_has_suffix (nk, *e))
          return -1;
    }
  if (find_person (c, nk) >= 0)
    return -1;
  const GArray *hits = ng_lexicon_lookup (c->ex->lex, nk);
  for (guint i = 0; hits && i < hits->len && !known; i++)
    {
      const NgLexHit *nh = &g_array_index (hits, NgLexHit, i);
      if (nh->how == NG_LEXHIT_LABEL
          && (nh->entry->cls == NG_LEX_PLACE || nh->entry->cls == NG_LEX_CITY
              || (nh->entry->cls == NG_LEX_ORG && split == first)))
        known = nh->entry;
    }
  if (hits && hits->len && !known)
    return -1;
  /* (a word of it a given name: not a body's name; an acronym may be
   * spelled as one, "ABN AMRO") */
  for (guint i = name_first; i < name_last && !known; i++)
    {
      gboolean upper = TRUE;
      for (guint32 b = tk (c, i)->start; b < tk (c, i)->end && upper; b++)
        upper = !g_ascii_islower (text[b]);
      if (!upper && ng_lexicon_lookup (c->ex->lex, kw (c, i)))
        return -1;
    }
  NgKind kind;
  if (known)
    kind = known->cls == NG_LEX_ORG ? NG_KIND_ORG : known->cls == NG_LEX_CITY ? NG_KIND_CITY : NG_KIND_PLACE;
  else if (head || president)
    kind = NG_KIND_ORG;
  else
    kind = !ng_strcmp (ti->lex->key, "title-mayor") ? NG_KIND_CITY : NG_KIND_PLACE;
  /* (a body's head heads a body; a governor, premier or mayor a place; a
   * body the lexicon knows is a mention of its own, the title's "of",
   * unless a possessive hid it: "ABN AMRO's CEO") */
  if ((head || president) && kind != NG_KIND_ORG)
    return -1;
  NgWhere w = where_of (c, tk (c, name_first)->start, tk (c, name_last - 1)->end);
  gint e;
  if (known)
    e = entity_for_lex (c, known, kind, NULL, w);
  else
    {
      g_autofree char *name = g_strndup (text + tk (c, name_first)->start,
                                         tk (c, name_last - 1)->end - tk (c, name_first)->start);
      const char *spelled = kind == NG_KIND_ORG && is_acronym_name (name) ? spelled_org (c, name) : NULL;
      e = ng_doc_add_entity (c->doc, kind, spelled ? spelled : name, &w);
      if (spelled)
        add_form (c, e, name);
    }
  /* (the title alone: after the name before it, or before its "of") */
  guint tf = split == name_last ? split : first, tl = split == name_last ? last : split;
  *title = g_strndup (text + tk (c, tf)->start, tk (c, tl - 1)->end - tk (c, tf)->start);
  return e;
}

static gint
post_of (Ctx *c, NgMentionSpan *title)
{
  /* "a professor of Pacific studies at Sophia University", "an associate
   * professor of International Relations at Ankara's Bilkent
   * University": a scholar's "of" names a field (or a region), the body
   * comes after "at" */
  if (title->lex && ((title->lex->kind && !ng_strcmp (title->lex->kind, "scholar"))
                     || !ng_strcmp (title->lex->key, "title-professor")))
    {
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      guint send = sp->first + sp->n, a = title->last;
      /* (the title took in its "of": "professor of Pacific") */
      const NgMentionSpan *field = title->of >= 0 ? mn (c, (guint) title->of) : NULL;
      if (field && field->last == title->last && field->first > title->first && field->role == NG_MS_ENTITY
          && field->kind != NG_KIND_ORG && field->kind != NG_KIND_COUNTRY)
        a = field->first - 1;
      if (a + 2 < send && (!ng_strcmp (kw (c, a), "of") || !ng_strcmp (kw (c, a), "in")))
        {
          guint b = a + 1;
          while (b < send && b < a + 6 && tk (c, b)->kind == NG_TOK_WORD && ng_strcmp (kw (c, b), "at")
                 && ng_strcmp (kw (c, b), "with") && !(tk (c, b)->flags & NG_TF_POSS))
            b++;
          guint o = b + 1;
          if (o < send && !ng_strcmp (kw (c, o), "the"))
            o++;
          /* (over a town's possessive: "at Ankara's Bilkent University") */
          gint tm = mention_at (c, o);
          const NgMentionSpan *town = tm >= 0 ? mn (c, (guint) tm) : NULL;
          if (town && town->role == NG_MS_ENTITY && town->first == o && town->kind == NG_KIND_CITY && town->possessive)
            o = town->last;
          gint om = b + 1 < send && (!ng_strcmp (kw (c, b), "at") || !ng_strcmp (kw (c, b), "with")) ? mention_at (c, o) : -1;
          gint id = om >= 0 ? g_array_index (c->ex->ment_ent, gint, (guint) om) : -1;
          const NgMentionSpan *body = om >= 0 ? mn (c, (guint) om) : NULL;
          if (id >= 0 && body->first == o && body->role == NG_MS_ENTITY && body->kind == NG_KIND_ORG)
            return id;
        }
    }
  /* "the Russian president's top foreign policy adviser X": the post of a
   * country's leader's aide is in that country */
  if (title->of < 0)
    for (guint m = 0; m < c->ex->ms->len; m++)
      {
        const NgMentionSpan *d = mn (c, m);
        if (d->role == NG_MS_DESCRIPTION && d->possessive && d->last == title->first && d->lex
            && d->lex->cls == NG_LEX_COUNTRY)
          return entity_for_lex (c, d->lex, NG_KIND_COUNTRY, NULL, where_of (c, d->start, d->end));
      }
  if (title->of < 0)
    {
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      /* "Abdelatty conveyed a message of President Abdel Fattah El-Sisi",
       * "Fiqi delivered a letter from President X": the sender is of the
       * messenger's country */
      if (title->first >= sp->first + 3
          && (!ng_strcmp (kw (c, title->first - 1), "from") || !ng_strcmp (kw (c, title->first - 1), "of")))
        {
          const char *w = kw (c, title->first - 2);
          if (!ng_strcmp (w, "message") || !ng_strcmp (w, "letter") || !ng_strcmp (w, "greetings")
              || !ng_strcmp (w, "invitation") || !ng_strcmp (w, "messages") || !ng_strcmp (w, "regards"))
            {
              /* (the messenger: the subject of the verb that carries it,
               * "conveyed", "delivered", "handed", just before the verb;
               * not who receives it, nor "he" after the receiver) */
              gint verb = -1;
              for (guint i = sp->first; i + 2 < title->first; i++)
                {
                  const char *v = kw (c, i);
                  if (!ng_strcmp (v, "conveyed") || !ng_strcmp (v, "delivered") || !ng_strcmp (v, "handed")
                      || !ng_strcmp (v, "carried") || !ng_strcmp (v, "brought") || !ng_strcmp (v, "conveys")
                      || !ng_strcmp (v, "delivers") || !ng_strcmp (v, "passed"))
                    verb = (gint) i;
                }
              gint messenger = -1;
              for (guint m = 0; verb >= 0 && m < c->ex->ms->len; m++)
                {
                  const NgMentionSpan *y = mn (c, m);
                  gint id = g_array_index (c->ex->ment_ent, gint, m);
                  if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && id >= 0 && y->first >= sp->first
                      && y->last <= (guint) verb && (guint) verb <= y->last + 2)
                    {
                      gboolean clear = TRUE;
                      for (guint i = y->last; i < (guint) verb && clear; i++)
                        clear = tk (c, i)->kind == NG_TOK_WORD;
                      if (clear)
                        messenger = id;
                    }
                }
              gint pc = messenger >= 0 ? person_country (c, messenger) : -1;
              if (pc >= 0)
                return pc;
            }
        }
      /* "The representative of Turkmenistan, Deputy Minister X", "A
       * representative of the Ministry of Petroleum of India, Joint
       * Secretary Y": the post is of what the phrase before the comma
       * names */
      if (title->first >= sp->first + 4 && tk (c, title->first - 1)->kind == NG_TOK_PUNCT
          && c->art->text[tk (c, title->first - 1)->start] == ',')
        {
          static const char *const envoys[] = { "representative", "representatives", "delegate", "envoy", "head",
                                                "member", NULL };
          for (guint b = title->first - 1; b > sp->first + 1 && b + 14 > title->first; b--)
            {
              if (!ng_strcmp (kw (c, b - 1), "of") && word_in (kw (c, b - 2), envoys))
                {
                  gint m = -1;
                  guint o = b + (!ng_strcmp (kw (c, b), "the") ? 1 : 0);
                  for (guint q = 0; q < c->ex->ms->len && m < 0; q++)
                    if (mn (c, q)->first == o && mn (c, q)->role == NG_MS_ENTITY && mn (c, q)->last < title->first
                        && (mn (c, q)->kind == NG_KIND_COUNTRY || mn (c, q)->kind == NG_KIND_ORG))
                      m = (gint) q;
                  gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
                  /* (the whole phrase up to the comma is the name, or the
                   * name and its country: "... of the Republic of India,") */
                  guint j = m >= 0 ? mn (c, (guint) m)->last : 0;
                  while (m >= 0 && j + 1 < title->first && !ng_strcmp (kw (c, j), "of"))
                    {
                      guint o2 = j + 1 + (!ng_strcmp (kw (c, j + 1), "the") ? 1 : 0);
                      guint nj = j;
                      for (guint q = 0; q < c->ex->ms->len; q++)
                        if (mn (c, q)->first == o2 && mn (c, q)->role == NG_MS_ENTITY)
                          nj = mn (c, q)->last;
                      if (nj == j)
                        break;
                      j = nj;
                    }
                  if (id >= 0 && j + 1 >= title->first)
                    return id;
                  break;
                }
              if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
                break;
            }
        }
      /* "Kenyan President William Ruto and First Lady Rachel Ruto": a
       * head of state's spouse is of the country of the one named just
       * before */
      if (title->lex && title->lex->pref && title->first >= sp->first + 2
          && (!ng_strcmp (title->lex->pref, "First Lady") || !ng_strcmp (title->lex->pref, "First Gentleman"))
          && !ng_strcmp (kw (c, title->first - 1), "and"))
        {
          gint m = mention_at (c, title->first - 2);
          gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
          if (id >= 0 && mn (c, (guint) m)->role == NG_MS_ENTITY && mn (c, (guint) m)->kind == NG_KIND_PERSON
              && mn (c, (guint) m)->last == title->first - 1)
            {
              gint pc = person_country (c, id);
              if (pc >= 0)
                return pc;
            }
        }
      /* "X, director of operations at the International Committee of the
       * Red Cross": the organization the post is at */
      guint send = sp->first + sp->n, a = title->last;
      /* (or "a lecturer in international relations at the University of
       * X") */
      if (a + 1 < send && (!ng_strcmp (kw (c, a), "of") || !ng_strcmp (kw (c, a), "in") || !ng_strcmp (kw (c, a), "for")))
        {
          guint b = a + 1;
          while (b < send && b < a + 4 && tk (c, b)->kind == NG_TOK_WORD && !(tk (c, b)->flags & NG_TF_CAP)
                 && ng_strcmp (kw (c, b), "at"))
            b++;
          a = b;
        }
      /* (or "a researcher with the Chinese Academy of Social Sciences") */
      if (a + 1 < send && (!ng_strcmp (kw (c, a), "at") || !ng_strcmp (kw (c, a), "with")))
        {
          guint o = a + 1 + (!ng_strcmp (kw (c, a + 1), "the") ? 1 : 0);
          /* ("at the Berlin-based Carnegie Russia Eurasia Center") */
          if (o + 1 < send && g_str_has_suffix (kw (c, o), " based"))
            o++;
          for (guint m = 0; m < c->ex->ms->len; m++)
            {
              NgMentionSpan *y = mn (c, m);
              gint id = g_array_index (c->ex->ment_ent, gint, m);
              if (y->first == o && y->role == NG_MS_ENTITY && y->kind == NG_KIND_ORG && id >= 0)
                {
                  /* (a unit of it after its possessive: "a researcher at
                   * Qatar University's Gulf Studies Center") */
                  gint u = y->possessive && m + 1 < c->ex->ms->len ? g_array_index (c->ex->ment_ent, gint, m + 1) : -1;
                  if (u >= 0 && mn (c, m + 1)->first == y->last && mn (c, m + 1)->role == NG_MS_ENTITY
                      && mn (c, m + 1)->kind == NG_KIND_ORG)
                    return u;
                  return id;
                }
              /* ("at the Omani foreign ministry", "at the Dutch embassy"):
               * a people's body in small letters, their country */
              if (y->first == o && y->role == NG_MS_DEMONYM && y->lex)
                {
                  guint q = y->last;
                  if (q < send && !ng_strcmp (kw (c, q), "foreign"))
                    q++;
                  const char *h = kw (c, q);
                  if (q < send && !(tk (c, q)->flags & NG_TF_CAP)
                      && (!ng_strcmp (h, "ministry") || !ng_strcmp (h, "embassy") || !ng_strcmp (h, "government")
                          || !ng_strcmp (h, "mission") || !ng_strcmp (h, "presidency")))
                    return entity_for_lex (c, y->lex, NG_KIND_COUNTRY, NULL, where_of (c, y->start, y->end));
                }
            }
        }
      /* "the Ghanaian Government of President John Mahama": a people's
       * government (or administration) of the title, their country */
      if (title->first >= sp->first + 3 && !ng_strcmp (kw (c, title->first - 1), "of")
          && (!ng_strcmp (kw (c, title->first - 2), "government")
              || !ng_strcmp (kw (c, title->first - 2), "administration")))
        {
          gint d = mention_at (c, title->first - 3);
          NgMentionSpan *dm = d >= 0 ? mn (c, (guint) d) : NULL;
          if (dm && dm->role == NG_MS_DEMONYM && dm->lex && dm->last == title->first - 2)
            return entity_for_lex (c, dm->lex, NG_KIND_COUNTRY, NULL, where_of (c, dm->start, dm->end));
          /* (capitalized, a name of two words: "Ghanaian Government") */
          d = mention_at (c, title->first - 2);
          dm = d >= 0 ? mn (c, (guint) d) : NULL;
          const NgLexHit *h = dm && dm->role == NG_MS_ENTITY && dm->first + 2 == title->first - 1
            ? ng_lexicon_find (c->ex->lex, kw (c, dm->first), NG_LEX_COUNTRY) : NULL;
          if (h && h->how == NG_LEXHIT_DEMONYM)
            return entity_for_lex (c, h->entry, NG_KIND_COUNTRY, NULL, where_of (c, dm->start, dm->end));
        }
      /* "Algiers sent its ambassador in Valletta, X": a capital that
       * opens the sentence stands for its country */
      if (title->first >= sp->first + 2 && !ng_strcmp (kw (c, title->first - 1), "its") && c->ex->ms->len > 0)
        {
          NgMentionSpan *y = mn (c, 0);
          if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_CITY && y->lex && y->lex->country
              && y->first <= sp->first + 1 && y->last < title->first
              && (y->first == sp->first || !ng_strcmp (kw (c, sp->first), "the")))
            return entity_for_lex (c, y->lex->country, NG_KIND_COUNTRY, NULL, where_of (c, y->start, y->end));
        }
      /* "Deputy Foreign Minister X led the Vietnamese delegation": the
       * delegation's country */
      gint tm = (gint) (title - mn (c, 0));   /* (a mention of the sentence) */
      for (guint m = 0; m < c->ex->ms->len; m++)
        {
          NgMentionSpan *y = mn (c, m);
          if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->title != tm)
            continue;
          guint r = y->last;
          const char *v = kw (c, r);
          if (r + 3 < send
              && (!ng_strcmp (v, "led") || !ng_strcmp (v, "leads") || !ng_strcmp (v, "headed") || !ng_strcmp (v, "heads"))
              && !ng_strcmp (kw (c, r + 1), "the"))
            {
              gint d = mention_at (c, r + 2);
              NgMentionSpan *dm = d >= 0 ? mn (c, (guint) d) : NULL;
              if (dm && dm->role == NG_MS_DEMONYM && dm->lex && dm->first == r + 2 && dm->last < send
                  && !ng_strcmp (kw (c, dm->last), "delegation"))
                return entity_for_lex (c, dm->lex, NG_KIND_COUNTRY, NULL, where_of (c, dm->start, dm->end));
            }
          break;
        }
      /* "Russia was represented by X, and the United States by Energy
       * Secretary Y": the country just before "by", the verb left out */
      if (title->first >= sp->first + 3 && !ng_strcmp (kw (c, title->first - 1), "by"))
        {
          gint m = mention_at (c, title->first - 2);
          gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
          gboolean represented = FALSE;
          for (guint i = sp->first; m >= 0 && i < mn (c, (guint) m)->first && !represented; i++)
            represented = !ng_strcmp (kw (c, i), "represented");
          if (id >= 0 && represented && mn (c, (guint) m)->role == NG_MS_ENTITY
              && mn (c, (guint) m)->kind == NG_KIND_COUNTRY)
            return id;
        }
      /* "China was represented by Finance Minister X", "Indonesia sent Deputy Finance
       * Minister X": the country that sends. */
      for (gint m = (gint) c->ex->ms->len - 1; m >= 0; m--)
        {
          NgMentionSpan *y = mn (c, (guint) m);
          if (y->first >= title->first)
            continue;
          /* a country, or a person of a country: "Putin ... was represented
           * by Foreign Minister Sergei Lavrov"; or a capital said for its
           * country: "Pretoria was represented by Deputy Finance Minister
           * X" */
          const NgLexEntry *capital_of_country = NULL;
          if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_CITY && y->lex && y->lex->country
              && y->lex->country->capital == y->lex)
            capital_of_country = y->lex->country;
          if (y->role != NG_MS_ENTITY || (y->kind != NG_KIND_COUNTRY && y->kind != NG_KIND_PERSON && !capital_of_country))
            continue;
          /* The country is the subject: only auxiliaries between it and the verb. */
          gboolean verb = FALSE;
          for (guint i = y->last; i < title->first && !verb; i++)
            {
              const char *w = kw (c, i);
              if (!ng_strcmp (w, "sent") || !ng_strcmp (w, "represented") || !ng_strcmp (w, "delegation")
                  || !ng_strcmp (w, "dispatched") || !ng_strcmp (w, "sends") || !ng_strcmp (w, "send"))
                verb = TRUE;
              else if (ng_strcmp (w, "was") && ng_strcmp (w, "is") && ng_strcmp (w, "will") && ng_strcmp (w, "be")
                       && ng_strcmp (w, "been") && ng_strcmp (w, "has") && ng_strcmp (w, "had") && ng_strcmp (w, "also")
                       && ng_strcmp (w, "were") && ng_strcmp (w, "are") && ng_strcmp (w, "would"))
                break;
            }
          if (verb && title->first - y->last <= 6)
            {
              gint id = g_array_index (c->ex->ment_ent, gint, (guint) m);
              if (id >= 0 && y->kind == NG_KIND_PERSON)
                id = ent (c, id)->country;
              if (capital_of_country)
                id = entity_for_lex (c, capital_of_country, NG_KIND_COUNTRY, NULL, where_of (c, y->start, y->end));
              return id;
            }
          if (capital_of_country)
            continue;
          break;
        }
      /* "Azerbaijan was represented by Deputy Foreign Minister X, as
       * Foreign Minister Y was on a visit to Brussels": every post of a
       * sentence whose subject is a represented country is its */
      if (c->ex->ms->len > 0)
        {
          NgMentionSpan *y = mn (c, 0);
          gint id = g_array_index (c->ex->ment_ent, gint, 0);
          guint v = y->last;
          if (id >= 0 && y->role == NG_MS_ENTITY && y->kind == NG_KIND_COUNTRY && y->first <= sp->first + 1
              && y->last < title->first && v + 1 < send
              && (!ng_strcmp (kw (c, v), "was") || !ng_strcmp (kw (c, v), "is") || !ng_strcmp (kw (c, v), "will"))
              && (!ng_strcmp (kw (c, v + 1), "represented") || !ng_strcmp (kw (c, v + 1), "be")))
            {
              /* (the last such country before the title: "Venezuela was
               * represented by X, and Peru by Y, since President Z did not
               * travel": Peru's) */
              for (guint m = 1; m < c->ex->ms->len; m++)
                {
                  const NgMentionSpan *q = mn (c, m);
                  gint qid = g_array_index (c->ex->ment_ent, gint, m);
                  if (q->first >= title->first)
                    break;
                  if (qid >= 0 && q->role == NG_MS_ENTITY && q->kind == NG_KIND_COUNTRY && !q->possessive
                      && q->first >= 2 && !ng_strcmp (kw (c, q->first - 1), "and") && q->last < send
                      && !ng_strcmp (kw (c, q->last), "by"))
                    id = qid;
                }
              return id;
            }
        }
      /* "Putin, who faces ..., joined by video link and was represented in
       * person by Foreign Minister Sergei Lavrov": the verb just before the
       * title, the sentence's subject far before it. */
      gboolean sent = FALSE;
      /* (across a place of the verb's: "was represented at the forum by") */
      for (guint b = title->first; b > 0 && b + 8 > title->first && !sent; b--)
        {
          const char *w = kw (c, b - 1);
          sent = !ng_strcmp (w, "represented") || !ng_strcmp (w, "sent") || !ng_strcmp (w, "dispatched");
          if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
            break;
        }
      /* (the subject of the verb's own clause: "X took part by video,
       * while Salvadoran President Y ... sent Foreign Minister Z") */
      guint clause = sp->first;
      for (guint b = sp->first; sent && b < title->first; b++)
        if (!ng_strcmp (kw (c, b), "while") || !ng_strcmp (kw (c, b), "whereas")
            || (tk (c, b)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b)->start] == ';')
            /* (", and the Afghan side was represented by Y") */
            || (!ng_strcmp (kw (c, b), "and") && b > sp->first && tk (c, b - 1)->kind == NG_TOK_PUNCT
                && c->art->text[tk (c, b - 1)->start] == ',' && !ng_strcmp (kw (c, b + 1), "the")))
          clause = b + 1;
      for (guint m = 0; sent && m < c->ex->ms->len; m++)
        {
          NgMentionSpan *y = mn (c, m);
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (y->first >= title->first)
            break;
          /* ("the Afghan side was represented by", "the Kyrgyz delegation
           * was led by", "the Georgian government was represented": the
           * people's country) */
          if (y->first >= clause && y->role == NG_MS_DEMONYM && y->lex && y->lex->cls == NG_LEX_COUNTRY
              && y->last < title->first
              && (!ng_strcmp (kw (c, y->last), "side") || !ng_strcmp (kw (c, y->last), "delegation")
                  || !ng_strcmp (kw (c, y->last), "government")))
            return entity_for_lex (c, y->lex, NG_KIND_COUNTRY, NULL, where_of (c, y->start, y->end));
          if (y->first < clause || y->role != NG_MS_ENTITY || id < 0)
            continue;
          if (y->kind == NG_KIND_COUNTRY)
            return id;
          if (y->kind == NG_KIND_PERSON)
            return ent (c, id)->country;
          break;
        }
      /* "the heads of delegation of Laos (Foreign Minister X) and Thailand
       * (Foreign Minister Y)": the country before the bracket */
      if (title->first >= sp->first + 2 && tk (c, title->first - 1)->kind == NG_TOK_PUNCT
          && c->art->text[tk (c, title->first - 1)->start] == '(')
        {
          gint m = mention_at (c, title->first - 2);
          gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
          if (id >= 0 && mn (c, (guint) m)->role == NG_MS_ENTITY && mn (c, (guint) m)->kind == NG_KIND_COUNTRY)
            return id;
        }
      /* "Erdogan was accompanied by Foreign Minister X and Energy Minister
       * Y", "the Romanian delegation included ... and Foreign Minister Z":
       * the country of the clause's subject */
      gboolean person;
      gint party = escort_of (c, title, &person);
      if (party >= 0 && person)
        party = person_country (c, party);
      if (party >= 0)
        return party;
      /* "the organization's secretary general", "the republic's head". */
      if (title->first >= 2 && (tk (c, title->first - 1)->flags & NG_TF_POSS)
          && ng_strcmp (kw (c, title->first - 2), "the") == 0)
        {
          const char *w = kw (c, title->first - 1);
          if (!ng_strcmp (w, "organization") || !ng_strcmp (w, "organisation") || !ng_strcmp (w, "alliance")
              || !ng_strcmp (w, "bloc") || !ng_strcmp (w, "union") || !ng_strcmp (w, "group"))
            return c->last_org;
          if (!ng_strcmp (w, "republic") || !ng_strcmp (w, "country") || !ng_strcmp (w, "region")
              || !ng_strcmp (w, "nation") || !ng_strcmp (w, "kingdom") || !ng_strcmp (w, "state"))
            return c->last_place;
        }
      /* "Forum Secretary General X" in a story of the Pacific Islands
       * Forum: a body's head word before the title names the article's
       * organization that has that word */
      const char *hsp = strchr (title->name, ' ');
      if (hsp && title->lex && g_ascii_isupper (title->name[0]))
        {
          g_autofree char *head = ng_fold_plain_len (title->name, (gssize) (hsp - title->name));
          static const char *const heads[] = { "forum", "council", "commission", "union", "community", "alliance",
                                               "assembly", "conference", NULL };
          gboolean is_head = FALSE;
          for (const char *const *h = heads; *h && !is_head; h++)
            is_head = !ng_strcmp (head, *h);
          /* (the one whose name ends with it: the Pacific Islands Forum,
           * not its Secretariat) */
          gint orgs[2] = { c->main_org, c->last_org };
          for (guint i = 0; i < 2 && is_head; i++)
            if (orgs[i] >= 0 && orgs[i] != c->doc->publisher && ent (c, orgs[i])->kind == NG_KIND_ORG
                && last_word_is (ent (c, orgs[i])->name, head))
              return orgs[i];
          for (guint e = 0; is_head && e < c->doc->entities->len; e++)
            if (ent (c, (gint) e)->kind == NG_KIND_ORG && ent (c, (gint) e)->lex_key && (gint) e != c->doc->publisher
                && last_word_is (ent (c, (gint) e)->name, head))
              return (gint) e;
        }
      return -1;
    }
  NgMentionSpan *o = mn (c, (guint) title->of);
  if ((o->role == NG_MS_DEMONYM || o->role == NG_MS_DESCRIPTION) && o->lex)
    return entity_for_lex (c, o->lex, NG_KIND_COUNTRY, NULL, where_of (c, o->start, o->end));
  gint id = g_array_index (c->ex->ment_ent, gint, title->of);
  if (id < 0)
    return -1;
  /* "State Secretary of the Security Council of Belarus": the country;
   * not of a university's, a bank's or an institute's name ("Professor
   * X of the University of Botswana", "Governor of the Central Bank of
   * Egypt"), which is the body's own */
  NgEntity *oe = ent (c, id);
  if (oe->kind == NG_KIND_ORG)
    {
      static const char *const own[] = { "university", "bank", "institute", "college", "academy", "school",
                                         "museum", "association", "society", "foundation", "centre", "center", NULL };
      const char *of = g_strrstr (oe->name, " of ");
      if (of)
        {
          const char *w = of;
          while (w > oe->name && w[-1] != ' ')
            w--;
          g_autofree char *head = ng_fold_plain_len (w, (gsize) (of - w));
          for (const char *const *h = own; *h && of; h++)
            if (!ng_strcmp (head, *h))
              of = NULL;
        }
      if (of)
        {
          char *k = ng_fold_plain (of + 4);
          const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_COUNTRY);
          g_free (k);
          if (h && h->how == NG_LEXHIT_LABEL)
            return entity_for_lex (c, h->entry, NG_KIND_COUNTRY, of + 4, oe->where);
        }
    }
  return id;
}

/* Normalizes a title for the post label: drops "former", "new", "acting". */
static char *
post_title (const char *t)
{
  const char *p = t;
  static const char *const drop[] = { "former ", "new ", "acting ", "outgoing ", "incoming ", "then ", NULL };
  gboolean again = TRUE;
  while (again)
    {
      again = FALSE;
      for (const char *const *d = drop; *d; d++)
        if (g_ascii_strncasecmp (p, *d, strlen (*d)) == 0)
          {
            p += strlen (*d);
            again = TRUE;
          }
    }
  char *s = g_strdup (p);
  /* An honorific between the post and the name is not the post's:
   * "Foreign Minister Prince Faisal bin Farhan". */
  static const char *const tail[] = { " Prince", " Sheikh", " Sheikha", " Princess", " Dr", " Dr.", NULL };
  for (const char *const *d = tail; *d; d++)
    if (g_str_has_suffix (s, *d) && strlen (s) > strlen (*d))
      {
        /* (not "Crown Prince": two words at least remain) */
        gsize cut = strlen (s) - strlen (*d);
        if (memchr (s, ' ', cut))
          s[cut] = '\0';
      }
  /* Capitalize the first letter, as titles are written before names. */
  if (g_ascii_islower (s[0]))
    s[0] = g_ascii_toupper (s[0]);
  return s;
}

/* The key of a post in post_set (the title compared in ASCII lowercase,
 * as g_ascii_strcasecmp does). */
static char *
post_key (gint person, gint of, const char *title)
{
  g_autofree char *down = g_ascii_strdown (title, -1);
  return g_strdup_printf ("%d|%d|%s", person, of, down);
}

/* Posts or links an article must have before their repeats are looked
 * for in a table: below that, a scan is cheaper. */
#define FACT_SET_MIN 32

/* TRUE if the doc has a post of person with that title of of. */
static gboolean
post_seen (Ctx *c, gint person, gint of, const char *title)
{
  GArray *posts = c->doc->posts;
  if (posts->len < FACT_SET_MIN)
    {
      for (guint i = 0; i < posts->len; i++)
        {
          NgPost *q = &g_array_index (posts, NgPost, i);
          if (q->person == person && q->of == of && g_ascii_strcasecmp (q->title, title) == 0)
            return TRUE;
        }
      return FALSE;
    }
  if (!c->post_set)
    c->post_set = g_hash_table_new_full (ng_str_hash, g_str_equal, g_free, NULL);
  for (; c->posts_seen < posts->len; c->posts_seen++)
    {
      NgPost *q = &g_array_index (c->doc->posts, NgPost, c->posts_seen);
      g_hash_table_add (c->post_set, post_key (q->person, q->of, q->title));
    }
  g_autofree char *k = post_key (person, of, title);
  return g_hash_table_contains (c->post_set, k);
}


/* The usual name of the post a counterpart of a holder of title holds:
 * the U.S. Secretary of State's counterparts are foreign ministers. */
static const char *
counterpart_title (const char *title)
{
  static const char *const map[][2] = {
    { "Secretary of State", "Foreign Minister" }, { "Foreign Secretary", "Foreign Minister" },
    { "External Affairs Minister", "Foreign Minister" }, { "Minister of Foreign Affairs", "Foreign Minister" },
    { "Defense Secretary", "Defense Minister" }, { "Defence Secretary", "Defence Minister" },
    { "Secretary of Defense", "Defense Minister" }, { "Treasury Secretary", "Finance Minister" },
    { "Secretary of the Treasury", "Finance Minister" }, { "Home Secretary", "Interior Minister" },
    { "International Relations Minister", "Foreign Minister" },
    { "International Relations and Cooperation Minister", "Foreign Minister" },
    { "Minister of International Relations and Cooperation", "Foreign Minister" },
    { "Minister of External Affairs", "Foreign Minister" }, { "Minister for Foreign Affairs", "Foreign Minister" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_ascii_strcasecmp (title, map[i][0]) == 0)
      return map[i][1];
  return title;
}

/* TRUE if a title is a military rank and no post: "General", "Senior
 * Gen.", "Rear Adm." (the lexicon's kind "rank", after "senior" or
 * "retired"). */
static gboolean
is_rank (Ctx *c, const char *title)
{
  g_autofree char *k = ng_fold_plain (title);
  const char *r = k;
  for (;;)
    if (g_str_has_prefix (r, "senior "))
      r += 7;
    else if (g_str_has_prefix (r, "retired "))
      r += 8;
    else if (g_str_has_prefix (r, "retd "))
      r += 5;
    else
      break;
  const NgLexHit *h = ng_lexicon_find (c->ex->lex, r, NG_LEX_TITLE);
  return h && h->entry->kind && !ng_strcmp (h->entry->kind, "rank");
}

/* Adds the post title (copied) of person in entity of, said at w, unless
 * the document has it or it is a rank; TRUE if added. */
static gboolean
add_post (Ctx *c, gint person, const char *title, gint of, NgWhere w)
{
  if (post_seen (c, person, of, title) || is_rank (c, title))
    return FALSE;
  NgPost p = { person, g_strdup (title), of, w };
  g_array_append_val (c->doc->posts, p);
  keep_sentence (c);
  return TRUE;
}

/* "attended by Estonian Foreign Minister Margus Tsahkna, Latvia's Baiba
 * Braže and Finland's Elina Valtonen": in a list, a person after a
 * possessive country holds the post of the first, in that country. */
static void
list_posts (Ctx *c)
{
  const char *title = NULL;   /* the list's post so far (borrowed from a mention's name) */
  guint prev_end = 0;         /* the token after the list's last person */
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint person = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || person < 0)
        continue;
      if (x->title >= 0)
        {
          NgMentionSpan *ti = mn (c, (guint) x->title);
          /* (a title before the name, of a country: "Estonian Foreign
           * Minister X"; a minister's or a head's, which every country has:
           * not "U.S. Secretary of State X, Japan's Y") */
          const char *kind = ti->lex ? ti->lex->kind : NULL;
          title = ti->last <= x->first && ti->of >= 0 && kind
                  && (strstr (ti->name, "inister") || !ng_strcmp (kind, "head-of-state") || !ng_strcmp (kind, "head-of-government"))
                  ? ti->name : NULL;
          prev_end = x->last;
          continue;
        }
      NgMentionSpan *cm = m > 0 ? mn (c, m - 1) : NULL;
      gint country = cm ? g_array_index (c->ex->ment_ent, gint, m - 1) : -1;
      if (!title || !cm || cm->role != NG_MS_ENTITY || cm->kind != NG_KIND_COUNTRY || !cm->possessive
          || cm->last != x->first || country < 0)
        {
          title = NULL;
          continue;
        }
      /* (joined to the list by a comma or "and" only) */
      gboolean joined = cm->first > prev_end;
      for (guint i = prev_end; i < cm->first && joined; i++)
        joined = (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',') || !ng_strcmp (kw (c, i), "and");
      if (!joined)
        {
          title = NULL;
          continue;
        }
      g_autofree char *t = post_title (title);
      add_post (c, person, t, country, where_of (c, x->start, x->end));
      prev_end = x->last;
    }
}

/* Appends word w (its first len bytes) to t, its first letter capital. */
static void
append_capitalized (GString *t, const char *w, gsize len)
{
  g_string_append_c (t, g_ascii_toupper (w[0]));
  g_string_append_len (t, w + 1, (gssize) len - 1);
}

/* The singular post of plural title words ending before token "of" at
 * k: "foreign ministers" -> "Foreign Minister", "presidents" ->
 * "President", "ministers of foreign affairs" -> "Minister of Foreign
 * Affairs"; NULL if none. */
static char *
plural_post (Ctx *c, guint first, guint k)
{
  if (k < first + 1)
    return NULL;
  /* ("Ministers of Foreign Affairs": the plural head, "of" and up to three
   * words) */
  for (guint j = k - 1; j >= first + 1 && j + 4 >= k; j--)
    {
      const char *h = kw (c, j - 1);
      gsize hn = strlen (h);
      if (ng_strcmp (kw (c, j), "of") || hn < 5 || h[hn - 1] != 's' || j + 1 >= k)
        continue;
      GString *t = g_string_new (NULL);
      append_capitalized (t, h, hn - 1);
      g_string_append (t, " of");
      for (guint i = j + 1; i < k; i++)
        {
          g_string_append_c (t, ' ');
          append_capitalized (t, kw (c, i), strlen (kw (c, i)));
        }
      g_autofree char *key = ng_fold_plain (t->str);
      const NgLexHit *hit = ng_lexicon_find (c->ex->lex, key, NG_LEX_TITLE);
      if (hit && hit->entry->kind && !ng_strcmp (hit->entry->kind, "minister"))
        return g_string_free (t, FALSE);
      g_string_free (t, TRUE);
    }
  const char *w = kw (c, k - 1);
  gsize n = strlen (w);
  if (n < 5 || w[n - 1] != 's')
    return NULL;
  /* ("Foreign Affairs Ministers", "foreign ministers", "prime ministers":
   * up to two words before the head) */
  for (guint words = 3; words >= 1; words--)
    {
      if (k < first + words)
        continue;
      GString *t = g_string_new (NULL);
      for (guint i = k - words; i < k; i++)
        {
          const char *x = kw (c, i);
          gsize xl = i + 1 == k ? strlen (x) - 1 : strlen (x);
          if (t->len)
            g_string_append_c (t, ' ');
          append_capitalized (t, x, xl);
        }
      g_autofree char *key = ng_fold_plain (t->str);
      const NgLexHit *h = ng_lexicon_find (c->ex->lex, key, NG_LEX_TITLE);
      if (h && h->entry->kind && (!ng_strcmp (h->entry->kind, "minister") || !ng_strcmp (h->entry->kind, "head-of-state")
                                  || !ng_strcmp (h->entry->kind, "head-of-government")))
        return g_string_free (t, FALSE);
      g_string_free (t, TRUE);
    }
  return NULL;
}

/* Token g past the joint of a list there: a comma (or a semicolon, "the
 * foreign ministers of Brazil, X; Argentina, Y; and Chile, Z"), "and", or
 * both. */
static guint
past_list_joint (Ctx *c, guint g, guint end)
{
  if (g < end && tk (c, g)->kind == NG_TOK_PUNCT
      && (c->art->text[tk (c, g)->start] == ',' || c->art->text[tk (c, g)->start] == ';'))
    g++;
  if (g < end && !ng_strcmp (kw (c, g), "and"))
    g++;
  return g;
}

/* "The presidents of Mexico, Andres Manuel Lopez Obrador, and
 * Guatemala, Bernardo Arevalo, met": after the plural post and "of" at
 * k, each country followed by its holder between commas (two pairs at
 * least), each holding the post there. */
static void
interleaved_posts (Ctx *c, guint k, guint end, const char *title)
{
  GArray *ms = c->ex->ms;
  gint pairs[8][3];
  guint np = 0, at = k + 1;
  for (guint m = 0; m + 1 < ms->len && np < G_N_ELEMENTS (pairs); m++)
    {
      const NgMentionSpan *o = mn (c, m), *y = mn (c, m + 1);
      if (o->first < at)
        continue;
      gint of = g_array_index (c->ex->ment_ent, gint, m), who = g_array_index (c->ex->ment_ent, gint, m + 1);
      guint comma = o->last;
      if (o->first != at || of < 0 || who < 0 || o->role != NG_MS_ENTITY || o->kind != NG_KIND_COUNTRY
          || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || ent (c, who)->kind != NG_KIND_PERSON
          || comma >= end || tk (c, comma)->kind != NG_TOK_PUNCT || c->art->text[tk (c, comma)->start] != ','
          || y->first != comma + 1)
        break;
      pairs[np][0] = who, pairs[np][1] = of, pairs[np][2] = (gint) (m + 1);
      np++;
      at = past_list_joint (c, y->last, end);
      m++;
    }
  for (guint q = 0; np >= 2 && q < np; q++)
    {
      const NgMentionSpan *y = mn (c, (guint) pairs[q][2]);
      add_post (c, pairs[q][0], title, pairs[q][1], where_of (c, y->start, y->end));
    }
}

/* "The foreign ministers of Estonia and Latvia, Margus Tsahkna and Baiba
 * Braze, also took part", "the foreign ministers of Mali, Burkina Faso and
 * Niger - X, Y and Z - met": the posts of the list, one country each, in
 * order. */
static void
respective_posts (Ctx *c, guint first, guint end)
{
  for (guint k = first + 1; k + 1 < end; k++)
    {
      if (ng_strcmp (kw (c, k), "of"))
        continue;
      g_autofree char *title = plural_post (c, first, k);
      if (!title)
        continue;
      gint countries[8], people[8];
      guint nc = 0, np = 0, i = k + 1;
      /* the countries, joined by commas and "and" */
      while (i < end && nc < G_N_ELEMENTS (countries))
        {
          gint m = mention_at (c, i);
          gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
          if (id < 0 || mn (c, (guint) m)->role != NG_MS_ENTITY || mn (c, (guint) m)->kind != NG_KIND_COUNTRY)
            break;
          countries[nc++] = id;
          i = mn (c, (guint) m)->last;
          if (i < end && !ng_strcmp (kw (c, i), "and"))
            i++;
          else if (i + 1 < end && tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ','
                   && mention_at (c, i + 1) >= 0
                   && mn (c, (guint) mention_at (c, i + 1))->kind == NG_KIND_COUNTRY)
            i++;
          else if (i + 2 < end && tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ','
                   && !ng_strcmp (kw (c, i + 1), "and"))
            i += 2;
          else
            break;
        }
      /* (or each country with its holder: interleaved_posts) */
      if (nc < 2)
        {
          interleaved_posts (c, k, end, title);
          continue;
        }
      /* then a comma or a dash, and as many people */
      if (i + 1 >= end || tk (c, i)->kind != NG_TOK_PUNCT)
        continue;
      i++;
      while (i < end && np < G_N_ELEMENTS (people))
        {
          gint m = mention_at (c, i);
          gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, m) : -1;
          if (id < 0 || mn (c, (guint) m)->role != NG_MS_ENTITY || mn (c, (guint) m)->kind != NG_KIND_PERSON)
            break;
          people[np++] = id;
          i = mn (c, (guint) m)->last;
          if (i < end && !ng_strcmp (kw (c, i), "and"))
            i++;
          else if (i + 1 < end && tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',')
            i += i + 2 < end && !ng_strcmp (kw (c, i + 1), "and") ? 2 : 1;
          else
            break;
        }
      if (np != nc)
        continue;
      for (guint q = 0; q < np; q++)
        {
          NgEntity *pe = ent (c, people[q]);
          add_post (c, people[q], title, countries[q], pe->where);
        }
    }
}

/* "Six ministers including Lindiwe Sisulu, Rob Davies and Blade
 * Nzimande", "other foreign ministers, such as X and Y": a plural post,
 * then a list of people, each holding the post. */
static void
including_posts (Ctx *c, guint first, guint end)
{
  GArray *ms = c->ex->ms;
  for (guint k = first + 1; k + 1 < end; k++)
    {
      guint from = 0, p = k;
      if (!ng_strcmp (kw (c, k), "including"))
        from = k + 1;
      else if (!ng_strcmp (kw (c, k), "such") && !ng_strcmp (kw (c, k + 1), "as"))
        from = k + 2;
      else
        continue;
      if (p > first + 1 && tk (c, p - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, p - 1)->start] == ',')
        p--;
      g_autofree char *title = plural_post (c, first, p);
      if (!title)
        continue;
      guint at = from;
      for (guint m = 0; m < ms->len; m++)
        {
          const NgMentionSpan *y = mn (c, m);
          if (y->first < at)
            continue;
          gint who = g_array_index (c->ex->ment_ent, gint, m);
          if (y->first != at || who < 0 || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON
              || ent (c, who)->kind != NG_KIND_PERSON)
            break;
          add_post (c, who, title, -1, where_of (c, y->start, y->end));
          at = past_list_joint (c, y->last, end);
        }
      return;
    }
}

/* "Prime ministers Ulf Kristersson of Sweden, Petteri Orpo of Finland and
 * Kristen Michal of Estonia": a plural post, then people each "of" a
 * country; "Spain's X, Portugal's Y and Tunisia's Z, the three countries'
 * foreign ministers": people each after a country's possessive, then the
 * plural post.  Each holds the post in that country. */
static void
listed_posts (Ctx *c, guint first, guint end)
{
  GArray *ms = c->ex->ms;
  for (guint m = 0; m < ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->first <= first)
        continue;
      g_autofree char *title = plural_post (c, first, x->first);
      if (!title)
        continue;
      /* people, each "of" a country, joined by commas and "and" */
      for (guint q = m; q + 1 < ms->len; q += 2)
        {
          const NgMentionSpan *y = mn (c, q), *o = mn (c, q + 1);
          gint who = g_array_index (c->ex->ment_ent, gint, q), of = g_array_index (c->ex->ment_ent, gint, q + 1);
          if (who < 0 || of < 0 || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || o->role != NG_MS_ENTITY
              || o->kind != NG_KIND_COUNTRY || o->first != y->last + 1 || ng_strcmp (kw (c, y->last), "of"))
            break;
          add_post (c, who, title, of, where_of (c, y->start, o->end));
          guint g = past_list_joint (c, o->last, end);
          if (q + 2 >= ms->len || mn (c, q + 2)->first != g)
            break;
        }
      break;
    }
  /* ", the three countries' foreign ministers," */
  for (guint k = first + 3; k + 2 < end; k++)
    {
      const char *w = kw (c, k);
      if ((ng_strcmp (w, "countries") && ng_strcmp (w, "nations")) || !(tk (c, k)->flags & NG_TF_POSS))
        continue;
      guint e = k + 1;
      while (e < end && tk (c, e)->kind == NG_TOK_WORD && !(tk (c, e)->flags & NG_TF_CAP) && e < k + 4)
        e++;
      g_autofree char *title = e < end && tk (c, e)->kind == NG_TOK_PUNCT ? plural_post (c, k + 1, e) : NULL;
      if (!title)
        continue;
      /* back to ", the" and the list before it */
      guint b = k;
      while (b > first && tk (c, b - 1)->kind == NG_TOK_WORD && k - b < 3)
        b--;
      if (b < first + 2 || ng_strcmp (kw (c, b), "the") || tk (c, b - 1)->kind != NG_TOK_PUNCT
          || c->art->text[tk (c, b - 1)->start] != ',')
        continue;
      gint pairs[8][2];
      guint np = 0;
      for (guint q = 0; q + 1 < ms->len && np < G_N_ELEMENTS (pairs); q++)
        {
          const NgMentionSpan *o = mn (c, q), *y = mn (c, q + 1);
          gint of = g_array_index (c->ex->ment_ent, gint, q), who = g_array_index (c->ex->ment_ent, gint, q + 1);
          if (y->last >= b || of < 0 || who < 0 || o->role != NG_MS_ENTITY || o->kind != NG_KIND_COUNTRY
              || !o->possessive || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->first != o->last)
            continue;
          pairs[np][0] = who;
          pairs[np][1] = of;
          np++;
        }
      if (np >= 2)
        for (guint q = 0; q < np; q++)
          add_post (c, pairs[q][0], title, pairs[q][1], ent (c, pairs[q][0])->where);
      break;
    }
}

/* "Akel leader Stefanos Stefanou", "Republican People's Party (CHP)
 * leader Ozgur Ozel", "Unite chair X": a party's or a body's "leader" (or
 * "chair") right before a name is the person's post in it. */
static void
org_leader_posts (Ctx *c, guint first)
{
  GArray *ms = c->ex->ms;
  for (guint m = 0; m < ms->len; m++)
    {
      const NgMentionSpan *y = mn (c, m);
      gint who = g_array_index (c->ex->ment_ent, gint, m);
      if (who < 0 || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->title >= 0 || y->first < first + 2
          || (tk (c, y->first - 1)->flags & NG_TF_CAP))
        continue;
      /* (or its "chair": "Unite chair Jane Doe") */
      const char *head = kw (c, y->first - 1);
      const char *title = !ng_strcmp (head, "leader") ? "Leader"
                          : !ng_strcmp (head, "chair") ? "Chair"
                          : !ng_strcmp (head, "chairwoman") ? "Chairwoman"
                          : !ng_strcmp (head, "chairperson") ? "Chairperson" : NULL;
      if (!title)
        continue;
      guint e = y->first - 1;   /* the org ends here, or its acronym's ")" does */
      if (e >= first + 3 && tk (c, e - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, e - 1)->start] == ')')
        e -= 3;
      for (guint q = 0; q < m; q++)
        {
          const NgMentionSpan *o = mn (c, q);
          gint org = g_array_index (c->ex->ment_ent, gint, q);
          if (org >= 0 && o->role == NG_MS_ENTITY && o->kind == NG_KIND_ORG && o->last == e && !o->possessive)
            {
              add_post (c, who, title, org, where_of (c, o->start, y->end));
              break;
            }
        }
    }
}

/* "The German chancellor, Olaf Scholz": a description right before a
 * name whose head is a post gives that person the post in the country. */
static void
desc_post (Ctx *c, guint m)
{
  static const char *const posts[][2] = {
    { "president", "President" }, { "prime minister", "Prime Minister" }, { "premier", "Premier" },
    { "chancellor", "Chancellor" }, { "king", "King" }, { "emir", "Emir" },
  };
  NgMentionSpan *d = mn (c, m);
  gint who = -1;
  NgWhere w;
  if (desc_names_next (c, m))
    {
      who = g_array_index (c->ex->ment_ent, gint, m + 1);
      w = where_of (c, d->start, mn (c, m + 1)->end);
    }
  else if (m > 0)
    {
      /* "Vladimir Putin, the Russian president, said": the apposition
       * after the name, up to a comma or the sentence's end */
      NgMentionSpan *y = mn (c, m - 1);
      guint ntok = c->ex->text->tokens->len;
      if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && y->last + 2 == d->first
          && tk (c, y->last)->kind == NG_TOK_PUNCT && c->art->text[tk (c, y->last)->start] == ','
          && !ng_strcmp (kw (c, y->last + 1), "the") && d->last < ntok && tk (c, d->last)->kind == NG_TOK_PUNCT
          && strchr (",.;)", c->art->text[tk (c, d->last)->start]))
        {
          who = g_array_index (c->ex->ment_ent, gint, m - 1);
          w = where_of (c, y->start, d->end);
        }
    }
  if (who < 0)
    return;
  char *head = g_ascii_strdown (d->name, -1);
  const char *title = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (posts) && !title; i++)
    if (g_str_has_suffix (head, posts[i][0]))
      title = posts[i][1];
  g_free (head);
  if (!title)
    return;
  gint of = entity_for_lex (c, d->lex, NG_KIND_COUNTRY, NULL, where_of (c, d->start, d->end));
  if (add_post (c, who, title, of, w) && ent (c, who)->country < 0)
    ent (c, who)->country = of;
}

/* Adds the post of title mention tq to person, said at w, unless known. */
static void
more_post (Ctx *c, gint person, NgMentionSpan *tq, NgWhere w)
{
  gint oq = post_of (c, tq);
  if (oq == person)
    oq = -1;
  g_autofree char *tt = post_title (tq->name);
  add_post (c, person, tt, oq, w);
}

/* "Holness, who took over the rotating chairmanship of CARICOM", "X
 * assumed the chairmanship of the Non-Aligned Movement": the chair of
 * that organization. */
static void
chair_taken (Ctx *c)
{
  GArray *ms = c->ex->ms;
  guint ntok = c->ex->text->tokens->len;
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint person = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || person < 0)
        continue;
      guint v = x->last;
      if (v + 1 < ntok && tk (c, v)->kind == NG_TOK_PUNCT && !ng_strcmp (kw (c, v + 1), "who"))
        v += 2;
      if (v + 4 >= ntok)
        continue;
      const char *w = kw (c, v);
      guint a;
      if ((!ng_strcmp (w, "took") || !ng_strcmp (w, "takes") || !ng_strcmp (w, "has")) && !ng_strcmp (kw (c, v + 1), "over"))
        a = v + 2;
      else if (!ng_strcmp (w, "assumed") || !ng_strcmp (w, "assumes"))
        a = v + 1;
      else if (!ng_strcmp (w, "has") && !ng_strcmp (kw (c, v + 1), "assumed"))
        a = v + 2;
      else
        continue;
      if (ng_strcmp (kw (c, a), "the"))
        continue;
      for (guint j = a + 1; j + 2 < ntok && j <= a + 3; j++)
        {
          if (ng_strcmp (kw (c, j), "chairmanship") && ng_strcmp (kw (c, j), "chair"))
            continue;
          if (ng_strcmp (kw (c, j + 1), "of"))
            break;
          guint o = j + 2 + (!ng_strcmp (kw (c, j + 2), "the") ? 1 : 0);
          for (guint q = m + 1; q < ms->len; q++)
            {
              NgMentionSpan *y = mn (c, q);
              gint oid = g_array_index (c->ex->ment_ent, gint, q);
              /* (the text's word: "chairmanship", the Chairman) */
              const char *t = !ng_strcmp (kw (c, j), "chairmanship") ? "Chairman" : "Chair";
              if (y->first == o && y->role == NG_MS_ENTITY && y->kind == NG_KIND_ORG && oid >= 0)
                add_post (c, person, t, oid, where_of (c, x->start, y->end));
              if (y->first >= o)
                break;
            }
          break;
        }
    }
}

/* Records posts from titles linked to people. */
static gboolean national_title (Ctx *c, const char *title);

/* The country of the side or delegation a sentence or a clause opens
 * with, the last before the title: "The Indonesian side was represented
 * by ...", "..., while the Swiss side was chaired by", "On the Tanzanian side were
 * ...", "The Kenyan delegation included ..."; or of "on (from) the
 * Ghanaian side" before the title at token before ("Present at the
 * meeting on the Ghanaian side were the Minister for Foreign Affairs,
 * X"); -1 if none. */
static gint
side_country (Ctx *c, guint before)
{
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  guint first = sp->first, end = sp->first + sp->n;
  gint found = -1;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_DEMONYM || !x->lex || x->lex->cls != NG_LEX_COUNTRY || x->last >= end
          || x->first < first + 1 || x->last >= before || ng_strcmp (kw (c, x->first - 1), "the"))
        continue;
      const char *w = kw (c, x->last);
      if (ng_strcmp (w, "side") && ng_strcmp (w, "delegation") && ng_strcmp (w, "team"))
        continue;
      guint t = x->first - 1;   /* ("the") */
      /* (or a clause opens with it: "..., while the Swiss side was chaired
       * by President Parmelin") */
      gboolean opens = t == first || (t == first + 1 && !ng_strcmp (kw (c, first), "on"))
                       || (t > first && (!ng_strcmp (kw (c, t - 1), "while") || !ng_strcmp (kw (c, t - 1), "whereas")));
      gboolean on_side = !ng_strcmp (w, "side") && t > first
                         && (!ng_strcmp (kw (c, t - 1), "on") || !ng_strcmp (kw (c, t - 1), "from"));
      if (opens || on_side)
        found = entity_for_lex (c, x->lex, NG_KIND_COUNTRY, NULL, where_of (c, x->start, x->end));
    }
  return found;
}

/* "the Tanaiste, Minister for Foreign Affairs, Trade and Minister for
 * Defence, Simon Harris": the titles listed before the one next to the
 * name are the person's too, a list that ends in "and" ("A, B and C,
 * Name"), each title of no other person. */
static void
list_titles_before (Ctx *c, gint person, guint title, const NgMentionSpan *x)
{
  const char *text = c->art->text;
  gboolean listed = FALSE;
  /* (not the titles of a name before them: "X, the Prime Cabinet Secretary
   * and Cabinet Secretary for Foreign Affairs, and Trade Cabinet Secretary
   * Y": X's two posts) */
  guint s = title;
  while (s > 0 && s + 5 > title && mn (c, s - 1)->role == NG_MS_TITLE)
    s--;
  for (guint r = 0; r < c->ex->ms->len; r++)
    {
      const NgMentionSpan *y = mn (c, r);
      if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && y->title >= (gint) s && y->title < (gint) title
          && y->first < mn (c, (guint) y->title)->first)
        return;
    }
  for (guint cur = title; cur > 0 && cur + 5 > title; cur--)
    {
      NgMentionSpan *ct = mn (c, cur), *pv = mn (c, cur - 1);
      if (pv->role != NG_MS_TITLE || pv->last >= ct->first)
        return;
      for (guint r = 0; r < c->ex->ms->len; r++)
        if (mn (c, r)->role == NG_MS_ENTITY && mn (c, r)->title == (gint) cur - 1)
          return;
      /* (the words between: ",", "and", ", and", or a portfolio's last
       * word before "and": "Foreign Affairs, Trade and Minister") */
      gboolean and = FALSE, comma = FALSE;
      guint words = 0;
      for (guint g = pv->last; g < ct->first; g++)
        {
          const NgToken *t = tk (c, g);
          if (t->kind == NG_TOK_PUNCT && text[t->start] == ',' && !and && !words)
            comma = TRUE;
          else if (!ng_strcmp (kw (c, g), "and") && !and)
            and = TRUE;
          else if (t->kind == NG_TOK_WORD && (t->flags & NG_TF_CAP) && comma && !and && !words)
            words++;
          else
            return;
        }
      /* (a comma alone only before an "and" of the list) */
      if (!and && !(comma && listed && !words))
        return;
      listed = TRUE;
      if (cur == title && !comma)
        continue;   /* (two titles joined by "and" next to the name: extract_posts' own) */
      more_post (c, person, pv, where_of (c, MIN (pv->start, x->start), MAX (pv->end, x->end)));
    }
}

static void
extract_posts (Ctx *c)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint person = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->title < 0 || person < 0)
        continue;
      NgMentionSpan *ti = mn (c, (guint) x->title);
      /* (in a headline, a title after a comma and before a verb in small
       * letters is a second subject's: "Rubio, Saudi FM discuss Lebanon";
       * also in a related headline, a line with no stop at its end) */
      const NgSentenceSpan *hs = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      const NgToken *hz = hs->n > 0 ? tk (c, hs->first + hs->n - 1) : NULL;
      gboolean headline = (c->sent == 0 && c->art->headline)
                          || (hz && (hz->kind != NG_TOK_PUNCT || !strchr (".!?\"\u201d", c->art->text[hz->start])));
      if (headline && ti->first > x->last && ti->last < c->ex->text->tokens->len
          && tk (c, x->last)->kind == NG_TOK_PUNCT && c->art->text[tk (c, x->last)->start] == ','
          && ng_strcmp (kw (c, x->last + 1), "the") && tk (c, ti->last)->kind == NG_TOK_WORD
          && !(tk (c, ti->last)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)))
        continue;
      gint of = post_of (c, ti);
      if (of == person)
        of = -1;
      g_autofree char *bare = NULL;
      if (of < 0)
        of = title_named_body (c, ti, &bare);
      /* "The Indonesian side was represented by Foreign Minister X": the
       * country of the side the sentence opens with */
      if (of < 0 && national_title (c, ti->name))
        of = side_country (c, ti->first);
      /* (a person's country the article may give later: home_posts) */
      gboolean by_person;
      gint escort = of < 0 ? escort_of (c, ti, &by_person) : -1;
      if (escort >= 0 && by_person && escort != person)
        {
          gint pair[2] = { person, escort };
          g_array_append_vals (c->escorts, pair, 2);
        }
      NgPost p = { 0 };
      p.person = person;
      p.title = post_title (bare ? bare : ti->name);
      /* "PM Modi": an acronym of a title is the title */
      if (ti->lex && ti->lex->pref && strlen (ti->name) <= 5)
        {
          gboolean acronym = TRUE;
          for (const char *q = ti->name; *q && acronym; q++)
            acronym = g_ascii_isupper (*q) || *q == '.';
          if (acronym)
            {
              g_free (p.title);
              p.title = g_strdup (ti->lex->pref);
            }
        }
      if (ti->of >= 0 && !strchr (ti->name, ' '))
        {
          /* "Russian Security Council Secretary": the body's name is part of the
           * title, the country is where the post is. */
          NgMentionSpan *o = mn (c, (guint) ti->of);
          if (o->role == NG_MS_ENTITY && o->kind == NG_KIND_ORG && !o->possessive && o->last == ti->first)
            {
              const char *sp = strchr (o->name, ' ');
              char *k = sp ? ng_fold_plain_len (o->name, sp - o->name) : NULL;
              const NgLexHit *h = k ? ng_lexicon_find (c->ex->lex, k, NG_LEX_COUNTRY) : NULL;
              if (h && h->how == NG_LEXHIT_DEMONYM)
                {
                  g_free (p.title);
                  p.title = g_strdup_printf ("%s %s", sp + 1, ti->name);
                  of = entity_for_lex (c, h->entry, NG_KIND_COUNTRY, NULL, where_of (c, o->start, o->end));
                  /* (but a ministry's spokesperson is the ministry's: "Russian
                   * Defence Ministry spokesman X") */
                  gint body = g_array_index (c->ex->ment_ent, gint, (guint) ti->of);
                  if (body >= 0 && g_str_has_suffix (o->name, " Ministry") && g_str_has_prefix (ti->name, "spokes"))
                    {
                      if (ent (c, person)->country < 0)
                        ent (c, person)->country = of;
                      of = body;
                    }
                }
              g_free (k);
            }
        }
      if (of < 0 && ti->lex && ti->lex->pref)
        {
          /* "European Council President Charles Michel": the lexicon's
           * "President of the European Council", a post of that body. */
          const char *sep = strstr (ti->lex->pref, " of the ");   /* not "Head of Government" */
          char *k = sep ? ng_fold_plain (sep + 8) : NULL;
          const NgLexHit *h = k ? ng_lexicon_find (c->ex->lex, k, NG_LEX_ORG) : NULL;
          if (h)
            {
              of = entity_for_lex (c, h->entry, NG_KIND_ORG, NULL, where_of (c, ti->start, ti->end));
              g_free (p.title);
              p.title = g_strndup (ti->lex->pref, (gsize) (sep - ti->lex->pref));
            }
          g_free (k);
        }
      /* "X, Vice President, Deputy Prime Minister and Chairman of the
       * Presidential Court,": more titles in the apposition after the name */
      if (ti->first > x->first)
        {
          guint prev_last = ti->last;
          for (guint q = (guint) x->title + 1; q < c->ex->ms->len; q++)
            {
              NgMentionSpan *tq = mn (c, q);
              if (tq->role != NG_MS_TITLE)
                break;
              gboolean joined = FALSE;
              guint g = prev_last;
              if (g < tq->first && tk (c, g)->kind == NG_TOK_PUNCT && c->art->text[tk (c, g)->start] == ',')
                g++;
              if (g < tq->first && !ng_strcmp (kw (c, g), "and"))
                g++;
              joined = g == tq->first && g > prev_last;
              /* (not the title of the next person: "X, President of Congo,
               * and President of Liberia Y") */
              for (guint r = 0; r < c->ex->ms->len && joined; r++)
                if (mn (c, r)->role == NG_MS_ENTITY && mn (c, r)->kind == NG_KIND_PERSON && mn (c, r)->title == (gint) q)
                  joined = FALSE;
              if (joined && tq->last < c->ex->text->tokens->len && tq->last + 1 < c->ex->text->tokens->len
                  && tk (c, tq->last)->kind == NG_TOK_WORD && (tk (c, tq->last)->flags & NG_TF_CAP))
                joined = FALSE;
              if (!joined)
                break;
              more_post (c, person, tq, where_of (c, MIN (tq->start, x->start), MAX (tq->end, x->end)));
              prev_last = tq->last;
            }
        }
      /* "President Ruto, the EAC chairperson,": a second title in an
       * apposition after a name with a title before it */
      if (ti->first < x->first && x->last + 2 < c->ex->text->tokens->len
          && tk (c, x->last)->kind == NG_TOK_PUNCT && c->art->text[tk (c, x->last)->start] == ','
          && !ng_strcmp (kw (c, x->last + 1), "the"))
        for (guint q = m + 1; q < c->ex->ms->len && q <= m + 2; q++)
          {
            NgMentionSpan *tq = mn (c, q);
            if (tq->role != NG_MS_TITLE)
              continue;
            gboolean bound = FALSE;
            for (guint r = 0; r < c->ex->ms->len && !bound; r++)
              bound = mn (c, r)->role == NG_MS_ENTITY && mn (c, r)->title == (gint) q;
            guint start = tq->of >= 0 && mn (c, (guint) tq->of)->last == tq->first ? mn (c, (guint) tq->of)->first
                                                                                   : tq->first;
            if (!bound && start == x->last + 2 && tq->last < c->ex->text->tokens->len
                && tk (c, tq->last)->kind == NG_TOK_PUNCT)
              more_post (c, person, tq, where_of (c, x->start, tq->end));
            break;
          }
      /* "Zimbabwe's President Mnangagwa, who chairs SADC": the body's chair */
      if (x->last + 3 < c->ex->text->tokens->len && tk (c, x->last)->kind == NG_TOK_PUNCT
          && !ng_strcmp (kw (c, x->last + 1), "who")
          && (!ng_strcmp (kw (c, x->last + 2), "chairs") || !ng_strcmp (kw (c, x->last + 2), "heads")))
        for (guint q = m + 1; q < c->ex->ms->len; q++)
          {
            NgMentionSpan *o = mn (c, q);
            gint oid = g_array_index (c->ex->ment_ent, gint, q);
            if (o->first < x->last + 3)
              continue;
            if (o->first == x->last + 3 && o->role == NG_MS_ENTITY && o->kind == NG_KIND_ORG && oid >= 0)
              {
                const char *t = !ng_strcmp (kw (c, x->last + 2), "chairs") ? "Chair" : "Head";
                add_post (c, person, t, oid, where_of (c, x->start, o->end));
              }
            break;
          }
      /* "Deputy Prime Minister X, who is also Minister for Trade and
       * Industry,", "who also serves as Iraq's deputy prime minister": one
       * more post */
      {
        guint g = x->last;
        if (g + 3 < c->ex->text->tokens->len && tk (c, g)->kind == NG_TOK_PUNCT && !ng_strcmp (kw (c, g + 1), "who"))
          {
            guint v = g + 2;
            if ((!ng_strcmp (kw (c, v), "is") || !ng_strcmp (kw (c, v), "was")) && !ng_strcmp (kw (c, v + 1), "also"))
              v += 2;
            else if (!ng_strcmp (kw (c, v), "also") && (!ng_strcmp (kw (c, v + 1), "serves") || !ng_strcmp (kw (c, v + 1), "served"))
                     && !ng_strcmp (kw (c, v + 2), "as"))
              v += 3;
            else
              v = 0;
            for (guint q = m + 1; v && q < c->ex->ms->len; q++)
              {
                NgMentionSpan *tq = mn (c, q);
                if (tq->first > v + 3)
                  break;
                if (tq->role != NG_MS_TITLE || tq->first < v)
                  continue;
                more_post (c, person, tq, where_of (c, x->start, tq->end));
                break;
              }
          }
      }
      /* "Saudi Crown Prince and Prime Minister X", "Qatari Prime Minister
       * and Minister of Foreign Affairs X": two posts, one country */
      NgMentionSpan *t2 = NULL;
      gint of2 = -1;
      if (x->title > 0)
        {
          NgMentionSpan *pv = mn (c, (guint) x->title - 1);
          /* (not a name's last word taken for a title: "Angela E. King and
           * Defense Minister X") */
          /* (nor the dateline's agency before a sentence's first word:
           * "VIENTIANE (VNA) - Deputy PM and FM X") */
          const NgSentenceSpan *ps = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
          gboolean clear = pv->first == 0 || pv->first == ps->first || tk (c, pv->first - 1)->kind != NG_TOK_WORD
                           || !(tk (c, pv->first - 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS));
          for (guint q = 0; q + 1 < (guint) x->title && !clear; q++)
            {
              NgMentionSpan *o = mn (c, q);
              clear = o->last == pv->first && (o->role == NG_MS_DEMONYM
                                               || (o->role == NG_MS_ENTITY && o->kind != NG_KIND_PERSON));
            }
          /* (or a post, then a rank: "Chief of Army Staff Field Marshal
           * Asim Munir") */
          /* (or a comma between: "Uganda's Minister of Foreign Affairs, Gen.
           * Jeje Odongo") */
          gboolean rank = pv->role == NG_MS_TITLE
                          && (pv->last == ti->first
                              || (pv->last + 1 == ti->first && tk (c, pv->last)->kind == NG_TOK_PUNCT
                                  && c->art->text[tk (c, pv->last)->start] == ','))
                          && ti->lex && ti->lex->kind
                          && (!ng_strcmp (ti->lex->kind, "military") || !ng_strcmp (ti->lex->kind, "rank"))
                          && pv->lex && pv->lex != ti->lex;
          /* (or a word of the second post the title left out: "the
           * Minister of Communication and Media and government spokesperson,
           * X") */
          gboolean spoke = pv->last + 2 == ti->first && !ng_strcmp (kw (c, pv->last), "and")
                           && (!ng_strcmp (kw (c, pv->last + 1), "government")
                               || !ng_strcmp (kw (c, pv->last + 1), "presidential")
                               || !ng_strcmp (kw (c, pv->last + 1), "official"));
          if (clear && pv->role == NG_MS_TITLE
              && ((pv->last + 1 == ti->first && !ng_strcmp (kw (c, pv->last), "and")) || rank || spoke))
            {
              t2 = pv;
              of2 = post_of (c, t2);
              if (of2 == person)
                of2 = -1;
              if (of < 0)
                of = of2;
              if (of2 < 0)
                of2 = of;
            }
        }
      /* "Azerbaijani Foreign Ministry spokesperson X": the spokesperson of
       * that country's foreign ministry, which the title names */
      /* (named with the country's adjective, as two countries' may meet
       * in one article) */
      const NgLexEntry *ofc = of >= 0 && ent (c, of)->kind == NG_KIND_COUNTRY ? lex_entry_of (c, of) : NULL;
      if (!t2 && ofc && ofc->demonym && ti->lex && ti->lex->pref
          && !ng_strcmp (ti->lex->pref, "Foreign Ministry Spokesperson") && ti->last >= ti->first + 3
          && !ng_strcmp (kw (c, ti->first), "foreign") && !ng_strcmp (kw (c, ti->first + 1), "ministry")
          && (tk (c, ti->first)->flags & NG_TF_CAP))
        {
          NgWhere mw = where_of (c, tk (c, ti->first)->start, tk (c, ti->first + 1)->end);
          g_autofree char *mname = g_strdup_printf ("%s Foreign Ministry", ofc->demonym);
          gint body = ng_doc_add_entity (c->doc, NG_KIND_ORG, mname, &mw);
          if (ent (c, person)->country < 0)
            ent (c, person)->country = of;
          of = body;
        }
      p.of = of;
      p.where = where_of (c, MIN (ti->start, x->start), MAX (ti->end, x->end));
      for (int k = 0; k < 2; k++)
        {
          if (k == 1)
            {
              if (!t2)
                break;
              p.title = post_title (t2->name);
              p.of = of = of2;
              p.where = where_of (c, MIN (t2->start, x->start), MAX (t2->end, x->end));
            }
          /* Skip exact repeats, and ranks. */
          if (post_seen (c, person, of, p.title) || is_rank (c, p.title))
            {
              g_free (p.title);
              continue;
            }
          g_array_append_val (c->doc->posts, p);
          keep_sentence (c);
          if (of >= 0 && ent (c, of)->kind == NG_KIND_COUNTRY && ent (c, person)->country < 0)
            ent (c, person)->country = of;
        }
      if (ti->first < x->first)
        list_titles_before (c, person, (guint) x->title, x);
    }
  chair_taken (c);
  /* "met his Turkish counterpart, Hakan Fidan": the post of the one met,
   * in the named person's country. */
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *d = mn (c, m);
      if (d->role != NG_MS_DESCRIPTION || !d->lex)
        continue;
      if (!g_str_has_suffix (d->name, "counterpart"))
        {
          desc_post (c, m);
          continue;
        }
      if (m + 1 >= c->ex->ms->len)
        continue;
      NgMentionSpan *y = mn (c, m + 1);
      gint who = g_array_index (c->ex->ment_ent, gint, m + 1);
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || who < 0 || y->first > d->last + 1)
        continue;
      /* the sentence's first person before it with a post */
      const NgPost *theirs = NULL;
      for (guint q = 0; q < m && !theirs; q++)
        {
          gint id = g_array_index (c->ex->ment_ent, gint, q);
          if (mn (c, q)->role != NG_MS_ENTITY || id < 0 || id == who || ent (c, id)->kind != NG_KIND_PERSON)
            continue;
          for (guint p = c->doc->posts->len; p > 0 && !theirs; p--)
            if (g_array_index (c->doc->posts, NgPost, p - 1).person == id)
              theirs = &g_array_index (c->doc->posts, NgPost, p - 1);
        }
      if (!theirs)
        continue;
      gint of = entity_for_lex (c, d->lex, NG_KIND_COUNTRY, NULL, where_of (c, d->start, d->end));
      const char *title = counterpart_title (theirs->title);
      if (add_post (c, who, title, of, where_of (c, d->start, y->end)) && ent (c, who)->country < 0)
        ent (c, who)->country = of;
    }
}

/* TRUE for a word of direction before a place: "east China", "northern Iraq". */
static gboolean
is_direction_word (const char *w)
{
  static const char *const dirs[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", NULL
  };
  for (const char *const *d = dirs; *d; d++)
    if (!ng_strcmp (w, *d))
      return TRUE;
  return FALSE;
}

/* TRUE if links (the doc's members or contained) has a link from a to b. */
static gboolean
has_link (Ctx *c, GArray *links, gint a, gint b)
{
  if (links->len < FACT_SET_MIN)
    {
      for (guint i = 0; i < links->len; i++)
        {
          NgLink *l = &g_array_index (links, NgLink, i);
          if (l->a == a && l->b == b)
            return TRUE;
        }
      return FALSE;
    }
  guint k = links == c->doc->members ? 0 : 1;
  if (!c->link_set[k])
    c->link_set[k] = g_hash_table_new_full (hash_u64, g_int64_equal, g_free, NULL);
  for (; c->links_seen[k] < links->len; c->links_seen[k]++)
    {
      NgLink *l = &g_array_index (links, NgLink, c->links_seen[k]);
      guint64 lk = pair_key (l->a, l->b);
      g_hash_table_add (c->link_set[k], g_memdup2 (&lk, sizeof lk));
    }
  guint64 key = pair_key (a, b);
  return g_hash_table_contains (c->link_set[k], &key);
}

/* Adds a link (member or contained) unless present. */
static void
add_link (Ctx *c, GArray *links, gint a, gint b, guint32 start, guint32 end)
{
  if (a < 0 || b < 0 || a == b)
    return;
  if (has_link (c, links, a, b))
    return;
  NgLink l = { a, b, where_of (c, start, end) };
  g_array_append_val (links, l);
  keep_sentence (c);
}

/* TRUE if entity e is a news agency of the lexicon. */
static gboolean
ent_is_agency (Ctx *c, gint e)
{
  const char *k = e >= 0 ? ent (c, e)->lex_key : NULL;
  return k && g_str_has_prefix (k, "agency-");
}

/* TRUE if token k is a verb of a grouping's members ("The MLC groups China
 * with the five Mekong countries"), not a member word. */
static gboolean
groups_trigger (Ctx *c, guint k)
{
  return !ng_strcmp (kw (c, k), "groups") || !ng_strcmp (kw (c, k), "grouping");
}

/* TRUE if the head word of a name of several words is w (lower case):
 * its last word, or the last before "on" ("Group" of "International
 * Contact Group on Venezuela"). */
static gboolean
head_word_is (const char *name, const char *w)
{
  const char *on = strstr (name, " on ");
  gsize n = on ? (gsize) (on - name) : strlen (name);
  gsize wl = strlen (w);
  return n > wl && name[n - wl - 1] == ' ' && !g_ascii_strncasecmp (name + n - wl, w, wl);
}

/* The one organization of the article whose name matches w, -1 if
 * none or several. */
static gint
one_org (Ctx *c, gboolean (*matches) (const char *name, const char *w), const char *w)
{
  gint found = -1;
  for (guint e = 0; e < c->doc->entities->len; e++)
    {
      const NgEntity *oe = ent (c, (gint) e);
      if (oe->kind != NG_KIND_ORG || !matches (oe->name, w))
        continue;
      if (found >= 0)
        return -1;
      found = (gint) e;
    }
  return found;
}

/* The one organization of the article whose name's head word is w
 * (folded, lower case): "conclave" for "Colombo Security Conclave"; -1
 * if none or several. */
static gint
org_by_last_word (Ctx *c, const char *w)
{
  return one_org (c, head_word_is, w);
}

/* TRUE if tokens [a, b) join two items of a list: commas and "and"
 * only, one at least. */
static gboolean
after_joint_words (Ctx *c, guint a, guint b)
{
  if (a >= b)
    return FALSE;
  for (guint i = a; i < b; i++)
    if (!(tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',') && ng_strcmp (kw (c, i), "and"))
      return FALSE;
  return TRUE;
}

/* Memberships: "six members - Russia, Armenia, ...", "the organization includes ...",
 * "IGAD, which groups Djibouti, ...", "Armenia is also a member of the CSTO". */
static void
extract_members (Ctx *c, guint first, guint end)
{
  gint trig = -1, of_at = -1;   /* (of_at: the first word after "member states of") */
  gboolean member_of = FALSE;
  /* "Bangladesh, Bhutan, India and Nepal (BBIN)": the countries listed
   * before their grouping's name in parentheses are its members */
  for (guint m = 1; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      gint org = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || org < 0 || x->first <= first || x->last >= end
          || tk (c, x->first - 1)->kind != NG_TOK_PUNCT || c->art->text[tk (c, x->first - 1)->start] != '('
          || tk (c, x->last)->kind != NG_TOK_PUNCT || c->art->text[tk (c, x->last)->start] != ')'
          || mn (c, m - 1)->last + 1 != x->first)
        continue;
      guint items = 0;
      for (gint q = (gint) m - 1; q >= 0; q--)
        {
          const NgMentionSpan *y = mn (c, (guint) q);
          gint id = g_array_index (c->ex->ment_ent, gint, q);
          if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_COUNTRY || id < 0)
            break;
          /* (joined to the next by a comma or "and") */
          if (items && !after_joint_words (c, y->last, mn (c, (guint) q + 1)->first))
            break;
          items++;
        }
      for (guint q = m - items; items >= 2 && q < m; q++)
        add_link (c, c->doc->members, g_array_index (c->ex->ment_ent, gint, q), org, mn (c, q)->start, x->end);
    }
  /* "The MED9 group – Croatia, Cyprus, ... and Spain – adopted", "the
   * partners of the Five Eyes network: Canada, the United States, ...":
   * the countries listed right after a grouping's name, between dashes or
   * brackets, or after a colon when the name follows "members of" or
   * "partners of" */
  for (guint m = 0; m + 2 < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      gint org = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || org < 0 || x->last + 2 >= end)
        continue;
      guint g = x->last;
      const char *hw = kw (c, g);
      if (!ng_strcmp (hw, "group") || !ng_strcmp (hw, "bloc") || !ng_strcmp (hw, "grouping") || !ng_strcmp (hw, "network")
          || !ng_strcmp (hw, "format") || !ng_strcmp (hw, "alliance") || !ng_strcmp (hw, "countries"))
        g++;
      if (g + 1 >= end || tk (c, g)->kind != NG_TOK_PUNCT)
        continue;
      const char *pt = c->art->text + tk (c, g)->start;
      gboolean dash = !strncmp (pt, "\u2013", 3) || !strncmp (pt, "\u2014", 3) || (*pt == '-' && ng_token_len (tk (c, g)) == 1);
      gboolean colon = *pt == ':';
      if (colon)
        {
          guint b = x->first;
          if (b > first && !ng_strcmp (kw (c, b - 1), "the"))
            b--;
          colon = b >= first + 2 && !ng_strcmp (kw (c, b - 1), "of")
                  && (!ng_strcmp (kw (c, b - 2), "members") || !ng_strcmp (kw (c, b - 2), "partners")
                      || !ng_strcmp (kw (c, b - 2), "member"));
        }
      if (!dash && !colon && *pt != '(')
        continue;
      guint items = 0, next = g + 1;
      gboolean closed = FALSE;
      for (guint q = m + 1; q < c->ex->ms->len; q++)
        {
          const NgMentionSpan *y = mn (c, q);
          gint id = g_array_index (c->ex->ment_ent, gint, q);
          /* (joined by commas and "and", a country's "the" allowed) */
          gboolean joined = TRUE;
          for (guint i = next; i < y->first && joined; i++)
            joined = (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',')
                     || !ng_strcmp (kw (c, i), "and") || !ng_strcmp (kw (c, i), "the");
          if (!joined || y->role != NG_MS_ENTITY || y->kind != NG_KIND_COUNTRY || id < 0 || (items && y->first == next))
            break;
          items++;
          next = y->last;
        }
      /* (and the list closes: the other dash or bracket, or the sentence's end) */
      if (next < end && tk (c, next)->kind == NG_TOK_PUNCT)
        {
          const char *ct = c->art->text + tk (c, next)->start;
          closed = dash ? (!strncmp (ct, "\u2013", 3) || !strncmp (ct, "\u2014", 3) || *ct == '-')
                   : colon ? (*ct == '.' || *ct == ';') : *ct == ')';
        }
      else if (colon && next >= end)
        closed = TRUE;
      if (items < 3 || !closed)
        continue;
      for (guint q = m + 1; q <= m + items; q++)
        add_link (c, c->doc->members, g_array_index (c->ex->ment_ent, gint, q), org, mn (c, q)->start, x->end);
    }
  for (guint i = first; i < end && trig < 0; i++)
    {
      if (tk (c, i)->kind != NG_TOK_WORD && tk (c, i)->kind != NG_TOK_NUMBER)
        continue;
      const char *k = kw (c, i);
      gsize kn = strlen (k);
      /* ("The MRC groups Cambodia, ...", "IGAD, which groups ..."; not
       * "armed groups linked to al-Qaeda") */
      gboolean groups_verb = FALSE;
      if (!ng_strcmp (k, "groups") && i > first)
        {
          groups_verb = !ng_strcmp (kw (c, i - 1), "which");
          for (guint m = 0; m < c->ex->ms->len && !groups_verb; m++)
            groups_verb = mn (c, m)->last == i && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG;
          /* ("The LCBC, founded in 1964, groups ...": after the subject's
           * apposition) */
          if (!groups_verb && tk (c, i - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i - 1)->start] == ','
              && c->ex->ms->len > 0 && mn (c, 0)->role == NG_MS_ENTITY && mn (c, 0)->kind == NG_KIND_ORG
              && (mn (c, 0)->first == first || (mn (c, 0)->first == first + 1 && !ng_strcmp (kw (c, first), "the")))
              && mn (c, 0)->last < i && tk (c, mn (c, 0)->last)->kind == NG_TOK_PUNCT)
            groups_verb = TRUE;
        }
      /* ("The group is made up of eight European countries", "composed of") */
      gboolean made_of = (!ng_strcmp (k, "made") && i + 2 < end && !ng_strcmp (kw (c, i + 1), "up")
                          && !ng_strcmp (kw (c, i + 2), "of"))
                         || (!ng_strcmp (k, "composed") && i + 1 < end && !ng_strcmp (kw (c, i + 1), "of"));
      /* ("The Accra Initiative was launched in 2017 by Benin, Burkina
       * Faso, ...": its founders) */
      gboolean founded_by = FALSE;
      if (!ng_strcmp (k, "founded") || !ng_strcmp (k, "launched") || !ng_strcmp (k, "established")
          || !ng_strcmp (k, "created"))
        for (guint b = i + 1; b < end && b < i + 5 && !founded_by; b++)
          founded_by = !ng_strcmp (kw (c, b), "by");
      if (tok_in (c, i, member_words) || groups_verb || made_of || founded_by || !ng_strcmp (k, "grouping")
          || (kn >= 7 && memcmp (k + kn - 7, " member", 7) == 0)
          || (kn >= 8 && memcmp (k + kn - 8, " members", 8) == 0)
          || (tk (c, i)->kind == NG_TOK_NUMBER && tk (c, i)->end - tk (c, i)->start >= 6 && memcmp (c->art->text + tk (c, i)->end - 6, "member", 6) == 0))
        {
          trig = (gint) i;
          /* (or "are all members of the European Union") */
          if (i + 1 < end && (!ng_strcmp (k, "member") || !ng_strcmp (k, "members")) && !ng_strcmp (kw (c, i + 1), "of"))
            member_of = TRUE;
          /* (and "the member states of the Initiative, namely ...",
           * "the member countries of the bloc") */
          if (i + 3 < end && !ng_strcmp (k, "member") && !ng_strcmp (kw (c, i + 2), "of")
              && (!ng_strcmp (kw (c, i + 1), "states") || !ng_strcmp (kw (c, i + 1), "countries")
                  || !ng_strcmp (kw (c, i + 1), "nations")))
            {
              member_of = TRUE;
              of_at = (gint) i + 3 + (!ng_strcmp (kw (c, i + 3), "the") ? 1 : 0);
            }
        }
    }
  if (trig < 0)
    return;
  /* ("Ministers attending included X of Jamaica; Y, Minister of Foreign
   * and CARICOM Affairs of Trinidad and Tobago": people, not members) */
  if (!ng_strcmp (kw (c, (guint) trig), "included") || !ng_strcmp (kw (c, (guint) trig), "include")
      || !ng_strcmp (kw (c, (guint) trig), "includes"))
    for (guint i = first; i < (guint) trig; i++)
      {
        const char *w = kw (c, i);
        /* (lower case: not "The Council of Delegates includes") */
        if (tk (c, i)->flags & NG_TF_CAP)
          continue;
        if (!ng_strcmp (w, "ministers") || !ng_strcmp (w, "leaders") || !ng_strcmp (w, "participants")
            || !ng_strcmp (w, "delegates") || !ng_strcmp (w, "attendees") || !ng_strcmp (w, "guests")
            || !ng_strcmp (w, "speakers") || !ng_strcmp (w, "delegation") || !ng_strcmp (w, "those")
            || !ng_strcmp (w, "officials") || !ng_strcmp (w, "attending"))
          return;
      }
  /* ("Mexico, which is not a member of the group") */
  if (trig >= (gint) first + 2 && (!ng_strcmp (kw (c, (guint) trig - 1), "not") || !ng_strcmp (kw (c, (guint) trig - 2), "not")
                                   || !ng_strcmp (kw (c, (guint) trig - 1), "non")))
    return;
  gint org = -1, org_after = -1, subject = -1;
  guint org_last = 0, org_after_first = 0;
  guint ncountries = 0;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id < 0 || x->role != NG_MS_ENTITY)
        continue;
      if (x->kind == NG_KIND_ORG && id != c->doc->publisher && x->parent < 0
          && !(x->lex && x->lex->cls == NG_LEX_AGENCY))
        {
          gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (id));
          gint o = par ? GPOINTER_TO_INT (par) - 1 : id;
          /* ("The Governing Council includes, among others, Chile, Poland":
           * a body named alone, of an organization no lexicon knows, is
           * what has the members) */
          if (par && !ent (c, id)->lex_key && !ent (c, o)->lex_key && !(x->last + 1 < end && !ng_strcmp (kw (c, x->last), "of")))
            o = id;
          if (x->last <= (guint) trig)
            {
              org = o;
              org_last = x->last;
              /* (the sentence's subject: "The Colombo Process, formally
               * the Regional Consultative Process on ... Labour ..., brings
               * together": not an organization of its apposition) */
              if (x->first == first || (x->first == first + 1 && !ng_strcmp (kw (c, first), "the")))
                subject = o;
            }
          else if (org_after < 0)
            {
              org_after = o;
              org_after_first = x->first;
            }
        }
      if (x->kind == NG_KIND_COUNTRY && !x->possessive)
        ncountries++;
    }
  if (subject >= 0 && org != subject && org_last < (guint) trig
      && tk (c, trig - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, trig - 1)->start] == ',')
    org = subject;
  /* (of "member states of", only the body named just after: not "of the
   * Alliance, ... in the main session of the North Atlantic Council") */
  /* (and where the members follow the name: "of the Initiative, namely
   * Albania, ...", "(BIMSTEC) - Bangladesh, ..."; not "counts the 27
   * member states of the European Union as well as countries such as
   * Norway among its members") */
  if (of_at >= 0)
    {
      guint after = (guint) of_at;
      for (guint m = 0; m < c->ex->ms->len; m++)
        if (mn (c, m)->first == (guint) of_at && mn (c, m)->role == NG_MS_ENTITY)
          after = mn (c, m)->last;
      if (after == (guint) of_at)
        after++;
      gboolean direct = FALSE;
      for (guint i = after; i < end && i < after + 6 && !direct; i++)
        {
          gboolean country = FALSE;
          for (guint m = 0; m < c->ex->ms->len && !country; m++)
            country = mn (c, m)->first == i && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_COUNTRY;
          if (country)
            direct = TRUE;
          else if (tk (c, i)->kind == NG_TOK_WORD && ng_strcmp (kw (c, i), "namely") && ng_strcmp (kw (c, i), "including")
                   && ng_strcmp (kw (c, i), "the") && !(tk (c, i)->flags & NG_TF_CAP))
            break;
        }
      if (!direct)
        member_of = FALSE;
    }
  if (member_of && org_after >= 0 && (of_at < 0 || (gint) org_after_first == of_at))
    org = org_after;
  if (org < 0)
    {
      /* "the organization includes ...", "the bloc's members" (the
       * body the trigger is of, before it, else the last one named:
       * "the alliance's two newest members, ... into the council's") */
      gboolean before = FALSE;
      for (guint i = first; i + 1 < end && !before; i++)
        if (!ng_strcmp (kw (c, i), "the") || !ng_strcmp (kw (c, i), "its"))
          for (guint j = i + 1; j < end && j <= i + 4; j++)
            {
              const char *w = kw (c, j);
              /* ("The eight-member council includes Canada, ...": head
               * words of many bodies, in lower case) */
              /* (or the last word of a body's name the article gives:
               * "The conclave ... now has five members" after "the
               * Colombo Security Conclave") */
              gboolean headed = !(tk (c, j)->flags & NG_TF_CAP)
                                && (!ng_strcmp (w, "council") || !ng_strcmp (w, "movement") || !ng_strcmp (w, "association")
                                    || !ng_strcmp (w, "coalition") || !ng_strcmp (w, "partnership")
                                    || !ng_strcmp (w, "agency") || !ng_strcmp (w, "group")
                                    || (j == i + 1 && tk (c, j)->kind == NG_TOK_WORD && strlen (w) >= 5
                                        && org_by_last_word (c, w) >= 0));
              if (!ng_strcmp (w, "organization") || !ng_strcmp (w, "organisation") || !ng_strcmp (w, "alliance")
                  || !ng_strcmp (w, "bloc") || !ng_strcmp (w, "union") || !ng_strcmp (w, "grouping") || !ng_strcmp (w, "group")
                  /* ("The format brings together Denmark, Estonia, ...") */
                  || !ng_strcmp (w, "format") || !ng_strcmp (w, "forum") || !ng_strcmp (w, "body")
                  || !ng_strcmp (w, "community") || !ng_strcmp (w, "initiative") || !ng_strcmp (w, "commission")
                  || headed)
                {
                  org = c->main_org >= 0 && !ent_is_agency (c, c->main_org) ? c->main_org : c->last_org;
                  /* ("the member states of the Initiative": a capitalized
                   * head word is the short name of the one body of the
                   * article whose name ends in it) */
                  if ((tk (c, j)->flags & NG_TF_CAP) && j == i + 1 && org_by_last_word (c, w) >= 0)
                    org = org_by_last_word (c, w);
                  /* ("Finland and Sweden, the alliance's two newest
                   * members" in an article on the NATO-Ukraine Council:
                   * the alliance the article names) */
                  if (!ng_strcmp (w, "alliance") && !(org >= 0 && lex_kind_is (c, org, "alliance")))
                    for (guint e = 0; e < c->doc->entities->len; e++)
                      if (ent (c, (gint) e)->kind == NG_KIND_ORG && lex_kind_is (c, (gint) e, "alliance"))
                        {
                          org = (gint) e;
                          break;
                        }
                  /* (for those head words, the organization the article
                   * named by it unless the main one is: "The 23-member
                   * association" is the Indian Ocean Rim Association, not
                   * the ministry most named) */
                  for (guint e = 0; headed && !(org >= 0 && head_word_is (ent (c, org)->name, w)) && e < c->doc->entities->len; e++)
                    {
                      const NgEntity *oe = ent (c, (gint) e);
                      if (oe->kind == NG_KIND_ORG && head_word_is (oe->name, w))
                        org = (gint) e;
                    }
                  before = j < (guint) trig && org >= 0;
                  break;
                }
            }
    }
  /* "Its 25 member states include ...", "Its members include ...": the
   * organization named last */
  /* (and "Other members include ...", "The other members are ..." after
   * "X has been a member of the FFA") */
  gboolean other_members = (!ng_strcmp (kw (c, first), "other") && (guint) trig == first + 1)
                           || (!ng_strcmp (kw (c, first), "the") && first + 2 < end && !ng_strcmp (kw (c, first + 1), "other")
                               && (guint) trig == first + 2);
  if (org < 0 && org_after < 0 && (!ng_strcmp (kw (c, first), "its") || other_members) && (guint) trig <= first + 3
      && c->last_org >= 0 && c->last_org != c->doc->publisher && !ent_is_agency (c, c->last_org))
    org = c->last_org;
  /* ("SADC ... is a 16 nation strong regional economic community.
   * Member states are Angola, Botswana, ...": the organization the
   * sentence before opens with) */
  if (org < 0 && org_after < 0 && (guint) trig <= first + 1
      && (!ng_strcmp (kw (c, first), "member") || !ng_strcmp (kw (c, first), "members"))
      && c->subject_org >= 0 && c->subject_org_sent + 1 == c->sent)
    org = c->subject_org;
  if (org < 0)
    org = org_after;
  /* ("instructed the association's Committee of Representatives to ...
   * for the 13 member countries: ...": a body of a name many bear has no
   * members of its own; the article's organization has) */
  /* (but "The Council of Delegates includes Bolivia, ...": the body the
   * sentence is about) */
  if (org >= 0 && org != subject && !ent (c, org)->lex_key && ng_body_common_org (ent (c, org)->name)
      && c->main_org >= 0 && c->main_org != org && !ent_is_agency (c, c->main_org))
    org = c->main_org;
  if (org < 0 || (ncountries < 2 && !member_of))
    return;
  /* ("both members of the European Union and NATO": the two) */
  gint org2 = -1;
  for (guint m = 0; member_of && org == org_after && m + 1 < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m), *y = mn (c, m + 1);
      if (x->first != org_after_first || x->last + 1 >= end || ng_strcmp (kw (c, x->last), "and"))
        continue;
      gint yi = g_array_index (c->ex->ment_ent, gint, m + 1);
      guint at = x->last + 1 + (!ng_strcmp (kw (c, x->last + 1), "the") ? 1 : 0);
      if (yi >= 0 && yi != org && y->first == at && y->role == NG_MS_ENTITY && y->kind == NG_KIND_ORG && y->parent < 0
          && !(y->lex && y->lex->cls == NG_LEX_AGENCY))
        org2 = yi;
      break;
    }
  /* (not the countries after "their dialogue partners, including",
   * "observers", "guests") */
  guint partners = end, with = end;
  for (guint i = (guint) trig + 1; i < end && partners == end; i++)
    if (((!ng_strcmp (kw (c, i), "partners") || !ng_strcmp (kw (c, i), "partner"))
         /* (but "eight partner states:", as the EAC calls its members) */
         && !(i + 1 < end && !ng_strcmp (kw (c, i + 1), "states")))
        || !ng_strcmp (kw (c, i), "observers")
        || !ng_strcmp (kw (c, i), "observer") || !ng_strcmp (kw (c, i), "guests") || !ng_strcmp (kw (c, i), "invitees")
        /* ("now has five members — ... — while Seychelles takes part as
         * an observer") */
        || !ng_strcmp (kw (c, i), "while") || !ng_strcmp (kw (c, i), "whereas")
        /* ("the heads of government of the EU member states and the
         * leaders of Albania, Montenegro, ...": others) */
        || (!ng_strcmp (kw (c, i), "and") && i + 3 < end && !ng_strcmp (kw (c, i + 1), "the")
            && !(tk (c, i + 2)->flags & NG_TF_CAP) && !ng_strcmp (kw (c, i + 3), "of")))
      partners = i;
  /* ("The RCEP ... groups the 10 ASEAN member states with Australia,
   * China, ...": the countries after "with" are of the larger grouping,
   * the sentence's subject, not of ASEAN; but not "with fellow COMESA
   * members Zambia and ...") */
  for (guint i = (guint) trig + 1; i < partners && with == end && !groups_trigger (c, (guint) trig); i++)
    /* (not "together with", which goes on with the members) */
    if ((!ng_strcmp (kw (c, i), "with") && ng_strcmp (kw (c, i - 1), "together")) || !ng_strcmp (kw (c, i), "plus"))
      with = i;
  for (guint i = with; i < partners && with < end; i++)
    if (g_str_has_prefix (kw (c, i), "member"))
      with = end;
  /* "Finland and Sweden, the alliance's two newest members, have been
   * among ... of bringing Ukraine into ...": the countries the members
   * are said of in apposition, none after */
  for (guint i = (guint) trig; i > first + 2 && partners == end; i--)
    if (!ng_strcmp (kw (c, i - 1), "the") && tk (c, i - 2)->kind == NG_TOK_PUNCT
        && c->art->text[tk (c, i - 2)->start] == ',' && i - 2 > first)
      {
        gint pm = mention_at (c, i - 3);
        if (pm >= 0 && mn (c, (guint) pm)->role == NG_MS_ENTITY && mn (c, (guint) pm)->kind == NG_KIND_COUNTRY
            && (guint) trig < i + 5)
          partners = i - 2;
        break;
      }
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id >= 0 && x->role == NG_MS_ENTITY && x->kind == NG_KIND_COUNTRY && !x->possessive && x->first < partners)
        {
          if (x->first < with)
            {
              add_link (c, c->doc->members, id, org, x->start, x->end);
              if (org2 >= 0)
                add_link (c, c->doc->members, id, org2, x->start, x->end);
            }
          else if (subject >= 0 && subject != org)
            add_link (c, c->doc->members, id, subject, x->start, x->end);
        }
    }
}

/* The lexicon's capital of a country entity, as a doc entity, or -1. */
static gint
capital_of (Ctx *c, gint country)
{
  NgEntity *e = ent (c, country);
  if (!e->lex_key)
    return -1;
  const GArray *hits = NULL;
  char *k = ng_fold_plain (e->name);
  hits = ng_lexicon_lookup (c->ex->lex, k);
  g_free (k);
  if (!hits)
    return -1;
  for (guint h = 0; h < hits->len; h++)
    {
      const NgLexHit *x = &g_array_index (hits, NgLexHit, h);
      if (ng_strcmp (x->entry->key, e->lex_key) == 0 && x->entry->capital)
        {
          const NgLexEntry *cap = x->entry->capital;
          return entity_for_lex (c, cap, NG_KIND_CITY, NULL, e->where);
        }
    }
  return -1;
}

/* Places in countries: "Tajikistan's capital Dushanbe", "Astana, the capital of
 * Kazakhstan", "Russia's southern republic of Ingushetia". */
static void
extract_contained (Ctx *c, guint first, guint end)
{
  GArray *ms = c->ex->ms;
  /* "met in Kigali ..., which opens in the Rwandan capital", "held at the
   * Summit Conference Center in the Iranian capital" in an article that
   * names Tehran: the lexicon's capital, which the article names, lies in
   * the country (not "Almaty, the Kazakh capital": an apposition says
   * which city, above) */
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_DEMONYM || !x->lex || x->lex->cls != NG_LEX_COUNTRY || !x->lex->capital
          || x->first < first + 2 || x->last >= end || ng_strcmp (kw (c, x->first - 1), "the")
          || ng_strcmp (kw (c, x->last), "capital") || tk (c, x->first - 2)->kind == NG_TOK_PUNCT)
        continue;
      gint ci = GPOINTER_TO_INT (g_hash_table_lookup (c->by_lex, x->lex->capital)) - 1;
      if (ci < 0)
        continue;
      gint co = entity_for_lex (c, x->lex, NG_KIND_COUNTRY, NULL, where_of (c, x->start, x->end));
      add_link (c, c->doc->contained, ci, co, x->start, tk (c, x->last)->end);
    }
  for (guint m = 0; m + 1 < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint xi = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || xi < 0)
        continue;
      /* COUNTRY's [adj] capital|republic|region [of] PLACE */
      if (x->kind == NG_KIND_COUNTRY && x->possessive)
        {
          NgMentionSpan *y = mn (c, m + 1);
          gint yi = g_array_index (c->ex->ment_ent, gint, m + 1);
          if (yi < 0 || y->role != NG_MS_ENTITY || y->first - x->last > 5
              || (y->kind != NG_KIND_CITY && y->kind != NG_KIND_PLACE))
            continue;
          /* ("China's Shaanxi Province", "Nigeria's Borno State",
           * "Myanmar's Myawaddy": a place of the country's right after it,
           * which the lexicon knows in no other country and no sea) */
          gboolean ok = y->first == x->last && (!y->lex || y->lex->country == x->lex);
          for (guint i = x->last; i < y->first; i++)
            {
              const char *w = kw (c, i);
              if (!ng_strcmp (w, "capital") || !ng_strcmp (w, "republic") || !ng_strcmp (w, "region")
                  || !ng_strcmp (w, "province") || !ng_strcmp (w, "city") || !ng_strcmp (w, "town")
                  || !ng_strcmp (w, "port") || !ng_strcmp (w, "oblast") || !ng_strcmp (w, "state"))
                ok = TRUE;
              else if (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',' && ok)
                continue;
              else if (tk (c, i)->kind != NG_TOK_WORD || (tk (c, i)->flags & NG_TF_CAP))
                {
                  ok = FALSE;
                  break;
                }
            }
          if (ok)
            add_link (c, c->doc->contained, yi, xi, x->start, y->end);
        }
      /* "in Kazan, Russia,": a city and the country it lies in (or a
       * province: "in Semarang, Central Java, Indonesia") */
      gboolean province = x->kind == NG_KIND_PLACE && x->lex && x->lex->kind && x->lex->country
                          && (!ng_strcmp (x->lex->kind, "province") || !ng_strcmp (x->lex->kind, "state")
                              || !ng_strcmp (x->lex->kind, "region"))
                          && m + 1 < ms->len && mn (c, m + 1)->lex == x->lex->country;
      if ((x->kind == NG_KIND_CITY || province) && !x->possessive)
        {
          NgMentionSpan *y = mn (c, m + 1);
          gint yi = g_array_index (c->ex->ment_ent, gint, m + 1);
          /* (or a state or region the lexicon knows: "Anchorage, Alaska") */
          gboolean region = !province && y->kind == NG_KIND_PLACE && y->lex && y->lex->kind
                            && (!ng_strcmp (y->lex->kind, "state") || !ng_strcmp (y->lex->kind, "region")
                                || !ng_strcmp (y->lex->kind, "province") || !ng_strcmp (y->lex->kind, "republic"));
          /* (with "the": "in Abu Dhabi, the United Arab Emirates, on July 10") */
          guint yf = y->first;
          if (yf == x->last + 2 && !ng_strcmp (kw (c, x->last + 1), "the"))
            yf--;
          /* (or in parentheses, as translated wires write it: "in Luanda
           * (Angola)") */
          gboolean paren = x->last < end && tk (c, x->last)->kind == NG_TOK_PUNCT
                           && c->art->text[tk (c, x->last)->start] == '(' && y->last < end
                           && tk (c, y->last)->kind == NG_TOK_PUNCT && c->art->text[tk (c, y->last)->start] == ')';
          if (yi >= 0 && y->role == NG_MS_ENTITY && (y->kind == NG_KIND_COUNTRY || region) && yf == x->last + 1
              && tk (c, x->last)->kind == NG_TOK_PUNCT && (c->art->text[tk (c, x->last)->start] == ',' || paren)
              && (y->last >= end || tk (c, y->last)->kind == NG_TOK_PUNCT)
              && (!x->lex || !x->lex->country || !y->lex || x->lex->country == y->lex
                  || (region && x->lex->country == y->lex->country)))
            add_link (c, c->doc->contained, xi, yi, x->start, y->end);
        }
      /* "in Benghazi, in eastern Libya", "Goma in eastern Democratic
       * Republic of the Congo", "Surat, in India's western state of
       * Gujarat", "Bujumbura, Burundi's economic capital": a city and the
       * country it lies in */
      if (x->kind == NG_KIND_CITY && !x->possessive)
        {
          NgMentionSpan *y = mn (c, m + 1);
          gint yi = g_array_index (c->ex->ment_ent, gint, m + 1);
          guint i = x->last;
          gboolean comma = i < end && tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',';
          if (comma)
            i++;
          gboolean in = i < end && !ng_strcmp (kw (c, i), "in");
          if (in)
            i++;
          if (i < end && !ng_strcmp (kw (c, i), "the"))
            i++;
          /* (or after a comma, a part of the country: "in Fukuoka,
           * southwestern Japan") */
          guint d0 = i;
          while (i < end && (in || comma) && is_direction_word (kw (c, i)))
            i++;
          gboolean dir = i > d0;
          gboolean placed = yi >= 0 && y->role == NG_MS_ENTITY && y->kind == NG_KIND_COUNTRY && y->first == i
                            && (in || (comma && (y->possessive || dir)))
                            && (!x->lex || !x->lex->country || !y->lex || x->lex->country == y->lex);
          /* (the country's own, then lower-case words: "Burundi's economic
           * capital", "India's western state of"; else the name ends the
           * phrase) */
          if (placed && y->possessive)
            placed = y->last < end && tk (c, y->last)->kind == NG_TOK_WORD && !(tk (c, y->last)->flags & NG_TF_CAP);
          else if (placed)
            placed = y->last >= end || tk (c, y->last)->kind == NG_TOK_PUNCT
                     || (tk (c, y->last)->kind == NG_TOK_WORD && !(tk (c, y->last)->flags & NG_TF_CAP));
          if (placed)
            add_link (c, c->doc->contained, xi, yi, x->start, y->end);
        }
      /* CITY, the capital of COUNTRY */
      if (x->kind == NG_KIND_CITY)
        {
          NgMentionSpan *y = mn (c, m + 1);
          gint yi = g_array_index (c->ex->ment_ent, gint, m + 1);
          if (yi >= 0 && y->kind == NG_KIND_COUNTRY && y->role == NG_MS_ENTITY && y->first - x->last <= 5
              && x->last + 3 < end && tk (c, x->last)->kind == NG_TOK_PUNCT
              && !ng_strcmp (kw (c, x->last + 1), "the") && !ng_strcmp (kw (c, x->last + 2), "capital"))
            add_link (c, c->doc->contained, xi, yi, x->start, y->end);
          /* "Qingdao, a coastal city in east China's Shandong Province" */
          else if (yi >= 0 && y->kind == NG_KIND_COUNTRY && y->role == NG_MS_ENTITY && y->first - x->last <= 8
                   && x->last + 3 < y->first && tk (c, x->last)->kind == NG_TOK_PUNCT
                   && c->art->text[tk (c, x->last)->start] == ','
                   && (!ng_strcmp (kw (c, x->last + 1), "a") || !ng_strcmp (kw (c, x->last + 1), "an")))
            {
              gboolean head = FALSE, ok = TRUE;
              for (guint i = x->last + 2; i < y->first && ok; i++)
                {
                  const char *w = kw (c, i);
                  if (tk (c, i)->kind != NG_TOK_WORD || (tk (c, i)->flags & NG_TF_CAP))
                    ok = FALSE;
                  else if (!ng_strcmp (w, "city") || !ng_strcmp (w, "town") || !ng_strcmp (w, "port") || !ng_strcmp (w, "village"))
                    head = TRUE;
                  else if (head && ng_strcmp (w, "in") && ng_strcmp (w, "of") && !is_direction_word (w))
                    ok = FALSE;
                }
              if (ok && head && (!ng_strcmp (kw (c, y->first - 1), "in") || is_direction_word (kw (c, y->first - 1))))
                add_link (c, c->doc->contained, xi, yi, x->start, y->end);
            }
        }
    }
  /* "the Russian city of Kazan", "the Kazakh capital, Astana". */
  for (guint m = 0; m + 1 < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m), *y = mn (c, m + 1);
      gint yi = g_array_index (c->ex->ment_ent, gint, m + 1);
      if (x->role != NG_MS_DEMONYM || !x->lex || yi < 0 || y->role != NG_MS_ENTITY
          || (y->kind != NG_KIND_CITY && y->kind != NG_KIND_PLACE) || y->first - x->last > 4)
        continue;
      gboolean ok = FALSE;
      for (guint i = x->last; i < y->first; i++)
        {
          const char *w = kw (c, i);
          if (!ng_strcmp (w, "city") || !ng_strcmp (w, "capital") || !ng_strcmp (w, "town") || !ng_strcmp (w, "port")
              || !ng_strcmp (w, "region") || !ng_strcmp (w, "republic") || !ng_strcmp (w, "province")
              || !ng_strcmp (w, "state") || !ng_strcmp (w, "provinces") || !ng_strcmp (w, "states")
              || !ng_strcmp (w, "regions") || !ng_strcmp (w, "cities") || !ng_strcmp (w, "islands")
              || !ng_strcmp (w, "ports") || !ng_strcmp (w, "island") || !ng_strcmp (w, "village")
              || !ng_strcmp (w, "towns"))
            ok = TRUE;
          else if (!ng_strcmp (w, "of") || !ng_strcmp (w, "southern") || !ng_strcmp (w, "northern") || !ng_strcmp (w, "eastern")
                   || !ng_strcmp (w, "western") || !ng_strcmp (w, "central") || !ng_strcmp (w, "resort") || !ng_strcmp (w, "border")
                   || (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ','))
            continue;
          else
            {
              ok = FALSE;
              break;
            }
        }
      if (ok)
        {
          gint ci = entity_for_lex (c, x->lex, NG_KIND_COUNTRY, NULL, where_of (c, x->start, x->end));
          add_link (c, c->doc->contained, yi, ci, x->start, y->end);
          /* ("the Indonesian provinces of Kalimantan, Sulawesi and
           * Papua": each place of the list) */
          for (guint q = m + 2; q < ms->len; q++)
            {
              NgMentionSpan *pv = mn (c, q - 1), *z = mn (c, q);
              gint zi = g_array_index (c->ex->ment_ent, gint, q);
              guint g = pv->last;
              if (g < z->first && tk (c, g)->kind == NG_TOK_PUNCT && c->art->text[tk (c, g)->start] == ',')
                g++;
              if (g < z->first && !ng_strcmp (kw (c, g), "and"))
                g++;
              if (g != z->first || pv->possessive || zi < 0 || z->role != NG_MS_ENTITY
                  || (z->kind != NG_KIND_CITY && z->kind != NG_KIND_PLACE))
                break;
              add_link (c, c->doc->contained, zi, ci, x->start, z->end);
            }
        }
    }
  /* "in Valletta, the Maltese capital", "Astana, the Kazakh capital,": a
   * city and, in apposition, its country's adjective */
  for (guint m = 0; m + 1 < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m), *y = mn (c, m + 1);
      gint xi = g_array_index (c->ex->ment_ent, gint, m);
      if (xi < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_CITY || x->possessive || y->role != NG_MS_DEMONYM
          || !y->lex || y->lex->cls != NG_LEX_COUNTRY || y->first != x->last + 2 || y->last >= end
          || tk (c, x->last)->kind != NG_TOK_PUNCT || c->art->text[tk (c, x->last)->start] != ','
          || ng_strcmp (kw (c, x->last + 1), "the"))
        continue;
      const char *w = kw (c, y->last);
      if (ng_strcmp (w, "capital") && ng_strcmp (w, "city") && ng_strcmp (w, "port") && ng_strcmp (w, "town"))
        continue;
      /* (not a city of another country the lexicon knows) */
      if (x->lex && x->lex->country && x->lex->country != y->lex)
        continue;
      gint ci = entity_for_lex (c, y->lex, NG_KIND_COUNTRY, NULL, where_of (c, y->start, y->end));
      add_link (c, c->doc->contained, xi, ci, x->start, tk (c, y->last)->end);
    }
  /* "the capital of COUNTRY" naming no city: the lexicon's capital, if the
   * article names that city somewhere. */
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint xi = g_array_index (c->ex->ment_ent, gint, m);
      if (x->kind != NG_KIND_COUNTRY || x->role != NG_MS_ENTITY || xi < 0 || x->first < first + 3)
        continue;
      if (!ng_strcmp (kw (c, x->first - 1), "of") && !ng_strcmp (kw (c, x->first - 2), "capital")
          && !ng_strcmp (kw (c, x->first - 3), "the"))
        {
          /* Not "CITY, the capital of" (done above). */
          if (x->first >= first + 5 && tk (c, x->first - 4)->kind == NG_TOK_PUNCT)
            continue;
          gint cap = capital_of (c, xi);
          if (cap >= 0)
            add_link (c, c->doc->contained, cap, xi, tk (c, x->first - 3)->start, x->end);
        }
    }
}


/* TRUE if token i joins the two days of a range: a dash, "and", "to". */
static gboolean
range_word (Ctx *c, guint i)
{
  const NgToken *t = tk (c, i);
  if (t->flags & NG_TF_DASH)
    return TRUE;
  return t->kind == NG_TOK_WORD && (!ng_strcmp (kw (c, i), "and") || !ng_strcmp (kw (c, i), "to"));
}
/* Sets *out to day of the month nearest the article's date (that month,
 * the one before or the one after); FALSE if no such day. */
static gboolean
nearest_month_day (Ctx *c, gint day, NgDate *out)
{
  gint best = G_MAXINT;
  for (gint dm = -1; dm <= 1 && day >= 1 && day <= 31; dm++)
    {
      NgDate r = { c->adate.year, c->adate.month + dm, day };
      if (r.month < 1)
        r.month = 12, r.year = r.year ? r.year - 1 : 0;
      else if (r.month > 12)
        r.month = 1, r.year = r.year ? r.year + 1 : 0;
      gint dist = ABS ((c->adate.month + dm) * 31 + day - (c->adate.month * 31 + c->adate.day));
      if (ng_date_valid (&r) && dist < best)
        best = dist, *out = r;
    }
  return best != G_MAXINT;
}

/* TRUE if a word before meeting word k says the meeting preceded or
 * follows another: "It was preceded by a meeting of X", "The Conference
 * follows the meeting of Y". */
static gboolean
precedes_or_follows (Ctx *c, guint first, guint k)
{
  for (guint b = first; b < k; b++)
    if (!ng_strcmp (kw (c, b), "preceded") || !ng_strcmp (kw (c, b), "follows") || !ng_strcmp (kw (c, b), "followed")
        /* ("The ministers' meeting was prepared on Monday by the political
         * directors") */
        || (!ng_strcmp (kw (c, b), "prepared") && b > first && (!ng_strcmp (kw (c, b - 1), "was") || !ng_strcmp (kw (c, b - 1), "were"))))
      return TRUE;
  return FALSE;
}

/* TRUE if word w is among tokens first..end. */
static gboolean
sentence_has (Ctx *c, guint first, guint end, const char *w)
{
  for (guint b = first; b < end; b++)
    if (!ng_strcmp (kw (c, b), w))
      return TRUE;
  return FALSE;
}

/* TRUE if w is one of the words. */
static gboolean
word_in (const char *w, const char *const *words)
{
  for (; *words; words++)
    if (!ng_strcmp (w, *words))
      return TRUE;
  return FALSE;
}

/* TRUE if name is "<w> of ..." in part: "Reserve Bank of India" for
 * "bank". */
static gboolean
head_word_before_of (const char *name, const char *w)
{
  g_autofree char *of = g_strdup_printf (" %s of ", w);
  return strcasestr (name, of) != NULL;
}

/* The organization a generic noun stands for: the one of the article
 * whose name's head word it is ("the confederation" for the South
 * American Football Confederation), or that is named "<Noun> of ..."
 * ("the bank" for the Reserve Bank of India); -1 if none or several. */
static gint
org_by_noun (Ctx *c, const char *w)
{
  gint found = org_by_last_word (c, w);
  return found >= 0 ? found : one_org (c, head_word_before_of, w);
}

/* The central bank of the article: its one organization the lexicon
 * knows as a country's bank, else its one organization with "Bank" in
 * its name; -1 if none or several. */
static gint
central_bank (Ctx *c)
{
  gint found = -1, named = -1;
  guint n_named = 0;
  for (guint e = 0; e < c->doc->entities->len; e++)
    {
      const NgEntity *oe = ent (c, (gint) e);
      if (oe->kind != NG_KIND_ORG || !strstr (oe->name, "Bank"))
        continue;
      named = (gint) e, n_named++;
      const NgLexEntry *le = oe->lex_key ? lex_entry_of (c, (gint) e) : NULL;
      if (le && le->kind && !ng_strcmp (le->kind, "bank") && le->country)
        {
          if (found >= 0)
            return -1;
          found = (gint) e;
        }
    }
  return found >= 0 ? found : n_named == 1 ? named : -1;
}

static gint deciding_body (Ctx *c, guint k, guint first, guint end);

/* Nouns that stand for the one organization of their kind an article
 * names: "the central bank's headquarters", "the commission convened". */
static const char *const premises_nouns[] = { "bank", "commission", "confederation", "federation", "association",
                                              "council", "committee", "party", "union", "company", "authority",
                                              "agency", "board", "organization", "organisation", "institute",
                                              "chamber", NULL };

/* The organization the noun in small letters at token i stands for: "the
 * central bank" (central_bank), "the commission" (org_by_noun); -1 if
 * none. */
static gint
noun_org (Ctx *c, guint i, guint first)
{
  if (tk (c, i)->kind != NG_TOK_WORD || (tk (c, i)->flags & NG_TF_CAP) || !word_in (kw (c, i), premises_nouns))
    return -1;
  if (i > first && !ng_strcmp (kw (c, i), "bank") && !ng_strcmp (kw (c, i - 1), "central"))
    return central_bank (c);
  return org_by_noun (c, kw (c, i));
}

/* The organization of a meeting held on its premises or called by it:
 * "held at the ECP Secretariat", "at the central bank's headquarters",
 * "convened by the central bank at its headquarters", "were called to De
 * Nederlandsche Bank": the sentence's meeting, which has no organizer,
 * is that organization's; so is it a body's that decided on a day in the
 * sentence or the one before ("The CEC of the PPP on Friday approved
 * ... The meeting, chaired by X"). */
static void
premises_organizer (Ctx *c, guint first, guint end)
{
  /* (and of a body that decides on a day, in this sentence or the one
   * before: see deciding_body) */
  for (guint k = first; k < end; k++)
    if (tok_in (c, k, decide_verbs))
      {
        gint body = deciding_body (c, k, first, end);
        if (body >= 0)
          {
            c->decided_body = body;
            c->decided_sent = c->sent;
            break;
          }
      }
  if (c->last_meeting < 0 || c->last_meeting_sent != c->sent)
    return;
  NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, c->last_meeting);
  if (mt->organizer >= 0)
    return;
  if (c->decided_body >= 0 && c->decided_sent + 1 >= c->sent)
    {
      mt->organizer = c->decided_body;
      return;
    }
  static const char *const premises[] = { "headquarters", "secretariat", "offices", "premises", NULL };
  gint org = -1;
  for (guint i = first + 1; i < end && org < 0; i++)
    {
      const char *w = kw (c, i);
      if (word_in (w, premises))
        {
          /* (at or in them) */
          gboolean at = FALSE;
          for (guint b = i; b-- > first && b + 5 > i && !at;)
            at = !ng_strcmp (kw (c, b), "at") || !ng_strcmp (kw (c, b), "in");
          if (!at)
            continue;
          gint m = mention_at (c, i - 1);
          const NgMentionSpan *x = m >= 0 ? mn (c, (guint) m) : NULL;
          gint id = m >= 0 ? g_array_index (c->ex->ment_ent, gint, (guint) m) : -1;
          const NgToken *pt = tk (c, i - 1);
          if (x && id >= 0 && x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && x->last == i)
            org = id;
          /* ("the ECP Secretariat": the organization the acronym names) */
          else if ((m = mention_at (c, i)) >= 0 && mn (c, (guint) m)->kind == NG_KIND_ORG && mn (c, (guint) m)->last == i + 1
                   && mn (c, (guint) m)->first + 1 == i && (tk (c, i - 1)->flags & NG_TF_ALLCAPS))
            {
              g_autofree char *a = g_strndup (c->art->text + pt->start, pt->end - pt->start);
              org = ng_doc_find_entity (c->doc, NG_KIND_ORG, a);
            }
          /* ("the central bank's headquarters", "its headquarters") */
          else if ((pt->flags & NG_TF_POSS) && word_in (kw (c, i - 1), premises_nouns))
            org = noun_org (c, i - 1, first);
          else if (!ng_strcmp (kw (c, i - 1), "its"))
            org = c->last_org;
        }
      else if (i + 2 < end && ((!ng_strcmp (w, "convened") && !ng_strcmp (kw (c, i + 1), "by"))
                               || ((!ng_strcmp (w, "called") || !ng_strcmp (w, "summoned")) && !ng_strcmp (kw (c, i + 1), "to"))))
        {
          guint o = i + 2 + (!ng_strcmp (kw (c, i + 2), "the") ? 1 : 0);
          gint m = mention_at (c, o);
          if (m >= 0 && mn (c, (guint) m)->first == o && mn (c, (guint) m)->role == NG_MS_ENTITY
              && mn (c, (guint) m)->kind == NG_KIND_ORG)
            org = g_array_index (c->ex->ment_ent, gint, (guint) m);
          else if (o + 1 < end && !ng_strcmp (kw (c, o), "central") && !ng_strcmp (kw (c, o + 1), "bank"))
            org = central_bank (c);
          else if (o < end)
            org = noun_org (c, o, first);
        }
    }
  if (org >= 0 && ent (c, org)->kind == NG_KIND_ORG && !ent_is_agency (c, org))
    mt->organizer = org;
}

/* TRUE if a date at pos is in a relative clause on the guest of the
 * receiving verb k that tells of the guest's visit: "X received Y, who
 * visited Baku on a one-day official visit on August 31", "..., who is on
 * an official visit to Azerbaijan on July 1-2": the visit's day is the
 * meeting's. */
static gboolean
guest_visit_clause (Ctx *c, guint k, guint pos)
{
  static const char *const visit[] = { "visit", "visits", "visited", "visiting", NULL };
  if (pos <= k || !word_in (kw (c, k), receiving_verbs))
    return FALSE;
  for (guint b = k + 1; b + 1 < pos && b < k + 12; b++)
    if (tk (c, b)->kind == NG_TOK_PUNCT)
      {
        if (c->art->text[tk (c, b)->start] != ',' || ng_strcmp (kw (c, b + 1), "who"))
          return FALSE;
        for (guint j = b + 2; j < pos; j++)
          if (word_in (kw (c, j), visit))
            return TRUE;
        return FALSE;
      }
  return FALSE;
}

/* Sets the flag of sentence sent in flags (gboolean per sentence). */
static void
sent_flag_set (GArray *flags, guint sent)
{
  if (flags->len <= sent)
    g_array_set_size (flags, sent + 1);
  g_array_index (flags, gboolean, sent) = TRUE;
}

/* The flag of sentence sent in flags. */
static gboolean
sent_flag (const GArray *flags, guint sent)
{
  return sent < flags->len && g_array_index (flags, gboolean, sent);
}

/* TRUE if someone attended meeting mi. */
static gboolean
someone_attended (const NgDoc *d, gint mi)
{
  for (guint a = 0; a < d->attendance->len; a++)
    if (g_array_index (d->attendance, NgAttendance, a).meeting == mi
        && g_array_index (d->attendance, NgAttendance, a).status == NG_STATUS_ATTENDED)
      return TRUE;
  return FALSE;
}

/* For each meeting of the doc, TRUE if someone attended it or nobody is
 * said to plan to: a meeting that has taken place, not only one to come;
 * made on first use (*held NULL). */
static GArray *
held_meetings (const NgDoc *d, GArray **held)
{
  if (*held)
    return *held;
  GArray *h = g_array_new (FALSE, TRUE, sizeof (guint8));
  g_array_set_size (h, d->meetings->len);
  /* (1: someone planned, 2: someone attended) */
  for (guint a = 0; a < d->attendance->len; a++)
    {
      const NgAttendance *at = &g_array_index (d->attendance, NgAttendance, a);
      if (at->meeting < 0 || (guint) at->meeting >= h->len)
        continue;
      guint8 *f = &g_array_index (h, guint8, at->meeting);
      if (at->status == NG_STATUS_ATTENDED)
        *f = 2;
      else if (at->status == NG_STATUS_PLANNED && *f == 0)
        *f = 1;
    }
  for (guint i = 0; i < h->len; i++)
    g_array_index (h, guint8, i) = g_array_index (h, guint8, i) != 1;
  return *held = h;
}

/* TRUE if words first..end say a meeting was moved: "postponed",
 * "pushed back", "rescheduled", "brought forward". */
static gboolean
moved (Ctx *c, guint first, guint end)
{
  static const char *const words[] = { "postponed", "rescheduled", "delayed", "deferred", "moved", "shifted", NULL };
  for (guint b = first; b < end; b++)
    {
      const char *w = kw (c, b);
      if (word_in (w, words))
        return TRUE;
      if (b + 1 < end && (!ng_strcmp (w, "pushed") || !ng_strcmp (w, "brought") || !ng_strcmp (w, "put"))
          && (!ng_strcmp (kw (c, b + 1), "back") || !ng_strcmp (kw (c, b + 1), "forward") || !ng_strcmp (kw (c, b + 1), "off")))
        return TRUE;
    }
  return FALSE;
}

/* "on 24 April last year", "on March 3 next year": the year of a day
 * said by its words at token j, from the article's; sets r's year and
 * returns the tokens used (0 if none). */
static guint
year_said (Ctx *c, guint j, guint end, NgDate *r)
{
  if (!c->have_date || !c->adate.year || j + 1 >= end || ng_strcmp (kw (c, j + 1), "year"))
    return 0;
  const char *w = kw (c, j);
  gint delta = !ng_strcmp (w, "last") ? -1 : !ng_strcmp (w, "next") ? 1 : !ng_strcmp (w, "this") ? 0 : 2;
  if (delta == 2)
    return 0;
  r->year = c->adate.year + delta;
  return 2;
}

/* Parses a date expression starting at token i; returns tokens used (0 = none). */
static guint
date_at (Ctx *c, guint i, guint end, NgDate *out, gboolean *relative, gint *weekday)
{
  const NgToken *t = tk (c, i);
  const char *txt = c->art->text;
  *relative = FALSE;
  *weekday = 0;
  if (t->kind == NG_TOK_WORD)
    {
      gint mo = ng_date_month (txt + t->start, ng_token_len (t));
      /* "May" is also a verb: needs a day number after it. */
      if (mo && i + 1 < end && tk (c, i + 1)->kind == NG_TOK_NUMBER)
        {
          const NgToken *d = tk (c, i + 1);
          gint day = atoi (txt + d->start);
          NgDate r = { 0, mo, day };
          guint used = 2;
          /* "September 15-17", "March 21 and 22": skip the range end; ", 2021" year. */
          guint j = i + 2;
          if (j + 1 < end && range_word (c, j) && tk (c, j + 1)->kind == NG_TOK_NUMBER)
            j += 2, used += 2;
          if (j + 1 < end && txt[tk (c, j)->start] == ',' && tk (c, j + 1)->kind == NG_TOK_NUMBER
              && ng_token_len (tk (c, j + 1)) == 4)
            r.year = atoi (txt + tk (c, j + 1)->start), used += 2;
          else if (j < end && tk (c, j)->kind == NG_TOK_NUMBER && ng_token_len (tk (c, j)) == 4)
            r.year = atoi (txt + tk (c, j)->start), used += 1;
          else
            used += year_said (c, j, end, &r);
          if (ng_date_valid (&r))
            {
              *out = r;
              return used;
            }
          return 0;
        }
      /* "held in Port Louis on the 14th.": a day of the month alone, the
       * month nearest the article's (not "on the 14th summit") */
      /* (also before a joining word, "met in Seoul on the 9th and agreed",
       * and after a part of the day, "on the morning of the 10th", as
       * translated Korean and Japanese wires write) */
      static const char *const joiners[] = { "and", "to", "in", "at", "with", "for", "when", "after", "before",
                                             "while", "as", "but", NULL };
      static const char *const day_parts[] = { "morning", "afternoon", "evening", "night", NULL };
      if (c->have_date && c->adate.month && i > 0 && i + 1 < end && !ng_strcmp (kw (c, i), "the")
          && (!ng_strcmp (kw (c, i - 1), "on")
              || (i > 1 && !ng_strcmp (kw (c, i - 1), "of") && g_strv_contains (day_parts, kw (c, i - 2))))
          && ng_token_len (tk (c, i + 1)) <= 4
          && g_ascii_isdigit (txt[tk (c, i + 1)->start])
          && (i + 2 >= end || tk (c, i + 2)->kind == NG_TOK_PUNCT || g_strv_contains (joiners, kw (c, i + 2))))
        {
          const char *dt = txt + tk (c, i + 1)->start;
          gsize dl = ng_token_len (tk (c, i + 1));
          gint day = atoi (dt);
          gsize nd = g_ascii_isdigit (dt[1]) ? 2 : 1;
          gboolean ordinal = dl == nd + 2 && (!strncmp (dt + nd, "st", 2) || !strncmp (dt + nd, "nd", 2)
                                              || !strncmp (dt + nd, "rd", 2) || !strncmp (dt + nd, "th", 2));
          if (ordinal && nearest_month_day (c, day, out))
            return 2;
        }
      gint wd = ng_date_weekday_of_word (txt + t->start, ng_token_len (t));
      /* "on Monday (8)", "on Wednesday (17)": the day of the month in
       * parentheses (Agência Brasil), the month nearest the article's */
      if (wd && c->have_date && c->adate.month && i + 3 < end && txt[tk (c, i + 1)->start] == '('
          && tk (c, i + 2)->kind == NG_TOK_NUMBER && ng_token_len (tk (c, i + 2)) <= 2
          && txt[tk (c, i + 3)->start] == ')')
        {
          if (nearest_month_day (c, atoi (txt + tk (c, i + 2)->start), out))
            return 4;
        }
      /* "on Monday, February 17", "on Monday 17 February": the date
       * written out is the day */
      if (wd)
        {
          guint j = i + 1;
          if (j < end && txt[tk (c, j)->start] == ',')
            j++;
          gboolean rel;
          gint wd2;
          NgDate r;
          guint used = j + 1 < end ? date_at (c, j, end, &r, &rel, &wd2) : 0;
          if (used && !rel)
            {
              *out = r;
              return j - i + used;
            }
        }
      if (wd)
        {
          *relative = TRUE;
          *weekday = wd;
          return 1;
        }
      const char *k = kw (c, i);
      /* "received here this afternoon", "arrived this morning": today */
      if (c->have_date && k[0] == 't' && !ng_strcmp (k, "this") && i + 1 < end && g_strv_contains (day_parts, kw (c, i + 1)))
        {
          /* (unless a date follows in brackets: "met this evening
           * [Wednesday 26 February]", a release of the next day) */
          guint j = i + 2;
          gboolean rel;
          gint wd2;
          NgDate r;
          guint used = j + 2 < end && (txt[tk (c, j)->start] == '[' || txt[tk (c, j)->start] == '(')
                         ? date_at (c, j + 1, end, &r, &rel, &wd2) : 0;
          if (used && !rel)
            {
              *out = r;
              return 2 + 1 + used;
            }
          *out = c->adate;
          return 2;
        }
      /* "Last night, X hosted Y for dinner": the day before the article's */
      if (c->have_date && k[0] == 'l' && !ng_strcmp (k, "last") && i + 1 < end
          && (!ng_strcmp (kw (c, i + 1), "night") || !ng_strcmp (kw (c, i + 1), "evening")))
        {
          *out = ng_date_add_days (&c->adate, -1);
          return 2;
        }
      if (c->have_date && (k[0] == 't' || k[0] == 'y') && (!ng_strcmp (k, "today") || !ng_strcmp (k, "tomorrow") || !ng_strcmp (k, "yesterday") || !ng_strcmp (k, "tonight")))
        {
          gint delta = !ng_strcmp (k, "tomorrow") ? 1 : !ng_strcmp (k, "yesterday") ? -1 : 0;
          *out = ng_date_add_days (&c->adate, delta);
          return 1;
        }
      return 0;
    }
  if (t->kind == NG_TOK_NUMBER && i + 1 < end)
    {
      /* "15 September", "28 November 2024", "15th September, 2021"; a
       * range is its first day: "21 and 22 March", "21-22 March". */
      gint day = atoi (txt + t->start);
      guint at = i + 1;
      if (range_word (c, at) && at + 2 < end && tk (c, at + 1)->kind == NG_TOK_NUMBER)
        at += 2;
      const NgToken *mt = tk (c, at);
      gint mo = mt->kind == NG_TOK_WORD ? ng_date_month (txt + mt->start, ng_token_len (mt)) : 0;
      if (!mo || day < 1 || day > 31)
        return 0;
      NgDate r = { 0, mo, day };
      guint used = at - i + 1;
      guint j = at + 1;
      if (j < end && txt[tk (c, j)->start] == ',')
        j++;
      if (j < end && tk (c, j)->kind == NG_TOK_NUMBER && ng_token_len (tk (c, j)) == 4)
        {
          r.year = atoi (txt + tk (c, j)->start);
          used = j - i + 1;
        }
      else
        used += year_said (c, at + 1, end, &r);
      if (ng_date_valid (&r))
        {
          *out = r;
          return used;
        }
    }
  return 0;
}

/* TRUE if the clause after a statement's date at token i says the
 * speaker was at a meeting as they spoke: "said on Wednesday that ..., as
 * he attended the leaders' plenary", "while addressing the summit". */
static gboolean
said_while_attending (Ctx *c, guint i, guint end)
{
  for (guint j = i + 1; j + 2 < end; j++)
    {
      const char *w = kw (c, j);
      if (!ng_strcmp (w, "as") && (!ng_strcmp (kw (c, j + 1), "he") || !ng_strcmp (kw (c, j + 1), "she")
                                   || !ng_strcmp (kw (c, j + 1), "they")))
        {
          const char *v = kw (c, j + 2);
          if (!ng_strcmp (v, "attended") || !ng_strcmp (v, "addressed") || !ng_strcmp (v, "opened")
              || !ng_strcmp (v, "chaired"))
            return TRUE;
        }
      if (!ng_strcmp (w, "while") && (!ng_strcmp (kw (c, j + 1), "attending") || !ng_strcmp (kw (c, j + 1), "addressing")
                                      || !ng_strcmp (kw (c, j + 1), "opening") || !ng_strcmp (kw (c, j + 1), "chairing")))
        return TRUE;
    }
  return FALSE;
}

/* Sets the year of a month-day from the article where the text gives none
 * (ahead: the text says it is to come). */
static void
complete_year (Ctx *c, NgDate *d, gboolean ahead)
{
  if (d->year || !c->have_date || !c->adate.year)
    return;
  d->year = c->adate.year;
  /* A month far before the article's month is next year's (December article, January date). */
  if (d->month + 6 < c->adate.month)
    d->year++;
  /* (a month far after it is last year's, unless it is to come) */
  else if (d->month > c->adate.month + 6 && !ahead)
    d->year--;
  /* (a day to come before the article's in the year is next year's) */
  else if (ahead && (d->month < c->adate.month || (d->month == c->adate.month && d->day && d->day < c->adate.day)))
    d->year++;
}

static gboolean has_word_bits (Ctx *c, guint first, guint end, guint64 bits);
#define has_word(c, first, end, list) has_word_bits ((c), (first), (end), LIST_BIT (list))

/* has_word of the words of plans ("will", "expected", "set to"), but not
 * "set" as a verb of its own: "agreed to set 2030 as the date", "set the
 * agenda". */
static gboolean
plan_words (Ctx *c, guint first, guint end)
{
  for (guint i = first; i < end; i++)
    {
      if (!tok_in (c, i, planned_words))
        continue;
      if (ng_strcmp (kw (c, i), "set"))
        return TRUE;
      const char *n = i + 1 < end ? kw (c, i + 1) : "";
      if (!ng_strcmp (n, "to") || !ng_strcmp (n, "for"))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the meeting word at k is planned for a time to come that is no
 * day: "is expected to hold a meeting of its ambassadors in Beirut next
 * week", "will meet again later this month" (a planned word shortly
 * before it, "next week", "later this month" or "in the coming weeks" in
 * its clause after it). */
static gboolean
planned_for_next (Ctx *c, guint first, guint k, guint end)
{
  if (!plan_words (c, k > first + 6 ? k - 6 : first, k))
    return FALSE;
  for (guint j = k + 1; j + 1 < end && j <= k + 14; j++)
    {
      if (tk (c, j)->kind == NG_TOK_PUNCT)
        return FALSE;
      const char *w = kw (c, j), *n = kw (c, j + 1);
      if ((!ng_strcmp (w, "next") || !ng_strcmp (w, "coming"))
          && (!ng_strcmp (n, "week") || !ng_strcmp (n, "month") || !ng_strcmp (n, "year")
              || !ng_strcmp (n, "weeks") || !ng_strcmp (n, "months") || !ng_strcmp (n, "days")))
        return TRUE;
      if (!ng_strcmp (w, "later") && !ng_strcmp (n, "this"))
        return TRUE;
    }
  return FALSE;
}
static gboolean is_past (Ctx *c, guint first, guint end);
static gboolean ordinal_at (Ctx *c, guint i);
static gboolean numbered_name (Ctx *c, guint k, guint first);
static gboolean numbered_sitting (Ctx *c, guint k, guint first);
static gint ordinal_before (Ctx *c, guint k, guint first, guint reach);

/* The weekday token i names (1-7), or 0. */
static gint
weekday_at (Ctx *c, guint i)
{
  const NgToken *t = tk (c, i);
  if (t->kind != NG_TOK_WORD)
    return 0;
  return ng_date_weekday_of_word (c->art->text + t->start, ng_token_len (t));
}

/* Records the weekdays a sentence names, with its tense, as wd * 4 + tense. */
/* A weekday vote of a day before the article's: "X has returned home
 * after attending the summit held in Abuja on Sunday". */
#define VOTE_BEFORE 3

/* TRUE if "returned" (or "returns", "returning") and then "after" come
 * before token i of the sentence. */
static gboolean
returned_after (Ctx *c, guint first, guint i)
{
  gboolean ret = FALSE;
  for (guint b = first; b < i; b++)
    {
      const char *w = kw (c, b);
      if (!ng_strcmp (w, "returned") || !ng_strcmp (w, "returns") || !ng_strcmp (w, "returning"))
        ret = TRUE;
      else if (ret && !ng_strcmp (w, "after"))
        return TRUE;
    }
  return FALSE;
}

static void
vote_weekdays (Ctx *c, guint s, GArray *votes)
{
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, s);
  guint first = sp->first, end = sp->first + sp->n;
  gint tense = -1;
  for (guint i = first; i < end; i++)
    {
      gint wd = weekday_at (c, i);
      if (!wd)
        continue;
      if (tense < 0)
        tense = plan_words (c, first, end) ? NG_TENSE_FUTURE : is_past (c, first, end) ? NG_TENSE_PAST : NG_TENSE_ANY;
      gint v = wd * 4 + (returned_after (c, first, i) ? VOTE_BEFORE : tense);
      g_array_append_val (votes, v);
    }
}

/* The first weekday sentence s names as a day of its own (not "last
 * Tuesday", "next Monday", "since Friday"), 0 if none. */
static gint
lead_weekday (Ctx *c, guint s)
{
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, s);
  for (guint i = sp->first; i < sp->first + sp->n; i++)
    {
      gint wd = weekday_at (c, i);
      if (!wd)
        continue;
      if (returned_after (c, sp->first, i))
        return 0;
      if (i > sp->first)
        {
          const char *p = kw (c, i - 1);
          if (!ng_strcmp (p, "last") || !ng_strcmp (p, "next") || !ng_strcmp (p, "since") || !ng_strcmp (p, "until")
              || !ng_strcmp (p, "by") || !ng_strcmp (p, "previous") || !ng_strcmp (p, "following") || !ng_strcmp (p, "coming"))
            return 0;
        }
      return wd;
    }
  return 0;
}

/* The weekday of an article without a year that makes the weekdays it names
 * nearest to its day, given their tenses; 0 if it names none. */
static gint
pick_anchor (GArray *votes)
{
  if (!votes->len)
    return 0;
  gint best = 0, best_cost = G_MAXINT;
  for (gint a = 1; a <= 7; a++)
    {
      gint cost = 0;
      for (guint i = 0; i < votes->len; i++)
        {
          gint v = g_array_index (votes, gint, i), wd = v / 4, tense = v % 4;
          gint fwd = (wd - a + 7) % 7, back = fwd ? 7 - fwd : 0;
          if (tense == NG_TENSE_FUTURE)
            cost += 3 * fwd;
          else if (tense == NG_TENSE_PAST)
            cost += back;
          else if (tense == VOTE_BEFORE)
            cost += fwd ? back : 7;
          else
            cost += 2 * MIN (fwd, back);
        }
      if (cost < best_cost)
        best_cost = cost, best = a;
    }
  return best;
}

/* TRUE if token i is one of the words (any case). */
static gboolean
token_word_in (Ctx *c, guint i, const char *const *words)
{
  const NgToken *t = tk (c, i);
  if (t->kind != NG_TOK_WORD)
    return FALSE;
  for (; *words; words++)
    if (ng_token_len (t) == strlen (*words) && !g_ascii_strncasecmp (c->art->text + t->start, *words, strlen (*words)))
      return TRUE;
  return FALSE;
}

/* The year of an article dated by day and month only ("ASWAN, Dec 7
 * (MENA)") whose lead tells its weekday ("on Sunday"): the latest year
 * the text names of what was, or the year after it, if that day falls on
 * that weekday in it ("held in Cairo in July 2024" and a Sunday, 7
 * December: 2025); 0 if neither.  News names past years (editions,
 * treaties) more often than the year it is written in; years of plans and
 * targets ("by 2030", "Vision 2030", "the 2025-2026 plan", "test runs will
 * start in 2028") and of a body's history ("founded in 2003", "the treaty
 * was signed in 1992") are left out; a term's end is the present ("holds
 * the presidency in 2020-2021"). */
static gint
year_of_weekday (Ctx *c, gint weekday)
{
  static const char *const ahead[] = { "by", "vision", "agenda", "until", "till", "through", "to", "before", NULL };
  static const char *const not_now[] = { "will", "would", "shall", "plan", "plans", "planned", "expected",
                                         "scheduled", "due", "aims", "target", "next", "upcoming",
                                         "founded", "established", "created", "formed", "signed", "since", "ago",
                                         NULL };
  gint latest = 0;
  const GArray *sents = c->ex->text->sentences;
  for (guint s = 0; s < sents->len; s++)
    {
      const NgSentenceSpan *sp = &g_array_index (sents, NgSentenceSpan, s);
      gint found = 0;
      /* (only a sentence with a number of four digits or more) */
      gboolean number = FALSE;
      for (guint i = sp->first; i < sp->first + sp->n && !number; i++)
        number = tk (c, i)->kind == NG_TOK_NUMBER && ng_token_len (tk (c, i)) >= 4;
      if (!number)
        continue;
      for (guint i = sp->first; i < sp->first + sp->n; i++)
        {
          const NgToken *t = tk (c, i);
          if (t->kind == NG_TOK_WORD && token_word_in (c, i, not_now))
            {
              found = 0;
              break;
            }
          if (t->kind != NG_TOK_NUMBER)
            continue;
          const char *at = c->art->text + t->start;
          /* (the end of a term, the present: "holds the presidency in
           * 2020-2021", as one token or three) */
          gboolean term_end = ng_token_len (t) == 9 && at[4] == '-' && g_ascii_isdigit (at[5]);
          if (ng_token_len (t) != 4 && !term_end)
            continue;
          gint y = atoi (term_end ? at + 5 : at);
          if (y < 1900 || y > 2099 || (i > sp->first && token_word_in (c, i - 1, ahead)))
            continue;
          if (i >= sp->first + 2 && (tk (c, i - 1)->flags & NG_TF_DASH) && tk (c, i - 2)->kind == NG_TOK_NUMBER)
            term_end = TRUE;
          /* (not its start, nor a season: "2025/26") */
          if (!term_end && i + 1 < sp->first + sp->n
              && ((tk (c, i + 1)->flags & NG_TF_DASH) || c->art->text[tk (c, i + 1)->start] == '/'))
            continue;
          found = MAX (found, y);
        }
      latest = MAX (latest, found);
    }
  for (gint y = latest; latest && y <= latest + 1; y++)
    {
      NgDate d = { y, c->adate.month, c->adate.day };
      if (ng_date_valid (&d) && ng_date_weekday (&d) == weekday)
        return y;
    }
  return 0;
}

/* Resolves a weekday against the article date; FALSE if impossible. */
static gboolean
resolve_weekday (Ctx *c, gint wd, NgTense tense, NgDate *out)
{
  if (!c->have_date)
    return FALSE;
  if (c->adate.year)
    return ng_date_resolve_weekday (&c->adate, wd, tense, out);
  if (!c->anchor_wd)
    {
      /* The first weekday of an article without a year, said of something now
       * or to come, is the article's own day. */
      if (tense == NG_TENSE_PAST)
        return FALSE;
      c->anchor_wd = wd;
    }
  gint fwd = (wd - c->anchor_wd + 7) % 7;
  gint delta = tense == NG_TENSE_PAST ? (fwd ? fwd - 7 : 0) : (tense == NG_TENSE_FUTURE ? fwd : (fwd <= 3 ? fwd : fwd - 7));
  *out = ng_date_add_days (&c->adate, delta);
  return TRUE;
}

/* TRUE if tokens [first, end) of the sentence have a word of one of the lists of bits. */
static gboolean
has_word_bits (Ctx *c, guint first, guint end, guint64 bits)
{
  for (guint i = first; i < end; i++)
    if (tk (c, i)->kind == NG_TOK_WORD && tok_in_bits (c, i, bits))
      return TRUE;
  return FALSE;
}

/* TRUE for a past-tense sentence (said, was, were, held, -ed verbs). */
static gboolean
is_past (Ctx *c, guint first, guint end)
{
  return has_word (c, first, end, past_words);
}

/* TRUE for names of bodies of an organization: "Council of Foreign Ministers". */
static gboolean
is_body_name (const char *name)
{
  static const char *const heads[] = { "Council of ", "Committee of ", "Commission of ", "Board of ",
                                       "Conference of ", "Assembly of ", "Meeting of ", NULL };
  for (const char *const *h = heads; *h; h++)
    if (g_str_has_prefix (name, *h))
      return TRUE;
  return FALSE;
}


/* TRUE if token at lies in a relative clause between commas that closes
 * before k: "Wang, who also sits on the Political Bureau of the Communist
 * Party of China Central Committee, will pay a visit". */
static gboolean
in_relative_clause (Ctx *c, guint first, guint at, guint k)
{
  gboolean opened = FALSE;
  for (guint b = at; b > first + 1 && !opened; b--)
    {
      const char *w = kw (c, b - 1);
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 1)->start] == ',')
        return FALSE;
      if ((!ng_strcmp (w, "who") || !ng_strcmp (w, "whose") || !ng_strcmp (w, "which"))
          && tk (c, b - 2)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 2)->start] == ',')
        opened = TRUE;
    }
  if (!opened)
    return FALSE;
  for (guint j = at; j < k; j++)
    if (tk (c, j)->kind == NG_TOK_PUNCT && c->art->text[tk (c, j)->start] == ',')
      return TRUE;
  return FALSE;
}
/* TRUE if the words from token at (before k) are an organization's
 * members: "Nato's foreign ministers", "the bloc's leaders". */
static gboolean
members_of (Ctx *c, guint at, guint k)
{
  static const char *const groups[] = {
    "ministers", "leaders", "members", "allies", "envoys", "delegates", "chiefs", "heads", NULL
  };
  for (guint j = at; j < k && j < at + 3; j++)
    {
      if (tk (c, j)->kind != NG_TOK_WORD || (tk (c, j)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)))
        return FALSE;
      for (const char *const *g = groups; *g; g++)
        if (!ng_strcmp (kw (c, j), *g))
          return TRUE;
    }
  return FALSE;
}

/* The organization of "the council's foreign ministers gathered", "the
 * bloc's leaders met" before meeting word k: the article's organization
 * (the one it names most), or -1. */
static gint
members_anaphor (Ctx *c, guint first, guint k)
{
  static const char *const nouns[] = {
    "organization", "organisation", "alliance", "bloc", "union", "group", "grouping", "council",
    "community", "forum", "association", NULL
  };
  gint org = c->main_org >= 0 ? c->main_org : c->last_org;
  if (org < 0)
    return -1;
  for (guint j = k > first + 8 ? k - 8 : first + 1; j < k; j++)
    {
      if (!(tk (c, j)->flags & NG_TF_POSS) || ng_strcmp (kw (c, j - 1), "the") || !members_of (c, j + 1, k))
        continue;
      for (const char *const *n = nouns; *n; n++)
        if (!ng_strcmp (kw (c, j), *n))
          return org;
    }
  return -1;
}

/* TRUE if the folded name has the folded word w as a word. */
static gboolean
name_has_word (const char *name, const char *w)
{
  g_autofree char *fk = ng_fold_plain (name);
  gsize wl = strlen (w);
  for (const char *hit = strstr (fk, w); hit; hit = strstr (hit + 1, w))
    if ((hit == fk || hit[-1] == ' ') && (hit[wl] == '\0' || hit[wl] == ' '))
      return TRUE;
  return FALSE;
}

/* The organization of "the council's 164th ordinary session", "the bloc's
 * annual summit" (meeting word k): the last organization named with that
 * word ("Council of the League of Arab States"), or for a word of any
 * grouping ("bloc", "organization") the article's; -1 if none. */
static gint
possessive_anaphor (Ctx *c, guint first, guint k, gboolean sentence_only)
{
  static const char *const nouns[] = {
    "organization", "organisation", "alliance", "bloc", "union", "group", "grouping", "council", "league",
    "community", "forum", "association", "commission", "assembly", NULL
  };
  /* (words that begin or end names: "Council of the League of Arab
   * States"; the others, "bloc", "organization", are any grouping's) */
  static const char *const named[] = { "council", "league", "commission", "assembly", "union", "forum", NULL };
  for (guint j = k > first + 6 ? k - 6 : first + 1; j < k; j++)
    {
      if (!(tk (c, j)->flags & NG_TF_POSS) || ng_strcmp (kw (c, j - 1), "the") || !word_in (kw (c, j), nouns))
        continue;
      gboolean plain = TRUE;
      for (guint q = j + 1; q < k && plain; q++)
        plain = tk (c, q)->kind == NG_TOK_NUMBER || (tk (c, q)->kind == NG_TOK_WORD && !(tk (c, q)->flags & NG_TF_CAP));
      if (!plain)
        continue;
      const char *n = kw (c, j);
      if (word_in (n, named) && !sentence_only)
        {
          /* (the article's organization if its name has the word, else the
           * one named last before this sentence, of the last 64 named) */
          if (c->main_org >= 0 && name_has_word (ent (c, c->main_org)->name, n))
            return c->main_org;
          gint best = -1;
          guint32 at = 0;
          guint seen = 0;
          for (gint e = (gint) c->doc->entities->len - 1; e >= 0 && seen < 64; e--)
            {
              const NgEntity *x = ent (c, e);
              if (x->kind != NG_KIND_ORG || x->where.start >= tk (c, first)->start)
                continue;
              seen++;
              if (x->where.start >= at && name_has_word (x->name, n))
                best = e, at = x->where.start;
            }
          if (best >= 0)
            return best;
        }
      /* ("Mr Ruto, the current chairperson of the EAC, also briefed ... on
       * the bloc's summit": a grouping the sentence named before) */
      for (gint m = (gint) c->ex->ms->len - 1; m >= 0; m--)
        {
          NgMentionSpan *x = mn (c, (guint) m);
          gint id = g_array_index (c->ex->ment_ent, gint, (guint) m);
          if (x->last > j || id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG)
            continue;
          if (lex_kind_is (c, id, "union") || lex_kind_is (c, id, "alliance"))
            return id;
        }
      return sentence_only ? -1 : c->main_org;
    }
  return -1;
}

/* The organization of "the meeting of the grouping", "a summit of the
 * bloc" (meeting word k): the article's organization, or -1. */
static gint
of_the_bloc (Ctx *c, guint k, guint end)
{
  static const char *const nouns[] = {
    "organization", "organisation", "alliance", "bloc", "group", "grouping", "community", "forum",
    "association", "conclave", NULL
  };
  gint org = c->main_org >= 0 ? c->main_org : -1;
  if (org < 0 || k + 3 >= end || ng_strcmp (kw (c, k + 1), "of") || ng_strcmp (kw (c, k + 2), "the"))
    return -1;
  /* ("of the regional bloc", "of the 10-member bloc", "of the West
   * African bloc": two words at most before the noun) */
  for (guint n = k + 3; n < end && n <= k + 5; n++)
    {
      /* (not "the bloc's") */
      if (tk (c, n)->kind != NG_TOK_WORD || (tk (c, n)->flags & NG_TF_POSS))
        return -1;
      if (g_strv_contains (nouns, kw (c, n)))
        return org;
    }
  return -1;
}

/* Groups of people a host receives: "hosted European leaders". */
static const char *const groups[] = {
  "leaders", "ministers", "counterparts", "heads", "officials", "delegations", "envoys", "presidents",
  "premiers", "representatives", NULL
};

/* The organization of a group hosted before the meeting word k: "X hosted
 * leaders of the CIS at the Kremlin ..., using the gathering"; -1 if none. */
static gint
hosted_group_org (Ctx *c, guint first, guint k)
{
  for (guint b = first; b + 3 < k; b++)
    if (!ng_strcmp (kw (c, b), "hosted") || !ng_strcmp (kw (c, b), "hosts") || !ng_strcmp (kw (c, b), "hosting")
        || !ng_strcmp (kw (c, b), "welcomed") || !ng_strcmp (kw (c, b), "welcomes"))
      for (guint g = b + 1; g + 1 < k && g <= b + 3; g++)
        if (word_in (kw (c, g), groups) && !ng_strcmp (kw (c, g + 1), "of"))
          {
            guint o = g + 2 + (g + 2 < k && !ng_strcmp (kw (c, g + 2), "the"));
            for (guint m = 0; m < c->ex->ms->len; m++)
              if (mn (c, m)->first == o && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG
                  && mn (c, m)->last <= k && g_array_index (c->ex->ment_ent, gint, m) >= 0)
                return g_array_index (c->ex->ment_ent, gint, m);
          }
  return -1;
}

/* TRUE if token i is "sidelines", "margins" or "fringes": the frame of
 * "on the sidelines (of)". */
static gboolean
sidelines_at (Ctx *c, guint i)
{
  const char *w = kw (c, i);
  return !ng_strcmp (w, "sidelines") || !ng_strcmp (w, "margins") || !ng_strcmp (w, "fringes");
}

/* TRUE if a time's span ties what comes before token k to another event
 * from token a on: "the day after", "two weeks before". */
static gboolean
another_event_between (Ctx *c, guint a, guint k)
{
  static const char *const spans[] = { "day", "days", "hours", "week", "weeks", "month", "months", NULL };
  for (guint g = a + 1; g < k; g++)
    if (!ng_strcmp (kw (c, g), "after") || !ng_strcmp (kw (c, g), "before"))
      for (const char *const *w = spans; *w; w++)
        if (!ng_strcmp (kw (c, g - 1), *w))
          return TRUE;
  return FALSE;
}

/* The series of two partners' meetings that a hyphenated word a few
 * words before the meeting word at k names: "the Korea-Africa Foreign
 * Ministers' Meeting", "a Korea-Africa senior officials' meeting" are the
 * Korea-Africa Summit's (a body of the article whose name starts with the
 * word, else the lexicon's "... Summit" or "... Forum"); -1 if none. */
static gint
partners_series (Ctx *c, guint first, guint k)
{
  for (guint b = k; b > first && b + 6 > k; b--)
    {
      const NgToken *t = tk (c, b - 1);
      if (t->kind != NG_TOK_WORD)
        {
          if (c->art->text[t->start] == '\'' || !strncmp (c->art->text + t->start, "\u2019", 3))
            continue;
          return -1;
        }
      if (!(t->flags & NG_TF_CAP) || !memchr (c->art->text + t->start, '-', t->end - t->start))
        continue;
      g_autofree char *w = ng_fold_plain_len (c->art->text + t->start, (gssize) (t->end - t->start));
      gsize wl = strlen (w);
      for (guint e = 0; e < c->doc->entities->len; e++)
        {
          const NgEntity *oe = ent (c, (gint) e);
          if (oe->kind != NG_KIND_ORG || strlen (oe->name) <= wl)
            continue;
          g_autofree char *f = ng_fold_plain (oe->name);
          if (!strncmp (f, w, wl) && f[wl] == ' ')
            return (gint) e;
        }
      static const char *const series[] = { "summit", "forum", NULL };
      for (const char *const *sx = series; *sx; sx++)
        {
          g_autofree char *name = g_strdup_printf ("%s %s", w, *sx);
          const NgLexHit *h = ng_lexicon_find (c->ex->lex, name, NG_LEX_ORG);
          if (h)
            return entity_for_lex (c, h->entry, NG_KIND_ORG, NULL, where_of (c, t->start, t->end));
        }
      return -1;
    }
  return -1;
}

/* Organizer of a trigger at token k: "summit of the CSTO", "CSTO summit". */
static gint
organizer_of (Ctx *c, guint k, guint first, guint end, gint *body)
{
  *body = -1;
  GArray *ms = c->ex->ms;
  gint found = -1;
  /* "a trade forum organized by the Taiwan External Trade Development
   * Council (TAITRA)": the organization named after the participle */
  if (k + 3 < end && !ng_strcmp (kw (c, k + 2), "by")
      && (!ng_strcmp (kw (c, k + 1), "organized") || !ng_strcmp (kw (c, k + 1), "organised")
          || !ng_strcmp (kw (c, k + 1), "convened") || !ng_strcmp (kw (c, k + 1), "sponsored")))
    {
      guint o = k + 3 + (!ng_strcmp (kw (c, k + 3), "the") ? 1 : 0);
      for (guint m = 0; m < ms->len; m++)
        if (mn (c, m)->first == o && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG)
          {
            gint id = g_array_index (c->ex->ment_ent, gint, m);
            if (id >= 0)
              return id;
          }
    }
  /* "The conference, co-hosted by Germany, the African Union, Britain
   * ...": the first organization of its hosts */
  if (k + 4 < end && tk (c, k + 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, k + 1)->start] == ','
      && !ng_strcmp (kw (c, k + 3), "by")
      && (!ng_strcmp (kw (c, k + 2), "hosted") || !ng_strcmp (kw (c, k + 2), "co hosted")))
    for (guint m = 0; m < ms->len; m++)
      {
        const NgMentionSpan *x = mn (c, m);
        if (x->first < k + 4 || x->role != NG_MS_ENTITY)
          continue;
        if (x->first > k + 16 || (x->kind != NG_KIND_ORG && x->kind != NG_KIND_COUNTRY))
          break;
        if (x->kind == NG_KIND_ORG && g_array_index (c->ex->ment_ent, gint, m) >= 0)
          {
            gint id = g_array_index (c->ex->ment_ent, gint, m);
            /* ("a conference in Berlin ... The conference, co-hosted by":
             * the meeting said before, which had no organizer) */
            if (k > first && !ng_strcmp (kw (c, k - 1), "the") && c->last_meeting >= 0
                && g_array_index (c->doc->meetings, NgMeeting, c->last_meeting).organizer < 0)
              g_array_index (c->doc->meetings, NgMeeting, c->last_meeting).organizer = id;
            return id;
          }
      }
  /* The meeting word in the organization's name: "the XXIX Ibero-American
   * Summit closed" */
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      /* (and the first word of its name: "the Conference of Speakers of
       * the European Union Parliaments opened", not after "the Regular
       * Meeting of", whose meeting that is) */
      if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && k < x->last
          && (x->first < k
              || (x->first == k && !(k > first && !ng_strcmp (kw (c, k - 1), "of"))
                  && !(k > first + 1 && !ng_strcmp (kw (c, k - 1), "the") && !ng_strcmp (kw (c, k - 2), "of"))))
          && g_array_index (c->ex->ment_ent, gint, m) >= 0)
        {
          /* ("the 43rd General Assembly of the ASEAN Inter-Parliamentary
           * Assembly": the sitting of the body after "of") */
          guint o = x->last + 1;
          if (o < end && !ng_strcmp (kw (c, x->last), "of") && numbered_sitting (c, k, first))
            {
              o += !ng_strcmp (kw (c, o), "the") ? 1 : 0;
              for (guint q = m + 1; q < ms->len; q++)
                if (mn (c, q)->first == o && mn (c, q)->role == NG_MS_ENTITY && mn (c, q)->kind == NG_KIND_ORG
                    && g_array_index (c->ex->ment_ent, gint, q) >= 0)
                  {
                    *body = g_array_index (c->ex->ment_ent, gint, m);
                    return g_array_index (c->ex->ment_ent, gint, q);
                  }
            }
          return g_array_index (c->ex->ment_ent, gint, m);
        }
    }
  /* "talks in the Weimar Triangle format", "consultations on
   * Afghanistan in the so-called Moscow format" */
  for (guint i = k + 1; i + 3 < end && i < k + 6 && tk (c, i)->kind == NG_TOK_WORD; i++)
    {
      if ((ng_strcmp (kw (c, i), "in") && ng_strcmp (kw (c, i), "under")) || ng_strcmp (kw (c, i + 1), "the"))
        continue;
      guint o = i + 2;
      if (!ng_strcmp (kw (c, o), "so called"))   /* ("so-called") */
        o++;
      else if (!ng_strcmp (kw (c, o), "so") && o + 2 < end && !ng_strcmp (kw (c, o + 1), "called"))
        o += 2;
      for (guint m = 0; m < ms->len; m++)
        {
          const NgMentionSpan *x = mn (c, m);
          if (x->first != o || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG
              || g_array_index (c->ex->ment_ent, gint, m) < 0)
            continue;
          /* (the word ends the name, or follows it) */
          guint w = !ng_strcmp (kw (c, x->last - 1), "format") || !ng_strcmp (kw (c, x->last - 1), "framework")
                    ? x->last - 1 : x->last;
          if (w < end && (!ng_strcmp (kw (c, w), "format") || !ng_strcmp (kw (c, w), "framework")))
            return g_array_index (c->ex->ment_ent, gint, m);
        }
      break;
    }
  /* Right: "of [the] ORG" (also after a second meeting word: "the
   * leaders' plenary session of the Asean-Australia Special Summit") */
  guint j = k + 1;
  if (j + 1 < end && tok_in (c, j, triggers) && !ng_strcmp (kw (c, j + 1), "of"))
    j++;
  if (j < end && (!ng_strcmp (kw (c, j), "of") || !ng_strcmp (kw (c, j), "between")))
    {
      j++;
      while (j < end && (!ng_strcmp (kw (c, j), "the") || (tk (c, j)->kind == NG_TOK_WORD && !(tk (c, j)->flags & NG_TF_CAP) && j < k + 6)))
        {
          /* skip lowercase words: "heads of the military departments ..." */
          gboolean any = FALSE;
          for (guint m = 0; m < ms->len; m++)
            if (mn (c, m)->first == j)
              any = TRUE;
          if (any)
            break;
          /* ("the meeting of the group, which brings together ... of the
           * European Union": the body the article named by that head
           * word, where the phrase ends on it) */
          static const char *const ends[] = { "in", "on", "at", "was", "which", "held", NULL };
          if (tk (c, j)->kind == NG_TOK_WORD && ng_strcmp (kw (c, j), "the") && strlen (kw (c, j)) >= 4 && j + 1 < end
              && (tk (c, j + 1)->kind == NG_TOK_PUNCT || word_in (kw (c, j + 1), ends)))
            {
              gint named = org_by_last_word (c, kw (c, j));
              if (named >= 0)
                return named;
            }
          j++;
        }
      for (guint m = 0; m < ms->len; m++)
        {
          NgMentionSpan *x = mn (c, m);
          if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && x->first >= k + 1 && x->first <= j + 14
              && g_array_index (c->ex->ment_ent, gint, m) >= 0)
            {
              found = g_array_index (c->ex->ment_ent, gint, m);
              /* ("of the ECOWAS Council of Ministers": the body the
               * organization's name starts) */
              if (m + 1 < ms->len && mn (c, m + 1)->first == x->last && mn (c, m + 1)->role == NG_MS_ENTITY
                  && mn (c, m + 1)->kind == NG_KIND_ORG && g_array_index (c->ex->ment_ent, gint, m + 1) >= 0)
                {
                  gint next = g_array_index (c->ex->ment_ent, gint, m + 1);
                  gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (next));
                  if (par && GPOINTER_TO_INT (par) - 1 == found)
                    found = next;
                }
              break;
            }
        }
    }
  /* Right, further: "dinner with other leaders of the CSTO member states". */
  /* (not "their annual meeting on the sidelines of the UN General
   * Assembly": the frame is another's meeting) */
  gboolean sidelines = k + 3 < end && !ng_strcmp (kw (c, k + 1), "on")
                       && (sidelines_at (c, k + 3) || !ng_strcmp (kw (c, k + 3), "margin"));
  if (found < 0 && j < end && !sidelines && (!ng_strcmp (kw (c, k + 1), "with") || !ng_strcmp (kw (c, k + 1), "on")))
    for (guint m = 0; m < ms->len; m++)
      {
        NgMentionSpan *x = mn (c, m);
        if (x->first <= k + 1 || x->first > k + 9)
          continue;
        if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && x->first >= 2
            && (!ng_strcmp (kw (c, x->first - 1), "of") || !ng_strcmp (kw (c, x->first - 2), "of"))
            && g_array_index (c->ex->ment_ent, gint, m) >= 0)
          {
            /* (not the organization of one holder's post: "talks with
             * the director of the Pan American Health Organization") */
            gboolean post = FALSE;
            for (guint q = 0; q < m && !post; q++)
              post = mn (c, q)->role == NG_MS_TITLE && mn (c, q)->of == (gint) m && mn (c, q)->name
                     && !g_str_has_suffix (mn (c, q)->name, "s");
            if (post)
              break;
            found = g_array_index (c->ex->ment_ent, gint, m);
            break;
          }
        if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON)
          break;
      }
  /* Left: "CSTO summit", "CSTO's summit", "the CSTO Collective Security Council meeting". */
  if (found < 0)
    {
      for (gint m = (gint) ms->len - 1; m >= 0; m--)
        {
          NgMentionSpan *x = mn (c, (guint) m);
          if (x->last > k)
            continue;
          /* "the European Union–African Union (EU-AU) summit": the
           * acronym just before the word stands for its organization */
          if (x->role == NG_MS_ACRONYM && x->last + 1 >= k && x->last < k && k - x->last <= 1
              && g_array_index (c->ex->ment_ent, gint, m) >= 0
              && ent (c, g_array_index (c->ex->ment_ent, gint, m))->kind == NG_KIND_ORG)
            {
              guint g = x->last;
              if (g == k || (tk (c, g)->kind == NG_TOK_PUNCT && c->art->text[tk (c, g)->start] == ')'))
                {
                  found = g_array_index (c->ex->ment_ent, gint, m);
                  break;
                }
            }
          if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG)
            {
              if (x->last + 3 >= k)
                continue;
              break;
            }
          guint gap = k - x->last;
          gboolean ok = gap <= 2;
          for (guint g = x->last; g < k && ok; g++)
            if ((tk (c, g)->kind != NG_TOK_WORD && !(tk (c, g)->flags & NG_TF_DASH))
                /* (not "told ERR News after the meeting") */
                || !ng_strcmp (kw (c, g), "after") || !ng_strcmp (kw (c, g), "before") || !ng_strcmp (kw (c, g), "during")
                || !ng_strcmp (kw (c, g), "at") || !ng_strcmp (kw (c, g), "since"))
              ok = FALSE;
          /* "the Shanghai Cooperation Organisation's heads of state summit" */
          if (!ok && x->possessive && gap <= 5)
            {
              ok = TRUE;
              for (guint g = x->last; g < k && ok; g++)
                if (tk (c, g)->kind != NG_TOK_WORD || (tk (c, g)->flags & NG_TF_CAP))
                  ok = FALSE;
            }
          /* (a seat of government names where, not who: "Kremlin talks") */
          if (ok && x->lex && x->lex->kind && !ng_strcmp (x->lex->kind, "government"))
            ok = FALSE;
          if (ok && g_array_index (c->ex->ment_ent, gint, m) >= 0)
            found = g_array_index (c->ex->ment_ent, gint, m);
          break;
        }
    }
  /* "Putin hosted leaders of the CIS at the Kremlin ..., using the
   * gathering": the organization of the group hosted */
  if (found < 0)
    found = hosted_group_org (c, first, k);
  if (found < 0)
    found = partners_series (c, first, k);
  gboolean anaphoric = k > first && (!ng_strcmp (kw (c, k - 1), "the") || !ng_strcmp (kw (c, k - 1), "this")
                                     || !ng_strcmp (kw (c, k - 1), "that"));
  /* (not for an event with a name of its own, after an ordinal: "urged
   * the Afghan Taliban government ..., as he attended the sixth
   * China-Afghanistan-Pakistan Trilateral Foreign Ministers' Dialogue") */
  if (found < 0 && !anaphoric && !numbered_name (c, k, first))
    {
      /* The only organization the sentence names before the trigger (not a
       * speaker, a source, a post's organization or a side remark). */
      gint only = -1;
      gboolean several = FALSE;
      guint role_end = 0;   /* end of the last organization named in a role */
      for (guint m = 0; m < ms->len; m++)
        {
          NgMentionSpan *x = mn (c, m);
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (x->role == NG_MS_TITLE && x->of >= 0)
            continue;
          if (id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || id == c->doc->publisher
              || (x->possessive && !members_of (c, x->last, k)) || x->last > k)
            continue;
          /* (a company or a union named before talks is a side of them:
           * "RCN and Unison leaders say ... after talks at Castle
           * Buildings") */
          if (x->lex && x->lex->kind && (!ng_strcmp (x->lex->kind, "company") || !ng_strcmp (x->lex->kind, "trade-union")))
            continue;
          /* (nor a hospital, where doctors and nurses work and meet: "Senior
           * doctors and nurses at Christchurch Hospital have told the
           * minister ..., at a tense meeting") */
          if (last_word_is (x->name, "hospital"))
            continue;
          /* "received Member of the Political Bureau of the CPC Central
           * Committee, Minister X": an organization of someone's role (after
           * a capitalized word, not the sentence's first, and "of [the]", or
           * right after one) */
          guint o = x->first >= first + 1 && !ng_strcmp (kw (c, x->first - 1), "the") ? x->first - 1 : x->first;
          if ((o >= first + 3 && !ng_strcmp (kw (c, o - 1), "of") && tk (c, o - 2)->kind == NG_TOK_WORD
               && (tk (c, o - 2)->flags & NG_TF_CAP))
              || (role_end && x->first == role_end))
            {
              role_end = x->last;
              continue;
            }
          gboolean aside = FALSE, post = FALSE;
          for (guint b = x->first >= first + 4 ? x->first - 4 : first; b < x->first; b++)
            if (tok_in (c, b, context_words))
              aside = TRUE;
          for (guint q = 0; q < ms->len; q++)
            if (mn (c, q)->role == NG_MS_TITLE && mn (c, q)->of == (gint) m)
              post = TRUE;
          /* (nor the outlet told: "X told ERR News after the meeting") */
          if ((x->first > first && !ng_strcmp (kw (c, x->first - 1), "told")) || g_str_has_suffix (x->name, " News"))
            continue;
          /* (nor a speaker's: "X, a researcher at the Finnish Institute of
           * International Affairs, said the meeting ...") */
          for (guint q = 0; q < m && !aside; q++)
            {
              NgMentionSpan *y = mn (c, q);
              aside = y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && y->speaker && y->last < x->first
                      && x->first <= y->last + 8 && tk (c, y->last)->kind == NG_TOK_PUNCT
                      && c->art->text[tk (c, y->last)->start] == ',';
            }
          if (aside || post || in_relative_clause (c, first, x->first, k))
            continue;
          /* "held talks in the Kremlin", "welcomed the leaders to Downing
           * Street": a seat of government as a venue (after "in", "at" or
           * "to", with or without "the") */
          if (x->lex && x->lex->kind && !ng_strcmp (x->lex->kind, "government"))
            {
              guint vp = x->first >= first + 2 && !ng_strcmp (kw (c, x->first - 1), "the") ? x->first - 1 : x->first;
              const char *vw = vp > first ? kw (c, vp - 1) : "";
              if (!ng_strcmp (vw, "in") || !ng_strcmp (vw, "at") || !ng_strcmp (vw, "to")
                  || x->last == k)   /* ("Kremlin talks", "White House meeting") */
                continue;
            }
          if (x->last < end && (tok_in (c, x->last, said_words)))
            continue;
          if (x->first >= first + 2 && !ng_strcmp (kw (c, x->first - 1), "to") && !ng_strcmp (kw (c, x->first - 2), "according"))
            continue;
          /* (nor a place of study or a hotel the meeting is at: "met ... at
           * the US Naval Academy in Annapolis for the consultations") */
          if (x->first >= first + 2 && !ng_strcmp (kw (c, x->first - 2), "at") && !ng_strcmp (kw (c, x->first - 1), "the"))
            {
              const char *sp = strrchr (x->name, ' ');
              const char *head = sp ? sp + 1 : x->name;
              if (!g_ascii_strcasecmp (head, "Academy") || !g_ascii_strcasecmp (head, "University")
                  || !g_ascii_strcasecmp (head, "College") || !g_ascii_strcasecmp (head, "School")
                  || !g_ascii_strcasecmp (head, "Museum") || !g_ascii_strcasecmp (head, "Library")
                  || !g_ascii_strcasecmp (head, "Hotel"))
                continue;
            }
          /* (nor one of another event: "slam the door on the G5 Sahel,
           * the day after a meeting of the juntas in Bamako") */
          if (another_event_between (c, x->last, k))
            continue;
          gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (id));
          gint top = par ? GPOINTER_TO_INT (par) - 1 : id;
          if (only >= 0 && top != only)
            several = TRUE;
          only = top;
        }
      if (!several)
        found = only;
    }
  if (found >= 0)
    {
      gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (found));
      if (par)
        {
          *body = found;
          found = GPOINTER_TO_INT (par) - 1;
        }
      else if (c->main_org >= 0 && c->main_org != found && is_body_name (ent (c, found)->name))
        {
          /* "the Council of Foreign Ministers" in an article about one organization. */
          *body = found;
          found = c->main_org;
        }
      else if (!ent (c, found)->lex_key)
        {
          /* An unknown body: "Council of Heads of State of the SCO": the org after it. */
          for (guint m = 0; m < ms->len; m++)
            {
              NgMentionSpan *x = mn (c, m);
              gint id = g_array_index (c->ex->ment_ent, gint, m);
              if (id >= 0 && id != found && x->kind == NG_KIND_ORG && x->role == NG_MS_ENTITY && ent (c, id)->lex_key)
                {
                  /* Must follow the body closely with "of". */
                  NgEntity *fe = ent (c, found);
                  if (x->start > fe->where.start && x->first >= 2 && (!ng_strcmp (kw (c, x->first - 1), "of")
                                                                      || !ng_strcmp (kw (c, x->first - 2), "of")))
                    {
                      for (guint q = 0; q < ms->len; q++)
                        if (g_array_index (c->ex->ment_ent, gint, q) == found && mn (c, q)->last + 3 >= x->first
                            && mn (c, q)->last <= x->first)
                          {
                            *body = found;
                            found = id;
                            g_hash_table_insert (c->parents, GINT_TO_POINTER (*body), GINT_TO_POINTER (id + 1));
                            break;
                          }
                      if (*body >= 0)
                        break;
                    }
                }
            }
          /* "the Authority of Heads of State and Government of the
           * regional bloc": the article's organization */
          for (guint q = 0; q < ms->len && *body < 0; q++)
            if (g_array_index (c->ex->ment_ent, gint, q) == found && mn (c, q)->last > 0)
              {
                gint bloc = of_the_bloc (c, mn (c, q)->last - 1, end);
                if (bloc >= 0 && bloc != found)
                  {
                    *body = found;
                    found = bloc;
                    g_hash_table_insert (c->parents, GINT_TO_POINTER (*body), GINT_TO_POINTER (bloc + 1));
                  }
              }
        }
      /* News agencies do not hold summits. */
    }
  /* "The Forum Foreign Ministers Meeting was held yesterday at the PIF
   * Secretariat", "held at the Arab League's headquarters": the body whose
   * seat is the venue */
  if (found < 0)
    for (guint m = 0; m < ms->len; m++)
      {
        NgMentionSpan *x = mn (c, m);
        gint id = g_array_index (c->ex->ment_ent, gint, m);
        if (id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->first <= k || x->first > k + 8
            || x->first < 2 || ng_strcmp (kw (c, x->first - 2), "at") || ng_strcmp (kw (c, x->first - 1), "the"))
          continue;
        gboolean seat = x->possessive && x->last < end
                        && (!ng_strcmp (kw (c, x->last), "headquarters") || !ng_strcmp (kw (c, x->last), "secretariat"));
        /* ("the PIF Secretariat": the organization, then its secretariat) */
        if (m + 1 < ms->len && mn (c, m + 1)->parent == (gint) m && g_str_has_suffix (mn (c, m + 1)->name, "Secretariat"))
          seat = TRUE;
        /* (or one secretariat of the lexicon: the body named before
         * "Secretariat" in it, when the article names that body) */
        if (!seat && x->lex && g_str_has_suffix (x->name, " Secretariat"))
          {
            g_autofree char *body = g_strndup (x->name, strlen (x->name) - strlen (" Secretariat"));
            gint b = ng_doc_find_entity (c->doc, NG_KIND_ORG, body);
            if (b >= 0 && b != id)
              id = b, seat = TRUE;
          }
        if (seat)
          found = id;
        break;
      }
  return found;
}

/* Meeting kind from the trigger word. */
static NgMeetingKind
kind_of_trigger (const char *k)
{
  if (g_str_has_prefix (k, "summit"))
    return NG_MEETING_SUMMIT;
  if (g_str_has_prefix (k, "session") || !ng_strcmp (k, "debate"))
    return NG_MEETING_SESSION;
  if (!ng_strcmp (k, "talks") || !ng_strcmp (k, "consultations") || !ng_strcmp (k, "negotiations")
      || !ng_strcmp (k, "discussions"))
    return NG_MEETING_TALKS;
  if (!ng_strcmp (k, "visit"))
    return NG_MEETING_VISIT;
  if (!ng_strcmp (k, "reception") || !ng_strcmp (k, "dinner") || !ng_strcmp (k, "lunch") || !ng_strcmp (k, "luncheon")
      || !ng_strcmp (k, "banquet"))
    return NG_MEETING_RECEPTION;
  return NG_MEETING_MEETING;
}


/* TRUE if a body's name is that of an organization's leaders, whose
 * session is its summit: "Authority of Heads of State and Government",
 * "Council of Heads of State", "Supreme Council". */
static gboolean
leaders_body (const char *name)
{
  g_autofree char *k = ng_fold_plain (name);
  return strstr (k, "heads of state") != NULL || g_str_has_prefix (k, "authority") || strstr (k, " authority") != NULL
         || g_str_has_prefix (k, "supreme council") || strstr (k, "heads of government") != NULL;
}

/* TRUE if a body's name is that of officials below the ministers: senior
 * officials, national coordinators, deputies, experts, ambassadors. */
static gboolean
lower_level_body (const char *name)
{
  static const char *const words[] = {
    "senior officials", "coordinators", "deputies", "deputy", "experts", "ambassadors",
    "permanent representatives", "sherpas", "intergovernmental committee", NULL
  };
  g_autofree char *k = ng_body_key (name);
  for (const char *const *w = words; *w; w++)
    if (strstr (k, *w))
      return TRUE;
  return FALSE;
}

/* Appends a meeting; returns its index. */
static gint
new_meeting (Ctx *c, gint org, gint body, NgMeetingKind kind, const char *date, guint32 start, guint32 end)
{
  GArray *mt = c->doc->meetings;
  NgMeeting m = { 0 };
  m.kind = kind;
  m.organizer = org;
  m.place = -1;
  m.date = g_strdup (date);
  m.where = where_of (c, start, end);
  g_array_append_val (mt, m);
  keep_sentence (c);
  g_array_append_val (c->bodies, body);
  gint none = -1;
  g_array_append_val (c->series, none);
  return (gint) mt->len - 1;
}
/* The organization whose invitation a meeting word k is held at, within
 * 14 words after it: "held at the invitation of the Benelux Union";
 * -1 if none. */
static gint
invited_by (Ctx *c, guint k, guint end)
{
  for (guint i = k + 1; i + 3 < end && i < k + 14; i++)
    {
      if (ng_strcmp (kw (c, i), "invitation") || ng_strcmp (kw (c, i + 1), "of"))
        continue;
      guint o = i + 2 + (!ng_strcmp (kw (c, i + 2), "the") ? 1 : 0);
      for (guint m = 0; m < c->ex->ms->len; m++)
        {
          const NgMentionSpan *x = mn (c, m);
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (x->first == o && x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && id >= 0)
            return id;
        }
      return -1;
    }
  return -1;
}

static gboolean person_before (Ctx *c, guint b);

/* The word "visit" before token f in the sentence from first, or f
 * (none). */
static guint
visit_before (Ctx *c, guint first, guint f)
{
  for (guint b = f; b > first && b + 16 > f; b--)
    if (!ng_strcmp (kw (c, b - 1), "visit"))
      return b - 1;
  return f;
}

/* TRUE if a verb of receiving a guest comes among the twelve tokens before
 * token k of the sentence (first: its first token): "received today,
 * July 7, the visit of X". */
static gboolean
received_before (Ctx *c, guint first, guint k)
{
  static const char *const receive[] = { "received", "receives", "receive", "welcomed", "welcomes", NULL };
  for (guint b = k > first + 12 ? k - 12 : first; b < k; b++)
    if (word_in (kw (c, b), receive))
      return TRUE;
  return FALSE;
}

/* TRUE if a person invited the visit of meeting word k, within 14 words
 * after it, and a person named before it paid it: "X paid a working
 * visit to Ljubljana at the invitation of the Deputy Prime Minister,
 * Minister of Foreign Affairs of Slovenia, Y". */
static gboolean
invited_by_person (Ctx *c, guint k, guint first, guint end)
{
  if (ng_strcmp (kw (c, k), "visit") || !person_before (c, k))
    return FALSE;
  for (guint i = k + 1; i + 3 < end && i < k + 14; i++)
    {
      if (ng_strcmp (kw (c, i), "invitation") || ng_strcmp (kw (c, i + 1), "of"))
        continue;
      for (guint m = 0; m < c->ex->ms->len; m++)
        {
          const NgMentionSpan *x = mn (c, m);
          if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || g_array_index (c->ex->ment_ent, gint, m) < 0
              || x->first <= i + 1)
            continue;
          /* (the person, or the title before the name) */
          guint f = x->title >= 0 ? MIN (x->first, mn (c, (guint) x->title)->first) : x->first;
          for (guint q = 0; q < c->ex->ms->len; q++)
            if (mn (c, q)->role == NG_MS_TITLE && mn (c, q)->first > i + 1 && mn (c, q)->first < f)
              f = mn (c, q)->first;
          if (f <= i + 4)
            return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* Finds or creates the doc meeting for a mention; returns its index. */
static gint
meeting_for (Ctx *c, gint org, gint body, NgMeetingKind kind, const char *date, gboolean anaphora,
             guint32 start, guint32 end)
{
  GArray *mt = c->doc->meetings;
  gint last = c->last_meeting;
  /* "the summit", "the opening session": the organized meeting, not talks on its side. */
  if ((kind == NG_MEETING_SUMMIT || kind == NG_MEETING_SESSION) && c->last_org_meeting >= 0)
    {
      last = c->last_org_meeting;
      /* (not talks said since: "in March he held talks with the AES
       * leaders in Bamako" then "the leaders who attended the summit":
       * the summit or session said before them) */
      NgMeetingKind lk = g_array_index (mt, NgMeeting, last).kind;
      if (kind == NG_MEETING_SUMMIT && anaphora && (lk == NG_MEETING_TALKS || lk == NG_MEETING_VISIT))
        for (gint i = last - 1; i >= 0; i--)
          {
            const NgMeeting *pm = &g_array_index (mt, NgMeeting, i);
            if ((pm->kind == NG_MEETING_SUMMIT || pm->kind == NG_MEETING_SESSION) && pm->organizer >= 0 && !pm->other)
              {
                last = i;
                break;
              }
          }
    }
  /* "the summit" after a welcome at the airport: the summit said before */
  else if (kind == NG_MEETING_SUMMIT && anaphora && last >= 0
           && g_array_index (mt, NgMeeting, last).kind != NG_MEETING_SUMMIT)
    for (gint i = last - 1; i >= 0; i--)
      if (g_array_index (mt, NgMeeting, i).kind == NG_MEETING_SUMMIT && g_array_index (mt, NgMeeting, i).organizer >= -1)
        {
          last = i;
          break;
        }
  /* "The talks were attended by X" after "Y held talks with Z, who is in
   * Russia on an official visit": the talks, not the visit said last */
  if (kind == NG_MEETING_TALKS && anaphora && last > 0 && g_array_index (mt, NgMeeting, last).kind == NG_MEETING_VISIT)
    for (gint i = last - 1; i >= 0 && i + 3 > last; i--)
      if (g_array_index (mt, NgMeeting, i).kind == NG_MEETING_TALKS && g_array_index (mt, NgMeeting, i).organizer >= -1)
        {
          last = i;
          break;
        }
  if (org < 0 && anaphora && last >= 0)
    {
      NgMeeting *m = &g_array_index (mt, NgMeeting, last);
      /* ("X has met Y. They met at the headquarters on Tuesday, 13
       * December": the day said replaces the article's day the perfect
       * gave) */
      if (date && m->date && last == c->today_meeting && c->sent > c->today_sent && c->sent <= c->today_sent + 2)
        {
          g_free (m->date);
          m->date = NULL;
          c->today_meeting = -1;
        }
      if (!date || !m->date || !ng_strcmp (date, m->date))
        {
          if (date && !m->date)
            m->date = g_strdup (date);
          return last;
        }
      org = m->organizer;
      body = g_array_index (c->bodies, gint, last);
    }
  /* ("the ECOWAS Summit in Abuja" in the headline, then "the 67th
   * Ordinary Session of the ECOWAS Authority of Heads of State and
   * Government": the leaders' body's session is the summit) */
  gboolean leaders = body >= 0 && leaders_body (ent (c, body)->name);
  if (org >= 0)
    for (guint i = 0; i < mt->len; i++)
      {
        NgMeeting *m = &g_array_index (mt, NgMeeting, i);
        gint *mb = &g_array_index (c->bodies, gint, i);
        /* (and a body of ministers' session is the meeting of the
         * organization said before it, but not its summit) */
        if (m->organizer == org && *mb < 0 && body >= 0 && !m->other && (!date || !m->date || !ng_strcmp (date, m->date))
            && (leaders || (m->kind != NG_MEETING_SUMMIT && !lower_level_body (ent (c, body)->name))))
          *mb = body;
        if (m->organizer != org || *mb != body)
          continue;
        if (date && m->date && ng_strcmp (date, m->date))
          continue;
        if (date && !m->date)
          m->date = g_strdup (date);
        if (kind == NG_MEETING_SUMMIT)
          m->kind = kind;
        return (gint) i;
      }
  return new_meeting (c, org, body, kind, date, start, end);
}

/* TRUE if the doc has an attendance of person at meeting. */
static gboolean
attends (Ctx *c, gint meeting, gint person)
{
  guint64 key = pair_key (meeting, person);
  return meeting >= 0 && person >= 0 && g_hash_table_contains (c->att_index, &key);
}

/* Adds or updates an attendance. */
static void
attend (Ctx *c, gint meeting, gint person, NgMode mode, NgStatus status, gboolean chair,
        guint32 start, guint32 end)
{
  if (meeting < 0 || person < 0)
    return;
  GArray *at = c->doc->attendance;
  guint64 key = pair_key (meeting, person);
  gpointer found;
  if (g_hash_table_lookup_extended (c->att_index, &key, NULL, &found))
    {
      NgAttendance *a = &g_array_index (at, NgAttendance, GPOINTER_TO_UINT (found));
      if (mode == NG_MODE_VIDEO)
        a->mode = mode;
      if (status == NG_STATUS_ABSENT || (status == NG_STATUS_ATTENDED && a->status == NG_STATUS_PLANNED))
        a->status = status;
      /* "cancelled his trip" ... "will take part by videoconference":
       * absent in person, present by video */
      else if (mode == NG_MODE_VIDEO && a->status == NG_STATUS_ABSENT)
        a->status = status;
      a->chair = a->chair || chair;
      return;
    }
  NgAttendance a = { meeting, person, mode, status, chair, where_of (c, start, end) };
  g_array_append_val (at, a);
  if (c->att_count->len <= (guint) meeting)
    g_array_set_size (c->att_count, (guint) meeting + 1);
  guint *n = &g_array_index (c->att_count, guint, meeting);
  *n = *n == G_MAXUINT ? 1 : *n + 1;
  g_hash_table_insert (c->att_index, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (at->len - 1));
  keep_sentence (c);
}

/* TRUE if tokens first to end hold a quotation mark. */
static gboolean
has_quotes (Ctx *c, guint first, guint end)
{
  for (guint j = first; j < end; j++)
    if (tk (c, j)->flags & NG_TF_QUOTE)
      return TRUE;
  return FALSE;
}

/* TRUE if an odd number of quotation marks come between first and at: a
 * quotation opened in the sentence and not closed before at. */
static gboolean
opened_quote (Ctx *c, guint first, guint at)
{
  guint n = 0;
  for (guint j = first; j < at; j++)
    if (tk (c, j)->flags & NG_TF_QUOTE)
      n++;
  return n % 2 == 1;
}

/* TRUE if token at lies within quotation marks of the sentence (first,
 * end): an odd number of them before it, or, none open before, after it
 * (a quotation begun in the sentence before). */
static gboolean
in_quotes (Ctx *c, guint first, guint end, guint at)
{
  guint before = 0, after = 0;
  for (guint j = first; j < end; j++)
    if (tk (c, j)->flags & NG_TF_QUOTE)
      {
        if (j < at)
          before++;
        else
          after++;
      }
  return (before & 1) || (!before && (after & 1));
}

/* The token after which the sentence tells of another, earlier or later
 * event ("... their first in-person meeting, days after X and Y agreed in
 * Geneva to ..."): "after" or "before" after "days", "weeks", "months",
 * "hours", "years", "decades" or a single "day", "week", "month" or
 * "decade"; end if none. */
static guint
time_phrase_at (Ctx *c, guint first, guint end)
{
  for (guint i = first + 1; i < end; i++)
    {
      const NgToken *t = tk (c, i);
      gsize len = ng_token_len (t);
      char c0 = (char) (c->art->text[t->start] | 0x20);
      if ((len != 5 && len != 6) || (c0 != 'a' && c0 != 'b'))
        continue;
      const char *w = kw (c, i);
      if (ng_strcmp (w, "after") && ng_strcmp (w, "before"))
        continue;
      const char *b = kw (c, i - 1);
      /* (and "ten years after former Chancellor X launched the initiative") */
      if (ng_strcmp (b, "days") && ng_strcmp (b, "weeks") && ng_strcmp (b, "months") && ng_strcmp (b, "hours")
          && ng_strcmp (b, "day") && ng_strcmp (b, "week") && ng_strcmp (b, "month") && ng_strcmp (b, "years")
          && ng_strcmp (b, "decades") && ng_strcmp (b, "decade"))
        continue;
      /* (unless the other event is a meeting of its own: "six weeks after
       * Modi met Putin in Moscow") */
      for (guint j = i + 1; j < end; j++)
        if (tk (c, j)->kind == NG_TOK_WORD && (tok_in (c, j, triggers) || tok_in (c, j, verb_triggers)))
          return end;
      return i;
    }
  return end;
}

/* TRUE if the preposition at token from and the place after it (up to
 * token to) lie in an apposition after a person, between commas, that
 * names a role with no meeting word: "X, a political analyst in Bishkek,
 * said". */
static gboolean
in_apposition (Ctx *c, guint first, guint from, guint to, guint end)
{
  if (to >= end || tk (c, to)->kind != NG_TOK_PUNCT || c->art->text[tk (c, to)->start] != ',')
    return FALSE;
  for (guint b = from; b > first && b + 8 > from; b--)
    {
      const NgToken *t = tk (c, b - 1);
      if (t->kind == NG_TOK_PUNCT)
        {
          if (c->art->text[t->start] != ',')
            return FALSE;
          /* (a role after the comma, "a political analyst in", not a
           * place: "hosting ..., Kaja Kallas, at the Fairmont ...") */
          const char *w = kw (c, b);
          if (b >= from || (ng_strcmp (w, "a") && ng_strcmp (w, "an") && ng_strcmp (w, "the")))
            return FALSE;
          for (guint m = 0; m < c->ex->ms->len; m++)
            if (mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON && mn (c, m)->last == b - 1
                && g_array_index (c->ex->ment_ent, gint, m) >= 0
                && ent (c, g_array_index (c->ex->ment_ent, gint, m))->kind == NG_KIND_PERSON)
              return TRUE;
          return FALSE;
        }
      if (tok_in (c, b - 1, triggers) || tok_in (c, b - 1, verb_triggers) || tok_in (c, b - 1, host_verbs))
        return FALSE;
    }
  return FALSE;
}

/* "Kirchner was accompanied by his foreign secretary Jorge Taina, his
 * cabinet chief Alberto Fernandez ...", "Accompanying Bachelet were
 * Public Works Minister Eduardo Bitran ...": a sentence that names no
 * meeting gives the people who went with someone the last meeting of
 * the article that person attended, some sentences before (a meeting
 * of the article, not another; the people at no meeting yet). */
static void
entourage_attends (Ctx *c, guint first, guint end)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *y = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || id < 0 || y->title < 0 || y->first < first
          || y->first >= end)
        continue;
      gboolean by_person = FALSE;
      gint party = escort_of (c, mn (c, (guint) y->title), &by_person);
      if (!by_person || party < 0 || party == id)
        continue;
      gint meeting = -1;
      NgStatus status = NG_STATUS_ATTENDED;
      gboolean seen = FALSE;
      for (guint a = 0; a < c->doc->attendance->len; a++)
        {
          const NgAttendance *at = &g_array_index (c->doc->attendance, NgAttendance, a);
          seen = seen || at->person == id;
          const NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, at->meeting);
          if (at->person == party && at->status != NG_STATUS_ABSENT && !mt->other
              && at->where.sentence < c->sent && at->where.sentence + 6 >= c->sent)
            meeting = at->meeting, status = at->status;
        }
      if (!seen && meeting >= 0)
        attend (c, meeting, id, NG_MODE_IN_PERSON, status, FALSE, y->start, y->end);
    }
}

/* "Forum Secretary General X, who addressed the ministers after Y, says
 * ...": in a sentence with no meeting word, who addressed or briefed the
 * people of the meeting said just before attended it. */
static void
addressed_attends (Ctx *c, guint first, guint end)
{
  static const char *const groups[] = { "ministers", "delegates", "leaders", "participants", "heads", "delegations",
                                        "gathering", NULL };
  if (c->last_meeting < 0 || c->last_meeting_sent + 2 < c->sent)
    return;
  const NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, c->last_meeting);
  if (mt->other || mt->ahead)
    return;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *y = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || id < 0 || y->first < first || y->last + 3 >= end)
        continue;
      guint v = y->last;
      if (tk (c, v)->kind == NG_TOK_PUNCT && c->art->text[tk (c, v)->start] == ',' && !ng_strcmp (kw (c, v + 1), "who"))
        v += 2;
      if (v + 2 >= end || (ng_strcmp (kw (c, v), "addressed") && ng_strcmp (kw (c, v), "briefed"))
          || ng_strcmp (kw (c, v + 1), "the") || !word_in (kw (c, v + 2), groups))
        continue;
      if (!attends (c, c->last_meeting, id))
        attend (c, c->last_meeting, id, NG_MODE_IN_PERSON, NG_STATUS_ATTENDED, FALSE, y->start, y->end);
    }
}

/* Place named in the sentence for a meeting: a city, else a place, else a
 * country.  Places in quoted words count only when the meeting is told of
 * in the quotation (quoted). */
static gint
sentence_place_q (Ctx *c, guint first, guint end, gboolean quoted)
{
  gint city = -1, country = -1, place = -1, bare = -1;
  gboolean city_weak = FALSE, country_weak = FALSE;   /* (set after "to", "for", "of") */
  GArray *ms = c->ex->ms;
  /* (not in the other event: "... days after X and Y agreed in Geneva") */
  end = time_phrase_at (c, first, end);
  /* (nor in what the meeting comes amid: "The meeting comes as
   * anti-migrant groups step up campaigns outside clinics in Gauteng") */
  for (guint i = first + 1; i + 1 < end; i++)
    if ((!ng_strcmp (kw (c, i), "comes") || !ng_strcmp (kw (c, i), "come") || !ng_strcmp (kw (c, i), "came"))
        && (!ng_strcmp (kw (c, i + 1), "as") || !ng_strcmp (kw (c, i + 1), "amid")))
      {
        end = i;
        break;
      }
  /* (nor in a clause of the past: "The talks come as relations have
   * improved since January 2024, when Ethiopia signed a deal for the port
   * of Berbera", unless a meeting is said in it) */
  for (guint i = first + 1; i + 1 < end; i++)
    {
      const NgToken *n = tk (c, i + 1);
      gboolean past = (!ng_strcmp (kw (c, i), "when") && tk (c, i - 1)->kind == NG_TOK_PUNCT
                       && c->art->text[tk (c, i - 1)->start] == ',')
                      || (!ng_strcmp (kw (c, i), "since")
                          && (ng_date_month (c->art->text + n->start, ng_token_len (n)) > 0
                              || (n->kind == NG_TOK_NUMBER && ng_token_len (n) == 4)));
      /* ("the first summit of the Eastern Partnership since 2021, held in
       * Brussels": the meeting's own phrase) */
      for (guint b = i > first + 8 ? i - 8 : first; past && b < i && ng_strcmp (kw (c, i), "when"); b++)
        if (!ng_strcmp (kw (c, b), "first") || tok_in (c, b, triggers))
          past = FALSE;
      if (!past)
        continue;
      gboolean meeting = FALSE;
      for (guint j = i + 1; j < end && !meeting; j++)
        meeting = tk (c, j)->kind == NG_TOK_WORD && (tok_in (c, j, triggers) || tok_in (c, j, verb_triggers));
      if (!meeting)
        end = i;
      break;
    }
  /* (nor in the other event before "a day after" the meeting: "spoke to
   * Business Day in Johannesburg a day after she ... met the governor at
   * the central bank's head office in Pretoria") */
  for (guint i = first + 2; i + 2 < end; i++)
    if (!ng_strcmp (kw (c, i), "after")
        && (!ng_strcmp (kw (c, i - 1), "day") || !ng_strcmp (kw (c, i - 1), "days")
            || !ng_strcmp (kw (c, i - 1), "hours") || !ng_strcmp (kw (c, i - 1), "week")))
      {
        gboolean before = FALSE, after = FALSE;
        for (guint j = first; j < end; j++)
          if (tk (c, j)->kind == NG_TOK_WORD && (tok_in (c, j, triggers) || tok_in (c, j, verb_triggers)))
            *(j < i ? &before : &after) = TRUE;
        if (after && !before)
          first = i + 1;
        break;
      }
  gboolean quotes = has_quotes (c, first, end);
  /* "was held here today", "opened here on Monday": the dateline's city */
  for (guint i = first + 1; i < end && c->doc->dateline >= 0; i++)
    if (!ng_strcmp (kw (c, i), "here"))
      {
        const char *v = kw (c, i - 1);
        if (!ng_strcmp (v, "held") || !ng_strcmp (v, "met") || !ng_strcmp (v, "opened") || !ng_strcmp (v, "convened")
            || !ng_strcmp (v, "gathered") || !ng_strcmp (v, "place") || !ng_strcmp (v, "arrived") || !ng_strcmp (v, "meet"))
          return c->doc->dateline;
      }
  /* "was held in the capital of our country", "in our capital": the
   * dateline's city, as the home press writes it */
  for (guint i = first; i + 3 < end && c->doc->dateline >= 0; i++)
    if ((!ng_strcmp (kw (c, i), "in") || !ng_strcmp (kw (c, i), "to"))
        && ((!ng_strcmp (kw (c, i + 1), "our") && !ng_strcmp (kw (c, i + 2), "capital"))
            || (i + 5 < end && !ng_strcmp (kw (c, i + 1), "the") && !ng_strcmp (kw (c, i + 2), "capital")
                && !ng_strcmp (kw (c, i + 3), "of") && !ng_strcmp (kw (c, i + 4), "our")
                && (!ng_strcmp (kw (c, i + 5), "country") || !ng_strcmp (kw (c, i + 5), "motherland")
                    || !ng_strcmp (kw (c, i + 5), "republic")))))
      return c->doc->dateline;
  /* "attended the opening of the AEM Meeting in the city": the city
   * named last before (not "in the city of X", "the city's") */
  /* (and "in the same city") */
  for (guint i = first + 2; i + 1 < end && city < 0; i++)
    if ((!ng_strcmp (kw (c, i), "city") || !ng_strcmp (kw (c, i), "town") || !ng_strcmp (kw (c, i), "venue"))
        && ng_strcmp (kw (c, i + 1), "of") && !(tk (c, i)->flags & NG_TF_POSS) && !(tk (c, i)->flags & NG_TF_CAP))
      {
        guint d = i - 1;
        gboolean same = !ng_strcmp (kw (c, d), "same") && d > first + 1;
        if (same)
          d--;
        /* ("met in the same venue") */
        if (!same && !ng_strcmp (kw (c, i), "venue"))
          continue;
        if (ng_strcmp (kw (c, d), "the")
            || (ng_strcmp (kw (c, d - 1), "in") && ng_strcmp (kw (c, d - 1), "to") && ng_strcmp (kw (c, d - 1), "at")))
          continue;
        /* ("The summit was prepared on Saturday, in the same city, by the
         * Council": the city of the meeting said before) */
        gint lm = c->last_org_meeting >= 0 ? c->last_org_meeting : c->last_meeting;
        /* (the meeting of this sentence may be the last one, still without
         * a place: the one before it then) */
        if (same && lm >= 0 && g_array_index (c->doc->meetings, NgMeeting, lm).place < 0 && c->last_meeting_sent == c->sent)
          {
            gint j = lm - 1;
            while (j >= 0 && g_array_index (c->doc->meetings, NgMeeting, j).organizer < 0)
              j--;
            lm = j;
          }
        if (same)
          {
            gint jp = lm >= 0 ? g_array_index (c->doc->meetings, NgMeeting, lm).place : -1;
            if (jp >= 0 && ent (c, jp)->kind == NG_KIND_CITY)
              city = jp;
            continue;
          }
        gint before = c->city_before;
        for (guint m = 0; m < ms->len; m++)
          if (mn (c, m)->last <= d - 1 && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_CITY
              && g_array_index (c->ex->ment_ent, gint, m) >= 0)
            before = g_array_index (c->ex->ment_ent, gint, m);
        city = before;
      }
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      /* ("Nobody in Brussels will take it seriously," X said after the
       * meeting: quoted words name no venue) */
      if (quotes && x->first >= first && x->first < end && !quoted && in_quotes (c, first, end, x->first))
        continue;
      if (x->first >= end && x->first > first)
        continue;
      /* "in the Ethiopian capital", "traveled to the Lithuanian capital",
       * "in the Lao capital" (a country's short name): the country's
       * capital in the lexicon */
      if ((x->role == NG_MS_DEMONYM || (x->role == NG_MS_ENTITY && x->kind == NG_KIND_COUNTRY))
          && x->lex && x->lex->capital && city < 0 && x->last < end
          && !ng_strcmp (kw (c, x->last), "capital") && x->first >= first + 2
          && !ng_strcmp (kw (c, x->first - 1), "the")
          && (!ng_strcmp (kw (c, x->first - 2), "in") || !ng_strcmp (kw (c, x->first - 2), "to")))
        {
          city = entity_for_lex (c, x->lex->capital, NG_KIND_CITY, NULL, where_of (c, x->start, x->end));
          continue;
        }
      /* "held talks at the Kremlin": a seat of government is in its
       * country's capital */
      if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && x->lex && x->lex->kind
          && !ng_strcmp (x->lex->kind, "government") && x->lex->country && x->lex->country->capital && city < 0
          && x->first >= first + 2 && !ng_strcmp (kw (c, x->first - 1), "the")
          && (!ng_strcmp (kw (c, x->first - 2), "at") || !ng_strcmp (kw (c, x->first - 2), "in")))
        {
          city = entity_for_lex (c, x->lex->country->capital, NG_KIND_CITY, NULL, where_of (c, x->start, x->end));
          continue;
        }
      if (id < 0 || x->role != NG_MS_ENTITY)
        continue;
      /* "In New Delhi, the spokesperson of India's Ministry of External
       * Affairs said India rejects the references made to Jammu and
       * Kashmir at the meeting": a reaction given elsewhere, no venue */
      if (x->first == first + 1 && !ng_strcmp (kw (c, first), "in") && x->last < end && x->role == NG_MS_ENTITY
          && (x->kind == NG_KIND_CITY || x->kind == NG_KIND_COUNTRY)
          && tk (c, x->last)->kind == NG_TOK_PUNCT && c->art->text[tk (c, x->last)->start] == ','
          && has_word (c, x->last, end, said_words))
        return -1;
      /* "Prime Minister of the Faroe Islands", "Premier of Åland": where a
       * post is held, not the venue */
      if ((m >= 1 && mn (c, m - 1)->role == NG_MS_TITLE && mn (c, m - 1)->of == (gint) m)
          || (m >= 2 && mn (c, m - 2)->role == NG_MS_TITLE && mn (c, m - 2)->of == (gint) m))
        continue;
      /* "to Europe", "confidence-building in Northeast Asia": a continent
       * or a region of several countries is no meeting's place */
      /* (nor a sea or a river: "the first CHOGM in the Pacific") */
      if (x->kind == NG_KIND_PLACE && x->lex && x->lex->kind
          && (!ng_strcmp (x->lex->kind, "continent") || !ng_strcmp (x->lex->kind, "macro-region")
              || !ng_strcmp (x->lex->kind, "sea") || !ng_strcmp (x->lex->kind, "river")))
        continue;
      /* the word before the name, or before its "the" ("to the Elysee Palace") */
      guint pf = x->first;
      if (pf > first + 1 && !ng_strcmp (kw (c, pf - 1), "the") && x->kind != NG_KIND_COUNTRY)
        pf--;
      const char *prev = pf > first ? kw (c, pf - 1) : "";
      /* (nor where one passes: "old routes through London and New York",
       * "via Dubai") */
      if (!ng_strcmp (prev, "from") || !ng_strcmp (prev, "through") || !ng_strcmp (prev, "via"))
        continue;
      /* (and the others of their list: "through London, Paris and New
       * York") */
      if (x->kind == NG_KIND_CITY && (!ng_strcmp (prev, "and") || !ng_strcmp (prev, "or")
                                      || (pf > first && tk (c, pf - 1)->kind == NG_TOK_PUNCT
                                          && c->art->text[tk (c, pf - 1)->start] == ',')))
        {
          guint b = pf - 1;
          while (b > first && b + 12 > pf
                 && (!ng_strcmp (kw (c, b - 1), "and") || !ng_strcmp (kw (c, b - 1), "or")
                     || (tk (c, b - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 1)->start] == ',')
                     || (tk (c, b - 1)->kind == NG_TOK_WORD && (tk (c, b - 1)->flags & NG_TF_CAP))))
            b--;
          if (b > first && b < pf - 1 && (!ng_strcmp (kw (c, b - 1), "through") || !ng_strcmp (kw (c, b - 1), "via")))
            continue;
        }
      /* "talks in Quebec's Charlevoix region": the region, not the city
       * (but "in Beijing's Great Hall of the People" is in Beijing) */
      if (x->kind == NG_KIND_CITY && x->possessive && x->last + 1 < end && tk (c, x->last)->kind == NG_TOK_WORD
          && (tk (c, x->last)->flags & NG_TF_CAP)
          && (!ng_strcmp (kw (c, x->last + 1), "region") || !ng_strcmp (kw (c, x->last + 1), "province")
              || !ng_strcmp (kw (c, x->last + 1), "district") || !ng_strcmp (kw (c, x->last + 1), "county")
              || !ng_strcmp (kw (c, x->last + 1), "valley")))
        continue;
      /* "According to Seoul's foreign ministry", "Beijing's envoy": a
       * capital for its government, no venue */
      if (x->kind == NG_KIND_CITY && x->possessive && x->last < end)
        {
          static const char *const gov[] = { "ministry", "government", "embassy", "ambassador", "envoy",
                                             "officials", "spokesman", "spokesperson", "spokeswoman", NULL };
          if (word_in (kw (c, x->last), gov) || (x->last + 1 < end && word_in (kw (c, x->last + 1), gov)))
            continue;
          /* (nor "support for Belgrade's European track", "Beijing's
           * decision": a city's own doing, unless in or at it, "in
           * London's financial district", or a named place of it
           * follows, "Beijing's Great Hall of the People") */
          if (ng_strcmp (prev, "in") && ng_strcmp (prev, "at") && ng_strcmp (prev, "to"))
            {
              gboolean place_of = FALSE;
              for (guint q = m + 1; q < ms->len && !place_of && mn (c, q)->first <= x->last; q++)
                place_of = mn (c, q)->first == x->last && mn (c, q)->role == NG_MS_ENTITY
                           && mn (c, q)->kind != NG_KIND_PERSON;
              if (!place_of)
                continue;
            }
        }
      /* "Canada's trade war with Washington", "between Quito and Mexico
       * City", "sought by Ankara": a capital for its government */
      if (x->kind == NG_KIND_CITY && (!ng_strcmp (prev, "with") || !ng_strcmp (prev, "against") || !ng_strcmp (prev, "between")
                                      || !ng_strcmp (prev, "by")   /* ("members of the PKK sought by Ankara") */
                                      || !ng_strcmp (prev, "toward") || !ng_strcmp (prev, "towards")))
        continue;
      /* (and the second of them: "between Quito and Mexico City") */
      if (x->kind == NG_KIND_CITY && !ng_strcmp (prev, "and") && pf >= first + 3)
        {
          gboolean between = FALSE;
          for (guint j = pf - 2; j > first && j + 6 > pf && !between; j--)
            {
              if (tk (c, j - 1)->kind == NG_TOK_PUNCT)
                break;
              between = !ng_strcmp (kw (c, j - 1), "between");
            }
          if (between)
            continue;
        }
      /* "former High Commissioner to Samoa, Mr. X": the country of an
       * envoy's post, no venue */
      if (!ng_strcmp (prev, "to") && pf >= first + 2
          && (!ng_strcmp (kw (c, pf - 2), "ambassador") || !ng_strcmp (kw (c, pf - 2), "commissioner")
              || !ng_strcmp (kw (c, pf - 2), "envoy") || !ng_strcmp (kw (c, pf - 2), "consul")
              || !ng_strcmp (kw (c, pf - 2), "representative")))
        continue;
      /* "..., it was said in Ljubljana on Tuesday": where the news was
       * given, not the meeting's place */
      if (!ng_strcmp (prev, "in") && pf >= first + 3
          && (!ng_strcmp (kw (c, pf - 2), "said") || !ng_strcmp (kw (c, pf - 2), "announced")
              || !ng_strcmp (kw (c, pf - 2), "reported") || !ng_strcmp (kw (c, pf - 2), "learned"))
          && (!ng_strcmp (kw (c, pf - 3), "was") || !ng_strcmp (kw (c, pf - 3), "is")
              || !ng_strcmp (kw (c, pf - 3), "been")))
        continue;
      /* "the lakeside town west of the Lithuanian capital, Vilnius": not
       * there (but "on the outskirts of Bengaluru" is Bengaluru's) */
      if (ng_strcmp (prev, "in") && ng_strcmp (prev, "at"))
        {
          gboolean away = FALSE;
          for (guint j = pf; j > first && j + 7 > pf && !away; j--)
            {
              if (tok_in (c, j - 1, compass_words))
                away = !ng_strcmp (kw (c, j), "of");
              else if (!ng_strcmp (kw (c, j - 1), "in") || !ng_strcmp (kw (c, j - 1), "at"))
                break;
            }
          if (away)
            continue;
        }
      /* "a declaration, which will go to leaders for endorsement in
       * Honiara next month": a place of the future in a relative clause */
      {
        gboolean future = FALSE, rel = FALSE, visited = FALSE;
        guint rel_at = 0;
        for (guint j = pf; j > first && j + 12 > pf && !rel; j--)
          {
            if (tk (c, j - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, j - 1)->start] != ',')
              break;
            if (!tok_in (c, j - 1, clause_words))
              continue;
            const char *w = kw (c, j - 1);
            future = future || (w[0] == 'w' && w[1] != 'h');
            rel = w[1] == 'h';
            rel_at = j - 1;
            /* (or a journey of the past: "Guterres, who visited the Everest
             * region and Kathmandu in late October") */
            visited = rel && !ng_strcmp (w, "who") && j < pf
                      && (!ng_strcmp (kw (c, j), "visited") || !ng_strcmp (kw (c, j), "toured")
                          || !ng_strcmp (kw (c, j), "travelled") || !ng_strcmp (kw (c, j), "traveled"));
          }
        /* (but "the summit, which will also be held in Tianjin": the
         * clause of the meeting word itself) */
        gboolean own = rel && rel_at >= first + 2 && tk (c, rel_at - 1)->kind == NG_TOK_PUNCT
                       && c->art->text[tk (c, rel_at - 1)->start] == ',' && tok_in (c, rel_at - 2, triggers);
        /* (or of a meeting's longer name: "the fifth IOC Summit of Heads
         * of State and Government, which will be held in Antananarivo") */
        for (guint b = rel_at >= 2 ? rel_at - 2 : first; rel && !own && b > first && b + 9 > rel_at; b--)
          {
            if (tk (c, b)->kind != NG_TOK_WORD)
              break;
            own = tok_in (c, b, triggers) && (tk (c, b)->flags & NG_TF_CAP)
                  && tk (c, rel_at - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, rel_at - 1)->start] == ',';
          }
        /* (but "received X, who visited Baku on August 31": the guest's
         * visit is the meeting's) */
        for (guint j = first; visited && j + 2 < rel_at; j++)
          visited = !(tok_in (c, j, verb_triggers) && guest_visit_clause (c, j, pf));
        if (rel && (future || visited) && !own)
          continue;
      }
      /* "talks on the Arab League summit that Baghdad is due to host":
       * the host of another meeting */
      if (!ng_strcmp (prev, "that") || !ng_strcmp (prev, "which"))
        {
          gboolean hosts = FALSE;
          for (guint q = x->last; q < end && q < x->last + 4 && !hosts; q++)
            hosts = g_str_has_prefix (kw (c, q), "host");
          if (hosts)
            continue;
        }
      /* "to discuss the situation in Afghanistan": a topic, not the place */
      if (!ng_strcmp (prev, "in") && pf > first + 1)
        {
          static const char *const topics[] = {
            "situation", "crisis", "war", "conflict", "peace", "security", "developments", "events",
            "fighting", "violence", "elections", "stability", "tensions", "investment", "investments",
            "settlement", "ceasefire", "truce", "hostilities", "escalation", "reconstruction", "offensive",
            "famine", "patrols", "patrol", "presence", "activities", "operations", "exercises", "drills",
            "incursions", "disputes", "dispute", NULL
          };
          const char *t = kw (c, pf - 2);
          gboolean topic = FALSE;
          /* (a word of a name is no topic: "the International Summit on
           * Food Security in Kyiv") */
          for (const char *const *w = topics; *w && !topic && !(tk (c, pf - 2)->flags & NG_TF_CAP); w++)
            topic = !ng_strcmp (t, *w);
          /* (and "discussed regional developments, particularly in Syria":
           * an example of what was said) */
          topic = topic || !ng_strcmp (t, "particularly") || !ng_strcmp (t, "especially")
                  || !ng_strcmp (t, "notably");
          if (topic)
            continue;
        }
      /* "backed a 50-billion-dollar loan to Kyiv", "more aid to Ukraine":
       * where something is given, not the place */
      if (!ng_strcmp (prev, "to") && pf > first + 1)
        {
          static const char *const given[] = {
            "loan", "loans", "aid", "assistance", "support", "exports", "shipments", "deliveries",
            "weapons", "arms", "funds", "funding", "grant", "grants", "credit", "message", "letter",
            "condolences", "threat", "threats", "flights", "route", "routes", "access", NULL
          };
          if (word_in (kw (c, pf - 2), given))
            continue;
        }
      /* "called on India to move more of its diamond cutting ... to
       * Botswana": where things are to go, not the place */
      if (!ng_strcmp (prev, "to") && pf > first + 2)
        {
          gboolean moved = FALSE;
          for (guint j = pf - 1; j > first && j + 16 > pf && !moved; j--)
            {
              const char *w = kw (c, j - 1);
              moved = !ng_strcmp (w, "move") || !ng_strcmp (w, "moving") || !ng_strcmp (w, "shift")
                      || !ng_strcmp (w, "shifting") || !ng_strcmp (w, "relocate") || !ng_strcmp (w, "relocating")
                      || !ng_strcmp (w, "export") || !ng_strcmp (w, "exporting");
            }
          if (moved)
            continue;
        }
      /* "Kuwait's Ambassador to Nigeria", "the special envoy for
       * Afghanistan": where an envoy serves */
      if ((!ng_strcmp (prev, "to") || !ng_strcmp (prev, "for")) && pf > first + 1
          && (!ng_strcmp (kw (c, pf - 2), "ambassador") || !ng_strcmp (kw (c, pf - 2), "envoy")
              || !ng_strcmp (kw (c, pf - 2), "ambassadors") || !ng_strcmp (kw (c, pf - 2), "consul")
              || !ng_strcmp (kw (c, pf - 2), "representative")))
        continue;
      /* "where the two discussed plans to expand cargo services to
       * Lusaka": where a topic goes, not the place */
      /* (nor "a working dinner focused on the migration situation at the
       * border between the Peruvian city of Tacna and ...") */
      {
        gboolean topic = FALSE;
        for (guint j = pf > first ? pf - 1 : first; j > first && j + 14 > pf && !topic; j--)
          {
            if (tk (c, j - 1)->kind == NG_TOK_PUNCT)
              break;
            const char *tw = kw (c, j - 1);
            topic = (!ng_strcmp (prev, "to") && g_str_has_prefix (tw, "discuss"))
                    || !ng_strcmp (tw, "focused") || !ng_strcmp (tw, "focusing") || !ng_strcmp (tw, "focussed")
                    /* ("where the two discussed preparations for next
                     * month's G20 Leaders' Summit in Johannesburg": the
                     * place of the meeting talked of) */
                    || (!ng_strcmp (prev, "in") && pf >= first + 2 && tok_in (c, pf - 2, triggers)
                        && (g_str_has_prefix (tw, "discuss") || !ng_strcmp (tw, "preparations") || !ng_strcmp (tw, "ahead")));
          }
        if (topic)
          continue;
      }
      /* "before leaving Muscat for Dhaka", "before returning to Lisbon":
       * where someone goes after the meeting */
      if (pf > first + 1 && (!ng_strcmp (prev, "for") || !ng_strcmp (prev, "to")))
        {
          gboolean away = FALSE;
          for (guint b = pf - 1; b > first && b + 4 > pf && !away; b--)
            {
              const char *w = kw (c, b - 1);
              away = !ng_strcmp (w, "leaving") || !ng_strcmp (w, "left") || !ng_strcmp (w, "leaves") || !ng_strcmp (w, "leave")
                     || !ng_strcmp (w, "departing") || !ng_strcmp (w, "departed") || !ng_strcmp (w, "departs")
                     || !ng_strcmp (w, "returning") || !ng_strcmp (w, "return") || !ng_strcmp (w, "returned")
                     || !ng_strcmp (w, "returns");
            }
          if (away)
            continue;
        }
      /* "Ainura Sydykova, a political analyst in Bishkek, said the
       * summit ...": where a person of the apposition works */
      if (pf > first + 2 && (!ng_strcmp (prev, "in") || !ng_strcmp (prev, "at")) && in_apposition (c, first, pf - 1, x->last, end))
        continue;
      /* "in the Para state capital", "in the provincial capital of X": the
       * region names no place of the meeting, its capital does (named
       * elsewhere) */
      if (x->kind == NG_KIND_PLACE && x->last + 1 < end
          && ((!ng_strcmp (kw (c, x->last), "state") || !ng_strcmp (kw (c, x->last), "provincial")
               || !ng_strcmp (kw (c, x->last), "regional"))
              && !ng_strcmp (kw (c, x->last + 1), "capital")))
        continue;
      gboolean loc = !ng_strcmp (prev, "in") || !ng_strcmp (prev, "to") || !ng_strcmp (prev, "at")
        || !ng_strcmp (prev, "capital") || (!ng_strcmp (prev, "of") && x->kind != NG_KIND_COUNTRY) || !ng_strcmp (prev, "for")
        /* ("is expected to visit Putrajaya ... for talks") */
        || !ng_strcmp (prev, "visit") || !ng_strcmp (prev, "visits") || !ng_strcmp (prev, "visited")
        || !ng_strcmp (prev, "visiting");
      /* (not who gets a post: "Arctic Council passes to Denmark at
       * low-key meeting", "handed the chairmanship over to Denmark") */
      for (guint b = pf >= first + 1 ? pf - 1 : first; loc && !ng_strcmp (prev, "to") && b > first && b + 9 > pf; b--)
        {
          const char *v = kw (c, b - 1);
          if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
            break;
          if (!ng_strcmp (v, "passes") || !ng_strcmp (v, "passed") || !ng_strcmp (v, "handed") || !ng_strcmp (v, "hands")
              || !ng_strcmp (v, "handing") || !ng_strcmp (v, "transferred") || !ng_strcmp (v, "transfers"))
            loc = FALSE;
        }
      if (x->last < end && (!ng_strcmp (kw (c, x->last), "will") || !ng_strcmp (kw (c, x->last), "hosts")
                            || !ng_strcmp (kw (c, x->last), "hosted")))
        loc = TRUE;
      if (!loc && x->kind != NG_KIND_CITY)
        continue;
      /* "Rubio said Washington wanted a lasting peace": a capital that
       * speaks or acts is its government, not a place */
      if (!loc && x->last < end)
        {
          static const char *const acts[] = {
            "said", "says", "wanted", "wants", "would", "could", "should", "has", "had", "accused",
            "accuses", "urged", "urges", "warned", "warns", "believes", "insists", "insisted", "rejected",
            "rejects", "denied", "denies", "announced", "claimed", "claims", "expects", "demanded",
            "demands", "sees", "considers", "opposes", "supports",
            /* ("Moscow did not comment on the meeting") */
            "did", "does", "declined", "refused", "responded", "reacted", "commented", "criticised", "criticized",
            "condemned", "welcomed", "denounced", "protested", NULL
          };
          gboolean acting = FALSE;
          for (const char *const *a = acts; *a && !acting; a++)
            acting = !ng_strcmp (kw (c, x->last), *a);
          /* ("Washington was represented by X", "Moscow sent its envoy") */
          acting = acting || !ng_strcmp (kw (c, x->last), "sent") || !ng_strcmp (kw (c, x->last), "sends")
                   || ((!ng_strcmp (kw (c, x->last), "was") || !ng_strcmp (kw (c, x->last), "is")
                        || !ng_strcmp (kw (c, x->last), "will")) && x->last + 1 < end
                       && (!ng_strcmp (kw (c, x->last + 1), "represented") || !ng_strcmp (kw (c, x->last + 1), "be")));
          /* ("at a time when Canberra was trying to balance ...") */
          if (!acting && (!ng_strcmp (kw (c, x->last), "was") || !ng_strcmp (kw (c, x->last), "is")
                          || !ng_strcmp (kw (c, x->last), "were")) && x->last + 1 < end
              && tk (c, x->last + 1)->kind == NG_TOK_WORD && !(tk (c, x->last + 1)->flags & NG_TF_CAP)
              && g_str_has_suffix (kw (c, x->last + 1), "ing") && strlen (kw (c, x->last + 1)) > 4)
            acting = TRUE;
          if (acting)
            continue;
        }
      /* (a city with no "in" or "at" before it only if no other is:
       * "the only forum that includes Pyongyang convened in the Lao
       * capital") */
      /* (one after "in" or "at" beats one after "to", "for" or "of": "the
       * threat posed by China to Taiwan ..., in a speech at the forum in
       * Singapore") */
      gboolean at = !ng_strcmp (prev, "in") || !ng_strcmp (prev, "at");
      if (x->kind == NG_KIND_CITY && city < 0 && !loc && !x->possessive)
        bare = bare < 0 ? id : bare;
      else if (x->kind == NG_KIND_CITY && (city < 0 || (city_weak && at)) && loc)
        city = id, city_weak = !at;
      else if (x->kind == NG_KIND_COUNTRY && (country < 0 || (country_weak && at)) && loc && !x->possessive)
        country = id, country_weak = !at;
      else if (x->kind == NG_KIND_PLACE && place < 0 && loc)
        {
          place = id;
          /* "met at Trakai Island Castle" after "meet in Trakai": a venue
           * named for a town of the article is in it */
          if (city < 0 && !x->lex)
            for (guint e = 0; e < c->doc->entities->len && city < 0; e++)
              {
                const NgEntity *ce = ent (c, (gint) e);
                gsize cl = strlen (ce->name);
                if (ce->kind == NG_KIND_CITY && g_str_has_prefix (x->name, ce->name) && x->name[cl] == ' ')
                  city = (gint) e;
              }
          /* "at the Avani Maseru Hotel", "the Arusha International
           * Conference Centre": a building with a known town's name in
           * its own is in that town */
          if (city < 0 && !x->lex && bare < 0 && tok_in (c, x->last - 1, building_heads))
            for (guint q = x->first; q < x->last && city < 0; q++)
              for (guint n = MIN (3, x->last - q); n >= 1 && city < 0 && (tk (c, q)->flags & NG_TF_CAP); n--)
                {
                  g_autofree char *k = ng_fold_plain_len (c->art->text + tk (c, q)->start,
                                                          (gssize) (tk (c, q + n - 1)->end - tk (c, q)->start));
                  const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_CITY);
                  if (h && h->how == NG_LEXHIT_LABEL)
                    city = entity_for_lex (c, h->entry, NG_KIND_CITY, NULL, where_of (c, x->start, x->end));
                }
          /* "received X at the Planalto Palace": the building's city,
           * unless the sentence names one ("at the Palace of Independence
           * in Astana", which the lexicon puts in Minsk) */
          /* (nor the dateline's country another one: "ASTANA. - ... at
           * the Palace of Independence", Astana's namesake of Minsk's;
           * the dateline city) */
          /* (when the article names that city nowhere: not "El Mouradia
           * Palace" in a story of a meeting in Algiers under an Abuja
           * dateline) */
          gboolean namesake = x->lex && x->lex->city && c->doc->dateline >= 0 && c->dateline_country
                              && x->lex->country && x->lex->country != c->dateline_country
                              && !g_hash_table_lookup (c->by_lex, x->lex->city);
          if (city < 0 && namesake && bare < 0)
            bare = c->doc->dateline;
          if (city < 0 && x->lex && x->lex->city && bare < 0)
            bare = entity_for_lex (c, x->lex->city, NG_KIND_CITY, NULL, where_of (c, x->start, x->end));
          /* "welcomed X to the Elysee Palace" under a Paris dateline: a
           * building in the dateline's country is in the dateline city */
          if (city < 0 && x->lex && x->lex->kind && !ng_strcmp (x->lex->kind, "building")
              && c->doc->dateline >= 0 && c->dateline_country && x->lex->country == c->dateline_country)
            city = c->doc->dateline;
        }
      /* "the capital of Tajikistan will host": the capital. */
      if (x->kind == NG_KIND_COUNTRY && !ng_strcmp (prev, "of") && x->first >= first + 2
          && !ng_strcmp (kw (c, x->first - 2), "capital"))
        {
          gint cap = capital_of (c, id);
          if (cap >= 0 && city < 0)
            city = cap;
        }
    }
  if (city < 0)
    city = bare;
  /* A venue (palace, hall) is not the meeting's place: the city is. */
  if (city >= 0)
    return city;
  if (place >= 0 && !ent (c, place)->lex_key)
    place = -1;
  return place >= 0 ? place : country;
}

/* The place of a meeting told of outside any quotation. */
static gint
sentence_place (Ctx *c, guint first, guint end)
{
  return sentence_place_q (c, first, end, FALSE);
}

/* TRUE if the sentence opens with a part taken in a meeting and x is the
 * first person after its comma: "Opening the session, Deputy Foreign
 * Minister X said", "Addressing the summit, X told"; "Speaking at the
 * forum, X said" (not at a news conference). */
static gboolean
opening_participle (Ctx *c, guint first, const NgMentionSpan *x)
{
  const char *w = kw (c, first);
  if (ng_strcmp (w, "opening") && ng_strcmp (w, "addressing") && ng_strcmp (w, "chairing")
      && ng_strcmp (w, "closing") && ng_strcmp (w, "speaking") && ng_strcmp (w, "declaring"))
    return FALSE;
  guint comma = 0;
  gboolean meeting = FALSE;
  for (guint j = first + 1; j < x->first && j < first + 10; j++)
    {
      if (tk (c, j)->kind == NG_TOK_PUNCT)
        {
          if (c->art->text[tk (c, j)->start] == ',')
            comma = j;
          break;
        }
      if (tok_in (c, j, triggers) && ng_strcmp (kw (c, j - 1), "news") && ng_strcmp (kw (c, j - 1), "press"))
        meeting = TRUE;
    }
  if (!meeting || !comma)
    return FALSE;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *y = mn (c, m);
      if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && y->first > comma)
        return y == x;
    }
  return FALSE;
}

/* TRUE if the speech verb after a person addresses the meeting or the speaker's
 * own part in it: "told the council", "confirmed his participation". */
static gboolean
addresses_meeting (Ctx *c, guint from, guint end)
{
  guint i = from;
  while (i < end && tk (c, i)->kind == NG_TOK_PUNCT)
    i++;
  /* skip an apposition: "X, North Korea's ambassador to the U.N., told",
   * "X, director of operations at the International Committee of the Red
   * Cross, briefed the council" */
  for (guint j = i; j < end && j < from + 16; j++)
    {
      /* (not another's: "spokesperson X said Ramaphosa told the leaders") */
      for (guint m = 0; m < c->ex->ms->len; m++)
        if (mn (c, m)->first == j && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON && j > i)
          return FALSE;
      if (!ng_strcmp (kw (c, j), "told") || !ng_strcmp (kw (c, j), "addressed") || !ng_strcmp (kw (c, j), "confirmed")
          || !ng_strcmp (kw (c, j), "announced") || !ng_strcmp (kw (c, j), "briefed"))
        {
          /* "told the council", "told the opening session", and an
           * audience with or without "the": "told delegates", "told the
           * ministers" */
          gboolean the = j + 1 < end && !ng_strcmp (kw (c, j + 1), "the");
          for (guint n = j + 1 + the; n < end && n <= j + 2 + the; n++)
            {
              const char *a = kw (c, n);
              if (!ng_strcmp (a, "delegates") || !ng_strcmp (a, "participants") || !ng_strcmp (a, "attendees")
                  || (the && (tok_in (c, n, triggers) || !ng_strcmp (a, "council") || !ng_strcmp (a, "assembly")
                              || !ng_strcmp (a, "leaders") || !ng_strcmp (a, "forum") || !ng_strcmp (a, "gathering")
                              || !ng_strcmp (a, "ministers") || !ng_strcmp (a, "delegations"))))
                return TRUE;
              if (tk (c, n)->kind != NG_TOK_WORD || (tk (c, n)->flags & NG_TF_CAP))
                break;
            }
          if (j + 2 < end && (!ng_strcmp (kw (c, j + 1), "his") || !ng_strcmp (kw (c, j + 1), "her") || !ng_strcmp (kw (c, j + 1), "their"))
              && (!ng_strcmp (kw (c, j + 2), "participation") || !ng_strcmp (kw (c, j + 2), "attendance")))
            return TRUE;
          return FALSE;
        }
    }
  return FALSE;
}

/* TRUE if the words at token i say the person before them went with
 * someone to the meeting: "X accompanied the minister", "X, who
 * accompanied him, told reporters" (not "accompanied by"). */
static gboolean
accompanies (Ctx *c, guint i, guint end)
{
  if (i + 2 < end && tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ','
      && !ng_strcmp (kw (c, i + 1), "who"))
    i += 2;
  return i + 1 < end && !ng_strcmp (kw (c, i), "accompanied")
         && (!ng_strcmp (kw (c, i + 1), "the") || !ng_strcmp (kw (c, i + 1), "him") || !ng_strcmp (kw (c, i + 1), "her"));
}

/* TRUE if a person of the sentence addresses the meeting (addresses_meeting). */
static gboolean
addresses_any (Ctx *c, guint end)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    if (mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON && addresses_meeting (c, mn (c, m)->last, end))
      return TRUE;
  return FALSE;
}

/* TRUE for a headline-style plan without a finite verb: "Lukashenko to attend
 * informal CIS summit". */
static gboolean
infinitive_plan (Ctx *c, guint first, guint end)
{
  gboolean to_verb = FALSE;
  for (guint i = first; i + 1 < end; i++)
    {
      const char *k = kw (c, i);
      if (!ng_strcmp (k, "to") && (tok_in (c, i + 1, attend_verbs) || !ng_strcmp (kw (c, i + 1), "take")
                                || !ng_strcmp (kw (c, i + 1), "visit") || !ng_strcmp (kw (c, i + 1), "hold")
                                || !ng_strcmp (kw (c, i + 1), "meet") || tok_in (c, i + 1, host_verbs)))
        to_verb = TRUE;
      if (tok_in (c, i, move_words) || !ng_strcmp (k, "has") || !ng_strcmp (k, "have") || !ng_strcmp (k, "is") || !ng_strcmp (k, "are")
          || !ng_strcmp (k, "was") || !ng_strcmp (k, "were") || !ng_strcmp (k, "arrived") || !ng_strcmp (k, "arrives")
          || tok_in (c, i, past_words))
        return FALSE;   /* (a finite verb: "had a meeting ... on his trip to attend") */
    }
  return to_verb;
}

/* A city (else a place or country) named after token k: "... to be held in the
 * Tajik capital, Dushanbe". */
static gint
sentence_place_after (Ctx *c, guint k, guint end)
{
  gint other = -1;
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  guint s_end = sp->first + sp->n;
  gboolean quotes = has_quotes (c, sp->first, s_end);
  /* (nor the place of another event: "talks ... days after the Geneva
   * truce") */
  guint other_event = k < s_end ? time_phrase_at (c, k, s_end) : s_end;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (x->first <= k || id < 0 || x->role != NG_MS_ENTITY || x->possessive)
        continue;
      if (quotes && x->first < s_end && in_quotes (c, sp->first, s_end, x->first))
        continue;
      if (x->first > other_event)
        continue;
      if (x->kind == NG_KIND_CITY)
        return id;
      if ((x->kind == NG_KIND_COUNTRY || x->kind == NG_KIND_PLACE) && other < 0 && x->first > 0
          && (!ng_strcmp (kw (c, x->first - 1), "in") || !ng_strcmp (kw (c, x->first - 1), "to")))
        other = id;
    }
  (void) end;
  return other;
}

/* A person met in the sentence: "talk to the republic's head, X", "talks with X";
 * -1 if none. */
static gint
partner (Ctx *c, guint first, guint end)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON)
        continue;
      guint f = x->title >= 0 ? MIN (x->first, mn (c, (guint) x->title)->first) : x->first;
      for (guint b = f; b > first && b + 7 > f; b--)
        {
          const char *w = kw (c, b - 1);
          if (!ng_strcmp (w, "with"))
            return id;
          if (!ng_strcmp (w, "to") && b >= first + 2
              && (!ng_strcmp (kw (c, b - 2), "talk") || !ng_strcmp (kw (c, b - 2), "talked") || !ng_strcmp (kw (c, b - 2), "spoke")
                  || !ng_strcmp (kw (c, b - 2), "speak") || !ng_strcmp (kw (c, b - 2), "talks")
                  /* ("paid a courtesy visit to Governor X": the one visited) */
                  || (!ng_strcmp (kw (c, b - 2), "visit") && b == f)))
            return id;
          if (tk (c, b - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 1)->start] != ',')
            break;
        }
    }
  (void) end;
  return -1;
}

static gboolean receives_group (Ctx *c, guint k, guint end);

/* TRUE if token i is "round" or "rounds" ("the third round of talks"). */
static gboolean
round_word (Ctx *c, guint i)
{
  return !ng_strcmp (kw (c, i), "round") || !ng_strcmp (kw (c, i), "rounds");
}

/* TRUE if the meeting word at k names a meeting here: not part of a venue's
 * name ("conference center"), not someone's own trip ("his visit"), and a
 * verb of meeting has people to meet ("met Trump", "will meet on"), not a
 * goal ("meet the new target"). */
static gboolean
trigger_here (Ctx *c, guint k, guint first, guint end, gboolean verb)
{
  static const char *const venue[] = { "center", "centre", "hall", "room", "building", "venue", "palace",
                                       "process", NULL };   /* (and "the dormant summit process") */
  static const char *const after_meet[] = {
    "with", "by", "in", "on", "at", "for", "again", "today", "tomorrow", "to", "behind", "this", "next",
    "virtually", "online", "separately", "privately", "face", "later", "twice", "regularly", "here",
    "there", "annually", "once", "during", "before", "after", "and", "or", NULL
  };
  /* "were granted an audience with King Tupou VI", "received him in
   * audience": a meeting; not "told the audience" */
  if (!ng_strcmp (kw (c, k), "audience"))
    {
      if (k + 1 < end && !ng_strcmp (kw (c, k + 1), "with"))
        return TRUE;
      if (k >= first + 2 && !ng_strcmp (kw (c, k - 1), "in")
          && (!ng_strcmp (kw (c, k - 2), "received") || !ng_strcmp (kw (c, k - 2), "receives")
              || !ng_strcmp (kw (c, k - 2), "him") || !ng_strcmp (kw (c, k - 2), "her") || !ng_strcmp (kw (c, k - 2), "them")))
        return TRUE;
      if (k >= first + 2 && (!ng_strcmp (kw (c, k - 1), "an") || !ng_strcmp (kw (c, k - 1), "private")
                             || !ng_strcmp (kw (c, k - 1), "royal")))
        {
          static const char *const grants[] = { "granted", "grants", "given", "gave", "had", "has", "held", "sought",
                                                "private", "royal", "an", NULL };
          return word_in (kw (c, k - 2), grants);
        }
      return FALSE;
    }
  /* ("will not attend because of a cabinet meeting in Berlin": the
   * reason, not the meeting the sentence speaks of, when another comes
   * before it) */
  for (guint b = k; b > first && b + 6 > k; b--)
    {
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
        break;
      const char *w = kw (c, b - 1);
      if (b >= first + 2 && !ng_strcmp (w, "of") && !ng_strcmp (kw (c, b - 2), "because") && c->last_meeting >= 0)
        return FALSE;
      /* (or why one went back: "after the minister was called back to
       * Gaborone for a Cabinet meeting") */
      if (!ng_strcmp (w, "for") && c->last_meeting >= 0)
        for (guint q = b - 1; q > first && q + 6 > b - 1; q--)
          {
            const char *v = kw (c, q - 1);
            if (!ng_strcmp (v, "back") || !ng_strcmp (v, "recalled") || !ng_strcmp (v, "returned")
                || !ng_strcmp (v, "home"))
              return FALSE;
            if (tk (c, q - 1)->kind == NG_TOK_PUNCT)
              break;
          }
    }
  /* ("the Regular Meeting of the Conference of Heads of Government of
   * CARICOM": the body whose meeting the word before names) */
  guint of_at = k > first + 1 && !ng_strcmp (kw (c, k - 1), "of") ? k - 1
                : k > first + 2 && !ng_strcmp (kw (c, k - 1), "the") && !ng_strcmp (kw (c, k - 2), "of") ? k - 2 : 0;
  if (!verb && of_at > first && tok_in (c, of_at - 1, triggers))
    for (guint m = 0; m < c->ex->ms->len; m++)
      if (mn (c, m)->first == k && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG
          && mn (c, m)->last > k + 1)
        return FALSE;
  /* ("took part via video conference from Adelaide": how one took part,
   * not a meeting) */
  if (!verb && k >= first + 2 && !ng_strcmp (kw (c, k), "conference") && !ng_strcmp (kw (c, k - 1), "video")
      && (!ng_strcmp (kw (c, k - 2), "via") || !ng_strcmp (kw (c, k - 2), "by") || !ng_strcmp (kw (c, k - 2), "through")))
    return FALSE;
  /* ("The West Nordic Council is the cooperation forum of the parliaments
   * of ...": what an organization is, no meeting) */
  if (!verb && (!ng_strcmp (kw (c, k), "forum") || !ng_strcmp (kw (c, k), "dialogue")))
    for (guint b = k; b > first + 1 && b + 6 > k; b--)
      {
        const char *w = kw (c, b - 1);
        if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP))
          break;
        if ((!ng_strcmp (w, "the") || !ng_strcmp (w, "a") || !ng_strcmp (w, "an") || !ng_strcmp (w, "main"))
            && b >= first + 2
            && (!ng_strcmp (kw (c, b - 2), "is") || !ng_strcmp (kw (c, b - 2), "was") || !ng_strcmp (kw (c, b - 2), "remains")
                || !ng_strcmp (kw (c, b - 2), "as")))
          {
            gint m0 = mention_at (c, first) >= 0 ? mention_at (c, first) : mention_at (c, first + 1);
            if (m0 >= 0 && mn (c, (guint) m0)->role == NG_MS_ENTITY && mn (c, (guint) m0)->kind == NG_KIND_ORG)
              return FALSE;
            if (!ng_strcmp (kw (c, first), "it"))
              return FALSE;
          }
      }
  /* ("told a joint press conference after the talks", "a news
   * conference": journalists', no meeting) */
  if (!ng_strcmp (kw (c, k), "conference") && k > first
      && (!ng_strcmp (kw (c, k - 1), "press") || !ng_strcmp (kw (c, k - 1), "news")))
    return FALSE;
  /* "the BSEC ministerial in Tirana", "The ministerial of the
   * organization": a noun; not "a ministerial meeting", "ministerial
   * talks" (the next word is the meeting's) */
  if (!ng_strcmp (kw (c, k), "ministerial") && k + 1 < end && tk (c, k + 1)->kind == NG_TOK_WORD)
    {
      /* (nor a word of a name: "the Ministerial Council of the OSCE") */
      if (tk (c, k + 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS))
        return FALSE;
      static const char *const after_noun[] = {
        "of", "in", "on", "at", "was", "is", "will", "would", "held", "opened", "ended", "closed", "and",
        "which", "that", "this", "today", "yesterday", "tomorrow", "last", "next", "earlier", "later", "here",
        "there", "where", "when", "has", "had", "took", "takes", "begins", "began", "starts", "ends", NULL
      };
      if (!g_strv_contains (after_noun, kw (c, k + 1)))
        return FALSE;
    }
  /* "dialogue" names a meeting only as the last word of a named one ("a
   * speech at the Shangri-La Dialogue") or as "the dialogue" in an article
   * that names one; not "called for dialogue" */
  if (!ng_strcmp (kw (c, k), "dialogue"))
    {
      gboolean named = FALSE;
      static const char *const roles[] = { "analyst", "researcher", "fellow", "director", "expert", "professor",
                                           "scholar", "president", "head", "chief", "economist", "member", NULL };
      for (guint m = 0; m < c->ex->ms->len && !named; m++)
        {
          const NgMentionSpan *x = mn (c, m);
          /* (or before "on" in one: "the Ulaanbaatar Dialogue on Northeast
           * Asian Security") */
          if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->first >= k
              || (x->last != k + 1 && !(x->last > k + 2 && !ng_strcmp (kw (c, k + 1), "on"))))
            continue;
          /* (not a think tank of that name: "an analyst at the
           * Inter-American Dialogue", "the Centre for Humanitarian
           * Dialogue") */
          if (x->lex && x->lex->kind && !ng_strcmp (x->lex->kind, "agency"))
            continue;
          gboolean role = FALSE;
          for (guint b = x->first; b > first && b + 5 > x->first && !role; b--)
            for (const char *const *r = roles; *r && !role; r++)
              role = !ng_strcmp (kw (c, b - 1), *r);
          named = !role;
        }
      if (!named && k > first && !ng_strcmp (kw (c, k - 1), "the"))
        for (guint e = 0; e < c->doc->entities->len && !named; e++)
          named = ent (c, (gint) e)->kind == NG_KIND_ORG && g_str_has_suffix (ent (c, (gint) e)->name, " Dialogue");
      /* ("attended the sixth China-Afghanistan-Pakistan Trilateral Foreign
       * Ministers' Dialogue": a numbered one, over capitalized words; then
       * "The dialogue, held at ...") */
      if (!named && numbered_name (c, k, first))
        named = c->named_dialogue = TRUE;
      if (!named && c->named_dialogue && k > first && !ng_strcmp (kw (c, k - 1), "the"))
        named = TRUE;
      /* (or one held with someone: "held a strategic dialogue with X",
       * "held the India-Japan 2+2 ministerial dialogue with X") */
      if (!named && k + 1 < end && !ng_strcmp (kw (c, k + 1), "with"))
        for (guint b = k; b > first && b + 6 > k && !named; b--)
          {
            const char *w = kw (c, b - 1);
            named = !ng_strcmp (w, "held") || !ng_strcmp (w, "hold") || !ng_strcmp (w, "holds")
                    || !ng_strcmp (w, "holding") || !ng_strcmp (w, "conducted") || !ng_strcmp (w, "had");
          }
      /* (or one held by the subject: "X and his counterpart, Y, held the
       * seventh foreign ministerial strategic dialogue", and over a
       * round's words: "held the third round of their 2+2 foreign and
       * defence ministerial dialogue") */
      gint round_at = -1;   /* the last "round" of the words before k */
      for (guint q = k > first + 15 ? k - 15 : first; q < k; q++)
        if (round_word (c, q))
          round_at = (gint) q;
      for (guint b = k; !named && b > first + 1 && b + 15 > k; b--)
        {
          const NgToken *tb = tk (c, b - 1);
          if (tb->kind == NG_TOK_NUMBER || (tb->kind == NG_TOK_PUNCT && c->art->text[tb->start] == '+'))
            continue;
          if (tb->kind != NG_TOK_WORD || (b + 7 <= k && round_at < (gint) b - 1))
            break;
          const char *w = kw (c, b - 2), *d = kw (c, b - 1);
          named = (!ng_strcmp (w, "held") || !ng_strcmp (w, "hold") || !ng_strcmp (w, "holds")
                   || !ng_strcmp (w, "holding") || !ng_strcmp (w, "conducted") || !ng_strcmp (w, "co chaired")
                   || !ng_strcmp (w, "chaired") || !ng_strcmp (w, "hosted") || !ng_strcmp (w, "co hosted"))
                  && (!ng_strcmp (d, "a") || !ng_strcmp (d, "an") || !ng_strcmp (d, "the") || !ng_strcmp (d, "their"));
        }
      if (!named)
        return FALSE;
    }
  /* (nor a word of someone's post: "Annalena Baerbock, president of the
   * General Assembly's 80th session, also attended"; nor the last word of
   * a post's body: "The Secretary General of the Pacific Islands Forum,
   * Baron Waqa, attended") */
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *t = mn (c, m);
      if (t->role != NG_MS_TITLE || t->of < 0 || t->first >= k)
        continue;
      const NgMentionSpan *o = mn (c, (guint) t->of);
      if (o->role != NG_MS_ENTITY || o->kind != NG_KIND_ORG)
        continue;
      if (o->last == k + 1)
        return FALSE;
      if (!o->possessive || o->first <= t->first || o->last > k || o->last + 3 < k)
        continue;
      gboolean post = TRUE;
      for (guint g = o->last; g < k && post; g++)
        post = tk (c, g)->kind != NG_TOK_PUNCT;
      if (post)
        return FALSE;
    }
  if (k + 1 < end && tk (c, k + 1)->kind == NG_TOK_WORD)
    {
      const char *n = kw (c, k + 1);
      for (const char *const *v = venue; *v; v++)
        if (!ng_strcmp (n, *v))
          return FALSE;
      /* "at the World Forum conference center" */
      if (k + 2 < end && (!ng_strcmp (n, "conference") || !ng_strcmp (n, "convention") || !ng_strcmp (n, "exhibition")))
        for (const char *const *v = venue; *v; v++)
          if (!ng_strcmp (kw (c, k + 2), *v))
            return FALSE;
    }
  for (guint b = k; b > first && b + 4 > k; b--)
    {
      const char *w = kw (c, b - 1);
      /* "his visit", "her trip"; but "held his first talks with X", "his
       * last summit of the trade bloc" */
      if ((!ng_strcmp (w, "his") || !ng_strcmp (w, "her")) && ng_strcmp (kw (c, k + 1), "with")
          && !(!ng_strcmp (kw (c, k + 1), "of") && tok_in (c, k, triggers) && ng_strcmp (kw (c, k), "visit")))
        return FALSE;
      if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP) || !ng_strcmp (w, "the")
          || !ng_strcmp (w, "a") || !ng_strcmp (w, "an"))
        break;
    }
  if (verb)
    {
      if (k + 1 >= end || tk (c, k + 1)->kind == NG_TOK_PUNCT)
        return TRUE;
      for (guint m = 0; m < c->ex->ms->len; m++)
        if (mn (c, m)->first == k + 1 || (mn (c, m)->first == k + 2 && !ng_strcmp (kw (c, k + 1), "with")))
          return TRUE;
      const char *n = kw (c, k + 1);
      for (const char *const *v = after_meet; *v; v++)
        if (!ng_strcmp (n, *v))
          return TRUE;
      /* "received a delegation led by X" (or "a cross-party delegation of
       * Japanese lawmakers", "a high-level Chinese delegation") */
      if (k + 2 < end && (!ng_strcmp (n, "a") || !ng_strcmp (n, "the")))
        for (guint j = k + 2; j < end && j <= k + 4 && tk (c, j)->kind != NG_TOK_PUNCT; j++)
          if (!ng_strcmp (kw (c, j), "delegation") || !ng_strcmp (kw (c, j), "delegations"))
            return TRUE;
      /* "received the ministers and X at the Council of Ministers" */
      if (receives_group (c, k, end))
        return TRUE;
      /* "met his counterparts from the Visegrad Group", "met their
       * colleagues" */
      if (k + 2 < end && (!ng_strcmp (n, "his") || !ng_strcmp (n, "her") || !ng_strcmp (n, "their")))
        {
          /* (over a country's name: "hosted his Singapore counterpart X") */
          guint j = k + 2;
          while (j + 1 < end && j < k + 5 && tk (c, j)->kind == NG_TOK_WORD && (tk (c, j)->flags & NG_TF_CAP))
            j++;
          if (j < end && (!ng_strcmp (kw (c, j), "counterparts") || !ng_strcmp (kw (c, j), "counterpart")
                          || !ng_strcmp (kw (c, j), "colleagues") || !ng_strcmp (kw (c, j), "peers")))
            return TRUE;
        }
      /* "met Monday in Tokyo" (AP writes the weekday without "on") */
      if (ng_date_weekday_of_word (c->art->text + tk (c, k + 1)->start, ng_token_len (tk (c, k + 1))))
        return TRUE;
      /* "met Tokayev's delegation", "met the Chinese leader": a person, a
       * description; "received the Prime Minister of Burkina Faso, X": a
       * title */
      /* (over "the visiting" and a country: "received the visiting U.S.
       * Vice President Kamala Harris") */
      guint reach = k + 3;
      /* (or "former", "outgoing", with or without "the": "met the former
       * Australian High Commissioner, Mr. X", "received former New
       * Zealand Prime Minister X") */
      guint md = k + 1 + ((!ng_strcmp (n, "the") || !ng_strcmp (n, "a")) ? 1 : 0);
      if (md < end
          && (!ng_strcmp (kw (c, md), "visiting") || !ng_strcmp (kw (c, md), "former")
              || !ng_strcmp (kw (c, md), "outgoing") || !ng_strcmp (kw (c, md), "incoming")
              || !ng_strcmp (kw (c, md), "newly")))
        reach = md + 3;
      for (guint m = 0; m < c->ex->ms->len; m++)
        if (mn (c, m)->first > k && mn (c, m)->first <= reach
            && (mn (c, m)->role == NG_MS_DESCRIPTION || mn (c, m)->role == NG_MS_TITLE
                || (mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON)))
          return TRUE;
      return FALSE;
    }
  return TRUE;
}

static gboolean retreat_meeting (Ctx *c, guint k, guint first);

/* The body whose members word k's object is: "met his counterparts from
 * the Visegrad Group", "hosted her colleagues of the MIKTA grouping"; -1
 * if none. */
static gint
counterparts_body (Ctx *c, guint k, guint end)
{
  if (k + 4 >= end
      || (ng_strcmp (kw (c, k + 1), "his") && ng_strcmp (kw (c, k + 1), "her") && ng_strcmp (kw (c, k + 1), "their"))
      || (ng_strcmp (kw (c, k + 2), "counterparts") && ng_strcmp (kw (c, k + 2), "colleagues"))
      || (ng_strcmp (kw (c, k + 3), "from") && ng_strcmp (kw (c, k + 3), "of") && ng_strcmp (kw (c, k + 3), "in")))
    return -1;
  guint o = k + 4 + (!ng_strcmp (kw (c, k + 4), "the") ? 1 : 0);
  for (guint m = 0; m < c->ex->ms->len; m++)
    if (mn (c, m)->first == o && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG
        && g_array_index (c->ex->ment_ent, gint, m) >= 0)
      return g_array_index (c->ex->ment_ent, gint, m);
  return -1;
}

/* TRUE if word k hosts a person and no meeting word follows: "Erdogan
 * hosted Hungarian Prime Minister Viktor Orban at the Presidential Complex
 * on Thursday" (but "hosted X for talks" is the talks', and the host of
 * a summit the article has named hosts its guests at the summit). */
static gboolean
hosts_person (Ctx *c, guint k, guint end)
{
  const char *w = kw (c, k);
  if ((w[0] != 'h' && w[0] != 'w')
      || (ng_strcmp (w, "hosted") && ng_strcmp (w, "hosts") && ng_strcmp (w, "welcomed") && ng_strcmp (w, "welcomes")
          && ng_strcmp (w, "host") && ng_strcmp (w, "hosting")))
    return FALSE;
  /* ("will host X", "is to host X", "is hosting X": a plan, or now) */
  if (!ng_strcmp (w, "host") && (k == 0 || (ng_strcmp (kw (c, k - 1), "will") && ng_strcmp (kw (c, k - 1), "to")
                                            && ng_strcmp (kw (c, k - 1), "would"))))
    return FALSE;
  if (!ng_strcmp (w, "hosting") && (k == 0 || (ng_strcmp (kw (c, k - 1), "is") && ng_strcmp (kw (c, k - 1), "was")
                                               && ng_strcmp (kw (c, k - 1), "be"))))
    return FALSE;
  /* "hosted his counterparts from the MIKTA grouping": the members of a
   * body, unnamed (the body's meeting, if the article has one) */
  if (counterparts_body (c, k, end) >= 0)
    return TRUE;
  /* (the host of the article's summit hosts its guests there) */
  if (c->last_org_meeting >= 0)
    return FALSE;
  /* (nor "The meeting was hosted by X": the host of the meeting said) */
  if (!ng_strcmp (kw (c, k + 1), "by"))
    return FALSE;
  gboolean person = FALSE;
  for (guint m = 0; m < c->ex->ms->len && !person; m++)
    {
      NgMentionSpan *x = mn (c, m);
      if (x->first > k && x->first <= k + 5 && x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON
          && g_array_index (c->ex->ment_ent, gint, m) >= 0)
        person = TRUE;
    }
  if (!person)
    return FALSE;
  for (guint i = k + 1; i < end; i++)
    if (tok_in (c, i, triggers) || tok_in (c, i, sub_events) || tok_in (c, i, verb_triggers)
        || retreat_meeting (c, i, k))
      return FALSE;
  return TRUE;
}

/* TRUE if word k is a video conference had as a meeting: "held a
 * videoconference with X" (not "joined by videoconference", a mode). */
static gboolean
video_meeting (Ctx *c, guint k, guint first)
{
  const char *w = kw (c, k);
  return k > first && (!ng_strcmp (w, "videoconference") || !ng_strcmp (w, "video conference"))
         && (!ng_strcmp (kw (c, k - 1), "a") || !ng_strcmp (kw (c, k - 1), "an"));
}

/* TRUE if word k is the "together" of "came together with", a meeting
 * (as Anadolu writes it: "Fidan came together with his Iraqi
 * counterpart"). */
static gboolean
came_together (Ctx *c, guint k, guint first, guint end)
{
  if (k <= first || k + 1 >= end || ng_strcmp (kw (c, k), "together") || ng_strcmp (kw (c, k + 1), "with"))
    return FALSE;
  const char *v = kw (c, k - 1);
  return !ng_strcmp (v, "came") || !ng_strcmp (v, "come") || !ng_strcmp (v, "comes") || !ng_strcmp (v, "coming");
}

/* TRUE if word k is the "call" of "a courtesy call", a visit. */
static gboolean
courtesy_call (Ctx *c, guint k, guint first)
{
  return k > first && kw (c, k)[0] == 'c' && !ng_strcmp (kw (c, k - 1), "courtesy")
         && (!ng_strcmp (kw (c, k), "call") || !ng_strcmp (kw (c, k), "calls"));
}

/* TRUE if token i lies in a relative clause between commas after a
 * person: "X and Y, who spoke by phone on Tuesday, are scheduled to meet
 * in Vienna" (the call is the clause's, the meeting the sentence's). */
static gboolean
in_who_clause (Ctx *c, guint first, guint i, guint end)
{
  for (guint b = i; b > first + 1 && b + 12 > i; b--)
    {
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
        return FALSE;
      if ((!ng_strcmp (kw (c, b - 1), "who") || !ng_strcmp (kw (c, b - 1), "which")) && tk (c, b - 2)->kind == NG_TOK_PUNCT
          && c->art->text[tk (c, b - 2)->start] == ',')
        {
          /* (closed by a comma before the sentence goes on) */
          for (guint j = i + 1; j < end && j < i + 12; j++)
            if (tk (c, j)->kind == NG_TOK_PUNCT && c->art->text[tk (c, j)->start] == ',')
              return j + 1 < end;
          return FALSE;
        }
    }
  return FALSE;
}

/* TRUE if the sentence speaks of a phone call (not a courtesy call). */
static gboolean
phone_call (Ctx *c, guint first, guint end)
{
  for (guint i = first; i < end; i++)
    if (tok_in (c, i, phone_words) && !courtesy_call (c, i, first) && !in_who_clause (c, first, i, end)
        /* (not an appeal: "opened the summit with a call for unity", "He
         * made the call while addressing the meeting", "The call came at
         * an extraordinary summit") */
        && !(i + 1 < end && !ng_strcmp (kw (c, i), "call")
             && (!ng_strcmp (kw (c, i + 1), "for") || !ng_strcmp (kw (c, i + 1), "came") || !ng_strcmp (kw (c, i + 1), "comes")))
        /* (nor "opened its session ... with a call on development partners
         * to release the funds": an appeal) */
        && !(i + 1 < end && i > first && !ng_strcmp (kw (c, i), "call") && !ng_strcmp (kw (c, i + 1), "on")
             && !ng_strcmp (kw (c, i - 1), "a"))
        /* ("The call was made at the end of a two-day meeting") */
        && !(i + 2 < end && !ng_strcmp (kw (c, i), "call")
             && (!ng_strcmp (kw (c, i + 1), "was") || !ng_strcmp (kw (c, i + 1), "is")) && !ng_strcmp (kw (c, i + 2), "made"))
        && !(i > first + 1 && !ng_strcmp (kw (c, i), "call") && !ng_strcmp (kw (c, i - 1), "the")
             && (!ng_strcmp (kw (c, i - 2), "made") || !ng_strcmp (kw (c, i - 2), "makes")
                 || !ng_strcmp (kw (c, i - 2), "make"))))
      return TRUE;
  return FALSE;
}

/* TRUE if word k is "meeting" used as a verb after a conjunction: "said
 * after meeting Russian Foreign Minister X", "before meeting X". */
static gboolean
meeting_gerund (Ctx *c, guint k, guint first, guint end)
{
  if (k <= first || ng_strcmp (kw (c, k), "meeting"))
    return FALSE;
  const char *b = kw (c, k - 1);
  if (ng_strcmp (b, "after") && ng_strcmp (b, "before") && ng_strcmp (b, "while") && ng_strcmp (b, "since") && ng_strcmp (b, "when"))
    return FALSE;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      if (x->first == k + 1 && k + 1 < end
          && (x->role == NG_MS_TITLE || x->role == NG_MS_DEMONYM || x->role == NG_MS_DESCRIPTION
              || (x->role == NG_MS_ENTITY && (x->kind == NG_KIND_PERSON || x->kind == NG_KIND_COUNTRY))))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if meeting word k follows "after the", "after an informal", "after
 * their" (words that are no names between), or, with holding set, "after
 * holding (bilateral) talks". */
static gboolean
after_the (Ctx *c, guint k, guint first, gboolean holding)
{
  for (guint b = k; b > first + 1 && b + 4 > k; b--)
    {
      const char *w = kw (c, b - 1);
      if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)))
        return FALSE;
      if (!ng_strcmp (kw (c, b - 2), "after"))
        return !ng_strcmp (w, "the") || !ng_strcmp (w, "a") || !ng_strcmp (w, "an") || !ng_strcmp (w, "his")
               || !ng_strcmp (w, "her") || !ng_strcmp (w, "their") || (holding && !ng_strcmp (w, "holding"));
    }
  return FALSE;
}

/* TRUE if the sentence says its speaker spoke after meeting someone:
 * "X said after meeting Y", "Speaking after talks with Y, X said". */
static gboolean
after_meeting (Ctx *c, guint first, guint end)
{
  for (guint i = first; i + 2 < end; i++)
    if (!ng_strcmp (kw (c, i), "after"))
      {
        const char *n = kw (c, i + 1);
        if (meeting_gerund (c, i + 1, first, end)
            || (!ng_strcmp (n, "talks") && !ng_strcmp (kw (c, i + 2), "with")))
          return TRUE;
        /* ("told reporters after the meeting", "said after an informal
         * meeting in Antalya") */
        for (guint j = i + 2; j < end && j <= i + 4; j++)
          {
            const char *w = kw (c, j);
            if ((!ng_strcmp (w, "talks") || !ng_strcmp (w, "meeting") || !ng_strcmp (w, "summit"))
                && after_the (c, j, first, TRUE))
              return TRUE;
          }
      }
  return FALSE;
}

/* TRUE if word k is "called on" (or "calls on") a person, the courtesy
 * call of South Asian and Gulf copy: "called on Sri Lankan President X"
 * (the person may be known by then only by name). */
static gboolean
calls_on (Ctx *c, guint k, guint end)
{
  const char *w = kw (c, k);
  if (w[0] != 'c' || (ng_strcmp (w, "called") && ng_strcmp (w, "calls") && ng_strcmp (w, "calling")) || k + 2 >= end
      || ng_strcmp (kw (c, k + 1), "on"))
    return FALSE;
  /* a named person (after a title) who is not urged to do something:
   * not "called on African leaders to silence the guns" */
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      if (x->first >= k + 2 && x->first <= k + 7 && x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON
          && g_array_index (c->ex->ment_ent, gint, m) >= 0)
        return x->last >= end || ng_strcmp (kw (c, x->last), "to");
    }
  return FALSE;
}

/* Meetings and attendance in one sentence. */
/* The mode of one person: a video link or "in person" said in their own
 * clause (up to the next person) beats what the sentence says overall. */
static NgMode
person_mode (Ctx *c, const NgMentionSpan *x, guint first, guint stop, NgMode sentence_mode)
{
  /* A clause of the person's own, ended by ", and": "Morocco was
   * represented by its ambassador, Y, and Mali's Foreign Minister Z joined
   * by videoconference" (a verb of its own before Y) */
  for (guint i = x->last; i + 1 < stop && i < x->last + 16 && !tok_in (c, i, video_words); i++)
    if (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',' && !ng_strcmp (kw (c, i + 1), "and"))
      {
        static const char *const own[] = { "represented", "sent", "led", "headed", "dispatched", NULL };
        for (guint b = first; b < x->first; b++)
          if (word_in (kw (c, b), own))
            return NG_MODE_IN_PERSON;
        break;
      }
  for (guint i = x->last; i < stop && i < x->last + 16; i++)
    {
      /* (another clause: "X refused to back the text, while Y addressed
       * the leaders by video link") */
      if (!ng_strcmp (kw (c, i), "while") || !ng_strcmp (kw (c, i), "whereas"))
        return NG_MODE_IN_PERSON;
      /* ("X also took part in the talks, but Y did not travel, joining
       * by video link"; not "X took part, but only by video") */
      if (!ng_strcmp (kw (c, i), "but") && i > x->last && tk (c, i - 1)->kind == NG_TOK_PUNCT && i + 1 < stop
          && ng_strcmp (kw (c, i + 1), "by") && ng_strcmp (kw (c, i + 1), "via") && ng_strcmp (kw (c, i + 1), "only")
          && ng_strcmp (kw (c, i + 1), "virtually") && ng_strcmp (kw (c, i + 1), "remotely"))
        return NG_MODE_IN_PERSON;
      if (tok_in (c, i, video_words))
        return NG_MODE_VIDEO;
      if (!ng_strcmp (kw (c, i), "in") && i + 1 < stop && !ng_strcmp (kw (c, i + 1), "person"))
        return NG_MODE_IN_PERSON;
      if (tk (c, i)->flags & NG_TF_QUOTE)
        break;
    }
  /* Said before the person in another clause: "X attended by video link,
   * while Burundi sent its vice president, Y". */
  for (guint i = x->first; sentence_mode == NG_MODE_VIDEO && i > first; i--)
    {
      const char *w = kw (c, i - 1);
      if (tok_in (c, i - 1, video_words))
        break;
      if (!ng_strcmp (w, "while") || !ng_strcmp (w, "whereas") || !ng_strcmp (w, "but")
          || (tk (c, i - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i - 1)->start] == ';')
          /* "X will take part by videoconference, and Foreign Minister Y
           * will lead the delegation in Kazan" */
          || (!ng_strcmp (w, "and") && i >= first + 2 && tk (c, i - 2)->kind == NG_TOK_PUNCT
              && c->art->text[tk (c, i - 2)->start] == ','))
        return NG_MODE_IN_PERSON;
    }
  /* Said after the person in another clause: "X was represented by Y,
   * while Z joined by video link". */
  gboolean before = FALSE;
  for (guint i = first; sentence_mode == NG_MODE_VIDEO && i < x->first && !before; i++)
    before = tok_in (c, i, video_words);
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  for (guint i = stop; sentence_mode == NG_MODE_VIDEO && !before && i < sp->first + sp->n; i++)
    {
      if (tok_in (c, i, video_words))
        break;
      if (!ng_strcmp (kw (c, i), "while") || !ng_strcmp (kw (c, i), "whereas")
          || (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ';'))
        return NG_MODE_IN_PERSON;
    }
  return sentence_mode;
}

/* TRUE if an absence marker follows the person at token `from` in its clause. */
static gboolean
absent_after (Ctx *c, guint from, guint stop)
{
  /* "US President Joe Biden, who stayed in Washington to oversee the
   * response to a hurricane, was represented by X": a long clause of the
   * person's own, then the verb */
  if (from + 2 < stop && tk (c, from)->kind == NG_TOK_PUNCT && c->art->text[tk (c, from)->start] == ','
      && !ng_strcmp (kw (c, from + 1), "who"))
    for (guint j = from + 2; j + 2 < stop && j < from + 40; j++)
      if (tk (c, j)->kind == NG_TOK_PUNCT)
        {
          if (c->art->text[tk (c, j)->start] == ','
              && (!ng_strcmp (kw (c, j + 1), "was") || !ng_strcmp (kw (c, j + 1), "is") || !ng_strcmp (kw (c, j + 1), "were")
                  || !ng_strcmp (kw (c, j + 1), "will"))
              && (!ng_strcmp (kw (c, j + 2), "represented") || (j + 3 < stop && !ng_strcmp (kw (c, j + 2), "be")
                                                                 && !ng_strcmp (kw (c, j + 3), "represented"))))
            return TRUE;
          break;
        }
  gboolean reported = FALSE;
  for (guint i = from; i < stop && i < from + 16; i++)
    {
      const char *k = kw (c, i);
      /* What someone said: "said he would skip the summit" is said of
       * himself, "said the absence of some ministers" of others. */
      if (tok_in (c, i, speech_words))
        reported = TRUE;
      /* (after a speech verb, only skipping and boycotting: "said he would
       * skip the summit", not "said ... frozen Russian assets") */
      /* ("refused to back a joint text" is no absence: refusing and
       * declining are only of coming) */
      gboolean refusal = !ng_strcmp (k, "refused") || !ng_strcmp (k, "declined");
      if (refusal)
        {
          gboolean come = FALSE;
          for (guint j = i + 1; j < stop && j < i + 4 && !come; j++)
            come = tok_in (c, j, attend_verbs) || tok_in (c, j, part_words) || tok_in (c, j, move_words)
                   || !ng_strcmp (kw (c, j), "invitation");
          if (!come)
            continue;
        }
      /* ("has frozen its participation", not "the use of frozen Russian
       * assets") */
      static const char *const frozen_what[] = { "its", "their", "his", "her", "participation", "membership", NULL };
      if ((!ng_strcmp (k, "frozen") || !ng_strcmp (k, "froze")) && !(i + 1 < stop && word_in (kw (c, i + 1), frozen_what)))
        continue;
      if (tok_in (c, i, absent_words)
          && (!reported || !strncmp (k, "skip", 4) || !strncmp (k, "boycott", 7)))
        return TRUE;
      if ((!ng_strcmp (k, "stayed") || !ng_strcmp (k, "stay") || !ng_strcmp (k, "stays") || !ng_strcmp (k, "pulled"))
          && i + 1 < stop && (!ng_strcmp (kw (c, i + 1), "away") || !ng_strcmp (kw (c, i + 1), "out")))
        return TRUE;
      /* "remained in Spain to coordinate the response", "stayed at home":
       * at home, not at the meeting */
      if ((!ng_strcmp (k, "stayed") || !ng_strcmp (k, "remained")) && i + 1 < stop)
        {
          const char *n1 = kw (c, i + 1), *n2 = i + 2 < stop ? kw (c, i + 2) : "";
          if (!ng_strcmp (n1, "home") || (!ng_strcmp (n1, "at") && !ng_strcmp (n2, "home")))
            return TRUE;
          /* ("stayed in Spain", "stayed in Berlin for a budget debate") */
          if (!ng_strcmp (n1, "in"))
            for (guint q = 0; q < c->ex->ms->len; q++)
              if (mn (c, q)->first == i + 2 && mn (c, q)->role == NG_MS_ENTITY
                  && (mn (c, q)->kind == NG_KIND_COUNTRY || mn (c, q)->kind == NG_KIND_CITY))
                return TRUE;
        }
      /* "cancelled his trip", "was represented at the summit by X" (X is
       * the next person: this one stayed away) */
      if ((!ng_strcmp (k, "cancelled") || !ng_strcmp (k, "canceled")) && i + 1 < stop
          && (!ng_strcmp (kw (c, i + 1), "his") || !ng_strcmp (kw (c, i + 1), "her") || !ng_strcmp (kw (c, i + 1), "their")))
        return TRUE;
      if (!ng_strcmp (k, "represented") && i > from && (!ng_strcmp (kw (c, i - 1), "was") || !ng_strcmp (kw (c, i - 1), "were")
                                                     || !ng_strcmp (kw (c, i - 1), "be") || !ng_strcmp (kw (c, i - 1), "is")))
        return TRUE;
      if ((!ng_strcmp (k, "not") || !ng_strcmp (k, "never")) && i + 1 < stop)
        for (guint j = i + 1; j < stop && j < i + 4; j++)
          {
            const char *v = kw (c, j);
            if (!ng_strcmp (v, "attend") || !ng_strcmp (v, "participate") || !ng_strcmp (v, "take")
                || !ng_strcmp (v, "join") || !ng_strcmp (v, "come") || !ng_strcmp (v, "travel") || !ng_strcmp (v, "invited")
                || (j == i + 1 && !ng_strcmp (v, "present")))   /* "was not present" */
              return TRUE;
            /* "will not be at the meetings", not "must not be a spectator". */
            if (!ng_strcmp (v, "be") && j + 1 < stop
                && (!ng_strcmp (kw (c, j + 1), "at") || !ng_strcmp (kw (c, j + 1), "present") || !ng_strcmp (kw (c, j + 1), "there")
                    || !ng_strcmp (kw (c, j + 1), "attending") || !ng_strcmp (kw (c, j + 1), "in")))
              return TRUE;
          }
      /* Quoted words are what someone said, not whether they came. */
      if (tk (c, i)->flags & NG_TF_QUOTE)
        break;
      if (tk (c, i)->kind == NG_TOK_PUNCT && (c->art->text[tk (c, i)->start] == ';'))
        break;
      if (!ng_strcmp (k, "but") || !ng_strcmp (k, "while") || !ng_strcmp (k, "whereas") || !ng_strcmp (k, "although"))
        break;
      /* (", and the Afghan side was represented by Y": another subject's
       * clause) */
      if (i > from && i + 2 < stop && !ng_strcmp (k, "and") && tk (c, i - 1)->kind == NG_TOK_PUNCT
          && c->art->text[tk (c, i - 1)->start] == ','
          && (!ng_strcmp (kw (c, i + 1), "the") || !ng_strcmp (kw (c, i + 1), "its") || !ng_strcmp (kw (c, i + 1), "his")
              || !ng_strcmp (kw (c, i + 1), "her") || !ng_strcmp (kw (c, i + 1), "their")))
        break;
      /* (", and France was represented by General Y": a country's or a
       * body's clause) */
      if (i > from && i + 2 < stop && !ng_strcmp (k, "and") && tk (c, i - 1)->kind == NG_TOK_PUNCT
          && c->art->text[tk (c, i - 1)->start] == ',')
        {
          gint nm = mention_at (c, i + 1);
          const NgMentionSpan *y = nm >= 0 ? mn (c, (guint) nm) : NULL;
          if (y && y->first == i + 1 && y->role == NG_MS_ENTITY && (y->kind == NG_KIND_COUNTRY || y->kind == NG_KIND_ORG)
              && y->last < stop
              && (!ng_strcmp (kw (c, y->last), "was") || !ng_strcmp (kw (c, y->last), "were")
                  || !ng_strcmp (kw (c, y->last), "is") || !ng_strcmp (kw (c, y->last), "sent")))
            break;
        }
      /* ("Tinubu, Faye, Bio meet in Abuja as Sahel juntas stay away",
       * "... after Meloni pulled out": another subject's clause) */
      if (i > from && (!ng_strcmp (k, "after") || !ng_strcmp (k, "when")
                       || (!ng_strcmp (k, "as") && i + 1 < stop && ng_strcmp (kw (c, i + 1), "well") != 0
                           && ng_strcmp (kw (c, i - 1), "such") != 0 && ng_strcmp (kw (c, i - 1), "attended") != 0)))
        break;
    }
  return FALSE;
}

/* TRUE if "by X and" before token fc follows "founding", "founded",
 * "created" or "established": Y in "its founding by X and Y". */
static gboolean
handed_founders (Ctx *c, guint first, guint fc)
{
  for (guint b = fc; b > first + 2 && b + 6 > fc; b--)
    if (!ng_strcmp (kw (c, b - 1), "by"))
      {
        const char *v = kw (c, b - 2);
        return !ng_strcmp (v, "founding") || !ng_strcmp (v, "founded") || !ng_strcmp (v, "created")
               || !ng_strcmp (v, "established");
      }
  return FALSE;
}

/* TRUE if a comma lies in tokens [a, b). */
static gboolean
comma_between (Ctx *c, guint a, guint b)
{
  for (guint g = a; g < b; g++)
    if (tk (c, g)->kind == NG_TOK_PUNCT && c->art->text[tk (c, g)->start] == ',')
      return TRUE;
  return FALSE;
}

/* Organization that is the subject before token k ("the Council held a meeting"), or -1. */
static gint
subject_org (Ctx *c, guint first, guint k)
{
  GArray *ms = c->ex->ms;
  gint found = -1;
  guint found_last = 0;
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (x->last > k)
        break;
      if (id < 0)
        continue;
      if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && id != c->doc->publisher)
        {
          /* (not one of an apposition between commas after the subject:
           * "The Contact Group, created by the European Union a week ago,
           * held its first meeting") */
          if (found >= 0 && found_last < x->first && comma_between (c, found_last, x->first)
              && comma_between (c, x->last, k))
            continue;
          /* (nor a person's party in brackets: "Prime Minister Robert
           * Fico (Smer) met his counterparts") */
          if (m > 0 && x->first >= 1 && x->last < k && mn (c, m - 1)->role == NG_MS_ENTITY
              && mn (c, m - 1)->kind == NG_KIND_PERSON && mn (c, m - 1)->last + 1 == x->first
              && c->art->text[tk (c, x->first - 1)->start] == '(' && c->art->text[tk (c, x->last)->start] == ')')
            continue;
          found = id;
          found_last = x->last;
        }
      else if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON)
        found = -1;
    }
  if (found >= 0)
    {
      gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (found));
      if (par)
        found = GPOINTER_TO_INT (par) - 1;
    }
  return found;
}


/* The first token of the next person named after mention m (taking part
 * or not: "without explaining Fidan's absence" is Fidan's), past the
 * people joined to it by "and" or commas, or end: what follows a person
 * up to there is said of that person. */
static guint
person_stop (Ctx *c, guint m, guint end)
{
  GArray *ms = c->ex->ms;
  guint from = mn (c, m)->last;
  for (guint q = m + 1; q < ms->len; q++)
    {
      NgMentionSpan *y = mn (c, q);
      gint id = g_array_index (c->ex->ment_ent, gint, q);
      if (y->role != NG_MS_ENTITY || id < 0 || ent (c, id)->kind != NG_KIND_PERSON)
        continue;
      /* "Joe Biden and Chinese President Xi Jinping, are not expected to
       * attend": what follows people joined by "and" is said of all. */
      guint ys = y->first;
      if (y->title >= 0)
        {
          NgMentionSpan *ti = mn (c, (guint) y->title);
          ys = MIN (ys, ti->first);
          if (ti->of >= 0 && mn (c, (guint) ti->of)->last == ti->first)
            ys = MIN (ys, mn (c, (guint) ti->of)->first);
        }
      gboolean joined = ys > from;
      for (guint i = from; i < ys && joined; i++)
        {
          const char *w = kw (c, i);
          joined = !ng_strcmp (w, "and") || !ng_strcmp (w, "or")
                   || (tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ',');
        }
      if (!joined)
        return MIN (y->first, end);
      from = y->last;
    }
  return end;
}

/* TRUE if the words between a meeting word k and a date at pos say when
 * that meeting is: "the summit, which will be held on", "the forum opens
 * on", "a summit due to take place in Dushanbe on". */
static gboolean
held_before (Ctx *c, guint k, guint pos)
{
  static const char *const when_verbs[] = {
    "held", "place", "opens", "open", "opening", "begins", "begin", "beginning", "starts", "start",
    "starting", "due", "scheduled", "set", "slated", "convenes", "convene", "convening", NULL
  };
  if (pos > k + 20)
    return FALSE;
  for (guint i = k + 1; i < pos; i++)
    {
      /* within the clause: commas and an acronym's parentheses only */
      if (tk (c, i)->kind == NG_TOK_PUNCT && !strchr (",()", c->art->text[tk (c, i)->start]))
        return FALSE;
      for (guint w = 0; when_verbs[w]; w++)
        if (!ng_strcmp (kw (c, i), when_verbs[w]))
          return TRUE;
    }
  return FALSE;
}

/* TRUE if the date at pos is said right after the meeting word k, one
 * named as what comes before or after another: "prior to the forum on
 * March 22-23 in Nusa Dua, X is to meet Y" (not "met on the margins of
 * the meeting on Wednesday", the day of both). */
static gboolean
day_of (Ctx *c, guint k, guint pos, guint first)
{
  if (!(pos == k + 1 || (pos == k + 2 && (!ng_strcmp (kw (c, k + 1), "on") || !ng_strcmp (kw (c, k + 1), "from")))))
    return FALSE;
  for (guint b = k; b-- > first && b + 8 > k && tk (c, b)->kind == NG_TOK_WORD;)
    {
      const char *w = kw (c, b);
      if (!ng_strcmp (w, "ahead") || !ng_strcmp (w, "prior") || !ng_strcmp (w, "before") || !ng_strcmp (w, "eve")
          || !ng_strcmp (w, "run-up") || !ng_strcmp (w, "after") || !ng_strcmp (w, "following"))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if a relative clause between the meeting word k and a date at pos
 * says something being done to the meeting ("which they were still
 * finalizing", "which both sides are preparing"). */
static gboolean
clause_doing (Ctx *c, guint k, guint pos)
{
  gboolean rel = FALSE;
  for (guint i = k + 1; i < pos && i < k + 12; i++)
    {
      const char *w = kw (c, i);
      if (!ng_strcmp (w, "which") || !ng_strcmp (w, "that"))
        rel = TRUE;
      else if (rel && strlen (w) > 5 && g_str_has_suffix (w, "ing"))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the sentence says someone is still to come: a planned word
 * ("will", "expected") before any speech verb, or after one when a verb of
 * coming follows ("said he would attend"), not a plan of what was said
 * ("told the council that his country would never give up"). */
static gboolean
plans_to_come (Ctx *c, guint first, guint end)
{
  gboolean reported = FALSE;
  for (guint i = first; i < end; i++)
    {
      if (tk (c, i)->kind != NG_TOK_WORD)
        continue;
      if (tok_in (c, i, speech_words))
        reported = TRUE;
      else if (tok_in (c, i, planned_words))
        {
          if (!reported)
            return TRUE;
          for (guint j = i + 1; j < end && j <= i + 4; j++)
            if (tok_in (c, j, attend_verbs) || tok_in (c, j, part_words) || tok_in (c, j, move_words))
              return TRUE;
        }
    }
  return FALSE;
}

/* TRUE if the sentence [first, end) names place pl as where someone
 * arrived or went back: "arrived in Bangkok", "returned to Tokyo". */
static gboolean
arrival_place (Ctx *c, guint first, guint end, gint pl)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (g_array_index (c->ex->ment_ent, gint, m) != pl || x->first < first + 2 || x->first >= end)
        continue;
      guint b = x->first - 1;
      if (!ng_strcmp (kw (c, b), "the") && b > first + 1)
        b--;
      const char *p = kw (c, b), *v = kw (c, b - 1);
      if (((!ng_strcmp (p, "in") || !ng_strcmp (p, "at")) && (!ng_strcmp (v, "arrived") || !ng_strcmp (v, "landed")))
          || (!ng_strcmp (p, "to") && !ng_strcmp (v, "returned")))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the meeting word k is named for context: "on the sidelines of
 * the summit", "ahead of the summit" (first: the sentence's first token). */
static gboolean
named_for_context (Ctx *c, guint k, guint first)
{
  /* ("on the sidelines of the Asia-Pacific Economic Cooperation forum":
   * the organization's name counts as one word) */
  guint k0 = k;
  for (guint m = 0; m < c->ex->ms->len; m++)
    if (mn (c, m)->last == k && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG
        && mn (c, m)->first >= first)
      k0 = mn (c, m)->first + 1;
  for (guint b = k0 >= first + 4 ? k0 - 4 : first; b < k; b++)
    if (tok_in (c, b, context_words))
      return TRUE;
  /* (or anywhere in an opening phrase of time before its comma:
   * "Following Jamaica's participation in the General Assembly last week
   * and its role at the Climate Summit in New York, X was invited to meet
   * Y in Washington") */
  static const char *const openers[] = { "following", "after", "ahead", "before", "prior", NULL };
  if (word_in (kw (c, first), openers))
    {
      gboolean opening = TRUE;
      for (guint b = first + 1; b < k && opening; b++)
        opening = tk (c, b)->kind != NG_TOK_PUNCT || !strchr (",;:", c->art->text[tk (c, b)->start]);
      for (guint b = k + 1; opening && b < c->ex->base + c->ex->n; b++)
        if (tk (c, b)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b)->start] == ',')
          return TRUE;
    }
  /* "on the eve of the emergency Arab summit", "ahead of next week's
   * informal EU summit", "preparations for this year's Pacific Islands
   * Forum Leaders Meeting": a longer name after "eve of", "ahead of" or
   * "preparations for" */
  for (guint b = k >= first + 10 ? k - 10 : first; b + 5 <= k; b++)
    {
      const char *w = kw (c, b);
      gboolean prep = (!ng_strcmp (w, "preparations") || !ng_strcmp (w, "preparation")) && !ng_strcmp (kw (c, b + 1), "for");
      if (!prep && ((ng_strcmp (w, "eve") && ng_strcmp (w, "ahead") && ng_strcmp (w, "run-up")) || ng_strcmp (kw (c, b + 1), "of")))
        continue;
      gboolean plain = TRUE;
      for (guint i = b + 2; i < k && plain; i++)
        plain = tk (c, i)->kind != NG_TOK_PUNCT || !ng_strcmp (kw (c, i), "'s");
      if (plain)
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the meeting word k is what someone goes to: "to take part in
 * the summit", "to attend the session" (first: the sentence's first
 * token).  Such a meeting may be later than the sentence's verb. */
static gboolean
purpose_of (Ctx *c, guint k, guint first)
{
  /* back to the sentence's start or a punctuation mark, ten words at most
   * ("to attend the Shanghai Cooperation Organisation's heads of state
   * summit") */
  for (guint b = k; b > first && b + 11 > k; b--)
    {
      guint t = b - 1;
      if (tk (c, t)->kind == NG_TOK_PUNCT)
        return FALSE;
      if (t + 1 < k && !ng_strcmp (kw (c, t), "to")
          && (tok_in (c, t + 1, attend_verbs) || !ng_strcmp (kw (c, t + 1), "take")
              || !ng_strcmp (kw (c, t + 1), "participate")))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if person mention x leads a body named just before: "The RSF, led
 * by Gen. Mohamed Hamdan Dagalo, did not comment" (no one at a meeting). */
static gboolean
leads_body (Ctx *c, guint first, const NgMentionSpan *x)
{
  guint f = x->title >= 0 ? MIN (x->first, mn (c, (guint) x->title)->first) : x->first;
  /* (a rank's abbreviation before the name: "Gen.") */
  while (f > first + 1 && tk (c, f - 1)->kind != NG_TOK_WORD && c->art->text[tk (c, f - 1)->start] == '.')
    f -= 2;
  if (f < first + 4 || ng_strcmp (kw (c, f - 1), "by")
      || (ng_strcmp (kw (c, f - 2), "led") && ng_strcmp (kw (c, f - 2), "headed") && ng_strcmp (kw (c, f - 2), "run"))
      || tk (c, f - 3)->kind != NG_TOK_PUNCT || c->art->text[tk (c, f - 3)->start] != ',')
    return FALSE;
  for (guint m = 0; m < c->ex->ms->len; m++)
    if (mn (c, m)->last == f - 3 && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_ORG)
      return TRUE;
  return FALSE;
}

/* TRUE if the sentence says whether people were there without a verb of
 * coming: "were among those present", "stayed away", "skipped it",
 * "boycotted". */
static gboolean
presence_said (Ctx *c, guint first, guint end)
{
  for (guint i = first; i < end; i++)
    {
      const char *w = kw (c, i);
      /* ("Around the table sat the foreign ministers of Brazil, X;
       * Argentina, Y; ...", "At the table were X and Y") */
      if (!ng_strcmp (w, "table") && i >= first + 2 && i + 1 < end && !ng_strcmp (kw (c, i - 1), "the")
          && (!ng_strcmp (kw (c, i - 2), "around") || !ng_strcmp (kw (c, i - 2), "at"))
          && (!ng_strcmp (kw (c, i + 1), "sat") || !ng_strcmp (kw (c, i + 1), "were")))
        return TRUE;
      /* ("X and Y were also at the table") */
      if (!ng_strcmp (w, "table") && i >= first + 3 && !ng_strcmp (kw (c, i - 1), "the") && !ng_strcmp (kw (c, i - 2), "at")
          && (!ng_strcmp (kw (c, i - 3), "were") || !ng_strcmp (kw (c, i - 3), "was") || !ng_strcmp (kw (c, i - 3), "also")))
        return TRUE;
      if (!ng_strcmp (w, "present") && i > first)
        {
          /* "were present", "among those present", "among the leaders present" */
          const char *b = kw (c, i - 1);
          if (!ng_strcmp (b, "those") || !ng_strcmp (b, "was") || !ng_strcmp (b, "were") || !ng_strcmp (b, "is")
              || !ng_strcmp (b, "are") || (!ng_strcmp (b, "also") && i == first + 1))
            return TRUE;
          /* ("X and Y were also present") */
          if (!ng_strcmp (b, "also") && i >= first + 2
              && (!ng_strcmp (kw (c, i - 2), "were") || !ng_strcmp (kw (c, i - 2), "was")))
            return TRUE;
          /* ("Among the heads of state present were X, Y and Z") */
          for (guint j = i >= first + 6 ? i - 6 : first; j < i; j++)
            if (!ng_strcmp (kw (c, j), "among"))
              return TRUE;
        }
      if ((!ng_strcmp (w, "stayed") || !ng_strcmp (w, "stays") || !ng_strcmp (w, "stay") || !ng_strcmp (w, "staying"))
          && i + 1 < end && !ng_strcmp (kw (c, i + 1), "away"))
        return TRUE;
      /* "The Paraguayan delegation was completed by X and Y" */
      if ((!ng_strcmp (w, "completed") || !ng_strcmp (w, "rounded")) && i + 1 < end && i > first
          && (!ng_strcmp (kw (c, i + 1), "by") || (!ng_strcmp (kw (c, i + 1), "out") && i + 2 < end
                                                   && !ng_strcmp (kw (c, i + 2), "by"))))
        for (guint j = first; j < i; j++)
          if (!ng_strcmp (kw (c, j), "delegation") || !ng_strcmp (kw (c, j), "delegations"))
            return TRUE;
      /* "In attendance were X, Y and Z", "Also in attendance were" */
      if (!ng_strcmp (w, "attendance") && i + 1 < end && i >= first + 1 && !ng_strcmp (kw (c, i - 1), "in")
          && (i == first + 1 || (i == first + 2 && !ng_strcmp (kw (c, first), "also")))
          && (!ng_strcmp (kw (c, i + 1), "were") || !ng_strcmp (kw (c, i + 1), "was")))
        return TRUE;
      /* "X and ministers from Y and Z are in attendance" */
      if (!ng_strcmp (w, "attendance") && i >= first + 2 && !ng_strcmp (kw (c, i - 1), "in")
          && (!ng_strcmp (kw (c, i - 2), "are") || !ng_strcmp (kw (c, i - 2), "were") || !ng_strcmp (kw (c, i - 2), "was")
              || !ng_strcmp (kw (c, i - 2), "is") || !ng_strcmp (kw (c, i - 2), "also")))
        return TRUE;
      if (!ng_strcmp (w, "skipped") || !ng_strcmp (w, "skips") || !ng_strcmp (w, "boycotted") || !ng_strcmp (w, "boycotts"))
        return TRUE;
      /* "Among them were X, Y and Z" (them: the people said to attend);
       * "Among those at the table were X, Y" */
      if (!ng_strcmp (w, "among") && i == first && i + 2 < end && !ng_strcmp (kw (c, i + 1), "them")
          && (!ng_strcmp (kw (c, i + 2), "were") || !ng_strcmp (kw (c, i + 2), "was")))
        return TRUE;
      if (!ng_strcmp (w, "among") && i == first && i + 5 < end && !ng_strcmp (kw (c, i + 1), "those")
          && (!ng_strcmp (kw (c, i + 2), "at") || !ng_strcmp (kw (c, i + 2), "around") || !ng_strcmp (kw (c, i + 2), "in"))
          && (!ng_strcmp (kw (c, i + 5), "were") || !ng_strcmp (kw (c, i + 5), "was")))
        return TRUE;
      /* "Also at the table were X and Y", "Also attending were X" */
      if (!ng_strcmp (w, "also") && i == first && i + 3 < end)
        {
          guint v = i + 1;
          if (!ng_strcmp (kw (c, v), "attending") || !ng_strcmp (kw (c, v), "participating"))
            v++;
          else if ((!ng_strcmp (kw (c, v), "at") || !ng_strcmp (kw (c, v), "in") || !ng_strcmp (kw (c, v), "around"))
                   && !ng_strcmp (kw (c, v + 1), "the") && v + 3 < end
                   && (!ng_strcmp (kw (c, v + 2), "table") || !ng_strcmp (kw (c, v + 2), "room")
                       || !ng_strcmp (kw (c, v + 2), "hall") || tok_in (c, v + 2, triggers)))
            {
              /* (and where: "Also at the table at the bloc's secretariat
               * were X") */
              v += 3;
              for (guint u = v; u < end && u < v + 6 && tk (c, u)->kind == NG_TOK_WORD; u++)
                if (!ng_strcmp (kw (c, u), "were") || !ng_strcmp (kw (c, u), "was"))
                  {
                    v = u;
                    break;
                  }
            }
          if (v > i + 1 && v < end && (!ng_strcmp (kw (c, v), "were") || !ng_strcmp (kw (c, v), "was")))
            return TRUE;
        }
      /* "On the Tanzanian side were X and Y" */
      if (!ng_strcmp (w, "on") && i == first && i + 4 < end && !ng_strcmp (kw (c, i + 1), "the")
          && (!ng_strcmp (kw (c, i + 3), "side") || (i + 5 < end && !ng_strcmp (kw (c, i + 4), "side")))
          && (!ng_strcmp (kw (c, i + 4), "were") || !ng_strcmp (kw (c, i + 4), "was")
              || (i + 5 < end && (!ng_strcmp (kw (c, i + 5), "were") || !ng_strcmp (kw (c, i + 5), "was")))))
        return TRUE;
      /* "Participants included X, Y and Z", "The attendees were X" */
      if ((!ng_strcmp (w, "participants") || !ng_strcmp (w, "attendees") || !ng_strcmp (w, "delegates")
           || !ng_strcmp (w, "speakers"))
          && (i == first || (i == first + 1 && !ng_strcmp (kw (c, first), "the"))) && i + 1 < end
          && (!ng_strcmp (kw (c, i + 1), "included") || !ng_strcmp (kw (c, i + 1), "include")
              || !ng_strcmp (kw (c, i + 1), "includes") || !ng_strcmp (kw (c, i + 1), "were")))
        return TRUE;
      /* "were among the delegates", "among the participants", "Among the
       * foreign delegations were X and Y" */
      if (!ng_strcmp (w, "among") && i + 2 < end && !ng_strcmp (kw (c, i + 1), "the"))
        {
          const char *n = kw (c, i + 2);
          for (guint j = i + 2; j < end && j < i + 4; j++)
            {
              const char *d = kw (c, j);
              if (!ng_strcmp (d, "delegates") || !ng_strcmp (d, "participants") || !ng_strcmp (d, "attendees")
                  || !ng_strcmp (d, "guests") || !ng_strcmp (d, "speakers") || !ng_strcmp (d, "delegations"))
                return TRUE;
            }
          /* ("were among the ministers in the room", "among the leaders
           * at the table") */
          if (!ng_strcmp (n, "ministers") || !ng_strcmp (n, "leaders") || !ng_strcmp (n, "officials")
              || !ng_strcmp (n, "dignitaries"))
            for (guint j = i + 3; j + 2 < end && j < i + 5; j++)
              if ((!ng_strcmp (kw (c, j), "in") || !ng_strcmp (kw (c, j), "at") || !ng_strcmp (kw (c, j), "around"))
                  && !ng_strcmp (kw (c, j + 1), "the")
                  && (!ng_strcmp (kw (c, j + 2), "room") || !ng_strcmp (kw (c, j + 2), "table") || !ng_strcmp (kw (c, j + 2), "hall")
                      || tok_in (c, j + 2, triggers)))
                return TRUE;
        }
      /* "X delivered a statement on debt relief", "gave a speech" at the
       * meeting said just before */
      if ((!ng_strcmp (w, "delivered") || !ng_strcmp (w, "delivers") || !ng_strcmp (w, "gave"))
          && c->last_meeting_sent + 3 >= c->sent && i + 2 < end)
        for (guint j = i + 2; j < end && j < i + 4; j++)
          if (!ng_strcmp (kw (c, j), "statement") || !ng_strcmp (kw (c, j), "speech") || !ng_strcmp (kw (c, j), "address")
              || !ng_strcmp (kw (c, j), "keynote"))
            return TRUE;
      /* "The ECOWAS Commission President, X, presented the annual report
       * of the Commission" to the meeting said before */
      if ((!ng_strcmp (w, "presented") || !ng_strcmp (w, "presents")) && c->last_meeting_sent + 2 >= c->sent)
        for (guint j = i + 1; j < end && j < i + 5; j++)
          if (!ng_strcmp (kw (c, j), "report"))
            return TRUE;
      /* "The communique read by the MRU Secretary General, X, directs ..." */
      if (!ng_strcmp (w, "read") && i + 1 < end && !ng_strcmp (kw (c, i + 1), "by") && i > first
          && (sentence_has (c, first, i, "communique") || sentence_has (c, first, i, "declaration")
              || sentence_has (c, first, i, "statement")))
        return TRUE;
      /* "The Cuban delegation also included X and Y", "Her delegation
       * comprised X, Y and Z" */
      static const char *const made_of[] = { "included", "includes", "comprised", "comprises", "consisted", "consists",
                                             NULL };
      if ((w[0] == 'i' || w[0] == 'c') && word_in (w, made_of) && has_word (c, first, i, delegation_words))
        return TRUE;
      /* "is also due in Kazan", as "expected in" */
      if (!ng_strcmp (w, "due") && i + 1 < end && (!ng_strcmp (kw (c, i + 1), "in") || !ng_strcmp (kw (c, i + 1), "at")))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the meeting verb k says the last meeting of its people: "Lai
 * last hosted X in Taipei on June 5", "the two ministers last met in
 * Tianjin": a meeting of its own, kept apart from the article's. */
static gboolean
last_met (Ctx *c, guint k, guint first)
{
  /* (or "first met": "X and Y first met in November last year on the
   * sidelines of COP29 in Baku") */
  if (k <= first || (ng_strcmp (kw (c, k - 1), "last") && ng_strcmp (kw (c, k - 1), "first")))
    return FALSE;
  const char *w = kw (c, k);
  return tok_in (c, k, verb_triggers) || !ng_strcmp (w, "hosted") || !ng_strcmp (w, "welcomed");
}

/* TRUE if the meeting word k is another instance than the one the article
 * reports: "the next meeting", "the previous summit", "last year's
 * session". */
static gboolean
another_instance (Ctx *c, guint k, guint first)
{
  /* "the sides will meet again next month" */
  if (!ng_strcmp (kw (c, k + 1), "again"))
    return TRUE;
  /* "the negotiations held recently in Ankara": talks before the
   * article's */
  if (!ng_strcmp (kw (c, k + 1), "held")
      && (!ng_strcmp (kw (c, k + 2), "recently") || !ng_strcmp (kw (c, k + 2), "earlier")
          || !ng_strcmp (kw (c, k + 2), "previously")))
    return TRUE;
  /* "The third summit will be held in China in 2027": an ordinal, a plan
   * and a year not the article's */
  if (k > first && ordinal_at (c, k - 1))
    {
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      gboolean will = FALSE, year = FALSE, next_year = FALSE;
      for (guint i = k + 1; i < sp->first + sp->n; i++)
        {
          will = will || !ng_strcmp (kw (c, i), "will") || !ng_strcmp (kw (c, i), "would");
          /* ("the 8th session of the council would be held in Türkiye
           * next year"; "agreed to convene the tenth meeting in Amman next
           * year": no plan word needed) */
          next_year = next_year || (!ng_strcmp (kw (c, i), "next") && i + 1 < sp->first + sp->n
                                    && !ng_strcmp (kw (c, i + 1), "year"));
          year = year || next_year;
          const NgToken *t = tk (c, i);
          if (t->kind == NG_TOK_NUMBER && ng_token_len (t) == 4)
            {
              gint y = atoi (c->art->text + t->start);
              year = year || (y >= 1900 && y != c->adate.year);
            }
        }
      if ((will && year) || next_year)
        return TRUE;
    }
  /* "the agreements reached at the summit between X and Y last June": a
   * summit named with a past month or year of its own (not "since last
   * year", not "met ... last June", which may be the article's meeting) */
  if (!tok_in (c, k, verb_triggers))
    {
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      guint stop = MIN (sp->first + sp->n, k + 10);
      for (guint i = k + 1; i + 1 < stop; i++)
        {
          const char *w = kw (c, i);
          if (!ng_strcmp (w, "said") || !ng_strcmp (w, "says") || !ng_strcmp (w, "which") || !ng_strcmp (w, "where"))
            break;
          if (ng_strcmp (w, "last") || !ng_strcmp (kw (c, i - 1), "since") || !ng_strcmp (kw (c, i - 1), "than"))
            continue;
          const NgToken *n = tk (c, i + 1);
          if (!ng_strcmp (kw (c, i + 1), "year") || !ng_strcmp (kw (c, i + 1), "month")
              || ng_date_month (c->art->text + n->start, ng_token_len (n)) > 0)
            return TRUE;
        }
      /* "hosted the 18th summit in Kathmandu in November 2014", "its
       * session in Pokhara in March 2016": a year before the article's */
      stop = MIN (sp->first + sp->n, k + 14);
      for (guint i = k + 1; i + 1 < stop && c->have_date && c->adate.year; i++)
        {
          const char *w = kw (c, i);
          if (!ng_strcmp (w, "said") || !ng_strcmp (w, "says"))
            break;
          if (ng_strcmp (w, "in"))
            continue;
          guint y = i + 1;
          const NgToken *n = tk (c, y);
          if (ng_date_month (c->art->text + n->start, ng_token_len (n)) > 0 && y + 1 < stop)
            n = tk (c, ++y);
          if (n->kind == NG_TOK_NUMBER && ng_token_len (n) == 4)
            {
              gint year = atoi (c->art->text + n->start);
              if (year >= 1900 && year < c->adate.year)
                return TRUE;
            }
        }
    }
  /* "will host the leaders' summit in Kananaskis, Alta., in June", "he
   * would host an informal consultation of ASEAN foreign ministers on
   * Myanmar in the Thai capital, Bangkok, in December": a plan for a
   * month not the article's */
  if (c->have_date && c->adate.month)
    {
      gboolean will = FALSE;
      /* (or any plan: "are expected to hold a ministerial meeting of the
       * Astana format ... in New York in September") */
      for (guint b = k >= first + 5 ? k - 5 : first; b < k && !will; b++)
        will = tok_in (c, b, planned_words);
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      for (guint i = k + 1; will && i + 1 < sp->first + sp->n && i < k + 20; i++)
        {
          if (ng_strcmp (kw (c, i), "in"))
            continue;
          const NgToken *n = tk (c, i + 1);
          gint mo = ng_date_month (c->art->text + n->start, ng_token_len (n));
          if (mo > 0 && mo != c->adate.month)
            return TRUE;
        }
    }
  for (guint b = k >= first + 4 ? k - 4 : first; b < k; b++)
    {
      const char *w = kw (c, b);
      /* (not a time of the sentence's own doing: "will travel to Nairobi
       * next week for talks"; but "next year's summit") */
      const NgToken *nx = tk (c, b + 1);
      gboolean when = (!ng_strcmp (kw (c, b + 1), "week") || !ng_strcmp (kw (c, b + 1), "month")
                       || !ng_strcmp (kw (c, b + 1), "year") || !ng_strcmp (kw (c, b + 1), "weekend")
                       || ng_date_weekday_of_word (c->art->text + nx->start, ng_token_len (nx))
                       || ng_date_month (c->art->text + nx->start, ng_token_len (nx)))
                      && !(nx->flags & NG_TF_POSS) && b + 1 < k;
      /* (and "briefed the meeting on his recent consultations in Bamako":
       * done before, the article's meeting is not) */
      if ((!ng_strcmp (w, "next") || !ng_strcmp (w, "previous") || !ng_strcmp (w, "upcoming")
           || !ng_strcmp (w, "recent")) && !when)
        return TRUE;
      /* "signed at the 2022 meeting in Cholpon-Ata", "the 2019 Osaka
       * summit": a year of its own, not the article's */
      const NgToken *n = tk (c, b);
      if (n->kind == NG_TOK_NUMBER && ng_token_len (n) == 4 && c->have_date && c->adate.year && b + 3 >= k)
        {
          gint year = atoi (c->art->text + n->start);
          if (year >= 1900 && year != c->adate.year)
            return TRUE;
        }
      static const char *const last_kinds[] = {
        "ministerial", "bilateral", "trilateral", "tripartite", "joint", "annual", "ordinary", "regular", "plenary",
        "informal", "extraordinary", "official", "formal", "summit", "leaders", "leaders'", "ministers'", NULL
      };
      /* "the last summit", "last year's summit"; not "the last day of the
       * summit", nor "X last met Y", a meeting of its own (last_met) */
      if ((!ng_strcmp (w, "last") || !ng_strcmp (w, "past"))
          && ((b + 1 == k && !last_met (c, k, first)) || !ng_strcmp (kw (c, b + 1), "year")
              /* ("the last ministerial meeting on the project") */
              /* (or a body's: "the commission's last ministerial meeting") */
              || (b + 2 == k && b > first
                  && (!ng_strcmp (kw (c, b - 1), "the") || !ng_strcmp (kw (c, b - 1), "its")
                      || (tk (c, b - 1)->flags & NG_TF_POSS))
                  && tk (c, b + 1)->kind == NG_TOK_WORD
                  && !(tk (c, b + 1)->flags & NG_TF_CAP) && word_in (kw (c, b + 1), last_kinds)))
          /* (not "his last summit of the bloc": his final one, this one) */
          && !(b > first && (!ng_strcmp (kw (c, b - 1), "his") || !ng_strcmp (kw (c, b - 1), "her")
                             || !ng_strcmp (kw (c, b - 1), "their"))))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the article already has a meeting of org and body on that day. */
static gboolean
have_meeting_on (Ctx *c, gint org, gint body, const char *date)
{
  for (guint i = 0; i < c->doc->meetings->len; i++)
    {
      const NgMeeting *m = &g_array_index (c->doc->meetings, NgMeeting, i);
      if (m->organizer == org && g_array_index (c->bodies, gint, i) == body && m->date && !ng_strcmp (m->date, date))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if a person of the sentence is named before token b. */
static gboolean
person_before (Ctx *c, guint b)
{
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id >= 0 && ent (c, id)->kind == NG_KIND_PERSON && mn (c, m)->last < b)
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the words before the meeting verb k are holders of a post in
 * two or more countries, and nothing else: "The foreign ministers of Iran
 * and Saudi Arabia met", "Iranian and Saudi foreign ministers met",
 * "Leaders of Vietnam, Laos and Cambodia met".  Fills d (post, countries). */
static gboolean described_subject_scan (Ctx *c, guint first, guint k, Described *d);

static gboolean
described_subject (Ctx *c, guint first, guint k, Described *d)
{
  /* (the post is the caller's only when the answer is TRUE) */
  d->post = NULL;
  if (described_subject_scan (c, first, k, d))
    return TRUE;
  g_clear_pointer (&d->post, g_free);
  return FALSE;
}

static gboolean
described_subject_scan (Ctx *c, guint first, guint k, Described *d)
{
  static const char *const plurals[] = {
    "ministers", "leaders", "presidents", "premiers", "chiefs", "heads", "officials", "delegations",
    "negotiators", "envoys", "diplomats", NULL
  };
  if (k < first + 3 || k > first + 16)
    return FALSE;
  memset (d, 0, sizeof *d);
  gint role = -1;
  guint i = first;
  while (i < k)
    {
      const NgToken *t = tk (c, i);
      /* a country, or a demonym */
      gboolean in_mention = FALSE;
      for (guint m = 0; m < c->ex->ms->len; m++)
        {
          NgMentionSpan *x = mn (c, m);
          if (x->first != i)
            continue;
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          gint country = -1;
          /* ("Senior US and Russian officials": a capitalized first word
           * that names nobody) */
          if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON && id < 0 && i == first && x->last == i + 1)
            {
              i = x->last;
              in_mention = TRUE;
              break;
            }
          if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_COUNTRY && id >= 0)
            country = id;
          else if (x->role == NG_MS_DEMONYM && x->lex && x->lex->cls == NG_LEX_COUNTRY)
            country = entity_for_lex (c, x->lex, NG_KIND_COUNTRY, NULL, where_of (c, x->start, x->end));
          else
            return FALSE;   /* a person, an organization, a title: not this */
          if (d->n < DESCRIBED_MAX)
            d->countries[d->n++] = country;
          i = x->last;
          in_mention = TRUE;
          break;
        }
      if (in_mention)
        continue;
      if (t->kind == NG_TOK_PUNCT && c->art->text[t->start] == ',')
        {
          i++;
          continue;
        }
      if (t->kind != NG_TOK_WORD)
        return FALSE;
      const char *w = kw (c, i);
      gboolean plural = FALSE;
      for (const char *const *p = plurals; *p && !plural; p++)
        plural = !ng_strcmp (w, *p);
      if (plural && role < 0)
        {
          role = (gint) i;
          /* the kind of minister: "foreign", "defence", "finance" */
          GString *post = g_string_new (NULL);
          if (!ng_strcmp (w, "ministers"))
            {
              guint b = i;
              while (b > first && tk (c, b - 1)->kind == NG_TOK_WORD && !(tk (c, b - 1)->flags & NG_TF_CAP)
                     && ng_strcmp (kw (c, b - 1), "the") && ng_strcmp (kw (c, b - 1), "and") && b + 2 > i)
                b--;
              if (b == i)
                {
                  g_string_free (post, TRUE);
                  return FALSE;   /* which ministers? */
                }
              for (guint j = b; j < i; j++)
                {
                  const char *pw = kw (c, j);
                  g_string_append (post, !ng_strcmp (pw, "defence") ? "defense" : pw);
                  g_string_append_c (post, ' ');
                }
              g_string_append (post, "minister");
            }
          else if (!ng_strcmp (w, "presidents") || !ng_strcmp (w, "premiers"))
            g_string_append (post, !ng_strcmp (w, "presidents") ? "president" : "premier");
          /* ("US and Russian officials": nobody by a post) */
          else if (ng_strcmp (w, "leaders") && ng_strcmp (w, "chiefs") && ng_strcmp (w, "heads"))
            g_string_append (post, "-");
          d->post = g_string_free (post, FALSE);
          i++;
          continue;
        }
      /* "the", "and", "of", "top", and the kind of minister */
      if (!(t->flags & NG_TF_CAP) || i == first)
        {
          i++;
          continue;
        }
      g_free (d->post);
      d->post = NULL;
      return FALSE;
    }
  if (role < 0 || d->n < 2)
    {
      g_free (d->post);
      d->post = NULL;
      return FALSE;
    }
  return TRUE;
}

/* TRUE if a post (its title folded) is the one described ("" for leaders). */
static gboolean
described_post (const char *want, const char *title)
{
  g_autofree char *t = ng_fold_plain (title);
  for (char *p = strstr (t, "defence"); p; p = strstr (p, "defence"))
    memcpy (p, "defense", 7);
  if (want[0])
    return !ng_strcmp (t, want);
  static const char *const heads[] = {
    "president", "prime minister", "chancellor", "premier", "king", "queen", "emir", "sultan",
    "crown prince", "supreme leader", "head of state", "head of government", NULL
  };
  for (const char *const *h = heads; *h; h++)
    if (!ng_strcmp (t, *h))
      return TRUE;
  return FALSE;
}

/* The people of described meetings: whoever holds the post in one of the
 * countries, once the article has said who they are. */
static void
attend_described (Ctx *c)
{
  guint saved = c->sent;
  for (guint i = 0; c->described && i < c->described->len; i++)
    {
      Described *d = &g_array_index (c->described, Described, i);
      for (guint p = 0; p < c->doc->posts->len; p++)
        {
          const NgPost *post = &g_array_index (c->doc->posts, NgPost, p);
          gboolean here = FALSE;
          for (guint j = 0; j < d->n && !here; j++)
            here = post->of == d->countries[j];
          if (!here || !described_post (d->post, post->title))
            continue;
          c->sent = d->where.sentence;
          attend (c, d->meeting, post->person, NG_MODE_IN_PERSON, d->status, FALSE, d->where.start, d->where.end);
        }
      g_free (d->post);
    }
  c->sent = saved;
}

/* TRUE if the sentence's subject, before the meeting word k, is the
 * people said before: "The two leaders", "Both ministers", "The three
 * presidents". */
static gboolean
pair_subject (Ctx *c, guint first, guint k)
{
  static const char *const counts[] = { "two", "three", "four", "both", NULL };
  static const char *const who[] = {
    "leaders", "ministers", "presidents", "heads", "sides", "men", "women", "officials", "diplomats",
    "delegations", "premiers", "counterparts", "chiefs", "secretaries", "envoys", NULL
  };
  guint i = first;
  if (i < k && !ng_strcmp (kw (c, i), "the"))
    i++;
  if (i + 1 >= k)
    return FALSE;
  gboolean count = FALSE, person = FALSE;
  for (const char *const *w = counts; *w && !count; w++)
    count = !ng_strcmp (kw (c, i), *w);
  guint j = i + 1;
  if (j + 1 < k && tk (c, j)->kind == NG_TOK_WORD && !(tk (c, j)->flags & NG_TF_CAP)
      && (!ng_strcmp (kw (c, j), "foreign") || !ng_strcmp (kw (c, j), "defence") || !ng_strcmp (kw (c, j), "defense")
          || !ng_strcmp (kw (c, j), "prime") || !ng_strcmp (kw (c, j), "top") || !ng_strcmp (kw (c, j), "finance")
          || !ng_strcmp (kw (c, j), "trade")))
    j++;
  for (const char *const *w = who; *w && !person; w++)
    person = !ng_strcmp (kw (c, j), *w);
  return count && person;
}

/* TRUE if person holds a post whose title has the word (lowercase), not
 * a deputy's ("Both ministers" are not their deputies). */
static gboolean
holds_post_word (Ctx *c, gint person, const char *word)
{
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      const NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      if (po->person != person)
        continue;
      g_autofree char *t = g_ascii_strdown (po->title, -1);
      if (strstr (t, word) && !strstr (t, "deputy") && !strstr (t, "vice") && !strstr (t, "assistant"))
        return TRUE;
    }
  return FALSE;
}

/* The post word "Both ministers" or "The two presidents" at token first
 * name ("minister", "president"), or NULL ("The two leaders"). */
static const char *
pair_post (Ctx *c, guint first)
{
  guint i = first;
  if (!ng_strcmp (kw (c, i), "the"))
    i++;
  const char *noun = kw (c, i + 1);
  /* ("The two defense chiefs": the people of defence posts; "the two
   * prime ministers") */
  if (!ng_strcmp (noun, "defence") || !ng_strcmp (noun, "defense"))
    return "defen";
  if (!ng_strcmp (noun, "finance") || !ng_strcmp (noun, "trade"))
    return noun;
  if (!ng_strcmp (noun, "foreign"))
    noun = kw (c, i + 2);
  if (!ng_strcmp (noun, "prime"))
    return "prime minister";
  return !ng_strcmp (noun, "ministers") ? "minister" : !ng_strcmp (noun, "presidents") ? "president" : NULL;
}

/* The meeting whose people "Both ministers" are: the latest before
 * `before` (from prev back) where two or more people hold such a post;
 * prev if none, or for "The two leaders". */
static gint
pair_meeting (Ctx *c, const char *post, gint prev, gint before)
{
  if (!post)
    return prev;
  for (gint m = MIN (prev, before - 1); m >= 0; m--)
    {
      guint posted = 0;
      for (guint a = 0; a < c->doc->attendance->len; a++)
        {
          const NgAttendance *at = &g_array_index (c->doc->attendance, NgAttendance, a);
          if (at->meeting == m && at->status != NG_STATUS_ABSENT && holds_post_word (c, at->person, post))
            posted++;
        }
      if (posted >= 2)
        return m;
    }
  return prev;
}

/* TRUE if the sub-event word k is an event of its own: indefinite ("a
 * state banquet"), given by a host (a host verb before it), and someone
 * of the sentence is not at the article's last meeting ("King Charles III
 * hosted Trump for a state banquet" after talks of Trump and Starmer). */
static gboolean
own_banquet (Ctx *c, guint first, guint k)
{
  gboolean indef = FALSE;
  for (guint b = k; b > first && b + 4 > k && !indef; b--)
    {
      const char *w = kw (c, b - 1);
      /* (or none: "hosted X, Y and Z for dinner") */
      if (!ng_strcmp (w, "a") || !ng_strcmp (w, "an") || (b == k && !ng_strcmp (w, "for")))
        indef = TRUE;
      else if (tk (c, b - 1)->kind != NG_TOK_WORD || !ng_strcmp (w, "separate"))
        break;   /* ("a separate reception" is the article's meeting's, apart) */
    }
  if (!indef || !has_word (c, first, k, host_verbs))
    return FALSE;
  for (guint p = 0; p < c->ex->people->len; p++)
    if (!attends (c, c->last_meeting, g_array_index (c->ex->people, gint, p)))
      return TRUE;
  return FALSE;
}

/* TRUE if a person named before meeting word k chairs or hosts it: "X
 * chaired the Gulf Cooperation Council-United States summit in Riyadh,
 * attended by Y" (a meeting of its own, though no organizer is named);
 * or one named just after it: "in a meeting hosted by X". */
static gboolean
chaired_by_person (Ctx *c, guint first, guint k)
{
  for (guint b = k > first + 8 ? k - 8 : first; b < k; b++)
    {
      const char *w = kw (c, b);
      if (ng_strcmp (w, "chaired") && ng_strcmp (w, "chairs") && ng_strcmp (w, "hosted") && ng_strcmp (w, "hosts")
          && ng_strcmp (w, "convened") && ng_strcmp (w, "opened") && ng_strcmp (w, "presided"))
        continue;
      for (guint p = 0; p < c->ex->people->len; p++)
        if (mn (c, g_array_index (c->ex->people_m, guint, p))->last <= b
            && mn (c, g_array_index (c->ex->people_m, guint, p))->last + 2 >= b)
          return TRUE;
    }
  /* "in a meeting hosted by Norwegian Defence Minister X", "talks
   * chaired by X": the person after the meeting word */
  guint v = k + 1;
  /* (over the meeting's place: "a trilateral meeting in the Jordanian
   * capital, Amman, hosted by") */
  if (!ng_strcmp (kw (c, v), "in") || !ng_strcmp (kw (c, v), "at"))
    for (guint q = v + 1; q < v + 9 && q < c->ex->text->tokens->len; q++)
      {
        const char *x = kw (c, q);
        if (!ng_strcmp (x, "chaired") || !ng_strcmp (x, "hosted") || !ng_strcmp (x, "convened")
            || !ng_strcmp (x, "co chaired") || !ng_strcmp (x, "co hosted"))
          {
            v = q;
            break;
          }
        if (tk (c, q)->kind == NG_TOK_PUNCT && c->art->text[tk (c, q)->start] != ',')
          break;
      }
  const char *w = kw (c, v);
  if (!ng_strcmp (w, "chaired") || !ng_strcmp (w, "hosted") || !ng_strcmp (w, "convened")
      || !ng_strcmp (w, "co chaired") || !ng_strcmp (w, "co hosted"))
    v++;
  else if (!ng_strcmp (w, "presided") && !ng_strcmp (kw (c, v + 1), "over"))
    v += 2;
  else
    return FALSE;
  if (ng_strcmp (kw (c, v), "by"))
    return FALSE;
  for (guint p = 0; p < c->ex->people->len; p++)
    {
      const NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
      /* (a title before the name, its comma between: "hosted by the
       * Jordanian Minister of Transport, Nidal Qatamine") */
      guint start = x->first;
      if (x->title >= 0 && mn (c, (guint) x->title)->first > v && mn (c, (guint) x->title)->last < x->first)
        start = mn (c, (guint) x->title)->first;
      if (start <= v || start > v + 6)
        continue;
      gboolean broken = FALSE;
      for (guint b = v + 1; b < start && !broken; b++)
        broken = tk (c, b)->kind == NG_TOK_PUNCT;
      if (!broken)
        return TRUE;
    }
  return FALSE;
}

/* The person mention a relative clause holding meeting word k is said
 * of ("Rubio, who was in Istanbul for a NATO meeting, met Fidan"), or -1
 * (k not in such a clause). */
static gint
relative_owner (Ctx *c, guint first, guint k)
{
  for (guint b = k; b > first + 1 && b + 16 > k; b--)
    {
      const NgToken *t = tk (c, b - 1);
      if (t->kind == NG_TOK_PUNCT && c->art->text[t->start] == ',')
        {
          /* (not the commas of "in Yokohama, Japan, for the TICAD": a
           * place and its country) */
          gboolean place = FALSE;
          for (guint m = 0; m < c->ex->ms->len && !place; m++)
            {
              const NgMentionSpan *y = mn (c, m);
              place = y->role == NG_MS_ENTITY && (y->kind == NG_KIND_CITY || y->kind == NG_KIND_COUNTRY)
                      && (y->last == b - 1 || y->first == b);
            }
          if (place)
            continue;
          return -1;   /* the clause closed before k */
        }
      if (ng_strcmp (kw (c, b - 1), "who") || b - 1 < first + 1)
        continue;
      const NgToken *comma = tk (c, b - 2);
      if (comma->kind != NG_TOK_PUNCT || c->art->text[comma->start] != ',')
        return -1;
      for (guint m = 0; m < c->ex->ms->len; m++)
        if (mn (c, m)->last == b - 2 && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON)
          return (gint) m;
      return -1;
    }
  return -1;
}

/* TRUE if meeting word k is in a clause of "where" after a comma: "took
 * part by video link from Brussels, where she was attending a meeting of
 * EU foreign ministers". */
static gboolean
where_clause (Ctx *c, guint first, guint k)
{
  for (guint b = k; b > first + 1 && b + 10 > k; b--)
    {
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
        return FALSE;
      if (!ng_strcmp (kw (c, b - 1), "where"))
        return tk (c, b - 2)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 2)->start] == ',';
    }
  return FALSE;
}

/* TRUE if meeting word k is held by video: "held a meeting with ... via
 * videoconference" (a holding verb before it, the video after it in the
 * clause). */
static gboolean
held_by_video (Ctx *c, guint k, guint first, guint end)
{
  gboolean held = FALSE;
  for (guint b = k > first + 4 ? k - 4 : first; b < k; b++)
    {
      const char *w = kw (c, b);
      held = held || !ng_strcmp (w, "held") || !ng_strcmp (w, "holds") || !ng_strcmp (w, "hold") || !ng_strcmp (w, "chaired")
             || !ng_strcmp (w, "convened") || !ng_strcmp (w, "chairs");
    }
  if (!held)
    return FALSE;
  for (guint i = k + 1; i + 1 < end && i < k + 14; i++)
    {
      if (tk (c, i)->kind == NG_TOK_PUNCT && strchr (",;", c->art->text[tk (c, i)->start]))
        return FALSE;
      const char *w = kw (c, i), *n = kw (c, i + 1);
      if ((!ng_strcmp (w, "via") || !ng_strcmp (w, "by"))
          && (!ng_strcmp (n, "videoconference") || !ng_strcmp (n, "video") || !ng_strcmp (n, "videolink")))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if every person of the sentence comes after meeting word k as its
 * host: "met ..., hosted by X" (none at all will do). */
static gboolean
only_hosts (Ctx *c, guint k)
{
  GArray *people = c->ex->people;
  for (guint p = 0; p < people->len; p++)
    {
      NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
      guint f = x->title >= 0 ? MIN (x->first, mn (c, (guint) x->title)->first) : x->first;
      while (f > k + 1 && mn_is_demonym_at (c, f - 1))
        f--;
      if (f < k + 3 || ng_strcmp (kw (c, f - 1), "by")
          || (ng_strcmp (kw (c, f - 2), "hosted") && ng_strcmp (kw (c, f - 2), "chaired")))
        return FALSE;
    }
  return TRUE;
}

/* TRUE for a debate that is an assembly's sitting: "the general debate",
 * "the debate of the Security Council" (not "a debate over tariffs"). */
static gboolean
assembly_debate (Ctx *c, guint k, guint first, guint end)
{
  if (ng_strcmp (kw (c, k), "debate"))
    return FALSE;
  return (k > first && !ng_strcmp (kw (c, k - 1), "general"))
    || (k + 2 < end && !ng_strcmp (kw (c, k + 1), "of") && !ng_strcmp (kw (c, k + 2), "the"));
}

/* TRUE for an assembly or congress counted as a sitting: "the 43rd
 * General Assembly of the AIPA opened", "the 77th World Health Assembly"
 * (an ordinal before it, over capitalized words only). */
static gboolean
numbered_sitting (Ctx *c, guint k, guint first)
{
  /* (or a congress by its kind of sitting: "at an Extraordinary Congress",
   * "its annual congress", "the party congress"; an assembly too) */
  if (!ng_strcmp (kw (c, k), "congress") && k > first
      && (word_in (kw (c, k - 1), ng_mention_sitting_words) || !ng_strcmp (kw (c, k - 1), "party")))
    return TRUE;
  /* ("an Extraordinary General Assembly", "its annual assembly") */
  if (!ng_strcmp (kw (c, k), "assembly") && k > first)
    {
      guint b = k - 1;
      if (!ng_strcmp (kw (c, b), "general") && b > first)
        b--;
      if (word_in (kw (c, b), ng_mention_sitting_words))
        return TRUE;
      /* (in small letters, a body's sitting: "the POC general assembly on
       * Wednesday approved", "attended the assembly at the East Ocean
       * Palace"; not "the National Assembly") */
      if (!(tk (c, k)->flags & NG_TF_CAP)
          && (!ng_strcmp (kw (c, k - 1), "general")
              || (!ng_strcmp (kw (c, k - 1), "the") && k >= first + 2 && tok_in (c, k - 2, attend_verbs))))
        return TRUE;
    }
  return (!ng_strcmp (kw (c, k), "assembly") || !ng_strcmp (kw (c, k), "congress")) && ordinal_before (c, k, first, 4) >= 0;
}

/* The body that deliberates, the sentence's subject, and decides with
 * verb k on a day: "The Central Executive Committee (CEC) of the Pakistan
 * Peoples Party (PPP) on Friday authorised ...", "The board on Tuesday
 * approved ..." (a meeting of that body); -1 if none. */
static gint
deciding_body (Ctx *c, guint k, guint first, guint end)
{
  static const char *const deliberative[] = { "committee", "council", "board", "cabinet", "executive", "presidium",
                                              "politburo", "caucus", "congress", NULL };
  if (!tok_in (c, k, decide_verbs))
    return -1;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->first > first + 1 || x->last > k)
        continue;
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || id < 0)
        return -1;
      const char *name = ent (c, id)->name;
      gboolean body = FALSE;
      for (const char *const *d = deliberative; *d && !body; d++)
        body = head_word_is (name, *d) || !g_ascii_strcasecmp (name, *d);
      /* (named as "X of the Y": its own head) */
      const char *of = strstr (name, " of ");
      for (const char *const *d = deliberative; of && *d && !body; d++)
        body = (gsize) (of - name) >= strlen (*d) && !g_ascii_strncasecmp (of - strlen (*d), *d, strlen (*d));
      gboolean day = FALSE;
      for (guint i = x->last; i < k + 3 && i < end && !day; i++)
        day = ng_date_weekday_of_word (c->art->text + tk (c, i)->start, ng_token_len (tk (c, i))) > 0;
      return body && day ? id : -1;
    }
  return -1;
}

/* TRUE if the verb k says a body's group met, with no meeting word: "The
 * defense ministers of the Central European Defence Cooperation (CEDC)
 * agreed on Thursday in Budapest to hold ...", "Leaders of the EAC
 * pledged in Arusha ..." (a group's noun, then the body, before a verb
 * of deciding; and "in <city>" after it). */
static gboolean
group_decides (Ctx *c, guint k, guint first, guint end)
{
  static const char *const group[] = { "ministers", "leaders", "heads", "delegates", "presidents", "envoys",
                                       "chiefs", NULL };
  if (!tok_in (c, k, decide_verbs))
    return FALSE;
  if (deciding_body (c, k, first, end) >= 0)
    return TRUE;
  gboolean grp = FALSE, org = FALSE, city = FALSE;
  guint countries = 0;
  /* (or of a number of countries: "Energy ministers of seven countries
   * along the corridor agreed in Sofia") */
  static const char *const numbers[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                         "eleven", "twelve", "several", "the", NULL };
  static const char *const lands[] = { "countries", "nations", "states", "member", "governments", NULL };
  gboolean counted = FALSE;
  for (guint b = k > first + 30 ? k - 30 : first; b < k; b++)
    {
      grp = grp || word_in (kw (c, b), group);
      counted = counted || (word_in (kw (c, b), group) && b + 3 < k && !ng_strcmp (kw (c, b + 1), "of")
                            && (word_in (kw (c, b + 2), numbers) || tk (c, b + 2)->kind == NG_TOK_NUMBER)
                            && ng_strcmp (kw (c, b + 2), "the") && word_in (kw (c, b + 3), lands));
    }
  org = counted;
  for (guint m = 0; grp && m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_ENTITY || g_array_index (c->ex->ment_ent, gint, m) < 0)
        continue;
      if (x->kind == NG_KIND_ORG && x->last <= k && x->first + 12 >= k)
        org = TRUE;
      /* (or two countries or more: "The Ministers of Foreign Affairs of
       * the DRC, X, and of Rwanda, Y, agreed on Saturday in Luanda") */
      if (x->kind == NG_KIND_COUNTRY && x->last <= k && x->first + 24 >= k && x->first >= first)
        countries++;
      if (x->kind == NG_KIND_CITY && x->first > k && x->first < end && !ng_strcmp (kw (c, x->first - 1), "in"))
        city = TRUE;
    }
  return grp && (org || countries >= 2) && city;
}

/* TRUE if someone of the sentence hosts a group for the meeting word k:
 * "X hosted European leaders in London on Sunday for talks". */
static gboolean
hosts_group (Ctx *c, guint first, guint k)
{
  if (!c->ex->people->len)
    return FALSE;
  for (guint b = first; b + 1 < k; b++)
    if (!ng_strcmp (kw (c, b), "hosted") || !ng_strcmp (kw (c, b), "hosts") || !ng_strcmp (kw (c, b), "hosting")
        || !ng_strcmp (kw (c, b), "host")
        /* ("welcomed the leaders of Denmark, Finland and Norway to Downing
         * Street for talks") */
        || !ng_strcmp (kw (c, b), "welcomed") || !ng_strcmp (kw (c, b), "welcomes")
        /* ("received on Friday the heads of state of South America ...
         * for a retreat") */
        || !ng_strcmp (kw (c, b), "received") || !ng_strcmp (kw (c, b), "receives"))
      /* (up to "hosted her French and Polish counterparts") */
      for (guint g = b + 1; g < k && g <= b + 6; g++)
        for (const char *const *w = groups; *w; w++)
          if (!ng_strcmp (kw (c, g), *w))
            return TRUE;
  return FALSE;
}

/* Where the topic of meeting word k starts, before end ("held talks with
 * X on the reopening of the consulate in Benghazi", "met to discuss the
 * corridor that will link Mato Grosso do Sul with Antofagasta"): a place
 * after it is the topic's, not the meeting's, unless a day follows it
 * ("held talks on trade in Beijing on Monday"); end if none. */
static guint
topic_start (Ctx *c, guint k, guint end)
{
  static const char *const not_topic[] = {
    "sidelines", "margins", "fringes", "occasion", "eve", "day", "same", "island", "way", "phone", "telephone",
    "morning", "evening", "afternoon", "night", "weekend", "first", "second", "third", "last", "final", "opening",
    "closing", "invitation", "initiative", "basis", "side", "spot", "ground", "outskirts", "premises", "territory",
    "border", "board", NULL
  };
  guint t = end;
  for (guint i = k + 1; i + 2 < end && t == end; i++)
    {
      const char *w = kw (c, i);
      if (!ng_strcmp (w, "to") && (!ng_strcmp (kw (c, i + 1), "discuss") || !ng_strcmp (kw (c, i + 1), "review")))
        t = i;
      else if (!ng_strcmp (w, "discussed") || !ng_strcmp (w, "discussing"))
        t = i;
      else if (!ng_strcmp (w, "on") && (!ng_strcmp (kw (c, i + 1), "the") || !ng_strcmp (kw (c, i + 1), "a"))
               && tk (c, i + 2)->kind == NG_TOK_WORD && !(tk (c, i + 2)->flags & NG_TF_CAP)
               && !word_in (kw (c, i + 2), not_topic))
        t = i;
    }
  if (t == end)
    return end;
  /* (a place followed by a day is the meeting's) */
  for (guint i = t + 1; i + 2 < end; i++)
    if ((!ng_strcmp (kw (c, i), "in") || !ng_strcmp (kw (c, i), "at")) && (tk (c, i + 1)->flags & NG_TF_CAP))
      {
        guint j = i + 1;
        while (j < end && (tk (c, j)->flags & NG_TF_CAP) && tk (c, j)->kind == NG_TOK_WORD)
          j++;
        if (j + 1 < end && (!ng_strcmp (kw (c, j), "on") || !ng_strcmp (kw (c, j), "this") || !ng_strcmp (kw (c, j), "last")
                            || !ng_strcmp (kw (c, j), "today") || !ng_strcmp (kw (c, j), "yesterday")))
          return end;
      }
  return t;
}

/* TRUE if word k is how the verb before it met: "met in extraordinary
 * session on Saturday", "convened in plenary session" (the verb's meeting,
 * which owns the day after it). */
static gboolean
manner_session (Ctx *c, guint k, guint first)
{
  if (ng_strcmp (kw (c, k), "session") && ng_strcmp (kw (c, k), "sitting"))
    return FALSE;
  /* (not "gathered in the main session of the Council": a body's sitting) */
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  if (k + 1 < sp->first + sp->n && !ng_strcmp (kw (c, k + 1), "of"))
    return FALSE;
  for (guint b = k; b > first + 1 && b + 4 > k; b--)
    {
      if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP)
          || !ng_strcmp (kw (c, b - 1), "the") || !ng_strcmp (kw (c, b - 1), "a"))
        return FALSE;
      if (!ng_strcmp (kw (c, b - 1), "in"))
        return tok_in (c, b - 2, verb_triggers);
    }
  return FALSE;
}

/* TRUE if a meeting word of the sentence comes after word k ("agreed ...
 * at the 11th CLMV Summit": the summit is the meeting). */
static gboolean
later_trigger (Ctx *c, guint k)
{
  for (guint q = 0; q < c->ex->trig_pos->len; q++)
    if (g_array_index (c->ex->trig_pos, guint, q) > k)
      return TRUE;
  return FALSE;
}

/* TRUE if the verb k receives a group of people: "X received the heads
 * of delegations of the member states at the Palace of the Nation", "X
 * welcomed the ministers to Government House". */
static gboolean
receives_group (Ctx *c, guint k, guint end)
{
  static const char *const verbs[] = {
    "received", "receives", "receive", "welcomed", "welcomes", "welcome", "hosted", "hosts",
    /* ("is scheduled to meet the heads of the visiting delegations") */
    "meet", "meets", "met", NULL
  };
  static const char *const heads[] = {
    "heads", "leaders", "ministers", "delegations", "participants", "delegates", "presidents", "envoys",
    /* ("met representatives of the Royal College of Nursing", "received
     * the bankers", "met union leaders", "summoned bank bosses") */
    "representatives", "bosses", "chiefs", "executives", "bankers", "unions", "negotiators", NULL
  };
  /* (or one called together: "summoned bank bosses", "gathered the heads of
   * the largest lenders", "convened the bank chiefs") */
  static const char *const calls[] = { "summoned", "gathered", "convened", NULL };
  if ((!word_in (kw (c, k), verbs) && !word_in (kw (c, k), calls)) || k + 2 >= end)
    return FALSE;
  /* (or the passive: "the heads of delegations were received by President
   * X at the Presidential Palace", "the ministers were received by PM Y") */
  if (!ng_strcmp (kw (c, k + 1), "by") && k >= 2 && (!ng_strcmp (kw (c, k - 1), "were") || !ng_strcmp (kw (c, k - 1), "are")))
    {
      for (guint b = k - 1; b > 0 && b + 5 > k; b--)
        {
          if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP))
            return FALSE;
          if (word_in (kw (c, b - 1), heads))
            return TRUE;
        }
      return FALSE;
    }
  guint g = k + 1;
  if (!ng_strcmp (kw (c, g), "the"))
    g++;
  /* (one word between: "the visiting ministers", "the foreign ministers") */
  if (g + 1 < end && tk (c, g)->kind == NG_TOK_WORD && !(tk (c, g)->flags & NG_TF_CAP) && !word_in (kw (c, g), heads)
      && word_in (kw (c, g + 1), heads))
    g++;
  /* (without "the", a group but of posts: "met representatives of",
   * "met union leaders", "summoned bank bosses"; not "met ministers") */
  static const char *const posts[] = { "ministers", "participants", "presidents", "envoys", NULL };
  if (g == k + 1 || (g == k + 2 && ng_strcmp (kw (c, k + 1), "the")))
    {
      /* (over two words in small letters: "met farm union leaders") */
      guint h = k + 1;
      while (h + 1 < end && h < k + 3 && tk (c, h)->kind == NG_TOK_WORD && !(tk (c, h)->flags & NG_TF_CAP)
             && !(word_in (kw (c, h), heads) && !word_in (kw (c, h), posts)) && ng_strcmp (kw (c, h), "the")
             && ng_strcmp (kw (c, h), "with"))
        h++;
      return h < end && word_in (kw (c, h), heads) && !word_in (kw (c, h), posts) && tk (c, k + 1)->kind == NG_TOK_WORD
             && !(tk (c, k + 1)->flags & NG_TF_CAP);
    }
  return g < end && g > k + 1 && word_in (kw (c, g), heads);
}

/* TRUE if the verb k has for its subject a group of people the article
 * said before, after an opening phrase: "Later in the day, the five
 * ministers called on X", "The delegates then paid a courtesy call on
 * Y" (the words [*gs, *ge) name it). */
static gboolean
group_subject (Ctx *c, guint first, guint k, guint *gs, guint *ge)
{
  static const char *const groups[] = { "ministers", "leaders", "delegates", "delegations", "envoys", NULL };
  static const char *const adverbs[] = { "also", "then", "later", "jointly", "together", "subsequently", NULL };
  guint v = k;
  while (v > first && word_in (kw (c, v - 1), adverbs))
    v--;
  if (v < first + 2 || !word_in (kw (c, v - 1), groups))
    return FALSE;
  guint b = v - 1;
  /* ("the five ministers", "the visiting ministers", "the defence
   * ministers") */
  if (b > first && (tk (c, b - 1)->kind == NG_TOK_NUMBER
                    || (tk (c, b - 1)->kind == NG_TOK_WORD && !(tk (c, b - 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS))
                        && ng_strcmp (kw (c, b - 1), "the"))))
    b--;
  if (b <= first || ng_strcmp (kw (c, b - 1), "the"))
    return FALSE;
  b--;
  /* (at the sentence's start, or after an opening phrase and its comma) */
  if (b != first && !(tk (c, b - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 1)->start] == ','))
    return FALSE;
  *gs = b, *ge = v;
  return TRUE;
}

/* TRUE if the verb k is denied: "had no plans to meet", "will not meet",
 * "refused to meet"; or the meeting word k ("did not hold a meeting"). */
static gboolean
negated_verb (Ctx *c, guint k, guint first, gboolean verb)
{
  for (guint b = k; b > first && b + (verb ? 4 : 6) > k; b--)
    {
      const char *w = kw (c, b - 1);
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
        return FALSE;
      if (verb && (!ng_strcmp (w, "not") || !ng_strcmp (w, "never") || !ng_strcmp (w, "refused") || !ng_strcmp (w, "declined")
                   || (!ng_strcmp (w, "no") && b < k && (!ng_strcmp (kw (c, b), "plans") || !ng_strcmp (kw (c, b), "plan")
                                                      || !ng_strcmp (kw (c, b), "intention")))))
        return TRUE;
      /* a meeting called off: "cancelled a bilateral meeting with X",
       * "calls off planned meeting with X" */
      if (!verb && (!ng_strcmp (w, "cancelled") || !ng_strcmp (w, "canceled") || !ng_strcmp (w, "cancels")
                    || !ng_strcmp (w, "scrapped") || !ng_strcmp (w, "scraps")
                    || (!ng_strcmp (w, "off") && b >= first + 2
                        && (!ng_strcmp (kw (c, b - 2), "called") || !ng_strcmp (kw (c, b - 2), "calls")
                            || !ng_strcmp (kw (c, b - 2), "call")))))
        {
          /* (the meeting itself, not "cancelled his trip to the summit") */
          gboolean object = TRUE;
          for (guint j = b; j < k && object; j++)
            object = tk (c, j)->kind == NG_TOK_WORD && !(tk (c, j)->flags & NG_TF_CAP) && ng_strcmp (kw (c, j), "to")
                     && ng_strcmp (kw (c, j), "his") && ng_strcmp (kw (c, j), "her") && ng_strcmp (kw (c, j), "their")
                     && ng_strcmp (kw (c, j), "trip") && ng_strcmp (kw (c, j), "visit") && ng_strcmp (kw (c, j), "participation");
          if (object)
            return TRUE;
        }
      /* a meeting word: "did not hold a bilateral meeting", "no talks" */
      if (!verb && (((!ng_strcmp (w, "not") || !ng_strcmp (w, "never")) && b < k
                     && (!ng_strcmp (kw (c, b), "hold") || !ng_strcmp (kw (c, b), "have") || !ng_strcmp (kw (c, b), "held")))
                    || (!ng_strcmp (w, "no") && b + 2 >= k)))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if the verb k is that of a clause about the meeting word just
 * before: "the summit, which will convene on Monday" (no meeting of its
 * own; its date is the summit's). */
static gboolean
clause_verb_of_meeting (Ctx *c, guint k, guint first)
{
  if (k < first + 3)
    return FALSE;
  guint b = k - 1;
  if (!ng_strcmp (kw (c, b), "will") || !ng_strcmp (kw (c, b), "would") || !ng_strcmp (kw (c, b), "is")
      || !ng_strcmp (kw (c, b), "was"))
    b--;
  return (!ng_strcmp (kw (c, b), "which") || !ng_strcmp (kw (c, b), "that")) && b >= first + 2
    && tk (c, b - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 1)->start] == ','
    && tok_in (c, b - 2, triggers);
}

/* TRUE if someone of the sentence goes to, or stays away from, a summit
 * with no organizer named: "X has pulled out of a regional summit in
 * Kinshasa on Saturday", "X will attend an emergency summit in Cairo". */
static gboolean
goes_to_summit (Ctx *c, guint first, guint k)
{
  if (kind_of_trigger (kw (c, k)) != NG_MEETING_SUMMIT || !c->ex->people->len)
    return FALSE;
  /* "a regional summit"; or "the extraordinary joint Arab-Islamic
   * summit": a summit described by the names of its members */
  gboolean indef = FALSE, def = FALSE, named_by = FALSE;
  for (guint b = k; b > first && b + 5 > k && !indef && !def; b--)
    {
      const char *w = kw (c, b - 1);
      if (!ng_strcmp (w, "a") || !ng_strcmp (w, "an"))
        indef = TRUE;
      else if (!ng_strcmp (w, "the"))
        def = TRUE;
      else if (tk (c, b - 1)->kind != NG_TOK_WORD)
        return FALSE;
      else if (tk (c, b - 1)->flags & NG_TF_CAP)
        {
          if (indef || b - 1 == first)
            return FALSE;
          /* (not a name the article knows: "the EU summit" is the EU's) */
          for (guint m = 0; m < c->ex->ms->len; m++)
            if (mn (c, m)->first <= b - 1 && b - 1 < mn (c, m)->last && g_array_index (c->ex->ment_ent, gint, m) >= 0)
              return FALSE;
          named_by = TRUE;
        }
    }
  if (!indef && !(def && named_by))
    return FALSE;
  if (indef && named_by)
    return FALSE;
  for (guint b = first; b < k; b++)
    if (tok_in (c, b, attend_verbs) || tok_in (c, b, absent_words) || tok_in (c, b, part_words)
        || (!ng_strcmp (kw (c, b), "pulled") && !ng_strcmp (kw (c, b + 1), "out")))
      return TRUE;
  return FALSE;
}

/* TRUE if the doc has a meeting of the organization. */
static gboolean
have_meeting_of (Ctx *c, gint org)
{
  for (guint i = 0; i < c->doc->meetings->len; i++)
    if (g_array_index (c->doc->meetings, NgMeeting, i).organizer == org)
      return TRUE;
  return FALSE;
}

/* TRUE if the meeting word k is what people joined others for: "were
 * joined by X for a trilateral meeting", "X joined them for talks". */
static gboolean
joined_for (Ctx *c, guint first, guint k)
{
  gboolean for_it = FALSE;
  for (guint b = k; b > first && b + 4 > k && !for_it; b--)
    if (!ng_strcmp (kw (c, b - 1), "for"))
      for_it = TRUE;
    else if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP))
      break;
  if (!for_it)
    return FALSE;
  for (guint b = first; b < k; b++)
    {
      const char *w = kw (c, b);
      if (!ng_strcmp (w, "joined") || !ng_strcmp (w, "joins") || !ng_strcmp (w, "join"))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if a relative clause right after a speaker puts the speaker in a
 * delegation: "X, who was part of the Singapore delegation, said". */
static gboolean
delegate_clause (Ctx *c, guint from, guint end)
{
  if (from + 2 >= end || tk (c, from)->kind != NG_TOK_PUNCT || ng_strcmp (kw (c, from + 1), "who"))
    return FALSE;
  for (guint i = from + 2; i < end && i < from + 10; i++)
    {
      if (tk (c, i)->kind == NG_TOK_PUNCT)
        return FALSE;
      if (tok_in (c, i, delegation_words))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if a speaker's verb is said at or during a meeting: "said at the
 * summit", "told reporters during the talks" (not "told reporters at
 * Haneda airport"). */
static gboolean
speaks_at_meeting (Ctx *c, guint from, guint end)
{
  for (guint i = from; i < end && i < from + 4; i++)
    if (tok_in (c, i, during_words))
      for (guint j = i + 1; j < end && j < i + 5; j++)
        {
          if (tok_in (c, j, triggers) || tok_in (c, j, sub_events))
            return TRUE;
          if (tk (c, j)->kind == NG_TOK_PUNCT)
            break;
        }
  return FALSE;
}

/* TRUE if a speaker's verb is said while meeting someone: "X said as he
 * met with Y", "X said while receiving Y", "X said when they held talks". */
static gboolean
speaks_while_meeting (Ctx *c, guint from, guint end)
{
  for (guint i = from; i < end && i < from + 3; i++)
    {
      const char *w = kw (c, i);
      if (ng_strcmp (w, "as") && ng_strcmp (w, "while") && ng_strcmp (w, "when"))
        continue;
      guint j = i + 1;
      if (j < end && (!ng_strcmp (kw (c, j), "he") || !ng_strcmp (kw (c, j), "she") || !ng_strcmp (kw (c, j), "they")))
        j++;
      if (j < end && (!ng_strcmp (kw (c, j), "was") || !ng_strcmp (kw (c, j), "were")))
        j++;
      if (j >= end)
        return FALSE;
      const char *v = kw (c, j);
      return tok_in (c, j, verb_triggers) || !ng_strcmp (v, "meeting") || !ng_strcmp (v, "receiving")
             || !ng_strcmp (v, "hosting") || !ng_strcmp (v, "welcoming")
             || ((!ng_strcmp (v, "held") || !ng_strcmp (v, "holding")) && j + 1 < end && !ng_strcmp (kw (c, j + 1), "talks"));
    }
  return FALSE;
}

/* TRUE if people named before the meeting word k held it: "Ramaphosa and
 * Xi held talks", "the two leaders had a meeting". */
static gboolean
people_held (Ctx *c, guint k, guint first)
{
  /* "Expert talks were led by X and Y", "talks ran in parallel, led by X
   * ... and Y": the people after "led by" held them */
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  for (guint j = k + 1; j + 2 < sp->first + sp->n && j < k + 8; j++)
    if ((!ng_strcmp (kw (c, j), "led") || !ng_strcmp (kw (c, j), "headed")) && !ng_strcmp (kw (c, j + 1), "by"))
      {
        guint n = 0;
        for (guint m = 0; m < c->ex->ms->len; m++)
          if (mn (c, m)->first > j + 1 && mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON
              && g_array_index (c->ex->ment_ent, gint, m) >= 0)
            n++;
        return n >= 2;
      }
  /* "The deal was signed by X and Y at a ceremony witnessed by Z": the
   * signers held the ceremony */
  if (!ng_strcmp (kw (c, k), "ceremony"))
    for (guint b = k; b > first + 1 && b + 25 > k; b--)
      if (!ng_strcmp (kw (c, b - 1), "by") && (!ng_strcmp (kw (c, b - 2), "signed") || !ng_strcmp (kw (c, b - 2), "inked")))
        {
          guint n = 0;
          for (guint p = 0; p < c->ex->people->len; p++)
            {
              const NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
              n += x->first >= b && x->first < k;
            }
          return n >= 2;
        }
  /* "X and Y signed a deal after talks in Doha", "during talks" */
  for (guint b = k; b > first && b + 3 > k; b--)
    {
      const char *w = kw (c, b - 1);
      if (!ng_strcmp (w, "after") || !ng_strcmp (w, "during") || !ng_strcmp (w, "following"))
        return person_before (c, b);
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
        break;
    }
  /* "Meloni, Merz and Zelensky took part via video link in a meeting of
   * the coalition": the people who took part in it */
  for (guint b = k; b > first + 1 && b + 9 > k; b--)
    {
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
        break;
      const char *w = kw (c, b - 1);
      if ((!ng_strcmp (w, "part") && (!ng_strcmp (kw (c, b - 2), "took") || !ng_strcmp (kw (c, b - 2), "take")
                                   || !ng_strcmp (kw (c, b - 2), "takes")))
          || !ng_strcmp (w, "participated") || !ng_strcmp (w, "participate"))
        return person_before (c, b - 1);
    }
  /* "X hosted Y for talks", "X received Y for a meeting" */
  guint lim = 4;
  /* ("for talks", "for a meeting", "for a state visit") */
  for (guint b = k; b > first + 1 && b + 4 > k; b--)
    if (!ng_strcmp (kw (c, b - 1), "for"))
      lim = 32;
    else if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP))
      break;
  /* ("held a new round of talks", "held a regular round of political
   * consultations": over a round's words) */
  for (guint b = k; lim == 4 && b > first + 2 && b + 4 > k; b--)
    if (!ng_strcmp (kw (c, b - 1), "of") && (round_word (c, b - 2) || !ng_strcmp (kw (c, b - 2), "series")))
      lim = 9;
  /* ("held the 17th Polish-German intergovernmental consultations": over
   * the ordinal and the partners' words of the name) */
  if (lim == 4)
    for (guint b = k; b > first + 1 && lim < 8; b--)
      {
        const NgToken *t = tk (c, b - 1);
        if (!ordinal_at (c, b - 1)
            && !(t->kind == NG_TOK_WORD && memchr (c->art->text + t->start, '-', ng_token_len (t))))
          {
            if (b < k)
              break;
            continue;   /* (the word before the meeting word: "intergovernmental") */
          }
        lim++;
      }
  /* ("held the third round of their 2+2 foreign and defence ministerial
   * dialogue": over the words after the round) */
  if (lim == 4)
    for (guint b = k; b > first + 2 && b + 15 > k; b--)
      {
        const NgToken *tb = tk (c, b - 1);
        if (tb->kind == NG_TOK_PUNCT && c->art->text[tb->start] != '+')
          break;
        if (!ng_strcmp (kw (c, b - 1), "of") && round_word (c, b - 2))
          {
            lim = k - (b - 2) + 4;
            break;
          }
      }
  /* ("held the seventh foreign ministerial strategic dialogue": over the
   * words after the ordinal) */
  if (lim == 4)
    for (guint b = k; b > first + 1 && b + 7 > k; b--)
      {
        if (tk (c, b - 1)->kind != NG_TOK_WORD)
          break;
        if (ordinal_at (c, b - 1))
          {
            lim = k - (b - 1) + 3;
            break;
          }
      }
  for (guint b = k; b > first && b + lim > k; b--)
    {
      const char *w = kw (c, b - 1);
      if (!ng_strcmp (w, "held") || !ng_strcmp (w, "hold") || !ng_strcmp (w, "holds") || !ng_strcmp (w, "holding")
          || !ng_strcmp (w, "had") || !ng_strcmp (w, "have") || !ng_strcmp (w, "has")
          /* "X and Y led the consultations" (not "led by": said above) */
          || ((!ng_strcmp (w, "led") || !ng_strcmp (w, "co led")) && ng_strcmp (kw (c, b), "by"))
          /* "will host a meeting", "will co-host a meeting of around 30 leaders" */
          || !ng_strcmp (w, "host") || !ng_strcmp (w, "hosting") || (lim == 4 && !ng_strcmp (w, "hosted"))
          || !strncmp (w, "co host", 7) || !strncmp (w, "co chair", 8)
          || (lim > 4 && (!ng_strcmp (w, "hosted") || !ng_strcmp (w, "hosts") || !ng_strcmp (w, "received")
                          || !ng_strcmp (w, "welcomed") || !ng_strcmp (w, "welcomes"))))
        return person_before (c, b);   /* the people are its subject */
      /* the guests may be a list: "hosted X, Y and Z in Berlin for talks" */
      if (tk (c, b - 1)->kind == NG_TOK_PUNCT && (lim == 4 || c->art->text[tk (c, b - 1)->start] != ','))
        return FALSE;
    }
  return FALSE;
}

/* TRUE if the capitalized meeting word k ends a numbered name of three
 * words or more: "the sixth China-Afghanistan-Pakistan Trilateral Foreign
 * Ministers' Dialogue" (not "the bank's 33rd Annual Meetings"). */
static gboolean
numbered_name (Ctx *c, guint k, guint first)
{
  return (tk (c, k)->flags & NG_TF_CAP) && ordinal_before (c, k, first, 8) >= 3;
}

/* TRUE if token i is an ordinal in digits ("27th", "19th", "3rd"). */
static gboolean
ordinal_at (Ctx *c, guint i)
{
  static const char *const spelled[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", NULL
  };
  const NgToken *t = tk (c, i);
  if (t->kind == NG_TOK_WORD)
    for (const char *const *w = spelled; *w; w++)
      if (!ng_strcmp (kw (c, i), *w))
        return TRUE;
  const char *p = c->art->text + t->start;
  guint n = ng_token_len (t);
  if (t->kind == NG_TOK_PUNCT || n < 3 || !g_ascii_isdigit (p[0]))
    return FALSE;
  const char *suf = p + n - 2;
  return g_ascii_isdigit (suf[-1]) && (!g_ascii_strncasecmp (suf, "st", 2) || !g_ascii_strncasecmp (suf, "nd", 2)
                                       || !g_ascii_strncasecmp (suf, "rd", 2) || !g_ascii_strncasecmp (suf, "th", 2));
}

/* The number of capitalized words between an ordinal and word k ("the
 * 43rd General Assembly": 2), the ordinal less than reach words before k;
 * -1 if none. */
static gint
ordinal_before (Ctx *c, guint k, guint first, guint reach)
{
  for (guint b = k; b > first && b + reach > k; b--)
    {
      if (ordinal_at (c, b - 1))
        return (gint) (k - b);
      if (tk (c, b - 1)->kind != NG_TOK_WORD || !(tk (c, b - 1)->flags & NG_TF_CAP))
        return -1;
    }
  return -1;
}

/* TRUE if the meeting word k is part of an event's own name, which no
 * organization in the lexicon holds: "the COP29 climate conference",
 * "the Raisina Dialogue" (a capitalized word or one with digits just
 * before it, or before one lowercase word, that names no entity). */
static gboolean
named_event (Ctx *c, guint k, guint first)
{
  if (numbered_name (c, k, first))
    return TRUE;
  /* "the 27th China-ASEAN Summit": a capitalized meeting word inside the
   * sentence names the event even after a compound of two names */
  gboolean cap_word = k > first && (tk (c, k)->flags & NG_TF_CAP);
  for (guint b = k; b > first && b + 3 > k; b--)
    {
      const NgToken *t = tk (c, b - 1);
      if (t->kind != NG_TOK_WORD)
        return FALSE;
      gboolean digits = FALSE, dash = FALSE;
      for (guint32 p = t->start; p < t->end; p++)
        {
          digits = digits || g_ascii_isdigit (c->art->text[p]);
          dash = dash || c->art->text[p] == '-';
        }
      if (dash && !cap_word)
        return FALSE;   /* "Palestine-Cyprus talks": the countries', not a name */
      if (((t->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) || digits)
          && !ng_date_weekday_of_word (c->art->text + t->start, ng_token_len (t))
          && !ng_date_month (c->art->text + t->start, ng_token_len (t)))
        {
          for (guint m = 0; m < c->ex->ms->len; m++)
            if (mn (c, m)->first <= b - 1 && b - 1 < mn (c, m)->last)
              {
                /* "the 19th East Asia Summit": a region's name after an
                 * ordinal names the event, not where it is held */
                NgMentionSpan *x = mn (c, m);
                gint id = g_array_index (c->ex->ment_ent, gint, m);
                return cap_word && x->first > first && id >= 0
                  && ent (c, id)->kind == NG_KIND_PLACE
                  && (ordinal_at (c, x->first - 1)
                      /* ("the second China-Central Asia Summit") */
                      || (x->first > first + 1 && memchr (c->art->text + tk (c, x->first - 1)->start, '-',
                                                          ng_token_len (tk (c, x->first - 1)))
                          && ordinal_at (c, x->first - 2)));
              }
          return b - 1 > first;   /* not the sentence's first word */
        }
      if (!ng_strcmp (kw (c, b - 1), "the") || !ng_strcmp (kw (c, b - 1), "a"))
        return FALSE;
    }
  return FALSE;
}

/* TRUE if token i is a Roman number of a sitting: "XXXVI", "XIV" (two
 * letters or more). */
static gboolean
roman_at (Ctx *c, guint i)
{
  const NgToken *t = tk (c, i);
  guint n = ng_token_len (t);
  if (t->kind != NG_TOK_WORD || n < 2 || n > 8)
    return FALSE;
  for (guint q = 0; q < n; q++)
    if (!strchr ("IVXLC", c->art->text[t->start + q]))
      return FALSE;
  return TRUE;
}

/* The organization a meeting's own name stands for, when no body holds
 * it: the capitalized words before the capitalized meeting word k, two
 * or more with it ("the Riga Conference", "the fifth Tbilisi Silk Road
 * Forum", "the Central Asia + Japan Dialogue"); -1 if none. */
static gint
event_series (Ctx *c, guint k, guint first)
{
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
  guint end = sp->first + sp->n;
  /* (the meeting word heads the name: not "the Scottish Event Campus") */
  if (!(tk (c, k)->flags & NG_TF_CAP)
      || (k + 1 < end && tk (c, k + 1)->kind == NG_TOK_WORD && (tk (c, k + 1)->flags & NG_TF_CAP)))
    return -1;
  /* Words of any meeting's name, which name no series. */
  static const char *const generic[] = {
    "international", "world", "global", "regional", "ministerial", "annual", "extraordinary", "special",
    "informal", "ordinary", "regular", "plenary", "joint", "general", "high", "level", "business",
    "governors", "leaders", "ministers", "heads", "state", "government", "foreign", "economic", "trade",
    "summit", "conference", "forum", "meeting", "dialogue", "session", "council", "new", "first",
    "consultative", "tripartite", "trilateral", "bilateral",
    /* (and peoples of regions: "the Arab Summit" is the Arab League's) */
    "arab", "african", "asian", "european", "american", "latin", "nordic", "baltic", "caribbean", "gulf", NULL
  };
  guint b = k, distinct = 0;
  while (b > first + 1)
    {
      const NgToken *t = tk (c, b - 1);
      const char *p = c->art->text + t->start;
      gboolean cap = t->kind == NG_TOK_WORD && (t->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) && !ordinal_at (c, b - 1)
                     && !ng_date_weekday_of_word (p, ng_token_len (t)) && !ng_date_month (p, ng_token_len (t));
      /* ("the XXXVI Spanish-Portuguese Summit": a Roman ordinal opens
       * the name) */
      if (cap && roman_at (c, b - 1))
        break;
      /* (not two partners' words of which one is a people of a region:
       * "the Gulf-China Summit" is the GCC's, "the Arab-China Summit" the
       * Arab League's; "the Spanish-Portuguese Summit" is its own) */
      if (cap && memchr (p, '-', ng_token_len (t)))
        {
          g_auto (GStrv) parts = g_strsplit (kw (c, b - 1), " ", -1);
          for (guint q = 0; parts[q]; q++)
            if (g_strv_contains (generic, parts[q]))
              return -1;
        }
      /* (nor a body's acronym: "the CLMV Summit", "the NATO Summit") */
      if (cap && (t->flags & NG_TF_ALLCAPS))
        return -1;
      if (cap && !g_strv_contains (generic, kw (c, b - 1)))
        {
          /* (nor a people's: "the Arab Summit") */
          const GArray *hits = ng_lexicon_lookup (c->ex->lex, kw (c, b - 1));
          gboolean demonym = FALSE;
          for (guint h = 0; hits && h < hits->len && !demonym; h++)
            demonym = g_array_index (hits, NgLexHit, h).how == NG_LEXHIT_DEMONYM;
          distinct += !demonym;
        }
      /* ("Central Asia + Japan") */
      gboolean plus = t->kind != NG_TOK_WORD && *p == '+' && ng_token_len (t) == 1 && b - 1 > first + 1
                      && (tk (c, b - 2)->flags & NG_TF_CAP) && (tk (c, b)->flags & NG_TF_CAP);
      if (!cap && !plus)
        break;
      b--;
    }
  /* "the Dakar International Forum on Peace and Security", "the Summit of
   * the Future": the name goes on over "on", "of" or "for" and
   * capitalized words */
  guint e = k + 1;
  if (e + 1 < end && (!ng_strcmp (kw (c, e), "on") || !ng_strcmp (kw (c, e), "of") || !ng_strcmp (kw (c, e), "for")))
    {
      guint j = e + 1 + (!ng_strcmp (kw (c, e + 1), "the") ? 1 : 0), last = 0;
      while (j < end && tk (c, j)->kind == NG_TOK_WORD)
        {
          const char *p = c->art->text + tk (c, j)->start;
          if (tk (c, j)->flags & NG_TF_CAP)
            {
              if ((tk (c, j)->flags & NG_TF_ALLCAPS) || ng_date_weekday_of_word (p, ng_token_len (tk (c, j)))
                  || ng_date_month (p, ng_token_len (tk (c, j))))
                break;
              if (!g_strv_contains (generic, kw (c, j)))
                distinct++;
              last = j + 1;
            }
          else if (ng_strcmp (kw (c, j), "and") && ng_strcmp (kw (c, j), "of") && ng_strcmp (kw (c, j), "the")
                   && ng_strcmp (kw (c, j), "for") && ng_strcmp (kw (c, j), "on"))
            break;
          j++;
        }
      /* (not over a body's name the lexicon knows: "the summit of the
       * African Union" is the body's, said before) */
      gboolean known = FALSE;
      for (guint m = 0; m < c->ex->ms->len && last; m++)
        known = known || (mn (c, m)->first > k && mn (c, m)->first < last && mn (c, m)->role == NG_MS_ENTITY
                          && mn (c, m)->kind == NG_KIND_ORG && mn (c, m)->lex);
      if (last && !known)
        e = last;
    }
  /* (a name inside the sentence, after "the", an ordinal or "annual") */
  if (b == k || b <= first || !distinct)
    return -1;
  /* ("the Fourth International Conference on ...": a capitalized ordinal
   * is the name's) */
  if (ordinal_at (c, b - 1) && (tk (c, b - 1)->flags & NG_TF_CAP) && tk (c, b - 1)->kind == NG_TOK_WORD && b - 1 > first)
    b--;
  const char *w = kw (c, b - 1);
  if (ng_strcmp (w, "the") && ng_strcmp (w, "annual") && !ordinal_at (c, b - 1) && !roman_at (c, b - 1))
    return -1;
  /* (no person's name or a title's words in it) */
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->first < e && x->last > b && (x->role == NG_MS_TITLE || (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON
                                                                        && g_array_index (c->ex->ment_ent, gint, m) >= 0)))
        return -1;
    }
  g_autofree char *name = g_strndup (c->art->text + tk (c, b)->start, tk (c, e - 1)->end - tk (c, b)->start);
  NgWhere w2 = where_of (c, tk (c, b)->start, tk (c, e - 1)->end);
  return ng_doc_add_entity (c->doc, NG_KIND_ORG, name, &w2);
}

/* The person a meeting word k is held with: "talks with X", "met X"
 * (verb), "held talks in the Kremlin with X"; not over punctuation ("the
 * annual summit, with Kenyan President X urging"); -1 if none. */
static gint
with_partner (Ctx *c, guint k, guint end, gboolean verb)
{
  GArray *ms = c->ex->ms;
  guint j = k + 1;
  /* (not a co-chair's: "X co-chaired the meeting with Y") */
  for (guint b = k; b > 0 && b + 4 > k; b--)
    {
      const char *w = kw (c, b - 1);
      if (!strncmp (w, "co chair", 8) || !strncmp (w, "co host", 7))
        return -1;
      if (tk (c, b - 1)->kind != NG_TOK_WORD)
        break;
    }
  /* "received a delegation led by X": X */
  if (verb && j + 3 < end && (!ng_strcmp (kw (c, j), "a") || !ng_strcmp (kw (c, j), "the"))
      && !ng_strcmp (kw (c, j + 1), "delegation")
      && (!ng_strcmp (kw (c, j + 2), "led") || !ng_strcmp (kw (c, j + 2), "headed")) && !ng_strcmp (kw (c, j + 3), "by"))
    {
      for (guint m = 0; m < ms->len; m++)
        {
          NgMentionSpan *x = mn (c, m);
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (id >= 0 && x->first > j + 3 && x->first <= j + 14 && ent (c, id)->kind == NG_KIND_PERSON)
            return id;
        }
      return -1;
    }
  if (j < end && !ng_strcmp (kw (c, j), "in"))
    {
      /* over a place of up to four words */
      guint n = j + 1;
      while (n < end && n < j + 5 && tk (c, n)->kind == NG_TOK_WORD && ng_strcmp (kw (c, n), "with"))
        n++;
      if (n < end && !ng_strcmp (kw (c, n), "with"))
        j = n;
    }
  for (guint lim = j + 2; j < end && j <= lim; j++)
    {
      if (tk (c, j)->kind == NG_TOK_PUNCT)
        return -1;
      /* ("a courtesy call from X", "paid a courtesy call on X") */
      gboolean call_by = j == k + 1 && (!ng_strcmp (kw (c, k), "call") || !ng_strcmp (kw (c, k), "calls"))
                         && (!ng_strcmp (kw (c, j), "from") || !ng_strcmp (kw (c, j), "on"));
      /* (the verb's object right after it: not "met in the same hotel
       * under the chairmanship of X") */
      static const char *const not_object[] = { "in", "at", "under", "for", "during", "after", "before", NULL };
      if (ng_strcmp (kw (c, j), "with") && !(verb && j == k + 1 && !word_in (kw (c, j), not_object)) && !call_by)
        continue;
      for (guint m = 0; m < ms->len; m++)
        {
          NgMentionSpan *x = mn (c, m);
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (id >= 0 && x->first >= j && x->first <= j + 8 && ent (c, id)->kind == NG_KIND_PERSON)
            return id;
        }
      return -1;
    }
  return -1;
}

/* TRUE for "will be attended by", "is to be hosted by": the people named
 * after it are to come. */
static gboolean
will_be_attended (Ctx *c, guint first, guint end)
{
  for (guint i = first; i + 2 < end; i++)
    if (tok_in (c, i, planned_words) && !ng_strcmp (kw (c, i + 1), "be")
        && (!ng_strcmp (kw (c, i + 2), "attended") || !ng_strcmp (kw (c, i + 2), "hosted")
            || !ng_strcmp (kw (c, i + 2), "chaired") || !ng_strcmp (kw (c, i + 2), "joined")))
      return TRUE;
  return FALSE;
}
/* Finds a doc meeting with this person among its participants, or -1. */
static gint
meeting_with (Ctx *c, gint person)
{
  for (gint i = (gint) c->doc->attendance->len - 1; i >= 0; i--)
    {
      NgAttendance *a = &g_array_index (c->doc->attendance, NgAttendance, i);
      if (a->person == person && g_array_index (c->doc->meetings, NgMeeting, a->meeting).organizer < 0)
        return a->meeting;
    }
  return -1;
}

/* TRUE if the apposition after a speaker, between commas, says the
 * speaker was there: "X, who attended, said", "X, also in attendance,
 * said", "X, who was present, told". */
static gboolean
attended_apposition (Ctx *c, guint from, guint end)
{
  if (from >= end || tk (c, from)->kind != NG_TOK_PUNCT || c->art->text[tk (c, from)->start] != ',')
    return FALSE;
  for (guint i = from + 1; i < end && i < from + 6; i++)
    {
      if (tk (c, i)->kind == NG_TOK_PUNCT)
        return FALSE;
      const char *w = kw (c, i);
      if (!ng_strcmp (w, "attendance") && !ng_strcmp (kw (c, i - 1), "in"))
        return TRUE;
      if (!ng_strcmp (kw (c, from + 1), "who")
          && (!ng_strcmp (w, "attended") || !ng_strcmp (w, "present") || !ng_strcmp (w, "participated")))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if token i starts a plan with "is to" or "are to" and a verb:
 * "ECOWAS leaders are to hold their own summit in Abuja on Sunday". */
static gboolean
is_to_at (Ctx *c, guint i, guint end)
{
  return i + 2 < end && (!ng_strcmp (kw (c, i), "is") || !ng_strcmp (kw (c, i), "are")) && !ng_strcmp (kw (c, i + 1), "to")
         && tk (c, i + 2)->kind == NG_TOK_WORD
         && (tok_in (c, i + 2, attend_verbs) || tok_in (c, i + 2, host_verbs) || !ng_strcmp (kw (c, i + 2), "hold")
             || !ng_strcmp (kw (c, i + 2), "meet") || !ng_strcmp (kw (c, i + 2), "take")
             || !ng_strcmp (kw (c, i + 2), "travel") || !ng_strcmp (kw (c, i + 2), "visit")
             || !ng_strcmp (kw (c, i + 2), "gather") || !ng_strcmp (kw (c, i + 2), "convene"));
}

/* TRUE if the sentence plans with "is to" or "are to" (is_to_at). */
static gboolean
is_to_verb (Ctx *c, guint first, guint end)
{
  for (guint i = first; i + 2 < end; i++)
    if (is_to_at (c, i, end))
      return TRUE;
  return FALSE;
}

/* TRUE if word k is a retreat of leaders, not of troops: "the
 * Malaysia-Singapore Leaders' Retreat", "the foreign ministers' retreat",
 * "an annual retreat" (a capitalized one inside the sentence, or one after
 * leaders' or ministers' or "annual"). */
static gboolean
retreat_meeting (Ctx *c, guint k, guint first)
{
  if (ng_strcmp (kw (c, k), "retreat") || k == first)
    return FALSE;
  const char *w = kw (c, k - 1);
  /* ("received the heads of state ... for a retreat", "sent their
   * presidents to a closed-door retreat in Cartagena": a gathering; not
   * "ordered a retreat") */
  static const char *const to_one[] = { "for", "to", "at", "during", "attend", "attended", "attends", "attending", NULL };
  if (k >= first + 2 && (!ng_strcmp (w, "a") || !ng_strcmp (w, "the")) && word_in (kw (c, k - 2), to_one))
    return TRUE;
  if (k >= first + 3 && (!ng_strcmp (w, "closed door") || !ng_strcmp (w, "weekend") || !ng_strcmp (w, "informal")
                         || !ng_strcmp (w, "two day") || !ng_strcmp (w, "one day") || !ng_strcmp (w, "leaders"))
      && (!ng_strcmp (kw (c, k - 2), "a") || !ng_strcmp (kw (c, k - 2), "the")))
    return TRUE;
  return (tk (c, k)->flags & NG_TF_CAP) || !ng_strcmp (w, "annual")
         || ((tk (c, k - 1)->flags & NG_TF_POSS) && (!ng_strcmp (w, "leaders") || !ng_strcmp (w, "ministers")));
}

/* TRUE if token k is the head word of a body's name that a verb of
 * chairing or opening takes: "co-chaired the Binational Commission on
 * Border Affairs", "opened the 12th Joint Permanent Commission", "chaired
 * the Council" (a sitting of that body). */
static gboolean
body_chaired (Ctx *c, guint k, guint first, guint end)
{
  static const char *const heads[] = { "commission", "committee", "council", "board", NULL };
  /* (not "who chairs Sudan's Sovereignty Council": a post) */
  static const char *const verbs[] = { "chaired", "co chaired", "opened", "convened", "hosted", "co hosted", "resumed",
                                       NULL };
  if (!word_in (kw (c, k), heads) || !(tk (c, k)->flags & NG_TF_CAP))
    return FALSE;
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->first >= k || k >= x->last
          || g_array_index (c->ex->ment_ent, gint, m) < 0)
        continue;
      /* (the verb just before the name: over "the" and an ordinal) */
      guint b = x->first;
      if (b > first && ordinal_at (c, b - 1))
        b--;
      if (b > first && !ng_strcmp (kw (c, b - 1), "the"))
        b--;
      if (b > first && ordinal_at (c, b) && !ng_strcmp (kw (c, b - 1), "the"))
        b--;
      /* ("resumed the work of the Nigeria-Niger Joint Commission") */
      if (b > first + 3 && !ng_strcmp (kw (c, b - 1), "of") && !ng_strcmp (kw (c, b - 2), "work")
          && !ng_strcmp (kw (c, b - 3), "the"))
        b -= 3;
      if (b > first && word_in (kw (c, b - 1), verbs))
        return TRUE;
      /* ("The Kenya-Ethiopia Joint Ministerial Commission opened in
       * Nairobi on Monday": the body, then its opening, and where or when) */
      guint a = x->last;
      /* (or after a clause of "which": "the annual Joint Ministerial
       * Council between Britain and its Overseas Territories, which opened
       * in London yesterday") */
      for (guint q = a; q + 3 < end && q < a + 10; q++)
        if (tk (c, q)->kind == NG_TOK_PUNCT)
          {
            if (c->art->text[tk (c, q)->start] == ',' && !ng_strcmp (kw (c, q + 1), "which"))
              a = q + 2;
            break;
          }
      return a + 1 < end && (!ng_strcmp (kw (c, a), "opened") || !ng_strcmp (kw (c, a), "convened"))
             && (!ng_strcmp (kw (c, a + 1), "in") || !ng_strcmp (kw (c, a + 1), "on") || !ng_strcmp (kw (c, a + 1), "at")
                 || !ng_strcmp (kw (c, a + 1), "its") || !ng_strcmp (kw (c, a + 1), "today")
                 || !ng_strcmp (kw (c, a + 1), "yesterday") || ng_date_weekday_of_word (kw (c, a + 1), strlen (kw (c, a + 1))));
    }
  return FALSE;
}

/* TRUE if person mention x is who sent a message, a letter or greetings
 * ("delivered a special message from the President of Faso, Captain
 * Ibrahim Traoré, to President Mahama"): not one of the meeting. */
static gboolean
sender_named (Ctx *c, const NgMentionSpan *x, guint first)
{
  static const char *const sent[] = {
    "message", "messages", "letter", "letters", "greetings", "invitation", "congratulations",
    "condolences", NULL
  };
  guint f = x->title >= 0 ? mn (c, (guint) x->title)->first : x->first;
  for (guint hop = 0; hop < 2; hop++)
    {
      if (f > first && !ng_strcmp (kw (c, f - 1), "the"))
        f--;
      /* (over an apposition: "the President of Faso, Captain X") */
      if (f <= first + 1 || tk (c, f - 1)->kind != NG_TOK_PUNCT || c->art->text[tk (c, f - 1)->start] != ',')
        break;
      gint t = -1;
      for (guint m = 0; m < c->ex->ms->len; m++)
        if (mn (c, m)->last == f - 1 && mn (c, m)->role == NG_MS_TITLE)
          t = (gint) m;
      if (t < 0)
        break;
      f = mn (c, (guint) t)->first;
    }
  if (f < first + 2 || (ng_strcmp (kw (c, f - 1), "from") && ng_strcmp (kw (c, f - 1), "of")))
    return FALSE;
  return g_strv_contains (sent, kw (c, f - 2));
}

/* TRUE if person mention x sends someone in their place: "Argentina's X,
 * who has criticised ..., sent his foreign minister, Y", "X dispatched
 * Vice-President Y": the sender is not at the meeting. */
static gboolean
sends_stand_in (Ctx *c, const NgMentionSpan *x, guint end)
{
  guint v = x->last;
  /* (over a relative clause between commas) */
  if (v + 1 < end && tk (c, v)->kind == NG_TOK_PUNCT && c->art->text[tk (c, v)->start] == ','
      && (!ng_strcmp (kw (c, v + 1), "who") || !ng_strcmp (kw (c, v + 1), "whose")))
    {
      guint q = v + 2;
      while (q < end && q < v + 30 && !(tk (c, q)->kind == NG_TOK_PUNCT && c->art->text[tk (c, q)->start] == ','))
        q++;
      if (q >= end || q >= v + 30)
        return FALSE;
      v = q + 1;
    }
  if (v + 1 >= end)
    return FALSE;
  if (!ng_strcmp (kw (c, v), "instead") || !ng_strcmp (kw (c, v), "also"))
    v++;
  const char *w = kw (c, v);
  if (ng_strcmp (w, "sent") && ng_strcmp (w, "sends") && ng_strcmp (w, "dispatched") && ng_strcmp (w, "delegated"))
    return FALSE;
  const char *o = kw (c, v + 1);
  if (!ng_strcmp (o, "his") || !ng_strcmp (o, "her") || !ng_strcmp (o, "its") || !ng_strcmp (o, "their"))
    return TRUE;
  for (guint m = 0; m < c->ex->ms->len; m++)
    if (mn (c, m)->first == v + 1 && (mn (c, m)->role == NG_MS_TITLE
                                      || (mn (c, m)->role == NG_MS_ENTITY && mn (c, m)->kind == NG_KIND_PERSON)))
      return TRUE;
  return FALSE;
}

/* TRUE if the sentence opens with a country that held what word k names:
 * "Estonia and Poland on Wednesday held intergovernmental consultations". */
static gboolean
countries_held (Ctx *c, guint first, guint k)
{
  gboolean country = FALSE, held = FALSE;
  /* (or their people, not named: "The top diplomats of South Korea and
   * Britain held talks", "Officials from X and Y held") */
  guint at = first, s = first;
  if (!ng_strcmp (kw (c, s), "the"))
    s++;
  for (guint b = s; b < k && b < s + 4; b++)
    {
      const NgToken *t = tk (c, b);
      if (t->kind != NG_TOK_WORD || (b > first && (t->flags & NG_TF_CAP)))
        break;
      if (b > s && (!ng_strcmp (kw (c, b), "of") || !ng_strcmp (kw (c, b), "from")))
        {
          at = b + 1;
          break;
        }
    }
  /* (or of a group of countries: "The prime ministers of the Nordic
   * countries met in Reykjavik today") */
  gboolean group = at > first && at < k && !ng_strcmp (kw (c, at), "the");
  if (group)
    at++;
  for (guint m = 0; m < c->ex->ms->len && !country; m++)
    country = mn (c, m)->first == at && mn (c, m)->role == NG_MS_ENTITY
              && (mn (c, m)->kind == NG_KIND_COUNTRY || (group && mn (c, m)->kind == NG_KIND_PLACE && mn (c, m)->lex));
  for (guint b = first + 1; b < k && country && !held; b++)
    held = !ng_strcmp (kw (c, b), "held") || !ng_strcmp (kw (c, b), "hold");
  held = held || (country && at > first && (!ng_strcmp (kw (c, k), "met") || !ng_strcmp (kw (c, k), "gathered")
                                            || !ng_strcmp (kw (c, k), "convened")));
  return country && held;
}

/* TRUE if an attend verb of the sentence has for its object an event
 * that is no meeting: "attended the late queen's funeral", "attend the
 * wedding". */
static gboolean
attends_other_event (Ctx *c, guint first, guint end)
{
  static const char *const events[] = {
    "funeral", "funerals", "wedding", "burial", "memorial", "concert", "match", "parade", "festival",
    "mass", "requiem", "premiere", NULL
  };
  for (guint i = first; i < end; i++)
    {
      if (ng_strcmp (kw (c, i), "attended") && ng_strcmp (kw (c, i), "attend") && ng_strcmp (kw (c, i), "attends")
          && ng_strcmp (kw (c, i), "attending"))
        continue;
      /* (its object: not "unable to attend because of a funeral") */
      const char *d = kw (c, i + 1);
      if (ng_strcmp (d, "the") && ng_strcmp (d, "a") && ng_strcmp (d, "an") && ng_strcmp (d, "his")
          && ng_strcmp (d, "her") && ng_strcmp (d, "their"))
        continue;
      for (guint j = i + 2; j < end && j < i + 6; j++)
        {
          if (tk (c, j)->kind == NG_TOK_PUNCT && c->art->text[tk (c, j)->start] != '\''
              && strncmp (c->art->text + tk (c, j)->start, "\xe2\x80\x99", 3))
            break;
          if (tok_in (c, j, triggers))
            break;
          for (const char *const *e = events; *e; e++)
            if (!ng_strcmp (kw (c, j), *e))
              return TRUE;
        }
    }
  return FALSE;
}

/* TRUE if meeting word k is held between two people or more named after
 * it: "the fifth round of talks between US envoy X and Iranian Foreign
 * Minister Y", "after talks between Ghana's Minister for Foreign Affairs,
 * X, and his Beninese counterpart, Y"; not "a possible meeting between X
 * and Y". */
static gboolean
talks_between (Ctx *c, guint first, guint k, guint end)
{
  if (k <= first || k + 2 >= end || ng_strcmp (kw (c, k + 1), "between"))
    return FALSE;
  const char *w = kw (c, k - 1);
  if (ng_strcmp (w, "the") && ng_strcmp (w, "of") && ng_strcmp (w, "after") && ng_strcmp (w, "following")
      && ng_strcmp (w, "during"))
    return FALSE;
  guint n = 0;
  for (guint p = 0; p < c->ex->people_m->len; p++)
    n += mn (c, g_array_index (c->ex->people_m, guint, p))->first > k + 1;
  return n >= 2;
}

/* TRUE if the sentence's people, if any, are only those who speak of it:
 * "..., Press Secretary X told reporters". */
static gboolean
only_speakers (Ctx *c)
{
  for (guint p = 0; p < c->ex->people_m->len; p++)
    if (!mn (c, g_array_index (c->ex->people_m, guint, p))->speaker)
      return FALSE;
  return TRUE;
}

/* Orders ints. */
static gint
cmp_int (gconstpointer a, gconstpointer b)
{
  gint x = *(const gint *) a, y = *(const gint *) b;
  return x < y ? -1 : x > y;
}

static void
extract_meetings (Ctx *c, guint first, guint end)
{
  GArray *ms = c->ex->ms;
  gint prev_meeting = c->last_meeting;
  guint prev_meeting_sent = c->last_meeting_sent;
  gboolean planned = plan_words (c, first, end) || is_to_verb (c, first, end);
  gboolean video = has_word (c, first, end, video_words);
  gboolean past = is_past (c, first, end);
  for (guint i = first; i + 1 < end; i++)
    if (!ng_strcmp (kw (c, i), "in") && !ng_strcmp (kw (c, i + 1), "person"))
      video = FALSE;
  gboolean phoned = phone_call (c, first, end);
  gboolean quoted_sentence = has_quotes (c, first, end);
  /* "X and Y have held talks in Madrid", "has met with": held lately */
  static const char *const held_met[] = { "held", "met", NULL };
  for (guint i = first; i + 1 < end; i++)
    if (kw (c, i)[0] == 'h' && (!ng_strcmp (kw (c, i), "have") || !ng_strcmp (kw (c, i), "has"))
        && (word_in (kw (c, i + 1), held_met)
            || (i + 2 < end && tk (c, i + 1)->kind == NG_TOK_WORD && word_in (kw (c, i + 2), held_met))))
      {
        sent_flag_set (c->sent_perfect, c->sent);
        break;
      }

  /* ("foreign ministers of the Council of the Baltic Sea States": see
   * people_org) */
  for (guint m = 0; m < ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m);
      if (x->first >= end)
        break;
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (x->first < first + 3 || id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || !x->lex)
        continue;
      guint b = x->first - 1;
      if (!ng_strcmp (kw (c, b), "the"))
        b--;
      static const char *const people_nouns[] = { "ministers", "leaders", "delegates", "envoys", "diplomats", NULL };
      if (!ng_strcmp (kw (c, b), "of") && b > first && word_in (kw (c, b - 1), people_nouns))
        {
          c->people_org = id;
          c->people_org_sent = (gint) c->sent;
          break;
        }
    }

  GArray *trig_pos = c->ex->trig_pos;
  g_array_set_size (trig_pos, 0);
  for (guint k = first; k < end; k++)
    if (tk (c, k)->kind == NG_TOK_WORD && tok_in_bits (c, k, MEETING_WORD_BITS)
        && (tok_in (c, k, triggers) || tok_in (c, k, verb_triggers)
                                          || came_together (c, k, first, end) || video_meeting (c, k, first)
                                          || tok_in (c, k, sub_events) || calls_on (c, k, end)
                                          || courtesy_call (c, k, first) || hosts_person (c, k, end)
                                          || assembly_debate (c, k, first, end) || numbered_sitting (c, k, first)
                                          || group_decides (c, k, first, end) || retreat_meeting (c, k, first)
                                          || body_chaired (c, k, first, end))
        /* (a verb that is no meeting here owns no date: "today received a
         * courtesy call") */
        && (!tok_in (c, k, verb_triggers) || calls_on (c, k, end) || trigger_here (c, k, first, end, TRUE))
        /* (nor a word that is no meeting here: "during his state visit") */
        && (tok_in (c, k, verb_triggers) || calls_on (c, k, end) || group_decides (c, k, first, end)
            || came_together (c, k, first, end) || video_meeting (c, k, first)
            || body_chaired (c, k, first, end) || trigger_here (c, k, first, end, FALSE))
        && !(tok_in (c, k, verb_triggers) && clause_verb_of_meeting (c, k, first))
        && !manner_session (c, k, first))
      g_array_append_val (trig_pos, k);

  /* The two sides of the article's first meeting said with them: "The
   * fourth session of the Joint Permanent Commission between Uganda and
   * Tanzania" */
  for (guint m = 0; trig_pos->len && !c->sides[0] && m + 1 < ms->len; m++)
    {
      const NgMentionSpan *x = mn (c, m), *y = mn (c, m + 1);
      if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_COUNTRY && x->lex && y->role == NG_MS_ENTITY
          && y->kind == NG_KIND_COUNTRY && y->lex && y->lex != x->lex && y->first == x->last + 1
          && !ng_strcmp (kw (c, x->last), "and"))
        c->sides[0] = x->lex, c->sides[1] = y->lex;
    }

  /* Where a visitor came: "is visiting Guyana", "her first official visit
   * to Guyana", "came to Belarus" (one place an article, -2 if several) */
  for (guint m = 0; m < ms->len && c->visit_place != -2; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id < 0 || x->role != NG_MS_ENTITY || (x->kind != NG_KIND_COUNTRY && x->kind != NG_KIND_CITY))
        continue;
      guint f = x->first;
      if (f > first && !ng_strcmp (kw (c, f - 1), "the"))
        f--;
      if (f < first + 2)
        continue;
      const char *p1 = kw (c, f - 1), *p2 = kw (c, f - 2);
      if (!ng_strcmp (p1, "visiting") || (!ng_strcmp (p1, "to") && (!ng_strcmp (p2, "visit") || !ng_strcmp (p2, "came")))
          || ((!ng_strcmp (p1, "in") || !ng_strcmp (p1, "at")) && (!ng_strcmp (p2, "arrived") || !ng_strcmp (p2, "arrives"))))
        c->visit_place = c->visit_place == -1 || c->visit_place == id ? id : -2;
    }

  /* Speakers whose speech verb comes after a relative clause or apposition. */
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->speaker)
        continue;
      guint stop = end;
      for (guint q = m + 1; q < ms->len; q++)
        if (mn (c, q)->role == NG_MS_ENTITY && mn (c, q)->kind == NG_KIND_PERSON)
          {
            stop = mn (c, q)->first;
            break;
          }
      if (x->last >= end || tk (c, x->last)->kind != NG_TOK_PUNCT || c->art->text[tk (c, x->last)->start] != ',')
        continue;
      /* "X, who ..., told" / "X, the ... adviser, said" (an apposition
       * of up to 24 tokens: "a lecturer in international relations at The
       * University of the West Indies (UWI)") */
      guint i = x->last + 1;
      while (i < stop && i < x->last + 24 && !(tk (c, i)->kind == NG_TOK_PUNCT && c->art->text[tk (c, i)->start] == ','))
        {
          if (tok_in (c, i, triggers))
            break;
          i++;
        }
      if (i + 1 < stop && tk (c, i)->kind == NG_TOK_PUNCT
          && tok_in (c, i + 1, speech_words)
          && !addresses_meeting (c, i + 1, end))
        x->speaker = TRUE;
    }

  /* People of the sentence that can take part: not speakers, not objects of "of". */
  GArray *people = c->ex->people;
  GArray *people_m = c->ex->people_m;
  g_array_set_size (people, 0);
  g_array_set_size (people_m, 0);
  /* (nor the people of another event after a meeting word: "their first
   * in-person meeting, days after X and Y agreed in Geneva") */
  guint other_event = time_phrase_at (c, first, end);
  gboolean trigger_before = FALSE;
  for (guint k = first; other_event < end && k < other_event && !trigger_before; k++)
    trigger_before = tk (c, k)->kind == NG_TOK_WORD && (tok_in (c, k, triggers) || tok_in (c, k, verb_triggers)
                                                       || tok_in (c, k, host_verbs));
  if (!trigger_before)
    other_event = end;
  for (guint m = 0; m < ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      gint id = g_array_index (c->ex->ment_ent, gint, m);
      if (id < 0 || ent (c, id)->kind != NG_KIND_PERSON || x->first > other_event)
        continue;
      if (x->speaker && !speaks_at_meeting (c, x->last, end) && !speaks_while_meeting (c, x->last, end)
          && !after_meeting (c, first, end)
          && !addresses_meeting (c, x->last, end) && !delegate_clause (c, x->last, end)
          && !attended_apposition (c, x->last, end) && !opening_participle (c, first, x)
          && !accompanies (c, x->last, end))
        continue;
      if (leads_body (c, first, x))
        continue;
      /* (but "President Trump's meeting with President Zelenskyy": the
       * meeting's own) */
      if (x->possessive)
        {
          gboolean own = FALSE;
          for (guint q = x->last; q < end && q < x->last + 3 && !own; q++)
            own = tok_in (c, q, triggers) && ng_strcmp (kw (c, q), "visit");
          if (!own)
            continue;
        }
      guint f = x->first;
      if (x->title >= 0)
        f = MIN (f, mn (c, (guint) x->title)->first);
      while (f > first && tk (c, f - 1)->kind == NG_TOK_WORD && (!ng_strcmp (kw (c, f - 1), "the")
                                                                || mn_is_demonym_at (c, f - 1)))
        f--;
      /* ("represented His Highness Sheikh X": over the honorifics) */
      for (guint n = 0; n < 4 && f > first + 1 && tk (c, f - 1)->kind == NG_TOK_WORD && (tk (c, f - 1)->flags & NG_TF_CAP)
                        && (ng_lexicon_find (c->ex->lex, kw (c, f - 1), NG_LEX_HONORIFIC)
                            || ((!ng_strcmp (kw (c, f - 2), "his") || !ng_strcmp (kw (c, f - 2), "her"))
                                && (tk (c, f - 2)->flags & NG_TF_CAP)));
           n++)
        f -= (!ng_strcmp (kw (c, f - 2), "his") || !ng_strcmp (kw (c, f - 2), "her")) ? 2 : 1;
      /* ("a letter from his Indian counterpart X": over the description
       * and its possessive) */
      for (guint q = 0; q < m; q++)
        if (mn (c, q)->role == NG_MS_DESCRIPTION && mn (c, q)->last == f && mn (c, q)->first > first + 1)
          {
            f = mn (c, q)->first;
            if (!ng_strcmp (kw (c, f - 1), "his") || !ng_strcmp (kw (c, f - 1), "her")
                || !ng_strcmp (kw (c, f - 1), "their"))
              f--;
            break;
          }
      /* "pressure from U.S. President X": a country before the title */
      guint fc = f;
      for (guint q = 0; q < m && x->title >= 0; q++)
        if (mn (c, q)->last == f && mn (c, q)->role == NG_MS_ENTITY && mn (c, q)->kind == NG_KIND_COUNTRY
            && mn (c, q)->first < f && mn (c, q)->first > first)
          fc = mn (c, q)->first;
      /* (but "X took over as chairman of the bloc from Nigeria's President
       * Y": Y handed over, there) */
      gboolean handed = FALSE;
      for (guint b = fc > first + 12 ? fc - 12 : first; b + 1 < fc && !handed; b++)
        handed = (!ng_strcmp (kw (c, b), "took") || !ng_strcmp (kw (c, b), "takes") || !ng_strcmp (kw (c, b), "taking"))
                 && !ng_strcmp (kw (c, b + 1), "over");
      if (fc < f && !(handed && !ng_strcmp (kw (c, fc - 1), "from"))
          && (!ng_strcmp (kw (c, fc - 1), "from") || !ng_strcmp (kw (c, fc - 1), "against")
              || !ng_strcmp (kw (c, fc - 1), "about") || !ng_strcmp (kw (c, fc - 1), "without")))
        continue;
      /* "sent its ambassador, X, rather than Foreign Minister Y", "instead
       * of Y": Y stayed away */
      if (fc > first + 1 && ((!ng_strcmp (kw (c, fc - 1), "than") && !ng_strcmp (kw (c, fc - 2), "rather"))
                             || (!ng_strcmp (kw (c, fc - 1), "of") && !ng_strcmp (kw (c, fc - 2), "instead"))
                             /* ("was represented by X rather than by Y") */
                             || (fc > first + 2 && !ng_strcmp (kw (c, fc - 1), "by") && !ng_strcmp (kw (c, fc - 2), "than")
                                 && !ng_strcmp (kw (c, fc - 3), "rather"))))
        continue;
      /* ("on behalf of the President of the Transition, General X": over
       * a title in apposition before the name, and a rank) */
      if (fc > first + 3)
        {
          guint g = fc;
          if (g > first + 1 && tk (c, g - 1)->kind == NG_TOK_WORD && (tk (c, g - 1)->flags & NG_TF_CAP)
              && ng_lexicon_find (c->ex->lex, kw (c, g - 1), NG_LEX_HONORIFIC))
            g--;
          if (tk (c, g - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, g - 1)->start] == ',')
            for (guint q = 0; q < ms->len; q++)
              if (mn (c, q)->role == NG_MS_TITLE && mn (c, q)->first > first + 2 && mn (c, q)->last + 8 >= g
                  && mn (c, q)->last < g)
                {
                  guint tf = mn (c, q)->first;
                  if (!ng_strcmp (kw (c, tf - 1), "the"))
                    tf--;
                  if (tf > first + 2 && !ng_strcmp (kw (c, tf - 1), "of") && !ng_strcmp (kw (c, tf - 2), "behalf"))
                    fc = tf;
                  break;
                }
        }
      /* "Bayramov, who represented President Ilham Aliyev,", "on behalf
       * of X": X is not there (unless a clause of X's own says where X
       * is: "on behalf of Guterres, who was attending the G20 summit") */
      if (fc > first && (!ng_strcmp (kw (c, fc - 1), "represented") || !ng_strcmp (kw (c, fc - 1), "representing")
                         || !ng_strcmp (kw (c, fc - 1), "represents")
                         || (fc > first + 2 && !ng_strcmp (kw (c, fc - 1), "of") && !ng_strcmp (kw (c, fc - 2), "behalf"))
                         /* ("the 20th anniversary of its founding by Fidel and
                          * Chávez": founders of the body, not at its summit) */
                         || (fc > first + 2 && !ng_strcmp (kw (c, fc - 1), "by")
                             && (!ng_strcmp (kw (c, fc - 2), "founding") || !ng_strcmp (kw (c, fc - 2), "founded")
                                 || !ng_strcmp (kw (c, fc - 2), "created") || !ng_strcmp (kw (c, fc - 2), "established")))
                         || (fc > first + 4 && !ng_strcmp (kw (c, fc - 1), "and") && handed_founders (c, first, fc)))
          && !(x->last + 1 < end && !ng_strcmp (kw (c, x->last + 1), "who")))
        continue;
      /* (but "under the chairmanship of X", "with the participation of X") */
      gboolean of_taking_part = f > first + 1 && !ng_strcmp (kw (c, f - 1), "of")
        && (!ng_strcmp (kw (c, f - 2), "chairmanship") || !ng_strcmp (kw (c, f - 2), "participation")
            || !ng_strcmp (kw (c, f - 2), "presence")
            /* ("paid a visit to Ljubljana at the invitation of Foreign
             * Minister X": the host) */
            || (!ng_strcmp (kw (c, f - 2), "invitation") && invited_by_person (c, visit_before (c, first, f), first, end))
            /* ("received today the visit of the Australian Minister of
             * Foreign Affairs, Penny Wong": the visitor) */
            || (!ng_strcmp (kw (c, f - 2), "visit") && received_before (c, first, f - 2)));
      /* (but "on behalf of X, who was attending the G20 summit": the
       * relative clause is X's own) */
      gboolean own_clause = FALSE;
      if (x->last + 2 < end && tk (c, x->last)->kind == NG_TOK_PUNCT && c->art->text[tk (c, x->last)->start] == ','
          && !ng_strcmp (kw (c, x->last + 1), "who"))
        for (guint j = x->last + 2; j < end && j < x->last + 12 && !own_clause; j++)
          {
            if (tk (c, j)->kind == NG_TOK_PUNCT && c->art->text[tk (c, j)->start] == ',')
              break;
            own_clause = tok_in (c, j, triggers);
          }
      /* (an "of" inside a body's name before the title is no object's:
       * "Bureau of Fisheries Director X") */
      gboolean name_of = f > first + 1 && !ng_strcmp (kw (c, f - 1), "of") && (tk (c, f - 2)->flags & NG_TF_CAP)
                         && (tk (c, f)->flags & NG_TF_CAP) && x->title >= 0
                         && (!ng_strcmp (kw (c, f - 2), "bureau") || !ng_strcmp (kw (c, f - 2), "ministry")
                             || !ng_strcmp (kw (c, f - 2), "department") || !ng_strcmp (kw (c, f - 2), "office")
                             || !ng_strcmp (kw (c, f - 2), "division") || !ng_strcmp (kw (c, f - 2), "directorate"));
      if (f > first && !of_taking_part && !own_clause && !name_of
          && (!ng_strcmp (kw (c, f - 1), "of") || !ng_strcmp (kw (c, f - 1), "against")
              || !ng_strcmp (kw (c, f - 1), "about") || !ng_strcmp (kw (c, f - 1), "without")
              /* ("without a defense minister since X was removed") */
              || !ng_strcmp (kw (c, f - 1), "since")
              || (!ng_strcmp (kw (c, f - 1), "from") && !handed)))
        continue;
      /* "without his father, former Prime Minister X": an apposition to an excluded phrase. */
      if (f > first + 1 && tk (c, f - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, f - 1)->start] == ',')
        {
          gboolean excluded = FALSE;
          for (guint b = f - 1; b > first && b + 4 > f; b--)
            {
              const char *w = kw (c, b - 1);
              /* ("of" only before a possessive: "in the absence of his
               * deputy, X"; not "the heads of government meeting, X met") */
              const char *nx = kw (c, b);
              if (!ng_strcmp (w, "without") || !ng_strcmp (w, "except") || !ng_strcmp (w, "excluding") || !ng_strcmp (w, "unlike")
                  || !ng_strcmp (w, "from")
                  || (!ng_strcmp (w, "of") && (!ng_strcmp (nx, "his") || !ng_strcmp (nx, "her") || !ng_strcmp (nx, "their")
                                            || !ng_strcmp (nx, "its"))))
                excluded = TRUE;
              if (tk (c, b - 1)->kind != NG_TOK_WORD || (tk (c, b - 1)->flags & NG_TF_CAP))
                break;
            }
          if (excluded)
            continue;
        }
      gboolean dup = FALSE;
      for (guint p = 0; p < people->len; p++)
        if (g_array_index (people, gint, p) == id)
          dup = TRUE;
      if (!dup)
        {
          g_array_append_val (people, id);
          g_array_append_val (people_m, m);
        }
    }

  /* Date expressions of the sentence (not the date of a statement or of another
   * event), each owned by the meeting word nearest to it.  Only a meeting word
   * or people (below) use them: other sentences skip the search. */
  GPtrArray *dates = c->ex->dates;
  GArray *date_pos = c->ex->date_pos;
  g_ptr_array_set_size (dates, 0);
  g_array_set_size (date_pos, 0);
  gboolean want_dates = trig_pos->len || people->len || has_word (c, first, end, open_verbs);
  if (c->ex->debug && trig_pos->len)
    {
      fprintf (stderr, "   TRIGGERS");
      for (guint k = 0; k < trig_pos->len; k++)
        fprintf (stderr, " %s", kw (c, g_array_index (trig_pos, guint, k)));
      fprintf (stderr, "\n");
    }
  for (guint i = first; i < end && want_dates; i++)
    {
      NgDate d;
      gboolean rel;
      gint wd;
      guint used = date_at (c, i, end, &d, &rel, &wd);
      if (!used)
        continue;
      gboolean other = FALSE, done = FALSE;
      for (guint b = i >= first + 3 ? i - 3 : first; b < i; b++)
        if (!ng_strcmp (kw (c, b), "said") || !ng_strcmp (kw (c, b), "announced") || !ng_strcmp (kw (c, b), "told")
            || !ng_strcmp (kw (c, b), "statement") || !ng_strcmp (kw (c, b), "reported"))
          other = TRUE;
        else if (tok_in (c, b, date_verbs))
          other = done = TRUE;
      /* (but "X said on Wednesday that ..., as he attended the plenary of
       * the summit": said there, that day) */
      if (other && said_while_attending (c, i, end))
        other = FALSE;
      /* (and "The roadmap was adopted on Tuesday at the 33rd Annual Meeting
       * of ...": done at the meeting, that day; not "said on Wednesday at
       * the World Economic Forum", which opened before) */
      if (other && done && i + used < end && !ng_strcmp (kw (c, i + used), "at"))
        for (guint j = i + used + 1; j < end && j < i + used + 9 && other; j++)
          {
            if (tk (c, j)->kind == NG_TOK_PUNCT)
              break;
            if (tok_in (c, j, triggers))
              other = FALSE;
          }
      if (i > first && tk (c, i - 1)->kind == NG_TOK_NUMBER)
        other = TRUE;
      /* "ahead of the February 26 by-election", "the June 3 vote": a day
       * written before a noun is that thing's, a meeting's only if the
       * noun names one ("the February 12 summit") */
      if (i > first && !ng_strcmp (kw (c, i - 1), "the") && i + used < end && tk (c, i + used)->kind == NG_TOK_WORD
          && !(tk (c, i + used)->flags & NG_TF_CAP) && !tok_in (c, i + used, triggers)
          && !tok_in (c, i + used, verb_triggers) && ng_strcmp (kw (c, i + used), "and")
          && ng_strcmp (kw (c, i + used), "or") && ng_strcmp (kw (c, i + used), "to"))
        other = TRUE;
      /* "holds the rotating presidency until June 30": the end of a
       * term, no meeting's day; nor "since the former army commander was
       * elected head of state on Jan. 9" */
      if (i > first && (!ng_strcmp (kw (c, i - 1), "until") || !ng_strcmp (kw (c, i - 1), "till")
                        || !ng_strcmp (kw (c, i - 1), "through")))
        other = TRUE;
      /* "the two-day meeting that ends on Thursday": the last day, to come,
       * not the first */
      {
        /* (or "which ends tomorrow in Yokohama") */
        guint v = i > first + 1 && !ng_strcmp (kw (c, i - 1), "on") ? i - 2 : i - 1;
        /* ("that wraps up Sunday") */
        if (v > first && !ng_strcmp (kw (c, v), "up"))
          v--;
        if (v >= first && i > first
            && (!ng_strcmp (kw (c, v), "ends") || !ng_strcmp (kw (c, v), "closes") || !ng_strcmp (kw (c, v), "concludes")
                || !ng_strcmp (kw (c, v), "wraps")))
          other = TRUE;
      }
      for (guint b = i; b > first && b + 12 > i && !other; b--)
        {
          if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
            break;
          other = !ng_strcmp (kw (c, b - 1), "since");
        }
      /* "chaired by Charles Michel, who hands over on December 1 to X": the
       * day of a person's own clause, unless it is of a meeting ("who
       * attended the summit on Friday") */
      for (guint b = i; b > first + 1 && b + 10 > i && !other; b--)
        {
          if (tk (c, b - 1)->kind == NG_TOK_PUNCT)
            break;
          if (!ng_strcmp (kw (c, b - 1), "who") && tk (c, b - 2)->kind == NG_TOK_PUNCT
              && c->art->text[tk (c, b - 2)->start] == ',')
            {
              gboolean meets = FALSE;
              for (guint j = b; j < i && !meets; j++)
                meets = tok_in (c, j, triggers) || tok_in (c, j, verb_triggers) || tok_in (c, j, attend_verbs)
                        || tok_in (c, j, part_words) || tok_in (c, j, host_verbs);
              /* (nor "received X, who visited Baku on August 31") */
              for (guint j = first; j + 2 < b && !meets; j++)
                meets = tok_in (c, j, verb_triggers) && guest_visit_clause (c, j, i);
              other = !meets;
            }
        }
      /* "had initially been scheduled for October 24, but was pushed
       * back", "postponed from October 24": the old day of a moved meeting */
      if (!other && i > first && !ng_strcmp (kw (c, i - 1), "from") && moved (c, first, end))
        other = TRUE;
      for (guint b = i >= first + 6 ? i - 6 : first; b < i && !other; b++)
        if ((!ng_strcmp (kw (c, b), "initially") || !ng_strcmp (kw (c, b), "originally")
             || !ng_strcmp (kw (c, b), "previously"))
            && moved (c, first, end))
          other = TRUE;
      /* "X on Tuesday arrived in Astana": the day of a journey. */
      if (i + used < end)
        {
          const char *w = kw (c, i + used);
          if (!ng_strcmp (w, "arrived") || !ng_strcmp (w, "arrives") || !ng_strcmp (w, "landed") || !ng_strcmp (w, "flew"))
            other = TRUE;
        }
      /* "who arrived in Hiroshima on Friday", "arrived in Khankendi,
       * Azerbaijan, on Thursday": the day of a journey. */
      for (guint b = i >= first + 8 ? i - 8 : first; b < i && !other; b++)
        {
          const char *w = kw (c, b);
          if (!ng_strcmp (w, "arrived") || !ng_strcmp (w, "arrives") || !ng_strcmp (w, "arriving")
              || !ng_strcmp (w, "landed") || !ng_strcmp (w, "flew"))
            {
              other = TRUE;
              for (guint j = b + 1; j < i; j++)
                if (tok_in (c, j, triggers)
                    || (tk (c, j)->kind == NG_TOK_PUNCT && c->art->text[tk (c, j)->start] != ',')
                    || (j > b + 5 && tk (c, j)->kind == NG_TOK_PUNCT))
                  other = FALSE;
            }
        }
      /* "arrived in the capital yesterday and met X": the same day */
      if (other && i + used + 1 < end && !ng_strcmp (kw (c, i + used), "and"))
        {
          const char *v = kw (c, i + used + 1);
          if (!ng_strcmp (v, "met") || !ng_strcmp (v, "held") || !ng_strcmp (v, "received") || !ng_strcmp (v, "hosted"))
            other = FALSE;
        }
      char *ds = NULL;
      if (!other && rel)
        {
          NgDate r;
          NgTense tense = planned ? NG_TENSE_FUTURE : (past ? NG_TENSE_PAST : NG_TENSE_ANY);
          /* ("gathered on Wednesday ahead of the summit, which opens on
           * Thursday": the present of a meeting's own verb is to come) */
          {
            guint v = i > first && !ng_strcmp (kw (c, i - 1), "on") ? i - 1 : i;
            const char *pv = v > first ? kw (c, v - 1) : "";
            if (!ng_strcmp (pv, "opens") || !ng_strcmp (pv, "begins") || !ng_strcmp (pv, "starts")
                || !ng_strcmp (pv, "convenes") || !ng_strcmp (pv, "resumes"))
              tense = NG_TENSE_FUTURE;
          }
          /* (both said: the word nearer the weekday, "on Thursday evening,
           * X and Y held a meeting ..., where they discussed the planned
           * rail link") */
          if (planned && past)
            {
              guint dp = G_MAXUINT, df = G_MAXUINT;
              for (guint j = first; j < end; j++)
                {
                  guint dist = j > i ? j - i : i - j;
                  /* (not "will be held", "to be hosted", nor a participle
                   * after a comma: "..., hosted by X") */
                  if (tok_in (c, j, past_words) && dist < dp && !(j > first && !ng_strcmp (kw (c, j - 1), "be"))
                      && !(j > first && j + 1 < end && tk (c, j - 1)->kind == NG_TOK_PUNCT && !ng_strcmp (kw (c, j + 1), "by")))
                    dp = dist;
                  if ((tok_in (c, j, planned_words) || is_to_at (c, j, end)) && dist < df)
                    df = dist;
                }
              if (dp < df)
                tense = NG_TENSE_PAST;
            }
          /* "will continue to Washington next week, where she is due to
           * meet Rubio on Tuesday": that weekday of the week after the
           * article's (or before it: "last week") */
          gint week = 0;   /* +1 next week, -1 last week */
          for (guint b = i > first + 12 ? i - 12 : first; b + 1 < end && b < i + 3 && !week; b++)
            if (!ng_strcmp (kw (c, b + 1), "week"))
              week = !ng_strcmp (kw (c, b), "next") ? 1 : !ng_strcmp (kw (c, b), "last") ? -1 : 0;
          gint awd = c->have_date && c->adate.year ? ng_date_weekday (&c->adate) : 0;
          if (week && awd)
            {
              r = ng_date_add_days (&c->adate, 7 * week - awd + wd);
              ds = ng_date_format (&r);
            }
          else if (resolve_weekday (c, wd, tense, &r))
            ds = ng_date_format (&r);
        }
      else if (!other)
        {
          /* ("Sandvik said he would host them again in Oslo on November
           * 12" in April: this November, not last) */
          gboolean ahead = FALSE;
          for (guint j = i > first + 12 ? i - 12 : first; j < i && !ahead; j++)
            ahead = tok_in (c, j, planned_words) && ng_strcmp (kw (c, j), "may") && ng_strcmp (kw (c, j), "set");
          complete_year (c, &d, ahead);
          ds = ng_date_format (&d);
        }
      if (ds)
        {
          g_ptr_array_add (dates, ds);
          g_array_append_val (date_pos, i);
        }
      i += used - 1;
    }

  /* "Later that day", "Earlier the same day", "Later in the day": the day
   * said last before */
  if (!dates->len && c->last_date)
    for (guint i = first; i + 1 < end; i++)
      if ((!ng_strcmp (kw (c, i + 1), "day")
           /* ("Later in the afternoon", "Earlier in the morning") */
           || ((!ng_strcmp (kw (c, i + 1), "afternoon") || !ng_strcmp (kw (c, i + 1), "evening")
                || !ng_strcmp (kw (c, i + 1), "morning"))
               && !ng_strcmp (kw (c, i), "the") && i >= first + 2 && !ng_strcmp (kw (c, i - 1), "in")))
          && (!ng_strcmp (kw (c, i), "that") || (!ng_strcmp (kw (c, i), "same") && i > first && !ng_strcmp (kw (c, i - 1), "the"))
              /* "Later in the day", "Earlier in the day" */
              || (!ng_strcmp (kw (c, i), "the") && i >= first + 2 && !ng_strcmp (kw (c, i - 1), "in")
                  && (!ng_strcmp (kw (c, i - 2), "later") || !ng_strcmp (kw (c, i - 2), "earlier")))))
        {
          /* (the day of the meeting of the sentence just before, if it has
           * one: "On the sidelines of the summit, A held talks with B. B
           * also met C later in the afternoon") */
          const char *ld = c->last_date;
          if (prev_meeting >= 0 && prev_meeting_sent + 1 >= c->sent
              && g_array_index (c->doc->meetings, NgMeeting, prev_meeting).date
              && !g_array_index (c->doc->meetings, NgMeeting, prev_meeting).other)
            ld = g_array_index (c->doc->meetings, NgMeeting, prev_meeting).date;
          g_ptr_array_add (dates, g_strdup (ld));
          g_array_append_val (date_pos, i);
          break;
        }
  /* "held talks a day earlier", "the day before": a day before the day
   * said last (not "a day before the summit") */
  if (!dates->len && c->last_date)
    for (guint i = first; i + 2 < end; i++)
      {
        const char *a = kw (c, i), *b = kw (c, i + 1), *n = kw (c, i + 2);
        gint delta = 0;
        if ((!ng_strcmp (a, "a") || !ng_strcmp (a, "the")) && !ng_strcmp (b, "day")
            && (!ng_strcmp (n, "earlier") || !ng_strcmp (n, "before")))
          delta = -1;
        else if (!ng_strcmp (a, "a") && !ng_strcmp (b, "day") && !ng_strcmp (n, "later"))
          delta = 1;
        NgDate ld;
        if (!delta || !ng_date_parse (c->last_date, &ld) || !ld.month || !ld.day
            || (i + 3 < end && tk (c, i + 3)->kind == NG_TOK_WORD && ng_strcmp (kw (c, i + 3), "with")
                && ng_strcmp (kw (c, i + 3), "and") && ng_strcmp (kw (c, i + 3), "in") && ng_strcmp (kw (c, i + 3), "at")))
          continue;
        NgDate r = ld;
        if (ld.year)
          r = ng_date_add_days (&ld, delta);
        else
          {
            NgDate tmp = { 2001, ld.month, ld.day };   /* (a year without Feb 29 is enough) */
            tmp = ng_date_add_days (&tmp, delta);
            r.month = tmp.month, r.day = tmp.day;
          }
        g_ptr_array_add (dates, ng_date_format (&r));
        g_array_append_val (date_pos, i);
        break;
      }
  if (dates->len)
    {
      /* (not a day of a past year, said as background: "the previous
       * summit was held in Dushanbe on 15 September 2023", then "On the
       * same day, X received ...": the story's day) */
      const char *ld = g_ptr_array_index (dates, dates->len - 1);
      if (!(c->have_date && c->adate.year && g_ascii_isdigit (ld[0]) && atoi (ld) < c->adate.year))
        {
          g_free (c->last_date);
          c->last_date = g_strdup (ld);
        }
      sent_flag_set (c->sent_dated, c->sent);
    }
  /* (a phone call is no meeting, but its day may be a later sentence's) */
  if (phoned)
    {
      /* "On the margins of the summit, X, Y and Z held a phone call with
       * W": the callers, named before the call, are at the summit */
      gboolean margins = FALSE;
      for (guint i = first; i + 3 < end && i < first + 3 && !margins; i++)
        margins = (!ng_strcmp (kw (c, i), "margins") || !ng_strcmp (kw (c, i), "sidelines")) && !ng_strcmp (kw (c, i + 1), "of")
                  && !ng_strcmp (kw (c, i + 2), "the") && tok_in (c, i + 3, triggers);
      gint mi = c->last_org_meeting;
      guint call = first;
      while (call < end && !tok_in (c, call, phone_words))
        call++;
      for (guint p = 0; margins && mi >= 0 && p < people->len; p++)
        {
          NgMentionSpan *x = mn (c, g_array_index (people_m, guint, p));
          if (x->last <= call && !(call > first && x->first > call - 1))
            attend (c, mi, g_array_index (people, gint, p), NG_MODE_IN_PERSON, NG_STATUS_ATTENDED, FALSE,
                    x->start, x->end);
        }
      return;
    }
  gboolean any_trigger = FALSE;
  const char *pending_date = NULL;
  const char *frame_date = NULL;   /* the day of a meeting named for context */
  /* "On the sidelines, he held talks with X": on the day of the meeting
   * said before */
  if (first + 3 < end && (!ng_strcmp (kw (c, first), "on") || !ng_strcmp (kw (c, first), "at"))
      && !ng_strcmp (kw (c, first + 1), "the") && sidelines_at (c, first + 2)
      && tk (c, first + 3)->kind == NG_TOK_PUNCT && c->art->text[tk (c, first + 3)->start] == ',')
    {
      gint fm = c->last_org_meeting >= 0 ? c->last_org_meeting : c->last_meeting;
      if (fm >= 0)
        frame_date = g_array_index (c->doc->meetings, NgMeeting, fm).date;
    }
  /* "... on the sidelines on Friday" with no "of": the frame is the
   * meeting said before (looked for once a sentence) */
  gboolean on_sidelines = FALSE;
  for (guint b = first; b + 3 <= end && !on_sidelines; b++)
    on_sidelines = (!ng_strcmp (kw (c, b), "on") || !ng_strcmp (kw (c, b), "at")) && !ng_strcmp (kw (c, b + 1), "the")
                   && sidelines_at (c, b + 2) && (b + 3 == end || ng_strcmp (kw (c, b + 3), "of"));
  gint sent_mi = -1;    /* the sentence's last meeting, and its word */
  guint sent_k = 0;
  gint prior_mi = -1;   /* the sentence's meeting before sent_mi */
  for (guint k = first; k < end; k++)
    {
      if (tk (c, k)->kind != NG_TOK_WORD || !tok_in_bits (c, k, MEETING_WORD_BITS))
        continue;
      const char *tw = kw (c, k);
      if (manner_session (c, k, first))
        continue;
      gboolean gerund = meeting_gerund (c, k, first, end);
      gboolean verb = tok_in (c, k, verb_triggers) || calls_on (c, k, end) || hosts_person (c, k, end) || gerund
                      || group_decides (c, k, first, end) || came_together (c, k, first, end);
      gboolean sub = tok_in (c, k, sub_events);
      if (!verb && !sub && !tok_in (c, k, triggers) && !courtesy_call (c, k, first) && !assembly_debate (c, k, first, end)
          && !numbered_sitting (c, k, first) && !retreat_meeting (c, k, first) && !body_chaired (c, k, first, end)
          && !video_meeting (c, k, first))
        continue;
      if (!trigger_here (c, k, first, end, verb) && !body_chaired (c, k, first, end) && !video_meeting (c, k, first))
        continue;
      /* ("members that want a forum," said X: a quoted word after "a" is
       * no meeting; "The talks have been productive," X said stays the
       * talks X had) */
      if (quoted_sentence && k > first && (!ng_strcmp (kw (c, k - 1), "a") || !ng_strcmp (kw (c, k - 1), "an"))
          && opened_quote (c, first, k))
        continue;
      if (verb && clause_verb_of_meeting (c, k, first))
        continue;
      /* "he had no plans to meet Lavrov", "will not meet", "did not hold a
       * bilateral meeting": no meeting */
      if (negated_verb (c, k, first, verb))
        continue;
      /* "renewed his offer to host peace talks", "is ready to host a
       * summit": a meeting offered, not held nor planned */
      gboolean offered = FALSE;
      for (guint b = k >= first + 8 ? k - 8 : first; b + 1 < k && !offered; b++)
        {
          const char *w = kw (c, b);
          offered = ((!ng_strcmp (w, "offer") || !ng_strcmp (w, "offered") || !ng_strcmp (w, "offers")
                      || !ng_strcmp (w, "offering") || !ng_strcmp (w, "ready") || !ng_strcmp (w, "willing")
                      || !ng_strcmp (w, "readiness") || !ng_strcmp (w, "willingness"))
                     && !ng_strcmp (kw (c, b + 1), "to"))
                    /* "has called for the summit to be held in Islamabad",
                     * "will keep pushing for stalled summit": asked for */
                    || ((!ng_strcmp (w, "called") || !ng_strcmp (w, "calls") || !ng_strcmp (w, "calling")
                         || !ng_strcmp (w, "pushing") || !ng_strcmp (w, "push") || !ng_strcmp (w, "pressed")
                         || !ng_strcmp (w, "pressing"))
                        && !ng_strcmp (kw (c, b + 1), "for"));
        }
      if (offered)
        {
          any_trigger = TRUE;   /* (and the people asking attend no other) */
          continue;
        }
      gboolean other = another_instance (c, k, first);
      /* Context uses: "on the sidelines of the summit", "ahead of the summit". */
      gboolean context = named_for_context (c, k, first) && !gerund;
      /* "The summit was preceded on Friday by the session of the Council,
       * chaired by X": the people are the other meeting's */
      if (!verb && k + 2 < end)
        {
          guint v = k + 1;
          if (!ng_strcmp (kw (c, v), "was") || !ng_strcmp (kw (c, v), "is") || !ng_strcmp (kw (c, v), "will")
              || !ng_strcmp (kw (c, v), "had"))
            v++;
          if (!ng_strcmp (kw (c, v), "be") || !ng_strcmp (kw (c, v), "been"))
            v++;
          /* (and "The summit follows a public spat between A and B": the
           * people are the spat's) */
          if (v < end && (!ng_strcmp (kw (c, v), "preceded") || !ng_strcmp (kw (c, v), "followed")
                          || (v > k + 1 && !ng_strcmp (kw (c, v), "prepared"))
                          || (v == k + 1 && (!ng_strcmp (kw (c, v), "follows") || !ng_strcmp (kw (c, v), "precedes")))))
            context = TRUE;
        }
      gint body = -1;
      gint series = -2;   /* (event_series of k, once asked) */
      gint org = verb ? subject_org (c, first, k) : organizer_of (c, k, first, end, &body);
      /* "China's central bank gathered the heads of the largest lenders",
       * "The commission convened the party representatives": a body
       * said by its noun calls a group together */
      if (org < 0 && verb && k >= first + 2 && receives_group (c, k, end)
          && (!ng_strcmp (kw (c, k - 2), "the") || (tk (c, k - 2)->flags & NG_TF_POSS)
              || (!ng_strcmp (kw (c, k - 2), "central") && !ng_strcmp (kw (c, k - 1), "bank"))))
        org = noun_org (c, k - 1, first);
      if (org < 0 && !verb && k > first)
        {
          /* "The Council held an emergency meeting". */
          for (guint b = k >= first + 4 ? k - 4 : first; b < k; b++)
            if (tok_in (c, b, host_verbs))
              org = subject_org (c, first, b);
        }
      /* "X met his counterparts from the Visegrad Group": the group's */
      if (org < 0 && verb)
        org = counterparts_body (c, k, end);
      if (org < 0)
        org = members_anaphor (c, first, k);
      /* (not of a meeting still to come, "would present the findings to
       * the council's annual session in Stockholm later this month",
       * which the article's meetings are not) */
      /* (but "briefed his host on the bloc's summit, which he will
       * chair", after the bloc in the sentence: that bloc's) */
      if (org < 0 && !verb)
        org = possessive_anaphor (c, first, k, plan_words (c, first, end) || infinitive_plan (c, first, end));
      if (org < 0)
        org = of_the_bloc (c, k, end);
      /* "Foreign ministers of the Council of the Baltic Sea States agreed
       * on Thursday ..." then "The ministerial session in Tallinn was
       * chaired by X": the first meeting said, anaphorically, just after
       * an organization's people acted together is that organization's */
      if (org < 0 && !verb && c->last_meeting < 0 && c->people_org >= 0 && c->people_org_sent + 1 >= (gint) c->sent
          && k > first && (!ng_strcmp (kw (c, k - 1), "the") || (k > first + 1 && !ng_strcmp (kw (c, k - 2), "the"))))
        org = c->people_org;
      /* "The summit was preceded by a ministerial meeting": the summit's
       * organization's */
      /* (or "The ministers' meeting follows a Senior Officials' Meeting") */
      if (org < 0 && !verb && c->last_org_meeting >= 0 && k > first + 2 && precedes_or_follows (c, first, k))
        for (guint b = k - 1; b > first && b + 6 > k; b--)
          if (!ng_strcmp (kw (c, b), "by") || !ng_strcmp (kw (c, b), "follows") || !ng_strcmp (kw (c, b), "precedes"))
            {
              org = g_array_index (c->doc->meetings, NgMeeting, c->last_org_meeting).organizer;
              break;
            }
      /* "a Jordanian-Benelux ministerial meeting ..., held at the
       * invitation of the Benelux Union": its host */
      if (org < 0 && !verb)
        org = invited_by (c, k, end);
      /* a news agency reports meetings, it holds none ("MOSCOW. April 18
       * (Interfax) - X and Y held talks") */
      if (org >= 0 && (ent (c, org)->kind != NG_KIND_ORG || org == c->doc->publisher
                       || (ent (c, org)->lex_key && g_str_has_prefix (ent (c, org)->lex_key, "agency-"))))
        org = -1;
      /* Bilateral: "meeting with X", "talks with X", "met X". */
      gint with = with_partner (c, k, end, verb);
      /* (not "X and Y signed a deal after talks in Doha": their talks) */
      /* (another meeting than the article's, "reviewed the outcomes of the
       * previous meeting of the committee, held in Amman", is one of its
       * own, below, not the committee's meeting of the article) */
      if (context && !other && with < 0 && !(org < 0 && people->len >= 2 && people_held (c, k, first))
          && !(org < 0 && talks_between (c, first, k, end)))
        {
          /* "ahead of a summit of the CIS in Dushanbe on October 10": the
           * meeting exists; nobody here is said to attend it. */
          if (org >= 0)
            {
              const char *cdate = NULL;
              for (guint d = 0; d < dates->len && !cdate; d++)
                if (g_array_index (date_pos, guint, d) > k)
                  cdate = g_ptr_array_index (dates, d);
              /* "OPEC+ agreed on Saturday ... after a brief online
               * meeting": the day of what followed the meeting */
              gboolean after = FALSE;
              for (guint b = k > first + 5 ? k - 5 : first; b < k; b++)
                after = after || !ng_strcmp (kw (c, b), "after");
              for (guint d = dates->len; after && !cdate && d-- > 0;)
                if (g_array_index (date_pos, guint, d) < k)
                  cdate = g_ptr_array_index (dates, d);
              gint mi = meeting_for (c, org, body, kind_of_trigger (tw), cdate, FALSE, tk (c, k)->start, tk (c, k)->end);
              NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, mi);
              gint pl = sentence_place_after (c, k, end);
              /* "last met in Rio de Janeiro on the sidelines of a G20
               * meeting": where they met */
              if (pl < 0)
                pl = sentence_place (c, first, k);
              if (pl >= 0 && (mt->place < 0 || (ent (c, pl)->kind == NG_KIND_CITY && ent (c, mt->place)->kind != NG_KIND_CITY)))
                mt->place = pl;
              /* "On the sidelines of the Board meeting, X held a bilateral
               * meeting with Y": on the day of the body's meeting */
              if (!frame_date && mt->date && k >= first + 3 && (!ng_strcmp (kw (c, first), "on") || !ng_strcmp (kw (c, first), "at")))
                for (guint b = first + 1; b + 1 < k && !frame_date; b++)
                  if (sidelines_at (c, b) && !ng_strcmp (kw (c, b + 1), "of"))
                    frame_date = mt->date;
              /* ("The meeting took place within the framework of the
               * council's meeting": "the talks" after it are still the
               * meeting said first) */
              gboolean framework = FALSE;
              for (guint b = k > first + 4 ? k - 4 : first; b < k; b++)
                framework = framework || !ng_strcmp (kw (c, b), "framework");
              /* (nor after the sentence's own meeting of a body: "opened the
               * 28th Micronesian Islands Forum ..., with preparations for
               * this year's Pacific Islands Forum Leaders Meeting topping
               * the agenda. Also attending were X" at the first) */
              gboolean own_first = sent_mi >= 0 && sent_mi != mi && sent_k < k
                                   && g_array_index (c->doc->meetings, NgMeeting, sent_mi).organizer >= 0;
              if (!framework && !own_first)
                c->last_meeting = mi;
              else if (mi >= 0)
                {
                  if (c->att_count->len <= (guint) mi)
                    g_array_set_size (c->att_count, (guint) mi + 1);
                  if (g_array_index (c->att_count, guint, mi) == 0)
                    g_array_index (c->att_count, guint, mi) = G_MAXUINT;
                }
              if (!own_first)
                c->last_org_meeting = mi;
            }
          /* "X spoke after the tripartite meeting of energy ministers of
           * the three countries held on Monday in Algiers": the article's
           * first meeting, named for context but with a day or a place of
           * its own, is a meeting of the article's */
          gboolean first_held = FALSE;
          if (org < 0 && c->last_meeting < 0 && with < 0 && after_the (c, k, first, FALSE))
            {
              guint held = k + 1;
              while (held < end && held < k + 12 && ng_strcmp (kw (c, held), "held")
                     && !(tk (c, held)->kind == NG_TOK_PUNCT && strchr (",;:", c->art->text[tk (c, held)->start])))
                held++;
              const char *hdate = NULL;
              for (guint d = 0; held < end && !ng_strcmp (kw (c, held), "held") && d < dates->len && !hdate; d++)
                if (g_array_index (date_pos, guint, d) > held)
                  hdate = g_ptr_array_index (dates, d);
              gint hpl = held < end && !ng_strcmp (kw (c, held), "held") ? sentence_place_after (c, held, end) : -1;
              if (hdate || hpl >= 0)
                {
                  gint mi = meeting_for (c, -1, -1, kind_of_trigger (tw), hdate, FALSE, tk (c, k)->start, tk (c, k)->end);
                  if (hpl >= 0 && g_array_index (c->doc->meetings, NgMeeting, mi).place < 0)
                    g_array_index (c->doc->meetings, NgMeeting, mi).place = hpl;
                  c->last_meeting = mi;
                  c->last_meeting_sent = c->sent;
                  first_held = TRUE;
                }
            }
          /* "X told reporters after the meeting": X was at the meeting
           * said before; "X said after an informal meeting of NATO
           * foreign ministers": at that one */
          gint spoke_after = org >= 0 ? c->last_org_meeting : c->last_meeting;
          if (spoke_after >= 0 && after_the (c, k, first, FALSE))
            for (guint p = 0; p < people->len; p++)
              {
                NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
                /* (and "X spoke after the meeting ... held on Monday") */
                if ((x->speaker || (first_held && x->first == first && x->last < k
                                    && (!ng_strcmp (kw (c, x->last), "spoke")
                                        || !ng_strcmp (kw (c, x->last), "speaking"))))
                    && x->last < k)
                  attend (c, spoke_after, g_array_index (people, gint, p), NG_MODE_IN_PERSON,
                          NG_STATUS_ATTENDED, FALSE, x->start, x->end);
              }
          /* "On the margins of the conference, X and Y took part in a
           * meeting": that meeting is on the conference's day */
          /* (or "On the sidelines of the Board meeting": the first
           * meeting of a body the article has) */
          gboolean named_frame = k > first + 1 && !ng_strcmp (kw (c, k - 2), "the") && (tk (c, k - 1)->flags & NG_TF_CAP)
                                 && tk (c, k - 1)->kind == NG_TOK_WORD;
          if (org < 0 && c->last_meeting >= 0 && k > first && (!ng_strcmp (kw (c, k - 1), "the") || named_frame))
            {
              /* ("On the sidelines of the summit": the article's first
               * summit, not the ministers' meeting said last) */
              gint fm = c->last_meeting;
              for (guint j = 0; named_frame && j < c->doc->meetings->len; j++)
                if (g_array_index (c->doc->meetings, NgMeeting, j).organizer >= 0
                    && !g_array_index (c->doc->meetings, NgMeeting, j).other)
                  {
                    fm = (gint) j;
                    break;
                  }
              /* (or of the session: "On the sidelines of the session" after
               * another body's meeting the day before) */
              NgMeetingKind fk = kind_of_trigger (tw);
              for (guint j = 0; (fk == NG_MEETING_SUMMIT || fk == NG_MEETING_SESSION) && j < c->doc->meetings->len; j++)
                if (g_array_index (c->doc->meetings, NgMeeting, j).kind == fk
                    && !g_array_index (c->doc->meetings, NgMeeting, j).other)
                  {
                    fm = (gint) j;
                    break;
                  }
              frame_date = g_array_index (c->doc->meetings, NgMeeting, fm).date;
            }
          continue;
        }
      any_trigger = TRUE;
      gboolean anaphora = FALSE;
      if (org < 0 && with < 0)
        for (guint b = k; b > first && b + 4 > k; b--)
          {
            const char *w = kw (c, b - 1);
            /* (and "attended Monday's session", "yesterday's summit") */
            if (!ng_strcmp (w, "the") || !ng_strcmp (w, "this") || !ng_strcmp (w, "that") || !ng_strcmp (w, "its")
                || !ng_strcmp (w, "their")
                || ((tk (c, b - 1)->flags & NG_TF_POSS) && !(quoted_sentence && in_quotes (c, first, end, k))
                    && (ng_date_weekday_of_word (c->art->text + tk (c, b - 1)->start, ng_token_len (tk (c, b - 1)))
                        || !ng_strcmp (w, "today") || !ng_strcmp (w, "yesterday") || !ng_strcmp (w, "tomorrow"))))
              {
                anaphora = TRUE;
                break;
              }
            if (tk (c, b - 1)->kind == NG_TOK_PUNCT && !(tk (c, b - 1)->flags & NG_TF_DASH))
              break;
            if (tk (c, b - 1)->kind == NG_TOK_WORD && (tk (c, b - 1)->flags & NG_TF_CAP))
              break;
          }
      /* (not "The meeting between President X and his counterpart, Y,
       * which was to take place on March 21" after a body's session that
       * neither attends: a meeting of its own) */
      if (anaphora && k + 2 < end && !ng_strcmp (kw (c, k + 1), "between") && c->last_meeting >= 0
          && g_array_index (c->doc->meetings, NgMeeting, c->last_meeting).organizer >= 0)
        for (guint p = 0; p < people->len && anaphora; p++)
          {
            const NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
            if (x->first > k + 1 && x->first <= k + 12 && !attends (c, c->last_meeting, g_array_index (people, gint, p)))
              anaphora = FALSE;
          }
      /* "X has met Y. They met at the AU Headquarters on Tuesday": the
       * meeting said just before */
      if (!anaphora && verb && org < 0 && with < 0 && people->len == 0 && c->last_meeting >= 0
          && c->sent <= c->last_meeting_sent + 2 && !ng_strcmp (kw (c, first), "they")
          && (k == first + 1 || (k == first + 2 && !ng_strcmp (kw (c, first + 1), "also"))))
        anaphora = TRUE;
      /* "the dinner" after the summit; not "King Charles hosted Trump for a
       * state banquet", a host of the article's meeting's people */
      if (sub && org < 0 && with < 0 && c->last_meeting >= 0 && !own_banquet (c, first, k))
        anaphora = TRUE;
      /* "BRICS summit opens" then "Leaders ... opened a three-day summit in
       * Johannesburg on Tuesday", "Quad foreign ministers meet in Tokyo"
       * then "Ministers from the United States, Japan, Australia and India
       * met Monday": a summit, or people meeting, with no organizer and
       * nobody named is the organized meeting the article has named. */
      if (!anaphora && org < 0 && with < 0 && people->len == 0 && c->last_org_meeting >= 0
          && (verb || (kind_of_trigger (tw) == NG_MEETING_SUMMIT
                       && g_array_index (c->doc->meetings, NgMeeting, c->last_org_meeting).kind == NG_MEETING_SUMMIT)))
        {
          anaphora = TRUE;
          c->last_meeting = c->last_org_meeting;
        }
      if (with >= 0)
        org = -1;
      /* The first date nearer this meeting word than any other, unless a
       * later one is the meeting's own: "arrived on Wednesday to attend
       * the summit, which will be held on Thursday". */
      const char *date = NULL;
      gboolean date_ahead = FALSE;
      for (guint d = 0; d < dates->len; d++)
        {
          /* The nearest meeting word that may own it: not one named for
           * context ("on the eve of the summit, on July 3, X met Y"),
           * unless the date is said of it, nor one someone goes to before
           * it ("On 31 August, X, in Tianjin to take part in the summit,
           * held talks").  Else the nearest. */
          guint pos = g_array_index (date_pos, guint, d), best = k, near = k;
          guint bestd = G_MAXUINT, neard = G_MAXUINT;
          for (guint q = 0; q < trig_pos->len; q++)
            {
              guint tp = g_array_index (trig_pos, guint, q);
              guint dd = pos > tp ? pos - tp : tp - pos;
              /* (a tie is this word's) */
              if (dd < neard || (dd == neard && tp == k))
                neard = dd, near = tp;
              if ((dd < bestd || (dd == bestd && tp == k))
                  && (!named_for_context (c, tp, first) || (pos > tp && held_before (c, tp, pos)) || day_of (c, tp, pos, first))
                  && !(pos < tp && purpose_of (c, tp, first))
                  /* ("The summit was preceded on Friday by the session of
                   * the Council": the session's day) */
                  && !(pos > tp && precedes_or_follows (c, tp + 1, pos)))
                bestd = dd, best = tp;
            }
          if (bestd == G_MAXUINT)
            best = near;
          /* "attend the SCO meeting in Tianjin on July 15, where he will
           * also meet X": the day is the meeting's before "where" too */
          gboolean where_after = FALSE;
          if (best != k && k < pos && best > pos && best <= pos + 12)
            for (guint b = pos; b < best && !where_after; b++)
              where_after = !ng_strcmp (kw (c, b), "where") && b > 0 && tk (c, b - 1)->kind == NG_TOK_PUNCT;
          /* "on Jan 7 ..., as X and Y held talks at the 11th Leaders'
           * Retreat": the day of the talks is that of the meeting they are at */
          gboolean talks_at = FALSE;
          if (best != k && best < k && best + 3 <= k && (tk (c, k)->flags & NG_TF_CAP)
              && !ng_strcmp (kw (c, best + 1), "at") && !ng_strcmp (kw (c, best + 2), "the"))
            {
              talks_at = TRUE;
              for (guint b = best + 3; b < k && talks_at; b++)
                talks_at = ordinal_at (c, b) || (tk (c, b)->kind == NG_TOK_WORD && (tk (c, b)->flags & NG_TF_CAP));
            }
          if (best != k && !where_after && !talks_at && !guest_visit_clause (c, k, pos))
            continue;
          /* "The meeting, which Athens and Ankara were still finalizing on
           * Monday": the day of the clause's own doing */
          if (pos > k && !held_before (c, k, pos) && clause_doing (c, k, pos))
            continue;
          if (!date)
            {
              date = g_ptr_array_index (dates, d);
              /* "Leaders will meet in Kazan on October 22": still to come */
              if (verb && pos > k && k > first
                  && (!ng_strcmp (kw (c, k - 1), "will") || !ng_strcmp (kw (c, k - 1), "shall")
                      || (!ng_strcmp (kw (c, k - 1), "to") && k > first + 1
                          && (!ng_strcmp (kw (c, k - 2), "due") || !ng_strcmp (kw (c, k - 2), "set")
                              || !ng_strcmp (kw (c, k - 2), "scheduled") || !ng_strcmp (kw (c, k - 2), "are")
                              || !ng_strcmp (kw (c, k - 2), "is")))))
                date_ahead = TRUE;
            }
          if (pos > k && held_before (c, k, pos))
            {
              date = g_ptr_array_index (dates, d);
              /* "the summit, which will be held on Thursday", "the summit,
               * to be held on July 3-4": still to come */
              date_ahead = plan_words (c, k + 1, pos);
              for (guint j = k + 1; j + 1 < pos && !date_ahead; j++)
                date_ahead = !ng_strcmp (kw (c, j), "to") && !ng_strcmp (kw (c, j + 1), "be");
              /* "the summit, which opens on Thursday", a day after the
               * article's */
              if (!date_ahead && c->have_date && !has_word (c, k + 1, pos, past_words)
                  && (c->adate.year ? date[0] != '-' : date[0] == '-'))
                {
                  g_autofree char *today = ng_date_format (&c->adate);
                  /* (without a year, within the next months) */
                  date_ahead = ng_strcmp (date, today) > 0
                               && (c->adate.year || atoi (date + 2) - c->adate.month < 6);
                }
              break;
            }
        }
      if (!date)
        date = pending_date;
      if (other)
        {
          /* "The next meeting of the group is scheduled for December 1",
           * "the previous summit was held in Wellington": another meeting
           * than the article's.  Its date and place go to no meeting of
           * the article; it is one of its own only with its organizer and
           * its own day, and nobody of the sentence is said to attend. */
          if (org >= 0 && date && !have_meeting_on (c, org, body, date))
            {
              gint oi = new_meeting (c, org, body, kind_of_trigger (tw), date, tk (c, k)->start, tk (c, k)->end);
              g_array_index (c->doc->meetings, NgMeeting, oi).place = sentence_place_after (c, k, end);
              g_array_index (c->doc->meetings, NgMeeting, oi).other = TRUE;
            }
          continue;
        }
      gint mi = -1;
      /* "the World Leaders Climate Action Summit of the COP29 conference":
       * one event named twice */
      if (sent_mi >= 0 && k > sent_k + 2 && k <= sent_k + 5 && !ng_strcmp (kw (c, sent_k + 1), "of")
          && (!ng_strcmp (kw (c, sent_k + 2), "the") || !ng_strcmp (kw (c, sent_k + 2), "a")))
        {
          gboolean plain = TRUE;
          for (guint b = sent_k + 3; b < k && plain; b++)
            plain = tk (c, b)->kind == NG_TOK_WORD;
          if (plain && org < 0)
            mi = sent_mi;
        }
      if (mi < 0 && with >= 0 && k > first && !ng_strcmp (kw (c, k - 1), "the"))
        mi = meeting_with (c, with);
      /* "EU leaders met in Brussels on Thursday for a two-day European
       * Council summit": the meeting the verb said, named; its organizer
       * is the name's */
      if (mi < 0 && !verb && sent_mi >= 0 && sent_k < k && tok_in (c, sent_k, verb_triggers))
        {
          guint b = k;
          while (b > sent_k + 1 && b + 8 > k && ng_strcmp (kw (c, b - 1), "for")
                 && tk (c, b - 1)->kind != NG_TOK_PUNCT)
            b--;
          if (b > sent_k + 1 && !ng_strcmp (kw (c, b - 1), "for")
              && (!ng_strcmp (kw (c, b), "a") || !ng_strcmp (kw (c, b), "an") || !ng_strcmp (kw (c, b), "the")))
            {
              mi = sent_mi;
              NgMeeting *vm = &g_array_index (c->doc->meetings, NgMeeting, mi);
              if (org >= 0 && vm->organizer != org)
                {
                  vm->organizer = org;
                  g_array_index (c->bodies, gint, mi) = body;
                }
              if (kind_of_trigger (tw) == NG_MEETING_SUMMIT)
                vm->kind = NG_MEETING_SUMMIT;
            }
        }
      /* "X hosted European leaders in London for talks." "The Prime
       * Minister welcomed Y and Z to Lancaster House": the guests of that
       * meeting, welcomed by a subject without a name */
      if (mi < 0 && verb && with >= 0 && org < 0 && c->group_meeting >= 0 && c->sent <= c->group_sent + 2
          && c->sent > c->group_sent)
        {
          gboolean named_subject = FALSE;
          for (guint p = 0; p < people->len && !named_subject; p++)
            named_subject = mn (c, g_array_index (c->ex->people_m, guint, p))->first < k;
          /* (or guests named as the subject of a passive whose agent is
           * the host: "Barrot and Sikorski were received by Baerbock") */
          if (named_subject && k > first && k + 2 < end
              && (!ng_strcmp (kw (c, k - 1), "were") || !ng_strcmp (kw (c, k - 1), "was")) && !ng_strcmp (kw (c, k + 1), "by"))
            for (guint m = 0; m < ms->len; m++)
              if (mn (c, m)->first == k + 2 && g_array_index (c->ex->ment_ent, gint, m) >= 0
                  && attends (c, c->group_meeting, g_array_index (c->ex->ment_ent, gint, m)))
                named_subject = FALSE;
          if (!named_subject)
            mi = c->group_meeting;
        }
      if (mi < 0)
        {
          if (org < 0 && !anaphora && with < 0 && !verb)
            with = partner (c, first, end);
          Described desc;
          /* "took part in an expanded session", "talks in a narrow format":
           * a format of the meeting said before */
          if (org < 0 && with < 0 && !verb && c->last_meeting >= 0 && k > first
              && (!ng_strcmp (kw (c, k - 1), "expanded") || !ng_strcmp (kw (c, k - 1), "restricted")
                  || !ng_strcmp (kw (c, k - 1), "enlarged") || !ng_strcmp (kw (c, k - 1), "narrow")
                  || !ng_strcmp (kw (c, k - 1), "plenary")))
            mi = c->last_meeting;
          else if (org < 0 && !anaphora && with < 0 && !verb && people->len && c->last_meeting >= 0
              && joined_for (c, first, k))
            /* "The two leaders were joined by X for a trilateral meeting" */
            mi = c->last_meeting;
          else if (org < 0 && !anaphora && with < 0 && !verb && people->len && c->last_meeting >= 0
                   && k >= first + 2 && (!ng_strcmp (kw (c, k - 1), "a") || !ng_strcmp (kw (c, k - 1), "one"))
                   && (!ng_strcmp (kw (c, k - 2), "co chaired") || !ng_strcmp (kw (c, k - 2), "chaired")
                       || !ng_strcmp (kw (c, k - 2), "moderated") || !ng_strcmp (kw (c, k - 2), "addressed")
                       || !ng_strcmp (kw (c, k - 2), "joined") || !ng_strcmp (kw (c, k - 2), "attended"))
                   && !ng_strcmp (tw, "session"))
            /* "X, who co-chaired a session on private investment", "Y
             * joined a session on maritime security by video link": a
             * session of the meeting said before, so X was there */
            mi = c->last_meeting;
          else if (org < 0 && !anaphora && with < 0 && verb && only_hosts (c, k) && c->sent > 0
              && described_subject (c, first, k, &desc))
            {
              mi = new_meeting (c, -1, -1, NG_MEETING_TALKS, date, tk (c, k)->start, tk (c, k)->end);
              /* "Senior US and Russian officials met ..., hosted by X": X
               * hosts them */
              for (guint p = 0; p < people->len; p++)
                {
                  NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
                  attend (c, mi, g_array_index (people, gint, p), NG_MODE_IN_PERSON, NG_STATUS_ATTENDED, TRUE,
                          x->start, x->end);
                }
              desc.meeting = mi;
              gboolean pl_here = plan_words (c, first, MIN (end, k + 3)) || infinitive_plan (c, first, end)
                                 || date_ahead;
              desc.status = pl_here ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED;
              desc.where = where_of (c, tk (c, first)->start, tk (c, k)->end);
              if (!c->described)
                c->described = g_array_new (FALSE, FALSE, sizeof (Described));
              g_array_append_val (c->described, desc);
            }
          else if (org < 0 && !anaphora && with < 0 && (people->len < 2 || !verb)
              && !(people->len >= 2 && people_held (c, k, first)) && !named_event (c, k, first)
              /* (but "the round of talks between US envoy X and Iranian
               * Foreign Minister Y, which he mediated in Rome"; not "a
               * possible meeting between X and Y") */
              && !talks_between (c, first, k, end)
              /* (nor "The two leaders held a tete-a-tete", the people of
               * the sentence before, with no meeting said yet) */
              && !(c->last_meeting < 0 && has_word (c, first, k, host_verbs) && only_speakers (c) && pair_subject (c, first, k))
              && (series = event_series (c, k, first)) < 0
              && !goes_to_summit (c, first, k) && !hosts_group (c, first, k) && !chaired_by_person (c, first, k)
              && !(verb && people->len == 1 && receives_group (c, k, end))
              /* ("Energy ministers of seven countries agreed in Sofia on
               * Tuesday ...": a meeting of theirs, nobody named yet) */
              && !(verb && group_decides (c, k, first, end) && !later_trigger (c, k))
              && !invited_by_person (c, k, first, end))
            {
              /* Not a meeting of its own ("a working visit to Minsk to take part
               * in the meeting"): its date goes to the next one; or, after
               * a comma, to the sentence's meeting it names again ("held
               * talks in Dublin on Wednesday, the first UK-Ireland summit") */
              pending_date = date;
              /* "Estonia and Poland on Wednesday held intergovernmental
               * consultations in Tallinn. Prime Minister X hosted his
               * Polish counterpart Y at Stenbock House": countries meet
               * before any meeting of people, which the next sentences
               * may say without place or day */
              if (c->last_meeting < 0 && !people->len && c->lead_sent < 0 && countries_held (c, first, k)
                  && !plan_words (c, first, end) && !infinitive_plan (c, first, end))
                {
                  c->lead_place = sentence_place (c, first, end);
                  c->lead_date = g_strdup (date);
                  c->lead_sent = (gint) c->sent;
                }
              if (date && sent_mi >= 0 && k >= first + 2 && tk (c, k - 1)->kind == NG_TOK_WORD)
                {
                  gboolean appos = FALSE;
                  for (guint b = k; b > sent_k + 1 && b + 6 > k && !appos; b--)
                    appos = tk (c, b - 1)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b - 1)->start] == ','
                            && !ng_strcmp (kw (c, b), "the");
                  NgMeeting *sm = &g_array_index (c->doc->meetings, NgMeeting, sent_mi);
                  if (appos && !sm->date)
                    {
                      sm->date = g_strdup (date);
                      pending_date = NULL;
                    }
                }
              continue;
            }
          if (anaphora && org < 0 && c->last_meeting >= 0 && c->last_org_meeting >= 0
              && g_array_index (c->doc->meetings, NgMeeting, c->last_meeting).organizer < 0)
            {
              /* "the talks" after talks on the side: the main meeting, unless these
               * people are the side talks' own. */
              gboolean theirs = FALSE;
              for (guint p = 0; p < people->len && !theirs; p++)
                theirs = attends (c, c->last_meeting, g_array_index (people, gint, p));
              /* (and unless the main meeting was only named as the frame
               * of the talks: "within the framework of the council's
               * meeting", marked G_MAXUINT in att_count) */
              gboolean named_only = (guint) c->last_org_meeting < c->att_count->len
                                    && g_array_index (c->att_count, guint, c->last_org_meeting) == G_MAXUINT;
              if (!theirs && people->len && !named_only)
                c->last_meeting = c->last_org_meeting;
            }
          /* "pulled out of a regional summit in Kinshasa" ... "will not
           * attend the meeting of the East African Community": the summit
           * said first, without its organizer, is that organization's */
          if (mi < 0 && org >= 0 && k > first && !ng_strcmp (kw (c, k - 1), "the") && c->last_meeting >= 0)
            {
              NgMeeting *lm = &g_array_index (c->doc->meetings, NgMeeting, c->last_meeting);
              if (lm->organizer == -1 && lm->kind == NG_MEETING_SUMMIT && (!date || !lm->date || !ng_strcmp (date, lm->date))
                  && !have_meeting_of (c, org))
                {
                  lm->organizer = org;
                  g_array_index (c->bodies, gint, c->last_meeting) = body;
                  mi = c->last_meeting;
                }
            }
          if (mi < 0 && last_met (c, k, first))
            {
              mi = new_meeting (c, org, body, kind_of_trigger (tw), date, tk (c, k)->start, tk (c, k)->end);
              g_array_index (c->doc->meetings, NgMeeting, mi).other = TRUE;
            }
          /* ("The ministerial of the BSEC ..." then "It was preceded on
           * Tuesday by a session of the BSEC Committee of Senior
           * Officials": not the ministerial, though of one organization) */
          if (mi < 0 && org >= 0 && body < 0 && !anaphora && c->last_meeting >= 0
              && g_array_index (c->doc->meetings, NgMeeting, c->last_meeting).organizer == org)
            {
              /* (one that says where it was: "also in Tirana") */
              /* (or its own day: "The summit was preceded by a ministerial
               * meeting on Wednesday and Thursday, chaired by X") */
              if (precedes_or_follows (c, first, k) && (sentence_place (c, first, end) >= 0 || date))
                {
                  mi = new_meeting (c, org, body, kind_of_trigger (tw), date, tk (c, k)->start, tk (c, k)->end);
                  g_array_index (c->doc->meetings, NgMeeting, mi).other = TRUE;
                }
            }
          /* "The leaders' meeting was prepared by foreign ministers, who
           * met in Manama on Tuesday. The UAE was represented at that
           * meeting by X": the meeting said aside just before */
          if (mi < 0 && anaphora && org < 0 && k > first && !ng_strcmp (kw (c, k - 1), "that")
              && c->separate_meeting >= 0 && c->separate_sent + 1 == c->sent)
            mi = c->separate_meeting;
          if (mi < 0)
            mi = meeting_for (c, org, body, kind_of_trigger (tw), date, anaphora, tk (c, k)->start, tk (c, k)->end);
        }
      if (mi != sent_mi)
        prior_mi = sent_mi;
      sent_mi = mi;
      sent_k = k;
      c->last_meeting_sent = c->sent;
      if (!verb && hosts_group (c, first, k))
        {
          c->group_meeting = mi;
          c->group_sent = c->sent;
        }
      /* "hosted a separate reception for the guests": a meeting of its
       * own beside the article's, which later sentences do not mean */
      /* (and one the people last or first met at: "The forum's members
       * first met at Sde Boker in March 2022") */
      gboolean separate = (k > first && !ng_strcmp (kw (c, k - 1), "separate"))
                          || (g_array_index (c->doc->meetings, NgMeeting, mi).other && last_met (c, k, first))
                          || (k > first + 1 && !ng_strcmp (kw (c, k - 2), "separate"));
      /* (and one before the article's: "It was preceded by a meeting of the
       * Intergovernmental Committee", "The Conference follows the meeting
       * of the CRGA", "Ahead of the ministers, senior officials met on
       * Monday") */
      if (!separate && c->last_meeting >= 0)
        separate = precedes_or_follows (c, first, k)
                   || (first + 1 < k && !ng_strcmp (kw (c, first), "ahead") && !ng_strcmp (kw (c, first + 1), "of"));
      /* (or one in a person's relative clause or a ", where" clause, after
       * the article's: "Sikorski, who was in Brussels for a meeting of EU
       * foreign ministers, did not travel to Tallinn"; another than the
       * article's, whose place it does not lend) */
      gboolean aside = !separate && c->last_meeting >= 0 && !anaphora && mi != c->last_meeting
                       && (relative_owner (c, first, k) >= 0 || where_clause (c, first, k));
      separate = separate || aside;
      NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, mi);
      if (aside && !mt->date)
        mt->other = TRUE;
      if (!separate)
        {
          c->last_meeting = mi;
          if (mt->organizer >= 0)
            c->last_org_meeting = mi;
        }
      else
        {
          c->separate_meeting = mi;
          c->separate_sent = c->sent;
        }
      /* "The visit came six weeks after Modi met Putin in Moscow": the
       * people, place and date after an anaphoric meeting word are a later
       * verb's */
      gboolean later_verb = FALSE;
      for (guint q = 0; q < trig_pos->len && anaphora; q++)
        {
          guint tp = g_array_index (trig_pos, guint, q);
          if (tp <= k || !tok_in (c, tp, verb_triggers))
            continue;
          /* (in a clause of its own: "after X met Y", "when X met Y") */
          for (guint b = tp > k + 4 ? tp - 4 : k + 1; b < tp; b++)
            {
              const char *w = kw (c, b);
              if (!ng_strcmp (w, "after") || !ng_strcmp (w, "before") || !ng_strcmp (w, "since") || !ng_strcmp (w, "when")
                  || !ng_strcmp (w, "while") || !ng_strcmp (w, "as"))
                later_verb = TRUE;
            }
        }
      /* "The summit came two days after X's clash with Y in the Oval
       * Office": what follows is another event */
      gboolean later_from = FALSE;
      for (guint b = k + 1; anaphora && !later_verb && b < end && b <= k + 6; b++)
        {
          const char *w = kw (c, b);
          if (tk (c, b)->kind == NG_TOK_PUNCT)
            break;
          if (!ng_strcmp (w, "after") || !ng_strcmp (w, "before") || !ng_strcmp (w, "since") || !ng_strcmp (w, "following"))
            later_verb = later_from = TRUE;
        }
      /* "The envoy briefed the meeting on his recent consultations in
       * Bamako": a place after another meeting word, of another meeting
       * than this one, is that one's */
      guint pend = end;
      for (guint tp = k + 1; anaphora && tp < pend; tp++)
        if (tk (c, tp)->kind == NG_TOK_WORD && tok_in (c, tp, triggers)
            && (another_instance (c, tp, first)
                /* (or one said aside: "joined the session remotely from
                 * Tallinn, where he was attending a meeting of Baltic
                 * transport ministers") */
                || where_clause (c, first, tp) || relative_owner (c, first, tp) >= 0))
          pend = tp;
      /* (a meeting told of in a quotation is where the quotation says:
       * '"X will visit Moscow for meetings with Y," the spokesperson
       * said'; before another event, the place between "held in" and the
       * meeting word is this meeting's: "have held in Madrid the first
       * bilateral meeting since the formation of the new Portuguese
       * Government") */
      pend = topic_start (c, k, pend);
      guint held_in = 0;
      for (guint b = first; later_from && b + 2 < k; b++)
        if (tok_in (c, b, host_verbs) && !ng_strcmp (kw (c, b + 1), "in"))
          held_in = b;
      gint pl = held_in ? sentence_place_q (c, held_in, k, FALSE)
                : later_verb ? -1 : sentence_place_q (c, first, pend, quoted_sentence && in_quotes (c, first, end, k));
      /* (not where one went after the meeting: "flew out of Phnom Penh
       * after his meeting with Hun Sen and arrived in Bangkok") */
      if (pl >= 0 && sentence_has (c, k >= first + 3 ? k - 3 : first, k, "after") && arrival_place (c, first, end, pl))
        pl = -1;
      /* "Ahead of the ASEAN summit on March 22 in Vientiane, X will meet Y
       * in Jakarta": the place after the clause of the other meeting is
       * this one's */
      if (pl >= 0)
        for (guint q = 0; q < trig_pos->len; q++)
          {
            guint tp = g_array_index (trig_pos, guint, q), b = tp + 1;
            if (tp >= k || !named_for_context (c, tp, first))
              continue;
            while (b < k && !(tk (c, b)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b)->start] == ','))
              b++;
            gint own = b + 1 < k ? sentence_place (c, b + 1, pend) : -1;
            if (own >= 0)
              pl = own;
          }
      /* "travelled to Marseille, a day after co-chairing a summit in
       * Paris": the city right after the meeting word is its own */
      if (!later_verb && !verb && k + 2 < end && !ng_strcmp (kw (c, k + 1), "in"))
        for (guint m = 0; m < ms->len; m++)
          {
            gint id = g_array_index (c->ex->ment_ent, gint, m);
            if (mn (c, m)->first == k + 2 && id >= 0 && mn (c, m)->role == NG_MS_ENTITY
                && mn (c, m)->kind == NG_KIND_CITY)
              pl = id;
          }
      /* "held a bilateral meeting with Mr Støre on the sidelines on Friday,
       * and the two agreed on patrols in the North Sea": on the sidelines
       * of the meeting said before, so in its place (unless "in X" follows
       * the meeting word) */
      if (on_sidelines && !later_verb && mt->organizer < 0 && c->last_org_meeting >= 0 && c->last_org_meeting != mi
          && !(k + 2 < end && !ng_strcmp (kw (c, k + 1), "in"))
          && g_array_index (c->doc->meetings, NgMeeting, c->last_org_meeting).place >= 0)
        pl = g_array_index (c->doc->meetings, NgMeeting, c->last_org_meeting).place;
      /* "travelled to Kyiv from Poland, where he met Tusk": the place
       * before ", where" */
      /* (or "travel to Minsk, where she will hold talks with X") */
      guint wh = 0;
      for (guint b = k >= first + 6 ? k - 5 : first + 1; b + 1 < k && !wh; b++)
        if (!ng_strcmp (kw (c, b), "where") && b > first && tk (c, b - 1)->kind == NG_TOK_PUNCT
            && c->art->text[tk (c, b - 1)->start] == ',')
          wh = b;
      if (!wh && verb && k >= first + 3 && !ng_strcmp (kw (c, k - 2), "where") && tk (c, k - 3)->kind == NG_TOK_PUNCT
          && c->art->text[tk (c, k - 3)->start] == ',')
        wh = k - 2;
      if (wh)
        for (guint m = 0; m < ms->len; m++)
          {
            gint id = g_array_index (c->ex->ment_ent, gint, m);
            if (mn (c, m)->last == wh - 1 && id >= 0 && mn (c, m)->role == NG_MS_ENTITY
                && (mn (c, m)->kind == NG_KIND_CITY || mn (c, m)->kind == NG_KIND_COUNTRY || mn (c, m)->kind == NG_KIND_PLACE)
                /* (not "Arbil, the capital of the Kurdistan region, where":
                 * the city said before stays) */
                && (wh + 2 == k || mn (c, m)->kind == NG_KIND_CITY || pl < 0 || ent (c, pl)->kind != NG_KIND_CITY))
              pl = id;
          }
      if (pl >= 0)
        {
          NgEntity *pe = ent (c, pl);
          if (mt->place < 0 || (pe->kind == NG_KIND_CITY && ent (c, mt->place)->kind != NG_KIND_CITY))
            mt->place = pl;
        }
      if (date && !mt->date && !later_verb)
        mt->date = g_strdup (date);
      /* "X met Y on the sidelines of the IMF and World Bank spring
       * meetings in Washington on Thursday": the frame's day, said after
       * it, is the talks' too */
      if (date && !later_verb && prior_mi >= 0 && prior_mi != mi
          && !g_array_index (c->doc->meetings, NgMeeting, prior_mi).date)
        for (guint b = k; b > first + 1 && b + 10 > k; b--)
          if (!ng_strcmp (kw (c, b - 1), "of") && sidelines_at (c, b - 2))
            {
              g_array_index (c->doc->meetings, NgMeeting, prior_mi).date = g_strdup (date);
              break;
            }
      /* "expert-level talks ran in parallel": where and when the meeting
       * said before was held */
      gboolean parallel = FALSE;
      for (guint j = k + 1; j + 1 < end && j <= k + 4 && !parallel; j++)
        parallel = !ng_strcmp (kw (c, j), "in") && !ng_strcmp (kw (c, j + 1), "parallel");
      /* "On the sidelines of the meeting, X held talks with Y ... He also
       * met Z": the same day as the meeting of the sentence before */
      if (!mt->date && !date && verb && k == first + 2 && !ng_strcmp (kw (c, k - 1), "also")
          && (!ng_strcmp (kw (c, first), "he") || !ng_strcmp (kw (c, first), "she"))
          && prev_meeting >= 0 && prev_meeting != mi && prev_meeting_sent + 1 == c->sent)
        {
          const NgMeeting *pm = &g_array_index (c->doc->meetings, NgMeeting, prev_meeting);
          if (pm->date && !pm->other && !pm->ahead)
            mt->date = g_strdup (pm->date);
        }
      if (parallel && prev_meeting >= 0 && prev_meeting != mi)
        {
          const NgMeeting *pm = &g_array_index (c->doc->meetings, NgMeeting, prev_meeting);
          if (mt->place < 0)
            mt->place = pm->place;
          if (!mt->date && pm->date)
            mt->date = g_strdup (pm->date);
        }
      /* ("are to hold their own summit in Abuja on Sunday": still to come) */
      if (date_ahead || (!date && planned_for_next (c, first, k, end)) || (date && is_to_verb (c, first, k + 1)))
        mt->ahead = TRUE;
      /* "held a virtual summit", "an online meeting" */
      if (k > first && (!ng_strcmp (kw (c, k - 1), "virtual") || !ng_strcmp (kw (c, k - 1), "online")))
        mt->remote = TRUE;
      /* "X received the delegations at the palace": a meeting though only
       * its host is named */
      if (verb && receives_group (c, k, end))
        mt->guests = TRUE;
      /* "Later in the day, the five ministers called on Prime Minister X":
       * a group the article named before, the people of the body's
       * meeting said last */
      guint gs, ge;
      /* (or "The ministers were later granted an audience with King X":
       * the group before its verb) */
      guint gv = k;
      if (!verb && !ng_strcmp (kw (c, k), "audience"))
        for (guint b = k - 1; b > first && b + 6 > k; b--)
          if (!ng_strcmp (kw (c, b - 1), "were") || !ng_strcmp (kw (c, b - 1), "had"))
            {
              gv = b - 1;
              break;
            }
      gint body_mt = -1;
      if (((verb && (calls_on (c, k, end) || courtesy_call (c, k, first))) || gv < k)
          && group_subject (c, first, gv, &gs, &ge))
        /* (the body's meeting said last: of the meetings before this one,
         * the last with an organizer or a name of its own) */
        for (gint q = 0; q < mi; q++)
          if (g_array_index (c->doc->meetings, NgMeeting, q).organizer >= 0 || g_array_index (c->doc->meetings, NgMeeting, q).named)
            body_mt = q;
      if (body_mt >= 0)
        {
          mt->guests = TRUE;
          gboolean visiting = FALSE;
          for (guint q = gs; q < ge && !visiting; q++)
            visiting = !ng_strcmp (kw (c, q), "visiting");
          guint n_at = c->doc->attendance->len;
          for (guint a = 0; a < n_at; a++)
            {
              const NgAttendance at = g_array_index (c->doc->attendance, NgAttendance, a);
              /* (not its host: "the visiting ministers") */
              if (at.meeting == body_mt && at.status == NG_STATUS_ATTENDED && at.mode == NG_MODE_IN_PERSON
                  && !(at.chair && visiting))
                attend (c, mi, at.person, NG_MODE_IN_PERSON, planned ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED, FALSE,
                        tk (c, gs)->start, tk (c, ge - 1)->end);
            }
        }
      /* "held an operational meeting with ... via videoconference": the
       * meeting held by video (not "X joined the meeting by video link") */
      if (held_by_video (c, k, first, end))
        mt->remote = TRUE;
      if (mt->organizer < 0 && !verb && named_event (c, k, first))
        mt->named = TRUE;
      /* "the Riga Conference", "the Tbilisi Silk Road Forum": a series of
       * its own name, of no body, is its own organizer */
      /* (the series said for the branch above, if it asked) */
      series = mt->organizer < 0 && !verb ? (series != -2 ? series : event_series (c, k, first)) : -1;
      if (series >= 0)
        {
          mt->named = TRUE;
          g_array_index (c->series, gint, mi) = series;
        }
      /* Present tense without a date: the article's day ("the summit opens
       * today", "X has arrived to attend the summit"; not "X is in Tianjin
       * to take part in the summit", which may be later). */
      gboolean purpose = purpose_of (c, k, first);
      /* ("has received": the perfect is of the article's day) */
      gboolean perfect = k > first && (!ng_strcmp (kw (c, k - 1), "has") || !ng_strcmp (kw (c, k - 1), "have"));
      /* ("X has taken part in the 11th Summit ... held in Bishkek") */
      for (guint b = first; b + 1 < k && !perfect; b++)
        if (!ng_strcmp (kw (c, b), "has") || !ng_strcmp (kw (c, b), "have"))
          {
            const char *v = kw (c, b + 1);
            perfect = !ng_strcmp (v, "taken") || !ng_strcmp (v, "attended") || !ng_strcmp (v, "participated")
                      || !ng_strcmp (v, "joined");
          }
      if (!mt->date && !planned && (!past || perfect) && c->have_date
          && has_word (c, first, end, present_words)
          && (!purpose || has_word (c, first, k, perfect_words)))
        {
          mt->date = ng_date_format (&c->adate);
          c->today_meeting = mi;
          c->today_sent = c->sent;
        }
      if (!mt->date && frame_date)
        mt->date = g_strdup (frame_date);
      /* (the clause after an opening phrase of the meeting word: "During
       * the visit, he will hold talks with X") */
      static const char *const opening[] = { "during", "at", "on", "in", "throughout", NULL };
      guint plan_end = MIN (end, k + 3);
      if (word_in (kw (c, first), opening) && k < first + 6)
        for (guint b = k + 1; b < plan_end; b++)
          if (tk (c, b)->kind == NG_TOK_PUNCT && c->art->text[tk (c, b)->start] == ',')
            {
              /* (up to that clause's end: not "..., whose country will
               * host the next summit") */
              plan_end = b + 1;
              while (plan_end < end && !(tk (c, plan_end)->kind == NG_TOK_PUNCT
                                         && strchr (",;", c->art->text[tk (c, plan_end)->start])))
                plan_end++;
              break;
            }
      gboolean planned_here = plan_words (c, first, plan_end) || infinitive_plan (c, first, end)
                              || date_ahead || will_be_attended (c, first, end);
      NgStatus st = planned_here ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED;
      NgMode mode = video ? NG_MODE_VIDEO : NG_MODE_IN_PERSON;
      static const char *const opinions[] = {
        "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns", "praised", "praises",
        "hailed", "hails", "slammed", "slams", "dismissed", "dismisses", "denounced", "denounces", "welcomed",
        "welcomes", "follow", "follows", "followed", "watch", "watched", "watches", "monitor", "monitored",
        "questioned", "blasted", "backed", "opposed", "opposes", "boycotted", NULL
      };
      gboolean opinion = FALSE;
      if (k >= first + 2 && (!ng_strcmp (kw (c, k - 1), "the") || !ng_strcmp (kw (c, k - 1), "this")
                             || !ng_strcmp (kw (c, k - 1), "these")))
        for (const char *const *o = opinions; *o && !opinion; o++)
          opinion = !ng_strcmp (kw (c, k - 2), *o);
      /* ("boycotted the summit" stays an absence, said below) */
      if (opinion && !ng_strcmp (kw (c, k - 2), "boycotted"))
        opinion = FALSE;
      /* "X, in a message to the conference, said": a written word, not a
       * part ("in a video message" is one, by video) */
      for (guint b = k >= first + 4 ? k - 4 : first; b < k && !opinion; b++)
        if ((!ng_strcmp (kw (c, b), "message") || !ng_strcmp (kw (c, b), "letter"))
            && !(b > first && !ng_strcmp (kw (c, b - 1), "video")))
          opinion = TRUE;
      gint rel_owner = relative_owner (c, first, k);
      for (guint p = 0; p < people->len; p++)
        {
          gint id = g_array_index (people, gint, p);
          guint m = g_array_index (people_m, guint, p);
          NgMentionSpan *x = mn (c, m);
          /* "X, who is in Tianjin to take part in the summit, held talks
           * with Y": the purpose is X's alone. */
          if (purpose && with < 0 && x->first > k)
            continue;
          /* "Rubio, who was in Istanbul for a NATO meeting, met Fidan": a
           * meeting in a relative clause is its person's alone */
          if (rel_owner >= 0 && (gint) m != rel_owner)
            continue;
          if (later_verb && x->first > k)
            continue;
          /* "Medvedev criticised the talks", "Moscow would follow the talks
           * closely": an opinion of the meeting, not a part in it */
          if (opinion && x->first < k)
            continue;
          /* "MOFA spokesman X said the visit showed ...", "X, a professor
           * of international relations, said the meeting showed ...": a
           * spokesperson or a scholar speaking of the meeting had no part
           * in it */
          if (x->first < k && x->title >= 0
              && (strstr (mn (c, (guint) x->title)->name, "pokes")
                  || (mn (c, (guint) x->title)->lex && mn (c, (guint) x->title)->lex->kind
                      && !ng_strcmp (mn (c, (guint) x->title)->lex->kind, "scholar"))
                  || (mn (c, (guint) x->title)->lex
                      && !ng_strcmp (mn (c, (guint) x->title)->lex->key, "title-professor"))))
            {
              gboolean said = FALSE;
              for (guint b = x->last; b < k && !said; b++)
                said = !ng_strcmp (kw (c, b), "said") || !ng_strcmp (kw (c, b), "says") || !ng_strcmp (kw (c, b), "told");
              if (said)
                continue;
            }
          /* "X said in a statement in Accra yesterday that the President
           * had used the meeting to ...", "X said at a press conference
           * that the government hoped the gathering would help": what the
           * speaker said of the meeting, not a part in it */
          if (x->first < k)
            {
              gboolean said = FALSE, statement = FALSE, told = FALSE;
              for (guint b = x->last; b < k && b < x->last + 20; b++)
                {
                  said = said || !ng_strcmp (kw (c, b), "said") || !ng_strcmp (kw (c, b), "says");
                  /* ("told PUNCH that the summit had shown", "told
                   * reporters that": an interview, whatever its that-clause
                   * says; not "told the leaders that") */
                  told = told || (!ng_strcmp (kw (c, b), "told") && b + 1 < k
                                  && (((tk (c, b + 1)->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) && ng_strcmp (kw (c, b + 1), "the"))
                                      || !ng_strcmp (kw (c, b + 1), "reporters") || !ng_strcmp (kw (c, b + 1), "journalists")));
                  statement = statement || (told && !ng_strcmp (kw (c, b), "that"));
                  /* (a that-clause with a subject of its own: "that the
                   * government hoped", not "that he had raised at the
                   * meeting") */
                  statement = statement || (said && (!ng_strcmp (kw (c, b), "statement")
                                                     || (!ng_strcmp (kw (c, b), "that") && b + 2 < k
                                                         && (!ng_strcmp (kw (c, b + 1), "the")
                                                             || (tk (c, b + 1)->flags & NG_TF_CAP)))));
                }
              if (statement)
                continue;
            }
          guint stop = person_stop (c, m, end);
          NgStatus pst = absent_after (c, x->last, stop) ? NG_STATUS_ABSENT : st;
          /* "During the two-day meeting, X is expected to discuss ...": a
           * plan said of the person after the meeting word */
          if (pst == NG_STATUS_ATTENDED && x->first > k && x->last + 1 < end
              && (!ng_strcmp (kw (c, x->last), "is") || !ng_strcmp (kw (c, x->last), "are")
                  || !ng_strcmp (kw (c, x->last), "will"))
              && plan_words (c, x->last, MIN (end, x->last + 2)))
            pst = NG_STATUS_PLANNED;
          gboolean chair = FALSE;
          guint xf = x->title >= 0 ? MIN (x->first, mn (c, (guint) x->title)->first) : x->first;
          while (xf > first && mn_is_demonym_at (c, xf - 1))
            xf--;
          /* (and the title's body: "presided over by Eurogroup President X") */
          if (x->title >= 0 && mn (c, (guint) x->title)->of >= 0
              && mn (c, (guint) mn (c, (guint) x->title)->of)->last == xf)
            xf = mn (c, (guint) mn (c, (guint) x->title)->of)->first;
          /* "chaired by X", "under the chairmanship of X", "hosted by X",
           * "presided over by X"; not "X hosted Y", where Y is the guest */
          for (guint b = xf >= first + 3 ? xf - 3 : first; b < xf; b++)
            if (((!ng_strcmp (kw (c, b), "chaired") || !ng_strcmp (kw (c, b), "hosted")
                  || (!ng_strcmp (kw (c, b), "over") && b > first && !ng_strcmp (kw (c, b - 1), "presided")))
                 && b + 1 < xf && !ng_strcmp (kw (c, b + 1), "by"))
                /* (the noun: "with host X"; not the verb: "will host X",
                 * whose X is the guest) */
                || (!ng_strcmp (kw (c, b), "host")
                    && !(b > first && (!ng_strcmp (kw (c, b - 1), "will") || !ng_strcmp (kw (c, b - 1), "to")
                                       || !ng_strcmp (kw (c, b - 1), "would") || !ng_strcmp (kw (c, b - 1), "shall")
                                       || ng_date_weekday_of_word (c->art->text + tk (c, b - 1)->start,
                                                                   ng_token_len (tk (c, b - 1))))))
                || !ng_strcmp (kw (c, b), "chairing")
                /* (not "took over the chairmanship from X") */
                || (!ng_strcmp (kw (c, b), "chairmanship") && ng_strcmp (kw (c, b + 1), "from")))
              chair = TRUE;
          if (x->last + 2 < end && (!ng_strcmp (kw (c, x->last), "chaired") || !ng_strcmp (kw (c, x->last), "hosted")
                                    || !ng_strcmp (kw (c, x->last), "hosts") || !ng_strcmp (kw (c, x->last + 1), "chair")
                                    || !ng_strcmp (kw (c, x->last + 1), "host")))
            chair = TRUE;
          /* "X, who chaired the talks,", "X, who is hosting the meeting," */
          if (x->last + 2 < end && !ng_strcmp (kw (c, x->last + 1), "who"))
            {
              guint v = x->last + 2;
              if (v + 1 < end && (!ng_strcmp (kw (c, v), "is") || !ng_strcmp (kw (c, v), "was")))
                v++;
              const char *w = kw (c, v);
              if (!ng_strcmp (w, "chaired") || !ng_strcmp (w, "chairs") || !ng_strcmp (w, "chairing")
                  || !ng_strcmp (w, "hosted") || !ng_strcmp (w, "hosts") || !ng_strcmp (w, "hosting")
                  || !ng_strcmp (w, "presided"))
                chair = TRUE;
            }
          attend (c, mi, id, person_mode (c, x, first, stop, mode), pst, chair, x->start, x->end);
        }
      if (with >= 0)
        attend (c, mi, with, mode, st, FALSE, tk (c, k)->start, tk (c, k)->end);
      /* "The two leaders co-chaired a meeting of the council": the people
       * of the meeting before */
      if (people->len == 0 && with < 0 && prev_meeting >= 0 && prev_meeting != mi && pair_subject (c, first, k))
        {
          const char *post = pair_post (c, first);
          gint pm = pair_meeting (c, post, prev_meeting, mi);
          gboolean only = post && pm != prev_meeting;
          for (guint a = 0, n = c->doc->attendance->len; a < n; a++)
            {
              NgAttendance *at = &g_array_index (c->doc->attendance, NgAttendance, a);
              if (at->meeting == pm && at->status != NG_STATUS_ABSENT
                  && (!only || holds_post_word (c, at->person, post)))
                attend (c, mi, at->person, mode, st, FALSE, tk (c, first)->start, tk (c, k)->end);
            }
        }
      /* "X and Y on Wednesday agreed to ..." then "The two leaders held a
       * tete-a-tete followed by delegation-level talks": no meeting said
       * before, the people the sentence before named, as many as the
       * count says */
      else if (with < 0 && prev_meeting < 0 && c->sent > 0 && only_speakers (c) && pair_subject (c, first, k))
        {
          const char *cw = kw (c, first + (!ng_strcmp (kw (c, first), "the") ? 1 : 0));
          guint n = !ng_strcmp (cw, "three") ? 3 : !ng_strcmp (cw, "four") ? 4 : 2;
          g_autoptr (GArray) named = g_array_new (FALSE, FALSE, sizeof (gint));
          GHashTableIter it;
          gpointer key, val;
          g_hash_table_iter_init (&it, c->person_sent);
          while (g_hash_table_iter_next (&it, &key, &val))
            if (GPOINTER_TO_UINT (val) == c->sent)
              {
                gint id = GPOINTER_TO_INT (key);
                g_array_append_val (named, id);
              }
          if (named->len == n)
            {
              g_array_sort (named, cmp_int);
              for (guint p = 0; p < n; p++)
                attend (c, mi, g_array_index (named, gint, p), mode, st, FALSE, tk (c, first)->start, tk (c, k)->end);
            }
        }
      /* "the Russian leader will attend": descriptions. */
      for (guint m = 0; m < ms->len; m++)
        {
          NgMentionSpan *x = mn (c, m);
          gint id = g_array_index (c->ex->ment_ent, gint, m);
          if (x->role == NG_MS_DESCRIPTION && id >= 0)
            attend (c, mi, id, mode, absent_after (c, x->last, end) ? NG_STATUS_ABSENT : st, FALSE, x->start, x->end);
        }
    }

  /* "take part in the Ministerial Council of the OSCE": a body's meeting;
   * "The 54th General Assembly of the OAS opened in Asuncion": one said by
   * its opening, with or without people. */
  /* "The prime minister was accompanied by X, Y and Z": the people with
   * whoever the meeting said just before had */
  /* (and "X, who accompanied the minister, told ...", "Y accompanied
   * him": the people before the verb) */
  if (!any_trigger && c->last_meeting >= 0 && c->last_meeting_sent + 1 >= c->sent)
    for (guint p = 0; p < people->len; p++)
      {
        NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
        /* (the subject, or the person a "who" clause is of) */
        if (accompanies (c, x->last, end))
          attend (c, c->last_meeting, g_array_index (people, gint, p), NG_MODE_IN_PERSON, NG_STATUS_ATTENDED,
                  FALSE, x->start, x->end);
      }
  if (!any_trigger && c->last_meeting >= 0 && c->last_meeting_sent + 1 >= c->sent)
    for (guint i = first; i + 1 < end; i++)
      if (!ng_strcmp (kw (c, i), "accompanied") && !ng_strcmp (kw (c, i + 1), "by"))
        {
          for (guint p = 0; p < people->len; p++)
            {
              NgMentionSpan *x = mn (c, g_array_index (c->ex->people_m, guint, p));
              if (x->first > i && !sender_named (c, x, first))
                attend (c, c->last_meeting, g_array_index (people, gint, p), NG_MODE_IN_PERSON,
                        NG_STATUS_ATTENDED, FALSE, x->start, x->end);
            }
          break;
        }
  gboolean attending = people->len && (has_word (c, first, end, attend_verbs)
                                       || has_word (c, first, end, part_arrive_words));
  if (!any_trigger)
    for (guint m = 0; m < ms->len; m++)
      {
        NgMentionSpan *x = mn (c, m);
        gint id = g_array_index (c->ex->ment_ent, gint, m);
        if (id < 0 || x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG)
          continue;
        gboolean taken = FALSE;
        /* (a body after its organization's name: "attended the OSCE
         * Ministerial Council") */
        guint xf = x->first;
        if (m > 0 && mn (c, m - 1)->last == xf && mn (c, m - 1)->role == NG_MS_ENTITY
            && mn (c, m - 1)->kind == NG_KIND_ORG && g_hash_table_lookup (c->parents, GINT_TO_POINTER (id)))
          xf = mn (c, m - 1)->first;
        if (attending && xf >= first + 2)
          {
            const char *p1 = kw (c, xf - 1), *p2 = kw (c, xf - 2);
            taken = (!ng_strcmp (p1, "the") && (!ng_strcmp (p2, "in") || !ng_strcmp (p2, "attend") || !ng_strcmp (p2, "for") || !ng_strcmp (p2, "at")
                                            || !ng_strcmp (p2, "attended") || !ng_strcmp (p2, "attends") || !ng_strcmp (p2, "attending")))
              || !ng_strcmp (p1, "in") || !ng_strcmp (p1, "for") || !ng_strcmp (p1, "attend") || !ng_strcmp (p1, "attended")
              /* "is leading a large delegation to the General Assembly" */
              || (!ng_strcmp (p1, "the") && !ng_strcmp (p2, "to") && xf >= first + 3
                  && (!ng_strcmp (kw (c, xf - 3), "delegation") || !ng_strcmp (kw (c, xf - 3), "delegations")));
          }
        gboolean opens = FALSE;
        if (!taken)
          {
            /* the body, "of the" its organization, then the verb */
            guint v = x->last;
            if (v < end && !ng_strcmp (kw (c, v), "of") && m + 1 < ms->len && mn (c, m + 1)->role == NG_MS_ENTITY
                && mn (c, m + 1)->kind == NG_KIND_ORG && mn (c, m + 1)->first <= v + 2)
              v = mn (c, m + 1)->last;
            /* ("The XXIX Ibero-American Summit of Heads of State and
             * Government closed on Friday") */
            if (v < end && !ng_strcmp (kw (c, v), "of"))
              {
                guint w = v + 1;
                while (w < end && w < v + 8 && ((tk (c, w)->flags & NG_TF_CAP) || !ng_strcmp (kw (c, w), "of")
                                                || !ng_strcmp (kw (c, w), "and")))
                  w++;
                if (w > v + 1 && w < end && tok_in (c, w, open_verbs))
                  v = w;
              }
            opens = v < end && tok_in (c, v, open_verbs);
            /* "ministers opened the annual General Assembly of the OAS":
             * the verb before the body */
            guint b = xf;
            for (guint n = 0; n < 4 && b > first + 1; n++)
              {
                const char *w = kw (c, b - 1);
                if (!ng_strcmp (w, "the") || !ng_strcmp (w, "annual") || !ng_strcmp (w, "regular") || !ng_strcmp (w, "ordinary")
                    || !ng_strcmp (w, "extraordinary") || !ng_strcmp (w, "special") || !ng_strcmp (w, "its")
                    || tk (c, b - 1)->kind == NG_TOK_NUMBER || ordinal_at (c, b - 1))
                  b--;
                else
                  break;
              }
            if (!opens && b < xf && b > first && (!ng_strcmp (kw (c, b - 1), "opened") || !ng_strcmp (kw (c, b - 1), "opens")
                                                  || !ng_strcmp (kw (c, b - 1), "convened") || !ng_strcmp (kw (c, b - 1), "inaugurated")))
              opens = TRUE;
          }
        if (!taken && !opens)
          continue;
        gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (id));
        const char *nm = ent (c, id)->name;
        gboolean meets = is_body_name (nm) || g_str_has_suffix (nm, "Council") || g_str_has_suffix (nm, "Assembly")
          || g_str_has_suffix (nm, "Conference") || g_str_has_suffix (nm, "Summit")
          /* ("The XXIX Ibero-American Summit ... closed on Friday": the
           * name as written, of an organization the lexicon calls
           * otherwise) */
          || g_str_has_suffix (x->name, "Summit") || g_str_has_suffix (x->name, "Conference");
        /* (a body said to open is one that meets, not a ministry) */
        if (!meets && (opens || !par))
          continue;
        gint org = par ? GPOINTER_TO_INT (par) - 1 : id, body = par ? id : -1;
        const char *date = dates->len ? g_ptr_array_index (dates, 0) : NULL;
        gint mi = -1;
        if (opens && c->last_org_meeting >= 0)
          {
            /* "attended the annual meeting of the OSCE" ... "The OSCE
             * Ministerial Council opened in Valletta": the same meeting */
            NgMeeting *lm = &g_array_index (c->doc->meetings, NgMeeting, c->last_org_meeting);
            if (lm->organizer == org && (!date || !lm->date || !ng_strcmp (date, lm->date)))
              {
                mi = c->last_org_meeting;
                if (date && !lm->date)
                  lm->date = g_strdup (date);
              }
          }
        if (mi < 0)
          mi = meeting_for (c, org, body, NG_MEETING_SESSION, date, FALSE, x->start, x->end);
        c->last_meeting = c->last_org_meeting = mi;
        NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, mi);
        gint pl = sentence_place (c, first, end);
        if (pl >= 0 && (mt->place < 0 || (ent (c, pl)->kind == NG_KIND_CITY && ent (c, mt->place)->kind != NG_KIND_CITY)))
          mt->place = pl;
        gboolean pln = plan_words (c, first, MIN (end, x->first + 3)) || infinitive_plan (c, first, end);
        for (guint p = 0; attending && p < people->len; p++)
          {
            guint pm = g_array_index (people_m, guint, p);
            attend (c, mi, g_array_index (people, gint, p), video ? NG_MODE_VIDEO : NG_MODE_IN_PERSON,
                    pln ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED, FALSE, mn (c, pm)->start, mn (c, pm)->end);
          }
        any_trigger = TRUE;
        break;
      }

  /* "India and Japan on Tuesday held the 2+2 dialogue in Tokyo." then "X
   * and Y represented India, while the Japanese side was led by Z and W":
   * the people of the countries' meeting said just before */
  if (!any_trigger && c->last_meeting < 0 && c->lead_sent >= 0 && !c->lead_done && c->sent == (guint) c->lead_sent + 1
      && people->len >= 2 && (sentence_has (c, first, end, "represented") || sentence_has (c, first, end, "led")))
    {
      const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, c->sent);
      gint mi = new_meeting (c, -1, -1, NG_MEETING_TALKS, NULL, tk (c, sp->first)->start, tk (c, end - 1)->end);
      c->last_meeting = mi;
      c->last_meeting_sent = c->sent;
      for (guint p = 0; p < people->len; p++)
        {
          guint pm = g_array_index (people_m, guint, p);
          attend (c, mi, g_array_index (people, gint, p), NG_MODE_IN_PERSON, NG_STATUS_ATTENDED, FALSE,
                  mn (c, pm)->start, mn (c, pm)->end);
        }
      any_trigger = TRUE;
    }

  /* "X joined by video link", "X has arrived in Dushanbe", "Russia will be
   * represented by X": attendance of the meeting the article is about. */
  /* (and "It brought together the President of X, Y, and ...": the
   * meeting said just before gathered them) */
  gboolean gathered = first + 2 < end && !ng_strcmp (kw (c, first), "it") && c->last_meeting_sent + 1 >= c->sent
                      && (((!ng_strcmp (kw (c, first + 1), "brought") || !ng_strcmp (kw (c, first + 1), "brings"))
                           && !ng_strcmp (kw (c, first + 2), "together"))
                          || !ng_strcmp (kw (c, first + 1), "gathered") || !ng_strcmp (kw (c, first + 1), "drew"))
                      && c->last_meeting >= 0 && c->last_meeting == c->last_org_meeting;
  if (!any_trigger && c->last_meeting >= 0 && people->len
      && (has_word (c, first, end, attend_verbs) || has_word (c, first, end, move_words)
          || has_word (c, first, end, part_words) || addresses_any (c, end)
          || presence_said (c, first, end) || gathered))
    {
      gint mi = c->last_org_meeting >= 0 ? c->last_org_meeting : c->last_meeting;
      /* "were part of the Indian delegation": of the talks, not of the
       * dinner said last */
      if (has_word (c, first, end, delegation_words)
          && g_array_index (c->doc->meetings, NgMeeting, mi).kind == NG_MEETING_RECEPTION)
        for (gint j = mi - 1; j >= 0; j--)
          if (g_array_index (c->doc->meetings, NgMeeting, j).kind != NG_MEETING_RECEPTION)
            {
              mi = j;
              break;
            }
      /* "Members of the President Akufo-Addo's delegation included ...":
       * of the meeting that person took part in last, not of the AU
       * summit the talks were about */
      if (has_word (c, first, end, delegation_words))
        for (guint m = 0; m < c->ex->ms->len; m++)
          {
            const NgMentionSpan *x = mn (c, m);
            gint id = g_array_index (c->ex->ment_ent, gint, m);
            if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || id < 0)
              continue;
            /* (over the possessive's "'s" where it is a token of its own) */
            guint d = x->last;
            while (d < end && d < x->last + 2 && !tok_in (c, d, delegation_words)
                   && (tk (c, d)->kind != NG_TOK_WORD || !ng_strcmp (kw (c, d), "s")))
              d++;
            if (d >= end || !tok_in (c, d, delegation_words) || !(x->possessive || d > x->last))
              continue;
            for (guint a = c->doc->attendance->len; a-- > 0;)
              {
                const NgAttendance *at = &g_array_index (c->doc->attendance, NgAttendance, a);
                if (at->person == id)
                  {
                    mi = at->meeting;
                    break;
                  }
              }
            break;
          }
      gboolean moved = !has_word (c, first, end, attend_verbs) && !has_word (c, first, end, part_words)
                       && has_word (c, first, end, move_words);
      /* "Yoon and the first lady attended the queen's funeral": an event
       * that is no meeting */
      if (attends_other_event (c, first, end))
        mi = -1;
      else if (moved)
        {
          /* Arrivals count only in the meeting's own place. */
          gint pl = sentence_place (c, first, end);
          NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, mi);
          if (pl >= 0 && pl != mt->place)
            mi = -1;
        }
      else if (mi >= 0)
        {
          /* "Ms. Joly is hosting X, Y and Z at the Fairmont Le Manoir
           * Richelieu, a resort in La Malbaie": the town of a meeting known
           * only by its region */
          NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, mi);
          gint pl = sentence_place (c, first, end);
          if (mt->place >= 0 && ent (c, mt->place)->kind == NG_KIND_PLACE && pl >= 0 && ent (c, pl)->kind == NG_KIND_CITY)
            mt->place = pl;
          /* "Modi is expected to host Trump, Ishiba and Albanese in New
           * Delhi later this year" after a meeting in Washington: another
           * meeting, in another city */
          else if (pl >= 0 && mt->place >= 0 && pl != mt->place && ent (c, pl)->kind == NG_KIND_CITY
                   && ent (c, mt->place)->kind == NG_KIND_CITY)
            {
              /* (a city the sentence names, not one a building's lexicon
               * entry gives: "the Palace of Independence" is in Minsk and
               * in Astana) */
              /* (after "in", and not in a relative clause: "attended
               * without his father, who stayed in Phnom Penh") */
              /* (nor where the one a stand-in replaced stayed: "Germany
               * was represented by X, as Foreign Minister Y stayed in
               * Berlin") */
              /* (or "X stayed in Beijing and sent Vice Finance Minister Y") */
              gboolean stand_in = sentence_has (c, first, end, "represented") || sentence_has (c, first, end, "sent")
                                  || sentence_has (c, first, end, "dispatched");
              for (guint q = 0; q < c->ex->ms->len && mi >= 0; q++)
                if (g_array_index (c->ex->ment_ent, gint, q) == pl && mn (c, q)->role == NG_MS_ENTITY
                    && mn (c, q)->first > first && !ng_strcmp (kw (c, mn (c, q)->first - 1), "in")
                    && !(stand_in && mn (c, q)->first >= first + 2
                         && (!ng_strcmp (kw (c, mn (c, q)->first - 2), "stayed")
                             || !ng_strcmp (kw (c, mn (c, q)->first - 2), "remained"))))
                  {
                    gboolean rel = FALSE;
                    /* (or in the reason: "will not attend because of a
                     * cabinet meeting in Berlin") */
                    for (guint b = first; b < mn (c, q)->first && !rel; b++)
                      rel = !ng_strcmp (kw (c, b), "who") || !ng_strcmp (kw (c, b), "which")
                            || !ng_strcmp (kw (c, b), "because");
                    if (!rel)
                      mi = -1;
                  }
            }
        }
      for (guint p = 0; mi >= 0 && p < people->len; p++)
        {
          guint m = g_array_index (people_m, guint, p);
          NgMentionSpan *x = mn (c, m);
          /* (not a scholar who comments: "For political scientist X, of
           * the National University, Milei's absence sends a message") */
          if (x->title >= 0 && mn (c, (guint) x->title)->lex && mn (c, (guint) x->title)->lex->kind
              && !ng_strcmp (mn (c, (guint) x->title)->lex->kind, "scholar"))
            continue;
          if (sender_named (c, x, first) || sends_stand_in (c, x, end))
            continue;
          guint stop = person_stop (c, m, end);
          NgStatus pst = absent_after (c, x->last, stop) ? NG_STATUS_ABSENT
                         : planned && plans_to_come (c, first, end) ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED;
          attend (c, mi, g_array_index (people, gint, p),
                  person_mode (c, x, first, stop, video ? NG_MODE_VIDEO : NG_MODE_IN_PERSON),
                  pst, FALSE, x->start, x->end);
        }
    }
  /* (the place and day of a meeting of countries said just before, for
   * the first meeting of people: see lead_place) */
  if (c->lead_sent >= 0 && !c->lead_done && c->sent > (guint) c->lead_sent)
    {
      if (c->last_meeting >= 0 && c->last_meeting_sent == c->sent)
        {
          NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, c->last_meeting);
          if (mt->place < 0)
            mt->place = c->lead_place;
          if (!mt->date && c->lead_date)
            mt->date = g_strdup (c->lead_date);
        }
      if (c->last_meeting >= 0 || c->sent >= (guint) c->lead_sent + 2)
        {
          g_clear_pointer (&c->lead_date, g_free);
          c->lead_done = TRUE;
        }
    }
  g_ptr_array_set_size (dates, 0);
}

/* Sets the token range of the current sentence to sentence s's; returns it. */
static const NgSentenceSpan *
enter_sentence (NgExtractor *ex, guint s)
{
  const NgSentenceSpan *sp = &g_array_index (ex->text->sentences, NgSentenceSpan, s);
  ex->base = sp->first;
  ex->n = sp->n;
  return sp;
}

/* Makes sentence s the current one: its keys (from the scanner, which has
 * just scanned it) and word-list bits are kept for the whole article. */
static void
sentence_bits (Ctx *c, guint s)
{
  NgExtractor *ex = c->ex;
  const NgSentenceSpan *sp = enter_sentence (ex, s);
  for (guint i = sp->first; i < sp->first + sp->n; i++)
    {
      const char *k = ng_mention_token_key (ex->scanner, i);
      guint64 b = 0;
      if (*k)
        {
          g_array_index (ex->key_at, guint32, i) = (guint32) ex->keys->len;
          g_string_append_len (ex->keys, k, (gssize) strlen (k) + 1);
          if (tk (c, i)->kind == NG_TOK_WORD)
            b = ng_mention_token_bits (ex->scanner, i);
          /* (a word of plans inside a name is none: "the Cabinet Secretary
           * for Economy, Energy and Planning", "Will Smith"; but for a
           * headline's capitals, "Leaders Will Meet in Rome") */
          if ((b & LIST_BIT (planned_words)) && i > sp->first && s > 0 && (tk (c, i)->flags & NG_TF_CAP)
              && !(tk (c, i)->flags & NG_TF_LINESTART))
            b &= ~LIST_BIT (planned_words);
        }
      g_array_index (ex->bits, guint64, i) = b;
    }
}

/* Makes sentence s the current one again (second pass): its keys and bits
 * are kept, and its mentions are those the first pass scanned (taken over). */
static void
restore_sentence (Ctx *c, guint s)
{
  NgExtractor *ex = c->ex;
  enter_sentence (ex, s);
  ng_mention_clear (ex->ms);
  guint a = g_array_index (ex->scanned_at, guint, s), b = g_array_index (ex->scanned_at, guint, s + 1);
  if (b > a)
    g_array_append_vals (ex->ms, &g_array_index (ex->scanned, NgMentionSpan, a), b - a);
  for (guint m = a; m < b; m++)
    g_array_index (ex->scanned, NgMentionSpan, m).name = NULL;
}

/* Keeps a copy of the current sentence's mentions for the second pass. */
static void
keep_scanned (Ctx *c)
{
  NgExtractor *ex = c->ex;
  for (guint m = 0; m < ex->ms->len; m++)
    {
      NgMentionSpan x = g_array_index (ex->ms, NgMentionSpan, m);
      x.name = g_strdup (x.name);
      g_array_append_val (ex->scanned, x);
    }
  guint end = ex->scanned->len;
  g_array_append_val (ex->scanned_at, end);
}

/* Prints the article's meetings and who attends them (NG_DEBUG set). */
static void
debug_meetings (Ctx *c)
{
  for (guint i = 0; i < c->doc->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (c->doc->meetings, NgMeeting, i);
      fprintf (stderr, "MEETING %u org=%s place=%s date=%s body=%d%s%s:", i,
               m->organizer >= 0 ? ent (c, m->organizer)->name : "-",
               m->place >= 0 ? ent (c, m->place)->name : "-", m->date ? m->date : "-",
               g_array_index (c->bodies, gint, i), m->ahead ? " ahead" : "", m->other ? " other" : "");
      for (guint a = 0; a < c->doc->attendance->len; a++)
        {
          NgAttendance *at = &g_array_index (c->doc->attendance, NgAttendance, a);
          if (at->meeting == (gint) i)
            fprintf (stderr, " %s(%s%s%s)", ent (c, at->person)->name,
                     at->status == NG_STATUS_ABSENT ? "absent" : at->status == NG_STATUS_PLANNED ? "planned" : "done",
                     at->mode == NG_MODE_VIDEO ? ",video" : "", at->chair ? ",chair" : "");
        }
      fprintf (stderr, "\n");
    }
}

/* Prints the sentence's mentions (NG_DEBUG set). */
static void
debug_sentence (Ctx *c, const NgSentenceSpan *sp)
{
  static const char *const roles[] = { "ENT", "DEM", "TITLE", "DESC", "ACR" };
  fprintf (stderr, "[%u] %.*s\n", c->sent, (int) (sp->end - sp->start), c->art->text + sp->start);
  for (guint m = 0; m < c->ex->ms->len; m++)
    {
      NgMentionSpan *x = mn (c, m);
      fprintf (stderr, "   %u %s/%s '%s' ent=%d title=%d of=%d parent=%d%s%s%s\n", m, roles[x->role],
               x->role == NG_MS_ENTITY ? ng_kind_name (x->kind) : "-", x->name,
               g_array_index (c->ex->ment_ent, gint, m), x->title, x->of, x->parent,
               x->strong ? " strong" : "", x->speaker ? " speaker" : "", x->lex ? " lex" : "");
    }
}

/* Attendance indexes of each meeting, for merging meetings in linear time. */
typedef struct {
  GPtrArray *by_meeting;   /* meeting -> GArray of attendance indexes */
} Merge;

/* TRUE if meeting i has someone said to have been there. */
static gboolean
held_by_someone (Ctx *c, Merge *mg, gint i)
{
  GArray *mine = g_ptr_array_index (mg->by_meeting, i);
  for (guint a = 0; a < mine->len; a++)
    if (g_array_index (c->doc->attendance, NgAttendance, g_array_index (mine, guint, a)).status == NG_STATUS_ATTENDED)
      return TRUE;
  return FALSE;
}

/* TRUE if two meetings of one organizer are two: in two cities, one held
 * and the other still to come ("took part in the meeting of the CIS
 * Council of Heads of State held in Dushanbe" and "is expected to attend
 * the informal meeting of the CIS leaders in St. Petersburg"). */
static gboolean
apart_cities (Ctx *c, Merge *mg, gint i, gint j)
{
  const NgMeeting *m = &g_array_index (c->doc->meetings, NgMeeting, i);
  const NgMeeting *o = &g_array_index (c->doc->meetings, NgMeeting, j);
  return m->place >= 0 && o->place >= 0 && m->place != o->place && ent (c, m->place)->kind == NG_KIND_CITY
         && ent (c, o->place)->kind == NG_KIND_CITY && held_by_someone (c, mg, i) != held_by_someone (c, mg, j);
}

/* Moves the attendance of meeting `from` to meeting `to`, joining repeats. */
static void
move_attendance (Ctx *c, Merge *mg, gint from, gint to)
{
  GArray *at = c->doc->attendance;
  GArray *src = g_ptr_array_index (mg->by_meeting, from), *dst = g_ptr_array_index (mg->by_meeting, to);
  for (guint i = 0; i < src->len; i++)
    {
      guint ai = g_array_index (src, guint, i);
      NgAttendance *a = &g_array_index (at, NgAttendance, ai);
      guint64 old = pair_key (from, a->person);
      guint64 key = pair_key (to, a->person);
      g_hash_table_remove (c->att_index, &old);
      gpointer found;
      if (g_hash_table_lookup_extended (c->att_index, &key, NULL, &found))
        {
          NgAttendance *b = &g_array_index (at, NgAttendance, GPOINTER_TO_UINT (found));
          if (a->mode == NG_MODE_VIDEO)
            b->mode = a->mode;
          /* as attend: absent, or attended over planned */
          if (a->status == NG_STATUS_ABSENT || (a->status == NG_STATUS_ATTENDED && b->status == NG_STATUS_PLANNED))
            b->status = a->status;
          b->chair = b->chair || a->chair;
          a->meeting = -1;
        }
      else
        {
          a->meeting = to;
          g_hash_table_insert (c->att_index, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (ai));
          g_array_append_val (dst, ai);
        }
    }
  g_array_set_size (src, 0);
}

/* A key for the people of a meeting ("3,7,"), sorted; NULL for fewer than two. */
static char *
people_key (Ctx *c, Merge *mg, gint meeting)
{
  GArray *list = g_ptr_array_index (mg->by_meeting, meeting);
  if (list->len < 2)
    return NULL;
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint), list->len);
  for (guint i = 0; i < list->len; i++)
    {
      /* those who came: an absentee named beside talks does not make
       * them other talks */
      const NgAttendance *a = &g_array_index (c->doc->attendance, NgAttendance, g_array_index (list, guint, i));
      if (a->status != NG_STATUS_ABSENT)
        g_array_append_val (ids, a->person);
    }
  if (ids->len < 2)
    {
      g_array_unref (ids);
      return NULL;
    }
  g_array_sort (ids, (GCompareFunc) cmp_int);
  /* (a dinner or a reception is an event of its own beside the talks
   * of the same people) */
  GString *k = g_string_new (g_array_index (c->doc->meetings, NgMeeting, meeting).kind == NG_MEETING_RECEPTION ? "r:" : NULL);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (k, "%d,", g_array_index (ids, gint, i));
  g_array_unref (ids);
  return g_string_free (k, FALSE);
}

/* The people who attend (not absent from) each meeting of the doc, as
 * sorted GArrays of gint; made on first use (*people_of NULL). */
static GPtrArray *
people_of_meetings (const NgDoc *d, GPtrArray **people_of)
{
  if (*people_of)
    return *people_of;
  GPtrArray *pm = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < d->meetings->len; i++)
    g_ptr_array_add (pm, g_array_new (FALSE, FALSE, sizeof (gint)));
  for (guint x = 0; x < d->attendance->len; x++)
    {
      const NgAttendance *a = &g_array_index (d->attendance, NgAttendance, x);
      if (a->meeting >= 0 && (guint) a->meeting < pm->len && a->status != NG_STATUS_ABSENT)
        g_array_append_val ((GArray *) g_ptr_array_index (pm, a->meeting), a->person);
    }
  for (guint i = 0; i < pm->len; i++)
    g_array_sort (g_ptr_array_index (pm, i), (GCompareFunc) cmp_int);
  return *people_of = pm;
}

/* TRUE if someone attends both meetings a and b (sorted lists). */
static gboolean
share_attendee (GPtrArray *people_of, gint a, gint b)
{
  const GArray *x = g_ptr_array_index (people_of, a), *y = g_ptr_array_index (people_of, b);
  for (guint i = 0, j = 0; i < x->len && j < y->len;)
    {
      gint p = g_array_index (x, gint, i), q = g_array_index (y, gint, j);
      if (p == q)
        return TRUE;
      if (p < q)
        i++;
      else
        j++;
    }
  return FALSE;
}

/* Merges meeting j into meeting i (same event). */
static void
merge_into (Ctx *c, Merge *mg, gint i, gint j)
{
  NgMeeting *m = &g_array_index (c->doc->meetings, NgMeeting, i);
  NgMeeting *o = &g_array_index (c->doc->meetings, NgMeeting, j);
  if (!m->date && o->date)
    m->date = g_strdup (o->date);
  /* (the body's city is more exact than the headline's: "Albanese meets
   * Prabowo in Jakarta" ... "at the palace in Bogor, south of Jakarta") */
  if (m->place < 0
      || (m->where.sentence == 0 && o->where.sentence > 0 && o->place >= 0 && o->place != m->place
          && c->doc->headline && ent (c, o->place)->kind == NG_KIND_CITY)
      /* (a city beats a venue or a country) */
      || (o->place >= 0 && ent (c, o->place)->kind == NG_KIND_CITY && ent (c, m->place)->kind != NG_KIND_CITY))
    m->place = o->place;
  m->ahead = m->ahead || o->ahead;
  m->remote = m->remote || o->remote;
  m->named = m->named || o->named;
  move_attendance (c, mg, j, i);
  o->organizer = -2;   /* merged away */
}

/* Adds meeting i to the group named key (taken over). */
static void
group_add (GHashTable *groups, char *key, gint i)
{
  GArray *g = g_hash_table_lookup (groups, key);
  if (!g)
    {
      g = g_array_new (FALSE, FALSE, sizeof (gint));
      g_hash_table_insert (groups, key, g);
    }
  else
    g_free (key);
  g_array_append_val (g, i);
}

/* Merges, within each group of meetings, every one into the first whose date
 * agrees (equal, or one of them unknown). */
static void
merge_groups (Ctx *c, Merge *mg, GHashTable *groups)
{
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, groups);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      GArray *g = v;   /* meeting indexes, ascending */
      GArray *kept = g_array_new (FALSE, FALSE, sizeof (gint));
      for (guint x = 0; x < g->len; x++)
        {
          gint j = g_array_index (g, gint, x);
          NgMeeting *o = &g_array_index (c->doc->meetings, NgMeeting, j);
          gboolean merged = FALSE;
          for (guint y = 0; y < kept->len && !merged; y++)
            {
              gint i = g_array_index (kept, gint, y);
              NgMeeting *m = &g_array_index (c->doc->meetings, NgMeeting, i);
              if (o->date && m->date && ng_strcmp (o->date, m->date))
                continue;
              if (apart_cities (c, mg, i, j))
                continue;
              merge_into (c, mg, i, j);
              merged = TRUE;
            }
          if (!merged)
            g_array_append_val (kept, j);
        }
      g_array_unref (kept);
    }
}


/* The one city the headline (sentence 0) says the story is in: "... in
 * Nicosia ..."; -1 if none or several. */
static gint
headline_in_city (Ctx *c)
{
  const NgDoc *d = c->doc;
  gint city = -1;
  if (!c->art->headline)
    return -1;
  for (guint e = 0; e < d->entities->len; e++)
    {
      const NgEntity *x = &g_array_index (d->entities, NgEntity, e);
      if (x->kind != NG_KIND_CITY || x->where.sentence != 0 || x->where.start < 3
          || strncmp (c->art->text + x->where.start - 3, "in ", 3) != 0)
        continue;
      if (city >= 0)
        return -1;
      city = (gint) e;
    }
  return city;
}

/* TRUE if two meeting days (maybe NULL, maybe without a year) are more
 * than a month apart: not on one trip ("The previous retreat was held in
 * Singapore on Oct 30, 2023"). */
static gboolean
far_apart (const char *a, const char *b)
{
  NgDate x, y;
  if (!a || !b || !ng_date_parse (a, &x) || !ng_date_parse (b, &y) || !x.month || !y.month)
    return FALSE;
  if (x.year && y.year && x.year != y.year)
    return TRUE;
  gint dx = x.month * 31 + x.day, dy = y.month * 31 + y.day;
  return ABS (dx - dy) > 31;
}

/* Final touches on meetings: organizers are top-level organizations (a
 * body named first becomes the body), duplicates merge, places fall back. */
/* "The meeting in Brussels, presided over by Eurogroup President
 * Paschal Donohoe": a meeting no organizer is said of is the body's that
 * its chair presides over (not talks, visits or receptions). */
static void
chair_organizers (Ctx *c)
{
  static const char *const chairs[] = {
    "president", "chair", "chairman", "chairperson", "chairwoman", "secretary general", NULL
  };
  NgDoc *d = c->doc;
  for (guint a = 0; a < d->attendance->len; a++)
    {
      const NgAttendance *at = &g_array_index (d->attendance, NgAttendance, a);
      if (!at->chair || at->meeting < 0)
        continue;
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, at->meeting);
      if (m->organizer >= 0 || m->kind == NG_MEETING_TALKS || m->kind == NG_MEETING_VISIT
          || m->kind == NG_MEETING_RECEPTION)
        continue;
      gint org = -1;
      for (guint p = 0; p < d->posts->len && org < 0; p++)
        {
          const NgPost *po = &g_array_index (d->posts, NgPost, p);
          if (po->person != at->person || po->of < 0 || ent (c, po->of)->kind != NG_KIND_ORG
              || po->of == d->publisher)
            continue;
          g_autofree char *t = ng_fold_plain (po->title);
          for (const char *const *ch = chairs; *ch && org < 0; ch++)
            if (!ng_strcmp (t, *ch))
              org = po->of;
        }
      m->organizer = org;
    }
}

/* TRUE if every person of the attendances mine (indices into the doc's)
 * attends meeting j, and is not absent there if present is set. */
static gboolean
all_attend (Ctx *c, GArray *mine, gint j, gboolean present)
{
  GArray *at = c->doc->attendance;
  for (guint a = 0; a < mine->len; a++)
    {
      guint64 key = pair_key (j, g_array_index (at, NgAttendance, g_array_index (mine, guint, a)).person);
      gpointer found;
      if (!g_hash_table_lookup_extended (c->att_index, &key, NULL, &found)
          || (present && g_array_index (at, NgAttendance, GPOINTER_TO_UINT (found)).status == NG_STATUS_ABSENT))
        return FALSE;
    }
  return TRUE;
}

/* The one other meeting without an organizer whose people include every
 * person of meeting i: with more people, each there and not absent; or,
 * with same_kind, of i's kind, with as many people or more, each there.
 * -1 if none or several. */
static gint
sole_superset (Ctx *c, Merge *mg, guint i, gboolean same_kind)
{
  NgDoc *d = c->doc;
  const NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
  GArray *mine = g_ptr_array_index (mg->by_meeting, i);
  gint into = -1;
  guint n_into = 0;
  for (guint j = 0; j < d->meetings->len; j++)
    {
      const NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
      GArray *theirs = g_ptr_array_index (mg->by_meeting, j);
      if (j == i || o->organizer != -1 || o->other
          || (same_kind ? (o->kind != m->kind || theirs->len < mine->len) : theirs->len <= mine->len))
        continue;
      if (all_attend (c, mine, (gint) j, !same_kind))
        into = (gint) j, n_into++;
    }
  return n_into == 1 ? into : -1;
}

static void
finish_meetings (Ctx *c)
{
  NgDoc *d = c->doc;
  chair_organizers (c);
  /* "the fifth Tehran Dialogue Forum", "the Doha Forum": a series named
   * for a town, where the text gives its meeting no place, meets there */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      /* (of a day the text gives: not a summit said in passing) */
      if (m->place >= 0 || m->organizer < 0 || m->remote || m->other || !m->date)
        continue;
      const char *name = ent (c, m->organizer)->name;
      static const char *const series[] = { "Forum", "Dialogue", "Conference", "Summit", NULL };
      const char *sp = strrchr (name, ' ');
      gboolean series_name = FALSE;
      for (const char *const *w = series; sp && *w && !series_name; w++)
        series_name = !strcmp (sp + 1, *w);
      if (!series_name)
        continue;
      /* (the town's name of one or two words before the rest) */
      g_auto (GStrv) ws = g_strsplit (name, " ", -1);
      guint n = g_strv_length (ws);
      for (guint words = MIN (2, n - 1); words >= 1; words--)
        {
          char *after = ws[words];
          ws[words] = NULL;
          g_autofree char *town = g_strjoinv (" ", ws);
          ws[words] = after;
          g_autofree char *k = ng_fold_plain (town);
          const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_CITY);
          if (h && h->how == NG_LEXHIT_LABEL)
            {
              m->place = entity_for_lex (c, h->entry, NG_KIND_CITY, NULL, m->where);
              break;
            }
        }
    }
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      gint *body = &g_array_index (c->bodies, gint, i);
      gpointer par = m->organizer >= 0 ? g_hash_table_lookup (c->parents, GINT_TO_POINTER (m->organizer)) : NULL;
      if (par)
        {
          *body = m->organizer;
          m->organizer = GPOINTER_TO_INT (par) - 1;
        }
    }
  /* Attendance by meeting. */
  Merge mg = { g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref) };
  for (guint i = 0; i < d->meetings->len; i++)
    g_ptr_array_add (mg.by_meeting, g_array_new (FALSE, FALSE, sizeof (guint)));
  for (guint a = 0; a < d->attendance->len; a++)
    {
      NgAttendance *at = &g_array_index (d->attendance, NgAttendance, a);
      if (at->meeting >= 0)
        g_array_append_val ((GArray *) g_ptr_array_index (mg.by_meeting, at->meeting), a);
    }
  /* "Western Balkan leaders met in Berlin on Monday to mark a decade of
   * the Berlin Process": a meeting of three people or more, of no
   * organizer, in a sentence that names the grouping the article is about
   * after "of", is that grouping's */
  const NgLexEntry *mle = c->main_org >= 0 ? lex_entry_of (c, c->main_org) : NULL;
  if (mle && mle->cls == NG_LEX_ORG && mle->kind
      && (!ng_strcmp (mle->kind, "alliance") || !ng_strcmp (mle->kind, "union") || !ng_strcmp (mle->kind, "council")))
    {
      const NgEntity *mo = ent (c, c->main_org);
      for (guint i = 0; i < d->meetings->len; i++)
        {
          NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
          if (m->organizer >= 0 || m->other || m->where.sentence >= c->ex->text->sentences->len)
            continue;
          const GArray *ats = g_ptr_array_index (mg.by_meeting, i);
          guint n = 0;
          for (guint a = 0; a < ats->len; a++)
            n += g_array_index (d->attendance, NgAttendance, g_array_index (ats, guint, a)).status != NG_STATUS_ABSENT;
          if (n < 3)
            continue;
          const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, m->where.sentence);
          const char *sent = c->art->text + sp->start;
          gssize sl = (gssize) (sp->end - sp->start);
          /* (after "of": not "NATO chief Mark Rutte", "the China-ASEAN
           * Summit") */
          gboolean named = FALSE;
          for (guint f = 0; f < mo->n_forms && !named; f++)
            for (const char *hit = g_strstr_len (sent, sl, mo->forms[f]); hit && !named;
                 hit = g_strstr_len (hit + 1, sl - (hit + 1 - sent), mo->forms[f]))
              {
                gsize l = strlen (mo->forms[f]), at = (gsize) (hit - sent);
                named = (at >= 3 && !strncmp (hit - 3, "of ", 3)) || (at >= 7 && !strncmp (hit - 7, "of the ", 7));
                /* (nor "the leaders of the GCC states") */
                named = named && !g_ascii_isalnum (hit[l]) && hit[l] != '-'
                        && !(hit[l] == ' ' && g_ascii_islower (hit[l + 1]));
              }
          if (named)
            m->organizer = c->main_org;
        }
    }
  /* Meetings of one organizer and body on one day are one. */
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      if (m->organizer < 0)
        continue;
      /* (the next or the previous meeting stays apart) */
      char *key = g_strdup_printf ("%d/%d%s", m->organizer, g_array_index (c->bodies, gint, i), m->other ? "/other" : "");
      group_add (groups, key, (gint) i);
    }
  merge_groups (c, &mg, groups);
  g_hash_table_remove_all (groups);
  /* A meeting named without a body or a date ("to attend CSTO meeting") is
   * the article's one other meeting of that organizer, if there is one. */
  GHashTable *per_org = g_hash_table_new (g_direct_hash, g_direct_equal);   /* organizer -> count */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      if (m->organizer >= 0)
        {
          gint n = GPOINTER_TO_INT (g_hash_table_lookup (per_org, GINT_TO_POINTER (m->organizer)));
          g_hash_table_insert (per_org, GINT_TO_POINTER (m->organizer), GINT_TO_POINTER (n + 1));
        }
    }
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      if (m->organizer < 0 || g_array_index (c->bodies, gint, i) != -1
          || GPOINTER_TO_INT (g_hash_table_lookup (per_org, GINT_TO_POINTER (m->organizer))) != 2)
        continue;
      for (guint j = 0; j < d->meetings->len; j++)
        {
          NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
          /* (not the next or the previous meeting, nor one elsewhere) */
          if (j == i || o->organizer != m->organizer || o->other || m->other || apart_cities (c, &mg, (gint) i, (gint) j))
            continue;
          /* (nor the officials' meeting before the ministers': "preceded
           * by a session of the BSEC Committee of Senior Officials") */
          gint ob = g_array_index (c->bodies, gint, j);
          if (ob >= 0 && lower_level_body (ent (c, ob)->name))
            continue;
          /* "the two-day OSCE meeting opens today" beside "the Ministerial
           * Council of the OSCE": the dated one names the other's day. */
          if (m->date && (o->date || g_array_index (c->bodies, gint, j) == -1))
            break;
          if (m->date)
            {
              o->date = m->date;
              m->date = NULL;
            }
          o->ahead = o->ahead || m->ahead;
          o->remote = o->remote || m->remote;
          o->named = o->named || m->named;
          /* (a city beats a country: "session in Kuwait" in the headline,
           * "held in Kuwait City" in the text) */
          if (o->place < 0
              || (m->place >= 0 && ent (c, m->place)->kind == NG_KIND_CITY && ent (c, o->place)->kind != NG_KIND_CITY))
            o->place = m->place;
          if (m->kind == NG_MEETING_SUMMIT)
            o->kind = m->kind;
          g_hash_table_insert (per_org, GINT_TO_POINTER (m->organizer), GINT_TO_POINTER (1));
          move_attendance (c, &mg, (gint) i, (gint) j);
          m->organizer = -2;
          break;
        }
    }
  g_hash_table_destroy (per_org);
  /* Bilateral talks with the same people on a compatible day are one. */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      /* (the people's last meeting stays apart: "X last met Y in ...") */
      if (m->organizer != -1 || m->other)
        continue;
      char *key = people_key (c, &mg, (gint) i);
      if (!key)
        continue;
      group_add (groups, key, (gint) i);
    }
  merge_groups (c, &mg, groups);
  g_hash_table_destroy (groups);
  /* Undated talks whose people all took part in one other meeting without
   * an organizer are that meeting: the headline's "Ishiba meets Trump"
   * and the body's talks, which ministers then joined. */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      GArray *mine = g_ptr_array_index (mg.by_meeting, i);
      /* (one person will do for the headline's: "Saudi crown prince
       * receives Ukraine's Zelenskiy") */
      if (m->organizer != -1 || m->date || m->other || mine->len < (m->where.sentence == 0 ? 1u : 2u))
        continue;
      /* (there, and not absent) */
      gint into = sole_superset (c, &mg, i, FALSE);
      if (into >= 0)
        merge_into (c, &mg, into, (gint) i);
    }
  /* "ECOWAS summit: Tinubu, Faye, Bio meet in Abuja": the headline's
   * meeting of three people or more is its organization's meeting, when
   * the headline names one and no context ("on the sidelines of", "ahead
   * of") */
  if (d->headline)
    {
      gboolean context = c->headline_context;
      gint org0 = -1, n_org0 = 0;
      for (guint j = 0; j < d->meetings->len && !context; j++)
        {
          const NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
          if (o->organizer >= 0 && !o->other && o->where.sentence == 0)
            org0 = (gint) j, n_org0++;
        }
      for (guint i = 0; i < d->meetings->len && n_org0 == 1; i++)
        {
          NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
          GArray *mine = g_ptr_array_index (mg.by_meeting, i);
          /* (three people or more: "Modi attends BIMSTEC summit in
           * Bangkok, meets Yunus" is a meeting of two of its own) */
          if (m->organizer != -1 || m->other || m->date || m->where.sentence != 0 || mine->len < 3
              || apart_cities (c, &mg, (gint) i, org0) || !all_attend (c, mine, org0, TRUE))
            continue;
          merge_into (c, &mg, org0, (gint) i);
        }
    }
  /* "The ambassadors of the Quintet Committee were received Tuesday
   * morning by X ..., in their first joint visit": the reception and the
   * organization's visit of one sentence are one meeting, on the
   * reception's day. */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      GArray *mine = g_ptr_array_index (mg.by_meeting, i);
      if (m->organizer != -1 || m->other || m->kind == NG_MEETING_SUMMIT || m->kind == NG_MEETING_SESSION
          || mine->len == 0)
        continue;
      for (guint j = 0; j < d->meetings->len; j++)
        {
          NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
          if (j == i || o->organizer < 0 || o->kind != NG_MEETING_VISIT || o->other
              || o->where.sentence != m->where.sentence || (o->date && m->date && ng_strcmp (o->date, m->date))
              || apart_cities (c, &mg, (gint) i, (gint) j) || !all_attend (c, mine, (gint) j, TRUE))
            continue;
          merge_into (c, &mg, (gint) j, (gint) i);
          break;
        }
    }
  /* The headline's "Scholz hosts Macron, Tusk for Weimar Triangle talks"
   * and the body's talks of the same kind, people and no organizer are
   * one meeting, the organization's. */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      GArray *mine = g_ptr_array_index (mg.by_meeting, i);
      if (m->organizer < 0 || m->date || m->where.sentence != 0 || m->other || mine->len < 2)
        continue;
      gint into = sole_superset (c, &mg, i, TRUE);
      if (into >= 0)
        {
          g_array_index (d->meetings, NgMeeting, into).organizer = m->organizer;
          merge_into (c, &mg, into, (gint) i);
        }
    }
  /* A meeting of nobody and no organizer says nothing ("Singapore PM
   * meets Malaysian counterpart", with neither named): dropped too; one
   * of people that has a name of its own is held by that name's series
   * ("the Riga Conference"). */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      if (m->organizer == -1 && g_array_index (c->series, gint, i) >= 0
          && ((GArray *) g_ptr_array_index (mg.by_meeting, i))->len)
        m->organizer = g_array_index (c->series, gint, i);
      if (m->organizer == -1 && ((GArray *) g_ptr_array_index (mg.by_meeting, i))->len == 0)
        m->organizer = -2;
    }
  g_ptr_array_unref (mg.by_meeting);
  /* Drop the meetings merged away, renumbering the rest. */
  GArray *renum = g_array_sized_new (FALSE, FALSE, sizeof (gint), d->meetings->len);
  guint kept = 0;
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      gint to = -1;
      if (m->organizer != -2)
        {
          to = (gint) kept;
          if (kept != i)
            {
              g_array_index (d->meetings, NgMeeting, kept) = *m;
              g_array_index (c->bodies, gint, kept) = g_array_index (c->bodies, gint, i);
            }
          kept++;
        }
      else
        {
          g_free (m->date);
          g_free (m->label);
        }
      g_array_append_val (renum, to);
    }
  /* The moved structs now belong to their new slots: shrink without clearing. */
  g_array_set_clear_func (d->meetings, NULL);
  g_array_set_size (d->meetings, kept);
  g_array_set_clear_func (d->meetings, ng_doc_meeting_clear);
  g_array_set_size (c->bodies, kept);
  guint out = 0;
  for (guint i = 0; i < d->attendance->len; i++)
    {
      NgAttendance a = g_array_index (d->attendance, NgAttendance, i);
      if (a.meeting >= 0)
        a.meeting = g_array_index (renum, gint, a.meeting);
      if (a.meeting >= 0)
        g_array_index (d->attendance, NgAttendance, out++) = a;
    }
  g_array_set_size (d->attendance, out);
  g_array_unref (renum);
  GPtrArray *people_of = NULL;
  GArray *held = NULL;
  gint headline_city = -2;   /* (not looked for yet) */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      if (m->place >= 0 && ent (c, m->place)->kind == NG_KIND_COUNTRY)
        {
          /* A country: the city of another meeting of the article in it, or the dateline. */
          gint city = -1;
          for (guint j = 0; j < d->meetings->len && city < 0; j++)
            {
              NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
              if (o->place >= 0 && ent (c, o->place)->kind == NG_KIND_CITY
                  && has_link (c, d->contained, o->place, m->place))
                city = o->place;
            }
          /* (the dateline's country in the lexicon: "arrived in Taiwan"
           * under a Taipei dateline) */
          if (city < 0 && d->dateline >= 0
              && (has_link (c, d->contained, d->dateline, m->place)
                  || (c->dateline_country && ent (c, m->place)->lex_key
                      && !ng_strcmp (ent (c, m->place)->lex_key, c->dateline_country->key)
                      /* (not a city-state's: "in Singapore", "in Kuwait") */
                      && !g_str_has_prefix (ent (c, d->dateline)->name, ent (c, m->place)->name))))
            city = d->dateline;
          /* (or, the dateline elsewhere, another meeting's city the lexicon
           * knows in it: "met US business leaders at a roundtable" after
           * talks in Washington) */
          for (guint j = 0; j < d->meetings->len && city < 0 && ent (c, m->place)->lex_key; j++)
            {
              NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
              const NgLexEntry *ce = o->place >= 0 && ent (c, o->place)->kind == NG_KIND_CITY ? lex_entry_of (c, o->place) : NULL;
              if (ce && ce->country && !ng_strcmp (ce->country->key, ent (c, m->place)->lex_key))
                city = o->place;
            }
          if (city >= 0)
            m->place = city;
        }
      if (m->place < 0 && !m->other)
        {
          /* Another meeting of the same organizer, the article's first placed
           * meeting, then the dateline (not for the next or the previous
           * meeting, held elsewhere as likely as not). */
          for (guint j = 0; j < d->meetings->len && m->place < 0; j++)
            {
              NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
              /* (not its next sitting, for one held: "The premiers will
               * meet in St. John's on Oct. 27") */
              if (j != i && o->place >= 0 && m->organizer >= 0 && o->organizer == m->organizer
                  && !(o->ahead && !m->ahead)
                  /* (nor its sitting of long ago: "The commission's last
                   * ministerial meeting was held in Luanda on 16 June 2023") */
                  && !(o->other && far_apart (o->date, m->date ? m->date : c->doc->date)))
                m->place = o->place;
            }
          /* (not a meeting still to come: "Lula is expected to travel to
           * Johannesburg for the BRICS summit" put the Amazon summit in
           * Johannesburg) */
          for (guint j = 0; j < d->meetings->len && m->place < 0 && m->organizer >= 0; j++)
            {
              NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
              if (j != i && o->place >= 0 && o->organizer >= 0 && !o->ahead && !o->other
                  && g_array_index (held_meetings (d, &held), guint8, j))
                m->place = o->place;
            }
          for (gint j = (gint) i - 1; j >= 0 && m->place < 0 && m->organizer == -1; j--)
            {
              NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
              if (o->place >= 0 && o->organizer >= 0 && !o->other)
                m->place = o->place;
            }
          /* "X met Y in Beijing" ... "X will also hold talks with Z": an
           * earlier meeting of one of its people, on the same trip */
          for (gint j = (gint) i - 1; j >= 0 && j + 8 >= (gint) i && m->place < 0 && m->organizer == -1; j--)
            {
              NgMeeting *o = &g_array_index (d->meetings, NgMeeting, j);
              if (o->place >= 0 && o->organizer == -1 && !far_apart (m->date, o->date)
                  && share_attendee (people_of_meetings (d, &people_of), (gint) i, j))
                m->place = o->place;
            }
          if (m->place < 0 && d->dateline >= 0)
            m->place = d->dateline;
          /* (no dateline: the one city the headline says the story is in,
           * "Nordic Council delegation in Nicosia ahead of ...") */
          if (m->place < 0 && d->dateline < 0)
            {
              if (headline_city == -2)
                headline_city = headline_in_city (c);
              m->place = headline_city;
            }
          /* (nor a headline's: where the visitor came) */
          if (m->place < 0 && c->visit_place >= 0 && !m->ahead)
            m->place = c->visit_place;
        }
    }
  if (people_of)
    g_ptr_array_unref (people_of);
  if (held)
    g_array_unref (held);
  /* "paid an official visit to Tajikistan" ... "laid a wreath in
   * Dushanbe": a meeting placed in a country is in the one city of that
   * country the article names */
  for (guint i = 0; i < d->meetings->len; i++)
    {
      NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
      if (m->place < 0 || m->ahead || ent (c, m->place)->kind != NG_KIND_COUNTRY || !ent (c, m->place)->lex_key)
        continue;
      /* (of a meeting held: not "will pay an official visit to Turkey",
       * where the city is that of another doing) */
      if (!someone_attended (d, (gint) i))
        continue;
      gint city = -1, cities = 0;
      GHashTableIter it;
      gpointer k, v;
      g_hash_table_iter_init (&it, c->by_lex);
      while (g_hash_table_iter_next (&it, &k, &v))
        {
          const NgLexEntry *e = k;
          if (e->cls == NG_LEX_CITY && e->country && !ng_strcmp (e->country->key, ent (c, m->place)->lex_key)
              && ent (c, GPOINTER_TO_INT (v) - 1)->kind == NG_KIND_CITY)
            city = GPOINTER_TO_INT (v) - 1, cities++;
        }
      /* (not a city named as its country is: "Singapore City", "Kuwait
       * City") */
      if (cities == 1 && g_str_has_prefix (ent (c, city)->name, ent (c, m->place)->name))
        cities = 0;
      if (cities == 1)
        m->place = city;
    }
  /* A readout under a date line and a place line ("November 13, 2025
   * 15:20", "The Kremlin, Moscow"): its first meeting said without a day,
   * held, is on the date line's day. */
  /* So is the first meeting of a sentence in the present perfect ("have
   * held", "has met"): "The ministers have held in Madrid their first
   * meeting" under a dated page, said without a day. */
  if (c->have_date && c->adate.year && c->adate.day
      && ((c->art->place_line && !c->art->lead) || c->sent_perfect->len))
    {
      gint first = -1;
      for (guint i = 0; i < d->meetings->len; i++)
        {
          NgMeeting *m = &g_array_index (d->meetings, NgMeeting, i);
          if (m->organizer >= -1 && m->where.sentence > 0
              && (first < 0 || m->where.sentence < g_array_index (d->meetings, NgMeeting, first).where.sentence))
            first = (gint) i;
        }
      NgMeeting *m = first >= 0 ? &g_array_index (d->meetings, NgMeeting, first) : NULL;
      if (m && !m->date && !m->other && !m->ahead && someone_attended (d, first)
          && !sent_flag (c->sent_dated, m->where.sentence)
          && ((c->art->place_line && !c->art->lead) || sent_flag (c->sent_perfect, m->where.sentence)))
        m->date = ng_date_format (&c->adate);
    }
  /* Once the article's meetings are joined: nobody has yet attended a
   * meeting said to be still to come ("X, who is in Tianjin to take part
   * in the summit" ... "The summit will open on 1 September"), and
   * everyone took part in a meeting held online by video link. */
  for (guint i = 0; i < d->attendance->len; i++)
    {
      NgAttendance *a = &g_array_index (d->attendance, NgAttendance, i);
      const NgMeeting *m = &g_array_index (d->meetings, NgMeeting, a->meeting);
      if (a->status == NG_STATUS_ATTENDED && m->ahead)
        a->status = NG_STATUS_PLANNED;
      /* "X did not travel, joining by video link from Canberra": there,
       * by video (not "did not attend" a summit held online) */
      if (a->status == NG_STATUS_ABSENT && a->mode == NG_MODE_VIDEO && !m->remote)
        a->status = m->ahead ? NG_STATUS_PLANNED : NG_STATUS_ATTENDED;
      /* a meeting held online: everyone took part by video link */
      if (m->remote)
        a->mode = NG_MODE_VIDEO;
    }
}

/* The separators of the names in a credit line ("Michael Reinholt/AFP/
 * Getty Images", "BNS, LRT.lt"), compiled once for every thread. */
static GRegex *
credit_separators (void)
{
  static gsize once = 0;
  static GRegex *re;
  if (g_once_init_enter (&once))
    {
      re = g_regex_new ("\\s*(?:/|\\||,|;|·|\\n| via | and | - |: |(?<=[a-z])\\. )\\s*", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&once, 1);
    }
  return re;
}

/* Number of words (runs of non-blanks) in s. */
static guint
count_words_str (const char *s)
{
  guint n = 0;
  for (gboolean in = FALSE; *s; s++)
    {
      gboolean blank = *s == ' ' || *s == '\t';
      if (!blank && !in)
        n++;
      in = !blank;
    }
  return n;
}

/* TRUE if the folded label k names another agency first than hit h's:
 * then h's entity does not take the label as a name, which would make
 * one of the two ("CNA" of Taiwan and of Singapore). */
static gboolean
shared_label (Ctx *c, const char *k, const NgLexHit *h)
{
  const NgLexHit *first = ng_lexicon_find (c->ex->lex, k, NG_LEX_AGENCY);
  return h && first && first->entry != h->entry;
}

/* The news agency a folded label names: "Taipei, Oct. 15 (CNA)": of the
 * agencies that share a label, the one of the dateline's country (Taiwan's
 * CNA, not Singapore's); else the first. */
static const NgLexHit *
dateline_agency (Ctx *c, const char *k)
{
  const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_AGENCY);
  if (h && c->art->dateline)
    {
      g_autofree char *dk = ng_fold_plain (c->art->dateline);
      const NgLexHit *dc = ng_lexicon_find (c->ex->lex, dk, NG_LEX_CITY);
      const GArray *hits = ng_lexicon_lookup (c->ex->lex, k);
      for (guint i = 0; dc && hits && i < hits->len; i++)
        {
          const NgLexHit *x = &g_array_index (hits, NgLexHit, i);
          if (x->entry->cls == NG_LEX_AGENCY && x->entry->country && x->entry->country == dc->entry->country)
            h = x;
        }
    }
  return h;
}

/* TRUE if s reads as the name of an outlet or its company: one to six
 * words, each capitalized but "and", "of", "the", no digits. */
static gboolean
outlet_name_like (const char *s)
{
  g_auto (GStrv) w = g_strsplit (s, " ", -1);
  guint n = g_strv_length (w);
  if (n == 0 || n > 6)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (!w[i][0])
        return FALSE;
      for (const char *q = w[i]; *q; q++)
        if (g_ascii_isdigit (*q))
          return FALSE;
      if (i > 0 && (!strcmp (w[i], "and") || !strcmp (w[i], "of") || !strcmp (w[i], "the")))
        continue;
      gunichar u = g_utf8_get_char_validated (w[i], -1);
      if (u == (gunichar) -1 || u == (gunichar) -2 || !g_unichar_isupper (u))
        return FALSE;
    }
  return TRUE;
}

/* An outlet the lexicons do not know, named by a copyright line ("©
 * Copyright 2024 The Manila Times. All Rights Reserved."): an
 * organization of the article, and the outlet whose country the
 * article's national posts are of if its name gives one.  name is the
 * line's name without its company suffix ("The Asahi Shimbun"), whole with
 * it ("The Asahi Shimbun Company"). */
static gboolean
copyright_outlet (Ctx *c, char *name, const char *whole, NgWhere w)
{
  static const char *const company[] = { " Company", " PCL", " Limited", " L.P", " LLC", " Co" };
  gsize n = strlen (name);
  for (guint i = 0; i < G_N_ELEMENTS (company); i++)
    if (g_str_has_suffix (name, company[i]) && n > strlen (company[i]) + 2)
      {
        name[n - strlen (company[i])] = '\0';
        break;
      }
  if (!outlet_name_like (name) || c->copyright_outlet >= 0)
    return FALSE;
  c->copyright_outlet = ng_doc_add_entity (c->doc, NG_KIND_ORG, name, &w);
  if (strcmp (whole, name) != 0 && outlet_name_like (whole))
    add_form (c, c->copyright_outlet, whole);
  return TRUE;
}

static const NgLexEntry *country_named (Ctx *c, const char *phrase, gsize len);

/* The country whose code ends a site's name of one word ("CTVNews.ca",
 * "Tengrinews.kz", "News24.co.za"), or NULL: codes of countries, not
 * those sites of any country take (".co", ".tv", ".io", ".me", ".ly"). */
static const NgLexEntry *
domain_country (Ctx *c, const char *name)
{
  static const char *const codes[][2] = {
    { "ca", "Canada" }, { "ie", "Ireland" }, { "uk", "United Kingdom" }, { "au", "Australia" },
    { "nz", "New Zealand" }, { "za", "South Africa" }, { "ng", "Nigeria" }, { "gh", "Ghana" }, { "ke", "Kenya" },
    { "ug", "Uganda" }, { "tz", "Tanzania" }, { "zm", "Zambia" }, { "zw", "Zimbabwe" }, { "rw", "Rwanda" },
    { "et", "Ethiopia" }, { "na", "Namibia" }, { "bw", "Botswana" }, { "mw", "Malawi" }, { "mz", "Mozambique" },
    { "sn", "Senegal" }, { "ci", "Côte d'Ivoire" }, { "cm", "Cameroon" }, { "ma", "Morocco" }, { "dz", "Algeria" },
    { "tn", "Tunisia" }, { "eg", "Egypt" }, { "sd", "Sudan" }, { "jo", "Jordan" }, { "lb", "Lebanon" },
    { "iq", "Iraq" }, { "ir", "Iran" }, { "sy", "Syria" }, { "il", "Israel" }, { "ps", "Palestine" },
    { "sa", "Saudi Arabia" }, { "ae", "United Arab Emirates" }, { "qa", "Qatar" }, { "kw", "Kuwait" },
    { "bh", "Bahrain" }, { "om", "Oman" }, { "ye", "Yemen" }, { "tr", "Türkiye" }, { "ge", "Georgia" },
    { "am", "Armenia" }, { "az", "Azerbaijan" }, { "kz", "Kazakhstan" }, { "uz", "Uzbekistan" },
    { "kg", "Kyrgyzstan" }, { "tj", "Tajikistan" }, { "tm", "Turkmenistan" }, { "af", "Afghanistan" },
    { "pk", "Pakistan" }, { "in", "India" }, { "lk", "Sri Lanka" }, { "bd", "Bangladesh" }, { "np", "Nepal" },
    { "bt", "Bhutan" }, { "mv", "Maldives" }, { "mm", "Myanmar" }, { "th", "Thailand" }, { "la", "Laos" },
    { "kh", "Cambodia" }, { "vn", "Vietnam" }, { "my", "Malaysia" }, { "sg", "Singapore" }, { "id", "Indonesia" },
    { "ph", "Philippines" }, { "bn", "Brunei" }, { "tl", "Timor-Leste" }, { "cn", "China" }, { "tw", "Taiwan" },
    { "jp", "Japan" }, { "kr", "South Korea" }, { "mn", "Mongolia" }, { "ru", "Russia" }, { "ua", "Ukraine" },
    { "by", "Belarus" }, { "md", "Moldova" }, { "ro", "Romania" }, { "bg", "Bulgaria" }, { "gr", "Greece" },
    { "cy", "Cyprus" }, { "mt", "Malta" }, { "rs", "Serbia" }, { "hr", "Croatia" }, { "si", "Slovenia" },
    { "ba", "Bosnia and Herzegovina" }, { "al", "Albania" }, { "mk", "North Macedonia" }, { "xk", "Kosovo" },
    { "hu", "Hungary" }, { "sk", "Slovakia" }, { "cz", "Czech Republic" }, { "pl", "Poland" },
    { "lt", "Lithuania" }, { "lv", "Latvia" }, { "ee", "Estonia" }, { "fi", "Finland" }, { "se", "Sweden" },
    { "no", "Norway" }, { "dk", "Denmark" }, { "is", "Iceland" }, { "de", "Germany" }, { "at", "Austria" },
    { "ch", "Switzerland" }, { "fr", "France" }, { "be", "Belgium" }, { "nl", "Netherlands" },
    { "lu", "Luxembourg" }, { "it", "Italy" }, { "es", "Spain" }, { "pt", "Portugal" }, { "mx", "Mexico" },
    { "gt", "Guatemala" }, { "hn", "Honduras" }, { "sv", "El Salvador" }, { "ni", "Nicaragua" },
    { "cr", "Costa Rica" }, { "pa", "Panama" }, { "cu", "Cuba" }, { "do", "Dominican Republic" },
    { "jm", "Jamaica" }, { "tt", "Trinidad and Tobago" }, { "bb", "Barbados" }, { "gy", "Guyana" },
    { "ve", "Venezuela" }, { "ec", "Ecuador" }, { "pe", "Peru" }, { "bo", "Bolivia" }, { "br", "Brazil" },
    { "py", "Paraguay" }, { "uy", "Uruguay" }, { "ar", "Argentina" }, { "cl", "Chile" }, { "fj", "Fiji" },
    { "ws", "Samoa" }, { "to", "Tonga" }, { "pg", "Papua New Guinea" }, { "sb", "Solomon Islands" },
    { "vu", "Vanuatu" },
  };
  if (!name || strchr (name, ' '))
    return NULL;
  const char *dot = strrchr (name, '.');
  if (!dot || dot == name || strlen (dot + 1) != 2 || !g_ascii_isalnum (dot[-1]))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (!g_ascii_strcasecmp (dot + 1, codes[i][0]))
      return country_named (c, codes[i][1], strlen (codes[i][1]));
  return NULL;
}

/* The country an outlet's name names by a country, a demonym or a city
 * the lexicons know ("The Manila Times", "Trinidad and Tobago Guardian",
 * "Arab Times Kuwait"), if only one; NULL otherwise. */
static const NgLexEntry *
outlet_name_country (Ctx *c, const char *name)
{
  /* ("CTVNews.ca", "Tengrinews.kz", "News24.co.za": a site's country
   * code) */
  const NgLexEntry *site = domain_country (c, name);
  if (site)
    return site;
  g_auto (GStrv) w = g_strsplit (name, " ", -1);
  guint n = g_strv_length (w);
  const NgLexEntry *found = NULL;
  for (guint i = 0; i < n; i++)
    for (guint len = MIN (4, n - i); len >= 1; len--)
      {
        char *after = w[i + len];
        w[i + len] = NULL;
        g_autofree char *phrase = g_strjoinv (" ", w + i);
        w[i + len] = after;
        const NgLexEntry *e = country_named (c, phrase, strlen (phrase));
        if (!e)
          {
            g_autofree char *k = ng_fold_plain (phrase);
            const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_CITY);
            e = h && h->how == NG_LEXHIT_LABEL ? h->entry->country : NULL;
          }
        if (!e)
          continue;
        if (found && found != e)
          return NULL;
        found = e;
        i += len - 1;
        break;
      }
  return found;
}

/* Adds the outlet one part of a credit or head or foot line names
 * ("AP Photo", "Copyright PUNCH.", "(c) 1996-2024 The Washington Post
 * Inc. All rights reserved."); p is changed. */
static gboolean
credit_outlet (Ctx *c, char *p, int pass, NgWhere w)
{
  p = g_strstrip (p);
  /* ("Copyright (c) 2025", "© 1996-2024") */
  gboolean copyright = FALSE;
  for (;;)
    if (g_str_has_prefix (p, "Copyright "))
      p += 10, copyright = TRUE;
    else if (g_str_has_prefix (p, "©"))
      p += strlen ("©"), copyright = TRUE;
    else if (g_ascii_strncasecmp (p, "(c)", 3) == 0)
      p += 3, copyright = TRUE;
    else if (g_ascii_isdigit (*p) || *p == '-' || *p == ' ' || *p == '.' || *p == ',')
      p++;
    else
      break;
  /* (a byline's outlet: "Jane Doe, Special to Gulf News") */
  if (g_str_has_prefix (p, "Special to "))
    p += 11;
  char *rights = strstr (p, ". All ");
  if (rights && g_ascii_strncasecmp (rights, ". All rights reserved", 21) == 0)
    *rights = '\0';
  gsize pl = strlen (p);
  g_autofree char *whole = NULL;   /* (the name with its company's "Inc." or "Ltd.") */
  for (int round = 0; round < 2; round++)
    {
      while (pl && (p[pl - 1] == '.' || p[pl - 1] == ')' || p[pl - 1] == ' ' || p[pl - 1] == ','))
        p[--pl] = '\0';
      if (round == 0)
        whole = g_strdup (p);
      if (round == 0 && g_str_has_suffix (p, " Photo"))
        p[pl -= 6] = '\0';
      /* (the publisher's company: "The Globe and Mail Inc.", "RFE/RL, Inc.") */
      else if (round == 0 && pl > 4 && (g_str_has_suffix (p, " Inc") || g_str_has_suffix (p, " Ltd")))
        p[pl -= 4] = '\0';
    }
  /* ("Posted On: 14 JAN 2026 2:05PM by PIB Delhi": the outlet after
   * "by", and the town of its office after it) */
  gboolean by_office = FALSE;
  char *by = !copyright ? strstr (p, " by ") : NULL;
  if (by && count_words_str (by + 4) <= 3)
    p = by + 4, by_office = TRUE;
  if (!*p || count_words_str (p) > 5)
    return FALSE;
  g_autofree char *k = ng_fold_plain (p);
  const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_AGENCY);
  char *office = by_office && !h ? strrchr (p, ' ') : NULL;
  if (office)
    {
      *office = '\0';
      g_free (k);
      k = ng_fold_plain (p);
      h = ng_lexicon_find (c->ex->lex, k, NG_LEX_AGENCY);
      /* (an outlet's short name only if the lexicon gives it in capitals:
       * not a writer's given name) */
      if (h && h->how != NG_LEXHIT_LABEL)
        h = NULL;
    }
  if (by_office && !h)
    return FALSE;
  /* ("ekathimerini.com": the site's name; "Kathimerini English
   * Edition": the outlet's) */
  const char *dot = strchr (p, '.');
  if (!h && dot && dot > p && !strchr (p, ' '))
    {
      g_free (k);
      k = ng_fold_plain_len (p, (gsize) (dot - p));
      h = ng_lexicon_find (c->ex->lex, k, NG_LEX_AGENCY);
    }
  if (!h && (g_str_has_suffix (p, " English Edition") || g_str_has_suffix (p, " English")))
    {
      g_free (k);
      k = ng_fold_plain_len (p, strlen (p) - (g_str_has_suffix (p, " English") ? 8 : 16));
      h = ng_lexicon_find (c->ex->lex, k, NG_LEX_AGENCY);
    }
  if (!h && copyright && pass == 0)
    return copyright_outlet (c, p, whole, w);
  if (!h || (h->how != NG_LEXHIT_LABEL && strlen (k) < 3))
    return FALSE;
  /* (a photo agency tells nothing of where the article is from) */
  if (pass == 1 && !g_hash_table_contains (c->by_lex, h->entry))
    g_hash_table_add (c->photo_agencies, (gpointer) h->entry);
  entity_for_lex (c, h->entry, NG_KIND_ORG, p, w);
  return TRUE;
}

/* TRUE if the lexicon knows the country after the dateline's city as a
 * country ("Kirkenes, Norway –"). */
static gboolean
dateline_region_known (Ctx *c, const NgArticle *a)
{
  if (!a->dateline_region)
    return FALSE;
  g_autofree char *rk = ng_fold_plain (a->dateline_region);
  const NgLexHit *h = ng_lexicon_find (c->ex->lex, rk, NG_LEX_COUNTRY);
  return h && h->how == NG_LEXHIT_LABEL;
}

/* Adds the article's publisher, agency and dateline city. */
static void
header_entities (Ctx *c)
{
  const NgArticle *a = c->art;
  NgWhere w = { 0, 0, 0 };
  if (a->publisher)
    {
      char *k = ng_fold_plain (a->publisher);
      const NgLexHit *h = dateline_agency (c, k);
      if (!h)
        h = ng_lexicon_find (c->ex->lex, k, NG_LEX_ORG);
      /* "UrduPoint.com", "UrduPoint News": the site's name. */
      if (!h)
        {
          char *base = g_strdup (a->publisher);
          char *dot = strstr (base, ".com");
          if (!dot)
            dot = strstr (base, " News");
          if (dot && dot != base)
            *dot = '\0';
          c->doc->publisher = ng_doc_add_entity (c->doc, NG_KIND_ORG, base, &w);
          add_form (c, c->doc->publisher, a->publisher);
          g_free (base);
        }
      else
        c->doc->publisher = entity_for_lex (c, h->entry, NG_KIND_ORG, shared_label (c, k, h) ? NULL : a->publisher, w);
      g_free (k);
    }
  if (a->agency)
    {
      char *k = ng_fold_plain (a->agency);
      const NgLexHit *h = dateline_agency (c, k);
      if (h)
        entity_for_lex (c, h->entry, NG_KIND_ORG, shared_label (c, k, h) ? NULL : a->agency, w);
      else
        {
          /* "UrduPoint News" beside the site: one publisher. */
          if (c->doc->publisher >= 0)
            add_form (c, c->doc->publisher, a->agency);
        }
      g_free (k);
    }
  /* the outlets named in photo credits and the head and foot lines:
   * "(Michael Reinholt/AFP/Getty Images)", "KYODO", "Copyright PUNCH." */
  for (int pass = 0; pass < 2; pass++)
    {
      const char *lines = pass == 0 ? a->edges : a->credits;
      if (c->ex->debug)
        fprintf (stderr, "%s: %s\n", pass == 0 ? "EDGES" : "CREDITS", lines ? lines : "-");
      if (!lines)
        continue;
      g_auto (GStrv) each = g_strsplit (lines, "\n", -1);
      for (guint l = 0; each[l]; l++)
        {
          /* the whole line first: "(c) The Globe and Mail Inc. All
           * rights reserved." is one outlet, not "The Globe" and "Mail" */
          g_autofree char *line = g_strdup (each[l]);
          if (credit_outlet (c, line, pass, w))
            continue;
          g_auto (GStrv) parts = g_regex_split (credit_separators (), each[l], 0);
          for (guint i = 0; parts[i]; i++)
            credit_outlet (c, parts[i], pass, w);
        }
    }
  /* a place's name alone after the headline ("Doha"): the dateline, if a
   * city the lexicons know */
  if (!a->dateline && a->place_line)
    {
      /* ("The Kremlin, Moscow": the city after the comma, unless the
       * first part is one: "Harare, Zimbabwe") */
      const char *comma = strchr (a->place_line, ',');
      g_autofree char *first = comma ? g_strndup (a->place_line, (gsize) (comma - a->place_line)) : g_strdup (a->place_line);
      for (int part = 0; part < 2 && c->doc->dateline < 0; part++)
        {
          const char *name = part == 0 ? first : comma ? comma + 2 : NULL;
          if (!name)
            break;
          g_autofree char *k = ng_fold_plain (name);
          const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_CITY);
          if (h && h->how == NG_LEXHIT_LABEL)
            {
              c->doc->dateline = entity_for_lex (c, h->entry, NG_KIND_CITY, name, w);
              c->dateline_country = h->entry->country;
            }
        }
    }
  if (a->dateline)
    {
      char *k = ng_fold_plain (a->dateline);
      const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_CITY);
      /* a dateline is a city: "SINGAPORE -", "KUWAIT (KUNA)" name the capital */
      /* (not a country's or a body's name as a Title Case label: "Ukraine
       * – The war ...") */
      const NgLexHit *hc = h || a->dateline_known_only ? NULL : ng_lexicon_find (c->ex->lex, k, NG_LEX_COUNTRY), *ho = NULL;
      if (h)
        c->doc->dateline = entity_for_lex (c, h->entry, NG_KIND_CITY, a->dateline, w);
      else if (hc && hc->entry->capital)
        c->doc->dateline = entity_for_lex (c, hc->entry->capital, NG_KIND_CITY, NULL, w);
      /* "UNITED NATIONS (Reuters) -": the city of the organization's seat */
      else if (!a->dateline_known_only && (ho = ng_lexicon_find (c->ex->lex, k, NG_LEX_ORG)) && ho->entry->city)
        c->doc->dateline = entity_for_lex (c, ho->entry->city, NG_KIND_CITY, NULL, w);
      else if (!ng_lexicon_lookup (c->ex->lex, k) && !(a->dateline_known_only && !dateline_region_known (c, a)))
        c->doc->dateline = ng_doc_add_entity (c->doc, NG_KIND_CITY, a->dateline, &w);
      c->dateline_country = h ? h->entry->country : hc && hc->entry->capital ? hc->entry : NULL;
      g_free (k);
      if (c->doc->dateline >= 0 && a->dateline_region)
        {
          /* "THE HAGUE, Netherlands (AP)": the city is in that country. */
          char *rk = ng_fold_plain (a->dateline_region);
          const NgLexHit *hc = ng_lexicon_find (c->ex->lex, rk, NG_LEX_COUNTRY);
          if (hc && hc->how == NG_LEXHIT_LABEL)
            {
              gint country = entity_for_lex (c, hc->entry, NG_KIND_COUNTRY, a->dateline_region, w);
              NgLink l = { c->doc->dateline, country, w };
              g_array_append_val (c->doc->contained, l);
            }
          g_free (rk);
        }
    }
}

/* The country of a site's name alone on a line of the page's head or
 * foot, its country's code at its end ("CTVNews.ca"), or NULL. */
static const NgLexEntry *
site_line_country (Ctx *c)
{
  const NgLexEntry *home = NULL;
  if (!c->art->edges)
    return NULL;
  g_auto (GStrv) each = g_strsplit (c->art->edges, "\n", -1);
  for (guint l = 0; each[l] && !home; l++)
    home = domain_country (c, g_strstrip (each[l]));
  return home;
}

/* The country of the outlet that wrote the article: its publisher's in the
 * lexicon, else that of the one country of the news outlets it names (a
 * footer's "Copyright PUNCH", "told Gulf News"); NULL if none is known or
 * the outlet is an international wire (Reuters, AFP write "President
 * Trump"). */
static const NgLexEntry *
home_country (Ctx *c)
{
  const NgLexEntry *home = NULL;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, c->by_lex);
  while (g_hash_table_iter_next (&it, &k, &v))
    {
      const NgLexEntry *e = k;
      gboolean publisher = GPOINTER_TO_INT (v) - 1 == c->doc->publisher;
      if (e->cls != NG_LEX_AGENCY || !e->country || g_hash_table_contains (c->photo_agencies, e))
        continue;
      if (e->kind && !ng_strcmp (e->kind, "international"))
        {
          if (publisher)
            return NULL;
          continue;
        }
      if (publisher)
        return e->country;
      /* (an outlet named in the head or the foot: "Special to Gulf News",
       * "Copyright PUNCH"; not one the text cites: "Xinhua reported") */
      guint32 sent = ent (c, GPOINTER_TO_INT (v) - 1)->where.sentence;
      if (sent > 2 && sent + 3 < c->ex->text->sentences->len && !g_hash_table_contains (c->edge_agencies, e))
        continue;
      if (home && home != e->country)
        return NULL;
      home = e->country;
    }
  /* (an outlet no lexicon knows: the country its name says, "Cook
   * Islands News", "Samoa Observer") */
  if (c->doc->publisher >= 0 && !ent (c, c->doc->publisher)->lex_key)
    {
      const NgLexEntry *o = outlet_name_country (c, ent (c, c->doc->publisher)->name);
      return o ? o : site_line_country (c);
    }
  /* (an outlet of the copyright line only: "© 2024 The Manila Times";
   * or a site's name alone on a line of the head: "CTVNews.ca") */
  if (!home && c->doc->publisher < 0 && c->copyright_outlet >= 0)
    {
      const NgLexEntry *o = outlet_name_country (c, ent (c, c->copyright_outlet)->name);
      return o ? o : site_line_country (c);
    }
  /* (or of a line of the head or foot alone, an outlet's name with a
   * country's or a city's in it: "Cook Islands News", "Kuwait Times") */
  if (!home && c->doc->publisher < 0)
    home = site_line_country (c);
  if (!home && c->doc->publisher < 0 && c->art->edges)
    {
      static const char *const outlet_words[] = {
        "news", "times", "post", "observer", "herald", "tribune", "gazette", "express", "mail", "journal",
        "monitor", "guardian", "chronicle", "telegraph", "insight", "daily", "weekly", "courier", NULL
      };
      g_auto (GStrv) each = g_strsplit (c->art->edges, "\n", -1);
      for (guint l = 0; each[l] && !home; l++)
        {
          const char *line = g_strstrip (each[l]);
          if (!outlet_name_like (line) || !strchr (line, ' ') || g_str_has_prefix (line, "By "))
            continue;
          gboolean outlet = FALSE;
          g_auto (GStrv) ws = g_strsplit (line, " ", -1);
          for (guint i = 0; ws[i] && !outlet; i++)
            {
              g_autofree char *k = ng_fold_plain (ws[i]);
              outlet = g_strv_contains (outlet_words, k);
            }
          if (outlet)
            home = outlet_name_country (c, line);
        }
    }
  return home;
}

/* Of the two sides of the article's first meeting, the one the article
 * does not name where it names the other: a sentence gives one side's
 * post its country and another national post none ("opened by the
 * Minister for Foreign Affairs X and Uganda's Minister of Foreign Affairs
 * Y"), and no sentence does so the other way; NULL if none. */
static const NgLexEntry *
unmarked_side (Ctx *c)
{
  if (!c->sides[0])
    return NULL;
  gboolean marked[2] = { FALSE, FALSE };
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      const NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      if (po->of < 0 || ent (c, po->of)->kind != NG_KIND_COUNTRY || !ent (c, po->of)->lex_key)
        continue;
      gboolean contrast = FALSE;
      for (guint q = 0; q < c->doc->posts->len && !contrast; q++)
        {
          const NgPost *o = &g_array_index (c->doc->posts, NgPost, q);
          contrast = o->of < 0 && o->person != po->person && o->where.sentence == po->where.sentence
                     && national_title (c, o->title);
        }
      for (guint s = 0; contrast && s < 2; s++)
        marked[s] = marked[s] || !ng_strcmp (ent (c, po->of)->lex_key, c->sides[s]->key);
    }
  return marked[0] == marked[1] ? NULL : marked[0] ? c->sides[1] : c->sides[0];
}

/* The country of a person where the article gives it: their own, else
 * that of a post of theirs in a country; -1 if none. */
static gint
person_country (Ctx *c, gint person)
{
  gint pc = ent (c, person)->country;
  for (guint q = 0; q < c->doc->posts->len && pc < 0; q++)
    {
      const NgPost *o = &g_array_index (c->doc->posts, NgPost, q);
      if (o->person == person && o->of >= 0 && ent (c, o->of)->kind == NG_KIND_COUNTRY)
        pc = o->of;
    }
  return pc;
}

/* The country the lexicon knows a person by, by any full name the article
 * gives them ("Benjamin Netanyahu"), or NULL. */
static const NgLexEntry *
known_person_country (Ctx *c, gint person)
{
  const NgEntity *e = ent (c, person);
  for (guint f = 0; f < e->n_forms; f++)
    {
      if (!strchr (e->forms[f], ' '))
        continue;
      g_autofree char *k = ng_fold_plain (e->forms[f]);
      const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_PERSON);
      if (h && h->entry->country)
        return h->entry->country;
    }
  return NULL;
}

/* The country a phrase names ("Kuwait", "Kuwait's", "Kuwaiti", "the
 * Kuwaiti"), or NULL. */
static const NgLexEntry *
country_named (Ctx *c, const char *phrase, gsize len)
{
  g_autofree char *p = g_strndup (phrase, len);
  if (g_str_has_suffix (p, "'s") || g_str_has_suffix (p, "\u2019s"))
    *(g_str_has_suffix (p, "'s") ? p + strlen (p) - 2 : p + strlen (p) - 4) = '\0';
  const char *q = g_str_has_prefix (p, "the ") || g_str_has_prefix (p, "The ") ? p + 4 : p;
  if (!*q)
    return NULL;
  g_autofree char *k = ng_fold_plain (q);
  const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_COUNTRY);
  return h ? h->entry : NULL;
}


/* "the Ministry of Foreign Affairs" names a body of every country: one
 * article's is that of a country, and two articles' are one body only if
 * of one country.  A national body of a common name (bodies.h) takes its
 * country from its own name ("Kuwait's Foreign Ministry", "the Foreign
 * Ministry of Oman"), the words before it ("Kuwait's Ministry of Foreign
 * Affairs", "Qatar's Minister of State at the Ministry of ..."), the
 * country of the people who hold posts in it, the outlet's country, or the
 * dateline's when the outlet is an international one.  It gains the names
 * of that country's body ("Ministry of Foreign Affairs of Kuwait",
 * "Kuwaiti Ministry of Foreign Affairs"; "Foreign Ministry" and "Prime
 * Minister's Office" take the formal name of "Ministry of Foreign Affairs"
 * and "Office of the Prime Minister"), which the resolver joins on instead
 * of the bare name, and loses its acronyms, which other countries' bodies
 * share ("MOFA"). */
static void
national_bodies (Ctx *c)
{
  gboolean looked = FALSE;
  const NgLexEntry *home = NULL;
  guint n = c->doc->entities->len;
  for (guint i = 0; i < n; i++)
    {
      NgEntity *e = ent (c, (gint) i);
      if (e->kind != NG_KIND_ORG || e->lex_key)
        continue;
      /* The name: "<country's> <body>", "<demonym> <body>", "<body> of <country>", "<body>". */
      const char *name = e->name;
      const NgLexEntry *country = NULL;
      g_autofree char *bare = NULL;
      if (ng_body_common_national (name))
        bare = g_strdup (name);
      const char *sp = name;
      for (guint w = 0; !bare && w < 3 && (sp = strchr (sp, ' ')); w++, sp++)
        if (ng_body_common_national (sp + 1) && (country = country_named (c, name, (gsize) (sp - name))))
          bare = g_strdup (sp + 1);
      for (const char *of = strstr (name, " of "); !bare && of; of = strstr (of + 1, " of "))
        {
          g_autofree char *head = g_strndup (name, (gsize) (of - name));
          if (ng_body_common_national (head) && (country = country_named (c, of + 4, strlen (of + 4))))
            bare = g_steal_pointer (&head);
        }
      if (!bare)
        continue;
      /* ("Kuwait's Ministry of Foreign Affairs": the words before it;
       * "Qatar's Minister of State at the Ministry of Foreign Affairs": a
       * post's country before "at the", in the clause) */
      if (!country && e->where.start > 0)
        {
          const char *text = c->art->text;
          guint32 starts[8], ends[8];
          guint nw = 0;
          guint32 b = e->where.start;
          while (nw < G_N_ELEMENTS (starts))
            {
              while (b > 0 && text[b - 1] == ' ')
                b--;
              guint32 end = b;
              while (b > 0 && (g_ascii_isalpha (text[b - 1]) || text[b - 1] == '\'' || text[b - 1] == '-'
                               || (guchar) text[b - 1] >= 0x80))
                b--;
              if (b == end)
                break;
              starts[nw] = b, ends[nw++] = end;
            }
          for (guint w = 0; w < nw && w < 3 && !country; w++)
            country = country_named (c, text + starts[w], ends[0] - starts[w]);
          if (!country && nw > 2 && ends[0] - starts[0] == 3 && !g_ascii_strncasecmp (text + starts[0], "the", 3)
              && ends[1] - starts[1] == 2
              && (!strncmp (text + starts[1], "at", 2) || !strncmp (text + starts[1], "of", 2)
                  || !strncmp (text + starts[1], "in", 2)))
            for (guint w = 2; w < nw && !country; w++)
              {
                gsize l = ends[w] - starts[w];
                const char *x = text + starts[w];
                gboolean poss = (l > 2 && !strncmp (x + l - 2, "'s", 2)) || (l > 4 && !strncmp (x + l - 4, "\u2019s", 4));
                if (poss)
                  {
                    country = country_named (c, x, l);
                    if (!country && w + 1 < nw)
                      country = country_named (c, text + starts[w + 1], ends[w] - starts[w + 1]);
                    break;
                  }
              }
        }
      /* (the country of people with posts in it) */
      for (guint p = 0; p < c->doc->posts->len && !country; p++)
        {
          const NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
          if (po->of != (gint) i)
            continue;
          gint pc = person_country (c, po->person);
          if (pc >= 0)
            country = lex_entry_of (c, pc);
        }
      if (!country)
        {
          if (!looked)
            {
              home = home_country (c), looked = TRUE;
              const NgLexEntry *pub = c->doc->publisher >= 0 ? lex_entry_of (c, c->doc->publisher) : NULL;
              gboolean wire = c->doc->publisher < 0
                              || (pub && pub->kind && !ng_strcmp (pub->kind, "international"));
              if (!home && wire)
                home = c->dateline_country;
            }
          country = home;
        }
      if (!country || !country->pref)
        continue;
      if (c->ex->debug)
        fprintf (stderr, "BODY %s of %s\n", name, country->key);
      /* (not its acronyms: "MOFA" is every country's, and the resolver
       * joins on it) */
      GPtrArray *drop = g_ptr_array_new_with_free_func (g_free);
      for (guint f = 0; f < e->n_forms; f++)
        if (!strchr (e->forms[f], ' ') && g_ascii_isupper (e->forms[f][0]) && strlen (e->forms[f]) <= 6)
          g_ptr_array_add (drop, g_strdup (e->forms[f]));
      const char *pref = country->pref;
      static const char *const the_ends[] = { "lands", "Islands", "Philippines", "Bahamas", "Maldives",
                                              "Comoros", "Seychelles", "Gambia", "Republic", NULL };
      gboolean the = g_str_has_prefix (pref, "United ") || g_str_has_prefix (pref, "Republic ");
      for (const char *const *te = the_ends; *te && !the; te++)
        the = g_str_has_suffix (pref, *te);
      /* (one name for the body of each country: "Foreign Ministry" and
       * "Ministry of Foreign Affairs", "Prime Minister's Office" and
       * "Office of the Prime Minister") */
      g_autofree char *bk = ng_body_key (bare);
      g_autofree char *canon = NULL;
      if (!ng_strcmp (bk, "foreign ministry") || !ng_strcmp (bk, "foreign affairs ministry"))
        canon = g_strdup ("Ministry of Foreign Affairs");
      else if (g_str_has_suffix (bk, " ministry"))
        canon = g_strdup_printf ("Ministry of %.*s", (int) (strlen (bare) - strlen (" ministry")), bare);
      else if (g_str_has_suffix (bk, "'s office"))
        canon = g_strdup_printf ("Office of the %.*s", (int) (strlen (bare) - strlen ("'s office")
                                                             - (strstr (bare, "\u2019") ? 2 : 0)), bare);
      else
        canon = g_strdup (bare);
      g_autofree char *of_form = g_strdup_printf ("%s of %s%s", canon, the ? "the " : "", pref);
      /* (not "the Namibian Office of the President") */
      g_autofree char *dem_form = country->demonym && !g_str_has_prefix (bk, "office of ")
                                  ? g_strdup_printf ("%s %s", country->demonym, bare) : NULL;
      add_form (c, (gint) i, of_form);
      if (dem_form)
        add_form (c, (gint) i, dem_form);
      for (guint d = 0; d < drop->len; d++)
        ng_doc_remove_form (c->doc, (gint) i, g_ptr_array_index (drop, d));
      g_ptr_array_unref (drop);
      if (i < c->name_keys->len)
        g_array_index (c->name_keys, const char *, i) = NULL;
    }
}

/* "the Council of Ministers" names a body of many organizations: one
 * article's is that of its parent ("the Council of Ministers of COMESA",
 * "the COMESA Council of Ministers") or, in an article about one
 * organization, of that one; it gains the names of that organization's
 * body ("COMESA Council of Ministers", "Council of Ministers of the Common
 * Market for Eastern and Southern Africa"), which the resolver joins on
 * instead of the bare name.  A body named with its organization elsewhere
 * in the article ("the Pacific Alliance Council of Ministers", then "the
 * bloc's Council of Ministers") gains that name. */
static void
organization_bodies (Ctx *c)
{
  guint n = c->doc->entities->len;
  for (guint i = 0; i < n; i++)
    {
      NgEntity *e = ent (c, (gint) i);
      if (e->kind != NG_KIND_ORG || e->lex_key || !ng_body_common_org (e->name))
        continue;
      /* ("the bloc's Council of Ministers" after "the Pacific Alliance
       * Council of Ministers": that one, whose name ends in this one) */
      gint whole = -1;
      gsize nl = strlen (e->name);
      for (guint j = 0; j < n && whole < 0; j++)
        {
          const char *jn = ent (c, (gint) j)->name;
          gsize jl = strlen (jn);
          if (j != i && ent (c, (gint) j)->kind == NG_KIND_ORG && jl > nl + 1 && jn[jl - nl - 1] == ' '
              && !strcmp (jn + jl - nl, e->name) && !ng_body_common_org (jn))
            whole = (gint) j;
        }
      gpointer par = g_hash_table_lookup (c->parents, GINT_TO_POINTER (i));
      gint p = par ? GPOINTER_TO_INT (par) - 1 : c->main_org;
      if (whole >= 0)
        {
          g_autofree char *wn = g_strdup (ent (c, whole)->name);
          add_form (c, (gint) i, wn);
          continue;
        }
      if (p < 0 || p == (gint) i || ent (c, p)->kind != NG_KIND_ORG || ent_is_agency (c, p))
        continue;
      const NgEntity *pe = ent (c, p);
      /* (the parent's acronym: its lexicon notation, else a form in capitals) */
      const NgLexEntry *pl = pe->lex_key ? lex_entry_of (c, p) : NULL;
      const char *acr = pl ? pl->notation : NULL;
      for (guint f = 0; f < pe->n_forms && !acr; f++)
        {
          const char *x = pe->forms[f];
          gboolean caps = strlen (x) >= 2 && strlen (x) <= 8;
          for (const char *q = x; *q && caps; q++)
            caps = g_ascii_isupper (*q) || *q == '-' || g_ascii_isdigit (*q);
          if (caps)
            acr = x;
        }
      const char *pname = pl && pl->pref ? pl->pref : pe->name;
      if (c->ex->debug)
        fprintf (stderr, "ORG BODY %s of %s (%s)\n", e->name, pname, acr ? acr : "-");
      g_autofree char *bare = g_strdup (e->name);
      g_autofree char *of_form = g_strdup_printf ("%s of %s%s", bare,
                                                  g_str_has_prefix (pname, "The ") || g_str_has_prefix (pname, "the ")
                                                  || !strchr (pname, ' ') ? "" : "the ", pname);
      add_form (c, (gint) i, of_form);
      /* (or its short name: "Benelux Committee of Ministers", "Pacific
       * Alliance Council of Ministers"; not "Gulf Cooperation Council
       * Council of Ministers") */
      if (!acr)
        {
          g_autofree char *pk = ng_body_key (pname);
          guint words = 1;
          for (const char *q = pk; *q; q++)
            words += *q == ' ';
          if (words <= 3 && !g_str_has_suffix (pk, " council")
              && !g_str_has_suffix (pk, " committee") && !g_str_has_suffix (pk, " commission")
              && !g_str_has_suffix (pk, " assembly") && !g_str_has_suffix (pk, " conference"))
            acr = pname;
        }
      if (acr)
        {
          g_autofree char *acr_form = g_strdup_printf ("%s %s", acr, bare);
          add_form (c, (gint) i, acr_form);
        }
      if (i < c->name_keys->len)
        g_array_index (c->name_keys, const char *, i) = NULL;
    }
}

/* TRUE if the headline (sentence 0) names entity e. */
static gboolean
in_headline (Ctx *c, gint e)
{
  if (!c->art->headline)
    return FALSE;
  const NgEntity *x = ent (c, e);
  for (guint f = 0; f < x->n_forms; f++)
    {
      const char *hit = strstr (c->art->headline, x->forms[f]);
      gsize l = strlen (x->forms[f]);
      if (hit && (hit == c->art->headline || !g_ascii_isalnum (hit[-1])) && !g_ascii_isalnum (hit[l]))
        return TRUE;
    }
  return FALSE;
}

/* "Iwaya Takeshi", "Ishiba Shigeru": a Japanese name written family name
 * first (NHK's style) also has the form "Takeshi Iwaya", which other
 * articles write, so that the resolver joins them: two words of which
 * the second only is a given name the lexicon knows. */
static void
given_name_last (Ctx *c)
{
  for (guint i = 0; i < c->doc->entities->len; i++)
    {
      NgEntity *e = &g_array_index (c->doc->entities, NgEntity, i);
      const char *sp = e->kind == NG_KIND_PERSON ? strchr (e->name, ' ') : NULL;
      if (!sp || strchr (sp + 1, ' ') || sp == e->name || !sp[1])
        continue;
      g_autofree char *k1 = ng_fold_plain_len (e->name, (gsize) (sp - e->name));
      g_autofree char *k2 = ng_fold_plain (sp + 1);
      if (!ng_lexicon_find (c->ex->lex, k2, NG_LEX_GIVEN) || ng_lexicon_find (c->ex->lex, k1, NG_LEX_GIVEN)
          || ng_lexicon_lookup (c->ex->lex, k1))
        continue;
      g_autofree char *swapped = g_strdup_printf ("%s %.*s", sp + 1, (int) (sp - e->name), e->name);
      add_form (c, (gint) i, swapped);
      e = &g_array_index (c->doc->entities, NgEntity, i);
    }
}

/* A national post without a country ("Foreign Minister Bogdan Aurescu":
 * a head of state or government, a minister, a legislator) is of the
 * person's country where the article gives it, else of the outlet's
 * country (a Romanian outlet's foreign minister is Romania's). */
/* The person someone went with (escort_of), or -1. */
static gint
escort_for (Ctx *c, gint person)
{
  for (guint q = 0; q + 1 < c->escorts->len; q += 2)
    if (g_array_index (c->escorts, gint, q) == person)
      return g_array_index (c->escorts, gint, q + 1);
  return -1;
}

/* Gives each post of no place the country of the person its holder went
 * with (escort_of), where known. */
static void
escorts_country (Ctx *c)
{
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      gint e = po->of < 0 ? escort_for (c, po->person) : -1;
      if (e >= 0)
        po->of = person_country (c, e);
    }
}

/* TRUE if a title is a post of a country's: a head of state's or
 * government's, a minister's, a legislator's (not a rank: "Niger's
 * military leader, Gen. X"). */
static gboolean
national_title (Ctx *c, const char *title)
{
  g_autofree char *whole = ng_fold_plain (title);
  /* ("Deputy Secretary of State", "First Vice Premier": a deputy's) */
  const char *k = whole;
  static const char *const deputy[] = { "first ", "deputy ", "vice ", "assistant ", NULL };
  for (const char *const *d = deputy; *d; d++)
    if (g_str_has_prefix (k, *d) && strlen (k) > strlen (*d))
      k += strlen (*d);
  const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
  if (!h && k != whole)
    k = whole, h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
  /* ("Minister for Foreign Trade and Development Cooperation", "Vice
   * Minister of Multilateral Affairs": the title before its portfolio) */
  for (const char *cut = k; !h && (cut = strstr (cut, " ")); cut++)
    if (g_str_has_prefix (cut, " of ") || g_str_has_prefix (cut, " for "))
      {
        /* (not "President of Congo": the title names its country) */
        const char *rest = strchr (cut + 1, ' ') + 1;
        if (g_str_has_prefix (rest, "the "))
          rest += 4;
        if (ng_lexicon_lookup (c->ex->lex, rest))
          break;
        g_autofree char *head = g_strndup (k, (gsize) (cut - k));
        h = ng_lexicon_find (c->ex->lex, head, NG_LEX_TITLE);
        /* (a minister's portfolio only: "President of Congo" names a
         * country the lexicons may not know) */
        if (h && (!h->entry->kind || ng_strcmp (h->entry->kind, "minister")))
          h = NULL;
      }
  /* ("Trade and Industry Minister", "Finance and Development Planning
   * Minister": a portfolio before the word) */
  if (!h && g_str_has_suffix (k, " minister"))
    h = ng_lexicon_find (c->ex->lex, "minister", NG_LEX_TITLE);
  /* ("Foreign Affairs Secretary", "Migrant Workers Secretary": a
   * department's secretary, a minister) */
  if (!h && g_str_has_suffix (k, " secretary") && strlen (k) > 10)
    return TRUE;
  const char *kind = h ? h->entry->kind : NULL;
  return kind && (!ng_strcmp (kind, "head-of-state") || !ng_strcmp (kind, "head-of-government")
                  || !ng_strcmp (kind, "minister") || !ng_strcmp (kind, "legislator") || !ng_strcmp (kind, "royal")
                  || !ng_strcmp (h->entry->key, "title-opposition-leader"));
}

/* The country a meeting is held in, if the article names it: the place
 * itself, or the country of its city; -1 if none. */
static gint
meeting_country (Ctx *c, const NgMeeting *mt)
{
  if (mt->place < 0)
    return -1;
  NgEntity *pl = ent (c, mt->place);
  if (pl->kind == NG_KIND_COUNTRY)
    return mt->place;
  for (guint i = 0; i < c->doc->contained->len; i++)
    {
      const NgLink *l = &g_array_index (c->doc->contained, NgLink, i);
      if (l->a == mt->place && ent (c, l->b)->kind == NG_KIND_COUNTRY)
        return l->b;
    }
  const NgLexEntry *e = pl->kind == NG_KIND_CITY && pl->lex_key ? lex_entry_of (c, mt->place) : NULL;
  gpointer v = e && e->country ? g_hash_table_lookup (c->by_lex, e->country) : NULL;
  return v ? GPOINTER_TO_INT (v) - 1 : -1;
}

/* TRUE if the words before byte start (over other names and "and") are
 * those of a person met: "talks with Kamikawa and Defense Minister X",
 * "is scheduled to meet Prime Minister X", "was received by President X". */
static gboolean
met_as_object (Ctx *c, guint32 start)
{
  const char *text = c->art->text, *p = text + start;
  for (guint words = 0; words < 12; words++)
    {
      while (p > text && (p[-1] == ' ' || p[-1] == ','))
        p--;
      const char *e = p;
      while (p > text && (g_ascii_isalpha (p[-1]) || p[-1] == '-' || p[-1] == '.' || (guchar) p[-1] >= 0x80))
        p--;
      if (p == e)
        return FALSE;
      g_autofree char *w = g_strndup (p, (gsize) (e - p));
      if (g_ascii_isupper (*w) || (guchar) *w >= 0x80 || !strcmp (w, "and"))
        continue;
      static const char *const verbs[] = { "with", "met", "meet", "meets", "meeting", "by", "received", "receive",
                                           "receives", "hosted", "hosts", "host", "welcomed", "greeted", "visited",
                                           "visit", "called", "on", NULL };
      return g_strv_contains (verbs, w);
    }
  return FALSE;
}

/* TRUE if the holder of the post said at [start, end) is the subject of a
 * verb of receiving a guest: "President X received Y", "Sheikh X, Emir
 * of the country, received Y". */
static gboolean
receives_as_subject (Ctx *c, guint32 start, guint32 end)
{
  const char *text = c->art->text, *p = text + end, *lim = text + c->art->len;
  /* (a post in apposition runs to its comma) */
  gboolean appos = memchr (text + start, ',', end - start) != NULL;
  for (guint words = 0; words < 14 && p < lim; words++)
    {
      gboolean comma = FALSE;
      while (p < lim && (*p == ' ' || *p == ','))
        comma |= *p++ == ',';
      const char *s = p;
      while (p < lim && (g_ascii_isalpha (*p) || *p == '-' || *p == '.' || *p == '\'' || (guchar) *p >= 0x80))
        p++;
      if (p == s)
        return FALSE;
      g_autofree char *w = g_strndup (s, (gsize) (p - s));
      if ((comma || !appos) && word_in (w, receiving_verbs))
        return TRUE;
      if (comma && appos)
        appos = FALSE;
      /* (over the holder's name after the title, the rest of the
       * apposition, or an adverb: "Foreign Minister Brende therefore
       * hosted") */
      static const char *const adverbs[] = { "also", "therefore", "then", "today", "yesterday", "again", NULL };
      if (!appos && !g_ascii_isupper (*w) && (guchar) *w < 0x80 && strcmp (w, "bin") && strcmp (w, "bint")
          && strcmp (w, "al") && strcmp (w, "de") && strcmp (w, "and") && !g_strv_contains (adverbs, w)
          && !g_str_has_suffix (w, "ly"))
        return FALSE;
    }
  return FALSE;
}

/* "Cassis will travel to Washington for talks with Deputy Secretary of
 * State Kurt Campbell", "Blinken held talks in Tokyo with Defense Minister
 * Minoru Kihara": a country's post of no country, held by someone who
 * meets a visitor of another country in the holder's country, is the
 * host country's (or -1). */
static gint
host_country (Ctx *c, const NgPost *po, const NgLexEntry *home)
{
  gpointer hv = home ? g_hash_table_lookup (c->by_lex, home) : NULL;
  gint home_id = hv ? GPOINTER_TO_INT (hv) - 1 : -1;
  gint host = -1;
  gboolean clash = FALSE;
  for (guint a = 0; a < c->doc->attendance->len && !clash; a++)
    {
      const NgAttendance *at = &g_array_index (c->doc->attendance, NgAttendance, a);
      const NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, at->meeting);
      if (at->person != po->person || at->where.sentence != po->where.sentence)
        continue;
      /* (or who receives: "X, Emir of the country, received Y in his
       * office at Al-Bahr Palace", a guest of any country; or hosts a
       * body's meeting: "Foreign Minister Brende hosted this year's
       * meeting of the foreign ministers of ..., which took place in
       * Oslo") */
      gboolean receives = receives_as_subject (c, po->where.start, po->where.end);
      if (mt->organizer >= 0 ? !receives : !receives && !met_as_object (c, po->where.start))
        continue;
      gint mc = meeting_country (c, mt);
      /* (a meeting of no place, in a story of a visit: the country of
       * the article's first meeting, "the Korean lawmakers paid a
       * courtesy call on Prime Minister X" after their meeting in Tokyo) */
      for (guint q = 0; q < c->doc->meetings->len && mc < 0 && mt->place < 0; q++)
        {
          const NgMeeting *first_mt = &g_array_index (c->doc->meetings, NgMeeting, q);
          if (first_mt->place >= 0 && !first_mt->other)
            {
              mc = meeting_country (c, first_mt);
              break;
            }
        }
      /* (an outlet's own leader abroad is no host: "Buhari met Michel
       * in Brussels" in a Nigerian paper; but "Safadi will meet Prime
       * Minister Luc Frieden in Luxembourg" in a Jordanian one) */
      gboolean visitor = FALSE, from_home = home == NULL || home_id == mc;
      for (guint b = 0; b < c->doc->attendance->len && mc >= 0; b++)
        {
          const NgAttendance *bt = &g_array_index (c->doc->attendance, NgAttendance, b);
          gint vc = bt->meeting == at->meeting && bt->person != po->person ? person_country (c, bt->person) : -1;
          visitor = visitor || (vc >= 0 && vc != mc);
          from_home = from_home || (vc >= 0 && vc == home_id);
        }
      if (!(visitor || receives) || !from_home)
        continue;
      clash = host >= 0 && host != mc;
      host = mc;
    }
  return clash ? -1 : host;
}

/* TRUE if someone else holds po's title in the home country in the
 * article: "Foreign Minister Antonio Tajani" in an Italian outlet, then
 * "his talks in Nairobi with the Prime Cabinet Secretary and Foreign
 * Minister, Musalia Mudavadi", who is no Italian minister. */
static gboolean
held_at_home (Ctx *c, const NgPost *po, const NgLexEntry *home)
{
  for (guint q = 0; q < c->doc->posts->len; q++)
    {
      const NgPost *o = &g_array_index (c->doc->posts, NgPost, q);
      if (o->person != po->person && o->of >= 0 && ent (c, o->of)->kind == NG_KIND_COUNTRY && ent (c, o->of)->lex_key
          && !ng_strcmp (ent (c, o->of)->lex_key, home->key) && !g_ascii_strcasecmp (o->title, po->title))
        return TRUE;
    }
  return FALSE;
}

/* Gives host_country to the national posts of no country. */
static void
host_posts (Ctx *c, const NgLexEntry *home)
{
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      if (po->of >= 0 || person_country (c, po->person) >= 0 || !national_title (c, po->title))
        continue;
      gint host = host_country (c, po, home);
      if (host >= 0)
        po->of = host;
    }
}

/* TRUE if the head or the foot of the article names an international
 * wire: "BRUSSELS (Reuters) -" on any site is the wire's copy. */
static gboolean
wire_named (Ctx *c)
{
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, c->edge_agencies);
  while (g_hash_table_iter_next (&it, &k, NULL))
    {
      const NgLexEntry *e = k;
      if (e->kind && !ng_strcmp (e->kind, "international"))
        return TRUE;
    }
  /* (or the dateline does: "BRUSSELS (Reuters) -" under a site's header) */
  if (c->art->agency)
    {
      g_autofree char *k = ng_fold_plain (c->art->agency);
      const NgLexHit *h = dateline_agency (c, k);
      return h && h->entry->kind && !ng_strcmp (h->entry->kind, "international");
    }
  return FALSE;
}

/* Gives each post of no place the one country or organization its title
 * is a post in, where the lexicon knows it: "Taoiseach" (Ireland),
 * "United Nations Secretary-General". */
static void
titles_post_in (Ctx *c)
{
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      if (po->of >= 0)
        continue;
      g_autofree char *k = ng_fold_plain (po->title);
      const NgLexHit *h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
      const NgLexEntry *in = h ? h->entry->post_in : NULL;
      /* (or the title first in titles said together: "Custodian of the
       * Two Holy Mosques King Salman") */
      for (char *sp = strrchr (k, ' '); !in && sp && sp > k; sp = strrchr (k, ' '))
        {
          *sp = '\0';
          h = ng_lexicon_find (c->ex->lex, k, NG_LEX_TITLE);
          in = h ? h->entry->post_in : NULL;
        }
      if (in && (in->cls == NG_LEX_COUNTRY || in->cls == NG_LEX_ORG))
        po->of = entity_for_lex (c, in, in->cls == NG_LEX_COUNTRY ? NG_KIND_COUNTRY : NG_KIND_ORG, NULL, po->where);
    }
}

/* "the Foreign Minister, Nasser Bourita, the Interior Minister,
 * Abdelouafi Laftit, and the Minister of Economy and Finance, Nadia
 * Fettah": posts listed one after the other, with nothing but commas,
 * "and" and "the" between, none of a country the text gives, are of one
 * delegation; where the lexicon knows the country of some of them
 * (Bourita's) and of no other, the rest of the list's national posts are
 * that country's. */
static void
listed_posts_country (Ctx *c)
{
  GArray *posts = c->doc->posts;
  const char *text = c->art->text;
  for (guint p = 0; p < posts->len;)
    {
      /* (the posts of one sentence, in the order of the text) */
      guint q = p + 1;
      guint32 s = g_array_index (posts, NgPost, p).where.sentence;
      while (q < posts->len && g_array_index (posts, NgPost, q).where.sentence == s)
        q++;
      if (q - p < 2)
        {
          p = q;
          continue;
        }
      g_autofree guint *order = g_new (guint, q - p);
      for (guint i = p; i < q; i++)
        order[i - p] = i;
      for (guint i = 1; i < q - p; i++)
        for (guint j = i; j > 0 && g_array_index (posts, NgPost, order[j]).where.start
                                     < g_array_index (posts, NgPost, order[j - 1]).where.start; j--)
          {
            guint t = order[j];
            order[j] = order[j - 1], order[j - 1] = t;
          }
      for (guint a = 0; a < q - p;)
        {
          /* (a chain of posts joined by commas, "and", "the") */
          guint b = a + 1;
          while (b < q - p)
            {
              const NgPost *x = &g_array_index (posts, NgPost, order[b - 1]);
              const NgPost *y = &g_array_index (posts, NgPost, order[b]);
              if (y->where.start < x->where.end)
                break;
              gboolean joined = TRUE;
              for (guint32 k = x->where.end; k < y->where.start && joined;)
                {
                  if (text[k] == ',' || text[k] == ' ')
                    k++;
                  else if (!g_ascii_strncasecmp (text + k, "and ", 4))
                    k += 4;
                  else if (!g_ascii_strncasecmp (text + k, "the ", 4))
                    k += 4;
                  else
                    joined = FALSE;
                }
              if (!joined)
                break;
              b++;
            }
          /* (a delegation's posts differ; counterparts' are the same:
           * "Economy Minister X and Economy Minister Y") */
          gboolean distinct = TRUE;
          for (guint i = a; i < b && distinct; i++)
            for (guint j = a; j < i && distinct; j++)
              {
                const char *ti = g_array_index (posts, NgPost, order[i]).title;
                const char *tj = g_array_index (posts, NgPost, order[j]).title;
                distinct = g_ascii_strcasecmp (ti, tj) != 0;
              }
          if (b - a >= 2 && distinct)
            {
              const NgLexEntry *known_country = NULL;
              gboolean one = TRUE;
              /* (only from a person the lexicon knows: a list whose text
               * marks some countries, "Azerbaijan's Minister X, Armenian
               * Deputy Prime Minister Y", leaves the others to the
               * article's rules) */
              for (guint i = a; i < b && one; i++)
                {
                  const NgPost *x = &g_array_index (posts, NgPost, order[i]);
                  if (x->of >= 0)
                    one = FALSE;
                  const NgLexEntry *known = national_title (c, x->title) ? known_person_country (c, x->person) : NULL;
                  if (!known)
                    continue;
                  if (known_country && known_country != known)
                    one = FALSE;
                  known_country = known;
                }
              gint country = one && known_country
                             ? entity_for_lex (c, known_country, NG_KIND_COUNTRY, NULL,
                                               g_array_index (posts, NgPost, order[a]).where)
                             : -1;
              for (guint i = a; i < b && country >= 0; i++)
                {
                  NgPost *x = &g_array_index (posts, NgPost, order[i]);
                  /* (not a post that goes on to name its body: "X,
                   * president of the Italian business lobby Confindustria") */
                  if (x->of < 0 && national_title (c, x->title) && strncmp (text + x->where.end, " of ", 4))
                    x->of = country;
                }
            }
          a = b;
        }
      p = q;
    }
}

/* "Chief Minister MK Stalin", "Premier Roger Cook", "Governor Dauda
 * Lawal": a province's head named without it holds the post of the one
 * province the article names (Tamil Nadu, Western Australia, Zamfara
 * State), not of the country. A premier only of the countries whose
 * provinces have premiers (elsewhere a premier heads the government), a
 * governor not in an article that names a bank (a central bank's
 * governor); nobody the lexicon knows by name. */
static void
regional_posts (Ctx *c)
{
  gint region = -2;
  const NgLexEntry *rl = NULL;
  gboolean bank = FALSE, home_ok = FALSE;
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      if (po->of >= 0)
        continue;
      g_autofree char *t = ng_fold_plain (po->title);
      const char *k = t;
      static const char *const mods[] = { "state ", "provincial ", "regional ", NULL };
      gboolean modded = FALSE;
      for (const char *const *m = mods; *m; m++)
        if (g_str_has_prefix (k, *m))
          k += strlen (*m), modded = TRUE;
      gboolean premier = !ng_strcmp (k, "premier"), governor = !ng_strcmp (k, "governor");
      if (!premier && !governor && ng_strcmp (k, "chief minister"))
        continue;
      if (known_person_country (c, po->person))
        continue;
      if (region == -2)
        {
          /* (the one province the article names, its lexicon entry, and
           * whether it lies in the article's own country: not Pakistan's
           * Punjab for India's chief minister; looked for once) */
          region = -1;
          GHashTableIter it;
          gpointer k, v;
          g_hash_table_iter_init (&it, c->by_lex);
          while (region != -3 && g_hash_table_iter_next (&it, &k, &v))
            {
              const NgLexEntry *le = k;
              gint e = GPOINTER_TO_INT (v) - 1;
              if (le->cls != NG_LEX_PLACE || g_strcmp0 (le->kind, "province") || ent (c, e)->kind != NG_KIND_PLACE)
                continue;
              region = region == -1 ? e : -3;
              rl = le;
            }
          for (guint e = 0; e < c->doc->entities->len && !bank; e++)
            if (ent (c, e)->kind == NG_KIND_ORG)
              {
                g_autofree char *n = ng_fold_plain (ent (c, e)->name);
                bank = strstr (n, "bank") || strstr (n, "monetary") || strstr (n, "reserve");
              }
          const NgLexEntry *home = region >= 0 ? home_country (c) : NULL;
          home_ok = !home || !rl->country || rl->country == home;
        }
      if (region < 0 || !home_ok || (governor && bank))
        continue;
      if (premier && !modded)
        {
          const char *cn = rl && rl->country ? rl->country->pref : "";
          if (ng_strcmp (cn, "Australia") && ng_strcmp (cn, "Canada") && ng_strcmp (cn, "South Africa"))
            continue;
        }
      po->of = region;
    }
}

static void
home_posts (Ctx *c)
{
  const NgLexEntry *home = NULL;
  gboolean looked = FALSE, abroad = FALSE;
  titles_post_in (c);
  regional_posts (c);
  listed_posts_country (c);
  /* (the side of the first meeting the article marks in the text itself,
   * before posts take their people's countries) */
  const NgLexEntry *side = unmarked_side (c);
  /* "Ruto was accompanied by Trade CS Rebecca Miano": the country of the
   * person they went with, where the article gives it */
  escorts_country (c);
  for (guint p = 0; p < c->doc->posts->len; p++)
    {
      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      if (!national_title (c, po->title))
        continue;
      /* the country the lexicon knows the person by: "Prime Minister
       * Benjamin Netanyahu" in an outlet of no known country, or abroad;
       * over another country the article's rules gave the post, never
       * over a body's post */
      const NgLexEntry *known = known_person_country (c, po->person);
      if (known && (po->of < 0 || (ent (c, po->of)->kind == NG_KIND_COUNTRY && ent (c, po->of)->lex_key
                                   && ng_strcmp (ent (c, po->of)->lex_key, known->key))))
        {
          po->of = entity_for_lex (c, known, NG_KIND_COUNTRY, NULL, po->where);
          continue;
        }
      if (po->of >= 0)
        continue;
      /* the person's own country, where the article gives it: "Sri Lankan
       * Prime Minister Harini Amarasuriya" before "Prime Minister
       * Amarasuriya" in an Indian outlet */
      gint pc = person_country (c, po->person);
      if (pc >= 0)
        {
          po->of = pc;
          continue;
        }
      /* (not under a dateline abroad: "COLOMBO - ... Mr. Jaishankar also
       * met Prime Minister Harini Amarasuriya" in an Indian outlet) */
      if (!looked)
        {
          home = home_country (c), looked = TRUE;
          /* (an outlet no lexicon knows or none named, not a wire's:
           * the dateline's country, "KATHMANDU, May 17: Prime Minister
           * KP Sharma Oli"; with no dateline, of the first meeting's two
           * sides the one whose people the article does not mark, "the
           * Minister for Foreign Affairs Ambassador Liberata Mulamula"
           * beside "Uganda's Minister of Foreign Affairs General Jeje
           * Odongo") */
          if (!home && (c->doc->publisher < 0 || !ent (c, c->doc->publisher)->lex_key) && !wire_named (c))
            home = c->doc->dateline >= 0 ? c->dateline_country : side;
          if (c->ex->debug)
            fprintf (stderr, "HOME %s dateline-country %s\n", home ? home->key : "-",
                     c->dateline_country ? c->dateline_country->key : "-");
          /* (a dateline city of no known country is no proof of abroad) */
          if (home && c->doc->dateline >= 0 && c->dateline_country && c->dateline_country != home)
            abroad = TRUE;
          /* (but at a body's meeting in the dateline city an outlet's own
           * delegation goes without a country word: "Prime Minister Sanae
           * Takaichi" in a Japanese agency's story from the IRENA Assembly
           * in Abu Dhabi) */
          for (guint i = 0; abroad && i < c->doc->meetings->len; i++)
            {
              const NgMeeting *mt = &g_array_index (c->doc->meetings, NgMeeting, i);
              if (mt->organizer >= 0 && mt->place == c->doc->dateline && !mt->other)
                abroad = FALSE;
            }
        }
      if (!home)
        continue;
      /* (under a dateline abroad, only the headline's people: "Safadi,
       * Benelux ministers discuss Gaza" datelined BRUSSELS in the Jordan
       * Times; not "Prime Minister Harini Amarasuriya", whom an Indian
       * minister met in Colombo) */
      if (abroad && !in_headline (c, po->person))
        continue;
      /* (not after a post of another country in the sentence: "Pakistan's
       * Deputy Prime Minister X, who led his country's delegation after
       * Prime Minister Y canceled" in a Chinese outlet) */
      gboolean foreign = FALSE;
      for (guint q = 0; q < c->doc->posts->len && !foreign; q++)
        {
          const NgPost *o = &g_array_index (c->doc->posts, NgPost, q);
          foreign = o->where.sentence == po->where.sentence && o->where.start < po->where.start && o->of >= 0
                    && ent (c, o->of)->kind == NG_KIND_COUNTRY
                    && ent (c, o->of)->lex_key && ng_strcmp (ent (c, o->of)->lex_key, home->key) != 0;
        }
      /* (nor the host's whom the outlet's people visit: "Safadi will
       * travel to Luxembourg, where he is scheduled to meet Prime Minister
       * Luc Frieden") */
      gint host = foreign ? -1 : host_country (c, po, home);
      if (host >= 0)
        po->of = host;
      else if (!foreign && !held_at_home (c, po, home))
        po->of = entity_for_lex (c, home, NG_KIND_COUNTRY, NULL, po->where);
    }
  /* (or the country the outlet's gave them since) */
  escorts_country (c);
  host_posts (c, looked ? home : home_country (c));
  /* (a post now the same as another of the person's is that one: one
   * record of it, as a graph read back gives) */
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint p = 0; p < c->doc->posts->len;)
    {
      NgPost *po = &g_array_index (c->doc->posts, NgPost, p);
      g_autofree char *t = g_ascii_strdown (po->title, -1);
      char *k = g_strdup_printf ("%d/%d/%s", po->person, po->of, t);
      if (g_hash_table_add (seen, k))
        p++;
      else
        g_array_remove_index (c->doc->posts, p);
    }
  g_hash_table_destroy (seen);
}

/* TRUE if sentence s is among the photo captions after the body. */
static gboolean
in_aside (Ctx *c, guint s)
{
  const NgSentenceSpan *sp = &g_array_index (c->ex->text->sentences, NgSentenceSpan, s);
  return c->art->aside && sp->n && tk (c, sp->first)->start >= c->art->aside - 1;
}

NgDoc *
ng_extractor_run (NgExtractor *ex, const NgArticle *art)
{
  g_return_val_if_fail (ex && art, NULL);
  Ctx c = { 0 };
  c.ex = ex;
  c.art = art;
  c.doc = ng_doc_new (art->key, art->identifier ? art->identifier : art->source);
  c.doc->headline = g_strdup (art->headline);
  c.doc->date = g_strdup (art->date);
  c.last_meeting = c.last_org = c.last_place = c.main_org = c.last_org_meeting = c.group_meeting = c.subject_org = -1;
  c.last_city = c.city_before = c.separate_meeting = -1;
  c.lead_place = c.lead_sent = -1;
  c.people_org = c.people_org_sent = -1;
  c.visit_place = c.today_meeting = -1;
  c.prev_person = -1;
  c.lex_org_names = g_ptr_array_new_with_free_func (g_free);
  c.org_names = g_ptr_array_new_with_free_func (g_free);
  c.lex_orgs = g_ptr_array_new ();
  c.prev_person_sent = G_MAXUINT;
  c.org_count = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.person_sent = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.title_holders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Names recur across articles: their keys are kept, up to a bound. */
  if (g_hash_table_size (ex->name_keys) > MAX_NAME_KEYS)
    g_hash_table_remove_all (ex->name_keys);
  c.keys = ex->name_keys;
  c.person_by_key = g_hash_table_new (ng_str_hash, g_str_equal);
  c.forms_seen = g_array_new (FALSE, TRUE, sizeof (guint));
  c.name_keys = g_array_new (FALSE, TRUE, sizeof (const char *));
  c.people_changed = g_array_new (FALSE, FALSE, sizeof (gint));
  c.att_index = g_hash_table_new_full (hash_u64, g_int64_equal, g_free, NULL);
  c.kept = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.by_lex = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.named_countries = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.bodies = g_array_new (FALSE, FALSE, sizeof (gint));
  c.series = g_array_new (FALSE, FALSE, sizeof (gint));
  c.parents = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.photo_agencies = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.escorts = g_array_new (FALSE, FALSE, sizeof (gint));
  c.copyright_outlet = -1;
  c.edge_agencies = g_hash_table_new (g_direct_hash, g_direct_equal);
  c.att_count = g_array_new (FALSE, TRUE, sizeof (guint));
  c.sent_dated = g_array_new (FALSE, TRUE, sizeof (gboolean));
  c.sent_perfect = g_array_new (FALSE, TRUE, sizeof (gboolean));
  if (art->date && art->date[0] == '-' && strlen (art->date) == 7)
    {
      c.adate.year = 0;
      c.adate.month = atoi (art->date + 2);
      c.adate.day = atoi (art->date + 5);
      c.have_date = ng_date_valid (&c.adate);
    }
  else if (art->date && ng_date_parse (art->date, &c.adate))
    c.have_date = TRUE;
  header_entities (&c);

  ng_text_tokenize (ex->text, art->text, art->len);
  guint ntok = ex->text->tokens->len, nsent = ex->text->sentences->len;
  g_string_truncate (ex->keys, 0);
  g_string_append_c (ex->keys, '\0');
  g_array_set_size (ex->key_at, ntok);
  memset (ex->key_at->data, 0, ntok * sizeof (guint32));
  g_array_set_size (ex->bits, ntok);
  ng_mention_clear (ex->scanned);
  g_array_set_size (ex->scanned_at, 0);
  guint zero = 0;
  g_array_append_val (ex->scanned_at, zero);
  /* First pass: the people named in full anywhere, so that a surname in the
   * headline joins the full name in the body; and, without a year, which
   * weekday the article's day is.  Each sentence is scanned once: its keys,
   * bits and mentions are kept for the second pass. */
  c.first_pass = TRUE;
  GArray *votes = g_array_new (FALSE, FALSE, sizeof (gint));
  gint lead_wd = 0;
  for (guint s = 0; s < nsent; s++)
    {
      c.sent = s;
      ng_mention_clear (ex->ms);
      ng_mention_scan (ex->scanner, ex->text, s, ex->ms);
      sentence_bits (&c, s);
      keep_scanned (&c);
      for (guint m = 0; m < ex->ms->len; m++)
        {
          const NgMentionSpan *x = &g_array_index (ex->ms, NgMentionSpan, m);
          if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_COUNTRY && x->lex)
            g_hash_table_add (c.named_countries, (gpointer) x->lex);
        }
      if (ex->ms->len)
        {
          resolve_mentions (&c);
          note_title_holders (&c);
        }
      if (c.have_date && !c.adate.year && !in_aside (&c, s))
        {
          vote_weekdays (&c, s, votes);
          /* the lead's weekday: the sentence after a dated dateline */
          const NgSentenceSpan *sp = &g_array_index (ex->text->sentences, NgSentenceSpan, s);
          if (!lead_wd && art->lead && sp->n && tk (&c, sp->first)->start <= art->lead - 1
              && tk (&c, sp->first + sp->n - 1)->end > art->lead - 1)
            lead_wd = lead_weekday (&c, s);
        }
    }
  c.first_pass = FALSE;
  /* Without a year, the weekday of the lead is the dateline's day (wire
   * copy reports the day's news: "TOKYO, Aug. 23 -- X and Y held a summit
   * on Saturday", "MOSCOW, November 30. Putin on Thursday will pay a
   * visit"); else the weekdays the article names vote. */
  if (c.have_date && !c.adate.year)
    c.anchor_wd = lead_wd ? lead_wd : pick_anchor (votes);
  if (c.have_date && !c.adate.year && lead_wd)
    {
      c.adate.year = year_of_weekday (&c, lead_wd);
      if (ex->debug)
        g_printerr ("YEAR %d (weekday of the lead %d)\n", c.adate.year, lead_wd);
    }
  g_array_unref (votes);
  c.last_org = c.last_place = c.main_org = c.subject_org = -1;
  c.last_city = c.city_before = c.separate_meeting = -1;
  c.decided_body = -1;
  c.lead_place = c.lead_sent = -1;
  c.people_org = c.people_org_sent = -1;
  g_hash_table_remove_all (c.org_count);
  g_hash_table_remove_all (c.person_sent);
  for (guint s = 0; s < nsent; s++)
    {
      const NgSentenceSpan *sp = &g_array_index (ex->text->sentences, NgSentenceSpan, s);
      c.sent = s;
      c.sent_first = sp->first;
      restore_sentence (&c, s);
      resolve_mentions (&c);
      if (ex->debug)
        debug_sentence (&c, sp);
      extract_posts (&c);
      list_posts (&c);
      respective_posts (&c, sp->first, sp->first + sp->n);
      listed_posts (&c, sp->first, sp->first + sp->n);
      including_posts (&c, sp->first, sp->first + sp->n);
      org_leader_posts (&c, sp->first);
      /* (a photo caption gives names and posts, no more) */
      if (in_aside (&c, s))
        continue;
      extract_contained (&c, sp->first, sp->first + sp->n);
      extract_members (&c, sp->first, sp->first + sp->n);
      if (s == 0)
        c.headline_context = has_word_bits (&c, sp->first, sp->first + sp->n, LIST_BIT (context_words));
      extract_meetings (&c, sp->first, sp->first + sp->n);
      premises_organizer (&c, sp->first, sp->first + sp->n);
      if (!ex->trig_pos->len)
        {
          entourage_attends (&c, sp->first, sp->first + sp->n);
          addressed_attends (&c, sp->first, sp->first + sp->n);
        }
    }
  ng_mention_clear (ex->ms);
  attend_described (&c);
  if (c.described)
    g_array_unref (c.described);
  home_posts (&c);
  national_bodies (&c);
  organization_bodies (&c);
  given_name_last (&c);
  finish_meetings (&c);
  if (ex->debug)
    debug_meetings (&c);
  g_array_unref (c.bodies);
  g_array_unref (c.series);
  g_free (c.last_date);
  g_free (c.lead_date);
  g_ptr_array_unref (c.lex_org_names);
  g_ptr_array_unref (c.org_names);
  g_ptr_array_unref (c.lex_orgs);
  g_array_unref (c.att_count);
  g_array_unref (c.sent_dated);
  g_array_unref (c.sent_perfect);
  g_hash_table_destroy (c.parents);
  g_hash_table_destroy (c.photo_agencies);
  g_array_unref (c.escorts);
  g_hash_table_destroy (c.edge_agencies);
  g_hash_table_destroy (c.org_count);
  g_hash_table_destroy (c.person_sent);
  g_hash_table_destroy (c.title_holders);
  g_hash_table_destroy (c.person_by_key);
  g_array_unref (c.forms_seen);
  g_array_unref (c.name_keys);
  if (c.by_surname)
    {
      g_hash_table_destroy (c.by_surname);
      g_hash_table_destroy (c.by_single);
      g_hash_table_destroy (c.by_first);
    }
  g_array_unref (c.people_changed);
  g_hash_table_destroy (c.att_index);
  if (c.post_set)
    g_hash_table_destroy (c.post_set);
  for (guint k = 0; k < 2; k++)
    if (c.link_set[k])
      g_hash_table_destroy (c.link_set[k]);
  g_hash_table_destroy (c.kept);
  g_hash_table_destroy (c.by_lex);
  g_hash_table_destroy (c.named_countries);
  /* Documents wait for resolution in great numbers. */
  ng_doc_pack (c.doc);
  return c.doc;
}
