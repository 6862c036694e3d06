import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { switchTenant, type TenantWithRole } from './auth-api';

/** What {@link useSwitchTenant} returns. */
export interface SwitchTenant {
  /** Switches to the tenant and opens `/wizards`; resolves to the new active tenant. Throws ApiProblem. */
  switchTo(tenantId: string): Promise<TenantWithRole>;
  /** The id of the tenant being switched to, while a switch is under way. */
  pending: string | null;
}

/**
 * Switching the active tenant: `POST /api/v1/auth/switch-tenant`, then every cached query is dropped (so no
 * page shows the previous tenant's data, even for a moment) and refetched, and the app goes to `/wizards`.
 */
export function useSwitchTenant(): SwitchTenant {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  return {
    pending,
    async switchTo(tenantId) {
      setPending(tenantId);
      try {
        const { active_tenant } = await switchTenant(tenantId);
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
        await client.invalidateQueries();
        await navigate({ to: '/wizards' });
        return active_tenant;
      } finally {
        setPending(null);
      }
    },
  };
}
