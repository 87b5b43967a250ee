package events

import "strings"

// verbLinks are the words that follow a present-tense verb of a
// schedule: "opens on", "runs for", "ends at".
var verbLinks = toSet("on at for in until till through from to into")

// habitualWords tell that a present tense is a habit, no event.
var habitualWords = toSet("normally usually typically often always generally sometimes rarely")

// presentVerb reports whether w, followed by next, reads as a verb in
// the present tense in -s: "runs" before "for", not "press" nor a short
// word.
func presentVerb(w, next string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && verbLinks[next]
}

// presentShared reports whether a clause opening with a present-tense
// verb follows a bare "and" that joins it to another present-tense verb
// of the same subject: in "The poll opens on Friday and closes after
// three days" the poll closes, so the clause "closes after three days"
// has the sentence's subject.
func presentShared(before, clause string) bool {
	ws := lowerWords(before)
	n := len(ws)
	gap := strings.TrimRight(before, " ")
	if n < 4 || ws[n-1] != "and" || commaSemicolonMarks.in(gap[max(0, len(gap)-5):]) {
		return false
	}
	cs := lowerWords(clause)
	if len(cs) < 2 || !presentVerb(cs[0], cs[1]) || !startsLower(clause) {
		return false
	}
	for i := n - 2; i >= 1 && i >= n-1-modalReach; i-- {
		if habitualWords[ws[i]] {
			return false // "normally starts in May and lasts to October": no event
		}
		if presentVerb(ws[i], ws[i+1]) && !determiners[ws[i-1]] && !habitualWords[ws[i-1]] {
			return true
		}
	}
	return false
}

// startsLower reports whether s opens with a lower-case letter.
func startsLower(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

// presentSubjectEnd returns where the subject opening text[st:] ends
// at a present-tense verb ("The poll opens on Friday"), within
// maxSubjectTokens words and no punctuation.
func presentSubjectEnd(text string, st int) (int, bool) {
	end := st
	for i := 0; i < maxSubjectTokens; i++ {
		ws, we := nextToken(text, end)
		if ws == we || strings.TrimSpace(text[end:ws]) != "" {
			return 0, false
		}
		if i > 0 && startsLower(text[ws:we]) && presentVerb(strings.ToLower(text[ws:we]), nextWord(text[we:])) {
			return ws, true
		}
		end = we
	}
	return 0, false
}
