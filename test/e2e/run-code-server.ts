// Runs the in-editor suite inside code-server with Debian's Chromium, then
// checks through the UI itself: the Problems panel lists the duplicate
// captions, and each kind of highlighting has its own colour in every
// default theme; screenshots go to test-results/.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { buildSuite } from './build';
import { startCodeServer, workbenchUrl, type RunningCodeServer } from './code-server';
import { checkProblemsPanel } from './problems-panel';
import { checkThemeColours } from './theme-colours';
import { prepareScratch, removeScratch, type Scratch } from './scratch';
import { findTimings } from './timings/line';

const SUITE_TIMEOUT_MS = 5 * 60_000;
const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION = resolve('.');

/**
 * A browser console message as text. Chromium's `%c` styling and its CSS
 * argument are dropped; the extension host forwards its own format string
 * (mocha's `%s` and `%d`) as a later argument, so each string argument
 * formats the ones after it.
 */
function formatConsole(values: readonly unknown[]): string {
  const parts: string[] = [];
  let rest = values;
  while (rest.length > 0) {
    const [first, ...others] = rest;
    if (typeof first !== 'string') {
      parts.push(format(first));
      rest = others;
      continue;
    }
    const args: unknown[] = [];
    let next = 0;
    const text = first.replace(/%[csdifoOj]/g, (token) => {
      if (next >= others.length) return token;
      const arg = others[next++];
      if (token === '%c') return '';
      args.push(arg);
      return token;
    });
    parts.push(format(text, ...args));
    rest = others.slice(next);
  }
  return parts.join(' ').trimEnd();
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  return context.newPage();
}

export interface SuiteOptions {
  /** Receives each line of the extension host's console; printed by default. */
  readonly onConsole?: (line: string) => void;
  /** A file the window opens as it starts. */
  readonly openFile?: string;
  /** The extension to load, by its folder (with `dist/` built); this checkout by default. */
  readonly extension?: string;
}

/** Loads the workbench with the suite as `extensionTestsPath` and resolves with the exit code the workbench reports. */
export async function runSuite(
  browser: Browser,
  server: RunningCodeServer,
  scratch: Scratch,
  suite: string,
  { onConsole = console.log, openFile, extension = EXTENSION }: SuiteOptions = {},
): Promise<number> {
  const page = await newPage(browser);
  // The extension host's console (mocha's report among it) arrives as browser console messages.
  let printing = Promise.resolve();
  page.on('console', (message) => {
    printing = printing.then(async () =>
      onConsole(formatConsole(await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg)))))),
    );
  });
  let reportExit: (code: number) => void = () => undefined;
  const exitCode = new Promise<number>((resolveExit) => (reportExit = resolveExit));
  await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
  await page.goto(
    workbenchUrl(server, scratch.workspace, {
      extensionDevelopmentPath: extension,
      extensionTestsPath: suite,
      ...(openFile && { openFile }),
    }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((resolveTimeout) => {
    timer = setTimeout(() => {
      console.error(`The editor suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s`);
      resolveTimeout(1);
    }, SUITE_TIMEOUT_MS);
  });
  const code = await Promise.race([exitCode, timeout]);
  clearTimeout(timer);
  await printing;
  if (code !== 0) await page.screenshot({ path: 'test-results/suite-failure.png' });
  await page.context().close();
  return code;
}

/**
 * A window that opens an article as it starts (`code article.news`), where
 * the server is forked as the extension loads: it must be that early start
 * that served the article, and the article must get its diagnostics.
 */
async function checkArticleOpenAtStart(browser: Browser, server: RunningCodeServer, scratch: Scratch): Promise<boolean> {
  const lines: string[] = [];
  const code = await runSuite(browser, server, scratch, await buildSuite('test/e2e/timings/index.ts', 'timings'), {
    onConsole: (line) => lines.push(line),
    openFile: join(scratch.workspace, 'harbour-bridge.news'),
  });
  const timings = findTimings(lines);
  const ok =
    code === 0 &&
    timings?.copydesk.server?.forkedEarly === true &&
    timings.diagnostics > 0 &&
    timings.copydesk.firstDiagnostics !== undefined;
  if (ok) {
    const { server, firstDiagnostics } = timings.copydesk;
    console.log(
      `article open at start: the server forked as the extension loaded was ready ${Math.round(server!.ready)} ms after it, ` +
        `its first diagnostics shown after ${Math.round(firstDiagnostics!.shown)} ms; ${timings.diagnostics} diagnostics`,
    );
  } else
    console.error(
      `article open at start: expected the early server and diagnostics, got exit code ${code} and ${JSON.stringify(timings)}:\n${lines.join('\n')}`,
    );
  return ok;
}

export async function runCodeServer(): Promise<number> {
  const suite = await buildSuite();
  const scratch = await prepareScratch();
  await mkdir('test-results', { recursive: true });
  let server: RunningCodeServer;
  try {
    server = await startCodeServer(scratch);
  } catch (error) {
    await removeScratch(scratch);
    throw error;
  }
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const started = Date.now();
      const suiteCode = await runSuite(browser, server, scratch, suite);
      console.log(`editor suite: exit code ${suiteCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const openAtStartOk = await checkArticleOpenAtStart(browser, server, scratch);
      const page = await newPage(browser);
      const url = workbenchUrl(server, scratch.workspace, { extensionDevelopmentPath: EXTENSION });
      const panelOk = await checkProblemsPanel(page, url);
      const coloursOk = await checkThemeColours(page, url, scratch);
      return suiteCode !== 0 ? suiteCode : openAtStartOk && panelOk && coloursOk ? 0 : 1;
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
    await removeScratch(scratch);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runCodeServer();
}
