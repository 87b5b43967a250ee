package timex

import (
	"newsbot/extract/internal/wordfilter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tense is the temporal direction of the clause around an expression, used
// to resolve weekdays and months that carry no year or week of their own.
type tense int

const (
	unknownTense tense = iota
	past
	future
)

// futureMarkers signal that a clause talks about what is planned or
// expected; "predicted" and "anticipated" are what rewording tools make
// of "expected".
var futureMarkers = map[string]bool{
	"will": true, "shall": true, "'ll": true, "won't": true, "wont": true, "would": true,
	"scheduled": true, "planned": true, "slated": true,
	"expects": true, "expect": true, "planning": true,
	"intends": true, "intend": true, "aims": true, "hopes": true,
	"next": true, "upcoming": true, "coming": true, "tomorrow": true,
	"subsequent": true, "forthcoming": true, "effective": true, "might": true,
	// An agreement binds a party to what it must do: "it commits
	// Turkey to releasing water during the summer months".
	"commits": true, "obliges": true, "obligates": true, "binds": true,
	// An accord in the present says what it sets in place: "the
	// memorandum provides for a halt from midnight on Sunday".
	"provides": true, "stipulates": true, "envisages": true, "foresees": true,
}

// futureIfTo are words that look ahead only when "to" follows or a form
// of "be" precedes them ("is expected to", "is due"); "Cuba predicted
// Wednesday" is past.
var futureIfTo = map[string]bool{
	"expected": true, "predicted": true, "anticipated": true, "due": true, "poised": true, "set": true, "going": true, "likely": true,
	"intended": true, "tipped": true, "supposed": true, "forecast": true,
	// "plans to" is a verb, "vacation plans" a noun.
	"plans": true, "plan": true,
	// A promise or a hope is of what is to come: "has promised to
	// accelerate land reform before he leaves office in August", "said he
	// hoped to return in the spring".
	"promised": true, "pledged": true, "vowed": true, "hoped": true,
	// What someone has the chance to do next: "on Saturday he gets to
	// show it on the big stage".
	"gets": true,
}

// scheduleBase are verbs that, in the present tense next to a date,
// report a schedule: "the summit opens on Monday", "talks resume Tuesday",
// "the law takes effect on 1 June". News tells what happened in the past
// tense, so a present-tense verb of this kind looks ahead. The bare forms
// count only after a subject ("talks resume"), not after "to" or a modal,
// where the verb before them decides ("agreed to meet Monday").
var scheduleBase = map[string]bool{
	"meet": true, "begin": true, "start": true, "open": true, "close": true, "resume": true,
	"convene": true, "arrive": true, "visit": true, "travel": true, "host": true,
	"launch": true, "expire": true, "head": true, "face": true, "play": true, "go": true,
	"take": true, "kick": true, "return": true, "hold": true, "reopen": true, "sit": true,
	"testify": true, "appear": true, "vote": true, "debate": true, "hear": true, "reconvene": true,
	"premiere": true, "rule": true, "end": true, "move": true, "relocate": true,
	// "We publish the figures on Monday": a release is announced ahead.
	"publish": true,
}

// scheduleThird reports whether w is the third person singular of a
// schedule verb: "meets", "closes", "launches", "goes", "testifies".
func scheduleThird(w string) bool {
	if scheduleThirdOnly[w] {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	if scheduleBase[stem] {
		return true
	}
	if s, ok := strings.CutSuffix(stem, "e"); ok && scheduleBase[s] {
		return true
	}
	s, ok := strings.CutSuffix(w, "ies")
	return ok && scheduleBase[s+"y"]
}

// IsScheduleVerb reports whether a lower-case word is a schedule verb
// in its bare or third-person present form ("resume", "opens").
func IsScheduleVerb(w string) bool { return scheduleBase[w] || scheduleThird(w) }

// notSubject are words after which a bare verb form is no present tense:
// an infinitive, a modal or auxiliary, a noun after a determiner.
var notSubject = map[string]bool{
	"to": true, "will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"may": true, "might": true, "must": true, "did": true, "do": true, "does": true, "didn't": true,
	"not": true, "let": true, "help": true, "make": true, "made": true, "and": true, "or": true,
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "their": true, "his": true, "her": true, "our": true,
}

// singularDeterminers open a noun phrase with one head: a bare verb form
// cannot agree with it ("a marathon debate", "another final vote").
var singularDeterminers = map[string]bool{"a": true, "an": true, "another": true, "each": true, "every": true}

// pluralWords make a noun phrase plural, so that a bare verb form after
// it can be its present tense: "the two meet on Monday".
var pluralWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "both": true, "few": true, "many": true,
	"several": true, "all": true, "some": true, "these": true, "those": true, "police": true, "people": true,
}

// phrasePrepositions open a phrase that follows a subject: "talks with
// the union".
var phrasePrepositions = map[string]bool{"with": true, "of": true, "between": true, "among": true, "for": true, "from": true}

// nounPhraseHead reports whether the bare verb form at word k ends a noun
// phrase opened by a determiner a word or two before it: "after a
// marathon debate", "the final vote", not "the two sides meet". A
// singular phrase takes the third person ("the panel meets"), so its bare
// form is a noun.
func nounPhraseHead(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := ws[j].text
		switch {
		case singularDeterminers[w]:
			return true
		case w == "the" || w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "this" || w == "that":
			// After a preposition the phrase is no subject, and the verb
			// may agree with one before it: "Talks with the union
			// resume on Friday".
			return j < k-1 && (j == 0 || !phrasePrepositions[ws[j-1].text])
		case pluralWords[w] || strings.HasSuffix(w, "s") || markerOf(w) != unknownTense || notSubject[w] || isNumber(w):
			return false
		}
	}
	return false
}

// gerundPrepositions open a phrase whose -ing word is a gerund with an
// object: "on suspicion of breaching safety rules", "for breaking rules".
var gerundPrepositions = map[string]bool{
	"of": true, "for": true, "by": true, "after": true, "before": true, "without": true,
	"about": true, "from": true, "against": true, "over": true, "in": true, "on": true,
}

// gerundObject reports whether the word at k ends the object of a gerund
// after a preposition a word or two before it: in "arrested on suspicion
// of breaching safety rules" the "rules" broken are a noun, no schedule.
func gerundObject(ws []word, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		w := ws[j].text
		if len(w) > 5 && strings.HasSuffix(w, "ing") && gerundPrepositions[ws[j-1].text] {
			return true
		}
	}
	return false
}

// scheduleIng reports whether w is the -ing form of a schedule verb
// ("meeting", "visiting", "travelling").
func scheduleIng(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	if scheduleBase[stem] || scheduleBase[stem+"e"] {
		return true
	}
	// A doubled final consonant: "travelling", "sitting".
	n := len(stem)
	return n > 2 && stem[n-1] == stem[n-2] && scheduleBase[stem[:n-1]]
}

