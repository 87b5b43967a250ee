package quotes

import (
	"testing"
)

// Who a quote goes to when the article names the speaker only in part: a
// surname the tagger missed, a title run with a club in front, a
// description by nationality or age, a person whose thing is the subject.
func TestSpeakerNamedInPart(t *testing.T) {
	tests := []quoteCase{
		{
			name: "an office of a body called by the words of its name goes to the body",
			text: "The Coastal Flood Agency warned on Sunday that high tides would persist.\n\n" +
				"In a statement issued on Sunday, the flood agency's Redhill office said:\n\n" +
				"\"A warning remains in effect until Monday. Stay away from the shore.\"",
			mentions: []string{"Coastal Flood Agency|ORG", "Redhill|PLACE"},
			want:     []want{{"A warning remains in effect until Monday. Stay away from the shore.", "Coastal Flood Agency"}},
		},
		{
			name: "an office of a body whose words fit two named bodies stays unattributed",
			text: "The Coastal Flood Agency and the Inland Flood Agency warned on Sunday that high tides would persist.\n\n" +
				"The flood agency's Redhill office said: \"A warning remains in effect until Monday.\"",
			mentions: []string{"Coastal Flood Agency|ORG", "Inland Flood Agency|ORG", "Redhill|PLACE"},
			want:     []want{{"A warning remains in effect until Monday.", ""}},
		},
		{
			name: "an office of a body called by its noun alone stays unattributed",
			text: "The Coastal Flood Agency warned on Sunday that high tides would persist.\n\n" +
				"The agency's Redhill office said: \"A warning remains in effect until Monday.\"",
			mentions: []string{"Coastal Flood Agency|ORG", "Redhill|PLACE"},
			want:     []want{{"A warning remains in effect until Monday.", ""}},
		},
		{
			name:     "a client's lawyers at a named firm speak for the firm",
			text:     "In a statement, Abara's US lawyers at Colfax & Dunn said: \"Mr Abara did nothing wrong.\"",
			mentions: []string{"Abara|PERSON", "Colfax & Dunn|ORG"},
			want:     []want{{"Mr Abara did nothing wrong.", "Colfax & Dunn"}},
		},
		{
			name:     "his lawyers at a named firm speak for the firm, not for him",
			text:     "Nia Abara was charged on Monday. Her lawyers at Colfax & Dunn said on Tuesday that she \"will fight the case\".",
			mentions: []string{"Nia Abara|PERSON", "Colfax & Dunn|ORG"},
			want:     []want{{"will fight the case", "Colfax & Dunn"}},
		},
		{
			name:     "post-nominal letters after a name in apposition keep the speaker",
			text:     `Her counsel, Ruth Adair KC, told the tribunal the council had "ignored every warning" for years.`,
			mentions: []string{"Ruth Adair|PERSON"},
			want:     []want{{"ignored every warning", "Ruth Adair"}},
		},
		{
			name:     "post-nominal letters before the verb keep the speaker",
			text:     `Ruth Adair KC said the council had "ignored every warning".`,
			mentions: []string{"Ruth Adair|PERSON"},
			want:     []want{{"ignored every warning", "Ruth Adair"}},
		},
		{
			name: "a post in a named body goes to the one person the lead named",
			text: "Tech investor Sam Okoro has bought the club.\n\n" +
				"Speaking on Monday, the Harlow Digital founder said the ground was \"in need of love\".\n\n" +
				"\"We will rebuild the stand,\" he said, \"and the training pitch.\"",
			mentions: []string{"Sam Okoro|PERSON", "Harlow Digital|ORG"},
			want:     []want{{"in need of love", "Sam Okoro"}, {"We will rebuild the stand … and the training pitch.", "Sam Okoro"}},
		},
		{
			name: "a post in a named body stays unattributed when two people were named",
			text: "Tech investor Sam Okoro has bought the club from Jon Pike.\n\n" +
				"Speaking on Monday, the Harlow Digital founder said the ground was \"in need of love\".",
			mentions: []string{"Sam Okoro|PERSON", "Jon Pike|PERSON", "Harlow Digital|ORG"},
			want:     []want{{"in need of love", ""}},
		},
		{
			name: "a spokesman of a named body is not the person the lead named",
			text: "Minister Sam Okoro has asked the banks to cut their fees.\n\n" +
				"The Harlow Bank spokesman said the cut was \"a fair step\".",
			mentions: []string{"Sam Okoro|PERSON", "Harlow Bank|ORG"},
			want:     []want{{"a fair step", ""}},
		},
		{
			name: "the subject of the sentence before takes he over a speaker paragraphs earlier",
			text: "Foreign Secretary David Lammy said the deal was \"a fragile opening\". He said London would add funds.\n\n" +
				"The war began when army chief Abdel Fattah al-Burhan fell out with his deputy.\n\n" +
				"Earlier talks failed.\n\n" +
				"Burhan did not attend. In a statement read on television, he said the army \"will abide by the truce\".",
			mentions: []string{"David Lammy|PERSON", "Abdel Fattah al-Burhan|PERSON", "London|PLACE"},
			want:     []want{{"a fragile opening", "David Lammy"}, {"will abide", "Abdel Fattah al-Burhan"}},
		},
		{
			name: "a surname the tagger typed as something else is the person named in full",
			text: "Foreign Secretary David Lammy said the deal was \"a fragile opening\".\n\n" +
				"The war began when army chief Abdel Fattah al-Burhan fell out with his deputy.\n\n" +
				"Burhan did not attend. He said the army \"will abide by the truce\".",
			mentions: []string{"David Lammy|PERSON", "Abdel Fattah al-Burhan|PERSON", "Burhan|OTHER"},
			want:     []want{{"a fragile opening", "David Lammy"}, {"will abide", "Abdel Fattah al-Burhan"}},
		},
		{
			name:     "a bracketed aside between a named role and the verb keeps the speaker",
			text:     "His former aide, Paul Marchand (no relation), told reporters: \"He taught me patience.\"",
			mentions: []string{"Paul Marchand|PERSON"},
			want:     []want{{"He taught me patience", "Paul Marchand"}},
		},
		{
			name:     "a club taken for a person before a role noun is not the speaker",
			text:     "Villa manager Unai Emery blamed his side's slow start. \"We gave them twenty minutes,\" he told Sky Sports.",
			mentions: []string{"Villa|PERSON", "Unai Emery|PERSON", "Sky Sports|ORG"},
			want:     []want{{"We gave them", "Unai Emery"}},
		},
		{
			name:     "a club taken for a person before a team role is not the speaker",
			text:     "\"We kept going,\" said Villa striker Ollie Watkins.",
			mentions: []string{"Villa|PERSON", "Ollie Watkins|PERSON"},
			want:     []want{{"We kept going", "Ollie Watkins"}},
		},
		{
			name:     "a person before a verb and a role is still the subject",
			text:     "Ivan Petrov dropped striker Emeka Okafor on Friday. \"He was not ready,\" Petrov said.",
			mentions: []string{"Ivan Petrov|PERSON", "Emeka Okafor|PERSON", "Petrov=Ivan Petrov|PERSON"},
			want:     []want{{"He was not ready", "Ivan Petrov"}},
		},
		{
			name: "a nationality and a role fit the one person so described",
			text: "The deal was brokered by Algeria's veteran diplomat Ramtane Lamamra and Swiss officials.\n\n" +
				"\"It is the first door to peace,\" the Algerian diplomat said.",
			mentions: []string{"Ramtane Lamamra|PERSON", "Algeria|PLACE"},
			want:     []want{{"It is the first door", "Ramtane Lamamra"}},
		},
		{
			name: "a nationality and a role fit the one person so described after the name",
			text: "Ramtane Lamamra, Algeria's veteran diplomat, brokered the deal.\n\n" +
				"\"It is the first door to peace,\" the Algerian diplomat said.",
			mentions: []string{"Ramtane Lamamra|PERSON", "Algeria|PLACE"},
			want:     []want{{"It is the first door", "Ramtane Lamamra"}},
		},
		{
			name: "a diplomat is the one envoy named when the article says nothing of where he is from",
			text: "UN envoy Ramtane Lamamra announced the truce.\n\n" +
				"\"It is the first door to peace,\" the veteran Algerian diplomat said.",
			mentions: []string{"Ramtane Lamamra|PERSON", "UN|ORG"},
			want:     []want{{"It is the first door", "Ramtane Lamamra"}},
		},
		{
			name: "a diplomat from elsewhere than the one envoy named stays unattributed",
			text: "Egypt's envoy Badr Abdelatty announced the truce.\n\n" +
				"\"It is the first door to peace,\" the Algerian diplomat said.",
			mentions: []string{"Badr Abdelatty|PERSON", "Egypt|PLACE"},
			want:     []want{{"It is the first door", ""}},
		},
		{
			name: "a nationality alone goes to the one person the article gave it before the name",
			text: "Estonian race leader Tomas Rell kept the lead ahead of Ivo Brandt.\n\n" +
				"Asked about Brandt, \"He is still dangerous,\" the Estonian said.",
			mentions: []string{"Tomas Rell|PERSON", "Ivo Brandt|PERSON", "Brandt=Ivo Brandt|PERSON"},
			want:     []want{{"He is still dangerous", "Tomas Rell"}},
		},
		{
			name: "a nationality alone goes to the one person called so with the article",
			text: "The Estonian Tomas Rell kept the lead ahead of Ivo Brandt.\n\n" +
				"\"He is still dangerous,\" the Estonian said.",
			mentions: []string{"Tomas Rell|PERSON", "Ivo Brandt|PERSON"},
			want:     []want{{"He is still dangerous", "Tomas Rell"}},
		},
		{
			name: "a nationality the tagger took for a name goes to the one person called so",
			text: "Estonian race leader Tomas Rell kept the lead ahead of Ivo Brandt.\n\n" +
				"\"He is still dangerous,\" the Estonian said.",
			mentions: []string{"Estonian|OTHER", "Tomas Rell|PERSON", "Ivo Brandt|PERSON", "Estonian|OTHER"},
			want:     []want{{"He is still dangerous", "Tomas Rell"}},
		},
		{
			name: "a nationality that names a people is no one person",
			text: "Japanese Trade Minister Taro Ueda met his U.S. counterpart.\n\n" +
				"The Japanese said the talks were \"a useful start\".",
			mentions: []string{"Japanese|OTHER", "Taro Ueda|PERSON", "U.S.|PLACE", "Japanese|OTHER"},
			want:     []want{{"a useful start", ""}},
		},
		{
			name: "a nationality the article gave nobody stays unattributed",
			text: "Tomas Rell kept the lead ahead of Ivo Brandt.\n\n" +
				"\"He is still dangerous,\" the Estonian said.",
			mentions: []string{"Tomas Rell|PERSON", "Ivo Brandt|PERSON"},
			want:     []want{{"He is still dangerous", ""}},
		},
		{
			name: "a nationality the article gave two people stays unattributed",
			text: "Estonian rider Tomas Rell kept the lead ahead of Estonian Ivo Brandt.\n\n" +
				"\"He is still dangerous,\" the Estonian said.",
			mentions: []string{"Tomas Rell|PERSON", "Ivo Brandt|PERSON"},
			want:     []want{{"He is still dangerous", ""}},
		},
		{
			name: "an age the article gave only someone else stays unattributed",
			text: "The 23-year-old Ivo Brandt won the race ahead of Tomas Rell.\n\n" +
				"Rell said he had no regrets. \"I gave everything,\" said the 29-year-old.",
			mentions: []string{"Ivo Brandt|PERSON", "Tomas Rell|PERSON", "Rell=Tomas Rell|PERSON"},
			want:     []want{{"I gave everything", ""}},
		},
		{
			name: "an age goes to the person whose age the article gave",
			text: "Elena Kasatkina-Moreau, 27, and her coach Marta Lind were in court.\n\n" +
				"\"I have never knowingly taken anything,\" the 27-year-old said.",
			mentions: []string{"Elena Kasatkina-Moreau|PERSON", "Marta Lind|PERSON"},
			want:     []want{{"I have never", "Elena Kasatkina-Moreau"}},
		},
		{
			name: "an age goes to the one person named when nobody's age is given",
			text: "Former world number four Elena Kasatkina-Moreau was banned for four years.\n\n" +
				"\"I have never knowingly taken anything,\" the 27-year-old said in a statement posted on Instagram. \"I will appeal.\"",
			mentions: []string{"Elena Kasatkina-Moreau|PERSON"},
			want:     []want{{"I have never", "Elena Kasatkina-Moreau"}, {"I will appeal", "Elena Kasatkina-Moreau"}},
		},
		{
			name: "an age with two people named and no age given stays unattributed",
			text: "Elena Kasatkina-Moreau and her coach Marta Lind were in court.\n\n" +
				"\"I have never knowingly taken anything,\" the 27-year-old said.",
			mentions: []string{"Elena Kasatkina-Moreau|PERSON", "Marta Lind|PERSON"},
			want:     []want{{"I have never", ""}},
		},
		{
			name: "an age after someone introduced by age alone stays unattributed",
			text: "Police arrested John Smith after a 62-year-old man was hurt.\n\n" +
				"\"It was terrifying,\" the 62-year-old said.",
			mentions: []string{"John Smith|PERSON"},
			want:     []want{{"It was terrifying", ""}},
		},
		{
			name: "the person whose speech is the subject is who she means",
			text: "Pavel Latushko told reporters the movement had \"lost the attention of Europe\".\n\n" +
				"Tsikhanouskaya's opening speech focused on political prisoners, according to the rights group Viasna. \"Each of them is a reason we are here,\" she said.",
			mentions: []string{"Pavel Latushko|PERSON", "Tsikhanouskaya=Sviatlana Tsikhanouskaya|PERSON", "Viasna|ORG"},
			want:     []want{{"lost the attention", "Pavel Latushko"}, {"Each of them", "Sviatlana Tsikhanouskaya"}},
		},
		{
			name: "a report on a person's policies does not speak for the person",
			text: "The economy grew under Mikhail Gorbachev, according to a report from U.S. intelligence agencies.\n\n" +
				"Gorbachev's policies to improve worker attitudes accounted for some of the gains, the report said.\n\n" +
				"\"Nonetheless, the program appears too ambitious.\"",
			mentions: []string{"Mikhail Gorbachev|PERSON", "Gorbachev=Mikhail Gorbachev|PERSON", "U.S.|PLACE"},
			want:     []want{{"Nonetheless", ""}},
		},
		{
			name: "a person's spokesman as the subject does not make the person the topic",
			text: "Mayor Anna Berg said the budget was \"tight\".\n\n" +
				"Berg's spokesman Tom Reed declined to comment. \"We will see,\" he said.",
			mentions: []string{"Anna Berg|PERSON", "Berg=Anna Berg|PERSON", "Tom Reed|PERSON"},
			want:     []want{{"tight", "Anna Berg"}, {"We will see", "Tom Reed"}},
		},
		{
			name:     "the speaker is the subject, not the person a participle in the apposition names",
			text:     `Tomasz Brennan, the solicitor representing Ms Marsh, said outside court that his client "never named Mr Kettering and never intended to".`,
			mentions: []string{"Tomasz Brennan|PERSON", "Marsh|PERSON", "Kettering|PERSON"},
			want:     []want{{"never named", "Tomasz Brennan"}},
		},
		{
			name:     "a participle title after a determiner still names the speaker in apposition",
			text:     `The firm's new chief, the acting Ruth Adair, said the plan was "dead".`,
			mentions: []string{"Ruth Adair|PERSON"},
			want:     []want{{"dead", "Ruth Adair"}},
		},
		{
			name: "the judge goes to the one person styled Justice, and the next sentence too",
			text: "Mr Justice Harlow said the post \"carried the clear meaning\" that the singer was to blame.\n\n" +
				"\"That meaning was false,\" the judge wrote. \"Ms Marsh has not attempted to prove it true.\"",
			mentions: []string{"Harlow|PERSON", "Marsh|PERSON"},
			want:     []want{{"carried", "Harlow"}, {"That meaning", "Harlow"}, {"Ms Marsh", "Harlow"}},
		},
		{
			name: "a Justice Minister is no judge",
			text: "Justice Minister Ana Reyes said the court was \"independent\".\n\n" +
				"\"That meaning was false,\" the judge wrote.",
			mentions: []string{"Ana Reyes|PERSON"},
			want:     []want{{"independent", "Ana Reyes"}, {"That meaning", ""}},
		},
		{
			name:     "the reader of a statement before a colon is the speaker",
			text:     "Outside the court, Kettering's barrister Anna Whitcombe KC read a statement on his behalf: \"Jody's name has been cleared. He hopes now to get back to making music.\"",
			mentions: []string{"Kettering|PERSON", "Anna Whitcombe|PERSON"},
			want:     []want{{"Jody's name", "Anna Whitcombe"}},
		},
		{
			name:     "the issuer of a brief statement before a colon is the speaker",
			text:     "Anna Whitcombe issued a brief statement: \"We will appeal.\"",
			mentions: []string{"Anna Whitcombe|PERSON"},
			want:     []want{{"We will", "Anna Whitcombe"}},
		},
		{
			name:     "a name with a lawyer after it before a colon is not the speaker",
			text:     "Varga lawyer: 'My client has done nothing wrong'\n\nThe appeal opens in June.",
			mentions: []string{"Varga|PERSON"},
			want:     []want{{"My client", ""}},
		},
		{
			name:     "a name with an agent after it before a colon is not the speaker",
			text:     "Lena Varga agent: \"She will stay at the club.\"",
			mentions: []string{"Lena Varga|PERSON"},
			want:     []want{{"She will", ""}},
		},
		{
			name:     "a team of two sponsors joined by a dash before a role and a name is not the speaker",
			text:     "\"We lost the race on the climb,\" said Rallo–Vesta sports director Ana Ruiz.",
			mentions: []string{"Rallo|ORG", "Ana Ruiz|PERSON"},
			want:     []want{{"We lost", "Ana Ruiz"}},
		},
		{
			name:     "a hyphen between two capitalised words joins them before the role and the name",
			text:     "\"We lost the race on the climb,\" said Rallo-Vesta team boss Ana Ruiz.",
			mentions: []string{"Rallo|ORG", "Ana Ruiz|PERSON"},
			want:     []want{{"We lost", "Ana Ruiz"}},
		},
		{
			name:     "a person of a firm with an ampersand after the quote is the speaker",
			text:     "\"Ms Varga has always meant to come back. She was not hiding,\" Maria Lenz of Holt & Barrow said in a statement.",
			mentions: []string{"Varga|PERSON", "Maria Lenz|PERSON", "Holt & Barrow|ORG"},
			want:     []want{{"Ms Varga has", "Maria Lenz"}},
		},
		{
			name:     "an office named after a body in lower case is no name of its own but the body's",
			text:     "The Coastal Rail Authority closed the line.\n\nIn a notice on Sunday, the rail authority's Dunmore office said:\n\n\"The line stays closed until Monday.\"",
			mentions: []string{"Coastal Rail Authority|ORG", "Dunmore|PLACE"},
			want:     []want{{"The line stays", "Coastal Rail Authority"}},
		},
		{
			name:     "a reader of a book before a colon is not its speaker",
			text:     "Anna Whitcombe read a novel: \"It was a dark and stormy night.\"",
			mentions: []string{"Anna Whitcombe|PERSON"},
			want:     []want{{"It was", ""}},
		},
	}
	checkCases(t, tests)
}

