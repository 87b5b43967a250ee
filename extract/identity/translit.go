package identity

import (
	"strings"
)

// looseKey returns a looser key of a personal name than Key, for names
// that outlets romanise in several ways: two spellings of one person give
// one loose key, and so may two different people, so a loose key joins
// names only with other evidence (see mergeTransliterations). Beyond Key it
//   - writes a hyphenated given name as one word: "Zhang Wei-ming" is
//     "Zhang Weiming";
//   - writes the German and French "tch" and "tsch" of a Slavic name as
//     "ch": "Kovaltchuk" is "Kovalchuk", and its g as h: "Ievgen" is
//     "Yevhen";
//   - for an Arabic name (one with the article "Al", "al-", "El" or a
//     patronymic "bin", "ibn"), leaves out the article and the
//     patronymic ("Khalid bin Rashid Al-Amiri" is "Khalid Amiri") and
//     folds the vowels English spells as it hears them in every word
//     (Salem, Salim; Khaled, Khalid; Mansouri, Mansoori).
//
// It returns "" for a name of fewer than two words left.
func looseKey(name string) string {
	words := strings.Fields(dropNickname(name))
	for len(words) > 1 && bareIn(nameSuffixes, words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	arabic := false
	var parts []string
	for _, w := range words {
		if p, rest, ok := cutHyphen(w); ok {
			if lp := strings.ToLower(p); arabicArticleWords[lp] || arabicArticles[lp] {
				// "al-Harthi": the article and the name.
				arabic = true
				parts = append(parts, rest)
				continue
			}
			// "Wei-ming", "Jean-Luc": one given name.
			w = hyphens.Replace(w)
		}
		b := strings.ToLower(w)
		if arabicArticleWords[b] {
			arabic = true
			continue
		}
		if patronymics[b] {
			arabic = true
		}
		parts = append(parts, w)
	}
	if arabic {
		parts = dropPatronymic(parts)
	}
	if len(parts) < 2 {
		return ""
	}
	toks := make([]string, 0, len(parts))
	for _, p := range parts {
		for _, t := range keyTokens(p) {
			if len(toks) == 0 {
				t = givenForm(t)
			}
			t = foldToken(slavicSpelling.Replace(foldToken(t)))
			if arabic && isASCIIWord(t) {
				t = collapseDoubles(arabicVowels(t))
			}
			toks = append(toks, t)
		}
	}
	if len(toks) < 2 {
		return ""
	}
	if slavicSurname(toks[len(toks)-1]) {
		for i, t := range toks {
			toks[i] = slavicH(frenchSlavic(t))
		}
	}
	return strings.Join(toks, " ")
}

// slavicEndings end the keys of Slavic surnames ("zhukovski",
// "ivanov", "petrova", "kovalenko").
var slavicEndings = []string{"ski", "ov", "ova", "ev", "eva", "in", "ina", "ich", "enko", "uk"}

// slavicSurname reports a surname's key with a Slavic ending.
func slavicSurname(k string) bool {
	for _, e := range slavicEndings {
		if strings.HasSuffix(k, e) && len(k) > len(e)+2 {
			return true
		}
	}
	return false
}

// frenchSlavic writes the French romanisation of a Slavic name's key as
// English does: "ou" for u and "j" for zh ("Joukov" is "Zhukov").
func frenchSlavic(k string) string {
	k = strings.ReplaceAll(k, "ou", "u")
	if strings.HasPrefix(k, "j") {
		k = "zh" + k[1:]
	}
	return k
}

// slavicH writes the g of a Slavic name's key as h, as Ukrainian names
// are romanised both ways ("Ievgen", "Yevhen"; "Olga", "Olha").
func slavicH(k string) string { return strings.ReplaceAll(k, "g", "h") }

// hyphens are dropped from a hyphenated given name.
var hyphens = strings.NewReplacer("-", "", "‐", "")

// slavicSpelling writes the German and French spellings of the Cyrillic ч
// as English does ("Kovaltchuk", "Tschernow"), on keys (ks for x).
var slavicSpelling = strings.NewReplacer("tsch", "ch", "tch", "ch")

// cutHyphen splits a word at its first hyphen between letters.
func cutHyphen(w string) (before, after string, ok bool) {
	i := strings.IndexAny(w, "-‐")
	if i <= 0 {
		return "", "", false
	}
	before, after = w[:i], strings.TrimLeft(w[i:], "-‐")
	if after == "" {
		return "", "", false
	}
	return before, after, true
}

// dropPatronymic leaves out of an Arabic name's words each "bin" or "ibn"
// and the father's name after it, when two words are left: one outlet
// writes "Khalid bin Rashid Al-Amiri", another "Khalid Al Amiri". A name
// that is the given name and the patronymic ("Mohammed bin Salman") keeps
// them: the patronymic is what tells him apart.
func dropPatronymic(parts []string) []string {
	out := make([]string, 0, len(parts))
	for i := 0; i < len(parts); i++ {
		if patronymics[strings.ToLower(parts[i])] && i+1 < len(parts) {
			i++
			continue
		}
		out = append(out, parts[i])
	}
	if len(out) < 2 {
		return parts
	}
	return out
}

// mergeTransliterations joins two personal names of one loose key (see
// looseKey) that Key keeps apart, "Salem Al Harthy" and "Salim al-Harthi",
// when the articles give some other sign they are one person: a role word
// both are given or another entity named in articles of both (see
// evidence.shared). Names an article uses side by side are two people
// there, and stay apart.
func (c *corpus) mergeTransliterations() {
	buckets := map[string][]int{}
	for _, i := range c.representatives() {
		if c.info(i).suffix != "" {
			continue
		}
		if k := looseKey(c.info(i).name); k != "" {
			buckets[k] = append(buckets[k], i)
		}
	}
	c.mergeOnEvidence(buckets, func(i, j int) bool { return true }, true)
}

// sameArticle reports whether an article names members of both the sets
// rooted at a and b.
func (ev *evidence) sameArticle(c *corpus, a, b int) bool {
	arts := map[int32]bool{}
	for _, i := range ev.members(a) {
		arts[c.article[i]] = true
	}
	for _, i := range ev.members(b) {
		if arts[c.article[i]] {
			return true
		}
	}
	return false
}
