package assess

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/link"
	"github.com/crosscheck/crosscheck/internal/model"
)

// cl is a compact claim for tests.
type cl struct {
	id, doc, speaker, stance string
	asserted, denied         []string
	group, target            string
	counts, revises          []model.Count
	from, country, source    string
}

// summed is a count of people of no group that adds up parts as written
// ("three soldiers and five policemen": 8).
func summed(kind string, parts ...int) model.Count {
	sum := model.SumOf(parts)
	c := n(kind, "unknown", sum, sum, false)
	c.Parts = parts
	return c
}

func n(kind, group string, lo, hi int, approx bool) model.Count {
	c := model.Count{Kind: kind, Group: group, Approx: approx}
	if lo >= 0 {
		c.Min = model.IntPtr(lo)
	}
	if hi >= 0 {
		c.Max = model.IntPtr(hi)
	}
	return c
}

func incident(cs ...cl) *model.Incident {
	inc := &model.Incident{ID: "inc-test"}
	for i, c := range cs {
		st := c.stance
		if st == "" {
			st = model.StanceAsserts
		}
		doc := c.doc
		if doc == "" {
			doc = "d1"
		}
		inc.Claims = append(inc.Claims, model.Claim{
			ID: c.id, Document: doc, Speaker: c.speaker, Stance: st,
			PerpetratorsAsserted: c.asserted, PerpetratorsDenied: c.denied,
			Event:  model.Event{Type: model.EventAirstrike, Target: c.target, TargetGroup: c.group},
			Counts: c.counts, Revises: c.revises, Quote: "quote " + c.id, Span: [2]int{i * 100, i*100 + 50},
			When:   model.When{From: c.from, To: c.from},
			Where:  model.Where{Country: c.country},
			Source: c.source,
		})
	}
	return inc
}

var docs = map[string]model.Document{
	"d1":   {ID: "d1", Publisher: "War is Boring", Published: "2016-07-04"},
	"d2":   {ID: "d2", Publisher: "AFP", Published: "2016-07-01"},
	"d3":   {ID: "d3", Publisher: "Al Jazeera", Published: "2016-07-02"},
	"copy": {ID: "copy", Publisher: "Yahoo", Published: "2016-07-02", CopyOf: "d2"},
	"rel":  {ID: "rel", Publisher: "CJTF-OIR", Published: "2018-04-06", Kind: model.KindOfficial},
}

// kinds renders contradictions as "kind:a/b" sorted.
func kinds(cs []model.Contradiction) string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s:%s/%s", c.Kind, c.A.Speaker, c.B.Speaker))
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

