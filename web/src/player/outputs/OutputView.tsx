import { lazy, Suspense, type ComponentType } from 'react';
import { RENDERERS, type RendererKind } from '../../../../src/core/renderers/index';
import type { ShownOutput } from './activity';
import { CardGridView } from './views/CardGridView';
import { DropdownView } from './views/DropdownView';
import { ImageView } from './views/ImageView';
import { JsonView } from './views/JsonView';
import { ListView } from './views/ListView';
import { TableView } from './views/TableView';

/** What each renderer view receives: the renderer's parsed data and the output's title. */
export interface RendererViewProps<D = never> {
  data: D;
  title?: string;
}

// Charts (recharts), code (highlight.js) and documents (marked + DOMPurify) load on first use.
const ChartView = lazy(() => import('./views/ChartView'));
const CodeView = lazy(() => import('./views/CodeView'));
const DocumentView = lazy(() => import('./views/DocumentView'));

/** The view of each renderer kind. */
const VIEWS: Record<RendererKind, ComponentType<RendererViewProps<never>>> = {
  table: TableView,
  dropdown: DropdownView,
  card_grid: CardGridView,
  list: ListView,
  document: DocumentView,
  image: ImageView,
  code: CodeView,
  chart: ChartView,
  json: JsonView,
};

/**
 * One action output in the player: a titled card with the renderer's view of the data, parsed again with the
 * renderer's schema (core/renderers) so a view only ever gets data of its shape; data that does not parse
 * says so instead.
 */
export function OutputView({ output }: { output: ShownOutput }) {
  const parsed = RENDERERS[output.renderer]?.schema.safeParse(output.data);
  const View = VIEWS[output.renderer];
  const headingId = `output-${output.id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <article
      aria-labelledby={output.title ? headingId : undefined}
      aria-label={output.title ? undefined : 'Result'}
      data-renderer={output.renderer}
      className="min-w-0 rounded-xl border border-line bg-surface p-4"
    >
      {output.title && (
        <h3 id={headingId} className="mb-3 text-sm font-semibold text-fg">
          {output.title}
        </h3>
      )}
      {parsed?.success && View ? (
        <Suspense fallback={<p className="text-sm text-fg-muted">Loading…</p>}>
          <View data={parsed.data as never} title={output.title} />
        </Suspense>
      ) : (
        <p className="text-sm text-fg-muted">This result cannot be shown.</p>
      )}
    </article>
  );
}
