package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestEventDetectionAndDates checks strikes told in forms that once gave no
// claim, and the dates that headings, claims and answered accounts give.
// Each case wants a claim whose quote holds quote, dated day, and, when
// place is set, placed there.
func TestEventDetectionAndDates(t *testing.T) {
	e := gazExtractor(t)
	tests := []struct {
		name, published, text, quote, day, place string
	}{
		{
			name:      "a strike on a fixed-day holiday is dated by the holiday, not the report's day",
			published: "2019-01-09",
			text:      "Head\n\nBAGHDAD, Jan 9 (Agency) - Militants fired rockets at the airbase near Balad on New Year's Eve, killing one contractor, the army said.\n",
			quote:     "killing one", day: "2018-12-31", place: "Balad",
		},
		{
			name:      "a lede placed only at its dateline takes the place and day of the strike told next",
			published: "2023-04-11",
			text:      "Head\n\nDAMASCUS (Agency) - Turkish drone strikes in north-eastern Syria killed four members of the Syrian Democratic Forces, the SDF said on Monday.\n\nThe strikes late on Sunday hit a checkpoint near Qamishli, the latest in a series of raids on the area.\n",
			quote:     "killed four", day: "2023-04-09", place: "Qamishli",
		},
		{
			name:      "an accusation dated only by the day it was made takes the strike day told of the same place",
			published: "2023-04-13",
			text:      "Head\n\nANKARA (Agency) - The SDF on Wednesday accused Turkey of sending the drones that struck a fuel depot near Qamishli.\n\nThe drones hit the depot late on Sunday, killing two guards, residents said.\n",
			quote:     "on Wednesday accused", day: "2023-04-09", place: "Qamishli",
		},
		{
			name:      "the strike day of an account of the same kind outweighs an earlier attack of no kind at the place",
			published: "2023-04-13",
			text:      "Head\n\nANKARA (Agency) - The SDF on Wednesday accused Turkey of sending the drones that struck a fuel depot near Qamishli.\n\nThe drones hit the depot late on Sunday, killing two guards, residents said.\n\nAn attack near Qamishli on Friday wounded a guard, the SDF said.\n",
			quote:     "on Wednesday accused", day: "2023-04-09", place: "Qamishli",
		},
		{
			name:      "an inquiry's stretch does not date the strike the passage goes on with",
			published: "2023-06-20",
			text:      "Head\n\nAn air strike killed farmers near Qamishli on 3 April 2023, according to the monitor, which interviewed witnesses between 10 April and 2 May 2023. The monitor concludes that five people were killed in the strike.\n",
			quote:     "five people", day: "2023-04-03", place: "Qamishli",
		},
		{
			name:      "a toll told later counts the strike it names, not the passage's later day or place",
			published: "2023-06-20",
			text:      "Head\n\nTurkish drones struck a depot near Qamishli on 3 April 2023, the monitor said.\n\nAnkara on Thursday rejected a report by the group in Damascus. The monitor had put the toll at nine fighters killed and 12 wounded.\n",
			quote:     "put the toll", day: "2023-04-03", place: "Qamishli",
		},
		{
			name:      "a war's start in a since clause does not date the strike the main clause tells",
			published: "2023-04-13",
			text:      "Head\n\nFor the first time since the clashes on the frontier began in January, jets struck a depot near Qamishli, killing three guards, a monitor said.\n\nA resident told us two of the guards were killed in the strike.\n",
			quote:     "two of the guards", day: "2023-04-13", place: "Qamishli",
		},
		{
			name:      "a later day on which a toll was counted does not date the strike",
			published: "2023-04-15",
			text:      "Head\n\nOn Wednesday evening drones struck a market in Qamishli.\n\nOn Friday the health authority put the final toll at 31 dead. The monitor says 40 people died in the strike.\n",
			quote:     "40 people", day: "2023-04-12", place: "Qamishli",
		},
		{
			name:      "'the city' taken back to a speaking capital does not move the passage there",
			published: "2022-03-04",
			text:      "Head\n\nTwo days after the strike on Tartus's docks, new pictures of the quay are in.\n\nDamascus says missiles hit the quay early on Wednesday, fired from the sea west of the city. My own view is that this was an Israeli strike.\n",
			quote:     "My own view", day: "2022-03-02", place: "Tartus",
		},
		{
			name:      "a sentence opened by a capital abroad where the speaker was does not move the passage there",
			published: "2023-04-13",
			text:      "Head\n\nJets struck a depot near Qamishli on Tuesday, killing four guards, the monitor said.\n\nIn Ankara, a defence ministry spokesman said the jets had hit only militants. Residents said the strike also killed a shepherd.\n",
			quote:     "a shepherd", day: "2023-04-11", place: "Qamishli",
		},
		{
			name:      "a day in a comparison's second term dates the other strike, not the passage",
			published: "2023-04-13",
			text:      "Head\n\nJets struck a fuel depot near Qamishli on Tuesday, 11 April, the monitor said.\n\nThe smoke rose far higher than the blaze after the raid of 2 March, when two tanks burned. Residents said the strike killed a guard.\n",
			quote:     "killed a guard", day: "2023-04-11", place: "Qamishli",
		},
		{
			name:      "a claim naming a town dated before takes that town's day, not the day told since of another town",
			published: "2023-04-13",
			text:      "Head\n\nJets struck a depot near Qamishli on Wednesday, killing four guards, the monitor said.\n\nThe raid came a day after a drone hit a checkpoint in Hasakah on Tuesday evening, officials said.\n\nA spokesman for the Kurdish-led forces said the strike near Qamishli had killed six of its fighters.\n",
			quote:     "six of its fighters", day: "2023-04-12", place: "Qamishli",
		},
		{
			name:      "munitions fell on",
			published: "2023-04-13",
			text:      "Head\n\nTurkish missiles and drones fell on the villages around Qamishli on Tuesday, residents said.\n",
			quote:     "fell on", day: "2023-04-11", place: "Qamishli",
		},
		{
			name:      "a day after the strike",
			published: "2023-04-13",
			text:      "Head\n\nMourners in Qamishli marched today, Thursday, a day after Turkish drones struck a bakery in the town.\n",
			quote:     "bakery", day: "2023-04-12", place: "Qamishli",
		},
		{
			name:      "a background day counted back does not date the next sentence",
			published: "2023-04-13",
			text:      "Head\n\nTurkish drones struck a depot near Qamishli on Tuesday, in what Ankara called a reply to an ambush three days earlier. A monitor said six fighters were killed at the depot.\n",
			quote:     "six fighters", day: "2023-04-11", place: "Qamishli",
		},
		{
			name:      "a strike told on a day is not later than that day",
			published: "2023-04-14",
			text:      "Head\n\nThe army on Friday withdrew its claim that Syrian jets had hit a militant camp near Qamishli earlier this week, saying Russian jets had carried out the raid. The army had said on Tuesday that Syrian jets hit the camp at dawn, killing five fighters.\n",
			quote:     "killing five", day: "2023-04-11", place: "Qamishli",
		},
		{
			name:      "tonight in a sentence with no strike dates the telling",
			published: "2023-04-13",
			text:      "Head\n\nTurkish drones struck a depot near Qamishli on Tuesday. There is news tonight. A monitor said six fighters were killed at the depot.\n",
			quote:     "six fighters", day: "2023-04-11", place: "Qamishli",
		},
		{
			name:      "shells rained down on",
			published: "2023-04-13",
			text:      "Head\n\nRussian shells rained down on Idlib on Tuesday, killing four.\n",
			quote:     "rained down", day: "2023-04-11", place: "Idlib",
		},
		{
			name:      "narrator's own sources",
			published: "2019-05-20",
			text:      "Head\n\nOn 3 May, according to information we have received, air strikes on a bakery in Ariha killed at least 9 civilians.\n",
			quote:     "bakery", day: "2019-05-03", place: "Ariha",
		},
		{
			name:      "narrated strike before a speaker's toll",
			published: "2021-12-11",
			text:      "Head\n\nIraqi jets struck a hideout in the desert west of Samarra on Thursday, and the Cell said six militants died.\n",
			quote:     "hideout", day: "2021-12-09", place: "Samarra",
		},
		{
			name:      "dated heading resolves its paragraph's weekday",
			published: "2024-03-15",
			text:      "Head\n\nTwo raids, months apart.\n\nHoms, 7 December 2023. The strike came late on a Thursday. The Syrian army said Israeli missiles hit a depot outside the city.\n",
			quote:     "depot", day: "2023-12-07",
		},
		{
			name:      "numbered heading line dated after a dash dates the item under it",
			published: "2021-02-01",
			text:      "Head\n\nThis note covers two shellings.\n\n3. Kafr Nabl, Idlib governorate - 14 November 2020\n\nOn a Saturday morning, shells fell on the market of Kafr Nabl, killing five civilians, a monitor said.\n",
			quote:     "shells fell", day: "2020-11-14", place: "Kafr Nabl",
		},
		{
			name:      "a strike likened to an earlier one keeps its own day",
			published: "2023-09-19",
			text:      "Head\n\nA drone struck a checkpoint near Kobani late on Monday, killing two guards, officials said. \"Turkey did this, as it did in March,\" the mayor told reporters.\n",
			quote:     "as it did in March", day: "2023-09-18",
		},
		{
			name:      "a later visit to the site does not date the claims after it",
			published: "2022-05-20",
			text:      "Head\n\nAt dawn on 3 May 2022 a drone struck a house near Kobani, killing two women, residents said. Our team visited the house on 6 May.\n\nThe SDF said Turkish drones carried out the strike.\n",
			quote:     "Turkish drones", day: "2022-05-03",
		},
		{
			name:      "days counted since the strike open the sentence",
			published: "2021-06-10",
			text:      "Head\n\nThree days after Russian jets bombed a bakery in Ariha, rescuers are still searching the rubble for the missing, the civil defence said.\n",
			quote:     "bakery", day: "2021-06-07", place: "Ariha",
		},
		{
			name:      "a count of days past a week opens the sentence",
			published: "2021-06-20",
			text:      "Head\n\nTwelve days after a drone hit a wedding tent near Ariha, the families have buried all of the dead, the civil defence said.\n",
			quote:     "wedding tent", day: "2021-06-08", place: "Ariha",
		},
		{
			name:      "weeks counted since the strike open the sentence",
			published: "2021-06-20",
			text:      "Head\n\nTwo weeks after jets bombed a school in Ariha, the pupils are taught in tents, the civil defence said.\n",
			quote:     "school", day: "2021-06-06", place: "Ariha",
		},
		{
			name:      "a funeral today for those killed by a strike on an earlier day",
			published: "2022-03-08",
			text:      "Head\n\nIn Hasakah today, hundreds buried the five guards killed when a drone struck their post on Sunday night, the SDF said.\n",
			quote:     "buried", day: "2022-03-06", place: "Hasakah",
		},
		{
			name:      "when a long campaign began is background",
			published: "2017-06-10",
			text:      "Head\n\nJets struck a market in Raqqa on 3 June 2017, killing 20 civilians, a monitor said. Residents describe the worst loss of life since the offensive began in May.\n\nThe coalition said its aircraft had struck ISIS fighters in Raqqa.\n",
			quote:     "ISIS fighters in Raqqa", day: "2017-06-03", place: "Raqqa",
		},
		{
			name:      "background month after the strike's day",
			published: "2022-11-21",
			text:      "Head\n\nAt dawn yesterday, Sunday, Turkish warplanes struck the region, in breach of the agreement of October 2019.\n\nIn Kobani, the aircraft struck a grain silo and killed three guards.\n",
			quote:     "grain silo", day: "2022-11-20", place: "Kobani",
		},
		{
			name:      "the month a truce was agreed is background",
			published: "2022-02-03",
			text:      "Head\n\nShells hit a bakery in Saraqib, in Idlib province, on Tuesday morning, killing four people, rescuers said. The UN said the shelling broke the truce agreed by the two powers in March 2020.\n\nResidents said the shells had been fired from army positions near Saraqib.\n",
			quote:     "army positions", day: "2022-02-01", place: "Saraqib",
		},
		{
			name:      "a weekday of the previous week dates the passage after it",
			published: "2019-05-09",
			text:      "Head\n\nOn Tuesday of the previous week, mortar bombs fell on a school in Tal Afar. Teachers said two pupils were killed; the army's statement of Monday says it fired at militants.\n",
			quote:     "Teachers", day: "2019-04-30", place: "Tal Afar",
		},
		{
			name:      "withdrawal takes the day of the account it withdraws",
			published: "2018-06-08",
			text: "Head\n\nIraqi state television on Friday withdrew its report that an air strike had hit a wedding party near Tikrit.\n\n" +
				"State television had said on Thursday that jets hit the wedding party near Tikrit on Wednesday night.\n",
			quote: "withdrew", day: "2018-06-06", place: "Tikrit",
		},
		{
			name:      "a tally's day by which the bodies came does not date the passage",
			published: "2022-05-14",
			text:      "Head\n\nOn the Monday, 9 May, drones struck a crowded market in Ramadi.\n\nBy Thursday the hospital had received 20 bodies.\n\nA local official said the dead were civilians killed in the strike.\n",
			quote:     "civilians killed", day: "2022-05-09", place: "Ramadi",
		},
		{
			name:      "the country named in passing keeps the passage in its town",
			published: "2024-02-04",
			text:      "Head\n\nFour officers of the group were killed on Saturday when missiles struck an apartment block in Damascus, the group said in a statement.\n\nThe statement named one of the dead as the head of the group's intelligence unit in Syria.\n\nState media said air defences shot down most of the missiles fired at the building.\n",
			quote:     "air defences", day: "2024-02-03", place: "Damascus",
		},
		{
			name:      "the men killed are said to have planned an earlier attack: the strike keeps its own day",
			published: "2023-05-11",
			text:      "Head\n\nKIRKUK, May 11 (Agency) - Iraqi jets struck a hideout near Hawija on Wednesday, the army said.\n\nThe strike killed five militants, among them a commander who planned Saturday's ambush on a police patrol.\n",
			quote:     "killed five", day: "2023-05-10", place: "Hawija",
		},
		{
			name:      "the people hit are members of the cell behind an earlier attack",
			published: "2023-05-11",
			text:      "Head\n\nHASAKAH, May 11 (Agency) - Troops raided a house near Shaddadi on Wednesday and killed two members of the cell behind Monday's attack on a checkpoint, the SDF said.\n",
			quote:     "killed two", day: "2023-05-10", place: "Shaddadi",
		},
		{
			name:      "the sentence after the strike stays on the strike's day, not the earlier attack's",
			published: "2023-05-11",
			text:      "Head\n\nIraqi jets struck a hideout near Hawija on Wednesday, the army said. The strike killed five militants, including the man it accused of planning Saturday's attack on an army post.\n\nAfter the strike, helicopters destroyed two pickup trucks near Hawija, the army said.\n",
			quote:     "helicopters destroyed", day: "2023-05-10",
		},
		{
			name:      "a sentence opening \"That attack\" goes back to the earlier attack",
			published: "2023-05-11",
			text:      "Head\n\nIraqi jets struck a hideout near Hawija on Wednesday, the army said. The strike killed five militants, including the man it accused of planning Saturday's attack on an army post. That attack, which Islamic State claimed, killed three soldiers, the army said.\n",
			quote:     "three soldiers", day: "2023-05-06",
		},
		{
			name:      "a main clause's blame keeps the attack's own day",
			published: "2023-05-11",
			text:      "Head\n\nERBIL, May 11 (Agency) - Militias were behind Monday's rocket attack on the airport near Erbil, two U.S. officials said on Wednesday.\n",
			quote:     "rocket attack", day: "2023-05-08",
		},
	}
	for _, tc := range tests {
		claims, _ := e.Extract(model.Document{ID: "d", Published: tc.published, Text: tc.text})
		found := false
		for _, c := range claims {
			if !strings.Contains(c.Quote, tc.quote) {
				continue
			}
			found = true
			if c.When.From != tc.day {
				t.Errorf("%s: %s %s dated %q, want %s", tc.name, c.Speaker, c.Stance, c.When.From, tc.day)
			}
			if tc.place != "" && !strings.Contains(c.Where.Name, tc.place) {
				t.Errorf("%s: %s %s placed at %q, want %s", tc.name, c.Speaker, c.Stance, c.Where.Name, tc.place)
			}
		}
		if !found {
			t.Errorf("%s: no claim quotes %q: %+v", tc.name, tc.quote, triples(claims))
		}
	}
}

