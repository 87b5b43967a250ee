package ner

import (
	"strings"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// companyHeads end the names of companies: "Harlow Minerals", "Nimbus
// Systems", "Meridian Capital".
var companyHeads = wordSet(`minerals mining resources systems capital holdings industries technologies
	pharmaceuticals logistics ventures airlines airways motors petroleum securities
	biologics therapeutics biosciences diagnostics laboratories labs chemicals electronics semiconductors
	energy energi pharma`)

// schoolHeads open the names of institutes, universities and museums in
// several languages: "Institut Lumière", "Universidad de Chile", "Musée
// Lambert".
var schoolHeads = wordSet(`institut institute instituto istituto université universidad universität
	università universiteit universidade hochschule académie academia fondation fundación
	musée museo museu museum`)

// clubOpeners open the names of sports clubs, and bankOpeners those of
// banks in other languages: "Atlético Norte", "Sporting Braga", "Banque
// Centrale de Valmont", "Banco Sur".
var (
	clubOpeners = wordSet(`atlético atletico athletico deportivo sporting dynamo dinamo olympique`)
	bankOpeners = wordSet(`banque banco banca`)
)

// firmSuffixes end the names of firms after their own name: "Brightwater
// Re", "Halden Ltd", the insurer "Halden Mutual".
var firmSuffixes = wordSet(`re inc ltd plc llc gmbh mutual`)

// vesselPrefixes open the name of a ship, which is one name with them:
// "the KM Sinar Bahari", "HMS Victory". The short ones that are also
// common abbreviations name a ship only after "the" or "aboard".
var (
	vesselPrefixes     = fixedSet(map[string]bool{"HMS": true, "USS": true, "MV": true, "RMS": true, "HMAS": true})
	vesselPrefixesWeak = fixedSet(map[string]bool{"KM": true, "MS": true, "SS": true, "MT": true, "FV": true})
)

// bodyHeads end the names of public bodies, which the tagger may take for
// places or other names: "West Yorkshire Police", "World Food Programme",
// "European Parliament".
var bodyHeads = wordSet(`police constabulary programme parliament`)

// agencyHeads end the names of bodies that the tagger may take for other
// names: "the World Anti-Doping Agency".
var agencyHeads = wordSet(`agency organisation organization commission committee`)

// envoyNouns follow a league of states, not a sporting one, or its
// possessive: "Arab League envoys", "the Arab League's secretary-general".
var envoyNouns = wordSet(`envoy envoys delegation delegations delegate delegates secretary-general summit
	summits ambassador ambassadors mission observers`)

// leagueOfStates reports an other name of several words that ends in
// "League" and that an envoy's noun follows, maybe after a possessive:
// "Arab League envoys". "American League wild card" is a competition.
func leagueOfStates(text string, toks []tok.Token, s span) bool {
	if s.typ != model.TypeMISC || s.end-s.start < 2 || !strings.EqualFold(tokText(text, toks, s.end-1), "league") {
		return false
	}
	k := s.end
	if k < len(toks) && isPossessive(tokText(text, toks, k)) {
		k++
	}
	return k < len(toks) && inSet(envoyNouns, tokText(text, toks, k))
}

// venueHeads end the names of sports grounds and museums, and
// venueOpeners open the names of palaces, which are places: "the Amex
// Stadium", "the Hallwyl Museum", "the Palais des Nations".
var (
	venueHeads   = wordSet(`stadium museum gallery`)
	venueOpeners = wordSet(`palais palazzo`)
)

// namedKinds types names by their own head words against the tagger: a
// person's name ending in a company's word is a company ("Harlow
// Minerals"), a name opening with an institute's, a club's or a bank's
// word or ending with a public body's or a firm's suffix an organisation
// ("Institut Lumière", "Atlético Norte", "West Yorkshire Police",
// "Brightwater Re"), another name ending in an agency's word an
// organisation ("World Anti-Doping Agency", "Arab League envoys"), a
// place ending in an organisation's head word an organisation ("Norvik
// Bank"; see orgHeadedPlace), a
// ground, a museum or a palace a place ("Amex Stadium", "Palais des
// Nations"), and a ship's prefix and the name after it one other name
// ("the KM Sinar Bahari").
func namedKinds(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		multi := s.end-s.start >= 2
		switch {
		case s.typ == model.TypePER && multi && lowerIn(companyHeads, tokText(text, toks, s.end-1)),
			s.typ != model.TypeORG && multi && lowerIn(schoolHeads, tokText(text, toks, s.start)),
			s.typ != model.TypeORG && multi && lowerIn(bodyHeads, tokText(text, toks, s.end-1)),
			s.typ != model.TypeORG && multi && (lowerIn(clubOpeners, tokText(text, toks, s.start)) || lowerIn(bankOpeners, tokText(text, toks, s.start))),
			s.typ != model.TypeORG && multi && lowerIn(firmSuffixes, tokText(text, toks, s.end-1)),
			s.typ == model.TypeMISC && multi && lowerIn(agencyHeads, tokText(text, toks, s.end-1)),
			leagueOfStates(text, toks, s),
			orgHeadedPlace(text, toks, s):
			retype(tags, s, model.TypeORG)
		case s.typ != model.TypeLOC && multi && (lowerIn(venueHeads, tokText(text, toks, s.end-1)) || lowerIn(venueOpeners, tokText(text, toks, s.start))):
			retype(tags, s, model.TypeLOC)
		case s.start > 0 && tags[s.start-1] == 0 && vesselPrefix(text, toks, s.start-1):
			retype(tags, span{start: s.start - 1, end: s.end}, model.TypeMISC)
		}
	}
}

