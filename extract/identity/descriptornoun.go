package identity

// descriptorNouns describe who a person is to the story, not an office,
// and open a sentence capitalised before the full name: "Reader Ann
// Probert, who lives nearby, said", "Witness Tom Hale told police". They
// are no part of the name.
var descriptorNouns = wordSet(`reader readers viewer viewers listener listeners resident residents neighbour neighbor
	shopper shoppers commuter commuters witness eyewitness passenger passengers fan fans motorist pedestrian
	onlooker bystander villager homeowner householder pensioner tenant customer`)

// descriptorOpens reports whether the name token t at index i of a
// personal name whose last token is at last is a descriptor noun in front
// of a full name of two words or more: "Reader" of "Reader Ann Probert",
// not "Fan" of "Fan Bingbing".
func descriptorOpens(t string, i, last int) bool {
	return i == 0 && last >= 2 && isCapitalised(t) && bareIn(descriptorNouns, t)
}
