package segment

import (
	"newsbot/extract/internal/swar"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// The rules here know a news page's chrome by its form, so that a site
// seen once is covered as well as one whose lines repeat across a build
// (see Furniture): cookie banners, breadcrumbs and navigation bars,
// sign-up prompts, label lines, syndication notes and datelines that stand
// alone on their line.

// isPageChrome reports whether a short sentence s of n words (lower is s
// in lower case) is page chrome by one of the rules of this file.
func isPageChrome(s string, lw *lowered, n int) bool {
	lower := lw.text
	t := strings.TrimSpace(s)
	// Lowering keeps white space and makes none, so this is t lowered.
	lowerT := strings.TrimSpace(lower)
	return isConsent(t, lw, n) || isSignUp(t, lw.part(lowerT), n) || isContactLine(t, n) || isWhatToKnow(t, n) || isLabelLine(t, n) || isSyndication(t, n) ||
		isBreadcrumb(t, n) || isShortBar(t) || isSpacedFields(t) || isNavBar(t, n) ||
		isDeskLine(t, n) || isMoreFrom(t, n) || isSupportNoteIn(t, lw, n) || isBoxLabel(t, n) || isLineUp(t) || isOfficials(t, n) || isFollowLine(t, n) || isForwardPrompt(t, n) || isSignOff(t, lw, n) || isGreeting(t) ||
		isThanks(t, n) || isOutletPointer(t, lw, n) || isImprint(t, n) || isEndMatter(t, lw, n) || isEmbedChrome(t, n) ||
		isSiteDisclaimer(t, lw, n)
}

// socialSites are the networks a site asks its readers to follow it on.
var socialSites = set(`facebook twitter x instagram linkedin youtube tiktok threads bluesky mastodon
	whatsapp telegram snapchat reddit`)

// isFollowLine matches a prompt to follow the site, or one of its writers,
// on a social network: "Follow Harbour Times on Facebook", "Follow us on
// X and Instagram". It opens with "Follow", is short, has no quotation and
// ends with the name of a network, perhaps after "and" or a comma; a
// report of someone following ("Follow the river north to the dam.")
// names no network.
func isFollowLine(s string, n int) bool {
	if n < 3 || n > maxFollowWords || !hasPrefixFold(s, []string{"follow "}) || hasQuotation(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 2 && strings.HasPrefix(words[len(words)-1], "@") {
		words = words[:len(words)-1] // "Follow us on X @NorthgateWire."
	}
	last := strings.ToLower(strings.TrimFunc(words[len(words)-1], isEdgePunct))
	if lower := strings.ToLower(s); contains(lower, " for more ") || contains(lower, " for the latest ") || forUpdates(lower) {
		// "Follow Northgate Wire Science for more space coverage.",
		// "Follow the Daily Ledger World desk for updates."
		return n <= maxFollowWords && !endsWithVerb(words)
	}
	if onNetworks(words) {
		// "Follow Capital Ledger on X and Threads for live coverage of
		// the final vote."
		return true
	}
	if !socialSites[last] {
		// "Follow Plains Sport Daily on social media for all the
		// latest transfer news."
		return n <= maxFollowWords && contains(strings.ToLower(s), " on social media")
	}
	for _, w := range words[1 : len(words)-1] {
		if strings.EqualFold(strings.TrimFunc(w, isEdgePunct), "on") {
			return true
		}
	}
	return false
}

// updatesEnd is the close of a prompt to follow the site for its news:
// "… for updates.", "… for live updates".
var updatesEnd = regexp.MustCompile(` for (?:live |further |regular |the latest |more )?updates$`)

// forUpdates reports whether the lower-case line ends with what the reader
// of a follow prompt gets: updates.
func forUpdates(lower string) bool {
	return updatesEnd.MatchString(strings.TrimRight(lower, ". !"))
}

// onNetworks reports whether the words of a follow prompt go on, after
// the one followed, with "on" and a list of networks that ends the line
// or is followed by what the reader gets: "Follow Capital Ledger on X for
// updates.", "Follow us on X and Threads for live coverage."
func onNetworks(words []string) bool {
	for i := 2; i < len(words)-1; i++ {
		if !strings.EqualFold(words[i], "on") {
			continue
		}
		j, nets := i+1, 0
		for ; j < len(words); j++ {
			w := strings.ToLower(strings.TrimFunc(words[j], isEdgePunct))
			if socialSites[w] {
				nets++
			} else if w != "and" && w != "or" || nets == 0 {
				break
			}
			if strings.HasSuffix(words[j], ".") {
				j++
				break
			}
		}
		if nets > 0 && (j == len(words) || strings.EqualFold(words[j], "for")) {
			return true
		}
	}
	return false
}

// endsWithVerb reports a last word in -ed, as a report ends ("Follow the
// river for more than a mile until it turned").
func endsWithVerb(words []string) bool {
	return strings.HasSuffix(strings.TrimFunc(words[len(words)-1], isEdgePunct), "ed")
}

// maxFollowWords bounds a prompt to follow the site on social media.
const maxFollowWords = 16

// signOffPhrases are how a live blog closes for the day, in the site's
// voice: "That's all from us for today.", "Our reporters will be back
// tomorrow morning.", "Thanks for following our coverage."
var signOffPhrases = []string{"that's all from us", "that’s all from us", "that is all from us",
	"that's it from us", "that’s it from us", "we'll be back", "we’ll be back", "we will be back",
	"will be back tomorrow", "will be back later", "will be back with", "thanks for following",
	"thank you for following", "thanks for joining us", "thank you for joining us",
	"thanks for reading", "thank you for reading", "this live blog is now closed",
	"this blog is now closed", "we're pausing our", "we’re pausing our", "we are pausing our",
	"we're ending our", "we’re ending our", "we are ending our", "join us again", "join us tomorrow",
	"join us later", "join us next", "that's all from our live", "that’s all from our live", "that is all from our live"}

// isSignOff matches a live blog's sign-off: a short sentence with no
// quotation, in the site's voice (we, our, us), holding a sign-off
// phrase. A report of someone's return is in the third person ("The
// minister will be back in Brussels tomorrow.") or quoted.
func isSignOff(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxFurnitureWords || hasQuotation(s) {
		return false
	}
	if isCoverageResumes(lower) {
		return true
	}
	// Every word of the site's voice holds "we", "us" or "ou": a line
	// without them has none, and its words need not be read.
	if !lw.contains("we") && !lw.contains("us") && !lw.contains("ou") {
		return false
	}
	voiced := false
	for w := range strings.FieldsSeq(lower) {
		w = strings.TrimFunc(w, isEdgePunct)
		voiced = voiced || siteVoice[w] || w == "we'll" || w == "we’ll" || w == "we're" || w == "we’re"
	}
	if !voiced {
		return false
	}
	return slices.ContainsFunc(signOffPhrases, func(p string) bool { return lw.contains(p) }) ||
		coverageEnd.MatchString(lower) || liveBlogClosing.MatchString(lower)
}

// coverageEnd is a live blog closing its coverage in the site's voice:
// "That is where we will end our live coverage for today.", "We're
// wrapping up this live blog now.", or taking it up again after a pause
// ("We are resuming our live coverage."). It names the coverage, or says where
// "we" end or leave it: "We will end our partnership" names no coverage.
var coverageEnd = regexp.MustCompile(`\bthat(?:'s|’s|\s+is)\s+where\s+we(?:'ll|’ll|\s+will|\s+are\s+going\s+to|'re\s+going\s+to|’re\s+going\s+to)?\s+(?:end|leave|stop|pause|close|wrap)\b|` +
	`\b(?:end|ending|close|closing|wrap\s+up|wrapping\s+up|pause|pausing|conclude|concluding|finish|finishing|resume|resuming|restart|restarting)\s+(?:our|this|today's|today’s)\s+(?:[a-z]+\s+)?(?:live\s+)?(?:coverage|blog|updates|live\s*blog)\b`)

// thanksOpeners open a live blog's or a page's thanks to its readers.
var thanksOpeners = []string{"thanks for ", "thank you for ", "many thanks for ", "thank you all for ", "thanks all for "}

// thanksPrefixes are the thanksOpeners, sorted for isThanks.
var thanksPrefixes = newFoldPrefixes(thanksOpeners)

// thanksWords may follow the thanks: what the reader did and the coverage
// they did it with ("Thanks for following.", "Thank you for joining us
// for our live coverage today.").
var thanksWords = set(`following reading joining watching listening tuning being staying sticking in along with
	so much very again tonight evening morning afternoon good night bye goodbye everyone all`)

// maxThanksWords bounds a thanks to the reader.
const maxThanksWords = 12

// isThanks matches a thanks to the readers for following the coverage,
// which need not be in the site's voice ("Thanks for following."): the
// thanks and then only words of following, of the coverage and filler. A
// report of thanks names what was done ("Thanks for following the rules,
// the police told drivers.").
func isThanks(s string, n int) bool {
	if n < 3 || n > maxThanksWords || !thanksPrefixes.match(s) || hasQuotation(s) {
		return false
	}
	words := strings.Fields(strings.ToLower(s))
	read := false
	for _, w := range words[2:] {
		w = strings.TrimFunc(w, isEdgePunct)
		switch {
		case w == "following" || w == "reading" || w == "joining" || w == "watching" || w == "listening" || w == "tuning":
			read = true
		case w == "" || w == "for" || thanksWords[w] || siteWords[w] || fillerWords[w]:
		default:
			return false
		}
	}
	return read
}

// pointerVerbs are what a site invites its reader to do with its other
// output: "You can hear a full report on our 6pm bulletin."
var pointerVerbs = set(`hear listen watch read follow find catch see get`)

// outletNouns name a site's or a broadcaster's output.
var outletNouns = set(`bulletin bulletins programme programmes program programs broadcast broadcasts website
	site app podcast podcasts coverage report reports show channel newsletter newsletters page pages feed
	blog radio station tv television stream`)

// isOutletPointer matches a short sentence in the site's voice that
// points the reader to more of its output: "You can hear a full report on
// our 6pm bulletin.", "You can follow our coverage on the app." It opens
// with "You can" and a verb of reading, watching or hearing, and names
// "our" output. A report of what someone can see or hear names no output
// of the site ("You can hear the river from our back door.").
func isOutletPointer(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n < 5 || n > maxFurnitureWords+3 || !strings.HasPrefix(lower, "you can ") || hasQuotation(s) {
		return false
	}
	words := strings.Fields(lower)
	i := 2
	if words[i] == "also" || words[i] == "now" || words[i] == "still" {
		i++
	}
	if i >= len(words) || !pointerVerbs[strings.TrimFunc(words[i], isEdgePunct)] {
		return false
	}
	ours := false
	for _, w := range words[i+1:] {
		w = strings.TrimFunc(w, isEdgePunct)
		if w == "our" {
			ours = true
		} else if ours && outletNouns[w] {
			return true
		}
	}
	return false
}

// liveWelcome is a live blog's greeting that opens its coverage, perhaps
// after "Good morning" or "Hello": "Good morning and welcome to our live
// coverage from Kellsbridge Crown Court, where …", "Welcome back to our
// rolling coverage of the budget." The coverage is live, or it is "our"
// or "this" blog or coverage.
var liveWelcome = regexp.MustCompile(`^(?i:(?:(?:good\s+(?:morning|afternoon|evening|day)|hello|hi)` +
	`(?:\s+(?:again|everyone|all))?[,!.]?\s+(?:and\s+)?)?welcome(?:\s+back)?\s+to\s+` +
	`(?:(?:our|this|the|today's|today’s)\s+(?:[a-z]+\s+)?live\s*(?:coverage|blog|updates|page|text|reporting|commentary|feed|report)` +
	`|(?:our|this)\s+(?:[a-z]+\s+)?(?:coverage|blog)))\b`)

// liveWelcomeOpeners are the words liveWelcome opens with, in any case,
// sorted for isLiveWelcome, which every sentence is asked.
var liveWelcomeOpeners = newFoldPrefixes([]string{"good ", "hello", "hi ", "hi,", "welcome "})

// isLiveWelcome matches a live blog's greeting to its readers that
// opens its coverage. It is read on sentences of any length: the
// greeting runs on to say where the coverage comes from, and the whole
// sentence is the greeting. Quoted, it is someone's speech.
func isLiveWelcome(s string) bool {
	s = strings.TrimSpace(s)
	if !liveWelcomeOpeners.match(s) || hasQuotation(s) {
		return false
	}
	return liveWelcome.MatchString(s)
}

// greetingWords make up a live blog's greeting to its readers: "Good
// morning.", "Hello and welcome.", "Good evening, welcome back."
var greetingWords = set(`good morning afternoon evening hello hi welcome back and everyone all`)

// isGreeting matches a sentence that is only a greeting, opening with
// one: every word a greeting word. Quoted, a greeting is someone's speech.
func isGreeting(s string) bool {
	first := greetingOpener(s)
	if first == "" {
		return false
	}
	if hasQuotation(s) {
		return false
	}
	words := strings.Fields(strings.ToLower(s))
	if len(words) > 6 {
		return false
	}
	for _, w := range words {
		if !greetingWords[strings.TrimFunc(w, isEdgePunct)] {
			return false
		}
	}
	return len(words) > 1 || first != "good"
}

// firstByte returns the first byte of s after its leading white space, and
// whether there is one.
func firstByte(s string) (byte, bool) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if t == "" {
		return 0, false
	}
	return t[0], true
}

// isASCIILetter reports whether c is an ASCII letter in either case.
func isASCIILetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isGreetingInitial reports whether the ASCII letter c, in either case,
// opens one of greetingOpeners.
func isGreetingInitial(c byte) bool {
	switch asciiLower(c) {
	case 'g', 'h', 'w':
		return true
	}
	return false
}

// greetingOpeners are the words a greeting opens with.
var greetingOpeners = []string{"good", "hello", "hi", "welcome"}

// greetingOpener returns the greeting opener (greetingOpeners) that s
// opens with, in lower case and without edge punctuation, or "". An ASCII
// first word is compared in any case, without lowering it.
func greetingOpener(s string) string {
	if c, ok := firstByte(s); ok && isASCIILetter(c) && !isGreetingInitial(c) {
		// An ASCII letter is no edge punctuation and lowers only to its
		// own lower case: the first word opens with it, and no opener does.
		return ""
	}
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

// firstFieldIn reports whether the first of strings.Fields(s), in lower
// case, is one of words. A short ASCII word is lowered into a buffer of
// its own: no allocation.
func firstFieldIn(s string, words map[string]bool) bool {
	first := firstField(s)
	var buf [32]byte
	if len(first) > len(buf) || !isASCII(first) {
		return words[strings.ToLower(first)]
	}
	for i := 0; i < len(first); i++ {
		buf[i] = asciiLower(first[i])
	}
	return words[string(buf[:len(first)])]
}

// isASCII reports whether s is all ASCII, reading eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if swar.Load64(s, i)&(0x80*swar.BytesOf) != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// firstField returns the first of strings.Fields(s), or "" if s is blank,
// without splitting the rest.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// maxConsentWords bounds a cookie banner's sentence.
const maxConsentWords = 25

// consentPhrases are what a cookie banner says of the site's cookies.
var consentPhrases = []string{"we use cookies", "site uses cookies", "website uses cookies", "use of cookies",
	"our cookie", "cookie policy", "cookie settings", "cookie preferences", "cookie notice", "accept all",
	"accept cookies", "reject", "manage preferences", "manage settings", "you agree", "you consent",
	"consent to"}

// siteVoice are the words a site addresses its reader with.
var siteVoice = set(`we our us you your`)

// isConsent matches a cookie banner's sentence: it speaks of cookies in
// the site's voice or offers the choice ("We use cookies to improve your
// experience.", "By continuing to browse you agree to our use of
// cookies.", "Accept all cookies | Manage preferences"). Reporting on
// cookies ("Regulators fined the firm for setting cookies without
// consent.") speaks of someone else, and a quotation is never a banner.
func isConsent(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxConsentWords || !lw.contains("cookie") || hasQuoteMark(s) || hasGuillemet(s) {
		return false
	}
	voiced := strings.HasPrefix(lower, "cookie") || strings.HasPrefix(lower, "accept") ||
		strings.HasPrefix(lower, "manage") || strings.HasPrefix(lower, "reject") ||
		lw.contains("this site") || lw.contains("this website")
	for _, w := range strings.Fields(lower) {
		voiced = voiced || siteVoice[strings.TrimFunc(w, isEdgePunct)]
	}
	if !voiced {
		return false
	}
	return slices.ContainsFunc(consentPhrases, func(p string) bool { return lw.contains(p) })
}

// signUpLabels open a prompt to sign up to a newsletter or subscribe: an
// imperative no report opens with ("Sign up for our morning briefing",
// "Subscribe to The Harbour Times newsletter").
var signUpLabels = newFoldPrefixes([]string{"sign up for ", "sign up to ", "sign up now", "sign up today", "sign up here", "subscribe to ", "subscribe for ",
	"subscribe now", "get our ", "join our ", "register for our ", "newsletter:", "newsletters:",
	"become a member", "become a subscriber", "become a supporter", "become a patron"})

// isSignUp matches a short sign-up prompt, also one offering the site's
// alerts or newsletter ("Get the Tribune's breaking news alerts.").
func isSignUp(s string, lw *lowered, n int) bool {
	lower := lw.text
	if n > maxCreditWords || hasQuoteMark(s) {
		return false
	}
	// A prompt that names the newsletter or the inbox may run on: "Sign
	// up for The Ledger's Frontier newsletter, our weekly dispatch on
	// science and space."
	if n > maxFurnitureWords && !isSignUpOffer(lw) && !isEmailSignUp(s, lw) {
		return false
	}
	if n <= maxFurnitureWords && hasSignUpCall(lw) && !hasReportingVerb(lower) {
		return true
	}
	switch {
	case hasPrefixFold(s, []string{"get ", "download the ", "download our "}):
		// "Get the Tribune's breaking news alerts.", "Download the
		// KSRN 7 app for breaking news alerts."
		return isSignUpOffer(lw) || lw.contains(" app ") || namesDigest(lower)
	case hasPrefixFold(s, []string{"don't miss", "don’t miss"}):
		return n <= maxDontMissWords || isLeadInSignUp(s)
	}
	return signUpLabels.match(s) || isLeadInSignUp(s)
}

// signUpCall closes a prompt with a call to sign up after a dash, a bar
// or a colon: "Get the Ledger's Evening Digest - sign up here.", "Our
// weekly podcast | Subscribe now".
var signUpCall = regexp.MustCompile(`\s[-–—|:]\s*(?:sign\s+up|subscribe)(?:\s+(?:here|now|today|free|for\s+free))?[.!]?$`)

// hasSignUpCall reports whether a short lower-case line closes with a
// call to sign up (signUpCall), which holds "sign" or "subscribe" (the
// words of "sign up" may be apart by more than one space).
func hasSignUpCall(lw *lowered) bool {
	lower := lw.text
	if !lw.contains("sign") && !lw.contains("subscribe") {
		return false
	}
	return signUpCall.MatchString(lower)
}

// isSignUpOffer reports whether a lower-case sign-up prompt offers the
// site's newsletter, inbox or alerts.
func isSignUpOffer(lw *lowered) bool {
	return lw.contains("newsletter") || lw.contains("inbox") || lw.contains(" alerts")
}

// isEmailSignUp reports whether a sign-up prompt offers the site's
// e-mail, which may run past a short line as a newsletter's does: "Sign
// up to the MoneyWise Guide weekly email for the best money-saving tips."
func isEmailSignUp(s string, lw *lowered) bool {
	return signUpLabels.match(s) && (lw.contains(" email") || lw.contains(" e-mail") ||
		lw.contains(" briefing") || lw.contains(" bulletin"))
}

// promoLeadIns open the short pitch a sign-up prompt may follow with a
// colon: "Never miss a story:", "Stay informed:", "Want more?".
var promoLeadIns = []string{"never miss", "don't miss", "don’t miss", "do not miss", "stay informed",
	"stay up to date", "stay in the know", "keep up", "want more", "want the latest", "love ", "like this",
	"enjoyed this", "enjoy this", "get the latest", "be the first", "for more ", "for the latest", "free "}

// promoLeadInPrefixes are the promoLeadIns, sorted for isLeadInSignUp,
// which every short sentence is asked.
var promoLeadInPrefixes = newFoldPrefixes(promoLeadIns)

// maxLeadInWords bounds the pitch before a sign-up prompt's colon.
const maxLeadInWords = 6

// isLeadInSignUp matches a sign-up prompt after a pitch and a colon:
// "Never miss a story: sign up to our Courts newsletter." The pitch is
// short and opens as a promotion does, and the prompt offers the site's
// newsletter, inbox or alerts, or speaks in its voice. A report quoting
// an instruction opens with its subject ("Officials gave residents one
// instruction: sign up for flood alerts.").
func isLeadInSignUp(s string) bool {
	// The trimmed lead-in opens s trimmed of leading space, so a line
	// that opens with no promoLeadIns is turned away before it is cut.
	if !promoLeadInPrefixes.match(strings.TrimLeftFunc(s, unicode.IsSpace)) {
		return false
	}
	lead, rest, ok := cutLeadIn(s)
	if !ok || wordCount(lead) > maxLeadInWords || !promoLeadInPrefixes.match(strings.TrimSpace(lead)) {
		return false
	}
	rest = strings.TrimSpace(rest)
	if !signUpLabels.match(rest) {
		return false
	}
	lower := strings.ToLower(rest)
	for _, w := range strings.Fields(lower) {
		w = strings.TrimFunc(w, isEdgePunct)
		if w == "our" || w == "newsletter" || w == "newsletters" || w == "inbox" || w == "alerts" || w == "briefing" {
			return true
		}
	}
	return false
}

// cutLeadIn cuts a sign-up prompt at the colon or the spaced dash after
// its pitch: "Never miss a story: sign up …", "Don't miss a story - sign
// up …".
func cutLeadIn(s string) (lead, rest string, ok bool) {
	if lead, rest, ok = strings.Cut(s, ":"); ok {
		return lead, rest, ok
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		if lead, rest, ok = strings.Cut(s, dash); ok {
			return lead, rest, ok
		}
	}
	return "", "", false
}

// maxDontMissWords bounds a "Don't miss a deal." prompt.
const maxDontMissWords = 6

// whatToKnow opens a live blog's summary heading: "What to know
// Wednesday", "Good morning: what to know Friday".
const whatToKnow = "what to know"

// isWhatToKnow matches a live blog's summary heading: "what to know",
// perhaps after a greeting and before a day, with no stop.
func isWhatToKnow(s string, n int) bool {
	rest := s
	if before, after, ok := strings.Cut(s, ":"); ok && isGreeting(before) {
		rest = strings.TrimSpace(after)
	}
	return n <= 8 && !endsSentence(s) && hasPrefixFold(rest, []string{whatToKnow}) || isHereIsWhatToKnow(s, n)
}

// hereIsWhatToKnow are how a briefing's greeting opens the day's items:
// "Here is what you need to know on Friday."
var hereIsWhatToKnow = []string{"here is what you need to know", "here's what you need to know",
	"here’s what you need to know", "here is what to know", "here's what to know", "here’s what to know"}

// hereIsWhatToKnowPrefixes are hereIsWhatToKnow, sorted for
// isHereIsWhatToKnow.
var hereIsWhatToKnowPrefixes = newFoldPrefixes(hereIsWhatToKnow)

// isHereIsWhatToKnow matches a briefing's greeting that introduces its
// items, perhaps naming the day and nothing else: "Here is what you
// need to know on Friday.", "Here's what to know this morning."
func isHereIsWhatToKnow(s string, n int) bool {
	if n > maxFurnitureWords || !hereIsWhatToKnowPrefixes.match(s) {
		return false
	}
	lower := strings.ToLower(strings.TrimRight(s, ".:!"))
	for _, p := range hereIsWhatToKnow {
		if rest, ok := strings.CutPrefix(lower, p); ok {
			for _, w := range strings.Fields(rest) {
				if !dayWords[strings.TrimFunc(w, isEdgePunct)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// dayWords may follow a briefing's greeting to name its day: "on
// Friday", "this morning", "today".
var dayWords = set(`on this today tonight morning afternoon evening weekend week monday tuesday wednesday
	thursday friday saturday sunday`)

// isForwardPrompt matches a newsletter's question to a reader it was
// passed on to: "Forwarded this email?", "Was this newsletter forwarded
// to you?". It is short, asks, and names both the forwarding and the
// mail.
func isForwardPrompt(s string, n int) bool {
	if n > maxForwardWords || !strings.HasSuffix(s, "?") || hasQuotation(s) {
		return false
	}
	var forward, mail bool
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.TrimFunc(w, isEdgePunct)
		forward = forward || strings.HasPrefix(w, "forward")
		mail = mail || mailWords[w]
	}
	return forward && mail
}

// maxForwardWords bounds a newsletter's forward prompt.
const maxForwardWords = 8

// mailWords name what a newsletter reaches its reader as.
var mailWords = set(`email e-mail mail newsletter briefing bulletin`)

// isContactLine matches a short line that gives the site's or a writer's
// e-mail address ("Reach her at mokonkwo@courier.example.", "Have a news
// tip? Email news@…") or asks readers for tips and pictures ("Have a
// photo or video of the fire?").
func isContactLine(s string, n int) bool {
	if n > maxFurnitureWords+3 {
		return false
	}
	if strings.IndexByte(s, '@') >= 0 {
		for _, w := range strings.Fields(s) {
			w = strings.TrimFunc(w, isEdgePunct)
			if at := strings.IndexByte(w, '@'); at > 0 && contains(w[at:], ".") {
				return true
			}
		}
	}
	return n <= 10 && strings.HasSuffix(s, "?") && hasPrefixFold(s, []string{"have a ", "got a "})
}

// pageLabels open a line of page metadata or of the site's own pages:
// "Tags: ports, shipping", "Topics: Energy, EU", "Our Standards: The
// Trust Principles.", "Trending: a | b". A report never opens with one.
var pageLabels = newFoldPrefixes([]string{"tags:", "tagged:", "tagged with:", "topics:", "related topics:", "filed under:",
	"categories:", "category:", "keywords:", "our standards:", "trending:", "trending now:", "popular:",
	"most popular:", "most viewed:", "top stories:", "more stories:", "editor's picks:", "editors' picks:",
	"you might also like:", "you may also like:", "you might like:", "you may like:", "don't miss:",
	"further reading:", "keep reading:", "related stories:", "related articles:", "more on this:"})

// isLabelLine matches a short line that opens with a page label.
func isLabelLine(s string, n int) bool {
	return n <= maxTeaserWords && pageLabels.match(s)
}

// syndicationLabels open the note that a story first ran elsewhere: "This
// article was originally published on The Harbour Times."
var syndicationLabels = newFoldPrefixes([]string{"this article was originally published", "this story was originally published",
	"this article originally appeared", "this story originally appeared", "this article first appeared",
	"this story first appeared", "this article was first published", "this story was first published",
	"this article is republished", "this story is republished", "a version of this article",
	"a version of this story", "this article was produced by", "this story was produced by"})

// isSyndication matches a syndication note.
func isSyndication(s string, n int) bool {
	return n <= maxCreditWords && syndicationLabels.match(s)
}

// crumbMarks separate the steps of a breadcrumb: "Home › Business ›
// Trade", "News > Health".
var crumbMarks = []string{"›", "»", " > "}

// maxCrumbWords bounds one step of a breadcrumb or one field of a bar.
const maxCrumbWords = 4

// isBreadcrumb matches a breadcrumb trail: short steps joined by "›", "»"
// or " > ", perhaps after the site's name and a bar or dash ("Harbour
// Times — Home › Ports"), with no stop and no quotation.
func isBreadcrumb(s string, n int) bool {
	if n > maxFurnitureWords || endsSentence(s) || hasQuoteMark(s) {
		return false
	}
	crumb := false
	for _, m := range crumbMarks {
		crumb = crumb || contains(s, m)
	}
	if !crumb {
		return false
	}
	for _, f := range barFields(strings.ReplaceAll(strings.ReplaceAll(s, " > ", " › "), "»", "›"), "›|•·—–") {
		if k := wordCount(f); k == 0 || k > maxCrumbWords {
			return false
		}
	}
	return true
}

// barFields splits s at any of the runes of seps, trimming each field.
func barFields(s, seps string) []string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	return fields
}

// isShortBar matches a two-field line of page layout (isFieldList takes
// three or more): fields of at most three words, each word a name in
// capitals or a word of the site's vocabulary, as a section bar ("Climate
// | Courts"), consent buttons ("Accept all | Manage settings") or a
// masthead with its section ("Harbour Times — Business") are laid out.
// Joined by a dash, one field must be site vocabulary: "Kyiv — Moscow" may
// be a headline's. A headline has a verb in lower case ("Ukraine | Peace
// talks resume").
func isShortBar(s string) bool {
	if endsSentence(s) || hasQuoteMark(s) {
		return false
	}
	var fields []string
	dash := false
	switch {
	case hasBarMark(s):
		fields = barFields(s, "|•·")
	case contains(s, " — ") || contains(s, " – "):
		fields = barFields(strings.ReplaceAll(s, " – ", " — "), "—")
		dash = true
	default:
		return false
	}
	if len(fields) != 2 {
		return false
	}
	siteField := false
	for _, f := range fields {
		words := strings.Fields(f)
		if len(words) == 0 || len(words) > 3 {
			return false
		}
		site, named := false, false
		for _, w := range words {
			lw := strings.ToLower(strings.TrimFunc(w, isEdgePunct))
			switch {
			case siteWords[lw]:
				site = true
			case w == "&" || fillerWords[lw]:
			case isCapitalWord(w):
				named = true
			default:
				return false
			}
		}
		siteField = siteField || site && !named
	}
	return !dash || siteField
}

// isFurnitureBar matches a line of two or more fields between bars or
// bullets, each with a letter and each furniture on its own: "Share this
// article | Sign up for our politics newsletter", "Print | Subscribe to
// the Ledger". A row of a table ("Revenue | 4.1 bln") has a field of
// reporting.
func isFurnitureBar(s string) bool {
	if !hasBarMark(s) {
		return false
	}
	fields := barFields(s, "|•·")
	if len(fields) < 2 {
		return false
	}
	for i, f := range fields {
		if !hasLetter(f) || !isBoilerplate(f) && (i > 0 || !isMastheadField(f)) {
			return false
		}
	}
	return true
}

// isCapitalWord reports whether w opens with a capital letter and holds no
// digit: a name or a title-case section.
func isCapitalWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !strings.ContainsAny(w, "0123456789")
}

// spacedField separates the fields of a navigation bar whose links the
// page's text joins with runs of spaces: "Home  News  Drugs & Devices".
var spacedField = regexp.MustCompile(`\s{2,}`)

// isSpacedFields matches three or more short fields separated by runs of
// spaces, with no stop and no digit, one of them a word of the site's
// vocabulary: a navigation bar or a row of buttons ("Home  World  Drugs &
// Devices  Podcasts"). A sentence's words are one space apart, and a
// table's columns ("Wheat   2.55   2.40") hold figures.
func isSpacedFields(s string) bool {
	if endsSentence(s) || !contains(s, "  ") || strings.ContainsAny(s, "0123456789") {
		return false
	}
	fields := spacedField.Split(s, -1)
	if len(fields) < 3 {
		return false
	}
	site := false
	for _, f := range fields {
		if k := wordCount(f); k == 0 || k > maxCrumbWords {
			return false
		}
		site = site || isSiteVocabulary(strings.Fields(strings.ToLower(f)))
	}
	return site
}

// navOpeners open a navigation bar: its first link leads home.
var navOpeners = set(`home menu`)

// isNavBar matches a navigation bar printed as one line of capitalised
// section names: "Home World Business Sport", "Home News Health &
// Science Podcasts". It opens with the home or menu link and names at
// least one more section; a title-case headline ("Home Office Rejects
// Claims") names none.
func isNavBar(s string, n int) bool {
	if n < 3 || n > maxFurnitureWords || endsSentence(s) {
		return false
	}
	if !firstFieldIn(s, navOpeners) {
		return false // looked at before the line is split
	}
	words := strings.Fields(s)
	site := 0
	for _, w := range words[1:] {
		lw := strings.ToLower(strings.TrimFunc(w, isEdgePunct))
		switch {
		case w == "&":
		case !isCapitalWord(w):
			return false
		case siteWords[lw] || lw == "news":
			site++
		}
	}
	return site >= 1
}

// deskLabels end the name of a site's desk standing as a line of its own
// in place of a byline: "Harbour Times Live Desk", "Metro Newsroom",
// "Brannock Tribune staff".
var deskLabels = set(`desk newsroom staff`)

// isDeskLine matches a short line of capitalised words that ends in a
// desk label.
func isDeskLine(s string, n int) bool {
	if n < 2 || n > 6 || endsSentence(s) {
		return false
	}
	if !deskLabels[strings.ToLower(lastField(s))] {
		return false // looked at before the line is split
	}
	words := strings.Fields(s)
	last := strings.ToLower(words[len(words)-1])
	for _, w := range words[:len(words)-1] {
		if !isCapitalWord(w) {
			return false
		}
	}
	// "Brannock Tribune staff": the staff label in any case.
	return deskLabels[last] && (isCapitalWord(words[len(words)-1]) || last == "staff")
}

// isMoreFrom matches a link to the site's other stories: "More from
// Harbour Times", "More from the newsroom". A sentence opening with the
// same words is longer or ends with a stop ("More from the batch were
// found in Spain.").
func isMoreFrom(s string, n int) bool {
	if !hasPrefixFold(s, []string{"more from "}) || endsSentence(s) {
		return false
	}
	return n <= 6 || isMoreFromList(s, n)
}

// maxMoreFromWords bounds a "More from …:" line with its headlines.
const maxMoreFromWords = 2 * maxTeaserWords

// isMoreFromList matches the site's name after "More from" and a colon,
// then the headlines it links to: "More from Circuit Weekly: Lumenfold to
// cut 1,100 jobs in AI pivot | Why optical networking is hot". The name
// is a few capitalised words; "More from the batch: prices rose" names
// no site.
func isMoreFromList(s string, n int) bool {
	name, rest, ok := strings.Cut(s[len("more from "):], ":")
	if !ok || n > maxMoreFromWords || strings.TrimSpace(rest) == "" || hasQuoteMark(rest) {
		return false
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isCapitalWord(w) && strings.ToLower(w) != "the" {
			return false
		}
	}
	return true
}

// supportNote is a site's word on how it is funded, a short sentence of
// its own: "WorkLine News is reader-supported.", "The Ledger is funded by
// its members."
var supportNote = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}is\s+(?:(?:a\s+)?(?:proudly\s+)?(?:reader|listener|viewer|member|audience)[- ](?:supported|funded|powered)|(?:supported|funded)\s+by\s+(?:its|our)\s+(?:readers|members|subscribers|listeners|viewers))\.?$`)

// isSupportNote matches a site's note on its funding.
func isSupportNote(s string, n int) bool {
	return isSupportNoteIn(s, lowerLine(toLower(s)), n)
}

// isSupportNoteIn is isSupportNote of s, a part of the line lw is lowered
// from. A word of supportWords in s stands, lowered, in lw.text, so its
// byte pairs are in lw.pairs: a line missing them is turned away without
// a scan.
func isSupportNoteIn(s string, lw *lowered, n int) bool {
	return n <= maxFurnitureWords && maySupportWords(&lw.pairs) && supportWords(s) && supportNote.MatchString(strings.TrimSpace(s)) ||
		isJournalismPitch(strings.TrimSpace(s), n) || n <= maxFurnitureWords && isOutletSlogan(strings.TrimSpace(s))
}

// maySupportWords reports whether a line with the byte pairs p may hold a
// word of supportWords.
func maySupportWords(p *pairSet) bool {
	return p.mayContain("supported") || p.mayContain("funded") || p.mayContain("powered")
}

// supportWords reports whether s holds a word that every supportNote
// holds: "supported", "funded" or "powered".
func supportWords(s string) bool {
	return contains(s, "supported") || contains(s, "funded") || contains(s, "powered")
}

// dateline is a line that holds only a place and a date, perhaps with
// a weekday, an agency in brackets and a dash: "LISBON, 3 March 2026 —",
// "Halifax, Nova Scotia, June 2, 2026", "ACCRA, Tuesday 14 May 2026". The
// place is at most four capitalised words and is followed by a comma; the
// date has its month in words. (A wire's "LONDON 1996-08-30" carries no
// comma.)
var dateline = regexp.MustCompile(`^` + datelinePlace + `(?:,\s*` + datelinePlace + `)?,\s*` +
	`(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?` +
	`(?:\d{1,2}\s+` + monthWord + `(?:,?\s+\d{4})?|` + monthWord + `\s+\d{1,2}(?:,?\s+\d{4})?)` +
	`\s*(?:\([^()]{1,30}\))?\s*[-–—:]*$`)

const (
	datelinePlace = `\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`
	monthWord     = `(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?`
)

// IsDateline reports whether a sentence is a dateline alone on its line.
// It is no furniture: its date is the day the story was filed, which a
// reader of the text needs (and time tagging counts), but it reports
// nothing, so no event may be dated by it: a timeline row reading only
// "LISBON, 3 March 2026" says nothing happened.
func IsDateline(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) < 80 && dateline.MatchString(s)
}

// listHeadings head a list of links to other stories: the short lines
// under one are teasers ("Related stories", then "Who is the new
// minister?" and "Budget defeat: what happens next").
var listHeadings = phrases(`related; related stories; related articles; related content; related coverage;
	related news; more stories; more on this story; most read; most popular; most viewed; most shared;
	popular; popular now; trending; trending now; recommended; recommended stories; recommended for you;
	you might also like; you may also like; you might like; read next; top stories; editor's picks;
	editors' picks; latest stories; more news; more headlines; don't miss; further reading; read more;
	read also; also read; see also; read more about this`)

// phrases makes a set of the phrases in list, separated by semicolons.
func phrases(list string) map[string]bool {
	m := make(map[string]bool)
	for _, p := range strings.Split(list, ";") {
		m[strings.Join(strings.Fields(p), " ")] = true
	}
	return m
}

// isListHeading reports whether the paragraph text is a heading of a list
// of links, with perhaps a colon.
func isListHeading(text string) bool {
	if len(text) > maxListHeadingBytes {
		return false // a paragraph of reporting, not a heading
	}
	u := strings.TrimRight(strings.TrimSpace(text), ": ")
	if moreWordsThan(u, maxListHeadingWords) {
		return false
	}
	t := strings.ToLower(u)
	return listHeadings[spaceNormalized(t)] || strings.HasPrefix(t, "more from ") && wordCount(t) <= 6 || isReadMoreOnHeading(text) ||
		isRelatedHeading(t) || isMoreOnHeading(text)
}

// maxListHeadingWords bounds the words of a list heading: the longest,
// "More from …", has six.
const maxListHeadingWords = 6

// maxListHeadingBytes bounds a list heading with the white space around
// it: the longest ("More from …" of six words) is far shorter.
const maxListHeadingBytes = 120

// markListed marks the teasers listed under a list heading: each
// paragraph after it that is one sentence of at most maxTeaserWords words
// not ending with a full stop (a headline, perhaps numbered, "2. Port
// strike enters its second week", or a question), up to the first
// paragraph that is not one. Furniture between them (an advertisement)
// does not end the list. A report's paragraph ends with a full stop.
func markListed(text string, out []doc.Sentence) {
	for i := 0; i < len(out); {
		j := paraEnd(out, i)
		if !isListHeading(text[out[i].Start:out[j-1].End]) {
			i = j
			continue
		}
		for k := j; k < len(out); {
			l := paraEnd(out, k)
			if allBoilerplate(out[k:l]) {
				k = l
				continue
			}
			s := strings.TrimSpace(text[out[k].Start:out[k].End])
			if l-k != 1 && !isTeaserItem(text, out[k:l]) || wordCount(s) > maxTeaserWords || strings.HasSuffix(strings.TrimRight(s, "\"'”’)"), ".") {
				break
			}
			for m := k; m < l; m++ {
				out[m].Boilerplate = true
			}
			k = l
		}
		i = j
	}
}

// isTeaserItem reports whether a list item of several sentences is one
// teaser: a headline's question and its standfirst ("Who is the new
// harbour master? Our guide to her career"), at most maxTeaserWords words
// in all, no sentence of it ending with a full stop.
func isTeaserItem(text string, ss []doc.Sentence) bool {
	if wordCount(text[ss[0].Start:ss[len(ss)-1].End]) > maxTeaserWords {
		return false
	}
	for _, s := range ss {
		if strings.HasSuffix(strings.TrimRight(strings.TrimSpace(text[s.Start:s.End]), "\"'”’)"), ".") {
			return false
		}
	}
	return true
}

// paraEnd returns the index after the last sentence of the paragraph that
// out[i] opens.
func paraEnd(out []doc.Sentence, i int) int {
	j := i + 1
	for j < len(out) && out[j].Para == out[i].Para {
		j++
	}
	return j
}

func allBoilerplate(ss []doc.Sentence) bool {
	for _, s := range ss {
		if !s.Boilerplate {
			return false
		}
	}
	return true
}

// markSignOff marks the sign-off that closes a story: its last paragraph
// that is not furniture, when it is a bare name of at most four
// capitalised words with no stop, digit or quotation ("Harbour Times", a
// writer's "Jane Doe"), after at least three paragraphs of story. A
// story's last paragraph is a sentence that ends with a stop; a bare
// name there says nothing, it signs the page.
func markSignOff(text string, out []doc.Sentence) {
	last := -1
	paras := 0
	for i := 0; i < len(out); {
		j := paraEnd(out, i)
		if !allBoilerplate(out[i:j]) {
			last = i
			paras++
		}
		i = j
	}
	if last < 0 || paras < 4 || paraEnd(out, last) != last+1 {
		return
	}
	if isBareName(strings.TrimSpace(text[out[last].Start:out[last].End])) {
		out[last].Boilerplate = true
	}
}

// isBareName reports whether s is one to four capitalised words (with
// "of", "the", "and" or "&" between them) and nothing else.
func isBareName(s string) bool {
	if s == "" || strings.ContainsAny(s, "0123456789:;,") || hasQuoteMark(s) || endsSentence(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 4 {
		return false
	}
	for i, w := range words {
		switch {
		case i > 0 && (w == "of" || w == "the" || w == "and" || w == "&"):
		case !isCapitalWord(w):
			return false
		}
	}
	return isCapitalWord(words[len(words)-1])
}

// hasQuotation reports whether s holds a quotation mark: straight, curly,
// angled, or typed as two backticks and two apostrophes, as some wires
// quote. Speech reported in the story is never the site's own voice.
func hasQuotation(s string) bool {
	return hasQuoteMark(s) || hasGuillemet(s) || contains(s, "``") || contains(s, "''")
}

// hasQuoteMark reports whether s holds a straight or curly double quote.
// It searches bytes, not runes: each mark is a whole UTF-8 sequence whose
// first byte never continues another rune, so it is found exactly where a
// rune-by-rune scan finds it.
func hasQuoteMark(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || !isASCII(s) && (contains(s, "“") || contains(s, "”"))
}

// hasGuillemet reports whether s holds an angled quotation mark: « or ».
func hasGuillemet(s string) bool {
	return !isASCII(s) && (contains(s, "«") || contains(s, "»"))
}

// hasBarMark reports whether s holds a bar or a bullet that separates the
// fields of a layout line: "|", "•" or "·".
func hasBarMark(s string) bool {
	return strings.IndexByte(s, '|') >= 0 || !isASCII(s) && (contains(s, "•") || contains(s, "·"))
}

// boxLabels head a fact box or a list inside a story: "Key points:",
// "Key dates:", "At a glance:". Alone on their line, with their colon,
// they say nothing.
var boxLabels = set(`key-points key-dates key-facts key-events key-moments key-takeaways key-numbers at-a-glance
	fast-facts quick-facts the-facts the-key-points in-brief in-numbers by-the-numbers what-we-know
	what-you-need-to-know takeaways highlights timeline the-timeline background factbox fact-box
	player-ratings match-ratings`)

// isBoxLabel matches a fact box's label alone on its line, with its
// colon or bare: "Key points:", "Key dates". "He said:" is no label of a
// box.
func isBoxLabel(s string, n int) bool {
	if n > 5 {
		return false
	}
	if !strings.HasSuffix(s, ":") && !isBareBoxLabel(s) {
		return false
	}
	return boxLabels[strings.Join(strings.Fields(strings.ToLower(strings.TrimSuffix(s, ":"))), "-")]
}

// isBareBoxLabel reports whether s may be a fact box's label without its
// colon: capitalised and without a closing mark ("Key dates", "At a
// glance"); "Background." ends a sentence.
func isBareBoxLabel(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(r) && (unicode.IsLetter(last) || unicode.IsDigit(last))
}

// minLineUpNames is the fewest names a team's line-up row lists.
const minLineUpNames = 5

// isLineUp matches a team's line-up row in a match report: a name in
// capitals, a colon, then names in capitals apart by semicolons and
// commas, perhaps with a substitute and a minute in brackets
// ("Harbridge United: Coyle; Pryce, Haig, Dembele, Fitch; Orr, Sandoval
// (Quist 70), …"). A sentence after a colon has words in lower case.
func isLineUp(s string) bool {
	label, rest, ok := strings.Cut(s, ":")
	if !ok || !isCapitalsField(label, 4) || !contains(rest, ";") {
		return false
	}
	names := strings.FieldsFunc(strings.TrimSuffix(strings.TrimSpace(rest), "."), func(r rune) bool { return r == ';' || r == ',' })
	if len(names) < minLineUpNames {
		return false
	}
	for _, f := range names {
		if !isCapitalsField(f, 4) {
			return false
		}
	}
	return true
}

// isCapitalsField reports whether f is one to max words, each a name in
// capitals, a figure or such a word in brackets ("Sandoval (Quist 70)").
func isCapitalsField(f string, max int) bool {
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > max {
		return false
	}
	for _, w := range words {
		w = strings.TrimFunc(w, isEdgePunct)
		r, _ := utf8.DecodeRuneInString(w)
		if w != "" && !unicode.IsUpper(r) && !unicode.IsDigit(r) && !creditWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// officialLabels open the rows of officials and figures that close a
// match report: "Referee: Kieran Blythe.", "Attendance: 3,104."
var officialLabels = newFoldPrefixes([]string{"referee:", "referees:", "assistant referees:", "assistants:", "fourth official:",
	"umpire:", "umpires:", "third umpire:", "match referee:", "var:", "linesmen:", "attendance:", "crowd:",
	"venue:", "subs not used:", "substitutes not used:", "unused substitutes:", "subs:", "substitutes:",
	"booked:", "bookings:", "sent off:", "scorers:", "goals:", "man of the match:", "player of the match:"})

// maxOfficialWords bounds a row of officials.
const maxOfficialWords = 12

// isOfficials matches a row of a match's officials or figures: its label,
// then only names in capitals and figures ("Referee: Kieran Blythe.").
// "Referee: I got it wrong" goes on in lower case.
func isOfficials(s string, n int) bool {
	if n > maxOfficialWords || !officialLabels.match(s) {
		return false
	}
	_, rest, _ := strings.Cut(s, ":")
	rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
	for _, f := range strings.Split(rest, ";") {
		if !isCapitalsField(strings.ReplaceAll(f, ",", " "), maxOfficialWords) {
			return false
		}
	}
	return rest != ""
}
