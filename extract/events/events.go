// Package events turns dated clauses of an article into timeline events
// and merges the reports of one event by several outlets into one row.
//
// An event is a clause anchored to a calendar time expression: its date
// at the expression's precision, the entities mentioned in the clause, a
// short verbatim summary and the words used to recognise the same event
// in other articles.
package events

import (
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
	"newsbot/extract/timex"
)

// Event is one dated happening reported by an article.
type Event struct {
	Date      string // "2025-12-02", "2025-12" or "2025"
	Precision string // "day", "month" or "year"
	// Planned marks an event the text reports as expected or scheduled
	// (it may lie after the publication date).
	Planned  bool
	Summary  doc.Span // verbatim clause or sentence, inside one sentence
	Time     doc.Span // the anchoring time expression
	Entities []string // canonical names of the mentions inside Summary
	Words    []string // normalised content words, for merging
	// Week is the ISO week ("2025-W48") of an event the text dates only by
	// its week ("last week"); Date is then the month of its working days.
	Week string
}

// Find returns the events of one article in text order. times are the
// article's time expressions (timex.Find), mentions its entity mentions;
// sents nil treats every line as one sentence. Only calendar dates and
// times anchor events, and an event after the publication date is kept
// only when the clause presents it as planned or expected.
func Find(text string, sents []doc.Sentence, times []timex.Expr, mentions []doc.Mention, published time.Time) []Event {
	if sents == nil {
		sents = doc.Lines(text)
	}
	sents = sortedSentences(sents)
	mentions = sortedMentions(mentions)
	low := newLowText(text, sents) // read by the rules that read words
	times = withCountsFromDays(text, sents, withAnchoredTimes(text, sents, withWaitsAhead(text, sents, times, published), published), published)
	times = withSpokenDays(text, sents, times, mentions, published)
	times = withTranscriptDay(text, sents, times, published)
	times = withoutRelativeDays(text, sents, times)
	var out []Event
	pro := pronouns{text, sents, mentions, make([]nounCues, len(mentions)), low, &nounMemo{}}
	corrections := correctionParas(text, sents)
	seen := map[doc.Span]int{} // summary span -> index in out
	planFor := map[doc.Span]bool{}
	// Sentences that date more than one thing are cut into clauses.
	dates, weeks := map[doc.Span]string{}, map[doc.Span]string{}
	split := map[doc.Span]bool{}
	dated := map[doc.Span][]doc.Span{}  // sentence -> its dated expressions
	days := map[doc.Span][]timex.Expr{} // sentence -> those dated to the day
	// Expressions that date only an attribution or a description, not
	// what the sentence reports.
	cals := calendarDates(text, times) // read by the loops below, once a time
	aside := filingDates(text, sents, times, cals)
	undatedIn := map[doc.Span][]doc.Span{} // sentence -> its days that date nothing
	head, hasHead := headline(text)
	lead, hasLead := leadSentence(text, sents, head, hasHead)
	onPublished := map[doc.Span]bool{} // times whose sentence the day of publication dates
	questions := questionParas(text, sents)
	turnAsides := transcriptAsides(text, sents)
	// Where in a split sentence the rows of the whole sentence begin
	// (newsOfSayingStart), worked out once for each sentence.
	sayings := map[doc.Span]int{}
	sayingAt := func(sent doc.Span) int {
		if at, ok := sayings[sent]; ok {
			return at
		}
		at, ok := newsOfSayingStart(text, sent, dated[sent])
		if !ok {
			at = sent.End + 1
		}
		sayings[sent] = at
		return at
	}
	unreal := map[doc.Span]bool{} // sentence → counterfactualSentence
	notes := noteSentences{}
	facts := map[doc.Span]*sentenceFacts{}
	timesSorted := sort.SliceIsSorted(times, func(i, j int) bool { return times[i].Start < times[j].Start })
	for i, t := range times {
		d, prec, week, ok := cals[i].date, cals[i].prec, cals[i].week, cals[i].ok
		if !ok || aside[t.Span] {
			continue
		}
		if zoneConversionDay(text, t, times) || referenceYear(text, t) {
			aside[t.Span] = true // "(0142 GMT Sunday)"; "from 2019 levels"
			continue
		}
		if yearLabel(text, t.Span) {
			aside[t.Span] = true // "Mayoral election 2026: live results as …"
			continue
		}
		if s, ok := sentenceOf(sents, t.Span); ok && sourceCaption(text, s.Span) {
			aside[t.Span] = true // "Jobless rate, 2024 and 2025 (source: statistics office)"
			continue
		}
		if hasHead && headlineAside(text, head, t) {
			aside[t.Span] = true
			continue
		}
		if s, ok := sentenceOf(sents, t.Span); ok && (questions[s.Para] || turnAsides[s.Span]) {
			aside[t.Span] = true // an interviewer's question
			continue
		}
		if s, ok := sentenceOf(sents, t.Span); ok {
			lw := newLeadIn(low, s.Span, t.Span) // read by several of the rules below
			lw.facts = factsOf(facts, s.Span)
			// "has died after a fall, the department said on Monday";
			// "appointed Chloe Dubois, its finance chief since 2021, as
			// interim CEO"; "more than last year"; "the highest since
			// 1990"; "slipped from 2025".
			if reportedAct(text, s.Span, t, days[s.Span], published) || describesName(low, s.Span, t.Span) && !endsWhen(text, s.Span, t.Span) ||
				comparedTime(text, s.Span, t.Span, lw) || describedAs(low, s.Span, t.Span, dated[s.Span]) || maturityYear(text, s.Span, t.Span, lw) || fiscalYearEnd(text, s.Span, t.Span, lw) || boundOnly(text, s.Span, t, lw) || movedFromIn(beforeIn(text, s.Span, t.Span)) {
				aside[t.Span] = true
				continue
			}
			if conditionOnly(low, s.Span, t.Span) || aheadOfOnly(low, s.Span, t.Span) || relativeSince(low, s.Span, t.Span) || labelYear(text, t) {
				aside[t.Span] = true // "subject to Saturday's vote"; "residents who have been displaced since Saturday"; "the 2019 report"
				continue
			}
			if periodOwnedObject(text, s.Span, t, times) {
				aside[t.Span] = true // "an inquiry into this year's grades, as … next week"
				continue
			}
			if quotedSubjectRelative(text, s.Span, t.Span) {
				aside[t.Span] = true // "\"The man who backed it on Monday and dropped it on Friday is now …\""
				continue
			}
			if recordFrom(low, s.Span, t.Span) {
				aside[t.Span] = true // "asked to see the minutes from May"
				continue
			}
			if accordingToDay(low, s.Span, t, days[s.Span]) {
				aside[t.Span] = true // "won Sunday's vote, according to results published on Monday"
				continue
			}
			near := startingIn(times, timesSorted, s.Span) // all exprBefore reads
			if coordinatedDay(text, s.Span, t, near, days[s.Span]) {
				aside[t.Span] = true // "two days of talks on Tuesday and Wednesday"
				continue
			}
			if rangeEndDay(text, s.Span, t, near, days[s.Span]) {
				aside[t.Span] = true // "the hearing lasted from 2 to 4 November"
				continue
			}
			if habitualSeason(low, s.Span, t) {
				aside[t.Span] = true // "who trains in Iten for part of the winter"
				continue
			}
			if stretchToNow(text, s.Span, t) {
				aside[t.Span] = true // "tested eleven times in the past year"
				continue
			}
			if payPeriod(low, s.Span, t) {
				aside[t.Span] = true // "will receive no bonus for 2025"
				continue
			}
			if askedQuestion(text, s.Span, t) {
				aside[t.Span] = true // "Asked whether Tuesday's blast was foreseen, she said"
				continue
			}
			if contrastedDays(text, s.Span, t, times) || quotedThatDay(text, s.Span, t, times) || quotedCondition(text, s.Span, t, times) {
				aside[t.Span] = true // "\"What we pass tonight, someone will exploit tomorrow.\""
				continue
			}
			if ratherThanDay(low, s.Span, t) || quotedAtOccasion(text, s.Span, t, times) {
				aside[t.Span] = true // "rather … than piecemeal numbers tonight"; "\"Three days ago …,\" she said at the closing press conference"
				continue
			}
			if pastSelf(text, t) || wouldHaveThen(text, s.Span, t.Span) || simileBack(text, s.Span, t.Span) || supposedAsIf(text, s.Span, t.Span) || biddenSeasonPast(text, s.Span, t, published) {
				aside[t.Span] = true // "what she would tell her 2011 self"
				continue
			}
			if perfectAfterOwnedTime(text, s.Span, t, published) {
				if !newsOfLead(s.Span, lead, hasLead, published) {
					aside[t.Span] = true // "has suspended two officials after last week's flood"
					continue
				}
				onPublished[t.Span] = true // the lead's "has ordered a review after Tuesday's derailment"
			}
			if undoesEarlier(text, s.Span, t.Span) {
				aside[t.Span] = true // "fell on Thursday, reversing most of Monday's rally"
				continue
			}
			if countedInSpan(text, s.Span, t) || rankedOfPeriod(low, s.Span, t) {
				aside[t.Span] = true // "to cut the rate by 25 basis points, the first cut this year"
				continue
			}
			cf, ok := unreal[s.Span]
			if !ok {
				cf = counterfactualSentence(text, s.Span, times)
				unreal[s.Span] = cf // once a sentence, not once a time of it
			}
			if dayBeforeEvent(text, t.Span) || cf {
				aside[t.Span] = true // "the Sunday before the flood"; "had it been issued on Sunday"
				undatedIn[s.Span] = append(undatedIn[s.Span], t.Span)
				continue
			}
			if datesNothing(text, s.Span, t, times, lw) {
				aside[t.Span] = true // "waived fees through the end of next year"
				continue
			}
			if prec == "day" {
				days[s.Span] = append(days[s.Span], t)
			}
			if season(t.Value) {
				week = t.Value // a season is no year: it parts from a day of it
			}
			if prev, seen := dates[s.Span]; seen && (distinct(prev, weeks[s.Span], d, week) || laterInWeek(t, prev, weeks[s.Span], week)) && !namedAlong(text, t.Span, dated[s.Span]) {
				split[s.Span] = true
			}
			dates[s.Span], weeks[s.Span] = d, week
			dated[s.Span] = append(dated[s.Span], t.Span)
		}
	}
	splitAtUndated(undatedIn, dated, split)
	for i, t := range times {
		date, prec, week, ok := cals[i].date, cals[i].prec, cals[i].week, cals[i].ok
		if !ok || aside[t.Span] {
			continue
		}
		if onPublished[t.Span] {
			date, prec, week = published.Format("2006-01-02"), "day", ""
		}
		s, ok := sentenceOf(sents, t.Span)
		if !ok || s.End > len(text) {
			continue
		}
		var others []doc.Span
		if split[s.Span] {
			others = dated[s.Span]
		}
		sum := clause(text, s.Span, t.Span, others)
		if w, ok := untilWhen(text, s.Span, t.Span); ok {
			sum = w // "a role she held until 2003, when she resigned"
		} else if r, ok := trailingClause(low, s.Span, t.Span, dated[s.Span]); ok {
			sum = r // "a recount in the district, where Sunday's vote was close"
		} else if split[s.Span] && t.Start >= sayingAt(s.Span) {
			sum = s.Span
		} else if r, ok := relativeOnName(low, s.Span, t.Span); ok {
			sum = r
		} else if r, ok := restrictiveRelative(low, s.Span, sum, t.Span, others); ok && !precedesLater(text, r, date, t.Span, days[s.Span]) {
			sum = r
		} else if r, ok := objectRelativeEnd(low, s.Span, t.Span); ok && !split[s.Span] && sum.Contains(r) {
			sum = r // "were freed through the tunnel that rescuers dug on Sunday"
		}
		// The rules read only for a sentence cut into clauses are left
		// unread for one that is not.
		if n, ok := onlyIf(split[s.Span], func() (doc.Span, bool) { return yearNamedEvent(text, sum, t.Span) }); ok {
			sum = n
		} else if n, ok := modifiedNominal(low, sum, t.Span, split[s.Span]); ok {
			sum = n
		} else if r, ok := andThatSaid(text, s.Span, sum); ok {
			sum = r
		} else if p, ok := onlyIf(split[s.Span], func() (doc.Span, bool) { return nounInPresentParticiple(text, sum, t.Span) }); ok && earlierDated(s.Span, t.Span, dated[s.Span]) {
			sum = p // "…, making Seoul the first to commit ships to the mission agreed last week"
		} else if r, ok := onlyIf(split[s.Span], func() (doc.Span, bool) { return reportedPresentParticiple(text, sum, t.Span, dated[s.Span]) }); ok {
			sum = r
		} else if r, ok := sinceClause(low, sum, t.Span); ok {
			sum = r
		} else if r, ok := reportedPerfect(text, sum, t.Span, dated[s.Span]); ok {
			sum = r
		} else if r, ok := andSaidPerfect(text, sum, t.Span); ok {
			sum = r // "apologised and said the company had not told the regulator in October"
		} else if p, ok := onlyIf(split[s.Span], func() (doc.Span, bool) { return participleAside(text, sum, t.Span) }); ok {
			sum = p
		} else if p, ok := onlyIf(split[s.Span], func() (doc.Span, bool) { return participleOnNoun(text, sum, t.Span) }); ok && earlierDated(sum, t.Span, dated[s.Span]) {
			sum = p
		} else if p, ok := nounDatedLast(low, sum, t.Span); ok && !split[s.Span] {
			sum = p
		} else if _, ok := possessiveDatedLast(low, sum, t.Span); ok && !split[s.Span] && !published.IsZero() && before(date, published) {
			date, prec, week = published.Format("2006-01-02"), "day", "" // "has said it will not rush …, after Sunday night's cyber attack"
		}
		sum = throughListedDays(text, sum, t, times, aside)
		sum = throughSpanEnd(text, sum, t.Span) // "between 2016 and 2020"
		if split[s.Span] && headlineLine(text, s.Span) {
			sum = butClause(text, sum, t.Span, others)
		}
		if subjectRelativeOnly(low, s.Span, t.Span) {
			sum = doc.Span{Start: s.Start, End: t.End} // "The truce that began on Saturday has been extended"
		}
		if after(date, published) {
			if r, ok := reportedAfter(low, sum, t.Span); ok {
				sum = r // "fell 1.9% after its chief executive said he would retire next year"
			}
		}
		if e, ok := datedEntryLine(text, s.Span, t.Span, split[s.Span]); ok {
			sum = e // "14 October: Death toll rises to 31; government pledges €40m"
		}
		if sum.Len() == 0 {
			continue
		}
		if prec == "year" && !published.IsZero() && date == published.Format("2006") && subjectModifier(text, sum, t.Span) {
			continue // "the zloty's strength earlier this year had helped"
		}
		if notes.of(text, s.Span) || corrections[s.Para] {
			// "Correction: This article was amended on 12 March"; "Our
			// report of 9 November stated ..." (the sentences after it,
			// "In fact the award came in 1988", tell the news).
			continue
		}
		if unspokenDay(text, s.Span, t.Span, dated[s.Span]) {
			continue // `"the drug approved today," she said`
		}
		if undatedClock(text, sents, times, t, date, published) {
			continue // "Polling stations open at 7am" with no day told
		}
		if presenceToday(text, sum, t.Span) || introducedToday(text, sum, t.Span) {
			continue // "Marquardt is not here today."
		}
		if prec != "day" && countedTime(text, t.Start) {
			continue // "many of them for the third time this month"
		}
		if byline(text[s.Start:s.End]) {
			continue // "By Staff Reporter | 3 November 2026"
		}
		if listHeading(text, s.Span, t.Span) {
			continue // "Actions taken since November 2024:" over a list
		}
		if nounHeading(text, s.Span, t.Span) {
			continue // "Monday's scrub", "League table (after Saturday's games)"
		}
		if sectionHeading(text, s.Span) {
			continue // "Third Quarter 2026 Highlights" over a section
		}
		if periodHeading(text, s.Span, t.Span) {
			continue // "Results so far this month" over a table
		}
		if dataLine(text[sum.Start:sum.End], t.Span.Start-sum.Start, t.Span.End-sum.Start) {
			continue // "June 8 $38.50 0.45 $52.10", "CLEANUP PROGRESS (as of Sunday)"
		}
		lead := low.wordsOf(beforeInSpan(text, sum, t.Span)) // the words before t in its segment of sum
		if superseded(lead) {
			continue // "originally scheduled for 28 October"
		}
		if !published.IsZero() && before(date, published) && pastOfSubject(text, sum, t.Span) {
			continue // "Last year's winner will present the prize": the date is the winner's
		}
		if !published.IsZero() && !after(date, published) && ofSubjectPossessive(text, sum, t.Span) {
			continue // "Minutes of Thursday's meeting will be published in two weeks"
		}
		// "Nobody believes a deal will be signed by Friday" plans nothing;
		// a time naming a thing stays: "a change is not expected at
		// tomorrow's meeting".
		// Only a time not yet past is read for a denial.
		ahead := t.Future || published.IsZero() || !before(date, published)
		if ahead && sum.Contains(t.Span) && !possessive(text, t.Span) && deniedExpectation(low.wordsOf(sum.Start, t.Start)) {
			continue
		}
		if ahead && sum.Contains(t.Span) && !possessiveTime(text, t.Span) && !nounAfter(text, t.End) && deniedPlan(low, sum.Start, t.Start) {
			continue // "We're not going to get everybody home by Christmas"
		}
		var planned bool
		switch {
		case rescheduled(lead):
			if t.End <= sum.End && givenUp(low.wordsOf(t.End, sum.End)) {
				continue // "rescheduled for March 17 and then postponed again"
			}
			planned = true // "was delayed to 14 November"
		case published.IsZero():
			planned = t.Future || announces(segmentAround(text, sum, t.Span)) || reportsPlan(lead) || forecasts(low, s.Span, t.Span) || provisionallySet(lead) || listedFor(lead)
		case (t.Future || after(date, published)) && amountTerm(low, s.Span, sum, t.Span):
			continue // "a 3 per cent rise this year and 3 per cent next year"
		case t.Future || after(date, published) || weekAfter(t, published):
			if !looksAhead(withoutCount(text, sum, t)) && !forecasts(low, s.Span, t.Span) && !oddsAhead(text, s.Span, t.Span) && !sharedModal(text, s.Span, sum) && !takesEffect(lead) &&
				!deadline(text, sum, t.Span) && !requestedBy(lead, t) && !aimedBy(lead) && !scheduledEntry(text, s.Span, sum, t.Span) && !provisionallySet(lead) && !listedFor(lead) &&
				!sittingsCalledOff(text, lead, t.Span) && !presentPassiveAhead(lead) && !toldAhead(text, s.Span, t, lead) && !invitedTo(lead) && !threatAhead(lead) &&
				!addedAhead(low.wordsOf(s.Start, t.Start)) {
				continue // a later date the text does not present as planned
			}
			planned = true
		case pastWords(low.exprWords(t)):
			// "The accord Venezuela signed a week ago will reduce its
			// payments": the time dates what was done.
		case !before(date, published):
			// Due today: planned only when the clause says so, and not
			// when the day is the saying's ("confirmed on Saturday that
			// he will take charge").
			planned = !datesSaying(lead) && !sayingFollows(low, sum, t.Span) &&
				(openUntil(lead) || prec != "day" && (obligedBy(lead) || aimedBy(lead)) || announces(segmentAround(text, sum, t.Span)) || reportsPlan(lead) || forecasts(low, s.Span, t.Span) || promisedBy(lead) ||
					sum.Contains(t.Span) && (believedAhead(low.wordsOf(sum.Start, t.Start)) || presentExpectation(low.wordsOf(sum.Start, t.Start))))
		}
		names := withPronounSubject(pro, s, sum, withSharedSubject(pro, s, sum, entitiesIn(mentions, sum)))
		names = withReportedRoleSubject(pro, sum, withListItemSubject(pro, s, sum, names))
		names = withStateHolders(text, s.Span, sum, t.Span, mentions, names)
		names = withKin(pro, sum, withAntecedent(pro, sum, withRoleSubject(pro, sum, withAgeSubject(pro, s, sum, withLeadPronoun(pro, s, sum, withMainSubject(pro, s, sum, names))))))
		names = withMourned(pro, sum, names, out)
		names = withWhenObject(pro, s, sum, names)
		names = withPossessiveOwner(pro, s, sum, names)
		names = withAppointee(pro, s, sum, names)
		names = withSuccessor(pro, s, sum, names, func(sp doc.Span) bool { return len(dated[sp]) == 0 })
		names = withSameThing(pro, s, sum, names)
		names = withDescribedPerson(pro, s, sum, names)
		// The clause decides the participants; the reader is shown it
		// with its subject, unless the row of the clause before already
		// shows the subject, one person whom the chat names instead
		// (Named).
		shown := withSubject(text, s, sum)
		if shown != sum && rowBefore(dated[s.Span], sum) && onePersonSubject(pro, shown, sum, names) {
			shown = sum
		}
		shown = pastSpeakerLabel(text, throughQuote(text, sents, s, throughGapped(text, s, throughResult(text, s, shown))), mentions)
		own := withinSentence(shown, s.Span) // the words of a quotation's later sentences join no row
		ev := Event{
			Date: date, Precision: prec, Planned: planned, Week: week,
			Summary: shown, Time: t.Span,
			Entities: withAnnouncer(pro, s, own, planned, names),
			Words:    low.contentWords(own.Start, own.End, t.Span.Start-own.Start, t.Span.End-own.Start),
		}
		if len(ev.Words) == 0 {
			continue // a dateline or a date on a line of its own
		}
		ev = withReferencePoint(text[shown.Start:shown.End], ev)
		if planned { // only a planned report is keyed by its noun
			if k := keyNounOrModified(low, sum, t.Span, len(ev.Entities) > 0); k != "" {
				ev.Words = append(ev.Words, keyMark+stem(k))
			}
		}
		if i, dup := seen[sum]; dup {
			// Two dates in one clause: the finer one dates the event,
			// and of two alike the one the verb governs, not one that
			// names a thing ("Sunday's floods ... rose on Tuesday").
			o := out[i]
			if day, ok := nightsDay(text, sum, o, ev, published); ok {
				// "reopened last week with guards in every gallery
				// overnight": the night is the other time's.
				out[i] = day
				continue
			}
			if o.Date < ev.Date && ev.Precision != "month" && coordinated(text, sum, o.Time, ev.Time) {
				// "won the title in 2022 and 2025": a row for each.
				out = append(out, ev)
				continue
			}
			if o.Date < ev.Date && !ev.Planned && rangeEnds(text, sum, o.Time, ev.Time) && !shortMonthRange(o, ev) {
				// "served as ambassador from 2015 to 2019": the end of
				// the stretch is a row too, so that its period finds
				// it, not only the start's.
				out = append(out, ev)
				continue
			}
			oThing, evThing := yearNamesThing(text, sum, o.Time), yearNamesThing(text, sum, ev.Time)
			if o.Date != ev.Date && ownPredicates(text, o.Time, ev.Time) {
				// "led the union through the 2011 dock strike and
				// negotiated the national pay agreement of 2017": each
				// predicate is dated by the year of its thing; so in a
				// relative clause on a name, kept whole: "Lund, who
				// joined the chain in 2017 and became chief executive
				// the following year".
				out = append(out, ev)
				continue
			}
			if oThing != evThing {
				// "is expected to strip her of her 2023 national
				// title next week": the year names the title, the
				// other time dates the clause.
				if oThing {
					out[i] = ev
				}
				continue
			}
			if ev.Date != o.Date && !planFor[sum] && !within(o, ev) && !within(ev, o) &&
				(ev.Planned != o.Planned || nominalEvent(low, sum, ev.Time) != nominalEvent(low, sum, o.Time) || ev.Planned && o.Planned && complementsApart(text, o.Time, ev.Time)) {
				// "said on Monday it would strike next week": what
				// was said, and the plan on its own date; "said on
				// Tuesday that hackers had accessed … in an attack
				// … last month": the attack on its own date; "calls for
				// a mission by the end of the year and for a summit in
				// 2027": each plan on its own date.
				planFor[sum] = true
				out = append(out, ev)
				continue
			}
			if rank[ev.Precision] > rank[o.Precision] ||
				rank[ev.Precision] == rank[o.Precision] && namesThing(text, sum, o.Time) && !namesThing(text, sum, ev.Time) {
				out[i] = ev
			}
			continue
		}
		seen[sum] = len(out)
		out = append(out, ev)
	}
	out = withEntries(out, text, sents, mentions, published)
	return withoutSameDayTail(withoutStrayQuotes(text, withoutHeadlineRepeat(text, withoutCountedRetold(text, sents, withoutRetoldLine(text, withoutOfficeRetold(out))))))
}

