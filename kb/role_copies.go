package kb

// firstOfCopies is, for a role mention (r of article a, entity m), the
// earliest publication date of the articles that carry the same title and
// give the entity the role in the same words: a story republished by
// another outlet a day later keeps its title. Ranking roles by it, newest
// first, and then by their own date, oldest first, keeps the newest
// wording of a role but cites the original before its copy. Articles
// without a title are each their own.
const firstOfCopies = `min(a.published) OVER (PARTITION BY m.entity, r.norm, r.text, coalesce(nullif(a.title, ''), 'id:' || a.id))`
