import { defaultOptionAnswer } from './default-option.js';
import { deniesNumber } from './denied-number.js';
import { suburbOfAddress } from './suburb-of-address.js';
import { hourBesideDays } from './bare-hour.js';
import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext } from './types.js';
import { findEmail } from './email.js';
import { findPhone } from './phone.js';
import { findUrl } from './url.js';
import { numberAnswer } from './number-answer.js';
import { findDateTime, findDateTimes, findTime } from './dates.js';
import { aheadWhenForward, dateFor, isPlausibleDate, spanAt } from './date-fields.js';
import { isExpiryField, saysExpiry } from './expiry-date.js';

/** Text kinds whose value may be said after the label's noun ("her insurer is Geico"): no places, no people. */
const HEAD_NOUN_KINDS = new Set(['generic', 'organization']);

/** Names of date fields that end a stay or rental (return, drop-off, check-out). */
export const SECONDARY_DATE = /\b(?:return|end|dropoff|drop|checkout|inbound|until|out)\b/;
import { matchMultiOptions, matchSingleOption } from './options.js';
import { removedOptions } from './list-edits.js';
import { detectYesNo } from './yes-no.js';
import { yesNoSpan } from './yes-no-span.js';
import { withoutUnhurried } from './unhurried.js';
import { impliedYesNo } from './implied-yes-no.js';
import { workStatusYesNo } from './work-status.js';
import { alternativeYesNo } from './alternative-yes-no.js';
import { sideYesNo } from './yes-no-sides.js';
import { anyoneYesNo } from './anyone-yes-no.js';
import { yearsSince } from './years-since.js';
import { restatedFraction } from './restated-fraction.js';
import { ageLimitAnswer } from './age-limit.js';
import { extractShortText } from './names.js';
import { codeToken, holdsCode, saidAsKind } from './code-token.js';
import { isTitleField, wholeTitle } from './whole-title.js';
import { extractLongText } from './text.js';
import { findColor } from './color.js';
import { textKind } from './text-kind.js';
import { holdsPattern, patternAnswer } from './pattern-span.js';
import { headNounValue } from './head-noun-is.js';
import { isPlace, routeRole } from './route.js';

/** The phone region of a field: `settings.default_region`, else the context's. */
export function regionFor(field: Field, ctx: ExtractContext): string {
  const r = field.settings?.['default_region'];
  return typeof r === 'string' && /^[A-Z]{2}$/.test(r) ? r : ctx.defaultRegion;
}

/**
 * The value of `field` in `utterance`, assuming the utterance answers a question about that field.
 * Values by type: email/url/text/textarea/rich_text/voice_only/color → string; phone → E.164 string;
 * number/rating/slider → number; date → "YYYY-MM-DD"; time → "HH:MM"; datetime → "YYYY-MM-DDTHH:MM";
 * single_select → option value; multi_select → option values; boolean → boolean; file_upload → never (null).
 * Returns null when nothing fitting is found; "don't care" answers are left to `detectDontCare`.
 */
export function extractForField(utterance: string, field: Field, ctx: ExtractContext): Candidate | null {
  // "no rush" to "Would you like an EV charger?" is about time, no "no"
  if (field.type === 'boolean' || field.type === 'single_select' || field.type === 'multi_select') {
    const said = withoutUnhurried(utterance, field);
    return said ? readForField(said, field, ctx) : null;
  }
  return readForField(utterance, field, ctx);
}

