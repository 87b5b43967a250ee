package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// refine applies general post-rules to the decoded tags of a whole
// document in place. Tags never cross sentences: the decoder starts every
// sentence outside an entity, so a B tag opens each mention.
//
// common reports a word the news writes in lower case (see
// model.KnownWord).
//
// The rules mark a change of the tags in the slot after them (see
// setTag), which refine therefore overwrites when cap(tags) > len(tags);
// tags with no room for it are refined in a copy that has.
func refine(text string, toks []tok.Token, tags []int, common func(string) bool) {
	if cap(tags) == len(tags) {
		room := append(make([]int, 0, len(tags)+1), tags...)
		refine(text, toks, room, common)
		copy(tags, room)
		return
	}
	dt := newDocTags(text, toks, tags)
	defer dt.release()
	splitWideGaps(text, toks, tags)
	splitFromNames(text, toks, dt)
	dropBadges(text, toks, dt)
	if dt.mayHoldAny(judicialTitles) {
		titledJudges(text, toks, dt) // acts only on a mention holding a judicial title
	}
	splitReigns(text, toks, dt)
	dropJobTitles(text, toks, dt)
	dropOffices(text, toks, dt)
	dropLoneOffices(text, toks, dt)
	dropNegatedAuxiliaries(text, toks, dt)
	areaPeople(text, toks, dt)
	splitAtBrackets(text, toks, dt)
	spokenToPeople(text, toks, dt)
	dropPhotoCredits(text, toks, dt)
	if dt.mayHoldAny(rankGate) {
		rankedPeople(text, toks, dt, common) // acts only at an abbreviated rank
	}
	stripTitles(text, toks, tags)
	dropOccupationOpeners(text, toks, dt)
	if dt.mayHoldAny(nameParticles) {
		joinParticleNames(text, toks, dt) // acts only at a name's particle
	}
	joinPlaceParticles(text, toks, dt)
	particleSurnames(text, toks, dt)
	homePlaces(text, toks, dt)
	if dt.mayHoldAny(postNominals) {
		postNominalPeople(text, toks, dt) // acts only on a mention ending in post-nominal letters
	}
	if dt.mayHoldAny(memberTitles) {
		dropMemberTitles(text, toks, dt) // acts only on a member's title
	}
	joinNicknames(text, toks, dt)
	joinNicknamedSurnames(text, toks, dt)
	dropCalendarWords(text, toks, tags)
	dropClockZones(text, toks, dt)
	dropOffsetZones(text, toks, dt)
	if dt.mayHoldAny(universalZones) || dt.mayHoldAny(regionalZones) {
		dropBareZones(text, toks, dt) // acts only on a time zone's name
	}
	dropActsOfGod(text, toks, dt)
	dropFiscalPeriods(text, toks, dt)
	dropStyles(text, toks, dt)
	if dt.mayHoldAny(holidays) {
		dropHolidays(text, toks, dt)
	}
	if dt.mayHoldAny(leadParticiples) {
		dropLeadParticiples(text, toks, tags) // acts only on a participle of the set
	}
	splitTitledOf(text, toks, dt)
	if dt.mayHoldAny(peerTitles) {
		titledPeers(text, toks, tags)
	}
	orgsOfPlaces(text, toks, dt)
	splitOfficeHolders(text, toks, dt)
	joinDesignators(text, toks, tags)
	joinTrailingOrgHeads(text, toks, dt)
	possessivePlaceFeatures(text, toks, dt)
	if dt.mayHoldAny(possessiveLocalities) {
		possessivePlaceNames(text, toks, dt)
	}
	joinPossessiveNames(text, toks, dt)
	joinPossessiveInstitutions(text, toks, dt)
	pluralPossessiveBodies(text, toks, dt)
	possessiveBusinesses(text, toks, dt)
	joinListedNames(text, toks, dt)
	joinPartyNames(text, toks, dt)
	nationalInstitutions(text, toks, dt)
	if dt.mayHoldAny(institutionHeads) || dt.mayHoldAny(longNameHeads) {
		joinInstitutions(text, toks, tags)
	}
	joinBodiesOf(text, toks, dt)
	joinSpelledBodies(text, toks, dt)
	joinAndedInstitutions(text, toks, tags, common)
	joinCommaListedBodies(text, toks, dt)
	if dt.mayHoldAny(sharedBodyNouns) {
		sharedBodies(text, toks, tags)
	}
	nationalBranches(text, toks, dt)
	acronymBranches(text, toks, dt)
	splitPairedNames(text, toks, dt)
	joinSentenceOpeners(text, toks, dt)
	namedEvents(text, toks, dt)
	nightEvents(text, toks, dt)
	if dt.mayHoldAny(basePrefixes) {
		airBases(text, toks, tags) // acts only after a base's prefix
	}
	joinFeatureOpeners(text, toks, dt)
	joinNamedBuildings(text, toks, dt)
	if dt.mayHoldAny(buildingOfHeads) {
		joinBuildingsOf(text, toks, tags) // acts only at a building's head word
	}
	placeNames(text, toks, dt)
	featurePlaces(text, toks, dt)
	placesOwningParts(text, toks, dt)
	kindCues(text, toks, dt)
	pressNames(text, toks, dt)
	namedKinds(text, toks, dt)
	joinLegalSuffixes(text, toks, dt)
	legalFormNames(text, toks, dt)
	initialledFirmSurnames(text, toks, dt)
	if dt.mayHoldAny(vesselPrefixes) || dt.mayHoldAny(vesselPrefixesWeak) {
		shipNames(text, toks, dt) // acts only on a mention opening with a ship's prefix
	}
	if dt.mayHoldAny(seaPlacePreps) {
		offshorePlaces(text, toks, dt) // acts only after a word of the set ("off" in "off the coast of")
	}
	if dt.mayHoldAny(disasterNouns) {
		disasterPlaces(text, toks, dt) // acts only before a disaster noun
	}
	dropRaceAdjectives(text, toks, dt)
	if dt.mayHoldAny(climbVerbs) {
		climbedPeaks(text, toks, tags)
	}
	namedThings(text, toks, dt)
	if dt.mayHoldAny(vesselNouns) {
		vesselNames(text, toks, dt) // acts only after a vessel's noun
	}
	craftNames(text, toks, dt)
	if dt.mayHoldAny(numberedCraftNouns) {
		// Both rules act only on a craft noun written as in the set.
		numberedCrafts(text, toks, tags)
		apposedCrafts(text, toks, dt)
	}
	wonPrizes(text, toks, dt)
	if dt.mayHoldAny(documentHeads) {
		documentNames(text, toks, dt) // acts only before a document's head
	}
	quotedPlaces(text, toks, dt)
	possessivePlaceOpeners(text, toks, dt)
	vote(text, toks, dt)
	employersTakenForPlaces(text, toks, dt)
	tenureEmployers(text, toks, dt)
	formerEmployers(text, toks, dt)
	actingLeagues(text, toks, dt)
	placesOfPeople(text, toks, dt)
	objectOrgs(text, toks, dt)
	if dt.mayHoldAny(foundingVerbs) {
		foundedCompanies(text, toks, dt) // acts only after a founding verb
	}
	apposedCompanies(text, toks, dt)
	apposedGroups(text, toks, dt)
	employersTakenForPeople(text, toks, dt, common)
	leadersOfGovernments(text, toks, dt, common)
	employersBeforeRoles(text, toks, tags, common)
	roleLedPeople(text, toks, dt, common)
	apposedRolePeople(text, toks, tags, common)
	dropRoleOpeners(text, toks, dt, common)
	surnamedPlaces(text, toks, dt)
	givenNamedPeople(text, toks, dt, common)
	accordingToPeople(text, toks, dt)
	if dt.mayHoldAny(rivalWords) {
		rivalCompanies(text, toks, tags, common)
	}
	ofSpeakers(text, toks, dt)
	placesPeople(text, toks, dt, common)
	if dt.mayHoldAny(portfolioTitles) {
		dropPortfolios(text, toks, tags)
	}
	datelinePlaces(text, toks, dt)
	datedDatelinePlaces(text, toks, dt)
	if dt.mayHoldAny(tallyWords) {
		dropVoteTallies(text, toks, tags) // acts only on a tally's word
	}
	if dt.mayHoldAny(universalZones) || dt.mayHoldAny(regionalZones) {
		dropBareZones(text, toks, dt) // acts only on a time zone's name
	}
	personsOfPlaces(text, toks, dt)
	whoPeople(text, toks, dt)
	describedPeople(text, toks, dt)
	introducedPeople(text, toks, dt)
	dropGradeLetters(text, toks, dt)
	whichBodies(text, toks, dt)
	officeBodies(text, toks, dt)
	clubs(text, toks, dt)
	orgOpeners(text, toks, dt)
	actingAcronyms(text, toks, dt)
	if dt.mayHoldAny(careWords) {
		treatedInPlaces(text, toks, tags)
	}
	placesAfterIn(text, toks, dt, common)
	dropCommonPlurals(text, toks, dt, common)
	if dt.mayHoldAny(kindHeads) {
		dropKindOpeners(text, toks, dt, common)
	}
	if dt.mayHoldAny(occupationOpeners) || dt.mayHoldAny(ageNouns) {
		dropLonePersonNouns(text, toks, dt)
	}
	dropHeadlineParticiples(text, toks, dt)
	dropHeadlineEpithets(text, toks, dt, common)
	orgHeadsAlone(text, toks, dt, common)
	dropDatelineArticles(text, toks, dt)
	if dt.mayHoldAny(localNouns) {
		localPlaces(text, toks, dt) // acts only before a local noun
	}
	townsOwningInstitutions(text, toks, dt)
	workTitles(text, toks, dt)
	datedWorks(text, toks, dt)
	quotedWorks(text, toks, dt)
	commonWordTitles(text, toks, dt, common)
	productNames(text, toks, dt, common)
	if dt.mayHoldAny(launchVerbs) {
		launchedProducts(text, toks, dt)
	}
	notPeople(text, toks, dt)
	countries(text, toks, dt, common)
	dropBareForms(text, toks, dt)
	dropQuestionAuxiliaries(text, toks, dt)
	dropGivenAuxiliaries(text, toks, dt)
	dropLowerLeads(text, toks, dt)
	numberedBroadcasters(text, toks, dt)
	articledPeople(text, toks, dt)
	kinNamedPeople(text, toks, dt)
	if dt.mayHoldAny(stormWords) {
		stormNames(text, toks, tags, common)
	}
	dropRoleHeads(text, toks, dt)
	ampersandFirms(text, toks, dt)
	personsOfFirms(text, toks, dt)
	apposedRolePlaces(text, toks, dt)
	placedRolePeople(text, toks, dt, common)
	leadingOrgWords(text, toks, dt)
	splitOwnedProducts(text, toks, dt)
	splitHeadlineVerbs(text, toks, dt)
	dropHeadlineInfinitives(text, toks, dt)
	localNames(text, toks, dt)
	dropNationCodes(text, toks, dt)
	bracketedTeams(text, toks, dt)
	sponsorTeams(text, toks, dt)
	dropPlainWords(text, toks, dt)
	dropDegreeWords(text, toks, dt)
	if dt.mayHoldAny(currencyCodes) {
		dropCurrencyCodes(text, toks, dt) // acts only on a currency's code
	}
	dropBracketTickers(text, toks, dt)
	if dt.mayHoldAny(firmClassNouns) {
		firmClassNames(text, toks, dt)
	}
	schoolsAndStations(text, toks, dt)
	if dt.mayHoldWord("Minister") {
		dropPortfolioLeads(text, toks, dt) // acts only before "Minister"
	}
	dropQuantityOpeners(text, toks, dt)
	joinOfAndBodies(text, toks, dt, common)
	parliamentNames(text, toks, dt)
	addressStreets(text, toks, dt)
	if dt.mayHoldAny(streetTails) {
		joinStreetTails(text, toks, dt) // acts only before a street's last word
	}
	numberedRoutes(text, toks, dt)
	placeDemonyms(text, toks, dt)
	dropCommonPluralNames(text, toks, dt, common)
	joinPressOpeners(text, toks, dt)
	if dt.mayHoldAny(bodyOfStatesHeads) {
		sameNamedBodies(text, toks, dt) // acts only on a place ending in a body's head
	}
	saintPlaces(text, toks, dt)
	if dt.mayHoldWord("Union") {
		continentalUnions(text, toks, dt) // acts only before "Union"
	}
	dropGridLabels(text, toks, dt)
	if dt.mayHoldAny(thanksWords) {
		dropThanks(text, toks, dt) // acts only on a mention opening with a thanks word
	}
	codeNames(text, toks, dt)
	memberPeople(text, toks, dt)
	if dt.mayHoldAny(memberTitles) {
		memberLabelPeople(text, toks, dt) // acts only before a member's title
	}
	apposedFirms(text, toks, dt)
	civicHalls(text, toks, dt)
	facilityPeople(text, toks, dt)
	joinFacilityTails(text, toks, dt)
	if dt.mayHoldAny(welshInstitutionWords) {
		welshInstitutions(text, toks, dt.tags)
	}
	welshPlaces(text, toks, dt)
	campaignSurnames(text, toks, dt)
	initialledPeople(text, toks, dt, common)
	bylinePeople(text, toks, dt, common)
	if dt.mayHoldAny(creditVerbs) {
		creditedPeople(text, toks, dt)
	}
	if dt.mayHoldAny(nameParticles) {
		honoredParticleNames(text, toks, dt) // acts only after a name's particle
	}
	dropCommonVerbLeads(text, toks, dt, common)
	dropRoleLabels(text, toks, dt)
	dropMatchUps(text, toks, dt)
	dropCapsExclamations(text, toks, dt, common)
	dropRowNationCodes(text, toks, dt)
	junkNames(text, toks, dt)
}