// TestTokenLemmaIsSpeechVerb checks that the lemma a token keeps is the
// one speechVerbs gives its word.
func TestTokenLemmaIsSpeechVerb(t *testing.T) {
	for form, lemma := range speechVerbs {
		if got := (token{verb: speechLemmaID(form)}).lemma(); got != lemma {
			t.Errorf("lemma of %q = %q, want %q", form, got, lemma)
		}
	}
	for _, w := range []string{"", "smith", "sai", "saids", "tel", "x", "according"} {
		if got := (token{verb: speechLemmaID(w)}).lemma(); got != speechVerbs[w] {
			t.Errorf("lemma of %q = %q, want %q", w, got, speechVerbs[w])
		}
	}
	a := newAnalysis("Smith told reporters the plan, adding: yes.", nil, nil)
	a.buildWindows()
	defer a.releaseTokens()
	for _, tc := range []struct{ word, want string }{
		{"smith", ""}, {"told", "tell"}, {"reporters", ""}, {"adding", "add"}, {":", ""},
	} {
		found := false
		for _, w := range a.wins {
			for _, tok := range w.toks {
				if tok.low == tc.word {
					found = true
					if got := tok.lemma(); got != tc.want {
						t.Errorf("lemma of token %q = %q, want %q", tc.word, got, tc.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("no token %q", tc.word)
		}
	}
}
