import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Me } from '../auth/auth-api';
import { formErrors, type FormErrors } from '../auth/form-errors';
import { ME_KEY } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { useToast } from '../ui/toast-context';
import { changeAccount } from './settings-api';

const FIELDS = ['name', 'email', 'password', 'current_password'] as const;

/**
 * The signed-in user's name, email and password. Only what changed is sent; a new email or password asks
 * for the current password. Problems show next to their field in plain words.
 */
export function AccountForm({ me }: { me: Me }) {
  const toast = useToast();
  const client = useQueryClient();
  const [name, setName] = useState(me.user.name);
  const [email, setEmail] = useState(me.user.email);
  const [password, setPassword] = useState('');
  const [current, setCurrent] = useState('');
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const emailChanged = email.trim().toLowerCase() !== me.user.email;
  const needsCurrent = emailChanged || password !== '';
  const changed = name.trim() !== me.user.name || needsCurrent;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await changeAccount({
        ...(name.trim() !== me.user.name ? { name: name.trim() } : {}),
        ...(emailChanged ? { email: email.trim() } : {}),
        ...(password !== '' ? { password } : {}),
        ...(needsCurrent ? { current_password: current } : {}),
      });
      setPassword('');
      setCurrent('');
      setErrors({ fields: {} });
      toast.show({ tone: 'success', title: 'Your account was updated' });
      await client.invalidateQueries({ queryKey: ME_KEY });
    } catch (e) {
      setErrors(formErrors(e, FIELDS));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" aria-label="Your account">
      {errors.general && (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {errors.general}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <TextField
          label="New password"
          type="password"
          name="password"
          autoComplete="new-password"
          description="Leave empty to keep your password. At least 10 characters."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        {needsCurrent && (
          <TextField
            label="Current password"
            type="password"
            name="current_password"
            autoComplete="current-password"
            description="Needed to change your email or password."
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            error={errors.fields.current_password}
          />
        )}
      </div>
      <Button type="submit" disabled={!changed || busy}>
        {busy ? 'Saving…' : 'Save changes'}
      </Button>
    </form>
  );
}
