package segment

import "strings"

// editorsNoteLabels head a press release's notes to editors, the
// background it gives journalists after the release proper: "Notes to
// editors:", "Note for editors", "Editors' notes".
var editorsNoteLabels = phrases(`notes to editors; note to editors; notes for editors; note for editors;
	notes to the editor; note to the editor; notes to the editors; editors' notes; editors’ notes;
	editor's notes; editor’s notes; notes for editor; notes to editor`)

// isEditorsNote matches the label of a release's notes to editors, alone
// on its line or before a colon ("Notes to editors: The Ministry of Trade
// and Industry (MTI) is responsible for trade policy."). "Notes to
// editors show the leak came earlier" has no colon after the label.
func isEditorsNote(s string) bool {
	t := strings.TrimSpace(s)
	if !hasPrefixFold(t, []string{"note", "editor"}) {
		return false
	}
	label, _, colon := strings.Cut(t, ":")
	if !colon {
		label = strings.TrimRight(t, " .")
	}
	return editorsNoteLabels[strings.Join(strings.Fields(strings.ToLower(label)), " ")]
}