// onlyIf returns the span rule finds when cond holds, and no span
// otherwise, without reading the rule.
func onlyIf(cond bool, rule func() (doc.Span, bool)) (doc.Span, bool) {
	if !cond {
		return doc.Span{}, false
	}
	return rule()
}

// sharedModal reports whether the clause sum is a second predicate of
// its sentence's subject, after a bare "and" (or "and then", ", then"),
// whose first predicate looks ahead: in "earnings would drift lower this
// year and then rise modestly in 1988" the rise is as planned as the
// drift.
func sharedModal(text string, sent, sum doc.Span) bool {
	if sum.Start <= sent.Start {
		return false
	}
	before := strings.TrimRight(text[sent.Start:sum.Start], " ")
	if !strings.HasSuffix(before, " and") && !afterThen(before) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[sum.Start:])
	return unicode.IsLower(r) && looksAhead(before)
}

// coordinated reports whether the expressions at a and b, in the
// clause sum, are times joined by "and" after a preposition, each of
// one happening of the clause's verb: "won the title in 2022 and 2025",
// "met on Monday and again on Friday". A stretch of time ("between 1998
// and 2005"), years naming things ("the 1981 and 1982 contracts"), times
// of figures ("sales rose 4% in 1985 and 1986") and a pair taken in turn
// ("on March 11 and 12, respectively") are no pair; the caller asks
// for the later time second, and leaves out months, which mostly join
// into one period ("output in January and February fell").
func coordinated(text string, sum, a, b doc.Span) bool {
	if a.End > b.Start || !sum.Contains(a) || !sum.Contains(b) {
		return false
	}
	between := lowerWords(text[a.End:b.Start])
	switch {
	case len(between) == 1 && between[0] == "and":
	case len(between) == 2 && between[0] == "and" && framePrepositions[between[1]]:
		// "and in 2025"
	case len(between) == 3 && between[0] == "and" && predicateAdverbs[between[1]] && framePrepositions[between[2]]:
		// "and again on Friday"
	default:
		return false
	}
	if commaSemicolonMarks.in(text[a.End:b.Start]) {
		return false
	}
	lead := lowerWords(text[sum.Start:a.Start])
	if len(lead) == 0 || lead[len(lead)-1] != "in" && lead[len(lead)-1] != "on" {
		return false
	}
	rest := text[b.End:sum.End]
	if lowerContains(rest, "respectively") || holdsFigures(text[sum.Start:a.Start]+" "+rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !namesThingAfter(text, b.End)
}

// complementsApart reports whether the expressions at a and b, in that
// order, date two complements of one verb joined by "and" and a
// preposition of their own: "calls for a mission to begin by the end of
// the year and for a second summit in 2027". Each complement is a plan
// of its own date; "will meet by Friday and again on Monday" joins no
// complement (coordinated reads it).
func complementsApart(text string, a, b doc.Span) bool {
	if a.End > b.Start {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[a.End:b.Start]))
	return len(ws) >= 4 && ws[0] == "and" && complementPrepositions[ws[1]] && determiners[ws[2]]
}

