package kb

import (
	"net/url"
	"slices"
	"strings"
	"sync"
	"unicode"

	"newsbot/extract/events"
	"newsbot/ingest"
)

// An outlet that corrects or updates a story publishes it again at the same
// link. The folder then holds two versions of one article; the later one
// replaces the earlier, which is neither extracted nor cited.

// versionKey identifies an article across its versions: its link without
// scheme, "www.", tracking and revision parameters, fragment or trailing
// slash. A link
// to a site's front page identifies no article, nor does a missing one.
func versionKey(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return "" // no link (url.Parse would find no host)
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	path := strings.TrimSuffix(strings.TrimSuffix(u.EscapedPath(), "/"), "/amp")
	for _, mark := range revisionSlugs {
		path = strings.TrimSuffix(path, mark)
	}
	if strings.Trim(path, "/") == "" {
		return ""
	}
	q := u.Query()
	for k := range q {
		if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || linkNoise[lk] {
			q.Del(k)
		}
	}
	key := strings.TrimPrefix(strings.ToLower(u.Host), "www.") + path
	if len(q) > 0 {
		key += "?" + q.Encode() // Encode sorts the parameters
	}
	return key
}

// revisionSlugs end the link of a corrected or updated version of an
// article that an outlet publishes beside the first ("/rsv-approval" and
// "/rsv-approval-corrected").
var revisionSlugs = []string{"-corrected", "-correction", "-updated", "-update"}

// linkNoise are query parameters that track a reader or mark a revision
// ("?updated=1"), not which article a link is.
var linkNoise = map[string]bool{"fbclid": true, "gclid": true, "ref": true, "cmpid": true,
	"updated": true, "update": true, "version": true, "revision": true, "rev": true}

// version is what deciding between two versions needs to know of one.
type version struct {
	id, title, published string
	noted                bool // the text carries a correction or update note
}

func versionOf(a ingest.Article) version {
	return version{id: a.ID, title: a.Title, published: a.Published, noted: hasUpdateNote(a.Text)}
}

// later reports whether v is a later version than o: published on a later
// day; on the same day, the one that notes a correction or update; else
// the greater id, so that every build decides alike.
func (v version) later(o version) bool {
	switch {
	case v.published != o.published:
		return v.published > o.published
	case v.noted != o.noted:
		return v.noted
	}
	return v.id > o.id
}

// sameStory reports whether two articles at one link are versions of one
// story rather than a feed that gives one section link to every story:
// their headlines share most of their words (a correction may add a word
// such as "Updated" or change a figure).
func sameStory(a, b string) bool {
	wa, wb := titleWords(a), titleWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	common := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			common++
		}
	}
	return 2*common >= min(len(wa), len(wb))+1 || common == min(len(wa), len(wb))
}

func titleWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// hasUpdateNote reports a line in which the outlet notes a correction or
// an update of the story (events.EditorialNote).
func hasUpdateNote(text string) bool {
	for line := range strings.Lines(text) {
		if events.EditorialNote(line) {
			return true
		}
	}
	return false
}

// versions tracks, while the folder is read, the latest version of every
// article link. The reader decides; the extraction workers and the writer
// consult the decisions so that a replaced version costs no work when it
// is known in time.
type versions struct {
	mu       sync.Mutex
	latest   map[string][]version      // link -> latest version of each story read at it this build
	previous map[string][]version      // link -> the same for the previous knowledge base
	replaced map[string]bool           // ids of versions a later one replaces
	held     map[string]ingest.Article // id -> version held back (see see)
	order    []string                  // ids of held versions in reading order
	byCopy   int                       // of the replaced, those a better-described copy replaced
}

func newVersions(existing map[string]existingArticle) *versions {
	v := &versions{latest: map[string][]version{}, previous: map[string][]version{}, replaced: map[string]bool{},
		held: map[string]ingest.Article{}}
	for id, e := range existing {
		if k := versionKey(e.url); k != "" {
			v.previous[k] = keepLatest(v.previous[k], version{id: id, title: e.title, published: e.publish})
		}
	}
	return v
}

// keepLatest puts cur in the list of a link's stories: in place of an
// earlier version of its story, or beside the other stories.
func keepLatest(list []version, cur version) []version {
	for i, o := range list {
		if sameStory(o.title, cur.title) {
			if cur.later(o) {
				list[i] = cur
			}
			return list
		}
	}
	return append(list, cur)
}

// story returns the index in list of cur's story, or -1.
func story(list []version, cur version) int {
	for i, o := range list {
		if o.id != cur.id && sameStory(o.title, cur.title) {
			return i
		}
	}
	return -1
}

// verdict is what becomes of an article read.
type verdict int

const (
	extractIt verdict = iota // store it (it is the latest version so far)
	holdIt                   // the previous build stored a later version: wait for it
	dropIt                   // a later version has been read
)

// see decides on article a as it is read. other is the version a replaces
// or is replaced by, when there is one.
func (v *versions) see(a ingest.Article) (verdict, string) {
	k := versionKey(a.URL)
	if k == "" {
		return extractIt, ""
	}
	cur := versionOf(a)
	v.mu.Lock()
	defer v.mu.Unlock()
	list := v.latest[k]
	if i := story(list, cur); i >= 0 {
		o := list[i]
		if !cur.later(o) {
			v.replaced[cur.id] = true
			return dropIt, o.id
		}
		v.replaced[o.id] = true
		delete(v.held, o.id)
		list[i] = cur
		return extractIt, o.id
	}
	// A later version stored by the previous build will most likely be
	// read again: holding this one back saves extracting it for nothing.
	if i := story(v.previous[k], cur); i >= 0 && v.previous[k][i].later(cur) {
		v.held[cur.id] = a
		v.order = append(v.order, cur.id)
		v.latest[k] = append(list, cur)
		return holdIt, v.previous[k][i].id
	}
	v.latest[k] = append(list, cur)
	return extractIt, ""
}

// isReplaced reports whether a later version of article id has been read.
func (v *versions) isReplaced(id string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.replaced[id]
}

// released returns, once the whole folder is read, the held versions no
// later version replaced after all (it was deleted), in reading order.
func (v *versions) released() []ingest.Article {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out []ingest.Article
	for _, id := range v.order {
		if a, ok := v.held[id]; ok {
			out = append(out, a)
		}
	}
	return out
}

// replaceByCopy leaves out article id, already read, for a word-for-word
// copy read later that says more of the story (betterDescribed): the
// workers and the writer skip it, or the build takes it out, as an earlier
// version. It counts as a duplicate, not as a version replaced.
func (v *versions) replaceByCopy(id string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.replaced[id] {
		v.replaced[id] = true
		v.byCopy++
	}
	delete(v.held, id)
}

// count is the number of versions replaced by later ones.
func (v *versions) count() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.replaced) - v.byCopy
}
