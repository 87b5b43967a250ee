package kb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"newsbot/extract"
	"newsbot/extract/doc"
	"newsbot/extract/identity"
	"newsbot/extract/segment"
	"newsbot/ingest"
)

// BuildOptions configure a build.
type BuildOptions struct {
	DataDir string
	DBPath  string
	Limits  ingest.Limits
	Workers int  // extraction workers; runtime.NumCPU() when zero
	Full    bool // ignore an existing knowledge base and extract everything again
	Log     *slog.Logger
	// Progress, when set, is told of every article read and extracted.
	Progress func(done int)
}

// Report summarises a build.
type Report struct {
	Articles   int // articles in the new knowledge base
	Added      int
	Changed    int
	Removed    int
	Unchanged  int
	Duplicates int
	Replaced   int // earlier versions of an article a later one replaced
	People     int
	Orgs       int
	Places     int
	Quotes     int
	Events     int
	NewPeople  []string
	Problems   []ingest.Problem
	Duration   time.Duration
	// The ids (paths in the data folder) of the articles added, changed
	// and removed, and of those stored without a publication date, sorted.
	AddedIDs, ChangedIDs, RemovedIDs []string
	Undated                          []string
}

// Summary renders the report in a few lines for people.
func (r *Report) Summary() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%d added, %d changed, %d removed, %d unchanged", count(r.Articles, "article", "articles"), r.Added, r.Changed, r.Removed, r.Unchanged)
	if r.Duplicates > 0 {
		fmt.Fprintf(&b, ", %s stored once", count(r.Duplicates, "duplicate", "duplicates"))
	}
	if r.Replaced > 0 {
		fmt.Fprintf(&b, ", %s", count(r.Replaced, "earlier version replaced by a later one", "earlier versions replaced by later ones"))
	}
	fmt.Fprintf(&b, "), %s, %s, %s, %s, %s", count(r.People, "person", "people"), count(r.Orgs, "organisation", "organisations"),
		count(r.Places, "place", "places"), count(r.Quotes, "quote", "quotes"), count(r.Events, "event", "events"))
	if n := r.Skipped(); n > 0 {
		fmt.Fprintf(&b, ", %s skipped", count(n, "file or line", "files or lines"))
	}
	fmt.Fprintf(&b, " in %.1f s", r.Duration.Seconds())
	return b.String()
}

// count writes n with the noun in its number: "1 article", "2 articles".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// maxListed bounds the articles a line of Details names.
const maxListed = 20

// Details lists, a line each, the articles the build added, changed and
// removed, so that an editor sees which files it picked up, and the
// articles stored undated, whose relative dates ("on Saturday", "next
// week") stay unresolved: "added (1): floods/update.md". A long list names
// its first articles and counts the rest.
func (r *Report) Details() []string {
	var out []string
	// A first build of a large folder adds every file: naming a few of
	// them tells nothing.
	first := r.Changed+r.Removed+r.Unchanged == 0 && len(r.AddedIDs) > maxListed
	for _, l := range []struct {
		what string
		ids  []string
	}{{"added", r.AddedIDs}, {"changed", r.ChangedIDs}, {"removed", r.RemovedIDs}} {
		if len(l.ids) > 0 && !(first && l.what == "added") {
			out = append(out, fmt.Sprintf("%s (%d): %s", l.what, len(l.ids), listed(l.ids)))
		}
	}
	if len(r.Undated) > 0 {
		out = append(out, fmt.Sprintf("undated (%d): %s; %s no publication date in %s metadata, dateline or time stamp, "+
			"so relative dates in %s (such as \"on Saturday\" or \"next week\") stay unresolved: give %s a date in a manifest",
			len(r.Undated), listed(r.Undated), pick(len(r.Undated), "it has", "they have"), pick(len(r.Undated), "its", "their"),
			pick(len(r.Undated), "it", "them"), pick(len(r.Undated), "it", "them")))
	}
	return out
}

// listed joins ids, the first maxListed of them, and counts the rest.
func listed(ids []string) string {
	if len(ids) <= maxListed {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:maxListed], ", ") + fmt.Sprintf(" and %d more", len(ids)-maxListed)
}

// pick is one or many by the number n.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Skipped counts the files and lines left out (problems that are only
// notes on kept articles do not count).
func (r *Report) Skipped() int {
	n := 0
	for _, p := range r.Problems {
		if p.Skipped {
			n++
		}
	}
	return n
}

