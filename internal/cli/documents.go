package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newDocumentsCommand is a placeholder until its issue lands.
func newDocumentsCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "documents",
		Short: "List stored documents",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("documents: not implemented yet")
		},
	}
}
