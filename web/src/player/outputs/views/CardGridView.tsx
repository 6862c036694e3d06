import type { CardGridData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

/**
 * The card grid renderer: a responsive grid of cards (image, title, subtitle, body, link). Images and links
 * are the http(s)/data URLs the schema let through; links open in a new tab without an opener.
 */
export function CardGridView({ data }: RendererViewProps<CardGridData>) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {data.cards.map((card, i) => (
        <li key={i} className="overflow-hidden rounded-lg border border-line bg-surface-muted">
          {card.image_url && (
            <img src={card.image_url} alt="" loading="lazy" className="h-32 w-full object-cover" />
          )}
          <div className="space-y-1 p-3">
            <p className="font-medium text-fg">{card.title}</p>
            {card.subtitle && <p className="text-xs text-fg-muted">{card.subtitle}</p>}
            {card.body && <p className="text-sm whitespace-pre-line text-fg">{card.body}</p>}
            {card.link_url && (
              <a
                href={card.link_url}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="inline-block text-sm text-accent-text underline"
              >
                Open<span className="sr-only"> {card.title}</span>
              </a>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
