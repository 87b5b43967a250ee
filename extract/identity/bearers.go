package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// lastNamed remembers, per surname, the person of the article named most
// recently and the one named before them, where they were named, and the
// titles each was named in full with.
type lastNamed struct {
	recent, rival map[string]namedAt
	titles        map[*articleEntity]map[string]bool
}

type namedAt struct {
	e    *articleEntity
	span doc.Span
}

// named records that e was named in full at span of text.
func (l *lastNamed) named(text, surname string, e *articleEntity, span doc.Span) {
	l.mentioned(surname, e, span)
	if t := titleBefore(text, span.Start); t != "" {
		if l.titles[e] == nil {
			l.titles[e] = map[string]bool{}
		}
		l.titles[e][t] = true
	}
}

// mentioned records that e was named at span, in full or by a surname
// that could only be theirs: they are the one being discussed.
func (l *lastNamed) mentioned(surname string, e *articleEntity, span doc.Span) {
	if l.recent == nil {
		l.recent, l.rival, l.titles = map[string]namedAt{}, map[string]namedAt{}, map[*articleEntity]map[string]bool{}
	}
	if r, ok := l.recent[surname]; ok && r.e != e {
		l.rival[surname] = r
	}
	l.recent[surname] = namedAt{e, span}
}

// bearer returns which of bearers a bare surname at span means: the only
// one named with the title in front of it ("Treasury Secretary Baker"
// after "Treasury Secretary James Baker" and "Chief of Staff Howard
// Baker"), else the one named in full most recently, unless another was
// named in the same sentence ("Donald Trump and Melania Trump arrived.
// Trump spoke."), when it is unclear and nil is returned.
func (l *lastNamed) bearer(text, surname string, bearers []*articleEntity, span doc.Span) *articleEntity {
	if t := titleBefore(text, span.Start); t != "" {
		var titled *articleEntity
		n := 0
		for _, e := range bearers {
			if l.titles[e][t] {
				titled, n = e, n+1
			}
		}
		if n == 1 {
			l.mentioned(surname, titled, span)
			return titled
		}
	}
	r, ok := l.recent[surname]
	if !ok || !containsEntity(bearers, r.e) {
		return nil
	}
	if q, ok := l.rival[surname]; ok && !sentenceBetween(text, q.span.End, r.span.Start) {
		return nil
	}
	l.mentioned(surname, r.e, span)
	return r.e
}

// titleBefore returns the last word of the title right in front of offset
// start of text, lower case: "secretary" of "Treasury Secretary", "staff"
// of "Chief of Staff"; or "". A courtesy title (Mr, Mrs) says too little
// to tell two people apart.
func titleBefore(text string, start int) string {
	if start <= 0 || start > len(text) {
		return ""
	}
	ws, we := wordBefore(text, start)
	if ws < 0 {
		return ""
	}
	w := text[ws:we]
	b := bare(w)
	if honorifics[b] || acronymSkips[b] {
		return ""
	}
	if isTitle(w) || isCapitalised(w) && (isRoleHead(w) || officeWords[b]) {
		return b
	}
	return ""
}

// sentenceBetween reports whether a sentence ends in text[from:to]: a
// full stop, question or exclamation mark, perhaps closing a quotation,
// before white space, or a blank line. A single line break is none: wire
// copy is wrapped mid-sentence. Without the text it cannot tell, and says
// no.
func sentenceBetween(text string, from, to int) bool {
	if from < 0 || to > len(text) || from >= to {
		return false
	}
	s := text[from:to]
	if strings.Contains(s, "\n\n") {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '?' && s[i] != '!' {
			continue
		}
		rest := strings.TrimLeft(s[i+1:], `"'’”)`)
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsSpace(r) {
			return true
		}
	}
	return false
}
