// The pane's header: the product's name and, during a session, who works in which role and why, with the buttons for
// Instellingen, the Zelftest (where the role's view offers it) and a role switch once the workbook is open.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ROLE_LABEL } from "../../domain/roles";
import type { Phase, View } from "./useTaskpanePhase";

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  who: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS },
});

export interface PaneHeaderProps {
  readonly phase: Phase;
  /** The session's workbook is open: its buttons may show. */
  readonly ready: boolean;
  readonly selfTest: boolean;
  onToggle(view: Exclude<View, "page">): void;
  onSwitchRole(): void;
}

export function PaneHeader({ phase, ready, selfTest, onToggle, onSwitchRole }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h1" size={600} weight="semibold" style={{ margin: 0 }}>
        Debiteurencheck
      </Text>
      {phase.kind === "session" && (
        <div className={styles.who}>
          <Text size={200} data-testid="sessie">
            {phase.session.gebruiker} · <strong>{ROLE_LABEL[phase.session.rol]}</strong> · doel: {phase.session.doel}
          </Text>
          {!phase.switching && ready && (
            <div className={styles.buttons}>
              <ViewButton view="settings" current={phase.view} onToggle={onToggle} testId="instellingen-openen" label="Instellingen" />
              {selfTest && <ViewButton view="selfTest" current={phase.view} onToggle={onToggle} testId="zelftest-openen" label="Zelftest" />}
              <Button size="small" onClick={onSwitchRole} data-testid="andere-rol">
                Andere rol
              </Button>
            </div>
          )}
        </div>
      )}
    </header>
  );
}

interface ViewButtonProps {
  readonly view: Exclude<View, "page">;
  readonly current: View;
  readonly label: string;
  readonly testId: string;
  onToggle(view: Exclude<View, "page">): void;
}

/** Opens a view in place of the page, pressed while it is open; a second click goes back to the page. */
function ViewButton({ view, current, label, testId, onToggle }: ViewButtonProps) {
  const open = current === view;
  return (
    <Button size="small" appearance={open ? "primary" : "secondary"} aria-pressed={open} onClick={() => onToggle(view)} data-testid={testId}>
      {label}
    </Button>
  );
}
