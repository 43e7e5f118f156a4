package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// doc builds a document whose id is the sha256 of its text, as ingest does.
func doc(text string) model.Document {
	h := sha256.Sum256([]byte(text))
	return model.Document{
		ID: hex.EncodeToString(h[:]), Path: "testdata/" + text[:4] + ".txt",
		Title: "Strike near Fallujah", Publisher: "Reuters", Published: "2016-06-30",
		Kind: model.KindNews, Lang: "en", Text: text,
	}
}

func claim(speaker string, span [2]int) model.Claim {
	lat, lon := 33.35, 43.78
	return model.Claim{
		Speaker: speaker, Stance: model.StanceAsserts,
		PerpetratorsAsserted: []string{"coalition"}, PerpetratorsDenied: []string{},
		Event: model.Event{Type: model.EventAirstrike, Target: "convoy", TargetGroup: model.GroupMilitants},
		When:  model.When{From: "2016-06-29", To: "2016-06-29", Precision: model.PrecisionDay},
		Where: model.Where{Name: "Fallujah", Lat: &lat, Lon: &lon, Country: "IQ"},
		Counts: []model.Count{{Kind: model.CountVehiclesDestroyed, Group: model.GroupUnknown,
			Min: model.IntPtr(55), Max: model.IntPtr(55)}},
		Quote: "The coalition said it destroyed 55 vehicles.", Span: span, Source: "prose",
	}
}

func collect(seq iter.Seq2[string, []uint64]) (ids []string, sigs [][]uint64) {
	for id, sig := range seq {
		ids = append(ids, id)
		sigs = append(sigs, sig)
	}
	return ids, sigs
}

func TestOpenRefusesPostgres(t *testing.T) {
	for _, dsn := range []string{"postgres://u@localhost/cc", "postgresql://localhost/cc", "POSTGRES://x"} {
		_, err := Open(context.Background(), dsn, nil)
		if !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "PostgreSQL") {
			t.Errorf("Open(%q) = %v, want an ErrUnsupported naming PostgreSQL", dsn, err)
		}
	}
}

func TestOpenBadPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")
	if _, err := Open(context.Background(), path, nil); err == nil {
		t.Fatalf("Open(%q) succeeded in a missing folder", path)
	}
}

func TestOpenPathWithQuestionMark(t *testing.T) {
	path := filepath.Join(t.TempDir(), "what? #1.db")
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("Open(%q): %v", path, err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("no database at %q: %v", path, err)
	}
}

func TestReopenAppliesNoMigrationTwice(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	d := doc("First report of a strike on a convoy.")
	if err := s.AddDocument(ctx, d, []byte(d.Text), []uint64{1, 2}, nil); err != nil {
		t.Fatal(err)
	}
	want, _ := migrations()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != len(want) {
		t.Fatalf("SchemaVersion = %d, %v; want %d", v, err, len(want))
	}
	s.Close()

	for range 2 {
		s2, err := Open(ctx, path, nil)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		v, err := s2.SchemaVersion(ctx)
		if err != nil || v != len(want) {
			t.Fatalf("after reopen SchemaVersion = %d, %v; want %d", v, err, len(want))
		}
		var rows int
		if err := s2.read.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != 1 {
			t.Fatalf("schema_version has %d rows (%v), want 1", rows, err)
		}
		if ok, err := s2.HasDocument(ctx, d.ID); err != nil || !ok {
			t.Fatalf("HasDocument after reopen = %v, %v", ok, err)
		}
		s2.Close()
	}
}

func TestPragmas(t *testing.T) {
	s, _ := openTemp(t)
	for _, db := range []struct {
		name string
		q    func(string) (string, error)
	}{
		{"write", func(p string) (v string, err error) { err = s.write.QueryRow("PRAGMA " + p).Scan(&v); return }},
		{"read", func(p string) (v string, err error) { err = s.read.QueryRow("PRAGMA " + p).Scan(&v); return }},
	} {
		for p, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "synchronous": "1", "busy_timeout": "5000"} {
			got, err := db.q(p)
			if err != nil || got != want {
				t.Errorf("%s: PRAGMA %s = %q, %v; want %q", db.name, p, got, err, want)
			}
		}
	}
	if _, err := s.read.Exec(`DELETE FROM documents`); err == nil {
		t.Error("the read pool accepted a write")
	}
}

func TestAddDocumentRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	a := doc("Coalition aircraft struck a convoy southwest of Fallujah.")
	a.Warnings = []string{"no date in text"}
	a.IngestedAt = time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC)
	rawA := []byte("<html>Coalition aircraft struck a convoy southwest of Fallujah.</html>")
	b := doc("Coalition aircraft struck a convoy south-west of Fallujah, officials said.")
	b.CopyOf = a.ID
	claims := []model.Claim{claim("cjtf-oir", [2]int{0, 20}), claim("iraq-mod", [2]int{21, 40})}

	if err := s.AddDocument(ctx, a, rawA, []uint64{10, 20, 30}, claims); err != nil {
		t.Fatalf("AddDocument(a): %v", err)
	}
	if err := s.AddDocument(ctx, b, rawA, []uint64{11, 21, 31}, nil); err != nil {
		t.Fatalf("AddDocument(b) sharing a's original: %v", err)
	}

	got, err := s.Document(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(rawA)
	want := a
	want.RawSHA256 = hex.EncodeToString(sum[:])
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Document(a) =\n%+v\nwant\n%+v", got, want)
	}
	blob, err := s.Blob(ctx, got.RawSHA256)
	if err != nil || string(blob) != string(rawA) {
		t.Errorf("Blob = %q, %v", blob, err)
	}

	docs, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != a.ID || docs[1].ID != b.ID || docs[1].CopyOf != a.ID {
		t.Fatalf("Documents = %+v, want a then b (copy of a)", docs)
	}
	if docs[0].Text != "" {
		t.Errorf("Documents returned text")
	}

	ids, sigs := collect(must(s.Signatures(ctx)))
	if !reflect.DeepEqual(ids, []string{a.ID, b.ID}) || !reflect.DeepEqual(sigs, [][]uint64{{10, 20, 30}, {11, 21, 31}}) {
		t.Errorf("Signatures = %v %v", ids, sigs)
	}

	gotClaims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(gotClaims) != 2 {
		t.Fatalf("Claims = %d, want 2", len(gotClaims))
	}
	for i, c := range gotClaims {
		if c.Document != a.ID || c.Path != a.Path || c.Published != a.Published {
			t.Errorf("claim %d: document fields %q %q %q", i, c.Document, c.Path, c.Published)
		}
		if wantID := model.ClaimID(a.ID, claims[i].Span, i); c.ID != wantID {
			t.Errorf("claim %d: id %q, want %q", i, c.ID, wantID)
		}
		c.ID, c.Document, c.Path, c.Published = "", "", "", ""
		if !reflect.DeepEqual(c, claims[i]) {
			t.Errorf("claim %d =\n%+v\nwant\n%+v", i, c, claims[i])
		}
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Documents: 2, NearCopies: 1, Blobs: 1, BlobBytes: int64(len(rawA)), Claims: 2}); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func TestAddDocumentIsAtomic(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		mutate func(*model.Document, *[]byte, *[]model.Claim)
	}{
		{"duplicate claim ids", func(_ *model.Document, _ *[]byte, cs *[]model.Claim) {
			(*cs)[0].ID, (*cs)[1].ID = "same", "same"
		}},
		{"copy_of an unknown document", func(d *model.Document, _ *[]byte, _ *[]model.Claim) {
			d.CopyOf = strings.Repeat("f", 64)
		}},
		{"raw that does not match its sha256", func(d *model.Document, _ *[]byte, _ *[]model.Claim) {
			d.RawSHA256 = strings.Repeat("0", 64)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := openTemp(t)
			d := doc("Iraqi sources denied that the coalition took part.")
			raw := []byte(d.Text)
			cs := []model.Claim{claim("iraqi-sources", [2]int{0, 5}), claim("pmf", [2]int{6, 9})}
			tt.mutate(&d, &raw, &cs)
			if err := s.AddDocument(ctx, d, raw, []uint64{1}, cs); err == nil {
				t.Fatal("AddDocument succeeded")
			}
			if st, _ := s.Stats(ctx); st != (Stats{}) {
				t.Errorf("a failed AddDocument left rows: %+v", st)
			}
		})
	}
}

