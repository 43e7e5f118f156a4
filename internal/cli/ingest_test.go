package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/store"
)

// cliResult is what one in-process run of the command line gave.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runCrosscheck runs the command line in-process against the database db.
func runCrosscheck(t testing.TB, ctx context.Context, db string, stdin string, args ...string) cliResult {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(ctx, append([]string{"--db", db}, args...), strings.NewReader(stdin), &out, &errOut)
	return cliResult{code: code, stdout: out.String(), stderr: errOut.String()}
}

// openStoreForTest opens db for inspection, closed at the end of the test.
func openStoreForTest(t testing.TB, db string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatalf("store.Open(%q): %v", db, err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func documentsOf(t testing.TB, db string) []model.Document {
	t.Helper()
	st := openStoreForTest(t, db)
	docs, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	return docs
}

func TestIngestFolderTwiceChangesNothing(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	dir := filepath.Join("testdata", "ingest", "reports")

	first := runCrosscheck(t, ctx, db, "", "ingest", dir)
	if first.code != 0 {
		t.Fatalf("first ingest: exit %d\n%s", first.code, first.stderr)
	}
	if !strings.Contains(first.stderr, "ingest: 3 new (0 near-copies), 0 exact duplicates, 0 skipped, 0 failed") {
		t.Errorf("first ingest summary:\n%s", first.stderr)
	}
	before := documentsOf(t, db)
	st := openStoreForTest(t, db)
	statsBefore, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()

	second := runCrosscheck(t, ctx, db, "", "ingest", dir)
	if second.code != 0 {
		t.Fatalf("second ingest: exit %d\n%s", second.code, second.stderr)
	}
	if !strings.Contains(second.stderr, "ingest: 0 new (0 near-copies), 3 exact duplicates, 0 skipped, 0 failed") {
		t.Errorf("second ingest summary:\n%s", second.stderr)
	}
	after := documentsOf(t, db)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("second ingest changed the documents:\nbefore %+v\nafter  %+v", before, after)
	}
	st = openStoreForTest(t, db)
	statsAfter, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if statsAfter != statsBefore {
		t.Errorf("Stats changed: %+v -> %+v", statsBefore, statsAfter)
	}
	for _, d := range after {
		full, err := st.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if full.Text == "" || full.Title == "" || full.RawSHA256 == "" {
			t.Errorf("document %s (%s) incomplete: title %q, raw %q, %d bytes of text",
				shortID(d.ID), d.Path, full.Title, full.RawSHA256, len(full.Text))
		}
		raw, err := st.Blob(ctx, full.RawSHA256)
		if err != nil {
			t.Errorf("original of %s: %v", d.Path, err)
		}
		if onDisk, err := os.ReadFile(d.Path); err == nil && !bytes.Equal(raw, onDisk) {
			t.Errorf("original of %s differs from the file", d.Path)
		}
	}
}

func TestIngestSeeds(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("the shared seeds are not here (%v): nothing to ingest", err)
	}
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	res := runCrosscheck(t, ctx, db, "", "ingest", seeds)
	if res.code != 0 {
		t.Fatalf("ingest %s: exit %d\n%s", seeds, res.code, res.stderr)
	}
	if docs := documentsOf(t, db); len(docs) != 5 {
		t.Errorf("ingesting the seeds gave %d documents, want 5", len(docs))
	}
	// The batch's incidents are printed: the Fallujah convoy among them.
	if !strings.Contains(res.stdout, "incidents hold these reports") || !strings.Contains(res.stdout, "Fallujah") {
		t.Errorf("ingest printed no incident table naming Fallujah:\n%s", res.stdout)
	}
	again := runCrosscheck(t, ctx, db, "", "ingest", seeds)
	if again.code != 0 || !strings.Contains(again.stderr, "0 new (0 near-copies), 5 exact duplicates, 0 skipped, 0 failed") {
		t.Errorf("second ingest of the seeds: exit %d\n%s", again.code, again.stderr)
	}
}

