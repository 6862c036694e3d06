import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '../auth/AuthCard';
import { useAuth } from '../auth/useAuth';
import { useFormSubmit } from '../auth/useFormSubmit';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';

const FIELDS = ['name', 'email', 'password'] as const;

/** `/sign-up`: name, email and password; the server's `invalid_params` show next to their field. */
export function SignUpPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));

  const { busy, errors, onSubmit } = useFormSubmit(FIELDS, async () => {
    await auth.signUp(form);
    await navigate({ to: '/' });
  });

  return (
    <AuthCard
      title="Create your account"
      subtitle="Build wizards, run them with a guide, and collect the results."
      error={errors.general}
      footer={
        <>
          Already have an account?{' '}
          <Link to="/sign-in" className="font-medium text-accent-text hover:underline">
            Sign in
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          value={form.name}
          onChange={set('name')}
          error={errors.fields.name}
        />
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={errors.fields.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="new-password"
          description="At least 10 characters."
          required
          value={form.password}
          onChange={set('password')}
          error={errors.fields.password}
        />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? 'Creating account…' : 'Create account'}
        </Button>
      </form>
    </AuthCard>
  );
}
