package extract

import "testing"

func TestOutletState(t *testing.T) {
	tests := []struct{ publisher, text, want string }{
		{"Tasnim Daily (translated from Persian)", "Title\n\nThe Guards struck.", "IR"},
		{"Kurdistan Voice (translated from Arabic)", "Title\n\nANKARA\n\nText.", ""},
		{"Anatolia Wire", "Title\n\nANKARA\n\nSecurity sources said.", "TR"},
		{"Wire", "Title\nMOSCOW (Wire) - The ministry said.", "RU"},
		{"Wire", "Title\n\nMOSUL, Iraq - Police said.", ""},
		{"Wire", "Title\n\nANKARAGUCU fans said.", ""},
		{"Wire", "Title\n\nThe ministry in Ankara said.", ""},
	}
	for _, tt := range tests {
		if got := outletState(tt.publisher, tt.text); got != tt.want {
			t.Errorf("outletState(%q, %q) = %q, want %q", tt.publisher, tt.text, got, tt.want)
		}
	}
}
