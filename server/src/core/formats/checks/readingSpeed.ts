/** Cues shown too briefly for their text: more characters per second than the guide allows (4). */
import { makeFinding } from '../../finding';
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { cueTextRange, displayWidth, rounded, seconds, type SubtitleCheck } from './check';

const CODE = 'subtitle-reading-speed';

export const subtitleReadingSpeed: SubtitleCheck = {
  code: CODE,
  description: 'Cues with more characters per second than viewers can read.',
  check({ file, rules }) {
    const findings: Finding[] = [];
    for (const cue of file.cues) {
      const range = cueTextRange(cue);
      const durationMs = cue.endMs - cue.startMs;
      // A cue without text or without duration is the empty-cue and duration checks' business.
      if (!range || durationMs <= 0) continue;
      const characters = cue.lines.reduce((sum, line) => sum + displayWidth(line.visible, false), 0);
      const speed = characters / (durationMs / 1000);
      if (characters === 0 || speed <= rules.maxCharactersPerSecond) continue;
      findings.push(
        makeFinding({
          code: CODE,
          range,
          message: t(
            'Reading speed {0} characters per second ({1} characters in {2} s), more than {3}',
            rounded(speed),
            rounded(characters),
            seconds(durationMs),
            rules.maxCharactersPerSecond,
          ),
          confidence: 0.75,
          explanation: {
            problem: t('Viewers cannot read this cue in the time it is shown.'),
            reasons: [
              t('Spaces are not counted; a half-width character counts ½ (Netflix Japanese guide).'),
              t('Shorten the text, or show the cue longer if the speech allows.'),
            ],
          },
          replacements: [],
        }),
      );
    }
    return findings;
  },
};
