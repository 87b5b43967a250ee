package identity

import (
	"slices"
	"strings"
	"unicode"
)

// roleHeads are nouns that head a description of a person: the word a role
// phrase ends in ("Kremlin foreign policy aide", "a senior fellow at ...").
// A phrase without one is not taken as a role, which keeps verb phrases and
// stray names out.
var roleHeads = wordSet(`
patient ringleader mastermind foreman forewoman staffer graduate
president vice-president president-elect minister premier chancellor
taoiseach tanaiste tánaiste secretary secretary-general undersecretary
spokesman spokeswoman spokesperson envoy aide adviser advisor negotiator
ambassador diplomat official officer chief head leader director chairman
chairwoman chair chairperson ceo cfo coo cto founder co-founder executive manager
commander general admiral colonel captain lieutenant sergeant soldier
governor mayor senator congressman congresswoman lawmaker legislator mp mep
representative deputy king queen prince princess emir sheikh sultan monarch
ruler pope cardinal bishop archbishop priest rabbi imam cleric ayatollah
judge justice prosecutor attorney lawyer counsel solicitor barrister
analyst economist expert scholar researcher scientist professor lecturer
fellow historian journalist reporter correspondent editor columnist
commentator writer author novelist poet artist actor actress singer
musician player coach athlete champion candidate nominee activist
campaigner organiser organizer dissident opponent critic ally friend rival
confidant son daughter wife husband father mother brother sister
son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law widow
widower partner administrator commissioner inspector investigator detective
strategist consultant lobbyist donor billionaire millionaire businessman
businesswoman entrepreneur investor banker financier industrialist developer tycoon magnate
oligarch dictator autocrat strongman mediator emissary delegate
representative observer member politician statesman stateswoman speaker
whip treasurer comptroller auditor regulator prefect councillor councilor
alderman sheriff marshal constable superintendent designer architect owner
publisher producer presenter host anchor broadcaster doctor surgeon nurse
physician teacher engineer pilot agent spy operative militant fighter rebel
guide instructor ranger
insurgent hostage prisoner detainee captive academic chief-of-staff
deputy-head successor predecessor protege protégé loyalist hawk veteran
skipper fisherman farmer worker resident student pensioner shopkeeper trader
protester protestor demonstrator volunteer survivor witness victim passenger
grandmother grandfather neighbour neighbor colleague headteacher headmaster
headmistress pastor vicar firefighter paramedic policeman policewoman sailor
figure mogul heir heiress counterpart boss liaison attaché attache
interpreter translator biographer official spokesperson secretary
winger striker midfielder defender goalkeeper keeper forward captain manager
painter sculptor photographer filmmaker playwright composer conductor
dancer comedian novelist illustrator
referee umpire linesman
caretaker supervisor trustee selectman selectwoman freeholder assessor clerk registrar
magistrate coroner ombudsman regent rector warden councilmember
assemblymember preacher missionary deacon clergyman
miner carpenter merchant labourer laborer fitter
forecaster meteorologist coordinator co-ordinator planner
technician epidemiologist virologist curator librarian archivist
arbitrator arbiter plaintiff claimant defendant appellant petitioner litigant
runner incumbent co-star costar teammate team-mate classmate bandmate
`)

// roleModifiers are lower-case words that commonly stand before a role
// head without an article: "special envoy", "senior adviser".
var roleModifiers = wordSet(`
alleged suspected reputed purported
special senior chief top deputy foreign policy former acting vice prime
national security general military defence defense presidential state
interior finance economic economics trade health press regional party
opposition campaign executive managing political lead leading assistant
associate public affairs international human rights veteran longtime
long-time close key main principal permanent interim caretaker incoming outgoing previous new
current retired late first second junior federal local city district county
provincial communications intelligence peace chief head staff white house
justice energy foreign-policy arms control climate labour labor finance
electoral election commission committee council board union club bank company banking
police fire
treasury home business tech technology media news investment real estate
property oil gas energy sports football court supreme high appeals
environment environmental education transport migration immigration
border homeland commerce culture science research kremlin nuclear
negotiating negotiation delegation team top-level high-level vice-
shadow operating financial militia army
`)

