package identity

import "strings"

// quotedAt reports whether offset pos of text lies inside a quotation
// opened after offset from: "its" stands for an organisation the
// reporter named, never for a word inside someone's quoted words
// (`The union said so. "Our ACME deal is off," said its chair`).
func quotedAt(text string, from, pos int) bool {
	if from < 0 || pos > len(text) || from >= pos {
		return false
	}
	seg := text[from:pos]
	if strings.Count(seg, `"`)%2 == 1 {
		return true
	}
	return strings.LastIndex(seg, "“") > strings.LastIndex(seg, "”")
}
