package identity

import "strings"

// questionTurn reports whether the line holding a name at offset at opens
// with the name and, after the label's colon ending at offset colon,
// asks a question: "Ann Lee, Tarn Courier: Why now?" is a reporter's turn
// at a press conference, labelled with her outlet.
func questionTurn(text string, at, colon int) bool {
	if at > len(text) || colon > len(text) || colon < at {
		return false
	}
	if line := text[strings.LastIndexByte(text[:at], '\n')+1 : at]; strings.TrimSpace(line) != "" {
		return false
	}
	rest := text[colon:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return strings.HasSuffix(strings.TrimSpace(rest), "?")
}
