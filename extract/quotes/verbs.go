package quotes

import (
	"maps"
	"newsbot/extract/internal/wordfilter"
	"slices"
	"strings"
)

// Verbs of saying, as lemmas. Reporting prose uses many more than "said":
// machine-reworded copy swaps in "mentioned", "remarked", "instructed
// reporters", so attribution works on the whole class. Each lemma is
// expanded to its inflections by inflect.
const speechLemmas = `
say tell add warn write state mention remark acknowledge assert characterize
characterise describe explain note stress emphasize emphasise insist argue
claim announce declare comment observe reply respond answer recall suggest
predict caution urge concede admit confirm deny complain conclude maintain
reiterate repeat indicate express convey post tweet ask question call point
accuse criticize criticise quip joke boast lament opine underline underscore
highlight advise inform instruct notify assure reassure allege contend affirm
reaffirm proclaim retort counter shout exclaim testify report disagree
dispute refute hail dub brand label term refer recount muse clarify elaborate
signal hint vow pledge promise threaten slam blast dismiss brief reveal
continue add predict agree reason scoff stress tell write lash mock
plead whisper sigh laugh demand wonder interject brag confess disclose
text email message blog cry scream yell murmur beg estimate speculate
grumble snap chuckle gush enthuse fume rage object protest thank
`

// Verbs whose object after the verb is the person addressed or described,
// never the speaker: "told reporters", "accused Europe", "called the plan".
// The others may invert after a quote ("said Townsend", "warned Smith",
// "asked Peskov").
const objectLemmas = `
tell advise inform instruct notify assure reassure accuse call describe
characterize characterise dub brand label term hail slam blast dismiss brief
mock lash thank
`

// Verbs of naming: a quote right after one is the thing named, not words
// said ("called “triple witching days” a minor question").
var namingLemmas = wordSet(`call dub brand label term describe characterize characterise`)

// Verbs of contesting: the words quoted after them are usually the ones
// contested ("denied reports of a “secret deal”"), so they attribute a
// fragment only when it follows "as" ("dismissed it as “nonsense”").
var contestLemmas = wordSet(`deny dismiss refute dispute reject`)

// irregular forms of lemmas that the spelling rules in inflect get wrong.
var irregular = map[string][]string{
	"say":    {"said", "says", "saying"},
	"tell":   {"told", "tells", "telling"},
	"write":  {"wrote", "written", "writes", "writing"},
	"quip":   {"quipped", "quips", "quipping"},
	"admit":  {"admitted", "admits", "admitting"},
	"refer":  {"referred", "refers", "referring"},
	"slam":   {"slammed", "slams", "slamming"},
	"dub":    {"dubbed", "dubs", "dubbing"},
	"label":  {"labelled", "labeled", "labels", "labelling", "labeling"},
	"signal": {"signalled", "signaled", "signals", "signalling", "signaling"},
	"scoff":  {"scoffed", "scoffs", "scoffing"},
	"mock":   {"mocked", "mocks", "mocking"},
	"plead":  {"pleaded", "pled", "pleads", "pleading"},
	"beg":    {"begged", "begs", "begging"},
	"brag":   {"bragged", "brags", "bragging"},
	"snap":   {"snapped", "snaps", "snapping"},
	"blog":   {"blogged", "blogging"},
}

// speechVerbs maps every inflected form to its lemma.
var speechVerbs = buildVerbs(speechLemmas)

// speechLemmaIDs numbers the lemma of every form of speechVerbs, from 1,
// so that a token keeps it in a small integer; speechLemmaNames[id] is
// the lemma, and speechLemmaNames[0] is "".
var speechLemmaIDs, speechLemmaNames = func() (map[string]uint16, []string) {
	ids := map[string]uint16{}
	names := []string{""}
	byLemma := map[string]uint16{"": 0}
	for _, form := range slices.Sorted(maps.Keys(speechVerbs)) {
		l := speechVerbs[form]
		id, ok := byLemma[l]
		if !ok {
			id = uint16(len(names))
			byLemma[l] = id
			names = append(names, l)
		}
		ids[form] = id
	}
	return ids, names
}()

// speechFormFilter holds the forms of speechVerbs: most words are ruled
// out by one look at it, without a map lookup (see TestSpeechFormFilter).
var speechFormFilter = wordfilter.Of(speechVerbs)

// speechLemmaID returns speechLemmaIDs[low], the number of the lemma
// of a verb of saying, or 0.
func speechLemmaID(low string) uint16 {
	if !speechFormFilter.MayHold(low) {
		return 0
	}
	return speechLemmaIDs[low]
}

