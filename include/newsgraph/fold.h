#ifndef NEWSGRAPH_FOLD_H
#define NEWSGRAPH_FOLD_H
#include <glib.h>
#endif
