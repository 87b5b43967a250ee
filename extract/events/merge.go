package events

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsbot/extract/identity"
)

// Ref is one article's report of an event.
type Ref struct {
	Article   string // reports of one article never merge with each other directly
	Event     Event
	Published string
	Source    string
	Key       int // the caller's number for the report, passed through untouched
	// Text is the summary as written, when the caller has it: reports of
	// one date telling it in the same words (a syndicated copy) are one
	// event, however few their names and words.
	Text string
	// Story names the participants the report's article is mostly about
	// (its most mentioned names), when the caller has them: two plans of
	// one date naming no one ("The court is expected to rule in
	// December", "A verdict is expected in mid-December") are one event
	// only in articles about the same story.
	Story []string
	// Cast names the people, organisations and places the report's
	// article mentions, when the caller has them: two reports of one day
	// naming no one in common are one event told in the same words only
	// in articles sharing several of them (see storyWorded).
	Cast []string
}

// Merge groups the reports of the same event across outlets: same date
// at the same precision, overlapping participants and similar words.
// Groups come in date order, then by their first report; reports inside
// a group most precise first, then by publication date, article and
// position. A report dated only to a month or a year joins a finer report
// of the same event inside that period (inside its week, for a report
// dated by its week), and its group only when it tells the event of the
// group's lead (see leads). Only reports sharing
// a date are ever compared, and within a large date only those sharing a
// distinctive name or word, so that Merge scales to large archives.
func Merge(refs []Ref) [][]Ref {
	// Work on the reports in a canonical order so that the grouping does
	// not depend on the order of the input.
	// Indexes are sorted, not the reports: a Ref is large to move.
	order := make([]int, len(refs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ea, eb := &refs[a].Event, &refs[b].Event
		if c := strings.Compare(ea.Date, eb.Date); c != 0 {
			return c
		}
		if ea.Precision != eb.Precision {
			return cmp.Compare(rank[ea.Precision], rank[eb.Precision])
		}
		return refCompare(&refs[a], &refs[b])
	})
	sorted := make([]Ref, len(refs))
	for i, k := range order {
		sorted[i] = refs[k]
	}
	refs = sorted
	// A bucket's key is its precision and date, kept as two strings
	// rather than joined into a new one for every report.
	buckets := map[[2]string][]int{}
	var bkeys [][2]string
	for i := range refs {
		r := &refs[i]
		k := [2]string{r.Event.Precision, r.Event.Date}
		if _, ok := buckets[k]; !ok {
			bkeys = append(bkeys, k)
		}
		buckets[k] = append(buckets[k], i)
	}
	parent := make([]int, len(refs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	feats := make([]features, len(refs))
	// Sized for the two or three distinct names and words a report
	// brings in a large archive: growing the table cost more than filling it.
	in, sets := make(interner, 3*len(refs)), newFeatureSets()
	// An article's cast is folded once for all its reports, and so is
	// its story while its reports give the same.
	type articleNames struct {
		story             []string
		storyIDs, castIDs []int32
	}
	byArticle := map[string]*articleNames{}
	for i := range refs {
		r := &refs[i] // a Ref is large to copy
		feats[i] = featuresOf(r.Event, in, sets)
		a, ok := byArticle[r.Article]
		if !ok || !slices.Equal(a.story, r.Story) {
			if !ok {
				a = &articleNames{}
				byArticle[r.Article] = a
			}
			a.story, a.storyIDs = r.Story, storyOf(r.Story, in)
		}
		if !ok {
			a.castIDs = storyOf(r.Cast, in)
		}
		feats[i].story, feats[i].cast = a.storyIDs, a.castIDs
		if t := strings.Join(strings.Fields(r.Text), " "); t != "" {
			feats[i].text = in.id(t)
		}
	}
	// Articles numbered: the comparisons below are the hot loop of a
	// build, and comparing strings there showed.
	arts := articleNumbers(refs)
	// The figures of each group, by its root: a report agreeing with one
	// of a group's reports joins no group whose other reports give other
	// figures ("nine people have died", "killing at least five people").
	figs := make([]map[string][]string, len(refs))
	for i := range feats {
		figs[i] = feats[i].figures
	}
	leads := newLeads(refs, feats)
	gates := make([]gate, len(refs))
	for i := range feats {
		gates[i] = gateOf(&feats[i])
	}
	// sure says the caller has already found i and j to be one event.
	union := func(i, j int, sure bool) {
		// Two reports dated by different weeks ("last week" on 12
		// March, "next week" on 3 March) tell different events, though
		// both are dated by the month holding their weeks.
		gi, gj := &gates[i], &gates[j]
		if arts[i] == arts[j] || gi.week >= 0 && gj.week >= 0 && gi.week != gj.week || !sure && !maySame(gi, gj) {
			return
		}
		a, b := find(i), find(j)
		if a == b || !(sure || sameEvent(&feats[i], &feats[j])) {
			return
		}
		// Deeds undoing each other are two events, nor may a group
		// led by the one take in the other.
		if opposed(&feats[i], &feats[j]) || opposed(&feats[leads.lead[a]], &feats[leads.lead[b]]) || coarsePlanMeetsDone(&feats[i], &feats[j]) || coarsePlansOfOthers(&feats[i], &feats[j]) {
			return
		}
		// The groups' leads must be related too, so that a chain of
		// loosely similar reports never joins two events.
		if !related(&feats[leads.lead[a]], &feats[leads.lead[b]]) || contradict(figs[a], figs[b]) && !sameStoppage(&feats[i], &feats[j]) && !restatedToll(&feats[i], &feats[j]) ||
			(!feats[i].day || !feats[j].day) && !leads.admit(i, j, a, b) {
			return
		}
		root, gone := min(a, b), max(a, b)
		parent[gone] = root
		figs[root] = joinFigures(figs[a], figs[b])
		leads.join(root, gone)
	}
	seen := make([]int, len(refs))
	post := newPostings(len(in))
	for _, k := range bkeys {
		comparePairs(buckets[k], feats, seen, post, func(i, j int) { union(i, j, false) })
	}
	for _, k := range bkeys {
		joinRestatements(buckets[k], feats, arts, find, union)
	}
	compareAcrossPrecision(refs, arts, feats, gates, seen, union)
	joinPlanSteps(refs, arts, func(i, j int) {
		a, b := find(i), find(j)
		if a == b {
			return
		}
		root, gone := min(a, b), max(a, b)
		parent[gone] = root
		figs[root] = joinFigures(figs[a], figs[b])
		leads.join(root, gone)
	})
	out := groupsOf(refs, find)
	// A group is led, and dated, by its most precise report; groups come
	// in the order of their leads' dates.
	for _, g := range out {
		if len(g) > 1 {
			slices.SortStableFunc(g, func(a, b Ref) int { return cmp.Compare(rank[b.Event.Precision], rank[a.Event.Precision]) })
		}
	}
	slices.SortStableFunc(out, func(a, b []Ref) int { return strings.Compare(a[0].Event.Date, b[0].Event.Date) })
	return out
}

// groupsOf returns the reports grouped by their root (find), groups in
// the order of their first reports, reports in order. The groups share
// one array, each capped at its length.
func groupsOf(refs []Ref, find func(int) int) [][]Ref {
	group := make([]int, len(refs))  // by report, its group's number
	number := make([]int, len(refs)) // by root, 1 + its group's number
	var sizes []int
	for i := range refs {
		r := find(i)
		if number[r] == 0 {
			sizes = append(sizes, 0)
			number[r] = len(sizes)
		}
		group[i] = number[r] - 1
		sizes[group[i]]++
	}
	out := make([][]Ref, len(sizes))
	all := make([]Ref, len(refs))
	off := 0
	for g, n := range sizes {
		out[g] = all[off : off : off+n]
		off += n
	}
	for i := range refs {
		out[group[i]] = append(out[group[i]], refs[i])
	}
	return out
}

// articleNumbers numbers the reports' articles.
func articleNumbers(refs []Ref) []int32 {
	ids := map[string]int32{}
	out := make([]int32, len(refs))
	for i := range refs {
		r := &refs[i] // a Ref is large to copy
		id, ok := ids[r.Article]
		if !ok {
			id = int32(len(ids))
			ids[r.Article] = id
		}
		out[i] = id
	}
	return out
}

// refCompare orders two reports of one date and precision by
// publication date, article and position; the reports are read in place,
// as a Ref is large to copy in every comparison of a sort.
func refCompare(a, b *Ref) int {
	if c := strings.Compare(a.Published, b.Published); c != 0 {
		return c
	}
	if c := strings.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Event.Summary.Start, b.Event.Summary.Start); c != 0 {
		return c
	}
	return cmp.Compare(a.Event.Time.Start, b.Event.Time.Start)
}

// features are an event's names and words prepared for comparison: each
// a sorted list of interned ids, so that comparing two reports is a merge
// of two short lists rather than map look-ups.
type features struct {
	names []int32 // lower-cased names and their last words
	// ents are the lower-cased names as given, one per participant.
	ents  []int32
	words []int32
	// heads are the stems of the last words of names of several words:
	// "the fire" of one outlet is the "Sulphur Fire" of another.
	heads []int32
	// lead is the interned run of the first leadLen words of a planned
	// report, its subject and verb ("union executiv vot"), or -1.
	lead int32
	// said is the interned run of all the report's words, names' words
	// included, when it has copyWords of them, or -1.
	said int32
	// figures are the quantities the summary gives ("8400#acr"), by unit.
	figures map[string][]string
	text    int32 // the interned summary text, or -1
	day     bool  // dated to the day
	year    bool  // dated only to the year
	office  bool  // tells of someone taking up a post (takesOffice)
	// subject is the folded first name the report gives, its subject
	// more often than not, or -1.
	subject int32
	// subjectLast is the last word of the subject's name, or -1.
	subjectLast int32
	// deeds are the words of a planned report other than those that
	// announce it ("expected", "will"): what is to happen.
	deeds []int32
	// acts are a planned report's first deeds, in the summary's order:
	// what the plan does ("weaken" in "is expected to weaken to a
	// tropical storm"), not every word it says.
	acts []int32
	// roles are the words of a report dated by its month that head a
	// role ("president"), sorted (see deedShared).
	roles []int32
	// titles are the words of a report that call a participant by a
	// role right before the name (see titleWords).
	titles []int32
	// counts are the words of a report dated by its day that count
	// (see countWords), sorted.
	counts []int32
	// initials are the words of a report dated by its month or year
	// that are the initials of a name it gives ("nva" of the Northern
	// Valley Alliance), sorted: the participant again, not wording.
	initials []int32
	// key is the interned noun naming what a planned report dates ("a
	// runoff on 3 April"), or -1.
	key int32
	// keyWord is the key noun's stem as a word, when key is set.
	keyWord int32
	// verb is the deed right after the last word announcing a planned
	// report ("rule" in "is expected to rule"), or -1.
	verb    int32
	planned bool
	// setsDeadline marks a plan naming a deadline; lapseOwn are the
	// words a report of something done gives before a deadline it tells
	// ran out (see deadlineAside).
	setsDeadline bool
	lapseOwn     []int32
	// arrives marks a report of an arrival ("arrived", "flew in").
	arrives bool
	// week is the interned ISO week of a report dated by its week, or
	// -1: two weeks of one month share a date, not a week.
	week int32
	// ruling marks a plan whose key noun is a court's ruling ("is due to
	// deliver its verdict", "A ruling is expected").
	ruling bool
	// singular marks an incident a story has once a day (see
	// singularIncidents).
	singular bool
	// incident is the first word naming a kind of incident ("blast",
	// "investig"), or -1.
	incident int32
	// once are the bits of the words naming what befalls a participant
	// once ("born", see onceInLife).
	once uint8
	// settings are the words of a report of a day, no plan, that say
	// who its participants are or where it happened (settingWord),
	// sorted; gatherings the bits of the gatherings it names.
	settings   []int32
	gatherings uint8
	// stoppage is the kind of stoppage of work the report tells of (see
	// stoppageOf).
	stoppage int8
	// stoppageBegins marks a report telling a stoppage's beginning
	// ("The strike, which began on Tuesday").
	stoppageBegins bool
	// story are the folded names the report's article is mostly about.
	story []int32
	// cast are the folded names the report's article mentions.
	cast []int32
	// told and gist are the report told in words other outlets share
	// (see retold), or -1.
	told, gist int32
	// shorts are the initials of the names of three words or more: the
	// "Competition and Markets Authority" of one outlet is the "CMA" of
	// another. They meet names, never other names' initials: "Recep
	// Tayyip Erdogan" is not "Radio Telefís Éireann".
	shorts []int32
	// tails are the shorts of four initials or more without their first
	// ("sec" of the U.S. Securities and Exchange Commission): a word
	// matching them is the name again (see strayInitials).
	tails []int32
	// One bit per id modulo 64: lists whose masks share no bit share no
	// id, which rules out most pairs without walking the lists.
	nameMask, wordMask uint64
	// firsts are the first words of the names, one per participant:
	// "dome" of "Dome" and of "Dome Petroleum Ltd".
	firsts []int32
	// sides are the sides of oppositeDeeds the report's words tell (see
	// opposed).
	sides uint8
	// restated marks a report that only restates the event a stretch
	// counts from (see restates); raw are its words as stored.
	restated bool
	raw      []string
	// roleHeads are the role nouns of a report of a day, no plan
	// ("minister"), and roleMods the words right before one ("prime"),
	// sorted (see roleWordsOnly).
	roleHeads, roleMods []int32
	// titled are the ids of the participants (as ents) a report of a
	// day, no plan, calls by a role right before the name.
	titled []int32
	// soles are the stems of the names of one word of a report of a
	// month or a year telling a singular incident (see singularNamed).
	soles []int32
	// referents are the bits of the words of referents the report gives.
	referents uint8
}

// interner numbers strings; names and words share one numbering.
type interner map[string]int32

func (in interner) id(s string) int32 {
	if v, ok := in[s]; ok {
		return v
	}
	v := int32(len(in))
	in[s] = v
	return v
}

// featureSets are the sets featuresOf fills for one report, emptied and
// used again for the next: allocating them for every report of an
// archive cost a build more than comparing the reports.
// They also keep what featuresOf derives from a name or a word alone,
// the same for every report giving it.
type featureSets struct {
	// names are the report's names, each with the stems of its words.
	names             map[string][]string
	shorts, nameWords map[string]bool
	full              []string // the names as given
	keys              []string // room for sorting a map's keys
	entities          map[string]*entityForms
	roleHeads         map[string]bool
	words             map[string]wordFacts
	// lists are room for the lists of ids of one report, slab the
	// room they are kept in (see keepLists).
	lists idLists
	slab  []int32
	// fresh is room for the forms of names a report gives whose ids are
	// not known yet (see namesOf).
	fresh []*entityForms
	// settings is room for a report's words of settingWord.
	settings []int32
	// buf is room for a run of words to be interned (see interner.idOf).
	buf []byte
}

func newFeatureSets() *featureSets {
	return &featureSets{names: map[string][]string{}, shorts: map[string]bool{}, nameWords: map[string]bool{},
		words: map[string]wordFacts{}, entities: map[string]*entityForms{}, roleHeads: map[string]bool{}}
}

// entityForms are the forms of a participant's name as given that
// featuresOf compares (see entityFormsOf).
type entityForms struct {
	words  []string // the stems of the name's words, lower-cased
	folded string   // the folded name, "" for none
	names  []string // the folded name and the forms that stand for it
	// stems are the stems of the words of each of names.
	stems [][]string
	full  string // the folded name, hyphens read as spaces
	short string // its initials (see acronym), or ""
	// ids are the ids of the forms, once known (see namesOf).
	ids *entityIDs
}

// entityFormsOf returns the forms of the name n, derived once for all
// the reports giving it.
func (sets *featureSets) entityFormsOf(n string) *entityForms {
	if ef, ok := sets.entities[n]; ok {
		return ef
	}
	ef := &entityForms{}
	sets.entities[n] = ef
	for _, w := range strings.Fields(strings.ToLower(n)) {
		ef.words = append(ef.words, stem(w))
	}
	// "Erdogan" of one outlet is "Erdoğan" of another.
	n = foldName(n)
	if n == "" {
		return ef
	}
	ef.folded = n
	ef.names = append(ef.names, n)
	// "Majed al-Ansari" of one outlet is "Majed Al Ansari" of
	// another; the parts of a hyphenated word stand for no one on
	// their own ("Allied-Lyons" is not Lyons).
	if spaced := unhyphenated(n); spaced != n {
		ef.names = append(ef.names, spaced)
	}
	// One participant, however hyphenated: "Marisol Tan-Reyes" of
	// one outlet is "Marisol Tan Reyes" of another.
	ef.full = unhyphenated(n)
	// "Vladimir Putin" and a bare "Putin" from another outlet.
	fs := strings.Fields(n)
	// Not "bank" for "Chemical Bank": two banks are no one name.
	if last := strings.TrimRight(fs[max(0, len(fs)-1)], ".,"); len(fs) > 1 && !identity.IsGenericHead(last) && !corporateEnds[last] && !bodyEnds[last] {
		ef.names = append(ef.names, fs[len(fs)-1])
	}
	// "Riverside University Hospitals NHS Trust" and "Riverside
	// University Hospitals".
	for k := minPrefix; k < len(fs); k++ {
		if !stopWords[fs[k-1]] {
			ef.names = append(ef.names, strings.Join(fs[:k], " "))
		}
	}
	ef.short = acronym(n)
	// "UN Security Council" of one outlet is the "Security Council"
	// of another.
	if rest := afterInitials(fs); rest != "" {
		ef.names = append(ef.names, rest)
	}
	for _, name := range ef.names {
		st := []string{}
		for _, w := range strings.Fields(name) {
			st = append(st, stem(w))
		}
		ef.stems = append(ef.stems, st)
	}
	return ef
}

// hasRoleHead is identity.HasRoleHead of a word, derived once for all
// the reports giving it.
func (sets *featureSets) hasRoleHead(w string) bool {
	is, ok := sets.roleHeads[w]
	if !ok {
		is = identity.HasRoleHead(w)
		sets.roleHeads[w] = is
	}
	return is
}

func featuresOf(e Event, in interner, sets *featureSets) features {
	e, restated := withoutRestatedMark(withoutDateline(withoutReferencePoint(e)))
	f := features{restated: restated, raw: e.Words, day: e.Precision == "day", year: e.Precision == "year", subject: -1, text: -1, planned: e.Planned, lead: -1, said: -1, key: -1, verb: -1, incident: -1, week: -1}
	if len(e.Words) >= copyWords {
		sets.buf = appendJoined(sets.buf[:0], e.Words)
		f.said = in.idOf(sets.buf)
	}
	f.office = !f.day && tellsOffice(e.Words)
	if e.Week != "" {
		f.week = in.id(e.Week)
	}
	clear(sets.names)
	clear(sets.shorts)
	clear(sets.nameWords)
	sets.lists.start(&f)
	sets.settings = sets.settings[:0]
	shorts := sets.shorts
	// Words of the names already count as names; counting them again
	// would let one shared participant pass for shared wording.
	nameWords := sets.nameWords
	namesOf(&f, e.Entities, in, sets)
	f.titles = titleWords(e.Words, nameWords, sets, in)
	if len(f.titles) > 0 && f.day && !f.planned {
		f.titled = titledNames(e.Words, e.Entities, nameWords, sets, in)
	}
	f.setsDeadline = e.Planned && slices.Contains(e.Words, deadlineStem)
	f.lapseOwn = lapseOwnWords(e, nameWords, in)
	if f.day {
		f.counts = countsOf(e.Words, in)
	}
	announced := false
	// The word before the last word read, and where it stood, for the
	// words before a role noun (roleMods).
	prevAt, prevID, day := -2, int32(-1), f.day && !f.planned
	for i, w := range e.Words {
		if strings.HasPrefix(w, keyMark) {
			f.key, f.ruling = in.id(w), w == keyMark+rulingStem || w == keyMark+decisionStem
			f.keyWord = in.id(w[len(keyMark):])
			continue
		}
		if v, unit, ok := strings.Cut(w, figureSep); ok {
			unit = fullForm(unit)
			if f.figures == nil {
				f.figures = map[string][]string{}
			}
			f.figures[unit] = append(f.figures[unit], v)
			continue
		}
		if nameWords[w] {
			continue
		}
		// A word said twice is the id of its first time: interned
		// then, it interns nothing now.
		wf := sets.wordFactsOf(w, in)
		if wf.roleHead && day {
			f.roleHeads = append(f.roleHeads, wf.id)
			if prevAt == i-1 {
				f.roleMods = append(f.roleMods, prevID)
			}
		}
		prevAt, prevID = i, wf.id
		if slices.Contains(f.words, wf.id) {
			continue
		}
		f.arrives = f.arrives || wf.arrival
		f.sides |= wf.sides
		f.words = append(f.words, wf.id)
		if e.Precision == "month" && wf.roleHead {
			f.roles = append(f.roles, wf.id)
		}
		if shorts[w] && !f.day {
			f.initials = append(f.initials, wf.id)
		}
		if f.incident < 0 && wf.incident {
			f.incident, f.singular = wf.id, wf.singular
		}
		f.once |= wf.once
		f.referents |= wf.referent
		if settingWord(e, wf) {
			sets.settings = append(sets.settings, wf.id)
			f.gatherings |= wf.gathering
		}
		if e.Planned && wf.announcing {
			announced = true
		}
		if e.Planned && !wf.announcing {
			if announced {
				f.verb, announced = wf.id, false
			}
			f.deeds = append(f.deeds, wf.id)
			// The subject's role ("the governor's chief of staff
			// said the state would open …") does nothing.
			if len(f.acts) < maxActs && !wf.roleHead && w != "staff" && !appositiveTitle(e.Words, i, nameWords, sets) {
				f.acts = append(f.acts, wf.id)
			}
		}
	}
	// "expects to rule by May 5" awaits a ruling as "A ruling is
	// expected by May 5" does.
	f.ruling = f.ruling || e.Planned && f.verb >= 0 && (f.verb == in.id(rulingStem) || f.verb == in.id(decisionStem))
	if f.singular && !f.day && !f.planned {
		f.soles = solesOf(e.Entities, in, sets)
	}
	f.figures = spelledFigures(e.Words, f.figures)
	f.stoppage, f.stoppageBegins = stoppageOf(e.Words)
	f.told, f.gist = retellingOf(e, nameWords, in)
	sets.keys = sortedKeys(sets.keys[:0], shorts)
	for _, a := range sets.keys {
		f.shorts = append(f.shorts, in.id(a))
		if _, size := utf8.DecodeRuneInString(a); utf8.RuneCountInString(a) > 3 {
			f.tails = append(f.tails, in.id(a[size:]))
		}
	}
	if e.Planned {
		if sets.buf = appendLead(sets.buf[:0], e.Words); len(sets.buf) > 0 {
			f.lead = in.idOf(sets.buf)
		}
	}
	slices.Sort(f.names)
	slices.Sort(f.ents)
	slices.Sort(f.words)
	slices.Sort(f.deeds)
	slices.Sort(f.roles)
	if f.gatherings != 0 {
		// Kept only where a gathering is named: settingOnly reads no
		// other report's.
		f.settings = slices.Clone(sets.settings)
		slices.Sort(f.settings)
	}
	slices.Sort(f.initials)
	slices.Sort(f.roleHeads)
	f.roleHeads = slices.Compact(f.roleHeads)
	slices.Sort(f.roleMods)
	f.roleMods = slices.Compact(f.roleMods)
	slices.Sort(f.heads)
	f.heads = slices.Compact(f.heads)
	sets.keepLists(&f)
	for _, n := range f.names {
		f.nameMask |= 1 << (uint(n) % 64)
	}
	for _, w := range f.words {
		f.wordMask |= 1 << (uint(w) % 64)
	}
	return f
}

// spelledFigures adds to figs the counts a report spells out ("nine
// people", "at least five people"), as the figures written in digits:
// the word after the number is what it counts. "one" is left out, more
// often a pronoun ("one of the deaths") than a count.
func spelledFigures(words []string, figs map[string][]string) map[string][]string {
	for i := 0; i+1 < len(words); i++ {
		v, ok := spelledNumbers[words[i]]
		unit := words[i+1]
		if !ok || spelledNumbers[unit] != "" || strings.Contains(unit, figureSep) || strings.HasPrefix(unit, keyMark) {
			continue
		}
		if figs == nil {
			figs = map[string][]string{}
		}
		if o := outcomeOf(words, i); o != "" {
			unit += outcomeSep + o
		}
		if !slices.Contains(figs[unit], v) {
			figs[unit] = append(figs[unit], v)
		}
	}
	return figs
}

// spelledNumbers maps the stems of the numbers news writes in words onto
// their figures.
var spelledNumbers = func() map[string]string {
	m := map[string]string{}
	for i, w := range strings.Fields(`two three four five six seven eight nine ten eleven twelve thirteen fourteen
		fifteen sixteen seventeen eighteen nineteen twenty`) {
		m[stem(w)] = strconv.Itoa(i + 2)
	}
	for i, w := range strings.Fields("thirty forty fifty sixty seventy eighty ninety") {
		m[stem(w)] = strconv.Itoa(30 + 10*i)
	}
	return m
}()

// corporateEnds close company names and say nothing of which company.
var corporateEnds = map[string]bool{"corp": true, "inc": true, "co": true, "group": true, "plc": true, "ltd": true,
	"company": true, "holdings": true, "ag": true, "sa": true, "nv": true, "llc": true, "partners": true}

// bodyEnds close the names of places, states and bodies and say nothing
// of which one: "Gulf States" and "United States", "Labour Party" and
// "Green Party" share no participant.
var bodyEnds = map[string]bool{"states": true, "nations": true, "republic": true, "kingdom": true, "emirates": true,
	"islands": true, "party": true, "union": true, "association": true, "federation": true, "organisation": true,
	"organization": true, "institute": true, "foundation": true, "society": true, "fund": true, "exchange": true,
	"house": true, "forces": true, "army": true, "league": true, "club": true, "city": true, "county": true,
	"province": true, "state": true, "region": true}

// copyWords is the fewest words of a report that a copy must repeat in
// order, whatever names it resolves.
const copyWords = 4

// minPrefix is the fewest words of a longer name that stand for it.
const minPrefix = 3

// leadLen is how many opening words of a planned report stand for its
// subject and verb.
const leadLen = 3

// appendLead appends to buf the first leadLen words of a report other
// than its figures, in text order, a space between each two; nothing for
// a shorter report.
func appendLead(buf []byte, words []string) []byte {
	n, lead := 0, len(buf)
	for _, w := range words {
		if n == leadLen {
			break
		}
		if !strings.Contains(w, figureSep) && !strings.HasPrefix(w, keyMark) {
			if n > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, w...)
			n++
		}
	}
	if n < leadLen {
		return buf[:lead]
	}
	return buf
}

