package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// Missed speakers: volunteers who watch aircraft, a health minister named
// in apposition, and locals.
// Every text is written for the test.
func TestSpeakerMissed(t *testing.T) {
	e := newTestExtractor(t)
	tests := []docCase{
		{"flight observers are local voices",
			model.Document{Text: "Flight observers in the countryside, who follow the jets by radio, said two Russian Su-34s bombed Khan Sheikhoun on Tuesday."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a flight monitoring network is a local voice",
			model.Document{Text: "A flight monitoring network in the north said a Russian jet struck a bakery in Ariha on Tuesday."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"aircraft observers are local voices",
			model.Document{Text: "According to aircraft observers, a Syrian helicopter dropped two barrel bombs on Kafr Nabl on Tuesday."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a health minister after an unknown name counts the dead",
			model.Document{Text: "Dr. Karwan Aziz, the province's health minister, told reporters that Turkish jets struck a farm near Zakho on Sunday, killing two shepherds."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
		{"locals are local voices",
			model.Document{Text: "Locals say a Turkish drone fired on a car near Amadiya on Sunday, killing a farmer."},
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}}},
	}
	runDocCases(t, e, reportBody, tests)
}
