package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// A product pair is a medicine's brand name and its generic name, which
// the news writes in lower case: "Velostra (orvimastat)".
type productPair struct{ brand, generic string }

// Patterns that pair a brand name with its generic name within a sentence.
var (
	// "Velostra (orvimastat)", "Velostra™ (orvimastat)".
	bracketGeneric = regexp.MustCompile(`\b([A-Z][A-Za-z]{2,})(?:™|®)?\s*\(([a-z][a-z]{3,})\)`)
	// "Velostra is the brand name for orvimastat", "Velostra, the planned
	// trade name of orvimastat".
	brandNameFor = regexp.MustCompile(`\b([A-Z][A-Za-z]{2,}),?\s+(?:is\s+|was\s+|will\s+be\s+)?(?:the|its|a)\s+(?:[a-z-]+\s+)?(?:brand|trade)\s+name\s+(?:for|of)\s+([a-z]{4,})\b`)
	// "orvimastat, sold as Velostra", "orvimastat, marketed under the
	// brand name Velostra".
	soldAs = regexp.MustCompile(`\b([a-z]{4,}),?\s+(?:sold|marketed|branded|known)\s+(?:as|under\s+the\s+(?:brand\s+|trade\s+)?name)\s+([A-Z][A-Za-z]{2,})\b`)
	// "… to sell orvimastat under the brand name Velostra": the generic
	// is the one coined word earlier in the sentence.
	underName = regexp.MustCompile(`\b(?:under|with)\s+the\s+(?:brand\s+|trade\s+)?name\s+([A-Z][A-Za-z]{2,})\b`)
	// "Velostra 20mg tablets, the generic name of which is orvimastat".
	genericNameIs = regexp.MustCompile(`\bgeneric\s+name\s+(?:of\s+which\s+)?is\s+([a-z]{4,})\b`)
	// "the heart drug orvimastat": a coined word after a product noun.
	nounGeneric = regexp.MustCompile(`\b(?:drug|pill|tablet|medicine|medication|treatment|antibiotic|vaccine|therapy)\s+([a-z]{5,})\b`)
	// lowerWord is one word in lower case.
	lowerWordRe = regexp.MustCompile(`\b[a-z]{5,}\b`)
)

// productCue reports the words around a single-word name that make it a
// medicine or another product: a product noun before it ("the antibiotic
// Velostra"), a quantity of it ("three lots of Velostra", "doses of"), its
// form after it ("Velostra tablets") or an apposition ("Velostra, the heart
// drug").
var (
	productBefore = regexp.MustCompile(`(?:\b(?:drug|pill|antibiotic|vaccine|medicine|medication|prescribed|lots\s+of|batches\s+of|doses\s+of|packs\s+of|pack\s+of|recall\s+of)\s+)$`)
	productAfter  = regexp.MustCompile(`^(?:™|®)?\s*(?:(?:tablets?|capsules?|pills?|injections?|doses?)\b|\d+\s*(?:mg|mcg|ml)\b|,\s+(?:the|a|its)\s+(?:[a-z-]+\s+){0,3}(?:drug|pill|medicine|treatment|antibiotic|vaccine)\b)`)
)

// withProducts types medicines as other names (no person, place or
// organisation) and names their generic names: a brand paired with its
// generic name ("Velostra (orvimastat)", "orvimastat, sold as Velostra",
// "Velostra is the brand name for orvimastat") or a single-word name in a
// product's context ("the antibiotic Velostra", "lots of Velostra",
// "Velostra tablets") is a product in the whole article, and so is a
// single word that opens with a product's name ("VelostraCare"). Every
// use of a paired generic name becomes a mention of its brand; a coined
// lower-case word after a product noun ("the pill orvimastat") that no
// pair names becomes a product of its own. known reports the words the
// news writes in lower case, which are no generic names.
func withProducts(text string, sents []doc.Sentence, ms []doc.Mention, known func(string) bool) []doc.Mention {
	cues := pairCuesOf(text, allPairCues)
	if cues&(cueName|cueParen|cueNoun) == 0 && !productWords(text) {
		return ms
	}
	pairs, coined := productPairs(text, sents, ms, known, cues)
	brands := map[string]bool{}
	for _, p := range pairs {
		brands[p.brand] = true
	}
	for _, m := range ms {
		if singleWord(m.Text) && singleWord(m.Name()) && m.Type != doc.Other && productContext(text, m) {
			brands[m.Name()] = true
		}
	}
	if len(brands) == 0 && len(coined) == 0 {
		return ms
	}
	for i, m := range ms {
		if brands[m.Name()] || brandCompound(m.Text, brands) {
			ms[i].Type = doc.Other
		}
	}
	for _, p := range pairs {
		ms = withWordMentions(text, sents, ms, p.generic, p.brand)
	}
	for _, g := range coined {
		if !slices.ContainsFunc(pairs, func(p productPair) bool { return p.generic == g }) {
			ms = withWordMentions(text, sents, ms, g, "")
		}
	}
	return ms
}

