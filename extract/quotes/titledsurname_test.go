package quotes

import (
	"strings"
	"testing"
)

func TestTitledSurnames(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		mentions []string
		want     []string // the surnames added, as "Text=Canonical"
	}{
		{
			name:     "a title before the surname of one person named in full",
			text:     "Judge Marta Olsen sat. Later Judge Olsen ruled.",
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []string{"Olsen=Marta Olsen"},
		},
		{
			name:     "a surname two people share",
			text:     "Marta Olsen and Lena Olsen sat. Later Ms Olsen ruled.",
			mentions: []string{"Marta Olsen|PERSON", "Lena Olsen|PERSON"},
		},
		{
			name:     "a surname without a title",
			text:     "Marta Olsen sat. Later Olsen ruled.",
			mentions: []string{"Marta Olsen|PERSON"},
		},
		{
			name:     "a surname inside a longer word",
			text:     "Marta Olsen sat. Later Mr Olsenberg ruled.",
			mentions: []string{"Marta Olsen|PERSON"},
		},
		{
			name:     "a surname before the full name",
			text:     "Dr Olsen arrived. Marta Olsen sat.",
			mentions: []string{"Marta Olsen|PERSON"},
		},
		{
			name:     "a surname already tagged",
			text:     "Marta Olsen sat. Later Ms Olsen ruled.",
			mentions: []string{"Marta Olsen|PERSON", "Ms Olsen|ORG"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := cleanMentions(tt.text, ments(tt.text, tt.mentions...))
			out := titledSurnames(tt.text, in)
			var got []string
			for _, m := range out {
				if m.Canonical != "" && m.Canonical != m.Text {
					got = append(got, m.Text+"="+m.Canonical)
				}
			}
			if strings.Join(got, ";") != strings.Join(tt.want, ";") {
				t.Errorf("added %v, want %v", got, tt.want)
			}
			for i := 1; i < len(out); i++ {
				if out[i].Start < out[i-1].End {
					t.Errorf("mentions overlap: %+v", out)
				}
			}
		})
	}
}
