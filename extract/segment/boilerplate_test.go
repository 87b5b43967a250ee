package segment

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"a recommendations heading is furniture", "Recommended stories", true},
		{"an agency writer's contribution line is furniture", "Associated Press writer Lena Varga in Budapest contributed to this report.", true},
		{"a contribution line of several writers and cities is furniture", "Associated Press writers Tom Hale in Oslo, Rui Costa in Lisbon and Ana Pires in Porto contributed to this report.", true},
		{"a contribution of reporting from a place is furniture", "Reuters reporter Jan Novak contributed reporting from Prague.", true},
		{"an agency's contribution is furniture", "The Associated Press contributed to this story.", true},
		{"a long contribution line of many writers is furniture", "Associated Press writers Tom Hale in Oslo, Rui Costa in Lisbon, Ana Pires in Porto, Jan Novak in Prague, Eva Berg in Bergen and Mia Holm in Malmo contributed to this report.", true},
		{"a contribution label with names is furniture", "Contributing: Jan Novak and Eva Berg", true},
		{"additional reporting after with is furniture", "With additional reporting by Eva Berg in Bergen", true},
		{"volunteers who contributed to a report are content", "Dozens of volunteers contributed to this report, the charity said.", false},
		{"a report that donors contributed is content", "Donors contributed to this report on the floods.", false},
		{"a name that contributed money is content", "Lena Varga contributed 5,000 euros to the fund.", false},
		{"a related bar with a quoted phrase in a headline is furniture", `Related: Ferry fares rise again | Crews describe "endless shifts" at the depot`, true},
		{"a related bar with a question headline is furniture", "Related: Who owns the harbour? | Tide tables for May", true},
		{"a pitch and a dash before a newsletter sign-up is furniture", "Don't miss an update - sign up to our weekly newsletter.", true},
		{"a warning not to miss a deadline is content", "Don't miss the deadline - the council said forms close on Friday.", false},
		{"a photo credit of an outlet and an initialled name is furniture", "(Bay Courier/R. Almeda)", true},
		{"a byline with an outlet and a clock time in a.m. is furniture", "By Mara Lindholm | The Courier | June 2, 2026, 8:40 a.m. ET", true},
		{"a byline of a desk named with the is furniture", "By the Travel Desk, Harbour Gazette | 9 June 2026", true},
		{"a sentence opening with by the is content", "By the end of June, the Harbour Gazette had 9 reporters.", false},
		{"a prompt to watch a briefing on the site's page is furniture", "Watch the full briefing on our video page.", true},
		{"a report that someone watched a briefing is content", "Residents watched the full briefing on the council's stream.", false},
		{"a live blog's title with its day is furniture", "River Ouse flood updates, Tuesday May 5", true},
		{"a headline on updates to a law is content", "Council updates parking rules from May 5", false},
		{"an outlet's name and its section are furniture", "Harbour Times — Energy & Climate", true},
		{"a headline of two names joined by a dash is content", "Kyiv — Moscow", false},
		{"a headline naming an outlet with a verb is content", "Harbour Times — Editor resigns over leak", false},
		{"an appeal to donate to the station is furniture", "Donate to Harbour Radio today.", true},
		{"a donation reported in prose is content", "Donate to the fund, the mayor urged residents on Monday.", false},
		{"an appeal to support local journalism is furniture", "Support independent local journalism.", true},
		{"support for a plan is content", "Support for the plan fell to 40%.", false},
		{"a pointer to the full broadcast is furniture", "Listen to the full interview on Drive Time Weston.", true},
		{"a pointer to listen again on an app is furniture", "Listen again on the Coastline FM app.", true},
		{"a station's name and a pointer to its app are furniture", "Coastline FM | Listen again on our app", true},
		{"an outlet's name and an appeal to donate are furniture", "Weston Evening Post | Donate today", true},
		{"a name and a report after a bar are content", "Coastline FM | Listeners rallied on the pier on Sunday", false},
		{"listening to people in a report is content", "Listen to the nurses, the union leader told ministers.", false},
		{"a question before a sign-up is furniture", "Liked this article?", true},
		{"a question on liking something else is content", "Liked the new budget?", false},
		{"a note that a transcript was edited is furniture", "This interview has been edited for length and clarity.", true},
		{"a note that the text was lightly edited is furniture", "It has been lightly edited for clarity.", true},
		{"a report that a film was edited is content", "The film has been edited to remove the scene.", false},
		{"the close of a transcript in brackets is furniture", "[End of interview]", true},
		{"a transcript's proof notice is furniture", "Proof copy: subject to correction", true},
		{"an uncorrected proof notice is furniture", "Uncorrected proof — not for citation.", true},
		{"a report of a proof is content", "The proof of the theorem took a decade.", false},
		{"a transcript's suspension note is furniture", "Sitting suspended from 11:15 to 12:00.", true},
		{"a transcript's adjournment note is furniture", "House adjourned at 10.31pm.", true},
		{"an adjournment told with its verb is content", "The sitting was suspended from 11:15 after a protest.", false},
		{"a broadcast's date line is furniture", "Aired Tuesday 4 May 2027.", true},
		{"a sentence on a broadcast is content", "Broadcast Tuesday, the debate drew two million viewers.", false},
		{"a photo credit in brackets alone is furniture", "(Gazette photo)", true},
		{"an archive credit in brackets alone is furniture", "(Herald Archive)", true},
		{"a bracketed aside is content", "(The bridge reopened in May.)", false},
		{"a live blog's word that its coverage goes on is furniture", "Our live coverage continues tomorrow morning.", true},
		{"a report that talks continue is content", "Our talks continue tomorrow, the envoy said.", false},
		{"a live blog's lead-in is furniture", "Here's what we know so far.", true},
		{"a label and headlines between bars are furniture", "Related: Flood map | How to help flood victims in Easton", true},
		{"more of a section and headlines between bars are furniture", "More analysis: Why the port strike matters | The lesson of the 2019 lockout", true},
		{"a heading of links on the subject is furniture", "More on the port strike:", true},
		{"a heading of more stories of one kind is furniture", "More reviews:", true},
		{"a sentence opening with more of a kind is content", "More reviews: the critics loved it.", false},
		{"a sentence with bars is content", "More rain: the forecast says 40mm | 60mm in the hills.", false},
		{"an embed's link to the post on a network is furniture", "View this post on Instagram", true},
		{"an embed's link to a video is furniture", "View this video on TikTok", true},
		{"viewing something on a network in prose is content", "View the results on Facebook before you vote.", false},
		{"an embed's credit with a handle is furniture", "A post shared by Saltmarsh Sound (@saltmarshsound)", true},
		{"a post shared by a person with no handle is prose", "A post shared by the mayor drew criticism.", false},
		{"an embed's stamp with a handle and date is furniture", "Posted by @saltmarshsound · 15 Sep 2026", true},
		{"an embed's stamp with a handle alone is furniture", "Posted by @kestrelbay", true},
		{"a sentence on what a handle posted is prose", "Posted by @kestrelbay on Monday, the video drew anger.", false},
		{"an embed's engagement counts are furniture", "1,204 likes · 387 comments", true},
		{"an embed's view count is furniture", "12K views", true},
		{"counts in a sentence are prose", "The post drew 1,204 likes within an hour.", false},
		{"a prompt to follow the outlet on a network is furniture", "Follow Harbour Times on Instagram", true},
		{"a prompt to follow on two networks is furniture", "Follow us on X and Threads", true},
		{"following a route is prose", "Follow the river north to the dam.", false},
		{"a prompt to follow the outlet on a network for updates is furniture", "Follow Capital Ledger on X for updates.", true},
		{"a prompt to follow on two networks for coverage is furniture", "Follow Capital Ledger on X and Threads for live coverage of the final vote.", true},
		{"following a story on a network for a reason is prose", "Follow the money on Facebook and you find the donors.", false},
		{"a prompt to follow a desk of the site for updates is furniture", "Follow the Daily Ledger World desk for updates.", true},
		{"following a story for its updates in a report is prose", "Follow the talks for updates, the envoy told reporters who had gathered.", false},
		{"a newsletter's forward prompt is furniture", "Forwarded this email?", true},
		{"a longer forward prompt is furniture", "Was this newsletter forwarded to you?", true},
		{"a question on forwarded mail is content", "Who forwarded the email to the minister, and when?", false},
		{"a briefing's greeting naming its day is furniture", "Here is what you need to know on Friday.", true},
		{"a briefing's greeting naming the morning is furniture", "Here's what to know this morning.", true},
		{"a sentence on what to know about a thing is content", "Here is what you need to know about the new tax rules.", false},
		{"a live blog's sign-off is furniture", "Our correspondents will be back tomorrow morning.", true},
		{"a live blog's closing line is furniture", "That's all from us this evening.", true},
		{"someone else's return is prose", "The minister will be back in Brussels tomorrow.", false},
		{"a quoted return is prose", `"We will be back," the striker said.`, false},
		{"a return quoted with doubled marks is prose", "``We'll be back tomorrow to talk.''", false},
		{"a live blog's greeting is furniture", "Good afternoon.", true},
		{"a greeting and welcome is furniture", "Hello and welcome.", true},
		{"a sentence opening with good is prose", "Good weather helped the harvest.", false},
		{"a live blog's time heading is furniture", "14:05 GMT", true},
		{"a time heading with its date is furniture", "Mon 23 Nov 10.42 BST", true},
		{"a time heading in any zone is furniture", "21:40 KST", true},
		{"a time heading with am/pm and zone is furniture", "9.15 am NZST", true},
		{"a time beside capitals that are no zone is prose", "21:40 UN", false},
		{"a sentence at a time of day is prose", "The rocket lifted off at 14:30 GMT.", false},
		{"a date alone is no time heading", "23 November 2026", false},
		{"a Markdown link list item is furniture", "* [Subscribe to Ledger Street Markets](https://ledgerstreet.example/subscribe)", true},
		{"a bare Markdown link line is furniture", "[More on energy storage](https://example.org/tag/storage)", true},
		{"a sentence holding a Markdown link is prose", "The company said [in a filing](https://example.org/f) that profit rose.", false},
		{"a byline laid out in fields is furniture", "Kagiso Mthembu | Politics | 6 May 2026", true},
		{"a breadcrumb with bullets is furniture", "Home • World • Africa", true},
		{"a headline with one bar is no field list", "Ukraine | Peace talks resume in Geneva", false},
		{"a sentence with bars is no field list", "Prices rose | fell | rose again, traders said.", false},
		{"a screen-reader link list is furniture", "list of 4 itemsend of list", true},
		{"a caption in brackets is furniture", "[Photo caption: The Garuda-III rocket lifts off from Pulicat on Wednesday morning.", true},
		{"a sentence opening with a bracket is prose", "[The minister] said the talks would resume on Monday.", false},
		{"a series sponsor note is furniture", "This article is part of our Global Health series, supported by a grant from the Halvorsen Foundation.", true},
		{"a funding note is furniture", "This reporting was supported by the Pulitzer Center.", true},
		{"a grant in a report is prose", "The team has applied for a grant from the Global Malaria Fund, which will decide in September.", false},
		{"a report on an article is prose", "The article is part of a wider inquiry, the editor said.", false},
		{"an embargo line is furniture", "EMBARGOED UNTIL 16:00 BST WEDNESDAY 6 MAY 2026", true},
		{"an embargo label with a time is furniture", "Embargoed until 00:01 GMT on Tuesday", true},
		{"a release's date line is furniture", "For immediate release: 12 November 2026", true},
		{"a release's date line without a colon is furniture", "FOR IMMEDIATE RELEASE 12 November 2026", true},
		{"a report of a release is prose", "For immediate release of the hostages, the envoy flew to Doha on Friday.", false},
		{"an embargo in a report is prose", "Embargoed until the talks ended, the report leaked on Friday.", false},
		{"a fact box label is furniture", "Key points:", true},
		{"a bare fact box label on its line is furniture", "Key dates", true},
		{"a bare multi-word box label is furniture", "At a glance", true},
		{"a box label closing a sentence is prose", "Background.", false},
		{"a headline opening with a box label is no label", "Key dates for savers", false},
		{"a dates box label is furniture", "Key dates:", true},
		{"a glance label is furniture", "At a glance:", true},
		{"a speaker's colon is prose", "He said:", false},
		{"a label with its point is prose", "Key points: the deal cuts tariffs by half.", false},
		{"a referee row is furniture", "Referee: Kieran Blythe.", true},
		{"an attendance row is furniture", "Attendance: 3,104.", true},
		{"a referee's words are prose", "Referee: I got the decision wrong, says Blythe.", false},
		{"a line-up row is furniture", "Harbridge United: Coyle; Pryce, Haig, Dembele, Fitch; Orr, Sandoval (Quist 70), Baines; Wray, Mullan, Kettering.", true},
		{"a list of signatories in a sentence is prose", "Kyiv: Russia; Ukraine, France, Germany, Poland and Italy signed the accord.", false},
		{"a few names after a colon are prose", "Harbridge: Pryce; Dembele.", false},
		{"a link list announcement alone is furniture", "List of 12 items", true},
		{"a trending label is furniture", "Trending", true},
		{"a mobile-site link is furniture", "Exit mobile version", true},
		{"a bare section name is furniture", "World", true},
		{"a dangling publication label is furniture", "Published", true},
		{"a dangling lower-case word is furniture", "on", true},
		{"a publication stamp is furniture", "Published 3 hours ago", true},
		{"an update stamp with a date is furniture", "Updated: December 3, 2025 10:15 am", true},
		{"share buttons are furniture", "Share on Facebook | Twitter | WhatsApp | Email", true},
		{"a newsletter prompt is furniture", "Sign up for our newsletter", true},
		{"a read-more link is furniture", "Read more", true},
		{"an advertisement label is furniture", "ADVERTISEMENT", true},
		{"a copyright line is furniture", "© 2025 All rights reserved", true},
		{"a photo credit label is furniture", "Picture: Jane Doe via AP", true},
		{"an agency photo credit is furniture", "(AP Photo/Evan Vucci)", true},
		{"a getty credit is furniture", "Soldiers in Kyiv. John Moore/Getty Images", true},
		{"a line of symbols is furniture", "* * *", true},
		{"an advertisement break is furniture", "Story continues below advertisement", true},
		{"a social prompt is furniture", "Follow us on Twitter", true},
		{"a reading time is furniture", "5 min read", true},
		{"a wire's staff credits are furniture", "Reporting by Jane Doe in Kyiv; Editing by John Roe", true},
		{"a podcast's music credit is furniture", "Music by Tomas Reyl.", true},
		{"a podcast's sponsor credit is furniture", "Sponsored by Halden Garden Supplies.", true},
		{"a sponsored event told is content", "Sponsored by the city council, the race drew 4,000 runners on Sunday.", false},
		{"a broadcaster's image source is furniture", "Image source, Getty Images", true},

		{"a headline is content", "Russia says no Ukraine compromise after five-hour Putin meeting with Trump envoys", false},
		{"a short subheading is content", "Drone attacks continue", false},
		{"a title-case subheading is content", "Concerns Among European Allies", false},
		{"a dateline is content", "LONDON 1996-08-30", false},
		{"a byline name is content", "Nadim Ladki", false},
		{"an all-caps headline is content", "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", false},
		{"a short reported sentence is content", "Both sides agreed not to disclose the substance of the talks.", false},
		{"a quote about sharing is content", "“We will share the details next week,” he said.", false},
		{"a sports table row is content", "Reading 2 1 0 1 3 5 3", false},
		{"a short quote is content", "“What a mess.”", false},
		{"a byline is furniture", "By Jane Smith", true},
		{"a byline with a date is furniture", "By Anna de Vries, 4 June 2025", true},
		{"a byline with a staff label is furniture", "BY JOHN ROE | Staff writer", true},
		{"a staff byline with a date is furniture", "By Staff Reporter | 3 November 2026", true},
		{"a desk byline is furniture", "By News Desk", true},
		{"an agency's byline with a bar and a date is furniture", "Meridian Press Agency | Thursday 22 January 2026, 14:10 GMT", true},
		{"a headline with a bar is content", "Storm Isolde | Live updates as winds reach 100mph", false},
		{"an outlet's name and date apart by a dash are furniture", "Coastline Business Journal — October 13, 2026", true},
		{"a dateline opening a report with a dash is content", "LONDON — The Bank of England held rates on Thursday.", false},
		{"a writer's e-mail address is furniture", "Reach her at mokonkwo@aldervalleycourier.example.", true},
		{"a request for readers' pictures is furniture", "Have a photo or video of the fire?", true},
		{"a site's note on other sites' content is furniture", "Copyright Valley Radio 2025. Valley Radio is not responsible for the content of external sites.", true},
		{"a site's note on other sites' content in capitals is furniture", "VALLEY RADIO IS NOT RESPONSIBLE FOR THE CONTENT OF EXTERNAL SITES.", true},
		{"a call for readers' stories is furniture", "Get in touch: Send us your stories by email or text.", true},
		{"a report of a firm held not responsible is content", "The court found the landlord was not responsible for the damage.", false},
		{"getting in touch in a report is content", "Police asked anyone with information to get in touch.", false},
		{"a prompt to download the site's app is furniture", "Download the KSRN 7 app for breaking news alerts.", true},
		{"a longer newsletter prompt is furniture", "Sign up for The Ledger's Frontier newsletter, our weekly dispatch on science and space.", true},
		{"a don't-miss prompt is furniture", "Don't miss a deal.", true},
		{"a prompt to follow the site with its handle is furniture", "Follow us on X @NorthgateWire.", true},
		{"a prompt to follow the site for more coverage is furniture", "Follow Northgate Wire Science for more space coverage.", true},
		{"a read-more link without a colon is furniture", "Read more Business coverage", true},
		{"a page's publication and update stamps on one line are furniture", "Published Aug. 16, 2026 at 7:30 a.m. | Updated 9:15 a.m.", true},
		{"a live blog's summary heading is furniture", "What to know Wednesday", true},
		{"a greeting before a summary heading is furniture", "Good morning: what to know Friday", true},
		{"a sentence opening like a summary heading is content", "What to know about the fire is still unclear, the chief said.", false},
		{"a live-blog entry's update stamp is furniture", "Updated 3:45 p.m. PDT", true},
		{"a page's publication stamp is furniture", "Published Aug. 12, 2026 at 6:10 a.m.", true},
		{"a sentence opening with updated is content", "Updated figures showed 12 dead.", false},
		{"an outlet's staff byline is furniture", "Brannock Tribune staff", true},
		{"a prompt for the site's alerts is furniture", "Get the Tribune's breaking news alerts.", true},
		{"a prompt to get the site's morning digest is furniture", "Get the Ledger Evening Briefing.", true},
		{"getting a briefing from someone is no prompt", "Get the briefing from the fire chief before you leave the shelter.", false},
		{"a report opening with get is content", "Get the details right, the judge told the court.", false},
		{"a prompt to follow the site on social media is furniture", "Follow Plains Sport Daily on social media for all the latest transfer news.", true},
		{"a photographer's credit in brackets is furniture", "(Ben Hadley / Brannock Tribune)", true},
		{"an aside in brackets with a slash is content", "(the dam was rated poor / unsafe)", false},
		{"a photo caption is furniture", "Photo caption: Waves break over the harbour wall at Port Ennis this afternoon.", true},
		{"a sentence opening with by and a staff word is content", "By staff estimates, the repairs will cost more.", false},
		{"a share button for X is furniture", "Share on X", true},
		{"share buttons run together are furniture", "Share on Facebook Share on Bluesky Email this story", true},
		{"a sentence opening like a share button is content", "Share on Friday rose by a third after the company reported profits.", false},
		{"a share button by email is furniture", "Share via Email", true},
		{"a read-more teaser with a headline is furniture", "Read more: Europe's summer of extremes", true},
		{"a show's teaser of its next episode is furniture", "Next week on The Garden Hour: we visit a rooftop farm in Leeds.", true},
		{"a plan for a day of next week is content", "Next week on Tuesday: the council votes on the budget.", false},
		{"a station's listen-again line for a programme is furniture", "Listen again: Coast FM Drivetime, Tuesday 5pm.", true},
		{"a listen-again line for an episode is furniture", "Listen back: The Farming Hour, Sunday edition", true},
		{"a sentence advising to listen again is content", "Listen again to the tape, the lawyer told the jury, and you will hear a second voice.", false},
		{"a related teaser is furniture", "Related: Floods hit northern Italy", true},
		{"a see-also teaser is furniture", "See also: How the heatwave unfolded", true},
		{"a copyright line with a site name is furniture", "© 2025 Metro Daily.", true},
		{"a copyright line in words is furniture", "Copyright 2024 Example Media Group", true},
		{"a sentence opening with by is content", "By the end of the year, prices had doubled.", false},
		{"a sentence opening with by and a date is content", "By Friday, Trump said, the deal would be done.", false},
		{"a sentence about sharing on a network is content", "Share prices on Wall Street fell sharply after the announcement on Tuesday.", false},
		{"a sentence about copyright is content", "Copyright law was changed last year to cover AI models.", false},
		{"a team name is content", "World Cup", false},
		{"a poll by an agency is content", "A Reuters/Ipsos poll showed support at 40 percent.", false},
		{"a cookie banner in the site's voice is furniture", "We use cookies to give you the best experience on our website.", true},
		{"a cookie consent by browsing is furniture", "By continuing to use this site you agree to our use of cookies.", true},
		{"a cookie banner with a label is furniture", "Cookies: This website uses cookies.", true},
		{"cookie buttons are furniture", "Accept all cookies  Reject optional", true},
		{"a consent button bar is furniture", "Accept all | Manage preferences", true},
		{"a cookie settings link is furniture", "Cookie Settings", true},
		{"a banner's lone button is furniture", "OK", true},
		{"reporting on cookies is content", "Regulators fined the retailer for setting cookies without consent.", false},
		{"reporting a group's rejection of cookies is content", "Youth campaigners reject cookie tracking in schools.", false},
		{"a quotation about cookies is content", "“We use cookies only where the law allows,” the company said.", false},
		{"a skip link is furniture", "Skip to main content", true},
		{"a live blog's key events heading is furniture", "Key events", true},
		{"a newsletter sign-up is furniture", "Sign up to the Harbour Times daily newsletter", true},
		{"a briefing sign-up is furniture", "Sign up for our evening briefing", true},
		{"a subscription prompt is furniture", "Subscribe to The Valley Echo newsletter", true},
		{"a newsletter label is furniture", "Newsletter: The week in markets", true},
		{"a tag line is furniture", "Tags: shipping, ports, strikes", true},
		{"a topics line is furniture", "Topics: Energy, Norway, Courts", true},
		{"a trending line is furniture", "Trending: Rail fares to rise | Storm warning for coast", true},
		{"a you-might-like teaser is furniture", "You might also like: Why bus fares keep rising", true},
		{"a standards note is furniture", "Our Standards: The Harbour Trust Principles.", true},
		{"a syndication note is furniture", "This article was originally published on Coastal Weekly.", true},
		{"a more-from link is furniture", "More from Harbour Times", true},
		{"a sentence opening with more from is content", "More from the same shipment was seized in Rotterdam.", false},
		{"a more-from line with its headlines is furniture", "More from Circuit Weekly: Port of Kessa to cut 1,100 jobs in automation push | Why container rates are rising again", true},
		{"more from a lower-case source before a colon is content", "More from the batch: prices rose in every region and the shipment was seized", false},
		{"a membership prompt is furniture", "Become a member today.", true},
		{"a subscriber prompt is furniture", "Become a subscriber to support local news.", true},
		{"becoming a member in a report is content", "The country hopes to become a member of the bloc by 2030.", false},
		{"a site's note that readers fund it is furniture", "Harbour Times News is reader-supported.", true},
		{"a site funded by its members is furniture", "The Kessa Ledger is funded by its members.", true},
		{"a report of reader funding is content", "The paper, which is reader-supported, laid off ten staff.", false},
		{"a pointer to a web address is furniture", "Learn more at northmoor.com.", true},
		{"a pointer to a web address on a topic is furniture", "Find out more about the plan at www.northmoor.co.uk.", true},
		{"a visit pointer with a web address is furniture", "Visit northmoor.com for more information.", true},
		{"learning more at a meeting is content", "Residents can learn more at the meeting on Tuesday.", false},
		{"an imperative learn more with no address is content", "Learn more at the meeting.", false},
		{"a breadcrumb with chevrons is furniture", "Home › World › Asia", true},
		{"a breadcrumb after the site name is furniture", "Valley Echo — Home › Courts", true},
		{"a breadcrumb with angle marks is furniture", "News > Courts", true},
		{"a two-field section bar is furniture", "Energy | Courts", true},
		{"a masthead with its section is furniture", "Harbour Times — Business", true},
		{"a headline with a dash is content", "Kyiv — Moscow talks collapse", false},
		{"two names joined by a dash are content", "Lisbon — Porto", false},
		{"a spaced navigation bar is furniture", "Home  World  Oil & Gas  Markets  Podcasts", true},
		{"a navigation bar with single spaces is furniture", "Home World Markets Climate Opinion", true},
		{"a title-case headline opening with home is content", "Home Office Rejects Asylum Appeal", false},
		{"a table row with spaced columns is content", "Wheat   2.55   2.40   3.10", false},
		{"a site's desk line is furniture", "Harbour Times Live Desk", true},
		{"a live blog's welcome that opens its coverage is furniture", "Good morning and welcome to our live coverage from Kellsbridge Crown Court, where the jury in the trial of Lewis R. Trenholm is about to resume its deliberations.", true},
		{"a welcome back to a live blog is furniture", "Hello again, and welcome back to our rolling coverage of the budget.", true},
		{"a welcome to a live page without a greeting is furniture", "Welcome to the live blog for today's Senate vote on the spending bill.", true},
		{"the report after a live blog's welcome is content", "The jury of seven women and five men was sent out at 11:40 yesterday.", false},
		{"a welcome reported of someone else is content", "The minister said good morning and welcomed reporters to the live briefing.", false},
		{"a programme opening with a greeting is content", "Good Morning Britain welcomed the live coverage of the royal wedding.", false},
		{"a quoted live welcome is content", `"Good morning and welcome to our live coverage," the presenter began, before the feed cut out.`, false},
		{"a welcome to a place is content", "Welcome to the city of Kellsbridge, the sign at the bridge reads.", false},
		{"a live blog's byline of writers and where they write from is furniture", "Hannah Pryce in Lausanne and Sam Okafor (now)", true},
		{"a live blog's byline of three writers and their stretches is furniture", "Ella Hunt, Tom Reddy (earlier) and Ade Bello (now)", true},
		{"a line of names with no place or stretch is no byline", "Tony Blair, Gordon Brown and John Prescott", false},
		{"a sentence naming two people in a place is content", "Hannah Pryce in Lausanne and Sam Okafor met the panel.", false},
		{"a live blog's end of coverage is furniture", "That is where we will end our live coverage for today.", true},
		{"a live blog's all from its coverage is furniture", "That's all from our live coverage of the vote tonight.", true},
		{"a live blog wrapping up is furniture", "We're wrapping up this live blog now.", true},
		{"a live blog taking its coverage up again is furniture", "We are resuming our rolling coverage.", true},
		{"a company resuming its flights is content", "We are resuming our flights to Corvale on Monday.", false},
		{"a live blog closing the live blog for the day is furniture", "We're closing the live blog for Friday.", true},
		{"a broadcaster ending a race's coverage is content", "The broadcaster is ending the coverage of the race after 40 years.", false},
		{"a note of when the coverage goes on is furniture", "Coverage continues tomorrow from 8am.", true},
		{"live updates resuming on a weekday are furniture", "Live updates resume on Monday.", true},
		{"live coverage resuming at a time is furniture", "Live coverage resumes at 9am.", true},
		{"coverage of an event resuming is content", "Coverage of the final resumes at 9am on Channel 4.", false},
		{"a bare relative day stamping an entry is furniture", "Yesterday", true},
		{"a relative day and a clock time stamping an entry are furniture", "Yesterday 18:40", true},
		{"a relative day opening a report is content", "Yesterday the council met.", false},
		{"a thanks for following is furniture", "Thanks for following.", true},
		{"a thanks for joining the coverage is furniture", "Thank you for joining us for our live coverage today.", true},
		{"a pointer to the broadcaster's bulletin is furniture", "You can hear a full report on our 6pm bulletin.", true},
		{"a pointer to the site's coverage is furniture", "You can also follow our coverage on the app.", true},
		{"an invitation back to the live blog is furniture", "Join us again tomorrow from 8am.", true},
		{"thanks for following a rule is content", "Thanks for following the rules, the police told drivers.", false},
		{"a firm ending its partnership is content", "We will end our partnership with the firm, the chief executive said.", false},
		{"where someone was found is content", "That's where we found him, the officer said.", false},
		{"what a resident hears is content", "You can hear the river from our back door.", false},
		{"a broadcaster ending its coverage is content", "The broadcaster said it would end its live coverage of parliament.", false},
		{"a newsroom byline with an update stamp is furniture", "By Radio Kellsbridge newsroom | Last updated 15 October 2026, 17:10 BST", true},
		{"a byline naming the kind of piece after the outlet is furniture", "By Tomas Verhoeven, Valley Herald analysis", true},
		{"a sentence opening with by and an analysis is prose", "By that analysis, prices will rise.", false},
		{"a news team byline with a weekday stamp is furniture", "By Metro Daily news team | Last updated Thursday 15 October 2026, 17:10 BST", true},
		{"a staff byline with an update stamp is furniture", "By Harbour Times staff | Updated 3 May 2026", true},
		{"a team byline with the and an update stamp is furniture", "By the TravelSafe Advice team | Last updated Saturday 14 March 2026, 14:05", true},
		{"a sentence opening with by the and a bar is content", "By the time the team arrived | Last updated Saturday 14 March 2026, 14:05", false},
		{"a count by a newsroom is content", "By the newsroom's own count, 40 jobs went.", false},
		{"a sentence opening with by and a weekday is content", "By Tuesday the Kellsbridge newsroom had lost 40 staff.", false},
		{"a company register line is furniture", "Registered in England No. 0448210.", true},
		{"a company register line with its number is furniture", "Registered in England and Wales, company number 01234567", true},
		{"a registered office line is furniture", "Registered office: 4 Mill Street, Kellsbridge KB1 2AB.", true},
		{"a register number in the register's form is furniture", "Registered in Scotland SC123456.", true},
		{"where a firm was registered is content", "Registered in England in 1998, the firm moved its headquarters to Dublin last year.", false},
		{"registered nurses are content", "Registered nurses in England number 350,000, the report said.", false},
		{"an outlet's postal address is furniture", "The Northern Ledger, 4 Mill Street, Kellsbridge.", true},
		{"an address with a postcode is furniture", "Harbour House, 12 Quay Road, Port Ennis, PE1 4AB", true},
		{"a report at an address is content", "Police were called to 4 Mill Street, Kellsbridge, on Monday.", false},
		{"a defendant's name, age and street are content", "Lewis R. Trenholm, 52, of Marsh Lane, Kellsbridge, denies arson.", false},
		{"a place and its street named in a report are content", "Trenholm Logistics, 12 Harbour Road, Kellsbridge, was destroyed.", false},
		{"a newsletter prompt with a lead-in is furniture", "Never miss a story: sign up to our Courts newsletter.", true},
		{"a prompt for alerts with a lead-in is furniture", "Stay informed: subscribe to our breaking news alerts.", true},
		{"an instruction to sign up reported is content", "Officials gave residents one instruction: sign up for flood alerts.", false},
		{"a slogan before a sign-up for war is content", "Never again: sign up for war, veterans told recruits.", false},
		{"a note of how to reach the writer is furniture", "Ruth Ashworth can be reached at the Courier newsroom.", true},
		{"a writer reached at an e-mail address is furniture", "Tomas Brandt can be reached at tbrandt@harbourtimes.example", true},
		{"a writer reached by phone is furniture", "She can be reached at 555-0134 or on X @kmthembu.", true},
		{"a prompt to contact the author is furniture", "Contact the author at the Ledger's business desk.", true},
		{"a prompt to reach a writer at the newsroom is furniture", "Reach Ruth Ashworth at the Courier newsroom.", true},
		{"a request to send tips to the newsroom is furniture", "Send it to our news desk.", true},
		{"a place reached by road is content", "Mount Kessa can be reached by road only in summer.", false},
		{"a deal reached at a summit is content", "Negotiators believe a deal can be reached at the next summit.", false},
		{"someone who could not be reached is content", "Ruth Ashworth could not be reached for comment on Friday.", false},
		{"a town reached at dawn is content", "Reach Orska at dawn, the convoy leader told drivers.", false},
		{"a place reached at a named bridge is content", "Kellsbridge can be reached at Mill Street Bridge by ferry.", false},
		{"a plea to contact the embassy is content", "Contact the embassy at once if stranded, the ministry advised.", false},
		{"sending troops is content", "Send our troops home, the protesters chanted.", false},
		{"a union's appeal to share journalists' concern is content", "Share our journalists' concern about press freedom, the union urged.", false},
		{"a town reached by phone from a city is content", "Orska can be reached by phone only from Draskov.", false},
		{"a writer's disclosure is furniture", "Disclosure: The author holds no position in Northmoor Energy Group or Calder Ridge Resources.", true},
		{"a disclaimer label is furniture", "Disclaimer: This article is for information only and is not investment advice.", true},
		{"a writer's holdings without a label are furniture", "The writer owns shares in Calder Ridge Resources.", true},
		{"a column's views disclaimer is furniture", "The views expressed in this column are the author's own.", true},
		{"views that are those of the author are furniture", "Opinions expressed here are those of the author.", true},
		{"a column not speaking for its outlet is furniture", "This column does not necessarily reflect the opinion of the editorial board or The Northern Ledger.", true},
		{"an editorial speaking for its outlet is furniture", "This editorial represents the view of the Northern Post.", true},
		{"leaders reflecting the paper's opinion are furniture", "Our leaders reflect the opinion of the paper.", true},
		{"a minister's view of an editorial is content", "The minister said the editorial represents the view of a small minority.", false},
		{"disclosure as a subject is content", "Disclosure of the payments came after a leak to the Ledger.", false},
		{"the author of a bill is content", "The author of the bill has no financial interest in the scheme, her office said.", false},
		{"a minister's views are content", "The views expressed by the minister are his own, a spokesman said.", false},
		{"a quoted disclaimer is content", "\"The views expressed in this column are the author's own,\" the editor wrote in reply.", false},
		{"a report's views reflecting a bank are content", "The report's views do not necessarily reflect those of the World Bank, its authors said.", false},
		{"a press release's contact label is furniture", "Media Contact:", true},
		{"a release's notes to editors are furniture", "Notes to editors: The Ministry of Trade and Industry (MTI) is responsible for trade policy.", true},
		{"a notes to editors heading is furniture", "Note to editors", true},
		{"notes to editors in prose are content", "Notes to editors show the leak came a week earlier, the paper said.", false},
		{"an investor contact label with its entry is furniture", "Investor Contact: Marcus Reyes, +1 713 555 0100", true},
		{"a press contact label is furniture", "Press contact:", true},
		{"a forward-looking statements heading is furniture", "Forward-Looking Statements", true},
		{"a cautionary note heading is furniture", "Cautionary Note Regarding Forward-Looking Statements", true},
		{"a release's notice of forward-looking statements is furniture", "This press release contains forward-looking statements within the meaning of federal securities laws.", true},
		{"the words marking forward-looking statements are furniture", "Words such as \"expect,\" \"believe,\" \"intend\" and \"will\" identify forward-looking statements.", true},
		{"a notice that results may differ is furniture", "Actual results could differ materially.", true},
		{"a release's refusal to update is furniture", "Northmoor undertakes no obligation to update these statements.", true},
		{"a pointer to more information is furniture", "For more information, visit the Northmoor website.", true},
		{"a pointer to more details on a topic is furniture", "For further details on the offer, please contact the information agent.", true},
		{"a regulator's finding on forward-looking statements is content", "The regulator said the forward-looking statements in the release were misleading.", false},
		{"forward-looking guidance in a report is content", "The forward-looking guidance in this announcement surprised markets.", false},
		{"a result differing from forecasts is content", "Actual results differed materially from the forecast, the company said.", false},
		{"a contact line with a phone number is furniture", "Brunswick Grey (financial PR) - Oliver Mott, +44 20 7946 0555", true},
		{"a contact line with a labelled phone number is furniture", "Jessica Tran, Investor Relations, Tel: 020 7946 0877", true},
		{"an enquiries label is furniture", "Enquiries:", true},
		{"a sentence around a phone number is content", "Call 0800 555 0199 if you saw the crash.", false},
		{"a name and a figure is no contact line", "Northmoor Energy, 1,234,567", false},
		{"enquiries in prose are content", "Enquiries: police said the inquiry would take months.", false},
		{"a contact label in prose is content", "Contact: the two sides have not spoken since May.", false},
		{"a media contact in prose is content", "Media contact with the minister was limited to one briefing.", false},
		{"more information from the police is content", "For more information on the victims, police appealed to the public.", false},
		{"a charity appeal with its label is furniture", "How to help: Donations can be made through the Morvenian Red Crescent and IDRO's emergency appeal.", true},
		{"an appeal asking how readers can help is furniture", "How you can help: The Red Cross is accepting donations at its website.", true},
		{"how to help as a subject is content", "How to help the valley rebuild is now the government's main question.", false},
		{"an appeal reported mid-sentence is content", "Aid workers asked how to help: officials told them to wait.", false},
		{"reporting as a subject is content", "Reporting by the newspaper in March first revealed the scheme, which officials had denied for months and months since it began.", false},
		{"a page's last-updated stamp is furniture", "Last updated: 16 March 2026", true},
		{"a page's first-published stamp with a time is furniture", "First published Tuesday 3 March 2026 09:00 GMT", true},
		{"a page's updated stamp is furniture", "Updated: 16 March 2026", true},
		{"a page's published stamp is furniture", "Published 12 March 2026", true},
		{"a sentence opening with last and updated is content", "Last updated in March, the forecast now sees growth of 2%.", false},
		{"an editor's note on an entry's update is furniture", "Updated 19:02 GMT: adds Solberg statement.", true},
		{"an editor's note on a correction is furniture", "Updated 13:20 GMT: corrects the location of the remarks.", true},
		{"an editor's note after a dated stamp and a dash is furniture", "Updated 16 March 2026, 19:02 GMT – adds details of the vote", true},
		{"an update stamp before a report is content", "Updated figures: adds 3% to the forecast, the bank said.", false},
		{"an update stamp before a sentence is content", "Updated 19:02 GMT: the minister adds that talks will resume.", false},
		{"a feedback prompt is furniture", "Was this guide helpful?", true},
		{"a feedback prompt with its buttons is furniture", "Was this article useful? Yes / No", true},
		{"a feedback widget's buttons are furniture", "Yes / No", true},
		{"a question whether a report helped is content", "Was this report helpful to the defence?", false},
		{"a related guides heading is furniture", "Related guides:", true},
		{"related parties in prose are content", "Related parties were paid 3 million.", false},
		{"a sign-up prompt for a weekly email is furniture", "Sign up to the MoneyWise Guide weekly email for the best money-saving tips.", true},
		{"a note on affiliate commission is furniture", "We may earn commission from some links on this page.", true},
		{"a note on affiliate commission in the third person is furniture", "The Guide earns a commission on purchases made through links in this article.", true},
		{"a site's note on its independence is furniture", "MoneyWise Guide is editorially independent.", true},
		{"commission earned in a report is content", "The broker may earn a commission of 2% on each sale, regulators said.", false},
		{"independence reported of a broadcaster is content", "The broadcaster is editorially independent, the minister said.", false},
		{"an outlet's tagline with its founding year is furniture", "The Harbour Times - independent local journalism since 1921.", true},
		{"an outlet's serving tagline is furniture", "Westvale Post: serving the valley since 1887", true},
		{"a firm's history in prose is content", "Harbour Foods has supplied local schools since 1921.", false},
		{"a headline on a paper's history is content", "Westvale Post - the town's paper since 1887 - to close", false},
		{"a prompt to leave condolences on the site is furniture", "Messages of sympathy can be left on our online tribute wall.", true},
		{"an aggregator's heading on its generated page is furniture", "Citywire Briefing - automatically generated digest", true},
		{"an aggregator's note that a machine compiled the page is furniture", "This roundup was compiled automatically from published reports.", true},
		{"an aggregator's note that the page is auto-generated is furniture", "This bulletin is auto-generated.", true},
		{"a reported note on a generated page is content", "The council said this report was generated automatically by its software.", false},
		{"generated power in prose is content", "The plant generated 40 megawatts automatically overnight.", false},
		{"a quoted generated summary is content", "\"This summary was generated automatically,\" the firm admitted.", false},
		{"a prompt to post memories on the site is furniture", "You can post your memories of the match on our website.", true},
		{"a charity's prompt reported is content", "Donations can be made on our website, the charity said.", false},
		{"a family's book of condolence in prose is content", "A book of condolence can be signed at the town hall.", false},
		{"a quote strip with its delay notice is furniture", "NWND 41.20 -0.8% | Data delayed 15 minutes", true},
		{"a delay notice alone is furniture", "Quotes delayed by at least 20 mins.", true},
		{"a delay of prices reported with its source is content", "Prices are delayed 15 minutes, the exchange said.", false},
		{"a delayed flight is content", "The flight was delayed 15 minutes by fog.", false},
		{"a note that comments are closed is furniture", "Comments are closed on this article.", true},
		{"a note that commenting is disabled is furniture", "Commenting has been disabled for this story", true},
		{"public comments closing in prose are content", "Comments are closed to the public until the review ends.", false},
		{"a match report's ratings heading is furniture", "Player ratings", true},
		{"a share button and a sign-up between bars are furniture", "Share this article | Sign up for Westvale Business", true},
		{"a share button for a live blog and its comment count are furniture", "Share this live blog | Comments (88)", true},
		{"a share button for an explainer is furniture", "Share this explainer", true},
		{"a masthead of a live blog with its time stamp is furniture", "Harrowgate Courier live blog | Updated 19:05", true},
		{"a headline with a stamp between bars is content", "Harrowgate council closes library | Updated 19:05", false},
		{"a table row between bars is content", "Share price | 4.1 pence", false},
		{"a data table's row with a count is content", "Joan Ferris | Harbour Greens | 12,806 | 22.5%", false},
		{"a data table's row with a share is content", "Ward 7 | Turnout | 41%", false},
		{"a call to sign up alone is furniture", "Sign up today.", true},
		{"a call to comment with its question is furniture", "Comment below: which side will win the derby?", true},
		{"a call to have your say is furniture", "Have your say", true},
		{"a question to readers without the call is content", "Which side will win the derby?", false},
		{"a live blog's producing desk is furniture", "Harbour Live is produced by the Harbour Media desk.", true},
		{"a film produced by a studio is content", "The film is produced by a studio in Leeds.", false},
		{"a media room stamp crediting the transcript is furniture", "Club media room | Monday 4 May 2026 | Transcript provided by the club", true},
		{"a bar of fields crediting photos is furniture", "Match day | Photos supplied by the council", true},
		{"a sentence on what a council provided is content", "Water was provided by the council | 40% of homes", false},
		{"a results table's row with a score in sets is content", "Quarter-final | Monday 4 May | Ana Rusk | Ivy Lund | 6-4 3-6 7-6(2)", false},
		{"a results table's row with a match score is content", "Group B | Harbour United | Kelso Rovers | 2-1", false},
		{"a page-number bar is furniture", "1 | 2 | 3 | Next", true},
		{"a byline between bars with a year is furniture", "Nadia Ferreira | Markets | 2026", true},
		{"a headline between bars is content", "Politics | Sign up drive lifts voter rolls", false},
		{"a briefing prompt with a call to sign up is furniture", "Get the Westvale Evening Digest - sign up here.", true},
		{"a call to sign up with two spaces is furniture", "Get the Westvale Evening Digest - sign  up here.", true},
		{"a podcast prompt with a call to subscribe is furniture", "Our weekly markets podcast | Subscribe now", true},
		{"a call to sign up reported is content", "The council told tenants: sign up now.", false},
		{"a column's disclaimer by pronoun is furniture", "The views expressed are her own.", true},
		{"a columnist's disclaimer in this column is furniture", "Opinions expressed in this column are their own.", true},
		{"an envoy's views are content", "The views expressed by the envoy are his own.", false},
		{"an appeal to support the site's journalism is furniture", "Support independent journalism - become a member of the Tarn Courier today.", true},
		{"a minister's support for journalism reported is content", "Support local news, the minister told publishers in Tarn on Monday.", false},
		{"an outlet's slogan after its name is furniture", "Tarn Valley Radio - honest, local and free.", true},
		{"an outlet's slogan after its name in capitals is furniture", "TVR - fast, fair, local.", true},
		{"a headline with a dash and adjectives is content", "Harbour Bridge - closed, flooded and unsafe after storm", false},
		{"a share bar naming X is furniture", "Share: Twitter X Email", true},
		{"a lone letter x is content", "X", false},
		{"a photographer's credit with the outlet's photo is furniture", "(Gazette photo / R. Lindqvist)", true},
		{"a file photo credit in brackets is furniture", "(File picture / Tarn Courier)", true},
		{"a bracketed aside with a slash is content", "(the bridge was closed / reopened twice)", false},
		{"a transcript service's caveat is furniture", "This transcript may not be 100% accurate and may contain errors.", true},
		{"a transcript service's warranty is furniture", "EarningsWire does not guarantee the accuracy of any transcript.", true},
		{"a caveat on an edited transcript is furniture", "The edited transcript may contain misspellings.", true},
		{"a court transcript reported is content", "The court transcript may not be accurate, the lawyer said.", false},
		{"news of a transcript's errors is content", "The transcript was released on Monday with several errors.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBoilerplate(tt.line); got != tt.want {
				t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestSplitMarksTeasersUnderAListHeading(t *testing.T) {
	text := "The port reopened on Monday.\n\nMost read\n1. Rail strike called off\n" +
		"Advertisement\n2. Who is the new harbour master?\n" +
		"This story was updated on 2 May to add the minister's reply.\nA later paragraph.\n\n" +
		"Share this article\nFerry sails again after repairs\n"
	var flagged, kept []string
	for _, s := range Split(text) {
		if s.Boilerplate {
			flagged = append(flagged, text[s.Start:s.End])
		} else {
			kept = append(kept, text[s.Start:s.End])
		}
	}
	wantFlagged := []string{"Most read", "1. Rail strike called off", "Advertisement", "2. Who is the new harbour master?", "Share this article"}
	wantKept := []string{"The port reopened on Monday.", "This story was updated on 2 May to add the minister's reply.",
		"A later paragraph.", "Ferry sails again after repairs"}
	if !reflect.DeepEqual(flagged, wantFlagged) || !reflect.DeepEqual(kept, wantKept) {
		t.Errorf("flagged %q\nwant    %q\nkept %q\nwant %q", flagged, wantFlagged, kept, wantKept)
	}
}

func TestSplitMarksTeasersOfTwoSentencesUnderAListHeading(t *testing.T) {
	text := "The bridge reopens on Friday.\n\nRelated:\n- Who runs the ferry? Our guide to the operator\n- Bridge tolls: what drivers will pay\n\n" +
		"The repairs cost 4 million. Work began in May.\n"
	var flagged []string
	for _, s := range Split(text) {
		if s.Boilerplate {
			flagged = append(flagged, text[s.Start:s.End])
		}
	}
	want := []string{"Related:", "- Who runs the ferry?", "Our guide to the operator", "- Bridge tolls: what drivers will pay"}
	if !reflect.DeepEqual(flagged, want) {
		t.Errorf("flagged %q, want %q", flagged, want)
	}
}

func TestSplitMarksTeasersUnderReadMore(t *testing.T) {
	text := "The dam failed on Sunday.\n\nRead more:\n- Repairs to the dam were delayed twice\n- Who is Peter Vance?\n\nThe review begins in April.\n"
	var flagged []string
	for _, s := range Split(text) {
		if s.Boilerplate {
			flagged = append(flagged, text[s.Start:s.End])
		}
	}
	want := []string{"Read more:", "- Repairs to the dam were delayed twice", "- Who is Peter Vance?"}
	if !reflect.DeepEqual(flagged, want) {
		t.Errorf("flagged %q, want %q", flagged, want)
	}
}

func TestSplitMarksASignOffNameAndALiveBadge(t *testing.T) {
	text := "LIVE Harbour strike: ferries cancelled\nDockers walked out at dawn.\n" +
		"The union said talks had failed.\nFerries were cancelled until Friday.\nHarbour Times\nShare this article\n"
	var flagged, kept []string
	for _, s := range Split(text) {
		if s.Boilerplate {
			flagged = append(flagged, text[s.Start:s.End])
		} else {
			kept = append(kept, text[s.Start:s.End])
		}
	}
	wantFlagged := []string{"LIVE", "Harbour Times", "Share this article"}
	wantKept := []string{"Harbour strike: ferries cancelled", "Dockers walked out at dawn.",
		"The union said talks had failed.", "Ferries were cancelled until Friday."}
	if !reflect.DeepEqual(flagged, wantFlagged) || !reflect.DeepEqual(kept, wantKept) {
		t.Errorf("flagged %q\nwant    %q\nkept %q\nwant %q", flagged, wantFlagged, kept, wantKept)
	}
	// A story whose last line is a sentence keeps it, and a headline set
	// in capitals keeps its first word.
	text = "LIVE CATTLE PRICES RISE\nTraders bid higher.\nSupply was short.\nPrices rose.\nThe market closed late.\n"
	for _, s := range Split(text) {
		if s.Boilerplate {
			t.Errorf("flagged %q", text[s.Start:s.End])
		}
	}
}

func TestIsDateline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"LISBON, 3 March 2026 —", true},
		{"Porto, 14 May 2026", true},
		{"Halifax, Nova Scotia, June 2, 2026", true},
		{"ACCRA, Tuesday 14 May 2026 (Reuters) -", true},
		{"KESSA, March 10 (AP) --", true},
		{"LISBON, 3 March 2026 — Portugal's parliament voted on Tuesday.", false},
		{"LONDON 1996-08-30", false},
		{"Prices fell, 3 March", false},
		{"Porto, Lisbon and Faro", false},
	}
	for _, tt := range tests {
		if got := IsDateline(tt.line); got != tt.want {
			t.Errorf("IsDateline(%q) = %v, want %v", tt.line, got, tt.want)
		}
		if IsBoilerplate(tt.line) {
			t.Errorf("IsBoilerplate(%q) = true: a dateline's date is kept", tt.line)
		}
	}
}

