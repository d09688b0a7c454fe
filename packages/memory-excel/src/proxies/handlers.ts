// EventHandlers objects (onChanged, onAdded, onDeleted): add/remove are queued and take effect at sync.

import type { MemoryContext } from "../context";
import { richApiError } from "../errors";
import type { EventKind } from "../events";

type Handler = (args: unknown) => Promise<unknown>;

export function eventHandlers<T>(
  context: MemoryContext, kind: EventKind, sheetId: () => string | undefined, requirement: [string, string],
): OfficeExtension.EventHandlers<T> {
  const change = (what: "add" | "remove", handler: Handler) =>
    context.enqueue({
      payload: { event: kind, a: what },
      apply: () => {
        if (!context.host.supports(...requirement)) throw richApiError("ApiNotFound", `on${kind}.${what}`);
        if (what === "add") context.host.events.add(kind, handler, sheetId());
        else context.host.events.remove(kind, handler, sheetId());
      },
    });
  const handlers = {
    add(handler: (args: T) => Promise<unknown>) {
      change("add", handler as Handler);
      return { context, remove: () => change("remove", handler as Handler) };
    },
    remove(handler: (args: T) => Promise<unknown>) {
      change("remove", handler as Handler);
    },
  };
  return handlers as unknown as OfficeExtension.EventHandlers<T>;
}
