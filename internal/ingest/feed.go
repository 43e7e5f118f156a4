package ingest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// parseFeed reads an RSS, Atom, RDF or JSON Feed; each item is a document.
// An item's full content (content:encoded, Atom content) is preferred over
// its description or summary; HTML in either is reduced to text.
func parseFeed(data []byte) ([]rawDoc, error) {
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: feed: %v", ErrMalformed, err)
	}
	if len(feed.Items) == 0 {
		return nil, fmt.Errorf("%w: feed %q has no items", ErrNoText, feed.Title)
	}
	publisher := htmlFragmentText(feed.Title)
	docs := make([]rawDoc, 0, len(feed.Items))
	for i, it := range feed.Items {
		d := rawDoc{
			suffix:    "#item-" + strconv.Itoa(i+1),
			title:     htmlFragmentText(it.Title),
			url:       it.Link,
			publisher: publisher,
		}
		body := it.Content
		if strings.TrimSpace(htmlFragmentText(body)) == "" {
			body = it.Description
		}
		d.text = htmlFragmentText(body)
		if strings.TrimSpace(d.text) == "" {
			d.err = fmt.Errorf("%w: feed item %q has neither content nor description", ErrNoText, d.title)
		}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			d.author = it.Authors[0].Name
		}
		d.published = itemDate(it.Published, it.PublishedParsed)
		if d.published == "" {
			d.published = itemDate(it.Updated, it.UpdatedParsed)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// itemDate prefers the date as written, in its own zone: gofeed's parsed
// time is in UTC, which moves a story stamped 01:00 +0300 to the day before.
func itemDate(written string, parsed *time.Time) string {
	if d, ok := ParseDate(written); ok {
		return d
	}
	if parsed != nil {
		return parsed.Format(time.DateOnly)
	}
	return written // not understood: finish records a warning
}
