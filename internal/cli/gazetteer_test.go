package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A village known only from an imported GeoNames dump resolves when a
// later ingest extracts a report that names it.
func TestGazetteerImportFeedsIngest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cc.db")
	dump := filepath.Join(dir, "IQ.txt")
	// One GeoNames row (19 tab-separated columns) for a village the embedded
	// gazetteer does not hold, and one malformed row.
	rows := "9999001\tQaryat Zarqa\tQaryat Zarqa\tZarqa village\t35.1000\t43.2000\tP\tPPL\tIQ\t\t10\t\t\t\t120\t\t210\tAsia/Baghdad\t2024-01-01\n" +
		"not a geonames row\n"
	report := filepath.Join(dir, "report.txt")
	text := "Title: Strike near Qaryat Zarqa\nPublished: 2019-03-02\n\n" +
		"An airstrike hit a farmhouse near Qaryat Zarqa on Friday, killing four people, residents said.\n"
	for path, body := range map[string]string{dump: rows, report: text} {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()

	imp := runCrosscheck(t, ctx, db, "", "gazetteer", "import", dump)
	if imp.code != 0 || !strings.Contains(imp.stdout, "imported 1") || !strings.Contains(imp.stdout, "bad 1") {
		t.Fatalf("import: code %d, stdout %q, stderr %q", imp.code, imp.stdout, imp.stderr)
	}
	ing := runCrosscheck(t, ctx, db, "", "ingest", report)
	if ing.code != 0 {
		t.Fatalf("ingest: code %d, stderr %q", ing.code, ing.stderr)
	}
	st := openStoreForTest(t, db)
	claims, err := st.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var placed bool
	for _, c := range claims {
		if c.Where.Name == "Qaryat Zarqa" && c.Where.Lat != nil && *c.Where.Lat == 35.1 {
			placed = true
		}
	}
	if !placed {
		t.Fatalf("no claim placed at the imported village; claims: %+v", claims)
	}
}
