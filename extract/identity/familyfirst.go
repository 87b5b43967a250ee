package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// pinyinSyllable matches one syllable of Chinese written in pinyin, in
// lower case: an initial and a final ("liu", "yang", "zhuang", "xi").
var pinyinSyllable = regexp.MustCompile(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$`)

// isPinyinSyllable reports whether pinyinSyllable matches w, read
// without the pattern: w is one of the finals, or an initial ("zh", "ch",
// "sh" or one consonant) and one of the finals.
func isPinyinSyllable(w string) bool {
	if len(w) > maxPinyinSyllable {
		return false
	}
	if pinyinFinal(w) {
		return true
	}
	if len(w) >= 2 && (w[0] == 'z' || w[0] == 'c' || w[0] == 's') && w[1] == 'h' && pinyinFinal(w[2:]) {
		return true
	}
	return len(w) >= 1 && pinyinInitial(w[0]) && pinyinFinal(w[1:])
}

// maxPinyinSyllable is the length of the longest syllable pinyinSyllable
// matches: a two-letter initial and a four-letter final ("zhuang").
const maxPinyinSyllable = 6

// pinyinInitial reports the one-letter initials of pinyinSyllable.
func pinyinInitial(c byte) bool {
	return strings.IndexByte("bpmfdtnlgkhjqxrzcsyw", c) >= 0
}

// pinyinFinal reports the finals of pinyinSyllable.
func pinyinFinal(w string) bool {
	switch w {
	case "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou",
		"an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o", "e", "i", "u", "v":
		return true
	}
	return false
}

// maxGivenSyllables bounds the syllables of a Chinese given name.
const maxGivenSyllables = 2

// chineseName reports whether the two words of a personal name are a
// Chinese name written family name first: a family name of one pinyin
// syllable, then a given name of one or two, written as one word or with
// a hyphen ("Liu Yang", "Deng Xiaoping", "Zhang Wei-ming"). Each word is
// capitalised and the rest of it in lower case.
func chineseName(toks []string) bool {
	if len(toks) != 2 || !titleCased(toks[0]) || !titleCased(strings.ReplaceAll(toks[1], "-", "")) {
		return false
	}
	if !isPinyinSyllable(strings.ToLower(toks[0])) {
		return false
	}
	given := strings.ToLower(toks[1])
	if a, b, ok := strings.Cut(given, "-"); ok {
		return isPinyinSyllable(a) && isPinyinSyllable(b)
	}
	return syllables(given, maxGivenSyllables)
}

// syllables reports whether w is one to n pinyin syllables run together.
func syllables(w string, n int) bool {
	if isPinyinSyllable(w) {
		return true
	}
	for i := 1; n > 1 && i < len(w); i++ {
		if isPinyinSyllable(w[:i]) && syllables(w[i:], n-1) {
			return true
		}
	}
	return false
}

// titleCased reports whether w is an ASCII word of letters, capitalised
// and otherwise in lower case.
func titleCased(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// familyNames returns the keys of the family names that open the
// article's Chinese personal names (see chineseName), each the family
// name of one name only: "liu" for Liu Yang. A family name written alone
// ("Liu said") is that person's, whatever the tagger took it for: a
// Chinese name is not shortened to its given name as an English one is
// to its surname.
func familyNames(forms []*form) map[string]bool {
	var out map[string]bool
	var owner map[string]string // made on the first name (most articles have none)
	for _, f := range forms {
		if f.typ != doc.Person && f.votes.of(doc.Person) == 0 || len(f.toks) != 2 || !chineseName(f.toks) {
			continue
		}
		k := f.tokenKeyAt(0)
		if o, ok := owner[k]; ok && o != f.key {
			out[k] = false
			continue
		}
		if out == nil {
			out, owner = map[string]bool{}, map[string]string{}
		}
		owner[k] = f.key
		out[k] = true
	}
	return out
}
