package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newGazetteerCommand is a placeholder until its issue lands.
func newGazetteerCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "gazetteer",
		Short: "Manage the place gazetteer",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("gazetteer: not implemented yet")
		},
	}
}