func TestSplitMarksFurnitureSentencesInsideAParagraph(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		wantFlagged []string
	}{
		{"a live blog's welcome is flagged and the report after it kept",
			"09:05 BST\nGood morning and welcome to our live coverage from Kellsbridge Crown Court, where the jury in the trial of Lewis R. Trenholm is about to resume its deliberations. The jury of seven women and five men was sent out at 11:40 yesterday.\n",
			[]string{"09:05 BST", "Good morning and welcome to our live coverage from Kellsbridge Crown Court, where the jury in the trial of Lewis R. Trenholm is about to resume its deliberations."}},
		{"a live blog's sign-off is flagged sentence by sentence",
			"The verdicts were unanimous.\nThat is where we will end our live coverage for today. Thanks for following. You can hear a full report on our 6pm bulletin.\n",
			[]string{"That is where we will end our live coverage for today.", "Thanks for following.", "You can hear a full report on our 6pm bulletin."}},
		{"an address and a register entry on one footer line are flagged",
			"The trial continues.\n\nThe Northern Ledger, 4 Mill Street, Kellsbridge. Registered in England No. 0448210.",
			[]string{"The Northern Ledger, 4 Mill Street, Kellsbridge.", "Registered in England No. 0448210."}},
		{"a bracketed caption is flagged throughout, the name after an initial too",
			"Delegates arrived on Thursday.\n\n[Photo caption: Ingrid Solberg-Hale speaks to reporters outside the Villa Lindqvist on Monday. Photograph: Harbour Chronicle/P. Moreau]\n",
			[]string{"[Photo caption: Ingrid Solberg-Hale speaks to reporters outside the Villa Lindqvist on Monday.", "Photograph: Harbour Chronicle/P. Moreau]"}},
		{"a caption line closing with a slash credit is flagged",
			"Talks opened on Friday.\n\nMuhammad Al Rashidy arrives at Geneva airport on Thursday. Photograph: Harbour Chronicle/P. Moreau\n",
			[]string{"Muhammad Al Rashidy arrives at Geneva airport on Thursday.", "Photograph: Harbour Chronicle/P. Moreau"}},
		{"a report naming a photograph is kept",
			"The photograph was taken by a resident on Monday. It shows the bridge after the storm.\n",
			nil},
		{"a bracketed aside in a report is kept",
			"[The minister] said the talks would resume on Monday. Officials agreed.\n",
			nil},
		{"a show's bracketed ad break is flagged throughout",
			"The striker signed on Friday.\n\n[Ad break: This episode is brought to you by Harlow Coffee. Use code SHOW10 for 10% off.]\n\nThe club confirmed the fee.\n",
			[]string{"[Ad break: This episode is brought to you by Harlow Coffee.", "Use code SHOW10 for 10% off.]"}},
		{"a host's read of the sponsor is flagged throughout",
			"The striker signed on Friday.\n\nThis episode is brought to you by Harlow Coffee. Visit harlow.example for a free mug.\n",
			[]string{"This episode is brought to you by Harlow Coffee.", "Visit harlow.example for a free mug."}},
		{"a bracketed aside opening with an advertising word is kept",
			"The striker signed on Friday.\n\n(Advertising revenue at the club rose 4% last year. Sponsors renewed.)\n",
			nil},
		{"a sponsor note is flagged with the paragraph it opens",
			"The trial ends in 2027.\n\nThis article is part of our Global Health series, supported by a grant from the Halvorsen Foundation. Global Science Report retains full editorial control.\n",
			[]string{"This article is part of our Global Health series, supported by a grant from the Halvorsen Foundation.", "Global Science Report retains full editorial control."}},
		{"officials on one line are flagged",
			"City won 3-0.\nReferee: Kieran Blythe. Attendance: 3,104.\n",
			[]string{"Referee: Kieran Blythe.", "Attendance: 3,104."}},
		{"a disclosure is flagged with the paragraph it opens",
			"Calder shares rose 3.1 percent.\n\nDisclosure: The author holds no position in Northmoor Energy Group. The Ledger's parent company has no commercial relationship with either company.\n",
			[]string{"Disclosure: The author holds no position in Northmoor Energy Group.", "The Ledger's parent company has no commercial relationship with either company."}},
		{"a release's notice, contacts and source are flagged and its about section kept",
			"Northmoor raised its offer on Monday.\n\nAbout Northmoor Energy Group\n\nNorthmoor employs approximately 6,800 people. For more information, visit the Northmoor website.\n\n" +
				"Forward-Looking Statements\n\nThis press release contains forward-looking statements. Statements about the offer are uncertain. Actual results could differ materially.\n\n" +
				"Media Contact:\nJenna Callow, Vice President, Corporate Communications\njcallow@northmoor.example\nInvestor Contact:\nMarcus Reyes, +1 713 555 0100\n\nSource: Northmoor Energy Group\n",
			[]string{"For more information, visit the Northmoor website.", "Forward-Looking Statements", "This press release contains forward-looking statements.",
				"Statements about the offer are uncertain.", "Actual results could differ materially.", "Media Contact:",
				"Jenna Callow, Vice President, Corporate Communications", "jcallow@northmoor.example", "Investor Contact:",
				"Marcus Reyes, +1 713 555 0100", "Source: Northmoor Energy Group"}},
		{"an enquiries block of contact lines with phone numbers is flagged and its about paragraph kept",
			"Enquiries:\nCaldon Group plc - Jessica Marr, Investor Relations, +44 20 7946 0811\nGrey Street (financial PR) - Oliver Platt, +44 20 7946 0522\n\nAbout Caldon Group\nCaldon Group plc employs 11,200 people.\n",
			[]string{"Enquiries:", "Caldon Group plc - Jessica Marr, Investor Relations, +44 20 7946 0811", "Grey Street (financial PR) - Oliver Platt, +44 20 7946 0522"}},
		{"an about section closing a release before its notice is kept: it holds facts",
			"LONDON, March 9, 2026 -- Calvora Systems plc today announced an incident.\n\nAbout Calvora Systems\n\nCalvora Systems plc is a provider of payroll software. Founded in 2009 and headquartered in London, Calvora serves 11,000 organisations.\n\nForward-Looking Statements\n\nThis press release contains forward-looking statements.\n\n###\n",
			[]string{"Forward-Looking Statements", "This press release contains forward-looking statements.", "###"}},
		{"an about heading followed by the story is kept",
			"The firm was fined on Monday.\n\nAbout Calvora Systems\n\nCalvora was founded in 2009.\n\nThe regulator said the fine was a record.\n\nShares fell 4 percent.\n\nThe firm will appeal.\n\nIts chief executive resigned in April.\n",
			nil},
		{"a guide's related list and footer are flagged",
			"The investigation is likely to take months.\n\nRelated guides:\n- How to spot a bank impersonation scam\n- Your rights after a data breach\n\nWas this guide helpful? Yes / No\n\nSign up to the MoneyWise Guide weekly email for the best money-saving tips.\n\nMoneyWise Guide is editorially independent. We may earn commission from some links on this page.\n",
			[]string{"Related guides:", "- How to spot a bank impersonation scam", "- Your rights after a data breach", "Was this guide helpful?", "Yes / No",
				"Sign up to the MoneyWise Guide weekly email for the best money-saving tips.", "MoneyWise Guide is editorially independent.", "We may earn commission from some links on this page."}},
		{"contact lines with phone numbers after a media contacts label are flagged",
			"Calder shares rose 3.1 percent.\n\nMedia contacts\n\nAnna Weir, Head of Communications, 020 7946 0100\n\nTom Hale | Tel: +1 212 555 0188\n",
			[]string{"Media contacts", "Anna Weir, Head of Communications, 020 7946 0100", "Tom Hale | Tel: +1 212 555 0188"}},
		{"a release's notes to editors are flagged to its end",
			"The talks resume in October.\n\nNotes to editors: The Ministry of Trade and Industry (MTI) is responsible for trade policy. Media enquiries: press@mti.example\n\nThe ministry employs 900 staff.\n",
			[]string{"Notes to editors: The Ministry of Trade and Industry (MTI) is responsible for trade policy.", "Media enquiries: press@mti.example", "The ministry employs 900 staff."}},
		{"the report after a contact label and its entries is kept",
			"Media Contact:\nJenna Callow\nThe offer expires on Friday.\n",
			[]string{"Media Contact:", "Jenna Callow"}},
		{"the report after a forward-looking notice is kept",
			"Forward-Looking Statements\nThe notice says results may differ materially.\nCalder shares rose 3 percent on Wednesday.\n",
			[]string{"Forward-Looking Statements", "The notice says results may differ materially."}},
		{"a wire release's closing source line in capitals is flagged",
			"Northmoor raised its offer.\n\nSOURCE Northmoor Energy Group\nShare this article\n",
			[]string{"SOURCE Northmoor Energy Group", "Share this article"}},
		{"a named source in the story's last line is kept",
			"The dam was inspected in May.\nSource: officials say the dam is unsafe.\n",
			nil},
		{"the source of a leak in the story's last line is kept",
			"The bay was closed.\nSource of the leak was a ruptured hose.\n",
			nil},
		{"a charity appeal is flagged with the paragraph it opens",
			"The valley needs tents.\n\nHow to help: Donations can be made to the Red Crescent. Blankets are also welcome.\n",
			[]string{"How to help: Donations can be made to the Red Crescent.", "Blankets are also welcome."}},
		{"a writer's note closing the story is flagged",
			"The funeral is on 14 November.\n\nHelen Carvery is a music writer and the author of a biography of Tremaine.\n",
			[]string{"Helen Carvery is a music writer and the author of a biography of Tremaine."}},
		{"a writer's note before a related-links line is flagged",
			"The river peaked on Tuesday.\n\nTomas Verhoeven is the Valley Herald's environment correspondent.\nRelated: Death toll rises to 31\n",
			[]string{"Tomas Verhoeven is the Valley Herald's environment correspondent.", "Related: Death toll rises to 31"}},
		{"a writer's note on their beat is flagged",
			"The funeral is on 14 November.\n\nMs Hale covers energy policy for the Coastal Times.\n",
			[]string{"Ms Hale covers energy policy for the Coastal Times."}},
		{"a writer's trade at an outlet before a follow prompt is flagged",
			"The river peaked on Tuesday.\n\nTomas Verhoeven is Valley Herald's environment correspondent. Follow him on X @tverhoeven.\n",
			[]string{"Tomas Verhoeven is Valley Herald's environment correspondent.", "Follow him on X @tverhoeven."}},
		{"a company's market share in the last line is kept",
			"Sales rose.\n\nHalden covers 20 regions for the Baltic Group.\n",
			nil},
		{"a list of links under a heading on the subject is flagged",
			"The port reopened.\n\nMore on the port strike:\n- Dockers vote to walk out\n- Who runs the port?\n",
			[]string{"More on the port strike:", "- Dockers vote to walk out", "- Who runs the port?"}},
		{"a list of links under a heading of a kind of story is flagged",
			"The port reopened.\n\nMore interviews:\n- Lena Voss on 'The Quiet Harbour'\n- Ivo Brandt: 'The dock taught me everything'\n",
			[]string{"More interviews:", "- Lena Voss on 'The Quiet Harbour'", "- Ivo Brandt: 'The dock taught me everything'"}},
		{"a transcript's turns are kept whole, sign-offs too",
			"ANNA REYES: Thank you for joining us. What happened?\n\nTOM BRANDT: The dam failed. We'll be back here tomorrow at 9 a.m.\n",
			nil},
		{"a transcript turn after a title and a question label are kept",
			"GOV. ANNA REYES, CHAIR, RIVER BOARD: Thank you all. We'll be back tomorrow.\n\nQ (Lee Park, Daily Post): Thanks for joining us. Will it hold?\n",
			nil},
		{"team line-ups in capitals open no turns",
			"The match ended 2-1.\n\nHARBRIDGE: Coyle; Pryce, Haig, Dembele, Fitch; Orr, Sandoval, Quist.\n\nKESTON: Bale; Moss, Park, Reid, Lowe; Hart, Dunn, Vance.\n",
			[]string{"HARBRIDGE: Coyle; Pryce, Haig, Dembele, Fitch; Orr, Sandoval, Quist.", "KESTON: Bale; Moss, Park, Reid, Lowe; Hart, Dunn, Vance."}},
		{"a page's own labels open no turns",
			"UPDATE: Thanks for following.\n\nEDITOR'S NOTE: We'll be back tomorrow.\n",
			[]string{"EDITOR'S NOTE: We'll be back tomorrow."}},
		{"a writer named inside the story is kept",
			"Helen Carvery is a music writer. She was arrested on Monday.\n\nThe court meets on Friday.\n",
			nil},
		{"the links under a heading pointing at the outlet's stories are flagged",
			"The bridge reopened.\n\nRead more on The Tarn Courier:\n> Bridge works: a timeline\n> Who pays for the repairs?\n",
			[]string{"Read more on The Tarn Courier:", "> Bridge works: a timeline", "> Who pays for the repairs?"}},
		{"a writer's note of any trade that a column's disclaimer closes is flagged",
			"The tax rises in April.\n\nMara Oyelaran is a former adviser to the transport ministry. The views expressed are her own.\n",
			[]string{"Mara Oyelaran is a former adviser to the transport ministry.", "The views expressed are her own."}},
		{"a note of someone's post before a reported view is kept",
			"The tax rises in April.\n\nMara Oyelaran is a former adviser to the transport ministry. She said the rise was fair.\n",
			nil},
		{"a closing sentence about someone who is no writer is kept",
			"The funeral is on 14 November.\n\nGareth Tremaine is a teacher in Pennick.\n",
			nil},
		{"a note of how to reach the writer and a tip request are flagged",
			"Loadings were suspended.\nRuth Ashworth can be reached at the Courier newsroom. Have a tip? Send it to our news desk.\n",
			[]string{"Ruth Ashworth can be reached at the Courier newsroom.", "Have a tip?", "Send it to our news desk."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var flagged []string
			for _, s := range Split(tt.text) {
				if s.Boilerplate {
					flagged = append(flagged, tt.text[s.Start:s.End])
				}
			}
			if !reflect.DeepEqual(flagged, tt.wantFlagged) {
				t.Errorf("flagged %q\nwant    %q", flagged, tt.wantFlagged)
			}
		})
	}
}

