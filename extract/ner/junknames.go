package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// pluralKinNouns introduce a list of a family's members by their given
// names: "two children, Ada and Tom", "their sons, Piet, Jan and Karel".
var pluralKinNouns = wordSet(`children sons daughters grandchildren brothers sisters stepchildren`)

// kinListedPeople makes people of the names, of one or two words each,
// listed after a plural kin noun and a comma: "She leaves two children,
// Ada and Tom." The list is names joined by commas and "and" up to the
// end of the sentence or a comma after its last name.
func kinListedPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for k := 1; k+2 < len(toks); k++ {
		if tokText(text, toks, k+1) != "," || !lowerIn(pluralKinNouns, tokText(text, toks, k)) || tags[k] != 0 {
			continue
		}
		names, last := kinList(text, toks, tags, k+2)
		if len(names) < 2 || last != "and" {
			continue
		}
		if e := names[len(names)-1].end; e < len(toks) && !inSet(kinListEnds, tokText(text, toks, e)) {
			continue
		}
		for _, s := range names {
			retype(tags, s, model.TypePER)
		}
	}
}

// kinListEnds close a list of names.
var kinListEnds = wordSet(`. , ;`)

// kinList reads the names of one or two words from token i on, joined by
// commas and "and", and returns them with the joiner before the last.
func kinList(text string, toks []tok.Token, tags []int, i int) ([]span, string) {
	var names []span
	sep := ""
	for i < len(toks) && model.TagType(tags[i]) >= 0 && !model.IsInside(tags[i]) {
		e := i + 1
		for e < len(toks) && model.IsInside(tags[e]) {
			e++
		}
		if e-i > 2 {
			return nil, ""
		}
		names = append(names, span{i, e, model.TagType(tags[i])})
		if sep == "and" || e >= len(toks) {
			break
		}
		switch w := tokText(text, toks, e); {
		case w == "and":
			sep, i = "and", e+1
		case w == "," && e+1 < len(toks) && tokText(text, toks, e+1) == "and":
			sep, i = "and", e+2
		case w == ",":
			sep, i = ",", e+1
		default:
			return names, sep
		}
	}
	return names, sep
}

// firmTails end the names of financial and advisory firms whose staff
// the news names as "Ada Lenz of Holt Securities".
var firmTails = wordSet(`securities partners capital markets advisors advisers associates holdings investments research consulting`)

// firmShaped reports a name that reads as a firm's: it ends in a legal
// form or a firm's tail word.
func firmShaped(text string, toks []tok.Token, to int) bool {
	last := strings.TrimSuffix(tokText(text, toks, to-1), ".")
	return legalSuffix(last) || lowerIn(firmTails, last)
}

// personsOfShapedFirms splits an organisation made of a given name, a
// surname, "of" and a firm-shaped name into the person and the firm,
// whatever follows: "Ada Lenz of Holt Securities kept her rating".
func personsOfShapedFirms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		of := s.start + 2
		if s.typ != model.TypeORG || s.end-of < 2 || tokText(text, toks, of) != "of" || !firmShaped(text, toks, s.end) {
			continue
		}
		if !givenAndSurname(tokText(text, toks, s.start), tokText(text, toks, s.start+1)) {
			continue
		}
		retype(tags, span{s.start, of, model.TypePER}, model.TypePER)
		setTag(tags, of, 0)
		retype(tags, span{of + 1, s.end, model.TypeORG}, model.TypeORG)
	}
}

// bareRoleWords are words of officers' titles that, alone, name no one:
// "Interim" and "Treasurer" left over from "Treasurer, as Interim Chief
// Financial Officer".
var bareRoleWords = wordSet(`interim acting treasurer chief controller comptroller`)

// dropBareRoleWords removes one-word mentions that are only a word of an
// officer's title, written with a capital.
func dropBareRoleWords(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.typ == model.TypePER {
			continue
		}
		if w := tokText(text, toks, s.start); capitalised(w) && lowerIn(bareRoleWords, w) {
			setTag(tags, s.start, 0)
		}
	}
}

