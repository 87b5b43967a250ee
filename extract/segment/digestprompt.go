package segment

import "strings"

// digestHeads close the name of a site's e-mailed digest: "the Herald
// Evening Briefing".
var digestHeads = []string{" briefing", " digest"}

// namesDigest reports whether a short lower-case prompt opening with
// "get" ends with the name of a digest (digestHeads): "Get the Ledger
// Evening Briefing." offers the digest; "Get the briefing from the fire
// chief" does not end with it.
func namesDigest(lower string) bool {
	l := strings.TrimRight(strings.TrimSpace(lower), ".!")
	for _, h := range digestHeads {
		if strings.HasSuffix(l, h) {
			return true
		}
	}
	return false
}
