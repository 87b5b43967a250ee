package events

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/sex"
)

// Named returns an event's summary with the people its opening pronoun
// stands for named after the pronoun, for a reader who meets the row
// away from its article: "She (Ruth Wanjiru) tested positive in 2019.",
// "Her (Vera Marlowe's) 1979 album won a Grammy", "They (Calvin Reese and
// Vera Marlowe) divorced in 1988." names are the event's participants;
// the pronoun stands for those the summary does not write, when they fit
// it: one person for "he", "she", "his" or "her", two for "they". Every
// name left unwritten must be a person's whose sex the given name tells
// (the names carry no types: an organisation is never a candidate). Else
// the summary is returned as it is: a guess between people is worse than
// the pronoun.
func Named(summary string, names []string) string {
	if aged, ok := namedAge(summary, names); ok {
		return aged
	}
	pron, at := openingPronoun(summary)
	if pron == "" {
		if predicateOnly(summary) {
			// "recorded her first album two years later", cut from
			// "She moved to New York in 1967 and …": the subject is
			// the one person left unwritten.
			if ref, ok := unwrittenPerson(summary, names); ok {
				return "(" + ref + ") " + summary
			}
		}
		return summary
	}
	want := 1
	if pron == "they" {
		want = 2
	}
	var refs []string
	for _, n := range names {
		if written(summary, n, names) {
			continue
		}
		s := sex.Of(n)
		if s == sex.Unknown {
			// A name the summary does not write and whose sex is not
			// known may be an organisation, a place or the person the
			// pronoun stands for: no guess.
			return summary
		}
		if want == 1 && s != sex.OfReference(pron) {
			continue
		}
		refs = append(refs, n)
	}
	if len(refs) != want {
		return summary
	}
	return withReference(summary, pron, at, strings.Join(refs, " and "))
}

// NamedFor is Named for a row of the timeline of the person named
// subject, one of names: when Named leaves a singular opening pronoun
// unnamed because another participant may be anyone ("He died on
// Saturday at his home in Lyon" among Lyon), the pronoun is the
// subject's, whom the row is about, if the subject is not written and
// their sex fits it, and no other unwritten participant is known to be
// of the pronoun's sex.
func NamedFor(summary string, names []string, subject string) string {
	if shown := Named(summary, names); shown != summary {
		return shown
	}
	pron, at := openingPronoun(summary)
	if pron == "" || pron == "they" || !slices.Contains(names, subject) || written(summary, subject, names) || sex.Clashes(pron, subject) {
		return summary
	}
	for _, n := range names {
		if n != subject && !written(summary, n, names) && sex.Of(n) == sex.OfReference(pron) {
			return summary
		}
	}
	return withReference(summary, pron, at, subject)
}

// withReference names ref, whom the pronoun pron at at stands for, after
// the pronoun.
func withReference(summary, pron string, at int, ref string) string {
	if pron == "his" || pron == "her" {
		ref += "'s"
	}
	end := at + len(pron)
	lead := summary[:end]
	if at == 0 {
		// "he fled to Sweden in 1956", cut from the middle of its
		// sentence, opens the row as a sentence does.
		lead = strings.ToUpper(lead[:1]) + lead[1:]
	}
	return lead + " (" + ref + ")" + summary[end:]
}

// written reports whether a summary writes the name of one of the
// participants names: in full, or by its last word when no other
// participant's name ends in it ("Wanjiru" for Ruth Wanjiru; "Petrenko"
// may be Nikolai or Olena Petrenko).
func written(summary, name string, names []string) bool {
	if strings.Contains(summary, name) {
		return true
	}
	last := lastWord(name)
	for _, n := range names {
		if n != name && lastWord(n) == last {
			return false
		}
	}
	return last != "" && HasWord(strings.ToLower(summary), last)
}

// HasWord reports whether w stands in s as a whole word, no letter
// joined to it on either side ("Marsh" in "Ms Marsh said", not in
// "Marshall").
func HasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		st, en := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:st])
		after, _ := utf8.DecodeRuneInString(s[en:])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		i = st + 1
	}
}
