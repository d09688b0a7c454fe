// The Instellingen page in demo mode, in a task pane 320 px wide: the debtor team's bad input is refused in Dutch at
// the field it concerns (no browser bubbles) and changes nothing; a new member is added and logged with before and
// after; a social worker reads the protocol's texts but no forms; axe-core finds no violations in either state.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { demoSuite, logRows, playAs, SCREENSHOTS, signIn } from "./demoDriver";
import { axeViolations } from "./paneWidths";

const demo = demoSuite();

/** The task pane as Excel shows it at its narrowest: 320 px, with nothing wider than the pane. */
async function narrowTaskpane(page: Page): Promise<void> {
  await page.addStyleTag({ content: "#taskpane { width: 320px !important; }" });
}

/** Elements of the task pane whose right edge lies beyond the pane's content box (at 320 px: none may). */
const overflows = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector("#taskpane")!;
    const right = pane.getBoundingClientRect().right;
    return [...pane.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.outerHTML.slice(0, 80));
  });

/** The Field's validation message, found through the control's aria-describedby (what a screen reader reads). */
async function fieldMessage(page: Page, testId: string): Promise<string> {
  const ids = (await page.getByTestId(testId).getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(" ").filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

test("debtor team at 320 px: refused input shows its message at the field, a new member is logged; no axe violations", async () => {
  const { context, page, guard } = await demo.openDemo();
  await narrowTaskpane(page);
  await signIn(page, "vergelijking uitvoeren");
  await page.getByTestId("instellingen-openen").click();
  await page.getByTestId("instellingen").waitFor();
  const logBefore = (await logRows(page)).length;

  const start = await page.getByTestId("periode-start").inputValue();
  await page.getByTestId("periode-einde").fill("2020-01-01");
  await page.getByTestId("periode-reden").fill("verlenging proefproject");
  await page.getByTestId("periode-wijzigen").click();
  await expect(page.getByTestId("periode-einde").getAttribute("aria-invalid")).resolves.toBe("true");
  // Dates as the pane's date field shows them (dd/mm/jjjj), not as the configuration stores them.
  const startShown = start.split("-").reverse().join("/");
  await expect(fieldMessage(page, "periode-einde")).resolves.toBe(`De einddatum (01/01/2020) ligt vóór de startdatum (${startShown}). Pas een van beide aan.`);
  await page.getByTestId("periode-einde").fill("");
  await page.getByTestId("periode-wijzigen").click();
  await expect(fieldMessage(page, "periode-einde")).resolves.toBe("Vul een geldige einddatum in: een dag die bestaat, met dag, maand en jaar.");

  await page.getByTestId("sectie-instellingen-periode").screenshot({ path: join(SCREENSHOTS, "instellingen-periode-320.png") });

  await page.getByTestId("lid-email").fill("SOFIE.demo@ocmw.genk.example");
  await page.getByTestId("lid-toevoegen").click();
  await expect(fieldMessage(page, "lid-email")).resolves.toBe(
    "sofie.demo@ocmw.genk.example staat al op de ledenlijst (als Maatschappelijk werker). Wijzig de rol van dat lid in plaats van het opnieuw toe te voegen.",
  );
  expect(await logRows(page)).toHaveLength(logBefore);
  expect(await overflows(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId("sectie-instellingen-leden").screenshot({ path: join(SCREENSHOTS, "instellingen-leden-320.png") });

  await page.getByTestId("lid-email").fill("jan.demo@ocmw.genk.example");
  await page.getByTestId("lid-toevoegen").click();
  await expect(page.getByTestId("leden-klaar").textContent()).resolves.toBe("jan.demo@ocmw.genk.example staat op de ledenlijst als Maatschappelijk werker.");
  await page.getByTestId("lid-jan.demo@ocmw.genk.example").waitFor();
  const log = await logRows(page);
  expect(log.slice(logBefore).map((r) => [r.Actie, r.Veld, r["Oude waarde"], r["Nieuwe waarde"]])).toEqual([
    ["configuratie gewijzigd", "lid jan.demo@ocmw.genk.example", "geen lid", "Maatschappelijk werker"],
    ["configuratie vastgelegd", "configuratie", "", expect.stringMatching(/^configuratie-v1 periode=[0-9a-f]{64} leden=[0-9a-f]{64} /)],
  ]);
  expect(await overflows(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  guard.assertClean();
  await context.close();
});

test("social worker: reads the protocol's texts (1°, 2°, 5°, 10°, 11°) and the period, changes nothing", async () => {
  const { context, page, guard } = await demo.openDemo();
  await narrowTaskpane(page);
  await playAs(page, "Sofie (maatschappelijk werker)", "cliëntstatus nakijken");
  await page.getByTestId("instellingen-openen").click();
  for (const clause of ["1°", "2°", "5°", "10°", "11°"]) await page.getByTestId(`protocol-${clause}`).waitFor();
  await expect(page.getByTestId("protocol-10°").textContent()).resolves.toContain("retributiereglementen");
  await expect(page.getByTestId("periode-wijzigen").count()).resolves.toBe(0);
  await expect(page.getByTestId("lid-toevoegen").count()).resolves.toBe(0);
  expect(await overflows(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByTestId("instellingen-sluiten").click();
  await page.getByTestId("sectie-dossiers").waitFor();
  guard.assertClean();
  await context.close();
});