func TestIngestReportsFailuresAndKeepsTheRest(t *testing.T) {
	ctx := context.Background()
	tmp := t.TempDir()
	db := filepath.Join(tmp, "cc.db")
	dir := filepath.Join(tmp, "in")
	files := map[string][]byte{
		"a-good.txt":  []byte("Title: Strike near Mosul\n\nLocal sources said an air strike hit a house near Mosul on Tuesday.\n"),
		"b-empty.txt": {},
		"c-image.png": {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1},
		"d-big.txt":   bytes.Repeat([]byte("The convoy was struck again. "), 100),
		"e-good.txt":  []byte("Iraqi state television said the strike killed six people near Taji.\n"),
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	res := runCrosscheck(t, ctx, db, "", "ingest", "--max-size", "1KiB", dir)
	if res.code != 1 {
		t.Errorf("exit %d, want 1 when inputs failed\n%s", res.code, res.stderr)
	}
	if !strings.Contains(res.stderr, "ingest: 2 new (0 near-copies), 0 exact duplicates, 0 skipped, 3 failed") {
		t.Errorf("summary:\n%s", res.stderr)
	}
	for _, bad := range []string{"b-empty.txt", "c-image.png", "d-big.txt"} {
		line := "failed: " + filepath.Join(dir, bad) + ": "
		if !strings.Contains(res.stderr, line) {
			t.Errorf("stderr does not report %s with a reason:\n%s", bad, res.stderr)
		}
	}
	if !strings.Contains(res.stderr, "3 of 5 inputs failed") {
		t.Errorf("stderr lacks the error line:\n%s", res.stderr)
	}
	docs := documentsOf(t, db)
	if len(docs) != 2 {
		t.Fatalf("%d documents stored, want the 2 good ones", len(docs))
	}
	for i, want := range []string{"a-good.txt", "e-good.txt"} {
		if filepath.Base(docs[i].Path) != want {
			t.Errorf("document %d is %s, want %s", i, docs[i].Path, want)
		}
	}
}

func TestIngestBadFlags(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	dir := filepath.Join("testdata", "ingest", "reports")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"ingest", "--max-size", "lots", dir}, "not a size"},
		{[]string{"ingest", "--kind", "rumour", dir}, "rumour"},
		{[]string{"ingest", "--published", "last week", dir}, "last week"},
		{[]string{"ingest"}, "requires at least 1 arg"},
	}
	for _, tt := range tests {
		res := runCrosscheck(t, ctx, db, "", tt.args...)
		if res.code == 0 || !strings.Contains(res.stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want failure mentioning %q", tt.args, res.code, res.stderr, tt.want)
		}
		// A usage error is refused up front: no misleading summary of a run.
		if strings.Contains(res.stderr, "ingest: 0 new") {
			t.Errorf("%v: printed a run summary for a refused command:\n%s", tt.args, res.stderr)
		}
	}
	if docs := documentsOf(t, db); len(docs) != 0 {
		t.Errorf("a refused command stored %d documents", len(docs))
	}
}

func TestIngestOverridesAndStdin(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	text := "Airwars said local sources reported a strike on a bakery in Raqqa that killed nine civilians.\n"
	res := runCrosscheck(t, ctx, db, text, "ingest", "--publisher", "Airwars", "--kind", "ngo",
		"--published", "2017-05-14", "--lang", "en", "-")
	if res.code != 0 {
		t.Fatalf("exit %d\n%s", res.code, res.stderr)
	}
	docs := documentsOf(t, db)
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	d := docs[0]
	if d.Publisher != "Airwars" || d.Kind != model.KindNGO || d.Published != "2017-05-14" || d.Lang != "en" {
		t.Errorf("overrides not applied: %+v", d)
	}
}

func TestIngestNearCopies(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join("testdata", "ingest", "nearcopy")
	original := filepath.Join(dir, "a-original.txt")
	republished := filepath.Join(dir, "b-republished.txt")

	t.Run("one run", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "cc.db")
		res := runCrosscheck(t, ctx, db, "", "ingest", dir)
		if res.code != 0 || !strings.Contains(res.stderr, "2 new (1 near-copies)") {
			t.Fatalf("exit %d\n%s", res.code, res.stderr)
		}
		checkCopyOf(t, documentsOf(t, db))
	})
	t.Run("two runs", func(t *testing.T) {
		// The second run finds the original through the index it rebuilds
		// from the stored signatures.
		db := filepath.Join(t.TempDir(), "cc.db")
		if res := runCrosscheck(t, ctx, db, "", "ingest", original); res.code != 0 {
			t.Fatalf("exit %d\n%s", res.code, res.stderr)
		}
		res := runCrosscheck(t, ctx, db, "", "ingest", republished)
		if res.code != 0 || !strings.Contains(res.stderr, "1 new (1 near-copies)") {
			t.Fatalf("exit %d\n%s", res.code, res.stderr)
		}
		checkCopyOf(t, documentsOf(t, db))
	})
}

