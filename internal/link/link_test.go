package link

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/link/linktest"
	"github.com/crosscheck/crosscheck/internal/model"
)

type pl struct {
	name     string
	lat, lon float64
	country  string
	prec     string
}

var (
	fallujah = pl{"Fallujah", 33.3494, 43.7861, "IQ", model.PlaceTown}
	ramadi   = pl{"Ramadi", 33.4206, 43.3078, "IQ", model.PlaceTown}
	baghdad  = pl{"Baghdad", 33.3406, 44.4009, "IQ", model.PlaceTown}
	taji     = pl{"Taji", 33.5211, 44.2719, "IQ", model.PlaceTown}
	abuKamal = pl{"Abu Kamal", 34.4506, 40.9186, "SY", model.PlaceTown}
	hajin    = pl{"Hajin", 34.6928, 40.8336, "SY", model.PlaceTown}
	syria    = pl{"Syria", 35.0, 38.0, "SY", model.PlaceCountry}
	iraq     = pl{"Iraq", 33.0, 44.0, "IQ", model.PlaceCountry}
	tikrit   = pl{"Tikrit", 34.6, 43.68, "IQ", model.PlaceTown}
	samarra  = pl{"Samarra", 34.2, 43.87, "IQ", model.PlaceTown}
	// salahuddin is the province as a whole
	salahuddin = pl{"Salahuddin", 34.5, 43.5, "IQ", model.PlaceProvince}
	// anbar is anchored near Ramadi; Rutba lies some 280 km west of it
	anbar = pl{"Anbar", 33.42, 43.3, "IQ", model.PlaceProvince}
	rutba = pl{"Rutba", 33.04, 40.28, "IQ", model.PlaceTown}
	mosul = pl{"Mosul", 36.34, 43.13, "IQ", model.PlaceTown}
	// deirEzZor lies some 120 km up the Euphrates from Abu Kamal
	deirEzZor = pl{"Deir ez-Zor", 35.336, 40.14, "SY", model.PlaceTown}
	nowhere   = pl{}
)

// hasakah is al-Hasakah as a report spells it.
func hasakah(spelling string) pl {
	return pl{spelling, 36.5024, 40.7477, "SY", model.PlaceTown}
}

// moved is p as the extractor places "km ... of p" along bearing deg.
func moved(p pl, deg, km float64) pl {
	p.lat, p.lon = model.Project(p.lat, p.lon, deg, km)
	return p
}

// cl builds a claim: doc, position in it, speaker, stance, place, relation,
// date "from/to" or "", event type and target.
type cb struct {
	id, doc, pub, speaker, stance string
	at                            int
	p                             pl
	rel                           string
	from, to, prec                string
	typ, target, group            string
	asserted, denied              []string
	source                        string // "release" for strike-release lines
	quote                         string // the sentence; the id when empty
	killed                        int    // a killed figure, when > 0
}

func (b cb) claim() model.Claim {
	c := model.Claim{
		ID: b.id, Document: b.doc, Published: b.pub, Speaker: b.speaker, Stance: b.stance,
		PerpetratorsAsserted: b.asserted, PerpetratorsDenied: b.denied,
		Event: model.Event{Type: b.typ, Target: b.target, TargetGroup: b.group},
		When:  model.When{From: b.from, To: b.to, Precision: b.prec},
		Quote: b.id, Span: [2]int{b.at, b.at + 10}, Source: b.source,
	}
	if b.quote != "" {
		c.Quote = b.quote
	}
	if b.killed > 0 {
		n := b.killed
		c.Counts = []model.Count{{Kind: model.CountKilled, Group: model.GroupUnknown, Min: &n, Max: &n}}
	}
	if c.Stance == "" {
		c.Stance = model.StanceAsserts
	}
	if c.Event.Type == "" {
		c.Event.Type = model.EventAirstrike
	}
	if b.from != "" && b.to == "" {
		c.When.To = b.from
	}
	if b.from != "" && b.prec == "" {
		c.When.Precision = model.PrecisionDay
		if c.When.To != b.from {
			c.When.Precision = model.PrecisionDays
		}
	}
	if b.p.name != "" {
		lat, lon := b.p.lat, b.p.lon
		c.Where = model.Where{Name: b.p.name, Lat: &lat, Lon: &lon, Country: b.p.country, Precision: b.p.prec, Relation: b.rel}
	}
	return c
}

func claims(bs ...cb) []model.Claim {
	out := make([]model.Claim, len(bs))
	for i, b := range bs {
		out[i] = b.claim()
	}
	return out
}

// groups renders the partition as sorted "a b | c" for comparison.
func groups(incs []model.Incident) string {
	var gs []string
	for _, inc := range incs {
		var ids []string
		for _, c := range inc.Claims {
			ids = append(ids, c.ID)
		}
		slices.Sort(ids)
		gs = append(gs, strings.Join(ids, " "))
	}
	slices.Sort(gs)
	return strings.Join(gs, " | ")
}

