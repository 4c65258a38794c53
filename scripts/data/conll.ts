import { readFileSync } from 'node:fs';
import type { Token } from '../../src/core/entities/tokenize';

/** A training document: tokens (with offsets into a rebuilt text) and one BIO label per token. */
export interface LabelledDoc {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly labels: readonly string[];
}

/**
 * Reads a CoNLL file (`token TAG` per line, blank line between sentences).
 * `-DOCSTART-` lines split documents; with `sentencePerDoc` every sentence is
 * its own document (tweets). IO tags (wikigold) become BIO: a run of `I-X`
 * starts with `B-X`.
 */
export function readConll(path: string, source: string, options: { sentencePerDoc?: boolean; tweets?: boolean } = {}): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let sentenceFirst = new Set<number>();
  const flush = (): void => {
    if (options.tweets) [words, tags] = withoutTwitterMarkup(words, tags);
    if (words.length > 0) docs.push(buildDoc(source, words, toBio(tags), sentenceFirst));
    words = [];
    tags = [];
    sentenceFirst = new Set();
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    if (trimmed === '') {
      if (options.sentencePerDoc) flush();
      else sentenceFirst.add(words.length);
      continue;
    }
    const [word, tag] = trimmed.split(/\s+/);
    words.push(word!);
    tags.push(tag ?? 'O');
  }
  flush();
  return docs;
}

/**
 * A tweet as news-like text: `@handle` pairs (BTC tags both the `@` and the
 * handle as separate people), `RT` and links are dropped, and a hashtag's `#`
 * is removed so `#UN` reads as `UN`.
 */
function withoutTwitterMarkup(words: string[], tags: string[]): [string[], string[]] {
  const keptWords: string[] = [];
  const keptTags: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '@') {
      i++;
      continue;
    }
    if (word.startsWith('@') || word === 'RT' || /^https?:/.test(word)) continue;
    const text = word.length > 1 && word.startsWith('#') ? word.slice(1) : word;
    const tag = tags[i]!;
    // A dropped token may have started the entity this one continues.
    const continues = tag.startsWith('I-') && keptTags[keptTags.length - 1]?.slice(2) === tag.slice(2);
    keptWords.push(text);
    keptTags.push(tag.startsWith('I-') && !continues ? `B-${tag.slice(2)}` : tag);
  }
  return [keptWords, keptTags];
}

function toBio(tags: string[]): string[] {
  const labels = tags.map(() => 'O');
  let i = 0;
  while (i < tags.length) {
    const tag = tags[i]!;
    if (tag === 'O') {
      i++;
      continue;
    }
    const entityClass = tag.slice(2);
    let end = i + 1;
    while (end < tags.length && tags[end] === `I-${entityClass}`) end++;
    for (let k = i; k < end; k++) labels[k] = `${k === i ? 'B' : 'I'}-${entityClass}`;
    i = end;
  }
  return labels;
}

/** Rebuilds a text (tokens joined by spaces, a new line per sentence) so tokens carry offsets like tokenized text. */
function buildDoc(source: string, words: string[], labels: string[], sentenceFirst: Set<number>): LabelledDoc {
  const tokens: Token[] = [];
  let offset = 0;
  words.forEach((word, i) => {
    tokens.push({ start: offset, end: offset + word.length, text: word, lineStart: i === 0 || sentenceFirst.has(i) });
    offset += word.length + 1;
  });
  return { source, tokens, labels };
}
