/* mention.c - people, organizations, places, titles and demonyms in a sentence. */
#include "config.h"
#include <string.h>
#include "newsgraph/hash.h"
#include "newsgraph/date.h"
#include "newsgraph/mention.h"
#include "newsgraph/fold.h"
#include "newsgraph/words.h"

struct NgMentionScanner {
  const NgLexicon *lex;
  GString *keys;        /* folded keys of the sentence's tokens, NUL-separated */
  GArray *key_at;       /* guint32 offset into keys per token (absolute index - base) */
  GArray *bits;         /* guint64 word-list bits per token */
  guint base;           /* first token of the sentence */
  guint n;              /* tokens in the sentence */
  GArray *hit_len;      /* guint per token: length of the lexicon match starting here */
  GPtrArray *hit;       /* const NgLexHit* per token */
  GString *phrase;      /* scratch */
  GHashTable *words;    /* folded word -> WordInfo (the word inside), for every word met */
  GPtrArray *info;      /* const WordInfo* per token of the sentence (NULL: no key) */
  const NgWordLists *user_lists;  /* the caller's word lists, or NULL */
  GHashTable *acronyms; /* keys of the acronyms the text defined so far ("Mekong River Commission (MRC)") */
};

/* What the scanner needs to know of one folded word, looked up once. */
typedef struct {
  guint64 bits;             /* word_lists bits */
  guint64 user_bits;        /* bits in the caller's lists (ng_mention_scanner_set_lists) */
  const GArray *hits;       /* ng_lexicon_lookup of the word alone */
  gboolean starts_phrase;   /* ng_lexicon_starts_phrase */
  char word[];              /* the folded word */
} WordInfo;

/* Words kept in a scanner's table before it starts over. */
#define MAX_WORDS (1u << 18)

/* Organization head words. */
static const char *const org_heads[] = {
  "organization", "organisation", "council", "committee", "ministry", "union", "league",
  "alliance", "bank", "fund", "agency", "commission", "parliament", "assembly", "court",
  "party", "government", "group", "service", "office", "department", "secretariat",
  "association", "institute", "university", "company", "corporation", "bloc", "community",
  "federation", "confederation", "cabinet", "senate", "congress", "duma", "administration", "authority",
  "command", "forces", "army", "navy", "police", "guard", "front", "movement", "board",
  "chamber", "directorate", "bureau", "mission", "delegation", "presidium", "headquarters",
  "treaty organization", "inc", "ltd", "corp", "plc", "llc", "gmbh", "bhd", "berhad", "tbk", "hospital", "foundation", "network", "news", "press service", "force",
  "platform", "coalition", "initiative", "conclave", "studies", "academy", "school", "institutes", "presidency",
  "universidad", "universidade", "université", "instituto", "institut", "unit", "faculty",
  /* (firms that analysts work at: "Vantage Energy Advisors", "Capital
   * Economics") */
  "advisors", "advisers", "partners", "holdings", "associates", "consulting", "consultants",
  /* (a named series of meetings: "the Australia-US Ministerial
   * Consultations", "the US-India Strategic Dialogue") */
  "consultations", "consultation", "dialogue",
  /* ("the Tuxtla Dialogue and Coordination Mechanism", "the African Peer
   * Review Mechanism") */
  "mechanism",
  /* ("the Joint Supervisory Body", "the ILO Governing Body") */
  "body",
  /* ("the Northern Corridor Integration Projects (NCIP)", partner states
   * whose heads of state meet) */
  "projects",
  /* (heads that open names in other languages: "Istituto Affari
   * Internazionali", "Fundación Pensar") */
  "istituto", "università", "universita", "fondazione", "fundación", "fundacion", "fundação",
  "fondation", "stiftung", "consejo", "consiglio", "conseil", "ministerio", "ministero", "ministère",
  "agenzia", "agencia", "agence", "comisión", "commissione", "partido", "partito", "asociación",
  "associazione", "confederación", "confederazione", "confédération", "banco", "banca",
  NULL
};
const char *const ng_mention_sitting_words[] = {
  "extraordinary", "ordinary", "annual", "special", "elective", "biennial", "constitutive", "founding", NULL
};

/* Heads of the names of places of study, research or trade, which take a
 * place or a people before them into the name: "the Vilnius Institute
 * for Policy Analysis", "the Indian Institute of Foreign Trade". */
static const char *const study_heads[] = {
  "institute", "academy", "foundation", "university", "college", "school", "centre", "center",
  "institution", "society", "polytechnic", "conservatory", "museum", "library", "observatory", "faculty",
  "airlines", "airways", NULL
};
/* A headline's verbs, which close no name: "Bourita Calls for ...",
 * "Kim Jong Un Has Talks with ...". */
static const char *const headline_verbs[] = {
  "calls", "urges", "meets", "holds", "says", "tells", "hosts", "visits", "receives", "arrives",
  "pledges", "vows", "warns", "seeks", "backs", "welcomes", "slams", "signs", "discusses", "heads",
  "leaves", "opens", "joins", "attends", "skips", "chairs", "rejects", "denies", "hails", "stresses",
  "lands", "departs", "wraps", "concludes", "begins", "launches", "greets", "thanks", "has", "sends",
  "gives", "leads", "plans", "eyes", "expects", "accepts", "travels", "flies", "returns", "invited", "received",
  "welcomed", "congratulates", "inaugurates", "addresses", "reaffirms", "underscores", "highlights", "briefs",
  "assures", "commends", "condoles", NULL
};
/* Words after which "in X" names where a meeting is: "meet in Trakai". */
static const char *const meeting_in[] = {
  "meet", "meets", "met", "meeting", "summit", "talks", "held", "gather", "gathered", "convene", "convened",
  "session", "conference", "forum", "resort", "hotel", NULL
};
/* Words after which "to X" or "in X" names a town one goes to: "flew to
 * Pemba", "arrived in Becici". */
static const char *const travel_to[] = {
  "arrived", "arrives", "arrive", "arriving", "travelled", "traveled", "travels", "travel", "travelling",
  "traveling", "flew", "flies", "headed", "heads", "trip", "journey", NULL
};
/* Words whose possessive goes on in the names of bodies ("Supreme
 * People's Assembly", "Workers' Party"). */
/* Head words of venues named for a sponsor: "Microsoft Theater". */
static const char *const venue_heads[] = {
  "theater", "theatre", "arena", "stadium", "auditorium", "pavilion", "dome", NULL
};
/* Head words of buildings a meeting is held in. */
static const char *const building_heads[] = {
  "hotel", "centre", "center", "hall", "palace", "building", "resort", "mansion", "residence", "arena",
  "stadium", "auditorium", "pavilion", "theatre", "theater", "museum", "lodge", "castle", "bhawan", "bhavan", NULL
};
/* Words towns' names start with: "Puerto Iguazú", "Ciudad del Este". */
static const char *const town_prefixes[] = {
  "puerto", "porto", "port", "san", "santa", "santo", "sao", "saint", "st", "ste", "sainte", "sankt", "ciudad",
  "fort", "bandar", "kota", "nueva", "nuevo", "villa", NULL
};
/* Head words of bodies of states, which no company has. */
static const char *const bloc_heads[] = {
  "organization", "organisation", "commission", "community", "union", "council", "forum",
  "alliance", "association", NULL
};
static const char *const collective_owners[] = {
  "people", "peoples", "workers", "women", "farmers", "veterans", "parliamentarians", "journalists",
  "employers", "teachers", "lawyers", "traders", "exporters", "manufacturers", "growers", "producers", NULL
};
/* Those whose meeting a name says, in the plural's possessive before
 * its head ("Leaders' Retreat", "Foreign Ministers' Meeting"). */
static const char *const meeting_owners[] = {
  "leaders", "ministers", "heads", "speakers", "chiefs", "presidents", NULL
};
/* Heads of the names of meetings after such a possessive. */
static const char *const owned_meeting_heads[] = {
  "meeting", "meetings", "retreat", "summit", "forum", "dialogue", "conference", "consultations", NULL
};
/* Place head words. */
static const char *const place_heads[] = {
  "palace", "square", "hall", "airport", "stadium", "center", "centre", "hotel", "cathedral",
  "mosque", "bridge", "street", "avenue", "park", "island", "islands", "mountains", "river",
  "lake", "sea", "gulf", "strait", "region", "province", "oblast", "district", "krai", "county", "complex",
  "peninsula", "valley", "desert", "canal", "port", "base", "kremlin palace", "residence", "falls",
  "building", "buildings", "house", "tower", "arena", "pavilion", "museum", "theatre", "theater", "garden",
  "gardens", "embassy", "border", "corridor", "strip", "heights", "state", "castle", "capital", "city",
  "lodge", "resort", "shoal", "reef", "atoll", "palacio", "palácio", "palazzo", "fortress", "citadel",
  "memorial", "monument", "mausoleum", "basilica", "pagoda", "plaza", "place",
  /* ("the Massingir Dam", "the Kariba Dam") */
  "dam", "reservoir",
  NULL
};
/* Heads of regions that follow their names ("Nizhny Novgorod Oblast"). */
static const char *const region_heads[] = {
  "oblast", "region", "province", "krai", "district", "county", "state", "governorate", NULL
};
/* Names of things that are not people, organizations or places. */
static const char *const thing_heads[] = {
  "treaty", "agreement", "declaration", "charter", "accord", "convention", "protocol", "war",
  "day", "games", "olympics", "cup", "prize", "award", "act", "law", "strategy", "program",
  "programme", "initiative", "plan", "week", "forum", "summit", "meeting", "session",
  "conference", "talks", "operation", "festival", "exhibition", "anniversary", "year",
  "victory", "doctrine", "concept", "project", "order", "medal", "statement", "report",
  "resolution", "memorandum", "code", "constitution", "budget", "index", "covid", "coronavirus",
  "format", "platform", "dialogue", "retreat", "road", "belt", "route", "pipeline", "stream", "consensus",
  NULL
};
/* Ordinals spelled out, which open the names of numbered meetings. */
static const char *const ordinal_words[] = {
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
  "eighteenth", "nineteenth", "twentieth", NULL
};
/* Connectors allowed inside a capitalized name. */
static const char *const connectors[] = {
  "of", "the", "for", "de", "del", "da", "dos", "bin", "ibn", "al", "von", "van", "der", "la",
  "le", "du", "on", "and", NULL
};
/* Small words inside outlets' names besides the connectors ("Notes from
 * Poland", "El Diario de Hoy"). */
static const char *const outlet_joiners[] = {
  "from", "in", "at", "to", "el", "des", "do", "das", "di", "della", "y", "e", "et", NULL
};
/* Speech verbs after a person. */
static const char *const speech[] = {
  "said", "says", "told", "added", "noted", "stressed", "emphasized", "emphasised", "stated",
  "announced", "declared", "explained", "wrote", "tweeted", "remarked", "underlined",
  "pointed", "insisted", "confirmed", "warned", "urged", "recalled", "commented", "claimed",
  "argued", "asked", "replied", "answered", "reported", "believes", "thinks", "hopes",
  NULL
};
/* Words that extend a title leftwards. */
static const char *const title_mods[] = {
  "deputy", "vice", "first", "chief", "senior", "acting", "former", "top", "official",
  "principal", "special", "foreign", "policy", "security", "national", "defence", "defense",
  "state", "prime", "executive", "general", "permanent", "assistant", "presidential", "press",
  "interim", "incoming", "outgoing", "new", "economic", "military", "political", "lead",
  NULL
};
/* Lowercase words that are ranks only when capitalized: "major economies". */
static const char *const lower_not_titles[] = {
  "major", "general", "private", "marshal", "corporal", "sergeant", "lieutenant", "colonel",
  "captain", "admiral", "deputy", "first", "senior", "chair", "leader", "host", NULL
};
/* Description heads: "the Russian leader". */
static const char *const desc_heads[] = {
  "leader", "president", "premier", "prime minister", "head of state", "king", "host",
  "counterpart", "chancellor", "monarch", "emir", "top diplomat", "chief diplomat", NULL
};


/* Words of the portfolios of ministers and secretaries ("Minister of State
 * for External Affairs"): after the first word of a portfolio, a
 * capitalized word not among them starts the holder's name. */
static const char *const portfolio_words[] = {
  "affairs", "foreign", "migrant", "migrants", "emigration", "emigrants", "safety", "workers", "expatriates", "expatriate", "external", "internal", "home", "interior", "defence", "defense", "finance",
  "finances", "economy", "economic", "economics", "trade", "industry", "industries", "investment",
  "investments", "commerce", "development", "regional", "rural", "urban", "health", "education", "science",
  "sciences", "technology", "technologies", "culture", "cultural", "tourism", "sport", "sports", "youth",
  "labour", "labor", "employment", "social", "welfare", "justice", "energy", "mining", "mines", "oil",
  "petroleum", "gas", "water", "resources", "resource", "natural", "mineral", "environment", "environmental", "climate",
  "agriculture", "agricultural", "fisheries", "food", "transport", "transportation", "infrastructure",
  "communications", "communication", "information", "digital", "state", "emergency", "emergencies",
  "situations", "planning", "public", "works", "housing", "security", "national", "territorial",
  "administration", "overseas", "european", "integration", "relations", "international", "cooperation",
  "diaspora", "heritage", "arts", "women", "family", "families", "children", "veterans", "religious",
  "endowments", "electricity", "telecommunications", "aviation", "maritime", "ports", "railways", "roads",
  "budget", "treasury", "revenue", "customs", "population", "migration", "refugees", "reconstruction",
  "human", "rights", "gender", "equality", "local", "government", "municipal", "land", "lands", "forestry",
  "forests", "livestock", "irrigation", "sanitation", "statistics", "innovation", "research", "higher", "vocational",
  "training", "enterprise", "enterprises", "small", "medium", "smes", "sme", "business", "competition", "consumer",
  "protection", "civil", "service", "services", "parliamentary", "legal", "constitutional", "armed",
  "forces", "military", "police", "federal", "affair", "development", "foreign", "cabinet", "general",
  "commonwealth", "africa", "asia", "pacific", "middle", "east", "americas", "europe", "co-operation",
  "media", "broadcasting", "press", "ecology", "ecological", "nature", "wildlife", "solidarity",
  "marine", "ocean", "oceans", "aquaculture", "mobility", "hydrocarbons", "minerals",
  "humanitarian", "aid", "disaster", "disasters", "management", "reform", "reforms", "modernization",
  "modernisation", "entrepreneurship", "industrial", "policy", "policies", "strategic", "strategy",
  "affairs", "immigration", "citizenship", "borders", "border", "intelligence", "veteran", "overseas",
  "territories", "territory", "regions", "unification", "reunification", "expatriates", "emigrants",
  "nationals", "abroad", "worship", "awqaf", "hajj", "islamic", "sciences", "culture",
  /* ("Minister of Environment and Climate Change Marina Silva") */
  "change", "transition", "sustainability", "sustainable", "green", "ocean", "oceans", "marine",
  /* ("Minister of Commerce, Industry and Investment Promotion") */
  "promotion",
  /* ("Minister of Humanitarian Action, Mahamat Saleh Abakar") */
  "action", NULL
};

/* Words that start a body's own name before an organization's ("Supreme
 * State Council", "High Council"). */
static const char *const org_modifiers[] = {
  "supreme", "high", "higher", "grand", "federal", "joint", "andean", "nordic", "caribbean", "central",
  "inter", "pan", NULL
};

/* Particles of personal names. */
static const char *const particles[] = {
  "al", "el", "bin", "ibn", "bint", "von", "van", "der", "den", "de", "da", "do", "dos", "das", "du",
  "la", "le", "ould", "abu", "ben", "di", "del", "zu", "ter",
  "oglu", "ogly", "oghlu", "qizi", "kyzy", "uulu",   /* patronymics: "Ilham Heydar oglu Aliyev" */
  NULL
};

/* Function words, capitalized only in Title Case headlines. */
static const char *const function_words[] = {
  "in", "to", "for", "of", "on", "at", "with", "a", "an", "the", "and", "as", "from", "by", "is", "are", NULL
  };

/* Verbs of appointment: "re-elected as the organization's chief". */
static const char *const appoint[] = { "elected", "re elected", "reelected", "appointed", "named", "serves", "served", "serving", "confirmed", "installed", "sworn", "chosen", "reappointed", "nominated", "acting", NULL };

/* Every word list of this module, so membership is one lookup.  A list's
 * bit is 1 << its index here. */
enum {
  LIST_org_heads,
  LIST_place_heads,
  LIST_thing_heads,
  LIST_connectors,
  LIST_speech,
  LIST_title_mods,
  LIST_desc_heads,
  LIST_lower_not_titles,
  LIST_particles,
  LIST_function_words,
  LIST_appoint,
  LIST_portfolio_words,
  LIST_org_modifiers,
  LIST_region_heads,
  LIST_collective_owners,
  LIST_headline_verbs,
  LIST_meeting_in,
  LIST_bloc_heads,
  LIST_town_prefixes,
  LIST_venue_heads,
  LIST_study_heads,
  LIST_outlet_joiners,
  LIST_building_heads,
  LIST_meeting_owners,
  LIST_owned_meeting_heads,
  LIST_travel_to,
  LIST_ordinal_words,
  N_LISTS
};
static const char *const *const word_lists[N_LISTS] = {
  [LIST_org_heads] = org_heads,
  [LIST_place_heads] = place_heads,
  [LIST_thing_heads] = thing_heads,
  [LIST_connectors] = connectors,
  [LIST_speech] = speech,
  [LIST_title_mods] = title_mods,
  [LIST_desc_heads] = desc_heads,
  [LIST_lower_not_titles] = lower_not_titles,
  [LIST_particles] = particles,
  [LIST_function_words] = function_words,
  [LIST_appoint] = appoint,
  [LIST_portfolio_words] = portfolio_words,
  [LIST_org_modifiers] = org_modifiers,
  [LIST_region_heads] = region_heads,
  [LIST_collective_owners] = collective_owners,
  [LIST_headline_verbs] = headline_verbs,
  [LIST_meeting_in] = meeting_in,
  [LIST_bloc_heads] = bloc_heads,
  [LIST_town_prefixes] = town_prefixes,
  [LIST_venue_heads] = venue_heads,
  [LIST_study_heads] = study_heads,
  [LIST_outlet_joiners] = outlet_joiners,
  [LIST_building_heads] = building_heads,
  [LIST_meeting_owners] = meeting_owners,
  [LIST_owned_meeting_heads] = owned_meeting_heads,
  [LIST_travel_to] = travel_to,
  [LIST_ordinal_words] = ordinal_words,
};

/* The table of word_lists, built once and shared by every thread. */
static const NgWordLists *
lists_table (void)
{
  static const NgWordLists *table;
  return ng_word_lists_shared (&table, word_lists, G_N_ELEMENTS (word_lists));
}

/* The list bits of a word (0: in none). */
static guint64
word_bits (const char *key)
{
  return ng_word_lists_bits (lists_table (), key);
}

/* The bit of a list of word_lists, by its name: LIST_BIT (org_heads). */
#define LIST_BIT(list) NG_WORD_LIST_BIT (LIST_##list)

/* TRUE if token i of the current sentence is in one of the lists of bits. */
static inline gboolean
tok_in_bits (NgMentionScanner *sc, guint i, guint64 bits)
{
  return (g_array_index (sc->bits, guint64, i - sc->base) & bits) != 0;
}

/* TRUE if token i of the current sentence is in list (a name of word_lists). */
#define tok_in(sc, i, list) tok_in_bits ((sc), (i), LIST_BIT (list))

/* TRUE if key is in list (a name of word_lists). */
#define in_list(key, list) ((word_bits (key) & LIST_BIT (list)) != 0)

NgMentionScanner *
ng_mention_scanner_new (const NgLexicon *lex)
{
  NgMentionScanner *sc = g_new0 (NgMentionScanner, 1);
  sc->lex = lex;
  sc->keys = g_string_sized_new (1024);
  sc->key_at = g_array_new (FALSE, FALSE, sizeof (guint32));
  sc->bits = g_array_new (FALSE, FALSE, sizeof (guint64));
  sc->hit_len = g_array_new (FALSE, FALSE, sizeof (guint));
  sc->hit = g_ptr_array_new ();
  sc->phrase = g_string_sized_new (128);
  sc->words = g_hash_table_new_full (ng_str_hash, g_str_equal, NULL, g_free);
  sc->info = g_ptr_array_new ();
  sc->acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return sc;
}

void
ng_mention_scanner_free (NgMentionScanner *sc)
{
  if (!sc)
    return;
  g_string_free (sc->keys, TRUE);
  g_array_unref (sc->key_at);
  g_array_unref (sc->bits);
  g_array_unref (sc->hit_len);
  g_ptr_array_unref (sc->hit);
  g_string_free (sc->phrase, TRUE);
  g_hash_table_destroy (sc->words);
  g_ptr_array_unref (sc->info);
  g_hash_table_destroy (sc->acronyms);
  g_free (sc);
}

void
ng_mention_clear (GArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    g_free (g_array_index (mentions, NgMentionSpan, i).name);
  g_array_set_size (mentions, 0);
}

const char *
ng_mention_token_key (NgMentionScanner *sc, guint i)
{
  if (i < sc->base || i >= sc->base + sc->n)
    return "";
  return sc->keys->str + g_array_index (sc->key_at, guint32, i - sc->base);
}

void
ng_mention_scanner_set_lists (NgMentionScanner *sc, const NgWordLists *lists)
{
  sc->user_lists = lists;
  /* Words met before know nothing of these lists. */
  g_hash_table_remove_all (sc->words);
}

guint64
ng_mention_token_bits (NgMentionScanner *sc, guint i)
{
  if (i < sc->base || i >= sc->base + sc->n)
    return 0;
  const WordInfo *w = g_ptr_array_index (sc->info, i - sc->base);
  return w ? w->user_bits : 0;
}

/* What the scanner knows of a folded word (not empty), from its table. */
static const WordInfo *
word_info (NgMentionScanner *sc, const char *k)
{
  WordInfo *w = g_hash_table_lookup (sc->words, k);
  if (!w)
    {
      gsize n = strlen (k);
      w = g_malloc (sizeof (WordInfo) + n + 1);
      memcpy (w->word, k, n + 1);
      w->bits = word_bits (k);
      w->user_bits = sc->user_lists ? ng_word_lists_bits (sc->user_lists, k) : 0;
      w->hits = ng_lexicon_lookup (sc->lex, k);
      w->starts_phrase = ng_lexicon_starts_phrase (sc->lex, k);
      g_hash_table_insert (sc->words, w->word, w);
    }
  return w;
}

/* Token i. */
static inline const NgToken *
tok (const NgText *t, guint i)
{
  return &g_array_index (t->tokens, NgToken, i);
}

/* Key of token i (absolute index). */
static inline const char *
key (NgMentionScanner *sc, guint i)
{
  return sc->keys->str + g_array_index (sc->key_at, guint32, i - sc->base);
}

/* TRUE if token i is a capitalized word. */
static inline gboolean
is_cap (const NgText *t, guint i)
{
  const NgToken *k = tok (t, i);
  return k->kind == NG_TOK_WORD && (k->flags & (NG_TF_CAP | NG_TF_ALLCAPS));
}

/* TRUE if token i says "son of" or "daughter of" in an Arabic name:
 * "bin", "bint", "ibn". */
static gboolean
son_of (NgMentionScanner *sc, guint i)
{
  const char *k = key (sc, i);
  return !ng_strcmp (k, "bin") || !ng_strcmp (k, "bint") || !ng_strcmp (k, "ibn");
}

/* Hit and length at token i (length 0 = none). */
static inline guint
hit_at (NgMentionScanner *sc, guint i, const NgLexHit **h)
{
  guint l = g_array_index (sc->hit_len, guint, i - sc->base);
  *h = l ? g_ptr_array_index (sc->hit, i - sc->base) : NULL;
  return l;
}

/* TRUE if a word of tokens [from, to) is in lower case and no small
 * joining word of a name ("of", "de", "from"). */
static gboolean
lower_word_in (NgMentionScanner *sc, const NgText *t, guint from, guint to)
{
  for (guint q = from; q < to; q++)
    if (tok (t, q)->kind == NG_TOK_WORD && !(tok (t, q)->flags & (NG_TF_CAP | NG_TF_ALLCAPS))
        && !in_list (key (sc, q), connectors) && !in_list (key (sc, q), outlet_joiners))
      return TRUE;
  return FALSE;
}

/* The last given name among hits, or NULL. */
static const NgLexHit *
given_hit (const GArray *hits)
{
  const NgLexHit *g = NULL;
  for (guint h = 0; hits && h < hits->len; h++)
    if (g_array_index (hits, NgLexHit, h).entry->cls == NG_LEX_GIVEN)
      g = &g_array_index (hits, NgLexHit, h);
  return g;
}

/* What word i of the sentence (token a, of n), a one-word name of an
 * organization (pick, among hits), is when it stands in a person's name:
 * - "State Secretary Petra Zorman Vidic": the given name, before a
 *   capitalized word no lexicon knows (Jordan's agency Petra);
 * - "Therese Kayikwamba Wagner": a surname (NULL: a word of the name),
 *   ending a name after a given name and a word no lexicon knows but as a
 *   given name (the Wagner Group's "Wagner"; not "the Lithuanian
 *   Christian Democrats");
 * - "her Botswana counterpart Duma Boko": a word of the name after
 *   "counterpart", before a word no lexicon knows;
 * else pick. */
static const NgLexHit *
org_word_of_name (NgMentionScanner *sc, const NgText *t, const GArray *hits, const NgLexHit *pick, guint i, guint a,
                  guint n)
{
  gboolean next_cap = i + 1 < n && tok (t, a + 1)->kind == NG_TOK_WORD && (tok (t, a + 1)->flags & NG_TF_CAP);
  gboolean next_name = next_cap && !(tok (t, a + 1)->flags & NG_TF_ALLCAPS);
  const WordInfo *wn = i + 1 < n ? g_ptr_array_index (sc->info, i + 1) : NULL;
  if (next_name && !(tok (t, a)->flags & NG_TF_POSS) && wn && !wn->hits)
    {
      const NgLexHit *g = given_hit (hits);
      if (g)
        return g;
    }
  if (i > 0 && !next_cap && tok (t, a - 1)->kind == NG_TOK_WORD && (tok (t, a - 1)->flags & NG_TF_CAP)
      && !(tok (t, a - 1)->flags & (NG_TF_ALLCAPS | NG_TF_POSS)))
    {
      const WordInfo *wp = g_ptr_array_index (sc->info, i - 1);
      gboolean name_before = !wp || !wp->hits || (wp->hits->len == 1 && given_hit (wp->hits));
      const WordInfo *wg = i >= 2 ? g_ptr_array_index (sc->info, i - 2) : NULL;
      if (name_before && wg && given_hit (wg->hits) && tok (t, a - 2)->kind == NG_TOK_WORD
          && (tok (t, a - 2)->flags & NG_TF_CAP))
        return NULL;
    }
  if (i > 0 && next_name && !ng_strcmp (key (sc, a - 1), "counterpart") && (!wn || !wn->hits))
    return NULL;
  return pick;
}

/* TRUE if entry is an organization named in capitals ("GUAM") and token k
 * is written otherwise ("Guam", the island): another entry of the word
 * is then the better one. */
static gboolean
caps_name_unlike (const NgLexEntry *e, const NgText *t, const NgToken *k)
{
  if ((e->cls != NG_LEX_ORG && e->cls != NG_LEX_AGENCY) || !e->pref || (k->flags & NG_TF_ALLCAPS))
    return FALSE;
  gsize n = strlen (e->pref);
  if (n < 2 || n != ng_token_len (k))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isupper (e->pref[i]))
      return FALSE;
  return strncmp (e->pref, t->text + k->start, n) != 0;
}

/* TRUE if token j of the sentence [first, first + n) is written as a
 * name's last word: capitalized, a word no lexicon lists but as a given
 * name, no head of a place's, body's or thing's name ("Valley"; "Tech" is
 * rare enough), before no other capitalized word. */
static gboolean
surname_like (NgMentionScanner *sc, const NgText *t, guint first, guint j, guint n)
{
  guint a = first + j;
  const NgToken *k = tok (t, a);
  if (k->kind != NG_TOK_WORD || !(k->flags & NG_TF_CAP) || (k->flags & NG_TF_ALLCAPS)
      || ng_token_len (k) < 2)
    return FALSE;
  const WordInfo *wi = g_ptr_array_index (sc->info, j);
  if (!wi)
    return FALSE;
  /* (a given name may be a surname too: "Chad Thomas") */
  for (guint h = 0; wi->hits && h < wi->hits->len; h++)
    if (g_array_index (wi->hits, NgLexHit, h).entry->cls != NG_LEX_GIVEN)
      return FALSE;
  /* (and the name ends there: "Jordan Peterson said"; not "Minister of
   * Finance of Georgia Lasha Khutsishvili", "the Peterson Institute", a
   * headline's "Sofia Keeps Its Distance") */
  if (j + 1 < n && is_cap (t, a + 1))
    return FALSE;
  if (tok_in (sc, a, place_heads) || tok_in (sc, a, org_heads) || tok_in (sc, a, thing_heads)
      || tok_in (sc, a, venue_heads) || tok_in (sc, a, building_heads) || tok_in (sc, a, region_heads))
    return FALSE;
  /* ("the Jordan Times", "Georgia's Hartley") */
  if (tok (t, a - 1)->flags & NG_TF_POSS)
    return FALSE;
  if (j >= 2 && !ng_strcmp (key (sc, a - 2), "the"))
    return FALSE;
  return TRUE;
}

