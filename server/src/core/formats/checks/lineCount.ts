/** Cues with more lines than the guide allows (2). */
import { makeFinding } from '../../finding';
import { t } from '../../l10n';
import type { Finding } from '../../types';
import type { SubtitleCheck } from './check';

const CODE = 'subtitle-line-count';

export const subtitleLineCount: SubtitleCheck = {
  code: CODE,
  description: 'Cues with more lines than the style guide allows.',
  check({ file, rules }) {
    const findings: Finding[] = [];
    for (const cue of file.cues) {
      const lines = cue.lines.filter((line) => line.visible.trim() !== '');
      const firstExtra = lines[rules.maxLines];
      const last = lines[lines.length - 1];
      if (!firstExtra || !last) continue;
      findings.push(
        makeFinding({
          code: CODE,
          range: { start: firstExtra.start, end: last.end },
          message: t('Cue of {0} lines, more than {1}', lines.length, rules.maxLines),
          confidence: 0.75,
          explanation: {
            problem: t('A cue with more lines than the style guide allows covers too much of the picture.'),
            reasons: [t('Split the cue in two or shorten the text.')],
          },
          replacements: [],
        }),
      );
    }
    return findings;
  },
};
