package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// maxDatelineWords bounds the words of a dateline's place.
const maxDatelineWords = 4

// maxDatelineDate bounds the tokens of the date between a dateline's
// place and its dash: "KESSA, March 10 -".
const maxDatelineDate = 4

// datelinePlaces tags as a place the words in capitals that open a
// story's first line before a dash, with or without a date: "LOS ANGELES -
// A jury found ...", "KESSA, March 10 - Ilse Varga ...", with a news
// agency's initials in brackets ("BEIRUT (AP) -"), which name an
// organisation. A shouted
// headline ("SOCCER - JAPAN GET LATE WIN") goes on in capitals and is no
// dateline. Only the first such line counts: a story has one dateline,
// and later lines of that shape are labels of sections ("EUROBONDS -
// Primary market activity was ...").
func datelinePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, i := range dt.lineStarts() {
		e := i
		for e < len(toks) && e-i < maxDatelineWords && shouted(tokText(text, toks, e)) {
			e++
		}
		d := agencyAfter(text, toks, e)
		if e == i || !datelineDash(text, toks, d) {
			continue
		}
		if hasType(tags, i, e, model.TypeMISC) {
			return
		}
		retype(tags, span{i, e, model.TypeLOC}, model.TypeLOC)
		if d > e {
			setTag(tags, e, 0)
			setTag(tags, d-1, 0)
			retype(tags, span{e + 1, d - 1, model.TypeORG}, model.TypeORG)
		}
		if e < len(tags) && model.IsInside(tags[e]) {
			setTag(tags, e, model.BeginTag(model.TagType(tags[e])))
		}
		return
	}
}

// agencyAfter returns the token after a news agency's initials in
// brackets at i ("BEIRUT (AP) -"), i itself when none stands there.
func agencyAfter(text string, toks []tok.Token, i int) int {
	if i+2 < len(toks) && tokText(text, toks, i) == "(" && shouted(tokText(text, toks, i+1)) && tokText(text, toks, i+2) == ")" {
		return i + 3
	}
	return i
}

// datelineDash reports whether token i, after a dateline's place, is a
// dash, or a comma and a short date before one, and the story after it is
// written in mixed case.
func datelineDash(text string, toks []tok.Token, i int) bool {
	if i < len(toks) && tokText(text, toks, i) == "," {
		for k := i + 1; k < len(toks) && k <= i+maxDatelineDate && !isDash(tokText(text, toks, k)); k++ {
			i = k
		}
		i++
	}
	if i+1 >= len(toks) || !isDash(tokText(text, toks, i)) || lineBreakBefore(text, toks, i+1) {
		return false
	}
	return !shouted(tokText(text, toks, i+1)) && storyAfter(text, toks, i+1)
}

// minStoryWords is how many lower-case words the line after a dateline
// holds at least: a story's opening sentence, where a label before a dash
// ("NOTE - Apic Yamada Corp is a leading manufacturer") has a short note.
const minStoryWords = 8

// storyAfter reports whether the line from token i holds minStoryWords
// lower-case words or more.
func storyAfter(text string, toks []tok.Token, i int) bool {
	n := 0
	for k := i; k < len(toks) && (k == i || !lineBreakBefore(text, toks, k)); k++ {
		if model.PlainWord(tokText(text, toks, k)) {
			n++
		}
	}
	return n >= minStoryWords
}

// hasType reports whether a token of tags[i:e] is of type typ.
func hasType(tags []int, i, e, typ int) bool {
	for k := i; k < e; k++ {
		if tags[k] != 0 && model.TagType(tags[k]) == typ {
			return true
		}
	}
	return false
}

func isDash(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// shouted reports a word of two or more letters written all in capitals.
// The bytes are read one by one while they are ASCII, where the capitals
// are 'A' to 'Z': most words tested are capitalised words in lower case,
// settled at their second byte. A word with a byte that is not ASCII is
// read rune by rune from its start (see shoutedRunes).
func shouted(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return shoutedRunes(w)
		case 'A' <= c && c <= 'Z':
			n++
		case c == '.' || c == '\'':
		default:
			return false
		}
	}
	return n >= 2 && w[len(w)-1] != '\''
}

// shoutedRunes is shouted for any word.
func shoutedRunes(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return n >= 2 && !strings.HasSuffix(w, "'")
}

// personsOfPlaces makes a place of a one-word name tagged a person that
// the document also tags a place and puts in no person's longer name: the
// island "Kessa" of a dateline "KESSA (AP) -" is no person in "Volcano on
// Kessa spews ash", even beside a firm called "Avia Kessa".
func personsOfPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	if !hasOneWord(ss, model.TypePER) {
		return // only a one-word person is retyped
	}
	places, named := map[string]bool{}, map[string]bool{}
	var buf swar.WordBuf
	for _, s := range ss {
		switch {
		case s.typ == model.TypeLOC && s.end-s.start == 1:
			addLower(places, &buf, tokText(text, toks, s.start))
		case s.typ == model.TypePER && s.end-s.start > 1:
			for k := s.start; k < s.end; k++ {
				addLower(named, &buf, tokText(text, toks, k))
			}
		}
	}
	if len(places) == 0 {
		return
	}
	for _, s := range ss {
		if s.typ != model.TypePER || s.end-s.start != 1 {
			continue
		}
		if w := swar.LowerWord(&buf, tokText(text, toks, s.start)); places[w] && !named[w] {
			retype(tags, s, model.TypeLOC)
		}
	}
}
