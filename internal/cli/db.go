package cli

import (
	"context"
	"fmt"

	"github.com/crosscheck/crosscheck/internal/gazetteer"

	"github.com/crosscheck/crosscheck/internal/store"
)

// openStore opens the database named by --db (or $CROSSCHECK_DB), applying
// any pending migration. The caller closes it.
func (a *app) openStore(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, a.dbPath, a.log)
}

// loadGazetteer returns the embedded gazetteer plus any places imported
// into st with "gazetteer import". A nil st gives the embedded one alone.
func loadGazetteer(ctx context.Context, st *store.Store) (*gazetteer.Gazetteer, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("unable to load the gazetteer: %w", err)
	}
	if st == nil {
		return g, nil
	}
	read, _ := st.Tables()
	places, alts, err := gazetteer.LoadImported(ctx, read)
	if err != nil {
		return nil, fmt.Errorf("unable to load imported places: %w", err)
	}
	if len(places) > 0 {
		g.Add(places, alts)
	}
	return g, nil
}
