package sex

import "testing"

func TestClashes(t *testing.T) {
	tests := []struct {
		pron, name string
		want       bool
	}{
		{"she", "Louise Keane", false},
		{"he", "Louise Keane", true},
		{"his", "Louise Keane", true},
		{"her", "Robert Keane", true},
		{"he", "Robert Keane", false},
		{"she", "Keane", false},         // a surname alone says nothing
		{"he", "Dana Whitfield", false}, // a name of both sexes says nothing
		{"she", "Mrs Whitfield", false},
		{"he", "Milena Horvath", true}, // Slavic and Central European given names
		{"she", "Łukasz Wróbel", true},
		{"she", "Siobhán Kelly", false},
		{"he", "Agnieszka Dąbrowska", true},
		{"he", "Adaeze Okonjo", true}, // West African given names
		{"she", "Emeka Okonjo", true},
		{"he", "Mrs Whitfield", true},
		{"they", "Robert Keane", false},
	}
	for _, tt := range tests {
		if got := Clashes(tt.pron, tt.name); got != tt.want {
			t.Errorf("Clashes(%q, %q) = %v, want %v", tt.pron, tt.name, got, tt.want)
		}
	}
}

func TestWordsOfOneSex(t *testing.T) {
	tests := []struct {
		word             string
		reference, title Sex
	}{
		{"son", Male, Unknown}, {"herself", Female, Unknown}, {"his", Male, Unknown},
		{"mrs", Unknown, Female}, {"lord", Unknown, Male}, {"they", Unknown, Unknown},
	}
	for _, tt := range tests {
		if got := OfReference(tt.word); got != tt.reference {
			t.Errorf("OfReference(%q) = %v, want %v", tt.word, got, tt.reference)
		}
		if got := OfTitle(tt.word); got != tt.title {
			t.Errorf("OfTitle(%q) = %v, want %v", tt.word, got, tt.title)
		}
	}
}
