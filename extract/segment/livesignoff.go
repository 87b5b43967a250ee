package segment

import (
	"regexp"
	"strings"
)

// liveBlogClosing is a live blog closing or pausing "the live blog" in
// the site's voice (see isSignOff): "We're closing the live blog for
// Tuesday." The coverage named is the live blog itself, not any coverage
// ("the broadcaster is ending the coverage of the race").
var liveBlogClosing = regexp.MustCompile(`\b(?:end|ending|close|closing|wrap\s+up|wrapping\s+up|pause|pausing|finish|finishing)\s+the\s+live\s*(?:blog|coverage|updates|page)\b`)

// coverageResumes is a live blog's note that its coverage goes on at a
// later time: "Coverage continues tomorrow from 7am.", "Live coverage
// resumes at 9am." The sentence opens with the coverage and says only
// when it goes on.
var coverageResumes = regexp.MustCompile(`^(?:(?:our|live|the\s+live)\s+)?(?:coverage|updates)\s+(?:continues?|resumes?|will\s+continue|will\s+resume|returns?|will\s+return)\s+` +
	`(?:tomorrow|tonight|later|on\s+[a-z]+day|at\s+\d|from\s+\d)[a-z0-9 :.,]*[.!]?$`)

// isCoverageResumes matches a short sentence, lower-cased, that is only a
// live blog's note of when its coverage goes on (coverageResumes). "Live
// coverage of the final resumes at 9am" names what is covered and is a
// broadcaster's schedule, not the page's.
// A match opens with "our", "live", "the live", "coverage" or "updates",
// whose first bytes are looked at first.
func isCoverageResumes(lower string) bool {
	return lower != "" && strings.IndexByte("oltcu", lower[0]) >= 0 && coverageResumes.MatchString(lower)
}

// relativeDayStamps are the days a live blog's entry may be stamped with
// in place of a clock time.
var relativeDayStamps = set(`yesterday today tonight earlier`)

// isRelativeDayStamp reports whether a short line's words (lower-cased)
// are only a relative day, the stamp of a live blog's entry ("Yesterday"),
// with perhaps a clock time ("Yesterday 18:40"): on its own it says
// nothing.
func isRelativeDayStamp(words []string) bool {
	if len(words) == 0 || len(words) > 2 || !relativeDayStamps[strings.TrimFunc(words[0], isEdgePunct)] {
		return false
	}
	return len(words) == 1 || isClockTime(strings.TrimFunc(words[1], isEdgePunct))
}
