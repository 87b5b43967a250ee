package ner

import "newsbot/extract/ner/internal/model"

// Demonym reports whether w is the adjective of the people of a listed
// country or city: "Moldovan", "Qatari", "Egyptian". Unlike Descriptor it
// does not guess from the ending ("Meridian" is none).
func Demonym(w string) bool { return model.Demonym(w) }
