import type { Random } from './random';
import {
  CREDITS,
  DATELINE_AGENCIES,
  FIRST_NAMES,
  GENERIC_CROSSHEADS,
  GENERIC_FACTS,
  GENERIC_QUOTES,
  MARKERS,
  MONTHS,
  ORGANISATIONS,
  PLACES,
  QUOTE_FRAMES,
  ROLES,
  SURNAMES,
  TOPICS,
  WEEKDAYS,
  type Place,
  type Topic,
} from './words';

/**
 * Writes one article's text from the templates in `words.ts`, in the
 * shapes a newsroom receives: plain scraped copy (headline, photo blocks of
 * captions with datelines and credits, body, crossheads) or Markdown with
 * front-matter; with the scrape defects Copydesk looks for drawn at rates
 * that make a realistic archive, not a torture test.
 */

export type Format = 'plain' | 'markdown';
export type QuoteStyle = 'straight' | 'curly' | 'mixed';

/** What goes wrong in one scraped article. */
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
  readonly words: number;
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

/** Story lengths from 300 to 2,000 words, most of them short, as in a news archive. */
export function storyLength(random: Random): number {
  return 300 + Math.round(1700 * random.next() ** 1.6);
}

/** Draws a story's shape and defects. Markdown comes from a CMS, so it is mostly clean. */
export function planStory(random: Random, format: Format, words: number): StoryPlan {
  const scraped = format === 'plain' && random.chance(0.7);
  const photoBlocks = random.pick([0, 1, 1, 1, 2, 2, 3]);
  const style = random.next();
  return {
    format,
    words,
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

interface Person {
  readonly first: string;
  readonly last: string;
  /** How captions spell the surname, when they spell it differently from the story. */
  readonly captionLast: string;
  readonly role: string;
}

/** Everything one story is about; slots are filled from it. */
interface Cast {
  readonly topic: Topic;
  readonly place: Place;
  readonly otherPlace: Place;
  readonly people: readonly Person[];
  readonly subject: string;
  readonly date: { readonly day: number; readonly month: number; readonly year: number };
}

function castStory(random: Random): Cast {
  const topic = random.pick(TOPICS);
  const [place, otherPlace] = random.sample(PLACES, 2) as [Place, Place];
  const spellTwoWays = random.chance(0.4);
  const people = random.sample(SURNAMES, random.int(2, 4)).map(([last, variant], index): Person => ({
    first: random.pick(FIRST_NAMES),
    last,
    captionLast: spellTwoWays && index === 0 && variant ? variant : last,
    role: random.pick(ROLES),
  }));
  return {
    topic,
    place,
    otherPlace,
    people,
    subject: random.pick(topic.subjects),
    date: { day: random.int(1, 28), month: random.int(0, 11), year: random.int(2023, 2025) },
  };
}

const SMALL_WORDS = new Set(['the', 'of', 'and', 'a', 'to', 'in', 'on']);

function titleCase(text: string): string {
  return text
    .replace(/^the /, '')
    .split(' ')
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join(' ');
}

function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

function thousands(value: number): string {
  return value.toLocaleString('en-GB');
}

function money(random: Random): string {
  const amount = random.pick([`${random.int(2, 9)}.${random.int(1, 9)}`, String(random.int(12, 950))]);
  const unit = amount.includes('.') ? 'billion' : 'million';
  return random.pick([`${amount} ${unit} euros`, `€${amount} ${unit}`, `$${amount} ${unit}`, `${amount} ${unit} dollars`]);
}

function percent(random: Random): string {
  const value = random.chance(0.3) ? `${random.int(1, 40)}.${random.int(1, 9)}` : String(random.int(2, 85));
  return random.chance(0.7) ? `${value} per cent` : `${value}%`;
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth'];

/** Fills every `{slot}` of a template from the cast; unknown slots are a bug in `words.ts`. */
function fill(template: string, cast: Cast, random: Random): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const value = slotValue(slot, cast, random);
    if (value === undefined) throw new Error(`corpus template has an unknown slot {${slot}}: ${template}`);
    return value;
  });
}

