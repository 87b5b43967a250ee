package events

import (
	"slices"
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// maxNounWords is the most words of the noun phrase a participle
// phrase set off by commas qualifies ("the first tally").
const maxNounWords = 5

// participleAside returns the noun phrase and the participle phrase on
// it, set off by commas, that hold the expression at t, in a summary
// sum dating another event too: in "The commission ordered the recount
// on Tuesday after the first tally, published overnight on Monday, put
// the Liberal Union ahead" Monday dates "the first tally, published
// overnight on Monday", not the recount. The phrase opens with a past
// participle and closes at a comma right after the expression; the noun
// phrase opens with a determiner.
func participleAside(text string, sum, t doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) || !strings.HasPrefix(text[t.End:sum.End], ",") {
		return doc.Span{}, false
	}
	c := strings.LastIndexByte(text[sum.Start:t.Start], ',')
	if c < 0 {
		return doc.Span{}, false
	}
	c += sum.Start
	phrase := text[c+1 : t.Start]
	w := nextWord(phrase)
	if semicolonColonQuoteCurlyQuotesParensMarks.in(phrase) || !(len(w) > 4 && strings.HasSuffix(w, "ed") || irregularPast[w]) {
		return doc.Span{}, false
	}
	ws := wordSpans(text, sum.Start, c)
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-maxNounWords; i-- {
		lw := strings.ToLower(text[ws[i].Start:ws[i].End])
		if determiners[lw] {
			return doc.Span{Start: ws[i].Start, End: t.End}, i > 0 && !closesAside(text, sum.Start, ws[i].Start)
		}
		if auxiliaries[lw] || stopWords[lw] {
			break
		}
	}
	return doc.Span{}, false
}

// maxPresentLead is the most bytes of a reported clause a present
// participle phrase of it is taken back to.
const maxPresentLead = 300

// reportedPresentParticiple returns the reported clause, from after a
// dated saying to the end of sum, when sum is only the present
// participle phrase closing it: in "The bloc said on Tuesday it would
// impose tariffs of 20% on wine and cheese, taking effect on 1 April"
// the row of 1 April is "it would impose tariffs of 20% on wine and
// cheese, taking effect on 1 April", not "taking effect on 1 April",
// which says nothing of what takes effect. dated are the sentence's
// dated expressions.
func reportedPresentParticiple(text string, sum, t doc.Span, dated []doc.Span) (doc.Span, bool) {
	if !sum.Contains(t) || sum.End > len(text) {
		return doc.Span{}, false
	}
	w := nextWord(text[sum.Start:sum.End])
	if len(w) < 5 || !strings.HasSuffix(w, "ing") || unicode.IsUpper([]rune(w)[0]) ||
		!strings.HasSuffix(strings.TrimRight(text[:sum.Start], " "), ",") {
		return doc.Span{}, false
	}
	for i := len(dated) - 1; i >= 0; i-- {
		d := dated[i]
		if d.End > sum.Start || sum.Start-d.End > maxPresentLead {
			continue
		}
		between := text[d.End:sum.Start]
		if semicolonColonQuoteCurlyQuotesParensDashesMarks.in(between) {
			return doc.Span{}, false
		}
		lead := lowerWords(text[max(0, d.Start-80):d.Start])
		lead = lead[max(0, len(lead)-1-maxSayingLink):]
		if !slices.ContainsFunc(lead, func(w string) bool { return reportedPast[w] || disclosing[w] }) {
			return doc.Span{}, false
		}
		st := d.End
		if rest := strings.TrimLeft(between, " "); strings.HasPrefix(rest, "that ") {
			st = d.End + strings.Index(between, "that ") + len("that ")
		}
		lo, hi := trim(text, st, sum.End)
		return doc.Span{Start: lo, End: hi}, hi > lo
	}
	return doc.Span{}, false
}

// participleLinks open the phrase a noun with a participle stands in, inside
// a clause dated by another time: "after a sample collected on 9
// November". Not "from" ("rose from the low reached in January" gives
// the figure compared) nor "of" ("output of the season showed an
// increase over 1985": a finite verb, no participle).
var participleLinks = toSet("after before when following with")

