// What the Zelftest's checks report: produced by the Office.js adapter (src/excel/selfTest.ts), logged by the
// use case (src/app/selfTest.ts), shown by the taskpane. A port type, so the adapter need not import the use case.

export interface SelfTestCheck {
  /** Stable id (kebab-case), also the contract test's name. */
  readonly id: string;
  /** What is checked, in Dutch, as IT reads it. */
  readonly name: string;
  readonly passed: boolean;
  /** The check could not run here (the detail says why); it does not count as failed. */
  readonly notChecked?: boolean;
  /** What was seen (Dutch), e.g. the error code Excel gave. */
  readonly detail: string;
}

export interface SelfTestReport {
  /** "Excel 16.0.17328.20000 (PC)", from Office.context.diagnostics. */
  readonly excel: string;
  readonly checks: readonly SelfTestCheck[];
  readonly passed: boolean;
}

export type SelfTestRunner = () => Promise<SelfTestReport>;
