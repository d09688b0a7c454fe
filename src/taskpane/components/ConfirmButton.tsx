// A button whose action runs only after a confirmation dialog ("Bevestigen dat … ?"); Fluent's Dialog handles
// focus and Escape, so there is no custom focus trap here.
import { useId, useState, type ReactNode } from "react";
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, type ButtonProps,
} from "@fluentui/react-components";

export interface ConfirmButtonProps {
  readonly label: string;
  readonly title: string;
  readonly question: string;
  readonly confirmLabel?: string;
  readonly disabled?: boolean;
  readonly appearance?: ButtonProps["appearance"];
  readonly testId?: string;
  /** More in the dialog below the question (e.g. an optional reason field). */
  readonly children?: ReactNode;
  onConfirm(): void;
}

export function ConfirmButton({ label, title, question, confirmLabel = "Bevestigen", disabled, appearance, testId, children, onConfirm }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const questionId = useId();
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button size="small" appearance={appearance} disabled={disabled} data-testid={testId}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={questionId}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <p id={questionId} style={{ marginTop: 0 }}>
              {question}
            </p>
            {children}
          </DialogContent>
          <ConfirmActions
            data-testid="bevestigen"
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </ConfirmActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** A dialog's primary button (its props as given) and "Annuleren", which closes the dialog. */
export function ConfirmActions({ children, ...confirm }: ButtonProps) {
  return (
    <DialogActions>
      <Button appearance="primary" {...confirm}>
        {children}
      </Button>
      <DialogTrigger disableButtonEnhancement>
        <Button>Annuleren</Button>
      </DialogTrigger>
    </DialogActions>
  );
}
