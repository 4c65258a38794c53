import type { Section } from '../section';
import { cacheSection, cliSection } from './cli';
import { coreSection } from './core';
import { lspSection } from './lsp';
import { rulesSection } from './rules';

/** Every section of `npm run bench`, in the order they run and print. Add new ones here. */
export const SECTIONS: readonly Section[] = [coreSection, cliSection, cacheSection, rulesSection, lspSection];
