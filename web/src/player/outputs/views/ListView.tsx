import type { ListData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

/** The list renderer: a bulleted list. */
export function ListView({ data }: RendererViewProps<ListData>) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-fg">
      {data.items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}