// complementPrepositions open a complement of a verb of calling or
// planning: "calls for …", "agreed to …", "plans on …".
var complementPrepositions = toSet(`for to on towards`)

// ownPredicates reports whether the expressions at a and b stand in two
// predicates of one subject joined by "and", a verb opening the second:
// "led the union through the 2011 dock strike and negotiated the
// national pay agreement of 2017".
func ownPredicates(text string, a, b doc.Span) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	if a.End > b.Start {
		return false
	}
	between := text[a.End:b.Start]
	i := strings.LastIndex(between, " and ")
	if i < 0 || commaSemicolonMarks.in(between) {
		return false
	}
	return subjectless(strings.TrimLeft(between[i+len(" and "):], " "))
}

// namesThingAfter reports whether a lower-case noun follows offset end
// at once, so that the year before it names a thing ("the 1981 and 1982
// contracts").
func namesThingAfter(text string, end int) bool {
	if !strings.HasPrefix(text[end:], " ") {
		return false
	}
	next := text[end+1:]
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) && !stopWords[nextWord(next)]
}

// withoutHeadlineRepeat drops the event of the headline that opens the
// text, a whole line with no full stop and a blank line after it, when
// the story dates an event on the same day: "Two paintings stolen from
// Rotterdam museum in overnight raid" repeats "Thieves broke into the
// Maasoever Museum overnight".
func withoutHeadlineRepeat(text string, out []Event) []Event {
	if len(out) < 2 {
		return out
	}
	// The summary may be a clause of the headline ("Mayor found
	// guilty; sentencing set for October 2").
	if head, ok := headline(text); !ok || head.End < out[0].Summary.End {
		// A headline under the site's own lines, the body right after
		// it, is known by its line with no closing stop: it drops only
		// for an earlier day of the body telling it.
		if headlineLine(text, out[0].Summary) && slices.ContainsFunc(out[1:], func(e Event) bool { return toldEarlier(text, out[0], e) }) {
			return out[1:]
		}
		return out
	}
	for _, e := range out[1:] {
		if e.Date == out[0].Date && e.Precision == out[0].Precision || toldEarlier(text, out[0], e) {
			return out[1:]
		}
	}
	return out
}

