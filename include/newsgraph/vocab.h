/* vocab.h - the IRIs newsgraph writes.
 *
 * Every IRI of schema.org, W3C ORG, PROV-O, SKOS, RDF(S), XSD and the
 * project's own ontology (ontology/newsgraph.ttl) is spelled here and only
 * here.  The values are string literals, so they can be concatenated at
 * compile time.  tests/unit/test-vocab.c checks that every NG_NS term used
 * below is declared in ontology/newsgraph.ttl.
 */
#ifndef NEWSGRAPH_VOCAB_H
#define NEWSGRAPH_VOCAB_H

#include <glib.h>

#define NG_NS_RDF    "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NG_NS_RDFS   "http://www.w3.org/2000/01/rdf-schema#"
#define NG_NS_XSD    "http://www.w3.org/2001/XMLSchema#"
#define NG_NS_OWL    "http://www.w3.org/2002/07/owl#"
#define NG_NS_SCHEMA "http://schema.org/"
#define NG_NS_ORG    "http://www.w3.org/ns/org#"
#define NG_NS_PROV   "http://www.w3.org/ns/prov#"
#define NG_NS_SKOS   "http://www.w3.org/2004/02/skos/core#"
#define NG_NS_DCT    "http://purl.org/dc/terms/"
/* The project's own terms (ontology/newsgraph.ttl). */
#define NG_NS_NG     "https://w3id.org/newsgraph/ns#"
/* The lexicon concepts (ontology/lexicon/ *.ttl). */
#define NG_NS_LEX    "https://w3id.org/newsgraph/lexicon/"
/* Default base under which entity IRIs are minted (--base changes it). */
#define NG_DEFAULT_BASE "https://w3id.org/newsgraph/id/"

/* rdf, rdfs, xsd */
#define NG_RDF_TYPE            NG_NS_RDF "type"
#define NG_RDFS_LABEL          NG_NS_RDFS "label"
#define NG_XSD_DATE            NG_NS_XSD "date"
#define NG_XSD_GMONTHDAY       NG_NS_XSD "gMonthDay"
#define NG_XSD_GYEAR           NG_NS_XSD "gYear"
#define NG_XSD_INTEGER         NG_NS_XSD "integer"
#define NG_XSD_STRING          NG_NS_XSD "string"

/* schema.org classes */
#define NG_SCHEMA_PERSON       NG_NS_SCHEMA "Person"
#define NG_SCHEMA_ORGANIZATION NG_NS_SCHEMA "Organization"
#define NG_SCHEMA_GOVORG       NG_NS_SCHEMA "GovernmentOrganization"
#define NG_SCHEMA_NEWSMEDIAORG NG_NS_SCHEMA "NewsMediaOrganization"
#define NG_SCHEMA_PLACE        NG_NS_SCHEMA "Place"
#define NG_SCHEMA_COUNTRY      NG_NS_SCHEMA "Country"
#define NG_SCHEMA_CITY         NG_NS_SCHEMA "City"
#define NG_SCHEMA_EVENT        NG_NS_SCHEMA "Event"
#define NG_SCHEMA_NEWSARTICLE  NG_NS_SCHEMA "NewsArticle"
/* schema.org properties */
#define NG_SCHEMA_NAME         NG_NS_SCHEMA "name"
#define NG_SCHEMA_ALTNAME      NG_NS_SCHEMA "alternateName"
#define NG_SCHEMA_ATTENDEE     NG_NS_SCHEMA "attendee"
#define NG_SCHEMA_ORGANIZER    NG_NS_SCHEMA "organizer"
#define NG_SCHEMA_LOCATION     NG_NS_SCHEMA "location"
#define NG_SCHEMA_STARTDATE    NG_NS_SCHEMA "startDate"
#define NG_SCHEMA_MEMBEROF     NG_NS_SCHEMA "memberOf"
#define NG_SCHEMA_CONTAINEDIN  NG_NS_SCHEMA "containedInPlace"
#define NG_SCHEMA_HEADLINE     NG_NS_SCHEMA "headline"
#define NG_SCHEMA_DATEPUB      NG_NS_SCHEMA "datePublished"
#define NG_SCHEMA_PUBLISHER    NG_NS_SCHEMA "publisher"
#define NG_SCHEMA_MENTIONS     NG_NS_SCHEMA "mentions"
#define NG_SCHEMA_IDENTIFIER   NG_NS_SCHEMA "identifier"
#define NG_SCHEMA_URL          NG_NS_SCHEMA "url"
#define NG_SCHEMA_TEXT         NG_NS_SCHEMA "text"
#define NG_SCHEMA_ISPARTOF     NG_NS_SCHEMA "isPartOf"
#define NG_SCHEMA_NATIONALITY  NG_NS_SCHEMA "nationality"
#define NG_SCHEMA_JOBTITLE     NG_NS_SCHEMA "jobTitle"
#define NG_SCHEMA_DATELINE     NG_NS_SCHEMA "dateline"

