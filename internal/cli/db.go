package cli

import (
	"context"

	"github.com/crosscheck/crosscheck/internal/store"
)

// openStore opens the database named by --db (or $CROSSCHECK_DB), applying
// any pending migration. The caller closes it.
func (a *app) openStore(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, a.dbPath, a.log)
}
