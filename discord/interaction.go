package discord

import (
	"context"
	"runtime/debug"
	"time"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

// onInteraction handles slash commands, autocomplete and page buttons.
func (a *adapter) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	if !a.enter() {
		return
	}
	defer a.inflight.Done()
	i := ic.Interaction
	responded := false
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("interaction handler panicked", "panic", r, "stack", string(debug.Stack()))
			a.apologise(i, responded)
		}
	}()
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		a.slash(i, &responded)
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.autocomplete(i)
	case discordgo.InteractionMessageComponent:
		a.turnPage(i)
	}
}

func interactionUser(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// slash answers a slash command, deferring the response when the answer
// takes longer than Discord's three-second window allows.
func (a *adapter) slash(i *discordgo.Interaction, responded *bool) {
	data := i.ApplicationCommandData()
	user := interactionUser(i)
	if ok, wait, _ := a.limit.allow(user); !ok {
		a.respondEphemeral(i, slowDown(wait))
		*responded = true
		return
	}
	if data.Name == "reload" {
		a.reloadBySlash(i, user, responded)
		return
	}
	req := slashRequest(data)
	start := time.Now()
	done := make(chan bot.Answer, 1)
	go func() { done <- a.answer(a.ctx(), req) }()

	var ans bot.Answer
	deferred := false
	timer := time.NewTimer(a.cfg.deferAfter)
	select {
	case ans = <-done:
		timer.Stop()
	case <-timer.C:
		deferred = true
		a.respond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
		*responded = true
		ans = <-done
	}
	embeds := renderEmbeds(ans, a.info())
	a.deliver(i, user, embeds, ans.Ephemeral, deferred)
	*responded = true
	a.log.Info("command", "via", "slash", "command", req.Name, "user", user, "guild", i.GuildID,
		"pages", len(embeds), "deferred", deferred, "error", ans.Error, "took", time.Since(start).Round(time.Millisecond))
}

// deliver sends an answer as the interaction's response, or as the edit
// of a deferred one. An error after a public deferral becomes an ephemeral
// follow-up and the placeholder is removed, so errors stay private.
func (a *adapter) deliver(i *discordgo.Interaction, user string, embeds []*discordgo.MessageEmbed, ephemeral, deferred bool) {
	key := ""
	if len(embeds) > 1 {
		key = a.pages.put(user, embeds)
	}
	buttons := pageButtons(key, 0, len(embeds))
	var flags discordgo.MessageFlags
	if ephemeral {
		flags = discordgo.MessageFlagsEphemeral
	}
	switch {
	case !deferred:
		a.respond(i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Embeds: embeds[:1], Components: buttons, Flags: flags},
		})
	case ephemeral:
		_, err := a.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
			Embeds: embeds[:1], Components: buttons, Flags: flags, AllowedMentions: noMentions(),
		}, discordgo.WithContext(a.ctx()))
		if err != nil {
			a.log.Warn("send follow-up", "err", err)
		}
		if err := a.s.InteractionResponseDelete(i, discordgo.WithContext(a.ctx())); err != nil {
			a.log.Warn("delete deferred response", "err", err)
		}
	default:
		first := embeds[:1]
		_, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
			Embeds: &first, Components: &buttons, AllowedMentions: noMentions(),
		}, discordgo.WithContext(a.ctx()))
		if err != nil {
			a.log.Warn("edit deferred response", "err", err)
		}
	}
}

// reloadBySlash runs /reload for an administrator. The reload is slow, so
// the response is deferred at once; the report is seen only by the admin.
func (a *adapter) reloadBySlash(i *discordgo.Interaction, user string, responded *bool) {
	if !a.admins[user] {
		a.log.Info("reload refused", "user", user)
		a.respondEphemeral(i, refusal)
		*responded = true
		return
	}
	a.respond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
	})
	*responded = true
	summary, took, err := a.reload()
	embeds := []*discordgo.MessageEmbed{reloadEmbed(summary, took, err, a.info())}
	none := []discordgo.MessageComponent{}
	if _, err := a.s.InteractionResponseEdit(i, &discordgo.WebhookEdit{
		Embeds: &embeds, Components: &none, AllowedMentions: noMentions(),
	}, discordgo.WithContext(a.ctx())); err != nil {
		a.log.Warn("edit reload response", "err", err)
	}
}

// autocomplete offers knowledge-base names for the option being typed.
func (a *adapter) autocomplete(i *discordgo.Interaction) {
	data := i.ApplicationCommandData()
	typed, ok := focusedOption(data)
	var names []string
	if ok {
		ctx, cancel := context.WithTimeout(a.ctx(), 2*time.Second)
		names = a.svc.Complete(ctx, typed, maxChoices)
		cancel()
	}
	list := choices(names)
	if len(list) == 0 && typed != "" {
		// Discord wants a choice list; offering the text itself keeps
		// the user's input usable.
		list = choices([]string{typed})
	}
	a.respond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: list},
	})
}

// turnPage shows another page of a stored answer, for its asker only.
func (a *adapter) turnPage(i *discordgo.Interaction) {
	key, n, ok := parsePageID(i.MessageComponentData().CustomID)
	if !ok {
		a.respond(i, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate})
		return
	}
	p, found := a.pages.get(key)
	if !found {
		a.respondEphemeral(i, "These pages have expired. Ask again to see the answer.")
		return
	}
	if user := interactionUser(i); user != p.owner {
		a.respondEphemeral(i, "Only the person who asked can turn these pages. Run the command yourself to browse the answer.")
		return
	}
	n = min(max(n, 0), len(p.embeds)-1)
	a.respond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{
			Embeds:     p.embeds[n : n+1],
			Components: pageButtons(key, n, len(p.embeds)),
		},
	})
}

// respond sends an interaction response with mentions disabled.
func (a *adapter) respond(i *discordgo.Interaction, r *discordgo.InteractionResponse) {
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult &&
		r.Type != discordgo.InteractionResponseDeferredMessageUpdate {
		if r.Data == nil {
			r.Data = &discordgo.InteractionResponseData{}
		}
		r.Data.AllowedMentions = noMentions()
	}
	if err := a.s.InteractionRespond(i, r, discordgo.WithContext(a.ctx())); err != nil {
		a.log.Warn("respond to interaction", "type", r.Type, "err", err)
	}
}

func (a *adapter) respondEphemeral(i *discordgo.Interaction, text string) {
	a.respond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{notice(text)},
			Flags:  discordgo.MessageFlagsEphemeral,
		},
	})
}

// apologise tells the user a command failed, as a response or, when one
// was already sent, as an ephemeral follow-up.
func (a *adapter) apologise(i *discordgo.Interaction, responded bool) {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		return
	}
	if !responded {
		a.respondEphemeral(i, apology)
		return
	}
	if _, err := a.s.FollowupMessageCreate(i, true, &discordgo.WebhookParams{
		Embeds: []*discordgo.MessageEmbed{notice(apology)}, Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions(),
	}, discordgo.WithContext(a.ctx())); err != nil {
		a.log.Warn("send apology", "err", err)
	}
}