func TestAssessContradictionsAndGrade(t *testing.T) {
	tests := []struct {
		name       string
		inc        *model.Incident
		records    []model.Claim
		wantContra string
		wantGrade  string
		reasonHas  string
	}{
		{
			name: "convoy: coalition takes part, Iraqi sources deny; shares that cannot both be true; civilians vs militants",
			inc: incident(
				cl{id: "total", speaker: "journalist", counts: []model.Count{n("vehicles_destroyed", "unknown", 260, 260, true)}},
				cl{id: "mod", speaker: "iraq-mod", asserted: []string{"iraq"}},
				cl{id: "oir", speaker: "cjtf-oir", asserted: []string{"coalition"}},
				cl{id: "deny", speaker: "iraqi-sources", stance: model.StanceDenies, denied: []string{"coalition"}},
				cl{id: "civ", speaker: "cjtf-oir", asserted: []string{"coalition"}, group: "mixed"},
				cl{id: "mil", speaker: "iraqi-sources", asserted: []string{"iraq-army-aviation"}, group: "militants",
					counts: []model.Count{n("vehicles_destroyed", "unknown", 201, -1, false)}},
				cl{id: "oir55", speaker: "cjtf-oir", asserted: []string{"coalition"}, counts: []model.Count{n("vehicles_destroyed", "unknown", 55, 55, false)}},
				cl{id: "oirIraq", speaker: "cjtf-oir", asserted: []string{"iraq-air-force", "iraq-army-aviation"}, counts: []model.Count{n("vehicles_destroyed", "unknown", 24, -1, true)}},
			),
			wantContra: "attribution:cjtf-oir/iraqi-sources count:iraqi-sources/cjtf-oir target:cjtf-oir/iraqi-sources",
			wantGrade:  model.GradeContested,
			reasonHas:  "contested: CJTF-OIR (coalition command) says the coalition struck; unnamed Iraqi sources denies it; sources also disagree on the figures and who was hit",
		},
		{
			name: "a command naming its country beside its air force gives the strike's toll: its fighters against the families' shepherds",
			inc: incident(
				cl{id: "af", speaker: "iraq-military", asserted: []string{"iraq-air-force"}, group: "militants",
					counts: []model.Count{n("killed", "militants", 7, 7, false)}},
				cl{id: "video", speaker: "iraq-military", asserted: []string{"iraq"}, group: "militants"},
				cl{id: "fam", speaker: "local-sources", group: "civilians", counts: []model.Count{n("killed", "civilians", 3, 3, false)}},
			),
			wantContra: "count:iraq-military/local-sources target:iraq-military/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a sum of the people hurt beside other reports of its parts: some of the same people, no rival tolls",
			inc: incident(
				cl{id: "wire", speaker: "journalist", counts: []model.Count{summed("injured", 3, 5)}},
				cl{id: "army", speaker: "us-dod", counts: []model.Count{n("injured", "unknown", 3, 3, false)}},
				cl{id: "police", speaker: "iraqi-sources", counts: []model.Count{n("injured", "unknown", 5, 5, false)}},
			),
			wantContra: "",
			wantGrade:  model.GradeFair,
		},
		{
			name: "one dead is any of the dead: a report of one against a sum of two people is a rival toll",
			inc: incident(
				cl{id: "note", speaker: "ngo", counts: []model.Count{summed("killed", 1, 1)}},
				cl{id: "activists", speaker: "local-sources", counts: []model.Count{n("killed", "unknown", 1, 1, false)}},
			),
			wantContra: "count:ngo/local-sources",
			wantGrade:  model.GradeFair,
		},
		{
			name: "a figure that is no part of the sum is still a rival toll",
			inc: incident(
				cl{id: "wire", speaker: "journalist", counts: []model.Count{summed("injured", 3, 5)}},
				cl{id: "police", speaker: "iraqi-sources", counts: []model.Count{n("injured", "unknown", 4, 4, false)}},
			),
			wantContra: "count:journalist/iraqi-sources",
			wantGrade:  model.GradeFair,
		},
		{
			name: "no one killed against a claimed toll that names no group but is read as the soldiers it says were ambushed",
			inc: incident(
				cl{id: "amaq", speaker: "isis-amaq", asserted: []string{"isis"}, group: "militants",
					counts: []model.Count{n("killed", "unknown", 9, 9, false)}},
				cl{id: "police", speaker: "iraqi-sources", counts: []model.Count{n("killed", "unknown", 0, 0, false)}},
			),
			wantContra: "count:iraqi-sources/isis-amaq",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a toll split by group in another claim: its share of fighters is no count of all the dead; the toll is compared",
			inc: incident(
				cl{id: "toll", speaker: "sdf", asserted: []string{"turkey"}, counts: []model.Count{n("killed", "unknown", 3, 3, false)}},
				cl{id: "split", speaker: "sdf", group: "mixed",
					counts: []model.Count{n("killed", "militants", 1, 1, false), n("killed", "civilians", 2, 2, false)}},
				cl{id: "mod", speaker: "turkey", asserted: []string{"turkey"}, group: "militants",
					counts: []model.Count{n("killed", "militants", 3, 3, false)}},
				cl{id: "mon", speaker: "ngo", group: "militants", counts: []model.Count{n("killed", "unknown", 4, 4, false)}},
			),
			wantContra: "count:ngo/sdf count:turkey/ngo target:sdf/ngo target:sdf/turkey",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "children among the civilians split no toll: the civilian counts are still compared",
			inc: incident(
				cl{id: "toll", speaker: "local-sources", counts: []model.Count{n("killed", "unknown", 14, 14, false)}},
				cl{id: "civ", speaker: "local-sources", group: "civilians",
					counts: []model.Count{n("killed", "civilians", 14, 14, false), n("killed", "children", 3, 3, false)}},
				cl{id: "other", speaker: "isis-amaq", group: "civilians", counts: []model.Count{n("killed", "civilians", 21, -1, false)}},
			),
			wantContra: "count:local-sources/isis-amaq",
			wantGrade:  model.GradeFair,
		},
		{
			name: "Taji: state TV says the US struck; US and coalition deny; military denies it happened; militia retracts",
			inc: incident(
				cl{id: "tv", speaker: "iraq-state-tv", asserted: []string{"us"}},
				cl{id: "usd", speaker: "us-official", stance: model.StanceDenies, denied: []string{"us"}},
				cl{id: "oir", speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"coalition"}},
				cl{id: "mil", speaker: "iraq-military", stance: model.StanceDenies, denied: []string{model.Occurrence}},
				cl{id: "src", speaker: "iraqi-sources", counts: []model.Count{n("killed", "unknown", 5, 6, false)}},
				cl{id: "media", speaker: "journalist", group: "militants", target: "senior leaders"},
				cl{id: "pmf1", speaker: "pmf", stance: model.StanceConfirms, group: "medics", target: "convoy of medics"},
				cl{id: "pmf2", speaker: "pmf", stance: model.StanceRetracts},
			),
			wantContra: "attribution:iraq-state-tv/cjtf-oir attribution:iraq-state-tv/us-official " +
				"occurrence:iraq-state-tv/iraq-military occurrence:iraqi-sources/iraq-military occurrence:journalist/iraq-military occurrence:pmf/iraq-military " +
				"retraction:pmf/pmf target:journalist/pmf",
			wantGrade: model.GradeContested,
			reasonHas: "contested: Iraqi state TV says the United States struck; unnamed US official and CJTF-OIR (coalition command) deny it; Iraqi military says no strike took place",
		},
		{
			name: "a belligerent that said it hit fighters later counts civilian dead: its account of who was hit is withdrawn, not its strike",
			inc: incident(
				cl{id: "first", speaker: "us-dod", asserted: []string{"us"}, group: "militants"},
				cl{id: "review", speaker: "us-dod", asserted: []string{"us"}, group: "civilians",
					counts: []model.Count{n("killed", "civilians", 4, 4, false)}},
			),
			wantContra: "retraction:us-dod/us-dod",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a local official counts a civilian among the fighters a belligerent says it killed: who was hit is contested; the belligerent's own mixed count is not",
			inc: incident(
				cl{id: "mod", speaker: "turkey", asserted: []string{"turkey"}, group: "militants",
					counts: []model.Count{n("killed", "militants", 2, 2, false)}},
				cl{id: "local", speaker: "local-sources", doc: "d2", group: "militants",
					counts: []model.Count{n("killed", "militants", 1, 1, false), n("killed", "civilians", 1, 1, false)}},
				cl{id: "modboth", speaker: "turkey", asserted: []string{"turkey"}, group: "militants",
					counts: []model.Count{n("killed", "militants", 2, 2, false), n("injured", "civilians", 1, 1, false)}},
			),
			wantContra: "count:local-sources/turkey target:local-sources/turkey",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "fighters and civilians counted together withdraw nothing",
			inc: incident(
				cl{id: "first", speaker: "us-dod", asserted: []string{"us"}, group: "militants"},
				cl{id: "both", speaker: "us-dod", asserted: []string{"us"},
					counts: []model.Count{n("killed", "civilians", 2, 2, false), n("killed", "militants", 5, 5, false)}},
			),
			wantContra: "",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a share smaller than the total is no contradiction",
			inc: incident(
				cl{id: "a", speaker: "journalist", counts: []model.Count{n("vehicles_destroyed", "unknown", 260, 260, true)}},
				cl{id: "b", speaker: "cjtf-oir", asserted: []string{"coalition"}, counts: []model.Count{n("vehicles_destroyed", "unknown", 55, 55, false)}},
			),
			wantContra: "",
			wantGrade:  model.GradeConfirmed,
			reasonHas:  "confirmed: CJTF-OIR (coalition command), speaking for the coalition, says the coalition took part",
		},
		{
			name: "two totals that cannot both be true",
			inc: incident(
				cl{id: "a", speaker: "journalist", counts: []model.Count{n("killed", "militants", -1, 50, false)}},
				cl{id: "b", speaker: "iraq-joc", counts: []model.Count{n("killed", "militants", 200, -1, false)}},
			),
			wantContra: "count:journalist/iraq-joc",
			wantGrade:  model.GradeFair,
		},
		{
			name: "a figure credited to the only actor its source names is that source's total",
			inc: incident(
				cl{id: "a", speaker: "syria-gov", asserted: []string{"coalition"}, group: "civilians", counts: []model.Count{n("killed", "civilians", 19, 19, false)}},
				cl{id: "b", speaker: "ngo", group: "civilians", counts: []model.Count{n("killed", "civilians", 23, -1, false)}},
			),
			wantContra: "count:syria-gov/ngo",
			wantGrade:  model.GradeFair,
		},
		{
			name: "a belligerent's figure for a joint strike against a denial's own figure",
			inc: incident(
				cl{id: "a", speaker: "cjtf-oir", asserted: []string{"iraq-army-aviation", "coalition"}, counts: []model.Count{n("killed", "militants", -1, 30, false)}},
				cl{id: "b", speaker: "iraq-military", stance: model.StanceDenies, denied: []string{"coalition"}, counts: []model.Count{n("killed", "militants", 45, 45, false)}},
			),
			wantContra: "attribution:cjtf-oir/iraq-military count:cjtf-oir/iraq-military",
			wantGrade:  model.GradeContested,
		},
		{
			name: "naming another actor and denying one's own part is no retraction",
			inc: incident(
				cl{id: "a", speaker: "cjtf-oir", asserted: []string{"russia"}},
				cl{id: "b", speaker: "cjtf-oir", stance: model.StanceDenies},
			),
			wantContra: "",
			wantGrade:  model.GradeWeak,
		},
		{
			name: "the only source retracts: discounted",
			inc: incident(
				cl{id: "a", speaker: "pmf", stance: model.StanceConfirms, group: "medics"},
				cl{id: "b", speaker: "pmf", stance: model.StanceRetracts},
			),
			wantContra: "retraction:pmf/pmf",
			wantGrade:  model.GradeDiscounted,
		},
		{
			name: "near-copies and outlets quoting one speaker are one source: weak",
			inc: incident(
				cl{id: "a", doc: "d2", speaker: "journalist"},
				cl{id: "b", doc: "copy", speaker: "journalist"},
				cl{id: "c", doc: "d3", speaker: "us-official", asserted: []string{"iraq"}},
				cl{id: "d", doc: "d1", speaker: "us-official", asserted: []string{"iraq"}},
			),
			wantGrade: model.GradeFair,
			reasonHas: "fair: 2 independent sources report it (AFP (own reporting) and unnamed US official)",
		},
		{
			name: "a near-copy alone is one source: weak",
			inc: incident(
				cl{id: "a", doc: "d2", speaker: "journalist"},
				cl{id: "b", doc: "copy", speaker: "journalist"},
			),
			wantGrade: model.GradeWeak,
		},
		{
			name: "two independent sources, no denial: fair",
			inc: incident(
				cl{id: "a", doc: "d2", speaker: "journalist"},
				cl{id: "b", doc: "copy", speaker: "journalist"},
				cl{id: "c", doc: "d3", speaker: "local-sources"},
				cl{id: "d", doc: "d1", speaker: "local-sources"},
			),
			wantGrade: model.GradeFair,
			reasonHas: "fair: 2 independent sources",
		},
		{
			name: "a source that reports the strike and says no civilians were hit disputes who was hit, not the strike",
			inc: incident(
				cl{id: "ngo", speaker: "ngo", asserted: []string{"syria"}, group: "civilians", counts: []model.Count{n("killed", "civilians", 6, -1, false)}},
				cl{id: "gov", speaker: "syria-gov", asserted: []string{"syria"}},
				cl{id: "nociv", speaker: "syria-gov", stance: model.StanceDenies, group: "civilians"},
			),
			wantContra: "target:ngo/syria-gov",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a side that asserts its strike and counts no civilians dead says who was not hit",
			inc: incident(
				cl{id: "un", speaker: "un", group: "civilians", counts: []model.Count{n("killed", "civilians", 12, -1, false)}},
				cl{id: "fr", speaker: "france", asserted: []string{"france"}, counts: []model.Count{n("killed", "civilians", 0, 0, false)}},
			),
			wantContra: "count:un/france target:un/france",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a side that names no actor and sees no sign that civilians were harmed questions who was hit, not the strike",
			inc: incident(
				cl{id: "gov", speaker: "iraq-joc", group: "civilians"},
				cl{id: "us", speaker: "us-official", asserted: []string{"us"}},
				cl{id: "noind", speaker: "us-official", stance: model.StanceDisputes,
					counts: []model.Count{n("killed", "civilians", 0, 0, false), n("injured", "civilians", 0, 0, false)}},
			),
			wantContra: "target:iraq-joc/us-official",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a zero of civilians says they were not hit, not that they were",
			inc: incident(
				cl{id: "joc", speaker: "iraq-joc", asserted: []string{"iraq"}, group: "militants", counts: []model.Count{n("killed", "militants", 5, 5, false)}},
				cl{id: "mon", doc: "d2", speaker: "ngo", counts: []model.Count{n("killed", "civilians", 0, 0, false)}},
			),
			wantContra: "",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a source that blames only fighters with no aircraft and says no air strike hit a civilian home denies the strike",
			inc: incident(
				cl{id: "loc", speaker: "local-sources", group: "civilians", counts: []model.Count{n("killed", "civilians", 7, -1, false)}},
				cl{id: "bomb", speaker: "iraq-joc", asserted: []string{"isis"}},
				cl{id: "noair", speaker: "iraq-joc", stance: model.StanceDenies, group: "civilians"},
			),
			wantContra: "occurrence:local-sources/iraq-joc",
			wantGrade:  model.GradeContested,
		},
		{
			name: "a claimant's toll of the soldiers it says it killed against a monitor's bare toll",
			inc: incident(
				cl{id: "claim", speaker: "isis-amaq", asserted: []string{"isis"}, group: "militants",
					counts: []model.Count{n("killed", "unknown", 12, 12, false)}},
				cl{id: "mon", doc: "d2", speaker: "ngo", counts: []model.Count{n("killed", "unknown", 5, 5, false)}},
			),
			wantContra: "count:ngo/isis-amaq",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a denial with a group but no report of the strike from its source still denies the strike",
			inc: incident(
				cl{id: "loc", speaker: "local-sources", group: "civilians"},
				cl{id: "joc", speaker: "iraq-joc", stance: model.StanceDenies, group: "civilians"},
			),
			wantContra: "occurrence:local-sources/iraq-joc",
			wantGrade:  model.GradeContested,
		},
		{
			name: "people killed where every named figure counts civilians are those civilians",
			inc: incident(
				cl{id: "oir", speaker: "cjtf-oir", stance: model.StanceConfirms, asserted: []string{"coalition"}, group: "civilians",
					counts: []model.Count{n("killed", "civilians", 4, 4, false)}},
				cl{id: "res", speaker: "local-sources", counts: []model.Count{n("killed", "unknown", 11, 11, false)}},
			),
			wantContra: "count:cjtf-oir/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "people killed, where the relatives say civilians were hit, against a militants figure: who they were and how many are both disputed",
			inc: incident(
				cl{id: "joc", speaker: "iraq-joc", group: "militants", counts: []model.Count{n("killed", "militants", 11, 11, false)}},
				cl{id: "rel", speaker: "local-sources", group: "civilians", counts: []model.Count{n("killed", "unknown", 4, 4, false)}},
			),
			wantContra: "count:iraq-joc/local-sources target:iraq-joc/local-sources",
			wantGrade:  model.GradeFair,
		},
		{
			name: "a source that said its medics were hit, then that no medics were targeted, withdraws it",
			inc: incident(
				cl{id: "pmf1", speaker: "pmf", group: "medics", target: "convoy of medics"},
				cl{id: "tv", speaker: "iraq-state-tv", asserted: []string{"us"}},
				cl{id: "pmf2", speaker: "pmf", stance: model.StanceDenies, group: "medics"},
			),
			wantContra: "retraction:pmf/pmf",
			wantGrade:  model.GradeWeak,
		},
		{
			name: "a command that blames ISIS, which has no aircraft, for what the coalition calls its strike",
			inc: incident(
				cl{id: "oir", speaker: "cjtf-oir", stance: model.StanceConfirms, asserted: []string{"coalition"}, group: "civilians",
					counts: []model.Count{n("killed", "civilians", 4, 4, false)}},
				cl{id: "joc", speaker: "iraq-joc", asserted: []string{"isis"}},
				cl{id: "res", speaker: "local-sources", counts: []model.Count{n("killed", "unknown", 11, 11, false)}},
			),
			wantContra: "attribution:cjtf-oir/iraq-joc count:cjtf-oir/local-sources",
			wantGrade:  model.GradeContested,
			reasonHas:  "contested: CJTF-OIR (coalition command) says the coalition struck; Iraqi Joint Operations Command denies it",
		},
		{
			name: "unnamed officers in one report blame ISIS; unnamed officers in another report name the coalition: each report's are their own",
			inc: incident(
				cl{id: "amaq", doc: "d2", speaker: "isis-amaq", asserted: []string{"coalition"}, group: "civilians"},
				cl{id: "off", doc: "d2", speaker: "iraqi-sources", asserted: []string{"isis"}},
				cl{id: "off2", doc: "d3", speaker: "iraqi-sources", asserted: []string{"coalition"}, group: "militants"},
			),
			wantContra: "attribution:isis-amaq/iraqi-sources target:isis-amaq/iraqi-sources",
			wantGrade:  model.GradeContested,
		},
		{
			name: "one named command that blames ISIS in one report and the coalition in another gives no competing account",
			inc: incident(
				cl{id: "amaq", doc: "d2", speaker: "isis-amaq", asserted: []string{"coalition"}},
				cl{id: "joc", doc: "d2", speaker: "iraq-joc", asserted: []string{"isis"}},
				cl{id: "joc2", doc: "d3", speaker: "iraq-joc", asserted: []string{"coalition"}},
			),
			wantContra: "",
			wantGrade:  model.GradeFair,
		},
		{
			name: "ISIS named beside the air force that struck is no competing account",
			inc: incident(
				cl{id: "mod", speaker: "iraq-mod", asserted: []string{"iraq-air-force"}},
				cl{id: "j", speaker: "journalist", asserted: []string{"iraq", "isis"}},
			),
			wantContra: "",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "four dead including a civilian against three dead, all fighters",
			inc: incident(
				cl{id: "mon", speaker: "ngo", asserted: []string{"turkey"}, group: "civilians",
					counts: []model.Count{n("killed", "unknown", 4, 4, false), n("killed", "civilians", 1, 1, false)}},
				cl{id: "mmc", speaker: "local-sources", group: "militants", counts: []model.Count{n("killed", "militants", 3, 3, false)}},
			),
			wantContra: "count:ngo/local-sources target:ngo/local-sources",
			wantGrade:  model.GradeFair,
		},
		{
			// "The command says its jets, in coordination with the coalition,
			// killed 25 terrorists" / "We counted six to ten dead, at least
			// three of them civilians."
			name: "a striker's tally of its own jets' kills larger than a monitor's count of all the dead, given with its parts",
			inc: incident(
				cl{id: "jets", speaker: "iraq-joc", asserted: []string{"iraq-air-force"}, group: "militants", counts: []model.Count{n("killed", "militants", 25, 25, false)}},
				cl{id: "ally", speaker: "iraq-joc", asserted: []string{"coalition"}},
				cl{id: "mon", speaker: "ngo", group: "civilians",
					counts: []model.Count{n("killed", "unknown", 6, 10, false), n("killed", "civilians", 3, -1, false)}},
			),
			wantContra: "count:iraq-joc/ngo target:iraq-joc/ngo",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a monitor's bare dead against locals' civilians, beside the striker's own tally of terrorists: the figures disagree",
			inc: incident(
				cl{id: "mod", speaker: "turkey", asserted: []string{"turkey"}, group: "militants", counts: []model.Count{n("killed", "militants", 6, 6, false)}},
				cl{id: "loc", speaker: "local-sources", asserted: []string{"turkey"}, group: "civilians", counts: []model.Count{n("killed", "civilians", 2, 2, false)}},
				cl{id: "mon", speaker: "ngo", asserted: []string{"turkey"}, counts: []model.Count{n("killed", "unknown", 5, 5, false)}},
			),
			// Turkey's six militants and the locals' two civilians are also a
			// count contradiction: all the dead under opposite groups.
			wantContra: "count:local-sources/ngo count:turkey/local-sources target:turkey/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "four men against eleven militants, where no one says civilians: the same dead counted differently",
			inc: incident(
				cl{id: "joc", speaker: "iraq-joc", group: "militants", counts: []model.Count{n("killed", "militants", 11, 11, false)}},
				cl{id: "rel", speaker: "local-sources", counts: []model.Count{n("killed", "unknown", 4, 4, false)}},
			),
			wantContra: "count:iraq-joc/local-sources",
			wantGrade:  model.GradeFair,
		},
		{
			name: "no one killed against fighters killed",
			inc: incident(
				cl{id: "gov", speaker: "syria-gov", asserted: []string{"israel"}, counts: []model.Count{n("killed", "unknown", 0, 0, false)}},
				cl{id: "mon", speaker: "ngo", group: "militants", counts: []model.Count{n("killed", "militants", 5, 7, false)}},
			),
			wantContra: "count:syria-gov/ngo",
			wantGrade:  model.GradeFair,
		},
		{
			name: "a command's unspecified dead of the militants it says it hit are not civilians",
			inc: incident(
				cl{id: "mod", speaker: "iraq-mod", asserted: []string{"iraq-air-force"}, group: "militants", counts: []model.Count{n("killed", "unknown", 40, 40, false)}},
				cl{id: "eld", speaker: "local-sources", group: "civilians", counts: []model.Count{n("killed", "civilians", 12, 12, false)}},
			),
			wantContra: "count:iraq-mod/local-sources target:iraq-mod/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "seven of a family against eight terrorists: the same dead, counted and named differently",
			inc: incident(
				cl{id: "joc", speaker: "iraq-joc", asserted: []string{"iraq-army-aviation"}, group: "militants", counts: []model.Count{n("killed", "unknown", 8, 8, false)}},
				cl{id: "head", speaker: "local-sources", counts: []model.Count{n("killed", "civilians", 7, 7, false)}},
			),
			wantContra: "count:iraq-joc/local-sources target:iraq-joc/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "seven of a family against seven terrorists: only who they were is disputed",
			inc: incident(
				cl{id: "joc", speaker: "iraq-joc", asserted: []string{"iraq-army-aviation"}, group: "militants", counts: []model.Count{n("killed", "militants", 7, 7, false)}},
				cl{id: "head", speaker: "local-sources", counts: []model.Count{n("killed", "civilians", 7, 7, false)}},
			),
			wantContra: "target:iraq-joc/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a toll of terrorists against a toll of shoppers: who was hit is disputed",
			inc: incident(
				cl{id: "mod", speaker: "iraq-mod", asserted: []string{"iraq-air-force"}, counts: []model.Count{n("killed", "militants", 40, 40, false)}},
				cl{id: "doc", speaker: "local-sources", counts: []model.Count{n("killed", "civilians", 15, -1, false)}},
			),
			wantContra: "target:iraq-mod/local-sources",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a withdrawal told before the account it withdraws",
			inc: incident(
				cl{id: "w", speaker: "pmf", stance: model.StanceRetracts, asserted: []string{"us"}},
				cl{id: "a", speaker: "pmf", group: "militants", counts: []model.Count{n("killed", "militants", 2, 2, false)}},
				cl{id: "mil", speaker: "iraq-military", stance: model.StanceDenies, denied: []string{model.Occurrence}},
			),
			wantContra: "occurrence:pmf/iraq-military retraction:pmf/pmf",
			wantGrade:  model.GradeDiscounted,
		},
		{
			name: "two air forces each named alone by a different source: competing accounts of who struck",
			inc: incident(
				cl{id: "tv", speaker: "iraq-state-tv", asserted: []string{"iraq-air-force"}, group: "militants"},
				cl{id: "res", speaker: "local-sources", asserted: []string{"us"}},
			),
			wantContra: "attribution:local-sources/iraq-state-tv",
			wantGrade:  model.GradeContested,
		},
		{
			name: "a source that names both partners elsewhere gives no competing account",
			inc: incident(
				cl{id: "tv", speaker: "iraq-state-tv", asserted: []string{"iraq-air-force"}},
				cl{id: "tv2", speaker: "iraq-state-tv", asserted: []string{"coalition"}},
				cl{id: "oir", speaker: "cjtf-oir", asserted: []string{"coalition"}},
			),
			wantContra: "",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a command that says it struck fighters and denies hitting the militia disputes what was hit, and withdraws nothing",
			inc: incident(
				cl{id: "pmf", doc: "d2", speaker: "pmf", asserted: []string{"coalition"}, target: "brigade position"},
				cl{id: "oir", speaker: "cjtf-oir", asserted: []string{"coalition"}, group: "militants", target: "vehicles"},
				cl{id: "oirno", speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"coalition"}},
			),
			wantContra: "attribution:pmf/cjtf-oir target:pmf/cjtf-oir",
			wantGrade:  model.GradeContested,
		},
		{
			name: "a command that relays an allegation of civilian dead and then denies striking withdraws no target",
			inc: incident(
				cl{id: "all", speaker: "cjtf-oir", asserted: []string{"coalition"}, group: "civilians"},
				cl{id: "no", speaker: "cjtf-oir", stance: model.StanceDenies, denied: []string{"coalition"}},
				cl{id: "aw", doc: "d2", speaker: "airwars", asserted: []string{"coalition"}},
			),
			wantContra: "attribution:airwars/cjtf-oir retraction:cjtf-oir/cjtf-oir",
			wantGrade:  model.GradeContested,
		},
		{
			name: "a part larger than the figure that names no group makes that figure a part, not the total",
			inc: incident(
				cl{id: "src", speaker: "iraqi-sources", asserted: []string{"coalition"}, group: "militants",
					counts: []model.Count{n("killed", "militants", 20, -1, false), n("killed", "unknown", 1, 1, false)}},
				cl{id: "aw", speaker: "airwars", group: "civilians", counts: []model.Count{n("killed", "civilians", 8, 12, false)}},
			),
			wantContra: "target:iraqi-sources/airwars",
			wantGrade:  model.GradeFair,
		},
		{
			name: "people killed, from a source that says civilians were hit, are civilians even beside a militants figure",
			inc: incident(
				cl{id: "amaq", speaker: "isis-amaq", asserted: []string{"coalition"}, group: "civilians", counts: []model.Count{n("killed", "unknown", 31, -1, false)}},
				cl{id: "mon", speaker: "ngo", asserted: []string{"coalition"}, group: "civilians", counts: []model.Count{n("killed", "civilians", 16, 16, false)}},
				cl{id: "oir", speaker: "cjtf-oir", asserted: []string{"coalition"}, group: "militants", counts: []model.Count{n("killed", "militants", 12, 12, false)}},
			),
			wantContra: "count:isis-amaq/cjtf-oir count:ngo/cjtf-oir count:ngo/isis-amaq target:isis-amaq/cjtf-oir target:ngo/cjtf-oir",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "as many as eight against four: two figures",
			inc: incident(
				cl{id: "us", speaker: "us-official", asserted: []string{"us"}, group: "militants", counts: []model.Count{n("killed", "militants", -1, 8, false)}},
				cl{id: "pmf", speaker: "pmf", asserted: []string{"us"}, counts: []model.Count{n("killed", "unknown", 4, 4, false)}},
			),
			wantContra: "count:us-official/pmf",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a belligerent's dead of a strike whose other claimant withdrew its claim are its total",
			inc: incident(
				cl{id: "joc", doc: "d2", speaker: "iraq-joc", asserted: []string{"iraq-air-force"}},
				cl{id: "jocn", doc: "d2", speaker: "iraq-joc", group: "militants", counts: []model.Count{n("killed", "militants", 9, 9, false)}},
				cl{id: "oir", doc: "d3", speaker: "cjtf-oir", asserted: []string{"coalition"}, counts: []model.Count{n("killed", "militants", 4, 4, false)}},
				cl{id: "jocr", speaker: "iraq-joc", stance: model.StanceRetracts, asserted: []string{"iraq-air-force"}},
			),
			wantContra: "attribution:cjtf-oir/iraq-joc count:iraq-joc/cjtf-oir retraction:iraq-joc/iraq-joc",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a belligerent that credited the dead to itself and then withdrew that it struck gave the strike's toll",
			inc: incident(
				cl{id: "cmd", doc: "d2", speaker: "russia-mod", asserted: []string{"russia"}, group: "militants", counts: []model.Count{n("killed", "militants", 30, 30, false)}},
				cl{id: "oir", doc: "d3", speaker: "cjtf-oir", asserted: []string{"coalition"}, counts: []model.Count{n("killed", "militants", 12, 12, false)}},
				cl{id: "cmdr", speaker: "russia-mod", stance: model.StanceRetracts, asserted: []string{"russia"}},
			),
			wantContra: "attribution:cjtf-oir/russia-mod count:russia-mod/cjtf-oir retraction:russia-mod/russia-mod",
			wantGrade:  model.GradeConfirmed,
		},
		{
			name: "a source's claims that name no one leave its figure its total",
			inc: incident(
				cl{id: "act", speaker: "local-sources", asserted: []string{"russia"}, group: "civilians", counts: []model.Count{n("killed", "civilians", 14, 14, false)}},
				cl{id: "act2", speaker: "local-sources", group: "civilians"},
				cl{id: "amaq", speaker: "isis-amaq", asserted: []string{"russia", "coalition"}, group: "civilians", counts: []model.Count{n("killed", "civilians", 21, -1, false)}},
			),
			wantContra: "count:local-sources/isis-amaq",
			wantGrade:  model.GradeFair,
		},
		{
			name: "a denial told before an account is no withdrawal of it",
			inc: incident(
				cl{id: "d", speaker: "pmf", stance: model.StanceDenies},
				cl{id: "a", speaker: "pmf"},
			),
			wantContra: "",
			wantGrade:  model.GradeWeak,
		},
		{
			name: "a media claim of a coalition strike on a day the release says none in that country",
			inc: incident(
				cl{id: "m", doc: "d3", speaker: "local-sources", asserted: []string{"us"}, from: "2018-04-05", country: "SY"},
			),
			records: []model.Claim{{ID: "r5", Document: "rel", Speaker: "cjtf-oir", Stance: model.StanceDenies,
				PerpetratorsDenied: []string{model.Occurrence}, Source: "release",
				When: model.When{From: "2018-04-05", To: "2018-04-05", Precision: "day"}, Where: model.Where{Name: "Syria", Country: "SY", Precision: "country"}}},
			wantContra: "official_record:local-sources/cjtf-oir",
			wantGrade:  model.GradeContested,
		},
		{
			name: "a record of another country or day is no contradiction",
			inc: incident(
				cl{id: "m", doc: "d3", speaker: "local-sources", asserted: []string{"us"}, from: "2018-04-04", country: "SY"},
				cl{id: "r", doc: "d3", speaker: "local-sources", asserted: []string{"russia"}, from: "2018-04-05", country: "SY"},
			),
			records: []model.Claim{{ID: "r5", Document: "rel", Speaker: "cjtf-oir", Stance: model.StanceDenies,
				PerpetratorsDenied: []string{model.Occurrence}, Source: "release",
				When: model.When{From: "2018-04-05", To: "2018-04-05"}, Where: model.Where{Country: "SY", Precision: "country"}}},
			wantGrade: model.GradeWeak,
		},
	}
	reg := actors.New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			New(docs, reg, tt.records).Assess(tt.inc)
			if got := kinds(tt.inc.Contradictions); got != tt.wantContra {
				t.Errorf("contradictions:\n got %s\nwant %s", got, tt.wantContra)
				for _, c := range tt.inc.Contradictions {
					t.Log(c.Kind, c.Explanation)
				}
			}
			if tt.inc.Grade != tt.wantGrade || !strings.Contains(tt.inc.GradeReason, tt.reasonHas) {
				t.Errorf("grade %s (%s), want %s containing %q", tt.inc.Grade, tt.inc.GradeReason, tt.wantGrade, tt.reasonHas)
			}
			for _, c := range tt.inc.Contradictions {
				if c.Explanation == "" || c.A.ID == "" || c.B.ID == "" {
					t.Errorf("incomplete contradiction %+v", c)
				}
			}
			if len(tt.inc.Timeline) != len(tt.inc.Claims) {
				t.Errorf("timeline has %d entries for %d claims", len(tt.inc.Timeline), len(tt.inc.Claims))
			}
		})
	}
}

