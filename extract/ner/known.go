package ner

// KnownWord reports a word the news writes in lower case, as the tagger's
// word clusters know it: "parliament" is one, a coined drug name such as
// "velostat" is not.
func (t *Tagger) KnownWord(w string) bool { return t.m.KnownWord(w) }
