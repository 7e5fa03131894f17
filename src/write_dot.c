/* write_dot.c - placeholder until the module lands. */
#include <glib.h>
