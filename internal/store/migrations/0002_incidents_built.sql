-- 0002: remember up to which document the incidents were last rebuilt, so
-- an ingest interrupted between storing documents and rebuilding incidents
-- is noticed and repaired by the next one.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