// unhyphenated returns a name with the hyphens between two words of
// letters read as spaces ("majed al ansari"); a hyphen before a figure
// ("m-3", "g-7") is kept.
func unhyphenated(n string) string {
	if !strings.Contains(n, "-") {
		return n
	}
	fs := strings.Fields(n)
	for i, f := range fs {
		parts := strings.Split(f, "-")
		if len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool {
			return utf8.RuneCountInString(p) < 2 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0
		}) {
			fs[i] = strings.Join(parts, " ")
		}
	}
	return strings.Join(fs, " ")
}

// afterInitials returns the words of a name after its opening initials
// ("un", "eu"), "" unless at least two words follow: "UN Security
// Council" is the "Security Council", "US Army" is no "Army".
func afterInitials(fs []string) string {
	if len(fs) < 3 || len(fs[0]) < 2 || len(fs[0]) > 3 || !initialism[fs[0]] {
		return ""
	}
	return strings.Join(fs[1:], " ")
}

// initialism are the short initials that open the names of a body of a
// union or country, which outlets often leave out.
var initialism = toSet("un us uk eu au nato")

// storyOf interns the folded names an article is mostly about, sorted.
func storyOf(names []string, in interner) []int32 {
	var out []int32
	for _, n := range names {
		if n = foldName(n); n != "" {
			out = append(out, in.id(n))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// foldName lower-cases a name and drops its diacritics.
func foldName(n string) string {
	n = strings.ToLower(strings.TrimSpace(n))
	for i := 0; i < len(n); i++ {
		if n[i] >= utf8.RuneSelf {
			return strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				return r
			}, norm.NFD.String(n))
		}
	}
	return n
}

// acronym returns the initials of a name of three words or more other
// than function words, the short form another outlet may use: the
// "Competition and Markets Authority" is the "CMA". "" for a shorter
// name.
func acronym(key string) string {
	var b strings.Builder
	for _, w := range strings.Fields(key) {
		if !stopWords[w] {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
	}
	if n := utf8.RuneCountInString(b.String()); n == 2 && initialism[b.String()] && len(strings.Fields(key)) == 2 {
		// "European Union" is the "EU" of another outlet; two
		// initials of other names stand for too many.
		return b.String()
	} else if n < 3 || n > 6 {
		return ""
	}
	return b.String()
}

// sameEvent decides whether two reports of one date describe one event:
// shared participants backed by shared wording; reports without named
// participants need much shared wording and the same day instead (within
// a month or a year, similar wording alone is common).
func sameEvent(a, b *features) bool {
	// The same clause word for word in two articles (a syndicated copy)
	// is one event, with or without names.
	if a.text >= 0 && a.text == b.text ||
		len(a.words) >= 3 && slices.Equal(a.words, b.words) && slices.Equal(a.names, b.names) {
		return true
	}
	// So is a copy whose names only one side's article could resolve:
	// "the bank will publish updated inflation projections in July", the
	// bank named in one article and not in its copy.
	if a.said >= 0 && a.said == b.said && (len(a.names) == 0 || len(b.names) == 0) {
		return true
	}
	if deadlineAside(a, b) {
		return false
	}
	if samePlanOfStory(a, b) || samePlanOfStoryNamed(a, b) || sameStoppage(a, b) || sameRulingOfCast(a, b) || samePlanOfCast(a, b) ||
		sameKeyOfCast(a, b) || sameRulingNamed(a, b) || sameYearPlanOfCast(a, b) || sameKeyDoneOfCast(a, b) || samePlanAllSaidOfCast(a, b) || samePlanWorded(a, b) {
		return true
	}
	names := sharedNames(a, b)
	if names == 0 && (sameIncidentOfStory(a, b) || sameIncidentOfCast(a, b) || sameIncidentOfCast(b, a)) && !contradict(a.figures, b.figures) {
		return true
	}
	if names == 0 && storyNamed(a, b) && !contradict(a.figures, b.figures) && !namedActors(a, b) {
		return true
	}
	if names == 0 && sameUnnamedOfStory(a, b) {
		return true
	}
	// Without a shared name only a head named by the other (and the last
	// case below, on the day) can hold: most pairs compared end here,
	// before the figures are compared.
	if names == 0 && !(a.day && (len(a.names) == 0 || len(b.names) == 0)) {
		return a.day && (headNamed(a, b) || storyWorded(a, b) || sameWordsDoneOfCast(a, b)) && !contradict(a.figures, b.figures)
	}
	// Figures that disagree ("8,400 acres", "14,200 acres") are two
	// moments of a story, not one event.
	if contradict(a.figures, b.figures) {
		return false
	}
	if a.day && headNamed(a, b) {
		return true
	}
	shared := 0
	if a.wordMask&b.wordMask != 0 {
		shared = overlap(a.words, b.words) - initialsShared(a, b)
	}
	small := min(len(a.words), len(b.words))
	ratio := 0.0
	if small > 0 {
		ratio = float64(shared) / float64(small)
	}
	if !a.day && (offPlan(a, b) || weekApart(a, b)) {
		return false
	}
	if a.year {
		// A year holds many statements of the same people, told in
		// the same few words ("expects", "said in an interview"): two
		// reports dated only by it are one event only when they say
		// most of it alike, two participants and a word ("had worked
		// for the charity Medical Relief International since 2015",
		// "joined Medical Relief International in 2015") or one and
		// two words; and when one names the other's subject, not two
		// of a kind by different subjects ("Witco Corp filed with the
		// Securities and Exchange Commission … debentures due 2012",
		// "Atari Corp filed with the Securities and Exchange
		// Commission … due 2012"). One person taking up a post told
		// in other words is one event too (sameOffice).
		return (names >= 2 || shared >= 2) && shared >= 1 && 2*shared >= small &&
			(namesSubject(a, b) || namesSubject(b, a)) || sameOffice(a, b) || sameOnceInLife(a, b, names)
	}
	switch {
	case names >= 2 && shared >= 1 && (a.planned == b.planned || shared >= 2 || fulfils(a, b)) && deedShared(a, b, shared) && !settingOnly(a, b, shared) && !arrivalApart(a, b, shared) &&
		!titleOnly(a, b, shared) && !oneOfCastOneWord(a, b, shared) && !actorsApart(a, b, shared):
		// A plan and a report of its day sharing one word are one
		// event only when the report does what was planned: "Delia is
		// expected to weaken to a tropical storm" is not "the death
		// toll from Hurricane Delia rose … after the storm came ashore"
		// (a full name and its last word count as two names). Within a
		// month the word must be more than a role noun (deedShared).
		return true
	case names >= 1 && shared >= 2 && ratio >= 0.2 && !arrivalApart(a, b, shared) && !titleOnly(a, b, shared) && !settingOnly(a, b, shared):
		return true
	case names >= 1 && sameScore(a, b):
		return true
	case a.day && a.arrives && b.arrives && names >= 1 && shared == small && a.planned == b.planned:
		// One person arrives once a day: a report that says nothing
		// but the arrival of a participant of the other is its
		// arrival, the places named (where from, where to) however
		// they differ: "Kuzmin arrived in Muscat on Wednesday evening"
		// and "Deputy Foreign Minister Yevgeny Kuzmin, who flew in from
		// Moscow on Wednesday". "Putin met Xi" is not "Putin met Modi".
		return true
	case sameOffice(a, b) || planDoneOfCast(a, b) || doneUnnamedOfCast(a, b) || pronounDeed(a, b) || pronounDeed(b, a):
		return true
	case names >= 1 && a.planned && b.planned && overlap(a.deeds, b.deeds) >= 1:
		// Two announcements of one date by the same participant
		// doing the same thing: "is expected to visit the area",
		// "will visit Malatya".
		return true
	case a.planned && b.planned && overlap(a.ents, b.ents) >= 2:
		// Two announcements of one date by the same two participants:
		// "his client would take the case to the Swiss Federal Tribunal
		// next month", "Otieno said an appeal to the Swiss Federal
		// Tribunal would be lodged in April".
		return true
	case names >= 1 && a.day && a.planned != b.planned && fulfils(a, b) && !titleOnly(a, b, shared):
		// What was announced for a day and the report of it done:
		// "set sentencing for next Wednesday", "was sentenced on
		// Wednesday".
		return true
	case a.day && (len(a.names) == 0 || len(b.names) == 0) && shared >= 4 && ratio >= 0.5:
		return true
	case sameIncident(a, b) || retold(a, b):
		return true
	case sameKey(a, b):
		// Two announcements of one day naming the same thing, with no
		// participant that sets them apart: "will go to a runoff on 3
		// April", "The runoff is scheduled for April 3".
		return true
	case a.day && a.planned && b.planned && a.lead >= 0 && a.lead == b.lead:
		// Two announcements of one day opening with the same subject
		// and verb: "the union's executive will vote on Friday on
		// whether to escalate", "… will vote on Friday on a revised
		// offer".
		return true
	}
	return false
}

// offPlan reports whether, of two reports of one month or year, one is
// a plan and the other tells of someone taking up a post that the plan
// does not: "was appointed permanent director of finance earlier this
// month" does nothing of "the council would publish a revised business
// case by the end of next month", however alike they name the director.
func offPlan(a, b *features) bool {
	return a.planned != b.planned && a.office != b.office
}

// deedShared reports whether, of the shared words of two reports
// sharing two names, one is other than the role nouns of a report of a
// month (a's roles): "Moldovan Athletics Federation president Andrei
// Lupu has come out for a cigarette" and "Lupu was confirmed as
// president by the executive committee" share a participant and how he
// is called, not a deed. A month holds many reports of one person in
// office.
func deedShared(a, b *features, shared int) bool {
	return shared > overlap(a.roles, b.words)
}

// namesSubject reports whether b names the subject of a.
func namesSubject(a, b *features) bool {
	_, ok := slices.BinarySearch(b.names, a.subject)
	return ok
}

// related is the weaker test two groups' leads must pass before the
// groups merge.
func related(a, b *features) bool {
	return a.text >= 0 && a.text == b.text ||
		sharedNames(a, b) >= 1 || sameKey(a, b) || samePlanOfStory(a, b) || samePlanOfStoryNamed(a, b) || sameIncidentOfStory(a, b) || sameRulingOfCast(a, b) ||
		sameIncidentOfCast(a, b) || sameIncidentOfCast(b, a) ||
		a.wordMask&b.wordMask != 0 && overlap(a.words, b.words) >= 2 ||
		headNamed(a, b) || sameIncident(a, b) || retold(a, b) || sameStoppage(a, b) || planOfStory(a, b) ||
		pronounDeed(a, b) || pronounDeed(b, a) || restatedOf(a, b) || restatedOf(b, a) || singularNamed(a, b)
}

// planOfStory reports whether two reports of one day, in articles about
// the same story, tell one plan, or a plan and the report of it done,
// however differently they name its participants: "He said the medical
// would take place on Friday" (he who said it, the subject), "undergo a
// medical on Friday" and "Liu passed a medical on Friday". It only
// relates the leads of two groups (see related): the reports that join
// them must be one event on their own.
func planOfStory(a, b *features) bool {
	if !a.day || !b.day || !a.planned && !b.planned || overlap(a.story, b.story) < 1 {
		return false
	}
	if a.planned && b.planned {
		return overlap(a.deeds, b.deeds) >= 1
	}
	return fulfils(a, b)
}

// samePlanOfCast reports whether two plans of one day, in articles
// sharing their cast (minCast names alike), announce the same deed in
// most of the same words, whoever they name: "Lumenfold will discuss
// the restructuring on its third-quarter earnings call, scheduled for
// Thursday, Nov. 12" and "The company's third-quarter earnings call,
// planned for Nov. 12, will go ahead as scheduled, with Okafor
// presenting".
func samePlanOfCast(a, b *features) bool {
	if !a.day || !b.day || !a.planned || !b.planned || overlap(a.cast, b.cast) < minCast || contradict(a.figures, b.figures) {
		return false
	}
	shared := overlap(a.deeds, b.deeds)
	if 2*shared < min(len(a.deeds), len(b.deeds)) {
		return false
	}
	return shared >= minStoryWords
}

// arrival is the stem every word of arriving shares (see irregular).
const arrival = "arrive"

// incidents are the stems of the nouns and verbs that name what happened
// by its kind, the word two outlets share however else they tell it.
var incidents = stemSet("blast attack crash raid investigation arrest release earthquake ambush shoot abduct takeover theft fail collapse breach")

// stemSet returns the stems of the words of s.
func stemSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[stem(w)] = true
	}
	return m
}

