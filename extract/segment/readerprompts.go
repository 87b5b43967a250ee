package segment

import (
	"regexp"
	"strings"
)

// A page speaks to its reader in short lines of its own that report
// nothing: an appeal for money ("Donate to the station today.", "Support
// independent journalism."), a pointer to the broadcast or app a story
// came from ("Listen to the full interview on Drive Time.", "Listen again
// on the station's app."), a question before a sign-up ("Liked this
// article?"), an editor's note that a transcript was trimmed ("This
// interview has been edited for length and clarity."), the close of a
// transcript ("[End of transcript]"), its notice that it is an unrevised
// proof and its procedural notes ("Sitting suspended from 18:02 to
// 19:30."), a broadcast's date line ("Aired
// Tuesday 4 May 2026."), a photo credit in brackets alone ("(Herald
// photo)", "(Gazette Archive)"), a live blog's word that its coverage
// goes on ("Our coverage continues tomorrow."), its title repeated with
// its day ("Flood updates, Tuesday May 5") and its lead-in ("Here's what
// we know so far."), and a line of headlines after a label ("Related:
// Flood map | How to help", "More analysis: Why rates rose | What next").

// maxPromptWords bounds a reader prompt.
const maxPromptWords = 14

// readerPromptLines are the reader prompts read whole, in lower case
// without the closing stop, each with words one of which every match of
// it holds: a cheap test before the pattern.
var readerPromptLines = []struct {
	cues []string
	re   *regexp.Regexp
}{
	{[]string{"donat", "give"}, regexp.MustCompile(`^(?:please\s+)?(?:donate|give|make\s+a\s+donation)(?:\s+to\s+[^.!?]{1,40}?)?(?:\s+(?:today|now|here))?$`)},
	{[]string{"support"}, regexp.MustCompile(`^(?:please\s+)?support\s+(?:local|independent|public|nonprofit|non-profit|quality|our|trusted)(?:\s+[a-z]+)?\s+(?:journalism|news|reporting|radio|media)(?:\s+(?:today|now|here))?$`)},
	{[]string{"listen", "watch"}, regexp.MustCompile(`^(?:listen|watch)(?:\s+(?:again|back|now|live))?\s+(?:to\s+(?:the\s+)?(?:full|whole|complete|entire|latest)\s+(?:report|interview|episode|programme|program|show|broadcast|conversation|segment|podcast|bulletin)\s+)?(?:on|via|at|in)\s+[^.!?"“”]{1,60}$`)},
	// "Watch the full briefing on our video page."
	{[]string{"listen", "watch"}, regexp.MustCompile(`^(?:watch|listen\s+to)\s+(?:the\s+)?(?:full|whole|complete|entire)\s+(?:[a-z]+\s+){0,2}(?:conference|briefing|speech|interview|statement|address|hearing|debate|video|recording)\s+(?:on|via|at|in)\s+our\s+[^.!?"“”]{1,40}$`)},
	{[]string{"?"}, regexp.MustCompile(`^(?:did\s+you\s+)?(?:enjoy|enjoyed|like|liked|love|loved)\s+(?:this|our|the)\s+(?:story|article|piece|read|report|newsletter|podcast|episode|coverage|interview)\?$`)},
	{[]string{"been"}, regexp.MustCompile(`^(?:[a-z]+\s+){0,3}(?:has|have)\s+been\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed|trimmed)(?:\s+and\s+(?:edited|condensed|trimmed))?(?:\s+for\s+(?:length|clarity|brevity|style|space)(?:\s+and\s+(?:length|clarity|brevity|style|space))?)$`)},
	{[]string{"end"}, regexp.MustCompile(`^[\[(]?\s*end\s+of\s+(?:transcript|interview|recording|broadcast|programme|program)\s*[\])]?$`)},
	{[]string{"broadcast", "aired", "recorded", "transmitted"}, regexp.MustCompile(`^(?:first\s+)?(?:broadcast|aired|recorded|transmitted)(?:\s+on)?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+` + monthWord + `|` + monthWord + `\s+\d{1,2},?)\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?$`)},
	{[]string{"our"}, regexp.MustCompile(`^our\s+(?:live\s+)?(?:coverage|live\s*blog|blog|updates|reporting)\s+(?:continues|will\s+continue|resumes|will\s+resume)(?:\s+(?:tomorrow|later|tonight|on\s+[a-z]+|in\s+the\s+morning)(?:\s+(?:morning|afternoon|evening))?)?$`)},
	{[]string{"update", "blog", "coverage", "happened"}, regexp.MustCompile(`^(?:live:?\s+)?[^.!?]{3,60}\s(?:live\s+updates|updates|live\s+blog|live\s+coverage|as\s+it\s+happened)[,:]?\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+` + monthWord + `|` + monthWord + `\s+\d{1,2})(?:,?\s+\d{4})?$`)},
	// A transcript's notice that it is unrevised: "Proof copy: subject
	// to correction", "Uncorrected proof — not for citation".
	{[]string{"proof"}, regexp.MustCompile(`^(?:uncorrected\s+|unrevised\s+)?proof(?:\s+(?:copy|version|transcript))?\s*[:—–-]\s*(?:subject\s+to\s+(?:correction|revision)|not\s+for\s+(?:citation|publication|quotation)|uncorrected|unrevised)$`)},
	// A transcript's procedural note, with no verb of its own: "Sitting
	// suspended from 18:02 to 19:30", "House adjourned at 10.31pm".
	{[]string{"suspended", "adjourned", "resumed"}, regexp.MustCompile(`^(?:sitting|sittings|house|senate|chamber|debate|proceedings|committee)\s+(?:suspended|adjourned|resumed)(?:\s+(?:from|at|until|till)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+(?:to|until|till)\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?)?$`)},
	{[]string{"know"}, regexp.MustCompile(`^here(?:'s|’s|\s+is)\s+what\s+(?:we|you\s+need\s+to)\s+know(?:\s+(?:so\s+far|now|this\s+morning|this\s+afternoon|this\s+evening|today|tonight))?:?$`)},
	// "Comment below: who will win the title?", "Have your say: should
	// the bridge be rebuilt?"
	{[]string{"comment", "say"}, regexp.MustCompile(`^(?:comment\s+below|leave\s+a\s+comment|have\s+your\s+say|tell\s+us\s+in\s+the\s+comments)(?:\s*:\s*[^.!]{1,80}\?)?$`)},
	// "The Harbour Live blog is produced by the Harbour Media desk."
	{[]string{"desk"}, regexp.MustCompile(`^[^.!?]{1,40}\s(?:is|are)\s+(?:produced|compiled|written|edited)\s+by\s+(?:the\s+)?[^.!?]{1,40}\s(?:desk|newsdesk|live\s+team)$`)},
}

