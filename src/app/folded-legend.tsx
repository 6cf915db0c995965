import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Disclosure } from '../components/disclosure';
import { useFramingObstacle } from '../components/framing-obstacles';

/**
 * The legend folded into one button at the map's top left, while presenting on a projector: the map
 * gets the screen, and the presenter opens the legend when a question calls for it. Open or closed,
 * it is an overlay the map frames its zones clear of.
 */
export function FoldedLegend({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const own = useRef<HTMLDivElement>(null);
  useFramingObstacle(own);
  return (
    <div ref={own} className="legend-fold">
      <Disclosure label={t('app.legendToggle')}>{children}</Disclosure>
    </div>
  );
}
