package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A quotation of several sentences followed by its attribution ("This was
// no error. It was a business model," said prosecutor Samuel Reyes.) is one
// sentence: split inside it, the second half would start mid-quote and the
// first would lose its speaker, so that neither could be cited on its own.
// So is one its attribution introduces with a colon (Lind said: "We were
// told to wait. We waited."): split, the first half would end with the
// quotation open and the second start mid-quote.

// maxQuoteJoin bounds the quotation kept in one sentence.
const maxQuoteJoin = 600

// speechVerbs attribute a quotation when one follows its close within a
// few words.
var speechVerbs = set(`said says say told tells added adds asked asks according explained explains
	wrote writes insisted insists warned warns argued argues noted notes continued continues stated
	states replied replies recalled recalls declared declares admitted admits conceded concedes
	remarked remarks claimed claims answered answers acknowledged acknowledges observed observes
	cautioned cautions stressed stresses`)

// quoteState tracks whether a paragraph is inside a double quotation as
// the splitter moves through it.
type quoteState struct {
	pos  int  // bytes before pos have been read
	open bool // inside a quotation at pos
	from int  // where the open quotation's mark stands
	// single marks an open quotation in curly single marks that a colon
	// introduces ("she smiled: ‘Not yet.’").
	single bool
}

// advance reads text[q.pos:i].
func (q *quoteState) advance(text string, i int) {
	for j := q.pos; j < i; {
		c := text[j]
		switch {
		case c == '"':
			q.open = !q.open
			q.from = j
		case c == '`' && j+1 < i && text[j+1] == '`':
			q.open, q.from = true, j
			j++
		case c == '\'' && j+1 < i && text[j+1] == '\'':
			q.open = false
			j++
		case c == 0xE2:
			r, size := utf8.DecodeRuneInString(text[j:i])
			switch r {
			case '“', '„':
				q.open, q.from = true, j
			case '”':
				q.open = false
			case '‘':
				if !q.open && colonBefore(text[:j]) {
					q.open, q.from, q.single = true, j, true
				}
			case '’':
				if q.single && !letterAt(text, j+size) {
					q.open, q.single = false, false
				}
			}
			j += size
			continue
		}
		j++
	}
	if i > q.pos {
		q.pos = i
	}
}

// continuesQuote reports whether a stop at i lies inside a quotation that
// closes later in the paragraph (before end, within maxQuoteJoin bytes)
// and is attributed right after its close.
func continuesQuote(q *quoteState, text string, i, end int) bool {
	q.advance(text, i)
	if !q.open {
		return false
	}
	limit := min(end, i+maxQuoteJoin)
	if q.single {
		return singleClosesParagraph(text, i, limit, end, q.from)
	}
	for j := i; j < limit; {
		r, size := utf8.DecodeRuneInString(text[j:limit])
		switch {
		case r == '"' || r == '”':
			return (attributedBefore(text[:q.from]) || labelledLine(text, q.from) || spokenBefore(text[:q.from]) ||
				shortColonQuote(text, q.from, j)) && hasWordBetween(text, i, j) || attributedAfter(text[:j], text[j+size:end])
		case r == '\'' && j+1 < limit && text[j+1] == '\'':
			return attributedBefore(text[:q.from]) && hasWordBetween(text, i, j) || attributedAfter(text[:j], text[j+2:end])
		case r == '“' || r == '„' || r == '`' && j+1 < limit && text[j+1] == '`':
			return false // another quotation opens first: not one quote
		}
		j += size
	}
	return false
}

// attributedAfter reports whether the text after a closing quote names who
// spoke: the quotation ends in a comma or dash (`model," said`, `story”,
// Tran told`) and a speech verb is among the next few words, before any
// sentence stop.
func attributedAfter(quoted, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	inside := strings.TrimRight(quoted, " ")
	if !strings.HasSuffix(inside, ",") && !strings.HasSuffix(inside, "—") && !strings.HasSuffix(inside, "–") &&
		!strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") {
		return false
	}
	n := 0
	for _, w := range firstFieldsFunc(rest, maxAttributionWords, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' }) {
		if strings.HasSuffix(w, ".") && !isTitleAbbrev(w) {
			return speechVerbs[strings.ToLower(strings.TrimSuffix(w, "."))]
		}
		if speechVerbs[strings.ToLower(w)] {
			return true
		}
		if n++; n >= maxAttributionWords {
			return false
		}
	}
	return false
}

// attributedBefore reports whether the text before a quotation's opening
// mark introduces it with a speech verb and a colon: `Lind said:`,
// `she told the court:`.
func attributedBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ":") {
		return false
	}
	words := lastFieldsFunc(before[:len(before)-1], maxColonLeadWords, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	for k := len(words) - 1; k >= 0 && len(words)-k <= maxColonLeadWords; k-- {
		if speechVerbs[strings.ToLower(words[k])] {
			return true
		}
	}
	return false
}

// hasWordBetween reports whether a letter or digit stands between the stop
// at i and the quotation's close at j: the stop that ends the quotation
// itself ends the sentence too.
func hasWordBetween(text string, i, j int) bool {
	return strings.IndexFunc(text[i:j], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// maxColonLeadWords bounds the words between a speech verb and the colon
// that introduces its quotation ("told the inquiry on Tuesday:").
const maxColonLeadWords = 5

// maxAttributionWords bounds the words between a quotation's close and
// its speech verb: a name and its role ("Nguyen Thi Lan, the provincial
// vice chair, said").
const maxAttributionWords = 12

// isTitleAbbrev reports an abbreviation that stands before a name ("Mr.",
// "Dr.") and so does not end the attribution.
func isTitleAbbrev(w string) bool {
	switch strings.ToLower(w) {
	case "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.", "prof.", "st.":
		return true
	}
	return false
}
