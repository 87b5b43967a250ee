package segment

import (
	"regexp"
	"strings"
)

// A page also closes with lines in which the site speaks of itself or to
// its reader and reports nothing: its tagline ("The Harbour Times -
// independent local journalism since 1921."), a prompt to use one of its
// pages ("Messages of sympathy can be left on our online tribute wall."),
// and the note that its comments are closed.

// isSitePromptNote reports whether a short sentence s of n words (lower is
// s in lower case) is one of the site's lines of this file. The rules
// below take s and lower trimmed.
func isSitePromptNote(s, lower string, n int) bool {
	t, lowerT := strings.TrimSpace(s), strings.TrimSpace(lower)
	return isOutletTagline(t, lowerT, n) || isOwnPagePrompt(t, lowerT, n) || isCommentsClosed(t, n)
}

// maxTaglineWords bounds an outlet's tagline with its name.
const maxTaglineWords = 14

// outletTagline is an outlet's name, a dash or a colon, then what it has
// done since a year: "The Harbour Times - independent local journalism
// since 1921.", "Westvale Post: serving the valley since 1887". The name
// is a few capitalised words; the rest names journalism or serving.
var outletTagline = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}\p{Lu}[\p{L}'’.&-]*\s*[-–—:|]\s*` +
	`(?:(?:[\p{L}'’-]+\s+){0,5}(?i:journalism|news|reporting|newspaper|journal|coverage)|(?i:serving|covering|informing)(?:\s+[\p{L}'’-]+){1,5})` +
	`\s+since\s+(?:1[6-9]|20)\d{2}\.?$`)

// isOutletTagline matches an outlet's tagline (outletTagline). It has
// "since" and a dash, bar or colon, which are tested first.
func isOutletTagline(s, lower string, n int) bool {
	if n > maxTaglineWords || !strings.Contains(lower, "since") || !strings.ContainsAny(s, "-–—:|") {
		return false
	}
	return outletTagline.MatchString(s)
}

// maxPagePromptWords bounds a prompt to use one of the site's pages.
const maxPagePromptWords = 20

// ownPagePrompt is a prompt in the site's voice to use one of its pages:
// "Condolences can be left on our online tribute page.", "You can post
// your memories on our website.", "Please send your pictures via our
// online form." What is done is done on "our" site, page or form.
var ownPagePrompt = regexp.MustCompile(`(?:\b(?:can|may)\s+be\s+(?:left|posted|shared|sent|submitted|added|signed|written|uploaded)|` +
	`^(?:(?:you|readers)\s+(?:can|may)\s+|please\s+)?(?:leave|post|share|send|submit|add|sign|write|upload)\b[^.!?]{0,60}?)` +
	`\s+(?:on|in|via|through|using|at|to)\s+our\s+(?:online|website|web\s+site|site|app|form)\b`)

// isOwnPagePrompt matches a prompt to use one of the site's pages
// (ownPagePrompt), which holds "our". Quoted or reported, "our" is someone else's.
func isOwnPagePrompt(s, lower string, n int) bool {
	if n > maxPagePromptWords || !strings.Contains(lower, "our") {
		return false
	}
	if hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	return ownPagePrompt.MatchString(lower)
}

// commentsClosed is the note that a page takes no more comments:
// "Comments are closed on this article.", "Commenting has been disabled
// for this story".
var commentsClosed = regexp.MustCompile(`^(?:comments|commenting)\s+(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?` +
	`(?:closed|disabled|switched\s+off|turned\s+off)(?:\s+(?:on|for)\s+this\s+(?:article|story|page|post|piece|blog))?\.?$`)

// maxCommentsClosedWords bounds the note that comments are closed.
const maxCommentsClosedWords = 10

// isCommentsClosed matches the note that comments are closed
// (commentsClosed), which opens with "comment".
func isCommentsClosed(s string, n int) bool {
	if n > maxCommentsClosedWords || !hasPrefixFold(s, []string{"comment"}) {
		return false
	}
	return commentsClosed.MatchString(strings.ToLower(s))
}