// productWords reports whether text has any word of a product's context
// besides the product nouns of nounCues.
func productWords(text string) bool {
	for _, w := range []string{"doses", "lots of", "capsule"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// singleWord reports a name of one capitalised word: "Velostra".
func singleWord(s string) bool {
	if s == "" || strings.ContainsAny(s, " .-'’&") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// productContext reports a product's words around mention m.
func productContext(text string, m doc.Mention) bool {
	before := text[max(0, m.Start-24):m.Start]
	after := text[m.End:min(len(text), m.End+48)]
	if mayEndProductBefore(before) && productBefore.MatchString(before) {
		return true
	}
	loc := productAfter.FindStringIndex(after)
	return loc != nil && !kindWords[nextWord(after[loc[1]:])]
}

// productBeforeCues are the words of which a match of productBefore
// holds one ("of" for "lots of", "doses of" and the like).
var productBeforeCues = []string{"drug", "pill", "antibiotic", "vaccine", "medic", "prescribed", "of"}

// mayEndProductBefore reports whether s can end in a match of
// productBefore: it ends in white space (\s) and holds one of its words.
func mayEndProductBefore(s string) bool {
	if s == "" || strings.IndexByte("\t\n\f\r ", s[len(s)-1]) < 0 {
		return false
	}
	return slices.ContainsFunc(productBeforeCues, func(w string) bool { return strings.Contains(s, w) })
}

// kindWords are the words after a product noun that make it describe a
// maker, not a product: "a vaccine and research firm", "the drug maker".
var kindWords = map[string]bool{"and": true, "or": true, "maker": true, "makers": true, "manufacturer": true, "firm": true,
	"company": true, "group": true, "unit": true, "business": true, "division": true, "concern": true, "developer": true,
	"producer": true, "giant": true, "industry": true, "distributor": true, "research": true}

// nextWord returns the first word of s in lower case.
func nextWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ",.;:"))
}

// genericStems are the endings of the coined names medicines are given
// (international nonproprietary name stems): "orvimastat", "velantinib".
var genericStems = []string{"stat", "statin", "mab", "nib", "pril", "sartan", "olol", "azole", "cillin", "mycin", "cycline",
	"vir", "tide", "parin", "floxacin", "dronate", "oxetine", "afil", "prazole", "dipine", "terol", "sone", "olone",
	"caine", "phenicol", "zepam", "azine", "inone", "profen", "oxacin", "lukast", "gliptin", "glitazone", "setron", "triptan"}

// genericShaped reports a word ending in a generic name's stem.
func genericShaped(w string) bool {
	return slices.ContainsFunc(genericStems, func(s string) bool { return strings.HasSuffix(w, s) && len(w) > len(s)+2 })
}

// brandCompound reports a single word made of a brand's name and a
// capitalised word: "VelostraCare", "VelostraPlus".
func brandCompound(s string, brands map[string]bool) bool {
	if !singleWord(s) {
		return false
	}
	for b := range brands {
		if len(s) > len(b)+1 && strings.HasPrefix(s, b) && unicode.IsUpper(rune(s[len(b)])) {
			return true
		}
	}
	return false
}

