package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"
	"unicode/utf8"

	"newsbot/extract"
)

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the contract's JSON object")
	pub := fs.String("published", "", "publication date YYYY-MM-DD, to resolve relative dates")
	files, err := parseArgs(fs, args)
	if err != nil {
		return usageError{err.Error()}
	}
	if len(files) != 1 {
		return usageError{"extract: give one FILE, or - for standard input"}
	}
	var published time.Time
	if *pub != "" {
		t, err := time.Parse("2006-01-02", *pub)
		if err != nil {
			return usageError{fmt.Sprintf("extract: --published %q is not a date YYYY-MM-DD", *pub)}
		}
		published = t
	}
	var data []byte
	if name := files[0]; name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, 64<<20))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	if !utf8.Valid(data) {
		return fmt.Errorf("extract: %s is not UTF-8 text", files[0])
	}
	p, err := extract.New()
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	res := p.Run(string(data), published)
	out := res.Output()
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	for _, e := range out.Entities {
		fmt.Fprintf(stdout, "%-7s %5d-%-5d %s (%s)\n", e.Type, e.Start, e.End, e.Text, e.Canonical)
	}
	for _, t := range out.Times {
		fmt.Fprintf(stdout, "%-8s %5d-%-5d %s = %s\n", t.Type, t.Start, t.End, t.Text, t.Value)
	}
	for _, q := range out.Quotes {
		fmt.Fprintf(stdout, "QUOTE   %5d-%-5d %s: “%s”\n", q.Start, q.End, q.Speaker, q.Text)
	}
	return nil
}
