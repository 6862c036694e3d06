import { useState } from 'react';
import { cx } from '../../ui/cx';
import { controlClass } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';

/** Props of {@link TagInput}. */
export interface TagInputProps {
  label: string;
  description?: string;
  tags: string[];
  placeholder?: string;
  problems?: string[];
  /** Hide the label visually (it stays the input's accessible name). */
  hideLabel?: boolean;
  /** Words read before the label by screen readers only ("Option 2" before "synonyms"). */
  srPrefix?: string;
  onChange: (tags: string[]) => void;
}

/**
 * A list of short texts edited as tags: type and press Enter or comma to add (blanks and duplicates are
 * ignored; leaving the input adds what was typed), Backspace in the empty input removes the last tag, and
 * each tag has its own labelled remove button.
 */
export function TagInput({
  label,
  description,
  tags,
  placeholder,
  problems = [],
  hideLabel,
  srPrefix,
  onChange,
}: TagInputProps) {
  const [text, setText] = useState('');
  /** Adds a trimmed tag, unless blank or already there, and empties the input. */
  const add = (tag: string) => {
    setText('');
    if (tag !== '' && !tags.includes(tag)) onChange([...tags, tag]);
  };
  const commit = () => add(text.trim().replace(/,+$/, '').trim());
  return (
    <Labelled
      label={label}
      description={description}
      problems={problems}
      hideLabel={hideLabel}
      srPrefix={srPrefix}
    >
      {({ id, describedBy, invalid }) => (
        <div
          className={cx(
            controlClass,
            'flex min-h-10 flex-wrap items-center gap-1.5 px-2 py-1.5 focus-within:border-accent focus-within:ring-3 focus-within:ring-accent/20',
            problems.length > 0 && 'border-danger focus-within:ring-danger/20',
          )}
        >
          {tags.length > 0 && (
            <ul
              className="contents"
              aria-label={`${srPrefix ? `${srPrefix} ` : ''}${label}: ${tags.length} added`}
            >
              {tags.map((tag) => (
                <li
                  key={tag}
                  className="inline-flex items-center gap-1 rounded-md bg-accent-soft py-0.5 pr-1 pl-2 text-xs font-medium text-accent-text"
                >
                  {tag}
                  <button
                    type="button"
                    aria-label={`Remove ${tag}`}
                    className="rounded px-1 leading-none hover:bg-accent/15 focus-visible:ring-2 focus-visible:ring-accent focus-visible:outline-none"
                    onClick={() => onChange(tags.filter((t) => t !== tag))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            id={id}
            value={text}
            placeholder={tags.length === 0 ? placeholder : undefined}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="h-7 min-w-24 flex-1 bg-transparent text-sm text-fg placeholder:text-fg-subtle focus:outline-none"
            onChange={(e) => {
              const value = e.target.value;
              if (value.endsWith(',')) add(value.slice(0, -1).trim());
              else setText(value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit();
              } else if (e.key === 'Backspace' && text === '' && tags.length > 0) onChange(tags.slice(0, -1));
            }}
            onBlur={commit}
          />
        </div>
      )}
    </Labelled>
  );
}
