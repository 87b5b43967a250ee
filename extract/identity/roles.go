package identity

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"newsbot/extract/doc"
)

// Role is one description an article gives a person.
type Role struct {
	Name     string   // the person's canonical name in the article
	Text     string   // the role as written (white space squashed): "Kremlin foreign policy aide"
	Norm     string   // normalised for grouping across articles
	Head     string   // the role noun, normalised: "aide", "spokesperson", "secretary of state"
	Evidence doc.Span // verbatim span holding the role and the name
	// Clause marks a role a relative clause gives by its verb ("who heads
	// the Sleep Council"), an abbreviated title spells out ("Cllr"), a
	// bare kinship noun ("his daughter") or a bare royal title ("Prince")
	// gives, which a profile lists after the roles named by a noun.
	Clause bool
	// left marks an office the article says the person left, by a verb
	// or a noun of leaving ("ousted Prime Minister X", "X resigned"):
	// the same office it gives them elsewhere is the one they left.
	left bool
	// appointed marks an office a verb of appointment gives ("was
	// named interim chief executive").
	appointed bool
}

// Roles harvests the descriptions an article gives the people it names:
//
//	pre-modifiers      Kremlin spokesman Dmitry Peskov; Trump's special envoy Steve Witkoff
//	appositions        Yuri Ushakov, an aide to Putin, said; Ukraine's foreign minister, Andrii Sybiha, said
//	relative clauses   Witkoff, who is a real estate developer, ...
//	copulas            Witkoff is a real estate developer
//
// mentions should come from Resolve (bare spans, Canonical set); only
// PERSON mentions get roles, and sentences marked Boilerplate are skipped.
// A role must end in a role noun (envoy, aide, minister, fellow, ...), so
// names and verb phrases are never returned. Each (name, normalised role)
// pair is returned once, at its first occurrence. With no sentences the
// whole text is one sentence.
func Roles(text string, sents []doc.Sentence, mentions []doc.Mention) []Role {
	if len(sents) == 0 {
		sents = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	}
	var out []Role
	seen := map[[2]string]int{}
	// Mentions by start, so each sentence finds its own by binary search
	// rather than by a scan of the whole article.
	order := make([]int, 0, len(mentions))
	for i, m := range mentions {
		if m.Start >= 0 && m.Start < m.End && m.End <= len(text) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(mentions[a].Start, mentions[b].Start) })
	// The one person the sentence before names, whom a sentence opening
	// with a description of someone may describe.
	var prev *doc.Mention
	// Whether the sentence before is a labelled line introducing prev.
	labelled := false
	bp := tokBufs.Get().(*[]rtok)
	toks := (*bp)[:0]
	defer func() {
		*bp = toks[:0]
		tokBufs.Put(bp)
	}()
	var idx []int      // each sentence's mentions, reused from one to the next
	var spans [][2]int // their first and last tokens (see markMentions)
	// Whether the sentence opens inside a quotation its paragraph opened.
	var quoted quoteScan
	// Whether the sentence before tells what an earlier version of the
	// article said of prev, which this one may correct.
	withdrawn := false
	for _, s := range sents {
		if s.Boilerplate || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			prev, labelled, withdrawn = nil, false, false
			continue
		}
		corrects := withdrawn
		withdrawn = false
		quoted.enter(s)
		idx = idx[:0]
		hasPerson := false
		k := sort.Search(len(order), func(k int) bool { return mentions[order[k]].Start >= s.Start })
		for ; k < len(order) && mentions[order[k]].Start < s.End; k++ {
			if m := mentions[order[k]]; m.End <= s.End {
				idx = append(idx, order[k])
				hasPerson = hasPerson || m.Type == doc.Person
			}
		}
		if !hasPerson && prev == nil {
			// Without a person here or one before, no role is read: the
			// sentence need not be split into tokens.
			labelled = false
			continue
		}
		toks = tokenizeSentence(toks[:0], text, s.Span)
		spans = markMentions(spans, toks, mentions, idx)
		if !hasPerson {
			h := harvester{text: text, toks: toks, mentions: mentions}
			if r, ok := h.correctedRole(prev); ok && corrects {
				out = addRole(out, seen, r) // "He was Morvania's ambassador."
			} else if r, ok := h.openingRole(prev); ok {
				out = addRole(out, seen, r)
			} else if r, ok := h.formerOpening(prev); ok {
				out = addRole(out, seen, r)
			} else if r, ok := h.namedOrgFounder(prev); ok {
				out = addRole(out, seen, r)
			} else if r, ok := h.labelledRole(prev); ok && labelled {
				out = addRole(out, seen, r)
			}
			prev, labelled = nil, false
			continue
		}
		prev = soleMention(mentions, idx)
		labelled = labelLine(text, s.Span, prev)
		if withdrawnClaim(text[s.Start:s.End]) {
			// "An earlier version of this article said X was a former
			// ambassador": a role the article no longer gives.
			withdrawn = true
			continue
		}
		for j, mi := range idx {
			m := mentions[mi]
			if m.Type != doc.Person {
				continue
			}
			sp := spans[j]
			if sp[0] < 0 {
				continue
			}
			inQuote := quoted.inside(text, m.Start)
			first, last := sp[0], sp[1]
			name := m.Canonical
			if name == "" {
				name = squash(text[m.Start:m.End])
			}
			h := harvester{text: text, toks: toks, mentions: mentions}
			for _, r := range h.around(first, last) {
				r.Name = name
				if r.Norm == "" || honorificRole(r.Norm) || Key(r.Text) == Key(name) {
					continue
				}
				if inQuote && r.Evidence.End != m.End {
					// A speaker's words about someone ("Elena is the most
					// patient scientist I have ever met") are praise, not
					// the article's description; only a title written
					// before the name ("President Trump") is kept.
					continue
				}
				// A bare kinship noun ("his daughter") or one of succession
				// ("his predecessor") relates the person to another, and a
				// bare royal title ("Prince") is a rank by birth: each says
				// less than what they do.
				r.Clause = r.Clause || kinNouns[r.Norm] || royalTitles[r.Norm] || successionNouns[r.Norm] || momentHeads[r.Head]
				out = addRole(out, seen, representedRole(text, s.Span, mentions, openingRole(text, s.Span, r)))
			}
		}
	}
	for _, r := range founders(text, mentions) {
		out = addRole(out, seen, r)
	}
	for _, r := range lifeLineRoles(text, sents, mentions) {
		out = addRole(out, seen, r)
	}
	return appointedOwners(heldBeforeLeaving(personPossessors(out)))
}

// tokBufs holds the token buffers of Roles between calls: a buffer of 64
// tokens is 4 KB, which every article would otherwise allocate afresh.
// A pooled buffer keeps the last article's tokens (slices of its text)
// until it is reused or the pool drops it at a garbage collection.
var tokBufs = sync.Pool{New: func() any {
	b := make([]rtok, 0, 64)
	return &b
}}

