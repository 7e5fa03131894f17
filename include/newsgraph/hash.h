/* hash.h - the string hash of the project's tables.
 *
 * GLib's g_str_hash reads a byte at a time; the extractor and the
 * resolver look up names, keys and phrases in GHashTables millions of
 * times, and the store hashes every term it interns.  ng_str_hash reads
 * eight bytes at a time (a multiply-rotate hash in the manner of FxHash,
 * finished by the murmur3 mixer) and goes with g_str_equal.
 */
#ifndef NEWSGRAPH_HASH_H
#define NEWSGRAPH_HASH_H

#include <string.h>
#include <glib.h>

G_BEGIN_DECLS

/* Mixes a 32-bit value into a hash (murmur3 finalizer). */
static inline guint32
ng_hash_mix32 (guint32 h)
{
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

/* Hashes len bytes at s. */
static inline guint32
ng_hash_bytes (const char *s, gsize len)
{
  const guint64 k = 0x517cc1b727220a95ull;
  guint64 h = len;
  const char *p = s;
  for (; len >= 8; p += 8, len -= 8)
    {
      guint64 w;
      memcpy (&w, p, 8);
      h = ((h << 5) | (h >> 59)) ^ w;
      h *= k;
    }
  if (len > 0)
    {
      guint64 w = 0;
      memcpy (&w, p, len);
      h = ((h << 5) | (h >> 59)) ^ w;
      h *= k;
    }
  return ng_hash_mix32 ((guint32) (h ^ (h >> 32)));
}

/* A GHashFunc for NUL-terminated strings (with g_str_equal). */
static inline guint
ng_str_hash (gconstpointer key)
{
  const char *s = key;
  return ng_hash_bytes (s, strlen (s));
}

G_END_DECLS

#endif /* NEWSGRAPH_HASH_H */
