/** Cues with a timing but no text to show; the fix removes the whole cue. */
import { clampConfidence, severityFor, type Finding } from '../../types';
import { t } from '../../l10n';
import type { SubtitleCheck } from './check';

const CODE = 'subtitle-empty-cue';
const CONFIDENCE = 0.8;

export const subtitleEmptyCue: SubtitleCheck = {
  code: CODE,
  description: 'Cues without text.',
  check({ file, text }) {
    const findings: Finding[] = [];
    file.cues.forEach((cue, i) => {
      if (cue.lines.some((line) => line.visible.trim() !== '')) return;
      // The cue and the blank lines after it, up to the next cue (or the end of the file).
      const removeEnd = file.cues[i + 1]?.block.start ?? text.length;
      findings.push({
        code: CODE,
        range: cue.timing,
        message: t('Empty cue: it has a timing but no text'),
        confidence: clampConfidence(CONFIDENCE),
        severity: severityFor(CONFIDENCE),
        fixes: [{ title: t('Remove the empty cue'), edits: [{ range: { start: cue.block.start, end: removeEnd }, newText: '' }], preferred: true }],
        explanation: {
          problem: t('An empty cue shows nothing and takes a number in the file.'),
          reasons: [t('Remove it, or write the text it was meant to show.')],
        },
      });
    });
    return findings;
  },
};
