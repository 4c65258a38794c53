import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, describe, it } from 'mocha';
import { findingsOf, openFixture, revertActiveEditor, ruleOf, waitFor } from './helpers';

const HEADLINE = 'Harbour Bridge in Tallinn Reopens to Cyclists After Winter Repairs';

describe('Language features from the server', () => {
  afterEach(revertActiveEditor);

  it('offers a quick fix that deletes a duplicate caption line', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    await waitFor(
      'the Copydesk diagnostics',
      () => findingsOf(document.uri),
      (found) => found.includes('duplicate-caption@4'),
    );
    const repeat = vscode.languages
      .getDiagnostics(document.uri)
      .find((d) => ruleOf(d) === 'duplicate-caption' && d.range.start.line === 3)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      repeat.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The API command returns actions without their diagnostics, so the title names the finding.
    const fix = actions.find((action) => action.kind?.value === 'quickfix' && action.title.startsWith('Fix: Duplicate caption'));
    assert.ok(fix?.edit, `a quick fix for the duplicate caption among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true, 'preferred, so Ctrl+. Enter and auto-fix pick it');
    const before = document.getText().split('\n');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const expected = [...before.slice(0, 3), ...before.slice(4)];
    assert.deepEqual(document.getText().split('\n'), expected);
  });

  it('offers source.fixAll.copydesk for editor.codeActionsOnSave', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      'source.fixAll.copydesk',
    );
    assert.deepEqual(
      actions.map((action) => action.kind?.value),
      ['source.fixAll.copydesk'],
    );
  });

  it('outlines the article: headline, photo blocks and their captions', async () => {
    // The repeated headline on line 9 is a finding, not a second headline.
    const { document } = await openFixture('harbour-bridge.news');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      [HEADLINE],
    );
    const parts = symbols[0]!.children;
    assert.deepEqual(
      parts.filter((part) => part.detail === 'headline').map((part) => part.range.start.line),
      [0],
    );
    const photoBlocks = parts.filter((part) => part.name.startsWith('Photo block'));
    assert.deepEqual(
      photoBlocks.map((block) => block.range.start.line),
      [2, 10],
    );
    assert.ok(
      photoBlocks[0]!.children.every((caption) => caption.name.startsWith('3 April 2025, Estonia, Tallinn:')),
      'each caption is named by its text',
    );
  });
});
