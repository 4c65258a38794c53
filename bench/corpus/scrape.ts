import photoAgencies from '../../src/core/lexicon/photo-agencies.json';
import type { Random } from './random';
import { monthName, type SourceBlock, type SourceCaption, type SourceStory } from './sources';

/**
 * Lays one real story out as a newsroom receives it: scraped plain copy
 * (headline, the date line or a wire dateline, photo blocks of captions
 * with dpa-style datelines and credits, crossheads, body) or Markdown from
 * a CMS, with the debris scrapers leave drawn at the rates of a real
 * archive: captions pasted twice, the headline repeated, a photo block
 * repeated, a stray site marker, trailing and non-breaking spaces, runs of
 * blank lines, quotes mixed or left open. Every sentence is the source's.
 */

export type Format = 'plain' | 'markdown';
export type QuoteStyle = 'straight' | 'curly' | 'mixed';

/** What goes wrong in one scraped story. */
export interface Defects {
  /** Every caption pasted twice. */
  readonly duplicateCaptions: boolean;
  /** A site marker (`TT`) on its own line after the first photo block. */
  readonly marker?: string;
  /** The headline printed again after the first photo block. */
  readonly repeatedHeadline: boolean;
  /** The whole first photo block printed again. */
  readonly repeatedPhotoBlock: boolean;
  /** Share of lines left with trailing spaces. */
  readonly trailingSpaces: number;
  readonly nonBreakingSpace: boolean;
  /** Three or more blank lines somewhere inside the story. */
  readonly blankRun: boolean;
  /** One quotation left open. */
  readonly unbalancedQuote: boolean;
}

export interface StoryPlan {
  readonly format: Format;
  readonly photoBlocks: number;
  readonly quoteStyle: QuoteStyle;
  readonly defects: Defects;
}

export const NO_DEFECTS: Defects = {
  duplicateCaptions: false,
  repeatedHeadline: false,
  repeatedPhotoBlock: false,
  trailingSpaces: 0,
  nonBreakingSpace: false,
  blankRun: false,
  unbalancedQuote: false,
};

/** Site markers scrapers leave on a line of their own, as in the sample. */
const MARKERS = ['TT', 'Advertisement', 'Read more', 'ADVERTISEMENT'];
const AGENCIES: readonly string[] = photoAgencies.words;

/** Draws a story's shape and defects. Markdown comes from a CMS, so it is mostly clean. */
export function planStory(random: Random, format: Format): StoryPlan {
  const scraped = format === 'plain' && random.chance(0.7);
  const photoBlocks = random.pick([0, 1, 1, 1, 2, 2, 3]);
  const style = random.next();
  return {
    format,
    photoBlocks,
    quoteStyle: style < 0.45 ? 'straight' : style < 0.85 ? 'curly' : 'mixed',
    defects: {
      duplicateCaptions: scraped && photoBlocks > 0 && random.chance(0.55),
      ...(scraped && photoBlocks > 0 && random.chance(0.35) ? { marker: random.pick(MARKERS) } : {}),
      repeatedHeadline: scraped && photoBlocks > 0 && random.chance(0.45),
      repeatedPhotoBlock: scraped && photoBlocks > 0 && random.chance(0.35),
      trailingSpaces: scraped && random.chance(0.4) ? random.pick([0.02, 0.05, 0.15]) : 0,
      nonBreakingSpace: random.chance(scraped ? 0.25 : 0.05),
      blankRun: scraped && random.chance(0.06),
      unbalancedQuote: random.chance(0.05),
    },
  };
}

/** The plan of a story that has every defect: the shape of the sample, for timing one long file. */
export function everyDefect(format: Format): StoryPlan {
  return {
    format,
    photoBlocks: 2,
    quoteStyle: 'mixed',
    defects: {
      duplicateCaptions: true,
      marker: 'TT',
      repeatedHeadline: true,
      repeatedPhotoBlock: true,
      trailingSpaces: 0.05,
      nonBreakingSpace: true,
      blankRun: false,
      unbalancedQuote: false,
    },
  };
}

/**
 * Turns straight marks curly the way a wire desk types them. In a `mixed`
 * story some apostrophes stay straight, as when a sub-editor types into
 * copy that came in curly.
 */
