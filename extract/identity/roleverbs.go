package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// presentOfficeVerbs are the present forms of verbs that give or take an
// office, which a headline writes before the office and the name
// ("Rovers sack boss X", "Council names director Y"): the verb is no part
// of the role. A form that is also a noun of a role's field ("fire
// chief") is left out.
var presentOfficeVerbs = wordSet(`dismiss dismisses sack sacks axe axes oust ousts fires
appoint appoints names hire hires`)

// presentDismissals are those of presentOfficeVerbs that take the office
// away: "Rovers dismiss boss X" leaves X a former boss.
var presentDismissals = wordSet(`dismiss dismisses sack sacks axe axes oust ousts fires`)

// replacingVerbs say that the subject takes the office of the person
// named after the role: in "Y replaces caretaker X" X is caretaker no
// more.
var replacingVerbs = wordSet(`replaces replaced replacing succeeds succeeded succeeding`)

// heldPosts are role nouns of a post another can take over, besides the
// offices one person holds at a time (SoleOffice): a rank ("Colonel")
// or a trade ("economist") stays with the person replaced.
var heldPosts = wordSet(`caretaker boss chief head director editor commander minister secretary administrator`)

// heldPost reports whether a role is a post whose holder another can
// replace.
func heldPost(r Role) bool {
	return SoleOffice(r.Norm) || heldPosts[r.Head]
}

// officeVerbAt reports whether token j is a lower-case present verb of
// presentOfficeVerbs, which ends a role read back from its head.
func (h harvester) officeVerbAt(j int) bool {
	t := h.toks[j]
	return t.kind == tWord && t.mention < 0 && !isCapitalised(t.text) && presentOfficeVerbs[bare(t.text)]
}

// openingNameBefore reports whether the name a tagger took for a
// person's, ending at token j right before the role head, opens the
// sentence, and another name follows the head: "Green Party leader Ann
// Roe said" names the party whose leader she is, and no list can stand
// before it.
func (h harvester) openingNameBefore(j, head int) bool {
	m := h.toks[j].mention
	if j+1 != head || head+1 >= len(h.toks) || h.toks[head+1].mention < 0 {
		return false
	}
	k := j
	for k > 0 && h.toks[k-1].mention == m {
		k--
	}
	return k == 0 && h.mentions[h.toks[head+1].mention].Type == doc.Person
}

// nowHeld marks as former the roles of out from index from on that stand
// before the name ending at byte end, when the copula after the name is
// followed by "now" and a role: in "Finance director X is now interim
// chief executive" the office before the name is the one X held before.
// added says whether the role after "now" was taken.
func (h harvester) nowHeld(out []Role, from, after, end int, added bool) {
	toks := h.toks
	if !added || after+2 >= len(toks) || toks[after].bare() != "is" && toks[after].bare() != "are" || toks[after+1].bare() != "now" {
		return
	}
	for i := from; i < len(out); i++ {
		if out[i].Evidence.End <= end && !strings.HasPrefix(out[i].Norm, "former ") && !out[i].Clause {
			formerRole(&out[i])
		}
	}
}

// modifiedField reports whether the plural at token j follows "of" or
// "for" and one lower-case word naming its field: "director of football
// operations", "head of consumer affairs".
func (h harvester) modifiedField(j int) bool {
	if j < 2 {
		return false
	}
	m, p := h.toks[j-1], h.toks[j-2].bare()
	return (p == "of" || p == "for") && m.kind == tWord && m.mention < 0 && !isCapitalised(m.text) &&
		!isStop(m.text) && !isVerbLike(m.text) && !determiners[bare(m.text)]
}

// whoseOwner returns the person named right before ", whose" when token
// k is that "whose", and where the name starts: in "Ann Roe, whose
// brother Tom Roe said" the brother is Ann Roe's.
func (h harvester) whoseOwner(k int) (string, int, bool) {
	toks := h.toks
	if k < 2 || toks[k].bare() != "whose" || toks[k-1].text != "," {
		return "", 0, false
	}
	mi := toks[k-2].mention
	if mi < 0 || h.mentions[mi].Type != doc.Person {
		return "", 0, false
	}
	name := h.mentions[mi].Canonical
	if name == "" {
		name = squash(h.mentions[mi].Text)
	}
	return name, h.mentions[mi].Start, true
}

// openingNameNorm returns the normalised role on tokens [rs, re] when it
// opens with a name taken for a person's that names whose role it is
// (openingNameBefore): the role of the name, as of an organisation.
func (h harvester) openingNameNorm(rs, re int) (string, bool) {
	mi := h.toks[rs].mention
	if rs != 0 || mi < 0 || h.mentions[mi].Type != doc.Person {
		return "", false
	}
	e := rs
	for e < re && h.toks[e+1].mention == mi {
		e++
	}
	if e == re || !h.openingNameBefore(e, e+1) {
		return "", false
	}
	return normRole(h.withSurnames(e+1, re)) + " of " + normRole(h.text[h.toks[rs].start:h.toks[e].end]), true
}

// bodyBackReference reports an object on tokens [i, re] that is only an
// article and the noun for a kind of business, which points back at one
// named elsewhere and names none: "who has led the company" gives no
// role of its own.
func (h harvester) bodyBackReference(i, re int) bool {
	if re != i+1 || h.toks[i].mention >= 0 || h.toks[re].mention >= 0 || h.toks[i].bare() != "the" {
		return false
	}
	t := h.toks[re]
	b := bare(t.text)
	return !isCapitalised(t.text) && employerNouns[b]
}
