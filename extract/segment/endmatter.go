package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// A story may close with end matter that reports nothing: how to reach
// its writer ("Ruth Ashworth can be reached at the Courier newsroom."),
// the writer's disclosure and a column's disclaimer ("Disclosure: The
// author holds no position in …", "The views expressed in this column are
// the author's own."), a charity appeal after a disaster ("How to help:
// Donations can be made to …") and a press release's furniture: its media
// contacts, its forward-looking statements notice, its "Source:" line and
// its "For more information, visit …" pointer. A release's "About …"
// paragraph holds facts (when the company was founded, how many it
// employs) and stays; only these lines go.

// maxEndMatterWords bounds an end-matter sentence.
const maxEndMatterWords = 60

// reportingVerbs mark a sentence that reports what someone said: end
// matter speaks for the page, in no one's name.
var reportingVerbs = set(`said says told tells according warned warns added adds stated states cautioned
	claimed claims argued argues insisted insists urged urges asked asks`)

// hasReportingVerb reports whether lower (a sentence in lower case) holds
// a verb of reporting.
func hasReportingVerb(lower string) bool {
	for w := range strings.FieldsSeq(lower) {
		if reportingVerbs[strings.TrimFunc(w, isEdgePunct)] {
			return true
		}
	}
	return false
}

// isEndMatter reports whether a sentence s of n words (lower is s in
// lower case) is end matter by one of the rules of this file.
func isEndMatter(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxEndMatterWords {
		return false
	}
	return isDisclosure(s, lw) || isColumnDisclaimer(s, lw) || isForwardLooking(lw) ||
		isWriterContact(s, lw, n) || isTipPrompt(s, lw, n) || isPressContactLabel(s) || isPhoneContactLine(s, n) ||
		isMoreInfo(lower, n) || isAppeal(s) || isSponsorNote(s, n) || isEmbargoLine(s, n) || isReleaseDateLine(s, n) ||
		isEditorsNote(s) || isTranscriptNote(s, lw)
}

// sponsorOpeners open the note that a series or an article is funded or
// sponsored, in the site's voice about its own page: "This article is
// part of our Global Health series, supported by a grant from …".
var sponsorOpeners = newFoldPrefixes([]string{"this article is part of ", "this story is part of ", "this report is part of ",
	"this article was supported by", "this article is supported by", "this story was supported by",
	"this story is supported by", "this reporting was supported by", "this reporting is supported by",
	"this coverage is supported by", "this coverage was supported by", "this series is supported by",
	"this article was funded by", "this article is funded by", "this story was funded by",
	"this reporting was funded by", "this series is funded by", "this content is funded by",
	"this content was funded by", "this article was produced with support", "this article is sponsored by",
	"this content is sponsored by", "this series is sponsored by"})

// sponsorWords show that a note on the page's series speaks of its
// funding or its place among the site's pages.
var sponsorWords = []string{"support", "fund", "grant", "sponsor", "partnership", "series", "our ", "editorial"}

// isSponsorNote matches a short note on the funding or the series of the
// page itself: "This article is part of our Global Health series,
// supported by a grant from the Halvorsen Foundation." A report opens
// with what it reports on, not with "this article".
func isSponsorNote(s string, n int) bool {
	if n > maxCreditWords || !sponsorOpeners.match(s) || hasQuoteMark(s) {
		return false
	}
	lower := strings.ToLower(s)
	return slices.ContainsFunc(sponsorWords, func(w string) bool { return contains(lower, w) })
}

// embargoLabels open a press embargo line: "EMBARGOED UNTIL 16:00 BST
// WEDNESDAY 6 MAY 2026", "Embargo: 00:01 GMT 3 March".
var embargoLabels = []string{"embargoed until ", "embargoed till ", "embargoed to ", "embargoed:", "embargo:",
	"embargoed for release ", "under embargo until ", "strictly embargoed until ", "not for publication before ",
	"not for release before ", "not for publication until ", "not for release until "}

// embargoPrefixes are the embargoLabels, sorted for isEmbargoLine.
var embargoPrefixes = newFoldPrefixes(embargoLabels)

// maxEmbargoWords bounds an embargo line.
const maxEmbargoWords = 14

