import { Link } from '@tanstack/react-router';
import { Card } from '../ui/Card';

/** Shown for any address the app does not know. */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">This {what} does not exist</h1>
      <p className="mt-2 text-fg-muted">Check the address, or go back to the templates.</p>
      <Link
        to="/"
        className="mt-6 inline-block font-medium text-accent-text underline-offset-4 hover:underline"
      >
        Back to templates
      </Link>
    </Card>
  );
}
