package model

import (
	"math"
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		want string // the same day back from DayString
	}{
		{"1970-01-01", true, "1970-01-01"},
		{"2016-06-29", true, "2016-06-29"},
		{"2016-02-29", true, "2016-02-29"}, // leap year
		{"2000-02-29", true, "2000-02-29"}, // leap century
		{"1969-12-31", true, "1969-12-31"},
		{"2400-03-01", true, "2400-03-01"},
		{"2100-02-29", false, ""}, // not a leap year
		{"2018-04-31", false, ""},
		{"2016-13-01", false, ""},
		{"2016-6-29", false, ""},
		{"June 29", false, ""},
		{"", false, ""},
	}
	for _, tc := range tests {
		d, ok := ParseDay(tc.in)
		if ok != tc.ok {
			t.Errorf("ParseDay(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if got := DayString(d); got != tc.want {
			t.Errorf("DayString(ParseDay(%q)) = %q", tc.in, got)
		}
		tm, _ := time.Parse(time.DateOnly, tc.in)
		if want := int(tm.Unix() / 86400); d != want {
			t.Errorf("ParseDay(%q) = %d, want %d days since 1970", tc.in, d, want)
		}
	}
}

func TestDistanceKM(t *testing.T) {
	// Fallujah to Ramadi is about 45 km; Baghdad to Damascus about 760 km.
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tolerance        float64
	}{
		{"same point", 33.35, 43.78, 33.35, 43.78, 0, 0.001},
		{"Fallujah-Ramadi", 33.35, 43.78, 33.42, 43.30, 45, 3},
		{"Baghdad-Damascus", 33.31, 44.36, 33.51, 36.29, 750, 20},
	}
	for _, tc := range tests {
		if got := DistanceKM(tc.lat1, tc.lon1, tc.lat2, tc.lon2); math.Abs(got-tc.want) > tc.tolerance {
			t.Errorf("%s: DistanceKM = %.1f, want %.0f ± %.0f", tc.name, got, tc.want, tc.tolerance)
		}
	}
	// Projecting 20 km along a bearing lands 20 km away.
	lat, lon := Project(33.35, 43.78, 225, 20)
	if d := DistanceKM(33.35, 43.78, lat, lon); math.Abs(d-20) > 0.01 {
		t.Errorf("Project 20 km southwest landed %.3f km away", d)
	}
}

func TestClaimIDStable(t *testing.T) {
	a := ClaimID("doc", [2]int{10, 20}, 0)
	if a != ClaimID("doc", [2]int{10, 20}, 0) {
		t.Fatal("ClaimID is not deterministic")
	}
	for _, other := range []string{ClaimID("doc2", [2]int{10, 20}, 0), ClaimID("doc", [2]int{10, 21}, 0), ClaimID("doc", [2]int{10, 20}, 1)} {
		if other == a {
			t.Errorf("ClaimID collides across different inputs: %s", a)
		}
	}
	if len(a) != 16 {
		t.Errorf("ClaimID length %d, want 16 hex digits", len(a))
	}
}

// ParseDay must accept exactly what time.Parse accepts and count the same
// days.
func TestParseDayAgreesWithTimeParse(t *testing.T) {
	for d := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2401; d = d.AddDate(0, 0, 1) {
		s := d.Format(time.DateOnly)
		got, ok := ParseDay(s)
		if want := d.Unix() / 86400; !ok || int64(got) != want {
			t.Fatalf("ParseDay(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-05",
		"2024-01-5", "2024-01-00", "2024-04-31", "+024-01-01", "2024/01/01", "2024-01-01T", "2024-W05", "2024-03",
		"1900-02-29", "2000-02-29", "0000-01-01", "2024-0a-01"} {
		_, err := time.Parse(time.DateOnly, s)
		if _, ok := ParseDay(s); ok != (err == nil) {
			t.Errorf("ParseDay(%q) ok = %v, time.Parse error %v", s, ok, err)
		}
	}
}