// isEmbargoLine matches a press embargo line: its label, then only a
// time and a date ("EMBARGOED UNTIL 16:00 BST WEDNESDAY 6 MAY 2026",
// perhaps "at" or "on" between). "Embargoed until the talks ended, the
// report leaked" goes on with words of its own.
func isEmbargoLine(s string, n int) bool {
	t := strings.TrimSpace(s)
	if n > maxEmbargoWords || !embargoPrefixes.match(t) {
		return false // too long, or no label opens t for the loop to find
	}
	for _, l := range embargoLabels {
		if len(t) >= len(l) && prefixFold(t, l) {
			rest := strings.Fields(strings.ReplaceAll(t[len(l):], "release", " "))
			return len(rest) > 0 && isClockLine(withoutLinks(rest))
		}
	}
	return false
}

// releaseLabels open a press release's date line: "For immediate
// release: 12 November 2026", "Release date: 3 March".
var releaseLabels = []string{"for immediate release:", "for immediate release ", "immediate release:",
	"for release:", "release date:", "date of release:"}

// releasePrefixes are the releaseLabels, sorted for isReleaseDateLine.
var releasePrefixes = newFoldPrefixes(releaseLabels)

// isReleaseDateLine matches a press release's date line: its label, then
// only a date, perhaps with a time ("For immediate release: 12 November
// 2026"). "For immediate release of the hostages, the envoy flew" goes on
// with words of its own.
func isReleaseDateLine(s string, n int) bool {
	t := strings.TrimSpace(s)
	if n > maxEmbargoWords || !releasePrefixes.match(t) {
		return false // too long, or no label opens t for the loop to find
	}
	for _, l := range releaseLabels {
		if len(t) >= len(l) && prefixFold(t, l) {
			rest := withoutLinks(strings.Fields(t[len(l):]))
			return len(rest) > 0 && (isClockLine(rest) || onlyDate(rest))
		}
	}
	return false
}

// onlyDate reports whether words are a date and nothing else: a day
// number, a month, a year, perhaps a weekday ("Thursday 12 November
// 2026", "Nov. 12, 2026").
func onlyDate(words []string) bool {
	month := false
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, isEdgePunct))
		switch {
		case months[w] || monthNames[w]:
			month = true
		case isNumber(w) || w == "" || weekdays[w] || shortDays[w]:
		default:
			return false
		}
	}
	return month
}

// withoutLinks drops the linking words of a time stamp ("at", "on",
// "hrs", "of", "release") so that isClockLine reads the time and date.
func withoutLinks(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		switch strings.ToLower(strings.TrimFunc(w, isEdgePunct)) {
		case "at", "on", "hrs", "of", "for", "release", "the", "":
			continue
		}
		out = append(out, w)
	}
	return out
}

// longEndMatterOpeners open the end matter that may run past the length
// of a short line: disclosures, disclaimers, appeals and a release's
// notices.
var longEndMatterOpeners = newFoldPrefixes([]string{"disclosure", "disclaimer", "full disclosure", "financial disclosure",
	"conflict", "declaration of interest", "competing interests", "the author", "the writer", "the columnist",
	"the views", "the opinions", "views ", "opinions ", "this ", "how ", "ways to help", "where to donate",
	"certain statements", "statements ", "actual ", "forward"})

// isLongEndMatter reports whether a sentence longer than a short line is
// end matter. It looks at how the sentence opens before counting its words
// or lowering it, as every long sentence of a build passes here.
func isLongEndMatter(s string) bool {
	t := strings.TrimSpace(s)
	if !longEndMatterOpeners.match(t) && !contains(t, "orward-looking") {
		return false
	}
	if moreWordsThan(s, maxEndMatterWords) {
		return false
	}
	lw := lowerLine(strings.ToLower(t))
	return isDisclosure(t, lw) || isColumnDisclaimer(t, lw) || isForwardLooking(lw) || isAppeal(t)
}

// disclosureLabels open a writer's or an outlet's disclosure of interests.
var disclosureLabels = newFoldPrefixes([]string{"disclosure:", "disclosures:", "disclaimer:", "full disclosure:",
	"financial disclosure:", "conflict of interest:", "conflicts of interest:", "declaration of interest:",
	"declaration of interests:", "competing interests:"})

