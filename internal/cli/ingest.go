package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dustin/go-humanize"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/dedup"
	"github.com/crosscheck/crosscheck/internal/extract"
	"github.com/crosscheck/crosscheck/internal/fetch"
	"github.com/crosscheck/crosscheck/internal/ingest"
	"github.com/crosscheck/crosscheck/internal/model"
	"github.com/crosscheck/crosscheck/internal/store"
)

// ingestFlags are the flags ingest and watch share.
type ingestFlags struct {
	publisher, kind, published, lang string
	maxSize                          byteSize
	quiet                            bool
}

func (f *ingestFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.publisher, "publisher", "", "publisher of every input, overriding the source's")
	fs.StringVar(&f.kind, "kind", "", "kind of every input: news, official, ngo, blog or social")
	fs.StringVar(&f.published, "published", "", "publication date of every input (2006-01-02)")
	fs.StringVar(&f.lang, "lang", "", "language of every input (en, ar), overriding detection")
	f.maxSize = ingest.DefaultMaxBytes
	fs.Var(&f.maxSize, "max-size", "largest input accepted, in bytes or with a unit (20MB, 512KiB)")
	cmd.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions(
		[]string{model.KindNews, model.KindOfficial, model.KindNGO, model.KindBlog, model.KindSocial},
		cobra.ShellCompDirectiveNoFileComp))
}

func (f *ingestFlags) options() ingest.Options {
	return ingest.Options{
		Publisher: f.publisher, Kind: f.kind, Published: f.published, Lang: f.lang,
		MaxBytes: int64(f.maxSize),
		Fetcher:  fetch.New(fetch.Options{MaxBytes: int64(f.maxSize)}),
	}
}

