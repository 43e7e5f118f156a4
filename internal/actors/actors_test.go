package actors

import "testing"

func TestCovers(t *testing.T) {
	r := New()
	tests := []struct {
		a, b string
		want bool
	}{
		{"iraq", "iraq", true},
		{"iraq", "iraq-army-aviation", true}, // parent covers child
		{"iraq-army-aviation", "iraq", true}, // and the child its parent
		{"coalition", "us", true},
		{"cjtf-oir", "coalition", true},
		{"us-official", "coalition", true},              // grandparent
		{"iraq-air-force", "iraq-army-aviation", false}, // siblings do not
		{"us", "uk", false},
		{"russia", "syria", false},
		{"unknown-id", "iraq", false},
	}
	for _, tc := range tests {
		if got := r.Covers(tc.a, tc.b); got != tc.want {
			t.Errorf("Covers(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestAncestorsAndSpeakers(t *testing.T) {
	r := New()
	if got := r.Ancestors("us-official"); len(got) != 2 || got[0] != "us" || got[1] != "coalition" {
		t.Errorf("Ancestors(us-official) = %v, want [us coalition]", got)
	}
	if got := r.SpeaksFor("iraq-mod"); got != "iraq" {
		t.Errorf("SpeaksFor(iraq-mod) = %q, want iraq", got)
	}
	if !GroundOnly("isis") || GroundOnly("russia") || GroundOnly("nobody") {
		t.Error("GroundOnly: want true for isis only")
	}
	// Every parent named in the table is itself canonical.
	for _, a := range r.All() {
		if a.Parent != "" && !r.Known(a.Parent) {
			t.Errorf("%s has unknown parent %q", a.ID, a.Parent)
		}
	}
}
