import { markGazetteer, type Gazetteer, type GazetteerMarks } from './gazetteer';
import type { Token } from './tokenize';

/**
 * The evidence the tagger weighs for each token, as feature names. Static
 * features depend only on the text and are computed once; history features
 * depend on the labels already chosen to the left and are added while
 * decoding. Training and tagging share these functions, so what the model
 * learnt is exactly what it sees.
 */

/** What the whole text tells about each token, computed once per text. */
export interface TextContext {
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly sentenceStart: readonly boolean[];
  readonly gazetteer: GazetteerMarks;
  /** Lower-case forms seen written in lower case somewhere in the text: `Will` at a sentence start is then likely a word. */
  readonly seenLower: ReadonlySet<string>;
  /** Tokens on a line written in Title Case (a headline), where capitals say little. */
  readonly titleCaseLine: readonly boolean[];
}

const SENTENCE_END = new Set(['.', '!', '?']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '-', '--', '\u2014', '\u2013']);

export function textContext(tokens: readonly Token[], gazetteer: Gazetteer): TextContext {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => shapeOf(t.text));
  const sentenceStart = tokens.map((_, i) => startsSentence(tokens, i));
  const seenLower = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.text === lower[i] && /\p{L}/u.test(t.text)) seenLower.add(t.text);
  });
  return {
    tokens,
    lower,
    shapes,
    sentenceStart,
    gazetteer: markGazetteer(tokens, gazetteer),
    seenLower,
    titleCaseLine: titleCaseLines(tokens),
  };
}

function startsSentence(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || tokens[i]!.lineStart) return true;
  const previous = tokens[i - 1]!.text;
  if (SENTENCE_END.has(previous) || previous.endsWith('..')) return true;
  return OPENERS.has(previous) && startsSentence(tokens, i - 1);
}

/** Marks the tokens of lines where most longer words are capitalised. */
function titleCaseLines(tokens: readonly Token[]): boolean[] {
  const marks = new Array<boolean>(tokens.length).fill(false);
  let lineFirst = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i]!.lineStart) continue;
    const words = tokens.slice(lineFirst, i).filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
    if (words.length >= 3 && capitalised / words.length >= 0.75) marks.fill(true, lineFirst, i);
    lineFirst = i;
  }
  return marks;
}

/** Word shape with repeats collapsed: `Putin` → `Xx`, `U.S.` → `X.X.`, `2023` → `d`, `iPhone` → `xXx`. */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

const BOUNDARY = '<s>';

/** Features of token `i` that do not depend on labels. */
export function staticFeatures(context: TextContext, i: number): string[] {
  const { tokens, lower, shapes } = context;
  const word = tokens[i]!.text;
  const low = lower[i]!;
  const shape = shapes[i]!;
  const at = (k: number): string => lower[i + k] ?? BOUNDARY;
  const shapeAt = (k: number): string => shapes[i + k] ?? BOUNDARY;
  const features = [
    'bias',
    `w=${word}`,
    `l=${low}`,
    `s=${shape}`,
    `p2=${low.slice(0, 2)}`,
    `p3=${low.slice(0, 3)}`,
    `x2=${low.slice(-2)}`,
    `x3=${low.slice(-3)}`,
    `x4=${low.slice(-4)}`,
    `l-1=${at(-1)}`,
    `l-2=${at(-2)}`,
    `l+1=${at(1)}`,
    `l+2=${at(2)}`,
    `s-1=${shapeAt(-1)}`,
    `s+1=${shapeAt(1)}`,
    `s-1s+1=${shapeAt(-1)}|${shape}|${shapeAt(1)}`,
    `l-1l=${at(-1)}|${low}`,
    `ll+1=${low}|${at(1)}`,
  ];
  if (context.sentenceStart[i]) {
    features.push(`ss=${shape}`, `ssl=${low}`);
    if (context.seenLower.has(low)) features.push('ss-seenlower');
  } else if (shape.startsWith('X') && context.seenLower.has(low)) {
    features.push('cap-seenlower');
  }
  if (context.titleCaseLine[i]) features.push(`tc=${shape}`);
  for (const mark of context.gazetteer[i]!) features.push(`g=${mark}`);
  for (const mark of context.gazetteer[i - 1] ?? []) features.push(`g-1=${mark}`);
  for (const mark of context.gazetteer[i + 1] ?? []) features.push(`g+1=${mark}`);
  return features;
}

/** Features of token `i` given the labels chosen for the two tokens before it. */
export function historyFeatures(context: TextContext, i: number, previous: string, beforePrevious: string): string[] {
  return [
    `t-1=${previous}`,
    `t-2t-1=${beforePrevious}|${previous}`,
    `t-1s=${previous}|${context.shapes[i]}`,
    `t-1l=${previous}|${context.lower[i]}`,
  ];
}
