package segment

import (
	"slices"
	"strings"
	"testing"
)

// The references below are the rules as they read before their gates,
// word-kind table and buffers; the tests compare each rule with its
// reference on crafted lines and on every line of the seed articles and
// the news corpus (see gateLines).

// isAffiliateNoteReference is isAffiliateNote with its scans for a
// quotation and a verb of reporting before the test of the page.
func isAffiliateNoteReference(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxAffiliateWords {
		return false
	}
	independent := lw.contains("editorially independent")
	if !independent && !lw.contains("commission") && !lw.contains("fee") {
		return false
	}
	if hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	if independent {
		return editorialNote.MatchString(strings.TrimSpace(s))
	}
	return (strings.HasPrefix(lower, "we ") || lw.contains("this page") || lw.contains("this article") ||
		lw.contains("this guide") || lw.contains("this site")) && affiliateNote.MatchString(lower)
}

// isOwnPagePromptReference is isOwnPagePrompt without mayNameOwnPage.
func isOwnPagePromptReference(s string, lw *lowered, n int) bool {
	if n > maxPagePromptWords || !lw.contains("our") {
		return false
	}
	if hasQuotation(s) || hasReportingVerb(lw.text) {
		return false
	}
	return ownPagePrompt.MatchString(lw.text)
}

// isLeadInSignUpReference is isLeadInSignUp without its gate on how the
// line opens, and with hasPrefixFold over promoLeadIns.
func isLeadInSignUpReference(s string) bool {
	lead, rest, ok := cutLeadIn(s)
	if !ok || wordCount(lead) > maxLeadInWords || !hasPrefixFold(strings.TrimSpace(lead), promoLeadIns) {
		return false
	}
	rest = strings.TrimSpace(rest)
	if !signUpLabels.match(rest) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		w = strings.TrimFunc(w, isEdgePunct)
		if w == "our" || w == "newsletter" || w == "newsletters" || w == "inbox" || w == "alerts" || w == "briefing" {
			return true
		}
	}
	return false
}

// greetingOpenerReference is greetingOpener without its first-letter gate.
func greetingOpenerReference(s string) string {
	first := firstField(s)
	if !isASCII(first) {
		first = strings.TrimFunc(strings.ToLower(first), isEdgePunct)
		if slices.Contains(greetingOpeners, first) {
			return first
		}
		return ""
	}
	first = strings.TrimFunc(first, isEdgePunct)
	for _, g := range greetingOpeners {
		if strings.EqualFold(first, g) {
			return g
		}
	}
	return ""
}

// isClockLineReference is isClockLine lowering each word with
// strings.ToLower.
func isClockLineReference(words []string) bool {
	clock, stamp, dated := false, false, false
	for i, w := range words {
		bar := i > 0 && words[i-1] == "|"
		w = strings.TrimFunc(w, isEdgePunct)
		if isZoneAbbrev(w) {
			continue
		}
		w = strings.ToLower(w)
		switch {
		case isClockTime(w):
			clock = true
		case isNumber(w) || months[w] || monthNames[w]:
			dated = dated || w != ""
		case w == "" || zoneWords[w] || weekdays[w] || shortDays[w]:
		case (i == 0 || bar) && stampWords[w], stamp && (w == "at" || w == "on"):
			stamp = true
		default:
			return false
		}
	}
	return clock || stamp && dated
}

// isSiteVocabularyReference is isSiteVocabulary reading the five sets.
func isSiteVocabularyReference(words []string) bool {
	site := false
	for _, w := range words {
		w = strings.TrimFunc(w, isEdgePunct)
		switch {
		case w == "" || isNumber(w):
		case siteWords[w]:
			site = true
		case fillerWords[w] || months[w] || monthNames[w] || weekdays[w]:
		default:
			return false
		}
	}
	return site
}

// mayOpenCountsReference is mayOpenCounts lowering with strings.ToLower.
func mayOpenCountsReference(first string) bool {
	t := strings.ToLower(strings.TrimFunc(first, isEdgePunct))
	return t == "" || countWords[t] || isShortCount(t)
}