// authorHolding is a writer's disclosure without its label: "The author
// holds no position in …", "The writer owns shares in …". It names the
// writer and a holding; "The author of the bill has no financial
// interest" names another author.
var authorHolding = regexp.MustCompile(`^(?:the\s+)?(?:author|writer|columnist)s?\s+` +
	`(?:(?:does|do)\s+not\s+(?:hold|own|have)|(?:holds?|owns?|has|have)(?:\s+no)?)\s+` +
	`(?:a\s+|any\s+)?(?:long\s+|short\s+|financial\s+|beneficial\s+|personal\s+)?` +
	`(?:positions?|shares|stock|stakes?|interests?|investments?|holdings?)\b`)

// isDisclosure matches a disclosure: a line opening with a disclosure
// label ("Disclosure: The author holds no position in …") or a writer's
// statement of holdings. It reports no one's words.
func isDisclosure(s string, lw *lowered) bool {
	lower := lw.text
	if !disclosureLabels.match(s) && !(writerOpeners.match(lower) && authorHolding.MatchString(lower)) {
		return false
	}
	return !hasReportingVerb(lower)
}

// writerOpeners open a sentence that speaks of the page's writer.
var writerOpeners = newFoldPrefixes([]string{"the author", "the writer", "the columnist", "author", "writer", "columnist"})

// viewsAreOwn is a column's disclaimer that its views are its writer's:
// "The views expressed in this column are the author's own.", "Opinions
// expressed here are those of the writer." The views are expressed in
// the page itself, not by someone ("The views expressed by the minister
// are his own").
var viewsAreOwn = regexp.MustCompile(`^(?:the\s+)?(?:views?|opinions?)(?:\s+and\s+(?:views?|opinions?))?` +
	`(?:\s+expressed)?(?:\s+` + disclaimedText + `)?\s+(?:are|is)\s+(?:solely\s+|entirely\s+|strictly\s+)?` +
	`(?:the|those\s+of\s+the)\s+(?:author|writer|columnist|contributor|commentator)s?\b`)

// notNecessarily is a disclaimer that the page does not speak for its
// outlet: "This column does not necessarily reflect the opinion of the
// Ledger.", "The views expressed here do not necessarily represent …".
var notNecessarily = regexp.MustCompile(`^(?:(?:the\s+)?(?:views?|opinions?)(?:\s+and\s+(?:views?|opinions?))?\s+expressed` +
	`(?:\s+` + disclaimedText + `)?|this\s+(?:[a-z-]+\s+)?` + disclaimedNoun + `)\s+` +
	`(?:does\s+not|do\s+not|doesn't|don't|doesn’t|don’t|may\s+not|might\s+not)\s+necessarily\s+(?:reflect|represent)\b`)

const (
	// disclaimedNoun names the page a disclaimer speaks of.
	disclaimedNoun = `(?:column|article|piece|op-ed|commentary|essay|post|blog|letter|content|opinion|story|analysis)s?`
	// disclaimedText points at the page: "in this column", "here".
	disclaimedText = `(?:in\s+(?:this|the)\s+(?:[a-z-]+\s+)?` + disclaimedNoun + `|here(?:in)?|above|below)`
)

// isColumnDisclaimer matches a column's disclaimer of its views. Quoted
// or reported, the words are someone's.
func isColumnDisclaimer(s string, lw *lowered) bool {
	lower := lw.text
	if !lw.contains("view") && !lw.contains("opinion") && !strings.HasPrefix(lower, "this ") {
		return false
	}
	if !mayOpenDisclaimer(lower) || hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	return viewsAreOwn.MatchString(lower) || notNecessarily.MatchString(lower) || outletView.MatchString(lower) ||
		viewsAreHisOwn.MatchString(lower)
}

// mayOpenDisclaimer reports whether lower may match one of the anchored
// disclaimer patterns of isColumnDisclaimer: it opens with the first
// letter of "the", "this", "our", "views", "opinions", "editorial" or
// "leader", or with white space (outletView's \s*).
func mayOpenDisclaimer(lower string) bool {
	return lower != "" && strings.IndexByte("tvoel \t\n\f\r", lower[0]) >= 0
}

// viewsAreHisOwn is a column's disclaimer that names its writer by a
// pronoun: "The views expressed are her own.", "Opinions expressed in
// this column are their own." The views are expressed, with no one
// named who expressed them ("The views expressed by the envoy are his
// own" reports the envoy).
var viewsAreHisOwn = regexp.MustCompile(`^(?:the\s+)?(?:views?|opinions?)(?:\s+and\s+(?:views?|opinions?))?\s+expressed` +
	`(?:\s+` + disclaimedText + `)?\s+(?:are|is)\s+(?:solely\s+|entirely\s+|strictly\s+)?(?:his|her|their|my)\s+own\.?\s*$`)

