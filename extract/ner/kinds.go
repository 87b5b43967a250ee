package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// numberedWords open the label of a step or a spot in a series, which is
// no name: "Camp 3", "Phase III", "Stage 2".
var numberedWords = fixedSet(map[string]bool{"camp": true, "phase": true, "stage": true, "step": true, "round": true, "level": true})

// placeKinds follow a place's name in lower case: "Quảng Ngãi province",
// "Quang Ngai and Binh Dinh provinces".
var placeKinds = fixedSet(map[string]bool{
	"province": true, "provinces": true, "district": true, "districts": true, "county": true, "counties": true,
	"prefecture": true, "prefectures": true, "region": true, "regions": true, "governorate": true,
	"municipality": true, "oblast": true, "field": true, "fields": true, "oilfield": true, "oilfields": true,
})

// localPlurals follow a place's name as the places and people in it, and
// no person's: "Cyberattack hits Midvale hospitals", "Leeds residents".
// Before "of" they name a place too: "Residents of Midvale".
var localPlurals = wordSet("hospitals schools residents households homeowners streets villages suburbs neighbourhoods beaches")

// orgKinds follow an organisation's name in lower case: "Her Unión
// Democrática party".
var orgKinds = fixedSet(map[string]bool{"party": true})

// groupKinds follow the plural name of an armed group after "the": "the
// Red Hawks militia".
var groupKinds = wordSet("militia militias gang cartel")

// armedGroup reports a name like "the Red Hawks militia": "the" before
// it, a plural last word and a group's kind after it. A place's name
// before the kind ("the Baghdad militia") is no plural.
func armedGroup(prev, last, next string) bool {
	return prev == "the" && inSet(groupKinds, next) && strings.HasSuffix(last, "s")
}

// gangKinds follow a criminal group's name in lower case: "the Grey Heron
// gang", "a Blue Viper syndicate".
var gangKinds = wordSet("gang cartel syndicate")

// namedGang reports a name of two words or more taken for a person that a
// criminal group's kind follows, or "group" after "the": "the Grey Heron
// gang claimed the attack", "the Grey Heron group".
func namedGang(prev, next string) bool {
	return inSet(gangKinds, next) || strings.EqualFold(prev, "the") && next == "group"
}

// waterways end the names of places the tagger may take for bodies run by
// people: "the Varna Canal".
var waterways = wordSet("canal river strait straits sea ocean gulf peninsula")

// placeNouns and orgNouns name the kind of thing a name set off by a
// comma after them is: "his first summit, Cho Oyu,", "the club's home,
// Elmfield Park", "the museum's insurer, Achmea,".
var (
	placeNouns = fixedSet(map[string]bool{"summit": true, "peak": true, "mountain": true, "volcano": true, "field": true, "fields": true,
		"stadium": true, "ground": true, "home": true, "venue": true, "arena": true})
	orgNouns = fixedSet(map[string]bool{"insurer": true, "lender": true, "bank": true, "carrier": true, "airline": true,
		"company": true, "firm": true, "publisher": true, "broadcaster": true, "operator": true, "retailer": true,
		"manufacturer": true, "carmaker": true, "automaker": true, "supplier": true, "insurers": true})
	// venueNouns name a business whose name, set off by a comma after
	// them, may be of several words and read like a person's: "his
	// flagship restaurant, Maison Croix,".
	venueNouns = wordSet("restaurant restaurants hotel bistro brasserie cafe café bakery pub nightclub brewery winery")
	// firmNouns name a company, never its people, so the name set off
	// after them is the company's even when of several words that read
	// like a person's: "a construction firm, Castell Obras,".
	firmNouns = wordSet("firm company chain retailer carmaker automaker manufacturer lender bank insurer airline conglomerate")
	// roleLinks tie a firm to the person before them: "a spokesman for
	// the company, John Smith,".
	roleLinks = wordSet("for of at with")
)

// bodyNouns name, with no word before them but "the", a body and none of
// its people, so the name set off after them is the body's even when it
// reads like a person's: "The operator, Kvitfjell Olje, said".
var bodyNouns = wordSet("operator group charity")

// bareApposed reports a name set off by a comma after "the" and one of
// nouns: "The operator, Kvitfjell Olje,". A modifier makes a person's
// trade of the noun ("the crane operator, John Smith,").
func bareApposed(text string, toks []tok.Token, s span, nouns map[string]bool) bool {
	n := s.start - 2
	return n >= 1 && tokText(text, toks, s.start-1) == "," && nouns[tokText(text, toks, n)] &&
		strings.EqualFold(tokText(text, toks, n-1), "the") && (n == 1 || !lowerIn(roleLinks, tokText(text, toks, n-2)))
}

