import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cleanStory, cleanUp, copydesk, makeFolder, parseJson, scrapedStory } from './helpers';

/** The rule ids each linted file was reported for, by path relative to the folder. */
function rulesByFile(folder: string, run: ReturnType<typeof copydesk>): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const report of parseJson(run))
    byFile[report.filePath.slice(folder.length + 1)] = [...new Set(report.messages.map((message) => message.ruleId))].sort();
  return byFile;
}

const ALL_STORY_RULES = ['duplicate-caption', 'duplicate-photo-block', 'repeated-headline', 'scrape-artifact', 'whitespace'];

describe('copydesk lint configuration', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('the nearest configuration wins, folder by folder', () => {
    folder = makeFolder({
      '.copydeskrc.json': JSON.stringify({ rules: { whitespace: 'off' } }),
      'desk/.copydeskrc.yaml': 'rules:\n  scrape-artifact: off\n',
      'desk/a.news': scrapedStory(),
      'b.news': scrapedStory(),
    });
    const run = copydesk(['lint', '--format', 'json'], { cwd: folder });
    assert.deepEqual(rulesByFile(folder, run), {
      'b.news': ALL_STORY_RULES.filter((rule) => rule !== 'whitespace'),
      // The nearer file replaces the outer one; it does not inherit from it without `extends`.
      'desk/a.news': ALL_STORY_RULES.filter((rule) => rule !== 'scrape-artifact'),
    });
  });

  it('extends merges the named files, the extending file winning, and a YAML file may extend JSON', () => {
    folder = makeFolder({
      'shared/house.json': JSON.stringify({ rules: { whitespace: 'off', 'repeated-headline': 'warning' } }),
      'shared/strict.yml': 'extends: house.json\nrules:\n  repeated-headline: error\n  duplicate-photo-block: off\n',
      'desk/.copydeskrc.yml': 'extends: [../shared/strict.yml]\n',
      'desk/a.news': scrapedStory(),
    });
    const run = copydesk(['lint', 'desk', '--format', 'json'], { cwd: folder });
    const [report] = parseJson(run);
    assert.deepEqual([...new Set(report!.messages.map((message) => message.ruleId))].sort(), [
      'duplicate-caption',
      'repeated-headline',
      'scrape-artifact',
    ]);
    assert.equal(report!.messages.find((message) => message.ruleId === 'repeated-headline')!.severity, 'error');
  });

  it('globs from an extended file count from the folder of the file that extends it, as ESLint reads them', () => {
    folder = makeFolder({
      'shared/house.json': JSON.stringify({ files: ['incoming/*.txt', 'drafts/*.txt'], ignores: ['/drafts/'] }),
      'desk/.copydeskrc.json': JSON.stringify({ extends: '../shared/house.json' }),
      'desk/incoming/ferry.txt': scrapedStory(),
      'desk/drafts/ferry.txt': scrapedStory(),
      'shared/incoming/ferry.txt': scrapedStory(),
    });
    const run = copydesk(['lint', 'desk', 'shared', '--format', 'json', '--no-error-on-unmatched-pattern'], { cwd: folder });
    // Both globs and the ignore are read from desk/, where they apply: desk/drafts/ is left out, and
    // shared/, which has no configuration of its own, finds no `.txt` article.
    assert.deepEqual(Object.keys(rulesByFile(folder, run)), ['desk/incoming/ferry.txt']);
    const drafts = copydesk(['lint', 'desk/drafts/ferry.txt'], { cwd: folder });
    assert.match(drafts.stderr, /desk\/drafts\/ferry\.txt is ignored/);
  });

  it('an invalid configuration exits 2 with one line naming the file, line and column', () => {
    folder = makeFolder({ '.copydeskrc.json': '{\n  "rules": {\n    "duplicate-caption": "loud"\n  }\n}\n', 'a.news': scrapedStory() });
    const run = copydesk(['lint'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      new RegExp(`^copydesk: ${escape(join(folder, '.copydeskrc.json'))}:3:5: .*duplicate-caption.* must be one of .*\\n$`),
    );
  });

  it('an unknown rule in YAML and broken JSON syntax are placed too', () => {
    folder = makeFolder({
      'y/.copydeskrc.yaml': 'rules:\n  whitespace: warning\n  dupe-caption: error\n',
      'y/a.news': cleanStory(),
      'j/.copydeskrc.json': '{ "rules": { ,} }',
      'j/a.news': cleanStory(),
    });
    const yaml = copydesk(['lint', 'y'], { cwd: folder });
    assert.equal(yaml.code, 2);
    assert.match(yaml.stderr, /^copydesk: .*y\/\.copydeskrc\.yaml:3:3: unknown rule "dupe-caption"\n$/);
    const json = copydesk(['lint', 'j'], { cwd: folder });
    assert.equal(json.code, 2);
    assert.match(json.stderr, /^copydesk: .*j\/\.copydeskrc\.json:1:\d+: invalid JSON/);
  });

  it('an extends cycle and a missing extended file exit 2, pointing at "extends"', () => {
    folder = makeFolder({
      'c/.copydeskrc.json': '{\n  "extends": "other.json"\n}\n',
      'c/other.json': '{ "extends": ".copydeskrc.json" }',
      'c/a.news': cleanStory(),
      'm/.copydeskrc.yaml': 'rules: {}\nextends: missing.yaml\n',
      'm/a.news': cleanStory(),
    });
    const cycle = copydesk(['lint', 'c'], { cwd: folder });
    assert.equal(cycle.code, 2);
    assert.match(cycle.stderr, /other\.json:1:3: "extends" makes a cycle: \.copydeskrc\.json → other\.json → \.copydeskrc\.json\n$/);
    const missing = copydesk(['lint', 'm'], { cwd: folder });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /m\/\.copydeskrc\.yaml:2:1: "extends" names missing\.yaml, which does not exist\n$/);
  });

  it('--config uses one file for every file, its globs rooted at the current folder', () => {
    folder = makeFolder({
      'settings/ci.json': JSON.stringify({ files: ['**/*.txt'], rules: { 'duplicate-caption': 'off' } }),
      'desk/.copydeskrc.json': JSON.stringify({ rules: { 'scrape-artifact': 'off' } }),
      'desk/a.txt': scrapedStory(),
      'desk/b.news': scrapedStory(),
    });
    const run = copydesk(['lint', '--config', 'settings/ci.json', '--format', 'json'], { cwd: folder });
    assert.deepEqual(rulesByFile(folder, run), { 'desk/a.txt': ALL_STORY_RULES.filter((rule) => rule !== 'duplicate-caption') });
  });

  it('--config naming a missing file exits 2 naming it', () => {
    folder = makeFolder({ 'a.news': cleanStory() });
    const run = copydesk(['lint', '--config', 'nowhere.json'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, `copydesk: ${join(folder, 'nowhere.json')}: no such file or directory\n`);
  });

  it('.copydeskrc.json wins over .copydeskrc.yaml in the same folder', () => {
    folder = makeFolder({
      '.copydeskrc.json': JSON.stringify({ rules: { whitespace: 'off' } }),
      '.copydeskrc.yaml': 'rules:\n  scrape-artifact: off\n',
      'a.news': scrapedStory(),
    });
    assert.deepEqual(rulesByFile(folder, copydesk(['lint', '--format', 'json'], { cwd: folder })), {
      'a.news': ALL_STORY_RULES.filter((rule) => rule !== 'whitespace'),
    });
  });

  it('"files" chooses what a folder lint picks up, relative to the configuration\'s folder', () => {
    folder = makeFolder({
      'wire/.copydeskrc.json': JSON.stringify({ files: ['incoming/*.txt'] }),
      'wire/incoming/a.txt': scrapedStory(),
      'wire/incoming/b.news': scrapedStory(),
      'wire/a.txt': scrapedStory(),
    });
    const run = copydesk(['lint', 'wire', '--format', 'json'], { cwd: folder });
    assert.deepEqual(Object.keys(rulesByFile(folder, run)), ['wire/incoming/a.txt']);
  });
});