// lineGateCases are crafted lines for the rules whose gates these tests
// check, each in the form the rule takes and in others close to it.
var lineGateCases = []string{
	"We may earn commission from some links on this page.", "The Guide earns a commission on purchases made through links in this article.",
	"We may earn a fee when you buy through links on this site.", "MoneyWise Guide is editorially independent.",
	"Coffee prices rose, the ICO said.", "\"We may earn commission from links on this page,\" he said.",
	"Condolences can be left on our online tribute page.", "You can post your memories on our website.",
	"Please send your pictures via our online form.", "Share your views on our web site", "Sign the book in our app",
	"Never miss a story: sign up to our Courts newsletter.", "  Stay informed: subscribe to our alerts", "Don't miss a story - sign up for our briefing",
	"Want more? Sign up for our newsletter", "FREE: get our newsletter", "Officials gave residents one instruction: sign up for flood alerts.",
	"Good morning.", "Hello and welcome.", "(Good evening, welcome back.)", "Welcome back", "GOOD MORNING", "Hi everyone",
	"Goodbye", "whatever", "Éclair", "ſome words", "\u212aelvin", "…Good morning", "  hello", "\tWelcome back.",
	"Updated 3:45 p.m. PDT", "14:05 GMT", "Mon 23 Nov 10.42 BST", "18:45 PHT", "10:42AM", "Published Aug. 12, 2026 at 6:10 a.m.",
	"UPDATED 09:15 BST", "Posted 12 JUNE 2026", "TUESDAY 10.30", "12 mths", "Nine mths", "REUTER", "Year",
	"Recommended stories", "Share this article", "Published 3 hours ago", "Exit mobile version", "SHARE THIS", "May 5",
	"1,204 likes · 387 comments", "12K views", "LIKES 12", "2.3K REPOSTS", "Views: 1,204", "COMMENTS", "(1,204) likes",
	"Reporting by Jane Doe; Editing by John Roe", "(Reporting by Jane Doe in Kyiv)", "Additional reporting by Ann Lee",
	"REPORTING BY JANE DOE", "Music by Jane Doe.", "Theme music by Roe Tools", "Reporting byJane",
	"EMBARGOED UNTIL 16:00 BST WEDNESDAY 6 MAY 2026", "Embargo: 00:01 GMT 3 March", "For immediate release: 12 November 2026",
	"Release date: 3 March", "Thanks for following.", "Thank you all for joining us this morning", "Many thanks for reading",
	"Here is what you need to know on Friday.", "Here's what to know this morning.", "How to help: donate here", "Ways to help",
	"Send it to our news desk.", "Email our newsroom.", "Updated 19:02 GMT: adds Solberg statement.",
	"Get in touch: Send us your stories by email or text.", "SEND US YOUR TIPS", "The author holds no position in the stock.",
	"The views expressed in this column are the author's own.", "This article is part of our Global Health series.",
}

// TestLineGatesKeepRules checks every rule whose gate, word-kind table or
// lowering buffer changed against its reference.
func TestLineGatesKeepRules(t *testing.T) {
	taken := map[string]int{}
	check := func(name string, got, want bool, line string) {
		t.Helper()
		if got != want {
			t.Errorf("%s(%q) = %v, want %v", name, line, got, want)
		}
		if want {
			taken[name]++
		}
	}
	for _, s := range gateLines(t, lineGateCases) {
		for _, line := range []string{s, strings.TrimSpace(s)} {
			n := wordCount(line)
			lw := lowerLine(toLower(line))
			check("isAffiliateNote", isAffiliateNote(line, lw, n), isAffiliateNoteReference(line, lw, n), line)
			check("isOwnPagePrompt", isOwnPagePrompt(line, lw, n), isOwnPagePromptReference(line, lw, n), line)
			check("isLeadInSignUp", isLeadInSignUp(line), isLeadInSignUpReference(line), line)
			if got, want := greetingOpener(line), greetingOpenerReference(line); got != want {
				t.Errorf("greetingOpener(%q) = %q, want %q", line, got, want)
			}
			words := strings.Fields(line)
			check("isClockLine", isClockLine(words), isClockLineReference(words), line)
			lowerWords := strings.Fields(lw.text)
			check("isSiteVocabulary", isSiteVocabulary(lowerWords), isSiteVocabularyReference(lowerWords), line)
			check("mayOpenCounts", mayOpenCounts(firstField(line)), mayOpenCountsReference(firstField(line)), line)
			check("isCredit", isCredit(line, lw), isCreditReference(line, lw), line)
			check("isEmbargoLine", isEmbargoLine(line, n), isEmbargoLineReference(line, n), line)
			check("isReleaseDateLine", isReleaseDateLine(line, n), isReleaseDateLineReference(line, n), line)
		}
	}
	for _, name := range []string{"isAffiliateNote", "isOwnPagePrompt", "isLeadInSignUp", "isClockLine", "isSiteVocabulary",
		"mayOpenCounts", "isCredit", "isEmbargoLine", "isReleaseDateLine"} {
		if taken[name] == 0 {
			t.Errorf("%s takes none of the cases", name)
		}
	}
}

// isCreditReference is isCredit reading footerLabels without their
// foldPrefixes gate.
func isCreditReference(s string, lw *lowered) bool {
	lower := lw.text
	if hasCreditLabel(lower) {
		return true
	}
	for _, l := range footerLabels {
		if len(s) >= len(l) && prefixFold(s, l) {
			return isNameList(s[len(l):])
		}
	}
	if hasCreditMark(lw) {
		return true
	}
	return strings.HasSuffix(lower, " via ap") || strings.HasSuffix(lower, " via reuters") ||
		strings.HasSuffix(lower, " via afp") || isSlashCredit(s)
}

// isEmbargoLineReference is isEmbargoLine without its foldPrefixes gate.
func isEmbargoLineReference(s string, n int) bool {
	t := strings.TrimSpace(s)
	if n > maxEmbargoWords {
		return false
	}
	for _, l := range embargoLabels {
		if len(t) >= len(l) && prefixFold(t, l) {
			rest := strings.Fields(strings.ReplaceAll(t[len(l):], "release", " "))
			return len(rest) > 0 && isClockLine(withoutLinks(rest))
		}
	}
	return false
}

