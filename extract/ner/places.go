package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// featureOpeners open the names of rivers, lakes and mountains, and of
// the parts of places: "River Calder", "Lake Malawi", "Mount Kenya",
// "Upper Ojai", "Lower Manhattan".
var featureOpeners = fixedSet(map[string]bool{"river": true, "lake": true, "loch": true, "lough": true, "mount": true, "mt": true,
	"upper": true, "lower": true})

// placeEnds close the names of places and are rarely surnames: "Hebden
// Bridge", "Rift Valley", "Station Road", "Albion Terrace", "Mariposa
// Flat".
var placeEnds = fixedSet(map[string]bool{
	"valley": true, "bridge": true, "road": true, "street": true, "avenue": true, "estuary": true,
	"reservoir": true, "canal": true, "moor": true, "moors": true, "gorge": true, "parade": true,
	"terrace": true, "crescent": true, "vale": true, "flat": true, "flats": true,
})

// surnameEnds close the names of places but are common surnames too ("Ted
// Heath", "Damon Hill", "Nathan Lane"): they make a place only together
// with a preposition of place.
var surnameEnds = fixedSet(map[string]bool{
	"heath": true, "hill": true, "lane": true, "green": true, "park": true, "common": true, "wood": true,
})

// streetSurnameEnds close the names of streets and are surnames too
// ("Glenn Close", "Nathan Lane"): they make a place only after a dwelling
// and "on" (see onStreet).
var streetSurnameEnds = fixedSet(map[string]bool{"close": true, "lane": true})

// dwellings stand or are lived in "on" a street: "lives on Alder Close",
// "a house on Tanner Lane".
var dwellings = wordSet(`live lives lived living resides resident residents house houses home homes flat flats
	cottage bungalow property shop shops street`)

// onStreet reports a name of several words that ends like a street's and
// follows a dwelling and "on": "who lives on Alder Close". "bet on Damon
// Hill" and "a film on Glenn Close" stay a person's.
func onStreet(text string, toks []tok.Token, s span) bool {
	if s.start < 2 || s.end-s.start < 2 || tokText(text, toks, s.start-1) != "on" || !lowerIn(dwellings, tokText(text, toks, s.start-2)) {
		return false
	}
	last := tokText(text, toks, s.end-1)
	return lowerIn(streetSurnameEnds, last) && capitalised(last)
}

// featureNouns follow a place's name in lower case: "the Calder valley",
// "the Adige river".
var featureNouns = fixedSet(map[string]bool{
	"valley": true, "river": true, "estuary": true, "basin": true, "delta": true, "gorge": true,
	"plain": true, "plains": true, "plateau": true, "peninsula": true, "coast": true, "coastline": true,
	"moors": true, "hills": true, "mountains": true, "glacier": true, "catchment": true, "floodplain": true,
})

// locatives put the name after them in a place: "Residents in Kingsley
// Heath", "roads near Todmorden". weakLocatives ("at", "from") as often
// precede a person ("a call from Smith", "angry at Smith"), so they count
// only for a name that ends like a place's.
var (
	locatives     = fixedSet(map[string]bool{"in": true, "near": true, "outside": true, "inside": true, "across": true, "around": true, "throughout": true})
	weakLocatives = fixedSet(map[string]bool{"at": true, "from": true})
)

// personCues follow a person's name: "Heath said", "Rivers, who".
var personCues = fixedSet(map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "asked": true, "wrote": true,
	"argued": true, "claimed": true, "insisted": true, "explained": true, "admitted": true,
	"denied": true, "who": true, "whose": true,
})

