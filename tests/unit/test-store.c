/* test-store.c - NgStore: interning, quads, provenance, matching, order. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "newsgraph/store.h"
#include "newsgraph/vocab.h"

#define EX "http://example.org/"

/* Same string, same id; different kinds, different ids. */
static void
test_intern_same_string (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  NgTermId a = ng_store_iri (st, EX "a");
  NgTermId b = ng_store_iri (st, EX "b");
  NgTermId a2 = ng_store_iri2 (st, EX, "a");
  NgTermId lit = ng_store_literal (st, EX "a", NULL, NULL);
  NgTermId bn = ng_store_blank (st, EX "a");

  g_assert_cmpuint (a, !=, 0);
  g_assert_cmpuint (a, ==, a2);
  g_assert_cmpuint (a, !=, b);
  g_assert_cmpuint (lit, !=, a);
  g_assert_cmpuint (bn, !=, a);
  g_assert_cmpuint (bn, !=, lit);
  g_assert_cmpuint (ng_store_n_terms (st), ==, 4);
  g_assert_cmpstr (ng_store_term_value (st, a), ==, EX "a");
  g_assert_cmpint (ng_store_term_kind (st, a), ==, NG_TERM_IRI);
  g_assert_cmpint (ng_store_term_kind (st, lit), ==, NG_TERM_LITERAL);
  g_assert_cmpint (ng_store_term_kind (st, bn), ==, NG_TERM_BLANK);
  g_assert_cmpint (ng_store_term_kind (st, 0), ==, NG_TERM_NONE);
  g_assert_cmpuint (ng_store_lookup_iri (st, EX "a"), ==, a);
  g_assert_cmpuint (ng_store_lookup_iri (st, EX "zzz"), ==, 0);
  /* The store copies: a changed buffer does not change the term. */
  char buf[64];
  g_strlcpy (buf, EX "c", sizeof buf);
  NgTermId c = ng_store_iri (st, buf);
  buf[0] = 'X';
  g_assert_cmpstr (ng_store_term_value (st, c), ==, EX "c");
}

/* A datatype or a language makes a literal a different term. */
static void
test_intern_literal_kinds (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  NgTermId plain = ng_store_literal (st, "2021", NULL, NULL);
  NgTermId str = ng_store_literal (st, "2021", NG_XSD_STRING, NULL);
  NgTermId year = ng_store_literal (st, "2021", NG_XSD_GYEAR, NULL);
  NgTermId en = ng_store_literal (st, "2021", NULL, "en");
  NgTermId ru = ng_store_literal (st, "2021", NULL, "ru");

  g_assert_cmpuint (plain, ==, str);  /* xsd:string is the plain literal */
  g_assert_cmpuint (plain, !=, year);
  g_assert_cmpuint (plain, !=, en);
  g_assert_cmpuint (en, !=, ru);
  g_assert_cmpuint (year, !=, en);
  g_assert_cmpstr (ng_store_term_datatype (st, year), ==, NG_XSD_GYEAR);
  g_assert_null (ng_store_term_datatype (st, plain));
  g_assert_null (ng_store_term_lang (st, plain));
  g_assert_cmpstr (ng_store_term_lang (st, ru), ==, "ru");
  g_assert_cmpuint (ng_store_literal (st, "2021", NULL, "RU"), ==, ru);
  NgTermId gb = ng_store_literal (st, "2021", NULL, "en-GB");
  g_assert_cmpstr (ng_store_term_lang (st, gb), ==, "en-gb");
  g_assert_null (ng_store_term_datatype (st, ru));
  g_assert_cmpuint (ng_store_lookup_literal (st, "2021", NG_XSD_GYEAR, NULL), ==, year);
  g_assert_cmpuint (ng_store_lookup_literal (st, "2021", NULL, NULL), ==, plain);
  g_assert_cmpuint (ng_store_lookup_literal (st, "2021", NULL, "ru"), ==, ru);
  g_assert_cmpuint (ng_store_lookup_literal (st, "2021", NG_XSD_DATE, NULL), ==, 0);
  g_assert_cmpuint (ng_store_lookup_literal (st, "2021", NULL, "fr"), ==, 0);
  g_assert_cmpuint (ng_store_lookup_literal (st, "2022", NULL, NULL), ==, 0);
}

