/**
 * CSV glossaries, with a header row naming the columns (any order, any case): `term` (the source term,
 * usually English), `preferred` (the term to write), `forbidden` (terms not to write, several separated
 * by ";" or "|"), `note` (without `preferred`, `term` is the term to write); the glossary our export writes (`ja`, `en`, `type`, `id`, `mentions`) reads as
 * the same with `ja` the preferred term and `en` the English one.
 */
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ENTITY_TYPES, type EntityType } from '../knowledge/model';
import type { DictionaryProblem } from '../dictionary/prh';
import { t } from '../l10n';
import type { Glossary, GlossaryEntry } from './model';

interface Row {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

const COLUMNS = {
  preferred: ['preferred', 'ja', 'target', 'approved'],
  english: ['term', 'en', 'source'],
  forbidden: ['forbidden', 'deprecated', 'avoid'],
  note: ['note', 'comment', 'notes'],
  type: ['type'],
  id: ['id'],
} as const;

export function parseCsvGlossary(text: string, file: string): Glossary {
  let rows: Row[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as Row[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { entries: [], problems: [{ file, line: Math.max(0, line - 1), character: 0, message: t('Not valid CSV: {0}', (error as Error).message) }] };
  }
  const header = rows[0]?.record.map((name) => name.toLowerCase()) ?? [];
  const column = (names: readonly string[]): number => header.findIndex((name) => names.includes(name));
  // Without a "preferred" column, "term" is the term to write.
  const preferredColumn = column(COLUMNS.preferred);
  const at = {
    preferred: preferredColumn === -1 ? column(COLUMNS.english) : preferredColumn,
    english: preferredColumn === -1 ? -1 : column(COLUMNS.english),
    forbidden: column(COLUMNS.forbidden),
    note: column(COLUMNS.note),
    type: column(COLUMNS.type),
    id: column(COLUMNS.id),
  };
  if (at.preferred === -1) {
    return {
      entries: [],
      problems: [
        {
          file,
          line: 0,
          character: 0,
          message: t('The first row names the columns; one of them must be "preferred" (or "term", or "ja"), the term to write.'),
        },
      ],
    };
  }
  const problems: DictionaryProblem[] = [];
  const entries: GlossaryEntry[] = [];
  for (const row of rows.slice(1)) {
    const cell = (index: number): string => (index === -1 ? '' : (row.record[index] ?? '').trim());
    const line = row.info.lines - 1;
    const preferred = cell(at.preferred);
    const forbidden = cell(at.forbidden)
      .split(/[;|]/)
      .map((term) => term.trim())
      .filter((term) => term !== '' && term !== preferred);
    if (preferred === '') {
      if (forbidden.length > 0) problems.push({ file, line, character: 0, message: t('The row has forbidden terms but no preferred term to put instead.') });
      continue;
    }
    const english = cell(at.english);
    const type = ENTITY_TYPES.find((known) => known === cell(at.type).toLowerCase()) as EntityType | undefined;
    const note = cell(at.note);
    const id = cell(at.id);
    entries.push({
      preferred,
      ...(english !== '' && english !== preferred ? { english } : {}),
      admitted: [],
      forbidden: forbidden.map((term) => ({ term, instead: preferred })),
      ...(type ? { type } : {}),
      ...(id !== '' ? { id } : {}),
      ...(note !== '' ? { note } : {}),
      source: `${path.basename(file)}:${line + 1}`,
    });
  }
  return { entries, problems };
}
