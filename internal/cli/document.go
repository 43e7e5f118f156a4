package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newDocumentCommand is a placeholder until its issue lands.
func newDocumentCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "document ID-or-prefix",
		Short: "Print one document with its metadata and text",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("document: not implemented yet")
		},
	}
}
