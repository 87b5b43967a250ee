package kb

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
)

// Reading a large table row by row costs more in the driver than in
// SQLite: every row and every field is a call and a copy. The corpus-wide
// steps read their inputs instead as one string SQLite packs (packQuery):
// each field as its length in bytes, a colon and its bytes, the rows one
// after another. Fields are read back as slices of that string, in the
// order the query lists them. A row with a NULL field would be left out
// (group_concat skips NULL), so packed fields are NOT NULL columns or
// expressions over them.

// packQuery returns the SQL that packs the given fields of the rows of
// "FROM ..." (from) into one string. Each field is named once, so that a
// parameter in a field is bound once. A field written with a leading '#'
// is an integer column or expression: it is packed as its digits and a
// comma, which costs SQLite less than a length, and read with num.
func packQuery(from string, fields ...string) string {
	// Fields are joined with ||, not format(), which would cut a text at
	// a NUL byte.
	named, packs := make([]string, len(fields)), make([]string, len(fields))
	for i, f := range fields {
		c := "f" + strconv.Itoa(i)
		if e, ok := strings.CutPrefix(f, "#"); ok {
			named[i] = e + " AS " + c
			packs[i] = c + " || ','"
			continue
		}
		named[i] = f + " AS " + c
		packs[i] = "length(CAST(" + c + " AS BLOB)) || ':' || " + c
	}
	return "SELECT group_concat(" + strings.Join(packs, " || ") + ", '') FROM (SELECT " + strings.Join(named, ", ") + " " + from + ")"
}

var errPacked = errors.New("malformed packed rows")

// packed reads packed rows field by field; the first error sticks.
type packed struct {
	s   string
	err error
}

// readPacked runs a packQuery.
func readPacked(ctx context.Context, tx *sql.Tx, query string, args ...any) (*packed, error) {
	var s sql.NullString
	if err := tx.QueryRowContext(ctx, query, args...).Scan(&s); err != nil {
		return nil, err
	}
	return &packed{s: s.String}, nil
}

// more reports whether another row follows.
func (p *packed) more() bool { return p.err == nil && p.s != "" }

func (p *packed) text() string {
	if p.err != nil {
		return ""
	}
	i := strings.IndexByte(p.s, ':')
	n, err := strconv.Atoi(p.s[:max(i, 0)])
	if i < 0 || err != nil || n < 0 || n > len(p.s)-i-1 {
		p.err = errPacked
		return ""
	}
	v := p.s[i+1 : i+1+n]
	p.s = p.s[i+1+n:]
	return v
}

func (p *packed) int() int64 {
	t := p.text()
	if p.err != nil {
		return 0
	}
	v, err := strconv.ParseInt(t, 10, 64)
	if err != nil {
		p.err = errPacked
	}
	return v
}

// num reads an integer field packed with a leading '#' (see packQuery).
func (p *packed) num() int64 {
	if p.err != nil {
		return 0
	}
	i := strings.IndexByte(p.s, ',')
	if i < 0 {
		p.err = errPacked
		return 0
	}
	v, err := strconv.ParseInt(p.s[:i], 10, 64)
	if err != nil {
		p.err = errPacked
	}
	p.s = p.s[i+1:]
	return v
}
