package events

import "testing"

func TestNamed(t *testing.T) {
	tests := []struct {
		name    string
		summary string
		names   []string
		want    string
	}{
		{
			name:    "a pronoun opening the summary is followed by the person it stands for",
			summary: "She tested positive in 2019.",
			names:   []string{"Ruth Wanjiru"},
			want:    "She (Ruth Wanjiru) tested positive in 2019.",
		},
		{
			name:    "a pronoun opening a clause cut from its sentence opens the row in capitals",
			summary: "he fled to Sweden with his family in 1956.",
			names:   []string{"Sweden", "Viktor Lindqvist"},
			want:    "He (Viktor Lindqvist) fled to Sweden with his family in 1956.",
		},
		{
			name:    "an age subject is followed by the person it stands for",
			summary: "The 47-year-old was appointed in June 2024 and led Rovers to promotion the following year.",
			names:   []string{"Stefan Hallam", "Westbridge Rovers"},
			want:    "The 47-year-old (Stefan Hallam) was appointed in June 2024 and led Rovers to promotion the following year.",
		},
		{
			name:    "an age subject of no one known stays as written",
			summary: "The 47-year-old was appointed in June 2024.",
			names:   []string{"Westbridge Rovers"},
			want:    "The 47-year-old was appointed in June 2024.",
		},
		{
			name:    "a predicate opening with a hyphenated verb is led by its one person",
			summary: "re-elected in 2019.",
			names:   []string{"Carl Dempsey"},
			want:    "(Carl Dempsey) re-elected in 2019.",
		},
		{
			name:    "a pronoun after a phrase of time is followed by the person",
			summary: "In 1975 she married the trumpeter Calvin Reese",
			names:   []string{"Calvin Reese", "Vera Marlowe"},
			want:    "In 1975 she (Vera Marlowe) married the trumpeter Calvin Reese",
		},
		{
			name:    "a possessive in an opening phrase before a named subject names no one else",
			summary: "In his opening address on Monday, Marcus Venn QC said the defendant had lied.",
			names:   []string{"Marcus Venn QC", "Tobias Grint"},
			want:    "In his opening address on Monday, Marcus Venn QC said the defendant had lied.",
		},
		{
			name:    "a possessive in an opening phrase before a subject noun phrase names no one else",
			summary: "At her final briefing, the minister said the talks had stalled.",
			names:   []string{"Ruth Wanjiru"},
			want:    "At her final briefing, the minister said the talks had stalled.",
		},
		{
			name:    "a possessive in an opening phrase before a pronoun subject is named",
			summary: "In her final year, she won the league.",
			names:   []string{"Ruth Wanjiru"},
			want:    "In her (Ruth Wanjiru's) final year, she won the league.",
		},
		{
			name:    "a possessive pronoun is followed by the possessor",
			summary: "Her first novel, \"The Shuttle\", was published in 1971",
			names:   []string{"Margaret Ellison-Hart", "Shuttle"},
			want:    "Her (Margaret Ellison-Hart's) first novel, \"The Shuttle\", was published in 1971",
		},
		{
			name:    "a relative of the same surname written in full leaves the other",
			summary: "His wife, Olena Petrenko, said she had not slept since Sunday.",
			names:   []string{"Nikolai Petrenko", "Olena Petrenko"},
			want:    "His (Nikolai Petrenko's) wife, Olena Petrenko, said she had not slept since Sunday.",
		},
		{
			name:    "a summary opening with its verb is shown after the one person it leaves unwritten",
			summary: "recorded her first album, Blue Hours, two years later.",
			names:   []string{"Blue Hours", "Vera Marlowe"},
			want:    "(Vera Marlowe) recorded her first album, Blue Hours, two years later.",
		},
		{
			name:    "a summary opening with its verb and two people unwritten is left as it is",
			summary: "signed with Atlantic Records in 1972.",
			names:   []string{"Atlantic Records", "Robert Keane", "Vera Marlowe"},
			want:    "signed with Atlantic Records in 1972.",
		},
		{
			name:    "a summary opening with its verb and a name of unknown sex is left as it is",
			summary: "filed for bankruptcy two weeks later.",
			names:   []string{"Ardent Capital"},
			want:    "filed for bankruptcy two weeks later.",
		},
		{
			name:    "they stands for two people the summary does not write",
			summary: "They divorced in 1988.",
			names:   []string{"John Reese", "Vera Marlowe"},
			want:    "They (John Reese and Vera Marlowe) divorced in 1988.",
		},
		{
			name:    "a summary naming its subject by surname is left as it is",
			summary: "Wanjiru, 27, was suspended in March.",
			names:   []string{"Ruth Wanjiru"},
			want:    "Wanjiru, 27, was suspended in March.",
		},
		{
			name:    "a pronoun with two people unwritten is left as it is",
			summary: "She resigned on Monday.",
			names:   []string{"Ann Cole", "Mary Pike"},
			want:    "She resigned on Monday.",
		},
		{
			name:    "a person of the other sex is not the pronoun's",
			summary: "She resigned on Monday.",
			names:   []string{"John Pike"},
			want:    "She resigned on Monday.",
		},
		{
			name:    "a pronoun with no participant unwritten is left as it is",
			summary: "He was born in Leeds in 1950.",
			names:   []string{"Leeds"},
			want:    "He was born in Leeds in 1950.",
		},
		{
			name:    "a quotation opening the summary is the speaker's",
			summary: "\"She lied in 2019,\" Ann Cole said.",
			names:   []string{"Ann Cole", "Mary Pike"},
			want:    "\"She lied in 2019,\" Ann Cole said.",
		},
		{
			name:    "an unwritten name of unknown sex may be anyone's",
			summary: "He resigned on Monday.",
			names:   []string{"Tom Cole", "Halvorsen Group"},
			want:    "He resigned on Monday.",
		},
		{
			name:    "an organisation is never the pronoun's",
			summary: "She announced the sale in 2019.",
			names:   []string{"Vantor Holdings"},
			want:    "She announced the sale in 2019.",
		},
		{
			name:    "a surname inside a longer word does not write the name",
			summary: "He met the Coleman family in 2019.",
			names:   []string{"Tom Cole"},
			want:    "He (Tom Cole) met the Coleman family in 2019.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Named(tc.summary, tc.names); got != tc.want {
				t.Errorf("Named(%q, %q) = %q, want %q", tc.summary, tc.names, got, tc.want)
			}
		})
	}
}