var openEnded = map[string]bool{"until": true, "till": true, "by": true}

// movedTo are the verbs that move a date ahead, as "until" does: "has
// been adjourned to June 30", "extended the offer to April 24".
var movedTo = map[string]bool{"adjourned": true, "postponed": true, "delayed": true, "deferred": true, "extended": true,
	"rescheduled": true, "moved": true, "pushed": true, "put": true, "recessed": true}

// movedAhead reports whether the "to" or "for" at word k gives the new
// date of a thing moved: "has been adjourned to June 30", "has
// rescheduled the launch for Wednesday", "pushed back the vote to
// Friday". Between the verb and the preposition stand only the words of
// its object, with no verb of their own.
func movedAhead(ws []word, k int, seg func(int) int) bool {
	if k <= 0 || ws[k].text != "to" && ws[k].text != "for" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && seg(ws[j].start) == seg(ws[k].start); j-- {
		w := ws[j].text
		if movedTo[w] {
			// "put" and "moved" are too broad for "for": "put the
			// blame for", "moved for a mistrial".
			return ws[k].text == "to" || w != "put" && w != "moved"
		}
		// A "by" may give the delay: "delayed by a week to Friday".
		if markerOf(w) != unknownTense || clauseBreaks[w] || afterPreps[w] && w != "by" || w == "to" {
			return false
		}
	}
	return false
}

// commitVerbs bind their subject to an act an infinitive names: "agreed
// to meet", "vowed to return".
var commitVerbs = map[string]bool{"agreed": true, "decided": true, "promised": true, "pledged": true, "vowed": true, "planned": true}

// exhortVerbs urge or ask someone to do something, which lies ahead of
// the asking.
var exhortVerbs = map[string]bool{"urged": true, "urges": true, "urging": true, "advised": true, "advises": true,
	"asked": true, "asks": true, "encouraged": true, "encourages": true}

// exhortedBefore reports whether the "to" at word k follows a verb of
// exhortVerbs and at most its object of two words and a "not", in one
// segment: "urged people not to", "asked fans to".
func exhortedBefore(ws []word, k int, seg func(int) int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && seg(ws[j].start) == seg(ws[k].start); j-- {
		if exhortVerbs[ws[j].text] {
			// An object comes between: "asked to" alone and "asked by
			// Reuters to clarify" are passive reports.
			return j < k-1 && ws[j+1].text != "by"
		}
		if markerOf(ws[j].text) != unknownTense {
			return false
		}
	}
	return false
}

// infinitiveVerb reports whether w, after "to", can be the bare verb of
// an infinitive rather than the start of a noun phrase ("agreed to the
// transaction in August").
func infinitiveVerb(w string) bool {
	return bareVerb(w) && !modifierWords[w] && !strings.HasSuffix(w, "'s") && !isNumber(w) &&
		!strings.HasSuffix(w, "ing") && w != "some" && w != "any" && w != "all" && w != "each" && w != "these" && w != "those"
}

// invertedCondition reports whether the "should" at word k opens a
// condition by inversion ("should the talks fail", "should Wednesday's
// attempt be called off"): a noun phrase, not a verb, follows it.
func invertedCondition(s string, ws []word, k int) bool {
	if k+1 >= len(ws) {
		return false
	}
	next := ws[k+1]
	if modifierWords[next.text] && next.text != "still" && next.text != "very" && next.text != "well" || strings.HasSuffix(next.text, "'s") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[next.start:])
	return unicode.IsUpper(r) && next.text != "i"
}

// afterPreps link an awaited thing to its date: "expected from Monday",
// "due on Friday", "forecast for Thursday".
var afterPreps = map[string]bool{"from": true, "on": true, "by": true, "for": true, "at": true, "in": true}

var modifierWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "still": true, "very": true, "newly": true, "so-called": true,
	"long": true, "widely": true, "highly": true, "well": true, "most": true, "more": true, "less": true,
}

// contractsIs are the words whose "'s" is "is" ("it's planned"), not a
// possessive.
var contractsIs = map[string]bool{"it": true, "that": true, "what": true, "there": true, "he": true, "she": true, "who": true}

var beForms = map[string]bool{"is": true, "are": true, "'s": true, "be": true, "been": true, "being": true, "was": true, "were": true, "am": true}

// pastMarkers are past-tense forms that do not end in -ed.
var pastMarkers = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "told": true, "ago": true,
	"yesterday": true, "last": true, "met": true, "began": true, "came": true, "went": true,
	"made": true, "took": true, "gave": true, "held": true, "left": true, "spoke": true,
	"saw": true, "won": true, "lost": true, "fell": true, "rose": true, "led": true, "ran": true,
	"got": true, "found": true, "brought": true, "thought": true, "sent": true, "struck": true,
	"fought": true, "sought": true, "bought": true, "sold": true, "paid": true, "kept": true,
	"felt": true, "became": true, "broke": true, "chose": true, "drew": true, "drove": true,
	"flew": true, "grew": true, "knew": true, "stood": true, "threw": true, "wrote": true,
	"shot": true, "hit": true, "earlier": true, "previously": true, "overnight": true,
	"meant": true, "spent": true, "built": true, "heard": true, "won't've": true,
	"wrote,": true, "got,": true, "dealt": true, "fled": true, "forgot": true, "hung": true,
	"rang": true, "rode": true, "swore": true, "sank": true,
	// Pasts spelt like their present: news reports them as done.
	"split": true, "quit": true, "shut": true, "spread": true, "hurt": true,
}

// notPast are -ed words that are not past-tense verbs in news text.
var notPast = map[string]bool{
	"need": true, "feed": true, "speed": true, "seed": true, "indeed": true, "bed": true,
	"red": true, "proposed": true, "united": true, "alleged": true, "armed": true, "based": true,
	"advanced": true, "limited": true, "related": true, "detailed": true, "embed": true,
	"breed": true, "shed": true, "hundred": true, "led": false,
}

// pastEed are the -eed words that are past tenses; the rest ("succeed",
// "proceed", "exceed") are present-tense verbs.
var pastEed = map[string]bool{"agreed": true, "disagreed": true, "freed": true, "decreed": true, "guaranteed": true, "refereed": true}

// expectVerbs say that something is awaited.
var expectVerbs = map[string]bool{"expected": true, "forecast": true, "predicted": true, "anticipated": true, "projected": true}

// hedges open a phrase appended to a clause that says how sure its
// writer is of it: ", probably at the November meeting".
var hedges = map[string]bool{"probably": true, "possibly": true, "perhaps": true, "likely": true, "maybe": true}

// hedgedSegment reports whether the comma segment exprSeg, which holds
// word first, opens with a hedge: it then goes on with the clause before
// it and has no verb of its own.
func hedgedSegment(ws []word, first int, seg func(int) int, exprSeg int) bool {
	k := first
	for k > 0 && seg(ws[k-1].start) == exprSeg {
		k--
	}
	return k < len(ws) && hedges[ws[k].text]
}

