// "Hoe werkt het?": three steps for the signed-in role, open the first time a role's page is shown on this computer
// (remembered by the host: localStorage in Office, see host.ts), with a link to the user guide (hulp.html, served next
// to the task pane).
import { useState } from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Role } from "../../domain/roles";
import type { TaskpaneServices } from "../useCases";

const STEPS: Readonly<Record<Role, readonly string[]>> = {
  debiteurenteam: [
    "Importeer de debiteuren (CSV of Excel). U ziet eerst een voorbeeld van de rijen en welke kolom waarvoor dient; pas na ‘Importeren’ komt iets in de werkmap.",
    "Klik op ‘Vergelijk’ met de cliëntenlijst van het OCMW. Elke debiteur krijgt een status; twijfelgevallen gaan naar de maatschappelijk werker.",
    "Exporteer daarna de lijst om stop te zetten of verder te vorderen. Verwijder het blad ‘OCMW-cliënten’ zodra u het niet meer nodig hebt.",
  ],
  "maatschappelijk-werker": [
    "Onder ‘Te doen’ staat wat op u wacht: mogelijke matches om te bevestigen of af te wijzen, en nieuwe aanwijzingen.",
    "Elke kaart zegt waarop ze gevonden werd (rijksregisternummer of naam + adres) en welke waarschuwingen over de gegevens er zijn.",
    "Beslis met de knoppen op de kaart; een reden is niet verplicht. Alles komt met uw naam en doel in het logboek.",
  ],
  dpo: [
    "‘Logboek controleren’ rekent de hele keten na en zegt waar ze eventueel breekt.",
    "‘Verzegelen’ geeft een zegel om buiten de werkmap te bewaren; het nalevingsrapport vat het project op één pagina samen.",
    "Onder ‘Logboek’ leest u elke gebeurtenis: open ze voor alle gegevens. Na de protocolperiode sluit u het project af.",
  ],
};

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export function HowItWorks({ role, services }: { role: Role; services: Pick<TaskpaneServices, "explanationSeen" | "markExplanationSeen"> }) {
  const styles = useStyles();
  const [open, setOpen] = useState(() => !services.explanationSeen(role));
  if (!open) {
    return (
      <div className={styles.row}>
        <Button size="small" appearance="subtle" aria-expanded={false} onClick={() => setOpen(true)} data-testid="uitleg-openen">
          Hoe werkt het?
        </Button>
        <Link href="hulp.html" target="_blank" data-testid="handleiding">
          Handleiding (nieuw venster)
        </Link>
      </div>
    );
  }
  return (
    <section className={styles.box} aria-labelledby="uitleg-titel" data-testid="uitleg">
      <Text as="h2" size={400} weight="semibold" id="uitleg-titel" style={{ margin: 0 }}>
        Hoe werkt het?
      </Text>
      <ol className={styles.steps}>
        {STEPS[role].map((step) => (
          <li key={step}>
            <Text size={200}>{step}</Text>
          </li>
        ))}
      </ol>
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() => {
            services.markExplanationSeen(role);
            setOpen(false);
          }}
          data-testid="uitleg-sluiten"
        >
          Begrepen
        </Button>
        <Link href="hulp.html" target="_blank" data-testid="handleiding">
          Handleiding (nieuw venster)
        </Link>
      </div>
    </section>
  );
}
