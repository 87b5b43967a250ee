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
