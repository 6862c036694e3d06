-- Custom migration: the default tenant, which owns the built-in wizards and CLI runs; the first account
-- created on an empty installation becomes its owner and a superadmin.
INSERT INTO "tenants" ("id", "name") VALUES ('default', 'Default') ON CONFLICT ("id") DO NOTHING;
