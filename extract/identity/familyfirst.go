package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// pinyinSyllable matches one syllable of Chinese written in pinyin, in
// lower case: an initial and a final ("liu", "yang", "zhuang", "xi").
var pinyinSyllable = regexp.MustCompile(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$`)

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
	if !pinyinSyllable.MatchString(strings.ToLower(toks[0])) {
		return false
	}
	given := strings.ToLower(toks[1])
	if a, b, ok := strings.Cut(given, "-"); ok {
		return pinyinSyllable.MatchString(a) && pinyinSyllable.MatchString(b)
	}
	return syllables(given, maxGivenSyllables)
}

// syllables reports whether w is one to n pinyin syllables run together.
func syllables(w string, n int) bool {
	if pinyinSyllable.MatchString(w) {
		return true
	}
	for i := 1; n > 1 && i < len(w); i++ {
		if pinyinSyllable.MatchString(w[:i]) && syllables(w[i:], n-1) {
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
	owner := map[string]string{}
	for _, f := range forms {
		if f.typ != doc.Person && f.votes.of(doc.Person) == 0 || len(f.toks) != 2 || !chineseName(f.toks) {
			continue
		}
		k := f.tokenKeyAt(0)
		if o, ok := owner[k]; ok && o != f.key {
			out[k] = false
			continue
		}
		owner[k] = f.key
		if out == nil {
			out = map[string]bool{}
		}
		out[k] = true
	}
	return out
}
