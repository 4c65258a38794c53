// `dist/server.js`, the command editors run (`node dist/server.js --stdio`)
// and the process VS Code's client forks: loads the server's bundle
// (`dist/language-server.js`) through V8's code cache, kept in the user's
// cache folder (`~/.cache/copydesk/compiled` on Linux), and starts it. The
// cache is written a moment after the first article's diagnostics, so the
// next start also skips compiling the analysis, or as the server exits if
// that moment never came.
import envPaths from 'env-paths';
import { join } from 'node:path';
import { requireWithCodeCache } from './code-cache';

type ServerBundle = typeof import('./main');

/** Long enough for the requests that follow an article's first diagnostics (highlighting, lenses) to have compiled their code too. */
const SAVE_CACHE_AFTER_MS = 1000;

const bundle = requireWithCodeCache(join(__dirname, 'language-server.js'), join(envPaths('copydesk', { suffix: '' }).cache, 'compiled'));
(bundle.exports as ServerBundle).start({
  onFirstDiagnostics: () => setTimeout(() => bundle.saveCache(), SAVE_CACHE_AFTER_MS).unref(),
});
// `exit` listeners run on process.exit(), which is how the server ends when the editor says so or goes away.
process.once('exit', () => bundle.saveCache());
