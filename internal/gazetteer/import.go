package gazetteer

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Stats counts the rows of an imported GeoNames dump.
type Stats struct {
	Read     int // lines read
	Imported int // places passed on
	Skipped  int // well-formed rows of a feature class not kept (roads, undersea...)
	Bad      int // malformed rows (wrong column count, bad id or coordinates)
}

// geonamesColumns is the width of a GeoNames dump row (allCountries.txt,
// IQ.txt, cities1000.txt): id, name, asciiname, alternatenames, latitude,
// longitude, feature class, feature code, country code, cc2, admin1..4,
// population, elevation, dem, timezone, modification date.
const geonamesColumns = 19

// ScanGeoNames reads a GeoNames dump row by row and calls fn with each
// place worth keeping and its useful alternate names. Malformed rows are
// counted, not fatal; an error from fn or the reader stops the scan.
func ScanGeoNames(r io.Reader, fn func(p Place, altNames []string) error) (Stats, error) {
	var st Stats
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			st.Read++
			p, alts, ok, keep := parseGeoNamesRow(strings.TrimRight(line, "\r\n"))
			switch {
			case !ok:
				st.Bad++
			case !keep:
				st.Skipped++
			default:
				st.Imported++
				if ferr := fn(p, alts); ferr != nil {
					return st, ferr
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return st, nil
		}
		if err != nil {
			return st, fmt.Errorf("gazetteer: read GeoNames dump at line %d: %w", st.Read+1, err)
		}
	}
}

// ImportGeoNames reads a whole GeoNames dump into memory: fine for a
// country file; for allCountries.txt use ScanGeoNames and save in batches.
func ImportGeoNames(r io.Reader) ([]Place, map[int64][]string, Stats, error) {
	var places []Place
	alts := map[int64][]string{}
	st, err := ScanGeoNames(r, func(p Place, a []string) error {
		places = append(places, p)
		if len(a) > 0 {
			alts[p.ID] = a
		}
		return nil
	})
	return places, alts, st, err
}

