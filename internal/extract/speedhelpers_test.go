package extract

import (
	"slices"
	"strings"
	"testing"
)

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
		for _, v := range tallyWords.list {
			want = want || containsLowerASCII(s, v)
		}
		if got := containsAnyAfterSpace(s, tallyWords); got != want {
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

// TestLastFields checks lastFields against strings.Fields.
func TestLastFields(t *testing.T) {
	for _, s := range []string{
		"were taken to a hospital in",
		"  died in the regional\thospital in",
		"the wounded were\ntaken to",
		"",
		"   ",
		"in",
		"a b c d e f g h i j",
		"evacuated to a clinic\u00a0in", // a space beyond ASCII
		"the Hôpital in",
	} {
		all := strings.Fields(s)
		for n := 0; n <= 7; n++ {
			got := lastFields(s, make([]string, 0, n))
			var want []string
			for i := len(all) - 1; i >= 0 && len(want) < n; i-- {
				want = append(want, all[i])
			}
			if !slices.Equal(got, want) {
				t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestCareBefore: a hospital just before "in", in any case.
func TestCareBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The wounded were taken to a Hospital in Erbil.", true},
		{"Two more died in the regional hospital in Kirkuk.", true},
		{"Hospital in Erbil.", false}, // fewer than three words
		{"The hospital staff went to Mosul in the morning.", false},
		{"He was treated at a clinic on the road to Erbil in the north.", false},
	} {
		start := strings.LastIndex(c.text, " in ") + len(" in ")
		if got := careBefore(c.text, start); got != c.want {
			t.Errorf("careBefore(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
