package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/sex"
	"newsbot/kb"
)

// lifeRows bounds the timeline rows of a person read for a birth or a
// death.
const lifeRows = 15

// lifeVerb matches what a timeline row of a birth or a death says after
// its subject, past an apposition set off by commas: "was born", ", the
// pianist, died".
var lifeVerb = regexp.MustCompile(`^(?:(?:,[^,]{1,160}){1,3},)?\s+(was born|(?:has |had )?died)\b`)

// reportedDeath matches what follows a person's possessive in a row that
// reports their death on someone's word ("Her family said she died on
// Saturday"): a short lower-case noun phrase, a verb of saying and the
// pronoun of the one who died, directly before "died" so that "said her
// husband died" is no match.
var reportedDeath = regexp.MustCompile(`^ (?:\p{Ll}+ ){0,2}\p{Ll}+ (?:said|says|told \p{Ll}+|announced|confirmed)(?: that)? (she|he) (?:has |had )?died\b`)

// lifeKind returns "Born" or "Died" when a row's shown summary opens with
// the person named name (or one of aliases) as the subject of "was born"
// or "died": the name itself ("Vasquez-Moreau was born …") or a pronoun
// the chat names them by ("She (Elena Vasquez-Moreau) died …"), or
// follows an opening "Born …," as its subject; "Died" too when the row
// reports their death on the word of someone of theirs (see
// reportedDeath); "" otherwise, as for "Her son was born …" or a planned
// row.
func lifeKind(r kb.TimelineRow, name string, aliases []string) string {
	if r.Planned {
		return ""
	}
	shown := r.ShownFor(name)
	if reportsDeathOf(shown, name, aliases) {
		return "Died"
	}
	subjects := append([]string{"She (" + name + ")", "He (" + name + ")", name}, aliases...)
	if head, rest, ok := strings.Cut(shown, ", "); ok && strings.HasPrefix(head, "Born ") && len(r.Date) >= 4 && strings.Contains(head, r.Date[:4]) {
		// "Born in Leeds on 14 May 1937, Whitcombe studied physics",
		// dated by the year of its birth.
		for _, sub := range subjects {
			if sub != "" && strings.HasPrefix(rest, sub+" ") {
				return "Born"
			}
		}
	}
	if bornPhrase(shown, r.Date) && unwrittenOnly(shown, r.Entities) == name {
		// "Born in Budapest in 1941", cut from "…, he fled to Sweden
		// in 1956": the person is the one the row does not write.
		return "Born"
	}
	for _, sub := range subjects {
		if sub == "" || !strings.HasPrefix(shown, sub) {
			continue
		}
		if k := lifeDates(shown[len(sub):], r.Date); k != "" {
			return k
		}
		switch m := lifeVerb.FindStringSubmatch(shown[len(sub):]); {
		case m == nil:
		case strings.HasSuffix(m[1], "died"), diedAfterBirth(shown[len(sub):], r.Date):
			return "Died"
		default:
			return "Born"
		}
	}
	return ""
}

// diedAfterBirth reports whether rest, what follows the subject of a row
// that tells a birth, goes on with "and died" and the row is dated by
// the year named after it, not before: "was born in 1931 in Leeds and
// died on 4 May 2020" dated 2020 reports the death.
func diedAfterBirth(rest, date string) bool {
	i := strings.Index(rest, " and died ")
	return i >= 0 && len(date) >= 4 && strings.Contains(rest[i:], date[:4]) && !strings.Contains(rest[:i], date[:4])
}

// lifeDatesLine matches what follows a name on the closing line of an
// obituary: ", born 12 June 1950; died 3 May 2026", either part alone,
// after the person's calling too (", painter and poet, born …"; see
// callingOnly).
var lifeDatesLine = regexp.MustCompile(`^(?:,\s+([a-z][a-z -]{0,60}))?,\s+(?:born\s+([^;]{4,40}?))?(?:;?\s*died\s+([^;]{4,40}?))?\.?$`)

// callingOnly reports whether an appositive before an obituary's dates
// is the person's calling ("actor and director"), not a clause of
// someone else's ("whose son").
func callingOnly(appositive string) bool {
	first, _, _ := strings.Cut(appositive, " ")
	return !slices.Contains([]string{"who", "whose", "whom", "which", "that"}, first)
}

