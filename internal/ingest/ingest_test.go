package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/crosscheck/crosscheck/internal/fetch"
)

// TestFormats checks what each format yields, fixture by fixture.
func TestFormats(t *testing.T) {
	tests := []struct {
		origin    string // Item.Origin under testdata/
		title     string
		publisher string
		author    string
		published string
		kind      string
		lang      string
		url       string
		paras     int      // paragraphs in the text
		has       []string // substrings the text must contain
		hasNot    []string // chrome that must be gone
	}{
		{origin: "text/header.txt", title: "Coalition says it struck ISIS fuel trucks near al-Qaim; locals report dead drivers",
			publisher: "Meridian Press", published: "2017-07-12", kind: "news", lang: "en",
			url: "https://news.example.org/2017/07/12/alqaim-fuel-convoy", paras: 4,
			has:    []string{"“These men were paid forty dollars to drive a truck,”", "midnight. Most of the dead", "22 tanker trucks. It did not"},
			hasNot: []string{"Title:", "Publisher:", "LANG:"}},
		{origin: "text/noheader.txt", title: "Strike on Hajin market kills 14, monitors say", kind: "news", lang: "en", paras: 5,
			has: []string{"Strike on Hajin market kills 14, monitors say\n\nHAJIN, Syria —"}},
		{origin: "text/colon_first_line.txt", title: "Update: the death toll has risen", kind: "news", lang: "en", paras: 2,
			has: []string{"Update: the death toll has risen\n\nBEIRUT"}},
		{origin: "text/saved_page.txt", title: "Iraqi jets strike ISIS hideout in Hamrin mountains", kind: "news", lang: "en", paras: 4,
			has: []string{"Share\n\nAdvertisement\n\nIraqi jets"}},
		{origin: "feed/jsonfeed.json#item-1", title: "Drone strike hits vehicle south of Kirkuk", publisher: "Kirkuk Now", author: "Karwan Aziz",
			published: "2019-11-02", kind: "news", lang: "en", url: "https://kirkuknow.example/2019/11/02/drone-strike", paras: 1},
		{origin: "text/arabic.txt", title: "قصف جوي يستهدف قافلة صهاريج قرب القائم", publisher: "وكالة الأنباء المحلية",
			published: "2017-07-12", kind: "news", lang: "ar", paras: 2},
		{origin: "text/utf16.txt", title: "Strike reported near Mosul", kind: "news", lang: "en", paras: 2},
		{origin: "html/article.html", title: "Iraqi army says its helicopters, not coalition, hit convoy near Ramadi",
			publisher: "The Euphrates Observer", author: "Hala Mansour", published: "2016-07-02", kind: "news", lang: "en",
			url: "https://euphrates-observer.example/world/2016/07/02/ramadi-convoy-helicopters", paras: 6,
			has: []string{"RAMADI, Iraq — The Iraqi army said on Saturday", "\"This was an Iraqi operation from beginning to end,\" he said.\n\nOn Friday",
				"fleeing the battle for Falluja."},
			hasNot: []string{"Subscribe", "BREAKING", "Advertisement", "Related stories", "Share on", "Comments", "First!", "Most read", "Privacy", "Tags:", "dataLayer"}},
		{origin: "json/doc.json", title: "Airwars assessment: Mosul al-Jadida strike", publisher: "Airwatch Monitor",
			published: "2017-03-28", kind: "ngo", lang: "en", url: "https://monitor.example.org/civilian-casualties/iraq/mosul-al-jadida", paras: 2},
		{origin: "json/array.json#item-1", title: "Drone strike hits car near Idlib", publisher: "Levant Wire", published: "2017-03-14", kind: "news", lang: "en", paras: 1},
		{origin: "json/array.json#item-4", title: "Shelling in Deraa", publisher: "Levant Wire", published: "2017-03-15", kind: "news", lang: "en", paras: 1},
		{origin: "json/wrapped.json#item-1", title: "Statement on strike near Tabqa", publisher: "SDF Press Centre", published: "2017-03-22", kind: "official", lang: "en", paras: 1},
		{origin: "json/docs.jsonl#line-1", title: "Strike near Abu Kamal", publisher: "Euphrates Monitor", published: "2017-05-25", kind: "news", lang: "en", paras: 1},
		{origin: "json/docs.jsonl#line-4", title: "Russian jets hit Khan Sheikhoun outskirts", publisher: "Euphrates Monitor", published: "2017-05-26", kind: "news", lang: "en", paras: 1},
		{origin: "feed/rss.xml#item-1", title: "Coalition confirms strike on ISIS tanker trucks near al-Qaim", publisher: "Gulf Ledger — Middle East",
			author: "Sami Rahal", published: "2017-07-13", kind: "news", lang: "en",
			url: "https://gulfledger.example/middle-east/2017/07/13/coalition-confirms-alqaim", paras: 2,
			has:    []string{"struck ISIS oil distribution assets near", "were destroyed.\nShe said"},
			hasNot: []string{"<p>", "<strong>", "Advertisement", "trackView", "no reports of civilian deaths"}},
		{origin: "feed/rss.xml#item-2", title: "Rawa hospital receives 14 bodies after convoy strike", publisher: "Gulf Ledger — Middle East",
			published: "2017-07-13", kind: "news", lang: "en", url: "https://gulfledger.example/middle-east/2017/07/12/rawa-hospital", // 01:40 local is still July 13
			paras: 1, has: []string{"hospital in Rawa said"}},
		{origin: "feed/atom.xml#item-1", title: "Strike on Hajin headquarters: who did it?", publisher: "Desert Dispatch", author: "Layla Haddad",
			published: "2018-04-24", kind: "news", lang: "en", url: "https://desertdispatch.example/2018/04/24/hajin-hq", paras: 2,
			hasNot: []string{"disputed toll"}},
		{origin: "feed/atom.xml#item-2", title: "Monitors count civilian dead in Hajin", publisher: "Desert Dispatch",
			published: "2018-04-25", kind: "news", lang: "en", url: "https://desertdispatch.example/2018/04/25/hajin-dead",
			paras: 1, has: []string{"at least six civilians"}},
	}

	items := map[string]Item{}
	for _, it := range walkAll(t, []string{"testdata/text", "testdata/html", "testdata/json", "testdata/feed"}, Options{}) {
		items[strings.TrimPrefix(filepath.ToSlash(it.Origin), "testdata/")] = it
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			it, ok := items[tt.origin]
			if !ok {
				t.Fatalf("no item %q", tt.origin)
			}
			if it.Err != nil {
				t.Fatalf("Err = %v", it.Err)
			}
			d := it.Doc
			for _, f := range []struct{ name, got, want string }{
				{"Title", d.Title, tt.title}, {"Publisher", d.Publisher, tt.publisher}, {"Author", d.Author, tt.author},
				{"Published", d.Published, tt.published}, {"Kind", d.Kind, tt.kind}, {"Lang", d.Lang, tt.lang}, {"URL", d.URL, tt.url},
				{"Path", filepath.ToSlash(d.Path), "testdata/" + tt.origin},
			} {
				if f.got != f.want {
					t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
				}
			}
			if d.ID != DocumentID(d.Text) || len(d.ID) != 64 {
				t.Errorf("ID %q is not the sha256 of the text", d.ID)
			}
			if d.Text != Normalize(d.Text) {
				t.Errorf("text is not normalised")
			}
			if d.RawSHA256 != sha256Hex(it.Raw) {
				t.Errorf("RawSHA256 does not address Raw")
			}
			if n := len(strings.Split(d.Text, "\n\n")); n != tt.paras {
				t.Errorf("%d paragraphs, want %d:\n%s", n, tt.paras, d.Text)
			}
			for _, s := range tt.has {
				if !strings.Contains(d.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, d.Text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(d.Text, s) {
					t.Errorf("text contains %q:\n%s", s, d.Text)
				}
			}
		})
	}
}

