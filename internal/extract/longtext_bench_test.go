package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Long single documents of one shape each, at several sizes, so that a rule
// whose cost grows with the document (per place, per sentence, per speaker
// looking back over everything before it) shows as a ns/op ratio between
// sizes well above the size ratio. Run with
//
//	go test ./internal/extract -run '^$' -bench '^BenchmarkExtractLongText$' -benchtime=3x
//
// and compare kb=100 with kb=25: linear extraction gives about 4.

var (
	longFirstNames = []string{"Ahmed", "Mariam", "Khalid", "Fatima", "Omar", "Layla", "Hassan", "Noor", "Yusuf", "Zainab", "Ali", "Hiba", "Saad", "Rana", "Tariq", "Samira"}
	longSurnames   = []string{"Khalil", "Jabouri", "Hamdani", "Obeidi", "Saleh", "Rawi", "Dulaimi", "Tamimi", "Shammari", "Hashimi", "Azzawi", "Janabi", "Karim", "Mansour", "Nouri", "Fadhil"}
	longRoles      = []string{"a resident of", "a shopkeeper in", "a nurse at the hospital in", "a teacher from", "a local council member in", "a farmer outside"}
	longCountries  = []string{"Iraq", "Syria", "Yemen", "Libya"}
	longVerbs      = []string{"struck", "bombed", "hit", "shelled"}
	longLabels     = []string{"ANCHOR", "REPORTER", "CORRESPONDENT", "PRESENTER"}
	longTowns      = []string{"Mosul", "Raqqa", "Tikrit", "Haditha", "Sinjar", "Kirkuk", "Baiji", "Manbij", "Hasakah", "Mayadin"}
)

// longPerson is a generated full name; with 16 x 16 names and an index
// suffix on some, a long text names hundreds of different people.
func longPerson(r *rand.Rand, i int) string {
	name := pick(r, longFirstNames) + " " + pick(r, longSurnames)
	if i%3 == 0 {
		name += " " + pick(r, longSurnames)
	}
	return name
}