// placeNames retypes as places the people and organisations whose names or
// surroundings say they are places: a river, lake or mountain ("River
// Calder"), a name ending like a place's ("Hebden Bridge"), a name before a
// lower-case feature ("the Calder valley"), and a name tagged a person that
// follows a preposition of place ("Residents in Kingsley Heath"). A person
// stays a person when any of its words has person evidence anywhere in the
// document: a title before it, "said" or a possessive after it, or a full
// name that holds it ("Ted Heath" keeps "Ashby Heath" a person). A name
// made a place is a place at its every mention that has no such evidence
// of its own, and so is an organisation's that ends like a place's ("Ashby
// Vale floods" in a headline, after "at Ashby Vale").
func placeNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	placed := make([]bool, len(ss))
	personWords := map[string]bool{}
	for k, s := range ss {
		if s.typ != model.TypePER && s.typ != model.TypeORG {
			continue
		}
		cued := personCued(text, toks, s)
		placed[k] = !cued && (placeLike(text, toks, s) || s.typ == model.TypePER && k > 0 && listedAfterPlace(text, toks, ss[k-1], placed[k-1], s))
		if s.typ == model.TypePER && (cued || !placed[k] && s.end-s.start >= 2) {
			for i := s.start; i < s.end; i++ {
				personWords[tokText(text, toks, i)] = true
			}
		}
	}
	places := map[string]bool{}
	for k, s := range ss {
		if !placed[k] || s.typ == model.TypePER && hasAny(personWords, text, toks, s) {
			continue
		}
		places[text[toks[s.start].Start:toks[s.end-1].End]] = true
		retype(tags, s, model.TypeLOC)
	}
	for k, s := range ss {
		if (s.typ == model.TypePER || s.typ == model.TypeORG && placeEnded(text, toks, s)) && !placed[k] &&
			places[text[toks[s.start].Start:toks[s.end-1].End]] && !personCued(text, toks, s) {
			retype(tags, s, model.TypeLOC)
		}
	}
}

// listedAfterPlace reports a name joined by "and", "or" or a comma to a
// place that follows a preposition of place: "in Meiners Oaks and Mira
// Monte".
func listedAfterPlace(text string, toks []tok.Token, before span, beforePlaced bool, s span) bool {
	if before.end != s.start-1 || before.start == 0 || !(before.typ == model.TypeLOC || beforePlaced) {
		return false
	}
	switch tokText(text, toks, s.start-1) {
	case "and", "or", ",":
	default:
		return false
	}
	prev := tokText(text, toks, before.start-1)
	if !inSet(locatives, prev) && !inSet(weakLocatives, prev) {
		return false
	}
	// The list ends the phrase of place; a name followed by a verb opens
	// a clause of its own ("in Philadelphia, Randall was").
	if s.end == len(toks) {
		return true
	}
	next := tokText(text, toks, s.end)
	return inSet(listEnds, next) || !unicode.IsLetter([]rune(next)[0])
}

// listEnds may follow a list of places: punctuation aside, a preposition
// or a conjunction ("in Meiners Oaks and Mira Monte on Monday").
var listEnds = fixedSet(map[string]bool{"on": true, "in": true, "at": true, "by": true, "during": true, "after": true, "before": true,
	"since": true, "until": true, "near": true, "and": true, "or": true, "to": true, "from": true, "with": true, "over": true, "this": true, "last": true})

// personCued reports a title before a mention, a possessive after it, or,
// unless a preposition of place puts the mention inside a phrase ("Police
// in Calder said"), a word after it that follows people: "Mr Heath",
// "in Heath's view", "Heath said".
func personCued(text string, toks []tok.Token, s span) bool {
	prev := ""
	if s.start > 0 {
		prev = tokText(text, toks, s.start-1)
	}
	switch {
	case prev != "of" && lowerIn(titles, strings.TrimSuffix(prev, ".")),
		s.end < len(toks) && isPossessive(tokText(text, toks, s.end)):
		return true
	case inSet(locatives, prev) || inSet(weakLocatives, prev) || onStreet(text, toks, s):
		return false
	}
	return personCue(text, toks, s.end)
}

