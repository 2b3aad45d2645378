/** The fix shared by the overlap and gap checks: end the earlier cue the minimum gap before the next one starts. */
import { t } from '../../l10n';
import type { Fix } from '../../types';
import type { Cue, SubtitleFormat } from '../subtitleParser';
import { formatTimestamp, type SubtitleRules } from './check';

export function minGapMs(rules: SubtitleRules): number {
  return (rules.minGapFrames * 1000) / rules.frameRate;
}

/** Trims the earlier cue's end (a timing fix, and only ever offered as one, never preferred); none if the cue would vanish. */
export function trimEarlierCue(earlier: Cue, later: Cue, rules: SubtitleRules, format: SubtitleFormat): Fix[] {
  const end = Math.floor(later.startMs - minGapMs(rules));
  if (end <= earlier.startMs) return [];
  const stamp = formatTimestamp(end, format);
  return [{ title: t('End the previous cue at {0}', stamp), edits: [{ range: earlier.endStamp, newText: stamp }], preferred: false }];
}
