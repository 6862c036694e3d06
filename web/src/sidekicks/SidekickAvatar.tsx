import { cx } from '../ui/cx';

/** A sidekick's avatar image (stored SVG or PNG), or its initial on a tinted disc when it has none. */
export function SidekickAvatar({
  name,
  src,
  size = 'md',
}: {
  name: string;
  src: string | null;
  size?: 'sm' | 'md' | 'lg';
}) {
  const box = size === 'lg' ? 'size-24' : size === 'md' ? 'size-14' : 'size-9';
  if (src)
    return (
      <img
        src={src}
        alt={`${name}'s avatar`}
        className={cx(box, 'shrink-0 rounded-full bg-surface-hover object-cover ring-1 ring-line')}
      />
    );
  return (
    <span
      aria-hidden="true"
      className={cx(
        box,
        'flex shrink-0 items-center justify-center rounded-full bg-accent-soft font-semibold text-accent-text',
      )}
    >
      {name.charAt(0).toUpperCase()}
    </span>
  );
}
