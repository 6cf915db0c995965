import type { Figure } from '../lib/data/schemas';
import { formatFigureValue, withQualifier } from '../lib/format';
import type { Lang } from '../lib/i18n-types';

/**
 * A figure's value as text, with the source's qualifier; a printed range ("50-100billion") keeps
 * both ends: "50 billion RMB – 100 billion RMB" / "500亿元–1000亿元".
 */
export function figureText(figure: Pick<Figure, 'value' | 'valueMax' | 'unit' | 'qualifier'>, lang: Lang): string {
  if (figure.valueMax === undefined) return formatFigureValue(figure, lang);
  const low = formatFigureValue({ value: figure.value, unit: figure.unit }, lang);
  const high = formatFigureValue({ value: figure.valueMax, unit: figure.unit }, lang);
  return withQualifier(lang === 'en' ? `${low} – ${high}` : `${low}–${high}`, figure.qualifier, lang);
}
