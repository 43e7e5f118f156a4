package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/model"

	"github.com/crosscheck/crosscheck/internal/store"
)

// openStore opens the database named by --db (or $CROSSCHECK_DB), applying
// any pending migration. The caller closes it.
func (a *app) openStore(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, a.dbPath, a.log)
}

// openExistingStore opens the database for a command that only reads it:
// a mistyped --db must say so, not create an empty file and report nothing.
func (a *app) openExistingStore(ctx context.Context) (*store.Store, error) {
	if path, ok := sqlitePath(a.dbPath); ok {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, &exitError{code: 1, err: fmt.Errorf("no database at %s: run \"crosscheck ingest PATH\" first, or pass --db", path)}
		}
	}
	return a.openStore(ctx)
}

// openIncidentStore opens the database for reading incidents, warning on
// stderr when documents were stored after the incidents were last built (an
// ingest stopped before its rebuild): the grades shown may be out of date.
func (a *app) openIncidentStore(ctx context.Context) (*store.Store, error) {
	st, err := a.openExistingStore(ctx)
	if err != nil {
		return nil, err
	}
	if stale, err := st.IncidentsStale(ctx); err == nil && stale {
		fmt.Fprintln(a.stderr, "crosscheck: warning: documents were added since the incidents were built; run \"crosscheck reassess\" to bring them up to date")
	}
	return st, nil
}

// sqlitePath returns the file a SQLite DSN names; ok is false for other
// databases (postgres://) and in-memory ones.
func sqlitePath(dsn string) (string, bool) {
	if strings.Contains(dsn, "://") {
		return "", false
	}
	path, _, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
	if path == "" || path == ":memory:" {
		return "", false
	}
	return path, true
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

// documentsByID loads the stored documents (without their text), keyed by id.
func documentsByID(ctx context.Context, st *store.Store) (map[string]model.Document, error) {
	docs, err := st.Documents(ctx)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]model.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	return byID, nil
}
