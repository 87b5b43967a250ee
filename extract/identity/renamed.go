package identity

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// renameCue ends the words that give an organisation's new name, with
// the noun the sentence calls the organisation by: "the trust changed its
// name to Brightwater Family Breaks", "The charity is now operating as
// Brightwater Family Breaks".
var renameCue = regexp.MustCompile(`(?i)\bthe ([a-z]+) (?:changed its name to|(?:is|was) now (?:operating|trading|known) as|(?:has been |was )?renamed(?: itself)?|rebranded(?: itself)? as) $`)

// renamedBodies finds the new names an article gives an organisation and
// makes each a mention of an organisation, widened over the capitalised
// words the tagger left out ("Brightwater" of "Brightwater Family
// Breaks"). The organisation is the one whose name ends in the noun the
// sentence calls it by ("the trust": "Brightwater Children's Trust"), or
// else the one organisation whose name opens with the new name's first
// word. It returns the mentions, copied when changed, and the new names'
// keys with the key of the organisation each stands for.
func renamedBodies(text string, mentions []doc.Mention) ([]doc.Mention, map[string]string) {
	var defined map[string]string
	out := mentions
	for i := range mentions {
		m := &mentions[i] // read in place: a mention is large
		if m.Start < 0 || m.End > len(text) || m.Type == doc.Person && strings.Contains(m.Text, " ") {
			continue
		}
		w := text[max(0, m.Start-60):m.Start]
		if !renameCueMayEnd(w) || !hasNameWord(w) && !strings.Contains(w, " as ") {
			continue // every cue holds "name" ("renamed") or " as "
		}
		sub := renameCue.FindStringSubmatch(w)
		if sub == nil {
			continue
		}
		end := capitalisedRunEnd(text, m.End)
		if i+1 < len(mentions) && mentions[i+1].Start < end {
			end = m.End
		}
		nm := *m
		nm.End, nm.Text, nm.Type = end, text[m.Start:end], doc.Org
		j := renamedOwner(mentions[:i], strings.ToLower(sub[1]), nm.Text)
		if j < 0 {
			continue
		}
		if &out[0] == &mentions[0] {
			out = append([]doc.Mention(nil), mentions...)
		}
		out[i] = nm
		if defined == nil {
			defined = map[string]string{}
		}
		defined[Key(nm.Text)] = Key(mentions[j].Text)
	}
	return out, defined
}

// renameCueMayEnd reports whether w may end as renameCue does: in "to",
// "as", "renamed" or "itself" and a space, in any case, which
// renameCue's (?i) extends to "ſ" (U+017F, long s) for "s". The last
// two letters are read: "to", "as", "ed" and "lf".
func renameCueMayEnd(w string) bool {
	n := len(w)
	if n < 4 || w[n-1] != ' ' {
		return false
	}
	if w[n-3] == 0xC5 && w[n-2] == 0xBF {
		return true // "aſ "
	}
	a, b := w[n-3]|0x20, w[n-2]|0x20
	return a == 't' && b == 'o' || a == 'a' && b == 's' || a == 'e' && b == 'd' || a == 'l' && b == 'f'
}

// capitalisedRunEnd returns the end of the capitalised words that follow
// offset i of text, each after one space.
func capitalisedRunEnd(text string, i int) int {
	for i+1 < len(text) && text[i] == ' ' {
		r, _ := utf8.DecodeRuneInString(text[i+1:])
		if !unicode.IsUpper(r) {
			break
		}
		j := i + 1
		for j < len(text) && text[j] != ' ' && !strings.ContainsRune(".,;:!?()\"\n", rune(text[j])) {
			j++
		}
		i = j
	}
	return i
}

// renamedOwner returns the index among before of the organisation a new
// name is given to, or -1: the last whose name ends in noun, else the
// only one whose name opens with the new name's first word and joins no
// two names with "and".
func renamedOwner(before []doc.Mention, noun, name string) int {
	for j := len(before) - 1; j >= 0; j-- {
		if before[j].Type == doc.Org && strings.EqualFold(lastWordOf(before[j].Text), noun) {
			return j
		}
	}
	first, _, _ := strings.Cut(name, " ")
	found := -1
	for j, o := range before {
		if o.Type != doc.Org || !strings.HasPrefix(o.Text, first+" ") || Key(o.Text) == Key(name) ||
			strings.Contains(o.Text, " and ") || strings.Contains(o.Text, "&") {
			// "the merger of Uccel and Computer Associates" names two.
			continue
		}
		if found >= 0 && Key(before[found].Text) != Key(o.Text) {
			return -1
		}
		found = j
	}
	return found
}