// lifeDates returns "Born" or "Died" when rest (what follows the name)
// is an obituary's line of dates whose birth or death part holds the
// year of the row's date, "" otherwise.
func lifeDates(rest, date string) string {
	m := lifeDatesLine.FindStringSubmatch(rest)
	if m == nil || len(date) < 4 || !callingOnly(m[1]) {
		return ""
	}
	switch year := date[:4]; {
	case m[3] != "" && strings.Contains(m[3], year):
		return "Died"
	case m[2] != "" && strings.Contains(m[2], year):
		return "Born"
	}
	return ""
}

// bornPhrase reports whether shown is an opening participle of birth
// alone, dated by the row's year: "Born in Budapest in 1941".
func bornPhrase(shown, date string) bool {
	return strings.HasPrefix(shown, "Born ") && len(date) >= 4 && strings.Contains(shown, date[:4]) &&
		!strings.ContainsAny(shown, ",;")
}

// unwrittenOnly returns the one name of entities that shown does not
// write, "" when none or several are unwritten.
func unwrittenOnly(shown string, entities []string) string {
	one := ""
	for _, e := range entities {
		if strings.Contains(shown, e) {
			continue
		}
		if one != "" {
			return ""
		}
		one = e
	}
	return one
}

// reportsDeathOf reports whether shown opens with the possessive of the
// person named name (or one of aliases) followed by a reported death
// whose pronoun can be theirs: "Her (Ana Moreau's) family said she died",
// "Moreau's agent said she had died"; "His (Luis Moreau's) family said
// she died" speaks of someone else.
func reportsDeathOf(shown, name string, aliases []string) bool {
	owners := map[string]sex.Sex{"Her (" + name + "'s)": sex.Female, "His (" + name + "'s)": sex.Male}
	for _, n := range append([]string{name}, aliases...) {
		if n != "" {
			owners[n+"'s"] = sex.Of(name)
		}
	}
	for owner, s := range owners {
		rest, ok := strings.CutPrefix(shown, owner)
		if !ok {
			continue
		}
		if m := reportedDeath.FindStringSubmatch(rest); m != nil && (s == sex.Unknown || sex.OfPronoun(m[1]) == s) {
			return true
		}
	}
	return false
}

// lifeLine returns the "Born … · Died …" line of a person from the rows
// of their timeline, in date order, that say so of them, citing each
// row's first report, and the citation numbers; "" when none does. The
// first row of each kind counts, or a later one dating it more precisely
// within the same period, and a death dated before the birth shows
// neither.
func lifeLine(rows []kb.TimelineRow, name string, aliases []string, c *cites) (string, []int) {
	var found []kb.TimelineRow
	var kinds []string
	for _, r := range rows {
		k := lifeKind(r, name, aliases)
		if k == "" || len(r.Sources) == 0 {
			continue
		}
		if i := slices.Index(kinds, k); i < 0 {
			found, kinds = append(found, r), append(kinds, k)
		} else if finerDate(found[i].Date, r.Date) {
			found[i] = r
		}
	}
	if len(kinds) == 2 && kinds[0] == "Died" {
		return "", nil
	}
	var parts []string
	var ns []int
	for i, r := range found {
		n := c.add(r.Sources[0])
		parts, ns = append(parts, fmt.Sprintf("**%s** %s [%d]", kinds[i], HumanDate(r.Date), n)), append(ns, n)
	}
	return strings.Join(parts, " · "), ns
}

// finerDate reports whether date is a more precise date within was:
// "born 3 March 1948" after "born in 1948" gives the day.
func finerDate(was, date string) bool {
	return len(date) > len(was) && strings.HasPrefix(date, was)
}

// personLife reads the birth and death of the person id from their
// timeline.
func personLife(ctx context.Context, s Store, id int64, name string, aliases []string, c *cites) (string, []int, error) {
	rows, err := s.Timeline(ctx, kb.TimelineQuery{Entity: id, Limit: lifeRows, Sources: 1})
	if err != nil {
		return "", nil, fmt.Errorf("timeline of %s: %w", name, err)
	}
	line, ns := lifeLine(rows, name, aliases, c)
	return line, ns, nil
}
