package ingest

import (
	"context"
	"os"
	"testing"
)

// benchmarkEmit measures parsing and normalising one in-memory input.
func benchmarkEmit(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	w := &walker{ctx: context.Background(), opts: Options{MaxBytes: DefaultMaxBytes}, fn: func(it Item) error {
		if it.Err != nil {
			b.Fatal(it.Err)
		}
		return nil
	}}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := w.emit(source{origin: path, name: path, data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B) { benchmarkEmit(b, "testdata/text/noheader.txt") }
func BenchmarkHTML(b *testing.B) { benchmarkEmit(b, "testdata/html/article.html") }
func BenchmarkFeed(b *testing.B) { benchmarkEmit(b, "testdata/feed/atom.xml") }
