package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"newsbot/ingest"
	"newsbot/kb"
)

func runBuild(ctx context.Context, cfg config, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", cfg.DataDir, "folder of articles (sub-folders included)")
	db := fs.String("db", cfg.KBPath, "knowledge base file to write")
	full := fs.Bool("full", false, "extract every article again, ignoring the previous knowledge base")
	quiet := fs.Bool("quiet", false, "no progress output")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("build: unexpected argument %q", fs.Arg(0))}
	}
	log := newLogger(cfg, stderr)
	opts := kb.BuildOptions{DataDir: *data, DBPath: *db, Full: *full, Log: log,
		Limits: ingest.Limits{MaxFileBytes: int64(cfg.MaxFileMB) << 20, MaxFiles: cfg.MaxFiles}}
	if !*quiet {
		opts.Progress = progress(stderr, log)
	}
	rep, err := kb.Build(ctx, opts)
	if err != nil {
		return err
	}
	for _, p := range rep.Problems {
		fmt.Fprintln(stderr, p.String()) // each reason says whether the file was skipped
	}
	fmt.Fprintf(stdout, "built %s: %s\n", *db, rep.Summary())
	for _, l := range rep.Details() {
		fmt.Fprintln(stdout, "  "+l)
	}
	return nil
}

// progress reports build progress: a bar on a terminal, a log line every
// few seconds otherwise.
func progress(stderr io.Writer, log interface{ Info(string, ...any) }) func(int) {
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("articles"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
			progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
		return func(n int) { _ = bar.Set(n) }
	}
	last := time.Now()
	return func(n int) {
		if time.Since(last) >= 5*time.Second {
			last = time.Now()
			log.Info("building", "articles", n)
		}
	}
}
