package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/crosscheck/crosscheck/internal/model"
)

// ReplaceIncidents replaces every stored incident by incs, in one
// transaction: readers see the old set or the new one, never a mix. Each
// incident's claims must be stored claims; the reason each joined comes
// from the incident's Links. Incidents whose content is unchanged are not
// rewritten, so rebuilding after a small ingest writes little.
func (s *Store) ReplaceIncidents(ctx context.Context, incs []model.Incident) error {
	ids := make(map[string]int, len(incs))
	for i, inc := range incs {
		if j, dup := ids[inc.ID]; dup {
			return fmt.Errorf("store: unable to replace incidents: incidents %d and %d share the id %q", j, i, inc.ID)
		}
		ids[inc.ID] = i
	}

	// Each incident is encoded inside the transaction and dropped once
	// written: a large collection's JSON is never all in memory at once.
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		type stored struct {
			ord    int
			digest string
		}
		old := make(map[string]stored)
		rows, err := tx.QueryContext(ctx, `SELECT id, ord, digest FROM incidents`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			var st stored
			if err := rows.Scan(&id, &st.ord, &st.digest); err != nil {
				rows.Close()
				return err
			}
			old[id] = st
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}

		st, err := prepareIncidentStmts(ctx, tx)
		if err != nil {
			return err
		}
		defer st.close()
		// Gone incidents take their body and claim rows with them (cascade).
		for id := range old {
			if _, keep := ids[id]; !keep {
				if _, err := st.del.ExecContext(ctx, id); err != nil {
					return fmt.Errorf("incident %q: %w", id, err)
				}
			}
		}
		for i, inc := range incs {
			body, err := json.Marshal(inc)
			if err != nil {
				return fmt.Errorf("incident %q: %w", inc.ID, err)
			}
			sum := sha256.Sum256(body)
			digest := hex.EncodeToString(sum[:])
			prev, exists := old[inc.ID]
			switch {
			case exists && prev.digest == digest:
				if prev.ord != i {
					if _, err := st.reorder.ExecContext(ctx, i, inc.ID); err != nil {
						return fmt.Errorf("incident %q: %w", inc.ID, err)
					}
				}
				continue
			case exists:
				if _, err := st.del.ExecContext(ctx, inc.ID); err != nil {
					return fmt.Errorf("incident %q: %w", inc.ID, err)
				}
			}
			if _, err := st.insert.ExecContext(ctx, inc.ID, i, inc.When.From, inc.When.To, inc.Grade, digest); err != nil {
				return fmt.Errorf("incident %q: %w", inc.ID, err)
			}
			if _, err := st.body.ExecContext(ctx, inc.ID, string(body)); err != nil {
				return fmt.Errorf("incident %q: %w", inc.ID, err)
			}
			reasons := make(map[string]string, len(inc.Links))
			for _, l := range inc.Links {
				reasons[l.Claim] = l.Reason
			}
			for _, c := range inc.Claims {
				if _, err := st.claim.ExecContext(ctx, inc.ID, c.ID, reasons[c.ID]); err != nil {
					return fmt.Errorf("incident %q, claim %q: %w", inc.ID, c.ID, err)
				}
			}
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO meta (key, value)
			VALUES ('incidents_built_upto', (SELECT coalesce(max(seq), 0) FROM documents))
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: unable to replace incidents: %w", err)
	}
	return nil
}

// incidentStmts are the statements of ReplaceIncidents.
type incidentStmts struct {
	del, reorder, insert, body, claim *sql.Stmt
}

func prepareIncidentStmts(ctx context.Context, tx *sql.Tx) (*incidentStmts, error) {
	var st incidentStmts
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.del, `DELETE FROM incidents WHERE id = ?`},
		{&st.reorder, `UPDATE incidents SET ord = ? WHERE id = ?`},
		{&st.insert, `INSERT INTO incidents (id, ord, when_from, when_to, grade, digest) VALUES (?, ?, ?, ?, ?, ?)`},
		{&st.body, `INSERT INTO incident_bodies (incident, json) VALUES (?, ?)`},
		{&st.claim, `INSERT INTO incident_claims (incident, claim, reason) VALUES (?, ?, ?)
			ON CONFLICT (incident, claim) DO NOTHING`},
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

