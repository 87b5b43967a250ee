package timex

// scheduleThirdOnly are schedule verbs counted only in their third
// person ("the window shuts on Thursday", "the market shuts Friday"):
// the bare form of some is also their past ("the window shut on
// Thursday"), and of others mostly a noun ("the big screen on Friday"),
// so it tells nothing of a schedule. A film that "screens" on a day is
// programmed for it.
var scheduleThirdOnly = map[string]bool{"shuts": true, "screens": true}
