import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { measured, type BenchContext, type Measurement, type Section, type Target } from './section';
import { processCpuMs } from './child-cpu';
import { median, percentile } from './stats';

/**
 * The language server as an editor meets it: `dist/server.js --stdio`
 * spoken to over JSON-RPC, as in `test/server/`. Typing is timed from the
 * `didChange` of one keystroke until both a pulled diagnostic report and
 * the semantic tokens for that version (as edits since the last, as
 * VS Code asks for them) have arrived: the server's work after the
 * editor's debounce, which the editor adds on top.
 */

/** Keystrokes timed per article, after a few untimed ones so the JIT has compiled the server. */
const EDITS = 50;
const WARM_UP = 5;
/** Articles open at once for the memory figure. */
const OPEN_ARTICLES = 50;
/** Server starts timed with and without the code cache. */
const STARTS = 7;

const TYPING_10K: Target = { limit: 100, atLeast: false, unit: 'ms' };
const TYPING_1K: Target = { limit: 20, atLeast: false, unit: 'ms' };
const MEMORY_50: Target = { limit: 200, atLeast: false, unit: 'MB' };

/** What the client declares: pull diagnostics, as VS Code does, so a report can be asked for right after an edit. */
const CAPABILITIES = {
  textDocument: {
    diagnostic: { dynamicRegistration: false },
    semanticTokens: { requests: { full: { delta: true } }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
  },
};

interface Server {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Process start to the `initialize` response. */
  readonly startMs: number;
}

function newestIn(folder: string): number {
  return Math.max(0, ...readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => statSync(join(folder, name)).mtimeMs));
}

/** Builds `dist/server.js` when missing or older than a source file, so the figures are those of the code in the tree. */
function ensureServerBuilt(context: BenchContext): string {
  const server = join(context.repoDir, 'dist', 'server.js');
  if (!existsSync(server) || statSync(server).mtimeMs < newestIn(join(context.repoDir, 'src'))) {
    context.log('lsp: building dist/server.js with node esbuild.js…');
    const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: context.repoDir, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('node esbuild.js failed');
  }
  return server;
}

/**
 * Starts the server in an empty folder, so no `.copydeskrc` applies: the
 * default rules, all of them, as an editor gets them. `cacheHome` is its
 * XDG_CACHE_HOME, where it keeps its compiled code (src/server/code-cache.ts).
 */
async function startServer(path: string, cacheHome: string): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, [path, '--stdio'], {
    cwd: tmpdir(),
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
  const startMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  return { process: child, connection, startMs };
}

async function stopServer(server: Server): Promise<void> {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  await new Promise<void>((done) => (server.process.exitCode !== null ? done() : server.process.once('exit', () => done())));
  server.connection.dispose();
}

/** A folder for the server's code cache, empty. */
function emptyCacheHome(): string {
  return mkdtempSync(join(tmpdir(), 'copydesk-bench-cache-'));
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

/** The result id of the semantic tokens the editor holds for each document, as VS Code keeps it to ask for edits. */
const heldTokens = new Map<string, string>();

/**
 * Diagnostics and semantic tokens for the document's current version, as
 * VS Code asks for both after an edit: the tokens as edits since the ones
 * it holds (`full/delta`), or whole the first time.
 */
async function refresh(connection: ProtocolConnection, uri: string): Promise<void> {
  const previousResultId = heldTokens.get(uri);
  const [, tokens] = await Promise.all([
    connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }),
    previousResultId === undefined
      ? connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })
      : connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId }),
  ]);
  const resultId = (tokens as { resultId?: string } | null)?.resultId;
  if (resultId === undefined) heldTokens.delete(uri);
  else heldTokens.set(uri, resultId);
}

/** A line of running text near the middle of the article, where a reporter would be typing. */
function typingLine(text: string): { line: number; character: number } {
  const lines = text.split(/\r?\n/);
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && lines[line]!.split(' ').length < 12) line++;
  return { line, character: lines[line]!.length };
}

/** Types `EDITS` characters, one `didChange` each, and times each refresh; milliseconds per keystroke. */
async function timeTyping(server: Server, uri: string, text: string): Promise<number[]> {
  const { connection } = server;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  await refresh(connection, uri);
  const cursor = typingLine(text);
  const typed = ' and the harbour master said talks would resume on Monday morning'.repeat(2);
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + EDITS; i++) {
    const position = { line: cursor.line, character: cursor.character + i };
    const started = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: i + 2 },
      contentChanges: [{ range: { start: position, end: position }, text: typed[i % typed.length]! }],
    });
    await refresh(connection, uri);
    if (i >= WARM_UP) samples.push(performance.now() - started);
  }
  await connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  heldTokens.delete(uri);
  return samples;
}

function typingMeasurements(words: number, samples: readonly number[], target: Target): Measurement[] {
  const label = `typing in a ${words.toLocaleString('en-GB')}-word article`;
  return [
    measured(`${label}, p50`, median(samples), 'ms', 1),
    measured(`${label}, p95`, percentile(samples, 95), 'ms', 1, {
      target,
      note: `${samples.length} keystrokes; diagnostics and semantic-token edits`,
    }),
  ];
}

/** Opens `OPEN_ARTICLES` corpus files, analysed and coloured as visible editors would be, and reads the server's memory. */
async function memoryWithOpenArticles(server: Server, context: BenchContext): Promise<Measurement> {
  const files = context.corpus.files.slice(0, OPEN_ARTICLES);
  for (const [index, file] of files.entries()) {
    const uri = `untitled:/bench/open-${index}.news.txt`;
    const text = readFileSync(join(context.corpusDir, file), 'utf8');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
    await refresh(server.connection, uri);
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
  title: '(lsp) Language server: node dist/server.js --stdio, every default rule',
  async run(context) {
    const path = ensureServerBuilt(context);
    const measurements: Measurement[] = [];
    const cacheHome = emptyCacheHome();
    // Untitled URIs: no configuration file applies, so every default rule runs, as in an editor.
    for (const [words, target] of [
      [10000, TYPING_10K],
      [1000, TYPING_1K],
    ] as const) {
      const fixture = context.corpus.latency[words === 10000 ? '10000' : '1000'];
      context.log(`lsp: typing in the ${fixture.words}-word article…`);
      const server = await startServer(path, cacheHome);
      try {
        const samples = await timeTyping(
          server,
          `untitled:/bench/latency-${words}.news.txt`,
          readFileSync(join(context.corpusDir, fixture.path), 'utf8'),
        );
        measurements.push(...typingMeasurements(fixture.words, samples, target));
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
      rmSync(cacheHome, { recursive: true, force: true });
    }
    context.log(`lsp: starting the server ${STARTS * 2 + 1} times…`);
    const opened = context.corpus.latency['1000'];
    measurements.push(
      ...(await timeStarts(path, { words: opened.words, text: readFileSync(join(context.corpusDir, opened.path), 'utf8') })),
    );
    return measurements;
  },
};
