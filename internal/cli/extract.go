package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/extract"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/model"
)

// extractDocument is one document of the extract output (DESIGN.md, "The
// JSON contract").
type extractDocument struct {
	ID        string        `json:"id"`
	Path      string        `json:"path"`
	Title     string        `json:"title"`
	Publisher string        `json:"publisher"`
	Published string        `json:"published"`
	Kind      string        `json:"kind,omitempty"`
	Lang      string        `json:"lang,omitempty"`
	Warnings  []string      `json:"warnings,omitempty"`
	Claims    []model.Claim `json:"claims"`
}

// newExtractCommand extracts claims from reports without a database.
func newExtractCommand(a *app) *cobra.Command {
	var format string
	var flags ingestFlags
	cmd := &cobra.Command{
		Use:   "extract FILE...",
		Short: "Extract claims from reports without a database",
		Long: `extract reads each report (file, folder, "-" for stdin; formats as for ingest)
and prints the claims found in it: who says what about which strike, with the
quote and its byte span. No database is used.

--format json prints {"documents": [...]} (the JSON contract of DESIGN.md);
--format text prints one readable block per claim. An input that cannot be
read is reported on stderr and the exit code is then 1.`,
		Example: `  crosscheck extract report.txt
  crosscheck extract --format text reports/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormatFlag(format, "json", "text"); err != nil {
				return err
			}
			gaz, err := gazetteer.Default()
			if err != nil {
				return fmt.Errorf("extract: gazetteer: %w", err)
			}
			ex := extract.New(gaz, actors.New())
			opts := flags.options()
			opts.Fetcher = nil
			var docs []extractDocument
			failed := 0
			err = ingest.Walk(cmd.Context(), args, a.stdin, opts, func(it ingest.Item) error {
				if it.Err != nil {
					failed++
					fmt.Fprintln(a.stderr, "crosscheck: extract:", it.Err)
					return nil
				}
				d := it.Doc
				claims, warnings, err := safeExtract(ex, d)
				if err != nil {
					failed++
					fmt.Fprintf(a.stderr, "crosscheck: extract: %s: %v\n", it.Origin, err)
					return nil
				}
				if claims == nil {
					claims = []model.Claim{}
				}
				docs = append(docs, extractDocument{ID: d.ID, Path: d.Path, Title: d.Title,
					Publisher: d.Publisher, Published: d.Published, Kind: d.Kind, Lang: d.Lang,
					Warnings: warnings, Claims: claims})
				return nil
			})
			if err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			if docs == nil {
				docs = []extractDocument{}
			}
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				if err := enc.Encode(struct {
					Documents []extractDocument `json:"documents"`
				}{docs}); err != nil {
					return err
				}
			} else {
				writeClaimsText(a.stdout, docs)
			}
			if failed > 0 {
				return &exitError{code: 1, err: errors.New("extract: " + nOf(failed, "input") + " failed")}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "output format: json or text")
	flags.register(cmd)
	return cmd
}

// safeExtract runs the extractor on one document, turning a panic into
// that document's failure so the other inputs are still printed.
func safeExtract(ex *extract.Extractor, d model.Document) (claims []model.Claim, warnings []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			claims, warnings, err = nil, nil, fmt.Errorf("claim extraction crashed: %v", r)
		}
	}()
	claims, warnings = ex.Extract(d)
	return claims, warnings, nil
}

// nOf words a count of things: "1 input", "3 inputs".
func nOf(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// writeClaimsText prints one block per claim.
func writeClaimsText(w io.Writer, docs []extractDocument) {
	for _, d := range docs {
		fmt.Fprintf(w, "== %s  %s  (%s, %s)\n", d.Path, d.Title, orDash(d.Publisher), orDash(d.Published))
		for _, wn := range d.Warnings {
			fmt.Fprintf(w, "   warning: %s\n", wn)
		}
		if len(d.Claims) == 0 {
			fmt.Fprintln(w, "   no claims")
		}
		for i, c := range d.Claims {
			who := c.Speaker
			if c.SpeakerName != "" {
				who += " (" + c.SpeakerName + ")"
			}
			fmt.Fprintf(w, "\n[%d] %s %s", i, who, c.Stance)
			if len(c.PerpetratorsAsserted) > 0 {
				fmt.Fprintf(w, " by %s", strings.Join(c.PerpetratorsAsserted, ", "))
			}
			if len(c.PerpetratorsDenied) > 0 {
				fmt.Fprintf(w, " not by %s", strings.Join(c.PerpetratorsDenied, ", "))
			}
			if len(c.PerpetratorsAsserted) == 0 && len(c.PerpetratorsDenied) == 0 {
				fmt.Fprintf(w, " (occurrence)")
			}
			fmt.Fprintln(w)
			ev := c.Event.Type
			if c.Event.Target != "" {
				ev += " on " + c.Event.Target
			}
			fmt.Fprintf(w, "    event: %s, target group %s\n", ev, c.Event.TargetGroup)
			if c.When.From != "" || c.When.Time != "" {
				when := c.When.From
				if c.When.To != "" && c.When.To != c.When.From {
					when += " to " + c.When.To
				}
				if c.When.Time != "" {
					when += " " + c.When.Time
				}
				fmt.Fprintf(w, "    when:  %s (%s)\n", strings.TrimSpace(when), c.When.Precision)
			}
			if c.Where.Name != "" {
				where := c.Where.Name
				if c.Where.Relation != "" {
					where = c.Where.Relation + " " + where
				}
				if c.Where.Lat != nil && c.Where.Lon != nil {
					where += fmt.Sprintf(" (%.3f, %.3f)", *c.Where.Lat, *c.Where.Lon)
				}
				fmt.Fprintf(w, "    where: %s\n", where)
			}
			for _, n := range c.Counts {
				fmt.Fprintf(w, "    count: %s %s %s%s\n", n.Kind, n.Group, rangeText(n.Min, n.Max), revisedText(c, n))
			}
			fmt.Fprintf(w, "    quote: %q [%d:%d]\n", c.Quote, c.Span[0], c.Span[1])
		}
		fmt.Fprintln(w)
	}
}

// revisedText: the figure the claim's source withdrew for n ("killed
// unknown 12 (earlier 16, withdrawn)").
func revisedText(c model.Claim, n model.Count) string {
	if r, ok := c.RevisedFigure(n.Kind); ok {
		return " (earlier " + rangeText(r.Min, r.Max) + ", withdrawn)"
	}
	return ""
}

func rangeText(lo, hi *int) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return fmt.Sprint(*lo)
	case lo != nil && hi != nil:
		return fmt.Sprintf("%d-%d", *lo, *hi)
	case lo != nil:
		return fmt.Sprintf("%d+", *lo)
	case hi != nil:
		return fmt.Sprintf("up to %d", *hi)
	}
	return "?"
}
