package kb

// #cgo LDFLAGS: -lm
// #include <math.h>
// static double kb_log(double x) { return log(x); }
import "C"

// BM25 as SQLite's FTS5 computes it (fts5Bm25Function), so that a search
// ranked here lists the same sentences in the same order, with the same
// scores, as one ranked by FTS5. The constants are variables so that Go
// computes with them in float64 as C does, not in exact constant
// arithmetic; products are converted explicitly so no step is fused.
var (
	bm25K1  = 1.2
	bm25B   = 0.75
	bm25One = 1.0
)

// clog is the C library's log, the one SQLite's bm25 calls: Go's
// math.Log differs from it in the last bit for some arguments.
func clog(x float64) float64 { return float64(C.kb_log(C.double(x))) }

// bm25IDF is the weight of a phrase found in hits of rows rows.
func bm25IDF(rows, hits int64) float64 {
	idf := clog((float64(rows-hits) + 0.5) / (float64(hits) + 0.5))
	if idf <= 0.0 {
		idf = 1e-6
	}
	return idf
}

// bm25Term is one phrase's part of a row's score: freq occurrences in a
// row of size tokens; avgdl is the table's mean row size.
func bm25Term(idf, freq, size, avgdl float64) float64 {
	num := float64(freq * float64(bm25K1+bm25One))
	norm := float64(float64(bm25One-bm25B) + float64(float64(bm25B*size)/avgdl))
	den := float64(freq + float64(bm25K1*norm))
	return float64(idf * float64(num/den))
}