func TestLink(t *testing.T) {
	tests := []struct {
		name    string
		claims  []model.Claim
		want    string
		records string
	}{
		{
			name: "two towns named bare as the site, 23 km apart, on days that do not meet are two strikes",
			claims: claims(
				cb{id: "bgd", doc: "d1", p: baghdad, rel: "in", from: "2021-05-03", typ: model.EventAirstrike,
					quote: "A drone struck a car in Baghdad on Monday, killing two men, police said."},
				cb{id: "tji", doc: "d2", p: taji, rel: "in", from: "2021-05-04", typ: model.EventAirstrike,
					quote: "Warplanes bombed a warehouse in Taji on Tuesday, residents said."},
			),
			want: "bgd | tji",
		},
		{
			name: "two towns named bare as the site on one day may be one strike told from either town",
			claims: claims(
				cb{id: "bgd", doc: "d1", p: baghdad, rel: "in", from: "2021-05-03", typ: model.EventAirstrike,
					quote: "A drone struck a car in Baghdad on Monday, killing two men, police said."},
				cb{id: "tji", doc: "d2", p: taji, rel: "in", from: "2021-05-03", typ: model.EventAirstrike,
					quote: "A drone hit a vehicle in Taji on Monday, a local official said."},
			),
			want: "bgd tji",
		},
		{
			name: "a strike near a town a day off still joins the strike in the town beside it",
			claims: claims(
				cb{id: "bgd", doc: "d1", p: baghdad, rel: "in", from: "2021-05-03", typ: model.EventAirstrike,
					quote: "A drone struck a car in Baghdad on Monday, killing two men, police said."},
				cb{id: "tji", doc: "d2", p: taji, rel: "near", from: "2021-05-04", typ: model.EventAirstrike,
					quote: "A drone hit a vehicle near Taji late on Monday night, a local official said."},
			),
			want: "bgd tji",
		},
		{
			name: "a province-wide claim dated to a day joins the one incident in the province on that day",
			claims: claims(
				cb{id: "tik", doc: "d1", p: tikrit, rel: "near", from: "2020-03-02", typ: model.EventHelicopterAttack},
				cb{id: "sam", doc: "d2", p: samarra, rel: "near", from: "2020-03-03"},
				cb{id: "prov", doc: "d3", p: salahuddin, rel: "in", from: "2020-03-02", typ: model.EventHelicopterAttack,
					quote: "A councillor said an army helicopter killed three farmers in Salahuddin province on Monday."},
			),
			want: "prov tik | sam",
		},
		{
			name: "a province-wide withdrawal joins the incident holding the account it withdraws",
			claims: claims(
				cb{id: "own", doc: "d1", at: 200, speaker: "iraq-joc", p: tikrit, rel: "near", from: "2020-03-02", asserted: []string{"iraq-air-force"}},
				cb{id: "later", doc: "d1", at: 400, speaker: "iraq-joc", p: samarra, rel: "near", from: "2020-03-05", asserted: []string{"coalition"}},
				cb{id: "back", doc: "d1", at: 10, speaker: "iraq-joc", stance: model.StanceRetracts, p: salahuddin, rel: "in",
					from: "2020-03-01", to: "2020-03-05", prec: model.PrecisionWeek, asserted: []string{"iraq-air-force"},
					quote: "The command on Thursday withdrew its claim that Iraqi jets had struck a hideout in Salahuddin earlier this week."},
			),
			want: "back own | later",
		},
		{
			name: "undated places of a report with no date agree on the one day strikes at both were told",
			claims: claims(
				cb{id: "ak1", doc: "d1", pub: "2021-01-14", p: abuKamal, rel: "near", from: "2021-01-13"},
				cb{id: "hj1", doc: "d1", pub: "2021-01-14", at: 20, p: deirEzZor, rel: "near", from: "2021-01-13"},
				cb{id: "ak0", doc: "d2", pub: "2020-06-02", p: abuKamal, rel: "near", from: "2020-06-01"},
				cb{id: "hj0", doc: "d3", pub: "2019-03-02", p: deirEzZor, rel: "near", from: "2019-03-01"},
				cb{id: "akU", doc: "d4", p: abuKamal, rel: "near"},
				cb{id: "hjU", doc: "d4", at: 20, p: deirEzZor, rel: "near"},
			),
			want: "ak0 | ak1 akU | hj0 | hj1 hjU",
		},
		{
			name: "a province-wide claim stays apart when two incidents in the province share its day",
			claims: claims(
				cb{id: "tik", doc: "d1", p: tikrit, rel: "near", from: "2020-03-02"},
				cb{id: "sam", doc: "d2", p: samarra, rel: "near", from: "2020-03-02"},
				cb{id: "prov", doc: "d3", p: salahuddin, rel: "in", from: "2020-03-02",
					quote: "Jets struck targets in Salahuddin province on Monday, the ministry said."},
			),
			want: "prov | sam | tik",
		},
		{
			name: "a province-wide claim joins the incident at the province's namesake capital over another town struck that day",
			claims: claims(
				cb{id: "city", doc: "d1", p: pl{"Hama", 35.1318, 36.7578, "SY", model.PlaceTown}, rel: "in", from: "2020-03-02", typ: model.EventAirstrike},
				cb{id: "town", doc: "d1", at: 300, p: pl{"Kafr Zita", 35.3736, 36.6006, "SY", model.PlaceTown}, from: "2020-03-02", typ: model.EventArtillery},
				cb{id: "prov", doc: "d1", at: 200, speaker: "syria-gov", p: pl{"Hama", 35.2, 36.9, "SY", model.PlaceProvince}, rel: "in", from: "2020-03-02",
					quote: "State media said the army had targeted gatherings of terrorists in the Hama countryside."},
			),
			want: "city prov | town",
		},
		{
			name: "a village one report places by the town it is near and another names without coordinates is one place",
			claims: claims(
				cb{id: "near", doc: "d1", p: pl{"Tell Hamra", 36.2021, 37.1343, "SY", model.PlaceTown}, rel: "near", from: "2017-05-04"},
				cb{id: "bare", doc: "d2", p: pl{"Tell Hamra", 0, 0, "", model.PlaceTown}, from: "2017-05-04",
					quote: "Residents of Tell Hamra buried eleven people on Thursday."},
				cb{id: "real", doc: "d3", p: pl{"Tell Hamra", 36.3, 36.9, "SY", model.PlaceTown}, from: "2017-05-04"},
			),
			want: "bare near real",
		},
		{
			name: "namesakes in two countries stay apart",
			claims: claims(
				cb{id: "sy", doc: "d1", p: pl{"al-Mansura", 35.83, 38.75, "SY", model.PlaceTown}, from: "2017-05-04"},
				cb{id: "dz", doc: "d2", p: pl{"al-Mansura", 36.05, 4.05, "DZ", model.PlaceTown}, from: "2017-05-04"},
			),
			want: "dz | sy",
		},
		{
			name: "same day 45 km apart stay apart (Fallujah vs Ramadi convoys)",
			claims: claims(
				cb{id: "f1", doc: "d1", p: fallujah, rel: "southwest of", from: "2016-06-30", target: "convoy"},
				cb{id: "r1", doc: "d1", at: 100, p: ramadi, rel: "east of", from: "2016-06-30", target: "convoy"},
			),
			want: "f1 | r1",
		},
		{
			name: "near, south of, 12 miles south of Fallujah come together",
			claims: claims(
				cb{id: "a", doc: "d1", p: fallujah, rel: "near", from: "2016-06-29", target: "convoy"},
				cb{id: "b", doc: "d2", p: fallujah, rel: "south of", from: "2016-06-30"},
				cb{id: "c", doc: "d3", p: moved(fallujah, 180, 12*1.609), rel: "12 miles south of", from: "2016-06-29", to: "2016-06-30", target: "vehicles"},
			),
			want: "a b c",
		},
		{
			name: "45 km southeast of Deir ez-Zor is Mayadin, not the outskirts of Deir ez-Zor",
			claims: claims(
				cb{id: "mayadin", doc: "d1", p: pl{"Mayadin", 35.0207, 40.4519, "SY", model.PlaceTown}, from: "2017-09-18"},
				cb{id: "45km", doc: "d2", p: moved(pl{"Deir ez-Zor", 35.3359, 40.1408, "SY", model.PlaceTown}, 135, 45), rel: "about 45 km southeast of", from: "2017-09-18"},
				cb{id: "outskirts", doc: "d3", p: pl{"Deir ez-Zor", 35.3359, 40.1408, "SY", model.PlaceTown}, rel: "on the outskirts of", from: "2017-09-18"},
			),
			want: "45km mayadin | outskirts",
		},
		{
			// The extractor has moved the first claim's point; the linker must
			// not move it again (it once did, and split these two).
			name: "20 km east of a town and a denial near it on the same day come together",
			claims: claims(
				cb{id: "hit", doc: "d1", p: moved(abuKamal, 90, 20), rel: "20 km east of", from: "2018-06-20"},
				cb{id: "deny", doc: "d1", at: 300, speaker: "russia-mod", stance: model.StanceDenies, p: abuKamal, rel: "near", from: "2018-06-20", denied: []string{"russia"}},
			),
			want: "deny hit",
		},
		{
			name: "daily strikes on one town a week apart are two incidents",
			claims: claims(
				cb{id: "a", doc: "d1", p: fallujah, from: "2016-06-01"},
				cb{id: "b", doc: "d2", p: fallujah, from: "2016-06-08"},
			),
			want: "a | b",
		},
		{
			name: "a withdrawal said days later joins the strike it takes back",
			claims: claims(
				cb{id: "claim", doc: "d1", speaker: "pmf", p: fallujah, from: "2019-08-24", target: "convoy"},
				cb{id: "deny", doc: "d1", at: 100, speaker: "iraq-military", stance: model.StanceDenies, p: fallujah, from: "2019-08-24"},
				cb{id: "withdraw", doc: "d2", speaker: "pmf", stance: model.StanceRetracts, asserted: []string{"us"}, p: fallujah, from: "2019-08-28"},
				cb{id: "had", doc: "d3", speaker: "pmf", asserted: []string{"israel"}, p: fallujah, from: "2019-08-27"},
				cb{id: "retr", doc: "d3", speaker: "pmf", stance: model.StanceRetracts, asserted: []string{"israel"}, p: fallujah, from: "2019-08-27"},
			),
			want: "claim deny had retr withdraw",
		},
		{
			name: "a strike days later by another speaker with no withdrawal is another strike",
			claims: claims(
				cb{id: "a", doc: "d1", speaker: "pmf", p: fallujah, from: "2019-08-24"},
				cb{id: "b", doc: "d2", speaker: "local-sources", p: fallujah, from: "2019-08-28"},
				cb{id: "w", doc: "d3", speaker: "syria-gov", stance: model.StanceRetracts, p: fallujah, from: "2019-08-28"},
			),
			want: "a | b w",
		},
		{
			name: "an account blaming ISIS, told with the strike, joins it; one told alone stays a ground attack",
			claims: claims(
				cb{id: "strike", doc: "d1", speaker: "cjtf-oir", asserted: []string{"coalition"}, p: fallujah, from: "2017-05-06", target: "house"},
				cb{id: "res", doc: "d1", at: 100, speaker: "local-sources", typ: model.EventUnknown, p: fallujah, from: "2017-05-06"},
				cb{id: "isis", doc: "d1", at: 100, speaker: "iraq-joc", typ: model.EventUnknown, asserted: []string{"isis"}, p: fallujah, from: "2017-05-06"},
				cb{id: "deny", doc: "d2", speaker: "iraq-joc", stance: model.StanceDenies, p: fallujah, from: "2017-05-06"},
				cb{id: "rigged", doc: "d2", at: 100, speaker: "iraq-joc", typ: model.EventUnknown, asserted: []string{"isis"}, p: fallujah, from: "2017-05-06"},
				cb{id: "attack", doc: "d3", speaker: "journalist", typ: model.EventUnknown, asserted: []string{"isis"}, p: fallujah, from: "2017-05-06"},
			),
			want: "attack | deny isis res rigged strike",
		},
		{
			name: "tolls of no stated kind gathered round an account blaming ISIS follow it to the strike it answers",
			claims: claims(
				cb{id: "obit", doc: "d1", pub: "2017-05-09", speaker: "journalist", typ: model.EventUnknown, group: model.GroupCivilians, p: fallujah, from: "2017-05-06", killed: 3},
				cb{id: "kin", doc: "d1", pub: "2017-05-09", at: 100, speaker: "local-sources", typ: model.EventUnknown, group: model.GroupCivilians, p: fallujah, from: "2017-05-06", killed: 20},
				cb{id: "rigged", doc: "d1", pub: "2017-05-09", at: 200, speaker: "iraqi-sources", typ: model.EventUnknown, asserted: []string{"isis"}, p: fallujah, from: "2017-05-06"},
				cb{id: "deny", doc: "d1", pub: "2017-05-09", at: 300, speaker: "iraqi-sources", stance: model.StanceDenies, p: fallujah, from: "2017-05-06"},
				cb{id: "probe", doc: "d2", pub: "2017-09-01", speaker: "cjtf-oir", asserted: []string{"coalition"}, p: fallujah, from: "2017-05-06", killed: 9},
			),
			want: "deny kin obit probe rigged",
		},
		{
			name: "civilians killed in a house and militants' vehicles hit there that day are one disputed strike",
			claims: claims(
				cb{id: "veh", doc: "d1", speaker: "us-dod", p: fallujah, from: "2016-09-14", target: "vehicles"},
				cb{id: "house", doc: "d2", speaker: "isis-amaq", p: fallujah, from: "2016-09-14", target: "house", group: model.GroupCivilians},
			),
			want: "house veh",
		},
		{
			name: "civilians hit in a school and in a market that day stay two strikes",
			claims: claims(
				cb{id: "school", doc: "d1", p: fallujah, from: "2016-09-14", target: "school", group: model.GroupCivilians},
				cb{id: "bridge", doc: "d2", p: fallujah, from: "2016-09-14", target: "bridge", group: model.GroupCivilians},
			),
			want: "bridge | school",
		},
		{
			name: "convoy and headquarters on the same day are different strikes",
			claims: claims(
				cb{id: "a", doc: "d1", p: hajin, from: "2018-04-19", target: "convoy"},
				cb{id: "b", doc: "d2", p: hajin, from: "2018-04-19", target: "headquarters"},
			),
			want: "a | b",
		},
		{
			name: "ground killings and an air strike at one place stay apart",
			claims: claims(
				cb{id: "a", doc: "d1", p: ramadi, rel: "east of", from: "2016-06-30", typ: model.EventGroundAttack, group: "civilians"},
				cb{id: "b", doc: "d1", at: 50, p: ramadi, rel: "east of", from: "2016-06-30", target: "convoy"},
			),
			want: "a | b",
		},
		{
			// "Mortar rounds fired by the militia landed on homes in the
			// village, killing three civilians" / "Our units targeted the
			// armed men who attacked our checkpoint near the village."
			name: "shells on civilians and the firing side's strike on gunmen at one place and day are one incident",
			claims: claims(
				cb{id: "homes", doc: "d1", speaker: "local-sources", p: ramadi, from: "2016-06-30", typ: model.EventArtillery, group: "civilians", killed: 3},
				cb{id: "gunmen", doc: "d2", speaker: "pmf", asserted: []string{"pmf"}, p: ramadi, from: "2016-06-30", typ: model.EventGroundAttack, group: "militants"},
			),
			want: "gunmen homes",
		},
		{
			name: "militants' killings of civilians and shelling of militants at one place and day stay apart",
			claims: claims(
				cb{id: "killings", doc: "d1", speaker: "local-sources", p: ramadi, from: "2016-06-30", typ: model.EventGroundAttack, group: "civilians", killed: 3},
				cb{id: "shells", doc: "d2", speaker: "iraq-joc", asserted: []string{"iraq"}, p: ramadi, from: "2016-06-30", typ: model.EventArtillery, group: "militants"},
			),
			want: "killings | shells",
		},
		{
			name: "a report on several strikes: unplaced claims follow the preceding placed one",
			claims: claims(
				cb{id: "f", doc: "d1", at: 0, p: fallujah, from: "2016-06-29"},
				cb{id: "f-deny", doc: "d1", at: 50, speaker: "iraqi-sources", stance: model.StanceDenies, denied: []string{"coalition"}},
				cb{id: "r", doc: "d1", at: 100, p: ramadi, from: "2016-06-30"},
				cb{id: "r-more", doc: "d1", at: 150, speaker: "cjtf-oir"},
				cb{id: "early", doc: "d2", at: 0, speaker: "journalist"},
				cb{id: "ff", doc: "d2", at: 50, p: fallujah, from: "2016-06-30"},
			),
			want: "early f f-deny ff | r r-more",
		},
		{
			name: "undated reports with no date join the dated incident at the same place; their other claims set the window",
			claims: claims(
				cb{id: "f", doc: "d1", pub: "2016-07-04", p: fallujah, from: "2016-06-29", to: "2016-06-30", target: "convoy"},
				cb{id: "ak18", doc: "d9", pub: "2018-04-24", p: abuKamal, rel: "near", from: "2018-04-01"},
				cb{id: "u1", doc: "d2", p: fallujah, rel: "south of", target: "convoy"},
				cb{id: "u2", doc: "d2", at: 100, p: abuKamal, rel: "near"},
				cb{id: "u3", doc: "d3", p: fallujah, rel: "southwest of", target: "trucks"},
			),
			want: "ak18 | f u1 u3 | u2",
		},
		{
			name: "all undated (Taji): north of Baghdad, Taji and unplaced denials together; a country-wide strike apart",
			claims: claims(
				cb{id: "tv", doc: "d1", at: 0, speaker: "iraq-state-tv", p: baghdad, rel: "north of", asserted: []string{"us"}},
				cb{id: "sol", doc: "d1", at: 5, speaker: "journalist", p: iraq, target: "general", asserted: []string{"us"}},
				cb{id: "usdeny", doc: "d1", at: 100, speaker: "us-official", stance: model.StanceDenies, denied: []string{"us"}},
				cb{id: "mil", doc: "d1", at: 200, speaker: "iraq-military", stance: model.StanceDenies, p: taji, target: "medical convoy", denied: []string{"occurrence"}},
				cb{id: "pmf", doc: "d1", at: 300, speaker: "pmf", stance: model.StanceConfirms, p: taji, rel: "near", target: "convoy of medics"},
			),
			want: "mil pmf tv usdeny | sol",
		},
		{
			name: "militants killing civilians (ISIS, type unknown) and the air strike at one place stay apart",
			claims: claims(
				cb{id: "isis", doc: "d1", p: ramadi, rel: "east of", from: "2016-06-30", typ: model.EventUnknown, asserted: []string{"isis"}},
				cb{id: "air", doc: "d1", at: 50, p: ramadi, rel: "east of", from: "2016-06-30", asserted: []string{"coalition"}},
			),
			want: "air | isis",
		},
		{
			name: "an air strike blamed only on ISIS in a sentence that tells the air force's strike is ISIS's ground attack, apart",
			claims: claims(
				cb{id: "raid", doc: "d1", p: ramadi, rel: "east of", from: "2016-07-01", asserted: []string{"iraq-air-force"}},
				cb{id: "isis", doc: "d2", at: 40, p: ramadi, rel: "east of", from: "2016-06-30", typ: model.EventAirstrike, asserted: []string{"isis"}},
				cb{id: "f16", doc: "d2", at: 40, p: ramadi, rel: "east of", from: "2016-07-01", typ: model.EventAirstrike, asserted: []string{"iraq-air-force"}},
			),
			want: "f16 raid | isis",
		},
		{
			name: "an air strike blamed only on ISIS, told alone, still links with the bombing there",
			claims: claims(
				cb{id: "bomb", doc: "d1", p: ramadi, from: "2016-07-01", typ: model.EventAirstrike},
				cb{id: "isis", doc: "d2", p: ramadi, from: "2016-07-01", typ: model.EventAirstrike, asserted: []string{"isis"}},
			),
			want: "bomb isis",
		},
		{
			name: "a drone strike blamed only on ISIS still links with the air strike there",
			claims: claims(
				cb{id: "raid", doc: "d1", p: ramadi, rel: "east of", from: "2016-07-01", asserted: []string{"iraq-air-force"}},
				cb{id: "drone", doc: "d2", p: ramadi, rel: "east of", from: "2016-07-01", typ: model.EventDroneStrike, asserted: []string{"isis"}},
			),
			want: "drone raid",
		},
		{
			name: "an unplaced denial dated when it was said still follows its report's strike",
			claims: claims(
				cb{id: "s", doc: "d1", p: hajin, from: "2018-04-19"},
				cb{id: "deny", doc: "d1", at: 100, from: "2018-04-24", speaker: "journalist", stance: model.StanceDenies, denied: []string{"coalition"}},
			),
			want: "deny s",
		},
		{
			name: "a country that is not where the report's strikes are is a nationality, not a place",
			claims: claims(
				cb{id: "s", doc: "d1", p: hajin, from: "2018-04-19"},
				cb{id: "us", doc: "d1", at: 100, from: "2018-04-24", p: pl{"United States", 39, -98, "US", model.PlaceCountry}, speaker: "journalist", stance: model.StanceDenies, denied: []string{"coalition"}},
				cb{id: "no2", doc: "d1", at: 200, p: syria, from: "2018-04-20", speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"coalition"}},
			),
			want:    "s us",
			records: "no2",
		},
		{
			name: "a release's country is a place, never a nationality: its denial for another country joins no strike there",
			claims: claims(
				cb{id: "dez", doc: "rel", p: pl{"Deir ez-Zor", 35.336, 40.14, "SY", model.PlaceTown}, rel: "near", from: "2017-07-11", speaker: "cjtf-oir", asserted: []string{"coalition"}, source: "release"},
				cb{id: "noiq", doc: "rel", at: 100, p: iraq, from: "2017-07-11", speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"coalition"}, source: "release"},
			),
			want:    "dez",
			records: "noiq",
		},
		{
			name: "a country-day denial is an official record, no incident's member",
			claims: claims(
				cb{id: "ak", doc: "rel", p: abuKamal, rel: "near", from: "2018-04-01", speaker: "cjtf-oir"},
				cb{id: "no5", doc: "rel", at: 100, p: syria, from: "2018-04-05", speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"occurrence"}},
			),
			want:    "ak",
			records: "no5",
		},
		{
			name: "a country-wide denial that answers its own report's strike stays with it",
			claims: claims(
				cb{id: "s", doc: "d1", p: taji, from: "2020-01-04", speaker: "iraq-state-tv"},
				cb{id: "d", doc: "d1", at: 100, p: iraq, from: "2020-01-04", speaker: "iraq-military", stance: model.StanceDenies, denied: []string{"occurrence"}},
			),
			want: "d s",
		},
		{
			name: "a denial names what others say was hit: its target does not split it from the strike",
			claims: claims(
				cb{id: "veh", doc: "d1", speaker: "us-dod", p: fallujah, from: "2017-06-11", target: "vehicles"},
				cb{id: "house", doc: "d2", speaker: "local-sources", p: fallujah, from: "2017-06-11", target: "house", group: model.GroupCivilians},
				cb{id: "deny", doc: "d2", at: 100, speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"coalition"}, p: fallujah, from: "2017-06-11", target: "house"},
				cb{id: "hq", doc: "d3", speaker: "us-dod", p: fallujah, from: "2017-06-11", target: "headquarters"},
			),
			want: "deny house veh | hq",
		},
		{
			name: "a claim that only says ISIS did it, told after its report's strike there, joins it; one with its own toll stays apart",
			claims: claims(
				cb{id: "house", doc: "d1", speaker: "journalist", p: mosul, from: "2017-06-04", target: "house", group: model.GroupCivilians, killed: 21},
				cb{id: "blame", doc: "d1", at: 100, speaker: "iraq-joc", typ: model.EventUnknown, asserted: []string{"isis"}, p: mosul, from: "2017-06-04"},
				cb{id: "air", doc: "d2", speaker: "cjtf-oir", p: mosul, from: "2017-06-04"},
				cb{id: "own", doc: "d2", at: 100, speaker: "journalist", typ: model.EventUnknown, asserted: []string{"isis"}, p: mosul, from: "2017-06-04", killed: 5},
			),
			want: "air blame house | own",
		},
		{
			name: "a denial said days later joins its own report's strike there; another report's does not",
			claims: claims(
				cb{id: "s", doc: "d1", speaker: "iraqi-sources", p: fallujah, from: "2022-10-03", typ: model.EventDroneStrike},
				cb{id: "deny", doc: "d1", at: 100, speaker: "iraq-joc", stance: model.StanceDenies, denied: []string{"occurrence"}, p: fallujah, from: "2022-10-06"},
				cb{id: "other", doc: "d2", speaker: "iraq-joc", stance: model.StanceDenies, denied: []string{"occurrence"}, p: fallujah, from: "2022-10-06"},
			),
			want: "deny s | other",
		},
		{
			name: "a country-wide claim on the very day of its report's only strike there joins it",
			claims: claims(
				cb{id: "ak", doc: "d1", speaker: "us-official", p: abuKamal, rel: "near", from: "2023-12-10", target: "weapons depot"},
				cb{id: "sy", doc: "d1", at: 100, speaker: "syria-gov", typ: model.EventUnknown, p: syria, from: "2023-12-10", group: model.GroupCivilians},
				cb{id: "f", doc: "d2", p: fallujah, from: "2023-12-10"},
				cb{id: "t", doc: "d2", at: 100, p: tikrit, from: "2023-12-10"},
				cb{id: "iq", doc: "d2", at: 200, typ: model.EventUnknown, p: iraq, from: "2023-12-10"},
			),
			want: "ak sy | f | iq | t",
		},
		{
			name: "a province-wide denial on the very day of its report's only strike joins it beyond the province radius",
			claims: claims(
				cb{id: "amaq", doc: "d1", speaker: "isis-amaq", typ: model.EventGroundAttack, asserted: []string{"isis"}, p: rutba, rel: "30 km west of", from: "2023-03-16"},
				cb{id: "deny", doc: "d1", at: 100, speaker: "iraq-joc", typ: model.EventUnknown, stance: model.StanceDenies, denied: []string{"occurrence"}, p: anbar, from: "2023-03-16"},
				cb{id: "far", doc: "d2", speaker: "iraq-joc", typ: model.EventUnknown, stance: model.StanceDenies, denied: []string{"occurrence"}, p: anbar, from: "2023-03-16"},
				// a village the gazetteer does not know: no coordinates, no country
				cb{id: "convoy", doc: "d3", speaker: "pmf", p: pl{"Akashat", 0, 0, "", model.PlaceTown}, rel: "near", from: "2021-03-19", target: "convoy"},
				cb{id: "radars", doc: "d3", at: 100, speaker: "iraq-joc", stance: model.StanceDenies, denied: []string{"occurrence"}, p: anbar, from: "2021-03-19"},
			),
			want: "amaq deny | convoy radars | far",
		},
		{
			name: "a country-wide claim naming a target its report places attaches there",
			claims: claims(
				cb{id: "tweet", doc: "d1", p: syria, target: "Daesh HQ", asserted: []string{"iraq"}},
				cb{id: "hq", doc: "d1", at: 100, p: abuKamal, rel: "near", from: "2018-04-19", target: "command and control center"},
			),
			want: "hq tweet",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Link(tt.claims)
			if got := groups(res.Incidents); got != tt.want {
				t.Errorf("groups:\n got %s\nwant %s", got, tt.want)
				for _, inc := range res.Incidents {
					for _, l := range inc.Links {
						t.Logf("%s %s: %s", inc.ID, l.Claim, l.Reason)
					}
				}
			}
			var recs []string
			for _, r := range res.Records {
				recs = append(recs, r.ID)
			}
			if got := strings.Join(recs, " "); got != tt.records {
				t.Errorf("records: got %q want %q", got, tt.records)
			}
			for _, inc := range res.Incidents {
				if len(inc.Links) != len(inc.Claims) {
					t.Errorf("%s: %d links for %d claims", inc.ID, len(inc.Links), len(inc.Claims))
				}
				for _, l := range inc.Links {
					if l.Reason == "" {
						t.Errorf("%s: claim %s without a reason", inc.ID, l.Claim)
					}
				}
			}
		})
	}
}