func TestAddDocumentTwiceFails(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := doc("State TV reported a strike near Taji.")
	if err := s.AddDocument(ctx, d, nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.AddDocument(ctx, d, nil, nil, nil); !errors.Is(err, ErrExists) {
		t.Fatalf("second AddDocument of one id: %v, want ErrExists", err)
	}
	got, err := s.Document(ctx, d.ID)
	if err != nil || got.RawSHA256 != "" {
		t.Errorf("document without original: raw %q, %v", got.RawSHA256, err)
	}
}

func TestDocumentPrefix(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	ids := []string{"abc123" + strings.Repeat("0", 58), "abc456" + strings.Repeat("0", 58), "abd000" + strings.Repeat("0", 58)}
	for _, id := range ids {
		d := model.Document{ID: id, Text: "text of " + id}
		if err := s.AddDocument(ctx, d, nil, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		prefix string
		want   string
		err    error
	}{
		{ids[0], ids[0], nil},
		{"abc1", ids[0], nil},
		{"abc4", ids[1], nil},
		{"abd", ids[2], nil},
		{"abc", "", ErrAmbiguous},
		{"a", "", ErrAmbiguous},
		{"abe", "", ErrNotFound},
		{"", "", ErrNotFound},
		{"%", "", ErrNotFound},
		{ids[0] + "0", "", ErrNotFound},
	}
	for _, tt := range tests {
		got, err := s.Document(ctx, tt.prefix)
		if !errors.Is(err, tt.err) || got.ID != tt.want {
			t.Errorf("Document(%q) = %q, %v; want %q, %v", tt.prefix, got.ID, err, tt.want, tt.err)
		}
		if tt.want != "" && got.Text != "text of "+tt.want {
			t.Errorf("Document(%q).Text = %q", tt.prefix, got.Text)
		}
	}
}

func TestReplaceIncidentsRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := doc("The coalition destroyed 55 vehicles; Iraq denied coalition involvement.")
	if err := s.AddDocument(ctx, d, nil, nil, []model.Claim{claim("cjtf-oir", [2]int{0, 10}), claim("iraq-mod", [2]int{11, 20})}); err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first := []model.Incident{
		{ID: "inc-aaa1", When: claims[0].When, Where: claims[0].Where, Claims: claims, Documents: []string{d.ID},
			Links: []model.Link{{Claim: claims[1].ID, Reason: "same day, 3 km apart"}},
			Belligerents: []model.Belligerent{{Actor: "coalition",
				AssertedBy: []model.Source{{Speaker: "cjtf-oir", Claim: claims[0].ID, Document: d.ID}},
				DeniedBy:   []model.Source{{Speaker: "iraq-mod", Claim: claims[1].ID, Document: d.ID}}}},
			Grade: model.GradeContested, GradeReason: "Iraq denies what the coalition asserts"},
		{ID: "inc-aab2", Claims: claims[:1], Documents: []string{d.ID}, Grade: model.GradeWeak},
	}
	if err := s.ReplaceIncidents(ctx, first); err != nil {
		t.Fatal(err)
	}
	got, err := s.Incidents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, first) {
		t.Errorf("Incidents =\n%+v\nwant\n%+v", got, first)
	}
	one, err := s.Incident(ctx, "inc-aaa")
	if err != nil || !reflect.DeepEqual(one, first[0]) {
		t.Errorf("Incident(prefix) = %+v, %v", one, err)
	}
	if _, err := s.Incident(ctx, "inc-aa"); !errors.Is(err, ErrAmbiguous) {
		t.Errorf("Incident(ambiguous) err = %v", err)
	}
	if _, err := s.Incident(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Incident(missing) err = %v", err)
	}
	if ids, err := s.IncidentsOfClaim(ctx, claims[0].ID); err != nil || !reflect.DeepEqual(ids, []string{"inc-aaa1", "inc-aab2"}) {
		t.Errorf("IncidentsOfClaim = %v, %v", ids, err)
	}
	var reason string
	if err := s.read.QueryRow(`SELECT reason FROM incident_claims WHERE claim = ?`, claims[1].ID).Scan(&reason); err != nil || reason != "same day, 3 km apart" {
		t.Errorf("reason = %q, %v", reason, err)
	}

	// A second call replaces, and a failing one changes nothing.
	second := first[1:]
	if err := s.ReplaceIncidents(ctx, second); err != nil {
		t.Fatal(err)
	}
	bad := []model.Incident{{ID: "x", Claims: []model.Claim{{ID: "not-a-stored-claim"}}}}
	if err := s.ReplaceIncidents(ctx, bad); err == nil {
		t.Error("ReplaceIncidents with an unknown claim succeeded")
	}
	if got, _ := s.Incidents(ctx); !reflect.DeepEqual(got, second) {
		t.Errorf("after replace and failed replace: %+v, want %+v", got, second)
	}
	if err := s.ReplaceIncidents(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Incidents(ctx); len(got) != 0 {
		t.Errorf("after ReplaceIncidents(nil): %d incidents", len(got))
	}
}

func TestConcurrentWriters(t *testing.T) {
	// Two Stores on one file stand for two processes: busy_timeout and
	// BEGIN IMMEDIATE make the second wait instead of failing.
	ctx := context.Background()
	s1, path := openTemp(t)
	s2, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	errs := make(chan error, 2)
	for i, s := range []*Store{s1, s2} {
		go func() {
			for j := range 50 {
				d := doc(strings.Repeat("w", i+1) + " report number " + string(rune('A'+j%26)) + time.Now().String())
				if err := s.AddDocument(ctx, d, []byte(d.Text), []uint64{uint64(j)}, []model.Claim{claim("pmf", [2]int{0, 1})}); err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if st, _ := s1.Stats(ctx); st.Documents != 100 || st.Claims != 100 {
		t.Errorf("Stats = %+v, want 100 documents and claims", st)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestAddDocumentsRollsBackOnlyTheFailingDocument(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	first := doc("A report stored before the batch.")
	if err := s.AddDocument(ctx, first, []byte("raw first"), []uint64{1}, nil); err != nil {
		t.Fatal(err)
	}
	good1 := doc("Coalition aircraft struck a convoy near Fallujah on Wednesday.")
	bad := doc("Iraqi sources denied that coalition aircraft took part.")
	good2 := doc("Local sources said twelve civilians were killed.")
	badClaims := []model.Claim{claim("iraq-mod", [2]int{0, 5}), claim("iraq-mod", [2]int{0, 5})}
	badClaims[0].ID, badClaims[1].ID = "dup", "dup" // the second insert fails after the document row
	batch := []NewDocument{
		{Doc: good1, Raw: []byte("raw 1"), Sig: []uint64{1}, Claims: []model.Claim{claim("cjtf-oir", [2]int{0, 9})}},
		{Doc: bad, Raw: []byte("raw bad"), Sig: []uint64{2}, Claims: badClaims},
		{Doc: first, Raw: []byte("raw first"), Sig: []uint64{1}},
		{Doc: model.Document{Text: "no id"}},
		{Doc: good2, Raw: []byte("raw 2"), Sig: []uint64{3}, Claims: []model.Claim{claim("local-sources", [2]int{0, 9})}},
	}
	errs, err := s.AddDocuments(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if errs[0] != nil || errs[4] != nil {
		t.Errorf("good documents failed: %v, %v", errs[0], errs[4])
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "dup") {
		t.Errorf("document with colliding claims: %v", errs[1])
	}
	if !errors.Is(errs[2], ErrExists) {
		t.Errorf("stored document: %v, want ErrExists", errs[2])
	}
	if errs[3] == nil {
		t.Error("document without id accepted")
	}
	if ok, _ := s.HasDocument(ctx, bad.ID); ok {
		t.Error("the failed document is stored")
	}
	want := Stats{Documents: 3, Blobs: 3, BlobBytes: int64(len("raw first") + len("raw 1") + len("raw 2")), Claims: 2}
	if st, _ := s.Stats(ctx); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	ids, _ := collect(must(s.Signatures(ctx)))
	if !reflect.DeepEqual(ids, []string{first.ID, good1.ID, good2.ID}) {
		t.Errorf("signatures of %v", ids)
	}
}

func TestReplaceIncidentsRewritesOnlyChanges(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := doc("Three claims about two strikes near Ramadi and one near Hit.")
	cs := []model.Claim{claim("cjtf-oir", [2]int{0, 5}), claim("iraq-mod", [2]int{6, 9}), claim("pmf", [2]int{10, 15})}
	if err := s.AddDocument(ctx, d, nil, nil, cs); err != nil {
		t.Fatal(err)
	}
	claims := must(s.Claims(ctx))
	a := model.Incident{ID: "a", Claims: claims[:1], Grade: model.GradeWeak}
	b := model.Incident{ID: "b", Claims: claims[1:2], Grade: model.GradeWeak}
	c := model.Incident{ID: "c", Claims: claims[2:], Grade: model.GradeWeak}
	if err := s.ReplaceIncidents(ctx, []model.Incident{a, b, c}); err != nil {
		t.Fatal(err)
	}
	bodyRow := func(id string) (rowid int64) {
		if err := s.read.QueryRow(`SELECT rowid FROM incident_bodies WHERE incident = ?`, id).Scan(&rowid); err != nil {
			t.Fatalf("body of %q: %v", id, err)
		}
		return rowid
	}
	rowA, rowB := bodyRow("a"), bodyRow("b")

	// c goes, b changes, a moves, d arrives.
	b2 := b
	b2.Claims = claims[1:]
	b2.Grade = model.GradeFair
	dNew := model.Incident{ID: "d", Claims: claims[:1], Grade: model.GradeWeak}
	next := []model.Incident{dNew, b2, a}
	if err := s.ReplaceIncidents(ctx, next); err != nil {
		t.Fatal(err)
	}
	if got := must(s.Incidents(ctx)); !reflect.DeepEqual(got, next) {
		t.Errorf("Incidents =\n%+v\nwant\n%+v", got, next)
	}
	if bodyRow("a") != rowA {
		t.Error("the unchanged incident was rewritten")
	}
	if bodyRow("b") == rowB {
		t.Error("the changed incident was not rewritten")
	}
	if ids := must(s.IncidentsOfClaim(ctx, claims[2].ID)); !reflect.DeepEqual(ids, []string{"b"}) {
		t.Errorf("claim 3 belongs to %v, want [b] (c is gone)", ids)
	}
	var bodies int
	s.read.QueryRow(`SELECT count(*) FROM incident_bodies`).Scan(&bodies)
	if bodies != 3 {
		t.Errorf("%d incident bodies, want 3", bodies)
	}

	if err := s.ReplaceIncidents(ctx, []model.Incident{a, a}); err == nil {
		t.Error("two incidents with one id accepted")
	}
}

func TestJSONColumnsAreText(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	d := doc("A claim stored as text.")
	if err := s.AddDocument(ctx, d, nil, nil, []model.Claim{claim("pmf", [2]int{0, 1})}); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceIncidents(ctx, []model.Incident{{ID: "x", Claims: must(s.Claims(ctx))}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT typeof(json) FROM claims`, `SELECT typeof(json) FROM incident_bodies`,
		`SELECT typeof(warnings) FROM documents`, `SELECT typeof(text) FROM documents`,
	} {
		var typ string
		if err := s.read.QueryRow(q).Scan(&typ); err != nil || typ != "text" {
			t.Errorf("%s = %q, %v; want text (JSON functions and sqlite3 users expect it)", q, typ, err)
		}
	}
}

func TestIncidentsStale(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	check := func(when string, want bool) {
		t.Helper()
		if got, err := s.IncidentsStale(ctx); err != nil || got != want {
			t.Errorf("%s: IncidentsStale = %v, %v; want %v", when, got, err, want)
		}
	}
	check("empty database", false)
	if err := s.AddDocument(ctx, doc("A first report."), nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	check("after a document", true)
	if err := s.ReplaceIncidents(ctx, nil); err != nil {
		t.Fatal(err)
	}
	check("after a rebuild", false)
	if err := s.AddDocument(ctx, doc("A second report."), nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	check("after another document", true)
}

func TestOpenUpgradesAnOlderSchema(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	// Make it a version 1 database, as an older binary left it.
	if _, err := s.write.Exec(`DROP TABLE meta; UPDATE schema_version SET version = 1`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if v, err := s2.SchemaVersion(ctx); err != nil || v != 2 {
		t.Errorf("SchemaVersion = %d, %v; want 2", v, err)
	}
	if _, err := s2.IncidentsStale(ctx); err != nil {
		t.Errorf("migration 2 not applied: %v", err)
	}

	// A database newer than the binary is refused, not damaged.
	if _, err := s2.write.Exec(`UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s2.Close()
	if _, err := Open(ctx, path, nil); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer schema: %v", err)
	}
}

func TestLargeOriginalSharedByItems(t *testing.T) {
	// A 6 MB feed whose items are each a document: one blob, stored once.
	ctx := context.Background()
	s, _ := openTemp(t)
	feed := []byte(strings.Repeat("<item><title>Strike near Hit</title></item>\n", 6<<20/45))
	sum := sha256.Sum256(feed)
	for i := range 3 {
		d := doc(fmt.Sprintf("Item %d of the feed: a strike near Hit.", i))
		d.RawSHA256 = hex.EncodeToString(sum[:])
		if err := s.AddDocument(ctx, d, feed, nil, nil); err != nil {
			t.Fatal(err)
		}
	}
	st := must(s.Stats(ctx))
	if st.Documents != 3 || st.Blobs != 1 || st.BlobBytes != int64(len(feed)) {
		t.Errorf("Stats = %+v, want 3 documents sharing one blob of %d bytes", st, len(feed))
	}
	if got := must(s.Blob(ctx, hex.EncodeToString(sum[:]))); !bytes.Equal(got, feed) {
		t.Errorf("Blob returned %d bytes, want the %d of the feed", len(got), len(feed))
	}
	if _, err := s.Blob(ctx, strings.Repeat("0", 64)); !errors.Is(err, ErrNotFound) {
		t.Errorf("Blob(missing) = %v, want ErrNotFound", err)
	}
}

// A near-copy whose original fails in the same batch is stored as the
// earliest copy; a near-copy of a document stored before keeps its copy_of.
func TestAddDocumentsNearCopyOfAFailedDocument(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	stored := doc("A wire story stored in an earlier run.")
	if err := s.AddDocument(ctx, stored, []byte("raw stored"), []uint64{1}, nil); err != nil {
		t.Fatal(err)
	}
	original := doc("Coalition jets struck a depot near Mosul, officials said.")
	badClaims := []model.Claim{claim("cjtf-oir", [2]int{0, 5}), claim("cjtf-oir", [2]int{0, 5})}
	badClaims[0].ID, badClaims[1].ID = "dup", "dup" // makes the original fail
	copyOfFailed := doc("Coalition jets struck a depot near Mosul, officials said on Monday.")
	copyOfFailed.CopyOf = original.ID
	copyOfStored := doc("A wire story stored in an earlier run, republished.")
	copyOfStored.CopyOf = stored.ID
	errs, err := s.AddDocuments(ctx, []NewDocument{
		{Doc: original, Raw: []byte("raw o"), Sig: []uint64{2}, Claims: badClaims},
		{Doc: stored, Raw: []byte("raw stored"), Sig: []uint64{1}},
		{Doc: copyOfFailed, Raw: []byte("raw c1"), Sig: []uint64{2}},
		{Doc: copyOfStored, Raw: []byte("raw c2"), Sig: []uint64{1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if errs[0] == nil || !errors.Is(errs[1], ErrExists) || errs[2] != nil || errs[3] != nil {
		t.Fatalf("errs = %v; want the original to fail, the stored one to exist, both copies stored", errs)
	}
	for _, tc := range []struct {
		id, wantCopyOf string
	}{{copyOfFailed.ID, ""}, {copyOfStored.ID, stored.ID}} {
		d, err := s.Document(ctx, tc.id)
		if err != nil {
			t.Fatal(err)
		}
		if d.CopyOf != tc.wantCopyOf {
			t.Errorf("document %.8s: copy_of %q, want %q", tc.id, d.CopyOf, tc.wantCopyOf)
		}
	}
}
