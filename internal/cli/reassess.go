package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newReassessCommand is a placeholder until its issue lands.
func newReassessCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "reassess",
		Short: "Rebuild every incident from stored claims",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("reassess: not implemented yet")
		},
	}
}
