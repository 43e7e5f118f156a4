package bytescan

import "testing"

// TestSkip checks Skip against a plain byte loop from every start, with the
// ending byte at every offset of an eight-byte round.
func TestSkip(t *testing.T) {
	var letters Table
	for c := 'a'; c <= 'z'; c++ {
		letters[c] = 1
	}
	want := func(text string, i int) int {
		for i < len(text) && letters[text[i]] == 1 {
			i++
		}
		return i
	}
	base := "abcdefghijklmnopqrstuvwxyzabcdefghij"
	for stop := 0; stop <= len(base); stop++ {
		text := base[:stop] + "." + base[stop:]
		for i := 0; i <= len(text); i++ {
			if got, w := Skip(text, i, &letters), want(text, i); got != w {
				t.Fatalf("Skip(%q, %d) = %d, want %d", text, i, got, w)
			}
		}
	}
	if got := Skip("", 0, &letters); got != 0 {
		t.Fatalf("Skip of empty text = %d, want 0", got)
	}
}
