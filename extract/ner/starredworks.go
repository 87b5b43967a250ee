package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// workSmallWords stand in lower case inside a work's title: "The Man
// in the Iron Mask".
var workSmallWords = wordSet(`of the and a an in on to for at by with from`)

// workArticles open works' titles: "The Quiet Room".
var workArticles = wordSet(`The A An`)

// maxWorkTitleWords bounds the words of a work's title the rules below read.
const maxWorkTitleWords = 8

// starredWorks makes other names of the titles set in asterisks, the
// plain text's italics, "*The Quiet Room* (1998)", and of the same titles
// named again in the article without them, with or without their
// opening article.
func starredWorks(text string, toks []tok.Token, dt *docTags) {
	if !strings.Contains(text, "*") {
		return
	}
	var titles map[string]bool
	for i := 0; i+2 < len(toks); i++ {
		if tokText(text, toks, i) != "*" || toks[i].End != toks[i+1].Start {
			continue
		}
		e := workTitleEnd(text, toks, i+1)
		if e < 0 || e >= len(toks) || tokText(text, toks, e) != "*" || toks[e-1].End != toks[e].Start || crossesSpan(dt.tags, i+1, e) {
			continue
		}
		markWork(dt.tags, i+1, e)
		if titles == nil {
			titles = map[string]bool{}
		}
		t := text[toks[i+1].Start:toks[e-1].End]
		titles[t] = true
		if a, rest, ok := strings.Cut(t, " "); ok && inSet(workArticles, a) {
			titles[rest] = true
		}
		i = e
	}
	if titles != nil {
		namedWorksAgain(text, toks, dt, titles)
	}
}

// workTitleEnd returns the end of the capitalised words of a title from
// token i, small words allowed inside, or -1 when none opens there.
func workTitleEnd(text string, toks []tok.Token, i int) int {
	if !capitalised(tokText(text, toks, i)) {
		return -1
	}
	e := i
	for e < len(toks) && e-i < maxWorkTitleWords {
		w := tokText(text, toks, e)
		if !capitalised(w) && !(e > i && inSet(workSmallWords, w)) {
			break
		}
		e++
	}
	for e > i+1 && inSet(workSmallWords, tokText(text, toks, e-1)) {
		e--
	}
	return e
}

// crossesSpan reports a mention that runs into tokens [a, e) from outside
// them or out of them.
func crossesSpan(tags []int, a, e int) bool {
	return model.IsInside(tags[a]) || e < len(tags) && model.IsInside(tags[e])
}

// markWork tags tokens [a, e) as one other name.
func markWork(tags []int, a, e int) {
	retype(tags, span{a, e, model.TypeMISC}, model.TypeMISC)
}

// namedWorksAgain makes other names of the mentions whose words are a
// known title, taking in the title's article before them.
func namedWorksAgain(text string, toks []tok.Token, dt *docTags, titles map[string]bool) {
	for _, s := range dt.spans() {
		if s.typ == model.TypeMISC || !titles[spanText(text, toks, s)] {
			continue
		}
		if s.start > 0 && dt.tags[s.start-1] == 0 && inSet(workArticles, tokText(text, toks, s.start-1)) &&
			titles[tokText(text, toks, s.start-1)+" "+spanText(text, toks, s)] {
			s.start--
		}
		markWork(dt.tags, s.start, s.end)
	}
}

// plainWorkNouns name works whose title may follow them with no quotation
// marks: "the film The Quiet Room".
var plainWorkNouns = wordSet(`film films movie movies novel novels album albums documentary play opera`)

// articledWorkTitles makes an other name of a title that opens with an
// article right after a lower-case work noun: "his final film The Quiet
// Room", where the tagger reads nothing or a name inside it.
func articledWorkTitles(text string, toks []tok.Token, dt *docTags) {
	for i := 1; i+2 < len(toks); i++ {
		if !inSet(workArticles, tokText(text, toks, i)) || !inSet(plainWorkNouns, tokText(text, toks, i-1)) || dt.tags[i-1] != 0 {
			continue
		}
		e := workTitleEnd(text, toks, i+1)
		if e < 0 || crossesSpan(dt.tags, i, e) {
			continue
		}
		markWork(dt.tags, i, e)
		i = e
	}
}