// sameIncident reports whether two reports of one day tell of the same
// kind of incident first, and either stand in articles about the same
// story or say half their words alike: "The blast tore through a storage
// unit" and "The blast, in the early morning of August 14th, destroyed a
// solvent storage tank"; "Federal prosecutors announced an
// investigation" and "Brandt opened a criminal investigation" in two
// articles about one case. Reports naming different participants never
// reach it (see sameEvent), nor do plans.
func sameIncident(a, b *features) bool {
	if !a.day || !b.day || a.planned || b.planned || a.incident < 0 || a.incident != b.incident {
		return false
	}
	if overlap(a.story, b.story) >= 1 {
		return true
	}
	shared := overlap(a.words, b.words)
	return shared >= 2 && 2*shared >= min(len(a.words), len(b.words))
}

// sameIncidentOfStory reports whether two reports of one day in articles
// about the same story tell of the same kind of incident, each naming a
// participant of the other's story, however different the names they
// give: "Thieves broke into the Van Rossum Museum on Sunday" and "The
// theft on 11 January had prompted the Flemish government to spend …,
// culture minister Anneleen Maes told parliament", in two articles
// about the museum and its minister.
func sameIncidentOfStory(a, b *features) bool {
	if !a.day || !b.day || a.planned || b.planned || a.incident < 0 || a.incident != b.incident {
		return false
	}
	if overlap(a.ents, b.story) >= 1 && overlap(b.ents, a.story) >= 1 {
		return true
	}
	// Of an incident a story has once a day, articles sharing their
	// cast will do, whatever names the reports give ("the Van Rossum
	// Museum", "Ghent's Van Rossum Museum").
	return a.singular && overlap(a.cast, b.cast) >= minCast
}

