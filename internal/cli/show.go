package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newShowCommand is a placeholder until its issue lands.
func newShowCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "show INCIDENT",
		Short: "Show one incident: who says what, ranges, contradictions, grade",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("show: not implemented yet")
		},
	}
}
