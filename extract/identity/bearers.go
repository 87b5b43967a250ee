package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// lastNamed remembers, per surname, the person of the article named most
// recently and the one named before them, where they were named, and the
// titles each was named in full with.
type lastNamed struct {
	recent, rival map[string]namedAt
	titles        map[*articleEntity]map[string]bool
	first         map[string]*articleEntity   // per surname, the bearer named first
	times         map[*articleEntity]int      // how often each bearer was named
	intro         map[*articleEntity]doc.Span // where each bearer was first named in full
}

type namedAt struct {
	e    *articleEntity
	span doc.Span
}

// named records that e was named in full at span of text.
func (l *lastNamed) named(text, surname string, e *articleEntity, span doc.Span) {
	l.mentioned(surname, e, span)
	if _, ok := l.intro[e]; !ok {
		l.intro[e] = span
	}
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
		l.first, l.times = map[string]*articleEntity{}, map[*articleEntity]int{}
		l.intro = map[*articleEntity]doc.Span{}
	}
	if l.first[surname] == nil {
		l.first[surname] = e
	}
	l.times[e]++
	if r, ok := l.recent[surname]; ok && r.e != e {
		l.rival[surname] = r
	}
	l.recent[surname] = namedAt{e, span}
}

// bearer returns which of bearers a bare surname at span means: the only
// one named with the title in front of it ("Treasury Secretary Baker"
// after "Treasury Secretary James Baker" and "Chief of Staff Howard
// Baker"); the one bearer its sentence does not deny being, when it
// denies being the one with a title ("Alvarez, who is not related to the
// fire chief"); else the story's subject, named first and more than once,
// when the one named most recently was named only once; else the one named
// most recently, unless another was named in the same sentence ("Donald
// Trump and Melania Trump arrived. Trump spoke."), when it is unclear and
// nil is returned.
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
	// "Alvarez, who is not related to the fire chief": the other one.
	if e := l.notTheTitled(text, span, bearers); e != nil {
		l.mentioned(surname, e, span)
		return e
	}
	// "Mrs Okafor" after "James Okafor" and "Mary Okafor": the
	// honorific tells them apart.
	if e := byHonorific(text, span.Start, bearers); e != nil {
		l.mentioned(surname, e, span)
		return e
	}
	r, ok := l.recent[surname]
	if !ok || !containsEntity(bearers, r.e) {
		return nil
	}
	// A relative named once in passing ("His daughter, Louise Keane,
	// said") does not take over the surname from the story's subject,
	// named first and more often, nor does one named inside another's
	// sentence ("her narrow victory over Emeka Okonjo"); someone the story
	// introduces in their own right, opening a sentence ("Erik Thorne,
	// founder of Thorne Robotics, said"), does.
	if f := l.first[surname]; f != nil && f != r.e && containsEntity(bearers, f) {
		e := bySex(text, span.End, f, r.e)
		if intro, ok := l.intro[r.e]; e == nil && l.times[r.e] == 1 && l.times[f] > 1 && ok && (namedInPassing(text, intro) || !introducedAlone(text, intro.Start)) {
			e = f
		}
		if e == nil && l.kinOfLead(text, f, r.e) {
			e = f
		}
		if e == nil && l.times[f] >= l.times[r.e] && l.leads(f) && listedAsKin(text, r.e.name, span.Start) {
			e = f
		}
		if e != nil {
			l.mentioned(surname, e, span)
			return e
		}
	}
	if q, ok := l.rival[surname]; ok && !sentenceBetween(text, q.span.End, r.span.Start) {
		return nil
	}
	l.mentioned(surname, r.e, span)
	return r.e
}

// kinOfLead reports whether rel, named once, was introduced by their tie
// to someone ("his daughter Rhiannon Tremaine") after lead, the first
// person the article names in full: the story's subject keeps a shared
// surname even when named in full only once before ("Sir Alun Tremaine
// has died … his daughter Rhiannon Tremaine said … Tremaine, who was
// knighted in 2004"), as a relative is not called by the surname alone.
func (l *lastNamed) kinOfLead(text string, lead, rel *articleEntity) bool {
	intro, ok := l.intro[rel]
	first, okLead := l.intro[lead]
	if !ok || !okLead || l.times[rel] != 1 || !namedInPassing(text, intro) {
		return false
	}
	for _, sp := range l.intro {
		if sp.Start < first.Start {
			return false
		}
	}
	return true
}

