package extract

import "testing"

// TestCondemnInitials: condemnedAttack skips every word whose first letter
// is not in condemnInitials, so each word of its tables must open with one.
func TestCondemnInitials(t *testing.T) {
	var all []string
	all = append(all, responseWords.list...)
	all = append(all, condemnWords.list...)
	all = append(all, "terrorist", "this")
	for _, w := range all {
		if !condemnInitials[w[0]] {
			t.Errorf("%q opens with %q, not in condemnInitials: condemnedAttack would never see it", w, w[0])
		}
	}
}
