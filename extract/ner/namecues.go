package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// vesselNouns name a ship before its name: "the Liberian-flagged tanker
// Coral Dawn", "aboard the ferry Trident". "carrier" is left out: it is
// also an airline ("the carrier EgyptAir").
var vesselNouns = wordSet(`tanker tankers freighter ship vessel ferry trawler yacht liner frigate destroyer
	submarine cruiser dredger barge tugboat icebreaker`)

// maxVesselModifiers bounds the words between the article and the vessel
// noun: "the Liberian-flagged oil tanker".
const maxVesselModifiers = 3

// vesselNames makes a ship's name of a name right after a vessel noun that
// an article or an owner's possessive opens, which the tagger takes for a person ("the tanker Coral
// Dawn"): a ship is an other named thing.
func vesselNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	named := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ == model.TypeMISC || s.start < 2 || tags[s.start-1] != 0 || !inSet(vesselNouns, tokText(text, toks, s.start-1)) {
			continue
		}
		if articledNoun(text, toks, s.start-1) {
			retype(tags, s, model.TypeMISC)
			if s.end-s.start >= 2 {
				named[text[toks[s.start].Start:toks[s.end-1].End]] = true
			}
		}
	}
	// A ship's name of two words or more is the ship's at every mention:
	// "the Coral Dawn" further on is no person either.
	retypeNamed(text, toks, dt, named, model.TypeMISC)
}

// craftNouns follow the name of a spacecraft or a rocket: "the Aurora
// lunar lander", "Aurora lander lifts off".
var craftNouns = wordSet(`lander landers rover probe spacecraft capsule orbiter satellite telescope rocket`)

// craftNames makes an other named thing, at its every mention, of a name
// the tagger took for a person or a place right before a craft noun, or
// before one lower-case word and the noun ("the Aurora lunar lander"). A
// body's name stays: "a SpaceX rocket" is the company's.
func craftNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	named := map[string]bool{}
	for _, s := range dt.spans() {
		if s.typ != model.TypePER && s.typ != model.TypeLOC {
			continue
		}
		next := s.end
		if next+1 < len(toks) && tags[next] == 0 && model.PlainWord(tokText(text, toks, next)) && !inSet(craftNouns, tokText(text, toks, next)) {
			next++
		}
		if next < len(toks) && tags[next] == 0 && inSet(craftNouns, tokText(text, toks, next)) {
			named[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeMISC)
}

// articledNoun reports an article opening the noun phrase that ends with
// the noun at token i, a few words before it.
func articledNoun(text string, toks []tok.Token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= maxVesselModifiers+1; k-- {
		w := tokText(text, toks, k)
		switch strings.ToLower(w) {
		case "the", "a", "an", "its", "their", "our", "'s", "’s":
			return true // also a possessive: "its ship", "the firm's tanker"
		}
		if !model.PlainWord(w) && !capitalised(w) && !strings.Contains(w, "-") {
			return false
		}
	}
	return false
}

// prizeVerbs take a prize or a contest as their object: "won the Golden
// Bear", "win the World Cup".
var prizeVerbs = wordSet(`won win wins winning`)

// wonPrizes makes an other named thing of a name after "won the" that
// ends its phrase: a prize or a contest, never the organisation or the
// place the tagger takes it for ("won the Golden Bear at the festival").
// A name before a noun is the noun's ("won the Labour nomination").
func wonPrizes(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypeMISC || s.start < 2 || !strings.EqualFold(tokText(text, toks, s.start-1), "the") ||
			!lowerIn(prizeVerbs, tokText(text, toks, s.start-2)) {
			continue
		}
		next := ""
		if s.end < len(toks) {
			next = tokText(text, toks, s.end)
		}
		if endsPhrase(next) || next == "for" {
			retype(tags, s, model.TypeMISC)
		}
	}
}

// disasterNouns follow the name of the place a fire, a flood or a quake
// strikes: "the Pine Ridge wildfire", "the Kahramanmaraş earthquake".
var disasterNouns = wordSet(`fire wildfire wildfires blaze bushfire bushfires flood floods flooding
	earthquake quake landslide mudslide`)

// disasterPlaces makes a place of a name tagged a person that a disaster
// noun follows in lower case: a person's name does not name a fire.
// "fires" is left out: "Smith fires his coach".
func disasterPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypePER && s.end < len(toks) && inSet(disasterNouns, tokText(text, toks, s.end)) {
			retype(tags, s, model.TypeLOC)
		}
	}
}

