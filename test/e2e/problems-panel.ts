// One check through the UI, as an editor would see it: open the fixture
// article, open the Problems panel, and find the duplicate captions listed.
import type { Locator, Page } from 'playwright-core';

const FIXTURE = 'harbour-bridge.news';
const DUPLICATE_CAPTIONS = 4;
export const SCREENSHOT = 'test-results/problems-panel.png';

/** The Problems panel's rows that name the duplicate-caption rule. */
function rowsNamingDuplicateCaptions(page: Page): Locator {
  return page.locator('.markers-panel .monaco-list-row', { hasText: 'duplicate-caption' });
}

/** Rows of findings the filter must hide. */
function otherRules(page: Page): Locator {
  return page.locator('.markers-panel .monaco-list-row', { hasText: /scrape-artifact|repeated-headline|duplicate-photo-block/ });
}

/**
 * Types into the panel's filter until the other rules' rows go: text typed
 * while the panel is still settling is sometimes dropped.
 */
async function filterProblems(page: Page, text: string): Promise<void> {
  const filter = page.locator('.part.panel .viewpane-filter input').first();
  for (let attempt = 1; ; attempt++) {
    await filter.click();
    await filter.fill(text);
    try {
      await otherRules(page).first().waitFor({ state: 'detached', timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export async function checkProblemsPanel(page: Page, url: string): Promise<boolean> {
  try {
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.monaco-workbench .part.editor').click();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(FIXTURE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FIXTURE }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: 'Harbour Bridge in Tallinn' }).first().waitFor();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    // Filter by the message, as an editor would, so the rows fit however many other findings the article has.
    // Diagnostics reach the panel a few seconds after the file opens: wait on the rows, not on a clock.
    await rowsNamingDuplicateCaptions(page)
      .nth(DUPLICATE_CAPTIONS - 1)
      .waitFor({ timeout: 60_000 });
    await filterProblems(page, 'Duplicate caption');
    const rows = await rowsNamingDuplicateCaptions(page).count();
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Problems panel: ${rows} duplicate-caption rows; screenshot in ${SCREENSHOT}`);
    return rows === DUPLICATE_CAPTIONS;
  } catch (error) {
    await page.screenshot({ path: SCREENSHOT }).catch(() => undefined);
    console.error(`Problems panel check failed: ${error instanceof Error ? error.message : String(error)} (screenshot in ${SCREENSHOT})`);
    return false;
  }
}
