/**
 * A person the translation names by the family name alone (ワン氏 for Alexandr Wang, as Japanese news writes a person
 * named before): the name is written, not missing, and no other person in the sentence stands in its place.
 */
import type { Entity } from '../../../knowledge/model';

/** A family name this short is a syllable of other words too. */
const LEAST_LETTERS = 2;

/** Whether the text writes the person's katakana family name as a word of its own (not inside another katakana name). */
export function familyNameWritten(entity: Entity, text: string): boolean {
  if (entity.type !== 'person') return false;
  const parts = entity.ja.split(/[・＝]/);
  const family = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || family.length < LEAST_LETTERS || !/^[ァ-ヴー]+$/.test(family)) return false;
  return new RegExp(`(?<![ァ-ヴー・＝])${family}(?![ァ-ヴー・＝])`).test(text);
}
