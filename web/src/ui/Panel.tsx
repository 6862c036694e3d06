import type { ReactNode } from 'react';
import { Card } from './Card';

/**
 * A titled card of a dashboard (analytics, quality): the title as a heading of `level` (2 on a page, 3 inside
 * a tab under the page's own headings), an optional one-line description, then the content.
 */
export function Panel({
  title,
  description,
  level = 2,
  children,
}: {
  title: string;
  description?: string;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <Card padded={false} className="min-w-0 space-y-4 p-4 sm:p-6">
      <div>
        <Heading className="font-semibold">{title}</Heading>
        {description && <p className="text-sm text-fg-muted">{description}</p>}
      </div>
      {children}
    </Card>
  );
}
