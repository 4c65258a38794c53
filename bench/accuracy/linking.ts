/**
 * Linking accuracy on the hand-labelled set in `bench/accuracy/linking/`
 * (eight invented articles, every name labelled with its QID or `null`
 * before any linker existed; its README gives the rules), with the link
 * table's size and load time and linking's share of the annotation time.
 * A measure only: the linker is tuned on test/linking's fixtures, never on
 * these files.
 *
 *   npm run bench:accuracy          (this section among the others)
 *   node --import tsx bench/accuracy/linking.ts   (this section alone)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { withLinks } from '../../src/core/annotations/with-links';
import type { EntityMention } from '../../src/core/annotations/model';
import { parseArticleFile } from '../../src/core/article/parse';
import type { ArticleFile } from '../../src/core/article/model';
import { linkTableFrom, type LinkTableFile } from '../../src/core/linking/table';
import { shippedLinkTable } from '../../src/core/linking/shipped';

const SET = join(import.meta.dirname, 'linking');

interface Label {
  readonly mention: string;
  readonly occurrence: number;
  readonly type: string;
  readonly qid: string | null;
}

interface Gold extends Label {
  readonly start: number;
  readonly end: number;
}

/** Where the n-th occurrence of `words` stands, counted as the set's README counts: case-sensitive, not inside a longer word or a hyphenated one. */
export function occurrenceAt(text: string, words: string, occurrence: number): number {
  let seen = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + words.length] ?? ' ';
    if (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}-]/u.test(after)) continue;
    if (++seen === occurrence) return at;
  }
  throw new Error(`occurrence ${occurrence} of "${words}" not found`);
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly Gold[];
}

function readSet(): Case[] {
  return readdirSync(SET)
    .filter((file) => file.endsWith('.news.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(SET, file), 'utf8');
      const labels = JSON.parse(readFileSync(join(SET, file.replace('.news.txt', '.links.json')), 'utf8')) as Label[];
      const gold = labels.map((label) => {
        const start = occurrenceAt(text, label.mention, label.occurrence);
        return { ...label, start, end: start + label.mention.length };
      });
      return { name: file.replace('.news.txt', ''), text, gold };
    });
}

function mentionsOf(text: string): EntityMention[] {
  const file = parseArticleFile(text, { format: 'plain' });
  return file.articles.flatMap((article) => annotateArticle(article, file).mentions);
}

interface Tally {
  links: number;
  correct: number;
  linkable: number;
  /** Links on words no label covers: a name the labels do not count, or no name at all. */
  unlabelled: number;
}

const TYPES = ['person', 'organization', 'place', 'nationality'] as const;

/** A look-alike trap: a labelled name the table holds under two or more items, or under an item it must not be linked to. */
function isTrap(gold: Gold): boolean {
  const items = new Set(
    shippedLinkTable()
      .candidates(gold.mention)
      .map((c) => c.item.qid),
  );
  return gold.qid === null ? items.size > 0 : items.size > 1;
}

interface Scores {
  readonly strict: Record<(typeof TYPES)[number] | 'all', Tally>;
  readonly overlap: Tally;
  readonly traps: Array<{ article: string; gold: Gold; given: string | null }>;
}

function score(cases: readonly Case[]): Scores {
  const tally = (): Tally => ({ links: 0, correct: 0, linkable: 0, unlabelled: 0 });
  const strict = { person: tally(), organization: tally(), place: tally(), nationality: tally(), all: tally() };
  const overlap = tally();
  const traps: Scores['traps'] = [];
  for (const { name, text, gold } of cases) {
    const linked = mentionsOf(text).filter((m) => m.link);
    for (const g of gold) {
      const exact = linked.find((m) => m.start === g.start && m.end === g.end);
      const touching = linked.filter((m) => m.start < g.end && g.start < m.end);
      const byType = strict[g.type as (typeof TYPES)[number]];
      if (g.qid) for (const t of [byType, strict.all]) t.linkable++;
      if (g.qid) overlap.linkable++;
      if (exact) for (const t of [byType, strict.all]) t.links++;
      if (exact && exact.link!.qid === g.qid) for (const t of [byType, strict.all]) t.correct++;
      if (g.qid && touching.some((m) => m.link!.qid === g.qid)) overlap.correct++;
      if (isTrap(g)) traps.push({ article: name, gold: g, given: exact?.link?.qid ?? touching[0]?.link?.qid ?? null });
    }
    for (const m of linked) {
      if (!gold.some((g) => m.start === g.start && m.end === g.end)) strict.all.unlabelled++;
      overlap.links++;
      if (!gold.some((g) => m.start < g.end && g.start < m.end)) overlap.unlabelled++;
    }
  }
  strict.all.links += strict.all.unlabelled;
  return { strict, overlap, traps };
}

