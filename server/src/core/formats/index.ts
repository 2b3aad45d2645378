/** The format layer: which files are subtitles, the document the analysis reads from them, and their checks. */
export { documentFor, originalText, SubtitleDocument, subtitleFormatOf } from './subtitleDocument';
export { parseSubtitles, type Cue, type CueLine, type SubtitleFile, type SubtitleFormat } from './subtitleParser';
export { NETFLIX_JAPANESE, type SubtitleCheck, type SubtitleRules } from './checks/check';
export { SUBTITLE_CHECKS, subtitleFindings } from './checks/index';
