// A text to copy outside the workbook (the seal): always in a labelled read-only field, selectable by hand, plus a
// copy button where the browser offers the clipboard. Office on the web may refuse clipboard writes from an add-in
// frame; then the field is selected and the user copies with Ctrl+C.
import { useRef, useState } from "react";
import { Button, Field, Textarea } from "@fluentui/react-components";

export interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly testId: string;
}

export function CopyField({ label, value, hint, testId }: CopyFieldProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<string | undefined>();
  const canCopy = typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function";

  const selectAll = () => {
    field.current?.focus();
    field.current?.select();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Gekopieerd naar het klembord.");
    } catch {
      // The host refused (no permission in this frame): the text stays selectable.
      selectAll();
      setStatus("Kopiëren is hier niet toegestaan. De tekst is geselecteerd: kopieer ze met Ctrl+C (Mac: Cmd+C).");
    }
  };

  return (
    <>
      {/* Field ties the message to the textarea (aria-describedby); role="status" has it read out when it changes. */}
      <Field label={label} hint={hint} validationMessage={status && <span role="status">{status}</span>} validationState="none">
        <Textarea
          ref={field}
          value={value}
          readOnly
          resize="none"
          rows={3}
          onFocus={(e) => e.currentTarget.select()}
          textarea={{ style: { fontFamily: "Consolas, 'Courier New', monospace", fontSize: 12, wordBreak: "break-all" } }}
          data-testid={testId}
        />
      </Field>
      <div style={{ display: "flex", gap: 8 }}>
        {canCopy && (
          <Button size="small" onClick={() => void copy()} data-testid={`${testId}-kopieren`}>
            Kopiëren
          </Button>
        )}
        <Button size="small" appearance="subtle" onClick={selectAll}>
          Alles selecteren
        </Button>
      </div>
    </>
  );
}
