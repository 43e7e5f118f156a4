package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// minArticleWords is the least text an HTML page must yield to count as
// a report.
const minArticleWords = 5

// parseHTML extracts an article page's main text and metadata with
// go-trafilatura, which drops navigation, ads, share bars and comments.
func parseHTML(data []byte, contentType, pageURL string) ([]rawDoc, error) {
	data, err := htmlToUTF8(data, contentType)
	if err != nil {
		return nil, err
	}
	opts := trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true, // readability and distiller vote on the main text
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	// Parse here rather than in trafilatura.Extract: the bytes are UTF-8 by
	// now, and Extract's parser would run a costly charset detector on them.
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: HTML: %v", ErrMalformed, err)
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return nil, fmt.Errorf("%w: HTML: no article text found (%v)", ErrMalformed, err)
	}
	if res.ContentNode == nil {
		return nil, fmt.Errorf("%w: HTML: no article text found", ErrMalformed)
	}
	// ContentText runs paragraphs together; walk the node to keep them.
	text := nodeText(res.ContentNode)
	// With no article, trafilatura's baseline falls back to the <title>:
	// a "Loading…" shell page is not a report.
	if norm := singleLine(text); len(strings.Fields(norm)) < minArticleWords || norm == singleLine(res.Metadata.Title) {
		return nil, fmt.Errorf("%w: HTML: no article text found", ErrMalformed)
	}
	m := res.Metadata
	d := rawDoc{
		title:     m.Title,
		text:      text,
		url:       m.URL,
		publisher: m.Sitename,
		author:    m.Author,
	}
	if !m.Date.IsZero() {
		d.published = m.Date.Format(time.DateOnly)
	}
	return []rawDoc{d}, nil
}

// htmlToUTF8 applies a charset declared by the Content-Type or a <meta>
// tag (Arabic sites still serve windows-1256). Bytes that are not UTF-8
// and declare nothing are an error, not a guess.
func htmlToUTF8(data []byte, contentType string) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	name := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		name = params["charset"]
	}
	if name == "" {
		if m := metaCharsetRe.FindSubmatch(data[:min(len(data), 2048)]); m != nil {
			name = string(m[1])
		}
	}
	enc, canonical := charset.Lookup(name)
	if enc == nil || canonical == "utf-8" {
		return nil, checkUTF8(data)
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: decoding %s: %v", ErrInvalidUTF8, canonical, err)
	}
	return out, nil
}

// metaCharsetRe finds <meta charset="x"> and the http-equiv form's
// "content=text/html; charset=x".
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([a-z0-9_.:-]+)`)

// blockElements end a paragraph; br ends a line.
var blockElements = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"header": true, "footer": true, "aside": true, "blockquote": true, "pre": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"table": true, "tr": true, "figure": true, "figcaption": true, "hr": true,
	"address": true, "details": true, "summary": true,
	// go-trafilatura's internal names, should any survive its conversion
	"head": true, "list": true, "item": true, "quote": true,
}

// skipElements hold no readable text.
var skipElements = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "iframe": true, "object": true, "button": true, "select": true,
}

// nodeText renders n as plain text: white space folded as a browser does,
// a blank line between blocks, a line break for <br>, cells of a table row
// separated by " | ".
func nodeText(n *html.Node) string {
	var b textBuilder
	b.walk(n)
	return b.String()
}

type textBuilder struct {
	dropChrome bool // skip elements whose class or id marks them as ads, share bars and the like
	out        strings.Builder
	space      bool // a space is pending before the next word
	pre        int  // depth inside <pre>
}

func (b *textBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.ElementNode:
		if skipElements[n.Data] || (b.dropChrome && isChrome(n)) {
			return
		}
	}
	tag := ""
	if n.Type == html.ElementNode {
		tag = n.Data
	}
	switch {
	case tag == "br" || tag == "lb":
		b.newline("\n")
		return
	case tag == "td" || tag == "th" || tag == "cell":
		if !b.lineStart() {
			b.out.WriteString(" | ")
			b.space = false
		}
	case blockElements[tag]:
		b.newline("\n\n")
	}
	if tag == "pre" {
		b.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
	if tag == "pre" {
		b.pre--
	}
	if blockElements[tag] {
		b.newline("\n\n")
	}
}

func (b *textBuilder) text(s string) {
	if b.pre > 0 {
		b.out.WriteString(s)
		return
	}
	for i, f := range strings.Fields(s) {
		if (i > 0 || b.space || startsWithSpace(s)) && !b.lineStart() {
			b.out.WriteByte(' ')
		}
		b.out.WriteString(f)
		b.space = false
	}
	if endsWithSpace(s) {
		b.space = true
	}
}

// newline ends the current line or paragraph; repeated calls don't stack.
func (b *textBuilder) newline(sep string) {
	b.space = false
	if b.out.Len() == 0 {
		return
	}
	s := b.out.String()
	switch {
	case strings.HasSuffix(s, "\n\n"):
	case strings.HasSuffix(s, "\n") && sep == "\n\n":
		b.out.WriteByte('\n')
	case strings.HasSuffix(s, "\n"):
	default:
		b.out.WriteString(sep)
	}
}

func (b *textBuilder) lineStart() bool {
	s := b.out.String()
	return s == "" || strings.HasSuffix(s, "\n")
}

func (b *textBuilder) String() string { return b.out.String() }

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0'
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0'
}

// chromeMarkers in a class or id mark page furniture that feeds copy into
// item content along with the story.
var chromeMarkers = []string{"advert", "share", "social", "related", "newsletter", "promo", "sponsor", "subscribe"}

// isChrome reports whether n's class or id names an ad, share bar,
// related-links box or similar.
func isChrome(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, tok := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			if tok == "ad" || tok == "ads" {
				return true
			}
			for _, m := range chromeMarkers {
				if strings.Contains(tok, m) {
					return true
				}
			}
		}
	}
	return false
}

// htmlFragmentText reduces an HTML fragment (a feed item's content) to
// text; a value without markup is returned with entities decoded.
func htmlFragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return s
	}
	b := textBuilder{dropChrome: true}
	for _, n := range nodes {
		b.walk(n)
	}
	return b.String()
}