// Build reads every article under opts.DataDir and writes the knowledge
// base to opts.DBPath. It writes a new file and renames it into place, so
// a failed or interrupted build leaves the old knowledge base untouched.
// Articles whose text is unchanged since the previous build keep their
// extraction results and are not extracted again.
func Build(ctx context.Context, opts BuildOptions) (*Report, error) {
	start := time.Now()
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	defer buildGC()()
	if fi, err := os.Stat(opts.DataDir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("build: data folder %s: not a readable folder", opts.DataDir)
	}
	pipe, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("build: load models: %w", err)
	}
	removeStaleTemps(opts.DBPath, opts.Log)
	tmp := fmt.Sprintf("%s.tmp-%d", opts.DBPath, os.Getpid())
	_ = os.Remove(tmp)
	reused := !opts.Full && copyIfCurrent(opts.DBPath, tmp, opts.Log)
	ok := false
	defer func() {
		if !ok {
			os.Remove(tmp)
		}
	}()
	db, err := openWrite(tmp)
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	defer db.Close()
	if !reused {
		if _, err := db.ExecContext(ctx, schemaTablesSQL); err != nil {
			return nil, fmt.Errorf("build: create schema: %w", err)
		}
		if _, err := db.ExecContext(ctx, pauseMerging); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
	}
	rep := &Report{}
	w, err := newWriter(ctx, db, rep)
	if err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	// A copy is updated, query tables and all, even when it holds no
	// article: what this build adds and removes is told to them.
	w.unindexed, w.track = !reused, reused
	defer w.close()
	stage := func(name string, since time.Time) {
		opts.Log.Debug("build stage done", "stage", name, "seconds", time.Since(since).Seconds())
	}
	stage("copy previous knowledge base", start)
	t := time.Now()
	if err := ingestAll(ctx, opts, pipe, w, rep); err != nil {
		return nil, err
	}
	w.close() // the connection is the only one: the steps below need it
	if !reused {
		if _, err := db.ExecContext(ctx, resumeMerging); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
	}
	stage("read, extract and write articles", t)
	t = time.Now()
	// prepare says whether the query tables need work, ch what changed
	// (nil: fill them from scratch).
	prepare, ch := true, (*changes)(nil)
	var pre *prefilled // the query tables aggregate filled
	// A knowledge base whose corpus tables an older clustering or merging
	// wrote is aggregated afresh even when no article changed.
	var agg string
	_ = db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'aggregator'").Scan(&agg)
	current := reused && agg == aggregateVersion
	if current && rep.Added+rep.Changed+rep.Removed+w.metaChanged == 0 {
		// Nothing changed: the corpus tables of the copy are still right.
		if err := countCorpus(ctx, db, rep); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
		prepare = false
	} else {
		var err error
		if ch, pre, err = aggregate(ctx, db, rep, current && w.metaChanged == 0, w.furniture); err != nil {
			return nil, fmt.Errorf("build: aggregate: %w", err)
		}
		if ch != nil {
			ch.goneArticles, ch.newArticles = w.gone, w.added
			ch.goneSentences = append(ch.goneSentences, w.goneSentences...)
			ch.newSentences = w.newSentences
			for word := range w.touchedWords {
				ch.words[word] = true
			}
		}
	}
	stage("entities and events across articles", t)
	t = time.Now()
	rep.Duration = time.Since(start)
	if err := finish(ctx, db, rep, prepare, ch, pre); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	stage("query tables", t)
	t = time.Now()
	if err := db.Close(); err != nil {
		return nil, fmt.Errorf("build: close: %w", err)
	}
	if err := syncFile(tmp); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	stage("write to disk", t)
	if err := os.Rename(tmp, opts.DBPath); err != nil {
		return nil, fmt.Errorf("build: install %s: %w", opts.DBPath, err)
	}
	ok = true
	rep.Duration = time.Since(start)
	return rep, nil
}

// A build from scratch writes the full-text index with FTS5's merging
// paused: finalIndex merges the whole index into one segment once the
// sentences are in, so merging segments on the way only wrote them once
// more. Both of FTS5's merges are paused: the incremental one (automerge)
// and the one it forces on a level that piles up crisismerge segments (16
// by default, which the segments of a 19k-article build reached four
// times over). And the terms pending in memory are written out as a
// segment at each commit only, not also whenever they exceed FTS5's
// default hashsize of 1 MB (two segments a transaction instead of one):
// a transaction (batchSize articles) holds a few megabytes of them.
// A crisismerge of 256 keeps the segments of a far larger build well
// below FTS5's bound on a table's segments (2000), merging them 256 at a
// time should a build ever pile up that many.
// resumeMerging deletes the settings rather than setting them back, which
// leaves the index's configuration FTS5's default, as before; the
// connection keeps its copy of the settings until the build closes it,
// which changes nothing: the only writes to the index after the
// articles' (site furniture leaving it) come before the final merge.
const (
	pauseMerging = "INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('automerge', 0);" +
		"INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('crisismerge', 256);" +
		"INSERT INTO sentence_fts(sentence_fts, rank) VALUES ('hashsize', 16777216)"
	resumeMerging = "DELETE FROM sentence_fts_config WHERE k IN ('automerge', 'crisismerge', 'hashsize')"
)

