/** Sidekicks: the service, the input schema in the create-a-sidekick wizard's field names. */
export { SidekickService, type SidekickOrigin, type SidekickView } from './service.js';
export {
  SidekickCreateSchema,
  SidekickUpdateSchema,
  slugFromName,
  type SidekickCreate,
  type SidekickUpdate,
} from './input.js';
