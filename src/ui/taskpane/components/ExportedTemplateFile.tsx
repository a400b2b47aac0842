import { Field, Textarea } from "@fluentui/react-components";
import type { ReplyTemplate } from "../../../core/templates";
import { usePaneStyles } from "../styles";

/**
 * The file to send sales ops. Task panes in some Outlook clients cannot download, so the text
 * is shown to copy as well as offered as a file.
 */
export function ExportedTemplateFile({ template, text }: { template: ReplyTemplate; text: string }) {
  const styles = usePaneStyles();
  const fileName = `${template.id}.html`;
  return (
    <div className={styles.section}>
      <Field
        label={`Template file ${fileName}`}
        hint="Send it to sales ops to propose it for the team library."
      >
        <Textarea readOnly value={text} rows={8} resize="vertical" />
      </Field>
      <a href={`data:text/html;charset=utf-8,${encodeURIComponent(text)}`} download={fileName}>
        Download {fileName}
      </a>
    </div>
  );
}
