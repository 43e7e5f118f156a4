package cli

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/spf13/cobra"
)

// minWatchEvery keeps watch from hammering a feed.
const minWatchEvery = 10 * time.Second

// newWatchCommand polls feeds and ingests new items until stopped.
func newWatchCommand(a *app) *cobra.Command {
	var (
		flags ingestFlags
		every time.Duration
	)
	cmd := &cobra.Command{
		Use:   "watch FEED_URL...",
		Short: "Poll feeds and ingest new items until stopped",
		Long: `watch fetches each feed (RSS or Atom) or page now and then every --every,
ingests the items not stored yet exactly as ingest does, rebuilds the
incidents when something new arrived, and prints one summary line per poll
to stderr. A feed that fails is reported and retried at the next poll.
Ctrl-C (or SIGTERM) stops it cleanly between documents.`,
		Example: `  crosscheck watch --every 15m https://example.org/iraq/feed.xml`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if every < minWatchEvery {
				return &exitError{code: 2, err: fmt.Errorf("--every %s is too short: at least %s", every, minWatchEvery)}
			}
			for _, arg := range args {
				if u, err := url.Parse(arg); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
					return &exitError{code: 2, err: fmt.Errorf("watch: %q is not an http(s) URL", arg)}
				}
			}
			ctx := cmd.Context()
			st, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			in, err := newIngester(ctx, st, a.log)
			if err != nil {
				return err
			}
			opts := flags.options()
			return watch(ctx, every, func(ctx context.Context) error {
				err := in.run(ctx, args, nil, opts)
				if ctx.Err() != nil {
					return nil // stopping: the next check of ctx ends the loop
				}
				if err != nil {
					return err
				}
				poll := in.takeSummary()
				fmt.Fprintf(a.stderr, "%s ", time.Now().Format(time.DateTime))
				poll.write(a.stderr)
				if err := rebuildIfStale(ctx, st, a.log); err != nil && ctx.Err() == nil {
					return err
				}
				return nil // interrupted: the next ingest or watch rebuilds them
			})
		},
	}
	flags.register(cmd)
	cmd.Flags().DurationVar(&every, "every", 15*time.Minute, "time between polls")
	return cmd
}

// watch calls poll now and then every interval until ctx is done, which
// is a clean stop (nil). An error from poll stops it.
func watch(ctx context.Context, every time.Duration, poll func(context.Context) error) error {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := poll(ctx); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
