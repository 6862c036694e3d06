import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { useMemo } from 'react';
import type { DocumentData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

/**
 * The document renderer: Markdown rendered by marked and sanitised by DOMPurify (no scripts, event handlers,
 * `javascript:` links, forms or frames), links opening in a new tab without an opener.
 */
export default function DocumentView({ data }: RendererViewProps<DocumentData>) {
  const html = useMemo(() => sanitisedMarkdown(data.markdown), [data.markdown]);
  return <div className="gp-prose text-sm text-fg" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** Markdown as sanitised HTML (see DocumentView). */
export function sanitisedMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const clean = DOMPurify.sanitize(html, { FORBID_TAGS: ['form', 'input', 'button', 'iframe', 'style'] });
  const doc = new DOMParser().parseFromString(clean, 'text/html');
  for (const a of doc.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer nofollow');
  }
  return doc.body.innerHTML;
}
