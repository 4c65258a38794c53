import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detokenize } from './detokenize';

/**
 * The real news the benchmark corpus is made of: the openly licensed
 * Wikinews articles in `../shared/data/` (MEANTIME, CC BY 4.0; GUM's news
 * and interview documents, CC BY 2.5 texts), read into one shape. Nothing
 * here invents a word: the corpus only rearranges these sentences into
 * the files a newsroom's scraper leaves behind.
 */

export interface SourceDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

/** A photo caption as the source printed it, and its credit when it had one (`Image: Danny Newman`). */
export interface SourceCaption {
  readonly text: string;
  readonly credit?: string;
}

/** Body text in reading order: paragraphs, and the crossheads the source put between them. */
export interface SourceBlock {
  readonly kind: 'paragraph' | 'crosshead';
  readonly text: string;
}

export interface SourceStory {
  /** `meantime/100911`, `gum/GUM_news_crane`. */
  readonly id: string;
  readonly headline: string;
  readonly date: SourceDate;
  readonly blocks: readonly SourceBlock[];
  readonly captions: readonly SourceCaption[];
  /** Places the story names (from the gold annotations), for caption datelines. */
  readonly places: readonly string[];
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

function parseIsoDate(iso: string): SourceDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** MEANTIME: `headline`, a blank line, the date line, then paragraphs, as `meantime-en/README.md` describes. */
export function readMeantime(dataDir: string): SourceStory[] {
  const folder = join(dataDir, 'meantime-en');
  const ids = readdirSync(join(folder, 'articles'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -4))
    .sort((a, b) => Number(a) - Number(b));
  return ids.map((id) => {
    const text = readFileSync(join(folder, 'articles', `${id}.txt`), 'utf8');
    const gold = JSON.parse(readFileSync(join(folder, 'gold', `${id}.json`), 'utf8')) as {
      dct: string;
      entities: Array<{ text: string; type: string; syntactic_type: string }>;
    };
    const [headline, , ...paragraphs] = text.split(/\n\n+/).map((part) => part.trim());
    const places = gold.entities
      .filter((entity) => entity.type === 'LOCATION' && entity.syntactic_type === 'NAM')
      .map((entity) => entity.text);
    return {
      id: `meantime/${id}`,
      headline: headline!,
      date: parseIsoDate(gold.dct),
      blocks: paragraphs.filter(Boolean).map((paragraph) => ({ kind: 'paragraph', text: paragraph })),
      captions: [],
      places: [...new Set(places.filter((place) => !/^the\s/i.test(place)))],
    };
  });
}

/** One GUM sentence: its text and the places its BIO labels mark. */
interface GumSentence {
  readonly text: string;
  readonly places: readonly string[];
}

/** The documents of one `gum/<split>.conll`, in `documents.tsv` order, as sentences. */
function readGumSplit(folder: string, split: string): Map<string, GumSentence[]> {
  const ids = readFileSync(join(folder, 'documents.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((fields) => fields[1] === split)
    .map((fields) => fields[0]!);
  const documents = readFileSync(join(folder, `${split}.conll`), 'utf8')
    .split(/^-DOCSTART-\tO\n/m)
    .slice(1);
  if (documents.length !== ids.length)
    throw new Error(`gum/${split}.conll has ${documents.length} documents, documents.tsv lists ${ids.length}`);
  const byId = new Map<string, GumSentence[]>();
  documents.forEach((document, index) => byId.set(ids[index]!, document.trim().split(/\n\n+/).map(readGumSentence)));
  return byId;
}

function readGumSentence(block: string): GumSentence {
  const rows = block.split('\n').map((line) => line.split('\t') as [string, string]);
  const places: string[] = [];
  let place: string[] = [];
  for (const [token, label] of [...rows, ['', 'O'] as [string, string]]) {
    if (label === 'I-LOC') place.push(token);
    else {
      if (place.length > 0) places.push(detokenize(place));
      place = label === 'B-LOC' ? [token] : [];
    }
  }
  return { text: detokenize(rows.map(([token]) => token)), places };
}

/** `Tuesday, September 1, 2015`: the Wikinews date line. */
const GUM_DATE_LINE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\p{L}+) (\d{1,2}), (\d{4})$/u;
/** `Image: Mathias Krumbholz.`: the credit line under a Wikinews photo. */
const GUM_CREDIT = /^(?:Image|Photo)\s*:\s*(.+?)\.?$/i;

/** A sentence with no closing punctuation, set on its own between paragraphs: `Operating the business`. */
function isCrosshead(text: string): boolean {
  return !/[.!?:;"”)\]]$/.test(text) && text.split(' ').length <= 8;
}

/**
 * A GUM news or interview document as a story: the first sentence is the
 * headline, the Wikinews date line gives the date, a sentence followed by
 * an `Image:` line is a caption with its credit, a short unpunctuated
 * sentence is a crosshead, and the rest are body sentences, two or three
 * to a paragraph (an interview's question stands alone), never breaking
 * inside a quotation.
 */
function gumStory(id: string, sentences: readonly GumSentence[]): SourceStory | undefined {
  const dateIndex = sentences.findIndex((sentence) => GUM_DATE_LINE.test(sentence.text));
  if (dateIndex < 0) return undefined;
  const [, month, day, year] = GUM_DATE_LINE.exec(sentences[dateIndex]!.text)!;
  const date = { year: Number(year), month: MONTH_NAMES.indexOf(month!) + 1, day: Number(day) };
  const headline = sentences.find((_, index) => index !== dateIndex)!.text;
  const captions: SourceCaption[] = [];
  const blocks: SourceBlock[] = [];
  let paragraph: string[] = [];
  const closeParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const rest = sentences.filter((sentence, index) => index !== dateIndex && sentence.text !== headline);
  rest.forEach((sentence, index) => {
    const credit = GUM_CREDIT.exec(sentence.text);
    if (credit) return;
    const nextCredit = GUM_CREDIT.exec(rest[index + 1]?.text ?? '');
    if (nextCredit) {
      captions.push({ text: sentence.text, credit: `Image: ${nextCredit[1]}` });
      return;
    }
    if (isCrosshead(sentence.text)) {
      closeParagraph();
      blocks.push({ kind: 'crosshead', text: sentence.text });
      return;
    }
    if (sentence.text.endsWith('?')) closeParagraph();
    paragraph.push(sentence.text);
    const quotesOpen = (paragraph.join(' ').match(/"/g) ?? []).length % 2 === 1;
    if (!quotesOpen && (sentence.text.endsWith('?') || paragraph.length >= 2 + (index % 2))) closeParagraph();
  });
  closeParagraph();
  const places = [...new Set(sentences.flatMap((sentence) => sentence.places))];
  return { id: `gum/${id}`, headline, date, blocks, captions, places };
}

/** GUM's Wikinews documents (genres news and interview) from every split. */
export function readGum(dataDir: string): SourceStory[] {
  const folder = join(dataDir, 'gum');
  const stories: SourceStory[] = [];
  for (const split of ['train', 'dev', 'test']) {
    for (const [id, sentences] of readGumSplit(folder, split)) {
      if (!/^GUM_(?:news|interview)_/.test(id)) continue;
      const story = gumStory(id, sentences);
      if (story) stories.push(story);
    }
  }
  return stories.sort((a, b) => a.id.localeCompare(b.id));
}

/** Every source story, GUM's first, then MEANTIME's. */
export function readSources(dataDir: string): SourceStory[] {
  return [...readGum(dataDir), ...readMeantime(dataDir)];
}
