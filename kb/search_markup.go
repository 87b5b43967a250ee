package kb

import (
	"regexp"
	"strings"
)

// chatMention matches what a chat message writes for a user, role or
// channel mention (<@123>, <@!123>, <@&123>, <#123>), a custom emoji
// (<:name:123>), a timestamp (<t:1700000000:R>) and the mentions of a
// whole server (@everyone, @here): none of them are words to look for.
var chatMention = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::[a-zA-Z])?>|(?:^|\s)@(?:everyone|here)\b`)

// chatStars matches a run of words between emphasis stars ("**bold**",
// "*italic*", "***both***"): the opening star is followed by no space
// and the closing one follows none, so a prefix search's star ("defic*
// budget") pairs with nothing.
var chatStars = regexp.MustCompile(`(\*{1,3})([^\s*](?:[^*]*[^\s*])?)(\*{1,3})`)

// WithoutChatMarkup returns a search as typed in a chat without its
// markup: mentions, and the markers of bold, italic, underline,
// strike-through, code, spoilers and block quotes. Stars of emphasis
// would otherwise make the word before them a prefix ("**bitcoin**" is
// no search for "bitcoin*").
func WithoutChatMarkup(q string) string {
	q = chatMention.ReplaceAllString(q, " ")
	q = chatStars.ReplaceAllStringFunc(q, func(m string) string {
		sub := chatStars.FindStringSubmatch(m)
		if len(sub[1]) != len(sub[3]) {
			return m
		}
		return sub[2]
	})
	q = strings.NewReplacer("```", " ", "`", " ", "||", " ", "~~", " ", "__", " ").Replace(q)
	q = strings.TrimSpace(q)
	for strings.HasPrefix(q, ">") {
		q = strings.TrimSpace(strings.TrimPrefix(q, ">"))
	}
	return strings.Join(strings.Fields(q), " ")
}
