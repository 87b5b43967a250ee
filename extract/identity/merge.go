package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// mergeAcronyms joins a non-person entity named by an acronym ("U.S.") to
// the one non-person entity whose articles gave that acronym as a spelling
// of a longer name ("United States" with surface "U.S."), or whose name
// has those initials ("ICO" of "Information Commissioner's Office"). An
// acronym that stands for two different names stays apart. Two initials
// stand for too many names to compete with a spelled-out acronym, so a
// two-letter acronym no article spelled out joins the one name with those
// initials ("UN" of "United Nations", "EU" of "European Union").
func (c *corpus) mergeAcronyms() {
	owners := map[string][]int{} // acronym key → distinct roots
	pairs := map[string][]int{}  // two-letter initials → distinct roots
	// Only the keys of acronyms named as entities are looked up below:
	// the others are left out of owners and pairs.
	wanted := c.acronymNameKeys()
	if len(wanted) == 0 {
		return
	}
	own := func(m map[string][]int, k string, i int) {
		if !wanted[k] {
			return
		}
		if r := c.uf.find(i); !containsInt(m[k], r) {
			m[k] = append(m[k], r)
		}
	}
	byName := make([]*nameAcronymKeys, len(c.names)) // taken once a name
	// ownedBy is, by name id, the root (plus one) its keys were last
	// owned for: another entity of the name in the same set adds nothing.
	ownedBy := make([]int32, len(c.names))
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if c.person(i) || !c.info(i).full {
			continue
		}
		for j, s := range e.Surfaces {
			if isAcronym(s) {
				own(owners, c.surfaceKey(i, j), i)
			}
		}
		id := c.nameOf[i]
		if r := int32(c.uf.find(i)) + 1; ownedBy[id] == r {
			continue
		} else {
			ownedBy[id] = r
		}
		ks := byName[id]
		if ks == nil {
			ks = acronymKeysOf(e.Name)
			byName[id] = ks
		}
		for _, k := range ks.owners {
			own(owners, k, i)
		}
		for _, k := range ks.pairs {
			own(pairs, k, i)
		}
	}
	var bare []int // acronyms only two initials can place
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if c.person(i) || !isAcronym(e.Name) {
			continue
		}
		if roots, ok := owners[c.nameKey(i)]; ok {
			if len(roots) == 1 {
				c.uf.union(i, roots[0])
			}
		} else if len(pairs[c.nameKey(i)]) == 1 {
			bare = append(bare, i)
		}
	}
	c.mergePairAcronyms(bare, pairs)
}

// acronymNameKeys returns the keys of the non-person names that are
// acronyms: the keys mergeAcronyms joins.
func (c *corpus) acronymNameKeys() map[string]bool {
	out := map[string]bool{}
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if !c.person(i) && isAcronym(e.Name) {
			out[c.nameKey(i)] = true
		}
	}
	return out
}

// nameAcronymKeys are the keys of the acronyms a name may go by, as
// mergeAcronyms weighs them: its club's acronyms and its initials of
// minInitials or more (owners), and its two initials (pairs).
type nameAcronymKeys struct{ owners, pairs []string }

// acronymKeysOf returns the acronym keys of name, in the order
// clubAcronyms and acronymsOf give them.
func acronymKeysOf(name string) *nameAcronymKeys {
	ks := &nameAcronymKeys{}
	for _, a := range clubAcronyms(name) {
		ks.owners = append(ks.owners, acronymKey(a))
	}
	as, ok := nameAcronymSets.peek(name)
	if !ok {
		// Taken once a name by the caller: the memo is left to Resolve.
		as = acronymsOf(name)
	}
	for _, a := range as {
		switch {
		case len(a) >= minInitials:
			ks.owners = append(ks.owners, acronymKey(a))
		case len(a) == 2 && isAcronym(a):
			ks.pairs = append(ks.pairs, acronymKey(a))
		}
	}
	return ks
}

