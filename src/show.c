/* show.c - placeholder until the module lands. */
#include <glib.h>
