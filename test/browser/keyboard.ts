// Keyboard-only walking for browser tests: Tab (or Shift+Tab) until the wanted element has focus, as a keyboard user
// would, failing when it is never reached.
import type { Page } from "playwright-core";

/** Presses Tab until the element with data-testid `testId` (or matching `selector`) has focus; at most `max` presses. */
export async function tabTo(page: Page, target: { testId?: string; selector?: string }, max = 80): Promise<void> {
  const selector = target.selector ?? `[data-testid="${target.testId}"]`;
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Keyboard: ${selector} not reached with ${max} Tab presses`);
}

/** The data-testid (or tag and text) of the element that has focus. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.testid ?? `${el?.tagName.toLowerCase()}:${el?.textContent?.slice(0, 40)}`;
  });
}
