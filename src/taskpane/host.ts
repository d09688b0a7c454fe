// Wires the task pane to real Office: Excel.run, the requirement sets, the signed-in account (NestedAppAuth 1.1)
// and Web Crypto. The only task-pane file that touches Office.js or localStorage.
import { createExcelWorkbook } from "../excel/excelWorkbook";
import type { SignedInUser, IdentityPort } from "../ports/identity";
import { systemClock, webCrypto } from "../platform/webCrypto";
import { browserDownload, createServices, type NameMemory, type TaskpaneServices } from "./useCases";

/** The one localStorage key the add-in uses: the staff member's own stated name (never data about debtors). */
export const NAME_KEY = "debiteurencheck.naam";

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

export function createOfficeServices(): TaskpaneServices {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch);
  const workbook = createExcelWorkbook(run, Office.context.requirements, { randomHex: webCrypto.randomHex });
  return createServices(
    { workbook, crypto: webCrypto, clock: systemClock },
    { identity: officeIdentity, names: localNameMemory(storageOrNothing()), download: browserDownload },
  );
}