// TestBadInput checks that each bad input fails alone, naming the file and
// the reason, and that the walk goes on to the good ones.
func TestBadInput(t *testing.T) {
	tests := []struct {
		origin string
		reason error
		says   string
	}{
		{"bad/empty.txt", ErrEmpty, "0 bytes"},
		{"bad/empty_page.html", ErrMalformed, "no article text"},
		{"bad/image.png", ErrBinary, "NUL byte"},
		{"bad/latin1.txt", ErrInvalidUTF8, "line 1, column 9"},
		{"bad/prose.json", ErrMalformed, "JSON"},
		{"bad/trailing_comma.json", ErrMalformed, "line 1, column 42"},
		{"bad/truncated.json", ErrMalformed, "truncated"},
		{"bad/truncated.rss", ErrMalformed, "feed"},
		{"bad/whitespace.txt", ErrEmpty, "white space"},
		{"json/array.json#item-2", ErrNoText, `no "text"`},
		{"json/array.json#item-3", ErrMalformed, "expected a document object"},
		{"json/array.json#item-5", ErrMalformed, `field "title" must be a string`},
		{"json/docs.jsonl#line-3", ErrMalformed, "JSON"},
		{"feed/rss.xml#item-3", ErrNoText, "neither content nor description"},
		{"missing/nowhere.txt", ErrUnreadable, "no such file"},
	}
	items := walkAll(t, []string{"testdata/bad", "testdata/json", "testdata/feed", "testdata/missing/nowhere.txt", "testdata/text/noheader.txt"}, Options{})
	byOrigin := map[string]Item{}
	for _, it := range items {
		byOrigin[strings.TrimPrefix(filepath.ToSlash(it.Origin), "testdata/")] = it
	}
	for _, tt := range tests {
		t.Run(tt.origin, func(t *testing.T) {
			it, ok := byOrigin[tt.origin]
			if !ok {
				t.Fatalf("no item for %s", tt.origin)
			}
			if it.Err == nil {
				t.Fatalf("no error; doc %+v", it.Doc)
			}
			if !errors.Is(it.Err, tt.reason) {
				t.Errorf("Err = %v, want %v", it.Err, tt.reason)
			}
			msg := it.Err.Error()
			if !strings.HasPrefix(filepath.ToSlash(msg), "testdata/"+tt.origin+": ") || !strings.Contains(msg, tt.says) {
				t.Errorf("Err = %q, want it to name %s and say %q", msg, tt.origin, tt.says)
			}
			if it.Doc.ID != "" || it.Raw != nil {
				t.Errorf("failed item carries a document")
			}
		})
	}
	if last := items[len(items)-1]; last.Err != nil || last.Doc.Title != "Strike on Hajin market kills 14, monitors say" {
		t.Errorf("walk did not go on after failures: last item %+v", last)
	}
}

