/* read_rdf.c - placeholder until the module lands. */
#include <glib.h>