func TestNamedFor(t *testing.T) {
	tests := []struct {
		name, summary, subject, want string
		names                        []string
	}{
		{
			name:    "the pronoun on a person's timeline is theirs beside a place",
			summary: "He died on Saturday at his home in Lyon.",
			names:   []string{"Radomir Kovačević", "Lyon"},
			subject: "Radomir Kovačević",
			want:    "He (Radomir Kovačević) died on Saturday at his home in Lyon.",
		},
		{
			name:    "a possessive pronoun",
			summary: "His trial opened in March 2022.",
			names:   []string{"Radomir Kovačević", "The Hague"},
			subject: "Radomir Kovačević",
			want:    "His (Radomir Kovačević's) trial opened in March 2022.",
		},
		{
			name:    "a subject of the other sex is not the pronoun's",
			summary: "He resigned on Monday.",
			names:   []string{"Anna Berg", "Halvorsen Group"},
			subject: "Anna Berg",
			want:    "He resigned on Monday.",
		},
		{
			name:    "another unwritten person of the pronoun's sex may be the one",
			summary: "He resigned on Monday.",
			names:   []string{"Radomir Kovačević", "Tom Cole"},
			subject: "Radomir Kovačević",
			want:    "He resigned on Monday.",
		},
		{
			name:    "a written subject is not named again",
			summary: "He met Kovačević in Lyon.",
			names:   []string{"Radomir Kovačević", "Lyon"},
			subject: "Radomir Kovačević",
			want:    "He met Kovačević in Lyon.",
		},
		{
			name:    "a subject who is not a participant",
			summary: "He resigned on Monday.",
			names:   []string{"Lyon"},
			subject: "Radomir Kovačević",
			want:    "He resigned on Monday.",
		},
		{
			name:    "what Named names stays",
			summary: "She resigned on Monday.",
			names:   []string{"Anna Berg", "Tom Cole"},
			subject: "Tom Cole",
			want:    "She (Anna Berg) resigned on Monday.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NamedFor(tc.summary, tc.names, tc.subject); got != tc.want {
				t.Errorf("NamedFor(%q, %q, %q) = %q, want %q", tc.summary, tc.names, tc.subject, got, tc.want)
			}
		})
	}
}
