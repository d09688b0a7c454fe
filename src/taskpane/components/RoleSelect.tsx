// A role chosen from a drop-down, labelled with the roles' Dutch names: the set-up form and the Instellingen page.
import { Field, Select } from "@fluentui/react-components";
import { ALL_ROLES, ROLE_LABEL, type Role } from "../../domain/roles";

export function RoleSelect({ label, value, onChange, testId, className }: { label: string; value: Role; onChange(role: Role): void; testId?: string; className?: string }) {
  return (
    <Field label={label} className={className}>
      <Select className={className} value={value} onChange={(_, d) => onChange(d.value as Role)} data-testid={testId}>
        {ALL_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABEL[r]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
