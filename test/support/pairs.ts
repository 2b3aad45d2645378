/** Test helper: a translation analysed against its English source, and the findings of one check read back. */
import { analyze, type AnalysisResult } from '../../server/src/core/analyze';
import { documentFor } from '../../server/src/core/formats';
import type { Finding } from '../../server/src/core/types';
import { testServices } from './analysis';

export interface CheckedPair {
  readonly result: AnalysisResult;
  found(code: string): { flagged: string; fix: string | undefined; finding: Finding; sourceText: string | undefined }[];
}

export async function checkPair(target: string, source: string, names: { target?: string; source?: string } = {}): Promise<CheckedPair> {
  const targetName = names.target ?? 'pair.txt';
  const sourceName = names.source ?? 'pair.en.txt';
  const doc = documentFor(target, targetName);
  const format = /\.(srt|vtt)$/.exec(sourceName)?.[1] as 'srt' | 'vtt' | undefined;
  const result = analyze(doc, await testServices(), { source: { text: source, uri: sourceName, ...(format ? { format } : {}) } });
  return {
    result,
    found: (code) =>
      result.findings
        .filter((f) => f.code === code)
        .map((finding) => ({
          flagged: target.slice(finding.range.start, finding.range.end),
          fix: finding.fixes.find((f) => f.preferred)?.edits[0]?.newText,
          finding,
          sourceText: finding.source ? source.slice(finding.source.range.start, finding.source.range.end) : undefined,
        })),
  };
}
