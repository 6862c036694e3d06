import { deniesNumber } from './denied-number.js';
import { isQuestion } from '../acts.js';
import { quantityOption } from './quantity-option.js';
import { numberedOption } from './numbered-option.js';
import type { Field } from '../../../core/wizard/definition.js';
import type { Candidate, ExtractContext } from './types.js';
import { findEmail } from './email.js';
import { findPhone, isWrittenDate } from './phone.js';
import { relationsPhoneField } from './relation-contact.js';
import { findUrl } from './url.js';
import { findNumberMentions } from './numbers.js';
import { findDateTimes } from './dates.js';
import { booleanOptions, chosenHits, findVerbatimOptions, type VerbatimHit } from './options.js';
import { rangeMention } from './range-mention.js';
import { unitRangeOption } from './unit-range.js';
import { removedOptions } from './list-edits.js';
import { rateOption } from './rate-option.js';
import { cueValue, organizationRuns } from './names.js';
import { booleanMentions } from './boolean-topic.js';
import { topicWordAnswers } from './topic-word-answer.js';
import { isPersonNameField, textKind } from './text-kind.js';
import { givesName, looksLikeName } from './name-shape.js';
import { STOPWORDS, containsPhrase, escapeRegExp, normalize } from './normalize.js';
import { regionFor } from './for-field.js';
import { winsTie } from './field-ties.js';
import { SECONDARY, cueScore, pick, pickPrimary } from './pick.js';
import { dateFor, fieldDirection, pickDateField } from './date-fields.js';
import { hourBesideDays } from './bare-hour.js';
import { quantityCandidates } from './quantities.js';
import { thousandsCandidates } from './thousands.js';
import { unitNumberCandidates } from './unit-number.js';
import { cuedNumberCandidates } from './cued-number.js';
import { ageSaidCandidates } from './age-said.js';
import { yearsSinceCandidates } from './years-since.js';
import { ageLimitCandidates } from './age-limit.js';
import { listedNumberCandidates } from './listed-number.js';
import { countsPeople, groupedHeads, namesHeads, peopleCount } from './people-count.js';
import { countedField, isCountField } from './counted.js';
import { distinctiveOptionCandidates } from './distinctive.js';
import { routeCandidates } from './route.js';
import { addressPartCandidates } from './address-parts.js';
import { wholeAddressCandidates, wordsOnlyIn } from './whole-address.js';
import { addressUnitCandidates } from './address-unit.js';
import { exampleShapedToken, labelledNumbers } from './labelled-values.js';
import { quotedText } from './quoted-text.js';
import { kindNameCandidates } from './kind-name-field.js';
import { isYearShaped, yearBounds } from './year-answer.js';
import { settledMention } from './number-answer.js';
import { holdsYear } from '../../../core/wizard/field-types/year-number.js';
import { matchesPattern } from '../../../core/wizard/field-types/rules.js';
import { holdsPattern } from './pattern-span.js';
import { patternCandidates } from './pattern-candidates.js';
import { contentWords } from '../../../core/content-words.js';
import { referralCandidates } from './relation-option.js';
import { moneyCandidates } from './money-said.js';
import { holdsMoney } from './money-field.js';
import { isBareWeekday, weekdayField, weekdayFieldCandidates } from './weekday-field.js';

/**
 * Values an utterance gives without being asked, for any of a set of fields. Conservative: only forms that
 * identify their field (an email, a phone, a URL, a verbatim option, a number with its noun, "from X" for an
 * origin) are taken, and a value that fits several fields equally goes to none.
 */

const isNumericOptions = (f: Field) =>
  Boolean(f.options?.length) && f.options!.every((o) => /^\d+$/.test(o.value));
/** A number with its currency or magnitude only: "25k", "$3,000", "1.5 million", "40 grand". */
const AMOUNT_ONLY =
  /^[$£€¥]?\s?\d[\d,.]*\s?(?:k|m|mm|bn|grand|thousand|million|billion|dollars?|bucks|euros?|pounds?)?$/i;
const GENERIC_OPTION = /^(?:none|other|any|all|yes|no|true|false|n\/a|na|not sure|maybe|\d+)$/;

/**
 * Whether a short phrase is written in capitals as a word of its own, not after a number: "AC" in "the AC is
 * broken", never "pm" in "at 2 pm" or "PM" in "3 PM".
 */
