#ifndef NEWSGRAPH_PIPELINE_H
#define NEWSGRAPH_PIPELINE_H
#include <glib.h>
#endif
