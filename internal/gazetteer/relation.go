package gazetteer

import (
	"strconv"
	"strings"
)

// relation is the spatial relation written before a place name.
type relation struct {
	text     string  // "near", "southwest of", "12 miles south of", "in"
	km       float64 // stated distance, 0 if none
	bearing  float64 // degrees clockwise from north of the stated direction; -1 if none
	province bool    // "the province of X", "in X province" is read after the name
	rural    bool    // "the (eastern) countryside of X": X's province, if one has its name
}

// Relation words, each with an example. The phrase is read backwards from
// the name over at most a few words, never across a sentence or a comma.
var (
	// "near Taji", "outside Mosul", "toward Tharthar Lake".
	relationWords = map[string]string{
		"near": "near", "nearby": "near", "outside": "outside", "in": "in", "inside": "in",
		"at": "at", "toward": "toward", "towards": "toward", "around": "around",
		"from": "from", "into": "in", "within": "in",
		"between": "near", // "on the road between X and Y": near X
	}
	// "southwest of Fallujah", "north-east of Ramadi": bearing in degrees.
	directions = map[string]float64{
		"north": 0, "northeast": 45, "east": 90, "southeast": 135,
		"south": 180, "southwest": 225, "west": 270, "northwest": 315,
	}
	// "12 miles south of": kilometres per unit.
	units = map[string]float64{
		"mile": 1.609344, "miles": 1.609344, "mi": 1.609344,
		"km": 1, "kms": 1, "kilometer": 1, "kilometers": 1, "kilometre": 1, "kilometres": 1,
	}
	// "the town of X", "the province of X", "the outskirts of X".
	placeNouns = map[string]bool{
		"town": true, "city": true, "village": true, "district": true, "area": true,
		"province": true, "governorate": true, "region": true, "outskirts": true,
		"suburbs": true, "vicinity": true, "countryside": true, "desert": true, "edge": true,
		"village's": false,
	}
	// Adjectives between a relation and a name: "in northern Iraq", "near
	// the Syrian border town of".
	placeAdjectives = map[string]bool{
		"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
		"north": true, "south": true, "east": true, "west": true, "border": true, "nearby": true,
		"besieged": true, "embattled": true, "northeastern": true, "northwestern": true,
		"southeastern": true, "southwestern": true, "rural": true, "small": true, "large": true,
		"mountainous": true, "remote": true, "rugged": true, "restive": true,
		"neighbouring": true, "neighboring": true,
		"the": true, "a": true, "an": true,
	}
	numberWords = map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "a": 1,
	}
)

// relationBefore reads the relation phrase ending at text[:pos].
func relationBefore(text string, pos int) relation {
	w := wordsBack{text: text[max(0, pos-contextWindow):pos]} // bounded: linear time on any input
	w.j = len(w.text)
	rel := relation{bearing: -1}
	i := 0
	at := w.at
	// "... the (Syrian) town of X", "... the outskirts of X".
	if at(i) == "of" && placeNouns[at(i+1)] {
		noun := at(i + 1)
		i += 2
		rel.province = noun == "province" || noun == "governorate"
		rel.rural = noun == "countryside"
		for placeAdjectives[at(i)] || isDemonymLike(at(i)) {
			i++
		}
		switch {
		case noun == "outskirts" && at(i) == "on":
			rel.text = "on the outskirts of"
			return rel
		case noun == "outskirts":
			rel.text = "outskirts of"
			return rel
		case noun == "vicinity":
			rel.text = "near"
			return rel
		case noun == "edge":
			rel.text = "outside" // "on the edge of Deir ez-Zor city"
			return rel
		}
	} else {
		for j := 0; j < 2 && placeAdjectives[at(i)] && at(i) != "north" && at(i) != "south" &&
			at(i) != "east" && at(i) != "west"; j++ {
			i++
		}
	}
	// "close to X".
	if at(i) == "to" && at(i+1) == "close" {
		rel.text = "near"
		return rel
	}
	// "(12 miles) south(-)west of X", "north east of X".
	if at(i) == "of" {
		c, n := direction(at(i+1), at(i+2))
		if n > 0 && at(i+1+n) == "the" {
			// "in the west of Idlib", "flying towards the north of Hama":
			// a part of the place, not a bearing from it
			rel.text = relationWords[at(i+2+n)]
			if rel.text == "" {
				rel.text = "in"
			}
			return rel
		}
		if n > 0 {
			rel.text = c.of
			rel.bearing = c.bearing
			j := i + 1 + n
			if k, ok := units[at(j)]; ok {
				if v, ok := number(at(j + 1)); ok {
					rel.km = v * k
					// in digits, as the linker reads the distance ("twelve" -> "12")
					rel.text = strconv.FormatFloat(v, 'f', -1, 64) + " " + at(j) + " " + rel.text
				}
			}
			return rel
		}
		if at(i+1) == "outside" {
			rel.text = "outside"
			return rel
		}
	}
	if r, ok := relationWords[at(i)]; ok {
		rel.text = r
	}
	return rel
}

