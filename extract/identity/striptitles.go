package identity

import "strings"

// StripTitles returns a person's name as a user may type it with the titles
// in front taken off: "President Reagan" → "Reagan", "Mr Putin" → "Putin",
// "Secretary of State Marco Rubio" → "Marco Rubio", "Russian President
// Vladimir Putin" → "Vladimir Putin". Unlike the trimming of tagged
// mentions, lower-case words are kept ("vladimir putin" is typed lower
// case), and the last word always stays, so a name that is only a title
// ("President") or a surname that is also a title word ("Stephen King")
// comes back whole. Words that are titles may also begin an organisation's
// name ("General Motors"), so a caller should look the query up as typed
// first and strip titles only when that finds nothing.
func StripTitles(name string) string {
	f := strings.Fields(name)
	// "Jonathan Reid KC": the letters after a name are no part of it.
	for len(f) > 1 && isPostNominal(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(f) < 2 {
		return strings.Join(f, " ")
	}
	last := len(f) - 1
	for last > 0 && bareIn(nameSuffixes, f[last]) {
		last--
	}
	start := 0
	for i := 0; i < last; i++ {
		t := f[i]
		if i == last-1 && bareIn(givenNameTitles, t) && isCapitalised(t) {
			continue // "Dean Harlow": a given name, right before the surname
		}
		if i == last-1 && i > 0 && givenAfterCivilTitle(f[i-1], t) {
			continue // "Mayor Col Dunn": Colin, not a colonel
		}
		if !isTitle(t) && !isPossessive(t) && !(isRoleHead(strings.ToLower(t)) && !bareIn(givenNameHeads, t)) {
			continue
		}
		start = i + 1
		// An office after "of" or "for" belongs to the title:
		// "Secretary of State", "Minister for Foreign Affairs".
		j := i + 1
		for j < last && bareIn(officeWords, f[j]) {
			j++
		}
		if j > i+1 && (bareIs(f[i+1], "of") || bareIs(f[i+1], "for")) {
			start, i = j, j-1
		}
	}
	if start > last {
		start = last
	}
	return strings.Join(f[start:], " ")
}
