package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// previousPerson returns the canonical name of the one person the sentence
// before names, whom a possessive pronoun opening this sentence at token k
// stands for: "Tom Hale was freed on Monday. His wife, Ann, said …" makes
// Ann Tom Hale's wife. The person whose name starts at token self is left
// out; two people named before, or none, give nothing.
func (h harvester) previousPerson(k, self int) (string, bool) {
	if k != 0 || len(h.toks) == 0 {
		return "", false
	}
	start := h.toks[0].start
	from := previousSentenceStart(h.text, start)
	if from < 0 {
		return "", false
	}
	own := ""
	if mi := h.toks[self].mention; mi >= 0 {
		own = mentionName(h.mentions[mi])
	}
	name := ""
	for _, m := range h.mentions {
		if m.Type != doc.Person || m.Start < from || m.End > start {
			continue
		}
		n := mentionName(m)
		if n == own || name != "" && n != name {
			return "", false
		}
		name = n
	}
	return name, name != ""
}

// previousSentenceStart returns the offset where the sentence before the
// one at offset start begins, within its paragraph, else -1.
func previousSentenceStart(text string, start int) int {
	if start > len(text) {
		return -1
	}
	before := strings.TrimRight(text[:start], " \t\"'”’")
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?") {
		return -1
	}
	body := before[:len(before)-1]
	from := 0
	if i := strings.LastIndex(body, "\n"); i >= 0 {
		from = i + 1
	}
	for _, end := range []string{". ", "! ", "? ", ".\" ", ".” "} {
		if i := strings.LastIndex(body, end); i >= 0 && i+len(end) > from {
			from = i + len(end)
		}
	}
	if strings.TrimSpace(body[from:]) == "" {
		return -1
	}
	return from
}
