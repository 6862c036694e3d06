import { useState } from 'react';
import type { WizardStatus } from '../../../src/core/wizard/definition';
import { ShareDialog } from '../share/ShareDialog';
import { StartRunButton } from '../runs/StartRunButton';
import { ActionsMenu, type MenuAction } from '../ui/ActionsMenu';
import { Badge, type BadgeTone } from '../ui/Badge';
import { cx, focusRing } from '../ui/cx';
import { builderPath, useOpenBuilder } from './builder-link';
import type { WizardListItem } from './wizard-api';

const STATUS_TONES: Record<WizardStatus, BadgeTone> = {
  draft: 'warning',
  published: 'success',
  archived: 'neutral',
};

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat();
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** What a card may do with its wizard; an action left out is not offered (members get none of the authoring ones). */
export interface WizardCardActions {
  onClone?: () => void;
  onArchive?: () => void;
  onDelete?: () => void;
}

/**
 * One wizard of the list: name (opening the builder for authors), status badge, description, step count,
 * guide, runs and completion rate, last edit, "Start" for a published wizard and a menu with share (published
 * wizards), clone, archive and delete.
 */
export function WizardCard({
  wizard,
  canOpen,
  actions,
}: {
  wizard: WizardListItem;
  /** Whether the name opens the builder (authors). */
  canOpen: boolean;
  actions: WizardCardActions;
}) {
  const openBuilder = useOpenBuilder();
  const [sharing, setSharing] = useState(false);
  const menu: MenuAction[] = [
    wizard.status === 'published' && { label: 'Share', onSelect: () => setSharing(true) },
    actions.onClone && { label: 'Clone', onSelect: actions.onClone },
    actions.onArchive && wizard.status !== 'archived' && { label: 'Archive', onSelect: actions.onArchive },
    actions.onDelete && { label: 'Delete', onSelect: actions.onDelete, danger: true },
  ].filter((a): a is MenuAction => !!a);
  const stats = [
    { term: 'Steps', value: number.format(wizard.step_count) },
    { term: 'Runs', value: number.format(wizard.runs) },
    {
      term: 'Completion',
      value: wizard.completion_rate === null ? '—' : percent.format(wizard.completion_rate),
    },
  ];
  return (
    <article
      aria-label={wizard.name}
      className="flex h-full flex-col gap-4 rounded-2xl border border-line bg-surface p-5 shadow-xs transition hover:border-line-strong hover:shadow-md"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 className="min-w-0 font-semibold break-words text-fg">
          {canOpen ? (
            <a
              href={builderPath(wizard.id)}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                void openBuilder(wizard.id);
              }}
              className={cx('rounded-sm hover:text-accent-text hover:underline', focusRing)}
            >
              {wizard.name}
            </a>
          ) : (
            wizard.name
          )}
        </h2>
        <Badge tone={STATUS_TONES[wizard.status]} className="capitalize">
          {wizard.status}
        </Badge>
      </div>
      <p
        className={cx('line-clamp-2 flex-1 text-sm', wizard.description ? 'text-fg-muted' : 'text-fg-subtle')}
      >
        {wizard.description || 'No description yet.'}
      </p>
      <p className="flex items-center gap-2 text-sm text-fg-muted">
        <span
          aria-hidden="true"
          className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-guide-soft text-xs font-semibold text-guide"
        >
          {(wizard.guide_name || '?').slice(0, 1).toUpperCase()}
        </span>
        <span className="truncate">
          Guide: <span className="font-medium text-fg">{wizard.guide_name || '—'}</span>
        </span>
      </p>
      <dl className="grid grid-cols-3 gap-x-4 rounded-xl bg-surface-muted px-4 py-3 text-sm">
        {stats.map((s) => (
          <div key={s.term} className="min-w-0">
            <dt className="text-xs text-fg-subtle">{s.term}</dt>
            <dd className="truncate font-medium text-fg tabular-nums">{s.value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex items-center gap-2 border-t border-line pt-4">
        <p className="mr-auto text-xs text-fg-subtle">
          Edited <time dateTime={wizard.updated_at}>{date.format(new Date(wizard.updated_at))}</time>
        </p>
        {wizard.status === 'published' && <StartRunButton slug={wizard.slug} name={wizard.name} />}
        {menu.length > 0 && <ActionsMenu label={`More actions for ${wizard.name}`} actions={menu} />}
      </div>
      <ShareDialog open={sharing} wizard={wizard} onClose={() => setSharing(false)} />
    </article>
  );
}
