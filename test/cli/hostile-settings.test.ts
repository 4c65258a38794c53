// Configuration files and dictionaries built to hurt: a nesting bomb, an alias
// bomb, devices that never end, a file past the size limit. Each is a
// configuration error (exit 2, one line naming the file), never a crash or a
// runaway read.
import assert from 'node:assert/strict';
import { cleanUp, copydesk, makeFolder, scrapedStory } from './helpers';

const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
].join('\n');

/** The run's stderr, which must be one line naming `file` and saying `why`. */
function assertOneLineRefusal(run: ReturnType<typeof copydesk>, file: string, why: RegExp): void {
  assert.equal(run.code, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.ok(lines[0]!.includes(file), run.stderr);
  assert.match(lines[0]!, why);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
}

describe('copydesk lint with hostile configuration', function () {
  this.timeout(60_000);
  let folder: string;
  afterEach(() => cleanUp(folder));

  it('a .copydeskrc.json nested three thousand deep is a configuration error, not a stack trace', () => {
    folder = makeFolder({ '.copydeskrc.json': `{"rules": ${'['.repeat(3000)}${']'.repeat(3000)}}`, 'a.news': scrapedStory() });
    assertOneLineRefusal(copydesk(['lint', '.'], { cwd: folder }), '.copydeskrc.json', /nested too deeply|invalid|must be/);
  });

  it('a four-line YAML alias bomb is a configuration error', () => {
    folder = makeFolder({ '.copydeskrc.yaml': ALIAS_BOMB, 'a.news': scrapedStory() });
    assertOneLineRefusal(copydesk(['lint', '.'], { cwd: folder }), '.copydeskrc.yaml', /aliases/);
  });

  it('an alias bomb as the entity dictionary is a configuration error', () => {
    folder = makeFolder({
      '.copydeskrc.json': JSON.stringify({ dictionary: 'names.yaml' }),
      'names.yaml': ALIAS_BOMB,
      'a.news': scrapedStory(),
    });
    assertOneLineRefusal(copydesk(['lint', '.'], { cwd: folder }), 'names.yaml', /aliases/);
  });

  for (const device of ['/dev/zero', '/dev/urandom']) {
    it(`extends: ${device} and dictionary: ${device} are refused as no regular file, before a byte is read`, () => {
      folder = makeFolder({ '.copydeskrc.json': JSON.stringify({ extends: device }), 'a.news': scrapedStory() });
      assertOneLineRefusal(copydesk(['lint', '.'], { cwd: folder }), device, /not a regular file/);
      folder = makeFolder({ '.copydeskrc.json': JSON.stringify({ dictionary: device }), 'a.news': scrapedStory() });
      assertOneLineRefusal(copydesk(['lint', '.'], { cwd: folder }), device, /not a regular file/);
    });
  }

  it('a configuration over 1 MB is refused, one under it is read', () => {
    const padded = (size: number) => JSON.stringify({ rules: { whitespace: 'off' } }) + ' '.repeat(size);
    folder = makeFolder({ '.copydeskrc.json': padded(1024 * 1024), 'a.news': scrapedStory() });
    assertOneLineRefusal(copydesk(['lint', '.'], { cwd: folder }), '.copydeskrc.json', /larger than 1 MB/);
    cleanUp(folder);
    folder = makeFolder({ '.copydeskrc.json': padded(1000 * 1000), 'a.news': scrapedStory() });
    const run = copydesk(['lint', '.', '--format', 'json'], { cwd: folder });
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stdout, /"whitespace"/);
  });
});
