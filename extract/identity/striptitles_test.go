package identity

import "testing"

func TestStripTitles(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a president's title goes", "President Reagan", "Reagan"},
		{"an honorific goes", "Mr Putin", "Putin"},
		{"an honorific with a period goes", "Mr. Putin", "Putin"},
		{"a title with an office goes whole", "Secretary of State Marco Rubio", "Marco Rubio"},
		{"a nationality before a title goes with it", "Russian President Vladimir Putin", "Vladimir Putin"},
		{"a lower-case title goes", "president reagan", "reagan"},
		{"a lower-case name stays whole", "vladimir putin", "vladimir putin"},
		{"a surname that is a title word stays", "Stephen King", "Stephen King"},
		{"a title alone stays", "President", "President"},
		{"a given name that is also an academic title stays", "Dean Harlow", "Dean Harlow"},
		{"a name without titles stays", "James Baker", "James Baker"},
		{"a generational suffix stays", "Mr Donald Trump Jr.", "Donald Trump Jr."},
		{"extra spaces are squashed", "  Chancellor   Friedrich Merz ", "Friedrich Merz"},
		{"empty stays empty", "", ""},
		{"post-nominal letters go", "Jonathan Reid KC", "Jonathan Reid"},
		{"letters alone stay", "KC", "KC"},
		{"a possessor goes", "Trump's envoy Steve Witkoff", "Steve Witkoff"},
		{"a local office goes", "Ventura County Supervisor Matt LaVere", "Matt LaVere"},
		{"a courtesy title goes", "Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"},
		{"a naval rank goes", "Commodore Varga", "Varga"},
		{"a councillor's short title goes", "Cr Varga", "Varga"},
		{"a rank's abbreviation after a civilian title is a given name", "Mayor Col Varga", "Col Varga"},
		{"a rank's abbreviation alone goes", "Col Varga", "Varga"},
		{"an abbreviated police rank goes", "DI Ramsden", "Ramsden"},
		{"abbreviated ranks go", "Det Supt Priya Ramsden", "Priya Ramsden"},
		{"a constable's rank goes", "PC Ramsden", "Ramsden"},
		{"a lower-case particle like a rank stays", "Carlo di Benedetti", "Carlo di Benedetti"},
		{"abbreviated military ranks go", "Maj Gen Ramsden", "Ramsden"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := StripTitles(tc.in); got != tc.want {
				t.Errorf("StripTitles(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzStripTitles(f *testing.F) {
	f.Add("Secretary of State Marco Rubio")
	f.Add("Mr\xff Putin")
	f.Fuzz(func(t *testing.T, s string) {
		got := StripTitles(s)
		if len(got) > len(s) {
			t.Fatalf("StripTitles(%q) = %q grew", s, got)
		}
	})
}
