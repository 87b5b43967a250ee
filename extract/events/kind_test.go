package events

import "testing"

func TestCalledByKind(t *testing.T) {
	tests := []struct {
		name, summary, entity string
		want                  bool
	}{
		{"a storm is called the storm", "One of the deaths first attributed to the storm was a heart attack", "Hurricane Delphine", true},
		{"a hurricane is called the hurricane", "The hurricane flattened the pier on Friday", "Hurricane Delphine", true},
		{"a typhoon is called the storm", "The storm came ashore early on Wednesday", "Typhoon Sonca", true},
		{"a fire is called the blaze", "Crews contained the blaze on Sunday", "Sulphur Fire", true},
		{"other storms are not the storm", "The governor has faced two previous hurricanes in office", "Hurricane Delphine", false},
		{"a storm without the article is not the one named", "A storm is expected next week", "Hurricane Delphine", false},
		{"a fire is not called the storm", "The storm cut power to the valley", "Sulphur Fire", false},
		{"a name of no kind is never called by one", "The storm hit the city", "Port Sabine", false},
		{"a one-word name is never called by its kind", "The storm hit the city", "Storm", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CalledByKind(tt.summary, tt.entity); got != tt.want {
				t.Errorf("CalledByKind(%q, %q) = %v, want %v", tt.summary, tt.entity, got, tt.want)
			}
		})
	}
}
