import { Link } from '@tanstack/react-router';
import { Card } from '../ui/Card';
import { cx, focusRing } from '../ui/cx';

/** A card asking a signed-out visitor to sign in to see `what` ("runs", "your store"). */
export function SignInPrompt({ what }: { what: string }) {
  return (
    <Card className="mx-auto max-w-lg text-center">
      <h1 className="text-xl font-semibold">Sign in to see {what}</h1>
      <Link
        to="/sign-in"
        className={cx('mt-4 inline-block rounded font-medium text-accent-text hover:underline', focusRing)}
      >
        Sign in
      </Link>
    </Card>
  );
}