const pct = (part: number, whole: number): string => (whole === 0 ? '–' : ((100 * part) / whole).toFixed(1));

function row(label: string, t: Tally): string {
  return `| ${label} | ${pct(t.correct, t.links)} | ${pct(t.correct, t.linkable)} | ${t.links} | ${t.correct} | ${t.linkable} |`;
}

/** The table's size on disk, its load (the first lookup's indexing) and linking's share of annotating the set, taken in alternating rounds. */
function costs(cases: readonly Case[]): string[] {
  const path = join(import.meta.dirname, '..', '..', 'src', 'core', 'lexicon', 'wikidata-links.json');
  const bytes = statSync(path).size;
  const parseStart = performance.now();
  const file = JSON.parse(readFileSync(path, 'utf8')) as LinkTableFile;
  const parseMs = performance.now() - parseStart;
  const loads = Array.from({ length: 5 }, () => {
    const started = performance.now();
    linkTableFrom(file).candidates('Georgia');
    return performance.now() - started;
  }).sort((a, b) => a - b);
  const parsed = cases.map(({ text }) => parseArticleFile(text, { format: 'plain' }));
  const annotated = parsed.map((f: ArticleFile) =>
    f.articles.map((article) => ({ article, a: annotateArticle(article, f), text: f.text })),
  );
  let annotateMs = 0;
  let linkMs = 0;
  for (let round = 0; round < 20; round++) {
    let started = performance.now();
    parsed.forEach((f) => f.articles.forEach((article) => annotateArticle(article, f)));
    annotateMs += performance.now() - started;
    started = performance.now();
    for (const articles of annotated)
      for (const { article, a, text } of articles)
        withLinks(text, a.entities, {
          datelines: [article.dateline, ...article.captions.map((c) => c.dateline)].flatMap((d) => d?.places ?? []),
          credits: article.captions.map((c) => c.credit),
        });
    linkMs += performance.now() - started;
  }
  return [
    `| link table on disk (\`src/core/lexicon/wikidata-links.json\`) | ${(bytes / 1024 / 1024).toFixed(2)} MiB |`,
    `| link table load: JSON.parse of the file (a bundle pays this when the module loads) | ${parseMs.toFixed(0)} ms |`,
    `| link table load: index its lines and answer the first lookup (median of 5) | ${loads[2]!.toFixed(1)} ms |`,
    `| linking's share of annotating the set (20 rounds, linking timed apart on the same entities) | ${pct(linkMs, annotateMs)} % |`,
  ];
}

/** The section of docs/accuracy.md: figures, then every look-alike trap with what the linker gave. */
export function linkingSection(): string {
  const cases = readSet();
  const { strict, overlap, traps } = score(cases);
  const trapRight = traps.filter((t) => t.given === t.gold.qid).length;
  const trapWrong = traps.filter((t) => t.given !== null && t.given !== t.gold.qid).length;
  const lines = [
    '### Linking to Wikidata',
    '',
    `Hand-labelled set: ${cases.length} articles, ${cases.reduce((n, c) => n + c.gold.length, 0)} labelled mentions, ${strict.all.linkable} linkable (bench/accuracy/linking, never tuned on). A link counts when the mention's span is the label's and its QID the label's; precision is over every link the linker made, labelled words or not.`,
    '',
    '| mentions | precision | recall | links | right | linkable |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...TYPES.map((type) => row(type, strict[type])),
    row('**all** (exact span)', strict.all),
    row('all, overlapping spans', overlap),
    '',
    `Links on words no label covers: ${strict.all.unlabelled} with exact spans, ${overlap.unlabelled} touching no label at all.`,
    '',
    `Look-alike traps (a label whose words the table gives to two or more items, or to one it must not be): ${traps.length}; linked right ${trapRight}, linked wrong ${trapWrong}, left unlinked ${traps.length - trapRight - trapWrong}.`,
    '',
    'The traps not linked right:',
    '',
    '| article | mention | labelled | linked |',
    '| --- | --- | --- | --- |',
    ...traps
      .filter((t) => t.given !== t.gold.qid)
      .map((t) => `| ${t.article} | ${t.gold.mention} (${t.gold.occurrence}) | ${t.gold.qid ?? 'none'} | ${t.given ?? '–'} |`),
    '',
    '| measure | value |',
    '| --- | ---: |',
    ...costs(cases),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) console.log(linkingSection());
