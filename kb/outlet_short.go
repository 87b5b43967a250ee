package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// outletShortNames returns, by outletKey, the last word of the names of
// the corpus's outlets of two words or more ("The Eastern Ledger",
// "Harbour Courier") mapped to the outlet's name as its articles give it:
// "told the Ledger" names the Eastern Ledger. A word that ends two
// outlets' names maps to "".
func outletShortNames(sources map[string]bool) map[string]string {
	out := map[string]string{}
	for src := range sources {
		words := strings.Fields(src)
		if len(words) > 0 && strings.EqualFold(words[0], "the") {
			words = words[1:]
		}
		if len(words) < 2 {
			continue
		}
		last := words[len(words)-1]
		if r, _ := utf8.DecodeRuneInString(last); !unicode.IsUpper(r) {
			continue
		}
		k, name := outletKey(last), strings.TrimSpace(src)
		switch o, seen := out[k]; {
		case !seen:
			out[k] = name
		case o == "":
		case outletKey(o) != outletKey(name):
			out[k] = ""
		case name < o:
			// One outlet written two ways ("The Eastern Ledger",
			// "Eastern Ledger"): the same one whatever the order.
			out[k] = name
		}
	}
	return out
}

// outletOfShortName returns the outlet an organisation's one-word name
// stands for (see outletShortNames), or "".
func outletOfShortName(shorts map[string]string, name string) string {
	if len(shorts) == 0 || strings.ContainsAny(strings.TrimSpace(name), " \t") {
		return ""
	}
	return byOutletKey(shorts, name)
}

// namesOwnOutlet reports whether name is the last word of the name of
// source, the outlet of the article naming it: "the Ledger can reveal" in
// an article of The Eastern Ledger is the paper telling its reporting. An
// outlet named whole is left alone: an organisation's own statement
// names it so, and is about it.
func namesOwnOutlet(name, source string) bool {
	return outletOfShortName(outletShortNames(map[string]bool{source: true}), name) != ""
}
