/* test-resolve.c - people, organizations and meetings merged across documents. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>

#include "newsgraph/doc.h"
#include "newsgraph/resolve.h"
#include "newsgraph/store.h"
#include "newsgraph/vocab.h"
#include "newsgraph/writer.h"

/* A document dated date with a key and a headline. */
static NgDoc *
doc_new (const char *key, const char *date)
{
  g_autofree char *src = g_strconcat (key, ".txt", NULL);
  NgDoc *d = ng_doc_new (key, src);
  d->date = g_strdup (date);
  d->headline = g_strconcat ("Headline of ", key, NULL);
  return d;
}

/* Adds an entity with extra surface forms (NULL-terminated); returns its index. */
static gint
add (NgDoc *d, NgKind kind, const char *name, const char *lex_key, ...)
{
  NgWhere w = { 0, 0, (guint32) strlen (name) };
  gint i = ng_doc_add_entity (d, kind, name, &w);
  NgEntity *e = &g_array_index (d->entities, NgEntity, i);
  if (lex_key)
    {
      g_free (e->lex_key);
      e->lex_key = g_strdup (lex_key);
    }
  va_list ap;
  va_start (ap, lex_key);
  for (const char *f = va_arg (ap, const char *); f; f = va_arg (ap, const char *))
    ng_doc_add_form (d, i, f);
  va_end (ap);
  return i;
}

/* Adds a meeting; returns its index. */
static gint
add_meeting (NgDoc *d, NgMeetingKind kind, gint organizer, gint place, const char *date)
{
  NgMeeting m = { 0 };
  m.kind = kind;
  m.organizer = organizer;
  m.place = place;
  m.date = g_strdup (date);
  g_array_append_val (d->meetings, m);
  return (gint) d->meetings->len - 1;
}

/* Adds an attendance of person at meeting. */
static void
add_attendance (NgDoc *d, gint meeting, gint person, NgStatus status)
{
  NgAttendance a = { 0 };
  a.meeting = meeting;
  a.person = person;
  a.mode = NG_MODE_IN_PERSON;
  a.status = status;
  g_array_append_val (d->attendance, a);
}

/* Adds a post. */
static void
add_post (NgDoc *d, gint person, const char *title, gint of)
{
  NgPost p = { 0 };
  p.person = person;
  p.title = g_strdup (title);
  p.of = of;
  g_array_append_val (d->posts, p);
}

/* Resolves docs (taken) in the given order into a new store. */
static NgStore *
emit (NgDoc **docs, guint n)
{
  g_autoptr (NgCorpus) c = ng_corpus_new (NULL);
  for (guint i = 0; i < n; i++)
    g_assert_true (ng_corpus_add (c, docs[i]));
  g_assert_cmpuint (ng_corpus_n_docs (c), ==, n);
  NgStore *st = ng_store_new ();
  guint n_ent = 0, n_facts = 0;
  ng_corpus_emit (c, st, &n_ent, &n_facts);
  g_assert_cmpuint (n_ent, >, 0);
  return st;
}

/* Subjects of (?s rdf:type class). */
static GArray *
of_type (NgStore *st, const char *class_iri)
{
  return ng_store_subjects (st, ng_store_iri (st, NG_RDF_TYPE), ng_store_iri (st, class_iri));
}

/* Number of subjects of a type. */
static guint
count_type (NgStore *st, const char *class_iri)
{
  g_autoptr (GArray) a = of_type (st, class_iri);
  return a->len;
}

/* The subject of that type whose schema:name is name, or 0. */
static NgTermId
named (NgStore *st, const char *class_iri, const char *name)
{
  g_autoptr (GArray) a = of_type (st, class_iri);
  NgTermId pn = ng_store_iri (st, NG_SCHEMA_NAME);
  NgTermId lit = ng_store_lookup_literal (st, name, NULL, NULL);
  if (!lit)
    return 0;
  for (guint i = 0; i < a->len; i++)
    {
      NgTermId s = g_array_index (a, NgTermId, i);
      if (ng_store_contains (st, s, pn, lit))
        return s;
    }
  return 0;
}

/* The only value of (s, p, ?o) as a string; fails unless there is exactly one. */
static const char *
only_value (NgStore *st, NgTermId s, const char *p)
{
  g_autoptr (GArray) a = ng_store_objects (st, s, ng_store_iri (st, p));
  g_assert_cmpuint (a->len, ==, 1);
  return ng_store_term_value (st, g_array_index (a, NgTermId, 0));
}

/* Number of distinct objects of (s, p, ?o). */
static guint
count_objects (NgStore *st, NgTermId s, const char *p)
{
  g_autoptr (GArray) a = ng_store_objects (st, s, ng_store_iri (st, p));
  return a->len;
}

/* TRUE if (s, p, literal value) is stored. */
static gboolean
has_literal (NgStore *st, NgTermId s, const char *p, const char *value)
{
  NgTermId lit = ng_store_lookup_literal (st, value, NULL, NULL);
  return lit && ng_store_contains (st, s, ng_store_iri (st, p), lit);
}

/* TRUE if (s, p, IRI o) is stored. */
static gboolean
has_iri (NgStore *st, NgTermId s, const char *p, const char *o)
{
  NgTermId id = ng_store_lookup_iri (st, o);
  return id && ng_store_contains (st, s, ng_store_iri (st, p), id);
}

