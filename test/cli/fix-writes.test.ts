// Where `lint --fix` will not write, though a rename would succeed: over a
// read-only file, and through a symbolic link out of the link's folder.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, copydesk, makeFolder, scrapedStory } from './helpers';

describe('copydesk lint --fix refuses writes it should not make', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('a read-only (0444) file is named, left as it was, and the run exits 2, even as root', () => {
    folder = makeFolder({ 'harbour.news': scrapedStory() });
    const path = join(folder, 'harbour.news');
    chmodSync(path, 0o444);
    const before = statSync(path);
    const run = copydesk(['lint', '--fix', 'harbour.news'], { cwd: folder });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /harbour\.news: .*read-only file \(mode 444\)/);
    assert.equal(readFileSync(path, 'utf8'), scrapedStory());
    assert.equal(statSync(path).ino, before.ino, 'the file was not replaced');
  });

  it('a symbolic link to a file outside its folder is not written through, and says so', () => {
    folder = makeFolder({ 'outside/notes.txt': scrapedStory(), 'desk/harbour.news': scrapedStory() });
    symlinkSync('../outside/notes.txt', join(folder, 'desk/story.news'));
    const run = copydesk(['lint', '--fix', '.'], { cwd: join(folder, 'desk') });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /story\.news: .*symbolic link to .*outside its folder; not written through/);
    assert.equal(readFileSync(join(folder, 'outside/notes.txt'), 'utf8'), scrapedStory());
    assert.ok(lstatSync(join(folder, 'desk/story.news')).isSymbolicLink());
    // The real file beside it is still fixed.
    assert.notEqual(readFileSync(join(folder, 'desk/harbour.news'), 'utf8'), scrapedStory());
  });
});