function slotValue(slot: string, cast: Cast, random: Random): string | undefined {
  const person = random.pick(cast.people);
  switch (slot) {
    case 'country':
    case 'Country':
      return cast.place.country;
    case 'Country2':
      return cast.otherPlace.country;
    case 'city':
    case 'City':
      return cast.place.city;
    case 'region':
      return cast.place.region;
    case 'Region':
      return titleCase(cast.place.region);
    case 'org':
      return random.pick(ORGANISATIONS);
    case 'Org':
      return capitalise(random.pick(ORGANISATIONS));
    case 'subject':
      return cast.subject;
    case 'Subject':
      return capitalise(cast.subject);
    case 'person':
      return `${person.role} ${person.first} ${person.last}`;
    case 'speaker':
    case 'Speaker':
      return person.last;
    case 'fullname':
    case 'photographer':
      return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)[0]}`;
    case 'role':
      return person.role.toLowerCase();
    case 'arole':
      return `the ${person.role.toLowerCase()}`;
    case 'weekday':
    case 'weekday2':
      return random.pick(WEEKDAYS);
    case 'month':
      return random.pick(MONTHS);
    case 'year':
      return String(random.int(1990, cast.date.year - 1));
    case 'year2':
    case 'Year2':
      return String(random.int(cast.date.year + 1, cast.date.year + 8));
    case 'n':
    case 'n2':
      return String(random.int(2, 60));
    case 'n3':
    case 'n4':
      return String(random.int(20, 400));
    case 'big':
    case 'big2':
      return thousands(random.int(1, 900) * random.pick([10, 100, 1000]));
    case 'Big':
      return thousands(random.int(2, 90) * 1000);
    case 'dec':
    case 'dec2':
      return `${random.int(0, 6)}.${random.int(1, 9)}`;
    case 'pct':
    case 'pct2':
      return percent(random);
    case 'money':
      return money(random);
    case 'ordinal':
      return random.pick(ORDINALS);
    case 'side':
      return random.pick(['L', 'R', 'C', '2nd L']);
    case 'q':
    case 'q2':
      return quoteWords(cast, random);
    case 'fragment':
      return fragment(quoteWords(cast, random));
    default:
      return undefined;
  }
}

function quoteWords(cast: Cast, random: Random): string {
  return fill(random.chance(0.6) ? random.pick(cast.topic.quotes) : random.pick(GENERIC_QUOTES), cast, random);
}

/** The middle of a quote, for a partial quotation: `described it as "a good day for Porto"`. */
function fragment(quote: string): string {
  const words = quote.split(' ');
  const from = words.length > 6 ? 2 : 0;
  const text = words.slice(from, from + 6).join(' ');
  return text[0]!.toLowerCase() + text.slice(1);
}

/**
 * Turns a template's straight marks curly the way a wire desk types them.
 * In a `mixed` story some apostrophes stay straight, as when a sub-editor
 * types into copy that came in curly.
 */
function curl(text: string, style: QuoteStyle, random: Random): string {
  if (style === 'straight') return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const before = i > 0 ? text[i - 1]! : ' ';
    const opening = /[\s(\u2014]/.test(before);
    if (char === '"') out += opening ? '\u201C' : '\u201D';
    else if (char === "'") out += style === 'mixed' && !opening && random.chance(0.3) ? "'" : opening ? '\u2018' : '\u2019';
    else out += char;
  }
  return out;
}

function sentences(random: Random, cast: Cast, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(fill(random.chance(0.55) ? random.pick(cast.topic.facts) : random.pick(GENERIC_FACTS), cast, random));
  }
  return parts.join(' ');
}

function quoteParagraph(random: Random, cast: Cast): string {
  const quote = fill(random.pick(QUOTE_FRAMES), cast, random);
  return random.chance(0.3) ? `${quote} ${sentences(random, cast, 1)}` : quote;
}

/** `14 September 2023, Russia, Uglegorsk:`, the dpa caption dateline. */
function captionDateline(cast: Cast): string {
  return `${cast.date.day} ${MONTHS[cast.date.month]} ${cast.date.year}, ${cast.place.country}, ${cast.place.city}:`;
}

function caption(random: Random, cast: Cast): string {
  const person = random.pick(cast.people);
  const shows = fill(random.pick(cast.topic.captions), cast, random).replace(
    `${person.role} ${person.first} ${person.last}`,
    `${person.role} ${person.first} ${person.captionLast}`,
  );
  const credit = fill(random.pick(CREDITS), cast, random);
  const withDateline = random.chance(0.75) ? `${captionDateline(cast)} ${shows}` : shows;
  return `${withDateline} (${credit})`;
}

function photoBlock(random: Random, cast: Cast, plan: StoryPlan, first: boolean): string[] {
  const lines: string[] = [];
  const captions = Array.from({ length: random.int(1, 3) }, () => curl(caption(random, cast), plan.quoteStyle, random));
  for (const text of captions) {
    lines.push(text);
    if (plan.defects.duplicateCaptions) lines.push(text);
  }
  if (first && plan.defects.marker) lines.push(plan.defects.marker);
  return lines;
}

function headline(random: Random, cast: Cast, plan: StoryPlan): string {
  return curl(fill(random.pick(cast.topic.headlines), cast, random), plan.quoteStyle, random);
}

/** `PORTO, Portugal (AP) — ` or `2 February 2025, Chile, Valparaíso: ` before the first paragraph. */
function storyDateline(random: Random, cast: Cast): string {
  const roll = random.next();
  if (roll < 0.35) return `${cast.place.city.toUpperCase()}, ${cast.place.country} (${random.pick(DATELINE_AGENCIES)}) \u2014 `;
  if (roll < 0.5) return `${captionDateline(cast)} `;
  return '';
}

function crosshead(random: Random, cast: Cast, plan: StoryPlan): string {
  const words = random.chance(0.7) ? random.pick(cast.topic.crossheads) : random.pick(GENERIC_CROSSHEADS);
  if (plan.format === 'markdown') return `## ${words}`;
  return random.chance(0.6) ? curl(`'${words}'`, plan.quoteStyle, random) : words;
}