// headlineLine reports whether sp is a whole line of text with no
// closing stop, as headlines are written.
func headlineLine(text string, sp doc.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End || sp.Start > 0 && text[sp.Start-1] != '\n' ||
		sp.End < len(text) && text[sp.End] != '\n' && text[sp.End] != '\r' {
		return false
	}
	line := strings.TrimSpace(text[sp.Start:sp.End])
	return line != "" && !stopBangAskColonQuoteCloseQuoteApostropheCloseSingleQuoteMarks.in(line[len(line)-1:])
}

// maxHeadlineLag is the most days a headline dated by a word of its own
// ("overnight") may lie after the body's day of what it sums up.
const maxHeadlineLag = 3

// toldEarlier reports whether the headline event head, dated by a word
// rather than a date given in figures ("Two Old Masters stolen in
// overnight raid", dated by the morning of publication), sums up the
// body's event e of a day shortly before, which tells the same kind of
// incident or shares two of its words ("Thieves broke into the museum
// in the early hours of Sunday"): the body dates it, the headline only
// the news.
func toldEarlier(text string, head, e Event) bool {
	if head.Planned || e.Planned || head.Precision != "day" || e.Precision != "day" || e.Date >= head.Date ||
		head.Time.End > len(text) || asciiDigits.in(text[head.Time.Start:head.Time.End]) {
		return false
	}
	h, err1 := time.Parse("2006-01-02", head.Date)
	d, err2 := time.Parse("2006-01-02", e.Date)
	if err1 != nil || err2 != nil || h.Sub(d) > maxHeadlineLag*24*time.Hour {
		return false
	}
	shared := 0
	for _, w := range head.Words {
		if slices.Contains(e.Words, w) {
			if incidents[w] {
				return true
			}
			shared++
		}
	}
	return shared >= 2
}

