import * as extract from './extract/index.js';
import type { Nlu } from './policy/plan.js';

/** The default NLU of the embedded brain: the value extractors of `./extract`. */
export const defaultNlu: Nlu = {
  extractForField: extract.extractForField,
  extractAll: extract.extractAll,
  detectYesNo: extract.detectYesNo,
  detectDontCare: extract.detectDontCare,
  fieldAskedAbout: extract.fieldAskedAbout,
  fieldsAskedAbout: extract.fieldsAskedAbout,
  offeredEntity: extract.findOfferedEntity,
  routeAnswer: extract.routeAnswer,
};