// roleLinked reports whether the noun phrase ending at token n, a
// business's noun, is tied by a preposition to the role of a person
// before it: "the owner of a Leeds café, Anna Berg," names the owner, not
// the café, as "a spokesman for the airline, Tom Reed," names the
// spokesman.
func roleLinked(text string, toks []tok.Token, n int) bool {
	for j := n - 1; j >= 0 && n-j <= maxFronted; j-- {
		w := tokText(text, toks, j)
		switch lw := strings.ToLower(w); {
		case lw == "a" || lw == "an" || lw == "the":
			return j > 0 && lowerIn(roleLinks, tokText(text, toks, j-1))
		case !model.PlainWord(w) && !isPossessive(w) && !opensUpper(w):
			return false
		}
	}
	return false
}

// firmApposed reports a name set off by a comma after a firm's noun
// phrase ("a construction firm, Castell Obras,") that no preposition ties
// to a person's role before it.
func firmApposed(text string, toks []tok.Token, s span) bool {
	n := s.start - 2
	if n < 0 || tokText(text, toks, s.start-1) != "," || !inSet(firmNouns, tokText(text, toks, n)) {
		return false
	}
	for j := n - 1; j >= 0 && n-j <= maxFronted; j-- {
		w := tokText(text, toks, j)
		switch lw := strings.ToLower(w); {
		case lw == "a" || lw == "an" || lw == "the":
			return j == 0 || !lowerIn(roleLinks, tokText(text, toks, j-1))
		case !model.PlainWord(w) && !isPossessive(w) && !capitalised(w):
			return false
		}
	}
	return false
}

// kindCues types the names whose neighbours say what kind of thing they
// are, against the tagger: a numbered label is no name ("Camp 3"), a name
// before "province" or after "summit," is a place, one before "party" (a
// one-word place too in a sentence about politics: "the nationalist
// Homeland party", see politicalParty) or after "insurer," or a plural
// one between "the" and "militia" an organisation, a name ending in "Canal" or "Sea" a place, a river's name before "river" is a
// place ("the Tigris river") and so is a name tagged a person after "in
// the" ("climbing in the Picos de Europa") or an organisation after
// "near" ("a museum near Utrecht"), a name after "the" that rises in a
// flood is a river ("as the Danube rose") and one after "shares in" a
// company. A name so typed takes the type at its
// other mentions the tagger took for no person ("Tigris" in a headline).
func kindCues(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	kinds := map[string]int{}
	seats := map[string]bool{} // a seat's name is a place at its every mention
	cued := make([]bool, len(ss))
	for k, s := range ss {
		typ, ok := cuedKind(text, toks, ss, k, &dt.near)
		if !ok {
			continue
		}
		cued[k] = true
		if typ < 0 {
			for i := s.start; i < s.end; i++ {
				setTag(tags, i, 0)
			}
			continue
		}
		retype(tags, s, typ)
		name := text[toks[s.start].Start:toks[s.end-1].End]
		kinds[name] = typ
		if typ == model.TypeLOC && seatCued(text, toks, s) {
			seats[name] = true
		}
	}
	for k, s := range ss {
		name := text[toks[s.start].Start:toks[s.end-1].End]
		if typ, ok := kinds[name]; ok && !cued[k] && (s.typ != model.TypePER || placedBy(text, toks, s, typ) || seats[name]) {
			retype(tags, s, typ)
		}
	}
}

// placedBy reports a mention after a preposition of place that a cue
// elsewhere made a place: "in Ashby Green" after "the village of Ashby
// Green".
func placedBy(text string, toks []tok.Token, s span, typ int) bool {
	return typ == model.TypeLOC && s.start > 0 && inSet(locatives, tokText(text, toks, s.start-1))
}

