import type { ImageData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

/** The image renderer: the image (an http(s) or raster data URL, checked by the schema) with its caption. */
export function ImageView({ data }: RendererViewProps<ImageData>) {
  return (
    <figure className="space-y-2">
      <img src={data.url} alt={data.alt} loading="lazy" className="max-h-96 rounded-lg border border-line" />
      {data.caption && <figcaption className="text-sm text-fg-muted">{data.caption}</figcaption>}
    </figure>
  );
}
