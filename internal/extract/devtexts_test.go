package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// lastOpenDevSet is the newest evaluation set opened for development; the
// ones after it are blind and stay unread by tests that walk texts.
const lastOpenDevSet = 31

// developmentTexts returns extra followed by every report of the
// development sets (corpus, holdout, dev2 to lastOpenDevSet), for tests
// that check a property over real prose rather than an answer.
func developmentTexts(t *testing.T, extra ...string) []string {
	t.Helper()
	texts := append([]string(nil), extra...)
	sets := []string{"corpus", "holdout"}
	for k := 2; k <= lastOpenDevSet; k++ {
		sets = append(sets, fmt.Sprintf("dev%d", k))
	}
	for _, set := range sets {
		files, err := filepath.Glob(filepath.Join("..", "..", "eval", set, "texts", "*"))
		if err != nil {
			t.Fatalf("listing %s: %v", set, err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("reading %s: %v", f, err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 100 {
		t.Fatalf("only %d texts", len(texts))
	}
	return texts
}
