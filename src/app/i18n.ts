import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import zh from '../locales/zh.json';
import type { Lang } from '../lib/i18n-types';

/** Feature folders keep their own strings; the app merges them into one resource per language. */
const featureLocales = import.meta.glob<{ default: Record<string, unknown> }>(['../features/*/locales/*.json', '../components/locales/*.json'], {
  eager: true,
});

function resourcesFor(lang: Lang): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(lang === 'en' ? en : zh) };
  for (const [path, mod] of Object.entries(featureLocales)) {
    if (path.endsWith(`/${lang}.json`)) Object.assign(merged, mod.default);
  }
  return merged;
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: resourcesFor('en') }, zh: { translation: resourcesFor('zh') } },
  interpolation: { escapeValue: false },
  returnNull: false,
});
