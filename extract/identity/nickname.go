package identity

import (
	"regexp"
	"slices"
	"strings"

	"newsbot/extract/doc"
)

// nicknameAliases finds the forms that name a person by the nickname a
// fuller form gives in quotation marks: `Robert "Bobby" Keane Jr.` is the
// man the headline calls "Bobby Keane" and a friend "Bobby". It maps each such form to the
// fuller one. A form is taken only when it writes the nickname itself: a
// plain "Robert Keane" could be his father, Robert Keane Sr.
func nicknameAliases(forms []*form, byKey map[string]*form) map[*form]*form {
	var out map[*form]*form
	for _, f := range forms {
		nick, rest, ok := nicknameOf(f.display)
		if !ok {
			continue
		}
		// "Bobby Keane" in the headline, "Bobby" alone in a friend's
		// quote.
		for _, k := range []string{Key(nick + " " + rest), Key(nick)} {
			alias := byKey[k]
			if alias == nil || alias == f || !writesNickname(alias, nick) {
				continue
			}
			if out == nil {
				out = map[*form]*form{}
			}
			out[alias] = f
		}
	}
	return out
}

// nicknameOf splits a name with a quoted nickname into the nickname and
// the surname after it, its generational suffix left out: `Robert "Bobby"
// Keane Jr.` gives "Bobby" and "Keane".
func nicknameOf(name string) (nick, rest string, ok bool) {
	if !hasOpeningQuote(name) {
		return "", "", false // no word opens with a quotation mark
	}
	fs := strings.Fields(name)
	for len(fs) > 1 && bareIn(nameSuffixes, fs[len(fs)-1]) {
		fs = fs[:len(fs)-1]
	}
	for i := 1; i < len(fs)-1; i++ {
		if isNickname(fs[i]) {
			return strings.Trim(fs[i], `"'“”‘’`), strings.Join(fs[i+1:], " "), true
		}
	}
	return "", "", false
}

// hasOpeningQuote is strings.ContainsAny(name, `"'“‘`), read byte by
// byte: “ and ‘ are the only runes whose UTF-8 opens with the bytes 0xE2
// 0x80 and ends with 0x9C or 0x98.
func hasOpeningQuote(name string) bool {
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case '"', '\'':
			return true
		case 0xE2:
			if i+2 < len(name) && name[i+1] == 0x80 && (name[i+2] == 0x9C || name[i+2] == 0x98) {
				return true
			}
		}
	}
	return false
}

func writesNickname(f *form, nick string) bool {
	for _, x := range f.surfaces.list {
		if first, _, _ := strings.Cut(x.s, " "); strings.EqualFold(first, nick) {
			return true
		}
	}
	return false
}

// mergeForm moves everything counted for form from into form to.
func mergeForm(to, from *form) {
	for _, x := range from.surfaces.list {
		to.surfaces.add(x.s, x.n)
	}
	to.votes.addAll(from.votes)
	to.count += from.count
	to.first = min(to.first, from.first)
}

// foldAliases merges each form of aliases into the form it maps to, points
// formOf (each mention's form) at the latter and returns forms without the
// merged ones.
func foldAliases(forms, formOf []*form, aliases map[*form]*form) []*form {
	if aliases == nil {
		return forms
	}
	for alias, full := range aliases {
		mergeForm(full, alias)
	}
	for i, f := range formOf {
		if full, ok := aliases[f]; ok {
			formOf[i] = full
		}
	}
	return slices.DeleteFunc(forms, func(f *form) bool { return aliases[f] != nil })
}

// knownAs links a person's name to the name they go by: "Mohamed Hamdan
// Dagalo, known as Hemedti", "Dagalo, better known as Hemedti", "Margaret
// Lunn, known to her family as Peggy" (who it is known to is a few
// lower-case words; the name may open with a quotation mark).
var knownAs = regexp.MustCompile(`^,? \(?(?:(?:better|also|widely|popularly|commonly|affectionately) )?known (?:to (?:[a-z]+ ){1,5})?as [“"]?$`)

// knownAsAliases maps the form of each name a person is said to be known
// as to the form of the person's name before it. mentions are the
// article's mentions in order and formOf their forms.
func knownAsAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	return linkedAliases(text, mentions, formOf, knownAsLink)
}

// linkedAliases maps the form of each name that link joins to the
// person's name before it ("Dagalo, known as Hemedti"; "Veresk, whose
// name is often spelled Mikhail") to the form of that person's name; the
// alias is no longer than the name. mentions are the article's mentions
// in order and formOf their forms.
func linkedAliases(text string, mentions []doc.Mention, formOf []*form, link linkCue) map[*form]*form {
	return linkedAliasesUnless(text, mentions, formOf, link, func(alias, full *form, _ map[*form]*form) bool {
		return alias.ntok > full.ntok
	})
}

// mayLinkNames reports whether s, the text between two names, may be a
// cue that links one to the other (knownAs, calledBy, spelledAs,
// handleAlias, formerNameCue): those are lower-case words on one line,
// with no full stop, and most of the text between two names is not.
func mayLinkNames(s string) bool { return len(cueLead(s)) == len(s) }

// linkedAliasesUnless is linkedAliases with its own test of a pair to
// leave out: skip reports, for the alias and the name it would join
// (and the pairs mapped so far), whether the pair is no alias. A name is
// never its own alias, and a name takes one alias.
func linkedAliasesUnless(text string, mentions []doc.Mention, formOf []*form, link linkCue, skip func(alias, full *form, out map[*form]*form) bool) map[*form]*form {
	var out map[*form]*form
	for i := 1; i < len(mentions); i++ {
		prev, m := &mentions[i-1], &mentions[i] // read in place: a mention is large
		if prev.Type != doc.Person || prev.End > m.Start || m.Start > len(text) || !link.links(text[prev.End:m.Start]) {
			continue
		}
		alias, full := formOf[i], formOf[i-1]
		if alias == full || out[full] != nil || skip(alias, full, out) {
			continue
		}
		if out == nil {
			out = map[*form]*form{}
		}
		out[alias] = full
	}
	return out
}
