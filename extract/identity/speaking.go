package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// speechVerbs follow the subject of a reported statement.
var speechVerbs = []string{" said", " says", " told", " added", " insisted", " warned"}

// speakingSurnames makes a person of a one-word name the tagger typed
// otherwise when it is the surname of a person the article names in full
// and it attributes a quotation: in `"This visit marks a new chapter,"
// Montenegro said`, after Prime Minister Luis Montenegro, Montenegro is
// the man, not the country. Reported speech of a place or a company
// stays theirs ("Washington said no", "Salomon said it was hard"). The
// mentions are changed in a copy.
func speakingSurnames(text string, mentions []doc.Mention) []doc.Mention {
	var surnames map[string]bool
	for _, m := range mentions {
		if m.Type == doc.Person && len(nameTokens(m.Text)) >= 2 {
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[lastTokenKey(m.Text)] = true
		}
	}
	if surnames == nil {
		return mentions
	}
	var out []doc.Mention
	for i, m := range mentions {
		if m.Type == doc.Person || strings.Contains(m.Text, " ") || !surnames[Key(m.Text)] || !speaks(text, m.End) || !afterQuote(text, m.Start) {
			continue
		}
		if out == nil {
			out = append([]doc.Mention(nil), mentions...)
		}
		out[i].Type = doc.Person
	}
	if out == nil {
		return mentions
	}
	return out
}

// speaks reports a verb of saying right after offset end of text.
func speaks(text string, end int) bool {
	if end < 0 || end > len(text) {
		return false
	}
	rest := text[end:]
	for _, v := range speechVerbs {
		if strings.HasPrefix(rest, v) && (len(rest) == len(v) || !isLetterByte(rest[len(v)])) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// afterQuote reports a quotation closing right before offset start:
// `…chapter," Montenegro`.
func afterQuote(text string, start int) bool {
	t := strings.TrimRight(text[:max(0, min(start, len(text)))], " ")
	return strings.HasSuffix(t, `,"`) || strings.HasSuffix(t, ",”") || strings.HasSuffix(t, ",'") || strings.HasSuffix(t, ",’")
}
