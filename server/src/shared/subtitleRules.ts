/** The limits of the subtitle checks (a setting), and their defaults. */

export interface SubtitleRules {
  /** Full-width characters per line; a half-width character counts ½. */
  readonly maxCharactersPerLine: number;
  readonly maxLines: number;
  /** Reading speed, in characters (counted as for line length, spaces left out) per second of display. */
  readonly maxCharactersPerSecond: number;
  readonly minDurationSeconds: number;
  readonly maxDurationSeconds: number;
  /** Frames per second of the video, for the minimum gap between cues. */
  readonly frameRate: number;
  /** Cues closer than this many frames (and not overlapping) are too close. */
  readonly minGapFrames: number;
}

/** Netflix Japanese timed-text style guide: 13 full-width characters, 2 lines, 4 characters/second, 5/6 s to 7 s, 2 frames at 23.976 fps. */
export const NETFLIX_JAPANESE: SubtitleRules = {
  maxCharactersPerLine: 13,
  maxLines: 2,
  maxCharactersPerSecond: 4,
  minDurationSeconds: 5 / 6,
  maxDurationSeconds: 7,
  frameRate: 23.976,
  minGapFrames: 2,
};
