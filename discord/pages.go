package discord

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Paged answers are kept in memory so Previous/Next can show any page
// without asking again; old ones are dropped by age and by count.
const (
	pageCacheSize = 2000
	pageCacheTTL  = 30 * time.Minute
	pagePrefix    = "page:"
)

type pagedAnswer struct {
	owner   string
	embeds  []*discordgo.MessageEmbed
	created time.Time
}

type pageCache struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	order *list.List // of string keys, oldest first
	items map[string]*pagedAnswer
	now   func() time.Time
}

func newPageCache(max int, ttl time.Duration) *pageCache {
	return &pageCache{max: max, ttl: ttl, order: list.New(), items: map[string]*pagedAnswer{}, now: time.Now}
}

// put stores the pages of one answer for owner and returns their key.
func (c *pageCache) put(owner string, embeds []*discordgo.MessageEmbed) string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	key := hex.EncodeToString(b[:])
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = &pagedAnswer{owner: owner, embeds: embeds, created: c.now()}
	c.order.PushBack(key)
	for c.order.Len() > c.max {
		c.evictOldest()
	}
	return key
}

// get returns the pages stored under key, if still kept.
func (c *pageCache) get(key string) (*pagedAnswer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for c.order.Len() > 0 {
		k := c.order.Front().Value.(string)
		if c.now().Sub(c.items[k].created) < c.ttl {
			break
		}
		c.evictOldest()
	}
	p, ok := c.items[key]
	return p, ok
}

func (c *pageCache) evictOldest() {
	front := c.order.Front()
	delete(c.items, front.Value.(string))
	c.order.Remove(front)
}

// pageID is a button's custom ID: the answer's key and the page to show.
func pageID(key string, page int) string {
	return pagePrefix + key + ":" + strconv.Itoa(page)
}

// parsePageID reads a custom ID made by pageID.
func parsePageID(id string) (key string, page int, ok bool) {
	rest, found := strings.CutPrefix(id, pagePrefix)
	if !found {
		return "", 0, false
	}
	key, num, found := strings.Cut(rest, ":")
	if !found || key == "" || len(num) > 4 {
		return "", 0, false
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return "", 0, false
	}
	return key, n, true
}
