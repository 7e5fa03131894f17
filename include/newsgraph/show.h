#ifndef NEWSGRAPH_SHOW_H
#define NEWSGRAPH_SHOW_H
#include <glib.h>
#endif