// compass is a direction's relation text and bearing.
type compass struct {
	of      string // "south of"
	bearing float64
}

// finerDirections are the points between the eight, written hyphenated
// ("about 55 km west-south-west of Kirkuk"), keyed without hyphens.
var finerDirections = map[string]compass{
	"northnortheast": {"north-north-east of", 22.5}, "eastnortheast": {"east-north-east of", 67.5},
	"eastsoutheast": {"east-south-east of", 112.5}, "southsoutheast": {"south-south-east of", 157.5},
	"southsouthwest": {"south-south-west of", 202.5}, "westsouthwest": {"west-south-west of", 247.5},
	"westnorthwest": {"west-north-west of", 292.5}, "northnorthwest": {"north-north-west of", 337.5},
}

// compasses holds every direction with its relation text made once, so a
// relation costs no concatenation.
var compasses = func() map[string]compass {
	m := make(map[string]compass, len(directions)+len(finerDirections))
	for d, b := range directions {
		m[d] = compass{d + " of", b}
	}
	for d, c := range finerDirections {
		m[d] = c
	}
	return m
}()

// direction reads a compass direction from the nearest word w0 and the
// one before it, w1: ("west", "south") is "south west"; "north-east" is
// one word. It returns how many words it used (0: none).
func direction(w0, w1 string) (compass, int) {
	d := strings.ReplaceAll(w0, "-", "")
	if (w1 == "north" || w1 == "south") && (d == "east" || d == "west") {
		return compasses[w1+d], 2 // the key does not escape: no allocation
	}
	if c, ok := compasses[d]; ok {
		return c, 1
	}
	return compass{}, 0
}

func number(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil && v > 0 && v < 2000
}

// isDemonymLike spots "Syrian", "Iraqi" between "the" and "town of"
// without a lookup: capitalised adjectives were lower-cased by
// wordsBefore, so accept the usual endings.
func isDemonymLike(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "i") ||
		strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "an"))
}

// maxWordsBack bounds the words a relation phrase is read over.
const maxWordsBack = 9

// wordsBack reads the lower-cased words of text backwards from its end,
// nearest first, stopping at sentence punctuation or a comma. Hyphens and
// digits stay in words ("north-east", "12"). Words are read only when
// asked for: most relations are decided by the nearest two or three.
type wordsBack struct {
	text string
	j    int  // end of the next word to read
	done bool // punctuation, non-ASCII or the start of text reached
	n    int
	w    [maxWordsBack]string
}

// at returns the i-th word before the end (0 = nearest), or "".
func (b *wordsBack) at(i int) string {
	for b.n <= i && !b.done && b.n < len(b.w) {
		b.read()
	}
	if i < b.n {
		return b.w[i]
	}
	return ""
}

func (b *wordsBack) read() {
	text, j := b.text, b.j
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 {
		c := text[k-1]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' && k-1 > 0 && text[k-2] >= '0' && text[k-2] <= '9' {
			k--
			continue
		}
		break
	}
	if k == j {
		b.done = true
		return
	}
	b.w[b.n] = lower(strings.Trim(text[k:j], "-"))
	b.n++
	b.j = k
}

// lower is strings.ToLower for ASCII words, without allocating for words
// already in lower case (most of them).
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