// personPossessors names the person a role's possessor describes by a
// role noun, when one other person of the article holds that role: in
// an article on "Actress Kara Delany", "the actress's ex-manager" is
// Delany's ex-manager. A possessor that fits no one or several stays.
func personPossessors(roles []Role) []Role {
	for i, r := range roles {
		rest, ok := strings.CutPrefix(r.Text, "the ")
		if !ok {
			continue
		}
		noun, role, ok := strings.Cut(rest, "'s ")
		if !ok {
			noun, role, ok = strings.Cut(rest, "’s ")
		}
		if !ok || strings.Contains(noun, " ") || !isRoleHead(noun) || !roleHeads[bare(role)] && !prefixedHead(bare(role)) {
			continue
		}
		who := ""
		for _, o := range roles {
			if o.Name == r.Name || o.Head != strings.ToLower(noun) || o.Clause {
				continue
			}
			if who != "" && who != o.Name {
				who = ""
				break
			}
			who = o.Name
		}
		if who == "" {
			continue
		}
		txt := surnameOf(who) + "'s " + role
		roles[i].Text, roles[i].Norm = txt, normRole(txt)
	}
	return roles
}

// heldBeforeLeaving makes former an office the article gives a person
// plainly when it also says they left it: in an article on a vote that
// "ousted Prime Minister X", "X became prime minister in 2024" tells of
// the office he has lost. A plain office whose former form the person
// has already is dropped.
func heldBeforeLeaving(roles []Role) []Role {
	left := map[[2]string]bool{}
	have := map[[2]string]bool{}
	for _, r := range roles {
		have[[2]string{r.Name, r.Norm}] = true
		if r.left {
			left[[2]string{r.Name, strings.TrimPrefix(r.Norm, "former ")}] = true
		}
	}
	if len(left) == 0 {
		return roles
	}
	out := roles[:0]
	for _, r := range roles {
		if !r.left && left[[2]string{r.Name, r.Norm}] {
			if have[[2]string{r.Name, "former " + r.Norm}] {
				continue
			}
			formerRole(&r)
		}
		out = append(out, r)
	}
	return out
}

// soleMention returns the first mention of the one person the mentions
// idx name, or nil when they name none or several.
func soleMention(mentions []doc.Mention, idx []int) *doc.Mention {
	var one *doc.Mention
	for _, mi := range idx {
		m := &mentions[mi]
		if m.Type != doc.Person {
			continue
		}
		if one != nil && personName(*one) != personName(*m) {
			return nil
		}
		if one == nil {
			one = m
		}
	}
	return one
}

// personName is a mention's canonical name, else its text.
func personName(m doc.Mention) string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return squash(m.Text)
}

// openingRole reads the role a sentence naming no one opens with, "The",
// a word naming a country or a people and a role noun set off by a comma
// ("The Spanish forward, signed from Real Betis, opened the scoring"),
// as the role of the one person the sentence before names.
func (h harvester) openingRole(prev *doc.Mention) (Role, bool) {
	toks := h.toks
	if prev == nil || len(toks) < 4 || toks[0].text != "The" || toks[3].text != "," {
		return Role{}, false
	}
	owner, noun := toks[1], toks[2]
	if owner.kind != tWord || !isCapitalised(owner.text) || owner.mention >= 0 && h.mentions[owner.mention].Type == doc.Person ||
		!OfficeOwner(bare(owner.text)) || isTitle(owner.text) {
		return Role{}, false
	}
	if noun.kind != tWord || noun.mention >= 0 || isCapitalised(noun.text) || !isRoleHead(noun.text) || kinNouns[bare(noun.text)] {
		return Role{}, false
	}
	txt := squash(h.text[owner.start:noun.end])
	return Role{Name: personName(*prev), Text: txt, Norm: normRole(txt), Head: normRole(noun.text),
		Evidence: doc.Span{Start: prev.Start, End: noun.end}}, true
}

// ownerHeads are the roles one person holds over a named organisation
// for good, so that "the Ardent Labs founder said" in a sentence naming
// no one speaks of the one person the sentence before names.
var ownerHeads = wordSet(`founder co-founder cofounder`)

// namedOrgFounder reads "the", an organisation's name and a role of
// ownerHeads before a verb of speech ("Speaking on Monday, the Ardent
// Labs founder said") as the role of the one person the sentence before
// names.
func (h harvester) namedOrgFounder(prev *doc.Mention) (Role, bool) {
	toks := h.toks
	if prev == nil {
		return Role{}, false
	}
	for k := 1; k+2 < len(toks); k++ {
		mi := toks[k].mention
		if mi < 0 || h.mentions[mi].Type != doc.Org || toks[k-1].bare() != "the" || toks[k-1].mention >= 0 {
			continue
		}
		e := k
		for e+1 < len(toks) && toks[e+1].mention == mi {
			e++
		}
		if e+2 >= len(toks) || toks[e+1].kind != tWord || toks[e+1].mention >= 0 || !ownerHeads[toks[e+1].bare()] ||
			!slices.Contains(speechVerbs, " "+toks[e+2].bare()) {
			k = e
			continue
		}
		org := squash(h.text[toks[k].start:toks[e].end])
		txt := squash(h.text[toks[k].start:toks[e+1].end])
		return Role{Name: personName(*prev), Text: txt, Norm: normRole(toks[e+1].text) + " of " + normRole(org),
			Head: normRole(toks[e+1].text), Evidence: doc.Span{Start: prev.Start, End: toks[e+1].end}}, true
	}
	return Role{}, false
}

// addRole appends r unless the person already has its normalised role;
// a role written out replaces one only a clause or a title gave ("Sen.
// Bob Dole" before "Senator Dole"). seen holds each (name, norm) pair's
// index in out.
func addRole(out []Role, seen map[[2]string]int, r Role) []Role {
	k := [2]string{r.Name, r.Norm}
	if i, ok := seen[k]; ok {
		if out[i].Clause && !r.Clause {
			out[i] = r
		}
		return out
	}
	seen[k] = len(out)
	return append(out, r)
}

// harvester finds role phrases around one mention in one sentence.
type harvester struct {
	text     string
	toks     []rtok
	mentions []doc.Mention
}

