// What an editor sees of the highlighting: the fixture article opened in
// each of VS Code's default themes, and the colour each kind of thing is
// painted in read off the rendered editor. Every kind must have a colour of
// its own, apart from the text's and from the others', and quotes must not
// be painted in the red of an error, and brackets in the copy are not
// coloured as code's bracket pairs are. A screenshot per theme goes to
// test-results/.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { USER_SETTINGS, type Scratch } from './scratch';

const FIXTURE = 'port-talks.news';

/** The themes VS Code ships as defaults, by the names the settings use. */
export const DEFAULT_THEMES = ['Default Dark Modern', 'Default Light Modern', 'Default High Contrast', 'Default High Contrast Light'];

/** A known word of each kind in the fixture, with words of its line that find the right occurrence. */
const KINDS: ReadonlyArray<{ readonly kind: string; readonly word: string; readonly line: string }> = [
  { kind: 'person', word: 'Anna Bakker', line: 'Mayor Anna Bakker met' },
  { kind: 'speaker', word: 'Pieter de Vries', line: 'union negotiator' },
  { kind: 'organisation', word: 'European Commission', line: 'urged them' },
  { kind: 'place', word: 'Rotterdam', line: 'Dockworkers and terminal owners' },
  { kind: 'date', word: '18 June 2025', line: 'due to continue' },
  { kind: 'quote', word: 'We want a deal', line: 'We want a deal' },
  { kind: 'caption', word: 'Container ships wait', line: 'outside the harbour entrance' },
  { kind: 'credit', word: 'ANP', line: 'outside the harbour entrance' },
];

type Rgb = readonly [number, number, number];

function parseRgb(css: string): Rgb {
  const [r, g, b] = (css.match(/\d+(?:\.\d+)?/g) ?? ['0', '0', '0']).map(Number);
  return [r!, g!, b!];
}

/** The "redmean" approximation of how far apart two colours look. */
function colourDistance(a: Rgb, b: Rgb): number {
  const mean = (a[0] + b[0]) / 2;
  const [dr, dg, db] = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  return Math.sqrt(((512 + mean) * dr * dr) / 256 + 4 * dg * dg + ((767 - mean) * db * db) / 256);
}

/** A red that reads as an error: red well above green and blue. */
function isRed([r, g, b]: Rgb): boolean {
  return r > 110 && r > 2 * g && r > 2 * b;
}

/** Colours closer than this are taken for one. */
const DISTINCT = 30;

/** The browser's own global, as far as reading a colour goes (the tests are not compiled against the DOM's types). */
interface StyleWindow {
  getComputedStyle(element: unknown): { readonly color: string };
}

/** The colour of the rendered token holding `word` on the line holding `line`, or undefined until it is painted. */
async function tokenColour(page: Page, word: string, line: string): Promise<string | undefined> {
  const span = page.locator('.monaco-editor .view-lines .view-line', { hasText: line }).locator('span > span', { hasText: word }).first();
  if ((await span.count()) === 0) return undefined;
  return span.evaluate((element) => (globalThis as unknown as StyleWindow).getComputedStyle(element).color);
}

/** Words the copy leaves plain, for the text's own colour. */
const PLAIN = { word: 'urged them to settle', line: 'urged them to settle' };

/** Waits for the semantic tokens: every kind on screen, the person no longer in the text's colour. */
async function waitForTokens(page: Page): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const text = await tokenColour(page, PLAIN.word, PLAIN.line);
    const colours = await Promise.all(KINDS.map(({ word, line }) => tokenColour(page, word, line)));
    if (text && colours.every(Boolean) && colours[0] !== text) return;
    await page.waitForTimeout(250);
  }
  throw new Error('the semantic tokens never arrived');
}

async function openInTheme(page: Page, url: string, scratch: Scratch, theme: string): Promise<void> {
  const settings = { ...USER_SETTINGS, 'workbench.colorTheme': theme };
  await writeFile(join(scratch.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.monaco-workbench .part.editor').click();
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill(FIXTURE);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: FIXTURE }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-line', { hasText: 'Port Workers and Owners' }).first().waitFor();
  await waitForTokens(page);
}

/** The problems with one theme's colours: kinds painted alike, painted as plain text, or quotes in red. */
function colourProblems(colours: ReadonlyMap<string, Rgb>, text: Rgb): string[] {
  const problems: string[] = [];
  const kinds = [...colours.keys()];
  kinds.forEach((kind, i) => {
    if (colourDistance(colours.get(kind)!, text) < DISTINCT) problems.push(`${kind} is painted as plain text`);
    for (const other of kinds.slice(i + 1)) {
      if (colourDistance(colours.get(kind)!, colours.get(other)!) < DISTINCT) problems.push(`${kind} and ${other} share a colour`);
    }
  });
  if (isRed(colours.get('quote')!)) problems.push('quotes are red, the colour of an error');
  return problems;
}

async function checkTheme(page: Page, url: string, scratch: Scratch, theme: string): Promise<string[]> {
  await openInTheme(page, url, scratch, theme);
  const text = parseRgb((await tokenColour(page, PLAIN.word, PLAIN.line))!);
  const colours = new Map<string, Rgb>();
  const missing: string[] = [];
  for (const { kind, word, line } of KINDS) {
    const colour = await tokenColour(page, word, line);
    if (colour) colours.set(kind, parseRgb(colour));
    else missing.push(`${kind} (${word}) not found on screen`);
  }
  const shot = `test-results/theme-${theme.toLowerCase().replace(/\W+/g, '-')}.png`;
  await page.screenshot({ path: shot });
  // Brackets in copy are not code: a credit's brackets keep the copy's colours, not a bracket pair's.
  const pairColoured = await page.locator('.monaco-editor .view-line span[class*="bracket-highlighting-"]').count();
  const brackets = pairColoured > 0 ? [`${pairColoured} brackets painted as bracket pairs`] : [];
  const problems = [...missing, ...brackets, ...(missing.length === 0 ? colourProblems(colours, text) : [])];
  const painted = [...colours].map(([kind, rgb]) => `${kind} rgb(${rgb.join(',')})`).join(', ');
  console.log(
    `${theme}: ${problems.length === 0 ? 'every kind has its own colour' : problems.join('; ')} — ${painted}; screenshot ${shot}`,
  );
  return problems;
}

/** Opens the fixture in every default theme; true when each kind has a colour of its own in each. */
export async function checkThemeColours(page: Page, url: string, scratch: Scratch): Promise<boolean> {
  let ok = true;
  try {
    for (const theme of DEFAULT_THEMES) ok = (await checkTheme(page, url, scratch, theme)).length === 0 && ok;
  } catch (error) {
    await page.screenshot({ path: 'test-results/theme-failure.png' }).catch(() => undefined);
    console.error(`Theme colour check failed: ${error instanceof Error ? error.message : String(error)}`);
    ok = false;
  } finally {
    await writeFile(join(scratch.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  }
  return ok;
}
