package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// withdrawnPhrases open what a correction says an earlier version of the
// article stated: "An earlier version of this article said X was a
// former ambassador." The roles that sentence gives are withdrawn.
var withdrawnPhrases = []string{"earlier version of this", "previous version of this",
	"earlier version of the article", "earlier version of the story", "earlier version of the report"}

// withdrawnVerbs state what the earlier version said of someone.
var withdrawnVerbs = wordSet(`said stated described called named identified referred reported gave listed misidentified`)

// withdrawnClaim reports whether a sentence tells what an earlier
// version of the article said of someone ("An earlier version of this
// article said Henrik Marsh was a former ambassador"; "… described her
// as"): the roles it gives are the ones withdrawn. A correction that
// only misspelt a name ("misspelled the name of Finance Minister X")
// withdraws no role.
func withdrawnClaim(sentence string) bool {
	if !hasVers(sentence) {
		return false
	}
	l := strings.ToLower(sentence)
	for _, p := range withdrawnPhrases {
		i := strings.Index(l, p)
		if i < 0 {
			continue
		}
		words := strings.Fields(l[i+len(p):])
		// "… of this article said", "… of this article incorrectly
		// described": the verb comes within three words.
		for k := 0; k < len(words) && k < 4; k++ {
			if withdrawnVerbs[strings.Trim(words[k], ",.;:")] {
				return true
			}
		}
	}
	return false
}

// hasVers reports whether s holds "vers" in any case, as every sentence
// holding one of withdrawnPhrases ("version") does once lower-cased: no
// letter but V, E, R and S lowers to those, so the sentence need not be
// lower-cased to rule the phrases out.
func hasVers(s string) bool {
	return hasVersAt(s, 'v') || hasVersAt(s, 'V')
}

// hasVersAt reports whether s holds "vers" in any case with v (v or V)
// as its first letter, looked for by strings.IndexByte: v is a rare
// letter.
func hasVersAt(s string, v byte) bool {
	for {
		i := strings.IndexByte(s, v)
		if i < 0 || i+4 > len(s) {
			return false
		}
		if s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 'r' && s[i+3]|0x20 == 's' {
			return true
		}
		s = s[i+1:]
	}
}

// pronounSubjects open a sentence that goes on about the person named
// before.
var pronounSubjects = wordSet(`he she`)

// correctedRole reads the sentence after a withdrawn claim about the one
// person prev, "He was Morvania's ambassador to Ostrel.", as the role the
// correction gives that person. "was" tells an office held before the
// article's time, which the correction puts right: a former one.
func (h harvester) correctedRole(prev *doc.Mention) (Role, bool) {
	toks := h.toks
	if prev == nil || len(toks) < 3 || toks[0].kind != tWord || !pronounSubjects[toks[0].bare()] ||
		toks[1].kind != tWord || !copulas[toks[1].bare()] {
		return Role{}, false
	}
	rs, head, re, ok := h.forward(2, false, true)
	if !ok {
		return Role{}, false
	}
	txt := squash(h.text[toks[rs].start:toks[re].end])
	r := Role{Name: personName(*prev), Text: txt, Norm: h.norm(rs, re), Head: normRole(h.text[toks[head].start:toks[head].end]),
		Evidence: doc.Span{Start: prev.Start, End: toks[re].end}}
	if toks[1].bare() == "was" {
		formerRole(&r)
		if e, ok := h.possessorAt(rs); ok && r.left && e < re {
			// "Morvania's former ambassador to Ostrel".
			r.Text = squash(h.text[toks[rs].start:toks[e].end]) + " former " + squash(h.text[toks[e+1].start:toks[re].end])
		}
	}
	return r, true
}
