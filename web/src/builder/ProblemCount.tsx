import { Badge } from '../ui/Badge';

/** ", 2 problems" for a count above zero, "" otherwise: the end of an accessible name. */
export function problemWords(count: number): string {
  return count === 0 ? '' : `, ${count} problem${count === 1 ? '' : 's'}`;
}

/** A red count of problems (nothing when there are none), read as "2 problems" by screen readers. */
export function ProblemCount({ count }: { count: number }) {
  if (count === 0) return null;
  const words = `${count} problem${count === 1 ? '' : 's'}`;
  return (
    <Badge tone="danger" className="px-1.5 tabular-nums" title={words}>
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{words}</span>
    </Badge>
  );
}