// rulingStem is the stem a ruling, a verdict and a judgment share (see
// irregular).
const rulingStem = "rule"

// sameRulingOfCast reports whether two plans of one day or one week, in
// articles sharing their cast, both expect a court's ruling, whoever
// they name: a case has one ruling due in a week. "The panel, chaired
// by Claudia Benz, is due to deliver its verdict next week" and "A
// ruling is expected next week, a spokesperson for the court said".
func sameRulingOfCast(a, b *features) bool {
	return a.planned && b.planned && a.ruling && b.ruling && (a.day && b.day || a.week >= 0 && a.week == b.week) &&
		overlap(a.cast, b.cast) >= minCast
}

// singularIncidents are the stems of the incidents a story tells of
// once on a day: a museum's theft, not one of a war's attacks.
var singularIncidents = stemSet("theft earthquake takeover")

// storyWorded reports whether two reports of one day in articles about
// the same story (mentioning minCast names alike), naming no one in
// common, say most of it in the same words, neither a plan: "Oslo District Court ruled on Tuesday that … without assessing
// the emissions from burning the oil" and "Judge Kari Åsland's judgment,
// delivered on Tuesday, held that the ministry should have assessed the
// emissions from burning the oil produced".
func storyWorded(a, b *features) bool {
	// Plans are told in set words ("said it expected to pay a final
	// dividend"), whoever makes them.
	if !a.day || !b.day || a.planned || b.planned {
		return false
	}
	// Reports of the figures of companies of different stories share
	// their set words: "higher net income for the first quarter ended
	// January 31", "a loss for the full year ended January 31".
	if overlap(a.cast, b.cast) < minCast {
		return false
	}
	shared := overlap(a.words, b.words)
	return shared >= minStoryWords && 2*shared >= min(len(a.words), len(b.words))
}

