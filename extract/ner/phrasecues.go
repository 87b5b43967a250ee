package ner

import (
	"strings"
	"unicode"

	"newsbot/extract/internal/swar"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// settlementNouns name a place in "the village of Ashby Green".
var settlementNouns = fixedSet(map[string]bool{
	"village": true, "town": true, "city": true, "hamlet": true, "island": true, "country": true,
	"state": true, "province": true, "region": true, "county": true, "suburb": true, "port": true,
})

// nationalVotes follow a country's possessive: "Veldoria's presidential
// election".
var nationalVotes = fixedSet(map[string]bool{"presidential": true, "parliamentary": true})

// schoolPhrases end in front of a school's name: "dropped out of
// Stanford", "graduated from Yale".
var schoolPhrases = [][]string{{"dropped", "out", "of"}, {"graduated", "from"}, {"enrolled", "at"}, {"studied", "at"}}

// workNouns stand in lower case before the title of a show, a film or a
// book: "the crime drama Blackmoor", "the sitcom Flatmates".
var workNouns = wordSet("drama dramas sitcom film movie documentary novel album musical miniseries")

// castPhrases end in front of the title of a show an actor plays in:
// "her co-star in Blackmoor".
var castPhrases = [][]string{{"co-star", "in"}, {"co-stars", "in"}, {"co-starred", "in"}}

// groupNouns name a body that "known as" or "called" names after them:
// "a criminal group known as Black Orchid".
var groupNouns = wordSet(`group gang network company firm organisation organization cartel outfit
	syndicate militia faction collective charity movement party band label brand`)

// phraseKind returns the type a fixed phrase around span s gives it: a
// place after "the village of" or before "'s presidential election", a
// school after "dropped out of", a body after "a group known as" or a
// firm's noun ("carmaker Stellantis"), and the title of a work after its
// noun or "co-star in" ("the drama Blackmoor").
//
// The cues look at the same few words around s many times: the three
// before it and the two after it are lower-cased once each, into bufs,
// which the caller keeps from one call to the next so that lowering a
// capitalised word allocates nothing. The cues keep none of the words.
func phraseKind(text string, toks []tok.Token, s span, bufs *[5]swar.WordBuf) (int, bool) {
	var near [5]string
	var lowered [5]bool
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		k := -1
		switch {
		case i >= s.start-3 && i < s.start:
			k = i - (s.start - 3)
		case i >= s.end && i <= s.end+1:
			k = 3 + i - s.end
		default:
			return strings.ToLower(tokText(text, toks, i))
		}
		if !lowered[k] {
			near[k], lowered[k] = swar.LowerWord(&bufs[k], tokText(text, toks, i)), true
		}
		return near[k]
	}
	switch {
	case s.typ == model.TypeMISC:
		return 0, false
	case s.typ != model.TypeLOC && word(s.start-1) == "of" && inSet(settlementNouns, word(s.start-2)) && word(s.start-3) == "the",
		s.typ != model.TypeLOC && isPossessive(word(s.end)) && inSet(nationalVotes, word(s.end+1)):
		return model.TypeLOC, true
	case afterPhrase(word, s.start, castPhrases) || inSet(workNouns, word(s.start-1)) && model.PlainWord(tokText(text, toks, s.start-1)):
		return model.TypeMISC, true
	case s.typ == model.TypeLOC && s.end-s.start == 1 && afterPhrase(word, s.start, schoolPhrases),
		s.typ != model.TypeORG && calledGroup(word, s.start),
		s.typ == model.TypePER && runByFirm(word, s.start),
		s.typ == model.TypePER && firmAppositive(text, toks, s.end):
		return model.TypeORG, true
	}
	return 0, false
}

// operatedThings run by a firm that a noun before "operator" names: "airport
// operator", "the network operator"; a "crane operator" is a worker, while
// "the operator" of a story is the firm running the thing it is about.
var operatedThings = wordSet(`airport airports port ports network networks grid rail railway railways pipeline
	pipelines mobile telecoms telecom canal terminal terminals tour exchange plant satellite cable toll`)

