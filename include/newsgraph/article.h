#ifndef NEWSGRAPH_ARTICLE_H
#define NEWSGRAPH_ARTICLE_H
#include <glib.h>
#endif
