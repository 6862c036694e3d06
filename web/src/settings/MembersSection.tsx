import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../api/problem';
import type { Me, TenantRole } from '../auth/auth-api';
import { grantableRoles, ROLE_LABELS } from '../auth/roles';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Select } from '../ui/Select';
import { useToast } from '../ui/toast-context';
import { AddMemberForm } from './AddMemberForm';
import { initials } from './format';
import { changeRole, listMembers, MEMBERS_KEY, removeMember, type Member } from './settings-api';
import { ListState, SectionBody, SettingsSection } from './SettingsSection';

const problemText = (e: unknown) => (isApiProblem(e) ? e.detail : String(e));

/**
 * The active tenant's members (owners and admins): each with a role picker and a Remove button (confirmed
 * first), and the form that adds one. Only owners (and superadmins) touch the owner role, so an admin sees an
 * owner's role as a badge; nobody changes or removes themselves here. Refusals show the server's `detail`.
 */
export function MembersSection({ me }: { me: Me }) {
  const client = useQueryClient();
  const toast = useToast();
  const members = useQuery({ queryKey: MEMBERS_KEY, queryFn: listMembers });
  const [removing, setRemoving] = useState<Member | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: MEMBERS_KEY });

  const roleChange = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: TenantRole }) => changeRole(member.id, role),
    onSuccess: (m) =>
      toast.show({ title: `${m.name} is now ${ROLE_LABELS[m.role].toLowerCase()}`, tone: 'success' }),
    onError: (e) =>
      toast.show({ title: 'The role was not changed', description: problemText(e), tone: 'danger' }),
    onSettled: refresh,
  });
  const removal = useMutation({
    mutationFn: (member: Member) => removeMember(member.id),
    onSuccess: (_, m) => {
      setRemoving(null);
      toast.show({ title: `${m.name} was removed from ${me.active_tenant.name}`, tone: 'success' });
    },
    onError: (e) =>
      toast.show({ title: 'The member was not removed', description: problemText(e), tone: 'danger' }),
    onSettled: refresh,
  });

  const roles = grantableRoles(me);
  const editable = (m: Member) => m.id !== me.user.id && (m.role !== 'owner' || roles.includes('owner'));
  const list = members.data ?? [];

  return (
    <SettingsSection
      title="Members"
      description="People who can sign in to this workspace. Admins manage members and API keys; owners also manage owners."
      aside={members.data && <Badge>{list.length}</Badge>}
    >
      {members.isPending ? (
        <ListState>Loading members…</ListState>
      ) : members.isError ? (
        <ListState tone="error">The members could not be loaded: {problemText(members.error)}</ListState>
      ) : (
        <ul className="divide-y divide-line" aria-label="Members">
          {list.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3.5 sm:px-6">
              <span
                aria-hidden="true"
                className="flex size-9 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent-text"
              >
                {initials(m.name)}
              </span>
              <div className="min-w-0 flex-1">
                <p className="flex items-center gap-2 truncate text-sm font-medium text-fg">
                  {m.name}
                  {m.id === me.user.id && <Badge>You</Badge>}
                </p>
                <p className="truncate text-sm text-fg-muted">{m.email}</p>
              </div>
              <div className="flex items-center gap-2">
                {editable(m) ? (
                  <>
                    <Select
                      aria-label={`Role of ${m.name}`}
                      value={m.role}
                      disabled={roleChange.isPending}
                      onChange={(e) => roleChange.mutate({ member: m, role: e.target.value as TenantRole })}
                      className="h-9 w-32"
                    >
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </Select>
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => setRemoving(m)}
                      aria-label={`Remove ${m.name}`}
                    >
                      Remove
                    </Button>
                  </>
                ) : (
                  <Badge tone={m.role === 'member' ? 'neutral' : 'accent'}>{ROLE_LABELS[m.role]}</Badge>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <SectionBody divided>
        <AddMemberForm roles={roles} onAdded={refresh} />
      </SectionBody>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? 'this member'}?`}
        description={
          <>
            {removing?.email} will lose access to {me.active_tenant.name} at once. Their account and their
            other workspaces stay.
          </>
        }
        confirmLabel="Remove member"
        busy={removal.isPending}
        onConfirm={() => removing && removal.mutate(removing)}
        onCancel={() => setRemoving(null)}
      />
    </SettingsSection>
  );
}