func TestLinkReasons(t *testing.T) {
	res := Link(claims(
		cb{id: "a", doc: "d1", p: taji, from: "2020-01-04", target: "convoy"},
		cb{id: "b", doc: "d2", p: baghdad, rel: "north of", from: "2020-01-04", target: "convoy"},
	))
	if len(res.Incidents) != 1 {
		t.Fatalf("want 1 incident, got %d", len(res.Incidents))
	}
	got := res.Incidents[0].Links[1].Reason
	if want := "same day, 18 km apart (north of Baghdad / Taji), both convoy strikes"; got != want && !strings.HasPrefix(got, "same day, ") {
		t.Errorf("reason %q, want like %q", got, want)
	}
	t.Log(res.Incidents[0].Links)
}

// TestLinkSpellings: claims keep their report's spelling of a place; the
// gazetteer's coordinates make "Al-Hasakah" and "Hasaka" the same place, not
// two places 0 km apart (which a nearer or likelier cluster could outbid).
func TestLinkSpellings(t *testing.T) {
	res := Link(claims(
		cb{id: "un", doc: "d1", p: hasakah("Al-Hasakah"), rel: "near", from: "2023-02-07"},
		cb{id: "sana", doc: "d2", p: hasakah("Hasaka"), from: "2023-02-07"},
	))
	if len(res.Incidents) != 1 {
		t.Fatalf("want 1 incident, got %d", len(res.Incidents))
	}
	if got := res.Incidents[0].Links[1].Reason; !strings.Contains(got, "same place") {
		t.Errorf("reason %q, want same place", got)
	}
}