// productPairs finds the brand and generic pairs of the article's
// sentences, each brand one of the names in ms, and the coined words
// after a product noun; inText are the pair cues of the whole text.
func productPairs(text string, sents []doc.Sentence, ms []doc.Mention, known func(string) bool, inText pairCues) ([]productPair, []string) {
	if inText == 0 {
		return nil, nil // no pattern can match
	}
	named := map[string]bool{}
	for _, m := range ms {
		named[m.Text] = true
	}
	var pairs []productPair
	var coined []string
	add := func(brand, generic string) {
		p := productPair{brand, generic}
		if named[brand] && !slices.Contains(pairs, p) && !slices.ContainsFunc(pairs, func(q productPair) bool { return q.generic == generic }) {
			pairs = append(pairs, p)
		}
	}
	for _, s := range sents {
		if s.Boilerplate || s.End > len(text) {
			continue
		}
		st := text[s.Start:s.End]
		cues := pairCuesOf(st, inText)
		if cues&cueParen != 0 && hasBracketedWord(st) {
			for _, m := range bracketGeneric.FindAllStringSubmatch(st, -1) {
				if !known(m[2]) {
					add(m[1], m[2])
				}
			}
		}
		if cues&cueName != 0 {
			for _, m := range brandNameFor.FindAllStringSubmatch(st, -1) {
				add(m[1], m[2])
			}
		}
		if cues&cueSold != 0 {
			for _, m := range soldAs.FindAllStringSubmatch(st, -1) {
				if !known(m[1]) {
					add(m[2], m[1])
				}
			}
		}
		if cues&cueName != 0 {
			for _, m := range underName.FindAllStringSubmatchIndex(st, -1) {
				if g := soleCoined(st[:m[0]], known); g != "" {
					add(st[m[2]:m[3]], g)
				}
			}
		}
		if cues&cueGeneric != 0 {
			for _, m := range genericNameIs.FindAllStringSubmatchIndex(st, -1) {
				if b := lastProductName(text, s.Start, s.Start+m[0], ms); b != "" {
					add(b, st[m[2]:m[3]])
				}
			}
		}
		if cues&cueNoun != 0 {
			for _, m := range nounGeneric.FindAllStringSubmatch(st, -1) {
				if genericShaped(m[1]) && !knownForm(m[1], known) && !slices.Contains(coined, m[1]) {
					coined = append(coined, m[1])
				}
			}
		}
	}
	return pairs, coined
}

// pairCues is a set of the literals the pair patterns need: a text
// without a pattern's literal has no match of it, so the pattern is not
// run over it.
type pairCues uint8

const (
	cueParen    pairCues = 1 << iota // bracketGeneric: "("
	cueName                          // brandNameFor and underName: "name"
	cueSold                          // soldAs: "sold", "marketed", "branded" or "known"
	cueGeneric                       // genericNameIs: "generic"
	cueNoun                          // nounGeneric: one of its product nouns
	allPairCues = cueParen | cueName | cueSold | cueGeneric | cueNoun
)

// soldAsCues and nounCues are the words of which soldAs and nounGeneric
// need one ("medic" stands for "medicine" and "medication").
var (
	soldAsCues = []string{"known", "sold", "marketed", "branded"}
	nounCues   = []string{"drug", "pill", "tablet", "medic", "treatment", "antibiotic", "vaccine", "therapy"}
)

// hasBracketedWord reports whether s has a word of four or more
// lower-case ASCII letters alone in brackets, "(orvimastat)": what every
// match of bracketGeneric holds, looked for before the pattern because
// most brackets of news copy hold something else ("(Reuters)", "(5 pct)").
func hasBracketedWord(s string) bool {
	for i := strings.IndexByte(s, '('); i >= 0; {
		j := i + 1
		for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
			j++
		}
		if j-i-1 >= 4 && j < len(s) && s[j] == ')' {
			return true
		}
		k := strings.IndexByte(s[j:], '(')
		if k < 0 {
			break
		}
		i = j + k
	}
	return false
}

// pairCuesOf returns the cues of want that s holds.
func pairCuesOf(s string, want pairCues) pairCues {
	var got pairCues
	for _, w := range pairCueWords {
		if want&w.cue != 0 && got&w.cue == 0 && w.in(s) {
			got |= w.cue
		}
	}
	return got
}