// pluralOwnedHeads end the names of bodies that open with a plural
// possessive: "Westminster Magistrates' Court", "the Food Workers' Union",
// "the Ashby Miners' Welfare", "the Working Men's Club".
var pluralOwnedHeads = wordSet(`court courts tribunal union party association federation council trust fund
	college institute society welfare club`)

// pluralPossessiveBodies makes one organisation of the capitalised words
// around a plural possessive ("Magistrates'", "Children's") that end in a body's word:
// the tagger reads "Westminster Magistrates' Court" as a person and drops
// the court.
func pluralPossessiveBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	next := 1 // the first possessive still to visit; a plural possessive ends in one
	for _, p := range dt.possessives() {
		if p < next {
			continue
		}
		if p+1 >= len(toks) {
			break
		}
		owner := tokText(text, toks, p-1)
		if !pluralPossessive(owner, tokText(text, toks, p)) || toks[p].Start != toks[p-1].End || !capitalised(owner) {
			continue
		}
		end, ok := bodyRun(text, toks, p+1)
		if !ok {
			continue
		}
		start := p - 1
		for start > 0 && capitalised(tokText(text, toks, start-1)) && !lowerIn(calendarWords, tokText(text, toks, start-1)) &&
			!sentenceInitial(text, toks, start) {
			start--
		}
		retype(tags, span{start, end, model.TypeORG}, model.TypeORG)
		restAfterBody(text, toks, tags, end)
		next = end + 1
	}
}

// irregularPlurals are the plurals that take "'s": "Brightwater
// Children's Trust", "the Women's Institute".
var irregularPlurals = wordSet(`children women men people`)

// pluralPossessive reports whether owner and the possessive ending w
// after it make a plural possessive: "Magistrates'", "Children's".
func pluralPossessive(owner, w string) bool {
	if w == "'" || w == "’" {
		return strings.HasSuffix(owner, "s")
	}
	return isPossessive(w) && lowerIn(irregularPlurals, owner)
}

// bodyRun returns the end of the capitalised words from token i when the
// last of them is a body's word.
func bodyRun(text string, toks []tok.Token, i int) (int, bool) {
	end := i
	for end < len(toks) && capitalised(tokText(text, toks, end)) && !lowerIn(calendarWords, tokText(text, toks, end)) {
		end++
	}
	return end, end > i && lowerIn(pluralOwnedHeads, tokText(text, toks, end-1))
}

// nationalHeads end the names of national institutions that open with
// the nation's adjective: "the Spanish Film Academy", "the Czech National
// Bank". A ministry is left out: the news writes "the French Interior
// Ministry" with the adjective apart.
var nationalHeads = wordSet(`academy institute council association federation union committee commission agency
	bank foundation society board authority`)

// nationalInstitutions joins a nation's adjective the tagger took for
// another name to the capitalised words right after it, untagged or an
// organisation's, that end in an institution's word: "Spanish" and "Film
// Academy" of "the Spanish Film Academy" are one name.
func nationalInstitutions(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, a := range dt.spans() {
		if a.typ != model.TypeMISC || a.end-a.start != 1 {
			continue
		}
		adj := tokText(text, toks, a.start)
		if strings.Contains(adj, "-") || !adjectiveShaped(adj) {
			continue
		}
		end := a.end
		for end < len(toks) && capitalised(tokText(text, toks, end)) && (tags[end] == 0 || model.TagType(tags[end]) == model.TypeORG) {
			end++
		}
		if end == a.end || !lowerIn(nationalHeads, tokText(text, toks, end-1)) ||
			end < len(toks) && model.IsInside(tags[end]) && model.TagType(tags[end]) == model.TypeORG {
			continue
		}
		retype(tags, span{a.start, end, model.TypeORG}, model.TypeORG)
	}
}

// titleLinks are the lower-case words inside the title of a work of art
// or a book: "Landscape with Windmill", "Portrait of a Lady".
var titleLinks = wordSet("with of a an the in at on")

// maxTitleWords bounds the words of such a title.
const maxTitleWords = 8

