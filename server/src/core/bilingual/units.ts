/**
 * Units of measure both languages write, read from the shipped rules (data/rules/units.yaml): how English
 * writes a unit, how Japanese does, and what a fix writes. Units of one dimension are confused with each
 * other (GW for MW, minutes for hours); キロ alone stands for a kilometre or a kilogram, whichever the other
 * side says.
 */
import { loadRules, type UnitSpelling } from '../knowledge/rules';

export interface Unit {
  /** What the unit measures: units of one dimension are confused with each other (GW for MW). */
  readonly dimension: string;
  /** A canonical name (GW, MW, km, year…). */
  readonly name: string;
}

interface UnitTable {
  readonly english: readonly { readonly pattern: RegExp; readonly unit: Unit }[];
  readonly japaneseSpellings: readonly { readonly text: string; readonly unit: Unit; readonly latin: boolean }[];
  readonly japaneseLatinUnit: RegExp;
  readonly japaneseScalePrefix: readonly { readonly text: string; readonly unit: Unit }[];
  readonly japaneseName: Readonly<Record<string, { readonly kana: string; readonly latin?: string }>>;
}

let table: UnitTable | undefined;

/** The shipped unit table, built once per process (the rules are loaded once too). */
function unitTable(): UnitTable {
  table ??= buildUnitTable(loadRules().units);
  return table;
}

function buildUnitTable(rows: readonly UnitSpelling[]): UnitTable {
  const unitOf = (row: UnitSpelling): Unit => ({ dimension: row.dimension, name: row.name });
  // Longest first (キロワット before キロ); a stable sort keeps the file's order among equals.
  const japaneseSpellings = rows
    .flatMap((row) => row.ja.map((text) => ({ text, unit: unitOf(row), latin: /^[A-Za-z°℃℉]/.test(text) })))
    .sort((a, b) => b.text.length - a.text.length);
  return {
    english: rows.flatMap((row) => (row.en ? [{ pattern: new RegExp(`^(?:${row.en})$`, row.ignoreCase ? 'i' : ''), unit: unitOf(row) }] : [])),
    japaneseSpellings,
    japaneseLatinUnit: new RegExp(
      `^(?:${japaneseSpellings
        .filter((s) => /^[A-Za-z]/.test(s.text))
        .map((s) => s.text)
        .join('|')})(?![A-Za-z])`,
    ),
    japaneseScalePrefix: rows.flatMap((row) => (row.scalesBefore ?? []).map((text) => ({ text, unit: unitOf(row) }))),
    japaneseName: {
      ...Object.fromEntries(
        rows.filter((row) => row.name !== 'kilo').map((row) => [row.name, row.latin ? { kana: row.kana, latin: row.latin } : { kana: row.kana }]),
      ),
      // Percentage points, written for a change of a percentage (4 percentage points ↔ 4ポイント).
      points: { kana: 'ポイント' },
    },
  };
}

/** English unit words the number pattern must take whole, before its generic word (a hyphen or a space inside). */
export const EN_UNIT_PHRASES = String.raw`(?:tera|giga|mega|kilo)?watt-hours?|°\s?[FC]|℃|degrees? (?:Fahrenheit|Celsius)|square (?:f(?:oo|ee)t|miles?|(?:kilo)?met(?:er|re)s?)|cubic met(?:er|re)s?`;

export function englishUnit(word: string): Unit | undefined {
  return unitTable().english.find((row) => row.pattern.test(word))?.unit;
}

/** Japanese spellings, longest first (キロワット before キロ), with their unit and whether written in Latin letters. */
export function japaneseUnitSpellings(): UnitTable['japaneseSpellings'] {
  return unitTable().japaneseSpellings;
}

/** Latin unit symbols a Japanese number may be followed by (5GW, 3nm). */
export function japaneseLatinUnit(): RegExp {
  return unitTable().japaneseLatinUnit;
}

/** Temperature scales Japanese writes before the number (摂氏20度, 華氏68度). */
export function japaneseScalePrefixes(): UnitTable['japaneseScalePrefix'] {
  return unitTable().japaneseScalePrefix;
}

/** The Japanese word of a unit (or of percentage points), katakana and Latin: what a fix writes. */
export function japaneseUnitName(name: string): { readonly kana: string; readonly latin?: string } | undefined {
  return unitTable().japaneseName[name];
}

/** Whether two units are one (キロ is a kilometre or a kilogram). */
export function sameUnit(a: Unit | undefined, b: Unit | undefined): boolean {
  if (a?.name === b?.name) return true;
  const kilo = (u: Unit | undefined, other: Unit | undefined): boolean => u?.name === 'kilo' && (other?.name === 'km' || other?.name === 'kg');
  return kilo(a, b) || kilo(b, a);
}

/** Whether two units measure the same thing, so that one written for the other is a slip. */
export function sameDimension(a: Unit | undefined, b: Unit | undefined): boolean {
  if (!a || !b) return false;
  if (a.dimension === b.dimension) return true;
  const kilo = (u: Unit, other: Unit): boolean => u.dimension === 'kilo' && (other.dimension === 'length' || other.dimension === 'mass');
  return kilo(a, b) || kilo(b, a);
}
