/**
 * The shipped knowledge base and rules compiled to one JSON file at build time (dist/data.json), validated
 * there against their schemas, so that starting reads one JSON file instead of parsing YAML and compiling
 * schemas. The file names a hash of the data and schema files it came from: when they have changed since
 * (a data file edited without a build), it is not used and the YAML is read and validated as before.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Currency, Entity } from './model';
import { packageRoot } from '../packageRoot';
import { readValidated } from './validate';

export interface KnowledgeData {
  readonly entities: readonly Entity[];
  readonly currencies: readonly Currency[];
}

export interface ConfusablePair {
  readonly written: string;
  readonly english: string;
  readonly intended: readonly string[];
  readonly cues: readonly string[];
}

/** An English idiom rendered word for word (idiom-calques.yaml): its renderings, each with the Japanese that replaces it. */
export interface IdiomCalque {
  readonly english: string;
  readonly forms: readonly { readonly written: string; readonly fix?: string }[];
  readonly meaning?: string;
  readonly cues?: readonly string[];
  readonly unless?: readonly string[];
}

export interface AcronymRule {
  readonly acronym: string;
  readonly contexts?: readonly string[];
  /** What it stands for, as written out beside it (最高財務責任者 for CFO). */
  readonly expansions?: readonly string[];
}

/** An English term and the ways a translation may render it (term-renderings.yaml). */
export interface TermRendering {
  /** The English term, as a regular expression's source (matched case-insensitively, on word boundaries). */
  readonly en: string;
  readonly ja: readonly string[];
  /** Words of another meaning written for the term by mistake, with what each means in English (a regular expression's source). */
  readonly wrong?: readonly { readonly ja: string; readonly means: string }[];
}

/**
 * A head word English joins to a known name (Nvidia-backed, the new Nvidia chip, backed by SoftBank) and its Japanese
 * renderings written after the name (エヌビディアが出資する): entity-heads.yaml.
 */
export interface EntityHead {
  readonly id: string;
  /** What follows the English name, a regular expression's source matched right after it. */
  readonly after: string;
  /** What precedes the English name, a regular expression's source ending in $. */
  readonly before?: string;
  readonly ja: readonly string[];
}

/** A kind of quantity and the range its values fall in (quantity-ranges.yaml). */
export interface QuantityRange {
  readonly about: string;
  readonly units?: readonly string[];
  /**
   * A measure in a base unit (W, Wh, B, B/s, FLOPS), written with any SI prefix (キロワット, GW, ペタバイト毎秒):
   * min, max and typical are then in the base unit.
   */
  readonly measure?: string;
  readonly currencies?: readonly string[];
  readonly before?: readonly string[];
  readonly after?: readonly string[];
  readonly unless?: readonly string[];
  /** Words one of which the sentence must write (the owner of the figure, its field). */
  readonly sentence?: readonly string[];
  readonly max: number;
  readonly min?: number;
  /** Where most values of the kind lie: the fix is the slip that lands here, when one does. */
  readonly typical?: { readonly min: number; readonly max: number };
  /** A count written with no unit after it (「パラメータ数は6710万で」), its kind said by the words before it. */
  readonly bare?: boolean;
  /** Out of range, the unit is likelier wrong than the number (40GW for 40MW): the fix, if any, is on the unit's SI prefix, never on the number. */
  readonly unitSlip?: boolean;
  readonly why: string;
  readonly sure?: boolean;
}

/** The words that make an amount in 万 a company-scale figure, and those that make it a small sum (quantity-ranges.yaml). */
export interface ScaleOutlierCues {
  readonly cues: readonly string[];
  readonly smallSums: readonly string[];
}

/** An exchange rate, wide: units of `to` per unit of `from` (quantity-ranges.yaml). */
export interface ConversionRange {
  readonly from: string;
  readonly to: string;
  readonly min: number;
  readonly max: number;
}

/** A unit of measure as English and Japanese write it (units.yaml). */
export interface UnitSpelling {
  readonly name: string;
  readonly dimension: string;
  /** The English word or symbol, as a regular expression's source matched against a whole word. */
  readonly en?: string;
  readonly ignoreCase?: boolean;
  readonly ja: readonly string[];
  readonly kana: string;
  readonly latin?: string;
  /** Words Japanese writes before the number for this unit (摂氏20度). */
  readonly scalesBefore?: readonly string[];
}

