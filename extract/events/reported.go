package events

import (
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// disclosing are verbs of making known that, like those of saying,
// report an earlier act: "disclosed on Monday that hackers had broken
// in".
var disclosing = map[string]bool{"disclosed": true, "revealed": true, "reported": true, "admitted": true}

// maxSayingLink is the most words from a verb of saying to the time it
// is dated by ("said late on Monday").
const maxSayingLink = 3

// reportedPerfect returns the clause, from after its "that" to the end
// of the summary sum, in which a past perfect reported after a dated
// saying is dated by the expression at t: in "The retailer said on
// Monday that hackers had broken into its loyalty-card system in early
// June" the break-in is June's, a row of its own, not only the
// saying's. dated are the sentence's dated expressions.
func reportedPerfect(text string, sum, t doc.Span, dated []doc.Span) (doc.Span, bool) {
	for _, d := range dated {
		if d.Start < sum.Start || d.End > t.Start {
			continue
		}
		between := text[d.End:t.Start]
		k := strings.Index(between, " that ")
		if k < 0 || commaSemicolonColonQuoteCurlyQuotesMarks.in(between[:k]) {
			continue
		}
		lead := lowerWords(text[sum.Start:d.Start])
		lead = lead[max(0, len(lead)-1-maxSayingLink):]
		if !slices.ContainsFunc(lead, func(w string) bool { return reportedPast[w] || disclosing[w] }) {
			continue
		}
		st := d.End + k + len(" that ")
		if rest := text[st:t.Start]; semicolonColonQuoteCurlyQuotesMarks.in(rest) || !pastPerfect(lowerWords(rest)) {
			continue
		}
		lo, hi := trim(text, st, sum.End)
		return doc.Span{Start: lo, End: hi}, true
	}
	return doc.Span{}, false
}

// pastPerfect reports a "had" and the participle after it among words:
// "hackers had broken into", not "had to".
func pastPerfect(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "had" && ws[i+1] != "to" {
			return true
		}
	}
	return false
}

// andThatSaid returns the sentence sent when the summary sum is a second
// reported clause joined by "and that" to a saying that opens the
// sentence: in "Voss said a committee would meet next week, and that a
// signing ceremony could follow on April 15" the row of April 15 is
// Voss's word, which "that a signing ceremony could follow" alone does
// not say.
func andThatSaid(text string, sent, sum doc.Span) (doc.Span, bool) {
	if sum.Start <= sent.Start || sum.End > len(text) || !strings.HasPrefix(text[sum.Start:sum.End], "that ") {
		return doc.Span{}, false
	}
	before := strings.TrimRight(text[sent.Start:sum.Start], " ,")
	if !strings.HasSuffix(before, " and") {
		return doc.Span{}, false
	}
	ws := lowerWords(before)
	if !slices.ContainsFunc(ws[:min(len(ws), maxSpeakerWords)], func(w string) bool { return reportedPast[w] || w == "says" }) {
		return doc.Span{}, false
	}
	lo, hi := trim(text, sent.Start, sum.End)
	return doc.Span{Start: lo, End: hi}, hi > lo
}

// maxSpeakerWords is how far into a sentence the verb of saying that
// governs its reported clauses may stand: "UN envoy Helena Voss said".
const maxSpeakerWords = 8
