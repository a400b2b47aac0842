import { Field, Select } from "@fluentui/react-components";
import type { ReplyTemplate } from "../../../core/templates";
import type { DetectedLanguage } from "../../../core/types";

interface TemplatePickerProps {
  templates: readonly ReplyTemplate[];
  value: string | undefined;
  /** The language the prospect wrote in, when the pane knows it. */
  prospectLanguage: DetectedLanguage | null;
  onChange(templateId: string): void;
}

/** A native select: small, and every client's keyboard and screen reader already know it. */
export function TemplatePicker({ templates, value, prospectLanguage, onChange }: TemplatePickerProps) {
  const groups = byLanguage(templates);
  const chosen = templates.find((template) => template.id === value);
  // The library may have no template in the prospect's language; the rep should know before sending.
  const mismatch =
    chosen && prospectLanguage && prospectLanguage !== "unknown" && chosen.language !== prospectLanguage
      ? `They wrote in ${languageName(prospectLanguage)}; this template is in ${languageName(chosen.language)}.`
      : undefined;
  const options = (group: readonly ReplyTemplate[]) =>
    group.map((template) => (
      <option key={template.id} value={template.id}>
        {template.name}
      </option>
    ));
  return (
    <Field label="Template" hint={mismatch}>
      <Select value={value ?? ""} onChange={(_, data) => onChange(data.value)}>
        {value === undefined && <option value="">Choose a template</option>}
        {groups.length === 1
          ? options(groups[0][1])
          : groups.map(([language, group]) => (
              <optgroup key={language} label={languageName(language)}>
                {options(group)}
              </optgroup>
            ))}
      </Select>
    </Field>
  );
}

function byLanguage(templates: readonly ReplyTemplate[]): [string, ReplyTemplate[]][] {
  const groups = new Map<string, ReplyTemplate[]>();
  for (const template of templates) {
    groups.set(template.language, [...(groups.get(template.language) ?? []), template]);
  }
  return [...groups];
}

/** In English, like the rest of the pane; built once, as Intl objects are costly to create. */
const languageName = languageNamer();

function languageNamer(): (code: string) => string {
  try {
    const names = new Intl.DisplayNames(["en"], { type: "language" });
    return (code) => names.of(code) ?? code;
  } catch {
    // Older webviews lack Intl.DisplayNames; the code still tells the rep the language.
    return (code) => code;
  }
}
