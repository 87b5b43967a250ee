package kb

import (
	"strings"
	"testing"
)

func TestWithoutChatMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"**budget** vote", "budget vote"},
		{"*budget* ***vote***", "budget vote"},
		{"defic* budget*", "defic* budget*"}, // prefix stars pair with nothing
		{"__harbour__ ~~ferry~~ ||strike||", "harbour ferry strike"},
		{"`tariff` ```code```", "tariff code"},
		{"<@123> <@!456> <@&789> <#1011> ferry", "ferry"},
		{"@everyone @here strike", "strike"},
		{"<:wave:123> <t:1700000000:R> mayor", "mayor"},
		{"> quoted line", "quoted line"},
		{"email@here.com", "email@here.com"},
		{"<@123>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := WithoutChatMarkup(tt.in); got != tt.want {
				t.Errorf("WithoutChatMarkup(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWordClauses(t *testing.T) {
	tests := []struct {
		in     string
		want   [][]string
		quoted []bool
	}{
		{"ferry strike", [][]string{{"ferry"}, {"strike"}}, []bool{false, false}},
		{"Mayor's plan", [][]string{{"mayor", "s"}, {"plan"}}, []bool{true, false}},
		{"that's it", [][]string{{"that", "s"}, {"it"}}, []bool{true, false}},
		{"don’t O'Hara", [][]string{{"don", "t"}, {"o", "hara"}}, []bool{true, true}},
		{"Côte d'Ivoire", [][]string{{"Côte"}, {"d", "ivoire"}}, []bool{false, true}},
		{"'quoted' word", [][]string{{"quoted"}, {"word"}}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := wordClauses(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("wordClauses(%q) = %+v, want %v", tt.in, got, tt.want)
			}
			for i, c := range got {
				if strings.Join(c.words, " ") != strings.Join(tt.want[i], " ") || c.quoted != tt.quoted[i] {
					t.Errorf("wordClauses(%q)[%d] = %+v, want %v (quoted %v)", tt.in, i, c, tt.want[i], tt.quoted[i])
				}
			}
		})
	}
}
