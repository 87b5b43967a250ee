package segment

import (
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/internal/swar"
)

// maxFurnitureWords bounds the lines the vocabulary rule considers: site
// furniture is terse, and a longer line made of common words is prose.
const maxFurnitureWords = 12

// IsBoilerplate reports whether one sentence or line is site furniture
// rather than reporting. The rules are general, so that unseen sites are
// covered and real headlines, datelines and bylines are not:
//   - nothing to read: no letter or digit ("* * *", "|");
//   - screen-reader link lists: "list of 4 items", "end of list";
//   - photo credits: "Picture: … via AP", "(AP Photo/…)", "… Getty Images";
//   - a short line made only of site vocabulary (share, trending, published,
//     recommended stories, exit mobile version, section names) and filler
//     words, numbers and dates;
//   - a short all-lower-case line without a stop: "on", "read more";
//   - teasers for other articles ("Read more: …", "Related: …"), share
//     buttons ("Share on X"), copyright notices ("© 2025 Metro Daily.") and
//     bylines ("By Anna de Vries, 4 June 2025");
//   - a line of three or more short fields between bars or bullets, as
//     page metadata is laid out ("Kagiso Mthembu | Politics | 6 May 2026");
//   - a time of day alone, a live blog's entry heading ("14:05 GMT");
//   - a live blog's greeting and sign-off ("Good morning and welcome to
//     our live coverage from …", "Thanks for following.") and its byline of
//     writers ("Hannah Pryce in Lausanne and Sam Okafor (now)");
//   - a company's register and address footer ("Registered in England
//     No. 0448210.", "The Northern Ledger, 4 Mill Street, Kellsbridge.");
//   - end matter (see endmatter.go): how to reach the writer, a
//     disclosure or a column's disclaimer, a charity appeal ("How to
//     help: …") and a press release's contacts, forward-looking
//     statements notice, "Source:" line and "For more information" pointer,
//     a series' sponsor note and an embargo line ("EMBARGOED UNTIL 16:00
//     BST WEDNESDAY 6 MAY 2026");
//   - page chrome known by its form (see chrome.go): cookie banners,
//     sign-up prompts, label lines ("Tags: …"), syndication notes,
//     breadcrumbs, two-field bars, navigation bars, a desk's name line,
//     "More from …" links, a dateline alone on its line, a fact box's
//     label ("Key points:") and a match report's line-up and officials
//     rows ("Referee: Kieran Blythe.");
//   - the notes of a site about itself (see sitenotes.go): a page stamp
//     ("Last updated: 16 March 2026"), a feedback prompt ("Was this guide
//     helpful?"), a "Related guides:" heading and a note on the site's
//     affiliate links or independence;
//   - the page's words to its reader (see readerprompts.go): an appeal
//     for donations, a pointer to the broadcast, a transcript's editing
//     note and close, a photo credit in brackets, a masthead and its
//     section, and a label with headlines between bars.
//
// Split also marks the teasers listed under a heading such as "Most read"
// (see markListed), which no rule on one line can tell from a headline,
// and the end matter that runs over several sentences or lines (see
// markEndMatter), a photo caption among them (see isCaptionParagraph). A
// transcript's turns are never furniture (see markTurns).
func IsBoilerplate(s string) bool { return isBoilerplate(s) }

func isBoilerplate(s string) bool {
	if !hasAlnum(s) {
		return true
	}
	if isLiveWelcome(s) {
		return true
	}
	// The words are counted only as far as a short line's: past that,
	// n is maxCreditWords+1.
	n := wordCountUpTo(s, maxCreditWords)
	if n > maxCreditWords {
		// Long prose: only a link list run into it or a long caption credit
		// can be furniture. Look before lowering the whole sentence.
		if contains(s, "ist") || contains(s, "IST") {
			if lw := lowerLine(strings.ToLower(s)); isLinkList(lw) {
				return true
			}
		}
		return hasCreditLabel(s) || isLongEndMatter(s) || isHeadlineBar(s) || endsAsContribution(s)
	}
	lower := toLower(s)
	lw := lowerLine(lower)
	if isReaderPrompt(s, lw, n) || isHeadlineBar(s) {
		return true
	}
	if isLinkList(lw) || isCredit(s, lw) || isPageFurniture(s, n) || isMarkdownLink(s) || isPageChrome(s, lw, n) || isSiteNote(s, lw, n) {
		return true
	}
	if isFieldList(s) || isLiveByline(s) || isFurnitureBar(s) || isProvidedBar(s) {
		return true
	}
	if n > maxFurnitureWords {
		return false
	}
	// A short line's words fit arrays of their own: no allocation.
	var lowerBuf, fieldBuf [2 * maxFurnitureWords]string
	words := appendFields(lowerBuf[:0], lower)
	return isSiteVocabulary(words) || isLowerFragment(s, words) || isClockLine(appendFields(fieldBuf[:0], s)) || isRelativeDayStamp(words)
}

