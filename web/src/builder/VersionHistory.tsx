import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { isApiProblem } from '../api/problem';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { cx, focusRing } from '../ui/cx';
import { fetchVersion, fetchVersions } from './builder-api';
import { PaneHeader } from './PaneHeader';
import { FIELD_TYPE_LABELS } from './field-defaults';

export interface VersionHistoryProps {
  wizardId: string;
  /** The latest published version number, so the list refreshes after a publish. */
  latestVersion: number | null;
  readOnly: boolean;
  /** Replaces the draft with a published version's definition. */
  onRestore: (definition: WizardDefinition, version: number) => void;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The published versions, newest first (`GET /api/v1/wizards/:id/versions`); one can be viewed read-only
 * (its steps and fields) and restored into the draft after a confirmation.
 */
export function VersionHistory({ wizardId, latestVersion, readOnly, onRestore }: VersionHistoryProps) {
  const versions = useQuery({
    queryKey: ['wizard', wizardId, 'versions', latestVersion],
    queryFn: () => fetchVersions(wizardId),
  });
  const [viewing, setViewing] = useState<number>();
  const version = useQuery({
    queryKey: ['wizard', wizardId, 'version', viewing],
    queryFn: () => fetchVersion(wizardId, viewing!),
    enabled: viewing !== undefined,
  });
  const [confirming, setConfirming] = useState(false);
  const items = versions.data ?? [];

  return (
    <div>
      <PaneHeader eyebrow="Wizard" title="Version history" />
      {versions.isPending ? (
        <p role="status" className="text-sm text-fg-muted">
          Loading versions…
        </p>
      ) : versions.error ? (
        <p role="alert" className="text-sm text-danger">
          The versions could not be loaded:{' '}
          {isApiProblem(versions.error) ? versions.error.detail : String(versions.error)}
        </p>
      ) : items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line-strong px-4 py-8 text-center text-sm text-fg-muted">
          Nothing published yet. Each publish keeps an immutable version here; runs stay on the version they
          started with.
        </p>
      ) : (
        <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line">
          {items.map((v) => (
            <li key={v.version}>
              <button
                type="button"
                aria-current={viewing === v.version ? 'true' : undefined}
                onClick={() => setViewing(v.version)}
                className={cx(
                  'flex w-full items-center justify-between gap-3 px-4 py-3 text-left text-sm transition-colors',
                  viewing === v.version ? 'bg-accent-soft' : 'hover:bg-surface-hover',
                  focusRing,
                )}
              >
                <span className="font-medium text-fg">Version {v.version}</span>
                <span className="flex items-center gap-2 text-fg-muted">
                  {v.version === latestVersion && <Badge tone="success">Live</Badge>}
                  {dateTime.format(new Date(v.published_at))}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {viewing !== undefined && (
        <section
          aria-label={`Version ${viewing}`}
          className="mt-6 rounded-xl border border-line bg-surface-muted/50 p-4"
        >
          {version.isPending ? (
            <p role="status" className="text-sm text-fg-muted">
              Loading version {viewing}…
            </p>
          ) : version.error || !version.data ? (
            <p role="alert" className="text-sm text-danger">
              Version {viewing} could not be loaded.
            </p>
          ) : (
            <>
              <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
                <div>
                  <h3 className="font-semibold text-fg">
                    Version {viewing}: {version.data.definition.name}
                  </h3>
                  <p className="text-xs text-fg-subtle">Read-only</p>
                </div>
                {!readOnly && (
                  <Button size="sm" variant="secondary" onClick={() => setConfirming(true)}>
                    Restore into draft
                  </Button>
                )}
              </div>
              <ReadOnlySteps definition={version.data.definition} />
            </>
          )}
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        tone="primary"
        title={`Restore version ${viewing} into the draft?`}
        description="The draft is replaced by this version. Published versions and runs are not affected; publish again to make it live."
        confirmLabel="Restore into draft"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (version.data) onRestore(version.data.definition, version.data.version);
          setConfirming(false);
        }}
      />
    </div>
  );
}

/** A published definition's steps and fields, as a read-only list. */
function ReadOnlySteps({ definition }: { definition: WizardDefinition }) {
  return (
    <ol className="space-y-3">
      {definition.steps.map((step, si) => (
        <li key={`${step.id}-${si}`} className="rounded-lg border border-line bg-surface p-3">
          <p className="text-sm font-medium text-fg">
            {si + 1}. {step.title}
            {step.skip_if && (
              <span className="ml-2 text-xs font-normal text-fg-subtle">(skipped conditionally)</span>
            )}
          </p>
          {step.fields.length > 0 && (
            <ul className="mt-2 space-y-1">
              {step.fields.map((field) => (
                <li
                  key={field.name}
                  className="flex items-center justify-between gap-2 text-sm text-fg-muted"
                >
                  <span className="truncate">
                    {field.label}
                    {field.required && <span className="text-danger"> *</span>}
                    {field.conditions && <span className="ml-1 text-xs text-fg-subtle">(conditional)</span>}
                  </span>
                  <span className="shrink-0 text-xs text-fg-subtle">{FIELD_TYPE_LABELS[field.type]}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