// unspokenDay reports a "today" inside a quotation of a sentence that
// dates nothing outside it. The speaker's "today" is mostly the present
// of what the article tells in its own words ("Today the law has
// protected this village," said ...; "the drug approved today";
// "depends on today's talks"), on a day the reader is not told: an
// interview may be a day old. Such a quotation dates no event on its
// own; with the day given ("… today," she said on Wednesday) timex
// counts from it.
func unspokenDay(text string, sent, t doc.Span, dated []doc.Span) bool {
	if t.End > len(text) || !strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(text[t.Start:t.End], "'s"), "’s"), "today") ||
		!timex.Quoted(text, sent, t) && !closesQuotation(text, sent, t) {
		return false
	}
	for _, d := range dated {
		if d != t && !timex.Quoted(text, sent, d) {
			return false
		}
	}
	return true
}

// labelWords are the lower-case words a table row or a fact box's label
// may hold besides names and figures.
var labelWords = map[string]bool{"as": true, "of": true, "the": true, "a": true, "an": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "per": true, "and": true, "or": true, "vs": true, "from": true, "by": true}

// lineVerbs tell a sentence written in capitals from a table's row.
var lineVerbs = map[string]bool{"was": true, "were": true, "is": true, "are": true, "had": true, "has": true, "have": true,
	"said": true, "says": true, "will": true, "would": true, "rose": true, "fell": true}

// dataLine reports whether a summary, its time at s[ts:te], is a row of a
// table or a fact box's heading rather than a clause: no lower-case word
// but labelWords, and besides the time a figure ("June 8 $38.50 0.45
// $52.10 $14.2bn") or capitals only ("CLEANUP PROGRESS (as of Sunday)").
// A headline in title case ("Trenholm Found Guilty On Thursday") has
// neither and stays.
func dataLine(s string, ts, te int) bool {
	if ts < 0 || te > len(s) || ts > te {
		return false
	}
	l := dataLineWords{capitals: true}
	// The words before the time, then those after it, read one by one:
	// most summaries stop at their first lower-case word.
	if isASCII(s) {
		if !l.readASCII(s[:ts]) || !l.readASCII(s[te:]) {
			return false
		}
	} else {
		for w := range chainWords(s[:ts], s[te:]) {
			if !l.read(w) {
				return false
			}
		}
	}
	return l.figure || l.capitals && l.upper > 0
}

// dataLineWords is what dataLine has read of a summary's words so far.
type dataLineWords struct {
	figure, capitals bool
	upper            int
}

// read reads the word w, a run of letters and digits, and reports
// whether the summary may still be a data line.
func (l *dataLineWords) read(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsDigit(r):
		l.figure = true
	case unicode.IsLower(r):
		if !labelWords[w] {
			return false
		}
	case inLower(lineVerbs, w):
		return false // "THE WON WAS SET at 845.50 YESTERDAY": a sentence in capitals
	default:
		l.upper++
		if strings.ToUpper(w) != w || utf8.RuneCountInString(w) < 2 {
			l.capitals = false
		}
	}
	return true
}

