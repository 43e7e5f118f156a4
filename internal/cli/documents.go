package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/model"
)

// idPrefix is how many characters of an id the tables show; enough to be
// unique in any realistic collection and accepted back by `document`.
const idPrefix = 12

// newDocumentsCommand lists the stored documents in ingest order.
func newDocumentsCommand(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "documents",
		Short: "List stored documents",
		Long: `documents lists the stored documents in the order they were ingested: id
prefix, publication date, publisher, title, and the id prefix of the earlier
document it is a near-copy of. --format json prints every metadata field
(without the text) as {"documents": [...]}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormatFlag(format, "table", "json"); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openExistingStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			docs, err := st.Documents(ctx)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeDocumentsJSON(a.stdout, docs)
			}
			return writeDocumentsTable(a.stdout, docs)
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func writeDocumentsJSON(w io.Writer, docs []model.Document) error {
	if docs == nil {
		docs = []model.Document{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Documents []model.Document `json:"documents"`
	}{docs}); err != nil {
		return fmt.Errorf("documents: unable to write JSON: %w", err)
	}
	return nil
}

func writeDocumentsTable(w io.Writer, docs []model.Document) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tPUBLISHER\tTITLE\tCOPY OF")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n",
			shortID(d.ID), orDash(d.Published), orDash(tableCell(d.Publisher, 24)),
			orDash(tableCell(d.Title, 60)), orDash(shortID(d.CopyOf)))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("documents: unable to write table: %w", err)
	}
	return nil
}

// checkFormatFlag fails unless format is one of allowed.
func checkFormatFlag(format string, allowed ...string) error {
	for _, f := range allowed {
		if format == f {
			return nil
		}
	}
	return &exitError{code: 2, err: fmt.Errorf("unknown --format %q: want one of %v", format, allowed)}
}

// shortID returns the first idPrefix characters of id.
func shortID(id string) string {
	if len(id) > idPrefix {
		return id[:idPrefix]
	}
	return id
}

// tableCell shortens s to at most n runes, marking the cut with "…", and
// keeps tabs and line breaks out of table cells.
func tableCell(s string, n int) string {
	b := []rune(s)
	for i, r := range b {
		if r == '\t' || r == '\n' || r == '\r' {
			b[i] = ' '
		}
	}
	if utf8.RuneCountInString(s) <= n {
		return string(b)
	}
	return string(b[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
