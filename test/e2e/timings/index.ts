// The in-editor half of `npm run bench:editor` and of the runner's
// opened-at-start check, loaded as `extensionTestsPath` into a window that
// opened an article as it started (as `code article.news` does): waits for
// the language server and the article's diagnostics, and prints Copydesk's
// timings and the editor's on one console line, which the runner picks out.
// The runner asserts on them; this side only reports.
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/client/extension';
import { waitFor } from '../suite/helpers';
import { timingsLine, type WindowTimings } from './line';

interface PerformanceMark {
  readonly name: string;
  readonly startTime: number;
}

/** VS Code's marks (`vs/base/common/performance`), their times in epoch milliseconds. */
function editorMarks(): readonly PerformanceMark[] {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): PerformanceMark[] } }).MonacoPerformanceMarks;
  return marks?.getMarks() ?? [];
}

/** When the extension host was ready, and began to load Copydesk, in milliseconds since it started. */
function hostTimings(): WindowTimings['host'] {
  const since = (name: string): number | undefined => {
    const mark = editorMarks().find((candidate) => candidate.name === name);
    return mark && mark.startTime - performance.timeOrigin;
  };
  const ready = since('code/extHost/ready');
  const copydeskLoad = since('code/extHost/willLoadExtensionCode/copydesk.copydesk');
  return ready === undefined || copydeskLoad === undefined ? undefined : { ready, copydeskLoad };
}

export async function run(): Promise<void> {
  const extension = await waitFor(
    'Copydesk to activate',
    () => vscode.extensions.getExtension<CopydeskApi>('copydesk.copydesk'),
    (found) => found?.isActive === true,
    60_000,
  );
  const api = extension!.exports;
  await waitFor(
    'the language server to be ready',
    () => api.timings().server,
    (server) => server !== undefined,
    60_000,
  );
  const article = vscode.workspace.textDocuments.find((document) => document.languageId === 'news');
  const diagnostics = article
    ? await waitFor(
        "the article's diagnostics",
        () => vscode.languages.getDiagnostics(article.uri).length,
        (count) => count > 0,
        60_000,
      )
    : 0;
  // Timed as they reach the editor, so they are there by now; a build from before this timing (bench:editor --against) has none.
  await waitFor(
    'the first diagnostics to be timed',
    () => api.timings().firstDiagnostics,
    (timings) => timings !== undefined,
    5_000,
  ).catch(() => undefined);
  console.log(timingsLine({ copydesk: api.timings(), host: hostTimings(), diagnostics }));
}
