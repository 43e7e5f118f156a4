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
