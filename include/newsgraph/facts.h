#ifndef NEWSGRAPH_FACTS_H
#define NEWSGRAPH_FACTS_H
#include <glib.h>
#endif
