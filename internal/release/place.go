package release

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/internal/model"
)

// placeSpelling gathers the spellings releases used for one place. Releases
// were typed by hand for years: the 2014–2016 strike lines spell Dayr Az
// Zawr eight ways. Where.Name of a place the gazetteer does not resolve is
// Canonical, so claims about one town agree on its name without a gazetteer.
type placeSpelling struct {
	Canonical string   // the common English name ("Raqqa", "Deir ez-Zor")
	Variants  []string // spellings seen in releases, typos included
	Try       []string // more names a GeoNames-derived gazetteer may know
}

// placeSpellings were read off the 5,531 lines of
// ../shared/data/centcom-oir-strikes (raw "Near X" vs the curated location).
// Variants that differ only by case, articles (Al/Ar/As/Az/At), spaces,
// hyphens, apostrophes, doubled letters or a final h need no entry:
// foldPlace already equates them ("Al Shadadi" = "Al Shaddadi",
// "Ar Raqqah" = "Raqqa").
var placeSpellings = []placeSpelling{
	{Canonical: "Deir ez-Zor", Variants: []string{"Dayr Az Zawr", "Dayz Az Zawr", "Dayz Ar Awr", "Dayz ar Zawr", "Day az Zawr", "Dawr az Zawr", "Deir Ezzor", "Deir al-Zour", "Dayr az-Zawr"}, Try: []string{"Dayr az Zawr", "Deir ez Zor"}},
	{Canonical: "Raqqa", Try: []string{"Ar Raqqah", "Ar-Raqqah"}},
	{Canonical: "Hawija", Variants: []string{"Al Huwayjah", "Al Hawayjah", "Al Hawijah"}, Try: []string{"Al Hawija", "Al Huwayjah"}},
	{Canonical: "Shaddadi", Variants: []string{"Shaddadah"}, Try: []string{"Ash Shaddadi", "Al-Shaddadi", "Ash Shaddadah"}},
	{Canonical: "Makhmur", Variants: []string{"Mahkmur"}},
	{Canonical: "Tal Afar", Variants: []string{"Tall Afar", "Tell Afar"}, Try: []string{"Tall Afar"}},
	{Canonical: "Al Walid", Variants: []string{"Waleed", "Walweed"}, Try: []string{"Walid"}},
	{Canonical: "Tal Hamis", Variants: []string{"Tal Harris", "Tall Hamis", "Tell Hamis"}, Try: []string{"Tall Hamis", "Tell Hamis"}},
	{Canonical: "Tal Abyad", Variants: []string{"Tal Abayad", "Tell Abyad", "Tall Abyad"}, Try: []string{"Tell Abyad", "Tall Abyad"}},
	{Canonical: "Erbil", Variants: []string{"Irbil", "Arbil"}},
	{Canonical: "Abu Kamal", Variants: []string{"Albu Kamal", "Al Bukamal", "Al Bu Kamal", "Boukamal", "Bukamal", "Albukamal"}, Try: []string{"Al Bukamal", "Albu Kamal"}},
	{Canonical: "Rutba", Try: []string{"Ar Rutbah"}},
	{Canonical: "Baiji", Variants: []string{"Bayji", "Beiji"}, Try: []string{"Bayji"}},
	{Canonical: "Kobani", Variants: []string{"Kobane", "Ayn al Arab", "Ain al-Arab"}, Try: []string{"Kobane", "Ayn al Arab"}},
	{Canonical: "Mar'a", Variants: []string{"Marea", "Mare'"}, Try: []string{"Mare'", "Marea"}},
	{Canonical: "Qayyarah", Variants: []string{"Qayara"}, Try: []string{"Al Qayyarah"}},
	{Canonical: "Palmyra", Variants: []string{"Tadmur"}, Try: []string{"Tadmur"}},
	{Canonical: "Tuz", Try: []string{"Tuz Khurmatu", "Tuz Khormato"}},
	{Canonical: "Sultan Abdallah", Try: []string{"Sultan Abdullah"}},
	{Canonical: "Hasakah", Try: []string{"Al-Hasakah", "Al Hasakah"}},
	{Canonical: "Habbaniyah", Try: []string{"Al Habbaniyah"}},
	{Canonical: "Fallujah", Variants: []string{"Falluja"}},
	{Canonical: "Ramadi", Try: []string{"Ar Ramadi"}},
	{Canonical: "Hit", Try: []string{"Heet"}},
	{Canonical: "Al Qaim", Variants: []string{"Al Qa'im"}, Try: []string{"Al Qa'im", "Qaim"}},
	{Canonical: "Al Asad", Try: []string{"Al Asad Air Base", "Ain al-Asad"}},
	{Canonical: "Al Baghdadi", Try: []string{"Baghdadi"}},
}