// TestLinkOrderIndependent: the same claims in any order give the same
// incidents, ids, members and reasons.
func TestLinkOrderIndependent(t *testing.T) {
	cs := linktest.Generate(2000, 7)
	want := fingerprint(Link(cs))
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		shuf := slices.Clone(cs)
		r.Shuffle(len(shuf), func(i, j int) { shuf[i], shuf[j] = shuf[j], shuf[i] })
		if got := fingerprint(Link(shuf)); got != want {
			t.Fatal("different incidents for a different input order")
		}
	}
}

func fingerprint(res Result) string {
	var b strings.Builder
	for _, inc := range res.Incidents {
		fmt.Fprintf(&b, "%s %s %s %s:", inc.ID, inc.When.From, inc.When.To, inc.Where.Name)
		for i, c := range inc.Claims {
			fmt.Fprintf(&b, " %s(%s)", c.ID, inc.Links[i].Reason)
		}
		b.WriteString("\n")
	}
	for _, r := range res.Records {
		b.WriteString("record " + r.ID + "\n")
	}
	return b.String()
}

// TestLinkIncremental: a later report joins the incident without changing
// its id, and the other incidents keep theirs.
func TestLinkIncremental(t *testing.T) {
	base := claims(
		cb{id: "zzz", doc: "d1", pub: "2016-07-01", p: fallujah, from: "2016-06-29"},
		cb{id: "r", doc: "d1", pub: "2016-07-01", at: 100, p: ramadi, from: "2016-06-30"},
	)
	before := Link(base)
	more := append(slices.Clone(base), claims(
		cb{id: "aaa", doc: "d2", pub: "2016-07-05", p: fallujah, rel: "near", from: "2016-06-30"},
	)...)
	after := Link(more)
	if len(after.Incidents) != 2 {
		t.Fatalf("want 2 incidents, got %d", len(after.Incidents))
	}
	ids := func(r Result) map[string]int {
		m := map[string]int{}
		for _, inc := range r.Incidents {
			m[inc.ID] = len(inc.Claims)
		}
		return m
	}
	b, a := ids(before), ids(after)
	for id := range b {
		if _, ok := a[id]; !ok {
			t.Errorf("incident %s lost its id after a new report", id)
		}
	}
	if want := incidentID("zzz"); a[want] != 2 {
		t.Errorf("incident %s should hold 2 claims, got %v", want, a)
	}
}

func TestRelationOffset(t *testing.T) {
	for _, tc := range []struct {
		rel  string
		want float64
	}{{"", 0}, {"in", 0}, {"near", 10}, {"southwest of", 15}, {"12 miles south of", 12 * 1.609}, {"30 km north of", 30}, {"500 km east of", maxOffsetKM}} {
		if got := relationOffset(tc.rel); got != tc.want {
			t.Errorf("relationOffset(%q) = %v, want %v", tc.rel, got, tc.want)
		}
	}
}

// TestLinkRecoversGeneratedStrikes scores the linking of generated claims
// against the strikes they were generated from (B-cubed F1).
func TestLinkRecoversGeneratedStrikes(t *testing.T) {
	cs := linktest.Generate(20000, 3)
	res := Link(cs)
	truth := map[string]string{} // claim id -> strike
	for _, c := range cs {
		parts := strings.Split(c.Document, "-")
		truth[c.ID] = parts[1]
	}
	sys := map[string]string{}
	for _, inc := range res.Incidents {
		for _, c := range inc.Claims {
			sys[c.ID] = inc.ID
		}
	}
	bySys, byTruth := map[string][]string{}, map[string][]string{}
	for id, s := range sys {
		bySys[s] = append(bySys[s], id)
		byTruth[truth[id]] = append(byTruth[truth[id]], id)
	}
	var p, r float64
	for id := range sys {
		same := 0
		for _, o := range bySys[sys[id]] {
			if truth[o] == truth[id] {
				same++
			}
		}
		p += float64(same) / float64(len(bySys[sys[id]]))
		r += float64(same) / float64(len(byTruth[truth[id]]))
	}
	p /= float64(len(sys))
	r /= float64(len(sys))
	f := 2 * p * r / (p + r)
	t.Logf("generated strikes: B3 precision %.3f recall %.3f F1 %.3f (%d claims, %d incidents)", p, r, f, len(sys), len(res.Incidents))
	// The generator is dense (about 55 strikes a day in a 10x10 degree
	// region): strikes a few km apart on one day, with no target to tell
	// them apart, merge. This guards against regressions.
	if f < 0.85 {
		t.Errorf("B3 F1 %.3f < 0.85", f)
	}
}

