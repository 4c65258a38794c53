// Front-matter keys and YAML excerpts come from the file, and the reports
// quote them: a control character in one must reach the terminal or the CI
// log as an escape, never as the control itself.
import assert from 'node:assert/strict';
import { cleanUp, copydesk, makeFolder, scrapedStory } from './helpers';

/** A front-matter block whose keys retitle the terminal and forge a GitHub Actions command. */
const HOSTILE_KEYS = ['---', '"\\e]0;TITLE\\a": x', '"\\n::error file=/etc/passwd,line=1::injected": y', '---', ''].join('\n');

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('copydesk lint reports quote hostile text as text', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  for (const format of ['stylish', 'github']) {
    it(`the ${format} report carries no control character and no forged workflow command`, () => {
      folder = makeFolder({ 'a.news.md': HOSTILE_KEYS + scrapedStory() });
      const run = copydesk(['lint', '.', '--format', format], { cwd: folder });
      assert.equal(run.code, 1, run.stderr);
      // The keys are reported (the block has fields no schema knows), so the check below is about them.
      assert.match(run.stdout, /TITLE/);
      assert.doesNotMatch(run.stdout, CONTROLS);
      assert.ok(!run.stdout.split(/\r?\n/).some((line) => line.startsWith('::error file=/etc/passwd')), run.stdout);
    });
  }

  it('a configuration error quoting a hostile path prints it escaped, on one line', () => {
    folder = makeFolder({
      '.copydeskrc.json': JSON.stringify({ extends: 'x\u001b]0;TITLE\u0007\n::error::y.json' }),
      'a.news': scrapedStory(),
    });
    const run = copydesk(['lint', '.'], { cwd: folder });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.doesNotMatch(run.stderr, CONTROLS);
    assert.match(run.stderr, /\\u001b\]0;TITLE\\u0007\\u000a::error::y\.json/);
  });
});
