package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newIngestCommand is a placeholder until its issue lands.
func newIngestCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Ingest reports from files, folders, stdin or URLs",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("ingest: not implemented yet")
		},
	}
}
