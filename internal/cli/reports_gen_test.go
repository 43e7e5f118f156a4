package cli

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Vocabulary of the generated reports: enough variety that no two of a
// few thousand reports are near-copies, in the style of real wire copy.
var (
	genPlaces = []string{"Fallujah", "Ramadi", "Mosul", "Taji", "Hit", "Haditha", "Qaim", "Tikrit",
		"Baiji", "Samarra", "Raqqa", "Deir ez-Zor", "Abu Kamal", "Manbij", "Tabqa", "Tal Afar"}
	genSpeakers = []string{"the U.S.-led coalition", "Iraq's Ministry of Defence", "the Joint Operations Command",
		"a spokesman for the Popular Mobilization Forces", "local sources", "Iraqi state television",
		"a U.S. official who spoke on condition of anonymity", "residents", "Airwars", "the Syrian Observatory"}
	genTargets    = []string{"a convoy", "a checkpoint", "a house", "a weapons depot", "a bridge", "a vehicle", "a command post", "an oil truck"}
	genEvents     = []string{"an air strike", "a drone strike", "artillery fire", "a helicopter attack", "coalition strikes"}
	genDays       = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	genPublishers = []string{"Levant Wire", "Gulf Daily Monitor", "Conflict Monitor", "Tigris News", "Euphrates Post"}
	genFiller     = []string{
		"The area has seen repeated fighting in recent weeks.",
		"It was not possible to verify the figures independently.",
		"Roads into the district remained closed on %s, residents said.",
		"Officials said more details would be released later.",
		"Aid groups have warned that thousands of families are trapped in the area.",
		"The claim could not be confirmed by other sources.",
	}
)

// genReport returns the i-th generated report: a header block and four to
// eight paragraphs of attributed claims about strikes.
func genReport(r *rand.Rand, i int) string {
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	place := pick(genPlaces)
	var b strings.Builder
	fmt.Fprintf(&b, "Title: %s near %s: %d reported killed (report %d)\n", capitalise(pick(genEvents)), place, 2+r.IntN(60), i)
	fmt.Fprintf(&b, "Publisher: %s\nPublished: %d-%02d-%02d\nKind: news\n\n", pick(genPublishers), 2014+r.IntN(7), 1+r.IntN(12), 1+r.IntN(28))
	fmt.Fprintf(&b, "%s (%s) - ", strings.ToUpper(place), pick(genPublishers))
	for p := range 4 + r.IntN(5) {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for range 2 + r.IntN(2) {
			switch r.IntN(4) {
			case 0:
				fmt.Fprintf(&b, "%s said %s hit %s %d km %s of %s on %s, killing %d people. ",
					capitalise(pick(genSpeakers)), pick(genEvents), pick(genTargets), 2+r.IntN(40),
					pick([]string{"north", "south", "east", "west", "southwest"}), pick(genPlaces), pick(genDays), 1+r.IntN(300))
			case 1:
				fmt.Fprintf(&b, "%s denied that %s had carried out any strike near %s on %s. ",
					capitalise(pick(genSpeakers)), pick(genSpeakers), pick(genPlaces), pick(genDays))
			case 2:
				fmt.Fprintf(&b, "\"We destroyed %d vehicles and killed more than %d fighters,\" %s said. ",
					5+r.IntN(250), 10+r.IntN(700), pick(genSpeakers))
			default:
				filler := pick(genFiller)
				if strings.Contains(filler, "%s") {
					filler = fmt.Sprintf(filler, pick(genDays))
				}
				b.WriteString(filler + " ")
			}
		}
	}
	// A trailing reference makes every report unique, as a wire slug would.
	fmt.Fprintf(&b, "\n\n(Reporting by desk %d; editing by team %d; ref %d-%d)\n", r.IntN(1000), r.IntN(1000), i, r.Int64())
	return b.String()
}

func capitalise(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// writeReports writes n generated reports into dir (100 per sub-folder)
// and returns their total size in bytes.
func writeReports(tb testing.TB, dir string, n int, seed uint64) int64 {
	tb.Helper()
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	var total int64
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		text := genReport(r, i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("report-%05d.txt", i)), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
		total += int64(len(text))
	}
	return total
}