/* The IRI of an article by key. */
static char *
article_iri (const char *key)
{
  return g_strconcat (NG_DEFAULT_BASE, "article/", key, NULL);
}

/* "Sergei Shoigu" and "Sergey Shoigu" are one person, derived from both articles. */
static void
test_transliteration (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Sergei Shoigu", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Sergey Shoigu", NULL, "Shoigu", NULL);
  NgDoc *docs[] = { a, b };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 1);
  g_autoptr (GArray) people = of_type (st, NG_SCHEMA_PERSON);
  NgTermId p = g_array_index (people, NgTermId, 0);
  g_assert_true (g_str_has_prefix (ng_store_term_value (st, p), NG_DEFAULT_BASE "person/"));
  g_autofree char *ia = article_iri ("a1");
  g_autofree char *ib = article_iri ("b2");
  g_assert_true (has_iri (st, p, NG_PROV_DERIVEDFROM, ia));
  g_assert_true (has_iri (st, p, NG_PROV_DERIVEDFROM, ib));
  const char *name = only_value (st, p, NG_SCHEMA_NAME);
  g_assert_true (strcmp (name, "Sergei Shoigu") == 0 || strcmp (name, "Sergey Shoigu") == 0);
  g_assert_true (has_literal (st, p, NG_SCHEMA_ALTNAME, "Shoigu"));
}

/* A surname alone joins the one full name ending with it, from another document. */
static void
test_surname_joins (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Nikol Pashinyan", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Pashinyan", NULL, NULL);
  add (b, NG_KIND_PERSON, "Lukashenko", NULL, NULL);
  NgDoc *docs[] = { b, a };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 2);
  NgTermId p = named (st, NG_SCHEMA_PERSON, "Nikol Pashinyan");
  g_assert_cmpuint (p, !=, 0);
  g_assert_true (has_literal (st, p, NG_SCHEMA_ALTNAME, "Pashinyan"));
  g_autofree char *ib = article_iri ("b2");
  g_assert_true (has_iri (st, p, NG_PROV_DERIVEDFROM, ib));
  /* A surname with no full name anywhere stays a person of its own. */
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Lukashenko"), !=, 0);
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Pashinyan"), ==, 0);
}

/* One name alone in two documents, no full name anywhere: one person when
 * both hold the same post in the same country ("Sugiono", Indonesia's
 * foreign minister), two when the posts differ ("Lee"). */
static void
test_single_name_same_post (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  gint s1 = add (a, NG_KIND_PERSON, "Sugiono", NULL, NULL);
  gint i1 = add (a, NG_KIND_COUNTRY, "Indonesia", "country-indonesia", NULL);
  add_post (a, s1, "Foreign Minister", i1);
  gint l1 = add (a, NG_KIND_PERSON, "Lee", NULL, NULL);
  gint k1 = add (a, NG_KIND_COUNTRY, "South Korea", "country-south-korea", NULL);
  add_post (a, l1, "President", k1);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  gint s2 = add (b, NG_KIND_PERSON, "Sugiono", NULL, NULL);
  gint i2 = add (b, NG_KIND_COUNTRY, "Indonesia", "country-indonesia", NULL);
  add_post (b, s2, "foreign minister", i2);
  gint l2 = add (b, NG_KIND_PERSON, "Lee", NULL, NULL);
  gint g2 = add (b, NG_KIND_COUNTRY, "Singapore", "country-singapore", NULL);
  add_post (b, l2, "Senior Minister", g2);
  NgDoc *docs[] = { a, b };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 3);
}

/* A father's name is no surname: "Salman" (the king) does not join
 * "Mohammed bin Salman" of another document. */
static void
test_father_name (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Mohammed bin Salman", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Salman", NULL, NULL);
  NgDoc *docs[] = { a, b };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 2);
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Salman"), !=, 0);
}

/* "Faisal bin Farhan" is the one "Faisal bin Farhan Al Saud" of another
 * document (a name that ends in a father's name is the start of a longer
 * one); not when two longer names start so.  "U Than Swe" is "Than Swe". */
static void
test_father_name_start (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Faisal bin Farhan Al Saud", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Faisal bin Farhan", NULL, NULL);
  add (b, NG_KIND_PERSON, "Salman bin Hamad", NULL, NULL);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  add (c, NG_KIND_PERSON, "Salman bin Hamad Al Khalifa", NULL, NULL);
  add (c, NG_KIND_PERSON, "Salman bin Hamad Al Thani", NULL, NULL);
  NgDoc *docs[] = { a, b, c };
  g_autoptr (NgStore) st = emit (docs, 3);
  NgTermId f = named (st, NG_SCHEMA_PERSON, "Faisal bin Farhan Al Saud");
  g_assert_cmpuint (f, !=, 0);
  g_assert_true (has_literal (st, f, NG_SCHEMA_ALTNAME, "Faisal bin Farhan"));
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Salman bin Hamad"), !=, 0);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 4);

  /* "U Than Swe" and "Than Swe": the short honorific is no part of the name */
  NgDoc *d = doc_new ("d4", "2024-07-04");
  add (d, NG_KIND_PERSON, "U Than Swe", NULL, NULL);
  NgDoc *e = doc_new ("e5", "2024-07-05");
  add (e, NG_KIND_PERSON, "Than Swe", NULL, NULL);
  NgDoc *docs2[] = { d, e };
  g_autoptr (NgStore) st2 = emit (docs2, 2);
  g_assert_cmpuint (count_type (st2, NG_SCHEMA_PERSON), ==, 1);
}