// runByFirm reports a name right after a noun that only a company is:
// "carmaker Stellantis", "airport operator Avia Nusa", "the operator Avia
// Nusa".
func runByFirm(word func(int) string, i int) bool {
	prev := word(i - 1)
	return inSet(firmNouns, prev) || prev == "operator" && (inSet(operatedThings, word(i-2)) || word(i-2) == "the")
}

// businessNouns end an appositive that says a name is a business: "Brightwater
// Live, the events group,".
var businessNouns = wordSet(`group company firm conglomerate corporation consortium chain retailer carmaker`)

// appositiveArticles open an appositive after a comma: "Brightwater Live,
// the events group,".
var appositiveArticles = wordSet("the a an")

// linkWords join a head to more words: past one, the appositive's head is
// some other noun ("a member of the group").
var linkWords = wordSet(`of the a an for in at with to by from and or on who which that`)

// maxFirmModifiers bounds the lower-case words between the article and the
// head of such an appositive ("the events group", "a private equity firm").
const maxFirmModifiers = 3

// firmAppositive reports whether the name ending before token i is
// followed by an appositive whose head is a business's noun and which ends
// there: "Brightwater Live, the events group, bought". A head with more
// after it ("a member of the group") is not the appositive's.
func firmAppositive(text string, toks []tok.Token, i int) bool {
	word := func(k int) string {
		if k >= len(toks) {
			return ""
		}
		return tokText(text, toks, k)
	}
	if word(i) != "," || !lowerIn(appositiveArticles, word(i+1)) {
		return false
	}
	for k := i + 2; k <= i+2+maxFirmModifiers && k < len(toks); k++ {
		w := word(k)
		if w == "" || strings.ToLower(w) != w || !isLetters(w) || inSet(linkWords, w) {
			return false
		}
		if inSet(businessNouns, w) {
			switch word(k + 1) {
			case ",", ".", ";", ")":
				return true
			}
			return false
		}
	}
	return false
}

// isLetters reports whether w is all letters or hyphens.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// calledGroup reports a name that a group's noun gives before it: "a
// criminal group known as Black Orchid", "a network called Rift".
func calledGroup(word func(int) string, i int) bool {
	switch {
	case word(i-1) == "as" && word(i-2) == "known":
		return inSet(groupNouns, word(i-3))
	case word(i-1) == "called" || word(i-1) == "named":
		return inSet(groupNouns, word(i-2))
	}
	return false
}

// afterPhrase reports whether one of phrases ends right before token i.
// The words are compared from the phrase's last one back, as the word
// right before a name seldom ends a phrase and word lowers each word it
// is first asked for.
func afterPhrase(word func(int) string, i int, phrases [][]string) bool {
	for _, p := range phrases {
		ok := true
		for k := len(p) - 1; k >= 0; k-- {
			if word(i-len(p)+k) != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// raceWords are capitalised adjectives of race ("Black residents"), no
// names.
var raceWords = fixedSet(map[string]bool{"black": true, "white": true})

// pluralPeople are the nouns after such an adjective that are plural
// though they do not end in s.
var pluralPeople = fixedSet(map[string]bool{"people": true, "men": true, "women": true, "children": true, "community": true, "communities": true})

// dropRaceAdjectives removes a one-word mention that is an adjective of
// race before a plural noun in lower case: "diluted the votes of Black
// residents". "Black said" keeps its person.
func dropRaceAdjectives(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.end >= len(toks) || !lowerIn(raceWords, tokText(text, toks, s.start)) {
			continue
		}
		if next := tokText(text, toks, s.end); model.PlainWord(next) && (inSet(pluralPeople, next) || pluralNoun(next)) {
			setTag(tags, s.start, 0)
		}
	}
}

// nonPlurals end in s but are verbs or function words.
var nonPlurals = fixedSet(map[string]bool{"says": true, "was": true, "has": true, "is": true, "does": true, "his": true, "this": true, "thus": true, "as": true})

// pluralNoun reports a lower-case word that looks like a plural noun.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !inSet(nonPlurals, w)
}
