import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../auth/useAuth';
import { DEFAULT_TENANT } from './permissions';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { BUILTIN_SLUGS, builtinWizard } from './builtin';
import { WizardListSkeleton } from './ListStates';
import { canAuthor } from './permissions';
import { TemplateCard, type GalleryTemplate, type UseTemplate } from './TemplateCard';
import { useWizardActions } from './useWizardActions';
import { fetchTemplates } from './wizard-api';

/** The bundled built-ins as gallery entries (what signed-out visitors see). */
function bundledTemplates(): GalleryTemplate[] {
  return BUILTIN_SLUGS.map((slug) => builtinWizard(slug)!).map((w) => ({
    slug: w.slug,
    name: w.name,
    description: w.description,
    stepCount: w.steps.length,
    guideName: w.guide.name,
    builtin: true,
  }));
}

/**
 * `/templates`, for everyone: signed-in users see every template of `GET /api/v1/templates` (the built-ins
 * and wizards flagged as templates), signed-out visitors the bundled built-ins. Authors copy one into their
 * workspace with "Use this template" and land in the builder; visitors are sent to sign in.
 */
export function TemplatesPage() {
  const { me, loading } = useAuth();
  const actions = useWizardActions();
  const templates = useQuery({
    queryKey: ['templates', me?.active_tenant.id],
    queryFn: fetchTemplates,
    enabled: !!me,
  });
  const author = canAuthor(me);
  // Built-ins live in the default tenant, and a signed-in caller starts a slug in their own tenant.
  const canStart = !me || me.active_tenant.id === DEFAULT_TENANT;
  const entries: GalleryTemplate[] | undefined = !me
    ? bundledTemplates()
    : templates.data?.map((t) => ({
        templateId: t.id,
        slug: t.slug,
        name: t.name,
        description: t.description,
        stepCount: t.step_count,
        guideName: t.guide_name,
        builtin: t.builtin && builtinWizard(t.slug) !== undefined,
      }));
  const optionOf = (t: GalleryTemplate): UseTemplate => {
    if (!me) return { kind: 'sign-in' };
    if (!author || !t.templateId) return { kind: 'none' };
    const ref = { id: t.templateId, name: t.name };
    return {
      kind: 'clone',
      busy: actions.fromTemplate.isPending && actions.fromTemplate.variables?.id === ref.id,
      onClone: () => actions.fromTemplate.mutate(ref),
    };
  };

  return (
    <div className="space-y-8">
      <header className="max-w-2xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Templates</h1>
        <p className="text-fg-muted">
          Ready-made wizards. Preview one in your browser, start a real run with its guide, or copy it into
          your workspace and make it yours.
        </p>
      </header>
      {loading || (me && templates.isPending) ? (
        <WizardListSkeleton count={3} />
      ) : me && templates.isError ? (
        <Card role="alert" className="text-center">
          <h2 className="font-semibold">The templates could not be loaded</h2>
          <p className="mt-1 text-sm text-fg-muted">{templates.error.message}</p>
          <Button variant="secondary" size="sm" className="mt-4" onClick={() => void templates.refetch()}>
            Try again
          </Button>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {(entries ?? []).map((t) => (
            <li key={t.templateId ?? t.slug}>
              <TemplateCard template={t} use={optionOf(t)} canStart={canStart} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
