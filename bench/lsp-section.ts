import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './child';
import { typingArticle, TYPING_WORDS, type OneFile } from './corpus';
import { emptyCacheHome, OpenDocument, startServer, stopServer, typingPlace, type Server } from './lsp-client';
import { processCpuMs } from './child-cpu';
import { measured, type BenchContext, type Measurement, type Section, type Target } from './section';
import { median, percentile } from './stats';

/**
 * The language server as an editor meets it: `dist/server.js --stdio` in
 * its own process, spoken to over JSON-RPC by an outside client
 * (`bench/lsp-client.ts`). A keystroke is timed from its `didChange` until
 * both the pulled diagnostics and the semantic-token edits for that
 * version have arrived, the two asked for at once as VS Code asks: the
 * server's work after the editor's debounce, which the editor adds on top.
 * Every keystroke counts, the first ones (a cold JIT) too.
 */

/** Keystrokes per article, one after another, each waiting for the last one's answers. */
const EDITS = 1000;
const QUICK_EDITS = 100;
/** A case is stopped after this long, and its figures are those of the keystrokes done by then. */
const BUDGET_MS = 90_000;
const QUICK_BUDGET_MS = 15_000;
/** Articles open at once for the memory figure. */
const OPEN_ARTICLES = 50;
/** Server starts timed with and without the code cache. */
const STARTS = 7;

const TYPING_TARGETS: Readonly<Record<number, Target>> = {
  1000: { limit: 20, atLeast: false, unit: 'ms' },
  10000: { limit: 100, atLeast: false, unit: 'ms' },
  20000: { limit: 200, atLeast: false, unit: 'ms' },
};
const TYPING_MULTI_STORY: Target = { limit: 300, atLeast: false, unit: 'ms' };
const MEMORY_50: Target = { limit: 200, atLeast: false, unit: 'MB' };

/** Keystrokes timed in one document, and whether the time budget cut them short. */
interface Typing {
  readonly openMs: number;
  readonly samples: readonly number[];
  readonly stopped: boolean;
  /** The server's CPU time per keystroke (all its threads), which other work on the machine stretches less than the wall clock. */
  readonly cpuMsPerKeystroke: number | undefined;
}

/**
 * Opens `text`, waits for its first diagnostics and tokens, then types
 * `edits` characters one after another, each followed by the refresh an
 * editor asks for; milliseconds per keystroke.
 */
export async function timeTyping(server: Server, uri: string, text: string, edits: number, budgetMs: number): Promise<Typing> {
  const document = new OpenDocument(server.connection, uri, text);
  const opened = performance.now();
  await document.open();
  await document.refresh();
  const openMs = performance.now() - opened;
  const { start, typed } = typingPlace(text);
  const samples: number[] = [];
  const cpuBefore = processCpuMs(server.process.pid!);
  const began = performance.now();
  for (let i = 0; i < edits && performance.now() - began < budgetMs; i++) {
    const started = performance.now();
    await document.insert({ line: start.line, character: start.character + i }, typed[i % typed.length]!);
    await document.refresh();
    samples.push(performance.now() - started);
  }
  const cpuAfter = processCpuMs(server.process.pid!);
  await document.close();
  const cpuMsPerKeystroke = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / samples.length;
  return { openMs, samples, stopped: samples.length < edits, cpuMsPerKeystroke };
}

function typingRows(what: string, typing: Typing, edits: number, budgetMs: number, target?: Target): Measurement[] {
  const { samples } = typing;
  const done = typing.stopped
    ? `stopped after ${samples.length} of ${edits} keystrokes (${budgetMs / 1000} s budget)`
    : `${samples.length} keystrokes`;
  return [
    measured(`typing in ${what}, p50`, median(samples), 'ms', 1, {
      note: `opened, diagnostics and tokens in ${typing.openMs.toFixed(0)} ms`,
    }),
    measured(`typing in ${what}, p95`, percentile(samples, 95), 'ms', 1, {
      ...(target ? { target } : {}),
      note: `${done}; diagnostics and semantic-token edits, asked for together`,
    }),
    measured(`typing in ${what}, slowest`, Math.max(...samples), 'ms', 1),
    ...(typing.cpuMsPerKeystroke === undefined
      ? []
      : [
          measured(`typing in ${what}, server CPU per keystroke`, typing.cpuMsPerKeystroke, 'ms', 1, {
            note: 'mean, all its threads; a busy machine stretches the wall clock far more than this',
          }),
        ]),
  ];
}

/** The typing articles, or in `--quick` the 1,000- and 10,000-word ones. */
function typingCases(context: BenchContext): Array<{ what: string; file: OneFile; target?: Target }> {
  const words = context.quick ? [1000, 10000] : TYPING_WORDS;
  const cases: Array<{ what: string; file: OneFile; target?: Target }> = words.map((planned) => {
    const file = typingArticle(context.corpus, planned as (typeof TYPING_WORDS)[number]);
    const target = TYPING_TARGETS[planned];
    return { what: `a ${file.words.toLocaleString('en-GB')}-word article`, file, ...(target ? { target } : {}) };
  });
  if (!context.quick) {
    const { multiStory } = context.corpus;
    const mb = (multiStory.bytes / 1e6).toFixed(2);
    cases.push({ what: `a ${mb} MB file of ${multiStory.stories} stories`, file: multiStory, target: TYPING_MULTI_STORY });
  }
  return cases;
}

