import type { Manifest } from './corpus';

/**
 * One part of `npm run bench`. Each section lives in its own file,
 * `bench/NAME-section.ts`, and is listed in `bench/sections.ts`; a feature
 * that needs its speed watched (annotation, the language server) adds a
 * section there without touching the others.
 */
export interface Section {
  /** Short name for `npm run bench -- --only <id>`. */
  readonly id: string;
  readonly title: string;
  /** Runs only when asked for by `--only`: diagnostics too slow or too detailed for every run. */
  readonly optional?: boolean;
  run(context: BenchContext): Promise<readonly Measurement[]>;
}

export interface BenchContext {
  readonly corpus: Manifest;
  /** Absolute path of the corpus folder. */
  readonly corpusDir: string;
  /** Absolute path of the repository, where `dist/cli.js` lives. */
  readonly repoDir: string;
  /** `--quick`: smaller inputs, fewer rounds and edits, for development; the figures are not the ones to report. */
  readonly quick: boolean;
  /** Rounds of interleaved runs for figures compared side by side. */
  readonly rounds: number;
  /** A command still running after this long is stopped and reported as timed out. */
  readonly timeoutMs: number;
  /** Progress notes, printed while a section runs. */
  log(line: string): void;
}

/** A target a figure is held to: met when `value` is at least (or at most) `limit`. */
export interface Target {
  readonly limit: number;
  readonly atLeast: boolean;
  readonly unit: string;
}

/** One line of a section's table. */
export interface Measurement {
  readonly label: string;
  /** The figure as printed, with its unit: `23.4 MB/s`. */
  readonly shown: string;
  /** The raw figure, for `--json` and for checking a target. */
  readonly value?: number;
  readonly target?: Target;
  readonly note?: string;
}

export function measured(
  label: string,
  value: number,
  unit: string,
  digits: number,
  extra: { target?: Target; note?: string } = {},
): Measurement {
  return { label, shown: `${formatNumber(value, digits)} ${unit}`, value, ...extra };
}

export function formatNumber(value: number, digits: number): string {
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function targetMet(measurement: Measurement): boolean | undefined {
  const { target, value } = measurement;
  if (!target || value === undefined) return undefined;
  return target.atLeast ? value >= target.limit : value <= target.limit;
}
