-- The team server's first schema. Deal content lives only in documents.state (Yjs);
-- every other table holds accounts, access and the audit trail.

create table settings (
  key text primary key,
  value text not null
);

create table users (
  id text primary key,
  name text not null unique,
  display_name text not null,
  -- scrypt$N$r$p$salt$hash (base64url), see server/auth/password.ts
  password_hash text,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);

create table teams (
  id text primary key,
  name text not null unique,
  created_at timestamptz not null default now()
);

create table team_members (
  team_id text not null references teams (id) on delete cascade,
  user_id text not null references users (id) on delete cascade,
  role text not null check (role in ('member', 'lead')),
  primary key (team_id, user_id)
);

create table deals (
  id text primary key,
  name text not null,
  owner_id text not null references users (id),
  team_id text references teams (id),
  created_at timestamptz not null default now()
);

create index deals_team on deals (team_id);

create table deal_members (
  deal_id text not null references deals (id) on delete cascade,
  user_id text not null references users (id) on delete cascade,
  role text not null check (role in ('owner', 'editor', 'viewer')),
  primary key (deal_id, user_id)
);

create index deal_members_user on deal_members (user_id);

create table documents (
  deal_id text primary key references deals (id) on delete cascade,
  state bytea not null,
  updated_at timestamptz not null default now()
);

create table refresh_tokens (
  id text primary key,
  user_id text not null references users (id) on delete cascade,
  -- every token of one sign-in shares a family; reusing a rotated token revokes the family
  family text not null,
  token_hash text not null unique,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);

create index refresh_tokens_family on refresh_tokens (family);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id text,
  action text not null,
  target text,
  address text,
  -- ids, names and roles only: never deal content
  detail jsonb not null default '{}'::jsonb
);

create index audit_log_at on audit_log (at);
