import { Link } from '@tanstack/react-router';
import { Card } from '../ui/Card';

/** What a signed-out visitor sees on a page that needs an account: a heading and a link to sign in. */
export function SignInRequired({ what }: { what: string }) {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">Sign in to see {what}</h1>
      <p className="mt-2 text-fg-muted">This page belongs to your account.</p>
      <Link
        to="/sign-in"
        className="mt-6 inline-block font-medium text-accent-text underline-offset-4 hover:underline"
      >
        Sign in
      </Link>
    </Card>
  );
}
