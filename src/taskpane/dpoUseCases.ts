// The DPO's use cases in one module, loaded only when a DPO tool is first used (webpack chunk "dpo"), so the task
// pane's first load carries no verification, export, pseudonymisation or evaluation code.
export { closeChecks, closeProject } from "../app/closeProject";
export { complianceReport } from "../app/complianceReport";
export { exportLog } from "../app/exportLog";
export { sealLog } from "../app/sealLog";
export { verifyLog } from "../app/verifyLog";