func TestLinkSeparateStrikes(t *testing.T) {
	// Two villages 11 km apart; the sentences are written for this test.
	northVillage := pl{"Dar Sallum", 33.20, 35.50, "LB", model.PlaceTown}
	southVillage := pl{"Ain Qasr", 33.10, 35.50, "LB", model.PlaceTown}
	farTown := pl{"Kfar Haddad", 33.47, 35.50, "LB", model.PlaceTown} // 30 km north of Dar Sallum
	const day = "2024-05-02"
	tests := []groupingCase{
		{
			name: "one speaker: jets on one village, artillery on another",
			claims: claims(
				cb{id: "jets", doc: "d1", speaker: "israel", p: northVillage, rel: "in", from: day,
					quote: "Fighter jets struck a rocket launcher in Dar Sallum this morning."},
				cb{id: "guns", doc: "d1", at: 200, speaker: "israel", p: southVillage, rel: "in", from: day, typ: model.EventArtillery,
					quote: "Separately, artillery fired at suspects in Ain Qasr."},
			),
			want: "guns | jets",
		},
		{
			name: "one speaker: a different toll in each village",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "ngo", p: northVillage, rel: "in", from: day, killed: 7,
					quote: "The monitor said seven people died in Dar Sallum when jets bombed the market."},
				cb{id: "s", doc: "d1", at: 200, speaker: "ngo", p: southVillage, rel: "in", from: day, killed: 2, typ: model.EventHelicopterAttack,
					quote: "In Ain Qasr, two farmers were killed when helicopters dropped barrels."},
			),
			want: "n | s",
		},
		{
			name: "one report: strikes placed by bearings from towns 30 km apart on two days are two",
			claims: claims(
				cb{id: "heli", doc: "d1", speaker: "iraq-joc", p: farTown, rel: "east of", from: "2024-05-03", typ: model.EventHelicopterAttack, killed: 3,
					quote: "Army helicopters killed three gunmen today in farmland east of Kfar Haddad."},
				cb{id: "jet", doc: "d1", at: 200, speaker: "iraq-mod", p: northVillage, rel: "north of", from: day, typ: model.EventAirstrike, killed: 6,
					quote: "Yesterday jets killed six gunmen in a hideout north of Dar Sallum, the ministry said."},
			),
			want: "heli | jet",
		},
		{
			name: "one report: bearings from towns 11 km apart on two days may be one strike",
			claims: claims(
				cb{id: "heli", doc: "d1", speaker: "iraq-joc", p: southVillage, rel: "east of", from: "2024-05-03", typ: model.EventAirstrike,
					quote: "Jets struck gunmen today in farmland east of Ain Qasr."},
				cb{id: "jet", doc: "d1", at: 200, speaker: "iraq-mod", p: northVillage, rel: "north of", from: day, typ: model.EventAirstrike,
					quote: "Yesterday jets struck gunmen north of Dar Sallum, the ministry said."},
			),
			want: "heli jet",
		},
		{
			name: "one speaker: two towns 30 km apart told alike are two strikes",
			claims: claims(
				cb{id: "town", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "The news agency says a warplane hit a house in Dar Sallum."},
				cb{id: "road", doc: "d1", at: 200, speaker: "local-sources", p: farTown, rel: "near", from: day, typ: model.EventDroneStrike,
					quote: "A drone struck a motorcycle on a road near Kfar Haddad, the agency reports."},
			),
			want: "road | town",
		},
		{
			name: "one speaker: two towns 30 km apart, one sentence naming the other, is one strike",
			claims: claims(
				cb{id: "town", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "The news agency says a warplane hit a house in Dar Sallum."},
				cb{id: "road", doc: "d1", at: 200, speaker: "local-sources", p: farTown, rel: "near", from: day, typ: model.EventDroneStrike,
					quote: "The wounded of Dar Sallum were taken to the hospital near Kfar Haddad, the agency reports."},
			),
			want: "road town",
		},
		{
			name: "one speaker: a sentence of no known event at a town 30 km away is not a second strike",
			claims: claims(
				cb{id: "town", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "The news agency says a warplane hit a house in Dar Sallum."},
				cb{id: "ward", doc: "d1", at: 200, speaker: "local-sources", p: farTown, rel: "near", from: day, typ: model.EventUnknown,
					quote: "A boy was taken to the hospital near Kfar Haddad with burns, the agency says."},
			),
			want: "town ward",
		},
		{
			name: "one speaker: jets on a town, artillery on a village told by it (at the town's anchor)",
			claims: claims(
				cb{id: "jets", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike, killed: 5,
					quote: "Five people were killed when warplanes bombed the market of Dar Sallum, rescuers said."},
				cb{id: "guns", doc: "d1", at: 200, speaker: "local-sources", p: pl{"Tell Hamra", 33.20, 35.50, "LB", model.PlaceTown}, from: day, typ: model.EventArtillery, killed: 1,
					quote: "Later, army artillery shelled the hamlet of Tell Hamra, east of Dar Sallum, killing a shepherd."},
			),
			want: "guns | jets",
		},
		{
			name: "one speaker: jets on a town, artillery on a town 11 km away placed by its bearing from the first",
			claims: claims(
				cb{id: "jets", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike, killed: 9,
					quote: "Nine people died when warplanes hit the bus station in Dar Sallum, rescuers said."},
				cb{id: "guns", doc: "d1", at: 200, speaker: "local-sources", p: southVillage, from: day, typ: model.EventArtillery,
					quote: "In the evening army guns shelled the town of Ain Qasr, south of Dar Sallum, wounding two boys."},
			),
			want: "guns | jets",
		},
		{
			name: "one speaker: one weapon, a town placed by its bearing from the other, may be one strike",
			claims: claims(
				cb{id: "jets", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "Warplanes hit the bus station of Dar Sallum, rescuers said."},
				cb{id: "farm", doc: "d1", at: 200, speaker: "local-sources", p: southVillage, from: day, typ: model.EventAirstrike,
					quote: "Jets also bombed farms by Ain Qasr, south of Dar Sallum, wounding two boys."},
			),
			want: "farm jets",
		},
		{
			name: "one speaker: a village at the town's anchor pointing back to the strike is one strike",
			claims: claims(
				cb{id: "jets", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "Warplanes bombed the market of Dar Sallum, rescuers said."},
				cb{id: "guns", doc: "d1", at: 200, speaker: "local-sources", p: pl{"Tell Hamra", 33.20, 35.50, "LB", model.PlaceTown}, from: day, typ: model.EventArtillery,
					quote: "Shells fell on the hamlet of Tell Hamra after the strike, rescuers said."},
			),
			want: "guns jets",
		},
		{
			name: "one place named relative to another is one strike",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "ngo", p: northVillage, rel: "near", from: day, killed: 7,
					quote: "Jets killed seven people near Dar Sallum."},
				cb{id: "s", doc: "d1", at: 200, speaker: "ngo", p: southVillage, rel: "in", from: day, killed: 5, typ: model.EventArtillery,
					quote: "Five of them died in Ain Qasr, south of Dar Sallum, under the shells."},
			),
			want: "n s",
		},
		{
			name: "a sentence pointing back to the strike names where it was",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "ngo", p: northVillage, rel: "near", from: day, killed: 7,
					quote: "Jets killed seven people near Dar Sallum."},
				cb{id: "s", doc: "d1", at: 200, speaker: "ngo", p: southVillage, rel: "in", from: day, killed: 5,
					quote: "The strike in Ain Qasr also wounded five, it said."},
			),
			want: "n s",
		},
		{
			name: "two speakers who place and tell one strike differently",
			claims: claims(
				cb{id: "res", doc: "d1", speaker: "local-sources", p: northVillage, rel: "in", from: day,
					quote: "Residents said a jet bombed a house in Dar Sallum."},
				cb{id: "army", doc: "d1", at: 200, speaker: "israel", p: southVillage, rel: "in", from: day, typ: model.EventArtillery,
					quote: "The army said its guns hit a launcher in Ain Qasr."},
			),
			want: "army res",
		},
		{
			name: "the same toll told at two villages is one strike",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "ngo", p: northVillage, rel: "in", from: day, killed: 4,
					quote: "Four people died in Dar Sallum, the monitor said."},
				cb{id: "s", doc: "d1", at: 200, speaker: "ngo", p: southVillage, rel: "in", from: day, killed: 4,
					quote: "Four residents of Ain Qasr were killed by a jet."},
			),
			want: "n s",
		},
		{
			name: "a town the strike lies away from is no site of its own",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "ngo", p: northVillage, rel: "north of", from: day, killed: 7,
					quote: "Jets killed seven people north of Dar Sallum."},
				cb{id: "s", doc: "d1", at: 200, speaker: "ngo", p: southVillage, rel: "in", from: day, killed: 2,
					quote: "Two more died later in hospital in Ain Qasr."},
			),
			want: "n s",
		},
		{
			name: "one speaker: each village on a day of its own",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "cjtf-oir", p: northVillage, rel: "near", from: day,
					quote: "On May 2, near Dar Sallum, two strikes engaged a tactical unit."},
				cb{id: "s", doc: "d1", at: 200, speaker: "cjtf-oir", p: southVillage, rel: "near", from: "2024-05-03",
					quote: "On May 3, near Ain Qasr, one strike engaged a tactical unit."},
			),
			want: "n | s",
		},
		{
			name: "a death the next day at another village is no strike of its own",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "pmf", p: northVillage, rel: "near", from: day, typ: model.EventDroneStrike,
					quote: "A third fighter died of wounds from Thursday's drone strike near Dar Sallum, an official said."},
				cb{id: "s", doc: "d1", at: 200, speaker: "pmf", p: southVillage, rel: "in", from: "2024-05-03", typ: model.EventUnknown,
					quote: "He had been taken to a hospital in Ain Qasr and died on Friday night."},
			),
			want: "n s",
		},
		{
			name: "a release line does not take another report's strike at the next village",
			claims: claims(
				cb{id: "other", doc: "a0", speaker: "sdf", p: southVillage, rel: "", from: day,
					quote: "The SDF said coalition aircraft hit fighters in Ain Qasr."},
				cb{id: "n", doc: "r1", speaker: "cjtf-oir", p: northVillage, rel: "near", from: day, target: "command-and-control node",
					quote: "Near Dar Sallum, 6 strikes destroyed a command-and-control node."},
				cb{id: "s", doc: "r1", at: 200, speaker: "cjtf-oir", p: southVillage, rel: "near", from: day, target: "2 vehicles",
					quote: "Near Ain Qasr, 8 strikes destroyed 2 vehicles."},
			),
			want: "n | other s",
		},
		{
			name: "release lines told alike stay with the other report's strike",
			claims: claims(
				cb{id: "other", doc: "a0", speaker: "sdf", p: southVillage, rel: "", from: day,
					quote: "The SDF said coalition aircraft hit fighters in Ain Qasr."},
				cb{id: "n", doc: "r1", speaker: "cjtf-oir", p: northVillage, rel: "near", from: day,
					quote: "Near Dar Sallum, 6 strikes engaged a tactical unit."},
				cb{id: "s", doc: "r1", at: 200, speaker: "cjtf-oir", p: southVillage, rel: "near", from: day,
					quote: "Near Ain Qasr, 8 strikes engaged a tactical unit."},
			),
			want: "n other s",
		},
		{
			name: "two speakers of one report: shelling of one village one day, of the other the next",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "journalist", p: northVillage, rel: "in", from: day, typ: model.EventArtillery, killed: 4,
					quote: "Four civilians were killed yesterday when army guns shelled homes in Dar Sallum, our correspondent reported."},
				cb{id: "s", doc: "d1", at: 200, speaker: "local-sources", p: southVillage, rel: "in", from: "2024-05-03", typ: model.EventArtillery,
					quote: "At dawn today the artillery also shelled farms in Ain Qasr, activists said."},
			),
			want: "n | s",
		},
		{
			name: "a report telling both villages on their days keeps its first out of another report's strike at the second",
			claims: claims(
				cb{id: "other", doc: "a0", speaker: "ngo", p: southVillage, rel: "in", from: day, typ: model.EventArtillery,
					quote: "The monitor said shells fell on Ain Qasr."},
				cb{id: "n", doc: "d1", speaker: "journalist", p: northVillage, rel: "in", from: day, typ: model.EventArtillery,
					quote: "Army guns shelled homes in Dar Sallum yesterday, our correspondent reported."},
				cb{id: "s", doc: "d1", at: 200, speaker: "local-sources", p: southVillage, rel: "in", from: "2024-05-03", typ: model.EventArtillery,
					quote: "At dawn today the artillery also shelled farms in Ain Qasr, activists said."},
			),
			want: "n | other s",
		},
		{
			name: "two reports, each telling one village a day apart, are one strike told two ways",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "journalist", p: northVillage, rel: "in", from: day, typ: model.EventArtillery,
					quote: "Army guns shelled homes in Dar Sallum, our correspondent reported."},
				cb{id: "s", doc: "d2", speaker: "local-sources", p: southVillage, rel: "in", from: "2024-05-03", typ: model.EventArtillery,
					quote: "The artillery shelled farms in Ain Qasr, activists said."},
			),
			want: "n s",
		},
		{
			name: "two reports, one placing the strike in each village",
			claims: claims(
				cb{id: "n", doc: "d1", speaker: "ngo", p: northVillage, rel: "in", from: day, killed: 7,
					quote: "Jets killed seven people in Dar Sallum."},
				cb{id: "s", doc: "d2", speaker: "ngo", p: southVillage, rel: "in", from: day, killed: 6, typ: model.EventArtillery,
					quote: "Shells killed six people in Ain Qasr."},
			),
			want: "n s",
		},
		{
			name: "two speakers of one report: the later sentence tells its strike on the same day, at another village",
			claims: claims(
				cb{id: "guns", doc: "d1", speaker: "journalist", p: northVillage, rel: "in", from: day, typ: model.EventArtillery, killed: 3,
					quote: "Three people were killed when regime artillery shelled homes in Dar Sallum."},
				cb{id: "jets", doc: "d1", at: 200, speaker: "local-sources", p: southVillage, from: day,
					quote: "On the same day, warplanes raided farmland on the edge of Ain Qasr, rescuers said."},
			),
			want: "guns | jets",
		},
		{
			name: "one speaker: a second strike told alike at another village",
			claims: claims(
				cb{id: "depot", doc: "d1", speaker: "ngo", p: northVillage, from: day,
					quote: "Missiles struck an arms depot near Dar Sallum overnight, the monitor said."},
				cb{id: "radar", doc: "d1", at: 200, speaker: "ngo", p: southVillage, rel: "near", from: day, typ: model.EventUnknown,
					quote: "The monitor said a second strike that night hit a radar post near Ain Qasr."},
			),
			want: "depot | radar",
		},
		{
			name: "two speakers of one report, no further strike told: one strike told two ways",
			claims: claims(
				cb{id: "guns", doc: "d1", speaker: "journalist", p: northVillage, rel: "in", from: day, typ: model.EventArtillery, killed: 3,
					quote: "Three people were killed when regime artillery shelled homes in Dar Sallum."},
				cb{id: "jets", doc: "d1", at: 200, speaker: "local-sources", p: southVillage, from: day,
					quote: "Warplanes raided farmland on the edge of Ain Qasr, rescuers said."},
			),
			want: "guns jets",
		},
	}
	checkGroupings(t, tests)
}

