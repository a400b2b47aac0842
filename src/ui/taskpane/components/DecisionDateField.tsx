import { Field, Input } from "@fluentui/react-components";
import type { IsoDate } from "../../../core/types";
import { formatPaneDate } from "../paneDates";

interface DecisionDateFieldProps {
  value: string;
  problem: string | null;
  /** The date the prospect set for the item, shown so the rep asks for a decision after it. */
  deadline: IsoDate | null;
  today: IsoDate;
  locale: string;
  onChange(value: string): void;
}

export function DecisionDateField({
  value,
  problem,
  deadline,
  today,
  locale,
  onChange,
}: DecisionDateFieldProps) {
  return (
    <Field
      label="Decide by"
      hint={deadline ? `They asked for it by ${formatPaneDate(deadline, locale)}.` : undefined}
      validationMessage={problem ?? undefined}
    >
      <Input type="date" value={value} min={today} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
