package events

import "newsbot/extract/internal/swar"

// inLower returns m[strings.ToLower(w)], with an ASCII word of up to 32
// bytes lowered into a buffer on the stack (swar.LowerWord) and looked up
// without a copy of its own.
func inLower[V any](m map[string]V, w string) V {
	var buf swar.WordBuf
	return m[swar.LowerWord(&buf, w)]
}
