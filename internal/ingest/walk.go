package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// path resolves one command-line argument.
func (w *walker) path(p string) error {
	switch {
	case p == "-":
		return w.readStdin()
	case isURL(p):
		return w.fetchURL(p)
	}
	info, err := os.Stat(p)
	if err != nil {
		return w.fail(p, fmt.Errorf("%w: %w", ErrUnreadable, unwrapPathError(err)))
	}
	if info.IsDir() {
		return w.dir(p)
	}
	return w.file(p, info)
}

func isURL(p string) bool {
	lower := strings.ToLower(p)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// dir walks a folder in lexical order, skipping hidden files and folders
// (".git", ".DS_Store", editor swap files). Symbolic links to folders are
// not followed, so a link loop cannot hang the walk.
func (w *walker) dir(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if ctxErr := w.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			// An unreadable sub-folder is one failure, not the end of the walk.
			if ferr := w.fail(p, fmt.Errorf("%w: %w", ErrUnreadable, unwrapPathError(err))); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := os.Stat(p) // follows a link to a file
		if err != nil {
			return w.fail(p, fmt.Errorf("%w: %w", ErrUnreadable, unwrapPathError(err)))
		}
		if !info.Mode().IsRegular() {
			return nil // sockets, devices, links to folders
		}
		if reason := folderNote(d.Name()); reason != "" {
			return w.fn(Item{Origin: p, Skipped: reason})
		}
		return w.file(p, info)
	})
}

// file reads one regular file, refusing over-size ones before reading.
func (w *walker) file(p string, info fs.FileInfo) error {
	if info.Size() > w.opts.MaxBytes {
		return w.fail(p, fmt.Errorf("%w: %d bytes, over the %s limit", ErrTooLarge, info.Size(), formatBytes(w.opts.MaxBytes)))
	}
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, fmt.Errorf("%w: %w", ErrUnreadable, unwrapPathError(err)))
	}
	defer f.Close()
	data, err := readLimited(f, w.opts.MaxBytes)
	if err != nil {
		return w.fail(p, err)
	}
	return w.emit(source{origin: p, name: p, data: data})
}

func (w *walker) readStdin() error {
	if w.stdin == nil {
		return w.fail("-", fmt.Errorf("%w: no standard input", ErrUnreadable))
	}
	data, err := readLimited(w.stdin, w.opts.MaxBytes)
	if err != nil {
		return w.fail("-", err)
	}
	return w.emit(source{origin: "-", name: "-", data: data})
}

func (w *walker) fetchURL(u string) error {
	if w.opts.Fetcher == nil {
		return w.fail(u, ErrNoNetwork)
	}
	resp, err := w.opts.Fetcher.Get(w.ctx, u)
	if err != nil {
		if ctxErr := w.ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		return w.fail(u, fmt.Errorf("%w: %w", ErrFetch, err))
	}
	return w.emit(source{origin: u, name: resp.URL, contentType: resp.ContentType, url: resp.URL, data: resp.Body})
}

// readLimited reads r up to limit bytes; more is ErrTooLarge (one byte
// past the limit is read to tell "exactly at" from "over").
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnreadable, unwrapPathError(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: over the %s limit", ErrTooLarge, formatBytes(limit))
	}
	return data, nil
}

// unwrapPathError drops *fs.PathError's copy of the path: Item.Err names
// the origin already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// folderNotes are the base names (before the extension, case-insensitive)
// of files that document a folder of reports rather than being one. They
// are skipped in folder walks and reported as skipped; named on the command
// line they are read like any other file.
var folderNotes = map[string]bool{"readme": true, "license": true, "licence": true, "changelog": true, "notice": true}

func folderNote(name string) string {
	base := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	if folderNotes[base] {
		return "folder documentation, not a report"
	}
	return ""
}