/* "Salman bin Abdulaziz Al Saud" (the king) is not "Mohammed bin Salman
 * bin Abdulaziz Al Saud" (his son): a shorter name that starts after
 * "bin" in the longer is the father's. */
static void
test_father_inside_son (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Mohammed bin Salman bin Abdulaziz Al Saud", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Salman bin Abdulaziz Al Saud", NULL, NULL);
  NgDoc *docs[] = { a, b };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 2);
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Salman bin Abdulaziz Al Saud"), !=, 0);
}

/* A surname shared by two full names joins neither. */
static void
test_surname_ambiguous (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Andrei Belousov", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Alexander Belousov", NULL, NULL);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  add (c, NG_KIND_PERSON, "Belousov", NULL, NULL);
  NgDoc *docs[] = { a, b, c };
  g_autoptr (NgStore) st = emit (docs, 3);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 3);
  NgTermId p1 = named (st, NG_SCHEMA_PERSON, "Andrei Belousov");
  NgTermId p2 = named (st, NG_SCHEMA_PERSON, "Alexander Belousov");
  NgTermId p3 = named (st, NG_SCHEMA_PERSON, "Belousov");
  g_assert_cmpuint (p1, !=, 0);
  g_assert_cmpuint (p2, !=, 0);
  g_assert_cmpuint (p3, !=, 0);
  g_assert_false (has_literal (st, p1, NG_SCHEMA_ALTNAME, "Belousov"));
  g_assert_false (has_literal (st, p2, NG_SCHEMA_ALTNAME, "Belousov"));
}

/* An acronym seen with its expansion is the same organization in another document. */
static void
test_acronym_expansion (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_ORG, "Northern Seas Fisheries Organization", NULL, "NSFO", NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_ORG, "NSFO", NULL, NULL);
  NgDoc *docs[] = { b, a };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_ORGANIZATION), ==, 1);
  NgTermId o = named (st, NG_SCHEMA_ORGANIZATION, "Northern Seas Fisheries Organization");
  g_assert_cmpuint (o, !=, 0);
  g_assert_true (has_literal (st, o, NG_SCHEMA_ALTNAME, "NSFO"));
  g_assert_cmpstr (ng_store_term_value (st, o), ==, NG_DEFAULT_BASE "org/northern-seas-fisheries-organization");
}

/* An acronym two organizations of different names bear joins neither
 * ("JMC", two countries' joint commissions); a name within the other is
 * one organization; a bare acronym goes to the one the lexicon knows. */
static void
test_acronym_conflict (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_ORG, "Kenya-Ethiopia Joint Ministerial Commission", NULL, "JMC", NULL);
  add (a, NG_KIND_ORG, "Tokyo Electric Power Company", NULL, "TEPCO", NULL);
  add (a, NG_KIND_ORG, "International Olympic Committee", "org-ioc", "IOC", NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_ORG, "Indonesia-Timor-Leste Joint Ministerial Commission", NULL, "JMC", NULL);
  add (b, NG_KIND_ORG, "Tokyo Electric Power Company Holdings Inc.", NULL, "TEPCO", NULL);
  add (b, NG_KIND_ORG, "Indian Ocean Conference", NULL, "IOC", NULL);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  add (c, NG_KIND_ORG, "IOC", NULL, NULL);
  NgDoc *docs[] = { a, b, c };
  g_autoptr (NgStore) st = emit (docs, 3);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_ORGANIZATION), ==, 5);
  NgTermId ke = named (st, NG_SCHEMA_ORGANIZATION, "Kenya-Ethiopia Joint Ministerial Commission");
  NgTermId it = named (st, NG_SCHEMA_ORGANIZATION, "Indonesia-Timor-Leste Joint Ministerial Commission");
  g_assert_cmpuint (ke, !=, 0);
  g_assert_cmpuint (it, !=, 0);
  g_assert_cmpuint (ke, !=, it);
  NgTermId ioc = named (st, NG_SCHEMA_ORGANIZATION, "International Olympic Committee");
  g_autofree char *ic = article_iri ("c3");
  g_assert_true (has_iri (st, ioc, NG_PROV_DERIVEDFROM, ic));
}

/* "Ministry of Foreign Affairs" is every country's: bodies with a name of
 * their own do not join on it (Kuwait's and Oman's stay two), bodies of
 * one country join on their own name, and bare-named ones on the bare
 * name. */
static void
test_common_body_names (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_ORG, "Ministry of Foreign Affairs", NULL, "Ministry of Foreign Affairs of Kuwait", NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_ORG, "Ministry of Foreign Affairs", NULL, "Ministry of Foreign Affairs of Oman", NULL);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  add (c, NG_KIND_ORG, "Foreign Ministry", NULL, "Ministry of Foreign Affairs of Kuwait", NULL);
  NgDoc *d = doc_new ("d4", "2024-07-04");
  add (d, NG_KIND_ORG, "Ministry of Foreign Affairs", NULL, NULL);
  NgDoc *e = doc_new ("e5", "2024-07-05");
  add (e, NG_KIND_ORG, "Ministry of Foreign Affairs", NULL, NULL);
  NgDoc *docs[] = { a, b, c, d, e };
  g_autoptr (NgStore) st = emit (docs, 5);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_ORGANIZATION), ==, 3);
  NgTermId kw = named (st, NG_SCHEMA_ORGANIZATION, "Ministry of Foreign Affairs of Kuwait");
  g_assert_cmpuint (kw, !=, 0);
  g_assert_true (has_literal (st, kw, NG_SCHEMA_ALTNAME, "Foreign Ministry"));
  g_assert_true (has_literal (st, kw, NG_SCHEMA_ALTNAME, "Ministry of Foreign Affairs"));
  g_assert_cmpuint (named (st, NG_SCHEMA_ORGANIZATION, "Ministry of Foreign Affairs of Oman"), !=, 0);
  g_assert_cmpuint (named (st, NG_SCHEMA_ORGANIZATION, "Ministry of Foreign Affairs"), !=, 0);
}

