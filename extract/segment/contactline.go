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
	if n < 2 || n > maxContactEntryWords || !hasDigits(t, minPhoneDigits) || hasQuotation(t) {
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

// hasDigits reports whether s holds at least k digits (unicode.IsDigit),
// as a phone number does.
func hasDigits(s string, k int) bool {
	n := 0
	for i := 0; i < len(s) && n < k; i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			n++
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsDigit(r) {
				n++
			}
			i += size - 1
		}
	}
	return n >= k
}

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
