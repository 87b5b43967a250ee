package kb

// contestRoles are descriptions that tell only where a person stands in
// a contest, not what they are: "the incumbent", "the challenger". Alone
// they say less than any office the articles give, held or former: "the
// outgoing mayor" says who the incumbent is.
var contestRoles = map[string]bool{
	"incumbent": true, "challenger": true, "contender": true, "front-runner": true, "frontrunner": true,
	"runner-up": true, "favourite": true, "favorite": true, "underdog": true, "hopeful": true, "rival": true,
}

// contestRole reports whether a role (normalised) is a bare contest
// role (see contestRoles).
func contestRole(norm string) bool { return contestRoles[norm] }
