package ingest

import (
	"strings"
)

// Header is the optional block of "Key: value" lines at the top of a
// plain-text report.
type Header struct {
	Title, URL, Publisher, Author, Published, Kind, Lang string
	Unknown                                              []string // keys not recognised, as written
}

// headerFields are the keys a header may use (case-insensitive), with
// where each value goes. "Date" and "Source" are common spellings of
// Published and Publisher in saved reports.
var headerFields = map[string]func(h *Header) *string{
	"title":     func(h *Header) *string { return &h.Title },
	"headline":  func(h *Header) *string { return &h.Title },
	"url":       func(h *Header) *string { return &h.URL },
	"link":      func(h *Header) *string { return &h.URL },
	"publisher": func(h *Header) *string { return &h.Publisher },
	"source":    func(h *Header) *string { return &h.Publisher },
	"author":    func(h *Header) *string { return &h.Author },
	"byline":    func(h *Header) *string { return &h.Author },
	"published": func(h *Header) *string { return &h.Published },
	"date":      func(h *Header) *string { return &h.Published },
	"kind":      func(h *Header) *string { return &h.Kind },
	"lang":      func(h *Header) *string { return &h.Lang },
	"language":  func(h *Header) *string { return &h.Lang },
}

// SplitHeader separates a plain-text report into its header and body. A
// header is the run of lines before the first blank line when every one of
// them is "Key: value" with a short key, at least one key is known, and a
// non-empty body follows. Anything else — a story whose first paragraph
// happens to contain a colon, say — is all body, and ok is false.
func SplitHeader(text string) (h Header, body string, ok bool) {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	block, rest, found := cutBlankLine(text)
	if !found || strings.TrimSpace(rest) == "" || strings.TrimSpace(block) == "" {
		return Header{}, text, false
	}
	known := 0
	for line := range strings.SplitSeq(block, "\n") {
		key, value, isField := headerLine(line)
		if !isField {
			return Header{}, text, false
		}
		if field, ok := headerFields[strings.ToLower(key)]; ok {
			if p := field(&h); *p == "" {
				*p = value
			}
			known++
		} else {
			h.Unknown = append(h.Unknown, key)
		}
	}
	if known == 0 {
		return Header{}, text, false
	}
	return h, rest, true
}

// cutBlankLine splits text at its first blank (or white-space-only) line.
func cutBlankLine(text string) (before, after string, found bool) {
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			break
		}
		if strings.TrimSpace(text[off:off+end]) == "" {
			return strings.TrimSuffix(text[:off], "\n"), text[off+end+1:], true
		}
		off += end + 1
	}
	return text, "", false
}

// headerLine parses "Key: value". Keys are one to three words of letters
// (and '-' or '_'), at most 30 bytes, so "BAGHDAD (Reuters) - Iraqi
// officials said: ..." is not mistaken for one.
func headerLine(line string) (key, value string, ok bool) {
	key, value, found := strings.Cut(line, ":")
	if !found {
		return "", "", false
	}
	key = strings.TrimSpace(key)
	if key == "" || len(key) > 30 || strings.Count(key, " ") > 2 {
		return "", "", false
	}
	for _, r := range key {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_' || r == ' ') {
			return "", "", false
		}
	}
	return key, strings.TrimSpace(value), true
}

// chromeLines are page-furniture lines that saved articles often start
// with ("Share" above a headline); they are never the title.
var chromeLines = map[string]bool{
	"share": true, "share this": true, "share this article": true, "advertisement": true,
	"print": true, "email": true, "e-mail": true, "menu": true, "home": true, "close": true,
	"subscribe": true, "listen": true, "comments": true, "skip to content": true,
	"skip to main content": true, "for immediate release": true, "send in e-mail": true,
}

// firstLine returns the first non-empty line of normalised text that is
// not page furniture (or the very first line if all of them are).
func firstLine(text string) string {
	first := ""
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !chromeLines[strings.ToLower(strings.TrimRight(line, ".:!"))] {
			return line
		}
		if first == "" {
			first = line
		}
	}
	return first
}

// parseText reads a plain-text report.
func parseText(data []byte) ([]rawDoc, error) {
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	h, body, ok := SplitHeader(string(data))
	d := rawDoc{text: body}
	if ok {
		d.title, d.url, d.publisher, d.author = h.Title, h.URL, h.Publisher, h.Author
		d.published, d.kind, d.lang = h.Published, h.Kind, h.Lang
		for _, k := range h.Unknown {
			d.warnings = append(d.warnings, "header key "+quote(k)+" not recognised; ignored")
		}
	}
	return []rawDoc{d}, nil
}
