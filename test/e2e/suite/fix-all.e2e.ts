import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, describe, it } from 'mocha';
import { openFixture, readFixture, revertActiveEditor } from './helpers';

describe('Copydesk: Fix All Problems', () => {
  // The command awaits its WorkspaceEdit, so the document has changed when it returns.
  afterEach(revertActiveEditor);

  it('leaves one copy of each caption, one headline and no TT', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    const expected = await readFixture('harbour-bridge.fixed.txt');
    await vscode.commands.executeCommand('copydesk.fixAll');
    assert.equal(document.getText(), expected);
  });

  it('is undone by a single undo', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    const original = document.getText();
    await vscode.commands.executeCommand('copydesk.fixAll');
    assert.notEqual(document.getText(), original, 'the fix changed the text');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });

  it('then finds nothing left to fix', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    await vscode.commands.executeCommand('copydesk.fixAll');
    const fixed = document.getText();
    await vscode.commands.executeCommand('copydesk.fixAll');
    assert.equal(document.getText(), fixed);
  });
});
