/** Every subtitle check, and the findings they make on a subtitle document. */
import { AnalyzedDocument } from '../../analyzedDocument';
import type { DetectorContext } from '../../context';
import { TranscriptDocument } from '../../document';
import type { JapaneseTokenizer } from '../../tokenizer';
import type { Finding } from '../../types';
import { SubtitleDocument } from '../subtitleDocument';
import { NETFLIX_JAPANESE, type SubtitleCheck, type SubtitleRules } from './check';
import { subtitleDuration } from './duration';
import { subtitleEmptyCue } from './emptyCue';
import { subtitleGap } from './gap';
import { subtitleLineCount } from './lineCount';
import { subtitleLineLength } from './lineLength';
import { subtitleOverlap } from './overlap';
import { subtitleReadingSpeed } from './readingSpeed';
import { subtitleTimingSyntax } from './timingSyntax';
import { wordSplitAcrossCues } from './wordAcrossCues';

export const SUBTITLE_CHECKS: readonly SubtitleCheck[] = [
  subtitleTimingSyntax,
  subtitleEmptyCue,
  subtitleLineLength,
  subtitleLineCount,
  subtitleReadingSpeed,
  subtitleDuration,
  subtitleOverlap,
  subtitleGap,
  wordSplitAcrossCues,
];

/** The subtitle checks' findings on a document (none for a document that is not a subtitle file). */
export function subtitleFindings(
  doc: TranscriptDocument,
  tokenizer: JapaneseTokenizer,
  context: DetectorContext,
  rules: SubtitleRules = NETFLIX_JAPANESE,
  enabled: (code: string) => boolean = () => true,
): Finding[] {
  if (!(doc instanceof SubtitleDocument)) return [];
  const analyzed = (text: string): AnalyzedDocument => new AnalyzedDocument(new TranscriptDocument(text), tokenizer);
  const input = { file: doc.subtitles, text: doc.original, rules, analyzed, context };
  return SUBTITLE_CHECKS.filter((check) => enabled(check.code)).flatMap((check) => {
    try {
      return check.check(input);
    } catch (error) {
      // One faulty check must not take the analysis down with it.
      console.error(`transcript-lens: subtitle check ${check.code} failed on ${doc.uri}: ${(error as Error).stack ?? String(error)}`);
      return [];
    }
  });
}
