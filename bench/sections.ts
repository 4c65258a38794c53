import type { Section } from './section';
import { cacheSection, cliSection } from './cli-section';
import { coreSection } from './core-section';
import { lspSection } from './lsp-section';
import { rulesSection } from './rules-section';

/** Every section of `npm run bench`, in the order they run and print. Add new ones here. */
export const SECTIONS: readonly Section[] = [coreSection, cliSection, cacheSection, rulesSection, lspSection];
