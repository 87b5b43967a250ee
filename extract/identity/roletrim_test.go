package identity

import (
	"reflect"
	"testing"
)

func TestRolesTrimSentenceWords(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // "Name: role text"
	}{
		{
			name:     "a month opening the sentence is not part of the role",
			text:     "In\nJanuary Secretary of State George Shultz told the committee.",
			mentions: []string{"PERSON:George Shultz"},
			want:     []string{"George Shultz: Secretary of State"},
		},
		{
			name:     "a weekday before a capitalised title is not part of the role",
			text:     "On Thursday and\nFriday Deputy U.S. Trade Representative Michael Smith would meet him.",
			mentions: []string{"PERSON:Michael Smith", "PLACE:U.S."},
			want:     []string{"Michael Smith: Deputy U.S. Trade Representative"},
		},
		{
			name:     "a sentence adverb before a title is not part of the role",
			text:     "Today U.S. Energy Secretary John Herrington said so. Indeed U.S. Treasury secretary James Baker's comment stood.",
			mentions: []string{"PERSON:John Herrington", "PERSON:James Baker", "PLACE:U.S.", "PLACE:U.S.#2"},
			want:     []string{"John Herrington: U.S. Energy Secretary", "James Baker: U.S. Treasury secretary"},
		},
		{
			name:     "a preposition closed by an article is not part of the role",
			text:     "He said that\ndespite U.S. Treasury Secretary James Baker's debt initiative little changed.",
			mentions: []string{"PERSON:James Baker", "PLACE:U.S."},
			want:     []string{"James Baker: U.S. Treasury Secretary"},
		},
		{
			name:     "a noun before an opening modifier is not part of the role",
			text:     "It matched the\nrelationship former chairman Arthur Burns had with Nixon.",
			mentions: []string{"PERSON:Arthur Burns", "PERSON:Nixon"},
			want:     []string{"Arthur Burns: former chairman"},
		},
		{
			name:     "nouns of the sentence before a capitalised title are not part of the role",
			text:     "At a press conference Prime Minister Yasuhiro Nakasone said the economy despite Prime Minister Nakasone's plan was weak.",
			mentions: []string{"PERSON:Yasuhiro Nakasone", "PERSON:Nakasone"},
			want:     []string{"Yasuhiro Nakasone: Prime Minister"},
		},
		{
			name:     "a verb between an organisation and a title is not part of the role",
			text:     "The Senate overrode President Ronald Reagan's veto.",
			mentions: []string{"ORG:Senate", "PERSON:Ronald Reagan"},
			want:     []string{"Ronald Reagan: President"},
		},
		{
			name:     "adjectives before a capitalised title stay in the role",
			text:     "The special U.S. Trade Representative Clayton Yeutter met the leading U.S. farm-state Congressman Jerry Huckaby.",
			mentions: []string{"PLACE:U.S.", "PERSON:Clayton Yeutter", "PLACE:U.S.#2", "PERSON:Jerry Huckaby"},
			want:     []string{"Clayton Yeutter: special U.S. Trade Representative", "Jerry Huckaby: leading U.S. farm-state Congressman"},
		},
		{
			name:     "a committee name joined by and is kept whole",
			text:     "House Ways and Means Committee Chairman Dan Rostenkowski said no. Ways and Means chairman Dan Rostenkowski agreed.",
			mentions: []string{"PERSON:Dan Rostenkowski", "PERSON:Dan Rostenkowski#2"},
			want:     []string{"Dan Rostenkowski: House Ways and Means Committee Chairman", "Dan Rostenkowski: Ways and Means chairman"},
		},
		{
			name:     "a committee name is kept whole when the tagger marked a word of it",
			text:     "Ways and Means chairman Dan Rostenkowski, an Illinois\nDemocrat, insisted.",
			mentions: []string{"OTHER:Means", "PERSON:Dan Rostenkowski", "PLACE:Illinois"},
			want:     []string{"Dan Rostenkowski: Ways and Means chairman"},
		},
		{
			name:     "a company suffix the tagger took for a name is not part of the role",
			text:     "said\nSalomon Brothers (Asia) Ltd economist Ron Napier.",
			mentions: []string{"ORG:Salomon Brothers", "PLACE:Asia", "ORG:Ltd", "PERSON:Ron Napier"},
			want:     []string{"Ron Napier: economist"},
		},
		{
			name:     "a role cut mid-name is dropped when the name cannot be made whole",
			text:     "Ways and Means chairman Dan Rostenkowski insisted.",
			mentions: []string{"PERSON:Ways", "OTHER:Means", "PERSON:Dan Rostenkowski"},
			want:     nil,
		},
		{
			name:     "a role after a person and and is not extended over the person",
			text:     "Baker and Fed chairman Paul Volcker met.",
			mentions: []string{"PERSON:Baker", "ORG:Fed", "PERSON:Paul Volcker"},
			want:     []string{"Paul Volcker: Fed chairman"},
		},
		{
			name:     "a title after and is not extended over the name before it",
			text:     "It must be approved by the Secretary of Transportation Elizabeth Dole and\nPresident Reagan.",
			mentions: []string{"PERSON:Elizabeth Dole", "PERSON:Reagan"},
			want:     []string{"Elizabeth Dole: Secretary of Transportation", "Reagan: President"},
		},
		{
			name:     "a title and its holder in a list are no apposition of the name before",
			text:     "The U.K.'s Prime Minister Margaret Thatcher, U.S. Secretary\nof State George Shultz, and others spoke.",
			mentions: []string{"PLACE:U.K.", "PERSON:Margaret Thatcher", "PLACE:U.S.", "PERSON:George Shultz"},
			want:     []string{"Margaret Thatcher: U.K.'s Prime Minister", "George Shultz: U.S. Secretary of State"},
		},
		{
			name:     "a complement naming a person stays a complement",
			text:     "Yuri Ushakov, an aide to President Putin, said so.",
			mentions: []string{"PERSON:Yuri Ushakov", "PERSON:Putin"},
			want:     []string{"Yuri Ushakov: aide to President Putin", "Putin: President"},
		},
		{
			name:     "a role after a list of places joined by and is not extended over them",
			text:     "Britain and Treasury Secretary James Baker agreed.",
			mentions: []string{"PLACE:Britain", "PERSON:James Baker"},
			want:     []string{"James Baker: Treasury Secretary"},
		},
		{
			name:     "a role cut mid-name after a place and and is dropped",
			text:     "Britain and Means chairman Dan Rostenkowski agreed.",
			mentions: []string{"PLACE:Britain", "PERSON:Dan Rostenkowski"},
			want:     nil,
		},
		{
			name:     "a complement cut at an initial is left out",
			text:     "said Robert Uhl, a drug analyst at F. Eberstadt Fleming.",
			mentions: []string{"PERSON:Robert Uhl"},
			want:     []string{"Robert Uhl: drug analyst"},
		},
		{
			name:     "a company suffix is not part of the role",
			text:     "said Salomon Brothers (Asia)\nLtd economist Ron Napier.",
			mentions: []string{"ORG:Salomon Brothers", "PERSON:Ron Napier"},
			want:     []string{"Ron Napier: economist"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := Resolve(tc.text, nthMentions(t, tc.text, tc.mentions))
			var got []string
			for _, r := range Roles(tc.text, nil, ms) {
				got = append(got, r.Name+": "+r.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