// isClockLine reports whether a short line is only a time of day, with
// perhaps its zone and date: the headings of a live blog's entries
// ("14:05 GMT", "Mon 23 Nov 10.42 BST", "18:45 PHT"), which say nothing on
// their own. Any zone abbreviation counts (see zone), in capitals.
func isClockLine(words []string) bool {
	clock, stamp, dated := false, false, false
	var buf swar.WordBuf
	for i, w := range words {
		bar := i > 0 && words[i-1] == "|"
		w = strings.TrimFunc(w, isEdgePunct)
		if isZoneAbbrev(w) {
			continue
		}
		// A time of day opens with a digit, which lowering keeps: only
		// such a word is lowered for the pattern, the others into buf.
		clockTime := w != "" && '0' <= w[0] && w[0] <= '9' && isClockTime(strings.ToLower(w))
		lw := swar.LowerWord(&buf, w) // a word of its own: w leaks to the zone pattern, lw must not
		switch {
		case clockTime:
			clock = true
		case isNumber(lw) || months[lw] || monthNames[lw]:
			dated = dated || lw != ""
		case lw == "" || zoneWords[lw] || weekdays[lw] || shortDays[lw]:
		case (i == 0 || bar) && stampWords[lw], stamp && (lw == "at" || lw == "on"):
			// "Updated 3:45 p.m. PDT", "Published Aug. 12, 2026 at
			// 6:10 a.m.": a live blog's or a page's time stamp.
			stamp = true
		default:
			return false
		}
	}
	return clock || stamp && dated
}

// stampWords open a page's or a live-blog entry's time stamp.
var stampWords = set(`updated posted published`)