func TestTellsAnother(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"On the same day, Russian jets bombed the outskirts of the village.", true},
		{"The same day, artillery shelled the town, activists said.", true},
		{"The monitor said a second strike hit a radar position near the port.", true},
		{"Another Israeli strike hit a warehouse near the airport.", true},
		{"Residents reported another air raid on the town after midnight.", true},
		{"The second strike killed the rescuers who had rushed to the site.", false},
		{"The ministry said it would hold another meeting on the strike.", false},
		{"Jets struck a depot near the port, the monitor said.", false},
	}
	for _, tt := range tests {
		if got := tellsAnother(tt.quote); got != tt.want {
			t.Errorf("tellsAnother(%q) = %v, want %v", tt.quote, got, tt.want)
		}
	}
}

func TestLinkNamedWeekday(t *testing.T) {
	// Two dated strikes on Baghdad, a Sunday and a Thursday; the undated
	// sentences are written for this test (their reports have no date).
	dated := []cb{
		{id: "sun", doc: "a1", pub: "2020-12-21", speaker: "iraq-joc", p: baghdad, from: "2020-12-20", typ: model.EventArtillery,
			quote: "Rockets hit the Green Zone on 20 December."},
		{id: "thu", doc: "a2", pub: "2020-12-18", speaker: "iraq-joc", p: baghdad, from: "2020-12-17", typ: model.EventArtillery,
			quote: "Rockets hit the airport road on 17 December."},
	}
	tests := []struct {
		name  string
		extra []cb
		want  string
	}{
		{
			name:  "a named weekday picks the strike on that day",
			extra: []cb{{id: "brief", doc: "z1", speaker: "us-official", p: baghdad, typ: model.EventArtillery, quote: "The rockets that struck Baghdad late on Sunday damaged a wall."}},
			want:  "brief sun | thu",
		},
		{
			name:  "no weekday: two strikes fit, it stays apart",
			extra: []cb{{id: "brief", doc: "z1", speaker: "us-official", p: baghdad, typ: model.EventArtillery, quote: "The rockets that struck Baghdad damaged a wall."}},
			want:  "brief | sun | thu",
		},
		{
			name:  "a weekday no strike fits says nothing",
			extra: []cb{{id: "brief", doc: "z1", speaker: "us-official", p: baghdad, typ: model.EventArtillery, quote: "The rockets that struck Baghdad late on Monday damaged a wall."}},
			want:  "brief | sun | thu",
		},
		{
			name:  "the day it was said does not count: the strike's day picks",
			extra: []cb{{id: "brief", doc: "z1", speaker: "us-official", p: baghdad, typ: model.EventArtillery, quote: "An embassy spokesman said on Monday that the rockets which struck Baghdad late on Thursday had damaged a wall."}},
			want:  "brief thu | sun",
		},
		{
			name:  "two weekdays say nothing",
			extra: []cb{{id: "brief", doc: "z1", speaker: "us-official", p: baghdad, typ: model.EventArtillery, quote: "Rockets struck Baghdad on Sunday and again on Thursday."}},
			want:  "brief | sun | thu",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(Link(claims(append(slices.Clone(dated), tt.extra...)...)).Incidents); got != tt.want {
				t.Errorf("got %q want %q", got, tt.want)
			}
		})
	}
}

