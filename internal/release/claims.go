package release

import (
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/model"
)

// baseClaim is a coalition assertion of an airstrike on militants, quoting
// doc.Text[start:end]; callers fill in when, where and counts.
func (ps *parseState) baseClaim(start, end int) model.Claim {
	return model.Claim{
		Document:             ps.doc.ID,
		Path:                 ps.doc.Path,
		Published:            ps.doc.Published,
		Speaker:              ps.b.speaker,
		Stance:               model.StanceAsserts,
		PerpetratorsAsserted: []string{"coalition"},
		PerpetratorsDenied:   []string{},
		Event:                model.Event{Type: model.EventAirstrike, TargetGroup: model.GroupMilitants},
		Counts:               []model.Count{},
		Quote:                ps.text[start:end],
		Span:                 [2]int{start, end},
		Source:               model.SourceRelease,
	}
}

// countOf is an exact count of kind.
func countOf(kind string, n int) model.Count {
	return model.Count{Kind: kind, Group: model.GroupUnknown, Min: model.IntPtr(n), Max: model.IntPtr(n)}
}

// Verbs whose vehicles count as struck rather than destroyed.
var strikesVehicle = map[string]bool{"struck": true, "engaged": true, "damaged": true, "disabled": true, "immobilized": true, "neutralized": true}

// lineClaim turns a strike line into a claim: strikes, engagements, the
// gold-scored vehicle and casualty counts its targets give, and every target
// as a "targets" count.
func (ps *parseState) lineClaim(l *strikeLine) model.Claim {
	c := ps.baseClaim(l.start, l.end)
	c.When = l.when.when()
	c.Where = l.where
	c.Counts = append(c.Counts, countOf(model.CountStrikes, l.strikes))
	if l.eng >= 0 {
		c.Counts = append(c.Counts, countOf(model.CountEngagements, l.eng))
	}
	type tally struct {
		n    int
		open bool
		any  bool
	}
	var destroyed, struck, killed, wounded tally
	add := func(t *tally, it item) {
		t.any = true
		if it.known {
			t.n += it.n
		} else {
			t.n++ // at least one
			t.open = true
		}
	}
	var target []string
	var targets []model.Count
	inconclusive := false
	for _, it := range l.items {
		if it.noun == "" {
			inconclusive = inconclusive || it.verb == "inconclusive"
			continue
		}
		switch {
		case isVehicle(it.noun) && it.verb == "destroyed":
			add(&destroyed, it)
		case isVehicle(it.noun) && strikesVehicle[it.verb]:
			add(&struck, it)
		case isPerson(it.noun) && it.verb == "killed":
			add(&killed, it)
		case isPerson(it.noun) && it.verb == "wounded":
			add(&wounded, it)
		}
		desc := it.noun + " (" + it.verb + ")"
		tc := model.Count{Kind: countTargets, Group: model.GroupMilitants, Item: desc}
		if it.known {
			tc.Min, tc.Max = model.IntPtr(it.n), model.IntPtr(it.n)
			if it.n != 1 {
				desc = fmt.Sprint(it.n) + " " + desc
			}
		}
		target = append(target, desc)
		targets = append(targets, tc)
	}
	for _, k := range []struct {
		kind, group string
		t           tally
	}{
		{model.CountVehiclesDestroyed, model.GroupUnknown, destroyed},
		{model.CountVehiclesStruck, model.GroupUnknown, struck},
		{model.CountKilled, model.GroupMilitants, killed},
		{model.CountInjured, model.GroupMilitants, wounded},
	} {
		if !k.t.any {
			continue
		}
		cnt := model.Count{Kind: k.kind, Group: k.group, Min: model.IntPtr(k.t.n), Max: model.IntPtr(k.t.n)}
		if k.t.open {
			cnt.Max = nil
		}
		c.Counts = append(c.Counts, cnt)
	}
	c.Counts = append(c.Counts, targets...)
	c.Event.Target = strings.Join(target, ", ")
	if c.Event.Target == "" && inconclusive {
		c.Event.Target = "inconclusive results"
	}
	return c
}

// result orders claims by position, gives them stable ids and merges spans.
func (ps *parseState) result() Result {
	if len(ps.claims) == 0 {
		return Result{Warnings: ps.warnings}
	}
	sort.SliceStable(ps.claims, func(i, j int) bool { return ps.claims[i].Span[0] < ps.claims[j].Span[0] })
	ids := model.NewClaimIDs(ps.doc.ID) // the document id's blocks hashed once for all its claims
	for i := range ps.claims {
		ps.claims[i].ID = ids.ID(ps.claims[i].Span, i)
	}
	return Result{Claims: ps.claims, Spans: mergeSpans(ps.text, ps.spans), Warnings: ps.warnings}
}

// mergeSpans sorts ranges and joins those that overlap or are separated by
// white space only.
func mergeSpans(text string, spans [][2]int) [][2]int {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out [][2]int
	for _, s := range spans {
		if n := len(out); n > 0 && s[0] <= out[n-1][1] || n > 0 && strings.TrimSpace(text[out[n-1][1]:s[0]]) == "" {
			if s[1] > out[n-1][1] {
				out[n-1][1] = s[1]
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