// lowerLeads are common words that, written in lower case, tell which
// level of government a body belongs to and are no part of its name:
// "the state Department of Water Resources", "the federal Bureau of
// Prisons".
var lowerLeads = wordSet(`state federal national provincial regional municipal city county local`)

// dropLowerLeads starts a name after a lower-case lowerLeads word that
// opens it.
func dropLowerLeads(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		w := text[toks[s.start].Start:toks[s.start].End]
		if s.end-s.start < 2 || !inSet(lowerLeads, w) || w != strings.ToLower(w) {
			continue
		}
		ty := model.TagType(tags[s.start])
		setTag(tags, s.start, 0)
		setTag(tags, s.start+1, model.BeginTag(ty))
	}
}

// legalForms are a company's legal forms: alone, left over when the
// company's own name was not found ("Ltd", "Plc", "Co. Ltd"), they name
// nothing.
var legalForms = wordSet(`inc ltd plc corp co llc gmbh ag nv bv spa company corporation limited incorporated`)

// firmHeads are the generic heads of firms' names, which alone before a
// legal form name no one firm ("Bank PLC").
var firmHeads = wordSet(`bank trust`)

// tableWords are the abbreviations of results tables, written with a
// capital ("Shr 1.20 dlrs vs 1.10 dlrs", "Qtr"), and the pronoun "I"; a
// word of capitals ("CTS Corp") may be a name.
var tableWords = fixedSet(map[string]bool{"Shr": true, "Shrs": true, "Qtr": true, "Dlrs": true, "Cts": true, "Mln": true, "Vs": true, "Avg": true, "Revs": true,
	// The pronoun alone ("So would I.") names no one.
	"I": true})