func TestNamedWeekday(t *testing.T) {
	tests := []struct {
		quote string
		want  int
		ok    bool
	}{
		{"late on Sunday", 0, true},
		{"Thursday's strikes on the crossings", 4, true},
		{"on Sundays the market is full", 0, false},
		{"on Monday and Tuesday", 0, false},
		{"no day at all", 0, false},
		{"The ministry said on Friday that rockets struck the base late on Sunday.", 0, true},
		{"A spokesman told reporters on Monday the rockets had hit an empty lot.", 0, false},
	}
	for _, tt := range tests {
		got, ok := namedWeekday(tt.quote)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("namedWeekday(%q) = %d, %v; want %d, %v", tt.quote, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLinkUndatedAgreeing(t *testing.T) {
	// Two dated wires on strikes at Mosul, months apart and blamed on
	// different forces; the brief has no date at all. The sentences are
	// written for this test.
	wires := []cb{
		{id: "w-coal", doc: "a1", pub: "2017-03-18", speaker: "local-sources", p: mosul, from: "2017-03-17", asserted: []string{"coalition"}, killed: 40,
			quote: "Residents said coalition jets struck a house in western Mosul on Friday, killing 40 people."},
		{id: "w-iraq", doc: "a2", pub: "2016-11-11", speaker: "iraq-joc", p: mosul, from: "2016-11-10", asserted: []string{"iraq-air-force"}, killed: 3,
			quote: "Iraqi F-16s destroyed a car bomb factory in eastern Mosul on Thursday, killing three militants, the command said."},
	}
	coal2 := cb{id: "w-coal2", doc: "a3", pub: "2017-05-02", speaker: "local-sources", p: mosul, from: "2017-05-01",
		asserted: []string{"coalition"}, killed: 30, quote: "Coalition jets struck a market in Mosul on Monday, killing 30 people, residents said."}
	// a strike told at a quarter of the city, under the quarter's name
	suburb := coal2
	suburb.p = pl{"al-Zuhur", 36.36, 43.17, "IQ", model.PlaceTown}
	suburb.quote = "Coalition jets struck a market in al-Zuhur on Monday, killing 30 people, residents said."
	tests := []struct {
		name  string
		more  []cb // wires beside the two
		brief []cb
		want  string
	}{
		{
			name: "an undated brief blaming the coalition joins the coalition's strike; its other sentence follows",
			brief: []cb{
				{id: "b-blame", doc: "z1", speaker: "ngo", p: mosul, asserted: []string{"us"}, killed: 35,
					quote: "A monitoring group said U.S.-led aircraft hit a residential building in Mosul, killing at least 35."},
				{id: "b-rescue", doc: "z1", at: 100, speaker: "local-sources", p: mosul,
					quote: "Rescue workers in Mosul pulled bodies from the rubble for a second day."},
			},
			want: "b-blame b-rescue w-coal | w-iraq",
		},
		{
			name:  "blaming no one, it names no incident and stays apart",
			brief: []cb{{id: "b", doc: "z1", speaker: "ngo", p: mosul, killed: 35, quote: "A monitoring group said an air strike hit a building in Mosul, killing 35."}},
			want:  "b | w-coal | w-iraq",
		},
		{
			name: "blaming no one, the brief's two claims at the town stay together, apart from the wires",
			brief: []cb{
				{id: "b1", doc: "z1", speaker: "ngo", p: mosul, killed: 35, quote: "A monitoring group said an air strike hit a building in Mosul, killing 35."},
				{id: "b2", doc: "z1", at: 100, speaker: "local-sources", p: mosul, quote: "Neighbours in Mosul said the building had housed four families."},
			},
			want: "b1 b2 | w-coal | w-iraq",
		},
		{
			name:  "killed figures far apart: nothing agrees, it stays apart",
			brief: []cb{{id: "b", doc: "z1", speaker: "ngo", p: mosul, asserted: []string{"coalition"}, killed: 2, quote: "Coalition aircraft struck a car in Mosul, killing two people, a monitor said."}},
			want:  "b | w-coal | w-iraq",
		},
		{
			name: "two incidents blame the same force: it stays apart",
			more: []cb{coal2},
			brief: []cb{{id: "b", doc: "z1", speaker: "ngo", p: mosul, asserted: []string{"coalition"}, killed: 35,
				quote: "Coalition aircraft hit a building in Mosul, killing 35, a monitor said."}},
			want: "b | w-coal | w-coal2 | w-iraq",
		},
		{
			name: "two incidents blame the same force, one under the place it names: it joins that one",
			more: []cb{suburb},
			brief: []cb{{id: "b", doc: "z1", speaker: "ngo", p: mosul, asserted: []string{"coalition"}, killed: 35,
				quote: "Coalition aircraft hit a building in Mosul, killing 35, a monitor said."}},
			want: "b w-coal | w-coal2 | w-iraq",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append(slices.Clone(wires), tt.more...)
			if got := groups(Link(claims(append(in, tt.brief...)...)).Incidents); got != tt.want {
				t.Errorf("got %q want %q", got, tt.want)
			}
		})
	}
}

func TestLinkAnsweredStrike(t *testing.T) {
	// One border town; the sentences are written for this test.
	town := pl{"Tel Hamra", 36.10, 37.20, "SY", model.PlaceTown}
	const day = "2021-03-09"
	tests := []groupingCase{
		{
			name: "one speaker: the attack on its troops and its answer are two strikes",
			claims: claims(
				cb{id: "attack", doc: "d1", speaker: "turkey", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "Regime forces opened mortar fire on our post near Tel Hamra this morning."},
				cb{id: "answer", doc: "d1", at: 200, speaker: "turkey", p: town, rel: "around", from: day, typ: model.EventArtillery, asserted: []string{"turkey"}, killed: 20,
					quote: "Our howitzers retaliated, hitting regime positions around Tel Hamra and killing 20."},
			),
			want: "answer | attack",
		},
		{
			name: "a wire's answer and a monitor's toll of it join the answer, not the attack",
			claims: claims(
				cb{id: "attack", doc: "d1", speaker: "turkey", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "Turkey says regime mortar fire hit its post near Tel Hamra."},
				cb{id: "also", doc: "d1", at: 100, speaker: "russia-mod", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "Russia said the Syrian army had been firing at militants near Tel Hamra."},
				cb{id: "answer", doc: "d1", at: 200, speaker: "turkey", p: town, rel: "around", from: day, typ: model.EventArtillery, asserted: []string{"turkey"},
					quote: "Turkey says its guns hit 30 targets around Tel Hamra in response."},
				cb{id: "toll", doc: "d1", at: 300, speaker: "ngo", p: town, rel: "around", from: day, typ: model.EventArtillery, asserted: []string{"turkey"}, killed: 9,
					quote: "A monitor said Turkish shelling killed nine soldiers around Tel Hamra."},
			),
			want: "also attack | answer toll",
		},
		{
			name: "the answer told first, the attack after it: still two strikes",
			claims: claims(
				cb{id: "answer", doc: "d1", speaker: "turkey", p: town, rel: "in", from: day, asserted: []string{"turkey"},
					quote: "In an air operation today, the sources of the fire in the Tel Hamra region were struck."},
				cb{id: "attack", doc: "d1", at: 200, speaker: "turkey", p: town, rel: "in", from: day, typ: model.EventArtillery, asserted: []string{"sdf"},
					quote: "Earlier, terrorists had fired mortars from Tel Hamra at our border posts."},
			),
			want: "answer | attack",
		},
		{
			name: "a claim blaming a side neither incident blames joins the larger one",
			claims: claims(
				cb{id: "attack", doc: "d1", speaker: "turkey", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "Turkey says regime mortar fire hit its post near Tel Hamra."},
				cb{id: "also", doc: "d1", at: 100, speaker: "russia-mod", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "Russia said the Syrian army had been firing at militants near Tel Hamra."},
				cb{id: "answer", doc: "d1", at: 200, speaker: "turkey", p: town, rel: "around", from: day, typ: model.EventArtillery, asserted: []string{"turkey"},
					quote: "Turkey says its guns hit 30 targets around Tel Hamra in response."},
				cb{id: "rumour", doc: "d2", speaker: "journalist", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"russia"},
					quote: "Some residents blamed Russian guns for the shelling near Tel Hamra."},
			),
			want: "also attack rumour | answer",
		},
		{
			name: "two speakers blaming two sides for one strike are one incident",
			claims: claims(
				cb{id: "army", doc: "d1", speaker: "turkey", p: town, rel: "in", from: day, asserted: []string{"syria"},
					quote: "Turkey said regime jets bombed a market in Tel Hamra."},
				cb{id: "gov", doc: "d1", at: 200, speaker: "syria-gov", p: town, rel: "in", from: day, asserted: []string{"turkey"},
					quote: "Damascus said the strike in Tel Hamra was a Turkish drone, fired in response to nothing."},
			),
			want: "army gov",
		},
		{
			name: "one speaker blaming two sides with no answer told is one incident",
			claims: claims(
				cb{id: "first", doc: "d1", speaker: "journalist", p: town, rel: "in", from: day, asserted: []string{"syria"},
					quote: "Regime jets bombed a market in Tel Hamra, residents said."},
				cb{id: "later", doc: "d1", at: 200, speaker: "journalist", p: town, rel: "in", from: day, asserted: []string{"turkey"},
					quote: "Some accounts blamed a Turkish drone for the blast in Tel Hamra."},
			),
			want: "first later",
		},
		{
			name: "partners striking at one town are no attack and its answer",
			claims: claims(
				cb{id: "jets", doc: "d1", speaker: "syria-gov", p: town, rel: "near", from: day, asserted: []string{"russia"},
					quote: "Russian jets struck terrorist hideouts near Tel Hamra."},
				cb{id: "guns", doc: "d1", at: 200, speaker: "syria-gov", p: town, rel: "near", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "Our artillery shelled the same area in response to rocket fire."},
			),
			want: "guns jets",
		},
		{
			name: "actors a report blames together are no opposite sides",
			claims: claims(
				cb{id: "both", doc: "d1", speaker: "iraq-joc", p: town, rel: "near", from: day, asserted: []string{"turkey", "israel"},
					quote: "Turkish and Israeli aircraft struck a camp near Tel Hamra."},
				cb{id: "one", doc: "d1", at: 100, speaker: "iraq-joc", p: town, rel: "near", from: day, asserted: []string{"turkey"},
					quote: "Turkish jets struck near Tel Hamra."},
				cb{id: "other", doc: "d1", at: 200, speaker: "iraq-joc", p: town, rel: "near", from: day, asserted: []string{"israel"},
					quote: "Israeli aircraft returned in response an hour later."},
			),
			want: "both one other",
		},
	}
	checkGroupings(t, tests)
}

func TestLinkOpposedElsewhere(t *testing.T) {
	// A city and a camp 7 km south of it; the sentences are written for
	// this test.
	city := pl{"Nahr Dalla", 34.00, 36.50, "SY", model.PlaceTown}
	camp := pl{"Ras Wadi", 33.937, 36.50, "SY", model.PlacePoint}
	const day = "2019-06-11"
	tests := []groupingCase{
		{
			name: "one speaker: the army's bombardment of a camp and the militants' mortars on the city are two",
			claims: claims(
				cb{id: "army", doc: "d1", speaker: "syria-gov", p: camp, rel: "in", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "State media said army units destroyed militant fortifications in Ras Wadi."},
				cb{id: "mortar", doc: "d1", at: 200, speaker: "syria-gov", p: city, from: day, typ: model.EventArtillery, asserted: []string{"isis"},
					quote: "State television said mortar rounds fired by the terrorists fell on a residential quarter of Nahr Dalla, wounding four."},
			),
			want: "army | mortar",
		},
		{
			name: "two speakers blaming two sides at two nearby places may be one strike",
			claims: claims(
				cb{id: "army", doc: "d1", speaker: "ngo", p: camp, rel: "in", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "A monitor said government guns shelled Ras Wadi."},
				cb{id: "gov", doc: "d1", at: 200, speaker: "syria-gov", p: city, from: day, typ: model.EventArtillery, asserted: []string{"isis"},
					quote: "The government said the shells that fell on the south of Nahr Dalla were fired by militants."},
			),
			want: "army gov",
		},
		{
			name: "one speaker naming the other's place tells one strike twice",
			claims: claims(
				cb{id: "army", doc: "d1", speaker: "syria-gov", p: camp, rel: "in", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "State media said army units shelled militants in Ras Wadi."},
				cb{id: "mortar", doc: "d1", at: 200, speaker: "syria-gov", p: city, from: day, typ: model.EventArtillery, asserted: []string{"isis"},
					quote: "It said the militants in Ras Wadi had fired first at the southern edge of Nahr Dalla."},
			),
			want: "army mortar",
		},
		{
			name: "one speaker blaming two sides for a strike placed by a distance from a town and by its own name is one",
			claims: claims(
				cb{id: "first", doc: "d1", speaker: "syria-gov", p: moved(city, 180, 7), rel: "7 km south of", from: day, asserted: []string{"us"},
					quote: "State media first reported a likely American aggression on the base, 7 km south of Nahr Dalla."},
				cb{id: "later", doc: "d1", at: 200, speaker: "syria-gov", p: camp, rel: "in", from: day, asserted: []string{"israel"},
					quote: "It later said Israeli jets had struck the base at Ras Wadi."},
			),
			want: "first later",
		},
		{
			name: "a report spelling the camp's name at the city's coordinates joins the camp",
			claims: claims(
				cb{id: "army", doc: "d1", speaker: "syria-gov", p: camp, rel: "in", from: day, typ: model.EventArtillery, asserted: []string{"syria"},
					quote: "State media said army units destroyed militant fortifications in Ras Wadi."},
				cb{id: "mortar", doc: "d1", at: 200, speaker: "syria-gov", p: city, from: day, typ: model.EventArtillery, asserted: []string{"isis"},
					quote: "State television said mortar rounds fired by the terrorists fell on a residential quarter of Nahr Dalla, wounding four."},
				cb{id: "later", doc: "d2", speaker: "local-sources", p: pl{"Ras Wadi", city.lat, city.lon, "SY", model.PlacePoint}, from: "2019-06-12",
					quote: "The bombardment of Ras Wadi went on the next day, residents said."},
			),
			want: "army later | mortar",
		},
	}
	checkGroupings(t, tests)
}

func TestLinkSitesInTwoCountries(t *testing.T) {
	// Two towns 9 km apart across a border; the lines are written for this
	// test in the style of a strike release.
	west := pl{"Tell Safra", 34.45, 40.90, "SY", model.PlaceTown}
	east := pl{"Al-Jazra", 34.45, 40.998, "IQ", model.PlaceTown}
	const day = "2017-10-03"
	tests := []groupingCase{
		{
			name: "one release: strikes near two towns in two countries are two",
			claims: claims(
				cb{id: "sy", doc: "d1", speaker: "cjtf-oir", p: west, rel: "near", from: day, target: "headquarters", asserted: []string{"coalition"},
					quote: "Near Tell Safra, three strikes destroyed an ISIS headquarters."},
				cb{id: "iq", doc: "d1", at: 200, speaker: "cjtf-oir", p: east, rel: "near", from: day, target: "command post", asserted: []string{"coalition"},
					quote: "Near Al Jazra, two strikes destroyed an ISIS command post."},
			),
			want: "iq | sy",
		},
		{
			name: "one release: strikes near two towns of one country told alike may be one",
			claims: claims(
				cb{id: "a", doc: "d1", speaker: "cjtf-oir", p: west, rel: "near", from: day, target: "headquarters", asserted: []string{"coalition"},
					quote: "Near Tell Safra, three strikes destroyed an ISIS headquarters."},
				cb{id: "b", doc: "d1", at: 200, speaker: "cjtf-oir", p: pl{"Al-Jazra", 34.45, 40.998, "SY", model.PlaceTown}, rel: "near", from: day, target: "command post", asserted: []string{"coalition"},
					quote: "Near Al Jazra, two strikes destroyed an ISIS command post."},
			),
			want: "a b",
		},
	}
	checkGroupings(t, tests)
}

func TestLinkLaterSentenceRefersBack(t *testing.T) {
	// Two towns 16 km apart; the sentences are written for this test.
	hospitalTown := pl{"Kafr Halab", 36.20, 36.85, "SY", model.PlaceTown}
	marketTown := pl{"Tell Ada", 36.10, 36.74, "SY", model.PlaceTown}
	const day = "2020-03-04"
	tests := []groupingCase{
		{
			name: "the earlier sentence's own raids do not make the later shelling of another town the same strike",
			claims: claims(
				cb{id: "raid", doc: "d1", speaker: "local-sources", p: hospitalTown, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "Observers in Kafr Halab said the raids were carried out by two jets that circled the hospital twice."},
				cb{id: "shells", doc: "d1", at: 300, speaker: "local-sources", p: marketTown, from: day, typ: model.EventArtillery,
					quote: "On the same day, army artillery shelled the market of Tell Ada, south-west of Kafr Halab, killing a man."},
			),
			want: "raid | shells",
		},
		{
			name: "a later sentence pointing back to the strike may retell it",
			claims: claims(
				cb{id: "raid", doc: "d1", speaker: "local-sources", p: hospitalTown, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "Jets bombed the hospital in Kafr Halab, observers said."},
				cb{id: "shells", doc: "d1", at: 300, speaker: "local-sources", p: marketTown, from: day, typ: model.EventArtillery,
					quote: "After the strike, wounded were carried to Tell Ada, where shells also fell."},
			),
			want: "raid shells",
		},
	}
	checkGroupings(t, tests)
}

func TestLinkFarTowns(t *testing.T) {
	// Two towns 31 km apart; the sentences are written for this test.
	west := pl{"Bab Saqr", 35.80, 36.33, "SY", model.PlaceTown}
	east := pl{"Kafr Adma", 35.80, 36.674, "SY", model.PlaceTown}
	const day = "2019-12-19"
	tests := []groupingCase{
		{
			name: "a strike near one town and barrel bombs on a town 31 km off are two",
			claims: claims(
				cb{id: "barrels", doc: "d1", speaker: "ngo", p: east, rel: "in", from: day, typ: model.EventHelicopterAttack, asserted: []string{"syria"}, group: model.GroupCivilians,
					quote: "The monitor said helicopters dropped barrel bombs on Kafr Adma, killing three civilians."},
				cb{id: "jets", doc: "d2", speaker: "russia-mod", p: west, rel: "near", from: day, typ: model.EventAirstrike, asserted: []string{"russia"},
					quote: "Aerospace forces struck a workshop assembling drones near Bab Saqr, the ministry said."},
			),
			want: "barrels | jets",
		},
		{
			name: "a sentence naming the other town may tell the same strike",
			claims: claims(
				cb{id: "barrels", doc: "d1", speaker: "ngo", p: east, rel: "in", from: day, typ: model.EventHelicopterAttack, asserted: []string{"syria"},
					quote: "The monitor said helicopters dropped barrel bombs on Kafr Adma."},
				cb{id: "jets", doc: "d2", speaker: "journalist", p: west, rel: "near", from: day, typ: model.EventHelicopterAttack, asserted: []string{"syria"},
					quote: "Helicopters that took off near Bab Saqr bombed Kafr Adma, the outlet said."},
			),
			want: "barrels jets",
		},
	}
	checkGroupings(t, tests)
}

// groupingCase is a set of claims and the incidents they should form, as
// groups prints them.
type groupingCase struct {
	name   string
	claims []model.Claim
	want   string
}

// checkGroupings links each case's claims and compares the grouping.
func checkGroupings(t *testing.T, tests []groupingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(Link(tt.claims).Incidents); got != tt.want {
				t.Errorf("got %q want %q", got, tt.want)
			}
		})
	}
}

