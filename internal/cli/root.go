// Package cli wires crosscheck's commands (one file each) to the pipeline
// packages. It owns flags, output formats and exit codes; no pipeline logic.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// app carries what every command needs: resolved global flags and the
// streams to write to. Commands receive it explicitly; there is no global
// state.
type app struct {
	dbPath  string
	verbose bool
	stdout  io.Writer
	stderr  io.Writer
	stdin   io.Reader
	log     *slog.Logger
}

// exitError carries a specific exit code out of a command.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Execute runs the command line and returns the process exit code.
func Execute() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr, stdin: stdin}
	root := newRootCommand(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(stderr, "crosscheck:", err)
		var ee *exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		return 1
	}
	return 0
}

func newRootCommand(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "crosscheck",
		Short: "Reconcile conflicting reports of strikes, claim by claim",
		Long: `crosscheck ingests reports of strikes (articles, official releases, NGO notes),
extracts every attributed claim, links the reports about one incident, and shows
where sources agree and contradict each other, each figure traced to its sentence.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			level := slog.LevelWarn
			if a.verbose {
				level = slog.LevelDebug
			}
			a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
			if !cmd.Flags().Changed("db") {
				if env := os.Getenv("CROSSCHECK_DB"); env != "" {
					a.dbPath = env
				}
			}
			return nil
		},
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", "crosscheck.db",
		"database: a SQLite file path ($CROSSCHECK_DB); postgres:// URLs are not yet supported")
	root.PersistentFlags().BoolVarP(&a.verbose, "verbose", "v", false, "log debug detail to stderr")
	for _, add := range commands {
		root.AddCommand(add(a))
	}
	return root
}

// commands lists the constructors of the sub-commands, one file each.
var commands = []func(*app) *cobra.Command{
	newIngestCommand,
	newWatchCommand,
	newDocumentsCommand,
	newDocumentCommand,
	newExtractCommand,
	newIncidentsCommand,
	newShowCommand,
	newReassessCommand,
	newGazetteerCommand,
}
