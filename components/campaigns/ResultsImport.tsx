import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Options } from '@/components/form/Options';
import { importCampaignResults, type CampaignPerson } from '@/storage/campaigns';
import { storageErrorMessage } from '@/utils/model/errors';
import type { Campaign } from '@/utils/model/schemas';
import { formatFigure } from '@/utils/campaigns/report';
import {
  guessResultsMapping,
  KEY_KIND_LABELS,
  matchResultRows,
  RESULT_FIELD_LABELS,
  RESULT_FIELDS,
  resultsMappingProblem,
  type ApplyMode,
  type KeyKind,
  type ResultField,
  type ResultsMapping,
} from '@/utils/campaigns/results-file';
import type { ParsedCsv } from '@/utils/csv/parse';
import { currentTime } from './FormField';
import { readCsvFile } from '@/components/import-export/download';
import { clip } from '@/components/import-export/MappingTable';

// Results from an analytics or shop export: choose the file, say which column names the creator
// (utm_content or promo code) and which hold numbers, check who matched — and which rows did not —
// then apply it all in one write.

export function ResultsImport({ campaign, people }: { campaign: Campaign; people: Record<string, CampaignPerson> }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<ResultsMapping | null>(null);
  const [mode, setMode] = useState<ApplyMode>('replace');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);

  const targets = useMemo(
    () => campaign.creators.map((m) => ({ creatorId: m.creatorId, name: people[m.creatorId]?.name ?? 'A removed creator', utmContent: m.utm.content, promoCode: m.promoCode })),
    [campaign.creators, people],
  );
  const problem = mapping ? resultsMappingProblem(mapping) : null;
  const match = useMemo(() => (file && mapping && !problem ? matchResultRows(file.csv, mapping, targets) : null), [file, mapping, problem, targets]);

  const reset = () => {
    setFile(null);
    setMapping(null);
    if (input.current) input.current.value = '';
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    reset();
    setError(null);
    setDone(null);
    const read = await readCsvFile(chosen);
    if ('error' in read) return setError(read.error);
    const { csv } = read;
    setFile({ name: chosen.name, csv });
    setMapping(guessResultsMapping(csv.columns));
  };

  const apply = async () => {
    if (!match) return;
    setApplying(true);
    setError(null);
    try {
      await importCampaignResults(campaign.id, match.matched.map((m) => ({ creatorId: m.creatorId, results: m.results })), mode, currentTime());
      const n = match.matched.length;
      reset();
      setDone(`Results ${mode === 'replace' ? 'replaced' : 'added'} for ${n} ${n === 1 ? 'creator' : 'creators'}.`);
    } catch (e) {
      setError(`Nothing was imported: ${storageErrorMessage(e)}`);
    } finally {
      setApplying(false);
    }
  };

  const setValueColumn = (column: number, field: ResultField | null) =>
    setMapping((m) => m && { ...m, values: m.values.map((f, i) => (i === column ? field : f)) });

  const blocked = match !== null && (match.problems.length > 0 || match.matched.length === 0);
  const columns = file?.csv.columns ?? [];

  return (
    <section className="campaign-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Import results from a file</h3>
      <p className="campaign-hint">
        A CSV export from your analytics (sessions or conversions by utm_content) or your shop (orders and sales by discount code). You check
        what matched before anything is saved.
      </p>
      <label className="button campaign-file-button">
        Choose a results file (CSV)…
        <input ref={input} type="file" accept=".csv,text/csv" className="sr-only" disabled={applying} onChange={(e) => void choose(e)} />
      </label>
      {error && (
        <p role="alert" className="campaign-error">
          {error}
        </p>
      )}
      <p role="status" className="campaign-saved">
        {done ?? ''}
      </p>

      {file && mapping && (
        <div className="campaign-import">
          <h4>Columns of “{file.name}”</h4>
          <div className="campaign-form__row">
            <div className="campaign-field">
              <label htmlFor={`${id}-key`}>Column that says which creator</label>
              <select
                id={`${id}-key`}
                value={mapping.keyColumn ?? ''}
                onChange={(e) => {
                  const keyColumn = e.target.value === '' ? null : Number(e.target.value);
                  setMapping({ ...mapping, keyColumn, values: mapping.values.map((f, i) => (i === keyColumn ? null : f)) });
                }}
              >
                <option value="">Choose a column</option>
                {columns.map((c, i) => (
                  <option key={i} value={i}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
            <div className="campaign-field">
              <label htmlFor={`${id}-kind`}>It holds each creator’s</label>
              <select id={`${id}-kind`} value={mapping.keyKind} onChange={(e) => setMapping({ ...mapping, keyKind: e.target.value as KeyKind })}>
                <Options values={Object.keys(KEY_KIND_LABELS) as KeyKind[]} label={(k) => KEY_KIND_LABELS[k]} />
              </select>
            </div>
          </div>
          <table className="campaign-table">
            <caption className="sr-only">What each column of the file holds</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">First value</th>
                <th scope="col">Holds</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c, i) =>
                i === mapping.keyColumn ? null : (
                  <tr key={i}>
                    <th scope="row">{c}</th>
                    <td>{clip(file.csv.rows[0]?.cells[i] ?? '')}</td>
                    <td>
                      <select aria-label={`What column “${c}” holds`} value={mapping.values[i] ?? ''} onChange={(e) => setValueColumn(i, (e.target.value || null) as ResultField | null)}>
                        <option value="">Ignore</option>
                        <Options values={RESULT_FIELDS} label={(f) => RESULT_FIELD_LABELS[f]} />
                      </select>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {problem && (
            <p role="alert" className="campaign-error">
              {problem}
            </p>
          )}
          {match && <MatchPreview id={id} match={match} currency={campaign.currency} />}
          {match && (
            <fieldset className="campaign-mode">
              <legend>Results already entered for these creators</legend>
              <label>
                <input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => setMode('replace')} /> Replace them with the file’s numbers
              </label>
              <label>
                <input type="radio" name={`${id}-mode`} checked={mode === 'add'} onChange={() => setMode('add')} /> Add the file’s numbers to them
              </label>
            </fieldset>
          )}
          <div className="campaign-actions">
            <button type="button" className="button button--primary" disabled={!match || blocked || applying} onClick={() => void apply()}>
              Apply results
            </button>
            <button type="button" className="button" disabled={applying} onClick={reset}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function MatchPreview({ id, match, currency }: { id: string; match: NonNullable<ReturnType<typeof matchResultRows>>; currency: string }) {
  return (
    <>
      <h4 id={`${id}-matched`}>Matched creators</h4>
      {match.matched.length === 0 ? (
        <p className="campaign-empty">No row of the file matches a creator of this campaign. Check the column and whether it holds link content or promo codes.</p>
      ) : (
        <table className="campaign-table" aria-labelledby={`${id}-matched`}>
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Lines</th>
              {match.fields.map((f) => (
                <th key={f} scope="col" className="num">
                  {RESULT_FIELD_LABELS[f]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {match.matched.map((m) => (
              <tr key={m.creatorId}>
                <th scope="row">{m.name}</th>
                <td>{m.lines.join(', ')}</td>
                {match.fields.map((f) => (
                  <td key={f} className="num">
                    {formatFigure(m.results[f] ?? null, f === 'revenue' ? 'money' : 'number', currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 id={`${id}-unmatched`}>Rows not matched ({match.unmatched.length})</h4>
      {match.unmatched.length === 0 ? (
        <p className="campaign-empty">Every row matched a creator.</p>
      ) : (
        <ul className="campaign-unmatched" aria-labelledby={`${id}-unmatched`}>
          {match.unmatched.map((u) => (
            <li key={u.line}>
              Line {u.line}: {u.key ? `“${u.key}”` : 'no value in the column'}
            </li>
          ))}
        </ul>
      )}
      {match.problems.length > 0 && (
        <div role="alert">
          <h4>Numbers that could not be read</h4>
          <ul className="campaign-unmatched">
            {match.problems.map((p) => (
              <li key={`${p.line}-${p.column}`}>
                Line {p.line}, {p.column}: {p.reason}.
              </li>
            ))}
          </ul>
          <p className="campaign-error">Nothing can be applied until these are fixed in the file, or their column is set to “Ignore”.</p>
        </div>
      )}
    </>
  );
}
