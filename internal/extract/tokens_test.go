package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTokenNormIsNormWord checks the per-sentence lowering shortcut of
// tokenize against normWord, word by word.
func TestTokenNormIsNormWord(t *testing.T) {
	var texts []string
	docs, _ := benchCorpus(128 << 10)
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	for _, dir := range []string{"testdata", "../../eval/corpus/texts", "../../eval/holdout/texts", "../../../shared/seeds"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	texts = append(texts, "US UN Us uS IS U.S. U.S US-led Iraq’s Don't ÉCOLE Straße İstanbul A.B.C. Ab.Cd x")
	for _, text := range texts {
		for _, tk := range tokenize(text, 0, len(text), nil) {
			if !tk.Word || tk.Norm == "'s" {
				continue
			}
			if w := normWord(text[tk.Start:tk.End]); tk.Norm != w {
				t.Fatalf("%q: norm %q, want %q", text[tk.Start:tk.End], tk.Norm, w)
			}
		}
	}
}
