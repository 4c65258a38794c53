/**
 * The benchmark corpus: a generated archive of scraped and CMS article files
 * in `bench/.corpus/` (git-ignored), the same bytes on every machine, plus a
 * 1,000-word and a 10,000-word article for latency measurements.
 *
 *   npx tsx bench/corpus.ts            # make it if missing or out of date
 *   npx tsx bench/corpus.ts --force    # make it again
 *
 * `npm run bench` calls `ensureCorpus()` itself.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NO_DEFECTS, planStory, storyLength, writeFile, type Format, type StoryPlan } from './corpus/compose';
import { Random, streamFor } from './corpus/random';
import { RULES } from '../src/core/rules';
import { onlyStructuralRules } from './targets';

/** Bump when the generator's output changes, so every checkout makes the corpus again. */
export const CORPUS_VERSION = 1;

const SEED = 20250202;
const FILE_COUNT = 2200;
const MARKDOWN_SHARE = 0.12;
const TWO_STORY_SHARE = 0.12;

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(BENCH_DIR, '.corpus');
const MANIFEST = join(CORPUS_DIR, 'manifest.json');

export interface Manifest {
  readonly version: number;
  readonly seed: number;
  /** Article files, relative to the corpus folder; the latency fixtures are not among them. */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly words: number;
  readonly stories: number;
  readonly markdownFiles: number;
  /** Latency fixtures by their planned length in words, relative to the corpus folder. */
  readonly latency: Readonly<Record<'1000' | '10000', { readonly path: string; readonly words: number }>>;
}

/** One generated file, before it is written. */
interface Generated {
  readonly path: string;
  readonly text: string;
  readonly format: Format;
  readonly stories: number;
}

function slugOf(text: string): string {
  const title = text.split('\n').find((line) => line.startsWith('# ')) ?? text.split('\n')[0]!;
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
}

/**
 * File `index` of the archive: mostly scraped plain text, some Markdown from
 * the CMS, some scraped files holding two stories; a few with Windows line
 * endings or a byte order mark, as files from other desks arrive.
 */
export function generateFile(index: number): Generated {
  const random = streamFor(SEED, index);
  const format: Format = random.chance(MARKDOWN_SHARE) ? 'markdown' : 'plain';
  const storyCount = format === 'plain' && random.chance(TWO_STORY_SHARE) ? 2 : 1;
  const plans = Array.from({ length: storyCount }, () => planStory(random, format, storyLength(random)));
  let text = writeFile(random, plans);
  if (random.chance(0.04)) text = text.replace(/\n/g, '\r\n');
  if (random.chance(0.02)) text = '\uFEFF' + text;
  const folder = String(Math.floor(index / 100)).padStart(2, '0');
  const name = `${String(index).padStart(4, '0')}-${slugOf(text.replace(/^\uFEFF/, ''))}.news.${format === 'markdown' ? 'md' : 'txt'}`;
  return { path: `archive/${folder}/${name}`, text, format, stories: storyCount };
}

/** A scraped story with the sample's defects, of about `words` words, for timing one file. */
export function generateLatencyFixture(words: number): string {
  const plan: StoryPlan = {
    format: 'plain',
    words,
    photoBlocks: words > 2000 ? 3 : 2,
    quoteStyle: 'mixed',
    defects: {
      ...NO_DEFECTS,
      duplicateCaptions: true,
      marker: 'TT',
      repeatedHeadline: true,
      repeatedPhotoBlock: true,
      trailingSpaces: 0.05,
      nonBreakingSpace: true,
    },
  };
  return writeFile(new Random(SEED + words), [plan]);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function writeCorpus(): Manifest {
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  const files: string[] = [];
  let bytes = 0;
  let words = 0;
  let stories = 0;
  let markdownFiles = 0;
  for (let index = 0; index < FILE_COUNT; index++) {
    const file = generateFile(index);
    const target = join(CORPUS_DIR, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    files.push(file.path);
    bytes += Buffer.byteLength(file.text);
    words += countWords(file.text);
    stories += file.stories;
    if (file.format === 'markdown') markdownFiles++;
  }
  const latency = {} as Record<'1000' | '10000', { path: string; words: number }>;
  for (const length of [1000, 10000] as const) {
    // Not `*.news.txt`, so a folder lint of the corpus leaves the fixtures out.
    const path = `latency-${length}-words.txt`;
    const text = generateLatencyFixture(length);
    writeFileSync(join(CORPUS_DIR, path), text);
    latency[length] = { path, words: countWords(text) };
  }
  writeCorpusConfig();
  const manifest: Manifest = { version: CORPUS_VERSION, seed: SEED, files, bytes, words, stories, markdownFiles, latency };
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

/**
 * The corpus's own configuration: the structural rules the target is about,
 * every later rule off, whatever the repository's settings. Being a project
 * of its own also roots the article globs here, below the dot-folder.
 * Written again before each end-to-end run, as rules are added.
 */
export function writeCorpusConfig(): void {
  const rules = onlyStructuralRules(RULES.map((rule) => rule.id));
  writeFileSync(join(CORPUS_DIR, '.copydeskrc.json'), JSON.stringify({ rules }, null, 2) + '\n');
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

/** The corpus's manifest, making the corpus first when it is missing or was made by another generator version. */
export function ensureCorpus(options: { force?: boolean; log?: (line: string) => void } = {}): Manifest {
  const existing = options.force ? undefined : readManifest();
  if (existing) return existing;
  options.log?.(`Generating the benchmark corpus (version ${CORPUS_VERSION}) in ${relative(process.cwd(), CORPUS_DIR)}/ …`);
  return writeCorpus();
}

export function describeCorpus(manifest: Manifest): string {
  const mb = (manifest.bytes / 1e6).toFixed(1);
  return `${manifest.files.length} files, ${mb} MB, ${manifest.words.toLocaleString('en-GB')} words, ${manifest.stories} stories, ${manifest.markdownFiles} Markdown files`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const manifest = ensureCorpus({ force: process.argv.includes('--force'), log: console.log });
  console.log(`${describeCorpus(manifest)} (${Math.round(performance.now() - started)} ms)`);
}