// readASCII reads the words of the ASCII text s as read does, each run
// of ASCII letters and digits a word, and reports whether the summary
// may still be a data line. An ASCII word opening with a capital is in
// capitals when it holds no lower-case letter.
func (l *dataLineWords) readASCII(s string) bool {
	for i := 0; i < len(s); {
		if !asciiAlnum(s[i]) {
			i++
			continue
		}
		j, lower := i, false
		for ; j < len(s) && asciiAlnum(s[j]); j++ {
			lower = lower || 'a' <= s[j] && s[j] <= 'z'
		}
		w := s[i:j]
		i = j
		switch c := w[0]; {
		case isDigit(c):
			l.figure = true
		case 'a' <= c && c <= 'z':
			if !labelWords[w] {
				return false
			}
		case inLower(lineVerbs, w):
			return false
		default:
			l.upper++
			if lower || len(w) < 2 {
				l.capitals = false
			}
		}
	}
	return true
}

// chainWords yields the words (runs of letters and digits) of a, then
// those of b, as if the two were one text with a space between.
func chainWords(a, b string) iter.Seq[string] {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	return func(yield func(string) bool) {
		for w := range strings.FieldsFuncSeq(a, notWord) {
			if !yield(w) {
				return
			}
		}
		for w := range strings.FieldsFuncSeq(b, notWord) {
			if !yield(w) {
				return
			}
		}
	}
}

// maxNounHeadingWords bounds a heading inside a story.
const maxNounHeadingWords = 12

// lineVerbWords are the verbs that make a short line a headline's clause
// rather than a heading's noun phrase.
var lineVerbWords = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true,
	"must": true, "should": true, "do": true, "does": true, "did": true, "say": true, "says": true, "said": true,
	"set": true, "hit": true, "cut": true, "put": true, "quit": true, "win": true, "lose": true, "go": true, "get": true}

// nounHeading reports whether the sentence sp is a heading inside a story
// dated by a possessive, a noun phrase with no verb: "Monday's scrub",
// "National League North - top and bottom (after Saturday's games)".
// A headline is a clause: "Monday's vote delayed", "Tuesday's talks
// collapse as rebels walk out" and "Storm hits coast on Monday" stay.
func nounHeading(text string, sp, t doc.Span) bool {
	if !headlineLine(text, sp) || !possessive(text, t) {
		return false
	}
	words := strings.Fields(text[sp.Start:sp.End])
	return len(words) <= maxNounHeadingWords && verbless(words)
}

// verbless reports whether the words of a short line hold no verb: no
// lower-case word is a common verb, a form in -ed or -ing, or one in -s
// that no possessive precedes ("Monday's scrub", "Results so far").
func verbless(words []string) bool {
	for i, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsLower(r) {
			continue
		}
		afterPossessive := i > 0 && possessiveWord(strings.TrimFunc(words[i-1], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }))
		if lineVerbWords[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && len(w) > 5 ||
			!afterPossessive && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return true
}

