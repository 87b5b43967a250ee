package identity

import (
	"newsbot/extract/doc"

	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// transliterations are letters outlets swap when they spell a foreign
// surname in Latin letters, as keys write them (y is folded to i):
// Yerlikaya/Yerlikaja, Souza/Sousa, Kaya/Kaja, Kemal/Cemal.
var transliterations = map[[2]rune]bool{}

func init() {
	for _, p := range []string{"ij", "yj", "sz", "kc", "kq", "fv"} {
		r := []rune(p)
		transliterations[[2]rune{r[0], r[1]}] = true
		transliterations[[2]rune{r[1], r[0]}] = true
	}
}

// surnameVariant reports whether two surname keys can be one surname
// spelled two ways: one letter swapped for a letter outlets write for it
// ("yerlikaya", "yerlikaja"), one a part of the other's double-barrelled
// form ("okonjo", "okonjo reid"), "qv" written "qu" ("lindqvist",
// "lindquist"), a vowel left out inside ("kasik" of "Kaasik", "kask"), or
// an aspirate h left out after a consonant ("raghunathan", "ragunathan").
func surnameVariant(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	if partOf(a, b) || partOf(b, a) {
		return true
	}
	fa, fb := foldSpelling(a), foldSpelling(b)
	if min(utf8.RuneCountInString(fa), utf8.RuneCountInString(fb)) >= minFoldedSurname && (fa == fb || oneVowelMore(fa, fb) || oneVowelMore(fb, fa)) {
		return true
	}
	if min(utf8.RuneCountInString(fa), utf8.RuneCountInString(fb)) >= minFinalE && (fa+"e" == fb || fb+"e" == fa) {
		// "Renwick" and "Renwicke": a final e one outlet adds to a
		// longer surname ("Hart" and "Harte" are two).
		return true
	}
	if min(utf8.RuneCountInString(fa), utf8.RuneCountInString(fb)) >= minOtherVowelSurname && otherVowel(fa, fb) {
		// "Achterberg" and "Achterburg", "Gunnarsson" and
		// "Gunnarsen": one vowel written for another in a long
		// surname ("Hansen" and "Hanson" are two).
		return true
	}
	if min(utf8.RuneCountInString(fa), utf8.RuneCountInString(fb)) >= minFoldedSurname && (aspirateMore(fa, fb) || aspirateMore(fb, fa)) {
		// "Raghunathan" and "Ragunathan": an aspirate h after a
		// consonant that one romanisation writes and another drops.
		return true
	}
	return oneTransliteration(a, b)
}

// aspirateMore reports whether long is short with an "h" added inside it
// right after a consonant, neither first nor last: "raghunathan",
// "ragunathan"; "bhattacharya", "battacharya". "Smith" and "Smit" differ
// by a final h, which this is not.
func aspirateMore(long, short string) bool {
	at, r, n, ok := oneRuneMore(long, short)
	if !ok || r != 'h' || at < 1 || at >= n {
		return false
	}
	prev := []rune(short)[at-1]
	return prev >= 'a' && prev <= 'z' && !strings.ContainsRune("aeiouh", prev)
}

// minFoldedSurname is the shortest folded surname the looser variants
// apply to: "kask" yes, "tan" no.
const minFoldedSurname = 4

// minOtherVowelSurname is the shortest folded surname one vowel may be
// written for another in: "achterberg" (Achterberg) and "gunarson"
// (Gunnarsson) yes, "hansen" (Hansen) no.
const minOtherVowelSurname = 8

// minFinalE is the shortest surname a final e may be added to:
// "Renwick"/"Renwicke" yes, "Hart"/"Harte" no.
const minFinalE = 5

// foldSpelling writes "qv" as "qu", so that "Lindqvist" and "Lindquist"
// fold alike. Keys already write a doubled letter once ("Kaasik" is
// "kasik").
func foldSpelling(key string) string {
	return strings.ReplaceAll(key, "qv", "qu")
}

// oneVowelMore reports whether long is short with one vowel added inside
// it, neither first nor last ("kasik", "kask").
func oneVowelMore(long, short string) bool {
	at, r, n, ok := oneRuneMore(long, short)
	return ok && at > 0 && at < n && strings.ContainsRune("aeiou", r)
}

// oneRuneMore reports whether long is short with one letter r added at
// rune index at; n is short's length in runes.
func oneRuneMore(long, short string) (at int, r rune, n int, ok bool) {
	// Runes are counted as []rune makes them (an invalid byte is one) to
	// leave most pairs before they are copied.
	if n := utf8.RuneCountInString(short); utf8.RuneCountInString(long) != n+1 {
		return 0, 0, n, false
	}
	rl, rs := []rune(long), []rune(short)
	i := 0
	for i < len(rs) && rl[i] == rs[i] {
		i++
	}
	return i, rl[i], len(rs), string(rl[i+1:]) == string(rs[i:])
}

// oneTransliteration reports whether two keys of one length differ in one
// letter that outlets swap when they transliterate ("yerlikaya",
// "yerlikaja").
func oneTransliteration(a, b string) bool {
	if utf8.RuneCountInString(a) != utf8.RuneCountInString(b) || utf8.RuneCountInString(a) < 3 {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	diff, ok := oneDifference(ra, rb)
	return ok && transliterations[[2]rune{ra[diff], rb[diff]}]
}

// oneDifference returns the one index at which two rune slices of one
// length differ; ok is false when they differ at none or at several.
func oneDifference(ra, rb []rune) (diff int, ok bool) {
	if len(ra) != len(rb) {
		return 0, false
	}
	diff = -1
	for i := range ra {
		if ra[i] != rb[i] {
			if diff >= 0 {
				return 0, false
			}
			diff = i
		}
	}
	return diff, diff >= 0
}

// partOf reports whether the one-word key a is a part of the
// double-barrelled key b.
func partOf(a, b string) bool {
	if strings.Contains(a, " ") || strings.IndexFunc(b, unicode.IsSpace) < 0 {
		return false // b is one field or none
	}
	parts := strings.Fields(b)
	return len(parts) >= 2 && !strings.Contains(a, " ") && slices.Contains(parts, a)
}

// mergeSpellings joins two personal names with the same given name whose
// surnames are spelled two ways (see surnameVariant), when the articles
// give some other sign they are one person: a role word both are given
// ("Interior Minister"), or another entity named in articles of both. Two
// "Ana Souza"/"Ana Sousa" of unrelated stories stay apart.
func (c *corpus) mergeSpellings() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if ni.suffix == "" && ni.firstKey != "" {
			buckets[ni.firstKey] = append(buckets[ni.firstKey], i)
		}
	}
	c.mergeOnEvidence(buckets, c.spelledAlike, false)
}

