package segment

import (
	"regexp"
	"strings"
)

// figureCell is a field that is one figure as a data table gives it: a
// count with thousands separators ("74,102", "-1,250") or a share ("38.2%",
// "+4%"). Page layout puts words, dates and page numbers between its
// bars, not figures of this kind.
var figureCell = regexp.MustCompile(`^[-+−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?%)$`)

// scoreCell matches a cell that is a match's score alone, in sets or
// games ("6-3 7-6(4)", "2-1"): the row is a results table's.
var scoreCell = regexp.MustCompile(`^\d{1,2}[-–]\d{1,2}(?:\(\d{1,2}\))?(?: \d{1,2}[-–]\d{1,2}(?:\(\d{1,2}\))?)*$`)

// hasFigureCell reports whether one of a barred line's fields is a figure:
// the line is then a data table's row ("Ann Lee | Labour | 12,345 |
// 41.0%"), which reports something, not a bar of page furniture.
func hasFigureCell(fields []string) bool {
	for _, f := range fields {
		if figureCell.MatchString(strings.TrimSpace(f)) || scoreCell.MatchString(strings.TrimSpace(f)) {
			return true
		}
	}
	return false
}