// dropBareForms removes the mentions made only of legal forms, maybe
// after a generic head ("Bank PLC", left of "Midland Bank PLC"), or only
// of one results table's abbreviation.
func dropBareForms(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		word := func(i int) string { return strings.TrimRight(text[toks[i].Start:toks[i].End], ".") }
		all := s.end-s.start == 1 && inSet(tableWords, word(s.start)) || pronounContraction(text[toks[s.start].Start:toks[s.end-1].End])
		if !all {
			all = true
			from := s.start
			if s.end-s.start > 1 && lowerIn(firmHeads, word(s.start)) {
				from++
			}
			for i := from; i < s.end && all; i++ {
				all = lowerIn(legalForms, word(i))
			}
		}
		if all {
			clearTags(tags, s.start, s.end)
		}
	}
}

// academicTitles open a person's name, like honorifics, in "Professor
// Siobhán Ní Bhriain of University College Dublin".
var academicTitles = fixedSet(map[string]bool{"professor": true, "prof": true, "dr": true, "doctor": true})

// splitTitledOf splits an organisation or place that opens with a title
// and holds "of" into the person before "of" and the organisation after
// it: the tagger reads "Professor Siobhán Ní Bhriain of University College
// Dublin" as one organisation.
func splitTitledOf(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, sp := range dt.spans() {
		if sp.typ == model.TypePER || sp.end-sp.start < 5 {
			continue
		}
		if !lowerIn(academicTitles, strings.TrimSuffix(text[toks[sp.start].Start:toks[sp.start].End], ".")) {
			continue
		}
		of := -1
		for k := sp.start + 2; k < sp.end-1; k++ {
			if text[toks[k].Start:toks[k].End] == "of" {
				of = k
				break
			}
		}
		if of < 0 {
			continue
		}
		setTag(tags, sp.start, 0)
		setTag(tags, sp.start+1, model.BeginTag(model.TypePER))
		for k := sp.start + 2; k < of; k++ {
			setTag(tags, k, model.InsideTag(model.TypePER))
		}
		setTag(tags, of, 0)
		setTag(tags, of+1, model.BeginTag(model.TypeORG))
		for k := of + 2; k < sp.end; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
	}
}