// around returns the roles found before and after the mention spanning
// tokens [first, last].
func (h harvester) around(first, last int) []Role {
	var out []Role
	toks := h.toks
	nameSpan := doc.Span{Start: toks[first].start, End: toks[last].end}
	// add records the role on tokens [rs, re] whose head noun spans
	// [head, headEnd] ("Secretary of State").
	add := func(rs, head, headEnd, re int) {
		if h.ranking(rs, headEnd) || h.speakersRelation(rs, head) {
			return
		}
		r := doc.Span{Start: toks[rs].start, End: toks[re].end}
		ev := doc.Span{Start: min(r.Start, nameSpan.Start), End: max(r.End, nameSpan.End)}
		txt := formerText(smallArticle(squash(h.text[r.Start:r.End])))
		if o, ok := h.roleOwner(rs, re); ok {
			// "the company's chief executive" is "chief executive of
			// Aurora": the evidence reaches to the name when the
			// sentence holds it, and never beyond the sentence.
			txt = squash(h.text[toks[o.from].start:r.End]) + " of " + o.display
			if o.span.Start >= toks[0].start && o.span.End <= toks[len(toks)-1].end {
				ev = doc.Span{Start: min(ev.Start, h.withArticle(o.span.Start)), End: max(ev.End, o.span.End)}
			}
		} else if full, at, ok := h.fullOrg(rs); ok {
			// "Agency chief executive" after the agency's name: the
			// evidence reaches back to the name.
			txt = squash(full + h.text[toks[rs].end:r.End])
			ev.Start = min(ev.Start, at)
		}
		if head > rs && compoundHeads[toks[head-1].bare()] {
			head-- // "prime minister", "vice president"
		}
		hd := normRole(h.text[toks[head].start:toks[headEnd].end])
		norm, kin := h.norm(rs, re), false
		if rs == re && rs > 0 && kinNouns[hd] && possessivePronouns[toks[rs-1].bare()] {
			// "her husband, Siarhei Tsikhanouski": the husband of the
			// person named before in the sentence, if any, which says
			// less than what they do, as a bare kinship noun. A person
			// the article marks as of the other sex ("He is survived by
			// his wife, Elin, … and by his daughter, Rhiannon") is not
			// the one the pronoun stands for, and the noun stays bare.
			if name, at, ok := h.antecedent(rs-1, first); ok && !h.otherSex(toks[rs-1].bare(), name) {
				txt, norm, kin = txt+" of "+name, norm+" of "+normRole(surnameOf(name)), true
				ev.Start = min(ev.Start, at)
			} else if name, ok := h.previousPerson(rs-1, first); ok && !h.otherSex(toks[rs-1].bare(), name) {
				// "Tom Hale was freed. His wife, Ann, said": the one
				// person the sentence before names; the evidence stays
				// in this sentence.
				txt, norm, kin = txt+" of "+name, norm+" of "+normRole(surnameOf(name)), true
			}
		} else if name, at, ok := h.whoseOwner(rs - 1); ok && rs == re && kinNouns[hd] {
			// "Ann Roe, whose brother Tom Roe": Ann Roe's brother.
			txt, norm, kin = txt+" of "+name, norm+" of "+normRole(surnameOf(name)), true
			ev.Start = min(ev.Start, at)
		}
		out = append(out, Role{Text: txt, Norm: norm, Head: hd, Evidence: ev, Clause: kin})
	}
	after := last + 1
	// "Jonathan Reid KC, said": the letters are an honour, a rank at the
	// bar or a seat the person holds, and no part of the clause. A seat
	// (see seatRole) and a rank at the bar are roles; they rank after a
	// role named by a noun, as a title does.
	var counsel Role // "KC": the rank at the bar, unless a party follows
	for after < len(toks) && toks[after].kind == tWord && isPostNominal(toks[after].text) {
		letters := strings.TrimRightFunc(toks[after].text, func(r rune) bool { return !unicode.IsLetter(r) })
		ev := doc.Span{Start: nameSpan.Start, End: toks[after].end}
		if seatRole(letters) {
			out = append(out, Role{Text: letters, Norm: strings.ToLower(letters), Head: strings.ToLower(letters),
				Evidence: ev, Clause: true})
		} else if r, ok := counselRole(letters, ev); ok && counsel.Text == "" {
			counsel = r
		}
		after++
	}
	if r, ok := h.counselFor(last, after, nameSpan); ok {
		out = append(out, r)
	} else if counsel.Text != "" {
		out = append(out, counsel)
	}
	if r, ok := h.bracketedRole(after, nameSpan); ok {
		out = append(out, r) // "Jan Roe (Chair)"
	}
	if r, ok := h.cabinetLine(first, after, nameSpan); ok {
		out = append(out, r) // "Interior: Renata Kaczmarek (SDP)"
	}
	if r, ok := h.counselOpening(first, after, nameSpan); ok {
		out = append(out, r) // "For Mrs Tolley, Imogen Carver said her client ..."
	}
	if rs, head, re, ok := h.namedAsSubject(first); ok {
		add(rs, head, head, re) // "The farmer who went missing has been named as Tom Hale"
	}
	endsClause := after >= len(toks) || toks[after].kind == tPunct && strings.Contains(",.;:)—–-!?", toks[after].text) ||
		h.affiliation(after)
	// The roles before the name, from here to the apposition before it.
	before := len(out)
	// An abbreviated title is a role of its own: "Cllr Tom Price".
	lead := h.skipTitles(first)
	if r, ok := h.titleRole(lead, first, nameSpan.End); ok {
		out = append(out, r)
	}
	if r, ok := h.professorAt(lead, first, after); ok {
		out = append(out, r)
	}
	// Pre-modifier: "Kremlin spokesman Dmitry Peskov", also across a
	// title ("Council leader Cllr Sandra Okafor"); after a verb of
	// dismissal ("sacked head coach Stefan Brandt") an office held no
	// more.
	lead = h.pastRoyalTitle(lead)
	pre, premod := lead, first
	if rs, ok := h.kinRole(first); ok {
		add(rs, first-1, first-1, first-1)
	} else if pre > 0 && toks[pre-1].kind == tWord && !articleWords[toks[pre-1].bare()] {
		if rs, head, ok := h.scanBack(pre - 1); ok {
			n := len(out)
			add(rs, head, pre-1, pre-1)
			if len(out) > n {
				h.ownOrg(&out[n], after)
				out[n].Clause = out[n].Clause || h.professorHead(head, pre)
			}
			premod = rs
			if len(out) > n && rs > 0 && (dismissals[toks[rs-1].bare()] || h.votedOut(rs-1) || h.officeVerbAt(rs-1) && presentDismissals[toks[rs-1].bare()]) && !strings.HasPrefix(out[n].Norm, "former ") {
				h.dismissed(&out[n], rs-1)
			} else if len(out) > n && rs > 0 && toks[rs-1].mention < 0 && replacingVerbs[toks[rs-1].bare()] && heldPost(out[n]) {
				formerRole(&out[n]) // "Y replaces caretaker X"
			} else if len(out) > n && h.movedOut(rs-1, after) {
				// "moving Finance Minister X to the Foreign Office": the
				// office the person leaves.
				formerRole(&out[n])
				out[n].left = true
			} else if len(out) > n && h.departureOf(rs-1) && !h.possessedAfter(after) {
				// "the resignation in April of Finance Minister
				// X": an office the person has left.
				formerRole(&out[n])
			}
			if h.allTitles(rs, pre) {
				// "The council's leader, Councillor Graham Pettifer";
				// "The court's president, Lord Justice Brennan".
				lead = rs
			}
		} else if rs, ok := h.originRole(first); ok {
			add(rs, first-1, first-1, first-1) // "Kenyan sprinter Ruth Wanjiru"
		} else if rs, ok := h.articleAgent(first); ok {
			add(rs, first-1, first-1, first-1) // "the collector Jonathan Ferris"
		} else if rs, head, ok := h.namedAs(pre); ok {
			add(rs, head, head, head) // "The engineer, named by local media as Piotr Zawadzki,"
		} else if rs, head, ok := h.fieldOfficeBefore(pre - 1); ok {
			add(rs, head, head, pre-1) // "head of scouting Alan Roe"
		}
	}
	// Role before the name, set off by a comma: "Ukraine's foreign
	// minister, Andrii Sybiha, said", also across an honorific or a
	// title ("Its flood risk manager, Dr. Priya Raghunathan, said").
	// An age may stand between the comma and the name: "The youngest
	// miner, 22-year-old Ann Lee,".
	ap := lead
	if ap > 0 && toks[ap-1].kind == tWord && toks[ap-1].mention < 0 && isAgeWord(toks[ap-1].text) {
		ap--
	}
	governed, appos := premod, len(out)
	if ap > 1 && toks[ap-1].text == "," && toks[ap-2].kind == tWord && endsClause {
		if head, ok := h.headBeforeComplement(ap - 2); ok && !h.kinOfIndefinite(head) {
			// "A spokesman for the ministry, John Smith, said"; "A
			// spokesman for the governor, Eli Brandt," is no governor.
			if rs, _, ok := h.scanBack(head); ok && !h.listItem(rs, after) {
				add(rs, head, head, ap-2)
				governed = rs
			}
		} else if rs, head, ok := h.scanBack(ap - 2); ok {
			if !h.listItem(rs, after) {
				n := len(out)
				add(rs, head, ap-2, ap-2)
				if len(out) > n && !h.professorBetween(lead, first) {
					h.ownOrg(&out[n], after) // "Another analyst, Tom Haldane of Ruskin & Vale,"
				}
				governed = rs
			}
		} else if head, ok := h.relativeBefore(ap - 2); ok {
			// "the junior doctor who first assessed her, Dr Kwame
			// Mensah, said": the clause says what the doctor did.
			if rs, _, ok := h.scanBack(head); ok && rs > 0 && determiners[toks[rs-1].bare()] {
				add(rs, head, head, head)
				governed = rs
			}
		}
	}
	if r, ok := h.replacedOffice(h.skipTitles(first), last); ok {
		out = append(out, r) // "replaces Sir Roland Beckett as foreign minister"
	}
	closing := governed < premod
	if h.leftAfter(after) {
		// "Spanish prime minister X toppled in no-confidence vote",
		// "the finance minister, X, resigned": the office named
		// before the name is one the person has left.
		for i := before; i < len(out); i++ {
			formerRole(&out[i])
		}
	}
	if r, ok := h.ledBy(first, nameSpan, endsClause); ok {
		out = append(out, r)
	}
	if rs, head, re, ok := h.appointedAs(governed, after, closing); ok {
		if closing {
			// "named its chief financial officer, Chloé Dubois, as
			// interim chief executive": the office held until now.
			out[appos].Norm = "former " + out[appos].Norm
		}
		n := len(out)
		add(rs, head, head, re)
		markAppointed(out, n)
	}
	for _, o := range h.gappedOffices(first, after) {
		// "X was sworn in as finance minister, Y as foreign minister".
		n := len(out)
		add(o.rs, o.head, o.head, o.re)
		markAppointed(out, n)
	}
	for _, o := range h.appointments(after) {
		if o.removal < 0 {
			n := len(out)
			add(o.rs, o.head, o.head, o.re)
			markAppointed(out, n)
			if o.ahead && len(out) > n {
				// "will become finance director": listed after the
				// offices held.
				out[n].Clause = true
			}
			continue
		}
		// "was sacked as Leader of the House": an office held no more,
		// in the words of the verb, listed after offices held.
		r := doc.Span{Start: toks[o.removal].start, End: toks[o.re].end}
		out = append(out, Role{Text: squash(h.text[r.Start:r.End]), Norm: "former " + normRole(h.withSurnames(o.rs, o.re)),
			Head: normRole(h.text[toks[o.head].start:toks[o.head].end]), Evidence: doc.Span{Start: nameSpan.Start, End: r.End}, Clause: true, left: true})
	}
	if r, ok := h.endedTenure(first, after, nameSpan); ok {
		out = append(out, r) // "an end to X's 23 days as caretaker prime minister"
	}
	if after >= len(toks) {
		return out
	}
	v := h.whoVerb(after)
	switch {
	case toks[after].text == "," && after+2 < len(toks) && toks[after+1].bare() == "who" && copulas[toks[after+2].bare()]:
		// "X, who is a former banker, ..."; "who was previously shadow
		// foreign secretary" is an office held no more.
		from, n := after+3, len(out)
		former := toks[after+2].bare() == "was" && from < len(toks) && pastAdverbs[toks[from].bare()]
		if former {
			from++
		}
		if rs, head, re, ok := h.forward(from, true, false); ok {
			add(rs, head, head, re)
		} else if rs, head, re, ok := h.forward(from, false, true); ok && (former || bareOfficeCopulas[toks[after+2].bare()]) {
			// "X, who remains leader of the Civic Alliance,".
			add(rs, head, head, re)
		} else if r, ok := h.heldUntil(after+2, nameSpan.Start); ok {
			out = append(out, r)
		}
		if former && len(out) > n && !strings.HasPrefix(out[n].Norm, "former ") {
			out[n].Norm = "former " + out[n].Norm
			if st, end := toks[after+3].start, out[n].Evidence.End; st < end {
				out[n].Text = squash(h.text[st:end])
			}
		}
	case v >= 0 && roleVerbs[toks[v].bare()] != "":
		// "X, who heads the Sleep Council, said": the head of it.
		if re, ok := h.object(v + 1); ok && !h.bodyBackReference(v+1, re) {
			verb := roleVerbs[toks[v].bare()]
			r := doc.Span{Start: toks[v].start, End: toks[re].end}
			obj := normRole(h.withSurnames(v+1, re))
			out = append(out, Role{Text: squash(h.text[r.Start:r.End]), Norm: verb + " of " + obj, Head: verb,
				Evidence: doc.Span{Start: nameSpan.Start, End: r.End}, Clause: true})
		}
	case v >= 0 && representVerbs[toks[v].bare()]:
		if r, ok := h.represents(v, nameSpan, out); ok {
			out = append(out, r)
		}
	case toks[after].text == "," && after+2 < len(toks) && toks[after+1].bare() == "representing":
		// "Clare Whitfield, representing the US government, told the
		// court": counsel for a party, in the clause's words.
		if re, ok := h.object(after + 2); ok {
			r := doc.Span{Start: toks[after+1].start, End: toks[re].end}
			out = append(out, Role{Text: squash(h.text[r.Start:r.End]), Norm: "representing " + normRole(h.withSurnames(after+2, re)),
				Head: "representative", Evidence: doc.Span{Start: nameSpan.Start, End: r.End}, Clause: true})
		}
	case toks[after].text == ",":
		// Apposition: "Yuri Ushakov, an aide to Putin, said"; an age
		// in between is skipped ("Jane Doe, 45, a lawyer,").
		from := after + 1
		if from+1 < len(toks) && isNumber(toks[from].text) && toks[from+1].text == "," {
			from += 2
		}
		from, until := h.untilPhrase(from)
		if rs, head, re, ok := h.forward(from, until, true); ok {
			if !h.namesNext(re + 1) {
				n := len(out)
				add(rs, head, head, re)
				if len(out) > n && until {
					formerRole(&out[n]) // "X, until today a junior minister, ..."
				} else if len(out) > n && h.leftAfter(re+1) {
					formerRole(&out[n]) // "X, the finance minister, resigned"
				}
				// "X, an epidemiologist and former chief medical
				// adviser, said": both describe X; "its former chairman
				// and chief executive" left both offices.
				end := re
				if rs, head, re, ok := h.sharedRole(h.pastBracket(re + 1)); ok && !h.namesNext(re+1) && len(out) > n {
					add(rs, head, head, re)
					if m := len(out) - 1; m > n && strings.HasPrefix(out[n].Norm, "former ") {
						formerRole(&out[m])
					}
				} else if k := h.pastBracket(end + 1); len(out) > n && h.wordsAt(k, "and") {
					if r, ok := h.oneOf(k+1, nameSpan); ok {
						out = append(out, r) // "a climate physicist at X and one of the report's two co-chairs"
					}
				}
			}
		} else if r, ok := h.oneOf(from, nameSpan); ok {
			out = append(out, r)
		} else if r, ok := h.askerAffiliation(from, nameSpan); ok {
			out = append(out, r) // "Question, Ann Lee, Tarn Capital: ..."
		} else if rs, head, ok := h.relativeNoun(from); ok {
			add(rs, head, head, head)
		}
	case toks[after].kind == tWord && copulas[toks[after].bare()]:
		// "Witkoff is a real estate developer"; without an article
		// only a phrase that ends the clause ("Sand remains chairman.").
		if from, ok := h.untilPhrase(after + 1); ok && toks[after].bare() == "was" {
			// "X was, until Monday morning, a junior minister".
			if rs, head, re, ok := h.forward(from, true, false); ok {
				n := len(out)
				add(rs, head, head, re)
				if len(out) > n {
					formerRole(&out[n])
				}
			}
		} else if rs, head, re, ok := h.forward(after+1, true, false); ok {
			n := len(out)
			add(rs, head, head, re)
			h.nowHeld(out[:n], before, after, nameSpan.End, len(out) > n)
		} else if rs, head, re, ok := h.forward(after+1, false, true); ok {
			n := len(out)
			add(rs, head, head, re)
			h.nowHeld(out[:n], before, after, nameSpan.End, len(out) > n)
		}
	}
	return out
}

