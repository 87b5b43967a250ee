package segment

// IsTurn reports whether a paragraph (or its first sentence) opens with a
// speaker's label in capitals, as a transcript's turns do: "ANNA REYES:
// Thank you.", "Q (Lee Park, Daily Post): When?". Labels a page gives its
// own notes ("UPDATE:", "EDITOR'S NOTE:") open no turn.
func IsTurn(para string) bool {
	return isTurn(para)
}
