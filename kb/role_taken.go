package kb

import (
	"strings"

	"newsbot/extract/identity"
)

// markTaken marks the offices of a profile that its newest news says the
// entity has just taken: an office one person holds at a time and that
// heads what it is of (headOffice: no "vice chairman") that a verb of
// appointment gives ("chief financial officer Tom Ruiz would
// serve as acting chief executive", "Ruiz, the finance chief, was named
// acting CEO"; identity.TakenIn), in an article no older than the first
// citing any other role it holds. The office taken is the news: it leads
// the roles held, however many outlets gave the one held before it
// (succeeded). An office named in other words ("acting CEO"
// and "acting chief executive") is one office, dated by its latest
// appointment. A role held before ("chief financial officer" of 28
// October) is kept, after it.
func markTaken(ranked []rankedRole) {
	var offices []string
	for i, r := range ranked {
		if r.former || r.clause || r.headline || r.Evidence.Article.Published == "" || !r.headOffice() ||
			!identity.TakenIn(r.Evidence.Text, r.Text) {
			continue
		}
		if offices == nil {
			offices = make([]string, len(ranked))
			for j, o := range ranked {
				offices[j] = heldOfficeForm(o.norm)
			}
		}
		ranked[i].taken = true
	}
	if offices == nil {
		return
	}
	for i, r := range ranked {
		if !r.taken {
			continue
		}
		day := r.Evidence.Article.Published // of the latest appointment to the office
		for j, o := range ranked {
			if o.taken && sameHeldOffice(offices[i], offices[j]) && o.Evidence.Article.Published > day {
				day = o.Evidence.Article.Published
			}
		}
		for j, o := range ranked {
			if !sameHeldOffice(offices[i], offices[j]) && !o.former && !o.clause && o.Evidence.Article.Published > day {
				// Another role given later: the appointment may be
				// old news.
				ranked[i].taken = false
				break
			}
		}
	}
}

// sameHeldOffice reports whether two offices (heldOfficeForm) are one,
// the same words or one saying whose office the other is: "chief
// executive" and "chief executive of brightwell", not "chief executive
// of acme" and "chief executive of brightwell".
func sameHeldOffice(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || !strings.Contains(a, " of ") && strings.HasPrefix(b, a+" of ")
}

// heldOfficeForm is an office (normalised) without the word saying how
// it is held and with its abbreviation spelled out (identity.OfficeForm):
// "acting ceo" and "acting chief executive officer" are "chief
// executive".
func heldOfficeForm(norm string) string {
	words := strings.Fields(identity.OfficeForm(norm))
	for len(words) > 1 && heldHow[words[0]] {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// heldHow are the words before an office that say how it is held, not
// which office it is.
var heldHow = map[string]bool{"interim": true, "acting": true, "caretaker": true, "temporary": true, "permanent": true, "new": true}
