package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
	"newsbot/extract/stopwords"
)

// apposedCompanies makes an organisation, at its every mention, of a name
// tagged a person or a place that an apposition before it calls a
// company and that ends the clause: "sits on the advisory board of a
// cybersecurity start-up, Ardent Shield." A name a verb of saying follows
// ("a bad year for the bank, Ann Lee said") is the speaker.
func apposedCompanies(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	names := map[string]bool{}
	for _, s := range ss {
		if s.typ != model.TypeORG && companyBefore(text, toks, tags, s.start) && endsClauseAt(text, toks, s.end) {
			names[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	if len(names) == 0 {
		return
	}
	retypeNamed(text, toks, dt, names, model.TypeORG)
}

// companyBefore reports an article, up to maxRoleWords untagged lower-case
// words ending in a company noun, and a comma before token i: "a
// cybersecurity start-up ,".
func companyBefore(text string, toks []tok.Token, tags []int, i int) bool {
	if i < 3 || tokText(text, toks, i-1) != "," || tags[i-2] != 0 || !inSet(companyNouns, tokText(text, toks, i-2)) {
		return false
	}
	for k := i - 3; k >= 0 && k >= i-3-maxRoleWords; k-- {
		w := tokText(text, toks, k)
		switch {
		case tags[k] != 0 || !lowerWord(w):
			return false
		case w == "a" || w == "an" || w == "the":
			return true
		}
	}
	return false
}

// endsClauseAt reports a full stop, a semicolon or the end of the text at
// token i.
func endsClauseAt(text string, toks []tok.Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	w := tokText(text, toks, i)
	return w == "." || w == ";"
}

// accordingToPeople makes a person, at its every mention, of a name of two
// or three words shaped like a person's, tagged a place or an
// organisation, that "according to" opens and an apposition follows
// saying where the person works: "According to Kirsten Vale, a partner at
// law firm Ashdown Marr".
func accordingToPeople(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	ss := dt.spans()
	names := map[string]bool{}
	for _, s := range ss {
		if s.typ != model.TypeLOC && s.typ != model.TypeORG || s.end-s.start < 2 || s.end-s.start > 3 || s.start < 2 ||
			!strings.EqualFold(tokText(text, toks, s.start-2), "according") || tokText(text, toks, s.start-1) != "to" {
			continue
		}
		if allSurnameShaped(text, toks, s) && workplaceApposition(text, toks, tags, s.end) {
			names[text[toks[s.start].Start:toks[s.end-1].End]] = true
		}
	}
	retypeNamed(text, toks, dt, names, model.TypePER)
}

// allSurnameShaped reports whether every word of the span is capitalised
// with the rest in lower case.
func allSurnameShaped(text string, toks []tok.Token, s span) bool {
	for k := s.start; k < s.end; k++ {
		if !surnameShaped(tokText(text, toks, k)) {
			return false
		}
	}
	return true
}

// workplaceApposition reports a comma at token i, "a" or "an" and up to
// maxRoleWords untagged lower-case words, the last followed by "at": ", a
// partner at", ", a senior analyst at".
func workplaceApposition(text string, toks []tok.Token, tags []int, i int) bool {
	if i+3 >= len(toks) || tokText(text, toks, i) != "," {
		return false
	}
	if a := tokText(text, toks, i+1); a != "a" && a != "an" {
		return false
	}
	for k := i + 2; k+1 < len(toks) && k <= i+1+maxRoleWords; k++ {
		w := tokText(text, toks, k)
		if tags[k] != 0 || !lowerWord(w) || stopwords.Is(w) {
			return false
		}
		if tokText(text, toks, k+1) == "at" {
			return true
		}
	}
	return false
}

// maxRivalNameWords bounds the words of a company's name after "rival".
const maxRivalNameWords = 3

// rivalCompanies makes an organisation of an untagged name of capitalised
// words after "rival" that a lower-case word follows: "Rival Harrowgate
// Payroll suffered a ransomware attack", where the tagger, seeing
// "payroll" written in lower case elsewhere in the story, tags nothing.
// The first word must be one the news does not write in lower case.
func rivalCompanies(text string, toks []tok.Token, tags []int, common func(string) bool) {
	for i := 0; i+2 < len(toks); i++ {
		if tags[i] != 0 || !strings.EqualFold(tokText(text, toks, i), "rival") || !apposedNameWord(tokText(text, toks, i+1), common) {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= maxRivalNameWords && tags[j] == 0 && capitalised(tokText(text, toks, j)) && strings.ToUpper(tokText(text, toks, j)) != tokText(text, toks, j) {
			j++
		}
		if j == i+1 || j >= len(toks) || tags[j] != 0 || !lowerWord(tokText(text, toks, j)) || inSet(rivalListWords, tokText(text, toks, j)) {
			continue
		}
		retype(tags, span{i + 1, j, model.TypeORG}, model.TypeORG)
	}
}

// rivalWords hold the word that opens a rival's name in any case. Only
// ASCII letters fold to its letters, so a token strings.EqualFold finds
// equal to "rival" lowers to it, and the document's word set holds it.
var rivalWords = wordSet("rival")

// rivalListWords after a name join it to another: "rival Acme and Orbis".
var rivalListWords = wordSet("and or of nor")
