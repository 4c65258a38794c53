// Bundles each entry point into one CommonJS file under dist/ (what Node's
// bin scripts and VS Code's extension host load), with source maps.
// `node esbuild.js --production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The extension is two bundles: a small entry the editor loads on activation,
// and the language client, which the entry requires once an article is open.
const entryPoints = {
  cli: 'src/cli/main.ts',
  server: 'src/server/launch.ts',
  'language-server': 'src/server/main.ts',
  extension: 'src/client/extension.ts',
  'language-client': 'src/client/session.ts',
};

const options = {
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // The extension host provides `vscode`; it is never bundled.
  external: ['vscode'],
  // jsonc-parser's UMD build (its `main`) requires files at run time that a bundle cannot see; its ES module build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // ES modules bundled as CommonJS (fdir, under tinyglobby) read import.meta.url: give them the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: true,
  minify: production,
  legalComments: 'linked',
  logLevel: 'warning',
  // The package is "type": "module"; the bundles are CommonJS, so dist/ says so.
  plugins: [
    {
      name: 'commonjs-marker',
      setup(build) {
        build.onEnd(async () => {
          await mkdir('dist', { recursive: true });
          await writeFile('dist/package.json', '{ "type": "commonjs" }\n');
        });
      },
    },
  ],
};

if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
