import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../lib/data/schemas';
import type { Lang } from '../lib/i18n-types';
import { Disclosure } from './disclosure';
import { SourceCitation } from './source-citation';
import './source-list.css';

type Props = {
  sourceIds: readonly string[];
  sources: readonly Source[];
  lang: Lang;
  /** Names what the sources are for, for the button's accessible name. */
  subject?: string;
  /** A visible label instead of "Sources", e.g. "Sources of the profile". */
  label?: string;
  /** A note about the sourced fact, shown above the sources when opened. */
  note?: ReactNode;
};

/** A compact "Sources (n)" button that lists the cited sources (and a note, if any) when opened. */
export function SourceList({ sourceIds, sources, lang, subject, label: customLabel, note }: Props) {
  const { t } = useTranslation();
  const ids = [...new Set(sourceIds)];
  if (ids.length === 0) return null;
  const count = ids.length;
  const label = customLabel
    ? t('figure.sources.labelled', { label: customLabel, count })
    : t(note ? 'figure.sources.toggleWithNote' : 'figure.sources.toggle', { count });
  return (
    <Disclosure className="source-list" label={label} ariaLabel={subject ? `${label}: ${subject}` : undefined}>
      {note && <div className="source-list__note">{note}</div>}
      <ul className="source-list__items" aria-label={t('figure.sources.label')}>
        {ids.map((id) => (
          <li key={id}>
            <SourceCitation source={sources.find((s) => s.id === id)} lang={lang} fallbackId={id} />
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
