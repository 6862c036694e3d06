import { Link, useNavigate } from '@tanstack/react-router';
import { useAuth } from '../auth/useAuth';
import { Button } from '../ui/Button';
import { cx, focusRing } from '../ui/cx';

/** The account actions of the top bar (768 px and up): the user's name (from 1280 px) and "Sign out", or "Sign in" / "Sign up". */
export function UserMenu() {
  const auth = useAuth();
  const navigate = useNavigate();
  if (auth.loading) return null;
  if (!auth.me)
    return (
      <div className="flex items-center gap-1">
        <Link
          to="/sign-in"
          className={cx(
            'rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-fg-muted hover:text-fg',
            focusRing,
          )}
        >
          Sign in
        </Link>
        <Link
          to="/sign-up"
          className={cx(
            'inline-block rounded-lg bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg hover:bg-accent-hover',
            focusRing,
          )}
        >
          Sign up
        </Link>
      </div>
    );
  return (
    <div className="flex items-center gap-2">
      <span className="hidden max-w-40 truncate text-sm text-fg-muted xl:inline" title={auth.me.user.email}>
        {auth.me.user.name}
      </span>
      <Button
        variant="ghost"
        size="sm"
        className="whitespace-nowrap"
        onClick={async () => {
          await auth.signOut();
          await navigate({ to: '/' });
        }}
      >
        Sign out
      </Button>
    </div>
  );
}
