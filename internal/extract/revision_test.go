package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/extract/sentences"
	"github.com/crosscheck/crosscheck/internal/model"
)

// figureText writes counts as "killed/unknown=3" for the revision tests.
func figureText(ns []model.Count) string {
	var out []string
	for _, n := range ns {
		v := "?"
		if n.Min != nil && n.Max != nil && *n.Min == *n.Max {
			v = fmt.Sprint(*n.Min)
		} else if n.Min != nil && n.Max != nil {
			v = fmt.Sprintf("%d-%d", *n.Min, *n.Max)
		}
		out = append(out, n.Kind+"/"+n.Group+"="+v)
	}
	return strings.Join(out, " ")
}

// A source correcting its own toll: the standing figure in counts, the
// withdrawn one in revises, and no retracts claim.
func TestRevisedTolls(t *testing.T) {
	e := newTestExtractor(t)
	type want struct{ speaker, stance, counts, revises string }
	tests := []struct {
		name string
		text string
		want []want // the claims that revise, in order
	}{
		{"corrected the figure to, withdrawn figure in the same sentence",
			"Russian missiles hit a hospital in Kharkiv, killing four people, the health ministry said. The ministry had first said six people were killed, but later corrected the figure to four.",
			[]want{{"local-sources", "asserts", "killed/unknown=4", "killed/unknown=6"}}},
		{"a correction in the next sentence, with no speaker of its own",
			"Paramedics said Turkish drones had hit the tractor near Kobani. The paramedics first said five people had been killed. They corrected the figure to three on Tuesday morning.",
			[]want{{"local-sources", "asserts", "killed/unknown=3", "killed/unknown=5"}}},
		{"lowered its toll",
			"An Israeli air strike hit a house in Khan Younis, the health ministry said. The health ministry, which had said 11 people were killed, later lowered its toll to nine.",
			[]want{{"local-sources", "asserts", "killed/unknown=9", "killed/unknown=11"}}},
		{"not the figure it reported",
			"A Russian air strike hit the market in Saraqib on Sunday. Rescuers now say eight people were killed in the strike, not the 10 they reported at first.",
			[]want{{"local-sources", "asserts", "killed/unknown=8", "killed/unknown=10"}}},
		{"a correction told after a colon, with the figure it withdraws",
			"Iranian drones hit a camp outside Koya on Tuesday.\n\nThe Kurdistan Region's health ministry corrected its toll on Wednesday: nine people were killed in the attack, not the eleven it announced on Tuesday night.",
			[]want{{"local-sources", "asserts", "killed/unknown=9", "killed/unknown=11"}}},
		{"the next sentence's figure that joined the corrected claim stays",
			"Iranian drones hit a camp outside Koya on Tuesday.\n\nThe Kurdistan Region's health ministry corrected its toll on Wednesday: nine people were killed in the attack, not the eleven it announced on Tuesday night. Forty were wounded.",
			[]want{{"local-sources", "asserts", "killed/unknown=9 injured/unknown=40", "killed/unknown=11"}}},
		{"the withdrawn figure after the standing one, across a comma",
			"Rescuers said 21 people were killed when Russian jets hit the market in Ariha on Monday. On Tuesday the rescuers lowered the toll to 17, from the 21 they gave at first.",
			[]want{{"local-sources", "asserts", "killed/unknown=17", "killed/unknown=21"}}},
		{"the withdrawn figure in a clause of how it was given",
			"The civil defence on Tuesday lowered the toll from Monday's Russian air strike on the market in Ariha to 17, saying it had counted some of the dead twice when it announced 21 dead on Monday.",
			[]want{{"local-sources", "asserts", "killed/unknown=17", "killed/unknown=21"}}},
		{"the correct number, not the withdrawn one",
			"Russian jets hit the market in Ariha on Monday, killing dozens, rescuers said. \"The correct number of dead is 17, not 21,\" a rescuer said on Tuesday.",
			[]want{{"local-sources", "asserts", "killed/civilians=17", "killed/civilians=21"}}},
		{"a long figure noun phrase before the standing figure",
			"The council has revised the number of people killed in Monday's Russian air strike on the market in Ariha to 17, down from 21.",
			[]want{{"journalist", "asserts", "killed/unknown=17", "killed/unknown=21"}}},
		{"the correct figure for a place and day, not the one the group reported",
			"A rights group said on 5 May that artillery shells had killed seven civilians in the old quarter of Tafas on 4 May. After checking the names with families, the group found that one of them died elsewhere. The correct figure for the old quarter on 4 May is six, not the seven it reported.",
			[]want{{"ngo", "asserts", "killed/unknown=6", "killed/unknown=7"}}},
		{"a monitor revises its own range down",
			"A drone strike hit a bus station in Idlib on Friday. A war monitor said its first assessment gave a range of 40-60 civilians killed. It has since revised that range down to 25-45.",
			[]want{{"ngo", "asserts", "killed/civilians=25-45", "killed/civilians=40-60"}}},
		{"a revised range replaces the earlier range, not a part of it",
			"A drone strike hit a bus station in Idlib on Friday. A war monitor said its first assessment gave a range of 40-60 civilians killed, at least 12 of them children. It has since revised that range down to 25-45.",
			[]want{{"ngo", "asserts", "killed/civilians=25-45", "killed/civilians=40-60"}}},
		{"a body that lowers its own toll speaks, and the figure it had announced is withdrawn",
			"Turkish drones struck a fuel depot near Qamishli on Monday. The health ministry on Wednesday revised the number of people it says died in the attack on the depot to nine, down from the 12 it had announced on Monday, explaining that three bodies had been counted twice.",
			[]want{{"local-sources", "asserts", "killed/unknown=9", "killed/unknown=12"}}},
		{"an aside between the figure noun and the standing figure",
			"The health directorate revised down the number of people killed in the shelling of Kafr Nabl, blamed on government forces, to six from the eight it had given.",
			[]want{{"local-sources", "asserts", "killed/unknown=6", "killed/unknown=8"}}},
		{"the subject a dateline follows revises with its second verb",
			"ERBIL (Wire) - The health ministry on Friday raised to five the number of people killed when Turkish drones struck a car near Sidakan, and revised the number of wounded down to 4 from the 6 it had first given.",
			[]want{{"local-sources", "asserts", "injured/unknown=4 killed/unknown=5 vehicles_struck/unknown=1", "injured/unknown=6"}}},
		{"a later sentence that repeats the standing figure adds no second one",
			"The health ministry has revised the number of people killed in Monday's Israeli strike on a house in Rafah to nine, down from 11. The new tally also raises the number of wounded to 30. \"Our figure is nine martyrs,\" an official said.",
			[]want{{"local-sources", "asserts", "killed/unknown=9 injured/unknown=30", "killed/unknown=11"}}},
		{"a toll that rises is an update",
			"An air strike hit the bakery in Maarat on Friday, rescuers said. Rescuers said the toll rose to 30 after more bodies were found.",
			nil},
		{"revised up is a rise, not a correction",
			"An air strike hit the bakery in Maarat on Friday, rescuers said. Rescuers first said 12 people were killed and then revised the toll up to 30.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			var got []want
			for _, c := range claims {
				if c.Stance == model.StanceRetracts && len(c.PerpetratorsAsserted) == 0 {
					t.Errorf("a corrected toll made a retracts claim: %q", c.Quote)
				}
				if len(c.Revises) > 0 {
					got = append(got, want{c.Speaker, c.Stance, figureText(c.Counts), figureText(c.Revises)})
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestFindRevision(t *testing.T) {
	tests := []struct {
		sentence  string
		standing  int
		withdrawn int
		ok        bool
	}{
		{"the ministry corrected the toll to two", 2, 0, true},
		{"it revised down the number of dead to 12", 12, 0, true},
		{"the official said the correct number was five", 5, 0, true},
		{"the agency corrected it to seven on Monday", 7, 0, true},
		{"14 were killed, not the 16 it reported this morning", 0, 16, true},
		{"the toll rose to 30", 0, 0, false},
		{"the ministry lowered the toll to 14, from the 18 it gave", 14, 18, true},
		{"it revised the number of wounded in Monday's raid on the port to 40 from 43", 40, 43, true},
		{"the council revised its toll upward to 40", 0, 0, false},
		{"the directorate revised down the number killed in the shelling, blamed on the army, to six from eight", 6, 8, true},
		{"the army corrected the report, saying 20 were killed", 0, 0, false},
		{"the council lowered the toll from the market bombing to 31, saying some dead were counted twice when it announced 40 dead on Friday", 31, 40, true},
		{"\"The correct number of dead is 31, not 40,\" the mayor said", 31, 40, true},
		{"the correct number of dead is 31, officials said", 31, 0, true},
		{"the correct figure for the eastern quarter on 3 May is six, not the seven we reported", 6, 7, true},
		{"the correct figure for the eastern quarter on 3 May is six, not seven", 6, 7, true},
		{"the correct spelling of the village, which lies on the road to the north, is Tell Abyad", 0, 0, false},
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence, 0, len(tc.sentence), nil)
		rv, ok := findRevision(toks)
		if ok != tc.ok || ok && (rv.standing != tc.standing || rv.withdrawn != tc.withdrawn) {
			t.Errorf("%q: got %+v %v, want standing %d withdrawn %d %v", tc.sentence, rv, ok, tc.standing, tc.withdrawn, tc.ok)
		}
	}
}

// A withdrawal verb that names what it withdraws refers to the speaker's
// earlier claim.
func TestNamedWithdrawal(t *testing.T) {
	e := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"withdrew the statement",
			"The Hashd blamed a Turkish drone for the blast at its post near Sinjar. Two days later the Hashd withdrew the statement.",
			[]triple{{"pmf", "asserts", []string{"turkey"}, nil}, {"pmf", "retracts", []string{"turkey"}, nil}}},
		{"deleted its post",
			"The Hashd said an Israeli drone had struck its depot near Balad. By the evening the Hashd had deleted its post.",
			[]triple{{"pmf", "asserts", []string{"israel"}, nil}, {"pmf", "retracts", []string{"israel"}, nil}}},
		{"withdrew the remark",
			"A district official said Russian drones struck the grain store near Izium. He withdrew the remark an hour later.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"local-sources", "retracts", []string{"russia"}, nil}}},
		{"the council: the body named before by its head noun",
			"The municipal council of Kafr Nabl said a Russian jet bombed the bakery in Kafr Nabl. The council later withdrew the statement.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"local-sources", "retracts", []string{"russia"}, nil}}},
		{"before correcting: only the first account is withdrawn",
			"Yemen's state television first blamed Israeli jets for the raid on the market in Saada, before correcting its report to say US aircraft had struck it.",
			[]triple{{"local-sources", "asserts", []string{"israel", "us"}, nil}, {"local-sources", "retracts", []string{"israel"}, nil}}},
		{"the subject of a relative clause changed his account",
			"Ahmad Karim, the mayor of Zakho who on Sunday accused Turkish jets of the raid on the village, changed his account on Tuesday.",
			[]triple{{"local-sources", "asserts", []string{"turkey"}, nil}, {"local-sources", "retracts", []string{"turkey"}, nil}}},
		{"we have deleted our post, a time between",
			"The Kataib Hezbollah channel said a US drone struck its post near Balad. Later the Kataib Hezbollah channel wrote: \"We have deleted our 9:15 post about the US drone strike near Balad.\"",
			[]triple{{"pmf", "asserts", []string{"us"}, nil}, {"pmf", "asserts", []string{"us"}, nil}, {"pmf", "retracts", []string{"us"}, nil}}},
		{"a wire correction line retracts the actor it sets aside",
			"(Corrects paragraph 2 to show the raid was carried out by Syrian, not Russian, aircraft)\n\nA raid hit the bakery in Ariha on Monday, killing six people, rescuers said.",
			[]triple{{"journalist", "asserts", []string{"syria"}, nil}, {"journalist", "retracts", []string{"russia"}, nil}, {"local-sources", "asserts", nil, nil}}},
		{"a quoted withdrawal of the body's own first report",
			"CJTF-OIR said its aircraft struck a compound near Hajin on 2 May. \"Our first report of this strike, which said only fighters were killed, was not correct, and we withdraw it,\" CJTF-OIR said on Friday.",
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "retracts", nil, nil}}},
		{"a correction whose story is dated in an aside",
			"Russian jets struck the bakery in Ariha on Monday, rescuers said. Correction: An earlier version of this story, published on Tuesday, said that Syrian jets carried out the strike.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"journalist", "asserts", []string{"syria"}, nil}, {"journalist", "retracts", []string{"syria"}, nil}}},
		{"a correction that says who did strike: the narrator asserts the standing account, as its source does",
			"Jets struck the bakery in Ariha on Monday, rescuers said.\n\nCorrection: An earlier version of this story said that Syrian jets carried out the strike. The strike was carried out by Russian aircraft, as Russia's defence ministry said on Tuesday.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"journalist", "retracts", []string{"syria"}, nil}, {"journalist", "asserts", []string{"russia"}, nil}, {"russia-mod", "asserts", []string{"russia"}, nil}}},
		{"a correction that keeps one of two actors withdraws only the other, and its words stand",
			"Jets struck the bakery in Ariha on Monday, rescuers said.\n\nCorrection: An earlier version of this story said that Syrian and Russian jets carried out the strike. Only Russian jets took part, according to Russia's defence ministry.",
			[]triple{{"local-sources", "asserts", nil, nil}, {"journalist", "asserts", []string{"russia", "syria"}, nil}, {"journalist", "retracts", []string{"syria"}, nil}, {"journalist", "asserts", []string{"russia"}, nil}, {"russia-mod", "asserts", []string{"russia"}, nil}}},
		{"a correction that names no strike takes back the outlet's earlier words",
			"Russian jets struck the bakery in Ariha on Monday, rescuers said. Correction: An earlier version of this article said 12 bakers had been treated for burns.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"journalist", "retracts", nil, nil}}},
		{"a correction of where the strike fell takes back no account of it",
			"Russian jets struck the bakery in Ariha on Monday, rescuers said. Correction: An earlier version of this article said the bakery was on the western edge of the town.",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}}},
		{"a story corrected to remove a reference",
			"Russian jets struck the bakery in Ariha on Monday, rescuers said. (This story has been corrected to remove a reference in the first paragraph to a second raid.)",
			[]triple{{"local-sources", "asserts", []string{"russia"}, nil}, {"journalist", "retracts", nil, nil}}},
		{"an earlier version that gave a ministry's figure is the outlet's retraction",
			"Jets struck army positions near Palmyra on Saturday, killing 40 soldiers, the monitor said. Correction: An earlier version of this article said the defence ministry put the number of soldiers killed at 55.",
			[]triple{{"ngo", "asserts", nil, nil}, {"journalist", "retracts", nil, nil}}},
		{"confirmed that the statement had been withdrawn",
			"The Hashd said a Turkish drone struck its post near Sinjar. A Hashd spokesman confirmed that the earlier statement had been withdrawn.",
			[]triple{{"pmf", "asserts", []string{"turkey"}, nil}, {"pmf", "retracts", []string{"turkey"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}

// A withdrawal that names no strike of its own is dated and placed by the
// claim it withdraws, not by the day of the withdrawal.
func TestWithdrawalTakesClaimDayAndPlace(t *testing.T) {
	e := gazExtractor(t)
	text := "Council withdraws drone claim\n\nThe municipal council of Mosul said a drone struck a house in Mosul on 3 May 2021. " +
		"A second drone struck a car near Tal Afar on 5 May, police said. On 6 May the council withdrew the statement."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-05-08", Text: text})
	if len(claims) != 3 || claims[2].Stance != model.StanceRetracts {
		t.Fatalf("want two claims and a withdrawal, got %+v", claims)
	}
	if w := claims[2]; w.When.From != "2021-05-03" || w.Where.Name != "Mosul" {
		t.Errorf("withdrawal dated %s at %q, want the claim's 2021-05-03 at Mosul", w.When.From, w.Where.Name)
	}
}

// An outlet's correction of its own story is about the story's strike, not
// the day the sentence before it named.
func TestStoryCorrectionDate(t *testing.T) {
	e := newTestExtractor(t)
	text := "A drone strike killed two men in a car on Tuesday, police said. Such strikes have been frequent since March. " +
		"CORRECTION: An earlier version of this story said the strike was carried out by Israeli aircraft."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2024-05-09", Text: text})
	lead := ""
	n := 0
	for _, c := range claims {
		if lead == "" {
			lead = c.When.From
		}
		if ownCorrection(c.Quote) {
			n++
			if c.When.From != lead {
				t.Errorf("correction dated %s, the story's strike %s", c.When.From, lead)
			}
		}
	}
	if n == 0 || lead == "" {
		t.Errorf("no correction claim or no lead date: %+v", claims)
	}
}

// The filter must let through every word the revision scan reads.
func TestMayReviseCoversTheScan(t *testing.T) {
	for _, w := range append(append([]string{}, revisionVerbList...), correctWordList...) {
		if !mayRevise("the ministry " + w + " the toll") {
			t.Errorf("mayRevise turns away %q, a word findRevision reads", w)
		}
	}
	if !mayRevise("14 were killed, not the 16 it reported") {
		t.Error(`mayRevise turns away "not the"`)
	}
	if mayRevise("State television said 14 people were killed.") {
		t.Error(`mayRevise lets "television" through`)
	}
	// Its one pass finds what a strings.Contains per stem finds, at every
	// cut of a text holding each stem, others' prefixes and near misses.
	text := "Not the educated amend; correct, revised. Lowered cut executed accurate actual djust owngrad owere owers owering mend ot th"
	for i := 0; i <= len(text); i++ {
		for j := i; j <= len(text); j++ {
			s, want := text[i:j], false
			for _, w := range revisionStems {
				want = want || strings.Contains(s, w)
			}
			if got := mayRevise(s); got != want {
				t.Fatalf("mayRevise(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// reviseTolls reads only the sentences where the prefilter found a word
// findRevision starts from (hitRevision): every token that is one must
// start at such a hit, whatever its case or what surrounds it.
func TestRevisionHitsCoverTheWords(t *testing.T) {
	texts := []string{
		"CORRECTION: The ministry Corrected the toll to two, not the 16 it reported.",
		"“Revised” figures (lowered/reduced), re-cut — 'adjusted', amends; DOWNGRADES…accurate:actual.not",
		"He said:not the 5 it gave.\nNOT the 6.",
	}
	texts = developmentTexts(t, texts...)
	pre := buildPrefilter()
	found := 0
	for _, text := range texts {
		at := map[int]bool{}
		for _, h := range pre.scan(text, nil) {
			if h.kind == hitRevision {
				at[h.pos] = true
			}
		}
		for _, s := range sentences.Split(text) {
			for _, tok := range tokenize(text, s.Start, s.End, nil) {
				if revisionVerbs.has(tok.Norm) || correctWords.has(tok.Norm) || tok.Norm == "not" {
					found++
					if !at[tok.Start] {
						t.Fatalf("no revision hit at %q (byte %d)", tok.Norm, tok.Start)
					}
				}
			}
		}
	}
	t.Logf("%d words findRevision starts from, each at a hit", found)
}

// A monitor's note that its assessment was first published with another
// range is about the assessment's strike: the revision that follows it is
// dated by that strike, not by the note, and the note itself takes nothing
// back (the revision does).
func TestFirstPublishedNoteDate(t *testing.T) {
	e := newTestExtractor(t)
	text := "Coalition aircraft struck a house in the old city on 4 June 2017, killing between 3 and 6 civilians, local sources said.\n\n" +
		"Update (30 July 2017): this entry was first published on 10 June with a range of 3-6 civilians killed. We revised it to 7-11 after a relative sent us the names."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2017-07-30", Text: text})
	revised := false
	for _, c := range claims {
		if c.Speaker == model.Journalist && c.Stance == model.StanceRetracts {
			t.Errorf("the note made a retraction of its own: %q", c.Quote)
		}
		if len(c.Revises) > 0 {
			revised = true
			if c.When.From != "2017-06-04" {
				t.Errorf("revision dated %s, the strike 2017-06-04: %q", c.When.From, c.Quote)
			}
		}
	}
	if !revised {
		t.Errorf("no revision read: %+v", claims)
	}
}

func TestOwnCorrectionNotes(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Correction: An earlier version of this story said the drone was Turkish.", true},
		{"Note: this report was originally published on 2 March with a toll of 12.", true},
		{"The photo was first published in 2017 by a news agency.", false},
		{"The ministry first published its figures on Monday.", false},
	} {
		if got := ownCorrection(tc.s); got != tc.want {
			t.Errorf("ownCorrection(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// An outlet's correction that withdraws only a toll takes back the figure,
// not its account of the strike: no retraction, the figure goes to revises.
func TestFigureCorrectionRevisesToll(t *testing.T) {
	e := newTestExtractor(t)
	text := "Artillery shells hit the market in Maarat al-Numan on Tuesday, rescuers said.\n\n" +
		"Correction, 3 June: An earlier version of this report said 11 people were killed in the shelling. The rescuers' figure is eight."
	claims, _ := e.Extract(model.Document{ID: "t", Published: "2021-06-03", Text: text})
	revised := false
	for _, c := range claims {
		if c.Stance == model.StanceRetracts {
			t.Errorf("want no retraction of a corrected toll, got %+v", c)
		}
		for _, r := range c.Revises {
			revised = revised || r.Kind == "killed" && r.Min != nil && *r.Min == 11
		}
	}
	if !revised {
		t.Errorf("want the withdrawn 11 killed in revises, got %+v", claims)
	}
}

// Fighters withdrawing from a position move away; they take nothing back.
func TestTroopWithdrawalIsNoRetraction(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name string
		text string
		want []triple
	}{
		{"withdrawing from the positions",
			"Iraq's defence ministry said its jets struck a column of militants withdrawing from their positions near Rutba on Monday.",
			[]triple{{"iraq-mod", "asserts", []string{"iraq-air-force"}, nil}}},
		{"before withdrawing into the desert",
			"Gunmen attacked a checkpoint near Rutba on Monday before withdrawing into the desert, police said.",
			[]triple{{"iraqi-sources", "asserts", nil, nil}}},
		{"withdrawing the news is a retraction",
			"Syrian state television announced an Israeli raid on the depot near Masyaf before withdrawing the news.",
			[]triple{{"syria-gov", "asserts", []string{"israel"}, nil}, {"syria-gov", "retracts", []string{"israel"}, nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims, _ := e.Extract(model.Document{ID: "t", Text: tc.text})
			checkTriples(t, claims, tc.want)
		})
	}
}
