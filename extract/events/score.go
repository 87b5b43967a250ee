package events

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// resultUnits map the stems of the words a score is given with onto the
// result they tell: "a 3-1 defeat" is "a 3-1 loss", "a 2-0 win" "a 2-0
// victory".
var resultUnits = map[string]string{"lose": "lose", "loss": "lose", "win": "win", "victory": "win", "draw": "draw"}

// maxScoreDigits bounds each side of a score: "3-1", "21-17".
const maxScoreDigits = 2

// scoreBefore returns the figure v, of unit, as the whole score and its
// result when the text before it ends with the other side's goals and a
// hyphen or a dash ("3-1 loss" gives "3-1" lost), else v and unit: one
// outlet's "3-1 loss" and another's "3-1 defeat" then give the same
// score, and a "2-1 defeat" another one.
func scoreBefore(before, v, unit string) (string, string) {
	result := resultUnits[unit]
	if result == "" || len(v) > maxScoreDigits || !allDigits(v) {
		return v, unit
	}
	r, size := utf8.DecodeLastRuneInString(before)
	if r != '-' && r != '–' {
		return v, unit
	}
	before = before[:len(before)-size]
	i := len(before)
	for i > 0 && isDigit(before[i-1]) {
		i--
	}
	n := len(before) - i
	if n == 0 || n > maxScoreDigits || i > 0 && (isWordByte(before[i-1]) || before[i-1] == '.' || before[i-1] == ',' || before[i-1] == '-') {
		return v, unit
	}
	return before[i:] + "-" + v, result
}

// allDigits reports whether s is digits only.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// isScore reports whether a figure's value is a score ("3-1").
func isScore(v string) bool {
	return strings.Contains(v, "-")
}

// sameScore reports whether two reports of one day, neither a plan,
// give the same score of the same result ("a 3-1 defeat", "a 3-1
// loss"): with a participant in common, one match.
func sameScore(a, b *features) bool {
	if !a.day || !b.day || a.planned || b.planned {
		return false
	}
	for unit, va := range a.figures {
		for _, v := range va {
			if isScore(v) && slices.Contains(b.figures[unit], v) {
				return true
			}
		}
	}
	return false
}