/* The same (s, p, o, article) is stored once. */
static void
test_add_dedup (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  NgTermId s = ng_store_iri (st, EX "s");
  NgTermId art1 = ng_store_iri (st, EX "article/1");
  NgTermId art2 = ng_store_iri (st, EX "article/2");
  NgSource src1 = { art1, 1, 10, 20 };
  NgSource src2 = { art2, 2, 30, 40 };

  /* Repeats right after, and with other quads between. */
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src1));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src1));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src2));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, NULL));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src1));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, NULL));
  g_assert_true (ng_store_add_iri (st, s, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src2));
  g_assert_cmpuint (ng_store_n_quads (st), ==, 4);
  /* Repeats of quads already indexed, and among the new ones. */
  g_assert_true (ng_store_add_iri (st, s, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src1));
  g_assert_cmpuint (ng_store_n_quads (st), ==, 4);
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "B", NULL, NULL, &src1));
  g_assert_true (ng_store_add_iri (st, s, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "B", NULL, NULL, &src1));
  g_assert_cmpuint (ng_store_n_quads (st), ==, 5);
  g_assert_cmpuint (ng_store_n_triples (st), ==, 3);
  g_autoptr (GArray) names = ng_store_objects (st, s, ng_store_iri (st, NG_SCHEMA_NAME));
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "B", NULL, NULL, &src1));
  g_assert_cmpuint (ng_store_n_quads (st), ==, 5);
  g_assert_cmpuint (ng_store_n_triples (st), ==, 3);
}

/* The dedup test's first half, with the quads the others count. */
static void
test_add_dedup_counts (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  NgTermId s = ng_store_iri (st, EX "s");
  NgTermId art2 = ng_store_iri (st, EX "article/2");
  NgSource src2 = { art2, 2, 30, 40 };

  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, &src2));
  g_assert_true (ng_store_add_literal (st, s, NG_SCHEMA_NAME, "A", NULL, NULL, NULL));
  g_assert_true (ng_store_add_iri (st, s, NG_RDF_TYPE, NG_SCHEMA_PERSON, NULL));
  g_assert_cmpuint (ng_store_n_quads (st), ==, 3);
  g_assert_cmpuint (ng_store_n_triples (st), ==, 2);
  g_assert_true (ng_store_add_iri (st, s, NG_RDF_TYPE, NG_SCHEMA_PLACE, &src2));
  g_assert_cmpuint (ng_store_n_triples (st), ==, 3);
  g_assert_cmpuint (ng_store_n_quads (st), ==, 4);
  g_assert_true (ng_store_contains (st, s, ng_store_iri (st, NG_RDF_TYPE),
                                    ng_store_iri (st, NG_SCHEMA_PLACE)));
  g_assert_false (ng_store_contains (st, s, ng_store_iri (st, NG_RDF_TYPE),
                                     ng_store_iri (st, NG_SCHEMA_EVENT)));
}

/* Records every quad seen. */
static gboolean
collect_cb (const NgQuad *q, gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, *q);
  return TRUE;
}

/* The first source of a quad wins. */
static void
test_provenance_first_wins (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  NgTermId s = ng_store_iri (st, EX "s");
  NgTermId p = ng_store_iri (st, EX "p");
  NgTermId o = ng_store_iri (st, EX "o");
  NgTermId art = ng_store_iri (st, EX "article/1");
  NgSource first = { art, 3, 100, 180 };
  NgSource second = { art, 7, 500, 600 };

  g_assert_true (ng_store_add (st, s, p, o, &first));
  g_assert_true (ng_store_add (st, s, p, o, &second));
  /* Also with another quad between, and once the first is indexed. */
  g_assert_true (ng_store_add (st, s, p, s, &second));
  g_assert_true (ng_store_add (st, s, p, o, &second));
  g_assert_cmpuint (ng_store_n_quads (st), ==, 2);
  g_assert_true (ng_store_add (st, s, p, o, &second));
  ng_store_match (st, s, p, o, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 1);
  NgQuad *q = &g_array_index (got, NgQuad, 0);
  g_assert_cmpuint (q->src.article, ==, art);
  g_assert_cmpuint (q->src.sentence, ==, 3);
  g_assert_cmpuint (q->src.start, ==, 100);
  g_assert_cmpuint (q->src.end, ==, 180);
}

