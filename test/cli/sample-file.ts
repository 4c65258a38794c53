import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The real scraped sample. It is not ours to ship, so it is never copied into
 * the repository: it stands in `../shared/samples` beside the clone (as in
 * CI), or wherever `COPYDESK_SAMPLES` points.
 */
export const SAMPLE = resolve(process.env.COPYDESK_SAMPLES ?? '../shared/samples', 'scraped-two-articles.txt');

/**
 * Runs the suite only where the sample is. Without it the suite is skipped
 * with the reason printed; in CI, where `../shared` always stands beside the
 * clone, a missing sample fails instead of passing unseen.
 */
export function needsSample(context: Mocha.Context): void {
  if (existsSync(SAMPLE)) return;
  if (process.env.CI) throw new Error(`${SAMPLE} is missing: CI runs with ../shared beside the repository`);
  console.warn(`    ! skipped: the scraped sample is not here (${SAMPLE}); clone beside ../shared or set COPYDESK_SAMPLES to its folder`);
  context.skip();
}