// EditorialNote reports a sentence in which the outlet speaks of the
// article itself (a correction, an update), which dates no news.
func EditorialNote(sentence string) bool {
	// A note is a line or two: its opening is enough to tell, and a
	// sentence of a megabyte is read no further.
	const maxNote = 400
	sentence = strings.TrimSpace(sentence)
	if len(sentence) > maxNote {
		sentence = strings.ToValidUTF8(sentence[:maxNote], "")
	}
	ascii := isASCII(sentence)
	if ascii && !asciiNoteCue(sentence) || !ascii && !noteCue(sentence) {
		return false
	}
	if ascii {
		return asciiNote(sentence)
	}
	l := strings.ToLower(sentence)
	for _, p := range noteLabels {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	for _, p := range notePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// noteSentences remembers of each sentence read whether it is an
// editorial note or speaks of the outlet's own earlier work
// (EditorialNote, ownWorkNote): both read the sentence alone, so that
// they are read once for a sentence however many of its times ask.
type noteSentences map[doc.Span]bool

// of returns whether the sentence at sent is such a note.
func (n noteSentences) of(text string, sent doc.Span) bool {
	if note, ok := n[sent]; ok {
		return note
	}
	note := EditorialNote(text[sent.Start:sent.End]) || ownWorkNote(text[sent.Start:sent.End])
	n[sent] = note
	return note
}

// noteLabels open an editorial note, notePhrases speak of the article in
// one; both in lower case.
var (
	noteLabels  = []string{"correction:", "clarification:", "update:", "updated:", "editor's note", "editor’s note"}
	notePhrases = []string{"this article was", "this story was", "an earlier version of this", "this article has been", "this story has been"}
)

// asciiNote is EditorialNote's reading of an ASCII sentence s, compared
// without lowering it: an ASCII letter lowers to an ASCII letter alone,
// so that an ASCII fold finds what strings.ToLower would. A label with
// a byte beyond ASCII is in no ASCII sentence.
func asciiNote(s string) bool {
	for _, p := range noteLabels {
		if hasFoldAt(s, 0, p) {
			return true
		}
	}
	for _, p := range notePhrases {
		if containsFold(s, p) {
			return true
		}
	}
	return false
}

// noteCue reports whether strings.ToLower(s) can be an editorial note:
// it opens with c, u or e, as every label of a note does ("correction:",
// "update:", "editor's note"), or holds "this", as every phrase of one
// does ("this article was", "an earlier version of this"). Only ASCII
// letters lower to c, u, e and t.
func noteCue(s string) bool {
	if s != "" && strings.IndexByte("cCuUeE", s[0]) >= 0 {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 == 't' && lowerHasPrefix(s[i:], "this") {
			return true
		}
	}
	return false
}

// asciiNoteCue is noteCue of an ASCII s: of an ASCII text, lowerHasPrefix
// compares the letters of "this" with their ASCII capitals only, as
// containsFold does, eight bytes at a time.
func asciiNoteCue(s string) bool {
	return s != "" && strings.IndexByte("cCuUeE", s[0]) >= 0 || containsFold(s, "this")
}

// lowerHasPrefix reports whether strings.ToLower(s) begins with p,
// without lowering s.
func lowerHasPrefix(s, p string) bool {
	for _, want := range p {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || unicode.ToLower(r) != want {
			return false
		}
		s = s[n:]
	}
	return true
}

// pastOfSubject reports whether the expression at t is a possessive
// opening the subject of a clause that announces what is to happen: in
// "Last year's winner, Olusegun Adeyemi, will present the prize" the date
// is the winner's ("Last year" and its "'s"), and the presenting is yet
// to come. "In last year's budget he said he planned …" is dated by it.
func pastOfSubject(text string, sum, t doc.Span) bool {
	if !sum.Contains(t) || !possessive(text, t) && !possessed(text, t.End) {
		return false
	}
	if lead := strings.TrimSpace(text[sum.Start:t.Start]); lead != "" && !strings.EqualFold(lead, "the") {
		return false
	}
	return announces(text[t.End:sum.End])
}

// possessive reports whether the expression at sp ends in "'s": it names
// the day of something mentioned, not when the clause's verb happened.
func possessive(text string, sp doc.Span) bool {
	if sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	s := text[sp.Start:sp.End]
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s")
}

var (
	dateLen = map[string]int{"day": 10, "month": 7, "year": 4}
	rank    = map[string]int{"year": 1, "month": 2, "day": 3}
)

// distinct reports whether two dates of one sentence (with the ISO week
// of a date given by its week, or the season of one given by its
// season) are two times: not one inside the other ("In December the
// envoys met on Tuesday"). A season and any other time are two. A week
// holds only its own days, not the rest of the month that holds it:
// "began on August 2 and was not contained until two weeks later" dates
// two events.
func distinct(a, aWeek, b, bWeek string) bool {
	if season(aWeek) != season(bWeek) {
		// "cut rates on Wednesday and signalled that further easing
		// could follow in the spring".
		return true
	}
	if a == b {
		return aWeek != bWeek && aWeek != "" && bWeek != ""
	}
	if len(a) < len(b) {
		a, aWeek, b, bWeek = b, bWeek, a, aWeek
	}
	if !strings.HasPrefix(a, b) {
		return true
	}
	from, to, ok := weekBounds(bWeek)
	return ok && (a < from || a > to)
}

// calendarDate returns the date an expression dates an event at and its
// precision: its own value at day, month or year precision; or, for a
// week ("last week", "next week"), the month that holds its working days
// (daysOfWeek), so that what a story reports only by its week is still a
// timeline row. A week whose working days span two months is dated by
// its year, not by either month, and still carries its week; one that
// spans two years dates nothing.
func calendarDate(text string, t timex.Expr) (date, prec, week string, ok bool) {
	if fiscalLabel(t.Text) {
		return "", "", "", false
	}
	if anchors(t) {
		if d, ok := morningOf(text, t); ok {
			return d, "day", "", true
		}
		return t.Value[:dateLen[t.Precision]], t.Precision, "", true
	}
	if t.Type != "DATE" {
		return "", "", "", false
	}
	if season(t.Value) || partOfYear(t.Value) && t.Future {
		// "in the summer of 2023", "last summer", "in the first half of
		// 2027", "by the end of Q2 2027": the year holds it. A quarter
		// or a half already begun mostly gives the period of a
		// company's figures ("third-quarter profit fell"), no event.
		return t.Value[:4], "year", "", true
	}
	first, last, ok := daysOfWeek(t.Value)
	switch {
	case !ok || first.Year() != last.Year():
		return "", "", "", false
	case first.Month() != last.Month():
		return first.Format("2006"), "year", strings.TrimSuffix(t.Value, "-WE"), true
	}
	return first.Format("2006-01"), "month", strings.TrimSuffix(t.Value, "-WE"), true
}

// calendar is what calendarDate gives for one time.
type calendar struct {
	date, prec, week string
	ok               bool
}

// calendarDates returns calendarDate of each of times, in their order.
func calendarDates(text string, times []timex.Expr) []calendar {
	out := make([]calendar, len(times))
	for i, t := range times {
		c := &out[i]
		c.date, c.prec, c.week, c.ok = calendarDate(text, t)
	}
	return out
}

// pastTime reports whether the expression text counts back from
// publication ("a week ago", "yesterday", "last week", "earlier this
// month"): what it dates was done, however the clause goes on.
func pastTime(text string) bool {
	if !isASCII(text) {
		return pastWords(lowerWords(text))
	}
	// pastWords reads only the first and the last word, which an ASCII
	// text gives without a list of its words or a lower-case copy.
	first, last := edgeLetterRuns(text)
	return lowerIs(first, "yesterday") || lowerIs(first, "last") || lowerIs(first, "earlier") || lowerIs(last, "ago")
}

// edgeLetterRuns returns the first and the last runs of ASCII letters of
// the ASCII text s, the first and last words of lowerWords(s) as written;
// both are "" when s has none.
func edgeLetterRuns(s string) (first, last string) {
	i := 0
	for i < len(s) && !isASCIILetter(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	first = s[i:j]
	e := len(s)
	for e > j && !isASCIILetter(s[e-1]) {
		e--
	}
	b := e
	for b > j && isASCIILetter(s[b-1]) {
		b--
	}
	if b == e {
		return first, first // one run, or none
	}
	return first, s[b:e]
}

// pastWords reports pastTime of an expression of the lower-case words ws.
func pastWords(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "yesterday", "last", "earlier":
		return true
	}
	return ws[len(ws)-1] == "ago"
}

// weekAfter reports whether an expression dated by its week ("this
// weekend") stands for days after the day of publication, which its
// month cannot tell: "could play this weekend" in a Wednesday story is a
// plan.
func weekAfter(t timex.Expr, published time.Time) bool {
	first, _, ok := daysOfWeek(t.Value)
	return ok && first.Format("2006-01-02") > published.Format("2006-01-02")
}

// daysOfWeek returns the first and last day a week value stands for:
// its working days, Monday to Friday, or for a weekend value ("…-WE")
// the Saturday and Sunday. What a story plans for "next week" happens on
// a working day: a week whose weekend falls in the next month is still
// the month of its working days.
func daysOfWeek(v string) (first, last time.Time, ok bool) {
	mon, sun, ok := isoWeek(v)
	if !ok {
		return first, last, false
	}
	if strings.HasSuffix(v, "-WE") {
		return sun.AddDate(0, 0, -1), sun, true
	}
	return mon, mon.AddDate(0, 0, 4), true
}

// season reports a season value ("2023-SU").
func season(v string) bool {
	if !yearPart(v) {
		return false
	}
	switch v[5:] {
	case "SP", "SU", "FA", "WI":
		return true
	}
	return false
}

// fiscalLabel reports a fiscal year written as a label ("FY2026", "FY
// 2026"), which names a company's reporting period, often not the
// calendar year, and the figures of it ("its FY2025 accounts"), not when
// anything happened.
func fiscalLabel(s string) bool {
	return len(s) > 2 && strings.EqualFold(s[:2], "fy")
}

// partOfYear reports a quarter or a half of a year ("2027-Q2",
// "2027-H1").
func partOfYear(v string) bool {
	if !yearPart(v) {
		return false
	}
	switch v[5:] {
	case "Q1", "Q2", "Q3", "Q4", "H1", "H2":
		return true
	}
	return false
}

// yearPart reports a value of a year and a two-letter part of it
// ("2023-SU", "2027-Q2").
func yearPart(v string) bool {
	if len(v) != 7 || v[4] != '-' {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return true
}

// isoWeek returns the Monday and Sunday of an ISO week value
// ("2026-W48", also "2026-W48-WE" for its weekend).
func isoWeek(v string) (mon, sun time.Time, ok bool) {
	v = strings.TrimSuffix(v, "-WE")
	if len(v) < 7 || len(v) > 8 || v[4:6] != "-W" {
		return mon, sun, false
	}
	y, err1 := strconv.Atoi(v[:4])
	w, err2 := strconv.Atoi(v[6:])
	if err1 != nil || err2 != nil || w < 1 || w > 53 {
		return mon, sun, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := (int(jan4.Weekday()) + 6) % 7 // Monday 0
	mon = jan4.AddDate(0, 0, -wd+7*(w-1))
	return mon, mon.AddDate(0, 0, 6), true
}

// anchors reports whether a time expression dates an event: a DATE or
// TIME with a calendar value at day, month or year precision.
func anchors(t timex.Expr) bool {
	if t.Type != "DATE" && t.Type != "TIME" {
		return false
	}
	n, ok := dateLen[t.Precision]
	return ok && len(t.Value) >= n && !strings.HasPrefix(t.Value, "X")
}

// after reports whether a date at any precision begins after the day of
// publication.
func after(date string, published time.Time) bool {
	var buf [10]byte
	return date > string(pubDay(published, &buf)[:len(date)])
}

// before reports whether a date at any precision ends before the day of
// publication.
func before(date string, published time.Time) bool {
	var buf [10]byte
	return date < string(pubDay(published, &buf)[:len(date)])
}

// pubDay returns t.Format("2006-01-02"), written into buf for a year of
// four figures, without a string made for each date compared.
func pubDay(t time.Time, buf *[10]byte) []byte {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return []byte(t.Format("2006-01-02"))
	}
	*buf = [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10),
	}
	return buf[:]
}

// sentenceOf finds the sentence holding sp by binary search.
func sentenceOf(sents []doc.Sentence, sp doc.Span) (doc.Sentence, bool) {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End >= sp.End })
	for ; i < len(sents) && sents[i].Start <= sp.Start; i++ {
		if sents[i].Contains(sp) {
			return sents[i], !sents[i].Boilerplate
		}
	}
	return doc.Sentence{}, false
}

