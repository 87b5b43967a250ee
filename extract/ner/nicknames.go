package ner

import (
	"maps"
	"slices"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// openQuotes and closeQuotes hold a nickname inside a name.
var (
	openQuotes  = fixedSet(map[string]bool{`"`: true, "“": true, "'": true, "‘": true})
	closeQuotes = fixedSet(map[string]bool{`"`: true, "”": true, "'": true, "’": true})
)

// joinNicknames makes one person of a name with a nickname in quotation
// marks inside it: the tagger reads `Robert "Bobby" Keane Jr.` as
// "Robert" and misses the rest. A given name, the quoted nickname and a
// capitalised surname (with what the tagger found after it, whatever it
// typed it) become one mention.
//
// A nickname opens with a quotation mark, which few tokens are, so only
// the tokens before an opening mark are tried (see openQuoteTokens).
func joinNicknames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	next := 0 // the tokens before it are in a name joined already
	for _, q := range dt.openQuoteTokens() {
		i := q - 1
		if i < next || i+4 >= len(toks) {
			continue
		}
		if model.TagType(tags[i]) != model.TypePER || model.IsInside(tags[i+1]) {
			continue
		}
		if !capitalised(tokText(text, toks, i+2)) ||
			!inSet(closeQuotes, tokText(text, toks, i+3)) || !capitalised(tokText(text, toks, i+4)) {
			continue
		}
		if model.IsInside(tags[i+4]) {
			continue // the capitalised word ends a name of its own
		}
		end := i + 5
		for end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		for k := i + 1; k < end; k++ {
			setTag(tags, k, model.InsideTag(model.TypePER))
		}
		next = end
	}
}

// joinNicknamedSurnames makes one person of a given name the tagger took
// for something else, a quoted nickname and a surname it took for a
// person: `Declan "Dec" Fennelly`, with "Declan" read as a name of
// another kind, is one man (see joinNicknames for a given name read as a
// person's). The given name is a word of letters, not initials.
//
// Only the tokens before an opening mark are tried, as in joinNicknames.
func joinNicknamedSurnames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	next := 0 // the tokens before it are in a name joined already
	for _, q := range dt.openQuoteTokens() {
		i := q - 1
		if i < next || i+4 >= len(toks) {
			continue
		}
		if tags[i] == 0 || model.IsInside(tags[i]) || model.TagType(tags[i]) == model.TypePER || model.IsInside(tags[i+1]) ||
			!surnameShaped(tokText(text, toks, i)) {
			continue // initials ("C.J.") are left as they are
		}
		if !capitalised(tokText(text, toks, i+2)) ||
			!inSet(closeQuotes, tokText(text, toks, i+3)) || !nicknamedSurname(tags, i) || model.IsInside(tags[i+4]) {
			continue
		}
		end := i + 5
		for end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		retype(tags, span{start: i, end: end}, model.TypePER)
		next = end
	}
}

// nicknamedSurname reports whether the name after the quoted nickname at
// i+2 is a surname: the tagger took it for a person, or took the
// nickname for one and the surname for a name of any kind (`Jessica
// "Jess" Tull`, with "Tull" read as a thing).
func nicknamedSurname(tags []int, i int) bool {
	return model.TagType(tags[i+4]) == model.TypePER || model.TagType(tags[i+2]) == model.TypePER && tags[i+4] != 0
}

// openQuoteWords are the words of openQuotes.
var openQuoteWords = slices.Sorted(maps.Keys(openQuotes))

// openQuoteTokens returns the tokens that are words of openQuotes, in
// text order, found on first use: the rules that look for a nickname in
// quotation marks visit only these rather than every token. The slice must
// not be changed.
func (dt *docTags) openQuoteTokens() []int {
	if !dt.quotesKnown {
		lists := 0
		for _, w := range openQuoteWords {
			n := len(dt.quotes)
			dt.quotes = appendTokensOf(dt.quotes, dt.text, dt.toks, w)
			if len(dt.quotes) > n {
				lists++
			}
		}
		if lists > 1 {
			slices.Sort(dt.quotes) // merge the tokens of the marks
		}
		dt.quotesKnown = true
	}
	return dt.quotes
}
