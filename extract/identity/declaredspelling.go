package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// maxDeclaredReach bounds how far before a name declared another's
// spelling or full name the person it belongs to may be named.
const maxDeclaredReach = 500

// quotedSpellingBefore and quotedSpellingAfter surround a spelling of a
// person's name that some outlets use, given in quotation marks after
// "or": `the party leader - or "Shukov", as some papers insist on
// writing him`.
var (
	quotedSpellingBefore = regexp.MustCompile(`\bor\s*["“]$`)
	quotedSpellingAfter  = regexp.MustCompile(`^(?:["”],|,["”])\s+as\s+[^.;:!?"“”]{0,80}?\b(?:writ(?:e|es|ing)|spell(?:s|ing)?|render(?:s|ing)?|transliterat(?:e|es|ing)|call(?:s|ing)?)\s+(?:him|her)\b`)
)

// fullNameBefore ends the words that give the full name of the person
// just described: "the 24-year-old winger, whose full name is".
var fullNameBefore = regexp.MustCompile(`,\s+whose\s+(?:full|real|birth|legal)\s+name\s+is\s+$`)

// spellNameBefore ends the words that give another spelling of a name:
// "some outlets spell the name".
var spellNameBefore = regexp.MustCompile(`\bspell(?:s|ed|t)?\s+(?:the|his|her)\s+(?:first\s+|given\s+|sur)?name\s+(?:as\s+)?$`)

// declaredSpellings folds into the form of a person's name the names an
// article declares to be that person's: a spelling other outlets use in
// quotation marks after "or", the full name given after "whose full name
// is" (into the form the article uses more) and the other spelling given
// after "spell the name" of a name one or two letters apart. It runs
// once the forms are typed and retypes each form that gained votes.
func declaredSpellings(text string, mentions []doc.Mention, formOf []*form, forms []*form) []*form {
	quoted := strings.Contains(text, `"`) || strings.Contains(text, "“")
	// "spel" is scanned for by its "p": its "s" opens too many words.
	whose, spel := strings.Contains(text, "whose"), containsAtRare(text, "spel", 1)
	spell := spel && strings.Contains(text, "spell")
	if !quoted && !whose && !spell {
		return forms // no cue before a name can match
	}
	links := map[*form]*form{}
	for i, m := range mentions {
		if m.Start < 0 || m.End > len(text) {
			continue
		}
		f := formOf[i]
		before := text[max(0, m.Start-80):m.Start]
		switch {
		// A cue the article lacks is in no text before a name.
		case quoted && quotedBefore(before) && quotedSpellingBefore.MatchString(before) && quotedSpellingAfter.MatchString(text[m.End:]):
			if p := personBefore(mentions, formOf, i); p != nil && p != f && f.ntok <= p.ntok {
				links[f] = p
			}
		case whose && strings.Contains(before, "whose") && fullNameBefore.MatchString(before) && f.ntok >= 2:
			if p := personBefore(mentions, formOf, i); p != nil && p != f && p.ntok < f.ntok {
				// The name the article goes by keeps the entity's name.
				if p.count >= f.count {
					links[f] = p
					if g := givenNameForm(forms, f); g != nil && g != p {
						links[g] = p // the given name alone is the same person
					}
				} else {
					links[p] = f
				}
			}
		case spell && strings.Contains(before, "spell") && spellNameBefore.MatchString(before) && f.ntok == 1:
			if p := respelledPerson(forms, f); p != nil {
				links[f] = p
			}
		case spel && strings.Contains(before, "spel"):
			misspelledLinks(text, mentions, formOf, forms, i, links)
		}
	}
	if len(links) == 0 {
		return forms
	}
	for alias, full := range links {
		for n := 0; links[full] != nil && n < len(links); n++ {
			full = links[full] // a spelling of a name declared another's
		}
		if full == alias {
			delete(links, alias)
			continue
		}
		links[alias] = full
	}
	forms = foldAliases(forms, formOf, links)
	for _, full := range links {
		full.typ = full.votes.majority(doc.Person)
	}
	return forms
}

// quotedBefore reports whether s ends in an opening quotation mark, as
// every match of quotedSpellingBefore does.
func quotedBefore(s string) bool {
	return strings.HasSuffix(s, `"`) || strings.HasSuffix(s, "“")
}

// personBefore returns the form of the nearest person named before
// mention i within maxDeclaredReach bytes.
func personBefore(mentions []doc.Mention, formOf []*form, i int) *form {
	for j := i - 1; j >= 0 && mentions[i].Start-mentions[j].End <= maxDeclaredReach; j-- {
		if formOf[j].typ == doc.Person && formOf[j] != formOf[i] {
			return formOf[j]
		}
	}
	return nil
}

// respelledPerson returns the one person's one-word name of the article
// one or two letters from f's, if there is exactly one.
func respelledPerson(forms []*form, f *form) *form {
	var out *form
	for _, p := range forms {
		if p == f || p.typ != doc.Person || p.ntok != 1 || !nearSpelling(p.key, f.key) {
			continue
		}
		if out != nil {
			return nil
		}
		out = p
	}
	return out
}

// nearSpelling reports two different keys of five letters or more at most
// two edits apart.
func nearSpelling(a, b string) bool {
	if a == b || len(a) < 5 || len(b) < 5 || strings.ContainsRune(a, ' ') || strings.ContainsRune(b, ' ') {
		return false
	}
	return editDistance([]rune(a), []rune(b), 2) <= 2
}

// editDistance returns the Levenshtein distance of a and b, or limit+1
// once it exceeds limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			c = min(c, prev[j]+1, cur[j-1]+1)
			cur[j] = c
			low = min(low, c)
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// givenNameForm returns the one-word form of the article that is the
// given name of full's name alone, when it names a person.
func givenNameForm(forms []*form, full *form) *form {
	if len(full.toks) < 2 {
		return nil
	}
	k := Key(full.toks[0])
	for _, g := range forms {
		if g.ntok == 1 && g.key == k && g.typ == doc.Person {
			return g
		}
	}
	return nil
}
