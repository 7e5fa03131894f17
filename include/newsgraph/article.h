/* article.h - one news article: bytes in, clean text and header fields out.
 *
 * ng_article_from_bytes() decodes (UTF-8; UTF-16 with a byte-order mark is
 * converted; invalid bytes are replaced and a warning is set), normalizes
 * line ends, finds the header fields real wire copy uses (a "date
 * YYYY-MM-DD Site" line, datelines such as "DUSHANBE, September 15.
 * /TASS/.", "ASTANA, 28 November (BelTA) —", "MOSCOW (Site News / Sputnik
 * - 15th September, 2021)", "BRUSSELS, June 14 (Reuters) -", "JAKARTA,
 * Indonesia (AP) —"), the headline, and drops navigation and sharing
 * boilerplate.  text is what the extractor reads: the headline, a blank
 * line, then the body without its dateline.
 */
#ifndef NEWSGRAPH_ARTICLE_H
#define NEWSGRAPH_ARTICLE_H

#include <glib.h>

G_BEGIN_DECLS

#define NG_ARTICLE_ERROR (ng_article_error_quark ())
GQuark ng_article_error_quark (void);
typedef enum {
  NG_ARTICLE_ERROR_EMPTY,     /* no text at all */
  NG_ARTICLE_ERROR_BINARY,    /* NUL bytes: not a text file */
  NG_ARTICLE_ERROR_JSON       /* a JSON line that cannot be read */
} NgArticleError;

typedef struct {
  char *key;          /* stable key: slug of the JSON id, or a hash of the text */
  char *source;       /* file path, "-", or URL */
  char *text;         /* clean text (valid UTF-8) */
  gsize len;
  char *headline;     /* or NULL */
  char *date;         /* "YYYY-MM-DD", "--MM-DD" (no year known), or NULL */
  char *publisher;    /* agency or site name, or NULL */
  char *agency;       /* a second source named in the dateline (Sputnik), or NULL */
  char *dateline;     /* dateline city, title-cased, or NULL */
  char *dateline_region; /* the country or state after it ("JAKARTA, Indonesia (AP)"), or NULL */
  gboolean dateline_known_only; /* a dateline of no capitals or agency ("Nairobi — The ..."):
                                 * a dateline only if a lexicon knows the city, or the country
                                 * after it; its words stay in the text */
  char *place_line;   /* a line of a place alone after the headline ("Doha"), or of a venue
                       * and its city after the date line ("The Kremlin, Moscow"), or NULL */
  gsize lead;         /* 1 + byte offset in text of the lead after a dated dateline, or 0 */
  gsize aside;        /* 1 + byte offset in text of the photo captions put after the
                       * body (for the names they give, not for facts), or 0 */
  char *credits;      /* photo credits ("AP Photo/Jane Doe"), a line each, or NULL */
  char *edges;        /* the short lines of the head and foot that are no text
                       * ("Voice of America", "KYODO", "Copyright PUNCH."), a line
                       * each, for the outlets that wrote the article; or NULL */
  char *identifier;   /* file name stem or JSON id, or NULL */
  char *url;          /* JSON url, or NULL */
  char *warning;      /* a repair that was made (invalid UTF-8), or NULL */
} NgArticle;

/* Reads an article from raw bytes; source names it in messages. */
NgArticle *ng_article_from_bytes (const char *source, const char *data, gsize len,
                                  GError **error);
/* Reads an article from one JSON Lines record ({"id","url","date","source",
 * "title","text"}); line is its line number, for messages. */
NgArticle *ng_article_from_json (const char *source, guint line, const char *json,
                                 gsize len, GError **error);
void ng_article_free (NgArticle *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NgArticle, ng_article_free)


G_END_DECLS

#endif
