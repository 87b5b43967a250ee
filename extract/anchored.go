package extract

import (
	"regexp"
	"strings"
)

// The patterns below match only where a title of address or a question
// label opens, so they are tried at those places alone rather than run
// over the whole text: each is the unanchored pattern beside it with "^"
// for its opening boundary, which the finders check by hand.
var (
	// titledSurnameAt is titledSurname tried at one place; the word
	// boundary before the title is wordStartAt's.
	titledSurnameAt = regexp.MustCompile(`^(Mr|Mrs|Ms|Miss|Dr|Prof)\.? (\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*)\b`)
	// titledBracketLabelAt is titledBracketLabel tried at a line's start.
	titledBracketLabelAt = regexp.MustCompile(`^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.? (\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*) \([^()\n]{2,60}\)[ \t]*:[ \t]+\S`)
)

// surnameTitles are the titles titledSurname opens with ("Mrs" has the
// prefix "Mr").
var surnameTitles = []string{"Mr", "Ms", "Miss", "Dr", "Prof"}

// bracketLabelTitles are the titles titledBracketLabel opens with.
var bracketLabelTitles = []string{"Mr", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof"}

// hasAnyPrefix reports whether s opens with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// titledSurnames returns what titledSurname.FindAllStringSubmatchIndex
// returns for text. A match opens with a title's capital 'M', 'D' or 'P'
// at a word boundary, so the anchored pattern is tried only there, and
// the search goes on after a match's end as FindAll's does.
func titledSurnames(text string) [][]int {
	var out [][]int
	for i := 0; i < len(text); {
		k := strings.IndexAny(text[i:], "MDP")
		if k < 0 {
			break
		}
		i += k
		if (i == 0 || !isWordByte(text[i-1])) && hasAnyPrefix(text[i:], surnameTitles) {
			if loc := titledSurnameAt.FindStringSubmatchIndex(text[i:]); loc != nil {
				for j := range loc {
					if loc[j] >= 0 {
						loc[j] += i
					}
				}
				out = append(out, loc)
				i = loc[1]
				continue
			}
		}
		i++
	}
	return out
}

// titledBracketLabels returns what
// titledBracketLabel.FindAllStringSubmatchIndex returns for text. A match
// opens a line and ends before its newline (no part of the pattern
// matches one), so the anchored pattern is tried at each line's start
// that opens with a title.
func titledBracketLabels(text string) [][]int {
	var out [][]int
	for start := 0; start < len(text); {
		if hasAnyPrefix(text[start:], bracketLabelTitles) {
			if loc := titledBracketLabelAt.FindStringSubmatchIndex(text[start:]); loc != nil {
				for j := range loc {
					if loc[j] >= 0 {
						loc[j] += start
					}
				}
				out = append(out, loc)
			}
		}
		nl := strings.IndexByte(text[start:], '\n')
		if nl < 0 {
			break
		}
		start += nl + 1
	}
	return out
}

// hasQuestionLine reports what questionLine.MatchString reports for text:
// whether a line opens with "Q", a dot or a colon, spaces or tabs and
// then a character other than white space (\S: anything but space, tab,
// newline, carriage return and form feed).
func hasQuestionLine(text string) bool {
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], 'Q')
		if k < 0 {
			return false
		}
		i += k
		if (i == 0 || text[i-1] == '\n') && questionLabelOpens(text[i:]) {
			return true
		}
		i++
	}
	return false
}

// questionLabelOpens reports whether s opens with "Q", a dot or a colon,
// one or more spaces or tabs and a character other than white space.
func questionLabelOpens(s string) bool {
	if len(s) < 4 || s[0] != 'Q' || s[1] != '.' && s[1] != ':' {
		return false
	}
	j := 2
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j == 2 || j == len(s) {
		return false
	}
	switch s[j] {
	case '\n', '\r', '\f':
		return false
	}
	return true
}
