-- Registry search (/api/models?q=, SearchText) matches anywhere in a name or code: an infix LIKE
-- that no b-tree can serve, so at 100,000 models each search read every row (BENCHMARKS.md).
-- Trigram indexes serve it on PostgreSQL; pg_trgm is a trusted extension (the database owner may
-- create it). The default run's H2 has no such index and does not need one.
create extension if not exists pg_trgm;
create index idx_model_search_trgm on security_model using gin (search_name gin_trgm_ops);
create index idx_model_code_trgm on security_model using gin (lower(code) gin_trgm_ops);
