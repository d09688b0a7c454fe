// Helpers for tests as the users work: the demo's task pane set to a real taskpane width, a check that nothing in it
// scrolls sideways, axe-core over the pane, and a screenshot of the pane per role and width.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { SCREENSHOTS } from "./demoDriver";

/** The taskpane widths Excel gives: narrow desktop, default, widened. */
export const PANE_WIDTHS = [320, 380, 450] as const;

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Sets the demo's task pane (aside#taskpane) to `width` CSS pixels, as Excel sizes its pane. */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    document.getElementById("taskpane")!.style.width = `${w}px`;
  }, width);
}

/** Elements inside the pane that reach past its right edge, and whether the pane itself scrolls sideways. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("taskpane")!;
    const right = pane.getBoundingClientRect().right;
    const found: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + 1) found.push(`pane scrollWidth ${pane.scrollWidth} > ${pane.clientWidth}`);
    /** The right edge that can be seen: clipped by every ancestor that hides its overflow. */
    const visibleRight = (el: Element): number => {
      let edge = el.getBoundingClientRect().right;
      for (let a = el.parentElement; a && a !== pane; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") edge = Math.min(edge, a.getBoundingClientRect().right);
      }
      return edge;
    };
    for (const el of pane.querySelectorAll<HTMLElement>("*")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      // Invisible parts (the search box's clear button while empty) are laid out but never seen.
      if (style.position === "fixed" || style.visibility === "hidden" || box.right <= right + 1) continue;
      const seenRight = visibleRight(el);
      if (seenRight > right + 1) {
        const near = el.closest<HTMLElement>("[data-testid]")?.dataset.testid ?? "";
        found.push(`${el.tagName.toLowerCase()} in [${near}] (${(el.textContent ?? "").slice(0, 30)}) right ${Math.round(seenRight)} > ${Math.round(right)}`);
      }
    }
    return found.slice(0, 10);
  });
}

/** Text in the pane cut off with an ellipsis (or clipped): what is cut off cannot be read, so none is allowed. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.getElementById("taskpane")!.querySelectorAll<HTMLElement>("*")]
      .filter((el) => {
        const style = getComputedStyle(el);
        const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
        // A visually hidden live region (1 px, clipped on purpose) is heard, not seen.
        return hasText && el.clientWidth > 1 && style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} (${(el.textContent ?? "").slice(0, 30)}) ${el.scrollWidth} > ${el.clientWidth}`),
  );
}

/**
 * Words broken across lines inside the pane: a word of letters (no digits, @ or hyphen: addresses and timestamps may
 * wrap anywhere) whose text spans more than one line. "gegevensbeschermi / ng" is hard to read.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.getElementById("taskpane")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Whole words only: a run of letters inside a hash or code ("…3dcbfcb9…") is no word, and a long code must break.
      for (const m of (node.textContent ?? "").matchAll(/(?<![\p{L}\p{N}])[A-Za-zÀ-ÿ]{6,}(?![\p{L}\p{N}])/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) found.push(m[0]);
      }
    }
    return found;
  });
}

/** axe-core over the task pane (open dialogs included): the violations as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await animationsSettled(page);
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays as it is.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const include = [["#taskpane"], ...[...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].map((_, i) => [`[data-axe-dialog="${i}"]`])];
    document.querySelectorAll('[role="dialog"], [role="alertdialog"]').forEach((d, i) => d.setAttribute("data-axe-dialog", String(i)));
    const result = await axe.run({ include }, { resultTypes: ["violations"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
  });
}

/**
 * Waits until every finite animation and transition in the page has finished. A dialog fading in is half
 * transparent for a moment, and axe-core then measures a colour contrast nobody sees (CI failed on exactly that).
 * Endless animations (a spinner) are left running.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let round = 0; round < 5; round++) {
      const running = document
        .getAnimations()
        .filter((a) => a.playState === "running" && a.effect?.getComputedTiming().iterations !== Infinity);
      if (running.length === 0) return;
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
}

/** A screenshot of the task pane only, as test-output/screenshots/<name>-<width>.png. */
export async function paneShot(page: Page, name: string, width: number): Promise<void> {
  await animationsSettled(page);
  await page.locator("#taskpane").screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`) });
}
