// What the core section times, bundled by esbuild as `dist/cli.js` bundles
// it, so the figures are those of the shipped code rather than of tsx's
// module-by-module transform.
export { formatForPath, parseArticleFile } from '../src/core/article/parse';
export { resolveRules } from '../src/core/config/config';
export { lintText } from '../src/core/lint';
export { RULES } from '../src/core/rules';
