// The in-editor half of `npm run bench:editor`, loaded as
// `extensionTestsPath`: opens an article as the window's first act, waits
// for the language server, and prints Copydesk's timings on one console
// line, which the runner picks out. It asserts nothing; the e2e suite
// checks that the timings exist.
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../src/client/extension';
import { openFixture, waitFor } from '../suite/helpers';
import { timingsLine } from './line';

export async function run(): Promise<void> {
  await openFixture('harbour-bridge.news');
  const api = vscode.extensions.getExtension<CopydeskApi>('copydesk.copydesk')?.exports;
  if (!api) throw new Error('Copydesk did not activate');
  await waitFor('the language server to be ready', () => api.timings().server, (server) => server !== undefined, 60_000);
  console.log(timingsLine(api.timings()));
}