// shipNames makes one other name of a ship's prefix and the name the
// tagger found right after it or over it ("the MV Coral Dawn", read as
// "MV" and a person "Coral Dawn", or as the organisation "MV Coral
// Dawn"), and makes the ship's name without its prefix an other name at
// its every mention: "after the Coral Dawn disaster" names no person.
func shipNames(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	named := map[string]bool{}
	for _, s := range dt.spans() {
		switch {
		case s.end-s.start >= 2 && vesselPrefix(text, toks, s.start) && capitalised(tokText(text, toks, s.start+1)):
			retype(tags, s, model.TypeMISC)
			named[text[toks[s.start+1].Start:toks[s.end-1].End]] = true
		case s.end-s.start == 1 && vesselPrefix(text, toks, s.start) && s.end < len(toks) && tags[s.end] != 0 && !model.IsInside(tags[s.end]):
			end := s.end + 1
			for end < len(toks) && model.IsInside(tags[end]) {
				end++
			}
			retype(tags, span{s.start, end, model.TypeMISC}, model.TypeMISC)
			named[text[toks[s.end].Start:toks[end-1].End]] = true
		}
	}
	retypeNamed(text, toks, dt, named, model.TypeMISC)
}

// vesselPrefix reports a ship's prefix at token i.
func vesselPrefix(text string, toks []tok.Token, i int) bool {
	w := tokText(text, toks, i)
	if inSet(vesselPrefixes, w) {
		return true
	}
	if !inSet(vesselPrefixesWeak, w) || i == 0 {
		return false
	}
	prev := strings.ToLower(tokText(text, toks, i-1))
	return prev == "the" || prev == "aboard"
}

// seaWords tell a sentence about the sea, where "off" stands before a
// coast: "the ferry sank off Sulawesi".
var seaWords = wordSet(`sea seas coast coastal ferry ferries boat boats ship ships vessel vessels sank sinking
	capsized capsizes fishing waters island islands navy coastguard shore offshore quake earthquake tsunami
	aground tanker tankers reef`)

// seaPlacePreps stand before a place in a sentence about the sea: "sank
// off Sulawesi", "the ferry left Mindoro", "departed Cebu".
var seaPlacePreps = wordSet("off left departed leaving")

// offshorePlaces makes a place of a name tagged a person or an
// organisation after "off the coast of", or after "off" or a verb of
// leaving port in a sentence about the sea: "sank off Sulawesi", "the
// ferry left Mindoro". "fought off Federer" keeps its person.
func offshorePlaces(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	var buf swar.WordBuf
	for _, s := range dt.spans() {
		if s.typ != model.TypePER && s.typ != model.TypeORG || s.start < 1 {
			continue
		}
		// Each word is compared before the next one is lowered into buf.
		word := func(i int) string {
			if i < 0 {
				return ""
			}
			return swar.LowerWord(&buf, tokText(text, toks, i))
		}
		coast := word(s.start-1) == "of" && word(s.start-2) == "coast" && word(s.start-3) == "the" && word(s.start-4) == "off"
		if coast || inSet(seaPlacePreps, word(s.start-1)) && seaSentence(text, toks, s.start) {
			retype(tags, s, model.TypeLOC)
		}
	}
}

