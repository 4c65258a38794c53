import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { findingsOf, openFixture, waitFor } from './helpers';

// harbour-bridge.news is shaped like the scraped sample: each caption pasted
// twice, a TT marker, the headline again and then the whole photo block again.
const EXPECTED_FINDINGS = [
  'duplicate-caption@11',
  'duplicate-caption@12',
  'duplicate-caption@4',
  'duplicate-caption@6',
  'duplicate-photo-block@11',
  'repeated-headline@9',
  'scrape-artifact@7',
];

describe('Diagnostics in a news article', () => {
  it('opens .news files in the news language', async () => {
    const editor = await openFixture('harbour-bridge.news');
    assert.equal(editor.document.languageId, 'news');
  });

  it('reports the duplicate captions, the repeated headline and the TT marker', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    const findings = await waitFor(
      'the Copydesk diagnostics',
      () => findingsOf(document.uri),
      (found) => found.length >= EXPECTED_FINDINGS.length,
    );
    assert.deepEqual(findings, [...EXPECTED_FINDINGS].sort());
  });

  it('links each duplicate caption to its first copy and to the rule docs', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    await waitFor(
      'the Copydesk diagnostics',
      () => findingsOf(document.uri),
      (found) => found.length >= EXPECTED_FINDINGS.length,
    );
    const repeat = vscode.languages
      .getDiagnostics(document.uri)
      .find((d) => d.range.start.line === 3 && typeof d.code === 'object' && d.code.value === 'duplicate-caption');
    assert.ok(repeat, 'a duplicate-caption diagnostic on line 4');
    assert.equal(repeat.severity, vscode.DiagnosticSeverity.Error);
    assert.deepEqual(
      repeat.relatedInformation?.map((info) => info.location.range.start.line),
      [2],
    );
    assert.ok(
      typeof repeat.code === 'object' && /duplicate-caption/.test(repeat.code.target.toString()),
      'the code links to the rule docs',
    );
  });
});