// institutionHeads end the names of public bodies whose names hold "and",
// "of" or "for": "West Yorkshire Fire and Rescue Service" (or "Fire and
// Rescue" alone), "Department for
// Environment, Food and Rural Affairs" is cut by its comma.
var institutionHeads = fixedSet(map[string]bool{
	"service": true, "services": true, "council": true, "authority": true, "agency": true,
	"department": true, "ministry": true, "commission": true, "board": true, "trust": true,
	"society": true, "association": true, "institute": true, "foundation": true, "union": true,
	"federation": true, "societies": true, "office": true, "affairs": true, "birds": true, "nations": true,
	"rescue": true,
})

// serviceWords pair with "and" in the names of public services that open
// with their place: "Wendshire Fire and Rescue Service", "Avon and
// Somerset Police and Crime Commissioner".
var serviceWords = wordSet("fire rescue police ambulance health safety crime")

// serviceCompound reports a service's word at token k-1, the last of a
// place the tagger ran over it, before "and" at token k: "Fire" in
// "Wendshire Fire and Rescue Service".
func serviceCompound(text string, toks []tok.Token, k int) bool {
	return k > 1 && tokText(text, toks, k) == "and" && lowerIn(serviceWords, tokText(text, toks, k-1))
}

// memberNouns open a sentence before "of" and the body whose people they
// are, and are no part of its name: "Members of the National Nurses
// Union".
var memberNouns = wordSet("members member supporters staff workers employees officials leaders representatives delegates")

// institutionLinks join the capitalised words of such a name.
var institutionLinks = fixedSet(map[string]bool{"and": true, "of": true, "for": true, "the": true, "&": true})

// longNameHeads end the long names of public bodies that the tagger may
// leave half untagged in a document that names the body's place alone:
// "Leeds Teaching Hospitals NHS Trust" read as "Leeds", "Medical Relief
// International" as "International", "Bergen District Court" as "Bergen".
var longNameHeads = wordSet("trust hospital university college foundation council authority international court")

// longNameLinks are the lower-case words inside such names: "University
// of Leeds", "Trust for Nature Conservation".
var longNameLinks = fixedSet(map[string]bool{"of": true, "for": true})

// minLongName is the fewest words of such a name that need no
// organisation the tagger found inside it.
const minLongName = 3

