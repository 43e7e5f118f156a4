package ingest

import (
	"regexp"
	"strings"
	"time"
)

// dateLayouts are the publication date forms seen in feeds, page metadata,
// JSON exports and text headers, most specific first. Each keeps the date
// as written in its own zone: a story stamped "2016-06-28T23:30:00+03:00"
// was published on June 28 where it was written.
var dateLayouts = []string{
	time.RFC3339Nano,                 // 2016-06-28T23:30:00.000+03:00
	time.RFC3339,                     // 2016-06-28T23:30:00+03:00
	"2006-01-02T15:04:05",            // 2016-06-28T23:30:00 (no zone)
	"2006-01-02T15:04",               // 2016-06-28T23:30
	"2006-01-02 15:04:05 -0700",      // 2016-06-28 23:30:00 +0300
	"2006-01-02 15:04:05 MST",        // 2016-06-28 23:30:00 UTC
	"2006-01-02 15:04:05",            // 2016-06-28 23:30:00
	"2006-01-02 15:04",               // 2016-06-28 23:30
	"2006-01-02",                     // 2016-06-28
	"2006/01/02",                     // 2016/06/28
	"20060102",                       // 20160628 (release numbers)
	time.RFC1123Z,                    // Tue, 28 Jun 2016 23:30:00 +0300
	time.RFC1123,                     // Tue, 28 Jun 2016 23:30:00 GMT
	"Mon, 2 Jan 2006 15:04:05 -0700", // single-digit day
	"Mon, 2 Jan 2006 15:04:05 MST",   //
	"Mon, 2 Jan 2006 15:04 -0700",    // no seconds
	"Mon, 2 Jan 2006 15:04 MST",      //
	"2 Jan 2006 15:04:05 -0700",      // RSS without weekday
	"2 Jan 2006 15:04:05 MST",        //
	time.RFC850,                      // Tuesday, 28-Jun-16 23:30:00 GMT
	time.ANSIC,                       // Tue Jun 28 23:30:00 2016
	time.UnixDate,                    // Tue Jun 28 23:30:00 UTC 2016
	"Monday, January 2, 2006 15:04",  // Tuesday, June 28, 2016 23:30
	"Monday, January 2, 2006",        // Tuesday, June 28, 2016
	"Monday, 2 January 2006",         // Tuesday, 28 June 2016
	"Mon, January 2, 2006",           // Tue, June 28, 2016
	"Mon, 2 January 2006",            // Tue, 28 June 2016
	"Mon, Jan 2, 2006",               // Tue, Jun 28, 2016
	"Mon, 2 Jan 2006",                // Tue, 28 Jun 2016
	"January 2, 2006 15:04",          // June 28, 2016 23:30
	"January 2, 2006 3:04 PM",        // June 28, 2016 11:30 PM
	"January 2, 2006",                // June 28, 2016
	"January 2 2006",                 // June 28 2016
	"Jan 2, 2006",                    // Jun 28, 2016
	"Jan 2 2006",                     // Jun 28 2016
	"Jan. 2, 2006",                   // Jun. 28, 2016 (AP style)
	"2 January 2006 15:04",           // 28 June 2016 23:30
	"2 January 2006",                 // 28 June 2016
	"2 January, 2006",                // 28 June, 2016
	"2 Jan 2006",                     // 28 Jun 2016
	"2-Jan-2006",                     // 28-Jun-2016
	"02.01.2006",                     // 28.06.2016 (day first, as in Europe and the Middle East)
}

var (
	// ordinalRe matches "28th" in "June 28th, 2016".
	ordinalRe = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)
	// septRe: "Sept." is common in news copy but not a Go month abbreviation.
	septRe = regexp.MustCompile(`(?i)\bsept\b\.?`)
)

// ParseDate returns s as an ISO date ("2006-01-02"), or false when s is
// not a date in one of the forms above.
func ParseDate(s string) (string, bool) {
	t, ok := parseTime(s)
	if !ok {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

func parseTime(s string) (time.Time, bool) {
	s = singleLine(s)
	if s == "" {
		return time.Time{}, false
	}
	s = ordinalRe.ReplaceAllString(s, "$1")
	s = septRe.ReplaceAllString(s, "Sep")
	s = strings.TrimSuffix(s, ".")
	for _, cand := range []string{s, titleCaseMonths(s)} {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, cand); err == nil && t.Year() >= 1900 && t.Year() <= 2200 {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// titleCaseMonths turns "28 JUNE 2016" or "june 28" into Go's "June" form.
func titleCaseMonths(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) >= 3 && isASCIIAlpha(strings.TrimRight(w, ".,")) {
			words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
		}
	}
	return strings.Join(words, " ")
}

func isASCIIAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
