/* mention.h - people, organizations, places, titles and demonyms in a sentence.
 *
 * The scanner tags a sentence's tokens with lexicon hits (longest phrase
 * first), groups capitalized runs, and classifies them: a lexicon entry,
 * an organization by its head word ("... Council", "Ministry of ..."), a
 * place by its head word ("Palace of ..."), or a person (a given name, a
 * title or honorific before it, a speech verb after it).  Titles,
 * honorifics and country adjectives are split off a person's name and
 * kept as mentions of their own, linked to the person.
 */
#ifndef NEWSGRAPH_MENTION_H
#define NEWSGRAPH_MENTION_H

#include <glib.h>
#include "newsgraph/doc.h"
#include "newsgraph/lexicon.h"
#include "newsgraph/text.h"
#include "newsgraph/words.h"

G_BEGIN_DECLS

typedef enum {
  NG_MS_ENTITY,       /* a named person, organization or place */
  NG_MS_DEMONYM,      /* "Belarusian": lex is the country */
  NG_MS_TITLE,        /* "Defense Minister", "official spokeswoman" */
  NG_MS_DESCRIPTION,  /* "the Russian leader": lex is the country, if any */
  NG_MS_ACRONYM       /* "(CSTO)" after an expansion: partner is the expansion */
} NgMentionRole;

typedef struct {
  NgMentionRole role;
  NgKind kind;            /* entities */
  guint32 first, last;    /* token range [first, last) */
  guint32 start, end;     /* byte span */
  const NgLexEntry *lex;  /* lexicon entry (entity, demonym's or description's country, title) */
  char *name;             /* entity name, title text, acronym */
  gint title;             /* person: index of its title mention, or -1 */
  gint of;                /* title: index of the mention its post is in (country, org, demonym), or -1 */
  gint parent;            /* organization: index of the organization it belongs to, or -1 */
  gint partner;           /* acronym: index of the expansion; entity: its acronym, or -1 */
  gboolean strong;        /* person: a given name, title, honorific or speech verb backs it */
  gboolean possessive;    /* followed by 's */
  gboolean speaker;       /* person: subject of a speech verb (said, told) */
  gboolean headline;      /* person: one word of a Title Case headline (only a known name counts) */
} NgMentionSpan;

typedef struct NgMentionScanner NgMentionScanner;

/* Creates a scanner over a lexicon (borrowed; must outlive the scanner and
 * not change while it is used: the scanner remembers what the lexicon says
 * of each word it meets). */
NgMentionScanner *ng_mention_scanner_new (const NgLexicon *lex);
void ng_mention_scanner_free (NgMentionScanner *sc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgMentionScanner, ng_mention_scanner_free)

/* Scans sentence s of t; appends NgMentionSpan to out (names owned by the
 * caller: free with ng_mention_clear). */
void ng_mention_scan (NgMentionScanner *sc, const NgText *t, guint s, GArray *out);
/* Frees the names in an array of NgMentionSpan and empties it. */
void ng_mention_clear (GArray *mentions);
/* The words of a kind of sitting before "congress" or "(general)
 * assembly" ("an Extraordinary Congress", "its annual congress", "an
 * Extraordinary General Assembly"): a meeting, no name. */
extern const char *const ng_mention_sitting_words[];

/* Folded key of token i (valid until the next scan). */
const char *ng_mention_token_key (NgMentionScanner *sc, guint i);
/* Makes the scanner look each word it meets up in the caller's word lists
 * too (borrowed; must outlive the scanner), once per word. */
void ng_mention_scanner_set_lists (NgMentionScanner *sc, const NgWordLists *lists);
/* Bits in those lists of token i of the sentence scanned last, a word with
 * a key (0 for any other token, or without lists). */
guint64 ng_mention_token_bits (NgMentionScanner *sc, guint i);

G_END_DECLS

#endif
