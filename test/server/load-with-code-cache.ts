// Run as its own process by code-cache.test.ts: V8 also keeps compiled code
// in memory, so only a fresh process shows what the cache on disk gives.
//   node --import tsx load-with-code-cache.ts <bundle> <cache folder> [save]
import { requireWithCodeCache } from '../../src/server/code-cache';

const [bundle, cache, save] = process.argv.slice(2);
const loaded = requireWithCodeCache(bundle!, cache!);
if (save === 'save') loaded.saveCache();
console.log(JSON.stringify({ exports: loaded.exports, fromCache: loaded.fromCache }));
