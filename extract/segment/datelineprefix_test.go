package segment

import "testing"

func TestDatelinePrefixEnd(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"an agency in capitals, then a place with a date and an agency", "THE WIRE — Port Elwin, Oct 23 (PW) - The council voted to close the pier.", "The council voted to close the pier."},
		{"a place in capitals and an agency", "LONDON (Agency) - The council voted to close the pier.", "The council voted to close the pier."},
		{"a place in capitals and a date", "KESSA, March 10 - The council voted to close the pier.", "The council voted to close the pier."},
		{"a sentence with no dateline is kept whole", "The council voted to close the pier.", "The council voted to close the pier."},
		{"a name opening a sentence is no dateline", "Port Elwin voted to close the pier - and the beach.", "Port Elwin voted to close the pier - and the beach."},
		{"a dateline with nothing of substance after it is kept", "LONDON (Agency) - Pier shut.", "LONDON (Agency) - Pier shut."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in[DatelinePrefixEnd(tt.in):]; got != tt.want {
				t.Errorf("%q -> %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDatelinePrefixEndKeeping(t *testing.T) {
	tests := []struct {
		name, in string
		names    []string
		want     string
	}{
		{"a dateline that holds the name cited stays", "KESSA — Mayor Ilse Varga opened the new pier on Tuesday morning.", []string{"Kessa"}, "KESSA — Mayor Ilse Varga opened the new pier on Tuesday morning."},
		{"an agency in the dateline cited stays", "KESSA, March 10 (Wirepress) - Mayor Ilse Varga opened the new pier.", []string{"Wirepress"}, "KESSA, March 10 (Wirepress) - Mayor Ilse Varga opened the new pier."},
		{"a dateline without the name cited goes", "KESSA — Mayor Ilse Varga opened the new pier on Tuesday morning.", []string{"Ilse Varga", "Varga"}, "Mayor Ilse Varga opened the new pier on Tuesday morning."},
		{"a dateline goes when the rest holds the name too", "KESSA — Mayor Ilse Varga opened the new pier in Kessa on Tuesday.", []string{"Kessa"}, "Mayor Ilse Varga opened the new pier in Kessa on Tuesday."},
		{"a name that is part of a longer word in the dateline does not keep it", "KESSANI — Mayor Ilse Varga opened the new pier on Tuesday morning.", []string{"Kessa"}, "Mayor Ilse Varga opened the new pier on Tuesday morning."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in[DatelinePrefixEndKeeping(tt.in, tt.names...):]; got != tt.want {
				t.Errorf("%q %q -> %q, want %q", tt.in, tt.names, got, tt.want)
			}
		})
	}
}