// parenCredit is a photo credit in brackets alone: one to four
// capitalised words and a picture word ("(Herald photo)", "(Gazette
// Archive)", "(File photo)").
var parenCredit = regexp.MustCompile(`^\((?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}(?i:photo|photograph|picture|pic|archive|archives|file\s+photo|handout)\)\.?$`)

// isReaderPrompt reports whether a short sentence s of n words (lower is s
// in lower case) is one of the page's words to its reader.
func isReaderPrompt(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxPromptWords {
		return false
	}
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "(") && parenCredit.MatchString(t) || isMoreOnHeading(t) || isMastheadSection(t) || isNamedPrompt(t) {
		return true
	}
	// The cues have no space, so a cue of the normalized line is one of
	// lower: the line is normalized only once lower has a cue.
	l, normalized := "", false
	for _, p := range readerPromptLines {
		if !lw.containsAny(p.cues) {
			continue
		}
		if !normalized {
			l, normalized = strings.TrimRight(spaceNormalized(lower), ".! "), true
		}
		if containsAny(l, p.cues) && p.re.MatchString(l) {
			return true
		}
	}
	return false
}

// headlineBarLabel opens a line of headlines: "Related:", "More
// opinion:", "More on the election:", "Read more:", "See also:".
var headlineBarLabel = regexp.MustCompile(`^(?i:related|read\s+more|see\s+also|also\s+read|more(?:\s+[\p{L}'’-]+){1,4})\s*:\s+`)