// participleStops end the phrase participleOnNoun reads before a time.
const participleStops = ",;:\"“”()—–"

// participleMarks are participleStops as a set to search for.
var participleMarks = newMarkSet(participleStops)

// participleOnNoun returns the noun phrase and the participle phrase
// right after it, no commas between, that end with the expression at t,
// in a summary sum dating another event too: in "was suspended on Feb.
// 17 after a sample collected in a test on 9 November 2025 returned a
// positive finding" 9 November dates "a sample collected in a test on 9
// November 2025", a row of its own, not the suspension. The noun phrase
// opens with a determiner after a word that links it (participleLinks); the
// participle is in -ed and no verb stands between it and t.
func participleOnNoun(text string, sum, t doc.Span) (doc.Span, bool) {
	return participleOnNounAfter(text, sum, t, participleLinks)
}

// participleOnNounAfter is participleOnNoun with the words links that
// may open the noun phrase.
func participleOnNounAfter(text string, sum, t doc.Span, links map[string]bool) (doc.Span, bool) {
	if !sum.Contains(t) {
		return doc.Span{}, false
	}
	// The last mark that ends the phrase, before sum.Start if none.
	stop := sum.Start + participleMarks.lastIn(text[sum.Start:t.Start])
	// The participle is a word after stop ending in "ed" in some case,
	// letters no other rune lowers to: a phrase without one has none.
	if !containsFold(text[max(stop, sum.Start):t.Start], "ed") {
		return doc.Span{}, false
	}
	// The words are counted back from the time: ws.at(0) is the last.
	ws := wordsFromEnd{text: text, st: sum.Start, en: t.Start}
	for p := 0; ws.has(p + 2); p++ { // two words stand before the participle
		wp := ws.at(p)
		w := strings.ToLower(text[wp.Start:wp.End])
		if wp.End <= stop || auxiliaries[w] || irregularPast[w] {
			return doc.Span{}, false
		}
		if len(w) <= 4 || !strings.HasSuffix(w, "ed") {
			continue
		}
		for i := p + 1; ws.has(i+1) && i <= p+maxNounWords; i++ {
			wi := ws.at(i)
			lw := strings.ToLower(text[wi.Start:wi.End])
			if link := ws.at(i + 1); determiners[lw] && i > p+1 && inLower(links, text[link.Start:link.End]) &&
				!commaSemicolonColonMarks.in(text[wi.Start:wp.Start]) && !withInSubject(text, sum.Start, link.Start) {
				return doc.Span{Start: wi.Start, End: t.End}, true
			}
			if auxiliaries[lw] || stopWords[lw] && !determiners[lw] {
				break
			}
		}
		return doc.Span{}, false
	}
	return doc.Span{}, false
}

// nounInPresentParticiple returns the noun phrase and the past participle
// on it (participleOnNoun) that end with the expression at t, when sum is
// a present participle phrase closing a sentence dated by another time:
// in "The minister said on Sunday the ships would sail in August, making
// Seoul the first to commit ships to the mission agreed last week" the
// week dates "the mission agreed last week", not the making, nor what
// was said on Sunday.
func nounInPresentParticiple(text string, sum, t doc.Span) (doc.Span, bool) {
	w := nextWord(text[sum.Start:sum.End])
	if len(w) < 5 || !strings.HasSuffix(w, "ing") || unicode.IsUpper([]rune(w)[0]) ||
		!strings.HasSuffix(strings.TrimRight(text[:sum.Start], " "), ",") {
		return doc.Span{}, false
	}
	return participleOnNounAfter(text, sum, t, presentParticipleLinks)
}

// presentParticipleLinks open the noun phrase a participle stands in
// inside a present participle phrase: participleLinks, and "to" of a
// thing given or joined ("committing ships to the mission agreed last
// week"). Not in a clause of its own, where "rose to the level reached
// in January" gives the figure compared.
var presentParticipleLinks = toSet("after before when following with to")
