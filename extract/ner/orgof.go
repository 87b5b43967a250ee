package ner

import (
	"strings"
	"unicode/utf8"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// officeTitles are the titles of an office held at an organisation named
// "X of Place": "Bank of England Governor Andrew Bailey".
var officeTitles = fixedSet(map[string]bool{
	"governor": true, "deputy": true, "chief": true, "president": true, "chairman": true,
	"chairwoman": true, "chair": true, "director": true, "secretary": true, "commissioner": true,
	"chancellor": true, "vice": true, "head": true, "executive": true, "economist": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "ceo": true, "boss": true,
	"coach": true, "manager": true, "professor": true, "dean": true, "rector": true,
})

// orgsOfPlaces tags as one organisation the capitalised words the tagger
// left out, "of" and the place after them when an office's title follows:
// the tagger reads "Bank of England Governor Andrew Bailey" as the place
// "England" between two untagged words and a person.
func orgsOfPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.start < 2 || s.end >= len(tags) || tags[s.end] != 0 {
			continue
		}
		if tokText(text, toks, s.start-1) != "of" || tags[s.start-1] != 0 || !lowerIn(officeTitles, tokText(text, toks, s.end)) {
			continue
		}
		j := s.start - 1
		for j > 0 && s.start-1-j < maxNameWords && nameWordOf(text, toks, tags, j-1) && !lineBreakBefore(text, toks, j) {
			j--
		}
		if j == s.start-1 {
			continue
		}
		setTag(tags, j, model.BeginTag(model.TypeORG))
		for k := j + 1; k < s.end; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
	}
}

// splitOfficeHolders splits an organisation named "X of Place" that runs
// on over an office's title and a name into the organisation and the
// person: the tagger reads "Bank of Japan Governor Kazuo Ueda" as one
// organisation.
func splitOfficeHolders(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG {
			continue
		}
		t := officeTitleAfterOf(text, toks, s)
		if t < 0 {
			continue
		}
		setTag(tags, t, 0)
		setTag(tags, t+1, model.BeginTag(model.TypePER))
		for k := t + 2; k < s.end; k++ {
			setTag(tags, k, model.InsideTag(model.TypePER))
		}
	}
}

// officeTitleAfterOf returns the index of a capitalised office title in s
// that follows "of" and a name and comes before one to three capitalised
// words, or -1.
func officeTitleAfterOf(text string, toks []tok.Token, s span) int {
	of := -1
	for k := s.start + 1; k < s.end; k++ {
		w := tokText(text, toks, k)
		switch {
		case w == "of" && of < 0:
			of = k
		case of >= 0 && k > of+1 && capitalised(w) && lowerIn(officeTitles, w):
			rest := s.end - k - 1
			if rest < 1 || rest > maxNameWords || !allCapitalised(text, toks, k+1, s.end) {
				return -1
			}
			return k
		}
	}
	return -1
}

// allCapitalised reports whether every token of toks[i:j] is capitalised.
func allCapitalised(text string, toks []tok.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if !capitalised(tokText(text, toks, k)) {
			return false
		}
	}
	return true
}

// lineBreakBefore reports whether a line ends between token k-1 and k.
func lineBreakBefore(text string, toks []tok.Token, k int) bool {
	return hasLineBreak(text[toks[k-1].End:toks[k].Start])
}

// hasLineBreak reports whether s holds a line feed or a carriage return,
// as strings.ContainsAny(s, "\n\r") does, byte by byte: the gaps between
// tokens are short, and this runs for most of them.
func hasLineBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// nameWordOf reports an untagged capitalised word that can open the name
// of an organisation before "of": no title, opener or month ("Reserve
// Bank of Australia").
func nameWordOf(text string, toks []tok.Token, tags []int, i int) bool {
	w := tokText(text, toks, i)
	return tags[i] == 0 && capitalised(w) && plainLowered(w) && !lowerIn(titles, w) && !lowerIn(openers, w) &&
		!lowerIn(calendarWords, w)
}

// plainLowered reports whether w in lower case is a plain word, as
// model.PlainWord(strings.ToLower(w)) does, without building the
// lower-case form of a word in ASCII.
func plainLowered(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return model.PlainWord(strings.ToLower(w))
		}
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return w != ""
}

// ofBodyHeads end the first part of a body's name that goes on with "of"
// or "for" and a name: "the International Committee of the Red Cross",
// "the Court of Arbitration for Sport".
var ofBodyHeads = wordSet(`committee court council commission tribunal board agency institute federation
	association union arbitration`)

// maxOfWords bounds the untagged capitalised words after the link.
const maxOfWords = 3

// joinBodiesOf makes one organisation of an organisation whose name ends
// in a body's word, "of" or "for", maybe "the", and the organisation or
// the few capitalised words the tagger left out after them: it cuts "the
// International Committee of the Red Cross" in two, and "Court of
// Arbitration for Sport" at "for".
func joinBodiesOf(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeORG || s.end+1 >= len(toks) || tags[s.end] != 0 || !lowerIn(ofBodyHeads, tokText(text, toks, s.end-1)) {
			continue
		}
		if link := tokText(text, toks, s.end); link != "of" && link != "for" {
			continue
		}
		k := s.end + 1
		if tokText(text, toks, k) == "the" && tags[k] == 0 {
			k++
		}
		if k >= len(toks) || !capitalised(tokText(text, toks, k)) {
			continue
		}
		end := k
		switch {
		case tags[k] == model.BeginTag(model.TypeORG):
			end++
			for end < len(toks) && tags[end] == model.InsideTag(model.TypeORG) {
				end++
			}
		case tags[k] == 0:
			for end < len(toks) && end-k < maxOfWords && tags[end] == 0 && capitalised(tokText(text, toks, end)) && !lowerIn(calendarWords, tokText(text, toks, end)) {
				end++
			}
			if end == k || end < len(toks) && (tags[end] != 0 || capitalised(tokText(text, toks, end))) {
				continue
			}
		default:
			continue
		}
		retype(tags, span{s.start, end, model.TypeORG}, model.TypeORG)
	}
}
