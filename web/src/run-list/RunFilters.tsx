import { useEffect, useId, useState, type ReactNode } from 'react';
import { Button } from '../ui/Button';
import { Input } from '../ui/Input';
import { Select } from '../ui/Select';
import { CHANNEL_LABELS, STATUS_LABELS } from './format';
import { hasFilters, type RunSearch } from './run-filters';
import type { WizardOption } from './runs-api';

/** Props of {@link RunFilters}. */
export interface RunFiltersProps {
  search: RunSearch;
  /** Applies a change of filters (undefined clears one). */
  onChange: (patch: Partial<RunSearch>) => void;
  /** The tenant's wizards; undefined while loading. */
  wizards: WizardOption[] | undefined;
}

/** A labelled filter control. */
function Filter({ label, id, children }: { label: string; id: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-fg-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * The runs list's filter bar: search (applied 300 ms after typing stops, or at once with Enter), wizard,
 * status, channel and a creation date range, and "Clear filters". Every control is a labelled native control.
 */
export function RunFilters({ search, onChange, wizards }: RunFiltersProps) {
  const id = useId();
  const [q, setQ] = useState(search.q ?? '');
  const [lastQ, setLastQ] = useState(search.q);
  if (search.q !== lastQ) {
    setLastQ(search.q);
    setQ(search.q ?? '');
  }
  useEffect(() => {
    const text = q.trim();
    if (text === (search.q ?? '')) return;
    const timer = setTimeout(() => onChange({ q: text || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q, search.q, onChange]);

  return (
    <form
      role="search"
      aria-label="Filter runs"
      className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-[minmax(10rem,1.5fr)_minmax(8rem,1fr)_8rem_8.5rem_9.25rem_9.25rem_auto] lg:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ q: q.trim() || undefined });
      }}
    >
      <div className="col-span-2 md:col-span-3 lg:col-span-1">
        <Filter label="Search" id={`${id}-q`}>
          <Input
            id={`${id}-q`}
            type="search"
            value={q}
            placeholder="Values, visitor, run id"
            onChange={(event) => setQ(event.target.value)}
          />
        </Filter>
      </div>
      <Filter label="Wizard" id={`${id}-wizard`}>
        <Select
          id={`${id}-wizard`}
          value={search.wizard ?? ''}
          onChange={(event) => onChange({ wizard: event.target.value || undefined })}
        >
          <option value="">All wizards</option>
          {wizards?.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </Select>
      </Filter>
      <Filter label="Status" id={`${id}-status`}>
        <Select
          id={`${id}-status`}
          value={search.status ?? ''}
          onChange={(event) => onChange({ status: (event.target.value || undefined) as RunSearch['status'] })}
        >
          <option value="">Any status</option>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Filter>
      <Filter label="Channel" id={`${id}-channel`}>
        <Select
          id={`${id}-channel`}
          value={search.channel ?? ''}
          onChange={(event) =>
            onChange({ channel: (event.target.value || undefined) as RunSearch['channel'] })
          }
        >
          <option value="">Any channel</option>
          {Object.entries(CHANNEL_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Filter>
      <Filter label="Started from" id={`${id}-from`}>
        <Input
          id={`${id}-from`}
          type="date"
          value={search.from ?? ''}
          max={search.to}
          onChange={(event) => onChange({ from: event.target.value || undefined })}
        />
      </Filter>
      <Filter label="Started until" id={`${id}-to`}>
        <Input
          id={`${id}-to`}
          type="date"
          value={search.to ?? ''}
          min={search.from}
          onChange={(event) => onChange({ to: event.target.value || undefined })}
        />
      </Filter>
      <Button
        variant="ghost"
        className="col-span-2 md:col-span-3 lg:col-span-1"
        disabled={!hasFilters(search)}
        onClick={() => {
          setQ('');
          onChange({
            wizard: undefined,
            status: undefined,
            channel: undefined,
            from: undefined,
            to: undefined,
            q: undefined,
          });
        }}
      >
        Clear filters
      </Button>
    </form>
  );
}
