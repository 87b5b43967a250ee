package timex

// scheduleThirdOnly are schedule verbs counted only in their third
// person ("the window shuts on Thursday", "the market shuts Friday"):
// their bare form is also their past ("the window shut on Thursday"), so
// it tells nothing of a schedule.
var scheduleThirdOnly = map[string]bool{"shuts": true}