// personsIn returns the distinct names of the people mentioned inside sp.
func personsIn(mentions []doc.Mention, sp doc.Span) []string {
	var out []string
	for _, m := range mentionsIn(mentions, sp) {
		if m.Type == doc.Person {
			out = addName(out, m.Name())
		}
	}
	return out
}

// hasPerson reports whether a person is named inside sp: whether
// personsIn(mentions, sp) is not empty, without collecting the names.
func hasPerson(mentions []doc.Mention, sp doc.Span) bool {
	i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= sp.Start })
	for ; i < len(mentions) && mentions[i].Start < sp.End; i++ {
		if m := &mentions[i]; m.Type == doc.Person && sp.Contains(m.Span) && m.Name() != "" {
			return true
		}
	}
	return false
}

// entitiesIn returns the names of the mentions inside sp, in text order.
func entitiesIn(mentions []doc.Mention, sp doc.Span) []string {
	var out []string
	// The mentions mentionsIn returns, read where they stand rather
	// than from a list of their own.
	i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= sp.Start })
	for _, m := range mentions[i:] {
		if m.Start >= sp.End {
			break
		}
		if sp.Contains(m.Span) {
			out = addName(out, m.Name())
		}
	}
	return out
}

// addName appends a name to a list of distinct names.
func addName(names []string, name string) []string {
	if name == "" || slices.Contains(names, name) {
		return names
	}
	return append(names, name)
}

func sortedSentences(sents []doc.Sentence) []doc.Sentence {
	less := func(i, j int) bool { return sents[i].Start < sents[j].Start }
	if sort.SliceIsSorted(sents, less) {
		return sents
	}
	sents = append([]doc.Sentence(nil), sents...)
	sort.SliceStable(sents, func(i, j int) bool { return sents[i].Start < sents[j].Start })
	return sents
}

func sortedMentions(ms []doc.Mention) []doc.Mention {
	less := func(i, j int) bool { return ms[i].Start < ms[j].Start }
	if sort.SliceIsSorted(ms, less) {
		return ms
	}
	ms = append([]doc.Mention(nil), ms...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// headline returns the span of the headline that opens the text: a whole
// first line with no closing stop and a blank line after it. Blank lines
// before it, where a file's header of metadata lines stood
// (segment.BlankHeader), do not count.
func headline(text string) (doc.Span, bool) {
	from := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	line := strings.IndexByte(text[from:], '\n')
	if line <= 0 {
		return doc.Span{}, false
	}
	line += from
	head := strings.TrimSpace(text[from:line])
	if head == "" || stopBangAskMarks.in(head[len(head)-1:]) ||
		!strings.HasPrefix(strings.TrimLeft(text[line+1:], " \t\r"), "\n") {
		return doc.Span{}, false
	}
	return doc.Span{Start: from, End: line}, true
}

// headlineAside reports whether an expression of the headline dates
// nothing: a year naming a thing ("Census 2031 preview: population
// passes 62 million"), or a "weekend" with the article dropped, as
// headlines drop it ("rescues bank after weekend of talks"), which may be
// any weekend the story spans.
func headlineAside(text string, head doc.Span, t timex.Expr) bool {
	if !head.Contains(t.Span) {
		return false
	}
	return strings.EqualFold(t.Text, "weekend") || namedYear(text, t.Span)
}

// namedYear reports whether the bare year at t follows a capitalised
// word and comes before a lower-case noun, so naming a thing with the
// word: "Census 2031 preview", "Expo 2030 bid".
func namedYear(text string, t doc.Span) bool {
	y := text[t.Start:t.End]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" || t.Start < 2 || text[t.Start-1] != ' ' {
		return false
	}
	before := text[:t.Start-1]
	i := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	w := before[i:]
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) > 1 && unicode.IsUpper(r) && !inLower(stopWords, w) && !inLower(seasons, w) &&
		namesThingAfter(text, t.End)
}

// seasons name a part of a year, which a year after them dates:
// "Spring 2031 collection".
var seasons = toSet(`spring summer autumn fall winter`)

// within reports whether the date of fine falls inside the coarser date
// of coarse, a month or a year, neither dated by its week: "said
// Thursday he will step down at the end of the month" is one row of one
// clause, dated by the finer date.
func within(coarse, fine Event) bool {
	return coarse.Week == "" && fine.Week == "" && rank[coarse.Precision] < rank[fine.Precision] &&
		strings.HasPrefix(fine.Date, coarse.Date)
}

// earlierDated reports whether another dated expression of the sentence
// stands in sum before the expression at t: the clause is dated by it,
// and t only by the phrase that holds it.
func earlierDated(sum, t doc.Span, dated []doc.Span) bool {
	return slices.ContainsFunc(dated, func(d doc.Span) bool { return d != t && d.End <= t.Start && sum.Contains(d) })
}

// rangeEnds reports whether the expressions at a and b, in that order
// in the clause sum, open and close one stretch of time: "from 2015 to
// 2019", "between August 2025 and January 2026".
func rangeEnds(text string, sum, a, b doc.Span) bool {
	if a.End > b.Start || !sum.Contains(a) || !sum.Contains(b) {
		return false
	}
	before := lowerWords(text[sum.Start:a.Start])
	if len(before) == 0 {
		return false
	}
	between := lowerWords(text[a.End:b.Start])
	if len(between) != 1 {
		return false
	}
	switch before[len(before)-1] {
	case "from":
		return between[0] == "to" || between[0] == "until" || between[0] == "through"
	case "between":
		return between[0] == "and"
	}
	return false
}
