import type { Provenance } from '../../../src/core/events/run-events';
import type { RunSnapshot } from '../../../src/core/wizard/snapshot';
import { Badge } from '../ui/Badge';
import { Card } from '../ui/Card';
import { FileLinks } from './FileLinks';
import { provenanceText } from './provenance';

/**
 * The values the run collected, step by step: each visible field's label, its value as the player formats it
 * (files as download links with their size, see FileLinks; or "Not answered"), a "Required" marker for
 * missing required fields, and where the value came from.
 */
export function ValuesCard({
  snapshot,
  provenance,
}: {
  snapshot: RunSnapshot;
  provenance: Record<string, Provenance>;
}) {
  const answered = snapshot.fields.filter((f) => f.answered).length;
  return (
    <Card padded={false} aria-labelledby="values-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-line px-5 py-4">
        <h2 id="values-heading" className="font-semibold">
          Collected values
        </h2>
        <p className="text-sm text-fg-muted">
          {snapshot.progress.answered} of {snapshot.progress.required} required · {answered} answered
        </p>
      </div>
      <div className="divide-y divide-line">
        {snapshot.steps
          .filter((step) => !step.skipped)
          .map((step) => {
            const fields = snapshot.fields.filter((f) => f.step_id === step.id && f.visible);
            if (fields.length === 0) return null;
            return (
              <section key={step.id} aria-label={step.title} className="px-5 py-4">
                <h3 className="mb-3 text-xs font-semibold tracking-wide text-fg-subtle uppercase">
                  {step.title}
                </h3>
                <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(8rem,14rem)_1fr]">
                  {fields.map((field) => {
                    const source = provenance[field.name] ?? field.provenance;
                    return (
                      <div key={field.name} className="contents">
                        <dt className="text-sm text-fg-muted">{field.label}</dt>
                        <dd className="min-w-0 space-y-1 text-sm">
                          {field.answered && field.type === 'file_upload' ? (
                            <FileLinks value={field.value} />
                          ) : field.answered ? (
                            <p className="font-medium break-words whitespace-pre-wrap">
                              {field.display ?? String(field.value)}
                            </p>
                          ) : (
                            <p className="flex items-center gap-2 text-fg-subtle">
                              Not answered
                              {field.required && <Badge tone="warning">Required</Badge>}
                            </p>
                          )}
                          {field.answered && source && (
                            <p
                              className={
                                source.source === 'guide' ? 'text-xs text-guide' : 'text-xs text-fg-subtle'
                              }
                            >
                              {provenanceText(source)}
                            </p>
                          )}
                        </dd>
                      </div>
                    );
                  })}
                </dl>
              </section>
            );
          })}
      </div>
    </Card>
  );
}
