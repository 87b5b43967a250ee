package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A press release lists whom to call, each on a line of its own:
// "Caldermoor Group plc - Jessica Tran, Investor Relations, +44 20 7946
// 0877". Such a line reports nothing, whatever label heads its block.

// maxPhoneDigits is how many digits a phone number has at most.
const maxPhoneDigits = 15

// phoneFieldLabels may open the phone number of a contact line: "Tel:
// +44 …", "T: 020 …".
var phoneFieldLabels = []string{"tel:", "tel.", "tel ", "phone:", "telephone:", "mobile:", "mob:", "cell:", "t:", "m:", "direct:"}

// companySuffixes are the lower-case words that may end a company's
// name in a contact line: "Caldermoor Group plc".
var companySuffixes = set(`plc ltd llp llc inc co corp ag sa nv se bv gmbh`)

// isPhoneContactLine matches a line of a release's contacts that gives a
// phone number: fields apart by commas, dashes or bars, one a phone
// number, the others names, job titles, e-mails or web addresses, with
// lower-case words only inside brackets ("Brunswick Grey (financial PR)
// - Oliver Mott, +44 20 7946 0555"). A sentence around a number ("Call
// 0800 555 0199 if you saw the crash") has words of its own.
func isPhoneContactLine(s string, n int) bool {
	t := strings.TrimSpace(s)
	if n < 2 || n > maxContactEntryWords || !hasPhoneRun(t) || hasQuotation(t) {
		return false
	}
	phone, named := false, false
	for _, f := range contactFields(withoutBrackets(t)) {
		switch {
		case isPhoneNumber(f):
			phone = true
		case isContactNameField(f):
			named = true
		default:
			return false
		}
	}
	return phone && named
}

// hasPhoneRun reports whether s may hold a field that isPhoneNumber
// accepts, in one pass and no allocation: a stretch of at least
// minPhoneDigits digits (unicode.IsDigit) apart only by the bytes a phone
// number may hold (" -.()/+") and by the bracketed asides withoutBrackets
// drops, which it tracks as that function does. A phone field after
// withoutBrackets and contactFields is such a stretch, its label (if any)
// before it; a table row ("Net 12,345,678 vs 11,234,567") has none.
func hasPhoneRun(s string) bool {
	if !mayHoldDigits(s, minPhoneDigits) {
		return false
	}
	depth, digits := 0, 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth > 0:
			// dropped with its aside: the stretch goes on around it
		case '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			if digits++; digits >= minPhoneDigits {
				return true
			}
		case !phoneJoiners[r&0x7f] || r >= utf8.RuneSelf:
			digits = 0
		}
	}
	return false
}

// mayHoldDigits reports whether s may hold k digits (unicode.IsDigit): it
// counts the ASCII ones in a tight loop, and says yes when s has a byte
// past ASCII, which may begin another.
func mayHoldDigits(s string, k int) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return true
		}
		if '0' <= c && c <= '9' {
			n++
		}
	}
	return n >= k
}

// phoneJoiners marks the bytes besides digits that a phone number may
// hold (see isPhoneNumber).
var phoneJoiners = [128]bool{' ': true, '-': true, '.': true, '(': true, ')': true, '/': true, '+': true}

// contactFields cuts a contact line into its fields at commas, bars,
// semicolons and spaced dashes.
func contactFields(s string) []string {
	for _, sep := range []string{" - ", " – ", " — ", "|", ";"} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(f), ".")); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// withoutBrackets drops the bracketed asides of s ("(financial PR)").
func withoutBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPhoneNumber reports whether f is a phone number, perhaps after its
// label: digits in groups apart by spaces, dashes, dots or brackets, or
// after an international "+" ("+44 20 7946 0877", "212-859-1700").
// A figure ("1,234,567", "12345678") is no phone number.
func isPhoneNumber(f string) bool {
	lower := strings.ToLower(f)
	for _, l := range phoneFieldLabels {
		if strings.HasPrefix(lower, l) {
			f = strings.TrimSpace(f[len(l):])
			break
		}
	}
	digits, groups, inDigits := 0, 0, false
	for _, r := range f {
		switch {
		case unicode.IsDigit(r):
			digits++
			if !inDigits {
				groups++
			}
			inDigits = true
		case strings.ContainsRune(" -.()/", r):
			inDigits = false
		case r == '+' && digits == 0:
		default:
			return false
		}
	}
	return digits >= minPhoneDigits && digits <= maxPhoneDigits && (groups >= 2 || strings.HasPrefix(f, "+"))
}

// isContactNameField reports whether f is a name, a job title, an
// e-mail or a web address: capitalised words, the small words of a name
// or title, a company's suffix ("plc"), and at least one capital.
func isContactNameField(f string) bool {
	capital := false
	for _, w := range strings.Fields(f) {
		bare := strings.TrimFunc(w, isEdgePunct)
		lw := strings.ToLower(bare)
		switch {
		case contains(w, "@") || strings.HasPrefix(lw, "www.") || contains(lw, ".com"):
			capital = true
		case isCapitalWord(bare):
			capital = true
		case bare == "" || titleLinks[lw] || companySuffixes[lw] || contactFieldLabels[strings.TrimSuffix(lw, ":")]:
		default:
			return false
		}
	}
	return capital
}

// isAboutHeading matches the heading of a release's "About …" paragraph
// ("About Caldermoor Group"), which ends its contacts: the paragraph
// under it holds facts.
func isAboutHeading(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasPrefix(t, "About ") && !endsSentence(t)
}