// joinInstitutions tags as one organisation a run of capitalised words
// and links that ends in an institution's head word and holds an
// organisation the tagger found inside it, and no person or place: the
// tagger cuts "West Yorkshire Fire and Rescue Service" at "and" and at
// "West". A run of at least minLongName words that ends in a long name's
// head is one organisation even when the head is untagged and a place
// opens it ("Leeds Teaching Hospitals NHS Trust"); a name the tagger
// found whole keeps its type ("Central Clinical Hospital", a place).
func joinInstitutions(text string, toks []tok.Token, tags []int) {
	word := func(i int) string { return text[toks[i].Start:toks[i].End] }
	for i := 0; i < len(tags); i++ {
		if !capitalised(word(i)) {
			continue
		}
		head := tags[i] != 0 && lowerIn(institutionHeads, word(i))
		long := lowerIn(longNameHeads, word(i)) && !shouted(word(i)) // not a headline in capitals
		if !head && !long {
			continue
		}
		j, hasOrg := i, false
		if head {
			j, hasOrg = institutionStart(text, toks, tags, i, false)
		}
		if long && (j == i || !hasOrg) {
			j, hasOrg = institutionStart(text, toks, tags, i, true)
			hasOrg = hasOrg || i-j+1 >= minLongName && capitalised(word(j)) && !oneSpan(tags, j, i)
		}
		j = ownBodyStart(text, toks, tags, j, i)
		if j == i || !hasOrg || model.IsInside(tags[j]) && j > 0 && model.TagType(tags[j-1]) == model.TagType(tags[j]) && tags[j-1] != 0 {
			continue
		}
		if i+1 < len(tags) && model.IsInside(tags[i+1]) {
			continue // the head is inside a longer name
		}
		setTag(tags, j, model.BeginTag(model.TypeORG))
		for k := j + 1; k <= i; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
	}
}

// oneSpan reports whether tokens j..i are one mention.
func oneSpan(tags []int, j, i int) bool {
	if tags[j] == 0 || model.IsInside(tags[j]) {
		return false
	}
	for k := j + 1; k <= i; k++ {
		if tags[k] != model.InsideTag(model.TagType(tags[j])) {
			return false
		}
	}
	return i+1 >= len(tags) || !model.IsInside(tags[i+1])
}

// institutionStart goes back from the head word at token i over
// capitalised words and links on one line and returns where the name
// opens and whether it holds an organisation. A long name's run takes a
// place that opens it.
func institutionStart(text string, toks []tok.Token, tags []int, i int, long bool) (int, bool) {
	word := func(i int) string { return text[toks[i].Start:toks[i].End] }
	j := i
	hasOrg := model.TagType(tags[i]) == model.TypeORG
	for j > 0 && !lineBreakBefore(text, toks, j) {
		w := word(j - 1)
		if !capitalised(w) && !inSet(institutionLinks, w) || lowerIn(calendarWords, w) || lowerIn(openers, w) && capitalised(w) {
			break
		}
		if long && !capitalised(w) && !inSet(longNameLinks, w) {
			break // "Tunisia and the Palestinian Authority"
		}
		ty := model.TagType(tags[j-1])
		if long && ty == model.TypeLOC {
			j--
			for j > 0 && model.IsInside(tags[j]) {
				j--
			}
			break // the place that opens the name: "Leeds City Council"
		}
		if ty == model.TypeLOC && !long && serviceCompound(text, toks, j) {
			j--
			for j > 0 && model.IsInside(tags[j]) {
				j--
			}
			break // the place that opens "Wendshire Fire and Rescue Service"
		}
		if ty >= 0 && ty != model.TypeORG || capitalised(w) && lowerIn(titles, w) || lowerIn(memberNouns, w) && word(j) == "of" {
			break // a name of its own ("Don Penney of the ..."), a title, "Members of the ..."
		}
		if next := word(j); (next == "and" || next == "&") && (lowerIn(institutionHeads, w) && ty == model.TypeORG || lowerIn(longNameHeads, w)) {
			break // two institutions: "the United Nations and the European Union"
		}
		j--
		hasOrg = hasOrg || model.TagType(tags[j]) == model.TypeORG
	}
	for j < i && inSet(institutionLinks, word(j)) {
		j++ // a name opens with a capitalised word, not a link
	}
	return j, hasOrg
}

// designators end the names of clubs and companies ("Valmont FC",
// "Brightwater Ltd"); alone they name nothing.
var designators = fixedSet(map[string]bool{
	"fc": true, "afc": true, "cf": true, "sc": true, "inc": true, "ltd": true, "plc": true,
	"corp": true, "llc": true, "gmbh": true, "ag": true, "nv": true, "bv": true, "spa": true,
})

// openers are capitalised at the start of a sentence and never part of
// a club's or company's name in front of its designator.
var openers = fixedSet(map[string]bool{"the": true, "a": true, "an": true, "and": true, "but": true, "when": true, "if": true, "while": true, "for": true})

// maxNameWords bounds how many words a designator takes in front of it.
const maxNameWords = 3

// joinDesignators widens an organisation that is only a designator over
// the capitalised words right before it that the tagger left out: "FC" in
// "Valmont FC have signed" is "Valmont FC".
func joinDesignators(text string, toks []tok.Token, tags []int) {
	for i := 1; i < len(tags); i++ {
		if model.TagType(tags[i]) != model.TypeORG || model.IsInside(tags[i]) || i+1 < len(tags) && model.IsInside(tags[i+1]) {
			continue
		}
		if !lowerIn(designators, strings.TrimSuffix(text[toks[i].Start:toks[i].End], ".")) {
			continue
		}
		j := i
		for j > 0 && i-j < maxNameWords && tags[j-1] == 0 {
			w := text[toks[j-1].Start:toks[j-1].End]
			if !capitalised(w) || lowerIn(calendarWords, w) || lowerIn(participlePreps, w) || lowerIn(openers, w) ||
				lineBreakBefore(text, toks, j) {
				break
			}
			j--
		}
		if j == i {
			continue
		}
		setTag(tags, j, model.BeginTag(model.TypeORG))
		for k := j + 1; k <= i; k++ {
			setTag(tags, k, model.InsideTag(model.TypeORG))
		}
	}
}

