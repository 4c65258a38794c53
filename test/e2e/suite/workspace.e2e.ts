import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, describe, it } from 'mocha';
import { findingsOf, fixtureUri, openFixture, revertActiveEditor, waitFor } from './helpers';

describe('Commands across files', () => {
  it('Lint Workspace puts the problems of article files nobody opened in the Problems panel', async () => {
    const unopened = fixtureUri('archive', 'tram-depot.news');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === unopened.toString()), 'the file is not open');
    await openFixture('harbour-bridge.news');
    await vscode.commands.executeCommand('copydesk.lintWorkspace');
    const findings = await waitFor(
      'diagnostics on archive/tram-depot.news',
      () => findingsOf(unopened),
      (found) => found.length > 0,
    );
    assert.deepEqual(findings, ['duplicate-caption@4']);
  });

  describe('Split Articles into Files', () => {
    const created = fixtureUri('two-stories-harbour-fees-rise-in-aarhus.news');

    afterEach(async () => {
      await revertActiveEditor();
      const cleanup = new vscode.WorkspaceEdit();
      cleanup.deleteFile(created, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(cleanup);
    });

    it('keeps the first article in the file and moves the second to a new file named after its headline', async () => {
      const { document } = await openFixture('two-stories.news');
      const lines = document.getText().split('\n');
      await vscode.commands.executeCommand('copydesk.splitArticles');
      await waitFor(
        'the original to keep one article',
        () => document.getText(),
        (text) => !text.includes('Aarhus'),
      );
      assert.equal(document.getText(), lines.slice(0, 3).join('\n') + '\n');
      const moved = await vscode.workspace.openTextDocument(created);
      assert.equal(moved.getText(), lines.slice(5).join('\n'));
      assert.equal(moved.languageId, 'news');
    });
  });
});