// Present-tense forms that read as plural nouns far more often than as
// verbs in news copy ("in televised comments", "his remarks"); they are
// not taken as verbs of saying.
var nounForms = wordSet(`
comments remarks notes claims calls reports answers replies questions states
posts tweets points counters signals hints vows pledges promises brands
labels terms briefs jokes quips muses laments blasts slams statements
demands estimates protests objects texts emails messages blogs cries
screams sighs laughs murmurs whispers snaps rages thanks
`)

// nounFormVerbs maps the forms left out as nouns to their lemma, for the
// places where only a verb can stand: "she laughs", "he jokes".
var nounFormVerbs = func() map[string]string {
	m := map[string]string{}
	for _, l := range strings.Fields(speechLemmas) {
		forms, ok := irregular[l]
		if !ok {
			forms = inflect(l)
		}
		for _, f := range forms {
			if nounForms[f] {
				m[f] = l
			}
		}
	}
	return m
}()

// verbAfterPronoun returns the lemma of a present-tense form usually read
// as a noun when a subject pronoun comes right before it ("she laughs",
// "he quips"), where it can only be a verb; "" otherwise.
func verbAfterPronoun(toks []token, v int) string {
	if v == 0 || !toks[v-1].is("he", "she") {
		return ""
	}
	return nounFormVerbs[toks[v].low]
}

// objectVerbs holds the lemmas of objectLemmas.
var objectVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Fields(objectLemmas) {
		m[l] = true
	}
	return m
}()

func buildVerbs(lemmas string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Fields(lemmas) {
		if l == "say" {
			// The bare lemma is left out ("a Time magazine report", "can
			// testify"): only a plural subject takes it, and a group is
			// no speaker. "Officials say" still blocks a guess.
			m[l] = l
		}
		forms, ok := irregular[l]
		if !ok {
			forms = inflect(l)
		}
		for _, f := range forms {
			if !nounForms[f] {
				m[f] = l
			}
		}
	}
	return m
}

// inflect returns the -s, -ed and -ing forms of a regular verb.
func inflect(l string) []string {
	n := len(l)
	switch {
	case strings.HasSuffix(l, "e"):
		stem := l[:n-1]
		return []string{l + "s", l + "d", stem + "ing"}
	case n > 1 && l[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(l[n-2])):
		stem := l[:n-1]
		return []string{stem + "ies", stem + "ied", l + "ing"}
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z"):
		return []string{l + "es", l + "ed", l + "ing"}
	}
	return []string{l + "s", l + "ed", l + "ing"}
}

// goVerbs are the forms of "go" that, with "on" and nothing after but
// punctuation or a quote, report speech going on: `"...," Lind went on,
// "and ..."`.
var goVerbs = wordSet(`go goes went going`)

// goesOn reports whether token v is a form of "go" followed by "on" that
// ends its clause ("went on," / "went on:"), not "went on to win".
func goesOn(toks []token, v int) bool {
	if v+1 >= len(toks) || toks[v+1].low != "on" || toks[v].upper || !goVerbs[toks[v].low] {
		return false
	}
	return v+2 >= len(toks) || toks[v+2].kind != tkWord
}

// isParticiple reports whether a verb form is the -ing form ("adding that").
func isParticiple(form string) bool { return strings.HasSuffix(form, "ing") }

// Lemmas that read as reported speech only with a clause or a quote after
// them; followed by "to" and a verb they report an intention instead
// ("threatened to cut", "is said to be").
func takesInfinitive(next, after string) bool {
	if next != "to" {
		return false
	}
	return !addressees[after]
}

// Words that may follow "said to" / "explained to" when "to" marks the
// person addressed rather than an infinitive.
var addressees = wordSet(`
reporters journalists lawmakers parliament the a an his her their its our
my me him them us you reuters members supporters parliamentarians senators
delegates students officials congress
`)

// Pronouns that may stand for a speaker.
var personPronouns = wordSet(`he she`)
var orgPronouns = wordSet(`it`)
var pluralPronouns = wordSet(`they we i you`)
var pronouns = wordSet(`he she it they we i you him her them us me`)

// pronounsFilter stands before pronouns in appendWordToken, which asks of
// every word of a name: names are turned away without a map lookup.
var pronounsFilter = wordfilter.Of(pronouns)

// Words skipped between a subject and its verb ("Trump also later said",
// "Ushakov had told").
var skipBeforeVerb = wordSet(`
also later earlier then had has have would will could did does do again
further once first previously recently separately still now subsequently
reportedly repeatedly since already once today yesterday tonight however just
may might must should shall been be not never always often sometimes
`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
