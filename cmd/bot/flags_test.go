package main

import (
	"flag"
	"io"
	"reflect"
	"testing"
)

func TestFlagsAreReadWhereverTheyStand(t *testing.T) {
	tests := []struct {
		name string
		args []string
		json bool
		db   string
		rest []string
	}{
		{"flags before the command", []string{"--db", "x.sqlite", "--json", "!who Brandt"}, true, "x.sqlite", []string{"!who Brandt"}},
		{"flags after the command", []string{"!quotes Helena Brandt", "--json"}, true, "kb.sqlite", []string{"!quotes Helena Brandt"}},
		{"flags on both sides", []string{"--db", "x.sqlite", "!who", "Brandt", "-json"}, true, "x.sqlite", []string{"!who", "Brandt"}},
		{"a flag with its value after the command", []string{"!sources", "--db=y.sqlite"}, false, "y.sqlite", []string{"!sources"}},
		{"a word opening with a dash stays in the command", []string{"!search", "-5%", "rise"}, false, "kb.sqlite", []string{"!search", "-5%", "rise"}},
		{"after -- every word is the command", []string{"--", "!search", "--json"}, false, "kb.sqlite", []string{"!search", "--json"}},
		{"after a later -- every word is the command", []string{"!search", "--", "--json"}, false, "kb.sqlite", []string{"!search", "--json"}},
		{"no command", []string{"--json"}, true, "kb.sqlite", nil},
		{"a dash inside a word is no flag", []string{"!who", "Jean-Luc", "-", "x"}, false, "kb.sqlite", []string{"!who", "Jean-Luc", "-", "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := flag.NewFlagSet("ask", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			db := fs.String("db", "kb.sqlite", "")
			asJSON := fs.Bool("json", false, "")
			rest, err := parseArgs(fs, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if *asJSON != tt.json || *db != tt.db || !reflect.DeepEqual(rest, tt.rest) {
				t.Errorf("json %v db %q rest %q, want %v %q %q", *asJSON, *db, rest, tt.json, tt.db, tt.rest)
			}
		})
	}
}
