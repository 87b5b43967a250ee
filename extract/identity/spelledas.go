package identity

import (
	"regexp"

	"newsbot/extract/doc"
)

// spelledAs links a person's name to another spelling of it the article
// gives: "Mykhailo Veresk, whose name is often spelled Mikhail", "Muammar
// Gaddafi (also spelled Qadhafi)", "Volodymyr Zelensky, also transliterated
// Zelenskyy", "Kovac - whose name is also spelled Kovach".
var spelledAs = regexp.MustCompile(`^(?:,| [-–—])? \(?(?:whose (?:(?:first|given|family|last) )?name is )?` +
	`(?:(?:also|often|sometimes|usually|commonly|widely|variously|alternatively) )?` +
	`(?:spelled|spelt|written|transliterated|romani[sz]ed|rendered)(?: as)? $`)

// spelledAsAliases maps the form of each spelling an article gives of a
// person's name to the form of the name before it. mentions are the
// article's mentions in order and formOf their forms.
func spelledAsAliases(text string, mentions []doc.Mention, formOf []*form) map[*form]*form {
	return linkedAliases(text, mentions, formOf, spelledAsLink)
}
