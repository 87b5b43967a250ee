package quotes

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// ments builds mentions for a test text from specs "Text|TYPE" or
// "Text=Canonical|TYPE", marking every occurrence of Text.
func ments(text string, specs ...string) []doc.Mention {
	var out []doc.Mention
	for _, s := range specs {
		name, typ, _ := strings.Cut(s, "|")
		name, canon, _ := strings.Cut(name, "=")
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			start := from + i
			out = append(out, doc.Mention{
				Span: doc.Span{Start: start, End: start + len(name)},
				Type: doc.EntityType(typ), Text: name, Canonical: canon,
			})
			from = start + len(name)
		}
	}
	return out
}

// want is one expected quote: the start of its words and its speaker.
type want struct {
	quote, speaker string
}

// quoteCase is a text, its mentions ("Name|TYPE", "Short=Canonical|TYPE")
// and the quotes Find should return, in order.
type quoteCase struct {
	name     string
	text     string
	mentions []string
	want     []want
}

// checkCases runs Find on each case and checks every quote's text,
// speaker and spans.
func checkCases(t *testing.T, tests []quoteCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.text, nil, ments(tt.text, tt.mentions...))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(tt.want))
			}
			for i, q := range got {
				if !strings.HasPrefix(q.Text, tt.want[i].quote) {
					t.Errorf("quote %d is %q, want it to start %q", i, q.Text, tt.want[i].quote)
				}
				if q.Speaker != tt.want[i].speaker {
					t.Errorf("quote %q: speaker %q, want %q", q.Text, q.Speaker, tt.want[i].speaker)
				}
				if q.Text != Flatten(tt.text[q.Start:q.End]) {
					t.Errorf("quote text %q is not text[%d:%d]", q.Text, q.Start, q.End)
				}
				if q.Speaker != "" && (q.SpeakerSpan.Start < 0 || q.SpeakerSpan.End > len(tt.text) || q.SpeakerSpan.Len() <= 0) {
					t.Errorf("quote %q: bad speaker span %+v", q.Text, q.SpeakerSpan)
				}
			}
		})
	}
}

