/** Shared types of the extractors. */

export interface ExtractContext {
  /** "today" for relative dates */
  referenceDate: Date;
  /** ISO 3166-1 alpha-2 region for phone numbers said without a country code */
  defaultRegion: string;
  /** further regions for a national phone number that is none of `defaultRegion` (from addresses given earlier) */
  regionHints?: string[];
  /** the agent's preceding utterance, if any */
  agentUtterance?: string;
  /**
   * the words said before this text in the same turn, when only part of a turn is read (the fix after "no
   * sorry, …"): a day said without its month is read in the month said there
   */
  lead?: string;
}

/** A value found for a field. */
export interface Candidate {
  field: string;
  /** canonical-ish value: string, number, boolean, string[] by field type (see `extractForField`) */
  value: unknown;
  /** 0..1; below 0.6 means "guessed", ≥ 0.9 an exact match */
  confidence: number;
  /** which rule found it, e.g. "email", "chrono", "fuzzy-option" */
  extractor: string;
  /** the words it came from */
  span?: string;
}