// roleStops end a role phrase: function words, pronouns, common reporting
// verbs. Anything that is not a name, a modifier or a head and sits in front
// of a head without an article is treated the same way.
var roleStops = wordSet(`
said says told tells and or but nor with by to from for of in on at as
between including like than that which who whom whose met meet meets meeting
after before while when where also has have had is was were are be been
being will would could should can may might must not no if so because about
into over under against during without within among amid via per since
until through toward towards upon across behind beyond near asked added
spoke called urged warned according both all any some this these those each
every other such it he she they we i you him them us me her its their his
our my your whether there here just only even still yet however
`)

// determiners open a role phrase; they are not part of the role's text.
var determiners = wordSet(`a an the another his her its their our my your this that`)

// dismissals are verbs that end an office: "sacked head coach X".
var dismissals = wordSet(`sacked fired dismissed ousted axed removed deposed impeached`)

// pastAdverbs put an office in the past: "who was previously …".
var pastAdverbs = wordSet(`previously formerly once`)

// leadAdverbs may open an apposition: "Witkoff, formerly Trump's envoy,".
var leadAdverbs = wordSet(`formerly currently also now then once previously later still`)

// compoundHeads join the role noun after them into one head.
var compoundHeads = wordSet(`prime vice first`)

// linkAdverbs open an apposition without adding to the role.
var linkAdverbs = wordSet(`also now currently still`)

// prepositions may follow a role head and carry its complement: "an aide
// to Putin", "a senior fellow at the Center for a New American Security".
var prepositions = wordSet(`of to at for in with from on under`)

// copulas link a name to a description: "Witkoff is a real estate developer".
var copulas = wordSet(`is was remains became becomes`)

// honorificRole tells apart a courtesy title, which is not a role.
func honorificRole(norm string) bool { return honorifics[norm] }

// isRoleHead reports whether a word (as written) can head a role phrase.
// Besides the lexicon, lower-case agent nouns ending in -ist or -ian
// (economist, historian) count.
func isRoleHead(w string) bool {
	b := bare(w)
	if roleHeads[b] || prefixedHead(b) {
		return true
	}
	if first, rest, ok := strings.Cut(b, "-"); ok && rest != "" && roleHeads[first] && (roleHeads[rest] || rest == "general" || rest == "in-chief") {
		return true // "director-general", "attorney-general", "editor-in-chief"
	}
	if isCapitalised(w) {
		return false
	}
	return len(b) > 5 && (strings.HasSuffix(b, "ist") || strings.HasSuffix(b, "ian") && !strings.HasSuffix(b, "ukrainian"))
}

// boundHeads are nouns that head a role only after one of the words
// given: a "team principal" or a "school principal" is a person, a bare
// "principal" may be a sum lent.
var boundHeads = map[string]map[string]bool{"principal": wordSet(`team school`),
	"operator": wordSet(`process machine crane camera forklift plant control radio switchboard`)}

// boundHead reports whether w heads a role after the word prev ("team
// principal").
func boundHead(prev, w string) bool { return boundHeads[bare(w)][bare(prev)] }

// roleHeadAt reports whether token j heads a role phrase: a role noun, or
// one that heads a role after the word before it ("team principal").
func (h harvester) roleHeadAt(j int) bool {
	t := h.toks[j]
	return isRoleHead(t.text) || j > 0 && h.toks[j-1].kind == tWord && boundHead(h.toks[j-1].text, t.text)
}

// HasRoleHead reports whether any word of a query can head a role ("Health
// Secretary", "chief executive of Halcyon", "team principal"): a lookup by
// role is worth trying only then.
func HasRoleHead(query string) bool {
	ws := strings.Fields(strings.ToLower(query))
	for i, w := range ws {
		if isRoleHead(w) || i > 0 && boundHead(ws[i-1], w) {
			return true
		}
	}
	return false
}

// headPrefixes join a role noun with a hyphen into a role of its own:
// "co-leader", "vice-chair", "ex-minister".
var headPrefixes = wordSet(`co vice ex deputy joint acting`)