func TestOverrides(t *testing.T) {
	opts := Options{Publisher: " Gulf  Ledger ", Kind: "Blog", Published: "28 June 2016", Lang: "Arabic"}
	items := walkAll(t, []string{"testdata/text/header.txt", "testdata/json/doc.json"}, opts)
	for _, it := range items {
		d := it.Doc
		if d.Publisher != "Gulf Ledger" || d.Kind != "blog" || d.Published != "2016-06-28" || d.Lang != "ar" {
			t.Errorf("%s: overrides not applied: publisher %q kind %q published %q lang %q", it.Origin, d.Publisher, d.Kind, d.Published, d.Lang)
		}
	}
	for _, bad := range []Options{{Kind: "tweet"}, {Published: "last week"}} {
		if err := Walk(context.Background(), []string{"testdata/text"}, nil, bad, func(Item) error { return nil }); err == nil {
			t.Errorf("Walk accepted options %+v", bad)
		}
	}
}

func TestWarnings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "r.txt"), "Title: Strike near Tikrit\nPublished: sometime in June\nKind: rumour\nDesk: Middle East\n\nAn air strike hit a house near Tikrit on Monday, police said.\n")
	items := walkAll(t, []string{dir}, Options{})
	d := items[0].Doc
	if d.Title != "Strike near Tikrit" || d.Published != "" || d.Kind != "news" {
		t.Errorf("doc = %+v", d)
	}
	want := []string{`published date "sometime in June"`, `kind "rumour"`, `header key "Desk"`}
	joined := strings.Join(d.Warnings, "; ")
	for _, w := range want {
		if !strings.Contains(joined, w) {
			t.Errorf("warnings %q lack %q", joined, w)
		}
	}
}

func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a_big.txt"), strings.Repeat("Coalition strike reported. ", 100))
	writeFile(t, filepath.Join(dir, "b_small.txt"), "Strike near Hit\n\nA strike hit a checkpoint near Hit.")
	items := walkAll(t, []string{dir}, Options{MaxBytes: 1024})
	if len(items) != 2 {
		t.Fatalf("%d items", len(items))
	}
	if err := items[0].Err; !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1 KB limit") || !strings.Contains(err.Error(), "a_big.txt") {
		t.Errorf("big file: Err = %v", err)
	}
	if items[1].Err != nil {
		t.Errorf("small file: %v", items[1].Err)
	}

	// stdin has no size to stat: the limit applies while reading.
	var got Item
	err := Walk(context.Background(), []string{"-"}, strings.NewReader(strings.Repeat("x ", 600)), Options{MaxBytes: 1024}, func(it Item) error {
		got = it
		return nil
	})
	if err != nil || !errors.Is(got.Err, ErrTooLarge) || got.Origin != "-" {
		t.Errorf("stdin over limit: item %+v, err %v", got, err)
	}
}

func TestStdin(t *testing.T) {
	in := "Title: Strike in Raqqa\nPublisher: Raqqa Is Being Slaughtered Silently\r\n\r\nActivists said a strike hit the Naim roundabout in Raqqa on Sunday.\r\n"
	var got []Item
	err := Walk(context.Background(), []string{"-"}, strings.NewReader(in), Options{}, func(it Item) error {
		got = append(got, it)
		return nil
	})
	if err != nil || len(got) != 1 || got[0].Err != nil {
		t.Fatalf("items %+v, err %v", got, err)
	}
	d := got[0].Doc
	if d.Path != "-" || d.Title != "Strike in Raqqa" || d.Publisher != "Raqqa Is Being Slaughtered Silently" || strings.Contains(d.Text, "\r") {
		t.Errorf("doc %+v", d)
	}
}

