package quotes

import (
	"sort"
	"strings"
	"testing"

	"newsbot/extract/doc"
	"newsbot/extract/segment"
)

// Pronouns and sentence subjects: who "he" and "she" stand for, and which
// names can be speakers at all. Each case is built in the shape of a
// misattribution seen on newswire or web copy.
func TestPronounsAndSubjects(t *testing.T) {
	tests := []quoteCase{
		{
			name: "the person an inverted sentence of presence brings in is the he that follows",
			text: "Inspector Morven Adair had ordered the pier closed before dawn.\n\n" +
				"Dozens of anglers waited at the gate. Among them was Callum Birtwhistle, a baker who had queued since midnight. \"Worth every minute,\" he said.",
			mentions: []string{"Morven Adair|PERSON", "Callum Birtwhistle|PERSON"},
			want:     []want{{"Worth every", "Callum Birtwhistle"}},
		},
		{
			name: "a she after a sentence whose subject is a name described as a person is that person",
			text: "At Tarrow High, head of year Gwen Pryce said the change was \"overdue\". " +
				"Lena Marsh, the Tarrow pupil who sat the paper twice, will now get her original mark. \"I could not believe it,\" she said.",
			mentions: []string{"Gwen Pryce|PERSON", "Lena Marsh|PERSON"},
			want:     []want{{"overdue", "Gwen Pryce"}, {"I could not believe it", "Lena Marsh"}},
		},
		{
			name: "a she after a described subject the tagger took for a place stays unresolved",
			text: "At Tarrow High, head of year Gwen Pryce said the change was \"overdue\". " +
				"Lena, the Tarrow pupil who sat the paper twice, will now get her original mark. \"I could not believe it,\" she said.",
			mentions: []string{"Gwen Pryce|PERSON", "Lena|PLACE"},
			want:     []want{{"overdue", "Gwen Pryce"}, {"I could not believe it", ""}},
		},
		{
			name: "a body described by a noun in -er before a she keeps the speaker",
			text: "Head of sales Gwen Pryce said the harvest was \"poor\". " +
				"Tarrow Mills, the largest grain producer in the county, has cut prices. \"We expected worse,\" she said.",
			mentions: []string{"Gwen Pryce|PERSON", "Tarrow Mills|ORG"},
			want:     []want{{"poor", "Gwen Pryce"}, {"We expected worse", "Gwen Pryce"}},
		},
		{
			name: "a name described as a place before a she keeps the speaker",
			text: "Head of year Gwen Pryce said the change was \"overdue\". " +
				"Tarrow, the market town where she grew up, has two schools. \"I could not believe it,\" she said.",
			mentions: []string{"Gwen Pryce|PERSON", "Tarrow|PLACE"},
			want:     []want{{"overdue", "Gwen Pryce"}, {"I could not believe it", "Gwen Pryce"}},
		},
		{
			name:     "a pronoun in a live page's entry is never a speaker of an earlier entry",
			text:     "15:10\nBeds full\n\nWard sister Dr Glenys Ap-Rhys says more beds are ready. \"We are coping,\" she says.\n\n13:25\nA parent's story\n\nWe've been speaking to Owain Pritchard, whose daughter caught flu last week. He tells us she is back to her \"cheeky old self\".",
			mentions: []string{"Glenys Ap-Rhys|PERSON", "Owain Pritchard|PERSON"},
			want:     []want{{"We are coping", "Glenys Ap-Rhys"}, {"cheeky old self", "Owain Pritchard"}},
		},
		{
			name:     "a pronoun in a live page's entry naming two people stays unresolved",
			text:     "15:10\nBeds full\n\n\"We are coping,\" Dr Glenys Ap-Rhys says.\n\n13:25\nA parent's story\n\nWe spoke to Owain Pritchard and Dafydd Rees. He tells us it was \"a long week\".",
			mentions: []string{"Glenys Ap-Rhys|PERSON", "Owain Pritchard|PERSON", "Dafydd Rees|PERSON"},
			want:     []want{{"We are coping", "Glenys Ap-Rhys"}, {"a long week", ""}},
		},
		{
			name:     "after a she, a he is the one person the paragraph before is about",
			text:     "Dr Ade Okafor, the chief officer, praised the staff. \"The figures are bad,\" she said.\n\nFor Owain Pritchard, whose son fell ill, the news is a relief.\n\n\"My boy is fine,\" he said.",
			mentions: []string{"Ade Okafor|PERSON", "Owain Pritchard|PERSON"},
			want:     []want{{"The figures", "Ade Okafor"}, {"My boy", "Owain Pritchard"}},
		},
		{
			name:     "a she with no speaker before is the one person named nearby a title makes a woman",
			text:     "When Mrs Morfudd Evans took the call from the agency, she had run the school for years.\n\n\"They told me to close,\" she told the paper.",
			mentions: []string{"Morfudd Evans|PERSON"},
			want:     []want{{"They told me", "Morfudd Evans"}},
		},
		{
			name:     "a role and a gesture before a colon speak the quote, resolved as for the role said",
			text:     "Trade minister Rana Kest has just spoken to reporters. “This is a fine day,” he said.\n\nAsked whether he had given away too much, the minister smiled: ‘One thing. One good thing.’",
			mentions: []string{"Rana Kest|PERSON"},
			want:     []want{{"This is", "Rana Kest"}, {"One thing", "Rana Kest"}},
		},
		{
			name: "a name after an inverted sentence of presence of the other sex is no he",
			text: "Inspector Tomas Adair had ordered the pier closed before dawn. \"We had no choice,\" he said.\n\n" +
				"Among the anglers was Grace Pemberton, a baker. \"It was cold,\" he added.",
			mentions: []string{"Tomas Adair|PERSON", "Grace Pemberton|PERSON"},
			want:     []want{{"We had no", "Tomas Adair"}, {"It was cold", "Tomas Adair"}},
		},
		{
			name: "a name the tagger missed with its role set off is the he that follows",
			text: "\"A red warning is useless,\" said Piet Kallas, a hydrologist.\n\n" +
				"Reyes-Holt, the interior minister, has defended the agencies. \"The system worked as designed,\" he told parliament.",
			mentions: []string{"Piet Kallas|PERSON"},
			want:     []want{{"A red warning", "Piet Kallas"}, {"The system", "Reyes-Holt"}},
		},
		{
			name: "a company with its kind set off is no he",
			text: "\"A red warning is useless,\" said Piet Kallas, a hydrologist.\n\n" +
				"Fordham, the carmaker, has defended the plant. \"The plant worked as designed,\" he told parliament.",
			mentions: []string{"Piet Kallas|PERSON"},
			want:     []want{{"A red warning", "Piet Kallas"}, {"The plant", "Piet Kallas"}},
		},
		{
			name: "a relative clause beside a name does not describe them",
			text: "Mayor Maria Keller accused the carmaker of leaving.\n\n" +
				"The firm's chief executive, Thomas Keller, who is not related to the mayor, defended the decision. \"We cannot keep it open,\" he said.\n\n" +
				"The mayor said she would ask for a review. \"We will look at every contract,\" she said.",
			mentions: []string{"Maria Keller|PERSON", "Thomas Keller|PERSON"},
			want:     []want{{"We cannot", "Thomas Keller"}, {"We will look", "Maria Keller"}},
		},
		{
			name: "a participle clause opening the sentence does not hide the subject a she stands for",
			text: "Outside court, a statement was read by the family's solicitor, Rebecca Adeyemi.\n\n" +
				"Ms Adeyemi said the family would consider the findings.\n\n" +
				"Giving evidence earlier in the week, the trust's medical director, Prof Dame Julia Fenwick, apologised to the family. " +
				"\"We failed Mrs Lunn, and I am deeply sorry,\" she told the court.",
			mentions: []string{"Rebecca Adeyemi|PERSON", "Adeyemi=Rebecca Adeyemi|PERSON", "Julia Fenwick|PERSON", "Lunn|PERSON"},
			want:     []want{{"We failed", "Julia Fenwick"}},
		},
		{
			name: "a past participle and a preposition open a clause before the subject a she stands for",
			text: "Ms Adeyemi said the family would consider the findings.\n\n" +
				"Called as a witness, the trust's medical director, Dame Julia Fenwick, apologised to the family. " +
				"\"We failed Mrs Lunn,\" she told the court.",
			mentions: []string{"Adeyemi=Rebecca Adeyemi|PERSON", "Julia Fenwick|PERSON", "Lunn|PERSON"},
			want:     []want{{"We failed", "Julia Fenwick"}},
		},
		{
			name: "a participle with no comma after it opens the subject a he stands for",
			text: "\"We will appeal,\" Omar Rashid said on Saturday.\n\n" +
				"Rising star David Osei won the vote in Geneva. \"It was close,\" he said.",
			mentions: []string{"Omar Rashid|PERSON", "David Osei|PERSON", "Geneva|PLACE"},
			want:     []want{{"We will appeal", "Omar Rashid"}, {"It was close", "David Osei"}},
		},
		{
			name: "a person set off after a description and doing something since the last speaker leaves she open",
			text: "\"We will appeal,\" Marta Lind said on Saturday.\n\n" +
				"Reports said that the minister's deputy, Kaja Karas, was in Geneva. " +
				"\"An agreement on paper is worth the paper,\" she told state television.",
			mentions: []string{"Marta Lind|PERSON", "Kaja Karas|PERSON", "Geneva|PLACE"},
			want:     []want{{"We will appeal", "Marta Lind"}, {"An agreement", ""}},
		},
		{
			name: "a described person made the subject since the last speaker leaves he open",
			text: "Tove Lindqvist, a former colleague, recalled that he \"never left a meeting early\".\n\n" +
				"Questioned by reporters on Friday about a deal, the negotiator was guarded.\n\n" +
				"\"Nothing is agreed yet,\" he said.",
			mentions: []string{"Tove Lindqvist|PERSON"},
			want:     []want{{"never left", "Tove Lindqvist"}, {"Nothing is agreed", ""}},
		},
		{
			name: "the role the last speaker was named by, made the subject since, keeps he with them",
			text: "The Halden Grain Board will cut prices, a board spokesman said.\n\n" +
				"The spokesman declined to give figures.\n\n" +
				"\"It is serious,\" he said.",
			mentions: []string{"Halden Grain Board|ORG"},
			want:     []want{{"It is serious", "Halden Grain Board"}},
		},
		{
			name: "the role the last speaker was given, made the subject since, keeps he with them",
			text: "\"We are close,\" said the negotiator, Arvid Holm.\n\n" +
				"Questioned by reporters on Friday about a deal, the negotiator was guarded.\n\n" +
				"\"Nothing is agreed yet,\" he said.",
			mentions: []string{"Arvid Holm|PERSON"},
			want:     []want{{"We are close", "Arvid Holm"}, {"Nothing is agreed", "Arvid Holm"}},
		},
		{
			name: "a name set off after a description of a thing is no other subject even when tagged a person",
			text: "Ryzhkov said the state planning agency, Gosplan, would be restructured. " +
				"\"We need a fundamentally new approach to yearly planning,\" he added.",
			mentions: []string{"Ryzhkov|PERSON", "Gosplan|PERSON"},
			want:     []want{{"We need a fundamentally", "Ryzhkov"}},
		},
		{
			name: "a person set off after a description of the other sex leaves he with the last speaker",
			text: "\"I answer to the families,\" Omar Rashid said on Saturday.\n\n" +
				"Reports said that his wife, Kaja Karas, was in Geneva. " +
				"\"An agreement on paper is worth the paper,\" he told state television.",
			mentions: []string{"Omar Rashid|PERSON", "Kaja Karas|PERSON", "Geneva|PLACE"},
			want:     []want{{"I answer", "Omar Rashid"}, {"An agreement", "Omar Rashid"}},
		},
		{
			name: "he after a speaker named by a shared surname is the person the surname names",
			text: "Fire Chief Dana Alvarez said the danger had not passed.\n\n" +
				"Among those who lost everything is Miguel Alvarez, 58. Alvarez, who is not related to the fire chief, said he watched from the road.\n\n" +
				"\"I had maybe ten minutes,\" he said. \"I got the dog and the truck.\"",
			mentions: []string{"Dana Alvarez|PERSON", "Miguel Alvarez|PERSON", "Alvarez=Miguel Alvarez|PERSON"},
			want:     []want{{"I had maybe", "Miguel Alvarez"}, {"I got the dog", "Miguel Alvarez"}},
		},
		{
			name: "someone else made the subject of a verb since the last speaker leaves the pronoun open",
			text: "\"I answer to the families,\" Omar Rashid said on Saturday.\n\n" +
				"In Meshkan, the minister has presented the deal as a victory, but Farahany has been more cautious. " +
				"\"An agreement on paper is worth the paper,\" he told state television.",
			mentions: []string{"Omar Rashid|PERSON", "Meshkan|PLACE", "Farahany|PERSON"},
			want:     []want{{"I answer", "Omar Rashid"}, {"An agreement", ""}},
		},
		{
			name: "someone else named only as an object does not leave the pronoun open",
			text: "\"I answer to the families,\" Omar Rashid said on Saturday.\n\n" +
				"He met Farahany in Geneva. \"An agreement on paper is worth the paper,\" he told state television.",
			mentions: []string{"Omar Rashid|PERSON", "Farahany|PERSON"},
			want:     []want{{"I answer", "Omar Rashid"}, {"An agreement", "Omar Rashid"}},
		},
		{
			name: "a woman made the subject since the last speaker does not leave his pronoun open",
			text: "\"I answer to the families,\" Omar Rashid said on Saturday.\n\n" +
				"Mary Jones has been more cautious. \"An agreement on paper is worth the paper,\" he told state television.",
			mentions: []string{"Omar Rashid|PERSON", "Mary Jones|PERSON"},
			want:     []want{{"I answer", "Omar Rashid"}, {"An agreement", "Omar Rashid"}},
		},
		{
			name: "a person brought in with there is is who she is",
			text: "\"My job is to keep the lights on,\" Agnieszka Dabrowska said.\n\n" +
				"Then there is Zofia Grabowska, the party leader who started all this. Her party is polling at 11 per cent. " +
				"She insists she has no preference. \"We will talk to whoever respects the countryside,\" she told me.",
			mentions: []string{"Agnieszka Dabrowska|PERSON", "Zofia Grabowska|PERSON"},
			want:     []want{{"My job", "Agnieszka Dabrowska"}, {"We will talk", "Zofia Grabowska"}},
		},
		{
			name: "the person a labelled line introduces is who the paragraph's he is",
			text: "LOSER: Mark Dunn. The former energy minister was sacked. \"I wish my successor well,\" he said.\n\n" +
				"NEUTRAL: Sir Ralph Moss. The outgoing trade minister leaves on his own terms. He said he was \"glad to hand over\".",
			mentions: []string{"Mark Dunn|PERSON", "Ralph Moss|PERSON"},
			want:     []want{{"I wish", "Mark Dunn"}, {"glad to hand", "Ralph Moss"}},
		},
		{
			name: "a labelled line naming no person leaves the last speaker as he",
			text: "\"We lost,\" said Mark Dunn.\n\n" +
				"VERDICT: A fair result. He said it was \"time to rebuild\".",
			mentions: []string{"Mark Dunn|PERSON"},
			want:     []want{{"We lost", "Mark Dunn"}, {"time to rebuild", "Mark Dunn"}},
		},
		{
			name:     "a dateline is not the subject of the sentence after it",
			text:     `ANKARA — Turkish President Recep Tayyip Erdoğan offered on Tuesday to host a conference, saying Turkey was "ready to carry the burden."`,
			mentions: []string{"ANKARA|PLACE", "Turkish|OTHER", "Recep Tayyip Erdoğan|PERSON", "Turkey|PLACE"},
			want:     []want{{"ready to carry", "Recep Tayyip Erdoğan"}},
		},
		{
			name: "he after a woman speaker goes to the man just named",
			text: "Prime Minister Margaret Thatcher backs the plan.\n" +
				"    But sources said she is angry about the barriers -- a view voiced today by her defence minister, George Younger.\n" +
				"    He told businessmen, \"We in Europe welcome cooperation.\"\n" +
				"    He added, \"But I do worry.\"",
			mentions: []string{"Margaret Thatcher|PERSON", "George Younger|PERSON"},
			want:     []want{{"We in Europe", "George Younger"}, {"But I do worry", "George Younger"}},
		},
		{
			name: "the agent of a passive sentence is who the next he means",
			text: "Finance minister Gerhard Stoltenberg argues that the shifts have taken place.\n" +
				"    A similar argument was made on Capitol Hill this week by Federal Reserve Board chairman Paul Volcker. A further fall would \"clearly pose substantial risks,\" he said.",
			mentions: []string{"Gerhard Stoltenberg|PERSON", "Capitol Hill|PLACE", "Federal Reserve Board|ORG", "Paul Volcker|PERSON"},
			want:     []want{{"clearly pose", "Paul Volcker"}},
		},
		{
			name: "a person introduced after the last speaker takes the next he",
			text: "Bundesbank President Karl Otto Poehl also spoke of the need for growth.\n" +
				"    \"We have to recognise limits,\" he said.\n" +
				"    This stance was taken by Kohl when he outlined his plans last week.\n" +
				"    Referring to tax cuts, he said, \"With these policies we have made a contribution.\"",
			mentions: []string{"Bundesbank|ORG", "Karl Otto Poehl|PERSON", "Kohl=Helmut Kohl|PERSON"},
			want:     []want{{"We have to", "Karl Otto Poehl"}, {"With these policies", "Helmut Kohl"}},
		},
		{
			name: "a passive inside reported speech names no new topic",
			text: "Bosworth said hope had been placed on the reform promised by President Corazon Aquino, but he warned it was no cure.\n" +
				"    \"This has to be off-farm employment,\" he declared.",
			mentions: []string{"Bosworth=Stephen Bosworth|PERSON", "Corazon Aquino|PERSON"},
			want:     []want{{"This has to be", "Stephen Bosworth"}},
		},
		{
			name: "a name run together with the employer is still a person",
			text: "\"It's not inconceivable,\" said Ward McCarthy of Merrill Lynch.\n" +
				"    Jeffrey Leeds of Chemical Bank had not been convinced. But after reviewing the figures, he said, \"It's fair to say the Fed may be moving.\"",
			mentions: []string{"Ward McCarthy|PERSON", "Merrill Lynch|ORG", "Jeffrey Leeds of Chemical Bank|ORG"},
			want:     []want{{"It's not", "Ward McCarthy"}, {"It's fair", "Jeffrey Leeds"}},
		},
		{
			name:     "two asides between a subject and its verb are both skipped",
			text:     `Prince Abdullah, in an interview with the Kuwait magazine Al-Majalis, carried by the official Saudi Press Agency (SPA), said: "Important progress will happen."`,
			mentions: []string{"Abdullah|PERSON", "Kuwait|PLACE", "Al-Majalis|PLACE", "Saudi Press Agency|ORG", "SPA|ORG"},
			want:     []want{{"Important progress", "Abdullah"}},
		},
		{
			name: "a publication tagged as a person is no he",
			text: "Prince Abdullah spoke of progress in the war.\n" +
				"The Kuwait magazine Al-Majalis said it had interviewed him. \"Progress will happen,\" he said.",
			mentions: []string{"Abdullah|PERSON", "Kuwait|PLACE", "Al-Majalis|PERSON"},
			want:     []want{{"Progress will happen", "Abdullah"}},
		},
		{
			name:     "who stands for the person named before it",
			text:     `The issue was discussed with several senators, including Mitchell who urged Canada to "keep the heat on" the administration, Canadian officials said.`,
			mentions: []string{"Mitchell=George Mitchell|PERSON", "Canada|PLACE", "Canadian|OTHER"},
			want:     []want{{"keep the heat on", "George Mitchell"}},
		},
		{
			name:     "a place speaks only when it is the subject of its verb",
			text:     `The United States will push for a strong statement, urging "comprehensive" talks on farm subsidies.`,
			mentions: []string{"United States|PLACE"},
			want:     []want{{"comprehensive", ""}},
		},
		{
			name: "a pronoun of the other sex keeps the only person named just before",
			text: "Foreign policy chief Maria Lenz said on Wednesday there was no sign of a ceasefire.\n" +
				"Lenz said more sanctions were needed.\n" +
				"\"Any agreement should focus on Russia,\" he said.",
			mentions: []string{"Maria Lenz|PERSON", "Lenz=Maria Lenz|PERSON"},
			want:     []want{{"Any agreement", "Maria Lenz"}},
		},
		{
			name: "a pronoun of the other sex with nobody named nearby stays unattributed",
			text: "Anna Berg said the plan was sound.\n" +
				"The committee met on Monday and agreed on a budget.\n" +
				"\"We will look at every contract,\" he said.",
			mentions: []string{"Anna Berg|PERSON"},
			want:     []want{{"We will look", ""}},
		},
		{
			name: "a pronoun of the other sex with two people nearby stays unattributed",
			text: "Anna Berg said the plan was sound.\n" +
				"She met John Smith and Peter Jones on Monday.\n" +
				"\"It went well,\" he said.",
			mentions: []string{"Anna Berg|PERSON", "John Smith|PERSON", "Peter Jones|PERSON"},
			want:     []want{{"It went well", ""}},
		},
		{
			name: "a reply of the other sex is the other person of the exchange, not a slip for the asker",
			text: "The actress Noor Castell told the tribunal she had never seen the contract.\n" +
				"She was questioned by Peter Grant, for the studio.\n" +
				"\"You signed it in 2019, didn't you?\" Grant asked. \"No,\" she replied. \"My agent signed everything.\"",
			mentions: []string{"Noor Castell|PERSON", "Peter Grant|PERSON", "Grant=Peter Grant|PERSON"},
			want:     []want{{"You signed", "Peter Grant"}, {"No", "Noor Castell"}, {"My agent", "Noor Castell"}},
		},
		{
			name: "an answer of the other sex to a question is the other person's too",
			text: "Ms Ilse Varga denied any part in the scheme.\n" +
				"\"Did you read the emails?\" Peter Grant asked. \"Never,\" she said.",
			mentions: []string{"Ilse Varga|PERSON", "Peter Grant|PERSON"},
			want:     []want{{"Did you read", "Peter Grant"}, {"Never", "Ilse Varga"}},
		},
		{
			name: "a reply goes to nobody when nothing tells who the woman is",
			text: "Noor Castell told the tribunal the contract was never seen.\n" +
				"\"You signed it, didn't you?\" Peter Grant asked. \"No,\" she replied.",
			mentions: []string{"Noor Castell|PERSON", "Peter Grant|PERSON"},
			want:     []want{{"You signed", "Peter Grant"}, {"No", ""}},
		},
		{
			name: "a reply goes to the woman a sentence about her alone calls she",
			text: "Noor Castell told the tribunal she had never seen the contract.\n" +
				"\"You signed it, didn't you?\" Peter Grant asked. \"No,\" she replied.",
			mentions: []string{"Noor Castell|PERSON", "Peter Grant|PERSON"},
			want:     []want{{"You signed", "Peter Grant"}, {"No", "Noor Castell"}},
		},
		{
			name: "a title the article gives a person vetoes a pronoun of the other sex",
			text: "The singer Jody Kettering said a post by the founder Delphine Marsh had made him \"the most hated man\".\n\n" +
				"Kettering, 34, is suing Ms Marsh over a post in which she wrote that \"certain artists' demands\" had \"made this festival impossible\". " +
				"Mr Kettering says readers understood the post.",
			mentions: []string{"Jody Kettering|PERSON", "Delphine Marsh|PERSON", "Kettering=Jody Kettering|PERSON", "Marsh=Delphine Marsh|PERSON"},
			want:     []want{{"the most", "Jody Kettering"}, {"certain", "Delphine Marsh"}, {"made", "Delphine Marsh"}},
		},
		{
			name: "a title on a surname alone may be a spouse's and vetoes nothing",
			text: "President Reagan denounced reports that his wife, Nancy, is running the government. He said the reports had \"touched a nerve.\" " +
				"The president and Mrs Reagan celebrate their anniversary today.",
			mentions: []string{"Reagan|PERSON", "Nancy|PERSON"},
			want:     []want{{"touched a nerve.", "Reagan"}},
		},
		{
			name: "a sentence about one person alone tells her sex by its pronouns",
			text: "Delphine Marsh is sitting in a pub, a month after the worst week of her career.\n\n" +
				"In 2011 she founded the festival with her then-partner, the sound engineer Colin Rudd. " +
				"\"I built it in a field with borrowed speakers,\" she recalls. \"We sold 2,000 tickets.\"",
			mentions: []string{"Delphine Marsh|PERSON", "Colin Rudd|PERSON"},
			want:     []want{{"I built", "Delphine Marsh"}, {"We sold", "Delphine Marsh"}},
		},
		{
			name: "a sentence naming two people tells nobody's sex",
			text: "Delphine Marsh met Sam Reyes, a month after the worst week of her career.\n\n" +
				"In 2011 she founded the festival with her then-partner, the sound engineer Colin Rudd. " +
				"\"I built it in a field with borrowed speakers,\" she recalls.",
			mentions: []string{"Delphine Marsh|PERSON", "Sam Reyes|PERSON", "Colin Rudd|PERSON"},
			want:     []want{{"I built", ""}},
		},
		{
			name: "an indefinite object of a preposition is no speaker a pronoun can mean",
			text: "Delphine Marsh is in a pub, a month after the worst week of her career.\n\n" +
				"In 2019, Marsh sold a stake to Brightwater Live, the events group, for a sum reported at the time to be 12 million. She stayed on.\n\n" +
				"\"Selling was the right decision then,\" she says.",
			mentions: []string{"Delphine Marsh|PERSON", "Marsh=Delphine Marsh|PERSON", "Brightwater Live|ORG"},
			want:     []want{{"Selling", "Delphine Marsh"}},
		},
		{
			name: "a present tense usually a noun is a verb of saying after she",
			text: "Delphine Marsh grew up in Leeds, where her father worked.\n\n" +
				"Asked what she would tell her younger self, she laughs. \"Buy your own speakers.\"",
			mentions: []string{"Delphine Marsh|PERSON"},
			want:     []want{{"Buy", "Delphine Marsh"}},
		},
		{
			name:     "a present tense usually a noun after a quote and she",
			text:     "Delphine Marsh grew up in Leeds.\n\n\"Buy your own speakers,\" she laughs.",
			mentions: []string{"Delphine Marsh|PERSON"},
			want:     []want{{"Buy", "Delphine Marsh"}},
		},
		{
			name:     "a noun form after a possessive stays a noun",
			text:     "Delphine Marsh grew up in Leeds.\n\nHer laughs filled the room. \"Buy your own speakers.\"",
			mentions: []string{"Delphine Marsh|PERSON"},
			want:     []want{{"Buy", ""}},
		},
		{
			name: "a relative's name the tagger took for a place is a person",
			text: "Among the freed was Lt. Dmytro Savchuk, 24. Savchuk's mother, Halyna, had waited at the crossing since dawn.\n\n" +
				"\"I did not sleep for four months,\" she said. \"Tonight I will sleep.\"",
			mentions: []string{"Dmytro Savchuk|PERSON", "Savchuk=Dmytro Savchuk|PERSON", "Halyna|PLACE"},
			want:     []want{{"I did not sleep", "Halyna"}, {"Tonight", "Halyna"}},
		},
		{
			name: "two titles joined by and before one name are that one person's",
			text: "\"Separation confirmed,\" mission director Tavita Leota said.\n\n" +
				"Acme founder and chief executive Maria Lopez-Grant said the launch marked a turning point. \"Thursday we were patient,\" she said.",
			mentions: []string{"Tavita Leota|PERSON", "Acme|ORG", "Maria Lopez-Grant|PERSON"},
			want:     []want{{"Separation", "Tavita Leota"}, {"Thursday", "Maria Lopez-Grant"}},
		},
		{
			name:     "a title and a name joined by and are two people",
			text:     "The founder and Maria Lopez-Grant said the launch was \"a turning point\".",
			mentions: []string{"Maria Lopez-Grant|PERSON"},
			want:     []want{{"a turning point", ""}},
		},
		{
			name: "a name set off with the body it belongs to is the subject a he stands for",
			text: "\"We are talking about how far we overshoot,\" said Professor Sunna Dahl, a physicist.\n\n" +
				"The other co-chair, Dr Kofi Mensah-Boateng of the University of Ghana, said the findings were \"not a counsel of despair\". \"Every tenth of a degree matters,\" he said.",
			mentions: []string{"Sunna Dahl|PERSON", "Kofi Mensah-Boateng|PERSON", "University of Ghana|ORG"},
			want: []want{{"We are talking", "Sunna Dahl"}, {"not a counsel", "Kofi Mensah-Boateng"},
				{"Every tenth", "Kofi Mensah-Boateng"}},
		},
		{
			name: "a co-chair left unnamed is the he that follows, who stays unattributed",
			text: "\"We are talking about how far we overshoot,\" said Professor Sunna Dahl, a physicist.\n\n" +
				"The other co-chair, who was not named, said the findings were grim. \"Every tenth of a degree matters,\" he said.",
			mentions: []string{"Sunna Dahl|PERSON"},
			want:     []want{{"We are talking", "Sunna Dahl"}, {"Every tenth", ""}},
		},
		{
			name: "the one person the writer put a question to is the she who answers",
			text: "Professor Sunna Dahl, the panel's co-chair, says we are talking about \"how far we overshoot\".\n\n" +
				"I put this to Priya Nair-Hale, an economist at the Policy Institute. \"Targets are useful,\" she told me. \"Once they look impossible, they are an excuse.\"",
			mentions: []string{"Sunna Dahl|PERSON", "Priya Nair-Hale|PERSON", "Policy Institute|ORG"},
			want:     []want{{"how far", "Sunna Dahl"}, {"Targets", "Priya Nair-Hale"}, {"Once they", "Priya Nair-Hale"}},
		},
		{
			name: "a person the writer asked who does not fit the pronoun is not the one who answers",
			text: "Professor Sunna Dahl, the panel's co-chair, says we are talking about \"how far we overshoot\".\n\n" +
				"I put this to Anil Rao, an economist at the Policy Institute. \"Targets are useful,\" she told me.",
			mentions: []string{"Sunna Dahl|PERSON", "Anil Rao|PERSON", "Policy Institute|ORG"},
			want:     []want{{"how far", "Sunna Dahl"}, {"Targets", ""}},
		},
		{
			name: "a she attributing the quote after a sentence opened by a name tells that person's sex",
			text: "Sunna Dahl told the paper the data had changed. \"We now measure it in real time,\" she added.\n\n" +
				"The report was published on Monday.\n\n" +
				"\"Every tenth of a degree matters,\" he said.",
			mentions: []string{"Sunna Dahl|PERSON"},
			want:     []want{{"We now measure", "Sunna Dahl"}, {"Every tenth", ""}},
		},
		{
			name: "a role opening the sentence after one about a named person is that person",
			text: "Tomas Orlov has resigned. Speaking to staff in Brno, the outgoing chairman said he would stay on as an adviser.\n" +
				"\"I leave with no regrets,\" he said.",
			mentions: []string{"Tomas Orlov|PERSON"},
			want:     []want{{"I leave", "Tomas Orlov"}},
		},
		{
			name: "a role after a sentence naming two people stays open",
			text: "Tomas Orlov met Ilse Brandt on Monday. The chairman said the talks had gone well.\n" +
				"\"We agreed on nothing yet,\" he said.",
			mentions: []string{"Tomas Orlov|PERSON", "Ilse Brandt|PERSON"},
			want:     []want{{"We agreed", ""}},
		},
		{
			name: "a role after a sentence about a person the article gives another role stays open",
			text: "Opposition leader Tomas Orlov attacked the budget. The minister said the plan would pass.\n" +
				"\"We have the votes,\" he said.",
			mentions: []string{"Tomas Orlov|PERSON"},
			want:     []want{{"We have the votes", ""}},
		},
		{
			name: "a role in a new paragraph is not the last paragraph's subject",
			text: "Tomas Orlov has resigned.\n" +
				"The chairman said he regretted the decision. \"It is a loss,\" he said.",
			mentions: []string{"Tomas Orlov|PERSON"},
			want:     []want{{"It is a loss", ""}},
		},
		{
			name:     "a pronoun before a gesture and a colon is the person before",
			text:     "Rita Holm, arriving at the hall, repeated that the plan was \"dead\". Asked whether she had spoken to Vandermeer, she smiled: \"Not yet. Maybe later.\"",
			mentions: []string{"Rita Holm|PERSON", "Vandermeer|PERSON"},
			want:     []want{{"dead", "Rita Holm"}, {"Not yet.", "Rita Holm"}},
		},
		{
			name:     "a pronoun before a gesture with nobody before it stays open",
			text:     "The count ended late. He shrugged: \"Ask my wife.\"",
			mentions: nil,
			want:     []want{{"Ask my wife.", ""}},
		},
		{
			name: "a past participle opening the sentence does not hide the subject a he stands for",
			text: "Born in 1961 in a mining town, Ivo Marek trained as an engineer at the state firm, Norlin Works.\n" +
				"\"I like things that work,\" he told the paper.",
			mentions: []string{"Ivo Marek|PERSON", "Norlin Works|PERSON"},
			want:     []want{{"I like things", "Ivo Marek"}},
		},
		{
			name:     "a place set off after a noun for no relative stays a place",
			text:     "Savchuk's home town, Tamsel, was shelled in May.\n\n\"We stayed,\" she said.",
			mentions: []string{"Tamsel|PLACE"},
			want:     []want{{"We stayed", ""}},
		},
		{
			name: "a she never stands for the one named as someone's husband",
			text: "Morag has kept the kettle on since dawn. Her husband, Fergus, was freed on Friday. " +
				"\"I cried when I saw him,\" she said.",
			mentions: []string{"Morag|PERSON", "Fergus|PERSON"},
			want:     []want{{"I cried", "Morag"}},
		},
		{
			name: "a he never stands for the one named as someone's wife",
			text: "Callum runs the bakery on the square. His wife, Isla, opened it in 1998. " +
				"\"We never close,\" he said.",
			mentions: []string{"Callum|PERSON", "Isla|PERSON"},
			want:     []want{{"We never close", "Callum"}},
		},
		{
			name: "a one-word name given an age is a person, nearer than the last paragraph's",
			text: "Tomasz Brzezinski was freed on Monday.\n\n" +
				"Rory, 23, whose uncle is still below, waited by the gate. He had not slept. \"You just keep watching the lift,\" he said.",
			mentions: []string{"Tomasz Brzezinski|PERSON", "Rory|PLACE"},
			want:     []want{{"You just keep", "Rory"}},
		},
		{
			name: "a name after a preposition and a figure stays a place",
			text: "Tomasz Brzezinski was freed on Monday. Crews in Dunhallow, 12, and Kirkby, 9, are on standby.\n\n" +
				"\"We are ready,\" he said.",
			mentions: []string{"Tomasz Brzezinski|PERSON", "Dunhallow|PLACE", "Kirkby|PLACE"},
			want:     []want{{"We are ready", "Tomasz Brzezinski"}},
		},
		{
			name: "a given name with its own age is not the fuller name given another age",
			text: "Greta, 71, who uses a wheelchair, waited three hours. \"Nobody answered the phone,\" she said.\n\n" +
				"Greta Halvorsen, 29, said she was worried about her records. \"It is my whole history,\" she said.",
			mentions: []string{"Greta Halvorsen|PERSON", "Greta=Greta Halvorsen|PERSON"},
			want:     []want{{"Nobody answered", "Greta"}, {"It is my whole", "Greta Halvorsen"}},
		},
		{
			name: "a given name with the same age as the fuller name stays that person",
			text: "Greta Halvorsen, 29, said she was worried.\n\n" +
				"Greta, 29, added: \"It is my whole history.\"",
			mentions: []string{"Greta Halvorsen|PERSON", "Greta=Greta Halvorsen|PERSON"},
			want:     []want{{"It is my whole", "Greta Halvorsen"}},
		},
	}
	checkCases(t, tests)
}

