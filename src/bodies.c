/* bodies.c - names that the bodies of many countries or organizations bear. */
#include "config.h"
#include <string.h>
#include "newsgraph/bodies.h"

/* The portfolios of ministries that every government has. */
static const char *const common_portfolios[] = {
  "foreign affairs", "foreign", "defence", "defense", "national defence", "national defense",
  "interior", "home affairs", "internal affairs", "finance", "health", "justice", "trade",
  "economy", "education", "agriculture", "energy", "environment", "transport", "labour",
  "labor", "information", "culture", "tourism", NULL
};

/* The offices every state has, by their common names. */
static const char *const national_offices[] = {
  "prime minister's office", "office of the prime minister", "office of the president",
  "president's office", "presidency", "state house", "foreign office", "cabinet office",
  "vice president's office", "office of the vice president", "parliament",
  "national assembly", "senate", "supreme court", "constitutional court", "central bank",
  "house of representatives", "house of commons", "house of councillors", NULL
};

/* The words of names that bodies of many organizations bear. */
static const char *const body_name_words[] = {
  "council", "committee", "commission", "conference", "assembly", "meeting", "board", "secretariat",
  "of", "the", "and", "for", "on", "ministers", "minister", "ministerial", "foreign", "affairs",
  "defence", "defense", "economy", "finance", "trade", "heads", "head", "state", "states",
  "government", "governments", "senior", "officials", "permanent", "representatives",
  "intergovernmental", "executive", "general", "extraordinary", "ordinary", "joint", "political",
  "standing", "experts", "ambassadors", "national", "coordinators", "deputy", "deputies",
  "parliamentary", "secretaries", "ministers'", "governors", "delegates", "parties", NULL
};

/* The head words of such names. */
static const char *const body_heads[] = {
  "council", "committee", "commission", "assembly", "board", "conference", NULL
};

char *
ng_body_key (const char *name)
{
  GString *out = g_string_new (NULL);
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar u = g_utf8_get_char (p);
      g_string_append_unichar (out, u == 0x2019 ? '\'' : g_unichar_tolower (u));
    }
  return g_string_free (out, FALSE);
}

/* The key of name in buf (ASCII names up to its size, the common case,
 * without allocating), else a new key in *heap. */
static const char *
key_of (const char *name, char *buf, gsize size, char **heap)
{
  gsize i = 0;
  for (; name[i] && i + 1 < size; i++)
    {
      if ((guchar) name[i] >= 0x80)
        break;
      buf[i] = g_ascii_tolower (name[i]);
    }
  if (!name[i] && i + 1 < size)
    {
      buf[i] = '\0';
      *heap = NULL;
      return buf;
    }
  *heap = ng_body_key (name);
  return *heap;
}

gboolean
ng_body_common_national (const char *name)
{
  char buf[128];
  g_autofree char *heap = NULL;
  const char *k = key_of (name, buf, sizeof buf, &heap);
  if (g_strv_contains (national_offices, k))
    return TRUE;
  const char *portfolio = NULL;
  g_autofree char *head = NULL;
  if (g_str_has_prefix (k, "ministry of ") || g_str_has_prefix (k, "ministry for "))
    portfolio = k + strlen ("ministry of ");
  else if (g_str_has_prefix (k, "department of "))
    portfolio = k + strlen ("department of ");
  else if (g_str_has_suffix (k, " ministry"))
    portfolio = head = g_strndup (k, strlen (k) - strlen (" ministry"));
  if (portfolio && g_str_has_prefix (portfolio, "the "))
    portfolio += 4;
  if (!portfolio)
    return FALSE;
  /* ("Ministry of Trade, Industry and Fisheries": a list of portfolios
   * whose first is one every government has) */
  const char *comma = head ? NULL : strstr (portfolio, ", ");
  if (comma && strstr (comma, " and "))
    {
      g_autofree char *first = g_strndup (portfolio, (gsize) (comma - portfolio));
      return g_strv_contains (common_portfolios, first);
    }
  return g_strv_contains (common_portfolios, portfolio);
}

gboolean
ng_body_common_org (const char *name)
{
  char buf[128];
  g_autofree char *heap = NULL;
  const char *k = key_of (name, buf, sizeof buf, &heap);
  /* (most names have no head word of a body: no need to split them) */
  gboolean any = FALSE;
  for (const char *const *h = body_heads; *h && !any; h++)
    any = strstr (k, *h) != NULL;
  if (!any)
    return FALSE;
  gchar **words = g_strsplit (k, " ", -1);
  gboolean all = words[0] && words[1], head = FALSE;
  for (gchar **w = words; *w && all; w++)
    {
      all = g_strv_contains (body_name_words, *w);
      head = head || g_strv_contains (body_heads, *w);
    }
  g_strfreev (words);
  return all && head;
}

gboolean
ng_body_common (const char *name)
{
  return ng_body_common_national (name) || ng_body_common_org (name);
}
