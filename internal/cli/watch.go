package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// newWatchCommand is a placeholder until its issue lands.
func newWatchCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "watch FEED_URL...",
		Short: "Poll feeds and ingest new items until stopped",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("watch: not implemented yet")
		},
	}
}
