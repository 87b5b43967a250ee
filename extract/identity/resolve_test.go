package identity

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// mentionsOf builds mentions for the given surfaces, each taken at every
// occurrence in text, as a tagger would report them.
func mentionsOf(text string, spec ...string) []doc.Mention {
	var ms []doc.Mention
	for _, sp := range spec {
		typ, surface, _ := strings.Cut(sp, ":")
		from := 0
		for {
			i := strings.Index(text[from:], surface)
			if i < 0 {
				break
			}
			s := from + i
			ms = append(ms, doc.Mention{Span: doc.Span{Start: s, End: s + len(surface)}, Type: doc.EntityType(typ), Text: surface})
			from = s + len(surface)
		}
	}
	return ms
}

// nthMentions builds one mention per spec "TYPE:surface" or
// "TYPE:surface#n", the n-th occurrence (from 1) of surface in text.
func nthMentions(t *testing.T, text string, spec []string) []doc.Mention {
	t.Helper()
	var ms []doc.Mention
	for _, sp := range spec {
		typ, surface, _ := strings.Cut(sp, ":")
		n := 1
		if i := strings.LastIndexByte(surface, '#'); i > 0 {
			n, _ = strconv.Atoi(surface[i+1:])
			surface = surface[:i]
		}
		s, from := -1, 0
		for k := 0; k < n; k++ {
			i := strings.Index(text[from:], surface)
			if i < 0 {
				t.Fatalf("occurrence %d of %q not in text", n, surface)
			}
			s = from + i
			from = s + len(surface)
		}
		ms = append(ms, doc.Mention{Span: doc.Span{Start: s, End: s + len(surface)}, Type: doc.EntityType(typ), Text: surface})
	}
	return ms
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     map[string]string // bare mention text → canonical
		types    map[string]doc.EntityType
	}{
		{
			name:     "a surname and a possessive join the full name",
			text:     "Russian President Vladimir Putin met envoys. Putin said no. Putin’s aide spoke. Putin's plan.",
			mentions: []string{"PERSON:Russian President Vladimir Putin", "PERSON:Putin#2", "PERSON:Putin’s", "PERSON:Putin's"},
			want:     map[string]string{"Vladimir Putin": "Vladimir Putin", "Putin": "Vladimir Putin"},
		},
		{
			name:     "a surname alone with two letters swapped from the one full name's is that person",
			text:     "A display from teenager Danny Okonkow. Asked about Okonkwo, he smiled. She told Okonkwo at half-time.",
			mentions: []string{"PERSON:Danny Okonkow", "PERSON:Okonkwo", "ORG:Okonkwo#2"},
			want:     map[string]string{"Danny Okonkow": "Danny Okonkow", "Okonkwo": "Danny Okonkow"},
			types:    map[string]doc.EntityType{"Okonkwo": doc.Person},
		},
		{
			name:     "a surname alone with two letters swapped never taken for a person stays apart",
			text:     "A display from teenager Danny Okonkow. Shares in Okonkwo fell.",
			mentions: []string{"PERSON:Danny Okonkow", "ORG:Okonkwo"},
			want:     map[string]string{"Danny Okonkow": "Danny Okonkow", "Okonkwo": "Okonkwo"},
			types:    map[string]doc.EntityType{"Okonkwo": doc.Org},
		},
		{
			name:     "a surname alone with two letters swapped from two people's stays apart",
			text:     "Danny Okonkow and Ruth Okonkow met. Asked about Okonkwo, he smiled.",
			mentions: []string{"PERSON:Danny Okonkow", "PERSON:Ruth Okonkow", "PERSON:Okonkwo"},
			want:     map[string]string{"Danny Okonkow": "Danny Okonkow", "Ruth Okonkow": "Ruth Okonkow", "Okonkwo": "Okonkwo"},
		},
		{
			name:     "a storm whose bare name is mostly taken for a person's is still no person",
			text:     "Marisol toll climbs. The toll from Hurricane Marisol climbed. Marisol struck the coast.",
			mentions: []string{"PERSON:Marisol", "OTHER:Hurricane Marisol", "PERSON:Marisol#2"},
			want:     map[string]string{"Marisol": "Hurricane Marisol", "Hurricane Marisol": "Hurricane Marisol"},
			types:    map[string]doc.EntityType{"Marisol": doc.Other, "Hurricane Marisol": doc.Other},
		},
		{
			name:     "a name with a year alone in brackets after it is a work, not a person",
			text:     "Eight years later came Lantern Hours (1979), which reached number three.",
			mentions: []string{"PERSON:Lantern Hours"},
			want:     map[string]string{"Lantern Hours": "Lantern Hours"},
			types:    map[string]doc.EntityType{"Lantern Hours": doc.Other},
		},
		{
			name:     "a name in apposition to an album is a work, not a person",
			text:     "His debut album, Salt Roads, sold modestly at first.",
			mentions: []string{"PERSON:Salt Roads"},
			want:     map[string]string{"Salt Roads": "Salt Roads"},
			types:    map[string]doc.EntityType{"Salt Roads": doc.Other},
		},
		{
			name:     "a name listed after an album's name is a work, not a person",
			text:     "The singer behind the albums Salt Roads and Lantern Hours has died.",
			mentions: []string{"ORG:Salt Roads", "PERSON:Lantern Hours"},
			want:     map[string]string{"Salt Roads": "Salt Roads", "Lantern Hours": "Lantern Hours"},
			types:    map[string]doc.EntityType{"Lantern Hours": doc.Other},
		},
		{
			name:     "a person with a span of years in brackets is still a person",
			text:     "The poet Dylan Thomas (1914-1953) wrote it. Dylan Thomas drank.",
			mentions: []string{"PERSON:Dylan Thomas", "PERSON:Dylan Thomas#2"},
			want:     map[string]string{"Dylan Thomas": "Dylan Thomas"},
			types:    map[string]doc.EntityType{"Dylan Thomas": doc.Person},
		},
		{
			name:     "a person named once beside a year and once without is still a person",
			text:     "Ann Lee (2019) found it. Later Ann Lee left.",
			mentions: []string{"PERSON:Ann Lee", "PERSON:Ann Lee#2"},
			want:     map[string]string{"Ann Lee": "Ann Lee"},
			types:    map[string]doc.EntityType{"Ann Lee": doc.Person},
		},
		{
			name:     "a firm's plural head makes a name tagged as a person's a firm",
			text:     "The recall was ordered. Halden Biologics said it was sorry.",
			mentions: []string{"PERSON:Halden Biologics"},
			want:     map[string]string{"Halden Biologics": "Halden Biologics"},
			types:    map[string]doc.EntityType{"Halden Biologics": doc.Org},
		},
		{
			name:     "a fund of a series tagged as a person is a firm",
			text:     "The deal was led by Plant Resources Venture Fund II, the partners said.",
			mentions: []string{"PERSON:Plant Resources Venture Fund II"},
			want:     map[string]string{"Plant Resources Venture Fund II": "Plant Resources Venture Fund II"},
			types:    map[string]doc.EntityType{"Plant Resources Venture Fund II": doc.Org},
		},
		{
			name:     "a body with a storm word inside its name is no storm",
			text:     "The National Hurricane Center said the storm would weaken. Forecasters at the National Hurricane Center agreed.",
			mentions: []string{"ORG:National Hurricane Center", "OTHER:National Hurricane Center#2"},
			want:     map[string]string{"National Hurricane Center": "National Hurricane Center"},
			types:    map[string]doc.EntityType{"National Hurricane Center": doc.Org},
		},
		{
			name:     "a company named after a person of the article keeps its speech when the article names it in full",
			text:     "Ingrid Ford runs Ford Motor. Ford told reporters it would cut jobs.",
			mentions: []string{"PERSON:Ingrid Ford", "ORG:Ford Motor", "ORG:Ford#3"},
			want:     map[string]string{"Ingrid Ford": "Ingrid Ford", "Ford Motor": "Ford Motor", "Ford": "Ford"},
			types:    map[string]doc.EntityType{"Ford": doc.Org},
		},
		{
			name:     "a surname a relative clause on a person follows is the person, whatever the tagger typed",
			text:     "Mayor Awa Ndiaye opened the bridge. Ndiaye, who was elected in May, called it overdue.",
			mentions: []string{"PERSON:Mayor Awa Ndiaye", "PLACE:Ndiaye#2"},
			want:     map[string]string{"Awa Ndiaye": "Awa Ndiaye", "Ndiaye": "Awa Ndiaye"},
			types:    map[string]doc.EntityType{"Ndiaye": doc.Person},
		},
		{
			name:     "a place a relative clause on a thing follows stays a place",
			text:     "Trader Ali Jordan flew home. Jordan, which borders Syria, shut its border.",
			mentions: []string{"PERSON:Ali Jordan", "PLACE:Jordan#2"},
			want:     map[string]string{"Ali Jordan": "Ali Jordan", "Jordan": "Jordan"},
			types:    map[string]doc.EntityType{"Jordan": doc.Place},
		},
		{
			name:     "a company's description in apposition is no person's role",
			text:     "Halvorsen, the developer, said it would build homes. Volvo, the carmaker, said the same.",
			mentions: []string{"ORG:Halvorsen", "ORG:Volvo"},
			want:     map[string]string{"Halvorsen": "Halvorsen", "Volvo": "Volvo"},
			types:    map[string]doc.EntityType{"Halvorsen": doc.Org, "Volvo": doc.Org},
		},
		{
			name:     "the tail of a title phrase cut by the tagger is no given name",
			text:     "Minister of Water and Sanitation Sipho Ndlovu visited the dam. Ndlovu said it was low.",
			mentions: []string{"PERSON:Sanitation Sipho Ndlovu", "PERSON:Ndlovu#2"},
			want:     map[string]string{"Sipho Ndlovu": "Sipho Ndlovu", "Ndlovu": "Sipho Ndlovu"},
		},
		{
			name:     "a three-word name after a minister's name keeps its words",
			text:     "Foreign Minister Sergei Lavrov and Recep Tayyip Erdogan met.",
			mentions: []string{"PERSON:Foreign Minister Sergei Lavrov", "PERSON:Recep Tayyip Erdogan"},
			want:     map[string]string{"Recep Tayyip Erdogan": "Recep Tayyip Erdogan", "Sergei Lavrov": "Sergei Lavrov"},
		},
		{
			name:     "a three-word name after and without a title keeps its words",
			text:     "Talks between Putin and Recep Tayyip Erdogan ended.",
			mentions: []string{"PERSON:Putin", "PERSON:Recep Tayyip Erdogan"},
			want:     map[string]string{"Recep Tayyip Erdogan": "Recep Tayyip Erdogan", "Putin": "Putin"},
		},
		{
			name:     "a particled surname opening a sentence joins the full name",
			text:     "Engineer Pieter van der Walt resigned. Van der Walt said the plant was ready.",
			mentions: []string{"PERSON:Pieter van der Walt", "PERSON:Van der Walt"},
			want:     map[string]string{"Pieter van der Walt": "Pieter van der Walt", "Van der Walt": "Pieter van der Walt"},
		},
		{
			name:     "a lower-case particle capitalised to open a sentence joins the full name",
			text:     "The director Pierre-Henri du Bois spoke. Du Bois said he was moved.",
			mentions: []string{"PERSON:Pierre-Henri du Bois", "PERSON:Du Bois"},
			want:     map[string]string{"Pierre-Henri du Bois": "Pierre-Henri du Bois", "Du Bois": "Pierre-Henri du Bois"},
		},
		{
			name:     "a firm's name ending in a street word after an ampersand stays an organisation",
			text:     "Department store chain Harwood & Lane reported a fall in profit.",
			mentions: []string{"ORG:Harwood & Lane"},
			want:     map[string]string{"Harwood & Lane": "Harwood & Lane"},
			types:    map[string]doc.EntityType{"Harwood & Lane": doc.Org},
		},
		{
			name:     "a name ending in General without an office before it is a hospital",
			text:     "Ambulances are being diverted to Ridgeway General, the service says.",
			mentions: []string{"PERSON:Ridgeway General"},
			want:     map[string]string{"Ridgeway General": "Ridgeway General"},
			types:    map[string]doc.EntityType{"Ridgeway General": doc.Org},
		},
		{
			name:     "a street tagged an organisation is a place",
			text:     "Traffic on Station Lane was stopped.",
			mentions: []string{"ORG:Station Lane"},
			want:     map[string]string{"Station Lane": "Station Lane"},
			types:    map[string]doc.EntityType{"Station Lane": doc.Place},
		},
		{
			name:     "a capitalised particle surname inside a sentence joins the full name",
			text:     "The alliance, led by Maarten de Vries, won. \"It is stable,\" De Vries told reporters.",
			mentions: []string{"PERSON:Maarten de Vries", "PERSON:De Vries"},
			want:     map[string]string{"Maarten de Vries": "Maarten de Vries", "De Vries": "Maarten de Vries"},
		},
		{
			name:     "a given name that is also a particle stays a given name inside a sentence",
			text:     "Captain Ben Stokes batted. Dan ben Stokes watched. Ben Stokes said so.",
			mentions: []string{"PERSON:Captain Ben Stokes", "PERSON:Dan ben Stokes", "PERSON:Ben Stokes#2"},
			want:     map[string]string{"Ben Stokes": "Ben Stokes", "Dan ben Stokes": "Dan ben Stokes"},
		},
		{
			name:     "a surname after a lower-case Arabic article belongs to the name",
			text:     "Egyptian winger Muhammad al-Sayed signed. Al-Sayed said it was a dream.",
			mentions: []string{"PERSON:Muhammad", "PERSON:Al-Sayed"},
			want:     map[string]string{"Muhammad al-Sayed": "Muhammad al-Sayed", "Al-Sayed": "Muhammad al-Sayed"},
		},
		{
			name:     "a full name with a suffix the tagger took for a company is a person",
			text:     "Daniel Whitcombe Jr. runs the yard. Whitcombe said it would appeal.",
			mentions: []string{"ORG:Daniel Whitcombe Jr.", "PERSON:Whitcombe#2"},
			want:     map[string]string{"Daniel Whitcombe Jr.": "Daniel Whitcombe Jr.", "Whitcombe": "Daniel Whitcombe Jr."},
			types:    map[string]doc.EntityType{"Daniel Whitcombe Jr.": doc.Person},
		},
		{
			name:     "a surname with an Arabic article taken for a place joins the person",
			text:     "Striker Youssef al-Harbi signed. Al-Harbi said he had dreamed of it.",
			mentions: []string{"PERSON:Youssef al-Harbi", "PLACE:Al-Harbi"},
			want:     map[string]string{"Youssef al-Harbi": "Youssef al-Harbi", "Al-Harbi": "Youssef al-Harbi"},
			types:    map[string]doc.EntityType{"Al-Harbi": doc.Person},
		},
		{
			name:     "a surname with a suffix the tagger took for a company joins the full name",
			text:     "Daniel Okafor Jr. was sentenced on Wednesday. Okafor Jr. said nothing.",
			mentions: []string{"PERSON:Daniel Okafor Jr.", "ORG:Okafor Jr."},
			want:     map[string]string{"Daniel Okafor Jr.": "Daniel Okafor Jr.", "Okafor Jr.": "Daniel Okafor Jr."},
			types:    map[string]doc.EntityType{"Okafor Jr.": doc.Person},
		},
		{
			name:     "a company word ends a company's name, a street's a place",
			text:     "Brightwater Marine won the contract. Norland Securities raised its target. The library on Mill Street closed.",
			mentions: []string{"PERSON:Brightwater Marine", "PLACE:Norland Securities", "ORG:Mill Street"},
			want:     map[string]string{"Brightwater Marine": "Brightwater Marine", "Norland Securities": "Norland Securities", "Mill Street": "Mill Street"},
			types:    map[string]doc.EntityType{"Brightwater Marine": doc.Org, "Norland Securities": doc.Org, "Mill Street": doc.Place},
		},
		{
			name:     "a body's name without its trust is the trust",
			text:     "Nurses at Riverside University Hospitals NHS Trust walked out. Riverside University Hospitals said operations were postponed.",
			mentions: []string{"ORG:Riverside University Hospitals NHS Trust", "ORG:Riverside University Hospitals"},
			want:     map[string]string{"Riverside University Hospitals NHS Trust": "Riverside University Hospitals NHS Trust", "Riverside University Hospitals": "Riverside University Hospitals NHS Trust"},
		},
		{
			name:     "a prize's name without its for phrase is the prize",
			text:     "The Harwell Prize for Fiction longlist is out. The Harwell Prize is worth £50,000.",
			mentions: []string{"OTHER:Harwell Prize for Fiction", "OTHER:Harwell Prize"},
			want:     map[string]string{"Harwell Prize for Fiction": "Harwell Prize for Fiction", "Harwell Prize": "Harwell Prize for Fiction"},
		},
		{
			name:     "a word no one named in full bears, taken for a company as often as for a person, is a company",
			text:     "He said Aurora had a backlog of missions. Aurora plans to fly a crew by 2028.",
			mentions: []string{"PERSON:Aurora", "ORG:Aurora#2"},
			want:     map[string]string{"Aurora": "Aurora"},
			types:    map[string]doc.EntityType{"Aurora": doc.Org},
		},
		{
			name:     "a surname of someone named in full stays the person though also taken for a company",
			text:     "Jane Okafor spoke first. Okafor said the deal was done. Okafor would sign it.",
			mentions: []string{"PERSON:Jane Okafor", "PERSON:Okafor", "ORG:Okafor#2"},
			want:     map[string]string{"Jane Okafor": "Jane Okafor", "Okafor": "Jane Okafor"},
			types:    map[string]doc.EntityType{"Okafor": doc.Person},
		},
		{
			name:     "an institution's name without its nation is the institution",
			text:     "She headed the Spanish Film Academy. A memorial will be held at the Film Academy in Madrid.",
			mentions: []string{"ORG:Spanish Film Academy", "ORG:Film Academy", "PLACE:Madrid"},
			want:     map[string]string{"Spanish Film Academy": "Spanish Film Academy", "Film Academy": "Spanish Film Academy", "Madrid": "Madrid"},
		},
		{
			name:     "a league's name without a nation is another league",
			text:     "The Indian Premier League starts in March. The Premier League ends in May.",
			mentions: []string{"OTHER:Indian Premier League", "OTHER:Premier League"},
			want:     map[string]string{"Indian Premier League": "Indian Premier League", "Premier League": "Premier League"},
		},
		{
			name:     "a name that opens another body's name with other words stays apart",
			text:     "The Royal Society met. The Royal Society for the Protection of Birds objected.",
			mentions: []string{"ORG:Royal Society", "ORG:Royal Society for the Protection of Birds"},
			want:     map[string]string{"Royal Society": "Royal Society", "Royal Society for the Protection of Birds": "Royal Society for the Protection of Birds"},
		},
		{
			name:     "a court or a university is an organisation, a court taken for a place stays one",
			text:     "He appeared at Westminster Magistrates' Court. She taught at Loyola University. They lived near Earls Court.",
			mentions: []string{"OTHER:Westminster Magistrates' Court", "PLACE:Loyola University", "PLACE:Earls Court"},
			want:     map[string]string{"Westminster Magistrates' Court": "Westminster Magistrates' Court", "Loyola University": "Loyola University", "Earls Court": "Earls Court"},
			types:    map[string]doc.EntityType{"Westminster Magistrates' Court": doc.Org, "Loyola University": doc.Org, "Earls Court": doc.Place},
		},
		{
			name:     "a street or a dam taken for a person is a place",
			text:     "Marchers filled Hertzog Boulevard. Theewaterskloof Dam is at 20 percent.",
			mentions: []string{"PERSON:Hertzog Boulevard", "PERSON:Theewaterskloof Dam"},
			want:     map[string]string{"Hertzog Boulevard": "Hertzog Boulevard", "Theewaterskloof Dam": "Theewaterskloof Dam"},
			types:    map[string]doc.EntityType{"Hertzog Boulevard": doc.Place, "Theewaterskloof Dam": doc.Place},
		},
		{
			name:     "an island taken for a person is a place",
			text:     "The rocket lifted off from Tamure Island on Sunday.",
			mentions: []string{"PERSON:Tamure Island"},
			want:     map[string]string{"Tamure Island": "Tamure Island"},
			types:    map[string]doc.EntityType{"Tamure Island": doc.Place},
		},
		{
			name:     "titles and honorifics are trimmed from the span",
			text:     "Taoiseach Micheál Martin hosted Mr Zelensky and US Secretary of State Marco Rubio.",
			mentions: []string{"PERSON:Taoiseach Micheál Martin", "PERSON:Mr Zelensky", "PERSON:US Secretary of State Marco Rubio"},
			want:     map[string]string{"Micheál Martin": "Micheál Martin", "Zelensky": "Zelensky", "Marco Rubio": "Marco Rubio"},
		},
		{
			name:     "a transliteration variant of the surname joins the full name",
			text:     "Ukrainian President Volodymyr Zelenskiy spoke. President Zelensky said so.",
			mentions: []string{"PERSON:Volodymyr Zelenskiy", "PERSON:President Zelensky"},
			want:     map[string]string{"Volodymyr Zelenskiy": "Volodymyr Zelenskiy", "Zelensky": "Volodymyr Zelenskiy"},
		},
		{
			name:     "a surname shared by two full names stays ambiguous",
			text:     "Donald Trump and Melania Trump arrived. Trump spoke.",
			mentions: []string{"PERSON:Donald Trump", "PERSON:Melania Trump", "PERSON:Trump#3"},
			want:     map[string]string{"Donald Trump": "Donald Trump", "Melania Trump": "Melania Trump", "Trump": "Trump"},
		},
		{
			name:     "a diminutive given name joins the full form",
			text:     "Steven Witkoff landed. Steve Witkoff met Putin. Witkoff left.",
			mentions: []string{"PERSON:Steven Witkoff", "PERSON:Steve Witkoff", "PERSON:Witkoff#3"},
			want:     map[string]string{"Steven Witkoff": "Steven Witkoff", "Steve Witkoff": "Steven Witkoff", "Witkoff": "Steven Witkoff"},
		},
		{
			name:     "a middle name makes the fuller canonical",
			text:     "Vladimir Vladimirovich Putin was born in 1952. Vladimir Putin rules.",
			mentions: []string{"PERSON:Vladimir Vladimirovich Putin", "PERSON:Vladimir Putin"},
			want:     map[string]string{"Vladimir Vladimirovich Putin": "Vladimir Vladimirovich Putin", "Vladimir Putin": "Vladimir Vladimirovich Putin"},
		},
		{
			name:     "a place named like a person's surname does not join the person",
			text:     "George Washington slept here. Washington said no.",
			mentions: []string{"PERSON:George Washington", "PLACE:Washington#2"},
			want:     map[string]string{"George Washington": "George Washington", "Washington": "Washington"},
		},
		{
			name:     "the type of an entity is the majority of its mentions",
			text:     "The Kremlin said. The Kremlin denied. the Kremlin agreed.",
			mentions: []string{"ORG:The Kremlin#1", "ORG:The Kremlin#2", "PLACE:the Kremlin#1"},
			want:     map[string]string{"The Kremlin": "The Kremlin", "Kremlin": "The Kremlin"},
			types:    map[string]doc.EntityType{"Kremlin": doc.Org, "The Kremlin": doc.Org},
		},
		{
			name:     "a surname the tagger typed both ways joins the person",
			text:     "Vladimir Putin spoke. Putin said. Putin agreed. Putin left.",
			mentions: []string{"PERSON:Vladimir Putin", "ORG:Putin#2", "ORG:Putin#3", "PERSON:Putin#4"},
			want:     map[string]string{"Vladimir Putin": "Vladimir Putin", "Putin": "Vladimir Putin"},
			types:    map[string]doc.EntityType{"Putin": doc.Person},
		},
		{
			name:     "a surname without its Arabic article joins the full name",
			text:     "Bashar al-Assad fled. Assad left.",
			mentions: []string{"PERSON:Bashar al-Assad", "PERSON:Assad#2"},
			want:     map[string]string{"Bashar al-Assad": "Bashar al-Assad", "Assad": "Bashar al-Assad"},
		},
		{
			name:     "a surname-titled person keeps the surname",
			text:     "Former prime minister John Major spoke. Mr Major left. Stephen King wrote.",
			mentions: []string{"PERSON:Former prime minister John Major", "PERSON:Mr Major", "PERSON:Stephen King"},
			want:     map[string]string{"John Major": "John Major", "Major": "John Major", "Stephen King": "Stephen King"},
		},
		{
			name:     "a father and son told apart by Jr leave the surname ambiguous",
			text:     "Donald Trump Jr. spoke after Donald Trump. Trump left.",
			mentions: []string{"PERSON:Donald Trump Jr.", "PERSON:Donald Trump#2", "PERSON:Trump#3"},
			want:     map[string]string{"Donald Trump Jr.": "Donald Trump Jr.", "Donald Trump": "Donald Trump", "Trump": "Trump"},
		},
		{
			name:     "an office word in front of a name is trimmed like a title",
			text:     "Treasurer Paul Keating said. Keating left.",
			mentions: []string{"PERSON:Treasurer Paul Keating", "PERSON:Keating#2"},
			want:     map[string]string{"Paul Keating": "Paul Keating", "Keating": "Paul Keating"},
		},
		{
			name:     "a hard-wrapped name is canonical with one space",
			text:     "Paul\nVolcker spoke. Volcker left.",
			mentions: []string{"PERSON:Paul\nVolcker", "PERSON:Volcker#2"},
			want:     map[string]string{"Paul\nVolcker": "Paul Volcker", "Volcker": "Paul Volcker"},
		},
		{
			name:     "an acronym joins the one name with its initials",
			text:     "The European Union and the North Atlantic Treaty Organization met. The EU and NATO and the U.N. agreed.",
			mentions: []string{"ORG:European Union", "ORG:North Atlantic Treaty Organization", "ORG:EU", "ORG:NATO", "ORG:U.N."},
			want:     map[string]string{"European Union": "European Union", "EU": "European Union", "North Atlantic Treaty Organization": "North Atlantic Treaty Organization", "NATO": "North Atlantic Treaty Organization", "U.N.": "U.N."},
		},
		{
			name:     "an acronym leaves out the country leading the name",
			text:     "The U.S. Food and Drug Administration approved it. The FDA had been expected to. The UK Health Security Agency and the HSA agreed.",
			mentions: []string{"ORG:U.S. Food and Drug Administration", "ORG:FDA", "ORG:UK Health Security Agency", "ORG:HSA"},
			want: map[string]string{"U.S. Food and Drug Administration": "U.S. Food and Drug Administration", "FDA": "U.S. Food and Drug Administration",
				"UK Health Security Agency": "UK Health Security Agency", "HSA": "UK Health Security Agency"},
		},
		{
			name:     "a mixed-case acronym keeps the initial of of",
			text:     "The Bank of England cut rates. The BoE said so.",
			mentions: []string{"ORG:Bank of England", "ORG:BoE"},
			want:     map[string]string{"Bank of England": "Bank of England", "BoE": "Bank of England"},
		},
		{
			name:     "an acronym joins a name of two bodies by the initials of the first",
			text:     "The International Federation of Red Cross and Red Crescent Societies appealed. The IFRC said so.",
			mentions: []string{"ORG:International Federation of Red Cross and Red Crescent Societies", "ORG:IFRC"},
			want: map[string]string{"International Federation of Red Cross and Red Crescent Societies": "International Federation of Red Cross and Red Crescent Societies",
				"IFRC": "International Federation of Red Cross and Red Crescent Societies"},
		},
		{
			name:     "the initials of a short first body stand for no name of two bodies",
			text:     "The Food and Drug Administration met. The FD said so.",
			mentions: []string{"ORG:Food and Drug Administration", "ORG:FD"},
			want:     map[string]string{"Food and Drug Administration": "Food and Drug Administration", "FD": "FD"},
		},
		{
			name:     "a one-word name joins the one organisation it opens",
			text:     "Nordvik Foods will buy Halvorsen Dairy. Nordvik said so. The European Union and European leaders agreed.",
			mentions: []string{"ORG:Nordvik Foods", "PERSON:Halvorsen Dairy", "PERSON:Nordvik#2", "ORG:European Union", "OTHER:European#2"},
			want:     map[string]string{"Nordvik Foods": "Nordvik Foods", "Halvorsen Dairy": "Halvorsen Dairy", "Nordvik": "Nordvik Foods", "European Union": "European Union", "European": "European"},
			types:    map[string]doc.EntityType{"Nordvik": doc.Org, "Halvorsen Dairy": doc.Org},
		},
		{
			name:     "a town after in keeps its name beside the organisation it opens",
			text:     "Homes in Shrewsbury flooded. Shelters opened at Shrewsbury Sports Village. Shrewsbury was cut off.",
			mentions: []string{"ORG:Shrewsbury", "ORG:Shrewsbury Sports Village", "ORG:Shrewsbury#3"},
			want:     map[string]string{"Shrewsbury": "Shrewsbury", "Shrewsbury Sports Village": "Shrewsbury Sports Village"},
			types:    map[string]doc.EntityType{"Shrewsbury": doc.Place, "Shrewsbury Sports Village": doc.Org},
		},
		{
			name:     "a town opening the name of a body it serves is the town",
			text:     "The murder of Leeds shopkeeper Marcus Bell. Leeds Crown Court heard. Kent Police said so. Kent officers left.",
			mentions: []string{"ORG:Leeds", "PERSON:Marcus Bell", "ORG:Leeds Crown Court", "ORG:Kent Police", "PERSON:Kent#2"},
			want:     map[string]string{"Leeds": "Leeds", "Marcus Bell": "Marcus Bell", "Leeds Crown Court": "Leeds Crown Court", "Kent Police": "Kent Police", "Kent": "Kent"},
			types:    map[string]doc.EntityType{"Leeds": doc.Place, "Kent": doc.Place},
		},
		{
			name:     "a state opening the name of its agency is the state",
			text:     "The Westmoor Emergency Management Agency said 340 homes were flooded. Westmoor's top dam safety official testified.",
			mentions: []string{"ORG:Westmoor Emergency Management Agency", "ORG:Westmoor#2"},
			want:     map[string]string{"Westmoor Emergency Management Agency": "Westmoor Emergency Management Agency", "Westmoor": "Westmoor"},
			types:    map[string]doc.EntityType{"Westmoor": doc.Place},
		},
		{
			name:     "a firm's name opening a press agency's name is the agency",
			text:     "The Meridian Press Agency reported the release. Meridian said its reporter saw the hostages.",
			mentions: []string{"ORG:Meridian Press Agency", "ORG:Meridian#2"},
			want:     map[string]string{"Meridian Press Agency": "Meridian Press Agency", "Meridian": "Meridian Press Agency"},
		},
		{
			name:     "a mention after in settles a tie of types for the place",
			text:     "Daniel Reyes, of Bradford, was held. Police found him in Bradford.",
			mentions: []string{"PERSON:Daniel Reyes", "ORG:Bradford", "PLACE:Bradford#2"},
			want:     map[string]string{"Daniel Reyes": "Daniel Reyes", "Bradford": "Bradford"},
			types:    map[string]doc.EntityType{"Bradford": doc.Place},
		},
		{
			name:     "a one-word name typed three ways is the place",
			text:     "Vietnam ex-land official denies bribery. A trial gripped Vietnam's property sector. Vietnam's drive goes on.",
			mentions: []string{"ORG:Vietnam", "PERSON:Vietnam#2", "PLACE:Vietnam#3"},
			want:     map[string]string{"Vietnam": "Vietnam"},
			types:    map[string]doc.EntityType{"Vietnam": doc.Place},
		},
		{
			name:     "a one-word name tied between a person and a place is the person the article names",
			text:     "Michael Jordan scored. Jordan left for Jordan.",
			mentions: []string{"PERSON:Michael Jordan", "PERSON:Jordan#2", "PLACE:Jordan#3"},
			want:     map[string]string{"Michael Jordan": "Michael Jordan", "Jordan": "Michael Jordan"},
		},
		{
			name:     "shareholders in a company are in no place",
			text:     "Carrow Bank grew. Carrow's shares fell. Shareholders in Carrow will vote.",
			mentions: []string{"ORG:Carrow Bank", "ORG:Carrow", "ORG:Carrow#3"},
			want:     map[string]string{"Carrow Bank": "Carrow Bank", "Carrow": "Carrow Bank"},
			types:    map[string]doc.EntityType{"Carrow": doc.Org},
		},
		{
			name:     "a party's members in the plural are the party",
			text:     "Greens take the seat. The Green Party won. Labour lost. The Labour Party spoke.",
			mentions: []string{"ORG:Greens", "ORG:Green Party", "ORG:Labour", "ORG:Labour Party"},
			want:     map[string]string{"Greens": "Green Party", "Green Party": "Green Party", "Labour": "Labour Party", "Labour Party": "Labour Party"},
			types:    map[string]doc.EntityType{"Greens": doc.Org},
		},
		{
			name:     "a plural beside a name that is no party stays apart",
			text:     "Rangers won. Ranger Foods grew.",
			mentions: []string{"ORG:Rangers", "ORG:Ranger Foods"},
			want:     map[string]string{"Rangers": "Rangers", "Ranger Foods": "Ranger Foods"},
		},
		{
			name:     "a body's head noun alone is the one body of the article it ends",
			text:     "The UK Health Security Agency issued an alert. Agency chief executive Jenny Harries spoke.",
			mentions: []string{"ORG:UK Health Security Agency", "PER:Agency", "PER:Jenny Harries"},
			want:     map[string]string{"UK Health Security Agency": "UK Health Security Agency", "Agency": "UK Health Security Agency", "Jenny Harries": "Jenny Harries"},
			types:    map[string]doc.EntityType{"Agency": doc.Org},
		},
		{
			name:     "a board's head noun used before the board is named stays apart",
			text:     "The Board has named a new finance chief. The deal needs approval from the Fair Trading Board.",
			mentions: []string{"ORG:Board", "ORG:Fair Trading Board"},
			want:     map[string]string{"Board": "Board", "Fair Trading Board": "Fair Trading Board"},
		},
		{
			name:     "a board's head noun used after the board is named is the board",
			text:     "The Fair Trading Board opened a review. The Board will rule in March.",
			mentions: []string{"ORG:Fair Trading Board", "ORG:Board"},
			want:     map[string]string{"Fair Trading Board": "Fair Trading Board", "Board": "Fair Trading Board"},
		},
		{
			name:     "a body's head noun ending two bodies stays apart",
			text:     "The Environment Agency and the Food Standards Agency met. Agency staff left.",
			mentions: []string{"ORG:Environment Agency", "ORG:Food Standards Agency", "ORG:Agency"},
			want:     map[string]string{"Environment Agency": "Environment Agency", "Food Standards Agency": "Food Standards Agency", "Agency": "Agency"},
		},
		{
			name:     "a business's name keeps its possessive",
			text:     "It sold at Christie's in New York. Christie's chairman spoke.",
			mentions: []string{"ORG:Christie's", "ORG:Christie's#2"},
			want:     map[string]string{"Christie's": "Christie's"},
			types:    map[string]doc.EntityType{"Christie's": doc.Org},
		},
		{
			name:     "a person's possessive goes",
			text:     "Smith's aides met.",
			mentions: []string{"PER:Smith's"},
			want:     map[string]string{"Smith": "Smith"},
		},
		{
			name:     "a stake in a company is no place",
			text:     "Nordvik Foods grew. Investors bought shares in Nordvik on Monday.",
			mentions: []string{"ORG:Nordvik Foods", "ORG:Nordvik#2"},
			want:     map[string]string{"Nordvik Foods": "Nordvik Foods", "Nordvik": "Nordvik Foods"},
			types:    map[string]doc.EntityType{"Nordvik": doc.Org},
		},
		{
			name:     "a generic head noun alone joins no institution it opens",
			text:     "The Court of Appeal ruled. The case began at Birmingham Crown Court. The Council of Europe met. Council staff left.",
			mentions: []string{"ORG:Court of Appeal", "PERSON:Court#2", "ORG:Council of Europe", "ORG:Council#2"},
			want:     map[string]string{"Court of Appeal": "Court of Appeal", "Court": "Court", "Council of Europe": "Council of Europe", "Council": "Council"},
			types:    map[string]doc.EntityType{"Court": doc.Org},
		},
		{
			name:     "a chamber alone joins no committee whose name it opens",
			text:     "The Senate voted on Friday. The Senate Justice Committee will meet. The Senate rose.",
			mentions: []string{"PERSON:Senate", "ORG:Senate Justice Committee", "PERSON:Senate#3"},
			want:     map[string]string{"Senate": "Senate", "Senate Justice Committee": "Senate Justice Committee"},
			types:    map[string]doc.EntityType{"Senate": doc.Org},
		},
		{
			name:     "a field alone joins no committee whose name it opens",
			text:     "I call the Minister for Trade. The Trade and Tariffs Committee will meet.",
			mentions: []string{"ORG:Trade", "ORG:Trade and Tariffs Committee"},
			want:     map[string]string{"Trade": "Trade", "Trade and Tariffs Committee": "Trade and Tariffs Committee"},
		},
		{
			name:     "the first of two fields cut from a committee's name joins it",
			text:     "The Ways and Means Committee met. Ways members agreed.",
			mentions: []string{"ORG:Ways and Means Committee", "ORG:Ways#2"},
			want:     map[string]string{"Ways and Means Committee": "Ways and Means Committee", "Ways": "Ways and Means Committee"},
		},
		{
			name:     "a surname of a person named stays with the person",
			text:     "Robert Salomon of Salomon Inc spoke. Salomon said it was hard.",
			mentions: []string{"PERSON:Robert Salomon", "ORG:Salomon Inc", "ORG:Salomon#3"},
			want:     map[string]string{"Robert Salomon": "Robert Salomon", "Salomon Inc": "Salomon Inc", "Salomon": "Salomon"},
		},
		{
			name:     "a surname without its hyphenated particle is the person's whatever its tag",
			text:     "Army chief Abdel Fattah al-Burhan spoke. Burhan did not attend. Ursula von der Leyen came. Leyen left.",
			mentions: []string{"PERSON:Abdel Fattah al-Burhan", "OTHER:Burhan#2", "PERSON:Ursula von der Leyen", "ORG:Leyen#2"},
			want: map[string]string{"Abdel Fattah al-Burhan": "Abdel Fattah al-Burhan", "Burhan": "Abdel Fattah al-Burhan",
				"Ursula von der Leyen": "Ursula von der Leyen", "Leyen": "Leyen"},
			types: map[string]doc.EntityType{"Burhan": doc.Person, "Leyen": doc.Org},
		},
		{
			name:     "the name a person is known as is theirs",
			text:     "Mohamed Hamdan Dagalo led the RSF. Dagalo, known as Hemedti, spoke. Omar Bashir, better known as Bashir, and Ali Osman (also known as Ali Baba) left.",
			mentions: []string{"PERSON:Mohamed Hamdan Dagalo", "PERSON:Dagalo#2", "PERSON:Hemedti", "PERSON:Omar Bashir", "PERSON:Bashir#2", "PERSON:Ali Osman", "PERSON:Ali Baba"},
			want: map[string]string{"Mohamed Hamdan Dagalo": "Mohamed Hamdan Dagalo", "Dagalo": "Mohamed Hamdan Dagalo", "Hemedti": "Mohamed Hamdan Dagalo",
				"Omar Bashir": "Omar Bashir", "Bashir": "Omar Bashir", "Ali Osman": "Ali Osman", "Ali Baba": "Ali Osman"},
		},
		{
			name:     "a handle or alias a person is said to use is theirs, and the person stays a person",
			text:     "Pavel Hrubenko, 34, known online as Sh4dow, was held. Sh4dow denies it. Sh4dow wrote code. Ivo Dalek, who police say used the alias Nox, left. Rita Moss, who is said to operate under the name \"z3ro\", spoke.",
			mentions: []string{"PERSON:Pavel Hrubenko", "OTHER:Sh4dow", "ORG:Sh4dow#2", "ORG:Sh4dow#3", "PERSON:Ivo Dalek", "ORG:Nox", "PERSON:Rita Moss", "OTHER:z3ro"},
			want: map[string]string{"Pavel Hrubenko": "Pavel Hrubenko", "Sh4dow": "Pavel Hrubenko", "Ivo Dalek": "Ivo Dalek", "Nox": "Ivo Dalek",
				"Rita Moss": "Rita Moss", "z3ro": "Rita Moss"},
			types: map[string]doc.EntityType{"Pavel Hrubenko": doc.Person, "Sh4dow": doc.Person},
		},
		{
			name:     "a word after a handle cue in lower case or ending a name is no alias",
			text:     "Rita Moss, known online as the admin, spoke. Ivo Dalek, going by Dalek's rules, left.",
			mentions: []string{"PERSON:Rita Moss", "PERSON:Ivo Dalek"},
			want:     map[string]string{"Rita Moss": "Rita Moss", "Ivo Dalek": "Ivo Dalek"},
		},
		{
			name:     "a name a person went by before, a maiden name, is theirs",
			text:     "Marianne Tolley (née Fenwick) spoke. Ann Lee, formerly Ann Chu, left. Lee, who was known as Ann Chu until 2017, wept. Witkoff, formerly Trump's envoy, spoke.",
			mentions: []string{"PERSON:Marianne Tolley", "PERSON:Fenwick", "PERSON:Ann Lee", "PERSON:Ann Chu", "PERSON:Lee#2", "PERSON:Ann Chu#2", "PERSON:Witkoff", "PERSON:Trump"},
			want: map[string]string{"Marianne Tolley": "Marianne Tolley", "Fenwick": "Marianne Tolley", "Ann Lee": "Ann Lee", "Ann Chu": "Ann Lee",
				"Lee": "Ann Lee", "Witkoff": "Witkoff", "Trump": "Trump"},
		},
		{
			name: "an organisation's name in its own language is its, whatever its tag",
			text: "The PLU, whose native name is Unia Ludowo-Liberalna, left. The Greens (Zieloni) stayed. The Stronnictwo Demokratyczno-Społeczne (SDP) won. Acme Corp (Reuters) - Shares rose. Man Pacific (Holdings) and the NSC (Iran) met in Iran.",
			mentions: []string{"ORG:PLU", "PERSON:Unia Ludowo-Liberalna", "ORG:Greens", "ORG:Zieloni", "PERSON:Stronnictwo Demokratyczno-Społeczne", "ORG:SDP", "ORG:Acme Corp", "ORG:Reuters",
				"ORG:Man Pacific", "ORG:Holdings", "ORG:NSC", "ORG:Iran", "PLACE:Iran#2"},
			want: map[string]string{"PLU": "Unia Ludowo-Liberalna", "Unia Ludowo-Liberalna": "Unia Ludowo-Liberalna", "Greens": "Zieloni", "Zieloni": "Zieloni",
				"Stronnictwo Demokratyczno-Społeczne": "Stronnictwo Demokratyczno-Społeczne", "SDP": "Stronnictwo Demokratyczno-Społeczne",
				"Acme Corp": "Acme Corp", "Reuters": "Reuters", "Man Pacific": "Man Pacific", "Holdings": "Holdings", "NSC": "NSC", "Iran": "Iran"},
			types: map[string]doc.EntityType{"Unia Ludowo-Liberalna": doc.Org, "Stronnictwo Demokratyczno-Społeczne": doc.Org},
		},
		{
			name:     "a person named elsewhere, in brackets after a work's title, is no other name of it",
			text:     "The drama \"Quiet Harbour\" by Lena Vossberg won. Golden Bear: Quiet Harbour (Lena Vossberg)",
			mentions: []string{"OTHER:Quiet Harbour", "PERSON:Lena Vossberg", "ORG:Quiet Harbour#2", "PERSON:Lena Vossberg#2"},
			want:     map[string]string{"Lena Vossberg": "Lena Vossberg", "Quiet Harbour": "Quiet Harbour"},
			types:    map[string]doc.EntityType{"Lena Vossberg": doc.Person},
		},
		{
			name: "an organisation's new name is its",
			text: "Westmarsh Police praised the Brightwater Children's Trust. Earlier this year the trust changed its name to Brightwater Family Breaks. The charity is now operating as Brightwater Family Breaks. The firm was renamed Halden Group. The merger of Uccel and Computer Associates is near. The company was renamed Uccel Corp.",
			mentions: []string{"ORG:Westmarsh Police", "ORG:Brightwater Children's Trust", "OTHER:Brightwater#2", "ORG:Brightwater#3", "ORG:Halden Group",
				"ORG:Uccel and Computer Associates", "ORG:Uccel Corp"},
			want: map[string]string{"Westmarsh Police": "Westmarsh Police", "Brightwater Children's Trust": "Brightwater Family Breaks",
				"Brightwater Family Breaks": "Brightwater Family Breaks", "Halden Group": "Halden Group",
				"Uccel and Computer Associates": "Uccel and Computer Associates", "Uccel Corp": "Uccel Corp"},
			types: map[string]doc.EntityType{"Brightwater Family Breaks": doc.Org},
		},
		{
			name:     "the name a person is known to some by is theirs, whatever its tag",
			text:     "Margaret Lunn, known to her family as Peggy, died. Tom Hart, known to friends and colleagues as Tommo, spoke. Joan Webb, known to Reuters as Kestrel, left.",
			mentions: []string{"PERSON:Margaret Lunn", "ORG:Peggy", "PERSON:Tom Hart", "PERSON:Tommo", "PERSON:Joan Webb", "PERSON:Kestrel"},
			want: map[string]string{"Margaret Lunn": "Margaret Lunn", "Peggy": "Margaret Lunn", "Tom Hart": "Tom Hart", "Tommo": "Tom Hart",
				"Joan Webb": "Joan Webb", "Kestrel": "Kestrel"},
			types: map[string]doc.EntityType{"Peggy": doc.Person},
		},
		{
			name:     "the name a person's fans know or call them by, in quotation marks, is theirs",
			text:     "Its owner, Marcus Delaney Fenwright, known to his many loyal online followers as \"Zippy Nolan\", spoke. Fenwright, whose viewers call him Jet Mercer, left. Fenwright, whose fans call him Zippy Nolan, waved. Anna Roe, whose staff call her Nan Ruby, smiled.",
			mentions: []string{"PERSON:Marcus Delaney Fenwright", "PERSON:Zippy Nolan", "PERSON:Fenwright#2", "PERSON:Jet Mercer", "PERSON:Anna Roe", "PERSON:Nan Ruby"},
			want: map[string]string{"Marcus Delaney Fenwright": "Marcus Delaney Fenwright", "Zippy Nolan": "Marcus Delaney Fenwright", "Fenwright": "Marcus Delaney Fenwright",
				"Jet Mercer": "Marcus Delaney Fenwright", "Anna Roe": "Anna Roe", "Nan Ruby": "Anna Roe"},
		},
		{
			name:     "a name every mention of which takes the article and ends a clause is a place",
			text:     "Riders crashed on the descent of the Monte Arvo during the stage. The Monte Arvo, which is steep, came next. The Rev John Ames spoke. Under the Ronald Reagan administration, Ronald Reagan spoke. He advised the Harmon Keel\nFamily Office.",
			mentions: []string{"PERSON:Monte Arvo", "PERSON:Monte Arvo#2", "PERSON:John Ames", "PERSON:Ronald Reagan", "PERSON:Ronald Reagan#2", "PERSON:Harmon Keel"},
			want:     map[string]string{"Monte Arvo": "Monte Arvo", "John Ames": "John Ames", "Ronald Reagan": "Ronald Reagan", "Harmon Keel": "Harmon Keel"},
			types:    map[string]doc.EntityType{"Monte Arvo": doc.Place, "John Ames": doc.Person, "Ronald Reagan": doc.Person, "Harmon Keel": doc.Person},
		},
		{
			name:     "a one-word name owning a president or a minister named after it is no person",
			text:     "Talks with Norvia stalled. Norvia's Deputy Trade Minister Ada Kell left. Vance's aide Tom Rudd spoke. Lena Vance's President Joe Amis stayed.",
			mentions: []string{"PERSON:Norvia", "PERSON:Norvia#2", "PERSON:Ada Kell", "PERSON:Vance", "PERSON:Tom Rudd", "PERSON:Lena Vance", "PERSON:Joe Amis"},
			want: map[string]string{"Norvia": "Norvia", "Ada Kell": "Ada Kell", "Vance": "Lena Vance", "Tom Rudd": "Tom Rudd",
				"Lena Vance": "Lena Vance", "Joe Amis": "Joe Amis"},
			types: map[string]doc.EntityType{"Norvia": doc.Place, "Ada Kell": doc.Person, "Vance": doc.Person, "Lena Vance": doc.Person},
		},
		{
			name:     "a name taken for a company with its office in the company after it is a person",
			text:     "The lender named Tove Armand, its senior vice-president of lending, as chief risk officer. Armand starts today. It hired Banco Pinel, its adviser, too. \"Tove knows lending,\" a director said.",
			mentions: []string{"ORG:Tove Armand", "ORG:Armand", "ORG:Banco Pinel", "ORG:Tove#2"},
			want:     map[string]string{"Tove Armand": "Tove Armand", "Armand": "Tove Armand", "Banco Pinel": "Banco Pinel", "Tove": "Tove Armand"},
			types:    map[string]doc.EntityType{"Tove Armand": doc.Person, "Armand": doc.Person, "Banco Pinel": doc.Org, "Tove": doc.Person},
		},
		{
			name:     "a one-word organisation that opens a person's name and an organisation's stays an organisation",
			text:     "Vera Holm joined Vera Capital. \"Vera is growing,\" she said.",
			mentions: []string{"PERSON:Vera Holm", "ORG:Vera Capital", "ORG:Vera#3"},
			want:     map[string]string{"Vera Holm": "Vera Holm", "Vera Capital": "Vera Capital", "Vera": "Vera Capital"},
			types:    map[string]doc.EntityType{"Vera": doc.Org},
		},
		{
			name:     "a one-word organisation outside quotation marks that opens a person's name stays an organisation",
			text:     "Dale Brook spoke. Dale shares rose.",
			mentions: []string{"PERSON:Dale Brook", "ORG:Dale#2"},
			want:     map[string]string{"Dale Brook": "Dale Brook", "Dale": "Dale"},
			types:    map[string]doc.EntityType{"Dale": doc.Org},
		},
		{
			name:     "a particle surname joins its full name",
			text:     "Ursula von der Leyen spoke. Later von der Leyen left.",
			mentions: []string{"PERSON:Ursula von der Leyen", "PERSON:von der Leyen#2"},
			want:     map[string]string{"Ursula von der Leyen": "Ursula von der Leyen", "von der Leyen": "Ursula von der Leyen"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := nthMentions(t, tc.text, tc.mentions)
			got := Resolve(tc.text, ms)
			if len(got) != len(ms) {
				t.Fatalf("got %d mentions, want %d: %+v", len(got), len(ms), got)
			}
			for _, m := range got {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
				want, ok := tc.want[m.Text]
				if !ok {
					t.Errorf("unexpected bare mention %q", m.Text)
					continue
				}
				if m.Canonical != want {
					t.Errorf("%q: canonical %q, want %q", m.Text, m.Canonical, want)
				}
				if wt, ok := tc.types[m.Text]; ok && m.Type != wt {
					t.Errorf("%q: type %s, want %s", m.Text, m.Type, wt)
				}
			}
		})
	}
}

