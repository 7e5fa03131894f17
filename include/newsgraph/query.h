#ifndef NEWSGRAPH_QUERY_H
#define NEWSGRAPH_QUERY_H
#include <glib.h>
#endif
