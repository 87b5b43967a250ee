package events

import (
	"bytes"
	"strings"

	"newsbot/extract/doc"
)

// correctionOpeners open a note in which the outlet corrects the article.
var correctionOpeners = []string{"correction:", "corrections:", "clarification:"}

// correctionPhrases tell such a note wherever it stands in its sentence:
// "An earlier version of this article said …", "This story has been
// corrected to …". A plain "was amended" is news of a law as often.
var correctionPhrases = []string{
	"earlier version of this", "previous version of this", "earlier version of the article", "earlier version of the story",
	"article has been corrected", "story has been corrected", "article was corrected", "story was corrected",
	"article has been amended", "story has been amended", "article was amended", "story was amended",
	"was originally given as", "were originally given as",
}

// correctionNote reports whether a sentence opens a correction: what it
// says an earlier version said is withdrawn, not news.
func correctionNote(sentence string) bool {
	const maxNote = 400 // a note is told by its opening
	trimmed := strings.TrimSpace(sentence)
	head := trimmed[:min(len(trimmed), maxNote)]
	var buf [maxNote]byte
	if lower, ascii := lowerInto(buf[:len(head)], head); ascii && !mayOpenCorrectionLower(lower) {
		return false // what follows would find nothing in its lower-case copy
	}
	l := strings.ToLower(trimmed)
	if len(l) > maxNote {
		l = l[:maxNote]
	}
	for _, p := range correctionOpeners {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if !mayCorrect(l) {
		return false
	}
	for _, p := range correctionPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// mayCorrect reports whether l, in lower case, holds a literal every one
// of correctionPhrases holds: a cheap test before them.
func mayCorrect(l string) bool {
	return strings.Contains(l, "version of th") || strings.Contains(l, "corrected") || strings.Contains(l, "amended") || strings.Contains(l, "originally")
}

// mayOpenCorrection reports whether head, the ASCII opening of a
// sentence, holds in any case what correctionNote looks for: an opener at
// its start, or a literal of correctionLiterals.
func mayOpenCorrection(head string) bool {
	lower, _ := lowerInto(make([]byte, len(head)), head)
	return mayOpenCorrectionLower(lower)
}

// mayOpenCorrectionLower is mayOpenCorrection of a head given with its
// ASCII capitals lowered (lowerInto), which finds in one search for each
// literal what an ASCII fold of the head would.
func mayOpenCorrectionLower(lower []byte) bool {
	if bytes.HasPrefix(lower, correctionPrefix) || bytes.HasPrefix(lower, clarificationPrefix) {
		return true
	}
	for i := range correctionLiterals {
		if correctionLiterals[i].foundIn(lower) {
			return true
		}
	}
	return false
}

var correctionPrefix, clarificationPrefix = []byte("correction"), []byte("clarification")

// correctionLiterals are literals one of which every phrase of
// correctionPhrases holds, grouped by a byte of theirs rarer than most:
// one search for it finds them all.
var correctionLiterals = []anchoredLiterals{
	newAnchoredLiterals('v', "version of th", "originally given as"),
	newAnchoredLiterals('b', "been corrected", "been amended"),
	newAnchoredLiterals('w', "was corrected", "was amended"),
}

// anchoredLiterals are literals in lower case that all hold the byte c,
// a lower-case letter; at[i] is where c first stands in subs[i].
type anchoredLiterals struct {
	c    byte
	subs []string
	at   []int
}

func newAnchoredLiterals(c byte, subs ...string) anchoredLiterals {
	a := anchoredLiterals{c: c, subs: subs}
	for _, s := range subs {
		a.at = append(a.at, strings.IndexByte(s, c))
	}
	return a
}

// foundIn reports whether lower holds one of the literals, looking only
// where lower has their anchor byte.
func (a *anchoredLiterals) foundIn(lower []byte) bool {
	for i := 0; i < len(lower); {
		j := bytes.IndexByte(lower[i:], a.c)
		if j < 0 {
			return false
		}
		at := i + j
		for k, sub := range a.subs {
			if from := at - a.at[k]; from >= 0 && from+len(sub) <= len(lower) && string(lower[from:from+len(sub)]) == sub {
				return true
			}
		}
		i = at + 1
	}
	return false
}

// correctionParas returns the paragraphs that open with a correction
// note. The rest of such a paragraph goes on with the note ("Correction:
// An earlier version of this article said the rollout would start on
// June 8. The department says the first doses will be given from June
// 15."): it restates what the article reports in its own words, and
// gives no row of its own.
func correctionParas(text string, sents []doc.Sentence) map[int]bool {
	paras := map[int]bool{}
	for i, s := range sents {
		if i > 0 && sents[i-1].Para == s.Para || s.End > len(text) {
			continue
		}
		if correctionNote(text[s.Start:s.End]) || correctedClaim(text, paraFrom(sents, i)) || editionNote(text[s.Start:s.End]) {
			paras[s.Para] = true
		}
	}
	return paras
}