// newIngestCommand ingests files, folders, stdin and URLs into the store.
func newIngestCommand(a *app) *cobra.Command {
	var flags ingestFlags
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Ingest reports from files, folders, stdin or URLs",
		Long: `ingest reads reports, extracts their claims and stores both, then rebuilds
the incidents. PATH is a file, a folder (recursed in lexical order), "-" for
stdin, or an http(s) URL of a page or a feed. Formats (plain text with an
optional "Key: value" header, HTML, JSON, JSON Lines, RSS, Atom) are detected
by content and extension.

Exact copies of stored documents are skipped and counted; near-copies (the
same story republished) are stored with copy_of naming the earliest copy.
An input that cannot be read or parsed is reported with its reason and the
rest of the batch is still ingested; the exit code is then 1.`,
		Example: `  crosscheck ingest reports/
  crosscheck ingest --publisher Reuters --kind news story.html
  curl -s https://example.org/feed.xml | crosscheck ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if _, err := flags.options().Validate(); err != nil {
				return &exitError{code: 2, err: err}
			}
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			in, err := newIngester(ctx, st, a.log)
			if err != nil {
				return err
			}
			bar := newIngestProgress(a.stderr)
			in.progress = bar.step
			err = in.run(ctx, args, a.stdin, flags.options())
			bar.finish()
			sum := in.takeSummary()
			if err == nil {
				err = rebuildIfStale(ctx, st, a.log)
			}
			sum.write(a.stderr)
			if err == nil && ctx.Err() == nil && !flags.quiet {
				err = writeBatchIncidents(ctx, a.stdout, st, in.seen)
			}
			switch {
			case ctx.Err() != nil:
				return &exitError{code: 130, err: errors.New("ingest interrupted: the documents counted above are stored; run it again to finish")}
			case err != nil:
				return err
			case len(sum.Failed) > 0:
				return &exitError{code: 1, err: fmt.Errorf("%d of %d inputs failed", len(sum.Failed), sum.total())}
			}
			return nil
		},
	}
	flags.register(cmd)
	cmd.Flags().BoolVarP(&flags.quiet, "quiet", "q", false, "do not print the incidents holding the ingested documents")
	return cmd
}

// rebuildIfStale rebuilds the incidents when documents were stored since
// they were last built: by this run, or by one stopped before its rebuild.
func rebuildIfStale(ctx context.Context, st *store.Store, log *slog.Logger) error {
	stale, err := st.IncidentsStale(ctx)
	if err != nil || !stale {
		return err
	}
	_, err = rebuildIncidents(ctx, st, log)
	return err
}

// writeBatchIncidents prints the incidents holding any document of the
// batch (new or already stored), so one ingest shows what its reports say.
func writeBatchIncidents(ctx context.Context, w io.Writer, st *store.Store, batch map[string]bool) error {
	incs, err := st.Incidents(ctx)
	if err != nil {
		return err
	}
	var held []model.Incident
	for _, inc := range incs {
		for _, d := range inc.Documents {
			if batch[d] {
				held = append(held, inc)
				break
			}
		}
	}
	if len(held) == 0 {
		return nil
	}
	noun := "incidents hold"
	if len(held) == 1 {
		noun = "incident holds"
	}
	fmt.Fprintf(w, "%d %s these reports (crosscheck show ID for the detail):\n", len(held), noun)
	return writeIncidentsTable(w, held)
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	New        int             // documents stored, near-copies included
	NearCopies int             // of New, those stored with copy_of
	Exact      int             // exact copies of stored documents, skipped
	Skipped    []ingestFailure // files a folder walk passed over, with why
	Failed     []ingestFailure
}

type ingestFailure struct{ Origin, Reason string }

func (s ingestSummary) total() int { return s.New + s.Exact + len(s.Failed) }

func (s ingestSummary) write(w io.Writer) {
	fmt.Fprintf(w, "ingest: %d new (%d near-copies), %d exact duplicates, %d skipped, %d failed\n",
		s.New, s.NearCopies, s.Exact, len(s.Skipped), len(s.Failed))
	for _, f := range s.Skipped {
		fmt.Fprintf(w, "  skipped: %s: %s\n", f.Origin, f.Reason)
	}
	for _, f := range s.Failed {
		fmt.Fprintf(w, "  failed: %s: %s\n", f.Origin, f.Reason)
	}
}

// ingester takes items from ingest.Walk to the store: it drops exact
// copies, extracts claims and signatures of a batch in parallel, then marks
// near-copies in input order, so copy_of always names the earliest copy
// whatever the parallelism, and stores the batch in one transaction. Not
// safe for concurrent use.
type ingester struct {
	st       *store.Store
	ix       *dedup.Index
	ex       *extract.Extractor
	log      *slog.Logger
	workers  int
	seen     map[string]bool // ids stored or queued in this run
	dropped  map[string]bool // ids indexed whose storing then failed
	batch    []*ingestJob
	batchLen int // bytes of text queued
	sum      ingestSummary
	progress func() // called once per item processed; may be nil
}

// ingestJob is one document on its way through extraction.
type ingestJob struct {
	item   ingest.Item
	sig    []uint64
	claims []model.Claim
	err    error
}

// Batches are flushed — extracted, then stored in one transaction — when
// they hold this many documents or bytes of text.
const (
	ingestBatchDocs  = 256
	ingestBatchBytes = 16 << 20
)

// newIngester rebuilds the near-copy index from the store's signatures.
func newIngester(ctx context.Context, st *store.Store, log *slog.Logger) (*ingester, error) {
	ix := dedup.NewIndex()
	sigs, err := st.Signatures(ctx)
	if err != nil {
		return nil, err
	}
	for id, sig := range sigs {
		ix.Add(id, sig)
	}
	return &ingester{
		st: st, ix: ix, log: log,
		workers: max(1, runtime.GOMAXPROCS(0)),
		seen:    make(map[string]bool),
		dropped: make(map[string]bool),
	}, nil
}

// extractor loads the extraction tables on first use: a run that finds
// nothing new (re-ingesting a folder, a quiet feed) never pays for them.
func (in *ingester) extractor(ctx context.Context) (*extract.Extractor, error) {
	if in.ex == nil {
		start := time.Now()
		gaz, err := loadGazetteer(ctx, in.st)
		if err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		in.ex = extract.New(gaz, actors.New())
		in.log.Debug("extraction tables loaded", slog.Duration("took", time.Since(start)))
	}
	return in.ex, nil
}

// run ingests paths (see ingest.Walk) and stores what it finds. It returns
// an error only when the whole run had to stop; failed inputs are in the
// summary. Reading and parsing (Walk) run in their own goroutine, ahead of
// extraction and storage; items keep Walk's order.
func (in *ingester) run(ctx context.Context, paths []string, stdin io.Reader, opts ingest.Options) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	items := make(chan ingest.Item, 64)
	walked := make(chan error, 1)
	go func() {
		defer close(items)
		walked <- ingest.Walk(ctx, paths, stdin, opts, func(it ingest.Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return context.Cause(ctx)
			}
		})
	}()
	var err error
	for it := range items {
		if err != nil {
			continue // drain until Walk sees the cancellation
		}
		if err = in.add(ctx, it); err != nil {
			cancel(err)
		}
	}
	walkErr := <-walked
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return walkErr // interrupted: the batch in hand cannot be stored
	}
	// What was read before a failed walk is still stored.
	if err := in.flush(ctx); err != nil && walkErr == nil {
		return err
	}
	return walkErr
}

// add takes one item from ingest.Walk. It returns an error only when the
// whole run must stop (the context is done, the store fails to answer).
func (in *ingester) add(ctx context.Context, it ingest.Item) error {
	if it.Err != nil {
		in.fail(it.Origin, it.Err)
		in.step()
		return nil
	}
	if it.Skipped != "" {
		in.sum.Skipped = append(in.sum.Skipped, ingestFailure{Origin: it.Origin, Reason: it.Skipped})
		return nil
	}
	id := it.Doc.ID
	if in.seen[id] {
		in.sum.Exact++
		in.step()
		return nil
	}
	ok, err := in.st.HasDocument(ctx, id)
	if err != nil {
		return err
	}
	if ok {
		in.sum.Exact++
		in.seen[id] = true
		in.step()
		return nil
	}
	in.seen[id] = true
	in.batch = append(in.batch, &ingestJob{item: it})
	in.batchLen += len(it.Doc.Text)
	if len(in.batch) >= ingestBatchDocs || in.batchLen >= ingestBatchBytes {
		return in.flush(ctx)
	}
	return nil
}

// flush extracts the queued documents in parallel and stores them in order.
func (in *ingester) flush(ctx context.Context) error {
	batch := in.batch
	in.batch, in.batchLen = nil, 0
	if len(batch) == 0 {
		return nil
	}
	ex, err := in.extractor(ctx)
	if err != nil {
		return err
	}
	jobs := make(chan *ingestJob)
	var wg sync.WaitGroup
	for range min(in.workers, len(batch)) {
		wg.Go(func() {
			for j := range jobs {
				analyse(ex, j, in.log)
			}
		})
	}
	for _, j := range batch {
		jobs <- j
	}
	close(jobs)
	wg.Wait()

	return in.store(ctx, batch)
}

// analyse computes a job's signature and claims. The extractor's tables are
// read-only, so jobs run in parallel; a panic fails the one document.
func analyse(ex *extract.Extractor, j *ingestJob, log *slog.Logger) {
	j.sig = dedup.Signature(j.item.Doc.Text)
	claims, warnings, err := safeExtract(ex, j.item.Doc)
	if err != nil {
		j.err = err
		log.Error("extraction panic", slog.String("origin", j.item.Origin), slog.Any("error", err))
		return
	}
	j.claims = claims
	j.item.Doc.Warnings = append(j.item.Doc.Warnings, warnings...)
}

// store marks the near-copies of a batch, in input order so that copy_of
// names the earliest copy even within the batch, and stores the batch in
// one transaction. A document that fails is reported; only a failure of
// the whole batch (the context is done, the database is broken) stops the
// run.
func (in *ingester) store(ctx context.Context, batch []*ingestJob) error {
	now := time.Now().UTC()
	docs := make([]store.NewDocument, 0, len(batch))
	jobs := make([]*ingestJob, 0, len(batch))
	for _, j := range batch {
		if j.err != nil {
			in.fail(j.item.Origin, j.err)
			in.step()
			continue
		}
		doc := j.item.Doc
		if id, sim, ok := in.ix.NearCopyOf(j.sig); ok && !in.dropped[id] {
			doc.CopyOf = id
			in.log.Debug("near-copy", slog.String("origin", j.item.Origin),
				slog.String("copy_of", id), slog.Float64("similarity", sim))
		}
		doc.IngestedAt = now
		// Indexed before the commit: a later document of this batch may be
		// a copy of this one.
		in.ix.Add(doc.ID, j.sig)
		docs = append(docs, store.NewDocument{Doc: doc, Raw: j.item.Raw, Sig: j.sig, Claims: j.claims})
		jobs = append(jobs, j)
	}
	errs, err := in.st.AddDocuments(ctx, docs)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	for i, j := range jobs {
		switch {
		case errors.Is(errs[i], store.ErrExists):
			in.sum.Exact++ // stored by another process meanwhile
		case errs[i] != nil:
			in.fail(j.item.Origin, errs[i])
			in.dropped[docs[i].Doc.ID] = true // a copy of it cannot point at it
			delete(in.seen, docs[i].Doc.ID)
		default:
			in.sum.New++
			if docs[i].Doc.CopyOf != "" {
				in.sum.NearCopies++
			}
			in.log.Debug("stored", slog.String("origin", j.item.Origin), slog.String("id", docs[i].Doc.ID),
				slog.Int("claims", len(j.claims)))
		}
		in.step()
	}
	return nil
}

func (in *ingester) fail(origin string, err error) {
	reason := err.Error()
	if ie, ok := errors.AsType[*ingest.InputError](err); ok {
		reason = ie.Err.Error() // the origin is printed beside it
	}
	in.sum.Failed = append(in.sum.Failed, ingestFailure{Origin: origin, Reason: reason})
	in.log.Debug("failed", slog.String("origin", origin), slog.String("reason", reason))
}

func (in *ingester) step() {
	if in.progress != nil {
		in.progress()
	}
}

// takeSummary returns the counts since the last call, and starts afresh.
func (in *ingester) takeSummary() ingestSummary {
	sum := in.sum
	in.sum = ingestSummary{}
	return sum
}

// ingestProgress draws a progress bar on a terminal once an ingest has
// lasted a second; elsewhere (pipes, files, tests) it draws nothing.
type ingestProgress struct {
	w     io.Writer
	tty   bool
	start time.Time
	n     int
	bar   *progressbar.ProgressBar
}

func newIngestProgress(w io.Writer) *ingestProgress {
	f, ok := w.(*os.File)
	return &ingestProgress{w: w, tty: ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

func (p *ingestProgress) step() {
	p.n++
	if !p.tty {
		return
	}
	if p.bar == nil {
		if time.Since(p.start) < time.Second {
			return
		}
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		p.bar.Add(p.n - 1)
	}
	p.bar.Add(1)
}

func (p *ingestProgress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

// byteSize is a flag value in bytes that accepts units ("20MB", "512KiB").
type byteSize int64

func (b *byteSize) String() string { return humanize.IBytes(uint64(*b)) }
func (b *byteSize) Type() string   { return "size" }

func (b *byteSize) Set(s string) error {
	n, err := humanize.ParseBytes(strings.TrimSpace(s))
	if err != nil || n == 0 || n > 1<<40 {
		return fmt.Errorf("%q is not a size such as 20MB or 1048576", s)
	}
	*b = byteSize(n)
	return nil
}