function saidInCapitals(utterance: string, phrase: string): boolean {
  return new RegExp(`(?<![\\w.])(?<!\\d\\s*)${escapeRegExp(phrase.toUpperCase())}(?!\\w)`).test(utterance);
}

/**
 * Whether the words around a date said as digits without a year ("12/28") name the one date field they go to:
 * its own words ("start 12/28" for "Earliest start date") or an expiry's ("exp 08/31").
 */
function namedDateField(
  utterance: string,
  m: { index: number; span: string; date?: string },
  fields: Field[],
  ctx: ExtractContext,
): boolean {
  const p = m.date ? pickDateField(fields, utterance, { ...m, date: m.date }, ctx) : null;
  return !!p && (p.cue || cueScore(utterance, m.index, m.span.length, p.field, true) > 0);
}

/**
 * Where each question sentence of `text` lies ([start, end) pairs): "…?" back to the previous stop. A request
 * put as a question ("can we do Tuesday the 22nd instead?", `isQuestion` false) asks for its value: no range.
 */
export function questionRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/[^.?!]*\?/g)]
    .filter((m) => isQuestion(m[0]))
    .map((m) => [m.index, m.index + m[0].length]);
}

/** Whether the utterance names the field by its label or name as whole words ("budget", "start date"). */
function namesField(utterance: string, field: Field): boolean {
  const text = ` ${normalize(utterance).replace(/[^a-z0-9]+/g, ' ')} `;
  return [field.label, field.name.replace(/_/g, ' ')].some((phrase) => {
    const p = normalize(phrase)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    return p.length > 2 && text.includes(` ${p} `);
  });
}

/**
 * Candidates for any of `fields` that `utterance` fills unambiguously without being asked. At most one candidate
 * per field. Text fields are only filled from a cue + proper noun ("from Phoenix", "my name is Jane").
 */
