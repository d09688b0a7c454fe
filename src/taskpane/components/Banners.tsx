// Banners above every page: where the project stands in its lifecycle (for the session's role), missing Excel
// requirement sets, and changes found that were made outside the add-in; NoticeBar shows any other notice.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ProtocolConfig } from "../../domain/protocol";
import type { Role } from "../../domain/roles";
import type { Capabilities } from "../../ports/workbook";
import { retentionBanner, type Notice } from "../dpoViewModel";
import { capabilityNote } from "../viewModel";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface BannersProps {
  readonly config?: ProtocolConfig;
  readonly today: string;
  /** The session's role; before anyone signed in, the banner speaks to every role but the DPO. */
  readonly role?: Role;
  readonly capabilities: Capabilities;
  /** Changes found on opening that were made while the add-in was not running (already logged). */
  readonly outsideChanges?: number;
}

export function NoticeBar({ notice, testId, onDismiss }: { notice: Notice; testId?: string; onDismiss?: () => void }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            Sluiten
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function Banners({ config, today, role, capabilities, outsideChanges }: BannersProps) {
  const styles = useStyles();
  const retention = config ? retentionBanner(config, today, role) : undefined;
  const note = capabilityNote(capabilities);
  if (!note && !retention && !outsideChanges) return null;
  return (
    <div className={styles.stack}>
      {retention && <NoticeBar notice={retention} testId="banner-periode" />}
      {note && <NoticeBar notice={{ intent: "warning", title: "Oudere Excel-versie", text: note }} testId="banner-excel" />}
      {outsideChanges !== undefined && outsideChanges > 0 && (
        <NoticeBar
          testId="banner-buiten-addin"
          notice={{
            intent: "warning",
            title: "Wijzigingen buiten de add-in",
            text:
              outsideChanges === 1
                ? "Er werd 1 wijziging vastgesteld die gebeurde terwijl Debiteurencheck niet actief was. Ze staat in het logboek."
                : `Er werden ${outsideChanges} wijzigingen vastgesteld die gebeurden terwijl Debiteurencheck niet actief was. Ze staan in het logboek.`,
          }}
        />
      )}
    </div>
  );
}