// TestHasCaptionLabel checks the colon test run before the credit patterns:
// it must hold for every line they match.
func TestHasCaptionLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Delegates arrive on Thursday. Photograph: Harbour Chronicle/P. Moreau", true},
		{"… in the Kremlin. Picture: Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP", true},
		{"Crowds gathered. PHOTO CREDIT: Jane Doe/Reuters", true},
		{"Note: the time is 10:30. Image: Reuters/John Roe", true},
		{"The photo: a crowd outside", true}, // the patterns then decide
		{"Markets rose on Monday: the index gained 2%.", false},
		{"Photograph of the crowd, by Jane Doe", false},
		{"", false},
	} {
		if got := hasCaptionLabel(tc.in); got != tc.want {
			t.Errorf("hasCaptionLabel(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if !tc.want && (captionCredit.MatchString(tc.in) || agencyCredit.MatchString(tc.in)) {
			t.Errorf("%q matches a credit pattern without a label colon", tc.in)
		}
	}
}

// TestFastTestsMatchTheirPlainForms checks that the byte-level tests that
// the rules run on every line answer as the plain forms they stand for,
// also on text that is not valid UTF-8.
func TestFastTestsMatchTheirPlainForms(t *testing.T) {
	for _, s := range []string{
		"", "plain text", `He said "no"`, "He said “no”", "a ”closing mark", "«Non», dit-il",
		"Ports | Shipping • Energy", "a · b", "\xe2\x80", "\xe2\x80\x9c", "\xf0\xe2\x80\x9d", "\xc2",
		"\xff\xc2\xab", "bad \xe2\x80 utf8 \xe2\x80\xa6 “", "Kelvin \u212a and long \u017f",
		" lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "no\u00a0break", "ideographic\u3000space",
		"em\u2003space", "Home World Sport", "\u00a0", " ", "one",
	} {
		if got, want := hasQuoteMark(s), strings.ContainsAny(s, "\"“”"); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasGuillemet(s), strings.ContainsAny(s, "«»"); got != want {
			t.Errorf("hasGuillemet(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasBarMark(s), strings.ContainsAny(s, "|•·"); got != want {
			t.Errorf("hasBarMark(%q) = %v, want %v", s, got, want)
		}
		if fields := strings.Fields(s); len(fields) > 0 && firstField(s) != fields[0] || len(fields) == 0 && firstField(s) != "" {
			t.Errorf("firstField(%q) = %q, want the first of %q", s, firstField(s), fields)
		}
		if fields := strings.Fields(s); len(fields) > 0 && lastField(s) != fields[len(fields)-1] || len(fields) == 0 && lastField(s) != "" {
			t.Errorf("lastField(%q) = %q, want the last of %q", s, lastField(s), fields)
		}
		if got, want := spaceNormalized(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("spaceNormalized(%q) = %q, want %q", s, got, want)
		}
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(nil, %q) = %q, want %q", s, got, want)
		}
	}
}

