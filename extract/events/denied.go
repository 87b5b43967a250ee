package events

import "slices"

// subjectDenials open a subject that denies what its verb tells: "Neither
// the tariffs nor the levies will take effect", "No talks will be held".
var subjectDenials = toSet("neither no none nobody nothing")

// notDenying are the words after "no" that make it no denial of its
// noun: "no more than ten will be sold", "no doubt the bank will".
var notDenying = toSet("more less fewer later earlier sooner longer doubt matter")

// negatedSubject reports whether ws[i] is a modal of the future whose
// subject is denied, so that what it tells will not happen: "Neither
// the Valdorian tariffs nor the Kessland measures will take effect on 1
// March", "No decision will be taken on Friday", "nor will the bank act
// in June". A verb between the denial and the modal ("no one said the
// bank will") leaves the future standing.
func negatedSubject(ws []string, i int) bool {
	if !deniableModals[ws[i]] || i+1 < len(ws) && (ws[i+1] == "not" || ws[i+1] == "never" || ws[i+1] == "t") {
		return false
	}
	if slices.ContainsFunc(ws[i:], func(w string) bool { return denialStarts[w] }) {
		return false // "No interest will accrue starting May 18" stops it then
	}
	if i > 0 && ws[i-1] == "nor" {
		return true // "nor will the bank act in June"
	}
	for j := i - 1; j >= 0; j-- {
		w := ws[j]
		if auxiliaries[w] || deniableModals[w] || pastVerbs[w] || irregularPast[w] || reportVerbs[w] || questionWords[w] {
			return false
		}
		if subjectDenials[w] {
			return w != "no" || j+1 < i && !notDenying[ws[j+1]]
		}
	}
	return false
}

// reportVerbs are the verbs of saying that put a clause under them:
// "nobody says the bank will act".
var reportVerbs = toSet("say says said think thinks expect expects believe believes")

// questionWords open a question put under a noun, whose future is not
// the noun's: "no knowledge of how much grain Moscow would buy".
var questionWords = toSet("how what whether why where")

// denialStarts date what stops under a denied subject: "No interest will
// accrue starting May 18" tells of a change on that day.
var denialStarts = toSet("starting beginning effective")
