import { cx } from '../ui/cx';

/** Up to two initials of a name: "Farah Qubit" → "FQ", "Sam" → "S". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return (
    ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase() ||
    '?'
  );
}

/** A round avatar with the guide's initials (an image URL replaces them when the sidekick has one). */
export function Avatar({ name, src, size = 'md' }: { name: string; src?: string; size?: 'sm' | 'md' }) {
  const box = size === 'sm' ? 'size-7 text-[11px]' : 'size-10 text-sm';
  if (src) return <img src={src} alt="" className={cx('shrink-0 rounded-full object-cover', box)} />;
  return (
    <span
      aria-hidden="true"
      className={cx(
        'inline-flex shrink-0 items-center justify-center rounded-full bg-linear-to-br from-violet-500 to-indigo-600 font-semibold text-white',
        box,
      )}
    >
      {initials(name)}
    </span>
  );
}