// outletView is an editorial's note that it speaks for its outlet: "This
// editorial represents the view of the Northern Post.", "Our leaders
// reflect the opinion of the paper."
var outletView = regexp.MustCompile(`^(?:this|our|the)?\s*(?:editorial|leader|leading\s+article)s?\s+` +
	`(?:represents?|reflects?|expresses|express|sets?\s+out)\s+the\s+(?:institutional\s+|collective\s+|official\s+)?` +
	`(?:views?|opinions?|positions?)\s+of\s+(?:the\s+|this\s+)?[a-z]`)

// flsHeading is the heading of a press release's forward-looking
// statements notice: "Forward-Looking Statements", "Cautionary Note
// Regarding Forward-Looking Statements", "Safe Harbor Statement".
var flsHeading = regexp.MustCompile(`^(?:(?:cautionary|important|special)\s+(?:notes?|statements?|language|information)\s+` +
	`(?:regarding|concerning|about|on|relating\s+to|with\s+respect\s+to|as\s+to)\s+)?` +
	`(?:(?:notes?|disclaimer|statement)\s+(?:regarding|concerning|about|on)\s+)?` +
	`(?:forward[-\s]looking\s+(?:statements?|information)|safe\s+harbou?r(?:\s+statements?)?|cautionary\s+(?:notes?|statements?|language))` +
	`(?:\s+disclaimer)?$`)

// isFLSHeading reports whether a line is the heading of a forward-looking
// statements notice, with perhaps a colon.
func isFLSHeading(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), ": ")
	if t == "" || !mayOpenFLSHeading(t[0]) || moreWordsThan(t, 8) {
		return false
	}
	return flsHeading.MatchString(spaceNormalized(strings.ToLower(t)))
}

// mayOpenFLSHeading reports whether a line whose first byte is c may
// match flsHeading: any byte past ASCII may (it may lower-case to an ASCII
// letter), an ASCII one only if it opens one of the heading's first words
// in either case (cautionary, important, special, note, disclaimer,
// statement, forward, safe).
func mayOpenFLSHeading(c byte) bool {
	return c >= utf8.RuneSelf || strings.IndexByte("cisndf", asciiLower(c)) >= 0
}

// flsContext are what a forward-looking statements notice says of itself:
// that the release holds such statements, the law they fall under, the
// words that mark them, and that they will not be updated.
var flsContext = []string{"this press release", "this release", "this news release", "this announcement",
	"this communication", "this document", "this presentation", "within the meaning of", "words such as",
	"words like", "identify forward", "identify such", "safe harbor", "safe harbour", "undertake",
	"no obligation", "not guarantees", "not historical fact", "are forward-looking statements"}

// differMaterially is the notice's warning that results may differ.
var differMaterially = regexp.MustCompile(`^actual\s+(?:results|events|outcomes|performance)\s+(?:could|may|might|can|will)\s+differ\s+materially\b`)

// noObligation is the notice's refusal to update what it forecast:
// "Northmoor undertakes no obligation to update these statements."
var noObligation = regexp.MustCompile(`\b(?:(?:undertakes?|assumes?|accepts?)\s+no|(?:does|do)\s+not\s+(?:undertake|assume)(?:\s+any)?)\s+` +
	`(?:obligation|duty|responsibility)\s+to\s+(?:publicly\s+)?(?:update|revise)\b[^.]*\b(?:statements?|information|forward)`)

// isForwardLooking matches the heading and the sentences of a press
// release's forward-looking statements notice: "This press release
// contains forward-looking statements within the meaning of federal
// securities laws.", "Actual results could differ materially." A report
// of such statements says who made or judged them ("The regulator said
// the forward-looking statements in the release were misleading.").
func isForwardLooking(lw *lowered) bool {
	lower := lw.text
	if !lw.contains("forward") && !lw.contains("actual") && !lw.contains("obligation") &&
		!lw.contains("safe harbo") && !lw.contains("cautionary") {
		return false
	}
	if isFLSHeading(lower) {
		return true
	}
	if hasReportingVerb(lower) {
		return false
	}
	if differMaterially.MatchString(lower) || noObligation.MatchString(lower) {
		return true
	}
	if !lw.contains("forward-looking statement") && !lw.contains("forward looking statement") &&
		!lw.contains("forward-looking information") {
		return false
	}
	for _, c := range flsContext {
		if lw.contains(c) {
			return true
		}
	}
	return false
}

