import assert from 'node:assert/strict';
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { asUnprivilegedUser, cleanStory, cleanUp, copydesk, makeFolder, parseJson, scrapedStory } from './helpers';

/** The story after every fix: one headline without its trailing space, one caption, no `TT`, no repeated block. */
function fixedStory(eol = '\n'): string {
  const lines = scrapedStory('Bergen', eol).split(eol);
  lines[0] = lines[0]!.trimEnd();
  // Lines 4 (repeat), 5 (TT), 7–11 (headline and photo block again, with the blank line after them) go.
  return lines.filter((_, index) => ![3, 4, 6, 7, 8, 9, 10].includes(index)).join(eol);
}

describe('copydesk lint --fix', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('writes each fixed file, says what it fixed, and reports what is left', () => {
    folder = makeFolder({ 'harbour.news': scrapedStory(), 'library.news': cleanStory() });
    const run = copydesk(['lint', '--fix', '.', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(folder, 'harbour.news'), 'utf8'), fixedStory());
    assert.equal(readFileSync(join(folder, 'library.news'), 'utf8'), cleanStory());
    assert.match(run.stderr, /^copydesk: fixed harbour\.news: /m);
    for (const part of ['whitespace ×1', 'duplicate-caption ×1', 'scrape-artifact ×1', 'repeated-headline ×1', 'duplicate-photo-block ×1'])
      assert.ok(run.stderr.includes(part), part);
    assert.doesNotMatch(run.stderr, /library\.news/, 'an unchanged file is not mentioned');
    assert.deepEqual(
      parseJson(run).map((report) => report.messages.length),
      [0, 0],
    );
  });

  it('keeps the file mode, the byte order mark and CRLF line endings, and leaves no temporary file', () => {
    const bom = '\uFEFF';
    folder = makeFolder({ 'crlf.news': bom + scrapedStory('Bergen', '\r\n') });
    const path = join(folder, 'crlf.news');
    chmodSync(path, 0o640);
    const run = copydesk(['lint', '--fix', 'crlf.news'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    const bytes = readFileSync(path);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.toString('utf8'), bom + fixedStory('\r\n'));
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(folder), ['crlf.news']);
  });

  it("keeps the file's owner", () => {
    folder = makeFolder({ 'harbour.news': scrapedStory() });
    const path = join(folder, 'harbour.news');
    // As root (in CI) the file is given to another user, whom the fixed file must still belong to.
    if (process.getuid?.() === 0) chownSync(path, 65534, 65534);
    const before = statSync(path);
    assert.equal(copydesk(['lint', '--fix', 'harbour.news'], { cwd: folder }).code, 0);
    const after = statSync(path);
    assert.notEqual(after.ino, before.ino, 'the file was replaced, not rewritten in place');
    assert.deepEqual([after.uid, after.gid], [before.uid, before.gid]);
  });

  it('follows a symbolic link, fixing its target and keeping the link', () => {
    folder = makeFolder({ 'desk/harbour.news': scrapedStory() });
    symlinkSync('desk/harbour.news', join(folder, 'link.news'));
    const run = copydesk(['lint', '--fix', 'link.news'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(lstatSync(join(folder, 'link.news')).isSymbolicLink());
    assert.equal(readFileSync(join(folder, 'desk/harbour.news'), 'utf8'), fixedStory());
  });

  it('--fix-dry-run prints a unified diff, sends the report to stderr and writes nothing', () => {
    folder = makeFolder({ 'harbour.news': scrapedStory() });
    const run = copydesk(['lint', '--fix-dry-run', 'harbour.news'], { cwd: folder });
    assert.equal(run.code, 0);
    assert.equal(readFileSync(join(folder, 'harbour.news'), 'utf8'), scrapedStory());
    assert.match(run.stdout, /^--- a\/harbour\.news$/m);
    assert.match(run.stdout, /^\+\+\+ b\/harbour\.news$/m);
    assert.match(run.stdout, /^-TT$/m);
    assert.equal(applyPatch(scrapedStory(), run.stdout), fixedStory(), 'the diff turns the file into the fixed text');
    assert.match(run.stderr, /would fix harbour\.news/);
    assert.deepEqual(readdirSync(folder), ['harbour.news']);
  });

  it('--fix-dry-run still fails on errors no fix can repair', () => {
    folder = makeFolder({
      '.copydeskrc.json': JSON.stringify({ rules: { 'unbalanced-quote': 'error' } }),
      'quote.news': 'Mayor Opens Bridge\n\n"It is a good day, the mayor said.\n',
    });
    assert.equal(copydesk(['lint', '--fix-dry-run', 'quote.news'], { cwd: folder }).code, 1);
  });

  it('exits 2 and names the file when a fixed file cannot be written, still fixing the others', () => {
    folder = makeFolder({ 'locked/harbour.news': scrapedStory(), 'open/harbour.news': scrapedStory() });
    chmodSync(join(folder, 'locked'), 0o555);
    chmodSync(join(folder, 'open'), 0o777);
    chmodSync(join(folder, 'open/harbour.news'), 0o666);
    chmodSync(join(folder, 'locked/harbour.news'), 0o666);
    const run = copydesk(['lint', '--fix', '.'], { cwd: folder, ...asUnprivilegedUser() });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^copydesk: locked\/harbour\.news: cannot write the fixed file: .*EACCES/m);
    assert.equal(readFileSync(join(folder, 'locked/harbour.news'), 'utf8'), scrapedStory());
    assert.equal(readFileSync(join(folder, 'open/harbour.news'), 'utf8'), fixedStory());
  });
});

describe('copydesk lint --stdin', () => {
  let folder: string;
  beforeEach(() => {
    folder = makeFolder({ 'desk/.copydeskrc.json': JSON.stringify({ rules: { 'scrape-artifact': 'off' } }) });
  });
  afterEach(() => cleanUp(folder));

  it("lints standard input as the named file, with that file's configuration", () => {
    const run = copydesk(['lint', '--stdin', '--stdin-filename', 'desk/harbour.news', '--format', 'json'], {
      cwd: folder,
      input: scrapedStory(),
    });
    assert.equal(run.code, 1);
    const [report] = parseJson(run);
    assert.equal(report!.filePath, join(folder, 'desk/harbour.news'));
    assert.ok(report!.messages.some((message) => message.ruleId === 'duplicate-caption'));
    assert.ok(!report!.messages.some((message) => message.ruleId === 'scrape-artifact'), 'desk/.copydeskrc.json turns scrape-artifact off');
  });

  it('without a name, lints standard input with the configuration of the current folder', () => {
    const run = copydesk(['lint', '--stdin', '--format', 'json'], { cwd: folder, input: scrapedStory() });
    assert.ok(parseJson(run)[0]!.messages.some((message) => message.ruleId === 'scrape-artifact'));
  });

  it('with --fix prints the fixed text on stdout and the remaining findings on stderr', () => {
    const run = copydesk(['lint', '--stdin', '--stdin-filename', 'harbour.news', '--fix'], { cwd: folder, input: scrapedStory() });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, fixedStory());
  });

  it('refuses binary input with exit 2', () => {
    const run = copydesk(['lint', '--stdin', '--stdin-filename', 'photo.news'], {
      cwd: folder,
      input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^copydesk: photo\.news: binary file/m);
  });
});
