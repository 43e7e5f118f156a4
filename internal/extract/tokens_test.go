package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
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

// TestTokenizeFastPath checks tokenize's loop for plain ASCII words against
// tokenizeOne, which reads any token as tokenize did before that loop, on
// odd cases and on every sentence of the development sets.
func TestTokenizeFastPath(t *testing.T) {
	slow := func(text string, start, end int) []token {
		var buf []token
		var lowered string
		for i := start; i < end; {
			if wordByte[text[i]]&4 != 0 {
				i++
				continue
			}
			buf, lowered, i = tokenizeOne(text, start, end, i, buf, lowered)
		}
		return buf
	}
	texts := []string{
		"U.S. US us UN's Al-Qaeda's don't O'Brien 5km F-16s 1,200 4.7 e-mail a@b c_d x.y. End.",
		"“Quoted,” he said—then ‘no’… NATO’s ISIS' 9:00 1st mid-March Ángel café-bar\u00a0x\u200ay",
		"\"Hi\" (\"there\") 'single' AbC aBc ABC abc 2S S2 IS is Is iS", "", "a", "A.", "'s",
	}
	texts = developmentTexts(t, texts...)
	n := 0
	for _, text := range texts {
		spans := [][2]int{{0, len(text)}}
		for _, s := range sentences.Split(text) {
			spans = append(spans, [2]int{s.Start, s.End})
		}
		for _, sp := range spans {
			got, want := tokenize(text, sp[0], sp[1], nil), slow(text, sp[0], sp[1])
			if !slices.Equal(got, want) {
				t.Fatalf("%q: tokens differ:\n%v\n%v", text[sp[0]:sp[1]], got, want)
			}
			n += len(got)
		}
	}
	t.Logf("%d texts, %d tokens", len(texts), n)
}