/* Entities with the same lexicon key are one, whatever their names. */
static void
test_lexicon_key (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_ORG, "Collective Security Treaty Organization", "org-csto", "CSTO", NULL);
  add (a, NG_KIND_CITY, "Astana", "city-astana", NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_ORG, "ODKB", "org-csto", NULL);
  add (b, NG_KIND_CITY, "Nur-Sultan", "city-astana", NULL);
  /* Same name, different kind and no key: not merged with the city. */
  add (b, NG_KIND_ORG, "Astana International Forum", NULL, NULL);
  NgDoc *docs[] = { a, b };
  g_autoptr (NgStore) st = emit (docs, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_ORGANIZATION), ==, 2);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_CITY), ==, 1);
  NgTermId o = named (st, NG_SCHEMA_ORGANIZATION, "Collective Security Treaty Organization");
  g_assert_cmpuint (o, !=, 0);
  g_assert_true (has_literal (st, o, NG_SCHEMA_ALTNAME, "ODKB"));
  g_assert_true (has_literal (st, o, NG_SCHEMA_ALTNAME, "CSTO"));
  g_autoptr (GArray) cities = of_type (st, NG_SCHEMA_CITY);
  NgTermId city = g_array_index (cities, NgTermId, 0);
  g_assert_cmpuint (count_objects (st, city, NG_SCHEMA_NAME), ==, 1);
  g_assert_cmpuint (count_objects (st, city, NG_PROV_DERIVEDFROM), ==, 2);
}

/* Builds two reports of one CSTO meeting in Astana (one with a month-day only)
 * and a third document with an unrelated meeting. */
static void
meeting_docs (NgDoc **out)
{
  NgDoc *a = doc_new ("a1", "2024-07-05");
  gint oa = add (a, NG_KIND_ORG, "Collective Security Treaty Organization", "org-csto", NULL);
  gint ca = add (a, NG_KIND_CITY, "Astana", "city-astana", NULL);
  gint pa = add (a, NG_KIND_PERSON, "Jeenbek Kulubaev", NULL, NULL);
  gint ma = add_meeting (a, NG_MEETING_MEETING, oa, ca, "2024-07-05");
  add_attendance (a, ma, pa, NG_STATUS_ATTENDED);
  NgDoc *b = doc_new ("b2", "--07-05");
  gint cb = add (b, NG_KIND_CITY, "Astana", "city-astana", NULL);
  gint ob = add (b, NG_KIND_ORG, "CSTO", "org-csto", NULL);
  gint pb = add (b, NG_KIND_PERSON, "Murat Nurtleu", NULL, NULL);
  gint qb = add (b, NG_KIND_PERSON, "Kulubaev", NULL, NULL);
  gint mb = add_meeting (b, NG_MEETING_SUMMIT, ob, cb, "--07-05");
  add_attendance (b, mb, pb, NG_STATUS_ATTENDED);
  add_attendance (b, mb, qb, NG_STATUS_ABSENT);
  NgDoc *c = doc_new ("c3", "2024-07-09");
  gint oc = add (c, NG_KIND_ORG, "CSTO", "org-csto", NULL);
  gint cc = add (c, NG_KIND_CITY, "Minsk", "city-minsk", NULL);
  add_meeting (c, NG_MEETING_MEETING, oc, cc, "2024-07-08");
  out[0] = a;
  out[1] = b;
  out[2] = c;
}

/* One organizer, one place, one month-day: one event with both articles. */
static void
test_same_meeting (void)
{
  NgDoc *docs[3];
  meeting_docs (docs);
  g_autoptr (NgStore) st = emit (docs, 3);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_EVENT), ==, 2);
  g_autoptr (GArray) events = of_type (st, NG_SCHEMA_EVENT);
  NgTermId astana = named (st, NG_SCHEMA_CITY, "Astana");
  g_assert_cmpuint (astana, !=, 0);
  NgTermId ev = 0;
  for (guint i = 0; i < events->len; i++)
    {
      NgTermId e = g_array_index (events, NgTermId, i);
      if (ng_store_contains (st, e, ng_store_iri (st, NG_SCHEMA_LOCATION), astana))
        ev = e;
    }
  g_assert_cmpuint (ev, !=, 0);
  g_autofree char *ia = article_iri ("a1");
  g_autofree char *ib = article_iri ("b2");
  g_autofree char *ic = article_iri ("c3");
  g_assert_true (has_iri (st, ev, NG_PROV_DERIVEDFROM, ia));
  g_assert_true (has_iri (st, ev, NG_PROV_DERIVEDFROM, ib));
  g_assert_false (has_iri (st, ev, NG_PROV_DERIVEDFROM, ic));
  g_assert_cmpuint (count_objects (st, ev, NG_SCHEMA_ORGANIZER), ==, 1);
  /* The full date wins over the month-day; a summit report makes it a summit. */
  g_assert_cmpstr (only_value (st, ev, NG_SCHEMA_STARTDATE), ==, "2024-07-05");
  g_assert_true (has_iri (st, ev, NG_RDF_TYPE, NG_NG_SUMMIT));
  /* Attendees from both reports; the surname joined the full name; the absentee is not an attendee. */
  NgTermId k = named (st, NG_SCHEMA_PERSON, "Jeenbek Kulubaev");
  NgTermId n = named (st, NG_SCHEMA_PERSON, "Murat Nurtleu");
  g_assert_cmpuint (k, !=, 0);
  g_assert_cmpuint (n, !=, 0);
  NgTermId att = ng_store_iri (st, NG_SCHEMA_ATTENDEE);
  g_assert_true (ng_store_contains (st, ev, att, k));
  g_assert_true (ng_store_contains (st, ev, att, n));
  g_assert_true (ng_store_contains (st, ev, ng_store_iri (st, NG_NG_ABSENTEE), k));
  g_assert_cmpuint (count_objects (st, ev, NG_SCHEMA_ATTENDEE), ==, 2);
}