// TestFallVerbNeedsMunition checks that "fell on" is no strike without a
// munition falling.
func TestFallVerbNeedsMunition(t *testing.T) {
	e := gazExtractor(t)
	for _, text := range []string{
		"Head\n\nThe blame fell on the governor of Idlib, residents said on Tuesday.\n",
		"Head\n\nThe anniversary fell on a Tuesday this year, officials in Idlib said.\n",
	} {
		claims, _ := e.Extract(model.Document{ID: "d", Published: "2023-04-13", Text: text})
		if len(claims) != 0 {
			t.Errorf("%q: claims %+v, want none", text, triples(claims))
		}
	}
}

// TestHeadingSpanDatesThePassage checks that a passage headed by a span of
// days ("Hajin, 3-4 May 2019.") dates its undated sentences by the span,
// while a sentence naming its own day keeps it.
func TestHeadingSpanDatesThePassage(t *testing.T) {
	e := gazExtractor(t)
	text := "Notes.\n\n**Hajin, 3-4 May 2019.** The raids went on through the night. Residents said U.S. jets struck the market near Hajin on the night of 3 May. A local monitor called it a massacre and said forty people were killed.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Title: "Notes", Published: "2019-05-20", Kind: "blog", Text: text})
	want := map[string]model.When{
		"Residents said":  {From: "2019-05-03", To: "2019-05-03"},
		"A local monitor": {From: "2019-05-03", To: "2019-05-04"},
	}
	for lead, w := range want {
		found := false
		for _, c := range claims {
			if strings.Contains(c.Quote, lead) {
				found = true
				if c.When.From != w.From || c.When.To != w.To {
					t.Errorf("%q dated %s/%s, want %s/%s", c.Quote, c.When.From, c.When.To, w.From, w.To)
				}
			}
		}
		if !found {
			t.Errorf("no claim quoting %q in %+v", lead, claims)
		}
	}
}