// minStoryWords is the fewest words two reports of one story's day that
// share no name must share.
const minStoryWords = 4

// minCast is the fewest names two articles must both mention to tell
// the same story: a court, its judge and the minister appealing.
const minCast = 3

// sameKey reports whether two planned reports of one day name the same
// thing as what they date ("a runoff on 3 April", "The runoff is
// scheduled"). sameEvent only asks once no participant sets them apart:
// they share a name, or one of them names no one.
func sameKey(a, b *features) bool {
	return a.day && b.day && a.planned && b.planned && a.key >= 0 && a.key == b.key
}

// samePlanOfStory reports whether two planned reports of one date that
// name no one announce the same deed in articles about the same story:
// "The court is expected to rule in December" and "A verdict is expected
// in mid-December", both in articles about one trial. Without a shared
// story, two articles' plans of a month say nothing of whose they are.
func samePlanOfStory(a, b *features) bool {
	return a.planned && b.planned && len(a.names) == 0 && len(b.names) == 0 &&
		overlap(a.story, b.story) >= 1 && overlap(a.deeds, b.deeds) >= 1
}

// samePlanOfStory's reports may each name a different participant of
// the story both articles are about: "Completion is expected on 1 June,
// Northbridge said" and "paving the way for the deal with Caledon to
// close on June 1" plan one deal of Northbridge and Caledon. The
// articles must be about one story, and each report name someone the
// other's article names.
func samePlanOfStoryNamed(a, b *features) bool {
	return a.day && a.planned && b.planned && len(a.names) > 0 && len(b.names) > 0 &&
		overlap(a.story, b.story) >= 1 && overlap(a.ents, b.cast) >= 1 && overlap(b.ents, a.cast) >= 1 &&
		overlap(a.deeds, b.deeds) >= 1 && !contradict(a.figures, b.figures) && !castsApart(a, b)
}

