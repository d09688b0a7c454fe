// One dossier in the social worker's list: number and status, name and address, how the result was found, every
// data-quality warning about it, and the status changes her role may make (listed by the use case) — each behind a
// confirmation with an optional reason that goes into the log.
import { useState } from "react";
import { Badge, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { basisText, type DossierCard as Card } from "../../app/workerDossiers";
import { MAX_REASON_LENGTH } from "../../app/setStatus";
import type { Status } from "../../domain/status";
import { STATUS_BADGE, transitionLabel, transitionQuestion } from "../viewModel";
import { ConfirmButton } from "./ConfirmButton";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  waits: { borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}` },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", marginTop: tokens.spacingVerticalXXS },
});

export interface DossierCardProps {
  readonly card: Card;
  readonly busy: boolean;
  onChange(to: Status, reason: string): void;
}

export function DossierCard({ card, busy, onChange }: DossierCardProps) {
  const styles = useStyles();
  const [reason, setReason] = useState("");
  const r = card.row.record;
  const basis = basisText(card.basis);
  return (
    <li className={`${styles.item} ${card.waits ? styles.waits : ""}`} data-testid={`dossier-${r.dossiernummer}`} data-gemarkeerd={card.flagged || undefined}>
      <div className={styles.head}>
        <Text weight="semibold">{r.dossiernummer || "(geen dossiernummer)"}</Text>
        <Badge appearance="tint" color={STATUS_BADGE[r.status]} data-testid="status">
          {r.status}
        </Badge>
      </div>
      {card.flagged && (
        <Badge appearance="filled" color="danger" data-testid="nieuwe-aanwijzing">
          Nieuwe aanwijzing – te beoordelen; invordering stopgezet tot u beslist
        </Badge>
      )}
      <Text>
        {r.voornaam} {r.achternaam}
      </Text>
      <Text size={200}>
        {r.straat} {r.huisnummer}
      </Text>
      {card.flagged && (
        <Text size={200} data-testid="aanwijzing-tekst">
          Match: {r.match}
        </Text>
      )}
      {basis && (
        <Text size={200} className={styles.muted} data-testid="basis">
          {basis}
        </Text>
      )}
      {card.warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="Waarschuwingen over de gegevenskwaliteit" data-testid="waarschuwingen">
          {card.warnings.map((w) => (
            <li key={w}>
              <Text size={200}>{w}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        {card.transitions.map((to) => (
          <ConfirmButton
            key={to}
            label={transitionLabel(r.status, to)}
            title="Status wijzigen"
            question={transitionQuestion(r.dossiernummer, r.status, to)}
            disabled={busy}
            testId={`naar-${to}`}
            onConfirm={() => {
              onChange(to, reason);
              setReason("");
            }}
          >
            <Field label="Reden (niet verplicht, komt in het logboek)" hint="Geen gevoelige details: kort waarom u zo beslist.">
              <Input value={reason} maxLength={MAX_REASON_LENGTH} onChange={(_, d) => setReason(d.value)} data-testid="reden" />
            </Field>
          </ConfirmButton>
        ))}
      </div>
    </li>
  );
}
