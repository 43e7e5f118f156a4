// Package store persists documents, their archived original bytes, near-copy
// signatures, claims and incidents. SQLite (pure Go, modernc.org/sqlite) is
// the default and only backend so far; PostgreSQL DSNs are recognised and
// refused with a clear message until that backend lands.
//
// A Store holds two handles on one database file: a writer limited to one
// connection, whose transactions begin IMMEDIATE so that concurrent writers
// queue on busy_timeout instead of failing half-way, and a small pool of
// readers that WAL lets run beside the writer.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"runtime"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Sentinel errors, to test with errors.Is.
var (
	// ErrNotFound is returned when no row matches an id or prefix.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous is returned when a prefix matches more than one row.
	ErrAmbiguous = errors.New("ambiguous prefix")
	// ErrExists is returned by AddDocument when the document is stored
	// already, e.g. by another process since the caller last looked.
	ErrExists = errors.New("document already stored")
	// ErrUnsupported is returned by Open for backends not implemented yet.
	ErrUnsupported = errors.New("not yet supported")
)

// Store is an open crosscheck database. It is safe for concurrent use.
type Store struct {
	write *sql.DB // one connection: SQLite has one writer
	read  *sql.DB // a pool of readers
	log   *slog.Logger
}

// Tables returns the store's connections for a package that keeps a table
// of its own in the same database (the gazetteer's imported places): reads
// go through read, writes through write, the one writer connection.
func (s *Store) Tables() (read, write *sql.DB) { return s.read, s.write }

// pragmas are applied to every connection; busy_timeout first so that the
// others wait rather than fail while another process holds the lock.
var pragmas = []string{
	"busy_timeout(5000)",
	"journal_mode(WAL)",
	"synchronous(NORMAL)",
	"foreign_keys(1)",
}

// Open opens (creating if needed) the database named by dsn and applies any
// pending migration. dsn is a SQLite file path (or a "file:" URI); a
// postgres:// or postgresql:// URL is refused with ErrUnsupported.
func Open(ctx context.Context, dsn string, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lower := strings.ToLower(dsn)
	switch {
	case dsn == "":
		return nil, errors.New("store: empty database path")
	case strings.HasPrefix(lower, "postgres://"), strings.HasPrefix(lower, "postgresql://"):
		return nil, fmt.Errorf("store: PostgreSQL is %w yet: use a SQLite file path for --db (e.g. crosscheck.db)", ErrUnsupported)
	case dsn == ":memory:" || strings.Contains(lower, "mode=memory"):
		// Two handles on a private in-memory database would see two databases.
		return nil, errors.New("store: in-memory SQLite databases are not supported: use a file path")
	}

	writeDSN, readDSN := sqliteDSNs(dsn)
	write, err := sql.Open("sqlite", writeDSN)
	if err != nil {
		return nil, fmt.Errorf("store: unable to open %q: %w", dsn, err)
	}
	write.SetMaxOpenConns(1)
	write.SetMaxIdleConns(1)
	write.SetConnMaxLifetime(0)
	if err := write.PingContext(ctx); err != nil {
		write.Close()
		return nil, fmt.Errorf("store: unable to open %q: %w", dsn, err)
	}
	s := &Store{write: write, log: log.With(slog.String("db", dsn))}
	if err := s.migrate(ctx); err != nil {
		write.Close()
		return nil, err
	}

	read, err := sql.Open("sqlite", readDSN)
	if err != nil {
		write.Close()
		return nil, fmt.Errorf("store: unable to open %q for reading: %w", dsn, err)
	}
	n := max(2, min(runtime.NumCPU(), 8))
	read.SetMaxOpenConns(n)
	read.SetMaxIdleConns(n)
	if err := read.PingContext(ctx); err != nil {
		write.Close()
		read.Close()
		return nil, fmt.Errorf("store: unable to open %q for reading: %w", dsn, err)
	}
	s.read = read
	return s, nil
}

// sqliteDSNs returns the driver DSNs of the writer and of the readers for a
// path or file: URI.
func sqliteDSNs(path string) (write, read string) {
	base := path
	var extra url.Values
	if strings.HasPrefix(path, "file:") {
		if i := strings.IndexByte(path, '?'); i >= 0 {
			extra, _ = url.ParseQuery(path[i+1:])
			base = path[:i]
		}
	} else {
		// A file: URI lets the path hold '?' or '#' once escaped.
		base = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	q := url.Values{}
	for k, vs := range extra {
		q[k] = append(q[k], vs...)
	}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	w := url.Values{}
	for k, vs := range q {
		w[k] = vs
	}
	w.Set("_txlock", "immediate")
	// A batch of documents dirties more pages than the default 2 MB cache
	// holds; spilling them to the WAL mid-transaction costs system calls.
	w.Add("_pragma", "cache_size(-32768)")
	r := url.Values{}
	for k, vs := range q {
		r[k] = vs
	}
	r.Add("_pragma", "query_only(1)")
	return base + "?" + w.Encode(), base + "?" + r.Encode()
}

// Close closes both handles.
func (s *Store) Close() error {
	var errs []error
	if s.read != nil {
		errs = append(errs, s.read.Close())
	}
	if s.write != nil {
		errs = append(errs, s.write.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: unable to close: %w", err)
	}
	return nil
}

// inTx runs fn in one write transaction, committed when fn returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Stats counts the rows of the main tables.
type Stats struct {
	Documents  int   `json:"documents"`
	NearCopies int   `json:"near_copies"`
	Blobs      int   `json:"blobs"`
	BlobBytes  int64 `json:"blob_bytes"`
	Claims     int   `json:"claims"`
	Incidents  int   `json:"incidents"`
}

// Stats returns the row counts of the database.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM documents WHERE copy_of IS NOT NULL),
		(SELECT count(*) FROM blobs),
		(SELECT coalesce(sum(size), 0) FROM blobs),
		(SELECT count(*) FROM claims),
		(SELECT count(*) FROM incidents)`).
		Scan(&st.Documents, &st.NearCopies, &st.Blobs, &st.BlobBytes, &st.Claims, &st.Incidents)
	if err != nil {
		return Stats{}, fmt.Errorf("store: unable to count rows: %w", err)
	}
	return st, nil
}

// prefixBounds returns the half-open range [lo, hi) of the ids that start
// with prefix, under SQLite's binary collation of UTF-8 text.
func prefixBounds(prefix string) (lo, hi string) {
	return prefix, prefix + "\U0010FFFF"
}
