package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// A live blog's entry often opens with a headline of its own under the
// entry's time ("Lupu: federation will respect the ruling", "Envoy to
// table framework on Thursday"), and the entry's body then tells the same
// thing in full. The headline's short present or infinitive ("to table")
// is no tense to date by, and the body dates the news already: the
// headline is no event.

// maxEntryHeadlineWords bounds an entry's headline.
const maxEntryHeadlineWords = 14

// entryHeadline reports whether sents[i], the sentence after an entry's
// time, is a headline the rest of its entry repeats: a line of its own,
// short, with no closing full stop, two of whose content words (or its
// only one) the entry's body uses.
func entryHeadline(text string, sents []doc.Sentence, i int) bool {
	if i <= 0 || i >= len(sents) || !titleLine(text, sents, i) {
		return false
	}
	head := contentWords(text[sents[i].Start:sents[i].End], -1, -1)
	if len(head) == 0 {
		return false
	}
	body := map[string]bool{}
	for _, s := range sents[i+1:] {
		line := strings.TrimSpace(text[s.Start:min(s.End, len(text))])
		if s.End > len(text) || clockLine(line) {
			break
		}
		for _, w := range contentWords(line, -1, -1) {
			body[w] = true
		}
	}
	shared := 0
	for _, w := range head {
		if body[w] {
			shared++
		}
	}
	return shared >= 2 || shared == 1 && len(head) == 1
}

// titleLine reports whether sents[i] is a whole paragraph of its own, of
// few words and no closing full stop, question or exclamation mark (a
// closing quotation mark may end it: `GAIA case: "the rules are strict"`).
func titleLine(text string, sents []doc.Sentence, i int) bool {
	s := sents[i]
	if s.End > len(text) || i > 0 && sents[i-1].Para == s.Para && !clockBefore(text, sents[i-1]) || i+1 < len(sents) && sents[i+1].Para == s.Para {
		return false
	}
	line := strings.TrimRight(strings.TrimSpace(text[s.Start:s.End]), "\"'”’")
	if line == "" || stopBangAskSemicolonColonMarks.in(line[len(line)-1:]) {
		return false
	}
	return len(strings.Fields(line)) <= maxEntryHeadlineWords
}

// withoutEntryHeadlines drops the events told by the headlines of a live
// blog's entries that the entries' bodies repeat (entryHeadline).
func withoutEntryHeadlines(text string, sents []doc.Sentence, out []Event) []Event {
	var heads []doc.Span
	clocks := 0
	for i, s := range sents {
		if s.End > len(text) || !clockLine(text[s.Start:s.End]) {
			continue
		}
		clocks++
		if entryHeadline(text, sents, i+1) {
			heads = append(heads, sents[i+1].Span)
		}
	}
	if clocks < minEntries || len(heads) == 0 {
		return out
	}
	return slices.DeleteFunc(out, func(e Event) bool {
		return slices.ContainsFunc(heads, func(h doc.Span) bool { return h.Contains(e.Summary) })
	})
}

// clockBefore reports whether p, the sentence before an entry's headline
// on its line, is the entry's time alone ("17:12 — Mayor: \"we will
// appeal\""): the headline still stands alone after it.
func clockBefore(text string, p doc.Sentence) bool {
	return p.End <= len(text) && clockLine(text[p.Start:p.End])
}
