import speechParticiples from '../lexicon/speech-participles.json';
import speechVerbs from '../lexicon/speech-verbs.json';
import { wordSet } from '../lexicon/word-list';

const FINITE = wordSet(speechVerbs);
const PARTICIPLES = wordSet(speechParticiples);
/** `said`, `told`, `added`: a verb that introduces or closes reported speech. */
export function isSpeechVerb(word: string): boolean {
  return FINITE.has(word);
}

/** `saying`, `adding`: a participle whose subject is the sentence's earlier speaker. */
export function isSpeechParticiple(word: string): boolean {
  return PARTICIPLES.has(word);
}

export interface VerbAt {
  readonly index: number;
  readonly word: string;
}

/**
 * The speech verbs and participles of `text` in order, each with its place:
 * its words in lower-case letters looked up one by one in the lists, not
 * the `called` inside `so-called` (a regular expression of a hundred
 * alternatives costs more, and runs for every quote).
 */
export function speechVerbsIn(text: string, finiteOnly = false): VerbAt[] {
  const verbs: VerbAt[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code >= 97 && code <= 122) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0 && !joinsWord(code) && !joinsWord(from > 0 ? text.charCodeAt(from - 1) : 32)) {
      const word = text.slice(from, i);
      if (FINITE.has(word) || (!finiteOnly && PARTICIPLES.has(word))) verbs.push({ index: from, word });
    }
    from = -1;
  }
  return verbs;
}

/** A letter, a digit or a hyphen: what a word runs on into. */
function joinsWord(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code > 127;
}
