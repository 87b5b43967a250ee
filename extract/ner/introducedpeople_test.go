package ner

import "testing"

func TestIntroducedPeople(t *testing.T) {
	runRefineCases(t, []refineCase{
		{"a name after identified only as is a person", "The boy , identified only as Dorin , was carried out",
			"O O O O O O B-ORG O O O O", "O O O O O O B-PER O O O O"},
		{"a name after named only as is a person", "a man named only as Dorin was held",
			"O O O O O B-LOC O O", "O O O O O B-PER O O"},
		{"a name after a woman called is a person", "a woman called Dorin said",
			"O O O B-LOC O", "O O O B-PER O"},
		{"a name after a noun of a person and named as is a person", "the victim was named as Dorin Vasile",
			"O O O O O B-ORG I-ORG", "O O O O O B-PER I-PER"},
		{"the name takes the type at its other mentions", "a girl called Dorin . Dorin was nine",
			"O O O B-ORG O B-ORG O O", "O O O B-PER O B-PER O O"},
		{"a group known only as a name stays a body", "a group known only as Black Orchid said",
			"O O O O O B-ORG I-ORG O", "O O O O O B-ORG I-ORG O"},
		{"a name identified as after a thing a person has stays", "the man 's car , identified as Toyota , burned",
			"O O O O O O O B-ORG O O", "O O O O O O O B-ORG O O"},
		{"a village called a name stays a place", "a village called Dorin flooded",
			"O O O B-LOC O", "O O O B-LOC O"},
		{"a name identified as with no person before it stays", "the strain identified as Omicron spread",
			"O O O O B-MISC O", "O O O O B-MISC O"},
	})
}

func TestPoliticalParties(t *testing.T) {
	runRefineCases(t, []refineCase{
		{"a place before party in a sentence about politics is a party", "The nationalist Fatherland party , led by Dorin Vasile , won 17 seats",
			"O O B-LOC O O O O B-PER I-PER O O O O", "O O B-ORG O O O O B-PER I-PER O O O O"},
		{"a listed place before party stays a place", "the Texas party won 17 seats",
			"O B-LOC O O O O", "O B-LOC O O O O"},
		{"a place before party outside politics stays a place", "a Hollywood party ended at dawn",
			"O B-LOC O O O O", "O B-LOC O O O O"},
	})
}

func TestFormerEmployers(t *testing.T) {
	runRefineCases(t, []refineCase{
		{"a name after joined from is the employer left", "Osei , who joined from Telkomsa in 2019 , said",
			"B-PER O O O O B-LOC O O O O", "B-PER O O O O B-ORG O O O O"},
		{"a name after joined the company from is the employer left", "she joined the company from Telkomsa last year",
			"O O O O O B-LOC O O", "O O O O O B-ORG O O"},
		{"a listed place after joined from stays a place", "he joined from London in 2019",
			"O O O B-LOC O O", "O O O B-LOC O O"},
		{"a place after another verb and from stays a place", "she flew from Telkomsa last year",
			"O O O B-LOC O O", "O O O B-LOC O O"},
	})
}
