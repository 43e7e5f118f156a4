package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"slices"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one embedded schema change; version is the number its file
// name starts with ("0002_claims_index.sql" is version 2).
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. Versions must run
// 1, 2, 3... without gaps so that a missing file is caught, not skipped.
func migrations() ([]migration, error) {
	files, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: unable to list migrations: %w", err)
	}
	var ms []migration
	for _, f := range files {
		name := path.Base(f)
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("store: migration %q: name must start with a positive number and '_'", name)
		}
		body, err := migrationFS.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("store: unable to read migration %q: %w", name, err)
		}
		ms = append(ms, migration{version: v, name: name, sql: string(body)})
	}
	slices.SortFunc(ms, func(a, b migration) int { return a.version - b.version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %q: expected version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// migrate applies every migration newer than the database's schema version,
// each in its own transaction together with the version bump, so a crash
// leaves the schema at the last complete version.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	// Only read while the schema is current, so that opening a database
	// another process is writing to never waits for the write lock.
	var exists int
	if err := s.write.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'`).Scan(&exists); err != nil {
		return fmt.Errorf("store: unable to read the schema: %w", err)
	}
	if exists == 0 {
		if _, err := s.write.ExecContext(ctx,
			`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
			return fmt.Errorf("store: unable to create schema_version: %w", err)
		}
	}
	current, err := s.schemaVersion(ctx)
	if err != nil {
		return err
	}
	if current > len(ms) {
		return fmt.Errorf("store: database schema version %d is newer than this binary knows (%d): upgrade crosscheck", current, len(ms))
	}
	for _, m := range ms[current:] {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			// Re-read inside the transaction: another process may have
			// migrated since.
			var v int
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
				return err
			}
			if v >= m.version {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, m.version)
			return err
		})
		if err != nil {
			return fmt.Errorf("store: unable to apply migration %q: %w", m.name, err)
		}
		s.log.Debug("applied migration", slog.String("migration", m.name))
	}
	return nil
}

// schemaVersion returns the version recorded in the database, 0 when new.
func (s *Store) schemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.write.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: unable to read schema version: %w", err)
	}
	return v, nil
}

// SchemaVersion returns the schema version of the open database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) { return s.schemaVersion(ctx) }