export function extractAll(said: string, fields: Field[], ctx: ExtractContext): Candidate[] {
  // "23 ashby rd nottingham ng2 5hj": a postcode's words are its own, no number or name for another field
  const patterned = patternCandidates(said, fields, [], ctx.agentUtterance);
  const utterance = withoutWords(
    said,
    patterned.map((c) => c.span!),
  );
  const out: Candidate[] = [...patterned];
  const of = (type: Field['type']) => fields.filter((f) => f.type === type);

  const email = findEmail(utterance);
  if (email) {
    const p = pick(of('email'), utterance, utterance.indexOf(email.span), email.span.length);
    if (p)
      out.push({
        field: p.field.name,
        value: email.value,
        confidence: p.cue ? 0.85 : email.spoken ? 0.85 : 0.95,
        extractor: 'email',
        span: email.span,
      });
  }
  const phoneFields = of('phone');
  if (phoneFields.length) {
    const found = findPhone(utterance, regionFor(phoneFields[0]!, ctx), phoneFields[0], ctx.regionHints);
    // "12-12-2003": a date's digits, no phone
    const phone = found && !isWrittenDate(found.span) ? found : null;
    const at = phone ? utterance.indexOf(phone.span) : -1;
    // "my husband Declan Kelly, 086 765 4321": the husband's number, for the field beside his name's
    const theirs = phone?.valid ? relationsPhoneField(utterance, at, phoneFields, fields) : undefined;
    const p = theirs
      ? { field: theirs }
      : phone?.valid
        ? pick(phoneFields, utterance, at, phone.span.length)
        : null;
    if (phone && p)
      out.push({
        field: p.field.name,
        value: phone.value,
        confidence: 0.9,
        extractor: theirs ? 'relation-phone' : 'phone',
        span: phone.span,
      });
  }
  const url = findUrl(utterance);
  if (url) {
    const p = pick(of('url'), utterance, utterance.indexOf(url.span), url.span.length);
    if (p)
      out.push({ field: p.field.name, value: url.value, confidence: 0.9, extractor: 'url', span: url.span });
  }

  // dates and times: each mention goes to the only field of its type or to the cue winner
  const dateFields = of('date');
  const timeFields = of('time');
  const mentions = findDateTimes(utterance, ctx.referenceDate, ctx.defaultRegion, ctx.lead);
  // "do you have room around Christmas? I need Christmas Eve to the 27th": a day the person asks about is
  // no value when they state a day too
  const asked = questionRanges(utterance);
  const inQuestion = (m: { index: number }) => asked.some(([a, b]) => m.index >= a && m.index < b);
  const stated = mentions.some((m) => m.hasDate && !inQuestion(m));
  // "any day except sunday", "weekends mostly": days for the field whose options are weekdays, whose bare
  // weekday names ("sunday") are then no date
  const days = weekdayFieldCandidates(utterance, fields, mentions);
  out.push(...days);
  for (const m of mentions) {
    if (stated && m.hasDate && inQuestion(m)) continue;
    if (days.length && isBareWeekday(m)) continue;
    // unasked, a bare "now" ("three adults now", "now it's right") is no day or time
    if (m.deictic) continue;
    // unasked, neither digits without a year ("pain is like 5/10") nor a rough day ("changed this month",
    // "any morning next week") is a date for a field; digits said with the field's own words are ("I can start
    // 12/28" for the "Earliest start date", "exp 08/31" for an expiry)
    if (
      m.hasDate &&
      m.date &&
      !m.approximate &&
      (!m.bareNumeric || namedDateField(utterance, m, dateFields, ctx))
    ) {
      const cued = pickDateField(
        // unasked, a day behind us ("my card was approved yesterday") only dates what lies in the past
        m.pastRelative ? dateFields.filter((f) => fieldDirection(f) === 'past') : dateFields,
        utterance,
        { ...m, date: m.date },
        ctx,
      );
      // "until the 12th", "drop it off March 13th": the end date field (return, drop-off, check-out), unless
      // a field's own words name the cue ("drop off sept 3" where the start is the "Drop-off date")
      const ends = m.rangeEnd ? dateFields.filter((f) => SECONDARY.test(f.name.replace(/_/g, ' '))) : [];
      const p: ReturnType<typeof pickPrimary> = cued?.cue
        ? cued
        : ((ends.length ? pick(ends, utterance, m.index, m.span.length) : null) ?? cued);
      if (p && !out.some((c) => c.field === p.field.name))
        out.push({
          field: p.field.name,
          value: dateFor(p.field, { ...m, date: m.date }, ctx.referenceDate),
          confidence: p.weak ? 0.6 : p.cue ? 0.75 : 0.85,
          extractor: 'chrono',
          span: m.span,
        });
    }
    if (m.hasTime && m.time) {
      const p = pickPrimary(timeFields, utterance, m.index, m.span.length);
      if (p && !out.some((c) => c.field === p.field.name))
        out.push({
          field: p.field.name,
          value: m.time,
          confidence: (p.weak ? 0.6 : p.cue ? 0.75 : 0.85) - (m.guessedMeridiem ? 0.1 : 0),
          extractor: 'chrono',
          span: m.span,
        });
    }
    if (m.hasDate && m.hasTime) {
      const p = pick(of('datetime'), utterance, m.index, m.span.length);
      if (p && !out.some((c) => c.field === p.field.name))
        out.push({
          field: p.field.name,
          value: `${m.date}T${m.time}`,
          confidence: 0.8,
          extractor: 'chrono',
          span: m.span,
        });
    }
  }

  // "friday morning, dec 11th, around 7": an hour said bare beside a day, for the one time field
  const saidDays = mentions.filter((m) => m.hasDate && !m.deictic);
  const openTime = timeFields.length === 1 && !out.some((c) => c.field === timeFields[0]!.name);
  const beside =
    openTime && saidDays.length > 0 && !mentions.some((m) => m.hasTime)
      ? hourBesideDays(utterance, saidDays, false)
      : null;
  if (beside)
    out.push({
      field: timeFields[0]!.name,
      value: beside.time,
      confidence: beside.guessed ? 0.6 : 0.75,
      extractor: 'bare-hour',
      span: beside.span,
    });

  // "24 pounds", "around 18 months": a number with a unit, for the field measured in its dimension
  unitNumberCandidates(utterance, fields, out);
  // "the roof was redone in 2012": an age in years said by the year, for the field of the thing named
  yearsSinceCandidates(utterance, fields, ctx.referenceDate, out, ctx.agentUtterance);
  // "she's 3 and a half": an age said bare, for the field measured in years
  ageSaidCandidates(utterance, fields, out);
  // "I'm 22", "yes I'm well over 18": an age said, for the one yes/no field about an age limit
  ageLimitCandidates(utterance, fields, out);

  // "2 adults and 3 children", "a family of four": heads counted in groups add up, for the one field that
  // counts people, before any group's number is read with its noun
  const headFields = fields.filter((f) => countsPeople(f) && !out.some((c) => c.field === f.name));
  const grouped = headFields.length === 1 ? groupedHeads(utterance) : null;
  if (grouped)
    out.push({ field: headFields[0]!.name, ...grouped, confidence: 0.8, extractor: 'people-count' });

  // "6 yrs, want $21/hr": an amount of money or pay said as a rate, for the one open field that holds money
  moneyCandidates(utterance, fields, out);

  // numbers with their noun: "for 3 people", "2 bedrooms", "0 checked bags", "1 hotel room"; a money field
  // counts no noun ("18 an hour" is no count of hours)
  const countFields = fields.filter((f) => isCountField(f) && !(f.type === 'number' && holdsMoney(f)));
  for (const n of findNumberMentions(utterance)) {
    if (n.ordinal || !countFields.length) continue;
    const counted = countedField(utterance, n, countFields, true);
    // a count text field ("number of days") is filled by quantityCandidates
    if (!counted || counted.field.type === 'text') continue;
    const { field } = counted;
    if (out.some((c) => c.field === field.name)) continue;
    if (isNumericOptions(field)) {
      const option = field.options!.find((o) => Number(o.value) === n.value);
      if (option)
        out.push({
          field: field.name,
          value: option.value,
          confidence: 0.8,
          extractor: 'number-noun',
          span: counted.span,
        });
    } else
      out.push({
        field: field.name,
        value: n.value,
        confidence: 0.8,
        extractor: 'number-noun',
        span: counted.span,
      });
  }

  // "just me", "me and my wife", "1 person": a head count for the one field that counts people
  const peopleFields = fields.filter((f) => countsPeople(f) && !out.some((c) => c.field === f.name));
  const people = peopleFields.length === 1 ? (peopleCount(utterance) ?? headCount(utterance)) : null;
  if (people)
    out.push({ field: peopleFields[0]!.name, ...people, confidence: 0.75, extractor: 'people-count' });

  // a year said on its own ("anything from 2015?", "something from '15", "a 2012 Toyota Prius"): the only
  // field whose options are all years, or the only number field that holds a year, takes it
  const yearFields = fields.filter(
    (f) =>
      holdsYear(f) || (isNumericOptions(f) && f.options!.every((o) => /^(?:1[89]|20)\d\d$/.test(o.value))),
  );
  const yearField = yearFields.length === 1 ? yearFields[0]! : undefined;
  const yearMentions = yearField ? findNumberMentions(utterance) : [];
  // "the deeds say 1920-something. let's say 1925": the year settled on comes first
  const settled = settledMention(utterance, yearMentions);
  for (const n of settled ? [settled, ...yearMentions] : yearMentions) {
    if (n.ordinal || n.money || out.some((c) => c.field === yearField!.name)) continue;
    // "probably 1960s?": a decade, not a year
    if (/^['’]?s\b/i.test(utterance.slice(n.index + n.span.length))) continue;
    // "from '15": a two-digit year after an apostrophe is the option in the 1900s or 2000s that ends so
    const before = utterance.slice(Math.max(0, n.index - 1), n.index);
    const years = n.value < 100 && /['’‘]/.test(before) ? [2000 + n.value, 1900 + n.value] : [n.value];
    const option = yearField!.options?.find((o) => years.includes(Number(o.value)));
    const year = holdsYear(yearField!) && isYearShaped(n, yearBounds(yearField!)) ? n.value : undefined;
    const inDate = out.some((c) => c.extractor === 'chrono' && c.span?.includes(n.span));
    if ((option || year) && !inDate)
      out.push({
        field: yearField!.name,
        value: option?.value ?? year,
        confidence: 0.8,
        extractor: 'year-option',
        span: n.span,
      });
  }

  // select options said verbatim, in one field only
  const saidOptions = verbatimByField(utterance, fields);
  const optionHits = new Map<string, Array<{ field: Field; value: string; phrase: string; start: number }>>();
  for (const field of fields) {
    if ((field.type !== 'single_select' && field.type !== 'multi_select') || !field.options?.length) continue;
    if (booleanOptions(field.options) || isNumericOptions(field)) continue;
    // days are read by weekdayFieldCandidates, which knows the days of a date from the days chosen
    if (field === weekdayField(fields)) continue;
    // "bit over 2 years" for "1–3 years": a number with the unit of range options, before an option word
    // said with it ("years" of "More than 3 years")
    const unit = field.type === 'single_select' ? unitRangeOption(utterance, field.options) : null;
    if (unit) {
      out.push({
        field: field.name,
        value: unit.option.value,
        confidence: Math.min(0.8, unit.confidence),
        extractor: 'unit-range-option',
        span: unit.span,
      });
      continue;
    }
    const said = saidOptions.get(field) ?? [];
    const hits = chosenHits(utterance, said);
    // "I don't want to do a workshop, make it a 30 min talk": the option refused names the field, and the
    // quantity of another of its options chooses
    if (field.type === 'single_select' && said.length > 0 && hits.length === 0) {
      const other = quantityOption(
        utterance,
        field.options.filter((o) => !said.some((h) => h.option === o)),
      );
      if (other)
        out.push({
          field: field.name,
          value: other.option.value,
          confidence: 0.85,
          extractor: 'quantity-option',
          span: other.span,
        });
      continue;
    }
    // "scrap the balcony": an option last said taken away is not chosen
    const removed =
      field.type === 'multi_select' ? removedOptions(utterance, field.options) : new Set<string>();
    const listed = hits.filter((h) => !removed.has(h.option.value));
    if (field.type === 'multi_select' && hits.length) {
      if (!listed.length) continue;
      out.push({
        field: field.name,
        value: listed.map((h) => h.option.value),
        confidence: 0.85,
        extractor: 'verbatim-option',
        span: listed.map((h) => h.phrase).join(', '),
      });
      continue;
    }
    // "once a fortnight": a rate chooses the option of its period; an option word inside it ("once") does not
    const rate = field.type === 'single_select' ? rateOption(utterance, field.options) : null;
    if (rate && hits.every((h) => h.option === rate.option || (h.start >= rate.start && h.end <= rate.end))) {
      optionHits.set(rate.span, [
        ...(optionHits.get(rate.span) ?? []),
        { field, value: rate.option.value, phrase: rate.span, start: rate.start },
      ]);
      continue;
    }
    if (hits.length === 1) {
      const key = hits[0]!.phrase;
      optionHits.set(key, [
        ...(optionHits.get(key) ?? []),
        { field, value: hits[0]!.option.value, phrase: key, start: hits[0]!.start },
      ]);
    }
    // an amount fills a range option when it is money or the field is named ("our budget is around thirty thousand")
    const amount = rangeMention(utterance, field.options, namesField(utterance, field));
    if (amount && !hits.length)
      out.push({
        field: field.name,
        value: amount.option.value,
        confidence: Math.min(0.8, amount.confidence),
        extractor: 'range-option',
        span: amount.span,
      });
    // "he's in ninth grade" for "Grade 9": a numbered option said with its noun
    const numbered = hits.length || amount ? null : numberedOption(utterance, field.options, true);
    if (numbered && field.type === 'single_select')
      out.push({
        field: field.name,
        value: numbered.option.value,
        confidence: 0.8,
        extractor: 'numbered-option',
        span: numbered.span,
      });
  }
  for (const hits of optionHits.values()) {
    const p = pick(
      hits.map((h) => h.field),
      normalize(utterance),
      hits[0]!.start,
      hits[0]!.phrase.length,
    );
    const hit = p && hits.find((h) => h.field === p.field);
    if (hit && !out.some((c) => c.field === hit.field.name))
      out.push({
        field: hit.field.name,
        value: hit.value,
        confidence: p.cue ? 0.75 : 0.88,
        extractor: 'verbatim-option',
        span: hit.phrase,
      });
  }

  distinctiveOptionCandidates(utterance, fields, out);
  // "my sister recommended you", "heard from a mate": a referral by a relation, for the option of its kind
  out.push(...referralCandidates(utterance, fields, out));

  quantityCandidates(utterance, fields, out);

  thousandsCandidates(utterance, fields, out);

  // "Rachel Stein, 38, rachel@x.com": a bare number among listed details, for the one number field it fits
  listedNumberCandidates(utterance, fields, out);

  booleanMentions(
    utterance,
    fields.filter((f) => !out.some((c) => c.field === f.name)),
    out,
  );
  // "sure, photos are fine", "yes to a battery": one word of a yes/no topic, the field's alone, with a yes or no
  topicWordAnswers(utterance, fields, out);

  // "from Austin, TX to Denver, CO": both places of a route pair
  out.push(...routeCandidates(utterance, fields, false));
  // "48 Lakeshore Rd E, Oakville, Ontario": the street and the town, for a form that asks them apart
  out.push(...addressPartCandidates(utterance, fields, out));
  // "3 Wellington St, Launceston": the whole address, for a form that asks it in one field; the words of its
  // place name no option ("Unit 5, 88 Albany Highway, Victoria Park" says no state Victoria)
  for (const address of wholeAddressCandidates(utterance, fields, out)) {
    const inside = out.filter((c) => wordsOnlyIn(c, address.span!, utterance, fields));
    out.splice(0, out.length, ...out.filter((c) => !inside.includes(c)), address);
  }
  // "Unit 5, 88 Victoria Street", "3/17 Dominion Road": the unit, for a form that asks it beside the street
  out.push(...addressUnitCandidates(utterance, fields, out));

  // "temperature 0.2", "use gpt-4o-mini": a number after its field's label, a token shaped like a field's examples;
  out.push(...labelledNumbers(utterance, fields, out));
  // "odometer is showing 61,250": a number after a noun of its field
  cuedNumberCandidates(utterance, fields, out);
  out.push(...exampleShapedToken(utterance, fields, out));
  // 'greet people with "Hi!"': quoted words for the text field named just before them
  out.push(...quotedText(utterance, fields, out));

  // "Price Cloud Ltd": option words said only inside an organisation's name choose nothing
  const outsideNames = withoutWords(utterance, organizationRuns(utterance));
  for (let i = out.length - 1; i >= 0; i--)
    if (onlyInNames(out[i]!, utterance, outsideNames)) out.splice(i, 1);

  // text fields: a kind cue followed by a capitalised name; a name claimed by two fields goes to neither
  const texts: Candidate[] = [];
  for (const field of of('text')) {
    if (out.some((c) => c.field === field.name) || holdsPattern(field)) continue;
    if (['generic', 'address', 'amount', 'count'].includes(textKind(field))) continue;
    const m = cueValue(utterance, field, true);
    if (!m || /^[\d\s:.,#]+(?:[ap]\.?m\.?)?$/i.test(m.value) || /^\d+(?:st|nd|rd|th)$/i.test(m.value))
      continue;
    // an amount ("to 25k", "about $3,000") is no name of anything
    if (AMOUNT_ONLY.test(m.value)) continue;
    // a person's name reads as one: not "DU4417823" nor "TypeScript's" (type system)
    if (isPersonNameField(field) && !looksLikeName(m.value) && !givesName(utterance)) continue;
    if (out.some((c) => typeof c.span === 'string' && saysWithin(utterance, m, c.span))) continue;
    // "to Raleigh NC on Oct 3rd" is no name when Raleigh NC ends the route
    if (out.some((c) => c.extractor === 'route' && normalize(m.value).includes(normalize(String(c.value)))))
      continue;
    texts.push({
      field: field.name,
      value: m.value,
      confidence: m.confidence >= 0.85 ? m.confidence - 0.05 : 0.65,
      extractor: m.extractor,
      span: m.span,
    });
  }
  for (const t of texts) {
    const rivals = texts.filter((o) => o !== t && o.value === t.value);
    const tied = rivals.filter((r) => r.confidence === t.confidence);
    if (rivals.every((r) => r.confidence <= t.confidence) && (!tied.length || winsTie(t, tied, fields)))
      out.push(t);
  }
  // "our beagle Rosie": a name said after its kind word, for the name field of that thing (and the kind)
  const before = [...out];
  for (const k of kindNameCandidates(utterance, fields)) {
    const taken = (c: Candidate) =>
      c.field === k.field ||
      (typeof c.span === 'string' && ` ${normalize(c.span)} `.includes(` ${normalize(String(k.value))} `));
    if (!before.some(taken) && !out.some((c) => c.field === k.field)) out.push(k);
  }
  // a pattern field takes only what its pattern accepts (not a code-like token of another shape)
  return out.filter((c) => !deniesNumber(utterance, c) && !missesPattern(c, fields));
}

/**
 * The options of each select field said verbatim in `utterance` (see `findVerbatimOptions`), without generic
 * or short phrases said in lower case, nor phrases that are only words of another field's label ("the venue"
 * of "Venue recommendation" when "Venue and town" is asked too: "the venue won't allow it"). An example in a
 * label's brackets that another field's option is named by is that option's: "couple portraits" of
 * "Essentials (ceremony, family groups, couple portraits)" when "Couple portraits" is a photo style.
 */
function verbatimByField(utterance: string, fields: Field[]): Map<Field, VerbatimHit[]> {
  const out = new Map<Field, VerbatimHit[]>();
  const labels = fields.map((f) => ({ field: f, words: new Set(contentWords(f.label)) }));
  for (const field of fields) {
    if (!field.options?.length) continue;
    const namesOther = (p: string) => {
      const words = contentWords(p);
      return labels.some((l) => l.field !== field && words.length > 0 && words.every((w) => l.words.has(w)));
    };
    out.set(
      field,
      findVerbatimOptions(
        utterance,
        field.options,
        (p) =>
          GENERIC_OPTION.test(p) ||
          STOPWORDS.has(p) ||
          (p.length < 3 && !saidInCapitals(utterance, p)) ||
          namesOther(p),
      ),
    );
  }
  const named = [...out].flatMap(([field, hits]) => hits.filter((h) => !h.aside).map((h) => ({ field, h })));
  for (const [field, hits] of out)
    out.set(
      field,
      hits.filter(
        (h) => !h.aside || !named.some((n) => n.field !== field && n.h.start < h.end && h.start < n.h.end),
      ),
    );
  return out;
}

/**
 * Whether an option candidate's words occur in `utterance` but none of them in `outsideNames` (the
 * utterance with organisations' names blanked out): "cloud" of "I run Price Cloud Ltd" is no track.
 */
function onlyInNames(c: Candidate, utterance: string, outsideNames: string): boolean {
  if (c.extractor !== 'verbatim-option' || !c.span || outsideNames === utterance) return false;
  return !c.span.split(', ').some((phrase) => containsPhrase(outsideNames, phrase));
}

/**
 * Whether the words of a text value `m` are those of another value's `span`: the value's place in
 * `utterance` (where its lead-in span is) lies inside the span's, or, when either is not found as said,
 * the span's words hold the value's. "at Freshworks … ananya.k@freshworks.com": the name after "at" is
 * said apart from the email that holds the same word.
 */
function saysWithin(utterance: string, m: { value: string; span: string }, span: string): boolean {
  const text = utterance.toLowerCase();
  const at = text.indexOf(m.span.toLowerCase());
  const from = at < 0 ? -1 : at + m.span.toLowerCase().lastIndexOf(m.value.toLowerCase());
  const other = text.indexOf(span.toLowerCase());
  if (at < 0 || from < at || other < 0) return normalize(span).includes(normalize(m.value));
  return from < other + span.length && other < from + m.value.length;
}

/** `text` with each of `spans` (its first occurrence) blanked out by spaces: the offsets of the rest stay. */
function withoutWords(text: string, spans: string[]): string {
  let out = text;
  for (const span of spans) {
    const at = out.indexOf(span);
    if (at >= 0) out = out.slice(0, at) + ' '.repeat(span.length) + out.slice(at + span.length);
  }
  return out;
}

/** Whether `c` is a value for a pattern field (`holdsPattern`) that its pattern refuses. */
function missesPattern(c: Candidate, fields: Field[]): boolean {
  const field = fields.find((f) => f.name === c.field);
  return !!field && holdsPattern(field) && !matchesPattern(String(c.value), field.validation!.pattern!);
}

/** A number followed by a head noun ("1 person", "two people"): { value, span } of the first, or null. */
function headCount(utterance: string): { value: number; span: string } | null {
  for (const n of findNumberMentions(utterance)) {
    if (n.ordinal || n.money) continue;
    const tail = utterance.slice(n.index + n.span.length);
    const noun = /^\s+(\S+(?:\s+us)?)/.exec(tail);
    if (noun && namesHeads(tail)) return { value: n.value, span: `${n.span} ${noun[1]}` };
  }
  return null;
}
