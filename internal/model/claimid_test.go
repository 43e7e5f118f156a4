package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"
)

// TestClaimIDFormat pins the id to its derivation: stored ids must not
// change when ClaimID is rewritten.
func TestClaimIDFormat(t *testing.T) {
	for _, c := range []struct {
		doc        string
		start, end int
		ord        int
	}{{"doc", 10, 20, 0}, {"", 0, 0, 0}, {"a-very-long-document-identifier-of-more-than-sixty-four-bytes-in-all.txt", 123456, 123999, 42}, {"neg", -1, 5, 3}} {
		h := sha256.Sum256(fmt.Appendf(nil, "%s:%d:%d:%d", c.doc, c.start, c.end, c.ord))
		if got, want := ClaimID(c.doc, [2]int{c.start, c.end}, c.ord), hex.EncodeToString(h[:8]); got != want {
			t.Errorf("ClaimID(%q, %d, %d, %d) = %s, want %s", c.doc, c.start, c.end, c.ord, got, want)
		}
	}
}

// TestClaimIDs checks the per-document ids against ClaimID for ids of every
// length around one and two blocks, the real 64-character id among them.
func TestClaimIDs(t *testing.T) {
	long := "0a4f6f01ba789865ea5e4cefe18c64d5f9deba792fa2ab232895850efca3d3220a4f6f01ba789865ea5e4cefe18c64d5f9deba792fa2ab232895850efca3d322xyz"
	for n := 0; n <= len(long); n++ {
		doc := long[:n]
		ids := NewClaimIDs(doc)
		for ord, span := range [][2]int{{0, 0}, {10, 20}, {123456, 123999}, {-1, 5}, {7, 9}} {
			if got, want := ids.ID(span, ord), ClaimID(doc, span, ord); got != want {
				t.Errorf("ClaimIDs(%q).ID(%v, %d) = %s, want %s", doc, span, ord, got, want)
			}
		}
	}
}

// BenchmarkClaimIDs compares a real document id's claim ids made one by one
// with ClaimID and with the document's ClaimIDs.
func BenchmarkClaimIDs(b *testing.B) {
	const doc = "0a4f6f01ba789865ea5e4cefe18c64d5f9deba792fa2ab232895850efca3d322"
	b.Run("ClaimID", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			_ = ClaimID(doc, [2]int{i, i + 120}, i&15)
		}
	})
	b.Run("ClaimIDs", func(b *testing.B) {
		ids := NewClaimIDs(doc)
		for i := 0; b.Loop(); i++ {
			_ = ids.ID([2]int{i, i + 120}, i&15)
		}
	})
}
