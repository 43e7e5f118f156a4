package model

import (
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"hash"
	"strconv"
)

// ClaimIDs makes the ids of one document's claims, each ClaimID's. The
// hash of the document id's whole 64-byte blocks is taken once, not for
// every claim: a real id is 64 hex characters, exactly one block, so each
// claim then hashes one block instead of two.
type ClaimIDs struct {
	docID string
	state []byte    // the digest's state after the id's whole blocks; nil for an id shorter than a block
	rest  string    // the id past those blocks
	h     hash.Hash // reset to state for each claim
	buf   []byte    // the claim's suffix, then its digest: reused, as the hash's interface methods would move a local array to the heap
}

// NewClaimIDs prepares the claim ids of the document docID. An id shorter
// than a block (or a digest that could not save its state, which
// crypto/sha256's always can) leaves every id to ClaimID.
func NewClaimIDs(docID string) *ClaimIDs {
	ids := &ClaimIDs{docID: docID}
	n := len(docID) / sha256.BlockSize * sha256.BlockSize
	if n == 0 {
		return ids
	}
	h := sha256.New()
	h.Write([]byte(docID[:n])) // (a hash's Write never fails)
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return ids
	}
	ids.state, ids.rest, ids.h = state, docID[n:], h
	return ids
}

// ID is ClaimID(docID, span, ordinal).
func (ids *ClaimIDs) ID(span [2]int, ordinal int) string {
	if ids.state == nil {
		return ClaimID(ids.docID, span, ordinal)
	}
	if err := ids.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(ids.state); err != nil {
		return ClaimID(ids.docID, span, ordinal) // (cannot happen: the state is the digest's own)
	}
	b := append(ids.buf[:0], ids.rest...)
	for _, n := range [3]int{span[0], span[1], ordinal} {
		b = strconv.AppendInt(append(b, ':'), int64(n), 10)
	}
	ids.h.Write(b)
	b = ids.h.Sum(b[:0])
	ids.buf = b
	var id [16]byte
	hex.Encode(id[:], b[:8])
	return string(id[:])
}
