import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cliFindings, inReadingOrder, Newsroom, requireEditor, runEditor, type EditorReport, type Seen } from './helpers';

const SCRIPT = resolve(import.meta.dirname, 'emacs.el');
/** The fixture as Fix All Problems leaves it in VS Code (test/e2e). */
const FIXED = resolve(import.meta.dirname, '../e2e/fixtures/harbour-bridge.fixed.txt');

/** What emacs.el adds: the major mode, the server's name, Flymake's text for each diagnostic, a hover and the text after fix-all. */
interface EmacsReport extends EditorReport {
  readonly mode: string;
  readonly server: string;
  readonly diagnostics: Array<Seen & { text: string }>;
  readonly hover: { line: number; word: string; contents: string } | null;
  readonly fixedText: string;
}

describe('Emacs (Eglot and Flymake) with Copydesk over stdio', function () {
  let newsroom: Newsroom;
  let report: EmacsReport;

  before(async () => {
    requireEditor('emacs', 'apt-get install emacs-nox elpa-eglot');
    newsroom = new Newsroom();
    report = (await runEditor('emacs', ['--batch', '-l', SCRIPT], newsroom)) as EmacsReport;
    assert.equal(report.error, undefined, `Emacs's script failed: ${report.error}`);
  });

  after(() => newsroom?.clear());

  it('opens a .news file in news-mode, managed by the copydesk server', () => {
    assert.equal(report.mode, 'news-mode');
    assert.equal(report.server, 'copydesk');
  });

  it('shows in Flymake the diagnostics the CLI reports, with rule ids as codes, at the same lines and columns', () => {
    assert.deepEqual(inReadingOrder(report.diagnostics), inReadingOrder(cliFindings(newsroom.article)));
    // Eglot puts the source and the rule id in front of the message: what the user reads in the echo area.
    const marker = report.diagnostics.find((diagnostic) => diagnostic.code === 'scrape-artifact');
    assert.equal(marker?.text, 'copydesk [scrape-artifact]: Scrape artifact: "TT" is a site marker, not copy');
  });

  it('hovers a relative date with the date it resolves to', () => {
    assert.match(report.hover?.contents ?? '', /`2025-04-03` \(Thursday\)/);
  });

  it('fixes the whole article with the source.fixAll.copydesk code action, as VS Code does', () => {
    assert.equal(report.fixedText, readFileSync(FIXED, 'utf8'));
  });
});