/* Finds the longest lexicon phrase starting at each token. */
static void
tag_tokens (NgMentionScanner *sc, const NgText *t, guint first, guint n)
{
  guint maxw = ng_lexicon_max_words (sc->lex);
  if (maxw > 8)
    maxw = 8;
  g_array_set_size (sc->hit_len, n);
  g_ptr_array_set_size (sc->hit, n);
  for (guint i = 0; i < n; i++)
    {
      g_array_index (sc->hit_len, guint, i) = 0;
      g_ptr_array_index (sc->hit, i) = NULL;
      guint a = first + i;
      const NgToken *k = tok (t, a);
      if (k->kind != NG_TOK_WORD)
        continue;
      gboolean cap = (k->flags & (NG_TF_CAP | NG_TF_ALLCAPS)) != 0;
      const char *k0 = key (sc, a);
      if (!*k0)
        continue;
      const WordInfo *wi = g_ptr_array_index (sc->info, i);
      guint limit = wi->starts_phrase ? maxw : 1;
      /* One word is looked up as it is; longer phrases are built in phrase. */
      if (limit > 1)
        g_string_assign (sc->phrase, k0);
      guint best_len = 0;
      const NgLexHit *best = NULL;
      gboolean comma = FALSE;
      for (guint L = 1; L <= limit && i + L <= n; L++)
        {
          if (L > 1)
            {
              /* No label goes on from the words so far: no longer phrase has hits. */
              if (L > 2 && !ng_lexicon_continues_phrase (sc->lex, sc->phrase->str))
                break;
              const NgToken *kl = tok (t, a + L - 1);
              /* (a comma inside a label: "Foreign, Commonwealth and
               * Development Office"; the phrase goes on without it) */
              if (kl->kind == NG_TOK_PUNCT && t->text[kl->start] == ',' && L < limit && i + L < n
                  && tok (t, a + L)->kind == NG_TOK_WORD && ng_lexicon_continues_phrase (sc->lex, sc->phrase->str))
                {
                  comma = TRUE;
                  continue;
                }
              if (kl->kind != NG_TOK_WORD && kl->kind != NG_TOK_NUMBER)
                {
                  /* Allow "-" and "&" inside phrases only as part of words. */
                  break;
                }
              g_string_append_c (sc->phrase, ' ');
              if (kl->kind == NG_TOK_NUMBER)
                g_string_append_len (sc->phrase, t->text + kl->start, ng_token_len (kl));
              else
                g_string_append (sc->phrase, key (sc, a + L - 1));
            }
          const GArray *hits = L > 1 ? ng_lexicon_lookup (sc->lex, sc->phrase->str) : wi->hits;
          if (!hits)
            continue;
          /* Pick the best class for this phrase. */
          const NgLexHit *pick = NULL;
          for (guint h = 0; h < hits->len; h++)
            {
              const NgLexHit *x = &g_array_index (hits, NgLexHit, h);
              if (!cap && x->entry->cls != NG_LEX_TITLE)
                continue;
              /* (the lexicon's people are known by their names' words, as
               * anyone's: people.ttl only tells whose posts they hold) */
              if (x->entry->cls == NG_LEX_PERSON)
                continue;
              /* (an outlet's name has its words capitalized: "The
               * Statesman", "Daily News"; not "The statesman said", "Daily
               * news reports") */
              if (x->entry->cls == NG_LEX_AGENCY && lower_word_in (sc, t, a + 1, a + L))
                continue;
              if (!cap && L == 1 && (wi->bits & LIST_BIT (lower_not_titles)))
                continue;
              /* An all-lowercase single word that is also a title: fine.  A
               * capitalized phrase: prefer named things over given names and stopwords. */
              if (!pick)
                pick = x;
              else
                {
                  static const int rank[NG_LEX_N + 1] = {
                    [NG_LEX_ORG] = 9, [NG_LEX_AGENCY] = 9, [NG_LEX_COUNTRY] = 8, [NG_LEX_CITY] = 7,
                    [NG_LEX_PLACE] = 6, [NG_LEX_TITLE] = 5, [NG_LEX_PERSON] = 5, [NG_LEX_HONORIFIC] = 4,
                    [NG_LEX_GIVEN] = 3, [NG_LEX_STOP] = 1
                  };
                  int rp = rank[pick->entry->cls] + (pick->how == NG_LEXHIT_LABEL ? 0 : -1)
                           - (L == 1 && caps_name_unlike (pick->entry, t, k) ? 5 : 0);
                  int rx = rank[x->entry->cls] + (x->how == NG_LEXHIT_LABEL ? 0 : -1)
                           - (L == 1 && caps_name_unlike (x->entry, t, k) ? 5 : 0);
                  if (rx > rp)
                    pick = x;
                }
            }
          /* A one-word place's short form ("Mo.", "Calif.") only with its
           * dot: not "Mo Farah" ("Gaza" for "Gaza Strip" is no short form) */
          if (pick && L == 1 && pick->entry->cls == NG_LEX_PLACE && ng_token_len (k) <= 5
              && !(k->flags & NG_TF_ALLCAPS) && t->text[k->end - 1] != '.'
              && !(k->end < t->len && t->text[k->end] == '.') && pick->entry->pref
              && !strchr (pick->entry->pref, ' '))
            {
              char *pk = ng_fold_plain (pick->entry->pref);
              if (ng_strcmp (pk, k0) != 0)
                pick = NULL;
              g_free (pk);
            }
          /* A place's name that is also a given name, before a word no
           * lexicon knows, written as a name's: the given name ("Georgia
           * Hartley", "Chad Hughes", "Virginia Raggi"; not "Jordan Valley",
           * "Georgia Tech", "Chad Foreign Minister X") */
          if (pick && L == 1 && cap && i + 1 < n
              && (pick->entry->cls == NG_LEX_COUNTRY || pick->entry->cls == NG_LEX_CITY
                  || pick->entry->cls == NG_LEX_PLACE))
            {
              const NgLexHit *given = NULL;
              for (guint h = 0; h < hits->len && !given; h++)
                if (g_array_index (hits, NgLexHit, h).entry->cls == NG_LEX_GIVEN)
                  given = &g_array_index (hits, NgLexHit, h);
              if (given && surname_like (sc, t, first, i + 1, n))
                pick = given;
            }
          /* (over a comma, only an organization's name: not "Minister of
           * State, Minister of Energy", two titles) */
          if (pick && comma && pick->entry->cls != NG_LEX_ORG && pick->entry->cls != NG_LEX_AGENCY)
            pick = NULL;
          /* A one-word name of an organization inside a person's name */
          if (pick && L == 1 && (pick->entry->cls == NG_LEX_ORG || pick->entry->cls == NG_LEX_AGENCY)
              && !(k->flags & NG_TF_ALLCAPS))
            pick = org_word_of_name (sc, t, hits, pick, i, a, n);
          /* "Kim Jong Un": a short acronym ("UN", "EU", "AU") only in
           * capitals, or as its notation is written ("UfM") */
          gboolean lower = FALSE;
          for (guint q = k->start; q < k->end && !lower; q++)
            lower = g_ascii_islower (t->text[q]);
          if (pick && L == 1 && ng_token_len (k) <= 3 && lower && pick->how == NG_LEXHIT_LABEL
              && pick->entry->notation && strlen (pick->entry->notation) == ng_token_len (k)
              && !g_ascii_strncasecmp (pick->entry->notation, t->text + k->start, ng_token_len (k))
              /* (but "UfM" as the acronym is written) */
              && strncmp (pick->entry->notation, t->text + k->start, ng_token_len (k)))
            pick = NULL;
          if (pick && L == 1 && (pick->entry->cls == NG_LEX_TITLE || pick->entry->cls == NG_LEX_HONORIFIC)
              && ng_token_len (k) <= 4 && t->text[k->end - 1] != '.' && pick->entry->pref
              && !(ng_token_len (k) >= 2 && (k->flags & NG_TF_ALLCAPS)))
            {
              /* "Sen" is "Sen." (Senator) only with its dot; "PM" is an
               * acronym as it is. */
              /* (a short form is its letters in the full one's order,
               * from its first: not "Amir" for "Emir", "Dato" for "Datuk") */
              char *pk = ng_fold_plain (pick->entry->pref);
              gboolean other_form = ng_strcmp (pk, k0) != 0;
              gboolean abbrev = other_form && pk[0] == k0[0];
              for (const char *a = k0, *b = pk; abbrev && *a; a++)
                {
                  while (*b && *b != *a)
                    b++;
                  abbrev = *b != '\0';
                  if (*b)
                    b++;
                }
              g_free (pk);
              /* (and a form that is also a given name is the name's but
               * after "the" or a possessive, or before "of" or an
               * honorific: "Amir Ohana", not "the Amir of Qatar",
               * "Kuwait's Amir Sheikh Meshal") */
              gboolean given = FALSE;
              for (guint h = 0; h < hits->len && !given; h++)
                given = g_array_index (hits, NgLexHit, h).entry->cls == NG_LEX_GIVEN;
              if (given && other_form)
                given = !(a > first && (!ng_strcmp (key (sc, a - 1), "the") || (tok (t, a - 1)->flags & NG_TF_POSS)))
                        && !(i + 1 < n && (!ng_strcmp (key (sc, a + 1), "of")
                                           || ng_lexicon_find (sc->lex, key (sc, a + 1), NG_LEX_HONORIFIC)));
              /* (but the short forms that are no word nor name, which
               * British style writes without a dot: "Cllr Jane Hunter",
               * "Supt", "Sgt") */
              static const char *const dotless[] = { "cllr", "coun", "supt", "sgt", "cdre", "insp", "cpl", NULL };
              if (abbrev && g_strv_contains (dotless, k0))
                abbrev = FALSE;
              if (abbrev || (given && other_form))
                pick = NULL;
            }
          if (pick)
            {
              best = pick;
              best_len = L;
            }
        }
      /* (a title's word after "bin" is the father's name: "Mohammed bin
       * Zayed bin Sultan Al Nahyan") */
      if (best && best_len == 1 && best->entry->cls == NG_LEX_TITLE && i > 0 && son_of (sc, a - 1))
        best = NULL;
      /* A province's name and its head word are one name: "the Mangystau
       * region", "the South Moravian Region", "Zamfara State" (not
       * "Michigan State", a university) */
      if (best && best->entry->cls == NG_LEX_PLACE && best->how == NG_LEXHIT_LABEL && i + best_len < n
          && !g_strcmp0 (best->entry->kind, "province") && tok_in (sc, a + best_len, region_heads)
          && !(best->entry->country && !ng_strcmp (key (sc, a + best_len), "state")
               && !g_strcmp0 (best->entry->country->pref, "United States"))
          /* (not "the Pará state capital", a city) */
          && !(i + best_len + 1 < n && !ng_strcmp (key (sc, a + best_len + 1), "capital")))
        best_len++;
      /* ... but a place named for it is another: "the Ruvuma River", "the
       * Mtwara Development Corridor" */
      else if (best && best->entry->cls == NG_LEX_PLACE && !g_strcmp0 (best->entry->kind, "province"))
        {
          guint q = i + best_len;
          while (q < n && q < i + best_len + 3 && is_cap (t, first + q) && !tok_in (sc, first + q, place_heads)
                 && g_ptr_array_index (sc->info, q) && !((const WordInfo *) g_ptr_array_index (sc->info, q))->hits)
            q++;
          if (q < n && is_cap (t, first + q) && tok_in (sc, first + q, place_heads)
              && !tok_in (sc, first + q, region_heads))
            best = NULL;
        }
      if (best)
        {
          g_array_index (sc->hit_len, guint, i) = best_len;
          g_ptr_array_index (sc->hit, i) = (gpointer) best;
        }
    }
}

/* A mention of tokens [first, last), linked to nothing. */
static NgMentionSpan
span_of (NgMentionRole role, NgKind kind, const NgText *t, guint first, guint last, const NgLexEntry *lex, char *name)
{
  NgMentionSpan m = { 0 };
  m.role = role;
  m.kind = kind;
  m.first = first;
  m.last = last;
  m.start = tok (t, first)->start;
  m.end = tok (t, last - 1)->end;
  m.lex = lex;
  m.name = name;
  m.title = m.of = m.parent = m.partner = -1;
  m.possessive = (tok (t, last - 1)->flags & NG_TF_POSS) != 0;
  return m;
}

/* Appends a mention and returns its index. */
static gint
add (GArray *out, NgMentionRole role, NgKind kind, const NgText *t, guint first, guint last,
     const NgLexEntry *lex, char *name)
{
  NgMentionSpan m = span_of (role, kind, t, first, last, lex, name);
  g_array_append_val (out, m);
  return (gint) out->len - 1;
}

/* TRUE if a title's lexicon entry is that of a head of state or
 * government, whose office is a body ("the Office of the President"). */
static gboolean
heads_state (const NgLexEntry *e)
{
  return e && e->kind && (!ng_strcmp (e->kind, "head-of-state") || !ng_strcmp (e->kind, "head-of-government"));
}

/* Removes the last mention of out (its name freed); returns its first token. */
static guint
drop_last (GArray *out)
{
  NgMentionSpan *x = &g_array_index (out, NgMentionSpan, out->len - 1);
  guint f = x->first;
  g_free (x->name);
  g_array_set_size (out, out->len - 1);
  return f;
}

/* TRUE if the last mention of out (after from) is a royal title of one
 * capitalized word right before token a: "King" of "King Abdulaziz
 * University", "Queen" of "Queen Alia International Airport". */
static const char *const royal_words[] = { "king", "queen", "prince", "princess", "sultan", "sheikh", "emir", NULL };

static gboolean
royal_title_before (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint a)
{
  if (out->len <= from)
    return FALSE;
  const NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
  if (pv->role != NG_MS_TITLE || pv->last != a || pv->first + 1 != a || !is_cap (t, pv->first))
    return FALSE;
  return g_strv_contains (royal_words, key (sc, pv->first));
}

/* The text of tokens [first, last), as written. */
static char *
surface (const NgText *t, guint first, guint last)
{
  guint32 s = tok (t, first)->start, e = tok (t, last - 1)->end;
  return g_strndup (t->text + s, e - s);
}

/* Removes mentions [a, b) of out, moving the indices that point past them;
 * those that pointed into them point to into, a mention before a that took
 * them in, or are dropped (into -1). */
static void
drop_range (GArray *out, guint from, guint a, guint b, gint into)
{
  for (guint m = a; m < b; m++)
    g_free (g_array_index (out, NgMentionSpan, m).name);
  g_array_remove_range (out, a, b - a);
  gint n = (gint) (b - a);
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      gint *ix[] = { &x->title, &x->of, &x->parent, &x->partner };
      for (guint q = 0; q < G_N_ELEMENTS (ix); q++)
        if (*ix[q] >= (gint) b)
          *ix[q] -= n;
        else if (*ix[q] >= (gint) a)
          *ix[q] = into;
    }
}

/* Mention m takes in the mention after it: its words, its end, its
 * possessive and what pointed to it. */
static void
absorb_next (const NgText *t, GArray *out, guint from, guint m)
{
  NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
  const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
  g_free (x->name);
  x->name = surface (t, x->first, y->last);
  x->last = y->last;
  x->end = y->end;
  x->possessive = y->possessive;
  drop_range (out, from, m + 1, m + 2, (gint) m);
}

/* "the Governor of the BEAC, Yvon Sana Bangui,": a first name (a given
 * name, or a word the lexicon does not know) in apposition after a title,
 * then single capitalized words the lexicon knows as something else (an
 * agency "SANA", a city "Bangui"), up to the comma or the stop, is one
 * person's name. */
static void
name_over_lexicon (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first, guint end)
{
  for (guint m = from + 1; m + 1 < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      /* (or right after the title: "BEAC Governor Yvon Sana Bangui said") */
      const NgMentionSpan *before = &g_array_index (out, NgMentionSpan, m - 1);
      gboolean after_title = before->role == NG_MS_TITLE && before->last == y->first;
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->last != y->first + 1 || y->first < first + 2
          || (!after_title
              && (tok (t, y->first - 1)->kind != NG_TOK_PUNCT || t->text[tok (t, y->first - 1)->start] != ',')))
        continue;
      const NgLexHit *h;
      if (hit_at (sc, y->first, &h) && h->entry->cls != NG_LEX_GIVEN)
        continue;
      /* (a title before the comma, its body or acronym after it at most) */
      gboolean titled = after_title;
      for (guint q = from; q < m && !titled; q++)
        {
          const NgMentionSpan *x = &g_array_index (out, NgMentionSpan, q);
          titled = x->role == NG_MS_TITLE && x->last + 14 >= y->first - 1 && x->last <= y->first - 1;
        }
      if (!titled)
        continue;
      guint n = m + 1, last = y->last;
      while (n < out->len)
        {
          const NgMentionSpan *z = &g_array_index (out, NgMentionSpan, n);
          if (z->first != last || z->last != z->first + 1 || z->role != NG_MS_ENTITY || z->kind == NG_KIND_COUNTRY
              || z->kind == NG_KIND_PERSON || !is_cap (t, z->first))
            break;
          last = z->last;
          n++;
        }
      /* (up to the comma or the stop; after the title, or a verb) */
      gboolean closed = last < end
                        && ((tok (t, last)->kind == NG_TOK_PUNCT && strchr (",.;", t->text[tok (t, last)->start]))
                            || (after_title && tok (t, last)->kind == NG_TOK_WORD && !is_cap (t, last)
                                && ng_strcmp (key (sc, last), "of") && ng_strcmp (key (sc, last), "and")));
      if (n == m + 1 || n - m > 3 || !closed)
        continue;
      g_free (y->name);
      y->name = surface (t, y->first, last);
      y->last = last;
      y->end = tok (t, last - 1)->end;
      y->strong = TRUE;
      y->lex = NULL;
      drop_range (out, from, m + 1, n, (gint) m);
    }
}

/* "the Vice-President of the Council, Rógvi Dahl": a name in apposition
 * after a title and the body it is of, which no lexicon knows as one, is
 * that title's person. */
static void
title_of_body_apposition (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  for (guint m = from + 1; m < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->strong || y->title >= 0 || y->lex
          || y->last < y->first + 2 || y->first < first + 4 || tok (t, y->first - 1)->kind != NG_TOK_PUNCT
          || t->text[tok (t, y->first - 1)->start] != ',')
        continue;
      /* (back over "of", "the" and capitalized words from the comma to
       * the nearest mention that ends there, which must be a title after
       * an "of" was passed) */
      guint b = y->first - 1;
      gboolean of = FALSE;
      gint q = (gint) m - 1;
      while (b > first && b + 8 > y->first && tok (t, b - 1)->kind == NG_TOK_WORD
             && (is_cap (t, b - 1) || !ng_strcmp (key (sc, b - 1), "of") || !ng_strcmp (key (sc, b - 1), "the")))
        {
          of = of || !ng_strcmp (key (sc, b - 1), "of");
          b--;
          while (q >= (gint) from && g_array_index (out, NgMentionSpan, q).last > b)
            q--;
          if (q >= (gint) from && of && g_array_index (out, NgMentionSpan, q).role == NG_MS_TITLE
              && g_array_index (out, NgMentionSpan, q).last == b)
            {
              y->title = q;
              y->strong = TRUE;
              break;
            }
        }
    }
}

/* "Maria Angela Holguin of Colombia": a person named by given names only,
 * then one capitalized word the lexicon knows as a city or place (the
 * Cuban city "Holguin"), ending the name, is one person's name: given
 * names alone are no whole name, and a town does not follow them. */
static void
given_names_then_place (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint end)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *z = &g_array_index (out, NgMentionSpan, m + 1);
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->possessive || z->role != NG_MS_ENTITY
          || (z->kind != NG_KIND_CITY && z->kind != NG_KIND_PLACE) || z->first != y->last
          || z->last != z->first + 1 || !is_cap (t, z->first) || (z->last < end && is_cap (t, z->last)))
        continue;
      gboolean given = TRUE;
      for (guint q = y->first; q < y->last && given; q++)
        {
          const NgLexHit *h;
          given = hit_at (sc, q, &h) && h->entry->cls == NG_LEX_GIVEN;
        }
      if (!given)
        continue;
      absorb_next (t, out, from, m);
      g_array_index (out, NgMentionSpan, m).lex = NULL;
    }
}

/* "Frankfurt an der Oder", "Slavkov u Brna", "Brdo pri Kranju": a town,
 * the small words of towns' names and a capitalized word are one town
 * (a town known alone, or a name opening the sentence: a dateline). */
static void
join_town_particles (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  static const char *const particles[] = {
    "pri", "u", "nad", "pod", "na", "an der", "am", "im", "bei", "ob der", "sur", "sous", "upon", NULL
  };
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || y->role != NG_MS_ENTITY || x->possessive
          || !(x->kind == NG_KIND_CITY
               || (x->kind == NG_KIND_PERSON && x->title < 0 && !x->strong
                   && (x->first == first
                       || (x->first > first && (!ng_strcmp (key (sc, x->first - 1), "in") || !ng_strcmp (key (sc, x->first - 1), "at")
                                                || !ng_strcmp (key (sc, x->first - 1), "near")
                                                || !ng_strcmp (key (sc, x->first - 1), "to")
                                                || !ng_strcmp (key (sc, x->first - 1), "from"))))))
          || !((y->kind == NG_KIND_PERSON && !y->strong) || ((y->kind == NG_KIND_CITY || y->kind == NG_KIND_PLACE) && !y->lex))
          || y->title >= 0 || y->last - y->first > 2 || y->first <= x->last || y->first > x->last + 2)
        continue;
      /* (the words between: one particle, or "an der") */
      gboolean small = TRUE;
      for (guint i = x->last; i < y->first && small; i++)
        small = tok (t, i)->kind == NG_TOK_WORD && !is_cap (t, i);
      if (!small)
        continue;
      g_autofree char *between = g_strndup (t->text + tok (t, x->last)->start,
                                            tok (t, y->first - 1)->end - tok (t, x->last)->start);
      if (!g_strv_contains (particles, between))
        continue;
      absorb_next (t, out, from, m);
      x = &g_array_index (out, NgMentionSpan, m);
      x->kind = NG_KIND_CITY;
      x->lex = NULL;
      x->strong = FALSE;
    }
}

/* TRUE if the acronym at token a spells the initials of the countries
 * listed just before it, the last ending the mentions: "Bangladesh,
 * Bhutan, India and Nepal (BBIN)" (two countries or more, joined by
 * commas and "and"). */
static gboolean list_joint (NgMentionScanner *sc, const NgText *t, guint i);

static gboolean
list_initials (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint a)
{
  const char *acr = t->text + tok (t, a)->start;
  guint n = ng_token_len (tok (t, a)), items = 0;
  gint q = (gint) out->len - 1;
  while (q >= (gint) from)
    {
      const NgMentionSpan *x = &g_array_index (out, NgMentionSpan, q);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_COUNTRY || items >= n)
        return FALSE;
      /* (the item's initial, from the end) */
      const char *nm = t->text + x->start;
      if (g_ascii_toupper (nm[0]) != acr[n - 1 - items])
        return FALSE;
      items++;
      if (items == n)
        break;
      if (q == (gint) from)
        return FALSE;
      const NgMentionSpan *w = &g_array_index (out, NgMentionSpan, q - 1);
      /* (joined by a comma, "and" or ", and") */
      if (w->last >= x->first)
        return FALSE;
      for (guint i = w->last; i < x->first; i++)
        if (!list_joint (sc, t, i))
          return FALSE;
      q--;
    }
  return items == n && n >= 2;
}

static gboolean is_acronym (const NgText *t, guint i);

/* "Nurlanbek Turgunbek uulu", "Ilham Heydar oglu": the Turkic word of a
 * patronymic after a person's name, in small letters, ends the name. */
static void
join_patronymic_words (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint end)
{
  static const char *const words[] = { "uulu", "kyzy", "ogly", "oglu", "qizi", "ugli", "uly", "kizi", NULL };
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->last >= end || x->possessive
          || x->last - x->first < 2 || tok (t, x->last)->kind != NG_TOK_WORD || is_cap (t, x->last)
          || !g_strv_contains (words, key (sc, x->last)))
        continue;
      if (m + 1 < out->len && g_array_index (out, NgMentionSpan, m + 1).first <= x->last)
        continue;
      x->last++;
      x->end = tok (t, x->last - 1)->end;
      x->possessive = (tok (t, x->last - 1)->flags & NG_TF_POSS) != 0;
      g_free (x->name);
      x->name = surface (t, x->first, x->last);
    }
}

/* Inserts mention m at index at, moving the indices that point at or
 * after it. */
static void
insert_mention (GArray *out, guint from, guint at, NgMentionSpan m)
{
  for (guint q = from; q < out->len; q++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, q);
      gint *ix[] = { &x->title, &x->of, &x->parent, &x->partner };
      for (guint r = 0; r < G_N_ELEMENTS (ix); r++)
        if (*ix[r] >= (gint) at)
          (*ix[r])++;
    }
  g_array_insert_val (out, at, m);
}

/* "the Council of Ministers of the NBA": a body's name that ends in
 * "of the" and an acronym the text defined, or one the lexicon knows, is
 * that organization's body (two names, as "of the Niger Basin Authority"
 * makes). */
static void
split_acronym_owner (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->lex || x->last < x->first + 4)
        continue;
      guint a = x->last - 1, of = !ng_strcmp (key (sc, a - 1), "the") ? a - 2 : a - 1;
      const NgLexHit *h;
      guint hl = hit_at (sc, a, &h);
      const NgLexEntry *le = hl && h->entry->cls == NG_LEX_ORG ? h->entry : NULL;
      if (of <= x->first + 1 || ng_strcmp (key (sc, of), "of") || !(tok (t, a)->flags & NG_TF_ALLCAPS)
          || tok (t, a)->kind != NG_TOK_WORD || !((hl == 1 && le) || g_hash_table_contains (sc->acronyms, key (sc, a))))
        continue;
      guint last = x->last;
      gboolean poss = x->possessive;
      x->last = of;
      x->end = tok (t, of - 1)->end;
      x->possessive = FALSE;
      g_free (x->name);
      x->name = surface (t, x->first, of);
      NgMentionSpan y = span_of (NG_MS_ENTITY, NG_KIND_ORG, t, a, last, le, surface (t, a, last));
      y.possessive = poss;
      insert_mention (out, from, m + 1, y);
      m++;
    }
}

/* "the Organisation of African, Caribbean and Pacific States (OACPS)": a
 * name whose capitalized words the acronym after it spells, over the
 * commas and small words of a list, is one organization's, whatever the
 * mentions its words made (two places and a body cut at the comma). */
static void
join_spelled_names (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first, guint end)
{
  for (guint i = first + 1; i + 2 < end; i++)
    {
      if (tok (t, i)->kind != NG_TOK_PUNCT || t->text[tok (t, i)->start] != '(' || !is_acronym (t, i + 1)
          || tok (t, i + 2)->kind != NG_TOK_PUNCT || t->text[tok (t, i + 2)->start] != ')')
        continue;
      const char *acr = t->text + tok (t, i + 1)->start;
      guint n = ng_token_len (tok (t, i + 1));
      if (n < 3 || n > 10)
        continue;
      /* Back from the parenthesis, over capitalized words, commas and the
       * small words of names; the initials of the capitalized ones, from
       * the last, spell the acronym from its end. */
      guint matched = 0, s = i, commas = 0;
      for (guint b = i; b > first && matched < n; b--)
        {
          const NgToken *k = tok (t, b - 1);
          const char *w = key (sc, b - 1);
          if (k->kind == NG_TOK_PUNCT && t->text[k->start] == ',')
            {
              commas++;
              continue;
            }
          if (k->kind != NG_TOK_WORD)
            break;
          if (!is_cap (t, b - 1))
            {
              if (ng_strcmp (w, "of") && ng_strcmp (w, "and") && ng_strcmp (w, "the") && ng_strcmp (w, "for")
                  && ng_strcmp (w, "on") && ng_strcmp (w, "to"))
                break;
              continue;
            }
          if (g_ascii_toupper (t->text[k->start]) != g_ascii_toupper (acr[n - 1 - matched]))
            break;
          matched++;
          s = b - 1;
        }
      if (matched != n)
        continue;
      guint a = from, b = from;
      while (a < out->len && g_array_index (out, NgMentionSpan, a).last <= s)
        a++;
      b = a;
      while (b < out->len && g_array_index (out, NgMentionSpan, b).first < i + 3)
        b++;
      /* (a list inside, or a name the mentions cut: "the Parties to the
       * Nauru Agreement (PNA)", a country and the acronym of another body;
       * not "the Mekong River Commission (MRC)", which they keep whole) */
      if (!commas && a < b && g_array_index (out, NgMentionSpan, a).first <= s
          && g_array_index (out, NgMentionSpan, a).last == i
          && g_array_index (out, NgMentionSpan, a).role == NG_MS_ENTITY)
        continue;
      /* (a known body's name that the acronym's words go on from is part
       * of the whole: "the Pacific Islands Forum Fisheries Agency (FFA)") */
      if (!commas && a < b && g_array_index (out, NgMentionSpan, a).first < s
          && g_array_index (out, NgMentionSpan, a).kind == NG_KIND_ORG)
        s = g_array_index (out, NgMentionSpan, a).first;
      /* (nor a meeting's name: "the Ministerial Council Meeting (MCM)") */
      if (!commas)
        {
          const char *lw = key (sc, i - 1);
          const char *fw = key (sc, s);
          /* (and "the Ministers Responsible for Trade (MRT)": a meeting of
           * people) */
          if (!ng_strcmp (lw, "meeting") || !ng_strcmp (lw, "meetings") || !ng_strcmp (lw, "summit")
              || !ng_strcmp (lw, "conference") || !ng_strcmp (lw, "session") || !ng_strcmp (lw, "talks")
              || !ng_strcmp (lw, "consultations") || !ng_strcmp (lw, "retreat") || !ng_strcmp (fw, "ministers")
              || !ng_strcmp (fw, "leaders") || !ng_strcmp (fw, "heads") || !ng_strcmp (fw, "senior"))
            continue;
        }
      /* (nor a list of countries: "Bangladesh, Bhutan, India and Nepal
       * (BBIN)" is their grouping, list_initials) */
      if (a < b && g_array_index (out, NgMentionSpan, a).first == s
          && g_array_index (out, NgMentionSpan, a).kind == NG_KIND_COUNTRY)
        continue;
      gboolean ends_with_org_head = tok_in (sc, i - 1, org_heads);
      /* (no person's name in it, unless a body's head word ends it: "the
       * Sabah Oil and Gas Contractors Association (SOGCA)", whose first
       * words are a given name's and another's) */
      gboolean person = FALSE;
      for (guint q = a; q < b && !person && !ends_with_org_head; q++)
        person = g_array_index (out, NgMentionSpan, q).role == NG_MS_ENTITY
                 && g_array_index (out, NgMentionSpan, q).kind == NG_KIND_PERSON
                 && g_array_index (out, NgMentionSpan, q).strong;
      if (person)
        continue;
      if (b > a)
        drop_range (out, from, a, b, -1);
      insert_mention (out, from, a, span_of (NG_MS_ENTITY, NG_KIND_ORG, t, s, i, NULL, surface (t, s, i)));
      NgMentionSpan r = span_of (NG_MS_ACRONYM, NG_KIND_ORG, t, i + 1, i + 2, NULL, surface (t, i + 1, i + 2));
      r.partner = (gint) a;
      insert_mention (out, from, a + 1, r);
      g_array_index (out, NgMentionSpan, a).partner = (gint) a + 1;
      g_hash_table_add (sc->acronyms, g_strdup (key (sc, i + 1)));
    }
}

/* Mention m takes in the mention after it (absorb_next), and the whole
 * is an organization's name of no lexicon. */
static void
absorb_as_org (const NgText *t, GArray *out, guint from, guint m)
{
  absorb_next (t, out, from, m);
  NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
  x->kind = NG_KIND_ORG;
  x->lex = NULL;
}

/* "the Costa Rica–Panama Binational Commission", "the Indonesia–South
 * Korea Joint Commission", "the Botswana/Zambia Joint Permanent
 * Commission": two countries joined by a dash or a slash before a body's
 * words are that body's name, not the first country and a body named for
 * the second. */
static void
join_dash_partners (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_COUNTRY || x->possessive || y->role != NG_MS_ENTITY
          || y->kind != NG_KIND_ORG || y->lex || y->first != x->last + 1 || tok (t, x->last)->kind != NG_TOK_PUNCT)
        continue;
      /* (an en or em dash, or a slash, with no space around it) */
      const NgToken *d = tok (t, x->last);
      gboolean slash = ng_token_len (d) == 1 && t->text[d->start] == '/';
      if ((!slash && (ng_token_len (d) != 3 || (strncmp (t->text + d->start, "\u2013", 3)
                                                && strncmp (t->text + d->start, "\u2014", 3))))
          || d->start != tok (t, x->last - 1)->end
          || d->end != tok (t, y->first)->start)
        continue;
      const NgLexHit *h;
      if (!hit_at (sc, y->first, &h) || h->entry->cls != NG_LEX_COUNTRY || y->last <= y->first + 1)
        continue;
      absorb_as_org (t, out, from, m);
    }
}

/* "the Adriatic and Ionian Initiative", "the Baltic and Nordic Council":
 * a sea's or a region's name, "and", and a body's name whose first word
 * no lexicon knows are one body's name. */
