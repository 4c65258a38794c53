/**
 * The benchmark corpus: real Wikinews articles (GUM and MEANTIME, from
 * `../shared/data/`) laid out as the files a newsroom's scraper and CMS
 * leave behind, in `bench/.corpus/` (git-ignored), the same bytes on every
 * machine:
 *
 * - `archive/`: about 10 MB of article files, one to four stories each;
 * - `long/article-*.news.txt`: single articles of 64 KB to 1 MB (a live
 *   file that grows story by story), and `long/short-200/`: the 1 MB
 *   article's stories as 200 short articles;
 * - `stories/one-file-*.news.txt`: 1, 5 and 20 MB of stories in one file,
 *   and `stories/separate-*`: the same stories one to a file;
 *   `stories/one-file-50mb.news.txt`, one 50 MB file;
 * - `typing/`: articles of 1,000 to 20,000 words and a 2 MB multi-story
 *   file, for the language server (not article file names, so a folder
 *   lint of the corpus leaves them out).
 *
 *   npx tsx bench/corpus.ts            # make it if missing or out of date
 *   npx tsx bench/corpus.ts --force    # make it again
 *
 * `npm run bench` calls `ensureCorpus()` itself.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Random, streamFor } from './corpus/random';
import { everyDefect, joinStories, NO_DEFECTS, planStory, writeStory, type Format, type StoryPlan } from './corpus/scrape';
import { readSources, type SourceBlock, type SourceStory } from './corpus/sources';
import { RULES } from '../src/core/rules';
import { onlyStructuralRules } from './targets';

/** Bump when the corpus's output changes, so every checkout makes it again. */
export const CORPUS_VERSION = 2;

const SEED = 20250202;
const ARCHIVE_BYTES = 10e6;
const MARKDOWN_SHARE = 0.12;
const SEVERAL_STORIES_SHARE = 0.15;
const KB = 1024;
export const ARTICLE_SIZES = [64 * KB, 128 * KB, 256 * KB, 512 * KB, 1024 * KB] as const;
export const SHORT_ARTICLES = 200;
export const STORY_FILE_MEGABYTES = [1, 5, 20] as const;
export const BIG_FILE_MEGABYTES = 50;
export const TYPING_WORDS = [1000, 2500, 5000, 10000, 20000] as const;
/** Under the server's `copydesk.maxFileSize` (2 MiB), as the 1.95 MB document was. */
const MULTI_STORY_BYTES = 1.95e6;

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(BENCH_DIR, '.corpus');
/** The shared data sets, beside the worktree. */
export const DATA_DIR = resolve(BENCH_DIR, '..', '..', 'shared', 'data');
const MANIFEST = join(CORPUS_DIR, 'manifest.json');
/** A configuration with only the structural rules on, for `lint -c`. */
export const STRUCTURAL_CONFIG = join(CORPUS_DIR, 'structural.copydeskrc.json');

/** Files, relative to the corpus folder, with what they hold. */
export interface FileSet {
  readonly files: readonly string[];
  readonly bytes: number;
  readonly words: number;
  readonly stories: number;
}

export interface OneFile {
  readonly path: string;
  readonly bytes: number;
  readonly words: number;
  readonly stories: number;
}

