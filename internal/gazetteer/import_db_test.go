package gazetteer

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"

	_ "modernc.org/sqlite"
)

func TestSaveLoadImported(t *testing.T) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	// An empty database has no imported places (and gets the table).
	places, alts, err := LoadImported(ctx, db)
	if err != nil || len(places) != 0 || len(alts) != 0 {
		t.Fatalf("LoadImported(empty) = %d, %d, %v", len(places), len(alts), err)
	}

	f, err := os.Open(filepath.Join("testdata", "geonames_sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in, inAlts, _, err := ImportGeoNames(f)
	if err != nil {
		t.Fatal(err)
	}
	// Saving twice replaces rather than duplicates.
	for range 2 {
		if err := SaveImported(ctx, db, in, inAlts); err != nil {
			t.Fatal(err)
		}
	}
	out, outAlts, err := LoadImported(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(in, out) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, in)
	}
	for id, a := range inAlts {
		if !slices.Equal(a, outAlts[id]) {
			t.Errorf("alternate names of %d: got %q, want %q", id, outAlts[id], a)
		}
	}
}
