package kb

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"newsbot/extract/identity"
)

// maxRoleHolders bounds the people a role lookup returns: a role more
// people hold than that ("minister", "spokesman") names no one.
const maxRoleHolders = 5

// roleHolder is a person a role lookup found, with the date of the newest
// article giving them the role and whether they hold it no more.
type roleHolder struct {
	ref    EntityRef
	norm   string // the office it was first matched by
	last   string
	former bool
}

// ByRole returns the people the articles describe by a role written as
// query ("Health Secretary", "the AIU head", "chief executive of
// Halcyon"), most reported first, for a name lookup that found no one.
// One office one person holds at a time (latestAnswers) is looked up more widely
// (officeHolders); any other role, or an office no one holds so, as
// typed or, for a bare role noun, as the head of the role held ("the
// coach" finds the "coach of the Ferrano junior team", "the minister"
// the "Education Minister"). More than maxRoleHolders holders return
// none. An age alone ("the 47-year-old") finds the people the articles
// call so (byAge). A company office and its abbreviation are one ("CEO",
// "chief executive officer", "chief executive"), and a role the role
// lexicon lacks is looked up when the articles give it as typed ("walnut
// grower").
func (s *Store) ByRole(ctx context.Context, query string) ([]EntityRef, error) {
	if age := queryAge(query); age != "" {
		return s.byAge(ctx, age) // "the 47-year-old"
	}
	key := identity.OfficeForm(roleKey(query))
	role, former := roleQuery(query)
	role = identity.OfficeForm(role)
	if role == "" {
		return nil, nil
	}
	if !identity.HasRoleHead(role) {
		// "Halvorsen Daiy" is no role: no scan of every role, unless
		// the articles give it as typed ("walnut grower", a noun the
		// role lexicon lacks).
		if ok, err := s.storedRole(ctx, role); err != nil || !ok {
			return nil, err
		}
	}
	entries, err := s.roleEntries(ctx)
	if err != nil {
		return nil, err
	}
	var hits []roleHit
	m := newRoleMatch(role, key)
	for _, v := range entries {
		if m.matches(v) {
			hits = append(hits, m.hit(v))
		}
	}
	var out []EntityRef
	if latestAnswers(role) {
		if out, err = s.officeHolders(ctx, hits, role, former); err != nil {
			return nil, err
		}
	}
	if out == nil || former && len(out) == 0 {
		// A past holder the articles call so answers a query for one
		// though another article gives the office plainly ("former
		// Prime Minister X" beside "Prime Minister X" in 2019).
		out = typedHolders(hits, role, former)
	}
	if len(out) == 0 && !(latestAnswers(role) && len(ownedOffices(hits, role)) > 0) {
		// Not when the office has holders, none of them answering: a
		// successor took it from them, or the query asks for a past
		// one no one is.
		if out, err = s.shapedHolders(ctx, role, former); err != nil {
			return nil, err
		}
	}
	if len(out) == 0 {
		// "the new housing minister" is the one the articles call the
		// housing minister.
		if rest, ok := withoutPresentWord(query); ok {
			return s.ByRole(ctx, rest)
		}
	}
	if len(out) > maxRoleHolders {
		return nil, nil
	}
	return out, nil
}

