import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { asUnprivilegedUser, cleanStory, cleanUp, copydesk, makeFolder, parseJson, scrapedStory } from './helpers';

describe('copydesk lint on bad inputs', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('a path that does not exist exits 2 naming it, and the other paths are still linted', () => {
    folder = makeFolder({ 'a.news': scrapedStory() });
    const run = copydesk(['lint', 'missing.news', 'a.news', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'copydesk: missing.news: no such file or directory\n');
    assert.equal(parseJson(run)[0]!.errorCount, 6);
  });

  it('a folder with no article files exits 2, saying what was looked for and how to change it', () => {
    folder = makeFolder({ 'notes/readme.txt': cleanStory() });
    const run = copydesk(['lint', 'notes'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /^copydesk: notes: no article files found \(looked for \*\*\/\*\.news, .*\); .*"files" in a \.copydeskrc\.json/,
    );
  });

  it('--no-error-on-unmatched-pattern lets a folder or glob find nothing, but not a missing path', () => {
    folder = makeFolder({ 'notes/readme.txt': cleanStory() });
    const run = copydesk(['lint', 'notes', 'wire/*.news', '--no-error-on-unmatched-pattern'], { cwd: folder });
    assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.equal(copydesk(['lint', 'nowhere', '--no-error-on-unmatched-pattern'], { cwd: folder }).code, 2);
    const glob = copydesk(['lint', 'wire/*.news'], { cwd: folder });
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /wire\/\*\.news: no files match/);
  });

  it('a binary file exits 2 naming it, and the other files are still linted', () => {
    folder = makeFolder({ 'photo.news': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), 'story.news': scrapedStory() });
    const run = copydesk(['lint', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'copydesk: photo.news: binary file (NUL byte at offset 4), not article text\n');
    assert.deepEqual(
      parseJson(run).map((report) => [report.filePath.slice(folder.length + 1), report.errorCount]),
      [['story.news', 6]],
    );
  });

  it('invalid UTF-8 exits 2 naming the file', () => {
    folder = makeFolder({ 'latin1.news': Buffer.from('Caf\xe9 Reopens on the Square\n', 'latin1') });
    const run = copydesk(['lint', 'latin1.news'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^copydesk: latin1\.news: not valid UTF-8/);
  });

  it('an empty file is clean', () => {
    folder = makeFolder({ 'empty.news': '' });
    const run = copydesk(['lint', 'empty.news', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 0);
    assert.deepEqual(parseJson(run)[0]!.messages, []);
  });

  it('an unreadable file exits 2 naming it, and the other files are still linted', () => {
    folder = makeFolder({ 'secret.news': scrapedStory(), 'open.news': scrapedStory() });
    chmodSync(join(folder, 'secret.news'), 0o000);
    const run = copydesk(['lint', '--format', 'json'], { cwd: folder, ...asUnprivilegedUser() });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr, 'copydesk: secret.news: permission denied\n');
    assert.deepEqual(
      parseJson(run).map((report) => report.filePath.slice(folder.length + 1)),
      ['open.news'],
    );
  });
});
