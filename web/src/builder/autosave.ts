/**
 * Debounced autosave of a value (the builder's draft), independent of React so it can be tested with fake
 * timers: every `edit` restarts a quiet period of `delayMs`, after which the latest value is saved; edits
 * made while a save is in flight are saved by the next one; a failed save is retried on the next edit,
 * on `retry()` or on `flush()`.
 */

/** What the save indicator shows. `pending`: edits wait for the quiet period. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/** The autosave state a view renders; a new object whenever something changed. */
export interface AutosaveSnapshot {
  status: SaveStatus;
  /** Why the last save failed (status `error`). */
  error?: string;
  /** Edits that are not on the server yet (pending, saving, or failed). */
  unsaved: boolean;
}

/** The text of a save status: "Saving…", "All changes saved", "Save failed: <detail>", "Unsaved changes". */
export function saveStatusText(snapshot: AutosaveSnapshot): string {
  switch (snapshot.status) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'All changes saved';
    case 'error':
      return `Save failed: ${snapshot.error ?? 'unknown error'}`;
    default:
      return 'Unsaved changes';
  }
}

/** Debounced saving of the latest value; see the module comment. */
export class Autosaver<T> {
  private value: T | undefined;
  private revision = 0;
  private savedRevision = 0;
  private inFlight: Promise<void> | null = null;
  private error: { revision: number; message: string } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  private snapshot: AutosaveSnapshot = { status: 'saved', unsaved: false };

  /**
   * @param save stores a value; a rejection is a failed save (its `Error.message` is shown).
   * @param delayMs the quiet period after the last edit before saving (milliseconds).
   */
  constructor(
    private readonly save: (value: T) => Promise<void>,
    private readonly delayMs = 800,
  ) {}

  /** Records a new value to save after the quiet period. */
  edit(value: T): void {
    this.value = value;
    this.revision += 1;
    this.schedule();
    this.emit();
  }

  /**
   * Saves now (waiting for a save in flight first). Resolves to true when every edit is saved, false when a
   * save failed.
   */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    if (this.revision > this.savedRevision) await this.run();
    return this.revision === this.savedRevision;
  }

  /** Tries a failed save again now. */
  retry(): Promise<boolean> {
    return this.flush();
  }

  /** The current state (the same object until something changes, for `useSyncExternalStore`). */
  getSnapshot = (): AutosaveSnapshot => this.snapshot;

  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops the pending timer (the component is gone); a save in flight still completes. */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.inFlight) return; // the save in flight schedules the next one when it ends
      void this.run();
    }, this.delayMs);
  }

  private run(): Promise<void> {
    const revision = this.revision;
    const value = this.value as T;
    const attempt = (async () => {
      try {
        await this.save(value);
        this.savedRevision = Math.max(this.savedRevision, revision);
        if (this.error && this.error.revision <= revision) this.error = null;
      } catch (e) {
        this.error = { revision, message: e instanceof Error ? e.message : String(e) };
      } finally {
        this.inFlight = null;
      }
      const failedLatest = this.error?.revision === this.revision;
      if (this.revision > this.savedRevision && !failedLatest) this.schedule();
      this.emit();
    })();
    this.inFlight = attempt;
    this.emit();
    return attempt;
  }

  private emit(): void {
    const unsaved = this.revision > this.savedRevision;
    const status: SaveStatus = this.inFlight
      ? 'saving'
      : this.error && this.error.revision === this.revision
        ? 'error'
        : unsaved
          ? 'pending'
          : 'saved';
    const error = status === 'error' ? this.error?.message : undefined;
    const prev = this.snapshot;
    if (prev.status !== status || prev.error !== error || prev.unsaved !== unsaved)
      this.snapshot = { status, unsaved, ...(error !== undefined && { error }) };
    for (const listener of this.listeners) listener();
  }
}