func TestFind(t *testing.T) {
	tests := []quoteCase{
		{
			name:     "a trailing said names the speaker",
			text:     "“We are ready,” Ushakov said.",
			mentions: []string{"Ushakov=Yuri Ushakov|PERSON"},
			want:     []want{{"We are ready", "Yuri Ushakov"}},
		},
		{
			name:     "a role in apposition after the speaker keeps the next quote sentence theirs",
			text:     `"The harbour is closed until further notice," said Tobias Wren, the chief executive of the port authority. "Our divers are checking the channel."`,
			mentions: []string{"Tobias Wren|PERSON"},
			want:     []want{{"The harbour is closed", "Tobias Wren"}, {"Our divers are", "Tobias Wren"}},
		},
		{
			name:     "a possessive role in apposition after the speaker keeps the next quote sentence theirs",
			text:     `"Nobody expected the river to rise so fast," said Ilse Marquand, the company's chief financial officer. "We worked through the night."`,
			mentions: []string{"Ilse Marquand|PERSON"},
			want:     []want{{"Nobody expected", "Ilse Marquand"}, {"We worked", "Ilse Marquand"}},
		},
		{
			name:     "a role in a named body set before the name as an appositive describes its holder",
			text:     "The managing director of Brackley Mills, Ottilie Sarn, wrote to staff on Monday.\n\nSarn said the plant would stay open. \"Nobody will lose their job,\" the director said.",
			mentions: []string{"Brackley Mills|ORG", "Ottilie Sarn|PERSON", "Sarn=Ottilie Sarn|PERSON"},
			want:     []want{{"Nobody will lose", "Ottilie Sarn"}},
		},
		{
			name:     "the chief executive is the one person the article calls so",
			text:     "Rufus Delane, the chief executive of Norrow Freight, met the unions.\n\nThe talks ran late.\n\n\"We owe our drivers an answer,\" the chief executive said.",
			mentions: []string{"Norrow Freight|ORG", "Rufus Delane|PERSON"},
			want:     []want{{"We owe our drivers", "Rufus Delane"}},
		},
		{
			name:     "a noun set before a comma and a titled name ending the sentence describes that person",
			text:     "The defence turned on the state's main witness, the port's former harbour master Ivo Strand.\n\nPressed on the dates, the witness answered: \"I wrote them down that night.\"",
			mentions: []string{"Ivo Strand|PERSON"},
			want:     []want{{"I wrote them down", "Ivo Strand"}},
		},
		{
			name:     "a noun before a list ending in a titled name describes no one",
			text:     "The defence turned on the witness, the clerk and the former harbour master Ivo Strand.\n\nPressed on the dates, the witness answered: \"I wrote them down that night.\"",
			mentions: []string{"Ivo Strand|PERSON"},
			want:     []want{{"I wrote them down", ""}},
		},
		{
			name:     "the one person the article says gives evidence is the witness",
			text:     "Ivo Strand, who ran the harbour for a decade, was giving evidence on the fourth day of the trial.\n\nCounsel Mara Jensen suggested the logbook had been lost. \"It may have been,\" the witness admitted.",
			mentions: []string{"Ivo Strand|PERSON", "Mara Jensen|PERSON"},
			want:     []want{{"It may have been", "Ivo Strand"}},
		},
		{
			name:     "of two people who give evidence neither is the witness",
			text:     "Ivo Strand gave evidence on Monday. Pia Lund testified on Tuesday.\n\nCounsel Mara Jensen suggested the logbook had been lost. \"It may have been,\" the witness admitted.",
			mentions: []string{"Ivo Strand|PERSON", "Pia Lund|PERSON", "Mara Jensen|PERSON"},
			want:     []want{{"It may have been", ""}},
		},
		{
			name:     "an executive without chief stays one of many",
			text:     "Rufus Delane, an executive of Norrow Freight, met the unions.\n\nThe talks ran late.\n\n\"We owe our drivers an answer,\" the executive said.",
			mentions: []string{"Norrow Freight|ORG", "Rufus Delane|PERSON"},
			want:     []want{{"We owe our drivers", ""}},
		},
		{
			name:     "a role after a leading quote is the person the sentence before is about",
			text:     `Wilma Trench, who chairs the transport committee, said the plan was "half finished". "Nobody in my town can get to a hospital by train," the Easterby South MP said.`,
			mentions: []string{"Wilma Trench|PERSON", "Easterby South|LOC"},
			want:     []want{{"half finished", "Wilma Trench"}, {"Nobody in my town", "Wilma Trench"}},
		},
		{
			name:     "a role after a leading quote stays unresolved when another person is named between",
			text:     `Wilma Trench, who chairs the transport committee, said she had met Hal Ormerod on the plan. "Nobody in my town can get to a hospital by train," the Easterby South MP said.`,
			mentions: []string{"Wilma Trench|PERSON", "Hal Ormerod|PERSON", "Easterby South|LOC"},
			want:     []want{{"Nobody in my town", ""}},
		},
		{
			name:     "a role label with the speaker's name in brackets before a colon",
			text:     "The log records the last exchange.\n\n09:12:40 PILOT (Ruiz): \"Gear down. Flaps full.\"\n\nAna Ruiz, the pilot, survived.",
			mentions: []string{"Ruiz=Ana Ruiz|PERSON", "Ana Ruiz|PERSON"},
			want:     []want{{"Gear down", "Ana Ruiz"}},
		},
		{
			name:     "a bracketed name after words in lower case is no label",
			text:     "Then the pilot (Ruiz): \"Gear down.\"\n\nAna Ruiz, the pilot, survived.",
			mentions: []string{"Ruiz=Ana Ruiz|PERSON", "Ana Ruiz|PERSON"},
			want:     []want{{"Gear down", ""}},
		},
		{
			name:     "the report goes back to the document its issuer put out",
			text:     "The 60-page document from the Coastal Safety Board does not name a cause. But the report states that the ferry listed before it sank.\n\n\"The crew followed the checklist,\" the report states.",
			mentions: []string{"Coastal Safety Board|ORG"},
			want:     []want{{"The crew followed", "Coastal Safety Board"}},
		},
		{
			name:     "the report states is not the words of the person who spoke just before",
			text:     "Ice on the wing caused the crash, the Coastal Safety Board said in its final report on Friday.\n\nInspector Hal Ormerod said the de-icing pump had failed twice. The board has asked the airline for its logs.\n\n\"The pump was never replaced,\" the report states.",
			mentions: []string{"Coastal Safety Board|ORG", "Hal Ormerod|PERSON"},
			want:     []want{{"The pump was never", ""}},
		},
		{
			name:     "the report with no document issued before it has no speaker",
			text:     "The ferry sank in March. But the report states that it listed before it sank.\n\n\"The crew followed the checklist,\" the report states.",
			mentions: []string{},
			want:     []want{{"The crew followed", ""}},
		},
		{
			name:     "states after a report and before a noun is no verb",
			text:     "\"Borders must stay open,\" the report states officials told the panel.",
			mentions: []string{},
			want:     []want{{"Borders must", ""}},
		},
		{
			name:     "an inverted said names the speaker after the verb",
			text:     `"We are ready," said Jim Townsend of the Center for a New American Security.`,
			mentions: []string{"Jim Townsend|PERSON", "Center for a New American Security|ORG"},
			want:     []want{{"We are ready", "Jim Townsend"}},
		},
		{
			name:     "an organisation with of in its name and a role before the person after said",
			text:     `'Rates will stay high for longer,' said Reserve Bank of India deputy governor Anita Rao at a conference.`,
			mentions: []string{"Reserve Bank of India|ORG", "Anita Rao|PERSON"},
			want:     []want{{"Rates will stay", "Anita Rao"}},
		},
		{
			name:     "an agency and its role word before the person after said",
			text:     `"We will return to the Moon," said Nasa administrator Bill Nelson.`,
			mentions: []string{"Nasa|ORG", "Bill Nelson|PERSON"},
			want:     []want{{"We will return", "Bill Nelson"}},
		},
		{
			name:     "a company and a two-word role before the person after said",
			text:     `"Customers are spending again," said Tesco chief executive Ken Murphy.`,
			mentions: []string{"Tesco|ORG", "Ken Murphy|PERSON"},
			want:     []want{{"Customers are", "Ken Murphy"}},
		},
		{
			name:     "an abbreviated title with its dot stands before the speaker",
			text:     `"These are striking results," said Dr. Amara Okonkwo, a cardiologist. According to Prof. Lena Hoffmann, the trial was "well designed".`,
			mentions: []string{"Amara Okonkwo|PERSON", "Lena Hoffmann|PERSON"},
			want:     []want{{"These are striking results", "Amara Okonkwo"}, {"well designed", "Lena Hoffmann"}},
		},
		{
			name:     "the office an abbreviated title stands for names its holder",
			text:     `Peter Vance, Gov. Margaret Halloran's chief of staff, resigned. Halloran accepted. "Peter has served this state with distinction," the governor said.`,
			mentions: []string{"Peter Vance|PERSON", "Margaret Halloran|PERSON", "Halloran|PERSON"},
			want:     []want{{"Peter has served", "Margaret Halloran"}},
		},
		{
			name:     "a calling after the sentence about the person just named is that person",
			text:     `Dana Holt said the tour had been long. "I loved every night of it," the singer said.`,
			mentions: []string{"Dana Holt|PERSON"},
			want:     []want{{"I loved every night of it", "Dana Holt"}},
		},
		{
			name:     "a calling after another person named in between is nobody known",
			text:     `Dana Holt said the tour had been long. Her manager, Omar Reyes, agreed. "I loved every night of it," the singer said.`,
			mentions: []string{"Dana Holt|PERSON", "Omar Reyes|PERSON"},
			want:     []want{{"I loved every night of it", ""}},
		},
		{
			name:     "a calling for a woman is not the man just named",
			text:     `Mr Tomas Lenk said the shoot had been cold. "We froze every morning," the actress said.`,
			mentions: []string{"Tomas Lenk|PERSON"},
			want:     []want{{"We froze every morning", ""}},
		},
		{
			name:     "the detective after the sentence about the detective just named is that person",
			text:     `Det Sgt Nadia Ferro said the inquiry was at an early stage. Ferro urged drivers to check their dashboard cameras. "Every clip matters," the detective said.`,
			mentions: []string{"Nadia Ferro|PERSON", "Ferro|PERSON"},
			want:     []want{{"Every clip matters", "Ferro"}},
		},
		{
			name:     "the detective after a sentence about someone with no such title is the one detective named",
			text:     `Det Sgt Nadia Ferro said the inquiry was at an early stage. Mayor Paul Strand urged drivers to check their dashboard cameras. "Every clip matters," the detective said.`,
			mentions: []string{"Nadia Ferro|PERSON", "Paul Strand|PERSON"},
			want:     []want{{"Every clip matters", "Nadia Ferro"}},
		},
		{
			name:     "the detective paragraphs after the one detective named is that detective",
			text:     "Det Insp Bryn Tallis said the charge followed a long inquiry.\n\nA man, 40, will appear in court on Monday.\n\n\"The family ask for privacy,\" the detective said.",
			mentions: []string{"Bryn Tallis|PERSON"},
			want:     []want{{"The family ask for privacy", "Bryn Tallis"}},
		},
		{
			name:     "the detective paragraphs after two detectives named is nobody known",
			text:     "Det Sgt Nadia Ferro said the inquiry was at an early stage.\n\nDet Insp Bryn Tallis said two men were held.\n\n\"The family ask for privacy,\" the detective said.",
			mentions: []string{"Nadia Ferro|PERSON", "Bryn Tallis|PERSON"},
			want:     []want{{"The family ask for privacy", ""}},
		},
		{
			name:     "the detective paragraphs after the detective and another officer named is nobody known",
			text:     "PC Lowri Bain found the car.\n\nDet Insp Bryn Tallis said two men were held.\n\n\"The family ask for privacy,\" the detective said.",
			mentions: []string{"Lowri Bain|PERSON", "Bryn Tallis|PERSON"},
			want:     []want{{"The family ask for privacy", ""}},
		},
		{
			name:     "the detective before the one detective is titled is nobody known",
			text:     "\"The family ask for privacy,\" the detective said.\n\nDet Insp Bryn Tallis later said two men were held.",
			mentions: []string{"Bryn Tallis|PERSON"},
			want:     []want{{"The family ask for privacy", ""}},
		},
		{
			name:     "the detective paragraphs after a detective brought in unnamed is nobody known",
			text:     "A detective said the car was stolen.\n\nDet Insp Bryn Tallis said two men were held.\n\n\"The family ask for privacy,\" the detective said.",
			mentions: []string{"Bryn Tallis|PERSON"},
			want:     []want{{"The family ask for privacy", ""}},
		},
		{
			name:     "a speech a named person gave is quoted after a colon",
			text:     `The play won the prize, and Ivo Brand gave a very brief acceptance speech: "Thanks. Back to rehearsals."`,
			mentions: []string{"Ivo Brand|PERSON"},
			want:     []want{{"Thanks. Back to rehearsals.", "Ivo Brand"}},
		},
		{
			name:     "a speech given about a named person is not that person's",
			text:     `The mayor gave a speech about Ivo Brand: "He built this town."`,
			mentions: []string{"Ivo Brand|PERSON"},
			want:     []want{{"He built this town.", ""}},
		},
		{
			name:     "a grade quoted after a rating word is no quote",
			text:     `Kovalenko said his office rated the dam "poor" and classified it as "high hazard". "We knew it was weak," Kovalenko said.`,
			mentions: []string{"Kovalenko|PERSON"},
			want:     []want{{"poor", ""}, {"high hazard", ""}, {"We knew it was weak", "Kovalenko"}},
		},
		{
			name:     "an according-to opener makes its unnamed source the speaker, not the subject of the sentence",
			text:     `Henryka Zając chaired her last cabinet meeting on Thursday. According to one minister present, she thanked her colleagues and "did not cry, but came close".`,
			mentions: []string{"Henryka Zając|PERSON"},
			want:     []want{{"did not cry", ""}},
		},
		{
			name:     "an according-to opener naming a person familiar with events names no speaker",
			text:     `Henryka Zając chaired her last cabinet meeting on Thursday. According to a person familiar with the meeting, she thanked her colleagues and "did not cry, but came close".`,
			mentions: []string{"Henryka Zając|PERSON"},
			want:     []want{{"did not cry", ""}},
		},
		{
			name:     "an according-to opener naming an aide names no speaker",
			text:     `Henryka Zając chaired her last cabinet meeting on Thursday. According to one aide, she thanked her colleagues and "did not cry, but came close".`,
			mentions: []string{"Henryka Zając|PERSON"},
			want:     []want{{"did not cry", ""}},
		},
		{
			name:     "an according-to opener naming a person makes that person the speaker",
			text:     `Henryka Zając chaired her last cabinet meeting on Thursday. According to Tomasz Nowak, she thanked her colleagues and "did not cry, but came close".`,
			mentions: []string{"Henryka Zając|PERSON", "Tomasz Nowak|PERSON"},
			want:     []want{{"did not cry", "Tomasz Nowak"}},
		},
		{
			name:     "an according-to opener with no verb after it names its source",
			text:     `According to Tomasz Nowak, the coalition deal is "dead in the water".`,
			mentions: []string{"Tomasz Nowak|PERSON"},
			want:     []want{{"dead in the water", "Tomasz Nowak"}},
		},
		{
			name:     "a clause after an according-to opener's sentence has its own speaker",
			text:     `According to one aide, the meeting was short, but Henryka Zając said she would "go with our heads held high".`,
			mentions: []string{"Henryka Zając|PERSON"},
			want:     []want{{"go with our heads", "Henryka Zając"}},
		},
		{
			name:     "words said under an according-to opener are second-hand",
			text:     `Henryka Zając chaired her last cabinet meeting on Thursday. According to one minister present, she said: "I leave you a country in order."`,
			mentions: []string{"Henryka Zając|PERSON"},
			want:     []want{{"I leave you", ""}},
		},
		{
			name:     "a one-word grade after to or as is no quote",
			text:     `"The margins are gone," said Graham Oduya, an analyst at Pelham Rowe Securities, who cut his rating on the stock to "sell". Moody's downgraded the bonds to "junk" and kept its outlook as "negative".`,
			mentions: []string{"Graham Oduya|PERSON", "Pelham Rowe Securities|ORG", "Moody's|ORG"},
			want:     []want{{"The margins are gone", "Graham Oduya"}, {"sell", ""}, {"junk", ""}, {"negative", ""}},
		},
		{
			name:     "a quote sentence goes on from the speaker's quote before a grade",
			text:     `"The margins are gone," said Graham Oduya, an analyst at Pelham Rowe Securities, who cut his rating on the stock to "sell". "That points to gaps that will cost money to fix."`,
			mentions: []string{"Graham Oduya|PERSON", "Pelham Rowe Securities|ORG"},
			want:     []want{{"The margins are gone", "Graham Oduya"}, {"sell", ""}, {"That points to gaps", "Graham Oduya"}},
		},
		{
			name:     "a quote sentence goes on from the speaker's quote before a title",
			text:     `"It bored me," said Clara Voss, who reviewed "Night Falls on the River" for the paper. "I left before the end."`,
			mentions: []string{"Clara Voss|PERSON"},
			want:     []want{{"It bored me", "Clara Voss"}, {"Night Falls", ""}, {"I left before", "Clara Voss"}},
		},
		{
			name:     "the manager is the one person the article calls a manager",
			text:     `"Kwame is the player we wanted," said Brannock City manager Stefan Novak. Asante trained on Thursday. "He will be involved on Saturday," the manager said.`,
			mentions: []string{"Brannock City|ORG", "Stefan Novak|PERSON", "Asante|PERSON"},
			want:     []want{{"Kwame is the player", "Stefan Novak"}, {"He will be involved", "Stefan Novak"}},
		},
		{
			name:     "a quote split by its attribution is one quote",
			text:     "“Compromises have not yet been found,” Ushakov said, “but the work goes on.”",
			mentions: []string{"Ushakov|PERSON"},
			want:     []want{{"Compromises have not yet been found … but the work goes on.", "Ushakov"}},
		},
		{
			name:     "a split quote told to someone, straight marks",
			text:     `Ines Varga chairs the board. "No audit can clear the books," she told the Examiner, "until the ledgers are found."`,
			mentions: []string{"Ines Varga|PERSON", "Examiner|ORG"},
			want:     []want{{"No audit can clear the books … until the ledgers are found.", "Ines Varga"}},
		},
		{
			name:     "a split quote with a longer attribution naming the speaker",
			text:     `"We owe our members an apology," Tomas Brandt said in Friday's letter, "and we will repay every fee."`,
			mentions: []string{"Tomas Brandt|PERSON"},
			want:     []want{{"We owe our members an apology … and we will repay every fee.", "Tomas Brandt"}},
		},
		{
			name:     "a new sentence after the attribution is a quote of its own",
			text:     `"The bridge is safe," Tomas Brandt said. "and we will reopen it soon."`,
			mentions: []string{"Tomas Brandt|PERSON"},
			want:     []want{{"The bridge is safe", "Tomas Brandt"}, {"and we will reopen", "Tomas Brandt"}},
		},
		{
			name:     "a capital after the attribution starts a quote of its own",
			text:     `"The bridge is safe," Tomas Brandt said, "We will reopen it soon."`,
			mentions: []string{"Tomas Brandt|PERSON"},
			want:     []want{{"The bridge is safe", "Tomas Brandt"}, {"We will reopen", "Tomas Brandt"}},
		},
		{
			name:     "two speakers around the words keep two quotes",
			text:     `"The bridge is safe," Tomas Brandt said, and Ines Varga said, "only for cars."`,
			mentions: []string{"Tomas Brandt|PERSON", "Ines Varga|PERSON"},
			want:     []want{{"The bridge is safe", "Tomas Brandt"}, {"only for cars", "Ines Varga"}},
		},
		{
			name:     "a name and a colon introduce the quote",
			text:     "Townsend: “This could be a real mess.”",
			mentions: []string{"Townsend|PERSON"},
			want:     []want{{"This could be", "Townsend"}},
		},
		{
			name:     "a person's stance and a colon introduce the quote",
			text:     `Marta Olsen, the union's lawyer, was unmoved: "The contract says what it says."`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"The contract says", "Marta Olsen"}},
		},
		{
			name:     "a description before a name set off by commas and a colon introduce the quote",
			text:     `Its head of safety, Marta Olsen, urged caution: "Stay away from the river."`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"Stay away from", "Marta Olsen"}},
		},
		{
			name:     "a description before a name and an object before the colon introduce no speaker",
			text:     `Its head of safety, Marta Olsen, held up a sign: "Stay away from the river."`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"Stay away from", ""}},
		},
		{
			name:     "a name an aside gives a description is the speaker",
			text:     `The cyclist, named locally as Marta Olsen, said: "The lights were off."`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"The lights were off", "Marta Olsen"}},
		},
		{
			name:     "a name with its surname's initial set off by commas is the speaker",
			text:     `His deputy, Marta O., told reporters: "The lights were off."`,
			mentions: []string{"Marta O|PERSON"},
			want:     []want{{"The lights were off", "Marta O"}},
		},
		{
			name:     "a pronoun's stance and a colon introduce the quote",
			text:     `Marta Olsen spoke after the vote. She remained defiant: "We will appeal."`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"We will appeal", "Marta Olsen"}},
		},
		{
			name:     "a colon after a subject that is no person introduces no speaker",
			text:     `Marta Olsen spoke after the vote. The reason was simple: "no deal, no vote".`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"no deal", ""}},
		},
		{
			name:     "a colon after a person's possession introduces no speaker",
			text:     `Marta Olsen's lawyer was short: "No comment."`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"No comment", ""}},
		},
		{
			name:     "a colon after a noun phrase predicate introduces no speaker",
			text:     `Marta Olsen was a witness to the crash: "Brakes failed".`,
			mentions: []string{"Marta Olsen|PERSON"},
			want:     []want{{"Brakes failed", ""}},
		},
		{
			name:     "added with a colon introduces the quote",
			text:     "Ushakov added: “The document has a hasty character.”",
			mentions: []string{"Ushakov|PERSON"},
			want:     []want{{"The document", "Ushakov"}},
		},
		{
			name:     "according to names the speaker",
			text:     "“No compromise was found,” according to Kremlin aide Yuri Ushakov.",
			mentions: []string{"Kremlin|ORG", "Yuri Ushakov|PERSON"},
			want:     []want{{"No compromise", "Yuri Ushakov"}},
		},
		{
			name:     "according to a statement from a person names the person",
			text:     "The board “found that the election was conducted fairly,” according to a statement from board spokesperson Grace Holloway.",
			mentions: []string{"Grace Holloway|PERSON"},
			want:     []want{{"found that", "Grace Holloway"}},
		},
		{
			name:     "according to a statement from a spokesperson named after a comma names her",
			text:     "“We will review the full record,” according to a statement from a spokesperson for the board, Grace Holloway.",
			mentions: []string{"Grace Holloway|PERSON"},
			want:     []want{{"We will review", "Grace Holloway"}},
		},
		{
			name:     "according to a letter signed by a person names the person",
			text:     "“We will not close the library,” according to a letter signed by Mayor Anna Berg.",
			mentions: []string{"Anna Berg|PERSON"},
			want:     []want{{"We will not", "Anna Berg"}},
		},
		{
			name:     "who said after an according to names the same person",
			text:     "A hearing is set for Jan. 12, according to a statement from board spokesperson Grace Holloway, who said the panel “will review the full record” before deciding.",
			mentions: []string{"Grace Holloway|PERSON"},
			want:     []want{{"will review", "Grace Holloway"}},
		},
		{
			name:     "according to a statement from a body names no person",
			text:     "“The election was fair,” according to a statement from the Labor Relations Board.",
			mentions: []string{"Labor Relations Board|ORG"},
			want:     []want{{"The election", ""}},
		},
		{
			name:     "according to a statement from a person's office names no person",
			text:     "Anna Berg met the union. “The talks were useful,” according to a statement from Berg's office.",
			mentions: []string{"Anna Berg|PERSON", "Berg=Anna Berg|PERSON"},
			want:     []want{{"The talks", ""}},
		},
		{
			name:     "he said resolves to the last person reported speaking",
			text:     "Karas said more sanctions were needed.\n“Any agreement should focus on what Russia should do,” he said.",
			mentions: []string{"Karas=Kaja Karas|PERSON", "Russia|PLACE"},
			want:     []want{{"Any agreement", "Kaja Karas"}},
		},
		{
			name:     "he said stays unattributed after an unnamed official spoke",
			text:     "Townsend spoke first. A senior official said the talks had failed.\n“We tried,” he said.",
			mentions: []string{"Townsend|PERSON"},
			want:     []want{{"We tried", ""}},
		},
		{
			name:     "a description resolves to the person the article described so",
			text:     "Kremlin spokesman Dmitry Peskov spoke on Monday.\nThe Kremlin spokesman said: “The process is serious.”",
			mentions: []string{"Kremlin|ORG", "Dmitry Peskov|PERSON"},
			want:     []want{{"The process", "Dmitry Peskov"}},
		},
		{
			name:     "a description that fits two people stays unattributed",
			text:     "Russian spokesman Dmitry Peskov and Ukrainian spokesman Heorhiy Tykhyi spoke.\nThe Kremlin spokesman said: “There is no deal.”",
			mentions: []string{"Dmitry Peskov|PERSON", "Heorhiy Tykhyi|PERSON"},
			want:     []want{{"There is no deal", ""}},
		},
		{
			name:     "the incoming holder of an office is not the ousted one",
			text:     "Lawmakers ousted Prime Minister Tomas Berg on Friday.\n“The country needs calm,” the incoming prime minister said.",
			mentions: []string{"Tomas Berg|PERSON"},
			want:     []want{{"The country needs calm", ""}},
		},
		{
			name:     "the former holder of an office is the ousted one",
			text:     "Lawmakers ousted Prime Minister Tomas Berg on Friday.\n“We lost a vote,” the former prime minister said.",
			mentions: []string{"Tomas Berg|PERSON"},
			want:     []want{{"We lost a vote", "Tomas Berg"}},
		},
		{
			name:     "the acting holder of an office is the one standing in",
			text:     "Governor Lena Fisk is on leave and acting governor Paul Ode took her place.\n“Roads reopen today,” the acting governor said.",
			mentions: []string{"Lena Fisk|PERSON", "Paul Ode|PERSON"},
			want:     []want{{"Roads reopen today", "Paul Ode"}},
		},
		{
			name:     "a deputy is not the office's holder",
			text:     "Qarevia will send Dariush Farahani, its deputy foreign minister.\nQarevia's foreign minister said his government was “ready to explore every avenue”.",
			mentions: []string{"Dariush Farahani|PERSON", "Qarevia|PLACE"},
			want:     []want{{"ready to explore", ""}},
		},
		{
			name:     "a vice president is not the president",
			text:     "Vice President Ana Lutz arrived on Monday.\n“We are ready,” the president said.",
			mentions: []string{"Ana Lutz|PERSON"},
			want:     []want{{"We are ready", ""}},
		},
		{
			name:     "a deputy is the deputy",
			text:     "Qarevia will send Dariush Farahani, its deputy foreign minister.\n“We came for guarantees,” the deputy foreign minister said.",
			mentions: []string{"Dariush Farahani|PERSON", "Qarevia|PLACE"},
			want:     []want{{"We came for guarantees", "Dariush Farahani"}},
		},
		{
			name:     "a former holder is not the office's holder",
			text:     "Former foreign minister Omar Sadeq was at the talks.\n“We have no illusions,” the foreign minister said.",
			mentions: []string{"Omar Sadeq|PERSON"},
			want:     []want{{"We have no illusions", ""}},
		},
		{
			name:     "the minister of another country is not the one described",
			text:     "Qarevia's foreign minister Dariush Farahani flew in.\nThe foreign minister of Tarsena said his government would “give the negotiators every chance”.",
			mentions: []string{"Dariush Farahani|PERSON", "Qarevia|PLACE", "Tarsena|PLACE"},
			want:     []want{{"give the negotiators", ""}},
		},
		{
			name:     "the minister of the country described is the one",
			text:     "Qarevia's foreign minister Dariush Farahani flew in.\nThe foreign minister of Qarevia said his government would “give the negotiators every chance”.",
			mentions: []string{"Dariush Farahani|PERSON", "Qarevia|PLACE"},
			want:     []want{{"give the negotiators", "Dariush Farahani"}},
		},
		{
			name:     "another country's minister in the possessive is not the one described",
			text:     "Qarevia's foreign minister Dariush Farahani flew in.\nTarsena's foreign minister said his government would “give the negotiators every chance”.",
			mentions: []string{"Dariush Farahani|PERSON", "Qarevia|PLACE", "Tarsena|PLACE"},
			want:     []want{{"give the negotiators", ""}},
		},
		{
			name:     "a country the description does not give does not keep the holder apart",
			text:     "Foreign Minister Sergei Lavrov flew in.\n“We came for guarantees,” the Russian foreign minister said.",
			mentions: []string{"Sergei Lavrov|PERSON"},
			want:     []want{{"We came for guarantees", "Sergei Lavrov"}},
		},
		{
			name:     "the minister with no country named is the one described",
			text:     "Qarevia's foreign minister Dariush Farahani flew in.\n“We came for guarantees,” the foreign minister said.",
			mentions: []string{"Dariush Farahani|PERSON", "Qarevia|PLACE"},
			want:     []want{{"We came for guarantees", "Dariush Farahani"}},
		},
		{
			name:     "an organisation can speak",
			text:     "The Kremlin said: “The talks were useful.”",
			mentions: []string{"Kremlin|ORG"},
			want:     []want{{"The talks", "Kremlin"}},
		},
		{
			name:     "it resolves to the organisation that spoke before",
			text:     "Ukraine’s eastern military command said Russia had retreated. “They fled in a hurry,” it stated on social media.",
			mentions: []string{"Ukraine|PLACE", "Russia|PLACE"},
			want:     []want{{"They fled", "Ukraine’s eastern military command"}},
		},
		{
			name:     "a quote paragraph continues the previous paragraph's speaker",
			text:     "“We are ready,” Zelensky said.\n“It all depends on today’s talks.”",
			mentions: []string{"Zelensky|PERSON"},
			want:     []want{{"We are ready", "Zelensky"}, {"It all depends", "Zelensky"}},
		},
		{
			name:     "a quote left open at a paragraph end goes on in the next",
			text:     "Ushakov said: “We talked for five hours.\n“Nothing was agreed,” he added.",
			mentions: []string{"Ushakov|PERSON"},
			want:     []want{{"We talked for five hours. Nothing was agreed", "Ushakov"}},
		},
		{
			name:     "apostrophes are not quote marks",
			text:     "Russia’s position hasn’t changed, Ushakov said, and the analysts' view didn't either.",
			mentions: []string{"Ushakov|PERSON"},
			want:     nil,
		},
		{
			name: "words quoted from a group stay unattributed",
			text: "U.S. and Ukrainian officials said they had produced an “updated and refined peace framework” in Geneva.",
			want: []want{{"updated and refined", ""}},
		},
		{
			name:     "reworded verbs of saying count",
			text:     "“Steps that imitate peace are not needed,” Ushakov mentioned in an interview.\nZelensky remarked: “Everything depends on today.”\nUshakov characterized the talks as “constructive”.\nPeskov instructed reporters that “nothing is agreed”.",
			mentions: []string{"Ushakov|PERSON", "Zelensky|PERSON", "Peskov|PERSON"},
			want: []want{{"Steps", "Ushakov"}, {"Everything", "Zelensky"},
				{"constructive", "Ushakov"}, {"nothing is agreed", "Peskov"}},
		},
		{
			name:     "quoted names are not speech",
			text:     "Cappy said the company will sell the “Medallion” and “Alpine” models.",
			mentions: []string{"Cappy|PERSON"},
			want:     []want{{"Medallion", ""}, {"Alpine", ""}},
		},
		{
			name:     "a verb of intention does not report the quoted words",
			text:     "Putin spoke on Tuesday. He threatened to cut access for Russia’s “shadow fleet” in the Black Sea.",
			mentions: []string{"Putin|PERSON", "Russia|PLACE", "Black Sea|PLACE"},
			want:     []want{{"shadow fleet", ""}},
		},
		{
			name:     "two people speaking together give no single speaker",
			text:     "“We agree,” Smith and Jones said.",
			mentions: []string{"Smith|PERSON", "Jones|PERSON"},
			want:     []want{{"We agree", ""}},
		},
		{
			name:     "the person told is not the speaker",
			text:     "“Europe is not a plaything,” Merz told Macron in Berlin.",
			mentions: []string{"Merz|PERSON", "Macron|PERSON", "Berlin|PLACE"},
			want:     []want{{"Europe is not", "Merz"}},
		},
		{
			name:     "a detached straight mark closes the open quote",
			text:     `"If all agreed, we would consider lower rates " for them, Smith said.`,
			mentions: []string{"Smith|PERSON"},
			want:     []want{{"If all agreed", "Smith"}},
		},
		{
			name:     "single quotes are quotes in text without double quotes",
			text:     "‘We are ready,’ Ushakov said. Russia’s envoy agreed.",
			mentions: []string{"Ushakov|PERSON", "Russia|PLACE"},
			want:     []want{{"We are ready", "Ushakov"}},
		},
		{
			name: "a quote with no attribution is returned unattributed",
			text: "“Nobody knows what comes next.”",
			want: []want{{"Nobody knows", ""}},
		},
		{
			name:     "the appositive between a name and its verb is skipped",
			text:     "Yuri Ushakov, an aide to Putin, characterized the talks as “constructive”.",
			mentions: []string{"Yuri Ushakov|PERSON", "Putin|PERSON"},
			want:     []want{{"constructive", "Yuri Ushakov"}},
		},
		{
			name:     "a sentence after a report of speech continues it",
			text:     "Lyng said the deficit hurt exports. “A failure to cut it is harmful.”",
			mentions: []string{"Lyng|PERSON"},
			want:     []want{{"A failure", "Lyng"}},
		},
		{
			name:     "according to at the start of a sentence names the speaker",
			text:     "According to the Institute for the Study of War, Russian forces “are likely to continue” their offensive.",
			mentions: []string{"Institute for the Study of War|ORG", "Russian|OTHER"},
			want:     []want{{"are likely", "Institute for the Study of War"}},
		},
		{
			name:     "a surname the tagger missed is matched to the full name given elsewhere",
			text:     "Donald Trump met aides. Trump wrote on Truth Social that the meeting was “very productive”.",
			mentions: []string{"Donald Trump|PERSON", "Truth Social|OTHER"},
			want:     []want{{"very productive", "Donald Trump"}},
		},
		{
			name:     "words reported at second hand stay unattributed",
			text:     "Monetary sources say the U.S. has suggested establishing “norms” for talks.",
			mentions: []string{"U.S.|PLACE"},
			want:     []want{{"norms", ""}},
		},
		{
			name:     "the subject of a perfect passive verb of telling heard the news and does not speak",
			text:     `A club spokeswoman said the head coach, Rosa Lindqvist, had been told and was "studying the footage".`,
			mentions: []string{"Rosa Lindqvist|PERSON"},
			want:     []want{{"studying the footage", ""}},
		},
		{
			name:     "words one was told are not the words of the one who reports being told",
			text:     `Ines Moreau said she raised the gap in the accounts with her manager and was told it was "just a rounding issue".`,
			mentions: []string{"Ines Moreau|PERSON"},
			want:     []want{{"just a rounding", ""}},
		},
		{
			name:     "words one had been assured of are not the words of the one assured",
			text:     `Tariq Bell said he had repeatedly been assured the bridge was "perfectly safe".`,
			mentions: []string{"Tariq Bell|PERSON"},
			want:     []want{{"perfectly safe", ""}},
		},
		{
			name:     "a passive of assuring in a clause apart leaves the quote with the one who said it",
			text:     `Ines Moreau said savings would be assured while any temptation to "raid the fund" was removed.`,
			mentions: []string{"Ines Moreau|PERSON"},
			want:     []want{{"raid the fund", "Ines Moreau"}},
		},
		{
			name:     "one who was telling others the words is their speaker",
			text:     `Tariq Bell said he was telling everyone the bridge was "perfectly safe".`,
			mentions: []string{"Tariq Bell|PERSON"},
			want:     []want{{"perfectly safe", "Tariq Bell"}},
		},
		{
			name:     "the body that commissioned a review is not the review that concluded",
			text:     `A review commissioned by Castlebridge Council has concluded that the scheme was "badly managed from the start".`,
			mentions: []string{"Castlebridge Council|ORG"},
			want:     []want{{"badly managed", ""}},
		},
		{
			name:     "the one who appointed a panel is not the panel that found",
			text:     `A panel appointed by Omar Reyes said the trial had been "poorly supervised".`,
			mentions: []string{"Omar Reyes|PERSON"},
			want:     []want{{"poorly supervised", ""}},
		},
		{
			name:     "a passive with a modal and an adverb names no speaker as subject",
			text:     `Piet Haanstra may also be briefed on what the board called "an urgent review".`,
			mentions: []string{"Piet Haanstra|PERSON"},
			want:     []want{{"an urgent review", ""}},
		},
		{
			name:     "a perfect progressive verb of saying is active",
			text:     `Piet Haanstra has been saying for weeks that "the numbers do not add up".`,
			mentions: []string{"Piet Haanstra|PERSON"},
			want:     []want{{"the numbers do not", "Piet Haanstra"}},
		},
		{
			name:     "a second report in the same sentence has its own speaker",
			text:     "Smith said the plan was sound, and Jones said it was “a disaster”.",
			mentions: []string{"Smith|PERSON", "Jones|PERSON"},
			want:     []want{{"a disaster", "Jones"}},
		},
		{
			name:     "a verb after the quote may put the speaker after it",
			text:     "“Why now?” asked Peskov.\n“It will be a disaster,” warned Jim Townsend, a senior fellow.",
			mentions: []string{"Peskov|PERSON", "Jim Townsend|PERSON"},
			want:     []want{{"Why now?", "Peskov"}, {"It will be", "Jim Townsend"}},
		},
		{
			name:     "quoted as saying gives the person quoted",
			text:     "“We must watch things,” Kyodo quoted Nakasone as saying.",
			mentions: []string{"Kyodo|ORG", "Nakasone|PERSON"},
			want:     []want{{"We must watch", "Nakasone"}},
		},
		{
			name:     "words denied are not the denier's",
			text:     "Peskov denied reports of a “secret deal” with Washington. He dismissed them as “nonsense”.",
			mentions: []string{"Peskov|PERSON", "Washington|PLACE"},
			want:     []want{{"secret deal", ""}, {"nonsense", "Peskov"}},
		},
		{
			name:     "a quoted term inside a noun phrase is not speech",
			text:     "Reagan denied aid to the U.S.-backed “contra” rebels, he said.",
			mentions: []string{"Reagan|PERSON"},
			want:     []want{{"contra", ""}},
		},
		{
			name:     "the ministry resolves only to a ministry that spoke",
			text:     "The Kremlin said talks went well. “We saw no progress,” the ministry said.",
			mentions: []string{"Kremlin|ORG"},
			want:     []want{{"We saw no progress", ""}},
		},
		{
			name:     "the company resolves to the firm the story is about",
			text:     "Spar Aerospace said profit fell. “We are confident,” the company said.",
			mentions: []string{"Spar Aerospace|ORG"},
			want:     []want{{"We are confident", "Spar Aerospace"}},
		},
		{
			name:     "a statement speaks for the body named in it",
			text:     "A White House statement called the decision “exceptionally difficult”.",
			mentions: []string{"White House|ORG"},
			want:     []want{{"exceptionally difficult", "White House"}},
		},
		{
			name:     "a spokesperson for a titled person is not that person",
			text:     `"We are reviewing the footage," a spokesperson for Mayor Daniel Okoro said. "The talks went well," an aide to Senator Ruth Gaines said.`,
			mentions: []string{"Daniel Okoro|PERSON", "Ruth Gaines|PERSON"},
			want:     []want{{"We are reviewing", ""}, {"The talks went", ""}},
		},
		{
			name:     "an agent or lawyer described before the name speaks for that person, not as them",
			text:     `The agent of Nigerian striker Emeka Okafor accused the club of "playing games". "We are talking," the lawyer for former minister Paul Dube said. "She is resting," the mother of tennis star Ana Ruiz told reporters.`,
			mentions: []string{"Nigerian|NORP", "Emeka Okafor|PERSON", "Paul Dube|PERSON", "Ana Ruiz|PERSON"},
			want:     []want{{"playing games", ""}, {"We are talking", ""}, {"She is resting", ""}},
		},
		{
			name:     "a club named before its manager does not make him a proxy",
			text:     `"It is a fair offer," the manager of Arsenal Arsene Wenger said.`,
			mentions: []string{"Arsenal|ORG", "Arsene Wenger|PERSON"},
			want:     []want{{"It is a fair offer", "Arsene Wenger"}},
		},
		{
			name:     "a title of office with of stays the speaker's own",
			text:     `Secretary of State Lena Harwood said: "We will not abandon our allies."`,
			mentions: []string{"Lena Harwood|PERSON"},
			want:     []want{{"We will not abandon", "Lena Harwood"}},
		},
		{
			name:     "two titled people speaking together give no single speaker",
			text:     `"We stand together," Chancellor Ulrike Brandt and President Henri Lacoste said in a joint statement.`,
			mentions: []string{"Ulrike Brandt|PERSON", "Henri Lacoste|PERSON"},
			want:     []want{{"We stand together", ""}},
		},
		{
			name:     "a quote in brackets takes no speaker from outside them",
			text:     `The chief executive (who called the results "disappointing") will step down, said Lars Eriksen.`,
			mentions: []string{"Lars Eriksen|PERSON"},
			want:     []want{{"disappointing", ""}},
		},
		{
			name:     "a whole attribution inside brackets still counts",
			text:     `The vote passed narrowly. ("We never agreed to that," Ingrid Solberg said later.)`,
			mentions: []string{"Ingrid Solberg|PERSON"},
			want:     []want{{"We never agreed", "Ingrid Solberg"}},
		},
		{
			name:     "what someone called quotes their words",
			text:     `Governor Raymond Ashby criticised what he called "reckless spending" by the legislature.`,
			mentions: []string{"Raymond Ashby|PERSON"},
			want:     []want{{"reckless spending", "Raymond Ashby"}},
		},
		{
			name:     "a title-cased quote with small words is a name",
			text:     `The film "Night Falls on the River" won the top prize, said festival director Ana Ruiz.`,
			mentions: []string{"Ana Ruiz|PERSON"},
			want:     []want{{"Night Falls", ""}},
		},
		{
			name:     "a pronoun is not the subject that takes a pronoun of its sex as object",
			text:     `"I was terrified," said Dana Moss, 23. Her friend, Jordan Bielski, pulled her from the car. "He saved my life," she said.`,
			mentions: []string{"Dana Moss|PERSON", "Jordan Bielski|PERSON"},
			want:     []want{{"I was terrified", "Dana Moss"}, {"He saved my life", ""}},
		},
		{
			name:     "a pronoun passes over a subject of the other sex that takes it as object",
			text:     `"I was terrified," said Clara Moss, 23. Her friend, Tomasz Bielski, pulled her from the car. "He saved my life," she said.`,
			mentions: []string{"Clara Moss|PERSON", "Tomasz Bielski|PERSON"},
			want:     []want{{"I was terrified", "Clara Moss"}, {"He saved my life", "Clara Moss"}},
		},
		{
			name:     "a pronoun adding words goes on with the speaker whose verb took a pronoun of its sex as object",
			text:     `His brother, Tomas Varga, described him as "the kindest man in town." He added: "We will miss him every day."`,
			mentions: []string{"Tomas Varga|PERSON"},
			want:     []want{{"the kindest man", "Tomas Varga"}, {"We will miss him", "Tomas Varga"}},
		},
		{
			name:     "a pronoun adding words after a subject who did not speak is not that subject",
			text:     `Her friend, Jordan Bielski, pulled her from the car. She added: "He saved my life."`,
			mentions: []string{"Jordan Bielski|PERSON"},
			want:     []want{{"He saved my life", ""}},
		},
		{
			name:     "a possessive her does not block the subject",
			text:     `Maria Lopez said her company would hire 500 workers. "This is just the beginning," she said.`,
			mentions: []string{"Maria Lopez|PERSON"},
			want:     []want{{"This is just", "Maria Lopez"}},
		},
		{
			name:     "the object of a sentence is not its topic",
			text:     `Coach Ivan Petrov dropped striker Luka Modric for the final. "It was a tactical decision," he said.`,
			mentions: []string{"Ivan Petrov|PERSON", "Luka Modric|PERSON"},
			want:     []want{{"It was a tactical", "Ivan Petrov"}},
		},
		{
			name:     "a pronoun of the other sex than a sentence's topic looks further back",
			text:     "Sara Nilsson chairs the committee. It was set up by Prime Minister Olof Berg in 2019.\n\n\"We have done our job,\" she said.",
			mentions: []string{"Sara Nilsson|PERSON", "Olof Berg|PERSON"},
			want:     []want{{"We have done", "Sara Nilsson"}},
		},
		{
			name:     "a pronoun after two people named together stands for the one of its sex",
			text:     `Emma Lindholm and David Osei presented the findings. "This changes our understanding of the disease," she said.`,
			mentions: []string{"Emma Lindholm|PERSON", "David Osei|PERSON"},
			want:     []want{{"This changes", "Emma Lindholm"}},
		},
		{
			name:     "a pronoun after two people of unknown sex named together stays unattributed",
			text:     `Dana Lindholm and Robin Osei presented the findings. "This changes our understanding of the disease," she said.`,
			mentions: []string{"Dana Lindholm|PERSON", "Robin Osei|PERSON"},
			want:     []want{{"This changes", ""}},
		},
		{
			name:     "the commission is the one commission named before when no body has spoken",
			text:     `The Commodity Futures Trading Commission released guidelines. The commission said the documents showed "serious differences" between advisers.`,
			mentions: []string{"Commodity Futures Trading Commission|ORG"},
			want:     []want{{"serious differences", "Commodity Futures Trading Commission"}},
		},
		{
			name:     "the company is the one organisation named before when none has spoken",
			text:     `Shares in Nordvik Foods fell 8% after the company cut its forecast. "Demand has weakened," the company said.`,
			mentions: []string{"Nordvik Foods|ORG"},
			want:     []want{{"Demand has weakened", "Nordvik Foods"}},
		},
		{
			name:     "the court is the one court named before, though another body acted since",
			text:     `The Court of Arbitration for Sport dismissed her appeal. The Athletics Integrity Unit charged her in 2024. "The panel found no credible evidence," the court said in a statement.`,
			mentions: []string{"Court of Arbitration for Sport|ORG", "Athletics Integrity Unit|ORG"},
			want:     []want{{"The panel found", "Court of Arbitration for Sport"}},
		},
		{
			name:     "the regulator is the body the article called the regulator",
			text:     `The deal was cleared by the Competition and Markets Authority, the regulator, on Wednesday. Halcyon said it was pleased. "Competition will not suffer," the regulator said.`,
			mentions: []string{"Competition and Markets Authority|ORG", "Halcyon|ORG"},
			want:     []want{{"Competition will not suffer", "Competition and Markets Authority"}},
		},
		{
			name:     "the regulator is the body an apposition with modifiers called so",
			text:     `The Competition and Markets Authority (CMA), Britain's competition regulator, opened an inquiry. Halcyon said it would cooperate. "We will look carefully," the regulator said.`,
			mentions: []string{"Competition and Markets Authority|ORG", "Halcyon|ORG"},
			want:     []want{{"We will look carefully", "Competition and Markets Authority"}},
		},
		{
			name:     "the court stays unattributed between two courts",
			text:     `Her case went from the High Court of Kenya to the Court of Arbitration for Sport. "The evidence is clear," the court said.`,
			mentions: []string{"High Court of Kenya|ORG", "Court of Arbitration for Sport|ORG"},
			want:     []want{{"The evidence is clear", ""}},
		},
		{
			name:     "a palace spokesman speaks for the one palace named before",
			text:     `The visit will begin on Tuesday, Holyrood Palace said. The couple will travel to Oxford. 'The Queen looks forward to it,' a palace spokesman said.`,
			mentions: []string{"Holyrood Palace|ORG", "Oxford|PLACE"},
			want:     []want{{"The Queen looks", "Holyrood Palace"}},
		},
		{
			name:     "the palace is the one palace named before",
			text:     `The tour was announced by Holyrood Palace on Monday. Officials in Oxford welcomed it. "Further details will follow," the palace said.`,
			mentions: []string{"Holyrood Palace|ORG", "Oxford|PLACE"},
			want:     []want{{"Further details", "Holyrood Palace"}},
		},
		{
			name:     "a ministry official after the verb speaks for the one ministry named",
			text:     `The Ministry of Health confirmed 40 cases. Doctors at Kaleo Hospital were stretched. "The outbreak is contained," said a senior ministry official.`,
			mentions: []string{"Ministry of Health|ORG", "Kaleo Hospital|ORG"},
			want:     []want{{"The outbreak is contained", "Ministry of Health"}},
		},
		{
			name:     "a ministry spokeswoman stays unattributed between two ministries",
			text:     `The Ministry of Finance and the Ministry of Trade disagreed. "Talks continue," a ministry spokeswoman said.`,
			mentions: []string{"Ministry of Finance|ORG", "Ministry of Trade|ORG"},
			want:     []want{{"Talks continue", ""}},
		},
		{
			name:     "a spokesman of a body the article never named stays unattributed",
			text:     `Lorna Hale met the emperor. "It was a warm meeting," a palace spokesman said.`,
			mentions: []string{"Lorna Hale|PERSON"},
			want:     []want{{"It was a warm meeting", ""}},
		},
		{
			name:     "a source described by an adjective speaks for no body",
			text:     `The International Monetary Fund met on Monday. "It was unprecedented," a monetary source said.`,
			mentions: []string{"International Monetary Fund|ORG"},
			want:     []want{{"It was unprecedented", ""}},
		},
		{
			name:     "a body named by its noun alone tells no more than the spokesman",
			text:     `The Ministry announced the order on Monday. "This is an objective decision," a ministry spokesman said.`,
			mentions: []string{"Ministry|ORG"},
			want:     []want{{"This is an objective decision", ""}},
		},
		{
			name:     "a pronoun after a body's spokesman stays with that body",
			text:     `The Ministry of Health confirmed 40 cases. "The outbreak is contained," a ministry spokesman said. "We expect no more," he added.`,
			mentions: []string{"Ministry of Health|ORG"},
			want:     []want{{"The outbreak is contained", "Ministry of Health"}, {"We expect no more", "Ministry of Health"}},
		},
		{
			name:     "the federation is not a body with another noun in its name",
			text:     `Athletics Kenya backed the ban. "We respect the decision," the federation said.`,
			mentions: []string{"Athletics Kenya|ORG"},
			want:     []want{{"We respect the decision", ""}},
		},
		{
			name:     "the company is not a regulator that spoke before",
			text:     `The Food Standards Agency said it would inspect the plant. "We have done nothing wrong," the company said.`,
			mentions: []string{"Food Standards Agency|ORG"},
			want:     []want{{"We have done nothing wrong", ""}},
		},
		{
			name: "the company is not a body that spoke before another became the subject",
			text: "The PMRB ordered a recall on Monday, the TQA said.\n\nOrvane denied any fault. " +
				`"Our plant is safe," the company said.`,
			mentions: []string{"PMRB|ORG", "TQA|ORG", "Orvane|MISC"},
			want:     []want{{"Our plant is safe", ""}},
		},
		{
			name:     "the company stays the body that was the subject before",
			text:     `Orvane said sales rose. Orvane denied any fault. "Our plant is safe," the company said.`,
			mentions: []string{"Orvane|ORG"},
			want:     []want{{"Our plant is safe", "Orvane"}},
		},
		{
			name:     "the company stays unattributed between two organisations",
			text:     `Analysts at Barclays cut their target for Nordvik Foods. "Demand has weakened," the company said.`,
			mentions: []string{"Nordvik Foods|ORG", "Barclays|ORG"},
			want:     []want{{"Demand has weakened", ""}},
		},
		{
			name:     "less common verbs of saying attribute too",
			text:     `"Please bring him home," pleaded Ines Albrecht. "Where is the money?" Felipe Ortega demanded. "It is over," Martina Kraus texted.`,
			mentions: []string{"Ines Albrecht|PERSON", "Felipe Ortega|PERSON", "Martina Kraus|PERSON"},
			want:     []want{{"Please bring", "Ines Albrecht"}, {"Where is the money", "Felipe Ortega"}, {"It is over", "Martina Kraus"}},
		},
		{
			name:     "as someone put it reports their words",
			text:     `As Gustavo Ramos put it: "The market has spoken." As one analyst put it, "the bank has run out of road."`,
			mentions: []string{"Gustavo Ramos|PERSON"},
			want:     []want{{"The market has spoken", "Gustavo Ramos"}, {"the bank has run", ""}},
		},
		{
			name:     "a party member described before is the one the description means",
			text:     `Sen. Sherrod Brown, an Ohio Democrat, opposed the bill. "It is dead on arrival," the Democrat said.`,
			mentions: []string{"Sherrod Brown|PERSON", "Ohio|PLACE", "Democrat|OTHER"},
			want:     []want{{"It is dead", "Sherrod Brown"}},
		},
		{
			name:     "a quote split around went on is one quote",
			text:     `"We lost the first match," Maria Brandt went on, "but we won the league."`,
			mentions: []string{"Maria Brandt|PERSON"},
			want:     []want{{"We lost the first match … but we won the league.", "Maria Brandt"}},
		},
		{
			name:     "went on to do something reports no speech",
			text:     `Maria Brandt went on to win the league. She called it "the best season we have had".`,
			mentions: []string{"Maria Brandt|PERSON"},
			want:     []want{{"the best season", "Maria Brandt"}},
		},
		{
			name:     "a party member taken for an organisation is no speaker of its own",
			text:     `Senator Amy Klobuchar attacked the proposal. "It is dead on arrival," the Minnesota Democrat said.`,
			mentions: []string{"Amy Klobuchar|PERSON", "Minnesota Democrat|ORG"},
			want:     []want{{"It is dead", ""}},
		},
		{
			name:     "less common abbreviated titles keep their dot before the name",
			text:     `"Our fleet is ready," said Adm. Lisa Franchetti. "The parish will rebuild," Msgr. Thomas Walsh said. "The team showed heart," said St. Louis coach Dan Rivers.`,
			mentions: []string{"Lisa Franchetti|PERSON", "Thomas Walsh|PERSON", "St. Louis|PLACE", "Dan Rivers|PERSON"},
			want:     []want{{"Our fleet", "Lisa Franchetti"}, {"The parish", "Thomas Walsh"}, {"The team showed", "Dan Rivers"}},
		},
		{
			name:     "the airline resolves to the carrier that spoke",
			text:     `Alaska Airlines, which operates 65 of the jets, said it had cancelled 160 flights. "We apologise to our guests," the airline said.`,
			mentions: []string{"Alaska Airlines|ORG"},
			want:     []want{{"We apologise", "Alaska Airlines"}},
		},
		{
			name:     "it stands for the organisation the sentence before was about",
			text:     `The European Commission proposed new rules on Wednesday. "This is about protecting consumers," it said.`,
			mentions: []string{"European Commission|ORG"},
			want:     []want{{"This is about", "European Commission"}},
		},
		{
			name:     "a role before the inverted speaker's name is no speaker of its own",
			text:     `"Eleanor never stopped asking why," said her former student, Professor David Okoro. "She treated every undergraduate as a colleague."`,
			mentions: []string{"Eleanor|ORG", "David Okoro|PERSON"},
			want:     []want{{"Eleanor never", "David Okoro"}, {"She treated", "David Okoro"}},
		},
		{
			name: "other roles in apposition before the inverted speaker",
			text: `"We will keep every store open," said the company's chief executive, Ana Souza. ` +
				`"She made us better," said one of her students, Dr Marcus Webb. ` +
				`"It was a fair result," said Brightwater's finance chief, Peter Hallam, on Monday.`,
			mentions: []string{"Ana Souza|PERSON", "Marcus Webb|PERSON", "Brightwater|ORG", "Peter Hallam|PERSON"},
			want:     []want{{"We will keep", "Ana Souza"}, {"She made us", "Marcus Webb"}, {"It was a fair", "Peter Hallam"}},
		},
		{
			name: "a role in apposition before the speaker's name, the verb after it",
			text: `Her former student, Professor David Okoro, said: "She never stopped asking why." ` +
				`"The parish will miss her," said the school's principal, Sister Mary Byrne, on Sunday. ` +
				`"He is innocent," said his lawyer, Mr. Tom Brand.`,
			mentions: []string{"David Okoro|PERSON", "Mary Byrne|PERSON", "Tom Brand|PERSON"},
			want:     []want{{"She never", "David Okoro"}, {"The parish", "Mary Byrne"}, {"He is innocent", "Tom Brand"}},
		},
		{
			name:     "an appositive that names nobody leaves the quote unattributed",
			text:     `"It was a fair result," said one of her former students, a physicist at the university.`,
			mentions: nil,
			want:     []want{{"It was a fair", ""}},
		},
		{
			name:     "a fragment quoted in reported speech is the subject's",
			text:     `Australia's Jessica Hull took silver. Hull said she had "run the race of my life".`,
			mentions: []string{"Australia|PLACE", "Jessica Hull|PERSON", "Hull=Jessica Hull|PERSON"},
			want:     []want{{"run the race", "Jessica Hull"}},
		},
		{
			name:     "a bare surname the tagger took for an organisation is the person named in full before",
			text:     `Australia's Jessica Hull took silver. Hull said she had "run the race of my life".`,
			mentions: []string{"Australia|PLACE", "Jessica Hull|PERSON", "Hull|ORG"},
			want:     []want{{"run the race", "Jessica Hull"}},
		},
		{
			name:     "a fragment told in reported speech is the teller's",
			text:     `Faith Kipyegon won. Kipyegon told reporters she was "so happy to defend my title".`,
			mentions: []string{"Faith Kipyegon|PERSON", "Kipyegon=Faith Kipyegon|PERSON"},
			want:     []want{{"so happy", "Faith Kipyegon"}},
		},
		{
			name:     "a bare surname the tagger took for a place is the person named in full before",
			text:     `Britain's Georgia Bell was fifth. "I gave it everything," Bell said.`,
			mentions: []string{"Britain|PLACE", "Georgia Bell|PERSON", "Bell|PLACE"},
			want:     []want{{"I gave it", "Georgia Bell"}},
		},
		{
			name: "a firm named more than once is not the person who shares its name",
			text: `Henry Ford built his first car in 1896. Ford grew quickly. ` +
				`Ford said: "Sales rose in every market."`,
			mentions: []string{"Henry Ford|PERSON", "Ford|ORG"},
			want:     []want{{"Sales rose", "Ford"}},
		},
		{
			name:     "a surname that qualifies a noun does not make the noun the person",
			text:     `Natalie Koether leads the investors. "We will take other steps," the Koether group said.`,
			mentions: []string{"Natalie Koether|PERSON", "Koether|ORG"},
			want:     []want{{"We will take", "Koether group"}},
		},
		{
			name:     "a surname two people share is not resolved to either",
			text:     `Anna Hull and Mark Hull both ran. Hull said she had "run the race of my life".`,
			mentions: []string{"Anna Hull|PERSON", "Mark Hull|PERSON", "Hull|ORG"},
			want:     []want{{"run the race", "Hull"}},
		},
		{
			name:     "a person of an organisation speaks, not the organisation",
			text:     `Dr Susan Kohlhaas of Alzheimer's Research UK said: "Patients will be dismayed."`,
			mentions: []string{"Susan Kohlhaas|PERSON", "Alzheimer|ORG", "Research UK|ORG"},
			want:     []want{{"Patients will", "Susan Kohlhaas"}},
		},
		{
			name:     "a person of an organisation named whole speaks",
			text:     `Dr Susan Kohlhaas of Alzheimer's Research UK said: "Patients will be dismayed."`,
			mentions: []string{"Susan Kohlhaas|PERSON", "Alzheimer's Research UK|ORG"},
			want:     []want{{"Patients will", "Susan Kohlhaas"}},
		},
		{
			name:     "a person of an organisation cut after a possessive place speaks",
			text:     `Prof Alan Reid of Britain's Royal Society said: "The data are clear."`,
			mentions: []string{"Alan Reid|PERSON", "Britain|PLACE", "Royal Society|ORG"},
			want:     []want{{"The data", "Alan Reid"}},
		},
		{
			name:     "a spokesman for an organisation speaks the organisation's words, however it is named",
			text:     `A spokesman for Montreal-based Alcan said: "The decision is long." A spokesman for Alcan said: "We are delighted."`,
			mentions: []string{"Alcan|ORG"},
			want:     []want{{"The decision", "Alcan"}, {"We are delighted", "Alcan"}},
		},
		{
			name:     "a spokesperson of an organisation before a reported clause speaks for it",
			text:     `A spokesperson for Harlow Vale Police said the force had "followed every lead". The spokeswoman of Acme Homes said the firm was "deeply disappointed".`,
			mentions: []string{"Harlow Vale Police|ORG", "Acme Homes|ORG"},
			want:     []want{{"followed every lead", "Harlow Vale Police"}, {"deeply disappointed", "Acme Homes"}},
		},
		{
			name:     "a spokesperson after the quote speaks for the organisation",
			text:     `"We have no information at this time," a spokesman for the Harlow Shipping Association said.`,
			mentions: []string{"Harlow Shipping Association|ORG"},
			want:     []want{{"We have no information", "Harlow Shipping Association"}},
		},
		{
			name:     "a spokesperson with a name of their own is that person",
			text:     `A spokesman for Acme Homes, Jon Pike, said: "We are delighted."`,
			mentions: []string{"Acme Homes|ORG", "Jon Pike|PERSON"},
			want:     []want{{"We are delighted", "Jon Pike"}},
		},
		{
			name:     "adding goes to the speaker past a verb of saying denied of an unnamed subject",
			text:     `A spokesperson for Harlow Vale Police said the force would not be commenting further on the case, adding that "no criminality is suspected".`,
			mentions: []string{"Harlow Vale Police|ORG"},
			want:     []want{{"no criminality", "Harlow Vale Police"}},
		},
		{
			name:     "a spokesman for a person is not that person",
			text:     `A spokesman for Jon Pike said: "We are delighted."`,
			mentions: []string{"Jon Pike|PERSON"},
			want:     []want{{"We are delighted", ""}},
		},
		{
			name:     "a person opening the sentence introduces a colon quote without a verb of saying",
			text:     `More from Brandt, via the club website: "I want to thank Dalmont for a professional negotiation."`,
			mentions: []string{"Brandt=Tomas Brandt|PERSON", "Dalmont|ORG"},
			want:     []want{{"I want to thank", "Tomas Brandt"}},
		},
		{
			name:     "a person, an apposition and a place of speaking before a colon",
			text:     `Ruben Castellanos Vidal, the Port Sellan head coach, at his pre-match press conference: "I know the player."`,
			mentions: []string{"Ruben Castellanos Vidal|PERSON", "Port Sellan|ORG"},
			want:     []want{{"I know the player", "Ruben Castellanos Vidal"}},
		},
		{
			name:     "a role in front of a person and a place of speaking before a colon",
			text:     `SEPARATION! Mission director Tavita Leota on the loop: "Spacecraft separation confirmed."`,
			mentions: []string{"Tavita Leota|PERSON"},
			want:     []want{{"Spacecraft separation", "Tavita Leota"}},
		},
		{
			name:     "a role after a body's name in front of a person before a colon",
			text:     `Acme administrator Hana Kerr: "We waited a long time."`,
			mentions: []string{"Acme|ORG", "Hana Kerr|PERSON"},
			want:     []want{{"We waited", "Hana Kerr"}},
		},
		{
			name:     "a role and a possessive before a colon is an object's",
			text:     `Mission director Tavita Leota's note: "Spacecraft separation confirmed."`,
			mentions: []string{"Tavita Leota|PERSON"},
			want:     []want{{"Spacecraft separation", ""}},
		},
		{
			name:     "just between the auxiliary and the verb of saying",
			text:     `Acme administrator Hana Kerr has just told reporters: "We waited a long time."`,
			mentions: []string{"Acme|ORG", "Hana Kerr|PERSON"},
			want:     []want{{"We waited", "Hana Kerr"}},
		},
		{
			name:     "a person and a verb of manner after an opening clause before a colon",
			text:     `Asked whether the first bid had been an insult, Rashidi smiled: "The first bid is never the last bid."`,
			mentions: []string{"Rashidi=Khalid al-Rashidi|PERSON"},
			want:     []want{{"The first bid", "Khalid al-Rashidi"}},
		},
		{
			name:     "a person and a verb of manner after an opening participle clause before a colon",
			text:     `Pressed on whether the first bid had been an insult, Rashidi smiled: "The first bid is never the last bid."`,
			mentions: []string{"Rashidi=Khalid al-Rashidi|PERSON"},
			want:     []want{{"The first bid", "Khalid al-Rashidi"}},
		},
		{
			name:     "a person and a verb of manner after an opening clause in -ing before a colon",
			text:     `Giving evidence on Tuesday, Rashidi smiled: "The first bid is never the last bid."`,
			mentions: []string{"Rashidi=Khalid al-Rashidi|PERSON"},
			want:     []want{{"The first bid", "Khalid al-Rashidi"}},
		},
		{
			name: "a colon after a thing that reads names no speaker",
			text: `The banner read: "No more cuts."`,
			want: []want{{"No more cuts", ""}},
		},
		{
			name:     "a colon after what a note read names neither the note nor who reported it",
			text:     `Police said the note read: "We are sorry for the trouble." Smith said the banner read: "No more cuts."`,
			mentions: []string{"Smith=Anna Smith|PERSON"},
			want:     []want{{"We are sorry", ""}, {"No more cuts", ""}},
		},
		{
			name:     "a colon after a person who found a note quotes the note",
			text:     `Smith found a note: "Back in ten minutes."`,
			mentions: []string{"Smith=Anna Smith|PERSON"},
			want:     []want{{"Back in ten", ""}},
		},
		{
			name:     "a colon after a sign a person points to quotes the sign",
			text:     `Smith pointed to a sign: "Closed for repairs."`,
			mentions: []string{"Smith=Anna Smith|PERSON"},
			want:     []want{{"Closed for", ""}},
		},
		{
			name:     "a colon after a person's banner quotes the banner",
			text:     `Smith's banner read: "Enough is enough."`,
			mentions: []string{"Smith=Anna Smith|PERSON"},
			want:     []want{{"Enough is", ""}},
		},
		{
			name:     "a colon after two people names neither",
			text:     `Smith met Jones at the club: "It was a fine evening."`,
			mentions: []string{"Smith=Anna Smith|PERSON", "Jones=Bo Jones|PERSON"},
			want:     []want{{"It was a fine", ""}},
		},
		{
			name:     "a colon after an opening clause naming another person names neither",
			text:     `After Jones left the room, Smith smiled: "It was a fine evening."`,
			mentions: []string{"Smith=Anna Smith|PERSON", "Jones=Bo Jones|PERSON"},
			want:     []want{{"It was a fine", ""}},
		},
		{
			name:     "a colon after a person and a place names no speaker",
			text:     `Smith was in the car: "We crashed at the bend."`,
			mentions: []string{"Smith=Anna Smith|PERSON"},
			want:     []want{{"We crashed", ""}},
		},
		{
			name: "the answers of a transcript are the words of the person named before the colon",
			text: "Helena Brandt sat down with us.\nQ: Was that the price of a majority?\n" +
				"Helena Brandt: It was the price of a better bill.\nQ: Any advice?\nBrandt: Never show the other side your spreadsheet. He knows.",
			mentions: []string{"Helena Brandt|PERSON"},
			want:     []want{{"It was the price", "Helena Brandt"}, {"Never show the other side your spreadsheet. He knows.", "Helena Brandt"}},
		},
		{
			name:     "an answer of a transcript goes to the one person its named answers name",
			text:     "Q: Why?\nHelena Brandt: Because it was right.\nQ: And then?\nA: We voted.",
			mentions: []string{"Helena Brandt|PERSON"},
			want:     []want{{"Because", "Helena Brandt"}, {"We voted", "Helena Brandt"}},
		},
		{
			name:     "the answers of a transcript naming nobody go to the one person its introduction presents",
			text:     "Helena Brandt sat down with us.\nQ: Why?\nA: Because it was right.\nQ: And then?\nA: We voted.",
			mentions: []string{"Helena Brandt|PERSON"},
			want:     []want{{"Because", "Helena Brandt"}, {"We voted", "Helena Brandt"}},
		},
		{
			name:     "the answers of a transcript naming nobody are left unattributed after an introduction of two people",
			text:     "Helena Brandt met the press. Otto Kern chaired the session.\nQ: Why?\nA: Because it was right.\nQ: And then?\nA: We voted.",
			mentions: []string{"Helena Brandt|PERSON", "Otto Kern|PERSON"},
			want:     []want{{"Because", ""}, {"We voted", ""}},
		},
		{
			name:     "the answers of a transcript naming nobody go to the guest a host talks to in the introduction",
			text:     "In this episode host Otto Kern talks to harbour engineer Helena Brandt about the flood.\nQ: Why?\nA: Because it was right.\nQ: And then?\nA: We voted.",
			mentions: []string{"Otto Kern|PERSON", "Helena Brandt|PERSON"},
			want:     []want{{"Because", "Helena Brandt"}, {"We voted", "Helena Brandt"}},
		},
		{
			name:     "the quoted answers of a transcript naming nobody go to the one person its introduction presents",
			text:     "Coach Lina Ferro spoke before the final. This is what she said.\n\nQ: Are you ready?\n\nA: \"We are. The squad is fit.\"\n\nQ: And the weather?\n\nA: \"Rain suits us.\"",
			mentions: []string{"Lina Ferro|PERSON"},
			want:     []want{{"We are. The squad", "Lina Ferro"}, {"Rain suits us", "Lina Ferro"}},
		},
		{
			name:     "the quoted answers of a transcript naming nobody are left unattributed after an introduction of two people",
			text:     "Lina Ferro spoke before the final. Piet Kaan chaired.\n\nQ: Are you ready?\n\nA: \"We are.\"\n\nQ: And the weather?\n\nA: \"Rain suits us.\"",
			mentions: []string{"Lina Ferro|PERSON", "Piet Kaan|PERSON"},
			want:     []want{{"We are", ""}, {"Rain suits us", ""}},
		},
		{
			name:     "a quoted answer after words of its own is not a bare answer",
			text:     "Lina Ferro spoke before the final.\n\nQ: Are you ready?\n\nA: Her rival said \"We are.\"\n\nQ: And the weather?\n\nA: Fine.",
			mentions: []string{"Lina Ferro|PERSON"},
			want:     []want{{"We are", ""}, {"Fine.", "Lina Ferro"}},
		},
		{
			name: "the answers of a transcript naming nobody are left unattributed without an introduction",
			text: "The session ran late.\nQ: Why?\nA: Because it was right.\nQ: And then?\nA: We voted.",
			want: []want{{"Because", ""}, {"We voted", ""}},
		},
		{
			name:     "a description of the one who spoke just before is that person",
			text:     "Lee Cole said he would stay at the club. \"I am going nowhere,\" the defender said.",
			mentions: []string{"Lee Cole|PERSON"},
			want:     []want{{"I am going nowhere", "Lee Cole"}},
		},
		{
			name:     "a description after someone else is named stays unresolved",
			text:     "Lee Cole said he would stay beside Sam Wood. \"I am going nowhere,\" the defender said.",
			mentions: []string{"Lee Cole|PERSON", "Sam Wood|PERSON"},
			want:     []want{{"I am going nowhere", ""}},
		},
		{
			name:     "a description the article used before stays with the existing rules",
			text:     "The defender was injured. Lee Cole said he would stay. \"I am going nowhere,\" the defender said.",
			mentions: []string{"Lee Cole|PERSON"},
			want:     []want{{"I am going nowhere", ""}},
		},
		{
			name:     "a statement its subject put out before a colon speaks for them",
			text:     "Nina Park, who led the side for two years, issued a brief statement through her lawyers on Friday: \"I leave with my head high.\"",
			mentions: []string{"Nina Park|PERSON"},
			want:     []want{{"I leave with", "Nina Park"}},
		},
		{
			name:     "a statement quoted after a colon and a relative clause is not read as put out",
			text:     "Nina Park issued a statement which her rival answered: \"We disagree.\"",
			mentions: []string{"Nina Park|PERSON"},
			want:     []want{{"We disagree", ""}},
		},
		{
			name:     "the lines of a debate go to each person named",
			text:     "Anna Lind: We must act now.\nBo Berg: We must wait.\nLind: Waiting is a choice.",
			mentions: []string{"Anna Lind|PERSON", "Bo Berg|PERSON"},
			want:     []want{{"We must act", "Anna Lind"}, {"We must wait", "Bo Berg"}, {"Waiting", "Anna Lind"}},
		},
		{
			name:     "a title before the surname of a transcript label",
			text:     "Amara Lindqvist chairs the council.\nQ: Is the buffer thin?\nDr Lindqvist: It is thin but real.",
			mentions: []string{"Amara Lindqvist|PERSON"},
			want:     []want{{"It is thin", "Amara Lindqvist"}},
		},
		{
			name: "a long name with the small words of a family name labels a transcript line",
			text: "Ana de la Vega Ruiz met the panel.\n\nQ: Were you warned?\n\nAna de la Vega Ruiz: No. Nobody told us.\n\n" +
				"Q: When did you learn?\n\nAna de la Vega Ruiz: In May.",
			mentions: []string{"Ana de la Vega Ruiz|PERSON"},
			want:     []want{{"No. Nobody told us", "Ana de la Vega Ruiz"}, {"In May", "Ana de la Vega Ruiz"}},
		},
		{
			name: "a title before a name of four words labels a transcript line",
			text: "Dr Tran Van Minh Duc runs the clinic.\n\nQ: Was the ward full?\n\nDr Tran Van Minh Duc: Every bed was taken.\n\n" +
				"Q: For how long?\n\nDr Tran Van Minh Duc: Two weeks.",
			mentions: []string{"Tran Van Minh Duc|PERSON"},
			want:     []want{{"Every bed", "Tran Van Minh Duc"}, {"Two weeks", "Tran Van Minh Duc"}},
		},
		{
			name: "post-nominal letters after a label mark a person the tagger took for a body",
			text: "Committee member Ilse Moray pressed the witness.\n\nIlse Moray MP: Who signed the order?\n\n" +
				"Otto Brandl: I did.\n\nIlse Moray MP: When?",
			mentions: []string{"Ilse Moray|ORG", "Otto Brandl|PERSON"},
			want:     []want{{"Who signed", "Ilse Moray"}, {"I did", "Otto Brandl"}, {"When?", "Ilse Moray"}},
		},
		{
			name: "a lesser rank and a title before a name the tagger split label a transcript line",
			text: "Vice Chancellor Odile Marrek took questions.\n\nSam Tully, Valley News: Will fees rise?\n\n" +
				"Vice Chancellor Odile Marrek: No. Fees stay where they are.\n\nSam Tully, Valley News: And rents?",
			mentions: []string{"Marrek|PLACE", "Sam Tully|PERSON", "Valley News|ORG"},
			want:     []want{{"Will fees rise", "Sam Tully"}, {"No. Fees stay", "Odile Marrek"}, {"And rents", "Sam Tully"}},
		},
		{
			name:     "a lesser rank alone before a name is no title",
			text:     "Q: Why?\n\nVice Odile Marrek: Because.\n\nQ: When?\n\nVice Odile Marrek: Soon.",
			mentions: []string{"Marrek|PLACE"},
			want:     []want{},
		},
		{
			name: "an office with small words before the holder's name in brackets labels a record of debate",
			text: "The record of the sitting reads:\n\nThe Secretary of State for Transport (Lior Benn): The bridge will reopen in May.\n\n" +
				"Tessa Moult (Harrow Vale) (Ind): Will it be safe?\n\nThe Secretary of State for Transport (Lior Benn): It will.",
			mentions: []string{"Lior Benn|PERSON", "Tessa Moult|PERSON", "Harrow Vale|PLACE"},
			want:     []want{{"The bridge will reopen", "Lior Benn"}, {"Will it be safe", "Tessa Moult"}, {"It will", "Lior Benn"}},
		},
		{
			name:     "words with no office before a bracketed name label no one",
			text:     "Q: Who?\n\nThe Harbour Times (Lior Benn): The bridge will reopen.\n\nQ: When?\n\nThe Harbour Times (Lior Benn): In May.",
			mentions: []string{"Lior Benn|PERSON", "Harbour Times|ORG"},
			want:     []want{},
		},
		{
			name:     "a full name labels a line when its surname alone is a person of the article",
			text:     "Hanna Ekdahl: Mr Voss, did the inspectors call?\n\nKarl Voss: They called twice.\n\nHanna Ekdahl: And then?",
			mentions: []string{"Hanna Ekdahl|PERSON", "Voss|PERSON", "Karl Voss|MISC"},
			want:     []want{{"Mr Voss", "Hanna Ekdahl"}, {"They called twice", "Karl Voss"}, {"And then", "Hanna Ekdahl"}},
		},
		{
			name:     "a full name whose surname another person named in full bears is no label of a person known",
			text:     "Hanna Ekdahl: Ms Voss, did the inspectors call?\n\nKarl Voss: They called twice.\n\nHanna Ekdahl: Thank you. Greta Voss, then.",
			mentions: []string{"Hanna Ekdahl|PERSON", "Voss|PERSON", "Greta Voss|PERSON"},
			want:     []want{{"Ms Voss", "Hanna Ekdahl"}, {"Thank you", "Hanna Ekdahl"}},
		},
		{
			name:     "a role label with the holder in brackets gives the holder the line and the bare role after",
			text:     "Chair (Hugo Brandt): Let us begin. Ms Voss?\n\nLena Voss: Thank you, Chair. I have two points.\n\nChair: Your next point, please.",
			mentions: []string{"Chair|PERSON", "Hugo Brandt|PERSON", "Lena Voss|PERSON"},
			want:     []want{{"Let us begin", "Hugo Brandt"}, {"Thank you", "Lena Voss"}, {"Your next point", "Hugo Brandt"}},
		},
		{
			name:     "a full name label with a role in brackets gives the name the first turn",
			text:     "HUGO BRANDT (Harbour Board chair): Let us begin.\n\nREPORTER (Daily Post): Why now?\n\nLENA VOSS (Port Minister): Because the dock is unsafe.",
			mentions: []string{"HUGO BRANDT|PERSON", "LENA VOSS|PERSON"},
			want:     []want{{"Let us begin", "HUGO BRANDT"}, {"Because the dock", "LENA VOSS"}},
		},
		{
			name:     "a bare role label with no holder declared is nobody's",
			text:     "Chair: Let us begin.\n\nLena Voss: Thank you, Chair. I have two points.\n\nChair: Your next point, please.\n\nLena Voss: The budget.",
			mentions: []string{"Chair|PERSON", "Lena Voss|PERSON"},
			want:     []want{{"Thank you", "Lena Voss"}, {"The budget", "Lena Voss"}},
		},
		{
			name: "a bare role label declared for two holders is nobody's",
			text: "Chair (Hugo Brandt): Let us begin.\n\nLena Voss: Thank you. I have two points.\n\nChair (Eva Lund): I take over now.\n\n" +
				"Chair: Your next point, please.",
			mentions: []string{"Hugo Brandt|PERSON", "Lena Voss|PERSON", "Eva Lund|PERSON"},
			want:     []want{{"Let us begin", "Hugo Brandt"}, {"Thank you", "Lena Voss"}, {"I take over", "Eva Lund"}},
		},
		{
			name: "a pronoun after an opening clause with a relative aside is the sentence's subject",
			text: "\"The fares must fall,\" said Corran Ashby, the union negotiator.\n\n" +
				"Addressing drivers at the depot, where he started work in 1998, Piet Aldous sounded calmer. \"We will find a deal,\" he said.",
			mentions: []string{"Corran Ashby|PERSON", "Piet Aldous|PERSON"},
			want:     []want{{"The fares must fall", "Corran Ashby"}, {"We will find a deal", "Piet Aldous"}},
		},
		{
			name:     "words a relative clause's subject called the thing are that subject's",
			text:     "The council backed the tram scheme, which Dora Pell called \"a gift to the suburbs\".",
			mentions: []string{"Dora Pell|PERSON"},
			want:     []want{{"a gift to the suburbs", "Dora Pell"}},
		},
		{
			name:     "a name in title case called so in a relative clause is nobody's words",
			text:     "The council backed the tram scheme, which Dora Pell called \"Project Lantern\".",
			mentions: []string{"Dora Pell|PERSON"},
			want:     []want{{"Project Lantern", ""}},
		},
		{
			name:     "words called so in a relative clause with more after them name a thing",
			text:     "The council backed the scheme, which Dora Pell called \"the green line\" in her first speech.",
			mentions: []string{"Dora Pell|PERSON"},
			want:     []want{{"the green line", ""}},
		},
		{
			name:     "a judge who ruled that a thing was so said the words quoted",
			text:     "Judge Omar Fenn ruled that the eviction was \"plainly unlawful\".",
			mentions: []string{"Omar Fenn|PERSON"},
			want:     []want{{"plainly unlawful", "Omar Fenn"}},
		},
		{
			name:     "ruled out before a quote reports no words",
			text:     "Omar Fenn ruled out \"any delay\" to the vote.",
			mentions: []string{"Omar Fenn|PERSON"},
			want:     []want{{"any delay", ""}},
		},
		{
			name: "the judge brought in unnamed is the one the article then styles Justice",
			text: "A judge dismissed the appeal on Monday.\n\nJustice Mira Odell, sitting in Carlow, said the delay was unjust.\n\n" +
				"The judge added that there was \"no basis at all\" for the claim.",
			mentions: []string{"Mira Odell|PERSON", "Carlow|LOC"},
			want:     []want{{"no basis at all", "Mira Odell"}},
		},
		{
			name:     "a company spokeswoman speaks for the one company the article names, reported just before",
			text:     "Kestrel Holdings said it would appeal. \"We followed every rule,\" a company spokeswoman said.",
			mentions: []string{"Kestrel Holdings|ORG"},
			want:     []want{{"We followed every rule", "Kestrel Holdings"}},
		},
		{
			name:     "a company spokeswoman after a body that is no company stays unnamed",
			text:     "Greenleaf said the spill was avoidable. \"We are cleaning the beach,\" a company spokeswoman said.",
			mentions: []string{"Greenleaf|ORG"},
			want:     []want{{"We are cleaning", ""}},
		},
		{
			name: "a company spokeswoman in an article naming two companies stays unnamed",
			text: "Brant Airways leases its jets from Kestrel Holdings.\n\nKestrel Holdings said it would appeal. " +
				"\"We followed every rule,\" a company spokeswoman said.",
			mentions: []string{"Kestrel Holdings|ORG", "Brant Airways|ORG"},
			want:     []want{{"We followed every rule", ""}},
		},
		{
			name: "surname labels in capitals give each line to the person named",
			text: "Lena Okafor, who runs the port, spoke to presenter Ravi Dutt.\nDUTT: Is the harbour ready for winter?\n" +
				"OKAFOR: (smiles) Mostly. The cranes arrive next week.\nDUTT: And the dredging?\nOKAFOR: It starts in March.",
			mentions: []string{"Lena Okafor|PERSON", "Ravi Dutt|PERSON"},
			want: []want{{"Is the harbour", "Ravi Dutt"}, {"Mostly. The cranes", "Lena Okafor"},
				{"And the dredging", "Ravi Dutt"}, {"It starts in March", "Lena Okafor"}},
		},
		{
			name:     "a full name in capitals labels that person's answer",
			text:     "Lena Okafor met the board.\nQ: Will fees rise?\nLENA OKAFOR: Not this year.",
			mentions: []string{"Lena Okafor|PERSON"},
			want:     []want{{"Not this year", "Lena Okafor"}},
		},
		{
			name: "a local title and a hyphenated full name in capitals, and the host's part as a label",
			text: "Councillor Tomas Abbey-Wren joined host Mia Sorel on the phone-in.\nHOST: Is the bridge safe?\n" +
				"COUNCILLOR TOMAS ABBEY-WREN: It is safe. The checks are done.\nHOST: Thank you. Next caller, please.\nMia Sorel hosts the phone-in on Fridays.",
			mentions: []string{"Tomas Abbey-Wren|PERSON", "TOMAS ABBEY-WREN=Tomas Abbey-Wren|PERSON", "Mia Sorel|PERSON"},
			want:     []want{{"Is the bridge", "Mia Sorel"}, {"It is safe", "Tomas Abbey-Wren"}, {"Thank you", "Mia Sorel"}},
		},
		{
			name:     "an office before a full name in capitals is no part of the label's name",
			text:     "CHIEF NINA HOLLOWAY: Thank you. The line is holding.\n\nQ (Ann Lee, Courier): Chief, any news?\n\nHOLLOWAY: Nothing new tonight.",
			mentions: []string{"NINA HOLLOWAY|PERSON", "Ann Lee|PERSON", "HOLLOWAY=NINA HOLLOWAY|PERSON"},
			want:     []want{{"Thank you", "NINA HOLLOWAY"}, {"Nothing new", "NINA HOLLOWAY"}},
		},
		{
			name:     "a label of a full name, an office and a firm set off by commas names the person",
			text:     "JO REED, CEO, ACME POWER & LIGHT: We are here to listen.\n\nQ: Why now?\n\nREED: Because it matters.",
			mentions: []string{"JO REED|PERSON", "ACME POWER|ORG", "REED=JO REED|PERSON"},
			want:     []want{{"We are here", "JO REED"}, {"Because", "JO REED"}},
		},
		{
			name: "a presenter label with two presenters in the article is no answer",
			text: "Mia Sorel presents the early show and Leo Brandt presents the late one. Tomas Abbey-Wren rang in.\nPRESENTER: Is the bridge safe?\n" +
				"CLLR ABBEY-WREN: It is safe.\nPRESENTER: Thank you.\nCLLR ABBEY-WREN: Not at all.",
			mentions: []string{"Tomas Abbey-Wren|PERSON", "Mia Sorel|PERSON", "Leo Brandt|PERSON"},
			want:     []want{{"It is safe", "Tomas Abbey-Wren"}, {"Not at all", "Tomas Abbey-Wren"}},
		},
		{
			name: "a surname with particles in capitals names the person, a question with its outlet in brackets no one",
			text: "Chief executive Anouk van der Meer-Slot and finance chief Joris Brouwer met reporters.\n\n" +
				"VAN DER MEER-SLOT: We will not pay. Paying funds the next attack.\n\nQUESTION (Radio Noord): Who knew first?\n\n" +
				"BROUWER: I can answer that. We learnt on Friday.",
			mentions: []string{"Anouk van der Meer-Slot|PERSON", "Joris Brouwer|PERSON", "Radio Noord|ORG"},
			want:     []want{{"We will not pay", "Anouk van der Meer-Slot"}, {"I can answer that", "Joris Brouwer"}},
		},
		{
			name:     "a label in capitals naming no one of the article is no answer",
			text:     "Lena Okafor met the board.\nQ: Will fees rise?\nNOTE: Fees were frozen.\nOKAFOR: Not this year.",
			mentions: []string{"Lena Okafor|PERSON"},
			want:     []want{{"Not this year", "Lena Okafor"}},
		},
		{
			name:     "a surname two people share labels no answer",
			text:     "Anna Hull and Mark Hull spoke.\nQ: Why?\nHull: Because.",
			mentions: []string{"Anna Hull|PERSON", "Mark Hull|PERSON"},
		},
		{
			name: "the lines of a call transcript labelled by full name and affiliation are that person's words",
			text: "Moderator: Welcome to the call.\nHelena Brandt: Sales rose this year.\n" +
				"Otto Kern - Fenwick Partners: Helena, what about margins?\nHelena Brandt: They held up.\n" +
				"Ruth Sale, Marlow Capital: Thanks. Any word on hiring?",
			mentions: []string{"Helena Brandt|PERSON", "Otto Kern|PERSON", "Ruth Sale|PERSON"},
			want: []want{{"Sales rose", "Helena Brandt"}, {"Helena, what about margins?", "Otto Kern"},
				{"They held up", "Helena Brandt"}, {"Thanks. Any word", "Ruth Sale"}},
		},
		{
			name: "a question of a call transcript labelled by who asks is that person's words",
			text: "Moderator: Welcome to the call.\nHelena Brandt: Sales rose this year.\n" +
				"Question, Otto Kern, Fenwick Partners: What about margins?\nHelena Brandt: They held up.\n" +
				"Question, Kern: And hiring?\nQ — Ruth Sale, Marlow Capital: Any word on prices?",
			mentions: []string{"Helena Brandt|PERSON", "Otto Kern|PERSON", "Kern=Otto Kern|PERSON", "Ruth Sale|PERSON"},
			want: []want{{"Sales rose", "Helena Brandt"}, {"What about margins?", "Otto Kern"},
				{"They held up", "Helena Brandt"}, {"And hiring?", "Otto Kern"}, {"Any word on prices?", "Ruth Sale"}},
		},
		{
			name:     "a question label naming no person of the article is no answer",
			text:     "Q: Why?\nHelena Brandt: Because.\nQuestion, North Desk: Nothing further?",
			mentions: []string{"Helena Brandt|PERSON"},
			want:     []want{{"Because", "Helena Brandt"}},
		},
		{
			name: "the sentences without quote marks of a transcript line that quotes words are the labelled person's",
			text: "Q: Was it hard?\nHelena Brandt: Very.\nQ: And now?\n" +
				"Brandt: We start again. \"It was a mess,\" she said, smiling. She paused. We had no map.",
			mentions: []string{"Helena Brandt|PERSON", "Brandt=Helena Brandt|PERSON"},
			want: []want{{"Very", "Helena Brandt"}, {"We start again.", "Helena Brandt"},
				{"It was a mess", "Helena Brandt"}, {"We had no map.", "Helena Brandt"}},
		},
		{
			name: "a transcript answer quoting someone in the first person is one quote, the quoted words not the answering person's",
			text: "Q: How was the week?\nHelena Brandt: Long. Tiring. My coach rang me twice. She told me: \"Go home and sleep.\" So I did.\n" +
				"Q: And now?\nBrandt: Back to work.",
			mentions: []string{"Helena Brandt|PERSON", "Brandt=Helena Brandt|PERSON"},
			want: []want{{"Long. Tiring. My coach rang me twice. She told me: \"Go home and sleep.\" So I did.", "Helena Brandt"},
				{"Go home and sleep.", ""}, {"Back to work.", "Helena Brandt"}},
		},
		{
			name: "a transcript answer quoting its own words is one quote",
			text: "By Ole Vik\nQ: What did you tell the board?\nHelena Brandt: I said to them: \"We stay.\" They agreed.\n" +
				"Q: And now?\nBrandt: Back to work.",
			mentions: []string{"Helena Brandt|PERSON", "Brandt=Helena Brandt|PERSON", "Ole Vik|PERSON"},
			want: []want{{"I said to them: \"We stay.\" They agreed.", "Helena Brandt"},
				{"We stay.", ""}, {"Back to work.", "Helena Brandt"}},
		},
		{
			name: "the adjacent sentences without quote marks of a transcript line make one quote",
			text: "Q: Was it hard?\nHelena Brandt: Very.\nQ: And now?\n" +
				"Brandt: We start again. We learn. \"It was a mess,\" she said. We had no map.",
			mentions: []string{"Helena Brandt|PERSON", "Brandt=Helena Brandt|PERSON"},
			want: []want{{"Very", "Helena Brandt"}, {"We start again. We learn.", "Helena Brandt"},
				{"It was a mess", "Helena Brandt"}, {"We had no map.", "Helena Brandt"}},
		},
		{
			name: "the courtesies of a transcript are no quotes",
			text: "RUTH COLE: Minister, thanks for coming in. Will the bridge reopen?\nOTTO KERN: Good morning, Ruth. It will, in May.\n" +
				"RUTH COLE: Minister, thank you.\nOTTO KERN: Thanks Ruth.\nQ: Anything else?\nA: Thank you very much for having me.",
			mentions: []string{"RUTH COLE=Ruth Cole|PERSON", "OTTO KERN=Otto Kern|PERSON"},
			want:     []want{{"Minister, thanks for coming in.", "Ruth Cole"}, {"Good morning, Ruth. It will", "Otto Kern"}},
		},
		{
			name:     "a short answer of a transcript that is more than a courtesy stays a quote",
			text:     "Q: Will it reopen?\nOtto Kern: Thanks to the crews, yes.\nQ: When?\nKern: Thank you, soon.",
			mentions: []string{"Otto Kern|PERSON", "Kern=Otto Kern|PERSON"},
			want:     []want{{"Thanks to the crews, yes.", "Otto Kern"}, {"Thank you, soon.", "Otto Kern"}},
		},
		{
			name:     "a line that quotes words outside a transcript is no answer",
			text:     "Brandt: We start again. \"It was a mess,\" she said.",
			mentions: []string{"Brandt=Helena Brandt|PERSON"},
			want:     []want{{"It was a mess", "Helena Brandt"}},
		},
		{
			name:     "a label of a name and affiliation naming no person of the article is no answer",
			text:     "Q: Why?\nHelena Brandt: Because.\nNorth Desk - Fenwick Partners: Nothing further.",
			mentions: []string{"Helena Brandt|PERSON"},
			want:     []want{{"Because", "Helena Brandt"}},
		},
		{
			name:     "the chief financial officer abbreviated is the one person the article gives that role",
			text:     "Otto Kern, the chief financial officer, spoke after lunch. \"Costs are under control,\" the CFO said.",
			mentions: []string{"Otto Kern|PERSON"},
			want:     []want{{"Costs are under control", "Otto Kern"}},
		},
		{
			name:     "the chief financial officer abbreviated is no one when the article gives that role to two people",
			text:     "Otto Kern, the chief financial officer, met Ruth Sale, the former chief financial officer. \"Costs are under control,\" the CFO said.",
			mentions: []string{"Otto Kern|PERSON", "Ruth Sale|PERSON"},
			want:     []want{{"Costs are under control", ""}},
		},
		{
			name:     "the chief medical officer abbreviated is the one person the article gives that role",
			text:     "Dr Ines Marlowe, the board's chief medical officer, spoke on Monday. \"Cases are falling,\" the CMO said.",
			mentions: []string{"Ines Marlowe|PERSON"},
			want:     []want{{"Cases are falling", "Ines Marlowe"}},
		},
		{
			name:     "the chief financial officer is the one person the article gives that role",
			text:     "Otto Kern, the chief financial officer, spoke after lunch. \"Costs are under control,\" the chief financial officer said.",
			mentions: []string{"Otto Kern|PERSON"},
			want:     []want{{"Costs are under control", "Otto Kern"}},
		},
		{
			name:     "a quote after an attribution in a statement put out at a time goes on as the speaker's",
			text:     "\"The fault is ours,\" Otto Kern, head of Fenwick, said in a statement posted early on Friday. \"We will repay every client.\"",
			mentions: []string{"Otto Kern|PERSON", "Fenwick|ORG"},
			want:     []want{{"The fault is ours", "Otto Kern"}, {"We will repay", "Otto Kern"}},
		},
		{
			name:     "a quote after an attribution in a video posted on a website goes on as the speaker's",
			text:     "Otto Kern, head of Fenwick, spoke to clients. \"We failed you, and I regret it,\" he said in a video posted on the firm's website. \"Our staff are on it.\"",
			mentions: []string{"Otto Kern|PERSON", "Fenwick|ORG"},
			want:     []want{{"We failed you", "Otto Kern"}, {"Our staff are on it", "Otto Kern"}},
		},
		{
			name:     "a quote after an attribution in a message to readers posted on a website goes on as the speaker's",
			text:     "\"I will miss this place,\" Otto Kern said in a farewell message to his members posted on the club's website. \"The club is in good hands.\"",
			mentions: []string{"Otto Kern|PERSON"},
			want:     []want{{"I will miss", "Otto Kern"}, {"The club is in good hands", "Otto Kern"}},
		},
		{
			name:     "a person who reads words out after the quote speaks them",
			text:     "A statement from the family was read by their lawyer, Tomas Ekberg. \"We are relieved,\" Mr Ekberg read. \"It has been a long year.\"",
			mentions: []string{"Tomas Ekberg|PERSON", "Ekberg=Tomas Ekberg|PERSON"},
			want:     []want{{"We are relieved", "Tomas Ekberg"}, {"It has been", "Tomas Ekberg"}},
		},
		{
			name:     "a sign or a statement that reads after a quote is no speaker",
			text:     "Tomas Ekberg stood by the gate. \"Keep out,\" the sign read. \"No entry,\" the notice reads.",
			mentions: []string{"Tomas Ekberg|PERSON"},
			want:     []want{{"Keep out", ""}, {"No entry", ""}},
		},
		{
			name:     "a person who reads a document after a quote does not speak the quote",
			text:     "\"Final notice,\" Tomas Ekberg read the letter twice.",
			mentions: []string{"Tomas Ekberg|PERSON"},
			want:     []want{{"Final notice", ""}},
		},
		{
			name: "a surname the tagger missed after a title is the one person named in full with it",
			text: "Judge Marta Olsen opened the hearing. Tomas Ekberg asked for more time. \"We need a month,\" he said.\n\n" +
				"Judge Olsen refused the request and warned that she would sit late. \"We start on Monday,\" she said.",
			mentions: []string{"Marta Olsen|PERSON", "Tomas Ekberg|PERSON"},
			want:     []want{{"We need a month", "Tomas Ekberg"}, {"We start on Monday", "Marta Olsen"}},
		},
		{
			name:     "the words a released statement reads are those of whoever released it",
			text:     "Tessa Moult, who chairs the tenants' group, has issued a short statement. \"We asked for repairs in May,\" it reads. \"Nobody came.\"",
			mentions: []string{"Tessa Moult|PERSON"},
			want:     []want{{"We asked for repairs", "Tessa Moult"}, {"Nobody came", "Tessa Moult"}},
		},
		{
			name:     "the words a statement says after its release in another paragraph stay unattributed",
			text:     "Tessa Moult has issued a statement.\n\n\"We asked for repairs in May,\" it says.",
			mentions: []string{"Tessa Moult|PERSON"},
			want:     []want{{"We asked for repairs", ""}},
		},
		{
			name:     "the words a sign reads are no one's",
			text:     "Tessa Moult put up a sign. \"Keep out,\" it reads.",
			mentions: []string{"Tessa Moult|PERSON"},
			want:     []want{{"Keep out", ""}},
		},
		{
			name:     "a quote after an attribution in a statement sent on a weekday goes on as the speaker's",
			text:     "\"The fault is ours,\" Otto Kern said in a note sent Friday to staff. \"We will repay every client.\"",
			mentions: []string{"Otto Kern|PERSON"},
			want:     []want{{"The fault is ours", "Otto Kern"}, {"We will repay", "Otto Kern"}},
		},
		{
			name:     "the director is the one person the article says a work is directed by",
			text:     "The play is directed by Otto Kern, who met Ruth Sale in 1990.\n\"It took ten years to stage,\" the director recalled. \"Nobody wanted it.\"",
			mentions: []string{"Otto Kern|PERSON", "Ruth Sale|PERSON"},
			want:     []want{{"It took ten years", "Otto Kern"}, {"Nobody wanted it", "Otto Kern"}},
		},
		{
			name:     "of two people works are directed by, the director is the one named last",
			text:     "One play is directed by Otto Kern, the other directed by Ruth Sale.\n\"It took ten years to stage,\" the director recalled.",
			mentions: []string{"Otto Kern|PERSON", "Ruth Sale|PERSON"},
			want:     []want{{"It took ten years", "Ruth Sale"}},
		},
		{
			name:     "a lone name and colon is a headline, not a transcript",
			text:     "Brandt: We will win the vote\nHelena Brandt spoke on Monday.",
			mentions: []string{"Helena Brandt|PERSON"},
		},
		{
			name:     "a label naming no person of the article is no answer",
			text:     "Q: Why?\nPhoto: A crowd outside.\nHelena Brandt: Because.",
			mentions: []string{"Helena Brandt|PERSON"},
			want:     []want{{"Because", "Helena Brandt"}},
		},
		{
			name:     "a document its subject put out speaks for them",
			text:     "Tariq Al-Rashidi, who has rarely appeared in public, issued a short written statement calling the release \"a gesture of goodwill\" and not a concession.",
			mentions: []string{"Tariq Al-Rashidi|PERSON"},
			want:     []want{{"a gesture", "Tariq Al-Rashidi"}},
		},
		{
			name:     "a document put out by a group speaks for no one",
			text:     "The rebels issued a statement calling the release \"a gesture of goodwill\".",
			mentions: []string{},
			want:     []want{{"a gesture", ""}},
		},
		{
			name:     "the words a person thanks others for are the person's",
			text:     "Prime Minister Mykhailo Veresk, speaking in Ostrel, thanked Morvania and the envoy for their \"patience and stubbornness\".",
			mentions: []string{"Mykhailo Veresk|PERSON", "Morvania|PLACE"},
			want:     []want{{"patience", "Mykhailo Veresk"}},
		},
		{
			name:     "headings of a live blog naming people are no transcript",
			text:     "14:32 BST\nLupu: Federation will respect the ruling\nAndrei Lupu came out at lunch.\n11:47 BST\nBrandt: Vote delayed again\nHelena Brandt left early.",
			mentions: []string{"Andrei Lupu|PERSON", "Helena Brandt|PERSON"},
		},
		{
			name: "a heading quoting what the body quotes is not its source",
			text: "13:05 GMT\nAl-Rashidi: 'We came back because we gave our word'\nTariq Al-Rashidi made a rare appearance.\n" +
				"\"We came back because we gave our word,\" he said. \"Now it is their turn.\"",
			mentions: []string{"Tariq Al-Rashidi|PERSON", "Al-Rashidi=Tariq Al-Rashidi|PERSON"},
			want:     []want{{"We came back", "Tariq Al-Rashidi"}, {"Now it is", "Tariq Al-Rashidi"}},
		},
		{
			name:     "a heading quoting words the body does not give is kept",
			text:     "11:47 BST\nGAIA case: \"the rules are strict for a reason\"\nThe agency has opened its case.",
			mentions: []string{"GAIA|ORG"},
			want:     []want{{"the rules are strict", ""}},
		},
		{
			name:     "a quote of a sentence of the body is kept though the body repeats it",
			text:     "Brandt spoke.\n\"We will win.\" Helena Brandt said it twice: \"We will win.\"",
			mentions: []string{"Helena Brandt|PERSON", "Brandt=Helena Brandt|PERSON"},
			want:     []want{{"We will win", ""}, {"We will win", "Helena Brandt"}},
		},
		{
			name: "a name an opening participle turns to is not the subject after its comma",
			text: "Judge Helen Marsh jailed Tom Reed.\n\nTurning to Mrs Dale, the judge said she had been \"misled\" by her employer, " +
				"but added: \"You knew what you were doing.\"",
			mentions: []string{"Helen Marsh|PERSON", "Tom Reed|PERSON", "Dale=Ann Dale|PERSON"},
			want:     []want{{"misled", "Helen Marsh"}, {"You knew", "Helen Marsh"}},
		},
		{
			name:     "a name after a preposition is not the subject after its comma",
			text:     "In a letter to Ann Dale, the mayor said: \"We will pay.\"",
			mentions: []string{"Ann Dale|PERSON"},
			want:     []want{{"We will pay", ""}},
		},
		{
			name: "a whose clause names someone other than the speaker",
			text: "Ann Dale, whose son Sam, now 9, was due to go on a trip that was cancelled for lack of funds, said: " +
				"\"Sam cried for a week.\"",
			mentions: []string{"Ann Dale|PERSON", "Sam|PERSON"},
			want:     []want{{"Sam cried", "Ann Dale"}},
		},
		{
			name: "a name before an aside between dashes is the subject after it",
			text: "Ms Reed said that when she raised the invoices with the manager, Mr Kent - whom she knew from an earlier job, " +
				"as it happened - told her the work had been \"approved at the top\".",
			mentions: []string{"Reed=Jo Reed|PERSON", "Kent=Sam Kent|PERSON"},
			want:     []want{{"approved at the top", "Sam Kent"}},
		},
		{
			name: "the subject of a clause reported before its speaker does not stop a quote continuing the speaker",
			text: "Mr Kent, who joined the firm in 2011 and married in 2017, signed the cheques, Ms Reed said. " +
				"\"He was the gatekeeper. He opened the gate.\"",
			mentions: []string{"Reed=Jo Reed|PERSON", "Kent=Sam Kent|PERSON"},
			want:     []want{{"He was the gatekeeper", "Jo Reed"}},
		},
		{
			name:     "another speaker before the last keeps a continuing quote open",
			text:     "Mr Kent said he signed the cheques, and Ms Reed said he knew. \"He was the gatekeeper.\"",
			mentions: []string{"Reed=Jo Reed|PERSON", "Kent=Sam Kent|PERSON"},
			want:     []want{{"He was the gatekeeper", ""}},
		},
		{
			name: "a bare spokesperson speaks for the body that spoke just before",
			text: "The Gaming Board said its own inquiry would now resume. A spokesperson said: " +
				"\"We will be looking closely at what went wrong.\"",
			mentions: []string{"Gaming Board|ORG"},
			want:     []want{{"We will be looking", "Gaming Board"}},
		},
		{
			name: "a bare spokesperson after another body is named stays unnamed",
			text: "The Gaming Board said its inquiry into Acme Ltd would resume. A spokesperson said: " +
				"\"We will be looking closely.\"",
			mentions: []string{"Gaming Board|ORG", "Acme Ltd|ORG"},
			want:     []want{{"We will be looking", ""}},
		},
		{
			name:     "a bare spokesperson speaks for the body the sentence before is about",
			text:     "Acme Corp cut 500 jobs on Monday. A spokesman said: \"We had no choice.\"",
			mentions: []string{"Acme Corp|ORG"},
			want:     []want{{"We had no choice", "Acme Corp"}},
		},
		{
			name:     "a bare spokesperson does not speak for a place",
			text:     "France raised its rates on Monday. A spokesman said: \"We had no choice.\"",
			mentions: []string{"France|PLACE"},
			want:     []want{{"We had no choice", ""}},
		},
		{
			name:     "a bare spokesperson after a person spoke stays unnamed",
			text:     "Tom Reed said the inquiry would resume. A spokesman said: \"We will be looking closely.\"",
			mentions: []string{"Tom Reed|PERSON"},
			want:     []want{{"We will be looking", ""}},
		},
		{
			name: "a description after a newly named person leaves the next he unresolved",
			text: "\"We were flat,\" said Ray Kemp.\n\nAfter the match I met Leo Hart. The goalkeeper had a cut on his chin.\n\n" +
				"\"This,\" he said, waving at the stands, \"is why we play.\"",
			mentions: []string{"Ray Kemp|PERSON", "Leo Hart|PERSON"},
			want:     []want{{"We were flat", "Ray Kemp"}, {"This", ""}, {"is why we play", ""}},
		},
		{
			name:     "a description of the one just named keeps the next he",
			text:     "\"We were flat,\" said Ray Kemp. The goalkeeper had a cut on his chin. \"We go again,\" he said.",
			mentions: []string{"Ray Kemp|PERSON"},
			want:     []want{{"We were flat", "Ray Kemp"}, {"We go again", "Ray Kemp"}},
		},
		{
			name: "a statement a club put out is not the words of the person it names",
			text: "Youth coach Ann Lowe will lead the side for now, the club said in a statement.\n\n" +
				"\"We thank Tom for his service,\" the statement said.",
			mentions: []string{"Ann Lowe|PERSON", "Tom|PERSON"},
			want:     []want{{"We thank Tom", ""}},
		},
		{
			name: "a statement a named body put out is that body's",
			text: "Ann Lowe will lead the side, Acme Rovers said in a statement.\n\n" +
				"\"We thank Tom for his service,\" the statement said.",
			mentions: []string{"Ann Lowe|PERSON", "Acme Rovers|ORG", "Tom|PERSON"},
			want:     []want{{"We thank Tom", "Acme Rovers"}},
		},
		{
			name: "what a statement reports of someone is not their word",
			text: "A statement issued after the meeting said Ann Lowe had been told in advance.\n\n" +
				"\"The minister regrets the delay,\" the statement said.",
			mentions: []string{"Ann Lowe|PERSON"},
			want:     []want{{"The minister regrets", ""}},
		},
		{
			name: "a letter a body wrote to a named official is the body's, never the official's",
			text: "The Harbour Pilots' Guild (HPG) wrote to the transport secretary, Oona Mallory, on Monday asking for a review. " +
				"\"The new rota puts crews at risk,\" the letter said.",
			mentions: []string{"Harbour Pilots' Guild|ORG", "HPG|ORG", "Oona Mallory|PERSON"},
			want:     []want{{"The new rota", "Harbour Pilots' Guild"}},
		},
		{
			name: "a letter written to an official by nobody named is nobody's",
			text: "Residents have written to the mayor, Oona Mallory, about the closure.\n\n" +
				"\"We were never asked,\" the letter said.",
			mentions: []string{"Oona Mallory|PERSON"},
			want:     []want{{"We were never asked", ""}},
		},
		{
			name:     "a memo by a titled person is that person's",
			text:     "A memo by finance chief Jo Reed warns that cash is short. The memo adds: \"I do not trust the loan book.\"",
			mentions: []string{"Jo Reed|PERSON"},
			want:     []want{{"I do not trust the loan book.", "Jo Reed"}},
		},
		{
			name:     "a memo by a person with a capitalised title is that person's",
			text:     "A memo by CFO Jo Reed warns that cash is short. The memo adds: \"I do not trust the loan book.\"",
			mentions: []string{"Jo Reed|PERSON"},
			want:     []want{{"I do not trust the loan book.", "Jo Reed"}},
		},
		{
			name:     "a memo whose author the article does not give is nobody's",
			text:     "Jo Reed runs the firm. A leaked memo warns that cash is short. The memo adds: \"I do not trust the loan book.\"",
			mentions: []string{"Jo Reed|PERSON"},
			want:     []want{{"I do not trust the loan book.", ""}},
		},
		{
			name: "a statement by a named body is that body's",
			text: "A statement by the Harbour Authority called the closure necessary.\n\n" +
				"\"Safety comes first,\" the statement said.",
			mentions: []string{"Harbour Authority|ORG"},
			want:     []want{{"Safety comes first", "Harbour Authority"}},
		},
		{
			name: "a statement named beside its publisher is the publisher's",
			text: "The weekly newsletter, Fenwick Letter, said on Tuesday the talks had failed.\n\n" +
				"The newsletter said the firm had lost \"tens of millions\" on the deal.",
			mentions: []string{"Fenwick Letter|ORG"},
			want:     []want{{"tens of millions", "Fenwick Letter"}},
		},
		{
			name: "a body named in the description of a speaker does not break the quote after",
			text: `"The audit missed it," said Petra Lind, a former FDA auditor who now consults. ` +
				`"I expect the agency to look again."`,
			mentions: []string{"Petra Lind|PERSON", "FDA|ORG"},
			want:     []want{{"The audit missed it", "Petra Lind"}, {"I expect the agency", "Petra Lind"}},
		},
		{
			name:     "a body described after a speaker without the speaker's description keeps its place",
			text:     `"It is over," said Petra Lind. Asked about Lind, the FDA said it had no comment. "We wait," it said.`,
			mentions: []string{"Petra Lind|PERSON", "Lind=Petra Lind|PERSON", "FDA|ORG"},
			want:     []want{{"It is over", "Petra Lind"}, {"We wait", "FDA"}},
		},
		{
			name:     "two nouns joined by and before a name describe that one speaker",
			text:     "\"She never gave up,\" said her neighbour and friend Rosa Diaz, who knew her for years.",
			mentions: []string{"Rosa Diaz|PERSON"},
			want:     []want{{"She never gave up", "Rosa Diaz"}},
		},
		{
			name: "a quote paragraph after a sentence describing its subject speaking is theirs",
			text: "Greta Lind, speaking after the vote, looked relieved.\n" +
				"\"We have the numbers now. The rest is detail.\"",
			mentions: []string{"Greta Lind|PERSON"},
			want:     []want{{"We have the numbers", "Greta Lind"}},
		},
		{
			name: "a sentence describing its subject speaking with someone else named gives no speaker",
			text: "Greta Lind, speaking after meeting Otto Brask, looked relieved.\n" +
				"\"We have the numbers now.\"",
			mentions: []string{"Greta Lind|PERSON", "Otto Brask|PERSON"},
			want:     []want{{"We have the numbers", ""}},
		},
		{
			name: "a sentence about a person not speaking gives the next quote paragraph no speaker",
			text: "Greta Lind looked relieved.\n" +
				"\"We have the numbers now.\"",
			mentions: []string{"Greta Lind|PERSON"},
			want:     []want{{"We have the numbers", ""}},
		},
		{
			name:     "a person's reply before a colon is that person's words",
			text:     "Ruth Okafor's answer, given on live radio, was blunt: \"The money is gone.\"",
			mentions: []string{"Ruth Okafor|PERSON"},
			want:     []want{{"The money is gone.", "Ruth Okafor"}},
		},
		{
			name:     "a reply to another person before a colon gives no speaker",
			text:     "Ruth Okafor's reply to Sam Pell was short: \"No.\"",
			mentions: []string{"Ruth Okafor|PERSON", "Sam Pell|PERSON"},
			want:     []want{{"No.", ""}},
		},
		{
			name:     "a time phrase quoted as the words of a reporting verb is the speaker's",
			text:     "Otto Kern said the bridge could reopen \"later this month\" if the repairs held. He has promised an answer \"within days\".",
			mentions: []string{"Otto Kern|PERSON"},
			want:     []want{{"later this month", "Otto Kern"}, {"within days", "Otto Kern"}},
		},
		{
			name:     "a quoted phrase of a time and more words stays a statement",
			text:     "Otto Kern said the bridge would reopen \"next week at the latest\". \"Next week,\" he said.",
			mentions: []string{"Otto Kern|PERSON"},
			want:     []want{{"next week at the latest", "Otto Kern"}, {"Next week", "Otto Kern"}},
		},
		{
			name: "a short place adverbial before a possessive role and a name leaves the name the subject",
			text: "Nils Ostrow, for the council, said the tender was \"a sham\".\n\nOutside the tribunal, Varga's adviser Pia Lenz read a note. " +
				"\"We will study the ruling,\" she said. \"Then we will decide.\"",
			mentions: []string{"Nils Ostrow|PERSON", "Varga|PERSON", "Pia Lenz|PERSON"},
			want:     []want{{"a sham", "Nils Ostrow"}, {"We will study", "Pia Lenz"}, {"Then we will", "Pia Lenz"}},
		},
		{
			name:     "a word of place opening the subject itself is no adverbial",
			text:     "Nils Ostrow said the tender was \"a sham\".\n\nOutside advisers to Pia Lenz disagreed. \"It was fair,\" she said.",
			mentions: []string{"Nils Ostrow|PERSON", "Pia Lenz|PERSON"},
			want:     []want{{"a sham", "Nils Ostrow"}, {"It was fair", ""}},
		},
		{
			name:     "Her Honour is the one judge the article names",
			text:     "Judge Mara Quill adjourned the case until May. Her Honour said: \"These are grave matters.\"",
			mentions: []string{"Mara Quill|PERSON"},
			want:     []want{{"These are grave matters.", "Mara Quill"}},
		},
		{
			name:     "a pronoun after Her Honour as subject is the judge",
			text:     "The trial judge, Judge Mara Quill, thanked the jurors.\n\nHer Honour told jurors the trial would be long. \"Keep an open mind,\" she said.",
			mentions: []string{"Mara Quill|PERSON"},
			want:     []want{{"Keep an open mind", "Mara Quill"}},
		},
		{
			name: "Her Honour with two judges named stays unattributed",
			text: "Judge Mara Quill heard the first case and Judge Ada Penrose the second.\n\n" +
				"Her Honour said: \"These are grave matters.\"",
			mentions: []string{"Mara Quill|PERSON", "Ada Penrose|PERSON"},
			want:     []want{{"These are grave matters.", ""}},
		},
		{
			name:     "His Honour with no judge named stays unattributed",
			text:     "Mara Quill, prosecuting, spoke for an hour. His Honour said: \"These are grave matters.\"",
			mentions: []string{"Mara Quill|PERSON"},
			want:     []want{{"These are grave matters.", ""}},
		},
		{
			name:     "the words of reports a speaker comments on are the reports'",
			text:     "Nils Ostrow was commenting on press reports that traders had \"parked\" positions with the firm.",
			mentions: []string{"Nils Ostrow|PERSON"},
			want:     []want{{"parked", ""}},
		},
		{
			name:     "a verdict on reports is the speaker's own",
			text:     "Nils Ostrow called reports that a deal was near \"premature\".",
			mentions: []string{"Nils Ostrow|PERSON"},
			want:     []want{{"premature", "Nils Ostrow"}},
		},
		{
			name: "a person named with a role in apposition reads a statement before a colon, the role's owner in the possessive",
			text: "Outside court, Pia Lenz, Varga's adviser, reads a statement: \"We will study the ruling.\"\n\n" +
				"14:20 Pia Lenz, Varga's adviser, read a statement: \"We are relieved.\"",
			mentions: []string{"Pia Lenz|PERSON", "Varga|PERSON"},
			want:     []want{{"We will study", "Pia Lenz"}, {"We are relieved.", "Pia Lenz"}},
		},
		{
			name:     "the one asked answers when the pronoun cannot be the asker's",
			text:     "John Berg, for the council, asked Ms Lenz whether the plan had been costed. \"Not that I recall,\" she said.",
			mentions: []string{"John Berg|PERSON", "Lenz=Pia Lenz|PERSON"},
			want:     []want{{"Not that I recall", "Pia Lenz"}},
		},
		{
			name:     "an adverb of frequency between the subject and the verb",
			text:     "Nadia Rahm has always insisted the tax was \"a fair price for clean air\".",
			mentions: []string{"Nadia Rahm|PERSON"},
			want:     []want{{"a fair price", "Nadia Rahm"}},
		},
		{
			name: "the writer saying something before a colon is the byline's author",
			text: "By Lena Fors\n" +
				"Lena Fors is a former judge.\n" +
				"A young clerk asked me what mattered most. I said: \"The count nobody checks.\"",
			mentions: []string{"Lena Fors|PERSON"},
			want:     []want{{"The count nobody checks.", "Lena Fors"}},
		},
		{
			name: "the writer of an article by two authors is nobody in particular",
			text: "By Lena Fors and Ole Vik\n" +
				"Lena Fors and Ole Vik covered the count.\n" +
				"A young clerk asked me what mattered most. I said: \"The count nobody checks.\"",
			mentions: []string{"Lena Fors|PERSON", "Ole Vik|PERSON"},
			want:     []want{{"The count nobody checks.", ""}},
		},
		{
			name: "a heading quote of someone the body never reports speaking is nobody's",
			text: "Ivy Stone: 'the kindest woman in the village'\n\n" +
				"Ivy Stone, who died on Sunday, ran the post office for thirty years. Her son Carl said she \"never took a day off\".",
			mentions: []string{"Ivy Stone|PERSON", "Carl|PERSON"},
			want:     []want{{"the kindest woman", ""}, {"never took a day off", "Carl"}},
		},
		{
			name: "a heading quote of someone the body reports speaking stays theirs",
			text: "Ivy Stone: 'We will rebuild'\n\n" +
				"Ivy Stone spoke to residents on Sunday. She said the village would recover.",
			mentions: []string{"Ivy Stone|PERSON"},
			want:     []want{{"We will rebuild", "Ivy Stone"}},
		},
		{
			name:     "a quoted message that a relative clause describes is not the describer's",
			text:     "The prosecution showed a note he sent to a colleague in 2019 - \"Job done. Keep it quiet\" - which Oliver Stavely QC described in his closing speech as \"a plain admission\".",
			mentions: []string{"Oliver Stavely|PERSON"},
			want:     []want{{"Job done", ""}, {"a plain admission", "Oliver Stavely"}},
		},
		{
			name:     "a quote a relative clause repeats is the repeater's",
			text:     "He ended with a promise - \"We will be back\" - which Ana Pirel repeated on Friday.",
			mentions: []string{"Ana Pirel|PERSON"},
			want:     []want{{"We will be back", "Ana Pirel"}},
		},
		{
			name:     "words quoted in an opening question are not the answer's",
			text:     "Asked by prosecutor Dana Whitlow whether she had \"made the whole thing up\", Ms Orrin replied: \"Certainly not.\"",
			mentions: []string{"Dana Whitlow|PERSON", "Orrin|PERSON"},
			want:     []want{{"made the whole thing up", ""}, {"Certainly not", "Orrin"}},
		},
		{
			name:     "a quote after the opening question's comma is the answer",
			text:     "Asked about the delay, \"We are nearly there,\" Colm Ruddy said.",
			mentions: []string{"Colm Ruddy|PERSON"},
			want:     []want{{"We are nearly there", "Colm Ruddy"}},
		},
		{
			name: "the group is no commissioner that spoke before it",
			text: "The Office of the Information Commissioner (OIC) opened an inquiry into the Harlow Care Group on Monday.\n\n" +
				"Fines are possible, although the OIC has said it is reluctant to fine charities.\n\n" +
				"The group said it would help. \"We will answer every question the commissioner has,\" a spokesperson said.",
			mentions: []string{"Office of the Information Commissioner|ORG", "OIC=Office of the Information Commissioner|ORG", "Harlow Care Group|ORG"},
			want:     []want{{"We will answer", "Harlow Care Group"}},
		},
		{
			name: "the group that is no public body stays open among two groups",
			text: "The Office of the Information Commissioner (OIC) opened an inquiry into the Harlow Care Group and the Stenning Group on Monday.\n\n" +
				"Fines are possible, although the OIC has said it is reluctant to fine charities.\n\n" +
				"The group said it would help. \"We will answer every question,\" a spokesperson said.",
			mentions: []string{"Office of the Information Commissioner|ORG", "OIC=Office of the Information Commissioner|ORG", "Harlow Care Group|ORG", "Stenning Group|ORG"},
			want:     []want{{"We will answer", ""}},
		},
	}
	checkCases(t, tests)
}

