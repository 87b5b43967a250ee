package quotes

import (
	"sort"
	"strings"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// gender is what a name or a pronoun says about a person's sex.
type gender = sex.Sex

const (
	genderUnknown = sex.Unknown
	genderMale    = sex.Male
	genderFemale  = sex.Female
)

var maleWords, femaleWords = sex.MaleWords, sex.FemaleWords

func nameGender(name string) gender    { return sex.Of(name) }
func pronounGender(pron string) gender { return sex.OfPronoun(pron) }

// clashes reports whether a pronoun cannot stand for the named person:
// both sexes are known and differ. The person's sex is what the article
// tells (see personSex): "Ms Marsh" is no he, whatever her given name.
func (a *analysis) clashes(pron, name string) bool {
	want := sex.OfReference(pron)
	g := a.personSex(name)
	return want != genderUnknown && g != genderUnknown && want != g
}

// afterClash resolves a pronoun whose nearest speaker is of the other sex
// ("Margaret Thatcher ... He told"). The pronoun then stands for the one
// other person named in its sentence or the sentence before, if their name
// fits it; with nobody else named there, the writer can only mean the
// speaker they just named, and slipped on the pronoun. Anything else stays
// unresolved: a guess between people is worse than no speaker. There is
// no slip to assume when the person was only the topic of a sentence, not
// reported speaking, or when their own clause has a pronoun of the other
// sex as its object ("Bielski pulled her from the car"): the person meant
// is then the last one named who fits.
//
// A reply is never the words of whoever it answers: in `"You knew, didn't
// you?" Ashdown asked. "No," she replied.` she is the witness, not a slip
// for Ashdown, so the pronoun goes back to the last person it fits.
func (a *analysis) afterClash(e, c *event, pron string) *event {
	reply := a.answers(e)
	named := false
	seen := map[string]bool{}
	var others []doc.Mention
	for _, m := range a.localPeople(e.pos) {
		key := oneLine(m.Name())
		switch {
		case key == c.name:
			named = true
		case !seen[key]:
			seen[key] = true
			others = append(others, m)
		}
	}
	if len(others) > 1 {
		if m, ok := a.personAsked(c, pron); ok {
			return a.mentionEvent(e, m) // "Berg asked Ms Lenz ... “No,” she said"
		}
	}
	switch {
	case len(others) == 1 && a.personSex(others[0].Name()) == pronounGender(pron):
		return a.mentionEvent(e, others[0])
	case len(others) == 1 && !named && a.soleOtherFits(e, others[0], pron):
		// "... she said. For Ana Ruiz, whose son fell ill, it is a
		// relief. "...," he said": the one other person named is meant.
		return a.mentionEvent(e, others[0])
	case len(others) == 0 && named && a.spoke(c) && !a.objectOfSex(c, pron) && !reply:
		e.name, e.typ, e.resolved = c.name, c.typ, true
	case (!named || !a.spoke(c) || a.objectOfSex(c, pron) || reply) && a.noneFits(others, pron):
		// Nobody named nearby can be meant: the last person named
		// before, if the pronoun fits them and nobody whose sex is
		// unknown came between ("Ellison-Hart left school at 15 ...
		// Her son, Peter Hart, said ... \"I wrote ...,\" she told an
		// interviewer").
		if m, ok := a.lastFitting(e.pos, c.name, pron); ok {
			return a.mentionEvent(e, m)
		}
	}
	return e
}

// replyVerbs say that words answer someone else's.
var replyVerbs = wordSet(`replied replies answered answers responded responds retorted retorts`)

// answers reports whether the pronoun subject e answers the quote before
// it: its verb is one of replying ("she replied", "he answered"), or it
// speaks right after a question quoted in the sentence before or its own
// ("Was it true?" Lee asked. "No," she said.).
func (a *analysis) answers(e *event) bool {
	rest := strings.TrimLeft(a.text[e.span.End:min(len(a.text), e.span.End+40)], " ")
	if replyVerbs[strings.ToLower(strings.TrimRightFunc(firstWord(rest), func(r rune) bool { return !unicode.IsLetter(r) }))] {
		return true
	}
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > e.pos })
	if wi >= len(a.wins) {
		return false
	}
	lo := a.wins[wi].start
	if wi > 0 && a.wins[wi-1].para == a.wins[wi].para {
		lo = a.wins[wi-1].start
	}
	// The quote before the one the pronoun attributes: the last to close
	// before the pronoun's own window, or before the pronoun when its
	// quote follows it.
	var prev *quoteSeg
	for k := range a.segs {
		s := &a.segs[k]
		if s.open < lo || s.closeEnd > e.pos {
			continue
		}
		if s.win == wi && s.closeEnd <= e.pos && s.open >= a.wins[wi].start {
			continue // the quote the pronoun attributes
		}
		prev = s
	}
	return prev != nil && prev.content.End > prev.content.Start && a.text[prev.content.End-1] == '?'
}

// firstWord returns the leading run of s up to a space.
func firstWord(s string) string {
	if i := strings.IndexAny(s, " \n\t"); i >= 0 {
		return s[:i]
	}
	return s
}

