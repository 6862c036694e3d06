import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, saveStatusText } from './autosave';

/** A save function whose calls resolve or reject when the test says so. */
function controlledSave() {
  const calls: Array<{ value: string; resolve: () => void; reject: (e: Error) => void }> = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject });
      }),
  );
  return { save, calls };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosaver', () => {
  it('saves the latest value once, 800 ms after the last edit', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosaver(save, 800);
    autosave.edit('a');
    await vi.advanceTimersByTimeAsync(500);
    autosave.edit('ab');
    await vi.advanceTimersByTimeAsync(500);
    autosave.edit('abc');
    expect(autosave.getSnapshot()).toEqual({ status: 'pending', unsaved: true });
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]!.value).toBe('abc');
    expect(saveStatusText(autosave.getSnapshot())).toBe('Saving…');
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getSnapshot()).toEqual({ status: 'saved', unsaved: false });
    expect(saveStatusText(autosave.getSnapshot())).toBe('All changes saved');
  });

  it('saves edits made during a save with the next save', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosaver(save, 800);
    autosave.edit('one');
    await vi.advanceTimersByTimeAsync(800);
    autosave.edit('two');
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getSnapshot()).toMatchObject({ status: 'pending', unsaved: true });
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]!.value).toBe('two');
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getSnapshot().unsaved).toBe(false);
  });

  it('shows a failure with its detail, keeps the edits unsaved, and retries on the next edit', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosaver(save, 800);
    autosave.edit('x');
    await vi.advanceTimersByTimeAsync(800);
    calls[0]!.reject(new Error('wizard is archived'));
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getSnapshot()).toEqual({ status: 'error', error: 'wizard is archived', unsaved: true });
    expect(saveStatusText(autosave.getSnapshot())).toBe('Save failed: wizard is archived');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.edit('xy');
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(2);
    calls[1]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getSnapshot()).toEqual({ status: 'saved', unsaved: false });
  });

  it('flushes at once, waiting for a save in flight', async () => {
    const { save, calls } = controlledSave();
    const autosave = new Autosaver(save, 800);
    autosave.edit('a');
    await vi.advanceTimersByTimeAsync(800);
    autosave.edit('b');
    const flushed = autosave.flush();
    calls[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]!.value).toBe('b');
    calls[1]!.resolve();
    await expect(flushed).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('notifies subscribers and keeps the snapshot object while nothing changed', async () => {
    const autosave = new Autosaver(() => Promise.resolve(), 800);
    const listener = vi.fn();
    const unsubscribe = autosave.subscribe(listener);
    const before = autosave.getSnapshot();
    autosave.edit('a');
    expect(listener).toHaveBeenCalled();
    const pending = autosave.getSnapshot();
    expect(pending).not.toBe(before);
    autosave.edit('ab');
    expect(autosave.getSnapshot()).toBe(pending);
    unsubscribe();
  });
});
