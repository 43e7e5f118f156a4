package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<html><body><p>ua=%s</p></body></html>", r.UserAgent())
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2048)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		// Flushing forces chunked encoding: no Content-Length to check early.
		for range 4 {
			w.Write([]byte(strings.Repeat("y", 512)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/hop/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.PathValue("n"), "%d", &n)
		if n == 0 {
			w.Write([]byte("arrived"))
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := newServer(t)
	c := New(Options{MaxBytes: 1024, Timeout: 300 * time.Millisecond, UserAgent: "crosscheck-test"})

	tests := []struct {
		name    string
		url     string
		want    string // substring of the body on success
		wantErr error  // errors.Is target; nil = success
		errText string // substring of the error message
	}{
		{name: "page", url: srv.URL + "/story", want: "ua=crosscheck-test"},
		{name: "five redirects", url: srv.URL + "/hop/5", want: "arrived"},
		{name: "six redirects", url: srv.URL + "/hop/6", wantErr: ErrTooManyHops, errText: "limit 5"},
		{name: "over size with length", url: srv.URL + "/big", wantErr: ErrTooLarge, errText: "1024 bytes"},
		{name: "over size chunked", url: srv.URL + "/big-chunked", wantErr: ErrTooLarge, errText: "1024 bytes"},
		{name: "redirect to file scheme", url: srv.URL + "/to-file", wantErr: ErrScheme, errText: `"file"`},
		{name: "file scheme", url: "file:///etc/passwd", wantErr: ErrScheme},
		{name: "ftp scheme", url: "ftp://example.org/feed.xml", wantErr: ErrScheme},
		{name: "no scheme", url: "example.org/feed.xml", wantErr: ErrScheme},
		{name: "status", url: srv.URL + "/gone", wantErr: ErrStatus, errText: "410"},
		{name: "total timeout", url: srv.URL + "/slow", errText: "timed out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := c.Get(context.Background(), tt.url)
			if tt.wantErr == nil && tt.errText == "" {
				if err != nil {
					t.Fatalf("Get: %v", err)
				}
				if !strings.Contains(string(resp.Body), tt.want) {
					t.Fatalf("body %q does not contain %q", resp.Body, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Get succeeded, want error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v, want %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.errText) {
				t.Errorf("error %q does not mention %q", err, tt.errText)
			}
		})
	}
}

func TestGetFinalURL(t *testing.T) {
	srv := newServer(t)
	resp, err := New(Options{}).Get(context.Background(), srv.URL+"/hop/2")
	if err != nil {
		t.Fatal(err)
	}
	if want := srv.URL + "/hop/0"; resp.URL != want {
		t.Errorf("URL = %q, want %q", resp.URL, want)
	}
}

func TestGetContextCancelled(t *testing.T) {
	srv := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New(Options{}).Get(ctx, srv.URL+"/story"); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestConnectTimeout(t *testing.T) {
	// 192.0.2.0/24 is TEST-NET-1: never routed, so the dial hangs until the
	// connect timeout (or fails at once on hosts without a route).
	c := New(Options{ConnectTimeout: 100 * time.Millisecond, Timeout: 5 * time.Second})
	start := time.Now()
	_, err := c.Get(context.Background(), "http://192.0.2.1/")
	if err == nil {
		t.Fatal("Get succeeded, want error")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v: connect timeout not applied", d)
	}
}