func TestNameGender(t *testing.T) {
	tests := []struct {
		name string
		want gender
	}{
		{"Margaret Thatcher", genderFemale},
		{"George Younger", genderMale},
		{"Mrs. Smith", genderFemale},
		{"Mr Smith", genderMale},
		{"Thatcher", genderUnknown},
		{"Oluwaseun Adeyemi", genderUnknown},
		{"Dana Johnson", genderUnknown},
		{"Kaja Karas", genderUnknown},
		{"", genderUnknown},
	}
	for _, tt := range tests {
		t.Run("the name "+tt.name+" has a known or unknown sex", func(t *testing.T) {
			if got := nameGender(tt.name); got != tt.want {
				t.Errorf("nameGender(%q) = %d, want %d", tt.name, got, tt.want)
			}
		})
	}
}

func TestParticipleOpener(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Giving evidence earlier in the week, the director apologised.", true},
		{"Speaking to reporters, Lind said no more.", true},
		{"Writing in the Times, Lind said no more.", true},
		{"Called as a witness, Lind apologised.", true},
		{"Based in Leeds, the firm employs 40 people.", true},
		{"Building work has stalled since May.", false},
		{"Morning trains were cancelled.", false},
		{"Armed police were called.", false},
		{"Beijing, the capital, was quiet.", false},
		{"Rising Damp, the sitcom, returns.", false},
	}
	for _, tt := range tests {
		t.Run("the sentence "+tt.text+" opens or not with a participle clause", func(t *testing.T) {
			a := newAnalysis(tt.text, nil, ments(tt.text, "Beijing|PLACE"))
			if got := participleOpener(a.tokenize(nil, 0, len(tt.text)), 0); got != tt.want {
				t.Errorf("participleOpener(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestAppositiveSubject(t *testing.T) {
	tests := []struct {
		text, name, desc string
		ok               bool
	}{
		{"the trust's medical director, Prof Dame Julia Fenwick, apologised", "Julia Fenwick", "director", true},
		{"the director of nursing, Julia Fenwick, has resigned", "Julia Fenwick", "nursing", true},
		{"his wife, Dr. Kaja Karas, was in Geneva", "Kaja Karas", "wife", true},
		{"the director, Julia Fenwick, who resigned", "Julia Fenwick", "", false},
		{"the director, Julia Fenwick, and the chair", "Julia Fenwick", "", false},
		{"In Leeds, Julia Fenwick, the director, resigned", "Julia Fenwick", "", false},
		{"Julia Fenwick, the director, resigned", "Julia Fenwick", "", false},
	}
	for _, tt := range tests {
		t.Run("the name in "+tt.text+" is or is not a subject set off after a description", func(t *testing.T) {
			i := strings.Index(tt.text, tt.name)
			desc, ok := appositiveSubject(tt.text, doc.Span{Start: i, End: i + len(tt.name)})
			if ok != tt.ok || ok && desc != tt.desc {
				t.Errorf("appositiveSubject(%q) = %q, %v; want %q, %v", tt.text, desc, ok, tt.desc, tt.ok)
			}
		})
	}
}

// The pipeline's view: sentences from the segmenter, surnames resolved to
// the full name.
func TestPronounAfterASpeakerOfTheOtherSexGoesBackToTheLastFittingPerson(t *testing.T) {
	tests := []struct {
		name, middle, want string
	}{
		{"the woman named before the man", "Ellison-Hart left school at 15.", "Margaret Ellison-Hart"},
		{"past a man named nearby", "Her agent, Peter Jones, left school at 15.", "Margaret Ellison-Hart"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Margaret Ellison-Hart died on Thursday.\n\nHer son, Peter Hart, said she had been ill.\n\n" +
				tt.middle + " Her first novel was published in 1971.\n\n" +
				"\"I wrote about the women I grew up with,\" she told an interviewer in 1995."
			var ms []doc.Mention
			for _, n := range [][2]string{{"Margaret Ellison-Hart", ""}, {"Peter Hart", ""}, {"Ellison-Hart", "Margaret Ellison-Hart"}, {"Peter Jones", ""}} {
				if i := strings.LastIndex(text, n[0]); i >= 0 && (n[0] != "Ellison-Hart" || i > 40) {
					ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(n[0])}, Text: n[0], Type: doc.Person, Canonical: n[1]})
				}
			}
			sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
			var got string
			for _, q := range Find(text, segment.Split(text), ms) {
				if strings.HasPrefix(q.Text, "I wrote") {
					got = q.Speaker
				}
			}
			if got != tt.want {
				t.Errorf("speaker %q, want %q", got, tt.want)
			}
		})
	}
}