// auxiliaryBefore reports whether a modal of the future ("will",
// "would", "'ll", "shall"), or a "to" after a word that looks ahead
// ("expected to", "plans to"), stands a few words before word k in its
// segment.
func auxiliaryBefore(ws []word, k int, seg func(int) int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if seg(ws[j].start) != seg(ws[k].start) {
			return false
		}
		switch w := ws[j].text; {
		case w == "will" || w == "would" || w == "shall" || strings.HasSuffix(w, "'ll"):
			return true
		case w == "to" && j > 0 && (futureIfTo[ws[j-1].text] || markerOf(ws[j-1].text) == future):
			// "is expected to publish revised plans in the spring".
			return true
		case markerOf(w) == past:
			return false
		}
	}
	return false
}

// subjectPronouns before an -ed word make it a verb in the past tense:
// "than we expected in the summer" looks back, where "a warning
// expected from Monday" awaits.
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "he": true, "she": true, "it": true, "they": true}

// purposeNouns before "to" open an infinitive of purpose, which looks
// ahead of the verb it serves: "offered a pay rise in a last-ditch
// attempt to avert strikes over the winter".
var purposeNouns = map[string]bool{"attempt": true, "bid": true, "effort": true, "order": true, "push": true, "drive": true}

// pastActBefore reports whether the nearest verb in the past before word
// k, in its segment, is a simple past ("resigned"), not a present
// perfect ("has offered"). Words joined by a hyphen ("last-ditch") are
// no verbs.
func pastActBefore(s string, ws []word, k int, seg func(int) int) bool {
	const reach = 15
	for j := k - 1; j >= 0 && j >= k-reach && seg(ws[j].start) == seg(ws[k].start); j-- {
		if markerOf(ws[j].text) != past || hyphenJoined(s, ws[j]) {
			continue
		}
		return j == 0 || ws[j-1].text != "has" && ws[j-1].text != "have"
	}
	return false
}

// IsPurposeNoun reports whether a lower-case word opens an infinitive of
// purpose when "to" follows it ("in a bid to", "in an attempt to").
func IsPurposeNoun(w string) bool { return purposeNouns[w] }

// possibilityModals before "be" and a participle make a passive that
// looks ahead: "the miners could be lifted out on Thursday". "Must" is
// left out: an obligation is often reported as past ("ruled that he must
// be returned").
var possibilityModals = map[string]bool{"could": true, "may": true, "can": true}

// negations that make a modal before them a past inability: "neither he
// nor his lawyers could be located Wednesday".
var negations = map[string]bool{"not": true, "never": true, "neither": true, "nor": true, "no": true, "nobody": true, "none": true}

// negatedBefore reports whether a negation stands a few words before the
// modal at word k in its segment.
func negatedBefore(ws []word, k int, seg func(int) int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && seg(ws[j].start) == seg(ws[k].start); j-- {
		if negations[ws[j].text] {
			return true
		}
	}
	return false
}

// clockWords are the words of a clock time ("9 a.m. EST"), which an
// "until" may stand before: "until 9 a.m. Tuesday".
var clockWords = map[string]bool{"a": true, "p": true, "m": true, "am": true, "pm": true, "noon": true, "midnight": true, "at": true,
	"est": true, "edt": true, "cst": true, "cdt": true, "pst": true, "pdt": true, "gmt": true, "et": true, "local": true, "time": true}

// markerOf classifies one word as past, future or neither.
func markerOf(w string) tense {
	if i := strings.IndexByte(w, '\''); i > 0 {
		if w[i:] == "'ll" {
			return future
		}
		w = w[:i]
	}
	if markerFilter.MayHold(w) {
		if futureMarkers[w] {
			return future
		}
		if pastMarkers[w] {
			return past
		}
	}
	if strings.HasSuffix(w, "eed") && !pastEed[w] {
		return unknownTense
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] {
		return past
	}
	return unknownTense
}

// clauseTense guesses the tense around s[start:end] from the verbs near
// it: first those in the same comma-delimited segment (nearest before,
// then nearest after), then those in the whole sentence.
func clauseTense(s string, start, end int) tense {
	return clauseTenseWords(s, words(s), start, end)
}

// clauseTenseWords is clauseTense with the words of s already split.
func clauseTenseWords(s string, ws []word, start, end int) tense {
	return clauseTenseLex(s, ws, nil, start, end)
}

