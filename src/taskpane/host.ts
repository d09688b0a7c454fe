// Wires the task pane to real Office: Excel.run, the requirement sets, the signed-in account (NestedAppAuth 1.1),
// Web Crypto, grid-edit logging (worksheet events) and the Zelftest. The only task-pane file that touches Office.js
// or localStorage. Grid logging and the Zelftest load on first use, not with the task pane.
import type { AppDeps } from "../app/deps";
import { createExcelWorkbook, type ExcelWorkbook } from "../excel/excelWorkbook";
import type { SignedInUser, IdentityPort } from "../ports/identity";
import { systemClock, webCrypto } from "../platform/webCrypto";
import { logOpening } from "../app/logOpening";
import { createGridWatcher, type GridWatcher } from "./gridWatcher";
import { startWithWorkbook } from "./startWithWorkbook";
import { browserDownload, createServices, type ExplanationMemory, type NameMemory, type TaskpaneServices } from "./useCases";

/** The localStorage keys the add-in uses: the staff member's own stated name, and per role whether "Hoe werkt het?"
 * was closed (never data about debtors). */
export const NAME_KEY = "debiteurencheck.naam";
export const EXPLAINED_KEY = "debiteurencheck.uitleg-gezien";

/** Where the storage is blocked (private mode, policy), the name is simply asked again next time. */
export function localNameMemory(storage: Pick<Storage, "getItem" | "setItem"> | undefined): NameMemory {
  return {
    recall() {
      try {
        return storage?.getItem(NAME_KEY) ?? "";
      } catch {
        return "";
      }
    },
    remember(name) {
      try {
        if (name) storage?.setItem(NAME_KEY, name);
      } catch {
        // Storage refused (quota, policy): remembering is a convenience, the session goes on.
        return;
      }
    },
  };
}

/** "Hoe werkt het?" closed per role, as "ja" under EXPLAINED_KEY.<role>; blocked storage just shows it again. */
export function localExplanationMemory(storage: Pick<Storage, "getItem" | "setItem"> | undefined): ExplanationMemory {
  return {
    seen(role) {
      try {
        return storage?.getItem(`${EXPLAINED_KEY}.${role}`) === "ja";
      } catch {
        return false;
      }
    },
    markSeen(role) {
      try {
        storage?.setItem(`${EXPLAINED_KEY}.${role}`, "ja");
      } catch {
        // Storage refused: the explanation simply opens again next time.
        return;
      }
    },
  };
}

/** Merely reading `localStorage` throws where the browser blocks storage (e.g. a third-party frame of Office on the web). */
function storageOrNothing(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The signed-in account's principal name, only where the host supports NestedAppAuth 1.1; otherwise undefined. */
export const officeIdentity: IdentityPort = {
  async signedInUser(): Promise<SignedInUser | undefined> {
    try {
      if (!Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")) return undefined;
      const context = await Office.auth.getAuthContext();
      const name = context.userPrincipalName?.trim();
      return name ? { name, source: "Microsoft 365-account" } : undefined;
    } catch {
      // No account, or the host refused: the user states a name instead (the log records "zelf opgegeven").
      return undefined;
    }
  },
};

/**
 * One workbook adapter and one grid watcher per runtime: with the shared runtime the task pane can be closed and opened
 * again while the page (and its event handlers) lives on. The watcher tells the add-in's own writes from the user's
 * through the adapter it observes, so every services object must write through that same adapter. index.tsx makes the
 * runtime once, when Office is ready, and hands it to both functions below.
 */
export interface OfficeRuntime {
  readonly deps: AppDeps & { readonly workbook: ExcelWorkbook };
  readonly grid: GridWatcher;
}

const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

export function createOfficeRuntime(): OfficeRuntime {
  const requirements = Office.context.requirements;
  const deps = { workbook: createExcelWorkbook(run, requirements), crypto: webCrypto, clock: systemClock };
  const grid = createGridWatcher(async (hooks) => {
    const { startGridLogging } = await import(/* webpackChunkName: "grid-events" */ "../excel-events/gridEvents");
    return startGridLogging({ deps, run, requirements, ...hooks });
  });
  return { deps, grid };
}

/**
 * When the runtime starts (with the document, or when the pane opens): log the opening before anyone states a purpose,
 * which also locks every column at rest, and keep the pane and runtime starting with this workbook.
 */
export async function onRuntimeStart({ deps }: OfficeRuntime): Promise<void> {
  const opened = await logOpening(deps, await officeIdentity.signedInUser());
  if (opened.ok && opened.value) await startWithWorkbook(Office);
}

export function createOfficeServices(runtime: OfficeRuntime): TaskpaneServices {
  const requirements = Office.context.requirements;
  const services = createServices(runtime.deps, {
    identity: officeIdentity,
    names: localNameMemory(storageOrNothing()),
    explanations: localExplanationMemory(storageOrNothing()),
    download: browserDownload,
    grid: runtime.grid,
    selfTest: async () => {
      const { runExcelSelfTest } = await import(/* webpackChunkName: "zelftest" */ "../excel/selfTest");
      const { version, platform } = Office.context.diagnostics;
      const office = {
        getSetting: (name: string) => Office.context.document.settings.get(name) as unknown,
        getStartupBehavior: async () => (Office.context.requirements.isSetSupported("SharedRuntime", "1.1") ? String(await Office.addin.getStartupBehavior()) : "onbekend"),
      };
      return runExcelSelfTest({ run, requirements, diagnostics: { version, platform: String(platform) }, office });
    },
  });
  return {
    ...services,
    // Set-up also makes the pane and the runtime start with this workbook from now on.
    async setUpWorkbook(session, input) {
      const result = await services.setUpWorkbook(session, input);
      if (result.ok) await startWithWorkbook(Office);
      return result;
    },
  };
}
