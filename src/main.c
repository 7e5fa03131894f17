/* main.c - the newsgraph command line (placeholder until the CLI lands). */
#include "config.h"
#include <stdio.h>
int
main (int argc, char **argv)
{
  printf ("%s\n", PACKAGE_STRING);
  return 0;
}
