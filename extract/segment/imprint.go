package segment

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's footer may carry the publisher's imprint: its company register
// entry ("Registered in England No. 0448210.", "Registered office: 4 Mill
// Street, Kellsbridge.") and its postal address ("The Northern Ledger, 4
// Mill Street, Kellsbridge."). They date nothing and report nothing.

// maxImprintWords bounds an imprint line.
const maxImprintWords = 20

// isImprint matches a company register line or a postal address line.
func isImprint(s string, n int) bool {
	if n > maxImprintWords {
		return false
	}
	return (isRegisterLine(s) || isAddressLine(s)) && !hasQuotation(s)
}

// registerLabels open a company register line.
var registerLabels = newFoldPrefixes([]string{"registered in ", "company number", "company no", "company reg", "registration number",
	"registration no", "registered number", "registered no", "registered company", "registered charity"})

// officeLabels open the line that gives the registered office.
var officeLabels = newFoldPrefixes([]string{"registered office:", "registered office -", "registered office –", "registered office is ",
	"registered address:", "registered offices:"})

// registerNumber is a company's or a charity's number after its label
// ("No. 0448210", "company number 01234567", "number: SC123456") or in
// the register's own form of two capitals and six digits ("SC123456").
var registerNumber = regexp.MustCompile(`(?i)\b(?:no|nos|number|num)\b\.?\s*:?\s*(?:[a-z]{1,2}\s?)?\d[\d ]{3,}\d\b|\b[A-Z]{2}\d{6}\b`)

// isRegisterLine matches a company register line: "Registered in England
// No. 0448210.", "Registered in England and Wales, company number
// 01234567", "Registered office: 4 Mill Street, Kellsbridge". It opens
// with a register label and carries the number, or gives the registered
// office after a colon. A report of where a firm was registered gives no
// number ("Registered in England in 1998, the firm moved to Dublin.").
func isRegisterLine(s string) bool {
	if officeLabels.match(s) {
		return true
	}
	return registerLabels.match(s) && registerNumber.MatchString(s)
}

// streetField is a house number and a street: "4 Mill Street", "12a
// Harbour Road", "221-223 Old Kent Road".
var streetField = regexp.MustCompile(`^\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}` +
	`(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Place|Pl|Square|Sq|Way|Drive|Dr|Terrace|Row|Quay|Wharf|Crescent|` +
	`Close|Parade|Boulevard|Blvd|Walk|Gardens|Court|Hill|Circus|Embankment|Gate|Yard|Mews|Green|Park|Broadway)\.?$`)

// minAddressFields is how many comma-separated fields an address line
// has at least: a name or a street, a street, a town.
const minAddressFields = 3

// isAddressLine matches a postal address set as a line: "The Northern
// Ledger, 4 Mill Street, Kellsbridge.", "Harbour House, 12 Quay Road,
// Port Ennis, PE1 4AB". It is three or more fields apart by commas, one
// of them a house number and a street, the others names in capitals or
// postcodes, and no verb or other word in lower case: a report of an
// address says what happened there ("Police were called to 4 Mill
// Street, Kellsbridge, on Monday.").
func isAddressLine(s string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(s), ".")
	if strings.Count(t, ",") < minAddressFields-1 || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	// The fields are those of barFields(t, ","), read one at a time: a
	// prose line fails at its first or second field, before the rest
	// are cut.
	fields, street := 0, false
	for f := range strings.FieldsFuncSeq(t, isComma) {
		f = strings.TrimSpace(f)
		fields++
		switch {
		case f != "" && '0' <= f[0] && f[0] <= '9' && streetField.MatchString(f): // it opens with the number
			street = true
		case !isPlaceField(f):
			return false
		}
	}
	return fields >= minAddressFields && street
}

func isComma(r rune) bool { return r == ',' }

// placeLinks may stand in lower case in a name or a place: "Stratford
// upon Avon", "Isle of Man".
var placeLinks = set(`of the and upon on le la de & -`)

// isPlaceField reports whether a field of an address is a name, a town
// or a postcode: capitalised words, linking words and tokens in capitals
// that mix letters and digits ("KB1 2AB"), or a zip code.
func isPlaceField(f string) bool {
	// The field's first word must open with a capital or a digit (see
	// the end): a field that does not is turned away before it is cut
	// into words.
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(f, unicode.IsSpace)); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	words := strings.Fields(f)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		switch {
		case placeLinks[w]:
		case isCapitalWord(w):
		case isPostcodeToken(w):
		default:
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(words[0])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isPostcodeToken reports whether w is part of a postcode: capitals and
// digits with at least one digit ("KB1", "2AB", "SW1A"), or a zip code of
// five digits.
func isPostcodeToken(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	digit, letter := false, false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z':
			letter = true
		default:
			return false
		}
	}
	return digit && (letter || len(w) == 5)
}