// prefixedHead reports a lower-case word made of a head prefix, a hyphen
// and a role noun: "co-leader", "ex-minister".
func prefixedHead(b string) bool {
	prefix, noun, ok := strings.Cut(b, "-")
	return ok && (headPrefixes[prefix] && roleHeads[noun] || headSuffixes[noun] && roleHeads[prefix] ||
		stackedPrefixes[prefix] && prefixedHead(noun))
}

// stackedPrefixes stand before a role already prefixed: "pro-vice-chancellor".
var stackedPrefixes = wordSet(`pro`)

// headSuffixes join a role noun before them with a hyphen into a role
// still to be taken up: "member-elect", "mayor-elect",
// "ambassador-designate".
var headSuffixes = wordSet(`elect designate`)

// isKnownModifier reports whether a lower-case word can stand in front of a
// role head: lexicon words, heads ("policy aide", "defence minister") and
// words with an adjective ending.
func isKnownModifier(w string) bool {
	b := bare(w)
	if roleModifiers[b] || roleHeads[b] {
		return true
	}
	if strings.Contains(b, "-") {
		return true
	}
	for _, suf := range []string{"al", "ial", "ic", "ical", "ian", "ese", "ish", "ary", "ive", "ern", "ior", "ist"} {
		if len(b) > len(suf)+2 && strings.HasSuffix(b, suf) {
			return true
		}
	}
	return false
}

// isVerbLike flags lower-case words that are probably verbs or plural
// nouns (-ed, -ing, -s): they end a role phrase scanned backwards even
// after an article ("the Kremlin hosted envoy X").
func isVerbLike(w string) bool {
	b := bare(w)
	if roleModifiers[b] || roleHeads[b] {
		return false
	}
	return strings.HasSuffix(b, "ed") || strings.HasSuffix(b, "ing") || strings.HasSuffix(b, "s") && !strings.HasSuffix(b, "ss")
}

// isStop reports a function word; an all-capitals token is an acronym
// (US, IT), not the pronoun.
func isStop(w string) bool {
	b := bare(w)
	return roleStops[b] && strings.ToUpper(w) != w
}

func isLeadAdverb(w string) bool {
	b := bare(w)
	return leadAdverbs[b] || !isCapitalised(w) && len(b) > 4 && strings.HasSuffix(b, "ly")
}

// roleSpellings writes curly apostrophes straight and drops the points of
// the abbreviated unions and nations ("u.s." is "us"), for normRole.
var roleSpellings = strings.NewReplacer("’", "'", "‘", "'", "u.s.", "us", "u.k.", "uk", "u.n.", "un", "e.u.", "eu")

