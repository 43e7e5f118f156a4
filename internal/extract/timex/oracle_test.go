package timex

import (
	"testing"
	"time"

	dateparser "github.com/markusmobius/go-dateparser"
)

// TestDateparserOracle checks the calendar resolution of this package
// against go-dateparser (CurrentTime = published, past preferred) on the
// forms both understand. The package does not call go-dateparser at run
// time (see the package comment); it serves as an independent oracle here.
func TestDateparserOracle(t *testing.T) {
	cases := []struct{ sentence, published string }{
		{"During the night of June 28, 2016, a convoy left.", "2016-07-04"},
		{"The strike on 28 June 2016 killed five.", "2016-07-04"},
		{"Published 2016-06-28 by the ministry.", "2016-07-04"},
		{"On June 30, the ministry announced it.", "2016-07-04"},
		{"The raid on Jan. 4 hit a convoy.", "2020-01-06"},
		{"The attack on December 30 was confirmed.", "2017-01-03"},
		{"OIR Spokesman tweeted on 24 Apr 2018.", "2018-05-01"},
		{"On April 19 the 4+1 met.", "2018-04-24"},
		{"The raid on September 3rd killed six.", "2018-10-01"},
		{"Clashes on 3 March 2019 left 12 dead.", ""},
		{"A strike late Friday hit the convoy.", "2020-01-04"},
		{"Earlier Wednesday, Garver said so.", "2016-06-30"},
		{"The ministry said yesterday that 20 were killed.", "2016-07-04"},
	}
	for _, c := range cases {
		pub := mustDay(c.published)
		cur := pub
		if cur.IsZero() {
			cur = time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		cfg := &dateparser.Configuration{Locales: []string{"en"}, CurrentTime: cur,
			PreferredDateSource: dateparser.Past}
		ms := Find(c.sentence, pub)
		if len(ms) != 1 {
			t.Errorf("%q: %d mentions", c.sentence, len(ms))
			continue
		}
		text := c.sentence[ms[0].Start:ms[0].End]
		for _, mod := range []string{"late ", "Earlier "} {
			if len(text) > len(mod) && text[:len(mod)] == mod {
				text = text[len(mod):] // dateparser fails on these modifiers
			}
		}
		d, err := dateparser.Parse(cfg, text)
		if err != nil {
			t.Errorf("%q: dateparser: %v", text, err)
			continue
		}
		if got, want := ms[0].When.From, d.Time.Format("2006-01-02"); got != want {
			t.Errorf("%q (published %s): timex %s, dateparser %s", text, c.published, got, want)
		}
	}
}
