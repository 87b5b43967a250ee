package events

import "strings"

// maxLoweredKey is the longest ASCII word inLower lowers on the stack.
const maxLoweredKey = 24

// inLower returns m[strings.ToLower(w)]. An ASCII word of up to
// maxLoweredKey bytes is lowered into a buffer on the stack, byte by
// byte, as strings.ToLower lowers ASCII, and looked up without a copy of
// its own; any other word is lowered as before.
func inLower[V any](m map[string]V, w string) V {
	if len(w) > maxLoweredKey {
		return m[strings.ToLower(w)]
	}
	var b [maxLoweredKey]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return m[strings.ToLower(w)]
		}
		b[i] = asciiLower(c)
	}
	return m[string(b[:len(w)])]
}
