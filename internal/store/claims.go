package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/crosscheck/crosscheck/internal/model"
)

// claimRow is a claim as stored: its JSON and the columns copied out of it.
type claimRow struct {
	id, document     string
	ordinal          int
	speaker, stance  string
	whenFrom, whenTo string
	lat, lon         *float64
	json             []byte
}

func newClaimRow(c model.Claim, ordinal int) (claimRow, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return claimRow{}, err
	}
	return claimRow{
		id: c.ID, document: c.Document, ordinal: ordinal,
		speaker: c.Speaker, stance: c.Stance,
		whenFrom: c.When.From, whenTo: c.When.To,
		lat: c.Where.Lat, lon: c.Where.Lon,
		json: b,
	}, nil
}

func (r claimRow) args() []any {
	return []any{r.id, r.document, r.ordinal, r.speaker, r.stance, r.whenFrom, r.whenTo,
		floatOrNil(r.lat), floatOrNil(r.lon), string(r.json)}
}

func floatOrNil(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

// Claims returns every stored claim, by document in ingest order, then by
// the claim's ordinal in its document.
func (s *Store) Claims(ctx context.Context) ([]model.Claim, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT c.json FROM claims c
		JOIN documents d ON d.id = c.document ORDER BY d.seq, c.ordinal`)
	if err != nil {
		return nil, fmt.Errorf("store: unable to list claims: %w", err)
	}
	defer rows.Close()
	var claims []model.Claim
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("store: unable to list claims: %w", err)
		}
		var c model.Claim
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("store: unable to decode a claim: %w", err)
		}
		claims = append(claims, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: unable to list claims: %w", err)
	}
	return claims, nil
}

// ClaimCount returns how many claims document id has.
func (s *Store) ClaimCount(ctx context.Context, id string) (int, error) {
	var n int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM claims WHERE document = ?`, id).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: unable to count claims of document %q: %w", id, err)
	}
	return n, nil
}
