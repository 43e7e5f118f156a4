package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/store"
)

// newDocumentCommand prints one document: metadata, then its text.
func newDocumentCommand(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "document ID-or-prefix",
		Short: "Print one document with its metadata and text",
		Long: `document prints one stored document: its metadata as "Key: value" lines, a
blank line, then its normalised text (the text claim spans point into). The
id may be shortened to any prefix that names one document, such as the 12
characters "crosscheck documents" shows.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormatFlag(format, "text", "json"); err != nil {
				return err
			}
			ctx := cmd.Context()
			st, err := a.openExistingStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			d, err := st.Document(ctx, strings.ToLower(strings.TrimSpace(args[0])))
			switch {
			case errors.Is(err, store.ErrNotFound):
				return fmt.Errorf("no document has an id starting %q (see: crosscheck documents)", args[0])
			case errors.Is(err, store.ErrAmbiguous):
				return fmt.Errorf("%q names more than one document: give more characters of the id (%w)", args[0], err)
			case err != nil:
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(d)
			}
			return writeDocument(a.stdout, d)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// writeDocument prints d's metadata as "Key: value" lines (empty ones
// left out), a blank line, then its text.
func writeDocument(w io.Writer, d model.Document) error {
	var b strings.Builder
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-11s %s\n", k+":", v)
		}
	}
	field("ID", d.ID)
	field("Title", d.Title)
	field("Publisher", d.Publisher)
	field("Author", d.Author)
	field("Published", d.Published)
	field("Kind", d.Kind)
	field("Lang", d.Lang)
	field("Path", d.Path)
	field("URL", d.URL)
	field("Copy of", d.CopyOf)
	field("Original", d.RawSHA256)
	if !d.IngestedAt.IsZero() {
		field("Ingested", d.IngestedAt.UTC().Format("2006-01-02 15:04:05Z"))
	}
	for _, warn := range d.Warnings {
		field("Warning", warn)
	}
	b.WriteString("\n")
	b.WriteString(d.Text)
	if !strings.HasSuffix(d.Text, "\n") {
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("document: unable to write: %w", err)
	}
	return nil
}