// clauseTenseLex is clauseTenseWords reading the lexicon of the words
// from lc, when not nil, which holds the words ws of s.
func clauseTenseLex(s string, ws []word, lc *lexCache, start, end int) tense {
	// Only the words near the expression count, which also keeps the
	// cost bounded in a huge sentence.
	const reach = 40
	first := sort.Search(len(ws), func(k int) bool { return ws[k].end > start })
	last := sort.Search(len(ws), func(k int) bool { return ws[k].start >= end })
	lo, hi := max(0, first-reach), min(len(ws), last+reach)
	ws = ws[lo:hi]
	first, last = first-lo, last-lo
	from, to := start, end
	if len(ws) > 0 {
		from, to = min(from, ws[0].start), max(to, ws[len(ws)-1].end)
	}
	var cuts, quotes []int
	if lc != nil {
		// The cache's lists, reused from call to call: nothing keeps
		// them past this one.
		cuts, quotes = lc.punctuation(s, from, to)
	} else {
		cuts, quotes = punctuation(s, from, to)
	}
	seg := func(i int) int { return sort.SearchInts(cuts, i) }
	exprSeg := seg(start)
	// "until Friday", "by Tuesday", "until 9 a.m. Tuesday": a deadline,
	// usually ahead, unless a past perfect near it looks back from it
	// ("had filed by Wednesday", "until Thursday, they had not").
	intro := first - 1
	for intro >= 0 && first-intro <= 5 && (clockWords[ws[intro].text] || isNumber(ws[intro].text) || clockBeforeDay(ws, intro)) {
		intro--
	}
	// "since March", "since shortly after the Oct. 23 slaying" count
	// from a time already gone.
	for k := intro; k >= 0 && k > intro-4; k-- {
		if ws[k].text == "since" {
			return past
		}
		if markerOf(ws[k].text) != unknownTense {
			break
		}
	}
	if intro >= 1 && ws[intro].text == "in" && (ws[intro-1].text == "as" || ws[intro-1].text == "than") {
		// "in the same spirit as in January", "fewer than in March":
		// a comparison with a time already known.
		return past
	}
	if intro >= 0 && intro < len(ws) && (openEnded[ws[intro].text] && !pastAgent(ws, intro) || movedAhead(ws, intro, seg) || provisionalFor(ws, intro)) {
		for k := max(0, intro-8); k < min(len(ws), last+8); k++ {
			if ws[k].text == "had" {
				return past
			}
		}
		if pastVerbAfter(s, ws, last, seg) || frontedByPast(s, ws, intro, last) {
			// "who until Tuesday served as deputy minister", "By
			// Monday morning, staff were working with paper records":
			// the deadline fronts a verb in the past, so it is gone.
			return past
		}
		return future
	}
	if t := timeClauseTense(ws, first, seg); t != unknownTense {
		return t
	}
	if awaitedEvent(ws, first, seg) {
		return future
	}
	// Quotation marks separate a speaker's words from the reporting
	// clause: in "``He will leave Thursday,'' Castro said" the quoted
	// "will" decides, not "said".
	crossesQuote := func(a, b int) bool {
		if a > b {
			a, b = b, a
		}
		i := sort.SearchInts(quotes, a)
		return i < len(quotes) && quotes[i] < b
	}
	// The verb right before the expression governs it: in "said on
	// Monday it would send troops" Monday is when it was said.
	adj := first - 1
	for adj >= 0 && (ws[adj].text == "on" || ws[adj].text == "at" || ws[adj].text == "early" || ws[adj].text == "late") {
		adj--
	}
	var lexBuf [128]wordLex
	var lex []wordLex
	if lc != nil {
		lex = lc.span(lo, hi)
	} else {
		lex = lexicon(lexBuf[:0], ws)
	}
	best, bestScore := unknownTense, 1<<30
	for k, w := range ws {
		if k >= first && k < last {
			continue
		}
		t, wl := lex[k].marker, lex[k].flags
		if t != unknownTense && insideName(s, ws, k) {
			t = unknownTense // "submitted to the Planning Inspectorate"
		}
		prev, next := "", ""
		if k > 0 {
			prev = ws[k-1].text
		}
		if skipPlainWords && plainWord(t, wl, w.text, prev) {
			continue // no case below can give it a tense
		}
		if k+1 < len(ws) {
			next = ws[k+1].text
		}
		switch {
		case w.text == "to" && (prev == "is" || prev == "are" || prev == "am"):
			// "is to resume": an arrangement.
			t = future
		case (t == future || wl&lexFutureIfTo != 0) && (prev == "had" || (prev == "been" && k > 1 && ws[k-2].text == "had")):
			// "had been due to expire", "had planned": a plan now past.
			t = past
		case k >= last && activeSchedulePast(ws, k):
			// "On Monday, the judge scheduled the trial for March":
			// the day is when the plan was made.
			t = past
		case (w.text == "planned" || w.text == "scheduled") && strings.HasSuffix(prev, "ly") && !(k > 1 && beForms[ws[k-2].text]):
			// "as previously planned", "the hastily planned trip":
			// the plan is reported, not announced.
			t = past
		case t == future && strings.HasSuffix(w.text, "ed") && (modifierWords[prev] || strings.HasSuffix(prev, "'s") && !contractsIs[strings.TrimSuffix(prev, "'s")]):
			// "the city's planned restrictions", "its scheduled
			// maintenance": an adjective on a noun, not a plan made for
			// the date.
			t = unknownTense
		case hyphenJoined(s, w) && (wl&lexScheduleBase != 0 || wl&lexScheduleThird != 0 || scheduleIng(w.text)):
			// "shortly after take-off", "the kick-off", "a sit-in":
			// part of a compound noun, not a verb of a schedule.
			t = unknownTense
		case wl&lexScheduleThird != 0 && nounBeforePast(ws, lex, k, seg):
			// "overtime rules delayed the unloading": a plural noun.
			t = unknownTense
		case conditionConjunction(ws, k, seg):
			// ", provided the part could be replaced": no past.
			t = unknownTense
		case wl&lexScheduleThird != 0 && !modifierWords[prev] && !strings.HasSuffix(prev, "'s") && next != "of" && !gerundObject(ws, k) && !isNumber(prev) && numbers[prev] < 2:
			// "the summit opens Monday": a schedule; "the visits",
			// "head of state" and "by 212 votes" are nouns.
			t = future
		case wl&lexScheduleBase != 0 && k > 0 && !notSubject[prev] && lex[k-1].marker == unknownTense &&
			!strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "n't") && next != "of" && !nounPhraseHead(ws, k) &&
			!(w.text == "close" && next == "to"):
			// "talks resume Tuesday"; "had come close to collapse" is
			// near, no schedule.
			t = future
		case (w.text == "is" || w.text == "are" || w.text == "am") && scheduleIng(next):
			// "the leaders are meeting on Monday": a present
			// progressive of a schedule verb is a plan.
			t = future
		case (w.text == "could" || w.text == "may" || w.text == "can") && next != "not" && next != "have" && next != "n't" && k < first:
			// "he could make his debut on Saturday", "may play on
			// Sunday": a possibility ahead. After the date, the modal
			// is in a clause of its own ("warned on Thursday that
			// strikes could harm ties").
			t = future
		case w.text == "should" && k == adj-1 && adj > first-4 && bareVerb(ws[adj].text):
			// "the new striker should arrive on Monday": what should
			// happen on the day is still to come.
			t = future
		case w.text == "should" && invertedCondition(s, ws, k):
			// "a backup window on Friday should Wednesday's attempt be
			// called off": a condition put as a question looks ahead,
			// and so does the clause it hangs on.
			t = future
		case w.text == "to" && commitVerbs[prev] && k < first && k+1 < first && infinitiveVerb(ws[k+1].text) &&
			!(prev == "planned" && k > 1 && ws[k-2].text == "had"):
			// "agreed to discuss a ceasefire line on Tuesday", "had
			// agreed to return on Monday": the day is the infinitive's
			// act, which lies ahead of the commitment. "agreed on
			// Tuesday to resign" dates the commitment, and "had
			// planned to" tells of a plan overtaken.
			t = future
		case w.text == "to" && k < first && k+1 < first && infinitiveVerb(ws[k+1].text) && exhortedBefore(ws, k, seg):
			// "urged people not to travel on Friday evening": what
			// someone is urged or asked to do lies ahead.
			t = future
		case w.text == "if" && k < first && first-k <= 3 && seg(w.start) == exprSeg && !pastInSegment(ws, k, seg):
			// "if Friday's vote goes ahead": a condition in the present
			// looks ahead; "if Friday's vote was rigged" looks back.
			t = future
		case prev == "be" && k > 1 && (ws[k-2].text == "to" || markerOf(ws[k-2].text) == future) && irregularParticiple(w.text):
			// "to be sworn in Monday", "will be shown on Friday": a
			// passive ahead whose participle does not end in -ed.
			t = future
		case k < first && onsetParticiple(ws, k, first):
			// "a 72-hour truce starting at midnight on Friday", "a
			// curfew beginning Saturday": a thing named by when it sets
			// in is told ahead, as "effective Friday" is.
			t = future
		case (w.text == "is" || w.text == "are") && k == adj:
			// "the vote is on Friday", "the final is Sunday": a date
			// given to something still to come.
			t = future
		case wl&lexExpect != 0 && !beForms[prev] && prev != "had" && !afterPreps[next] && next != "to" && k < adj &&
			(seg(w.start) == exprSeg || seg(w.start) == exprSeg-1 && hedgedSegment(ws, first, seg, exprSeg)):
			// "she expected another cut in May", "analysts forecast a
			// rebound in July", "expected one more cut, probably at the
			// November meeting": what is expected lies ahead.
			t = future
		case t == past && wl&lexPastMarker == 0 && k < first && auxiliaryBefore(ws, k, seg):
			// "the bank will publish updated projections in July": an
			// -ed word under "will" is an adjective or a participle
			// of the future, not a past.
			t = unknownTense
		case k < first && preparedFor(ws, k, first, seg):
			// "was preparing for visitors at the funeral on Thursday":
			// what is prepared for is still to come.
			t = future
		case t == past && wl&lexPastMarker == 0 && k >= last && presentBe[prev] && laterClauseAfter(ws, last, k) && firmFutureBefore(ws, first, seg):
			// "will reopen in the spring after the work is completed":
			// a present passive in a clause of time after an expression
			// a "will" governs tells no past.
			t = unknownTense
		case k < first && pronounPastForecast(ws, k, first):
			// "the $1.8 billion it forecast in July": the forecast
			// was made then.
			t = past
		case (w.text == "expected" || w.text == "due" || w.text == "forecast") && !beForms[prev] && !subjectPronouns[prev] && prev != "than" && prev != "had" && afterPreps[next] && k < first,
			w.text == "set" && (next == "for" || next == "aside") && k < first:
			// "a warning expected from Monday", "the report, due on
			// Friday", "new attempt set for Thursday": what is
			// awaited, though no "to" follows.
			t = future
		case w.text == "to" && purposeNouns[prev] && k < first && !pastActBefore(s, ws, k-1, seg):
			// "has offered a pay rise in a last-ditch attempt to avert
			// strikes over the winter": what an act is for lies ahead
			// of it, unless the act is told in the past ("resigned in
			// a bid to end the row in May").
			t = future
		case w.text == "next" && next == "to":
			// "the blasts next to the embassies": a place.
			t = unknownTense
		case (w.text == "was" || w.text == "were") && (markerOf(next) == future || futureIfTo[next]):
			// "were planning", "was expected to": the next word decides.
			t = unknownTense
		case w.text == "going" && prev == "been" && next == "to":
			// "have been going to the ground for 38 years": a perfect
			// progressive of going somewhere, not a future.
			t = unknownTense
		case k < first && dueToAct(ws, k):
			// "a strike due to start on Monday": a plan.
			t = future
		case wl&lexFutureIfTo != 0:
			t = unknownTense
			// "due to" alone is a cause ("fell due to errors").
			if (next == "to" && w.text != "due") || beForms[prev] {
				t = future
			} else if strings.HasSuffix(w.text, "ed") {
				t = past
			}
		case t == past && wl&lexPastMarker == 0 && modifierWords[prev]:
			// "a still unspecified date", "the proposed plan": an
			// adjective, not a verb.
			t = unknownTense
		case t == past && prev == "be" && k > 1 && (markerOf(ws[k-2].text) == future || ws[k-2].text == "to" || ws[k-2].text == "would" || possibilityModals[ws[k-2].text] && !negatedBefore(ws, k-2, seg)):
			// "will be paid", "to be held", "could be lifted out": a
			// passive looking ahead.
			t = future
		}
		if t == unknownTense {
			continue
		}
		// Capitalised -ed words are names ("United"), not verbs; so are
		// capitalised schedule verbs inside a sentence ("her second US
		// Open crown", "the Final Four").
		if r, _ := utf8.DecodeRuneInString(s[w.start:]); unicode.IsUpper(r) && (t == past && wl&lexPastMarker == 0 ||
			k > 0 && (wl&lexScheduleBase != 0 || wl&lexScheduleThird != 0 || scheduleIng(w.text))) {
			continue
		}
		dist := (first - k) * 2
		if k >= last {
			dist = (k-last)*2 + 1
		}
		if k == adj || k == adj-1 && adj > first-4 && (modalFuture(w.text) || t == future && w.text == "should") && bareVerb(ws[adj].text) {
			// "said schools would reopen on Friday where buildings had
			// been checked": the modal of the verb right before the
			// expression governs it as that verb would.
			dist = -1
		}
		if t == past && pastBeforeIn(ws, lex, k, first, last) {
			// "job cuts announced in March would be completed": a past
			// verb or participle whose "in" brings in the month dates
			// it; the modal after the month is a verb of its own.
			dist = -1
		}
		if seg(w.start) != exprSeg {
			dist += 1000
		}
		if k >= last && coordinatedAfter(ws, last, k) {
			// "were arrested on Tuesday and will appear before a judge
			// on Friday": a verb after "and" heads a predicate of its
			// own; one before the expression governs it.
			dist += 500
		}
		if k >= last && subordinateAfter(ws, last, k) {
			// "had warned Peter Vance, in a December memo that budget
			// cuts would slow repairs": a verb of a clause that opens
			// after the expression tells its own time, even where a
			// comma sets the governing verb apart.
			dist += 1500
		}
		if crossesQuote(w.start, start) {
			dist += 2000
		}
		if dist < bestScore {
			best, bestScore = t, dist
		}
	}
	return best
}

