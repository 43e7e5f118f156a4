package extract

import (
	"strings"
	"testing"
)

// TestPrevWordIs checks prevWordIs against its definition, prevWordOf(text,
// pos) == word, at every position of texts with the words in every case,
// inside longer words, after newlines and at the start.
func TestPrevWordIs(t *testing.T) {
	texts := []string{
		"a native of Tajikistan", "A Native OF Raqqa", "proof Mosul", "of Mosul", "of\n Mosul",
		"imagery from Friday", "Don Sunday", "taken on  Saturday", "1of x", "on", "",
		"citizens of\nAleppo, photos taken from", "-of- on'on",
	}
	for _, text := range texts {
		for pos := 0; pos <= len(text); pos++ {
			for _, w := range []string{"of", "from", "on"} {
				if got, want := prevWordIs(text, pos, w), prevWordOf(text, pos) == w; got != want {
					t.Errorf("prevWordIs(%q, %d, %q) = %v, want %v", text, pos, w, got, want)
				}
			}
		}
	}
}

// TestLastTold checks lastTold against strings.LastIndex on every cut of
// texts with "told " at the ends, twice, and cut short.
func TestLastTold(t *testing.T) {
	texts := []string{
		"he told AFP on", "told the BBC told Reuters ", "told", "told ", "xtold  told", "Told the", "",
		"officials told told ",
	}
	for _, text := range texts {
		for lo := 0; lo <= len(text); lo++ {
			for end := lo; end <= len(text); end++ {
				if got, want := lastTold(text[lo:end]), strings.LastIndex(text[lo:end], "told "); got != want {
					t.Errorf("lastTold(%q) = %d, want %d", text[lo:end], got, want)
				}
			}
		}
	}
}
