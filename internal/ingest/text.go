package ingest

import (
	"regexp"
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
	if d.published == "" {
		// No header date: the report's own dateline or byline dates it.
		if iso, found := BodyDate(body); found {
			d.published = iso
		}
	}
	return []rawDoc{d}, nil
}

// monthDate finds a calendar date with a month name and a four-digit year:
// "July 4, 2016", "Feb. 10, 2016", "Tuesday, 4 July 2016", "24 April, 2018".
var monthDate = regexp.MustCompile(`(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+\d{4})\b|\b\d{4}-\d{2}-\d{2}\b`)

// datelinePlace is what a wire dateline puts before its date: an upper-case
// or capitalised place, optionally a country or province ("MOSUL, Iraq, ",
// "ADEN, Yemen, ", "MOSCOW, ", "Duhok, ").
var datelinePlace = regexp.MustCompile(`^[A-Z][\p{L}.'’ -]{1,30},(?:\s*[A-Z][\p{L}.'’ -]{1,30},)?\s*$`)

// datelineEnd follows the date of a dateline: the outlet in brackets, a dash
// or a full stop ("(Reuters) —", " - ", ".").
var datelineEnd = regexp.MustCompile(`^\s*(?:\(|—|–|-|\.|:|$)`)

// bylineLines is how many non-empty lines under the headline may carry the
// report's own date.
const bylineLines = 4

// BodyDate returns the publication date a header-less report states in its
// first lines: a dateline ("MOSUL, Iraq, March 3, 2017 (Wire) —",
// "MOSCOW, June 21, 2018.") or a short byline or date line under the
// headline ("July 4, 2016", "By Jane Doe | 4 July 2016", "Updated: Feb. 10,
// 2016"). A date in running prose ("On March 3, 2017, jets struck ...") is
// an event's, not the report's, and is not taken. Only dates that carry
// their own year count: none is ever guessed.
func BodyDate(body string) (string, bool) {
	seen := 0
	for line := range strings.SplitSeq(body, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		seen++
		if seen > bylineLines+1 {
			break
		}
		loc := monthDate.FindStringIndex(line)
		if loc == nil {
			continue
		}
		pre, date, post := line[:loc[0]], line[loc[0]:loc[1]], line[loc[1]:]
		switch {
		case datelinePlace.MatchString(pre) && datelineEnd.MatchString(post):
			// "MOSUL, Iraq, March 3, 2017 —"
		case seen > 1 && shortByline(pre, post):
			// "July 4, 2016" under the headline; "By Jane Doe | 4 July 2016"
		case seen == 1 && strings.TrimSpace(pre) == "" && strings.TrimSpace(strings.Trim(post, " .,:;|-—–")) == "":
			// the first line is the date alone
		default:
			continue
		}
		if iso, ok := ParseDate(strings.TrimSpace(date)); ok {
			return iso, true
		}
		date = strings.NewReplacer(",", "", ".", "").Replace(date)
		if iso, ok := ParseDate(date); ok {
			return iso, true
		}
	}
	return "", false
}

// shortByline reports a line that is only a date with a few words of byline
// around it, no sentence: "By Jane Doe, Staff Writer | July 4, 2016",
// "Posted on 24 April, 2018 by admin", "Updated: Feb. 10, 2016 14:05 GMT".
func shortByline(pre, post string) bool {
	words := len(strings.Fields(pre)) + len(strings.Fields(post))
	if words > 8 {
		return false
	}
	rest := strings.TrimRight(pre+post, " .")
	// a sentence in the rest ("On July 4, 2016, jets struck the base.")
	for _, verbish := range []string{" struck", " killed", " hit ", " said", " says", " attacked", " bombed"} {
		if strings.Contains(strings.ToLower(rest), verbish) {
			return false
		}
	}
	lp := strings.ToLower(strings.TrimSpace(pre))
	if strings.HasPrefix(lp, "on ") {
		return false
	}
	// "Strikes resumed on 4 July 2016." dates an event; "Posted on 4 July
	// 2016" and "Updated: 4 July 2016" date the page.
	fields := strings.Fields(lp)
	if n := len(fields); n > 0 && eventPrepositions[fields[n-1]] {
		for _, w := range fields {
			if bylineWords[strings.TrimRight(w, ":")] {
				return true
			}
		}
		return false
	}
	return true
}

// eventPrepositions before a date make it an event's ("resumed on", "since").
var eventPrepositions = map[string]bool{"on": true, "since": true, "from": true, "until": true, "in": true, "of": true, "before": true, "after": true, "by": true, "at": true}

// bylineWords make a line with a date a page's date line.
var bylineWords = map[string]bool{"posted": true, "published": true, "updated": true, "filed": true, "date": true, "dated": true, "modified": true, "issued": true, "released": true}