// TestResolveBracketedAcronyms: an acronym in brackets after a name is its
// short form whatever its initials, and becomes a mention when the tagger
// missed it.
func TestResolveBracketedAcronyms(t *testing.T) {
	text := "The far-right Alternative for Germany (AfD) took 19.8%. The AfD said so. Doctors Without Borders (MSF) and Greenpeace spoke. Alex Hale (AH) left. LONDON (AP) - It rained."
	ms := nthMentions(t, text, []string{"ORG:Alternative for Germany", "PERSON:AfD#2", "ORG:Doctors Without Borders", "OTHER:MSF", "ORG:Greenpeace", "PERSON:Alex Hale", "PLACE:LONDON"})
	want := []string{"ORG Alternative for Germany: Alternative for Germany", "ORG AfD: Alternative for Germany", "ORG AfD: Alternative for Germany",
		"ORG Doctors Without Borders: Doctors Without Borders", "ORG MSF: Doctors Without Borders", "ORG Greenpeace: Greenpeace", "PERSON Alex Hale: Alex Hale", "PLACE LONDON: LONDON"}
	var got []string
	for _, m := range Resolve(text, ms) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		got = append(got, fmt.Sprintf("%s %s: %s", m.Type, m.Text, m.Canonical))
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestResolvePatronymics: "bin Salman" is one surname, a father's name. The
// tagger tags "Mohammed" and "Salman" apart, leaves out a lower-case "bin"
// and reads "Osama" as an organisation.
func TestResolvePatronymics(t *testing.T) {
	text := "Crown Prince Mohammed bin Salman met Ahmed bin Khalid. King Salman stayed away. " +
		"Bin Salman spoke. Governor bin Khalid agreed. Khalid, a driver, waited. Osama bin Laden was not named."
	ms := nthMentions(t, text, []string{"PERSON:Mohammed", "PERSON:Salman", "PERSON:Ahmed bin Khalid", "PERSON:Salman#2",
		"PERSON:Bin Salman", "PERSON:Khalid#2", "PERSON:Khalid#3", "ORG:Osama"})
	want := []struct{ text, canonical string }{
		{"Mohammed bin Salman", "Mohammed bin Salman"},
		{"Ahmed bin Khalid", "Ahmed bin Khalid"},
		{"Salman", "Salman"},
		{"Bin Salman", "Mohammed bin Salman"},
		{"bin Khalid", "Ahmed bin Khalid"},
		{"Khalid", "Khalid"},
		{"Osama bin Laden", "Osama bin Laden"},
	}
	got := Resolve(text, ms)
	if len(got) != len(want) {
		t.Fatalf("got %d mentions, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Canonical != w.canonical || got[i].Type != doc.Person {
			t.Errorf("mention %d: %q → %q (%s), want %q → %q (PERSON)", i, got[i].Text, got[i].Canonical, got[i].Type, w.text, w.canonical)
		}
	}
}

func TestResolveDropsBareTitles(t *testing.T) {
	text := "The President said. Prime Minister spoke."
	got := Resolve(text, mentionsOf(text, "PERSON:President", "PERSON:Prime Minister"))
	if len(got) != 0 {
		t.Errorf("got %+v, want no mentions", got)
	}
}

func TestResolveWithoutText(t *testing.T) {
	ms := []doc.Mention{{Span: doc.Span{Start: 100, End: 116}, Type: doc.Person, Text: "Mr Putin’s"}}
	got := Resolve("", ms)
	if len(got) != 1 || got[0].Text != "Putin" || got[0].Start != 103 || got[0].End != 108 || got[0].Canonical != "Putin" {
		t.Errorf("got %+v", got)
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Russian President Vladimir Putin met Mr Putin’s envoy.", 0, 32, 37, 49)
	f.Add("\xff\xfe Dr.", 0, 3, 3, 6)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d int) {
		var ms []doc.Mention
		for _, sp := range [][2]int{{a, b}, {c, d}} {
			s, e := sp[0], sp[1]
			if s < 0 || e > len(text) || s > e {
				continue
			}
			for _, typ := range []doc.EntityType{doc.Person, doc.Org} {
				ms = append(ms, doc.Mention{Span: doc.Span{Start: s, End: e}, Type: typ, Text: text[s:e]})
			}
		}
		got := Resolve(text, ms)
		// A mention splits in two at most ("Name of Firm" is a person
		// and a firm); nothing multiplies mentions beyond that.
		if len(got) > 2*len(ms) {
			t.Fatalf("%d mentions out of %d in", len(got), len(ms))
		}
		for _, m := range got {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v does not address its text", m)
			}
			if m.Canonical == "" || utf8.ValidString(text) && !utf8.ValidString(m.Canonical) {
				t.Fatalf("bad canonical in %+v", m)
			}
		}
	})
}

