/* doc.h - NgDoc, what one article says: its entities and facts.
 *
 * The extractor (facts.c) fills one NgDoc per article and packs it
 * (ng_doc_pack); resolution (resolve.c) merges the entities of all
 * documents into corpus entities and turns them into triples; recover.c,
 * for `merge` and `build --into`, reads documents back from a graph.
 * Entities and meetings are numbered locally (indexes into the doc's
 * arrays; -1 = none).
 *
 * Ownership: a doc owns every string and array in it (once packed, its
 * strings and form lists are in one block, doc->pack).  The article text
 * itself is not kept: only the sentences that carry a fact (evidence).
 */
#ifndef NEWSGRAPH_DOC_H
#define NEWSGRAPH_DOC_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  NG_KIND_PERSON,
  NG_KIND_ORG,
  NG_KIND_COUNTRY,
  NG_KIND_CITY,
  NG_KIND_PLACE,     /* any other named place: region, building, venue */
  NG_KIND_N
} NgKind;

/* "person", "org", "country", "city", "place". */
const char *ng_kind_name (NgKind kind);

typedef struct {
  guint32 sentence;  /* index of the sentence in the article */
  guint32 start;     /* byte offsets in the article text */
  guint32 end;
} NgWhere;

typedef struct {
  NgKind kind;
  char *name;          /* fullest form seen in this article */
  char **forms;        /* every surface form, name included, first seen first */
  guint n_forms;
  char *lex_key;       /* lexicon concept key, or NULL when no lexicon knows it */
  gint country;        /* people: entity index of their country, or -1 */
  NgWhere where;       /* first mention */
} NgEntity;

typedef enum {
  NG_MEETING_MEETING,      /* generic meeting */
  NG_MEETING_SUMMIT,
  NG_MEETING_SESSION,      /* council session, joint session */
  NG_MEETING_TALKS,        /* bilateral talks */
  NG_MEETING_VISIT,
  NG_MEETING_RECEPTION,
  NG_MEETING_N
} NgMeetingKind;

/* "Meeting", "Summit", ... (local names in the project's ontology). */
const char *ng_meeting_kind_name (NgMeetingKind kind);

typedef struct {
  NgMeetingKind kind;
  gint organizer;      /* entity index (an organization), or -1 */
  gint place;          /* entity index (city, else country or place), or -1 */
  char *date;          /* "2021-09-15", "--09-15", or NULL */
  char *label;         /* short human label ("CSTO summit"), or NULL */
  NgWhere where;
  gboolean ahead;      /* said to be still to come ("will open on 1 September") */
  gboolean remote;     /* held online ("a virtual summit"): everyone by video link */
  gboolean named;      /* an event with a name of its own ("the COP29 climate conference") */
  gboolean other;      /* another instance than the article's ("the next meeting ... on August 3") */
  gboolean guests;     /* its host received people the text does not name ("received the delegations") */
} NgMeeting;

typedef enum { NG_MODE_IN_PERSON, NG_MODE_VIDEO } NgMode;
typedef enum { NG_STATUS_ATTENDED, NG_STATUS_PLANNED, NG_STATUS_ABSENT } NgStatus;

typedef struct {
  gint meeting;        /* meeting index */
  gint person;         /* entity index */
  NgMode mode;
  NgStatus status;
  gboolean chair;      /* chairs or hosts the meeting */
  NgWhere where;
} NgAttendance;

typedef struct {
  gint person;
  char *title;         /* "Defense Minister", as written, without the country word */
  gint of;             /* entity index of the country or organization, or -1 */
  NgWhere where;
} NgPost;

/* A binary fact between two entities: a member of b; a lies in b. */
typedef struct {
  gint a, b;
  NgWhere where;
} NgLink;

typedef struct {
  guint32 index;       /* sentence index in the article */
  guint32 start, end;  /* byte span in the article text */
  char *text;          /* the sentence */
} NgSentence;

typedef struct {
  char *key;           /* stable article key (content hash, or the JSON id) */
  char *source;        /* path or URL, for messages and schema:url */
  char *headline;      /* or NULL */
  char *date;          /* publication date "YYYY-MM-DD", or NULL */
  gint publisher;      /* entity index (a news agency or site), or -1 */
  gint dateline;       /* entity index (a city), or -1 */
  GArray *entities;    /* NgEntity */
  GArray *meetings;    /* NgMeeting */
  GArray *attendance;  /* NgAttendance */
  GArray *posts;       /* NgPost */
  GArray *members;     /* NgLink: a is a member of b */
  GArray *contained;   /* NgLink: place a lies in b */
  GArray *sentences;   /* NgSentence: only those that carry a fact */
  char *pack;          /* after ng_doc_pack: the block that holds every string */
  /* Until packed, once the doc has a few entities: per kind, each form
   * (the entity's own string) -> the index + 1 of the first entity with
   * it; kept by ng_doc_add_entity and ng_doc_add_form, read by
   * ng_doc_find_entity.  NULL before (and after packing). */
  GHashTable *by_form[NG_KIND_N];
} NgDoc;

/* Creates an empty document with the given key and source (copied). */
NgDoc *ng_doc_new (const char *key, const char *source);
/* Frees the document; NULL is a no-op. */
void ng_doc_free (NgDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgDoc, ng_doc_free)

/* Adds an entity of that kind named name (copied); returns its index.
 * An entity already in the doc with the same kind and name is reused. */
gint ng_doc_add_entity (NgDoc *doc, NgKind kind, const char *name, const NgWhere *where);
/* Adds a surface form (copied) to an entity unless it has it already;
 * a longer form becomes the entity's name. */
void ng_doc_add_form (NgDoc *doc, gint entity, const char *form);
/* Removes a form from an entity (its longest form left becomes its name);
 * an entity keeps its last form. */
void ng_doc_remove_form (NgDoc *doc, gint entity, const char *form);
/* Index of the entity of that kind with that form, or -1. */
gint ng_doc_find_entity (const NgDoc *doc, NgKind kind, const char *form);
/* Records the sentence (copied) as evidence, unless it is the one recorded
 * last (callers record each sentence once, in order). */
void ng_doc_add_sentence (NgDoc *doc, guint32 index, guint32 start, guint32 end, const char *text);
/* Moves every string of the document into one block, so that a finished
 * document is a few blocks rather than hundreds: it takes less memory, and
 * freeing it gives back whole pages.  A packed document is read-only: the
 * ng_doc_add_* functions refuse it. */
void ng_doc_pack (NgDoc *doc);
/* Frees the strings of an NgMeeting (the clear function of doc->meetings). */
void ng_doc_meeting_clear (gpointer meeting);
/* Compares two docs by key (for sorting). */
gint ng_doc_compare (gconstpointer a, gconstpointer b);

G_END_DECLS

#endif
