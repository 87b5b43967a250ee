package identity

import (
	"strings"

	"newsbot/extract/doc"
	"newsbot/extract/sex"
)

// sexedNouns fix the sex of the person named right after them, also
// across a comma: "his wife, Elin", "the actress Kara Lind". Nouns used
// for either sex ("partner", "actor") are left out.
var sexedNouns = map[string]sex.Sex{
	"wife": sex.Female, "mother": sex.Female, "daughter": sex.Female, "sister": sex.Female,
	"widow": sex.Female, "grandmother": sex.Female, "granddaughter": sex.Female, "niece": sex.Female,
	"stepdaughter": sex.Female, "aunt": sex.Female, "woman": sex.Female, "girl": sex.Female,
	"actress": sex.Female, "businesswoman": sex.Female, "sportswoman": sex.Female,
	"husband": sex.Male, "father": sex.Male, "son": sex.Male, "brother": sex.Male,
	"widower": sex.Male, "grandfather": sex.Male, "grandson": sex.Male, "nephew": sex.Male,
	"stepson": sex.Male, "uncle": sex.Male, "man": sex.Male, "boy": sex.Male,
	"businessman": sex.Male, "sportsman": sex.Male,
}

// otherSex reports whether the possessive pronoun pron ("his", "her", in
// lower case) cannot stand for the person of canonical name: both sexes
// are known and differ.
func (h harvester) otherSex(pron, name string) bool {
	want := sex.OfReference(pron)
	got := h.personSex(name)
	return want != sex.Unknown && got != sex.Unknown && want != got
}

// personSex is what the article tells of the sex of the person of
// canonical name: their given name or title ("Mary Okafor", "Mrs
// Okafor"), else a title or a noun of one sex right before any of their
// mentions ("Mrs Okafor", "his wife, Elin"). Mentions that disagree tell
// nothing. A title before a name of one word tells nothing either: a
// surname alone may be a couple's ("President Reagan … Mrs Reagan").
func (h harvester) personSex(name string) sex.Sex {
	if s := sex.Of(name); s != sex.Unknown {
		return s
	}
	titles := strings.Contains(name, " ")
	out := sex.Unknown
	for _, m := range h.mentions {
		if m.Type != doc.Person || m.Start <= 0 || m.Start > len(h.text) || mentionName(m) != name {
			continue
		}
		s := sexBefore(h.text[max(0, m.Start-40):m.Start], titles)
		switch {
		case s == sex.Unknown:
		case out == sex.Unknown:
			out = s
		case out != s:
			return sex.Unknown
		}
	}
	return out
}

// mentionName is the canonical name of a mention, or its text.
func mentionName(m doc.Mention) string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return squash(m.Text)
}

// sexBefore is the sex a noun of one sex that ends before fixes, also
// across a comma ("his wife,"), or with titles a title ("Mrs").
func sexBefore(before string, titles bool) sex.Sex {
	before = strings.TrimRight(strings.TrimRight(strings.TrimRight(before, " \t\n"), ","), " \t\n")
	w := strings.ToLower(before[strings.LastIndexAny(before, " \t\n\"“(")+1:])
	if s := sex.OfTitle(w); s != sex.Unknown {
		if titles {
			return s
		}
		return sex.Unknown
	}
	return sexedNouns[w]
}
