import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanStory, cleanUp, copydesk, makeFolder, parseJson, places, sarifErrors, scrapedStory } from './helpers';

const STORY_FINDINGS = [
  'whitespace@1:53',
  'duplicate-caption@4:1',
  'scrape-artifact@5:1',
  'repeated-headline@7:1',
  'duplicate-caption@9:1',
  'duplicate-photo-block@9:1',
  'duplicate-caption@10:1',
];

describe('copydesk lint --format', () => {
  let folder: string;
  beforeEach(() => {
    folder = makeFolder({ 'news/harbour.news': scrapedStory(), 'news/library.news': cleanStory() });
  });
  afterEach(() => cleanUp(folder));

  it('stylish (the default) lists each finding with its place, severity, message and rule, without colour off a terminal', () => {
    const run = copydesk(['lint', 'news'], { cwd: folder });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^news\/harbour\.news$/m);
    assert.match(run.stdout, /4:1-4:\d+\s+error\s+Duplicate caption: repeats the caption on line 3\s+duplicate-caption/);
    assert.match(run.stdout, /5:1-5:3\s+error\s+Scrape artifact/);
    assert.doesNotMatch(run.stdout, /library\.news/, 'clean files are not listed');
    assert.doesNotMatch(run.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    assert.match(run.stdout, /6 errors, ⚠ 1 warning/);
  });

  it('stylish is coloured with --color and plain under NO_COLOR', () => {
    assert.match(copydesk(['lint', 'news', '--color'], { cwd: folder }).stdout, /\x1b\[/);
    assert.doesNotMatch(copydesk(['lint', 'news'], { cwd: folder, env: { NO_COLOR: '1' } }).stdout, /\x1b\[/);
  });

  it('json is an array of file reports with every documented field', () => {
    const run = copydesk(['lint', 'news', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1);
    const reports = parseJson(run);
    assert.deepEqual(
      reports.map((report) => report.filePath),
      [join(folder, 'news/harbour.news'), join(folder, 'news/library.news')],
    );
    const [harbour, library] = reports;
    assert.deepEqual(places(harbour!), STORY_FINDINGS);
    assert.deepEqual([harbour!.errorCount, harbour!.warningCount, harbour!.infoCount], [6, 1, 0]);
    assert.deepEqual([library!.messages, library!.errorCount], [[], 0]);
    const caption = harbour!.messages[1]!;
    assert.equal(caption.severity, 'error');
    assert.equal(caption.endLine, 4);
    assert.equal(caption.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/duplicate-caption.md');
    const text = readFileSync(join(folder, 'news/harbour.news'), 'utf8');
    assert.equal(text.slice(caption.start, caption.end), text.split('\n')[3], 'offsets cover the repeated caption');
    assert.ok(caption.fix && caption.fix.length > 0, 'a repeated caption carries its fix');
    assert.deepEqual(
      caption.related.map((related) => related.line),
      [3],
      'the repeat points at the first copy',
    );
  });

  it('sarif is a SARIF 2.1.0 log that the SARIF multitool validates without errors', () => {
    const run = copydesk(['lint', 'news', '--format', 'sarif'], { cwd: folder });
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'copydesk');
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    const ruleIds: string[] = sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id);
    assert.ok(ruleIds.includes('duplicate-caption'));
    assert.equal(sarifRun.results.length, STORY_FINDINGS.length);
    for (const result of sarifRun.results) assert.equal(ruleIds[result.ruleIndex], result.ruleId);
    const caption = sarifRun.results[1];
    assert.deepEqual([caption.ruleId, caption.level], ['duplicate-caption', 'error']);
    const location = caption.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'news/harbour.news', uriBaseId: '%SRCROOT%' });
    assert.equal(location.region.startLine, 4);
    assert.equal(caption.relatedLocations[0].physicalLocation.region.startLine, 3);
    assert.ok(caption.fixes[0].artifactChanges[0].replacements.length > 0);
    assert.equal(sarifRun.results[0].level, 'warning');

    const path = join(folder, 'report.sarif');
    writeFileSync(path, run.stdout);
    assert.deepEqual(sarifErrors(path), []);
  });

  it('the SARIF check itself catches a broken log', () => {
    const path = join(folder, 'broken.sarif');
    writeFileSync(path, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] }));
    assert.ok(sarifErrors(path).length > 0);
  });

  it('github prints one workflow command per finding, with the place and the rule as title', () => {
    const run = copydesk(['lint', 'news', '--format', 'github'], { cwd: folder });
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, STORY_FINDINGS.length);
    assert.equal(lines[0], '::warning file=news/harbour.news,line=1,endLine=1,col=53,endColumn=54,title=whitespace::Trailing whitespace');
    assert.match(
      lines[1]!,
      /^::error file=news\/harbour\.news,line=4,endLine=4,col=1,endColumn=\d+,title=duplicate-caption::Duplicate caption: repeats the caption on line 3$/,
    );
    for (const line of lines)
      assert.match(line, /^::(error|warning|notice) file=[^:]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::\S/);
  });

  it('github escapes what would end a property or a command', () => {
    writeFileSync(join(folder, 'news/odd,name%1.news'), scrapedStory());
    const run = copydesk(['lint', 'news/odd,name%1.news', '--format', 'github'], { cwd: folder });
    assert.match(run.stdout, /file=news\/odd%2Cname%251\.news,/);
  });

  it('an unknown format is a usage error', () => {
    const run = copydesk(['lint', 'news', '--format', 'xml'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /xml/);
  });
});
