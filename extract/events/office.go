package events

import (
	"slices"

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

// sameOffice reports whether two reports dated only by the same month
// or year tell of the same person taking up a post, in other words: "was
// first appointed in 2020" and "became governor in 2020"; "has led a
// minority government since January 2024" and "became prime minister in
// January 2024". Each must name the other's subject; a plan never
// counts.
func sameOffice(a, b *features) bool {
	return !a.day && !b.day && a.office && b.office && !a.planned && !b.planned &&
		a.subject >= 0 && namesSubject(a, b) && namesSubject(b, a)
}

// leadVerbs are the stems of the verbs of leading a government, which
// a report dated by its start tells of taking office: "has led a
// minority government since January 2024".
var leadVerbs = stemSet("led leads headed heads")

// governWords are the stems of what a head of government leads.
var governWords = stemSet("government cabinet administration coalition")

// leadsSince reports whether the words of a report (stems, in order)
// tell of someone leading a government, a word of it ("minority")
// between at most.
func leadsSince(words []string) bool {
	for i, w := range words {
		if !leadVerbs[w] {
			continue
		}
		for _, n := range words[i+1 : min(len(words), i+3)] {
			if governWords[n] {
				return true
			}
		}
	}
	return false
}

// holdLinks are the stems of the verbs that tell of a post taken up or
// held before its role noun, one word of the role ("foreign") between
// them at most: "became foreign minister in 1989", "served as foreign
// minister from 1989 to 1997", dated by the period's first year.
var holdLinks = stemSet("became become elected served")

// holdsOffice reports whether the words of a report (stems, in order)
// tell of someone taking up a post or serving in one.
func holdsOffice(words []string) bool {
	if takesOffice(words) {
		return true
	}
	for i, w := range words {
		if !holdLinks[w] {
			continue
		}
		for _, n := range words[i+1 : min(len(words), i+3)] {
			if identity.HasRoleHead(n) && !kinWords[n] {
				return true
			}
		}
	}
	return false
}

// withoutOfficeRetold drops from the events of one article a report of
// someone taking up a post that retells an earlier one of the article:
// the same year, the same participant first named and the same role
// noun ("who served as foreign minister from 1989 to 1997", "He became
// foreign minister in 1989"). A plan never counts.
func withoutOfficeRetold(out []Event) []Event {
	kept := out[:0]
	var offices []Event // the kept reports an event may retell
	for _, e := range out {
		if !yearOfOffice(e) {
			kept = append(kept, e)
			continue
		}
		if !slices.ContainsFunc(offices, func(k Event) bool { return sameOfficeInArticle(k, e) }) {
			kept = append(kept, e)
			offices = append(offices, e)
		}
	}
	return kept
}

// yearOfOffice reports whether e can be one of two events that
// sameOfficeInArticle matches: a report, dated to the year, of someone
// holding a post.
func yearOfOffice(e Event) bool {
	return e.Precision == "year" && !e.Planned && len(e.Entities) > 0 && holdsOffice(e.Words)
}

// sameOfficeInArticle reports whether two events of one article tell of
// one person taking up one post in one year.
func sameOfficeInArticle(a, b Event) bool {
	if a.Precision != "year" || b.Precision != "year" || a.Date != b.Date || a.Planned || b.Planned ||
		len(a.Entities) == 0 || len(b.Entities) == 0 || !slices.Contains(b.Entities, a.Entities[0]) ||
		!holdsOffice(a.Words) || !holdsOffice(b.Words) {
		return false
	}
	return slices.ContainsFunc(roleWords(a.Words), func(w string) bool { return slices.Contains(roleWords(b.Words), w) })
}

// roleWords returns the words of a report that head a role ("minister").
func roleWords(words []string) []string {
	var out []string
	for _, w := range words {
		if identity.HasRoleHead(w) && !kinWords[w] {
			out = append(out, w)
		}
	}
	return out
}
