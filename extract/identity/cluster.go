package identity

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// DocEntity is one entity of one article, as Resolve named it there.
type DocEntity struct {
	Article  string
	Source   string
	Name     string // canonical name in that article
	Type     doc.EntityType
	Surfaces []string // the spelling of every mention, repeats kept
	Mentions int
	// Published is the article's publication date as YYYY-MM-DD, empty
	// when unknown: of two spellings used as often, the earlier article's
	// names the person.
	Published string
	Roles     []string // the roles the article gives a person, normalised (Role.Norm)
}

// Entity is one real person, organisation or place across the corpus.
type Entity struct {
	Name    string
	Type    doc.EntityType
	Aliases []string // every other spelling seen, surname-only forms included
	Members []int    // indexes into Cluster's input
}

const (
	// surnameDominance is how many times more articles the leading full
	// name with a surname must have than all other full names with that
	// surname together before a bare surname is given to it, and
	// dominanceMinArticles how many it needs at least. Below that a bare
	// surname shared by several people stays its own entity. How often the
	// bare surname itself occurs does not matter: news writes the best
	// known bearer by surname alone far more often than in full ("Reagan"
	// in hundreds of stories, "Ronald Reagan" in dozens), so its count says
	// nothing about which person it is.
	surnameDominance     = 3
	dominanceMinArticles = 2
	// maxVariantBucket bounds the names compared pairwise for extra given
	// names; a larger first+last name bucket only merges by key.
	maxVariantBucket = 64
	// typeNoiseRatio and typeNoiseMin set when a name seen as both a
	// person and a non-person is taken as one entity mistyped by the
	// tagger: the majority side needs this many times the minority's
	// articles, and at least typeNoiseMin articles.
	typeNoiseRatio = 5
	typeNoiseMin   = 3
)

// nameInfo holds the keys of one distinct name string.
type nameInfo struct {
	name              string
	key               int32  // interned Key, -1 for an empty key
	keyText           string // Key of name
	orgKey            int32  // interned Key without legal forms ("aquarand" for "Aquarand Holdings")
	lastKey, firstKey string
	suffix            string
	toks              []string
	full              bool
	caps              bool // written in capitals: a dateline or headline
}

// corpus is Cluster's working state: names, keys and articles interned to
// small integers so that the passes over millions of entities touch
// slices, not string maps.
type corpus struct {
	ents    []DocEntity
	names   []nameInfo
	nameOf  []int32 // entity → name id
	article []int32 // entity → article id
	narts   int
	nkeys   int // interned keys: nameInfo.key and orgKey are below it
	uf      *unionFind
	first   map[int64]int // (key << 1 | person) → first entity with it
	// typePairs are the keys of first with both classes (see
	// keyTypePairs), nil until asked for.
	typePairs []keyTypePair
	orgPairs  []bool // see orgKeys, nil until asked for
	// reps are the representatives once repsDone says they are listed.
	reps     []int
	repsDone bool
	// Spellings (names and surfaces, white space squashed) interned:
	// entity i's surfaces are spell[surfAt[i]:surfAt[i+1]].
	spellings []string
	nameSpell []int32 // name id → spelling id
	spell     []int32
	surfAt    []int32
	// spellLast is lastTokenKey of each spelling once spellLastDone says
	// it is taken (see spellingLastKey).
	spellLast     []string
	spellLastDone []bool
	// spellKey is Key of each spelling once spellKeyDone says it is
	// taken (see spellingKey).
	spellKey     []string
	spellKeyDone []bool
	retype       map[int]doc.EntityType // entity → the type it takes in its cluster, when not its own (see mergeBareStorms)
	// artsInOrder: each article's entities are together in the input,
	// articles in order of first appearance (as a corpus lists them).
	artsInOrder bool
	people      []bool // entity → a person (the tagger's type)
	// sharedSurnames are the bare surnames mergeSurnames left apart
	// because several people bore them then (see mergeLateSurnames).
	sharedSurnames []sharedSurname
	counted        countCache
}

