import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { STRUCTURAL_CONFIG, writeStructuralConfig } from './corpus';
import { ensureBuilt } from './child';
import { formatNumber, measured, type BenchContext, type Measurement, type Section } from './section';
import { cpuRatio, interleaved, memoryRow, speedRatio, timingRow, type Case } from './side-by-side';
import { ARCHIVE_PEAK_MEMORY, VERSUS_MARKDOWNLINT } from './targets';

/** The archive, or in `--quick` its first three folders (about 300 files). */
export function archiveSelection(context: BenchContext): { folders: string[]; files: string[]; bytes: number } {
  const { archive } = context.corpus;
  const folders = [...new Set(archive.files.map((file) => dirname(file)))].sort();
  const chosen = context.quick ? folders.slice(0, 3) : folders;
  const files = archive.files.filter((file) => chosen.includes(dirname(file)));
  // The manifest knows each set's bytes, not each file's; a quick run's share is counted from disk.
  const bytes = context.quick ? files.reduce((sum, file) => sum + statSync(join(context.corpusDir, file)).size, 0) : archive.bytes;
  return {
    folders: context.quick ? chosen.map((folder) => join(context.corpusDir, folder)) : [join(context.corpusDir, 'archive')],
    files,
    bytes,
  };
}

/** markdownlint-cli2's own command-line script, as `npx markdownlint-cli2` runs it (its `exports` hide its package.json from require). */
function markdownlintBin(context: BenchContext): string {
  const folder = join(context.repoDir, 'node_modules', 'markdownlint-cli2');
  const { bin } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return join(folder, bin['markdownlint-cli2']!);
}

/**
 * Copydesk and markdownlint-cli2 on the same real-news archive, each with
 * its default rules, rounds interleaved, reports to /dev/null. markdownlint
 * checks Markdown structure only; it is the yardstick of the issue, a
 * well-kept linter users already wait for.
 */
export const versusSection: Section = {
  id: 'versus',
  title: 'Side by side with markdownlint-cli2: the real-news archive, default rules, rounds interleaved',
  async run(context) {
    ensureBuilt(context, 'cli.js');
    writeStructuralConfig();
    const { folders, files, bytes } = archiveSelection(context);
    const paths = folders.map((folder) => relative(context.repoDir, folder));
    const globs = paths.map((path) => `${path}/**/*.news.{txt,md}`);
    const cases: Case[] = [
      { label: 'markdownlint-cli2 (default rules)', args: [markdownlintBin(context), ...globs], bytes },
      { label: 'copydesk lint (default rules)', args: ['dist/cli.js', 'lint', ...paths, '--format', 'json'], bytes },
      { label: 'copydesk annotate', args: ['dist/cli.js', 'annotate', ...paths, '--format', 'jsonl'], bytes },
      {
        label: 'copydesk lint, structural rules only',
        args: ['dist/cli.js', 'lint', ...paths, '--format', 'json', '-c', relative(context.repoDir, STRUCTURAL_CONFIG)],
        bytes,
      },
    ];
    const [markdownlint, lint, annotate, structural] = await interleaved(context, cases);
    const size = `${files.length.toLocaleString('en-GB')} files, ${formatNumber(bytes / 1e6, 1)} MB`;
    const rows: Measurement[] = [
      timingRow(`markdownlint-cli2 (default rules), ${size}`, markdownlint!, bytes),
      timingRow('copydesk lint (default rules)', lint!, bytes),
      timingRow('copydesk annotate --format jsonl', annotate!, bytes),
      timingRow('copydesk lint, structural rules only', structural!, bytes),
    ];
    for (const [label, timing] of [
      ['copydesk lint (default rules)', lint!],
      ['copydesk annotate', annotate!],
      ['copydesk lint, structural rules only', structural!],
    ] as const) {
      const ratio = speedRatio(timing, markdownlint!);
      const byCpu = cpuRatio(timing, markdownlint!);
      const held = label === 'copydesk lint, structural rules only' ? {} : { target: VERSUS_MARKDOWNLINT };
      rows.push(
        ratio === undefined
          ? { label: `${label}: speed against markdownlint-cli2`, shown: 'n/a', note: timing.failure ?? markdownlint!.failure }
          : measured(`${label}: speed against markdownlint-cli2`, ratio, '×', 2, {
              ...held,
              note: `its time over ours, wall clock${byCpu === undefined ? '' : `; by CPU time ${byCpu.toFixed(2)}×`}`,
            }),
      );
    }
    rows.push(
      memoryRow('peak memory, copydesk lint (default rules)', lint!, context.quick ? undefined : ARCHIVE_PEAK_MEMORY),
      memoryRow('peak memory, copydesk annotate', annotate!),
      memoryRow('peak memory, markdownlint-cli2', markdownlint!),
    );
    return rows;
  },
};
