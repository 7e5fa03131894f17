#ifndef NEWSGRAPH_RESOLVE_H
#define NEWSGRAPH_RESOLVE_H
#include <glib.h>
#endif
