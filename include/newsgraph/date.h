#ifndef NEWSGRAPH_DATE_H
#define NEWSGRAPH_DATE_H
#include <glib.h>
#endif
