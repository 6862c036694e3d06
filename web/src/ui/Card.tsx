import type { HTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** Render as a section (default) or another landmark-free element. */
  as?: 'section' | 'div' | 'article' | 'aside';
  padded?: boolean;
  children?: ReactNode;
}

/** A surface with a border and a soft shadow that groups related content. */
export function Card({ as: Tag = 'section', padded = true, className, children, ...rest }: CardProps) {
  return (
    <Tag
      className={cx(
        'rounded-2xl border border-line bg-surface shadow-[0_1px_2px_rgb(0_0_0/0.04),0_4px_16px_-4px_rgb(0_0_0/0.06)]',
        padded && 'p-5 sm:p-8',
        className,
      )}
      {...rest}
    >
      {children}
    </Tag>
  );
}
