package quotes

import (
	"regexp"

	"newsbot/extract/doc"
)

// talksTo matches the words of an interview's introduction right before
// its guest: "Jo Marsh talks to mission director", "speaks with".
var talksTo = regexp.MustCompile(`(?i)\b(?:talks|talked|speaks|spoke|chats|chatted)\s+(?:to|with)\s+(?:[a-z-]+\s+){0,4}$`)

// interviewGuest finds the guest an interview's introduction, in the
// paragraphs before the one at qp, presents with a verb of talking after
// the host's name: "host Jo Marsh talks to Ana Ruiz, mission director".
// Exactly one person must be so presented, after another person named
// in the same sentence.
func (a *analysis) interviewGuest(qp int) (doc.Mention, bool) {
	lo, hi := a.paras[max(0, qp-introParas)].Start, a.paras[qp].Start
	var guest doc.Mention
	found, host := false, -1
	for _, m := range a.ments {
		if m.Start < lo || m.End > hi || m.Type != doc.Person {
			continue
		}
		if host >= 0 && talksTo.MatchString(a.text[max(host, m.Start-60):m.Start]) {
			if found && guest.Name() != m.Name() {
				return doc.Mention{}, false
			}
			guest, found = m, true
		}
		host = m.End
	}
	return guest, found
}