// isFLSParagraph reports whether a paragraph after a forward-looking
// statements heading carries on the notice.
func isFLSParagraph(lower string) bool {
	for _, c := range []string{"forward-looking", "forward looking", "risks and uncertainties", "differ materially",
		"undertake", "no obligation", "safe harbo", "cautioned", "cautionary"} {
		if contains(lower, c) {
			return true
		}
	}
	return false
}

// writerContact is a note of how to reach someone, and what is left of
// the line after: "Ruth Ashworth can be reached at the Courier newsroom.",
// "Contact the author at …", "Reach her at …".
var (
	reachedAt   = regexp.MustCompile(`^(.{1,60}?)\s+(?:can|may)\s+be\s+(?:reached|contacted|e-?mailed)\s+(?:at|on|via|by)\s+(.+)$`)
	contactThem = regexp.MustCompile(`^(?i:contact|reach|e-?mail|write\s+to|message)\s+(.{1,60}?)\s+(?:at|on|via)\s+(.+)$`)
)

// contactOpeners open a prompt to contact someone.
var contactOpeners = newFoldPrefixes([]string{"contact ", "reach ", "email ", "e-mail ", "write to ", "message "})

// writerNouns name the writer of the page.
var writerNouns = set(`author authors writer writers reporter reporters columnist correspondent editor editors`)

// maxWriterContactWords bounds a note of how to reach the writer.
const maxWriterContactWords = 20

// isWriterContact matches a note of how to reach the writer: a name, a
// pronoun or "the author", that can be reached or is to be contacted at an
// address. With a name or a pronoun the address must show a means of
// contact (an e-mail, a handle, a phone number, a newsroom or desk); a
// place reached by road ("Mount Kessa can be reached by road in summer.")
// or a deal reached at a summit shows none.
func isWriterContact(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxWriterContactWords || !contactOpeners.match(lower) && !lw.contains(" be reached ") &&
		!lw.contains(" be contacted ") && !lw.contains("mailed ") {
		return false
	}
	if hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	t := strings.TrimSpace(s)
	imperative := false
	m := reachedAt.FindStringSubmatch(t)
	if m == nil {
		if m = contactThem.FindStringSubmatch(t); m == nil {
			return false
		}
		imperative = true
	}
	ok, writer := isContactee(m[1], imperative)
	return ok && isContactAddress(m[2], !writer)
}

// subjectPronouns and objectPronouns may stand for the writer: as the
// subject of "can be reached", or the object of "Contact".
var (
	subjectPronouns = set(`he she they`)
	objectPronouns  = set(`him her them us me`)
)

// isContactee reports whether who is someone a contact note may name: a
// pronoun, a name, or the writer ("the author", "the reporter of this
// story"); writer reports the last, whose address needs no means shown.
func isContactee(who string, imperative bool) (ok, writer bool) {
	lw := strings.ToLower(strings.TrimSpace(who))
	if imperative && objectPronouns[lw] || !imperative && subjectPronouns[lw] {
		return true, false
	}
	words := strings.Fields(lw)
	if len(words) >= 2 && words[0] == "the" && writerNouns[words[1]] {
		return len(words) == 2 || len(words) <= 5 && words[2] == "of", true
	}
	return isPersonName(who), false
}

// isPersonName reports whether s is one to four capitalised words, with
// the particles of names between them: "Ruth Ashworth", "Anna de Vries".
func isPersonName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || !isCapitalWord(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if !isCapitalWord(w) && !creditWords[w] {
			return false
		}
	}
	return true
}

// contactNouns show a means of contact in an address.
var contactNouns = set(`newsroom desk email e-mail phone telephone tel twitter signal whatsapp telegram
	tips tipline inbox linkedin bluesky threads mastodon instagram`)

// addressLinks may stand in lower case in an address.
var addressLinks = set(`the our or and on at by via in of a his her their`)