func (st *incidentStmts) close() {
	for _, s := range []*sql.Stmt{st.del, st.reorder, st.insert, st.body, st.claim} {
		if s != nil {
			s.Close()
		}
	}
}

// Incidents returns every incident in the order ReplaceIncidents was given.
func (s *Store) Incidents(ctx context.Context) ([]model.Incident, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT b.json FROM incidents i
		JOIN incident_bodies b ON b.incident = i.id ORDER BY i.ord`)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list incidents: %w", err)
	}
	defer rows.Close()
	var incs []model.Incident
	for rows.Next() {
		inc, err := scanIncident(rows)
		if err != nil {
			return nil, fmt.Errorf("store: unable to list incidents: %w", err)
		}
		incs = append(incs, inc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unable to list incidents: %w", err)
	}
	return incs, nil
}

// Incident returns the incident whose id is idOrPrefix or starts with it.
// It fails with ErrNotFound or ErrAmbiguous.
func (s *Store) Incident(ctx context.Context, idOrPrefix string) (model.Incident, error) {
	if idOrPrefix == "" {
		return model.Incident{}, fmt.Errorf("store: incident %q: %w", idOrPrefix, ErrNotFound)
	}
	lo, hi := prefixBounds(idOrPrefix)
	rows, err := s.read.QueryContext(ctx, `SELECT b.json FROM incidents i
		JOIN incident_bodies b ON b.incident = i.id
		WHERE i.id >= ? AND i.id < ? ORDER BY i.id <> ?, i.id LIMIT 2`, lo, hi, idOrPrefix)
	if err != nil {
		return model.Incident{}, fmt.Errorf("store: unable to fetch incident %q: %w", idOrPrefix, err)
	}
	defer rows.Close()
	var found []model.Incident
	for rows.Next() {
		inc, err := scanIncident(rows)
		if err != nil {
			return model.Incident{}, fmt.Errorf("store: unable to fetch incident %q: %w", idOrPrefix, err)
		}
		found = append(found, inc)
	}
	if err := rows.Err(); err != nil {
		return model.Incident{}, fmt.Errorf("store: unable to fetch incident %q: %w", idOrPrefix, err)
	}
	switch {
	case len(found) == 0:
		return model.Incident{}, fmt.Errorf("store: incident %q: %w", idOrPrefix, ErrNotFound)
	case found[0].ID == idOrPrefix, len(found) == 1:
		return found[0], nil
	default:
		return model.Incident{}, fmt.Errorf("store: incident %q: %w: it starts %s and %s (give more characters)",
			idOrPrefix, ErrAmbiguous, found[0].ID, found[1].ID)
	}
}

// IncidentsStale reports whether documents were stored after the incidents
// were last replaced: an ingest stopped before its rebuild leaves them so.
func (s *Store) IncidentsStale(ctx context.Context) (bool, error) {
	var stale bool
	err := s.read.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(seq), 0) FROM documents) >
		coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'incidents_built_upto'), 0)`).Scan(&stale)
	if err != nil {
		return false, fmt.Errorf("store: unable to tell whether incidents are stale: %w", err)
	}
	return stale, nil
}

// IncidentsOfClaim returns the ids of the incidents claim id belongs to.
func (s *Store) IncidentsOfClaim(ctx context.Context, claim string) ([]string, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT incident FROM incident_claims WHERE claim = ? ORDER BY incident`, claim)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list incidents of claim %q: %w", claim, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("store: unable to list incidents of claim %q: %w", claim, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unable to list incidents of claim %q: %w", claim, err)
	}
	return ids, nil
}

func scanIncident(rows *sql.Rows) (model.Incident, error) {
	var b []byte
	if err := rows.Scan(&b); err != nil {
		return model.Incident{}, err
	}
	var inc model.Incident
	if err := json.Unmarshal(b, &inc); err != nil {
		return model.Incident{}, fmt.Errorf("decode: %w", err)
	}
	return inc, nil
}