// Garbage collection during a build: extraction allocates much and keeps
// little, so collecting at four times the live heap instead of twice
// saves about a tenth of the build's CPU (unless GOGC is set). A soft
// memory limit (unless GOMEMLIMIT sets one) makes the collector work harder near it, which
// keeps a 100k-article build within its memory target.
const (
	buildGCPercent   = 400
	buildMemoryLimit = 1280 << 20
)

// buildGC sets the build's collector targets and returns the function
// that restores the previous ones and drops the build's name tables.
func buildGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return identity.Forget // the operator's setting stands
	}
	gc := debug.SetGCPercent(buildGCPercent)
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		debug.SetMemoryLimit(buildMemoryLimit)
	}
	return func() {
		// The names the build learnt are not the questions' names.
		identity.Forget()
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(limit)
	}
}

// storyKeys identify an article's story for finding duplicates: its text
// without a header block (ingest.Story), ASCII white space collapsed, and,
// when its first line (or first line past site furniture,
// ingest.TitleLine) repeats its title, the text after that line too. A
// syndicated story kept as a text file with its headline on top and as a
// JSON line without it is one story; so are two copies of one file whose
// titles differ (one from a manifest, one its first line), which the
// first key finds whatever their titles. A text with syndication credits
// or a dateline (storyBody) has a key without them too: an agency's
// story and a paper's copy crediting it are one story. The last key,
// marked proseKeyPrefix, is over the story's prose alone (storyProse),
// when it has enough: copies on two sites, each with its own banner,
// byline and links around the story, are one story.
func storyKeys(a ingest.Article) []string {
	text := ingest.Story(a.Text)
	keys := []string{storyHash(text)}
	// A syndicated copy credits its agency and drops the agency's
	// dateline: the story without either is the agency's story too.
	body := storyBody(text)
	if body != text && strings.TrimSpace(body) != "" {
		keys = append(keys, storyHash(body))
	}
	// FirstLine and TitleLine return pieces of the text: a title the text
	// does not contain is neither, and most titles are not repeated.
	rest := text // the text after a title line opening it
	if title := strings.TrimSpace(a.Title); title != "" && strings.Contains(text, title) &&
		(ingest.FirstLine(text) == title || ingest.TitleLine(text) == title) {
		// A one-line article is its own title: nothing to drop.
		if i := strings.Index(text, title); i >= 0 && strings.TrimSpace(text[i+len(title):]) != "" {
			rest = text[i+len(title):]
			keys = append(keys, storyHash(rest))
		}
	}
	if prose, ok := storyProse(rest); ok {
		keys = append(keys, proseKeyPrefix+proseHash(prose, keys, text, body, rest))
	}
	return keys
}

// proseHash returns the storyHash of prose, taken from keys when the text
// it hashes is the prose already: most texts have no furniture to take
// off, and hashing is not free.
func proseHash(prose string, keys []string, text, body, rest string) string {
	switch prose {
	case strings.TrimSpace(text):
		return keys[0]
	case strings.TrimSpace(body):
		if body != text {
			return keys[1]
		}
	case strings.TrimSpace(rest):
		if rest != text {
			return keys[len(keys)-1]
		}
	}
	return storyHash(prose)
}

// maxEndLines bounds the lines storyBody drops from the end of a text: a
// credit line, a reporting line and a sign-up prompt.
const maxEndLines = 3

// maxCreditLine bounds a credit or furniture line storyBody drops: a
// longer line is reporting.
const maxCreditLine = 200

// storyBody returns text without its syndication credits: a credit line
// at its start (isCreditLine), up to maxEndLines credit or furniture
// lines at its end when one of them is a credit ("This article was
// supplied by …", "(Reporting by …; Editing by …)", "Sign up to our
// newsletter.") and a dateline opening its first line ("LONDON, March 12
// (Agency) - "), which a copy drops. It tests the first and last lines
// only: every article of every build passes through here. A text with
// none of them is returned as it is.
func storyBody(text string) string {
	body, credited := strings.TrimSpace(text), false
	// Furniture lines are looked for only when a credit line closes the
	// text: the furniture test is dear and most texts carry no credit.
	endCredit := creditNearEnd(body)
	for n := 0; n < maxEndLines; n++ {
		i := strings.LastIndexByte(body, '\n')
		last := strings.TrimSpace(body[i+1:])
		if i < 0 || len(last) > maxCreditLine {
			break
		}
		if isCreditLine(last) {
			credited = true
		} else if !endCredit || !segment.IsBoilerplate(last) {
			break
		}
		body = strings.TrimSpace(body[:i])
	}
	if i := strings.IndexByte(body, '\n'); i > 0 && isCreditLine(strings.TrimSpace(body[:i])) {
		body, credited = strings.TrimSpace(body[i+1:]), true
	}
	if !credited {
		// Furniture alone ("Sign up …", a closing ".") credits no one:
		// stories that differ only by it may be different stories.
		body = text
	}
	return dropDateline(body)
}

