package identity

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// handleCue is the text between a person's name and an alias, handle or
// nickname the article says the person uses, after an optional age or a
// short description: "Ivan Petrenko, 29, known online as Zer0",
// "Petrenko, who is said to operate under the name "Zer0"", "Petrenko,
// who police say used the alias Zer0", "Petrenko, alleged to have used
// the handle Zer0", "Petrenko, the suspected ringleader known on forums
// as Zer0", "Petrenko, going by Zer0". Who says so is one or two
// lower-case words.
const handleCue = `^,? \(?(?:(?:aged )?\d{1,3}, )?(?:the (?:[a-z-]+ ){1,4})?` +
	`(?:who (?:(?:[a-z]+ ){1,2}(?:say|says|said|believe|believes|allege|alleges) )?)?` +
	`(?:(?:is|was|are|were) )?(?:(?:allegedly|reportedly|also|better) )?` +
	`(?:(?:said|alleged|believed|thought|reported|understood) to (?:have )?)?` +
	`(?:` +
	`(?:known|recogni[sz]ed) (?:online |on(?: the)? (?:internet|web|forums|social media) )as ` +
	`|(?:use[sd]?|using|operate[sd]?|operating|go(?:es)?|went|going|post(?:s|ed)?|posting)(?: online)? (?:by|under) (?:the (?:online )?(?:name|alias|handle|moniker|pseudonym|nickname|username) )?` +
	`|(?:use[sd]?|using|utili[sz]e[sd]?)(?: online)? the (?:online )?(?:name|alias|handle|moniker|pseudonym|nickname|username) ` +
	`)["“']?`

var (
	// handleAlias matches the whole text between a name and its alias.
	handleAlias = regexp.MustCompile(handleCue + `$`)
	// handleLead matches the cue at the start of the text after a name.
	handleLead = regexp.MustCompile(handleCue)
)

// handleAliases maps the form of each alias an article says a person uses
// to the form of the person's name before it. mentions are the article's
// mentions in order and formOf their forms.
// An alias is typed as the tagger reads it, often as a group or a thing
// ("Zer0 claimed the attack"); its mentions vote for a person here, so
// that a handle used more often than the name leaves the person a person.
func handleAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	aliases := linkedAliases(text, mentions, formOf, handleAliasLink)
	for alias := range aliases {
		alias.votes = onlyVotes(doc.Person, alias.count)
	}
	return aliases
}

// handleCueWords are words one of which every match of handleCue holds:
// "as " (of "known as", and of "alias "), "by " or "under " (of "goes
// by", "operating under"), or the noun of "the name", "the handle", "the
// moniker", "the pseudonym" ("nickname" and "username" hold "name").
var handleCueWords = []string{"as ", "by ", "under ", "name", "handle", "moniker", "pseudonym"}

// mayLeadHandle reports whether s holds one of handleCueWords, a cheap
// test that most text after a name fails before handleLead is run.
func mayLeadHandle(s string) bool {
	return slices.ContainsFunc(handleCueWords, func(w string) bool { return strings.Contains(s, w) })
}

// cueLead returns the opening of s that a cue linking two names may
// span (see mayLinkNames): up to the first capital, full stop or line
// break. A match of handleLead in s is one in what it returns.
func cueLead(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c == '.' || c == '\n' {
			return s[:i]
		}
	}
	return s
}

// maxHandleLen bounds the bytes of an alias taken from after a cue.
const maxHandleLen = 32

// handleMentions adds a person mention for the alias after a handle cue
// (see handleCue) that follows a person's name, when the tagger left the
// alias untagged: handles mix letters and digits ("Zer0", "n1ghtowl") and
// are rarely tagged. The alias is one word of letters, digits, hyphens
// and underscores with a capital or a digit in it, ended by space or
// punctuation. The mentions are changed in a copy, in text order.
func handleMentions(text string, mentions []doc.Mention) []doc.Mention {
	var added []doc.Mention
	for _, m := range mentions {
		if m.Type != doc.Person || m.End <= m.Start || m.End > len(text) || !addressable(text, m) {
			continue
		}
		rest := cueLead(text[m.End:min(len(text), m.End+200)])
		if !mayLeadHandle(rest) {
			continue
		}
		loc := handleLead.FindStringIndex(rest)
		if loc == nil {
			continue
		}
		s := m.End + loc[1]
		e := handleEnd(text, s)
		if e < 0 || overlaps(mentions, s, e) {
			continue
		}
		added = append(added, doc.Mention{Span: doc.Span{Start: s, End: e}, Type: doc.Person, Text: text[s:e]})
	}
	if len(added) == 0 {
		return mentions
	}
	out := append(append(make([]doc.Mention, 0, len(mentions)+len(added)), mentions...), added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// handleEnd returns the end of the alias word starting at s, or -1 when
// there is none there: a word of letters, digits, hyphens and underscores
// with a capital or a digit in it, followed by the end of the text, space
// or punctuation other than an apostrophe.
func handleEnd(text string, s int) int {
	e, marked := s, false
	for e < len(text) && e-s <= maxHandleLen {
		r, n := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' {
			break
		}
		marked = marked || unicode.IsUpper(r) || unicode.IsDigit(r)
		e += n
	}
	if e == s || e-s > maxHandleLen || !marked || strings.HasSuffix(text[s:e], "-") {
		return -1
	}
	if e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); r == '\'' || r == '’' || r == '.' && e+1 < len(text) && text[e+1] != ' ' && text[e+1] != '\n' {
			return -1
		}
	}
	return e
}
