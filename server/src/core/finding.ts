/** Builds findings: severity from confidence, and fixes that replace exactly the flagged span. */
import { clampConfidence, severityFor, type Explanation, type Finding, type Fix, type OffsetRange } from './types';
import { t } from './l10n';

export interface FindingSpec {
  readonly code: string;
  readonly range: OffsetRange;
  readonly message: string;
  readonly confidence: number;
  readonly explanation: Explanation;
  /** Replacement texts for the whole range, best first. */
  readonly replacements: readonly string[];
  readonly entityId?: string;
}

export function makeFinding(spec: FindingSpec): Finding {
  const confidence = clampConfidence(spec.confidence);
  const fixes: Fix[] = spec.replacements.map((newText, index) => ({
    title: newText === '' ? t('Remove') : t('Replace with "{0}"', newText),
    edits: [{ range: spec.range, newText }],
    preferred: index === 0,
  }));
  return {
    code: spec.code,
    range: spec.range,
    message: spec.message,
    confidence,
    severity: severityFor(confidence),
    fixes,
    explanation: spec.explanation,
    ...(spec.entityId ? { entityId: spec.entityId } : {}),
  };
}

/** The same finding at another range; its fixes, which replace the whole flagged span, replace the new one. */
export function placeFinding(finding: Finding, range: OffsetRange): Finding {
  return { ...finding, range, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range })) })) };
}

export function describeConfidence(confidence: number): string {
  switch (severityFor(confidence)) {
    case 'error':
      return t('near certain');
    case 'warning':
      return t('likely');
    case 'information':
      return t('possible');
    case 'hint':
      return t('uncertain');
  }
}