// affiliation reports whether the tokens from k are "of", an optional
// "the" and the name of an organisation that ends the clause: in "the
// incumbent, Rhona Keir of the Green List, won" the party is where she
// belongs, and the name still closes the apposition before it.
func (h harvester) affiliation(k int) bool {
	toks := h.toks
	if k+1 >= len(toks) || toks[k].bare() != "of" {
		return false
	}
	k++
	if toks[k].bare() == "the" {
		k++
	}
	if k >= len(toks) || toks[k].mention < 0 || h.mentions[toks[k].mention].Type != doc.Org {
		return false
	}
	mi := toks[k].mention
	for k < len(toks) && toks[k].mention == mi {
		k++
	}
	return k >= len(toks) || toks[k].kind == tPunct && strings.Contains(",.;:)—–!?", toks[k].text)
}

// namesNext reports whether a comma at token k opens the name of another
// person set off by commas or ending the clause: in "According to Berg,
// the Austrian envoy, Markus Feldbauer, said" the apposition between the
// two names introduces the second, not the first. A second name with an
// apposition of its own is the next item of a list ("Ushakov, a Kremlin
// aide, Witkoff, the US envoy, and ...").
func (h harvester) namesNext(k int) bool {
	toks := h.toks
	if k+1 >= len(toks) || toks[k].text != "," {
		return false
	}
	mi := toks[k+1].mention
	if mi < 0 || h.mentions[mi].Type != doc.Person {
		return false
	}
	e := k + 1
	for e+1 < len(toks) && toks[e+1].mention == mi {
		e++
	}
	if e+1 >= len(toks) {
		return true
	}
	if toks[e+1].kind != tPunct || !strings.Contains(",.;:)—–-!?", toks[e+1].text) {
		return false
	}
	_, _, _, list := h.forward(h.skipAge(e+2), false, true)
	return toks[e+1].text != "," || !list
}

