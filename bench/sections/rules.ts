import { lintEach, loadCore, loadCorpus, timePasses } from '../in-memory';
import { measured, type Measurement, type Section } from '../section';
import { STRUCTURAL_RULE_IDS } from '../targets';

/**
 * What each structural rule costs on its own: a pass with only that rule,
 * less a pass with every rule off (parsing, line index), in CPU time,
 * which other load on the machine disturbs less than wall time. For
 * finding the slow rule; run with `npm run bench -- --only rules`.
 */
export const rulesSection: Section = {
  id: 'rules',
  title: '(rules) Cost of each structural rule, one thread, in memory',
  optional: true,
  async run(context) {
    const core = await loadCore(context);
    const files = loadCorpus(context, core);
    const ids = core.RULES.map((rule) => rule.id);
    const only = (kept: readonly string[]) => core.resolveRules({ rules: Object.fromEntries(ids.filter((id) => !kept.includes(id)).map((id) => [id, 'off' as const])) });
    context.log('rules: a pass with every rule off…');
    const baseline = timePasses(lintEach(core, files, only([]))).cpu;
    const rows: Measurement[] = [measured('parse and line index, no rules', baseline * 1000, 'ms', 0, { note: 'CPU time per pass over the corpus' })];
    for (const id of STRUCTURAL_RULE_IDS) {
      context.log(`rules: ${id}…`);
      const pass = timePasses(lintEach(core, files, only([id]))).cpu;
      rows.push(measured(id, Math.max(0, pass - baseline) * 1000, 'ms', 0, { note: `${(((pass - baseline) / baseline) * 100).toFixed(0)} % of the parse` }));
    }
    return rows;
  },
};