/** A Markdown paragraph sometimes carries emphasis or a link, which the parser must not read as copy. */
function markdownTouches(random: Random, paragraph: string): string {
  if (random.chance(0.15)) return paragraph.replace(/(\d[\d,.]*(?: per cent|%)?)/, '**$1**');
  if (random.chance(0.1)) return paragraph.replace(/\b(the \w+ \w+)/, `[$1](https://example.org/news/${random.int(1000, 99999)})`);
  return paragraph;
}

/** Leaves one quotation open: the closing mark of the first quoted paragraph is dropped. */
function openOneQuote(paragraphs: string[]): void {
  const index = paragraphs.findIndex((text) => /^["\u201C][^"\u201C\u201D]+,["\u201D] /.test(text));
  if (index >= 0) paragraphs[index] = paragraphs[index]!.replace(/,["\u201D] /, ', ');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The story's body: paragraphs until the planned length, crossheads among them. */
function body(random: Random, cast: Cast, plan: StoryPlan, used: number): string[] {
  const paragraphs: string[] = [];
  let words = used;
  let sinceCrosshead = 0;
  while (words < plan.words) {
    let paragraph = random.chance(0.3) && paragraphs.length > 0 ? quoteParagraph(random, cast) : sentences(random, cast, random.int(1, 3));
    if (paragraphs.length === 0) paragraph = storyDateline(random, cast) + paragraph;
    paragraph = curl(paragraph, plan.quoteStyle, random);
    if (plan.format === 'markdown') paragraph = markdownTouches(random, paragraph);
    paragraphs.push(paragraph);
    words += countWords(paragraph);
    sinceCrosshead++;
    if (sinceCrosshead > 5 && random.chance(0.15)) {
      paragraphs.push(crosshead(random, cast, plan));
      sinceCrosshead = 0;
    }
  }
  if (plan.defects.unbalancedQuote) openOneQuote(paragraphs);
  return paragraphs;
}

/** Slips photo blocks after the first between body paragraphs, never before the first. */
function withPhotoBlocks(random: Random, paragraphs: string[], blocks: string[][]): string[][] {
  const sections = paragraphs.map((text) => [text]);
  for (const block of blocks) sections.splice(random.int(1, Math.max(1, sections.length - 1)), 0, block);
  return sections;
}

function frontMatter(random: Random, cast: Cast, title: string): string[] {
  const month = String(cast.date.month + 1).padStart(2, '0');
  const day = String(cast.date.day).padStart(2, '0');
  return [
    '---',
    `headline: ${JSON.stringify(title)}`,
    `datePublished: ${cast.date.year}-${month}-${day}`,
    `author: ${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)[0]}`,
    `section: ${random.pick(['World', 'Business', 'Regional', 'Science', 'Culture'])}`,
    '---',
  ];
}

/**
 * One story as lines (no line endings). Sections are separated by one
 * blank line; defects are applied as the plan says.
 */
export function writeStory(random: Random, plan: StoryPlan): string[] {
  const cast = castStory(random);
  const title = headline(random, cast, plan);
  const sections: string[][] = [];
  if (plan.format === 'markdown') sections.push(frontMatter(random, cast, title), [`# ${title}`]);
  else sections.push([title]);
  if (random.chance(0.3)) sections.push([`By ${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)[0]}`]);
  const blocks = Array.from({ length: plan.photoBlocks }, (_, index) => photoBlock(random, cast, plan, index === 0));
  const [firstBlock, ...laterBlocks] = blocks;
  if (firstBlock) {
    sections.push(firstBlock);
    if (plan.defects.repeatedHeadline) sections.push([title]);
    if (plan.defects.repeatedPhotoBlock) sections.push(firstBlock.filter((line) => line !== plan.defects.marker));
  }
  const used = countWords(sections.flat().join(' '));
  sections.push(...withPhotoBlocks(random, body(random, cast, plan, used), laterBlocks));
  return scrape(random, sections, plan);
}

/** Joins sections with blank lines, then leaves the whitespace debris the plan asks for. */
function scrape(random: Random, sections: string[][], plan: StoryPlan): string[] {
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

/** A no-break space where a web page kept words together, `1,300 kilometres`; here one random space. */
function withNonBreakingSpace(random: Random, line: string): string {
  const spaces = [...line.matchAll(/ /g)].map((match) => match.index);
  const at = random.pick(spaces);
  return line.slice(0, at) + '\u00A0' + line.slice(at + 1);
}

/** One file of one or more stories; a scraper joins stories with three blank lines. */
export function writeFile(random: Random, stories: readonly StoryPlan[]): string {
  return stories.map((plan) => writeStory(random, plan).join('\n')).join('\n\n\n\n') + '\n';
}