// isReleaseDateLineReference is isReleaseDateLine without its
// foldPrefixes gate.
func isReleaseDateLineReference(s string, n int) bool {
	t := strings.TrimSpace(s)
	if n > maxEmbargoWords {
		return false
	}
	for _, l := range releaseLabels {
		if len(t) >= len(l) && prefixFold(t, l) {
			rest := withoutLinks(strings.Fields(t[len(l):]))
			return len(rest) > 0 && (isClockLine(rest) || onlyDate(rest))
		}
	}
	return false
}

// TestGreetingInitials checks that isGreetingInitial takes the first
// letter of every greeting opener, in either case.
func TestGreetingInitials(t *testing.T) {
	for _, g := range greetingOpeners {
		for _, c := range []byte{g[0], g[0] - 'a' + 'A'} {
			if !isGreetingInitial(c) {
				t.Errorf("isGreetingInitial(%q) = false, but %q opens with it", c, g)
			}
		}
	}
}

// TestMayNameOwnPageKeepsPrompts checks that every line ownPagePrompt
// matches holds one of the words mayNameOwnPage looks for.
func TestMayNameOwnPageKeepsPrompts(t *testing.T) {
	for _, s := range []string{"condolences can be left on our online tribute page", "you can post your memories on our website",
		"please send your pictures via our online form", "share your views on our web site", "sign the book in our app",
		"post a photo\ton our\nsite", "add it to our form"} {
		if !ownPagePrompt.MatchString(s) {
			t.Errorf("ownPagePrompt does not match %q", s)
		}
		if !mayNameOwnPage(lowerLine(s)) {
			t.Errorf("mayNameOwnPage(%q) = false, but ownPagePrompt matches", s)
		}
	}
}

// TestFoldPrefixesHeads checks foldPrefixes.match against hasPrefixFold
// for the prefix lists of the package, on lines that open like a prefix
// but for one of their first ten bytes (in the other case, another
// letter, a look-alike past ASCII), cut short, or run on.
func TestFoldPrefixesHeads(t *testing.T) {
	sets := []*foldPrefixes{teaserLabels, shareLabels, signUpLabels, pageLabels, officialLabels, creditLabelPrefixes,
		footerPrefixes, thanksPrefixes, promoLeadInPrefixes, hereIsWhatToKnowPrefixes, embargoPrefixes, releasePrefixes,
		liveWelcomeOpeners, tipOpeners, appealOpeners, updateNotePrefixes, readerCallPrefixes, longEndMatterOpeners,
		disclosureLabels, writerOpeners, sponsorOpeners, contactOpeners, pressContactOpeners, registerLabels, officeLabels,
		newFoldPrefixes([]string{"ab", "abcdefghij", "aBcDeFgHiJk", "a\u212aey facts", "ſome ", "é", "(c) ", "k", ""})}
	for _, f := range sets {
		var lines []string
		for _, p := range f.all {
			lines = append(lines, p, strings.ToUpper(p), p+" and more words", strings.ToUpper(p)+" AND MORE")
			for i := 0; i < len(p) && i < 10; i++ {
				lines = append(lines, p[:i], p[:i]+" padding to eight bytes")
				for _, b := range []string{"x", "X", "\u212a", "ſ", "é", " ", string(p[i] ^ 0x20)} {
					lines = append(lines, p[:i]+b+p[i+1:]+" trailing words")
				}
			}
		}
		lines = append(lines, "", "x", "The company said on Tuesday", "THE COMPANY SAID", "\u212a", "ſ")
		for _, s := range lines {
			if got, want := f.match(s), hasPrefixFold(s, f.all); got != want {
				t.Errorf("match(%q) over %q = %v, hasPrefixFold says %v", s, f.all, got, want)
			}
		}
	}
	for _, s := range gateLines(t, nil) {
		for _, f := range sets {
			if got, want := f.match(s), hasPrefixFold(s, f.all); got != want {
				t.Errorf("match(%q) over %q = %v, hasPrefixFold says %v", s, f.all, got, want)
			}
		}
	}
}

// TestMayHoldTerminator checks mayHoldTerminator against mayTerminate on
// words with each byte value at each place among other bytes.
func TestMayHoldTerminator(t *testing.T) {
	fills := []uint64{0, 0x2020202020202020, 0x6161616161616161, 0xffffffffffffffff, 0x0101010101010101,
		0x2d2d2d2d2d2d2d2d, 0x8080808080808080, 0xe1e1e1e1e1e1e1e1, 0xe3e3e3e3e3e3e3e3}
	for _, fill := range fills {
		for pos := 0; pos < 8; pos++ {
			for c := 0; c < 256; c++ {
				x := fill&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
				want := false
				for k := 0; k < 8; k++ {
					want = want || mayTerminate[byte(x>>(8*k))]
				}
				if got := mayHoldTerminator(x); got != want {
					t.Errorf("mayHoldTerminator(%#x) = %v, want %v", x, got, want)
				}
			}
		}
	}
}
