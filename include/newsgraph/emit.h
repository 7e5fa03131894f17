#ifndef NEWSGRAPH_EMIT_H
#define NEWSGRAPH_EMIT_H
#include <glib.h>
#endif