func TestHasPrefixFold(t *testing.T) {
	for _, tc := range []struct {
		s, prefix string
		want      bool
	}{
		{"Sign up for our newsletter", "sign up for ", true},
		{"SIGN UP FOR alerts", "sign up for ", true},
		{"Signs of trouble", "sign up for ", false},
		{"\u212aey points", "key points", false}, // a Kelvin sign is three bytes, "k" one
		{"\u212a", "\u212a", true},
		{"\u017fign", "sign", false},
		{"don’t miss this", "don’t miss", true},
		{"DON’T MISS this", "don’t miss", true},
		{"éclair", "Éclair", true},
		{"(c) 2025", "(c) ", true},
		{"[c] 2025", "(c) ", false},
		{"", "a", false},
		{"abc", "", true},
		{"SHare this", "share ", true},
		{"Ab", "aB", true},
		{"Sx", "sh", false},
		{"s\u212aip", "skip", false},
		{"a", "ab", false},
	} {
		if got := hasPrefixFold(tc.s, []string{tc.prefix}); got != tc.want {
			t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", tc.s, tc.prefix, got, tc.want)
		}
		want := len(tc.s) >= len(tc.prefix) && strings.EqualFold(tc.s[:len(tc.prefix)], tc.prefix)
		if got := hasPrefixFold(tc.s, []string{tc.prefix}); got != want {
			t.Errorf("hasPrefixFold(%q, %q) = %v, but EqualFold says %v", tc.s, tc.prefix, got, want)
		}
	}
}

