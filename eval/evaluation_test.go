// Package eval runs ../shared/eval/score against the built binary on the
// seed reports and on this project's own development sets, and fails when a
// metric falls below its floor in floors.json. Floors rise with the scores;
// one is lowered only with a reason in the commit.
package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// evalSet is one gold set scored by the shared scorer.
type evalSet struct {
	name  string
	gold  string
	texts string
}

func TestEvaluationFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluation builds the binary and runs the scorer; skipped with -short")
	}
	scorer := filepath.Join("..", "..", "shared", "eval", "score")
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("no scorer at %s (../shared is not beside this checkout): %v", scorer, err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Fatalf("the scorer needs python3: %v", err)
	}
	floors := readFloors(t, "floors.json")

	bin := filepath.Join(t.TempDir(), "crosscheck")
	build := exec.Command("go", "build", "-o", bin, "../cmd/crosscheck")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// floors.json lists the scored sets: its keys name them, beside this
	// file (the seeds lie in ../shared). The blind sets have no floors.
	names := make([]string, 0, len(floors))
	for name := range floors {
		names = append(names, name)
	}
	sort.Strings(names)
	sets := make([]evalSet, 0, len(names))
	for _, name := range names {
		set := evalSet{name: name, gold: filepath.Join(name, "gold"), texts: filepath.Join(name, "texts")}
		if name == "seeds" {
			set.gold, set.texts = "../../shared/eval/gold", "../../shared/seeds"
		}
		sets = append(sets, set)
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			want := floors[set.name]
			if _, err := os.Stat(set.gold); err != nil {
				t.Fatalf("floors.json names a set with no gold: %v", err)
			}
			got := score(t, scorer, bin, set)
			t.Logf("%s: %v", set.name, got)
			for metric, floor := range want {
				v, ok := got[metric]
				if !ok {
					t.Errorf("%s: metric %s is n/a or missing (floor %.3f)", set.name, metric, floor)
					continue
				}
				if v < floor {
					t.Errorf("%s: %s = %.3f, below its floor %.3f", set.name, metric, v, floor)
				}
			}
		})
	}
}

func readFloors(t *testing.T, path string) map[string]map[string]float64 {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read floors: %v", err)
	}
	var f map[string]map[string]float64
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return f
}

// score runs the scorer and parses its last "SCORE k=v ..." line; n/a
// values are left out of the map.
func score(t *testing.T, scorer, bin string, set evalSet) map[string]float64 {
	t.Helper()
	cmd := exec.Command("python3", scorer, "--gold", set.gold, "--texts", set.texts, "--bin", bin)
	cmd.Dir = "."
	// The scorer's tie-breaking follows Python's set order, which changes
	// with the hash seed; pin it so the same output scores the same.
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scorer on %s: %v\n%s\n%s", set.name, err, out, stderr.Bytes())
	}
	var line string
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "SCORE ") {
			line = l
		}
	}
	if line == "" {
		t.Fatalf("scorer printed no SCORE line for %s:\n%s", set.name, out)
	}
	got := map[string]float64{}
	for _, field := range strings.Fields(strings.TrimPrefix(line, "SCORE ")) {
		k, v, ok := strings.Cut(field, "=")
		if !ok {
			continue
		}
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			got[k] = f
		}
	}
	return got
}
