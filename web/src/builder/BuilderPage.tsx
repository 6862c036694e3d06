import { Link, useParams } from '@tanstack/react-router';
import { isApiProblem } from '../api/problem';
import { useAuth } from '../auth/useAuth';
import { Card } from '../ui/Card';
import { BuilderWorkspace } from './BuilderWorkspace';
import { useBuilder } from './useBuilder';

/** A placeholder of the builder's shape while the wizard loads. */
function BuilderSkeleton() {
  const block = 'animate-pulse rounded-2xl bg-surface-muted';
  return (
    <div role="status" aria-label="Loading the wizard" className="space-y-5">
      <div className={`${block} h-16 w-80 max-w-full`} />
      <div className="grid gap-5 lg:grid-cols-[14.5rem_minmax(0,1fr)_22rem]">
        <div className={`${block} h-72`} />
        <div className={`${block} h-[28rem]`} />
        <div className={`${block} hidden h-[28rem] lg:block`} />
      </div>
    </div>
  );
}

/** The builder of one wizard, `/wizards/:wizardId`: loading, failure, or the workspace. */
export function BuilderPage({ wizardId }: { wizardId: string }) {
  const builder = useBuilder(wizardId);
  const { wizard, draft, loadError } = builder;
  if (loadError) {
    const status = isApiProblem(loadError) ? loadError.status : 0;
    const message =
      status === 404
        ? 'This wizard does not exist, or it belongs to another workspace.'
        : status === 401
          ? 'Sign in to edit this wizard.'
          : `The wizard could not be loaded: ${isApiProblem(loadError) ? loadError.detail : String(loadError)}`;
    return (
      <Card className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">
          {status === 404 ? 'Wizard not found' : 'Cannot open the wizard'}
        </h1>
        <p className="mt-2 text-sm text-fg-muted">{message}</p>
        <Link
          to={status === 401 ? '/sign-in' : '/wizards'}
          className="mt-4 inline-block font-medium text-accent-text hover:underline"
        >
          {status === 401 ? 'Sign in' : 'Back to wizards'}
        </Link>
      </Card>
    );
  }
  if (!wizard || !draft) return <BuilderSkeleton />;
  return <BuilderWorkspace builder={{ ...builder, wizard }} draft={draft} />;
}

/** The `/wizards/$wizardId` route's page (signed-in users only). */
export function BuilderRoutePage() {
  const { wizardId } = useParams({ from: '/wizards/$wizardId' });
  const { me, loading } = useAuth();
  if (loading) return <BuilderSkeleton />;
  if (!me)
    return (
      <Card className="mx-auto max-w-lg text-center">
        <h1 className="text-xl font-semibold">Sign in to build wizards</h1>
        <Link to="/sign-in" className="mt-4 inline-block font-medium text-accent-text hover:underline">
          Sign in
        </Link>
      </Card>
    );
  return <BuilderPage key={wizardId} wizardId={wizardId} />;
}