/** `extractForField` of the words to read. */
function readForField(utterance: string, field: Field, ctx: ExtractContext): Candidate | null {
  const c = (value: unknown, confidence: number, extractor: string, span?: string): Candidate => ({
    field: field.name,
    value,
    confidence,
    extractor,
    span,
  });
  switch (field.type) {
    case 'email': {
      const m = findEmail(utterance);
      return m ? c(m.value, m.spoken ? 0.85 : 0.97, m.spoken ? 'spoken-email' : 'email', m.span) : null;
    }
    case 'phone': {
      const m = findPhone(utterance, regionFor(field, ctx), field, ctx.regionHints);
      return m ? c(m.value, m.valid ? 0.95 : 0.55, 'phone', m.span) : null;
    }
    case 'url': {
      const m = findUrl(utterance);
      return m ? c(m.value, 0.9, 'url', m.span) : null;
    }
    case 'number':
    case 'rating':
    case 'slider': {
      // "had it redone in 2012" for a roof's age in years: the years since
      const since = yearsSince(utterance, field, ctx.referenceDate);
      if (since) return c(since.value, 0.85, 'years-since', since.span);
      const m = numberAnswer(utterance, field);
      // "within 3 months" for a whole number of years: about something else, not 0.25 years
      if (m && restatedFraction(field, m.value, m.span)) return null;
      return m && !deniesNumber(utterance, m) ? c(m.value, m.confidence, 'number', m.span) : null;
    }
    case 'date': {
      // an end date field takes the end of a range ("from the 9th until the 12th"), any other the start
      const end = SECONDARY_DATE.test(field.name.replace(/_/g, ' '));
      // a day read forward into the future is no birth date ("January 8th" said for an appointment)
      // "it expires 10/20/2029" is no start date: an expiry dates only a field about one
      const expiry = isExpiryField(field);
      // "Friday the 4th" for "When did it start?": the one behind us
      const said = findDateTimes(utterance, ctx.referenceDate, ctx.defaultRegion, ctx.lead).flatMap((d) => {
        if (!d.hasDate || !d.date) return [];
        const dated = { ...d, date: dateFor(field, { ...d, date: d.date }, ctx.referenceDate) };
        return isPlausibleDate(field, dated, ctx.referenceDate) &&
          (expiry || !saysExpiry(utterance, spanAt(utterance, d)))
          ? [dated]
          : [];
      });
      const ahead = aheadWhenForward(field, said, ctx.referenceDate);
      // "now" is the moment of speaking: a day said with it is the one meant ("now, or else Friday")
      const days = ahead.filter((d) => !d.deictic);
      // "in town the week of January 11, could we do Thursday the 14th?": the exact day is the one chosen
      const exact = days.filter((d) => !d.approximate);
      const all = exact.length ? exact : days.length ? days : ahead;
      const m = all.find((d) => Boolean(d.rangeEnd) === end) ?? all[0];
      // only "now": today, for the date asked; extractor 'deictic-date' tells it from a day said
      return m?.date ? c(m.date, 0.9, m.deictic ? 'deictic-date' : 'chrono', m.span) : null;
    }
    case 'time': {
      const m = findTime(utterance, ctx.referenceDate, ctx.defaultRegion, ctx.lead);
      if (m?.time) return c(m.time, m.guessedMeridiem ? 0.75 : 0.92, 'chrono', m.span);
      // "around 10", "morning if possible, around 10?": an hour said bare, to a time question, also beside a
      // day ("friday morning, dec 11th, around 7"), whose own words are no hour
      const days = findDateTimes(utterance, ctx.referenceDate, ctx.defaultRegion, ctx.lead).filter(
        (d) => d.hasDate,
      );
      const bare = hourBesideDays(utterance, days);
      return bare ? c(bare.time, bare.guessed ? 0.7 : 0.85, 'bare-hour', bare.span) : null;
    }
    case 'datetime': {
      const m = findDateTime(utterance, ctx.referenceDate, ctx.defaultRegion, ctx.lead);
      return m ? c(m.value, m.guessedMeridiem ? 0.75 : 0.9, 'chrono', m.span) : null;
    }
    case 'single_select': {
      const m = matchSingleOption(utterance, field);
      if (m) return c(m.option.value, m.confidence, m.extractor, m.span);
      // "normal settings please": the option the field declares as its default
      const usual = defaultOptionAnswer(utterance, field);
      return usual === null ? null : c(usual, 0.8, 'default-option', utterance.trim());
    }
    case 'multi_select': {
      const m = matchMultiOptions(utterance, field, ctx.referenceDate);
      // "windows and the balcony. actually no, scrap the balcony": an option last said taken away is not chosen
      const removed = removedOptions(utterance, field.options ?? []);
      const values = m?.values.filter((v) => !removed.has(v)) ?? [];
      return m && (values.length || !m.values.length) ? c(values, m.confidence, m.extractor, m.span) : null;
    }
    case 'boolean': {
      // "I'm 16" to "Are you 18 or over?": the age said decides, whatever yes or no comes with it
      const age = ageLimitAnswer(utterance, field, 0.9, true);
      if (age) return age;
      // "my wife does, I don't" to "Does anyone work from home?": one person who does is a yes
      const anyone = anyoneYesNo(utterance, field);
      if (anyone !== null) return c(anyone, 0.9, 'yes-no', utterance.trim());
      const yn = detectYesNo(utterance);
      if (yn !== null) return c(yn, 0.9, 'yes-no', yesNoSpan(utterance, detectYesNo, yn));
      // "I'm a US citizen", "I have a green card" to "Authorized to work in the US?"
      const status = workStatusYesNo(utterance, field);
      if (status !== null)
        return c(
          status,
          0.9,
          'yes-no',
          yesNoSpan(utterance, (t) => workStatusYesNo(t, field), status),
        );
      // "I rent" to "I own this property" hinted "yes if they own it, no if they rent": the side it names
      const side = sideYesNo(utterance, field);
      if (side !== null)
        return c(
          side,
          0.85,
          'yes-no',
          yesNoSpan(utterance, (t) => sideYesNo(t, field), side),
        );
      // "in person please" to "online, or in person?": one side of the choice the question offers
      const chosen = alternativeYesNo(utterance, field, ctx.agentUtterance);
      if (chosen !== null) return c(chosen, 0.85, 'yes-no', utterance.trim());
      // "three bedrooms. No animals.", "just the one, at a meetup": answered without a yes or no up front
      const implied = impliedYesNo(utterance);
      return implied === null ? null : c(implied, 0.85, 'yes-no', utterance.trim());
    }
    case 'color': {
      const m = findColor(utterance);
      return m ? c(m.value, m.confidence, 'color', m.span) : null;
    }
    case 'text': {
      // a postcode, a booking reference: only the words its pattern takes, wherever they are said
      if (holdsPattern(field)) {
        const m = patternAnswer(utterance, field);
        return m ? c(m.value, m.confidence, m.extractor, m.span) : null;
      }
      if (textKind(field) === 'amount' || textKind(field) === 'count') {
        const m = numberAnswer(utterance, field);
        if (m) return c(String(m.value), m.confidence, 'number', m.span);
      }
      // "Her insurance is USAA" to "Other driver's insurer": the value said after the label's noun
      const headed = HEAD_NOUN_KINDS.has(textKind(field)) ? headNounValue(utterance, field) : null;
      if (headed) return c(headed.value, 0.85, 'head-noun', headed.span);
      // "Unit 3/22 Beach Rd, Coogee 2034" asked the suburb: the place after the street
      const place = suburbOfAddress(utterance, field);
      if (place) return c(place.value, 0.85, 'suburb-of-address', place.span);
      // "the account number on my bill is 4402778193": a field that holds a code takes the one code said
      const code = holdsCode(field) ? codeToken(utterance) : null;
      if (code && code !== utterance.trim()) return c(code, 0.85, 'code-token', code);
      // a title said alone or quoted is kept whole ("Verifying Smart Contracts Without a PhD")
      const m = (isTitleField(field) ? wholeTitle(utterance) : null) ?? extractShortText(utterance, field);
      // "it's a house" to "Flat or unit number": a kind of thing said with "a" or "an" is no number or code
      if (m && holdsCode(field) && saidAsKind(utterance, m.value)) return null;
      // a route's place is never a number alone ("4", "2br"): that answers another question
      if (m && routeRole(field) && !isPlace(m.value)) return null;
      return m ? c(m.value, m.confidence, m.extractor, m.span) : null;
    }
    case 'textarea':
    case 'rich_text':
    case 'voice_only': {
      const m = extractLongText(utterance);
      return m ? c(m.value, m.confidence, 'long-text', m.span) : null;
    }
    case 'file_upload':
      return null;
  }
  return null;
}
