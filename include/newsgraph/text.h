/* text.h - tokens and sentences, with byte offsets.
 *
 * ng_text_tokenize() splits UTF-8 text into tokens (words, numbers,
 * punctuation) and marks sentence ends: abbreviations ("Gen.", "U.S.",
 * "Mr."), initials ("X. Y. Smith"), decimals and quotes do not end a
 * sentence; a line break always does.  Tokens point into the text (no
 * copies); the arrays are reused between calls, so tokenizing allocates
 * nothing per token once warm.
 */
#ifndef NEWSGRAPH_TEXT_H
#define NEWSGRAPH_TEXT_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  NG_TOK_WORD,      /* letters (may hold digits, hyphens, apostrophes, inner dots) */
  NG_TOK_NUMBER,    /* digits, with , . inside; ordinals like 15th */
  NG_TOK_PUNCT      /* one punctuation character (or "--") */
} NgTokKind;

enum {
  NG_TF_CAP      = 1 << 0,   /* first letter uppercase */
  NG_TF_ALLCAPS  = 1 << 1,   /* two or more letters, all uppercase (CSTO) */
  NG_TF_ABBREV   = 1 << 2,   /* word ending in a dot that is part of it (Gen., U.S.) */
  NG_TF_INITIAL  = 1 << 3,   /* one capital letter and a dot (X.) */
  NG_TF_POSS     = 1 << 4,   /* ends in 's or ’s (stripped from the span) */
  NG_TF_QUOTE    = 1 << 5,   /* a quotation mark */
  NG_TF_DASH     = 1 << 6,   /* a dash: - – — -- */
  NG_TF_LINESTART = 1 << 7   /* first token of a line */
};

typedef struct {
  guint32 start;    /* byte offset in the text */
  guint32 end;      /* byte offset past the token (possessive excluded) */
  guint16 kind;     /* NgTokKind */
  guint16 flags;    /* NG_TF_* */
} NgToken;

typedef struct {
  guint32 first;    /* index of the first token */
  guint32 n;        /* number of tokens */
  guint32 start;    /* byte span */
  guint32 end;
} NgSentenceSpan;

typedef struct {
  const char *text; /* borrowed */
  gsize len;
  GArray *tokens;     /* NgToken */
  GArray *sentences;  /* NgSentenceSpan */
} NgText;

/* Creates an empty tokenizer state. */
NgText *ng_text_new (void);
void ng_text_free (NgText *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgText, ng_text_free)

/* Tokenizes text (valid UTF-8, borrowed until the next call) into t. */
void ng_text_tokenize (NgText *t, const char *text, gsize len);

/* TRUE if the token's text equals word, ignoring ASCII case. */
gboolean ng_token_is (const NgText *t, guint i, const char *word);
/* Length in bytes of token i. */
static inline guint32 ng_token_len (const NgToken *tok) { return tok->end - tok->start; }

G_END_DECLS

#endif