func TestHardWrappedCopy(t *testing.T) {
	text := "Rau told reporters the bank was doing well.\n    \"We're going to see a\ncontinued shaking-out,\" Rau said.\n    \"The odds are against\nother banks,\" he added.\n"
	sents := []doc.Sentence{
		{Span: doc.Span{Start: 0, End: strings.Index(text, "\n")}, Para: 0},
		{Span: doc.Span{Start: strings.Index(text, "\"We"), End: strings.Index(text, "said.") + 5}, Para: 1},
		{Span: doc.Span{Start: strings.Index(text, "\"The"), End: strings.Index(text, "added.") + 6}, Para: 2},
	}
	got := Find(text, sents, ments(text, "Rau=John Rau|PERSON"))
	if len(got) != 2 || got[0].Speaker != "John Rau" || got[1].Speaker != "John Rau" {
		t.Fatalf("got %+v, want two quotes by John Rau", got)
	}
	if !strings.Contains(got[0].Text, "see a continued") {
		t.Errorf("quote %q should run across the line break as one line", got[0].Text)
	}
}

func TestPartialMarksFragments(t *testing.T) {
	text := "Ushakov described the talks as “constructive”. “There is work to do,” he said."
	got := Find(text, nil, ments(text, "Ushakov|PERSON"))
	if len(got) != 2 || !got[0].Partial || got[1].Partial {
		t.Fatalf("got %+v, want a partial quote then a full one", got)
	}
}

