// Package fetch is crosscheck's only HTTP client. It exists so every network
// read has the same guards: connect and total timeouts, a body size cap, a
// bounded number of redirects, and http(s) only — also after a redirect.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Defaults used when an Options field is zero.
const (
	DefaultTimeout        = 60 * time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultMaxBytes       = 20 << 20
	DefaultMaxRedirects   = 5
	DefaultUserAgent      = "crosscheck/0.1 (+https://github.com/crosscheck/crosscheck)"
)

// Errors callers may test for with errors.Is.
var (
	ErrScheme       = errors.New("only http and https URLs are allowed")
	ErrTooLarge     = errors.New("response body over the size limit")
	ErrTooManyHops  = errors.New("too many redirects")
	ErrStatus       = errors.New("unexpected HTTP status")
	errRedirectStop = errors.New("redirect refused")
)

// Options configures a Client. Zero fields take the defaults above.
type Options struct {
	Timeout        time.Duration // whole request, body included
	ConnectTimeout time.Duration // TCP connect and TLS handshake, each
	MaxBytes       int64         // body size cap
	MaxRedirects   int           // followed redirects; negative means none
	UserAgent      string
	// Transport replaces the default transport (tests). Its own dial
	// timeouts then apply instead of ConnectTimeout.
	Transport http.RoundTripper
}

// Client fetches URLs with the guards of Options. It is safe for concurrent use.
type Client struct {
	hc        *http.Client
	maxBytes  int64
	userAgent string
}

// Response is a fetched body with where it finally came from.
type Response struct {
	URL         string // after redirects
	StatusCode  int
	ContentType string
	Body        []byte
}

// New returns a Client for opts.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = DefaultConnectTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	switch {
	case opts.MaxRedirects == 0:
		opts.MaxRedirects = DefaultMaxRedirects
	case opts.MaxRedirects < 0:
		opts.MaxRedirects = 0
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	tr := opts.Transport
	if tr == nil {
		dialer := &net.Dialer{Timeout: opts.ConnectTimeout, KeepAlive: 30 * time.Second}
		tr = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   opts.ConnectTimeout,
			ResponseHeaderTimeout: opts.Timeout,
			MaxIdleConns:          10,
			IdleConnTimeout:       90 * time.Second,
			ForceAttemptHTTP2:     true,
		}
	}
	maxRedirects := opts.MaxRedirects
	return &Client{
		hc: &http.Client{
			Transport: tr,
			Timeout:   opts.Timeout,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if err := checkScheme(req.URL); err != nil {
					return fmt.Errorf("%w: redirect to %s: %w", errRedirectStop, req.URL.Redacted(), err)
				}
				if len(via) > maxRedirects {
					return fmt.Errorf("%w: %w (limit %d)", errRedirectStop, ErrTooManyHops, maxRedirects)
				}
				return nil
			},
		},
		maxBytes:  opts.MaxBytes,
		userAgent: opts.UserAgent,
	}
}

// MaxBytes reports the body size cap.
func (c *Client) MaxBytes() int64 { return c.maxBytes }

// Get fetches rawURL and returns its body. A status other than 2xx, a body
// over the size cap, a non-http(s) URL (at the start or after a redirect) and
// too many redirects are errors that say so.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %q: %w", rawURL, err)
	}
	if err := checkScheme(u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.8,*/*;q=0.5")

	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), unwrapURLError(err))
	}
	defer resp.Body.Close()

	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w %s", final, ErrStatus, resp.Status)
	}
	if resp.ContentLength > c.maxBytes {
		return nil, fmt.Errorf("fetch %s: %w: Content-Length %d bytes, limit %d bytes", final, ErrTooLarge, resp.ContentLength, c.maxBytes)
	}
	// Read one byte past the cap so an over-size body is detected, not truncated.
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: reading body: %w", final, unwrapURLError(err))
	}
	if int64(len(body)) > c.maxBytes {
		return nil, fmt.Errorf("fetch %s: %w: limit %d bytes", final, ErrTooLarge, c.maxBytes)
	}
	return &Response{
		URL:         final,
		StatusCode:  resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
	}, nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("%s: no host", u.Redacted())
		}
		return nil
	case "":
		return fmt.Errorf("%w: %q has no scheme", ErrScheme, u.Redacted())
	default:
		return fmt.Errorf("%w: scheme %q", ErrScheme, u.Scheme)
	}
}

// unwrapURLError drops the *url.Error layer, whose message repeats the
// method and URL that our own wrapping already names.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return fmt.Errorf("timed out: %w", ue.Err)
		}
		return ue.Err
	}
	return err
}
