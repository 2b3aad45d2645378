/** Files for editors' other tools: a report of every proposed correction, and a glossary of the entities. */
import type { AnalysisResult } from './analyze';
import type { TranscriptDocument } from './document';

export type ReportFormat = 'markdown' | 'csv';
export type GlossaryFormat = 'csv' | 'tbx';

interface CorrectionRow {
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly code: string;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

function correctionRows(doc: TranscriptDocument, result: AnalysisResult): CorrectionRow[] {
  return result.findings.map((finding) => {
    const position = doc.positionAt(finding.range.start);
    const fix = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
    return {
      line: position.line + 1,
      column: position.character + 1,
      severity: finding.severity,
      code: finding.code,
      before: doc.slice(finding.range),
      after: fix?.edits[0]?.newText ?? '',
      reason: finding.message,
    };
  });
}

/** Every proposed change with its line, the text before and after, and the reason. */
export function correctionsReport(doc: TranscriptDocument, result: AnalysisResult, format: ReportFormat): string {
  const rows = correctionRows(doc, result);
  if (format === 'csv') {
    return toCsv([
      ['line', 'column', 'severity', 'code', 'before', 'after', 'reason'],
      ...rows.map((r) => [r.line, r.column, r.severity, r.code, r.before, r.after, r.reason]),
    ]);
  }
  const cell = (text: string | number): string => String(text).replace(/\r?\n/g, '⏎').replace(/\|/g, '\\|');
  return [
    `# Corrections: ${doc.uri}`,
    '',
    `${rows.length} proposed change(s).`,
    '',
    '| line | severity | code | before | after | reason |',
    '| ---: | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.line}:${r.column} | ${r.severity} | ${r.code} | ${cell(r.before)} | ${cell(r.after)} | ${cell(r.reason)} |`),
    '',
  ].join('\n');
}

/** The entities the document names, with their Japanese and English names and types (CSV or TBX-Basic). */
export function glossary(result: AnalysisResult, format: GlossaryFormat): string {
  const counts = new Map<string, number>();
  for (const mention of result.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  const entries = [...counts].flatMap(([id, count]) => {
    const entity = result.context.kb.get(id);
    return entity ? [{ entity, count }] : [];
  });
  if (format === 'csv') {
    return toCsv([['ja', 'en', 'type', 'id', 'mentions'], ...entries.map(({ entity, count }) => [entity.ja, entity.en, entity.type, entity.id, count])]);
  }
  const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="ja">',
    '  <martifHeader><fileDesc><sourceDesc><p>Transcript Lens glossary</p></sourceDesc></fileDesc></martifHeader>',
    '  <text><body>',
    ...entries.map(({ entity }) =>
      [
        `    <termEntry id="${xml(entity.id)}">`,
        `      <descrip type="subjectField">${xml(entity.type)}</descrip>`,
        `      <langSet xml:lang="ja"><tig><term>${xml(entity.ja)}</term></tig></langSet>`,
        `      <langSet xml:lang="en"><tig><term>${xml(entity.en)}</term></tig></langSet>`,
        '    </termEntry>',
      ].join('\n'),
    ),
    '  </body></text>',
    '</martif>',
    '',
  ].join('\n');
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((row) => row.map((field) => `"${String(field).replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
}
