/**
 * The one place where numbers, amounts, rates and source dates are turned into text.
 * Everything goes through `Intl` per locale, and nothing adds precision the source did not have:
 * a value keeps the decimals it was given with (44.3 -> "44.3", 30.82 -> "30.82"), also when it is
 * rescaled to Chinese units (44.3 billion -> 443亿, 650 million -> 6.5亿).
 */
import type { Figure } from './data/schemas';
import type { Lang } from './i18n-types';

export type FigureUnit = Figure['unit'];
export type Qualifier = NonNullable<Figure['qualifier']>;
/** A qualifier, plus the upper bound "at most" that derived rates can carry. */
export type Bound = Qualifier | 'at-most';
export type MoneyUnit = Extract<FigureUnit, 'CNY-billion' | 'CNY-million' | 'USD-billion' | 'USD-million'>;

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
const MONEY_UNITS: readonly FigureUnit[] = ['CNY-billion', 'CNY-million', 'USD-billion', 'USD-million'];

export function isMoneyUnit(unit: FigureUnit): unit is MoneyUnit {
  return MONEY_UNITS.includes(unit);
}

/** How many decimals a number was written with (0.86 -> 2, 1e-7 -> 7, 1200 -> 0). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** A grouped number ("1,977"), with at most `maxFractionDigits` decimals (default: the value's own). */
export function formatNumber(value: number, lang: Lang, maxFractionDigits = decimalsOf(value), grouping = true): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    maximumFractionDigits: Math.min(20, Math.max(0, maxFractionDigits)),
    useGrouping: grouping,
  }).format(value);
}

/**
 * `value` times 10^shift, keeping the precision it was given with, for a number followed by a
 * Chinese magnitude word (万, 亿): those are written without grouping ("1040亿").
 */
function formatShifted(value: number, shift: number, lang: Lang): string {
  return formatNumber(value * 10 ** shift, lang, decimalsOf(value) - shift, false);
}

const QUALIFIER_TEXT: Record<Lang, Record<Bound, string>> = {
  en: { exact: '', 'more-than': 'more than ', 'at-least': 'at least ', about: 'about ', 'less-than': 'less than ', 'at-most': 'at most ' },
  zh: { exact: '', 'more-than': '超过', 'at-least': '至少', about: '约', 'less-than': '不到', 'at-most': '至多' },
};

/** Prefixes the source's qualifier: "more than 10 billion RMB" / "超过100亿元". */
export function withQualifier(text: string, qualifier: Bound | undefined, lang: Lang): string {
  return qualifier ? `${QUALIFIER_TEXT[lang][qualifier]}${text}` : text;
}

const QUALIFIER_SYMBOL: Record<Bound, string> = {
  exact: '', 'more-than': '>', 'at-least': '≥', about: '≈', 'less-than': '<', 'at-most': '≤',
};

/** The short sign of a qualifier for chart labels: ">", "≥", "≈", "<", "≤" (or ""). */
export function qualifierSymbol(qualifier: Bound | undefined): string {
  return qualifier ? QUALIFIER_SYMBOL[qualifier] : '';
}

/** Chinese magnitude of an amount in yuan/dollars: 万亿, 亿, 万 or none. */
const ZH_MAGNITUDES = [
  { exp: 12, word: '万亿' },
  { exp: 8, word: '亿' },
  { exp: 4, word: '万' },
  { exp: 0, word: '' },
] as const;

/**
 * A money amount: "44.3 billion RMB", "US$104 billion" / "443亿元", "6.5亿元", "1040亿美元".
 * English keeps the unit of the source; Chinese rescales to 万亿/亿/万.
 */
export function formatAmount(value: number, unit: MoneyUnit, lang: Lang, qualifier?: Qualifier): string {
  const usd = unit.startsWith('USD');
  const unitExp = unit.endsWith('billion') ? 9 : 6;
  let text: string;
  if (lang === 'en') {
    const n = formatNumber(value, lang);
    const scale = unitExp === 9 ? 'billion' : 'million';
    text = usd ? `US$${n} ${scale}` : `${n} ${scale} RMB`;
  } else {
    const magnitude = Math.abs(value) * 10 ** unitExp;
    const m = ZH_MAGNITUDES.find((x) => magnitude >= 10 ** x.exp) ?? { exp: 0, word: '' };
    text = `${formatShifted(value, unitExp - m.exp, lang)}${m.word}${usd ? '美元' : '元'}`;
  }
  return withQualifier(text, qualifier, lang);
}

/** A count with grouping: "1,977". */
export function formatCount(value: number, lang: Lang, qualifier?: Qualifier): string {
  return withQualifier(formatNumber(value, lang), qualifier, lang);
}

/** A percentage given in percent (40 -> "40%", 12.3 -> "12.3%"). */
export function formatPercent(value: number, lang: Lang, qualifier?: Bound): string {
  return withQualifier(`${formatNumber(value, lang)}%`, qualifier, lang);
}

/** A yearly growth rate given in percent: "12.3% a year" / "年均12.3%". */
export function formatGrowthRate(percent: number, lang: Lang, qualifier?: Bound): string {
  const rate = formatPercent(percent, lang, qualifier);
  return lang === 'en' ? `${rate} a year` : `年均${rate}`;
}

/** Any figure value in its unit, with its qualifier. Counts and "units" are plain numbers: the metric names them. */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const { value, unit, qualifier } = figure;
  if (isMoneyUnit(unit)) return formatAmount(value, unit, lang, qualifier);
  switch (unit) {
    case 'percent':
      return formatPercent(value, lang, qualifier);
    case 'km2':
      return withQualifier(lang === 'en' ? `${formatNumber(value, lang)} km²` : `${formatNumber(value, lang)}平方公里`, qualifier, lang);
    case 'Mt':
      return withQualifier(lang === 'en' ? `${formatNumber(value, lang)} million tonnes` : `${formatShifted(value, 2, lang)}万吨`, qualifier, lang);
    default:
      return formatCount(value, lang, qualifier);
  }
}

/** An amount in billion RMB as an axis tick, in the unit named by `axisAmountUnit` ("44.3" / "443"). */
export function formatAxisAmount(billions: number, lang: Lang): string {
  return lang === 'en' ? formatNumber(billions, lang, 2) : formatNumber(billions * 10, lang, 1, false);
}

/** The unit of `formatAxisAmount`: "billion RMB" / "亿元". */
export function axisAmountUnit(lang: Lang): string {
  return lang === 'en' ? 'billion RMB' : '亿元';
}

/** A short chart label for an amount in billion RMB, with the qualifier's sign: "> 10" / "> 100". */
export function formatChartAmount(billions: number, lang: Lang, qualifier?: Qualifier): string {
  const n = lang === 'en' ? formatNumber(billions, lang) : formatShifted(billions, 1, lang);
  const sign = qualifierSymbol(qualifier);
  return sign ? `${sign} ${n}` : n;
}

/** A year, with a sub-year period when there is one: "2009 (Jan-Sep)" / "2009年（Jan-Sep）". */
export function formatYear(year: number, lang: Lang, period?: string): string {
  const y = lang === 'en' ? String(year) : `${year}年`;
  if (!period) return y;
  return lang === 'en' ? `${y} (${period})` : `${y}（${period}）`;
}

/** A source date (YYYY, YYYY-MM or YYYY-MM-DD): "June 2008", "30 June 2008" / "2008年6月", "2008年6月30日". */
export function formatSourceDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return date;
  if (m === undefined) return lang === 'en' ? String(y) : `${y}年`;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (d !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}
