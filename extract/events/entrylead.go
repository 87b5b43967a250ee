package events

import (
	"strings"

	"newsbot/extract/doc"
)

// maxEntryLeadWords bounds the verbless phrase an entry of a live blog
// may open with before its news.
const maxEntryLeadWords = 8

// entryLead reports whether the sentence sp opening a live-blog entry is
// a short phrase with no verb that leads into what follows: "More on the
// figures.", "Still no word from the minister." It reports nothing
// itself. A plural noun after a determiner ("the figures") is no verb.
func entryLead(text string, sp doc.Span) bool {
	if sp.Start < 0 || sp.Start >= sp.End || sp.End > len(text) || !strings.HasSuffix(strings.TrimSpace(text[sp.Start:sp.End]), ".") {
		return false
	}
	words := strings.Fields(text[sp.Start:sp.End])
	if len(words) < 2 || len(words) > maxEntryLeadWords {
		return false
	}
	if !inLower(leadOpeners, words[0]) {
		return false
	}
	var kept []string
	for i, w := range words {
		if irregularPast[strings.ToLower(strings.Trim(w, ".,"))] {
			return false // "Some crews went home."
		}
		if i > 0 && inLower(determiners, words[i-1]) {
			continue // the noun of "the figures"
		}
		kept = append(kept, w)
	}
	return verbless(kept)
}

// leadOpeners open a live blog's lead-in phrase: "Some context on …",
// "Still no sign of …", "More on …", "A quick note on …". A sentence
// opening with "The" names its subject ("The governor flew over the
// valley.").
var leadOpeners = toSet("some still more no a quick another just")