func TestFolderWalk(t *testing.T) {
	dir := t.TempDir()
	story := "Strike near %s\n\nAn air strike hit a position near the town, officials said.\n"
	writeFile(t, filepath.Join(dir, "b.txt"), strings.Replace(story, "%s", "Baiji", 1))
	writeFile(t, filepath.Join(dir, "a.txt"), strings.Replace(story, "%s", "Anah", 1))
	writeFile(t, filepath.Join(dir, "sub", "c.txt"), strings.Replace(story, "%s", "Tikrit", 1))
	writeFile(t, filepath.Join(dir, "sub", "bad.txt"), "")
	writeFile(t, filepath.Join(dir, ".hidden.txt"), "should be skipped")
	writeFile(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main")
	writeFile(t, filepath.Join(dir, "z.txt"), strings.Replace(story, "%s", "Qayyarah", 1))
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "y_dangling.txt")); err != nil {
		t.Fatal(err)
	}

	var got []string
	for _, it := range walkAll(t, []string{dir}, Options{}) {
		rel, _ := filepath.Rel(dir, it.Origin)
		if it.Err != nil {
			rel += " ERR"
		}
		got = append(got, filepath.ToSlash(rel))
	}
	want := "a.txt b.txt sub/bad.txt ERR sub/c.txt y_dangling.txt ERR z.txt"
	if strings.Join(got, " ") != want {
		t.Errorf("walk order\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestWalkStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{"testdata/text"}, nil, Options{}, func(Item) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("fn error: err %v after %d items", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{"testdata/text"}, nil, Options{}, func(Item) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err %v", err)
	}
}

func TestURLs(t *testing.T) {
	page, err := os.ReadFile("testdata/html/article.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile("testdata/feed/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/story.php", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(feed)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	urls := []string{srv.URL + "/story.php", srv.URL + "/feed", srv.URL + "/missing"}
	items := walkAll(t, urls, Options{Fetcher: fetch.New(fetch.Options{})})
	var got []string
	for _, it := range items {
		s := strings.TrimPrefix(it.Origin, srv.URL)
		if it.Err != nil {
			s += " ERR"
		}
		got = append(got, s)
	}
	if want := "/story.php /feed#item-1 /feed#item-2 /feed#item-3 ERR /missing ERR"; strings.Join(got, " ") != want {
		t.Errorf("items\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	if d := items[0].Doc; d.Path != srv.URL+"/story.php" || d.Publisher != "The Euphrates Observer" {
		t.Errorf("page doc: path %q publisher %q", d.Path, d.Publisher)
	}
	if !errors.Is(items[4].Err, ErrFetch) || !strings.Contains(items[4].Err.Error(), "404") {
		t.Errorf("missing page: %v", items[4].Err)
	}

	noNet := walkAll(t, urls[:1], Options{})
	if !errors.Is(noNet[0].Err, ErrNoNetwork) {
		t.Errorf("without a fetcher: %v", noNet[0].Err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Arabic sites still serve windows-1256; a declared charset is honoured.
func TestHTMLDeclaredCharset(t *testing.T) {
	page := `<html><head><meta charset="windows-1256"><title>قصف قرب القائم</title></head><body><article>` +
		strings.Repeat(`<p>قالت مصادر أمنية إن طائرات التحالف قصفت قافلة من صهاريج الوقود شرقي مدينة القائم ليلة الثلاثاء.</p>`, 4) +
		`</article></body></html>`
	encoded, err := charmap.Windows1256.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "page.html"), encoded)
	items := walkAll(t, []string{dir}, Options{})
	if err := items[0].Err; err != nil {
		t.Fatal(err)
	}
	if d := items[0].Doc; d.Lang != "ar" || !strings.Contains(d.Text, "صهاريج الوقود") {
		t.Errorf("lang %q text %q", d.Lang, d.Text)
	}
}

func TestWalkSkipsFolderNotes(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"README.md":  "# About these reports\n\nNotes for the team.\n",
		"report.txt": "Airstrike hits depot near Mosul\n\nA strike hit a depot, officials said.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var docs, skipped []string
	err := Walk(context.Background(), []string{dir}, nil, Options{}, func(it Item) error {
		switch {
		case it.Err != nil:
			t.Errorf("unexpected failure: %v", it.Err)
		case it.Skipped != "":
			skipped = append(skipped, filepath.Base(it.Origin))
		default:
			docs = append(docs, filepath.Base(it.Origin))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0] != "report.txt" || len(skipped) != 1 || skipped[0] != "README.md" {
		t.Fatalf("docs %v, skipped %v; want [report.txt], [README.md]", docs, skipped)
	}
}
