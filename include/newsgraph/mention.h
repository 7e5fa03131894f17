#ifndef NEWSGRAPH_MENTION_H
#define NEWSGRAPH_MENTION_H
#include <glib.h>
#endif
