// Package ingest turns inputs — files, folders, stdin, web pages and feeds —
// into model.Documents: it reads the bytes, detects the format by content
// and name, extracts text and metadata, and normalises both. It does no
// storage and no deduplication; a failed input becomes an Item with Err so
// the caller can report it and go on.
package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"github.com/crosscheck/crosscheck/internal/fetch"
	"github.com/crosscheck/crosscheck/internal/model"
)

// DefaultMaxBytes is the per-input size limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 20 << 20

// Reasons an input fails; Item.Err wraps one of them (test with errors.Is).
var (
	ErrUnreadable  = errors.New("cannot read")
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary content, not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("input too large")
	ErrMalformed   = errors.New("malformed input")
	ErrNoText      = errors.New("no text found")
	ErrNoNetwork   = errors.New("network access not enabled")
	ErrFetch       = errors.New("fetch failed")
)

// Options are the caller's overrides and limits.
type Options struct {
	Publisher, Kind, Published, Lang string        // CLI overrides; "" = take from source
	MaxBytes                         int64         // per input; default 20 MB
	Fetcher                          *fetch.Client // nil: no network allowed
}

// Item is one document read, or one input that failed.
type Item struct {
	Origin string         // file path, URL, "-" for stdin, or "ORIGIN#item-N" / "ORIGIN#line-N" inside a feed, JSON array or JSON Lines file
	Doc    model.Document // ID, Path (= Origin), Title, Publisher, Published, Kind, Lang, Text, RawSHA256
	Raw    []byte         // original bytes (the whole file/page/feed for items of a container); shared, do not modify
	Err    error          // non-nil: this input failed; Doc/Raw are empty. Err names the origin and the reason.
	// Skipped, when not empty, says why a file met in a folder walk was
	// passed over without being read (a README beside the reports).
	Skipped string
}

// InputError is the Err of a failed Item: where and why.
type InputError struct {
	Origin string
	Err    error
}