// namedZoneWords open the spelled-out names of time zones: "Eastern
// Time", "Central European Summer Time".
var namedZoneWords = wordSet(`eastern central pacific mountain atlantic alaska hawaii greenwich british european standard daylight summer mean`)

// dropNamedClockZones removes a spelled-out time zone after a clock time:
// "5 p.m. Eastern Time" names no organisation.
func dropNamedClockZones(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.start == 0 || s.end-s.start < 2 || s.end-s.start > 4 || tokText(text, toks, s.end-1) != "Time" {
			continue
		}
		if !clockWord.MatchString(tokText(text, toks, s.start-1)) {
			continue
		}
		all := true
		for i := s.start; i < s.end-1 && all; i++ {
			all = lowerIn(namedZoneWords, tokText(text, toks, i))
		}
		if all {
			clearTags(tags, s.start, s.end)
		}
	}
}

// creditNouns name the pictures a bracketed credit is given for.
var creditNouns = wordSet(`photo photos photograph picture pictures image images illustration graphic video`)

// dropSlashCredits drops the name closing a bracketed picture credit
// after a slash: "(Courier photo / A. Lind)" credits the photographer,
// no one the story speaks of.
func dropSlashCredits(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.start < 3 || s.end >= len(toks) || tokText(text, toks, s.end) != ")" || tokText(text, toks, s.start-1) != "/" {
			continue
		}
		for k := s.start - 2; k >= 0 && s.start-k <= 6; k-- {
			w := tokText(text, toks, k)
			if w == "(" || w == ")" {
				break
			}
			if lowerIn(creditNouns, w) {
				clearTags(tags, s.start, s.end)
				break
			}
		}
	}
}

// shareLabels open a line of buttons that share the page: "Share:
// Facebook X LinkedIn".
var shareLabels = wordSet(`share follow`)

// shareLines makes organisations of the names on a line that opens with
// a share label and a colon: the line is page furniture, its names the
// buttons of social networks ("LinkedIn" is no person).
func shareLines(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for k := 0; k+1 < len(toks); k++ {
		if tokText(text, toks, k+1) != ":" || !lowerIn(shareLabels, tokText(text, toks, k)) || !tokOpensLine(text, toks, k) {
			continue
		}
		for i := k + 2; i < len(toks) && !tokOpensLine(text, toks, i); i++ {
			switch t := model.TagType(tags[i]); {
			case t < 0 || t == model.TypeORG:
			case model.IsInside(tags[i]):
				setTag(tags, i, model.InsideTag(model.TypeORG))
			default:
				setTag(tags, i, model.BeginTag(model.TypeORG))
			}
		}
	}
}

// tokOpensLine reports whether token i opens the text or a line.
func tokOpensLine(text string, toks []tok.Token, i int) bool {
	return i == 0 || hasLineBreak(text[toks[i-1].End:toks[i].Start])
}

// marketWorkers are the staff of firms the news quotes as "an analyst
// at" their employer.
var marketWorkers = wordSet(`analyst analysts economist economists strategist strategists trader traders dealer dealers broker brokers`)

// marketEmployers makes an organisation of a name tagged a place, no
// listed place, after a market worker and "at": "an analyst at
// Greyfield Research".
func marketEmployers(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.start < 2 || tokText(text, toks, s.start-1) != "at" || !lowerIn(marketWorkers, tokText(text, toks, s.start-2)) {
			continue
		}
		words := make([]string, 0, s.end-s.start)
		for i := s.start; i < s.end; i++ {
			words = append(words, tokText(text, toks, i))
		}
		if !model.ListedPlace(words) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// toldEnds close the object of "told": punctuation or the clause told.
var toldEnds = wordSet(`. , ; : " ” that on in last this by`)

// toldOutlets makes an organisation of an acronym tagged a place, no
// listed place, told something: "Lind told KPA on Monday" speaks to an
// outlet or a body, which a place cannot be told.
func toldOutlets(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 1 || s.start == 0 || tokText(text, toks, s.start-1) != "told" {
			continue
		}
		w := tokText(text, toks, s.start)
		if len(w) < 2 || strings.ToUpper(w) != w || model.ListedPlace([]string{w}) {
			continue
		}
		if s.end < len(toks) && !inSet(toldEnds, tokText(text, toks, s.end)) {
			continue
		}
		retype(tags, s, model.TypeORG)
	}
}