// A cueWord is one literal of a pair cue, looked for by its rarest byte:
// most of the literals open with a letter common in English, on which a
// search stops often.
type cueWord struct {
	word string
	rare int // index in word of its rarest byte (see letterRank)
	cue  pairCues
}

// in reports whether s holds w.word, as strings.Contains does.
func (w cueWord) in(s string) bool {
	c := w.word[w.rare]
	for i := w.rare; i < len(s); {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return false
		}
		i += k
		if start := i - w.rare; start+len(w.word) <= len(s) && s[start:start+len(w.word)] == w.word {
			return true
		}
		i++
	}
	return false
}

// pairCueWords are the literals of every pair cue: "(", "name", "generic",
// soldAsCues and nounCues.
var pairCueWords = func() []cueWord {
	var out []cueWord
	add := func(c pairCues, words ...string) {
		for _, w := range words {
			out = append(out, cueWord{word: w, rare: rarestByte(w), cue: c})
		}
	}
	add(cueParen, "(")
	add(cueName, "name")
	add(cueSold, soldAsCues...)
	add(cueGeneric, "generic")
	add(cueNoun, nounCues...)
	return out
}()

// letterRank lists the lower-case letters from the rarest to the most
// common in English text.
const letterRank = "zqxjkvbpygfwmucldrhsnioate"

// rarestByte returns the index of the rarest byte of w by letterRank; a
// byte that is no lower-case letter counts as rarest of all.
func rarestByte(w string) int {
	best, rank := 0, len(letterRank)+1
	for i := 0; i < len(w); i++ {
		r := strings.IndexByte(letterRank, w[i])
		if r < 0 {
			r = -1
		}
		if r < rank {
			best, rank = i, r
		}
	}
	return best
}

// soleCoined returns the one distinct lower-case word of s that the news
// does not write ("orvimastat"), or "" when there is none or more than one.
func soleCoined(s string, known func(string) bool) string {
	var found string
	for _, w := range lowerWordRe.FindAllString(s, -1) {
		if knownForm(w, known) || w == found {
			continue
		}
		if found != "" {
			return ""
		}
		found = w
	}
	return found
}

// lastProductName returns the last single-word name in ms inside
// [start, end), "" when there is none.
func lastProductName(text string, start, end int, ms []doc.Mention) string {
	name := ""
	for _, m := range ms {
		if m.Start >= start && m.End <= end && singleWord(m.Text) {
			name = m.Name()
		}
	}
	return name
}

// withWordMentions adds to ms a mention for every use of word w in the
// sentences that no mention covers, named canonical (the word itself
// when empty), and returns ms in text order.
func withWordMentions(text string, sents []doc.Sentence, ms []doc.Mention, w, canonical string) []doc.Mention {
	n := len(ms)
	for _, s := range sents {
		if s.Boilerplate || s.End > len(text) {
			continue
		}
		for off := s.Start; off < s.End; {
			k := strings.Index(text[off:s.End], w)
			if k < 0 {
				break
			}
			a, b := off+k, off+k+len(w)
			off = b
			if wordAt(text, a, b) && !slices.ContainsFunc(ms[:n], func(m doc.Mention) bool { return m.Start < b && a < m.End }) {
				ms = append(ms, doc.Mention{Span: doc.Span{Start: a, End: b}, Type: doc.Other, Text: w, Canonical: canonical})
			}
		}
	}
	if len(ms) > n {
		slices.SortStableFunc(ms, func(x, y doc.Mention) int { return x.Start - y.Start })
	}
	return ms
}

// wordAt reports whether text[a:b] is a whole word.
func wordAt(text string, a, b int) bool {
	isLetter := func(r byte) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-'
	}
	return (a == 0 || !isLetter(text[a-1])) && (b == len(text) || !isLetter(text[b]))
}

// knownForm reports a word the news writes in lower case, or an
// inflection of one: "batches", "saves", "approved".
func knownForm(w string, known func(string) bool) bool {
	if known(w) {
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "ly"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 3 && known(s) {
			return true
		}
	}
	return false
}
