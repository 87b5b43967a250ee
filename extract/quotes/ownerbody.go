package quotes

// commonOwner reports whether a word is the possessive of a common noun
// in lower case ("agency's"): a body's office named after it ("the
// agency's Leeds office") is no body's name.
func commonOwner(t token) bool {
	return t.kind == tkWord && !t.upper && t.ment < 0 && possessive(t.low)
}
