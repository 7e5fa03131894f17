/* vocab.c - the prefix table the writers declare. */
#include "config.h"

#include "newsgraph/vocab.h"

/* The prefixes, in the order the Turtle writer declares them. */
static const NgPrefix prefixes[] = {
  { "schema", NG_NS_SCHEMA },
  { "org",    NG_NS_ORG },
  { "prov",   NG_NS_PROV },
  { "rdfs",   NG_NS_RDFS },
  { "rdf",    NG_NS_RDF },
  { "skos",   NG_NS_SKOS },
  { "xsd",    NG_NS_XSD },
  { "owl",    NG_NS_OWL },
  { "dct",    NG_NS_DCT },
  { "ng",     NG_NS_NG },
  { NULL, NULL }
};

const NgPrefix *
ng_vocab_prefixes (void)
{
  return prefixes;
}