// countCache keeps what the merges count of the sets (see articleCounts,
// classSizes, newEvidence) while no union changes them: several merges in
// a row that join nothing count the same. The counts are read, never
// written, by those who ask for them.
type countCache struct {
	articles, sizes     []int32
	articlesAt, sizesAt int     // the unionFind.joins they were counted at
	keys                []int32 // entities by (key << 1 | person): no union changes them
	byArticle           [][]int // entities by article: neither
}

// Cluster joins the entities of many articles into corpus entities:
//   - names with the same Key are one entity (transliterations, diacritics,
//     diminutive given names: Zelensky/Zelenskyy, Steve/Steven Witkoff);
//   - a personal name with extra given names joins the shorter one with the
//     same first and last names (Vladimir Vladimirovich Putin);
//   - a company's name with and without its legal form is one entity
//     ("Aquarand Holdings", "Aquarand"; "Reuters Holdings PLC");
//   - a personal name joins the one other with the same surname whose given
//     name extends its own by a few letters ("Thandi Mokoena", "Thandiwe
//     Mokoena"), for given names of five letters or more;
//   - a personal name joins one with the same given name and a surname
//     spelled another way ("Ali Yerlikaya", "Ali Yerlikaja"; "Sarah
//     Okonjo", "Sarah Okonjo-Reid") when the articles share a role word or
//     another entity (see mergeSpellings);
//   - a two-word personal name joins one with the same given name and
//     two neighbouring letters of the surname swapped ("Danny Okonkow",
//     "Danny Okonkwo") when an article of one also names a person by the
//     other's surname, on the same evidence (see mergeTransposedSpellings);
//   - a two-word personal name with a hyphenated given name joins the
//     same words in the other order ("Park Ji-won", "Ji-won Park") on
//     the same evidence (see mergeReversedNames);
//   - a personal name joins one that differs only by a given name spelled
//     another way ("Mairi Campbell", "Mhairi Campbell") on the same
//     evidence and when no article names both (see mergeGivenSpellings);
//   - a two-word personal name joins one with the same surname and a
//     given name that sounds alike ("Sean Brennan", "Shaun Brennan") when
//     both are given a role word, no sex table sets them apart and no
//     article names both (see mergeSoundAlikeGivens);
//   - a personal name joins one of the same loose key, spelled by another
//     romanisation ("Salem Al Harthy", "Salim al-Harthi"; "Zhang
//     Wei-ming", "Zhang Weiming"), on the same evidence and when no
//     article names both (see mergeTransliterations);
//   - a two-word personal name joins the one longer name it shortens to
//     its last two words or its first two ("García Márquez", "Íñigo
//     Arrieta" of a Spanish double surname) when the articles share a role
//     word or another entity (see mergeSurnamePairs);
//   - a one-word organisation joins the one organisation whose name ends
//     with it when an article names both ("Rovers", "Castleford Rovers");
//   - a bare surname joins the one full name with that surname; when several
//     people share it, it stays its own entity, unless one of them has
//     surnameDominance times the articles (or the mentions, with more
//     articles) of all the others together, however many articles the
//     bare surname itself is in;
//   - a person never merges with an organisation or a place (those merge
//     with each other by key, "Kremlin" ORG and PLACE being one);
//   - the exception is tagger noise: when one name is a person in a handful
//     of articles and a place or organisation in typeNoiseRatio times as
//     many (or the other way round), and neither side was joined to any
//     other name, the minority joins the majority ("Kyiv" tagged PERSON
//     once, PLACE everywhere else);
//   - a person's name of two words or more joins the organisation of the
//     name in more articles that some article gave its initials ("Blue
//     Horizon", "BH"; see mergeInitialledBodies);
//   - a one-word person's name joins the place or organisation of the
//     name in more articles when the articles write a word for its
//     people ("Kestria", "Kestrian"; see mergeDemonymPlaces);
//   - a two-word name opening with a known given name joins its person
//     when more articles (two at least) name the person than the place,
//     and the place was joined to no other name ("Jordan Ellery" read as
//     a place once; see mergeGivenNamedPeople);
//   - a one-word name, of a person or of no listed place, that is the
//     given name of one person of the corpus and the surname of none joins
//     that person when their articles name another person in common
//     ("Ines" in a quotation, "Ines Calloway" in full elsewhere; see
//     mergeLoneGivenNames);
//   - a one-word name taken for a place, of no listed place, that is the
//     surname of one person of the corpus joins that person when its
//     articles and those naming the person in full name another person in
//     common ("Mbeki" in a match report,
//     "Tom Mbeki" in full elsewhere; see mergeLoneSurnamePlaces);
//   - a name with lower-case particles inside ("Amélie de Vautrin-Bois")
//     joins its person on the same terms, whatever the other type (see
//     mergeParticleNamedPeople);
//   - a one-word name joins the one person some article gives it as a
//     nickname in quotation marks (`Danny "Boots" Okonkwo`) when their
//     articles name another person or organisation in common (see
//     mergeNicknames);
//   - a short name of two words or more joins the one organisation whose
//     name it opens in an article that wrote both ("Calder Ridge",
//     "Calder Ridge Resources"; see mergeDeclaredShortNames);
//   - an office's name ("Office of the Data Protection Commissioner")
//     joins the office-holder's title named as an organisation when some
//     article gave each the same acronym (see mergeOfficeBodies);
//   - an acronym ("EU") joins the one organisation or place that some
//     article spelled out with it ("European Union" with surface "EU"),
//     or else whose name has its initials: three or more of them alone,
//     two when their articles name another entity in common (see
//     mergeAcronyms);
//   - a bare surname that several full names bore when surnames were
//     joined joins them once other evidence made them one person ("Tam
//     Brannigan", "Thomas Brannigan"), unless the roles given set them
//     apart (see mergeLateSurnames);
//   - a one-word name joins the one storm whose name ends with it when
//     no other name uses the word ("Delphine", "Hurricane Delphine"; see
//     mergeBareStorms).
//
// The display name is the most frequent full form by mentions (ties: more
// articles, then longer); a person's is the full form most mentions use,
// a bare surname voting for the full forms it ends (ties: more outlets,
// then the earliest article; see personNames). An organisation's
// aliases leave out a town that opens its name and that the corpus names
// as a place in more articles ("Harwick" of "Harwick Athletic"; see
// dropPlaceOpeners). The type is the majority by mentions. Entities with an empty key are left out. Work is linear in
// the input apart from sorting the output: names are indexed by key,
// surname key and first+last key, never compared across the corpus.
func Cluster(ents []DocEntity) []Entity {
	c := newCorpus(ents)
	c.retypeBodyPlaces()
	c.mergeKeys()
	c.mergeJoinedInitials()
	c.mergeLegalForms()
	c.mergeAirlineNames()
	c.mergeSectorShortNames()
	c.mergeVariants()
	c.mergeGivenPrefixes()
	c.mergeSpellings()
	c.mergeTransposedSpellings()
	c.mergeReversedNames()
	c.mergeInsertedLetters()
	c.mergeGivenSpellings()
	c.mergeSoundAlikeGivens()
	c.mergeTransliterations()
	c.mergeSurnamePairs()
	c.mergeOrgLastWords()
	c.mergeChamberCommittees()
	c.mergeDeclaredOrgNames()
	c.mergeDeclaredOneWordAliases()
	c.mergeSurnames()
	c.mergeOfficeBodies()
	c.mergeAcronyms()
	c.mergeTypeNoise()
	c.mergeInitialledBodies()
	c.mergeDemonymPlaces()
	c.mergeGivenNamedPeople()
	c.mergeLoneGivenNames()
	c.mergeLoneSurnamePlaces()
	c.mergeOneLetterSurnames()
	c.mergeOneLetterInitialled()
	c.mergeParticleNamedPeople()
	c.mergeParticleGivenNames()
	c.mergeMistypedFullNames()
	c.mergeLostGivenNames()
	c.mergeNicknames()
	c.mergeSharedHandles()
	c.mergeFormerNames()
	c.mergeDeclaredShortNames()
	c.mergeSponsorOpeners()
	c.mergeGenericNames()
	c.mergeTickerShortNames()
	c.mergeCountryForms()
	c.mergeLateSurnames()
	c.mergeBareStorms()
	return c.collect()
}