// maxAddressWords bounds the address of a contact note.
const maxAddressWords = 12

// minPhoneDigits is how many digits a phone number has at least.
const minPhoneDigits = 7

// isContactAddress reports whether rest (a contact note after "at") is an
// address and nothing more: names in capitals, an e-mail, a handle, a web
// address, a phone number, contact words ("newsroom", "desk") and the
// linking words between them. needMeans asks for a means of contact.
func isContactAddress(rest string, needMeans bool) bool {
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > maxAddressWords {
		return false
	}
	means, digits := false, 0
	for _, w := range words {
		bare := strings.TrimFunc(w, isEdgePunct)
		lw := strings.ToLower(bare)
		switch {
		case contains(w, "@") || strings.HasPrefix(lw, "www.") || contains(lw, ".com"):
			means = true
		case bare == "" || isNumber(bare):
			for _, r := range bare {
				if unicode.IsDigit(r) {
					digits++
				}
			}
		case contactNouns[lw]:
			means = true
		case addressLinks[lw] || siteWords[lw] || isCapitalWord(bare):
			// "the Ledger's business desk"
		default:
			return false
		}
	}
	return means || digits >= minPhoneDigits || !needMeans
}

// tipDesks are the parts of a newsroom a reader may send a tip to.
var tipDesks = set(`newsroom desk editors reporters journalists tipline tips`)

// tipOpeners are the verbs of sending a tip prompt opens with, sorted
// for isTipPrompt.
var tipOpeners = newFoldPrefixes([]string{"send ", "email ", "e-mail ", "text ", "message ", "call ", "tell ", "share "})

// isTipPrompt matches a short request in the site's voice for readers'
// tips: "Send it to our news desk.", "Email our newsroom." It opens with
// a verb of sending and names "our" newsroom or desk; "Send our troops
// home" names none.
func isTipPrompt(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxFurnitureWords || !tipOpeners.match(lower) || hasQuotation(s) || hasReportingVerb(lower) {
		return false
	}
	words := strings.Fields(lower)
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "our" {
			continue
		}
		for _, w := range words[i+1 : min(i+3, len(words))] {
			if tipDesks[strings.TrimFunc(w, isEdgePunct)] {
				return true
			}
		}
	}
	return false
}

// pressContactLabels head a press release's contacts: "Media Contact:",
// "Investor Relations:", "Press inquiries:".
var pressContactLabels = phrases(`contact; contacts; media contact; media contacts; press contact; press contacts;
	investor contact; investor contacts; investor relations; investor relations contact; investor relations contacts;
	media relations; media relations contact; media inquiries; media enquiries; press inquiries; press enquiries;
	investor inquiries; investor enquiries; for media inquiries; for media enquiries; news media contact;
	analyst contact; analyst contacts; press office; for further information contact; for more information contact;
	enquiries; inquiries; further enquiries; further inquiries; for further enquiries; for further inquiries`)

// pressContactOpeners are the first words of a press contact label.
var pressContactOpeners = newFoldPrefixes([]string{"contact", "media", "press", "investor", "analyst", "news media", "for media", "for further", "for more",
	"enquiries", "inquiries", "further"})

