#ifndef NEWSGRAPH_TEXT_H
#define NEWSGRAPH_TEXT_H
#include <glib.h>
#endif
