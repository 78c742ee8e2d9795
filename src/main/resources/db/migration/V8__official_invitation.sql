-- An imported official's invitation to set a password: only a hash of the one-time token is kept,
-- so the table gives nobody a way in; a token works once, until it expires.
create table official_invitation (
    token_hash varchar(64) not null primary key,
    login      varchar(64) not null,
    created_at timestamp   not null,
    expires_at timestamp   not null,
    used_at    timestamp
);
create index idx_invitation_login on official_invitation (login);