/* Serializes a store as N-Triples. */
static char *
write_nt (NgStore *st)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_assert_nonnull (f);
  g_autoptr (GError) error = NULL;
  NgWriteOptions opts = { NULL, NULL };
  g_autoptr (NgWriter) w = ng_writer_new (NG_FORMAT_NT, st, &opts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (w);
  gboolean ok = ng_writer_run (w, f, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (fclose (f), ==, 0);
  char *out = g_strndup (buf, len);
  free (buf);
  return out;
}

/* Compares two strings through pointers (for qsort). */
static int
cmp_strp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Serializes a store as N-Triples with its lines sorted. */
static char *
sorted_lines (NgStore *st)
{
  g_autofree char *raw = write_nt (st);
  g_auto (GStrv) lines = g_strsplit (raw, "\n", -1);
  guint n = g_strv_length (lines);
  qsort (lines, n, sizeof (char *), cmp_strp);
  return g_strjoinv ("\n", lines);
}

/* Adding documents in another order gives the same triples. */
static void
test_order_independence (void)
{
  NgDoc *d1[3], *d2[3];
  meeting_docs (d1);
  meeting_docs (d2);
  NgDoc *rev[] = { d2[2], d2[0], d2[1] };
  g_autoptr (NgStore) s1 = emit (d1, 3);
  g_autoptr (NgStore) s2 = emit (rev, 3);
  g_autofree char *t1 = sorted_lines (s1);
  g_autofree char *t2 = sorted_lines (s2);
  g_assert_cmpuint (strlen (t1), >, 1000);
  g_assert_nonnull (strstr (t1, "<" NG_SCHEMA_ATTENDEE ">"));
  g_assert_cmpstr (t1, ==, t2);
  g_assert_cmpuint (ng_store_n_triples (s1), ==, ng_store_n_triples (s2));
}

/* schema:name is the fullest form (most words, then most documents);
 * alternateName holds the others. */
static void
test_fullest_name (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Putin", NULL, NULL);
  add (a, NG_KIND_PERSON, "Sergey Shoigu", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Vladimir Putin", NULL, "Putin", NULL);
  add (b, NG_KIND_PERSON, "Sergei Shoigu", NULL, NULL);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  add (c, NG_KIND_PERSON, "Putin", NULL, NULL);
  add (c, NG_KIND_PERSON, "Sergey Shoigu", NULL, "Shoigu", NULL);
  NgDoc *docs[] = { c, b, a };
  g_autoptr (NgStore) st = emit (docs, 3);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 2);
  NgTermId p = named (st, NG_SCHEMA_PERSON, "Vladimir Putin");
  g_assert_cmpuint (p, !=, 0);
  g_assert_cmpuint (count_objects (st, p, NG_SCHEMA_NAME), ==, 1);
  g_assert_true (has_literal (st, p, NG_SCHEMA_ALTNAME, "Putin"));
  g_assert_false (has_literal (st, p, NG_SCHEMA_ALTNAME, "Vladimir Putin"));
  g_assert_cmpuint (count_objects (st, p, NG_PROV_DERIVEDFROM), ==, 3);
  g_assert_cmpstr (ng_store_term_value (st, p), ==, NG_DEFAULT_BASE "person/vladimir-putin");
  /* Same number of words: the spelling of more documents. */
  NgTermId s = named (st, NG_SCHEMA_PERSON, "Sergey Shoigu");
  g_assert_cmpuint (s, !=, 0);
  g_assert_cmpuint (count_objects (st, s, NG_SCHEMA_NAME), ==, 1);
  g_assert_true (has_literal (st, s, NG_SCHEMA_ALTNAME, "Sergei Shoigu"));
  g_assert_true (has_literal (st, s, NG_SCHEMA_ALTNAME, "Shoigu"));
  g_assert_false (has_literal (st, s, NG_SCHEMA_ALTNAME, "Sergey Shoigu"));
}

/* A post without an "of" is dropped when the same person holds the same
 * title with one; another title without one is no org:Post (a post is in
 * an organization) but the person's schema:jobTitle. */
static void
test_post_without_of (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  gint pa = add (a, NG_KIND_PERSON, "Andrei Belousov", NULL, NULL);
  add_post (a, pa, "Defense Minister", -1);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  gint pb = add (b, NG_KIND_PERSON, "Andrei Belousov", NULL, NULL);
  gint rb = add (b, NG_KIND_COUNTRY, "Russia", "country-russia", NULL);
  add_post (b, pb, "Defense Minister", rb);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  gint pc = add (c, NG_KIND_PERSON, "Andrei Belousov", NULL, NULL);
  add_post (c, pc, "Economist", -1);
  NgDoc *docs[] = { a, b, c };
  g_autoptr (NgStore) st = emit (docs, 3);
  NgTermId p = named (st, NG_SCHEMA_PERSON, "Andrei Belousov");
  g_assert_cmpuint (p, !=, 0);
  g_assert_cmpuint (count_objects (st, p, NG_ORG_HOLDS), ==, 1);
  g_assert_cmpuint (count_type (st, NG_ORG_POST), ==, 1);
  NgTermId russia = named (st, NG_SCHEMA_COUNTRY, "Russia");
  g_assert_cmpuint (russia, !=, 0);
  g_autoptr (GArray) posts = ng_store_objects (st, p, ng_store_iri (st, NG_ORG_HOLDS));
  NgTermId po = g_array_index (posts, NgTermId, 0);
  g_assert_cmpstr (only_value (st, po, NG_RDFS_LABEL), ==, "Defense Minister");
  g_assert_true (ng_store_contains (st, po, ng_store_iri (st, NG_ORG_POSTIN), russia));
  g_assert_true (ng_store_contains (st, po, ng_store_iri (st, NG_ORG_HELDBY), p));
  g_assert_cmpuint (count_objects (st, p, NG_SCHEMA_JOBTITLE), ==, 1);
  g_assert_true (has_literal (st, p, NG_SCHEMA_JOBTITLE, "Economist"));
}

/* A second document with the same key is refused. */
static void
test_duplicate_key (void)
{
  g_autoptr (NgCorpus) c = ng_corpus_new (NULL);
  g_assert_true (ng_corpus_add (c, doc_new ("a1", "2024-07-01")));
  g_assert_false (ng_corpus_add (c, doc_new ("a1", "2024-07-02")));
  g_assert_cmpuint (ng_corpus_n_docs (c), ==, 1);
}

/* Resolves three documents d1 (with ng_corpus_emit, or releasing them) and
 * three documents d2 (releasing them) and asserts that the two graphs are
 * the same; returns the graph's N-Quads lines, sorted. */
static char *
assert_same_graph (NgDoc **d1, gboolean release1, NgDoc **d2)
{
  g_autoptr (NgCorpus) c1 = ng_corpus_new (NULL);
  g_autoptr (NgCorpus) c2 = ng_corpus_new (NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (ng_corpus_add (c1, d1[i]));
      g_assert_true (ng_corpus_add (c2, d2[i]));
    }
  g_autoptr (NgStore) s1 = ng_store_new ();
  g_autoptr (NgStore) s2 = ng_store_new ();
  guint e1 = 0, f1 = 0, e2 = 0, f2 = 0;
  if (release1)
    ng_corpus_emit_release (c1, s1, &e1, &f1);
  else
    ng_corpus_emit (c1, s1, &e1, &f1);
  ng_corpus_emit_release (c2, s2, &e2, &f2);
  g_assert_cmpuint (e1, ==, e2);
  g_assert_cmpuint (f1, ==, f2);
  g_assert_cmpuint (ng_corpus_n_docs (c2), ==, 3);
  g_assert_cmpuint (ng_store_n_quads (s1), ==, ng_store_n_quads (s2));
  char *t1 = sorted_lines (s1);
  g_autofree char *t2 = sorted_lines (s2);
  g_assert_cmpstr (t1, ==, t2);
  return t1;
}

/* Emitting with release frees the documents and gives the same triples,
 * quads and counts as emitting without. */
static void
test_emit_release (void)
{
  NgDoc *d1[3], *d2[3];
  meeting_docs (d1);
  meeting_docs (d2);
  g_free (assert_same_graph (d1, FALSE, d2));
}

/* Packed documents read the same as the documents they were. */
static void
test_packed_docs (void)
{
  NgDoc *d1[3], *d2[3];
  meeting_docs (d1);
  meeting_docs (d2);
  for (guint i = 0; i < 3; i++)
    {
      NgDoc *ds[2] = { d1[i], d2[i] };
      for (guint k = 0; k < 2; k++)
        {
          NgWhere w = { 1, 0, 20 };
          gint e = ng_doc_add_entity (ds[k], NG_KIND_PERSON, "Ada Lovelace", &w);
          ng_doc_add_form (ds[k], e, "Lovelace");
          NgPost post = { e, g_strdup ("Foreign Minister"), -1, w };
          g_array_append_val (ds[k]->posts, post);
          ng_doc_add_sentence (ds[k], 1, 0, 20, "Ada Lovelace, the Foreign Minister, spoke.");
        }
      ng_doc_pack (d2[i]);
      g_assert_nonnull (d2[i]->pack);
      g_assert_cmpstr (d2[i]->key, ==, d1[i]->key);
      g_assert_cmpstr (d2[i]->headline, ==, d1[i]->headline);
      for (guint e = 0; e < d1[i]->entities->len; e++)
        {
          const NgEntity *x = &g_array_index (d1[i]->entities, NgEntity, e);
          const NgEntity *y = &g_array_index (d2[i]->entities, NgEntity, e);
          g_assert_cmpstr (x->name, ==, y->name);
          g_assert_cmpstr (x->lex_key, ==, y->lex_key);
          g_assert_cmpuint (x->n_forms, ==, y->n_forms);
          for (guint f = 0; f < x->n_forms; f++)
            g_assert_cmpstr (x->forms[f], ==, y->forms[f]);
        }
      g_assert_cmpstr (g_array_index (d2[i]->sentences, NgSentence, 0).text, ==,
                       "Ada Lovelace, the Foreign Minister, spoke.");
    }
  /* A packed document is read-only. */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*pack == NULL*");
  ng_doc_add_form (d2[0], 0, "Another form");
  g_test_assert_expected_messages ();
  g_autofree char *text = assert_same_graph (d1, TRUE, d2);
  g_assert_nonnull (strstr (text, "Foreign Minister"));
}

/* ng_doc_find_entity finds the first entity of the kind with the form,
 * before and after packing, in a small doc (scanned) and a large one
 * (indexed): a form given to an earlier entity after a later one has it
 * finds the earlier one; other kinds do not count. */
static void
test_find_entity (gconstpointer data)
{
  guint fill = GPOINTER_TO_UINT (data);
  g_autoptr (NgDoc) d = ng_doc_new ("k", "s.txt");
  for (guint i = 0; i < fill; i++)
    {
      g_autofree char *name = g_strdup_printf ("Filler %u", i);
      g_assert_cmpint (ng_doc_add_entity (d, (NgKind) (i % NG_KIND_N), name, NULL), ==, (gint) i);
    }
  gint a = ng_doc_add_entity (d, NG_KIND_ORG, "Collective Security Treaty Organization", NULL);
  gint b = ng_doc_add_entity (d, NG_KIND_ORG, "CSTO", NULL);
  gint c = ng_doc_add_entity (d, NG_KIND_COUNTRY, "Chad", NULL);
  g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_ORG, "CSTO"), ==, b);
  ng_doc_add_form (d, a, "CSTO");
  for (guint pass = 0; pass < 2; pass++)
    {
      g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_ORG, "CSTO"), ==, a);
      g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_ORG, "Collective Security Treaty Organization"), ==, a);
      g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_COUNTRY, "Chad"), ==, c);
      g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_ORG, "Chad"), ==, -1);
      g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_PERSON, "CSTO"), ==, -1);
      g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_CITY, "Minsk"), ==, -1);
      if (pass == 0)
        {
          /* Adding an entity that exists returns it. */
          g_assert_cmpint (ng_doc_add_entity (d, NG_KIND_ORG, "CSTO", NULL), ==, a);
          g_assert_cmpuint (d->entities->len, ==, fill + 3);
          g_assert_cmpint (ng_doc_find_entity (d, NG_KIND_PERSON, "Filler 5"), ==, fill > 5 ? 5 : -1);
          ng_doc_pack (d);
        }
    }
}

