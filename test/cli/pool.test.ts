import assert from 'node:assert/strict';
import { jsonWriter } from '../../src/cli/formats/json';
import { lintFiles } from '../../src/cli/lint-files';
import type { FileTask } from '../../src/cli/lint-file';
import type { FileOutcome, FileReport } from '../../src/cli/report';
import { batchesOf } from '../../src/cli/worker-pool';
import { cleanStory, cleanUp, makeFolder, scrapedStory } from './helpers';

function task(path: string): FileTask {
  return { path, displayPath: path, config: {}, fix: 'off' };
}

function report(filePath: string, errorCount: number): FileReport {
  return { filePath, messages: [], errorCount, warningCount: 0, infoCount: 0 };
}

describe('the lint pool and streamed reports', () => {
  let folder: string;
  afterEach(() => folder && cleanUp(folder));

  it('batches files in order, eight at most, and a large file alone once a batch has bytes', () => {
    const tasks = Array.from({ length: 20 }, (_, index) => task(`f${index}`));
    const sizes = tasks.map((_, index) => (index === 3 ? 900_000 : 1000));
    const batches = batchesOf(tasks, sizes);
    assert.deepEqual(
      batches.map((batch) => batch.tasks.map((each) => each.path).join(' ')),
      ['f0 f1 f2', 'f3', 'f4 f5 f6 f7 f8 f9 f10 f11', 'f12 f13 f14 f15 f16 f17 f18 f19'],
    );
    assert.deepEqual(
      batches.map((batch) => batch.first),
      [0, 3, 4, 12],
    );
  });

  it('writes the JSON report a file at a time, in the bytes of the whole array stringified', () => {
    const reports = [report('/a.news', 1), report('/b.news', 0), report('/c "quoted".news', 2)];
    const writer = jsonWriter();
    assert.equal(reports.map((each) => writer.file(each)).join('') + writer.end(), JSON.stringify(reports) + '\n');
    assert.equal(jsonWriter().end(), '[]\n');
  });

  it('hands every outcome on in the order of the paths, and keeps none of them', async () => {
    folder = makeFolder({ 'a.news': scrapedStory('Bergen'), 'b.news': cleanStory('Tromsø'), 'c.news': scrapedStory('Oslo') });
    const paths = ['a.news', 'b.news', 'missing.news', 'c.news'].map((name) => `${folder}/${name}`);
    const heard: Array<[number, FileOutcome]> = [];
    const run = await lintFiles(paths, { cwd: folder, onOutcome: (index, outcome) => heard.push([index, outcome]) });
    assert.deepEqual(
      heard.map(([index]) => index),
      [0, 1, 2, 3],
    );
    assert.ok('failure' in heard[2]![1], 'a file that cannot be read is an outcome too');
    const errors = heard.map(([, outcome]) => ('report' in outcome ? outcome.report.errorCount : -1));
    assert.ok(errors[0]! > 0 && errors[1] === 0 && errors[3]! > 0, String(errors));
    assert.deepEqual(run, { workers: 0, fromCache: 0 });
  });
});