func newCorpus(ents []DocEntity) *corpus {
	c := &corpus{ents: ents, nameOf: make([]int32, len(ents)), article: make([]int32, len(ents)), uf: newUnionFind(len(ents))}
	// A corpus has about a third as many distinct names as entities, and
	// a few spellings of each.
	nameIDs := make(map[string]int32, len(ents)/2)
	keyIDs := make(map[string]int32, len(ents)/2)
	artIDs := map[string]int32{}
	spellIDs := make(map[string]int32, len(ents)/2)
	intern := func(s string) int32 {
		id, ok := spellIDs[s]
		if !ok {
			id = int32(len(c.spellings))
			sq := squash(s)
			if j, ok := spellIDs[sq]; ok {
				id = j
			} else {
				spellIDs[sq] = id
				c.spellings = append(c.spellings, sq)
			}
			spellIDs[s] = id
		}
		return id
	}
	c.surfAt = make([]int32, 0, len(ents)+1)
	c.people = make([]bool, len(ents))
	// The tables are sized once rather than grown, which copies them
	// (names and spellings as the maps above; one spelling per surface).
	nsurf := 0
	for i := range ents {
		nsurf += len(ents[i].Surfaces)
	}
	c.spell = make([]int32, 0, nsurf)
	c.names = make([]nameInfo, 0, len(ents)/2)
	c.nameSpell = make([]int32, 0, len(ents)/2)
	c.spellings = make([]string, 0, len(ents)/2)
	a, prevArticle := int32(-1), ""
	for i := range ents {
		e := &ents[i] // read in place: an entity is large to copy
		c.people[i] = e.Type == doc.Person
		id, ok := nameIDs[e.Name]
		if !ok {
			id = int32(len(c.names))
			nameIDs[e.Name] = id
			c.names = append(c.names, newNameInfo(e.Name, keyIDs))
			c.nameSpell = append(c.nameSpell, intern(e.Name))
		}
		c.nameOf[i] = id
		c.surfAt = append(c.surfAt, int32(len(c.spell)))
		for _, sf := range e.Surfaces {
			// Most mentions spell the name itself, interned above.
			if sf == e.Name {
				c.spell = append(c.spell, c.nameSpell[id])
				continue
			}
			c.spell = append(c.spell, intern(sf))
		}
		// An article's entities mostly come together: the one before
		// is often of the same article.
		if a < 0 || e.Article != prevArticle {
			var ok bool
			if a, ok = artIDs[e.Article]; !ok {
				a = int32(len(artIDs))
				artIDs[e.Article] = a
			}
			prevArticle = e.Article
		}
		c.article[i] = a
	}
	c.surfAt = append(c.surfAt, int32(len(c.spell)))
	c.narts = len(artIDs)
	c.nkeys = len(keyIDs)
	c.artsInOrder = true
	for i := 1; i < len(c.article); i++ {
		if c.article[i] < c.article[i-1] {
			c.artsInOrder = false
			break
		}
	}
	return c
}