// TestOpeningDaysAfterPastLabel checks that "Two days after ..." dates the
// strike it opens with also behind a transcript's speaker label.
func TestOpeningDaysAfterPastLabel(t *testing.T) {
	ref := time.Date(2019, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Two days after a drone strike near Hajin killed four men, the coalition is still silent.",
		"PRESENTER (ANNA LINDQVIST): Two days after a drone strike near Hajin killed four men, the coalition is still silent.",
	} {
		w, ok := openingDaysAfter(s, ref)
		if !ok || w.From != "2019-03-12" {
			t.Errorf("%q: got %+v %v, want 2019-03-12", s, w, ok)
		}
	}
	// a heading's label is no speaker's: what follows it is not opened so
	if w, ok := openingDaysAfter("THE WEEK AT A GLANCE: Two days after a drone strike near Hajin, talks resumed.", ref); ok {
		t.Errorf("a heading label's sentence dated %+v", w)
	}
}

// TestDenialAnswersNoStrikeMonthsBefore checks that a withdrawal naming no
// day is not dated by an older strike the report recalls at the same place.
func TestDenialAnswersNoStrikeMonthsBefore(t *testing.T) {
	e := gazExtractor(t)
	text := "BEIRUT, May 14 - State television on Monday withdrew a report that U.S. jets had struck the Shayrat air base.\n\nIn March, the Israeli military said it had struck a hangar at the Shayrat air base on 2 March.\n"
	claims, _ := e.Extract(model.Document{ID: "d", Title: "Report withdrawn", Published: "2019-05-14", Text: text})
	for _, c := range claims {
		if strings.Contains(c.Quote, "withdrew") && c.When.From == "2019-03-02" {
			t.Errorf("%q dated by the March strike", c.Quote)
		}
	}
}

func TestAccordVerbsEnd(t *testing.T) {
	for _, w := range accordVerbs {
		if !strings.HasSuffix(w, accordVerbEnd) {
			t.Errorf("accord verb %q does not end with %q: containsAccordVerb misses it", w, accordVerbEnd)
		}
	}
}
