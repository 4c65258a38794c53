import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import type { CopydeskApi } from '../../../src/client/extension';
import { openFixture, waitFor } from './helpers';

/** The extension's API; it is active once a fixture has been opened. */
function copydesk(): CopydeskApi {
  const extension = vscode.extensions.getExtension<CopydeskApi>('copydesk.copydesk');
  assert.ok(extension?.isActive, 'Copydesk is active');
  return extension.exports;
}

function assertDuration(value: number | undefined, what: string): void {
  assert.ok(typeof value === 'number' && Number.isFinite(value) && value > 0, `${what} is a positive number of milliseconds, not ${value}`);
}

// Runs first: the language server must not have been started by an earlier test.
describe('Starting the language server', () => {
  it('activates for a Markdown file that is not an article without starting the server', async () => {
    const { document } = await openFixture('notes', 'README.md');
    assert.equal(document.languageId, 'markdown');
    const api = copydesk();
    assertDuration(api.timings().activation, 'activation');
    assert.equal(api.serverStarted(), false);
    assert.equal(api.timings().server, undefined);
    assert.equal(api.timings().firstDiagnostics, undefined);
  });

  it('starts the server when an article opens, and reports how long it took', async () => {
    await openFixture('harbour-bridge.news');
    const api = copydesk();
    assert.equal(api.serverStarted(), true);
    const server = await waitFor(
      'the language server to be ready',
      () => api.timings().server,
      (timings) => timings !== undefined,
    );
    assertDuration(server?.ready, 'entry loaded to server ready');
    assertDuration(server?.hostUptime, 'extension host up');
    assertDuration(server?.requested, 'entry loaded to server asked for');
    assertDuration(server?.clientLoad, 'loading the language client');
    assertDuration(server?.serverStart, 'starting the server');
    const diagnostics = await waitFor(
      'the first diagnostics',
      () => api.timings().firstDiagnostics,
      (timings) => timings !== undefined,
    );
    assertDuration(diagnostics?.shown, 'entry loaded to first diagnostics');
    assert.ok(
      diagnostics!.shown >= server!.ready,
      `the first diagnostics (${diagnostics!.shown} ms) came before the server was ready (${server!.ready} ms)`,
    );
    assertDuration(diagnostics?.hostUptime, 'extension host up at the first diagnostics');
  });
});