/* Fills a store with a small graph in scrambled order. */
static NgStore *
small_graph (void)
{
  NgStore *st = ng_store_new ();
  /* Intern in a fixed order so ids are known: s1 < s2 < s3. */
  NgTermId s1 = ng_store_iri (st, EX "s1");
  NgTermId s2 = ng_store_iri (st, EX "s2");
  NgTermId s3 = ng_store_iri (st, EX "s3");
  NgTermId type = ng_store_iri (st, NG_RDF_TYPE);
  NgTermId person = ng_store_iri (st, NG_SCHEMA_PERSON);
  NgTermId name = ng_store_iri (st, NG_SCHEMA_NAME);
  NgTermId a1 = ng_store_iri (st, EX "article/1");
  NgTermId a2 = ng_store_iri (st, EX "article/2");
  NgSource src1 = { a1, 0, 0, 0 }, src2 = { a2, 0, 0, 0 };

  ng_store_add (st, s3, type, person, &src2);
  ng_store_add (st, s1, name, ng_store_literal (st, "One", NULL, NULL), &src1);
  ng_store_add (st, s2, type, person, &src1);
  ng_store_add (st, s1, type, person, &src2);
  ng_store_add (st, s1, type, person, &src1);
  ng_store_add (st, s3, name, ng_store_literal (st, "Three", NULL, NULL), NULL);
  ng_store_add (st, s2, name, ng_store_literal (st, "Two", NULL, NULL), &src2);
  return st;
}

/* Asserts that quads come in (s, p, o, article) order. */
static void
assert_ordered (GArray *quads)
{
  for (guint i = 1; i < quads->len; i++)
    {
      NgQuad *x = &g_array_index (quads, NgQuad, i - 1);
      NgQuad *y = &g_array_index (quads, NgQuad, i);
      guint64 kx[4] = { x->s, x->p, x->o, x->src.article };
      guint64 ky[4] = { y->s, y->p, y->o, y->src.article };
      int c = 0;
      for (int k = 0; k < 4 && c == 0; k++)
        c = kx[k] < ky[k] ? -1 : (kx[k] > ky[k] ? 1 : 0);
      g_assert_cmpint (c, <, 0);
    }
}

/* Matching by subject and by predicate + object. */
static void
test_match_patterns (void)
{
  g_autoptr (NgStore) st = small_graph ();
  g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  NgTermId s1 = ng_store_lookup_iri (st, EX "s1");
  NgTermId s2 = ng_store_lookup_iri (st, EX "s2");
  NgTermId s3 = ng_store_lookup_iri (st, EX "s3");
  NgTermId type = ng_store_lookup_iri (st, NG_RDF_TYPE);
  NgTermId person = ng_store_lookup_iri (st, NG_SCHEMA_PERSON);
  NgTermId name = ng_store_lookup_iri (st, NG_SCHEMA_NAME);

  ng_store_match (st, s1, 0, 0, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 3);  /* type twice (two articles), name */
  assert_ordered (got);
  for (guint i = 0; i < got->len; i++)
    g_assert_cmpuint (g_array_index (got, NgQuad, i).s, ==, s1);

  g_array_set_size (got, 0);
  ng_store_match (st, 0, type, person, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 4);
  assert_ordered (got);

  g_autoptr (GArray) subjects = ng_store_subjects (st, type, person);
  g_assert_cmpuint (subjects->len, ==, 3);
  g_assert_cmpuint (g_array_index (subjects, NgTermId, 0), ==, s1);
  g_assert_cmpuint (g_array_index (subjects, NgTermId, 1), ==, s2);
  g_assert_cmpuint (g_array_index (subjects, NgTermId, 2), ==, s3);

  g_array_set_size (got, 0);
  ng_store_match (st, 0, name, 0, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 3);
  assert_ordered (got);

  g_array_set_size (got, 0);
  ng_store_match (st, 0, 0, person, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 4);
  assert_ordered (got);

  g_array_set_size (got, 0);
  ng_store_match (st, s2, 0, person, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 1);

  NgTermId n3 = ng_store_object (st, s3, name);
  g_assert_cmpstr (ng_store_term_value (st, n3), ==, "Three");
  g_assert_cmpuint (ng_store_object (st, s3, person), ==, 0);
  g_autoptr (GArray) objs = ng_store_objects (st, s1, type);
  g_assert_cmpuint (objs->len, ==, 1);  /* two quads, one object */
  g_assert_cmpuint (g_array_index (objs, NgTermId, 0), ==, person);
}

