package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// lifeLine is the closing line of an obituary after the name: the
// person's trade in lower case, then their dates: ", singer and
// songwriter, born 9 March 1948; died 2 November 2026".
var lifeLine = regexp.MustCompile(`^,\s+([a-z][a-z' -]{1,60}?),\s+born\s[^;]{4,40};\s+died\s`)

// lifeLineRoles returns the trade an obituary's closing line gives the
// person it names ("Sir Alun Tremaine, singer and songwriter, born 9
// March 1948; died 2 November 2026"). The trade must hold a role noun.
func lifeLineRoles(text string, sents []doc.Sentence, mentions []doc.Mention) []Role {
	var out []Role
	for _, s := range sents {
		if s.Boilerplate || s.Start < 0 || s.End > len(text) || !strings.Contains(text[s.Start:s.End], "; died ") {
			continue
		}
		for _, m := range mentions {
			if m.Type != doc.Person || m.Start < s.Start || m.End > s.End {
				continue
			}
			if r, ok := lifeLineRole(text, s.Span, m); ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// lifeLineRole reads the trade after the mention m that opens its line
// in the sentence span, after a title at most.
func lifeLineRole(text string, span doc.Span, m doc.Mention) (Role, bool) {
	from := max(span.Start, strings.LastIndexByte(text[:m.Start], '\n')+1)
	lead := strings.Fields(text[from:m.Start])
	if len(lead) > 1 || len(lead) == 1 && !isTitleWord(lead[0]) {
		return Role{}, false
	}
	g := lifeLine.FindStringSubmatchIndex(text[m.End:span.End])
	if g == nil {
		return Role{}, false
	}
	role := text[m.End+g[2] : m.End+g[3]]
	head := ""
	for _, w := range strings.Fields(role) {
		if isRoleHead(w) {
			head = normRole(w)
		}
	}
	if head == "" {
		return Role{}, false
	}
	name := m.Canonical
	if name == "" {
		name = squash(text[m.Start:m.End])
	}
	return Role{Name: name, Text: squash(role), Norm: normRole(role), Head: head,
		Evidence: doc.Span{Start: m.Start, End: m.End + g[3]}}, true
}

// isTitleWord reports an honorific written before a name: "Sir", "Dame".
func isTitleWord(w string) bool {
	return lifeTitles[strings.TrimSuffix(w, ".")]
}

// lifeTitles are the honorifics an obituary's closing line may open with.
var lifeTitles = wordSet(`Sir Dame Lord Lady Dr Professor Baroness Baron`)