// dropCapsHeaderWords removes a one-word mention in capitals that fills
// the first or the last line of the text and that the document never
// writes with a capital inside a line: "OBITUARY" or "ANALYSIS" heading
// an article labels its section and "REUTER" closing it signs it off,
// while "NATO" is written again in the story.
func dropCapsHeaderWords(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start != 0 && s.end != len(toks) || !tokOpensLine(text, toks, s.start) || s.end < len(toks) && !tokOpensLine(text, toks, s.end) {
			continue
		}
		w := tokText(text, toks, s.start)
		if len(w) > 3 && capsLetters(w) && !writtenInLine(text, toks, w) {
			setTag(tags, s.start, 0)
		}
	}
}

// capsLetters reports a word of capital ASCII letters only.
func capsLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// writtenInLine reports whether the document writes w, any case but with
// a capital, at a token that does not open a line.
func writtenInLine(text string, toks []tok.Token, w string) bool {
	for i := range toks {
		if v := tokText(text, toks, i); capitalised(v) && strings.EqualFold(v, w) && !tokOpensLine(text, toks, i) {
			return true
		}
	}
	return false
}

// listingSuffixes close a hyphened adjective of a stock market's name:
// "Nasdaq-listed", "LSE-quoted".
var listingSuffixes = []string{"-listed", "-traded", "-quoted"}

// dropListingAdjectives removes a one-word mention that is an adjective
// made of an exchange's name and "-listed": it describes the company
// after it and names no event or product.
func dropListingAdjectives(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 {
			continue
		}
		if listingAdjective(tokText(text, toks, s.start)) {
			setTag(tags, s.start, 0)
		}
	}
}

// listingAdjective reports a word whose lower-case form ends in a listing
// suffix after at least one more character. The suffixes are ASCII
// without a "k", and no character but an ASCII one lowers to an ASCII
// letter, "-" or "k" (the Kelvin sign), so the form ends in a suffix
// exactly when the word's last bytes are the suffix in any ASCII case,
// and no lower-case copy of the word is needed.
func listingAdjective(w string) bool {
	for _, suf := range listingSuffixes {
		if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// featureBodyHeads are the place words that open the names of bodies of
// the states around them: "the Gulf of Arlen Cooperation Council".
var featureBodyHeads = wordSet(`gulf bay sea lake river`)

// joinFeatureBodies joins a one-word place, "of" and the organisation
// right after it into one organisation: the tagger reads "Gulf of Arlen
// Cooperation Council" as the place "Gulf" and the body "Arlen
// Cooperation Council".
func joinFeatureBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for n := 0; n+1 < len(ss); n++ {
		a, b := ss[n], ss[n+1]
		if a.typ != model.TypeLOC || a.end-a.start != 1 || b.typ != model.TypeORG || b.start != a.end+1 || tokText(text, toks, a.end) != "of" {
			continue
		}
		if !lowerIn(featureBodyHeads, tokText(text, toks, a.start)) || !lowerIn(orgHeads, tokText(text, toks, b.end-1)) {
			continue
		}
		retype(tags, span{a.start, b.end, model.TypeORG}, model.TypeORG)
		n++
	}
}

// junkNames drops the names of page furniture, time zones, titles'
// words and credits, and retypes names whose cues tell their kind.
func junkNames(text string, toks []tok.Token, dt *docTags) {
	if dt.mayHoldAny(shareLabels) {
		shareLines(text, toks, dt)
	}
	dropSlashCredits(text, toks, dt)
	dropNamedClockZones(text, toks, dt)
	dropBareRoleWords(text, toks, dt)
	dropCapsHeaderWords(text, toks, dt)
	dropListingAdjectives(text, toks, dt)
	dropPluralListOpeners(text, toks, dt)
	personsOfShapedFirms(text, toks, dt)
	if dt.mayHoldAny(pluralKinNouns) {
		kinListedPeople(text, toks, dt)
	}
	marketEmployers(text, toks, dt)
	toldOutlets(text, toks, dt)
	joinFeatureBodies(text, toks, dt)
	dashedExpansions(text, toks, dt)
	datelineOutlets(text, toks, dt)
	if dt.mayHoldAny(eventHeads) {
		shortenedNames(text, toks, dt)
	}
	starredWorks(text, toks, dt)
	if dt.mayHoldAny(plainWorkNouns) {
		articledWorkTitles(text, toks, dt)
	}
	worksByPeople(text, toks, dt)
	apposedSettlements(text, toks, dt)
	if dt.mayHoldWord("survived") {
		survivedPeople(text, toks, dt)
	}
	acronymHeads(text, toks, dt)
	iDemonyms(text, toks, dt)
	statesOfTitles(text, toks, dt)
}

// dropPluralListOpeners removes a one-word organisation or other name
// that opens a sentence, ends in a plural's "s" and heads a list of
// lower-case plural phrases:
// "Lanterns, paper flags and wreaths lined the road" lists things. A word
// the document also writes alone inside a sentence as a name stays.
func dropPluralListOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.typ == model.TypePER || s.typ == model.TypeLOC || !sentenceInitial(text, toks, s.start) || !pluralPhraseAfter(text, toks, s.end) {
			continue
		}
		w := tokText(text, toks, s.start)
		if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.ToUpper(w) == w {
			continue
		}
		if !namedAlone(text, toks, tags, s.start) {
			setTag(tags, s.start, 0)
		}
	}
}

