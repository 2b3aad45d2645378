/** Cue lines longer than the guide allows (13 full-width characters; half-width ones count ½). */
import { makeFinding } from '../../finding';
import { t } from '../../l10n';
import type { Finding } from '../../types';
import { displayWidth, rounded, type SubtitleCheck } from './check';

const CODE = 'subtitle-line-length';
// Information only: many files follow a guide with longer lines (a quarter of the lines of two real Japanese
// subtitle files we measured exceed 13); the limit is a setting.
const CONFIDENCE = 0.6;

export const subtitleLineLength: SubtitleCheck = {
  code: CODE,
  description: 'Cue lines longer than the style guide allows.',
  check({ file, rules }) {
    const findings: Finding[] = [];
    for (const cue of file.cues) {
      for (const line of cue.lines) {
        const width = displayWidth(line.visible.trim());
        if (width <= rules.maxCharactersPerLine) continue;
        findings.push(
          makeFinding({
            code: CODE,
            range: { start: line.start, end: line.end },
            message: t('Subtitle line of {0} characters, more than {1}', rounded(width), rules.maxCharactersPerLine),
            confidence: CONFIDENCE,
            explanation: {
              problem: t('A subtitle line longer than the style guide allows is hard to read in time and may be cut off on screen.'),
              reasons: [
                t('Counted in full-width characters; a half-width character counts ½ (Netflix Japanese guide).'),
                t('Break the line or shorten the text, or set the limit your guide uses (transcriptLens.subtitles.maxCharactersPerLine).'),
              ],
            },
            replacements: [],
          }),
        );
      }
    }
    return findings;
  },
};
