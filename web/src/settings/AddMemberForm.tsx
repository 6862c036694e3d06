import { useId, useState, type FormEvent } from 'react';
import { isApiProblem } from '../api/problem';
import type { TenantRole } from '../auth/auth-api';
import { formErrors, type FormErrors } from '../auth/form-errors';
import { ROLE_LABELS } from '../auth/roles';
import { Button } from '../ui/Button';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/toast-context';
import { addMember } from './settings-api';

const FIELDS = ['email', 'role', 'name', 'password'] as const;
const EMPTY = { email: '', name: '', password: '' };

/**
 * Adds someone to the active tenant by email with a role (`roles`: those the caller may grant). When nobody
 * has that email yet the server answers 404; the form then asks for a name and a first password to create
 * the account (the person can sign in with them). Field problems show next to their field.
 */
export function AddMemberForm({ roles, onAdded }: { roles: TenantRole[]; onAdded: () => void }) {
  const toast = useToast();
  const roleId = useId();
  const [form, setForm] = useState(EMPTY);
  const [role, setRole] = useState<TenantRole>('member');
  const [create, setCreate] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const member = await addMember({
        email: form.email.trim(),
        role,
        ...(create ? { name: form.name.trim() || undefined, password: form.password } : {}),
      });
      toast.show({
        title: `${member.name} was added as ${ROLE_LABELS[member.role].toLowerCase()}`,
        tone: 'success',
      });
      setForm(EMPTY);
      setCreate(false);
      setErrors({ fields: {} });
      onAdded();
    } catch (e) {
      if (isApiProblem(e) && e.status === 404 && !create) {
        setCreate(true);
        setErrors({
          fields: {},
          general: `Nobody has an account with ${form.email.trim()} yet. Give a name and a first password to create one.`,
        });
      } else setErrors(formErrors(e, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby={`${roleId}-title`}>
      <h3 id={`${roleId}-title`} className="text-sm font-semibold text-fg">
        Add a member
      </h3>
      {errors.general && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {errors.general}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="off"
          required
          value={form.email}
          onChange={set('email')}
          error={errors.fields.email}
        />
        <div className="space-y-1.5">
          <label htmlFor={roleId} className="block text-sm font-medium text-fg">
            Role
          </label>
          <Select id={roleId} value={role} onChange={(e) => setRole(e.target.value as TenantRole)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
          {errors.fields.role && <p className="text-sm text-danger">{errors.fields.role}</p>}
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm text-fg-muted">
        <input
          type="checkbox"
          checked={create}
          onChange={(e) => setCreate(e.target.checked)}
          className="size-4 rounded border-line-strong accent-accent"
        />
        Create an account if they have none
      </label>
      {create && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Name"
            name="name"
            autoComplete="off"
            value={form.name}
            onChange={set('name')}
            error={errors.fields.name}
          />
          <TextField
            label="First password"
            type="password"
            name="password"
            autoComplete="new-password"
            description="At least 10 characters; share it with them safely."
            value={form.password}
            onChange={set('password')}
            error={errors.fields.password}
          />
        </div>
      )}
      <Button type="submit" disabled={busy || form.email.trim() === ''}>
        {busy ? 'Adding…' : 'Add member'}
      </Button>
    </form>
  );
}