// mergeOnEvidence joins, within each bucket of up to maxVariantBucket
// names, two names alike says may be one, on the evidence that they are
// (evidence.shared: a role word both are given or another entity named in
// articles of both). With apartInArticle, names an article uses side by
// side are two people there, and stay apart.
func (c *corpus) mergeOnEvidence(buckets map[string][]int, alike func(i, j int) bool, apartInArticle bool) {
	c.mergeOnEvidenceBy(buckets, alike, apartInArticle, (*evidence).shared)
}

// mergeOnEvidenceBy is mergeOnEvidence with the evidence enough asks for.
func (c *corpus) mergeOnEvidenceBy(buckets map[string][]int, alike func(i, j int) bool, apartInArticle bool,
	enough func(ev *evidence, c *corpus, a, b int) bool) {
	var ev *evidence
	for _, reps := range buckets {
		if len(reps) < 2 || len(reps) > maxVariantBucket {
			continue
		}
		for x, i := range reps {
			for _, j := range reps[x+1:] {
				if c.uf.find(i) == c.uf.find(j) || !alike(i, j) {
					continue
				}
				if ev == nil {
					ev = c.newEvidence()
				}
				a, b := c.uf.find(i), c.uf.find(j)
				if (!apartInArticle || !ev.sameArticle(c, a, b)) && enough(ev, c, a, b) {
					ev.union(c, i, j)
				}
			}
		}
	}
}

// spelledAlike reports whether the surnames of entities i and j can be one
// surname spelled two ways (see surnameVariant), "Mc Allister" written
// apart or together.
func (c *corpus) spelledAlike(i, j int) bool {
	a, b := c.info(i).lastKey, c.info(j).lastKey
	ja, jb := joinedSurname(c.info(i).toks, a), joinedSurname(c.info(j).toks, b)
	return a != b && ja == jb || surnameVariant(ja, jb)
}

// joinedSurname returns the key of a surname written with "Mc" or "Mac"
// or a particle apart ("Declan Mc Allister" gives "mcallister", "Ilse Van
// Tongeren" "vantongeren"), else key.
func joinedSurname(toks []string, key string) string {
	n := len(toks)
	if n >= 3 && joinableParticles[strings.ToLower(toks[n-2])] {
		// "Ilse Van Tongeren", "Ilse Vantongeren".
		return tokenKey(toks[n-2] + toks[n-1])
	}
	if n < 3 || toks[n-2] != "Mc" && toks[n-2] != "Mac" {
		return key
	}
	return tokenKey(foldMac(toks[n-2] + toks[n-1]))
}

