package extract

import (
	"testing"
	"time"
)

// isoDayNumber must accept exactly what time.Parse accepts and count the
// same days.
func TestISODayNumberAgreesWithTimeParse(t *testing.T) {
	for d := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2401; d = d.AddDate(0, 0, 1) {
		s := d.Format("2006-01-02")
		got, ok := isoDayNumber(s)
		if want := d.Unix() / 86400; !ok || int64(got) != want {
			t.Fatalf("isoDayNumber(%q) = %d, %v; want %d", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-05",
		"2024-01-5", "2024-01-00", "2024-04-31", "+024-01-01", "2024/01/01", "2024-01-01T", "2024-W05", "2024-03",
		"1900-02-29", "2000-02-29", "0000-01-01", "2024-0a-01"} {
		_, err := time.Parse("2006-01-02", s)
		if _, ok := isoDayNumber(s); ok != (err == nil) {
			t.Errorf("isoDayNumber(%q) ok = %v, time.Parse error %v", s, ok, err)
		}
	}
}
