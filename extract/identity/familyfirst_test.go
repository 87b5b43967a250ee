package identity

import (
	"strings"
	"testing"
)

func TestChineseName(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"a family name and a one-syllable given name", "Liu Yang", true},
		{"a two-syllable given name written as one word", "Deng Xiaoping", true},
		{"a hyphenated given name", "Zhang Wei-ming", true},
		{"a family name with a three-letter initial", "Zhuang Ling", true},
		{"an English name", "Ford Fraker", false},
		{"a given name of three syllables is no Chinese one", "Liu Yangxiaoming", false},
		{"a surname after a given name of one syllable", "Ben Stokes", false},
		{"a name in capitals", "LIU YANG", false},
		{"three words", "Liu Yang Ming", false},
		{"a Korean family name", "Kim Jong-un", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := chineseName(strings.Fields(tc.in)); got != tc.want {
				t.Errorf("chineseName(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
