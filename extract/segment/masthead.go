package segment

import "strings"

// maxMastheadNameWords bounds the site's name in a masthead field.
const maxMastheadNameWords = 4

// isMastheadField matches the first field of a page's bar that names the
// site and then its kind of page: "Harbour Gazette live blog", "Daily
// Courier newsletter". One to four capitalised words come first, then only
// site vocabulary and filler, with at least one word of the site's
// vocabulary. A reported fact names more than a site ("Council
// approves budget").
func isMastheadField(f string) bool {
	words := strings.Fields(f)
	name := 0
	for name < len(words) && isCapitalWord(words[name]) {
		name++
	}
	if name == 0 || name > maxMastheadNameWords || name == len(words) {
		return false
	}
	return isSiteVocabulary(strings.Fields(strings.ToLower(strings.Join(words[name:], " "))))
}
