package extract

import "testing"

// TestWordSet checks has against the words given, on sets whose words
// share a hash ("abcdefg" and "abXdYfg" differ only in bytes setHash
// skips) and on rule tables.
func TestWordSet(t *testing.T) {
	if setHash("abcdefg") != setHash("abXdYfg") {
		t.Fatal("the colliding words no longer collide: pick others")
	}
	tests := []struct {
		name string
		set  wordSet
		in   []string
		out  []string
	}{
		{"one word", words("the"), []string{"the"}, []string{"", "th", "thee", "The", "a"}},
		{"short words", words("a", "b"), []string{"a", "b"}, []string{"ab", "c", ""}},
		{"collisions", words("abcdefg", "abXdYfg", "abZdWfg"), []string{"abcdefg", "abXdYfg", "abZdWfg"}, []string{"abQdQfg", "abcdef"}},
		{"rule table", gapWords, gapWords.list, []string{"said", "strike", "zzz"}},
		{"rule table of pairs", numberWords, numberWords.list, []string{"zero", "ones"}},
	}
	for _, tt := range tests {
		for _, w := range tt.in {
			if !tt.set.has(w) {
				t.Errorf("%s: has(%q) = false", tt.name, w)
			}
		}
		for _, w := range tt.out {
			if tt.set.has(w) {
				t.Errorf("%s: has(%q) = true", tt.name, w)
			}
		}
		if n := len(tt.set.slots); n&(n-1) != 0 || n < 4*len(tt.set.list) {
			t.Errorf("%s: %d slots for %d words", tt.name, n, len(tt.set.list))
		}
	}
	for _, list := range [][]string{{"a", "b", "a"}, {"a", ""}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("words(%q) does not panic", list)
				}
			}()
			words(list...)
		}()
	}
}
