package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newExtractCommand is a placeholder until its issue lands.
func newExtractCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "extract FILE...",
		Short: "Extract claims from reports without a database",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("extract: not implemented yet")
		},
	}
}
