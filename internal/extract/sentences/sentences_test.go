package sentences

import (
	"strings"
	"testing"
)

func texts(s string) []string {
	var out []string
	for _, x := range Split(s) {
		out = append(out, s[x.Start:x.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a bold heading ends at its closing marks", "**Mosul, 3 May 2019.** The imagery shows one crater. It was _not_ two._ Nor three.",
			[]string{"**Mosul, 3 May 2019.**", "The imagery shows one crater.", "It was _not_ two._", "Nor three."}},
		{"titles and names", "According to CJTF-OIR spokesman Col. Chris Garver, U.S. aircraft struck. Lt. Gen. Smith agreed.",
			[]string{"According to CJTF-OIR spokesman Col. Chris Garver, U.S. aircraft struck.", "Lt. Gen. Smith agreed."}},
		{"initialism then starter", "He spoke to the U.S. The next day he left.",
			[]string{"He spoke to the U.S.", "The next day he left."}},
		{"date abbreviation", "The strike on Jan. 4 killed two. On June 29. The convoy left.",
			[]string{"The strike on Jan. 4 killed two.", "On June 29.", "The convoy left."}},
		{"a.m. then capital", "The strikes took place at 1:12 A.M. local time. They hit at 2 a.m. Residents fled.",
			[]string{"The strikes took place at 1:12 A.M. local time.", "They hit at 2 a.m.", "Residents fled."}},
		{"middle initial", "said Brig. Gen. Robert B. Sofge, deputy commander.",
			[]string{"said Brig. Gen. Robert B. Sofge, deputy commander."}},
		{"quotes", "“The coalition struck the bridge,” he said. “It was hit twice.” Residents agreed.",
			[]string{"“The coalition struck the bridge,” he said.", "“It was hit twice.”", "Residents agreed."}},
		{"bullets", "Strikes:\n• Near Mosul, one strike.\n• Near Hit, two strikes.\n",
			[]string{"Strikes:", "Near Mosul, one strike.", "Near Hit, two strikes."}},
		{"soft wraps", "The\nabove tweet by the spokesperson is\nmisleading. The\nU.S. is trying.",
			[]string{"The\nabove tweet by the spokesperson is\nmisleading.", "The\nU.S. is trying."}},
		{"paragraphs", "First paragraph without stop\n\nSecond one.",
			[]string{"First paragraph without stop", "Second one."}},
		{"citation marks", "Jets struck the clinic.[4][12] The ministry denied it.[citation needed] Residents [sic] fled.",
			[]string{"Jets struck the clinic.[4][12]", "The ministry denied it.[citation needed]", "Residents [sic] fled."}},
		{"field lines", "Location: northwest of Hit, Anbar, Iraq\nAirwars grading: Fair\nSuspected belligerent: Coalition; Iraqi Air Force\nThe Joint Operations\nCommand said jets struck.",
			[]string{"Location: northwest of Hit, Anbar, Iraq", "Airwars grading: Fair", "Suspected belligerent: Coalition; Iraqi Air Force", "The Joint Operations\nCommand said jets struck."}},
		{"headline then byline", "Drone Strike Hits Convoy\nMoon of Alabama,\n24 April, 2018\nText starts here.",
			[]string{"Drone Strike Hits Convoy", "Moon of Alabama,\n24 April, 2018", "Text starts here."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := texts(tc.in)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	s := Split("One. Two.\nThree.\n\nFour.")
	want := []int{0, 0, 1, 2}
	for i, x := range s {
		if x.Para != want[i] {
			t.Errorf("sentence %d: para %d, want %d", i, x.Para, want[i])
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Col. Chris Garver said. The U.S. struck.\n\n• A\n• B")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range Split(s) {
			if x.Start < prev || x.End < x.Start || x.End > len(s) {
				t.Fatalf("bad span %+v (prev end %d, len %d)", x, prev, len(s))
			}
			prev = x.End
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	s := strings.Repeat("According to CJTF-OIR spokesman Col. Chris Garver, U.S. aircraft struck 55 trucks near Fallujah on June 29. Residents said the convoy was hit twice.\n", 2000)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		Split(s)
	}
}

// TestSkipPlain checks skipPlain, eight bytes a round, against the byte
// loop it replaced, from every position of texts with each kind of stop at
// every offset of a round.
func TestSkipPlain(t *testing.T) {
	texts := []string{"", "a", "abcdefgh", "abcdefghi", "Café bar. Next", "U.S. jets hit it!\nWhy? A-B *c\r\n"}
	for _, stop := range []string{"\n", "\r", "-", "*", ".", "!", "?", "é"} {
		for k := 0; k < 17; k++ {
			texts = append(texts, strings.Repeat("x ", k)[:k]+stop+"tail of the line, plain")
		}
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && plain[text[want]] {
				want++
			}
			if got := skipPlain(text, i); got != want {
				t.Fatalf("skipPlain(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
