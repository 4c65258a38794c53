import assert from 'node:assert/strict';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, cleanStory, cleanUp, copydesk, makeFolder, parseJson, scrapedStory, writeFiles } from './helpers';

/** `count` small stories across a few folders, every third one scraped. */
function archive(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    const town = `Town ${index}`;
    files[`year-${index % 4}/story-${String(index).padStart(4, '0')}.news`] = index % 3 === 0 ? scrapedStory(town) : cleanStory(town);
  }
  return files;
}

describe('copydesk lint on archives: cache, shards and worker threads', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('--cache gives the same report from the cache, and re-lints a changed file or configuration', () => {
    folder = makeFolder(archive(12));
    const first = copydesk(['lint', '--cache', '--verbose', '--format', 'json'], { cwd: folder });
    assert.match(first.stderr, /linted 12 files \(0 from the cache\)/);
    assert.ok(existsSync(join(folder, '.copydeskcache')));
    const second = copydesk(['lint', '--cache', '--verbose', '--format', 'json'], { cwd: folder });
    assert.match(second.stderr, /linted 12 files \(12 from the cache\)/);
    assert.deepEqual(parseJson(second), parseJson(first));
    assert.equal(second.code, first.code);

    writeFileSync(join(folder, 'year-1/story-0001.news'), scrapedStory('Changed'));
    const third = copydesk(['lint', '--cache', '--verbose', '--format', 'json'], { cwd: folder });
    assert.match(third.stderr, /\(11 from the cache\)/);
    const changed = parseJson(third).find((report) => report.filePath.endsWith('story-0001.news'))!;
    assert.equal(changed.errorCount, 6, 'the changed file is linted afresh');

    writeFiles(folder, { '.copydeskrc.json': JSON.stringify({ rules: { 'duplicate-caption': 'off' } }) });
    const fourth = copydesk(['lint', '--cache', '--verbose', '--format', 'json'], { cwd: folder });
    assert.match(fourth.stderr, /\(0 from the cache\)/);
    assert.ok(parseJson(fourth).every((report) => report.messages.every((message) => message.ruleId !== 'duplicate-caption')));
  });

  it('--cache after an edit to the dictionary or to an extended configuration reports what a fresh run reports', () => {
    const story = ['Leaders Meet in Pyongyang', '', 'Kim Jong-un met the delegation on Monday. Kim Jong-un spoke first.', ''].join('\n');
    folder = makeFolder({
      'desk/talks.news': story,
      'desk/.copydeskrc.yaml': 'extends: ../house.yaml\ndictionary: names.yaml\n',
      'house.yaml': 'rules:\n  whitespace: warning\n',
      'desk/names.yaml': 'entities: []\n',
    });
    const run = (...flags: string[]) => copydesk(['lint', 'desk', '--format', 'json', '--verbose', ...flags], { cwd: folder });
    const spellings = (reports: ReturnType<typeof parseJson>): string[] =>
      reports.flatMap((report) =>
        report.messages.filter((message) => message.ruleId === 'inconsistent-name').map((message) => message.message),
      );
    assert.deepEqual(spellings(parseJson(run('--cache'))), []);

    writeFiles(folder, { 'desk/names.yaml': 'entities:\n  - name: Kim Jong Un\n    type: person\n    aliases: [Kim Jong-un]\n' });
    const afterDictionary = run('--cache');
    assert.match(afterDictionary.stderr, /\(0 from the cache\)/);
    assert.deepEqual(parseJson(afterDictionary), parseJson(run()));
    assert.equal(spellings(parseJson(afterDictionary)).length, 2);

    assert.match(run('--cache').stderr, /\(1 from the cache\)/);
    writeFiles(folder, { 'house.yaml': 'rules:\n  inconsistent-name: off\n' });
    const afterHouse = run('--cache');
    assert.match(afterHouse.stderr, /\(0 from the cache\)/);
    assert.deepEqual(parseJson(afterHouse), parseJson(run()));
    assert.deepEqual(spellings(parseJson(afterHouse)), []);
  });

  it('--cache is keyed on the build, so a rebuilt tool lints afresh', () => {
    folder = makeFolder(archive(3));
    const bundle = join(folder, '.tool/cli.cjs');
    writeFiles(folder, { '.tool/cli.cjs': readFileSync(CLI) });
    const run = (): string => copydesk(['lint', '--cache', '--verbose'], { cwd: folder, cli: bundle }).stderr;
    run();
    assert.match(run(), /\(3 from the cache\)/);
    utimesSync(bundle, new Date(), new Date(Date.now() + 60_000));
    assert.match(run(), /\(0 from the cache\)/);
  });

  it('--cache-location puts the cache where it is told', () => {
    folder = makeFolder(archive(2));
    const run = copydesk(['lint', '--cache', '--cache-location', 'build/lint-cache.json'], { cwd: folder });
    assert.equal(run.code, 1, run.stderr);
    assert.ok(existsSync(join(folder, 'build/lint-cache.json')));
    assert.ok(!existsSync(join(folder, '.copydeskcache')));
  });

  it('--shard i/n splits the sorted file list into parts that cover it once', () => {
    folder = makeFolder(archive(10));
    const all = parseJson(copydesk(['lint', '--format', 'json'], { cwd: folder })).map((report) => report.filePath);
    const parts = [1, 2, 3].map((index) =>
      parseJson(copydesk(['lint', '--shard', `${index}/3`, '--format', 'json'], { cwd: folder })).map((report) => report.filePath),
    );
    assert.deepEqual(
      parts.map((part) => part.length),
      [4, 3, 3],
    );
    assert.deepEqual([...parts.flat()].sort(), [...all].sort());
    assert.deepEqual(parts[0], [all[0], all[3], all[6], all[9]], 'dealt in turn from the sorted list');
    assert.deepEqual(
      parseJson(copydesk(['lint', '--shard', '2/3', '--format', 'json'], { cwd: folder })).map((report) => report.filePath),
      parts[1],
      'the same shard twice is the same files',
    );
  });

  it('a large run lints on worker threads and reports exactly what one thread reports', () => {
    folder = makeFolder(archive(300));
    const pooled = copydesk(['lint', '--verbose', '--threads', '1', '--format', 'json'], { cwd: folder });
    assert.match(pooled.stderr, /linted 300 files \(0 from the cache\) on \d+ worker threads/);
    const single = copydesk(['lint', '--verbose', '--threads', '0', '--format', 'json'], { cwd: folder });
    assert.match(single.stderr, /in one thread/);
    assert.equal(pooled.code, 1);
    assert.equal(single.code, pooled.code);
    assert.equal(pooled.stdout, single.stdout);
    assert.equal(parseJson(pooled).filter((report) => report.errorCount > 0).length, 100);
  });

  it('a large --fix run on worker threads writes every file', () => {
    folder = makeFolder(archive(240));
    const run = copydesk(['lint', '--fix', '--verbose', '--threads', '1', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /worker threads/);
    assert.equal((run.stderr.match(/^copydesk: fixed /gm) ?? []).length, 80);
    assert.equal(copydesk(['lint'], { cwd: folder }).code, 0);
  });
});
