/**
 * A CPU profile of the language server while an outside client types, as
 * `npm run bench -- --only lsp` types, for finding where a keystroke's
 * time goes:
 *
 *   npx tsx bench/profile-typing.ts                        # 200 keystrokes in the 10,000-word article
 *   npx tsx bench/profile-typing.ts --words 20000 --edits 100
 *   npx tsx bench/profile-typing.ts --file typing/multi-story-2mb.txt --edits 10
 *
 * It starts `dist/server.js` with `--cpu-prof`, opens the article, types,
 * and once the server has exited says where its profile is, for
 * `bench/profile.ts`. The profile covers the server's start and the first
 * analysis too, a small share beside a few hundred keystrokes.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, ensureCorpus, typingArticle, TYPING_WORDS } from './corpus';
import { emptyCacheHome, OpenDocument, startServer, stopServer, typingPlace } from './lsp-client';
import { median, percentile } from './stats';

const { values } = parseArgs({
  options: { words: { type: 'string', default: '10000' }, edits: { type: 'string', default: '200' }, file: { type: 'string' } },
});
const manifest = ensureCorpus({ log: console.error });
const path = values.file ?? typingArticle(manifest, Number(values.words) as (typeof TYPING_WORDS)[number]).path;
const text = readFileSync(join(CORPUS_DIR, path), 'utf8');
const profiles = mkdtempSync(join(tmpdir(), 'copydesk-typing-profile-'));
const cacheHome = emptyCacheHome();
const server = await startServer(join(dirname(CORPUS_DIR), '..', 'dist', 'server.js'), cacheHome, [
  '--cpu-prof',
  `--cpu-prof-dir=${profiles}`,
]);
const document = new OpenDocument(server.connection, `untitled:/bench/${path.replace(/\//g, '-')}`, text);
await document.open();
await document.refresh();
const { start, typed } = typingPlace(text);
const samples: number[] = [];
for (let i = 0; i < Number(values.edits); i++) {
  const started = performance.now();
  await document.insert({ line: start.line, character: start.character + i }, typed[i % typed.length]!);
  await document.refresh();
  samples.push(performance.now() - started);
}
await stopServer(server);
rmSync(cacheHome, { recursive: true, force: true });
console.log(`${path}: ${samples.length} keystrokes, p50 ${median(samples).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);
console.log(`profile in ${profiles}; summarise it with: npx tsx bench/profile.ts ${profiles} [--by file|folder]`);