// cuedKind returns the type the neighbours of the k-th name give it, -1
// for none at all. bufs is the room phraseKind lowers words into.
func cuedKind(text string, toks []tok.Token, ss []span, k int, bufs *[5]swar.WordBuf) (int, bool) {
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return tokText(text, toks, i)
	}
	s := ss[k]
	if typ, ok := phraseKind(text, toks, s, bufs); ok {
		return typ, true
	}
	prev, next, n := word(s.start-1), word(s.end), s.end-s.start
	switch {
	case lowerIn(numberedWords, word(s.start)) && (n == 2 && numeral(word(s.start+1)) || n == 1 && numeral(next)):
		return -1, true
	case s.typ != model.TypeMISC && s.typ != model.TypeLOC && (inSet(placeKinds, next) || listedBeforeKind(text, toks, ss, k, placeKinds) || seatCued(text, toks, s)):
		return model.TypeLOC, true
	case s.typ == model.TypePER && inSet(orgKinds, next),
		s.typ == model.TypeLOC && n == 1 && inSet(orgKinds, next) && politicalParty(text, toks, s),
		(s.typ == model.TypePER || s.typ == model.TypeLOC) && armedGroup(prev, word(s.end-1), next),
		s.typ == model.TypePER && n >= 2 && namedGang(prev, next):
		return model.TypeORG, true
	case s.typ == model.TypeORG && n > 1 && lowerIn(waterways, word(s.end-1)):
		return model.TypeLOC, true
	case s.typ == model.TypePER && n == 1 && inSet(localPlurals, next),
		s.typ != model.TypeLOC && s.typ != model.TypeMISC && prev == "of" && lowerIn(localPlurals, word(s.start-2)):
		return model.TypeLOC, true
	case s.typ == model.TypeMISC && next == "river" && prev == "the",
		s.typ == model.TypePER && prev == "the" && inSet(locatives, word(s.start-2)) && endsPhrase(next),
		s.typ == model.TypeORG && n == 1 && prev == "near",
		s.typ != model.TypeLOC && s.typ != model.TypeMISC && (apposedTo(text, toks, s, placeNouns) || listedAfterApposed(text, toks, ss, k, placeNouns)):
		return model.TypeLOC, true
	case (s.typ == model.TypeLOC || s.typ == model.TypeORG) && n == 1 && inSet(artworkNouns, next) && !listedPlace(text, toks, s):
		return model.TypePER, true
	case s.typ == model.TypeORG && n == 1 && prev == "the" && inSet(riseVerbs, next) && floodSentence(text, toks, s.start):
		return model.TypeLOC, true
	case s.typ == model.TypePER && n == 1 && apposedTo(text, toks, s, orgNouns) && !roleLinked(text, toks, s.start-2),
		s.typ == model.TypePER && bareApposed(text, toks, s, bodyNouns),
		(s.typ == model.TypePER || s.typ == model.TypeLOC) && (apposedTo(text, toks, s, venueNouns) && !roleLinked(text, toks, s.start-2) || firmApposed(text, toks, s)),
		(s.typ == model.TypeLOC || s.typ == model.TypePER) && (prev == "in" || prev == "of") && lowerIn(holdingNouns, word(s.start-2)) &&
			!listedPlace(text, toks, s):
		return model.TypeORG, true
	}
	return 0, false
}

// politicalWords tell a sentence about politics, where a "party" is a
// political party: "The nationalist Homeland party, led by Radu Costin,
// won 17 seats".
var politicalWords = wordSet(`election elections elected seats vote votes voted voters ballot polls coalition
	parliament parliamentary leader led lawmakers nationalist nationalists ruling opposition governing
	campaign candidate candidates manifesto government`)

// politicalParty reports whether the one-word place s before "party"
// names a political party: it is no listed place and its sentence is
// about politics ("the nationalist Homeland party won 17 seats"). A
// place's party is a celebration: "a Hollywood party ended at dawn".
func politicalParty(text string, toks []tok.Token, s span) bool {
	return !listedPlace(text, toks, s) && sentenceHas(text, toks, s.start, politicalWords)
}

// artworkNouns follow in lower case the name of the artist who made the
// work: "a Hals portrait", "the Ruysdael landscape".
var artworkNouns = wordSet(`portrait portraits landscape landscapes painting paintings canvas canvases sculpture
	sculptures etching etchings drawing drawings still-life self-portrait seascape`)

// holdingNouns stand before "in" or "of" and a company: "shares in
// Rolls-Royce", "a stake in Hargreaves Lansdown", "shareholders of
// Unilever". A listed place keeps its type: "shares in London rose".
var holdingNouns = wordSet(`share shares stake stakes shareholding shareholdings shareholders shareholder
	stock stocks bonds`)

// riseVerbs say what a river does in a flood: "the Danube rose to its
// highest level".
var riseVerbs = wordSet(`rose rises rising burst swelled peaked crested overflowed`)

// floodWords tell a sentence about a flood.
var floodWords = wordSet(`flood floods flooded flooding floodwater floodwaters evacuated evacuation rain rains
	rainfall banks levees dykes dikes`)

// floodSentence reports a flood word in the sentence of token i.
func floodSentence(text string, toks []tok.Token, i int) bool {
	return sentenceHas(text, toks, i, floodWords)
}

// climbVerbs take a mountain as their object: "climbed Everest".
var climbVerbs = fixedSet(map[string]bool{"climbed": true, "climb": true, "climbing": true, "climbs": true, "summited": true, "scaled": true})

