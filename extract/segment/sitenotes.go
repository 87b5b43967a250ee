package segment

import (
	"regexp"
	"strings"
)

// A guide or a consumer page closes with notes of the site about itself
// and widgets that report nothing: a page stamp ("Last updated: 16 March
// 2026"), a feedback prompt ("Was this guide helpful? Yes / No"), a list
// of related pages under a heading such as "Related guides:", and the
// site's notes on its independence and its affiliate links ("We may earn
// commission from some links on this page.").

// isSiteNote reports whether a short sentence s of n words (lower is s in
// lower case) is one of the site's notes of this file.
func isSiteNote(s string, lw *lowered, n int) bool {
	lower := lw.text
	return isPageStamp(s, n) || isFeedbackPrompt(lower, n) || isRelatedHeading(s) || isAffiliateNote(s, lw, n) || isUpdateNote(s, n) || isStampedByline(s, n) ||
		isSitePromptNote(s, lw, n)
}

// updateNote is an editor's note on an update of the page or an entry: a
// stamp word, the time (and perhaps date) of the update, and after a colon
// or a dash a lower-case word that opens the note.
var updateNote = regexp.MustCompile(`^((?i:updated|corrected|amended|edited)\s+.{1,40}?)\s*(?::|\s[–—-])\s+([a-z]+)\b`)

// updateNoteVerbs open an editor's note on what an update changed: "adds
// Solberg statement", "corrects the location of the remarks".
var updateNoteVerbs = set(`adds add added corrects correct corrected updates update clarifies clarify clarified
	removes remove removed amends amend amended changes change changed includes include fixes fix
	rewrites rewrite recasts recast replaces replace expands expand`)

// maxUpdateNoteWords bounds an editor's note on an update.
const maxUpdateNoteWords = 16

// isUpdateNote matches an editor's note on an update: "Updated 19:02 GMT:
// adds Solberg statement.", "Updated 13:20 GMT: corrects the location of
// the remarks." The stamp before the note must be a time stamp alone
// (isClockLine) and the note must open with a verb of editing, so a report
// ("Updated figures: adds 3% to the forecast") is no note.
func isUpdateNote(s string, n int) bool {
	if n > maxUpdateNoteWords {
		return false
	}
	t := strings.TrimSpace(s)
	if !updateNotePrefixes.match(t) {
		return false
	}
	m := updateNote.FindStringSubmatch(t)
	return m != nil && isClockLine(strings.Fields(m[1])) && updateNoteVerbs[m[2]]
}

// updateNoteOpeners are the stamp words updateNote opens with, in any case.
var updateNoteOpeners = []string{"updated", "corrected", "amended", "edited"}

// updateNotePrefixes are the updateNoteOpeners, sorted for isUpdateNote.
var updateNotePrefixes = newFoldPrefixes(updateNoteOpeners)

// stampOpeners may stand before a page stamp's word: "Last updated",
// "First published".
var stampOpeners = set(`last first originally`)

// isPageStamp matches a page's stamp of when it was written or last
// changed, its word perhaps after "Last" or "First": "Last updated: 16
// March 2026", "First published Tuesday 3 March 2026 09:00 GMT". Only a
// date and a time may follow; "Last updated its forecast on Monday, the
// bank …" goes on with words of its own.
func isPageStamp(s string, n int) bool {
	if n > maxFurnitureWords {
		return false
	}
	if !firstFieldIn(s, stampOpeners) {
		return false // looked at before the line is split
	}
	words := strings.Fields(s)
	if len(words) < 3 || !stampOpeners[strings.ToLower(words[0])] ||
		!stampWords[strings.ToLower(strings.TrimFunc(words[1], isEdgePunct))] {
		return false
	}
	return isClockLine(words[1:])
}

// feedbackPrompt is a page's widget asking whether it helped, with
// perhaps its buttons: "Was this guide helpful? Yes / No", "Did you find
// this article useful?". It asks of the page itself ("this guide").
var feedbackPrompt = regexp.MustCompile(`^(?:was|is|did\s+you\s+find)\s+this\s+(?:guide|article|page|story|post|answer|information|explainer|content)` +
	`\s+(?:helpful|useful)\s*\??(?:\s*(?:yes|no|[/|])\s*)*$`)

// feedbackButtons is the row of buttons of a feedback widget alone on
// its line: "Yes / No", "Yes | No".
var feedbackButtons = regexp.MustCompile(`^yes\s*[/|]\s*no$`)

// isFeedbackPrompt matches a feedback widget's question or its buttons.
func isFeedbackPrompt(lower string, n int) bool {
	if n > maxFurnitureWords {
		return false
	}
	t := strings.TrimSpace(lower)
	if !strings.HasPrefix(t, "was") && !strings.HasPrefix(t, "is") && !strings.HasPrefix(t, "did") && !strings.HasPrefix(t, "yes") {
		return false // the words the patterns open with
	}
	return feedbackPrompt.MatchString(t) || feedbackButtons.MatchString(t)
}

// relatedNouns name the pages a "Related …" heading lists.
var relatedNouns = set(`guides guide reading links topics posts videos features pages questions reports
	explainers resources coverage articles stories content news`)

// isRelatedHeading matches the heading of a list of related pages:
// "Related guides:", "Related reading". The heading is two words and no
// stop, perhaps with a colon.
func isRelatedHeading(s string) bool {
	t := strings.TrimSpace(s)
	if !hasPrefixFold(t, []string{"related"}) {
		// Only "related" in some case lowers to "related".
		return false
	}
	words := strings.Fields(strings.ToLower(strings.TrimRight(t, ": ")))
	return len(words) == 2 && words[0] == "related" && relatedNouns[words[1]]
}

// affiliateNote is a site's note on the commission its links earn:
// "We may earn commission from some links on this page.", "The Guide
// earns a commission on purchases made through links in this article."
var affiliateNote = regexp.MustCompile(`\b(?:may|might|could|can|will|do|does)?\s*(?:earn|earns|receive|receives|get|gets|make|makes)\s+` +
	`(?:a\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|commissions|fee|fees)\b.*\b(?:links?|purchases?|buy|sales?)\b`)

// editorialNote is a site's note that it is editorially independent:
// "MoneyWise Guide is editorially independent."
var editorialNote = regexp.MustCompile(`^(?:[\p{Lu}][\p{L}'’.&-]*\s+){1,5}(?:is|are|remains|remain)\s+editorially\s+independent\.?$`)

// maxAffiliateWords bounds a site's note on its links or independence.
const maxAffiliateWords = 25

// isAffiliateNote matches a site's note on its affiliate links or its
// independence, in its own voice: no quotation and no verb of reporting
// ("The regulator said the site may earn commission on links").
func isAffiliateNote(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxAffiliateWords {
		return false
	}
	independent := lw.contains("editorially independent")
	if !independent && !lw.contains("commission") && !lw.contains("fee") {
		return false
	}
	// A note on commission speaks of the site or the page: that test,
	// cheaper than the scans for a quotation or a verb of reporting, goes
	// first ("coffee" holds "fee").
	if !independent && !strings.HasPrefix(lower, "we ") && !lw.contains("this page") && !lw.contains("this article") &&
		!lw.contains("this guide") && !lw.contains("this site") {
		return false
	}
	if hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	if independent {
		return editorialNote.MatchString(strings.TrimSpace(s))
	}
	return affiliateNote.MatchString(lower)
}
