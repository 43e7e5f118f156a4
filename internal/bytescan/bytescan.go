// Package bytescan skips runs of bytes a table lets pass, eight bytes a
// round: the inner loop of the sentence splitter and of the gazetteer's
// scan, where most bytes are plain letters.
package bytescan

// Table marks with 1 the bytes a run may hold and with 0 those that end it.
type Table [256]uint8

// Skip returns the first index from i whose byte ends the run, or
// len(text). While eight bytes in a row pass it tests them with one
// branch, then goes on byte by byte.
func Skip(text string, i int, t *Table) int {
	for ; i+8 <= len(text); i += 8 {
		w := text[i : i+8]
		if t[w[0]]&t[w[1]]&t[w[2]]&t[w[3]]&t[w[4]]&t[w[5]]&t[w[6]]&t[w[7]] == 0 {
			break
		}
	}
	for i < len(text) && t[text[i]] == 1 {
		i++
	}
	return i
}
