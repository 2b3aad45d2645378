/** Test helpers: analyse a text with the real knowledge base and kuromoji, and read findings back. */
import { analyze, type AnalysisResult, type AnalysisServices } from '../../server/src/core/analyze';
import { TranscriptDocument } from '../../server/src/core/document';
import { applyEdits, preferredEdits } from '../../server/src/core/fixes';
import { loadServices } from '../../server/src/core/services';
import type { Finding } from '../../server/src/core/types';

let services: Promise<AnalysisServices> | undefined;

export function testServices(): Promise<AnalysisServices> {
  services ??= loadServices();
  return services;
}

export interface Checked {
  readonly text: string;
  readonly result: AnalysisResult;
  /** Findings of one code, each with the text it flags and its preferred replacement. */
  found(code: string): { flagged: string; fix: string | undefined; severity: Finding['severity']; finding: Finding }[];
  /** The text after applying every preferred fix of the given code (or of all codes). */
  fixed(code?: string): string;
}

export async function check(text: string): Promise<Checked> {
  const doc = new TranscriptDocument(text);
  const result = analyze(doc, await testServices());
  const ofCode = (code?: string): Finding[] => result.findings.filter((f) => code === undefined || f.code === code);
  return {
    text,
    result,
    found: (code) =>
      ofCode(code).map((finding) => ({
        flagged: doc.slice(finding.range),
        fix: (finding.fixes.find((f) => f.preferred) ?? finding.fixes[0])?.edits[0]?.newText,
        severity: finding.severity,
        finding,
      })),
    fixed: (code) => applyEdits(text, preferredEdits(ofCode(code))),
  };
}
