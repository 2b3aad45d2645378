/** Cues shown shorter or longer than the guide allows (5/6 s to 7 s); a cue that ends before it starts. */
import { makeFinding } from '../../finding';
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { seconds, type SubtitleCheck } from './check';

const CODE = 'subtitle-duration';

export const subtitleDuration: SubtitleCheck = {
  code: CODE,
  description: 'Cues shown too briefly or too long, or ending before they start.',
  check({ file, rules }) {
    const findings: Finding[] = [];
    for (const cue of file.cues) {
      const durationMs = cue.endMs - cue.startMs;
      const message =
        durationMs <= 0
          ? t('The cue ends before it starts ({0} s)', seconds(durationMs))
          : durationMs < rules.minDurationSeconds * 1000
            ? t('Cue shown for {0} s, less than {1} s', seconds(durationMs), seconds(rules.minDurationSeconds * 1000))
            : durationMs > rules.maxDurationSeconds * 1000
              ? t('Cue shown for {0} s, more than {1} s', seconds(durationMs), seconds(rules.maxDurationSeconds * 1000))
              : undefined;
      if (!message) continue;
      findings.push(
        makeFinding({
          code: CODE,
          range: cue.timing,
          message,
          confidence: durationMs <= 0 ? 0.9 : 0.7,
          explanation: {
            problem: t('The cue is not shown for a time viewers can follow.'),
            reasons: [t('Change the timing, or merge the cue with a neighbour.')],
          },
          replacements: [],
        }),
      );
    }
    return findings;
  },
};
