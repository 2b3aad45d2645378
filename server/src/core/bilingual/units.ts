/**
 * Units of measure both languages write, one row each: how English writes it, how Japanese does, and what a
 * fix writes. Units of one dimension are confused with each other (GW for MW, minutes for hours); キロ alone
 * stands for a kilometre or a kilogram, whichever the other side says.
 */
export interface Unit {
  /** What the unit measures: units of one dimension are confused with each other (GW for MW). */
  readonly dimension: string;
  /** A canonical name (GW, MW, km, year…). */
  readonly name: string;
}

interface UnitRow {
  readonly name: string;
  readonly dimension: string;
  /** The English word or symbol, whole (case as given unless the pattern says otherwise). */
  readonly en: RegExp;
  /** Japanese spellings; Latin ones (GW) are written straight after the number. */
  readonly ja: readonly string[];
  /** What a fix writes: katakana (or kanji), and the Latin symbol for a translation that writes symbols. */
  readonly kana: string;
  readonly latin?: string;
}

const ROWS: readonly UnitRow[] = [
  { name: 'TW', dimension: 'power', en: /^(?:terawatts?|TW)$/, ja: ['テラワット', 'TW'], kana: 'テラワット', latin: 'TW' },
  { name: 'GW', dimension: 'power', en: /^(?:gigawatts?|GW)$/, ja: ['ギガワット', 'GW'], kana: 'ギガワット', latin: 'GW' },
  { name: 'MW', dimension: 'power', en: /^(?:megawatts?|MW)$/, ja: ['メガワット', 'MW'], kana: 'メガワット', latin: 'MW' },
  { name: 'kW', dimension: 'power', en: /^(?:kilowatts?|kW)$/, ja: ['キロワット', 'kW'], kana: 'キロワット', latin: 'kW' },
  // Energy beside power: the same prefixes, and a watt-hour written for a watt is the same slip.
  { name: 'TWh', dimension: 'power', en: /^(?:terawatt-hours?|TWh)$/, ja: ['テラワット時', 'TWh'], kana: 'テラワット時', latin: 'TWh' },
  { name: 'GWh', dimension: 'power', en: /^(?:gigawatt-hours?|GWh)$/, ja: ['ギガワット時', 'GWh'], kana: 'ギガワット時', latin: 'GWh' },
  { name: 'MWh', dimension: 'power', en: /^(?:megawatt-hours?|MWh)$/, ja: ['メガワット時', 'MWh'], kana: 'メガワット時', latin: 'MWh' },
  { name: 'kWh', dimension: 'power', en: /^(?:kilowatt-hours?|kWh)$/, ja: ['キロワット時', 'kWh'], kana: 'キロワット時', latin: 'kWh' },
  { name: 'PB', dimension: 'data', en: /^(?:petabytes?|PB)$/, ja: ['ペタバイト', 'PB'], kana: 'ペタバイト', latin: 'PB' },
  { name: 'TB', dimension: 'data', en: /^(?:terabytes?|TB)$/, ja: ['テラバイト', 'TB'], kana: 'テラバイト', latin: 'TB' },
  { name: 'GB', dimension: 'data', en: /^(?:gigabytes?|GB)$/, ja: ['ギガバイト', 'GB'], kana: 'ギガバイト', latin: 'GB' },
  { name: 'MB', dimension: 'data', en: /^(?:megabytes?|MB)$/, ja: ['メガバイト', 'MB'], kana: 'メガバイト', latin: 'MB' },
  { name: 'KB', dimension: 'data', en: /^(?:kilobytes?|KB|kB)$/, ja: ['キロバイト', 'KB'], kana: 'キロバイト', latin: 'KB' },
  { name: 'km', dimension: 'length', en: /^(?:kilomet(?:er|re)s?|km)$/, ja: ['キロメートル', 'km'], kana: 'キロメートル', latin: 'km' },
  { name: 'mile', dimension: 'length', en: /^miles?$/, ja: ['マイル'], kana: 'マイル' },
  { name: 'm', dimension: 'length', en: /^met(?:er|re)s?$/, ja: ['メートル'], kana: 'メートル' },
  { name: 'cm', dimension: 'length', en: /^(?:centimet(?:er|re)s?|cm)$/, ja: ['センチメートル', 'センチ', 'cm'], kana: 'センチメートル', latin: 'cm' },
  { name: 'mm', dimension: 'length', en: /^(?:millimet(?:er|re)s?|mm)$/, ja: ['ミリメートル', 'mm'], kana: 'ミリメートル', latin: 'mm' },
  { name: 'μm', dimension: 'length', en: /^(?:micromet(?:er|re)s?|microns?)$/, ja: ['マイクロメートル', 'ミクロン'], kana: 'マイクロメートル' },
  { name: 'nm', dimension: 'length', en: /^(?:nanomet(?:er|re)s?|nm)$/, ja: ['ナノメートル', 'ナノ', 'nm'], kana: 'ナノメートル', latin: 'nm' },
  { name: 'inch', dimension: 'length', en: /^inch(?:es)?$/, ja: ['インチ'], kana: 'インチ' },
  { name: 'foot', dimension: 'length', en: /^f(?:oo|ee)t$/, ja: ['フィート'], kana: 'フィート' },
  { name: 'acre', dimension: 'area', en: /^acres?$/, ja: ['エーカー'], kana: 'エーカー' },
  { name: 'ha', dimension: 'area', en: /^hectares?$/, ja: ['ヘクタール'], kana: 'ヘクタール' },
  { name: 'kg', dimension: 'mass', en: /^(?:kilograms?|kg)$/, ja: ['キログラム', 'kg'], kana: 'キログラム', latin: 'kg' },
  { name: 'ton', dimension: 'mass', en: /^(?:tons?|tonnes?)$/, ja: ['トン'], kana: 'トン' },
  {
    name: 'EFLOPS',
    dimension: 'compute',
    en: /^(?:exaflops|EFLOPS|exaFLOPS)$/i,
    ja: ['エクサフロップス', 'EFLOPS'],
    kana: 'エクサフロップス',
    latin: 'EFLOPS',
  },
  { name: 'PFLOPS', dimension: 'compute', en: /^(?:petaflops|PFLOPS)$/i, ja: ['ペタフロップス', 'PFLOPS'], kana: 'ペタフロップス', latin: 'PFLOPS' },
  { name: 'TFLOPS', dimension: 'compute', en: /^(?:teraflops|TFLOPS)$/i, ja: ['テラフロップス', 'TFLOPS'], kana: 'テラフロップス', latin: 'TFLOPS' },
  { name: 'FLOP', dimension: 'compute', en: /^(?:FLOPs?|FLOPS|flops?)$/, ja: ['フロップス', 'FLOPs', 'FLOPS', 'FLOP'], kana: 'FLOP', latin: 'FLOP' },
  { name: 'GHz', dimension: 'frequency', en: /^(?:gigahertz|GHz)$/, ja: ['ギガヘルツ', 'GHz'], kana: 'ギガヘルツ', latin: 'GHz' },
  { name: 'MHz', dimension: 'frequency', en: /^(?:megahertz|MHz)$/, ja: ['メガヘルツ', 'MHz'], kana: 'メガヘルツ', latin: 'MHz' },
  { name: 'token', dimension: 'model-size', en: /^tokens?$/, ja: ['トークン'], kana: 'トークン' },
  { name: 'parameter', dimension: 'model-size', en: /^(?:parameters?|params?)$/, ja: ['パラメーター', 'パラメータ'], kana: 'パラメーター' },
  { name: 'ns', dimension: 'time', en: /^(?:nanoseconds?|ns)$/, ja: ['ナノ秒'], kana: 'ナノ秒' },
  { name: 'ms', dimension: 'time', en: /^(?:milliseconds?|ms)$/, ja: ['ミリ秒'], kana: 'ミリ秒' },
  { name: 'second', dimension: 'time', en: /^seconds?$/, ja: ['秒'], kana: '秒' },
  { name: 'minute', dimension: 'time', en: /^minutes?$/, ja: ['分間'], kana: '分間' },
  { name: 'hour', dimension: 'time', en: /^hours?$/, ja: ['時間'], kana: '時間' },
  { name: 'day', dimension: 'time', en: /^days?$/, ja: ['日間'], kana: '日間' },
  { name: 'week', dimension: 'time', en: /^weeks?$/, ja: ['週間'], kana: '週間' },
  { name: 'month', dimension: 'time', en: /^months?$/, ja: ['か月', 'カ月', 'ヶ月', 'ヵ月', '箇月'], kana: 'か月' },
  { name: 'year', dimension: 'time', en: /^years?$/, ja: ['年間'], kana: '年間' },
  { name: 'F', dimension: 'temperature', en: /^(?:°\s?F|degrees? Fahrenheit)$/, ja: ['℉', '°F'], kana: '華氏', latin: '°F' },
  { name: 'C', dimension: 'temperature', en: /^(?:°\s?C|℃|degrees? Celsius)$/, ja: ['℃', '°C'], kana: '摂氏', latin: '℃' },
  // キロ alone: a kilometre or a kilogram (see sameUnit); never a fix.
  { name: 'kilo', dimension: 'kilo', en: /^$/, ja: ['キロ'], kana: 'キロ' },
];