/* A shorter full name inside one longer name joins it ("Tayyip Erdogan",
 * "Recep Tayyip Erdogan"); an initial tells people apart ("Thomas Young",
 * "Thomas K. Young"); two longer names join neither; "el-Sissi" is
 * "al-Sisi". */
static void
test_shorter_names (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Recep Tayyip Erdogan", NULL, NULL);
  add (a, NG_KIND_PERSON, "Thomas K. Young", NULL, NULL);
  add (a, NG_KIND_PERSON, "Abdel Fattah al-Sisi", NULL, NULL);
  add (a, NG_KIND_PERSON, "Maria Ana Lopez", NULL, NULL);
  add (a, NG_KIND_PERSON, "Maria Luisa Lopez", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "Tayyip Erdogan", NULL, NULL);
  add (b, NG_KIND_PERSON, "Thomas Young", NULL, NULL);
  add (b, NG_KIND_PERSON, "Abdel-Fattah el-Sissi", NULL, NULL);
  add (b, NG_KIND_PERSON, "Maria Lopez", NULL, NULL);
  NgDoc *docs[] = { b, a };
  g_autoptr (NgStore) st = emit (docs, 2);
  NgTermId e = named (st, NG_SCHEMA_PERSON, "Recep Tayyip Erdogan");
  g_assert_cmpuint (e, !=, 0);
  g_assert_true (has_literal (st, e, NG_SCHEMA_ALTNAME, "Tayyip Erdogan"));
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Thomas Young"), !=, 0);
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Thomas K. Young"), !=, 0);
  NgTermId s = named (st, NG_SCHEMA_PERSON, "Abdel-Fattah el-Sissi");
  if (!s)
    s = named (st, NG_SCHEMA_PERSON, "Abdel Fattah al-Sisi");
  g_assert_cmpuint (s, !=, 0);
  g_assert_true (has_literal (st, s, NG_SCHEMA_ALTNAME, "Abdel-Fattah el-Sissi")
                 || has_literal (st, s, NG_SCHEMA_ALTNAME, "Abdel Fattah al-Sisi"));
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "Maria Lopez"), !=, 0);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 7);
}

