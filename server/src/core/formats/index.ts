/** The format layer: which files are subtitles or XLIFF, the document the analysis reads from them, and the subtitles' checks. */
export { documentFor, originalText, SubtitleDocument, subtitleFormatOf } from './subtitleDocument';
export { parseSubtitles, type Cue, type CueLine, type SubtitleFile, type SubtitleFormat } from './subtitleParser';
export { NETFLIX_JAPANESE, type SubtitleCheck, type SubtitleRules } from './checks/check';
export { SUBTITLE_CHECKS, subtitleFindings } from './checks/index';
export { isXliffFile, parseXliff, type XliffFile, type XliffUnit } from './xliff';
export { ownSource, XliffDocument } from './xliffDocument';
