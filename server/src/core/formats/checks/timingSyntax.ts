/** Timing lines that cannot be read (the cue is then left out of every other check). */
import { clampConfidence, severityFor, type Finding } from '../../types';
import { t } from '../../l10n';
import type { SubtitleCheck } from './check';

const CODE = 'subtitle-timing-syntax';
const CONFIDENCE = 0.9;

export const subtitleTimingSyntax: SubtitleCheck = {
  code: CODE,
  description: 'Timing lines that cannot be read.',
  check({ file }) {
    return file.problems.map((problem): Finding => ({
      code: CODE,
      range: problem.range,
      message: t('This timing line cannot be read: expected {0}', file.format === 'srt' ? '00:00:01,000 --> 00:00:02,500' : '00:00:01.000 --> 00:00:02.500'),
      confidence: clampConfidence(CONFIDENCE),
      severity: severityFor(CONFIDENCE),
      fixes: [],
      explanation: { problem: t('Players skip or misplace a cue whose timing they cannot read.'), reasons: [] },
    }));
  },
};
