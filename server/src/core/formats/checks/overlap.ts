/** Cues that start before the previous one ends. */
import { clampConfidence, severityFor, type Finding } from '../../types';
import { t } from '../../l10n';
import { seconds, type SubtitleCheck } from './check';
import { trimEarlierCue } from './trimPrevious';

const CODE = 'subtitle-overlap';
// Overlaps are sometimes meant (two speakers at once, placed apart on screen): likely a mistake, not certain.
const CONFIDENCE = 0.75;

export const subtitleOverlap: SubtitleCheck = {
  code: CODE,
  description: 'Cues that start before the previous cue ends.',
  check({ file, rules }) {
    const findings: Finding[] = [];
    for (let i = 1; i < file.cues.length; i++) {
      const earlier = file.cues[i - 1];
      const cue = file.cues[i];
      if (!earlier || !cue || cue.startMs >= earlier.endMs) continue;
      findings.push({
        code: CODE,
        range: cue.timing,
        message: t('This cue starts {0} s before the previous one ends', seconds(earlier.endMs - cue.startMs)),
        confidence: clampConfidence(CONFIDENCE),
        severity: severityFor(CONFIDENCE),
        fixes: trimEarlierCue(earlier, cue, rules, file.format),
        explanation: {
          problem: t('Two cues on screen at once are hard to follow, and many players show only one.'),
          reasons: [t('Unless two speakers are meant to be shown at once, end the previous cue earlier.')],
        },
      });
    }
    return findings;
  },
};