// creditNearEnd reports whether one of the last maxEndLines lines of
// text is a credit line.
func creditNearEnd(text string) bool {
	for n := 0; n < maxEndLines; n++ {
		i := strings.LastIndexByte(text, '\n')
		if isCreditLine(strings.TrimSpace(text[i+1:])) {
			return true
		}
		if i < 0 {
			return false
		}
		text = strings.TrimSpace(text[:i])
	}
	return false
}

// dropDateline returns text without a dateline opening its first line
// and ended by a dash ("LONDON, March 12 (Agency) - Storm …").
func dropDateline(text string) string {
	head := text
	if len(head) > maxDatelineHead {
		head = head[:maxDatelineHead]
	}
	// The dash must come before the first line break, and none of the
	// dashes spans one: its first place in the head is in the first line,
	// or the dash does not count.
	if nl := strings.IndexByte(head, '\n'); nl >= 0 {
		head = head[:nl]
	}
	if strings.IndexByte(head, '-') < 0 && strings.IndexByte(head, 0xE2) < 0 {
		return text // none of the dashes; "—" and "–" open with 0xE2
	}
	for _, dash := range []string{" - ", " — ", " – "} {
		if i := strings.Index(head, dash); i > 0 && segment.IsDateline(head[:i]) {
			return text[i+len(dash):]
		}
	}
	return text
}

// maxDatelineHead bounds the opening of a first line dropDateline reads:
// a dateline with its agency is shorter.
const maxDatelineHead = 80

// creditOpenings open a line that credits a story to the agency or paper
// it came from, lower-cased.
var creditOpenings = []string{
	"this article was supplied by ", "this article was originally published by ",
	"this article was originally published in ", "this article first appeared in ",
	"this article first appeared on ", "this story was supplied by ",
	"this story was originally published by ", "this story was originally published in ",
	"this story first appeared in ", "this story first appeared on ",
	"originally published by ", "distributed by ", "supplied by ",
	"(reporting by ", "reporting by ",
}

// isCreditLine reports whether a line credits the story to another
// outlet: "This article was supplied by Meridian Press Agency.",
// "Distributed by Tribune Content Agency", "Copyright Reuters. Used with
// permission." or "(Reporting by …; Editing by …)".
func isCreditLine(line string) bool {
	if len(line) > maxCreditLine {
		return false
	}
	// Lower-casing maps an ASCII opening byte for byte: a line whose
	// opening is ASCII is compared without lowering it whole.
	head := line[:min(len(line), creditHeadBytes)]
	if !isASCII(head) {
		return isLowerCreditLine(strings.ToLower(line))
	}
	for _, p := range creditOpenings {
		if hasPrefixASCIIFold(head, p) {
			return true
		}
	}
	return (hasPrefixASCIIFold(head, "copyright ") || hasPrefixASCIIFold(head, "(c) ")) &&
		strings.Contains(strings.ToLower(line), "used with permission")
}

// creditHeadBytes is the longest opening isCreditLine looks for.
var creditHeadBytes = func() int {
	n := len("copyright ")
	for _, p := range creditOpenings {
		n = max(n, len(p))
	}
	return n
}()

