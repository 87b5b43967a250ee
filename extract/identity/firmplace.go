package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// firmShortPlace reports a one-word name taken for a place that is the
// short name of the one company of the article whose name it opens:
// "works at Tellmar" beside "Tellmar Plastics". The company's name must
// end in a company's head word (a council or a court is named after its
// town), the word must be no listed place nor an acronym, and no mention
// of it may stand where a place does ("homes in Tellmar", "shipped to
// Tellmar", "northern Tellmar", "Tellmar province").
func firmShortPlace(f *form, owners map[string][]*articleEntity) bool {
	if f.typ != doc.Place || f.ntok != 1 || f.placed > 0 || f.placeCued > 0 || isAcronym(f.display) || ner.ListedPlace(f.display) {
		return false
	}
	cands := owners[tokenKey(f.display)]
	if len(cands) != 1 {
		return false
	}
	toks := cands[0].forms[0].toks
	return len(toks) >= 2 && bareIn(companyHeads, toks[len(toks)-1])
}

// placeCueBefore are the words before a name that make it a place's:
// "shipped to Tellmar", "northern Tellmar".
var placeCueBefore = wordSet(`to into across northern southern eastern western central north south east west
	northeastern northwestern southeastern southwestern`)

// placeCueAfter are the nouns after a name that make it a place's:
// "Tellmar province".
var placeCueAfter = wordSet(`province provinces state region county prefecture island city town village district`)

// leadingWord returns the letters that open s. ASCII letters are read
// byte by byte; from the first other byte above ASCII on, runes are
// decoded.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && isLetterByte(s[i]) {
		i++
	}
	if i == len(s) || s[i] < utf8.RuneSelf {
		return s[:i]
	}
	if j := strings.IndexFunc(s[i:], func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
		return s[:i+j]
	}
	return s
}

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace): ASCII
// white space is skipped byte by byte, and runes are decoded only from
// the first byte above ASCII on.
func trimLeftSpace(s string) string {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	if i == len(s) || s[i] < utf8.RuneSelf {
		return s[i:]
	}
	return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
}