/** Romanised Korean syllables and their katakana (korean-romanisation.yaml, read by bilingual/koreanRomanisation.ts). */
export interface KoreanRomanisationTables {
  /** Initial consonants, longest first, with the kana row each starts. */
  readonly initials: readonly (readonly [string, string])[];
  /** Vowel spellings, longest first, with the vowels of their kana; irregular: of no standard romanisation. */
  readonly vowels: readonly { readonly spelling: string; readonly readings: readonly string[]; readonly irregular?: boolean }[];
  /** Final consonants and their kana. */
  readonly finals: readonly (readonly [string, string])[];
  readonly plain: Readonly<Record<string, readonly string[]>>;
  readonly yStem: Readonly<Record<string, string>>;
  readonly wStem: Readonly<Record<string, string>>;
  readonly smallY: Readonly<Record<string, string>>;
  readonly smallW: Readonly<Record<string, string>>;
  readonly aloneY: Readonly<Record<string, string>>;
  readonly aloneW: Readonly<Record<string, string>>;
}

/** A surname as Japanese writes it (張, キム) and the romanisations English writes for it (Zhang, Chang; Kim). */
export interface HanSurname {
  readonly written: readonly string[];
  readonly romanised: readonly string[];
}

export interface RulesData {
  readonly ordinaryKatakana: readonly string[];
  readonly letterKatakanaWords: readonly string[];
  readonly letterCategoryWords: readonly string[];
  readonly letterSounds: Readonly<Record<string, readonly string[]>>;
  readonly confusables: readonly ConfusablePair[];
  readonly domainTerms: Readonly<Record<string, readonly string[]>>;
  readonly sameSoundCollocations: readonly SameSoundCollocation[];
  readonly sameSoundOffField: readonly string[];
  readonly sameSoundWordSuffixes: readonly string[];
  readonly nameTitles: readonly string[];
  readonly commonNameParts: readonly string[];
  /** Words that begin places of several words (Santa, San, Fort): place-heads.yaml. */
  readonly placeHeads: readonly string[];
  /** Chinese, Korean and Japanese surnames as Japanese writes them and English romanises them: han-surnames.yaml. */
  readonly hanSurnames: readonly HanSurname[];
  /** Korean syllables as Japanese writes them: korean-romanisation.yaml. */
  readonly koreanRomanisation: KoreanRomanisationTables;
  readonly reduplicatedWords: readonly string[];
  readonly letterGroups: readonly string[];
  readonly letterNames: Readonly<Record<string, readonly string[]>>;
  readonly acronyms: readonly AcronymRule[];
  readonly literalWords: {
    readonly words: Readonly<Record<string, readonly string[]>>;
    readonly suffixes: readonly string[];
    readonly soundAlikes: Readonly<Record<string, readonly string[]>>;
  };
  readonly termRenderings: readonly TermRendering[];
  /** Head words joined to a known name on both sides of a translation: entity-heads.yaml. */
  readonly entityHeads: readonly EntityHead[];
  readonly idiomCalques: readonly IdiomCalque[];
  readonly quantityRanges: readonly QuantityRange[];
  readonly conversions: readonly ConversionRange[];
  readonly scaleOutliers?: ScaleOutlierCues;
  readonly units: readonly UnitSpelling[];
  /** English words of names and the katakana media usually write for them (pronunciation/usual-renderings.yaml). */
  readonly usualRenderings: Readonly<Record<string, string>>;
  /** The katakana of English sounds, the ARPAbet phones of the pronouncing dictionary (pronunciation/arpabet-katakana.yaml). */
  readonly arpabetKatakana: ArpabetKatakana;
}

/** Vowel phones to romaji vowels (AY → ai), consonant phones to their row of morae (K → カ, キ, ク, ケ, コ, キャ, キュ, キョ, ク). */
export interface ArpabetKatakana {
  readonly vowels: Readonly<Record<string, string>>;
  readonly consonants: Readonly<Record<string, Readonly<Record<'a' | 'i' | 'u' | 'e' | 'o' | 'ya' | 'yu' | 'yo' | 'bare', string>>>>;
}

/** When a single word of a domain term's reading is taken for the term: its collocations. */
export interface SameSoundCollocation {
  readonly term: string;
  readonly after?: readonly string[];
  readonly before?: readonly string[];
  readonly cues: readonly string[];
  /** Words of the same reading right in the term's phrases too (態勢 beside 体制): never taken for it. */
  readonly alsoRight?: readonly string[];
}

