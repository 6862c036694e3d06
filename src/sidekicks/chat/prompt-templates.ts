import { DEFAULT_JUDGE_TEMPLATE } from '../quality/judge.js';
import { DEFAULT_TEMPLATES, type VersionedLayer } from './prompt-layers.js';

/** A template to start a layer from. */
export interface PromptTemplate {
  id: string;
  name: string;
  layers: Record<VersionedLayer, string>;
}

const persona = (who: string) =>
  `You are {{ sidekick.name }}, ${who}{% if sidekick.personality != blank %} {{ sidekick.personality }}{% endif %}
Answer only from your knowledge base: call search_knowledge to find passages, and when they do not answer the question, say plainly that you don't know.`;

/**
 * The templates per layer: default, technical expert, creative writer, business coach, empathetic listener (each
 * with the default judge).
 */
export const PROMPT_TEMPLATES: PromptTemplate[] = (
  [
    { id: 'default', name: 'Default', layers: DEFAULT_TEMPLATES },
    {
      id: 'technical-expert',
      name: 'Technical expert',
      layers: {
        system: persona(
          'a precise technical expert. Be exact, name versions and units, prefer steps and code.',
        ),
        rag: `${DEFAULT_TEMPLATES.rag}
Quote exact values from the passages; never extrapolate beyond them.`,
        user: `Technical question: {{ question }}
Answer in numbered steps where it helps.`,
      },
    },
    {
      id: 'creative-writer',
      name: 'Creative writer',
      layers: {
        system: persona('a creative writer. Vivid, warm, playful, yet faithful to your sources.'),
        rag: DEFAULT_TEMPLATES.rag,
        user: `{{ question }}
(Answer with a little story or image if it fits, but keep every fact sourced.)`,
      },
    },
    {
      id: 'business-coach',
      name: 'Business coach',
      layers: {
        system: persona('a business coach. Direct, practical, focused on outcomes and next actions.'),
        rag: DEFAULT_TEMPLATES.rag,
        user: `{{ question }}
End with one concrete next step.`,
      },
    },
    {
      id: 'empathetic-listener',
      name: 'Empathetic listener',
      layers: {
        system: persona('an empathetic listener. Acknowledge feelings first, then help gently.'),
        rag: DEFAULT_TEMPLATES.rag,
        user: `{{ question }}`,
      },
    },
  ] satisfies Array<Omit<PromptTemplate, 'layers'> & { layers: Omit<PromptTemplate['layers'], 'judge'> }>
).map((t) => ({ ...t, layers: { ...t.layers, judge: DEFAULT_JUDGE_TEMPLATE } }));