// isPressContactLabel matches a press release's contact label, alone on
// its line or with the contact after its colon ("Media Contact: Jenna
// Callow, +1 713 555 0100"). What follows the colon must be a contact
// entry; "Contact: the two sides have not spoken since May" is none.
func isPressContactLabel(s string) bool {
	t := strings.TrimSpace(s)
	if !pressContactOpeners.match(t) {
		return false
	}
	label, rest, colon := strings.Cut(t, ":")
	if !colon && endsSentence(t) {
		return false
	}
	if !pressContactLabels[strings.Join(strings.Fields(strings.ToLower(label)), " ")] {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || isContactEntry(rest)
}

// contactFieldLabels open a field of a contact entry: "Tel: +1 …".
var contactFieldLabels = set(`tel tel. phone mobile cell email e-mail fax t m e w web`)

// titleLinks may stand in lower case in a name or a job title.
var titleLinks = set(`of and & for the at de van von der la le al da di du`)

// maxContactEntryWords bounds a contact entry.
const maxContactEntryWords = 16

// isContactEntry reports whether s is an entry of a release's contacts: a
// name, a job title, an e-mail, a phone number or a web address, in
// fields apart by commas or bars, with no verb or other lower-case word
// ("Jenna Callow, Vice President, Corporate Communications").
func isContactEntry(s string) bool {
	t := strings.TrimSpace(s)
	n := wordCount(t)
	if n == 0 || n > maxContactEntryWords || hasQuotation(t) {
		return false
	}
	if strings.HasSuffix(t, ".") && !contains(t, "@") && !strings.ContainsAny(t[len(t)-2:], "0123456789") {
		return false
	}
	for _, w := range strings.Fields(t) {
		bare := strings.TrimFunc(w, isEdgePunct)
		lw := strings.ToLower(bare)
		switch {
		case bare == "" || contains(w, "@") || contains(lw, ".com") || strings.HasPrefix(lw, "www."):
		case isNumber(bare) || contactFieldLabels[lw] || titleLinks[lw] || isCapitalWord(bare):
		default:
			return false
		}
	}
	return true
}

// isReleaseSource matches the "Source:" line that closes a press release:
// "Source: Northmoor Energy Group", "SOURCE Northmoor Energy Group". The
// source is a name alone; "Source: officials say the dam is unsafe" is a
// report. Only the story's last line is read so (see markEndMatter): a
// "Source:" line at the top is the ingest header's.
func isReleaseSource(s string) bool {
	if n := wordCount(s); n < 2 || n > 10 {
		return false
	}
	t := strings.TrimSpace(s)
	var rest string
	switch {
	case hasPrefixFold(t, []string{"source:", "sources:"}):
		_, rest, _ = strings.Cut(t, ":")
	case strings.HasPrefix(t, "SOURCE "):
		rest = t[len("SOURCE "):]
	default:
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || endsSentence(rest) && !strings.HasSuffix(rest, ".") {
		return false
	}
	for _, f := range barFields(strings.TrimSuffix(rest, "."), ",;|") {
		if !isNameField(f) {
			return false
		}
	}
	return true
}

// isNameField reports whether f is a name: capitalised words with the
// linking words of names between them ("Averland Statistics Office").
func isNameField(f string) bool {
	words := strings.Fields(f)
	if len(words) == 0 || !isCapitalWord(words[0]) {
		return false
	}
	for _, w := range words {
		if !isCapitalWord(w) && !titleLinks[w] {
			return false
		}
	}
	return true
}

// moreInfo is a pointer to more information elsewhere: "For more
// information, visit the Northmoor website.", "For further details on the
// offer, please contact …". It tells the reader what to do; "For more
// information on the victims, police appealed to the public" does not.
var moreInfo = regexp.MustCompile(`^for\s+(?:more|further|additional|full)\s+(?:information|info|details)` +
	`(?:\s+(?:about|on|regarding)\s+[^,]{1,60})?,?\s+(?:please\s+)?` +
	`(?:visit|see|go\s+to|call|contact|email|e-mail|write\s+to|log\s+on\s+to|click|head\s+to)\b`)

// maxMoreInfoWords bounds a pointer to more information.
const maxMoreInfoWords = 30

// learnMore is the short pointer to a web address that closes a
// release's "About" paragraph: "Learn more at lumenfold.com.", "Find out
// more at www.northmoor.co.uk", "Visit northmoor.com for more." The
// address has a dot inside it; "Learn more at the meeting" names none.
var learnMore = regexp.MustCompile(`^(?:(?:learn|find\s+out|read|discover)\s+more(?:\s+about\s+[^,.]{1,60})?\s+(?:at|on|via|by\s+visiting)|visit)\s+` +
	`(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?(?:\s+for\s+more(?:\s+(?:information|details))?)?\.?$`)

// learnMoreOpeners are the words learnMore opens with.
var learnMoreOpeners = []string{"learn", "find", "read", "discover", "visit"}

// isLearnMore reports whether the trimmed lower-case line is a pointer to
// a web address (learnMore), looking at how it opens first.
func isLearnMore(lower string) bool {
	return slices.ContainsFunc(learnMoreOpeners, func(o string) bool { return strings.HasPrefix(lower, o) }) &&
		learnMore.MatchString(lower)
}

// maxLearnMoreWords bounds a pointer to a web address.
const maxLearnMoreWords = 15

// isMoreInfo matches a pointer to more information elsewhere.
func isMoreInfo(lower string, n int) bool {
	if n <= maxLearnMoreWords && isLearnMore(strings.TrimSpace(lower)) {
		return true
	}
	return n <= maxMoreInfoWords && strings.HasPrefix(lower, "for ") && moreInfo.MatchString(lower) && !hasReportingVerb(lower)
}

// appealLabels open a charity appeal appended to a story: "How to help:
// Donations can be made to …".
var appealLabels = phrases(`how to help; how you can help; how can i help; how can you help; ways to help;
	how to donate; where to donate; how to give; want to help`)

// appealOpeners are the first words of appealLabels, sorted for isAppeal.
var appealOpeners = newFoldPrefixes([]string{"how ", "ways ", "where ", "want "})

// isAppeal matches a charity appeal opened by its label and a colon (or
// a question mark), or the label alone as a heading. "How to help the
// valley rebuild is the question" has no colon after the label.
func isAppeal(s string) bool {
	t := strings.TrimSpace(s)
	if !appealOpeners.match(t) {
		return false
	}
	i := strings.IndexAny(t, ":?")
	if i < 0 {
		return appealLabels[strings.Join(strings.Fields(strings.ToLower(t)), " ")]
	}
	return appealLabels[strings.Join(strings.Fields(strings.ToLower(t[:i])), " ")]
}

// opensEndMatter reports whether a paragraph whose first sentence is s is
// end matter throughout: a disclosure, an appeal or a forward-looking
// statements notice runs on after its first sentence ("Disclosure: The
// author holds no position in … The Ledger's parent company has no
// commercial relationship with either company.").
func opensEndMatter(s string) bool {
	t := strings.TrimSpace(s)
	lower := strings.ToLower(t)
	lw := lowerLine(lower)
	return isDisclosure(t, lw) || isAppeal(t) || isSponsorNote(t, wordCount(t)) ||
		!isFLSHeading(t) && isForwardLooking(lw) && contains(lower, "forward")
}

// markEndMatter marks whole paragraphs and sections of end matter that no
// rule on one sentence sees: the rest of a paragraph that a disclosure,
// an appeal or a forward-looking statements notice opens; the paragraphs
// of the notice after its heading; and the contact entries after a press
// release's contact label ("Media Contact:", then "Jenna Callow, Vice
// President, Corporate Communications"); a release's notes to editors
// and all after them; and a release's closing "Source:" line.
func markEndMatter(text string, out []doc.Sentence) {
	last := -1
	for i := 0; i < len(out); {
		j := paraEnd(out, i)
		para := text[out[i].Start:out[j-1].End]
		switch {
		case isEditorsNote(text[out[i].Start:out[i].End]):
			// Notes to editors close a release: all that follows is
			// theirs.
			markAll(out[i:])
			j = len(out)
		case out[i].Boilerplate && opensEndMatter(text[out[i].Start:out[i].End]):
			markAll(out[i:j])
		case isCaptionParagraph(para):
			markAll(out[i:j])
		case isAdBreak(para):
			markAll(out[i:j]) // "[Ad break: This episode is brought to you by …]"
		case j == i+1 && isFLSHeading(para):
			markAll(out[i:j])
			j = markFollowing(text, out, j, func(p string) bool { return isFLSParagraph(strings.ToLower(p)) })
		case j == i+1 && isPressContactLabel(para):
			markAll(out[i:j])
			j = markFollowing(text, out, j, func(p string) bool {
				return !isAboutHeading(p) && (isContactEntry(p) || isPressContactLabel(p) || isPhoneContactLine(p, wordCount(p)))
			})
		}
		if !allBoilerplate(out[i:j]) {
			last = i
		}
		i = j
	}
	if last >= 0 && paraEnd(out, last) == last+1 && isReleaseSource(text[out[last].Start:out[last].End]) {
		out[last].Boilerplate = true
	}
}

// markFollowing marks the paragraphs from out[i] on while keep holds for
// their text, and returns the index after the last one marked.
func markFollowing(text string, out []doc.Sentence, i int, keep func(string) bool) int {
	for i < len(out) {
		j := paraEnd(out, i)
		if !keep(text[out[i].Start:out[j-1].End]) {
			return i
		}
		markAll(out[i:j])
		i = j
	}
	return i
}

func markAll(ss []doc.Sentence) {
	for i := range ss {
		ss[i].Boilerplate = true
	}
}