func (e *InputError) Error() string { return e.Origin + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// rawDoc is what a format parser finds, before normalisation and defaults.
type rawDoc struct {
	suffix                                         string // "#item-N" within a container
	title, text, url, publisher, author, published string
	kind, lang                                     string
	warnings                                       []string
	err                                            error // this element failed; the others stand
}

// source is one input's bytes and what is known about where they came from.
type source struct {
	origin      string // as reported in Item.Origin
	name        string // file name or URL, for the extension
	contentType string // from HTTP, if fetched
	url         string // fetched URL (after redirects)
	data        []byte
}

// Walk resolves each path (file, folder recursed in lexical order, "-",
// http(s) URL) and calls fn once per document or failure, in a
// deterministic order. It stops at the first error fn returns, or when ctx
// is done, and returns that error; failures of single inputs do not stop it.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opts Options, fn func(Item) error) error {
	opts, err := opts.Validate()
	if err != nil {
		return err
	}
	w := &walker{ctx: ctx, stdin: stdin, opts: opts, fn: fn}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

// Validate normalises the overrides once, so a bad flag fails the whole
// run before anything is read. Walk calls it; callers may call it first to
// refuse bad flags before any other work.
func (o Options) Validate() (Options, error) {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Published != "" {
		d, ok := ParseDate(o.Published)
		if !ok {
			return o, fmt.Errorf("ingest: published %q is not a date (use 2006-01-02)", o.Published)
		}
		o.Published = d
	}
	if o.Kind != "" {
		k, ok := normalizeKind(o.Kind)
		if !ok {
			return o, fmt.Errorf("ingest: kind %q is not one of %s", o.Kind, strings.Join(kinds, ", "))
		}
		o.Kind = k
	}
	if o.Lang != "" {
		l, _ := normalizeLang(o.Lang)
		o.Lang = l
	}
	o.Publisher = singleLine(o.Publisher)
	return o, nil
}

var kinds = []string{model.KindNews, model.KindOfficial, model.KindNGO, model.KindBlog, model.KindSocial}

func normalizeKind(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, k := range kinds {
		if s == k {
			return k, true
		}
	}
	return "", false
}

type walker struct {
	ctx   context.Context
	stdin io.Reader
	opts  Options
	fn    func(Item) error
}

// fail reports one failed input.
func (w *walker) fail(origin string, err error) error {
	return w.fn(Item{Origin: origin, Err: &InputError{Origin: origin, Err: err}})
}

// emit parses src and calls fn for each document or failure in it.
func (w *walker) emit(src source) error {
	raw := src.data
	if int64(len(raw)) > w.opts.MaxBytes {
		return w.fail(src.origin, fmt.Errorf("%w: %d bytes, over the %s limit", ErrTooLarge, len(raw), formatBytes(w.opts.MaxBytes)))
	}
	src.data = decodeUTF16(raw)
	if err := checkContent(src.data); err != nil {
		return w.fail(src.origin, err)
	}
	docs, err := safeParse(src)
	if err != nil {
		return w.fail(src.origin, err)
	}
	rawSHA := sha256Hex(raw)
	for _, d := range docs {
		origin := src.origin + d.suffix
		if d.err != nil {
			if err := w.fail(origin, d.err); err != nil {
				return err
			}
			continue
		}
		doc, err := w.finish(d, src, origin)
		if err != nil {
			if err := w.fail(origin, err); err != nil {
				return err
			}
			continue
		}
		doc.RawSHA256 = rawSHA
		if err := w.fn(Item{Origin: origin, Doc: doc, Raw: raw}); err != nil {
			return err
		}
	}
	return nil
}

// parse dispatches on the detected format.
func parse(src source) ([]rawDoc, error) {
	switch f := detect(src.name, src.contentType, src.data); f {
	case FormatHTML:
		return parseHTML(src.data, src.contentType, src.url)
	case FormatJSON:
		return parseJSON(src.data)
	case FormatJSONL:
		return parseJSONLines(src.data)
	case FormatFeed:
		return parseFeed(src.data)
	default:
		return parseText(src.data)
	}
}

// finish normalises a parsed document and applies defaults and overrides.
func (w *walker) finish(d rawDoc, src source, origin string) (model.Document, error) {
	text := Normalize(d.text)
	if text == "" {
		return model.Document{}, ErrNoText
	}
	doc := model.Document{
		ID:        DocumentID(text),
		Path:      origin,
		URL:       strings.TrimSpace(d.url),
		Title:     singleLine(d.title),
		Publisher: singleLine(d.publisher),
		Author:    singleLine(d.author),
		Kind:      model.KindNews,
		Text:      text,
		Warnings:  d.warnings,
	}
	if doc.URL == "" {
		doc.URL = src.url
	}
	if doc.Title == "" {
		doc.Title = firstLine(text)
	}
	if d.published != "" {
		if iso, ok := ParseDate(d.published); ok {
			doc.Published = iso
		} else {
			doc.Warnings = append(doc.Warnings, "published date "+quote(d.published)+" not understood; left empty")
		}
	}
	if d.kind != "" {
		if k, ok := normalizeKind(d.kind); ok {
			doc.Kind = k
		} else {
			doc.Warnings = append(doc.Warnings, "kind "+quote(d.kind)+" unknown; using news")
		}
	}
	if l, ok := normalizeLang(d.lang); ok {
		doc.Lang = l
	} else {
		doc.Lang = DetectLang(text)
	}
	// Overrides from the command line win over the source.
	if w.opts.Publisher != "" {
		doc.Publisher = w.opts.Publisher
	}
	if w.opts.Kind != "" {
		doc.Kind = w.opts.Kind
	}
	if w.opts.Published != "" {
		doc.Published = w.opts.Published
	}
	if w.opts.Lang != "" {
		doc.Lang = w.opts.Lang
	}
	return doc, nil
}

// decodeUTF16 converts UTF-16 with a byte-order mark (what Windows tools
// save as "Unicode") to UTF-8; other input is returned as is.
func decodeUTF16(data []byte) []byte {
	if !bytes.HasPrefix(data, []byte{0xff, 0xfe}) && !bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return data
	}
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return out
}

func quote(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return strconv.Quote(s)
}

// safeParse runs parse, turning a panic in a third-party parser (HTML,
// feed, JSON) on one hostile input into that input's failure: the rest of
// the batch must still be ingested.
func safeParse(src source) (docs []rawDoc, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("%w: the parser crashed: %v", ErrMalformed, r)
		}
	}()
	return parse(src)
}