// spoke reports whether the person of c is reported speaking where c
// names them, not only the topic of the sentence.
func (a *analysis) spoke(c *event) bool {
	for _, x := range a.eventsIn(c.pos, c.pos+1) {
		if !x.topic && x.name == c.name {
			return true
		}
	}
	return false
}

// noneFits reports whether every one of people is known to be of the
// other sex than the pronoun.
func (a *analysis) noneFits(people []doc.Mention, pron string) bool {
	for _, m := range people {
		if g := a.personSex(m.Name()); g == genderUnknown || g == pronounGender(pron) {
			return false
		}
	}
	return true
}

// lookBack bounds how far back lastFitting looks for the person a
// pronoun stands for.
const lookBack = 1500

// lastFitting returns the last person named before pos, within lookBack
// bytes and other than the speaker skip, whose name fits the pronoun. A
// person in between whose sex the name does not tell stops the search.
func (a *analysis) lastFitting(pos int, skip, pron string) (doc.Mention, bool) {
	want := pronounGender(pron)
	if want == genderUnknown {
		return doc.Mention{}, false
	}
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= pos })
	for i--; i >= 0 && a.ments[i].Start >= pos-lookBack; i-- {
		m := a.ments[i]
		if m.Type != doc.Person || oneLine(m.Name()) == skip {
			continue
		}
		switch a.personSex(m.Name()) {
		case want:
			return m, true
		case genderUnknown:
			return doc.Mention{}, false
		}
	}
	return doc.Mention{}, false
}

// sexNouns fix the sex of the person named right after them: "the
// actress Kara Lind", "businesswoman Mary Tate". Nouns used for either
// sex ("actor", "chairman") are left out.
var sexNouns = map[string]gender{
	"actress": genderFemale, "businesswoman": genderFemale, "sportswoman": genderFemale,
	"woman": genderFemale, "wife": genderFemale, "mother": genderFemale, "daughter": genderFemale,
	"sister": genderFemale, "widow": genderFemale, "grandmother": genderFemale, "girl": genderFemale,
	"businessman": genderMale, "sportsman": genderMale, "man": genderMale, "husband": genderMale,
	"father": genderMale, "son": genderMale, "brother": genderMale, "widower": genderMale,
	"grandfather": genderMale, "boy": genderMale,
}

// personSex is what the article tells of a person's sex: their given name
// or, when it tells nothing ("Kara Lind"), a title or a noun of one sex
// the article writes right before any of their mentions ("Ms Lind", "the
// actress Kara Lind"). Mentions that disagree tell nothing.
func (a *analysis) personSex(name string) gender {
	if g := nameGender(name); g != genderUnknown {
		return g
	}
	if a.sexes == nil {
		a.sexes = a.learnSexes()
	}
	return a.sexes[oneLine(name)]
}

// learnSexes reads, for every person named, the sex a title or noun
// right before a mention fixes.
func (a *analysis) learnSexes() map[string]gender {
	out := map[string]gender{}
	clash := map[string]bool{}
	for _, m := range a.ments {
		if m.Type != doc.Person {
			continue
		}
		before := strings.TrimRight(a.text[max(0, m.Start-30):m.Start], " ")
		w := strings.ToLower(before[strings.LastIndexAny(before, " \n\t\"“(")+1:])
		g := sex.OfTitle(w)
		if g == genderUnknown {
			g = sexNouns[w]
		}
		kin := false
		if g == genderUnknown {
			g, kin = kinSex(a.text[max(0, m.Start-40):m.Start])
		}
		if g == genderUnknown {
			continue
		}
		key := oneLine(m.Name())
		if !strings.Contains(key, " ") && !kin {
			// A surname alone may be a couple's: "President Reagan ...
			// Mrs Reagan" name two people.
			continue
		}
		if old, ok := out[key]; ok && old != g {
			clash[key] = true
		}
		out[key] = g
	}
	for _, v := range a.sexVotes() {
		if old, ok := out[v.name]; ok && old != v.sex {
			clash[v.name] = true
		}
		out[v.name] = v.sex
	}
	for k := range clash {
		delete(out, k)
	}
	return out
}

// sexVote is what one sentence tells of a person's sex.
type sexVote struct {
	name string
	sex  gender
}

// ownPronouns are the pronouns by which a sentence about one person refers
// back to them.
var ownPronouns = wordSet(`he his him himself she her hers herself`)

// sexVotes reads the sex of a person from the sentences that open with
// their name, name nobody else and refer back with pronouns of one sex
// only ("Marsh, 47, grew up two miles from the dunes where her festival
// was to take place"). Words inside quotes are not read.
func (a *analysis) sexVotes() []sexVote {
	var out []sexVote
	for wi := range a.wins {
		w := &a.wins[wi]
		if w.firstWord >= len(w.toks) {
			continue
		}
		first := w.toks[w.firstWord].ment
		if first < 0 || a.ments[first].Type != doc.Person {
			continue
		}
		name := oneLine(a.ments[first].Name())
		g, ok := a.ownSex(w, name)
		if h, hok := a.quoteAfterSex(wi, name); hok && (!ok || h == g) {
			g, ok = h, true
		} else if hok {
			ok = false
		}
		if h, hok := a.possessiveAfterSex(wi, name); hok && (!ok || h == g) {
			g, ok = h, true
		} else if hok {
			ok = false
		}
		if ok {
			out = append(out, sexVote{name, g})
		}
	}
	return out
}

