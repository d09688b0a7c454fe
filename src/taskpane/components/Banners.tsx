// Banners above every page: protocol period outside its dates, missing Excel requirement sets, and changes found
// that were made outside the add-in.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { periodMessage } from "../../app/problems";
import { periodState, type ProtocolConfig } from "../../domain/protocol";
import type { Capabilities } from "../../ports/workbook";
import { capabilityNote } from "../viewModel";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface BannersProps {
  readonly config?: ProtocolConfig;
  readonly today: string;
  readonly capabilities: Capabilities;
  /** Changes found on opening that were made while the add-in was not running (already logged). */
  readonly outsideChanges?: number;
}

export function Banners({ config, today, capabilities, outsideChanges }: BannersProps) {
  const styles = useStyles();
  const period = config ? periodState(config, today) : undefined;
  const note = capabilityNote(capabilities);
  if (!note && (!period || period.code === "lopend") && !outsideChanges) return null;
  return (
    <div className={styles.stack}>
      {period && period.code !== "lopend" && (
        <MessageBar intent="warning" layout="multiline" data-testid="banner-periode">
          <MessageBarBody>
            <MessageBarTitle>Buiten de protocolperiode</MessageBarTitle>
            {periodMessage(period)}
          </MessageBarBody>
        </MessageBar>
      )}
      {note && (
        <MessageBar intent="warning" layout="multiline" data-testid="banner-excel">
          <MessageBarBody>
            <MessageBarTitle>Oudere Excel-versie</MessageBarTitle>
            {note}
          </MessageBarBody>
        </MessageBar>
      )}
      {outsideChanges !== undefined && outsideChanges > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="banner-buiten-addin">
          <MessageBarBody>
            <MessageBarTitle>Wijzigingen buiten de add-in</MessageBarTitle>
            {outsideChanges === 1
              ? "Er werd 1 wijziging vastgesteld die gebeurde terwijl Debiteurencheck niet actief was. Ze staat in het logboek."
              : `Er werden ${outsideChanges} wijzigingen vastgesteld die gebeurden terwijl Debiteurencheck niet actief was. Ze staan in het logboek.`}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
