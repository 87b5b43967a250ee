package main

import (
	"flag"
	"strings"
	"unicode"
)

// parseArgs parses the flags of a subcommand wherever they stand among
// its arguments and returns the other arguments in order: "bot ask
// '!quotes Brandt' --json" prints JSON as "bot ask --json '!quotes
// Brandt'" does. Only a word naming one of the subcommand's flags is
// read as a flag after the first argument, so a word of a query that
// merely opens with a dash ("-5%") stays part of it, while a mistyped
// "--flag" is refused as the flag package refuses it before the first
// argument; after "--" every word is an argument.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		i := 0
		for i < len(rest) && !namesFlag(fs, rest[i]) && !longFlag(rest[i]) {
			i++
		}
		if j := indexOf(rest[:i], "--"); j >= 0 {
			return append(append(pos, rest[:j]...), rest[j+1:]...), nil
		}
		pos = append(pos, rest[:i]...)
		if i == len(rest) {
			return pos, nil
		}
		args = rest[i:]
	}
}

// namesFlag reports whether arg is "-name", "--name" or "--name=value"
// for a flag defined in fs.
func namesFlag(fs *flag.FlagSet, arg string) bool {
	if len(arg) < 2 || arg[0] != '-' {
		return false
	}
	name := strings.TrimPrefix(arg[1:], "-")
	if i := strings.IndexByte(name, '='); i >= 0 {
		name = name[:i]
	}
	return name != "" && fs.Lookup(name) != nil
}

// indexOf returns the index of the first word w in words, or -1.
func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

// longFlag reports whether arg is written as a long flag: two dashes and
// a letter ("--jsn").
func longFlag(arg string) bool {
	return len(arg) > 2 && strings.HasPrefix(arg, "--") && unicode.IsLetter(rune(arg[2]))
}