func newNameInfo(name string, keyIDs map[string]int32) nameInfo {
	// Resolve has keyed most names already: one look-up finds Key,
	// lastTokenKey, nameSuffix and nameTokens of the name; the others
	// are keyed here, once each, as the corpus keeps them.
	nk := formKeysOf(name)
	toks := nk.toks
	ni := nameInfo{name: name, key: -1, orgKey: -1, suffix: nk.suffix, toks: toks, full: len(toks) >= 2, caps: allCaps(name)}
	ni.lastKey = nk.last
	if k := nk.key; k != "" {
		ni.keyText = k
		id, ok := keyIDs[k]
		if !ok {
			id = int32(len(keyIDs))
			keyIDs[k] = id
		}
		ni.key = id
		ni.orgKey = id
		if ok := orgNameKey(name, k); ok != k && ok != "" {
			oid, seen := keyIDs[ok]
			if !seen {
				oid = int32(len(keyIDs))
				keyIDs[ok] = oid
			}
			ni.orgKey = oid
		}
	}
	if ni.full {
		ni.firstKey = givenKey(toks[0])
	}
	return ni
}

// surfaceKey is Key of entity i's surface j, taken once a spelling: a
// surface written as its spelling (with no white space to squash, as
// nearly all are) is keyed by it, any other as written.
func (c *corpus) surfaceKey(i, j int) string {
	s := c.ents[i].Surfaces[j]
	sp := c.spell[int(c.surfAt[i])+j]
	if c.spellings[sp] != s {
		return Key(s)
	}
	return c.spellingKey(sp)
}

