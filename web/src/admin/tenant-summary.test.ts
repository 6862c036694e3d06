import { describe, expect, it } from 'vitest';
import type { AdminUser } from './admin-api';
import { summariseTenants } from './tenant-summary';

const user = (id: string, tenants: AdminUser['tenants']): AdminUser => ({
  id,
  email: `${id}@example.com`,
  name: id,
  superadmin: false,
  created_at: '2026-11-22T08:00:00.000Z',
  tenants,
});

describe('summariseTenants', () => {
  it('lists every tenant once, by name, with its member count and my role', () => {
    const rows = summariseTenants(
      [{ id: 'default', name: 'Default', role: 'owner' }],
      [
        user('ada', [{ id: 'default', name: 'Default', role: 'owner' }]),
        user('bob', [
          { id: 'default', name: 'Default', role: 'member' },
          { id: 'bobs', name: "Bob's workspace", role: 'owner' },
        ]),
      ],
    );
    expect(rows).toEqual([
      { id: 'bobs', name: "Bob's workspace", members: 1, myRole: null },
      { id: 'default', name: 'Default', members: 2, myRole: 'owner' },
    ]);
  });

  it('keeps a tenant of mine nobody else is in', () => {
    expect(summariseTenants([{ id: 'empty', name: 'Empty', role: 'owner' }], [])).toEqual([
      { id: 'empty', name: 'Empty', members: 0, myRole: 'owner' },
    ]);
  });
});
