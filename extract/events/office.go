package events

import (
	"newsbot/extract/identity"
)

// officeVerbs are the stems of the verbs that tell of someone taking up
// a post on their own: "was appointed in 2020".
var officeVerbs = stemSet("appointed")

// officeLinks are the stems of the verbs that tell of it before the
// post's role noun: "became governor in 2020", "was elected mayor", not
// "became a father".
var officeLinks = stemSet("became become elected")

// takesOffice reports whether the words of a report (stems, in order)
// tell of someone taking up a post.
func takesOffice(words []string) bool {
	for i, w := range words {
		if officeVerbs[w] || officeLinks[w] && i+1 < len(words) && identity.HasRoleHead(words[i+1]) && !kinWords[words[i+1]] {
			return true
		}
	}
	return false
}

// sameOffice reports whether two reports dated only by the same year
// tell of the same person taking up a post, in other words: "was first
// appointed in 2020" and "became governor in 2020". Each must name the
// other's subject; a plan never counts.
func sameOffice(a, b *features) bool {
	return a.year && b.year && a.office && b.office && !a.planned && !b.planned &&
		a.subject >= 0 && namesSubject(a, b) && namesSubject(b, a)
}