static void
join_and_regions (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      const NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      const NgLexHit *h;
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PLACE || !x->lex || x->possessive
          || y->role != NG_MS_ENTITY || y->kind != NG_KIND_ORG || y->lex || y->first != x->last + 1
          || ng_strcmp (key (sc, x->last), "and") || y->last > y->first + 3
          || (hit_at (sc, y->first, &h) && h->entry->cls != NG_LEX_PLACE))
        continue;
      absorb_as_org (t, out, from, m);
    }
}

static gboolean is_direction (NgMentionScanner *sc, guint i);

/* "the Massachusetts State House", "Punjab Bhawan" (a state's house in
 * the capital), "the Punjab Assembly building": a
 * region's name written against a building's is part of the building's
 * name, no place of its own (the meeting is not in the region). */
static void
join_region_buildings (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PLACE || !x->lex || x->possessive || !x->lex->kind
          || (ng_strcmp (x->lex->kind, "region") && ng_strcmp (x->lex->kind, "province")
              && ng_strcmp (x->lex->kind, "republic"))
          || y->role != NG_MS_ENTITY || (y->kind != NG_KIND_PLACE && !(y->kind == NG_KIND_PERSON && !y->strong
                                                                         && y->last == y->first + 1))
          || y->lex || y->first != x->last
          || !(tok_in (sc, y->last - 1, building_heads) || !ng_strcmp (key (sc, y->last - 1), "house")))
        continue;
      /* (or its head word alone, which the scan took for a name: "at
       * Punjab Bhawan here") */
      absorb_next (t, out, from, m);
      x = &g_array_index (out, NgMentionSpan, m);
      x->lex = NULL;
    }
}

/* "the Prince Moulay Abdellah Stadium", "the Mohammed VI Football
 * Complex": a name a person's words began, ended by the head word of a
 * building no surname is, is the building's. */
static void
people_named_buildings (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  static const char *const heads[] = { "stadium", "complex", "airport", "hotel", "palace", "mosque", "cathedral",
                                       "arena", "pavilion", "museum", "auditorium", "university", NULL };
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->lex || x->last < x->first + 2
          || !is_cap (t, x->last - 1) || !g_strv_contains (heads, key (sc, x->last - 1)))
        continue;
      gboolean org = !ng_strcmp (key (sc, x->last - 1), "university");
      /* (with the royal word before it: "the Prince Moulay Abdellah
       * Stadium", whatever mention but an entity's took it) */
      guint f = x->first;
      const NgMentionSpan *pv = m > from ? &g_array_index (out, NgMentionSpan, m - 1) : NULL;
      gboolean taken = f > 0 && pv && pv->last > f - 1;
      if (f > 0 && tok (t, f - 1)->kind == NG_TOK_WORD && is_cap (t, f - 1) && g_strv_contains (royal_words, key (sc, f - 1))
          && (!taken || (pv->first == f - 1 && pv->role != NG_MS_ENTITY)))
        {
          if (taken)
            {
              drop_range (out, from, m - 1, m, -1);
              m--;
              x = &g_array_index (out, NgMentionSpan, m);
            }
          g_free (x->name);
          x->first = f - 1;
          x->start = tok (t, x->first)->start;
          x->name = surface (t, x->first, x->last);
        }
      x->kind = org ? NG_KIND_ORG : NG_KIND_PLACE;
      x->strong = FALSE;
      x->title = -1;
    }
}

/* "Greater Manchester", "North London", "Western Sydney": a compass word
 * (or "Greater") right before a city of the lexicon names a region of
 * it, not a person "Greater" and the city. */
static void
join_direction_towns (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->lex || x->strong || x->possessive
          || x->last != x->first + 1 || !is_cap (t, x->first) || !is_direction (sc, x->first)
          || y->role != NG_MS_ENTITY || y->first != x->last)
        continue;
      /* (and a body named after it: "the Greater Manchester Combined
       * Authority") */
      const NgLexHit *h;
      if (y->kind == NG_KIND_ORG && !y->lex && y->last > y->first + 1 && hit_at (sc, y->first, &h)
          && h->entry->cls == NG_LEX_CITY)
        {
          absorb_as_org (t, out, from, m);
          continue;
        }
      if (y->kind != NG_KIND_CITY || !y->lex)
        continue;
      absorb_next (t, out, from, m);
      x = &g_array_index (out, NgMentionSpan, m);
      x->kind = NG_KIND_PLACE;
      /* ("the Greater Banjul Area", "the Greater Toronto Area") */
      if (m + 1 < out->len)
        {
          const NgMentionSpan *z = &g_array_index (out, NgMentionSpan, m + 1);
          if (z->role == NG_MS_ENTITY && z->kind == NG_KIND_PERSON && !z->lex && z->first == x->last
              && z->last == z->first + 1 && (!ng_strcmp (key (sc, z->first), "area") || tok_in (sc, z->first, region_heads)))
            absorb_next (t, out, from, m);
        }
    }
}

/* "the Heads of State of the Arraiolos Group", "the Conference of Heads
 * of State and Government of the Council of the Entente": a body's name
 * that a run took from "State" on is the body's after "of" ("the
 * Arraiolos Group"), not "State of the Arraiolos Group". */
static void
trim_heads_of_state (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->lex || x->first < first + 2
          || (ng_strcmp (key (sc, x->first), "state") && ng_strcmp (key (sc, x->first), "government"))
          || ng_strcmp (key (sc, x->first - 1), "of")
          || (ng_strcmp (key (sc, x->first - 2), "heads") && ng_strcmp (key (sc, x->first - 2), "head")))
        continue;
      guint f = x->first + 1;
      while (f < x->last && ng_strcmp (key (sc, f), "of"))
        f++;
      f++;
      if (f < x->last && !ng_strcmp (key (sc, f), "the"))
        f++;
      if (f >= x->last || !is_cap (t, f))
        continue;
      g_free (x->name);
      x->first = f;
      x->start = tok (t, f)->start;
      x->name = surface (t, f, x->last);
    }
}

/* TRUE if token k is the letters of a member's seat or of an honour
 * written after a name: "MP", "PSM", "OBE", "QC". */
static gboolean
postnominal (const NgText *t, const NgToken *k)
{
  static const char *const letters[] = {
    "MP", "MPP", "MLA", "MHA", "MNA", "MEP", "PSM", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "AO", "AC",
    "OAM", "QC", "KC", "SC", "CMG", "KCMG", "GCMG", "CNZM", "ONZM", "MNZM", "KNZM", "DCNZM", "QSO", "PC",
    /* (Ireland's, Scotland's and Australia's members: "Simon Harris TD") */
    "TD", "MSP", "MLC", "MHR", NULL
  };
  gsize n = ng_token_len (k);
  if (k->kind != NG_TOK_WORD || n < 2 || n > 5)
    return FALSE;
  for (const char *const *l = letters; *l; l++)
    if (strlen (*l) == n && !strncmp (t->text + k->start, *l, n))
      return TRUE;
  return FALSE;
}

/* "the Hon Tony Burke MP": the letters after a member's name are no part
 * of it. "in Songkhla province", "the Magallanes region": a name before
 * a province's or a region's word in lower case is that place's. */
static void
person_suffixes (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first, guint end)
{
  static const char *const region_words[] = { "province", "region", "district", "prefecture", "county",
                                              "governorate", "oblast", NULL };
  static const char *const place_words[] = { "in", "near", "at", "to", "from", "link", "links", "linking", NULL };
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->lex)
        continue;
      /* (and an honour's or an office's letters: "Mr. Matt Anderson PSM",
       * "Jane Smith AO QC") */
      gboolean cut = FALSE;
      while (x->last >= x->first + 3 && postnominal (t, tok (t, x->last - 1)))
        {
          x->last--;
          cut = TRUE;
        }
      if (cut)
        {
          g_free (x->name);
          x->end = tok (t, x->last - 1)->end;
          x->name = surface (t, x->first, x->last);
          continue;
        }
      /* ("near Nieuw Nickerie, Suriname", "link Moleson Creek, Guyana,":
       * an unknown name after a word of place, then a comma and a country
       * or a province, is a town there) */
      const NgMentionSpan *y = m + 1 < out->len ? &g_array_index (out, NgMentionSpan, m + 1) : NULL;
      const NgLexHit *hg;
      if (y && x->last + 1 < end && x->last <= x->first + 2 && !x->strong && !x->possessive && x->first > first
          && tok (t, x->last)->kind == NG_TOK_PUNCT && t->text[tok (t, x->last)->start] == ','
          && y->first == x->last + 1 && y->role == NG_MS_ENTITY
          && (y->kind == NG_KIND_COUNTRY
              /* (or a province: "from Sacramento, Calif., and") */
              || (y->kind == NG_KIND_PLACE && y->lex && !g_strcmp0 (y->lex->kind, "province")))
          /* (the country alone: not "According to Rutte, Ukraine's path") */
          && !y->possessive
          && (y->last >= end || tok (t, y->last)->kind == NG_TOK_PUNCT || !ng_strcmp (key (sc, y->last), "with")
              || !ng_strcmp (key (sc, y->last), "on"))
          && g_strv_contains (place_words, key (sc, x->first - 1))
          && !(hit_at (sc, x->first, &hg) && hg->entry->cls == NG_LEX_GIVEN))
        {
          x->kind = NG_KIND_CITY;
          continue;
        }
      if (x->last < end && x->last <= x->first + 2 && !x->strong && !x->possessive
          && tok (t, x->last)->kind == NG_TOK_WORD && !is_cap (t, x->last))
        {
          if (!g_strv_contains (region_words, key (sc, x->last)))
            continue;
          g_free (x->name);
          x->last++;
          x->end = tok (t, x->last - 1)->end;
          x->kind = NG_KIND_PLACE;
          x->name = surface (t, x->first, x->last);
        }
    }
}

/* "X, an analyst at NordLB", "a senior economist at Frontier Advisory":
 * a name of no given name after "a" title's "at" is the body the person
 * works at, not a person (nor a centre's building). */
static void
workplace_bodies (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first, guint end)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      const NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_TITLE || x->last + 1 >= end || ng_strcmp (key (sc, x->last), "at"))
        continue;
      gboolean a = FALSE;
      for (guint q = x->first; q > first && q + 3 > x->first && !a; q--)
        a = !ng_strcmp (key (sc, q - 1), "a") || !ng_strcmp (key (sc, q - 1), "an");
      if (!a)
        continue;
      guint o = x->last + 1 + (!ng_strcmp (key (sc, x->last + 1), "the") ? 1 : 0);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      const NgLexHit *hg;
      /* (or a centre's, which could be a building's: "at the Carnegie
       * Middle East Center") */
      if (y->first != o || y->role != NG_MS_ENTITY || y->strong || y->lex
          || (y->kind != NG_KIND_PERSON && !(y->kind == NG_KIND_PLACE && tok_in (sc, y->last - 1, study_heads)))
          || (hit_at (sc, y->first, &hg) && hg->entry->cls == NG_LEX_GIVEN))
        continue;
      y->kind = NG_KIND_ORG;
    }
}

/* "Unite chair Jane Doe", "Social Democratic leader Magdalena
 * Andersson", "Greens leader X": a name of no given name just before a
 * body's "leader" or "chair" in small letters and a person's name is the
 * body's (a party's, a union's), not a person's. */
static void
leader_bodies (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint end)
{
  static const char *const heads[] = { "leader", "chair", "chairwoman", "chairperson", "boss", NULL };
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      const NgLexHit *hg;
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->strong || x->lex || x->possessive
          || x->last + 1 >= end || x->last - x->first > 3 || is_cap (t, x->last)
          || !g_strv_contains (heads, key (sc, x->last))
          || (hit_at (sc, x->first, &hg) && hg->entry->cls == NG_LEX_GIVEN)
          || y->first != x->last + 1 || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || !y->strong)
        continue;
      /* (not a party's adjective: "Social Democratic leader X", "the
       * Republican leader") */
      const char *w = key (sc, x->last - 1);
      if (g_str_has_suffix (w, "ic") || g_str_has_suffix (w, "ican") || g_str_has_suffix (w, "ist"))
        continue;
      x->kind = NG_KIND_ORG;
    }
}

/* The singular of a plural word of n bytes, newly allocated:
 * "secretaries" -> "secretary", "governors" -> "governor". */
static char *
singular_of (const char *w, gsize n)
{
  if (n > 3 && !g_ascii_strncasecmp (w + n - 3, "ies", 3))
    return g_strdup_printf ("%.*sy", (int) (n - 3), w);
  return g_strndup (w, n - 1);
}

static gboolean partners_word (NgMentionScanner *sc, const NgText *t, guint i);

/* "Presidents Félix Tshisekedi and Paul Kagame", "Foreign Ministers X and
 * Y": a title in the plural, capitalized before a name, is the title of
 * the people listed, not a word of the first one's name. */
static void
plural_titles (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  /* "Deputy governors T. Rabi Sankar and Poonam Gupta": a title's
   * modifier the scan took for a person, then a title in the plural in
   * small letters, then the people listed */
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      static const char *const mods[] = { "deputy", "vice", "assistant", "associate", "executive", "senior", NULL };
      guint e = x->first + 1;
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->lex || x->strong || x->last != e
          || e + 1 >= t->tokens->len || tok (t, e)->kind != NG_TOK_WORD || is_cap (t, e)
          || !g_strv_contains (mods, key (sc, x->first)))
        continue;
      const char *w = key (sc, e);
      gsize wl = strlen (w);
      if (wl < 4 || w[wl - 1] != 's')
        continue;
      g_autofree char *one = singular_of (w, wl);
      g_autofree char *both = g_strconcat (key (sc, x->first), " ", one, NULL);
      const NgLexHit *h = ng_lexicon_find (sc->lex, both, NG_LEX_TITLE);
      if (!h)
        h = ng_lexicon_find (sc->lex, one, NG_LEX_TITLE);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (!h || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->first != e + 1)
        continue;
      g_free (x->name);
      x->role = NG_MS_TITLE;
      x->kind = 0;
      x->lex = h->entry;
      x->last = e + 1;
      x->end = tok (t, e)->end;
      x->name = g_strdup_printf ("%.*s %s", (int) ng_token_len (tok (t, x->first)), t->text + tok (t, x->first)->start, one);
      /* (each of the people listed) */
      for (guint q = m + 1; q < out->len; q++)
        {
          NgMentionSpan *p = &g_array_index (out, NgMentionSpan, q - 1), *z = &g_array_index (out, NgMentionSpan, q);
          if (z->role != NG_MS_ENTITY || z->kind != NG_KIND_PERSON || z->title >= 0
              || (q > m + 1 && (z->first != p->last + 1
                                || (ng_strcmp (key (sc, p->last), "and")
                                    && !(tok (t, p->last)->kind == NG_TOK_PUNCT && t->text[tok (t, p->last)->start] == ',')))))
            break;
          z->title = (gint) m;
          z->strong = TRUE;
        }
    }
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->lex || x->last < x->first + 3)
        continue;
      for (guint k = 2; k >= 1; k--)
        {
          guint e = x->first + k;   /* (the title's end) */
          if (e + 2 > x->last)
            continue;
          const char *w = key (sc, e - 1);
          gsize wl = strlen (w);
          /* (or a plural inside a compound: "Deputy Secretaries-General",
           * "Attorneys-General") */
          gboolean inner = strstr (w, "ies ") != NULL || strstr (w, "s general") != NULL;
          if (wl < 4 || (w[wl - 1] != 's' && !inner))
            continue;
          g_autofree char *words = ng_fold_plain_len (t->text + tok (t, x->first)->start,
                                                      (gssize) (tok (t, e - 1)->end - tok (t, x->first)->start));
          gsize kl = strlen (words);
          if (kl < 2 || (words[kl - 1] != 's' && !inner))
            continue;
          /* ("Secretaries": "secretary") */
          if (kl > 3 && !inner && !strcmp (words + kl - 3, "ies"))
            strcpy (words + kl - 3, "y");
          else if (words[kl - 1] == 's')
            words[kl - 1] = '\0';
          else
            {
              /* the first word in "ies" made "y", else in "s" made bare */
              char *ies = strstr (words, "ies ");
              char *s1 = strstr (words, "s general");
              if (ies)
                memmove (ies + 1, ies + 3, strlen (ies + 3) + 1), ies[0] = 'y';
              else if (s1)
                memmove (s1, s1 + 1, strlen (s1 + 1) + 1);
            }
          const NgLexHit *h = ng_lexicon_find (sc->lex, words, NG_LEX_TITLE);
          if (!h || h->how != NG_LEXHIT_LABEL)
            continue;
          /* (and a capitalized word before it that the title goes on
           * from, no mention's: "Foreign Ministers X and Y") */
          guint b = x->first;
          gboolean taken = FALSE;
          for (guint q = from; q < out->len && !taken; q++)
            taken = g_array_index (out, NgMentionSpan, q).last == b && q != m;
          /* (or a title of one word the scan took alone: "General
           * Secretaries X and Y", "General" a rank) */
          gint alone = -1;
          for (guint q = from; q < out->len; q++)
            if (q != m && g_array_index (out, NgMentionSpan, q).last == b
                && g_array_index (out, NgMentionSpan, q).role == NG_MS_TITLE
                && g_array_index (out, NgMentionSpan, q).first + 1 == b)
              alone = (gint) q;
          if (b > first && is_cap (t, b - 1) && tok (t, b - 1)->kind == NG_TOK_WORD && (!taken || alone >= 0))
            {
              g_autofree char *longer = g_strconcat (key (sc, b - 1), " ", words, NULL);
              const NgLexHit *h2 = ng_lexicon_find (sc->lex, longer, NG_LEX_TITLE);
              if (h2 && h2->how == NG_LEXHIT_LABEL)
                {
                  h = h2, b--;
                  if (alone >= 0)
                    {
                      NgMentionSpan *a = &g_array_index (out, NgMentionSpan, (guint) alone);
                      g_free (a->name);
                      g_array_remove_index (out, (guint) alone);
                      if ((guint) alone < m)
                        m--;
                      x = &g_array_index (out, NgMentionSpan, m);
                    }
                }
            }
          g_autofree char *plural = surface (t, b, e);
          char *name = inner && plural[strlen (plural) - 1] != 's' ? g_strdup (h->entry->pref ? h->entry->pref : plural)
                                                                    : singular_of (plural, strlen (plural));
          NgMentionSpan ti = span_of (NG_MS_TITLE, 0, t, b, e, h->entry, name);
          g_free (x->name);
          x->first = e;
          x->start = tok (t, e)->start;
          x->name = surface (t, e, x->last);
          insert_mention (out, from, m, ti);
          m++;
          /* (each of the people listed: "and Paul Kagame", "& Paul Kagame") */
          for (guint q = m + 1; q < out->len; q++)
            {
              NgMentionSpan *p = &g_array_index (out, NgMentionSpan, q - 1), *y = &g_array_index (out, NgMentionSpan, q);
              if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->title >= 0 || y->first != p->last + 1
                  || (ng_strcmp (key (sc, p->last), "and")
                      && !(tok (t, p->last)->kind == NG_TOK_PUNCT
                           && (t->text[tok (t, p->last)->start] == ',' || t->text[tok (t, p->last)->start] == '&'))))
                break;
              y->title = (gint) m - 1;
            }
          break;
        }
    }
}

/* "the Indonesia-Malaysia-Thailand Growth Triangle": a name opened by
 * countries joined with dashes is no person's, but a grouping's. */
static void
partners_names (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      /* (not the partners' ministers of a meeting's name: "the
       * Korea-Africa Foreign Ministers' Meeting", read as a series) */
      if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON && !x->strong && x->last >= x->first + 2
          && !x->possessive && !(tok (t, x->last - 1)->flags & NG_TF_POSS) && partners_word (sc, t, x->first))
        {
          x->kind = NG_KIND_ORG;
          x->lex = NULL;
        }
    }
}

/* "the foreign ministers Santiago Cafiero and Alberto van Klaveren": a
 * name of two words or more joined by "and" or a comma to a strong
 * person's, after a plural of people, is a person's too (not "Abu Musa,
 * Greater Tunb and Lesser Tunb"). */
static void
listed_with_strong (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  static const char *const plural[] = { "ministers", "presidents", "leaders", "premiers", "counterparts",
                                        "envoys", "ambassadors", "senators", "secretaries", "officials",
                                        "chiefs", "governors", "speakers", "mayors", "deputies", "lawmakers",
                                        "mps", NULL };
  static const char *const met_verbs[] = { "met", "meets", "hosted", "hosts", "received", "receives", "welcomed",
                                           "welcomes", NULL };
  guint listed_end = 0;   /* the end of the last name a host's list made strong */
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      /* (or both weak, right after the plural: "met farm union leaders
       * Balbir Singh Rajewal and Harpreet Sekhon") */
      gboolean after_plural = x->first > first && g_strv_contains (plural, key (sc, x->first - 1))
                              && tok (t, x->first - 1)->kind == NG_TOK_WORD && !is_cap (t, x->first - 1)
                              && x->last >= x->first + 2 && y->last >= y->first + 2 && !x->possessive;
      if (x->role != NG_MS_ENTITY || y->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON
          || y->kind != NG_KIND_PERSON || (!x->strong && !y->strong && !after_plural) || y->first != x->last + 1
          || x->first <= first
          || (ng_strcmp (key (sc, x->last), "and")
              && !(tok (t, x->last)->kind == NG_TOK_PUNCT && t->text[tok (t, x->last)->start] == ',')))
        continue;
      /* (or after its comma: "whose presidents, Javier Milei and Santiago
       * Pena, were also present") */
      guint b = x->first - 1;
      if (b > first && tok (t, b)->kind == NG_TOK_PUNCT && t->text[tok (t, b)->start] == ',')
        b--;
      /* (or the people a host met, in a list that a strong name opens:
       * "Yair Lapid hosted Avigdor Liberman, Gadi Eisenkot and Yair Golan") */
      gboolean met = x->strong && (x->last == listed_end || (x->first == b + 1 && g_strv_contains (met_verbs, key (sc, b))));
      listed_end = met ? y->last : 0;
      if (!x->strong && !y->strong && after_plural)
        {
          x->strong = TRUE;
          if (!y->possessive)
            y->strong = TRUE;
          continue;
        }
      if (x->strong == y->strong)
        continue;
      NgMentionSpan *weak = x->strong ? y : x;
      if ((g_strv_contains (plural, key (sc, b)) || (met && weak == y)) && weak->last >= weak->first + 2 && !weak->possessive)
        weak->strong = TRUE;
    }
}

/* "with the heads of First West Yorkshire, Arriva Yorkshire and Transdev
 * Blazefield", "managers from Northern, TransPennine Express and Network
 * Rail": the names a group of people is of or from, listed, are
 * organizations, not weak people. */
static void
bodies_of_group (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  static const char *const groups[] = { "heads", "chiefs", "representatives", "bosses", "executives", "managers",
                                        "delegations", NULL };
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->first < first + 2
          || (ng_strcmp (key (sc, x->first - 1), "of") && ng_strcmp (key (sc, x->first - 1), "from")))
        continue;
      guint g = x->first - 2;
      if (!g_strv_contains (groups, key (sc, g)) || (tok (t, g)->flags & NG_TF_CAP))
        continue;
      /* the list: this mention and those joined to it by commas and "and" */
      for (guint q = m; q < out->len; q++)
        {
          NgMentionSpan *y = &g_array_index (out, NgMentionSpan, q);
          if (q > m)
            {
              const NgMentionSpan *p = &g_array_index (out, NgMentionSpan, q - 1);
              gboolean joined = y->first == p->last + 1
                                && (!ng_strcmp (key (sc, p->last), "and")
                                    || (tok (t, p->last)->kind == NG_TOK_PUNCT && t->text[tok (t, p->last)->start] == ','));
              if (!joined)
                break;
            }
          /* (not past a place: "the members from Sindh and Balochistan, X
           * and Y") */
          if (y->role == NG_MS_ENTITY && (y->kind == NG_KIND_CITY || y->kind == NG_KIND_PLACE || y->kind == NG_KIND_COUNTRY))
            break;
          if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && !y->strong && !y->lex && !y->possessive)
            y->kind = NG_KIND_ORG;
        }
    }
}

/* "the Central Asia + Japan Dialogue": a region or a country, a plus and
 * the name of a format after it are one format's name. */
static void
join_plus_formats (const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || y->role != NG_MS_ENTITY || y->kind != NG_KIND_ORG || y->lex
          || (x->kind != NG_KIND_PLACE && x->kind != NG_KIND_COUNTRY && x->kind != NG_KIND_ORG)
          || y->first != x->last + 1 || tok (t, x->last)->kind != NG_TOK_PUNCT
          || t->text[tok (t, x->last)->start] != '+')
        continue;
      absorb_as_org (t, out, from, m);
    }
}

/* "the Vilnius Institute for Policy Analysis", "the Chinese Academy of
 * Social Sciences", "Kazakh National University": a place or a people
 * written against the name of an institute or a university is part of
 * its name (not of a ministry's: "the Russian Foreign Ministry" is a
 * national body, "the Russian Security Council" a title's country). */
static void
join_institutions (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->last != y->first || x->possessive || y->role != NG_MS_ENTITY || y->kind != NG_KIND_ORG
          || !(x->role == NG_MS_DEMONYM
               || (x->role == NG_MS_ENTITY
                   && (x->kind == NG_KIND_CITY || x->kind == NG_KIND_COUNTRY || x->kind == NG_KIND_PLACE))))
        continue;
      guint h = y->first;
      if (h + 1 < y->last && (!ng_strcmp (key (sc, h), "national") || !ng_strcmp (key (sc, h), "state")
                              || !ng_strcmp (key (sc, h), "international") || !ng_strcmp (key (sc, h), "federal")))
        h++;
      /* (a country's name, not its people's, before any body the lexicons
       * do not know: "the Kenya National Bureau of Statistics", "the Korea
       * Chamber of Commerce and Industry") */
      gboolean country_body = x->role == NG_MS_ENTITY && x->kind == NG_KIND_COUNTRY && !y->lex && is_cap (t, y->first);
      if (!tok_in (sc, h, study_heads) && !country_body)
        continue;
      x->role = NG_MS_ENTITY;
      x->kind = NG_KIND_ORG;
      x->lex = NULL;
      absorb_next (t, out, from, m);
    }
  /* (and a person's or an outlet's name written against such a name:
   * "the Al-Ahram Center for Political and Strategic Studies", "Al-Farabi
   * Kazakh National University") */
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->last != y->first || x->possessive || y->role != NG_MS_ENTITY || y->kind != NG_KIND_ORG
          || x->role != NG_MS_ENTITY || x->title >= 0 || x->speaker
          || !((x->kind == NG_KIND_ORG && x->lex) || x->kind == NG_KIND_PERSON))
        continue;
      gboolean study = FALSE;
      for (guint q = y->first; q < y->last && !study; q++)
        study = tok_in (sc, q, study_heads);
      if (!study)
        continue;
      x->kind = NG_KIND_ORG;
      x->lex = NULL;
      x->strong = FALSE;
      absorb_next (t, out, from, m);
    }
  /* (and the words after a town in a university's name: "the University
   * of Tunis El Manar", "the University of Cape Coast"; not a given
   * name's: "at the University of Ghana Kwame Mensah said") */
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->possessive || x->last != y->first
          || x->last < x->first + 3 || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->title >= 0
          || y->last > y->first + 2 || !tok_in (sc, x->first, study_heads) || ng_strcmp (key (sc, x->first + 1), "of"))
        continue;
      const NgLexHit *h;
      guint town = x->last - 1;
      if (!(hit_at (sc, town, &h) == 1 && (h->entry->cls == NG_LEX_CITY || h->entry->cls == NG_LEX_PLACE))
          || (hit_at (sc, y->first, &h) && h->entry->cls == NG_LEX_GIVEN)
          || ng_lexicon_find (sc->lex, key (sc, y->first), NG_LEX_GIVEN))
        continue;
      absorb_next (t, out, from, m);
      x = &g_array_index (out, NgMentionSpan, m);
      x->lex = NULL;
    }
}

/* "at the Avani Maseru Hotel", "the Arusha International Conference
 * Centre", "the Ethiopian Skylight Hotel", "the Earl's Regency Hotel": a
 * building's name goes on to the left over capitalized words, over the
 * names of towns, people and peoples in it, and over "and" between two of
 * them, to the first word that is not: the building is one place. */
static void
join_venues (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *v = &g_array_index (out, NgMentionSpan, m);
      if (v->role != NG_MS_ENTITY || v->kind != NG_KIND_PLACE || v->lex || v->first <= first
          || !tok_in (sc, v->last - 1, building_heads))
        continue;
      guint a = v->first, k = m;   /* mentions [k, m) are taken in */
      for (;;)
        {
          if (a <= first)
            break;
          guint p = a - 1;
          const NgToken *pt = tok (t, p);
          if (pt->kind != NG_TOK_WORD)
            break;
          if (k > from && g_array_index (out, NgMentionSpan, k - 1).last == a)
            {
              const NgMentionSpan *x = &g_array_index (out, NgMentionSpan, k - 1);
              gboolean ok = x->role == NG_MS_DEMONYM
                            || (x->role == NG_MS_ENTITY && x->partner < 0
                                && (x->kind == NG_KIND_CITY || x->kind == NG_KIND_PLACE
                                    || (x->kind == NG_KIND_PERSON && !x->strong && x->title < 0 && !x->speaker
                                        && x->last == x->first + 1)));
              /* (a possessive only as the name's first word: "the Earl's
               * Regency Hotel", not "Moscow's Crocus City Hall") */
              if (ok && x->possessive)
                ok = x->kind == NG_KIND_PERSON && x->first > first && !ng_strcmp (key (sc, x->first - 1), "the");
              if (!ok)
                break;
              a = x->first;
              k--;
              if (x->possessive)
                break;
              continue;
            }
          if (pt->flags & NG_TF_POSS)
            break;
          if (is_cap (t, p) && !(k > from && g_array_index (out, NgMentionSpan, k - 1).last > p))
            {
              a = p;
              continue;
            }
          /* ("Exhibition and Convention Centre") */
          if (!ng_strcmp (key (sc, p), "and") && p > first && is_cap (t, p - 1) && tok (t, p - 1)->kind == NG_TOK_WORD
              && !(tok (t, p - 1)->flags & NG_TF_POSS) && !(k > from && g_array_index (out, NgMentionSpan, k - 1).last > p - 1))
            {
              a = p - 1;
              continue;
            }
          break;
        }
      if (k == m && a == v->first)
        continue;
      /* (the whole name, after "the" or "at": not "Kenya Airways Arena" of
       * a list) */
      if (a > first && tok (t, a - 1)->kind == NG_TOK_WORD && is_cap (t, a - 1))
        continue;
      char *name = surface (t, a, v->last);
      drop_range (out, from, k, m, -1);
      v = &g_array_index (out, NgMentionSpan, k);
      g_free (v->name);
      v->name = name;
      v->first = a;
      v->start = tok (t, a)->start;
      m = k;
    }
}

/* "Nomura Holdings Inc.": a company's suffix, written in small letters,
 * is its name's end, not an acronym a lexicon knows ("INC"). */
static void
join_company_suffix (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  static const char *const suffixes[] = { "inc", "ltd", "corp", "llc", "plc", "co", NULL };
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->lex || x->possessive || y->first != x->last
          || y->last != y->first + 1 || y->role != NG_MS_ENTITY || (tok (t, y->first)->flags & NG_TF_ALLCAPS))
        continue;
      gboolean suffix = FALSE;
      for (const char *const *w = suffixes; *w && !suffix; w++)
        suffix = !ng_strcmp (key (sc, y->first), *w);
      if (!suffix)
        continue;
      absorb_next (t, out, from, m);
    }
}

