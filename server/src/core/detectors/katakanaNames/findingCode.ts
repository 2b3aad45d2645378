/** The finding code of garbled-katakana-name and the confidence of a name written another way. */

export const CODE = 'garbled-katakana-name';

/** Another spelling of a known name: information. */
export const VARIANT_CONFIDENCE = 0.55;
