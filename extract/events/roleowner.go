package events

import (
	"strings"
	"unicode"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
)

// roleOwnerReach is how many lower-case words may stand between "The"
// and the role noun of a possessive opening: "The former city mayor's".
const roleOwnerReach = 2

// roleOwnerSubject returns the role noun of a possessive a clause opens
// with, when the clause speaks of a person's family or circle by their
// role: "The former mayor's family has attended every day" gives
// "mayor". A noun that is no role ("The company's board") gives "".
func roleOwnerSubject(clause string) string {
	const maxOpening = 80 // bytes enough for the opening's words
	ws := strings.Fields(clause[:min(len(clause), maxOpening)])
	if len(ws) < 3 || ws[0] != "The" && ws[0] != "the" {
		return ""
	}
	for _, w := range ws[1:min(len(ws)-1, 2+roleOwnerReach)] {
		noun, owned := strings.CutSuffix(w, "'s")
		if !owned {
			noun, owned = strings.CutSuffix(w, "’s")
		}
		if !isWord(noun) || !unicode.IsLower([]rune(noun)[0]) {
			return ""
		}
		if owned {
			if identity.HasRoleHead(noun) {
				return noun
			}
			return ""
		}
	}
	return ""
}

// heldRoleOwner returns the one person named before offset end with the
// role noun next to the name, as roleHolder finds them, or right after a
// word of another office ("former mayor Ann Holt"), as a possessive
// opening may speak of a former office; "" when no one or several
// people are.
func (p pronouns) heldRoleOwner(end int, noun string) string {
	if h := p.roleHolder(end, noun); h != "" {
		return h
	}
	holder := ""
	for _, m := range p.mentions {
		if m.Start >= end || m.End > len(p.text) {
			break
		}
		if m.Type != doc.Person || !endsWithWord(p.text[:m.Start], noun) && !heldInRelative(p.text[m.End:], noun) {
			continue
		}
		if holder != "" && holder != m.Name() {
			return ""
		}
		holder = m.Name()
	}
	return holder
}

// heldRoles open a relative clause after a name that tells the person's
// office: "Ann Holt, who was mayor from 2017 to 2024".
var heldRoles = []string{", who was ", ", who is ", ", who had been ", ", who has been "}

// heldInRelative reports whether rest, the text after a name, opens with
// a relative clause of heldRoles whose next few words hold the role noun.
func heldInRelative(rest, noun string) bool {
	for _, h := range heldRoles {
		if after, ok := strings.CutPrefix(rest, h); ok {
			ws := strings.Fields(after[:min(len(after), 48)])
			for _, w := range ws[:min(len(ws), 3)] {
				bare := strings.TrimRight(w, phraseEnd)
				if strings.EqualFold(bare, noun) {
					return true
				}
				if bare != w {
					return false
				}
			}
			return false
		}
	}
	return false
}

// endsWithWord reports whether before, the text up to a name, ends in
// the word w and a space: "former mayor ".
func endsWithWord(before, w string) bool {
	rest, ok := strings.CutSuffix(before, " ")
	if !ok || len(rest) < len(w) || !strings.EqualFold(rest[len(rest)-len(w):], w) {
		return false
	}
	rest = rest[:len(rest)-len(w)]
	return rest == "" || !unicode.IsLetter([]rune(rest)[len([]rune(rest))-1])
}

// roleOwnerBefore returns, for a sentence s before a pronoun pron that
// names no one and opens with a role's possessive ("The former mayor's
// family has attended every day"), the one person the role stands for,
// whom the pronoun after it refers back to ("His daughter sat in the
// gallery"); none when the role's holder is not known or does not fit
// the pronoun, as a guess further back would be worse. ok is false when
// s does not open so.
func (p pronouns) roleOwnerBefore(s doc.Sentence, pron string, others []string) (owner []string, ok bool) {
	noun := roleOwnerSubject(p.text[s.Start:s.End])
	if noun == "" {
		return nil, false
	}
	h := p.heldRoleOwner(s.Start, noun)
	if h == "" {
		return nil, true
	}
	return without(fitting(pron, []string{h}), others), true
}

// roleOwnerOpening returns roleOwnerBefore for the sentence right before
// sentence s, when it names no one and pron is singular: the person a
// pronoun after a role's possessive opening stands for, before a
// relative's surname or the people named further back are weighed.
func (p pronouns) roleOwnerOpening(s doc.Sentence, pron string) ([]string, bool) {
	k := p.index(s)
	if pron == "they" || k == 0 || k > len(p.sents) {
		return nil, false
	}
	prev := p.sents[k-1]
	if prev.Boilerplate || prev.End > len(p.text) || hasPerson(p.mentions, prev.Span) {
		return nil, false
	}
	return p.roleOwnerBefore(prev, pron, nil)
}