// pluralPhraseAfter reports a comma at token k and then one to three
// lower-case words, the last a plural, before "and", "or" or a comma:
// ", film posters and".
func pluralPhraseAfter(text string, toks []tok.Token, k int) bool {
	if k >= len(toks) || tokText(text, toks, k) != "," {
		return false
	}
	for i := k + 1; i < len(toks) && i <= k+3; i++ {
		w := tokText(text, toks, i)
		if !isLowerWord(w) {
			return false
		}
		if i+1 >= len(toks) {
			return false
		}
		switch tokText(text, toks, i+1) {
		case "and", "or", ",":
			sing, ok := strings.CutSuffix(w, "s")
			return ok && len(sing) > 2 && !strings.HasSuffix(sing, "s")
		}
	}
	return false
}

// dashes join an acronym to the name it stands for on a masthead line.
var dashes = wordSet("- – —")

// dashedExpansions makes one organisation of the capitalised words
// after an acronym and a dash whose initials spell it, and an
// organisation of the acronym: "KPA - Kestrel Press Agency" names the
// agency twice.
func dashedExpansions(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		w := tokText(text, toks, s.start)
		if s.end-s.start != 1 || len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w || s.end+len(w) >= len(toks) || !inSet(dashes, tokText(text, toks, s.end)) {
			continue
		}
		from := s.end + 1
		ok := true
		for n := 0; n < len(w) && ok; n++ {
			v := tokText(text, toks, from+n)
			ok = capitalised(v) && v[0] == w[n]
		}
		if !ok || model.IsInside(tags[from]) || from+len(w) < len(toks) && model.IsInside(tags[from+len(w)]) {
			continue
		}
		retype(tags, s, model.TypeORG)
		retype(tags, span{from, from + len(w), model.TypeORG}, model.TypeORG)
	}
}

// datelineOutlets makes an organisation of a one-word name in capitals
// bracketed before a dash on a dateline: "HARLOW, May 3 (KPA) -" credits
// the agency.
func datelineOutlets(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.typ == model.TypeORG || s.start < 3 || s.end+1 >= len(toks) {
			continue
		}
		if tokText(text, toks, s.start-1) != "(" || tokText(text, toks, s.end) != ")" || !inSet(dashes, tokText(text, toks, s.end+1)) {
			continue
		}
		if w := tokText(text, toks, s.start); len(w) < 2 || strings.ToUpper(w) != w || !dayNumber(tokText(text, toks, s.start-2)) {
			continue
		}
		retype(tags, s, model.TypeORG)
	}
}

