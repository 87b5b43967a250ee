package ner

import (
	"strings"

	"newsbot/extract/internal/swar"
)

// addLower puts strings.ToLower(w) into set, building that form on the
// heap only when set lacks it.
func addLower(set map[string]bool, buf *swar.WordBuf, w string) {
	if !set[swar.LowerWord(buf, w)] {
		set[strings.ToLower(w)] = true
	}
}