// tenseCueWords are the words some case of clauseTenseLex's switch names
// before it gives a word a tense; every other case that gives one asks
// for a tense or a word list of the lexicon, or for an irregular
// participle after "be". A case added to the switch must keep this so
// (see plainWord and TestPlainWordsChangeNoTense).
var tenseCueWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`to planned scheduled is are am could may can should if
		expected due forecast set`) {
		m[w] = true
	}
	for _, l := range []map[string]bool{onsetWords, preparations} {
		for w := range l {
			m[w] = true
		}
	}
	return m
}()

var tenseCueFilter = wordfilter.Of(tenseCueWords)

// skipPlainWords lets clauseTenseLex pass over plain words (plainWord);
// the tests turn it off to check that doing so changes nothing.
var skipPlainWords = true

// plainWord reports whether clauseTenseLex's switch leaves a word with
// no tense, given its tense from the lexicon t, its word lists wl and
// the word before it: it has neither, and is none of the words the cases
// name (tenseCueWords), nor an irregular participle after "be". A case
// that would clear a tense then clears none, and the word is passed
// over as one without a tense is. Most words of a sentence are plain.
func plainWord(t tense, wl lexFlag, w, prev string) bool {
	return t == unknownTense && wl == 0 && !tenseCueFilter.MayHold(w) && !(prev == "be" && irregularParticiple(w))
}

// wordLex is what clauseTenseWords asks of one word, looked up once
// rather than by each of its cases.
type wordLex struct {
	marker tense   // markerOf the word
	flags  lexFlag // the word lists it is in
}

// lexFlag marks the word lists of clauseTenseWords a word is in.
type lexFlag uint8