// headNamed reports whether a report naming no one speaks of what the
// other names by the last word of its name, and says the rest in the
// same words: "The fire broke out on Saturday" and "The Sulphur Fire,
// which started on Saturday afternoon".
func headNamed(a, b *features) bool {
	if len(a.names) > 0 {
		a, b = b, a
	}
	if len(a.names) > 0 || len(b.heads) == 0 {
		return false
	}
	heads := overlap(a.words, b.heads)
	rest := len(a.words) - heads
	if heads == 0 || rest == 0 {
		return false
	}
	shared := overlap(a.words, b.words)
	return shared >= 1 && float64(shared)/float64(min(rest, max(len(b.words), 1))) >= 0.5
}

// storyNamed reports whether one of two reports of a day, sharing no
// name, speaks of a participant of the other as its article's subject
// and says the rest in the same words: "The Spaniard, who had taken pole
// in Saturday's qualifying session" in an article about Diego Vásquez,
// and "Vasquez had started from pole position after setting the fastest
// lap in qualifying on Saturday".
func storyNamed(a, b *features) bool {
	// The subjects first: they rule out most pairs on lists of a name or
	// two.
	if !a.day || a.planned != b.planned || !subjectOf(a, b) && !subjectOf(b, a) {
		return false
	}
	shared := overlap(a.words, b.words)
	return shared >= 2 && 2*shared >= min(len(a.words), len(b.words))
}

// subjectOf reports whether a report naming at most one participant
// stands in an article about one of the other report's participants.
func subjectOf(a, b *features) bool {
	return len(a.ents) <= 1 && overlap(a.story, b.names) >= 1
}

// joinFigures returns the figures of two groups together, without
// changing either.
func joinFigures(a, b map[string][]string) map[string][]string {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make(map[string][]string, len(a)+len(b))
	for unit, vs := range a {
		out[unit] = slices.Clone(vs)
	}
	for unit, vs := range b {
		for _, v := range vs {
			if !slices.Contains(out[unit], v) {
				out[unit] = append(out[unit], v)
			}
		}
	}
	return out
}

// contradict reports whether two reports give different figures in the
// same unit and none in common.
func contradict(a, b map[string][]string) bool {
	for unit, va := range a {
		vb, ok := b[unit]
		if ok && !slices.ContainsFunc(va, func(v string) bool { return slices.Contains(vb, v) }) {
			return true
		}
		if !ok && contradictOutcome(unit, va, b) {
			return true
		}
	}
	return false
}

// contradictOutcome reports whether b gives, under a unit meeting unit
// other than unit itself (see unitsMeet), figures none of which are in va.
func contradictOutcome(unit string, va []string, b map[string][]string) bool {
	for ub, vb := range b {
		if ub != unit && unitsMeet(unit, ub) && !slices.ContainsFunc(va, func(v string) bool { return slices.Contains(vb, v) }) {
			return true
		}
	}
	return false
}

// announcing are the stems of the words that present an event as
// planned: two announcements share them whatever they announce.
var announcing = func() map[string]bool {
	m := map[string]bool{}
	for w := range futureWords {
		m[stem(w)] = true
	}
	return m
}()

// sharedNames counts the names two reports share, a name and the
// initials of another's included.
func sharedNames(a, b *features) int {
	n := overlap(a.shorts, b.names) + overlap(a.names, b.shorts)
	if a.nameMask&b.nameMask != 0 {
		n += overlap(a.names, b.names)
	}
	return n
}

// overlap counts the ids two sorted lists share. The steps are taken
// without branching on which id is smaller: the lists of two reports
// interleave at random, and a mispredicted branch per id cost more than
// the comparisons.
func overlap(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		n += bit(x == y)
		i += bit(x <= y)
		j += bit(x >= y)
	}
	return n
}

// bit is 1 for true and 0 for false, computed without a branch.
func bit(b bool) int {
	var n int
	if b {
		n = 1
	}
	return n
}

// bucketAll is the size up to which a date's reports are compared pairwise.
const (
	bucketAll  = 64
	postingCap = 200
)

// comparePairs calls union on the pairs of reports in one date bucket
// worth comparing: all of them in a small bucket, else those sharing a
// name or a word that is not too common within the bucket. seen has a
// slot per report (any contents smaller than 1 + the reports' numbers);
// post is room for the bucket's postings, empty.
func comparePairs(ids []int, feats []features, seen []int, post *postings, union func(i, j int)) {
	if len(ids) <= bucketAll {
		for a := 0; a < len(ids); a++ {
			for b := a + 1; b < len(ids); b++ {
				union(ids[a], ids[b])
			}
		}
		return
	}
	post.fill(ids, feats)
	defer post.clear()
	// Each report is compared once with every later report sharing a
	// key that is not too common in the bucket, in the order its keys
	// find them.
	var cands []int
	for _, i := range ids {
		cands = cands[:0]
		add := func(k int32) {
			l := post.of(k)
			if len(l) < 2 || len(l) > postingCap {
				return
			}
			for _, j := range l {
				if j := int(j); j > i && seen[j] != i+1 {
					seen[j] = i + 1
					cands = append(cands, j)
				}
			}
		}
		for _, n := range feats[i].names {
			add(2 * n)
		}
		for _, w := range feats[i].words {
			add(2*w + 1)
		}
		for _, j := range cands {
			union(i, j)
		}
	}
}

