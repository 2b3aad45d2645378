/** Cues that follow the previous one closer than the minimum gap (2 frames), without overlapping it. */
import { clampConfidence, severityFor, type Finding } from '../../types';
import { t } from '../../l10n';
import { rounded, type SubtitleCheck } from './check';
import { minGapMs, trimEarlierCue } from './trimPrevious';

const CODE = 'subtitle-gap';
// A style rule, not an error: many files chain cues with no gap. Information only.
const CONFIDENCE = 0.55;

export const subtitleGap: SubtitleCheck = {
  code: CODE,
  description: 'Cues closer to the previous one than the minimum gap.',
  check({ file, rules }) {
    const findings: Finding[] = [];
    const minimum = minGapMs(rules);
    for (let i = 1; i < file.cues.length; i++) {
      const earlier = file.cues[i - 1];
      const cue = file.cues[i];
      if (!earlier || !cue) continue;
      const gap = cue.startMs - earlier.endMs;
      // Rounding of timestamps to milliseconds: 83 ms is two frames at 23.976 fps (83.4 ms).
      if (gap < 0 || gap >= Math.floor(minimum)) continue;
      findings.push({
        code: CODE,
        range: cue.timing,
        message: t('Gap of {0} frames after the previous cue, less than {1}', rounded((gap * rules.frameRate) / 1000), rules.minGapFrames),
        confidence: clampConfidence(CONFIDENCE),
        severity: severityFor(CONFIDENCE),
        fixes: trimEarlierCue(earlier, cue, rules, file.format),
        explanation: {
          problem: t('Without a short gap, viewers do not notice that a new cue began.'),
          reasons: [t('The style guide asks for at least {0} frames between cues.', rules.minGapFrames)],
        },
      });
    }
    return findings;
  },
};
