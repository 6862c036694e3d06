import { createContext, useContext } from 'react';

export type ToastTone = 'neutral' | 'success' | 'danger';

/** One notification. `id` is assigned by the provider. */
export interface ToastMessage {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
}

export interface ToastApi {
  /** Shows a toast for `durationMs` (default 5000); returns its id. */
  show(toast: Omit<ToastMessage, 'id' | 'tone'> & { tone?: ToastTone; durationMs?: number }): number;
  dismiss(id: number): void;
}

export const ToastContext = createContext<ToastApi | null>(null);

/** The toast API of the nearest `ToastProvider`. Throws when there is none. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a <ToastProvider> above it');
  return api;
}
