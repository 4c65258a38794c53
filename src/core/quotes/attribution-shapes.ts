import type { Span } from '../text/span';
import type { ArticleText } from './article-text';
import type { MentionIndex } from './mention-index';
import type { Attribution } from './model';
import { isSpace } from './spaces';
import { isSpeechParticiple, isSpeechVerb, speechVerbsIn } from './speech-verbs';
import {
  nameStartingAt,
  partsOf,
  readPart,
  speakerOfParts,
  subjectBefore,
  subjectOfSentence,
  type Part,
  type SpeakerWords,
} from './speaker-words';

/** A speech verb right after the closing mark: `," said Peskov`. */
const VERB_FIRST = /^[,.!?]?\s*(\p{Ll}+)\s+/u;

/** The verb-first attribution's verb, with what it takes up of `tail`. */
function verbFirst(tail: string): RegExpExecArray | null {
  const match = VERB_FIRST.exec(tail);
  return match && isSpeechVerb(match[1]!) ? match : null;
}

/** How far back from a verb the words that tie it to a subject are looked for: end-anchored patterns read no more. */
const TAIL = 80;
const SHARED_SUBJECT =
  /\b(?:and|but)(?:\s+(?:also|later|then|again|once|further|finally|often|even|has|had|have|several|many|times|repeatedly|subsequently|earlier))*\s*$/u;
const ACCORDING_TO = /\baccording to\s+/iu;
const CREDIT_DASH = /^\s*[-\u2013\u2014]\s*/u;
/** What may follow `said Smith` or `Smith said` and still be the attribution's own sentence. */
const ATTRIBUTION_TAIL =
  /^[\s,]*(?:$|[.;:!?]|(?:to|in|on|at|during|after|before|when|while|as|from|of|told|reporters|last|this|on|yesterday|today|earlier|later|via|through|adding|saying)\b)/u;

export interface Found {
  /** The words that say who spoke; absent when the verb shares the subject of the sentence's earlier quote. */
  readonly words?: SpeakerWords;
  readonly attribution: Attribution;
}

/** Where a quote's own sentence lies in its paragraph. */
export interface QuoteSentence {
  /** The quote's first and last parts, each with the prose of its paragraph. */
  readonly opening: Span;
  readonly openingParagraph: Span;
  readonly closing: Span;
  readonly closingParagraph: Span;
  /** Whether the words inside the marks end with a full stop, `?` or `!`: the sentence may end with the quote. */
  readonly endsWithStop: boolean;
}

/** The span `[start, end)` reaches, up to an opening quotation mark after a space: another quote's sentence. */
function upToNextQuote(t: ArticleText, start: number, end: number): number {
  for (let i = start; i < end - 1; i++) {
    const next = t.char(i + 1);
    if ((next === '"' || next === '\u201C') && isSpace(t.char(i).charCodeAt(0))) return i + 1;
  }
  return end;
}

function found(words: SpeakerWords | undefined, attribution: Attribution): Found | undefined {
  if (!words) return undefined;
  return { words, attribution: words.kind === 'pronoun' ? 'pronoun' : attribution };
}

/** The parts of `[start, end)` up to the first that names or describes no one. */
function leadingParts(t: ArticleText, mentions: MentionIndex, start: number, end: number): Part[] {
  const parts: Part[] = [];
  for (const span of partsOf(t, start, end)) {
    const part = readPart(t, mentions, span);
    if (part.kind === 'other') break;
    parts.push(part);
    if (part.kind === 'pronoun') break;
  }
  return parts;
}

/**
 * After the closing mark: `," said Smith, the head of the union.`, `," said
 * chief investment officer at Solaris, Tim Ghriskey.`, `," Mr. Hart said.`,
 * `," she told reporters.`, `" — Matthew Ingram`.
 */
