-- The request journal is a diagnostic record of calls, not data a caller wrote: an unlogged table skips
-- the write-ahead log, which made the journal cost more than the calls it records. PostgreSQL empties an
-- unlogged table after a crash (never after a clean stop), so a crash forgets the journal, nothing else.
alter table journal_entry set unlogged;
