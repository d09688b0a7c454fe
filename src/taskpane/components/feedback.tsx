// How the task pane reports outcomes: expected problems in Dutch (appProblemMessage and friends), unexpected
// exceptions with the "Er liep iets mis bij …" text plus the technical message, and a busy flag for progress bars.
import { useCallback, useRef, useState } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { appProblemMessage, type AppProblem } from "../../app/problems";
import type { Result } from "../../domain/result";
import { unexpectedFailure, type UnexpectedFailure } from "../viewModel";

export type Shown =
  | { readonly kind: "problem"; readonly text: string }
  | { readonly kind: "unexpected"; readonly failure: UnexpectedFailure };

export function ProblemBar({ shown, testId = "fout" }: { shown: Shown | undefined; testId?: string }) {
  if (!shown) return null;
  if (shown.kind === "problem") {
    return (
      <MessageBar intent="error" data-testid={testId} layout="multiline">
        <MessageBarBody>{shown.text}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" data-testid={testId} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{shown.failure.text}</MessageBarTitle>
        <Text as="p" size={200} font="monospace" style={{ margin: "4px 0 0", wordBreak: "break-word" }}>
          Technische melding: {shown.failure.technical}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}

export interface Action {
  readonly busy: boolean;
  readonly shown: Shown | undefined;
  /**
   * Runs a use case: an expected problem is shown in Dutch, an exception as an unexpected failure; returns the value,
   * or undefined when it failed (or another action was still running). For a use case without a value, use attempt.
   */
  run<T, E = AppProblem>(what: string, task: () => Promise<Result<T, E>>, message?: (e: E) => string): Promise<T | undefined>;
  /** As run, for a use case whose success carries no value: true when it succeeded. */
  attempt<E = AppProblem>(what: string, task: () => Promise<Result<unknown, E>>, message?: (e: E) => string): Promise<boolean>;
  show(shown: Shown | undefined): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown | undefined>();
  // A second click while busy is ignored rather than queued: every use case writes to the workbook.
  const running = useRef(false);
  const run = useCallback(async <T, E>(what: string, task: () => Promise<Result<T, E>>, message?: (e: E) => string): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setShown(undefined);
    try {
      const result = await task();
      if (result.ok) return result.value;
      const text = (message ?? (appProblemMessage as unknown as (e: E) => string))(result.error);
      setShown({ kind: "problem", text });
      return undefined;
    } catch (e) {
      setShown({ kind: "unexpected", failure: unexpectedFailure(what, e) });
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const attempt = useCallback(
    async <E,>(what: string, task: () => Promise<Result<unknown, E>>, message?: (e: E) => string): Promise<boolean> => {
      const done = await run(what, async () => {
        const result = await task();
        return result.ok ? ({ ok: true, value: true } as const) : result;
      }, message);
      return done === true;
    },
    [run],
  );
  return { busy, shown, run, attempt, show: setShown };
}
