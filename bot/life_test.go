package bot

import (
	"testing"

	"newsbot/kb"
)

func TestLifeLineReadsBirthAndDeathOfThePersonOnly(t *testing.T) {
	src := func(start int) []kb.Snippet {
		return []kb.Snippet{{Article: kb.ArticleMeta{ID: "a"}, Start: start, End: start + 1}}
	}
	row := func(date, summary string, start int, entities ...string) kb.TimelineRow {
		return kb.TimelineRow{Date: date, Precision: "day", Summary: summary, Sources: src(start), Entities: entities}
	}
	tests := []struct {
		name string
		rows []kb.TimelineRow
		want string
	}{
		{"a name and a pronoun named by the chat",
			[]kb.TimelineRow{row("1942-03-03", "Moreau was born in Seville on March 3, 1942.", 1), row("2026-08-23", "She died on Sunday at her home.", 2, "Ana Moreau")},
			"**Born** 3 Mar 1942 [1] · **Died** 23 Aug 2026 [2]"},
		{"a pronoun beside a place is the person's whose profile it is",
			[]kb.TimelineRow{row("2026-11-21", "She died on Saturday at her home in Lyon.", 1, "Ana Moreau", "Lyon")},
			"**Died** 21 Nov 2026 [1]"},
		{"another person's birth is not the person's",
			[]kb.TimelineRow{row("1975-01-02", "Her son was born on 2 January 1975.", 1, "Ana Moreau")}, ""},
		{"a pronoun for someone else is not the person",
			[]kb.TimelineRow{row("2020-01-02", "He died on 2 January 2020.", 1, "Luis Moreau")}, ""},
		{"a planned row is no death",
			[]kb.TimelineRow{{Date: "2030", Precision: "year", Planned: true, Summary: "Ana Moreau died in 2030.", Sources: src(1)}}, ""},
		{"only the first birth counts",
			[]kb.TimelineRow{row("1942-03-03", "Ana Moreau was born on 3 March 1942.", 1), row("1943-03-03", "Moreau was born in 1943.", 2)},
			"**Born** 3 Mar 1942 [1]"},
		{"a death before the birth shows neither",
			[]kb.TimelineRow{row("1940-01-01", "Moreau died in 1940.", 1), row("1942-03-03", "Moreau was born in 1942.", 2)}, ""},
		{"a birth and a death in one sentence give each its row",
			[]kb.TimelineRow{row("1931-06-04", "Moreau was born on 4 June 1931 in Seville", 1), row("2020-05-09", "Moreau was born on 4 June 1931 in Seville and died on Saturday, 9 May 2020, her son said.", 2)},
			"**Born** 4 Jun 1931 [1] · **Died** 9 May 2020 [2]"},
		{"an apposition stands between the name and the verb",
			[]kb.TimelineRow{row("2026-08-23", "Ana Moreau, the physicist whose work mapped dark matter, died on Sunday.", 1)},
			"**Died** 23 Aug 2026 [1]"},
		{"two appositions stand between the name and the verb",
			[]kb.TimelineRow{row("2026-08-23", "Ana Moreau, 61, a glass blower from Arles, died in hospital on Sunday.", 1)},
			"**Died** 23 Aug 2026 [1]"},
		{"an obituary's closing line of dates gives birth and death",
			[]kb.TimelineRow{row("1950-04-02", "Ana Moreau, born 2 April 1950", 1), row("2026-08-23", "Ana Moreau, born 2 April 1950; died 23 August 2026.", 2)},
			"**Born** 2 Apr 1950 [1] · **Died** 23 Aug 2026 [2]"},
		{"an obituary's line of dates dated by neither part is neither",
			[]kb.TimelineRow{row("2001-01-01", "Ana Moreau, born 2 April 1950; died 23 August 2026.", 1)}, ""},
		{"a clause of someone else's death after the name is not the person's",
			[]kb.TimelineRow{row("2011-01-01", "Moreau, whose husband died in 2011, kept working.", 1)}, ""},
		{"an opening participle of birth is the subject's",
			[]kb.TimelineRow{row("1937-05-14", "Born in Leeds on 14 May 1937, Moreau studied physics.", 1)},
			"**Born** 14 May 1937 [1]"},
		{"an opening participle of birth before another subject is not the person's",
			[]kb.TimelineRow{row("1937-05-14", "Born in Leeds on 14 May 1937, her brother studied physics.", 1, "Ana Moreau")}, ""},
		{"an opening participle of birth cut from its clause is the one unwritten participant's",
			[]kb.TimelineRow{row("1941-01-01", "Born in Budapest in 1941", 1, "Budapest", "Ana Moreau")},
			"**Born** 1 Jan 1941 [1]"},
		{"an opening participle of birth with two unwritten participants is no one's",
			[]kb.TimelineRow{row("1941-01-01", "Born in Budapest in 1941", 1, "Budapest", "Ana Moreau", "Luis Moreau")}, ""},
		{"a row dated outside an opening participle of birth is no birth",
			[]kb.TimelineRow{row("1960-01-01", "Born in Leeds, Moreau moved to London in 1960.", 1)}, ""},
		{"a death reported by the person's family",
			[]kb.TimelineRow{row("2026-11-21", "Her family said she died on Saturday after a short illness.", 1, "Ana Moreau")},
			"**Died** 21 Nov 2026 [1]"},
		{"a death reported under the person's name",
			[]kb.TimelineRow{row("2026-11-21", "Moreau's agent told reporters that she had died on Saturday.", 1)},
			"**Died** 21 Nov 2026 [1]"},
		{"a reported death of someone of the other sex is not the person's",
			[]kb.TimelineRow{row("2026-11-21", "Moreau's lawyer said he died on Saturday.", 1)}, ""},
		{"a reported death of a relative is not the person's",
			[]kb.TimelineRow{row("2026-11-21", "Her family said her husband died on Saturday.", 1, "Ana Moreau")}, ""},
		{"a reported death under another person's possessive is not the person's",
			[]kb.TimelineRow{row("2026-11-21", "His family said she died on Saturday.", 1, "Luis Moreau")}, ""},
		{"a present perfect death",
			[]kb.TimelineRow{row("2026-11-21", "Ana Moreau has died at her home.", 1)},
			"**Died** 21 Nov 2026 [1]"},
		{"a birth dated by its day after its year shows the day",
			[]kb.TimelineRow{row("1942", "Moreau, born Ana Lucia Moreau in 1942", 1), row("1942-03-03", "Ana Moreau, singer, born 3 March 1942", 2)},
			"**Born** 3 Mar 1942 [1]"},
		{"a birth in another year does not replace the first",
			[]kb.TimelineRow{row("1942", "Moreau, born Ana Lucia Moreau in 1942", 1), row("1943-03-03", "Ana Moreau, singer, born 3 March 1943", 2)},
			"**Born** 1942 [1]"},
		{"an obituary's dates after the person's calling",
			[]kb.TimelineRow{row("1942-03-03", "Ana Moreau, singer and teacher, born 3 March 1942; died 1 May 2026", 1)},
			"**Born** 3 Mar 1942 [1]"},
		{"a birth in a clause of someone else's is not the person's",
			[]kb.TimelineRow{row("1975-01-02", "Ana Moreau, whose son is a pilot, born 2 January 1975", 1)}, ""},
		{"another verb is no birth",
			[]kb.TimelineRow{row("2004-01-01", "Moreau won the Nobel Prize in 2004.", 1)}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c cites
			got, _ := lifeLine(tt.rows, "Ana Moreau", []string{"Moreau"}, &c)
			if got != tt.want {
				t.Errorf("lifeLine = %q, want %q", got, tt.want)
			}
		})
	}
}
