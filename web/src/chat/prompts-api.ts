import { api } from '../api/http';

/** The prompt layers of a sidekick (`judge`: how quality runs score answers). */
export const LAYERS = ['system', 'rag', 'user', 'judge'] as const;
export type Layer = (typeof LAYERS)[number];

/** A saved version of a layer. */
export interface PromptVersion {
  layer: Layer;
  number: number;
  template: string;
  note: string;
  author: string | null;
  active: boolean;
  created_at: string;
}

/** A template to start from. */
export interface PromptTemplate {
  id: string;
  name: string;
  layers: Record<Layer, string>;
}

export const listVersions = (sidekickId: string) =>
  api<{ items: PromptVersion[] }>(`/api/v1/sidekicks/${sidekickId}/prompts`).then((r) => r.items);

export const listTemplates = () =>
  api<{ items: PromptTemplate[] }>('/api/v1/prompt-templates').then((r) => r.items);

export const saveVersion = (sidekickId: string, layer: Layer, template: string, note: string) =>
  api<PromptVersion>(`/api/v1/sidekicks/${sidekickId}/prompts/${layer}/versions`, {
    body: { template, note },
  });

export const activateVersion = (sidekickId: string, layer: Layer, number: number) =>
  api<PromptVersion>(`/api/v1/sidekicks/${sidekickId}/prompts/${layer}/versions/${number}/activate`, {
    method: 'POST',
  });

export const previewPrompt = (
  sidekickId: string,
  question: string,
  templates: Partial<Record<Layer, string>>,
) =>
  api<{ system: string; user: string }>(`/api/v1/sidekicks/${sidekickId}/prompts/preview`, {
    body: { question, templates },
  });
