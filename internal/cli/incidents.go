package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/store"
)

type incidentsFlags struct {
	format   string
	from, to string
	near     string
	within   float64
	actor    string
	grade    string
}

// newIncidentsCommand lists the stored incidents, filtered.
func newIncidentsCommand(a *app) *cobra.Command {
	var f incidentsFlags
	cmd := &cobra.Command{
		Use:   "incidents",
		Short: "List incidents with their grades",
		Long: `incidents lists the incidents built from every stored claim: each strike with
its dates, place, grade, how many claims and reports tell it, and a one-line
summary of who says who did it, the figures and the contradictions.

--format json prints {"incidents": [...]}, each incident with its claims
(every claim carrying its document id and path), belligerents, estimates,
contradictions, grade and timeline. Run "crosscheck show ID" for one
incident in full.`,
		Example: `  crosscheck incidents
  crosscheck incidents --grade contested --from 2016-06-01 --to 2016-07-31
  crosscheck incidents --near Fallujah --within 30 --actor coalition
  crosscheck incidents --format json > incidents.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormatFlag(f.format, "table", "json"); err != nil {
				return err
			}
			filter, err := f.compile()
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			ctx := cmd.Context()
			st, err := a.openIncidentStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			incs, err := st.Incidents(ctx)
			if err != nil {
				return err
			}
			if err := fillClaimPaths(ctx, st, incs); err != nil {
				return err
			}
			out := make([]model.Incident, 0, len(incs))
			for _, inc := range incs {
				if filter(&inc) {
					out = append(out, inc)
				}
			}
			if f.format == "json" {
				return writeIncidentsJSON(a.stdout, out)
			}
			return writeIncidentsTable(a.stdout, out)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "table", "output format: table or json")
	fl.StringVar(&f.from, "from", "", "only incidents on or after this date (YYYY-MM-DD)")
	fl.StringVar(&f.to, "to", "", "only incidents on or before this date (YYYY-MM-DD)")
	fl.StringVar(&f.near, "near", "", `only incidents near this place (a gazetteer name, or "LAT,LON")`)
	fl.Float64Var(&f.within, "within", 50, "with --near: the distance in km")
	fl.StringVar(&f.actor, "actor", "", "only incidents where this actor's (or a member's: coalition includes us) part is asserted or denied")
	fl.StringVar(&f.grade, "grade", "", "only incidents of this grade: confirmed, fair, weak, contested, discounted")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("grade", cobra.FixedCompletions(grades, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

var grades = []string{model.GradeConfirmed, model.GradeFair, model.GradeWeak, model.GradeContested, model.GradeDiscounted}

// compile checks the flags and returns the filter they describe.
func (f incidentsFlags) compile() (func(*model.Incident) bool, error) {
	var tests []func(*model.Incident) bool
	for _, d := range []struct{ name, v string }{{"--from", f.from}, {"--to", f.to}} {
		if d.v != "" && !isISODate(d.v) {
			return nil, fmt.Errorf("%s %q: want a date as YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.from != "" || f.to != "" {
		from, to := f.from, f.to
		tests = append(tests, func(inc *model.Incident) bool {
			lo, hi := inc.When.From, inc.When.To
			if hi == "" {
				hi = lo
			}
			if lo == "" {
				return false
			}
			return (from == "" || hi >= from) && (to == "" || lo <= to)
		})
	}
	if f.grade != "" {
		if !slices.Contains(grades, f.grade) {
			return nil, fmt.Errorf("--grade %q: want one of %s", f.grade, strings.Join(grades, ", "))
		}
		g := f.grade
		tests = append(tests, func(inc *model.Incident) bool { return inc.Grade == g })
	}
	if f.actor != "" {
		reg := actors.New()
		act := strings.ToLower(f.actor)
		if !reg.Known(act) {
			var ids []string
			for _, x := range reg.All() {
				if x.SpeaksFor == "" || x.SpeaksFor == x.ID {
					ids = append(ids, x.ID)
				}
			}
			return nil, fmt.Errorf("--actor %q is not a canonical actor id; known: %s", f.actor, strings.Join(ids, ", "))
		}
		tests = append(tests, func(inc *model.Incident) bool {
			for _, b := range inc.Belligerents {
				if b.Actor == act || slices.Contains(reg.Ancestors(b.Actor), act) {
					return true
				}
			}
			return false
		})
	}
	if f.near != "" {
		if f.within <= 0 {
			return nil, fmt.Errorf("--within %v: want a distance in km above 0", f.within)
		}
		lat, lon, ok := parseLatLon(f.near)
		name := strings.ToLower(strings.TrimSpace(f.near))
		if !ok {
			if g, err := gazetteer.Default(); err == nil {
				if p, found := g.Lookup(f.near, ""); found {
					lat, lon, ok = p.Lat, p.Lon, true
				}
			}
		}
		within := f.within
		tests = append(tests, func(inc *model.Incident) bool {
			for _, w := range incidentPlaces(inc) {
				if ok && w.Lat != nil && w.Lon != nil && model.DistanceKM(lat, lon, *w.Lat, *w.Lon) <= within {
					return true
				}
				// a place the gazetteer does not know: match it by name
				if !ok && strings.EqualFold(strings.TrimSpace(w.Name), name) {
					return true
				}
			}
			return false
		})
	}
	return func(inc *model.Incident) bool {
		for _, t := range tests {
			if !t(inc) {
				return false
			}
		}
		return true
	}, nil
}

// incidentPlaces: the incident's place, then its claims' places.
func incidentPlaces(inc *model.Incident) []model.Where {
	out := []model.Where{inc.Where}
	for _, c := range inc.Claims {
		if c.Where.Name != "" || c.Where.Lat != nil {
			out = append(out, c.Where)
		}
	}
	return out
}

func isISODate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

func parseLatLon(s string) (float64, float64, bool) {
	a, b, ok := strings.Cut(s, ",")
	if !ok {
		return 0, 0, false
	}
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(a), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(b), 64)
	if err1 != nil || err2 != nil || math.Abs(lat) > 90 || math.Abs(lon) > 180 {
		return 0, 0, false
	}
	return lat, lon, true
}

// fillClaimPaths gives every claim its document's path and date when the
// stored incident lacks them (DESIGN.md: each claim carries document and path).
func fillClaimPaths(ctx context.Context, st *store.Store, incs []model.Incident) error {
	need := false
	for _, inc := range incs {
		for _, c := range inc.Claims {
			if c.Path == "" {
				need = true
			}
		}
	}
	if !need {
		return nil
	}
	byID, err := documentsByID(ctx, st)
	if err != nil {
		return err
	}
	for i := range incs {
		for j := range incs[i].Claims {
			c := &incs[i].Claims[j]
			if d, ok := byID[c.Document]; ok {
				if c.Path == "" {
					c.Path = d.Path
				}
				if c.Published == "" {
					c.Published = d.Published
				}
			}
		}
	}
	return nil
}

func writeIncidentsJSON(w io.Writer, incs []model.Incident) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Incidents []model.Incident `json:"incidents"`
	}{Incidents: incs})
}

func writeIncidentsTable(w io.Writer, incs []model.Incident) error {
	if len(incs) == 0 {
		_, err := fmt.Fprintln(w, "no incidents (ingest reports first: crosscheck ingest PATH)")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATES\tPLACE\tGRADE\tCLAIMS\tDOCS\tSUMMARY")
	for _, inc := range incs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%s\n", inc.ID, datesLabel(inc.When), clip(placeText(inc.Where), 28),
			inc.Grade, len(inc.Claims), len(inc.Documents), clip(incidentSummary(&inc), 90))
	}
	return tw.Flush()
}

func datesLabel(w model.When) string {
	switch {
	case w.From == "":
		return "undated"
	case w.To == "" || w.To == w.From:
		return w.From
	}
	return w.From + ".." + w.To
}

func placeText(w model.Where) string {
	if w.Name == "" {
		return "unplaced"
	}
	s := w.Name
	if w.Relation != "" && w.Relation != "in" {
		s = w.Relation + " " + s
	}
	if w.Country != "" {
		s += " (" + w.Country + ")"
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// incidentSummary is one line: who is said to have done it (and who is
// denied), the main figure, and the contradictions.
func incidentSummary(inc *model.Incident) string {
	var parts []string
	var said, denied []string
	for _, b := range inc.Belligerents {
		if b.Actor == model.Occurrence {
			if len(b.DeniedBy) > 0 {
				denied = append(denied, "occurrence")
			}
			continue
		}
		if len(b.AssertedBy)+len(b.ConfirmedBy) > 0 {
			said = append(said, b.Actor)
		}
		if len(b.DeniedBy) > 0 {
			denied = append(denied, b.Actor)
		}
	}
	if len(said) > 0 {
		parts = append(parts, "by "+strings.Join(said, ", "))
	}
	if len(denied) > 0 {
		parts = append(parts, "denied: "+strings.Join(denied, ", "))
	}
	for _, e := range inc.Estimates {
		if e.Min == nil || e.Max == nil {
			continue
		}
		r := strconv.Itoa(*e.Min)
		if *e.Max != *e.Min {
			r += "-" + strconv.Itoa(*e.Max)
		}
		parts = append(parts, r+" "+model.CountNoun(e.Kind, *e.Min == 1 && *e.Max == 1))
		break
	}
	if n := len(inc.Contradictions); n > 0 {
		var kinds []string
		for _, c := range inc.Contradictions {
			if !slices.Contains(kinds, c.Kind) {
				kinds = append(kinds, c.Kind)
			}
		}
		parts = append(parts, fmt.Sprintf("%d contradiction(s): %s", n, strings.Join(kinds, ", ")))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "; ")
}
