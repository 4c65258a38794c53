import { textContext } from './features';
import type { Gazetteer } from './gazetteer';
import { TYPE_OF_CLASS, type EntityClass, type Mention } from './mention';
import { decode, labelledRuns, type Weights } from './tagger';
import { isTitleWord } from './titles';
import { tokenize, type Token } from './tokenize';

/** What the tagger needs: learnt weights and the gazetteer it was trained with. */
export interface EntityModel {
  readonly labels: readonly string[];
  readonly weights: Weights;
  readonly gazetteer: Gazetteer;
}

/** Every name the model finds in `text`, trimmed to the name alone, with offsets into `text`. */
export function findMentions(text: string, model: EntityModel): Mention[] {
  const tokens = tokenize(text);
  const labels = decode(textContext(tokens, model.gazetteer), model.weights);
  const mentions: Mention[] = [];
  for (const run of labelledRuns(labels)) {
    const mention = trimMention(text, tokens, run.first, run.end, TYPE_OF_CLASS[run.entityClass as EntityClass]);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

const POSSESSIVE = /^['\u2019]s?$/iu;
const NAME_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Cuts a tagged run down to the name: drops possessives and punctuation at
 * the end and, for a person, title words at the start. The title standing
 * before a person's name, inside the run or just before it, becomes the role.
 */
function trimMention(text: string, tokens: readonly Token[], first: number, end: number, type: Mention['type']): Mention | undefined {
  while (end > first && (POSSESSIVE.test(tokens[end - 1]!.text) || !NAME_CHARACTER.test(tokens[end - 1]!.text))) end--;
  while (first < end && !NAME_CHARACTER.test(tokens[first]!.text)) first++;
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
