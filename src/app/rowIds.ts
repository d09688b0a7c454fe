// Stable row ids ("R000001"…): numbered past the highest one in use, so ids are never reused.
import { rowIdFrom, type RowId } from "../domain/records";

const PATTERN = /^R(\d+)$/;

export function nextRowIds(existing: Iterable<string>, count: number): RowId[] {
  let max = 0;
  for (const id of existing) {
    const m = PATTERN.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: count }, (_, i) => rowIdFrom(`R${String(max + 1 + i).padStart(6, "0")}`));
}
