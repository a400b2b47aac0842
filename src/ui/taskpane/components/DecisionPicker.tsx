import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { DecisionTypeId } from "../../../core/decision";
import type { DecisionTypeOption } from "../services";

interface DecisionPickerProps {
  options: readonly DecisionTypeOption[];
  value: DecisionTypeId | undefined;
  onChange(decision: DecisionTypeId): void;
}

export function DecisionPicker({ options, value, onChange }: DecisionPickerProps) {
  return (
    <Field label="The decision they will make">
      <RadioGroup
        value={value ?? ""}
        onChange={(_, data) => {
          const picked = options.find((option) => option.id === data.value);
          if (picked) onChange(picked.id);
        }}
      >
        {options.map((option) => (
          <Radio key={option.id} value={option.id} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
