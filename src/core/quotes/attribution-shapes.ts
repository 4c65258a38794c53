import type { Mention } from '../entities/mention';
import { isOfficeWord, isTitleWord, withoutOfficeWords } from '../entities/titles';
import speechParticiples from '../lexicon/speech-participles.json';
import speechVerbs from '../lexicon/speech-verbs.json';
import type { Span } from '../text/span';
import type { MentionIndex } from './mention-index';
import type { Attribution } from './model';
import { NAME_PARTICLES } from './spelling';

/** Verbs that introduce or close reported speech in news copy. */
const FINITE_SPEECH_VERB = `(?:${speechVerbs.words.join('|')})`;
/** Participles (`…, saying "…"`) report speech whose subject is the sentence's earlier speaker. */
const SPEECH_VERB = `(?:${FINITE_SPEECH_VERB}|${speechParticiples.words.join('|')})`;

/** After the closing mark: `," said Peskov` / `," KCNA said` / `," Russia's ambassador …, Anatoly Antonov, said`. */
const VERB_THEN_NAME = new RegExp(
  String.raw`^[,.!?]?\s*${FINITE_SPEECH_VERB}\s+([^.!?"\u201C\u201D]{1,80}?)(?=[,.;:!?]|\s+(?:in|on|at|to|during|after|before|when|while|as)\b|$)`,
  'u',
);
const NAME_THEN_VERB = new RegExp(String.raw`^[,.!?]?\s*([^.!?"\u201C\u201D]{1,120}?)\s+${FINITE_SPEECH_VERB}\b`, 'u');
const SPEECH_VERBS_IN = new RegExp(String.raw`\b${SPEECH_VERB}\b`, 'gu');
const ACCORDING_TO = /\baccording to\s+([^.!?"\u201C\u201D;]{1,80})/u;
const PRONOUN = /^(?:he|she)$/i;

/** The sentence around a quote: what stands between the previous sentence's end and the quote, and after it to the next. */
export interface SentenceParts {
  readonly before: string;
  readonly beforeStart: number;
  readonly after: string;
  readonly afterStart: number;
}

/**
 * The sentence around `quote` inside `paragraph`, read outwards from the
 * quote only as far as the sentence reaches, so a long paragraph with many
 * quotes is not read again for each.
 */
export function sentenceParts(text: string, quote: Span, paragraph: Span): SentenceParts {
  let beforeStart = paragraph.start;
  for (let i = quote.start - 2; i >= paragraph.start; i--) {
    if (text[i + 1] === ' ' && (text[i] === '.' || text[i] === '?' || text[i] === '!')) {
      beforeStart = i + 2;
      break;
    }
  }
  let afterEnd = paragraph.end;
  for (let i = quote.end; i < paragraph.end; i++) {
    const char = text[i]!;
    const next = i + 1 < paragraph.end ? text[i + 1]! : undefined;
    const endsSentence = (char === '.' || char === '!' || char === '?') && (next === undefined || /\s/u.test(next));
    const opensQuote = /\s/u.test(char) && (next === '\u201C' || next === '"');
    if (endsSentence || opensQuote) {
      afterEnd = i + 1;
      break;
    }
  }
  return { before: text.slice(beforeStart, quote.start), beforeStart, after: text.slice(quote.end, afterEnd), afterStart: quote.end };
}

/**
 * The last name mentioned inside `[start, end)`, preferring people: in
 * `Russia's ambassador to the United States, Anatoly Antonov` the speaker is
 * Antonov. A place speaks only as the whole subject (`said Moscow`), never
 * from inside a phrase (`the manager of the Inverlocht Hotel`).
 */
function speakerWithin(text: string, mentions: MentionIndex, start: number, end: number): Mention | undefined {
  const inside = mentions.within(start, end);
  const people = inside.filter((mention) => mention.type === 'person');
  if (people.length > 0) return people.at(-1);
  const subject = text
    .slice(start, end)
    .trim()
    .replace(/^the\s+/iu, '');
  return inside.filter((mention) => mention.type !== 'place' || mention.text === subject).at(-1);
}

const NAME_TOKEN = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;

/**
 * The name that ends at `end` (just before a speech verb): the mention
 * ending there, or else the run of capitalised words ending there, less the
 * titles and office words before the name itself.
 */
function nameEndingAt(text: string, end: number, floor: number, mentions: MentionIndex, sentenceStart = false): Mention | undefined {
  let stop = end;
  while (stop > floor && /[\s,]/.test(text[stop - 1]!)) stop--;
  const exact = exactSubject(text, stop, floor, mentions);
  if (exact) return withoutOfficeWords(exact);
  const words = [...text.slice(floor, stop).matchAll(/\S+/gu)];
  let first = words.length;
  const joinsName = (word: string, isLast: boolean): boolean =>
    (NAME_TOKEN.test(word) || (!isLast && NAME_PARTICLES.has(word))) && !/[,;:]$/.test(word);
  while (first > 0 && joinsName(words[first - 1]![0], first === words.length)) first--;
  const run = words.slice(first);
  let name = run.length;
  while (name > 0 && !isTitleWord(run[name - 1]![0]) && !isOfficeWord(run[name - 1]![0])) name--;
  const kept = (name < run.length ? run.slice(name) : run).filter((word, index) => index > 0 || !/^(?:The|A|An)$/.test(word[0]));
  if (kept.length === 0 || !/^\p{Lu}/u.test(kept[0]![0])) return undefined;
  // A lone capitalised word opening the sentence (`Residents described …`) is only a capital letter,
  // unless the article names someone by it (`Henriksen said …` after `Lars Henriksen`) or it is an acronym.
  const lone = kept.length === 1 ? kept[0]![0] : undefined;
  if (
    lone &&
    sentenceStart &&
    text.slice(floor, floor + kept[0]!.index).trim() === '' &&
    lone !== lone.toUpperCase() &&
    !mentions.endsAName(lone)
  )
    return undefined;
  const start = floor + kept[0]!.index;
  // The run is only a place the tagger found, after other words of the subject: where the speaker is.
  const onlyPlace = mentions.endingAt(stop).some((mention) => mention.type === 'place' && mention.start === start);
  if (onlyPlace && text.slice(floor, start).trim() !== '') return undefined;
  return { start, end: stop, text: text.slice(start, stop), type: 'other' };
}

/**
 * The mention ending the subject at `stop`. `a hotel manager in Inverlocht
 * said`: a place ending the subject is where the speaker is, not who; the
 * capitalised words before the verb are read instead (`Van den Berg`, where
 * the tagger saw a place in `Berg`).
 */
function exactSubject(text: string, stop: number, floor: number, mentions: MentionIndex): Mention | undefined {
  return mentions.endingAt(stop).find(
    (mention) =>
      mention.start >= floor &&
      (mention.type !== 'place' ||
        text
          .slice(floor, stop)
          .trim()
          .replace(/^the\s+/iu, '') === mention.text),
  );
}

/** Relative clauses (`, whose country holds the presidency,`) stand between a subject and its verb; they name no speaker. */
function withoutRelativeClauses(phrase: string): string {
  return phrase.replace(/,\s*(?:who|whose|which|whom)\b[^,]*,/gu, (clause) => ' '.repeat(clause.length));
}

export interface Found {
  readonly mention?: Mention;
  readonly pronoun?: Span;
  readonly attribution: Attribution;
  /** The copy says someone spoke but names nobody (`a hotel manager said`): no speaker, and not the last one's. */
  readonly unnamed?: true;
}

/** `"…," said Peskov`, `"…," KCNA said`, `"…," she said`. */
export function after(text: string, parts: SentenceParts, mentions: MentionIndex): Found | undefined {
  const verbFirst = VERB_THEN_NAME.exec(parts.after);
  if (verbFirst) {
    const start = parts.afterStart + verbFirst[0].length - verbFirst[1]!.length;
    const mention =
      speakerWithin(text, mentions, start, start + verbFirst[1]!.length) ??
      nameEndingAt(text, start + verbFirst[1]!.length, start, mentions);
    if (mention) return { mention, attribution: 'after' };
  }
  const nameFirst = NAME_THEN_VERB.exec(withoutRelativeClauses(parts.after));
  if (nameFirst) {
    const phrase = nameFirst[1]!;
    const start = parts.afterStart + nameFirst[0].indexOf(phrase);
    if (PRONOUN.test(phrase.trim())) {
      const lead = phrase.length - phrase.trimStart().length;
      return { pronoun: { start: start + lead, end: start + lead + phrase.trim().length }, attribution: 'pronoun' };
    }
    const mention =
      nameEndingAt(text, start + phrase.length, start, mentions) ?? speakerWithin(text, mentions, start, start + phrase.length);
    if (mention) return { mention, attribution: 'after' };
    if (/^\s*(?:a|an|one|another|the)\s/iu.test(phrase)) return { attribution: 'after', unnamed: true };
  }
  return undefined;
}

/** `Dahl said: "…"`, `She said: "…"`, `… and added that the association "…"`. */
export function before(text: string, parts: SentenceParts, mentions: MentionIndex): Found | undefined {
  const phrase = withoutRelativeClauses(parts.before);
  const verbs = [...phrase.matchAll(SPEECH_VERBS_IN)];
  const verb = verbs.at(-1);
  if (!verb) return undefined;
  // `… said it had restored power but warned that …`, `… and added that …`, `…, saying …`: the verb shares
  // the subject of the sentence's first speech verb, or else of the sentence's earlier quote.
  if (/\b(?:and|but)\s*$/.test(phrase.slice(0, verb.index)) || verb[0].endsWith('ing')) {
    const earlierQuote = /["\u201C\u201D]/u.test(phrase.slice(0, verb.index));
    return (
      (verbs.length > 1 && !earlierQuote ? subjectOf(text, parts, phrase, verbs[0]!, mentions) : undefined) ?? { attribution: 'continuing' }
    );
  }
  return subjectOf(text, parts, phrase, verb, mentions);
}

/**
 * Who a speech verb before the quote belongs to: the name just before it
 * (words blanked as relative clauses skipped), a pronoun (`She said: "…"`,
 * `what she called "…"`), or the name a `who` stands for (`Mayor José
 * Carlos da Silva, who has called the drought "…"`).
 */
function subjectOf(text: string, parts: SentenceParts, phrase: string, verb: RegExpMatchArray, mentions: MentionIndex): Found | undefined {
  const verbAt = parts.beforeStart + verb.index!;
  let subject = phrase.slice(0, verb.index).trimEnd();
  const pronoun = /\b(?:he|she)$/iu.exec(subject);
  if (pronoun)
    return { pronoun: { start: parts.beforeStart + pronoun.index, end: parts.beforeStart + subject.length }, attribution: 'pronoun' };
  const who = /,\s*who(?:\s+(?:has|had|have|is|was|once))?$/u.exec(subject);
  if (who) subject = subject.slice(0, who.index);
  const mention = nameEndingAt(text, parts.beforeStart + subject.length, parts.beforeStart, mentions, true);
  return mention && mention.end <= verbAt ? { mention, attribution: 'before' } : undefined;
}

/** `…, according to its director, Marit Lund`: the name may stand in apposition. */
export function accordingTo(text: string, parts: SentenceParts, mentions: MentionIndex): Found | undefined {
  for (const [segment, offset] of [
    [parts.after, parts.afterStart],
    [parts.before, parts.beforeStart],
  ] as const) {
    const match = ACCORDING_TO.exec(segment);
    if (!match) continue;
    const phrase = match[1]!.replace(/[,\s]+$/, '');
    const start = offset + match.index + match[0].length - match[1]!.length;
    const mention =
      speakerWithin(text, mentions, start, start + phrase.length) ?? nameEndingAt(text, start + phrase.length, start, mentions);
    if (mention) return { mention, attribution: 'according-to' };
  }
  return undefined;
}