/* "the Ministry of Trade, Industry and Fisheries", "the Department of
 * Agriculture, Fisheries and Forestry": a ministry's name of portfolios
 * listed with commas and one "and" goes on after the comma at its end
 * (x->last). Returns the token after the last portfolio, or 0. */
static guint
listed_portfolios (NgMentionScanner *sc, const NgText *t, const NgMentionSpan *x, guint end)
{
  static const char *const ministries[] = { "ministry", "department", "secretariat", "ministries", NULL };
  guint of = x->first;
  while (of < x->last && ng_strcmp (key (sc, of), "of"))
    of++;
  if (of + 1 >= x->last || of == x->first || !g_strv_contains (ministries, key (sc, of - 1)))
    return 0;
  /* (only portfolios after its "of": not "the Ministry of Foreign
   * Affairs of Kenya, Uganda and Tanzania") */
  for (guint q = of + 1; q < x->last; q++)
    if (!(is_cap (t, q) && tok_in (sc, q, portfolio_words)) && ng_strcmp (key (sc, q), "and"))
      return 0;
  guint j = x->last, stop = 0;
  gboolean and = FALSE;
  while (j < end && j < x->last + 14)
    {
      const NgToken *k = tok (t, j);
      if (k->kind == NG_TOK_PUNCT && t->text[k->start] == ',' && !and && j + 1 < end && is_cap (t, j + 1))
        j++;
      else if (k->kind == NG_TOK_WORD && !ng_strcmp (key (sc, j), "and") && !and && j + 1 < end && is_cap (t, j + 1))
        and = TRUE, j++;
      else if (k->kind == NG_TOK_WORD && is_cap (t, j) && tok_in (sc, j, portfolio_words) && !(k->flags & NG_TF_POSS))
        {
          j++;
          if (and)
            stop = j;
        }
      else
        break;
    }
  /* (a list that ends in its "and" part, the whole of it portfolios) */
  if (!and || !stop || (j < end && tok (t, j)->kind == NG_TOK_WORD && is_cap (t, j)))
    return 0;
  return stop;
}

/* "the Cuba-Russia Intergovernmental Commission for Economic, Trade and
 * Scientific-Technical Cooperation", "... Commission on Trade, Economic,
 * Scientific and Technical Cooperation": a body's name for or on fields
 * listed with commas goes on to the field's head word. */
static void
join_listed_fields (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint end)
{
  static const char *const heads[] = {
    "cooperation", "co operation", "development", "affairs", "relations", "integration", "partnership",
    "collaboration", "exchanges", "studies", NULL
  };
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->possessive || x->last + 3 >= end
          || tok (t, x->last)->kind != NG_TOK_PUNCT || t->text[tok (t, x->last)->start] != ','
          || x->last < x->first + 3)
        continue;
      guint stop = 0;
      if (!x->lex && (!ng_strcmp (key (sc, x->last - 2), "for") || !ng_strcmp (key (sc, x->last - 2), "on")))
        {
          /* capitalized words, commas and one "and", up to a head word */
          guint j = x->last + 1;
          gboolean and = FALSE;
          while (j < end && j < x->last + 14)
            {
              const NgToken *k = tok (t, j);
              if (k->kind == NG_TOK_PUNCT && t->text[k->start] == ',')
                j++;
              else if (k->kind == NG_TOK_WORD && !ng_strcmp (key (sc, j), "and") && !and)
                and = TRUE, j++;
              else if (k->kind == NG_TOK_WORD && is_cap (t, j))
                {
                  if (g_strv_contains (heads, key (sc, j)))
                    {
                      stop = j + 1;
                      break;
                    }
                  j++;
                }
              else
                break;
            }
          if (!and)
            stop = 0;
        }
      else
        stop = listed_portfolios (sc, t, x, end);
      if (!stop)
        continue;
      /* (the mentions inside it are its words) */
      guint n = m + 1;
      while (n < out->len && g_array_index (out, NgMentionSpan, n).first < stop)
        n++;
      x->last = stop;
      x->end = tok (t, stop - 1)->end;
      g_free (x->name);
      x->name = surface (t, x->first, x->last);
      x->lex = NULL;
      x->possessive = (tok (t, stop - 1)->flags & NG_TF_POSS) != 0;
      if (n > m + 1)
        drop_range (out, from, m + 1, n, (gint) m);
    }
}

/* "the Council of Delegates of the Trinational Commission for the
 * Development of the Pilcomayo River Basin": an organization no lexicon
 * knows, named with one of its bodies before it, is the organization; the
 * body's words stay before it ("the meeting of the Council of Delegates of
 * the X" is a meeting of X's body). */
static void
split_body_of_org (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  static const char *const lead[] = {
    "executive", "permanent", "standing", "joint", "ministerial", "supreme", "general", "governing", NULL
  };
  static const char *const heads[] = { "council", "committee", "board", "commission", "assembly", NULL };
  static const char *const members[] = {
    "delegates", "ministers", "governors", "directors", "representatives", "experts", "trustees", "heads",
    "commissioners", "plenipotentiaries", NULL
  };
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      /* ("the Heads of State and Government of the X": the leaders of X,
       * not a government's body) */
      if (x->role == NG_MS_ENTITY && x->kind == NG_KIND_ORG && !x->lex && x->first >= 2 && x->last > x->first + 3
          && !ng_strcmp (key (sc, x->first), "government") && !ng_strcmp (key (sc, x->first + 1), "of")
          && !ng_strcmp (key (sc, x->first + 2), "the") && !ng_strcmp (key (sc, x->first - 1), "and")
          && !ng_strcmp (key (sc, x->first - 2), "state") && is_cap (t, x->first + 3))
        {
          x->first += 3;
          x->start = tok (t, x->first)->start;
          g_free (x->name);
          x->name = surface (t, x->first, x->last);
          continue;
        }
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_ORG || x->lex || x->last < x->first + 6)
        continue;
      guint i = x->first;
      if (g_strv_contains (lead, key (sc, i)))
        i++;
      if (!g_strv_contains (heads, key (sc, i)))
        continue;
      i++;
      if (i + 1 < x->last && !ng_strcmp (key (sc, i), "of") && g_strv_contains (members, key (sc, i + 1)))
        i += 2;
      /* (not a country's body: "the General Council of the Republic of San
       * Marino", "the Assembly of the Republic of North Macedonia") */
      static const char *const states[] = {
        "republic", "kingdom", "state", "federation", "principality", "sultanate", "emirate", "commonwealth",
        "grand", "islamic", "democratic", "people's", "peoples", "united", NULL
      };
      if (i + 3 >= x->last || ng_strcmp (key (sc, i), "of") || ng_strcmp (key (sc, i + 1), "the")
          || !(tok (t, i + 2)->flags & NG_TF_CAP) || g_strv_contains (states, key (sc, i + 2)))
        continue;
      /* (nor a chamber's: "the Standing Committee of the Supreme People's
       * Assembly", "of the National People's Congress") */
      static const char *const chambers[] = {
        "assembly", "parliament", "congress", "senate", "duma", "majlis", "chamber", "house", "khural", "rada",
        "sejm", "knesset", "storting", NULL
      };
      if (g_strv_contains (chambers, key (sc, x->last - 1)))
        continue;
      guint head_first = x->first;
      x->first = i + 2;
      x->start = tok (t, x->first)->start;
      g_free (x->name);
      x->name = surface (t, x->first, x->last);
      /* The body, a mention of its own just before it */
      insert_mention (out, from, m, span_of (NG_MS_ENTITY, NG_KIND_ORG, t, head_first, i, NULL, surface (t, head_first, i)));
      m++;
    }
}

/* "Minister of Health and Wellness Jerome Walcott": a portfolio's last
 * word after "and", which no list knows, is the title's, not the first
 * name of the person after it (not a given name, and two or more words of
 * name left). */
static void
join_portfolio_and (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_TITLE || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->first != x->last + 1
          || y->last < y->first + 3 || ng_strcmp (key (sc, x->last), "and") || !strstr (x->name, " of ")
          || (tok (t, y->first)->flags & NG_TF_POSS))
        continue;
      const NgLexHit *h;
      if (hit_at (sc, y->first, &h) || tok_in (sc, y->first, particles))
        continue;
      x->last = y->first + 1;
      x->end = tok (t, y->first)->end;
      g_free (x->name);
      x->name = surface (t, x->first, x->last);
      y->first++;
      y->start = tok (t, y->first)->start;
      g_free (y->name);
      y->name = surface (t, y->first, y->last);
      y->strong = TRUE;
    }
}

/* The token after a list's joint from token g: a comma, "and", or ", and"
 * (g itself if none). */
static guint
after_joint (NgMentionScanner *sc, const NgText *t, guint g, guint end)
{
  if (g < end && tok (t, g)->kind == NG_TOK_PUNCT && t->text[tok (t, g)->start] == ',')
    g++;
  if (g < end && !ng_strcmp (key (sc, g), "and"))
    g++;
  return g;
}

/* TRUE if token i is a comma or "and" that joins a list. */
static gboolean
list_joint (NgMentionScanner *sc, const NgText *t, guint i)
{
  return !ng_strcmp (key (sc, i), "and")
         || (tok (t, i)->kind == NG_TOK_PUNCT && t->text[tok (t, i)->start] == ',');
}

/* "Ulf Kristersson of Sweden, Petteri Orpo of Finland and Kristrun
 * Frostadottir of Iceland": a name of two or three capitalized words
 * listed after a person's name, each "of <country>", is a person's, though
 * no given name backs it. */
static void
listed_people (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from + 2; m < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *yc = m + 1 < out->len ? &g_array_index (out, NgMentionSpan, m + 1) : NULL;
      NgMentionSpan *xc = &g_array_index (out, NgMentionSpan, m - 1);
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m - 2);
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->strong || y->last < y->first + 2
          || y->last > y->first + 3 || !yc || yc->role != NG_MS_ENTITY || yc->kind != NG_KIND_COUNTRY
          || yc->first != y->last + 1 || ng_strcmp (key (sc, y->last), "of")
          || x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || !x->strong
          || xc->role != NG_MS_ENTITY || xc->kind != NG_KIND_COUNTRY || xc->first != x->last + 1
          || ng_strcmp (key (sc, x->last), "of"))
        continue;
      /* (", " or "and" or ", and" between) */
      guint g = after_joint (sc, t, xc->last, y->first);
      if (g == y->first && g > xc->last)
        y->strong = TRUE;
    }
}

/* "The foreign ministers of Estonia and Latvia, Margus Tsahkna and Baiba
 * Braze, ...": the names listed after the countries a plural post is of
 * are people's, though no given name backs them. */
static void
respective_people (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint first, guint end)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_COUNTRY || x->first < first + 2
          || ng_strcmp (key (sc, x->first - 1), "of") || !g_str_has_suffix (key (sc, x->first - 2), "s"))
        continue;
      /* the countries */
      guint q = m, nc = 1;
      while (q + 1 < out->len)
        {
          NgMentionSpan *a = &g_array_index (out, NgMentionSpan, q), *b = &g_array_index (out, NgMentionSpan, q + 1);
          gboolean joined = b->first > a->last && b->first <= a->last + 2;
          for (guint i = a->last; i < b->first && joined; i++)
            joined = list_joint (sc, t, i);
          if (!joined || b->role != NG_MS_ENTITY || b->kind != NG_KIND_COUNTRY)
            break;
          q++, nc++;
        }
      /* a comma or a dash, then as many names */
      NgMentionSpan *last = &g_array_index (out, NgMentionSpan, q);
      if (nc < 2 || q + nc >= out->len || last->last >= end || tok (t, last->last)->kind != NG_TOK_PUNCT)
        continue;
      gboolean people = TRUE;
      for (guint p = q + 1; p <= q + nc && people; p++)
        {
          NgMentionSpan *y = &g_array_index (out, NgMentionSpan, p);
          NgMentionSpan *prev = &g_array_index (out, NgMentionSpan, p - 1);
          people = y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && y->first > prev->last
                   && y->first <= prev->last + 2;
          for (guint i = prev->last + (p == q + 1); i < y->first && people; i++)
            people = list_joint (sc, t, i);
        }
      for (guint p = q + 1; people && p <= q + nc; p++)
        g_array_index (out, NgMentionSpan, p).strong = TRUE;
      m = q;
    }
}

/* NgKind of a lexicon class (entities only); -1 otherwise. */
static gint
kind_of_lex (NgLexClass c)
{
  switch (c)
    {
    case NG_LEX_COUNTRY: return NG_KIND_COUNTRY;
    case NG_LEX_CITY: return NG_KIND_CITY;
    case NG_LEX_PLACE: return NG_KIND_PLACE;
    case NG_LEX_ORG: case NG_LEX_AGENCY: return NG_KIND_ORG;
    case NG_LEX_PERSON: return NG_KIND_PERSON;
    default: return -1;
    }
}

/* TRUE if tokens [first, last) end with a head word of one of the lists of bits. */
static gboolean
ends_with_head_bits (NgMentionScanner *sc, guint first, guint last, guint64 bits)
{
  if (last <= first)
    return FALSE;
  if (tok_in_bits (sc, last - 1, bits))
    return TRUE;
  /* "Dialogue on Northeast Asian Security", "Group on Venezuela": a head
   * word, then "on" and what the body is about; or "for" ("Nigeria-Niger
   * Joint Commission for Cooperation") */
  for (guint q = first + 1; q + 1 < last; q++)
    if (!ng_strcmp (key (sc, q), "on") && tok_in_bits (sc, q - 1, bits))
      return TRUE;
  /* (or "for" and one or two words, the name's end: "Nigeria-Niger Joint
   * Commission for Cooperation"; not a name cut before its end,
   * "Coalition for the Return" before "of Ukrainian Children", "Forces
   * for the Liberation" before "of Rwanda") */
  for (guint q = last >= first + 3 ? last - 3 : first + 1; q + 1 < last; q++)
    if (q > first && !ng_strcmp (key (sc, q), "for") && tok_in_bits (sc, q - 1, bits)
        && ng_strcmp (key (sc, q + 1), "the")
        && (last >= sc->base + sc->n
            || (ng_strcmp (key (sc, last), "of") && ng_strcmp (key (sc, last), "and")
                && ng_strcmp (key (sc, last), "for") && ng_strcmp (key (sc, last), "on"))))
      return TRUE;
  return FALSE;
}

/* TRUE if tokens [first, last) end with a head word of list (a name of word_lists). */
#define ends_with_head(sc, first, last, list) ends_with_head_bits ((sc), (first), (last), LIST_BIT (list))

/* TRUE for a compass word that opens names: "North Atlantic Council". */
static gboolean
is_direction (NgMentionScanner *sc, guint i)
{
  static const char *const dirs[] = { "north", "south", "east", "west", "northern", "southern", "eastern",
                                      "western", "central", "upper", "lower", "greater", NULL };
  for (const char *const *d = dirs; *d; d++)
    if (!ng_strcmp (key (sc, i), *d))
      return TRUE;
  return FALSE;
}

/* TRUE for an acronym token: "CSTO", "G20", "AU". */
static gboolean
is_acronym (const NgText *t, guint i)
{
  const NgToken *k = tok (t, i);
  if (k->kind != NG_TOK_WORD && k->kind != NG_TOK_NUMBER)
    return FALSE;
  if (k->flags & NG_TF_ALLCAPS)
    return TRUE;
  guint upper = 0, lower = 0;
  for (guint32 p = k->start; p < k->end; p++)
    {
      char ch = t->text[p];
      if (g_ascii_isupper (ch))
        upper++;
      else if (g_ascii_islower (ch))
        lower++;
    }
  return upper >= 1 && lower == 0 && ng_token_len (k) >= 2;
}


/* TRUE if token i is a name particle ("von", "al-", "bin"). */
static gboolean
is_particle (const NgText *t, NgMentionScanner *sc, guint i)
{
  if (tok_in (sc, i, particles))
    return TRUE;
  return FALSE;
}

/* TRUE for a lowercase particle glued to a capitalized name: "al-Sudani", "el-Sisi". */
static gboolean
has_inner_cap (const NgText *t, guint i)
{
  const NgToken *k = tok (t, i);
  if (k->kind != NG_TOK_WORD || (k->flags & NG_TF_CAP))
    return FALSE;
  const char *p = t->text + k->start, *e = t->text + k->end;
  const char *dash = memchr (p, '-', (size_t) (e - p));
  if (!dash || dash - p > 3 || dash + 1 >= e)
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (dash + 1));
}

/* TRUE if word i joins two or more names the lexicons know as countries,
 * organizations, continents or regions of several countries with
 * hyphens: "India-Africa", "China-CELAC". */
static gboolean
partners_word (NgMentionScanner *sc, const NgText *t, guint i)
{
  const NgToken *k = tok (t, i);
  const char *p = t->text + k->start, *e = t->text + k->end;
  if (k->kind != NG_TOK_WORD || !memchr (p, '-', (size_t) (e - p)))
    return FALSE;
  guint parts = 0;
  while (p < e)
    {
      const char *dash = memchr (p, '-', (size_t) (e - p));
      const char *pe = dash ? dash : e;
      if (pe == p || !g_unichar_isupper (g_utf8_get_char (p)))
        return FALSE;
      g_autofree char *k2 = ng_fold_plain_len (p, (gssize) (pe - p));
      /* ("Australia-New Zealand": the last part's name goes on in the
       * next word) */
      if (pe == e && i + 1 < t->tokens->len && tok (t, i + 1)->kind == NG_TOK_WORD && is_cap (t, i + 1)
          && tok (t, i + 1)->start == k->end + 1)
        {
          g_autofree char *k3 = ng_fold_plain_len (p, (gssize) (t->text + tok (t, i + 1)->end - p));
          const NgLexHit *hc = ng_lexicon_find (sc->lex, k3, NG_LEX_COUNTRY);
          if (hc && hc->how == NG_LEXHIT_LABEL && parts >= 1)
            return TRUE;
        }
      const GArray *hits = ng_lexicon_lookup (sc->lex, k2);
      gboolean named = FALSE;
      for (guint h = 0; hits && h < hits->len && !named; h++)
        {
          const NgLexHit *x = &g_array_index (hits, NgLexHit, h);
          /* (a continent or a region of several countries, not "the
           * Gulf", which is its states: "the Gulf-China Summit" is the
           * GCC's) */
          named = x->how == NG_LEXHIT_LABEL
                  && (x->entry->cls == NG_LEX_COUNTRY || x->entry->cls == NG_LEX_ORG
                      || (x->entry->cls == NG_LEX_PLACE && x->entry->kind
                          && (!ng_strcmp (x->entry->kind, "continent") || !ng_strcmp (x->entry->kind, "macro-region"))));
        }
      if (!named)
        return FALSE;
      parts++;
      p = pe + 1;
    }
  return parts >= 2;
}

/* The organization the lexicons know that comes first among the parts
 * of a hyphenated word i ("EU-AU", "Asean-GCC-China"), each part a name,
 * before a meeting word ("summit", "forum"), or NULL. */
static const NgLexEntry *
joined_org (NgMentionScanner *sc, const NgText *t, guint i, guint end)
{
  static const char *const meeting_words[] = {
    "summit", "summits", "meeting", "meetings", "ministerial", "forum", "dialogue", "conference", "talks", NULL
  };
  const NgToken *k = tok (t, i);
  const char *p = t->text + k->start, *e = t->text + k->end;
  if (i + 1 >= end || !memchr (p, '-', (size_t) (e - p)))
    return NULL;
  gboolean meeting = FALSE;
  for (const char *const *w = meeting_words; *w && !meeting; w++)
    meeting = !ng_strcmp (key (sc, i + 1), *w);
  if (!meeting)
    return NULL;
  /* (every part a name: not "an NSA-level meeting") */
  for (const char *q = p; q < e; q++)
    if ((q == p || q[-1] == '-') && g_ascii_islower (*q))
      return NULL;
  while (p < e)
    {
      const char *dash = memchr (p, '-', (size_t) (e - p));
      const char *pe = dash ? dash : e;
      if (pe > p)
        {
          g_autofree char *k2 = ng_fold_plain_len (p, (gssize) (pe - p));
          const NgLexHit *h = ng_lexicon_find (sc->lex, k2, NG_LEX_ORG);
          if (h && h->how == NG_LEXHIT_LABEL)
            return h->entry;
        }
      p = pe + 1;
    }
  return NULL;
}

/* TRUE if the lexicon knows the partners' series of word i as a body:
 * "Korea-Africa" (the Korea-Africa Summit), whose ministers' meeting is
 * that body's. */
static gboolean
series_known (NgMentionScanner *sc, guint i)
{
  static const char *const series[] = { "summit", "forum", NULL };
  for (const char *const *sx = series; *sx; sx++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", key (sc, i), *sx);
      if (ng_lexicon_find (sc->lex, name, NG_LEX_ORG))
        return TRUE;
    }
  return FALSE;
}

/* TRUE if token i, in capitals, is a grouping's name of letters and its
 * number of members ("MED5", "E3", "A5"), after "the" or before a word of
 * groups ("G4 countries"); not a model's ("F16", "A320": more digits). */
static gboolean
numbered_group (NgMentionScanner *sc, const NgText *t, guint i, guint first, guint end)
{
  static const char *const group_words[] = {
    "group", "countries", "members", "nations", "states", "ministers", "leaders", "summit", "meeting", "format",
    "partners", "grouping", "bloc", NULL
  };
  const NgToken *k = tok (t, i);
  const char *s = t->text + k->start;
  gsize n = ng_token_len (k), l = 0;
  while (l < n && g_ascii_isupper (s[l]))
    l++;
  if (l < 1 || l > 4 || n - l < 1 || n - l > 2)
    return FALSE;
  for (gsize q = l; q < n; q++)
    if (!g_ascii_isdigit (s[q]))
      return FALSE;
  return (i > first && !ng_strcmp (key (sc, i - 1), "the"))
         || (i + 1 < end && tok (t, i + 1)->kind == NG_TOK_WORD && g_strv_contains (group_words, key (sc, i + 1)));
}

static gboolean acronym_follows (NgMentionScanner *sc, const NgText *t, guint a, guint r, guint end);

/* TRUE if the hit h of l words at token q is a party's one-word name that
 * is a portfolio's word too, not in capitals: "Labour" in "Minister of
 * Labour", "the Ministry of Labour and Social Security". */
static gboolean
party_portfolio (NgMentionScanner *sc, const NgText *t, guint q, const NgLexHit *h, guint l)
{
  return l == 1 && h->entry->cls == NG_LEX_ORG && tok_in (sc, q, portfolio_words)
         && !(tok (t, q)->flags & NG_TF_ALLCAPS);
}

/* TRUE if the capitalized words from token q (and "and") reach the head
 * word of a field of study within six words: "Commonwealth Studies",
 * "West Asian and African Studies". */
static gboolean
field_follows (NgMentionScanner *sc, const NgText *t, guint q, guint end)
{
  static const char *const fields[] = { "studies", "affairs", "relations", "research", "economics",
                                        "history", "sciences", "law", NULL };
  for (guint r = q; r < end && r < q + 6; r++)
    {
      if (!is_cap (t, r) && ng_strcmp (key (sc, r), "and"))
        return FALSE;
      if (r > q && g_strv_contains (fields, key (sc, r)))
        return TRUE;
    }
  return FALSE;
}

/* Scans a run of unknown capitalized words from i; returns its end (exclusive).
 * Connectors join words only when a capitalized word follows, and a known
 * organization after "of" ends the run. */
