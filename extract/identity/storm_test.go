package identity

import (
	"fmt"
	"reflect"
	"testing"

	"newsbot/extract/doc"
)

func TestClusterBareStormNames(t *testing.T) {
	storm := func(article, name string) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Other, Mentions: 1}
	}
	bare := func(article, name string, mentions int) DocEntity {
		return DocEntity{Article: article, Name: name, Type: doc.Person, Mentions: mentions}
	}
	tests := []struct {
		name  string
		ents  []DocEntity
		want  [][]string
		types []doc.EntityType // of the groups, in the order of want
	}{
		{
			name:  "a bare name used only as a storm's last word is the storm",
			ents:  []DocEntity{storm("a", "Hurricane Delphine"), bare("b", "Delphine", 4)},
			want:  [][]string{{"Delphine", "Hurricane Delphine"}},
			types: []doc.EntityType{doc.Other},
		},
		{
			name:  "bare names in several articles all take the storm's type",
			ents:  []DocEntity{storm("a", "Hurricane Delphine"), bare("b", "Delphine", 3), bare("c", "Delphine", 3)},
			want:  [][]string{{"Delphine", "Delphine", "Hurricane Delphine"}},
			types: []doc.EntityType{doc.Other},
		},
		{
			name:  "a tropical storm's bare name joins it too",
			ents:  []DocEntity{storm("a", "Tropical Storm Delphine"), storm("b", "Tropical Storm Delphine"), bare("c", "Delphine", 1)},
			want:  [][]string{{"Delphine", "Tropical Storm Delphine", "Tropical Storm Delphine"}},
			types: []doc.EntityType{doc.Other},
		},
		{
			name:  "a word that is also another name stays apart",
			ents:  []DocEntity{storm("a", "Hurricane Delphine"), bare("b", "Delphine", 1), person("c", "Delphine Martin")},
			want:  [][]string{{"Delphine Martin"}, {"Delphine"}, {"Hurricane Delphine"}},
			types: []doc.EntityType{doc.Person, doc.Person, doc.Other},
		},
		{
			name:  "a word ending two storms' names stays apart",
			ents:  []DocEntity{storm("a", "Hurricane Delphine"), storm("b", "Typhoon Delphine"), bare("c", "Delphine", 1)},
			want:  [][]string{{"Delphine"}, {"Hurricane Delphine"}, {"Typhoon Delphine"}},
			types: []doc.EntityType{doc.Person, doc.Other, doc.Other},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Cluster(tt.ents)
			if g := groupsOf(tt.ents, got); !reflect.DeepEqual(g, tt.want) {
				t.Fatalf("groups = %v, want %v", g, tt.want)
			}
			types := map[string]doc.EntityType{}
			for _, e := range got {
				types[fmt.Sprint(groupsOf(tt.ents, []Entity{e})[0])] = e.Type
			}
			for k, w := range tt.want {
				if g := types[fmt.Sprint(w)]; g != tt.types[k] {
					t.Errorf("type of %v = %s, want %s", w, g, tt.types[k])
				}
			}
		})
	}
}