export interface CompiledData {
  readonly sourceHash: string;
  readonly knowledge: KnowledgeData;
  readonly rules: RulesData;
}

export const compiledDataPath = (): string => path.join(packageRoot(), 'dist', 'data.json');

const yamlFiles = (directory: string): string[] =>
  fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/** The knowledge files' entities and the currencies, read from YAML and validated. */
export function readKnowledgeData(directory: string): KnowledgeData {
  const schemas = path.join(directory, 'schema');
  const knowledgeDir = path.join(directory, 'knowledge');
  const entities = yamlFiles(knowledgeDir).flatMap(
    (file) => readValidated<{ entities: Entity[] }>(path.join(knowledgeDir, file), path.join(schemas, 'knowledge.schema.json')).entities,
  );
  const { currencies } = readValidated<{ currencies: Currency[] }>(path.join(directory, 'currencies.yaml'), path.join(schemas, 'currencies.schema.json'));
  return { entities, currencies };
}

/** The rule lists, read from YAML and validated. */
export function readRulesData(directory: string): RulesData {
  const rules = path.join(directory, 'rules');
  const schemas = path.join(directory, 'schema');
  const words = (file: string): string[] => readValidated<{ words: string[] }>(path.join(rules, file), path.join(schemas, 'wordlist.schema.json')).words;
  const acronyms = readValidated<{ letterGroups: string[]; letterNames: Record<string, string[]>; acronyms: AcronymRule[] }>(
    path.join(rules, 'acronyms.yaml'),
    path.join(schemas, 'acronyms.schema.json'),
  );
  const literal = readValidated<{ words: Record<string, string[]>; suffixes: string[]; soundAlikes?: Record<string, string[]> }>(
    path.join(rules, 'literal-words.yaml'),
    path.join(schemas, 'literal-words.schema.json'),
  );
  return {
    ordinaryKatakana: words('ordinary-katakana.yaml'),
    letterKatakanaWords: words('letter-katakana-words.yaml'),
    letterCategoryWords: words('letter-category-words.yaml'),
    letterSounds: readValidated<{ sounds: Record<string, string[]> }>(path.join(rules, 'letter-sounds.yaml'), path.join(schemas, 'letter-sounds.schema.json'))
      .sounds,
    confusables: readValidated<{ pairs: ConfusablePair[] }>(path.join(rules, 'confusables.yaml'), path.join(schemas, 'confusables.schema.json')).pairs,
    domainTerms: readValidated<{ domains: Record<string, string[]> }>(path.join(rules, 'domain-terms.yaml'), path.join(schemas, 'domain-terms.schema.json'))
      .domains,
    ...sameSoundRules(rules, schemas),
    nameTitles: words('name-titles.yaml'),
    commonNameParts: words('common-name-parts.yaml'),
    placeHeads: words('place-heads.yaml'),
    hanSurnames: readValidated<{ surnames: HanSurname[] }>(path.join(rules, 'han-surnames.yaml'), path.join(schemas, 'han-surnames.schema.json')).surnames,
    koreanRomanisation: readKoreanRomanisation(rules, schemas),
    reduplicatedWords: words('reduplicated-words.yaml'),
    letterGroups: acronyms.letterGroups,
    letterNames: acronyms.letterNames,
    acronyms: acronyms.acronyms,
    literalWords: { words: literal.words, suffixes: literal.suffixes, soundAlikes: literal.soundAlikes ?? {} },
    termRenderings: readValidated<{ terms: TermRendering[] }>(path.join(rules, 'term-renderings.yaml'), path.join(schemas, 'term-renderings.schema.json'))
      .terms,
    entityHeads: readValidated<{ heads: EntityHead[] }>(path.join(rules, 'entity-heads.yaml'), path.join(schemas, 'entity-heads.schema.json')).heads,
    idiomCalques: readValidated<{ idioms: IdiomCalque[] }>(path.join(rules, 'idiom-calques.yaml'), path.join(schemas, 'idiom-calques.schema.json')).idioms,
    ...quantityRules(rules, schemas),
    units: readValidated<{ units: UnitSpelling[] }>(path.join(rules, 'units.yaml'), path.join(schemas, 'units.schema.json')).units,
    usualRenderings: readUsualRenderings(directory),
    arpabetKatakana: readArpabetKatakana(directory),
  };
}

