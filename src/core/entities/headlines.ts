import type { Span } from '../text/span';
import type { EntityType, Mention } from './mention';

/**
 * Headlines in Title Case (`Kim Invites Putin to North Korea`) capitalise
 * every word, so the tagger runs names and verbs together (`Kim Invites
 * Putin`, `Second Day`). The body names the same people and places in
 * ordinary case, so a headline mention the body does not confirm is cut down
 * to the words the body does use as names, each with the body's type, or
 * dropped when the body uses none of them.
 */
export function repairHeadlineMentions(
  text: string,
  mentions: readonly Mention[],
  headlines: readonly Span[] = titleCaseLines(text),
): Mention[] {
  if (headlines.length === 0) return [...mentions];
  const inHeadline = (m: Mention): boolean => headlines.some((line) => line.start <= m.start && m.end <= line.end);
  const body = mentions.filter((m) => !inHeadline(m));
  const bodyTexts = new Set(body.map((m) => m.text));
  const bodyWords = new Map<string, EntityType>();
  for (const m of body) for (const word of m.text.split(/\s+/u)) if (!bodyWords.has(word)) bodyWords.set(word, m.type);
  return mentions.flatMap((m) => (!inHeadline(m) || bodyTexts.has(m.text) ? [m] : confirmedParts(m, bodyWords)));
}

/** The runs of words in `mention` that the body uses as names of one type (none if the body names none of them). */
function confirmedParts(mention: Mention, bodyWords: ReadonlyMap<string, EntityType>): Mention[] {
  const parts: Mention[] = [];
  for (const word of mention.text.matchAll(/\S+/gu)) {
    const type = bodyWords.get(word[0]);
    const start = mention.start + word.index;
    const end = start + word[0].length;
    const last = parts[parts.length - 1];
    if (type === undefined) continue;
    if (last && last.type === type && last.end === start - 1) parts[parts.length - 1] = { ...last, end, text: `${last.text} ${word[0]}` };
    else parts.push({ start, end, type, text: word[0] });
  }
  return parts;
}

/**
 * Lines in Title Case: of their words of four letters or more, at least three
 * are capitalised and at most one is not (`With`, `Over` may go either way).
 * A name-heavy sentence (`President Moon met Shinzo Abe in Busan.`) has its
 * verbs in lower case or ends with a full stop, which a headline does not.
 * With `spans`, only the lines within them.
 */
export function titleCaseLines(text: string, spans: readonly Span[] = [{ start: 0, end: text.length }]): Span[] {
  const lines: Span[] = [];
  for (const span of spans) {
    for (const line of text.slice(span.start, span.end).matchAll(/[^\n]+/gu)) {
      if (isTitleCase(line[0])) lines.push({ start: span.start + line.index, end: span.start + line.index + line[0].length });
    }
  }
  return lines;
}

const SENTENCE_END = /[.!?]["'\u201D\u2019)]*\s*$/u;

const LONG_WORD = /\p{L}[\p{L}'\u2019-]{3,}/gu;

/** Stops at the second long word in lower case: a line of prose gives itself away within a few words. */
function isTitleCase(line: string): boolean {
  let capitalised = 0;
  let lower = 0;
  for (const [word] of line.matchAll(LONG_WORD)) {
    if (word[0] !== word[0]!.toLowerCase()) capitalised++;
    else if (++lower > 1) return false;
  }
  return capitalised >= 3 && !SENTENCE_END.test(line);
}
