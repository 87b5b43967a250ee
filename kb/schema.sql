-- Knowledge base schema. The version lives in PRAGMA user_version (see
-- schemaVersion in store.go); a file with another version must be rebuilt.
-- Per-article tables hold what extraction found in one article and are
-- kept across incremental builds; the corpus tables (entities, events and
-- their links) are recomputed from them at the end of every build.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id        INTEGER PRIMARY KEY,
    ext_id    TEXT NOT NULL UNIQUE,   -- path relative to the data folder, or a JSONL id
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    url       TEXT NOT NULL,
    published TEXT NOT NULL,          -- YYYY-MM-DD or ''
    text      TEXT NOT NULL,          -- stored byte for byte; every offset refers to it
    hash      TEXT NOT NULL,          -- sha256 of text
    path      TEXT NOT NULL           -- the file it came from
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);

-- AUTOINCREMENT: an id is never given twice. A rebuild patches the search
-- postings with the sentences that left the index and those that entered
-- it; a sentence replacing one of the same id (an edited article whose
-- sentences were the last) would be taken for one that left.
CREATE TABLE IF NOT EXISTS sentences (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    article     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    para        INTEGER NOT NULL,
    boilerplate INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article, start);

-- Full-text index over the non-boilerplate sentences; rowid = sentences.id.
CREATE VIRTUAL TABLE IF NOT EXISTS sentence_fts USING fts5(
    body, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);

