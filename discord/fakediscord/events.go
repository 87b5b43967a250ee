package fakediscord

import "context"

// User is someone who talks to the bot.
type User struct {
	ID, Name string
	Bot      bool
}

func (u User) json() map[string]any {
	return map[string]any{"id": u.ID, "username": u.Name, "discriminator": "0", "bot": u.Bot}
}

// Message is a MESSAGE_CREATE to send. An empty GuildID is a direct message.
type Message struct {
	ID, ChannelID, GuildID, Content, WebhookID string
	Author                                     User
	Mentions                                   []User
}

// SendMessage dispatches a MESSAGE_CREATE and returns the message ID.
func (s *Server) SendMessage(ctx context.Context, m Message) (string, error) {
	if m.ID == "" {
		m.ID = s.NewID()
	}
	mentions := []any{}
	for _, u := range m.Mentions {
		mentions = append(mentions, u.json())
	}
	d := map[string]any{
		"id": m.ID, "channel_id": m.ChannelID, "content": m.Content, "author": m.Author.json(),
		"mentions": mentions, "type": 0, "timestamp": "2025-12-03T10:00:00.000000+00:00",
	}
	if m.GuildID != "" {
		d["guild_id"] = m.GuildID
	}
	if m.WebhookID != "" {
		d["webhook_id"] = m.WebhookID
	}
	return m.ID, s.Dispatch(ctx, "MESSAGE_CREATE", d)
}

// Option is one slash-command option value.
type Option struct {
	Name, Value string
	Focused     bool
}

// Interaction is an INTERACTION_CREATE to send.
type Interaction struct {
	ID, Token, ChannelID, GuildID string
	User                          User
	// One of: Command (a slash command), Autocomplete (with a Focused
	// option), CustomID (a button press on MessageID).
	Command      string
	Options      []Option
	Autocomplete bool
	CustomID     string
	MessageID    string
}

// Interaction types.
const (
	typeCommand      = 2
	typeComponent    = 3
	typeAutocomplete = 4
)

// SendInteraction dispatches an INTERACTION_CREATE; ID and Token are
// filled in when empty. It returns the interaction's ID and token, which
// appear in the callback path the bot calls.
func (s *Server) SendInteraction(ctx context.Context, in Interaction) (id, token string, err error) {
	if in.ID == "" {
		in.ID = s.NewID()
	}
	if in.Token == "" {
		in.Token = "itoken-" + in.ID
	}
	if in.ChannelID == "" {
		in.ChannelID = "300"
	}
	d := map[string]any{
		"id": in.ID, "application_id": s.BotID, "token": in.Token, "version": 1,
		"channel_id": in.ChannelID, "locale": "en-GB",
	}
	if in.GuildID != "" {
		d["guild_id"] = in.GuildID
		d["member"] = map[string]any{"user": in.User.json(), "roles": []any{}, "permissions": "0"}
	} else {
		d["user"] = in.User.json()
	}
	switch {
	case in.CustomID != "":
		d["type"] = typeComponent
		d["data"] = map[string]any{"custom_id": in.CustomID, "component_type": 2}
		d["message"] = map[string]any{"id": in.MessageID, "channel_id": in.ChannelID}
	default:
		d["type"] = typeCommand
		if in.Autocomplete {
			d["type"] = typeAutocomplete
		}
		opts := []any{}
		for _, o := range in.Options {
			opt := map[string]any{"name": o.Name, "type": 3, "value": o.Value}
			if o.Focused {
				opt["focused"] = true
			}
			opts = append(opts, opt)
		}
		d["data"] = map[string]any{"id": "cmd-" + in.Command, "name": in.Command, "type": 1, "options": opts}
	}
	return in.ID, in.Token, s.Dispatch(ctx, "INTERACTION_CREATE", d)
}