// namingVerbs name a person a sentence has described: "The engineer,
// named by local media as Piotr Zawadzki".
var namingVerbs = wordSet(`named identified`)

// namedAs reads the role of the person whose name follows "as" at token
// k: the description opening the sentence, set off by a comma before a
// verb of naming ("The engineer, named by local media as", "The victim,
// identified as"). It returns the role's first token and its head.
func (h harvester) namedAs(k int) (int, int, bool) {
	toks := h.toks
	if k < 1 || toks[k-1].bare() != "as" {
		return 0, 0, false
	}
	for j := k - 2; j >= 2 && k-j <= 6 && toks[j].kind == tWord; j-- {
		if !namingVerbs[toks[j].bare()] || toks[j-1].text != "," {
			continue
		}
		rs, head, ok := h.scanBack(j - 2)
		if !ok {
			rs, head, ok = h.namedAsNoun(j - 2)
		}
		if ok && (rs == 0 || rs == 1 && determiners[toks[0].bare()]) {
			return rs, head, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// listItem reports whether the apposition starting at token rs follows
// the name of another person, set off by a comma, while the name it
// precedes has an apposition of its own from token after: in "Ushakov, a
// Kremlin aide, Witkoff, the US envoy," each name has its own role.
func (h harvester) listItem(rs, after int) bool {
	toks := h.toks
	k := rs - 1
	if k >= 0 && toks[k].kind == tWord && determiners[toks[k].bare()] {
		k--
	}
	k = h.skipAgeBack(k)
	if k < 1 || toks[k].text != "," || toks[k-1].mention < 0 || h.mentions[toks[k-1].mention].Type != doc.Person {
		return false
	}
	if after+1 >= len(toks) || toks[after].text != "," {
		return false
	}
	_, _, _, ok := h.forward(h.skipAge(after+1), false, true)
	return ok
}

// possessivePronouns stand for a person named before them.
var possessivePronouns = wordSet(`her his their`)

// antecedent returns the canonical name of the first person named before
// token k in the sentence, the subject a possessive pronoun refers to,
// other than the one whose name starts at token self, and where that
// name starts.
func (h harvester) antecedent(k, self int) (string, int, bool) {
	for j := 0; j < k; j++ {
		mi := h.toks[j].mention
		if mi < 0 || h.mentions[mi].Type != doc.Person || h.toks[self].mention == mi {
			continue
		}
		name := h.mentions[mi].Canonical
		if name == "" {
			name = squash(h.mentions[mi].Text)
		}
		return name, h.mentions[mi].Start, true
	}
	return "", 0, false
}

// surnameOf is the last word of a name.
func surnameOf(name string) string {
	w, _ := lastWord(name)
	return w
}

// royalTitles are a rank by birth, which an office before them outranks:
// "Saudi Foreign Minister Prince Faisal bin Farhan" is the foreign
// minister.
var royalTitles = wordSet(`prince princess king queen sheikh emir sultan duke duchess`)

// peerTitles are the titles of the peerage, a rank an office before them
// outranks as well: "The trust's chair, Baroness Imelda Crowther," is the
// trust's chair.
var peerTitles = wordSet(`lord lady baron baroness earl countess viscount viscountess marquess marchioness`)

// pastRoyalTitle returns the token of a royal, a peer's or a professor's
// title right before token pre when an office stands before it, also
// across a comma for a royal's or a peer's ("Saudi Arabia's foreign
// minister, Prince Faisal"; "Vice-chancellor Professor Ann Lee" is the
// vice-chancellor), else pre itself.
func (h harvester) pastRoyalTitle(pre int) int {
	toks := h.toks
	t := pre - 1
	if t < 1 || toks[t].kind != tWord || toks[t].mention >= 0 || !isCapitalised(toks[t].text) ||
		!royalTitles[toks[t].bare()] && !peerTitles[toks[t].bare()] && professorTitles[toks[t].bare()] == "" {
		return pre
	}
	o := t - 1
	if toks[o].text == "," && o > 0 {
		if professorTitles[toks[t].bare()] != "" {
			return pre // "The panel chair, Professor Ann Lee of Kelbury University"
		}
		o--
	}
	if toks[o].kind != tWord {
		return pre
	}
	if _, _, ok := h.scanBack(o); !ok {
		return pre
	}
	return t
}

// allTitles reports whether tokens [from, to) are all title words: "Councillor",
// "Lord Justice".
func (h harvester) allTitles(from, to int) bool {
	for k := from; k < to; k++ {
		if h.toks[k].kind != tWord || !isTitle(h.toks[k].text) {
			return false
		}
	}
	return from < to
}

// smallArticle writes small the article a role opens with at the start
// of a sentence: "The bank's chief economist" is "the bank's chief
// economist".
func smallArticle(txt string) string {
	if first, rest, ok := strings.Cut(txt, " "); ok && rest != "" && (first == "The" || first == "A" || first == "An") {
		return strings.ToLower(first) + " " + rest
	}
	return txt
}

// passiveRoleVerbs give the person after "by" a role over the
// organisation they describe: "The Social Democrats, led by Jürgen Weber,"
// are the party he leads.
var passiveRoleVerbs = map[string]string{
	"led": "leader", "headed": "head", "chaired": "chair", "founded": "founder", "run": "head", "coached": "coach",
	"managed": "manager", "captained": "captain",
}

// ledBy reads the role a body named and set off by a comma, then a
// participle and "by" before the name at token first give the person
// ("The Social Democrats, led by Jürgen Weber, came second"; "the
// Homeland party, led by Ion Vasile," with the body's noun after its
// name). The name must end its clause.
func (h harvester) ledBy(first int, name doc.Span, endsClause bool) (Role, bool) {
	toks := h.toks
	v := first - 2
	if !endsClause || v < 2 || toks[first-1].bare() != "by" || toks[v].mention >= 0 || toks[v-1].text != "," {
		return Role{}, false
	}
	verb := passiveRoleVerbs[toks[v].bare()]
	end := v - 2
	oe := h.bodyNameBefore(end)
	if verb == "" || toks[oe].mention < 0 || h.mentions[toks[oe].mention].Type == doc.Person {
		return Role{}, false
	}
	os := oe
	for os > 0 && toks[os-1].mention == toks[oe].mention {
		os--
	}
	org := squash(h.text[toks[os].start:toks[end].end])
	if os > 0 && toks[os-1].bare() == "the" {
		org = "the " + org
		os--
	}
	return Role{Text: verb + " of " + org, Norm: verb + " of " + normRole(org), Head: verb,
		Evidence: doc.Span{Start: toks[os].start, End: name.End}, Clause: true}, true
}

// ledBodyNouns follow the name of a body they say the kind of: "the
// Homeland party", "the Wagner group".
var ledBodyNouns = wordSet(`party alliance movement bloc coalition front group faction`)

// bodyNameBefore returns the last token of the name before token end when
// end is a noun of ledBodyNouns after one ("Homeland party"), else end.
func (h harvester) bodyNameBefore(end int) int {
	toks := h.toks
	if end > 0 && toks[end].kind == tWord && toks[end].mention < 0 && ledBodyNouns[toks[end].bare()] && toks[end-1].mention >= 0 {
		return end - 1
	}
	return end
}

// dismissed makes r, the office named after the verb of dismissal at token
// v, an office held no more: "sacked head coach" is the former head coach.
// An organisation that is the verb's subject is whose office it was:
// "Hartfield Rovers have sacked manager X" gives "former Hartfield Rovers
// manager".
func (h harvester) dismissed(r *Role, v int) {
	r.left = true
	r.Evidence.Start = min(r.Evidence.Start, h.toks[v].start)
	if org, at, ok := h.dismisser(v); ok && !strings.Contains(r.Norm, " of ") {
		r.Text = "former " + org + " " + r.Text
		r.Norm = "former " + r.Norm + " of " + normRole(org)
		r.Evidence.Start = min(r.Evidence.Start, at)
		return
	}
	r.Text = "former " + r.Text
	r.Norm = "former " + r.Norm
}

// successionNouns relate a person to another holder of an office, which
// they name only with a complement ("predecessor as prime minister").
var successionNouns = wordSet(`predecessor successor`)

// leavingVerbs say that the person before them has left an office:
// "Finance Minister X resigned", "Prime Minister X toppled in
// no-confidence vote" (a headline's passive). quittingVerbs need no
// passive: the person leaves of their own accord.
var (
	leavingVerbs  = wordSet(`ousted toppled removed sacked fired dismissed deposed impeached unseated`)
	quittingVerbs = wordSet(`resigned resigns quit quits`)
)

// presentQuitting are the present forms of quittingVerbs, which a
// headline or a timeline gives a departure in ("Prime Minister X
// resigns") and a condition one still to come ("unless X resigns").
var presentQuitting = wordSet(`resigns quits`)

// conditionals open a clause whose verb tells what may happen.
var conditionals = wordSet(`if unless until whether when once before after should`)

// conditionalBefore reports whether a conditional stands before token k
// in its sentence: "withdraw their ministers unless Prime Minister X
// resigns".
func (h harvester) conditionalBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if t := h.toks[j]; t.kind == tWord && t.mention < 0 && conditionals[bare(t.text)] {
			return true
		}
	}
	return false
}

// leavingAux may stand between a name and its verb of leaving; those of
// passiveAux make it a passive ("was ousted", "had been sacked"), "has"
// and "had" alone an active ("has sacked his deputy").
var leavingAux = wordSet(`was has had been is`)

// passiveTail may follow a verb of leaving used as a passive without its
// auxiliary, as a headline writes it: "X toppled in no-confidence vote",
// "X sacked after defeat"; a word of any other kind is the object of an
// active verb ("Lord Justice X dismissed the appeal").
var passiveTail = wordSet(`in by after over amid following for`)

// unleavable roles stay a person's after they leave their post: a
// founder remains the founder, a predecessor the predecessor ("his
// predecessor, X, resigned").
var unleavable = wordSet(`founder co-founder cofounder predecessor successor`)

// leftAfter reports whether the clause from token k, right after a name
// (or the comma closing an apposition before it), says the person left
// their office: "resigned" or "stepped down" without an object, or a
// verb of dismissal as a passive ("was ousted", "toppled in vote"). A
// verb with "as" or "from" after it names the office it ends itself
// ("resigned as chair", "resigned from the board"), which may be
// another.
func (h harvester) leftAfter(k int) bool {
	toks := h.toks
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	passive := false
	for k < len(toks) && toks[k].kind == tWord && leavingAux[toks[k].bare()] {
		passive = passive || passiveAux[toks[k].bare()]
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord || toks[k].mention >= 0 {
		return false
	}
	v := toks[k].bare()
	if v == "stepped" && k+1 < len(toks) && toks[k+1].bare() == "down" {
		v, k = "resigned", k+1
	}
	next, end := "", k+1 >= len(toks) || toks[k+1].kind == tPunct
	if !end {
		next = toks[k+1].bare()
	}
	switch {
	case next == "as" || next == "from":
		return false
	case quittingVerbs[v] && presentQuitting[v] && h.conditionalBefore(k):
		// "unless Prime Minister X resigns": not yet.
		return false
	case quittingVerbs[v]:
		// "resigned on Monday", "quit politics"; not "quit the
		// talks" or "quit Twitter", another thing left.
		return end || !determiners[next] && toks[k+1].mention < 0 && !isCapitalised(toks[k+1].text)
	case leavingVerbs[v]:
		return passive || end || passiveTail[next]
	}
	return false
}

// votedOut reports whether token v is a verb of dismissal in the
// infinitive after "voted", with at most three words between ("lawmakers
// voted on Thursday to remove Prime Minister X"): the vote removed the
// office. Any other verb before "to" ("plans to remove") leaves it held.
func (h harvester) votedOut(v int) bool {
	toks := h.toks
	if v < 2 || !removalInfinitives[toks[v].bare()] || toks[v-1].bare() != "to" {
		return false
	}
	for j := v - 2; j >= 0 && v-j <= 5 && toks[j].kind == tWord; j-- {
		if toks[j].bare() == "voted" {
			return true
		}
	}
	return false
}

// removalInfinitives end an office: "voted to oust".
var removalInfinitives = wordSet(`remove oust topple depose unseat sack dismiss impeach`)

// departureNouns name a person's leaving an office: "the resignation of
// Finance Minister X".
var departureNouns = wordSet(`resignation ouster removal dismissal sacking firing departure exit downfall impeachment`)

// departureOf reports whether token k is the "of" after a noun of
// departure, with at most three words between ("the resignation in April
// of Finance Minister X").
func (h harvester) departureOf(k int) bool {
	toks := h.toks
	if k < 1 || toks[k].bare() != "of" {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 4 && toks[j].kind == tWord; j-- {
		if departureNouns[toks[j].bare()] {
			return !h.departureSought(j)
		}
	}
	return false
}

// departureSought reports whether the noun of departure at token j is
// one others ask for, rumour or refuse, with at most three words between
// ("demanding the resignation of", "called for the immediate
// resignation of", "rejected the resignation of"): the person has not
// left. "accepted the resignation of" is a departure.
func (h harvester) departureSought(j int) bool {
	toks := h.toks
	for k := j - 1; k >= 0 && j-k <= 4 && toks[k].kind == tWord; k-- {
		if soughtDepartureWords[toks[k].bare()] {
			return true
		}
	}
	return false
}

// soughtDepartureWords ask for, rumour or refuse a departure that has not
// happened: "demanded the resignation of", "rumours of the ouster of".
var soughtDepartureWords = wordSet(`demand demands demanded demanding call calls called calling urge urges urged
urging seek seeks sought seeking request requests requested requesting want wants wanted wanting press pressed
pressing rumour rumours rumor rumors rumoured rumored speculation possible threat threatened threatening
reject rejects rejected rejecting refuse refuses refused refusing decline declined declining`)

// possessedAfter reports whether a possessive marker follows the name
// ending before token after: in "the resignation of Prime Minister X's
// coalition" what departs is the coalition, not X.
func (h harvester) possessedAfter(after int) bool {
	return after < len(h.toks) && h.toks[after].kind == tPoss
}

// formerRole makes r an office held no more, unless it says so already
// or it is none to leave (unleavable, a kinship: "her husband, X,
// resigned" is still her husband).
func formerRole(r *Role) {
	if strings.HasPrefix(r.Norm, "former ") || strings.HasPrefix(r.Norm, "ex-") || unleavable[r.Head] || kinNouns[r.Head] {
		return
	}
	r.left = true
	r.Text = "former " + r.Text
	r.Norm = "former " + r.Norm
}

// dismisser returns the organisation named as the subject of the verb at
// token v, across its auxiliaries ("Hartfield Rovers have sacked"), and
// where its name starts.
func (h harvester) dismisser(v int) (string, int, bool) {
	k := v - 1
	for k >= 0 && h.toks[k].kind == tWord && h.toks[k].mention < 0 && dismissAux[h.toks[k].bare()] {
		k--
	}
	if k < 0 || h.toks[k].mention < 0 || h.mentions[h.toks[k].mention].Type != doc.Org {
		return "", 0, false
	}
	mi := h.toks[k].mention
	s := k
	for s > 0 && h.toks[s-1].mention == mi {
		s--
	}
	return squash(h.text[h.toks[s].start:h.toks[k].end]), h.toks[s].start, true
}

// isAgeWord reports whether w gives an age: "22-year-old".
func isAgeWord(w string) bool {
	n, ok := strings.CutSuffix(strings.ToLower(w), "-year-old")
	return ok && isNumber(n)
}

// dismissAux may stand between an organisation and its verb of dismissal.
var dismissAux = wordSet(`has have had`)

// relativeNoun reads an apposition that a relative clause describes, from
// token i: an article, at most three modifiers and a lower-case noun
// followed by "who" or "whose" ("the trumpeter whose solos …", "a
// carpenter who …", "the Basque mountaineer who …"). The noun is the
// person's role though no lexicon lists it. It returns the role's first
// token and its head.
func (h harvester) relativeNoun(i int) (int, int, bool) {
	toks := h.toks
	if i >= len(toks) || toks[i].kind != tWord || toks[i].mention >= 0 || !articleWords[toks[i].bare()] {
		return 0, 0, false
	}
	for j := i + 1; j < len(toks)-1 && j <= i+4; j++ {
		if h.nameModifier(j) {
			continue
		}
		if !h.plainNoun(j) {
			return 0, 0, false
		}
		if rel := toks[j+1].bare(); (rel == "who" || rel == "whose") && !plainPersonNouns[toks[j].bare()] {
			return i + 1, j, true
		}
	}
	return 0, 0, false
}

// articleWords open a noun phrase that a relative clause may describe.
var articleWords = wordSet(`a an the`)

// plainPersonNouns say only that someone is a person, or which one, which
// is no role: "the man who …", "the first who …".
var plainPersonNouns = wordSet(`man woman person boy girl child one people lady guy
	first last second third only same other latest next`)

// kinNouns name a relation to another person: in "the son of a Baptist
// preacher, Robert Keane Sr." the name that follows is that other person.
var kinNouns = wordSet(`
son daughter wife husband widow widower father mother brother sister child
grandson granddaughter nephew niece cousin son-in-law daughter-in-law
stepson stepdaughter brother-in-law sister-in-law father-in-law mother-in-law
`)

// kinOfIndefinite reports whether the head at token head is a kinship noun
// followed by "of a" or "of an": the name after the phrase is the person
// the indefinite phrase describes, not the relative ("the son of a Baptist
// preacher, Robert Keane Sr.").
func (h harvester) kinOfIndefinite(head int) bool {
	toks := h.toks
	return head+2 < len(toks) && kinNouns[toks[head].bare()] &&
		toks[head+1].bare() == "of" && (toks[head+2].bare() == "a" || toks[head+2].bare() == "an")
}

// roleVerbs are the verbs of a relative clause that give the person a
// role over its object, with the role's head noun: "who heads the agency"
// is its head, "who founded the firm" its founder.
var roleVerbs = map[string]string{
	"heads": "head", "headed": "head", "runs": "head", "ran": "head", "oversees": "head", "oversaw": "head",
	"leads": "leader", "led": "leader", "chairs": "chair", "chaired": "chair",
	"founded": "founder", "co-founded": "co-founder", "cofounded": "co-founder",
	"directs": "director", "directed": "director", "manages": "manager", "managed": "manager",
	"owns": "owner", "owned": "owner", "coaches": "coach", "coached": "coach",
	"edits": "editor", "edited": "editor", "captains": "captain", "captained": "captain",
}

// object reads the noun phrase a role verb governs, from token i: an
// article or possessor, then words and names up to the end of the
// clause or a time phrase that ends it ("the Sleep Council", "the study",
// "its Paris office"). It returns the last token; the phrase must end the
// clause.
func (h harvester) object(i int) (int, bool) {
	toks := h.toks
	re := -1
	for j := i; j < len(toks) && j-i <= maxModifiers; j++ {
		t := toks[j]
		if t.kind == tPoss && re >= 0 {
			continue
		}
		if t.kind != tWord {
			if h.thousandsComma(j) {
				continue // "the 2,140-patient trial"
			}
			if re >= 0 && t.kind == tPunct && strings.Contains(",.;:)—–-!?", t.text) {
				return re, true
			}
			return 0, false
		}
		if t.mention >= 0 {
			if h.mentions[t.mention].Type == doc.Person {
				return 0, false
			}
			for j+1 < len(toks) && toks[j+1].mention == t.mention {
				j++
			}
			re = j
			continue
		}
		if re >= 0 && h.timeTail(j) {
			// "who has represented the ward since 1998".
			return re, true
		}
		b := bare(t.text)
		possessor := j+1 < len(toks) && toks[j+1].kind == tPoss
		if j == i && !determiners[b] && !isCapitalised(t.text) && !possessor {
			// "who runs quickly", "who heads home": no object;
			// "who chairs parliament's health committee" has one.
			return 0, false
		}
		switch {
		case determiners[b]: // articles and possessives ("its Paris office")
			if re >= 0 {
				return 0, false
			}
		case prepositions[b] || b == "and" || b == "&":
			// "the Center for Sleep Research", "the department of
			// health": a connector inside the phrase.
			if re < 0 {
				return 0, false
			}
		case isStop(t.text) || isVerbLike(t.text) && !isCapitalised(t.text) && !isRoleHead(t.text):
			return 0, false
		default:
			re = j
		}
	}
	if re >= 0 && re == len(toks)-1 {
		return re, true
	}
	return 0, false
}

// withSurnames returns the text of tokens [rs, re] with every person named
// in it reduced to the surname of its canonical name, so that "Donald
// Trump’s envoy" and "Trump's envoy" normalise alike.
func (h harvester) withSurnames(rs, re int) string {
	var b strings.Builder
	last := h.toks[rs].start
	for k := rs; k <= re; k++ {
		t := h.toks[k]
		mi := t.mention
		if mi < 0 || h.mentions[mi].Type != doc.Person {
			continue
		}
		e := k
		for e+1 <= re && h.toks[e+1].mention == mi {
			e++
		}
		name := h.mentions[mi].Canonical
		if name == "" {
			name = h.mentions[mi].Text
		}
		b.WriteString(h.text[last:t.start])
		if toks := nameTokens(name); len(toks) > 0 {
			b.WriteString(toks[len(toks)-1])
		} else {
			b.WriteString(h.text[t.start:h.toks[e].end])
		}
		last = h.toks[e].end
		k = e
	}
	b.WriteString(h.text[last:h.toks[re].end])
	return b.String()
}

func isNumber(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
