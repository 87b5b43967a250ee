package ner

import (
	"math/rand"
	"slices"
	"testing"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// joinNicknamesEveryToken is joinNicknames trying every token.
func joinNicknamesEveryToken(text string, toks []tok.Token, tags []int) {
	for i := 0; i+4 < len(toks); i++ {
		if model.TagType(tags[i]) != model.TypePER || model.IsInside(tags[i+1]) {
			continue
		}
		if !inSet(openQuotes, tokText(text, toks, i+1)) || !capitalised(tokText(text, toks, i+2)) ||
			!inSet(closeQuotes, tokText(text, toks, i+3)) || !capitalised(tokText(text, toks, i+4)) {
			continue
		}
		if model.IsInside(tags[i+4]) {
			continue
		}
		end := i + 5
		for end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		for k := i + 1; k < end; k++ {
			setTag(tags, k, model.InsideTag(model.TypePER))
		}
		i = end - 1
	}
}

// joinNicknamedSurnamesEveryToken is joinNicknamedSurnames trying every
// token.
func joinNicknamedSurnamesEveryToken(text string, toks []tok.Token, tags []int) {
	for i := 0; i+4 < len(toks); i++ {
		if tags[i] == 0 || model.IsInside(tags[i]) || model.TagType(tags[i]) == model.TypePER || model.IsInside(tags[i+1]) ||
			!surnameShaped(tokText(text, toks, i)) {
			continue
		}
		if !inSet(openQuotes, tokText(text, toks, i+1)) || !capitalised(tokText(text, toks, i+2)) ||
			!inSet(closeQuotes, tokText(text, toks, i+3)) || !nicknamedSurname(tags, i) || model.IsInside(tags[i+4]) {
			continue
		}
		end := i + 5
		for end < len(toks) && model.IsInside(tags[end]) {
			end++
		}
		retype(tags, span{start: i, end: end}, model.TypePER)
		i = end - 1
	}
}

// TestNicknameRulesMatchEveryToken checks the nickname rules, which try
// only the tokens before an opening quotation mark, against the same
// rules trying every token, on texts full of nicknames and on news
// stories, under random tags.
func TestNicknameRulesMatchEveryToken(t *testing.T) {
	texts := []string{
		`Robert "Bobby" Keane Jr. met Declan "Dec" Fennelly and Jessica ‘Jess’ Tull, "Al" "Bo" Cy 'Di' Ed “Fy” Gu`,
		`"Q" A "B" C "D" E "F" G "H" I "J" K “L” M ‘N’ O 'P' Q " R " S`,
	}
	for _, st := range readStories(t, 1000) {
		texts = append(texts, st.text)
	}
	r := rand.New(rand.NewSource(3))
	changed := 0
	for x, text := range texts {
		runs := 20
		if x < 2 {
			runs = 2000 // the crafted texts, under many random tags
		}
		toks := tok.Split(nil, text, 0, len(text))
		var want []int
		for k := range toks {
			if inSet(openQuotes, tokText(text, toks, k)) {
				want = append(want, k)
			}
		}
		for n := 0; n < runs; n++ {
			tags := randomTags(r, len(toks))
			for _, rule := range []struct {
				fast func(string, []tok.Token, *docTags)
				slow func(string, []tok.Token, []int)
			}{{joinNicknames, joinNicknamesEveryToken}, {joinNicknamedSurnames, joinNicknamedSurnamesEveryToken}} {
				got := append(make([]int, 0, len(tags)+1), tags...)
				dt := newDocTags(text, toks, got)
				if n == 0 && !slices.Equal(dt.openQuoteTokens(), want) {
					t.Fatalf("%.60q: opening marks at %v, want %v", text, dt.openQuoteTokens(), want)
				}
				rule.fast(text, toks, dt)
				dt.release()
				unmark(got)
				slow := append(make([]int, 0, len(tags)+1), tags...)
				rule.slow(text, toks, slow)
				unmark(slow)
				if !slices.Equal(got, slow) {
					t.Fatalf("%.60q: tags %v, trying every token %v", text, got, slow)
				}
				if !slices.Equal(got, tags) {
					changed++
				}
			}
		}
	}
	if changed == 0 {
		t.Error("no rule joined a nickname, so nothing was checked")
	}
	t.Logf("%d runs joined a nickname", changed)
}
