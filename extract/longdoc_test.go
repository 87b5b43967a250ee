package extract

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// longArticle writes n paragraphs of ordinary news prose about the same
// few people and bodies: quotations, their speakers by name, surname,
// pronoun and "the company", roles, dates and sums, as an article of
// many megabytes repeats them.
func longArticle(n int) string {
	r := rand.New(rand.NewSource(7))
	people := []string{"Tobias Grange", "Agatha Brennan-Holt", "Marcus Webb", "Priya Natarajan", "Helen Ashdown"}
	pronoun := []string{"He", "She", "He", "She", "She"}
	roles := []string{"council leader", "finance director", "chief executive of Northfield Water", "opposition spokesperson", "mayor of Eastbury"}
	orgs := []string{"Eastbury Council", "Northfield Water", "the Treasury", "the Environment Agency", "Harbour Holdings"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	months := []string{"January", "March", "May", "July", "September", "November"}
	said := []string{"We cannot keep waiting", "This is a scandal", "The figures speak for themselves", "We will not back down"}
	surname := func(p string) string { return p[strings.LastIndexByte(p, ' ')+1:] }
	date := func() string {
		return fmt.Sprintf("%d %s %d", 1+r.Intn(28), months[r.Intn(len(months))], 2015+r.Intn(10))
	}
	var b strings.Builder
	b.WriteString("Council clashes over Eastbury flood plan\n\n")
	for i := 1; i <= n; i++ {
		p, q := r.Intn(len(people)), r.Intn(len(people)-1)
		if q >= p {
			q++
		}
		o := orgs[r.Intn(len(orgs))]
		s := []string{
			fmt.Sprintf("The council said on %s that the repairs would cost £%d,%03d,000.", days[r.Intn(5)], 1+r.Intn(9), r.Intn(1000)),
			fmt.Sprintf("%s, the %s, said the plan was \"overdue\" and that %s had agreed to review it by %s.", people[p], roles[p], o, date()),
			fmt.Sprintf("\"%s,\" %s said. \"People in Eastbury deserve better.\"", said[r.Intn(len(said))], surname(people[q])),
			fmt.Sprintf("%s met %s in Eastbury last %s and the two discussed £%d,000 in extra funding.", surname(people[p]), people[q], days[r.Intn(5)], 2+r.Intn(50)),
			fmt.Sprintf("The company said in a statement that it had \"fully cooperated\" with %s since %s.", o, date()),
			fmt.Sprintf("A spokesperson for %s said: \"%s.\"", o, said[r.Intn(len(said))]),
			fmt.Sprintf("%s said the vote on %s would decide the matter, and accused %s of delay.", pronoun[p], date(), surname(people[q])),
			fmt.Sprintf("%s, %d, was appointed %s in %s %d.", people[q], 30+r.Intn(40), roles[q], months[r.Intn(len(months))], 2010+r.Intn(14)),
			fmt.Sprintf("The agency said it had opened an investigation into %s on %s.", o, days[r.Intn(5)]),
		}
		r.Shuffle(len(s)-1, func(x, y int) { s[x+1], s[y+1] = s[y+1], s[x+1] })
		fmt.Fprintf(&b, "Paragraph %d: %s\n", i, strings.Join(s[:3+r.Intn(len(s)-2)], " "))
	}
	return b.String()
}

// BenchmarkLongArticle extracts generated articles of 150, 600 and 2,400
// paragraphs (85 KB to 1.3 MB). Its MB/s should stay about the same at
// every size: a document-level pass that compares every mention,
// quotation or event with all those before it makes the rate fall with
// the length (a 5 MB article took minutes before such passes were made
// linear).
func BenchmarkLongArticle(b *testing.B) {
	p, err := New()
	if err != nil {
		b.Fatal(err)
	}
	published := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, n := range []int{150, 600, 2400} {
		text := longArticle(n)
		b.Run(fmt.Sprintf("paragraphs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				p.Run(text, published)
			}
		})
	}
}
