package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxListItemWords bounds a list item read as a noun phrase.
const maxListItemWords = 24

// withListItemSubject adds to names, the participants of the clause sum
// cut from sentence s at an "and", the person the pronoun opening the
// sentence stands for when the clause is no clause of its own but the
// next item of the list the sentence opens, a noun phrase with no verb: "His
// posts include envoy to Geneva, from 2004 to 2011, and Norland's
// delegate to the UN, from 2011 to 2018" lists the delegate's post as
// his.
func withListItemSubject(p pronouns, s doc.Sentence, sum doc.Span, names []string) []string {
	if sum.Start <= s.Start || sum.End > len(p.text) || !strings.HasSuffix(p.text[s.Start:sum.Start], " and ") {
		return names
	}
	words := strings.Fields(p.text[sum.Start:sum.End])
	if len(words) > maxListItemWords || !verbless(words) || hasPastVerb(words) {
		return names
	}
	head := doc.Span{Start: s.Start, End: sum.Start}
	if !listHead(strings.Fields(p.text[head.Start:head.End])) {
		return names
	}
	return withPronounSubject(p, s, head, names)
}

// listVerbs introduce a list of what someone owns or held: "His posts
// include".
var listVerbs = toSet("include includes included were are")

// maxListHeadWords bounds the words of a list's owner: "Her previous
// posts".
const maxListHeadWords = 4

// listHead reports whether words, a sentence's opening, are "His" or
// "Her" and a few words before a list verb: "His previous posts include
// envoy to Geneva".
func listHead(words []string) bool {
	if len(words) < 3 || words[0] != "His" && words[0] != "Her" {
		return false
	}
	for _, w := range words[1:min(len(words), maxListHeadWords+1)] {
		if listVerbs[w] {
			return true
		}
	}
	return false
}

// hasPastVerb reports whether one of words is a common irregular past
// verb ("took", "won"), which verbless does not know.
func hasPastVerb(words []string) bool {
	for _, w := range words {
		if pastVerbs[strings.ToLower(strings.Trim(w, phraseEnd))] {
			return true
		}
	}
	return false
}
