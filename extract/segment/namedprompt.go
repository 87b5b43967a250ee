package segment

import "strings"

// isNamedPrompt matches a station's or outlet's name and a reader prompt
// joined by a bar, as a page's header sets them: "Coastline FM | Listen
// again on our app", "Harbour Gazette | Donate today". The name is one to
// four capitalised words.
func isNamedPrompt(t string) bool {
	// A line without a bar is turned away by one fast byte search.
	if strings.IndexByte(t, '|') < 0 {
		return false
	}
	i := strings.LastIndex(t, " | ")
	if i < 0 || !titleField(t[:i]) {
		return false
	}
	p := strings.TrimSpace(t[i+len(" | "):])
	if p == "" || strings.Contains(p, "|") {
		return false
	}
	lw := lowerLine(strings.ToLower(p))
	return isReaderPrompt(p, lw, len(strings.Fields(p)))
}