// placeLike reports whether a mention's words or surroundings make it a
// place.
func placeLike(text string, toks []tok.Token, s span) bool {
	first, last := tokText(text, toks, s.start), tokText(text, toks, s.end-1)
	prev, next := "", ""
	if s.start > 0 {
		prev = tokText(text, toks, s.start-1)
	}
	if s.end < len(toks) {
		next = tokText(text, toks, s.end)
	}
	multi := s.end-s.start >= 2
	shaped := multi && (lowerIn(featureOpeners, first) && capitalised(first) || lowerIn(placeEnds, last) && capitalised(last))
	surnamed := multi && lowerIn(surnameEnds, last) && capitalised(last)
	switch {
	case inSet(featureNouns, next):
		return true
	case s.typ != model.TypePER:
		// Clubs, companies and hospitals take the names of places
		// ("River Plate", "Mount Sinai"); the place has its article
		// or preposition ("the River Calder", "at Horse Guards
		// Parade").
		return shaped && (s.end-s.start == 2 || lowerIn(placeEnds, last)) && (prev == "the" || inSet(locatives, prev) || inSet(weakLocatives, prev))
	case shaped:
		return true
	case inSet(locatives, prev):
		// A full name after "in" is mostly a person ("drove in Otis
		// Nixon"), unless it ends like a place.
		return !multi || surnamed
	}
	return inSet(weakLocatives, prev) && surnamed || onStreet(text, toks, s)
}

// personCue reports a word after a name, maybe after a comma, that follows
// people: "Heath said", "Rivers, who".
func personCue(text string, toks []tok.Token, i int) bool {
	if i < len(toks) && tokText(text, toks, i) == "," {
		i++
	}
	return i < len(toks) && inSet(personCues, tokText(text, toks, i))
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

func hasAny(set map[string]bool, text string, toks []tok.Token, s span) bool {
	for i := s.start; i < s.end; i++ {
		if set[tokText(text, toks, i)] {
			return true
		}
	}
	return false
}

func retype(tags []int, s span, typ int) {
	setTag(tags, s.start, model.BeginTag(typ))
	for i := s.start + 1; i < s.end; i++ {
		setTag(tags, i, model.InsideTag(typ))
	}
}

func tokText(text string, toks []tok.Token, i int) string { return text[toks[i].Start:toks[i].End] }

// placeParts are the parts of a place that a possessive owns: "Jajarkot's
// most remote villages", "Gaza's northern districts".
var placeParts = wordSet(`village villages town towns district districts suburb suburbs outskirts
	neighbourhood neighbourhoods neighborhood neighborhoods province provinces coastline`)

// maxPartModifiers bounds the lower-case words between a possessive and
// the part of a place it owns.
const maxPartModifiers = 2

// placesOwningParts retypes as a place a name whose possessive owns a part
// of a place: "reached Jajarkot's most remote villages", which the tagger
// reads as a person's.
func placesOwningParts(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ == model.TypeLOC || s.typ == model.TypeMISC || s.end+1 >= len(toks) || !isPossessive(tokText(text, toks, s.end)) {
			continue
		}
		for k := s.end + 1; k < len(toks) && k-s.end-1 <= maxPartModifiers; k++ {
			w := tokText(text, toks, k)
			if inSet(placeParts, w) {
				if k+1 == len(toks) || endsPhrase(tokText(text, toks, k+1)) {
					retype(tags, s, model.TypeLOC) // not "Smith's town house"
				}
				break
			}
			if !model.PlainWord(w) || w != strings.ToLower(w) {
				break
			}
		}
	}
}

// localNouns follow in lower case a place's name that says where a thing
// or an office is: "the Ghent museum", "left Cebu port", "the Antwerp
// prosecutor's office".
var localNouns = wordSet(`museum museums port harbour harbor office offices prosecutor prosecutors airport
	hospital residents terminal warehouse branch`)

// localPlaces makes a place, at its every one-word mention, of a
// one-word name tagged an organisation that a local noun follows and
// that is a listed place or opens a place's name of the document: the
// tagger reads "the Ghent prosecutor's office", in a story whose dateline
// is "GHENT", as an organisation "Ghent".
func localPlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	places := map[string]bool{}
	var buf swar.WordBuf
	for _, s := range ss {
		if s.typ == model.TypeLOC {
			addLower(places, &buf, tokText(text, toks, s.start))
		}
	}
	named := map[string]bool{}
	for _, s := range ss {
		w := tokText(text, toks, s.start)
		if s.typ != model.TypeORG || s.end-s.start != 1 || s.end >= len(toks) || tags[s.end] != 0 || !inSet(localNouns, tokText(text, toks, s.end)) {
			continue
		}
		if lowerIn(places, w) || model.ListedPlace([]string{w}) {
			named[w] = true
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeLOC)
}

