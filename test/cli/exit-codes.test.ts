import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanStory, cleanUp, copydesk, makeFolder, parseJson, scrapedStory, warningStory } from './helpers';

describe('copydesk lint exit codes and report options', () => {
  let folder: string;
  beforeEach(() => {
    folder = makeFolder({ 'clean.news': cleanStory(), 'warnings.news': warningStory(), 'errors.news': scrapedStory() });
  });
  afterEach(() => cleanUp(folder));

  it('exits 0 when no file has an error, and prints nothing for clean files', () => {
    const run = copydesk(['lint', 'clean.news'], { cwd: folder });
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, '', '']);
  });

  it('exits 0 with warnings only, and reports them', () => {
    const run = copydesk(['lint', 'warnings.news'], { cwd: folder });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /2 warnings/);
  });

  it('exits 1 when a file has errors', () => {
    assert.equal(copydesk(['lint', 'errors.news', 'clean.news'], { cwd: folder }).code, 1);
  });

  it('lints the current folder when given no paths', () => {
    const run = copydesk(['lint', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1);
    assert.deepEqual(
      parseJson(run).map((report) => report.filePath.slice(folder.length + 1)),
      ['clean.news', 'errors.news', 'warnings.news'],
    );
  });

  it('--max-warnings: exits 1 when there are more warnings than allowed, 0 at the limit', () => {
    const over = copydesk(['lint', 'warnings.news', '--max-warnings', '1'], { cwd: folder });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /2 warnings, more than --max-warnings 1 allows/);
    assert.equal(copydesk(['lint', 'warnings.news', '--max-warnings', '2'], { cwd: folder }).code, 0);
    assert.equal(copydesk(['lint', 'warnings.news', '--max-warnings', 'many'], { cwd: folder }).code, 2);
  });

  it('info findings are reported but never fail, even with --max-warnings 0', () => {
    writeConfig(folder, { rules: { whitespace: 'info' } });
    const run = copydesk(['lint', 'warnings.news', '--format', 'json', '--max-warnings', '0'], { cwd: folder });
    assert.equal(run.code, 0);
    const [report] = parseJson(run);
    assert.deepEqual([report!.infoCount, report!.warningCount, report!.errorCount], [2, 0, 0]);
    assert.ok(report!.messages.every((message) => message.severity === 'info'));
  });

  it('--quiet reports errors only, and still fails on them', () => {
    const run = copydesk(['lint', 'errors.news', 'warnings.news', '--quiet', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1);
    const reports = parseJson(run);
    assert.ok(reports.every((report) => report.messages.every((message) => message.severity === 'error')));
    assert.equal(reports.find((report) => report.filePath.endsWith('errors.news'))!.errorCount, 6);
    assert.deepEqual(reports.find((report) => report.filePath.endsWith('warnings.news'))!.messages, []);
    assert.equal(copydesk(['lint', 'warnings.news', '--quiet'], { cwd: folder }).stdout, '');
  });

  it('exits 1 on a file that holds only broken front-matter, with its front-matter-schema finding', () => {
    writeFileSync(join(folder, 'draft.news'), '---\nheadline: [Ferry Service Resumes\n---\n');
    const run = copydesk(['lint', 'draft.news', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1);
    const [report] = parseJson(run);
    assert.deepEqual(
      report!.messages.map((message) => [message.ruleId, message.severity, message.line]),
      [['front-matter-schema', 'error', 3]],
    );
  });

  it('exits 2 on an unknown option, naming it', () => {
    const run = copydesk(['lint', '--frobnicate'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--frobnicate/);
  });

  it('exits 2 on contradictory or malformed options', () => {
    assert.equal(copydesk(['lint', '--fix', '--fix-dry-run'], { cwd: folder }).code, 2);
    assert.equal(copydesk(['lint', '--stdin-filename', 'a.news'], { cwd: folder }).code, 2);
    for (const shard of ['0/2', '3/2', '1/0', 'two']) {
      const run = copydesk(['lint', '--shard', shard], { cwd: folder });
      assert.equal(run.code, 2, shard);
      assert.match(run.stderr, /--shard/);
    }
  });

  it('--version and --help exit 0', () => {
    const version = copydesk(['--version'], { cwd: folder });
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const help = copydesk(['lint', '--help'], { cwd: folder });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--fix-dry-run/);
  });
});

function writeConfig(folder: string, config: object): void {
  writeFileSync(join(folder, '.copydeskrc.json'), JSON.stringify(config));
}
