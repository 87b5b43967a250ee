package segment

import (
	"strings"
	"unicode"

	"newsbot/extract/internal/swar"
)

// The rules here know the chrome a page keeps around a post embedded from
// a social network: the "View this post on Instagram" link, the "A post
// shared by …" credit, the "Posted by @handle · 15 Sep 2026" stamp and the
// "1,204 likes · 387 comments" counts. None of it is reporting.

// maxEmbedWords bounds the length of an embed's chrome line.
const maxEmbedWords = 12

// isEmbedChrome reports whether a short line s of n words is the chrome of
// an embedded social-media post by one of the rules of this file.
func isEmbedChrome(s string, n int) bool {
	if n > maxEmbedWords || !mayBeEmbedChrome(s) || hasQuotation(s) {
		return false
	}
	words := strings.Fields(s)
	return isViewOnNetwork(words) || isSharedBy(s, words) || isPostedByHandle(words) || isEngagementCounts(words)
}

// mayBeEmbedChrome is what every rule of this file needs of a line: it
// opens with "View", "A" or "Posted", or it opens as a line of counts
// (see mayOpenCounts) and holds a digit for a count.
func mayBeEmbedChrome(s string) bool {
	first := firstField(s)
	return strings.EqualFold(first, "view") || strings.EqualFold(first, "a") || strings.EqualFold(first, "posted") ||
		mayOpenCounts(first) && strings.ContainsAny(s, "0123456789")
}

// mayOpenCounts reports whether first, the first word of a line, may open
// a line isEngagementCounts takes: every word of such a line, the first
// among them, is a count, a counted noun or bare punctuation.
func mayOpenCounts(first string) bool {
	var buf swar.WordBuf
	t := swar.LowerWord(&buf, strings.TrimFunc(first, isEdgePunct))
	return t == "" || countWords[t] || isShortCount(t)
}

// embedNouns are what an embed calls the thing it shows.
var embedNouns = set(`post posts video photo photos reel tweet thread profile this more`)

// isViewOnNetwork matches the link an embed shows in place of the post:
// "View this post on Instagram", "View this video on TikTok", "View on
// Threads". It opens with "View", names a network last and has only
// embed nouns between.
func isViewOnNetwork(words []string) bool {
	if len(words) < 3 || len(words) > 6 || !strings.EqualFold(words[0], "view") {
		return false
	}
	last := strings.ToLower(strings.TrimFunc(words[len(words)-1], isEdgePunct))
	if !socialSites[last] || !strings.EqualFold(words[len(words)-2], "on") {
		return false
	}
	for _, w := range words[1 : len(words)-2] {
		if !embedNouns[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// isSharedBy matches an embed's credit line: "A post shared by Saltmarsh
// Sound (@saltmarshsound)", "A video shared by @kestrelbay". It opens with
// "A <post|video|photo> shared by" and names a handle.
func isSharedBy(s string, words []string) bool {
	if len(words) < 5 || !strings.EqualFold(words[0], "a") || !embedNouns[strings.ToLower(words[1])] ||
		!strings.EqualFold(words[2], "shared") || !strings.EqualFold(words[3], "by") {
		return false
	}
	return contains(s, "@")
}

// isPostedByHandle matches an embed's stamp: "Posted by @saltmarshsound ·
// 15 Sep 2026", "Posted by @kestrelbay". After "Posted by" and a handle
// come only separators and the parts of a date or time.
func isPostedByHandle(words []string) bool {
	if len(words) < 3 || !strings.EqualFold(words[0], "posted") || !strings.EqualFold(words[1], "by") ||
		!strings.HasPrefix(words[2], "@") {
		return false
	}
	for _, w := range words[3:] {
		if !isStampPart(w) {
			return false
		}
	}
	return true
}

// isStampPart reports whether w can be part of the date of an embed's
// stamp: a separator, a number, a month, a weekday, "at", am or pm.
func isStampPart(w string) bool {
	t := strings.ToLower(strings.TrimFunc(w, isEdgePunct))
	switch {
	case t == "", t == "at", t == "am", t == "pm":
		return true
	case isNumber(t) || months[t] || monthNames[t] || weekdays[t] || shortDays[t]:
		return true
	}
	return clockTime.MatchString(t)
}

// countWords are what a network counts under a post.
var countWords = set(`like likes comment comments share shares repost reposts retweet retweets view views
	reply replies quote quotes bookmark bookmarks`)

// isEngagementCounts matches the counts a network shows under a post:
// "1,204 likes · 387 comments", "12K views". Every word is a count, with
// perhaps a K or M, a counted noun or a separator, and there is at least
// one of each of count and noun.
func isEngagementCounts(words []string) bool {
	counts, nouns := 0, 0
	for _, w := range words {
		t := strings.ToLower(strings.TrimFunc(w, isEdgePunct))
		switch {
		case t == "":
		case countWords[t]:
			nouns++
		case isShortCount(t):
			counts++
		default:
			return false
		}
	}
	return counts > 0 && nouns > 0
}

// isShortCount reports whether t is a count as a network writes it: digits
// with commas or a point, perhaps with a K or M after ("1,204", "2.3k").
func isShortCount(t string) bool {
	t = strings.TrimRight(t, "km")
	if t == "" || !unicode.IsDigit(rune(t[0])) {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}