// spellingKey is Key of spelling sp, kept by the corpus: a name's
// spelling is the name and has its key already; any other is keyed the
// first time it is asked for.
func (c *corpus) spellingKey(sp int32) string {
	if c.spellKey == nil {
		c.spellKey = make([]string, len(c.spellings))
		c.spellKeyDone = make([]bool, len(c.spellings))
		for id, n := range c.names {
			if ns := c.nameSpell[id]; c.spellings[ns] == n.name {
				c.spellKey[ns], c.spellKeyDone[ns] = n.keyText, true
			}
		}
	}
	if !c.spellKeyDone[sp] {
		s := c.spellings[sp]
		k, ok := keys.peek(s)
		if !ok {
			k = key(s)
		}
		c.spellKey[sp], c.spellKeyDone[sp] = k, true
	}
	return c.spellKey[sp]
}

func (c *corpus) info(i int) *nameInfo { return &c.names[c.nameOf[i]] }

// nameKey is Key of entity i's name, taken once for each distinct name.
func (c *corpus) nameKey(i int) string { return c.names[c.nameOf[i]].keyText }

func (c *corpus) person(i int) bool { return c.people[i] }

// mergeKeys joins entities whose names share a key and a class (person or
// not). Afterwards the first entity of each (class, key) represents it.
func (c *corpus) mergeKeys() {
	first := map[int64]int{}
	c.first = first
	for i := range c.ents {
		ni := c.info(i)
		if ni.key < 0 {
			continue
		}
		k := int64(ni.key) << 1
		if c.person(i) {
			k |= 1
		}
		if j, ok := first[k]; ok {
			c.uf.union(i, j)
		} else {
			first[k] = i
		}
	}
}

// keyUses counts the articles' person names by key.
func (c *corpus) keyUses() map[int32]int {
	uses := map[int32]int{}
	for i := range c.ents {
		if ni := c.info(i); c.person(i) && ni.key >= 0 {
			uses[ni.key]++
		}
	}
	return uses
}

// comparable reports whether a name with a generational suffix and the
// same name without it are used about as often, as two outlets' names for
// one person are. A name without the suffix used far more often is a
// famous father ("T. Boone Pickens" beside a few "T. Boone Pickens III"),
// not the son written without his suffix.
func comparable(uses map[int32]int, a, b *nameInfo) bool {
	plain, suffixed := a, b
	if plain.suffix != "" {
		plain, suffixed = b, a
	}
	return uses[plain.key] <= 2*uses[suffixed.key]+1
}

// suffixRivals returns the first+last name buckets in which a generational
// suffix tells two people apart: two different suffixes ("Jr", "Sr"), or
// an article naming one person with a suffix and another with the same
// name without it or with another ("Donald Trump Jr." beside "Donald
// Trump").
func (c *corpus) suffixRivals() map[string]bool {
	type artBucket struct {
		article int32
		fk      string
	}
	rivals := map[string]bool{}
	suffixOf := map[string]string{}     // bucket → its one non-empty suffix
	inArticle := map[artBucket]string{} // the suffix an article gave the bucket
	for i := range c.ents {
		ni := c.info(i)
		if !c.person(i) || !ni.full || ni.key < 0 {
			continue
		}
		fk := ni.firstKey + "\x00" + ni.lastKey
		if ni.suffix != "" {
			if s, ok := suffixOf[fk]; ok && s != ni.suffix {
				rivals[fk] = true
			}
			suffixOf[fk] = ni.suffix
		}
		ab := artBucket{c.article[i], fk}
		if s, ok := inArticle[ab]; ok && s != ni.suffix {
			rivals[fk] = true
		}
		inArticle[ab] = ni.suffix
	}
	return rivals
}

