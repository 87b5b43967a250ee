package events

import (
	"bytes"
	"regexp"
	"strings"
	"time"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// minTranscriptTurns is how many paragraphs a speaker's or an operator's
// label must open for a text to be read as a transcript.
const minTranscriptTurns = 3

// heldOccasion matches the words of an introduction that tell what the
// transcript records: "a conference call held on Tuesday evening", "the
// briefing on Monday".
var heldOccasion = regexp.MustCompile(`(?i)\b(?:call|conference|briefing|hearing|interview|meeting|session|webcast|debate|event)\b`)

// turnLabel opens a speaker's turn in a transcript, the name perhaps
// followed by a title or an affiliation: "Ann Moss: Thanks.", "Ann Moss,
// Chief Financial Officer: Thanks.", "Ann Moss - Kestrel Bank: Thanks."
var turnLabel = regexp.MustCompile(`^[A-Z][\w.'&]*(?:(?:[ -]+|,\s+)(?:[A-Z&][\w.'&]*|of|and|for)){0,10}\s*:\s+\S`)

// withTranscriptDay returns times with the "today", "tonight",
// "tomorrow" and "yesterday" of a transcript's speakers counted from the
// day its introduction says the recorded occasion was held, when that is
// a single day before publication: in a Wednesday story introducing "the
// conference call, held on Tuesday evening", a speaker's "the
// restructuring we announced today" is Tuesday's. Elsewhere times are
// left as they are.
func withTranscriptDay(text string, sents []doc.Sentence, times []timex.Expr, published time.Time) []timex.Expr {
	if published.IsZero() || !hasSpeakerDeictic(times) {
		return times
	}
	opening, ok := firstOfTranscript(text, sents)
	if !ok {
		return times
	}
	ref := published.Truncate(24 * time.Hour)
	held, ok := heldDay(text, sents, times, opening, ref)
	if !ok {
		return times
	}
	shift := int(held.Sub(ref).Hours() / 24)
	out := make([]timex.Expr, 0, len(times))
	for _, t := range times {
		if t.Start >= opening && spokenNow(t.Text) && t.Precision == "day" && len(t.Value) >= 10 {
			if d, err := time.Parse("2006-01-02", t.Value[:10]); err == nil {
				d = d.AddDate(0, 0, shift)
				t.Value, t.Future = d.Format("2006-01-02")+t.Value[10:], d.After(ref)
			}
		}
		out = append(out, t)
	}
	return out
}

// hasSpeakerDeictic reports whether any of times is a day counted from
// the moment of speaking.
func hasSpeakerDeictic(times []timex.Expr) bool {
	for _, t := range times {
		if spokenNow(t.Text) {
			return true
		}
	}
	return false
}

// spokenNow reports whether an expression names a day counted from the
// moment of speaking: "today", "today's", "tonight", "tomorrow",
// "yesterday", "this morning".
func spokenNow(s string) bool {
	// A short ASCII expression is lowered into a buffer on the stack,
	// where ASCII lowering is strings.ToLower.
	var buf [64]byte
	if len(s) <= len(buf) {
		if l, ascii := lowerInto(buf[:len(s)], s); ascii {
			if bytes.HasPrefix(l, []byte("this ")) {
				switch string(l[len("this "):]) {
				case "morning", "afternoon", "evening":
					return true
				}
				return false
			}
			return bytes.Contains(l, []byte("today")) || bytes.Contains(l, []byte("tonight")) ||
				bytes.Contains(l, []byte("tomorrow")) || bytes.Contains(l, []byte("yesterday"))
		}
	}
	l := strings.ToLower(s)
	if strings.HasPrefix(l, "this ") {
		switch strings.TrimPrefix(l, "this ") {
		case "morning", "afternoon", "evening":
			return true
		}
		return false
	}
	return strings.Contains(l, "today") || spokenDeictic(l)
}

// firstOfTranscript returns where the first turn of a transcript opens,
// when at least minTranscriptTurns paragraphs open with a speaker's or
// an operator's label.
func firstOfTranscript(text string, sents []doc.Sentence) (int, bool) {
	first, turns := -1, 0
	seen := map[int]bool{}
	for _, s := range sents {
		if seen[s.Para] || s.End > len(text) || s.Start < 0 {
			continue
		}
		seen[s.Para] = true
		body := text[s.Start:s.End]
		if !mayOpenTurn(body) || !turnLabel.MatchString(body) {
			continue
		}
		if turns++; first < 0 {
			first = s.Start
		}
	}
	return first, turns >= minTranscriptTurns
}

// heldDay returns the one day before ref that a sentence before the
// first turn, naming an occasion (heldOccasion), dates outside its
// quotations.
func heldDay(text string, sents []doc.Sentence, times []timex.Expr, opening int, ref time.Time) (time.Time, bool) {
	var held time.Time
	for _, t := range times {
		if t.End > opening {
			break
		}
		if t.Precision != "day" || len(t.Value) < 10 || spokenNow(t.Text) {
			continue
		}
		i, ok := sentenceIndex(sents, t.Span)
		if !ok || !heldOccasion.MatchString(text[sents[i].Start:sents[i].End]) || insideQuotation(text, sents[i].Span, t.Span) {
			continue
		}
		d, err := time.Parse("2006-01-02", t.Value[:10])
		if err != nil || !d.Before(ref) || !held.IsZero() && !d.Equal(held) {
			return time.Time{}, false
		}
		held = d
	}
	return held, !held.IsZero()
}

// ratherThanWords matches the words before a time in the "than" part of
// a speaker's preference, which sets what is not done against what is:
// "I'd rather give you the full picture than piecemeal numbers
// tonight", "would sooner wait than guess today". A plain "rather than"
// ("chose the plane rather than the rival, to enter service in 1990")
// is no preference of the speaker's.
var ratherThanWords = regexp.MustCompile(`(?i)(?:'d|’d|\bwould|\bhad)\s+(?:much\s+)?(?:rather|sooner)\b[^.;:!?]*\bthan\s+(?:[^\s,;:.!?]+\s+){0,6}$`)

// ratherThanDay reports whether the expression t lies in the "than"
// part of a preference in its sentence: the time of what the speaker
// would not do dates nothing.
func ratherThanDay(low *lowText, sent doc.Span, t timex.Expr) bool {
	text := low.text
	if t.Start < sent.Start || t.Start > len(text) {
		return false
	}
	return low.mayPreferThan(sent.Start, t.Start) && ratherThanWords.MatchString(text[sent.Start:t.Start])
}

// mayPreferThan reports whether s holds "than" and "rather" or "ooner"
// in any case, as every match of ratherThanWords does: a cheap test
// before it. The letters of these words fold to no other letter than
// their ASCII capitals (the "s" of "sooner", which "ſ" folds to, is left
// out), so an ASCII fold finds every match.
func mayPreferThan(s string) bool {
	return (containsFold(s, "rather") || containsFold(s, "ooner")) && containsFold(s, "than")
}

// mayPreferThan is mayPreferThan of the part a to b of the text.
func (l *lowText) mayPreferThan(a, b int) bool {
	return (l.containsFold(a, b, "rather") || l.containsFold(a, b, "ooner")) && l.containsFold(a, b, "than")
}

// closingOccasion matches an occasion outside a quotation that places
// the speaking at one of a series, not on any day the text gives: "said
// at the closing press conference", "told the final session".
var closingOccasion = regexp.MustCompile(`(?i)\b(?:at|during|after|told)\s+(?:the|its|their|a)\s+(?:closing|final|concluding|opening|last)\s+(?:[a-z-]+\s+){0,2}(?:conference|briefing|session|meeting|summit|ceremony|address|speech|rally|dinner|gathering|hearing|day)\b`)

// quotedAtOccasion reports whether t, a day counted from the moment of
// speaking inside a quotation ("three days ago", "yesterday"), belongs
// to a sentence that places the speaking at an occasion it does not
// date ("Brenn said at the closing press conference"): the count is
// from that occasion's day, not from publication, so it dates nothing.
func quotedAtOccasion(text string, sent doc.Span, t timex.Expr, times []timex.Expr) bool {
	if !(pastTime(t.Text) || spokenNow(t.Text)) || !insideQuotation(text, sent, t.Span) || datedOutsideQuotes(text, sent, times) {
		return false
	}
	body := text[sent.Start:sent.End]
	for _, m := range closingOccasion.FindAllStringIndex(body, -1) {
		sp := doc.Span{Start: sent.Start + m[0], End: sent.Start + m[1]}
		if !insideQuotation(text, sent, sp) {
			return true
		}
	}
	return false
}
