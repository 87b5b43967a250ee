package ner

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// TestTokensOf checks the tokens found for a word against a test of every
// token, for more words than a document keeps, on a text of the words
// inside other words and on news stories.
func TestTokensOf(t *testing.T) {
	texts := []string{"Landscape with Windmill by Jan, BY him; by-law bye byby by with withal With by \"Al\" 'Bo' “Cy” ‘Di’ '' \"\"",
		"by", "with by", ""}
	for _, st := range readStories(t, 300) {
		texts = append(texts, st.text)
	}
	for _, text := range texts {
		toks := tok.Split(nil, text, 0, len(text))
		dt := newDocTags(text, toks, make([]int, len(toks)))
		for round := 0; round < 2; round++ {
			for _, w := range []string{"by", "with", "With", "BY", ";", "by-law", "absent", "", "\"", "'", "“"} {
				var want []int
				for k := range toks {
					if w != "" && tokText(text, toks, k) == w {
						want = append(want, k)
					}
				}
				if got := dt.tokensOf(w); !slices.Equal(got, want) {
					t.Fatalf("%.40q: tokensOf(%q) = %v, want %v", text, w, got, want)
				}
			}
		}
		dt.release()
	}
}

// workTitlesEveryToken is workTitles trying every token.
func workTitlesEveryToken(text string, toks []tok.Token, tags []int) {
	for i := 2; i+1 < len(toks); i++ {
		if tokText(text, toks, i) != "by" || tags[i+1] != model.BeginTag(model.TypePER) {
			continue
		}
		j, linked := i, false
		for j > 0 && i-j < maxTitleWords && !sentenceInitial(text, toks, j) {
			w := tokText(text, toks, j-1)
			if inSet(titleLinks, w) && tags[j-1] == 0 && j < i && capitalised(tokText(text, toks, j)) {
				linked = true
			} else if !capitalised(w) {
				break
			}
			j--
		}
		for j < i && !capitalised(tokText(text, toks, j)) {
			j++
		}
		if !linked || i-j < 3 || oneSpan(tags, j, i-1) || !hasTag(tags, j, i) {
			continue
		}
		retype(tags, span{j, i, model.TypeMISC}, model.TypeMISC)
	}
}

// commonWordTitlesEveryToken is commonWordTitles trying every token.
func commonWordTitlesEveryToken(text string, toks []tok.Token, tags []int, common func(string) bool) {
	titleWord := func(k int) bool {
		w := tokText(text, toks, k)
		return capitalised(w) && !shouted(w) && !lowerIn(calendarWords, w) && !lowerIn(institutionHeads, w) &&
			!lowerIn(longNameHeads, w) && (common(strings.ToLower(w)) || writtenLower(text, toks, k, k))
	}
	for i := 1; i+1 < len(toks); i++ {
		if tokText(text, toks, i) != "with" || tags[i] != 0 {
			continue
		}
		j := i
		for j > 0 && i-j < maxTitleSide && titleWord(j-1) && !sentenceInitial(text, toks, j-1) {
			j--
		}
		e := i + 1
		for e < len(toks) && e-i <= maxTitleSide && titleWord(e) && !sentenceInitial(text, toks, e) {
			e++
		}
		if j == i || e == i+1 || j > 0 && capitalised(tokText(text, toks, j-1)) || e < len(toks) && capitalised(tokText(text, toks, e)) ||
			!hasTag(tags, j, e) || oneSpan(tags, j, e-1) {
			continue
		}
		retype(tags, span{j, e, model.TypeMISC}, model.TypeMISC)
		if e < len(toks) && model.IsInside(tags[e]) {
			setTag(tags, e, model.BeginTag(model.TagType(tags[e])))
		}
		i = e
	}
}

// creditedPeopleEveryToken is creditedPeople trying every token.
func creditedPeopleEveryToken(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for i := 1; i+1 < len(toks); i++ {
		if tokText(text, toks, i) != "by" || !lowerIn(creditVerbs, tokText(text, toks, i-1)) {
			continue
		}
		next := i + 1
		for _, s := range dt.spans() {
			if s.start < next {
				continue
			}
			if s.start != next || lineBreakBefore(text, toks, s.start) {
				break
			}
			if s.end-s.start == 2 && creditedName(text, toks, s) {
				retype(tags, s, model.TypePER)
			}
			if s.end+1 >= len(toks) || lineBreakBefore(text, toks, s.end) {
				break
			}
			if l := tokText(text, toks, s.end); l != "and" && l != "," {
				break
			}
			next = s.end + 1
		}
	}
}

// TestWordRulesMatchEveryToken checks the rules that visit only the
// tokens of their word against the same rules trying every token, on
// texts made of their words and on news stories, under random tags.
func TestWordRulesMatchEveryToken(t *testing.T) {
	tg := mustLoad(t)
	texts := []string{
		"River Landscape with Windmill by Jan van Goyen, and The Bank of England by Andrew Bailey; Boats with Sails with Oars by Ada Brun",
		"Live reporting by Non Ellis and Dafydd Hopcyn, Ama Lee; editing by Tom Hale. Sun With Moon With Stars With Rain",
		"with With by By Old Man with Dog by Ed Ray with Red Hat with Cat by Al Bo, reporting by Cy Du and Ed Fu",
	}
	for _, st := range readStories(t, 1000) {
		texts = append(texts, st.text)
	}
	rules := []struct {
		name string
		fast func(string, []tok.Token, *docTags)
		slow func(string, []tok.Token, *docTags)
	}{
		{"workTitles", workTitles, func(text string, toks []tok.Token, dt *docTags) { workTitlesEveryToken(text, toks, dt.tags) }},
		{"commonWordTitles",
			func(text string, toks []tok.Token, dt *docTags) { commonWordTitles(text, toks, dt, tg.m.KnownWord) },
			func(text string, toks []tok.Token, dt *docTags) {
				commonWordTitlesEveryToken(text, toks, dt.tags, tg.m.KnownWord)
			}},
		{"creditedPeople", creditedPeople, creditedPeopleEveryToken},
	}
	r := rand.New(rand.NewSource(4))
	changed := make([]int, len(rules))
	for x, text := range texts {
		runs := 5
		if x < 3 {
			runs = 3000 // the crafted texts, under many random tags
		}
		toks := tok.Split(nil, text, 0, len(text))
		for n := 0; n < runs; n++ {
			tags := randomTags(r, len(toks))
			for k, rule := range rules {
				var got [2][]int
				for v, run := range []func(string, []tok.Token, *docTags){rule.fast, rule.slow} {
					got[v] = append(make([]int, 0, len(tags)+1), tags...)
					dt := newDocTags(text, toks, got[v])
					run(text, toks, dt)
					dt.release()
					unmark(got[v])
				}
				if !slices.Equal(got[0], got[1]) {
					t.Fatalf("%s on %.60q: tags %v, trying every token %v", rule.name, text, got[0], got[1])
				}
				if !slices.Equal(got[0], tags) {
					changed[k]++
				}
			}
		}
	}
	for k, rule := range rules {
		if changed[k] == 0 {
			t.Errorf("%s changed no tags, so nothing was checked", rule.name)
		}
	}
}
