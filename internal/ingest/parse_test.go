package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"crlf and trailing space", "Headline  \r\n\r\nBody line.\t \r\n", "Headline\n\nBody line."},
		{"old mac line ends", "a\rb", "a\nb"},
		{"spaces and tabs folded", "Coalition\t\tjets   hit  \u00a0 trucks", "Coalition jets hit trucks"},
		{"leading indentation dropped", "    Indented paragraph.", "Indented paragraph."},
		{"blank lines collapsed", "One.\n\n\n\n  \n\t\nTwo.", "One.\n\nTwo."},
		{"single line breaks kept", "Line one\nline two", "Line one\nline two"},
		{"leading and trailing blank lines", "\n\n  \nText\n\n\n", "Text"},
		{"BOM dropped", "\ufeffText", "Text"},
		{"NFC", "Aleppo cafe\u0301", "Aleppo café"},
		{"typographic quotes kept", "“It was a convoy,” he said. ‘Yes’ — it’s", "“It was a convoy,” he said. ‘Yes’ — it’s"},
		{"Arabic kept", "قصف  جوي\u00a0على القائم", "قصف جوي على القائم"},
		{"control characters are space", "a\x0bb\x0cc\u0085d", "a b c d"},
		{"zero-width joiner kept", "a\u200db", "a\u200db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDocumentID(t *testing.T) {
	// sha256("abc"), a published test vector.
	if got := DocumentID("abc"); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("DocumentID = %s", got)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2016-06-28", "2016-06-28"},
		{"2016-06-28T23:30:00+03:00", "2016-06-28"},
		{"2016-06-28T23:30:00.123Z", "2016-06-28"},
		{"2016-06-28 23:30:00", "2016-06-28"},
		{"Tue, 28 Jun 2016 23:30:00 +0300", "2016-06-28"},
		{"Tue, 28 Jun 2016 23:30:00 GMT", "2016-06-28"},
		{"Sat, 2 Jul 2016 09:15:00 +0300", "2016-07-02"},
		{"June 28, 2016", "2016-06-28"},
		{"June 28th, 2016", "2016-06-28"},
		{"Jun 28, 2016", "2016-06-28"},
		{"Sept. 3, 2017", "2017-09-03"},
		{"28 June 2016", "2016-06-28"},
		{"28 JUNE 2016", "2016-06-28"},
		{"24 April, 2018", "2018-04-24"},
		{"Tuesday, June 28, 2016", "2016-06-28"},
		{"28.06.2016", "2016-06-28"},
		{"2016/06/28", "2016-06-28"},
		{"  July 4, 2016\n", "2016-07-04"},
		{"", ""},
		{"last Thursday", ""},
		{"June 2016", ""},
		{"99 June 2016", ""},
	}
	for _, tt := range tests {
		got, ok := ParseDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestDetectLang(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"english prose", "The coalition said on Friday that its aircraft had struck a convoy of vehicles west of the city, destroying more than forty of them, and that it was reviewing reports of civilian casualties from the area.", "en"},
		{"english headline", "Coalition jets hit fuel convoy", "en"},
		{"terse wire lede", "DERAA, Syria - Government artillery shelled the Deraa al-Balad district overnight, wounding six people, opposition activists said.", "en"},
		{"arabic", "قصفت طائرات التحالف الدولي قافلة من صهاريج الوقود شرقي مدينة القائم", "ar"},
		{"arabic with english names", "قال المتحدث باسم التحالف CJTF-OIR إن الضربة استهدفت مواقع داعش", "ar"},
		{"french", "La coalition internationale a mené vendredi une série de frappes aériennes contre un convoi de véhicules à l'ouest de la ville, selon un communiqué publié samedi par le ministère de la défense, qui dit examiner les informations faisant état de victimes civiles.", "other"},
		{"german short", "Luftangriff auf Konvoi nahe Falludscha", "other"},
		{"french headline", "Frappes aériennes près de Raqqa", "other"},
		{"kurdish", "Balafirên hevpeymaniyê li nêzîkî Reqayê êrîş kirin û du kes mirin", "other"},
		{"short place names", "Strike near Tikrit", "en"},
		{"russian", "Министерство обороны России заявило, что его самолеты не наносили ударов по колонне.", "other"},
		{"no letters", "12 – 14 …", "other"},
	}
	for _, tt := range tests {
		if got := DetectLang(tt.text); got != tt.want {
			t.Errorf("%s: DetectLang = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		ok    bool
		title string
		body  string
	}{
		{"full header", "Title: T\nURL: https://x.example/a\nPublisher: P\n\nBody.", true, "T", "Body."},
		{"case-insensitive keys", "TITLE: T\npublished: 2016-06-28\n\nBody.", true, "T", "Body."},
		{"header without title", "Publisher: P\n\nHeadline\n\nBody.", true, "", "Headline\n\nBody."},
		{"white-space blank line", "Title: T\n   \nBody.", true, "T", "Body."},
		{"crlf", "Title: T\r\n\r\nBody.\r\n", true, "T", "Body.\n"},
		{"no header", "Headline\n\nBody: with a colon.", false, "", ""},
		{"dateline with colon", "BAGHDAD: Iraqi officials said on Monday\n\nMore.", false, "", ""},
		{"only unknown keys", "Update: the toll rose\n\nBody.", false, "", ""},
		{"a non-field line in the block", "Title: T\nThe strike hit a convoy.\n\nBody.", false, "", ""},
		{"no blank line", "Title: T\nPublisher: P", false, "", ""},
		{"nothing after the header", "Title: T\n\n  \n", false, "", ""},
		{"leading blank line", "\nTitle: T\n\nBody.", false, "", ""},
		{"long key", "According to the ministry of defence: no strikes\n\nBody.", false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, body, ok := SplitHeader(tt.in)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v (header %+v)", ok, tt.ok, h)
			}
			if !ok {
				if Normalize(body) != Normalize(tt.in) {
					t.Errorf("body %q lost text of %q", body, tt.in)
				}
				return
			}
			if h.Title != tt.title || body != tt.body {
				t.Errorf("title %q body %q; want %q, %q", h.Title, body, tt.title, tt.body)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, file, ctype, data string
		want                    Format
	}{
		{"txt", "a.txt", "", "Headline\n\nBody.", FormatText},
		{"no extension", "-", "", "Headline\n\nBody.", FormatText},
		{"txt starting with bracket", "a.txt", "", "[Updated] Headline\n\nBody.", FormatText},
		{"json by content", "-", "", ` {"title": "x"}`, FormatJSON},
		{"json array", "a.json", "", `[{"text": "x"}]`, FormatJSON},
		{"jsonl by content", "-", "", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n", FormatJSONL},
		{"one-line jsonl", "a.jsonl", "", "{\"text\": \"a\"}\n", FormatJSONL},
		{"prose named .json", "a.json", "", "Not JSON.", FormatJSON},
		{"html", "-", "", "<!DOCTYPE html><html><body><p>x</p></body></html>", FormatHTML},
		{"html fragment", "a.html", "", "<p>x</p>", FormatHTML},
		{"html saved as txt", "a.txt", "", "<html><body>x</body></html>", FormatHTML},
		{"rss", "-", "", `<?xml version="1.0"?><!-- c --><rss version="2.0"></rss>`, FormatFeed},
		{"atom named .html", "a.html", "", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", FormatFeed},
		{"rdf", "-", "", `<?xml version="1.0"?><rdf:RDF></rdf:RDF>`, FormatFeed},
		{"xhtml with xml declaration", "-", "", `<?xml version="1.0"?><!DOCTYPE html><html></html>`, FormatHTML},
		{"url page by content type", "https://x.example/story.php", "text/html; charset=utf-8", "Plain words", FormatHTML},
		{"url feed by extension", "https://x.example/feed.xml?x=1", "", "<rss></rss>", FormatFeed},
	}
	for _, tt := range tests {
		if got := detect(tt.file, tt.ctype, []byte(tt.data)); got != tt.want {
			t.Errorf("%s: detect = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestNodeTextKeepsParagraphs(t *testing.T) {
	in := `<div><h2>Head</h2><p>One <b>bold</b>
	word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table><script>no()</script></div>`
	want := "Head\n\nOne bold word.\n\nTwo\nlines\n\na\n\nb\n\nx | y"
	if got := Normalize(htmlFragmentText(in)); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// FuzzSplitHeader: never panics, never loses body text, and the body of a
// split is a suffix of the (line-end normalised) input.
func FuzzSplitHeader(f *testing.F) {
	for _, s := range []string{
		"Title: T\nPublisher: P\n\nBody.", "Headline\n\nBody", "Kind: news\n\n", ":\n\n:", "Title:\r\n\r\nx", "\n\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, body, ok := SplitHeader(s)
		in := strings.ReplaceAll(strings.TrimPrefix(s, "\ufeff"), "\r\n", "\n")
		if !strings.HasSuffix(in, body) {
			t.Fatalf("body %q is not a suffix of %q", body, in)
		}
		if ok && strings.TrimSpace(body) == "" {
			t.Fatalf("header accepted with empty body: %+v", h)
		}
		if !ok && body != in {
			t.Fatalf("no header, but body %q != input %q", body, in)
		}
	})
}

// FuzzDetectAndParse: format detection and every parser accept any bytes
// without panicking, and whatever they return normalises idempotently.
func FuzzDetectAndParse(f *testing.F) {
	for _, s := range []string{
		"Headline\n\nBody.", `{"text": "x"}`, `[{"text": "x"}, 1]`, "{\"text\":\"a\"}\n{\"text\":\"b\"}",
		"<html><body><p>The coalition said it struck a convoy near the town on Tuesday night.</p></body></html>",
		`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>i</title><description>&lt;p&gt;d&lt;/p&gt;</description></item></channel></rss>`,
		`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">x</content></entry></feed>`,
	} {
		f.Add("x.txt", []byte(s))
		f.Add("-", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		src := source{origin: "fuzz", name: name, data: data}
		if checkContent(data) != nil {
			return
		}
		docs, err := parse(src)
		if err != nil {
			return
		}
		for _, d := range docs {
			if d.err != nil {
				continue
			}
			n := Normalize(d.text)
			if Normalize(n) != n {
				t.Fatalf("Normalize not idempotent on %q", d.text)
			}
			if utf8.ValidString(d.text) && !utf8.ValidString(n) {
				t.Fatalf("Normalize broke UTF-8")
			}
		}
	})
}

// FuzzNormalize: idempotent, no trailing or doubled blank lines.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"a  b\r\n\r\n\r\nc ", "\ufeff x\u00a0\u0301", "e\u0301\t\n\n\t\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		if strings.Contains(n, "\n\n\n") || strings.HasSuffix(n, "\n") || strings.HasPrefix(n, "\n") || strings.Contains(n, "  ") {
			t.Fatalf("bad white space in %q", n)
		}
	})
}
