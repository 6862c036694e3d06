import { Link } from '@tanstack/react-router';
import { cx, focusRing } from '../ui/cx';
import type { NavItem } from './nav-items';

const LINK = cx(
  'rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap text-fg-muted hover:bg-surface-hover hover:text-fg',
  focusRing,
);
const ACTIVE = 'bg-surface-muted text-fg';

/**
 * The main navigation of wide screens (768 px and up): a row of links, the current section highlighted
 * (`aria-current="page"` is set by the router's Link).
 */
export function MainNav({ items }: { items: NavItem[] }) {
  return (
    <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
      {items.map((item) => (
        <Link key={item.to} to={item.to} className={LINK} activeProps={{ className: ACTIVE }}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
