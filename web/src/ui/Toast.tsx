import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { cx, focusRing } from './cx';
import { ToastContext, type ToastApi, type ToastMessage } from './toast-context';

const TONE_BAR: Record<ToastMessage['tone'], string> = {
  neutral: 'bg-accent',
  success: 'bg-success',
  danger: 'bg-danger',
};

/**
 * Provides `useToast()` and renders the toasts in a polite live region at the bottom right (full width on
 * phones). Toasts dismiss themselves after their duration or with their close button.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastMessage[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback<ToastApi['show']>(
    ({ tone = 'neutral', durationMs = 5000, ...rest }) => {
      const id = nextId.current++;
      setToasts((all) => [...all, { id, tone, ...rest }]);
      if (durationMs > 0) setTimeout(() => dismiss(id), durationMs);
      return id;
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end"
      >
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className="pointer-events-auto flex w-full max-w-sm overflow-hidden rounded-xl border border-line bg-surface shadow-lg"
          >
            <span aria-hidden="true" className={cx('w-1 shrink-0', TONE_BAR[toast.tone])} />
            <div className="flex-1 px-4 py-3">
              <p className="text-sm font-semibold text-fg">{toast.title}</p>
              {toast.description && <p className="mt-0.5 text-sm text-fg-muted">{toast.description}</p>}
            </div>
            <button
              type="button"
              aria-label="Dismiss notification"
              onClick={() => dismiss(toast.id)}
              className={cx('m-2 self-start rounded-md p-1 text-fg-subtle hover:text-fg', focusRing)}
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
                <path
                  fill="currentColor"
                  d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z"
                />
              </svg>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
