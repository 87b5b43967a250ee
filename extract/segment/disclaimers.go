package segment

import "regexp"

// externalDisclaimer is a site's note that it answers for no other site:
// "The Courier is not responsible for the content of external sites."
var externalDisclaimer = regexp.MustCompile(`(?i)\bis\s+not\s+responsible\s+for\s+the\s+content\s+of\s+(?:external|other|third[- ]party)\s+(?:internet\s+)?(?:web\s*)?sites\b`)

// maxDisclaimerWords bounds a site's note on other sites.
const maxDisclaimerWords = 20

// readerCallOpeners open a site's call for its readers' stories:
// "Get in touch: Send us your stories by email or text."
var readerCallOpeners = []string{"get in touch:", "get in touch -", "get in touch.", "send us your stories", "send us your news",
	"send us your pictures", "send us your photos", "send us your videos", "send us your tips"}

// readerCallPrefixes are the readerCallOpeners, sorted for isSiteDisclaimer.
var readerCallPrefixes = newFoldPrefixes(readerCallOpeners)

// maxReaderCallWords bounds such a call.
const maxReaderCallWords = 16

// isSiteDisclaimer reports a short line that is a site's note on other
// sites or a call for its readers' stories: page furniture, not news. lw
// is the line in lower case, so the note is found in capitals too ("IS
// NOT RESPONSIBLE FOR THE CONTENT OF EXTERNAL SITES").
func isSiteDisclaimer(s string, lw *lowered, n int) bool {
	if n <= maxDisclaimerWords && lw.contains("responsible") && externalDisclaimer.MatchString(s) {
		return true
	}
	return n <= maxReaderCallWords && readerCallPrefixes.match(s)
}
