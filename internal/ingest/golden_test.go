package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

var update = flag.Bool("update", false, "rewrite testdata/golden files from the current output")

// goldenItem is what a golden file records of an Item.
type goldenItem struct {
	Origin string          `json:"origin"`
	Err    string          `json:"err,omitempty"`
	Doc    *model.Document `json:"doc,omitempty"`
	RawLen int             `json:"raw_len,omitempty"`
}

// walkAll collects every Item of a walk over paths.
func walkAll(t *testing.T, paths []string, opts Options) []Item {
	t.Helper()
	var items []Item
	err := Walk(context.Background(), paths, nil, opts, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

// TestGolden walks each fixture folder and compares every document and
// failure, text included, with testdata/golden/<folder>.golden.
func TestGolden(t *testing.T) {
	for _, dir := range []string{"text", "html", "json", "feed", "bad"} {
		t.Run(dir, func(t *testing.T) {
			items := walkAll(t, []string{filepath.Join("testdata", dir)}, Options{})
			var out []goldenItem
			for _, it := range items {
				g := goldenItem{Origin: filepath.ToSlash(it.Origin), RawLen: len(it.Raw)}
				if it.Err != nil {
					g.Err = it.Err.Error()
				} else {
					doc := it.Doc
					doc.Path = filepath.ToSlash(doc.Path)
					g.Doc = &doc
				}
				out = append(out, g)
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", dir+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and review the diff):\n%s", path, got)
			}
		})
	}
}