// joinableParticles are the particles of European surnames that outlets
// write apart from the name or joined to it: "Van Tongeren" and
// "Vantongeren", "De Luca" and "DeLuca".
var joinableParticles = wordSet(`van von de da di du la le del della der den ter ten dos das do`)

// evidence indexes the entities of each article and the members of each
// set of entities.
type evidence struct {
	byArticle [][]int // by article id
	// The members of the set rooted at r are all[at[r]:at[r]+n[r]], in
	// input order (none for an entity that roots no set), unless a union
	// since made them joined[r]: one array of integers and two of
	// offsets, which the garbage collector need not scan, rather than a
	// slice for every entity.
	all    []int
	at, n  []int32
	joined map[int][]int
}

// members returns the entities of the set rooted at r, in a slice of
// full capacity: appending to it copies it.
func (ev *evidence) members(r int) []int {
	if ev.joined != nil {
		if m, ok := ev.joined[r]; ok {
			return m
		}
	}
	from, to := int(ev.at[r]), int(ev.at[r])+int(ev.n[r])
	return ev.all[from:to:to]
}

// newEvidence indexes the entities as the sets stand now. The entities
// of each article are indexed once for every evidence, which only reads
// them; each set's members are laid out in one array, set after set in
// the order of their roots.
func (c *corpus) newEvidence() *evidence {
	ev := &evidence{byArticle: c.articleEntities(), all: make([]int, len(c.ents)), at: make([]int32, len(c.ents)), n: make([]int32, len(c.ents))}
	roots := make([]int32, len(c.ents))
	for i := range c.ents {
		r := c.uf.find(i)
		roots[i] = int32(r)
		ev.n[r]++
	}
	at := int32(0)
	for r, n := range ev.n {
		ev.at[r] = at
		at += n
	}
	// n counts the members again as they are laid out.
	clear(ev.n)
	for i, r := range roots {
		ev.all[ev.at[r]+ev.n[r]] = i
		ev.n[r]++
	}
	return ev
}

// articleEntities returns the entities of each article by article id,
// indexed once: no union changes them, and callers only read them.
func (c *corpus) articleEntities() [][]int {
	if c.counted.byArticle == nil {
		byArticle := make([][]int, c.narts)
		for i := range c.ents {
			byArticle[c.article[i]] = append(byArticle[c.article[i]], i)
		}
		c.counted.byArticle = byArticle
	}
	return c.counted.byArticle
}

// union joins the sets of i and j and their members.
func (ev *evidence) union(c *corpus, i, j int) {
	ri, rj := c.uf.find(i), c.uf.find(j)
	members := append(ev.members(ri), ev.members(rj)...)
	if ev.joined == nil {
		ev.joined = map[int][]int{}
	}
	ev.joined[ri], ev.joined[rj] = nil, nil
	c.uf.union(i, j)
	ev.joined[c.uf.find(i)] = members
}

// shared reports whether the entities rooted at a and b have a role word
// in common or appear in articles that name a third person or
// organisation in common.
func (ev *evidence) shared(c *corpus, a, b int) bool {
	return ev.sharedRoleWord(c, a, b) || ev.commonNeighbour(c, a, b, c.nameID)
}

// commonNeighbour reports whether articles of the entities rooted at a and
// articles of those rooted at b name a third person or organisation in
// common, told apart by id: c.nameID for one name, c.rootID for one
// entity by any of its names ("Jensen" is "Mara Jensen").
func (ev *evidence) commonNeighbour(c *corpus, a, b int, id func(k int) int64) bool {
	near := ev.neighbours(c, a, a, b, id)
	for k := range ev.neighbours(c, b, a, b, id) {
		if near[k] {
			return true
		}
	}
	return false
}

// nameID tells entity k by its name's key and whether it is a person.
func (c *corpus) nameID(k int) int64 {
	key := int64(c.info(k).key) << 1
	if c.person(k) {
		key |= 1
	}
	return key
}

// rootID tells entity k by the set it has joined.
func (c *corpus) rootID(k int) int64 { return int64(c.uf.find(k)) }

// neighbours returns the ids of the entities, other than those rooted at
// a or b, named in the articles of the entities rooted at root.
func (ev *evidence) neighbours(c *corpus, root, a, b int, id func(k int) int64) map[int64]bool {
	out := map[int64]bool{}
	seen := map[int32]bool{}
	for _, i := range ev.members(root) {
		art := c.article[i]
		if seen[art] {
			continue
		}
		seen[art] = true
		for _, k := range ev.byArticle[art] {
			// A place says little: two people of one country are
			// not one person.
			if r := c.uf.find(k); r == a || r == b || c.info(k).key < 0 || c.ents[k].Type == doc.Place || c.ents[k].Type == doc.Other {
				continue
			}
			out[id(k)] = true
		}
	}
	return out
}

