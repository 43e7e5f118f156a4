package extract

import "testing"

// TestContainsAnyAfterSpace checks the one-pass search against one
// containsLowerASCII per needle.
func TestContainsAnyAfterSpace(t *testing.T) {
	for _, s := range []string{
		"On Saturday the ministry put the final toll at 89 dead.",
		"On Saturday the ministry put the final TOLL, at last, at 89.",
		"The Tally rose again on Sunday",
		"The Death Count stood at 12 by Monday.",
		"The tolling of bells was heard on Friday.",
		" toll",
		"toll ",
		"",
		" ",
	} {
		want := false
		for _, v := range tallyWords {
			want = want || containsLowerASCII(s, v)
		}
		if got := containsAnyAfterSpace(s, tallyWords[:]); got != want {
			t.Errorf("containsAnyAfterSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBackdatedFolds: backdated reads its words in any case.
func TestBackdatedFolds(t *testing.T) {
	for _, c := range []struct {
		mention string
		want    bool
	}{
		{"three days earlier", true},
		{"The Day Before", true},
		{"the PREVIOUS week", true},
		{"Thursday of the previous week", false},
		{"THURSDAY OF THE PREVIOUS WEEK", false},
		{"on Monday", false},
	} {
		if got := backdated(c.mention); got != c.want {
			t.Errorf("backdated(%q) = %v, want %v", c.mention, got, c.want)
		}
	}
}
