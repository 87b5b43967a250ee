package quotes

import "testing"

// "The statement said" is the words of whoever the article said put the
// statement out, named in full or by a short form of its name; with no
// one reported speaking before it, the statement is no one's.
func TestStatementOfItsIssuer(t *testing.T) {
	checkCases(t, []quoteCase{
		{
			name: "a statement put out by a body named by the first word of its name",
			text: "Eastgate Ports has asked the court to stop the strike.\n" +
				"Eastgate said in a statement that it had a duty to its customers. \"We act with regret,\" the statement said.",
			mentions: []string{"Eastgate Ports|ORG"},
			want:     []want{{"We act", "Eastgate Ports"}},
		},
		{
			name: "near miss: a first word that also names a place is no short form",
			text: "Eastgate Ports has asked the court to stop the strike at its Eastgate Road depot.\n" +
				"Eastgate said in a statement that it had a duty to its customers. \"We act with regret,\" the statement said.",
			mentions: []string{"Eastgate Ports|ORG", "Eastgate Road|PLACE"},
			want:     []want{{"We act", ""}},
		},
		{
			name: "a statement after a sentence only about a body is no one's",
			text: "Halden Water was fined on Tuesday.\n" +
				"Halden Water employs about 1,900 people. \"We accept the decision,\" the statement said.",
			mentions: []string{"Halden Water|ORG"},
			want:     []want{{"We accept", ""}},
		},
		{
			name: "a statement after a sentence only about a person is no one's",
			text: "Halden Water was fined on Tuesday.\n" +
				"Judge Priya Castellano will sentence the directors next month. \"We accept the decision,\" the statement said.",
			mentions: []string{"Halden Water|ORG", "Priya Castellano|PERSON"},
			want:     []want{{"We accept", ""}},
		},
		{
			name: "near miss: a report the body put out earlier is its, after a sentence about it",
			text: "Halden Water said in its annual report that profits fell.\n\n" +
				"Halden Water employs about 1,900 people.\n\n" +
				"Halden Water in 1986 decided to sell its laboratories, the report said.\n\n" +
				"\"We expect a better year,\" the report said.",
			mentions: []string{"Halden Water|ORG"},
			want:     []want{{"We expect", "Halden Water"}},
		},
		{
			name: "near miss: a statement right after the body is reported speaking is its",
			text: "Halden Water was fined on Tuesday.\n" +
				"Halden Water said it would not appeal. \"We accept the decision,\" the statement said.",
			mentions: []string{"Halden Water|ORG"},
			want:     []want{{"We accept", "Halden Water"}},
		},
	})
}
