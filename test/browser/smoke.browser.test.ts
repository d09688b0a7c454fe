// Smoke test: the built demo page loads in headless Chromium under the add-in's CSP, shows its demo banner and the
// task pane, and nothing leaves 127.0.0.1. Also pins the static server's refusals.
import { request } from "node:http";
import { CONTENT_SECURITY_POLICY } from "../../scripts/csp.cjs";
import { demoSuite } from "./demoDriver";
import { guardNetwork } from "./harness";

const demo = demoSuite();

/** Status and content type of a raw request; the path is sent exactly as given (no URL normalisation). */
function rawGet(path: string): Promise<{ status: number; type: string | undefined }> {
  const { hostname, port } = new URL(demo.server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: "GET" }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"] });
    });
    req.on("error", reject);
    req.end();
  });
}

test("the demo page shows its banner, the workbook area and the task pane, under the CSP, with only local requests", async () => {
  const context = await demo.browser.newContext();
  const guard = await guardNetwork(context);
  const page = await context.newPage();

  const response = await page.goto(`${demo.server.url}demo.html`);

  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByTestId("demo-banner").textContent()).resolves.toBe("Demo – fictieve gegevens, geen Excel nodig");
  await expect(page.getByRole("heading", { name: "Werkmap (fictieve gegevens)" }).textContent()).resolves.toBe("Werkmap (fictieve gegevens)");
  await expect(page.locator("#taskpane").getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Debiteurencheck");
  expect(await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).toBe("undefined");
  guard.assertClean();
  expect(guard.requests.every((url) => url.startsWith(demo.server.url))).toBe(true);
  await context.close();
});

test("the network guard aborts and reports a request that would leave 127.0.0.1", async () => {
  const context = await demo.browser.newContext();
  const guard = await guardNetwork(context);
  const page = await context.newPage();
  await page.goto(`${demo.server.url}assets/icon-16.png`);

  // .invalid never resolves, so even a leak could not reach anyone; the guard aborts it before DNS anyway.
  await page.evaluate(() => fetch("http://outside.invalid/pixel.png").catch(() => "aborted"));

  expect(guard.blocked).toEqual(["http://outside.invalid/pixel.png"]);
  expect(() => guard.assertClean()).toThrow("request left 127.0.0.1: http://outside.invalid/pixel.png");
  await context.close();
});

test("the static server serves files with their type and refuses listings, traversal and hidden files", async () => {
  await expect(rawGet("/manifest.xml")).resolves.toEqual({ status: 200, type: "application/xml; charset=utf-8" });
  await expect(rawGet("/assets/icon-32.png")).resolves.toEqual({ status: 200, type: "image/png" });
  await expect(rawGet("/assets/")).resolves.toEqual({ status: 404, type: "text/plain; charset=utf-8" });
  await expect(rawGet("/../package.json")).resolves.toEqual({ status: 404, type: "text/plain; charset=utf-8" });
  await expect(rawGet("/..%2f..%2fpackage.json")).resolves.toEqual({ status: 403, type: "text/plain; charset=utf-8" });
  await expect(rawGet("/.hidden")).resolves.toEqual({ status: 403, type: "text/plain; charset=utf-8" });
});
