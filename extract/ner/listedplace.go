package ner

import "newsbot/extract/ner/internal/model"

// ListedPlace reports whether the one word w is the full name of a place
// of the tagger's place list: "London", "Hungary".
func ListedPlace(w string) bool { return model.ListedPlace([]string{w}) }