func TestEstimatesAndBelligerents(t *testing.T) {
	inc := incident(
		cl{id: "total", speaker: "journalist", counts: []model.Count{n("vehicles_destroyed", "unknown", 260, 260, true), n("killed", "militants", -1, 750, false)}},
		cl{id: "oir55", speaker: "cjtf-oir", asserted: []string{"coalition"}, counts: []model.Count{n("vehicles_destroyed", "unknown", 55, 55, false)}},
		cl{id: "joc", speaker: "iraq-joc", asserted: []string{"iraq"}, counts: []model.Count{n("vehicles_destroyed", "unknown", 201, -1, false)}},
		cl{id: "joc2", doc: "d2", speaker: "iraq-joc", asserted: []string{"iraq"}, counts: []model.Count{n("vehicles_destroyed", "unknown", 1000, -1, false)}},
		cl{id: "deny", speaker: "iraqi-sources", stance: model.StanceDenies, denied: []string{"coalition"}},
	)
	New(docs, actors.New(), nil).Assess(inc)
	var veh *model.Estimate
	for i := range inc.Estimates {
		if inc.Estimates[i].Kind == "vehicles_destroyed" {
			veh = &inc.Estimates[i]
		}
	}
	if veh == nil {
		t.Fatal("no vehicles_destroyed estimate")
	}
	// sources: journalist 260, cjtf-oir 55, iraq-joc 201 (its second figure is the same speaker)
	if *veh.Min != 55 || *veh.Max != 1000 || *veh.Best != 201 {
		t.Errorf("vehicles: min %d best %d max %d, want 55 201 1000", *veh.Min, *veh.Best, *veh.Max)
	}
	if veh.MinSource.Speaker != "cjtf-oir" || veh.MaxSource.Speaker != "iraq-joc" {
		t.Errorf("bound sources %v %v", veh.MinSource, veh.MaxSource)
	}
	if !strings.Contains(veh.Note, "ACLED") {
		t.Errorf("note %q lacks the ACLED rule", veh.Note)
	}
	if inc.Estimates[0].Kind != "killed" || *inc.Estimates[0].Min != 750 || *inc.Estimates[0].Max != 750 {
		t.Errorf("killed estimate %+v", inc.Estimates[0])
	}
	got := map[string]string{}
	for _, b := range inc.Belligerents {
		got[b.Actor] = fmt.Sprintf("a%d d%d", len(b.AssertedBy), len(b.DeniedBy))
	}
	want := map[string]string{"coalition": "a1 d1", "iraq": "a2 d0", "occurrence": "a1 d0"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("belligerent %s: %s, want %s (all: %v)", k, got[k], w, got)
		}
	}
	if inc.Belligerents[0].Actor != "coalition" {
		t.Errorf("belligerents not in registry order: %v", inc.Belligerents[0].Actor)
	}
}