// compareAcrossPrecision lets a report dated only to a month or a year
// join the same event dated more finely by another outlet ("in February
// 2022" and "on 24 February 2022"): it is compared with the finer reports
// inside its period that share a participant with it.
func compareAcrossPrecision(refs []Ref, arts []int32, feats []features, gates []gate, seen []int, union func(i, j int, sure bool)) {
	// Keys are (period, name) pairs packed in an int64, periods numbered;
	// only the pairs some coarse report looks up are collected.
	periods := map[string]int64{}
	key := func(period int64, name int32) int64 { return period<<32 | int64(uint32(name)) }
	// wanted numbers the pairs, finer holds the finer reports of each by
	// its number.
	wanted := map[int64]int32{}
	// ids says which ids some coarse report looks up in some period: most
	// names and words of the finer reports are none, and are passed over
	// without a look-up.
	var ids []bool
	for i := range refs {
		r := &refs[i] // a Ref is large to copy
		if r.Event.Precision != "month" && r.Event.Precision != "year" {
			continue
		}
		p, ok := periods[r.Event.Date]
		if !ok {
			p = int64(len(periods))
			periods[r.Event.Date] = p
		}
		for _, ks := range lookupKeys(&r.Event, &feats[i]) {
			for _, n := range ks {
				if _, ok := wanted[key(p, n)]; !ok {
					wanted[key(p, n)] = int32(len(wanted))
				}
				if int(n) >= len(ids) {
					ids = append(ids, make([]bool, int(n)+1-len(ids))...)
				}
				ids[n] = true
			}
		}
	}
	if len(wanted) == 0 {
		return
	}
	finer := make([][]int, len(wanted))
	dates := make([]packedDate, len(refs))
	var within []string
	for i := range refs {
		r := &refs[i] // a Ref is large to copy
		d := r.Event.Date
		if len(d) <= maxPackedDate {
			dates[i] = packDate(d)
		} else {
			dates[i].n = maxPackedDate + 1 // too long to pack
		}
		within = within[:0]
		switch r.Event.Precision {
		case "day":
			if len(d) >= 10 {
				within = append(within, d[:7], d[:4])
			}
		case "month":
			if len(d) >= 7 {
				within = append(within, d[:4])
			}
		}
		for _, ps := range within {
			p, ok := periods[ps]
			if !ok {
				continue
			}
			for _, ks := range [][]int32{feats[i].names, feats[i].words} {
				for _, n := range ks {
					if int(n) >= len(ids) || !ids[n] {
						continue
					}
					k := key(p, n)
					// Reports come in order: one filed already is the last.
					if w, ok := wanted[k]; ok && len(finer[w]) < postingCap && (len(finer[w]) == 0 || finer[w][len(finer[w])-1] != i) {
						finer[w] = append(finer[w], i)
					}
				}
			}
		}
	}
	for i := range refs {
		r := &refs[i] // a Ref is large to copy
		if r.Event.Precision != "month" && r.Event.Precision != "year" {
			continue
		}
		// Only the one finer report that shares the most with it, and
		// only when they share more than a participant: a year holds
		// many events with the same people.
		best, bestScore := -1, 0
		from, to, ok := planBounds(*r)
		if !ok {
			continue
		}
		lo, hi := dateRange(refs, from, to)
		p := periods[r.Event.Date]
		done := newDoneBefore(&refs[i])
		month, week := r.Event.Precision == "month", r.Event.Week != ""
		for _, ks := range lookupKeys(&r.Event, &feats[i]) {
			for _, n := range ks {
				// The reports dated inside the period: a list holds them in
				// date order, as they were filed.
				list := finer[wanted[key(p, n)]]
				list = list[:sort.SearchInts(list, hi)]
				for _, j := range list[sort.SearchInts(list, lo):] {
					// seen still holds comparePairs' marks, all at most
					// len(refs); these are above.
					if seen[j] == len(refs)+i+1 || arts[j] == arts[i] {
						continue
					}
					if done.of(&refs[j], dates[j]) {
						continue // dated outside the period
					}
					seen[j] = len(refs) + i + 1
					if !mayFiner(&gates[i], &gates[j], month, week) || coarsePlanMeetsDone(&feats[i], &feats[j]) {
						continue
					}
					if score := finerMatch(&feats[i], &feats[j], month, week); score > bestScore {
						best, bestScore = j, score
					}
				}
			}
		}
		if best >= 0 {
			union(best, i, singularNamed(&feats[i], &feats[best]) || r.Event.Week != "" && (weekPlan(&feats[i], &feats[best]) || weekTold(&feats[i], &feats[best]) || weekDone(&feats[i], &feats[best])) ||
				r.Event.Precision == "month" && (monthPlanOfStory(&feats[i], &feats[best]) || monthTold(&feats[i], &feats[best])))
		}
	}
}

// dateRange returns the bounds [lo, hi) of the indexes of the reports
// dated from from to to, refs being in date order (as Merge sorts them):
// comparing two indexes is cheaper than comparing the dates of reports
// spread over the whole archive.
func dateRange(refs []Ref, from, to string) (lo, hi int) {
	lo = sort.Search(len(refs), func(k int) bool { return refs[k].Event.Date >= from })
	hi = sort.Search(len(refs), func(k int) bool { return refs[k].Event.Date > to })
	return lo, hi
}

// lookupKeys are the ids by which a coarse report finds the finer
// reports it may join: its names, and within a week, or for a plan naming
// no one, its words too, as a plan often leaves its participants unnamed
// ("the legislature would vote later this week", "the court was
// expected to rule by the end of the month"), and so does a report of
// what was done ("prosecutors opened an inquiry earlier this month").
//
// They come as two lists, read in turn (names, then words or none), so
// that no list is built for each report.
func lookupKeys(e *Event, f *features) [2][]int32 {
	if e.Week == "" && len(f.names) > 0 {
		return [2][]int32{f.names, f.soles}
	}
	return [2][]int32{f.names, f.words}
}

// planBounds returns the dates inside which a coarse report may join a
// finer one (see weekBounds). A plan dated by a week that is over when
// the article is published ("later this week" on a Sunday) is for the
// days that follow it.
func planBounds(r Ref) (from, to string, ok bool) {
	from, to, ok = weekBounds(r.Event.Week)
	if ok && r.Event.Planned && r.Event.Week == "" && len(r.Published) >= len("2006-01-02") && r.Published[:len("2006-01-02")] > from {
		// A plan of a month or a year is not kept before it was told:
		// "will leave at the end of the year", said on 22 October, is
		// no event of 19 October.
		from = r.Published[:len("2006-01-02")]
	}
	if !ok || !r.Event.Planned || r.Event.Week == "" || len(r.Published) < len("2006-01-02") || to > r.Published {
		return from, to, ok
	}
	pub, err := time.Parse("2006-01-02", r.Published[:len("2006-01-02")])
	if err != nil {
		return from, to, ok
	}
	return pub.AddDate(0, 0, 1).Format("2006-01-02"), pub.AddDate(0, 0, 7).Format("2006-01-02"), true
}

// weekBounds returns the first and last day of an ISO week as dates, or
// the widest bounds for no week (""): a report dated by its week ("last
// week") joins only a finer report inside that week, not anywhere in the
// month that holds it. ok is false for a week that is no ISO week.
func weekBounds(week string) (from, to string, ok bool) {
	if week == "" {
		return "", "\uffff", true
	}
	mon, sun, ok := isoWeek(week)
	if !ok {
		return "", "", false
	}
	return mon.Format("2006-01-02"), sun.Format("2006-01-02"), true
}

