package identity

// expertHeads name a person by the field "in" gives, as a teaching post
// does (teachingHeads): "a specialist in product liability at Kelbury
// University", "an expert in toxicology".
var expertHeads = wordSet(`expert specialist authority consultant`)
