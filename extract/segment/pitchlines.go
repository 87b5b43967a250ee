package segment

import (
	"regexp"
	"strings"
)

// journalismPitch is a site's appeal for support of its journalism:
// "Support local journalism - subscribe to the Valley Post from £1 a
// week.", "Support independent journalism: become a member today."
var journalismPitch = regexp.MustCompile(`^(?i:support|back|fund)\s+(?:(?:our|local|independent|quality|regional|public[- ]interest|trusted|investigative)\s+){0,2}(?i:journalism|reporting|news)\b`)

// maxPitchWords bounds such an appeal.
const maxPitchWords = 20

// isJournalismPitch reports a short appeal to support the site's
// journalism, which no report opens with as an imperative.
func isJournalismPitch(s string, n int) bool {
	return n <= maxPitchWords && mayOpenPitch(s) && journalismPitch.MatchString(s) && !hasQuoteMark(s) && !hasReportingVerb(strings.ToLower(s))
}

// mayOpenPitch reports whether s may match journalismPitch: it opens with
// the first letter of "support", "back" or "fund" in either case, or with
// the first byte of "ſ" (U+017F), which folds to "s".
func mayOpenPitch(s string) bool {
	return s != "" && strings.IndexByte("sSbBfF\xc5", s[0]) >= 0
}

// outletSlogan is an outlet's name and the adjectives of its slogan after
// a dash: "Valley Radio News - trusted, local, independent.". The name is
// one to four capitalised words; the slogan is two to four lower-case
// words joined by commas or "and", and nothing else.
var outletSlogan = regexp.MustCompile(`^(?:\p{Lu}[\p{L}&'’.-]*\s+){1,4}[-–—|]\s+[a-z]+(?:(?:,\s*|,?\s+and\s+)[a-z]+){1,3}\.?$`)

// isOutletSlogan reports such a slogan line whose name ends in a word of
// an outlet's name (mastheadNouns) or is in capitals ("KSRN").
func isOutletSlogan(s string) bool {
	if !hasSloganDash(s) || !outletSlogan.MatchString(s) {
		return false
	}
	name := strings.Fields(s)
	for i, w := range name {
		if strings.ContainsAny(w, "-–—|") {
			name = name[:i]
			break
		}
	}
	last := name[len(name)-1]
	return mastheadNouns[strings.ToLower(last)] || strings.ToUpper(name[0]) == name[0] && len(name[0]) > 1
}

// hasSloganDash reports whether s holds one of the marks that part an
// outlet's name from its slogan in outletSlogan: "-", "|", "–" or "—".
func hasSloganDash(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.IndexByte(s, '|') >= 0 ||
		strings.Contains(s, "–") || strings.Contains(s, "—")
}

// isReadMoreOnHeading matches the heading, with its colon, of a list of
// links to the outlet's other stories: "Read more on The Valley Post:",
// "Read more from the Courier:".
func isReadMoreOnHeading(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ":") || wordCount(t) > maxListHeadingWords {
		return false
	}
	return hasPrefixFold(t, []string{"read more on ", "read more from ", "read more at "})
}