func checkCopyOf(t *testing.T, docs []model.Document) {
	t.Helper()
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2", len(docs))
	}
	if docs[0].CopyOf != "" || docs[1].CopyOf != docs[0].ID {
		t.Errorf("copy_of: original %q, republished %q; want \"\" and %q", docs[0].CopyOf, docs[1].CopyOf, docs[0].ID)
	}
}

func TestDocumentsAndDocument(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	if res := runCrosscheck(t, ctx, db, "", "ingest", filepath.Join("testdata", "ingest", "nearcopy")); res.code != 0 {
		t.Fatalf("ingest: exit %d\n%s", res.code, res.stderr)
	}
	docs := documentsOf(t, db)

	table := runCrosscheck(t, ctx, db, "", "documents")
	if table.code != 0 {
		t.Fatalf("documents: exit %d\n%s", table.code, table.stderr)
	}
	lines := strings.Split(strings.TrimSpace(table.stdout), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "COPY OF") {
		t.Fatalf("documents table:\n%s", table.stdout)
	}
	for i, d := range docs {
		fields := strings.Fields(lines[i+1])
		if fields[0] != d.ID[:12] || fields[1] != d.Published {
			t.Errorf("row %d = %q, want id %s and date %s", i, lines[i+1], d.ID[:12], d.Published)
		}
	}
	if !strings.HasSuffix(lines[2], docs[0].ID[:12]) {
		t.Errorf("the near-copy row does not end with the original's id: %q", lines[2])
	}

	js := runCrosscheck(t, ctx, db, "", "documents", "--format", "json")
	var got struct{ Documents []model.Document }
	if err := json.Unmarshal([]byte(js.stdout), &got); err != nil || js.code != 0 {
		t.Fatalf("documents --format json: exit %d, %v\n%s", js.code, err, js.stdout)
	}
	if !reflect.DeepEqual(got.Documents, docs) {
		t.Errorf("JSON documents differ from the store's:\n%+v\n%+v", got.Documents, docs)
	}

	one := runCrosscheck(t, ctx, db, "", "document", docs[1].ID[:12])
	if one.code != 0 {
		t.Fatalf("document: exit %d\n%s", one.code, one.stderr)
	}
	for _, want := range []string{"ID:         " + docs[1].ID, "Copy of:    " + docs[0].ID,
		"Publisher:  Gulf Daily Monitor", "\n\n" + "Gulf Daily Monitor - with agencies"} {
		if !strings.Contains(one.stdout, want) {
			t.Errorf("document output lacks %q:\n%s", want, one.stdout)
		}
	}

	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"document", "ffffffffffff"}, 1, `no document has an id starting "ffffffffffff"`},
		{[]string{"document"}, 1, "accepts 1 arg"},
		{[]string{"documents", "--format", "xml"}, 2, `unknown --format "xml"`},
	}
	for _, tt := range tests {
		res := runCrosscheck(t, ctx, db, "", tt.args...)
		if res.code != tt.code || !strings.Contains(res.stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d mentioning %q", tt.args, res.code, res.stderr, tt.code, tt.want)
		}
	}
}