// capitalised reports a word that opens with an upper-case ASCII letter.
func capitalised(w string) bool {
	return w != "" && 'A' <= w[0] && w[0] <= 'Z'
}

// calendarWords are months and weekdays, which are never names in the
// annotation convention. "May" is left out: it is also a surname.
var calendarWords = fixedSet(map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mondays": true, "tuesdays": true, "wednesdays": true, "thursdays": true,
	"fridays": true, "saturdays": true, "sundays": true,
})

// dropFiscalPeriods removes the mentions made of fiscal periods only
// ("Q3 FY2026"); a name holding one ("Q3 Group") stays.
func dropFiscalPeriods(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		all := true
		for i := s.start; i < s.end && all; i++ {
			all = fiscalPeriod(text[toks[i].Start:toks[i].End])
		}
		if all {
			clearTags(tags, s.start, s.end)
		}
	}
}

// fiscalPeriod reports a company's reporting period written as a code:
// a quarter or a half ("Q3", "H1") or a fiscal year ("FY2026", "FY26").
func fiscalPeriod(w string) bool {
	switch {
	case len(w) == 2 && (w[0] == 'Q' && '1' <= w[1] && w[1] <= '4' || w[0] == 'H' && (w[1] == '1' || w[1] == '2')):
		return true
	case (len(w) == 4 || len(w) == 6) && strings.HasPrefix(w, "FY"):
		return strings.Trim(w[2:], "0123456789") == ""
	}
	return false
}

// dropCalendarWords removes months and weekdays at the start of mentions
// ("July", "December Eurodollars" -> "Eurodollars"), but for a newspaper's
// name ("the Sunday Ledger") and a given name spelt as a month's
// abbreviation (see givenAbbreviation).
func dropCalendarWords(text string, toks []tok.Token, tags []int) {
	for i := range tags {
		if tags[i] == 0 || model.IsInside(tags[i]) {
			continue
		}
		w := strings.TrimSuffix(text[toks[i].Start:toks[i].End], ".")
		if !lowerIn(calendarWords, w) || pressDay(text, toks, tags, i) || givenAbbreviation(text, toks, tags, i) {
			continue
		}
		ty := model.TagType(tags[i])
		setTag(tags, i, 0)
		if i+1 < len(tags) && tags[i+1] == model.InsideTag(ty) {
			setTag(tags, i+1, model.BeginTag(ty))
		}
	}
}

// monthAbbreviations are the short forms of months, the Dutch and
// Scandinavian given name "Jan" among them.
var monthAbbreviations = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// givenAbbreviation reports a month's abbreviation that opens a person's
// name of two or more words without a full stop after it: a given name,
// as in "Jan Porcellis" ("Jan 5" is a date and no person's name).
func givenAbbreviation(text string, toks []tok.Token, tags []int, i int) bool {
	w := text[toks[i].Start:toks[i].End]
	return model.TagType(tags[i]) == model.TypePER && i+1 < len(tags) && tags[i+1] == model.InsideTag(model.TypePER) &&
		lowerIn(monthAbbreviations, w) && capitalised(w) && w != strings.ToUpper(w)
}

// holidays are the feasts news dates things by: times, never a body, a
// person or a place, and no name a reader looks up ("settle before
// Christmas").
var holidays = wordSet(`christmas easter ramadan eid diwali hanukkah thanksgiving passover lent hogmanay`)

// holidayDays follow a holiday in the name of its day: "Christmas Eve",
// "Easter Monday".
var holidayDays = wordSet(`day eve sunday monday weekend`)

// dropHolidays removes the mentions that are a holiday ("Christmas") or
// one of its days ("Christmas Eve"). A holiday's word that ends a
// person's name in the text is their surname there ("Lent" after "Norman
// Lent"), and stays.
func dropHolidays(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	for _, s := range ss {
		if !lowerIn(holidays, tokText(text, toks, s.start)) || s.end-s.start > 2 || endsPersonName(text, toks, ss, s) {
			continue
		}
		if s.end-s.start == 2 && !lowerIn(holidayDays, tokText(text, toks, s.start+1)) {
			continue
		}
		for i := s.start; i < s.end; i++ {
			setTag(tags, i, 0)
		}
	}
}

// endsPersonName reports a person's name of two words or more that ends
// with the first word of s.
func endsPersonName(text string, toks []tok.Token, ss []span, s span) bool {
	w := tokText(text, toks, s.start)
	for _, o := range ss {
		if o.typ == model.TypePER && o.end-o.start > 1 && tokText(text, toks, o.end-1) == w {
			return true
		}
	}
	return false
}