-- One entity as one article names it (canonical within the article).
-- AUTOINCREMENT: an id is never given twice, so that the corpus tables'
-- digests, which name their members by id, change whenever a member does.
-- Copies of a stored article that other outlets ran word for word (a
-- syndicated story): the text is stored once, and its outlets are all
-- listed. Written afresh by every build.
CREATE TABLE IF NOT EXISTS copies (
    article   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ext_id    TEXT NOT NULL,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    url       TEXT NOT NULL,
    published TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS copies_article ON copies(article);

CREATE TABLE IF NOT EXISTS doc_entities (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    surfaces TEXT NOT NULL,           -- each mention's spelling, joined by U+001F
    mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_entities_article ON doc_entities(article);

CREATE TABLE IF NOT EXISTS mentions (
    doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
    sentence   INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc_entity ON mentions(doc_entity);
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence);

CREATE TABLE IF NOT EXISTS roles (
    doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    norm       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    clause     INTEGER NOT NULL DEFAULT 0 -- given by a relative clause's verb ("who heads the council")
);
CREATE INDEX IF NOT EXISTS roles_doc_entity ON roles(doc_entity);

CREATE TABLE IF NOT EXISTS quotes (
    id           INTEGER PRIMARY KEY,
    article      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    doc_entity   INTEGER REFERENCES doc_entities(id) ON DELETE CASCADE,
    speaker      TEXT NOT NULL,
    speaker_type TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    partial      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS quotes_doc_entity ON quotes(doc_entity);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);

CREATE TABLE IF NOT EXISTS times (
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    type    TEXT NOT NULL,
    value   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_article ON times(article);

CREATE TABLE IF NOT EXISTS doc_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    article   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date      TEXT NOT NULL,
    precision TEXT NOT NULL,
    planned   INTEGER NOT NULL,
    start     INTEGER NOT NULL,       -- summary span
    end       INTEGER NOT NULL,
    tstart    INTEGER NOT NULL,       -- anchoring time expression
    tend      INTEGER NOT NULL,
    entities  TEXT NOT NULL,          -- canonical names, joined by U+001F
    words     TEXT NOT NULL,          -- content words, joined by spaces
    week      TEXT NOT NULL DEFAULT '' -- ISO week of a row dated by its week ("2025-W48")
);
CREATE INDEX IF NOT EXISTS doc_events_article ON doc_events(article);

-- Corpus tables, recomputed by every build; an incremental build writes
-- only the entities and events whose rows differ (aggregate.go).
CREATE TABLE IF NOT EXISTS entities (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    type     TEXT NOT NULL,
    articles INTEGER NOT NULL,
    outlets  INTEGER NOT NULL,
    first    TEXT NOT NULL,
    last     TEXT NOT NULL,
    quotes   INTEGER NOT NULL,
    sig      TEXT NOT NULL DEFAULT '' -- digest of every row stored for it (see aggregate.go)
);

CREATE TABLE IF NOT EXISTS entity_members (
    doc_entity INTEGER PRIMARY KEY,
    entity     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_members_entity ON entity_members(entity);

CREATE TABLE IF NOT EXISTS aliases (
    entity INTEGER NOT NULL,
    alias  TEXT NOT NULL,
    key    TEXT NOT NULL,            -- identity.Key(alias)
    last   TEXT NOT NULL             -- key of the alias's last word
);
-- The indexes hold the columns a name lookup reads (entity, alias), so
-- that a word ending hundreds of names ("Plc") reads no table rows.
CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key, entity, alias);
CREATE INDEX IF NOT EXISTS aliases_last ON aliases(last, entity, alias);

CREATE TABLE IF NOT EXISTS events (
    id        INTEGER PRIMARY KEY,
    date      TEXT NOT NULL,
    precision TEXT NOT NULL,
    planned   INTEGER NOT NULL,
    lead      INTEGER NOT NULL,       -- doc_events.id whose summary is shown
    reports   INTEGER NOT NULL,       -- articles reporting it
    week      TEXT NOT NULL DEFAULT '', -- ISO week of a row its report dates by the week ("2026-W47")
    sig       TEXT NOT NULL DEFAULT '' -- digest of every row stored for it
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS event_members (
    event     INTEGER NOT NULL,
    doc_event INTEGER NOT NULL,
    rank      INTEGER NOT NULL        -- 0 for the lead, then by publication date
);
CREATE INDEX IF NOT EXISTS event_members_event ON event_members(event, rank);

CREATE TABLE IF NOT EXISTS event_entities (
    event  INTEGER NOT NULL,
    entity INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS event_entities_entity ON event_entities(entity);
CREATE INDEX IF NOT EXISTS doc_events_span ON doc_events(article, start);
CREATE INDEX IF NOT EXISTS event_entities_event ON event_entities(event, entity);
CREATE INDEX IF NOT EXISTS aliases_entity ON aliases(entity);

-- What !who shows of an entity, precomputed so that a query costs the
-- same for an entity named in ten articles or in ten thousand.
CREATE TABLE IF NOT EXISTS entity_profiles (
    entity    INTEGER PRIMARY KEY,
    articles  TEXT NOT NULL,          -- ext_ids, oldest first, joined by U+001F
    outlets   TEXT NOT NULL,          -- in order of first report, joined by U+001F
    recent    TEXT NOT NULL,          -- JSON array: doc_entities in the newest articles
    related   TEXT NOT NULL           -- people most often named with it, joined by U+001F
);
CREATE INDEX IF NOT EXISTS event_members_doc_event ON event_members(doc_event);

-- Each entity's descriptions, ranked at build time: a head of state has
-- thousands of role mentions, and !who must not count them per query.
CREATE TABLE IF NOT EXISTS entity_roles (
    entity   INTEGER NOT NULL,
    norm     TEXT NOT NULL,
    text     TEXT NOT NULL,             -- the wording of the newest article giving it
    evidence INTEGER NOT NULL,          -- roles.rowid cited for it
    outlets  INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    clause   INTEGER NOT NULL DEFAULT 0 -- only ever given by a relative clause's verb
);
CREATE INDEX IF NOT EXISTS entity_roles_entity ON entity_roles(entity, outlets DESC, articles DESC);
-- Who else holds an office (succession: query_succession.go).
CREATE INDEX IF NOT EXISTS entity_roles_norm ON entity_roles(norm);

-- query indexes
-- Filled at the end of every build (prepareQueries in query_prepare.go) so
-- that a chat command reads the rows it shows and little else.

-- Each entity's events in timeline order (date, most reported first),
-- each with its row as a timeline shows it before its sources are read
-- (the columns of headCols): a name's timeline reads one range of one
-- table, where joining five tables for each of its rows took twice as
-- long at 100k articles.
CREATE TABLE IF NOT EXISTS query_entity_events (
    entity    INTEGER NOT NULL,
    date      TEXT NOT NULL,
    reports   INTEGER NOT NULL,
    event     INTEGER NOT NULL,
    precision TEXT NOT NULL,
    planned   INTEGER NOT NULL,
    week      TEXT NOT NULL,
    article   INTEGER NOT NULL, -- of the lead report (0: none)
    lead      TEXT NOT NULL,    -- the lead report's place in the archive (leadOrder)
    summary   TEXT NOT NULL,    -- the lead report's summary (query_event_cites n = 0)
    names     TEXT NOT NULL,    -- as in query_event_names
    PRIMARY KEY (entity, date, reports DESC, event)
) WITHOUT ROWID;

-- The names of each event's entities, most mentioned first, joined by
-- U+001F: a date that hundreds of articles mention has hundreds of names.
CREATE TABLE IF NOT EXISTS query_event_names (
    event INTEGER PRIMARY KEY,
    names TEXT NOT NULL
);

-- The reports an event cites: the first report of each article among its
-- first 2*MaxEventSources ranks, n counting them from 0 (0 is the lead,
-- whose summary the timeline shows), with the summary span's text, so
-- that a timeline reads no article texts.
CREATE TABLE IF NOT EXISTS query_event_cites (
    event     INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    rank      INTEGER NOT NULL,
    doc_event INTEGER NOT NULL,
    article   INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (event, n)
) WITHOUT ROWID;

-- What a citation shows of an article, without its text: rows this small
-- stay in the page cache.
CREATE TABLE IF NOT EXISTS query_articles (
    id        INTEGER PRIMARY KEY,
    ext_id    TEXT NOT NULL,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    url       TEXT NOT NULL,
    published TEXT NOT NULL
);

-- The events whose reports begin in each sentence: a topic timeline
-- draws its events from the sentences that match the topic. clause is
-- the report when its clause is narrower than the sentence (a topic word
-- must then be in it: see topicEvents), else NULL.
CREATE TABLE IF NOT EXISTS query_sentence_events (
    sentence INTEGER NOT NULL,
    event    INTEGER NOT NULL,
    clause   INTEGER,
    PRIMARY KEY (sentence, event)
) WITHOUT ROWID;

-- Each entity's quotes, newest article first: a name in every article
-- (a news agency's) has few quotes among tens of thousands of mentions.
CREATE TABLE IF NOT EXISTS query_entity_quotes (
    entity    INTEGER NOT NULL,
    published TEXT NOT NULL,
    ext_id    TEXT NOT NULL,
    start     INTEGER NOT NULL,
    quote     INTEGER NOT NULL,
    PRIMARY KEY (entity, published DESC, ext_id, start, quote)
) WITHOUT ROWID;

-- What !who shows of an entity that would otherwise be cut from article
-- texts on every ask (query_profiles.go). Each entity's first maxRoles
-- descriptions in entity_roles' order (n), each with whether its citation
-- stands on a headline, and the citation's span and text.
CREATE TABLE IF NOT EXISTS query_entity_roles (
    entity   INTEGER NOT NULL,
    n        INTEGER NOT NULL,
    norm     TEXT NOT NULL,
    former   INTEGER NOT NULL,
    clause   INTEGER NOT NULL,
    headline INTEGER NOT NULL,
    text     TEXT NOT NULL,
    outlets  INTEGER NOT NULL,
    article  INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    snippet  TEXT NOT NULL,
    PRIMARY KEY (entity, n)
) WITHOUT ROWID;

-- The sentences naming an entity that its profile shows, in order (n),
-- for the entities named in more than snippetsOver per-article entities
-- of their newest articles; the others' are chosen as they are asked for.
CREATE TABLE IF NOT EXISTS query_entity_snippets (
    entity  INTEGER NOT NULL,
    n       INTEGER NOT NULL,
    article INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    PRIMARY KEY (entity, n)
) WITHOUT ROWID;

-- The sentences holding each word (an FTS5 token of plain ASCII letters
-- and digits), for ranking a search without FTS5 scoring every match of a
-- common word. postings: per sentence in id order, uvarint(id - previous
-- id), uvarint(tokens in the sentence << 1 | repeated), and uvarint(times
-- the word occurs) when repeated. A word in more than one sentence in
-- 32 (denseShare) also has bits (bit id set: sentence id holds it) and
-- repeats (uvarint(id - previous id), uvarint(times) where repeated), so
-- that a search for it with rarer words tests it rather than reads it.
CREATE TABLE IF NOT EXISTS query_terms (
    id       INTEGER PRIMARY KEY,
    term     TEXT NOT NULL UNIQUE,
    df       INTEGER NOT NULL,        -- sentences holding it
    postings BLOB NOT NULL,
    bits     BLOB,
    repeats  BLOB
);
