package discord

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

// apology is what a user sees when a command failed inside the bot.
const apology = "Sorry, something went wrong answering that. It has been logged."

// commandLine finds the command in a message: after a leading mention of
// the bot, anywhere in a direct message (the prefix is optional there), or
// after the prefix in a server channel. It returns the line with any
// mention or prefix removed, and whether the message is addressed to the
// bot at all.
func commandLine(content string, isDM bool, botID, prefix string) (line string, ok bool) {
	content = strings.TrimSpace(content)
	if botID != "" {
		for _, m := range []string{"<@" + botID + ">", "<@!" + botID + ">"} {
			if rest, found := strings.CutPrefix(content, m); found {
				rest = strings.TrimSpace(rest)
				rest = strings.TrimSpace(strings.TrimPrefix(rest, prefix))
				if rest == "" {
					rest = "help"
				}
				return rest, true
			}
		}
	}
	if prefix != "" && strings.HasPrefix(content, prefix) {
		return strings.TrimSpace(content[len(prefix):]), true
	}
	if isDM && content != "" {
		return content, true
	}
	return "", false
}

// onMessage answers a prefix command, a mention or a direct message.
func (a *adapter) onMessage(_ *discordgo.Session, m *discordgo.MessageCreate) {
	if m == nil || m.Message == nil || m.Author == nil {
		return
	}
	if m.Author.Bot || m.Author.ID == a.botID || m.WebhookID != "" {
		return
	}
	if !a.enter() {
		return
	}
	defer a.inflight.Done()
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("message handler panicked", "panic", r, "stack", string(debug.Stack()))
			a.sendNotice(m.Message, apology)
		}
	}()

	isDM := m.GuildID == ""
	line, ok := commandLine(m.Content, isDM, a.botID, a.cfg.Prefix)
	if !ok {
		return
	}
	req, err := bot.Parse(line, "")
	if err != nil {
		return
	}
	if _, known := bot.LookupSpec(req.Name); !known && !isDM && !mentions(m.Message, a.botID) {
		return // another bot's command sharing the prefix
	}
	if allowed, wait, tell := a.limit.allow(m.Author.ID); !allowed {
		if tell {
			a.sendNotice(m.Message, slowDown(wait))
		}
		return
	}
	if req.Name == "reload" {
		a.reloadByMessage(m.Message)
		return
	}
	start := time.Now()
	ans := a.answer(a.ctx(), req)
	embeds := renderEmbeds(ans, a.info())
	a.send(m.Message, embeds)
	a.log.Info("command", "via", "message", "command", req.Name, "user", m.Author.ID, "guild", m.GuildID,
		"pages", len(embeds), "error", ans.Error, "took", time.Since(start).Round(time.Millisecond))
}

func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

// reloadByMessage runs !reload for an administrator and refuses others.
func (a *adapter) reloadByMessage(m *discordgo.Message) {
	if !a.admins[m.Author.ID] {
		a.log.Info("reload refused", "user", m.Author.ID)
		a.sendNotice(m, refusal)
		return
	}
	summary, took, err := a.reload()
	a.send(m, []*discordgo.MessageEmbed{reloadEmbed(summary, took, err, a.info())})
}

// refusal answers a reload by someone not in ADMIN_USER_IDS.
const refusal = "Only the bot's administrators can reload the knowledge base."

// reload rebuilds the knowledge base and logs the outcome.
func (a *adapter) reload() (string, time.Duration, error) {
	start := time.Now()
	summary, err := a.svc.Reload(a.ctx())
	took := time.Since(start)
	if err != nil {
		a.log.Error("reload failed", "err", err, "took", took.Round(time.Millisecond))
	} else {
		a.log.Info("reloaded knowledge base", "took", took.Round(time.Millisecond))
	}
	return summary, took, err
}

// answer runs one command, turning a panic into an apology.
func (a *adapter) answer(ctx context.Context, req bot.Request) (ans bot.Answer) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("command panicked", "command", req.Name, "panic", r, "stack", string(debug.Stack()))
			ans = bot.Answer{Command: req.Name, Error: apology, Ephemeral: true}
		}
	}()
	a.slots <- struct{}{}
	defer func() { <-a.slots }()
	return a.svc.Do(ctx, req)
}

// info describes the knowledge base for footers; a failure leaves it empty.
func (a *adapter) info() (inf bot.Info) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("knowledge base info panicked", "panic", r)
		}
	}()
	ctx, cancel := context.WithTimeout(a.ctx(), 2*time.Second)
	defer cancel()
	return a.svc.Info(ctx)
}

// send replies to m with the first page, and buttons when there are more.
func (a *adapter) send(m *discordgo.Message, embeds []*discordgo.MessageEmbed) {
	if len(embeds) == 0 {
		return
	}
	key := ""
	if len(embeds) > 1 {
		key = a.pages.put(m.Author.ID, embeds)
	}
	a.sendRaw(m, &discordgo.MessageSend{
		Embeds:     embeds[:1],
		Components: pageButtons(key, 0, len(embeds)),
	})
}

// sendNotice replies to m with a short message.
func (a *adapter) sendNotice(m *discordgo.Message, text string) {
	a.sendRaw(m, &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{notice(text)}, Components: []discordgo.MessageComponent{}})
}

func (a *adapter) sendRaw(m *discordgo.Message, msg *discordgo.MessageSend) {
	msg.AllowedMentions = noMentions()
	no := false
	msg.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &no}
	if _, err := a.s.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(a.ctx())); err != nil {
		a.log.Warn("send reply", "channel", m.ChannelID, "err", err)
	}
}

// slowDown is the polite answer to a user over the rate limit.
func slowDown(wait time.Duration) string {
	secs := int(wait.Seconds() + 0.999)
	return fmt.Sprintf("You're sending commands a little fast. Please try again in %d s.", max(secs, 1))
}
