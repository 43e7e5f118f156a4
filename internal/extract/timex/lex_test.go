package timex

import "testing"

// TestMayBeOrdinalDay: lex's pre-test of ordinalDay lets every ordinal day
// through, so it never hides a day in words.
func TestMayBeOrdinalDay(t *testing.T) {
	for w := range ordinalDays {
		if !mayBeOrdinalDay(w) {
			t.Errorf("mayBeOrdinalDay(%q) = false", w)
		}
	}
	for _, w := range []string{"the", "strike", "killed"} {
		if mayBeOrdinalDay(w) && ordinalDay(w) > 0 {
			t.Errorf("%q read as an ordinal day", w)
		}
	}
}