describe('copydesk lint ignores', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('.copydeskignore leaves files out, each ignore file rooted at its own folder', () => {
    folder = makeFolder({
      '.copydeskignore': 'drafts/\n',
      'desk/.copydeskignore': '# the archive is frozen\n/old-*.news\n',
      'drafts/a.news': scrapedStory(),
      'desk/old-1.news': scrapedStory(),
      'desk/new.news': scrapedStory(),
      'desk/sub/old-2.news': scrapedStory(),
      'node_modules/pkg/readme.news': scrapedStory(),
    });
    const run = copydesk(['lint', '--format', 'json'], { cwd: folder });
    assert.deepEqual(Object.keys(rulesByFile(folder, run)), ['desk/new.news', 'desk/sub/old-2.news']);
  });

  it('the configuration\'s "ignores" leave files out too', () => {
    folder = makeFolder({
      '.copydeskrc.json': JSON.stringify({ ignores: ['archive/**'] }),
      'archive/a.news': scrapedStory(),
      'b.news': cleanStory(),
    });
    const run = copydesk(['lint', '--format', 'json'], { cwd: folder });
    assert.deepEqual(Object.keys(rulesByFile(folder, run)), ['b.news']);
  });

  it('an ignored file named outright is skipped with a warning', () => {
    folder = makeFolder({ '.copydeskignore': 'a.news\n', 'a.news': scrapedStory(), 'b.news': cleanStory() });
    const run = copydesk(['lint', 'a.news', 'b.news'], { cwd: folder });
    assert.equal(run.code, 0);
    assert.match(run.stderr, /^copydesk: warning: a\.news is ignored .* so it was not linted$/m);
  });

  it('a file named outright is linted whatever its extension; a glob matches any file', () => {
    folder = makeFolder({ 'wire/story.txt': scrapedStory(), 'wire/notes.text': scrapedStory(), 'wire/skip.md': cleanStory() });
    const named = copydesk(['lint', 'wire/story.txt', '--format', 'json'], { cwd: folder });
    assert.deepEqual(Object.keys(rulesByFile(folder, named)), ['wire/story.txt']);
    const globbed = copydesk(['lint', 'wire/*.t*t', '--format', 'json'], { cwd: folder });
    assert.deepEqual(Object.keys(rulesByFile(folder, globbed)), ['wire/notes.text', 'wire/story.txt']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
