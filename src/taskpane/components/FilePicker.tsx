// A labelled native file input (keyboard and screen-reader friendly as browsers make it); hands over name + bytes.
import { useId } from "react";
import { Label, makeStyles, tokens } from "@fluentui/react-components";
import type { ChosenFile } from "../useCases";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  input: { fontSize: tokens.fontSizeBase200, maxWidth: "100%" },
});

export interface FilePickerProps {
  readonly label: string;
  readonly testId: string;
  readonly disabled?: boolean;
  /** Bumped by the parent to clear the choice (after an import, or on cancel). */
  readonly resetKey?: number;
  onFile(file: ChosenFile | undefined): void;
}

export function FilePicker({ label, testId, disabled, resetKey, onFile }: FilePickerProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.wrap}>
      <Label htmlFor={id}>{label}</Label>
      <input
        key={resetKey}
        id={id}
        type="file"
        accept=".csv,.txt,.xlsx,.xlsm"
        className={styles.input}
        disabled={disabled}
        data-testid={testId}
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return onFile(undefined);
          onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }}
      />
    </div>
  );
}