const (
	lexFutureIfTo    lexFlag = 1 << iota // futureIfTo
	lexScheduleBase                      // scheduleBase
	lexScheduleThird                     // scheduleThird
	lexExpect                            // expectVerbs
	lexPastMarker                        // pastMarkers
)

// lexFlags holds the lists of lexFlag of every word that is in one,
// save scheduleThird, which lexicon asks itself.
var lexFlags = func() map[string]lexFlag {
	m := map[string]lexFlag{}
	for _, l := range []struct {
		words map[string]bool
		flag  lexFlag
	}{{futureIfTo, lexFutureIfTo}, {scheduleBase, lexScheduleBase}, {expectVerbs, lexExpect}, {pastMarkers, lexPastMarker}} {
		for w, in := range l.words {
			if in {
				m[w] |= l.flag
			}
		}
	}
	return m
}()

// lexicon appends to out what clauseTenseWords asks of each word of ws.
func lexicon(out []wordLex, ws []word) []wordLex {
	for _, w := range ws {
		out = append(out, lexOf(w.text))
	}
	return out
}

// lexOf returns what clauseTenseWords asks of the word w.
func lexOf(w string) wordLex {
	var fl lexFlag
	if lexFilter.MayHold(w) {
		fl = lexFlags[w]
	}
	if scheduleThird(w) {
		fl |= lexScheduleThird
	}
	return wordLex{markerOf(w), fl}
}

// markerFilter holds the words of futureMarkers and pastMarkers, and
// lexFilter those of lexFlags: most words are in neither, and are told so
// without a map lookup (see TestTenseFilters).
var (
	markerFilter = func() *wordfilter.Filter {
		f := wordfilter.Of(futureMarkers)
		f.Union(wordfilter.Of(pastMarkers))
		return f
	}()
	lexFilter = wordfilter.Of(lexFlags)
)

// lexCache holds the lexicon of the words of one sentence, looked up
// word by word as the matches in the sentence ask for them: the
// stretches of words around its matches overlap, and each would
// otherwise look its words up again.
type lexCache struct {
	ws    []word
	lex   []wordLex
	known []bool // lex[k] is set
	// cuts and quotes are the memory of clauseTenseLex's punctuation.
	cuts, quotes []int
	// cutMarks and quoteMarks are the punctuation of the whole
	// sentence, found on first use (hasMarks) for all its matches.
	cutMarks, quoteMarks []punctMark
	hasMarks             bool
}

// reset makes c the cache of the words ws, none looked up yet.
func (c *lexCache) reset(ws []word) {
	c.ws = ws
	c.lex = slices.Grow(c.lex[:0], len(ws))[:len(ws)]
	c.known = slices.Grow(c.known[:0], len(ws))[:len(ws)]
	clear(c.known)
	c.hasMarks = false
}

// punctuation returns punctuation(s, from, to), s being the sentence of
// the cache's words, read from the marks of the whole sentence.
func (c *lexCache) punctuation(s string, from, to int) (cuts, quotes []int) {
	if !c.hasMarks {
		c.cutMarks, c.quoteMarks = appendMarks(c.cutMarks[:0], c.quoteMarks[:0], s)
		c.hasMarks = true
	}
	c.cuts = marksIn(c.cuts[:0], c.cutMarks, from, to)
	c.quotes = marksIn(c.quotes[:0], c.quoteMarks, from, to)
	return c.cuts, c.quotes
}

// span returns the lexicon of the words ws[lo:hi], as lexicon does.
func (c *lexCache) span(lo, hi int) []wordLex {
	for k := lo; k < hi; k++ {
		if !c.known[k] {
			c.lex[k], c.known[k] = lexOf(c.ws[k].text), true
		}
	}
	return c.lex[lo:hi]
}

// modalFuture reports a modal that puts its verb ahead: "will", "would",
// "shall", "'ll".
func modalFuture(w string) bool {
	return w == "will" || w == "would" || w == "shall" || strings.HasSuffix(w, "'ll")
}

// bareVerb reports a word that may be a verb's bare form: not a past
// ("-ed"), not "have" or "be" of a perfect or passive ("would have
// reopened", "will be moved" are read by their participle).
func bareVerb(w string) bool {
	return w != "have" && w != "be" && !strings.HasSuffix(w, "ed") && markerOf(w) == unknownTense
}

// pastAgent reports whether the "by" at word k follows a passive in the
// past ("were depressed by overnight losses"), whose agent it brings in:
// no deadline.
func pastAgent(ws []word, k int) bool {
	if ws[k].text != "by" {
		return false
	}
	// Adverbs may stand around the participle: "were depressed
	// initially by", "was sharply hit by".
	adverb := func(j int) bool { return j >= 0 && len(ws[j].text) > 4 && strings.HasSuffix(ws[j].text, "ly") }
	j := k - 1
	for adverb(j) {
		j--
	}
	if j < 1 || markerOf(ws[j].text) != past {
		return false
	}
	j--
	for adverb(j) {
		j--
	}
	return j >= 0 && (ws[j].text == "was" || ws[j].text == "were")
}

// subordinateAfter reports a word opening a clause ("that", "which",
// "who", "because") among the words from index from up to k.
func subordinateAfter(ws []word, from, k int) bool {
	for j := from; j < k; j++ {
		switch ws[j].text {
		case "that", "which", "who", "whom", "whose", "because", "although", "though", "while", "whereas":
			return true
		}
	}
	return false
}

// coordinatedAfter reports an "and" or a "but" among the words from
// index from up to k.
func coordinatedAfter(ws []word, from, k int) bool {
	for j := from; j < k; j++ {
		if ws[j].text == "and" || ws[j].text == "but" {
			return true
		}
	}
	return false
}

// punctuation returns the offsets in s[from:to] of the characters that
// end a comma-delimited segment (comma, semicolon, colon, parentheses,
// dashes) and of the quotation marks (straight, curly, a backquote, or
// the first of two apostrophes in a row).
func punctuation(s string, from, to int) (cuts, quotes []int) {
	return appendPunctuation(nil, nil, s, from, to)
}

// appendPunctuation is punctuation appending to cuts and quotes.
func appendPunctuation(cuts, quotes []int, s string, from, to int) ([]int, []int) {
	for i := from; i < to; i++ {
		switch c := s[i]; c {
		case ',', ';', ':', '(', ')':
			cuts = append(cuts, i)
		case '"', '`':
			quotes = append(quotes, i)
		case '\'':
			if i+1 < to && s[i+1] == '\'' {
				quotes = append(quotes, i)
			}
		default:
			if c < utf8.RuneSelf {
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:to])
			switch r {
			case '—', '–':
				cuts = append(cuts, i)
			case '“', '”':
				quotes = append(quotes, i)
			}
			i += size - 1
		}
	}
	return cuts, quotes
}

// punctMark is a cut or a quotation mark of punctuation at pos, which a
// stretch of the text holds when it reaches end: the mark's last byte
// included, or the second apostrophe of two.
type punctMark struct{ pos, end int }