func TestResolveSurnameUsedAsCompany(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string
	}{
		{
			name:     "goods from a company and its contract are the company, the speaker the person",
			text:     "Finance chief Daniel Ford said the fleet is being replaced with vans from Ford. \"We signed the Ford contract,\" Ford said.",
			mentions: []string{"PERSON:Daniel Ford", "ORG:Ford#2", "ORG:Ford#3", "ORG:Ford#4"},
			want:     []string{"PERSON Daniel Ford: Daniel Ford", "ORG Ford: Ford", "ORG Ford: Ford", "PERSON Ford: Daniel Ford"},
		},
		{
			name:     "a company's plant after its possessive is the company",
			text:     "Union leader Sam Ford spoke. Ford's plant in Dagenham will close, Ford said.",
			mentions: []string{"PERSON:Sam Ford", "ORG:Ford#2", "PERSON:Ford#3"},
			want:     []string{"PERSON Sam Ford: Sam Ford", "ORG Ford: Ford", "PERSON Ford: Sam Ford"},
		},
		{
			name:     "a name before a noun of its own after from is no company",
			text:     "Skipper Anna Mytilene spoke. The ferry sank two miles from Mytilene harbour, Mytilene said.",
			mentions: []string{"PERSON:Anna Mytilene", "ORG:Mytilene#2", "PERSON:Mytilene#3"},
			want:     []string{"PERSON Anna Mytilene: Anna Mytilene", "PERSON Mytilene: Anna Mytilene", "PERSON Mytilene: Anna Mytilene"},
		},
		{
			name:     "a surname before shares is the company the article names with it",
			text:     "Per Nordhaug, who runs Nordhaug Shipping, apologised. Nordhaug shares fell 4%. Nordhaug said sorry.",
			mentions: []string{"PERSON:Per Nordhaug", "ORG:Nordhaug Shipping", "PERSON:Nordhaug#3", "PERSON:Nordhaug#4"},
			want:     []string{"PERSON Per Nordhaug: Per Nordhaug", "ORG Nordhaug Shipping: Nordhaug Shipping", "ORG Nordhaug: Nordhaug Shipping", "PERSON Nordhaug: Per Nordhaug"},
		},
		{
			name:     "a surname before spokesman stays the person without a company of that name",
			text:     "Leader Ivan Dobrev met reporters. Dobrev spokesman Petar Kolev said no.",
			mentions: []string{"PERSON:Ivan Dobrev", "PERSON:Dobrev#2", "PERSON:Petar Kolev"},
			want:     []string{"PERSON Ivan Dobrev: Ivan Dobrev", "PERSON Dobrev: Ivan Dobrev", "PERSON Petar Kolev: Petar Kolev"},
		},
		{
			name:     "a surname the tagger took for a person stays the person after from",
			text:     "Finance chief Daniel Ford spoke. A letter from Ford was read out.",
			mentions: []string{"PERSON:Daniel Ford", "PERSON:Ford#2"},
			want:     []string{"PERSON Daniel Ford: Daniel Ford", "PERSON Ford: Daniel Ford"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range Resolve(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				got = append(got, fmt.Sprintf("%s %s: %s", m.Type, m.Text, m.Canonical))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Resolve = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestResolveRankedSurnames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // person names Resolve gives, in text order
	}{
		{"a surname after a fire rank is a person",
			"Watch Manager Adebayo said the crews were tired.", nil, []string{"Adebayo"}},
		{"a surname after a police rank joins the full name",
			"Detective Sergeant Ilse Brandt led the raid. Later Detective Sergeant Brandt told reporters it was over.",
			[]string{"PERSON:Ilse Brandt"}, []string{"Ilse Brandt", "Ilse Brandt"}},
		{"an abbreviated rank the tagger took in is no part of the name",
			"Detective Inspector Priya Ramsden led the inquiry. \"It was long,\" DI Ramsden told the Courier.",
			[]string{"PERSON:Priya Ramsden", "PERSON:DI Ramsden"}, []string{"Priya Ramsden", "Priya Ramsden"}},
		{"a possessive goes",
			"Station Commander Varga's crew arrived first.", nil, []string{"Varga"}},
		{"two capitalised words after a rank are left in doubt",
			"Group Commander Ilse Brandt arrived.", nil, nil},
		{"a rank noun alone is no rank",
			"Commander Varga arrived.", nil, nil},
		{"an office after a rank is no surname",
			"Chief Inspector Police Scotland said nothing.", nil, nil},
		{"a tagged name is left to the tagger",
			"Chief Superintendent Varga spoke.", []string{"PERSON:Chief Superintendent Varga"}, []string{"Varga"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range Resolve(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				if m.Type == doc.Person {
					got = append(got, m.Canonical)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("persons %q, want %q", got, tc.want)
			}
		})
	}
}

// TestResolveDeclaredShortNames: a release's ticker and the short name it
// declares in brackets after a company's name are that company's, the
// short name whatever the tagger took it for; generic names and
// brackets of other kinds declare nothing.
func TestResolveDeclaredShortNames(t *testing.T) {
	tests := []struct {
		name, text string
		tagged     []string
		want       []string
	}{
		{"a ticker and a quoted short name after a company's name",
			`Northmoor Energy Group (NYSE: NEG) ("Northmoor" or "the Company") bid for Calder Ridge Resources (NYSE: CRR) ("Calder Ridge"). Calder Ridge said no.`,
			[]string{"ORG:Northmoor Energy Group", "MISC:Northmoor#2", "ORG:Calder Ridge Resources", "ORG:Calder Ridge#2", "PERSON:Calder Ridge#3"},
			[]string{"ORG Northmoor Energy Group: Northmoor Energy Group", "ORG NEG: Northmoor Energy Group", "ORG Northmoor: Northmoor Energy Group",
				"ORG Calder Ridge Resources: Calder Ridge Resources", "ORG CRR: Calder Ridge Resources", "ORG Calder Ridge: Calder Ridge Resources", "ORG Calder Ridge: Calder Ridge Resources"}},
		{"a quoted short name with curly quotes and no ticker",
			`Harlow Minerals Holdings (“Harlow Minerals”) rose. Harlow Minerals said so.`,
			[]string{"ORG:Harlow Minerals Holdings", "ORG:Harlow Minerals#2", "ORG:Harlow Minerals#3"},
			[]string{"ORG Harlow Minerals Holdings: Harlow Minerals Holdings", "ORG Harlow Minerals: Harlow Minerals Holdings", "ORG Harlow Minerals: Harlow Minerals Holdings"}},
		{"a generic name in quotes declares nothing",
			`Calder Ridge Resources ("the Company") rose. Calder Ridge said so.`,
			[]string{"ORG:Calder Ridge Resources", "ORG:Calder Ridge#2"},
			[]string{"ORG Calder Ridge Resources: Calder Ridge Resources", "ORG Calder Ridge: Calder Ridge"}},
		{"tickers on two exchanges after a legal form are the company's",
			`Halvren Therapeutics plc (NASDAQ: HLVR; LSE: HLV) today announced a recall.`,
			[]string{"ORG:Halvren Therapeutics", "ORG:HLVR"},
			[]string{"ORG Halvren Therapeutics: Halvren Therapeutics", "ORG HLVR: Halvren Therapeutics", "ORG HLV: Halvren Therapeutics"}},
		{"a ticker after a legal form is the company's",
			`Caldermoor Group plc (LSE: CALD), the building materials group, rose.`,
			[]string{"ORG:Caldermoor Group", "ORG:CALD"},
			[]string{"ORG Caldermoor Group: Caldermoor Group", "ORG CALD: Caldermoor Group"}},
		{"a list in brackets that holds no ticker declares nothing",
			`Calder Ridge Resources (see: CRR; and notes) rose.`,
			[]string{"ORG:Calder Ridge Resources"},
			[]string{"ORG Calder Ridge Resources: Calder Ridge Resources"}},
		{"a bracket that is no ticker declares nothing",
			`Calder Ridge Resources (see chart: CRR) rose.`,
			[]string{"ORG:Calder Ridge Resources"},
			[]string{"ORG Calder Ridge Resources: Calder Ridge Resources"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Resolve(tt.text, nthMentions(t, tt.text, tt.tagged)) {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, tt.text[m.Start:m.End], m.Text)
				}
				got = append(got, fmt.Sprintf("%s %s: %s", m.Type, m.Text, m.Canonical))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
