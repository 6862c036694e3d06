/**
 * Verbs that take a thing off a request ("scratch the catering", "drop the balcony", "forget about the
 * website", "get rid of the avatar"): said of a yes/no field they answer no, said of any other field they
 * remove its value. A small closed list of English phrasal verbs; the regex source matches one of them.
 */
export const REMOVAL_VERB = String.raw`(?:scratch|scrap|drop|cancel|ditch|nix|skip|remove|delete|forget(?:\s+about)?|leave\s+out|leave\s+off|take\s+out|take\s+off|get\s+rid\s+of|cross\s+off|strike\s+out)`;
