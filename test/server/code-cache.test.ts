import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SERVER } from './lsp-client';

interface Loaded {
  readonly exports: { readonly edition: string; readonly headline: string };
  readonly fromCache: boolean;
}

/** Loads the bundle in a new process (V8 keeps compiled code in memory too), saving the cache afterwards if asked. */
function load(bundle: string, cache: string, save: 'save' | 'no save' = 'no save'): Loaded {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'load-with-code-cache.ts'), bundle, cache, save],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as Loaded;
}

/** A bundle of our own: enough code for V8 to cache, exporting what it was built with. */
function bundleSource(edition: string): string {
  return [
    `const headline = (text) => text.trim().replace(/\\s+/g, ' ');`,
    `module.exports = { edition: '${edition}', headline: headline('  Ferry   crews end strike ') };`,
  ].join('\n');
}

function cacheFiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.v8cache'));
  } catch {
    return [];
  }
}

describe('loading the language server with its code cache', () => {
  let folder: string;
  let cache: string;
  let bundle: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-code-cache-'));
    cache = join(folder, 'cache');
    bundle = join(folder, 'language-server.js');
  });

  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs the bundle without a cache, then from the cache it saved', () => {
    writeFileSync(bundle, bundleSource('first'));
    const unsaved = load(bundle, cache);
    assert.deepEqual(unsaved, { exports: { edition: 'first', headline: 'Ferry crews end strike' }, fromCache: false });
    assert.deepEqual(cacheFiles(cache), []);
    assert.equal(load(bundle, cache, 'save').fromCache, false);
    assert.equal(cacheFiles(cache).length, 1);

    assert.deepEqual(load(bundle, cache), { exports: { edition: 'first', headline: 'Ferry crews end strike' }, fromCache: true });
  });

  it('never serves a cache to other code of the same length, and keeps one cache per bundle', () => {
    writeFileSync(bundle, bundleSource('first'));
    load(bundle, cache, 'save');
    const before = cacheFiles(cache);
    // V8 itself checks only the source's length: same length, other code.
    writeFileSync(bundle, bundleSource('again'));
    const rebuilt = load(bundle, cache, 'save');
    assert.equal(rebuilt.fromCache, false);
    assert.equal(rebuilt.exports.edition, 'again');
    const after = cacheFiles(cache);
    assert.equal(after.length, 1, 'the older build’s cache is removed');
    assert.notDeepEqual(after, before);
  });

  it('runs the bundle when the cache is damaged', () => {
    writeFileSync(bundle, bundleSource('first'));
    load(bundle, cache, 'save');
    const [name] = cacheFiles(cache);
    writeFileSync(join(cache, name!), 'not V8 code');
    assert.deepEqual(load(bundle, cache), { exports: { edition: 'first', headline: 'Ferry crews end strike' }, fromCache: false });
  });

  it('runs the bundle when the cache folder cannot be written', () => {
    writeFileSync(bundle, bundleSource('first'));
    // A file where the folder should be: every write under it fails.
    writeFileSync(cache, '');
    assert.equal(load(bundle, cache, 'save').exports.edition, 'first');
  });

  it("is written by dist/server.js as it exits, into the user's cache folder", async function () {
    this.timeout(30_000);
    // The user's cache folder on every system: XDG_CACHE_HOME on Linux, the home folder on macOS, LOCALAPPDATA on Windows.
    const env = { ...process.env, XDG_CACHE_HOME: cache, HOME: cache, USERPROFILE: cache, LOCALAPPDATA: cache };
    const server = spawn(process.execPath, [SERVER, '--stdio'], { env, stdio: ['pipe', 'ignore', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    // No request at all: the editor went away, so the server's input ends and it exits.
    server.stdin.end();
    assert.equal(await exited, 1);
    const written = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.v8cache'));
    assert.deepEqual(
      written.map((path) => basename(path).replace(/-[0-9a-f]{16}-[0-9a-f]{16}\.v8cache$/, '')),
      ['language-server'],
    );
    assert.ok(
      written.every((path) => basename(dirname(path)) === 'compiled'),
      written.join(', '),
    );
  });
});
