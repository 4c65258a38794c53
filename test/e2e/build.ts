// Bundles the in-editor suite into one CommonJS file the extension host can
// load as `extensionTestsPath`. Mocha is bundled too, so the entry needs
// nothing from node_modules at run time; `vscode` comes from the host.
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';

/** Bundles `entry` (by default the suite) as `dist/e2e/<name>.js` and returns that path. */
export async function buildSuite(entry = 'test/e2e/suite/index.ts', name = 'suite'): Promise<string> {
  await esbuild.build({
    entryPoints: { [name]: entry },
    outdir: 'dist/e2e',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // Only mocha's parallel mode, which this suite does not use, resolves files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return resolve('dist/e2e', `${name}.js`);
}