// TestOfficialRecordThroughLink: a release's "no strikes in Syria on April
// 5" becomes a link record, and a media report of a US strike near Abu
// Kamal that day is contested against it.
func TestOfficialRecordThroughLink(t *testing.T) {
	lat, lon := 34.45, 40.92
	slat, slon := 35.0, 38.0
	claims := []model.Claim{
		{ID: "media", Document: "d3", Speaker: "local-sources", Stance: model.StanceAsserts,
			PerpetratorsAsserted: []string{"us"}, Event: model.Event{Type: model.EventAirstrike},
			When:  model.When{From: "2018-04-05", To: "2018-04-05", Precision: model.PrecisionDay},
			Where: model.Where{Name: "Abu Kamal", Lat: &lat, Lon: &lon, Country: "SY", Precision: model.PlaceTown}},
		{ID: "rel5", Document: "rel", Speaker: "cjtf-oir", Stance: model.StanceDenies, Source: "release",
			PerpetratorsDenied: []string{"coalition"}, Event: model.Event{Type: model.EventAirstrike},
			When:  model.When{From: "2018-04-05", To: "2018-04-05", Precision: model.PrecisionDay},
			Where: model.Where{Name: "Syria", Lat: &slat, Lon: &slon, Country: "SY", Precision: model.PlaceCountry}},
	}
	res := link.Link(claims)
	if len(res.Incidents) != 1 || len(res.Records) != 1 {
		t.Fatalf("want 1 incident and 1 record, got %d and %d", len(res.Incidents), len(res.Records))
	}
	inc := &res.Incidents[0]
	New(docs, actors.New(), res.Records).Assess(inc)
	if got := kinds(inc.Contradictions); got != "official_record:local-sources/cjtf-oir" {
		t.Errorf("contradictions %q", got)
	}
	if inc.Grade != model.GradeContested || !strings.Contains(inc.GradeReason, "official record") {
		t.Errorf("grade %s: %s", inc.Grade, inc.GradeReason)
	}
}
