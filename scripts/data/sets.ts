import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../../src/core/entities/tokenize';
import type { Span } from '../../src/core/text/span';
import type { LabelledDoc } from './conll';
import { DATA_DIR } from './meantime';

/**
 * The CoNLL-format sets in `../shared/data`, read as news text: each
 * document's sentences written out one to a line with natural spacing
 * (`Russia's`, `(AP)`, `said, "We`), as copy reaches the product, and each
 * gold name as a span of that text. Training and scoring both read them
 * this way, so the tagger learns on the tokens its own tokenizer makes.
 */

/** The classes a gold name may have once a set's conventions are read: CoNLL's four, and nationality. */
export type GoldClass = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'NAT';

export interface GoldSpan extends Span {
  readonly entityClass: GoldClass;
}

export interface GoldDoc {
  readonly set: string;
  readonly text: string;
  readonly names: readonly GoldSpan[];
}

/** Where a set's split is and how it is laid out. */
export interface SetConventions {
  readonly name: string;
  readonly file: string;
  /** Every sentence its own document (tweets, posts). */
  readonly sentencePerDoc?: boolean;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', '\u201D', '\u2019', "''", '...', "n't", "N'T"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '\u201C', '\u2018', '``', '#']);
const CLITIC = /^['\u2019](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)?$/u;
const WORD = /^[\p{L}\p{N}]/u;

/** One sentence written out with natural spacing; each token's offset in the line. */
export function renderSentence(words: readonly string[]): { line: string; offsets: number[] } {
  let line = '';
  const offsets: number[] = [];
  let quoteOpen = false;
  let attachNext = true;
  words.forEach((raw, i) => {
    const word = raw === '``' || raw === "''" ? '"' : raw;
    let space = !attachNext;
    attachNext = NO_SPACE_AFTER.has(raw);
    if (NO_SPACE_BEFORE.has(raw) || CLITIC.test(raw)) space = false;
    // A hyphen between two words joins them (`Eye-Tracking`); a spaced dash stays spaced.
    if (raw === '-' && WORD.test(words[i - 1] ?? '') && WORD.test(words[i + 1] ?? '')) {
      space = false;
      attachNext = true;
    }
    if (word === '"') {
      if (quoteOpen) space = false;
      else attachNext = true;
      quoteOpen = !quoteOpen;
    }
    if (space) line += ' ';
    offsets.push(line.length);
    line += word;
  });
  return { line, offsets };
}

/** The raw sentences of a CoNLL file, grouped by `-DOCSTART-` (or one document per sentence). */
function readSentences(path: string, sentencePerDoc: boolean): Array<Array<{ words: string[]; tags: string[] }>> {
  const docs: Array<Array<{ words: string[]; tags: string[] }>> = [];
  let doc: Array<{ words: string[]; tags: string[] }> = [];
  let sentence = { words: [] as string[], tags: [] as string[] };
  const endSentence = (): void => {
    if (sentence.words.length > 0) doc.push(sentence);
    sentence = { words: [], tags: [] };
    if (sentencePerDoc) endDoc();
  };
  const endDoc = (): void => {
    if (doc.length > 0) docs.push(doc);
    doc = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-DOCSTART-')) {
      endSentence();
      endDoc();
    } else if (trimmed === '') endSentence();
    else {
      const [word, tag] = trimmed.split(/\s+/u);
      sentence.words.push(word!);
      sentence.tags.push(tag ?? 'O');
    }
  }
  endSentence();
  endDoc();
  return docs;
}

/** Gold names of one sentence from its tags (IO or BIO), as token ranges. */
function tagRuns(tags: readonly string[]): Array<{ first: number; end: number; entityClass: string }> {
  const runs: Array<{ first: number; end: number; entityClass: string }> = [];
  tags.forEach((tag, i) => {
    if (tag === 'O') return;
    const entityClass = tag.slice(2);
    const last = runs[runs.length - 1];
    if (tag.startsWith('I-') && last && last.end === i && last.entityClass === entityClass) last.end = i + 1;
    else runs.push({ first: i, end: i + 1, entityClass });
  });
  return runs;
}

/** Every document of one split, as text and gold spans, with the set's classes read as `classOf` says. */
export function readGoldDocs(
  conventions: SetConventions,
  classOf: (words: string, entityClass: string) => GoldClass | undefined,
): GoldDoc[] {
  return readSentences(join(DATA_DIR, conventions.file), conventions.sentencePerDoc ?? false).map((sentences) => {
    let text = '';
    const names: GoldSpan[] = [];
    for (const { words, tags } of sentences) {
      if (text.length > 0) text += '\n';
      const { line, offsets } = renderSentence(words);
      for (const run of tagRuns(tags)) {
        const start = text.length + offsets[run.first]!;
        const end =
          text.length +
          offsets[run.end - 1]! +
          (words[run.end - 1] === '``' || words[run.end - 1] === "''" ? 1 : words[run.end - 1]!.length);
        const entityClass = classOf(line.slice(start - text.length, end - text.length), run.entityClass);
        if (entityClass) names.push({ start, end, entityClass });
      }
      text += line;
    }
    return { set: conventions.name, text, names };
  });
}

/** A gold document as a training document: the tagger's own tokens (`tokens`), each labelled from the gold span it starts in. */
export function labelledDoc(doc: GoldDoc, tokens: readonly Token[]): LabelledDoc {
  const labels = tokens.map(() => 'O');
  let k = 0;
  const names = [...doc.names].sort((a, b) => a.start - b.start);
  tokens.forEach((token, i) => {
    while (k < names.length && names[k]!.end <= token.start) k++;
    const name = names[k];
    if (name && name.start <= token.start && token.start < name.end)
      labels[i] = `${tokens[i - 1] && tokens[i - 1]!.start >= name.start ? 'I' : 'B'}-${name.entityClass}`;
  });
  return { source: doc.set, tokens, labels };
}
