import assert from 'node:assert/strict';
import { cleanUp, copydesk, makeFolder, parseJson, scrapedStory } from './helpers';

describe('copydesk lint discovery', () => {
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('walks a dot-folder named outright, as any other folder', () => {
    folder = makeFolder({ '.drafts/harbour.news': scrapedStory() });
    const run = copydesk(['lint', '.drafts', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      parseJson(run).map((report) => report.filePath.endsWith('.drafts/harbour.news')),
      [true],
    );
  });
});
