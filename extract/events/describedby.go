package events

import "strings"

// describedBy reports whether ws[i], a past form among the words ws of
// an entry's text s, describes a noun in an aside after a comma and is
// followed by "by": "2029: A review of the cap, a change demanded by
// tenants' groups" tells what is to come, the participle only says who
// wanted it. A past form before any comma ("Deadline extended by the
// court") tells the entry done.
func describedBy(s string, ws []string, i int) bool {
	if i+1 >= len(ws) || ws[i+1] != "by" || !strings.Contains(s, ",") {
		return false
	}
	comma := strings.IndexByte(s, ',')
	return wordsBefore(s[:comma]) <= i
}

// wordsBefore counts the words lowerWords finds in s.
func wordsBefore(s string) int {
	return len(lowerWords(s))
}