// leadParticiples open a sentence as a verb ("Born in Oldham in 1938,
// ...", "Based in Geneva, the agency ..."); capitalised there, the tagger
// can take them for a name.
var leadParticiples = fixedSet(map[string]bool{
	"born": true, "based": true, "raised": true, "founded": true, "elected": true, "educated": true,
	"located": true, "headquartered": true, "established": true, "speaking": true, "writing": true,
	"asked": true, "appointed": true, "trained": true, "married": true, "listed": true,
})

var participlePreps = fixedSet(map[string]bool{"in": true, "at": true, "on": true, "to": true, "by": true, "as": true, "from": true, "into": true, "about": true, "after": true, "before": true, "during": true, "with": true})

// dropLeadParticiples removes a one-word mention that is such a verb
// before a preposition.
func dropLeadParticiples(text string, toks []tok.Token, tags []int) {
	for i := range tags {
		if tags[i] == 0 || model.IsInside(tags[i]) || i+1 >= len(tags) || tags[i+1] != 0 {
			continue
		}
		if !lowerIn(leadParticiples, text[toks[i].Start:toks[i].End]) || !inSet(participlePreps, text[toks[i+1].Start:toks[i+1].End]) {
			continue
		}
		setTag(tags, i, 0)
	}
}

// titles are words of address and office that precede a name but are not
// part of it in the annotation convention ("President" Vladimir Putin).
var titles = fixedSet(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"president": true, "vice": true, "prime": true, "minister": true,
	"secretary": true, "chancellor": true, "senator": true, "sen": true,
	"rep": true, "representative": true, "congressman": true, "congresswoman": true,
	"gov": true, "governor": true, "mayor": true, "premier": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "general": true,
	"gen": true, "col": true, "colonel": true, "lt": true, "lieutenant": true,
	"captain": true, "capt": true, "sgt": true, "sergeant": true, "major": true,
	"det": true, "insp": true, "supt": true, "inspector": true, "detective": true, "superintendent": true,
	"admiral": true, "commander": true, "marshal": true, "judge": true, "justice": true,
	"rev": true, "reverend": true, "father": true, "sheikh": true, "taoiseach": true,
	"tánaiste": true, "chairman": true, "chairwoman": true, "chair": true,
	"chief": true, "ceo": true, "ambassador": true, "envoy": true, "commissioner": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "coach": true, "chef": true,
	"foreign": true, "defence": true, "defense": true, "state": true, "of": true,
	"deputy": true, "supreme": true, "leader": true, "speaker": true,
	"archbishop": true, "bishop": true, "cardinal": true, "ayatollah": true,
	"emir": true, "sultan": true, "crown": true, "aide": true, "adviser": true,
	"advisor": true, "special": true, "former": true, "then": true, "acting": true,
	"interior": true, "finance": true, "economy": true, "trade": true, "health": true,
	"attorney": true, "director": true, "secretary-general": true, "first": true,
	"cllr": true, "cr": true, "councillor": true, "councilor": true, "councilman": true, "councilwoman": true,
	"alderman": true, "assemblyman": true, "assemblywoman": true,
	"coroner": true, "ombudsman": true,
	// Foreign words of address, like "Mr" and "Mrs": "Madame Lefort".
	"madame": true, "monsieur": true, "herr": true, "frau": true, "señor": true, "señora": true,
	"senor": true, "senora": true, "signor": true, "signora": true,
})

// honorifics only ever precede a person's name.
var honorifics = fixedSet(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mister": true, "dr": true,
	"sir": true, "dame": true, "madam": true, "mme": true, "messrs": true,
})

// stripTitles drops leading titles from person mentions, and turns a
// mention of another type that starts with an honorific ("Mr Trump"
// tagged an organisation) into the person after it.
func stripTitles(text string, toks []tok.Token, tags []int) {
	per := model.BeginTag(model.TypePER)
	is := func(set map[string]bool, i int) bool {
		return lowerIn(set, strings.TrimSuffix(text[toks[i].Start:toks[i].End], "."))
	}
	for i := range tags {
		if tags[i] == 0 || model.IsInside(tags[i]) {
			continue
		}
		if tags[i] != per {
			ty := model.TagType(tags[i])
			if i+1 < len(tags) && tags[i+1] == model.InsideTag(ty) && is(honorifics, i) {
				setTag(tags, i, 0)
				for j := i + 1; j < len(tags) && tags[j] == model.InsideTag(ty); j++ {
					setTag(tags, j, model.InsideTag(model.TypePER))
				}
				setTag(tags, i+1, per)
			}
			continue
		}
		j := i
		for j+1 < len(tags) && tags[j+1] == model.InsideTag(model.TypePER) && is(titles, j) && !givenAfterCivilTitle(text, toks, j) {
			setTag(tags, j, 0)
			setTag(tags, j+1, per)
			j++
		}
	}
}

