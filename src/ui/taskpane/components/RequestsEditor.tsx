import { useEffect, useId, useRef, useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { REQUEST_TYPES } from "../../../core/types";
import type { EditableRequest } from "../editableRequests";
import { requestProblems } from "../editableRequests";
import { REQUEST_TYPE_LABELS } from "../requestTypeLabels";
import { useRequestStyles } from "../styles";

const EVIDENCE_SHOWN = 160;

interface RequestsEditorProps {
  requests: EditableRequest[];
  onChange(key: string, change: Partial<Pick<EditableRequest, "type" | "item">>): void;
  onRemove(key: string): void;
  onAdd(): string;
}

export function RequestsEditor({ requests, onChange, onRemove, onAdd }: RequestsEditorProps) {
  const styles = useRequestStyles();
  const typeFields = useRef(new Map<string, HTMLSelectElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  // Keyboard users land on the row they just added, or on "Add" after removing one, never on <body>.
  useEffect(() => {
    if (focusTarget === null) return;
    const target = focusTarget === "add" ? addButton.current : typeFields.current.get(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, requests]);

  return (
    <>
      {requests.length > 0 && (
        <ul className={styles.list}>
          {requests.map((request, index) => (
            <RequestRow
              key={request.key}
              request={request}
              number={index + 1}
              typeRef={(element) => {
                if (element) typeFields.current.set(request.key, element);
                else typeFields.current.delete(request.key);
              }}
              onChange={(change) => onChange(request.key, change)}
              onRemove={() => {
                onRemove(request.key);
                setFocusTarget("add");
              }}
            />
          ))}
        </ul>
      )}
      <Button ref={addButton} className={styles.add} onClick={() => setFocusTarget(onAdd())}>
        Add a request
      </Button>
    </>
  );
}

interface RequestRowProps {
  request: EditableRequest;
  number: number;
  typeRef(element: HTMLSelectElement | null): void;
  onChange(change: Partial<Pick<EditableRequest, "type" | "item">>): void;
  onRemove(): void;
}

function RequestRow({ request, number, typeRef, onChange, onRemove }: RequestRowProps) {
  const styles = useRequestStyles();
  const titleId = useId();
  const problems = requestProblems(request);
  const evidence =
    request.evidence.length > EVIDENCE_SHOWN
      ? `${request.evidence.slice(0, EVIDENCE_SHOWN)}…`
      : request.evidence;
  return (
    <li>
      <div className={styles.row} role="group" aria-labelledby={titleId}>
        <h3 id={titleId} className={styles.rowTitle}>
          Request {number}
        </h3>
        <Field label="Type" validationMessage={problems.type}>
          <Select
            ref={typeRef}
            value={request.type}
            onChange={(_, data) => {
              const type = REQUEST_TYPES.find((known) => known === data.value);
              if (type) onChange({ type });
            }}
          >
            {request.type === "" && (
              <option value="" disabled>
                Choose what they asked for
              </option>
            )}
            {REQUEST_TYPES.map((type) => (
              <option key={type} value={type}>
                {REQUEST_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label="Item to confirm"
          hint={evidence ? `They wrote: “${evidence}”` : undefined}
          validationMessage={problems.item}
        >
          <Input value={request.item} onChange={(_, data) => onChange({ item: data.value })} />
        </Field>
        <div className={styles.rowActions}>
          <Button appearance="subtle" aria-label={`Remove request ${number}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
    </li>
  );
}
