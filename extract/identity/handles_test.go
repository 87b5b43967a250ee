package identity

import (
	"reflect"
	"regexp"
	"testing"
)

func TestHandleMentions(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // the texts of the mentions after
	}{
		{
			name:     "an untagged handle after a cue becomes a mention",
			text:     "Pavel Hrubenko, 34, known online as Sh4dow, was held.",
			mentions: []string{"PERSON:Pavel Hrubenko"},
			want:     []string{"Pavel Hrubenko", "Sh4dow"},
		},
		{
			name:     "a quoted handle after who-is-said-to-operate-under becomes a mention",
			text:     `Rita Moss, who is said to operate under the name "z3ro" on forums, spoke.`,
			mentions: []string{"PERSON:Rita Moss"},
			want:     []string{"Rita Moss", "z3ro"},
		},
		{
			name:     "a handle after a short description and a cue becomes a mention",
			text:     "Ivo Dalek, the suspected ringleader who prosecutors say used the online handle NoxNox, left.",
			mentions: []string{"PERSON:Ivo Dalek"},
			want:     []string{"Ivo Dalek", "NoxNox"},
		},
		{
			name:     "a tagged handle is kept as tagged",
			text:     "Ivo Dalek, who police say used the alias Nox, left.",
			mentions: []string{"PERSON:Ivo Dalek", "ORG:Nox"},
			want:     []string{"Ivo Dalek", "Nox"},
		},
		{
			name:     "a lower-case word, a possessive or no cue gives no mention",
			text:     "Rita Moss, known online as admin, spoke. Ivo Dalek, going by Dalek's rules, left. Ana Ruiz, 40, Director of Sales, came.",
			mentions: []string{"PERSON:Rita Moss", "PERSON:Ivo Dalek", "PERSON:Ana Ruiz"},
			want:     []string{"Rita Moss", "Ivo Dalek", "Ana Ruiz"},
		},
		{
			name:     "a handle after a body's name gives no mention",
			text:     "Kestrel Bank, known online as KBank, rose.",
			mentions: []string{"ORG:Kestrel Bank"},
			want:     []string{"Kestrel Bank"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range handleMentions(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
				got = append(got, m.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSelfNamedBodies(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // type:text of the mentions after
	}{
		{
			name: "the name a gang called itself becomes an organisation",
			text: "The gang, which called itself GreyTide, asked for 30 bitcoin.",
			want: []string{"ORG:GreyTide"},
		},
		{
			name: "a group calling itself a name of several words",
			text: "A group calling itself Free Harbour Front said it did it.",
			want: []string{"ORG:Free Harbour Front"},
		},
		{
			name:     "a tagged name after calls itself is made an organisation",
			text:     "The collective that calls itself Ossian said so.",
			mentions: []string{"PERSON:Ossian"},
			want:     []string{"ORG:Ossian"},
		},
		{
			name: "a name the members dubbed themselves",
			text: "The crew, who dubbed themselves \"NightOwl\", struck twice.",
			want: []string{"ORG:NightOwl"},
		},
		{
			name: "itself after no naming verb names nothing",
			text: "The group itself Said Nothing.",
			want: nil,
		},
		{
			name: "a lower-case word after calls itself is no name",
			text: "The firm calls itself a pioneer.",
			want: nil,
		},
		{
			name:     "a person calling himself a name is left alone",
			text:     "Reyes, who calls himself Tito, left.",
			mentions: []string{"PERSON:Reyes", "PERSON:Tito"},
			want:     []string{"PERSON:Reyes", "PERSON:Tito"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range selfNamedBodies(tc.text, nthMentions(t, tc.text, tc.mentions)) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
				got = append(got, string(m.Type)+":"+m.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestMayLinkNamesAdmitsEveryCue(t *testing.T) {
	tests := []struct {
		name string
		link *regexp.Regexp
		text string
		want bool // whether mayLinkNames admits the text
	}{
		{"known as", knownAs, ", better known to her old friends as “", true},
		{"called by", calledBy, `, whose fans dubbed him "`, true},
		{"spelled as", spelledAs, " (also spelled ", true},
		{"handle", handleAlias, `, 29, who police say used the online alias "`, true},
		{"former name", formerNameCue, " (née ", true},
		{"a capital between the names", nil, " said on Tuesday that ", false},
		{"a full stop between the names", nil, " left. ", false},
		{"a line break between the names", nil, ",\nknown as ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.link != nil && !tt.link.MatchString(tt.text) {
				t.Fatalf("%q is no cue of %v", tt.text, tt.link)
			}
			if got := mayLinkNames(tt.text); got != tt.want {
				t.Errorf("mayLinkNames(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCueLead(t *testing.T) {
	tests := []struct{ text, want string }{
		{", known online as Zer0, was held.", ", known online as "},
		{` who is said to operate under the name "z3ro" on forums.`, ` who is said to operate under the name "z3ro" on forums`},
		{". The police said", ""},
		{", 29, known as n1ghtowl", ", 29, known as n1ghtowl"},
	}
	for _, tt := range tests {
		if got := cueLead(tt.text); got != tt.want {
			t.Errorf("cueLead(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
