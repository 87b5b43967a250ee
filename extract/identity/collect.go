package identity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"newsbot/extract/doc"
)

// unionFind is a disjoint-set forest over input indexes.
type unionFind struct {
	parent []int32
	joins  int // unions that joined two sets: what was counted of the sets at one value holds
}

func newUnionFind(n int) *unionFind {
	p := make([]int32, n)
	for i := range p {
		p[i] = int32(i)
	}
	return &unionFind{parent: p}
}

func (u *unionFind) find(i int) int {
	for int(u.parent[i]) != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = int(u.parent[i])
	}
	return i
}

// union joins the sets of a and b; the smaller index becomes the root so
// that results do not depend on map iteration order.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = int32(ra)
	u.joins++
}

// groups returns the members of every set, each in input order, sets
// ordered by their first member. Entities with an empty key are left out.
// The sets are counted first and laid out in one array, each slice of it
// full (appending to one copies it).
func (c *corpus) groups() [][]int {
	slot := make([]int32, len(c.ents)) // root → set, -1 for none yet
	for i := range slot {
		slot[i] = -1
	}
	var sizes []int32
	n := 0
	for i := range c.ents {
		if c.info(i).key < 0 {
			continue
		}
		r := c.uf.find(i)
		if slot[r] < 0 {
			slot[r] = int32(len(sizes))
			sizes = append(sizes, 0)
		}
		sizes[slot[r]]++
		n++
	}
	all, at := make([]int, n), 0
	out := make([][]int, len(sizes))
	for g, k := range sizes {
		out[g] = all[at : at : at+int(k)]
		at += int(k)
	}
	for i := range c.ents {
		if c.info(i).key < 0 {
			continue
		}
		g := slot[c.uf.find(i)]
		out[g] = append(out[g], i)
	}
	return out
}

// distinctArticles counts the different articles among members.
func (c *corpus) distinctArticles(members []int) int {
	seen := make(map[int32]struct{}, len(members))
	for _, i := range members {
		seen[c.article[i]] = struct{}{}
	}
	return len(seen)
}