// seaSentence reports a word about the sea in the sentence of token i.
func seaSentence(text string, toks []tok.Token, i int) bool {
	a := i
	for a > 0 && !sentenceInitial(text, toks, a) {
		a--
	}
	for k := a; k < len(toks) && (k == a || !sentenceInitial(text, toks, k)); k++ {
		if lowerIn(seaWords, tokText(text, toks, k)) {
			return true
		}
	}
	return false
}

// orgOpeners makes an organisation of a one-word other name that opens
// the name of exactly one organisation of the document and acts as the
// subject of a verb at one of its mentions: "Nimbus suffered" beside
// "Nimbus Systems". An adjective keeps its type ("European leaders"
// beside "European Union", "Irish independence").
func orgOpeners(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	subjects := map[string]bool{}
	for _, s := range ss {
		if s.typ == model.TypeMISC && s.end-s.start == 1 && s.end < len(toks) && verbAfterName(tokText(text, toks, s.end)) {
			subjects[tokText(text, toks, s.start)] = true
		}
	}
	if len(subjects) == 0 {
		return // no one-word name acts as a subject: nothing to retype
	}
	owners := map[string]map[string]bool{} // first word → names of organisations
	for _, s := range ss {
		if s.typ != model.TypeORG || s.end-s.start < 2 {
			continue
		}
		w := tokText(text, toks, s.start)
		if owners[w] == nil {
			owners[w] = map[string]bool{}
		}
		owners[w][text[toks[s.start].Start:toks[s.end-1].End]] = true
	}
	for _, s := range ss {
		w := tokText(text, toks, s.start)
		if s.typ == model.TypeMISC && s.end-s.start == 1 && subjects[w] && len(owners[w]) == 1 && !adjectiveShaped(w) {
			retype(tags, s, model.TypeORG)
		}
	}
}

// auxiliaries follow a name that is a clause's subject.
var auxiliaries = wordSet("said says has had is was will would can could may might must should did does")

// verbAfterName reports a word that reads as the verb of the name before
// it: a past tense ("suffered") or an auxiliary.
func verbAfterName(w string) bool {
	return inSet(auxiliaries, w) || model.PlainWord(w) && len(w) > 3 && strings.HasSuffix(w, "ed")
}

// adjectiveEndings end the adjectives of peoples and creeds: "Panamanian",
// "Irish", "Japanese", "Islamic", "Dutch", "Iraqi".
var adjectiveEndings = []string{"an", "ish", "ese", "ic", "ch", "i"}

// adjectiveShaped reports an adjective of a people or a creed.
func adjectiveShaped(w string) bool {
	if model.Demonym(w) {
		return true
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// careWords stand before "in" and a town where a person is treated or a
// body is based: "taken to hospital in Mackay", "based in Sion".
var careWords = wordSet("hospital hospitals based")

// treatedInPlaces tags as a place the one capitalised word the tagger
// left untagged or took for an organisation after "hospital in" or
// "based in": "flown to hospital in Sion".
func treatedInPlaces(text string, toks []tok.Token, tags []int) {
	for i := 2; i < len(toks); i++ {
		w := tokText(text, toks, i)
		if tokText(text, toks, i-1) != "in" || tags[i] != 0 && tags[i] != model.BeginTag(model.TypeORG) || !capitalised(w) ||
			lowerIn(calendarWords, w) || !inSet(careWords, tokText(text, toks, i-2)) {
			continue
		}
		if i+1 < len(toks) && (capitalised(tokText(text, toks, i+1)) || tags[i+1] != 0) {
			continue
		}
		setTag(tags, i, model.BeginTag(model.TypeLOC))
	}
}

// bodyVerbs follow a body that speaks or decides: "the NHS would review
// the drug's cost".
var bodyVerbs = wordSet("said says told warned announced confirmed would will")

// actingAcronyms makes an organisation of an acronym tagged another name
// that follows "the" and speaks or decides: an adjective or a product
// does neither.
func actingAcronyms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.typ != model.TypeMISC || s.end-s.start != 1 || s.start == 0 || s.end >= len(toks) {
			continue
		}
		if w := tokText(text, toks, s.start); len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w &&
			strings.EqualFold(tokText(text, toks, s.start-1), "the") && inSet(bodyVerbs, tokText(text, toks, s.end)) {
			retype(tags, s, model.TypeORG)
		}
	}
}
