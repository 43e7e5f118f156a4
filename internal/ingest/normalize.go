package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns text in the form crosscheck stores and hashes: Unicode
// NFC, "\n" line ends, each line trimmed with runs of horizontal space folded
// to one space, at most one blank line between paragraphs, none at either
// end. Quotes, dashes and letters are left as written: claims quote the text
// and their byte spans point into it. Normalize is idempotent.
func Normalize(text string) string {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = norm.NFC.String(text)

	var b strings.Builder
	b.Grow(len(text))
	blank := false // a blank line is pending
	for line := range strings.SplitSeq(text, "\n") {
		line = foldSpace(line)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(line)
	}
	return b.String()
}

// foldSpace trims line and folds each run of horizontal space (tabs, NBSP,
// the Unicode space separators, stray control characters) into one space.
func foldSpace(line string) string {
	var b strings.Builder
	space := false
	for _, r := range line {
		if isHSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isHSpace(r rune) bool {
	switch {
	case r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == '\u3000':
		return true
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0): // C0 and C1 controls
		return true
	case r == '\u2028' || r == '\u2029': // in-line separators count as spaces
		return true
	}
	return unicode.Is(unicode.Zs, r)
}

// singleLine normalises s and joins its lines with spaces (titles, names).
func singleLine(s string) string {
	return strings.Join(strings.Fields(Normalize(s)), " ")
}

// DocumentID is the hex sha256 of normalised text.
func DocumentID(normalized string) string {
	return sha256Hex([]byte(normalized))
}

func sha256Hex(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
