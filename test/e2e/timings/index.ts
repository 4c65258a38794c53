// The in-editor half of `npm run bench:editor`, loaded as
// `extensionTestsPath` into a window that opened an article as it started
// (as `code article.news` does): waits for the language server and prints
// Copydesk's timings on one console line, which the runner picks out. It
// asserts nothing; the e2e suite checks that the timings exist.
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/client/extension';
import { waitFor } from '../suite/helpers';
import { timingsLine } from './line';

export async function run(): Promise<void> {
  const extension = await waitFor('Copydesk to activate', () => vscode.extensions.getExtension<CopydeskApi>('copydesk.copydesk'), (found) => found?.isActive === true, 60_000);
  const api = extension!.exports;
  await waitFor('the language server to be ready', () => api.timings().server, (server) => server !== undefined, 60_000);
  console.log(timingsLine(api.timings()));
}