// collect turns the sets into entities, largest first.
func (c *corpus) collect() []Entity {
	groups := c.groups()
	out := make([]Entity, 0, len(groups))
	sc := &scratch{
		weight:  make([]int, len(c.spellings)),
		nameW:   make([]int, len(c.names)),
		nameArt: make([]int, len(c.names)),
	}
	for _, members := range groups {
		out = append(out, c.buildEntity(members, sc))
	}
	c.dropPlaceOpeners(out)
	// Sort keys are sorted, not the entities, which are large to move:
	// each holds what the order compares, side by side in one array; the
	// index breaks ties, as a stable sort would.
	type sortKey struct {
		members, index int
		name           string
	}
	order := make([]sortKey, len(out))
	for i := range order {
		order[i] = sortKey{len(out[i].Members), i, out[i].Name}
	}
	slices.SortFunc(order, func(a, b sortKey) int {
		if c := cmp.Compare(b.members, a.members); c != 0 {
			return c
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})
	sorted := make([]Entity, len(out))
	for k, o := range order {
		sorted[k] = out[o.index]
	}
	return sorted
}

// scratch holds per-spelling and per-name counters reused from one entity
// to the next, so that building millions of entities allocates no maps.
// Only the touched slots are reset.
type scratch struct {
	weight         []int // spelling id → alias weight
	nameW, nameArt []int // name id → mentions, member entities
	spells, names  []int32
}

func (c *corpus) buildEntity(members []int, sc *scratch) Entity {
	var votes typeVotes
	for _, i := range members {
		e := &c.ents[i]
		w := max(e.Mentions, 1)
		typ, ok := c.retype[i]
		if !ok {
			typ = e.Type
		}
		votes.add(typ, w)
		id := c.nameOf[i]
		if sc.nameArt[id] == 0 {
			sc.names = append(sc.names, id)
		}
		sc.nameW[id] += w
		sc.nameArt[id]++
		sc.addSpelling(c.nameSpell[id], w)
		for _, sp := range c.spell[c.surfAt[i]:c.surfAt[i+1]] {
			sc.addSpelling(sp, 1)
		}
	}
	typ := votes.majority(c.ents[members[0]].Type)
	c.foldCapitals(sc, typ == doc.Org)
	var forms map[int32]nameVotes
	if typ == doc.Person {
		forms = c.personNames(members, sc)
	}
	best := int32(-1)
	for _, id := range sc.names {
		if sc.nameArt[id] > 0 && (best < 0 || c.betterName(id, best, sc, forms)) {
			best = id
		}
	}
	nameSp := c.nameSpell[best]
	var spells []int32
	for _, sp := range sc.spells {
		if sp != nameSp && c.spellings[sp] != "" {
			spells = append(spells, sp)
		}
	}
	// Most used spelling first, then lexically.
	sort.Slice(spells, func(i, j int) bool {
		wi, wj := sc.weight[spells[i]], sc.weight[spells[j]]
		if wi != wj {
			return wi > wj
		}
		return c.spellings[spells[i]] < c.spellings[spells[j]]
	})
	al := make([]string, len(spells))
	for i, sp := range spells {
		al[i] = c.spellings[sp]
	}
	name := c.spellings[nameSp]
	sc.reset()
	if typ == doc.Other && partyByMembers(name) {
		typ = doc.Org
	}
	if (typ == doc.Place || typ == doc.Person) && !placeAcronym(name, typ) {
		name = unshout(name)
	}
	switch typ {
	case doc.Org:
		al = withCountryless(name, al)
	case doc.Person:
		al = dropNonSpellings(name, al)
		al = withNicknames(name, al)
	}
	return Entity{Name: name, Type: typ, Aliases: al, Members: members}
}

// dropNonSpellings returns a person's aliases without the parts of the
// name that readers would not take for the person's: the last word of a
// surname written with particles ("Croix" of "Jean-Luc de la Croix"), or
// a given name alone ("Tomás" in a coach's quotation) when the person
// also goes by the surname alone, which tells it from the family name of
// a surname-first name ("Wang" of Wang Yi). The family name that opens a
// Chinese name ("Liu" of Liu Yang) stays, whatever else the articles call
// the person.
func dropNonSpellings(name string, aliases []string) []string {
	// Only an alias of one word can go: without one (most people have no
	// alias at all) there is nothing to read the name for.
	if !slices.ContainsFunc(aliases, func(a string) bool { return !strings.Contains(a, " ") }) {
		return aliases
	}
	toks := nameTokens(name)
	words := strings.Fields(name)
	n := len(words)
	if len(toks) < 2 || len(aliases) == 0 || chineseName(toks) {
		return aliases
	}
	given, surname, tail := Key(toks[0]), Key(toks[len(toks)-1]), ""
	if n >= 3 && particles[words[n-2]] {
		tail = Key(words[n-1])
	}
	bySurname := slices.ContainsFunc(aliases, func(a string) bool { return Key(a) == surname })
	return slices.DeleteFunc(aliases, func(a string) bool {
		if strings.Contains(a, " ") {
			return false
		}
		k := Key(a)
		return k != "" && (k == tail || k == given && bySurname)
	})
}

// withCountryless adds to an organisation's aliases its name without the
// country abbreviation leading it: readers ask for the "Food and Drug
// Administration" that articles call the "U.S. Food and Drug
// Administration".
func withCountryless(name string, aliases []string) []string {
	rest, ok := withoutCountry(name)
	if !ok || slices.Contains(aliases, rest) {
		return aliases
	}
	return append(aliases, rest)
}

// unshout writes in title case a place's or a person's name that the
// articles only ever wrote in capitals (a dateline's "TBILISI"); short
// ones may be acronyms ("USA") and stay.
func unshout(name string) string {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 5 || !allCaps(name) {
		return name
	}
	words := strings.Fields(strings.ToLower(name))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

func (sc *scratch) addSpelling(id int32, w int) {
	if sc.weight[id] == 0 {
		sc.spells = append(sc.spells, id)
	}
	sc.weight[id] += w
}

func (sc *scratch) reset() {
	for _, id := range sc.spells {
		sc.weight[id] = 0
	}
	for _, id := range sc.names {
		sc.nameW[id], sc.nameArt[id] = 0, 0
	}
	sc.spells, sc.names = sc.spells[:0], sc.names[:0]
}

// foldCapitals takes out of the running for the display name every name
// written in capitals that the entity also has in mixed case with the same
// key ("KYIV" from datelines beside "Kyiv"), adding its mentions and
// articles to the most used mixed-case spelling. An organisation's name
// in capitals is often its own spelling, not a headline's ("OPEC" beside
// a few "Opec"): it gives way only to a mixed-case spelling used as much.
func (c *corpus) foldCapitals(sc *scratch, org bool) {
	anyCaps := false
	for _, id := range sc.names {
		anyCaps = anyCaps || c.names[id].caps
	}
	if !anyCaps {
		return
	}
	mixed := map[int32]int32{} // key → most used mixed-case name
	for _, id := range sc.names {
		if ni := &c.names[id]; !ni.caps && hasUpper(ni.name) {
			if m, ok := mixed[ni.key]; !ok || sc.nameW[id] > sc.nameW[m] {
				mixed[ni.key] = id
			}
		}
	}
	for _, id := range sc.names {
		ni := &c.names[id]
		// Only into a mixed-case spelling in real use: "U.S." thousands of
		// times is not folded into one "Us" (nor ever into a lower-case
		// "u.s.", which is no spelling of a name).
		if m, ok := mixed[ni.key]; ok && ni.caps && 10*sc.nameW[m] >= sc.nameW[id] && (!org || sc.nameW[m] >= sc.nameW[id]) {
			sc.nameW[m] += sc.nameW[id]
			sc.nameArt[m] += sc.nameArt[id]
			sc.nameW[id], sc.nameArt[id] = 0, 0
		}
	}
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// betterName orders names for the display name: a full name over a bare
// surname, a spelling with hyphens or diacritics over the same without;
// then, for a person (votes), the full form more mentions use, used by
// more outlets, in the earlier article (see personNames); then more
// mentions, more articles
// (member entities), the longer, the lexically smaller.
func (c *corpus) betterName(a, b int32, sc *scratch, votes map[int32]nameVotes) bool {
	na, nb := &c.names[a], &c.names[b]
	sa, sb := c.spellings[c.nameSpell[a]], c.spellings[c.nameSpell[b]]
	if fa, fb := shortFormOf(sa, sb), shortFormOf(sb, sa); fa != fb {
		return fa
	}
	if na.full != nb.full {
		return na.full
	}
	// "Chidi Okonkwo-Eze" over "Chidi Okonkwo Eze", however the counts
	// fall: the hyphen is the person's spelling, which outlets that cannot
	// print it drop.
	if ha, hb := strings.Count(sa, "-"), strings.Count(sb, "-"); ha != hb && unhyphen(sa) == unhyphen(sb) {
		return ha > hb
	}
	// "Jørgen Halvorsen" over "Jorgen Halvorsen", however the counts fall:
	// the same name without its diacritics is the wire's spelling, not
	// its own.
	if sa != sb && nonASCII(sa) != nonASCII(sb) && plainFold(sa) == plainFold(sb) {
		return nonASCII(sa) > nonASCII(sb)
	}
	if va, vb, ok := votes[a], votes[b], votes != nil; ok && na.full {
		if va.uses != vb.uses {
			return va.uses > vb.uses
		}
		if va.outlets != vb.outlets {
			return va.outlets > vb.outlets
		}
		if va.first != vb.first {
			// An undated article comes after every dated one.
			return vb.first == "" || va.first != "" && va.first < vb.first
		}
	}
	if sc.nameW[a] != sc.nameW[b] {
		return sc.nameW[a] > sc.nameW[b]
	}
	if sc.nameArt[a] != sc.nameArt[b] {
		return sc.nameArt[a] > sc.nameArt[b]
	}
	if len(sa) != len(sb) {
		return len(sa) > len(sb)
	}
	return sa < sb
}

// unhyphen writes s with spaces for its hyphens.
func unhyphen(s string) string { return strings.ReplaceAll(s, "-", " ") }

// nonASCII counts the letters of s outside ASCII.
func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// plainFold writes s without its diacritics, case kept: "Jørgen" and
// "Jorgen" fold alike.
func plainFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case letterFold[unicode.ToLower(r)] != "" && r >= utf8.RuneSelf:
			f := letterFold[unicode.ToLower(r)]
			if unicode.IsUpper(r) {
				f = strings.ToUpper(f[:1]) + f[1:]
			}
			b.WriteString(f)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// typeVotes counts mentions per entity type without a map, and without
// allocating for the tagger's four types: a name takes few types.
type typeVotes struct {
	main [len(mainTypes)]int // votes for each of mainTypes
	rest []typeVote          // votes for any other type
}

// typeVote is the votes for one type.
type typeVote struct {
	t doc.EntityType
	n int
}

// mainTypes are the types counted in typeVotes.main, in the order
// majority prefers them on a tie.
var mainTypes = [...]doc.EntityType{doc.Person, doc.Org, doc.Place, doc.Other}

// mainIndex returns the index of t in mainTypes, or -1.
func mainIndex(t doc.EntityType) int {
	switch t {
	case doc.Person:
		return 0
	case doc.Org:
		return 1
	case doc.Place:
		return 2
	case doc.Other:
		return 3
	}
	return -1
}

// onlyVotes returns the votes of n mentions, all for type t.
func onlyVotes(t doc.EntityType, n int) typeVotes {
	var v typeVotes
	v.add(t, n)
	return v
}

// of returns the votes for type t.
func (v *typeVotes) of(t doc.EntityType) int {
	if i := mainIndex(t); i >= 0 {
		return v.main[i]
	}
	for _, x := range v.rest {
		if x.t == t {
			return x.n
		}
	}
	return 0
}

// addAll adds every vote of o.
func (v *typeVotes) addAll(o typeVotes) {
	for i, n := range o.main {
		v.main[i] += n
	}
	for _, x := range o.rest {
		v.add(x.t, x.n)
	}
}

func (v *typeVotes) add(t doc.EntityType, w int) {
	if i := mainIndex(t); i >= 0 {
		v.main[i] += w
		return
	}
	for i := range v.rest {
		if v.rest[i].t == t {
			v.rest[i].n += w
			return
		}
	}
	v.rest = append(v.rest, typeVote{t, w})
}

// majority returns the type with most votes; a tie goes to def when it is
// among the tied, else to the first in the order PERSON, ORG, PLACE, OTHER,
// then any other type in lexical order.
func (v *typeVotes) majority(def doc.EntityType) doc.EntityType {
	best, bn := def, v.of(def)
	for i, t := range mainTypes {
		if n := v.main[i]; n > bn {
			best, bn = t, n
		}
	}
	if len(v.rest) == 0 {
		return best
	}
	rest := make([]doc.EntityType, 0, 8)
	for _, x := range v.rest {
		rest = append(rest, x.t)
	}
	slices.Sort(rest)
	for _, t := range rest {
		if n := v.of(t); n > bn {
			best, bn = t, n
		}
	}
	return best
}

// nameVotes are what tells apart two full forms of one person's name:
// the mentions that use it, the outlets and the earliest article.
type nameVotes struct {
	uses, outlets int
	first         string // earliest publication date, empty when none
}

// personNames counts, for each full form of a person's name among
// members, the mentions that use it: its own spelling, and a bare
// surname spelt as the form ends ("MacLeod" votes for "Duncan MacLeod",
// not for "Duncan McLeod"), so that the spelling most mentions use names
// the person whichever article wrote it in full ("Duncan McLeod" once
// beside "MacLeod" four times in one article, "Duncan MacLeod" in
// another). It also counts each form's outlets and earliest article. It
// returns nil when there are fewer than two full forms to choose from.
func (c *corpus) personNames(members []int, sc *scratch) map[int32]nameVotes {
	var full []int32
	for _, id := range sc.names {
		if sc.nameArt[id] > 0 && c.names[id].full {
			full = append(full, id)
		}
	}
	if len(full) < 2 {
		return nil
	}
	uses := map[int32]int{} // spelling id → mentions
	votes := make(map[int32]nameVotes, len(full))
	outlets := map[int32][]string{}
	for _, i := range members {
		e := &c.ents[i]
		if sp := c.spell[c.surfAt[i]:c.surfAt[i+1]]; len(sp) > 0 {
			for _, s := range sp {
				uses[s]++
			}
		} else {
			uses[c.nameSpell[c.nameOf[i]]] += max(e.Mentions, 1)
		}
		id := c.nameOf[i]
		v := votes[id]
		if e.Published != "" && (v.first == "" || e.Published < v.first) {
			v.first = e.Published
		}
		votes[id] = v
		if src := strings.ToLower(e.Source); src != "" && !slices.Contains(outlets[id], src) {
			outlets[id] = append(outlets[id], src)
		}
	}
	for _, id := range full {
		name := c.spellings[c.nameSpell[id]]
		core := withoutSuffix(name)
		v := votes[id]
		for sp, n := range uses {
			if s := c.spellings[sp]; s == name || strings.HasSuffix(core, " "+s) || lowerParticle(s) != "" && strings.HasSuffix(core, " "+lowerParticle(s)) || familyOpens(core, s) {
				v.uses += n
			}
		}
		v.outlets = len(outlets[id])
		votes[id] = v
	}
	return votes
}

// lowerParticle returns a surname that opens with a capitalised particle
// with the particle in lower case ("Van der Berg" → "van der Berg"), else
// "": a sentence capitalises the particle it opens with, so the surname
// alone votes for the full forms that write the particle either way.
func lowerParticle(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || !particles[strings.ToLower(first)] || first == strings.ToLower(first) {
		return ""
	}
	return strings.ToLower(first[:1]) + first[1:] + " " + rest
}

// withoutSuffix returns a name without the generational suffix ending it:
// "Marcus J. Whitfield Jr." ends with the surname "Whitfield" all the same.
func withoutSuffix(name string) string {
	words := strings.Fields(name)
	n := len(words)
	for n > 1 && bareIn(nameSuffixes, words[n-1]) {
		n--
	}
	if n == len(words) {
		return name
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ",")
}
