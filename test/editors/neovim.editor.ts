import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { cliFindings, inReadingOrder, Newsroom, requireEditor, runEditor, type EditorReport, type Seen } from './helpers';

const SCRIPT = resolve(import.meta.dirname, 'neovim.lua');

/** What neovim.lua adds beside the diagnostics: a hover, the code action menu on the marker, and the diagnostics after its quick fix. */
interface NeovimReport extends EditorReport {
  readonly filetype: string;
  readonly server: string;
  readonly hover: { line: number; word: string; contents: { kind: string; value: string } } | null;
  readonly codeActions: { titles: string[]; applied: string | null } | null;
  readonly afterQuickFix: Seen[];
  /** The counts above the headline, and the quickfix list after running the people's count. */
  readonly lenses: { titles: string[]; mentions: Array<{ line: number; text: string }> } | null;
}

describe('Neovim with Copydesk over stdio', function () {
  let newsroom: Newsroom;
  let report: NeovimReport;

  before(async () => {
    requireEditor('nvim', 'apt-get install neovim');
    newsroom = new Newsroom();
    // Neovim 0.7 (Debian bookworm) has no -l: the script runs as an Ex command after start-up.
    report = (await runEditor('nvim', ['--headless', '--clean', '-c', `luafile ${SCRIPT}`], newsroom)) as NeovimReport;
    assert.equal(report.error, undefined, `Neovim's script failed: ${report.error}`);
  });

  after(() => newsroom?.clear());

  it('opens a .news file in the news filetype, attached to the copydesk server', () => {
    assert.equal(report.filetype, 'news');
    assert.equal(report.server, 'copydesk');
  });

  it('shows the diagnostics the CLI reports, with rule ids as codes, at the same lines and columns', () => {
    assert.deepEqual(inReadingOrder(report.diagnostics), inReadingOrder(cliFindings(newsroom.article)));
    assert.ok(report.diagnostics.some((diagnostic) => diagnostic.code === 'scrape-artifact'));
  });

  it('hovers a relative date with the date it resolves to', () => {
    assert.equal(report.hover?.contents.kind, 'markdown');
    assert.match(report.hover!.contents.value, /`2025-04-03` \(Thursday\)/);
  });

  it('shows the counts above the headline, and puts the people in the quickfix list through the documented handler', () => {
    assert.ok(report.lenses, 'no code lenses');
    assert.match(
      report.lenses.titles.join(' · '),
      /^\d+ (person|people) · \d+ places? · \d+ organisations? · \d+ quotes? · \d+ problems?$/,
    );
    assert.ok(report.lenses.mentions.length > 0, 'the quickfix list is empty');
    assert.ok(
      report.lenses.mentions.some((mention) => mention.text.startsWith('Liis Tamm')),
      JSON.stringify(report.lenses.mentions),
    );
  });

  it("lists the marker's quick fix, and after it is applied shows what the CLI says of the edited text", () => {
    assert.ok(report.codeActions, 'no code actions on the TT line');
    assert.equal(report.codeActions.applied, 'Fix: Scrape artifact: "TT" is a site marker, not copy');
    assert.ok(
      report.codeActions.titles.some((title) => title.startsWith('Fix all Copydesk problems')),
      report.codeActions.titles.join(' | '),
    );
    const withoutMarker = newsroom.variant('without-marker.news', (text) => text.replace('\nTT\n', '\n'));
    assert.deepEqual(inReadingOrder(report.afterQuickFix), inReadingOrder(cliFindings(withoutMarker)));
  });
});