// acronymKey is Key(a) of an acronym, without a look-up in Key's memo
// when a is one word of ASCII letters and digits with no "Mac" in it:
// Key of such a word is the word lowercased and folded by foldToken (it
// has no possessive, nickname, article or given name to drop or map).
func acronymKey(a string) string {
	if a == "" || !isASCIIAlnumWord(a) || strings.Contains(a, "Mac") {
		return Key(a)
	}
	return foldToken(strings.ToLower(a))
}

// isASCIIAlnumWord reports whether s holds only ASCII letters and digits.
func isASCIIAlnumWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIAlnum(s[i]) {
			return false
		}
	}
	return true
}

// mergePairAcronyms joins each two-letter acronym of bare to the one name
// with its initials in pairs, when their articles name another person or
// organisation in common: two letters alone are too weak a sign ("CZ" is
// no "Canada Zero").
func (c *corpus) mergePairAcronyms(bare []int, pairs map[string][]int) {
	if len(bare) == 0 {
		return
	}
	ev := c.newEvidence()
	for _, i := range bare {
		a, b := c.uf.find(i), c.uf.find(pairs[c.nameKey(i)][0])
		if a != b && ev.commonNeighbour(c, a, b, c.rootID) {
			ev.union(c, i, b)
		}
	}
}

// minInitials is how many initials a name needs for an acronym to join
// it by them alone: two letters stand for too many names.
const minInitials = 3

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// mergeTypeNoise joins the person and non-person entities of one name when
// one side is overwhelmingly more frequent and neither was joined to
// anything else (see Cluster).
func (c *corpus) mergeTypeNoise() {
	size, count := c.classSizes()
	var articles []int32
	for _, kp := range c.keyTypePairs() {
		k := kp.key
		pr, or := c.uf.find(kp.person), c.uf.find(kp.other)
		if pr == or || size[pr] != count[k] || size[or] != count[k&^1] {
			continue
		}
		if articles == nil {
			articles = c.articleCounts()
		}
		pa, oa := articles[pr], articles[or]
		if pa >= typeNoiseMin && pa >= typeNoiseRatio*oa || oa >= typeNoiseMin && oa >= typeNoiseRatio*pa {
			c.uf.union(pr, or)
		}
	}
	c.mergeMistypedCompanies(size, count)
}

// mergeMistypedCompanies joins a name tagged as a person to the company
// that other articles write with a legal form ("Baker Hughes" PERSON,
// "Baker Hughes Inc" ORG), when the company is in typeNoiseRatio times
// the articles (and at least typeNoiseMin) and the person side is that
// name alone, given no role ("Charles Schwab, the firm's founder" is a
// person of his own). size and count are mergeTypeNoise's.
func (c *corpus) mergeMistypedCompanies(size []int32, count []int32) {
	var articles []int32
	var roled map[int]bool // roots of clusters given a role, read once when needed
	for i := range c.ents {
		ni := c.info(i)
		if c.ents[i].Type != doc.Org || ni.orgKey == ni.key || ni.key < 0 {
			continue
		}
		k := int64(ni.orgKey)<<1 | 1
		p, ok := c.first[k]
		if !ok {
			continue
		}
		pr, or := c.uf.find(p), c.uf.find(i)
		if pr == or || size[pr] != count[k] {
			continue
		}
		if roled == nil {
			roled = map[int]bool{}
			for j := range c.ents {
				if len(c.ents[j].Roles) > 0 {
					roled[c.uf.find(j)] = true
				}
			}
			articles = c.articleCounts()
		}
		if pa, oa := articles[pr], articles[or]; !roled[pr] && oa >= typeNoiseMin && oa >= typeNoiseRatio*pa {
			c.uf.union(pr, or)
		}
	}
}

