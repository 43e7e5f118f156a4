package cli

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/extract"
	"github.com/crosscheck/crosscheck/internal/gazetteer"
	"github.com/crosscheck/crosscheck/internal/store"
)

// buildCrosscheck compiles the binary into a temporary folder.
func buildCrosscheck(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "crosscheck")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/crosscheck/crosscheck/cmd/crosscheck")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestIngestSurvivesSIGKILL kills a real ingest process part-way and shows
// that every document is then wholly present or wholly absent, and that a
// second run completes the set without duplicates.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of reports; skipped with -short")
	}
	const n = 3000
	ctx := context.Background()
	bin := buildCrosscheck(t)
	tmp := t.TempDir()
	dir, db := filepath.Join(tmp, "reports"), filepath.Join(tmp, "cc.db")
	writeReports(t, dir, n, 42)

	var stderr bytes.Buffer
	cmd := exec.Command(bin, "--db", db, "ingest", dir)
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	// Kill it once the database shows a fifth of the documents, when it is
	// likely to be in the middle of a batch.
	var st *store.Store
	deadline := time.Now().Add(2 * time.Minute)
	killedAt := -1
	for killedAt < 0 {
		select {
		case err := <-exited:
			t.Fatalf("ingest finished (%v) before it could be killed; raise n\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no document stored in 2 minutes\n%s", stderr.String())
		}
		if st == nil {
			if _, err := os.Stat(db); err == nil {
				st, _ = store.Open(ctx, db, nil) // nil until the schema is there
			}
		}
		if st != nil {
			if s, err := st.Stats(ctx); err == nil && s.Documents >= n/5 {
				// Commits come a batch at a time: a random pause lands the
				// kill anywhere in the next batch, its transaction included.
				time.Sleep(time.Duration(rand.IntN(500)) * time.Millisecond)
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
					t.Fatal(err)
				}
				killedAt = s.Documents
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := <-exited; err == nil {
		t.Fatal("the killed ingest exited cleanly")
	}
	st.Close()

	st, err := store.Open(ctx, db, nil)
	if err != nil {
		t.Fatalf("reopen after SIGKILL: %v", err)
	}
	defer st.Close()
	present := checkWhole(t, st)
	t.Logf("killed at %d documents seen; %d whole documents after the kill", killedAt, present)
	if present == 0 || present >= n {
		t.Fatalf("%d documents after the kill, want some but not all %d", present, n)
	}

	second := exec.Command(bin, "--db", db, "ingest", dir)
	out, err := second.CombinedOutput()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`ingest: (\d+) new \((\d+) near-copies\), (\d+) exact duplicates, 0 skipped, 0 failed`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("second ingest summary:\n%s", out)
	}
	added, _ := strconv.Atoi(string(m[1]))
	skipped, _ := strconv.Atoi(string(m[3]))
	if skipped != present || added != n-present {
		t.Errorf("second run: %d new and %d exact duplicates; want %d and %d", added, skipped, n-present, present)
	}
	if total := checkWhole(t, st); total != n {
		t.Errorf("%d documents after the second run, want %d", total, n)
	}
	if stale, err := st.IncidentsStale(ctx); err != nil || stale {
		t.Errorf("incidents stale after the second run: %v, %v", stale, err)
	}
}

// checkWhole checks that each stored document is complete: text hashing
// to its id, its original bytes, its signature and as many claims as the
// extractor finds in it. It returns the number of documents.
func checkWhole(t *testing.T, st *store.Store) int {
	t.Helper()
	ctx := context.Background()
	gaz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New(gaz, actors.New())
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sigs, err := st.Signatures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	withSig := map[string]bool{}
	for id := range sigs {
		withSig[id] = true
	}
	seen := map[string]bool{}
	for _, meta := range docs {
		if seen[meta.ID] {
			t.Errorf("document %s stored twice", meta.ID)
		}
		seen[meta.ID] = true
		d, err := st.Document(ctx, meta.ID)
		if err != nil {
			t.Errorf("document %s: %v", meta.ID, err)
			continue
		}
		if sum := sha256.Sum256([]byte(d.Text)); d.Text == "" || hex.EncodeToString(sum[:]) != d.ID {
			t.Errorf("document %s (%s): text missing or not matching its id", d.ID, d.Path)
		}
		raw, err := st.Blob(ctx, d.RawSHA256)
		if sum := sha256.Sum256(raw); err != nil || hex.EncodeToString(sum[:]) != d.RawSHA256 {
			t.Errorf("document %s (%s): original missing or corrupt: %v", d.ID, d.Path, err)
		}
		if !withSig[d.ID] {
			t.Errorf("document %s (%s): no signature", d.ID, d.Path)
		}
		d.CopyOf, d.Warnings = "", nil
		claims, _ := ex.Extract(d)
		if got, err := st.ClaimCount(ctx, d.ID); err != nil || got != len(claims) {
			t.Errorf("document %s (%s): %d claims stored (%v), extractor finds %d", d.ID, d.Path, got, err, len(claims))
		}
	}
	return len(docs)
}
