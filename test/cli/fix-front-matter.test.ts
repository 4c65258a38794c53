import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { cleanUp, copydesk, makeFolder } from './helpers';

const STORY =
  'Ferry Returns to Island Route\n\nThe coastal ferry between Bergen and Askøy sailed again on Monday, harbour master Ola Nilsen said.\n';
const TWO_STORIES = `${STORY}\n\nMuseum Reopens After Flood Repairs\n\nThe polar museum in Tromsø reopened on Saturday, director Sigrid Berg said.\n`;

describe('copydesk fix --front-matter', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  const read = (name: string): Buffer => readFileSync(join(folder, name));

  it('adds front-matter to a file without it, keeping its byte order mark and CRLF line endings', () => {
    const crlf = STORY.replace(/\n/g, '\r\n');
    folder = makeFolder({ 'ferry.news.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
    const run = copydesk(['fix', '--front-matter', 'ferry.news.txt'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'added front-matter: ferry.news.txt\n');
    const bytes = read('ferry.news.txt');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.ok(text.endsWith(crlf), 'the copy changed');
    assert.doesNotMatch(text, /[^\r]\n/);
    const yaml = text.split('---\r\n')[1]!;
    assert.deepEqual(parseYaml(yaml), {
      headline: 'Ferry Returns to Island Route',
      people: ['Ola Nilsen'],
      places: ['Bergen', 'Askøy'],
      dates: [{ text: 'Monday' }],
    });
    // With a byte order mark before its `---`, the block is still read as front-matter: up to date, and valid.
    assert.deepEqual(copydesk(['fix', '--front-matter', '--check', 'ferry.news.txt'], { cwd: folder }).code, 0);
    const lint = copydesk(['lint', '-f', 'json', 'ferry.news.txt'], { cwd: folder });
    assert.match(lint.stdout, /ferry\.news\.txt/);
    assert.doesNotMatch(lint.stdout, /front-matter-/);
  });

  it('says nothing and writes nothing the second time', () => {
    folder = makeFolder({ 'ferry.news.txt': STORY });
    copydesk(['fix', '--front-matter', '.'], { cwd: folder });
    const once = read('ferry.news.txt');
    const again = copydesk(['fix', '--front-matter', '.'], { cwd: folder });
    assert.deepEqual([again.code, again.stdout, again.stderr], [0, '', '']);
    assert.deepEqual(read('ferry.news.txt'), once);
  });

  it("updates an out-of-date block, keeping the editor's fields and comments", () => {
    folder = makeFolder({ 'ferry.news.txt': `---\nslug: ferry   # for the CMS\npeople: [Ola Nielsen]\n---\n${STORY}` });
    const run = copydesk(['fix', '--front-matter', 'ferry.news.txt'], { cwd: folder });
    assert.deepEqual([run.code, run.stdout], [0, 'updated front-matter: ferry.news.txt\n']);
    const text = read('ferry.news.txt').toString('utf8');
    assert.ok(text.startsWith('---\nslug: ferry   # for the CMS\n'), text);
    assert.match(text, /^people: \[Ola Nilsen\]$/m);
  });

  it('with --check lists what would change, exits 1 and writes nothing', () => {
    folder = makeFolder({ 'ferry.news.txt': STORY });
    const run = copydesk(['fix', '--front-matter', '--check', 'ferry.news.txt'], { cwd: folder });
    assert.deepEqual([run.code, run.stdout], [1, 'front-matter to add: ferry.news.txt\n']);
    assert.equal(read('ferry.news.txt').toString('utf8'), STORY);
  });

  it('refuses a file of several articles in one line and exit 2, and still fixes the others', () => {
    folder = makeFolder({ 'both.news.txt': TWO_STORIES, 'ferry.news.txt': STORY });
    const run = copydesk(['fix', '--front-matter', '.'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'copydesk: both.news.txt: the file holds 2 articles: split them into files first, front-matter describes one article\n',
    );
    assert.equal(read('both.news.txt').toString('utf8'), TWO_STORIES);
    assert.ok(read('ferry.news.txt').toString('utf8').startsWith('---\n'));
  });

  it('leaves broken YAML alone and exits 2', () => {
    const broken = `---\nheadline: [unclosed\n---\n${STORY}`;
    folder = makeFolder({ 'ferry.news.txt': broken });
    const run = copydesk(['fix', '--front-matter', 'ferry.news.txt'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^copydesk: ferry\.news\.txt: the front-matter is not valid YAML: fix it first\n$/);
    assert.equal(read('ferry.news.txt').toString('utf8'), broken);
  });

  it('asks what to fix when --front-matter is missing', () => {
    folder = makeFolder({ 'ferry.news.txt': STORY });
    const run = copydesk(['fix', 'ferry.news.txt'], { cwd: folder });
    assert.deepEqual([run.code, run.stderr], [2, 'copydesk: say what to fix: copydesk fix --front-matter [paths]\n']);
  });
});
