import type { WizardDefinition } from '../core/wizard/definition.js';
import type { DefinitionProblem } from '../core/wizard/validate-definition.js';
import type { WizardListFacts, WizardRecord, WizardSummary } from '../db/wizards.js';

/** The shapes the wizard services answer with (rows are plain objects; dates are Date). */

export type { DefinitionProblem, WizardListFacts, WizardRecord, WizardSummary };
export type { WizardQuery } from '../db/wizard-authoring.js';
export type { PublishedVersion } from '../db/wizards.js';

/** A published version as lists show it: its number (1, 2, …) and when it was published. */
export interface VersionSummary {
  version: number;
  publishedAt: Date;
}

/** A wizard with its draft, every problem that keeps the draft from being published, and its versions (newest first). */
export interface WizardDetail {
  wizard: WizardRecord;
  problems: DefinitionProblem[];
  versions: VersionSummary[];
}

/** A wizard of a list (without its draft) and what the list shows beyond its row (zeros when unknown). */
export interface WizardListItem {
  wizard: WizardSummary;
  facts: WizardListFacts;
}

/** One page of a list and the total matching its filter on every page. */
export interface WizardPage<T> {
  items: T[];
  total: number;
}

/** A template of the gallery and the definition a clone starts from, with that definition's problems. */
export interface TemplateDetail {
  wizard: WizardRecord;
  definition: WizardDefinition;
  problems: DefinitionProblem[];
}

/** What a clone is called: `name` (default "<name> (copy)") and `slug` (default: a free variant of the source's). */
export interface CloneOptions {
  name?: string;
  slug?: string;
}
