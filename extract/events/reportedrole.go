package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/identity"
)

// withReportedRoleSubject adds to names, the participants of a clause
// sum, the person the role-noun subject of the clause's "that" clause
// stands for: "An email said on Monday that the professor will not teach"
// in an article that named "Professor Ines Varga" and no other professor
// before (roleHolder).
func withReportedRoleSubject(p pronouns, sum doc.Span, names []string) []string {
	if sum.End > len(p.text) {
		return names
	}
	c := p.text[sum.Start:sum.End]
	i := strings.Index(c, " that the ")
	if i < 0 {
		return names
	}
	noun := reportedRole(c[i+len(" that "):])
	if noun == "" {
		return names
	}
	return addName(names, p.roleHolder(sum.Start, noun))
}

// reportedRole returns the role noun that rest, the text after a "that",
// opens with after "the" when a verb or a quoted verb follows it ("the
// professor will", "the professor \"bore"), else "".
func reportedRole(rest string) string {
	ws := strings.Fields(rest[:min(len(rest), 64)])
	if len(ws) < 3 || ws[0] != "the" {
		return ""
	}
	noun, next := ws[1], strings.TrimLeft(ws[2], "\"“")
	if !isWord(noun) || !identity.HasRoleHead(noun) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsLower(r) {
		return ""
	}
	return noun
}
