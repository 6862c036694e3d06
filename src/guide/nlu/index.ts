/** The embedded (rules + NLU) guide brain: public surface. */
export { EmbeddedBrain, type EmbeddedBrainOptions } from './brain.js';
export type { Nlu, Candidate, ExtractContext, Plan, Action, Remark } from './policy/plan.js';
export { interpretTurn, type TurnContext } from './policy/interpret.js';
export { detectCommand, detectFieldMention, type Command, type FieldMention } from './intents.js';
export { prefillTypedFields } from './prefill.js';
