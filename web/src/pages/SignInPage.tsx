import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { AuthCard } from '../auth/AuthCard';
import { useAuth } from '../auth/useAuth';
import { useFormSubmit } from '../auth/useFormSubmit';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';

const FIELDS = ['email', 'password'] as const;

/** `/sign-in`: email and password; errors from the server appear next to their field or above the form. */
export function SignInPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const { busy, errors, onSubmit } = useFormSubmit(FIELDS, async () => {
    await auth.signIn({ email, password });
    await navigate({ to: '/' });
  });

  return (
    <AuthCard
      title="Sign in"
      subtitle="Welcome back to Guidepost."
      error={errors.general}
      footer={
        <>
          New here?{' '}
          <Link to="/sign-up" className="font-medium text-accent-text hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.fields.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </AuthCard>
  );
}
