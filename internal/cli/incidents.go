package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newIncidentsCommand is a placeholder until its issue lands.
func newIncidentsCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "incidents",
		Short: "List incidents with their grades",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("incidents: not implemented yet")
		},
	}
}
