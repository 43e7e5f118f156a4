package cli

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/assess"
	"github.com/crosscheck/crosscheck/internal/link"
	"github.com/crosscheck/crosscheck/internal/store"
)

// newReassessCommand rebuilds every incident from the stored claims.
func newReassessCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "reassess",
		Short: "Rebuild every incident from stored claims",
		Long: `reassess recomputes every incident (linking and assessment) from the
documents and claims in the database and replaces the stored incidents. The
result is a function of the claims alone: running it twice gives identical
incidents, with the same ids.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, err := a.openExistingStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			n, err := rebuildIncidents(ctx, st, a.log)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%d incidents\n", n)
			return nil
		},
	}
}

// rebuildIncidents links every stored claim into incidents, assesses each
// one and replaces the stored incidents in one transaction. It returns the
// number of incidents. ingest calls it after every batch; reassess calls it
// on demand. Linking is a pure function of the claims, so incident ids are
// stable: a new report's claims join the incidents they belong to.
func rebuildIncidents(ctx context.Context, st *store.Store, log *slog.Logger) (int, error) {
	claims, err := st.Claims(ctx)
	if err != nil {
		return 0, fmt.Errorf("rebuild incidents: %w", err)
	}
	byID, err := documentsByID(ctx, st)
	if err != nil {
		return 0, fmt.Errorf("rebuild incidents: %w", err)
	}
	for i := range claims {
		c := &claims[i]
		if d, ok := byID[c.Document]; ok {
			if c.Path == "" {
				c.Path = d.Path
			}
			if c.Published == "" {
				c.Published = d.Published
			}
		}
	}
	res := link.Link(claims)
	as := assess.New(byID, actors.New(), res.Records)
	for i := range res.Incidents {
		as.Assess(&res.Incidents[i])
	}
	if err := st.ReplaceIncidents(ctx, res.Incidents); err != nil {
		return 0, fmt.Errorf("rebuild incidents: %w", err)
	}
	if log != nil {
		log.Info("incidents rebuilt", "claims", len(claims), "incidents", len(res.Incidents), "records", len(res.Records))
	}
	return len(res.Incidents), nil
}
