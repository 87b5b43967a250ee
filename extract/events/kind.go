package events

import (
	"strings"
	"unicode"
)

// CalledByKind reports whether a summary speaks of a named thing by the
// kind of thing it is, as the sentences after an article's lead do once
// the lead has named it: "the storm" or "the hurricane" for Hurricane
// Delphine, "the fire" for the Sulphur Fire; not "two previous
// hurricanes".
func CalledByKind(summary, name string) bool {
	class := KindOfName(name)
	if class == "" {
		return false
	}
	ws := strings.FieldsFunc(strings.ToLower(summary), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "the" && namedKinds[ws[i+1]] == class {
			return true
		}
	}
	return false
}

// KindOfName returns the class of the kind word that opens or closes a
// name ("storm" for "Hurricane Delphine", "fire" for "Sulphur Fire"), ""
// for none.
func KindOfName(name string) string {
	fs := strings.Fields(strings.ToLower(name))
	if len(fs) < 2 {
		return ""
	}
	if c := namedKinds[fs[0]]; c != "" {
		return c
	}
	return namedKinds[fs[len(fs)-1]]
}

// namedKinds maps the kinds of named events onto their class: a
// hurricane is also called the storm.
var namedKinds = func() map[string]string {
	m := map[string]string{}
	for class, kinds := range map[string]string{
		"storm": "storm hurricane typhoon cyclone",
		"fire":  "fire wildfire bushfire blaze",
	} {
		for _, k := range strings.Fields(kinds) {
			m[k] = class
		}
	}
	return m
}()