static guint
scan_run_words (NgMentionScanner *sc, const NgText *t, guint i, guint end)
{
  guint j = i;
  while (j < end)
    {
      const NgLexHit *h;
      guint hl = j > i ? hit_at (sc, j, &h) : 0;
      if (j == i + 1 && hl == 1 && (h->entry->cls == NG_LEX_CITY || h->entry->cls == NG_LEX_COUNTRY) && is_cap (t, j)
          && !(j + 1 < end && is_cap (t, j + 1)) && !(tok (t, i)->flags & NG_TF_POSS))
        {
          /* A given name and a city's or a country's name: a surname
           * ("Jorge Lima", "Alberto Paris", "Luis Montenegro"). */
          const NgLexHit *g;
          if (hit_at (sc, i, &g) && g->entry->cls == NG_LEX_GIVEN)
            return j + 1;
        }
      /* (or a title's word: "Julie Bishop", "Larry King", not followed by
       * a name of its own) */
      if (j == i + 1 && hl == 1 && h->entry->cls == NG_LEX_TITLE && is_cap (t, j)
          && !(j + 1 < end && is_cap (t, j + 1)) && !(tok (t, i)->flags & NG_TF_POSS)
          && !(i > sc->base && ng_strcmp (key (sc, i - 1), "the") == 0))
        {
          const NgLexHit *g;
          if (hit_at (sc, i, &g) && g->entry->cls == NG_LEX_GIVEN)
            return j + 1;
        }
      /* "Hassan Sheikh Mohamud": an honorific inside a name, between two
       * capitalized words */
      const NgLexHit *hg;
      if (j == i + 1 && hl && h->entry->cls == NG_LEX_HONORIFIC && j + hl < end && is_cap (t, j + hl)
          && is_cap (t, j) && !(tok (t, i)->flags & NG_TF_POSS)
          && hit_at (sc, i, &hg) && hg->entry->cls == NG_LEX_GIVEN
          && !(i > sc->base && ng_strcmp (key (sc, i - 1), "the") == 0))
        {
          const NgLexHit *hn;
          guint ln = hit_at (sc, j + hl, &hn);
          if (!ln || hn->entry->cls == NG_LEX_GIVEN)
            {
              j += hl;
              continue;
            }
        }
      /* "Sikandar Sultan Raja": a title or an honorific that is also a
       * given name, between a name's first words and a word that is a
       * given name or no word of the lexicon */
      if (j > i && hl == 1 && (h->entry->cls == NG_LEX_TITLE || h->entry->cls == NG_LEX_HONORIFIC) && is_cap (t, j)
          && tok (t, j)->kind == NG_TOK_WORD && !(tok (t, j - 1)->flags & NG_TF_POSS)
          && !(i > sc->base && ng_strcmp (key (sc, i - 1), "the") == 0)
          && ng_lexicon_find (sc->lex, key (sc, j), NG_LEX_GIVEN))
        {
          gboolean next = j + 1 < end && tok (t, j + 1)->kind == NG_TOK_WORD && is_cap (t, j + 1);
          const NgLexHit *hn;
          guint ln = next ? hit_at (sc, j + 1, &hn) : 0;
          if (next && (!ln || hn->entry->cls == NG_LEX_GIVEN))
            {
              j++;
              continue;
            }
        }
      /* "University of Nairobi", "Central Bank of Kenya": a body's head
       * word, "of" and a city end one name */
      if (j > i + 1 && hl && h->entry->cls == NG_LEX_CITY && !ng_strcmp (key (sc, j - 1), "of") && tok_in (sc, i, org_heads)
          && j == i + 2)
        {
          j += hl;
          break;
        }
      /* ("University of Guam", "Bank of Guam": a region after a school's
       * or a bank's head word and "of" ends its name too; not "the
       * Government of Punjab", a region's own government, nor "the
       * Institute of West Asian Studies", whose name goes on) */
      if (j == i + 2 && hl && h->entry->cls == NG_LEX_PLACE && !ng_strcmp (key (sc, j - 1), "of")
          && ((tok_in (sc, i, study_heads) && tok_in (sc, i, org_heads)) || !ng_strcmp (key (sc, i), "bank"))
          && !(j + hl < end && is_cap (t, j + hl)))
        {
          j += hl;
          break;
        }
      /* ("University of the West Indies", "University of the South
       * Pacific": a region after "of the" and compass words) */
      if (j > i + 2 && hl && h->entry->cls == NG_LEX_PLACE && tok_in (sc, i, org_heads) && !ng_strcmp (key (sc, i + 1), "of")
          && !ng_strcmp (key (sc, i + 2), "the"))
        {
          gboolean compass = TRUE;
          for (guint q = i + 3; q < j && compass; q++)
            compass = is_cap (t, q) && is_direction (sc, q);
          if (compass)
            {
              j += hl;
              break;
            }
        }
      /* "Centre for Indo-Pacific Economics", "Institute for Balkan
       * Studies": a region's name after a body's head word and "for" goes
       * on (not a city: "Office for Europe in Brussels") */
      if (j > i + 1 && hl && h->entry->cls == NG_LEX_PLACE && !ng_strcmp (key (sc, j - 1), "for")
          && (tok_in (sc, i, org_heads) || !ng_strcmp (key (sc, i), "centre") || !ng_strcmp (key (sc, i), "center"))
          && j + hl < end && is_cap (t, j + hl))
        {
          j += hl;
          continue;
        }
      /* ("the Carnegie Middle East Center", "the Jamestown Eurasia
       * Institute": a region's name inside a name before a school's head
       * word) */
      if (j > i && hl && h->entry->cls == NG_LEX_PLACE && h->how == NG_LEXHIT_LABEL && j + hl < end
          && is_cap (t, j + hl) && tok_in (sc, j + hl, study_heads) && is_cap (t, j - 1))
        {
          j += hl;
          continue;
        }
      /* ("the Institute of West Asian and African Studies", "the Institute
       * of Commonwealth Studies": a field's name after a school's head
       * word and "of" or "for" goes on to the field's head word) */
      if (j > i + 1 && hl && h->entry->cls != NG_LEX_TITLE && h->entry->cls != NG_LEX_GIVEN
          && tok_in (sc, i, study_heads)
          && (!ng_strcmp (key (sc, i + 1), "of") || !ng_strcmp (key (sc, i + 1), "for")))
        {
          if (field_follows (sc, t, j, end))
            {
              j += hl;
              continue;
            }
        }
      /* ("Maria do Rosário Palma Ramalho": a place's name after a name's
       * particle, another name after it, is of the name) */
      if (j > i + 1 && hl && is_particle (t, sc, j - 1) && j + hl < end && is_cap (t, j + hl)
          && (h->entry->cls == NG_LEX_CITY || h->entry->cls == NG_LEX_PLACE)
          && hit_at (sc, i, &hg) && hg->entry->cls == NG_LEX_GIVEN)
        {
          j += hl;
          continue;
        }
      /* ("the Ministry of Labour": a portfolio that names a party too) */
      if (j == i + 2 && hl && party_portfolio (sc, t, j, h, hl) && !ng_strcmp (key (sc, i + 1), "of")
          && tok_in (sc, i, org_heads))
        {
          j++;
          continue;
        }
      if (j > i && hl && h->entry->cls != NG_LEX_GIVEN && h->entry->cls != NG_LEX_STOP
          && h->entry->cls != NG_LEX_COUNTRY && h->entry->cls != NG_LEX_TITLE)
        break;
      /* "the Office of the President of Guyana", "the Office of the Prime
       * Minister": a head of state's or government's office */
      if (j == i + 3 && hl && h->entry->cls == NG_LEX_TITLE && !ng_strcmp (key (sc, i), "office")
          && !ng_strcmp (key (sc, i + 1), "of") && !ng_strcmp (key (sc, i + 2), "the") && heads_state (h->entry))
        {
          j += hl;
          if (j + 1 < end && !ng_strcmp (key (sc, j), "of") && is_cap (t, j + 1))
            continue;
          break;
        }
      /* ("the Community Court of Justice", "the National Council of
       * Justice": a portfolio's word that is a title too, after "of") */
      if (j > i + 1 && hl == 1 && h->entry->cls == NG_LEX_TITLE && !ng_strcmp (key (sc, j - 1), "of")
          && tok_in (sc, j, portfolio_words) && (tok_in (sc, i, org_heads) || tok_in (sc, j - 2, org_heads)))
        {
          j++;
          continue;
        }
      if (j > i && hl && h->entry->cls == NG_LEX_TITLE && !tok_in (sc, j, org_heads))
        break;
      /* (nor one after a portfolio: "Defence Cabinet Secretary X" is a
       * post, not the "Defence Cabinet"'s secretary) */
      if (j > i && hl >= 2 && h->entry->cls == NG_LEX_TITLE)
        {
          gboolean portfolio = TRUE;
          for (guint q = i; q < j && portfolio; q++)
            portfolio = is_cap (t, q) && tok_in (sc, q, portfolio_words) && !(tok (t, q)->flags & NG_TF_POSS);
          if (portfolio)
            break;
        }
      /* "Chairman of the Cabinet of Ministers Adylbek Kasymaliev": a given
       * name after an organization's head word starts a person; so after a
       * place's head that ends a name ("Nizhny Novgorod Oblast Gleb
       * Nikitin", not "Park Jin") */
      if (j > i && hl && h->entry->cls == NG_LEX_GIVEN && is_cap (t, j))
        {
          gboolean org = FALSE;
          for (guint q = i; q < j && !org; q++)
            org = tok_in (sc, q, org_heads)
                  || (tok_in (sc, q, place_heads)
                      && (q > i || (i > sc->base && is_cap (t, i - 1) && tok_in (sc, q, region_heads))));
          if (org)
            break;
        }
      /* "Prime Minister X Friday emphasized": a day after a name, not of
       * it (but "the Good Friday Agreement") */
      if (j > i && is_cap (t, j) && ng_date_weekday_of_word (t->text + tok (t, j)->start, ng_token_len (tok (t, j)))
          && (j + 1 >= end || !is_cap (t, j + 1)))
        break;
      if (is_cap (t, j))
        {
          if (j > i && hl && h->entry->cls == NG_LEX_COUNTRY)
            {
              /* A country inside a run only after "of": "Security Council of
               * Belarus"; or "on" after a head word: "International
               * Follow-up Committee on Libya", "Contact Group on Venezuela" */
              if (!(j >= 1 && (ng_strcmp (key (sc, j - 1), "of") == 0 || ng_strcmp (key (sc, j - 1), "the") == 0))
                  && !(j >= i + 2 && !ng_strcmp (key (sc, j - 1), "on") && tok_in (sc, j - 2, org_heads)))
                break;
              j += hl;
              /* (a river or a basin of the country's name goes on: "the
               * Organisation for the Development of the Senegal River") */
              static const char *const waters[] = { "river", "basin", "lake", "valley", "delta", NULL };
              if (h->how != NG_LEXHIT_DEMONYM && j < end && is_cap (t, j) && g_strv_contains (waters, key (sc, j)))
                {
                  j++;
                  /* (and the body named for it: "the Council of Ministers
                   * of the Gambia River Basin Development Organisation") */
                  if (j < end && is_cap (t, j))
                    continue;
                  break;
                }
              /* (so do the members of a country's body of business or
               * work: "the Confederation of Zimbabwe Industries", "the
               * Federation of Kenya Employers") */
              static const char *const members[] = { "industries", "industry", "employers", "manufacturers",
                                                     "workers", "farmers", "unions", "chambers", "exporters",
                                                     "bankers", "businesses", NULL };
              if (h->how != NG_LEXHIT_DEMONYM && j < end && is_cap (t, j) && g_strv_contains (members, key (sc, j)))
                {
                  gboolean body = FALSE;
                  for (guint q = i; q < j && !body; q++)
                    body = tok_in (sc, q, org_heads);
                  if (body)
                    {
                      j++;
                      break;
                    }
                }
              /* (a demonym goes on: "Institute of Peruvian Studies",
               * "International Institute of the Portuguese Language") */
              if (h->how == NG_LEXHIT_DEMONYM && j < end && is_cap (t, j))
                {
                  gboolean body = FALSE;
                  for (guint q = i; q < j && !body; q++)
                    body = tok_in (sc, q, org_heads);
                  if (body)
                    continue;
                }
              break;
            }
          gboolean poss = (tok (t, j)->flags & NG_TF_POSS) != 0;
          j++;
          /* "Supreme People's Assembly", "Workers' Party": a possessive
           * of such a word inside a body's name */
          if (poss && j - 1 > i && j < end && is_cap (t, j) && tok_in (sc, j - 1, collective_owners))
            continue;
          /* "the Malaysia-Singapore Leaders' Retreat", "the Korea-Africa
           * Foreign Ministers' Meeting": the series of two partners'
           * meetings goes on over its owners' possessive */
          if (poss && j - 1 > i && j < end && is_cap (t, j) && tok_in (sc, j - 1, meeting_owners)
              && tok_in (sc, j, owned_meeting_heads) && partners_word (sc, t, i) && !series_known (sc, i))
            continue;
          /* ("Ministry of Expatriates' Welfare and Overseas Employment": a
           * plural's possessive after "of" in a body's name) */
          if (poss && j - 1 > i + 1 && j < end && is_cap (t, j) && !ng_strcmp (key (sc, j - 2), "of")
              && tok_in (sc, i, org_heads))
            {
              const char *pe = t->text + tok (t, j - 1)->end;   /* (the possessive's mark) */
              gsize ml = pe[0] == '\'' ? 1 : !strncmp (pe, "\u2019", 3) ? 3 : 0;
              if (ml && pe[-1] == 's' && pe[ml] != 's')
                continue;
            }
          if (poss)
            break;
          continue;
        }
      /* Name particles: "al-Sudani", "von der Leyen", "bin Salman", "Ould Ghazouani". */
      if (j > i && tok (t, j)->kind == NG_TOK_WORD && is_particle (t, sc, j))
        {
          guint k = j;
          while (k < end && tok (t, k)->kind == NG_TOK_WORD && is_particle (t, sc, k) && !has_inner_cap (t, k))
            k++;
          if (k < end && (is_cap (t, k) || has_inner_cap (t, k)))
            {
              j = k;
              continue;
            }
          if (k > j && has_inner_cap (t, k - 1))
            {
              j = k;
              continue;
            }
        }
      if (j > i && tok (t, j)->kind == NG_TOK_WORD && has_inner_cap (t, j))
        {
          j++;
          continue;
        }
      /* "Authority of Heads of State and Government": one name */
      if (j > i + 1 && j + 1 < end && !ng_strcmp (key (sc, j), "and") && !ng_strcmp (key (sc, j - 1), "state")
          && !ng_strcmp (key (sc, j + 1), "government") && is_cap (t, j + 1))
        {
          j += 2;
          continue;
        }
      /* "Peace and Security Council": "and" inside an organization's name. */
      if (j > i && tok (t, j)->kind == NG_TOK_WORD && ng_strcmp (key (sc, j), "and") == 0)
        {
          guint k = j + 1;
          gboolean clean = TRUE;
          for (guint q = i; q < j && clean; q++)
            {
              const NgLexHit *hq;
              guint lq = hit_at (sc, q, &hq);
              if (lq && hq->entry->cls != NG_LEX_STOP
                  /* (but the portfolio that names a party: "the Ministry of
                   * Labour and Social Security") */
                  && !(q == i + 2 && party_portfolio (sc, t, q, hq, lq) && !ng_strcmp (key (sc, i + 1), "of")
                       && tok_in (sc, i, org_heads)))
                clean = FALSE;
            }
          /* (not a name just after a title: "Chairman Yim Jong-ryong and
           * NongHyup Financial Group Chairman Lee Chan-woo", two people's
           * slots) */
          const NgLexHit *ht;
          if (i > sc->base && hit_at (sc, i - 1, &ht) && ht->entry->cls == NG_LEX_TITLE && !tok_in (sc, i, org_heads))
            clean = FALSE;
          const NgLexHit *hn;
          /* (an institute's fields may be peoples': "Foundation for
           * European and Foreign Policy") */
          if (!clean && i + 2 < j && tok_in (sc, i, study_heads)
              && (!ng_strcmp (key (sc, i + 1), "of") || !ng_strcmp (key (sc, i + 1), "for")))
            clean = TRUE;
          if (!clean || (k < end && hit_at (sc, k, &hn)))
            break;
          while (k < end && k < j + 5 && is_cap (t, k))
            {
              if (tok_in (sc, k, org_heads))
                break;
              k++;
            }
          if (k < end && k > j + 1 && is_cap (t, k) && tok_in (sc, k, org_heads))
            {
              j = k + 1;
              continue;
            }
          /* "Committee of Representatives of Governments and
           * Administrations (CRGA)": the acronym after it spells it */
          if (k > j + 1 && k < end && acronym_follows (sc, t, i, k, end))
            {
              j = k;
              break;
            }
          /* "Ministry of Expatriates' Welfare and Overseas Employment",
           * "Department of Trade and Industry", "Directorate of
           * Information and Media", "Foundation for European
           * and Foreign Policy": a ministry's portfolios, an institute's
           * fields (the words after "and" no lexicon knows) */
          if (k > j + 1 && k <= j + 3 && i + 2 < j
              && (((!ng_strcmp (key (sc, i), "ministry") || !ng_strcmp (key (sc, i), "department")
                    || !ng_strcmp (key (sc, i), "chamber") || !ng_strcmp (key (sc, i), "directorate")
                    || !ng_strcmp (key (sc, i), "office") || !ng_strcmp (key (sc, i), "bureau")
                    || !ng_strcmp (key (sc, i), "agency") || !ng_strcmp (key (sc, i), "division"))
                   && !ng_strcmp (key (sc, i + 1), "of"))
                  || (tok_in (sc, i, study_heads)
                      && (!ng_strcmp (key (sc, i + 1), "of") || !ng_strcmp (key (sc, i + 1), "for")))))
            {
              gboolean known = FALSE;
              for (guint q = j + 1; q < k && !known; q++)
                known = hit_at (sc, q, &hn) != 0;
              if (!known)
                {
                  j = k;
                  break;
                }
            }
          /* "Joint Permanent Commission on Defence and Security",
           * "Committee on Science and Technology": what a body is about,
           * one or two words after its head and "on", "and" one or two
           * words no lexicon knows */
          if (k > j + 1 && k <= j + 3 && j >= i + 3 && j <= i + 5
              && (k >= end || !is_cap (t, k)))
            {
              gboolean on = FALSE;
              for (guint q = j >= 3 ? j - 3 : 0; q + 1 < j && !on; q++)
                on = q >= i && !ng_strcmp (key (sc, q + 1), "on") && tok_in (sc, q, org_heads);
              gboolean known = FALSE;
              for (guint q = j + 1; q < k && !known; q++)
                known = hit_at (sc, q, &hn) != 0;
              if (on && !known)
                {
                  j = k;
                  break;
                }
            }
          break;
        }
      /* "Group of 20". */
      if (j > i && j + 1 < end && ng_strcmp (key (sc, j), "of") == 0 && tok (t, j + 1)->kind == NG_TOK_NUMBER
          && tok_in (sc, j - 1, org_heads))
        {
          j += 2;
          break;
        }
      if (j > i && tok (t, j)->kind == NG_TOK_WORD && tok_in (sc, j, connectors)
          && ng_strcmp (key (sc, j), "and") != 0)
        {
          guint k = j + 1;
          while (k < end && tok (t, k)->kind == NG_TOK_WORD && tok_in (sc, k, connectors)
                 && ng_strcmp (key (sc, k), "and") != 0)
            k++;
          /* (not a day: "Board of Governors on Thursday") */
          if (k < end && is_cap (t, k)
              && (ng_date_weekday_of_word (t->text + tok (t, k)->start, ng_token_len (tok (t, k)))
                  || ng_date_month (t->text + tok (t, k)->start, ng_token_len (tok (t, k)))))
            break;
          if (k < end && is_cap (t, k))
            {
              /* "of" + a known organization: stop (the parent body); but
               * not a field's name after a school's head word: "the
               * Institute of Commonwealth Studies"; nor a portfolio that
               * names a party too, "the Ministry of Labour" */
              const NgLexHit *h2;
              guint l2 = hit_at (sc, k, &h2);
              if (l2 && (h2->entry->cls == NG_LEX_ORG || h2->entry->cls == NG_LEX_AGENCY)
                  && !(j == i + 1 && tok_in (sc, i, study_heads) && field_follows (sc, t, k, end))
                  && !(j == i + 1 && tok_in (sc, i, org_heads) && party_portfolio (sc, t, k, h2, l2)))
                break;
              /* Only organization and place names take connectors. */
              if (!tok_in (sc, i, org_heads) && !tok_in (sc, j - 1, org_heads)
                  && !tok_in (sc, j - 1, place_heads) && !tok_in (sc, i, place_heads))
                break;
              j = k;
              continue;
            }
        }
      break;
    }
  return j;
}

/* TRUE if "(ACRONYM)" follows tokens a..r and its letters are the
 * initials of their capitalized words: "Asean Regional Forum (ARF)". */
static gboolean
acronym_follows (NgMentionScanner *sc, const NgText *t, guint a, guint r, guint end)
{
  if (r + 2 >= end || t->text[tok (t, r)->start] != '(' || t->text[tok (t, r + 2)->start] != ')'
      || tok (t, r + 1)->kind != NG_TOK_WORD)
    return FALSE;
  const char *acr = key (sc, r + 1);
  gsize n = 0, al = strlen (acr);
  for (guint q = a; q < r; q++)
    {
      if (!is_cap (t, q))
        continue;
      if (n >= al || g_ascii_tolower (t->text[tok (t, q)->start]) != acr[n])
        return FALSE;
      n++;
    }
  return n == al && n >= 2;
}

/* TRUE if tokens a..r are "Centre for Security Policy", "Center for
 * Strategic and International Studies": a centre for something is a body,
 * not a place. */
static gboolean
centre_for (NgMentionScanner *sc, guint a, guint r)
{
  return r >= a + 3 && (!ng_strcmp (key (sc, a), "centre") || !ng_strcmp (key (sc, a), "center"))
         && !ng_strcmp (key (sc, a + 1), "for");
}

/* TRUE if words [a, r) end with a centre of research, no venue: "the
 * European Policy Centre", "the Pew Research Center". */
static gboolean
research_centre (NgMentionScanner *sc, guint a, guint r)
{
  return r >= a + 2 && (!ng_strcmp (key (sc, r - 1), "centre") || !ng_strcmp (key (sc, r - 1), "center"))
         && (!ng_strcmp (key (sc, r - 2), "policy") || !ng_strcmp (key (sc, r - 2), "research"));
}

/* TRUE if token e is an "of" before a known organization's whole name
 * ("... of the Adriatic and Ionian Initiative"; not "of the European Union
 * Parliaments", where the name goes on). */
static gboolean
org_after_of (NgMentionScanner *sc, const NgText *t, guint e, guint end)
{
  if (ng_strcmp (key (sc, e), "of"))
    return FALSE;
  guint p = e + 1;
  if (p < end && !ng_strcmp (key (sc, p), "the"))
    p++;
  const NgLexHit *h;
  guint l = p < end ? hit_at (sc, p, &h) : 0;
  return l && h->entry->cls == NG_LEX_ORG && !(p + l < end && tok (t, p + l)->kind == NG_TOK_WORD && is_cap (t, p + l));
}

/* Scans a run of unknown capitalized words from i, as scan_run_words does,
 * and returns its end (exclusive) without what cannot end a name: a
 * connector ("Atlantic Initiative for" before the place "Sahel"), or the
 * person named after a ministry's portfolio ("Press Service Department of
 * the Ministry of Foreign Affairs Aykhan Hajizada told ..."). */
static guint
scan_run (NgMentionScanner *sc, const NgText *t, guint i, guint end)
{
  guint r = scan_run_words (sc, t, i, end);
  while (r > i + 1 && tok (t, r - 1)->kind == NG_TOK_WORD && !is_cap (t, r - 1) && tok_in (sc, r - 1, connectors))
    r--;
  /* "of ... Affairs" + two or three capitalized words, none a head word
   * or known to a lexicon but as a given name: a person after the body */
  for (guint q = MAX (i + 2, r > 3 ? r - 3 : 0); q + 2 <= r; q++)
    {
      if (ng_strcmp (key (sc, q - 1), "affairs") != 0)
        continue;
      gboolean of = FALSE, name = TRUE;
      for (guint u = i; u + 1 < q && !of; u++)
        of = ng_strcmp (key (sc, u), "of") == 0 && tok_in (sc, i, org_heads);
      for (guint u = q; u < r && name; u++)
        {
          const NgLexHit *h;
          name = is_cap (t, u) && !(tok (t, u)->flags & NG_TF_ALLCAPS) && !tok_in (sc, u, org_heads)
                 && !tok_in (sc, u, place_heads) && (!hit_at (sc, u, &h) || h->entry->cls == NG_LEX_GIVEN);
        }
      if (of && name)
        return q;
    }
  /* "Chairman of the Foreign Affairs Committee Marko Mihkelson": a title,
   * "of (the)", a body's name ending in its head word, then two or three
   * capitalized words none of which is a head word or known to a
   * lexicon but as a given name: a person after the body */
  guint t0 = i >= sc->base + 1 && !ng_strcmp (key (sc, i - 1), "the") ? i - 1 : i;
  const NgLexHit *th;
  if (t0 >= sc->base + 2 && !ng_strcmp (key (sc, t0 - 1), "of") && hit_at (sc, t0 - 2, &th) && th->entry->cls == NG_LEX_TITLE)
    for (guint q = MAX (i + 2, r > 3 ? r - 3 : 0); q + 2 <= r; q++)
      {
        if (!tok_in (sc, q - 1, org_heads))
          continue;
        gboolean name = TRUE;
        for (guint u = q; u < r && name; u++)
          {
            const NgLexHit *h;
            name = is_cap (t, u) && !(tok (t, u)->flags & NG_TF_ALLCAPS) && !tok_in (sc, u, org_heads)
                   && !tok_in (sc, u, place_heads) && (!hit_at (sc, u, &h) || h->entry->cls == NG_LEX_GIVEN);
          }
        if (name)
          return q;
      }
  return r;
}

/* TRUE if token i is a speech verb (or "according"). */
static gboolean
is_speech (NgMentionScanner *sc, const NgText *t, guint i, guint end)
{
  if (i >= end || tok (t, i)->kind != NG_TOK_WORD)
    return FALSE;
  return tok_in (sc, i, speech);
}

/* "the President of the Chamber of Deputies, Deputy Hugo Motta": a
 * deputy's word before a given name is no word of the name. */
static void
deputy_before_name (NgMentionScanner *sc, const NgText *t, GArray *out, guint from)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      const NgLexHit *h;
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->last < x->first + 3 || ng_strcmp (key (sc, x->first), "deputy")
          || !(hit_at (sc, x->first + 1, &h) && h->entry->cls == NG_LEX_GIVEN))
        continue;
      x->first++;
      x->start = tok (t, x->first)->start;
      g_free (x->name);
      x->name = surface (t, x->first, x->last);
      x->strong = TRUE;
    }
}

/* "Prime Minister Montenegro will co-chair", "Mr Montenegro said": a
 * country's name of one word right after a person's title or an
 * honorific, no capitalized word after it, is a surname (Luis
 * Montenegro's). */
static void
surname_of_country (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint end)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_COUNTRY || !x->lex || x->possessive || x->last != x->first + 1
          || x->first <= sc->base || (x->last < end && tok (t, x->last)->kind == NG_TOK_WORD && is_cap (t, x->last)))
        continue;
      const NgMentionSpan *ti = m > from ? &g_array_index (out, NgMentionSpan, m - 1) : NULL;
      gboolean after_title = ti && ti->role == NG_MS_TITLE && ti->last == x->first && ti->lex && ti->of < 0
                             && is_cap (t, ti->first);
      const char *b = key (sc, x->first - 1);
      gboolean honorific = !ng_strcmp (b, "mr") || !ng_strcmp (b, "ms") || !ng_strcmp (b, "mrs") || !ng_strcmp (b, "dr");
      if (!after_title && !honorific)
        continue;
      /* (not a title whose country comes after it: "the Ambassador to
       * Montenegro" has its "to") */
      const char *tn = after_title ? ti->name : "";
      if (g_str_has_suffix (tn, " of") || g_str_has_suffix (tn, " to") || g_str_has_suffix (tn, " for"))
        continue;
      x->kind = NG_KIND_PERSON;
      x->lex = NULL;
      x->strong = TRUE;
    }
}