// articles are Arabic definite articles as releases transliterate them; they
// come and go between releases ("Al Rutbah" / "Ar Rutbah" / "Rutbah").
var articles = map[string]bool{"al": true, "ar": true, "as": true, "az": true, "at": true, "ad": true, "an": true, "ash": true, "el": true, "ad-": true}

// foldPlace reduces a place name to a key equal for the spelling variants
// releases use: lower case, without articles, spaces, hyphens or
// apostrophes, doubled letters collapsed, a final h dropped.
func foldPlace(name string) string {
	var b strings.Builder
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '_'
	})
	for _, w := range words {
		if articles[w] && len(words) > 1 {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
	}
	s := []rune(b.String())
	out := s[:0]
	for i, r := range s {
		if i > 0 && r == s[i-1] {
			continue
		}
		out = append(out, r)
	}
	if n := len(out); n > 2 && out[n-1] == 'h' {
		out = out[:n-1]
	}
	return string(out)
}

// spellingIndex maps foldPlace keys to their entry in placeSpellings.
func spellingIndex() map[string]*placeSpelling {
	m := make(map[string]*placeSpelling)
	for i := range placeSpellings {
		sp := &placeSpellings[i]
		m[foldPlace(sp.Canonical)] = sp
		for _, v := range sp.Variants {
			m[foldPlace(v)] = sp
		}
	}
	return m
}

// resolve turns the place of a strike line into a Where: through the
// gazetteer within the release's country (both release countries when the
// release leaves it open), else the name alone with nil coordinates.
func (p *Parser) resolve(name, country string) model.Where {
	display := name
	tries := []string{name}
	if sp := p.spellings[foldPlace(name)]; sp != nil {
		display = sp.Canonical
		tries = append(tries, sp.Canonical)
		tries = append(tries, sp.Try...)
	}
	// "Al Hasakah" may be known as "Hasakah" or "Al-Hasakah".
	for _, t := range tries[:len(tries):len(tries)] {
		if f := strings.Fields(t); len(f) > 1 && articles[strings.ToLower(f[0])] {
			tries = append(tries, strings.Join(f[1:], " "), f[0]+"-"+strings.Join(f[1:], " "))
		}
	}
	// The release's own country first. Then the other release country:
	// lines were now and then filed under the wrong heading.
	codes := []string{country}
	switch country {
	case "":
		codes = []string{"IQ", "SY"}
	case "IQ":
		codes = append(codes, "SY")
	case "SY":
		codes = append(codes, "IQ")
	}
	if p.places != nil {
		for _, c := range codes {
			for _, t := range tries {
				if pl, ok := p.places.Lookup(t, c); ok {
					lat, lon := pl.Lat, pl.Lon
					return model.Where{Name: pl.Name, Lat: &lat, Lon: &lon, Country: pl.Country,
						Relation: "near", Precision: model.PlaceTown}
				}
			}
		}
	}
	return model.Where{Name: display, Country: country, Relation: "near", Precision: model.PlaceTown}
}

// countryWhere is the place of a claim about a whole country ("no reported
// strikes conducted in Syria").
func (p *Parser) countryWhere(c countryRule) model.Where {
	w := model.Where{Name: c.Name, Country: c.ISO2, Relation: "in", Precision: model.PlaceCountry}
	if p.places != nil {
		if pl, ok := p.places.Lookup(c.Name, ""); ok && pl.Country == c.ISO2 {
			lat, lon := pl.Lat, pl.Lon
			w.Lat, w.Lon = &lat, &lon
		}
	}
	return w
}
