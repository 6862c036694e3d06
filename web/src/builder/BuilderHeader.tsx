import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Badge } from '../ui/Badge';
import type { AutosaveSnapshot } from './autosave';
import type { WizardDetail } from './builder-api';
import { WizardTabs } from '../wizard-nav/WizardTabs';
import { SaveIndicator } from './SaveIndicator';

export interface BuilderHeaderProps {
  name: string;
  wizard: WizardDetail;
  save: AutosaveSnapshot;
  /** The draft differs from the latest published version (undefined while unknown or never published). */
  unpublishedChanges?: boolean;
  onRetrySave: () => void;
  /** The toolbar's buttons (preview toggle, import, export, start a run, publish). */
  actions: ReactNode;
}

/** The status badge of a wizard: Draft, Published · vN (with unpublished edits noted), or Archived. */
function StatusBadge({ wizard }: { wizard: WizardDetail }) {
  if (wizard.status === 'archived') return <Badge tone="warning">Archived</Badge>;
  if (wizard.latest_version === null) return <Badge>Draft</Badge>;
  return <Badge tone="success">Published · v{wizard.latest_version}</Badge>;
}

/** The builder's title bar: back to the wizard list, the wizard's name and status, the save status, the actions. */
export function BuilderHeader({
  name,
  wizard,
  save,
  unpublishedChanges,
  onRetrySave,
  actions,
}: BuilderHeaderProps) {
  return (
    <header className="space-y-3">
      <Link to="/wizards" className="text-sm text-fg-muted hover:text-fg">
        ← Wizards
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h1 className="flex min-w-0 items-center gap-3 text-2xl font-semibold tracking-tight">
            <span className="truncate">{name || 'Untitled wizard'}</span>
            <StatusBadge wizard={wizard} />
            {unpublishedChanges && wizard.status !== 'archived' && (
              <Badge
                tone="warning"
                title="The draft differs from the published version: publish to make it live"
              >
                Unpublished changes
              </Badge>
            )}
          </h1>
          <SaveIndicator save={save} onRetry={onRetrySave} />
        </div>
        <div className="flex flex-wrap items-center gap-2">{actions}</div>
      </div>
      <WizardTabs wizardId={wizard.id} />
    </header>
  );
}
