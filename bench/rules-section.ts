import { lintEach, loadCore, loadCorpus, type CoreModule, type ResolvedRules } from './in-memory';
import { measured, type Measurement, type Section } from './section';
import { STRUCTURAL_RULE_IDS } from './targets';

/** Rounds of passes; each configuration's fastest pass is kept, the one other work on the machine disturbed least. */
const ROUNDS = 3;

function cpuSeconds(pass: () => void): number {
  const before = process.cpuUsage();
  pass();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/**
 * What each structural rule costs on its own: a pass with only that rule,
 * less a pass with every rule off (parsing, line index), in CPU time. The
 * configurations take turns, round after round, so a slow spell on a shared
 * machine does not fall on one of them. For finding the slow rule; run with
 * `npm run bench -- --only rules`.
 */
export const rulesSection: Section = {
  id: 'rules',
  title: '(rules) Cost of each structural rule, one thread, in memory, CPU time per pass over the corpus',
  optional: true,
  async run(context) {
    const core = await loadCore(context);
    const files = loadCorpus(context, core);
    const configurations = new Map<string, ResolvedRules>([
      ['none', only(core, [])],
      ['all seven', only(core, STRUCTURAL_RULE_IDS)],
    ]);
    for (const id of STRUCTURAL_RULE_IDS) configurations.set(id, only(core, [id]));
    const fastest = new Map<string, number>();
    lintEach(core, files, configurations.get('all seven')!)();
    for (let round = 1; round <= ROUNDS; round++) {
      context.log(`rules: round ${round} of ${ROUNDS}…`);
      for (const [name, rules] of configurations)
        fastest.set(name, Math.min(fastest.get(name) ?? Infinity, cpuSeconds(lintEach(core, files, rules))));
    }
    const baseline = fastest.get('none')!;
    const rows: Measurement[] = [
      measured('parse and line index, no rules', baseline * 1000, 'ms', 0, { note: `fastest of ${ROUNDS} passes` }),
    ];
    for (const [name, seconds] of fastest) {
      if (name === 'none') continue;
      const cost = seconds - baseline;
      rows.push(
        measured(name === 'all seven' ? 'all seven rules together' : name, cost * 1000, 'ms', 0, {
          note: `${((cost / baseline) * 100).toFixed(0)} % of the parse`,
        }),
      );
    }
    return rows;
  },
};

/** Every rule off but `kept`. */
function only(core: CoreModule, kept: readonly string[]): ResolvedRules {
  const off = core.RULES.map((rule) => rule.id).filter((id) => !kept.includes(id));
  return core.resolveRules({ rules: Object.fromEntries(off.map((id) => [id, 'off' as const])) });
}
