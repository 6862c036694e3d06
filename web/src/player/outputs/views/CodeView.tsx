import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { useMemo } from 'react';
import type { CodeData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

// highlight.js core with the languages actions most often return; others show as plain text.
for (const [name, language] of Object.entries({
  bash,
  css,
  javascript,
  json,
  python,
  sql,
  typescript,
  xml,
  yaml,
}))
  hljs.registerLanguage(name, language);

/**
 * The code renderer: the code highlighted by highlight.js (its output escapes the code's text, so the HTML
 * holds only its own spans), in a scrolling block labelled with its language.
 */
export default function CodeView({ data }: RendererViewProps<CodeData>) {
  const html = useMemo(() => {
    const language = data.language && hljs.getLanguage(data.language) ? data.language : undefined;
    return language ? hljs.highlight(data.code, { language }).value : escapeHtml(data.code);
  }, [data.code, data.language]);
  return (
    <div className="overflow-hidden rounded-lg border border-line">
      {data.language && (
        <p className="border-b border-line bg-surface-muted px-3 py-1 text-xs text-fg-muted">
          {data.language}
        </p>
      )}
      <pre className="gp-code overflow-x-auto p-3 text-xs leading-relaxed">
        <code dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </div>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
