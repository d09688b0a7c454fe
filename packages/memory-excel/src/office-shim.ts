// A stand-in for the global `Office` object, with only what this add-in uses at run time:
//   Office.onReady(), Office.context.{host, platform, diagnostics, displayLanguage, requirements.isSetSupported},
//   Office.auth.getAuthContext() (present only when NestedAppAuth is a supported requirement set),
//   Office.actions.associate() (ribbon function commands), Office.addin.{showAsTaskpane, hide, setStartupBehavior},
//   and the enums HostType, PlatformType, StartupBehavior.
// It makes no network calls; the identity is the fictitious demo user unless one is passed in.

export interface OfficeShimIdentity {
  userPrincipalName?: string;
}

export interface OfficeShim {
  HostType: { Excel: "Excel" };
  PlatformType: { OfficeOnline: "OfficeOnline"; PC: "PC"; Mac: "Mac" };
  StartupBehavior: { none: "None"; load: "Load" };
  onReady(callback?: (info: { host: "Excel"; platform: "OfficeOnline" }) => void): Promise<{ host: "Excel"; platform: "OfficeOnline" }>;
  context: {
    host: "Excel";
    platform: "OfficeOnline";
    displayLanguage: string;
    contentLanguage: string;
    diagnostics: { host: "Excel"; platform: "OfficeOnline"; version: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  auth?: { getAuthContext(): Promise<Office.AuthContext> };
  actions: { associate(actionId: string, action: (...args: unknown[]) => unknown): void; readonly associated: ReadonlyMap<string, (...args: unknown[]) => unknown> };
  addin: { showAsTaskpane(): Promise<void>; hide(): Promise<void>; setStartupBehavior(behavior: string): Promise<void>; getStartupBehavior(): Promise<string> };
}

/** Compares dotted versions numerically: "1.10" > "1.9". */
export function versionAtLeast(actual: string, wanted: string): boolean {
  const a = actual.split(".").map(Number);
  const w = wanted.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, w.length); i++) {
    const [x, y] = [a[i] ?? 0, w[i] ?? 0];
    if (x !== y) return x > y;
  }
  return true;
}

export function supportsSet(sets: Record<string, string>, name: string, minVersion?: string | number): boolean {
  const key = Object.keys(sets).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) return false;
  return minVersion === undefined || minVersion === "" || versionAtLeast(sets[key], String(minVersion));
}

export function createOfficeShim(requirementSets: Record<string, string>, identity: OfficeShimIdentity = {}): OfficeShim {
  const info = { host: "Excel" as const, platform: "OfficeOnline" as const };
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  let startup = "None";
  const upn = identity.userPrincipalName ?? "demo.gebruiker@genk.example";
  const shim: OfficeShim = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    StartupBehavior: { none: "None", load: "Load" },
    onReady: async (callback) => {
      callback?.(info);
      return info;
    },
    context: {
      ...info,
      displayLanguage: "nl-BE",
      contentLanguage: "nl-BE",
      diagnostics: { ...info, version: "16.0.0.0" },
      requirements: { isSetSupported: (name, minVersion) => supportsSet(requirementSets, name, minVersion) },
    },
    actions: { associate: (id, action) => void associated.set(id, action), associated },
    addin: {
      showAsTaskpane: async () => undefined,
      hide: async () => undefined,
      setStartupBehavior: async (behavior) => void (startup = behavior),
      getStartupBehavior: async () => startup,
    },
  };
  if (supportsSet(requirementSets, "NestedAppAuth", "1.1")) {
    shim.auth = {
      getAuthContext: async () => ({
        userPrincipalName: upn,
        loginHint: upn,
        userObjectId: "00000000-0000-0000-0000-00000000de00",
        tenantId: "00000000-0000-0000-0000-0000000009e0",
        authorityType: "aad",
        authorityBaseUrl: "",
      }),
    };
  }
  return shim;
}
