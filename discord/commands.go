package discord

import (
	"context"
	"strings"
	"unicode/utf8"

	"newsbot/bot"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on command definitions and autocomplete.
const (
	maxCommandDescription = 100
	maxChoices            = 25
	maxChoiceLen          = 100
)

// slashCommands turns the bot's command specs into Discord definitions.
// Required options come first, as Discord demands; admin commands are
// hidden from everyone but administrators by default permissions.
func slashCommands(specs []bot.Spec) []*discordgo.ApplicationCommand {
	adminOnly := int64(discordgo.PermissionAdministrator)
	var out []*discordgo.ApplicationCommand
	for _, sp := range specs {
		c := &discordgo.ApplicationCommand{
			Name:        sp.Name,
			Type:        discordgo.ChatApplicationCommand,
			Description: clip(sp.Description, maxCommandDescription),
		}
		if sp.Admin {
			c.DefaultMemberPermissions = &adminOnly
		}
		for _, required := range []bool{true, false} {
			for _, o := range sp.Options {
				if o.Required != required {
					continue
				}
				c.Options = append(c.Options, &discordgo.ApplicationCommandOption{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         o.Name,
					Description:  clip(o.Description, maxCommandDescription),
					Required:     o.Required,
					Autocomplete: o.Autocomplete,
					MaxLength:    bot.MaxQuery,
				})
			}
		}
		out = append(out, c)
	}
	return out
}

// registerCommands replaces the application's commands with one bulk
// overwrite: in the configured guild (instant) or globally. A failure is
// logged, not fatal: prefix commands and mentions still work.
func (a *adapter) registerCommands(ctx context.Context) {
	cmds := slashCommands(bot.Commands)
	_, err := a.s.ApplicationCommandBulkOverwrite(a.appID, a.cfg.GuildID, cmds, discordgo.WithContext(ctx))
	if err != nil {
		a.log.Warn("register slash commands (invite the bot with the applications.commands scope; `bot invite` prints the link)",
			"guild", a.cfg.GuildID, "err", err)
		return
	}
	where := "globally (may take up to an hour to appear)"
	if a.cfg.GuildID != "" {
		where = "in guild " + a.cfg.GuildID
	}
	a.log.Info("registered slash commands "+where, "count", len(cmds))
}

// slashRequest builds the bot request for a slash command from its
// options, in the order the command's usage lists them, so that
// "/timeline subject:Putin from:2025-11" reads as "!timeline Putin 2025-11"
// and "/timeline to:2025-11" as "!timeline until 2025-11".
func slashRequest(data discordgo.ApplicationCommandInteractionData) bot.Request {
	req := bot.Request{Name: data.Name}
	given := map[string]string{}
	for _, o := range data.Options {
		if o.Type == discordgo.ApplicationCommandOptionString {
			given[o.Name] = strings.TrimSpace(o.StringValue())
		}
	}
	if sp, ok := bot.LookupSpec(data.Name); ok {
		req.Args = bot.OptionArgs(sp, given)
	}
	return req
}

// focusedOption returns the option being typed in an autocomplete
// interaction, if the command declares it as autocompleted.
func focusedOption(data discordgo.ApplicationCommandInteractionData) (value string, ok bool) {
	sp, known := bot.LookupSpec(data.Name)
	if !known {
		return "", false
	}
	for _, o := range data.Options {
		if !o.Focused {
			continue
		}
		for _, so := range sp.Options {
			if so.Name == o.Name && so.Autocomplete {
				v, _ := o.Value.(string)
				return strings.TrimSpace(v), true
			}
		}
	}
	return "", false
}

// choices turns suggestions into autocomplete choices within Discord's
// limits: at most 25, each name and value 1 to 100 characters, no
// duplicates.
func choices(names []string) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(strings.ToValidUTF8(n, ""))
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		n = clip(n, maxChoiceLen)
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: n, Value: n})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}

// clip shortens s to at most n runes, ending with an ellipsis when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return string([]rune(s)[:max(n, 0)])
	}
	return string([]rune(s)[:n-1]) + "…"
}
