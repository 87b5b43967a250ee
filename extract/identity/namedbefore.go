package identity

// ownBodyHeads are the generic heads naming a body that any company or
// institution has of its own: "the Board" of a firm's press release is
// its board of directors, not whichever "… Board" the release names.
var ownBodyHeads = wordSet(`board`)

// ownBodyHead reports whether name is only a head of ownBodyHeads.
func ownBodyHead(name string) bool {
	return IsGenericHead(name) && bareIn(ownBodyHeads, name)
}

// namedBefore reports whether the body e is named in full before the
// generic head noun f first stands alone: the word looks back to a name
// already given ("the Board" after "the Fair Trading Board"), not ahead
// to one named later for something else (a company's "the Board" long
// before a regulator "Fair Trading Board" is named).
func namedBefore(e *articleEntity, f *form) bool {
	for _, g := range e.forms {
		if g != f && g.first < f.first {
			return true
		}
	}
	return false
}
