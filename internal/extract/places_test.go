package extract

import (
	"strings"
	"testing"
)

func TestDatelineAgency(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"DUHOK (Victoria) - A drone hit a pickup near the border.", "Victoria", true},
		{"ALEPPO (Florence) — Shells fell on a market.", "Florence", true},
		{"MUSCAT, Feb 9 (Lincoln) - Warships struck the port.", "Lincoln", true},
		{"AMMAN, 9 February 2024 (Lincoln) - Warships struck the port.", "Lincoln", true},
		{"AMMAN, the capital (Lincoln) - Warships struck the port.", "Lincoln", false},
		{"Families from Sinjar (Nineveh) - many of them Yazidis - fled again.", "Nineveh", false},
		{"DUHOK (Victoria) said that a drone hit a pickup.", "Victoria", false},
		{"The strike hit Zakho (Duhok province) - local officials said.", "Duhok", false},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.name)
		if got := datelineAgency(tt.text, start, start+len(tt.name)); got != tt.want {
			t.Errorf("datelineAgency(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestAddressedGovernment(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The ministry called on Tehran to stop the attacks.", "Tehran", true},
		{"Baghdad urged Ankara to respect its borders.", "Ankara", true},
		{"The drone struck a car near Ankara on Monday.", "Ankara", false},
		{"Residents of Tehran said nothing.", "Tehran", false},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.name)
		if got := addressedGovernment(tt.text, start); got != tt.want {
			t.Errorf("addressedGovernment(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}