/* Links titles with their people and posts with their countries. */
static void
link_titles (NgMentionScanner *sc, const NgText *t, GArray *out, guint from, guint end)
{
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_TITLE)
        continue;
      /* The post's country or organization just before: "Russian", "Kyrgyzstan's",
       * "CSTO's new". */
      if (x->of < 0 && m > from)
        {
          for (gint p = (gint) m - 1; p >= (gint) from; p--)
            {
              NgMentionSpan *y = &g_array_index (out, NgMentionSpan, p);
              guint gap = x->first - y->last;
              /* "Organisation of Islamic Cooperation (OIC) Secretary-General":
               * the expansion before its acronym in parentheses */
              if (y->role == NG_MS_ACRONYM && gap == 1 && p > (gint) from
                  && tok (t, y->last)->kind == NG_TOK_PUNCT && t->text[tok (t, y->last)->start] == ')')
                {
                  NgMentionSpan *e = &g_array_index (out, NgMentionSpan, p - 1);
                  if (e->role == NG_MS_ENTITY && e->kind == NG_KIND_ORG && e->last + 1 == y->first)
                    x->of = p - 1;
                  break;
                }
              gboolean adjacent = gap == 0;
              /* "her Indonesian counterpart, Foreign Minister Sugiono": the
               * description's country */
              if (y->role == NG_MS_DESCRIPTION && y->lex && gap == 1 && tok (t, y->last)->kind == NG_TOK_PUNCT
                  && t->text[tok (t, y->last)->start] == ',')
                {
                  x->of = p;
                  break;
                }
              /* "CSTO's new Secretary General": up to two lowercase words
               * between; "the Russian diplomatic spokeswoman" */
              if (!adjacent && (y->possessive || y->role == NG_MS_DEMONYM) && gap <= 2)
                {
                  adjacent = TRUE;
                  for (guint g = y->last; g < x->first; g++)
                    if (tok (t, g)->kind != NG_TOK_WORD || is_cap (t, g))
                      adjacent = FALSE;
                }
              if (!adjacent)
                break;
              if (y->role == NG_MS_DEMONYM
                  || (y->role == NG_MS_ENTITY && (y->kind == NG_KIND_COUNTRY || y->kind == NG_KIND_ORG
                                                   || y->kind == NG_KIND_PLACE || y->kind == NG_KIND_CITY)))
                x->of = p;
              break;
            }
        }
      /* "India was represented by its ambassador in Moscow, X", "Senegal's
       * minister was represented by the country's ambassador to Nigeria":
       * the post of the country (or body) the sentence opens with */
      if (x->of < 0 && x->first >= sc->base + 2)
        {
          guint b = x->first;
          gboolean its = !ng_strcmp (key (sc, b - 1), "its")
                         || (b >= sc->base + 3 && !ng_strcmp (key (sc, b - 1), "country's") && !ng_strcmp (key (sc, b - 2), "the"))
                         || (b >= sc->base + 3 && !ng_strcmp (key (sc, b - 1), "country") && (tok (t, b - 1)->flags & NG_TF_POSS)
                             && !ng_strcmp (key (sc, b - 2), "the"));
          /* ("while Chile sent its Under-Secretary for Defence, X": the
           * subject of the verb just before "its") */
          if (its && !ng_strcmp (key (sc, b - 1), "its") && b >= sc->base + 3 && tok (t, b - 2)->kind == NG_TOK_WORD
              && !is_cap (t, b - 2))
            for (guint q = from; q < m; q++)
              {
                const NgMentionSpan *y = &g_array_index (out, NgMentionSpan, q);
                if (y->role == NG_MS_ENTITY && y->last == b - 2 && (y->kind == NG_KIND_COUNTRY || y->kind == NG_KIND_ORG))
                  {
                    x->of = (gint) q;
                    its = FALSE;
                  }
              }
          if (its && from < out->len)
            {
              NgMentionSpan *s0 = &g_array_index (out, NgMentionSpan, from);
              guint f0 = s0->first;
              if (f0 > sc->base && !ng_strcmp (key (sc, f0 - 1), "the"))
                f0--;
              if (from < m && f0 == sc->base && s0->role == NG_MS_ENTITY
                  && (s0->kind == NG_KIND_COUNTRY || s0->kind == NG_KIND_ORG))
                x->of = (gint) from;
            }
        }
      /* A person right after (or after ", "): "Defense Minister Sergei Shoigu",
       * "official spokeswoman, Maria Zakharova". */
      for (guint p = m + 1; p < out->len; p++)
        {
          NgMentionSpan *y = &g_array_index (out, NgMentionSpan, p);
          /* (over the acronym of the post's body: "The Director-General of
           * the Food and Agriculture Organization (FAO), Qu Dongyu,") */
          if (y->role == NG_MS_ACRONYM && x->of >= 0 && y->first == x->last + 1 && y->last + 1 < end
              && t->text[tok (t, x->last)->start] == '(' && t->text[tok (t, y->last)->start] == ')')
            {
              x->last = y->last + 1;
              x->end = tok (t, y->last)->end;
              continue;
            }
          guint gap = y->first - x->last;
          /* (the honorifics of the name may come between: "Qatar's emir,
           * Sheikh Tamim bin Hamad Al Thani") */
          guint g = x->last;
          if (g < y->first && tok (t, g)->kind == NG_TOK_PUNCT && t->text[tok (t, g)->start] == ',')
            g++;
          /* (and "the" before them: "the Prime Minister of Papua New
           * Guinea, the Hon James Marape", "Australia's Prime Minister the
           * Hon Anthony Albanese MP") */
          if (g + 1 < y->first && !ng_strcmp (key (sc, g), "the")
              && ng_lexicon_find (sc->lex, key (sc, g + 1), NG_LEX_HONORIFIC))
            g++;
          for (;;)
            {
              const NgLexHit *hh;
              guint hl = g < y->first ? hit_at (sc, g, &hh) : 0;
              if (hl && hh->entry->cls == NG_LEX_HONORIFIC && g + hl <= y->first)
                {
                  g += hl;
                  /* ("Dato' Lim Jock Hoi": the apostrophe of the honorific) */
                  if (g < y->first && tok (t, g)->kind == NG_TOK_PUNCT
                      && (t->text[tok (t, g)->start] == '\'' || !strncmp (t->text + tok (t, g)->start, "\u2019", 3)))
                    g++;
                }
              else if (g < y->first && tok (t, g)->kind == NG_TOK_WORD
                       && ng_lexicon_find (sc->lex, key (sc, g), NG_LEX_HONORIFIC))
                g++;
              else
                break;
            }
          /* "the presidential adviser for national security, Ionut
           * Mihailescu,": a lowercase field after the post, then a comma */
          if (g != y->first && y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && x->last < end
              && (!ng_strcmp (key (sc, x->last), "for") || !ng_strcmp (key (sc, x->last), "on"))
              && y->first >= x->last + 3 && y->first <= x->last + 6
              && tok (t, y->first - 1)->kind == NG_TOK_PUNCT && t->text[tok (t, y->first - 1)->start] == ',')
            {
              gboolean lower = TRUE;
              for (guint q = x->last + 1; q + 1 < y->first && lower; q++)
                lower = tok (t, q)->kind == NG_TOK_WORD && !is_cap (t, q);
              if (lower)
                g = y->first;
            }
          gboolean ok = gap == 0 || (g == y->first && y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON);
          /* "the President of the Republic of Uganda, Gen. Yoweri
           * Museveni": the post is the holder's, not the rank before the
           * name */
          /* (and "the minister of foreign affairs, Ambassador Yusuf
           * Tuggar": an envoy's rank kept as an honorific) */
          if (g == y->first && gap > 0 && y->role == NG_MS_TITLE && y->lex && p + 1 < out->len
              && ((x->of >= 0 && y->lex->kind && !ng_strcmp (y->lex->kind, "rank"))
                  || (y->last == y->first + 1 && !ng_strcmp (key (sc, y->first), "ambassador") && x->lex
                      && ng_strcmp (key (sc, x->last - 1), "ambassador") && y->first == x->last + 1
                      && tok (t, x->last)->kind == NG_TOK_PUNCT && t->text[tok (t, x->last)->start] == ',')))
            {
              NgMentionSpan *z = &g_array_index (out, NgMentionSpan, p + 1);
              if (z->role == NG_MS_ENTITY && z->kind == NG_KIND_PERSON && z->first == y->last && z->title < 0
                  && !z->headline)
                {
                  z->title = (gint) m;
                  z->strong = TRUE;
                }
              break;
            }
          /* "Secretary General of the PLO Executive Committee Hussein
           * al-Sheikh": a body of the post's organization, then the person */
          if (gap == 0 && x->of >= 0 && y->role == NG_MS_ENTITY && y->kind == NG_KIND_ORG
              && y->parent == x->of && (guint) x->of + 1 == p)
            {
              x->last = y->last;
              continue;
            }
          /* "Governor of Russia's Nizhny Novgorod Oblast Gleb Nikitin": a
           * region of the country, where the post is */
          if (gap == 0 && x->of >= 0 && (guint) x->of + 1 == p && y->role == NG_MS_ENTITY
              && (y->kind == NG_KIND_PLACE || y->kind == NG_KIND_CITY))
            {
              const NgMentionSpan *o = &g_array_index (out, NgMentionSpan, x->of);
              if (o->role == NG_MS_ENTITY && o->kind == NG_KIND_COUNTRY && o->possessive)
                {
                  x->of = (gint) p;
                  x->last = y->last;
                  continue;
                }
            }
          /* "Minister of Foreign Affairs and International Cooperation of
           * Somalia", "Minister of Foreign Affairs, Emigration and Egyptian
           * Expatriates of Egypt": more portfolios after the title, then
           * its country */
          /* (over a people's name in them: "Egyptian Expatriates") */
          if (!ok && y->role == NG_MS_DEMONYM && y->last < end && y->first > x->last && y->first <= x->last + 4
              && is_cap (t, y->last) && tok_in (sc, y->last, portfolio_words)
              && (!ng_strcmp (key (sc, y->first - 1), "and") || !ng_strcmp (key (sc, y->first - 1), ",")))
            continue;
          if (!ok && y->role == NG_MS_ENTITY && y->kind != NG_KIND_PERSON && x->last < end
              && (!ng_strcmp (key (sc, x->last), "and")
                  || (tok (t, x->last)->kind == NG_TOK_PUNCT && t->text[tok (t, x->last)->start] == ',')))
            {
              const NgLexHit *h2;
              guint q = x->last, words = 0;
              while (q < y->first
                     && ((tok (t, q)->kind == NG_TOK_PUNCT && t->text[tok (t, q)->start] == ',')
                         || !ng_strcmp (key (sc, q), "and")
                         || (is_cap (t, q) && tok_in (sc, q, portfolio_words) && ++words)
                         || (is_cap (t, q) && hit_at (sc, q, &h2) == 1 && h2->how == NG_LEXHIT_DEMONYM)))
                q++;
              if (words && q < y->first && !ng_strcmp (key (sc, q), "of")
                  && (y->first == q + 1 || (y->first == q + 2 && !ng_strcmp (key (sc, q + 1), "the"))))
                {
                  x->of = (gint) p;
                  x->last = y->last;
                  continue;
                }
            }
          /* "President of Belarus Alexander Lukashenko": the of-mention sits between. */
          if (!ok && y->role == NG_MS_ENTITY && y->kind != NG_KIND_PERSON && gap <= 2)
            {
              if (x->last < end && ng_strcmp (key (sc, x->last), "of") == 0)
                {
                  x->of = (gint) p;
                  x->last = y->last;
                  continue;
                }
              /* "UN Special Envoy for Syria Geir Pedersen": what the post is for */
              if (gap == 1 && ng_strcmp (key (sc, x->last), "for") == 0
                  && (y->kind == NG_KIND_COUNTRY || y->kind == NG_KIND_PLACE || y->kind == NG_KIND_ORG))
                {
                  x->last = y->last;
                  continue;
                }
              /* "Ambassador of Japan to Kazakhstan Ichiro Kadomatsu": where the envoy serves */
              /* ("Iran's ambassador to the IAEA, Reza Najafi,") */
              /* (or where: "its ambassador in Moscow, Vinay Kumar") */
              gboolean in_city = x->last < end && ng_strcmp (key (sc, x->last), "in") == 0 && gap == 1
                                 && y->kind == NG_KIND_CITY && g_str_has_suffix (key (sc, x->last - 1), "ambassador");
              /* ("Ambassador to Tuvalu Lin Yen-hung", "Armenia was
               * represented by its ambassador to Russia, X": an envoy's own
               * country left to the article) */
              gboolean envoy = (g_str_has_suffix (key (sc, x->last - 1), "ambassador")
                                || !ng_strcmp (key (sc, x->last - 1), "envoy")
                                || !ng_strcmp (key (sc, x->last - 1), "commissioner"))
                               && ((y->last < end && tok (t, y->last)->kind == NG_TOK_WORD && is_cap (t, y->last))
                                   || (x->first > sc->base && !ng_strcmp (key (sc, x->first - 1), "its")));
              if ((x->of >= 0 || envoy) && x->last < end && (ng_strcmp (key (sc, x->last), "to") == 0 || in_city)
                  && (gap == 1 || (gap == 2 && ng_strcmp (key (sc, x->last + 1), "the") == 0))
                  && (y->kind == NG_KIND_COUNTRY || y->kind == NG_KIND_ORG || in_city))
                {
                  x->last = y->last;
                  continue;
                }
            }
          if (!ok)
            break;
          /* (a list of names, each with its title after a comma: "X,
           * Minister of the Royal Office, Y, Minister Responsible for
           * Foreign Affairs and Z, ...": the title is the name's before) */
          if (gap > 0 && m > from && p + 1 < out->len && y->last < end)
            {
              const NgMentionSpan *w = &g_array_index (out, NgMentionSpan, m - 1);
              const NgMentionSpan *z = &g_array_index (out, NgMentionSpan, p + 1);
              if (w->role == NG_MS_ENTITY && w->kind == NG_KIND_PERSON && w->last + 1 == x->first
                  && tok (t, w->last)->kind == NG_TOK_PUNCT && t->text[tok (t, w->last)->start] == ','
                  && tok (t, y->last)->kind == NG_TOK_PUNCT && t->text[tok (t, y->last)->start] == ','
                  && z->role == NG_MS_TITLE && z->first == y->last + 1)
                break;
            }
          if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON && y->title < 0 && !y->headline)
            {
              y->title = (gint) m;
              y->strong = TRUE;
            }
          break;
        }
      /* Apposition before: "Yuri Ushakov, the president's top adviser". */
      if (m > from)
        {
          gboolean has_person_after = FALSE;
          for (guint p = from; p < out->len; p++)
            if (g_array_index (out, NgMentionSpan, p).title == (gint) m)
              has_person_after = TRUE;
          if (!has_person_after)
            {
              for (gint p = (gint) m - 1; p >= (gint) from; p--)
                {
                  NgMentionSpan *y = &g_array_index (out, NgMentionSpan, p);
                  if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON)
                    {
                      /* Tokens between: ", the" and lowercase words / possessives. */
                      guint g = y->last;
                      if (g < x->first && tok (t, g)->kind == NG_TOK_PUNCT && t->text[tok (t, g)->start] == ',')
                        {
                          gboolean ok = TRUE;
                          /* (not a verb's object: "X, who was accompanied
                           * by the Chief of the Defence Forces General Y") */
                          for (guint q = g + 1; q < x->first && ok; q++)
                            if (tok (t, q)->kind != NG_TOK_WORD || !ng_strcmp (key (sc, q), "by")
                                || !ng_strcmp (key (sc, q), "with"))
                              ok = FALSE;
                          /* (not "Chequers, the prime minister's country
                           * residence": a title in the possessive is
                           * another's) */
                          /* (nor a title's word alone, taken for a given
                           * name: "Amir, Jordan's King review ties") */
                          if (ok && x->first - g <= 6 && y->title < 0
                              && (!(tok (t, x->last - 1)->flags & NG_TF_POSS) || x->of >= 0)
                              && !(y->last == y->first + 1 && ng_lexicon_find (sc->lex, key (sc, y->first), NG_LEX_TITLE)))
                            {
                              y->title = (gint) m;
                              y->strong = TRUE;
                            }
                        }
                      break;
                    }
                  if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON)
                    break;
                }
            }
        }
    }
  /* "at Seri Perdana, the Malaysian leader's official residence": a name
   * described as a building is a place's */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      guint g = y->last;
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || g + 3 >= end
          || tok (t, g)->kind != NG_TOK_PUNCT || t->text[tok (t, g)->start] != ','
          || ng_strcmp (key (sc, g + 1), "the") != 0 || y->first <= sc->base
          || (ng_strcmp (key (sc, y->first - 1), "at") != 0 && ng_strcmp (key (sc, y->first - 1), "in") != 0))
        continue;
      for (guint q = g + 2; q < end && q < g + 9 && tok (t, q)->kind == NG_TOK_WORD; q++)
        {
          const char *w = key (sc, q);
          if (!ng_strcmp (w, "residence") || !ng_strcmp (w, "palace") || !ng_strcmp (w, "headquarters")
              || !ng_strcmp (w, "building") || !ng_strcmp (w, "compound") || !ng_strcmp (w, "complex")
              /* ("at Radherrabustadurinn, the government's official guest
               * house") */
              || !ng_strcmp (w, "house") || !ng_strcmp (w, "guesthouse") || !ng_strcmp (w, "hotel")
              || !ng_strcmp (w, "villa") || !ng_strcmp (w, "castle") || !ng_strcmp (w, "mansion"))
            {
              y->kind = NG_KIND_PLACE;
              y->strong = FALSE;
              y->title = -1;
              break;
            }
        }
    }
  /* "at his Chan Song La residence", "the Sa'adabad palace": a name
   * before a building's word in lower case is the building's */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      guint g = y->last;
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || g >= end || y->title >= 0 || y->first <= sc->base
          || tok (t, g)->kind != NG_TOK_WORD || is_cap (t, g))
        continue;
      const char *w = key (sc, g), *b = key (sc, y->first - 1);
      if ((!ng_strcmp (w, "residence") || !ng_strcmp (w, "palace") || !ng_strcmp (w, "mansion") || !ng_strcmp (w, "villa")
           || !ng_strcmp (w, "compound") || !ng_strcmp (w, "estate"))
          && (!ng_strcmp (b, "his") || !ng_strcmp (b, "her") || !ng_strcmp (b, "their") || !ng_strcmp (b, "the")
              || !ng_strcmp (b, "at")))
        {
          y->kind = NG_KIND_PLACE;
          y->strong = FALSE;
        }
    }
  /* "her Indonesian counterpart Sugiono": a name right after a
   * counterpart is a person's, even of one word. */
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      if (x->role != NG_MS_DESCRIPTION || x->last == 0 || ng_strcmp (key (sc, x->last - 1), "counterpart")
          || y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->title >= 0)
        continue;
      guint g = x->last;
      if (g < y->first && tok (t, g)->kind == NG_TOK_PUNCT && t->text[tok (t, g)->start] == ',')
        g++;
      if (g == y->first)
        y->strong = TRUE;
    }
  /* A full name no title or known given name backs is a person's when
   * it attends, takes part or accompanies ("Farhana Nasrin Chowdhury
   * accompanied the adviser and attended both meetings"), or when "who"
   * describes it ("Odile Renaud-Basso, who heads the EBRD, said"). */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m);
      guint g = y->last;
      if (y->role != NG_MS_ENTITY || y->kind != NG_KIND_PERSON || y->strong || y->headline || !y->name
          || !strchr (y->name, ' ') || g >= end)
        continue;
      const char *v = key (sc, g);
      if (tok (t, g)->kind == NG_TOK_WORD && !is_cap (t, g))
        y->strong = !ng_strcmp (v, "attended") || !ng_strcmp (v, "accompanied") || !ng_strcmp (v, "participated")
                    || (!ng_strcmp (v, "took") && g + 1 < end && !ng_strcmp (key (sc, g + 1), "part"));
      else if (tok (t, g)->kind == NG_TOK_PUNCT && t->text[tok (t, g)->start] == ',' && g + 1 < end)
        y->strong = !ng_strcmp (key (sc, g + 1), "who") || !ng_strcmp (key (sc, g + 1), "whose");
    }
  /* "X ... as the organization's chief": the title of the person before it. */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_TITLE || x->first < sc->base + 2)
        continue;
      gboolean bound = FALSE;
      for (guint p = from; p < out->len; p++)
        if (g_array_index (out, NgMentionSpan, p).title == (gint) m)
          bound = TRUE;
      if (bound)
        continue;
      guint q = x->first - 1;
      /* (or before the title's country: "as US secretary of state") */
      if (x->of >= (gint) from && (guint) x->of < out->len
          && g_array_index (out, NgMentionSpan, x->of).last == x->first
          && g_array_index (out, NgMentionSpan, x->of).first > sc->base + 1)
        q = g_array_index (out, NgMentionSpan, x->of).first - 1;
      while (q > sc->base && (ng_strcmp (key (sc, q), "the") == 0 || (tok (t, q)->flags & NG_TF_POSS)))
        q--;
      if (ng_strcmp (key (sc, q), "as") != 0 || q < sc->base + 1)
        continue;
      guint reach = 6;
      {
        gboolean verb = FALSE;
        for (guint v = q > sc->base + 3 ? q - 3 : sc->base; v < q; v++)
          if (tok_in (sc, v, appoint))
            verb = TRUE;
        /* "attending his second Nato meeting as US secretary of state",
         * "on her first trip as foreign minister": the role the person
         * has there */
        for (guint v = q > sc->base + 6 ? q - 6 : sc->base; v < q && !verb; v++)
          if (ng_strcmp (key (sc, v), "his") == 0 || ng_strcmp (key (sc, v), "her") == 0)
            {
              verb = TRUE;
              reach = 10;
              for (guint w = v; w < q; w++)
                if (tok (t, w)->kind == NG_TOK_PUNCT || ng_strcmp (key (sc, w), "former") == 0)
                  verb = FALSE;
            }
        if (!verb)
          continue;
      }
      for (gint p = (gint) m - 1; p >= (gint) from; p--)
        {
          NgMentionSpan *y = &g_array_index (out, NgMentionSpan, p);
          if (y->role == NG_MS_ENTITY && y->kind == NG_KIND_PERSON)
            {
              if (y->title < 0 && q - y->last <= reach)
                y->title = (gint) m, y->strong = TRUE;
              break;
            }
        }
    }
  /* Person + "of" + country/org: "President Tokayev of Kazakhstan". */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->title < 0)
        continue;
      NgMentionSpan *ti = &g_array_index (out, NgMentionSpan, x->title);
      if (ti->of >= 0 || x->last >= end || ng_strcmp (key (sc, x->last), "of") != 0)
        continue;
      if (m + 1 < out->len)
        {
          NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
          if (y->first <= x->last + 2 && y->role == NG_MS_ENTITY && y->kind != NG_KIND_PERSON)
            ti->of = (gint) m + 1;
        }
    }
}

