import { useId, useState } from 'react';
import type { DropdownData } from '../../../../../src/core/renderers/index';
import { Select } from '../../../ui/Select';
import type { RendererViewProps } from '../OutputView';

/** The dropdown renderer: a labelled select to browse the choices; the chosen one's description shows below. */
export function DropdownView({ data, title }: RendererViewProps<DropdownData>) {
  const id = useId();
  const [value, setValue] = useState(data.options[0]?.value ?? '');
  const chosen = data.options.find((o) => o.value === value);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="sr-only">
        {title ?? 'Choices'}
      </label>
      <Select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
        {data.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {chosen?.description && <p className="text-sm text-fg-muted">{chosen.description}</p>}
    </div>
  );
}
