/**
 * A named field's value followed by a remark of its own after a comma, semicolon or dash: "the web address
 * should be ledger-bot, plain ledger is probably taken", "the nickname is Bee - everyone calls her that".
 * When the whole does not read as the field's value, the words before the remark are the value. Pure.
 */

/** A break that opens a remark: a comma, semicolon or spaced dash, then at least two words. */
const REMARK = /\s*(?:[,;]|\s[-–—])\s+(?=\S+\s+\S)/;

/**
 * The words of `value` before the first remark (see the file comment), or null when no remark follows:
 * "ledger-bot, plain ledger is probably taken" → "ledger-bot"; "ledger-bot" → null; "Bee, Jo" → null.
 */
export function valueBeforeRemark(value: string): string | null {
  const m = REMARK.exec(value);
  if (!m || m.index === 0) return null;
  return value.slice(0, m.index).trim() || null;
}