// quoteAfterSex reads the sex of the pronoun that attributes a quote
// opening the sentence after window wi in its paragraph, when that
// sentence names nobody but name: in "Ekdahl told the paper that the data
// had changed. "We now measure it," she added." she is Ekdahl.
func (a *analysis) quoteAfterSex(wi int, name string) (gender, bool) {
	if wi+1 >= len(a.wins) || a.wins[wi+1].para != a.wins[wi].para {
		return genderUnknown, false
	}
	next := &a.wins[wi+1]
	if next.firstWord >= len(next.toks) || next.toks[next.firstWord].kind != tkQuote {
		return genderUnknown, false
	}
	return a.ownSex(next, name)
}

// possessiveAfterSex reads the sex of the possessive pronoun opening the
// sentence after window wi in its paragraph, when window wi names nobody
// but name: in "Rhona runs the stall. Her son, Kit, helps at weekends."
// her is Rhona.
func (a *analysis) possessiveAfterSex(wi int, name string) (gender, bool) {
	if wi+1 >= len(a.wins) || a.wins[wi+1].para != a.wins[wi].para {
		return genderUnknown, false
	}
	if !a.namesOnly(&a.wins[wi], name) {
		return genderUnknown, false
	}
	next := &a.wins[wi+1]
	if next.firstWord >= len(next.toks) {
		return genderUnknown, false
	}
	t := next.toks[next.firstWord]
	if t.kind != tkWord || !t.is("his", "her") {
		return genderUnknown, false
	}
	return sex.OfReference(t.low), true
}

// namesOnly reports whether the only person window w names outside quotes
// is name.
func (a *analysis) namesOnly(w *window, name string) bool {
	for _, t := range w.toks {
		if t.ment >= 0 {
			if m := a.ments[t.ment]; m.Type == doc.Person && oneLine(m.Name()) != name && !a.quoted(m.Span) {
				return false
			}
		}
	}
	return true
}

// ownSex returns the one sex of the pronouns in window w when the only
// person the window names is name.
func (a *analysis) ownSex(w *window, name string) (gender, bool) {
	g := genderUnknown
	for _, t := range w.toks {
		if t.ment >= 0 {
			if m := a.ments[t.ment]; m.Type == doc.Person && oneLine(m.Name()) != name && !a.quoted(m.Span) {
				return genderUnknown, false
			}
			continue
		}
		if t.kind != tkWord || !ownPronouns[t.low] {
			continue
		}
		r := sex.OfReference(t.low)
		if g != genderUnknown && r != g {
			return genderUnknown, false
		}
		g = r
	}
	return g, g != genderUnknown
}

// localPeople returns the people named, in order, in the sentence before
// pos and in pos's own sentence up to pos.
func (a *analysis) localPeople(pos int) []doc.Mention {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > pos })
	if wi >= len(a.wins) {
		return nil
	}
	lo := a.wins[wi].start
	if wi > 0 && a.wins[wi-1].para >= a.wins[wi].para-1 {
		lo = a.wins[wi-1].start
	}
	var out []doc.Mention
	for _, m := range a.ments {
		if m.Start >= lo && m.Start < pos && m.Type == doc.Person {
			out = append(out, m)
		}
	}
	return out
}

// soleOtherFits reports whether m, the one person other than the speaker
// the pronoun clashes with named in the pronoun's sentence or the one
// before, may be who the pronoun means: their sex is unknown, not the
// other one, the sentence naming them is about them ("For Ana Ruiz, whose
// son fell ill, it is a relief"), and it is in the paragraph right before
// the pronoun's or in its own.
func (a *analysis) soleOtherFits(e *event, m doc.Mention, pron string) bool {
	if a.personSex(m.Name()) != genderUnknown || pronounGender(pron) == genderUnknown || a.quoted(m.Span) ||
		!frontedFor(a.text, m.Start) {
		return false
	}
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > m.Start })
	return wi < len(a.wins) && a.wins[wi].para >= e.para-1
}

// pronounOfOtherSex reports whether speaker c was itself written as a
// pronoun of the other sex than pron: after `"...," she said` a "he"
// is someone else, whatever her name tells.
func (a *analysis) pronounOfOtherSex(c *event, pron string) bool {
	if c.span.Start < 0 || c.span.End > len(a.text) || c.span.Len() > len("she") {
		return false
	}
	w := strings.ToLower(a.text[c.span.Start:c.span.End])
	if !ownPronouns[w] {
		return false
	}
	want, g := pronounGender(pron), sex.OfReference(w)
	return want != genderUnknown && g != genderUnknown && want != g
}

// frontedFor reports whether the name at offset start opens its
// paragraph after "For" or "As for", which make the person the topic of
// the sentence.
func frontedFor(text string, start int) bool {
	line := text[strings.LastIndexByte(text[:start], '\n')+1 : start]
	return line == "For " || line == "As for "
}
