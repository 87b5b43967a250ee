package quotes

// byRoles are the roles a passive verb gives the person after "by": a
// film "directed by Jo Reed" has Reed as its director.
var byRoles = map[string]string{
	"directed": "director",
	"chaired":  "chairman",
}

// roleBy returns the role a passive verb right before "by" gives the
// person named at j ("is directed by Jo Reed"), or "".
func roleBy(toks []token, j int) string {
	if j < 2 || toks[j-1].low != "by" {
		return ""
	}
	return byRoles[toks[j-2].low]
}
