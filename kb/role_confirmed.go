package kb

import (
	"strings"

	"newsbot/extract/identity"
)

// confirmedIn reports whether the office held (normalised) confirms the
// stand-in holding an office, standIn (normalised): "president" or
// "permanent director of finance" given after "interim president of
// moldovan athletics federation" or "interim director of finance of
// council" says the interim holder was confirmed, so the interim form is
// held no more. The two name one office without the words saying how it
// is held, of one owner when both name one (sameOwner); an office still
// held for now ("acting president") confirms nothing.
func confirmedIn(held, standIn string) bool {
	rest, ok := heldForNow(standIn)
	if !ok || pastRole(held) {
		return false
	}
	if _, ok := designatedOffice(held); ok {
		return false
	}
	held = identity.OfficeForm(held)
	if w, r, ok := strings.Cut(held, " "); ok && (standInWords[w] || permanenceWords[w]) {
		if standInWords[w] {
			return false
		}
		held = r
	}
	for _, h := range []string{held, fieldFirst(held)} {
		if h == rest || strings.HasPrefix(rest, h+" of ") || strings.HasPrefix(h, rest+" of ") {
			// "president" beside "president of moldovan athletics
			// federation": one of them names no owner.
			return true
		}
	}
	office, owner := ownedOffice(rest)
	heldOffice, heldOwner := ownedOffice(held)
	return owner != "" && heldOwner != "" && fieldFirst(office) == fieldFirst(heldOffice) && sameOwner(owner, heldOwner)
}

// heldForNow returns the office (normalised) a stand-in holds for now
// ("interim president" holds the office of "president") or one chosen
// for it holds before taking it up ("prime minister-designate",
// "president-elect of the union").
func heldForNow(norm string) (string, bool) {
	if office, ok := designatedOffice(norm); ok {
		return identity.OfficeForm(office), true
	}
	w, rest, ok := strings.Cut(identity.OfficeForm(norm), " ")
	return rest, ok && standInWords[w]
}

// designatedOffice returns the office a role chosen for it names without
// the word saying it is not yet taken up: "prime minister" of "prime
// minister-designate", "president of union" of "president-elect of
// union" or "president elect of union". A later holder of the office
// has taken it up, as a confirmed holder has a stand-in's.
func designatedOffice(norm string) (string, bool) {
	office, owner, owned := strings.Cut(norm, " of ")
	for _, suffix := range designateSuffixes {
		if o, ok := strings.CutSuffix(office, suffix); ok && o != "" && !strings.HasPrefix(o, "former ") {
			if owned {
				o += " of " + owner
			}
			return o, true
		}
	}
	return "", false
}

// designateSuffixes end an office not yet taken up.
var designateSuffixes = []string{"-designate", " designate", "-elect", " elect"}

// ownedOffice splits an office (normalised) from its owner after its last
// "of": "director of finance" of "council".
func ownedOffice(norm string) (office, owner string) {
	i := strings.LastIndex(norm, " of ")
	if i < 0 {
		return norm, ""
	}
	return norm[:i], norm[i+len(" of "):]
}

// fieldFirst writes an office whose one-word field follows its head
// with the field first: "director of finance" is "finance director".
func fieldFirst(office string) string {
	head, field, ok := strings.Cut(office, " of ")
	if !ok || strings.Contains(field, " ") {
		return office
	}
	return field + " " + head
}

// permanenceWords before an office say it is held for good, after a
// stand-in held it: "permanent director of finance".
var permanenceWords = map[string]bool{"permanent": true, "substantive": true}

// confirmedLater reports whether a later role of a profile, not a
// relative clause's, confirms the stand-in office r (confirmedIn).
func confirmedLater(ranked []rankedRole, r rankedRole) bool {
	for _, f := range ranked {
		if !f.clause && !f.former && f.Evidence.Article.Published > r.Evidence.Article.Published && confirmedIn(f.norm, r.norm) {
			return true
		}
	}
	return false
}

// markConfirmed makes former the stand-in offices a person's later role
// confirms them in (confirmedIn), as a profile shows them: an "interim
// president" since confirmed as president holds the interim office no
// more, and a lookup of the interim office does not find them in it.
func markConfirmed(entries []roleEntry) {
	byPerson := map[int64][]int{}
	for i, v := range entries {
		if !v.clause && !pastRole(v.norm) {
			byPerson[v.ref.ID] = append(byPerson[v.ref.ID], i)
		}
	}
	for _, idx := range byPerson {
		for _, i := range idx {
			v := entries[i]
			for _, j := range idx {
				if f := entries[j]; j != i && f.last > v.last && confirmedIn(f.norm, v.norm) {
					entries[i].norm, entries[i].left = "former "+v.norm, true
					break
				}
			}
		}
	}
}

// formerText puts "former" before the office a role's wording gives,
// after its article or possessor: "the council's former interim director
// of finance", "the former interim chair", "former interim chair".
func formerText(text string) string {
	words := strings.Fields(text)
	at := 0
	for i, w := range words {
		if i >= 4 {
			break
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") {
			at = i + 1
		}
	}
	if at == 0 && len(words) > 1 && queryDeterminers[strings.ToLower(words[0])] {
		at = 1
	}
	return strings.Join(append(words[:at:at], append([]string{"former"}, words[at:]...)...), " ")
}