// finerMatch scores how surely a coarse report and a finer one describe
// the same event; 0 when they may not be joined.
func finerMatch(coarse, fine *features, month, week bool) int {
	// A plan and a report of what was done are one event only when the
	// report does what was planned: "the company will file in August
	// for approval" is not "had regulatory capital at year-end 1986".
	if coarse.planned != fine.planned && (!fulfils(coarse, fine) || week && coarse.planned && planSubjectLeftOut(coarse, fine)) || otherIncidents(coarse, fine) {
		return 0
	}
	names := 0
	if coarse.nameMask&fine.nameMask != 0 {
		names = overlap(coarse.names, fine.names)
	}
	if week && names == 0 {
		// "the EU" of a week and "the European Union" of its day.
		names = sharedNames(coarse, fine)
	}
	if names == 0 && singularNamed(coarse, fine) {
		names = 1
	}
	// Every case below needs a shared name, or two plans of which the
	// coarse one names no one: most candidates end here, before their
	// words are compared.
	if names == 0 && !(coarse.planned && fine.planned && len(coarse.names) == 0) && !(week && len(coarse.names) == 0 && len(fine.names) == 0) &&
		!(month && monthTold(coarse, fine)) && !(week && weekDone(coarse, fine)) {
		return 0
	}
	shared := 0
	if coarse.wordMask&fine.wordMask != 0 {
		// "a hilltop held by the NVA since last autumn" and "The NVA is
		// believed to be holding at least 14 people seized during a
		// raid … in November" share a participant and "hold".
		shared = overlap(coarse.words, fine.words) - overlap(coarse.initials, fine.words) - strayInitials(fine, coarse) - referentsShared(coarse, fine)
	}
	small := min(len(coarse.words), len(fine.words))
	// names counts the forms of the names shared ("National Medicines
	// Regulatory Agency", "National Medicines"): no more participants
	// than either report has.
	names = min(names, len(coarse.ents), len(fine.ents))
	// One participant and a good share of the wording; within a month
	// also two participants and a shared word, as sameEvent. A year holds
	// too many events of the same people for that. Within a week, a plan
	// naming no one and one of its days saying the same (weekPlan).
	switch {
	case month && names >= 2 && shared >= 1 && deedShared(coarse, fine, shared) && !titleOfFiner(coarse, fine, shared):
	case names >= 1 && shared >= 2 && small > 0 && float64(shared)/float64(small) >= 0.25 && deedShared(coarse, fine, shared) && !thinCoarse(coarse, week, shared, small):
		// Within a month the words must be more than how someone is
		// called: "served as chief financial officer until October" is
		// not "its chief restructuring officer confirmed on Tuesday".
	case names >= 1 && shared >= 1 && singularNamed(coarse, fine):
		// One incident a story has once, of one participant: "the
		// town of Tavas, devastated by a similar earthquake in 2011",
		// "Tavas was hit by a magnitude 7.1 quake in October 2011".
	case week && weekPlan(coarse, fine):
	case week && weekTold(coarse, fine):
	case week && weekDone(coarse, fine):
	case month && monthPlanOfStory(coarse, fine):
	case month && monthTold(coarse, fine):
	default:
		return 0
	}
	return 2*names + shared
}

// strayInitials counts the words a and b share that are the initials of
// a name a gives and of none b gives: in b the word is another word
// whose stem only looks like them, as the stem of "case" looks like the
// "CAS" of the Court of Arbitration for Sport. They are no shared
// wording. b's "U.S. Securities and Exchange Commission" is a's "SEC".
func strayInitials(a, b *features) int {
	n := 0
	for _, w := range a.shorts {
		if !slices.Contains(b.shorts, w) && !slices.Contains(b.tails, w) && slices.Contains(a.words, w) && slices.Contains(b.words, w) {
			n++
		}
	}
	return n
}

// otherIncidents reports whether two reports tell first of different
// kinds of incident: "fined the company over a data breach disclosed in
// March" is not "opened a formal investigation into the breach on
// Thursday", though both speak of the breach.
func otherIncidents(a, b *features) bool {
	return a.incident >= 0 && b.incident >= 0 && a.incident != b.incident
}

// monthTold reports whether a report dated by its month naming no one
// (coarse) tells what was done on a day inside it in most of the
// same words: "Prosecutors opened a preliminary inquiry earlier this
// month, court sources said" and "The prosecutor's office opened a
// preliminary inquiry on 2 March". Three shared words, and three in
// five of the shorter's, keep apart two deeds of one month told alike.
func monthTold(coarse, fine *features) bool {
	const least = 3
	// Plans are told in set words ("is expected to rule on the
	// challenge"): monthPlanOfStory weighs them.
	if len(coarse.names) > 0 || coarse.planned || fine.planned {
		return false
	}
	shared := overlap(coarse.words, fine.words)
	small := min(len(coarse.words), len(fine.words))
	return shared >= least && 5*shared >= 3*small && !contradict(coarse.figures, fine.figures)
}

// weekTold reports whether a report dated by its week (coarse) tells
// what a report of a day inside that week does, as a week holds few
// events of one participant, or of a deed told in the same words: a
// shared participant and half the words of the shorter ("The bloc's
// tariffs were announced a fortnight ago", "The bloc will impose
// tariffs …, its executive said on Thursday"), or with no one named
// three words and half ("The opposition filed the motion a fortnight
// ago", "The opposition tabled the motion on April 30 after police
// searched offices at the public works ministry").
func weekTold(coarse, fine *features) bool {
	if coarse.planned != fine.planned || contradict(coarse.figures, fine.figures) {
		return false
	}
	shared := overlap(coarse.words, fine.words)
	if 2*shared < min(len(coarse.words), len(fine.words)) {
		return false
	}
	if len(coarse.names) == 0 && len(fine.names) == 0 {
		return shared >= minStoryWords-1
	}
	// Every participant of the week's report is the day's: "Putin met
	// Xi last week" is not "Putin met Modi on Tuesday".
	return shared >= 1 && sharedNames(coarse, fine) >= max(1, len(coarse.ents))
}

// weekDone reports whether a report dated by its week (coarse) tells
// that a plan of a day inside that week naming no one was done, in most
// of the plan's words, the plan's article mentioning every participant
// of the report: "was confirmed as president by the executive committee
// at the weekend" and "The executive committee will vote on Saturday on
// whether to confirm him as permanent president", in an article about
// the federation's president.
func weekDone(coarse, fine *features) bool {
	if coarse.planned || !fine.planned || len(fine.names) > 0 || len(coarse.ents) == 0 ||
		overlap(coarse.ents, fine.cast) < len(coarse.ents) || !fulfils(coarse, fine) || contradict(coarse.figures, fine.figures) {
		return false
	}
	shared := overlap(coarse.words, fine.words)
	return shared >= minStoryWords-1 && 2*shared >= min(len(coarse.words), len(fine.words))
}

// weekPlan reports whether a plan dated by its week and naming no one
// does what a plan of a day inside that week does, in most of its words:
// "the legislature would vote later this week on relief", "the state
// legislature will vote on Thursday on a relief package". The day's
// report may name whom it quotes; the week's names no one to set them
// apart.
func weekPlan(coarse, fine *features) bool {
	shared := overlap(coarse.words, fine.words)
	return coarse.planned && fine.planned && len(coarse.names) == 0 && shared >= 2 &&
		2*shared >= min(len(coarse.words), len(fine.words)) && !contradict(coarse.figures, fine.figures)
}

// monthPlanOfStory reports whether a plan dated by its month and naming
// no one announces what a plan of a day in that month does, in an
// article about the same story: "the court was expected to rule by the
// end of the month" and "The regional court is expected to rule on the
// challenge by 28/08/2026". As a month holds many plans of a story, the
// verb announced must be the same ("rule", not "hear") and two of the
// plans' deeds shared (who and what: "court", "rule").
func monthPlanOfStory(coarse, fine *features) bool {
	return coarse.planned && fine.planned && len(coarse.names) == 0 && overlap(coarse.story, fine.story) >= 1 &&
		coarse.verb >= 0 && coarse.verb == fine.verb && overlap(coarse.deeds, fine.deeds) >= 2 &&
		!contradict(coarse.figures, fine.figures)
}

// maxActs is how many of a plan's first deeds say what it does.
const maxActs = 2

// fulfils reports whether the actual report of a and b does what the
// planned one announced: one of the plan's first words other than those
// of announcing is among the report's ("set sentencing for Wednesday",
// "was sentenced on Wednesday"), not any word ("is expected to weaken to
// a tropical storm by Thursday" is not "the death toll rose on Thursday,
// two days after the storm came ashore").
func fulfils(a, b *features) bool {
	plan, done := a, b
	if !plan.planned {
		plan, done = b, a
	}
	for _, w := range plan.acts {
		if slices.Contains(done.words, w) {
			return true
		}
	}
	return false
}