// leads reports whether e is the first person the article names in full.
func (l *lastNamed) leads(e *articleEntity) bool {
	first, ok := l.intro[e]
	if !ok {
		return false
	}
	for _, sp := range l.intro {
		if sp.Start < first.Start {
			return false
		}
	}
	return true
}

// byHonorific returns the one bearer whose given name is of the sex the
// title right before offset start fixes ("Mrs Okafor"), if there is one.
func byHonorific(text string, start int, bearers []*articleEntity) *articleEntity {
	ws, we := wordBefore(text, start)
	if ws < 0 {
		return nil
	}
	s := sex.OfTitle(bare(text[ws:we]))
	if s == sex.Unknown {
		return nil
	}
	var fit *articleEntity
	for _, e := range bearers {
		if sex.Of(e.name) != s {
			continue
		}
		if fit != nil {
			return nil
		}
		fit = e
	}
	return fit
}

// HonorificFits reports whether a name typed with a title ("Mrs Okafor")
// may be the person named: false only when the title's sex and the given
// name's are both known and differ ("James Okafor").
func HonorificFits(query, name string) bool {
	f := strings.Fields(query)
	return len(f) < 2 || !sex.Contradicts(sex.OfTitle(bare(f[0])), name)
}

// bySex returns which of a and b the rest of the sentence after offset
// from is about, by the first word in it that tells a sex (sex.OfReference),
// when only one of them has a given name of that sex; else nil.
func bySex(text string, from int, a, b *articleEntity) *articleEntity {
	end := min(len(text), from+200)
	for i := from; i < end; {
		for i < end && !unicode.IsLetter(rune(text[i])) {
			if c := text[i]; (c == '.' || c == '?' || c == '!') && i+1 < len(text) && text[i+1] == ' ' {
				return nil
			}
			i++
		}
		j := i
		for j < end && unicode.IsLetter(rune(text[j])) {
			j++
		}
		if s := sex.OfReference(strings.ToLower(text[i:j])); s != sex.Unknown {
			ca, cb := sex.Contradicts(s, a.name), sex.Contradicts(s, b.name)
			switch {
			case ca && !cb:
				return b
			case cb && !ca:
				return a
			}
			return nil
		}
		i = j
	}
	return nil
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

// passingKin are the words that introduce a person by their tie to
// another: the story's subject's relatives and acquaintances.
var passingKin = map[string]bool{
	"wife": true, "husband": true, "widow": true, "widower": true, "son": true, "daughter": true, "mother": true,
	"father": true, "brother": true, "sister": true, "cousin": true, "nephew": true, "niece": true, "uncle": true,
	"aunt": true, "grandson": true, "granddaughter": true, "grandmother": true, "grandfather": true, "child": true,
	"stepson": true, "stepdaughter": true, "partner": true, "fiancee": true, "fiancée": true, "fiance": true, "fiancé": true,
	"friend": true, "neighbour": true, "neighbor": true, "sibling": true, "parent": true, "spouse": true,
}

// namedInPassing reports whether the name at span follows a word for a
// relative or an acquaintance, with or without a comma between ("His
// daughter, Louise Keane"; "her husband Tom Keane").
func namedInPassing(text string, span doc.Span) bool {
	i := max(0, min(span.Start, len(text)))
	i = len(strings.TrimRightFunc(text[:i], unicode.IsSpace))
	if i > 0 && text[i-1] == ',' {
		i = len(strings.TrimRightFunc(text[:i-1], unicode.IsSpace))
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return passingKin[strings.ToLower(text[j:i])]
}

// introducedAlone reports whether a name at offset start opens its
// sentence or line, after at most a conjunction ("But Erik Thorne said")
// or a short opening phrase ("As of Wednesday evening, Lazaro Gonzalez").
func introducedAlone(text string, start int) bool {
	before := strings.TrimRightFunc(text[:max(0, min(start, len(text)))], unicode.IsSpace)
	for _, w := range []string{"But", "And", "Then", "Meanwhile"} {
		if b, ok := strings.CutSuffix(before, w); ok && (b == "" || !unicode.IsLetter(lastRune(b))) {
			before = b
			break
		}
	}
	if opensSentence(before) || strings.HasSuffix(before, ":") {
		return true
	}
	// After a short opening phrase and its comma: "As of Wednesday
	// evening, Lazaro Gonzalez, the boy's great-uncle, …".
	if !strings.HasSuffix(before, ",") {
		return false
	}
	lead := before[strings.LastIndexAny(before, ".!?\n")+1:]
	return len(strings.Fields(lead)) <= 5
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
