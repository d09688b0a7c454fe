// A file choice with a Dutch button (the browser's own file input speaks the browser's language): a labelled
// button opens the hidden native input; the chosen file's name is shown and read out. Hands over name + bytes.
import { useId, useRef, useState } from "react";
import { Button, Label, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ChosenFile } from "../useCases";

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // At 320 px the name goes below the button rather than being cut off: she must see which file she chose.
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  button: { flexShrink: 0, whiteSpace: "nowrap" },
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

export interface FilePickerProps {
  readonly label: string;
  readonly testId: string;
  readonly disabled?: boolean;
  /** Bumped by the parent to clear the choice (after an import, or on cancel). */
  readonly resetKey?: number;
  onFile(file: ChosenFile | undefined): void;
}

export function FilePicker({ label, testId, disabled, resetKey = 0, onFile }: FilePickerProps) {
  const styles = useStyles();
  const labelId = useId();
  const buttonId = useId();
  const nameId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ name: string; key: number } | undefined>();
  const name = chosen && chosen.key === resetKey ? chosen.name : undefined;
  return (
    <div className={styles.wrap}>
      <Label id={labelId}>{label}</Label>
      <div className={styles.row}>
        <Button id={buttonId} className={styles.button} data-bestand-knop aria-labelledby={`${labelId} ${buttonId}`} aria-describedby={nameId} disabled={disabled} onClick={() => input.current?.click()}>
          Bestand kiezen…
        </Button>
        <Text id={nameId} size={200} className={styles.name} aria-live="polite" data-testid={`${testId}-naam`}>
          {name ?? "Geen bestand gekozen"}
        </Text>
      </div>
      <input
        key={resetKey}
        ref={input}
        type="file"
        accept=".csv,.txt,.xlsx,.xlsm"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) {
            setChosen(undefined);
            return onFile(undefined);
          }
          setChosen({ name: file.name, key: resetKey });
          onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }}
      />
    </div>
  );
}