// clockTime is a time of day: "14:05", "9.30", "10:42am".
var clockTime = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:am|pm)?$`)

// isClockTime reports whether w is a time of day (clockTime), which opens
// with a digit.
func isClockTime(w string) bool {
	return w != "" && '0' <= w[0] && w[0] <= '9' && clockTime.MatchString(w)
}

// zoneAbbrev is a time zone's abbreviation standing alone: "PHT", "AEDT".
var zoneAbbrev = regexp.MustCompile(`^` + zone + `$`)

// isZoneAbbrev reports whether w is a time zone's abbreviation standing
// alone (zoneAbbrev), which ends in "T" or is one of the few that do not.
func isZoneAbbrev(w string) bool {
	return (strings.HasSuffix(w, "T") || w == "MSK" || w == "WIB" || w == "WITA") && zoneAbbrev.MatchString(w)
}

// zoneWords are the words that stand beside a time of day.
var zoneWords = set(`gmt utc bst cet cest est edt pst pdt et pt ist jst aest am pm a.m p.m local time`)

var shortDays = set(`mon tue tues wed thu thur thurs fri sat sun`)

// markdownLink is a line that is one Markdown link and nothing else,
// perhaps as a list item: "* [Subscribe to Markets](https://…)", the
// related-links and newsletter lines of a Markdown article.
var markdownLink = regexp.MustCompile(`^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?\[[^\[\]]+\]\([^()\s]+\)\s*$`)

func isMarkdownLink(s string) bool {
	return contains(s, "](") && markdownLink.MatchString(s)
}

// isFieldList reports whether s is three or more short fields (at most
// five words each) separated by bars or bullets, with no sentence stop.
func isFieldList(s string) bool {
	if !hasBarMark(s) {
		return false
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '•' || r == '·' })
	if len(fields) < 3 || endsSentence(strings.TrimSpace(s)) {
		return false
	}
	for _, f := range fields {
		if n := wordCount(f); n == 0 || n > 5 {
			return false
		}
	}
	return !hasFigureCell(fields)
}

// isLinkList matches the announcements screen readers get around a block of
// links ("list of 4 items", "end of list"), even when the page's text has run
// them together: "list of 4 itemsend of list".
func isLinkList(lw *lowered) bool {
	lower := lw.text
	if lw.contains("end of list") {
		return true
	}
	if !lw.contains("list of ") {
		return false
	}
	for rest := lower; ; {
		i := strings.Index(rest, "list of ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("list of "):]
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		if n > 0 && strings.HasPrefix(strings.TrimLeft(rest[n:], " "), "item") {
			return true
		}
	}
}

// creditLabels open a photo or graphic credit.
var creditLabels = []string{"picture:", "pictures:", "photo:", "photos:", "photograph:", "image:",
	"images:", "credit:", "credits:", "photo credit:", "image credit:", "illustration:",
	"file photo:", "video:", "graphic:", "caption:", "pictured:", "image source,", "image caption,",
	"media caption,", "photo caption:", "picture caption:", "image caption:"}

// footerLabels open the staff credits that close wire copy: "Reporting by
// Jane Doe; Editing by John Roe", "With additional reporting by Jane Doe
// in Kyiv", "Contributing: John Roe", or a podcast's ("Music by Jane Doe.",
// "Sponsored by Roe Tools."). They are checked on short sentences only,
// since reporting can open with the same words.
var footerLabels = []string{"reporting by ", "additional reporting by ", "editing by ", "writing by ",
	"compiled by ", "(reporting by ", "(additional reporting by ", "(editing by ", "(writing by ",
	"with additional reporting by ", "(with additional reporting by ", "with reporting by ", "contributing: ",
	"contributors: ",
	"music by ", "theme music by ", "sponsored by ", "sound design by "}

// footerPrefixes are the footerLabels, sorted for isCredit, which every
// short sentence is asked.
var footerPrefixes = newFoldPrefixes(footerLabels)

// creditMarks are agency photo credits that a caption line carries.
var creditMarks = []string{"ap photo/", "afp photo/", "getty images", "/getty",
	"photo by ", "photograph by ", "photo via ", "photo: ", "photograph: ", "picture: ",
	"pool photo via", "/ap)", "/afp)", "/epa)", "shutterstock", "/reuters)"}

// hasCreditMark looks for creditMarks by family: photoCreditMarks, the
// ones that hold "photo", only in a line that holds it; plainCreditMarks;
// and slashCreditMarks, what follows the slash of those that open with
// one, after each slash of the line.
var photoCreditMarks = []string{"ap photo/", "afp photo/", "photo by ", "photograph by ", "photo via ",
	"photo: ", "photograph: ", "pool photo via"}

// plainCreditMarks are the creditMarks with neither "photo" nor a
// leading slash.
var plainCreditMarks = []string{"picture: ", "getty images", "shutterstock"}

// slashCreditMarks follow the slash of the creditMarks that open with one.
var slashCreditMarks = []string{"getty", "ap)", "afp)", "epa)", "reuters)"}

// hasCreditMark reports whether the lower-case line holds one of
// creditMarks.
func hasCreditMark(lw *lowered) bool {
	lower := lw.text
	if lw.contains("photo") && lw.containsAny(photoCreditMarks) || lw.containsAny(plainCreditMarks) {
		return true
	}
	for rest := lower; ; {
		i := strings.IndexByte(rest, '/')
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		if slices.ContainsFunc(slashCreditMarks, func(m string) bool { return strings.HasPrefix(rest, m) }) {
			return true
		}
	}
}

// maxCreditWords bounds a credit line that carries an agency mark.
const maxCreditWords = 25

// hasCreditLabel reports whether s opens with a credit label, in any case.
func hasCreditLabel(s string) bool {
	return creditLabelPrefixes.match(strings.TrimLeft(s, "(["))
}

// creditLabelPrefixes are the creditLabels, sorted for hasCreditLabel,
// which every sentence is asked.
var creditLabelPrefixes = newFoldPrefixes(creditLabels)

// isCredit matches credits in a short sentence s (lower is s in lower case):
// a photo credit label first, a wire's staff credits, an agency photo
// credit mark anywhere, or a contribution line ("Jane Doe in Kyiv
// contributed to this report.").
func isCredit(s string, lw *lowered) bool {
	lower := lw.text
	if hasCreditLabel(lower) {
		return true
	}
	// The labels are read one by one, in order, only in a line that one
	// of them opens (footerPrefixes).
	if footerPrefixes.match(s) {
		for _, l := range footerLabels {
			if len(s) >= len(l) && prefixFold(s, l) {
				return isNameList(s[len(l):])
			}
		}
	}
	if hasCreditMark(lw) {
		return true
	}
	return strings.HasSuffix(lower, " via ap") || strings.HasSuffix(lower, " via reuters") ||
		strings.HasSuffix(lower, " via afp") || isSlashCredit(s) || endsAsContribution(s)
}

// maxSlashCreditWords bounds a photographer's credit in brackets.
const maxSlashCreditWords = 8

// isSlashCredit matches a photographer's credit in brackets, the name and
// the outlet apart by a slash: "(Ben Hadley / Brannock Tribune)".
func isSlashCredit(s string) bool {
	inner, ok := strings.CutPrefix(strings.TrimSpace(s), "(")
	if inner, ok = strings.CutSuffix(inner, ")"); !ok || !contains(inner, "/") {
		return false
	}
	words := strings.Fields(strings.ReplaceAll(inner, "/", " "))
	if len(words) < 2 || len(words) > maxSlashCreditWords {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !creditWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// isNameList reports whether s, the rest of a staff credit, holds only names
// and the linking words of credits: "Jane Doe in Kyiv; Editing by John Roe".
func isNameList(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, isEdgePunct)
		r, _ := utf8.DecodeRuneInString(w)
		if w != "" && !unicode.IsUpper(r) && !creditWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// creditWords are the lower-case words a credit may hold besides names:
// the links of a staff credit, the particles of a name, and the photo of
// a photographer's credit ("(Gazette photo / R. Lindqvist)").
var creditWords = set(`by in and editing writing reporting additional from at de van von der la le al
	bin da di du with photo photograph picture pic file`)

// isSiteVocabulary reports whether every word of a short line is site
// vocabulary or filler, with at least one site word: "Recommended stories",
// "Share this article", "Published 3 hours ago", "Exit mobile version".
func isSiteVocabulary(words []string) bool {
	site := false
	for _, w := range words {
		w = strings.TrimFunc(w, isEdgePunct)
		switch kind := vocabularyKinds[w]; {
		case w == "" || isNumber(w):
		case kind&siteKind != 0:
			site = true
		case kind&fillerKind != 0:
		default:
			return false
		}
	}
	return site
}

// Kinds of the words isSiteVocabulary reads: a site word (siteWords), or
// filler (fillerWords, months, monthNames and weekdays).
const (
	siteKind = 1 << iota
	fillerKind
)

// vocabularyKinds maps each word of the sets isSiteVocabulary reads to
// its kinds, so that a word is looked up once instead of in five sets.
var vocabularyKinds = func() map[string]uint8 {
	m := make(map[string]uint8)
	for w := range siteWords {
		m[w] |= siteKind
	}
	for _, set := range []map[string]bool{fillerWords, months, monthNames, weekdays} {
		for w := range set {
			m[w] |= fillerKind
		}
	}
	return m
}()

// isLowerFragment matches a short run of lower-case words with no stop and no
// number, such as "on" or "read more" left over from a page's layout; prose
// sentences, even lower-case ones, are longer or end with a stop.
func isLowerFragment(s string, words []string) bool {
	if len(words) > 3 || endsSentence(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isEdgePunct(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©'
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ':' && r != '.' && r != ',' && r != '/' && r != '-' {
			return false
		}
	}
	return true
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// wordCount returns the number of words of s, runs of anything but space
// (see isSpace).
func wordCount(s string) int {
	return wordCountUpTo(s, len(s))
}

// moreWordsThan reports whether s has more than limit words, counting no
// further than that.
func moreWordsThan(s string, limit int) bool {
	return wordCountUpTo(s, limit) > limit
}

// wordCountUpTo returns the number of words of s, or limit+1 if there are
// more than limit: it stops counting there. Eight ASCII bytes at a time
// are counted at once (see asciiWordStarts); a rune past ASCII is decoded
// and tested with isSpace.
func wordCountUpTo(s string, limit int) int {
	n := 0
	var in uint64 // 1 when the byte before i is part of a word
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := swar.Load64(s, i); x&highBits == 0 { // one load, one bounds check
				starts, last := asciiWordStarts(x, in)
				if n += starts; n > limit {
					return limit + 1
				}
				in = last
				i += 8
				continue
			}
		}
		c := s[i]
		var sp bool
		if c < utf8.RuneSelf {
			sp = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = isSpace(r)
			i += size
		}
		if !sp && in == 0 {
			if n++; n > limit {
				return n
			}
		}
		in = 0
		if !sp {
			in = 1
		}
	}
	return n
}

// highBits holds the high bit of each byte of a word of eight bytes.
const highBits = 0x8080808080808080

// asciiWordStarts counts the words that start within eight ASCII bytes x
// (the first in the low byte), in is 1 when the byte before them is part
// of a word; it returns also whether the last byte is. A byte is white
// space when it is ' ' or one of '\t' to '\r' (asciiSpace), tested in every
// byte at once: no sum below carries out of its byte, as every byte is
// below 0x80.
func asciiWordStarts(x, in uint64) (int, uint64) {
	const ones = 0x0101010101010101
	y := x ^ (ones * ' ') // zero where x is a blank
	nonzero := ((y &^ highBits) + ones*0x7f | y) & highBits
	// At least '\t' and below '\r'+1: 0x80 is reached by b+0x77 and not by b+0x72.
	control := (x + ones*(0x80-'\t')) &^ (x + ones*(0x80-'\r'-1)) & highBits
	word := (nonzero &^ control) >> 7 // bit 0 of each byte: 1 in a word
	starts := word &^ (word<<8 | in)
	return bits.OnesCount64(starts), word >> 56
}

// asciiSpace marks the ASCII white space bytes (unicode.IsSpace).
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// siteWords name the parts of a news page around an article: sharing,
// navigation, promotion, sign-up, sections and page chrome.
var siteWords = set(`advertisement advertisements advert ad ads sponsored promoted recommended related
	stories articles trending popular latest share shares sharing tweet facebook twitter whatsapp
	telegram linkedin reddit pinterest instagram youtube tiktok email e-mail print copy link links
	comments comment subscribe subscription subscribers newsletter newsletters signup login logout
	register menu search skip navigation toggle exit mobile version desktop homepage home
	bookmark bookmarks cookie cookies privacy notifications alerts published updated posted
	continue continues below follow listen watch video videos gallery photos podcast podcasts playlist
	world politics business sport sports opinion opinions tech technology science health
	entertainment culture lifestyle travel live economy markets weather features editorial
	editorials obituaries newsroom topics tags tagged categories category archive archives
	previous next prev more read readers copyright rights reserved © events
	accept reject manage settings preferences consent non-essential ok okay`)

// fillerWords may stand in a furniture line but do not make one on their own.
// "x" is the network once named Twitter in a share bar ("Share: Facebook X").
var fillerWords = set(`a an the of to for on in at by and or with from up this that these our your you
	us me my we it is are be was all also see now here just not don't dont no may might like
	can will must about into out off min mins minute minutes hour hours day days week weeks
	ago am pm gmt utc est et bst cet edt time times article story news page view views click tap
	here today yesterday top most best sign log back story's other free full reading main content key
	blog blogs liveblog explainer explainers x`)

var monthNames = set(`january february march april may june july august september october november december`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// captionCredit is a photo credit that closes a caption line, the outlet
// and the photographer apart by a slash: "… on Thursday. Photograph:
// Harbour Chronicle/P. Moreau", "Photo: Reuters/Jane Doe]".
var captionCredit = regexp.MustCompile(`(?i)\b(?:photograph|photo|picture|pic|image|photo credit):\s*\p{Lu}[^:/]{0,50}/\s*\p{Lu}[^:/]{0,40}[\])]?$`)

// agencyCredit is a photo credit that closes a caption line after its
// sentence, naming the photographer and the agencies by commas: "… in the
// Kremlin. Picture: Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP".
var agencyCredit = regexp.MustCompile(`[.!?]["”’)]?\s+(?:Photograph|Photo|Picture|Pic|Image|Photo credit):\s*\p{Lu}[^.!?:;"“”]{2,80}$`)

// isCaptionParagraph reports whether a paragraph is a photo caption
// throughout, so that every sentence of it is furniture, also a name that
// an initial cut off ("Photograph: Harbour Chronicle/P." and "Moreau]"):
//   - a caption in brackets opened by a credit label: "[Photo caption:
//     The rocket lifts off on Wednesday. Picture: IORO]";
//   - a line that closes with an outlet-and-photographer credit:
//     "Delegates arrive on Thursday. Photograph: Harbour Chronicle/P. Moreau",
//     or a photographer-and-agencies one after its sentence: "… in the
//     Kremlin. Picture: Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP".
//
// A report that names a photograph ("The photo: a crowd outside") has
// neither the brackets nor the slash credit at its end.
func isCaptionParagraph(para string) bool {
	t := strings.TrimSpace(para)
	if len(t) < 2 {
		return false
	}
	if (t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')') && hasCreditLabel(strings.ToLower(t)) {
		return !strings.ContainsAny(t[1:len(t)-1], "[]")
	}
	return hasCaptionLabel(t) && !moreWordsThan(t, 2*maxCreditWords) &&
		(captionCredit.MatchString(t) || agencyCredit.MatchString(t))
}

// captionLabels end the credit labels of captionCredit and agencyCredit.
var captionLabels = []string{"photograph", "photo", "picture", "pic", "image", "credit"}

// hasCaptionLabel reports whether a colon in t follows a caption's credit
// label, in any case: what both credit patterns need, tested before them
// because most paragraphs have no such colon.
func hasCaptionLabel(t string) bool {
	for i := strings.IndexByte(t, ':'); i >= 0; {
		for _, l := range captionLabels {
			if i >= len(l) && strings.EqualFold(t[i-len(l):i], l) {
				return true
			}
		}
		j := strings.IndexByte(t[i+1:], ':')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
