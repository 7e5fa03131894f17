#ifndef NEWSGRAPH_LEXICON_H
#define NEWSGRAPH_LEXICON_H
#include <glib.h>
#endif
