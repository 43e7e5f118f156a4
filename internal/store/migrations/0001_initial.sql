-- 0001: documents with their archived originals, near-copy signatures,
-- claims, and the incidents derived from them.

-- blobs holds the original bytes of every input, addressed by their sha256.
-- Several documents may share one blob (the items of one feed).
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    bytes  BLOB NOT NULL                  -- up to --max-size: a rowid table suits large rows
);

-- documents are kept in ingest order: seq is that order.
CREATE TABLE documents (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,             -- hex sha256 of text
    path        TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    publisher   TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',         -- "2006-01-02" or ''
    kind        TEXT NOT NULL DEFAULT '',
    lang        TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    copy_of     TEXT REFERENCES documents (id),   -- earlier near-copy, NULL if none
    raw_sha256  TEXT REFERENCES blobs (sha256),   -- NULL when no original was kept
    warnings    TEXT NOT NULL DEFAULT '[]',       -- JSON array of strings
    ingested_at TEXT NOT NULL                     -- RFC 3339, UTC
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_copy_of ON documents (copy_of);

-- signatures are the MinHash of each document, little-endian uint64s,
-- read back at start-up to rebuild the near-copy index.
CREATE TABLE signatures (
    document TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    minhash  BLOB NOT NULL                -- 1 KiB: too large a row for WITHOUT ROWID
);

-- claims keep the whole model.Claim as JSON; the columns beside it are
-- copies for querying and blocking by time and place.
CREATE TABLE claims (
    id        TEXT PRIMARY KEY,
    document  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    speaker   TEXT NOT NULL DEFAULT '',
    stance    TEXT NOT NULL DEFAULT '',
    when_from TEXT NOT NULL DEFAULT '',
    when_to   TEXT NOT NULL DEFAULT '',
    lat       REAL,
    lon       REAL,
    json      TEXT NOT NULL,
    UNIQUE (document, ordinal)
);
CREATE INDEX claims_when ON claims (when_from, when_to);
CREATE INDEX claims_speaker ON claims (speaker);
CREATE INDEX claims_place ON claims (lat, lon) WHERE lat IS NOT NULL;

-- incidents are derived data, replaced as a set by ReplaceIncidents. Only
-- the incidents whose content changed (digest) are rewritten, so that
-- adding one report to a large collection does not rewrite every incident.
-- The small rows (incidents) are kept apart from the large ones
-- (incident_bodies) so that reordering them stays cheap.
CREATE TABLE incidents (
    id        TEXT PRIMARY KEY,
    ord       INTEGER NOT NULL,            -- position in the last ReplaceIncidents
    when_from TEXT NOT NULL DEFAULT '',
    when_to   TEXT NOT NULL DEFAULT '',
    grade     TEXT NOT NULL DEFAULT '',
    digest    TEXT NOT NULL                -- sha256 of the JSON body
) WITHOUT ROWID;
CREATE INDEX incidents_ord ON incidents (ord);

CREATE TABLE incident_bodies (
    incident TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
    json     TEXT NOT NULL                 -- the whole model.Incident
);

CREATE TABLE incident_claims (
    incident TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    claim    TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    reason   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident, claim)
) WITHOUT ROWID;
CREATE INDEX incident_claims_claim ON incident_claims (claim);
