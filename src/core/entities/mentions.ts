import type { ParagraphCache } from '../text/paragraph-cache';
import type { Span } from '../text/span';
import { textContext } from './features';
import { splitNamePairs, type Gazetteer } from './gazetteer';
import { TYPE_OF_CLASS, type EntityClass, type Mention } from './mention';
import { refineMentions } from './refine';
import { decode, labelledRuns, type Weights } from './tagger';
import { isTitleWord } from './titles';
import { tokenize, type Token } from './tokenize';

/** What the tagger needs: learnt weights and the gazetteer it was trained with. */
export interface EntityModel {
  readonly labels: readonly string[];
  readonly weights: Weights;
  readonly gazetteer: Gazetteer;
}

/**
 * Every name the model finds in `text` (or in the given stretches of it),
 * trimmed to the name alone, with offsets into `text`. Each stretch is tagged
 * on its own; the article-level checks then see all of them together.
 */
export function findMentions(
  text: string,
  model: EntityModel,
  spans: readonly Span[] = [{ start: 0, end: text.length }],
  paragraphs?: ParagraphCache,
): Mention[] {
  return refineMentions(
    text,
    spans.flatMap((span) => (paragraphs ? recalledStretch(text, span, model, paragraphs) : tagStretch(text, span, model))),
    model.gazetteer,
    spans,
  );
}

/**
 * A stretch's names as tagged before when its words are unchanged (tagging
 * reads nothing outside the stretch), moved to where the stretch now stands.
 */
function recalledStretch(text: string, span: Span, model: EntityModel, paragraphs: ParagraphCache): Mention[] {
  const words = text.slice(span.start, span.end);
  const found = paragraphs.recall(`names\u0000${words}`, () => tagStretch(words, { start: 0, end: words.length }, model));
  return span.start === 0
    ? found
    : found.map((mention) => ({ ...mention, start: mention.start + span.start, end: mention.end + span.start }));
}

function tagStretch(text: string, span: Span, model: EntityModel): Mention[] {
  const tokens = splitNamePairs(tokenize(text.slice(span.start, span.end), span.start), model.gazetteer);
  const labels = decode(textContext(tokens, model.gazetteer), model.weights);
  const mentions: Mention[] = [];
  for (const run of labelledRuns(labels)) {
    const mention = trimMention(text, tokens, run.first, run.end, TYPE_OF_CLASS[run.entityClass as EntityClass]);
    if (!mention) continue;
    // Title words tagged as a name of their own (`Fisheries` in `Fisheries Minister Anne Solberg`) belong to the role.
    const roleStart = mention.role === undefined ? mention.start : text.lastIndexOf(mention.role, mention.start);
    while (mentions.length > 0 && mentions[mentions.length - 1]!.start >= roleStart) mentions.pop();
    const last = mentions[mentions.length - 1];
    if (last && continuesName(text, last, mention)) mentions[mentions.length - 1] = joinNames(text, last, mention);
    else mentions.push(mention);
  }
  return mentions;
}

/**
 * Two people's names with only a space between are one name the tagger
 * split (`Recep` + `Tayyip Erdogan`): news never runs two names together.
 */
function continuesName(text: string, before: Mention, after: Mention): boolean {
  return before.type === 'person' && after.type === 'person' && text.slice(before.end, after.start) === ' ';
}

function joinNames(text: string, before: Mention, after: Mention): Mention {
  return { ...before, end: after.end, text: text.slice(before.start, after.end) };
}

const POSSESSIVE = /^['\u2019]s?$/iu;
/** A word in lower case only, or an age or measure (`70-year-old`): not part of a name, at either end (`Douglas jets`, `of Boeing`). */
const LOWER_WORD = /^(?:\p{Ll}+|\d+-\p{Ll}[\p{Ll}-]*)$/u;
const NAME_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Cuts a tagged run down to the name: drops possessives and punctuation at
 * the end and, for a person, title words at the start. The title standing
 * before a person's name, inside the run or just before it, becomes the role.
 */
function trimMention(text: string, tokens: readonly Token[], first: number, end: number, type: Mention['type']): Mention | undefined {
  const outside = (token: Token): boolean => POSSESSIVE.test(token.text) || LOWER_WORD.test(token.text) || !NAME_CHARACTER.test(token.text);
  while (end > first && outside(tokens[end - 1]!)) end--;
  while (first < end && outside(tokens[first]!)) first++;
  if (first >= end) return undefined;
  let titleFirst = first;
  if (type === 'person') {
    while (first < end - 1 && isTitleWord(tokens[first]!.text)) first++;
    titleFirst = first;
    while (titleFirst > 0 && isTitleWord(tokens[titleFirst - 1]!.text) && /^\p{Lu}/u.test(tokens[titleFirst - 1]!.text)) titleFirst--;
  }
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  const mention: Mention = { start, end: stop, type, text: text.slice(start, stop) };
  if (titleFirst === first) return mention;
  return { ...mention, role: text.slice(tokens[titleFirst]!.start, tokens[first - 1]!.end) };
}
