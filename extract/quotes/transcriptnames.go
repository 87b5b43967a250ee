package quotes

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// Transcript labels that speakerLabel does not read: a long name with the
// small words of a family name ("Maria da Silva Costa:"), a title before a
// name of four words ("Dr Tran Thi Mai Anh:"), the letters of a seat or an
// honour after it ("Jo Reed MP:"), and a role with the holder's name in
// brackets ("Chair (Jo Reed):"), after which the bare role ("Chair:")
// means that holder.

// nameParticles are the lower-case words inside a family name: "da",
// "van der", "bin", "al".
const nameParticles = `da|das|de|del|della|der|di|do|dos|du|la|le|van|von|bin|binti|ibn|al|el|ben|y|e|ter|den|zu`

// longNameLabel matches a paragraph opened by a name of up to six
// capitalised words, with the small words of a family name between them,
// and a colon. The first group is the name.
var longNameLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?: (?:(?:` + nameParticles + `) )*\p{Lu}[\p{L}'’.-]*){1,5})[ \t]*:[ \t]+`)

// roleBracketLabel matches a paragraph opened by a role of one to three
// capitalised words, perhaps after "The" and with "for", "of" or "the"
// between them, a name in brackets and a colon ("Chair (Jo Reed):", "The
// Minister for Health (Jo Reed):"). The first group is the role, the
// second the name.
var roleBracketLabel = regexp.MustCompile(`^(?:The )?(\p{Lu}[\p{L}'’.-]*(?: (?:(?:for|of|and|the) ){0,2}\p{Lu}[\p{L}'’.-]*){0,2}) \((\p{Lu}[\p{L}'’. -]{1,60})\)[ \t]*:[ \t]+`)

// transcriptRoles are the parts a transcript may label a speaker by
// besides the role nouns: "Moderator:", "Clerk:".
var transcriptRoles = wordSet(`moderator clerk counsel presenter interviewer host`)

// isTranscriptRole reports whether a label of capitalised words names a
// part rather than a person: its last word, in lower case, is a role.
func isTranscriptRole(label string) bool {
	last := strings.ToLower(finalWord(label))
	return roleNouns[last] || transcriptRoles[last]
}

// isBracketRole reports whether the words before a bracketed name make a
// part: a role ending them ("Chair", "Health Minister") or an office
// opening them ("Minister for Health").
func isBracketRole(role string) bool {
	first, _, _ := strings.Cut(role, " ")
	return isTranscriptRole(role) || strings.Contains(role, " ") && roleNouns[strings.ToLower(first)]
}

// roleBracketMatch returns the offsets of a role label with the holder's
// name in brackets, shaped as labelMatch's: the whole label, then the
// name; nil when the head opens with no such label.
func roleBracketMatch(head string) []int {
	loc := roleBracketLabel.FindStringSubmatchIndex(head)
	if loc == nil || !isBracketRole(head[loc[2]:loc[3]]) {
		return nil
	}
	return []int{loc[0], loc[1], loc[4], loc[5]}
}

// declaredRoles reads the role labels of a transcript that give the
// holder's name in brackets ("Chair (Jo Reed):") and maps each role to
// the person of the article so named. A role given to two people is
// mapped to no one (an empty mention).
func (a *analysis) declaredRoles() map[string]doc.Mention {
	var roles map[string]doc.Mention
	for pi, p := range a.paras {
		head := labelHead(a.text[p.Start:p.End])
		if !strings.Contains(head, "(") {
			continue // most paragraphs have no colon, and few a bracket before it
		}
		loc := roleBracketLabel.FindStringSubmatchIndex(head)
		if loc == nil || !isBracketRole(head[loc[2]:loc[3]]) || a.paraQuoted(pi) || a.headingPara(pi) {
			continue
		}
		m, ok := a.personCalled(head[loc[4]:loc[5]])
		if !ok {
			continue
		}
		if roles == nil {
			roles = map[string]doc.Mention{}
		}
		role := head[loc[2]:loc[3]]
		if old, seen := roles[role]; seen && speakerName(old) != speakerName(m) {
			m = doc.Mention{}
		}
		roles[role] = m
	}
	return roles
}

// declaredHolder returns the person a bare role label means, as the
// transcript declared it; found reports whether the label is such a role
// at all, which then names no one else even when no holder is known
// ("Chair:" is no person called Chair), unless it is the surname of
// someone the article names in full ("King:" after "Mervyn King").
func (a *analysis) declaredHolder(label string) (m doc.Mention, ok, found bool) {
	if m, seen := a.declared[label]; seen {
		return m, m.Text != "", true
	}
	if !strings.Contains(label, " ") && isTranscriptRole(label) && !hostLabels[strings.ToLower(label)] && !a.surnameOfSomeone(label) {
		return doc.Mention{}, false, true
	}
	return doc.Mention{}, false, false
}

// surnameOfSomeone reports whether word ends the name of a person the
// article names by two words or more.
func (a *analysis) surnameOfSomeone(word string) bool {
	for _, m := range a.ments {
		if n := speakerName(m); m.Type == doc.Person && strings.Contains(n, " ") && finalWord(n) == word {
			return true
		}
	}
	return false
}

// withoutPostNominals drops the letters of a seat or an honour that end a
// label ("Jo Reed MP", "Ann Roe KC"), keeping at least one word.
func withoutPostNominals(label string) string {
	f := strings.Fields(label)
	for len(f) > 1 && postNominals[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// labelledPerson finds the person a transcript label of a full name
// means when no person of the article is called so: a name that the
// tagger took for something else, marked as a person's by a title or by
// post-nominal letters in the label ("Jo Reed MP:" where "Jo Reed" is
// named), or a full name whose surname alone is the whole name of one
// person of the article ("Tom Reed:" after "Mr Reed"). The label then
// names the speaker itself; so does a titled full name whose surname alone
// the tagger took for something else ("Governor Jo Reed:" where "Reed" is
// tagged a place). name is the label without titles and
// post-nominals; marked reports that it had either.
func (a *analysis) labelledPerson(name string, marked bool) (doc.Mention, bool) {
	f := strings.Fields(name)
	if len(f) < 2 || isTranscriptRole(name) {
		return doc.Mention{}, false
	}
	var named, bySurname bool
	sur := map[string]bool{}
	for _, m := range a.ments {
		if marked && (readsAs(m.Text, name) || m.Type != doc.Person && readsAs(m.Text, f[len(f)-1])) {
			named = true
		}
		if m.Type == doc.Person {
			if n := speakerName(m); !strings.Contains(n, " ") && n == f[len(f)-1] {
				bySurname = true
			} else if finalWord(n) == f[len(f)-1] {
				sur[n] = true
			}
		}
	}
	if !named && (!bySurname || len(sur) > 0) {
		return doc.Mention{}, false // no sign of a person, or a surname shared with someone named in full
	}
	return doc.Mention{Type: doc.Person, Text: name}, true
}
