// Grid logging follows the session, and what it reports becomes notices: edits refused in the grid, problems found
// there, or logging that could not start. Newest first, at most three; the user dismisses them.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Session } from "../../app/deps";
import { gridNoticeText, gridStartFailed, type Notice } from "../dpoViewModel";
import type { TaskpaneServices } from "../useCases";

export type KeyedNotice = Notice & { readonly key: string };

export interface GridNotices {
  readonly notices: readonly KeyedNotice[];
  dismiss(key: string): void;
}

const SHOWN = 3;

export function useGridNotices(services: TaskpaneServices, session: Session | undefined, ready: boolean): GridNotices {
  const [notices, setNotices] = useState<readonly KeyedNotice[]>([]);
  const count = useRef(0);
  const show = useCallback((notice: Notice) => {
    const key = `raster-${++count.current}`;
    setNotices((list) => [{ ...notice, key }, ...list].slice(0, SHOWN));
  }, []);

  // The watcher outlives the pane in the shared runtime: it is told who sits at Excel, and that nobody does on unmount.
  useEffect(() => {
    if (!session || !ready) return;
    services.sessionChanged(session).catch((e: unknown) => show(gridStartFailed(e)));
  }, [services, session, ready, show]);
  useEffect(() => () => void services.sessionChanged(undefined), [services]);

  useEffect(
    () =>
      services.onGridNotice((n) => {
        const shown = gridNoticeText(n);
        if (shown) show(shown);
      }),
    [services, show],
  );

  const dismiss = useCallback((key: string) => setNotices((list) => list.filter((n) => n.key !== key)), []);
  return { notices, dismiss };
}