// climbedPeaks tags as a place the one capitalised word the tagger left
// untagged after a verb of climbing written in lower case: "climbed
// Everest in 2003". A day ("prices climbed Friday"), "I", a possessive or
// a longer name after it is left alone.
func climbedPeaks(text string, toks []tok.Token, tags []int) {
	for i := 1; i+1 < len(toks); i++ {
		w := tokText(text, toks, i)
		if tags[i] != 0 || len(w) < 2 || !capitalised(w) || !inSet(climbVerbs, tokText(text, toks, i-1)) || lowerIn(calendarWords, w) {
			continue
		}
		if next := tokText(text, toks, i+1); isPossessive(next) || capitalised(next) || tags[i+1] != 0 {
			continue
		}
		setTag(tags, i, model.BeginTag(model.TypeLOC))
	}
}

// maxFronted bounds the words of a phrase of place that opens a
// sentence before a comma: "On the mountain, Smith said".
const maxFronted = 5

// apposedTo reports a name set off by a comma after a noun of nouns:
// "summit, Cho Oyu", "insurer, Achmea". A noun that ends a phrase opening
// the sentence with a preposition ("At the company, Smith said") is no
// apposition: the name after it is the clause's subject, unless the name
// ends the sentence.
func apposedTo(text string, toks []tok.Token, s span, nouns map[string]bool) bool {
	n := s.start - 2
	if n < 0 || tokText(text, toks, s.start-1) != "," || !nouns[tokText(text, toks, n)] {
		return false
	}
	if s.end < len(toks) && tokText(text, toks, s.end) == "." {
		return true // no clause after the name: "... about the club's home, Elmfield Park."
	}
	for j := n - 1; j >= 0 && n-j <= maxFronted; j-- {
		w := tokText(text, toks, j)
		if !model.PlainWord(w) && !isPossessive(w) && !capitalised(w) {
			return true // punctuation: the noun's phrase starts inside the clause
		}
		if lowerIn(participlePreps, w) && (j == 0 || !model.PlainWord(tokText(text, toks, j-1)) && !capitalised(tokText(text, toks, j-1))) {
			return false
		}
	}
	return true
}

// listedAfterApposed reports a name that a comma or "and" joins to the
// names before it, the first of which is set off by a comma after a noun
// of nouns: "Nordberg Vest" and "Kappa Sør" in "the three fields,
// Frostvik, Nordberg Vest and Kappa Sør".
func listedAfterApposed(text string, toks []tok.Token, ss []span, k int, nouns map[string]bool) bool {
	j := k
	for j > 0 && ss[j-1].end+1 == ss[j].start {
		if link := tokText(text, toks, ss[j].start-1); link != "," && link != "and" {
			break
		}
		j--
	}
	return j < k && apposedTo(text, toks, ss[j], nouns)
}

// listedBeforeKind reports a name joined by "and" or a comma to the next
// name, which a plural of kinds follows: "Quang Ngai" in "Quang Ngai and
// Binh Dinh provinces".
func listedBeforeKind(text string, toks []tok.Token, ss []span, k int, kinds map[string]bool) bool {
	if k+1 >= len(ss) || ss[k+1].start != ss[k].end+1 || ss[k+1].end >= len(toks) {
		return false
	}
	link, next := tokText(text, toks, ss[k].end), tokText(text, toks, ss[k+1].end)
	return (link == "and" || link == ",") && kinds[next] && next[len(next)-1] == 's'
}

// endsPhrase reports a word that may follow the name at the end of a
// phrase of place: punctuation, a preposition or a conjunction, not a
// noun the name modifies ("in the Clinton administration", "in the Clinton
// White House", "in the Marchal and Lambrecks case").
func endsPhrase(w string) bool {
	if w == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return inSet(listEnds, w) && w != "and" && w != "or" || w == "as" || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// numeral reports a number or a Roman numeral: "3", "III".
func numeral(w string) bool {
	if w == "" {
		return false
	}
	digits, roman := true, true
	for i := 0; i < len(w); i++ {
		digits = digits && '0' <= w[i] && w[i] <= '9'
		roman = roman && (w[i] == 'I' || w[i] == 'V' || w[i] == 'X')
	}
	return digits || roman
}

// listedPlace reports whether the name s is on the place list.
func listedPlace(text string, toks []tok.Token, s span) bool {
	words := make([]string, 0, s.end-s.start)
	for i := s.start; i < s.end; i++ {
		words = append(words, tokText(text, toks, i))
	}
	return model.ListedPlace(words)
}