// parseGeoNamesRow returns the place of one row; ok is false for a
// malformed row, keep false for a feature class the gazetteer has no use
// for.
func parseGeoNamesRow(line string) (p Place, alts []string, ok, keep bool) {
	if line == "" || line[0] == '#' {
		return p, nil, false, false
	}
	col := strings.Split(line, "\t")
	if len(col) != geonamesColumns {
		return p, nil, false, false
	}
	id, err := strconv.ParseInt(col[0], 10, 64)
	if err != nil || id <= 0 {
		return p, nil, false, false
	}
	lat, err1 := strconv.ParseFloat(col[4], 64)
	lon, err2 := strconv.ParseFloat(col[5], 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 || col[1] == "" || len(col[8]) != 2 {
		return p, nil, false, false
	}
	precision, keep := precisionOf(col[6], col[7])
	if !keep {
		return p, nil, true, false
	}
	pop, _ := strconv.Atoi(col[14]) // empty: unknown
	name := col[2]
	if name == "" {
		name = col[1]
	}
	p = Place{ID: id, Name: name, Lat: lat, Lon: lon, Country: col[8], Precision: precision, Population: pop}
	seen := map[string]bool{Key(name): true}
	for _, a := range append([]string{col[1]}, strings.Split(col[3], ",")...) {
		if k := Key(a); UsefulName(a) && k != "" && !seen[k] {
			seen[k] = true
			alts = append(alts, a)
		}
	}
	return p, alts, true, true
}

// precisionOf maps a GeoNames feature class and code to a precision, and
// says whether such features are kept: populated places, administrative
// divisions, spots (bases, airports, buildings), water (lakes, dams),
// areas and terrain. Countries come from the embedded data instead.
func precisionOf(class, code string) (string, bool) {
	switch class {
	case "P":
		return model.PlaceTown, true
	case "A":
		switch {
		case code == "ADM1" || code == "ADM1H":
			return model.PlaceProvince, true
		case strings.HasPrefix(code, "ADM"):
			return model.PlaceDistrict, true
		}
		return "", false // PCLI and other political entities
	case "S", "H", "T":
		return model.PlacePoint, true
	case "L":
		return model.PlaceDistrict, true
	}
	return "", false
}

// UsefulName reports whether an alternate name is worth indexing: an
// Arabic-script name, or a Latin-script name written as a proper name.
// Other scripts, airport codes ("BGW") and romanisations written in lower
// case ("alflwjt") are not.
func UsefulName(a string) bool {
	if utf8.RuneCountInString(a) < 3 || strings.ContainsAny(a, "|\t()/,;0123456789") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(a)
	if unicode.Is(unicode.Arabic, first) {
		for _, r := range a {
			if unicode.IsLetter(r) && !unicode.Is(unicode.Arabic, r) {
				return false
			}
		}
		return true
	}
	if !unicode.IsUpper(first) || !unicode.Is(unicode.Latin, first) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range a {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper != letters || letters > 4
}

// The table of imported places. It belongs to this package (not to the
// store's migrations) so that an import needs nothing but a *sql.DB; the
// SQL is plain enough for SQLite and PostgreSQL alike.
const createImported = `CREATE TABLE IF NOT EXISTS gazetteer_places (
	id         BIGINT PRIMARY KEY,
	name       TEXT NOT NULL,
	lat        DOUBLE PRECISION NOT NULL,
	lon        DOUBLE PRECISION NOT NULL,
	country    TEXT NOT NULL,
	admin1     TEXT NOT NULL DEFAULT '',
	precision  TEXT NOT NULL,
	population BIGINT NOT NULL DEFAULT 0,
	alt_names  TEXT NOT NULL DEFAULT ''
)`

// SaveImported stores places and their alternate names in the
// gazetteer_places table (created if missing), replacing rows with the
// same id, in one transaction. Call it per batch for a large dump.
func SaveImported(ctx context.Context, db *sql.DB, places []Place, altNames map[int64][]string) error {
	if _, err := db.ExecContext(ctx, createImported); err != nil {
		return fmt.Errorf("gazetteer: create table gazetteer_places: %w", err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("gazetteer: begin import: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO gazetteer_places
		(id, name, lat, lon, country, admin1, precision, population, alt_names)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, lat = excluded.lat,
			lon = excluded.lon, country = excluded.country, admin1 = excluded.admin1,
			precision = excluded.precision, population = excluded.population,
			alt_names = excluded.alt_names`)
	if err != nil {
		return fmt.Errorf("gazetteer: prepare import: %w", err)
	}
	defer stmt.Close()
	for _, p := range places {
		if _, err := stmt.ExecContext(ctx, p.ID, p.Name, p.Lat, p.Lon, p.Country, p.Admin1,
			p.Precision, p.Population, strings.Join(altNames[p.ID], "|")); err != nil {
			return fmt.Errorf("gazetteer: save place %d %q: %w", p.ID, p.Name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("gazetteer: commit import: %w", err)
	}
	return nil
}

// LoadImported reads the places saved by SaveImported, ready for
// (*Gazetteer).Add. A database without the table has none. It only reads,
// so a read-only connection will do.
func LoadImported(ctx context.Context, db *sql.DB) ([]Place, map[int64][]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT id, name, lat, lon, country, admin1, precision,
		population, alt_names FROM gazetteer_places ORDER BY id`)
	if err != nil {
		// SQLite says "no such table", PostgreSQL "does not exist": no
		// import was ever made.
		if msg := err.Error(); strings.Contains(msg, "no such table") || strings.Contains(msg, "does not exist") {
			return nil, nil, nil
		}
		return nil, nil, fmt.Errorf("gazetteer: load imported places: %w", err)
	}
	defer rows.Close()
	var places []Place
	alts := map[int64][]string{}
	for rows.Next() {
		var p Place
		var a string
		if err := rows.Scan(&p.ID, &p.Name, &p.Lat, &p.Lon, &p.Country, &p.Admin1, &p.Precision,
			&p.Population, &a); err != nil {
			return nil, nil, fmt.Errorf("gazetteer: load imported places: %w", err)
		}
		places = append(places, p)
		if a != "" {
			alts[p.ID] = strings.Split(a, "|")
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("gazetteer: load imported places: %w", err)
	}
	return places, alts, nil
}
