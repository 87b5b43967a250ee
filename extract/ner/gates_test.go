package ner

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"newsbot/extract/internal/newscorpus"
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// gatedRule is a rule that refine runs only when the document may hold a
// word of one of sets.
type gatedRule struct {
	name string
	sets []map[string]bool
	run  func(text string, toks []tok.Token, dt *docTags)
}

// unionWord holds the word that continentalUnions' gate asks for.
var unionWord = wordSet("Union")

var gatedRules = []gatedRule{
	{"dropLeadParticiples", []map[string]bool{leadParticiples}, func(text string, toks []tok.Token, dt *docTags) { dropLeadParticiples(text, toks, dt.tags) }},
	{"airBases", []map[string]bool{basePrefixes}, func(text string, toks []tok.Token, dt *docTags) { airBases(text, toks, dt.tags) }},
	{"offshorePlaces", []map[string]bool{seaPlacePreps}, offshorePlaces},
	{"dropVoteTallies", []map[string]bool{tallyWords}, func(text string, toks []tok.Token, dt *docTags) { dropVoteTallies(text, toks, dt.tags) }},
	{"localPlaces", []map[string]bool{localNouns}, localPlaces},
	{"titledJudges", []map[string]bool{judicialTitles}, titledJudges},
	{"shipNames", []map[string]bool{vesselPrefixes, vesselPrefixesWeak}, shipNames},
	{"foundedCompanies", []map[string]bool{foundingVerbs}, foundedCompanies},
	{"dropThanks", []map[string]bool{thanksWords}, dropThanks},
	{"honoredParticleNames", []map[string]bool{nameParticles}, honoredParticleNames},
	{"dropMeals", []map[string]bool{meals}, dropMeals},
	{"dropProcedureWords", []map[string]bool{procedureHeads, peerTitles}, dropProcedureWords},
	{"joinParticleNames", []map[string]bool{nameParticles}, joinParticleNames},
	{"dropBareZones", []map[string]bool{universalZones, regionalZones}, dropBareZones},
	{"joinStreetTails", []map[string]bool{streetTails}, joinStreetTails},
	{"postNominalPeople", []map[string]bool{postNominals}, postNominalPeople},
	{"dropMemberTitles", []map[string]bool{memberTitles}, dropMemberTitles},
	{"memberLabelPeople", []map[string]bool{memberTitles}, memberLabelPeople},
	{"vesselNames", []map[string]bool{vesselNouns}, vesselNames},
	{"sameNamedBodies", []map[string]bool{bodyOfStatesHeads}, sameNamedBodies},
	{"continentalUnions", []map[string]bool{unionWord}, continentalUnions},
}

// triggerTexts hold the trigger words of the gated rules where the rules
// act on them, so that a rule run on them changes tags: they check that
// the test would see a gate on the wrong words.
var triggerTexts = []string{
	"Rescued in Ohio, Arrested at home.",
	"RAF Lossiemouth said. The jets left RNAS Culdrose.",
	"The ferry sank off Sulawesi on Monday. The boat left Mindoro off the coast of Leyte.",
	"Ayes 312, Noes 20, Nays 4.",
	"Ashby said the Ashby museum opened near the Kessa harbour.",
	"Justice Adaeze Nwosu ruled. Lady Justice Okafor and Lord Justice Brennan agreed.",
	"HMS Victory sailed. The crew of the MV Sinar Jaya and KM Lestari were rescued.",
	"Ada Lovelace, who founded Brightwater Live, the events group, said it co-founded Orbitek Ltd.",
	"Thanks Giving was held. Thank You Ada.",
	"Sir Ludwig van Beethoven met Dr de Gaulle and Mr van der Berg.",
	"Good Morning at Breakfast with Lunch and Dinner.",
	"The Bill had its Second Reading and got Royal Assent.",
	"Thanks, said the noble Baroness.",
	"Ada Lovelace van Dyke met Jan de Vries. Times are in GMT, or 1400 UTC.",
	"Times are given in CET and in EST. Ada Smith de.",
	"They met at Ashby Harbour Road and on Kessa High Street near Orbitek Quay.",
	"Ada Smith OBE and Sir Tom Jones CBE FRS met. Kessa Jones MP said.",
	"Jo Hale MP: Yes.\nAda Smith MSP: No.\nTom Jones MEP: Yes.\nKessa Orbitek TD: No.",
	"The tanker Coral Dawn sank and the ferry Sea Lark left. The Coral Dawn was old.",
	"The African Union and European Union met.",
	"The Arlen Union, the Arlen Union, the Arlen Union, the Arlen Union and the Arlen Union met the Arlen Union.",
}

// TestProcedureHeadsEndProcedureNames checks that every procedure's name
// ends in a word of procedureHeads, which the rule's gate relies on.
func TestProcedureHeadsEndProcedureNames(t *testing.T) {
	for name := range procedureNames {
		words := strings.Fields(name)
		if !procedureHeads[words[len(words)-1]] {
			t.Errorf("%q ends in no word of procedureHeads", name)
		}
	}
}

// randomTags returns n tags of mentions of random types and lengths, so
// that the rules meet many more mentions than the tagger gives them.
func randomTags(r *rand.Rand, n int) []int {
	tags := make([]int, n)
	for i := range tags {
		switch ty := r.Intn(model.NumTypes); {
		case r.Intn(3) == 0:
		case i > 0 && tags[i-1] != 0 && r.Intn(2) == 0:
			tags[i] = model.InsideTag(model.TagType(tags[i-1]))
		default:
			tags[i] = model.BeginTag(ty)
		}
	}
	return tags
}

// TestGatedRulesIdleWithoutTriggers runs each gated rule on the news
// stories whose word filter rejects its sets, on the decoder's tags, on
// the refined ones and on random ones, and checks that it changes no tag there: the gate
// skips only what the rule would not have done.
func TestGatedRulesIdleWithoutTriggers(t *testing.T) {
	tg := mustLoad(t)
	var crafted []story
	for _, text := range triggerTexts {
		crafted = append(crafted, story{text, newscorpus.RoughSentences(text)})
	}
	docs := append(decodeStories(t, tg, crafted), decodeStories(t, tg, readStories(t, 2000))...)
	idle := make([]int, len(gatedRules))
	r := rand.New(rand.NewSource(1))
	for n, d := range docs {
		refined := append(make([]int, 0, len(d.tags)+1), d.tags...)
		refine(d.text, d.toks, refined, tg.m.KnownWord)
		variants := [][]int{d.tags, refined, randomTags(r, len(d.tags))}
		for n < len(crafted) && len(variants) < 300 {
			variants = append(variants, randomTags(r, len(d.tags)))
		}
		for _, tags := range variants {
			for r, rule := range gatedRules {
				work := append(make([]int, 0, len(tags)+1), tags...)
				dt := newDocTags(d.text, d.toks, work)
				if slices.ContainsFunc(rule.sets, dt.mayHoldAny) {
					dt.release()
					continue
				}
				idle[r]++
				rule.run(d.text, d.toks, dt)
				dt.release()
				if !slices.Equal(work, tags) {
					t.Fatalf("%s changed the tags of a story without its trigger words: %.60q", rule.name, d.text)
				}
			}
		}
	}
	for r, rule := range gatedRules {
		if idle[r] == 0 {
			t.Errorf("%s: no story lacks its trigger words, so nothing was checked", rule.name)
		}
	}
}
