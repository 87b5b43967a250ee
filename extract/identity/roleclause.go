package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// phrasalRemovals take the office after "as" away with their particle:
// "stepped down as chief executive".
var phrasalRemovals = map[string]string{
	"stepped": "down", "steps": "down", "step": "down", "stepping": "down",
	"stood": "down", "stands": "down", "standing": "down",
}

// particleAfter reports whether verb is in phrasal and next is its
// particle.
func particleAfter(phrasal map[string]string, verb, next string) bool {
	p, ok := phrasal[verb]
	return ok && p == bare(next)
}

// phrasalStays and stayVerbs keep the person in the office after "as":
// "stayed on as chair", "remained as coach", "will serve as deputy prime
// minister" (ahead, after "will"). "served as" is left out: it often
// tells of an office held no more.
var (
	phrasalStays = map[string]string{"stayed": "on", "stays": "on", "stay": "on", "staying": "on"}
	stayVerbs    = wordSet(`remained remains serve serves serving`)
)

// takeVerbs with one of takeParticles give the person the office after
// "as": "will take charge as interim manager", "took over as chair".
var (
	takeVerbs     = wordSet(`take takes took taken taking`)
	takeParticles = wordSet(`charge over`)
)

// coordinatedPronouns open a clause joined to the sentence whose subject
// is the person named before: "..., but she stayed on as chair".
var coordinatedPronouns = wordSet(`he she`)

// nextClause returns the token after "but she" or "and he" that joins a
// clause to the rest of a sentence from token i, before any other person
// is named outside an aside of a participle ("handing the role to Sato"),
// or -1.
func (h harvester) nextClause(i int) int {
	toks := h.toks
	for j := i; j+2 < len(toks); j++ {
		if j == i || toks[j].text == "," {
			j = h.skipParticiple(j)
		}
		t := toks[j]
		if t.mention >= 0 && h.mentions[t.mention].Type == doc.Person || t.kind == tPunct && t.text != "," {
			return -1
		}
		if b := bare(t.text); (b == "but" || b == "and") && coordinatedPronouns[toks[j+1].bare()] {
			return j + 2
		}
	}
	return -1
}

// skipParticiple returns the comma closing an aside that opens with a
// participle at token i or right after the comma there ("handing the role
// to Sato,"), or i when there is none.
func (h harvester) skipParticiple(i int) int {
	toks := h.toks
	k := i
	if toks[k].text == "," {
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord || !strings.HasSuffix(toks[k].bare(), "ing") {
		return i
	}
	for j := k + 1; j < len(toks) && j-k <= maxAside; j++ {
		if toks[j].text == "," {
			return j
		}
		if toks[j].kind == tPunct {
			return i
		}
	}
	return i
}

// thousandsComma reports a comma at token j that separates the thousands
// of a number written in digits ("2,140"), which ends no phrase.
func (h harvester) thousandsComma(j int) bool {
	toks := h.toks
	if j < 1 || j+1 >= len(toks) || toks[j].text != "," || toks[j-1].end != toks[j].start || toks[j+1].start != toks[j].end {
		return false
	}
	return isDigits(toks[j-1].text) && len(toks[j+1].text) >= 3 && isDigits(toks[j+1].text[:3])
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
