package extract

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/extract/timex"
)

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

// TestWordSetHasFold checks hasFold against has of the lower-cased word.
func TestWordSetHasFold(t *testing.T) {
	set := words("strikes", "raid", "abcdefg", "abXdYfg")
	for _, w := range []string{"strikes", "Strikes", "STRIKES", "Raid", "raid", "rAiD", "abcdefg", "ABCDEFG", "abxdyfg",
		"", "strike", "Raids", "Bombing", "r", "abQdQfg"} {
		if got, want := set.hasFold(w), set.has(lowerASCII(w)); got != want {
			t.Errorf("hasFold(%q) = %v, has(lowerASCII) = %v", w, got, want)
		}
	}
}

// TestStrikeNamedBefore: the strike noun governing a date, in any case.
func TestStrikeNamedBefore(t *testing.T) {
	tests := []struct {
		text, date string
		want       bool
	}{
		{"Residents described the Strikes on 4 March as the heaviest.", "on 4 March", true},
		{"The raids of 2 April hit a market.", "2 April", true},
		{"The RAIDS ON the night of 2 April hit a market.", "2 April", true},
		{"The raids in the early hours of 2 April hit a market.", "2 April", true},
		{"Officials spoke of 2 April as a turning point.", "2 April", false},
		{"Imagery taken on 3 April shows the crater.", "on 3 April", false},
		{"The Proof of 2 April was published.", "2 April", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.date)
		d := timex.Mention{Start: i, End: i + len(tt.date)}
		if got := strikeNamedBefore(tt.text, d); got != tt.want {
			t.Errorf("strikeNamedBefore(%q, %q) = %v, want %v", tt.text, tt.date, got, tt.want)
		}
	}
}

// containsLowerASCII finds a lower-case needle in any case, as
// strings.Contains over strings.ToLower does (sentences written for this
// test).
func TestContainsLowerASCII(t *testing.T) {
	cases := []struct {
		s, needle string
		want      bool
	}{
		{"On Saturday the ministry put the final TOLL at 89 dead.", " toll ", true},
		{"The Death Count rose.", " death count ", true},
		{"The tolls rose.", " toll ", false},
		{"tol", " toll ", false},
		{"Ärzte: the toll, they said", " toll,", true},
	}
	for _, tc := range cases {
		if got := containsLowerASCII(tc.s, tc.needle); got != tc.want || got != strings.Contains(strings.ToLower(tc.s), tc.needle) {
			t.Errorf("containsLowerASCII(%q, %q) = %v, want %v", tc.s, tc.needle, got, tc.want)
		}
	}
}