func TestBoilerplateSentencesAreSkipped(t *testing.T) {
	text := "“Read more,” the site said.\n“We are ready,” Ushakov said."
	sents := []doc.Sentence{
		{Span: doc.Span{Start: 0, End: strings.Index(text, "\n")}, Para: 0, Boilerplate: true},
		{Span: doc.Span{Start: strings.Index(text, "\n") + 1, End: len(text)}, Para: 1},
	}
	got := Find(text, sents, ments(text, "Ushakov|PERSON"))
	if len(got) != 1 || got[0].Speaker != "Ushakov" {
		t.Fatalf("got %+v, want only Ushakov's quote", got)
	}
}

func TestSpeechVerbInflections(t *testing.T) {
	for _, form := range []string{"said", "says", "saying", "told", "tells", "added", "warned", "wrote",
		"stated", "mentioned", "remarked", "acknowledged", "asserted", "characterized", "characterised",
		"instructed", "denied", "replied", "testified", "quipped", "admitted", "argues", "stressed",
		"pleaded", "whispered", "begged", "texted", "blogged", "confessed", "snapped", "demanded", "thanked"} {
		if speechVerbs[form] == "" {
			t.Errorf("%q is not a verb of saying", form)
		}
	}
	for _, form := range []string{"comments", "remarks", "report", "statement", "speaking", "demands", "texts", "messages", "thanks"} {
		if speechVerbs[form] != "" {
			t.Errorf("%q is taken as a verb of saying", form)
		}
	}
}