// longShapes generate one document of at least size bytes each.
var longShapes = []struct {
	name, title string
	gen         func(r *rand.Rand, size int) string
}{
	// Many short strike sentences, each naming a place and a speaker.
	{"strikes", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for b.Len() < size {
			fmt.Fprintf(&b, "%s %s %s %s %s %s, %s.\n",
				capitalise(pick(r, benchActors)), pick(r, longVerbs), pick(r, benchTargets), pick(r, benchRel), pick(r, benchPlaces), pick(r, benchDays), pick(r, benchSpeakers))
		}
		return b.String()
	}},
	// One paragraph without a line break: strike sentences naming towns,
	// countries and areas, so that a rule looking back to the line's start
	// looks back over the whole text.
	{"paragraph", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%s %s %s in the al-%s area %s %s, %s, %s. ",
				capitalise(pick(r, benchActors)), pick(r, longVerbs), pick(r, benchTargets), pick(r, longSurnames), pick(r, benchRel), pick(r, benchPlaces), pick(r, longCountries), pick(r, benchSpeakers))
		}
		return b.String()
	}},
	// Many named people, each speaking about a strike on a place.
	{"people", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			p := longPerson(r, i)
			fmt.Fprintf(&b, "%s, %s %s, said %s %s %s %s. ",
				p, pick(r, longRoles), pick(r, benchPlaces), pick(r, benchActors), pick(r, longVerbs), pick(r, benchTargets), pick(r, benchDays))
			if i%2 == 0 {
				fmt.Fprintf(&b, "%s said %d people were killed. ", strings.Fields(p)[1], 2+r.IntN(20))
			}
			if i%4 == 3 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}},
	// Many quotes, attributed after and before the quotation.
	{"quotes", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			place := pick(r, benchPlaces)
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, "“We %s %s %s %s,” %s. ", pick(r, longVerbs), pick(r, benchTargets), pick(r, benchRel), place, pick(r, benchSpeakers))
			case 1:
				fmt.Fprintf(&b, "“There were no strikes in %s %s,” said %s, a spokesman. ", place, pick(r, benchDays), longPerson(r, i))
			default:
				fmt.Fprintf(&b, "%s said: “The planes came at night and hit %s in %s.” ", longPerson(r, i), pick(r, benchTargets), place)
			}
			if i%5 == 4 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}},
	// Quotations opened and never closed, and parentheses left open: a
	// rule that looks forward for the closing mark must not read on to the
	// text's end from each one.
	{"unclosed", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "“%s %s %s (%s %s, %s. ",
				capitalise(pick(r, benchActors)), pick(r, longVerbs), pick(r, benchTargets), pick(r, benchRel), pick(r, benchPlaces), pick(r, benchSpeakers))
			if i%6 == 5 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}},
	// Villages framed by their kind under a title that places the strike
	// only by a bearing from a town: each village is weighed against the
	// title's town.
	{"villages", "Jets kill dozens north of Mosul", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%s %s %s in the village of %s and the al-%s area, %s. ",
				capitalise(pick(r, benchActors)), pick(r, longVerbs), pick(r, benchTargets), pick(r, longFirstNames), pick(r, longSurnames), pick(r, benchSpeakers))
			if i%4 == 3 {
				fmt.Fprintf(&b, "Mosul itself was quiet %s.\n\n", pick(r, benchDays))
			}
		}
		return b.String()
	}},
	// A base named in full again and again, and by its bare code: the
	// bare mentions are found once per code, not once per full mention.
	{"bases", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			if i%3 == 2 {
				fmt.Fprintf(&b, "Missiles hit T4 %s, %s. ", pick(r, benchDays), pick(r, benchSpeakers))
			} else {
				fmt.Fprintf(&b, "%s %s %s at the T4 air base near %s, %s. ",
					capitalise(pick(r, benchActors)), pick(r, longVerbs), pick(r, benchTargets), pick(r, benchPlaces), pick(r, benchSpeakers))
			}
			if i%5 == 4 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}},
	// A broadcast transcript run together on one line: turns that address
	// a name after the speaker's label ("REPORTER: Raqqa, ..."), with towns
	// in parentheses and joined by slashes as datelines write them. A rule
	// looking back to the line's start for each must not read the whole
	// line again.
	{"turns", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%s: %s, %s %s %s (%s) %s, %s. Witnesses in %s/%s said the strikes went on %s. ",
				pick(r, longLabels), pick(r, longTowns), pick(r, benchActors), pick(r, longVerbs), pick(r, benchTargets), pick(r, longTowns),
				pick(r, benchDays), pick(r, benchSpeakers), pick(r, longTowns), pick(r, longTowns), pick(r, benchDays))
		}
		return b.String()
	}},
	// People whose surname is a town's name ("Ahmed al-Haditha"), and the
	// towns named again bare: each bare town is looked for as a surname
	// before it, and each surname found is weighed against the places.
	{"surnames", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%s al-%s, %s %s, said %s %s %s %s. %s was hit again %s, %s. ",
				pick(r, longFirstNames), pick(r, longTowns), pick(r, longRoles), pick(r, benchPlaces), pick(r, benchActors), pick(r, longVerbs),
				pick(r, benchTargets), pick(r, benchDays), pick(r, longTowns), pick(r, benchDays), pick(r, benchSpeakers))
			if i%5 == 4 {
				b.WriteString("\n\n")
			}
		}
		return b.String()
	}},
	// A live blog: hundreds of timestamped entries, each a short report.
	{"liveblog", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		b.WriteString("Live: strikes across the north, latest updates\n\n")
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "%02d:%02d GMT\n\n%s %s %s %s %s, %s. ",
				(23-i/60%24+24)%24, 59-i%60, capitalise(pick(r, benchActors)), pick(r, longVerbs), pick(r, benchTargets), pick(r, benchRel), pick(r, benchPlaces), pick(r, benchSpeakers))
			switch i % 3 {
			case 0:
				b.WriteString(pick(r, benchFiller))
			case 1:
				// a toll revised entry after entry, as live blogs do
				fmt.Fprintf(&b, "The health ministry raised the death toll to %d from %d.", 20+i, 19+i)
			default:
				fmt.Fprintf(&b, "At least %d civilians were killed, %s said.", 1+r.IntN(30), longPerson(r, i))
			}
			b.WriteString("\n\n")
		}
		return b.String()
	}},
	// Long bullet lists of strikes under a few headings.
	{"bullets", "", func(r *rand.Rand, size int) string {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			if i%40 == 0 {
				fmt.Fprintf(&b, "\nCoalition strikes reported %s:\n\n", pick(r, benchDays))
			}
			fmt.Fprintf(&b, "- %s %s %s: %s struck %s, killing %d.\n",
				capitalise(pick(r, benchRel)), pick(r, benchPlaces), pick(r, benchDays), pick(r, benchActors), pick(r, benchTargets), 1+r.IntN(12))
		}
		return b.String()
	}},
}

func capitalise(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// BenchmarkExtractLongText extracts one generated document per shape and size
// (25, 50 and 100 KB). ns/op at kb=100 over kb=25 near 4 is linear; a larger
// ratio marks a rule whose cost grows with the document.
func BenchmarkExtractLongText(b *testing.B) {
	g, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	e := New(g, actors.New())
	for _, shape := range longShapes {
		for _, kb := range benchLongSizes() {
			text := shape.gen(rand.New(rand.NewPCG(2017, uint64(kb))), kb<<10)
			doc := model.Document{ID: shape.name, Title: shape.title, Text: text, Published: "2017-06-30"}
			b.Run(fmt.Sprintf("shape=%s/kb=%d", shape.name, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				claims := 0
				cpu0 := cputime.Process()
				for i := 0; i < b.N; i++ {
					c, _ := e.Extract(doc)
					claims = len(c)
				}
				// CPU time, not wall time: the ratio between sizes must not
				// depend on what else the machine runs.
				b.ReportMetric(float64((cputime.Process()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
				b.ReportMetric(float64(claims), "claims")
			})
		}
	}
}

// benchLongSizes are the document sizes in KB: 25, 50 and 100, or the
// comma-separated list in BENCH_LONG_KB (to look further, e.g. "100,400").
func benchLongSizes() []int {
	v := os.Getenv("BENCH_LONG_KB")
	if v == "" {
		return []int{25, 50, 100}
	}
	var sizes []int
	for _, f := range strings.Split(v, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			sizes = append(sizes, n)
		}
	}
	return sizes
}
