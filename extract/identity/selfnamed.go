package identity

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// selfNaming matches a group noun and the words that say what the group
// calls itself: "the gang, which called itself ", "a group calling
// itself ", "the collective that calls itself "". The name follows.
var selfNaming = regexp.MustCompile(`\b(?:gang|gangs|group|groups|collective|network|crew|cell|outfit|movement|militia|faction|organi[sz]ation|company|firm|syndicate|cartel|band|unit|alliance|coalition|party)` +
	`,? (?:(?:which|that|who) )?(?:(?:now|has|had|have|once|later) )?(?:calls|called|calling|call|named|naming|styles|styled|styling|dubbed|dubs) (?:itself|themselves) ["“]?`)

// selfNamingVerbs are the verbs of selfNaming, each followed there by
// one space and "itself" or "themselves".
var selfNamingVerbs = []string{"calls", "called", "calling", "call", "named", "naming", "styles", "styled", "styling",
	"dubbed", "dubs"}

// selfNamingCue reports whether text holds one of selfNamingVerbs, a
// space and "itself" or "themselves", as every match of selfNaming does.
// Each object is found by its rarest letter ("f", "v"), where a search
// for its first letters would stop at every "s" or "t" of the article.
func selfNamingCue(text string) bool {
	return anyAtRare(text, "itself", 5, selfNamingVerbBefore) || anyAtRare(text, "themselves", 7, selfNamingVerbBefore)
}

// selfNamingVerbBefore reports whether before ends in one of
// selfNamingVerbs and a space.
func selfNamingVerbBefore(before string) bool {
	return strings.HasSuffix(before, " ") && slices.ContainsFunc(selfNamingVerbs, func(v string) bool {
		return strings.HasSuffix(before[:len(before)-1], v)
	})
}

// maxSelfNameWords bounds the capitalised words taken as the name.
const maxSelfNameWords = 4

// selfNamedBodies adds an organisation mention for the name a group is
// said to call itself, when the tagger left it untagged ("The gang, which
// called itself DarkHarbour, demanded 40 bitcoin"), and makes a mention
// the tagger found there an organisation. The name is one to
// maxSelfNameWords capitalised words. The mentions are changed in a
// copy, in text order.
func selfNamedBodies(text string, mentions []doc.Mention) []doc.Mention {
	if !selfNamingCue(text) {
		return mentions // the cheap test every match passes
	}
	locs := selfNaming.FindAllStringIndex(text, -1)
	if locs == nil {
		return mentions
	}
	out := append(make([]doc.Mention, 0, len(mentions)+len(locs)), mentions...)
	for _, loc := range locs {
		s := loc[1]
		e := selfNameEnd(text, s)
		if e < 0 {
			continue
		}
		if i := slicesIndexSpan(out, s, e); i >= 0 {
			if out[i].Type != doc.Org {
				out[i].Type = doc.Org
			}
			continue
		}
		if overlaps(out, s, e) {
			continue
		}
		out = append(out, doc.Mention{Span: doc.Span{Start: s, End: e}, Type: doc.Org, Text: text[s:e]})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// slicesIndexSpan returns the index of the mention spanning exactly
// [s, e), or -1.
func slicesIndexSpan(ms []doc.Mention, s, e int) int {
	for i, m := range ms {
		if m.Start == s && m.End == e {
			return i
		}
	}
	return -1
}

// selfNameEnd returns the end of the run of one to maxSelfNameWords
// capitalised words of letters, digits, hyphens and ampersands starting
// at s, single spaces between them, or -1 when no capitalised word starts
// there.
func selfNameEnd(text string, s int) int {
	end, words := -1, 0
	for i := s; i < len(text) && words < maxSelfNameWords; {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			break
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '&' {
				break
			}
			j += n
		}
		end, words = j, words+1
		if j+1 >= len(text) || text[j] != ' ' {
			break
		}
		i = j + 1
	}
	return end
}