func TestWordCountUpTo(t *testing.T) {
	for _, tc := range []struct {
		s            string
		limit, want  int
		moreThanWant bool
	}{
		{"", 3, 0, false},
		{"one two three", 3, 3, false},
		{"one two three four five", 3, 4, true},
		{"  one\u200btwo  ", 1, 2, true},
		{"one two", 0, 1, true},
	} {
		if got := wordCountUpTo(tc.s, tc.limit); got != tc.want {
			t.Errorf("wordCountUpTo(%q, %d) = %d, want %d", tc.s, tc.limit, got, tc.want)
		}
		if got := moreWordsThan(tc.s, tc.limit); got != tc.moreThanWant {
			t.Errorf("moreWordsThan(%q, %d) = %v, want %v", tc.s, tc.limit, got, tc.moreThanWant)
		}
		if got, want := moreWordsThan(tc.s, tc.limit), wordCount(tc.s) > tc.limit; got != want {
			t.Errorf("moreWordsThan(%q, %d) = %v, but wordCount says %v", tc.s, tc.limit, got, want)
		}
	}
}

func TestHasDigits(t *testing.T) {
	for _, tc := range []struct {
		s    string
		k    int
		want bool
	}{
		{"+44 20 7946 0877", 7, true},
		{"Call 0800 555", 7, true},
		{"Call 0800 55", 7, false},
		{"٠١٢٣٤٥٦ (Arabic-Indic digits)", 7, true},
		{"\xff123456\xe2\x80", 7, false},
		{"", 1, false},
	} {
		if got := hasDigits(tc.s, tc.k); got != tc.want {
			t.Errorf("hasDigits(%q, %d) = %v, want %v", tc.s, tc.k, got, tc.want)
		}
	}
}

