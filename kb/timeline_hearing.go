package kb

// hearingContext are the words news tells a hearing's testimony with:
// witnesses questioned, testifying or giving evidence, and what they
// told a committee, a court or an inquiry. They tell a hearing only in
// an article that names one (see eventKind.context): "police questioned
// a suspect" in another article is no hearing.
var hearingContext = []string{
	"questioned", "grilled", "cross-examined", "cross-examination",
	"testified", "testify", "testifies", "testifying", "testimony",
	"gave evidence", "gives evidence", "giving evidence",
	"told the committee", "told a committee", "told a parliamentary committee", "told a congressional committee",
	"told a senate committee", "told a select committee", "told the court", "told the tribunal", "told the inquiry",
	"told the panel", "told lawmakers", "told legislators", "told senators", "told mps",
}
