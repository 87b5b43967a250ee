package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/ner"
)

// nicknameCallers are the people a person is "known to" by a nickname:
// "known to teammates as Dima", "known to his friends as Bunny". Places
// are known to their "locals" or "residents" by names of their own, so
// those are left out.
var nicknameCallers = wordSet(`teammates team-mates friends colleagues fans supporters family players admirers intimates
	classmates bandmates comrades`)

// personalNickname reports whether the one-word name at span is given as
// a person's nickname by words only a person is given one with, closing
// its clause: "a crane driver whom almost everyone calls Tam.", "The
// 24-year-old, known to teammates as "Dima", signed". The name must be
// no listed place nor an acronym, and the clause must end after it (a
// comma, a full stop): "whom analysts call Russia's most powerful man"
// names no nickname.
func personalNickname(text string, span doc.Span, f *form) bool {
	if f.ntok != 1 || !closesClause(text, span.End) {
		return false
	}
	lead := strings.TrimRight(text[max(0, span.Start-60):span.Start], " \"'“‘")
	if cue := lead[strings.LastIndexByte(lead, ' ')+1:]; !strings.EqualFold(cue, "calls") && !strings.EqualFold(cue, "call") && !strings.EqualFold(cue, "as") {
		// Most names follow no such word: the words before are read
		// only after one.
		return false
	}
	if isAcronym(f.display) || ner.ListedPlace(f.display) {
		return false
	}
	words := strings.Fields(strings.ToLower(lead))
	n := len(words)
	if n < 2 {
		return false
	}
	switch words[n-1] {
	case "calls", "call":
		// "whom almost everyone calls", "whom his friends call".
		for k := n - 2; k >= max(0, n-5); k-- {
			if words[k] == "whom" {
				return true
			}
			if strings.ContainsAny(words[k], ",;:.") {
				return false
			}
		}
	case "as":
		// "known to teammates as", "known to his friends as".
		if n >= 4 && nicknameCallers[words[n-2]] {
			k := n - 3
			if bareIn(possessives, words[k]) {
				k--
			}
			return k >= 1 && words[k] == "to" && words[k-1] == "known"
		}
	}
	return false
}

// possessives are the words that may stand before the people a person
// is known to by a nickname: "known to his friends as".
var possessives = wordSet(`his her their its`)

// closesClause reports whether the text at end, after any closing
// quotation marks, ends a clause: a comma, a full stop or another mark
// of punctuation, or the end of the text or its line.
func closesClause(text string, end int) bool {
	rest := strings.TrimLeft(text[min(end, len(text)):], "\"'”’")
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r == '\n' || unicode.IsPunct(r) && r != '-' && r != '\''
}
