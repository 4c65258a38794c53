import siteMarkers from '../lexicon/site-markers.json';
import { deleteLines } from './edits';
import { defineRule } from './rule';

/** A Markdown link standing for the whole line: `[Read more](https://...)`. */
const LINK = /^\[([^\]]+)\]\([^)]*\)$/;

/**
 * `Read more:`, `Advertisement »`, `**Advertisement**` and
 * `[Read more](https://...)` are the same markers as `Read more` and
 * `Advertisement`.
 */
function markerKey(text: string): string {
  const bare = text.trim().replace(/^[*_]+|[*_]+$/g, '');
  return (LINK.exec(bare)?.[1] ?? bare)
    .trim()
    .replace(/[\s:>\u00BB\u203A\u2026.]+$/u, '')
    .toLowerCase();
}

/**
 * A cheap first look, since nearly every line is copy: a marker line is
 * short once trimmed, or wrapped in Markdown (`**Advertisement**`,
 * `[Read more](…)`), whose markup the key removes.
 */
function couldBeMarker(line: string, longest: number): boolean {
  const limit = longest + 8;
  if (line.length <= limit || /^\s*[[*_]/.test(line)) return true;
  return /\s$/.test(line) && line.trim().length <= limit;
}

export default defineRule({
  id: 'scrape-artifact',
  scope: 'article',
  description: 'A stray site marker (`TT`, `Advertisement`, `Read more`) stands on a line of its own.',
  defaultSeverity: 'error',
  tags: ['scrape'],
  defaultOptions: { markers: siteMarkers.words, additionalMarkers: [] as string[] },
  options: {
    markers: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'The markers to look for; replaces the default list.' },
    additionalMarkers: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Markers to look for as well as `markers`.' },
  },
  check(article, { file, options, report }) {
    const markers = new Set([...options.markers, ...options.additionalMarkers].map(markerKey));
    const longest = Math.max(0, ...[...markers].map((marker) => marker.length));
    for (const block of article.blocks) {
      if (block.kind === 'verbatim' || block.kind === 'headline') continue;
      for (const line of block.lines) {
        if (!couldBeMarker(line.text, longest) || !markers.has(markerKey(line.text))) continue;
        const text = line.text.trim();
        const start = line.start + line.text.indexOf(text);
        report({
          start,
          end: start + text.length,
          message: `Scrape artifact: "${text}" is a site marker, not copy`,
          unnecessary: true,
          fix: [deleteLines(file.lines, line.index, line.index)],
        });
      }
    }
  },
});
