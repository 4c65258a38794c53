// The CLI's file handling at its edges: links out of the folder and into
// loops, a cache that cannot be written, standard input's BOM and CRLF.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cleanStory, cleanUp, copydesk, makeFolder, parseJson, scrapedStory } from './helpers';

describe('copydesk lint walks a folder once per real file', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('a link loop, a link to / and a link out of the folder are not walked; a second name for a folder inside is listed once', () => {
    folder = makeFolder({ 'desk/ferry/harbour.news': scrapedStory(), 'outside/library.news': cleanStory() });
    symlinkSync('..', join(folder, 'desk/ferry/loop'));
    symlinkSync('/', join(folder, 'desk/root'));
    symlinkSync('../outside', join(folder, 'desk/outside'));
    symlinkSync('ferry', join(folder, 'desk/alias'));
    const run = copydesk(['lint', '--format', 'json', '.'], { cwd: join(folder, 'desk') });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      parseJson(run).map((report) => report.filePath),
      [join(folder, 'desk/ferry/harbour.news')],
    );
  });

  it('a link to a file is listed under its own name, and a real file reached through it is not listed twice', () => {
    folder = makeFolder({ 'desk/harbour.news': scrapedStory() });
    symlinkSync('harbour.news', join(folder, 'desk/same.news'));
    const run = copydesk(['lint', '--format', 'json', '.'], { cwd: join(folder, 'desk') });
    assert.deepEqual(
      parseJson(run).map((report) => report.filePath),
      [join(folder, 'desk/harbour.news')],
    );
  });
});

describe('copydesk lint --cache where the cache cannot be written', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('keeps the report and the exit code, with a one-line warning', () => {
    folder = makeFolder({ 'harbour.news': scrapedStory(), blocker: 'a file where the cache folder would be\n' });
    const plain = copydesk(['lint', '--format', 'json', 'harbour.news'], { cwd: folder });
    const cached = copydesk(['lint', '--format', 'json', '--cache', '--cache-location', 'blocker/cache.json', 'harbour.news'], {
      cwd: folder,
    });
    assert.equal(cached.code, 1, cached.stderr);
    assert.equal(cached.stdout, plain.stdout);
    const lines = cached.stderr.trim().split('\n');
    assert.equal(lines.length, 1, cached.stderr);
    assert.match(lines[0]!, /^copydesk: warning: the cache was not written to .*blocker\/cache\.json: /);
  });
});

describe('copydesk lint --stdin --fix', () => {
  it('keeps a byte order mark and CRLF line breaks as they came', () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(scrapedStory('Bergen', '\r\n'))]);
    const run = copydesk(['lint', '--stdin', '--stdin-filename', 'harbour.news', '--fix'], { cwd: process.cwd(), input });
    const output = Buffer.from(run.stdout, 'utf8');
    assert.deepEqual([...output.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.notEqual(run.stdout, input.toString('utf8'), 'something was fixed');
    assert.equal(run.stdout.split('\n').length, run.stdout.split('\r\n').length, 'every line break is still CRLF');
    assert.ok(run.stdout.includes('\r\n'));
  });
});
