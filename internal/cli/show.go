package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/store"
)

// newShowCommand prints one incident for a person to read.
func newShowCommand(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show INCIDENT",
		Short: "Show one incident: who says what, ranges, contradictions, grade",
		Long: `show prints one incident: its grade and why, who says who did it (and who
denies it), the range of each figure and who gives each bound, every
contradiction with the two quotes, the timeline of claims in publication
order, and why each claim was linked. INCIDENT is an id or a unique prefix
of one ("crosscheck incidents" lists them).`,
		Example: `  crosscheck show inc-3f2a9c1b7d40
  crosscheck show inc-3f2a --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormatFlag(format, "text", "json"); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openIncidentStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			id := strings.ToLower(strings.TrimSpace(args[0]))
			inc, err := st.Incident(ctx, id)
			if errors.Is(err, store.ErrNotFound) && !strings.HasPrefix(id, "inc-") {
				inc, err = st.Incident(ctx, "inc-"+id)
			}
			switch {
			case errors.Is(err, store.ErrNotFound):
				return fmt.Errorf("no incident has an id starting %q (see: crosscheck incidents)", args[0])
			case errors.Is(err, store.ErrAmbiguous):
				return fmt.Errorf("%q names more than one incident: give more characters of the id (%w)", args[0], err)
			case err != nil:
				return err
			}
			byID, err := documentsByID(ctx, st)
			if err != nil {
				return err
			}
			incs := []model.Incident{inc}
			if err := fillClaimPaths(ctx, st, incs); err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(incs[0])
			}
			return writeIncidentText(a.stdout, &incs[0], byID, actors.New())
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// maxShownPerKind: show lists this many contradictions of each kind.
const maxShownPerKind = 4

// incidentText renders an incident for a terminal.
type incidentText struct {
	inc    *model.Incident
	docs   map[string]model.Document
	reg    *actors.Registry
	claims map[string]*model.Claim
	b      strings.Builder
}

// writeIncidentText prints inc as a person reads it at a glance: the grade
// and why, who says who did it, the figures, the contradictions with both
// quotes, the timeline, and why each claim is part of the incident.
func writeIncidentText(w io.Writer, inc *model.Incident, docs map[string]model.Document, reg *actors.Registry) error {
	t := &incidentText{inc: inc, docs: docs, reg: reg, claims: map[string]*model.Claim{}}
	for i := range inc.Claims {
		t.claims[inc.Claims[i].ID] = &inc.Claims[i]
	}
	t.header()
	t.belligerents()
	t.figures()
	t.contradictions()
	t.timeline()
	t.links()
	_, err := io.WriteString(w, t.b.String())
	return err
}

func (t *incidentText) f(format string, args ...any) { fmt.Fprintf(&t.b, format, args...) }

func (t *incidentText) header() {
	inc := t.inc
	t.f("Incident %s\n", inc.ID)
	t.f("  When:   %s\n", datesLabel(inc.When))
	t.f("  Where:  %s\n", placeText(inc.Where))
	t.f("  Grade:  %s\n", strings.ToUpper(inc.Grade))
	if inc.GradeReason != "" {
		t.f("          %s\n", inc.GradeReason)
	}
	t.f("  Claims: %d from %d report(s)\n", len(inc.Claims), len(inc.Documents))
}

func (t *incidentText) speaker(s model.Source) string {
	if s.Speaker == "" || s.Speaker == model.Journalist {
		d, ok := t.docs[s.Document]
		switch {
		case ok && d.Publisher != "":
			return d.Publisher + " (own reporting)"
		case ok && d.Title != "":
			return "“" + clip(oneLine(d.Title), 40) + "” (own reporting)"
		}
		return "report " + shortDoc(s.Document) + " (own reporting)"
	}
	if a, ok := t.reg.Lookup(s.Speaker); ok {
		return a.Name
	}
	return s.Speaker
}

func (t *incidentText) claimSource(c *model.Claim) model.Source {
	return model.Source{Speaker: c.Speaker, Claim: c.ID, Document: c.Document}
}

func (t *incidentText) actor(id string) string {
	if id == model.Occurrence {
		return "that it happened"
	}
	if a, ok := t.reg.Lookup(id); ok {
		return a.Name
	}
	return id
}

// speakers lists distinct speakers of sources, each once.
func (t *incidentText) speakers(ss []model.Source) string {
	var names []string
	for _, s := range ss {
		n := t.speaker(s)
		if !containsString(names, n) {
			names = append(names, n)
		}
	}
	return strings.Join(names, "; ")
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func (t *incidentText) belligerents() {
	if len(t.inc.Belligerents) == 0 {
		return
	}
	t.f("\nWho says who did it\n")
	for _, b := range t.inc.Belligerents {
		t.f("  %s\n", t.actor(b.Actor))
		rows := []struct {
			label string
			ss    []model.Source
		}{{"asserted by", b.AssertedBy}, {"confirmed by", b.ConfirmedBy}, {"denied by", b.DeniedBy},
			{"disputed by", b.DisputedBy}, {"retracted by", b.RetractedBy}}
		for _, r := range rows {
			if len(r.ss) > 0 {
				t.f("    %-13s %s\n", r.label+":", t.speakers(r.ss))
			}
		}
	}
}

func (t *incidentText) figures() {
	if len(t.inc.Estimates) == 0 {
		return
	}
	t.f("\nFigures (low / best / high, and who gives the bounds)\n")
	for _, e := range t.inc.Estimates {
		name := strings.ReplaceAll(e.Kind, "_", " ")
		if e.Group != "" && e.Group != model.GroupUnknown {
			name += " (" + e.Group + ")"
		}
		t.f("  %-28s %s / %s / %s\n", name, intText(e.Min), intText(e.Best), intText(e.Max))
		if e.MinSource != nil {
			t.f("    low:  %s, %s\n", intText(e.Min), t.figureSource(*e.MinSource))
		}
		if e.MaxSource != nil && (e.MinSource == nil || e.MaxSource.Claim != e.MinSource.Claim || intText(e.Min) != intText(e.Max)) {
			t.f("    high: %s, %s\n", intText(e.Max), t.figureSource(*e.MaxSource))
		}
		if len(e.Sources) > 2 {
			t.f("    all:  %s\n", t.allFigures(e))
		}
		if e.Note != "" {
			t.f("    note: %s\n", e.Note)
		}
	}
}

func (t *incidentText) figureSource(s model.Source) string {
	out := t.speaker(s)
	if c := t.claims[s.Claim]; c != nil {
		out += `: "` + clip(oneLine(c.Quote), 110) + `"`
	}
	return out
}

func (t *incidentText) allFigures(e model.Estimate) string {
	var parts []string
	for _, s := range e.Sources {
		c := t.claims[s.Claim]
		if c == nil {
			continue
		}
		for _, n := range c.Counts {
			if n.Kind == e.Kind && n.Group == e.Group {
				p := countText(n) + revisedText(*c, n) + " (" + t.speaker(s) + ")"
				if !containsString(parts, p) {
					parts = append(parts, p)
				}
				break
			}
		}
	}
	return strings.Join(parts, ", ")
}

func countText(n model.Count) string {
	switch {
	case n.Min != nil && n.Max != nil && *n.Min == *n.Max:
		if n.Approx {
			return "about " + strconv.Itoa(*n.Min)
		}
		return strconv.Itoa(*n.Min)
	case n.Min != nil && n.Max != nil:
		return strconv.Itoa(*n.Min) + "-" + strconv.Itoa(*n.Max)
	case n.Min != nil:
		return strconv.Itoa(*n.Min) + "+"
	case n.Max != nil:
		return "up to " + strconv.Itoa(*n.Max)
	}
	return "?"
}

func intText(p *int) string {
	if p == nil {
		return "?"
	}
	return strconv.Itoa(*p)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func shortDoc(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func (t *incidentText) contradictions() {
	cs := t.inc.Contradictions
	if len(cs) == 0 {
		t.f("\nContradictions: none\n")
		return
	}
	t.f("\nContradictions (%d)\n", len(cs))
	shown := map[string]int{}
	for _, c := range cs {
		shown[c.Kind]++
		if shown[c.Kind] == maxShownPerKind+1 {
			n := 0
			for _, x := range cs {
				if x.Kind == c.Kind {
					n++
				}
			}
			t.f("  [%s] … and %d more (--format json lists them all)\n", c.Kind, n-maxShownPerKind)
		}
		if shown[c.Kind] > maxShownPerKind {
			continue
		}
		t.f("  [%s] %s\n", c.Kind, c.Explanation)
		for _, side := range []struct {
			tag string
			c   model.Claim
		}{{"A", c.A}, {"B", c.B}} {
			t.f("    %s  %s: \"%s\"  (report %s)\n", side.tag, t.speaker(t.claimSource(&side.c)),
				clip(oneLine(side.c.Quote), 140), shortDoc(side.c.Document))
		}
	}
}

func (t *incidentText) timeline() {
	if len(t.inc.Timeline) == 0 {
		return
	}
	t.f("\nTimeline (publication order)\n")
	for _, e := range t.inc.Timeline {
		p := e.Published
		if p == "" {
			p = "undated"
		}
		t.f("  %-10s  %s\n", p, e.Summary)
	}
}

func (t *incidentText) links() {
	if len(t.inc.Links) == 0 {
		return
	}
	t.f("\nWhy each claim is here\n")
	for _, l := range t.inc.Links {
		who := l.Claim
		if c := t.claims[l.Claim]; c != nil {
			who = t.speaker(t.claimSource(c)) + ", report " + shortDoc(c.Document)
		}
		t.f("  %s (%s): %s\n", l.Claim, who, l.Reason)
	}
}