// appendMarks appends the marks of punctuation(s, 0, len(s)) to cuts and
// quotes, with their ends. A mark is a byte that no reading of the text
// in runes skips, an ASCII byte or the lead byte of a dash or curly
// quote, so punctuation(s, from, to) finds the marks at or after from
// that end by to: a dash cut short by to reads as invalid bytes, and
// the first of two apostrophes needs the second.
func appendMarks(cuts, quotes []punctMark, s string) ([]punctMark, []punctMark) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !markBytes[c] {
			continue
		}
		switch c {
		case ',', ';', ':', '(', ')':
			cuts = append(cuts, punctMark{i, i + 1})
		case '"', '`':
			quotes = append(quotes, punctMark{i, i + 1})
		case '\'':
			if i+1 < len(s) && s[i+1] == '\'' {
				quotes = append(quotes, punctMark{i, i + 2})
			}
		default:
			// The lead byte of a rune punctuation looks for; other
			// bytes beyond ASCII, continuation bytes among them, lead
			// none.
			switch r, size := utf8.DecodeRuneInString(s[i:]); r {
			case '—', '–':
				cuts = append(cuts, punctMark{i, i + size})
			case '“', '”':
				quotes = append(quotes, punctMark{i, i + size})
			}
		}
	}
	return cuts, quotes
}

// markBytes are the bytes where appendMarks may find a mark: the ASCII
// marks and the first byte of '—', '–', '“' and '”'.
var markBytes = func() (t [256]bool) {
	for _, c := range []byte(",;:()\"`'") {
		t[c] = true
	}
	for _, r := range "—–“”" {
		t[string(r)[0]] = true
	}
	return t
}()

// marksIn appends to out the offsets of the marks ms, in text order,
// that the stretch [from, to) holds (see appendMarks).
func marksIn(out []int, ms []punctMark, from, to int) []int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].pos >= from })
	for ; k < len(ms) && ms[k].pos < to; k++ {
		if ms[k].end <= to {
			out = append(out, ms[k].pos)
		}
	}
	return out
}

// isNumber reports whether w is all digits ("9" of "9 a.m.").
func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// insideName reports whether word k is a capitalised word of a name in
// title case, beside another capitalised word that is not all capitals:
// "Planning" of "the Planning Inspectorate" is no plan, and "Will" of
// "Will Smith" no future. A sentence's opening word followed by a lower
// case one ("Will the talks resume") and a headline in capitals are
// read as words.
func insideName(s string, ws []word, k int) bool {
	titled := func(j int) bool {
		if j < 0 || j >= len(ws) {
			return false
		}
		w := s[ws[j].start:ws[j].end]
		return w != "" && w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w
	}
	return titled(k) && (titled(k+1) || titled(k-1) && !sentenceOpening(s, ws[k-1].start)) && !titleCaseLine(s, ws[k].start)
}

// titleCaseLine reports whether the line around offset i is a headline
// in title case, most of its words capitalised ("Talks Will Resume On
// Monday"), where a capital says nothing of a name.
func titleCaseLine(s string, i int) bool {
	st := strings.LastIndexByte(s[:i], '\n') + 1
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	fs := strings.Fields(s[st:end])
	caps := 0
	for _, f := range fs {
		if f[0] >= 'A' && f[0] <= 'Z' {
			caps++
		}
	}
	return len(fs) >= 3 && 4*caps >= 3*len(fs)
}

// sentenceOpening reports whether the word at offset i opens a sentence:
// nothing but spaces and quotation marks after a stop or the start.
func sentenceOpening(s string, i int) bool {
	j := len(strings.TrimRight(s[:i], " \t\n\"'“‘("))
	return j == 0 || strings.ContainsRune(".!?:;\n", rune(s[j-1]))
}

// hyphenJoined reports whether w is joined to a neighbouring word by a
// hyphen, as in "take-off" or "kick-off".
func hyphenJoined(s string, w word) bool {
	return (w.start > 0 && s[w.start-1] == '-') || (w.end < len(s) && s[w.end] == '-')
}

// pastVerbAfter reports whether the word right after the expression,
// at index k, is a verb in the simple past in the same segment: "who
// until Tuesday served as deputy minister". A reporting verb there
// ("until Friday, said the union") introduces a quote, not a past.
func pastVerbAfter(s string, ws []word, k int, seg func(int) int) bool {
	if k <= 0 || k >= len(ws) || seg(ws[k].start) != seg(ws[k-1].start) {
		return false
	}
	w := ws[k].text
	if markerOf(w) != past || w == "said" || w == "told" || w == "earlier" || w == "previously" || w == "overnight" || w == "last" || w == "ago" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[ws[k].start:])
	return !unicode.IsUpper(r)
}

// pastInSegment reports a past-tense word in the segment of word k.
func pastInSegment(ws []word, k int, seg func(int) int) bool {
	sg := seg(ws[k].start)
	for j := k + 1; j < len(ws) && seg(ws[j].start) == sg; j++ {
		if markerOf(ws[j].text) == past {
			return true
		}
	}
	return false
}

// irregularParticiple reports whether w is a past participle that does
// not end in -ed and is no past tense of its own: "sworn", "shown",
// "given", "taken", "done".
func irregularParticiple(w string) bool {
	switch w {
	case "done", "gone", "seen", "begun", "run", "sworn", "worn", "torn", "born", "borne", "shown", "known", "drawn", "thrown", "grown", "flown", "sown":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "een") && w != "often" && w != "when" && w != "then" && w != "even" && w != "open" && w != "listen" && w != "happen" && w != "seven" && w != "eleven"
}

// timeSubordinators open a clause that tells when the clause it hangs
// on happens: "until elections are held", "once the talks end".
var timeSubordinators = map[string]bool{"until": true, "till": true, "when": true, "once": true, "before": true}

// clauseBreaks end the search for the subordinator of an expression: a
// relative or a coordinated clause of its own lies between them.
var clauseBreaks = map[string]bool{"that": true, "which": true, "who": true, "whom": true, "and": true, "but": true, "while": true, "because": true}

// timeClauseTense reads the tense of the verb of a time clause that the
// expression at word first ends: "asked her to lead a government until
// elections are held in the spring" is ahead, whatever the tense of
// "asked", as a time clause in the present tells of what is to come;
// "served until elections were held in the spring" is past.
func timeClauseTense(ws []word, first int, seg func(int) int) tense {
	if first <= 0 || first >= len(ws) {
		return unknownTense
	}
	sub := -1
	for j := first - 1; j >= 0 && j >= first-8 && seg(ws[j].start) == seg(ws[first].start); j-- {
		w := ws[j].text
		if timeSubordinators[w] || w == "time" && j >= 2 && ws[j-1].text == "the" && ws[j-2].text == "by" {
			sub = j
			break
		}
		if clauseBreaks[w] {
			return unknownTense
		}
	}
	if sub < 0 || habitualBefore(ws, sub) {
		return unknownTense
	}
	return finiteTense(ws[sub+1 : first])
}