/* W3C ORG */
#define NG_ORG_POST            NG_NS_ORG "Post"
#define NG_ORG_HOLDS           NG_NS_ORG "holds"
#define NG_ORG_HELDBY          NG_NS_ORG "heldBy"
#define NG_ORG_POSTIN          NG_NS_ORG "postIn"

/* PROV-O */
#define NG_PROV_DERIVEDFROM    NG_NS_PROV "wasDerivedFrom"

/* SKOS */
#define NG_SKOS_CONCEPT        NG_NS_SKOS "Concept"
#define NG_SKOS_PREFLABEL      NG_NS_SKOS "prefLabel"
#define NG_SKOS_ALTLABEL       NG_NS_SKOS "altLabel"
#define NG_SKOS_NOTATION       NG_NS_SKOS "notation"
#define NG_SKOS_EXACTMATCH     NG_NS_SKOS "exactMatch"

/* The project's own ontology: classes */
#define NG_NG_MEETING          NG_NS_NG "Meeting"
#define NG_NG_SUMMIT           NG_NS_NG "Summit"
#define NG_NG_COUNCILSESSION   NG_NS_NG "CouncilSession"
#define NG_NG_TALKS            NG_NS_NG "Talks"
#define NG_NG_VISIT            NG_NS_NG "Visit"
#define NG_NG_RECEPTION        NG_NS_NG "Reception"
#define NG_NG_PARTICIPATION    NG_NS_NG "Participation"
#define NG_NG_SENTENCE         NG_NS_NG "Sentence"
/* participation mode and status (individuals) */
#define NG_NG_INPERSON         NG_NS_NG "InPerson"
#define NG_NG_VIDEOLINK        NG_NS_NG "VideoLink"
#define NG_NG_ATTENDED         NG_NS_NG "Attended"
#define NG_NG_PLANNED          NG_NS_NG "Planned"
#define NG_NG_ABSENT           NG_NS_NG "Absent"
/* properties */
#define NG_NG_MEETINGKIND      NG_NS_NG "meetingKind"
#define NG_NG_PARTICIPATION_P  NG_NS_NG "participation"
#define NG_NG_PARTICIPANT      NG_NS_NG "participant"
#define NG_NG_MODE             NG_NS_NG "mode"
#define NG_NG_STATUS           NG_NS_NG "status"
#define NG_NG_ABSENTEE         NG_NS_NG "absentee"
#define NG_NG_EVIDENCE         NG_NS_NG "evidence"
#define NG_NG_CHAIR            NG_NS_NG "chair"
#define NG_NG_HOST             NG_NS_NG "host"
#define NG_NG_STARTOFFSET      NG_NS_NG "startOffset"
#define NG_NG_ENDOFFSET        NG_NS_NG "endOffset"
#define NG_NG_SENTENCEINDEX    NG_NS_NG "sentenceIndex"
#define NG_NG_KIND             NG_NS_NG "kind"
/* lexicon terms (ontology/lexicon/ *.ttl) */
#define NG_NG_CAPITAL          NG_NS_NG "capital"
#define NG_NG_DEMONYM          NG_NS_NG "demonym"
#define NG_NG_LEXCOUNTRY       NG_NS_NG "LexCountry"
#define NG_NG_LEXCITY          NG_NS_NG "LexCity"
#define NG_NG_LEXPLACE         NG_NS_NG "LexPlace"
#define NG_NG_LEXORG           NG_NS_NG "LexOrganization"
#define NG_NG_LEXTITLE         NG_NS_NG "LexTitle"
#define NG_NG_LEXHONORIFIC     NG_NS_NG "LexHonorific"
#define NG_NG_LEXGIVENNAME     NG_NS_NG "LexGivenName"
#define NG_NG_LEXPERSON        NG_NS_NG "LexPerson"
#define NG_NG_LEXAGENCY        NG_NS_NG "LexNewsAgency"
#define NG_NG_LEXSTOPWORD      NG_NS_NG "LexStopword"
#define NG_NG_INCOUNTRY        NG_NS_NG "inCountry"
#define NG_NG_INCITY           NG_NS_NG "inCity"

/* Prefix table used by the writers: NULL-terminated pairs. */
typedef struct {
  const char *prefix;
  const char *ns;
} NgPrefix;

/* Returns the prefixes the Turtle writer declares (terminated by {NULL,NULL}). */
const NgPrefix *ng_vocab_prefixes (void);

#endif
