package kb

import (
	"slices"
	"testing"
)

func TestConfirmedIn(t *testing.T) {
	tests := []struct {
		name, held, standIn string
		want                bool
	}{
		{"the office without an owner", "president", "interim president of moldovan athletics federation", true},
		{"the office of the same owner", "president of moldovan athletics federation", "interim president of moldovan athletics federation", true},
		{"a permanent office", "permanent director of finance", "interim director of finance of council", true},
		{"the office with its field first", "permanent director of finance", "interim finance director of castlebridge", true},
		{"the office of an owner named in more words", "chief executive of halcyon systems", "acting chief executive of halcyon", true},
		{"the office of another owner", "president of rowing federation", "interim president of athletics federation", false},
		{"another office", "vice president", "interim president", false},
		{"another stand-in", "acting president", "interim president", false},
		{"an office left", "former president", "interim president", false},
		{"an office held for good is no stand-in", "president", "president", false},
		{"the office a designate was chosen for", "prime minister", "prime minister-designate", true},
		{"the office of an owner an elect was chosen for", "president of union", "president-elect of union", true},
		{"the office of another owner than an elect's", "president of club", "president-elect of union", false},
		{"a designate of another office", "foreign minister", "prime minister-designate", false},
		{"a designate confirms no designate", "prime minister-designate", "prime minister-designate", false},
		{"an office left is no successor to a designate", "former prime minister", "prime minister-designate", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := confirmedIn(tt.held, tt.standIn); got != tt.want {
				t.Errorf("confirmedIn(%q, %q) = %v, want %v", tt.held, tt.standIn, got, tt.want)
			}
		})
	}
}

func TestMarkConfirmedMakesTheStandInOfficeFormer(t *testing.T) {
	e := func(id int64, norm, last string, clause bool) roleEntry {
		return roleEntry{ref: EntityRef{ID: id}, norm: norm, text: norm, last: last, clause: clause}
	}
	tests := []struct {
		name    string
		entries []roleEntry
		want    []string
	}{
		{"an interim office confirmed later is former",
			[]roleEntry{e(1, "interim president of federation", "2026-03-05", false), e(1, "president of federation", "2026-04-21", false)},
			[]string{"former interim president of federation", "president of federation"}},
		{"another person's office confirms no one",
			[]roleEntry{e(1, "interim president of federation", "2026-03-05", false), e(2, "president of federation", "2026-04-21", false)},
			[]string{"interim president of federation", "president of federation"}},
		{"a designate who later holds the office holds it no more as designate",
			[]roleEntry{e(1, "prime minister-designate", "2026-11-06", false), e(1, "prime minister", "2026-11-10", false)},
			[]string{"former prime minister-designate", "prime minister"}},
		{"an office to come confirms nothing",
			[]roleEntry{e(1, "interim president", "2026-03-05", false), e(1, "president", "2026-04-21", true)},
			[]string{"interim president", "president"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			markConfirmed(tt.entries)
			var got []string
			for _, v := range tt.entries {
				got = append(got, v.norm)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("markConfirmed = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFormerText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"interim president of the Moldovan Athletics Federation", "former interim president of the Moldovan Athletics Federation"},
		{"the council's interim director of finance", "the council's former interim director of finance"},
		{"Castlebridge's interim finance director", "Castlebridge's former interim finance director"},
		{"the interim chair", "the former interim chair"},
	}
	for _, tt := range tests {
		if got := formerText(tt.text); got != tt.want {
			t.Errorf("formerText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
