package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// jsonDocument is a document in the model's JSON field names. Unknown
// fields (id, claims, ... from crosscheck's own exports) are ignored.
type jsonDocument struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Publisher string `json:"publisher"`
	Author    string `json:"author"`
	Published string `json:"published"`
	Kind      string `json:"kind"`
	Lang      string `json:"lang"`
}

// parseJSON reads one document object, an array of them, or
// {"documents": [...]}. A bad element fails alone.
func parseJSON(data []byte) ([]rawDoc, error) {
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	var top any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&top); err != nil {
		return nil, fmt.Errorf("%w: JSON: %s", ErrMalformed, jsonErrorAt(data, err))
	}
	if _, err := dec.Token(); err == nil {
		return nil, fmt.Errorf("%w: JSON: more than one value at top level (JSON Lines? name the file .jsonl)", ErrMalformed)
	}

	var elems []json.RawMessage
	switch v := top.(type) {
	case []any:
		if err := json.Unmarshal(data, &elems); err != nil {
			return nil, fmt.Errorf("%w: JSON: %v", ErrMalformed, err)
		}
	case map[string]any:
		if _, ok := v["documents"]; ok {
			var wrapper struct {
				Documents []json.RawMessage `json:"documents"`
			}
			if err := json.Unmarshal(data, &wrapper); err != nil {
				return nil, fmt.Errorf("%w: JSON: \"documents\" is not an array", ErrMalformed)
			}
			elems = wrapper.Documents
			break
		}
		if isJSONFeed(v) {
			return parseFeed(data)
		}
		return []rawDoc{jsonElement(data)}, nil
	default:
		return nil, fmt.Errorf("%w: JSON: expected a document object or an array of them, got %s", ErrMalformed, jsonKind(top))
	}
	if len(elems) == 0 {
		return nil, fmt.Errorf("%w: JSON: no documents", ErrNoText)
	}
	docs := make([]rawDoc, len(elems))
	for i, e := range elems {
		docs[i] = jsonElement(e)
		docs[i].suffix = "#item-" + strconv.Itoa(i+1)
	}
	return docs, nil
}

// parseJSONLines reads one document object per line; blank lines are
// skipped and a bad line fails alone.
func parseJSONLines(data []byte) ([]rawDoc, error) {
	if err := checkUTF8(data); err != nil {
		return nil, err
	}
	var docs []rawDoc
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		d := jsonElement(line)
		d.suffix = "#line-" + strconv.Itoa(i+1)
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%w: JSON Lines: no documents", ErrNoText)
	}
	return docs, nil
}

// jsonElement decodes one document; failures land in rawDoc.err.
func jsonElement(raw []byte) rawDoc {
	var jd jsonDocument
	if err := json.Unmarshal(raw, &jd); err != nil {
		var ute *json.UnmarshalTypeError
		switch {
		case errors.As(err, &ute) && ute.Field == "":
			return rawDoc{err: fmt.Errorf("%w: JSON: expected a document object, got %s", ErrMalformed, ute.Value)}
		case errors.As(err, &ute):
			return rawDoc{err: fmt.Errorf("%w: JSON: field %q must be a %s, got %s", ErrMalformed, ute.Field, ute.Type, ute.Value)}
		}
		return rawDoc{err: fmt.Errorf("%w: JSON: %s", ErrMalformed, jsonErrorAt(raw, err))}
	}
	if strings.TrimSpace(jd.Text) == "" {
		return rawDoc{err: fmt.Errorf("%w: JSON document has no \"text\"", ErrNoText)}
	}
	return rawDoc{
		title: jd.Title, text: jd.Text, url: jd.URL, publisher: jd.Publisher,
		author: jd.Author, published: jd.Published, kind: jd.Kind, lang: jd.Lang,
	}
}

// isJSONFeed recognises https://jsonfeed.org documents, which go to the
// feed parser.
func isJSONFeed(v map[string]any) bool {
	version, _ := v["version"].(string)
	_, items := v["items"]
	return items && strings.Contains(version, "jsonfeed.org")
}

// jsonErrorAt adds line and column to a syntax error.
func jsonErrorAt(data []byte, err error) string {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return "unexpected end of input (truncated file?)"
		}
		return err.Error()
	}
	off := min(int(se.Offset), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("%v at line %d, column %d", se, line, col)
}

func jsonKind(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}
