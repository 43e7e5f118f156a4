package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"
)

// Format is the kind of input a byte stream holds.
type Format int

// Input formats.
const (
	FormatText Format = iota
	FormatHTML
	FormatJSON
	FormatJSONL
	FormatFeed // RSS, Atom or RDF
)

func (f Format) String() string {
	switch f {
	case FormatHTML:
		return "html"
	case FormatJSON:
		return "json"
	case FormatJSONL:
		return "jsonl"
	case FormatFeed:
		return "feed"
	}
	return "text"
}

// formatByExtension maps file extensions; ok is false for an unknown one.
var formatByExtension = map[string]Format{
	".txt": FormatText, ".text": FormatText, ".md": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML, ".shtml": FormatHTML,
	".json":  FormatJSON,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
	".rss": FormatFeed, ".atom": FormatFeed, ".xml": FormatFeed, ".rdf": FormatFeed,
}

// formatByMediaType maps Content-Type media types of fetched URLs.
var formatByMediaType = map[string]Format{
	"text/plain":            FormatText,
	"text/html":             FormatHTML,
	"application/xhtml+xml": FormatHTML,
	"application/json":      FormatJSON,
	"application/x-ndjson":  FormatJSONL,
	"application/jsonl":     FormatJSONL,
	"application/rss+xml":   FormatFeed,
	"application/atom+xml":  FormatFeed,
	"application/rdf+xml":   FormatFeed,
	"application/xml":       FormatFeed,
	"text/xml":              FormatFeed,
	"application/feed+json": FormatFeed, // JSON Feed
}

// hinted returns the format a name (file path or URL) or Content-Type
// declares, if any. The media type wins over the name for URLs: a page at
// /news/story.php says nothing by its extension.
func hinted(name, contentType string) (Format, bool) {
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		if f, ok := formatByMediaType[mt]; ok {
			return f, true
		}
	}
	p := name
	if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		p = u.Path
	}
	f, ok := formatByExtension[strings.ToLower(path.Ext(p))]
	return f, ok
}

// sniff guesses the format from the first bytes. ok is false when the
// content looks like plain text (no structure to recognise).
func sniff(data []byte) (Format, bool) {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\ufeff")), " \t\r\n")
	if len(head) == 0 {
		return FormatText, false
	}
	switch head[0] {
	case '{', '[':
		if isJSONLines(head) {
			return FormatJSONL, true
		}
		return FormatJSON, true
	case '<':
		return sniffMarkup(head), true
	}
	return FormatText, false
}

// sniffMarkup tells a feed from an HTML page by the root element, skipping
// the XML declaration, comments, processing instructions and DOCTYPE.
func sniffMarkup(head []byte) Format {
	lower := bytes.ToLower(head[:min(len(head), 4096)])
	for {
		lower = bytes.TrimLeft(lower, " \t\r\n")
		switch {
		case bytes.HasPrefix(lower, []byte("<!--")):
			end := bytes.Index(lower, []byte("-->"))
			if end < 0 {
				return FormatHTML
			}
			lower = lower[end+3:]
			continue
		case bytes.HasPrefix(lower, []byte("<?")):
			end := bytes.Index(lower, []byte("?>"))
			if end < 0 {
				return FormatFeed
			}
			lower = lower[end+2:]
			continue
		case bytes.HasPrefix(lower, []byte("<!doctype html")):
			return FormatHTML
		case bytes.HasPrefix(lower, []byte("<!doctype")):
			end := bytes.IndexByte(lower, '>')
			if end < 0 {
				return FormatHTML
			}
			lower = lower[end+1:]
			continue
		}
		break
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf", "<rdf"} {
		if bytes.HasPrefix(lower, []byte(root)) {
			return FormatFeed
		}
	}
	if bytes.HasPrefix(head, []byte("<?xml")) && !bytes.HasPrefix(lower, []byte("<html")) {
		// Some other XML document: the feed parser will say it is not a feed.
		return FormatFeed
	}
	return FormatHTML
}

// isJSONLines reports whether data holds two or more JSON values on
// separate lines, the first a complete object on its own line.
func isJSONLines(data []byte) bool {
	first, rest, found := bytes.Cut(data, []byte("\n"))
	if !found || !json.Valid(bytes.TrimSpace(first)) {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return len(rest) > 0 && rest[0] == '{'
}

// detect picks the format from content and name together. Recognisable
// structure in the content wins, so a feed saved as .html or a page saved
// as .txt is still read for what it is; content that looks like prose takes
// the declared format, so a .json file that is not JSON is reported as
// malformed JSON rather than ingested as text.
func detect(name, contentType string, data []byte) Format {
	sniffed, structured := sniff(data)
	declared, known := hinted(name, contentType)
	switch {
	case !structured && known:
		return declared
	case !structured:
		return FormatText
	case sniffed == FormatJSON && known && declared == FormatJSONL:
		return FormatJSONL // a one-line .jsonl file
	case (sniffed == FormatJSON || sniffed == FormatJSONL) && known && declared == FormatText:
		// "[Updated 14:02] ..." starts many a saved story: keep a .txt as
		// text unless it really is JSON.
		if !json.Valid(data) && sniffed == FormatJSON {
			return FormatText
		}
	}
	return sniffed
}

// checkContent rejects empty and binary input. UTF-8 validity is checked
// per format, after any declared charset is applied.
func checkContent(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		if len(data) == 0 {
			return fmt.Errorf("%w: 0 bytes", ErrEmpty)
		}
		return fmt.Errorf("%w: only white space", ErrEmpty)
	}
	if reason := binaryReason(data); reason != "" {
		return fmt.Errorf("%w: %s", ErrBinary, reason)
	}
	return nil
}

// binaryReason looks at the first 8 KB for NUL bytes or a high share of
// control characters, which text in any language does not have.
func binaryReason(data []byte) string {
	head := data[:min(len(data), 8192)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Sprintf("NUL byte at offset %d", i)
	}
	controls := 0
	for _, c := range head {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f {
			controls++
		}
	}
	if controls*10 > len(head) {
		return fmt.Sprintf("%d%% control characters", controls*100/len(head))
	}
	return ""
}

// checkUTF8 names the first invalid byte by line and column.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Errorf("%w: byte 0x%02x at line %d, column %d (offset %d); save the file as UTF-8",
				ErrInvalidUTF8, data[i], line, col, i)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return nil
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
