import { useId, type ReactNode } from 'react';
import { Card } from '../ui/Card';

/** Props of {@link SettingsSection}. */
export interface SettingsSectionProps {
  title: string;
  /** One or two sentences under the title. */
  description?: ReactNode;
  /** Beside the title on the right (e.g. a count). */
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * One block of a settings-like page: a `<section>` labelled by its heading, the title and description on the
 * left from 1024 px (above on narrower screens) and the content in a card.
 */
export function SettingsSection({ title, description, aside, children }: SettingsSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="grid grid-cols-1 gap-4 lg:grid-cols-3 lg:gap-8">
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <h2 id={id} className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          {aside}
        </div>
        {description && <p className="text-sm text-fg-muted">{description}</p>}
      </div>
      <Card padded={false} className="min-w-0 lg:col-span-2">
        {children}
      </Card>
    </section>
  );
}

/** A padded area inside a settings card; `divided` puts a line above it. */
export function SectionBody({ children, divided = false }: { children: ReactNode; divided?: boolean }) {
  return <div className={divided ? 'border-t border-line p-5 sm:p-6' : 'p-5 sm:p-6'}>{children}</div>;
}

/** The status line of a list that is loading, failed or empty (`role` status or alert). */
export function ListState({ tone = 'muted', children }: { tone?: 'muted' | 'error'; children: ReactNode }) {
  return tone === 'error' ? (
    <p role="alert" className="p-5 text-sm text-danger sm:p-6">
      {children}
    </p>
  ) : (
    <p role="status" className="p-5 text-sm text-fg-muted sm:p-6">
      {children}
    </p>
  );
}