// isHeadlineBar reports whether s is a label and two or more headlines
// between bars, none a sentence: "More opinion: Why the port matters |
// The lesson of the 2019 strike".
func isHeadlineBar(s string) bool {
	if strings.IndexByte(s, '|') < 0 {
		return false // no bar: no two headlines, looked at before the label
	}
	t := strings.TrimSpace(s)
	loc := headlineBarLabel.FindStringIndex(t)
	if loc == nil {
		return false
	}
	fields := strings.Split(t[loc[1]:], " | ")
	if len(fields) < 2 || hasQuotation(t) && !quotesWithinFields(fields) {
		return false
	}
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" || wordCount(f) > maxTeaserWords || strings.HasSuffix(f, ".") {
			return false
		}
	}
	return true
}

// quotesWithinFields reports whether each field of a headline bar opens
// and closes its own quotation, as a headline's quoted phrase does
// (`Fishers tell of "long nights" at sea`): an even number of straight
// double quotes, as many opening as closing curly ones, and no other
// quotation marks.
func quotesWithinFields(fields []string) bool {
	for _, f := range fields {
		if hasGuillemet(f) || contains(f, "``") || contains(f, "''") ||
			strings.Count(f, `"`)%2 != 0 || strings.Count(f, "“") != strings.Count(f, "”") {
			return false
		}
	}
	return true
}

// isMoreOnHeading matches the heading of a list of links on the story's
// subject, with its colon: "More on the election:", "More opinion:".
func isMoreOnHeading(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ":") || wordCount(t) > 6 {
		return false
	}
	lower := strings.ToLower(strings.TrimRight(t, ": "))
	return strings.HasPrefix(lower, "more on ") || strings.HasPrefix(lower, "more about ") ||
		lower == "more opinion" || lower == "more analysis" || lower == "more coverage" || lower == "more stories" ||
		strings.HasPrefix(lower, "more ") && storyKinds[lower[len("more "):]]
}

// storyKinds are the kinds of story a list of links after "More" offers:
// "More interviews:", "More reviews:".
var storyKinds = set(`interviews reviews features videos podcasts columns profiles galleries`)

// mastheadNouns end an outlet's name: "Harbour Times", "Science Desk
// Daily", "Valley Courier".
var mastheadNouns = set(`daily times news post herald weekly journal gazette ledger tribune wire radio chronicle
	courier observer desk telegraph guardian express mirror examiner bulletin monitor dispatch inquirer`)

// isMastheadSection matches an outlet's name and its section joined by a
// dash, as a page's header sets them: "Harbour Times — Energy & Climate",
// "Science Desk Daily – Research & Policy". Each side is one to four
// capitalised words (with "&", "and", "of" or "the"), one side ends with
// a word of an outlet's name, and the line has no stop or quotation.
func isMastheadSection(s string) bool {
	// Both dashes open with the byte 0xE2: a line without it has none.
	if strings.IndexByte(s, 0xE2) < 0 {
		return false
	}
	t := strings.TrimSpace(strings.ReplaceAll(s, " – ", " — "))
	left, right, ok := strings.Cut(t, " — ")
	if !ok || endsSentence(t) || hasQuoteMark(t) {
		return false
	}
	return titleField(left) && titleField(right) && (mastheadEnd(left) || mastheadEnd(right))
}

// titleField reports whether f is one to four capitalised words, with
// "&", "and", "of" or "the" between them.
func titleField(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		if i > 0 && (w == "&" || w == "and" || w == "of" || w == "the") {
			continue
		}
		if !isCapitalWord(w) {
			return false
		}
	}
	return true
}

// mastheadEnd reports whether the field's last word ends an outlet's name.
func mastheadEnd(f string) bool {
	words := strings.Fields(f)
	return len(words) > 1 && mastheadNouns[strings.ToLower(words[len(words)-1])]
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if contains(s, sub) {
			return true
		}
	}
	return false
}
