/* geonames-dump.c - prints every city of the GeoNames data that Debian's
 * libgeonames carries (cities of 15,000 people or more, CC-BY 4.0,
 * geonames.org), one a line: name, state, country, country code,
 * population, tab-separated.  The input of cities-from-geonames.py.
 *
 *   apt-get install libgeonames-dev
 *   cc geonames-dump.c -o geonames-dump $(pkg-config --cflags --libs geonames)
 *   ./geonames-dump > cities.tsv
 */
#include <geonames.h>
#include <stdio.h>

int
main (void)
{
  gint n = geonames_get_n_cities ();
  for (gint i = 0; i < n; i++)
    {
      GeonamesCity *c = geonames_get_city (i);
      printf ("%s\t%s\t%s\t%s\t%u\n", geonames_city_get_name (c), geonames_city_get_state (c),
              geonames_city_get_country (c), geonames_city_get_country_code (c),
              geonames_city_get_population (c));
      geonames_city_free (c);
    }
  return 0;
}
