package ingest

import "testing"

func TestBodyDate(t *testing.T) {
	cases := []struct {
		name, body, want string
	}{
		{"wire dateline upper case", "Rockets hit depot\n\nKIRKUK, Iraq, Aug. 3, 2018 (Delta Wire) — Two rockets struck a depot.", "2018-08-03"},
		{"dateline without country", "Statement on the raid\n\nMINSK, 12 March 2019.\n\n1. No aircraft took off.", "2019-03-12"},
		{"dateline mixed case with dash", "Elders dispute toll\n\nNineveh, 2 April 2017 - Elders said on Sunday that twelve died.", "2017-04-02"},
		{"date line under headline", "Militia convoy hit near border\n\nNovember 9, 2019\n\nA convoy was hit on Friday.", "2019-11-09"},
		{"byline with date", "Drone strike reported\nBy Sam Reyes | 5 January 2020\n\nA drone struck a car.", "2020-01-05"},
		{"weekday date line", "Shelling resumes\n\nWednesday, 14 June 2017\n\nShells fell overnight.", "2017-06-14"},
		{"event date in prose is not the report's", "Jets strike camp\n\nOn March 3, 2017, jets struck a camp north of the city, officials said.", ""},
		{"sentence with date is not a byline", "Jets strike camp\n\nThe ministry said jets hit the camp on 3 March 2017.", ""},
		{"no year: nothing guessed", "Jets strike camp\n\nMOSUL, Iraq, March 3 (Wire) — Jets struck a camp.", ""},
		{"short event line is not a byline", "Truce broken\n\nStrikes resumed on 4 July 2016.\n\nMore later.", ""},
		{"posted on is a byline", "Truce broken\nPosted on 24 April, 2018 by admin\n\nText.", "2018-04-24"},
		{"too deep in the text", "Head\n\na\n\nb\n\nc\n\nd\n\ne\n\nJuly 4, 2016", ""},
	}
	for _, c := range cases {
		got, ok := BodyDate(c.body)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: BodyDate = %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}

func TestParseTextTakesBodyDate(t *testing.T) {
	docs, err := parseText([]byte("Rockets hit depot\n\nKIRKUK, Iraq, Aug. 3, 2018 (Delta Wire) — Two rockets struck a depot.\n"))
	if err != nil || len(docs) != 1 || docs[0].published != "2018-08-03" {
		t.Fatalf("parseText: %+v, %v", docs, err)
	}
	// A header's date wins over the body's.
	docs, _ = parseText([]byte("Title: x\nPublished: 2018-08-05\n\nKIRKUK, Iraq, Aug. 3, 2018 (Delta Wire) — Two rockets struck a depot.\n"))
	if docs[0].published != "2018-08-05" {
		t.Fatalf("header date lost: %q", docs[0].published)
	}
}