/* Iteration order does not depend on insertion order. */
static void
test_order_deterministic (void)
{
  g_autoptr (NgStore) st = small_graph ();
  g_autoptr (GArray) quads = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  g_autoptr (GArray) triples = g_array_new (FALSE, FALSE, sizeof (NgQuad));

  ng_store_foreach_quad (st, collect_cb, quads);
  ng_store_foreach_triple (st, collect_cb, triples);
  g_assert_cmpuint (quads->len, ==, ng_store_n_quads (st));
  g_assert_cmpuint (quads->len, ==, 7);
  g_assert_cmpuint (triples->len, ==, ng_store_n_triples (st));
  g_assert_cmpuint (triples->len, ==, 6);
  assert_ordered (quads);
  assert_ordered (triples);
  /* The triple stands for its quads with the lowest article. */
  NgQuad *t0 = &g_array_index (triples, NgQuad, 0);
  g_assert_cmpuint (t0->s, ==, ng_store_lookup_iri (st, EX "s1"));
  g_assert_cmpuint (t0->src.article, ==, ng_store_lookup_iri (st, EX "article/1"));
}

/* Stops after the first quad. */
static gboolean
stop_cb (const NgQuad *q, gpointer user_data)
{
  (*(guint *) user_data)++;
  return FALSE;
}

/* A callback returning FALSE stops the iteration. */
static void
test_match_stop (void)
{
  g_autoptr (NgStore) st = small_graph ();
  guint n = 0;
  ng_store_foreach_quad (st, stop_cb, &n);
  g_assert_cmpuint (n, ==, 1);
}

/* Queries interleaved with additions see every quad, in order. */
static void
test_match_interleaved (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  NgTermId p = ng_store_iri (st, EX "p");
  NgTermId o = ng_store_iri (st, EX "o");
  guint n = 5000;

  for (guint i = 0; i < n; i++)
    {
      char local[32];
      g_snprintf (local, sizeof local, "s%u", (i * 7919u) % n);
      NgTermId s = ng_store_iri2 (st, EX, local);
      g_assert_true (ng_store_add (st, s, p, o, NULL));
      if (i % 97 == 0)
        {
          g_autoptr (GArray) subj = ng_store_subjects (st, p, o);
          g_assert_cmpuint (subj->len, ==, i + 1);
          for (guint k = 1; k < subj->len; k++)
            g_assert_cmpuint (g_array_index (subj, NgTermId, k - 1), <,
                              g_array_index (subj, NgTermId, k));
          g_assert_cmpuint (ng_store_object (st, s, p), ==, o);
        }
    }
  g_assert_cmpuint (ng_store_n_triples (st), ==, n);
}

/* Counts quads. */
static gboolean
count_cb (const NgQuad *q, gpointer user_data)
{
  (*(gsize *) user_data)++;
  return TRUE;
}

