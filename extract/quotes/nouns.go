package quotes

import (
	"strings"

	"newsbot/extract/internal/wordfilter"
)

// Role nouns: the head of a description that stands for one person ("the
// Kremlin spokesman", "the president"). A definite phrase with such a head
// is resolved to the person the article described that way.
var roleNouns = wordSet(`
president spokesman spokeswoman spokesperson minister aide adviser advisor
chancellor secretary envoy ambassador governor mayor senator chief chairman
chairwoman chairperson director leader premier commander negotiator
administrator taoiseach king queen prince pope emir sheikh general
secretary-general commissioner prosecutor judge chair ceo executive founder
manager economist analyst official spokesmen democrat republican mp
`)

// Roles in a team written before a name with the club in front ("Villa
// striker Ollie Watkins"), besides the role nouns.
var teamRoles = wordSet(`
coach boss captain striker midfielder defender goalkeeper keeper winger
`)

// Nouns for a person that the agent-noun endings in personish miss.
var personNouns = wordSet(`
source insider expert aide official delegate envoy man woman lawmaker
activist witness resident veteran colleague friend
`)

// roleKinds are the roles a broader noun covers: "the diplomat" may be the
// person the article called an envoy.
var roleKinds = map[string][]string{
	"diplomat": {"envoy", "ambassador", "mediator", "negotiator"},
}

// Nouns for someone who speaks for another: "the agent of striker Emeka
// Okafor said" is not Okafor's word.
var proxyNouns = wordSet(`
agent agents lawyer lawyers attorney attorneys solicitor barrister counsel
spokesman spokeswoman spokesperson spokesmen representative representatives
aide aides adviser advisers advisor advisors manager publicist mother father
wife husband widow son daughter brother sister family relatives
`)

// Role nouns too generic to pick out one person even when definite: "the
// official said" after three officials were named is a guess.
var vagueRoles = wordSet(`official analyst economist executive`)

// Nouns for someone who speaks for a body named by the noun before them:
// "a palace spokesman", "a ministry official", "a court source".
var bodyVoices = wordSet(`spokesman spokeswoman spokesperson official source`)

// roleSynonyms folds spelling and gender variants of one role together.
var roleSynonyms = map[string]string{
	"spokeswoman":  "spokesperson",
	"spokesman":    "spokesperson",
	"spokesmen":    "spokesperson",
	"advisor":      "adviser",
	"aide":         "adviser",
	"chairwoman":   "chairman",
	"chairperson":  "chairman",
	"chair":        "chairman",
	"ceo":          "executive",
	"taoiseach":    "premier",
	"prime":        "premier",
	"premier":      "premier",
	"u.s.":         "us",
	"american":     "us",
	"america":      "us",
	"kiev":         "kyiv",
	"defense":      "defence",
	"organization": "organisation",
}

// titleOffices are the offices abbreviated titles before a name stand
// for: "Gov. Margaret Halloran" is "the governor".
var titleOffices = map[string]string{
	"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general", "lt.": "lieutenant",
	"col.": "colonel", "sgt.": "sergeant", "capt.": "captain", "adm.": "admiral", "cmdr.": "commander",
	"insp.": "inspector", "supt.": "superintendent", "atty.": "attorney", "pres.": "president",
}

// Head nouns of organisations that speak as a body: "Ukraine's eastern
// military command", "Russia's Ministry of Defence", "the White House".
var orgNouns = wordSet(`
ministry military command government army navy office department council
committee agency embassy court parliament police forces force presidency
kremlin administration cabinet commission authority authorities service
company bank firm group union alliance party staff headquarters mission
spokesperson's regulator board secretariat daily newspaper magazine weekly
broadcaster trust federation palace
`)

// Documents that "say" what their authors wrote: "the statement added".
var docNouns = wordSet(`
statement communique communiqué report paper document letter release filing
announcement transcript memo note outlook review survey study forecast
bulletin newsletter editorial
`)

// Generic names of a business, which "the company said" uses for the firm
// the story is about.
var businessNouns = wordSet(`
company firm group corporation bank carrier airline automaker insurer daily
newspaper magazine weekly broadcaster
`)

// Plural or collective subjects that never name one speaker.
var groupNouns = wordSet(`
officials analysts sources experts diplomats people residents observers
critics lawmakers economists traders dealers witnesses investors executives
sources officers leaders ministers negotiators authorities reports others
some many both all several they
`)

// Modifiers that add nothing to which person a role picks out.
var idleModifiers = wordSet(`
the a an top senior chief new current then longtime long-time former acting
veteran powerful its his her their our
`)

var determiners = wordSet(`the this that these those`)
var indefinites = wordSet(`a an another one some`)

// Words that end a noun phrase when walking left from its head.
var npStops = wordSet(`
and or but that which who whom whose while when where as than if because
although though after before since until of for at from with by to in on
into about over under said says is are was were be been being has have had
not no what how why whether also
`)

// npStopsFilter stands before npStops in phraseFrom, which reads the
// words of a phrase one by one: most are turned away without a map
// lookup.
var npStopsFilter = wordfilter.Of(npStops)

var weekdays = wordSet(`
monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight morning evening afternoon night week weekend month year
`)

// normWord lower-cases a word and drops a possessive ending.
func normWord(s string) string {
	s = strings.ToLower(s)
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	if r, ok := roleSynonyms[s]; ok {
		return r
	}
	if r, ok := titleOffices[s]; ok {
		return r
	}
	return s
}

// sameModifier matches a modifier of a role phrase against a word of a
// person's description, letting "Russian" match "Russia" and "Ukrainian"
// match "Ukraine".
func sameModifier(a, b string) bool {
	if a == b {
		return true
	}
	n := 5
	if len(a) < n || len(b) < n {
		return false
	}
	return a[:n] == b[:n]
}