// workTitles makes one other name of the title of a work before "by" and
// its maker's name: the tagger reads "River Landscape with Windmill by
// Jan van Goyen" as a place "River Landscape" and an organisation
// "Windmill". A title holds a lower-case link between capitalised words
// and is no one name the tagger found whole ("the Bank of England by
// Andrew Bailey" stays the bank).
func workTitles(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, i := range dt.tokensOf("by") {
		if i < 2 || i+1 >= len(toks) || tags[i+1] != model.BeginTag(model.TypePER) {
			continue
		}
		j, linked := i, false
		for j > 0 && i-j < maxTitleWords && !sentenceInitial(text, toks, j) {
			w := tokText(text, toks, j-1)
			if inSet(titleLinks, w) && tags[j-1] == 0 && j < i && capitalised(tokText(text, toks, j)) {
				linked = true
			} else if !capitalised(w) {
				break
			}
			j--
		}
		for j < i && !capitalised(tokText(text, toks, j)) {
			j++ // a title opens with a capitalised word
		}
		if !linked || i-j < 3 || oneSpan(tags, j, i-1) || !hasTag(tags, j, i) {
			continue
		}
		retype(tags, span{j, i, model.TypeMISC}, model.TypeMISC)
	}
}

// hasTag reports a token of toks[i:j] tagged a name.
func hasTag(tags []int, i, j int) bool {
	for k := i; k < j; k++ {
		if tags[k] != 0 {
			return true
		}
	}
	return false
}

// maxTitleSide bounds the capitalised words on each side of "with" in a
// title.
const maxTitleSide = 3

// commonWordTitles makes one other name of capitalised words the news
// (or the document) writes in lower case on both sides of a bare "with" inside a sentence,
// one side of which the tagger took for a name: "River Landscape with
// Windmill" is a painting's title, not a place and an organisation. A
// title whose maker is not named after it is known by its common words; a
// body's name ("Department of Health") has no "with", and one side being
// a proper name ("talks with China") is no title.
func commonWordTitles(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	titleWord := func(k int) bool {
		w := tokText(text, toks, k)
		return capitalised(w) && !shouted(w) && !lowerIn(calendarWords, w) && !lowerIn(institutionHeads, w) &&
			!lowerIn(longNameHeads, w) && (common(strings.ToLower(w)) || writtenLower(text, toks, k, k))
	}
	next := 1 // the tokens before it are in a title made already
	for _, i := range dt.tokensOf("with") {
		if i < next || i+1 >= len(toks) || tags[i] != 0 {
			continue
		}
		j := i
		for j > 0 && i-j < maxTitleSide && titleWord(j-1) && !sentenceInitial(text, toks, j-1) {
			j--
		}
		e := i + 1
		for e < len(toks) && e-i <= maxTitleSide && titleWord(e) && !sentenceInitial(text, toks, e) {
			e++
		}
		if j == i || e == i+1 || j > 0 && capitalised(tokText(text, toks, j-1)) || e < len(toks) && capitalised(tokText(text, toks, e)) ||
			!hasTag(tags, j, e) || oneSpan(tags, j, e-1) {
			continue
		}
		retype(tags, span{j, e, model.TypeMISC}, model.TypeMISC)
		if e < len(toks) && model.IsInside(tags[e]) {
			setTag(tags, e, model.BeginTag(model.TagType(tags[e])))
		}
		next = e + 1
	}
}

// restAfterBody opens a new mention at token end with what is left of a
// mention a body's name was cut from, without its lower-case words: "of"
// starts no name, so "Farmers' Union of Ilse Varnholt" leaves "Ilse
// Varnholt", a person when the document tags the last word alone as one.
func restAfterBody(text string, toks []tok.Token, tags []int, end int) {
	if end >= len(tags) || !model.IsInside(tags[end]) {
		return
	}
	ty := model.TagType(tags[end])
	i := end
	for i < len(tags) && model.IsInside(tags[i]) && !capitalised(tokText(text, toks, i)) {
		setTag(tags, i, 0)
		i++
	}
	if i >= len(tags) || !model.IsInside(tags[i]) {
		return
	}
	j := i + 1
	for j < len(tags) && model.IsInside(tags[j]) {
		j++
	}
	if i > end && ty != model.TypePER && personWordElsewhere(text, toks, tags, tokText(text, toks, j-1)) {
		ty = model.TypePER
	}
	retype(tags, span{i, j, ty}, ty)
}

// personWordElsewhere reports a word the document tags alone as a person.
func personWordElsewhere(text string, toks []tok.Token, tags []int, w string) bool {
	for i := range tags {
		if tags[i] == model.BeginTag(model.TypePER) && (i+1 == len(tags) || !model.IsInside(tags[i+1])) && tokText(text, toks, i) == w {
			return true
		}
	}
	return false
}
