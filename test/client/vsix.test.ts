import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The files of `dist/` a bundle loads beside itself at run time (`join(__dirname, 'x.js')`), as the built bundle says. */
function loadedBeside(bundle: string): string[] {
  const code = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
  return [...code.matchAll(/__dirname,\s*"([\w.-]+\.js)"/g)].map((match) => match[1]!);
}

/** Every bundle the extension can reach from its entry: the entry, what it loads, what those load. */
function reachableBundles(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (bundle: string): void => {
    if (reached.has(bundle)) return;
    reached.add(bundle);
    loadedBeside(bundle).forEach(visit);
  };
  visit(entry);
  return reached;
}

describe('the .vsix', () => {
  it('ships every bundle the extension loads at run time, and not the command line', function () {
    this.timeout(30_000);
    const main = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string }).main;
    const bundles = reachableBundles(main.replace(/^\.?\/?dist\//, ''));
    assert.ok(bundles.size >= 4, `the extension, its client, the server's launcher and the server, not only ${[...bundles].join(', ')}`);
    // What vsce would pack, after .vscodeignore.
    const packed = new Set(
      execFileSync(join(ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n'),
    );
    for (const bundle of bundles) assert.ok(packed.has(`dist/${bundle}`), `dist/${bundle} is in the .vsix`);
    assert.ok(!packed.has('dist/cli.js'));
  });
});
