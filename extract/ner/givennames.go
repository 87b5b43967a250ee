package ner

// GivenPlaceName reports a word that names a place and is also a common
// given name ("Jordan", "Sofia", "Florence"): a name of two words opening
// with it may be a person's ("Jordan Ellery") though the tagger read a
// place.
func GivenPlaceName(w string) bool { return lowerIn(givenPlaces, w) }
