import { useId } from 'react';
import { Options } from '@/components/form/Options';
import { FIELD_CHOICES, FIELD_LABELS, sampleValues, type ColumnMapping, type ImportField } from '@/utils/csv/fields';
import type { ParsedCsv } from '@/utils/csv/parse';

/** A cell shown as a sample: on one line, and cut at `max` characters. */
export function clip(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

/** One row per CSV column: its name, a sample value, and the field it is imported as. */
export function MappingTable({
  fileName,
  csv,
  mapping,
  onChange,
  team = false,
}: {
  fileName: string;
  csv: ParsedCsv;
  mapping: ColumnMapping;
  onChange: (column: number, field: ImportField) => void;
  /** In a team, a column can be the creators' owner; in no team there is no such choice. */
  team?: boolean;
}) {
  const id = useId();
  return (
    <table className="mapping">
      <caption>
        Columns in “{fileName}”: choose what each one is. Columns set to “{FIELD_LABELS.ignore}” are not imported.
      </caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Sample value</th>
          <th scope="col">Import as</th>
        </tr>
      </thead>
      <tbody>
        {csv.columns.map((column, i) => {
          const sample = sampleValues(csv.rows, i, 1)[0] ?? '';
          const selectId = `${id}-column-${i}`;
          return (
            <tr key={`${i}-${column}`}>
              <th scope="row">{column}</th>
              <td className={sample ? undefined : 'muted'}>{sample ? clip(sample) : 'empty'}</td>
              <td>
                <label htmlFor={selectId} className="sr-only">
                  {`Column “${column}”${sample ? ` (e.g. “${clip(sample, 40)}”)` : ''}`}
                </label>
                <select id={selectId} value={mapping[i] ?? 'ignore'} onChange={(e) => onChange(i, e.target.value as ImportField)}>
                  <Options values={FIELD_CHOICES.filter((field) => team || field !== 'owner')} label={(field) => FIELD_LABELS[field]} />
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
