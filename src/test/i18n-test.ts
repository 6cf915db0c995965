/** An i18next instance for component tests: real strings of the feature locales, English by default. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import progressEn from '../features/progress/locales/en.json';
import progressZh from '../features/progress/locales/zh.json';

export const testI18n = i18next.createInstance();

void testI18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: {
    en: { translation: { ...progressEn } },
    zh: { translation: { ...progressZh } },
  },
  interpolation: { escapeValue: false },
  initAsync: false,
});