export interface Manifest {
  readonly version: number;
  readonly seed: number;
  /** The archive: about 10 MB of article files. */
  readonly archive: FileSet & { readonly markdownFiles: number };
  /** One article each, by size in bytes. */
  readonly articles: readonly OneFile[];
  /** The largest article's stories as `SHORT_ARTICLES` article files. */
  readonly shortArticles: FileSet;
  /** Stories in one file, and the same stories one to a file, by megabytes. */
  readonly storyFiles: ReadonlyArray<{ readonly megabytes: number; readonly oneFile: OneFile; readonly separate: FileSet }>;
  readonly bigFile: OneFile;
  /** Single articles for typing, by their planned length in words. */
  readonly typing: readonly OneFile[];
  readonly multiStory: OneFile;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function slugOf(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
}

/** A wire service often runs a story short: sometimes only its first paragraphs. */
function storyAsRun(random: Random, source: SourceStory): SourceStory {
  if (source.blocks.length <= 4 || !random.chance(0.3)) return source;
  return { ...source, blocks: source.blocks.slice(0, random.int(3, source.blocks.length - 1)) };
}

/** A scraped story drawn from the sources, with its own plan. */
function scrapedStory(random: Random, sources: readonly SourceStory[], format: Format): { lines: string[]; headline: string } {
  const source = storyAsRun(random, random.pick(sources));
  return { lines: writeStory(random, source, planStory(random, format)), headline: source.headline };
}

/**
 * File `index` of the archive: mostly scraped plain text, some Markdown
 * from the CMS, some scraped files holding several stories; a few with
 * Windows line endings or a byte order mark, as files from other desks
 * arrive.
 */
export function archiveFile(
  sources: readonly SourceStory[],
  index: number,
): { path: string; text: string; format: Format; stories: number } {
  const random = streamFor(SEED, index);
  const format: Format = random.chance(MARKDOWN_SHARE) ? 'markdown' : 'plain';
  const count = format === 'plain' && random.chance(SEVERAL_STORIES_SHARE) ? random.int(2, 4) : 1;
  const stories = Array.from({ length: count }, () => scrapedStory(random, sources, format));
  let text = joinStories(stories.map((story) => story.lines));
  if (random.chance(0.04)) text = text.replace(/\n/g, '\r\n');
  if (random.chance(0.02)) text = '\uFEFF' + text;
  const folder = String(Math.floor(index / 100)).padStart(2, '0');
  const name = `${String(index).padStart(4, '0')}-${slugOf(stories[0]!.headline)}.news.${format === 'markdown' ? 'md' : 'txt'}`;
  return { path: `archive/${folder}/${name}`, text, format, stories: count };
}

/** Writes `text` at `path` inside the corpus and describes it. */
function writeOne(path: string, text: string, stories: number): OneFile {
  const target = join(CORPUS_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return { path, bytes: Buffer.byteLength(text), words: countWords(text), stories };
}

function describeSet(files: readonly OneFile[]): FileSet {
  return {
    files: files.map((file) => file.path),
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    words: files.reduce((sum, file) => sum + file.words, 0),
    stories: files.reduce((sum, file) => sum + file.stories, 0),
  };
}

function writeArchive(sources: readonly SourceStory[]): Manifest['archive'] {
  const written: OneFile[] = [];
  let bytes = 0;
  let markdownFiles = 0;
  for (let index = 0; bytes < ARCHIVE_BYTES; index++) {
    const file = archiveFile(sources, index);
    const one = writeOne(file.path, file.text, file.stories);
    written.push(one);
    bytes += one.bytes;
    if (file.format === 'markdown') markdownFiles++;
  }
  return { ...describeSet(written), markdownFiles };
}

/** The sources in a fixed, shuffled order, round and round: the stories a live file runs one after another. */
function storyStream(sources: readonly SourceStory[], seed: number): () => SourceStory {
  const random = new Random(seed);
  let order: SourceStory[] = [];
  return () => {
    if (order.length === 0) order = random.sample(sources, sources.length);
    return order.pop()!;
  };
}

/** The body of a story as it runs inside a longer file: its headline as a crosshead, then its paragraphs. */
function asSegment(story: SourceStory): SourceBlock[] {
  return [{ kind: 'crosshead', text: story.headline }, ...story.blocks];
}

/** One article plan for long files: mixed quotes and trailing spaces, nothing that scales with the number of stories in it. */
const LONG_PLAN: StoryPlan = { format: 'plain', photoBlocks: 0, quoteStyle: 'mixed', defects: { ...NO_DEFECTS, trailingSpaces: 0.05 } };

/**
 * Stories from the stream until `measure` of their text reaches `limit`
 * (each later story's headline counts: it runs as a crosshead), the last
 * one cut short at a paragraph so that the whole stays just under.
 */
function segmentsUpTo(next: () => SourceStory, limit: number, measure: (text: string) => number): SourceStory[] {
  const segments: SourceStory[] = [];
  let total = 0;
  while (total < limit) {
    const story = next();
    if (segments.length > 0) total += measure(story.headline) + 2;
    const blocks: SourceBlock[] = [];
    for (const block of story.blocks) {
      const size = measure(block.text) + 2;
      if (total + size > limit) {
        total = limit;
        break;
      }
      blocks.push(block);
      total += size;
    }
    if (blocks.length > 0) segments.push({ ...story, blocks });
  }
  return segments;
}

const byteLength = (text: string): number => Buffer.byteLength(text);

/** One article of many stories' paragraphs under the first story's headline: a live file. */
function longArticle(seed: number, segments: readonly SourceStory[]): string {
  const [first, ...rest] = segments;
  const blocks = [...first!.blocks, ...rest.flatMap(asSegment)];
  return writeStory(new Random(seed), first!, LONG_PLAN, blocks).join('\n') + '\n';
}

/** Splits `segments` into `count` runs of about equal bytes, in order, none empty. */
function splitEvenly(segments: readonly SourceStory[], count: number): SourceStory[][] {
  const sizes = segments.map((segment) => segment.blocks.reduce((sum, block) => sum + byteLength(block.text) + 2, 0));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const groups: SourceStory[][] = [];
  let done = 0;
  segments.forEach((segment, index) => {
    const due = Math.floor((done / total) * count);
    const left = segments.length - index;
    // A new group when the bytes say so, or when the segments left are only just enough for the groups left.
    if (groups.length === 0 || (groups.length < count && (due >= groups.length || left <= count - groups.length))) groups.push([]);
    groups[groups.length - 1]!.push(segment);
    done += sizes[index]!;
  });
  return groups;
}

function writeLongArticles(sources: readonly SourceStory[]): Pick<Manifest, 'articles' | 'shortArticles'> {
  const articles: OneFile[] = [];
  let largest: SourceStory[] = [];
  for (const size of ARTICLE_SIZES) {
    const segments = segmentsUpTo(storyStream(sources, SEED + 1), size, byteLength);
    largest = segments;
    articles.push(writeOne(`long/article-${size / KB}kb.news.txt`, longArticle(SEED + size, segments), segments.length));
  }
  const short = splitEvenly(largest, SHORT_ARTICLES).map((group, index) => {
    const text = longArticle(SEED + index, group);
    return writeOne(
      `long/short-${SHORT_ARTICLES}/${String(index).padStart(3, '0')}-${slugOf(group[0]!.headline)}.news.txt`,
      text,
      group.length,
    );
  });
  return { articles, shortArticles: describeSet(short) };
}

/** Scraped stories, each with its own plan, until they reach `bytes`. */
function storiesUpTo(sources: readonly SourceStory[], seed: number, bytes: number): string[][] {
  const random = new Random(seed);
  const stories: string[][] = [];
  let total = 0;
  while (total < bytes) {
    const { lines } = scrapedStory(random, sources, 'plain');
    stories.push(lines);
    total += lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 4);
  }
  return stories;
}

function writeStoryFiles(sources: readonly SourceStory[]): Pick<Manifest, 'storyFiles' | 'bigFile' | 'multiStory'> {
  const storyFiles = STORY_FILE_MEGABYTES.map((megabytes) => {
    const stories = storiesUpTo(sources, SEED + megabytes, megabytes * 1e6);
    const oneFile = writeOne(`stories/one-file-${megabytes}mb.news.txt`, joinStories(stories), stories.length);
    const separate = stories.map((lines, index) =>
      writeOne(
        `stories/separate-${megabytes}mb/${String(Math.floor(index / 500)).padStart(2, '0')}/${String(index).padStart(5, '0')}.news.txt`,
        joinStories([lines]),
        1,
      ),
    );
    return { megabytes, oneFile, separate: describeSet(separate) };
  });
  const big = storiesUpTo(sources, SEED + BIG_FILE_MEGABYTES, BIG_FILE_MEGABYTES * 1e6);
  const bigFile = writeOne(`stories/one-file-${BIG_FILE_MEGABYTES}mb.news.txt`, joinStories(big), big.length);
  const several = storiesUpTo(sources, SEED + 2, MULTI_STORY_BYTES);
  while (Buffer.byteLength(joinStories(several)) > MULTI_STORY_BYTES) several.pop();
  const multiStory = writeOne('typing/multi-story-2mb.txt', joinStories(several), several.length);
  return { storyFiles, bigFile, multiStory };
}

/** Single scraped articles of about `words` words, the sample's defects at the top, for typing in. */
function writeTypingArticles(sources: readonly SourceStory[]): OneFile[] {
  return TYPING_WORDS.map((words) => {
    const write = (limit: number): string => {
      const [first, ...rest] = segmentsUpTo(storyStream(sources, SEED + 3), limit, countWords);
      const blocks = [...first!.blocks, ...rest.flatMap(asSegment)];
      return writeStory(new Random(SEED + words), first!, everyDefect('plain'), blocks).join('\n') + '\n';
    };
    // The headline and photo blocks count too: write once to see how many words they add, then again with that much less body.
    const extra = countWords(write(words)) - words;
    return writeOne(`typing/words-${words}.txt`, write(words - Math.max(0, extra)), 1);
  });
}

function writeCorpus(): Manifest {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  const sources = readSources(DATA_DIR);
  const archive = writeArchive(sources);
  const manifest: Manifest = {
    version: CORPUS_VERSION,
    seed: SEED,
    archive,
    ...writeLongArticles(sources),
    ...writeStoryFiles(sources),
    typing: writeTypingArticles(sources),
  };
  // A project of its own: the article globs are rooted here, below the dot-folder, and every default rule applies.
  writeFileSync(join(CORPUS_DIR, '.copydeskrc.json'), '{}\n');
  writeStructuralConfig();
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

/**
 * The structural rules of issue 2 and every later rule off, for the
 * structural-rules figures (`lint -c`). Written again before each run, as
 * rules are added.
 */
export function writeStructuralConfig(): void {
  const rules = onlyStructuralRules(RULES.map((rule) => rule.id));
  writeFileSync(STRUCTURAL_CONFIG, JSON.stringify({ rules }, null, 2) + '\n');
}

function readManifest(): Manifest | undefined {
  if (!existsSync(MANIFEST)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    return manifest.version === CORPUS_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The corpus's manifest, making the corpus first when it is missing or was made by another version. */
export function ensureCorpus(options: { force?: boolean; log?: (line: string) => void } = {}): Manifest {
  const existing = options.force ? undefined : readManifest();
  if (existing) return existing;
  options.log?.(
    `Making the benchmark corpus (version ${CORPUS_VERSION}) in ${relative(process.cwd(), CORPUS_DIR)}/ from ${relative(process.cwd(), DATA_DIR)}/ …`,
  );
  return writeCorpus();
}

export function describeCorpus(manifest: Manifest): string {
  const { archive } = manifest;
  const mb = (archive.bytes / 1e6).toFixed(1);
  return `archive of ${archive.files.length} files, ${mb} MB, ${archive.words.toLocaleString('en-GB')} words, ${archive.stories} stories, ${archive.markdownFiles} Markdown files`;
}

/** The typing article planned at `words` words. */
export function typingArticle(manifest: Manifest, words: (typeof TYPING_WORDS)[number]): OneFile {
  return manifest.typing.find((file) => file.path === `typing/words-${words}.txt`)!;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const manifest = ensureCorpus({ force: process.argv.includes('--force'), log: console.log });
  console.log(`${describeCorpus(manifest)} (${Math.round(performance.now() - started)} ms)`);
}