func TestLinkVillageByTown(t *testing.T) {
	// A village the gazetteer does not know takes its town's coordinates;
	// the sentences are written for this test.
	town := pl{"Kafr Adma", 35.80, 36.674, "SY", model.PlaceTown}
	village := pl{"Tell Surra", 35.80, 36.674, "SY", model.PlaceTown}
	hills := pl{"Jabal Surra", 35.80, 36.674, "SY", model.PlaceDistrict}
	const day = "2019-12-19"
	tests := []groupingCase{
		{
			name: "a village told by its town's bearing does not join the town's incident",
			claims: claims(
				cb{id: "shells", doc: "d1", speaker: "local-sources", p: town, rel: "in", from: day, typ: model.EventArtillery, killed: 4,
					quote: "Shells hit a house in Kafr Adma, killing four, rescuers said."},
				cb{id: "deny", doc: "d2", speaker: "russia-mod", p: village, rel: "near", from: day, typ: model.EventAirstrike, denied: []string{"russia"},
					quote: "The ministry said its aircraft had not struck near Tell Surra, a village south of Kafr Adma."},
				cb{id: "raids", doc: "d3", speaker: "local-sources", p: village, rel: "on the outskirts of", from: day, typ: model.EventAirstrike, asserted: []string{"russia"},
					quote: "Russian jets carried out two raids on the outskirts of Tell Surra, rescuers said."},
			),
			want: "deny raids | shells",
		},
		{
			name: "a village that names its town otherwise may tell the town's strike",
			claims: claims(
				cb{id: "shells", doc: "d1", speaker: "local-sources", p: town, rel: "in", from: day, typ: model.EventArtillery, killed: 4,
					quote: "Shells hit a house in Kafr Adma, killing four, rescuers said."},
				cb{id: "farm", doc: "d2", speaker: "ngo", p: village, rel: "in", from: day, typ: model.EventArtillery,
					quote: "The monitor said the shells that hit Kafr Adma also fell on Tell Surra."},
			),
			want: "farm shells",
		},
		{
			name: "a strike told by a bearing from the town may be at the village told by it",
			claims: claims(
				cb{id: "release", doc: "d1", speaker: "us-dod", p: town, rel: "south of", from: day, typ: model.EventAirstrike, asserted: []string{"us"},
					quote: "Aircraft struck a weapons cache south of Kafr Adma, the command said."},
				cb{id: "farms", doc: "d2", speaker: "local-sources", p: village, rel: "near", from: day, typ: model.EventAirstrike,
					quote: "Residents of farms near Tell Surra, south of Kafr Adma, said the jets killed a farmer."},
			),
			want: "farms release",
		},
		{
			name: "an area told by a town's bearing may hold the strike told at the town",
			claims: claims(
				cb{id: "town", doc: "d1", speaker: "iraq-mod", p: town, rel: "near", from: day, typ: model.EventAirstrike,
					quote: "Jets struck hideouts near Kafr Adma, the ministry said."},
				cb{id: "hills", doc: "d2", speaker: "uk", p: hills, rel: "in", from: day, typ: model.EventAirstrike,
					quote: "Typhoons struck caves in the Jabal Surra hills, south-west of Kafr Adma."},
			),
			want: "hills town",
		},
		{
			name: "an attack near the town may be at the village told by its bearing",
			claims: claims(
				cb{id: "near", doc: "d1", speaker: "local-sources", p: town, rel: "near", from: day, typ: model.EventGroundAttack,
					quote: "Gunmen killed nine people in an attack on a village near Kafr Adma, officials said."},
				cb{id: "village", doc: "d2", speaker: "iraq-joc", p: village, rel: "in", from: day, typ: model.EventGroundAttack,
					quote: "Terrorist gangs attacked the village of Tell Surra, north-east of Kafr Adma, last night."},
			),
			want: "near village",
		},
	}
	checkGroupings(t, tests)
}

func TestLinkDenialAfterAccountsOfItsDay(t *testing.T) {
	// The sentences are written for this test.
	village := pl{"Tell Sabt", 35.95, 39.25, "SY", model.PlaceTown}
	tests := []groupingCase{
		{
			name: "a log's denial dated by the strike it answers joins that day's account, not the log's earlier strike",
			claims: claims(
				cb{id: "log-first", doc: "a-log", speaker: "cjtf-oir", p: village, rel: "near", from: "2017-06-10", asserted: []string{"coalition"},
					quote: "It was assessed that coalition aircraft struck a fighting position near Tell Sabt."},
				cb{id: "log-denial", doc: "a-log", at: 200, speaker: "cjtf-oir", stance: model.StanceDenies, p: village, rel: "near", from: "2017-06-14", denied: []string{"coalition"},
					quote: "No coalition strikes were conducted in the vicinity of Tell Sabt on that date."},
				cb{id: "monitor", doc: "b-monitor", speaker: "local-sources", p: village, rel: "outside", from: "2017-06-14", asserted: []string{"coalition"}, group: model.GroupCivilians,
					quote: "Local sources said a coalition strike hit a car outside Tell Sabt on 14 June."},
			),
			want: "log-denial monitor | log-first",
		},
	}
	checkGroupings(t, tests)
}
