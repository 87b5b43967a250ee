package extract

import "newsbot/extract/doc"

// Output is the contract's `bot extract --json` object.
type Output struct {
	Entities []EntityOut `json:"entities"`
	Times    []TimeOut   `json:"times"`
	Quotes   []QuoteOut  `json:"quotes"`
}

// EntityOut is one entity mention.
type EntityOut struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Canonical string `json:"canonical"`
}

// TimeOut is one time expression with its TimeML value.
type TimeOut struct {
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// QuoteOut is one attributed quote.
type QuoteOut struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Output converts a result to the contract's shape.
func (r *Result) Output() Output {
	o := Output{Entities: []EntityOut{}, Times: []TimeOut{}, Quotes: []QuoteOut{}}
	for _, m := range r.Mentions {
		o.Entities = append(o.Entities, EntityOut{Text: m.Text, Type: string(r.taggedType(m)), Start: m.Start, End: m.End, Canonical: m.Name()})
	}
	for _, t := range r.Times {
		o.Times = append(o.Times, TimeOut{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Start, End: t.End})
	}
	for _, q := range r.Quotes {
		o.Quotes = append(o.Quotes, QuoteOut{Text: q.Text, Speaker: q.Speaker, Start: q.Start, End: q.End})
	}
	return o
}

// taggedType is the type the tagger gave this very mention. Extraction
// output reports it: the article-wide type identity resolution settles on
// suits the knowledge base, but a name can be a team in one sentence and
// a city in the next.
func (r *Result) taggedType(m doc.Mention) doc.EntityType {
	for _, t := range r.tagged {
		if t.Span.Contains(m.Span) {
			return t.Type
		}
	}
	return m.Type
}
