package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// maxTitleWords bounds a capitalised title read from its first word to
// its head: "Chief Medical Officer", "Executive Vice President".
const maxTitleWords = 4

// capitalisedTitle reports whether the capitalised role modifier at token
// j opens a capitalised title that ends in a role head within a few
// words: "Chief" in "Halvren's Chief Medical Officer", where the words
// between ("Medical", "Operating") no lexicon lists.
func (h harvester) capitalisedTitle(j int) bool {
	toks := h.toks
	if !isCapitalised(toks[j].text) || !roleModifiers[toks[j].bare()] {
		return false
	}
	for k := j + 1; k < len(toks) && k-j < maxTitleWords; k++ {
		t := toks[k]
		if t.kind != tWord || !isCapitalised(t.text) || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person {
			return false
		}
		if k > j+1 && isRoleHead(t.text) {
			return true
		}
	}
	return false
}

// workPrepositions link a worker to the body they work for: "an
// oceanographer at Kestrel University", "a partner with Lane & Co".
var workPrepositions = wordSet(`at of with`)

// agentAtOrg reports whether the lower-case word at token j is a noun of
// agent no lexicon lists ("oceanographer", "biogeochemist", "surveyor")
// that the name of an organisation follows after "at", "of" or "with"
// and perhaps "the": a person so described works there.
func (h harvester) agentAtOrg(j int) bool {
	toks := h.toks
	t := toks[j]
	if t.kind != tWord || t.mention >= 0 || isCapitalised(t.text) || !agentNoun(bare(t.text)) || j+2 >= len(toks) ||
		!workPrepositions[toks[j+1].bare()] {
		return false
	}
	k := j + 2
	if toks[k].bare() == "the" && k+1 < len(toks) {
		k++
	}
	mi := toks[k].mention
	return mi >= 0 && h.mentions[mi].Type == doc.Org
}

// coordinatedRole reports whether a second role phrase joined by "and"
// follows at token k and ends the apposition: in "a marine biogeochemist
// at the Royal Institute and a co-author, said" the first role stands.
func (h harvester) coordinatedRole(k int) bool {
	if k+1 >= len(h.toks) || h.toks[k].kind != tWord || h.toks[k].bare() != "and" {
		return false
	}
	if _, _, _, ok := h.forward(k+1, true, true); ok {
		return true
	}
	if _, ok := h.oneOf(k+1, doc.Span{}); ok {
		// "a climate physicist at the University of Bergen and one of
		// the report's two co-chairs".
		return true
	}
	_, _, _, ok := h.sharedRole(k)
	return ok
}

// sharedRole reads a second role phrase joined by "and" at token k that
// shares the article of the first, and so describes the same person:
// "former chief medical adviser to the government" in "an epidemiologist
// and former chief medical adviser to the government". It returns the
// phrase's first token, head and last token.
func (h harvester) sharedRole(k int) (int, int, int, bool) {
	if k+1 >= len(h.toks) || h.toks[k].kind != tWord || h.toks[k].bare() != "and" {
		return 0, 0, 0, false
	}
	return h.forwardShared(k + 1)
}

// maxRelativeWords bounds the words of a relative clause between a role
// and the name it describes.
const maxRelativeWords = 8

// relativeBefore finds, for a phrase ending at token end, the role head
// that a relative clause on "who" follows: "doctor" in "the junior doctor
// who first assessed her, Dr Kwame Mensah,". The clause holds no
// punctuation and names no person.
func (h harvester) relativeBefore(end int) (int, bool) {
	toks := h.toks
	for j := end; j > 1 && end-j <= maxRelativeWords; j-- {
		t := toks[j]
		if t.kind != tWord || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person {
			return 0, false
		}
		if bare(t.text) != "who" {
			continue
		}
		p := toks[j-1]
		if j == end || p.kind != tWord || p.mention >= 0 || !isRoleHead(p.text) || honorifics[bare(p.text)] {
			return 0, false
		}
		return j - 1, true
	}
	return 0, false
}

// academicHeads name the bodies whose staff a professor's title places:
// "Prof Helen Achterberg of the University of Lindmouth".
var academicHeads = wordSet(`university college institute school academy polytechnic`)

// professorAt reads the post a professor's title and the academic body
// after the name give: "Prof Helen Achterberg of the University of
// Lindmouth" is a professor of the University of Lindmouth, in the
// article's preposition. The title stands between tokens lead and
// first, the name ends before token after, and the body, named after
// "of" or "at" and perhaps "the", must end the clause.
func (h harvester) professorAt(lead, first, after int) (Role, bool) {
	toks := h.toks
	if first-lead != 1 || professorTitles[toks[lead].bare()] == "" || after+1 >= len(toks) ||
		!(toks[after].bare() == "of" || toks[after].bare() == "at") {
		return Role{}, false
	}
	k := after + 1
	if toks[k].bare() == "the" && k+1 < len(toks) {
		k++
	}
	mi := toks[k].mention
	if mi < 0 || h.mentions[mi].Type != doc.Org {
		return Role{}, false
	}
	e, academic := k, false
	for ; e < len(toks) && toks[e].mention == mi; e++ {
		academic = academic || academicHeads[toks[e].bare()]
	}
	if !academic || e < len(toks) && !(toks[e].kind == tPunct && strings.Contains(",.;:)", toks[e].text)) {
		return Role{}, false
	}
	org := toks[after].bare() + " " + squash(h.text[toks[after+1].start:toks[e-1].end])
	return Role{Text: "professor " + org, Norm: normRole("professor " + toks[after].bare() + " " + h.withSurnames(after+1, e-1)), Head: "professor",
		Evidence: doc.Span{Start: toks[lead].start, End: toks[e-1].end}}, true
}

// professorTitles are the titles of a professor before a name, each
// with the role it spells.
var professorTitles = map[string]string{"prof": "professor", "professor": "professor"}

// professorHead reports a professor's title at token head right before
// the name or titles at token pre: "Kelbury University's Professor Ann
// Lee" says less of her than a role written out, and a profile lists it
// after those.
func (h harvester) professorHead(head, pre int) bool {
	t := h.toks[head]
	return head == pre-1 && isCapitalised(t.text) && professorTitles[bare(t.text)] != ""
}

// withEffect reports "with effect" at token k, which opens the date an
// appointment starts, not the office's complement: "as her successor
// with effect from 1 January".
func (h harvester) withEffect(k int) bool {
	return k+1 < len(h.toks) && h.toks[k].bare() == "with" && h.toks[k+1].bare() == "effect"
}

// professorBetween reports a professor's title or another honorific
// among the tokens from lead to the name at first: in "The committee
// chair, Professor Ingrid Solberg of the University of Northmere" and
// "The other co-chair, Dr Ama Owusu of Kelbury University" the
// university is the person's, not the apposition's office's.
func (h harvester) professorBetween(lead, first int) bool {
	for k := lead; k < first && k < len(h.toks); k++ {
		if b := h.toks[k].bare(); professorTitles[b] != "" || honorifics[b] {
			return true
		}
	}
	return false
}
