package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

// HasDocument reports whether a document with exactly this id is stored.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.read.QueryRowContext(ctx, `SELECT 1 FROM documents WHERE id = ?`, id).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("store: unable to look up document %q: %w", id, err)
	}
	return true, nil
}

// Signatures returns the MinHash signature of every document, in ingest
// order, to rebuild a dedup.Index. The rows are read before it returns, so
// the iterator cannot fail half-way.
func (s *Store) Signatures(ctx context.Context) (iter.Seq2[string, []uint64], error) {
	rows, err := s.read.QueryContext(ctx, `SELECT s.document, s.minhash
		FROM signatures s JOIN documents d ON d.id = s.document ORDER BY d.seq`)
	if err != nil {
		return nil, fmt.Errorf("store: unable to read signatures: %w", err)
	}
	defer rows.Close()
	type entry struct {
		id  string
		sig []uint64
	}
	var all []entry
	for rows.Next() {
		var e entry
		var b []byte
		if err := rows.Scan(&e.id, &b); err != nil {
			return nil, fmt.Errorf("store: unable to read signatures: %w", err)
		}
		if e.sig, err = decodeSignature(b); err != nil {
			return nil, fmt.Errorf("store: signature of document %q: %w", e.id, err)
		}
		all = append(all, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unable to read signatures: %w", err)
	}
	return func(yield func(string, []uint64) bool) {
		for _, e := range all {
			if !yield(e.id, e.sig) {
				return
			}
		}
	}, nil
}

func encodeSignature(sig []uint64) []byte {
	b := make([]byte, 0, 8*len(sig))
	for _, v := range sig {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b
}

func decodeSignature(b []byte) ([]uint64, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("corrupt minhash of %d bytes", len(b))
	}
	sig := make([]uint64, len(b)/8)
	for i := range sig {
		sig[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return sig, nil
}

// NewDocument is one document to store, with what goes with it.
type NewDocument struct {
	Doc    model.Document
	Raw    []byte        // original bytes; nil when none were kept
	Sig    []uint64      // MinHash signature; nil for none
	Claims []model.Claim // in document order
}

// AddDocument stores doc, its original bytes raw (content-addressed, shared
// between documents with the same original), its signature and its claims,
// all in one transaction: a crash leaves the document wholly present or
// wholly absent.
//
// doc.IngestedAt defaults to now. doc.RawSHA256 is computed when empty, and
// checked against raw when the blob is new. Each claim is stored with its
// Document, Path and Published set from doc, and an ID from model.ClaimID
// when it has none. Adding a document whose id is stored already fails with
// ErrExists and changes nothing.
func (s *Store) AddDocument(ctx context.Context, doc model.Document, raw []byte, sig []uint64, claims []model.Claim) error {
	errs, err := s.AddDocuments(ctx, []NewDocument{{Doc: doc, Raw: raw, Sig: sig, Claims: claims}})
	if err != nil {
		return err
	}
	return errs[0]
}

// AddDocuments stores a batch of documents as AddDocument does, in one
// transaction (one commit is much cheaper than one per document), each
// document inside its own savepoint. A document that fails — ErrExists, a
// constraint — is rolled back alone and its error returned at its index of
// errs; the others are committed. err reports a failure of the whole batch
// (nothing stored). A crash leaves each document wholly present or wholly
// absent.
func (s *Store) AddDocuments(ctx context.Context, docs []NewDocument) (errs []error, err error) {
	errs = make([]error, len(docs))
	rows := make([]docRows, len(docs))
	pending := 0
	for i, nd := range docs {
		if rows[i], errs[i] = prepareDocument(nd); errs[i] == nil {
			pending++
		}
	}
	if pending == 0 {
		return errs, nil
	}
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		st, err := prepareInserts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		failed := map[string]bool{}
		for i, r := range rows {
			if errs[i] != nil {
				failed[r.doc.ID] = true
				continue
			}
			// A near-copy of a document that failed earlier in this batch
			// is now the earliest copy stored: it must not fail with it.
			if failed[r.doc.CopyOf] {
				r.doc.CopyOf = ""
			}
			if _, err := tx.ExecContext(ctx, `SAVEPOINT add_document`); err != nil {
				return err
			}
			if errs[i] = st.add(ctx, tx, r); errs[i] != nil {
				// ErrExists: stored already, so near-copies may point at it.
				failed[r.doc.ID] = !errors.Is(errs[i], ErrExists)
				errs[i] = fmt.Errorf("store: unable to add document %q: %w", r.doc.ID, errs[i])
				if _, err := tx.ExecContext(ctx, `ROLLBACK TO add_document`); err != nil {
					return err
				}
			}
			if _, err := tx.ExecContext(ctx, `RELEASE add_document`); err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: unable to add %d documents: %w", pending, err)
	}
	return errs, nil
}

// docRows is a document encoded for its rows.
type docRows struct {
	doc      model.Document
	raw      []byte
	sig      []byte // nil: no signature
	warnings string
	claims   []claimRow
}

func prepareDocument(nd NewDocument) (docRows, error) {
	doc := nd.Doc
	if doc.ID == "" {
		return docRows{}, errors.New("store: unable to add a document without an id")
	}
	if doc.IngestedAt.IsZero() {
		doc.IngestedAt = time.Now()
	}
	warnings, err := json.Marshal(nonNil(doc.Warnings))
	if err != nil {
		return docRows{}, fmt.Errorf("store: unable to encode warnings of document %q: %w", doc.ID, err)
	}
	r := docRows{doc: doc, raw: nd.Raw, warnings: string(warnings), claims: make([]claimRow, len(nd.Claims))}
	if nd.Sig != nil {
		r.sig = encodeSignature(nd.Sig)
	}
	for i, c := range nd.Claims {
		c.Document, c.Path, c.Published = doc.ID, doc.Path, doc.Published
		if c.ID == "" {
			c.ID = model.ClaimID(doc.ID, c.Span, i)
		}
		if r.claims[i], err = newClaimRow(c, i); err != nil {
			return docRows{}, fmt.Errorf("store: unable to encode claim %d of document %q: %w", i, doc.ID, err)
		}
	}
	return r, nil
}

// inserts are the statements of AddDocuments, prepared once per batch.
type inserts struct {
	exists, document, signature, claim *sql.Stmt
}

func prepareInserts(ctx context.Context, tx *sql.Tx) (*inserts, error) {
	var st inserts
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.exists, `SELECT 1 FROM documents WHERE id = ?`},
		{&st.document, `INSERT INTO documents
			(id, path, url, title, publisher, author, published, kind, lang, text, copy_of, raw_sha256, warnings, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.signature, `INSERT INTO signatures (document, minhash) VALUES (?, ?)`},
		{&st.claim, `INSERT INTO claims
			(id, document, ordinal, speaker, stance, when_from, when_to, lat, lon, json)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		stmt, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = stmt
	}
	return &st, nil
}

func (st *inserts) close() {
	for _, s := range []*sql.Stmt{st.exists, st.document, st.signature, st.claim} {
		if s != nil {
			s.Close()
		}
	}
}

// add writes one document's rows. The transaction holds the write lock from
// its start (IMMEDIATE), so nobody can add the document between the check
// and the insert.
func (st *inserts) add(ctx context.Context, tx *sql.Tx, r docRows) error {
	doc := r.doc
	var one int
	switch err := st.exists.QueryRowContext(ctx, doc.ID).Scan(&one); {
	case err == nil:
		return ErrExists
	case !errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("document: %w", err)
	}
	var rawRef any // NULL when there is no original
	if r.raw != nil || doc.RawSHA256 != "" {
		sum, err := putBlob(ctx, tx, doc.RawSHA256, r.raw)
		if err != nil {
			return err
		}
		rawRef = sum
	}
	if _, err := st.document.ExecContext(ctx,
		doc.ID, doc.Path, doc.URL, doc.Title, doc.Publisher, doc.Author, doc.Published,
		doc.Kind, doc.Lang, doc.Text, nullString(doc.CopyOf), rawRef, r.warnings,
		doc.IngestedAt.UTC().Format(time.RFC3339Nano)); err != nil {
		return fmt.Errorf("document: %w", err)
	}
	if r.sig != nil {
		if _, err := st.signature.ExecContext(ctx, doc.ID, r.sig); err != nil {
			return fmt.Errorf("signature: %w", err)
		}
	}
	for _, c := range r.claims {
		if _, err := st.claim.ExecContext(ctx, c.args()...); err != nil {
			return fmt.Errorf("claim %q: %w", c.id, err)
		}
	}
	return nil
}

// putBlob stores raw under its sha256 unless that blob exists, and returns
// the address. want, when set, must be that sha256.
func putBlob(ctx context.Context, tx *sql.Tx, want string, raw []byte) (string, error) {
	if want != "" {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM blobs WHERE sha256 = ?`, want).Scan(&one)
		if err == nil {
			return want, nil // shared original, e.g. the feed of several items
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return "", fmt.Errorf("blob %s: %w", want, err)
		}
	}
	h := sha256.Sum256(raw)
	sum := hex.EncodeToString(h[:])
	if want != "" && want != sum {
		return "", fmt.Errorf("blob: raw bytes have sha256 %s, document says %s", sum, want)
	}
	if raw == nil {
		raw = []byte{} // bytes is NOT NULL
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO blobs (sha256, size, bytes) VALUES (?, ?, ?)
		ON CONFLICT (sha256) DO NOTHING`, sum, len(raw), raw); err != nil {
		return "", fmt.Errorf("blob %s: %w", sum, err)
	}
	return sum, nil
}

// Blob returns the original bytes stored under sha256, or ErrNotFound.
func (s *Store) Blob(ctx context.Context, sha256 string) ([]byte, error) {
	var b []byte
	err := s.read.QueryRowContext(ctx, `SELECT bytes FROM blobs WHERE sha256 = ?`, sha256).Scan(&b)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil, fmt.Errorf("store: blob %q: %w", sha256, ErrNotFound)
	case err != nil:
		return nil, fmt.Errorf("store: unable to fetch blob %q: %w", sha256, err)
	}
	return b, nil
}

const documentColumns = `id, path, url, title, publisher, author, published, kind, lang,
	coalesce(copy_of, ''), coalesce(raw_sha256, ''), warnings, ingested_at`

// Documents returns every document in ingest order, without its text.
func (s *Store) Documents(ctx context.Context) ([]model.Document, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+documentColumns+` FROM documents ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list documents: %w", err)
	}
	defer rows.Close()
	var docs []model.Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("store: unable to list documents: %w", err)
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unable to list documents: %w", err)
	}
	return docs, nil
}

// Document returns the document whose id is idOrPrefix or starts with it,
// with its text. It fails with ErrNotFound or ErrAmbiguous.
func (s *Store) Document(ctx context.Context, idOrPrefix string) (model.Document, error) {
	if idOrPrefix == "" {
		return model.Document{}, fmt.Errorf("store: document %q: %w", idOrPrefix, ErrNotFound)
	}
	lo, hi := prefixBounds(idOrPrefix)
	// An exact id wins over longer ids it is a prefix of.
	rows, err := s.read.QueryContext(ctx, `SELECT `+documentColumns+`, text FROM documents
		WHERE id >= ? AND id < ? ORDER BY id <> ?, id LIMIT 2`, lo, hi, idOrPrefix)
	if err != nil {
		return model.Document{}, fmt.Errorf("store: unable to fetch document %q: %w", idOrPrefix, err)
	}
	defer rows.Close()
	var found []model.Document
	for rows.Next() {
		var text string
		d, err := scanDocument(rows, &text)
		if err != nil {
			return model.Document{}, fmt.Errorf("store: unable to fetch document %q: %w", idOrPrefix, err)
		}
		d.Text = text
		found = append(found, d)
	}
	if err := rows.Err(); err != nil {
		return model.Document{}, fmt.Errorf("store: unable to fetch document %q: %w", idOrPrefix, err)
	}
	switch {
	case len(found) == 0:
		return model.Document{}, fmt.Errorf("store: document %q: %w", idOrPrefix, ErrNotFound)
	case found[0].ID == idOrPrefix, len(found) == 1:
		return found[0], nil
	default:
		return model.Document{}, fmt.Errorf("store: document %q: %w: it starts %s and %s (give more characters)",
			idOrPrefix, ErrAmbiguous, found[0].ID, found[1].ID)
	}
}

// scanDocument scans documentColumns then extra destinations.
func scanDocument(rows *sql.Rows, extra ...any) (model.Document, error) {
	var d model.Document
	var warnings, ingested string
	dest := append([]any{&d.ID, &d.Path, &d.URL, &d.Title, &d.Publisher, &d.Author, &d.Published,
		&d.Kind, &d.Lang, &d.CopyOf, &d.RawSHA256, &warnings, &ingested}, extra...)
	if err := rows.Scan(dest...); err != nil {
		return d, err
	}
	if err := json.Unmarshal([]byte(warnings), &d.Warnings); err != nil {
		return d, fmt.Errorf("warnings of document %q: %w", d.ID, err)
	}
	if len(d.Warnings) == 0 {
		d.Warnings = nil
	}
	t, err := time.Parse(time.RFC3339Nano, ingested)
	if err != nil {
		return d, fmt.Errorf("ingested_at of document %q: %w", d.ID, err)
	}
	d.IngestedAt = t
	return d, nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