func TestOpensWithCapital(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Hannah Pryce in Lausanne", true},
		{"Éva Nagy", true},
		{"hannah", false},
		{"(now)", false},
		{"\xffAnna", false},
		{"", false},
	} {
		if got := opensWithCapital(tc.s); got != tc.want {
			t.Errorf("opensWithCapital(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestCreditMarkFamilies checks that the families hasCreditMark looks
// for are creditMarks, no more and no fewer.
func TestCreditMarkFamilies(t *testing.T) {
	var families []string
	for _, m := range photoCreditMarks {
		if !strings.Contains(m, "photo") {
			t.Errorf("photo credit mark %q holds no \"photo\"", m)
		}
		families = append(families, m)
	}
	families = append(families, plainCreditMarks...)
	for _, m := range slashCreditMarks {
		families = append(families, "/"+m)
	}
	slices.Sort(families)
	if want := slices.Sorted(slices.Values(creditMarks)); !slices.Equal(families, want) {
		t.Errorf("credit mark families = %q, want %q", families, want)
	}
}

// TestCreditMarks checks that hasCreditMark finds every credit mark.
func TestCreditMarks(t *testing.T) {
	for _, m := range creditMarks {
		if !hasCreditMark(lineOf("a line with " + m + " in it")) {
			t.Errorf("hasCreditMark misses %q", m)
		}
	}
}

// TestCheapTestsBeforePatterns checks that the tests run before a pattern
// never turn away what the pattern matches.
func TestCheapTestsBeforePatterns(t *testing.T) {
	for _, w := range []string{"GMT", "PHT", "AEDT", "AEST", "ET", "T", "MSK", "WIB", "WITA", "WITAT", "ABCDET",
		"Gmt", "GMT.", "14:05", "9.30", "10:42am", "10:42AM", "1:5", "123:45", "", "am", "\u212aT"} {
		if got, want := isZoneAbbrev(w), zoneAbbrev.MatchString(w); got != want {
			t.Errorf("isZoneAbbrev(%q) = %v, zoneAbbrev says %v", w, got, want)
		}
		if got, want := isClockTime(w), clockTime.MatchString(w); got != want {
			t.Errorf("isClockTime(%q) = %v, clockTime says %v", w, got, want)
		}
	}
	for _, line := range []string{"learn more at lumenfold.com.", "find out more at www.northmoor.co.uk",
		"visit northmoor.com for more.", "read more about the plan at example.org", "discover more at example.org",
		"learn more at the meeting", "please visit example.com", "for more, visit example.com", ""} {
		if got, want := isLearnMore(line), learnMore.MatchString(line); got != want {
			t.Errorf("isLearnMore(%q) = %v, learnMore says %v", line, got, want)
		}
	}
	for _, line := range []string{"The Harbour Times - independent local journalism\nsince 1921.", "Westvale Post: serving the valley since 1887",
		"Tributes can be left on\nour website.", "Please send pictures via our online form.", "Comments are closed.", "COMMENTS ARE CLOSED", ""} {
		lower, n := strings.ToLower(line), wordCount(line)
		if got, want := isOutletTagline(line, lineOf(lower), n), outletTagline.MatchString(line); got != want {
			t.Errorf("isOutletTagline(%q) = %v, outletTagline says %v", line, got, want)
		}
		if got, want := isOwnPagePrompt(line, lineOf(lower), n), ownPagePrompt.MatchString(lower); got != want {
			t.Errorf("isOwnPagePrompt(%q) = %v, ownPagePrompt says %v", line, got, want)
		}
		if got, want := isCommentsClosed(line, n), commentsClosed.MatchString(lower); got != want {
			t.Errorf("isCommentsClosed(%q) = %v, commentsClosed says %v", line, got, want)
		}
		if got, want := hasSignUpCall(lineOf(lower)), signUpCall.MatchString(lower); got != want {
			t.Errorf("hasSignUpCall(%q) = %v, signUpCall says %v", line, got, want)
		}
	}
}

// TestListHeadingsFitTheirBound checks that no list heading has more words
// than isListHeading reads.
func TestListHeadingsFitTheirBound(t *testing.T) {
	for h := range listHeadings {
		if wordCount(h) > maxListHeadingWords {
			t.Errorf("list heading %q has more than %d words", h, maxListHeadingWords)
		}
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Most read", true},
		{"Most read : :", true},
		{"More from Harbour Times Business Desk", true},
		{"More from the Harbour Times Business Desk today", false},
		{"Related guides:", true},
		{"The ministry said on Monday", false},
	} {
		if got := isListHeading(tc.in); got != tc.want {
			t.Errorf("isListHeading(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLeadingStampAndBadge(t *testing.T) {
	for _, tc := range []struct {
		in           string
		stamp, badge bool
	}{
		{"16:40 BST Health Minister Jean-Luc de la Croix has just spoken.", true, false},
		{"  09:14 GMT - Queues formed", true, false},
		{"10.42am Markets opened.", true, false},
		{"LIVE: Storm Arwen hits the coast", false, true},
		{"LIVE CATTLE FUTURES RISE", false, false},
		{"Live: Storm Arwen", false, false},
		{"", false, false},
		{"   ", false, false},
	} {
		if stamp, _ := leadingStamp(tc.in, 0, len(tc.in)); (stamp > 0) != tc.stamp {
			t.Errorf("leadingStamp(%q) = %d, want a stamp: %v", tc.in, stamp, tc.stamp)
		}
		if badge, _ := leadingBadge(tc.in, 0, len(tc.in)); (badge > 0) != tc.badge {
			t.Errorf("leadingBadge(%q) = %d, want a badge: %v", tc.in, badge, tc.badge)
		}
	}
}

// TestAutoNoteCheapTests checks that the word test run before the
// patterns of a generated page's notes turns away none they match.
func TestAutoNoteCheapTests(t *testing.T) {
	for _, line := range []string{"Metro Wire Digest - AUTOMATICALLY GENERATED SUMMARY", "This page was auto-generated.",
		"This digest is machine-generated", "This summary was compiled automatically from wires.",
		"Harbour Feed: computer-generated briefing", "Tides were generated by the moon.", ""} {
		lower := strings.ToLower(line)
		want := autoHeading.MatchString(line) || autoNote.MatchString(line)
		if got := isAutoGeneratedNote(line, lineOf(lower), wordCount(line)); got != want {
			t.Errorf("isAutoGeneratedNote(%q) = %v, the patterns say %v", line, got, want)
		}
	}
}

// TestPatternOpeners checks, on lines each pattern matches and on some it
// does not, that the cheap test run before the pattern holds wherever the
// pattern matches.
func TestPatternOpeners(t *testing.T) {
	for _, line := range []string{
		"WorkLine News is reader-supported.", "The Ledger is funded by its members.",
		"Harbour Radio is a proudly listener-powered station", "The plan is funded by taxes.",
		"Updated 19:02 GMT: adds Solberg statement.", "UPDATED 13:20 GMT - corrects the location of the remarks",
		"Corrected 10:15: fixes a name", "Edited at 9am: adds detail", "Updated figures: adds 3% to the forecast",
		"was this guide helpful? yes / no", "did you find this article useful?", "is this page helpful?", "yes / no",
		"4 Mill Street", "12a Harbour Road", "221-223 Old Kent Road", "Mill Street", "Flat 4, Mill Street",
	} {
		if supportNote.MatchString(line) && !supportWords(line) {
			t.Errorf("supportNote matches %q, which supportWords turns away", line)
		}
		if updateNote.MatchString(line) && !hasPrefixFold(line, updateNoteOpeners) {
			t.Errorf("updateNote matches %q, which opens with none of updateNoteOpeners", line)
		}
		if (feedbackPrompt.MatchString(line) || feedbackButtons.MatchString(line)) && !isFeedbackPrompt(line, wordCount(line)) {
			t.Errorf("a feedback pattern matches %q, which isFeedbackPrompt turns away", line)
		}
		if streetField.MatchString(line) && (line[0] < '0' || line[0] > '9') {
			t.Errorf("streetField matches %q, which does not open with a digit", line)
		}
	}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"WorkLine News is reader-supported.", true},
		{"The plan is funded by taxes.", false},
	} {
		if got := isSupportNote(tc.line, wordCount(tc.line)); got != tc.want {
			t.Errorf("isSupportNote(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestOnlyBylineWordsHoldsForEveryByline checks that the words test of
// isLiveByline passes every line liveByline matches.
func TestOnlyBylineWordsHoldsForEveryByline(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Hannah Pryce in Lausanne and Sam Okafor (now)", true},
		{"Ella Hunt, Tom Reddy and Ade Bello (earlier)", true},
		{"By Ella Hunt at Westminster, and Tom Reddy (until now)", true},
		{"Ella Hunt (from now), Tom Reddy in Leeds.", true},
		{"Ella Hunt (until now). ", true},
		{"Hannah Pryce in Lausanne and Sam Okafor met the panel.", false},
		{"Shares rose in Tokyo and Seoul, traders said", false},
	} {
		if got := onlyBylineWords(tc.line); got != tc.want {
			t.Errorf("onlyBylineWords(%q) = %v, want %v", tc.line, got, tc.want)
		}
		if liveByline.MatchString(tc.line) && !onlyBylineWords(tc.line) {
			t.Errorf("%q matches liveByline but fails onlyBylineWords", tc.line)
		}
	}
}

// TestReaderPromptCuesHaveNoSpace checks what isReaderPrompt relies on to
// look for the cues before it normalizes the line's spaces: no cue holds
// white space.
func TestReaderPromptCuesHaveNoSpace(t *testing.T) {
	for _, p := range readerPromptLines {
		for _, c := range p.cues {
			if strings.IndexFunc(c, unicode.IsSpace) >= 0 {
				t.Errorf("reader prompt cue %q holds white space", c)
			}
		}
	}
}

func TestGreetingOpener(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"Good morning.", "good"},
		{"HELLO and welcome", "hello"},
		{"Hi, everyone", "hi"},
		{"“Welcome back", "welcome"},
		{"Goodbye", ""},
		{"Hİ all", "hi"}, // a dotted capital I lowers to i
		{"Héllo", ""},
		{"", ""},
	} {
		if got := greetingOpener(tc.s); got != tc.want {
			t.Errorf("greetingOpener(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestFirstFieldIn(t *testing.T) {
	words := set(`home menu último`)
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Home World Business", true},
		{"  MENU", true},
		{"Homes for sale", false},
		{"ÚLTIMO minuto", true},
		{"", false},
		{strings.Repeat("a", 40), false},
	} {
		if got := firstFieldIn(tc.s, words); got != tc.want {
			t.Errorf("firstFieldIn(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestFoldPrefixes(t *testing.T) {
	prefixes := []string{"this article is part of ", "This story ", "key points", "\u212aey facts", "éditorial", "(c) ", "k"}
	f := newFoldPrefixes(prefixes)
	for _, s := range []string{
		"This article is part of our series", "THIS STORY was", "Key points:", "\u212aey points", "key facts",
		"Éditorial", "(C) 2026", "k", "K", "", "Thus", "\u212a", "x",
	} {
		if got, want := f.match(s), hasPrefixFold(s, prefixes); got != want {
			t.Errorf("match(%q) = %v, hasPrefixFold says %v", s, got, want)
		}
	}
}

func TestPrefiltersKeepEveryMatch(t *testing.T) {
	tests := []struct {
		name   string
		ok     func(string) bool // the prefilter
		re     func(string) bool // the pattern it stands before
		inputs []string
	}{
		{"delayed", func(s string) bool { return contains(strings.ToLower(s), "delayed") }, delayedData.MatchString,
			[]string{"Data delayed 15 minutes", "QUOTES DELAYED BY AT LEAST 20 MINS", "Prices are DeLaYeD 5 min", "data delay 5 min"}},
		{"pitch", mayOpenPitch, journalismPitch.MatchString,
			[]string{"Support local journalism", "SUPPORT news", "back our reporting", "Fund journalism", "ſupport news", "Backing news"}},
		{"slogan", hasSloganDash, outletSlogan.MatchString,
			[]string{"Valley Radio News - trusted, local, independent.", "KSRN – local and live", "KSRN — local, live", "KSRN | local, live", "KSRN local, live"}},
		{"coverage", func(s string) bool { return s != "" && strings.IndexByte("oltcu", s[0]) >= 0 }, coverageResumes.MatchString,
			[]string{"coverage continues tomorrow.", "our coverage resumes at 9am", "live updates return tonight", "the live coverage will resume later", " coverage continues tomorrow"}},
		{"disclaimer", mayOpenDisclaimer, func(s string) bool {
			return viewsAreOwn.MatchString(s) || notNecessarily.MatchString(s) || outletView.MatchString(s) || viewsAreHisOwn.MatchString(s)
		}, []string{"the views expressed are the author's own", "views are the writer's", "opinions expressed here are those of the writer",
			"this column does not necessarily reflect the opinion of the ledger", " editorial reflects the view of the post",
			"\teditorial reflects the view of the post", "leaders reflect the opinion of the paper", "editorials express the views of the paper",
			"our leaders reflect the opinion of the paper", "views expressed are her own."}},
	}
	for _, tc := range tests {
		for _, in := range tc.inputs {
			if tc.re(in) && !tc.ok(in) {
				t.Errorf("%s: %q matches but the prefilter rejects it", tc.name, in)
			}
		}
	}
}

// TestFoldPrefixesSecondByte checks foldPrefixes.match against
// hasPrefixFold on lines that open like the prefixes but for their first
// two bytes in either case, an ASCII look-alike past ASCII (the Kelvin
// sign folds to "k", the long s to "s") or another byte.
func TestFoldPrefixesSecondByte(t *testing.T) {
	sets := [][]string{
		creditLabels,
		{"sk", "k", "a\u212aey", "ſome ", "this story ", "THIS article", "é"},
		{"ab", "Ac", "ad"},
	}
	variants := func(p string) []string {
		out := []string{p, strings.ToUpper(p), strings.ToLower(p)}
		if len(p) >= 2 {
			for _, b := range []string{"K", "k", "\u212a", "ſ", "s", "S", "x", "é", ""} {
				out = append(out, p[:1]+b+p[2:], strings.ToUpper(p[:1])+b+p[2:])
			}
		}
		return append(out, p[:min(1, len(p))], p+" more words")
	}
	for _, prefixes := range sets {
		f := newFoldPrefixes(prefixes)
		var lines []string
		for _, p := range prefixes {
			lines = append(lines, variants(p)...)
		}
		lines = append(lines, "", "x", "\u212a", "ſ", "Photo: AP", "PHOTOS: Reuters", "pH: 7")
		for _, s := range lines {
			if got, want := f.match(s), hasPrefixFold(s, prefixes); got != want {
				t.Errorf("match(%q) over %q = %v, hasPrefixFold says %v", s, prefixes, got, want)
			}
		}
	}
}

// TestSiteVoiceHoldsItsCue checks the cue isSignOff looks for before it
// reads a line's words: every word of the site's voice holds "we", "us"
// or "ou".
func TestSiteVoiceHoldsItsCue(t *testing.T) {
	voice := []string{"we'll", "we’ll", "we're", "we’re"}
	for w := range siteVoice {
		voice = append(voice, w)
	}
	for _, w := range voice {
		if !strings.Contains(w, "we") && !strings.Contains(w, "us") && !strings.Contains(w, "ou") {
			t.Errorf("%q holds none of the cues", w)
		}
	}
}
