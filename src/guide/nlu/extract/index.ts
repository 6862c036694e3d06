/**
 * Value extractors of the embedded (no-LLM) guide brain: rules and small NLP libraries (chrono-node,
 * libphonenumber-js, compromise, fuse.js) that read field values out of a user's utterance.
 *
 * - `extractForField(utterance, field, ctx)`: the value of the field the guide just asked about.
 * - `extractAll(utterance, fields, ctx)`: values given without being asked (conservative).
 * - `detectYesNo`, `detectDontCare`: confirmations and "no preference" answers.
 * - `fieldAskedAbout`, `fieldsAskedAbout`: which field an agent question is about.
 * - `routeAnswer`: both places of a route ("from Austin to Denver") for an origin/destination pair.
 */
export type { Candidate, ExtractContext } from './types.js';
export { extractForField } from './for-field.js';
export { extractAll } from './all.js';
export { detectDontCare, detectYesNo } from './yes-no.js';
export { fieldAskedAbout, fieldsAskedAbout } from './asked-field.js';
export { findOfferedEntity, isEntityNameField } from './offered-entity.js';
export { findRoute, routeAnswer, routeCandidates, routePair, routeRole } from './route.js';
export { findEmail } from './email.js';
export { findPhone } from './phone.js';
export { findUrl } from './url.js';
export { findNumberMentions, parseNumber } from './numbers.js';
export { parseRange, matchRangeOption } from './money.js';
export { findDate, findDateTime, findDateTimes, findTime } from './dates.js';
export { matchMultiOptions, matchSingleOption } from './options.js';
export { extractShortText } from './names.js';
export { extractLongText } from './text.js';
export { findColor } from './color.js';
export { textKind } from './text-kind.js';
