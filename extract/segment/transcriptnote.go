package segment

import "regexp"

// transcriptCaveat is a transcript service's note that its text may be
// wrong: "This transcript may not be 100% accurate and may contain
// misspellings.", "The transcript may contain errors."
var transcriptCaveat = regexp.MustCompile(`^(?:this|the)\s+(?:[a-z-]+\s+)?transcript\s+(?:may|might)\s+` +
	`(?:not\s+be\s+(?:\d+\s*%\s+|fully\s+|entirely\s+|completely\s+|wholly\s+)?(?:accurate|verbatim|complete)|contain\s+(?:errors|mistakes|misspellings|inaccuracies))\b`)

// transcriptWarranty is a service's disclaimer of its transcripts'
// accuracy: "CallNotes does not guarantee the accuracy of any transcript."
var transcriptWarranty = regexp.MustCompile(`\b(?:does|do)\s+not\s+(?:guarantee|warrant)\s+the\s+(?:accuracy|completeness)\s+` +
	`(?:or\s+completeness\s+)?of\s+(?:any|this|the|its|our)\s+(?:[a-z-]+\s+)?transcripts?\.?\s*$`)

// isTranscriptNote matches a transcript service's note on the accuracy
// of its text, in the page's voice: furniture, not what was said. Quoted
// or reported, the words are someone's.
func isTranscriptNote(s string, lw *lowered) bool {
	lower := lw.text
	if !lw.contains("transcript") || hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	return transcriptCaveat.MatchString(lower) || transcriptWarranty.MatchString(lower)
}
