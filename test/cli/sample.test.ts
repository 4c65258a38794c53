import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { needsSample, SAMPLE } from './sample-file';
import { cleanUp, copydesk, makeFolder, parseJson, places } from './helpers';

/** What the sample must report, article by article: the repeats, the `TT` marker and the repeated headline. */
const STRUCTURAL = [
  'duplicate-caption@4:1',
  'scrape-artifact@5:1',
  'repeated-headline@7:1',
  'duplicate-caption@9:1',
  'duplicate-photo-block@9:1',
  'duplicate-caption@10:1',
  'duplicate-caption@61:1',
  'scrape-artifact@62:1',
  'repeated-headline@64:1',
  'duplicate-caption@66:1',
  'duplicate-photo-block@66:1',
  'duplicate-caption@67:1',
];
const STRUCTURAL_RULES = new Set(['duplicate-caption', 'duplicate-photo-block', 'repeated-headline', 'scrape-artifact']);

/** Lines `--fix` deletes (1-based): each article's second caption copy, `TT`, and the repeated headline and photo block with their blank lines. */
const DELETED_LINES = [4, 5, 7, 8, 9, 10, 11, 61, 62, 64, 65, 66, 67, 68];
/** The headline's trailing non-breaking space, on a line `--fix` keeps. */
const TRAILING_WHITESPACE_LINES = [1];
/** Straight apostrophes in the second story, whose other marks are curly: [line, column]. */
const STRAIGHT_APOSTROPHES: ReadonlyArray<readonly [number, number]> = [
  [81, 8],
  [83, 82],
  [89, 8],
];

describe('the scraped sample', function () {
  let folder: string;
  before(function () {
    needsSample(this);
  });
  beforeEach(() => {
    folder = makeFolder();
    copyFileSync(SAMPLE, join(folder, 'sample.txt'));
    // CI lays shared/ out without write bits and --fix refuses a read-only file, so the copy is made
    // writable, with a mode other than the default so the fix is seen to keep it.
    chmodSync(join(folder, 'sample.txt'), 0o640);
  });
  afterEach(() => cleanUp(folder));

  it('reports in each article the caption repeats, the repeated photo block, the repeated headline and the TT line, at their places', () => {
    const run = copydesk(['lint', 'sample.txt', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1);
    const [report] = parseJson(run);
    assert.deepEqual(
      places(report!).filter((place) => STRUCTURAL_RULES.has(place.split('@')[0]!)),
      STRUCTURAL,
    );
  });

  /** The first story's caption lines, each pasted twice and repeated as a block. */
  const CAPTION_LINES = [3, 4, 9, 10];

  it("reports nothing on the body paragraphs but real whitespace and quote problems, and the caption's other spelling of a name", () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const [report] = parseJson(copydesk(['lint', 'sample.txt', '--format', 'json'], { cwd: folder }));
    const others = report!.messages.filter((message) => !STRUCTURAL_RULES.has(message.ruleId));
    for (const finding of others) {
      const covered = text.slice(finding.start, finding.end);
      if (finding.ruleId === 'whitespace')
        assert.match(covered, /^\s+$/u, `whitespace@${finding.line}:${finding.column} covers only whitespace`);
      else if (finding.ruleId === 'mixed-quotes')
        assert.match(covered, /^['"]$/, `mixed-quotes@${finding.line}:${finding.column} covers a straight mark`);
      else if (finding.ruleId === 'unattributed-quote')
        assert.match(
          covered,
          /^["\u201C][^"\u201C\u201D]+["\u201D]$/u,
          `unattributed-quote@${finding.line}:${finding.column} covers a quotation`,
        );
      // The captions spell Kim Jong-un, the body Kim Jong Un: the captions are told, the body is left alone.
      else if (finding.ruleId === 'inconsistent-name')
        assert.deepEqual(
          [covered, CAPTION_LINES.includes(finding.line)],
          ['Kim Jong-un', true],
          `inconsistent-name@${finding.line}:${finding.column}`,
        );
      else assert.fail(`unexpected ${finding.ruleId}@${finding.line}:${finding.column}`);
    }
    assert.deepEqual(
      others.filter((finding) => finding.ruleId === 'mixed-quotes').map((finding) => [finding.line, finding.column]),
      STRAIGHT_APOSTROPHES,
    );
  });

  it('--fix leaves one copy of each caption, one headline, no TT, and otherwise only whitespace and quote repairs', () => {
    const original = readFileSync(SAMPLE, 'utf8');
    const run = copydesk(['lint', '--fix', 'sample.txt'], { cwd: folder });
    assert.equal(run.code, 0, run.stdout + run.stderr);

    const lines = original.split('\n');
    for (const line of TRAILING_WHITESPACE_LINES) lines[line - 1] = lines[line - 1]!.replace(/\s+$/u, '');
    for (const [line, column] of STRAIGHT_APOSTROPHES) {
      const text = lines[line - 1]!;
      assert.equal(text[column - 1], "'");
      lines[line - 1] = text.slice(0, column - 1) + '\u2019' + text.slice(column);
    }
    const expected = lines.filter((_, index) => !DELETED_LINES.includes(index + 1)).join('\n');
    assert.equal(readFileSync(join(folder, 'sample.txt'), 'utf8'), expected);
    assert.equal(statSync(join(folder, 'sample.txt')).mode & 0o777, 0o640, 'the fixed copy keeps its mode');
  });
});