/* A million quads take a bounded number of bytes each. */
static void
test_memory_per_quad (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  const guint n_subjects = 100000, per = 10;
  NgTermId preds[10], art[50];
  gsize n = 0, bytes, built;
  double per_quad;
  gint64 t0 = g_get_monotonic_time ();

  for (guint k = 0; k < per; k++)
    {
      char local[16];
      g_snprintf (local, sizeof local, "p%u", k);
      preds[k] = ng_store_iri2 (st, EX, local);
    }
  for (guint k = 0; k < G_N_ELEMENTS (art); k++)
    {
      char local[32];
      g_snprintf (local, sizeof local, "article/%u", k);
      art[k] = ng_store_iri2 (st, EX, local);
    }
  for (guint s = 0; s < n_subjects; s++)
    {
      char local[32];
      g_snprintf (local, sizeof local, "person/p%u", s);
      NgTermId sid = ng_store_iri2 (st, EX, local);
      for (guint k = 0; k < per; k++)
        {
          NgSource src = { art[(s + k) % G_N_ELEMENTS (art)], k, s % 1000, s % 1000 + 80 };
          NgTermId o;
          if (k % 2 == 0)
            {
              g_snprintf (local, sizeof local, "person/p%u", (s * 31 + k) % n_subjects);
              o = ng_store_iri2 (st, EX, local);
            }
          else
            {
              char value[32];
              g_snprintf (value, sizeof value, "v%u", (s + k) % 50000);
              o = ng_store_literal (st, value, NULL, NULL);
            }
          ng_store_add (st, sid, preds[k], o, &src);
        }
    }
  built = ng_store_memory (st);
  ng_store_foreach_quad (st, count_cb, &n);
  g_assert_cmpuint (n, ==, (gsize) n_subjects * per);
  g_assert_cmpuint (ng_store_n_quads (st), ==, n);
  bytes = ng_store_memory (st);
  per_quad = (double) bytes / (double) n;
  g_test_message ("%zu quads, %u terms: %.1f bytes/quad built, %.1f indexed, %.2f s",
                  n, ng_store_n_terms (st), (double) built / (double) n, per_quad,
                  (double) (g_get_monotonic_time () - t0) / 1e6);
  g_assert_cmpfloat ((double) built / (double) n, <, 64.0);
  g_assert_cmpfloat (per_quad, <, 64.0);
  /* Adding after a full scan still deduplicates. */
  NgTermId s0 = ng_store_iri2 (st, EX, "person/p0");
  NgSource src0 = { art[0], 0, 0, 80 };
  g_assert_true (ng_store_add (st, s0, preds[0],
                               ng_store_iri2 (st, EX, "person/p0"), &src0));
  g_assert_true (ng_store_add (st, s0, preds[1], s0, &src0));
  g_assert_cmpuint (ng_store_n_quads (st), ==, n + 1);
}

/* Many quads in random order, with term ids past 65,536: every scan comes
 * out in (s, p, o, a) order, every (?, p, ?) scan's pos index in (p, o, s, a)
 * order, and nothing is lost or repeated. */
static void
test_order_large (void)
{
  g_autoptr (NgStore) st = ng_store_new ();
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  const guint n_terms = 70000, n_add = 40000;
  NgTermId *ids = g_new (NgTermId, n_terms);
  g_autoptr (GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n_terms; i++)
    {
      char iri[64];
      g_snprintf (iri, sizeof iri, EX "t%u", i);
      ids[i] = ng_store_iri (st, iri);
    }
  for (guint i = 0; i < n_add; i++)
    {
      /* Subjects on both sides of id 65,536, few predicates and objects,
       * so that many triples come in several articles. */
      NgTermId s = ids[g_rand_int_range (rand, 64000, 67000)];
      /* Half the quads share one predicate: its (?, p, ?) scan is long. */
      NgTermId p = ids[g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 1, 5)];
      NgTermId o = ids[g_rand_boolean (rand) ? g_rand_int_range (rand, 5, 25)
                                             : g_rand_int_range (rand, 0, n_terms)];
      NgSource src = { ids[g_rand_int_range (rand, 60000, 60004)], 0, 0, 0 };
      g_assert_true (ng_store_add (st, s, p, o, &src));
      g_hash_table_add (distinct, g_strdup_printf ("%u %u %u %u", s, p, o, src.article));
      if (i == n_add / 2)
        {
          /* A scan half-way indexes the first half; the rest is merged in. */
          g_autoptr (GArray) half = g_array_new (FALSE, FALSE, sizeof (NgQuad));
          ng_store_foreach_quad (st, collect_cb, half);
          assert_ordered (half);
        }
    }
  g_autoptr (GArray) quads = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  ng_store_foreach_quad (st, collect_cb, quads);
  g_assert_cmpuint (quads->len, ==, g_hash_table_size (distinct));
  g_assert_cmpuint (quads->len, ==, ng_store_n_quads (st));
  assert_ordered (quads);
  /* Many triples are in more than one article. */
  g_assert_cmpuint (quads->len - ng_store_n_triples (st), >, 100);
  for (guint i = 1; i < quads->len; i++)
    {
      const NgQuad *x = &g_array_index (quads, NgQuad, i - 1);
      const NgQuad *y = &g_array_index (quads, NgQuad, i);
      g_assert_false (x->s == y->s && x->p == y->p && x->o == y->o
                      && x->src.article == y->src.article);
    }
  /* (?, p, ?) scans come in (s, p, o, a) order too, with every quad of p. */
  for (guint k = 0; k < 5; k++)
    {
      g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (NgQuad));
      guint want = 0;
      ng_store_match (st, 0, ids[k], 0, collect_cb, got);
      for (guint i = 0; i < quads->len; i++)
        want += g_array_index (quads, NgQuad, i).p == ids[k];
      g_assert_cmpuint (got->len, ==, want);
      assert_ordered (got);
      if (k == 0)
        g_assert_cmpuint (got->len, >, 10000);
    }
  /* (?, p, o) scans go through the pos index: each finds exactly the quads
   * with that predicate and object. */
  for (guint k = 0; k < 200; k++)
    {
      const NgQuad *q = &g_array_index (quads, NgQuad, g_rand_int_range (rand, 0, quads->len));
      g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (NgQuad));
      guint want = 0;
      ng_store_match (st, 0, q->p, q->o, collect_cb, got);
      for (guint i = 0; i < quads->len; i++)
        {
          const NgQuad *r = &g_array_index (quads, NgQuad, i);
          want += r->p == q->p && r->o == q->o;
        }
      g_assert_cmpuint (got->len, ==, want);
      for (guint i = 0; i < got->len; i++)
        {
          const NgQuad *r = &g_array_index (got, NgQuad, i);
          g_assert_cmpuint (r->p, ==, q->p);
          g_assert_cmpuint (r->o, ==, q->o);
          if (i > 0)
            {
              const NgQuad *prev = &g_array_index (got, NgQuad, i - 1);
              g_assert_true (prev->s < r->s || (prev->s == r->s && prev->src.article < r->src.article));
            }
        }
    }
  g_free (ids);
}

