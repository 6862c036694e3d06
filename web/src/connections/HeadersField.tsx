import { useState } from 'react';
import { TextAreaField } from '../builder/controls';
import { headerLines, parseHeaderLines } from './header-lines';

/** Props of {@link HeadersField}. */
export interface HeadersFieldProps {
  label: string;
  description?: string;
  /** The headers as typed: "Header-Name: value" lines. */
  text: string;
  onTextChange: (text: string) => void;
  /** Problems from the server or the schema, shown under the line problem (if any). */
  problems?: string[];
  placeholder?: string;
}

/**
 * The one header editor of the app (an API configuration's default headers, a remote MCP server's headers,
 * an `api_call` action's own headers): a monospace text area of "Header-Name: value" lines that says at once
 * which line is not a header. Never autofilled, never spell-checked.
 */
export function HeadersField({
  label,
  description,
  text,
  onTextChange,
  problems = [],
  placeholder = 'X-Header-Name: value',
}: HeadersFieldProps) {
  const parsed = parseHeaderLines(text);
  const shown = [...('error' in parsed ? [parsed.error] : []), ...problems];
  return (
    <TextAreaField
      label={label}
      description={description}
      placeholder={placeholder}
      spellCheck={false}
      autoComplete="off"
      className="font-mono text-xs"
      value={text}
      onChange={(e) => onTextChange(e.target.value)}
      problems={shown.length > 0 ? shown : undefined}
    />
  );
}

/** Props of {@link HeadersRecordField}. */
export interface HeadersRecordFieldProps extends Omit<HeadersFieldProps, 'text' | 'onTextChange'> {
  headers: Record<string, string>;
  onChange: (headers: Record<string, string>) => void;
}

const sameHeaders = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a)) === JSON.stringify(Object.entries(b));

/**
 * A {@link HeadersField} bound to a record (an action's headers in the draft): it keeps the text as typed and
 * hands the record on each time the text parses; a record changed elsewhere (undo, a reload) replaces the
 * text.
 */
export function HeadersRecordField({ headers, onChange, ...rest }: HeadersRecordFieldProps) {
  const [text, setText] = useState(() => headerLines(headers));
  const parsed = parseHeaderLines(text);
  if ('headers' in parsed && !sameHeaders(parsed.headers, headers)) setText(headerLines(headers));
  return (
    <HeadersField
      {...rest}
      text={text}
      onTextChange={(next) => {
        setText(next);
        const read = parseHeaderLines(next);
        if ('headers' in read && !sameHeaders(read.headers, headers)) onChange(read.headers);
      }}
    />
  );
}