/** English unit words the number pattern must take whole, before its generic word (a hyphen or a space inside). */
export const EN_UNIT_PHRASES = String.raw`(?:tera|giga|mega|kilo)watt-hours?|°\s?[FC]|℃|degrees? (?:Fahrenheit|Celsius)`;

export function englishUnit(word: string): Unit | undefined {
  const row = ROWS.find((r) => r.en.test(word));
  return row ? { dimension: row.dimension, name: row.name } : undefined;
}

/** Japanese spellings, longest first (キロワット before キロ), with their unit and whether written in Latin letters. */
export const JAPANESE_UNIT_SPELLINGS: readonly { readonly text: string; readonly unit: Unit; readonly latin: boolean }[] = ROWS.flatMap((r) =>
  r.ja.map((text) => ({ text, unit: { dimension: r.dimension, name: r.name }, latin: /^[A-Za-z°℃℉]/.test(text) })),
).sort((a, b) => b.text.length - a.text.length);

/** Latin unit symbols a Japanese number may be followed by (5GW, 3nm). */
export const JAPANESE_LATIN_UNIT = new RegExp(
  `^(?:${JAPANESE_UNIT_SPELLINGS.filter((s) => /^[A-Za-z]/.test(s.text))
    .map((s) => s.text)
    .join('|')})(?![A-Za-z])`,
);

/** Temperature scales Japanese writes before the number (摂氏20度, 華氏68度). */
export const JAPANESE_SCALE_PREFIX: readonly { readonly text: string; readonly unit: Unit }[] = [
  { text: '摂氏', unit: { dimension: 'temperature', name: 'C' } },
  { text: '華氏', unit: { dimension: 'temperature', name: 'F' } },
];

/** The Japanese word of each unit, katakana and Latin: what a fix writes. */
export const JAPANESE_UNIT_NAME: Readonly<Record<string, { readonly kana: string; readonly latin?: string }>> = {
  ...Object.fromEntries(ROWS.filter((r) => r.name !== 'kilo').map((r) => [r.name, r.latin ? { kana: r.kana, latin: r.latin } : { kana: r.kana }])),
  // Percentage points, written for a change of a percentage (4 percentage points ↔ 4ポイント).
  points: { kana: 'ポイント' },
};

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