// storedRole reports whether a person's role is role (normalised) or
// its former holding.
func (s *Store) storedRole(ctx context.Context, role string) (bool, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM entity_roles WHERE norm IN (?, ?) LIMIT 1)`, role, "former "+role).Scan(&n)
	return n > 0, err
}

// presentWords before a role say it is held now, which a role as the
// articles give it says already: "the new housing minister", "the
// current coach".
var presentWords = map[string]bool{"new": true, "current": true, "present": true, "serving": true, "sitting": true}

// withoutPresentWord returns query without the present word that opens
// it after an article, if one does and a role head follows.
func withoutPresentWord(query string) (string, bool) {
	words := strings.Fields(strings.ToLower(query))
	i := 0
	if i < len(words) && (words[i] == "the" || words[i] == "a" || words[i] == "an") {
		i++
	}
	if i+1 >= len(words) || !presentWords[words[i]] {
		return "", false
	}
	rest := strings.Join(words[i+1:], " ")
	return rest, identity.HasRoleHead(rest)
}

// shapedHolders answers a role the articles never give as typed by its
// head noun and the words narrowing it (roleShape): "special envoy"
// finds the "special envoy for Middle East affairs", "her lawyer" the
// "lawyer for the plaintiffs", "the museum director" the "director of the
// museum", "Singapore trade minister" "Singapore's trade minister". It
// runs only when the lookup as typed found no one.
func (s *Store) shapedHolders(ctx context.Context, role string, former bool) ([]EntityRef, error) {
	shape, ok := shapeOf(role)
	if !ok {
		return nil, nil
	}
	entries, err := s.roleEntries(ctx)
	if err != nil {
		return nil, err
	}
	var hits []roleHit
	for _, v := range entries {
		if hasWord(v.norm, shape.head) && strings.Contains(v.norm, shape.stem) {
			hits = append(hits, roleHit{ref: v.ref, norm: v.norm, last: v.last, clause: v.clause, outlets: v.outlets, articles: v.articles})
		}
	}
	var keep []roleHit
	for _, h := range hits {
		if pastRole(h.norm) == former && (former || !h.clause) && shape.fits(h.norm) {
			keep = append(keep, h)
		}
	}
	keep = personsOwn(role, keep)
	var out []EntityRef
	for _, h := range groupHolders(keep) {
		out = append(out, h.ref)
	}
	return out, nil
}

// personalPossessives before a role ask for the one a person has: "her
// barrister".
var personalPossessives = map[string]bool{"her": true, "his": true, "their": true, "my": true, "your": true, "our": true}

// bodyOwners are common nouns for an organisation that may own a role:
// "the newspaper's barrister" is stored as "barrister of newspaper".
var bodyOwners = map[string]bool{"newspaper": true, "paper": true, "company": true, "firm": true, "club": true, "bank": true,
	"council": true, "government": true, "ministry": true, "party": true, "union": true, "board": true, "airline": true,
	"team": true, "group": true, "agency": true, "authority": true, "commission": true, "committee": true, "university": true,
	"hospital": true, "school": true, "trust": true, "charity": true, "broadcaster": true, "channel": true, "station": true}

// personsOwn narrows the hits for a role a personal possessive opens
// ("her barrister") to those not owned by an organisation named by a
// common noun ("barrister of newspaper", the other side's), when any
// remain.
func personsOwn(role string, hits []roleHit) []roleHit {
	w, _, _ := strings.Cut(role, " ")
	if !personalPossessives[w] {
		return hits
	}
	keep := slices.DeleteFunc(slices.Clone(hits), func(h roleHit) bool {
		_, owner, ok := strings.Cut(h.norm, " of ")
		return ok && bodyOwners[owner]
	})
	if len(keep) == 0 {
		return hits
	}
	return keep
}

// hasWord reports whether the words of s (separated by spaces) hold w.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || s[j-1] == ' ') && (j+len(w) == len(s) || s[j+len(w)] == ' ') {
			return true
		}
		i = j + 1
	}
}

// roleShape is a role query read as its head noun and the words that
// narrow it, whatever their order: "the regulator's safety chief" is
// "chief" narrowed by "safety" and "regulator", "AIU head of legal
// affairs" is "head" narrowed by "aiu", "legal" and "affairs".
type roleShape struct {
	head string
	mods []string
	stem string // what a role it fits holds besides its head (stem)
}

// shapeOf reads a role query (roleQuery's) as a roleShape. A possessive
// pronoun or a determiner before it says nothing of the role ("her
// lawyer"), and a possessor is a word narrowing it ("the regulator's").
func shapeOf(role string) (roleShape, bool) {
	words := strings.Fields(role)
	for len(words) > 0 && queryDeterminers[words[0]] {
		words = words[1:]
	}
	core, rest := splitComplement(words)
	if len(core) == 0 {
		return roleShape{}, false
	}
	sh := roleShape{head: roleWord(core[len(core)-1])}
	for _, w := range append(core[:len(core)-1:len(core)-1], rest...) {
		m := roleWord(w)
		if m == "" || queryDeterminers[m] || complementWords[m] || placePossessors[m] && m != w {
			continue
		}
		sh.mods = append(sh.mods, m)
		if _, syn := roleWords[m]; sh.stem == "" && !syn {
			// A word standing for others ("incoming" for "next")
			// may be written otherwise in the role.
			r := []rune(m)
			sh.stem = string(r[:min(len(r), 5)])
		}
	}
	return sh, sh.head != ""
}

// placePossessors stand for the place a role's article names, which the
// stored role names instead: "the city's mayor" is stored as "mayor of
// Seville".
var placePossessors = map[string]bool{"city": true, "town": true, "village": true, "country": true, "region": true,
	"capital": true, "province": true, "island": true}

// fits reports whether a stored role (normalised) is the shape: the
// noun phrase before its complement ends in the head, every narrowing
// word is one of its words, and no rank below the office stands before
// the head unless asked for ("deputy foreign minister" is no "foreign
// minister").
func (sh roleShape) fits(norm string) bool {
	words := strings.Fields(norm)
	if len(words) > 0 && (words[0] == "former" || words[0] == "ex") {
		words = words[1:]
	}
	core, _ := splitComplement(words)
	if len(core) == 0 || roleWord(core[len(core)-1]) != sh.head {
		return false
	}
	for _, w := range core[:len(core)-1] {
		if (lowerRanks[w] || roleWord(w) == "incoming") && !slices.Contains(sh.mods, roleWord(w)) {
			return false
		}
	}
	for _, m := range sh.mods {
		if !slices.ContainsFunc(words, func(w string) bool { return sameRoleWord(m, roleWord(w)) }) {
			return false
		}
	}
	return true
}

// splitComplement splits a role's words at the first word opening its
// complement: "special envoy | for middle east affairs".
func splitComplement(words []string) (core, rest []string) {
	for i, w := range words {
		if complementWords[w] {
			return words[:i], words[i:]
		}
	}
	return words, nil
}

// complementWords open the complement of a role noun ("envoy for",
// "economist at", "head of"), or join its words.
var complementWords = map[string]bool{"of": true, "for": true, "at": true, "to": true, "with": true, "in": true, "on": true,
	"from": true, "and": true, "&": true}

// queryDeterminers before a role say whose it is, not which: "her
// lawyer", "the lawyer".
var queryDeterminers = map[string]bool{"the": true, "a": true, "an": true, "her": true, "his": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true, "that": true}

// roleWord is a word of a role as the knowledge base stores it: without
// a possessive ending, and one word for words a role may be written
// with (roleWords).
func roleWord(w string) string {
	w = strings.NewReplacer("’", "'").Replace(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if s, ok := roleWords[w]; ok {
		return s
	}
	return w
}

// roleWords stand for one another in a role: "spokesman" is stored as
// "spokesperson"; one who will hold an office is "the incoming prime
// minister" or "Spain's next prime minister".
var roleWords = map[string]string{"spokesman": "spokesperson", "spokeswoman": "spokesperson", "advisor": "adviser",
	"incoming": "incoming", "next": "incoming", "future": "incoming", "designate": "incoming", "elect": "incoming"}

// sameRoleWord matches a word narrowing a role query against a word of a
// stored role: the same word, or one sharing its first five letters, so
// that "Singapore" matches "Singaporean" and "Ukraine" "Ukrainian".
func sameRoleWord(q, w string) bool {
	if q == w {
		return true
	}
	qr, wr := []rune(q), []rune(w)
	return len(qr) >= 5 && len(wr) >= 5 && string(qr[:5]) == string(wr[:5])
}

// latestAnswers reports whether the latest holder of role answers a
// lookup of it: an office one person holds at a time, and only one
// such office, a head of government's or one whose owner the query
// names ("chief executive of Halcyon"); a bare "governor" may be a
// state's or a central bank's, a bare "chief executive" any company's.
func latestAnswers(role string) bool {
	return identity.SoleOffice(role) && (strings.Contains(role, " of ") || governsPlace[role])
}

// officeHolders answers a lookup of an office one person holds at a time.
// The office of a place or a people counts as the office ("prime
// minister" finds "France's prime minister" and "Slovak Prime
// Minister", not "Deputy Prime Minister"). A holder a later article
// naming them gives a successor (succeededOffices), or whom the articles
// call former, holds it no more: the others answer, and a query for a
// former holder ("the former prime minister", "the outgoing premier")
// answers those.
func (s *Store) officeHolders(ctx context.Context, hits []roleHit, role string, former bool) ([]EntityRef, error) {
	holders := groupHolders(ownedOffices(hits, role))
	if len(holders) > maxRoleHolders {
		return nil, nil
	}
	for i, h := range holders {
		if h.former || h.last == "" {
			continue
		}
		later, err := s.succeededOffices(ctx, h.ref.ID, []officeHeld{{Norm: h.norm, Since: h.last}})
		if err != nil {
			return nil, err
		}
		holders[i].former = len(later) > 0
	}
	return pickHolders(holders, former), nil
}

// typedHolders are the people holding the role as typed or, when it
// says of what by no "of", a role it heads ("general secretary" and
// "general secretary of the National Teachers' Union"), most reported
// first. A role it heads is one a noun gives, held no more only when the
// query asks for a past holder; a past holder as typed leaves out the
// others ("the former prime minister"), and the office a verb says one
// left counts ("retired as general secretary of the union"). When more
// than maxRoleHolders hold a role it heads, those holding it as typed
// answer.
func typedHolders(hits []roleHit, role string, former bool) []EntityRef {
	var typed []roleHit
	for _, h := range hits {
		if h.typed {
			typed = append(typed, h)
		}
	}
	widen := !strings.Contains(role, " of ") && (!former || len(typed) == 0)
	var headed []roleHit
	for _, h := range hits {
		if h.typed || widen && pastRole(h.norm) == former && (former || !h.clause) && headedBy(h.norm, role) {
			headed = append(headed, h)
		}
	}
	holders := groupHolders(headed)
	if len(holders) > maxRoleHolders {
		holders = groupHolders(typed)
	}
	var out []EntityRef
	for _, h := range holders {
		out = append(out, h.ref)
	}
	return out
}

// headedBy reports whether role is the head of the role norm, its last
// words before any "of": "coach" heads "coach of ferrano junior team",
// "minister" heads "education minister", not "brother-in-law of minister".
// A rank below the office ("deputy governor", "assistant district
// attorney", "shadow environment secretary") is another office.
func headedBy(norm, role string) bool {
	head, _, _ := strings.Cut(norm, " of ")
	pre, ok := strings.CutSuffix(head, " "+role)
	if head == role {
		return true
	}
	if !ok {
		return false
	}
	for _, w := range strings.Fields(pre) {
		if lowerRanks[w] {
			return false
		}
	}
	return true
}

// lowerRanks make the office after them another one, below it or in
// waiting.
var lowerRanks = map[string]bool{"deputy": true, "assistant": true, "vice": true, "shadow": true, "associate": true, "junior": true, "under": true}

// roleHit is one role of a person that a role lookup matched.
type roleHit struct {
	ref               EntityRef
	norm, last        string
	typed             bool // the role as typed, an article and all
	clause            bool // given only by a relative clause's verb ("leads the group")
	office            bool // the office asked for, or the office of a place ("prime minister of france")
	outlets, articles int
}

// groupHolders gathers the matched roles by person, most reported first:
// by the outlets and the articles of the role most reported, not of all,
// which would rank a person described in two ways above one described
// more often in one.
func groupHolders(hits []roleHit) []roleHolder {
	type tally struct {
		roleHolder
		outlets, articles int
	}
	var order []*tally
	by := map[int64]*tally{}
	for _, h := range hits {
		t := by[h.ref.ID]
		if t == nil {
			t = &tally{roleHolder: roleHolder{ref: h.ref, norm: h.norm, former: true}}
			by[h.ref.ID] = t
			order = append(order, t)
		}
		t.outlets = max(t.outlets, h.outlets)
		t.articles = max(t.articles, h.articles)
		t.last = max(t.last, h.last)
		t.former = t.former && pastRole(h.norm)
	}
	slices.SortStableFunc(order, func(a, b *tally) int {
		return cmp.Or(cmp.Compare(b.outlets, a.outlets), cmp.Compare(b.articles, a.articles),
			cmp.Compare(b.ref.Articles, a.ref.Articles), strings.Compare(a.ref.Name, b.ref.Name))
	})
	out := make([]roleHolder, len(order))
	for i, t := range order {
		out[i] = t.roleHolder
	}
	return out
}

// ownedOffices keeps the hits that hold the office asked for or of a
// place ("prime minister of france"), or else those holding it as the
// office of a place or a people named by a single word before it
// ("slovak prime minister").
func ownedOffices(hits []roleHit, role string) []roleHit {
	var plain, owned []roleHit
	for _, h := range hits {
		pre, ok := strings.CutSuffix(h.norm, " "+role)
		switch {
		case h.office:
			plain = append(plain, h)
		case ok && identity.OfficeOwner(pre):
			owned = append(owned, h)
		}
	}
	if len(plain) > 0 {
		return plain
	}
	return owned
}

// pastRole reports a role held no more ("former chief whip", "ex-CEO").
func pastRole(norm string) bool {
	return strings.HasPrefix(norm, "former ") || strings.HasPrefix(norm, "ex-") || strings.HasPrefix(norm, "ex ")
}

// pickHolders returns the holders still in office, or for a query for a
// former holder those no more in it, newest first.
func pickHolders(holders []roleHolder, former bool) []EntityRef {
	var keep []roleHolder
	for _, h := range holders {
		if h.former == former {
			keep = append(keep, h)
		}
	}
	slices.SortStableFunc(keep, func(a, b roleHolder) int { return strings.Compare(b.last, a.last) })
	out := make([]EntityRef, len(keep))
	for i, h := range keep {
		out[i] = h.ref
	}
	return out
}

// pastOffice words before a role ask for a holder no longer in office.
var pastOffice = map[string]bool{"former": true, "outgoing": true, "ex": true, "previous": true, "ousted": true}

// roleKey is a role as typed, lower case, single spaces, without a
// leading article.
func roleKey(query string) string {
	words := strings.Fields(strings.ToLower(query))
	for len(words) > 0 && (words[0] == "the" || words[0] == "a" || words[0] == "an") {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// roleSynonyms are words a reader may type for the office the articles
// name otherwise, and the gendered forms roles are stored without
// ("spokesman" is kept as "spokesperson", "advisor" as "adviser").
var roleSynonyms = map[string]string{"premier": "prime minister", "spokesman": "spokesperson", "spokeswoman": "spokesperson", "advisor": "adviser"}

// roleQuery is a role as the knowledge base stores it (lower case, single
// spaces, without a leading article or a word for a past holder) and
// whether the query asks for a past holder: "the outgoing premier" is
// "prime minister", past.
func roleQuery(query string) (string, bool) {
	words := strings.Fields(strings.ToLower(query))
	former := false
	for len(words) > 0 {
		w := words[0]
		if p, ok := strings.CutPrefix(w, "ex-"); ok && p != "" {
			words[0], w = p, "ex"
		} else {
			words = words[1:]
		}
		switch {
		case pastOffice[w]:
			former = true
		case w == "the" || w == "a" || w == "an":
		default:
			return joinRole(append([]string{w}, words...)), former
		}
	}
	return "", former
}

// joinRole joins the words of a role, a synonym replaced by the office
// the articles name.
func joinRole(words []string) string {
	for i, w := range words {
		if s, ok := roleSynonyms[w]; ok {
			words[i] = s
		}
	}
	return strings.Join(words, " ")
}
