import type { ReactNode } from 'react';
import { Card } from '../ui/Card';

export interface AuthCardProps {
  title: string;
  subtitle?: string;
  /** A general problem (not about one field), announced as an alert. */
  error?: string;
  /** Under the form, e.g. a link to the other auth page. */
  footer?: ReactNode;
  children: ReactNode;
}

/** The centred card the sign-in and sign-up forms sit in: heading, general error, form, footer. */
export function AuthCard({ title, subtitle, error, footer, children }: AuthCardProps) {
  return (
    <div className="mx-auto w-full max-w-md space-y-6 py-4 sm:py-10">
      <Card>
        <header className="mb-6 space-y-1.5">
          <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
          {subtitle && <p className="text-sm text-fg-muted">{subtitle}</p>}
        </header>
        {error && (
          <p role="alert" className="mb-5 rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            {error}
          </p>
        )}
        {children}
      </Card>
      {footer && <p className="text-center text-sm text-fg-muted">{footer}</p>}
    </div>
  );
}