/* Clearing the quads keeps every term and its id; the store takes quads
 * again afterwards. */
static void
test_clear_quads (void)
{
  g_autoptr (NgStore) st = small_graph ();
  guint n_terms = ng_store_n_terms (st);
  NgTermId s1 = ng_store_lookup_iri (st, EX "s1");
  g_assert_cmpuint (s1, !=, 0);
  g_assert_cmpuint (ng_store_n_quads (st), >, 0);
  ng_store_clear_quads (st);
  g_assert_cmpuint (ng_store_n_quads (st), ==, 0);
  g_assert_cmpuint (ng_store_n_triples (st), ==, 0);
  g_assert_cmpuint (ng_store_n_terms (st), ==, n_terms);
  g_assert_cmpuint (ng_store_lookup_iri (st, EX "s1"), ==, s1);
  g_assert_cmpstr (ng_store_term_value (st, s1), ==, EX "s1");
  g_autoptr (GArray) got = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  ng_store_match (st, 0, 0, 0, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 0);
  NgTermId p = ng_store_iri (st, EX "p");
  NgSource src = { s1, 2, 3, 4 };
  g_assert_true (ng_store_add (st, s1, p, s1, &src));
  ng_store_match (st, 0, 0, 0, collect_cb, got);
  g_assert_cmpuint (got->len, ==, 1);
  const NgQuad *q = &g_array_index (got, NgQuad, 0);
  g_assert_cmpuint (q->src.article, ==, s1);
  g_assert_cmpuint (q->src.sentence, ==, 2);
  g_assert_cmpuint (q->src.end, ==, 4);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/intern/same-string-same-id", test_intern_same_string);
  g_test_add_func ("/store/intern/literal-datatype-lang", test_intern_literal_kinds);
  g_test_add_func ("/store/add/dedup", test_add_dedup);
  g_test_add_func ("/store/add/dedup-counts", test_add_dedup_counts);
  g_test_add_func ("/store/add/provenance-first-wins", test_provenance_first_wins);
  g_test_add_func ("/store/match/patterns", test_match_patterns);
  g_test_add_func ("/store/match/stop", test_match_stop);
  g_test_add_func ("/store/match/interleaved", test_match_interleaved);
  g_test_add_func ("/store/order/deterministic", test_order_deterministic);
  g_test_add_func ("/store/order/large", test_order_large);
  g_test_add_func ("/store/memory/per-quad", test_memory_per_quad);
  g_test_add_func ("/store/clear-quads", test_clear_quads);
  return g_test_run ();
}