// roleWordForms fold the forms of one role word: a chairwoman and a chair
// hold one office.
var roleWordForms = map[string]string{
	"chairwoman": "chair", "chairman": "chair", "chairperson": "chair", "ceo": "executive",
}

// roleWords returns the role nouns of a normalised role: "shopkeeper" of
// "52-year-old shopkeeper in puturge", "minister" of "interior minister".
func roleWords(norm string) []string {
	var out []string
	for _, w := range strings.Fields(norm) {
		b := bare(w)
		if !roleHeads[b] || honorifics[b] {
			continue
		}
		if f, ok := roleWordForms[b]; ok {
			b = f
		}
		out = append(out, b)
	}
	return out
}

// minGivenVariant is the shortest given name a silent letter may be
// added to: "Mairi" and "Mhairi" yes, "Jon" and "John" no.
const minGivenVariant = 4

// givenVariant reports whether two given-name keys can be one name spelled
// two ways: an "h" after the first letter that one spelling writes and
// the other drops, as Gaelic names are spelt ("mairi", "mhairi";
// "morag", "mhorag"), or one letter outlets swap when they transliterate
// ("elisabet", "elizabet").
// An "h" in front is no such letter: Anna and Hanna are two names. Nor
// is the given name's language: "Pieter" and "Peter" (keys "piter",
// "peter"), "Ilse" and "Ilsa" write one vowel for another, and "Karl"
// and "Karol" one vowel more; each is one person's name in two outlets
// when the evidence says so. So are a "w" or a "y" between two vowels
// ("Iowane", "Ioane").
func givenVariant(a, b string) bool {
	if a == b || min(utf8.RuneCountInString(a), utf8.RuneCountInString(b)) < minGivenVariant {
		return false
	}
	return oneLetterMore(a, b, 'h') || oneLetterMore(b, a, 'h') || oneTransliteration(a, b) ||
		oneVowelMore(a, b) || oneVowelMore(b, a) || otherVowel(a, b) || oneGlideMore(a, b) || oneGlideMore(b, a)
}

// oneGlideMore reports whether long is short with a "w" (keyed "v") or a
// "y" added between two vowels, as outlets write a Pacific or an African
// name ("iovane", "ioane").
func oneGlideMore(long, short string) bool {
	at, r, n, ok := oneRuneMore(long, short)
	if !ok || at == 0 || at >= n || !strings.ContainsRune("wvy", r) {
		return false
	}
	rl := []rune(long)
	return strings.ContainsRune("aeiou", rl[at-1]) && strings.ContainsRune("aeiou", rl[at+1])
}

// otherVowel reports whether two keys of one length differ in one letter
// after the first, a vowel in both ("piter", "peter"; "ilse", "ilsa").
func otherVowel(a, b string) bool {
	if utf8.RuneCountInString(a) != utf8.RuneCountInString(b) {
		return false // oneDifference asks for one length
	}
	ra, rb := []rune(a), []rune(b)
	diff, ok := oneDifference(ra, rb)
	return ok && diff > 0 && strings.ContainsRune("aeiou", ra[diff]) && strings.ContainsRune("aeiou", rb[diff])
}

// oneLetterMore reports whether long is short with the letter l added
// inside or at its end, never first ("mhairi", "mairi").
func oneLetterMore(long, short string, l rune) bool {
	at, r, _, ok := oneRuneMore(long, short)
	return ok && at > 0 && r == l
}

// mergeGivenSpellings joins two personal names that differ only in a
// given name spelled two ways (see givenVariant), "Mairi Campbell" in one
// outlet and "Mhairi Campbell" in another, on the evidence
// mergeSpellings asks for: a role word both are given or another entity
// named in articles of both. Names an article uses side by side are two
// people there, and stay apart.
func (c *corpus) mergeGivenSpellings() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if ni.suffix == "" && len(ni.toks) >= 2 {
			// "Marta Lindqvist" and "Martha Lindquist": the surname
			// folded as mergeSpellings folds it.
			k := foldSpelling(restKey(ni.toks))
			buckets[k] = append(buckets[k], i)
		}
	}
	c.mergeOnEvidence(buckets, func(i, j int) bool { return givenVariant(c.info(i).firstKey, c.info(j).firstKey) }, true)
}

// restKey is the key of a name's tokens after the given name: "campbell"
// of "Mhairi Campbell".
func restKey(toks []string) string {
	keys := make([]string, 0, len(toks)-1)
	for _, t := range toks[1:] {
		keys = append(keys, tokenKey(t))
	}
	return strings.Join(keys, " ")
}