/** One server start: to the `initialize` response, and to the first article's diagnostics with the server's CPU time by then. */
interface Start {
  readonly initializeMs: number;
  readonly diagnosticsMs: number;
  readonly cpuMs: number | undefined;
}

/**
 * Starts a server and opens `article` at once, as an editor does when a
 * story is opened with it, and times the pulled diagnostics.
 */
async function timeStart(path: string, cacheHome: string, article: string): Promise<Start> {
  const started = performance.now();
  const server = await startServer(path, cacheHome);
  const uri = 'untitled:/bench/opened-at-start.news.txt';
  await server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'news', version: 1, text: article },
  });
  await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const start = { initializeMs: server.startMs, diagnosticsMs: performance.now() - started, cpuMs: processCpuMs(server.process.pid!) };
  await stopServer(server);
  return start;
}

/**
 * Server starts that open an article at once, `STARTS` times: each in a new
 * cache folder (the first start after an install or update), then with the
 * code cache the first server of a shared folder saved as it exited.
 */
async function timeStarts(path: string, article: { words: number; text: string }): Promise<Measurement[]> {
  const cold: Start[] = [];
  for (let i = 0; i < STARTS; i++) {
    const cacheHome = emptyCacheHome();
    try {
      cold.push(await timeStart(path, cacheHome, article.text));
    } finally {
      rmSync(cacheHome, { recursive: true, force: true });
    }
  }
  const cacheHome = emptyCacheHome();
  const cached: Start[] = [];
  try {
    await timeStart(path, cacheHome, article.text);
    for (let i = 0; i < STARTS; i++) cached.push(await timeStart(path, cacheHome, article.text));
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
  const note = `median of ${STARTS}`;
  const words = `a ${article.words.toLocaleString('en-GB')}-word article`;
  const rows = (starts: readonly Start[], kind: string, extra = ''): Measurement[] => {
    const cpu = starts.map((start) => start.cpuMs).filter((ms) => ms !== undefined);
    return [
      measured(`server start to initialize response, ${kind}`, median(starts.map((start) => start.initializeMs)), 'ms', 0, {
        note: `${note}; the server's part of activation, VS Code adds the extension host${extra}`,
      }),
      measured(
        `server start to the diagnostics of ${words} opened with it, ${kind}`,
        median(starts.map((start) => start.diagnosticsMs)),
        'ms',
        0,
        { note },
      ),
      ...(cpu.length
        ? [measured(`server CPU time by then, ${kind}`, median(cpu), 'ms', 0, { note: `${note}; user + system, all threads` })]
        : []),
    ];
  };
  return [...rows(cold, 'no code cache', '; the first start after an install'), ...rows(cached, 'code cache')];
}

/** Resident memory of a process in MB (10^6 bytes), from `/proc` (Linux only). */
function residentMegabytes(pid: number): number | undefined {
  try {
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes ? (Number(kilobytes) * 1024) / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** Opens `OPEN_ARTICLES` corpus files, analysed and coloured as visible editors would be, and reads the server's memory. */
async function memoryWithOpenArticles(server: Server, context: BenchContext): Promise<Measurement> {
  const files = context.corpus.archive.files.slice(0, OPEN_ARTICLES);
  for (const [index, file] of files.entries()) {
    const document = new OpenDocument(
      server.connection,
      `untitled:/bench/open-${index}.news.txt`,
      readFileSync(join(context.corpusDir, file), 'utf8'),
    );
    await document.open();
    await document.refresh();
  }
  const megabytes = residentMegabytes(server.process.pid!);
  if (megabytes === undefined) return { label: `server memory, ${files.length} open files`, shown: 'n/a', note: 'no /proc on this system' };
  return measured(`server memory (RSS), ${files.length} open files`, megabytes, 'MB', 0, {
    target: MEMORY_50,
    note: 'each analysed with diagnostics and tokens',
  });
}

export const lspSection: Section = {
  id: 'lsp',
  title: '(lsp) Language server: node dist/server.js --stdio, every default rule, an outside JSON-RPC client',
  async run(context) {
    const path = ensureBuilt(context, 'server.js');
    const edits = context.quick ? QUICK_EDITS : EDITS;
    const budgetMs = context.quick ? QUICK_BUDGET_MS : BUDGET_MS;
    const measurements: Measurement[] = [];
    const cacheHome = emptyCacheHome();
    try {
      // Untitled URIs: no configuration file applies, so every default rule runs, as in an editor.
      for (const { what, file, target } of typingCases(context)) {
        context.log(`lsp: typing in ${what}…`);
        const server = await startServer(path, cacheHome);
        try {
          const text = readFileSync(join(context.corpusDir, file.path), 'utf8');
          const typing = await timeTyping(server, `untitled:/bench/${file.path.replace(/\//g, '-')}`, text, edits, budgetMs);
          measurements.push(...typingRows(what, typing, edits, budgetMs, target));
        } finally {
          await stopServer(server);
        }
      }
      context.log(`lsp: opening ${OPEN_ARTICLES} articles…`);
      const server = await startServer(path, cacheHome);
      try {
        measurements.push(await memoryWithOpenArticles(server, context));
      } finally {
        await stopServer(server);
      }
    } finally {
      rmSync(cacheHome, { recursive: true, force: true });
    }
    context.log(`lsp: starting the server ${STARTS * 2 + 1} times…`);
    const opened = typingArticle(context.corpus, 1000);
    measurements.push(
      ...(await timeStarts(path, { words: opened.words, text: readFileSync(join(context.corpusDir, opened.path), 'utf8') })),
    );
    return measurements;
  },
};