void
ng_mention_scan (NgMentionScanner *sc, const NgText *t, guint s, GArray *out)
{
  const NgSentenceSpan *sp = &g_array_index (t->sentences, NgSentenceSpan, s);
  guint first = sp->first, end = sp->first + sp->n;
  /* (a new text: no acronym defined yet) */
  if (s == 0)
    g_hash_table_remove_all (sc->acronyms);
  /* Folded keys of the sentence's tokens. */
  sc->base = first;
  sc->n = sp->n;
  g_string_truncate (sc->keys, 0);
  g_array_set_size (sc->key_at, sp->n);
  for (guint i = 0; i < sp->n; i++)
    {
      const NgToken *k = tok (t, first + i);
      g_array_index (sc->key_at, guint32, i) = (guint32) sc->keys->len;
      if (k->kind == NG_TOK_WORD)
        ng_fold_plain_append (sc->keys, t->text + k->start, ng_token_len (k));
      g_string_append_c (sc->keys, '\0');
    }
  /* What each word is, from the scanner's table of words (one lookup). */
  if (g_hash_table_size (sc->words) > MAX_WORDS)
    g_hash_table_remove_all (sc->words);
  guint64 no_key_bits = word_bits ("");
  g_array_set_size (sc->bits, sp->n);
  g_ptr_array_set_size (sc->info, sp->n);
  for (guint i = 0; i < sp->n; i++)
    {
      const char *k = sc->keys->str + g_array_index (sc->key_at, guint32, i);
      const WordInfo *wi = *k ? word_info (sc, k) : NULL;
      g_ptr_array_index (sc->info, i) = (gpointer) wi;
      g_array_index (sc->bits, guint64, i) = wi ? wi->bits : no_key_bits;
    }
  tag_tokens (sc, t, first, sp->n);
  guint from = out->len;
  /* A headline in Title Case ("Putin Arrives In Astana To Attend SCO Summit"):
   * capitals say nothing about names there. */
  guint words = 0, caps = 0, cap_function = 0;
  for (guint i = first; i < end; i++)
    if (tok (t, i)->kind == NG_TOK_WORD)
      {
        words++;
        if (is_cap (t, i))
          {
            caps++;
            if (i > first && tok_in (sc, i, function_words))
              cap_function++;
          }
      }
  gboolean title_case = words >= 4 && cap_function > 0 && caps * 10 >= words * 7;

  guint i = first;
  while (i < end)
    {
      const NgToken *k = tok (t, i);
      if (k->kind != NG_TOK_WORD)
        {
          /* "(CSTO)" right after an entity: its acronym. */
          if (t->text[k->start] == '(' && i + 2 < end && is_acronym (t, i + 1)
              && t->text[tok (t, i + 2)->start] == ')' && out->len > from)
            {
              NgMentionSpan *prev = &g_array_index (out, NgMentionSpan, out->len - 1);
              /* "Bangladesh, Bhutan, India and Nepal (BBIN)": the
               * initials of the countries listed name their grouping, not
               * the last one */
              if (prev->role == NG_MS_ENTITY && prev->last == i && prev->kind == NG_KIND_COUNTRY
                  && list_initials (sc, t, out, from, i + 1))
                {
                  add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i + 1, i + 2, NULL, surface (t, i + 1, i + 2));
                  i += 3;
                  continue;
                }
              if (prev->role == NG_MS_ENTITY && prev->last == i && prev->kind != NG_KIND_PERSON)
                {
                  gint pi = (gint) out->len - 1;
                  NgKind pk = prev->kind;
                  gint a = add (out, NG_MS_ACRONYM, pk, t, i + 1, i + 2, NULL, surface (t, i + 1, i + 2));
                  if (pk == NG_KIND_ORG)
                    g_hash_table_add (sc->acronyms, g_strdup (key (sc, i + 1)));
                  g_array_index (out, NgMentionSpan, a).partner = pi;
                  g_array_index (out, NgMentionSpan, pi).partner = a;
                  i += 3;
                  continue;
                }
            }
          i++;
          continue;
        }
      const NgLexHit *h, *h2_unused;
      guint hl = hit_at (sc, i, &h);
      gboolean cap = is_cap (t, i);
      /* "at an Extraordinary Congress", "the Ordinary Congress of the
       * federation", "an Extraordinary General Assembly": a sitting of a
       * body, no name (not the US Congress, nor a person "Extraordinary") */
      if (cap && i + 1 < end && tok (t, i + 1)->kind == NG_TOK_WORD && g_strv_contains (ng_mention_sitting_words, key (sc, i)))
        {
          /* (an "Extraordinary General Assembly" too) */
          guint g = i + 2 < end && !ng_strcmp (key (sc, i + 1), "general") ? 1 : 0;
          if (!ng_strcmp (key (sc, i + 1 + g), "congress") || !ng_strcmp (key (sc, i + 1 + g), "assembly"))
            {
              i += 2 + g;
              continue;
            }
        }
      /* "the EU-AU summit", "the Asean-GCC-China Summit", "the China-CELAC
       * Forum": the first organization of a joined name before a meeting
       * word is the meeting's */
      const NgLexEntry *joined;
      if (!hl && cap && (joined = joined_org (sc, t, i, end)) != NULL)
        {
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, i + 1, joined, g_strdup (joined->pref));
          i++;
          continue;
        }
      /* "General Assembly", "General Council": a title word that starts the
       * name of a body is no title */
      if (hl == 1 && cap && h->entry->cls == NG_LEX_TITLE && i + 1 < end && is_cap (t, i + 1)
          && !hit_at (sc, i + 1, &h2_unused)
          && (tok_in (sc, i + 1, org_heads)
              /* ("the General Intelligence Service") */
              || (ng_strcmp (key (sc, i), "general") == 0 && i + 2 < end && is_cap (t, i + 2)
                  && tok_in (sc, i + 2, org_heads) && !hit_at (sc, i + 2, &h2_unused))))
        {
          hl = 0;
          h = NULL;
        }
      /* "Gen Sultan bin Mohammed al Nuamani": a title word before "bin"
       * is a given name */
      if (hl == 1 && cap && h->entry->cls == NG_LEX_TITLE && i + 1 < end && son_of (sc, i + 1))
        {
          hl = 0;
          h = NULL;
        }
      /* (not a portfolio that names a party too: "Labour Minister X") */
      if (hl && h->entry->cls == NG_LEX_TITLE && hl > 1 && cap && !tok_in (sc, i, portfolio_words))
        {
          const NgLexHit *ho = ng_lexicon_find (sc->lex, key (sc, i), NG_LEX_ORG);
          if (!ho)
            ho = ng_lexicon_find (sc->lex, key (sc, i), NG_LEX_COUNTRY);
          if (ho && ho->how == NG_LEXHIT_LABEL)
            {
              /* "NATO Secretary General", "EU Commission President". */
              add (out, NG_MS_ENTITY, kind_of_lex (ho->entry->cls), t, i, i + 1, ho->entry, surface (t, i, i + 1));
              g_array_index (sc->hit_len, guint, i + 1 - sc->base) = hl - 1;
              g_ptr_array_index (sc->hit, i + 1 - sc->base) = (gpointer) h;
              i++;
              continue;
            }
        }
      if (hl && h->entry->cls == NG_LEX_TITLE)
        {
          /* Extend left over modifiers ("Deputy", "former", "top"), right over
           * "of/for" + capitalized words that are not a country or org. */
          guint a = i, b = i + hl;
          gboolean office = h->entry->kind && (!ng_strcmp (h->entry->kind, "official") || !ng_strcmp (h->entry->kind, "minister"));
          for (;;)
            {
              if (a > first && tok (t, a - 1)->kind == NG_TOK_WORD
                  && (tok_in (sc, a - 1, title_mods)
                      || (is_cap (t, a - 1) && !hit_at (sc, a - 1, &h2_unused) && !(tok (t, a - 1)->flags & NG_TF_POSS)
                          /* (not an acronym the text defined: "LCBC
                           * Executive Secretary" is the body's) */
                          && !g_hash_table_contains (sc->acronyms, key (sc, a - 1))
                          /* (nor the honorific's noun: "His Excellency
                           * President William Ruto") */
                          && !(a - 1 > first && (!ng_strcmp (key (sc, a - 2), "his") || !ng_strcmp (key (sc, a - 2), "her")
                                                 || !ng_strcmp (key (sc, a - 2), "your")))))
                  && (out->len == from || g_array_index (out, NgMentionSpan, out->len - 1).last <= a - 1))
                {
                  a--;
                  continue;
                }
              /* A portfolio before an office: "Labour Secretary" (not the
               * party), "Migrant Workers Secretary", "Expatriates' Welfare
               * and Overseas Employment Adviser" */
              /* ("Trade, Industry and Competition Minister": portfolios
               * listed with a comma before the "and" of the last) */
              if (office && a > first + 1 && tok (t, a - 1)->kind == NG_TOK_PUNCT
                  && t->text[tok (t, a - 1)->start] == ',' && tok_in (sc, a, portfolio_words)
                  && is_cap (t, a - 2) && tok_in (sc, a - 2, portfolio_words) && !(tok (t, a - 2)->flags & NG_TF_POSS))
                {
                  gboolean and = FALSE;
                  for (guint q = a; q < i && !and; q++)
                    and = !ng_strcmp (key (sc, q), "and");
                  if (and && (out->len == from || g_array_index (out, NgMentionSpan, out->len - 1).last <= a - 2))
                    {
                      a -= 2;
                      continue;
                    }
                }
              if (!office || a <= first || tok (t, a - 1)->kind != NG_TOK_WORD)
                break;
              guint p = a - 1;
              if (!ng_strcmp (key (sc, p), "and") && p > first && a < i + hl && tok_in (sc, a, portfolio_words)
                  && is_cap (t, p - 1) && tok_in (sc, p - 1, portfolio_words))
                p--;
              if (!is_cap (t, p) || !tok_in (sc, p, portfolio_words))
                break;
              if (tok (t, p)->flags & NG_TF_POSS)
                {
                  const char *pe = t->text + tok (t, p)->end;   /* (only a plural's: "Expatriates'") */
                  if (!(pe[0] == '\'' || !strncmp (pe, "\u2019", 3)) || pe[-1] != 's' || (pe[0] == '\'' ? pe[1] : pe[3]) == 's')
                    break;
                }
              const NgLexHit *hp;
              if (hit_at (sc, p, &hp) && hp->entry->cls != NG_LEX_STOP && hp->entry->cls != NG_LEX_ORG)
                break;
              /* (the mentions the scan took its words for: the party, or
               * an unknown name, "Welfare") */
              gboolean other = FALSE;
              for (guint q = out->len; q-- > from && !other && g_array_index (out, NgMentionSpan, q).last > p;)
                {
                  const NgMentionSpan *prev = &g_array_index (out, NgMentionSpan, q);
                  other = prev->first < p || prev->role != NG_MS_ENTITY || prev->last - prev->first > 2
                          || !(prev->kind == NG_KIND_ORG || (prev->kind == NG_KIND_PERSON && !prev->strong && !prev->lex));
                }
              if (other)
                break;
              while (out->len > from && g_array_index (out, NgMentionSpan, out->len - 1).last > p)
                drop_last (out);
              a = p;
            }
          /* "President of the European Council" is a title and an organization. */
          for (guint q = i + 1; q + 1 < b; q++)
            if (ng_strcmp (key (sc, q), "of") == 0)
              {
                guint r = q + 1;
                if (r < b && ng_strcmp (key (sc, r), "the") == 0)
                  r++;
                const NgLexHit *h3;
                if (r < end && hit_at (sc, r, &h3) && kind_of_lex (h3->entry->cls) >= 0)
                  {
                    b = q;
                    break;
                  }
                /* (not "Chief of Army Staff", a title of the lexicon
                 * whose last word heads no body; nor "Head of Mission",
                 * "Head of Delegation", whose head word names no body) */
                if (r < end && r + 1 < b && is_cap (t, r) && tok_in (sc, b - 1, org_heads))
                  {
                    b = q;
                    break;
                  }
              }
          /* Title-words right after ("Minister" after "Defense"). */
          while (b < end && tok (t, b)->kind == NG_TOK_WORD)
            {
              const NgLexHit *h2;
              guint l2 = hit_at (sc, b, &h2);
              /* (a rank after a title of several words is a title of its
               * own: "Chief of Army Staff Field Marshal X") */
              if (l2 && h2->entry->cls == NG_LEX_TITLE && b > i + 2 && h2->entry->kind
                  && (!ng_strcmp (h2->entry->kind, "military") || !ng_strcmp (h2->entry->kind, "rank")))
                break;
              /* (not a given name: "Gen Sultan bin Mohammed"; nor a judge's
               * style before the name: "Chairperson Justice X") */
              if (l2 && h2->entry->cls == NG_LEX_TITLE && !(l2 == 1 && b + 1 < end && son_of (sc, b + 1))
                  && ng_strcmp (h2->entry->key, "title-justice"))
                b += l2;
              else
                break;
            }
          /* (twice: "Minister of State for Foreign Affairs") */
          for (guint again = 0; again < 2; again++)
            {
              if (b + 1 < end && (ng_strcmp (key (sc, b), "of") == 0 || ng_strcmp (key (sc, b), "for") == 0)
                  && is_cap (t, b + 1))
                {
                  const NgLexHit *h2;
                  guint l2 = hit_at (sc, b + 1, &h2);
                  /* (a region's people may name a portfolio: "Minister of
                   * African Integration and Foreign Affairs") */
                  gboolean region = l2 == 1 && h2->how == NG_LEXHIT_DEMONYM && h2->entry->cls == NG_LEX_PLACE;
                  /* (not a region of a city: "the Mayor of Greater Manchester") */
                  const NgLexHit *h5;
                  gboolean city_region = !l2 && is_direction (sc, b + 1) && b + 2 < end && hit_at (sc, b + 2, &h5)
                                         && h5->entry->cls == NG_LEX_CITY;
                  /* (a portfolio that names a party too: "Minister of
                   * Labour") */
                  gboolean party_word = l2 && party_portfolio (sc, t, b + 1, h2, l2);
                  if (!city_region && (!l2 || region || party_word || h2->entry->cls == NG_LEX_STOP
                                       || h2->entry->cls == NG_LEX_TITLE))
                    {
                      guint c = b + 1;
                      while (c < end && is_cap (t, c)
                             && (!hit_at (sc, c, &h2) || h2->entry->cls == NG_LEX_STOP || (c == b + 1 && (region || party_word)))
                             && !tok_in (sc, c, org_heads)
                             /* (a name after the portfolio: "for External
                              * Affairs Pabitra Margherita") */
                             && (c == b + 1 || tok_in (sc, c, portfolio_words)))
                        {
                          c++;
                          /* "Minister of Foreign Affairs and Trade Peter
                           * Szijjarto": one more word of the portfolio after
                           * "and", when a name still follows */
                          if (c + 2 < end && ng_strcmp (key (sc, c), "and") == 0 && is_cap (t, c + 1)
                              && !hit_at (sc, c + 1, &h2) && is_cap (t, c + 2))
                            c += 2;
                          /* (or before the name's comma: "Minister of Water
                           * and Environment, Sam Cheptoris,"; or before
                           * another post: "the Minister of Communication and
                           * Media and government spokesperson, X") */
                          else if (c + 3 < end && ng_strcmp (key (sc, c), "and") == 0 && is_cap (t, c + 1)
                                   && tok_in (sc, c + 1, portfolio_words)
                                   && ((tok (t, c + 2)->kind == NG_TOK_PUNCT && t->text[tok (t, c + 2)->start] == ','
                                        && is_cap (t, c + 3))
                                       || ng_strcmp (key (sc, c + 2), "and") == 0))
                            c += 2;
                          /* "Minister of Investment, Industry and Trade
                           * Laziz Kudratov": portfolios listed with commas */
                          else if (c + 3 < end && tok (t, c)->kind == NG_TOK_PUNCT && t->text[tok (t, c)->start] == ','
                                   && is_cap (t, c + 1) && !hit_at (sc, c + 1, &h2) && tok_in (sc, c + 1, portfolio_words)
                                   && ng_strcmp (key (sc, c + 2), "and") == 0)
                            c += 1;
                          /* "Minister of Foreign Affairs and International
                           * Cooperation of Somalia", "... Emigration and
                           * Egyptian Expatriates of Egypt": the last
                           * portfolio after "and", words of portfolios or a
                           * people's name, then the country's "of" */
                          else if (c + 3 < end && ng_strcmp (key (sc, c), "and") == 0)
                            {
                              guint q = c + 1;
                              while (q < end && is_cap (t, q)
                                     && (tok_in (sc, q, portfolio_words)
                                         || (hit_at (sc, q, &h2) == 1 && h2->how == NG_LEXHIT_DEMONYM)))
                                q++;
                              if (q > c + 1 && q + 1 < end && ng_strcmp (key (sc, q), "of") == 0 && is_cap (t, q + 1))
                                c = q;
                            }
                        }
                      /* "Minister of Foreign Affairs" but not "Secretary of the Security Council",
                       * nor "the Chief Executive Officer of SMJ Energy Sdn Bhd" (a company's
                       * suffix after the words) */
                      static const char *const firms[] = { "inc", "ltd", "corp", "plc", "llc", "gmbh", "bhd",
                                                           "berhad", "tbk", "sdn", NULL };
                      if (c > b + 1 && !(c < end && is_cap (t, c) && g_strv_contains (firms, key (sc, c))))
                        b = c;
                    }
                }
              /* "Minister for the Overseas Territories Stephen Doughty":
               * after "the", words of portfolios only, no body's head */
              else if (b + 3 < end && (ng_strcmp (key (sc, b), "of") == 0 || ng_strcmp (key (sc, b), "for") == 0)
                       && ng_strcmp (key (sc, b + 1), "the") == 0)
                {
                  const NgLexHit *h2;
                  guint c = b + 2;
                  /* (a body's head word that names a portfolio too: "the
                   * Minister of the Armed Forces X") */
                  while (c < end && is_cap (t, c) && tok_in (sc, c, portfolio_words)
                         && (!tok_in (sc, c, org_heads) ? !hit_at (sc, c, &h2)
                             : c > b + 2 && (!hit_at (sc, c, &h2) || h2->entry->cls == NG_LEX_STOP)))
                    {
                      c++;
                      /* (more portfolios listed with commas and "and": "the
                       * Minister of the Economy, SMEs, Energy and Tourism
                       * Lex Delles") */
                      if (c + 2 < end && (!ng_strcmp (key (sc, c), "and")
                                          || (tok (t, c)->kind == NG_TOK_PUNCT && t->text[tok (t, c)->start] == ','))
                          && is_cap (t, c + 1) && tok_in (sc, c + 1, portfolio_words) && !hit_at (sc, c + 1, &h2))
                        c++;
                    }
                  /* (a known given name must follow, or a comma and the
                   * name: "the Minister for the Interior, Hon. Muntaka
                   * Mubarak"; or a rank: "the Chief of the Defence Forces
                   * General X") */
                  if (c > b + 2 && c < end && is_cap (t, c) && hit_at (sc, c, &h2)
                      && (h2->entry->cls == NG_LEX_GIVEN
                          || (h2->entry->cls == NG_LEX_TITLE && h2->entry->kind
                              && (!ng_strcmp (h2->entry->kind, "military") || !ng_strcmp (h2->entry->kind, "rank")))))
                    b = c;
                  /* (or two words no lexicon knows, a name, then its end:
                   * "Luxembourg's Minister of the Economy Lex Delles said") */
                  else if (c > b + 2 && c + 2 < end && is_cap (t, c) && is_cap (t, c + 1) && !hit_at (sc, c, &h2)
                           && !hit_at (sc, c + 1, &h2) && !tok_in (sc, c, portfolio_words)
                           && !tok_in (sc, c + 1, org_heads) && !tok_in (sc, c + 1, bloc_heads)
                           && !tok_in (sc, c + 1, study_heads)
                           && (tok (t, c + 2)->kind == NG_TOK_PUNCT
                               || (tok (t, c + 2)->kind == NG_TOK_WORD && !is_cap (t, c + 2)
                                   && ng_strcmp (key (sc, c + 2), "of") && ng_strcmp (key (sc, c + 2), "for")
                                   && ng_strcmp (key (sc, c + 2), "on") && ng_strcmp (key (sc, c + 2), "in")
                                   && ng_strcmp (key (sc, c + 2), "at"))))
                    b = c;
                  else if (c > b + 2 && c + 1 < end && tok (t, c)->kind == NG_TOK_PUNCT && t->text[tok (t, c)->start] == ','
                           && is_cap (t, c + 1) && i > sc->base && ng_strcmp (key (sc, i - 1), "the") == 0)
                    b = c;
                }
            }
          /* "Minister of Environment and Climate Change X" after "Minister
           * of Environment and Climate" of the lexicon: a portfolio's words
           * go on before a name */
          for (guint more = 0; more < 2 && b + 1 < end && b > i && tok_in (sc, b - 1, portfolio_words)
                               && is_cap (t, b) && tok_in (sc, b, portfolio_words) && !hit_at (sc, b, &h2_unused)
                               && is_cap (t, b + 1) && !tok_in (sc, b + 1, portfolio_words);
               more++)
            b++;
          /* "Minister of Investment, Industry and Trade X" after a title of
           * the lexicon: more portfolios listed with a comma and "and" */
          {
            const NgLexHit *h4;
            if (b + 4 < end && tok (t, b)->kind == NG_TOK_PUNCT && t->text[tok (t, b)->start] == ','
                && is_cap (t, b + 1) && !hit_at (sc, b + 1, &h4) && tok_in (sc, b + 1, portfolio_words)
                && ng_strcmp (key (sc, b + 2), "and") == 0 && is_cap (t, b + 3) && tok_in (sc, b + 3, portfolio_words)
                && !hit_at (sc, b + 3, &h4) && is_cap (t, b + 4))
              {
                b += 4;
                /* (and the last portfolio's words: "Minister of Commerce,
                 * Industry and Investment Promotion Qais Al Yousef") */
                for (guint more = 0; more < 2 && b + 1 < end && is_cap (t, b) && tok_in (sc, b, portfolio_words)
                                     && !hit_at (sc, b, &h4)
                                     && (is_cap (t, b + 1) || t->text[tok (t, b + 1)->start] == ',');
                     more++)
                  b++;
              }
            /* ("Minister of Regional Development and Infrastructure X",
             * "Minister of Water and Environment, Sam Cheptoris,",
             * "Minister of Trade and Regional Integration, Kassahun
             * Gofe"): one to three portfolio words after "and", before a
             * name or its comma */
            else if (b + 2 < end && ng_strcmp (key (sc, b), "and") == 0 && is_cap (t, b + 1)
                     && tok_in (sc, b + 1, portfolio_words))
              {
                guint c = b + 1;
                /* (a stopword is no name: "and Development Planning,") */
                while (c < end && c < b + 4 && is_cap (t, c) && tok_in (sc, c, portfolio_words)
                       && (c == b + 1 || !hit_at (sc, c, &h4) || h4->entry->cls == NG_LEX_STOP))
                  c++;
                gboolean first_known = hit_at (sc, b + 1, &h4) != 0;
                /* (a given name before another portfolio word is none:
                 * "and Marine Resources Jelta Wong"; "and Marine Le Pen"
                 * stays a name) */
                if (first_known && h4->entry->cls == NG_LEX_GIVEN && c > b + 2)
                  first_known = FALSE;
                if (c < end && tok (t, c)->kind == NG_TOK_PUNCT && t->text[tok (t, c)->start] == ','
                    && c + 1 < end && is_cap (t, c + 1))
                  b = c;
                else if (c < end && c > b + 1 && is_cap (t, c) && !first_known && !tok_in (sc, c, portfolio_words))
                  b = c;
              }
            /* ("Minister of Foreign Affairs, African Cooperation, and
             * Moroccan Expatriates Nasser Bourita": capitalized words
             * listed with commas and "and", up to a known given name) */
            else if (b + 5 < end && tok (t, b)->kind == NG_TOK_PUNCT && t->text[tok (t, b)->start] == ',')
              {
                gboolean listed = FALSE;
                for (guint c = b + 1; c + 1 < end && c < b + 12; c++)
                  {
                    if (tok (t, c)->kind == NG_TOK_PUNCT && t->text[tok (t, c)->start] == ',')
                      {
                        /* (or up to a comma before a name: "Minister of
                         * Foreign Affairs, Foreign Employment and Tourism,
                         * Vijitha Herath,") */
                        if (listed && is_cap (t, c + 1) && tok (t, c - 1)->kind == NG_TOK_WORD
                            && tok_in (sc, c - 1, portfolio_words) && ng_strcmp (key (sc, c - 2), "and") == 0)
                          {
                            b = c;
                            break;
                          }
                        continue;
                      }
                    if (ng_strcmp (key (sc, c), "and") == 0)
                      {
                        listed = TRUE;
                        continue;
                      }
                    if (!is_cap (t, c))
                      break;
                    guint lx = hit_at (sc, c, &h4);
                    /* (a portfolio's word before the name: not "Sunil
                     * Barthwal, Commerce Secretary, and Amit Narang", two
                     * people) */
                    if (lx && h4->entry->cls == NG_LEX_GIVEN && listed && is_cap (t, c + 1)
                        && tok (t, c - 1)->kind == NG_TOK_WORD && ng_strcmp (key (sc, c - 1), "and"))
                      {
                        b = c;
                        break;
                      }
                    if (lx && h4->how != NG_LEXHIT_DEMONYM && !tok_in (sc, c, portfolio_words))
                      break;
                  }
              }
          }
          /* "VCCI Chairman X" after "the Vietnam Chamber of Commerce and
           * Industry (VCCI)": the acronym the text defined, which the
           * title leaves out, is its body */
          if (a > first && tok (t, a - 1)->kind == NG_TOK_WORD && (tok (t, a - 1)->flags & NG_TF_ALLCAPS)
              && g_hash_table_contains (sc->acronyms, key (sc, a - 1))
              && (out->len == from || g_array_index (out, NgMentionSpan, out->len - 1).last <= a - 1))
            add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a - 1, a, NULL, surface (t, a - 1, a));
          /* A lowercase title needs a name nearby to be a post; keep it anyway. */
          char *name = surface (t, a, b);
          /* Remove the modifiers "former", "new", "top"? Keep the title as written. */
          if (a < i && out->len > from && g_array_index (out, NgMentionSpan, out->len - 1).last > a)
            a = i;
          add (out, NG_MS_TITLE, 0, t, a, b, h->entry, name);
          i = b;
          continue;
        }
      if (!cap)
        {
          /* "The same day he held talks with X": a pronoun after an
           * opening phrase of time, before any name, is the sentence's
           * subject ("He"; facts.c resolves it) */
          gboolean opening = FALSE;
          if (out->len == from && i > first && i < first + 6 && i + 1 < end
              && (ng_strcmp (key (sc, i), "he") == 0 || ng_strcmp (key (sc, i), "she") == 0)
              && tok (t, i + 1)->kind == NG_TOK_WORD && !is_cap (t, i + 1))
            {
              opening = TRUE;
              /* (a day may be named: "On Thursday she met X", "On 10
               * February he met X") */
              for (guint q = first; q < i && opening; q++)
                {
                  guint c0 = q == first ? q + 1 : q;
                  const NgToken *tq = tok (t, c0);
                  gboolean day = c0 < i && (tq->kind == NG_TOK_NUMBER
                                            || (tq->kind == NG_TOK_WORD
                                                && (ng_date_weekday_of_word (t->text + tq->start, ng_token_len (tq))
                                                    || ng_date_month (t->text + tq->start, ng_token_len (tq)))));
                  opening = (tok (t, q)->kind == NG_TOK_WORD || (q != first && tok (t, q)->kind == NG_TOK_NUMBER))
                            && (!is_cap (t, c0) || day) && !tok_in (sc, q, speech) && ng_strcmp (key (sc, q), "that") != 0;
                }
              if (opening)
                add (out, NG_MS_ENTITY, NG_KIND_PERSON, t, i, i + 1, NULL,
                     g_strdup (ng_strcmp (key (sc, i), "he") == 0 ? "He" : "She"));
            }
          /* (or after an opening phrase and its comma, which may name a
           * meeting, a place or a day, but no person: "On the sidelines of
           * the CFM on Wednesday, he also met X", "On the sidelines, he
           * met X") */
          if (!opening && i > first + 2 && i < first + 16 && i + 1 < end
                   && (ng_strcmp (key (sc, i), "he") == 0 || ng_strcmp (key (sc, i), "she") == 0)
                   && tok (t, i - 1)->kind == NG_TOK_PUNCT && t->text[tok (t, i - 1)->start] == ','
                   && tok (t, i + 1)->kind == NG_TOK_WORD && !is_cap (t, i + 1)
                   && (ng_strcmp (key (sc, first), "on") == 0 || ng_strcmp (key (sc, first), "in") == 0
                       || ng_strcmp (key (sc, first), "at") == 0 || ng_strcmp (key (sc, first), "during") == 0
                       || ng_strcmp (key (sc, first), "later") == 0 || ng_strcmp (key (sc, first), "earlier") == 0
                       || ng_strcmp (key (sc, first), "after") == 0))
            {
              gboolean person = FALSE, comma = FALSE;
              for (guint m = from; m < out->len && !person; m++)
                {
                  const NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
                  person = x->role == NG_MS_TITLE || (x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON);
                }
              for (guint q = first; q + 1 < i && !comma; q++)
                comma = tok (t, q)->kind == NG_TOK_PUNCT;
              if (!person && !comma)
                add (out, NG_MS_ENTITY, NG_KIND_PERSON, t, i, i + 1, NULL,
                     g_strdup (ng_strcmp (key (sc, i), "he") == 0 ? "He" : "She"));
            }
          /* "the Russian leader": description handled with demonyms below. */
          i++;
          continue;
        }
      if (hl && h->entry->cls == NG_LEX_STOP && hl == 1)
        {
          /* A stopword unless it starts a longer unknown run that is an org. */
          i++;
          continue;
        }
      /* "his Lao counterpart X", "her Botswana counterpart Y": a country's
       * name used as its adjective before "counterpart" */
      if (hl && h->how != NG_LEXHIT_DEMONYM && h->entry->cls == NG_LEX_COUNTRY && i > first && i + hl < end
          && !ng_strcmp (key (sc, i + hl), "counterpart") && !is_cap (t, i + hl)
          && (!ng_strcmp (key (sc, i - 1), "his") || !ng_strcmp (key (sc, i - 1), "her")
              || !ng_strcmp (key (sc, i - 1), "their") || !ng_strcmp (key (sc, i - 1), "its")))
        {
          add (out, NG_MS_DESCRIPTION, NG_KIND_PERSON, t, i, i + hl + 1, h->entry, surface (t, i, i + hl + 1));
          i += hl + 1;
          continue;
        }
      if (hl && h->how == NG_LEXHIT_DEMONYM)
        {
          /* Demonym + org run: "Russian Foreign Ministry", "Russian Security Council";
           * but a title wins: "Russian Security Council Secretary". */
          const NgLexHit *ht;
          gboolean title_next = hit_at (sc, i + hl, &ht) && ht->entry->cls == NG_LEX_TITLE;
          guint r = title_next ? i + hl : scan_run (sc, t, i + hl, end);
          if (r > i + hl && (ends_with_head (sc, i + hl, r, org_heads)))
            {
              add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, r, NULL, surface (t, i, r));
              i = r;
              continue;
            }
          /* Description: Demonym + leader/president (lowercase), or "PM"
           * with no name after it ("received the Georgian PM.") */
          gboolean pm = i + hl < end && ng_token_len (tok (t, i + hl)) == 2
                        && !strncmp (t->text + tok (t, i + hl)->start, "PM", 2)
                        && (i + hl + 1 >= end || !is_cap (t, i + hl + 1));
          if (i + hl < end && tok (t, i + hl)->kind == NG_TOK_WORD && (!is_cap (t, i + hl) || pm))
            {
              const char *k2 = key (sc, i + hl);
              guint dl = 1;
              gboolean desc = pm || in_list (k2, desc_heads);
              if (!desc && i + hl + 1 < end)
                {
                  g_string_printf (sc->phrase, "%s %s", k2, key (sc, i + hl + 1));
                  if (in_list (sc->phrase->str, desc_heads))
                    desc = TRUE, dl = 2;
                }
              if (desc)
                {
                  const NgLexEntry *c = h->entry->cls == NG_LEX_COUNTRY ? h->entry : h->entry->country;
                  add (out, NG_MS_DESCRIPTION, NG_KIND_PERSON, t, i, i + hl + dl, c,
                       surface (t, i, i + hl + dl));
                  i += hl + dl;
                  continue;
                }
            }
          const NgLexEntry *c = h->entry->cls == NG_LEX_COUNTRY ? h->entry : h->entry->country;
          if (c)
            add (out, NG_MS_DEMONYM, NG_KIND_COUNTRY, t, i, i + hl, c, surface (t, i, i + hl));
          i += hl;
          continue;
        }
      /* A city that is also a given name, before a capitalized word the
       * lexicon does not know: a person ("Paraguay's Santiago Peña"). */
      /* (or any city after a title: "Vice President Salvador Valdés Mesa") */
      gboolean after_title = out->len > from && g_array_index (out, NgMentionSpan, out->len - 1).role == NG_MS_TITLE
                             && g_array_index (out, NgMentionSpan, out->len - 1).last == i;
      /* (or an organization's one-word name after a title: "President
       * Duma Boko") */
      if (hl == 1 && (h->entry->cls == NG_LEX_CITY
                      || (h->entry->cls == NG_LEX_ORG && after_title && !(tok (t, i)->flags & NG_TF_ALLCAPS)))
          && ((h->entry->kind && !ng_strcmp (h->entry->kind, "ambiguous")) || after_title)
          && i + 1 < end && is_cap (t, i + 1) && !(tok (t, i)->flags & NG_TF_POSS))
        {
          const NgLexHit *hn;
          if (!hit_at (sc, i + 1, &hn) || hn->entry->cls == NG_LEX_GIVEN)
            hl = 0;   /* read as an unknown run below */
        }
      /* "the Istanbul Convention", "the Minsk Agreements", "the Astana
       * Process": a city's name in a treaty's or a format's, no place */
      if (hl == 1 && h->entry->cls == NG_LEX_CITY && i + 1 < end && is_cap (t, i + 1))
        {
          static const char *const named[] = {
            "convention", "conventions", "agreement", "agreements", "accord", "accords", "protocol",
            "process", "declaration", "treaty", "charter", "format", "consensus", "principles", NULL
          };
          gboolean treaty = FALSE;
          for (const char *const *w = named; *w && !treaty; w++)
            treaty = !ng_strcmp (key (sc, i + 1), *w);
          /* (but "the Kigali Convention Centre": a venue's name) */
          if (treaty && i + 2 < end && is_cap (t, i + 2) && tok_in (sc, i + 2, place_heads))
            treaty = FALSE;
          if (treaty)
            {
              i += 2;
              continue;
            }
        }
      /* "the Palau de Pedralbes", "Palacio de la Moneda": a venue with a
       * country's or city's name before "de" */
      if (hl == 1 && (h->entry->cls == NG_LEX_CITY || h->entry->cls == NG_LEX_COUNTRY) && i + 2 < end
          && tok (t, i + 1)->kind == NG_TOK_WORD && !is_cap (t, i + 1)
          && (!ng_strcmp (key (sc, i + 1), "de") || !ng_strcmp (key (sc, i + 1), "del")) && is_cap (t, i + 2))
        {
          guint r = i + 2;
          while (r < end && r < i + 5 && is_cap (t, r))
            r++;
          add (out, NG_MS_ENTITY, NG_KIND_PLACE, t, i, r, NULL, surface (t, i, r));
          i = r;
          continue;
        }
      /* "on the shores of Lake Victoria", "Mount Kenya": a place of its
       * own, not the city or country */
      if (hl && (h->entry->cls == NG_LEX_CITY || h->entry->cls == NG_LEX_COUNTRY) && out->len > from && i > first
          && (!ng_strcmp (key (sc, i - 1), "lake") || !ng_strcmp (key (sc, i - 1), "mount")) && is_cap (t, i - 1))
        {
          NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
          if (pv->role == NG_MS_ENTITY && pv->first == i - 1 && pv->last == i)
            {
              pv->kind = NG_KIND_PLACE;
              pv->last = i + hl;
              pv->end = tok (t, i + hl - 1)->end;
              g_free (pv->name);
              pv->name = surface (t, i - 1, i + hl);
              pv->possessive = (tok (t, i + hl - 1)->flags & NG_TF_POSS) != 0;
              i += hl;
              continue;
            }
        }
      /* "Sri Lanka Cricket", "New Zealand Rugby", "Cricket Australia",
       * "Hockey India": a country's body of a sport, named by the country
       * and the sport */
      {
        static const char *const sports[] = { "cricket", "football", "rugby", "hockey", "athletics", "tennis",
                                              "swimming", "basketball", "netball", "golf", "cycling", "rowing",
                                              "volleyball", "badminton", "boxing", "gymnastics", NULL };
        const NgLexHit *hc;
        if (hl && cap && h->entry->cls == NG_LEX_COUNTRY && h->how == NG_LEXHIT_LABEL && i + hl < end
            && is_cap (t, i + hl) && tok (t, i + hl)->kind == NG_TOK_WORD && g_strv_contains (sports, key (sc, i + hl))
            && (!(i + hl + 1 < end && is_cap (t, i + hl + 1)) || (tok (t, i + hl)->flags & NG_TF_POSS)))
          {
            add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, i + hl + 1, NULL, surface (t, i, i + hl + 1));
            i += hl + 1;
            continue;
          }
        guint lc;
        if (!hl && cap && tok (t, i)->kind == NG_TOK_WORD && g_strv_contains (sports, key (sc, i)) && i + 1 < end
            && (lc = hit_at (sc, i + 1, &hc)) && hc->entry->cls == NG_LEX_COUNTRY && hc->how == NG_LEXHIT_LABEL
            && !(i + 1 + lc < end && is_cap (t, i + 1 + lc)))
          {
            add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, i + 1 + lc, NULL, surface (t, i, i + 1 + lc));
            i += 1 + lc;
            continue;
          }
      }
      if (hl && kind_of_lex (h->entry->cls) >= 0)
        {
          gint kind = kind_of_lex (h->entry->cls);
          guint b = i + hl;
          /* Place + org run: "Nile Council of Ministers", "Mekong River
           * Commission": one organization named for the place */
          if (kind == NG_KIND_PLACE && b < end && is_cap (t, b))
            {
              const NgLexHit *ht;
              guint r = (hit_at (sc, b, &ht) && ht->entry->cls == NG_LEX_TITLE) ? b : scan_run (sc, t, b, end);
              gboolean head = r > b && (ends_with_head (sc, b, r, org_heads) || tok_in (sc, b, org_heads));
              /* ("... Council of Ministers") */
              if (head && r + 1 < end && ng_strcmp (key (sc, r), "of") == 0 && is_cap (t, r + 1))
                r = scan_run (sc, t, r + 1, end);
              if (head)
                {
                  add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, r, NULL, surface (t, i, r));
                  i = r;
                  continue;
                }
            }
          /* Org + org run: "CSTO Collective Security Council" -> the body, parent CSTO. */
          if (kind == NG_KIND_ORG && b < end && is_cap (t, b))
            {
              const NgLexHit *ht;
              guint r = (hit_at (sc, b, &ht) && ht->entry->cls == NG_LEX_TITLE) ? b : scan_run (sc, t, b, end);
              /* ("Amazon Cooperation Treaty Organization": a company's
               * name inside an intergovernmental body's, no parent) */
              if (r > b && h->entry->kind && !ng_strcmp (h->entry->kind, "company") && tok_in (sc, r - 1, bloc_heads))
                {
                  add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, r, NULL, surface (t, i, r));
                  i = r;
                  continue;
                }
              if (r > b && (ends_with_head (sc, b, r, org_heads) || acronym_follows (sc, t, i, r, end)))
                {
                  gint par = add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, b, h->entry, surface (t, i, b));
                  /* "African Union Commission": a one-word body keeps the
                   * whole name; so does one whose acronym follows: "Asean
                   * Regional Forum (ARF)" */
                  guint bs = r - b == 1 || acronym_follows (sc, t, i, r, end) ? i : b;
                  gint body = add (out, NG_MS_ENTITY, NG_KIND_ORG, t, bs, r, NULL, surface (t, bs, r));
                  g_array_index (out, NgMentionSpan, body).parent = par;
                  i = r;
                  continue;
                }
            }
          /* "Security Council of Belarus": a national body, not the lexicon's one. */
          if (kind == NG_KIND_ORG && b + 1 < end && ng_strcmp (key (sc, b), "of") == 0 && !h->entry->notation)
            {
              const NgLexHit *hc;
              guint cl = hit_at (sc, b + 1, &hc);
              if (cl && hc->entry->cls == NG_LEX_COUNTRY && hc->how == NG_LEXHIT_LABEL)
                {
                  guint r = b + 1 + cl;
                  add (out, NG_MS_ENTITY, NG_KIND_ORG, t, i, r, NULL, surface (t, i, r));
                  i = r;
                  continue;
                }
            }
          /* Place + org run: "Baltic Fisheries Council", "Ukraine Defense
           * Contact Group", "Haiti's Transitional Presidential Council"
           * (the country's own body) */
          if ((kind == NG_KIND_PLACE || kind == NG_KIND_CITY || kind == NG_KIND_COUNTRY) && b < end && is_cap (t, b))
            {
              const NgLexHit *ht;
              if (!(hit_at (sc, b, &ht) && ht->entry->cls == NG_LEX_TITLE))
                {
                  guint r = scan_run (sc, t, b, end);
                  /* (not "Myanmar's Union Minister for Foreign Affairs X":
                   * words before a title are the title's) */
                  const NgLexHit *hr;
                  if ((tok (t, b - 1)->flags & NG_TF_POSS) && r < end && hit_at (sc, r, &hr) && hr->entry->cls == NG_LEX_TITLE)
                    r = b;
                  /* "Ramstein Air Base", "Incirlik Air Base": a city's name
                   * and a place's head (of two words at most) */
                  if (kind == NG_KIND_CITY && r > b && r <= b + 2 && ends_with_head (sc, b, r, place_heads)
                      && !ends_with_head (sc, b, r, org_heads)
                      /* (but "Dublin's Phoenix Park": the city's park) */
                      && !(tok (t, b - 1)->flags & NG_TF_POSS))
                    {
                      /* ("Pasay City", "Cebu City": the city itself) */
                      if (r == b + 1 && !ng_strcmp (key (sc, b), "city"))
                        add (out, NG_MS_ENTITY, NG_KIND_CITY, t, i, r, h->entry, surface (t, i, r));
                      else
                        add (out, NG_MS_ENTITY, NG_KIND_PLACE, t, i, r, NULL, surface (t, i, r));
                      i = r;
                      continue;
                    }
                  /* "Ankara's Bilkent University": the city's university,
                   * whose name is its own */
                  if (r > b && (tok (t, b - 1)->flags & NG_TF_POSS) && kind != NG_KIND_PLACE
                      && (tok_in (sc, b, study_heads) || ends_with_head (sc, b, r, study_heads)))
                    {
                      add (out, NG_MS_ENTITY, kind, t, i, b, h->entry, surface (t, i, b));
                      add (out, NG_MS_ENTITY, NG_KIND_ORG, t, b, r, NULL, surface (t, b, r));
                      i = r;
                      continue;
                    }
                  /* ("the seventh Caspian Summit", "the Caspian Economic
                   * Forum": a region's summit or forum, a body of its own;
                   * not a city's or a country's "Vilnius Summit") */
                  gboolean region_event = kind == NG_KIND_PLACE && r > b
                                          && (!ng_strcmp (key (sc, r - 1), "summit") || !ng_strcmp (key (sc, r - 1), "forum"));
                  if (r > b && (ends_with_head (sc, b, r, org_heads) || centre_for (sc, b, r) || research_centre (sc, b, r)
                                || region_event))
                    {
                      guint a0 = i;
                      /* "Supreme Arctic Fisheries Council": capitalized words just before. */
                      while (a0 > first && is_cap (t, a0 - 1) && (!hit_at (sc, a0 - 1, &ht) || is_direction (sc, a0 - 1))
                             && (out->len == from || g_array_index (out, NgMentionSpan, out->len - 1).last < a0 - 1)
                             && !(tok (t, a0 - 1)->flags & NG_TF_POSS))
                        a0--;
                      if (a0 < i && out->len > from)
                        {
                          NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
                          if (pv->role == NG_MS_ENTITY && pv->kind == NG_KIND_PERSON && pv->first >= a0)
                            {
                              g_free (pv->name);
                              g_array_set_size (out, out->len - 1);
                            }
                        }
                      add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a0, r, NULL, surface (t, a0, r));
                      i = r;
                      continue;
                    }
                }
            }
          /* "Supreme State Council", "Andean Council of Foreign Ministers":
           * a body of its own whose name ends with a lexicon
           * organization's (a word taken for a name before) */
          if (kind == NG_KIND_ORG && out->len > from)
            {
              NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
              if (pv->role == NG_MS_ENTITY && pv->kind == NG_KIND_PERSON && pv->last == i && pv->first + 1 == i
                  && !pv->strong && pv->title < 0 && tok_in (sc, pv->first, org_modifiers)
                  && (tok_in (sc, b - 1, org_heads) || tok_in (sc, i, org_heads)))
                {
                  guint a0 = drop_last (out);
                  add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a0, b, NULL, surface (t, a0, b));
                  i = b;
                  continue;
                }
            }
          /* "the inaugural ceremony at the Microsoft Theater": a venue named
           * for a company, a place */
          if (kind == NG_KIND_ORG && b < end && is_cap (t, b) && (b + 1 >= end || !is_cap (t, b + 1))
              && tok_in (sc, b, venue_heads))
            {
              add (out, NG_MS_ENTITY, NG_KIND_PLACE, t, i, b + 1, NULL, surface (t, i, b + 1));
              i = b + 1;
              continue;
            }
          /* "St. John's": a name that ends in 's keeps it, and is no
           * possessive */
          if ((tok (t, b - 1)->flags & NG_TF_POSS) && h->entry->pref
              && (g_str_has_suffix (h->entry->pref, "'s") || g_str_has_suffix (h->entry->pref, "\u2019s")))
            {
              g_autofree char *sf = surface (t, i, b);
              gint y = add (out, NG_MS_ENTITY, kind, t, i, b, h->entry, g_strdup_printf ("%s's", sf));
              g_array_index (out, NgMentionSpan, y).possessive = FALSE;
              i = b;
              continue;
            }
          add (out, NG_MS_ENTITY, kind, t, i, b, h->entry, surface (t, i, b));
          i = b;
          continue;
        }
      if (hl && h->entry->cls == NG_LEX_HONORIFIC)
        {
          /* "His Highness Sheikh Mohamed bin Zayed Al Nahyan": honorifics
           * may stack, and a name goes on over particles. */
          guint b = i + hl;
          const NgLexHit *h2;
          guint l2;
          for (;;)
            {
              if (b < end && (l2 = hit_at (sc, b, &h2)) && h2->entry->cls == NG_LEX_HONORIFIC)
                b += l2;
              else if (b < end && tok (t, b)->kind == NG_TOK_WORD
                       && ng_lexicon_find (sc->lex, key (sc, b), NG_LEX_HONORIFIC))
                b++;   /* an honorific that is also a title: "Sheikh" */
              else
                break;
            }
          guint r = b, names = 0;
          while (r < end && names < 4)
            {
              if (names >= 2 && tok_in (sc, r, headline_verbs))
                break;
              if (is_cap (t, r))
                names += !tok_in (sc, r, particles);
              else if (r > b && has_inner_cap (t, r))
                names++;   /* "al-Thani" */
              else if (!(r > b && r + 1 < end && is_particle (t, sc, r)
                         && (is_cap (t, r + 1) || is_particle (t, sc, r + 1))))
                break;
              r++;
            }
          while (r > b && !is_cap (t, r - 1) && !has_inner_cap (t, r - 1))
            r--;
          {
            /* "Mr President, friends": a title after the honorific is no name. */
            const NgLexHit *ht;
            guint lt = r > b ? hit_at (sc, b, &ht) : 0;
            if (lt && ht->entry->cls == NG_LEX_TITLE && b + lt >= r)
              {
                i = r;
                continue;
              }
            /* "His Excellency President William Ruto": the title and the
             * name after the honorific, as without it */
            if (lt && ht->entry->cls == NG_LEX_TITLE)
              {
                i = b;
                continue;
              }
            /* (or a country's and its title: "HE Qatar's Ambassador to
             * Jordan Sheikh X", "HE the Jordanian Ambassador Y") */
            guint c0 = b < end && !ng_strcmp (key (sc, b), "the") ? b + 1 : b;
            guint lc = c0 < r ? hit_at (sc, c0, &ht) : 0;
            if (lc && (ht->entry->cls == NG_LEX_COUNTRY || ht->how == NG_LEXHIT_DEMONYM)
                && ((tok (t, c0 + lc - 1)->flags & NG_TF_POSS) || ht->how == NG_LEXHIT_DEMONYM) && c0 + lc < end
                && hit_at (sc, c0 + lc, &h2) && h2->entry->cls == NG_LEX_TITLE)
              {
                i = b;
                continue;
              }
          }
          if (r > b)
            {
              gint m = add (out, NG_MS_ENTITY, NG_KIND_PERSON, t, b, r, NULL, surface (t, b, r));
              g_array_index (out, NgMentionSpan, m).strong = TRUE;
              i = r;
              continue;
            }
          i = b;
          continue;
        }
      if (title_case)
        {
          /* One word at a time: a known surname may still be recognized. */
          if (!hl)
            {
              gint m = add (out, NG_MS_ENTITY, NG_KIND_PERSON, t, i, i + 1, NULL, surface (t, i, i + 1));
              g_array_index (out, NgMentionSpan, m).headline = TRUE;
            }
          i += hl ? hl : 1;
          continue;
        }
      /* "at Fort Amsterdam", "in Port Mathurin": a word towns' and forts'
       * names start with, then a city's name, after a preposition of
       * place, is a place of its own, not that city */
      {
        const NgLexHit *hp;
        guint lp = i + 1 < end && i > first && tok_in (sc, i, town_prefixes) && is_cap (t, i + 1)
                   ? hit_at (sc, i + 1, &hp) : 0;
        if (lp && hp->entry->cls == NG_LEX_CITY
            && (!ng_strcmp (key (sc, i - 1), "at") || !ng_strcmp (key (sc, i - 1), "in")
                || !ng_strcmp (key (sc, i - 1), "to") || !ng_strcmp (key (sc, i - 1), "from"))
            && !(i + 1 + lp < end && tok (t, i + 1 + lp)->kind == NG_TOK_WORD && is_cap (t, i + 1 + lp)))
          {
            add (out, NG_MS_ENTITY, NG_KIND_PLACE, t, i, i + 1 + lp, NULL, surface (t, i, i + 1 + lp));
            i += 1 + lp;
            continue;
          }
      }
      /* A capitalized run not in any lexicon (or starting with a given name). */
      guint r = scan_run (sc, t, i, end);
      if (r == i)
        r = i + 1;
      /* Drop leading stopwords inside the run. */
      guint a = i;
      while (a < r)
        {
          const NgLexHit *h2;
          guint l2 = hit_at (sc, a, &h2);
          if (l2 == 1 && h2->entry->cls == NG_LEX_STOP && !tok_in (sc, a, org_heads))
            a++;
          else
            break;
        }
      /* ("the Second Kazakhstan-Malaysia Business Council", "the Third
       * China-Pacific Island Countries Foreign Ministers' Meeting": the
       * ordinal counts the meetings, it is no word of the name) */
      while (a + 2 <= r && tok_in (sc, a, ordinal_words) && is_cap (t, a + 1)
             && (ends_with_head (sc, a, r, org_heads) || ends_with_head (sc, a, r, thing_heads)))
        a++;
      if (a == r)
        {
          i = r;
          continue;
        }
      {
        const NgLexHit *ht;
        if (r < end && hit_at (sc, r, &ht) && ht->entry->cls == NG_LEX_TITLE && r - a <= 2
            && !ends_with_head (sc, a, r, org_heads))
          {
            /* "Deputy Finance Minister": the words go with the title. */
            i = r;
            continue;
          }
      }
      /* "the Conference of Speakers of the European Union Parliaments",
       * "the Conference of African Ministers of Finance": a standing
       * conference named for its members, whose title words would end a
       * run; the name goes on over "of", "the" and "and" to its last
       * capitalized word, but not over a known organization's whole name
       * after "of" */
      if (r == a + 1 && !ng_strcmp (key (sc, a), "conference") && r + 1 < end && !ng_strcmp (key (sc, r), "of")
          && is_cap (t, r + 1))
        {
          guint e = r + 1;
          while (e < end && tok (t, e)->kind == NG_TOK_WORD && !org_after_of (sc, t, e, end)
                 && (is_cap (t, e)
                     || ((!ng_strcmp (key (sc, e), "of") || !ng_strcmp (key (sc, e), "the") || !ng_strcmp (key (sc, e), "and"))
                         && e + 1 < end && tok (t, e + 1)->kind == NG_TOK_WORD
                         && (is_cap (t, e + 1) || (!ng_strcmp (key (sc, e + 1), "the") && e + 2 < end && is_cap (t, e + 2))))))
            e++;
          /* (and not over an organization's name after "of": "of the
           * Council of the Entente", "of the Adriatic and Ionian
           * Initiative", a head word at either end) */
          for (guint q = r + 2; q + 1 < e; q++)
            if (!ng_strcmp (key (sc, q), "of"))
              {
                guint p = q + 2;
                if (p < e && !ng_strcmp (key (sc, q + 1), "the") && (tok_in (sc, p, org_heads) || tok_in (sc, e - 1, org_heads)))
                  {
                    e = q;
                    break;
                  }
              }
          if (e >= r + 2)
            {
              add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, e, NULL, surface (t, a, e));
              i = e;
              continue;
            }
        }
      /* "talks under the Slavkov format", "the Austerlitz format": a
       * grouping named for a place, with "format" in lower case */
      if (r < end && r - a <= 2 && a > first && !ng_strcmp (key (sc, a - 1), "the") && !is_cap (t, r)
          && tok (t, a)->kind == NG_TOK_WORD && is_cap (t, a)
          && !ng_strcmp (key (sc, r), "format") && !ends_with_head (sc, a, r, org_heads))
        {
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r + 1, NULL, surface (t, a, r + 1));
          i = r + 1;
          continue;
        }
      /* ("the India-Africa Forum Summit", "the China-Africa Forum": the
       * series of two partners' summits is a body of its own) */
      if (ends_with_head (sc, a, r, thing_heads) && !ends_with_head (sc, a, r, org_heads) && r - a >= 2
          && partners_word (sc, t, a))
        {
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r, NULL, surface (t, a, r));
          i = r;
          continue;
        }
      /* ("the British-Irish Intergovernmental Conference", "the Standing
       * Conference of ...": a standing body's name, not a meeting's) */
      if (r - a >= 2 && !ng_strcmp (key (sc, r - 1), "conference")
          && (!ng_strcmp (key (sc, r - 2), "intergovernmental") || !ng_strcmp (key (sc, r - 2), "standing")
              || !ng_strcmp (key (sc, r - 2), "permanent")))
        {
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r, NULL, surface (t, a, r));
          i = r;
          continue;
        }
      if (ends_with_head (sc, a, r, thing_heads) && !ends_with_head (sc, a, r, org_heads))
        {
          i = r;
          continue;
        }
      /* ("the Presidency said": a head of state's office) */
      if (r - a == 1 && a > first && !ng_strcmp (key (sc, a), "presidency") && !ng_strcmp (key (sc, a - 1), "the"))
        {
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r, NULL, surface (t, a, r));
          i = r;
          continue;
        }
      /* ("the Prime Minister's Office": the office of a head of state or
       * government) */
      if (r - a == 1 && !ng_strcmp (key (sc, a), "office") && out->len > from && a > first
          && g_array_index (out, NgMentionSpan, out->len - 1).role == NG_MS_TITLE
          && g_array_index (out, NgMentionSpan, out->len - 1).last == a && (tok (t, a - 1)->flags & NG_TF_POSS))
        {
          NgMentionSpan *pt = &g_array_index (out, NgMentionSpan, out->len - 1);
          if (heads_state (pt->lex))
            {
              guint f0 = drop_last (out);
              add (out, NG_MS_ENTITY, NG_KIND_ORG, t, f0, r, NULL, surface (t, f0, r));
              i = r;
              continue;
            }
        }
      if (r - a == 1 && tok_in (sc, a, org_heads))
        {
          /* "Bloc leaders gather ...": a head word alone names nothing. */
          i = r;
          continue;
        }
      gboolean head_of = FALSE;   /* "Security Council of Cambodia": a head word, then "of" */
      for (guint q = a; q + 1 < r && !head_of; q++)
        if (tok_in (sc, q, org_heads) && !ng_strcmp (key (sc, q + 1), "of"))
          head_of = TRUE;
      /* (a centre for something: "Centre for Strategic Studies", "the
       * Policy Center for the New South") */
      for (guint q = a; q + 2 < r && !head_of; q++)
        head_of = centre_for (sc, q, r);
      /* ("a meeting of Deputy National Security Advisers": officials, no
       * firm) */
      gboolean officials = tok_in (sc, a, title_mods)
                           && (!ng_strcmp (key (sc, r - 1), "advisers") || !ng_strcmp (key (sc, r - 1), "advisors"));
      /* ("the Central European Defence Cooperation (CEDC)": a grouping
       * named for what it does together, with its acronym) */
      gboolean grouping = r - a >= 2 && (!ng_strcmp (key (sc, r - 1), "cooperation") || !ng_strcmp (key (sc, r - 1), "co operation"))
                          && acronym_follows (sc, t, a, r, end);
      if ((ends_with_head (sc, a, r, org_heads) || (r - a >= 3 && tok_in (sc, a, org_heads)) || head_of || grouping)
          && !officials)
        {
          /* "King Abdulaziz University", "Sultan Qaboos University": a
           * royal title of one word just before is part of the name */
          if (royal_title_before (sc, t, out, from, a))
            a = drop_last (out);
          /* "Lake Chad Basin Commission (LCBC)": a place's name just
           * before, which the acronym spells with it, is the body's */
          if (out->len > from)
            {
              NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
              if (pv->role == NG_MS_ENTITY && pv->last == a && pv->kind != NG_KIND_PERSON && pv->kind != NG_KIND_ORG
                  && !pv->possessive && acronym_follows (sc, t, pv->first, r, end))
                {
                  a = drop_last (out);
                }
            }
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r, NULL, surface (t, a, r));
          i = r;
          continue;
        }
      /* A place's head word alone names no place: "talks with Wang and
       * Park", "said Hall" (it may still be a name, below). */
      /* ("the Hotel Splendid", "Palacio Bolívar": a building's word
       * before a name) */
      gboolean building_first = r - a == 2 && (!ng_strcmp (key (sc, a), "hotel") || !ng_strcmp (key (sc, a), "palacio")
                                               || !ng_strcmp (key (sc, a), "palácio") || !ng_strcmp (key (sc, a), "palazzo")
                                               || !ng_strcmp (key (sc, a), "plaza")
                                               /* ("Lake Kariba", "Mount Elgon") */
                                               || !ng_strcmp (key (sc, a), "lake") || !ng_strcmp (key (sc, a), "mount")
                                               /* ("at Villa Vodno", "at Villa Madama"; not "in
                                                * Villa Gesell", a town) */
                                               || (!ng_strcmp (key (sc, a), "villa") && a > first
                                                   && !ng_strcmp (key (sc, a - 1), "at")));
      if (r - a >= 2 && (ends_with_head (sc, a, r, place_heads) || (r - a >= 3 && tok_in (sc, a, place_heads)) || building_first))
        {
          /* "King Khalid International Airport", "Queen Alia ...": a
           * title of one word just before is part of the name */
          if (royal_title_before (sc, t, out, from, a))
            a = drop_last (out);
          /* ("the New Administrative Capital", "Ho Chi Minh City": a city;
           * "the European Policy Centre": a centre of research) */
          gboolean city = !ng_strcmp (key (sc, r - 1), "capital") || !ng_strcmp (key (sc, r - 1), "city");
          add (out, NG_MS_ENTITY, research_centre (sc, a, r) ? NG_KIND_ORG : city ? NG_KIND_CITY : NG_KIND_PLACE, t, a, r, NULL,
               surface (t, a, r));
          i = r;
          continue;
        }
      /* Person candidates: 1-4 capitalized words besides particles ("Luiz
       * Inacio Lula da Silva"), no digits, connectors only as particles.
       * A name ends before "of": "President John Hall of Malta" (the run
       * went on after the head word Hall). */
      for (guint q = a + 1; q < r; q++)
        if (!ng_strcmp (key (sc, q), "of"))
          {
            r = q;
            break;
          }
      guint words = r - a, names = 0;
      for (guint q = a; q < r; q++)
        if (!tok_in (sc, q, particles))
          names++;
      /* (an Arab patronymic name runs longer: "Mohammed bin Salman bin
       * Abdulaziz Al Saud", four names and three particles) */
      gboolean ok = names <= 4 && (words <= 6 || (words <= 8 && words - names >= 3));
      for (guint q = a; q < r && ok; q++)
        if (!is_cap (t, q) && !tok_in (sc, q, connectors) && !tok_in (sc, q, particles)
            && !has_inner_cap (t, q))
          ok = FALSE;
      /* (nor a ministry's portfolio: "Minister of Foreign Affairs, African
       * Cooperation and Moroccan Expatriates", "Peru's Foreign Trade and
       * Tourism minister") */
      /* (but a given name first: "Josh Green", "Anna Green") */
      const NgLexHit *hg;
      if (ok && tok_in (sc, r - 1, portfolio_words) && !(tok (t, r - 1)->flags & NG_TF_POSS)
          && !(r - a == 2 && hit_at (sc, a, &hg) && hg->entry->cls == NG_LEX_GIVEN && !tok_in (sc, a, portfolio_words)
               && !(a > first && (!ng_strcmp (key (sc, a - 1), "of") || !ng_strcmp (key (sc, a - 1), "and")
                                  || !ng_strcmp (key (sc, a - 1), "for")))))
        ok = FALSE;
      /* (nor the plural of a post: "received the visiting Foreign
       * Ministers", "the Prime Ministers of both countries") */
      if (ok)
        {
          static const char *const plural_posts[] = {
            "ministers", "presidents", "secretaries", "ambassadors", "governors", "envoys", "premiers",
            "chancellors", "commissioners", "delegates", "leaders", "chiefs", "speakers", "senators", NULL
          };
          for (const char *const *w = plural_posts; *w && ok; w++)
            ok = ng_strcmp (key (sc, r - 1), *w) != 0;
        }
      /* ("the Ministry of Foreign and CARICOM Affairs Deborah
       * Sealy-Mahabir": the portfolio's last word is no given name) */
      const NgLexHit *ha;
      while (ok && r - a >= 3 && tok_in (sc, a, portfolio_words) && !hit_at (sc, a, &ha))
        {
          a++;
          words--;
        }
      /* "ministers meet in Trakai", "talks held in Kananaskis", "a resort
       * in La Malbaie": an unknown word (or a particle and one) after a
       * meeting's or a resort's "in" is its town */
      /* (or after a venue's: "at the US Naval Academy in Annapolis") */
      gboolean venue_in = FALSE;
      if (a >= first + 2 && out->len > from)
        {
          NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
          gboolean at_the = pv->first >= first + 2 && !ng_strcmp (key (sc, pv->first - 1), "the")
                            && !ng_strcmp (key (sc, pv->first - 2), "at");
          venue_in = pv->role == NG_MS_ENTITY && (pv->kind == NG_KIND_ORG || pv->kind == NG_KIND_PLACE)
                     && pv->last + 1 == a && pv->first >= first + 1
                     && (!ng_strcmp (key (sc, pv->first - 1), "at") || at_the);
          /* (a name of no known head after "at the" is a venue's too:
           * "at the Predio Lionel Andrés Messi in Ezeiza") */
          if (!venue_in && at_the && pv->role == NG_MS_ENTITY && pv->kind == NG_KIND_PERSON && !pv->lex
              && pv->last + 1 == a && !ng_strcmp (key (sc, a - 1), "in") && pv->last - pv->first >= 2)
            {
              venue_in = TRUE;
              pv->kind = NG_KIND_PLACE;
            }
        }
      /* (or after going's "to" or "in": "flew to Pemba", "arrived in
       * Becici") */
      gboolean going = a >= first + 2 && (!ng_strcmp (key (sc, a - 1), "to") || !ng_strcmp (key (sc, a - 1), "in"))
                       && tok_in (sc, a - 2, travel_to);
      /* (or "in X on Monday", "in X yesterday": a day after it says where
       * something happened) */
      if (!going && a >= first + 2 && !ng_strcmp (key (sc, a - 1), "in") && r + 1 < end)
        {
          const NgToken *n1 = tok (t, r + 1);
          const char *n1t = t->text + n1->start;
          gsize n1l = ng_token_len (n1);
          going = (!ng_strcmp (key (sc, r), "on") && (ng_date_weekday_of_word (n1t, n1l) || ng_date_month (n1t, n1l)))
                  || !ng_strcmp (key (sc, r), "yesterday") || !ng_strcmp (key (sc, r), "today")
                  || (!ng_strcmp (key (sc, r), "last") && ng_date_weekday_of_word (n1t, n1l));
        }
      /* (or a day before it: "opened today in Budva", "met on Monday in
       * Tumbes") */
      if (!going && a >= first + 3 && !ng_strcmp (key (sc, a - 1), "in"))
        {
          const NgToken *p2 = tok (t, a - 2);
          going = !ng_strcmp (key (sc, a - 2), "today") || !ng_strcmp (key (sc, a - 2), "yesterday")
                  || ng_date_weekday_of_word (t->text + p2->start, ng_token_len (p2));
        }
      if (ok && (words == 1 || (words == 2 && tok_in (sc, a, particles))) && a >= first + 2
          && (!ng_strcmp (key (sc, a - 1), "in") || going) && !(tok (t, a)->flags & NG_TF_ALLCAPS)
          && (tok_in (sc, a - 2, meeting_in) || venue_in || going)
          && (r >= end || tok (t, r)->kind != NG_TOK_WORD || !is_cap (t, r)))
        {
          const NgLexHit *hm;
          if (!hit_at (sc, r - 1, &hm) && !ng_date_weekday_of_word (t->text + tok (t, a)->start, ng_token_len (tok (t, a)))
              && !ng_date_month (t->text + tok (t, a)->start, ng_token_len (tok (t, a))))
            {
              add (out, NG_MS_ENTITY, NG_KIND_CITY, t, a, r, NULL, surface (t, a, r));
              i = r;
              continue;
            }
        }
      /* "in Puerto Iguazú", "to Ciudad del Este": a name led by a word
       * towns' names start with, after a preposition of place, is a town */
      gboolean known_inside = FALSE;   /* (not "San Marino-Bolivia negotiations": countries' names) */
      for (guint q = a; q < r && !known_inside && ok && words >= 2; q++)
        {
          const NgLexHit *hq;
          known_inside = (hit_at (sc, q, &hq) && hq->entry->cls != NG_LEX_STOP)
                         || memchr (t->text + tok (t, q)->start, '-', ng_token_len (tok (t, q)));
        }
      if (ok && !known_inside && words >= 2 && words <= 4 && a >= first + 1 && tok_in (sc, a, town_prefixes)
          && (!ng_strcmp (key (sc, a - 1), "in") || !ng_strcmp (key (sc, a - 1), "to") || !ng_strcmp (key (sc, a - 1), "from")
              || !ng_strcmp (key (sc, a - 1), "at")) && !(tok (t, r - 1)->flags & NG_TF_POSS))
        {
          add (out, NG_MS_ENTITY, NG_KIND_CITY, t, a, r, NULL, surface (t, a, r));
          i = r;
          continue;
        }
      /* a grouping named by its number of members: "the MED5 group",
       * "the E3", "The A5 countries" */
      if (ok && words == 1 && numbered_group (sc, t, a, first, end))
        {
          add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r, NULL, surface (t, a, r));
          i = r;
          continue;
        }
      if (ok && words == 1 && (tok (t, a)->flags & NG_TF_ALLCAPS))
        {
          /* an unknown acronym alone, unless the text defined it: "the
           * MRC" after "the Mekong River Commission (MRC)" */
          if (g_hash_table_contains (sc->acronyms, key (sc, a)))
            {
              add (out, NG_MS_ENTITY, NG_KIND_ORG, t, a, r, NULL, surface (t, a, r));
              i = r;
              continue;
            }
          ok = FALSE;
        }
      /* "at PM House", "the President Office": a building after a title */
      if (ok && words == 1 && out->len > from && g_array_index (out, NgMentionSpan, out->len - 1).role == NG_MS_TITLE
          && g_array_index (out, NgMentionSpan, out->len - 1).last == a)
        {
          const char *w = key (sc, a);
          if (!ng_strcmp (w, "house") || !ng_strcmp (w, "office") || !ng_strcmp (w, "palace") || !ng_strcmp (w, "secretariat")
              || !ng_strcmp (w, "building") || !ng_strcmp (w, "residence"))
            ok = FALSE;
        }
      if (ok && words == 1 && r < end && tok (t, r)->kind == NG_TOK_WORD && !is_cap (t, r))
        {
          /* "Prime Minister Arrives in Bishkek": a headline's verb, not a name. */
          const char *w = key (sc, a), *nx = key (sc, r);
          gsize wl = strlen (w);
          const NgLexHit *hgv;
          /* (not a given name: "hosted by King Charles for a banquet"; nor a
           * name after a lowercase word: "met with Guterres to discuss") */
          if (wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's'
              && !(hit_at (sc, a, &hgv) && hgv->entry->cls == NG_LEX_GIVEN)
              && (a == first || is_cap (t, a - 1) || tok (t, a - 1)->kind != NG_TOK_WORD)
              && (!ng_strcmp (nx, "in") || !ng_strcmp (nx, "to") || !ng_strcmp (nx, "for") || !ng_strcmp (nx, "at")
                  || !ng_strcmp (nx, "with") || !ng_strcmp (nx, "on") || !ng_strcmp (nx, "talks")))
            ok = FALSE;
        }
      /* "Bourita Calls for Concrete Agenda", "Wong Meets Anwar": a
       * headline's verb closing a name */
      if (ok && words >= 2 && r < end && tok (t, r)->kind == NG_TOK_WORD)
        {
          if (tok_in (sc, r - 1, headline_verbs))
            {
              r--;
              words--;
            }
        }
      /* "Crown Prince Receives Qatari Emir": in Title Case, a verb before
       * a demonym, a country or a title */
      if (ok && words == 1 && r < end && is_cap (t, r) && a > first && tok (t, a - 1)->kind == NG_TOK_WORD)
        {
          const char *w = key (sc, a);
          gsize wl = strlen (w);
          const NgLexHit *hn;
          if (wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' && hit_at (sc, r, &hn)
              && (hn->how == NG_LEXHIT_DEMONYM || hn->entry->cls == NG_LEX_TITLE || hn->entry->cls == NG_LEX_COUNTRY)
              && out->len > from && g_array_index (out, NgMentionSpan, out->len - 1).role == NG_MS_TITLE
              && g_array_index (out, NgMentionSpan, out->len - 1).last == a)
            ok = FALSE;
        }
      if (ok)
        {
          const NgLexHit *h2;
          gboolean given = hit_at (sc, a, &h2) && h2->entry->cls == NG_LEX_GIVEN && words >= 2;
          /* "Belarusian ruler Alyaksandr Lukashenka": a demonym and a role noun
           * before; "Paraguay's Santiago Peña": a country's possessive. */
          if (!given && words >= 2 && words <= 3 && a >= first + 1 && out->len > from)
            {
              NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, out->len - 1);
              if (pv->role == NG_MS_DEMONYM && pv->last + 1 == a && a >= first + 2
                  && tok (t, a - 1)->kind == NG_TOK_WORD && !is_cap (t, a - 1))
                given = TRUE;
              if (pv->role == NG_MS_ENTITY && pv->kind == NG_KIND_COUNTRY && pv->possessive && pv->last == a)
                given = TRUE;
            }
          gint m = add (out, NG_MS_ENTITY, NG_KIND_PERSON, t, a, r, NULL, surface (t, a, r));
          NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
          x->strong = given;
          if (is_speech (sc, t, r, end) || (r + 1 < end && tok (t, r)->kind == NG_TOK_PUNCT && is_speech (sc, t, r + 1, end)))
            {
              x->speaker = TRUE;
              x->strong = x->strong || words >= 2;
            }
        }
      i = r;
    }
  join_venues (sc, t, out, from, first);
  join_company_suffix (sc, t, out, from);
  split_body_of_org (sc, t, out, from);
  join_listed_fields (sc, t, out, from, end);
  join_portfolio_and (sc, t, out, from);
  join_institutions (sc, t, out, from);
  split_acronym_owner (sc, t, out, from);
  join_dash_partners (sc, t, out, from);
  join_spelled_names (sc, t, out, from, first, end);
  join_patronymic_words (sc, t, out, from, end);
  listed_with_strong (sc, t, out, from, first);
  /* "her Botswana counterpart Duma Boko": a name after "counterpart" is a
   * person's; so is one after "chaired by", "hosted by", "presided over
   * by", "received by" ("chaired by Tokayev") */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->first <= first)
        continue;
      if (!ng_strcmp (key (sc, x->first - 1), "counterpart"))
        x->strong = TRUE;
      if (x->first >= first + 2 && !ng_strcmp (key (sc, x->first - 1), "by"))
        {
          const char *v = key (sc, x->first - 2);
          if (!ng_strcmp (v, "chaired") || !ng_strcmp (v, "co chaired") || !ng_strcmp (v, "hosted")
              || !ng_strcmp (v, "co hosted") || !ng_strcmp (v, "received") || !ng_strcmp (v, "welcomed")
              || (!ng_strcmp (v, "over") && x->first >= first + 3 && !ng_strcmp (key (sc, x->first - 3), "presided")))
            x->strong = TRUE;
        }
      /* "the coordinator of the CPT, Fritz Alphonse Jean,": a name of two
       * words or more in apposition to a role in small letters of a body
       * the text names */
      if (m > from && x->last > x->first + 1 && x->first >= first + 5
          && tok (t, x->first - 1)->kind == NG_TOK_PUNCT && t->text[tok (t, x->first - 1)->start] == ','
          && (x->last >= end || tok (t, x->last)->kind == NG_TOK_PUNCT))
        {
          const NgMentionSpan *o = &g_array_index (out, NgMentionSpan, m - 1);
          guint b = o->first;
          if (b >= first + 2 && !ng_strcmp (key (sc, b - 1), "the"))
            b--;
          if (o->role == NG_MS_ENTITY && o->kind == NG_KIND_ORG && o->last + 1 == x->first && b >= first + 3
              && !ng_strcmp (key (sc, b - 1), "of") && tok (t, b - 2)->kind == NG_TOK_WORD && !is_cap (t, b - 2)
              && !ng_strcmp (key (sc, b - 3), "the"))
            x->strong = TRUE;
        }
    }
  join_plus_formats (t, out, from);
  join_and_regions (sc, t, out, from);
  join_direction_towns (sc, t, out, from);
  bodies_of_group (sc, t, out, from, first);
  people_named_buildings (sc, t, out, from);
  join_region_buildings (sc, t, out, from);
  trim_heads_of_state (sc, t, out, from, first);
  partners_names (sc, t, out, from);
  plural_titles (sc, t, out, from, first);
  person_suffixes (sc, t, out, from, first, end);
  workplace_bodies (sc, t, out, from, first, end);
  leader_bodies (sc, t, out, from, end);
  join_town_particles (sc, t, out, from, first);
  respective_people (sc, t, out, from, first, end);
  /* "Sultan bin Mohammed al Nuamani": "bin" inside a name makes it a
   * person's, whatever its first word */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      for (guint q = x->first + 1; x->role == NG_MS_ENTITY && x->kind == NG_KIND_PERSON && q + 1 < x->last; q++)
        if (son_of (sc, q) && is_cap (t, q - 1) && is_cap (t, q + 1))
          x->strong = TRUE;
    }
  listed_people (sc, t, out, from);
  name_over_lexicon (sc, t, out, from, first, end);
  given_names_then_place (sc, t, out, from, end);
  /* (again, for the names just made: "met Avigdor Liberman and Yair
   * Golan") */
  listed_with_strong (sc, t, out, from, first);
  surname_of_country (sc, t, out, from, end);
  link_titles (sc, t, out, from, end);
  deputy_before_name (sc, t, out, from);
  title_of_body_apposition (sc, t, out, from, first);
  /* "according to X": X is a source, not an actor. */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON)
        continue;
      guint f = x->first;
      if (x->title >= 0)
        f = MIN (f, g_array_index (out, NgMentionSpan, x->title).first);
      if (f >= first + 2 && ng_strcmp (key (sc, f - 2), "according") == 0 && ng_strcmp (key (sc, f - 1), "to") == 0)
        x->speaker = TRUE;
      if (is_speech (sc, t, x->last, end))
        x->speaker = TRUE;
      /* '"The summit survived," said X': the verb before the speaker,
       * after a quotation or a comma (not "told X": X is spoken to); but
       * not a side's words, '"We discussed ... and agreed," said X' */
      /* (over "the": '"...," mentioned the Foreign Ministry Spokesman, X') */
      guint v = f >= first + 3 && !ng_strcmp (key (sc, f - 1), "the") ? f - 1 : f;
      static const char *const inverted[] = {
        "said", "says", "added", "noted", "argued", "explained", "mentioned", "stated", "continued", "elaborated",
        "stressed", "emphasized", "emphasised", "remarked", "commented", "replied", "recalled", NULL
      };
      if (v >= first + 2 && tok (t, v - 2)->kind == NG_TOK_PUNCT && g_strv_contains (inverted, key (sc, v - 1)))
        {
          gboolean we = FALSE;
          for (guint q = first; q + 2 < f && !we; q++)
            we = !ng_strcmp (key (sc, q), "we") || !ng_strcmp (key (sc, q), "our") || !ng_strcmp (key (sc, q), "us");
          x->speaker = x->speaker || !we;
        }
    }
  /* "at the palace in Bogor, south of Jakarta", "in Castel Gandolfo,
   * south of Rome": one or two unknown words after "in", placed against
   * a known place, are a town. */
  for (guint m = from; m + 1 < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      NgMentionSpan *y = &g_array_index (out, NgMentionSpan, m + 1);
      guint f = x->first, l = x->last;
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->strong || x->title >= 0 || x->speaker
          || l > f + 2 || f < first + 1 || ng_strcmp (key (sc, f - 1), "in") || l + 2 >= end
          || tok (t, l)->kind != NG_TOK_PUNCT || t->text[tok (t, l)->start] != ',')
        continue;
      guint d = l + 1;
      gboolean placed = !ng_strcmp (key (sc, d), "near") ? y->first == d + 1
        : d + 2 < end && !ng_strcmp (key (sc, d + 1), "of") && y->first == d + 2
          && (is_direction (sc, d) || !ng_strcmp (key (sc, d), "northeast") || !ng_strcmp (key (sc, d), "northwest")
              || !ng_strcmp (key (sc, d), "southeast") || !ng_strcmp (key (sc, d), "southwest"));
      /* "in Kananaskis, Canada.", "in Tromsø, northern Norway,": the
       * country after a comma, ending the clause */
      if (!placed && (y->first == d || (y->first == d + 1 && !is_cap (t, d) && is_direction (sc, d)))
          && y->role == NG_MS_ENTITY && y->kind == NG_KIND_COUNTRY && !y->possessive
          && (y->last >= end || tok (t, y->last)->kind == NG_TOK_PUNCT))
        placed = TRUE;
      if (placed && y->role == NG_MS_ENTITY
          && (y->kind == NG_KIND_CITY || y->kind == NG_KIND_COUNTRY || y->kind == NG_KIND_PLACE))
        x->kind = NG_KIND_CITY;
    }
  /* "in the Norwegian city of Tromsø", "the Black Sea resort of Sochi",
   * "the island of Nusa Dua": one to three unknown words after a noun of
   * a place and "of" are that place (even words of known names: "the
   * Thai town of Chiang Saen"). */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      guint f = x->first;
      if (x->role != NG_MS_ENTITY || x->kind != NG_KIND_PERSON || x->title >= 0 || x->speaker
          || x->last > f + 3 || f < first + 3 || ng_strcmp (key (sc, f - 1), "of") || is_cap (t, f - 2))
        continue;
      const char *n = key (sc, f - 2);
      if (!ng_strcmp (n, "city") || !ng_strcmp (n, "town") || !ng_strcmp (n, "resort") || !ng_strcmp (n, "village")
          || !ng_strcmp (n, "port"))
        x->kind = NG_KIND_CITY;
      else if (!ng_strcmp (n, "island") || !ng_strcmp (n, "province") || !ng_strcmp (n, "region"))
        x->kind = NG_KIND_PLACE;
    }
  /* "the Indonesian provinces of Kalimantan, Sulawesi, Maluku and Papua",
   * "the cities of Osh and Jalal-Abad": every unknown name of the list is
   * such a place */
  for (guint m = from; m < out->len; m++)
    {
      NgMentionSpan *x = &g_array_index (out, NgMentionSpan, m);
      guint f = x->first;
      if (x->role != NG_MS_ENTITY || f < first + 3 || ng_strcmp (key (sc, f - 1), "of") || is_cap (t, f - 2))
        continue;
      const char *n = key (sc, f - 2);
      NgKind kind = !ng_strcmp (n, "cities") || !ng_strcmp (n, "towns") || !ng_strcmp (n, "ports") ? NG_KIND_CITY
                    : !ng_strcmp (n, "provinces") || !ng_strcmp (n, "states") || !ng_strcmp (n, "regions")
                      || !ng_strcmp (n, "islands") ? NG_KIND_PLACE : NG_KIND_PERSON;
      if (kind == NG_KIND_PERSON)
        continue;
      for (guint q = m; q < out->len; q++)
        {
          NgMentionSpan *y = &g_array_index (out, NgMentionSpan, q);
          if (q > m)
            {
              const NgMentionSpan *pv = &g_array_index (out, NgMentionSpan, q - 1);
              if (after_joint (sc, t, pv->last, y->first) != y->first || pv->possessive)
                break;
            }
          if (y->role != NG_MS_ENTITY)
            break;
          if (y->kind == NG_KIND_PERSON && !y->strong && y->title < 0 && !y->speaker && y->last <= y->first + 3)
            y->kind = kind;
        }
    }
}