// normRole folds a role for grouping across outlets: lower case, one kind
// of apostrophe, no article or dotted abbreviations (U.S. → us), gendered
// spokes-words and advisor/adviser folded, single spaces. A possessor goes
// after the role with "of", and "the" after "of" goes, so that "the
// trust's chief executive", "chief executive of the trust" and "who heads
// the trust" ("head of trust") are written alike.
func normRole(s string) string {
	s = strings.ToLower(s)
	s = roleSpellings.Replace(s)
	f := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '"' || r == '“' || r == '”'
	})
	for len(f) > 0 && determiners[f[0]] {
		f = f[1:]
	}
	f = pastOffice(f)
	for i, w := range f {
		switch w {
		case "spokesman", "spokeswoman":
			f[i] = "spokesperson"
		case "advisor":
			f[i] = "adviser"
		}
	}
	f = ofForm(f)
	if len(f) > 1 && pastAdverbsLead[f[0]] {
		f[0] = "former"
		if len(f) > 2 && determiners[f[1]] {
			f = append(f[:1], f[2:]...) // "formerly a director"
		}
	}
	out := f[:0]
	for i, w := range f {
		if w == "the" && i > 0 && f[i-1] == "of" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// pastModifiers say the office of a role that opens with them is held no
// more: "the previous deputy governor", "outgoing chief executive".
var pastModifiers = wordSet(`previous outgoing`)

// pastAdverbsLead open a role held no more: "previously head of
// research", "formerly Trump's envoy".
var pastAdverbsLead = wordSet(`previously formerly`)

// pastOffice writes "former" for a word opening the lower-case words of a
// role that says the office is held no more: "previous deputy governor"
// and "ex-governor" are "former deputy governor", "former governor".
func pastOffice(f []string) []string {
	if len(f) == 0 {
		return f
	}
	if pastModifiers[f[0]] {
		f[0] = "former"
	} else if rest, ok := strings.CutPrefix(f[0], "ex-"); ok && rest != "" {
		f = append([]string{"former", rest}, f[1:]...)
	}
	return f
}

// formerText is a role's text with "former" for "previous" opening it
// after any article: "the previous deputy governor" is "the former deputy
// governor". "Outgoing" and "ex-" say so plainly and stay as written.
func formerText(s string) string {
	f := strings.Split(s, " ")
	k := 0
	if len(f) > 1 && determiners[strings.ToLower(f[0])] {
		k = 1
	}
	if !strings.EqualFold(f[k], "previous") {
		return s
	}
	f[k] = "former"
	return strings.Join(f, " ")
}

// ofForm turns a role with a possessor into the words of its "of" form:
// "trust's chief executive" is "chief executive of trust". Only the first
// possessive counts, and only when a role follows it; an adverb in front
// stays in front ("formerly Trump's envoy" is "formerly envoy of trump").
// A possessive inside the complement owns a name, not the role: "leader
// of the Food Workers' Union" stays as it is.
func ofForm(f []string) []string {
	p := slices.IndexFunc(f, func(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'") })
	if p < 0 || p == len(f)-1 || slices.ContainsFunc(f[:p], func(w string) bool { return prepositions[w] }) {
		return f
	}
	q := 0
	for q < p && isLeadAdverb(f[q]) {
		q++
	}
	owner := slices.Clone(f[q : p+1])
	last := len(owner) - 1
	if strings.HasSuffix(owner[last], "'s") {
		owner[last] = strings.TrimSuffix(owner[last], "'s")
	} else {
		owner[last] = strings.TrimSuffix(owner[last], "'")
	}
	out := append(slices.Concat(f[:q], f[p+1:]), "of")
	return append(out, owner...)
}

// OfficeOwner reports whether pre, one lower-case word before an office,
// names whose office it is, a place or a people ("slovak" in "slovak prime
// minister"), rather than a kind or rank of it ("deputy", "shadow",
// "interior").
func OfficeOwner(pre string) bool {
	return pre != "" && !strings.Contains(pre, " ") && !roleModifiers[pre] && !roleHeads[pre] &&
		!headPrefixes[strings.TrimSuffix(pre, "-")] && !compoundHeads[pre]
}

// soleOffices are offices one person holds at a time, so that a later
// holder succeeds an earlier one: "prime minister", "chief executive of
// Halcyon", "Hartfield Rovers manager".
var soleOffices = wordSet(`president premier chancellor taoiseach governor mayor ceo executive chairman
	chairwoman chairperson chair manager coach captain secretary-general director-general king queen emir
	pope speaker`)

// rankedOffices are sole offices only when a word says which one: "prime
// minister", "foreign secretary", not "minister".
var rankedOffices = wordSet(`minister secretary`)

// SoleOffice reports whether a normalised role names an office one person
// holds at a time.
func SoleOffice(norm string) bool {
	office, owner, _ := strings.Cut(norm, " of ")
	words := strings.Fields(office)
	if len(words) == 0 || words[0] == "former" || words[0] == "ex" || strings.HasPrefix(words[0], "ex-") {
		return false
	}
	head := words[len(words)-1]
	return soleOffices[head] || rankedOffices[head] && (len(words) > 1 || owner != "")
}

// momentHeads head a role that relates a person to others or to one
// moment rather than saying what they do ("teammate", "the last survivor
// of the break", "a witness to the crash"): a profile lists it after an
// occupation ("Italian sprinter").
var momentHeads = wordSet(`teammate team-mate classmate bandmate colleague survivor witness eyewitness bystander onlooker`)