// habitualWords say that what a clause tells recurs: "sales usually rise
// when the weather is warm in the summer" tells of no summer ahead.
var habitualWords = map[string]bool{
	"usually": true, "often": true, "always": true, "typically": true, "generally": true, "normally": true,
	"tend": true, "tends": true, "traditionally": true, "every": true, "each": true, "whenever": true,
}

// habitualBefore reports a word of recurrence among the dozen words
// before word k.
func habitualBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if habitualWords[ws[j].text] {
			return true
		}
	}
	return false
}

// finiteTense returns the tense of the first finite verb among ws: a
// present form of "be" or "have", or a schedule verb in the third
// person ("ends"), is present and looks ahead; a past is past.
func finiteTense(ws []word) tense {
	for k, w := range ws {
		switch {
		case w.text == "is" || w.text == "are" || w.text == "am" || w.text == "has" || w.text == "have":
			return future
		case scheduleThird(w.text) && k > 0 && !modifierWords[ws[k-1].text]:
			return future
		case w.text == "was" || w.text == "were" || w.text == "had" || w.text == "did":
			return past
		case markerOf(w.text) == past && k > 0 && !modifierWords[ws[k-1].text]:
			return past
		}
	}
	return unknownTense
}

// awaitedNouns name events still to be held when a plan brings them in:
// "a caretaker government followed by elections in the spring".
var awaitedNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "votes": true, "polls": true, "referendum": true, "ballot": true,
	"talks": true, "negotiations": true, "summit": true, "hearing": true, "trial": true, "poll": true,
}

// awaitedEvent reports whether the expression at word first, after a
// preposition, dates an event that a plan brings in with "followed by"
// or "until": "a caretaker government followed by elections in the
// spring", "to lead the country until elections in the spring". A
// passive ("was followed by elections in May") or a past verb before
// "until" ("served until elections in May") tells of what is over.
func awaitedEvent(ws []word, first int, seg func(int) int) bool {
	k := first - 1
	if k < 2 || (ws[k].text != "in" && ws[k].text != "on" && ws[k].text != "at") {
		return false
	}
	k--
	if !awaitedNouns[ws[k].text] || seg(ws[k].start) != seg(ws[first].start) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && seg(ws[j].start) == seg(ws[k].start); j-- {
		switch w := ws[j].text; {
		case w == "by" && j > 0 && ws[j-1].text == "followed":
			return j < 2 || !beForms[ws[j-2].text] && ws[j-2].text != "had" && ws[j-2].text != "has" && ws[j-2].text != "have"
		case w == "until" || w == "till":
			return !pastGoverns(ws, j, seg)
		case markerOf(w) != unknownTense || clauseBreaks[w] || afterPreps[w]:
			return false
		}
	}
	return false
}

// pastGoverns reports whether the verb that the word at k hangs on is a
// past: the nearest verb before it in its segment, unless an infinitive
// ("asked her to lead the country until") comes first.
func pastGoverns(ws []word, k int, seg func(int) int) bool {
	for j := k - 1; j >= 0 && j >= k-12 && seg(ws[j].start) == seg(ws[k].start); j-- {
		w := ws[j].text
		if j > 0 && ws[j-1].text == "to" && bareVerb(w) {
			return false
		}
		if t := markerOf(w); t != unknownTense {
			return t == past && !modifierWords[ws[max(j-1, 0)].text]
		}
	}
	return false
}

// onsetWords are the present participles that give when a thing named
// before them sets in: "a truce starting at midnight on Friday".
var onsetWords = map[string]bool{"starting": true, "beginning": true, "commencing": true}

// onsetParticiple reports whether word k is an onset participle that
// modifies a noun and governs the expression at word first, with only a
// preposition and a clock time between them ("starting at midnight on
// Friday"). No form of "be" stands before it ("the talks were starting
// on Monday" is a progressive of its own) and no determiner ("the
// beginning of").
func onsetParticiple(ws []word, k, first int) bool {
	if !onsetWords[ws[k].text] || k == 0 || first-k > 6 {
		return false
	}
	for j := k + 1; j < first; j++ {
		if w := ws[j].text; !clockWords[w] && !isNumber(w) && w != "on" && w != "from" {
			return false
		}
	}
	prev := ws[k-1].text
	return !beForms[prev] && !modifierWords[prev] && prev != "of" && prev != "by"
}

// presentBe are the present forms of "be" a passive participle may
// follow.
var presentBe = map[string]bool{"is": true, "are": true, "am": true}

// timeOpeners open a clause of time that follows a date: "in the
// autumn after the repairs are finished".
var timeOpeners = map[string]bool{"after": true, "once": true, "when": true, "until": true, "before": true}

// laterClauseAfter reports whether a word opening a clause of time
// stands between the end of the expression (word last) and the verb at
// word k, at most six words before it.
func laterClauseAfter(ws []word, last, k int) bool {
	for j := k - 1; j >= last && j >= k-6; j-- {
		if timeOpeners[ws[j].text] {
			return true
		}
	}
	return false
}

// firmFutures are the words that set what follows them firmly ahead:
// "will", "shall" and "due".
var firmFutures = map[string]bool{"will": true, "shall": true, "due": true}

// firmFutureBefore reports whether a firm future word ("will reopen",
// "talks due in May", "we'll") stands before the expression at word
// first, in its segment.
func firmFutureBefore(ws []word, first int, seg func(int) int) bool {
	if first >= len(ws) {
		return false
	}
	for j := first - 1; j >= 0 && seg(ws[j].start) == seg(ws[first].start); j-- {
		if firmFutures[ws[j].text] || strings.HasSuffix(ws[j].text, "'ll") {
			return true
		}
	}
	return false
}

// pastBeforeIn reports whether word k, whose tense was read as past, is
// the word right before the "in" or "during" that opens the expression
// at word first: "cuts announced in March", "the talks, which
// collapsed during April", "the plant, shut in May". Such a verb or participle
// governs the month as the verb right before "on Monday" governs the
// day. The words that read as a plan or an expectation ("scheduled in",
// "expected in") are left to the other verbs near them, and so is a
// participle of a passive in the present ("the ship is refitted in
// October"), which tells of no past. A period of accounts (ending the
// expression up to word last) is rather what a company speaks of than
// when: "said in the third quarter it will start marketing".
func pastBeforeIn(ws []word, lex []wordLex, k, first, last int) bool {
	if k != first-2 || k < 0 || (ws[k+1].text != "in" && ws[k+1].text != "during") {
		return false
	}
	if w := ws[last-1].text; w == "quarter" || w == "half" {
		return false
	}
	if k > 0 && (presentBe[ws[k-1].text] || ws[k-1].text == "being") {
		return false
	}
	return lex[k].flags&(lexFutureIfTo|lexExpect) == 0
}
