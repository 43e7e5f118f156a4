package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

func TestDbg(t *testing.T) {
	b, err := os.ReadFile("/tmp/s11/dbg.txt")
	if err != nil {
		t.Skip()
	}
	e := gazExtractor(t)
	for _, c := range strings.Split(string(b), "\n===\n") {
		doc := model.Document{ID: "t", Published: "2020-01-01"}
		var lines []string
		for _, l := range strings.Split(c, "\n") {
			switch {
			case strings.HasPrefix(l, "@kind="):
				doc.Kind = strings.TrimPrefix(l, "@kind=")
			case strings.HasPrefix(l, "@pub="):
				doc.Publisher = strings.TrimPrefix(l, "@pub=")
			default:
				lines = append(lines, l)
			}
		}
		doc.Text = strings.Join(lines, "\n")
		claims, _ := e.Extract(doc)
		fmt.Printf("--- %.70q\n", doc.Text)
		for _, tr := range triples(claims) {
			fmt.Printf("   %v\n", tr)
		}
	}
}
