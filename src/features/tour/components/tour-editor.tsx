import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../lib/i18n-types';
import { useOwnTours } from '../hooks/use-own-tours';
import { tourStepLink } from '../../../lib/link';
import { parseTour, textIn, TOUR_VERSION, type Tour, type TourStep } from '../utils/tour-schema';
import { newTourId } from '../utils/tour-store';

/** The atlas state a new step records (what is on screen now). */
export type CurrentView = Pick<TourStep, 'zone' | 'cluster' | 'view' | 'hide' | 'camera' | 'chart'>;

type Props = {
  lang: Lang;
  /** 'add' opens on "Add this view to a tour". */
  mode: 'add' | 'edit';
  current: CurrentView;
  onPresent: (tour: Tour) => void;
  onClose: () => void;
};

type Draft = { caption: { en: string; zh: string }; notes: { en: string; zh: string } };
const emptyDraft = (): Draft => ({ caption: { en: '', zh: '' }, notes: { en: '', zh: '' } });

/** Own tours: add the current view with a caption and notes; reorder, edit, delete, rename; export, import, share. */
export function TourEditor({ lang, mode, current, onPresent, onClose }: Props) {
  const { t } = useTranslation();
  const { tours, update } = useOwnTours();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [selectedId, setSelectedId] = useState<string | null>(tours[0]?.id ?? null);
  const selected = tours.find((x) => x.id === selectedId) ?? null;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editing, setEditing] = useState<{ index: number; draft: Draft } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [share, setShare] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && typeof d.showModal === 'function') d.showModal();
    else d?.setAttribute('open', '');
    return () => d?.close?.();
  }, []);

  const setTour = (id: string, fn: (tour: Tour) => Tour) => update((all) => all.map((x) => (x.id === id ? fn(x) : x)));

  const addView = () => {
    if (!draft.caption.en.trim() && !draft.caption.zh.trim()) return setMessage({ kind: 'error', text: t('tour.mine.needCaption') });
    const step: TourStep = { ...current, caption: trim(draft.caption), notes: trim(draft.notes), durationS: 30 };
    let target = selected;
    if (!target) {
      target = { version: TOUR_VERSION, id: newTourId(), title: { en: lang === 'en' ? t('tour.mine.defaultTitle') : '', zh: lang === 'zh' ? t('tour.mine.defaultTitle') : '' }, steps: [] };
      const created = target;
      update((all) => [...all, { ...created, steps: [step] }]);
      setSelectedId(created.id ?? null);
    } else setTour(target.id!, (x) => ({ ...x, steps: [...x.steps, step] }));
    setMessage({ kind: 'ok', text: t('tour.mine.added', { n: (target.steps.length ?? 0) + 1, title: textIn(target.title, lang) }) });
    setDraft(emptyDraft());
  };

  const move = (i: number, d: -1 | 1) =>
    selected &&
    setTour(selected.id!, (x) => {
      const steps = [...x.steps];
      const [s] = steps.splice(i, 1);
      steps.splice(i + d, 0, s!);
      return { ...x, steps };
    });

  const exportFile = (tour: Tour) => {
    const blob = new Blob([JSON.stringify(tour, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${(textIn(tour.title, 'en') || 'tour').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'tour'}.tour.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch {
      return setMessage({ kind: 'error', text: t('tour.mine.importError', { detail: t('tour.mine.notJson') }) });
    }
    const r = parseTour(raw);
    if (!r.ok) return setMessage({ kind: 'error', text: t('tour.mine.importError', { detail: r.error }) });
    const tour = { ...r.tour, id: newTourId() };
    update((all) => [...all, tour]);
    setSelectedId(tour.id);
    setMessage({ kind: 'ok', text: t('tour.mine.imported', { title: textIn(tour.title, lang) }) });
  };

  const shareLink = (tour: Tour) => {
    const r = tourStepLink(window.location.href, { tour, step: 1, lang });
    if (!r.ok) {
      setShare(null);
      return setMessage({ kind: 'error', text: t('tour.mine.tooLong', { length: r.length }) });
    }
    setShare(r.url);
    void navigator.clipboard?.writeText(r.url).then(
      () => setMessage({ kind: 'ok', text: t('tour.mine.copied') }),
      () => undefined,
    );
  };

  return (
    <dialog ref={dialog} className="tour-editor" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onClose())}>
      <div className="tour-editor__head">
        <h2 id={titleId}>{mode === 'add' ? t('tour.mine.addView') : t('tour.mine.dialogTitle')}</h2>
        <button type="button" className="tour-button" onClick={onClose}>
          {t('tour.close')}
        </button>
      </div>
      {message && (
        <p className={`tour-editor__message tour-editor__message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <div className="tour-editor__tours">
        <label>
          {t('tour.mine.addTo')}{' '}
          <select value={selectedId ?? ''} onChange={(e) => setSelectedId(e.target.value || null)}>
            {tours.map((x) => (
              <option key={x.id} value={x.id}>
                {textIn(x.title, lang)}
              </option>
            ))}
            <option value="">{t('tour.mine.newTour')}</option>
          </select>
        </label>
        <label className="tour-editor__import">
          {t('tour.mine.import')} <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
        </label>
      </div>

      <fieldset className="tour-editor__add">
        <legend>{t('tour.mine.addView')}</legend>
        <TextFields draft={draft} onChange={setDraft} />
        <button type="button" className="tour-button tour-button--primary" onClick={addView}>
          {t('tour.mine.addStep')}
        </button>
      </fieldset>

      {selected ? (
        <section className="tour-editor__tour" aria-label={textIn(selected.title, lang)}>
          <label>
            {t('tour.mine.title')}{' '}
            <input value={textIn(selected.title, lang)} onChange={(e) => setTour(selected.id!, (x) => ({ ...x, title: { ...x.title, [lang]: e.target.value } }))} />
          </label>
          <h3>{t('tour.mine.steps')}</h3>
          <ol className="tour-editor__steps">
            {selected.steps.map((s, i) => (
              <li key={i}>
                {editing?.index === i ? (
                  <div>
                    <TextFields draft={editing.draft} onChange={(d) => setEditing({ index: i, draft: d })} />
                    <button
                      type="button"
                      className="tour-button tour-button--primary"
                      onClick={() => {
                        if (!editing.draft.caption.en.trim() && !editing.draft.caption.zh.trim()) return setMessage({ kind: 'error', text: t('tour.mine.needCaption') });
                        setTour(selected.id!, (x) => ({ ...x, steps: x.steps.map((st, j) => (j === i ? { ...st, caption: trim(editing.draft.caption), notes: trim(editing.draft.notes) } : st)) }));
                        setEditing(null);
                      }}
                    >
                      {t('tour.mine.save')}
                    </button>
                    <button type="button" className="tour-button" onClick={() => setEditing(null)}>
                      {t('tour.mine.cancel')}
                    </button>
                  </div>
                ) : (
                  <>
                    <span className="tour-editor__caption">{textIn(s.caption, lang)}</span>
                    <span className="tour-editor__step-actions">
                      <button type="button" className="tour-button" aria-label={t('tour.mine.up', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, -1)}>
                        ↑
                      </button>
                      <button type="button" className="tour-button" aria-label={t('tour.mine.down', { n: i + 1 })} disabled={i === selected.steps.length - 1} onClick={() => move(i, 1)}>
                        ↓
                      </button>
                      <button type="button" className="tour-button" aria-label={t('tour.mine.editStep', { n: i + 1 })} onClick={() => setEditing({ index: i, draft: { caption: { ...s.caption }, notes: { ...s.notes } } })}>
                        ✎
                      </button>
                      <button
                        type="button"
                        className="tour-button"
                        aria-label={t('tour.mine.deleteStep', { n: i + 1 })}
                        onClick={() =>
                          selected.steps.length === 1
                            ? update((all) => all.filter((x) => x.id !== selected.id))
                            : setTour(selected.id!, (x) => ({ ...x, steps: x.steps.filter((_, j) => j !== i) }))
                        }
                      >
                        ✕
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ol>
          <div className="tour__controls">
            <button type="button" className="tour-button tour-button--primary" onClick={() => onPresent(selected)}>
              {t('tour.mine.present')}
            </button>
            <button type="button" className="tour-button" onClick={() => exportFile(selected)}>
              {t('tour.mine.export')}
            </button>
            <button type="button" className="tour-button" onClick={() => shareLink(selected)}>
              {t('tour.mine.share')}
            </button>
            <button type="button" className="tour-button" onClick={() => update((all) => all.filter((x) => x.id !== selected.id))}>
              {t('tour.mine.deleteTour')}
            </button>
          </div>
          {share && (
            <label className="tour-editor__share">
              {t('tour.mine.shareLink')} <input readOnly value={share} onFocus={(e) => e.target.select()} />
            </label>
          )}
        </section>
      ) : (
        <p>{t('tour.mine.none')}</p>
      )}
    </dialog>
  );
}

function trim(x: { en: string; zh: string }) {
  return { en: x.en.trim(), zh: x.zh.trim() };
}

function TextFields({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  const field = (group: 'caption' | 'notes', lang: 'en' | 'zh', label: string, rows: number) => (
    <label className="tour-editor__field">
      {label}
      <textarea rows={rows} lang={lang === 'zh' ? 'zh-CN' : 'en'} value={draft[group][lang]} onChange={(e) => onChange({ ...draft, [group]: { ...draft[group], [lang]: e.target.value } })} />
    </label>
  );
  return (
    <div className="tour-editor__fields">
      {field('caption', 'en', t('tour.mine.caption'), 2)}
      {field('caption', 'zh', t('tour.mine.captionZh'), 2)}
      {field('notes', 'en', t('tour.mine.notes'), 3)}
      {field('notes', 'zh', t('tour.mine.notesZh'), 3)}
    </div>
  );
}
