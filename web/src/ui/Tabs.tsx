import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx, focusRing } from './cx';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  tabs: TabItem[];
  value: string;
  onChange: (id: string) => void;
  /** Names the tab list for screen readers. */
  label: string;
  className?: string;
}

/** A tab of a {@link TabList}: its id and what its button shows. */
export interface TabLabel {
  id: string;
  label: ReactNode;
}

export interface TabListProps {
  tabs: TabLabel[];
  value: string;
  onChange: (id: string) => void;
  /** Names the tab list for screen readers. */
  label: string;
  /** The prefix of the tab and panel element ids (from `useId`), shared with {@link tabPanelProps}. */
  idBase: string;
}

/**
 * The tab buttons of the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs (automatic
 * activation). Each tab controls the element given {@link tabPanelProps} with the same `idBase` and id.
 */
export function TabList({ tabs, value, onChange, label, idBase }: TabListProps) {
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = Math.max(
    0,
    tabs.findIndex((t) => t.id === value),
  );

  function onKeyDown(event: KeyboardEvent) {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onChange(tabs[next]!.id);
    refs.current[next]?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label={label}
      className="flex gap-1 overflow-x-auto overflow-y-hidden border-b border-line"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab, i) => {
        const selected = i === current;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idBase}-tab-${tab.id}`}
            aria-selected={selected}
            aria-controls={`${idBase}-panel-${tab.id}`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(tab.id)}
            className={cx(
              'shrink-0 rounded-t-md border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors',
              focusRing,
              selected ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg',
            )}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

/** The attributes that make an element the panel of tab `id` in the {@link TabList} with `idBase`. */
export function tabPanelProps(idBase: string, id: string, selected: boolean) {
  return {
    role: 'tabpanel',
    id: `${idBase}-panel-${id}`,
    'aria-labelledby': `${idBase}-tab-${id}`,
    hidden: !selected,
    tabIndex: 0,
  } as const;
}

/**
 * Tabs following the WAI-ARIA tabs pattern ({@link TabList}), controlled by `value`/`onChange`; Tab moves
 * into the panel. Only the selected tab's content is rendered. The tab list scrolls sideways when it is
 * wider than the screen.
 */
export function Tabs({ tabs, value, onChange, label, className }: TabsProps) {
  const base = useId();
  const current = Math.max(
    0,
    tabs.findIndex((t) => t.id === value),
  );
  return (
    <div className={className}>
      <TabList
        tabs={tabs}
        value={tabs[current]?.id ?? value}
        onChange={onChange}
        label={label}
        idBase={base}
      />
      {tabs.map((tab, i) => (
        <div
          key={tab.id}
          {...tabPanelProps(base, tab.id, i === current)}
          className="pt-4 focus-visible:outline-none"
        >
          {i === current && tab.content}
        </div>
      ))}
    </div>
  );
}
