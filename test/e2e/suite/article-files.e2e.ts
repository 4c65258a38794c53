import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { findingsOf, openFixture, waitFor } from './helpers';

describe('Which files are articles', () => {
  it('opens news articles set up for prose: wrapped, without suggestions or occurrence boxes over the names', async () => {
    const { document } = await openFixture('port-talks.news');
    const editor = vscode.workspace.getConfiguration('editor', document);
    assert.equal(editor.get('wordWrap'), 'on');
    assert.deepEqual(editor.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.equal(editor.get('occurrencesHighlight'), 'off');
    assert.equal(editor.get('semanticHighlighting.enabled'), true);
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.notEqual(plain.get('wordWrap'), 'on', 'other languages keep their own settings');
  });

  it('lints a plain .txt file that copydesk.files names, leaving its language alone', async () => {
    // The runner's user settings hold "copydesk.files": ["**/wire/*.txt"].
    const { document } = await openFixture('wire', 'ferry.txt');
    assert.equal(document.languageId, 'plaintext');
    const findings = await waitFor(
      'diagnostics on wire/ferry.txt',
      () => findingsOf(document.uri),
      (found) => found.length > 0,
    );
    assert.deepEqual(findings, ['duplicate-caption@4']);
  });

  it('picks up a change to copydesk.files without a reload', async () => {
    const settings = vscode.workspace.getConfiguration('copydesk');
    const before = settings.get<string[]>('files', []);
    const { document } = await openFixture('inbox', 'market.txt');
    // Asking for the fix-all action answers at once: no provider means the server does not see the file.
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const fixAllActions = () =>
      vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        whole,
        'source.fixAll.copydesk',
      );
    assert.deepEqual(await fixAllActions(), [], 'inbox/market.txt is not an article before the change');
    try {
      await settings.update('files', [...before, '**/inbox/*.txt'], vscode.ConfigurationTarget.Global);
      const findings = await waitFor(
        'diagnostics on inbox/market.txt',
        () => findingsOf(document.uri),
        (found) => found.length > 0,
      );
      assert.deepEqual(findings, ['duplicate-caption@4']);
      assert.equal((await fixAllActions()).length, 1);
    } finally {
      await settings.update('files', before, vscode.ConfigurationTarget.Global);
    }
  });

  it('"Treat This File as a News Article" switches an untitled document to news and lints it', async () => {
    const content =
      'Night Buses Return\n\n1 May 2025, Latvia, Riga: A night bus waits at the terminal. (LETA)\n1 May 2025, Latvia, Riga: A night bus waits at the terminal. (LETA)\n\nThe buses run again from Friday.\n';
    const document = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('copydesk.treatAsArticle');
    const switched = await waitFor(
      'the news language',
      () => vscode.window.activeTextEditor?.document.languageId,
      (id) => id === 'news',
    );
    assert.equal(switched, 'news');
    const uri = vscode.window.activeTextEditor!.document.uri;
    const findings = await waitFor(
      'diagnostics on the untitled article',
      () => findingsOf(uri),
      (found) => found.length > 0,
    );
    assert.deepEqual(findings, ['duplicate-caption@4']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
