package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestDiscreditedAndFlightDenials: a source that calls reports or their
// pictures invented, or whose pictures show no trace of a strike, denies
// the strike itself; a denied flight denies a side's part; and more forms
// that name who struck (an area held by a side, "either ... or", a flight
// phrase before the verb, "the strike it launched").
func TestDiscreditedAndFlightDenials(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"reports called staged deny the strike, not a side's part",
			model.Document{Text: "A nurse said Syrian jets bombed the bakery in Saqba on Monday. Moscow's defence ministry said the reports were staged."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}, {"russia-mod", "denies", nil, nil}}},
		{"pictures that show no craters deny the strike and are no proof of the speaker's own",
			model.Document{Text: "A nurse said jets bombed the bakery in Saqba on Monday. The Russian defence ministry said drone footage of the bakery showed no craters and no damage from any air raid."},
			[]triple{{"local-sources", "asserts", nil, nil}, {"russia-mod", "denies", nil, nil}}},
		{"pictures showing the place intact deny the strike",
			model.Document{Text: "The Russian defence ministry said satellite images showed the clinic in Saqba intact after the reported air strike."},
			[]triple{{"russia-mod", "denies", nil, nil}}},
		{"a source that tells of its own strike calls fake what reports say of it",
			model.Document{Text: "The Russian defence ministry said its jets destroyed a rebel depot near Saqba on Monday and dismissed reports of a strike on the bakery there as fake."},
			[]triple{{"russia-mod", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"no aircraft of a side flew there denies its part",
			model.Document{Text: "The Russian defence ministry said no Russian aircraft had flown over Saqba on Monday when the bakery was bombed."},
			[]triple{{"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a denial that the side's own aviation flew there",
			model.Document{Text: "A nurse said Russian jets bombed the bakery in Saqba on Monday. The Russian defence ministry denied that its aviation had flown over the town that day."},
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"russia-mod", "denies", nil, []string{"russia"}}}},
		{"a weapon fired from an area held by a side is that side's",
			model.Document{Text: "Medics said the rocket had been fired from an area held by Syrian government forces when it hit the school in Binnish on Monday."},
			[]triple{{"local-sources", "asserts", []string{"syria"}, nil}}},
		{"a weapon fired from areas under a side's control is that side's",
			model.Document{Text: "The UN office said the shells were fired from areas under the control of Syrian government forces and struck a school in Binnish on Monday."},
			[]triple{{"un", "asserts", []string{"syria"}, nil}}},
		{"either one side or another names both",
			model.Document{Text: "A monitor said the raid on the bakery in Saqba on Monday was carried out by either Russian or Syrian jets."},
			[]triple{{"ngo", "asserts", []string{"russia", "syria"}, nil}}},
		{"a flight phrase between an arm and its verb",
			model.Document{Text: "Syria's state news agency said Israeli jets flying over Lebanon had fired missiles at a depot near Masyaf on Sunday."},
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}}},
		{"the strike it launched is the speaker's own",
			model.Document{Text: "The Pentagon said the drone strike it launched near Kandahar on Sunday had killed a bomb maker."},
			[]triple{{"us-dod", "asserts", []string{"us"}, nil}}},
		{"no sortie by a side's air force denies its part",
			model.Document{Text: "The monitor said its logs record no sortie by the Syrian air force over Ariha before the market was bombed on Monday."},
			[]triple{{"ngo", "denies", nil, []string{"syria"}}}},
		{"the pilots of an arm set after a comma struck",
			model.Document{Text: "A U.S. official said the jet that bombed the market in Tikrit on Monday was one of the Su-25 jets sent to Iraq last month, flown by Iranian pilots."},
			[]triple{{"us-official", "asserts", []string{"iran"}, nil}}},
		{"a quoted object of no strikes denies the subject",
			model.Document{Text: "A coalition spokesman said the coalition had conducted \"no strikes near Baghuz\" on Friday."},
			[]triple{{"cjtf-oir", "denies", nil, []string{"coalition"}}}},
	}
	runDocCases(t, e, caseDoc{}, tests)
}

// TestQuotedSourceSeat: a source "quoted by" an outlet in a city speaks
// from the outlet's city; the city is not where the strike was.
func TestQuotedSourceSeat(t *testing.T) {
	e := gazExtractor(t)
	text := "Shells hit the camp near Qah on Wednesday, rescuers said.\n\nA military source quoted by a pro-government newspaper in Damascus said that the army had not shelled the camp.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Title: "Camp shelled", Published: "2019-11-21", Text: text})
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	if got := claims[len(claims)-1].Where.Name; got == "Damascus" {
		t.Errorf("denial placed at the outlet's city %q", got)
	}
}
