import type { Section } from './section';
import { cacheSection, cliSection, lossSection } from './cli-section';
import { coreSection } from './core-section';
import { lspSection } from './lsp-section';
import { rulesSection } from './rules-section';
import { conllSection, scalingSection, storiesSection } from './scaling-section';
import { versusSection } from './versus-section';

/** Every section of `npm run bench`, in the order they run and print. Add new ones here. */
export const SECTIONS: readonly Section[] = [
  versusSection,
  lossSection,
  scalingSection,
  storiesSection,
  conllSection,
  lspSection,
  coreSection,
  cliSection,
  cacheSection,
  rulesSection,
];