// dayNumber reports a day of the month written in digits.
func dayNumber(w string) bool {
	return len(w) >= 1 && len(w) <= 2 && w[0] >= '0' && w[0] <= '9' && w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// eventHeads end the names of events that the news shortens to their
// first word and the head in lower case: "the Harlow festival".
var eventHeads = wordSet(`festival festivals games awards biennale carnival marathon fair olympics`)

// shortenedNames gives a one-word name the type of a longer event's name
// of the document it opens, when a lower-case copy of the longer name's
// last word, an event's head, follows it: "the Harlow festival" is the
// Harlow International Film Festival, no place. A listed place keeps its
// type ("the Venice festival").
func shortenedNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for _, s := range ss {
		if s.end-s.start != 1 || s.end >= len(toks) {
			continue
		}
		next := tokText(text, toks, s.end)
		if !isLowerWord(next) || !inSet(eventHeads, next) {
			continue
		}
		w := tokText(text, toks, s.start)
		if model.ListedPlace([]string{w}) {
			continue
		}
		for _, l := range ss {
			if l.end-l.start < 2 || l.typ != model.TypeMISC || l.typ == s.typ || tokText(text, toks, l.start) != w || !strings.EqualFold(tokText(text, toks, l.end-1), next) {
				continue
			}
			retype(tags, s, l.typ)
			break
		}
	}
}

// townNouns name the settlements an apposition or a lower-case noun
// after a name calls it: "Harlow, the river town", "the Harlow town
// council".
var townNouns = wordSet(`town towns city village hamlet port suburb township`)

// apposedSettlements makes a place, at its every mention, of a one-word
// name tagged a person or an organisation that an apposition after it calls a settlement,
// "in Harlow, the river town where she grew up", or that stands before a
// settlement noun in lower case after "the", "the Harlow town council".
func apposedSettlements(text string, toks []tok.Token, dt *docTags) {
	names := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypeLOC || s.typ == model.TypeMISC || s.end-s.start != 1 || s.end+1 >= len(toks) {
			continue
		}
		if settlementApposition(text, toks, dt.tags, s.end) || s.start > 0 && strings.EqualFold(tokText(text, toks, s.start-1), "the") && townNounAt(text, toks, s.end) {
			names[tokText(text, toks, s.start)] = true
		}
	}
	retypeNamed(text, toks, dt, names, model.TypeLOC)
}

// settlementApposition reports ", the" or ", a" at token k and then up
// to two lower-case words and a settlement noun: ", the river town".
func settlementApposition(text string, toks []tok.Token, tags []int, k int) bool {
	if tokText(text, toks, k) != "," || k+2 >= len(toks) {
		return false
	}
	if a := tokText(text, toks, k+1); a != "the" && a != "a" {
		return false
	}
	for i := k + 2; i < len(toks) && i <= k+4; i++ {
		w := tokText(text, toks, i)
		if tags[i] != 0 || !isLowerWord(w) {
			return false
		}
		if townNounAt(text, toks, i) {
			return true
		}
	}
	return false
}

// townNounAt reports a town noun at token i that owns nothing after it:
// "the country's biggest" speaks of something else.
func townNounAt(text string, toks []tok.Token, i int) bool {
	return inSet(townNouns, tokText(text, toks, i)) && (i+1 >= len(toks) || !isPossessive(tokText(text, toks, i+1)))
}