// isASCII reports whether s is ASCII alone.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasPrefixASCIIFold reports whether the ASCII s, lower-cased, begins with
// the lower-case prefix.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// isLowerCreditLine is isCreditLine of a line lower-cased, l.
func isLowerCreditLine(l string) bool {
	for _, p := range creditOpenings {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return (strings.HasPrefix(l, "copyright ") || strings.HasPrefix(l, "© ") || strings.HasPrefix(l, "(c) ")) &&
		strings.Contains(l, "used with permission")
}

// storyHash hashes a story's text with its runs of white space as one
// space.
func storyHash(text string) string {
	// Runs of white space hashed as one space, without splitting the text
	// into words: every article of every build passes through here. Most
	// spaces are one ' ' between words, which stays as it is: the text is
	// copied a span at a time between the runs that change.
	h := sha256.New()
	bp := storyBufs.Get().(*[]byte)
	buf := (*bp)[:0]
	i := 0
	for i < len(text) && asciiSpace[text[i]] {
		i++
	}
	start := i // of the span copied as it is
	for i < len(text) {
		if i+8 <= len(text) && keptAsIs8(binary.LittleEndian.Uint64([]byte(text[i:i+8]))) {
			i += 8
			continue
		}
		c := text[i]
		if !asciiSpace[c] {
			i++
			continue
		}
		if c == ' ' && i+1 < len(text) && !asciiSpace[text[i+1]] {
			i += 2 // one space between words, after a word: kept
			continue
		}
		buf = append(buf, text[start:i]...)
		for i < len(text) && asciiSpace[text[i]] {
			i++
		}
		if i < len(text) {
			buf = append(buf, ' ')
		}
		start = i
		if len(buf) >= storyHashChunk {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	buf = append(buf, text[start:]...)
	h.Write(buf)
	if cap(buf) <= 4*storyHashChunk {
		*bp = buf
		storyBufs.Put(bp)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// storyHashChunk is how much of a story storyHash gathers before hashing it.
const storyHashChunk = 16 << 10

// storyBufs are storyHash's buffers, reused across articles.
var storyBufs = sync.Pool{New: func() any { b := make([]byte, 0, storyHashChunk+1024); return &b }}

// Byte-wise tests on eight bytes at a time.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// keptAsIs8 reports whether storyHash keeps the eight bytes of x (read
// little-endian, the first byte lowest) as they are, given that the byte
// before them is not white space: none is a control character (white
// space other than ' ' among them), no two spaces are neighbours, and the
// last is not a space (the byte after it is unknown). A control
// character sets the high bit of its lane in ctrl, other lanes only above
// it; spaces holds the high bit of exactly the lanes that are spaces.
func keptAsIs8(x uint64) bool {
	ctrl := (x - ones*0x20) &^ x & highs
	v := x ^ (ones * ' ')
	spaces := ^((v&lows + lows) | v | lows)
	return ctrl == 0 && spaces&(spaces>>8) == 0 && spaces>>56 == 0
}

// asciiSpace marks the white space storyHash collapses.
var asciiSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true}

// job is one article on its way through extraction.
type job struct {
	art    ingest.Article
	result *extract.Result
	update bool   // an existing article whose text changed
	keep   int64  // an existing article whose text is unchanged: its row id
	seq    int    // position in reading order
	note   string // why extraction failed, when it did
}

// runSafely extracts from one article. A failure inside an extractor
// costs that article its extraction results, never the build: the
// article is still stored and searchable.
func runSafely(pipe *extract.Pipeline, a ingest.Article, log *slog.Logger) (res *extract.Result, note string) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("extraction failed", "article", a.ID, "panic", r, "stack", string(debug.Stack()))
			note = fmt.Sprintf("extraction failed (%v); stored for search only", r)
			res = &extract.Result{Sentences: doc.Lines(a.Text)}
		}
	}()
	return pipe.Run(a.Text, parseDate(a.Published)), ""
}

// ingestAll streams the folder through the extraction workers into the
// single writer.
func ingestAll(ctx context.Context, opts BuildOptions, pipe *extract.Pipeline, w *writer, rep *Report) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	vers := newVersions(w.existing)
	// The writer stops now and then to commit a large transaction; a deep
	// queue of finished articles keeps the workers extracting meanwhile.
	jobs := make(chan job, 16*opts.Workers)
	done := make(chan job, 256)
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.keep == 0 && !vers.isReplaced(j.art.ID) {
					j.result, j.note = runSafely(pipe, j.art, opts.Log)
				}
				select {
				case done <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	writeErr := make(chan error, 1)
	go func() {
		// Articles are written in the order they were read, whatever order
		// the workers finish them in, so that a build is reproducible.
		var err error
		next, n := 0, 0
		waiting := map[int]job{}
		for j := range done {
			if err != nil {
				continue // drain so the workers finish
			}
			waiting[j.seq] = j
			for {
				j, ok := waiting[next]
				if !ok {
					break
				}
				delete(waiting, next)
				next++
				if vers.isReplaced(j.art.ID) {
					continue // a later version was read meanwhile
				}
				if err = w.put(ctx, j); err != nil {
					cancel()
					break
				}
				n++
				if opts.Progress != nil {
					opts.Progress(n)
				}
			}
		}
		writeErr <- err
	}()

	seen := map[string]bool{}
	seq := 0
	furniture := countFurniture(w.furniture)
	defer furniture.wait()
	send := func(a ingest.Article) error {
		furniture.add(a.Text)
		seen[a.ID] = true
		j := job{art: a, seq: seq}
		seq++
		if old, ok := w.existing[a.ID]; ok {
			j.update = true
			// Relative dates count from the publication date: an article
			// whose date changed is extracted again, even if its text did not.
			if old.hash == a.Hash && old.publish == a.Published {
				j.keep = old.id
			}
		}
		select {
		case jobs <- j:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	var copies []articleCopy
	stored := map[string]storedStory{} // by id: the articles sent that a copy may say more of
	links := proseLinks{}
	accept := func(a ingest.Article, keys []string) error {
		first, versioned := "", ""
		for _, k := range keys {
			if id, dup := w.byHash[k]; dup && id != a.ID {
				if links.sameLink(k, a) {
					// Another version of the story at its link, not a copy:
					// versions decides which is stored.
					versioned = k
					continue
				}
				first = id
				break
			}
		}
		if first != "" {
			f, sent := stored[first]
			if !sent || !betterDescribed(a, f.art) || vers.isReplaced(first) {
				rep.Duplicates++
				copies = append(copies, articleCopy{of: first, art: a})
				opts.Log.Debug("duplicate article stored once", "article", a.ID, "same_as", first)
				return nil
			}
			// The copy read first says less of the story (no date, no
			// outlet): the story is stored as this one, and that one is
			// its copy, left out as a replaced version is.
			rep.Duplicates++
			vers.replaceByCopy(first)
			delete(stored, first)
			for i := range copies {
				if copies[i].of == first {
					copies[i].of = a.ID
				}
			}
			copies = append(copies, articleCopy{of: a.ID, art: f.art})
			for _, k := range f.keys {
				w.byHash[k] = a.ID
				links.claim(k, a)
			}
			opts.Log.Debug("duplicate article stored once", "article", first, "same_as", a.ID)
		}
		for _, k := range keys {
			if k != versioned {
				w.byHash[k] = a.ID
				links.claim(k, a)
			}
		}
		switch v, other := vers.see(a); {
		case v == dropIt:
			opts.Log.Debug("earlier version of an article left out", "article", a.ID, "later", other)
			return nil
		case v == holdIt:
			return nil
		case other != "":
			if versioned != "" {
				// The story's prose names its latest version.
				w.byHash[versioned] = a.ID
				links.claim(versioned, a)
			}
			opts.Log.Debug("earlier version of an article replaced", "article", other, "later", a.ID)
		}
		if describedBy(a) < fullyDescribed {
			// Only an article a copy may say more of is remembered.
			meta := a
			meta.Text = "" // the copy's row needs its metadata only
			stored[a.ID] = storedStory{art: meta, keys: keys}
		}
		return send(a)
	}
	problems, walkErr := walkAccepting(ctx, opts, accept)
	if walkErr == nil {
		// Versions held back for a later one that is gone from the folder.
		for _, a := range vers.released() {
			if walkErr = send(a); walkErr != nil {
				break
			}
		}
	}
	close(jobs)
	err := <-writeErr
	rep.Problems = append(problems, rep.Problems...)
	if walkErr != nil {
		return fmt.Errorf("build: read %s: %w", opts.DataDir, walkErr)
	}
	if err != nil {
		return fmt.Errorf("build: write: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	// Removing an article finds its rows through the indexes.
	if err := w.createIndexes(ctx); err != nil {
		return fmt.Errorf("build: %w", err)
	}
	for id, old := range w.existing {
		if !seen[id] {
			if err := w.remove(ctx, old.id); err != nil {
				return fmt.Errorf("build: remove %s: %w", id, err)
			}
			if !vers.isReplaced(id) {
				rep.Removed++
				rep.RemovedIDs = append(rep.RemovedIDs, id)
			}
		}
	}
	var sent []string
	for id := range seen {
		if vers.isReplaced(id) {
			sent = append(sent, id)
		}
	}
	slices.Sort(sent)
	for _, id := range sent {
		if err := w.dropVersion(ctx, id); err != nil {
			return fmt.Errorf("build: leave out earlier version %s: %w", id, err)
		}
	}
	rep.Replaced = vers.count()
	w.listArticles()
	if err := w.setCopies(ctx, copies); err != nil {
		return fmt.Errorf("build: copies: %w", err)
	}
	return w.commit()
}

// proseLinks holds the link (versionKey) of the article each prose key
// (proseKeyPrefix) names, when it has one: two articles at one link whose
// prose is the same are versions of a story (a correction that changed
// only a stamp or a note above it), which the later replaces, not copies
// of it.
type proseLinks map[string]string

// claim records the link of article a, which key k now names.
func (l proseLinks) claim(k string, a ingest.Article) {
	if !strings.HasPrefix(k, proseKeyPrefix) {
		return
	}
	if link := versionKey(a.URL); link != "" {
		l[k] = link
	} else {
		delete(l, k)
	}
}

// sameLink reports whether prose key k names an article at a's link.
func (l proseLinks) sameLink(k string, a ingest.Article) bool {
	link, ok := l[k]
	return ok && link == versionKey(a.URL)
}

// storedStory is an article sent to be stored, as a later copy of it
// needs it: its metadata and story keys.
type storedStory struct {
	art  ingest.Article
	keys []string
}

// betterDescribed reports whether article a says more of when and where
// it was published than b, a word-for-word copy of it: a date first,
// then an outlet. A story is stored once, with the metadata of one copy;
// a file without a manifest entry sorted first ("copy.txt" beside
// "story.txt", which the manifest dates) would leave it undated and from
// an unknown outlet, its "on Tuesday" unresolved. Between copies that say
// as much, the first read is kept, so every build chooses alike.
func betterDescribed(a, b ingest.Article) bool { return describedBy(a) > describedBy(b) }

// describedBy scores what an article's metadata says of its publication,
// up to fullyDescribed.
func describedBy(a ingest.Article) int {
	n := 0
	if a.Published != "" {
		n += 2
	}
	if strings.TrimSpace(a.Source) != "" {
		n++
	}
	return n
}

// fullyDescribed is the score of an article with a date and an outlet:
// no copy can say more, so a build need not remember it (most articles
// of a large archive).
const fullyDescribed = 3

// walkAccepting reads the folder and passes every article with its
// story keys (storyKeys) to accept, in reading order, on a goroutine of
// its own, while the reader parses the next lines. The keys depend on the
// article alone and cost about as much as parsing it: they are found a
// batch of articles at a time on every core (keyWorkers) before accept
// sees the batch. The first error accept returns is the walk's, once
// every article read is passed.
func walkAccepting(ctx context.Context, opts BuildOptions, accept func(ingest.Article, []string) error) ([]ingest.Problem, error) {
	// Every batch goes to the key workers, then in reading order to the
	// acceptor, which waits for its keys.
	work := make(chan *readBatch, 64)
	ordered := make(chan *readBatch, 64)
	var keyed sync.WaitGroup
	for range keyWorkers() {
		keyed.Add(1)
		go func() {
			defer keyed.Done()
			for b := range work {
				b.keys = make([][]string, len(b.arts))
				for i, a := range b.arts {
					b.keys[i] = storyKeys(a)
				}
				close(b.done)
			}
		}()
	}
	accepted := make(chan error, 1)
	go func() {
		var err error
		for b := range ordered {
			<-b.done
			for i, a := range b.arts {
				if err == nil {
					err = accept(a, b.keys[i])
				}
			}
		}
		accepted <- err
	}()
	var batch *readBatch
	flush := func() error {
		b := batch
		if b == nil {
			return nil
		}
		batch = nil
		select {
		case work <- b:
		case <-ctx.Done():
			return ctx.Err()
		}
		select {
		case ordered <- b:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	problems, err := ingest.Walk(ctx, opts.DataDir, opts.Limits, func(a ingest.Article) error {
		if batch == nil {
			batch = &readBatch{arts: make([]ingest.Article, 0, readBatchSize), done: make(chan struct{})}
		}
		batch.arts = append(batch.arts, a)
		if len(batch.arts) < readBatchSize {
			return nil
		}
		return flush()
	})
	if ferr := flush(); err == nil {
		err = ferr
	}
	close(work)
	close(ordered)
	keyed.Wait()
	if aerr := <-accepted; err == nil {
		err = aerr
	}
	return problems, err
}

// readBatch is a run of articles in reading order and, once done is
// closed, their story keys.
type readBatch struct {
	arts []ingest.Article
	keys [][]string
	done chan struct{}
}

// readBatchSize is how many articles a batch of walkAccepting holds.
const readBatchSize = 64

// keyWorkers is how many goroutines find story keys: the reader and the
// acceptor wait on them otherwise, and the extraction workers are idle in
// a rebuild.
func keyWorkers() int { return min(runtime.GOMAXPROCS(0), 8) }

// furnitureCounter counts the lines of the articles stored for site
// furniture (segment.Furniture.Add) on a goroutine of its own, off the
// path of accepting articles. The counts do not depend on the order the
// articles are added in.
type furnitureCounter struct {
	texts chan []string
	batch []string
	done  chan struct{}
}

// furnitureBatch is how many texts go to the counting goroutine at a time.
const furnitureBatch = 64

// countFurniture starts counting into f, which no one else may use until
// wait returns.
func countFurniture(f *segment.Furniture) *furnitureCounter {
	c := &furnitureCounter{texts: make(chan []string, 64), done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for b := range c.texts {
			for _, text := range b {
				f.Add(text)
			}
		}
	}()
	return c
}

// add counts the lines of one article's text.
func (c *furnitureCounter) add(text string) {
	c.batch = append(c.batch, text)
	if len(c.batch) >= furnitureBatch {
		c.texts <- c.batch
		c.batch = nil
	}
}

// wait returns once every text added is counted.
func (c *furnitureCounter) wait() {
	if len(c.batch) > 0 {
		c.texts <- c.batch
		c.batch = nil
	}
	close(c.texts)
	<-c.done
}

func parseDate(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// openWrite opens the build's connection. Its one connection is never
// used by two goroutines at once (database/sql holds it for each call),
// so SQLite's lock on it (_mutex=no leaves it out) only cost a lock and
// an unlock on every bound value and step of the build's millions.
func openWrite(path string) (*sql.DB, error) {
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_journal_mode=OFF&_synchronous=OFF&_foreign_keys=on&_cache_size=-65536&_locking_mode=EXCLUSIVE&_mutex=no"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; the exclusive lock belongs to one connection
	return db, nil
}

// copyIfCurrent copies the existing knowledge base to tmp when it has the
// current schema, so that the build only applies what changed.
func copyIfCurrent(path, tmp string, log *slog.Logger) bool {
	s, err := open(context.Background(), path, false)
	if err != nil {
		if !errors.Is(err, ErrNoKB) {
			log.Info("building from scratch", "reason", err)
		}
		return false
	}
	defer s.Close()
	if s.extractor != extract.Version {
		log.Info("building from scratch", "reason", "the extractors changed since the last build")
		return false
	}
	in, err := os.Open(path)
	if err != nil {
		return false
	}
	defer in.Close()
	out, err := os.Create(tmp)
	if err != nil {
		return false
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		os.Remove(tmp)
		return false
	}
	if err := out.Close(); err != nil {
		os.Remove(tmp)
		return false
	}
	return true
}

// removeStaleTemps deletes temporary files left by builds that were
// killed: their process no longer exists.
func removeStaleTemps(path string, log *slog.Logger) {
	matches, _ := filepath.Glob(path + ".tmp-*")
	for _, m := range matches {
		pid, err := strconv.Atoi(m[strings.LastIndex(m, "-")+1:])
		if err != nil || pid == os.Getpid() {
			continue
		}
		if syscall.Kill(pid, 0) == nil {
			continue // still building
		}
		if os.Remove(m) == nil {
			log.Info("removed the leftover of an interrupted build", "file", m)
		}
	}
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// finish writes the build's metadata and the query tables; pre are those
// aggregate filled already, after it optimised the index.
func finish(ctx context.Context, db *sql.DB, rep *Report, prepare bool, ch *changes, pre *prefilled) error {
	stmts := []string{
		fmt.Sprintf("PRAGMA user_version = %d", schemaVersion),
		"INSERT OR REPLACE INTO meta(key, value) VALUES ('built_at', '" + time.Now().UTC().Format(time.RFC3339) + "')",
		"INSERT OR REPLACE INTO meta(key, value) VALUES ('extractor', '" + extract.Version + "')",
		"INSERT OR REPLACE INTO meta(key, value) VALUES ('aggregator', '" + aggregateVersion + "')",
		"PRAGMA optimize",
	}
	if ch == nil && pre == nil {
		// One b-tree segment after a full build; an incremental one leaves
		// the few segments it added to FTS5's own merging.
		stmts = append(stmts, optimizeIndex)
	}
	for _, q := range stmts {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("finish: %s: %w", q, err)
		}
	}
	if prepare {
		if err := prepareQueries(ctx, db, ch, pre); err != nil {
			return fmt.Errorf("finish: %w", err)
		}
		// Some query tables are filled before the optimize above or after
		// it, as aggregate's goroutines finish: optimizing again once all
		// are filled gives every build the same statistics, whichever
		// finished first, and so the same query plans.
		if _, err := db.ExecContext(ctx, "PRAGMA optimize"); err != nil {
			return fmt.Errorf("finish: optimize the query tables: %w", err)
		}
	}
	return db.QueryRowContext(ctx, "SELECT count(*) FROM articles").Scan(&rep.Articles)
}

// countCorpus fills the report's corpus counts from the tables.
func countCorpus(ctx context.Context, db *sql.DB, rep *Report) error {
	return db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM entities WHERE type = 'PERSON'),
		(SELECT count(*) FROM entities WHERE type = 'ORG'),
		(SELECT count(*) FROM entities WHERE type = 'PLACE'),
		(SELECT coalesce(sum(quotes), 0) FROM entities),
		(SELECT count(*) FROM events)`).Scan(&rep.People, &rep.Orgs, &rep.Places, &rep.Quotes, &rep.Events)
}