// representatives returns one entity per distinct (person, key) with a full
// personal name, in input order. They depend on the names and the types
// alone, which no merge changes (see retypeBodyPlaces): they are listed
// once, and callers only read them.
func (c *corpus) representatives() []int {
	if c.repsDone {
		return c.reps
	}
	seen := make([]bool, len(c.names))
	var reps []int
	for i := range c.ents {
		id := c.nameOf[i]
		if seen[id] || !c.person(i) || !c.names[id].full || c.names[id].key < 0 {
			continue
		}
		seen[id] = true
		reps = append(reps, i)
	}
	c.reps, c.repsDone = reps, true
	return reps
}

// mergeVariants joins, within each first+last name bucket, a name with the
// unique longer name it is a sub-sequence of ("Vladimir Putin" and
// "Vladimir Vladimirovich Putin"). A name compatible with two different
// longer names stays apart: it could be either. A generational suffix
// splits no one ("Marcus J. Whitfield Jr.", "Marcus Whitfield") unless it
// tells a father from a son: the bucket holds both a Jr and a Sr, or one
// article names the person with and without the suffix.
func (c *corpus) mergeVariants() {
	rivals := c.suffixRivals()
	uses := c.keyUses()
	buckets := map[string][]int{}
	keySeen := map[int32]bool{}
	for _, i := range c.representatives() {
		ni := c.info(i)
		if keySeen[ni.key] {
			continue
		}
		keySeen[ni.key] = true
		fk := ni.firstKey + "\x00" + ni.lastKey
		buckets[fk] = append(buckets[fk], i)
	}
	for _, reps := range buckets {
		if len(reps) < 2 || len(reps) > maxVariantBucket {
			continue
		}
		sort.Slice(reps, func(a, b int) bool {
			na, nb := c.info(reps[a]), c.info(reps[b])
			if len(na.toks) != len(nb.toks) {
				return len(na.toks) > len(nb.toks)
			}
			return reps[a] < reps[b]
		})
		fk := c.info(reps[0]).firstKey + "\x00" + c.info(reps[0]).lastKey
		var heads []int
		for _, i := range reps {
			match, n := -1, 0
			for _, h := range heads {
				a, b := c.info(i), c.info(h)
				if (a.suffix == b.suffix || !rivals[fk] && comparable(uses, a, b)) && compatible(a.toks, b.toks) {
					match, n = h, n+1
				}
			}
			if n == 1 {
				c.uf.union(i, match)
				continue
			}
			heads = append(heads, i)
		}
	}
}

// mergeDeclaredShortNames joins an organisation named by a short name of
// two words or more to the one organisation or place that some article
// wrote with that name as the opening words of its own: "Calder Ridge"
// joins "Calder Ridge Resources" once a release declared it ("Calder
// Ridge Resources (NYSE: CRR) ("Calder Ridge")"). A short name that
// opens two different names stays apart, and a name sharing only a first
// word ("Calder Bank") never joins.
func (c *corpus) mergeDeclaredShortNames() {
	owners := map[string][]int{} // short name's key → distinct roots
	for i := range c.ents {
		e := &c.ents[i] // read in place: an entity is large to copy
		if c.person(i) || len(c.info(i).toks) < 3 {
			continue
		}
		for j, s := range e.Surfaces {
			// The name itself opens nothing: most surfaces are it.
			if len(s) >= len(e.Name) || e.Name[len(s)] != ' ' || !strings.HasPrefix(e.Name, s) || len(strings.Fields(s)) < 2 {
				continue
			}
			if k := c.surfaceKey(i, j); k != "" {
				if r := c.uf.find(i); !containsInt(owners[k], r) {
					owners[k] = append(owners[k], r)
				}
			}
		}
	}
	if len(owners) == 0 {
		return
	}
	for i := range c.ents {
		if c.ents[i].Type != doc.Org || !c.info(i).full {
			continue
		}
		if roots := owners[c.nameKey(i)]; len(roots) == 1 {
			c.uf.union(i, roots[0])
		}
	}
}