// designators are the legal forms a company's or a partnership's name
// may carry or drop ("Harker Lyle LLP", "Harker Lyle"), and the letters
// a football club's name carries or drops the same way ("Harbour City
// FC", "Harbour City"; "Valencia CF").
var designators = wordSet(`inc incorporated corp corporation co company ltd limited llc llp lp plc ag sa nv bv pty gmbh holdings group
	fc afc cf`)

// withoutDesignators drops the legal forms ending a name key ("aquarand
// holdings ltd" → "aquarand"), keeping at least one word.
func withoutDesignators(key string) string {
	toks := strings.Fields(key)
	n := len(toks)
	for n > 1 && designators[toks[n-1]] {
		n--
	}
	if n < len(toks) {
		n = withoutTradeWords(toks, n)
	}
	if n == len(toks) {
		return key
	}
	return strings.Join(toks[:n], " ")
}

// IsLegalForm reports whether word is a company's legal form ("plc",
// "Corp.", "GmbH"), which ends many names and alone names none.
func IsLegalForm(word string) bool {
	return designators[strings.ToLower(strings.Trim(word, ".,"))]
}

// WithoutLegalForm drops the legal forms ending a company's name as typed
// ("Castlegate Pharma plc" → "Castlegate Pharma", "Acme Corp." → "Acme"),
// keeping at least one word; a name without one comes back as it is.
func WithoutLegalForm(name string) string {
	words := strings.Fields(name)
	n := len(words)
	for n > 1 && designators[strings.ToLower(strings.Trim(words[n-1], ".,"))] {
		n--
	}
	if n == len(words) {
		return name
	}
	return strings.TrimRight(strings.Join(words[:n], " "), ",")
}

// mergeLegalForms joins organisations whose names differ only by a legal
// form ("Aquarand Holdings", "Aquarand"). Only organisations, and not when
// the name without its form is mostly a place's: "Brown Inc" is no
// spelling of a Mr Brown, nor "Chicago Corp" or "Japan Inc." of a place.
func (c *corpus) mergeLegalForms() {
	place, org := map[int32]int{}, map[int32]int{}
	for i := range c.ents {
		switch ni := c.info(i); c.ents[i].Type {
		case doc.Place:
			place[ni.key]++
		case doc.Org:
			org[ni.key]++
		}
	}
	first := map[int32]int{}
	for i := range c.ents {
		ni := c.info(i)
		if c.ents[i].Type != doc.Org || ni.key < 0 || ni.orgKey != ni.key && place[ni.orgKey] > org[ni.orgKey] {
			continue
		}
		if j, ok := first[ni.orgKey]; ok {
			c.uf.union(i, j)
		} else {
			first[ni.orgKey] = i
		}
	}
}

// mergeGivenPrefixes joins a two-word personal name to the one other
// with the same surname (and suffix) whose given name is its own plus one
// to three letters: "Thandi" for "Thandiwe" in another outlet. Given names
// under five letters ("Jean", "Jeanne") stay apart unless shortGivenPrefix
// allows them, and names that could extend to two different ones do.
func (c *corpus) mergeGivenPrefixes() {
	bySurname := map[string][]int{}
	for _, i := range c.representatives() {
		if ni := c.info(i); len(ni.toks) == 2 {
			k := ni.lastKey + "\x00" + ni.suffix
			bySurname[k] = append(bySurname[k], i)
		}
	}
	for _, reps := range bySurname {
		if len(reps) < 2 || len(reps) > maxVariantBucket {
			continue
		}
		for _, i := range reps {
			a := c.info(i).firstKey
			if len(a) < 4 {
				continue
			}
			match, longer := -1, map[string]bool{}
			for _, j := range reps {
				b := c.info(j).firstKey
				if len(b) > len(a) && len(b)-len(a) <= 3 && strings.HasPrefix(b, a) {
					match, longer[b] = j, true
				}
			}
			if len(longer) == 1 && (len(a) >= 5 || shortGivenPrefix(reps, a, c.info(match).firstKey)) {
				c.uf.union(i, match)
			}
		}
	}
}
