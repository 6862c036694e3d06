import type { ReactNode } from 'react';
import type { Me } from '../auth/auth-api';
import { ROLE_LABELS } from '../auth/roles';
import { TenantSwitcher } from '../layout/TenantSwitcher';
import { Badge } from '../ui/Badge';
import { AccountForm } from './AccountForm';
import { WorkspaceNameForm } from './WorkspaceNameForm';
import { formatDate } from './format';
import { SectionBody, SettingsSection } from './SettingsSection';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 first:pt-0 last:pb-0 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm text-fg-muted">{term}</dt>
      <dd className="min-w-0 text-sm font-medium break-words text-fg sm:col-span-2">{children}</dd>
    </div>
  );
}

/**
 * The signed-in user's profile: name, email and password to change (signed in with a session), since when,
 * and a superadmin badge when they are one.
 */
export function ProfileSection({ me }: { me: Me }) {
  return (
    <SettingsSection title="Profile" description="Your account. Your name and email are shown to your team.">
      <SectionBody>
        {me.via === 'session' ? (
          <AccountForm me={me} />
        ) : (
          <dl className="divide-y divide-line">
            <Row term="Name">{me.user.name}</Row>
            <Row term="Email">{me.user.email}</Row>
          </dl>
        )}
        <dl className="mt-4 divide-y divide-line">
          {me.user.created_at && <Row term="Member since">{formatDate(me.user.created_at)}</Row>}
          {me.user.superadmin && (
            <Row term="Access">
              <Badge tone="accent">Superadmin</Badge>
            </Row>
          )}
        </dl>
      </SectionBody>
    </SettingsSection>
  );
}

/**
 * The active workspace (tenant): its name, id and the caller's role there, and the workspace switcher for
 * users of several tenants.
 */
export function WorkspaceSection({ me }: { me: Me }) {
  return (
    <SettingsSection
      title="Workspace"
      description="Wizards, runs, members and API keys belong to a workspace. You see the active one."
    >
      <SectionBody>
        {me.active_tenant.role !== 'member' && (
          <div className="mb-4">
            <WorkspaceNameForm key={me.active_tenant.id} name={me.active_tenant.name} />
          </div>
        )}
        <dl className="divide-y divide-line">
          {me.active_tenant.role === 'member' && <Row term="Name">{me.active_tenant.name}</Row>}
          <Row term="ID">
            <code className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs">
              {me.active_tenant.id}
            </code>
          </Row>
          <Row term="Your role">
            <Badge tone={me.active_tenant.role === 'member' ? 'neutral' : 'accent'}>
              {ROLE_LABELS[me.active_tenant.role]}
            </Badge>
          </Row>
        </dl>
      </SectionBody>
      {me.tenants.length > 1 && me.via === 'session' && (
        <SectionBody divided>
          <TenantSwitcher className="max-w-sm" />
          <p className="mt-2 text-xs text-fg-subtle">You belong to {me.tenants.length} workspaces.</p>
        </SectionBody>
      )}
    </SettingsSection>
  );
}
