package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// airlineHeads end an airline's full name, which news shortens to the
// words before them: "Tarnow Vale Airways" is "Tarnow Vale".
var airlineHeads = wordSet(`airways airlines air`)

// minAirlineShortWords is how many words an airline's short name needs:
// one word alone ("American", "Continental", "Western") names too many
// other firms and things.
const minAirlineShortWords = 2

// airlineShortName returns the words of an organisation's name before the
// airline head that ends it, and whether it ends in one after
// minAirlineShortWords words or more.
func airlineShortName(name string) (string, bool) {
	f := strings.Fields(name)
	if len(f) <= minAirlineShortWords || !airlineHeads[strings.ToLower(f[len(f)-1])] {
		return "", false
	}
	return strings.Join(f[:len(f)-1], " "), true
}

// mergeAirlineNames joins an airline's full name ("Tarnow Vale Airways")
// to its short name ("Tarnow Vale") when the corpus takes the short name
// for an organisation more often than for a place: "Alaska" is the state,
// not Alaska Airlines.
func (c *corpus) mergeAirlineNames() {
	shortOf := map[int32]string{} // name id → its short name's key
	for n, ni := range c.names {
		if short, ok := airlineShortName(ni.name); ok {
			if k := Key(short); k != "" {
				shortOf[int32(n)] = k
			}
		}
	}
	if len(shortOf) == 0 {
		return
	}
	wanted := map[string]int32{}
	for _, k := range shortOf {
		wanted[k] = -1
	}
	for _, ni := range c.names {
		if id, ok := wanted[ni.keyText]; ok && id < 0 && ni.key >= 0 {
			wanted[ni.keyText] = ni.key
		}
	}
	place, org, firstOrg := map[int32]int{}, map[int32]int{}, map[int32]int{}
	for i := range c.ents {
		k := c.info(i).key
		switch c.ents[i].Type {
		case doc.Place:
			place[k]++
		case doc.Org:
			org[k]++
			if _, ok := firstOrg[k]; !ok {
				firstOrg[k] = i
			}
		}
	}
	for i := range c.ents {
		short, ok := shortOf[c.nameOf[i]]
		if !ok || c.ents[i].Type != doc.Org {
			continue
		}
		k := wanted[short]
		if j, ok := firstOrg[k]; ok && k >= 0 && org[k] > place[k] {
			c.uf.union(i, j)
		}
	}
}