// joinFeatureOpeners widens a mention over the capitalised opener of a
// river's, lake's or mountain's name right before it that the tagger left
// out, and makes it a place: "Calder" in "as River Calder bursts its
// banks" is "River Calder".
func joinFeatureOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.start == 0 || tags[s.start-1] != 0 || s.typ == model.TypeMISC {
			continue
		}
		w := tokText(text, toks, s.start-1)
		if !capitalised(w) || shouted(w) || !lowerIn(featureOpeners, w) || strings.EqualFold(w, "upper") || strings.EqualFold(w, "lower") {
			continue
		}
		retype(tags, span{start: s.start - 1, end: s.end}, model.TypeLOC)
	}
}

// featurePlaces makes a place of a one-word mention that is the name of a river, lake
// or mountain in the document written with its opener: "the Calder" after
// "the River Calder".
func featurePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	named := map[string]bool{}
	for _, s := range ss {
		if s.typ == model.TypeLOC && s.end-s.start == 2 && lowerIn(featureOpeners, tokText(text, toks, s.start)) {
			named[tokText(text, toks, s.start+1)] = true
		}
	}
	for _, s := range ss {
		if s.typ != model.TypeLOC && s.end-s.start == 1 && named[tokText(text, toks, s.start)] && !personCued(text, toks, s) {
			retype(tags, s, model.TypeLOC)
		}
	}
}

// whoPeople makes a person of a one-word name tagged a place that no
// gazetteer lists and that opens a sentence before ", who": "Kowalczyk,
// who was elected mayor last May, said". Places take "which" or "where";
// a listed place before "who" is a team or a nation acting ("Brazil, who
// won the cup").
func whoPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeLOC || s.end-s.start != 1 || nextWord(text, toks, s.end) != "," || nextWord(text, toks, s.end+1) != "who" {
			continue
		}
		if s.start > 0 && !sentenceBoundary(tokText(text, toks, s.start-1)) && !lineBreakBefore(text, toks, s.start) {
			continue
		}
		if w := tokText(text, toks, s.start); shouted(w) || model.ListedPlace([]string{w}) {
			continue
		}
		retype(tags, s, model.TypePER)
	}
}

// sentenceBoundary reports a token that ends a sentence.
func sentenceBoundary(w string) bool { return w == "." || w == "!" || w == "?" }

// holdingVerbs say what a business does with what it holds: "Brightwater
// Live, which owns a majority stake".
var holdingVerbs = fixedSet(map[string]bool{"owns": true, "owned": true, "operates": true, "operated": true, "employs": true})

// firmOffices are the offices held at a firm, whose holder is "of" the
// firm: "chief executive of Brightwater Live".
var firmOffices = fixedSet(map[string]bool{"executive": true, "chairman": true, "chairwoman": true, "ceo": true})

// officeBodies makes an organisation of a name tagged a person right after
// a firm's office and "of": "Simon Achebe, chief executive of Brightwater
// Live, said". A person is no firm one holds an office of.
func officeBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || s.start < 2 || tokText(text, toks, s.start-1) != "of" {
			continue
		}
		if lowerIn(firmOffices, tokText(text, toks, s.start-2)) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// whichBodies makes an organisation of a name tagged a person before ",
// which" and a verb of saying: "reported by Rio Digital, which said it had
// seen the messages". People take "who"; a thing that speaks is a body.
func whichBodies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypePER || nextWord(text, toks, s.end) != "," || nextWord(text, toks, s.end+1) != "which" {
			continue
		}
		if next := nextWord(text, toks, s.end+2); inSet(personCues, next) && next != "who" && next != "whose" || next == "reported" || next == "published" || inSet(holdingVerbs, next) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// placeEnded reports a mention of several words whose last ends a
// place's name: "Ashby Vale", "Station Road".
func placeEnded(text string, toks []tok.Token, s span) bool {
	last := tokText(text, toks, s.end-1)
	return s.end-s.start >= 2 && capitalised(last) && lowerIn(placeEnds, last)
}
