package extract

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
		o.Entities = append(o.Entities, EntityOut{Text: m.Text, Type: string(m.Type), Start: m.Start, End: m.End, Canonical: Name(m)})
	}
	for _, t := range r.Times {
		o.Times = append(o.Times, TimeOut{Text: t.Text, Type: t.Type, Value: t.Value, Start: t.Start, End: t.End})
	}
	for _, q := range r.Quotes {
		o.Quotes = append(o.Quotes, QuoteOut{Text: q.Text, Speaker: q.Speaker, Start: q.Start, End: q.End})
	}
	return o
}