export function after(t: ArticleText, mentions: MentionIndex, sentence: QuoteSentence): Found | undefined {
  const start = sentence.closing.end;
  const sentenceEnd = t.sentenceEnd(start, sentence.closingParagraph);
  const end = upToNextQuote(t, start, sentenceEnd);
  const tail = t.slice(start, end);
  // `"pelmeni" dumplings …, Kim toasted`: words running on from the quote are the sentence's, not an attribution.
  const punctuated =
    sentence.closing.start === sentence.closing.end ||
    /[,.!?]['\u2019]?["\u201D]?$/u.test(t.slice(sentence.closing.start, sentence.closing.end)) ||
    /^[,.!?]/u.test(tail);
  const first = punctuated ? verbFirst(tail) : null;
  if (first) {
    const words = speakerOfParts(t, leadingParts(t, mentions, start + first[0].length, end));
    if (words) return found(words, 'after');
  }
  // The first speech verb after the words of a subject: `," KCNA said`, `," she told reporters`.
  const verb = punctuated
    ? speechVerbsIn(tail, true).find((candidate) => candidate.index > 0 && /\s/u.test(tail[candidate.index - 1]!))
    : undefined;
  if (verb && verb.index <= 160 && /^[,.!?]?\s/u.test(tail)) {
    const verbAt = start + verb.index;
    const rest = t.slice(verbAt + verb.word.length, end);
    // After a quote that ends its own sentence, the next one attributes it only when it says no more than who spoke.
    if (!sentence.endsWithStop || (ATTRIBUTION_TAIL.test(rest) && end === sentenceEnd)) {
      const words = subjectBefore(t, mentions, start, verbAt, true);
      if (words) return found(words, 'after');
    }
  }
  const dash = CREDIT_DASH.exec(tail);
  if (dash) {
    const name = nameStartingAt(t, mentions, start + dash[0].length, end);
    if (name) return found({ start: name.start, end: name.end, kind: 'named', name }, 'after');
  }
  return undefined;
}

/**
 * Before the opening mark, in the same sentence: `Dahl said: "…"`, `She
 * said: "…"`, `Henriksen said the boats would stay "…"`, `Mayor José Carlos
 * da Silva, who has called the drought "…"`. A verb after `and` or `but`,
 * or a participle (`…, saying "…"`), shares the subject of the sentence's
 * first speech verb, or else of the sentence's earlier quote.
 */
export function before(t: ArticleText, mentions: MentionIndex, sentence: QuoteSentence): Found | undefined {
  const floor = t.sentenceStart(sentence.opening.start, sentence.openingParagraph);
  const phrase = t.slice(floor, sentence.opening.start);
  const verbs = speechVerbsIn(phrase);
  const verb = verbs.at(-1);
  if (!verb) return undefined;
  const verbAt = floor + verb.index;
  const earlierQuote = phrase.lastIndexOf('_', verb.index);
  const from = earlierQuote >= 0 ? floor + earlierQuote + 1 : floor;
  const participle = isSpeechParticiple(verb.word);
  const own = participle ? participleSubject(t, mentions, floor, verbAt) : undefined;
  if (own) return found(own, 'before');
  // `and several times described`, `but later said`: the verb's subject is the sentence's.
  if (participle || SHARED_SUBJECT.test(phrase.slice(Math.max(0, verb.index - TAIL), verb.index))) {
    const first = verbs[0]!;
    const own = verbs.length > 1 && earlierQuote < 0 ? subjectBefore(t, mentions, floor, floor + first.index, false) : undefined;
    if (own) return found(own, 'before');
    // `Ryanair CEO, Michael O'Leary, justified his choice by saying, "…"`: the sentence's own subject.
    const subject = participle && earlierQuote < 0 ? subjectOfSentence(t, mentions, floor, verbAt) : undefined;
    return subject
      ? found({ start: subject.start, end: subject.end, kind: 'named', name: subject }, 'before')
      : { attribution: 'continuing' };
  }
  return found(subjectBefore(t, mentions, from, verbAt, false), 'before');
}

const QUOTED = /\b(?:quoted|cited|quoting|citing)\s+/gu;

/**
 * A participle with a subject of its own: `Detik.com quoted Djamal as
 * saying`, `…, with Boswell stating:`.
 */
function participleSubject(t: ArticleText, mentions: MentionIndex, floor: number, verbAt: number): SpeakerWords | undefined {
  const head = t.slice(floor, verbAt);
  const as = /\s+as\s*$/u.exec(head.slice(-TAIL));
  const asAt = as ? head.length - Math.min(head.length, TAIL) + as.index : -1;
  const quoted = as ? [...head.slice(0, asAt).matchAll(QUOTED)].at(-1) : undefined;
  if (as && quoted) return subjectBefore(t, mentions, floor + quoted.index! + quoted[0].length, floor + asAt, true);
  const withSubject = /\bwith\s+(?=[^,;:_]{1,60}$)/u.exec(head);
  return withSubject ? subjectBefore(t, mentions, floor + withSubject.index + withSubject[0].length, verbAt, true) : undefined;
}

/** Whether a speech verb stands before the quote in its sentence, outside any other quote. */
export function speechBefore(t: ArticleText, sentence: QuoteSentence): boolean {
  const floor = t.sentenceStart(sentence.opening.start, sentence.openingParagraph);
  const phrase = t.slice(floor, sentence.opening.start);
  return speechVerbsIn(phrase.slice(phrase.lastIndexOf('_') + 1)).length > 0;
}

/** `…, according to its director, Marit Lund`, `According to the coastguard, …`. */
export function accordingTo(t: ArticleText, mentions: MentionIndex, sentence: QuoteSentence): Found | undefined {
  const afterStart = sentence.closing.end;
  const afterEnd = upToNextQuote(t, afterStart, t.sentenceEnd(afterStart, sentence.closingParagraph));
  const beforeStart = t.sentenceStart(sentence.opening.start, sentence.openingParagraph);
  for (const [start, end] of [
    [afterStart, afterEnd],
    [beforeStart, sentence.opening.start],
  ] as const) {
    const match = ACCORDING_TO.exec(t.slice(start, end));
    if (!match) continue;
    const from = start + match.index + match[0].length;
    const words = speakerOfParts(t, leadingParts(t, mentions, from, end));
    if (words) return found(words, 'according-to');
  }
  return undefined;
}

/** The prose of the paragraph after (`1`) or before (`-1`) the one at `paragraph`. */
export function paragraphBeside(t: ArticleText, paragraph: Span, step: 1 | -1): Span | undefined {
  const here = t.blockAt(paragraph.start);
  const block = here ? t.article.blocks[here.index + step] : undefined;
  if (!block || block.prose.length === 0 || block.kind !== 'paragraph') return undefined;
  return { start: block.prose[0]!.start, end: block.prose.at(-1)!.end };
}

/**
 * An attribution the paragraphs set apart from its quote: `"…"` then a
 * paragraph that is only `said William Clay Ford Jr.` or `Obama said.`.
 */
export function nextParagraph(t: ArticleText, mentions: MentionIndex, sentence: QuoteSentence): Found | undefined {
  if (t.slice(sentence.closing.end, sentence.closingParagraph.end).trim() !== '') return undefined;
  const next = paragraphBeside(t, sentence.closingParagraph, 1);
  if (!next) return undefined;
  const end = t.sentenceEnd(next.start, next);
  const first = t.slice(next.start, end);
  if (/["\u201C\u201D_]/u.test(first) || /^\p{Lu}/u.test(first.trimStart()) === (verbFirst(first) !== null)) return undefined;
  return after(t, mentions, { ...sentence, closing: { start: next.start, end: next.start }, closingParagraph: next, endsWithStop: true });
}

/**
 * The subject of the sentence that introduces a quote standing alone as
 * its own sentence: the sentence before in the paragraph (`chairman Dieter
 * Zetsche denied allegations. "We do not exclude …"`), or the last of the
 * paragraph before when it reports speech or ends in a colon (`Wilkins also
 * said Warhol was …` ¶ `"As a way …"`).
 */
export function introducedBy(t: ArticleText, mentions: MentionIndex, sentence: QuoteSentence): Found | undefined {
  const start = sentence.opening.start;
  const own = t.sentenceStart(start, sentence.openingParagraph);
  if (t.slice(own, start).trim() !== '') return undefined;
  let from: number;
  let to: number;
  if (own > sentence.openingParagraph.start) {
    to = own;
    from = t.sentenceStart(own - 1, sentence.openingParagraph);
  } else {
    const before = paragraphBeside(t, sentence.openingParagraph, -1);
    if (!before) return undefined;
    [from, to] = [t.sentenceStart(before.end - 1, before), before.end];
    const words = t.slice(from, to);
    if (!/:\s*$/u.test(words) && speechVerbsIn(words.replace(/_+/gu, '')).length === 0) return undefined;
  }
  if (/_/u.test(t.slice(from, to))) return undefined;
  const subject = subjectOfSentence(t, mentions, from, to);
  if (!subject) return undefined;
  return { words: { start: subject.start, end: subject.end, kind: 'named', name: subject }, attribution: 'before' };
}