// lowerIn reports whether set holds the lower-case form of w, without
// building that form on the heap when w is short and ASCII. The filter of
// a fixed set (see fixedSet) rejects most words before any lookup.
func lowerIn(set map[string]bool, w string) bool {
	f := filterOf(set)
	// An ASCII byte at either end of w stays at that end of its
	// lower-case form, whatever w holds in between.
	if f != nil && w != "" && w[0] < utf8.RuneSelf && w[len(w)-1] < utf8.RuneSelf && !f.mayEndWith(lowerASCII(w[0]), lowerASCII(w[len(w)-1])) {
		return false
	}
	var buf [32]byte
	b := buf[:0]
	if len(w) <= len(buf) {
		b = buf[:len(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)]
		}
		if len(w) <= len(buf) {
			b[i] = asciiLower[c]
		} else {
			b = append(b, asciiLower[c])
		}
	}
	if f != nil && !f.mayHoldBytes(b) {
		return false
	}
	return set[string(b)]
}

// firstBytes holds the first bytes of the words of a set. A word whose first
// byte it lacks is not in the set, which lets a rule that scans every token
// of a document reject most of them without a map lookup.
type firstBytes [4]uint64

// firstBytesOf returns the first bytes of the words of set, which holds no
// empty word.
func firstBytesOf(set map[string]bool) *firstBytes {
	var f firstBytes
	for w := range set {
		f[w[0]>>6] |= 1 << (w[0] & 63)
	}
	return &f
}

// mayHold reports false for a word that the set certainly does not hold.
func (f *firstBytes) mayHold(w string) bool {
	return w != "" && f[w[0]>>6]&(1<<(w[0]&63)) != 0
}

// span is one mention as a token range.
type span struct{ start, end, typ int }

// hasOneWord reports whether ss holds a one-word mention of type typ.
func hasOneWord(ss []span, typ int) bool {
	for _, s := range ss {
		if s.typ == typ && s.end-s.start == 1 {
			return true
		}
	}
	return false
}

// spans returns the mentions of tags in text order. The rules call it
// after one another over the same tags, so it is small enough to inline:
// the mentions of most documents then fit a buffer in the caller's frame
// and are never allocated.
func spans(tags []int) []span {
	var buf [spanBuffer]span
	return appendSpans(buf[:0], tags)
}

// spanBuffer is how many mentions spans holds without allocating: the
// mentions of all but the longest stories.
const spanBuffer = 64

// appendSpans appends the mentions of tags to dst. When dst is full it
// counts the mentions left and grows it once to hold them.
func appendSpans(dst []span, tags []int) []span {
	for i := nextTagged(tags, 0); i < len(tags); i = nextTagged(tags, i) {
		ty := model.TagType(tags[i])
		// A tag continues the mention exactly when it is the I tag of
		// its type (tags are never negative).
		in := model.InsideTag(ty)
		j := i + 1
		for j < len(tags) && tags[j] == in {
			j++
		}
		if len(dst) == cap(dst) {
			dst = slices.Grow(dst, countSpans(tags[i:]))
		}
		dst = append(dst, span{i, j, ty})
		i = j
	}
	return dst
}

// nextTagged returns the index of the first tag from i on that is not O,
// or len(tags). Most tokens are outside any mention, so it tests eight
// tags at a time.
func nextTagged(tags []int, i int) int {
	for ; i+8 <= len(tags); i += 8 {
		if t := (*[8]int)(tags[i:]); t[0]|t[1]|t[2]|t[3]|t[4]|t[5]|t[6]|t[7] != 0 {
			break
		}
	}
	for i < len(tags) && tags[i] == 0 {
		i++
	}
	return i
}

// countSpans returns the number of mentions of tags.
func countSpans(tags []int) int {
	n := 0
	for i, g := range tags {
		if g != 0 && (i == 0 || !model.IsInside(g) || model.TagType(tags[i-1]) != model.TagType(g)) {
			n++
		}
	}
	return n
}

// vote makes one-word mentions of the same name agree on a type within a
// document: a name tagged one way most of the time takes that type
// everywhere, and a word that is part of a longer person name elsewhere
// ("Vladimir Putin") is a person when it stands alone ("Putin"), provided
// at least a quarter of its lone mentions were already tagged a person.
func vote(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	if len(ss) < 2 {
		return
	}
	word := func(i int) string {
		w := text[toks[i].Start:toks[i].End]
		if strings.ContainsRune(w, '’') {
			w = strings.ReplaceAll(w, "’", "'")
		}
		return w
	}
	if dt.votes == nil {
		dt.votes, dt.nameParts = map[string][model.NumTypes]int{}, map[string]bool{}
	}
	votes, namePart := dt.votes, dt.nameParts
	for _, s := range ss {
		if s.end-s.start == 1 {
			w := word(s.start)
			v := votes[w]
			v[s.typ]++
			votes[w] = v
		} else if s.typ == model.TypePER && s.end-s.start <= 3 {
			namePart[word(s.start)] = true
			namePart[word(s.end-1)] = true
		}
	}
	for _, s := range ss {
		if s.end-s.start != 1 {
			continue
		}
		w := word(s.start)
		best := s.typ
		switch v := votes[w]; {
		case namePart[w] && v[model.TypePER]*4 >= v[0]+v[1]+v[2]+v[3]:
			best = model.TypePER
		default:
			n := v[0] + v[1] + v[2] + v[3]
			for t, c := range v {
				if 2*c > n {
					best = t
				}
			}
		}
		setTag(tags, s.start, model.BeginTag(best))
	}
}
