/**
 * The unit a measure should have had when its prefix slipped (40GW for a site of 40MW, 28マイクロ for a
 * 28 nm node, 2ギガバイト毎秒 for an HBM stack's 2 TB/s): the same unit with the SI prefix that brings the
 * number into the range its kind falls in. Part of implausible-quantity.
 *
 * Contract: `unitPrefixFix(unit, value, limits)` reads the unit as written (katakana ギガワット, Latin GW,
 * a bare prefix マイクロ), and returns it with another prefix of the same side (kilo to tera, or centi to
 * nano; exa and peta too), the fewest steps away, that puts the value inside `limits` (in the written unit); undefined when
 * the unit has no prefix or no other prefix fits.
 */

interface Prefix {
  readonly kana: string;
  readonly latin: string;
  readonly scale: number;
}

/** SI prefixes as Japanese writes them in katakana and in Latin letters. */
const PREFIXES: readonly Prefix[] = [
  { kana: 'エクサ', latin: 'E', scale: 1e18 },
  { kana: 'ペタ', latin: 'P', scale: 1e15 },
  { kana: 'テラ', latin: 'T', scale: 1e12 },
  { kana: 'ギガ', latin: 'G', scale: 1e9 },
  { kana: 'メガ', latin: 'M', scale: 1e6 },
  { kana: 'キロ', latin: 'k', scale: 1e3 },
  { kana: 'センチ', latin: 'c', scale: 1e-2 },
  { kana: 'ミリ', latin: 'm', scale: 1e-3 },
  { kana: 'マイクロ', latin: 'μ', scale: 1e-6 },
  { kana: 'ナノ', latin: 'n', scale: 1e-9 },
];

export interface Limits {
  readonly min?: number;
  readonly max: number;
}

/** The prefix a unit is written with, and the rest of it. */
function splitUnit(unit: string): { prefix: Prefix; rest: string; latin: boolean } | undefined {
  for (const prefix of PREFIXES) if (unit.startsWith(prefix.kana)) return { prefix, rest: unit.slice(prefix.kana.length), latin: false };
  // A Latin prefix needs a unit letter after it (GW, μm, GB/s): a lone "m" is a metre.
  const latin = PREFIXES.find((p) => unit.startsWith(p.latin) && /^[A-Za-z]/.test(unit.slice(p.latin.length)));
  return latin ? { prefix: latin, rest: unit.slice(latin.latin.length), latin: true } : undefined;
}

/** The unit with the prefix that brings `value` within the limits (typical ones first), the fewest steps away. */
export function unitPrefixFix(unit: string, value: number, ...limits: readonly (Limits | undefined)[]): string | undefined {
  const written = splitUnit(unit);
  if (!written) return undefined;
  const big = written.prefix.scale >= 1e3;
  // On the large side the unit without a prefix is a candidate too (30キロワット for a module of 30 W).
  const bare: Prefix = { kana: '', latin: '', scale: 1 };
  const candidates = [...PREFIXES, ...(big && written.rest !== '' ? [bare] : [])]
    .filter((p) => p !== written.prefix && (p.scale >= 1e3 === big || p === bare))
    .sort((a, b) => Math.abs(Math.log10(a.scale / written.prefix.scale)) - Math.abs(Math.log10(b.scale / written.prefix.scale)));
  for (const limit of limits) {
    if (!limit) continue;
    const fits = candidates.find((p) => {
      const moved = (value * p.scale) / written.prefix.scale;
      return moved <= limit.max && (limit.min === undefined || moved >= limit.min);
    });
    if (fits) return (written.latin ? fits.latin : fits.kana) + written.rest;
  }
  return undefined;
}
