import type { Section } from '../section';
import { cacheSection, cliSection, lossSection } from './cli';
import { coreSection } from './core';
import { lspSection } from './lsp';
import { rulesSection } from './rules';
import { conllSection, scalingSection, storiesSection } from './scaling';
import { versusSection } from './versus';

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