/** The Korean syllable tables, read from YAML and validated, without the file's purpose. */
function readKoreanRomanisation(rules: string, schemas: string): KoreanRomanisationTables {
  const { initials, vowels, finals, plain, yStem, wStem, smallY, smallW, aloneY, aloneW } = readValidated<KoreanRomanisationTables>(
    path.join(rules, 'korean-romanisation.yaml'),
    path.join(schemas, 'korean-romanisation.schema.json'),
  );
  return { initials, vowels, finals, plain, yStem, wStem, smallY, smallW, aloneY, aloneW };
}

/** The usual katakana of words of names, read from YAML and validated (the YAML library's first parse costs a process ~0.1 s). */
export function readUsualRenderings(directory: string): Record<string, string> {
  return readValidated<{ renderings: Record<string, string> }>(
    path.join(directory, 'pronunciation', 'usual-renderings.yaml'),
    path.join(directory, 'schema', 'usual-renderings.schema.json'),
  ).renderings;
}

/** The katakana of ARPAbet phones, read from YAML and validated. */
export function readArpabetKatakana(directory: string): ArpabetKatakana {
  const { vowels, consonants } = readValidated<ArpabetKatakana>(
    path.join(directory, 'pronunciation', 'arpabet-katakana.yaml'),
    path.join(directory, 'schema', 'arpabet-katakana.schema.json'),
  );
  return { vowels, consonants };
}

function quantityRules(rules: string, schemas: string): Pick<RulesData, 'quantityRanges' | 'conversions' | 'scaleOutliers'> {
  const data = readValidated<{ ranges: QuantityRange[]; conversions: ConversionRange[]; scaleOutliers?: ScaleOutlierCues }>(
    path.join(rules, 'quantity-ranges.yaml'),
    path.join(schemas, 'quantity-ranges.schema.json'),
  );
  const scaleOutliers = data.scaleOutliers && { cues: data.scaleOutliers.cues, smallSums: data.scaleOutliers.smallSums };
  return { quantityRanges: data.ranges, conversions: data.conversions, ...(scaleOutliers ? { scaleOutliers } : {}) };
}

/**
 * A hash of every data and schema file the compiled data comes from (names and contents), computed at every
 * start to tell whether dist/data.json is current. No security rests on it: SHA-1, ~2.5 times faster than SHA-256.
 */
export function dataSourceHash(directory: string): string {
  const hash = createHash('sha1');
  for (const sub of ['.', 'knowledge', 'rules', 'schema', 'pronunciation']) {
    const folder = path.join(directory, sub);
    for (const file of fs
      .readdirSync(folder)
      .filter((f) => /\.(yaml|json)$/.test(f))
      .sort()) {
      hash
        .update(`${sub}/${file}\0`)
        .update(fs.readFileSync(path.join(folder, file)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

/** Reads and validates everything (the build step). */
export function compileData(directory: string): CompiledData {
  return { sourceHash: dataSourceHash(directory), knowledge: readKnowledgeData(directory), rules: readRulesData(directory) };
}

let compiled: CompiledData | null | undefined;

/** The compiled data when it exists and matches the data files in `directory`; undefined otherwise. */
export function readCompiledData(directory: string): CompiledData | undefined {
  if (compiled === undefined) {
    try {
      const data = JSON.parse(fs.readFileSync(compiledDataPath(), 'utf8')) as CompiledData;
      compiled = data.sourceHash === dataSourceHash(directory) ? data : null;
    } catch {
      compiled = null; // no compiled file (not built yet): the YAML is read instead
    }
  }
  return compiled ?? undefined;
}

/** The same-sound collocations and the words never meant in the field's stories (same-sound-collocations.yaml). */
function sameSoundRules(
  rules: string,
  schemas: string,
): { sameSoundCollocations: SameSoundCollocation[]; sameSoundOffField: string[]; sameSoundWordSuffixes: string[] } {
  const data = readValidated<{ rules: SameSoundCollocation[]; offField?: string[]; wordSuffixes?: string[] }>(
    path.join(rules, 'same-sound-collocations.yaml'),
    path.join(schemas, 'same-sound-collocations.schema.json'),
  );
  return { sameSoundCollocations: data.rules, sameSoundOffField: data.offField ?? [], sameSoundWordSuffixes: data.wordSuffixes ?? [] };
}
