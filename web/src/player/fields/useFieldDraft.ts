import { useState } from 'react';
import { valueKey } from '../field-props';

/**
 * The text a control shows while the user types, kept apart from the run's canonical value: typing
 * "sam@x" (invalid, so the run holds no value) must not wipe the input, and "Sam " (stored as "Sam") must
 * keep its space. When the run's value changes for another reason (the guide filled it, a reload), the
 * draft is replaced by `toDraft(value)`.
 *
 * Returns the draft and `change(text)`, which updates the draft and passes the text on to `onRaw`.
 */
export function useFieldDraft(
  value: unknown,
  toDraft: (value: unknown) => string,
  onRaw: (raw: unknown) => string,
): [string, (text: string) => void] {
  const key = valueKey(value);
  const [draft, setDraft] = useState(() => ({ text: toDraft(value), key, sentKey: key }));
  let current = draft;
  if (draft.key !== key) {
    // The value changed since the last render: keep what the user typed when it came from their own edit.
    current = { text: draft.sentKey === key ? draft.text : toDraft(value), key, sentKey: draft.sentKey };
    setDraft(current);
  }
  const change = (text: string) => {
    const sentKey = onRaw(text);
    setDraft({ text, key, sentKey });
  };
  return [current.text, change];
}
