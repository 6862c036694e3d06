import { Liquid } from 'liquidjs';
import { DomainError } from '../../core/errors.js';
import type { KnowledgePassage } from '../../knowledge/retrieve.js';

/**
 * A sidekick's three prompt layers, rendered with liquidjs: `system` (who the sidekick is), `rag` (how retrieved
 * passages are presented and cited) and `user` (how the question is framed). Templates see `sidekick` (name,
 * personality, greeting, citation_style), `passages` (number, title, page, citation, text) and `question`.
 */

export const PROMPT_LAYERS = ['system', 'rag', 'user'] as const;
export type PromptLayer = (typeof PROMPT_LAYERS)[number];

/** The sidekick fields a template sees. */
export interface PromptSidekick {
  name: string;
  personality: string;
  greeting: string | null;
  citation_style: string | null;
}

/** The default template of each layer. */
export const DEFAULT_TEMPLATES: Record<PromptLayer, string> = {
  system: `You are {{ sidekick.name }}.{% if sidekick.personality != blank %} {{ sidekick.personality }}{% endif %}
Answer only from your knowledge base: call search_knowledge to find passages, and when they do not answer the question, say plainly that you don't know.`,
  rag: `{% if passages.size > 0 %}Passages from your knowledge base (cite them as [n]):
{% for p in passages %}[{{ p.number }}] {{ p.citation }}
{{ p.text }}
{% endfor %}{% else %}Search your knowledge base with search_knowledge; cite each passage you use as [n], n being its number in the tool result.{% endif %}`,
  user: `{{ question }}`,
};

/** The assembled prompt: the system text (system and RAG layers) and the user message. */
export interface AssembledPrompt {
  system: string;
  user: string;
}

const engine = new Liquid({ strictFilters: true, ownPropertyOnly: true });

/** The variables of a render. */
export interface PromptContext {
  sidekick: PromptSidekick;
  passages: KnowledgePassage[];
  question: string;
}

/** Every versioned prompt layer: the three of an answer, and `judge` (how the quality judge scores an answer). */
export const VERSIONED_LAYERS = [...PROMPT_LAYERS, 'judge'] as const;
export type VersionedLayer = (typeof VERSIONED_LAYERS)[number];

/**
 * Renders one layer's template. Throws DomainError `invalid` naming the layer and the line when the template
 * does not parse or render (liquidjs reports `line:N`).
 */
export function renderLayer(layer: PromptLayer, template: string, context: PromptContext): string {
  return renderTemplate(layer, template, {
    sidekick: context.sidekick,
    question: context.question,
    passages: context.passages.map((p, i) => ({
      number: i + 1,
      title: p.documentTitle,
      page: p.page,
      citation: p.citation,
      text: p.text,
    })),
  });
}

/** Renders a layer's template over `variables` (see renderLayer for errors). */
export function renderTemplate(
  layer: VersionedLayer,
  template: string,
  variables: Record<string, unknown>,
): string {
  try {
    return engine.parseAndRenderSync(template, variables) as string;
  } catch (error) {
    const message = (error as Error).message;
    const line = /line:(\d+)/.exec(message)?.[1];
    throw new DomainError(
      'invalid',
      `the ${layer} prompt does not render${line ? ` (line ${line})` : ''}: ${message.split(', line:')[0]}`,
      { invalidParams: [{ name: 'body.template', reason: `line ${line ?? '?'}: ${message}` }] },
    );
  }
}

/** Assembles the prompt from the layers' templates (see renderLayer for errors). */
export function assemblePrompt(
  templates: Record<PromptLayer, string>,
  context: PromptContext,
): AssembledPrompt {
  const system = renderLayer('system', templates.system, context).trim();
  const rag = renderLayer('rag', templates.rag, context).trim();
  return {
    system: rag ? `${system}\n\n${rag}` : system,
    user: renderLayer('user', templates.user, context).trim() || context.question,
  };
}
