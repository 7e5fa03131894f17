/* lexicon.h - word lists kept as data: countries, cities, places,
 * organizations, news agencies, titles, honorifics, given names, stopwords.
 *
 * Lexicons are Turtle files (ontology/lexicon/ *.ttl, shape in
 * ontology/lexicon/README.md) read with raptor2.  Every label
 * (skos:prefLabel, skos:altLabel, skos:notation, ng:demonym) is indexed
 * under its ng_fold_plain key, so lookups ignore case and accents.
 * Entries and strings live as long as the lexicon.  A loaded lexicon is
 * read-only and may be shared by threads.
 */
#ifndef NEWSGRAPH_LEXICON_H
#define NEWSGRAPH_LEXICON_H

#include <glib.h>

G_BEGIN_DECLS

#define NG_LEXICON_ERROR (ng_lexicon_error_quark ())
GQuark ng_lexicon_error_quark (void);
typedef enum {
  NG_LEXICON_ERROR_OPEN,
  NG_LEXICON_ERROR_PARSE
} NgLexiconError;

typedef enum {
  NG_LEX_COUNTRY,
  NG_LEX_CITY,
  NG_LEX_PLACE,
  NG_LEX_ORG,
  NG_LEX_AGENCY,
  NG_LEX_TITLE,
  NG_LEX_HONORIFIC,
  NG_LEX_GIVEN,
  NG_LEX_PERSON,
  NG_LEX_STOP,
  NG_LEX_N
} NgLexClass;

typedef struct NgLexEntry NgLexEntry;
struct NgLexEntry {
  NgLexClass cls;
  const char *key;        /* the concept's local name, e.g. "country-belarus" */
  const char *pref;       /* skos:prefLabel */
  const char *kind;       /* ng:kind, or NULL */
  const char *notation;   /* skos:notation (acronym), or NULL */
  const char *demonym;    /* the first ng:demonym ("Kuwaiti"), or NULL */
  const NgLexEntry *country;  /* ng:inCountry, or NULL */
  const NgLexEntry *capital;  /* ng:capital, or NULL */
  const NgLexEntry *city;     /* ng:inCity (a building's city), or NULL */
  const NgLexEntry *post_in;  /* a title's org:postIn: the one country or
                               * organization the post is in ("Taoiseach"),
                               * or NULL */
};

/* How a label found an entry. */
typedef enum {
  NG_LEXHIT_LABEL,    /* pref or alt label, notation */
  NG_LEXHIT_DEMONYM   /* "Belarusian" for Belarus */
} NgLexHitKind;

typedef struct {
  const NgLexEntry *entry;
  NgLexHitKind how;
} NgLexHit;

typedef struct NgLexicon NgLexicon;

NgLexicon *ng_lexicon_new (void);
void ng_lexicon_free (NgLexicon *lex);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgLexicon, ng_lexicon_free)

/* Loads one lexicon file (Turtle). */
gboolean ng_lexicon_load_file (NgLexicon *lex, const char *path, GError **error);
/* Loads every *.ttl in dir, in sorted order. */
gboolean ng_lexicon_load_dir (NgLexicon *lex, const char *dir, GError **error);
/* The folder of the bundled lexicons: $NG_DATADIR/lexicon if set, else the
 * installed one, else the source tree's. */
char *ng_lexicon_default_dir (void);

/* Hits for a folded key (ng_fold_plain of the words), any class; NULL if
 * none.  The array is owned by the lexicon. */
const GArray *ng_lexicon_lookup (const NgLexicon *lex, const char *folded);
/* The first hit of one class, or NULL. */
const NgLexHit *ng_lexicon_find (const NgLexicon *lex, const char *folded, NgLexClass cls);
/* Longest phrase (in words) of any label. */
guint ng_lexicon_max_words (const NgLexicon *lex);
/* TRUE if some label of more than one word starts with this folded token
 * (which may be several words: "U.S." folds to "u s"). */
gboolean ng_lexicon_starts_phrase (const NgLexicon *lex, const char *folded_word);
/* TRUE if some label starts with these folded words, then a space and more. */
gboolean ng_lexicon_continues_phrase (const NgLexicon *lex, const char *folded_words);
/* Number of entries. */
guint ng_lexicon_n_entries (const NgLexicon *lex);

G_END_DECLS

#endif
