import type { Provenance } from '../../../src/core/events/run-events';

/**
 * Where a collected value came from, as a sentence for the run detail: "Filled by the guide from: “…”",
 * "Typed in the form", "Default value", "Derived from other answers", "Set by an action", "Set by agent
 * <MCP client name>", "Imported";
 * "" when unknown. A guide extraction below full confidence adds it as a percentage.
 */
export function provenanceText(provenance: Provenance | undefined): string {
  if (!provenance) return '';
  switch (provenance.source) {
    case 'guide': {
      const base = provenance.utterance
        ? `Filled by the guide from: “${provenance.utterance}”`
        : 'Filled by the guide';
      const confidence = provenance.confidence;
      return confidence !== undefined && confidence < 1
        ? `${base} (${Math.round(confidence * 100)}% confident)`
        : base;
    }
    case 'form':
      return 'Typed in the form';
    case 'default':
      return 'Default value';
    case 'derived':
      return 'Derived from other answers';
    case 'action':
      return 'Set by an action';
    case 'agent':
      return provenance.agent ? `Set by agent ${provenance.agent}` : 'Set by an AI agent';
    case 'import':
      return 'Imported';
  }
}