/* A name whose first word is an initial ("S Jaishankar") is the one name
 * of the same other words whose first word starts with it ("Subrahmanyam
 * Jaishankar"), which names the person; the surname alone then joins them
 * too.  Two such names ("Sunil Patel", "Sanjay Patel") join neither. */
static void
test_initial_names (void)
{
  NgDoc *a = doc_new ("a1", "2024-07-01");
  add (a, NG_KIND_PERSON, "Subrahmanyam Jaishankar", NULL, NULL);
  add (a, NG_KIND_PERSON, "Sunil Patel", NULL, NULL);
  add (a, NG_KIND_PERSON, "Sanjay Patel", NULL, NULL);
  NgDoc *b = doc_new ("b2", "2024-07-02");
  add (b, NG_KIND_PERSON, "S Jaishankar", NULL, NULL);
  add (b, NG_KIND_PERSON, "S Patel", NULL, NULL);
  NgDoc *c = doc_new ("c3", "2024-07-03");
  add (c, NG_KIND_PERSON, "Jaishankar", NULL, NULL);
  NgDoc *docs[] = { c, b, a };
  g_autoptr (NgStore) st = emit (docs, 3);
  NgTermId j = named (st, NG_SCHEMA_PERSON, "Subrahmanyam Jaishankar");
  g_assert_cmpuint (j, !=, 0);
  g_assert_true (has_literal (st, j, NG_SCHEMA_ALTNAME, "S Jaishankar"));
  g_assert_true (has_literal (st, j, NG_SCHEMA_ALTNAME, "Jaishankar"));
  g_assert_cmpuint (named (st, NG_SCHEMA_PERSON, "S Patel"), !=, 0);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_PERSON), ==, 4);
}