func TestDocumentAmbiguousPrefix(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "cc.db")
	st := openStoreForTest(t, db)
	for _, id := range []string{"abc1" + strings.Repeat("0", 60), "abc2" + strings.Repeat("0", 60)} {
		if err := st.AddDocument(ctx, model.Document{ID: id, Title: "t", Text: "x"}, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	res := runCrosscheck(t, ctx, db, "", "document", "abc")
	if res.code != 1 || !strings.Contains(res.stderr, "more than one document") {
		t.Errorf("exit %d, stderr %q", res.code, res.stderr)
	}
	if res := runCrosscheck(t, ctx, db, "", "document", "ABC2"); res.code != 0 || !strings.Contains(res.stdout, "abc2") {
		t.Errorf("upper-case prefix: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
}

func TestOpenStorePostgresNotSupported(t *testing.T) {
	res := runCrosscheck(t, context.Background(), "postgres://localhost/crosscheck", "", "documents")
	if res.code == 0 || !strings.Contains(res.stderr, "PostgreSQL is not yet supported") {
		t.Errorf("exit %d, stderr %q", res.code, res.stderr)
	}
}

const testFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Levant Wire: Iraq</title><link>https://wire.example/iraq</link>
<description>Latest from Iraq</description>
%s
</channel></rss>`

const testFeedItem = `<item><title>%s</title><link>https://wire.example/iraq/%d</link>
<pubDate>Sun, 03 Jul 2016 10:00:00 GMT</pubDate>
<description>%s</description></item>`

func TestWatchPollsAndStopsCleanly(t *testing.T) {
	var polls atomic.Int32
	items := []string{
		fmt.Sprintf(testFeedItem, "Coalition strikes convoy near Fallujah", 1,
			"The coalition said its aircraft destroyed 55 vehicles southwest of Fallujah on Wednesday."),
		fmt.Sprintf(testFeedItem, "Iraq denies coalition role", 2,
			"Iraq's Ministry of Defence denied that coalition aircraft took part in the strikes on the convoy."),
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		polls.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, testFeed, strings.Join(items, "\n"))
	}))
	defer srv.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := filepath.Join(t.TempDir(), "cc.db")
	done := make(chan cliResult, 1)
	go func() { done <- runCrosscheck(t, ctx, db, "", "watch", "--every", "10s", srv.URL+"/feed.xml") }()

	deadline := time.Now().Add(20 * time.Second)
	for polls.Load() == 0 || len(documentsOf(t, db)) < 2 {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("watch stored nothing in 20s: %+v", <-done)
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case res := <-done:
		if res.code != 0 {
			t.Errorf("watch stopped with exit %d\n%s", res.code, res.stderr)
		}
		if !strings.Contains(res.stderr, "ingest: 2 new") {
			t.Errorf("watch printed no poll summary:\n%s", res.stderr)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop within 10s of cancellation")
	}
}

func TestWatchRefusesBadArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cc.db")
	for _, args := range [][]string{
		{"watch", "file:///etc/passwd"},
		{"watch", "--every", "1s", "https://wire.example/feed"},
	} {
		if res := runCrosscheck(t, context.Background(), db, "", args...); res.code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s", args, res.code, res.stderr)
		}
	}
}

func TestConcurrentIngestsShareTheWork(t *testing.T) {
	// Two ingests of one folder at once (say, watch and a manual ingest):
	// each document is stored once, the other run counts it as a copy, and
	// nothing is reported as failed.
	const n = 400
	ctx := context.Background()
	tmp := t.TempDir()
	dir, db := filepath.Join(tmp, "reports"), filepath.Join(tmp, "cc.db")
	writeReports(t, dir, n, 3)
	openStoreForTest(t, db).Close() // create the schema once
	results := make(chan cliResult, 2)
	for range 2 {
		go func() { results <- runCrosscheck(t, ctx, db, "", "ingest", dir) }()
	}
	summary := regexp.MustCompile(`ingest: (\d+) new \(\d+ near-copies\), (\d+) exact duplicates, 0 skipped, 0 failed`)
	stored := 0
	for range 2 {
		res := <-results
		m := summary.FindStringSubmatch(res.stderr)
		if res.code != 0 || m == nil {
			t.Fatalf("exit %d\n%s", res.code, res.stderr)
		}
		added, _ := strconv.Atoi(m[1])
		skipped, _ := strconv.Atoi(m[2])
		if added+skipped != n {
			t.Errorf("a run saw %d new + %d duplicates, want %d in all", added, skipped, n)
		}
		stored += added
	}
	if stored != n {
		t.Errorf("the two runs stored %d documents between them, want %d", stored, n)
	}
	if docs := documentsOf(t, db); len(docs) != n {
		t.Errorf("%d documents stored, want %d", len(docs), n)
	}
}

// Commands that only read never create a database: a mistyped --db says so.
func TestReadCommandsNeedAnExistingDatabase(t *testing.T) {
	ctx := context.Background()
	for _, args := range [][]string{{"incidents"}, {"show", "inc-0"}, {"documents"}, {"document", "ab"}, {"reassess"}} {
		db := filepath.Join(t.TempDir(), "missing.db")
		res := runCrosscheck(t, ctx, db, "", args...)
		if res.code == 0 || !strings.Contains(res.stderr, "no database at") {
			t.Errorf("%v on a missing database: exit %d, stderr %q", args, res.code, res.stderr)
		}
		if _, err := os.Stat(db); err == nil {
			t.Errorf("%v created %s", args, db)
		}
	}
}