// survivedPeople makes people of the names of one or two words listed
// after "survived by" in the same sentence, each after "by", a comma or
// "and": "She is survived by Tom, by Ada and Piet, and by a sister."
func survivedPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for k := 0; k+2 < len(toks); k++ {
		if tokText(text, toks, k) != "survived" || tokText(text, toks, k+1) != "by" {
			continue
		}
		for i := k + 2; i < len(toks); i++ {
			w := tokText(text, toks, i)
			if w == "." || w == ";" {
				break
			}
			if model.TagType(tags[i]) < 0 || model.IsInside(tags[i]) {
				continue
			}
			e := i + 1
			for e < len(toks) && model.IsInside(tags[e]) {
				e++
			}
			if p := tokText(text, toks, i-1); e-i <= 2 && (p == "by" || p == "," || p == "and") {
				retype(tags, span{i, e, model.TypePER}, model.TypePER)
			}
		}
	}
}

// acronymHeads gives a name the capitalised words before it that the
// bracketed acronym after it spells with it: the tagger cuts "the Edge
// Compute Platform (ECP)" to "Compute Platform". A name an acronym
// stands for is no person's.
func acronymHeads(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.start == 0 || s.end+2 >= len(toks) || tokText(text, toks, s.end) != "(" || tokText(text, toks, s.end+2) != ")" {
			continue
		}
		acr := tokText(text, toks, s.end+1)
		n := len(acr) - (s.end - s.start)
		if n < 1 || n > 2 || s.start < n || strings.ToUpper(acr) != acr || !initialsSpell(text, toks, s.start-n, s.end, acr) {
			continue
		}
		from := s.start - n
		if tags[from] != 0 || tags[s.start-1] != 0 {
			continue
		}
		typ := s.typ
		if typ == model.TypePER {
			typ = model.TypeORG
		}
		retype(tags, span{from, s.end, typ}, typ)
	}
}

// initialsSpell reports whether the words [a, e), all capitalised, open
// with the letters of acr in order.
func initialsSpell(text string, toks []tok.Token, a, e int, acr string) bool {
	if e-a != len(acr) {
		return false
	}
	for i := a; i < e; i++ {
		w := tokText(text, toks, i)
		if !capitalised(w) || w[0] != acr[i-a] {
			return false
		}
	}
	return true
}

// iDemonyms makes nationality-like names of one-word people and
// organisations that are a place of the same text with "i" added:
// "Qadiri patrol boats" after "Qadir" was tagged a place.
func iDemonyms(text string, toks []tok.Token, dt *docTags) {
	places := map[string]bool{}
	ss := dt.spans()
	for _, s := range ss {
		if s.typ == model.TypeLOC && s.end-s.start == 1 {
			places[tokText(text, toks, s.start)] = true
		}
	}
	if len(places) == 0 {
		return // no name is a place's with "i" added
	}
	for _, s := range ss {
		if s.end-s.start != 1 || s.typ == model.TypeLOC || s.typ == model.TypeMISC {
			continue
		}
		if stem, ok := strings.CutSuffix(tokText(text, toks, s.start), "i"); ok && len(stem) > 4 && places[stem] {
			retype(dt.tags, s, model.TypeMISC)
		}
	}
}

// stateTitles are the titles of a state's ministers and monarchs, which
// a country's possessive stands before: "Orland's Prime Minister".
var stateTitles = wordSet(`prime foreign defence defense king queen emir sultan crown`)

// statesOfTitles makes a place, at its every mention, of a one-word name
// whose possessive stands before a state's title and a person: "Orland's
// Prime Minister Ada Lenz". A person's possessive before "President" is
// a country's too: no person has a president.
func statesOfTitles(text string, toks []tok.Token, dt *docTags) {
	names := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypeLOC || s.end-s.start != 1 || s.end+2 >= len(toks) || !isPossessive(tokText(text, toks, s.end)) {
			continue
		}
		w := tokText(text, toks, s.end+1)
		state := capitalised(w) && lowerIn(stateTitles, w) || s.typ == model.TypePER && w == "President"
		if !state {
			continue
		}
		for k := s.end + 2; k < len(toks) && k <= s.end+3; k++ {
			if model.TagType(dt.tags[k]) == model.TypePER && !model.IsInside(dt.tags[k]) {
				names[tokText(text, toks, s.start)] = true
				break
			}
		}
	}
	retypeNamed(text, toks, dt, names, model.TypeLOC)
}
