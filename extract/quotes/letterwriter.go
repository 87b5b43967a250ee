package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// writtenNouns are the documents a sentence reports someone writing to
// someone else: "X wrote to the minister ... "...," the letter said".
var writtenNouns = wordSet(`letter email e-mail note memo`)

// letterWriter attributes what "the letter" says when the paragraph
// before the quote, or its own, reports someone who "wrote to" another:
// the words are the writer's, never the addressee's. The writer is the
// name just before "wrote"; with none there the quote stays unresolved.
// It reports false when no such sentence is found.
func (a *analysis) letterWriter(e *event, noun string) (*event, bool) {
	if !writtenNouns[noun] {
		return e, false
	}
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > e.span.Start })
	for wi = min(wi, len(a.wins)-1); wi >= 0 && a.wins[wi].para >= e.para-1; wi-- {
		w := &a.wins[wi]
		for k := len(w.toks) - 2; k >= 0; k-- {
			t := w.toks[k]
			if t.start >= e.span.Start || !t.is("wrote", "written") || !w.toks[k+1].is("to") {
				continue
			}
			if m, ok := writerBefore(w, k); ok {
				return a.mentionEvent(e, a.ments[m]), true
			}
			return e, true
		}
	}
	return e, false
}

// writerBefore returns the mention that ends just before token k of w
// (past an abbreviation in brackets and an auxiliary: "The Teachers'
// Union (TU) has written to"), or false.
func writerBefore(w *window, k int) (int, bool) {
	j := k - 1
	if j >= 0 && w.toks[j].is("has", "have", "had") {
		j--
	}
	if j >= 2 && w.toks[j].low == ")" && w.toks[j-2].low == "(" {
		j -= 3
	}
	if j < 0 || w.toks[j].ment < 0 {
		return 0, false
	}
	return w.toks[j].ment, true
}

// describedSubject finds, between the speaker c and pos, a sentence whose
// subject is a name set off by a description of a person and followed by
// a verb ("Lena, the Tarrow pupil who sat the paper twice, will now
// ..."): a pronoun after it may stand for that name rather than for c.
// A name the tagger did not take for a person's counts only when "who"
// opens a clause in its description: "the largest grain producer" may
// describe a town, "the pupil who" a person only.
func (a *analysis) describedSubject(c *event, pos int, pron string) (doc.Mention, bool) {
	from := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= c.span.End })
	var found doc.Mention
	ok := false
	for _, m := range a.ments[from:] {
		if m.Start >= pos {
			break
		}
		if oneLine(m.Name()) == c.name || a.quoted(m.Span) || !opensClause(a.text, m.Start) {
			continue
		}
		if m.Type == doc.Person {
			if g := nameGender(m.Name()); g != genderUnknown && g != pronounGender(pron) {
				continue
			}
		}
		if person, who := describedThenVerb(a.text[m.End:min(len(a.text), pos)]); person && (who || m.Type == doc.Person) {
			found, ok = m, true
		}
	}
	return found, ok
}

// describedThenVerb reports whether rest, the text after a name, sets off
// a description of a person that starts with an article and is followed
// by a finite verb: ", the Tarrow pupil who sat the paper twice, will".
// who reports whether "who" or "whose" opens a clause in the description.
func describedThenVerb(rest string) (person, who bool) {
	if end := strings.IndexAny(rest, ".!?\"“”"); end >= 0 {
		rest = rest[:end]
	}
	body, ok := strings.CutPrefix(rest, ", ")
	if !ok || !(strings.HasPrefix(body, "the ") || strings.HasPrefix(body, "a ") || strings.HasPrefix(body, "an ")) {
		return false, false
	}
	comma := strings.Index(body, ",")
	if comma < 0 {
		return false, false
	}
	desc := body[:comma]
	for _, rel := range []string{" who ", " whose "} {
		if i := strings.Index(desc, rel); i >= 0 {
			desc, who = desc[:i], true
		}
	}
	return describesPerson(desc) && verbFollows(body, comma+1), who
}