function curl(text: string, style: QuoteStyle, random: Random): string {
  if (style === 'straight') return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const opening = /[\s(\u2014[]/.test(i > 0 ? text[i - 1]! : ' ');
    if (char === '"') out += opening ? '\u201C' : '\u201D';
    else if (char === "'") out += style === 'mixed' && !opening && random.chance(0.3) ? "'" : opening ? '\u2018' : '\u2019';
    else out += char;
  }
  return out;
}

/** `14 September 2023, Mecca:`, the dpa caption dateline, from the story's own date and a place it names. */
function captionDateline(story: SourceStory, random: Random): string {
  const { day, month, year } = story.date;
  const place = story.places.length > 0 ? `, ${random.pick(story.places)}` : '';
  return `${day} ${monthName(month)} ${year}${place}:`;
}

/** A sentence of the story short enough to caption a photo, for stories whose source printed none. */
function sentenceForCaption(story: SourceStory, random: Random): string | undefined {
  const sentences = story.blocks
    .filter((block) => block.kind === 'paragraph')
    .flatMap((block) => block.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .filter((sentence) => sentence.length >= 40 && sentence.length <= 260 && !/["\u201C\u201D]/.test(sentence) && /[.!]$/.test(sentence));
  return sentences.length > 0 ? random.pick(sentences) : undefined;
}

/** One caption line: the source's own with its credit, or one of its sentences credited to an agency. */
function captionLine(story: SourceStory, random: Random): string | undefined {
  const own: SourceCaption | undefined = story.captions.length > 0 && random.chance(0.7) ? random.pick(story.captions) : undefined;
  const text = own?.text ?? sentenceForCaption(story, random);
  if (!text) return undefined;
  const credit = own?.credit ?? random.pick(AGENCIES);
  const withDateline = random.chance(0.75) ? `${captionDateline(story, random)} ${text}` : text;
  return `${withDateline.replace(/[.]?$/, '.')} (${credit})`;
}

function photoBlock(story: SourceStory, plan: StoryPlan, random: Random, first: boolean): string[] {
  const lines: string[] = [];
  for (let i = random.int(1, 3); i > 0; i--) {
    const caption = captionLine(story, random);
    if (!caption) break;
    const text = curl(caption, plan.quoteStyle, random);
    lines.push(text);
    if (plan.defects.duplicateCaptions) lines.push(text);
  }
  if (lines.length > 0 && first && plan.defects.marker) lines.push(plan.defects.marker);
  return lines;
}

/** `TOULOUSE (AP) — ` before the first paragraph, or the Wikinews date line on its own, or nothing. */
function openingDateline(story: SourceStory, random: Random): { line?: string; prefix: string } {
  const roll = random.next();
  const place = story.places.find((name) => name.length <= 24 && !name.includes(','));
  if (roll < 0.3 && place) return { prefix: `${place.toUpperCase()} (${random.pick(['AP', 'Reuters', 'AFP', 'dpa'])}) \u2014 ` };
  const { day, month, year } = story.date;
  if (roll < 0.8) return { line: `${monthName(month)} ${String(day).padStart(2, '0')}, ${year}`, prefix: '' };
  return { prefix: '' };
}

function crosshead(text: string, plan: StoryPlan, random: Random): string {
  if (plan.format === 'markdown') return `## ${text}`;
  return random.chance(0.4) ? curl(`'${text}'`, plan.quoteStyle, random) : text;
}

/** A Markdown paragraph sometimes carries emphasis or a link, which the parser must not read as copy. */
function markdownTouches(random: Random, paragraph: string): string {
  if (random.chance(0.15)) return paragraph.replace(/(\d[\d,.]*%?)/, '**$1**');
  if (random.chance(0.1)) return paragraph.replace(/\b(the \w+ \w+)/, `[$1](https://example.org/news/${random.int(1000, 99999)})`);
  return paragraph;
}

/** Leaves one quotation open: the closing mark of the first quotation that ends a clause is dropped. */
function openOneQuote(paragraphs: string[]): void {
  const index = paragraphs.findIndex((text) => /,["\u201D] /.test(text));
  if (index >= 0) paragraphs[index] = paragraphs[index]!.replace(/,["\u201D] /, ', ');
}

/** The body: the source's paragraphs and crossheads, the first paragraph behind a wire dateline when there is one. */
function body(story: SourceStory, blocks: readonly SourceBlock[], plan: StoryPlan, random: Random, prefix: string): string[] {
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'crosshead') {
      paragraphs.push(crosshead(block.text, plan, random));
      continue;
    }
    let text = paragraphs.length === 0 ? prefix + block.text : block.text;
    text = curl(text, plan.quoteStyle, random);
    if (plan.format === 'markdown') text = markdownTouches(random, text);
    paragraphs.push(text);
  }
  if (story.places.length > 1 && paragraphs.length > 6 && random.chance(0.3)) {
    // Wire copy breaks a long story with a crosshead; a place the story names is the sample's kind (`'Friendship'`).
    paragraphs.splice(random.int(3, paragraphs.length - 2), 0, crosshead(random.pick(story.places), plan, random));
  }
  if (plan.defects.unbalancedQuote) openOneQuote(paragraphs);
  return paragraphs;
}

/** Slips photo blocks after the first between body paragraphs, never before the first. */
function withPhotoBlocks(random: Random, paragraphs: readonly string[], blocks: readonly string[][]): string[][] {
  const sections = paragraphs.map((text) => [text]);
  for (const block of blocks) sections.splice(random.int(1, Math.max(1, sections.length - 1)), 0, block);
  return sections;
}

function frontMatter(story: SourceStory, title: string): string[] {
  const { day, month, year } = story.date;
  return [
    '---',
    `headline: ${JSON.stringify(title)}`,
    `datePublished: ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `source: ${story.id.startsWith('gum/') ? 'Wikinews (GUM corpus)' : 'Wikinews (MEANTIME corpus)'}`,
    '---',
  ];
}

/**
 * One story as lines (no line endings): sections separated by one blank
 * line, defects applied as the plan says. `blocks` defaults to the whole
 * story; a long article passes the blocks of many.
 */
export function writeStory(random: Random, story: SourceStory, plan: StoryPlan, blocks: readonly SourceBlock[] = story.blocks): string[] {
  const title = curl(story.headline, plan.quoteStyle, random);
  const sections: string[][] = [];
  if (plan.format === 'markdown') sections.push(frontMatter(story, story.headline), [`# ${title}`]);
  else sections.push([title]);
  const dateline = openingDateline(story, random);
  const photoBlocks = Array.from({ length: plan.photoBlocks }, (_, index) => photoBlock(story, plan, random, index === 0)).filter(
    (block) => block.length > 0,
  );
  const [firstBlock, ...laterBlocks] = photoBlocks;
  if (firstBlock) {
    sections.push(firstBlock);
    if (plan.defects.repeatedHeadline) sections.push([`${title} `]);
    if (plan.defects.repeatedPhotoBlock) sections.push(firstBlock.filter((line) => line !== plan.defects.marker));
  }
  if (dateline.line) sections.push([dateline.line]);
  sections.push(...withPhotoBlocks(random, body(story, blocks, plan, random, dateline.prefix), laterBlocks));
  return scrape(random, sections, plan);
}

/** Joins sections with blank lines, then leaves the whitespace debris the plan asks for. */
function scrape(random: Random, sections: readonly string[][], plan: StoryPlan): string[] {
  const lines: string[] = [];
  sections.forEach((section, index) => {
    if (index > 0) lines.push('');
    const blankRunHere = plan.defects.blankRun && index === Math.floor(sections.length / 2) && /[.]$/.test(section[0]!);
    if (blankRunHere) lines.push('', '', '');
    lines.push(...section);
  });
  const { trailingSpaces, nonBreakingSpace } = plan.defects;
  const inFrontMatter = plan.format === 'markdown' ? lines.indexOf('---', 1) : -1;
  const longLines = lines.flatMap((line, index) => (index > inFrontMatter && line.length > 80 ? [index] : []));
  const nonBreakingLine = nonBreakingSpace && longLines.length > 0 ? random.pick(longLines) : -1;
  return lines.map((line, index) => {
    if (index <= inFrontMatter || line.length === 0) return line;
    let text = index === nonBreakingLine ? withNonBreakingSpace(random, line) : line;
    if (trailingSpaces > 0 && random.chance(trailingSpaces)) text += random.pick([' ', '  ', '\u00A0 ', '\t']);
    return text;
  });
}

/** A no-break space where a web page kept words together; here one random space. */
function withNonBreakingSpace(random: Random, line: string): string {
  const spaces = [...line.matchAll(/ /g)].map((match) => match.index);
  const at = random.pick(spaces);
  return line.slice(0, at) + '\u00A0' + line.slice(at + 1);
}

/** Stories as one file: a scraper joins stories with three blank lines. */
export function joinStories(stories: ReadonlyArray<readonly string[]>): string {
  return stories.map((lines) => lines.join('\n')).join('\n\n\n\n') + '\n';
}