/* Without an organizer, one person makes a meeting of its own only at a
 * summit, a named event or as the host of people not named, and only when
 * not absent from it. */
static void
test_one_person_meetings (void)
{
  NgDoc *a = doc_new ("a1", "2024-11-12");
  gint baku = add (a, NG_KIND_CITY, "Baku", NULL, NULL);
  gint t = add (a, NG_KIND_PERSON, "Kassym-Jomart Tokayev", NULL, NULL);
  gint p = add (a, NG_KIND_PERSON, "Vladimir Putin", NULL, NULL);
  gint x = add (a, NG_KIND_PERSON, "Ilham Aliyev", NULL, NULL);
  add_attendance (a, add_meeting (a, NG_MEETING_SUMMIT, -1, baku, "2024-11-12"), t, NG_STATUS_ATTENDED);
  add_attendance (a, add_meeting (a, NG_MEETING_SUMMIT, -1, baku, "2024-11-13"), p, NG_STATUS_ABSENT);
  add_attendance (a, add_meeting (a, NG_MEETING_TALKS, -1, baku, "2024-11-14"), x, NG_STATUS_ATTENDED);
  gint named = add_meeting (a, NG_MEETING_MEETING, -1, baku, "2024-11-15");
  g_array_index (a->meetings, NgMeeting, named).named = TRUE;
  add_attendance (a, named, x, NG_STATUS_ATTENDED);
  /* (and a host who received people the text does not name: "X received
   * the delegations at the palace") */
  gint host = add_meeting (a, NG_MEETING_MEETING, -1, baku, "2024-11-16");
  g_array_index (a->meetings, NgMeeting, host).guests = TRUE;
  add_attendance (a, host, x, NG_STATUS_ATTENDED);
  NgDoc *docs[] = { a };
  g_autoptr (NgStore) st = emit (docs, 1);
  g_assert_cmpuint (count_type (st, NG_SCHEMA_EVENT), ==, 3);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/resolve/person/transliteration", test_transliteration);
  g_test_add_func ("/resolve/person/surname-joins", test_surname_joins);
  g_test_add_func ("/resolve/person/single-name-same-post", test_single_name_same_post);
  g_test_add_func ("/resolve/person/surname-ambiguous", test_surname_ambiguous);
  g_test_add_func ("/resolve/person/father-name", test_father_name);
  g_test_add_func ("/resolve/person/father-name-start", test_father_name_start);
  g_test_add_func ("/resolve/person/father-inside-son", test_father_inside_son);
  g_test_add_func ("/resolve/person/fullest-name", test_fullest_name);
  g_test_add_func ("/resolve/person/initial-names", test_initial_names);
  g_test_add_func ("/resolve/person/shorter-names", test_shorter_names);
  g_test_add_func ("/resolve/meeting/one-person", test_one_person_meetings);
  g_test_add_func ("/resolve/org/acronym-expansion", test_acronym_expansion);
  g_test_add_func ("/resolve/org/common-body-names", test_common_body_names);
  g_test_add_func ("/resolve/entity/lexicon-key", test_lexicon_key);
  g_test_add_func ("/resolve/meeting/same-event", test_same_meeting);
  g_test_add_func ("/resolve/corpus/order-independence", test_order_independence);
  g_test_add_func ("/resolve/corpus/duplicate-key", test_duplicate_key);
  g_test_add_func ("/resolve/corpus/emit-release", test_emit_release);
  g_test_add_func ("/resolve/corpus/packed-docs", test_packed_docs);
  g_test_add_func ("/resolve/post/without-of", test_post_without_of);
  g_test_add_func ("/resolve/org/acronym-conflict", test_acronym_conflict);
  g_test_add_data_func ("/resolve/doc/find-entity-small", GUINT_TO_POINTER (0), test_find_entity);
  g_test_add_data_func ("/resolve/doc/find-entity-large", GUINT_TO_POINTER (200), test_find_entity);
  return g_test_run ();
}
