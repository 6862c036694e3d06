import { describe, expect, it } from 'vitest';
import type { Me, TenantRole } from './auth-api';
import { canManageTenant, grantableRoles } from './roles';

const me = (role: TenantRole, superadmin = false): Me => ({
  user: { id: 'u', email: 'u@example.com', name: 'U', superadmin },
  tenants: [{ id: 't', name: 'T', role }],
  active_tenant: { id: 't', name: 'T', role },
  via: 'session',
});

describe('roles', () => {
  it('lets owners, admins and superadmins manage the tenant, not members', () => {
    expect([
      canManageTenant(me('owner')),
      canManageTenant(me('admin')),
      canManageTenant(me('member')),
    ]).toEqual([true, true, false]);
    expect(canManageTenant(me('member', true))).toBe(true);
  });

  it('grants roles up to the caller’s own; superadmins grant all', () => {
    expect(grantableRoles(me('admin'))).toEqual(['member', 'admin']);
    expect(grantableRoles(me('owner'))).toEqual(['member', 'admin', 'owner']);
    expect(grantableRoles(me('member', true))).toEqual(['member', 'admin', 'owner']);
  });
});
